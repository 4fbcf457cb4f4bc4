"""One scan of a reply for personal data, shared by every ``pii.*`` rule.

Detection is structural first (formats and checksums), then contextual
(words nearby say whether 111222333 is a BSN or an order number). Context
words come from every language's pack, because replies mix languages
("BSN" in an English reply, "CVV" in a Dutch one). Overlaps are resolved by
specificity: a card number is not also reported as a phone number.
"""

from __future__ import annotations

import datetime
import math
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable

import phonenumbers

from ...models import Channel
from ...packs import PackStore
from ...prefilter import literal_first, merged_matches, required_substrings, top_level_alternatives
from ...textutil import Lazy, PhraseScanner, SpanIndex, text_lower, with_possessive_forms
from . import checks
from .pack import PiiPack

if TYPE_CHECKING:  # pragma: no cover
    from ...document import ReplyDoc


@dataclass(slots=True)
class Entity:
    type: str
    start: int  # full-view offsets
    end: int
    value: str
    confidence: float = 0.9
    detail: str = ""
    own: bool = False  # presented as the recipient's own ("your registered number is ...", "your email to ...")


PRIORITY = ["secret", "iban", "credit_card", "national_id", "card_security", "credential", "passport", "email",
            "phone", "date_of_birth", "address", "ip_address"]

# --------------------------------------------------------------------------- patterns
# Patterns that start with a digit are written "\d(?<![\w]\d)..." rather than "(?<![\w])\d...": the
# same matches, but a leading character class lets the regex engine skip to the next digit in C
# instead of trying the look-behind at every position (3x faster on a reply; benchmarks/speed.py).

_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9\-]{1,63}\.)+[A-Za-z]{2,24}(?![\w\-@])")
_EMAIL_OBFUSCATED = re.compile(  # 'john dot doe at gmail dot com', 'sanne punt jansen apenstaartje gmail punt com'
    r"(?i)(?<![\w.])([A-Za-z0-9._%+\-]{2,64}(?:\s+(?:dot|punt)\s+[A-Za-z0-9._%+\-]{1,64}){0,3})"
    r"\s*(?:\[at\]|\(at\)|\{at\}|\sat\s|\s@\s|\sapenstaartje\s)\s*([A-Za-z0-9\-]{2,63})"
    r"\s*(?:\[dot\]|\(dot\)|\{dot\}|\sdot\s|\spunt\s|\s\.\s)\s*"
    r"(com|net|org|nl|be|de|fr|uk|co\s+dot\s+uk|co\.uk|ae|sa|qa|kw|bh|om|eg|io|info|biz|me|eu|us|ca|au|edu|gov)(?![\w])"
)
# a spelled-out 'at' is an address only with a spelled dot or a mark in its first part, or a mail provider after it
# ('Meet at noon dot com' is not one)
_SPELLED_LOCAL = re.compile(r"(?i)\s(?:dot|punt)\s|[._\d]")
_MAIL_PROVIDERS = frozenset({"gmail", "hotmail", "outlook", "yahoo", "icloud", "live", "msn", "aol", "gmx", "proton",
                             "protonmail", "ziggo", "kpnmail", "kpnplanet", "planet", "xs4all", "telenet", "skynet",
                             "home", "casema", "upcmail", "me", "mac"})
_SPELLED_DOT = re.compile(r"(?i)\s+(?:dot|punt)\s+")
# digits with at most one separator between any two of them ("4539 5787", "4-5-3-9")
_DIGIT_RUN = re.compile(r"\d(?<![\w.,/]\d)(?:(?:[ \-.]|\s{2})?\d){5,}(?![\w/]|[.,]\d)")
_SEP = re.compile(r"[ \-.\s]+")
_SSN_FORMAT = re.compile(r"^\d{3}([- ])\d{2}\1\d{4}$")
_EMIRATES_FORMAT = re.compile(r"^784[- ]?\d{4}[- ]?\d{7}[- ]?\d$")
_BE_NN_FORMAT = re.compile(r"^\d{2}\.\d{2}\.\d{2}[- ]\d{3}[.\-]\d{2}$")  # 85.07.30-033.28
_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]){10,32})")
# a US Medicare Beneficiary Identifier (CMS's format: no S, L, O, I, B or Z), printed 4-3-4 or run together
_MBI_LETTER = "AC-HJKMNP-RT-Y"
_MBI = re.compile(rf"[1-9](?<![\w-].)[{_MBI_LETTER}][{_MBI_LETTER}\d]\d(-?)[{_MBI_LETTER}][{_MBI_LETTER}\d]\d\1"
                  rf"[{_MBI_LETTER}]{{2}}\d{{2}}(?![\w-])")
# a UK (DVLA) driving licence number: five letters of the surname (9s after a short one), the birth date's digits with
# 50 added to a woman's month, two initials, a digit and two check letters ('MORGA753116SM9IJ')
_UK_LICENCE = re.compile(r"[A-Z](?<![\w].)[A-Z9]{4}\d(?:[0156]\d)(?:[0-3]\d)\d[A-Z][A-Z9]\d[A-Z]{2}(?![\w])")
_NINO_ANY = re.compile(r"[A-Z](?<![\w].)[A-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])")
_NINO = re.compile(r"[A-CEGHJ-PR-TW-Z](?<![\w].)[A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D](?![\w])")
_SHORT_NUMBER = re.compile(r"\d(?<![\w/.\-,]\d)\d{2,3}(?![\w/]|[.,-]\d)")
_EXPIRY = re.compile(r"\d(?<![\w/.\-]\d)(?:(?<=0)[1-9]|(?<=1)[0-2]?|(?<=[2-9]))\s?[/\-.]\s?(?:20\d{2}|\d{2})"
                     r"(?![\w/]|[.\-]\d)")  # month 1-12 (0?[1-9]|1[0-2]), then the year
# a number that measures (minutes, kilometres, riyals) is no house number: 'حي الملقا على بعد ١٠ دقايق' (ten minutes away)
_AR_NOT_A_MEASURE = (r"(?!\s*(?:دقايق|دقائق|دقيقة|دقيقه|دقيقتين|ساعة|ساعه|ساعات|ساعتين|كم|كيلو|كيلومتر|كيلومترات|متر|"
                     r"أمتار|امتار|يوم|أيام|ايام|سنة|سنه|سنوات|شهر|شهور|أشهر|ريال|دينار|درهم|جنيه|دولار|%|٪)(?![\w]))")
_YEAR_NOW = datetime.date.today().year
_CARD_YEARS = range(_YEAR_NOW - 10, _YEAR_NOW + 21)  # the years a card's expiry date can name (cards last ~3-5 years)


def _card_year(expiry: str) -> bool:
    """Whether the year of an expiry-shaped date (``_EXPIRY``) is one a card can expire in. Only a cue word tells
    such a date from a day and a month ('Geldig tot 12/11', valid until 12 November, is a parcel's pick-up date; as a
    card's expiry it would be 2011): with no card number beside it, a year long past or far ahead is the day's month."""
    year = int(re.split(r"\s?[/\-.]\s?", expiry)[-1])
    return (year if year >= 100 else 2000 + year) in _CARD_YEARS


# where a clause or sentence ends, for context words that must stand in the value's own clause or sentence
_CLAUSE_END = frozenset(",;.!?\n")
_SENTENCE_END = frozenset(".!?\n")
# the dot of a title before a name ends no sentence: 'je huisarts dr. Smeets gebeld op 071 514 2233' ('St.' is left
# out: as often the street as the saint, and a street's abbreviation may end a sentence)
_TITLE_DOT = re.compile(r"(?<![^\W\d_])(?i:dr|drs|mr|mrs|ms|mevr|dhr|prof|ir|ing|mw)\.(?=\s)")
_COLON_LINE = re.compile(r":[ \t]*\n\s*")
_LAST_SENTENCE = re.compile(r"[.!?]\s|\n")
_ABBREVIATION = re.compile(r"\b(?:t\.n\.v|t\.a\.v|o\.v\.v|a\.u\.b|i\.e|e\.g|attn)\.")
# what may trail a value and is not part of it (Latin and Arabic punctuation)
_VALUE_TRAILER = ".,;:?)]}،؛؟"
# Written first-character-first like the digit patterns above: the first character ("+", "(" or a digit) is
# consumed by one class, and each alternative checks with a look-behind which one it was. Same matches as
# "(?<![\w+])(?:(?:\+|00)…|\(?0…|(?:1[ \-.])?\(?[2-9]…)", 6x faster per scan.
_PHONE_CANDIDATE = re.compile(
    r"[+(0-9](?<![\w+].)(?:"
    r"(?:(?<=\+)|(?<=0)0)\d{1,3}[ \-.]?(?:\(0?\d{1,4}\)[ \-.]?)?\d{1,4}(?:[ \-.]?\d{1,4}){1,5}"  # international
    r"|(?:(?<=\()0|(?<=0))\d{1,4}\)?(?:[ \-./]?\d{2,4}){2,4}"  # national, trunk prefix 0
    r"|(?:(?<=1)[ \-.]\(?[2-9]|(?<=\()[2-9]|(?<=[2-9]))\d{2}\)?[ \-.]\d{3}[ \-.]\d{4}"  # North American
    r")(?![\w])"
)
_IPV4 = re.compile(r"\d(?<![\w.]\d)\d{0,2}\.(?:\d{1,3}\.){2}\d{1,3}(?![\w]|\.\d)")
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}(?::|[0-9A-Fa-f]{1,4})(?:[0-9A-Fa-f:]*)(?![\w:])")
_VERSION_BEFORE = re.compile(r"(?i)(?:version|versie|v|build|release|firmware|ios|android)\s*$")
_PASSPORT_VALUE = re.compile(r"(?<![\w])(?=[A-Z0-9]*\d)[A-Z0-9]{6,9}(?![\w])")
_NUMERIC_DATE = re.compile(
    r"\d(?<![\w/.\-]\d)(?:\d?[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{3}[-/.]\d{1,2}[-/.]\d{1,2})"
    # (a Hijri date may carry its era mark: '١٤٠٨/٠٥/١٢هـ')
    r"(?:(?=\s?هـ?(?![\w]))|(?![\w/]|[.\-]\d))"
)

