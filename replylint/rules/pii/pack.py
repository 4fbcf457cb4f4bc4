"""Schema of the ``pii`` rule packs (``rules/pii/<lang>.yaml``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ...packs import PackModel, pack_schema


class PiiContext(BaseModel):
    """Words that, near a value, say what kind of value it is."""

    model_config = ConfigDict(extra="forbid")

    card: list[str] = Field(default_factory=list, description="Card words: a Luhn-valid number near them is a card.")
    card_security: list[str] = Field(default_factory=list, description="CVV/CVC words.")
    expiry: list[str] = Field(default_factory=list, description="Card expiry words.")
    not_card: list[str] = Field(default_factory=list, description="Order/ticket/invoice words: numbers after them are ids.")
    national_id: list[str] = Field(default_factory=list,
                                   description="National id words (SSN, BSN, رقم الهوية): a valid number near them is one.")
    passport: list[str] = Field(default_factory=list, description="Passport words: a passport-like code near them is one.")
    date_of_birth: list[str] = Field(default_factory=list, description="Birth words: a date near them is a date of birth.")
    credential: list[str] = Field(default_factory=list, description="Password/PIN/one-time-code words.")
    secret: list[str] = Field(default_factory=list, description="API key/token words.")
    iban: list[str] = Field(default_factory=list,
                            description="Bank account words: an IBAN-shaped code right after them is one even when "
                                        "its check digits fail (a slip in one digit leaves the account readable).")
    bank_account: list[str] = Field(default_factory=list,
                                    description="Account words ('account', 'a/c'): digits right after one, with a "
                                                "`bank_code` word close by, are a domestic bank account number.")
    bank_code: list[str] = Field(default_factory=list,
                                 description="Sort and routing code words ('sort code', 'routing number'): they make "
                                             "the number after an account word a bank account.")
    business_place: list[str] = Field(default_factory=list, description="Shops, offices, pickup points: their addresses are not personal.")
    street_suffixes: list[str] = Field(default_factory=list, description="Street-name endings (straat, laan) or words (Street, شارع).")
    role_mailboxes: list[str] = Field(default_factory=list, description="Local parts of role addresses (support@, info@).")
    company_contact: list[str] = Field(default_factory=list,
                                       description="Words that present the company's own number ('call us on', "
                                                   "'bel ons op'): a phone number right after them is not personal.")
    company_account: list[str] = Field(default_factory=list,
                                       description="Words that present the company's own bank account ('pay to our "
                                                   "account', 'ons rekeningnummer', 'حسابنا'): an IBAN shortly after "
                                                   "them, or next to the company's name, is not personal.")
    code_notice: list[str] = Field(default_factory=list,
                                   description="The warning that comes with a one-time code sent by the service itself "
                                               "('Never share this code', 'Deel deze code met niemand', 'لا تشارك هذا "
                                               "الرمز'): a code or PIN shortly before one is delivered by design (the "
                                               "company's verification SMS), not given away.")
    call_prompt: list[str] = Field(default_factory=list,
                                   description="Imperatives that open a sentence right before a number ('Call "
                                               "0161 496 0000', 'Bel 020-...', 'اتصل على ...'): a number the customer "
                                               "is simply told to call is a line of the company or a service; a "
                                               "person's number comes with the person ('Call Sam on ...').")
    personal_contact: list[str] = Field(default_factory=list,
                                        description="Words right after or shortly before a number that make it a "
                                                    "person's own ('which is my personal mobile', 'on her mobile', "
                                                    "'mijn privénummer', 'رقمه الخاص'): 'call us on', a prompt to "
                                                    "call or a shop named before it then do not make it the "
                                                    "company's or the shop's.")
    server_address: list[str] = Field(default_factory=list,
                                      description="Words shortly before an IP address that make it a server's, set up "
                                                  "or allowed on purpose ('an A record pointing to', 'our mail "
                                                  "server', 'allowlist'): infrastructure, not a person's connection.")
    recipient_contact: list[str] = Field(default_factory=list,
                                         description="Words that present the recipient's own number ('your "
                                                     "registered number', 'je mobiele nummer', 'رقم جوالك'): in a "
                                                     "private channel, with no phone on record, a number right "
                                                     "after them is the customer's own.")


class PiiRequest(BaseModel):
    """Vocabulary for pii.pii_request: the reply asks for sensitive data."""

    model_config = ConfigDict(extra="forbid")

    cues: list[str] = Field(default_factory=list, description="Request verbs and phrases (send, stuur mij, أرسل).")
    weak_cues: list[str] = Field(default_factory=list,
                                 description="Politeness and need ('please', 'could you', 'we need', 'graag', "
                                             "'من فضلك'): a request only with the item in the same clause.")
    negations: list[str] = Field(default_factory=list, description="'never', 'nooit', 'لا': a warning, not a request.")
    in_place: list[str] = Field(default_factory=list,
                                description="Verbs that act on the item where it is ('reset', 'change', 'wijzigen', "
                                            "'غيّر'): with one in its clause, a weak cue or a question asks for "
                                            "nothing to be sent ('please reset your password').")
    safe_channels: list[str] = Field(default_factory=list, description="Secure link, phone, app: not over this channel.")
    here: list[str] = Field(default_factory=list,
                            description="Words that make a safe channel this one ('here', 'hier', 'هنا'): right beside "
                                        "one, it is where the reply is read ('stuur je BSN hier in de app', 'الرقم السري "
                                        "لحسابك في التطبيق هنا'), and the sentence is not safe.")
    needless: list[str] = Field(default_factory=list,
                                description="Words that say a safe channel is not needed ('no need to', 'niks', "
                                            "'لا داعي'): right before one, it does not make the sentence safe "
                                            "('send a photo of your passport here, then you needn't bring it').")
    in_person: list[str] = Field(default_factory=list,
                                 description="A moment or place in person ('at pickup', 'when you arrive', 'bij "
                                             "het ophalen', 'عند الاستلام'): a sentence that names one and asks only "
                                             "with a weak cue ('please ... your passport at pickup') asks for the "
                                             "item to be brought or shown, not sent. A request verb ('send', "
                                             "'أرسل') still asks: 'send your passport here before pickup'.")
    partial: list[str] = Field(default_factory=list, description="'last four digits': not the full value.")
    not_items: list[str] = Field(default_factory=list,
                                 description="Phrases in which an item's word names something else ('the pin on the "
                                             "map', 'map pin', 'كارت الشحن', a prepaid top-up card): an item inside "
                                             "one is not asked for.")
    offers: list[str] = Field(default_factory=list,
                              description="The company giving the customer something ('we'll text you', 'dan sturen "
                                          "we je', 'وببعتلك'): an item right after one is sent to the customer, not "
                                          "asked for ('Send me the new number and I'll text you a verification "
                                          "code').")
    anaphors: list[str] = Field(default_factory=list,
                                description="Words that point back to items named in the sentence before ('both', "
                                            "'them', 'beide'): a request cue followed by one asks for those items "
                                            "('I still need your passport number. Just reply with both.').")
    items: dict[str, list[str]] = Field(default_factory=dict, description="Sensitive items by kind.")


@pack_schema("pii")
class PiiPack(PackModel):
    context: PiiContext = Field(default_factory=PiiContext,
                                description="Words that, near a value, say what kind of value it is (Arabic ones also "
                                            "match with a possessive suffix: رقم الهوية, رقم هويتك).")
    request: PiiRequest = Field(default_factory=PiiRequest, description="Vocabulary for `pii.pii_request`.")
    months: list[str] = Field(default_factory=list, description="Month names and abbreviations (dates of birth).")
