"""``pii.pii_request``: the reply asks the customer to send sensitive data.

Agents under pressure ask for a card number "just to check" in chat. The rule
looks, per sentence, for a sensitive item (card number, CVV, PIN, password,
BSN/SSN, passport scan…) together with a request (an imperative, "could
you", "please", a question about "your …"), and then rules out what is not a
request over this channel: negation in the same clause ("we will never ask
for your PIN", "stuur je pincode nooit"), a pointer to a secure channel
("on our secure payment page", "bel ons"), or only part of the value
("the last four digits").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Iterable

from ...document import ReplyDoc
from ...langdata import CorePack
from ...models import Category, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...textutil import Gate, PhraseScanner, gate_open, gate_words, phrase_regex, with_possessive_forms
from .pack import PiiPack

_CLAUSE_BREAK = re.compile(r"[,;:،؛]|\s(?:but|maar|and then|en dan|لكن)\s")
# "let us know if your new password works" asks whether, not what: a cue followed by a conjunction asks nothing
_CONDITIONAL = re.compile(r"\s+(?:if|whether|when|once|as soon as|of|als|wanneer|zodra|إذا|اذا|عندما|هل)(?!\w)",
                          re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")
_SECOND_PERSON = re.compile(r"(?i)(?<!\w)(?:your|you|je|jouw|uw|u)(?!\w)|[\u0600-\u06ff]+(?:ك|كِ|كم)(?!\w)")
_ITEM_LABELS = {"card_number": "card number", "card_security": "card security code", "pin": "PIN",
                "password": "password or login code", "national_id": "national identity number",
                "passport": "passport or ID document", "bank_login": "bank login details"}


@dataclass
class _Vocab:
    items: list[tuple[str, re.Pattern[str], Gate | None]]  # per kind: its words, and their gate
    cues: re.Pattern[str] | None
    weak_cues: re.Pattern[str] | None
    negations: re.Pattern[str] | None
    in_place: re.Pattern[str] | None
    safe: re.Pattern[str] | None
    here: re.Pattern[str] | None
    needless: re.Pattern[str] | None
    in_person: re.Pattern[str] | None
    partial: re.Pattern[str] | None
    offers: re.Pattern[str] | None
    not_items: re.Pattern[str] | None
    anaphors: re.Pattern[str] | None
    function_words: frozenset[str]  # an anaphor followed by another word is a determiner ('both screenshots')
    any_item: PhraseScanner | None = None  # every item word at once: most replies ask for nothing


@register
class PiiRequest(Rule):
    meta = RuleMeta(
        id="pii.pii_request",
        category=Category.PII,
        severity=Severity.ERROR,
        summary="The reply asks the customer to send a card number, CVV, PIN, password, national id or passport "
                "over this written channel.",
        rationale="Whatever the customer types in reply to this stays in chat logs and mailboxes: card data may "
                  "never be collected this way (PCI-DSS) and identity documents need a secure upload. It also "
                  "trains customers to fall for phishing.",
        use_instead="Send the secure payment or upload link, or ask the customer to call; ask only for the last "
                    "four digits when you need to identify a card.",
        languages=("en", "nl", "ar"),
        examples=(
            bad("No problem. Please type your full card number and the 3-digit security code here in the chat."),
            bad("Could you send me a photo of your passport?"),
            bad("What's your PIN?"),
            bad("Stuur mij hier in de chat even je burgerservicenummer en een foto van je paspoort.", "nl"),
            bad("Kunt u uw creditcardnummer en de cvc-code doorgeven?", "nl"),
            bad("من فضلك أرسلي لي رقم الهوية الوطنية ورقم البطاقة كاملاً هنا في المحادثة.", "ar"),
            good("We will never ask for your PIN or password."),
            good("Please confirm the last four digits of your card."),
            good("Please enter your card number on our secure payment page."),
            good("Stuur je pincode nooit naar iemand, ook niet naar ons.", "nl"),
            good("لا ترسل رقم بطاقتك لأي شخص.", "ar"),
            good("Could you send us a DM with your account email?"),
        ),
    )

    def _vocab(self, language: str) -> _Vocab:
        packs = self.ctx.packs
        pack = packs.get("pii", language)
        chosen = [pack] if isinstance(pack, PiiPack) and pack.request.items else \
            [p for p in packs.all("pii") if isinstance(p, PiiPack)]
        kinds = sorted({k for p in chosen for k in p.request.items})
        words = {k: with_possessive_forms(w for p in chosen for w in p.request.items.get(k, [])) for k in kinds}
        items = [(k, phrase_regex(words[k]), gate_words(words[k])) for k in kinds]
        return _Vocab(
            any_item=PhraseScanner(w for kind_words in words.values() for w in kind_words),
            items=[(k, r, g) for k, r, g in items if r is not None],
            cues=phrase_regex(w for p in chosen for w in p.request.cues),
            weak_cues=phrase_regex(w for p in chosen for w in p.request.weak_cues),
            negations=phrase_regex(w for p in chosen for w in p.request.negations),
            in_place=phrase_regex(w for p in chosen for w in p.request.in_place),
            safe=phrase_regex(w for p in chosen for w in p.request.safe_channels),
            here=phrase_regex(w for p in chosen for w in p.request.here),
            needless=phrase_regex(w for p in chosen for w in p.request.needless),
            in_person=phrase_regex(w for p in chosen for w in p.request.in_person),
            partial=phrase_regex(w for p in chosen for w in p.request.partial),
            offers=phrase_regex(w for p in chosen for w in p.request.offers),
            not_items=phrase_regex(w for p in chosen for w in p.request.not_items),
            anaphors=phrase_regex(w for p in chosen for w in p.request.anaphors),
            function_words=frozenset(w.lower() for p in chosen for core in [packs.get("core", p.language)]
                                     if isinstance(core, CorePack) for w in core.stopwords),
        )

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        return None  # falls back to every language's vocabulary

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        vocab = self.per_language(doc.language or "*", self._vocab)
        text = doc.text
        if vocab.any_item is None:
            return
        items = [start for start, _ in vocab.any_item.spans(text)]
        if not items:
            return
        # the kinds a sentence is scanned for: those whose words the reply has (a gate never hides a match)
        open_kinds = [(k, pattern) for k, pattern, gate in vocab.items if gate_open(gate, text)]
        where = f" over {doc.channel.value.replace('_', ' ')}" if doc.channel else " in a written reply"
        # items the sentence before named without asking for them: "I still need your passport number. You can
        # reply to this email with both." asks in the second sentence for what the first names
        before: tuple[int, int] | None = None  # the sentence before, when it names items and asks for none
        for s, e in doc.sentences:
            k = bisect_left(items, s)
            if k == len(items) or items[k] >= e:  # no sensitive item in this sentence
                if before is not None and _asks_for_them(text[s:e], vocab):
                    named = self._named(text, before, vocab, open_kinds)  # (looked at only now: it is rare)
                    if named is not None:
                        yield self._hit(named[0], s + len(text[s:e].rstrip(" .!?؟")), named[1], where)
                before = None
                continue
            sentence = text[s:e]
            hit = self._sentence(sentence, vocab, open_kinds)
            if hit is None and _points_to_safe(sentence, vocab):
                hit = self._alternative(sentence, vocab, open_kinds)
            if hit is None:
                before = (s, e)
                continue
            before = None
            yield self._hit(s + hit[0], s + len(sentence.rstrip(" .!?؟")), hit[1], where)

    def _alternative(self, sentence: str, vocab: _Vocab,
                     kinds: list[tuple[str, re.Pattern[str]]]) -> tuple[int, list[str]] | None:
        """A request in an alternative after 'or' of a sentence that also names a safe channel: 'pay in the app,
        or send me the card number and the PIN here' offers this channel too (round qb); each alternative is
        judged on its own."""
        for m in _ALTERNATIVE.finditer(sentence):
            hit = self._sentence(sentence[m.end():], vocab, kinds)
            if hit is not None:
                return m.end() + hit[0], hit[1]
        return None

    def _named(self, text: str, span: tuple[int, int], vocab: _Vocab,
               kinds: list[tuple[str, re.Pattern[str]]]) -> tuple[int, list[str]] | None:
        """Where the items a sentence names (in full, not negated, not acted on where they are) start, and
        their kinds; None when it names none or points to a safe channel."""
        s, e = span
        sentence = text[s:e]
        if _points_to_safe(sentence, vocab):
            return None
        found = [f for f, acted in zip(*self._items(sentence, vocab, kinds)) if not acted]
        return (s + min(f[0] for f in found), [f[2] for f in sorted(found)]) if found else None

    @staticmethod
    def _hit(start: int, end: int, kinds: list[str], where: str) -> Hit:
        labels = ", ".join(dict.fromkeys(_ITEM_LABELS.get(k, k) for k in kinds))
        message = f"the reply asks the customer to send their {labels}{where}: use a secure link or the phone"
        return Hit(start, end, message,
                   suggestions=["Send the secure payment/upload link instead, or ask for the last four digits only."])

    @staticmethod
    def _items(sentence: str, vocab: _Vocab,
               kinds: list[tuple[str, re.Pattern[str]]]) -> tuple[list[tuple[int, int, str]], list[bool]]:
        """The sensitive items a sentence names in full and not negated, and per item whether a verb in its
        clause acts on it where it is."""
        found: list[tuple[int, int, str]] = []
        in_place: list[bool] = []
        other = [(m.start(), m.end()) for m in vocab.not_items.finditer(sentence)] if vocab.not_items else []
        for kind, pattern in kinds:
            for m in pattern.finditer(sentence):
                if kind not in _WHOLE_SECRETS and vocab.partial and \
                        vocab.partial.search(sentence[max(0, m.start() - 30):m.start()]):
                    continue  # 'the last 4 digits of your card' identifies; part of a password still opens the account
                if other and any(a <= m.start() and m.end() <= b for a, b in other):
                    continue  # 'why the pin keeps landing in the wrong spot' (on a map), 'كارت الشحن' (a top-up card)
                if vocab.offers is not None and _offered(sentence, m.start(), vocab.offers):
                    continue  # 'and I'll text you a verification code': the company sends it
                if _VALUE_AFTER.match(sentence, m.end()):
                    continue  # 'كود الباب ٤٤٧١، ادخل مباشرة', 'the door code is 4471': given, not asked for
                lo, hi = _clause(sentence, m.start(), m.end())
                if vocab.negations is not None and _negated_item(sentence, m, lo, hi, vocab.negations, kinds):
                    continue  # negation anywhere in its clause (Dutch puts 'niet'/'nooit' after the object)
                found.append((m.start(), m.end(), kind))
                in_place.append(vocab.in_place is not None and vocab.in_place.search(sentence, lo, hi) is not None)
        return found, in_place

    def _sentence(self, sentence: str, vocab: _Vocab,
                  kinds: list[tuple[str, re.Pattern[str]]]) -> tuple[int, list[str]] | None:
        # a request needs a cue ("please send", "could you") or a question to the customer, and no pointer
        # to a safe channel; those tests come first, as most sentences naming a card or a number ask nothing
        cues = _cue_starts(vocab.cues, sentence)
        if cues and vocab.negations is not None:
            # a negated request verb asks for nothing: 'Je hebt haar BSN nodig, maar dat vul je daar zelf in;
            # stuur het niet via de chat'
            cues = [c for c in cues if not _negated_cue(sentence, c, vocab.negations)]
        weak = _cue_starts(vocab.weak_cues, sentence)
        question = sentence.rstrip().endswith(("?", "؟")) and _SECOND_PERSON.search(sentence)
        if not cues and not weak and not question:
            return None
        if _points_to_safe(sentence, vocab):
            return None
        if not cues and vocab.in_person is not None and vocab.in_person.search(sentence):
            return None  # 'please (bring) your licence and passport at pickup': shown in person, not sent
        found, in_place = self._items(sentence, vocab, kinds)
        if not found:
            return None
        # "please", "could you" ask for an item only in its clause: "the password you use is wrong, please
        # reset it" asks for nothing; nor do they, or a question, with a verb that acts on the item where it
        # is ("please reset your password", "wil je je wachtwoord wijzigen?")
        found_weak = [f for f, acted in zip(found, in_place) if not acted] if any(in_place) else found
        cues += [w for w in weak if any(_same_clause(sentence, w, f[0]) for f in found_weak)]
        if not cues and not (question and found_weak):
            return None
        start = min([*cues, *(f[0] for f in found)]) if cues else min(f[0] for f in found)
        return start, [f[2] for f in sorted(found)]


def _points_to_safe(sentence: str, vocab: _Vocab) -> bool:
    """Whether the sentence sends the customer to a safe channel ('in the app', 'visit a branch'), not
    one that says it is not needed ('..., dan hoef je niks mee te nemen')."""
    if vocab.safe is None:
        return False
    for m in vocab.safe.finditer(sentence):
        if vocab.needless is not None and vocab.needless.search(sentence, max(0, m.start() - _NEEDLESS_WINDOW),
                                                                m.start()) is not None:
            continue
        here = vocab.here.search(sentence, max(0, m.start() - _HERE_WINDOW), m.end() + _HERE_WINDOW) \
            if vocab.here is not None else None
        if here is not None and (vocab.negations is None or vocab.negations.search(
                sentence, max(0, here.start() - _HERE_WINDOW), here.start()) is None):
            continue  # 'hier in de app', 'في التطبيق هنا': the app is where the customer reads this reply (not
            # 'dat doen we liever niet hier in de app')
        return True
    return False


# an item's value right after it, or after one word ('the door code is 4471', 'كود الباب ٤٤٧١'): the reply gives
# the item (pii's entity rules report the value), it does not ask for it
_VALUE_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]{2,})?[ \t]*(?:(?:is|are|was|luidt|is nu|هو|هي)[ \t]+)?[:=]?[ \t]*"
                          r"[\d٠-٩](?:[\d٠-٩ -]?[\d٠-٩]){2,}(?![\w])")

# 'or' between two ways of doing a thing (not Dutch 'of', which is also 'whether': 'vraag of je ...')
_ALTERNATIVE = re.compile(r"(?:[,،;]\s*|\s)(?:or|or else|أو|او|وإلا|والا|anders|ofwel)\s+", re.IGNORECASE)
_NEEDLESS_WINDOW = 20  # characters before a safe channel in which a needless word unsays it
_HERE_WINDOW = 6  # characters either side of a safe channel in which 'here' makes it this channel


def _asks_for_them(sentence: str, vocab: _Vocab) -> bool:
    """Whether a sentence asks, with a request verb, for what an anaphor points back to ("reply with both",
    "send them over"), over this channel and not negated."""
    if vocab.anaphors is None or vocab.cues is None or not vocab.anaphors.search(sentence):
        return False
    if _points_to_safe(sentence, vocab) or (vocab.negations and vocab.negations.search(sentence)):
        return False
    for cue in _cue_starts(vocab.cues, sentence):
        for m in vocab.anaphors.finditer(sentence, cue, cue + 40):
            nxt = _NEXT_WORD.match(sentence, m.end())
            if nxt is None or nxt.group(1).lower() in vocab.function_words:
                return True
    return False


def _negated_item(sentence: str, item: re.Match[str], lo: int, hi: int, negations: re.Pattern[str],
                  kinds: list[tuple[str, re.Pattern[str]]]) -> bool:
    """Whether a negation in the item's clause (``lo:hi``) negates it: one before it, or one after it that no other
    item follows closely ('stuur je pincode nooit door'; in 'send us your card number and not your PIN' the 'not'
    is the PIN's)."""
    for neg in negations.finditer(sentence, lo, hi):
        if neg.start() < item.start():
            return True
        after = sentence[neg.end():min(hi, neg.end() + _NEGATED_ITEM_WITHIN)]
        if not any(pattern.search(after) for _, pattern in kinds):
            return True
    return False


_NEGATED_ITEM_WITHIN = 15  # characters after a negation in which the item it negates begins ('not your PIN')


def _negated_cue(sentence: str, cue: int, negations: re.Pattern[str]) -> bool:
    """Whether a negation stands right before or shortly after the request verb at ``cue``, in its clause ('stuur
    het niet via de chat', "don't send"; not the 'not' of 'send us your card number and not your PIN')."""
    lo, hi = _clause(sentence, cue, cue + 1)
    return negations.search(sentence, max(lo, cue - _NEGATION_BEFORE), min(hi, cue + _NEGATION_AFTER)) is not None


_NEGATION_BEFORE, _NEGATION_AFTER = 12, 20  # characters around a request verb in which a negation unsays it


def _offered(sentence: str, start: int, offers: re.Pattern[str]) -> bool:
    """Whether the item at ``start`` is what the company gives: an offer verb ends at most a few words before
    it ('we'll text you a one-time code', 'ik stuur je een verificatiecode', 'وببعتلك كود')."""
    for m in offers.finditer(sentence, max(0, start - _OFFER_WINDOW), start):
        if len(sentence[m.end():start].split()) <= _OFFER_WORDS:
            return True
    return False


_OFFER_WINDOW = 40  # characters before an item in which an offer verb is looked for
_OFFER_WORDS = 3  # words at most between the offer verb and the item ('a new one-time', 'een nieuwe')


_WHOLE_SECRETS = frozenset({"password", "pin"})  # item kinds that a part of is still a secret


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of ``sentence`` that holds ``start:end`` (between clause breaks)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence, 0, start)]
    nxt = _CLAUSE_BREAK.search(sentence, end)
    return (breaks[-1] if breaks else 0), (nxt.start() if nxt else len(sentence))