_SECRET_PREFIXES = re.compile(
    r"(?<![\w])(?:"
    r"(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,99}"  # Stripe secret / restricted keys
    # the same shape from other vendors and in-house APIs ('cpk_live_9f8Kq2...'): a short prefix, live/test/prod
    # and a long random part with digits and capitals (lower-case words joined by _ are names, not keys)
    r"|[a-z]{2,8}_(?:live|test|prod|sandbox)_(?=[0-9a-z]*[A-Z])(?=[A-Za-z]*[0-9])[0-9A-Za-z]{16,99}"
    r"|whsec_[0-9A-Za-z]{20,}"  # Stripe webhook secret
    r"|gh[pousr]_[0-9A-Za-z]{30,255}|github_pat_[0-9A-Za-z_]{40,255}"  # GitHub
    r"|glpat-[0-9A-Za-z\-_]{20,}"  # GitLab
    r"|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA)[0-9A-Z]{16}"  # AWS access key ids
    r"|xox[abposr]-[0-9A-Za-z\-]{10,}"  # Slack
    r"|AIza[0-9A-Za-z\-_]{35}"  # Google API key
    r"|ya29\.[0-9A-Za-z\-_]{20,}"  # Google OAuth token
    r"|SG\.[0-9A-Za-z\-_]{16,32}\.[0-9A-Za-z\-_]{16,64}"  # SendGrid
    r"|sq0(?:atp|csp)-[0-9A-Za-z\-_]{22,}"  # Square
    r"|(?:SK|AC)[0-9a-f]{32}"  # Twilio
    r"|[0-9a-f]{32}-us\d{1,2}"  # Mailchimp
    r"|npm_[0-9A-Za-z]{36}|pypi-[0-9A-Za-z\-_]{50,}"  # package registries
    r"|shp(?:at|ss|ca|pa)_[0-9a-fA-F]{32}"  # Shopify
    r"|eyJ[0-9A-Za-z_\-]{8,}\.eyJ[0-9A-Za-z_\-]{8,}\.[0-9A-Za-z_\-]{8,}"  # JWT
    r")(?![\w])"
)
_PRIVATE_KEY = re.compile(r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]{0,5000}?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)")
_URL_CREDENTIALS = re.compile(r"(?i)\b[a-z][a-z0-9+.\-]*://([^\s:/@]{1,64}:[^\s:/@]{1,128})@")
# a recovery or backup code: groups of letters and digits joined by hyphens, or six digits or more
_GROUPED_CODE = re.compile(r"(?<![\w\-])(?:[A-Za-z0-9]{3,6}(?:-[A-Za-z0-9]{3,6}){1,5}|\d{6,12})(?![\w\-])")
_CODE_LIST_END = re.compile(r"[.!?](?:\s|$)|\n")
_TOKENISH = re.compile(r"(?<![\w/.\-])[A-Za-z0-9_\-+/=]{16,200}(?![\w/])")

_CREDENTIAL_VALUE = re.compile(
    r"""(?ix)
    (?:\s+(?:code|codes|number|nummer))?  # 'your PUK code is ...': the word a cue names needs no cue of its own
    (?:\s+(?:new|temporary|temp|nieuwe|nieuw|tijdelijke|الجديدة|الجديد|المؤقتة|المؤقت|جديدة|جديد|مؤقتة|مؤقت)){0,2}
    (?:\s+(?:حقتك|حقك|حقكم|بتاعتك|بتاعك|تبعتك|تبعك|لحسابك|الخاصة\ بك|الخاص\ بك|الخاصة\ بحسابك))?
    (?:\s+(?:(?:that|which|die|dat)\s+)?(?:we|i|you|ik|je|u)\s+(?:(?:have|hebben|heb|hebt|heeft)\s+)?
       (?:set|created|gave\ you|chose|picked|generated|sent|use|ingesteld|aangemaakt|gekozen|gebruikt)\b)?
    (?:\s+(?:(?:for|voor|of|van|bij)\s+(?:(?:the|your|het|de|je|uw)\s+)?|ل)  # what it opens: 'PIN for the gate is'
       (?:[^\s\d:=]+\s+){0,2}?[^\s\d:=]+(?=\s+(?:is|was|wordt|luidt|هو|هي)\b))?
    (?:\s+(?:for\ (?:you|him|her|them|your\ account|your\ colleague)|voor\ (?:je|jou|u|hem|haar)|لك|لكِ|له|لها)
       (?:\s+(?:instead|too|as\ well|ook|in\ plaats\ daarvan))?(?=\s*:))?  # 'a temporary password for him instead: ...'
    (?:\s+(?:ingesteld|aangemaakt|set|created|generated)(?=\s*:))?  # 'een tijdelijk wachtwoord ingesteld: ...'
    (?:\s+(?:is|was|has\ been|have\ been|will\ be|is\ now|wordt|is\ nu|luidt|هو|هي)\b)?
    (?:\s+(?:temporarily|tijdelijk|voorlopig|zojuist|now|nu|just))?  # 'je wachtwoord tijdelijk gereset naar ...'
    (?:\s+(?:reset|changed|set|updated|veranderd|gewijzigd|ingesteld|aangepast|gereset|teruggezet)\s+(?:to|naar|in|op))?
    (?:\s+(?:to|naar)(?=\s))?  # 'reset your password to ...': the value comes next ('to log in' is no value)
    \s*[:=]?\s*
    (?:["'“‘]\s*)?
    (?P<value>[^\s"'”’<>\[\](){}][^\s"'”’<>]{3,63})
    """
)
_IBAN_GROUPS = re.compile(r"[A-Za-z]{2}\d{2}(?: [A-Za-z0-9]{4})+(?: [A-Za-z0-9]{1,3})?")
_LOGIN_WORD = re.compile(r"log-?in|sign-?in|inlog|الدخول")
_SECRET_WORD = re.compile(r"pass|pin|code|wacht|كلمة|رمز|الرقم")
_LOGIN_PAIR = re.compile(r"\s*[/|]\s*(?P<value>[^\s\"'”’<>]{4,64})")
_FILLER_WORDS = re.compile(r"(?i)^(?:the|your|je|jouw|uw|de|het|een|a|an|new|nieuwe|tijdelijke|temporary)$")


def _entropy(s: str) -> float:
    counts: dict[str, int] = {}
    for ch in s:
        counts[ch] = counts.get(ch, 0) + 1
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def _classes(s: str) -> int:
    return sum((any(c.isdigit() for c in s), any(c.islower() for c in s), any(c.isupper() for c in s),
                any(not c.isalnum() for c in s)))


def looks_like_secret_value(value: str, min_classes: int = 2) -> bool:
    """A credential value is not a plain word: it has digits, symbols or mixed case."""
    if value.isdigit():
        return 4 <= len(value) <= 12
    if value.isalpha() and (value.islower() or value.istitle()):
        return False
    return _classes(value) >= min_classes


# --------------------------------------------------------------------------- scanner

CONTEXT_KINDS = ("card", "card_security", "expiry", "not_card", "national_id", "passport", "date_of_birth",
                 "credential", "secret", "iban", "business_place", "company_contact", "recipient_contact",
                 "bank_account", "bank_code", "company_account", "personal_contact", "call_prompt", "code_notice",
                 "server_address")
# the kinds that say what a value is (nearest_kind); the contact kinds only say whose number it is, the
# iban kind only vouches for an IBAN whose check digits fail, and the bank kinds only for a domestic account
_VALUE_KINDS = tuple(k for k in CONTEXT_KINDS
                     if k not in ("company_contact", "recipient_contact", "iban", "bank_account", "bank_code",
                                  "company_account", "personal_contact", "call_prompt", "code_notice", "server_address"))
# a domestic account number (UK 8 digits, US 4-17): plain digits, not part of a longer number or a date
# 6-12 digits, run together or in groups as printed ('account 1234 5678, BSB 062-000')
# (the lookbehind after the first digit: before it, it keeps the engine from skipping ahead to a digit, 5x slower)
_ACCOUNT_DIGITS = re.compile(r"\d(?<![\w./-]\d)(?:\d{5,11}|\d{1,5}(?: \d{2,6}){1,3})(?![\w/-]|[.,]\d)")


_ANY_DIGIT = re.compile(r"\d")
# ASCII twins of the digit tests that scan a whole reply: in ASCII text (three replies in four) \d is
# exactly [0-9], which the engine tests inline instead of looking each character up in Unicode's
# tables (a third to a half of each scan)
_ANY_DIGIT_ASCII = re.compile(r"[0-9]")
_LONG_CHUNK = re.compile(r"\S{16}")  # a whitespace-free chunk of 16+ characters (tokens, keys)


def has_long_chunk(text: str) -> bool:
    """``_LONG_CHUNK.search(text)``: ``str.split`` cuts at the same whitespace as ``\\s``, and is ~5x
    faster than the expression, which tries 16 characters at every position."""
    return max(map(len, text.split()), default=0) >= 16

