"""Token patterns written as short strings in rule packs, matched with spaCy.

Rule packs describe phrasing, not exact strings, so that "as I already told
you", "as I've told you before" and "like I said" can be one rule. A pattern
is a line of slots separated by spaces::

    (as|like) i (already|previously)? (told|explained|said|mentioned) *2 (you|before)?

- ``word``           one token (compared on spaCy's NORM: "I've" equals "I have", "don't" equals "do not")
- ``(a|b|c d)``      alternatives; an alternative may be several words
- ``slot?``          the slot is optional
- ``~verb``          the word and its regular inflections (explain, explains, explained, explaining)
- ``*`` / ``*N``     up to 1 / N arbitrary tokens that are not punctuation

Patterns compile to spaCy ``Matcher`` rules (multi-word alternatives expand
into several rules). Every pattern also yields *anchor* words, the rarest
required slot, so a reply whose words contain no anchor never needs a spaCy
``Doc`` at all: that keeps clean replies fast and the CLI's cold start short.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

_SLOT = re.compile(r"\([^()]*\)\??|\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+")
_CONTRACTIONS = {"ve": ("have",), "re": ("are",), "ll": ("will",), "s": ("is", "has", "'s"), "m": ("am",),
                 "d": ("would", "had")}
_EQUIVALENT = {"have": ("'ve",), "'ve": ("have",), "is": ("'s",), "are": ("'re",), "'re": ("are",),
               "will": ("'ll",), "'ll": ("will",), "would": ("'d",), "had": ("'d",), "am": ("'m",), "'m": ("am",),
               "not": ("n't",), "n't": ("not",)}
_AR_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_AR_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")


def arabic_norm(word: str) -> str:
    """Alef/ya/ta-marbuta unified and a leading و or ف (and, so) dropped, so that
    'وهذه ليست مشكلتنا' and 'هذه ليست مشكلتنا' look the same to a pattern."""
    w = _AR_MARKS.sub("", word).translate(_AR_NORM)
    if len(w) > 3 and w[0] in "وف" and _ARABIC.match(w):
        w = w[1:]
    return w


def inflections(word: str, language: str) -> list[str]:
    """Regular inflections; irregular forms are written out in the pack."""
    w = word.lower()
    if language == "en":
        stem = w[:-1] if w.endswith("e") else w
        forms = [w, w + "s", w + "es", stem + "ed", stem + "ing", w + "d"]
        if w.endswith("y") and len(w) > 3:
            forms += [w[:-1] + "ies", w[:-1] + "ied"]
        return forms
    if language == "nl":
        stem = w[:-2] if w.endswith("en") else w
        return [w, stem, stem + "t", stem + "te", stem + "ten", stem + "de", stem + "den", "ge" + stem + "d",
                "ge" + stem + "t", stem + "en"]
    return [w]


@dataclass
class _Slot:
    alternatives: list[list[str]]  # each alternative is a token sequence (already normalised)
    optional: bool = False
    gap: int = 0  # >0: up to N arbitrary tokens


class PatternError(ValueError):
    pass


def validate_pattern(pattern: str) -> str:
    """Syntax check that needs no spaCy (used when packs are loaded)."""
    if pattern.count("(") != pattern.count(")") or re.search(r"\(\s*\||\|\s*\)|\|\|", pattern):
        raise PatternError(f"pattern {pattern!r}: unbalanced parentheses or an empty alternative")
    if re.search(r"\([^)]*\(", pattern):
        raise PatternError(f"pattern {pattern!r}: parentheses cannot be nested; write two patterns")
    if re.search(r"\w\(", pattern):
        raise PatternError(f"pattern {pattern!r}: alternatives must be whole words, e.g. (begrijp|begrijpen)")
    slots = _SLOT.findall(pattern.strip())
    if not [s for s in slots if not s.endswith("?") and not s.startswith("*")]:
        raise PatternError(f"pattern {pattern!r} has no required word")
    return pattern


class PatternSet:
    """Compiled patterns for one language, under one or more labels."""

    def __init__(self, nlp: Language, language: str, stopwords: Iterable[str] = ()):
        from spacy.matcher import Matcher

        self.nlp = nlp
        self.language = language
        self.arabic = language == "ar"
        self._matcher_class = Matcher
        self.stopwords = frozenset(w.lower() for w in stopwords)
        # Patterns are grouped by their anchor words, one spaCy Matcher per group: the Matcher's cost
        # grows with the number of rules it holds, and a reply only needs the groups whose anchors it
        # contains (typically a handful out of hundreds).
        self._groups: dict[frozenset[str] | None, Matcher] = {}
        self._labels: dict[frozenset[str] | None, set[str]] = {}
        self._by_word: dict[str, list[frozenset[str]]] = {}  # anchor word -> groups it opens
        # per group: (label, requirement) of each pattern, where a requirement lists, per required slot,
        # the word sets of its alternatives; a pattern can only match text whose words cover one
        # alternative of every required slot (a bag-of-words test far cheaper than the Matcher)
        self._needs: dict[frozenset[str] | None, list[tuple[str, tuple[tuple[frozenset[str], ...], ...]]]] = {}
        self._count = 0

    # -- compiling -------------------------------------------------------------------------
    def _norm_tokens(self, phrase: str) -> list[str]:
        doc = self.nlp.make_doc(phrase)
        if self.arabic:
            return [arabic_norm(t.text) for t in doc]
        return [t.norm_ for t in doc]

    def _parse(self, pattern: str) -> list[_Slot]:
        slots = []
        for raw in _SLOT.findall(pattern.strip()):
            optional = raw.endswith("?") and len(raw) > 1
            body = raw[:-1] if optional else raw
            if body == "*" or re.fullmatch(r"\*\d", body):
                slots.append(_Slot([], gap=int(body[1:] or 1)))
                continue
            if body.startswith("(") and body.endswith(")"):
                options = [o.strip() for o in body[1:-1].split("|")]
            else:
                options = [body]
            alternatives: list[list[str]] = []
            for option in options:
                if not option:
                    raise PatternError(f"empty alternative in {pattern!r}")
                if option.startswith("~"):
                    alternatives += [[f] for f in inflections(option[1:], self.language)]
                else:
                    alternatives.append(self._norm_tokens(option))
            slots.append(_Slot(alternatives, optional))
        if not any(not s.optional and not s.gap for s in slots):
            raise PatternError(f"pattern {pattern!r} has no required word")
        return slots

    def add(self, label: str, patterns: Iterable[str]) -> None:
        for pattern in patterns:
            slots = self._parse(pattern)
            anchor = self._anchor(slots)
            matcher = self._groups.get(anchor)
            if matcher is None:
                matcher = self._groups[anchor] = self._matcher_class(self.nlp.vocab)
            self._labels.setdefault(anchor, set()).add(label)
            for word in anchor or ():
                groups = self._by_word.setdefault(word, [])
                if anchor not in groups:
                    groups.append(anchor)
            self._needs.setdefault(anchor, []).append((label, self._requirement(slots)))
            rules = self._expand(slots)
            matcher.add(label, rules)
            self._count += len(rules)

    def _expand(self, slots: list[_Slot]) -> list[list[dict]]:
        """Cartesian product over multi-word alternatives; single words share one IN predicate."""
        choices: list[list[list[dict]]] = []
        for slot in slots:
            if slot.gap:
                choices.append([[{"IS_PUNCT": False, "OP": f"{{0,{slot.gap}}}"}]])
                continue
            singles = sorted({a[0] for a in slot.alternatives if len(a) == 1})
            options: list[list[dict]] = []
            if singles:
                options.append([self._predicate(singles, slot.optional)])
            for alt in slot.alternatives:
                if len(alt) > 1:
                    options.append([self._predicate([w], False) for w in alt])
            if slot.optional and any(len(a) > 1 for a in slot.alternatives):
                options.append([])
            choices.append(options)
        rules = [[tok for part in combo for tok in part] for combo in itertools.product(*choices)]
        if len(rules) > 500:
            raise PatternError("pattern expands to more than 500 matcher rules; use fewer multi-word alternatives")
        return [r for r in rules if any("OP" not in t or t["OP"] == "+" for t in r)]

    def _predicate(self, words: list[str], optional: bool) -> dict:
        if self.language == "en":
            # spaCy's NORM expands some contractions ("I've" -> have) but not others ("should've" -> 've)
            words = sorted({v for w in words for v in (w, *_EQUIVALENT.get(w, ()))})
        value = words[0] if len(words) == 1 else {"IN": words}
        pred: dict = {"NORM": value}  # Arabic docs carry arabic_norm() as NORM (see NlpProvider)
        if optional:
            pred["OP"] = "?"
        return pred

    @staticmethod
    def _requirement(slots: list[_Slot]) -> tuple[tuple[frozenset[str], ...], ...]:
        need = []
        for slot in slots:
            if slot.optional or slot.gap:
                continue
            options = []
            for alt in slot.alternatives:
                words = frozenset(alt)
                if not all(_WORD.fullmatch(w) for w in words):
                    options = []  # a punctuation or clitic token: cannot be tested on words, assume present
                    break
                options.append(words)
            if options:
                need.append(tuple(options))
        return tuple(need)

    def _anchor(self, slots: list[_Slot]) -> frozenset[str] | None:
        """Words of which at least one must occur for the pattern to match: for the best required slot,
        each alternative's longest non-function word. Best = the slot whose shortest anchor is longest.
        ``None`` when no slot qualifies (the pattern is always tried)."""
        best: frozenset[str] | None = None
        for slot in slots:
            if slot.optional or slot.gap:
                continue
            words = set()
            for alt in slot.alternatives:
                usable = [w for w in alt if _WORD.fullmatch(w) and w not in self.stopwords]
                if not usable:
                    words = set()
                    break
                words.add(max(usable, key=len))
            if not words:
                continue
            if best is None or min(map(len, words)) > min(map(len, best)):
                best = frozenset(words)
        return best

    def __len__(self) -> int:
        return self._count

    # -- matching --------------------------------------------------------------------------
    def words_of(self, text: str) -> set[str]:
        lowered = text.lower()
        if self.arabic:
            return {arabic_norm(w) for w in _WORD.findall(lowered)}
        words = set(_WORD.findall(lowered))
        for w in [w for w in words if "'" in w]:
            head, _, tail = w.partition("'")
            words.add(head)
            words.update(_CONTRACTIONS.get(tail, ()))
            if tail == "t" and head.endswith("n"):
                words.update((head[:-1], "not"))
        return words

    def groups_possible(self, text: str | set[str], labels: set[str] | None = None) -> list[frozenset[str] | None]:
        """Anchor groups whose patterns might match ``text`` (or its :meth:`words_of`): cheap, no spaCy."""
        words = self.words_of(text) if isinstance(text, str) else text
        keys: list[frozenset[str] | None] = [None] if None in self._groups else []
        for word in words:
            for key in self._by_word.get(word, ()):
                if key not in keys:
                    keys.append(key)
        return [key for key in keys if (labels is None or self._labels[key] & labels)
                and any((labels is None or label in labels) and all(any(alt <= words for alt in slot) for slot in need)
                        for label, need in self._needs[key])]

    def matcher(self, key: frozenset[str] | None):
        return self._groups[key]

    def labels_possible(self, text: str) -> set[str]:
        """Labels whose patterns might match ``text``."""
        return {label for key in self.groups_possible(text) for label in self._labels[key]}

    def find(self, doc: Doc, groups: list[frozenset[str] | None] | None = None,
             labels: set[str] | None = None) -> list[tuple[str, int, int]]:
        """``(label, start_char, end_char)`` of the longest non-overlapping matches."""
        from spacy.util import filter_spans

        keys = groups if groups is not None else list(self._groups)
        spans = [span for key in keys for span in self._groups[key](doc, as_spans=True)]
        if labels is not None:
            spans = [s for s in spans if s.label_ in labels]
        return [(s.label_, s.start_char, s.end_char) for s in filter_spans(spans)]


LONG_TEXT = 20_000
"""Above this many characters, replies are matched sentence by sentence (see :func:`match_reply`)."""


def match_reply(patterns: PatternSet, doc, labels: set[str] | None = None) -> list[tuple[str, int, int]]:
    """Matches of ``patterns`` in a reply's agent text.

    Cheap prefilters keep spaCy's Matcher (which walks every token of what it is given) off most text:
    each sentence is checked for the anchor words of each pattern group, and a group's matcher only
    sees the sentences that contain its anchors. The spaCy Doc itself is only built when some sentence
    has an anchor; very long texts are tokenised sentence by sentence."""
    from spacy.util import filter_spans

    from .textutil import sentences

    text = doc.text
    per_sentence = doc.memo(f"patterns.sentence-words.{patterns.arabic}", lambda: [
        (start, end, patterns.words_of(text[start:end])) for start, end in sentences(text)])
    candidates: dict[frozenset[str] | None, list[tuple[int, int]]] = {}
    for start, end, words in per_sentence:
        for key in patterns.groups_possible(words, labels):
            candidates.setdefault(key, []).append((start, end))
    if not candidates:
        return []
    spans = []
    if len(text) <= LONG_TEXT:
        spacy_doc = doc.spacy
        for key, where in candidates.items():
            matcher = patterns.matcher(key)
            for start, end in where:
                sentence = spacy_doc.char_span(start, end, alignment_mode="expand")
                if sentence is not None:
                    spans += matcher(sentence, as_spans=True)
        found = filter_spans([s for s in spans if labels is None or s.label_ in labels])
        return [(s.label_, s.start_char, s.end_char) for s in found]
    out = []
    by_sentence: dict[tuple[int, int], list] = {}
    for key, where in candidates.items():
        for span in where:
            by_sentence.setdefault(span, []).append(key)
    for (start, end), keys in sorted(by_sentence.items()):
        sub = doc.nlp(doc.language, text[start:end])
        out += [(label, start + s, start + e) for label, s, e in patterns.find(sub, keys, labels)]
    return out
