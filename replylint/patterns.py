"""Token patterns written as short strings in rule packs, matched on tokens.

Rule packs describe phrasing, not exact strings, so that "as I already told
you", "as I've told you before" and "like I said" can be one rule. A pattern
is a line of slots separated by spaces::

    (as|like) i (already|previously)? (told|explained|said|mentioned) *2 (you|before)?

- ``word``           one token, compared on its normal form ("I've" equals "I have", "don't" equals "do not")
- ``(a|b|c d)``      alternatives; an alternative may be several words
- ``slot?``          the slot is optional
- ``~verb``          the word and its regular inflections (explain, explains, explained, explaining)
- ``*`` / ``*N``     up to 1 / N arbitrary tokens that are not punctuation
- ``^``              (first, alone) the match starts where the sentence does: ``^ both times .`` is a sentence of
                     its own, not the end of 'we refunded you both times.'

Patterns and replies go through the same small tokenizer (:func:`tokenize`),
so a pattern can never disagree with the text about where a token ends or
what its normal form is. This used to be spaCy's blank tokenizer and Matcher;
importing spaCy alone took 0.9 s, longer than the whole CLI may take to start
(docs/benchmarks.md), and the blank pipelines added nothing a regex tokenizer
does not. A trained spaCy pipeline is still used when configured (``doc.spacy``).

Every pattern yields *anchor* words (the rarest required slot) and a
*requirement* (per required slot, the words of each alternative): a sentence
is only matched against the patterns whose anchor it contains and whose every
required slot it covers, which rules out nearly all work on clean replies.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import chain
from typing import Iterable, Iterator, NamedTuple

from .textutil import sentences, text_lower, text_words

_SLOT = re.compile(r"\([^()]*\)\??|\S+")
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*|\d+")
_AR_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_AR_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")

# -- tokenizer ----------------------------------------------------------------------------------------
# A word is letters/digits plus Arabic combining marks (harakat are not \w in Python). English clitics
# are split off as spaCy does ("don't" -> do + n't, "I've" -> I + 've) and normalised to full words.
# Texts without combining marks (nearly all English and Dutch) take the simpler, 2x faster expressions.
_MARKS = r"\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
_HAS_MARKS = re.compile(f"[{_MARKS}]")
_LETTERS = rf"(?:[^\W_]+|[{_MARKS}]+)+"
_CLITIC = r"['’](?:ve|re|ll|m|d|s|t)"
_TOKEN_EN = re.compile(rf"{_LETTERS}|{_CLITIC}(?![^\W_{_MARKS}])|[^\s]")
_TOKEN = re.compile(rf"{_LETTERS}|[^\s]")
_TOKEN_EN_PLAIN = re.compile(rf"[^\W_]+|{_CLITIC}(?![^\W_])|[^\s]")
_TOKEN_PLAIN = re.compile(r"[^\W_]+|[^\s]")
# The same two for ASCII text, where [^\W_] is exactly [A-Za-z0-9]: the engine tests that range inline
# instead of asking Unicode's tables per character (half the time of a scan). \s stays: in ASCII text it
# also holds \x1c-\x1f, which an ASCII-only class would not.
_TOKEN_EN_ASCII = re.compile(rf"[A-Za-z0-9]+|{_CLITIC}(?![A-Za-z0-9])|[^\s]")
_TOKEN_ASCII = re.compile(r"[A-Za-z0-9]+|[^\s]")
_EN_NORMS = {"'ve": "have", "’ve": "have", "'re": "are", "’re": "are",
             "'ll": "will", "’ll": "will", "'m": "am", "’m": "am", "'d": "'d", "’d": "'d", "'s": "'s", "’s": "'s"}
_EN_BEFORE_NOT = {"ca": "can", "wo": "will", "sha": "shall", "ai": "is"}
_EN_SPLIT = {"cannot": (("can", 3), ("not", 6)), "gonna": (("going", 3), ("to", 5)),
             "wanna": (("want", 3), ("to", 5)), "gotta": (("got", 3), ("to", 5))}
_EN_SPECIAL = frozenset(["'t", "’t"]) | frozenset(_EN_NORMS) | frozenset(_EN_SPLIT)
# Flemish pronouns and their verb read as the northern ones, so that one Dutch pattern matches both ('Als ge het gelezen
# had' is 'als je het gelezen had'; 'Ge zijt niet de enige' is 'je bent niet de enige')
_NL_NORMS = {"ge": "je", "gij": "jij", "zijt": "bent"}
_NL_SPECIAL = frozenset(_NL_NORMS)
_WORDLIKE = frozenset(["'s", "’s", "'d", "’d"])  # clitic norms that are words, not punctuation
# an apostrophe or a hyphen is a token of its own inside a word ("sms'jes", "foto's", "Basic-tarief"), and a currency
# sign is part of its amount ('for $89', 'voor €12'): a gap runs through them
_GAP_THROUGH = frozenset(["'", "’", "-", "$", "€", "£", "¥"])


class Token(NamedTuple):
    start: int
    end: int
    norm: str
    punct: bool


def is_punct(norm: str) -> bool:
    # (an Arabic token of tatweel alone has the empty norm: no word, so it stops a gap as punctuation does)
    return not norm[:1].isalnum() and norm not in _WORDLIKE


class Tokens:
    """A reply's tokens as three parallel lists: the matcher reads ``norms`` on every step, and
    lists of ints and strings cost a fraction of one object per token. Indexing or iterating
    gives :class:`Token` tuples."""

    __slots__ = ("starts", "ends", "norms")

    def __init__(self, starts: list[int], ends: list[int], norms: list[str]):
        self.starts, self.ends, self.norms = starts, ends, norms

    def __len__(self) -> int:
        return len(self.norms)

    def __getitem__(self, i: int) -> Token:
        norm = self.norms[i]
        return Token(self.starts[i], self.ends[i], norm, is_punct(norm))

    def __iter__(self) -> Iterator[Token]:
        return (self[i] for i in range(len(self.norms)))


def tokenize(text: str, language: str | None) -> Tokens:
    """Tokens of ``text`` with their normal forms (lower case; English clitics as words; Arabic
    letter variants unified, see :func:`arabic_norm`)."""
    marks = not text.isascii() and _HAS_MARKS.search(text) is not None
    if language == "ar":
        return _arabic_tokens(text, marks, 0, len(text))
    # one lower-casing of the whole text (same length for all but a few exotic characters, checked)
    low_text = text.lower()
    if len(low_text) != len(text):
        low_text = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return _latin_tokens(low_text, language, marks, 0, None)


def _arabic_tokens(text: str, marks: bool, start: int, end: int) -> Tokens:
    """:func:`tokenize` of an Arabic text, or of its tokens in ``start:end`` (a range that starts after
    whitespace and ends before it, as a sentence does: the expressions have no look-around, so the scan
    of the range finds the tokens the scan of the whole text finds there)."""
    ms = list((_TOKEN if marks else _TOKEN_PLAIN).finditer(text, start, end))
    cache = _AR_NORM_CACHE
    norms = [cache.get(g) or _arabic_norm_cached(g) for g in (m.group() for m in ms)]
    return Tokens([m.start() for m in ms], [m.end() for m in ms], norms)


def _latin_tokens(low_text: str, language: str | None, marks: bool, start: int, end: int | None) -> Tokens:
    """:func:`tokenize` of a lower-cased Latin-script text, or of its tokens in ``start:end``. The range
    must start after whitespace (or at 0) and end before whitespace (or at the end), as a sentence does:
    no token holds whitespace, so the scan of the range finds exactly the tokens the scan of the whole
    text finds there."""
    if low_text.isascii():
        regex = _TOKEN_EN_ASCII if language == "en" else _TOKEN_ASCII
    else:
        regex = (_TOKEN if marks else _TOKEN_PLAIN) if language != "en" else (_TOKEN_EN if marks else _TOKEN_EN_PLAIN)
    # (a sentence ends before whitespace or at the end of the text, so ``endpos`` changes nothing for
    # the clitic's look-ahead: it sees a non-letter either way)
    norms = regex.findall(low_text) if end is None else regex.findall(low_text, start, end)
    # Every character that is not whitespace belongs to a token (a run of letters and digits, a clitic, or
    # a character of its own), so a token starts where it is first found after the previous one ends:
    # cheaper than reading three values off a match object per token.
    starts: list[int] = []
    ends: list[int] = []
    pos, find = start, low_text.find
    for norm in norms:
        pos = find(norm, pos)
        starts.append(pos)
        pos += len(norm)
        ends.append(pos)
    if language != "en" or _EN_SPECIAL.isdisjoint(norms):
        if language == "nl" and not _NL_SPECIAL.isdisjoint(norms):
            norms = [_NL_NORMS.get(n, n) for n in norms]
        return Tokens(starts, ends, norms)
    out_s: list[int] = []
    out_e: list[int] = []
    out_n: list[str] = []
    prev = 0
    for k in [i for i, n in enumerate(norms) if n in _EN_SPECIAL]:
        out_s += starts[prev:k]
        out_e += ends[prev:k]
        out_n += norms[prev:k]
        prev = k + 1
        start, end, tok = starts[k], ends[k], norms[k]
        if tok in _EN_SPLIT:
            at = start
            for part, stop in _EN_SPLIT[tok]:
                out_s.append(at), out_e.append(start + stop), out_n.append(part)
                at = start + stop
        elif tok[1:] == "t":  # "don" + "'t" -> "do" + "n't" (and "ca" -> can, "wo" -> will)
            if out_n and out_e[-1] == start and out_n[-1].endswith("n") and len(out_n[-1]) > 1:
                head = out_n[-1][:-1]
                out_e[-1] -= 1
                out_n[-1] = _EN_BEFORE_NOT.get(head, head)
                out_s.append(start - 1), out_e.append(end), out_n.append("not")
            else:
                out_s.append(start), out_e.append(start + 1), out_n.append(tok[0])
                out_s.append(start + 1), out_e.append(end), out_n.append("t")
        else:
            out_s.append(start), out_e.append(end), out_n.append(_EN_NORMS[tok])
    out_s += starts[prev:]
    out_e += ends[prev:]
    out_n += norms[prev:]
    return Tokens(out_s, out_e, out_n)


_AR_NORM_CACHE: dict[str, str] = {}


def _arabic_norm_cached(token: str) -> str:
    """A token's norm, remembered: replies repeat the same few thousand words."""
    norm = arabic_norm(token.lower()) if token[0].isalnum() else token
    if len(_AR_NORM_CACHE) < 200_000:
        _AR_NORM_CACHE[token] = norm
    return norm


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
        if _SHORT_VOWEL_END.search(w):  # 'drop': dropped, dropping (a form that is no word never matches)
            forms += [w + w[-1] + "ed", w + w[-1] + "ing"]
        return forms
    if language == "nl":
        stem = w[:-2] if w.endswith("en") else w
        if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiou":
            stem = stem[:-1]  # 'bellen': bel, belt, belde, gebeld
        return [w, stem, stem + "t", stem + "te", stem + "ten", stem + "de", stem + "den", "ge" + stem + "d",
                "ge" + stem + "t", stem + "en"]
    return [w]