_SPACED_DOT = re.compile(r"\s\.\s")
_DIGIT_AFTER_SPACE = re.compile(r"\d(?<=\s\d)")
_DIGIT_AFTER_SPACE_ASCII = re.compile(r"[0-9](?<=\s[0-9])")
# Necessary conditions, each written to start with its rarest character so the engine jumps between
# candidates in C: a dotted digit pair (IPv4), a colon between hex digits (IPv6), two letters then two
# digits (the start of every IBAN, which _IBAN itself, led by a look-behind, tries at every position).
_DIGIT_DOT_DIGIT = re.compile(r"\.(?<=\d\.)\d")
_HEX_COLON_HEX = re.compile(r":(?<=[0-9A-Fa-f]:)[0-9A-Fa-f]")
_IBAN_START = re.compile(r"\d(?<=[A-Za-z]{2}\d)\d")
_IBAN_START_ASCII = re.compile(r"[0-9](?<=[A-Za-z]{2}[0-9])[0-9]")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# full postcodes: British ('LS6 2QT', 'SW1A 1AA') and Dutch ('3521 AB'; not 'SA', 'SD', 'SS')
_UK_POSTCODE = r"[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}"
_NL_POSTCODE = r"[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}"
_CAMEL_CASE = re.compile(r"[a-z][A-Z]")
_COMMA_POSTCODE = re.compile(r",\s*[1-9]\d{3}\s?(?:[A-Z]{2}\s+)?[A-Z][a-z]")  # ', 2000 Antwerpen', ', 1012 JS Amsterdam'
# the French street words that come before the name (address_fr, which this gates)
_FR_STREET_WORDS = (r"[Rr]ue|[Bb]oulevard|[Bb]oul\.|[Cc]hemin|[Aa]venue|[Aa]v\.|[Pp]lace|[Cc]ôte|[Mm]ontée|[Rr]ang|[Aa]llée|"
                    r"[Ii]mpasse|[Qq]uai")
_FRENCH_STREET_WORD = re.compile(rf"\d,?\s+(?:{_FR_STREET_WORDS})\s")
# a full British postcode, which gates address_uk_postcode
_UK_POSTCODE_GATE = re.compile(rf"(?<![\w]){_UK_POSTCODE}(?![\w])")
# a named building and its street make an Arabic address without a number (address_ar_named, which this gates)
_AR_BUILDINGS = "بناية|بنايه|عمارة|عماره|برج|مبنى|مجمع"
_NAMED_BUILDING = re.compile(rf"(?:{_AR_BUILDINGS})\s+[\u0600-\u06ff]{{2,}}[^،,\n]{{0,40}}[،,]\s*(?:شارع|طريق)")
# a state or province and its postcode after a town: American ('CA 94110', 'NY 10001-1234'), Australian ('VIC 3350',
# 'NSW 2000') and Canadian ('BC V1Y 6H2')
_REGION_POSTCODE = r"[A-Z]{2,3}\s+(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z]\s?\d[A-Z]\d)"
# an Irish Eircode ('P17 XR28', 'D6W 1234'): a routing key and four characters of its alphabet
_IE_EIRCODE = r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4}"
# 'I've flagged your postcode LS6 2QT', 'je postcode 3521 AB': a full British or Dutch postcode names a street or part
# of one (a Dutch one ~20 homes), so the customer's own, said to be theirs, is where they live
_OWN_POSTCODE = re.compile(
    r"(?i:(?<![\w])(?:your|je|jouw|uw)\s+(?:full\s+|new\s+|nieuwe\s+|volledige\s+)?(?:postcode|post\s?code|zip\s?code))"
    rf"\s*(?::|is|was)?\s*({_UK_POSTCODE}|{_NL_POSTCODE})(?![\w])")
_MAX_ID_DIGITS = 15  # the longest national id checked (UAE Emirates ID)


def _title_dots_blanked(text: str) -> str:
    """``text`` with the dots of titles ('dr.', 'mevr.') made spaces, offsets unchanged."""
    return _TITLE_DOT.sub(lambda m: m.group()[:-1] + " ", text) if "." in text else text


