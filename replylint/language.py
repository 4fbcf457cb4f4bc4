"""Language detection for replies that do not say which language they are in.

Two stages, measured rather than guessed (docs/benchmarks.md):

1. a fast path that needs no model: Arabic script, or a clear majority of one
   language's function words (from ``rules/core/<lang>.yaml``). It decides
   most replies of a realistic length in a few microseconds;
2. py3langid (bundled model, ~0.05 ms a call, ~0.5 s to decompress once, ~0.05 s
   from the cache of :mod:`replylint.cache`) for what the fast path cannot
   decide, restricted to the configured candidates.

Very short texts ("ok", "Thanks!") are reported with low confidence; the
linter then falls back to the configured default language.
"""

from __future__ import annotations

import array
import mmap
import re
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Iterable

from .textutil import ASCII_LETTERS_APOSTROPHE, split_words, text_runs

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# runs of the same characters: counting run lengths costs a fifth of listing every character
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_TWO_LETTERS = re.compile(r"[^\W\d_].*?[^\W\d_]", re.S)


def words_of(text: str) -> list[str]:
    """The words of ``_WORD.findall(text.lower())``, in no particular order (the detector counts them).
    ASCII text is cut with ``bytes.translate`` (textutil.split_words); other text without an apostrophe
    takes its words from the reply's ``\\w+`` runs, computed once per reply for the gates anyway (a
    second scan cost ~40 us): a run of letters is one word, a run with digits or underscores holds the
    letter runs between them."""
    if "'" in text or text.isascii():
        return split_words(text.lower(), ASCII_LETTERS_APOSTROPHE, _WORD, ordered=False)
    words: list[str] = []
    for run in text_runs(text):
        if run.isalpha():
            words.append(run)
        else:
            words += _LETTER_RUN.findall(run)
    return words


CONFIDENT = 0.80
"""Below this, a detected language is treated as a guess."""


class LanguageDetector:
    def __init__(self, candidates: Iterable[str], stopwords: dict[str, Iterable[str]]):
        self.candidates = [c for c in candidates]
        self.stopwords = {lang: frozenset(w.lower() for w in words) for lang, words in stopwords.items()
                          if lang in self.candidates}
        # each stop word with the languages it is one of ('in': English and Dutch)
        self._languages_of = {w: tuple(lang for lang, sw in self.stopwords.items() if w in sw)
                              for w in frozenset().union(*self.stopwords.values())}
        self._langid = None
        self._lock = threading.Lock()
        self._recent: dict[str, tuple[str | None, float]] = {}

    def detect(self, text: str) -> tuple[str | None, float]:
        """``(language, confidence)``; ``(None, 0.0)`` when there is nothing to go on.

        The last few answers are remembered: the pipeline and ``context.wrong_language`` ask about
        the same reply, and a helpdesk sends the same incoming message with every draft."""
        cached = self._recent.get(text)
        if cached is not None:
            return cached
        result = self._detect(text)
        if len(self._recent) >= 64:
            self._recent.clear()
        self._recent[text] = result
        return result

    def _detect(self, text: str) -> tuple[str | None, float]:
        sample = text[:4000]
        arabic_first = "ar" in self.candidates and not sample.isascii() and _ARABIC.search(sample) is not None
        if arabic_first:
            # Arabic characters in half of all characters are at least half of the letters: with two letters
            # somewhere, the answer below, without cutting the reply into words first (~30 us)
            arabic = sum(map(len, _ARABIC_RUN.findall(sample)))
            if 2 * arabic >= len(sample) and _TWO_LETTERS.search(sample) is not None:
                return "ar", 0.99
        words = words_of(text) if len(text) <= 4000 else _WORD.findall(sample.lower())
        # fewer than two letters (every word has one at least: only a one-word text needs its length)
        if len(words) < 2 and (not words or len(words[0]) < 2):
            return None, 0.0
        if arabic_first:
            letters = sum(map(len, words))
            # without apostrophes the words are exactly the letter runs: their length is the letter count
            total = letters if "'" not in sample else sum(map(len, _LETTER_RUN.findall(sample)))
            if arabic / total >= 0.5:
                return "ar", 0.99
        fast = self._by_stopwords(words)
        if fast is not None:
            return fast
        return self._by_model(sample, len(words))

    def _by_stopwords(self, words: list[str]) -> tuple[str, float] | None:
        if len(words) < 6 or not self.stopwords:
            return None
        counts = self._stopword_counts(words)
        best, lang = counts[0]
        second = counts[1][0] if len(counts) > 1 else 0
        density = best / len(words)
        if best >= 3 and density >= 0.25 and best >= 3 * max(second, 1):
            return lang, min(0.99, 0.85 + density / 4)
        return None

    def _stopword_counts(self, words: list[str]) -> list[tuple[int, str]]:
        """``(how many of words are stop words of lang, lang)`` per candidate language, most first."""
        # the words' tuples of languages counted (a third of a reply's words are stop words, and they make a
        # handful of tuples: the counting loop is in C), then each tuple's count added to its languages
        counts = dict.fromkeys(self.stopwords, 0)
        for languages, n in Counter(filter(None, map(self._languages_of.get, words))).items():
            for lang in languages:
                counts[lang] += n
        return sorted(((n, lang) for lang, n in counts.items()), reverse=True)

    def _by_model(self, text: str, n_words: int) -> tuple[str | None, float]:
        ident = self._identifier()
        lang, prob = ident.classify(text)
        prob = float(prob)
        if n_words < 3:  # a word or two: the model's probability is not worth much
            prob = min(prob, 0.5)
        return lang, prob

    def _identifier(self):
        if self._langid is None:
            with self._lock:
                if self._langid is None:
                    self._langid = load_identifier(self.candidates)
        return self._langid