# a word ending in one vowel and one consonant, which doubles before -ed and -ing ('drop', 'stop', 'plan')
_SHORT_VOWEL_END = re.compile(r"(?:^|[^aeiou])[aeiou][b-df-hj-np-tvz]$")


@dataclass(slots=True)
class _Slot:
    alternatives: list[tuple[str, ...]]  # each alternative is a token sequence (normal forms)
    optional: bool = False
    gap: int = 0  # >0: up to N arbitrary tokens
    singles: frozenset[str] = field(init=False)  # the one-token alternatives, for a set lookup
    multi: tuple[tuple[str, ...], ...] = field(init=False)
    plain: bool = field(init=False)  # required, one word per alternative

    def __post_init__(self) -> None:
        self.singles = frozenset(a[0] for a in self.alternatives if len(a) == 1)
        self.multi = tuple(a for a in self.alternatives if len(a) > 1)
        self.plain = not self.optional and not self.gap and not self.multi


@dataclass(eq=False, slots=True)  # compared and hashed by identity: candidates() collects them in a dict
class _Pattern:
    label: str
    source: str
    slots: tuple[_Slot, ...]
    need: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...]  # per required slot: its one-word
    # alternatives, and the word sets of its longer ones
    anchor: frozenset[str] | None = None  # one of these words must occur (None: no usable anchor)
    at_start: bool = False  # only at the start of a sentence (a leading ``^``)
    first: frozenset[str] | None = field(init=False)  # norms a match can start with (None: any token)
    keys: frozenset[str] = field(init=False)  # one of these is a token of any match: the anchor, or else
    # the words the first required slot starts with (match_reply looks for them in the text)
    must: frozenset[str] = field(init=False)  # the words of the required slots that have one alternative
    choices: tuple[tuple[frozenset[str], tuple[frozenset[str], ...]], ...] = field(init=False)  # the rest of need

    def __post_init__(self) -> None:
        # (one subset test instead of a loop over slots: possible() runs for every candidate and sentence)
        must: set[str] = set()
        choices = []
        for singles, multi in self.need:
            if len(singles) + len(multi) == 1:
                must |= singles or multi[0]
            else:
                choices.append((singles, multi))
        self.must, self.choices = frozenset(must), tuple(choices)
        if self.anchor is not None:
            self.keys = self.anchor
        else:
            slot = next(s for s in self.slots if not s.optional and not s.gap)
            self.keys = slot.singles | {alt[0] for alt in slot.multi}
        first: set[str] = set()
        for slot in self.slots:
            if slot.gap:
                self.first = None
                return
            first |= {alt[0] for alt in slot.alternatives}
            if not slot.optional:
                break
        self.first = frozenset(first)

    def possible(self, words: set[str] | frozenset[str]) -> bool:
        """Whether every required slot has an alternative whose words all occur in ``words``."""
        if not self.must <= words:
            return False
        for singles, multi in self.choices:
            if singles.isdisjoint(words) and not any(alt <= words for alt in multi):
                return False
        return True