class PiiScanner:
    """Compiled patterns for one linter (packs of every language merged)."""

    def __init__(self, packs: PackStore):
        all_packs = [p for p in packs.all("pii") if isinstance(p, PiiPack)]
        # context words also in the forms replies write them in ("هويتك", your id; "drivers license"): see
        # with_possessive_forms
        words = {kind: with_possessive_forms(w for p in all_packs for w in getattr(p.context, kind))
                 for kind in CONTEXT_KINDS}
        # compiled on first use: with the gates most replies never need most of them, and compiling
        # them all cost the CLI's cold start ~30 ms
        self.context = {kind: PhraseScanner(words[kind]) for kind in CONTEXT_KINDS}
        self.role_mailboxes = {w.lower() for p in all_packs for w in p.context.role_mailboxes}
        suffixes = sorted({w.lower() for p in all_packs for w in p.context.street_suffixes if not _is_arabic(w)},
                          key=len, reverse=True)
        arabic_streets = [w for p in all_packs for w in p.context.street_suffixes if _is_arabic(w)]
        months = sorted({m.lower() for p in all_packs for m in p.months}, key=len, reverse=True)
        self._build_address(suffixes, arabic_streets)
        self._build_dates(months)

    # -- compiled pieces --------------------------------------------------------------
    def _build_address(self, suffixes: list[str], arabic: list[str]) -> None:
        # necessary conditions, tested before the expressions below scan a reply (see _addresses)
        self.street_suffixes = tuple(suffixes) or ("straat",)
        self.arabic_streets = tuple(sorted(set(arabic))) or ("شارع",)
        suf = "|".join(re.escape(s) for s in suffixes) or "straat"
        number = r"\d{1,5}(?:\s?[A-Za-z](?![A-Za-z]))?(?:\s?[-/]\s?\d{1,4}[A-Za-z]?)?"
        city = r"(?:\s+[A-Z][a-zà-ÿ'\-]+(?:[ \-](?:aan|op|den|de|[A-Z][a-zà-ÿ'\-]+)){0,3})"
        # a Dutch postcode (letters, the city optional) or a Belgian one (four digits, then the city)
        postcode = rf"(?:{_NL_POSTCODE}{city}?|[1-9]\d{{3}}{city})"
        # "Lindelaan 14, 3521 AB Utrecht", "Kerkstraat 45, 2000 Antwerpen", "Van Goghstraat 9a", "Kerkstraat 9"
        # (the look-ahead for a house number rules out most capitalised words before the street
        # suffixes are tried at every split of the word)
        self.address_nl = Lazy.regex(
            r"(?<![\w])(?=[VvDdTtSs]|[A-Z][\w'\-]*\s+\d)((?:(?:[Vv]an|[Dd]e|[Dd]en|[Tt]er|[Ss]int|St\.)\s+)*[A-Z][\w'\-]*?(?i:" + suf + r"))\s+" + number
            + r"(?:,?\s+" + postcode + r")?(?![\w])"
        )
        # a street without a suffix, its number (and a Belgian box, 'bus 3') and a comma, then a full postcode and the
        # city: 'Meir 25 bus 3, 2000 Antwerpen', 'Dam 1, 1012 JS Amsterdam' (tried only where ', 1234' occurs)
        self.address_nl_plain = Lazy.regex(
            r"(?<![\w])[A-Z][a-zà-ÿ'\-]+(?:\s+[A-Z][a-zà-ÿ'\-]+){0,2}\s+\d{1,4}[a-zA-Z]?(?:\s+bus\s+\d{1,4}[a-zA-Z]?)?,\s*"
            + rf"(?:{_NL_POSTCODE}|[1-9]\d{{3}}){city}(?![\w])"
        )
        # "221B Baker Street", "12 High St, London SW1A 1AA", "500 Oak Ave, Springfield, IL 62704"
        en_words = ("Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|Terrace|"
                    "Close|Crescent|Square|Sq|Parkway|Pkwy|Highway|Hwy|Row|Mews|Grove|Gardens|Hill|View|Walk|Rise|"
                    "Heights|Quay|Wharf|Parade|Vale|Meadows|Chase").split("|")
        en_suffix = "(?:" + "|".join(en_words) + ")"
        # one scan for "does a street word occur" instead of a substring search per word (31 of them)
        self.en_street_word = re.compile("|".join(sorted(en_words, key=len, reverse=True)))
        self.address_en = Lazy.regex(
            r"\d(?<![\w]\d)\d{0,4}[A-Za-z]?\s+(?:[A-Z][a-z'\-]+\s+){1,3}" + en_suffix + r"\.?"
            r"(?:,?\s+(?:Apt|Apartment|Suite|Unit|Flat)\.?\s*\w{1,5})?"
            r"(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?"
            r"(?:,?\s*Co\.?\s+[A-Z][a-z]+)?"  # an Irish county: 'Kinsale, Co. Cork'
            r"(?:,?\s*(?:" + _REGION_POSTCODE + "|" + _UK_POSTCODE + "|" + _IE_EIRCODE + r"))?(?![\w])"
        )
        # a French street word before the name, as Quebec, France and Belgium write it: "118 Rue Sainte-Catherine,
        # Montréal, QC H2X 1K4", "12, rue de la Paix, 75002 Paris"
        self.address_fr = Lazy.regex(
            r"\d(?<![\w]\d)\d{0,4}[A-Za-z]?,?\s+(?:" + _FR_STREET_WORDS + r")\s+"
            r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?[A-ZÉÈÀÂÎÔ][\w'’\-]+(?:\s+[A-ZÉÈÀÂÎÔ][\w'’\-]+){0,3}"
            r"(?:,\s*(?:\d{5}\s+)?[A-ZÉÈ][\w\-]+(?:[\s\-][A-ZÉÈ][\w\-]+)?)?"
            r"(?:,?\s*(?:" + _REGION_POSTCODE + r"))?(?![\w])"
        )
        # a house number and a street whose name has no English street word, then the town and a full British postcode:
        # "22 Heol y Coed, Pontypridd CF37 4AB", "7 Cnoc na Gaoithe, Portree IV51 9EU" (the postcode makes it an address;
        # tried only where one occurs)
        self.address_uk_postcode = Lazy.regex(
            r"\d(?<![\w]\d)\d{0,4}[A-Za-z]?,?\s+[A-Z][\w'’\-]+(?:\s+(?:[a-z]{1,3}|[A-Z][\w'’\-]+)){0,4},\s*"
            r"(?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2},?\s*){1,2}" + _UK_POSTCODE + r"(?![\w])"
        )
        # "Unit 6, Riverside Business Park, Leeds LS10 1AB": a unit in an estate or building, no street, ending in a
        # postcode (tried only where 'Unit', 'Flat' or 'Suite' occurs)
        self.address_unit = Lazy.regex(
            r"(?<![\w])(?:Unit|Flat|Suite|Apartment|Apt)\.?\s*\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][A-Za-z'\-]+\s+){0,3}"
            r"(?:Business\s+Park|Industrial\s+Estate|Trading\s+Estate|Retail\s+Park|Park|Estate|House|Court|Centre|Center|"
            r"Building|Buildings|Works|Mill|Yard|Tower)(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,?\s*"
            r"(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|" + _UK_POSTCODE + r")(?![\w])"
        )
        ar = "|".join(re.escape(w) for w in sorted(set(arabic), key=len, reverse=True)) or "شارع"
        # "شارع الملك فهد 12", "شارع الشيخ زايد، برج النخيل، شقة 12، دبي": the street, up to two named
        # buildings or districts, a unit word and its number, and a town ("عن طريق" is "by way of")
        word = r"[\u0600-\u06ff]{2,}"
        address_ar = (
            r"(?<![\w])(?<!عن )(?:" + ar + r")\s+" + word + r"(?:\s+" + word + r"){0,3}?"
            r"(?:[،,]\s*(?:برج|بناية|بنايه|مبنى|عمارة|عماره|مجمع|حي|منطقة|منطقه|فيلا)\s+" + word + r"(?:\s+" + word + r"){0,2}?){0,2}"
            r"[،,]?\s*(?:(?:رقم|شقة|شقه|فيلا|منزل|بيت|مبنى|بناية|الدور|طابق)\s*)?\d{1,5}(?![\w])" + _AR_NOT_A_MEASURE +
            # the flat or floor in the building: "شارع وصفي التل، عمارة 14، شقة 3"
            r"(?:[،,]?\s*(?:شقة|شقه|الدور|الطابق|طابق)\s*\d{1,4}(?![\w]))?"
            r"(?:[،,]\s*" + word + r"(?![\w]))?"
            # the number first, as Egypt writes it: "١٥ شارع التحرير، الدقي، الجيزة" (with a district or town after
            # it: "15 شارع" alone is as often a count)
            r"|(?<![\w])\d{1,5}\s+(?:" + ar + r")\s+" + word + r"(?:\s+" + word + r"){0,3}?"
            r"(?:[،,]\s*" + word + r"(?:\s+" + word + r")?(?![\w])){1,3}"
            # a villa or flat and its number first, then the street by number or name: "فيلا ٢٣، شارع ١٥، البرشاء ٢، دبي"
            r"|(?<![\w])(?:فيلا|شقة|شقه|منزل|بيت|عمارة|عماره|بناية|بنايه|مبنى)\s*\d{1,5}[،,]\s*(?:" + ar + r")\s+"
            r"(?:\d{1,5}|" + word + r"(?:\s+" + word + r"){0,3}?)(?:[،,]\s*" + word + r"(?:\s+(?:\d{1,3}|" + word + r"))?(?![\w])){0,3}"
            # Qatar's zone, street and building by number: "منطقة ٩٠، شارع ٢٣٥، فيلا ١٧" (after the town)
            r"|(?<![\w])(?:" + word + r"[،,]\s*)?(?:منطقة|منطقه)\s*\d{1,3}[،,]?\s*(?:شارع)\s*\d{1,4}[،,]?\s*"
            r"(?:فيلا|مبنى|بناية|بنايه|عمارة|عماره|منزل|بيت)\s*\d{1,4}(?![\w])"
            # Kuwait's block, street, lane and house by number: "قطعة ١٠، شارع ٣، جادة ٢، منزل ١٤"
            r"|(?<![\w])(?:قطعة|قطعه)\s*\d{1,3}[،,]?\s*(?:شارع)\s*\d{1,4}[،,]?\s*(?:(?:جادة|جاده)\s*\d{1,3}[،,]?\s*)?"
            r"(?:منزل|بيت|مبنى|عمارة|عماره|قسيمة|قسيمه)\s*\d{1,4}(?![\w])"
            # a street by number, then the house by number, after the town and district: Iraq's "بغداد، الكرادة، شارع
            # ٦٢، دار ١٤" and "محلة ٩٠٣، زقاق ١٢، دار ٧" (a quarter, an alley, a house)
            r"|(?<![\w])(?:" + word + r"(?:\s+" + word + r")?[،,]\s*){0,3}(?:(?:محلة|محله|حي|منطقة|منطقه|قطعة|قطعه|بلوك)\s*"
            r"\d{1,4}[،,]?\s*)?(?:شارع|زقاق|درب|جادة|جاده)\s*\d{1,4}[،,]?\s*(?:(?:زقاق|جادة|جاده|درب)\s*\d{1,4}[،,]?\s*)?"
            r"(?:دار|منزل|بيت|مبنى|عمارة|عماره|بناية|بنايه|فيلا|شقة|شقه)\s*\d{1,4}(?![\w])"
        )
        # Scanned one alternative at a time, merged as the joined expression would find them (merged_matches): one
        # that opens with a word is then found by a scan for its first letters once its look-behinds stand behind
        # that word (literal_first), where the joined expression was tried at every position (17 us a reply, most
        # of the address scan). An alternative that needs one of a few strings ('منطقة', a zone) is only scanned for
        # where one occurs.
        self.address_ar = Lazy(lambda: [(re.compile(literal_first(a)), required_substrings(a))
                                        for a in top_level_alternatives(address_ar)])
        self.address_ar_joined = Lazy.regex(address_ar)

        # without a house number, a district and a street named together ("حي الملقا، شارع الأمير محمد
        # بن سعد، الرياض"): one of them alone is a neighbourhood or a landmark, not a home
        # ... or a named building and its street ("بناية الأمل، شارع الحمرا، بيروت")
        self.address_ar_named = Lazy.regex(
            r"(?<![\w])(?:حي\s+" + word + r"(?:\s+" + word + r"){0,3}?[،,]\s*(?:شارع|طريق)"
            r"|(?:" + _AR_BUILDINGS + r")\s+" + word + r"(?:\s+" + word + r"){0,2}?[،,]\s*(?:شارع|طريق)"
            r"|(?:شارع|طريق)\s+" + word + r"(?:\s+" + word + r"){0,4}?[،,]\s*حي)"
            r"\s+" + word + r"(?:\s+" + word + r"){0,4}(?:[،,]\s*" + word + r"(?![\w]))?"
        )

    def _build_dates(self, months: list[str]) -> None:
        m = "|".join(re.escape(x) for x in months) or "january"
        self.text_date = Lazy.regex(
            r"(?i)(?<![\w])(?:\d{1,2}(?:st|nd|rd|th|e|ste)?\s+(?:of\s+)?(?:" + m + r")\.?,?\s+\d{4}"
            r"|(?:" + m + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})(?![\w])"
        )

    # -- scanning ----------------------------------------------------------------------
    def scan(self, doc: ReplyDoc) -> list[Entity]:
        return doc.memo("pii.entities", lambda: self._scan(doc.full_text, doc))

    def _scan(self, text: str, doc: ReplyDoc | None = None) -> list[Entity]:
        # Every detector has a cheap necessary condition (a character, a word of the reply, a chunk long
        # enough) that is tested before its regular expressions scan the whole reply.
        ctx = _Context(text, self.context)
        found: list[Entity] = []
        theirs: list[Entity] = []  # the company's own accounts
        low = text_lower(text)  # (cached: the reply's other scans lower-case the same text)
        if "@" in text or " at" in low or "[at]" in low or "(at)" in low or "{at}" in low:
            found += self._emails(text, low, ctx)
        if "://" in text or "PRIVATE KEY" in text or has_long_chunk(text):
            found += self._secrets(text, ctx)
        if ("code" in low or "recovery" in low) and ctx.has("secret"):
            found += self._recovery_codes(text, ctx)
        if (_ANY_DIGIT_ASCII if text.isascii() else _ANY_DIGIT).search(text):
            ibans = self._ibans(text, ctx)
            found += ibans
            company = _company_name(doc) if ibans else None
            if ibans and (company or ctx.has("company_account")):
                # the company's own account (kept until the end: its digits are no phone number either)
                theirs = [e for e in ibans if _company_account(text, ctx, e.start, e.end, company)]
            if ctx.possible("bank_code"):
                domestic = self._domestic_accounts(text, ctx)
                found += domestic
                if domestic and ctx.has("company_account"):  # ('pay by bank transfer to sort code 80-22-60, account ...')
                    theirs += [e for e in domestic if _company_account(text, ctx, e.start, e.end, None)]
            found += self._digit_runs(text, ctx)
            found += self._phones(text, ctx, doc, found)
            found += self._card_security(text, ctx, found)
            if ctx.possible("date_of_birth"):
                found += self._dates_of_birth(text, ctx)
            found += self._addresses(text, ctx, low)
            found += self._ips(text, ctx)
            if ctx.possible("passport"):
                found += self._passports(text, ctx)
            found += self._ninos(text, ctx)
            found += self._mbis(text, ctx)
            found += self._uk_licences(text)
        if not text.isascii() and ("حي" in text or _NAMED_BUILDING.search(text) is not None):
            found += self._named_addresses(text, ctx, found)
        found += self._credentials(text, ctx)
        if doc is not None and doc.channel is Channel.SMS and ctx.has("code_notice"):
            found = [e for e in found if not _delivered_code(ctx, e)]
        if theirs:
            found = [e for e in found if not any(e is t for t in theirs)]
        return _resolve(found)

    def _emails(self, text: str, low: str, ctx: _Context) -> list[Entity]:
        out = [Entity("email", m.start(), m.end(), m.group(), 0.95,
                      own=self._cue(text, ctx, m.start(), "recipient_contact"))
               for m in _EMAIL.finditer(text)] if "@" in text else []
        if "dot" not in low and "punt" not in low and not _SPACED_DOT.search(text):
            return out  # an obfuscated address spells out its dot
        for m in _EMAIL_OBFUSCATED.finditer(text):
            spelled_at = not any(mark in m.group() for mark in ("[", "(", "{", "@"))
            if spelled_at and not _SPELLED_LOCAL.search(m.group(1)) and m.group(2).lower() not in _MAIL_PROVIDERS:
                continue
            value = f"{_SPELLED_DOT.sub('.', m.group(1))}@{m.group(2)}.{_SPELLED_DOT.sub('.', m.group(3))}"
            out.append(Entity("email", m.start(), m.end(), value, 0.8, "obfuscated"))
        return out

    def _secrets(self, text: str, ctx: _Context) -> list[Entity]:
        out = [Entity("secret", m.start(), m.end(), m.group(), 0.97, "known key format")
               for m in _SECRET_PREFIXES.finditer(text)]
        if "PRIVATE KEY" in text:
            out += [Entity("secret", m.start(), m.end(), m.group(), 0.99, "private key")
                    for m in _PRIVATE_KEY.finditer(text)]
        if "://" in text:
            out += [Entity("secret", m.start(1), m.end(1), m.group(1), 0.9, "credentials in URL")
                    for m in _URL_CREDENTIALS.finditer(text)]
        tokens = [m for m in _TOKENISH.finditer(text) if any(c.isdigit() for c in m.group())]
        if tokens and ctx.has("secret"):
            for m in tokens:
                value = m.group()
                if ctx.near("secret", m.start(), m.end(), before=40) and _classes(value) >= 2 \
                        and _entropy(value) >= 3.3:
                    out.append(Entity("secret", m.start(), m.end(), value, 0.8, "high-entropy value after a key word"))
        return out

    @staticmethod
    def _recovery_codes(text: str, ctx: _Context) -> list[Entity]:
        """Codes after a recovery or backup code word ('your recovery code is 7H3K-99QX-L2MP', 'backup codes: 48213377,
        90112458'): shorter than the keys _TOKENISH finds, in groups, and as good as a password to the account."""
        out = []
        for s, e in ctx.spans("secret"):
            keyword = text[s:e].lower()
            if "code" not in keyword and "recovery" not in keyword:
                continue
            stop = _CODE_LIST_END.search(text, e)
            for m in _GROUPED_CODE.finditer(text, e, stop.start() if stop else len(text)):
                if any(c.isdigit() for c in m.group()):
                    out.append(Entity("secret", m.start(), m.end(), m.group(), 0.85, keyword))
        return out

    def _ibans(self, text: str, ctx: _Context) -> list[Entity]:
        out = []
        pos = 0
        if not (_IBAN_START_ASCII if text.isascii() else _IBAN_START).search(text):
            return out
        while (m := _IBAN.search(text, pos)) is not None:
            raw = m.group(1)
            pos = m.start(1) + 1
            # the regex may run into the next word or IBAN: take the longest prefix that validates
            positions = [i for i, ch in enumerate(raw) if ch.isalnum()]
            shaped = None  # failing that, the prefix with the country's IBAN structure, right after an IBAN word
            for n in range(min(len(positions), 34), 14, -1):
                end = positions[n - 1] + 1
                compact = "".join(ch for ch in raw[:end] if ch.isalnum()).upper()
                if checks.iban_ok(compact):
                    out.append(Entity("iban", m.start(1), m.start(1) + end, raw[:end], 0.98))
                    pos = m.start(1) + end
                    break
                if shaped is None and checks.iban_shaped(compact):
                    shaped = end
            else:
                # (printed in the IBAN's groups of four, 'NL02 RABO 0123 4567 89', it needs no IBAN word: nothing else
                # is written so; run together it may be a code of the same shape)
                if shaped is not None and (_IBAN_GROUPS.fullmatch(raw[:shaped])
                                           or ctx.near("iban", m.start(1), m.start(1) + shaped, before=30)):
                    out.append(Entity("iban", m.start(1), m.start(1) + shaped, raw[:shaped], 0.8,
                                      "IBAN (its check digits do not match)"))
                    pos = m.start(1) + shaped
        return out

    def _domestic_accounts(self, text: str, ctx: _Context) -> list[Entity]:
        """An account number without an IBAN ('account 31926819, sort code 60-16-13'): digits right after
        an account word, with a sort or routing code word close by. The account word alone is not enough:
        'your account number is 40021873' is as often the customer's number with the company."""
        if not ctx.has("bank_code"):
            return []
        return [Entity("iban", m.start(), m.end(), m.group(), 0.85, "account number next to a sort or routing code")
                for m in _ACCOUNT_DIGITS.finditer(text)
                if 6 <= len(m.group()) - m.group().count(" ") <= 12
                and ctx.near("bank_account", m.start(), m.end(), before=25)
                and ctx.near("bank_code", m.start(), m.end(), before=80, after=80)]

    def _digit_runs(self, text: str, ctx: _Context) -> list[Entity]:
        out = []
        for m in _DIGIT_RUN.finditer(text):
            groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())]
            out += _RunScanner(self, text, groups, ctx).split(0, len(groups))
        return out

    def _national_id(self, text: str, start: int, end: int, run: str, digits: str, ctx: _Context,
                     part: bool = False) -> Entity | None:
        """``part``: the digits are only part of a longer run of numbers; then only a formatted id (SSN,
        Emirates ID) or an id with a context word counts, never a bare 14-digit Egyptian-looking number.
        Checksums come first and the context word last: in a long run of numbers most windows fail
        both, and the checksum is the cheaper test."""
        n = len(digits)
        value = text[start:end]

        def has_ctx() -> bool:
            return ctx.nearest_kind(start, end) == "national_id"

        if n == 9 and _SSN_FORMAT.match(run) and checks.ssn_ok(digits):
            return Entity("national_id", start, end, value, 0.97 if has_ctx() else 0.85, "US SSN")
        if _EMIRATES_FORMAT.match(run) and checks.emirates_id_ok(digits):
            return Entity("national_id", start, end, value, 0.97, "UAE Emirates ID")
        if n == 11 and _BE_NN_FORMAT.match(run) and checks.be_nn_ok(digits):
            return Entity("national_id", start, end, value, 0.97, "Belgian national number")
        if n == 14 and checks.egypt_id_ok(digits) and (not part or has_ctx()) \
                and not ctx.near("not_card", start, end, before=25):
            return Entity("national_id", start, end, value, 0.95 if has_ctx() else 0.8, "Egyptian national id")
        if n in (8, 9) and checks.bsn_ok(digits):
            found = (0.95, "Dutch BSN")
        elif n == 9 and checks.ssn_ok(digits):
            found = (0.93, "US SSN")
        elif n == 10 and checks.saudi_id_ok(digits):
            found = (0.93, "Saudi national id / iqama")
        elif n == 10 and checks.nhs_ok(digits):
            found = (0.93, "UK NHS number")
        elif n == 11 and checks.be_nn_ok(digits):
            found = (0.93, "Belgian national number")
        elif n == 12 and checks.kuwait_civil_id_ok(digits):
            found = (0.93, "Kuwaiti civil id")
        elif n == 13 and checks.za_id_ok(digits):
            found = (0.93, "South African ID number")
        elif not part and (n == 9 or n == 10 and (digits[0] in "12" or value.isdigit() and digits[0] != "0")
                           or n == 15 and digits.startswith("784")
                           or 8 <= n <= 13 and value.isdigit()) and \
                ctx.leads(text, "national_id", start, 25, str.isdigit):
            # right after "BSN", "رقم هويتك": an id number even when its check digit is off (a typo in it,
            # or an id the checksums here do not know: a Jordanian national number, a Qatari QID); the number
            # is no less personal. No other number in between: "SSN 532-44-1290, phone 646-555-0142"
            found = (0.8, "national id number (its check digit does not match)")
        else:
            return None
        return Entity("national_id", start, end, value, *found) if has_ctx() else None

    def _card(self, text: str, start: int, end: int, ctx: _Context) -> Entity | None:
        card_ctx = ctx.near("card", start, end, before=60, after=20)
        if ctx.near("not_card", start, end, before=25) and not card_ctx:
            return None  # "order 4539 5787 6362 1486" that happens to pass Luhn
        return Entity("credit_card", start, end, text[start:end], 0.99 if card_ctx else 0.93)


    def _ninos(self, text: str, ctx: _Context) -> list[Entity]:
        """UK National Insurance numbers: the valid prefixes anywhere; any two letters right after
        'National Insurance number' (HMRC's own example QQ 12 34 56 C), whose context words are looked
        for only when such a code is there (nearly never). One scan finds both."""
        out = []
        for m in _NINO_ANY.finditer(text):
            value = m.group()
            if _NINO.fullmatch(value) and value.replace(" ", "")[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                out.append(Entity("national_id", m.start(), m.end(), value, 0.9, "UK National Insurance number"))
            elif ctx.near("national_id", m.start(), m.end(), before=25, after=0):
                out.append(Entity("national_id", m.start(), m.end(), value, 0.85, "UK National Insurance number"))
        return out

    def _mbis(self, text: str, ctx: _Context) -> list[Entity]:
        """US Medicare numbers (MBI): printed with its dashes the shape is its own; run together (an order code could
        look so) only after an id word ('Medicare number')."""
        return [Entity("national_id", m.start(), m.end(), m.group(), 0.9, "US Medicare number (MBI)")
                for m in _MBI.finditer(text)
                if (m.group(1) or ctx.near("national_id", m.start(), m.end(), before=25, after=0))
                and not ctx.near("not_card", m.start(), m.end(), before=25)]  # ('order 1EG4-TE5-MK73': a code)

    def _uk_licences(self, text: str) -> list[Entity]:
        """UK driving licence numbers: sixteen characters in the DVLA's layout, with a month (or a woman's month + 50)
        and a day that can be a birth date's; nothing else is written so."""
        out = []
        for m in _UK_LICENCE.finditer(text):
            value = m.group()
            month, day = int(value[6:8]) % 50, int(value[8:10])
            if 1 <= month <= 12 and 1 <= day <= 31:
                out.append(Entity("national_id", m.start(), m.end(), value, 0.9, "UK driving licence number"))
        return out

    def _phones(self, text: str, ctx: _Context, doc: ReplyDoc | None, found: list[Entity]) -> list[Entity]:
        out = []
        regions: list[str] | None = None  # on the first candidate: most replies have none
        if found:  # a phone number never runs into a card number or IBAN found already
            for ent in found:
                text = text[:ent.start] + "\x00" * (ent.end - ent.start) + text[ent.end:]
        candidates = list(_PHONE_CANDIDATE.finditer(text))
        if _EIGHT_DIGITS.search(text):
            # Kuwait, Qatar, Bahrain and Oman dial mobiles without a trunk prefix ('٦٥٥٥١٢٣٤'): eight plain digits
            # are a candidate where the reply's company or customer is from there, and a mobile there
            regions = _regions(doc)
            local = [r for r in regions if r in _NO_TRUNK_PREFIX]
            if local:
                candidates += [m for m in _EIGHT_DIGITS.finditer(text) if _local_mobile(m.group(), local)]
                candidates.sort(key=lambda m: m.start())
        for m in candidates:
            raw = m.group().rstrip()
            start = m.start()
            if raw.startswith("(") and ")" not in raw[1:6]:
                raw, start = raw[1:], start + 1
            if ctx.leads(text, "not_card", start, 20, _CLAUSE_END.__contains__):
                continue  # "pakket 0612345678" is a parcel number ("het pakket ligt bij de buren, 06-..." is not)
            if regions is None:
                regions = _regions(doc)
            hit = _longest_phone(raw, regions)
            if hit is not None:
                length, number = hit
                if _service_number(raw[:length], number, regions):
                    continue  # a free-phone or service number: the company's, never a person's
                # a person's own number: "..., which is my personal mobile", "call the store manager on her
                # mobile ..." (not the company's or the shop's, whatever else stands before it)
                personal = ctx.possible("personal_contact") and (
                    ctx.follows(text, "personal_contact", start + length, 30, _SENTENCE_END.__contains__) or
                    self._cue(text, ctx, start, "personal_contact", within=12))
                if not personal:
                    if self._cue(text, ctx, start, "company_contact"):
                        continue  # "call us on ..."
                    if _prompted_call(text, ctx, start):
                        continue  # "Questions? Call 0161 496 0000.": the line the customer is told to call
                    if self._cue(_title_dots_blanked(text), ctx, start, "business_place", within=40):
                        continue  # "the hotel's reservations number is ...", "رقم فندق أتلانتس": a business's number
                # "your number is ...", or after it: "we have 06-12345678 as your number"
                own = self._cue(text, ctx, start, "recipient_contact") or \
                    ctx.follows(text, "recipient_contact", start + length, 12, _SENTENCE_END.__contains__)
                out.append(Entity("phone", start, start + length, raw[:length], 0.9,
                                  phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), own=own))
        return out

    @staticmethod
    def _cue(text: str, ctx: _Context, start: int, kind: str, within: int = 25) -> bool:
        """Words of ``kind`` ('call us on', 'bel ons op'; 'your registered number is') shortly before the
        number, in the same sentence."""
        return ctx.leads(text, kind, start, within, ".!?\n".__contains__)

    def _card_security(self, text: str, ctx: _Context, found: list[Entity]) -> list[Entity]:
        out = []
        cards = [e for e in found if e.type == "credit_card"]
        if not cards and not ctx.possible("card_security") and not ctx.possible("expiry"):
            return out
        shorts = list(_SHORT_NUMBER.finditer(text)) if ctx.possible("card_security") else []
        if shorts and ctx.has("card_security"):
            for m in shorts:
                if text[max(0, m.start() - 2):m.start()].strip() in ("*", "**", "x", "X", "•"):
                    continue  # the visible end of a masked card number
                labelled_after = text[m.end():m.end() + 2].startswith((" (", "(")) and \
                    ctx.near("card_security", m.end(), m.end(), before=0, after=4)
                if labelled_after or ctx.near("card_security", m.start(), m.end(), before=25):
                    out.append(Entity("card_security", m.start(), m.end(), m.group(), 0.95, "security code"))
        for m in _EXPIRY.finditer(text):
            near_card = any(0 <= m.start() - c.end <= 60 or 0 <= c.start - m.end() <= 40 for c in cards)
            if near_card or ctx.near("expiry", m.start(), m.end(), before=25) and _card_year(m.group()):
                out.append(Entity("card_security", m.start(), m.end(), m.group(), 0.9, "expiry date"))
        return out

    def _credentials(self, text: str, ctx: _Context) -> list[Entity]:
        out = []
        for s, e in ctx.spans("credential"):
            keyword = text[s:e].lower()
            m = _CREDENTIAL_VALUE.match(text, e)
            if not m:
                continue
            value = m.group("value").rstrip(_VALUE_TRAILER)
            vs = m.start("value")
            if _LOGIN_WORD.search(keyword) and not _SECRET_WORD.search(keyword):
                # "the temporary login is erin.shah / Welkom2024!": a login names a user, and only the half
                # after the slash is secret
                pair = _LOGIN_PAIR.match(text, vs + len(value))
                if pair is None:
                    continue
                value, vs = pair.group("value").rstrip(_VALUE_TRAILER), pair.start("value")
            if value.endswith("!") and value[:-1].isdigit():
                value = value[:-1]
            if len(value) < 4 or _FILLER_WORDS.match(value):
                continue
            numeric_only = any(k in keyword for k in ("pin", "code", "otp", "puk", "رمز", "الرقم"))
            if numeric_only and not any(c.isdigit() for c in value):
                continue
            if not looks_like_secret_value(value):
                continue
            out.append(Entity("credential", vs, vs + len(value), value, 0.92, keyword))
        return out

    def _passports(self, text: str, ctx: _Context) -> list[Entity]:
        out: list[Entity] = []
        values = [m for m in _PASSPORT_VALUE.finditer(text)
                  if any(c.isalpha() for c in m.group()) or len(m.group()) >= 7]
        if not values or not ctx.has("passport"):
            return out
        for m in values:
            original = m.group()
            if ctx.nearest_kind(m.start(), m.end(), window=30) == "passport":
                out.append(Entity("passport", m.start(), m.end(), original, 0.9))
        return out

    def _dates_of_birth(self, text: str, ctx: _Context) -> list[Entity]:
        candidates = [(m.start(), m.end()) for m in _NUMERIC_DATE.finditer(text)]
        if _YEAR.search(text):  # every written-out date ends in a year
            candidates += [(m.start(), m.end()) for m in self.text_date().finditer(text)]
        out: list[Entity] = []
        if not candidates or not ctx.has("date_of_birth"):
            return out
        for s, e in candidates:
            if ctx.nearest_kind(s, e, window=35) == "date_of_birth" and _plausible_birth_year(text[s:e]):
                out.append(Entity("date_of_birth", s, e, text[s:e], 0.9))
        return out

    def _addresses(self, text: str, ctx: _Context, low: str) -> list[Entity]:
        out: list[Entity] = []
        patterns = []
        if self._street_before_number(text, low):
            patterns.append(self.address_nl())
        if _COMMA_POSTCODE.search(text):
            patterns.append(self.address_nl_plain())
        if self.en_street_word.search(text):
            patterns.append(self.address_en())
        if "Unit" in text or "Flat" in text or "Suite" in text or "Apt" in text or "Apartment" in text:
            patterns.append(self.address_unit())
        if _FRENCH_STREET_WORD.search(text):
            patterns.append(self.address_fr())
        if _UK_POSTCODE_GATE.search(text):
            patterns.append(self.address_uk_postcode())
        scans = [pattern.finditer(text) for pattern in patterns]
        if any(word in text for word in self.arabic_streets):
            alternatives = [a for a, needs in self.address_ar() if not needs or any(s in text for s in needs)]
            merged = merged_matches(alternatives, text)
            scans.append(merged if merged is not None else self.address_ar_joined().finditer(text))
        for scan in scans:
            for m in scan:
                if ctx.near("business_place", m.start(), m.end(), before=40):
                    continue
                if _CAMEL_CASE.search(m.group().split(None, 1)[0]):
                    continue  # 'IdeaPad 5', 'MacBook 14': a product's name in camel case, not a street ('Kerkpad 5')
                out.append(Entity("address", m.start(), m.end(), m.group(), 0.85))
        if "postcode" in low or "post code" in low or "zip" in low:
            for m in _OWN_POSTCODE.finditer(text):
                if not any(e.start <= m.start(1) < e.end for e in out):
                    out.append(Entity("address", m.start(1), m.end(1), m.group(1), 0.75))
        return out

    def _named_addresses(self, text: str, ctx: _Context, found: list[Entity]) -> list[Entity]:
        """Arabic addresses without a number: a district and a street (see address_ar_named)."""
        out: list[Entity] = []
        for m in self.address_ar_named().finditer(text):
            if ctx.near("business_place", m.start(), m.end(), before=40) or \
                    any(e.start < m.end() and m.start() < e.end for e in found):
                continue
            out.append(Entity("address", m.start(), m.end(), m.group(), 0.8))
        return out

    def _street_before_number(self, text: str, low: str) -> bool:
        """Whether some number follows a word ending in a street suffix ("Kerkstraat 9"): what
        address_nl needs, found from the (few) digits instead of trying it at every position."""
        if len(low) != len(text):
            return True  # a rare lower-casing that changes length: offsets would not line up
        for m in (_DIGIT_AFTER_SPACE_ASCII if text.isascii() else _DIGIT_AFTER_SPACE).finditer(text):
            k = m.start()
            while k > 0 and text[k - 1].isspace():
                k -= 1
            if low.endswith(self.street_suffixes, 0, k):
                return True
        return False

    def _ips(self, text: str, ctx: _Context) -> list[Entity]:
        out: list[Entity] = []
        patterns = [_IPV4] if _DIGIT_DOT_DIGIT.search(text) else []
        if _HEX_COLON_HEX.search(text):
            patterns.append(_IPV6)
        for pattern in patterns:
            for m in pattern.finditer(text):
                if checks.ip_ok(m.group()) and not _VERSION_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
                    if ctx.possible("server_address") and ctx.near("server_address", m.start(), m.end(), before=40):
                        continue  # "an A record pointing to 203.0.113.10": a server, set up on purpose
                    out.append(Entity("ip_address", m.start(), m.end(), m.group(), 0.9))
        return out