# What a pickled py3langid identifier may name (see replylint.cache): its class, numpy's arrays, stdlib arrays.
_LANGID_GLOBALS = frozenset({("py3langid.langid", "LanguageIdentifier"), ("numpy", "dtype"),
                             ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
                             ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "_reconstruct"),
                             ("numpy", "ndarray"), ("array", "_array_reconstructor"), ("array", "array")})


def load_identifier(candidates: list[str]):
    """py3langid's identifier restricted to ``candidates``. Its model ships LZMA-compressed, and
    decompressing it took ~0.5 s of every process that needed it (a CLI run on a short macro: half its
    start); the ready identifier is kept in the cache (``REPLYLINT_CACHE_DIR``) and loads in a few
    milliseconds. Its largest part, the tokenizer's table of moves (38 MB, of which a reply reads a few
    rows), is kept in a file of its own and mapped, not read: the pages a process never touches cost it
    no memory (peak RSS ~80 MB lower than unpickling it)."""
    import numpy
    import py3langid
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    from .cache import cache_dir, load_pickle

    path = None
    folder = cache_dir()
    model = Path(py3langid.__file__).parent / MODEL_FILE
    if folder is not None and model.exists():
        stat = model.stat()
        name = "-".join([getattr(py3langid, "__version__", "0"), numpy.__version__, *sorted(candidates),
                         str(stat.st_size), str(int(stat.st_mtime))])
        path = folder / f"py3langid-{name}-py{sys.version_info[0]}{sys.version_info[1]}-v2.pickle"
        cached = load_pickle(path, _LANGID_GLOBALS)
        if isinstance(cached, LanguageIdentifier):
            if getattr(cached, "tk_nextmove", None) is not None:
                return cached
            moves = _mapped_moves(_moves_path(path), getattr(cached, "tk_row", None))
            if moves is not None:
                cached.tk_nextmove = moves
                return cached
    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(candidates)
    if hasattr(ident, "_full_model"):
        # py3langid keeps the whole model (28 MB) for later calls to set_languages(), which replylint never
        # makes: only the candidates' part is kept
        ident._full_model = (ident.nb_ptc, ident.nb_pc, ident.nb_classes)
    if path is not None:
        _cache_identifier(path, ident)
    return ident


def _moves_path(path: Path) -> Path:
    return path.with_name(f"{path.stem}-moves-{_MOVES_TYPE}-{sys.byteorder}.bin")


# the typecode of py3langid's table of moves (state numbers above 65,535 need 32 bits)
_MOVES_TYPE = "I"


def _cache_identifier(path: Path, ident) -> None:
    """Write the identifier without its table of moves, and the table as raw machine integers beside
    it (first, so that a reader who finds the identifier finds its table)."""
    from .cache import save_pickle, write_atomically

    moves = getattr(ident, "tk_nextmove", None)
    if not isinstance(moves, array.array) or moves.typecode != _MOVES_TYPE:
        return  # another py3langid layout: no cache
    write_atomically(_moves_path(path), memoryview(moves).cast("B"))
    ident.tk_nextmove = None
    try:
        save_pickle(path, ident)
    finally:
        ident.tk_nextmove = moves


def _mapped_moves(path: Path, rows) -> memoryview | None:
    """The table of moves in ``path``, mapped read-only; ``None`` when it is missing or too short for
    the tokenizer's rows (a damaged or foreign file: the model is parsed again)."""
    try:
        with open(path, "rb") as file:
            mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        moves = memoryview(mapped).cast(_MOVES_TYPE)
    except TypeError:
        mapped.close()
        return None
    if not rows or len(moves) % 256 or len(moves) < 256 * (max(rows) + 1):
        moves.release()
        mapped.close()
        return None
    return moves