def _longest(slots: tuple[_Slot, ...], norms: list[str], i: int, stop: int) -> int:
    """End (token index) of the longest match of ``slots`` starting at token ``i``, or -1.

    The token positions each slot can end at are carried forward slot by slot (all paths at once, in
    one loop rather than a recursive call per path); the longest match ends at the largest position
    left after the last slot. A required one-word slot reached by a single path, the common case,
    moves that path on by one token or ends the search."""
    at: tuple[int, ...] | set[int] = (i,)
    for slot in slots:
        gap = slot.gap
        if gap:
            reach: set[int] = set()
            for p in at:
                reach.add(p)
                for q in range(p + 1, min(p + gap, stop) + 1):
                    if is_punct(norms[q - 1]) and norms[q - 1] not in _GAP_THROUGH:
                        break
                    reach.add(q)
            at = reach
            continue
        singles = slot.singles
        if slot.plain and len(at) == 1:
            (p,) = at
            if p < stop and norms[p] in singles:
                at = (p + 1,)
                continue
            return -1
        reach = set()
        for p in at:
            if p < stop and norms[p] in singles:
                reach.add(p + 1)
            for alt in slot.multi:
                q = p + len(alt)
                if q <= stop and tuple(norms[p:q]) == alt:
                    reach.add(q)
            if slot.optional:
                reach.add(p)
        if not reach:
            return -1
        at = reach
    return max(at)


