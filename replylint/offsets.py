"""Offset bookkeeping between the original reply and its normalised views.

Every rule works on normalised text, but every reported span must index the
ORIGINAL input exactly, or an editor highlights the wrong characters and an
auto-fix corrupts the reply. Normalisation is therefore expressed as a list of
edits on the original (replace ``original[start:end]`` by ``replacement``);
:class:`OffsetMap` maps any span of the derived text back, expanding to whole
edits where a span starts or ends inside one.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, Sequence


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``original[start:end]`` by ``replacement`` (``""`` deletes)."""

    start: int
    end: int
    replacement: str
    priority: int = 0


def union_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The non-empty ``(start, end)`` spans, sorted, with overlapping or touching ones joined."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(s for s in spans if s[1] > s[0]):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def merge_edits(edits: Iterable[Edit]) -> list[Edit]:
    """Sort edits and drop those that overlap an edit of higher priority
    (e.g. a zero-width character inside an HTML tag that is removed anyway).
    Edits of equal priority keep the earlier one."""
    edits = sorted(edits, key=lambda e: (e.start, e.end, -e.priority))
    # the usual case, character edits that never overlap: in start order, no neighbour overlaps its
    # successor exactly when no two edits overlap at all
    if all(not _overlaps(a.start, a.end, b.start, b.end) for a, b in zip(edits, edits[1:])):
        return edits
    ordered = sorted(edits, key=lambda e: (-e.priority, e.start, e.end))
    kept: list[Edit] = []
    taken: list[tuple[int, int]] = []
    for edit in ordered:
        if any(_overlaps(edit.start, edit.end, a, b) for a, b in taken):
            continue
        kept.append(edit)
        taken.append((edit.start, edit.end))
    kept.sort(key=lambda e: (e.start, e.end))
    return kept


def _overlaps(s1: int, e1: int, s2: int, e2: int) -> bool:
    if s1 == e1 or s2 == e2:  # insertions/deletions of nothing touch but do not overlap
        return s2 < s1 < e2 or s1 < s2 < e1
    return s1 < e2 and s2 < e1


class OffsetMap:
    """Maps spans of a derived string back to the original string."""

    __slots__ = ("_norm_starts", "_norm_ends", "_orig_starts", "_orig_ends", "original_length", "length")

    def __init__(self, edits: Sequence[Edit], original_length: int):
        self._norm_starts: list[int] = []
        self._norm_ends: list[int] = []
        self._orig_starts: list[int] = []
        self._orig_ends: list[int] = []
        shift = 0  # derived position minus original position
        for edit in edits:
            ns = edit.start + shift
            ne = ns + len(edit.replacement)
            self._norm_starts.append(ns)
            self._norm_ends.append(ne)
            self._orig_starts.append(edit.start)
            self._orig_ends.append(edit.end)
            shift = ne - edit.end
        self.original_length = original_length
        self.length = original_length + shift

    @property
    def is_identity(self) -> bool:
        return not self._norm_starts

    def _start_of(self, i: int) -> int:
        k = bisect_right(self._norm_starts, i) - 1
        if k < 0:
            return i
        if i < self._norm_ends[k]:
            return self._orig_starts[k]
        return self._orig_ends[k] + (i - self._norm_ends[k])

    def _end_of(self, e: int) -> int:
        c = e - 1
        k = bisect_right(self._norm_starts, c) - 1
        if k < 0:
            return c + 1
        if c < self._norm_ends[k]:
            return self._orig_ends[k]
        return self._orig_ends[k] + (c - self._norm_ends[k]) + 1

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the derived span ``[start, end)``.

        Positions are clamped to the derived text; an empty span maps to an
        empty span at the corresponding original position.
        """
        start = min(max(start, 0), self.length)
        end = min(max(end, start), self.length)
        if not self._norm_starts:
            return start, end
        if end <= start:
            p = min(self._start_of(start), self.original_length)
            return p, p
        return self._start_of(start), min(self._end_of(end), self.original_length)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Return ``text`` with the (sorted, non-overlapping) edits applied."""
    if not edits:
        return text
    parts: list[str] = []
    pos = 0
    for edit in edits:
        parts.append(text[pos : edit.start])
        parts.append(edit.replacement)
        pos = edit.end
    parts.append(text[pos:])
    return "".join(parts)


class LineIndex:
    """1-based line/column lookup for original offsets (columns count code points)."""

    __slots__ = ("_starts", "_length")

    def __init__(self, text: str):
        self._length = len(text)
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def line_span(self, line: int) -> tuple[int, int]:
        """Original ``(start, end)`` of 1-based ``line`` without its newline."""
        start = self._starts[line - 1]
        end = self._starts[line] - 1 if line < len(self._starts) else self._length
        return start, end
