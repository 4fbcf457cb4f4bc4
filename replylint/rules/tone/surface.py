"""Tone rules that look at the surface of the text: capitals, punctuation,
and the greeting and sign-off an e-mail is expected to have."""

from __future__ import annotations

import re
from typing import Iterable

from ...document import ReplyDoc
from ...langdata import CorePack
from ...models import Category, Channel, Severity
from ...registry import register
from ..canned.placeholder import placeholders
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...textutil import phrase_regex
from .phrases import TonePack

_CAPS_WORD = re.compile(r"(?<![\w\-])[^\W\d_][^\W\d_'\-]*[^\W\d_](?![\w\-])")


# _CAPS_WORD without the common lower-case letters (ASCII and Latin-1): it finds every all-caps word,
# plus some words of other scripts (which the isupper() test that follows drops), so that most replies,
# which have fewer than two all-caps words, are ruled out without a Python loop over their words.
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff"
# Written first-character-first (the look-behind follows the first letter and looks one further back), so the
# engine jumps between candidate letters instead of trying a look-behind at every position: 1.5x faster.
_NO_LOWER_WORD = re.compile(rf"[^\W\d_{_LOWER}](?<![\w\-].)[^\W\d_'\-{_LOWER}]*[^\W\d_{_LOWER}](?![\w\-])")
_UNCASED_SCRIPTS = frozenset({"ar", "fa", "ur", "he", "zh", "ja", "ko", "th", "hi"})
_PLACEHOLDER_OPEN = tuple("[{<%|")
_PLACEHOLDER_CLOSE = tuple("]}>%|")


@register
class Shouting(Rule):
    meta = RuleMeta(
        id="tone.shouting",
        category=Category.TONE,
        severity=Severity.WARNING,
        summary="Runs of ALL-CAPS words; acronyms and codes (PIN, IBAN, SMS, UK, order ids) are not shouting.",
        rationale="Capitals read as shouting. One capitalised word for emphasis is fine; a capitalised sentence "
                  "is not.",
        use_instead="Write in sentence case; use bold or a short sentence for emphasis.",
        examples=(
            bad("That's not possible. YOU SIGNED THE CONTRACT!"),
            bad("Daar kunnen wij niks aan doen, DAT LIGT AAN DE BEZORGER.", "nl"),
            good("Your PIN and PUK are in the SMS we sent; the IBAN is on the invoice."),
            good("Please do NOT share your password."),
            good("Order RT-55812 ships via DHL to the UK today."),
            good("Dear [AGENT NAME], see the FAQ."),
            good("مرحباً أحمد، طلبك في الطريق.", "ar"),
        ),
    )

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        if doc.language in _UNCASED_SCRIPTS:
            return f"{doc.language!r} is written in a script without capital letters"
        return None

    def _acronyms(self, doc: ReplyDoc) -> frozenset[str]:
        def build(_: str) -> frozenset[str]:
            return frozenset(a.upper() for p in self.ctx.packs.all("tone") if isinstance(p, TonePack)
                             for a in p.acronyms)

        return self.per_language("*", build)

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.text
        if sum(1 for m in _NO_LOWER_WORD.finditer(text) if m.group().isupper()) < 2:
            return  # shouting takes at least two all-caps words
        acronyms = self._acronyms(doc)
        run: list[tuple[int, int, bool]] = []  # (start, end, is_acronym)

        def flush() -> Iterable[Hit]:
            shouted = [w for w in run if not w[2]]
            letters = sum(e - s for s, e, _ in shouted)
            if len(run) >= 2 and len(shouted) >= 2 and letters >= 6:
                start, end = run[0][0], run[-1][1]
                if not (text[max(0, start - 1):start].startswith(_PLACEHOLDER_OPEN)
                        or text[end:end + 1].startswith(_PLACEHOLDER_CLOSE)
                        # a message or label quoted as it is written: "the message 'ACCESS DENIED' means ..."
                        or text[max(0, start - 1):start] in _QUOTES and text[end:end + 1] in _QUOTES
                        or any(s < end and start < e for s, e, _ in placeholders(doc))  # "INSERT TEAM NAME"
                        # a payee as the statement prints it: "a payment of £120.00 to OCTOPUS ENERGY"
                        or _PAYEE_BEFORE.search(text, max(0, start - 80), start) is not None
                        # a payment reference as it was typed: "reference RENT MAY", "kenmerk HUUR MEI"
                        or _REFERENCE_BEFORE.search(text, max(0, start - 40), start) is not None):
                    yield Hit(start, end, "ALL-CAPS reads as shouting: write it in sentence case")

        last_end = 0
        for m in _CAPS_WORD.finditer(text):
            word = m.group()
            upper = word.isupper()
            if run and (not upper or "\n" in text[last_end:m.start()]):
                yield from flush()
                run = []
            if upper:
                # (a letter repeated, 'DD/MM/YYYY', 'XXX', is a mask, not a shouted word)
                run.append((m.start(), m.end(), word.upper() in acronyms or len(set(word)) == 1
                            or _unlisted_short(doc, word)))
            last_end = m.end()
        if run:
            yield from flush()