class PatternError(ValueError):
    pass


def validate_pattern(pattern: str) -> str:
    """Syntax check without compiling (used when packs are loaded)."""
    if pattern.count("(") != pattern.count(")") or re.search(r"\(\s*\||\|\s*\)|\|\|", pattern):
        raise PatternError(f"pattern {pattern!r}: unbalanced parentheses or an empty alternative")
    if re.search(r"\([^)]*\(", pattern):
        raise PatternError(f"pattern {pattern!r}: parentheses cannot be nested; write two patterns")
    if re.search(r"\w\(", pattern):
        raise PatternError(f"pattern {pattern!r}: alternatives must be whole words, e.g. (begrijp|begrijpen)")
    body = pattern.strip()
    slots = _SLOT.findall(body[2:] if body.startswith("^ ") else body)
    if "^" in slots:
        raise PatternError(f"pattern {pattern!r}: '^' (the start of a sentence) stands first, alone")
    if not [s for s in slots if not s.endswith("?") and not s.startswith("*")]:
        raise PatternError(f"pattern {pattern!r} has no required word")
    return pattern


def validate_patterns(patterns: list[str]) -> list[str]:
    """:func:`validate_pattern` for a pack's list, as a pydantic field validator wants it (a plain
    ``ValueError``, so the pack error names the file and the key)."""
    for pattern in patterns:
        try:
            validate_pattern(pattern)
        except PatternError as exc:
            raise ValueError(str(exc)) from None
    return patterns


