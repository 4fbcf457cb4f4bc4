"""The ``pii.<type>`` rules: one small class per kind of personal data.

Detection is shared (:mod:`.entities`); each rule decides what is exempt
(the company's own contacts, role mailboxes, the recipient's own address in a
private channel) and how severe a leak is. On a public channel every leak is
an error: the whole timeline reads the reply.
"""

from __future__ import annotations

import unicodedata
from typing import ClassVar, Iterable

import phonenumbers

from ...document import ReplyDoc
from ...models import Category, Fix, Severity
from ...packs import PackStore
from ...redact import mask, redaction
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from .entities import Entity, PiiScanner


def scanner_for(packs: PackStore) -> PiiScanner:
    return packs.derived(("pii.scanner",), lambda: PiiScanner(packs))


def _compact(value: str) -> str:
    """``value``'s letters and digits, upper case, every decimal digit in ASCII (as the normalisation writes the
    reply's, ``normalize.normalise_cluster``): how a contact and a found value compare."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch.upper() for ch in value if ch.isalnum())


PUBLIC_NOTE = " (this channel is public: everyone can read the reply)"


class EntityRule(Rule):
    """A rule reporting one entity type found by the shared scan."""

    entity_type: ClassVar[str]
    label: ClassVar[str]
    keep_last_four: ClassVar[bool] = False

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        for ent in scanner_for(self.ctx.packs).scan(doc):
            if ent.type != self.entity_type or self.exempt(doc, ent):
                continue
            severity = Severity.ERROR if doc.is_public else self.meta.severity
            message = self.describe(ent) + (PUBLIC_NOTE if doc.is_public else "")
            replacement = mask(ent.value) if self.keep_last_four else redaction(self.label)
            yield Hit(ent.start, ent.end, message, severity=severity, confidence=ent.confidence, view="full",
                      fix=Fix(replacement=replacement, safe=True, description=f"redact the {self.label}"),
                      suggestions=[replacement])

    def exempt(self, doc: ReplyDoc, ent: Entity) -> bool:
        """The company's own contacts are no one's personal data, whatever a value looks like: '600 52 5252' (a
        UAE bank's number) has the shape of a US SSN, and an IBAN in the contacts is the company's account."""
        if not doc.company.contacts:
            return False
        compact = _compact(ent.value)
        return bool(compact) and any(_compact(c) == compact for c in doc.company.contacts)

    def describe(self, ent: Entity) -> str:  # pragma: no cover - every subclass overrides
        return f"{self.label} in the reply"


_ANY = ("*",)


def _meta(id: str, severity: Severity, summary: str, rationale: str, examples, **kw) -> RuleMeta:
    return RuleMeta(id=id, category=Category.PII, severity=severity, summary=summary, rationale=rationale,
                    languages=_ANY, scope="full", fix="safe", sensitive=True, examples=tuple(examples), **kw)


@register
class CreditCard(EntityRule):
    entity_type, label, keep_last_four = "credit_card", "card number", True
    meta = _meta(
        "pii.credit_card", Severity.ERROR,
        "Full payment card numbers (Luhn-valid, real issuer prefix), in any spacing, digits or script.",
        "A full card number in a reply is a PCI-DSS breach the moment it is sent, and it stays in the "
        "customer's mailbox, the helpdesk and every backup.",
        [bad("I see two charges on card 4539 5787 6362 1486 this month."),
         bad("Uw kaart 5555-5555-5555-4444 is geblokkeerd.", "nl"),
         bad("تم الخصم من البطاقة رقم ٥٥٥٥ ٥٥٥٥ ٥٥٥٥ ٤٤٤٤ مرتين.", "ar"),
         bad("card 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 on file"),
         good("Your card ending in 4821 will be charged."),
         good("The card **** **** **** 1486 was charged twice."),
         good("Your order 4539 5787 6362 1487 has shipped.", note="fails the Luhn check"),
         good("Bestelling 20931744 is onderweg.", "nl")],
        use_instead="Refer to the card by its last four digits ('your card ending in 1486').",
    )

    def describe(self, ent: Entity) -> str:
        return "full card number in the reply: never send card numbers; refer to the card by its last four digits"


@register
class CardSecurity(EntityRule):
    entity_type, label = "card_security", "card security data"
    meta = _meta(
        "pii.card_security", Severity.ERROR,
        "Card security codes (CVV/CVC) and card expiry dates near card context words.",
        "Together with a card number a CVV or expiry date is enough to pay with the card; PCI-DSS forbids "
        "storing or sending them at all.",
        [bad("Card 4539 5787 6362 1486, expiry 09/27."),
         bad("The CVV on file is 123."),
         bad("De beveiligingscode is 842 en de vervaldatum 11/26.", "nl"),
         bad("رمز الأمان 552 وتاريخ الانتهاء 03/28", "ar"),
         good("We will deliver on 09/27 between 9 and 12."),
         good("Your order of 123 items has shipped.")],
    )

    def describe(self, ent: Entity) -> str:
        return f"card {ent.detail} in the reply: card security codes and expiry dates must never be sent"


@register
class Iban(EntityRule):
    entity_type, label, keep_last_four = "iban", "bank account number", True
    meta = _meta(
        "pii.iban", Severity.WARNING,
        "IBAN bank account numbers (mod-97 check), spaced or not.",
        "An account number ties the reply to a person's bank account and is used in invoice and "
        "direct-debit fraud; refer to it by its last digits.",
        [bad("De terugbetaling is overgemaakt naar NL91 ABNA 0417 1643 00.", "nl"),
         bad("We refunded the amount to GB82WEST12345698765432."),
         bad("تم تحويل المبلغ إلى الحساب SA03 8000 0000 6080 1016 7519", "ar"),
         good("We refunded the amount to your account ending in 4300."),
         good("Je retourcode NL12ABCD1234567890 staat op het label.", "nl")],
    )

    def describe(self, ent: Entity) -> str:
        return "bank account number (IBAN) in the reply: refer to it by its last digits"


@register
class NationalId(EntityRule):
    entity_type, label = "national_id", "national identity number"
    meta = _meta(
        "pii.national_id", Severity.ERROR,
        "National identity numbers: Dutch BSN (11-proef), US SSN (valid ranges), UK NINO, Saudi id/iqama, "
        "UAE Emirates ID, Egyptian national id, Kuwaiti civil id; context words where the format is ambiguous.",
        "National identity numbers are the key to identity theft; privacy law (GDPR art. 87, the Dutch UAVG) "
        "restricts their use, and a reply must never carry them.",
        [bad("The check was run on SSN 536-22-8714."),
         bad("In ons systeem staat BSN 111222333.", "nl"),
         bad("رقم الهوية الإماراتية 784-1987-1234567-1", "ar"),
         bad("رقم الهوية الوطنية 1000000008 مسجل لدينا", "ar"),
         good("Bestelling 111222333 is verzonden.", "nl", note="a checksum-valid number without BSN context"),
         good("Your ticket number is 536-22-8714X.")],
    )

    def describe(self, ent: Entity) -> str:
        return f"{ent.detail or 'national identity number'} in the reply: identity numbers must never be sent"


@register
class Passport(EntityRule):
    entity_type, label = "passport", "passport number"
    meta = _meta(
        "pii.passport", Severity.ERROR,
        "Passport and travel-document numbers after passport context words.",
        "A passport number is an identity document number: it enables identity fraud and is special under "
        "privacy law.",
        [bad("We have your passport number NW1234567 on file."),
         bad("Uw paspoortnummer is NP5L8K2H1.", "nl"),
         bad("رقم جواز السفر A12345678", "ar"),
         good("Please bring your passport to the desk."),
         good("Your order NW1234567 has shipped.")],
    )

    def describe(self, ent: Entity) -> str:
        return "passport number in the reply: identity document numbers must never be sent"


@register
class DateOfBirth(EntityRule):
    entity_type, label = "date_of_birth", "date of birth"
    meta = _meta(
        "pii.date_of_birth", Severity.WARNING,
        "Dates of birth: a date next to 'date of birth', 'geboortedatum', 'تاريخ الميلاد' (a delivery date is not one).",
        "A date of birth is a common security question and, with a name, identifies a person.",
        [bad("The check used your date of birth 14 March 1987."),
         bad("Geboortedatum: 03-07-1991.", "nl"),
         bad("تاريخ الميلاد 14 مارس 1987", "ar"),
         good("Your parcel will be delivered on 14 March 2025."),
         good("Bezorging op 03-07-2025.", "nl")],
    )

    def describe(self, ent: Entity) -> str:
        return "date of birth in the reply"


@register
class Address(EntityRule):
    entity_type, label = "address", "street address"
    meta = _meta(
        "pii.address", Severity.WARNING,
        "Street addresses (street + house number, with postcode and city when present; NL, UK/US and Arabic forms).",
        "An address in a reply, above all a third party's, tells anyone who sees it where a person lives.",
        [bad("The parcel was left with your neighbour at Kerkstraat 9."),
         bad("Uw adres is Lindelaan 14, 3521 AB Utrecht.", "nl"),
         bad("It was delivered to 221B Baker Street, London NW1 6XE."),
         bad("تم التوصيل إلى شارع الملك فهد رقم 12", "ar"),
         good("Your parcel is at our pickup point at Dorpsstraat 3.", note="a business address"),
         good("Het ligt bij het afhaalpunt aan de Dorpsstraat.", "nl")],
    )

    def describe(self, ent: Entity) -> str:
        return "street address in the reply: make sure it is needed and is the customer's own"


@register
class Email(EntityRule):
    entity_type, label = "email", "e-mail address"
    meta = _meta(
        "pii.email", Severity.WARNING,
        "E-mail addresses other than the customer's own, the company's contacts and role mailboxes (support@…).",
        "Another person's e-mail address in a reply is a data leak, typically from a copy-paste of the "
        "wrong ticket; on a public channel even the customer's own address must not appear.",
        [bad("The line is registered to Karen (karen.becker77@gmail.com)."),
         bad("We vonden je mail op marloes.b@hotmail.com.", "nl", channel="social_public",
             context={"customer": {"name": "@marloes_b", "email": "marloes.b@hotmail.com"}}),
         bad("راسل أحمد على ahmed.k@example.org", "ar"),
         bad("contact jan [at] gmail [dot] com for details"),
         good("I've updated your billing e-mail to grace.kim@example.com.",
              context={"customer": {"name": "Grace Kim", "email": "grace.kim@example.com"}}),
         good("Mail us at support@anyshop.com or klantenservice@shopr.nl."),
         good("You can reach us at care@souqly.ae.", context={"company": {"contacts": ["care@souqly.ae"]}})],
    )

    def exempt(self, doc: ReplyDoc, ent: Entity) -> bool:
        value = ent.value.lower()
        local, _, domain = value.partition("@")
        company = [c.lower() for c in doc.company.contacts if "@" in c]
        if value in company or domain in {c.partition("@")[2] for c in company}:
            return True
        roles = scanner_for(self.ctx.packs).role_mailboxes
        if local in roles or local.split("+")[0] in roles:
            return True
        own = (doc.customer.email or "").lower()
        if own:
            return value == own and not doc.is_public
        # no address on record: one presented as theirs ("your email address is ...") or made of the
        # customer's surname ("lyle.hart@", "jsmith@") is theirs
        return not doc.is_public and (ent.own or _names_customer(local, doc.customer.name))

    def describe(self, ent: Entity) -> str:
        return "e-mail address that is not the customer's own or the company's"


@register
class Phone(EntityRule):
    entity_type, label = "phone", "phone number"
    meta = _meta(
        "pii.phone", Severity.WARNING,
        "Phone numbers (validated with phonenumbers) other than the customer's own and the company's contacts.",
        "A third party's phone number in a reply is a data leak; on a public channel even the customer's "
        "own number must not appear.",
        [bad("The line is registered to Karen Becker (+1 415 555 0134)."),
         bad("Afgegeven bij de buurvrouw, 06-12345678.", "nl"),
         bad("رقم جوال المندوب 0501234567", "ar"),
         good("Call us on +31 20 123 4567.", "nl", context={"company": {"contacts": ["+31 20 123 4567"]}}),
         good("We will call you on 06-12345678 tomorrow.", "nl",
              context={"customer": {"name": "Jan", "phone": "+31612345678"}}),
         good("Je mobiele nummer bij ons is 06-12345678, klopt dat nog?", "nl"),
         good("Your order 20931744 ships today.")],
    )

    def exempt(self, doc: ReplyDoc, ent: Entity) -> bool:
        e164 = ent.detail
        if e164 in _e164s(doc.company.contacts, doc):
            return True
        if doc.is_public:
            return False
        if doc.customer.phone:
            return e164 in _e164s([doc.customer.phone], doc)
        return ent.own  # none on record: "your registered number is ..." presents the customer's own

    def describe(self, ent: Entity) -> str:
        return "phone number that is not the customer's own or the company's"


def _names_customer(local: str, name: str | None) -> bool:
    """Whether an e-mail's local part is made of the customer's name: the surname (the last part of a
    name of two or more parts, three letters or more) and the first name or its initial in front:
    "Lyle Hart" and "lyle.hart" or "lhart88"; not "maria.garcia" for "Maria Lopez", and not
    "karen.becker77" for "Paul Becker" (family members share a surname)."""
    from ...structure import fold, name_parts

    parts = name_parts(name)
    if len(parts) < 2 or len(parts[-1]) < 3:
        return False
    local, first, last = fold(local), fold(parts[0]), fold(parts[-1])
    return last in local and (first in local or local.startswith(first[0]))


def _e164s(values: list[str | None], doc: ReplyDoc) -> set[str]:
    from .entities import _parse_phone, _regions

    out = set()
    regions = _regions(doc)
    for raw in values:
        if not raw or "@" in raw:
            continue
        number = _parse_phone(raw.strip(), regions)
        if number is not None:
            out.add(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
    return out


@register
class IpAddress(EntityRule):
    entity_type, label = "ip_address", "IP address"
    meta = _meta(
        "pii.ip_address", Severity.WARNING,
        "IPv4 and IPv6 addresses (not version numbers).",
        "An IP address is personal data under GDPR and reveals location; internal addresses reveal infrastructure.",
        [bad("Your router's public address is 84.241.12.7."),
         bad("Het verzoek kwam van 2001:db8:85a3::8a2e:370:7334.", "nl"),
         good("Please update to version 2.4.1.9 of the app."),
         good("The meeting is at 10.30.")],
    )

    def describe(self, ent: Entity) -> str:
        return "IP address in the reply"


@register
class Credential(EntityRule):
    entity_type, label = "credential", "password"
    meta = _meta(
        "pii.credential", Severity.ERROR,
        "Passwords, PINs and one-time codes given in the reply ('your password is …', 'wachtwoord: …', 'كلمة المرور …').",
        "A password in an e-mail or chat stays readable in mailboxes and helpdesk logs; send a reset link instead.",
        [bad("Your temporary password is Xk9#mT2vLq."),
         bad("Je nieuwe wachtwoord: Welkom123!", "nl"),
         bad("كلمة المرور الجديدة: Abc12345", "ar"),
         bad("Your PIN has been reset to 4921."),
         good("We will never ask for your password."),
         good("Your password is incorrect, please use the reset link."),
         good("Reset your password via the link we sent.")],
    )

    def describe(self, ent: Entity) -> str:
        return "password or access code given in the reply: send a reset link instead"


@register
class Secret(EntityRule):
    entity_type, label = "secret", "secret key"
    meta = _meta(
        "pii.secret", Severity.ERROR,
        "API keys and tokens: known formats (sk_live_, ghp_, AKIA, xoxb-, JWT, private keys, credentials in "
        "URLs) and high-entropy values after key words.",
        "A secret pasted into a reply is compromised: it must be revoked, and anyone who saw the reply can use it.",
        [bad("Please retry with our key sk_live_51HqLyjWDarjtT1zdp7dc9Xk4Qa."),
         bad("Gebruik token ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8.", "nl"),
         bad("Use AKIAIOSFODNN7EXAMPLE with the bucket."),
         bad("The api key is 9fK2mQ7xLp4ZtR8vW1nB6cY3."),
         good("Create an API key in your dashboard under Settings."),
         good("Your tracking code is JJD0099887766.")],
    )

    def describe(self, ent: Entity) -> str:
        return f"secret in the reply ({ent.detail}): revoke it and never paste secrets into replies"
