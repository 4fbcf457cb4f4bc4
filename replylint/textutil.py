"""Small text helpers shared by rule families: phrase lists to regexes with
word boundaries that also work for Arabic, sentence spans, token spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Iterable, Iterator

ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Arabic attaches conjunctions, prepositions and the article to the word:
# و (and), ف (so), ب (with), ل (for), ك (like), ال (the) and combinations.
ARABIC_PROCLITICS = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?"


def _phrase(word: str) -> str:
    parts = [re.escape(p) for p in word.strip().split()]
    body = r"\s+".join(parts)
    if ARABIC_LETTER.search(word):
        stripped = word[2:] if word.startswith("ال") else word
        if stripped != word:  # "البطاقة": also match "بطاقة", "بالبطاقة", "والبطاقة"
            body = r"\s+".join(re.escape(p) for p in stripped.split())
        return ARABIC_PROCLITICS + body
    return body


def phrase_regex(words: Iterable[str], *, ignore_case: bool = True) -> re.Pattern[str] | None:
    """One regex matching any of ``words`` as whole words (longest first).

    Word boundaries are lookarounds on ``\\w`` so "lic" never matches inside
    "public" (a lesson from Presidio's issue tracker); Arabic words also
    match with their proclitics attached. Compiled once per distinct word set.
    """
    return _phrase_regex(frozenset(w.strip() for w in words if w and w.strip()), ignore_case)


@lru_cache(maxsize=4096)
def _phrase_regex(words: frozenset[str], ignore_case: bool) -> re.Pattern[str] | None:
    unique = sorted(words, key=lambda w: (-len(w), w))
    if not unique:
        return None
    body = "|".join(_phrase(w) for w in unique)
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.I if ignore_case else 0)


class SpanIndex:
    """Sorted spans with fast 'is there one near this position' queries."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]

    def __bool__(self) -> bool:
        return bool(self.starts)

    def before(self, pos: int, window: int) -> int | None:
        """Distance from the end of the nearest span ending at or before ``pos`` (within ``window``)."""
        best = None
        i = bisect_right(self.starts, pos)
        for k in range(i - 1, max(-1, i - 8), -1):
            end = self.ends[k]
            if end <= pos and pos - end <= window:
                d = pos - end
                best = d if best is None or d < best else best
        return best

    def after(self, pos: int, window: int) -> int | None:
        """Distance to the start of the nearest span starting at or after ``pos`` (within ``window``)."""
        i = bisect_left(self.starts, pos)
        if i < len(self.starts) and self.starts[i] - pos <= window:
            return self.starts[i] - pos
        return None

    def near(self, start: int, end: int, before: int, after: int = 0) -> bool:
        return self.before(start, before) is not None or (after > 0 and self.after(end, after) is not None)

    def overlapping(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end)
        return any(self.ends[k] > start for k in range(max(0, i - 8), i))


_SENTENCE_END = re.compile(r"[.!?؟。]+(?=\s|$)|\n\s*\n|\n(?=\s*[-*•\d])")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence, trimmed of surrounding whitespace."""
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        yield from _trim(text, pos, m.end())
        pos = m.end()
    yield from _trim(text, pos, len(text))


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


_STEM_SUFFIXES = {
    "en": ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"),
    "nl": ("ingen", "ing", "tjes", "tje", "jes", "je", "en", "es", "e", "s", "t", "d"),
    "ar": ("ات", "ون", "ين", "ها", "هم", "كم", "ة", "ه", "ك", "ي"),
}
_AR_PREFIX = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_WORDS = re.compile(r"[^\W\d_]+")


def stem(word: str, language: str | None) -> str:
    """A crude stem for comparing content words ('refunds', 'refunded' -> 'refund'); not linguistics."""
    w = word.lower()
    if language == "ar" or ARABIC_LETTER.search(w):
        for p in _AR_PREFIX:
            if w.startswith(p) and len(w) - len(p) >= 3:
                w = w[len(p):]
                break
        language = "ar"
    for suf in _STEM_SUFFIXES.get(language or "en", ()):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            return w[: -len(suf)]
    return w


def content_words(text: str, language: str | None, stopwords: frozenset[str]) -> set[str]:
    """Stems of the words of ``text`` that carry meaning (no function words, 3+ letters)."""
    return {stem(w, language) for w in _WORDS.findall(text) if len(w) >= 3 and w.lower() not in stopwords}