class PatternSet:
    """Compiled patterns for one language, under one or more labels."""

    def __init__(self, language: str, stopwords: Iterable[str] = ()):
        self.language = language
        self.stopwords = frozenset(w.lower() for w in stopwords)
        # Patterns are indexed by their anchor words: a sentence only meets the patterns whose anchor
        # it contains (typically a handful out of hundreds); patterns without an anchor always do.
        self._by_word: dict[str, list[_Pattern]] = {}
        self._anchors: frozenset[str] = frozenset()  # its keys (a frozenset intersects 20x faster)
        self._always: list[_Pattern] = []
        self._count = 0

    # -- compiling -------------------------------------------------------------------------
    def _norm_tokens(self, phrase: str) -> tuple[str, ...]:
        return tuple(t.norm for t in tokenize(phrase, self.language))

    def _parse(self, pattern: str) -> list[_Slot]:
        slots = []
        for raw in _SLOT.findall(pattern.strip()):
            optional = raw.endswith("?") and len(raw) > 1
            body = raw[:-1] if optional else raw
            if body == "*" or re.fullmatch(r"\*\d+", body):
                slots.append(_Slot([], gap=int(body[1:] or 1)))
                continue
            if body.startswith("(") and body.endswith(")"):
                options = [o.strip() for o in body[1:-1].split("|")]
            else:
                options = [body]
            alternatives: list[tuple[str, ...]] = []
            for option in options:
                if not option:
                    raise PatternError(f"empty alternative in {pattern!r}")
                forms = inflections(option[1:], self.language) if option.startswith("~") else [option]
                alternatives += [t for t in (self._norm_tokens(f) for f in forms) if t]
            if not alternatives:
                raise PatternError(f"pattern {pattern!r}: slot {raw!r} has no word")
            slots.append(_Slot(alternatives, optional))
        if not any(not s.optional and not s.gap for s in slots):
            raise PatternError(f"pattern {pattern!r} has no required word")
        return slots

    def add(self, label: str, patterns: Iterable[str]) -> None:
        for source in patterns:
            body = source.strip()
            at_start = body.startswith("^ ")
            slots = self._parse(body[2:] if at_start else body)
            need = tuple((slot.singles, tuple(frozenset(alt) for alt in slot.multi))
                         for slot in slots if not slot.optional and not slot.gap)
            anchor = self._anchor(slots)
            compiled = _Pattern(label, source, tuple(slots), need, anchor, at_start)
            if anchor is None:
                self._always.append(compiled)
            for word in anchor or ():
                self._by_word.setdefault(word, []).append(compiled)
            self._count += 1
        self._anchors = frozenset(self._by_word)

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
    def candidates(self, words: set[str], labels: set[str] | None = None) -> list[_Pattern]:
        """Patterns that might match a text with these token norms (a set test, no matching)."""
        # the patterns of every anchor word present, each once (collected in C: no loop per pattern)
        found = dict.fromkeys(chain.from_iterable(map(self._by_word.__getitem__, self._anchors & words)))
        return [p for p in chain(found, self._always)
                if (labels is None or p.label in labels) and p.possible(words)]

    def find(self, text: str, labels: set[str] | None = None) -> list[tuple[str, int, int]]:
        """``(label, start_char, end_char)`` of the longest non-overlapping matches in ``text``, sentence
        by sentence as in :func:`match_reply`."""
        return self._matches(TokenIndex(tokenize(text, self.language), sentences(text)), labels)

    def _matches(self, index: TokenIndex, labels: set[str] | None) -> list[tuple[str, int, int]]:
        # Candidates are chosen once for the whole reply; a sentence then only meets the candidates
        # whose anchor and required words it contains, and a match is only tried where its first
        # slot can match.
        patterns = self.candidates(index.words, labels)
        if not patterns:
            return []
        return _match_sentences(patterns, index.tokens, index.sentences, _anchors(patterns))