_CARD_GROUPS = {(4, 4, 4, 4), (4, 6, 5), (4, 4, 4, 4, 3), (4, 4, 4, 1)}


class _RunScanner:
    """Cards and national ids in one run of digit groups ("4539 5787 6362 1486 0612").

    The longest group window that is a plausible card is taken first, then both sides are searched
    again; what is left is searched for an identifier. Valid card windows are computed once per run
    and digit counts are prefix sums, so a run of thousands of numbers costs one pass per split
    instead of re-checking every window (it used to take a second on a 6 KB reply of digits)."""

    def __init__(self, scanner: PiiScanner, text: str, groups: list[tuple[int, int]], ctx: _Context):
        self.scanner, self.text, self.groups, self.ctx = scanner, text, groups, ctx
        self.before = [0]  # digits in groups[:k]
        for s, e in groups:
            self.before.append(self.before[-1] + e - s)
        self.cards: dict[int, list[tuple[int, int]]] = {}  # i -> [(digits, j)], longest first
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                total = self.before[j + 1] - self.before[i]
                if total > 19:
                    break
                if total >= 12 and checks.plausible_card(self._digits(i, j + 1)):
                    self.cards.setdefault(i, []).insert(0, (total, j))
        self.card_starts = sorted(self.cards)

    def _digits(self, i: int, j: int) -> str:
        return "".join(self.text[s:e] for s, e in self.groups[i:j])

    def split(self, lo: int, hi: int) -> list[Entity]:
        """Entities in groups[lo:hi]."""
        if lo >= hi:
            return []
        card = self._card_in(lo, hi)
        if card is not None:
            ent, i, j = card
            return self.split(lo, i) + [ent] + self.split(j + 1, hi)
        if lo == 0 and hi == len(self.groups):
            ent = self._unchecked_card()
            if ent is not None:
                return [ent]
        # an identifier is the whole run or, failing that, the longest run of whole groups in it that
        # validates ("SSN 536-22-8714 0": the trailing group is another number). No id has more than
        # _MAX_ID_DIGITS digits, so longer windows (and a run of hundreds of numbers) are never tried.
        groups, text = self.groups, self.text
        for size in range(min(hi - lo, _MAX_ID_DIGITS), 0, -1):
            for i in range(lo, hi - size + 1):
                if not 6 <= self.before[i + size] - self.before[i] <= _MAX_ID_DIGITS:
                    continue
                start, end = groups[i][0], groups[i + size - 1][1]
                nid = self.scanner._national_id(text, start, end, text[start:end], self._digits(i, i + size),
                                                self.ctx, part=size < hi - lo)
                if nid is not None:
                    return self.split(lo, i) + [nid] + self.split(i + size, hi)
        return []

    def _unchecked_card(self) -> Entity | None:
        """The whole run as a card number whose check digit fails: only in card groups (4-4-4-4, 4-6-5)
        right after a card word ("the card on file is 4929 1234 5678 9014")."""
        sizes = tuple(e - s for s, e in self.groups)
        if sizes not in _CARD_GROUPS or not checks.card_shaped(self._digits(0, len(self.groups))):
            return None
        start, end = self.groups[0][0], self.groups[-1][1]
        ctx = self.ctx
        card = ctx.before("card", start, 30)
        if card is None:
            return None
        other = ctx.before("not_card", start, 30)
        if other is not None and other < card:
            return None  # "card order 4929 ...": the nearer word names another number
        return Entity("credit_card", start, end, self.text[start:end], 0.8, "card number (its check digit does not match)")

    def _card_in(self, lo: int, hi: int) -> tuple[Entity, int, int] | None:
        """The longest plausible card window inside groups[lo:hi] (the first of equals)."""
        if self.before[hi] - self.before[lo] < 12:
            return None
        best: tuple[int, int, int] | None = None
        for i in self.card_starts[bisect_left(self.card_starts, lo):bisect_left(self.card_starts, hi)]:
            for total, j in self.cards[i]:
                if j < hi:
                    if best is None or total > best[0]:
                        best = (total, i, j)
                    break
        if best is None:
            return None
        ent = self.scanner._card(self.text, self.groups[best[1]][0], self.groups[best[2]][1], self.ctx)
        return (ent, best[1], best[2]) if ent is not None else None