def _cue_starts(cues: re.Pattern[str] | None, sentence: str) -> list[int]:
    """Where the cues start, leaving out those followed by a conjunction ("let us know if") and those whose
    subject is the company ("dan sturen we je een sms", "we'll send you a link"): we send, they do not."""
    if cues is None:
        return []
    return [m.start() for m in cues.finditer(sentence) if not _CONDITIONAL.match(sentence, m.end())
            and not _WE_AFTER.match(sentence, m.end())
            and not _WE_BEFORE.search(sentence, max(0, m.start() - _WE_WINDOW), m.start())
            and not _NOUN_BEFORE.search(sentence, max(0, m.start() - _WE_WINDOW), m.start())]


# the company as the subject of a request verb: after it (Dutch inversion, 'dan sturen we je') or just before it
_WE_AFTER = re.compile(r"\s+(?:we|wij|ik)(?!\w)", re.IGNORECASE)
_WE_BEFORE = re.compile(r"(?<!\w)(?:we|wij|ik|i|we'll|we’ll|i'll|i’ll)(?:\s+(?:will|can|shall|zullen|zal|kunnen|kan))?"
                        r"\s+$"
                        # Arabic, where 'أرسل' is both 'send!' and 'I send': 'أقدر أرسل لك رقم سري مؤقت' (I can send you a
                        # temporary PIN), 'رح أرسل لك'
                        r"|(?<!\w)(?:أقدر|اقدر|بقدر|نقدر|بنقدر|أستطيع|استطيع|نستطيع|يمكنني|يمكننا|خليني|خلني|دعني|دعنا|"
                        r"أنا|انا|احنا|نحن|راح|رح|سوف|بنقوم\s+ب|سأقوم\s+ب|سنقوم\s+ب)\s+$", re.IGNORECASE)
# a cue used as a noun asks for nothing: 'let op bij het intypen van uw pincode', 'the mail with your PIN letter'
_NOUN_BEFORE = re.compile(r"(?<!\w)(?:(?:bij|na|voor|met|tijdens|van|door)\s+het|the)\s+$", re.IGNORECASE)
_WE_WINDOW = 40  # characters before a cue in which its subject or article is looked for (the longest form is ~15)


def _same_clause(sentence: str, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return _CLAUSE_BREAK.search(sentence, lo + 1, hi) is None