def _match_sentences(patterns: list[_Pattern], tokens: Tokens, sentences: Iterable[tuple[int, int, set[str]]],
                     anchors: frozenset[str] | None) -> list[tuple[str, int, int]]:
    """Matches of the candidate ``patterns`` in the given sentences (token ranges of ``tokens`` and
    their sets of norms), longest first within each sentence, in text order. ``anchors``: every anchor
    word of the patterns (None when one has none): a sentence with none of them is skipped."""
    norms, starts, ends = tokens.norms, tokens.starts, tokens.ends
    out: list[tuple[str, int, int]] = []
    for lo, hi, words in sentences:
        if anchors is not None and anchors.isdisjoint(words):
            continue
        found = []
        for pattern in patterns:
            anchor, first = pattern.anchor, pattern.first
            if anchor is not None and anchor.isdisjoint(words) or not pattern.possible(words) or \
                    first is not None and first.isdisjoint(words):  # no token it can start at
                continue
            slots = pattern.slots
            if pattern.at_start:
                tries: Iterable[int] = (lo,) if lo < hi and (first is None or norms[lo] in first) else ()
            else:
                tries = range(lo, hi) if first is None else [i for i in range(lo, hi) if norms[i] in first]
            for i in tries:
                end = _longest(slots, norms, i, hi)
                if end > i:
                    found.append((pattern.label, starts[i], ends[end - 1]))
        if found:  # overlaps are resolved per sentence: matches never cross one
            out += _longest_first(found)
    return out


def _anchors(patterns: list[_Pattern]) -> frozenset[str] | None:
    """Every anchor word of the patterns, or None when one of them has no anchor."""
    if any(p.anchor is None for p in patterns):
        return None
    return frozenset().union(*(p.anchor for p in patterns))


class TokenIndex:
    """A text's tokens with its sentences as token ranges and the set of norms in each (and in
    all of them): what the matcher's set tests read."""

    __slots__ = ("tokens", "sentences", "words")

    def __init__(self, tokens: Tokens, sentences: list[tuple[int, int]]):
        self.tokens = tokens
        norms, starts = tokens.norms, tokens.starts
        self.sentences: list[tuple[int, int, set[str]]] = []
        for s, e in sentences:
            lo, hi = bisect_left(starts, s), bisect_left(starts, e)
            if hi > lo:
                self.sentences.append((lo, hi, set(norms[lo:hi])))
        self.words: set[str] = set(norms)