# --------------------------------------------------------------------------- helpers


def _company_name(doc: ReplyDoc | None) -> str | None:
    name = doc.company.name if doc is not None else None
    return name.lower() if name and len(name) >= 3 else None


def _delivered_code(ctx: _Context, entity: Entity) -> bool:
    """A one-time code or PIN that the service's own text message delivers: the warning not to share it follows
    ('Ledgerly: your verification code is 482913. It expires in 10 minutes. Never share this code with anyone.').
    Only in an SMS: an agent who types a code into a chat or an e-mail gives away a login whatever warning comes
    with it ('Your PUK code is 84021937. Please keep it safe and don't share it with anyone.')."""
    return entity.type in ("credential", "card_security") and \
        ctx.index("code_notice").after(entity.end, _CODE_NOTICE_WITHIN) is not None


_CODE_NOTICE_WITHIN = 80  # characters between a code and the warning not to share it


def _company_account(text: str, ctx: _Context, start: int, end: int, company: str | None) -> bool:
    """The company's own account, which customers pay into: presented as such ('transfer to our account:',
    'ons rekeningnummer is'), or with the company's name next to it ('t.n.v. Webwinkel Noord')."""
    distance = ctx.before("company_account", start, 60)
    # (a line that ends in a colon goes on on the next: 'إلى حسابنا لدى البنك العربي:\nJO71 ...')
    if distance is not None and _SENTENCE_END.isdisjoint(_COLON_LINE.sub(":", text[start - distance:start])):
        return True
    if company is None:
        return False
    before, after = text[max(0, start - 40):start].lower(), text[end:end + 40].lower()
    # in the same sentence: the signature under the reply names the company too
    before = _LAST_SENTENCE.split(before)[-1]
    after = _LAST_SENTENCE.split(_ABBREVIATION.sub("", after), 1)[0]  # ("t.n.v. Webwinkel Noord")
    return company in before or company in after


