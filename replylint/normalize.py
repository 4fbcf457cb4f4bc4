"""Normalise a reply once, for every rule, with an offset map back.

Agents paste from Word, CRMs and chat widgets: text arrives with full-width or
Arabic-Indic digits, zero-width and bidi control characters (sometimes put
there on purpose to slip past filters), HTML and Markdown, and quoted copies
of the customer's own message. Rules should not each cope with that; they see
one normalised view, and the pipeline maps their spans back to the original.

Two views are built from the same edits:

* ``full``: everything that will be sent (PII rules look here: quoting a
  customer's card number back to them still sends it);
* ``agent``: the agent's own words, with quoted customer text removed (tone,
  toxicity, typo and canned rules look here).
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .offsets import Edit, OffsetMap, apply_edits, merge_edits, union_spans

# Characters that carry no meaning for checking and are removed: zero-width
# characters, soft hyphen, bidi controls, tatweel, variation selectors.
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f\u2061\u2062\u2063\u2064"
    "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    "\u0640"
) | frozenset(chr(c) for c in range(0xFE00, 0xFE10))
BIDI_CONTROLS = frozenset("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u034f")

# Arabic short vowels and Quranic marks: optional in writing, removed so that
# "غَبِي" and "غبي" are the same word to every rule.
_ARABIC_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE)])
_WITHOUT_MARKS = {ord(ch): None for ch in _ARABIC_MARKS}


def without_arabic_marks(pattern: str) -> str:
    """``pattern`` (a pack's expression or phrase) without the Arabic marks the normalisation removes from every
    reply: 'دايماً' in an expression matched nothing, as the rules read 'دايما'."""
    return pattern.translate(_WITHOUT_MARKS)

_PUNCT_MAP = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
    "\u066b": ".", "\u066c": ",",
}

# A cluster is a base character with its combining marks, or one non-ASCII
# character; ASCII runs are skipped by the regex engine without Python work, and
# so are Arabic letters and accented Latin-1 letters, which normalisation never
# changes (tests/test_normalize.py checks that claim character by character).
STABLE_RANGES = ((0x00C0, 0x00D6), (0x00D8, 0x00F6), (0x00F8, 0x00FF), (0x0621, 0x063A), (0x0641, 0x064A))
_STABLE = "".join(f"{chr(a)}-{chr(b)}" for a, b in STABLE_RANGES)
_CLUSTER = regex.compile(r"\P{M}?\p{M}+|[^\x00-\x7f" + _STABLE + "]")
# Every cluster holds a character outside ASCII and the stable ranges (combining marks are never in
# them), and lies within such a run plus the one character before it (a base for its marks). The
# standard ``re`` finds those runs in C; ``_CLUSTER`` then only looks inside them. Scanning a whole
# Arabic reply with ``_CLUSTER`` tried its first alternative at every letter: ~180 us a reply.
_UNSTABLE_RUN = re.compile("[^\x00-\x7f" + _STABLE + "]+")


@lru_cache(maxsize=65536)
def normalise_cluster(cluster: str) -> str:
    """NFKC, then drop invisible characters and Arabic marks, map every
    decimal digit to ASCII and typographic quotes/dashes to ASCII."""
    out = []
    for ch in unicodedata.normalize("NFKC", cluster):
        if ch in INVISIBLE or ch in _ARABIC_MARKS:
            continue
        mapped = _PUNCT_MAP.get(ch)
        if mapped is not None:
            out.append(mapped)
        elif ch > "\x7f" and unicodedata.category(ch) == "Nd":
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append(ch)
    return "".join(out)


def char_edits(text: str) -> list[Edit]:
    """Character-level edits (priority 0)."""
    if text.isascii():
        return []
    edits = []
    for run in _UNSTABLE_RUN.finditer(text):
        start, end = run.span()
        shape = _run_shape(run.group())
        if shape is _MARKS_ONLY:  # one cluster: the character before (never a mark) and the marks
            cluster = text[max(0, start - 1):end]
            repl = normalise_cluster(cluster)
            if repl != cluster:
                edits.append(Edit(max(0, start - 1), end, repl, 0))
        elif shape is not None:  # no mark: every character is a cluster of its own
            edits += [Edit(start + i, start + j, repl, 0) for i, j, repl in shape]
        else:
            for m in _CLUSTER.finditer(text, max(0, start - 1), end):
                cluster = m.group()
                repl = normalise_cluster(cluster)
                if repl != cluster:
                    edits.append(Edit(m.start(), m.end(), repl, 0))
    return edits


_MARK = regex.compile(r"\p{M}")
_MARKS_ONLY: tuple = ("marks only",)  # a sentinel (the empty tuple would be the shared ``()``)


@lru_cache(maxsize=65536)
def _run_shape(run: str) -> tuple | None:
    """How :func:`char_edits` splits a run of unstable characters (runs repeat: "،", "؟", tanween):
    ``_MARKS_ONLY`` when it is all combining marks; the edits of its characters when it has no mark;
    ``None`` when it mixes both (then ``_CLUSTER`` splits it)."""
    marks = [_MARK.match(ch) is not None for ch in run]
    if all(marks):
        return _MARKS_ONLY
    if any(marks):
        return None
    return tuple((i, i + 1, repl) for i, ch in enumerate(run) if (repl := normalise_cluster(ch)) != ch)


# --------------------------------------------------------------------------- markup

_BLOCK_TAGS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote table tr td th hr pre section article header footer".split()
)
_INLINE_TAGS = frozenset("a b i u em strong span img font small sub sup code s strike del ins mark abbr label".split())
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,10})\b(?:[^<>\"']|\"[^\"]*\"|'[^']*'){0,500}/?>")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_RAW_BLOCK = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")

_MD_LINK = re.compile(r"(!?\[)([^\]\n]{1,300})(\]\()([^)\s]{1,500})(\))")
_MD_STRONG = re.compile(r"(?<![\w*_\\])(\*\*|__)(?=\S)([^\n]{1,300}?)(?<=\S)\1(?![\w*_])")
_MD_EM_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*|])([^*\n]{1,300}?)(?<=[^\s*|])\*(?![\w*])")
_MD_EM_UNDER = re.compile(r"(?<![\w_\\])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
_IDENTIFIER = re.compile(r"[A-Za-z0-9_.]+")
_MD_CODE = re.compile(r"(?<!`)`([^`\n]{1,300})`(?!`)")
_MD_HEADING = re.compile(r"(?m)^[ \t]{0,3}#{1,6}[ \t]+")


@dataclass(frozen=True, slots=True)
class MarkupSpan:
    """A piece of markup in the ORIGINAL text (for channel rules)."""

    start: int
    end: int
    kind: str  # "html" | "md-link" | "md-strong" | "md-em" | "md-code" | "md-heading"


def markup_edits(text: str) -> tuple[list[Edit], list[MarkupSpan]]:
    """Edits (priority 1) that strip HTML and Markdown while keeping the words."""
    edits: list[Edit] = []
    spans: list[MarkupSpan] = []
    if "<" in text:
        for m in _RAW_BLOCK.finditer(text):
            edits.append(Edit(m.start(), m.end(), "", 2))
            spans.append(MarkupSpan(m.start(), m.end(), "html"))
        for m in _HTML_COMMENT.finditer(text):
            edits.append(Edit(m.start(), m.end(), "", 2))
        for m in _TAG.finditer(text):
            name = m.group(1).lower()
            if name in _BLOCK_TAGS:
                edits.append(Edit(m.start(), m.end(), "\n", 1))
            elif name in _INLINE_TAGS:
                edits.append(Edit(m.start(), m.end(), "", 1))
            else:
                continue
            spans.append(MarkupSpan(m.start(), m.end(), "html"))
    if "&" in text:
        for m in _ENTITY.finditer(text):
            repl = html.unescape(m.group())
            if repl != m.group():
                edits.append(Edit(m.start(), m.end(), normalise_cluster(repl) if not repl.isascii() else repl, 1))
                spans.append(MarkupSpan(m.start(), m.end(), "html"))
    if "[" in text and "](" in text:
        for m in _MD_LINK.finditer(text):
            edits.append(Edit(m.start(1), m.end(1), "", 1))
            edits.append(Edit(m.start(3), m.end(3), " (", 1))
            spans.append(MarkupSpan(m.start(), m.end(), "md-link"))
    if "**" in text or "__" in text:
        for m in _MD_STRONG.finditer(text):
            if m.group(1) == "__" and _IDENTIFIER.fullmatch(m.group(2)):
                continue  # __FIRST_NAME__ is a placeholder, not bold text
            if not any(ch.isalnum() for ch in m.group(2)):
                continue  # "**** **** **** 9561" is a masked card number, not bold text
            d = len(m.group(1))
            edits.append(Edit(m.start(), m.start() + d, "", 1))
            edits.append(Edit(m.end() - d, m.end(), "", 1))
            spans.append(MarkupSpan(m.start(), m.end(), "md-strong"))
    for pattern, char, kind in ((_MD_EM_STAR, "*", "md-em"), (_MD_EM_UNDER, "_", "md-em"), (_MD_CODE, "`", "md-code")):
        if char in text:
            for m in pattern.finditer(text):
                edits.append(Edit(m.start(), m.start() + 1, "", 1))
                edits.append(Edit(m.end() - 1, m.end(), "", 1))
                spans.append(MarkupSpan(m.start(), m.end(), kind))
    if "#" in text:
        for m in _MD_HEADING.finditer(text):
            edits.append(Edit(m.start(), m.end(), "", 1))
            spans.append(MarkupSpan(m.start(), m.end(), "md-heading"))
    return edits, spans


# --------------------------------------------------------------------------- quotes

_QUOTED_LINE = re.compile(r"(?m)^[ \t]*(?:>|&gt;)[^\n]*")
_BLOCKQUOTE = re.compile(r"<blockquote\b[^>]*>(.*?)</blockquote\s*>", re.S | re.I)
_ATTRIBUTION_LINE = re.compile(r"(?m)^[^\n]{0,200}(?:wrote|schreef|كتب|a écrit|schrieb|escribió)\s*:[ \t]*$")
_THREAD_SEPARATOR = re.compile(
    r"(?mi)^[ \t]*(?:-{2,}|_{5,})[ \t]*(?:original message|oorspronkelijk bericht|origineel bericht|"
    r"forwarded message|doorgestuurd bericht|الرسالة الأصلية)?[ \t]*-*[ \t]*$\n(?=(?:[^\n]*\n){0,2}[^\n]*"
    r"(?:from|van|من)\s*:)"
)
_OUTLOOK_HEADER = re.compile(
    r"(?mi)^[ \t]*(?:from|van|من)\s*:[^\n]+\n(?:[^\n]*\n){0,2}[ \t]*(?:sent|verzonden|date|datum|التاريخ|أرسلت)\s*:"
)


@dataclass
class QuoteSpec:
    """Language data that attributes inline quotes to the customer, merged
    from every language's core pack (the reply's language is not known yet
    when normalising)."""

    verbs: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)  # verbs right after the quotation (Dutch puts them last)

    def compile(self) -> re.Pattern[str] | None:
        if not self.verbs and not self.after:
            return None
        quote = r"(?:\"([^\"\n]{1,500})\"|(?<![\w'])'([^'\n]{1,200})'(?![\w]))"  # "..." or '...' (not an apostrophe)
        forms = []
        if self.verbs:
            alternatives = "|".join(sorted((re.escape(v) for v in self.verbs), key=len, reverse=True))
            forms.append(r"(?:^|(?<=[\s(]))(?:" + alternatives + r")\b[^\"\n]{0,40}?[:,]?[ \t]*" + quote)
        else:
            forms.append(r"(?!)" + quote)  # (keeps the quotation's groups 1 and 2)
        if self.after:  # 'dat de bezorger u 'een sukkel' noemde'
            alternatives = "|".join(sorted((re.escape(v) for v in self.after), key=len, reverse=True))
            forms.append(quote + r"[ \t]*(?:" + alternatives + r")\b")
        return re.compile(r"(?i)" + "|".join(f"(?:{f})" for f in forms))


def quoted_spans(text: str, attribution: re.Pattern[str] | None) -> list[tuple[int, int]]:
    """Original spans of text that quotes the customer rather than speaking to them."""
    spans: list[tuple[int, int]] = []
    if ">" in text or "&gt;" in text:
        for m in _QUOTED_LINE.finditer(text):
            spans.append((m.start(), m.end()))
        for m in _ATTRIBUTION_LINE.finditer(text):
            nxt = text[m.end() + 1 : m.end() + 200].lstrip(" \t")
            if nxt.startswith(">") or nxt.startswith("&gt;") or nxt.startswith("\n>"):
                spans.append((m.start(), m.end()))
        for m in _BLOCKQUOTE.finditer(text):
            spans.append((m.start(1), m.end(1)))
    # both need a colon (and the separator a dash or underscore run): cheap tests before the line-anchored
    # expressions, which the engine tries at every position
    if ":" in text:
        for pattern in (_THREAD_SEPARATOR, _OUTLOOK_HEADER):
            if pattern is _THREAD_SEPARATOR and "--" not in text and "_____" not in text:
                continue
            m = pattern.search(text)
            if m:
                spans.append((m.start(), len(text)))
                break
    # a single quote opens a quotation only after a space or a bracket: apostrophes ("don't", three replies in
    # four have one) must not send every reply through the attribution expression
    if attribution is not None and (any(q in text for q in '"\u201c\u201d\u201e\u00ab\u2018')
                                    or "'" in text and (" '" in text or "\n'" in text or "('" in text
                                                        or text.startswith("'"))):
        view = text if text.isascii() else text.translate(_QUOTE_TRANSLATION)
        for m in attribution.finditer(view):
            group = next(g for g in range(1, (attribution.groups or 2) + 1) if m.start(g) >= 0)
            spans.append((m.start(group), m.end(group)))
    return union_spans(spans)


# Same length as the text: typographic double quotes read as ``"``, single ones as ``'``.
_QUOTE_TRANSLATION = str.maketrans({**{c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"},
                                    **{c: "'" for c in "\u2018\u2019"}})


# --------------------------------------------------------------------------- views


@dataclass(frozen=True, slots=True)
class View:
    """Normalised text plus the map back to the original."""

    text: str
    map: OffsetMap

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        return self.map.to_original(start, end)


@dataclass(frozen=True, slots=True)
class Normalized:
    original: str
    full: View
    agent: View
    quoted: tuple[tuple[int, int], ...]
    markup: tuple[MarkupSpan, ...]
    invisible: tuple[int, ...]  # original offsets of invisible/bidi characters

    def is_quoted(self, start: int, end: int) -> bool:
        """Whether the original span lies inside quoted customer text."""
        return any(s <= start and end <= e for s, e in self.quoted)


_INVISIBLE_RE = re.compile("[" + "".join(sorted(INVISIBLE - {"\u0640"})) + "]")


TEMPLATE_VALUE = "X"
"""What an output placeholder ({{ name }}) reads as in template mode: one neutral token."""


def template_edits(text: str) -> list[Edit]:
    """Template mode: outputs become one neutral token, tags and comments disappear, so the
    language rules never see template syntax (priority 3: wins over markup and characters)."""
    if not any(d in text for d in ("{", "$", "*|", "%")):
        return []
    from .templates import scan

    return [Edit(t.start, t.end, TEMPLATE_VALUE if t.kind == "output" else "", 3) for t in scan(text).tokens]


def normalize(text: str, attribution: re.Pattern[str] | None = None, template: bool = False) -> Normalized:
    """Build the full and agent views of ``text``."""
    cedits = char_edits(text)
    medits, markup = markup_edits(text) if ("<" in text or "&" in text or _has_md(text)) else ([], [])
    if template:
        medits = [*medits, *template_edits(text)]
    quoted = quoted_spans(text, attribution)
    full_edits = merge_edits([*cedits, *medits])
    full = View(apply_edits(text, full_edits), OffsetMap(full_edits, len(text)))
    if quoted:
        qedits = [Edit(s, e, "", 3) for s, e in quoted]
        agent_edits = merge_edits([*cedits, *medits, *qedits])
        agent = View(apply_edits(text, agent_edits), OffsetMap(agent_edits, len(text)))
    else:
        agent = full
    invisible = tuple(m.start() for m in _INVISIBLE_RE.finditer(text)) if not text.isascii() else ()
    return Normalized(text, full, agent, tuple(quoted), tuple(markup), invisible)


def _has_md(text: str) -> bool:
    return any(c in text for c in "*_`#[")