def _unlisted_short(doc: ReplyDoc, word: str) -> bool:
    """A short capitalised word the language's word list does not hold is an acronym or a product's name
    ('SAML SSO', 'CRM'), however many there are: shouted words are words ('READ', 'NOW', 'NOOIT')."""
    if len(word) > 5 or doc.language not in ("en", "nl") or not word.isascii():
        return False
    from ..typo.rules import word_frequency

    return word_frequency(doc, word) == 0


_QUOTES = frozenset("'\"‘’“”«»„‚")
_PAYEE_BEFORE = re.compile(
    r"(?i)(?:payment|charge|charged|transaction|purchase|debit|direct\s+debit|standing\s+order|transfer|refund|"
    r"betaling|afschrijving|overboeking|incasso|terugbetaling|[£$€]\s?\d[\d.,]*|\d[\d.,]*\s?(?:EUR|GBP|USD))"
    r"[^.!?\n]{0,40}?\b(?:to|from|at|by|aan|van|bij|naar)\s+\Z")
_REFERENCE_BEFORE = re.compile(
    r"(?i)\b(?:reference|ref|payment\s+reference|referentie|betalingskenmerk|kenmerk|omschrijving|"
    r"onder\s+vermelding\s+van|description|memo)\s*[:.]?\s*['\"‘“]?\Z")
_PUNCT_RUN = re.compile(r"[!?؟]{2,}")
_PUNCT_PAIRS = ("!!", "??", "!?", "?!")