def _is_arabic(word: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in word)


def _prompted_call(text: str, ctx: _Context, start: int) -> bool:
    """A call_prompt word opens its sentence, and only spaces or a colon stand between it and the number."""
    if not ctx.possible("call_prompt"):
        return False
    for s, e in ctx.spans("call_prompt"):
        if e <= start and not text[e:start].strip(" \t:"):
            before = text[:s].rstrip(" \t")
            return not before or before[-1] in ".!?؟\n"
    return False


class _Context:
    """Where the context words of each kind occur in one text (computed lazily)."""

    def __init__(self, text: str, scanners: dict[str, PhraseScanner]):
        self.text = text
        self.scanners = scanners
        self._spans: dict[str, list[tuple[int, int]]] = {}
        self._indexes: dict[str, SpanIndex] = {}

    def spans(self, kind: str) -> list[tuple[int, int]]:
        if kind not in self._spans:
            self._spans[kind] = self.scanners[kind].spans(self.text)
        return self._spans[kind]

    def index(self, kind: str) -> SpanIndex:
        idx = self._indexes.get(kind)
        if idx is None:
            idx = self._indexes[kind] = SpanIndex(self.spans(kind))
        return idx

    def has(self, kind: str) -> bool:
        return bool(self.spans(kind))

    def possible(self, kind: str) -> bool:
        """Whether a context word of this kind may occur (its gate, no scan)."""
        return self.scanners[kind].possible(self.text)

    def near(self, kind: str, start: int, end: int, before: int, after: int = 0) -> bool:
        return self.has(kind) and self.index(kind).near(start, end, before, after)

    def before(self, kind: str, start: int, within: int) -> int | None:
        """How far before ``start`` the nearest context word of ``kind`` ends, if within ``within``."""
        return self.index(kind).before(start, within) if self.has(kind) else None

    def leads(self, text: str, kind: str, start: int, within: int, barrier: Callable[[str], bool]) -> bool:
        """A context word of ``kind`` shortly before ``start`` with no character of ``text`` between them for
        which ``barrier`` holds (a sentence end: the word belongs to another sentence; a digit: to another
        number). ``text`` is the scanned text, or a copy of it with values already found blanked out."""
        distance = self.before(kind, start, within)
        return distance is not None and not any(map(barrier, text[start - distance:start]))

    def follows(self, text: str, kind: str, end: int, within: int, barrier: Callable[[str], bool]) -> bool:
        """:meth:`leads` after the value: a context word of ``kind`` shortly after ``end``, in the same
        sentence ("06-12345678 als je nummer")."""
        distance = self.index(kind).after(end, within) if self.has(kind) else None
        return distance is not None and not any(map(barrier, text[end:end + distance]))

    def nearest_kind(self, start: int, end: int, window: int = 40) -> str | None:
        """The kind of the closest context word before the value (or right after it)."""
        best: tuple[int, str] | None = None
        for kind in _VALUE_KINDS:
            if not self.has(kind):
                continue
            d = self.index(kind).before(start, window)
            if d is not None and (best is None or d < best[0]):
                best = (d, kind)
        if best is None:
            for kind in _VALUE_KINDS:
                if self.has(kind) and self.index(kind).after(end, 12) is not None:
                    return kind
            return None
        return best[1]


