"""Small text helpers shared by rule families: phrase lists to regexes with
word boundaries that also work for Arabic, sentence spans, token spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import Callable, Generic, Iterable, Iterator, TypeVar

from .normalize import without_arabic_marks
from .prefilter import Recurring

T = TypeVar("T")
# Size of the caches of per-text results (word runs, lower case, line starts): the texts of the replies
# in hand. check_many runs each rule over a batch (64 replies, two views each), so a smaller cache
# was emptied between one rule and the next and every rule recomputed them.
_PER_REPLY = 160
ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# Arabic attaches conjunctions, prepositions and the article to the word:
# و (and), ف (so), ب (with), ل (for), ك (like), ال (the) and combinations.
ARABIC_PROCLITICS = r"(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)?"
ARABIC_CONJUNCTIONS = r"(?:و|ف)?"
"""(the proclitics a pronoun takes: 'وانت', and you; with ب, ل or ك it is another word: 'كانت', it was)"""


def phrase_regex(words: Iterable[str], *, ignore_case: bool = True,
                 proclitics: str = ARABIC_PROCLITICS) -> re.Pattern[str] | None:
    """One regex matching any of ``words`` as whole words (longest first).

    Word boundaries are lookarounds on ``\\w`` so "lic" never matches inside
    "public" (a lesson from Presidio's issue tracker); Arabic words also
    match with their proclitics attached. Compiled once per distinct word set.
    """
    return _phrase_regex(frozenset(w.strip() for w in words if w and w.strip()), ignore_case, proclitics)


_END = ""


def _trie(phrases: Iterable[str]) -> dict:
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for part in re.split(r"(\s+)", phrase.strip()):
            for unit in ([r"\s+"] if part.isspace() else list(part)):
                node = node.setdefault(unit, {})
        node[_END] = {}
    return trie


def _emit(node: dict) -> str:
    ends = _END in node
    branches = [(r"\s+" if unit == r"\s+" else re.escape(unit)) + _emit(child)
                for unit, child in sorted(node.items()) if unit != _END]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if ends else "")


def _trie_regex(phrases: Iterable[str]) -> str:
    """One alternation factored by common prefixes: Python's ``re`` tries alternatives one by one at
    every word start, so a trie (``ab(?:c|d)``) instead of ``abc|abd`` makes lists of hundreds of
    phrases several times cheaper. Longer continuations are tried first, as with longest-first lists."""
    return _emit(_trie(phrases))


def arabic_bare(phrase: str) -> str:
    """A (stripped) Arabic phrase without its article, "البطاقة" -> "بطاقة": the form :func:`phrase_body`
    matches after optional proclitics and article, and the one gates look for."""
    return (phrase[2:] if phrase.startswith("ال") and len(phrase) > 3 else phrase).strip()


_AR_PRONOUN_SUFFIXES = ("ك", "كم", "كما", "ه", "ها", "هم", "ي")
_LATIN_POSSESSIVE = re.compile(r"([a-z])['’]s\b", re.IGNORECASE)


def with_possessive_forms(phrases: Iterable[str]) -> list[str]:
    """``phrases`` with the forms replies write them in. An English possessive is also written without
    its apostrophe ("driver's license" as "drivers license", "mother's maiden name" as "mothers maiden
    name": agents typing fast drop it). For each Arabic phrase, its last word with a pronoun suffix: "رقم
    الهوية" (the id number) is also "رقم هويتك" (your id number), "جواز السفر" also "جواز سفرك". The suffix
    takes the article's place, and a final ta marbuta becomes ta (هوية -> هويتك). Arabic writes "your" this
    way, and replies say "your card", "your passport" far more often than "the"."""
    out = []
    for phrase in phrases:
        out.append(phrase)
        phrase = phrase.strip()
        if _LATIN_POSSESSIVE.search(phrase):
            out.append(_LATIN_POSSESSIVE.sub(r"\1s", phrase))
        if not phrase or not ARABIC_LETTER.search(phrase):
            continue
        head, _, last = phrase.rpartition(" ")
        if not ARABIC_LETTER.search(last) or len(last) < 3:
            continue
        stem = last[2:] if last.startswith("ال") and len(last) > 4 else last
        stem = stem[:-1] + "ت" if stem.endswith("ة") else stem
        out.extend(f"{head} {stem}{suffix}".strip() for suffix in _AR_PRONOUN_SUFFIXES)
    return out


def phrase_body(words: Iterable[str], *, ignore_case: bool = True, proclitics: str = ARABIC_PROCLITICS) -> str | None:
    """The alternation inside :func:`phrase_regex`, without the word boundaries (for joining lists)."""
    words = frozenset(w.strip() for w in words if w and w.strip())
    if not words:
        return None
    plain = {(w.lower() if ignore_case else w) for w in words if not ARABIC_LETTER.search(w)}
    # Arabic words share one proclitic prefix in front of one trie of their bare forms ("البطاقة" ->
    # "بطاقة"): separate alternatives each starting with optional proclitics cost a try at every position
    arabic = {arabic_bare(without_arabic_marks(w)) for w in words if ARABIC_LETTER.search(w)}  # (as replies are read)
    parts = [_trie_regex(plain)] if plain else []
    if arabic:
        parts.append(proclitics + _trie_regex(arabic))
    return "|".join(parts)


@lru_cache(maxsize=4096)
def _phrase_regex(words: frozenset[str], ignore_case: bool, proclitics: str) -> re.Pattern[str] | None:
    body = phrase_body(words, ignore_case=ignore_case, proclitics=proclitics)
    if body is None:
        return None
    return re.compile(r"(?<![\w])(?:" + body + r")(?![\w])", re.I if ignore_case else 0)


# -- word gates ------------------------------------------------------------------------------
# Python's ``re`` tries a phrase alternation at every position of a reply: ~40-60 us per list on an
# 860-character reply, for lists that almost never match. A gate is a necessary condition that costs
# a few set operations: a phrase can only match a text that contains every ``\w+`` run of the phrase
# as a whole run (phrase words are matched whole). Arabic is the exception: proclitics attach to the
# first word ("وبالبطاقة") and the article is optional, so an Arabic phrase's runs are looked for as
# substrings instead.
_RUN = re.compile(r"\w+")


class Gate:
    """Whether a phrase list can match a text, without scanning it (see :func:`gate_words`)."""

    __slots__ = ("index", "keys", "arabic", "arabic_forms", "arabic_form_keys", "arabic_letters")

    def __init__(self, index: dict[str, list[frozenset[str]]], arabic: list[tuple[str, ...]]):
        self.index = index  # longest run of a phrase -> the run sets of the phrases it belongs to
        # the keys again as frozensets: ``frozenset & frozenset`` walks the smaller side, while
        # ``dict.keys() & frozenset`` walks the reply's words and cost 20x more (~4 us a gate)
        self.keys = frozenset(index)
        # Arabic phrases by their first run -> the sets of their other runs. Proclitics attach to the
        # first word only, so that run ends a word of any text the phrase matches, at most four
        # characters (و/ف, ب/ل/ك, ال/لل) after the word's start; the other runs are whole words.
        self.arabic: dict[str, list[frozenset[str]]] = {}
        for runs in arabic:
            self.arabic.setdefault(runs[0], []).append(frozenset(runs[1:]))
        # every way the first run can stand in a text: behind each of the 36 proclitic sequences
        # (ARABIC_PROCLITICS), as a whole word; a text's words are looked up among them (a set
        # intersection) instead of cutting every word of the text four ways
        self.arabic_forms: dict[str, list[str]] = {}
        for first in self.arabic:
            for prefix in _PROCLITIC_PREFIXES:
                self.arabic_forms.setdefault(prefix + first, []).append(first)
        self.arabic_form_keys = frozenset(self.arabic_forms)
        # whether each of them has an Arabic letter left once the article is stripped ("ال card" has not)
        self.arabic_letters = all(any(ARABIC_LETTER.search(run) for run in runs) for runs in arabic)

    def open(self, text: str) -> bool:
        if next(self.latin_runs(text_words(text)), None) is not None:
            return True
        return self.arabic_open(text)

    def latin_runs(self, words: frozenset[str]) -> Iterator[frozenset[str]]:
        """The run sets of the phrases without Arabic letters whose every run is among ``words`` (a text's
        words): the phrases that may occur in it."""
        index = self.index
        for key in self.keys & words:
            for runs in index[key]:
                if runs <= words:
                    yield runs

    def arabic_open(self, text: str) -> bool:
        """Whether one of the Arabic phrases may occur in ``text``."""
        if not self.arabic or (self.arabic_letters and not has_arabic_letter(text)):
            return False  # every Arabic phrase needs an Arabic letter, and the text has none
        words = text_words(text)
        for key in self.arabic_firsts(words):
            if any(rest <= words for rest in self.arabic[key]):
                return True
        return False

    def arabic_firsts(self, words: frozenset[str]) -> set[str]:
        """The first runs of Arabic phrases that stand in ``words`` (a text's words), bare or behind
        proclitics: a phrase whose first run is not among them cannot match."""
        forms = self.arabic_forms
        return {first for form in self.arabic_form_keys & words for first in forms[form]}


def last_sentence_break(text: str) -> int:
    """Where the last '.', '!', '?' or line break of ``text`` stands (-1: none): what follows it is the sentence
    that ``text`` ends in."""
    return max(text.rfind("."), text.rfind("!"), text.rfind("?"), text.rfind("\n"))


@lru_cache(maxsize=_PER_REPLY)
def has_arabic_letter(text: str) -> bool:
    """Whether ``text`` has a character of the Arabic block, remembered for the texts of the replies in
    hand (a search of a whole reply costs ~5 us, and every gate with Arabic phrases asks)."""
    return not text.isascii() and ARABIC_LETTER.search(text) is not None


_MAX_PROCLITICS = 4  # و/ف + ب/ل/ك + ال/لل (ARABIC_PROCLITICS)
# every string ARABIC_PROCLITICS matches, the empty one included
_PROCLITIC_PREFIXES = tuple(a + b + c for a in ("", "و", "ف") for b in ("", "ب", "ل", "ك") for c in ("", "ال", "لل"))
ARABIC_PROCLITIC_PREFIXES = tuple(sorted(filter(None, _PROCLITIC_PREFIXES), key=len, reverse=True))  # longest first


def gate_words(phrases: Iterable[str]) -> Gate | None:
    r"""The gate of a phrase list (its ``\w+`` runs, lower-cased; Arabic phrases without the article,
    as :func:`phrase_body` matches both forms). ``None`` if a phrase has no word character: then no
    gate is safe."""
    index: dict[str, list[frozenset[str]]] = {}
    arabic: set[tuple[str, ...]] = set()
    for phrase in phrases:
        phrase = phrase.strip() if phrase else ""
        if not phrase:
            continue
        is_arabic, runs = gate_runs(phrase)
        if not runs:
            return None
        if is_arabic:
            arabic.add(runs)
        else:
            index.setdefault(max(runs, key=len), []).append(frozenset(runs))
    return Gate(index, sorted(arabic))


def gate_runs(phrase: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a (stripped) phrase is gated as Arabic, and the runs its gate looks for."""
    if ARABIC_LETTER.search(phrase):  # matched after optional proclitics (see phrase_body)
        return True, tuple(_RUN.findall(arabic_bare(phrase).lower()))
    return False, tuple(_RUN.findall(phrase.lower()))


def whole_word_occurrences(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands in ``text`` as a whole word (no letter or digit right before or after it)."""
    pos = text.find(word)
    n = len(word)
    while pos >= 0:
        if (pos == 0 or not text[pos - 1].isalnum()) and (pos + n == len(text) or not text[pos + n].isalnum()):
            yield pos
        pos = text.find(word, pos + n)


@lru_cache(maxsize=_PER_REPLY)
def text_lower(text: str) -> str:
    return text.lower()


# ASCII text (three replies in four) is cut into words by bytes.translate and split, 3-5x faster than
# the regex engine's Unicode classes: each table keeps the characters of one class and blanks the rest.
def _ascii_table(keep: str) -> bytes:
    return bytes(b if chr(b) in keep else 32 for b in range(256))


_LETTERS_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ASCII_WORD_CHARS = _ascii_table(_LETTERS_ASCII + "0123456789_")  # what \w is for ASCII text
ASCII_LETTERS = _ascii_table(_LETTERS_ASCII)  # what [^\W\d_] is
ASCII_LETTERS_APOSTROPHE = _ascii_table(_LETTERS_ASCII + "'")
ASCII_LETTERS_JOINERS = _ascii_table(_LETTERS_ASCII + "'-")
# what each table keeps besides letters: a text without any of it is cut into letter runs only
_KEPT_NON_LETTERS = {ASCII_LETTERS: "", ASCII_LETTERS_APOSTROPHE: "'", ASCII_LETTERS_JOINERS: "'-"}


def ascii_split(text: str, table: bytes) -> list[str]:
    """The runs of ``text`` (ASCII only) of the characters ``table`` keeps, in order: for ``\\w+`` and
    ``[^\\W\\d_]+`` the same list as the expression's ``findall``."""
    return text.encode("ascii").translate(table).decode("ascii").split()


def split_words(text: str, table: bytes, expression: re.Pattern[str], ordered: bool = True) -> list[str]:
    """``expression.findall(text)`` for a word expression made of a class ``table`` keeps, optionally
    joined inside a word by characters it also keeps (an apostrophe, a hyphen). For ASCII text the
    text is cut at every other character (no match can span one) and the expression only runs on
    the few pieces that are not plain letters. ``ordered=False``: the same words in another order
    (for counting and sets; it saves a Python loop over the pieces)."""
    if not text.isascii():
        return expression.findall(text)
    pieces = ascii_split(text, table)
    kept = _KEPT_NON_LETTERS.get(table)
    if kept is not None and not any(ch in text for ch in kept):
        return pieces  # every piece is a run of letters: a word
    if not ordered:
        odd = [piece for piece in pieces if not piece.isalpha()]
        if not odd:
            return pieces
        words = [piece for piece in pieces if piece.isalpha()]
        for piece in odd:
            words += expression.findall(piece)
        return words
    out: list[str] = []
    for piece in pieces:
        if piece.isalpha():
            out.append(piece)
        else:
            out += expression.findall(piece)
    return out


def unknown_words(text: str, table: bytes, expression: re.Pattern[str], known: set[str] | frozenset[str]) -> set[str]:
    """``set(expression.findall(text)) - known``, for a word expression as :func:`split_words` takes and
    ``known`` words it found before (whole matches). The known words are taken out of the ASCII pieces
    first, so only the few pieces left (unknown, or with an apostrophe or hyphen) are looked at: a piece
    that is a known word is a whole match, in which the expression finds nothing else."""
    if not text.isascii():
        return set(expression.findall(text)) - known
    words = set(ascii_split(text, table)) - known
    odd = [piece for piece in words if not piece.isalpha()]
    if odd:
        words.difference_update(odd)
        for piece in odd:
            words.update(expression.findall(piece))
        words -= known
    return words


@lru_cache(maxsize=_PER_REPLY)
def text_runs(text: str) -> tuple[str, ...]:
    r"""The lower-cased ``\w+`` runs of ``text`` in order, cached for the texts (agent and full view)
    of the replies in hand."""
    low = text_lower(text)
    if low.isascii():
        return tuple(ascii_split(low, ASCII_WORD_CHARS))
    return tuple(_RUN.findall(low))


@lru_cache(maxsize=_PER_REPLY)
def text_words(text: str) -> frozenset[str]:
    r"""The set of :func:`text_runs`."""
    return frozenset(text_runs(text))


def gate_open(gate: Gate | None, text: str) -> bool:
    """Whether a phrase list with this gate (``None``: no gate) can match somewhere in ``text``."""
    return gate is None or gate.open(text)


class PhraseScanner:
    """The spans :func:`phrase_regex` finds in a whole text, found faster.

    Behind its gate, the phrases without Arabic letters are matched on the lower-cased text by an
    expression that starts with one character class: a look-behind after the first character tells
    which branch of the trie to take. The regex engine can then jump from one possible first character
    to the next in C instead of trying a case-insensitive look-behind at every position (about 3x faster
    on a reply). When an Arabic phrase of the list may occur in the text, or lower-casing changes the
    text's length, :func:`phrase_regex` itself scans it."""

    __slots__ = ("exact", "gate", "latin", "has_arabic", "empty", "plain", "words", "index")

    def __init__(self, words: Iterable[str]):
        words = sorted({w.strip() for w in words if w and w.strip()})
        # the gate now; the expressions when a text first gets past it (compiling them all cost the CLI's
        # cold start ~30 ms, and with the gates most replies never need most of them)
        self.empty = not words
        self.gate = gate_words(words)
        plain = {w.lower() for w in words if not ARABIC_LETTER.search(w)}
        self.plain = frozenset(plain)
        self.words = frozenset(words)
        self.has_arabic = len(plain) < len(words)
        self.exact: Lazy[re.Pattern[str] | None] = Lazy(lambda: phrase_regex(words))
        self.latin: Lazy[re.Pattern[str]] | None = Lazy(lambda: _first_char_regex(plain)) if plain else None
        self.index: Lazy[_PhraseIndex] = Lazy(lambda: _PhraseIndex(words))

    def possible(self, text: str) -> bool:
        """Whether a phrase may occur in ``text`` (the gate alone, nothing compiled or scanned)."""
        return not self.empty and gate_open(self.gate, text)

    def spans(self, text: str) -> list[tuple[int, int]]:
        if not self.possible(text):
            return []
        low = text_lower(text)
        if self.gate is None:
            exact = self.exact()
            return [m.span() for m in exact.finditer(text)] if exact is not None else []
        if self.latin is None or len(low) != len(text) or (self.has_arabic and self.gate.arabic_open(text)):
            # phrase_regex of the phrases the gate lets through (an Arabic reply's greetings scan: ~8x faster)
            chosen = self._possible(text)
            if not chosen:
                return []
            starts = self._arabic_starts(text, chosen)
            if starts is None:
                exact = self.exact() if len(chosen) == len(self.words) else phrase_regex(chosen)
                return [m.span() for m in exact.finditer(text)] if exact is not None else []
            # only where a phrase's first word occurs can a match start: try the expression there, in
            # order and without overlaps, as finditer would (it found nothing anywhere else). The whole
            # list's expression, compiled once, matches there what the chosen phrases' would: a phrase the
            # gate ruled out matches nowhere in the text, and the trie tries the others in the same order
            # (compiling each reply's own choice cost more than the matching on new wording)
            exact = self.exact()
            if exact is None:
                return []
            out, pos = [], 0
            for start in starts:
                if start >= pos:
                    m = exact.match(text, start)
                    if m is not None:
                        out.append(m.span())
                        pos = m.end()
            return out
        # no Arabic phrase can be there: scan for the phrases whose every run is a word of the text (a
        # handful of a list's hundreds; the fewer first characters, the fewer places the engine stops)
        by_runs = self.index().by_runs
        chosen = frozenset(phrase for runs in self.gate.latin_runs(text_words(text))
                           for phrase in by_runs.get(runs, ()))
        if not chosen:
            return []
        if len(chosen) == len(self.plain):
            return [m.span() for m in self.latin().finditer(low)]
        # one scan per chosen phrase, merged as the trie would, until the same choice recurs (compiling the trie
        # of each reply's own handful of phrases cost more than the scans: new wording makes new handfuls)
        members = [_phrase_alone(phrase) for phrase in sorted(chosen)]
        return [m.span() for m in _SUBSETS.finditer(chosen, members, low, longest=True)]

    def _arabic_starts(self, text: str, chosen: frozenset[str]) -> list[int] | None:
        """Where a match of ``phrase_regex(chosen)`` can start in ``text``, in order, when every chosen
        phrase is Arabic with a caseless first word: proclitics (at most 4 characters) and the phrase's
        bare form, which holds its first word literally. None otherwise (the whole text is scanned)."""
        firsts = self.index().arabic_firsts
        if not all(phrase in firsts for phrase in chosen):
            return None
        starts: set[int] = set()
        for phrase in chosen:
            first, offset = firsts[phrase]
            occurrence = text.find(first)
            while occurrence >= 0:
                base = occurrence - offset
                starts.update(range(max(0, base - _MAX_PROCLITICS), base + 1))
                occurrence = text.find(first, occurrence + 1)
        return sorted(starts)

    def _possible(self, text: str) -> frozenset[str]:
        """The phrases (as given) that the gate does not rule out for ``text``: the Latin ones whose
        every run is a word of it, the Arabic ones whose first run ends a word and the rest are words."""
        words = text_words(text)
        gate, phrases = self.gate, self.index()
        originals = phrases.originals
        chosen = [phrase for runs in gate.latin_runs(words) for phrase in originals.get(runs, ())]
        if phrases.arabic_by_first and (not gate.arabic_letters or has_arabic_letter(text)):
            for first in gate.arabic_firsts(words):
                chosen += [phrase for rest, phrase in phrases.arabic_by_first[first] if rest <= words]
        return frozenset(chosen)


class _PhraseIndex:
    """A phrase list indexed as its gate indexes it, so that a text is scanned only for the phrases it
    can hold (built when a text first gets past the gate)."""

    __slots__ = ("by_runs", "originals", "arabic_by_first", "arabic_firsts")

    def __init__(self, words: list[str]):
        self.by_runs: dict[frozenset[str], set[str]] = {}  # lower-cased, for the first-character scan
        self.originals: dict[frozenset[str], list[str]] = {}  # as given, for phrase_regex
        self.arabic_by_first: dict[str, list[tuple[frozenset[str], str]]] = {}
        # Arabic phrases whose first word has no case: (that word, its offset in the phrase's bare form)
        self.arabic_firsts: dict[str, tuple[str, int]] = {}
        for phrase in words:
            is_arabic, runs = gate_runs(phrase)
            if is_arabic:
                if runs:
                    self.arabic_by_first.setdefault(runs[0], []).append((frozenset(runs[1:]), phrase))
                first = _RUN.search(arabic_bare(phrase))
                if first is not None and all(ch.lower() == ch == ch.upper() for ch in first.group()):
                    self.arabic_firsts[phrase] = (first.group(), first.start())
            else:
                self.originals.setdefault(frozenset(runs), []).append(phrase)
                self.by_runs.setdefault(frozenset(runs), set()).add(phrase.lower())


def _first_char_source(phrases: frozenset[str]) -> str:
    trie = _trie(phrases)
    first = "".join(re.escape(unit) for unit in sorted(trie))
    branches = "|".join(f"(?<={re.escape(unit)}){_emit(child)}" for unit, child in sorted(trie.items()))
    return f"[{first}](?<![\\w].)(?:{branches})(?![\\w])"


# :func:`_first_char_regex` of the phrases a text can hold, for the subsets that recur
_SUBSETS: Recurring[frozenset[str]] = Recurring(_first_char_source)


@lru_cache(maxsize=8192)
def _phrase_alone(phrase: str) -> re.Pattern[str]:
    """One lower-cased phrase as :func:`_first_char_regex` matches it (whole words, any run of whitespace
    for a space), for :func:`~replylint.prefilter.merged_matches`. Its first word is a literal the expression
    starts with, the word boundary before it a look-behind after it: ``re`` then finds the next place the word
    occurs with a fast string search, 15-30x faster than trying a look-behind first at every position.
    Bounded by the phrases of the packs."""
    head, *rest = re.split(r"\s+", phrase.strip(), maxsplit=1)
    literal = re.escape(head)
    tail = r"\s+" + _trie_regex(rest) if rest else ""
    return re.compile(f"{literal}(?<![\\w]{literal}){tail}(?![\\w])")


def _first_char_regex(phrases: set[str]) -> re.Pattern[str]:
    return re.compile(_first_char_source(frozenset(phrases)))


class Lazy(Generic[T]):
    """A compiled expression (or scanner) built on first use (``lazy()`` returns it). Python's ``re``
    compiles a large alternation in tens of milliseconds, and the CLI starts once per file list."""

    __slots__ = ("_build", "_value", "_built")

    def __init__(self, build: Callable[[], T]):
        self._build, self._value, self._built = build, None, False

    @classmethod
    def regex(cls, pattern: str, flags: int = 0) -> Lazy[re.Pattern[str]]:
        return Lazy(lambda: re.compile(pattern, flags))

    def __call__(self) -> T:
        if not self._built:  # two threads may both compile it once: harmless
            self._value, self._built = self._build(), True
        return self._value


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


# ".", "!", "?" (and their runs) before a space or the end; a blank line; a line break before a list item.
# Written with one leading character class ("[.!?؟。]+(?=\s|$)|\n\s*\n|\n(?=\s*[-*•\d])" otherwise) so
# that the regex engine jumps from one candidate character to the next: 3x faster.
_SENTENCE_END = re.compile(r"[.!?؟。\n](?:(?<=[.!?؟。])[.!?؟。]*(?=\s|$)|(?<=\n)\s*\n|(?<=\n)(?=\s*[-*•\d]))")


# "\n|(?<=[.!?])\s" with the same match ends, written as one character class and then a look-behind
# telling which it was: the regex engine jumps between candidate characters in C (an alternation of
# "[.!?]\s|\n" is tried branch by branch at every position, ~2x slower)
_LINE_OR_SENTENCE_START = re.compile(r"[.!?\n](?:(?<=[.!?])\s|(?<=\n))")


@lru_cache(maxsize=_PER_REPLY)
def line_and_sentence_starts(text: str) -> tuple[int, ...]:
    r"""Offsets where a line or a sentence starts (0, after a line break, after ". " / "! " / "? "): the
    only places an expression anchored with ``(?m)^`` or ``(?<=[.!?]\s)`` can match, so such
    expressions are tried there instead of at every position."""
    return (0, *[m.end() for m in _LINE_OR_SENTENCE_START.finditer(text)])


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, trimmed of surrounding whitespace. (One loop, no call per
    sentence: every reply needs its ~18 sentences.)"""
    out: list[tuple[int, int]] = []
    pos = 0
    for end in [*[m.end() for m in _SENTENCE_END.finditer(text)], len(text)]:
        stripped = text[pos:end].lstrip()
        if stripped:
            start = end - len(stripped)
            out.append((start, start + len(stripped.rstrip())))
        pos = end
    return out


_STEM_SUFFIXES = {
    "en": ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"),
    "nl": ("ingen", "ing", "tjes", "tje", "jes", "je", "en", "es", "e", "s", "t", "d"),
    "ar": ("ات", "ون", "ين", "ها", "هم", "كم", "ة", "ه", "ك", "ي"),
}
_AR_PREFIX = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_WORDS = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=65536)
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