@register
class ExcessivePunctuation(Rule):
    meta = RuleMeta(
        id="tone.excessive_punctuation",
        category=Category.TONE,
        severity=Severity.WARNING,
        summary="Repeated exclamation and question marks: '!!', '???', '?!?!', '؟؟'.",
        rationale="Stacked punctuation reads as anger or exasperation in a written reply.",
        use_instead="One '!' or '?' is enough.",
        examples=(
            bad("YOU SIGNED THE CONTRACT!!!"),
            bad("Why would you do that???"),
            bad("Waarom?!?!", "nl"),
            bad("لماذا؟؟", "ar"),
            good("Thanks for your patience!"),
            good("Wait, really?!"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        text = doc.text
        # (a run of two holds one of these pairs: four string searches rule out most replies, where the
        # expression, which starts with a character class, was tried at every character)
        if "؟" not in text and not any(pair in text for pair in _PUNCT_PAIRS):
            return
        for m in _PUNCT_RUN.finditer(text):
            if m.group() in ("?!", "!?") or _inside_code(text, m.start(), m.end()):
                continue
            yield Hit(m.start(), m.end(), f"'{m.group()}': use a single mark")


def _inside_code(text: str, start: int, end: int) -> bool:
    """Whether the marks belong to a code or password ('Zomer2024!!', '78K!!s1u'): a token of six or more
    characters that mixes letters and digits. Nobody shouts with a password."""
    lo, hi = start, end
    while lo > 0 and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    token = text[lo:start] + text[end:hi]
    # ('5pm!!' is a time, and shouted)
    return len(token) >= 6 and any(ch.isdigit() for ch in token) and any(ch.isalpha() for ch in token)


# --------------------------------------------------------------------------- greeting / sign-off


def _core(doc: ReplyDoc) -> CorePack | None:
    pack = doc.pack("core")
    return pack if isinstance(pack, CorePack) else None


class _EmailFrame(Rule):
    """Shared helpers: only e-mail replies are expected to open and close with a formula."""

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        if doc.channel is not Channel.EMAIL:
            return "only e-mail replies are expected to have a greeting and a sign-off"
        if doc.template:
            return "template mode"
        if _core(doc) is None:
            return f"no greeting/sign-off data for language {doc.language!r}"
        return None

    @staticmethod
    def _lines(text: str) -> list[tuple[int, int]]:
        out, pos = [], 0
        for line in text.split("\n"):
            if line.strip():
                lead = len(line) - len(line.lstrip())
                out.append((pos + lead, pos + len(line.rstrip())))
            pos += len(line) + 1
        return out


@register
class MissingGreeting(_EmailFrame):
    meta = RuleMeta(
        id="tone.missing_greeting",
        category=Category.TONE,
        severity=Severity.INFO,
        summary="An e-mail reply that does not open with a greeting (chat and SMS replies need none).",
        rationale="An e-mail without a greeting reads as curt; a greeting with the customer's name reads as personal.",
        languages=("en", "nl", "ar"),
        examples=(
            bad("Your refund was processed today.\n\nKind regards,\nTom", channel="email"),
            bad("Je terugbetaling is vandaag verwerkt.\n\nGroet,\nSanne", "nl", channel="email"),
            bad("تم استرداد المبلغ اليوم.\n\nمع التحية،\nفريق خدمة العملاء", "ar", channel="email"),
            good("Hi Maria,\n\nYour refund was processed today.\n\nKind regards,\nTom", channel="email"),
            good("Your refund was processed today.", channel="chat"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        core = _core(doc)
        lines = self._lines(doc.text)
        if not lines or core is None:
            return
        greetings = phrase_regex([*core.greetings, *core.greetings_with_name])
        start, end = lines[0]
        first = doc.text[start:end]
        if greetings is not None and greetings.match(first):
            return
        yield Hit(start, end, "e-mail reply without a greeting: open with the customer's name")


@register
class MissingSignoff(_EmailFrame):
    meta = RuleMeta(
        id="tone.missing_signoff",
        category=Category.TONE,
        severity=Severity.INFO,
        summary="An e-mail reply that does not close with a sign-off (chat and SMS replies need none).",
        rationale="An e-mail that just stops reads as cold; a sign-off with a name tells the customer who helped.",
        languages=("en", "nl", "ar"),
        examples=(
            bad("Hi Maria,\n\nYour refund was processed today.", channel="email"),
            bad("Beste Jan,\n\nJe pakket is onderweg.", "nl", channel="email"),
            bad("عزيزي يوسف،\n\nتم تحويل المبلغ.", "ar", channel="email"),
            good("Hi Maria,\n\nYour refund was processed today.\n\nKind regards,\nTom", channel="email"),
            good("Beste Jan,\n\nJe pakket is onderweg.\n\nMet vriendelijke groet,\nSanne", "nl", channel="email"),
            good("Hi Maria, your refund was processed today.", channel="chat"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        core = _core(doc)
        lines = self._lines(doc.text)
        if len(lines) < 2 or core is None:
            return
        signoffs = phrase_regex(core.signoffs)
        tail = lines[-3:]
        if signoffs is not None and any(signoffs.search(doc.text[s:e]) for s, e in tail):
            return
        start, end = lines[-1]
        yield Hit(start, end, "e-mail reply without a sign-off: close with a greeting and your name")