_LANGUAGE_REGION = {"nl": "NL", "en": "US", "ar": "SA", "de": "DE", "fr": "FR", "es": "ES", "it": "IT",
                    "pt": "PT", "tr": "TR"}


def _regions(doc: ReplyDoc | None) -> list[str]:
    regions: list[str] = []
    if doc is not None:
        for raw in [doc.customer.phone or "", *doc.company.contacts, doc.customer.email or ""]:
            # an international number names its region; an e-mail address or site its country's domain
            # ('rent@sayaratak.com.kw': a Kuwaiti company, whose technician's 8-digit mobile is Kuwaiti)
            region = _region_of(raw) or _region_of_domain(raw)
            if region and region not in regions and region != "ZZ":
                regions.append(region)
        lang_region = _LANGUAGE_REGION.get(doc.language or "")
        if lang_region and lang_region not in regions:
            regions.append(lang_region)
    for fallback in ("US", "GB", "NL"):
        if fallback not in regions:
            regions.append(fallback)
    return regions[:4]


@lru_cache(maxsize=1024)
def _region_of_domain(raw: str) -> str | None:
    """The region of an e-mail address's or web address's country domain ('.kw', '.co.uk'), if it has one."""
    if "." not in raw or " " in raw.strip():
        return None
    tld = raw.strip().rstrip("/").rsplit(".", 1)[-1].upper()
    tld = _DOMAIN_REGION.get(tld, tld)
    if len(tld) != 2 or not tld.isalpha() or tld in _GENERIC_COUNTRY_DOMAINS:
        return None
    return tld if phonenumbers.country_code_for_region(tld) else None


_DOMAIN_REGION = {"UK": "GB"}  # country domains that are not the region's ISO code
# country domains sold as generic ones ('.io', '.ai', '.co', '.me'): they say nothing of where a company is
_GENERIC_COUNTRY_DOMAINS = frozenset({"IO", "AI", "CO", "ME", "TV", "LY", "FM", "GG", "TO", "CC", "WS", "VC", "LA", "SO",
                                      "SH", "AC", "IM", "AM", "NU", "BZ", "MS", "PW", "TK", "ST"})


@lru_cache(maxsize=1024)
def _region_of(raw: str) -> str | None:
    """The region of an international number (the customer's and the company's numbers come with every
    reply; parsing one cost ~15 us)."""
    if not raw.strip().startswith("+"):
        return None
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(raw, None))
    except phonenumbers.NumberParseException:
        return None


_PHONE_GROUP_END = re.compile(r"\d(?=[ \-.)/]|$)")


_NO_TRUNK_PREFIX = frozenset({"KW", "QA", "BH", "OM"})  # regions whose numbers are dialled without a leading 0
# eight plain digits, or two groups of four ('9123 4567'), not inside a longer run of numbers (led by a digit: found in C)
_EIGHT_DIGITS = re.compile(r"\d(?<![\w+\-./]\d)(?<!\d[ \-]\d)\d{3}[ \-]?\d{4}(?![\w]|[\-./ ]\d)")
_MOBILE_TYPES = frozenset([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE])


def _local_mobile(digits: str, regions: list[str]) -> bool:
    """Whether eight plain digits are a mobile number of one of ``regions``."""
    for region in regions:
        try:
            number = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in _MOBILE_TYPES:
            return True
    return False


def _longest_phone(raw: str, regions: list[str]):
    """``(length, number)`` of the longest prefix of ``raw`` (ending at a digit group) that is a phone number."""
    ends = [m.end() for m in _PHONE_GROUP_END.finditer(raw)]
    for end in reversed(ends):
        prefix = raw[:end]
        digits = sum(ch.isdigit() for ch in prefix)
        if digits < 7:
            break
        if digits > 15:
            continue
        number = _parse_phone(prefix, regions)
        if number is not None:
            return end, number
    return None


_SERVICE_TYPES = frozenset([phonenumbers.PhoneNumberType.TOLL_FREE, phonenumbers.PhoneNumberType.PREMIUM_RATE,
                            phonenumbers.PhoneNumberType.SHARED_COST, phonenumbers.PhoneNumberType.UAN])


def _service_number(raw: str, number, regions: list[str]) -> bool:
    """Free-phone, premium-rate, shared-cost or universal access numbers (0800, 0900, 1-800): businesses
    have them, people do not. A national number may be one in any of the reply's regions ("0800 123 4567"
    is not a valid US number, but is a UK free-phone number)."""
    if phonenumbers.number_type(number) in _SERVICE_TYPES:
        return True
    if raw.startswith("+") or raw.startswith("00"):
        return False
    first = next((ch for ch in raw if ch.isdigit()), "")
    for region in regions:
        if not _national_form(first, region):
            continue  # "(917) 555-2143" is no UK number written nationally: those start with the trunk prefix 0
        try:
            other = phonenumbers.parse(raw, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(other) and phonenumbers.number_type(other) in _SERVICE_TYPES:
            return True
    return False


@lru_cache(maxsize=256)
def _national_form(first_digit: str, region: str) -> bool:
    """Whether a number starting with ``first_digit`` may be written nationally in ``region`` (the
    region has no trunk prefix, or the number starts with it)."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = metadata.national_prefix if metadata is not None else None
    return not prefix or prefix.startswith(first_digit)


def _parse_phone(raw: str, regions: list[str]):
    cleaned = raw
    international = cleaned.startswith("+") or cleaned.startswith("00")
    for region in ([None] if international else regions):
        try:
            number = phonenumbers.parse(cleaned if not cleaned.startswith("00") else "+" + cleaned[2:], region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return number
        # Unallocated or fictional ranges (555 numbers, new mobile blocks) written the way phone
        # numbers are written are still phone numbers in a reply.
        trunk = cleaned.lstrip("(").startswith("0") and not cleaned.startswith("00")
        if (international or trunk) and phonenumbers.is_possible_number(number) and sum(c.isdigit() for c in raw) >= 9:
            return number
    return None


def _plausible_birth_year(value: str) -> bool:
    import datetime as dt

    years = [int(y) for y in re.findall(r"\d{4}", value)]
    if not years:
        return True  # two-digit year: the context word decides
    year, this_year = max(years), dt.date.today().year
    # a Hijri year ('١٤٠٨/٠٥/١٢هـ', 1408 AH is 1987-88): the Hijri calendar counts 33 years to 32 Gregorian ones
    hijri_now = (this_year - 622) * 33 // 32
    return 1900 <= year <= this_year - 5 or 1320 <= year <= hijri_now - 5


def _resolve(entities: list[Entity]) -> list[Entity]:
    """Drop entities overlapping a more specific one."""
    rank = {t: i for i, t in enumerate(PRIORITY)}
    ordered = sorted(entities, key=lambda e: (rank.get(e.type, 99), -(e.end - e.start), e.start))
    kept: list[Entity] = []
    for ent in ordered:
        if any(ent.start < k.end and k.start < ent.end for k in kept):
            continue
        kept.append(ent)
    return sorted(kept, key=lambda e: (e.start, e.end))