def _longest_first(spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Non-overlapping spans, longer ones winning (spaCy's ``filter_spans`` rule), in text order. Two
    labels on the same span: a ``safe`` one wins (a pack's exception to its own patterns, as tone packs
    have), then the first in alphabetical order (not whichever a set yields first, which changed with the
    process's hash seed)."""
    if len(spans) == 1:
        return spans
    chosen: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []
    for label, s, e in sorted(set(spans), key=lambda x: (-(x[2] - x[1]), x[1], x[0] != "safe", x[0])):
        if not any(s < b and a < e for a, b in taken):
            chosen.append((label, s, e))
            taken.append((s, e))
    return sorted(chosen, key=lambda x: x[1])


def match_reply(patterns: PatternSet, doc, labels: set[str] | None = None) -> list[tuple[str, int, int]]:
    """Matches of ``patterns`` in a reply's agent text, sentence by sentence (a pattern never spans
    two sentences). Tokens are computed once per reply and shared by every pattern set.

    Replies are not tokenized whole: the candidates are chosen with a superset of the reply's norms read
    off its word runs (for Arabic, the runs' norms), and only the sentences where one of their anchor
    words (or for a pattern without one, a word its first required slot starts with) occurs are
    tokenized: about a third of them (tokenizing every sentence was the largest part of the pattern
    rules' cost). Text whose runs and tokens split differently (an underscore, combining marks) is
    tokenized whole.
    Matching a sentence always uses its real tokens, so the matches are the same as from the whole
    reply's tokens (tests/test_patterns.py compares them)."""
    selection = _select(patterns, doc, labels)
    if selection is None:
        return []
    candidates, anchors, view, chosen = selection
    if view is None:
        index = _whole_index(doc, patterns.language)
        return _match_sentences(candidates, index.tokens, [index.sentences[k] for k in chosen], anchors)
    out: list[tuple[str, int, int]] = []
    for k in chosen:
        tokens, words = view.sentence(k)
        out += _match_sentences(candidates, tokens, ((0, len(tokens), words),), anchors)
    return out


def match_regions(patterns: PatternSet, doc, labels: set[str] | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of the sentences outside which :func:`match_reply` cannot find a match, found
    without matching: every match lies inside one of them. A rule that only needs to know whether
    matches could cover enough of a reply (``canned.generic``'s share of stock phrasing) can stop here;
    on most replies the bound alone rules the rule out."""
    selection = _select(patterns, doc, labels)
    if selection is None:
        return []
    _, _, view, chosen = selection
    if view is not None:
        return [view.spans[k] for k in chosen]
    index = _whole_index(doc, patterns.language)
    starts, ends = index.tokens.starts, index.tokens.ends
    return [(starts[lo], ends[hi - 1]) for lo, hi, _ in (index.sentences[k] for k in chosen)]


def _whole_index(doc, language: str) -> TokenIndex:
    return doc.memo(f"patterns.index.{language}", lambda: TokenIndex(tokenize(doc.text, language), doc.sentences))


def _select(patterns: PatternSet, doc, labels: set[str] | None
            ) -> tuple[list[_Pattern], frozenset[str] | None, _LatinView | None, list[int]] | None:
    """What :func:`match_reply` matches: the candidate patterns, their anchor words, the reply's
    :class:`_LatinView` (None: its whole :class:`TokenIndex` is used) and the sentences to match (indices
    into the view's spans or the index's sentences), in text order. None when no pattern can match."""
    text, language = doc.text, patterns.language
    view = doc.memo(f"patterns.view.{language}", lambda: _LatinView.of(text, language, doc.sentences))
    if view is not None:
        candidates = patterns.candidates(view.words, labels)
        if not candidates:
            return None
        anchors = _anchors(candidates)
        keys = frozenset().union(*(p.keys for p in candidates))
        if language != "en" or keys.isdisjoint(_EN_NOT_IN_TEXT):
            return candidates, anchors, view, view.sentences_with(keys & view.words)
        # a key may not be in the text as written ("'ve" is "have"): the whole reply's tokens decide
        index = _whole_index(doc, language)
    else:
        index = _whole_index(doc, language)
        candidates = patterns.candidates(index.words, labels)
        if not candidates:
            return None
        anchors = _anchors(candidates)
    chosen = [k for k, (_, _, words) in enumerate(index.sentences)
              if anchors is None or not anchors.isdisjoint(words)]
    return candidates, anchors, None, chosen


# Norms of English tokens that need not occur in the text as written: clitics ("'ve" is "have"), "n't"
# ("not"; "won't" is "will not"), and the words "gonna", "wanna", "gotta" are split into.
_EN_NOT_IN_TEXT = frozenset(["have", "are", "will", "am", "not", "shall", "is", "going", "want", "to", "can", "got",
                             "t", "'d", "'s"])


_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")  # (no "_" gets here)
_ASCII_ALNUM_SPACE = bytes(b for b in range(128) if chr(b).isalnum() or chr(b).isspace())


def _before_not(low: str) -> list[str]:
    """The words before "n't" without their "n" ("don't" -> "do"): the norms :func:`_latin_tokens` gives
    the token before a "'t" clitic (a run of letters and digits ending right before "n't")."""
    out = []
    for clitic in ("n't", "n’t"):
        pos = low.find(clitic)
        while pos >= 0:
            start = pos
            while start > 0 and low[start - 1].isalnum():
                start -= 1
            out.append(low[start:pos])
            pos = low.find(clitic, pos + 3)
    return out


class _LatinView:
    """What :func:`match_reply` needs of a Latin-script reply without tokenizing it whole: a superset of
    its token norms, where its sentences are, and the tokens of a sentence on demand."""

    __slots__ = ("low", "language", "words", "starts", "spans", "_tokens")

    @classmethod
    def of(cls, text: str, language: str, sentences: list[tuple[int, int]]) -> _LatinView | None:
        """None where the word runs do not bound the norms: text with an underscore or combining marks
        (tokens and runs split differently), or text whose lower-casing changes its length. Arabic
        replies get an :class:`_ArabicView`."""
        if language == "ar":
            return _ArabicView.arabic(text, sentences)
        if "_" in text or (not text.isascii() and _HAS_MARKS.search(text) is not None):
            return None
        low = text_lower(text)
        if len(low) != len(text):
            return None
        runs = text_words(text)
        # every token is a word run or a single character that is neither a letter, a digit nor
        # whitespace; English adds the norms of clitics and of the word before "n't" ("don" -> "do";
        # "ca", "wo", "sha", "ai" -> can, will, shall, is)
        if low.isascii():
            singles = set(low.encode("ascii").translate(None, _ASCII_ALNUM_SPACE).decode("ascii"))
        else:
            singles = set(_NOT_WORD_OR_SPACE.findall(low))
        if language == "en":
            if "n't" in low or "n’t" in low:
                singles.update(_before_not(low))
            words = runs.union(singles, _EN_NOT_IN_TEXT)
        else:
            words = runs.union(singles)
            if language == "nl" and not _NL_SPECIAL.isdisjoint(words):
                words = words.union(_NL_NORMS[w] for w in _NL_SPECIAL.intersection(words))
        return cls(low, language, words, sentences)

    def __init__(self, low: str, language: str, words: frozenset[str], sentences: list[tuple[int, int]]):
        self.low, self.language, self.words = low, language, words
        self.spans = sentences
        self.starts = [s for s, _ in sentences]
        self._tokens: dict[int, tuple[Tokens, set[str]]] = {}

    def sentences_with(self, anchors: frozenset[str]) -> list[int]:
        """Indices of the sentences in which an anchor word occurs in the text (as a substring: a
        superset of where it is a token)."""
        found: set[int] = set()
        for word in anchors:
            self._add_sentences(self.low, word, found)
        return sorted(found)

    def _add_sentences(self, text: str, word: str, found: set[int]) -> None:
        """Add to ``found`` the sentences of ``text`` in which ``word`` occurs as a substring."""
        starts, spans = self.starts, self.spans
        pos = text.find(word)
        while pos >= 0:
            k = bisect_right(starts, pos) - 1
            if k >= 0 and pos < spans[k][1]:
                found.add(k)
                pos = text.find(word, spans[k][1])  # the rest of this sentence is covered
            else:
                pos = text.find(word, pos + 1)

    def sentence(self, k: int) -> tuple[Tokens, set[str]]:
        """The tokens of sentence ``k`` (as the whole reply's tokenization has them) and their norms."""
        cached = self._tokens.get(k)
        if cached is None:
            tokens = self._span_tokens(*self.spans[k])
            cached = self._tokens[k] = (tokens, set(tokens.norms))
        return cached

    def _span_tokens(self, start: int, end: int) -> Tokens:
        return _latin_tokens(self.low, self.language, False, start, end)


class _ArabicView(_LatinView):
    """:class:`_LatinView` for an Arabic reply. Arabic norms rewrite words (alef forms and ta marbuta
    unified, a leading و or ف dropped), so a norm need not occur in the text: the view keeps the word
    runs behind each norm and looks for those. A reply then has its sentences tokenized only where a
    candidate's anchor may be (about a third of them) instead of whole."""

    __slots__ = ("text", "_runs", "_singles")

    @classmethod
    def arabic(cls, text: str, sentences: list[tuple[int, int]]) -> _ArabicView | None:
        """None where the word runs do not give the tokens: text with an underscore or combining marks,
        or whose lower-casing changes its length. Otherwise a token is a word run (lower-cased, its norm
        that of the run) or one character that is neither a word character nor whitespace (its own norm),
        so the view's words are exactly the reply's token norms."""
        if "_" in text or _HAS_MARKS.search(text) is not None:
            return None
        low = text_lower(text)
        if len(low) != len(text):
            return None
        cache = _AR_NORM_CACHE
        runs: dict[str, list[str]] = {}
        for run in text_words(text):
            runs.setdefault(cache.get(run) or _arabic_norm_cached(run), []).append(run)
        singles = frozenset(_NOT_WORD_OR_SPACE.findall(text))
        view = cls(low, "ar", singles.union(runs), sentences)
        view.text, view._runs, view._singles = text, runs, singles
        return view

    def sentences_with(self, anchors: frozenset[str]) -> list[int]:
        found: set[int] = set()
        for norm in anchors:
            for run in self._runs.get(norm, ()):
                self._add_sentences(self.low, run, found)
            if norm in self._singles:
                self._add_sentences(self.text, norm, found)
        return sorted(found)

    def _span_tokens(self, start: int, end: int) -> Tokens:
        return _arabic_tokens(self.text, False, start, end)
