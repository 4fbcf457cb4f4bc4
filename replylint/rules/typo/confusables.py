"""``typo.confused_word``: real words in the wrong place ('could of', 'more then 30 days', 'its a').

A spelling list cannot see these: 'of', 'then', 'its' and 'cant' are all
words. What gives them away is a neighbour, so each entry of a typo pack's
``confused_words`` is a regular expression over the words around the slip,
with the slip itself in the group ``word`` and what to write instead.
Entries are written for precision: 'later then' is left alone ('if it takes
longer then we refund you' is right), 'more then 30 days' is not.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...document import ReplyDoc
from ...models import Category, Fix, Severity
from ...prefilter import literal_first
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...textutil import text_lower, text_words, whole_word_occurrences
from .speller import TypoPack, match_case

_GROUP = re.compile(r"\(\?P<word>([^()]*)\)")
_PLAIN_ALTERNATIVES = re.compile(r"[\w'’]+(?:\|[\w'’]+)*")
_LEADING_WORDS = re.compile(r"\\b\(\?:([^()]*)\)")
_FIRST_WORD = re.compile(r"[\w'’]+")
_APOSTROPHE = re.compile(r"['’]")
_FOLLOWING_WORDS = re.compile(r"\(\?P<word>[^()]*\)\\s\+\(\?=\(\?:([^()]*)\)\\b\)\Z")
_PLAIN_WORD = re.compile(r"[\w'’-]+")
_RUN_WORD = re.compile(r"\w+")
_NEXT = re.compile(r"\s+([\w'’-]+)")
_WINDOW_BEFORE, _WINDOW_AFTER = 30, 40  # characters around a trigger word that an entry may read


class _Entry:
    """One ``confused_words`` entry, matched only around its trigger words (the words of its ``word``
    group): one scan of the whole reply per entry cost more than the rest of the typo rules together."""

    __slots__ = ("regex", "lower", "triggers", "requires", "follows", "follows_gate", "use", "note")
    # triggers: (the word, the part of it before an apostrophe, which is what the reply's word set holds)

    def __init__(self, pattern: str, use: str | dict[str, str], note: str):
        self.regex = re.compile(pattern, re.IGNORECASE)
        # for the lower-cased text (the pack's words are lower case), led by its first word where it can be
        self.lower = re.compile(literal_first(pattern))
        group = _GROUP.search(pattern)
        body = group.group(1) if group else ""
        self.triggers = tuple((w.lower(), _APOSTROPHE.split(w.lower())[0]) for w in body.split("|")) \
            if _PLAIN_ALTERNATIVES.fullmatch(body) else None
        # an entry that opens with a list of words ('\\b(?:could|would|should)\\s+...') needs one of them in
        # the reply too: 'of' and 'to' are in every reply, 'could' and 'is ... too' narrow it down
        lead = _LEADING_WORDS.match(pattern)
        firsts = [_FIRST_WORD.match(alt) for alt in lead.group(1).split("|")] if lead else [None]
        self.requires = frozenset(m.group().lower() for m in firsts) if all(firsts) else None
        # an entry whose slip is followed only by a list of words ('your\\s+(?=(?:going|not|...)\\b)') is
        # tried only where one of them follows: 'your' is in nearly every reply
        follow = _FOLLOWING_WORDS.search(pattern) if group and pattern.endswith(")") else None
        words = follow.group(1).split("|") if follow else []
        self.follows = frozenset(w.lower() for w in words) if words and all(map(_PLAIN_WORD.fullmatch, words)) \
            else None
        # ... and not at all when none of them is among the reply's words (which are \w+ runs: only for such words):
        # the Dutch 'u' before a noun would otherwise walk every 'u' of a formal reply
        self.follows_gate = self.follows if self.follows is not None and all(map(_RUN_WORD.fullmatch, self.follows)) \
            else None
        self.use = {k.lower(): v for k, v in use.items()} if isinstance(use, dict) else use
        self.note = note


class _Compiled:
    def __init__(self, pack: TypoPack):
        self.entries = [_Entry(e.pattern, e.use, e.note) for e in pack.confused_words]

    def slips(self, text: str) -> Iterable[tuple[int, int, str, str]]:
        words = text_words(text)
        low = text_lower(text)
        aligned = len(low) == len(text)
        found: dict[tuple[int, int], tuple[str, str]] = {}
        for entry in self.entries:
            if entry.requires is not None and entry.requires.isdisjoint(words) or \
                    entry.follows_gate is not None and entry.follows_gate.isdisjoint(words):
                continue
            if entry.triggers is None or not aligned:
                matches = list(entry.regex.finditer(text))  # (an entry whose group is no list of words)
            else:
                present = [w for w, head in entry.triggers if head in words]
                follows = entry.follows
                matches = [m for w in present for pos in whole_word_occurrences(low, w)
                           if follows is None or _followed_by(low, pos + len(w), follows)
                           for m in entry.lower.finditer(low, max(0, pos - _WINDOW_BEFORE), pos + len(w) + _WINDOW_AFTER)
                           if m.start("word") == pos]
            for m in matches:
                written = text[m.start("word"):m.end("word")]
                use = entry.use
                right = use.get(written.lower()) if isinstance(use, dict) else use
                if right:
                    found.setdefault(m.span("word"), (match_case(right, written), entry.note))
        for (start, end), (right, note) in sorted(found.items()):
            yield start, end, right, note


def _followed_by(low: str, pos: int, words: frozenset[str]) -> bool:
    m = _NEXT.match(low, pos)
    return m is not None and m.group(1) in words


def _slips(doc: ReplyDoc) -> list[tuple[int, int, str, str]]:
    """``(start, end, right, note)`` of the confused words the reply's language pack names, found once per reply
    (typo.confused_word reports them; :func:`slip_spans` lends them to other families), with the pack's entries
    compiled once per pack store."""
    def find() -> list[tuple[int, int, str, str]]:
        language = doc.language or ""
        pack = doc.packs.get("typo", language) if language else None
        if not isinstance(pack, TypoPack) or not pack.confused_words:
            return []
        return list(doc.packs.derived(("typo.confused_words", language), lambda: _Compiled(pack)).slips(doc.text))

    return doc.memo("typo.slips", find)


def slip_spans(doc: ReplyDoc) -> frozenset[tuple[int, int]]:
    """Where the reply holds a confused word. For other families: 'Je kunt u factuur indienen' holds a slip for
    'uw', not a formal 'u' in an informal reply (``tone.inconsistent_formality`` leaves it to this rule)."""
    return frozenset((start, end) for start, end, _, _ in _slips(doc))


@register
class ConfusedWord(Rule):
    meta = RuleMeta(
        id="typo.confused_word",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="Real words in the wrong place, found by their neighbours: 'could of' (have), 'more then 30 days' "
                "(than), 'its a' (it's), 'we cant' (can't); Dutch 'meer als verwacht' (dan), 'hun hebben' (zij); Arabic "
                "'انشاء الله' (إن شاء الله).",
        rationale="No word list catches them, since every word is spelt right, and readers notice them as quickly "
                  "as any typo.",
        use_instead="Use the suggested word.",
        fix="unsafe",
        languages=("en", "nl", "ar"),
        examples=(
            bad("You could of told us sooner."),
            bad("سنرسل الطلب غداً انشاء الله.", "ar"),
            bad("Refunds take more then 30 days. Its in our policy, and we cant change it."),
            bad("Het duurde langer als verwacht en hun hebben het pakket kwijt.", "nl"),
            good("You may of course cancel any time; if it takes longer then we refund you."),
            good("The app and its settings are updated. You're welcome!"),
            good("Het kost meer als je later bestelt.", "nl"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        for start, end, right, note in _slips(doc):
            written = doc.text[start:end]
            why = f" ({note})" if note else ""
            yield Hit(start, end, f"'{written}' should be '{right}' here{why}", suggestions=[right],
                      fix=Fix(replacement=right, safe=False, description="use the word the sentence needs"),
                      confidence=0.8)
