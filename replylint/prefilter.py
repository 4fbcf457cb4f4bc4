"""Words a regular expression cannot match without: skip the branches of an alternation a text lacks.

Threat patterns are alternations of word-led expressions ("\\b(?:i|we)(?:'ll| will)\\s+..."). The
regex engine tries every branch at every position where one could start, and the letters they start
with are the commonest ones, so an alternation costs a reply 40-90 us whatever it finds. Yet nearly
every branch needs some whole word ("know where you live", "kill yourself"). This module reads those
words from the parsed pattern, as RE2's and ripgrep's literal prefilters read literals, and a text then
meets only the branches whose required words are among its own words (a set test against the reply's
cached word set, instead of a substring search per literal). Most replies contain none, and the scan is
skipped.

Soundness is the point: a branch is dropped only when no match of it can exist in the text, so the
remaining alternation finds exactly the same matches (tests/test_prefilter.py compares them on random
expressions and texts). Whatever cannot be analysed (case-insensitive flags, scoped flags, unknown
syntax) is always scanned.

How words are found: each sub-expression's *finite* set of consumed strings is computed where it is
small, with a marker standing for "one or more characters that are not word characters, or the edge of
the text" (``\\b``, ``\\s+``, ``(?<!\\w)``, ``^``). A ``\\w+`` run inside such a string with a non-word
character or a marker on both sides is a whole word of any text the string occurs in.
"""

from __future__ import annotations

import re
from typing import AbstractSet, Callable, Generic, Hashable, Iterator, Sequence, TypeVar

try:  # CPython's own parser (the one re.compile uses); without it nothing is prefiltered
    from re import _constants as _C, _parser as _P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11 names them sre_parse / sre_constants
    _C = _P = None  # type: ignore[assignment]

_MARK = "\uffff"  # a noncharacter: "non-word characters or an edge here" (patterns containing it: unanalysed)
_MAX_EXACT = 64  # strings kept per finite sub-expression ("(?:i|we)(?:'ll| will)" is 4)
_MAX_FACTORS = 3  # per branch, the most selective ones
_WORD = re.compile(r"\w+")


class _Unsupported(Exception):
    pass


class _Info:
    """What a sub-expression consumes. ``exact``: the finite set of strings it can match (None when
    unknown or too many). ``factors``: sets of strings of which every match contains one. ``head`` /
    ``tail``: whether each non-empty match starts / ends with a non-word character; ``empty``: whether it
    can match the empty string. (For an exact set these follow from its strings.)"""

    __slots__ = ("exact", "factors", "head", "tail", "empty")

    def __init__(self, exact: set[str] | None = None, factors: list[frozenset[str]] | None = None,
                 head: bool = False, tail: bool = False, empty: bool = False):
        self.exact = exact
        self.factors = factors or []
        if exact is not None:
            full = [x for x in exact if x]
            head = all(not _is_word_char(x[0]) for x in full)
            tail = all(not _is_word_char(x[-1]) for x in full)
            empty = "" in exact
        self.head, self.tail, self.empty = head, tail, empty

    def as_factors(self) -> list[frozenset[str]]:
        if self.exact is not None:
            return [frozenset(self.exact)] if self.exact and "" not in self.exact else []
        return self.factors


def _is_word_char(ch: str) -> bool:
    return ch != _MARK and _WORD.match(ch) is not None


_UNKNOWN = _Info()


def _sequence(items) -> _Info:
    infos = [_node(item) for item in items]
    run: set[str] = {""}  # the strings of the stretch since the last item of unknown strings
    factors: list[frozenset[str]] = []
    broken = False
    for info in infos:
        if info.exact is not None and len(run) * len(info.exact) <= _MAX_EXACT:
            run = {a + b for a in run for b in info.exact}
            continue
        broken = True
        if info.exact is not None:
            factors += _Info(run).as_factors()
            run = set(info.exact)
            continue
        # An item of unknown strings ends the stretch. A word at the stretch's end is still whole when
        # the item's matches start with a non-word character; one at the next stretch's start when its
        # matches end with one and either it cannot match nothing or the stretch before ends with one.
        ended = _Info(run)
        if info.head and not info.empty:
            run = {r + _MARK for r in run}
        factors += _Info(run).as_factors() + info.factors
        run = {_MARK} if info.tail and (not info.empty or (ended.tail and not ended.empty)) else {""}
    if not broken:
        return _Info(run)
    head = tail = True
    for info in infos:  # the first item that cannot be empty decides how a non-empty match starts
        if not info.head and info.exact != {""}:
            head = False
            break
        if not info.empty:
            break
    for info in reversed(infos):
        if not info.tail and info.exact != {""}:
            tail = False
            break
        if not info.empty:
            break
    return _Info(None, factors + _Info(run).as_factors(), head, tail, all(i.empty for i in infos))


_EDGES = ("AT_BOUNDARY", "AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BEGINNING_LINE", "AT_END", "AT_END_STRING",
          "AT_END_LINE")


def _non_word_class(items) -> bool:
    """Whether a character class only holds characters that are not word characters."""
    if not items:
        return False
    for op, av in items:
        if op is _C.LITERAL:
            if _WORD.match(chr(av)) is not None:
                return False
        elif op is _C.CATEGORY:
            if av not in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD):
                return False
        else:
            return False
    return True


def _is_word_class(body) -> bool:
    body = list(body)
    return len(body) == 1 and body[0][0] is _C.IN and list(body[0][1]) == [(_C.CATEGORY, _C.CATEGORY_WORD)]


def _node(item) -> _Info:
    op, av = item
    if op is _C.LITERAL:
        if av == ord(_MARK):
            raise _Unsupported("the marker character")
        return _Info({chr(av)})
    if op is _C.AT:
        return _Info({_MARK} if str(av) in _EDGES else {""})  # zero width; next to a word: an edge
    if op is _C.ASSERT_NOT:
        return _Info({_MARK} if _is_word_class(av[1]) else {""})  # (?<!\w) / (?!\w): an edge
    if op is _C.ASSERT:
        return _Info({""})
    if op is _C.SUBPATTERN:
        _group, add_flags, del_flags, body = av
        if add_flags or del_flags:
            raise _Unsupported("scoped flags")
        return _sequence(body)
    if getattr(_C, "ATOMIC_GROUP", None) is op:
        return _sequence(av)
    if op is _C.BRANCH:
        infos = [_sequence(branch) for branch in av[1]]
        if all(i.exact is not None for i in infos) and sum(len(i.exact) for i in infos) <= _MAX_EXACT:
            return _Info(set().union(*(i.exact for i in infos)))
        chosen = [_best(i.as_factors()) for i in infos]
        head, tail, empty = all(i.head for i in infos), all(i.tail for i in infos), any(i.empty for i in infos)
        if any(c is None for c in chosen):
            return _Info(None, [], head, tail, empty)  # one alternative needs nothing known: nor does the whole
        return _Info(None, [frozenset().union(*chosen)], head, tail, empty)
    if op is _C.IN:
        if _non_word_class(av):
            return _Info({_MARK})
        if av and all(o is _C.LITERAL for o, _ in av):
            return _Info({chr(a) for _, a in av})
        return _UNKNOWN
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) or getattr(_C, "POSSESSIVE_REPEAT", None) is op:
        low, high, body = av
        inner = _sequence(body)
        if inner.exact == {_MARK}:  # \s+, [ ,]*: non-word characters (or none)
            return _Info({_MARK} if low >= 1 else {"", _MARK})
        if low == 0 and high == 1 and inner.exact is not None:
            return _Info(inner.exact | {""})
        if low == high == 1:
            return inner
        factors = inner.as_factors() if low >= 1 else []
        return _Info(None, factors, inner.head, inner.tail, low == 0 or inner.empty)
    if op is _C.GROUPREF:
        return _Info(None, [], False, False, True)
    return _UNKNOWN  # any character, a category: nothing known


def _words(literal: str) -> frozenset[str]:
    """The whole words of a consumed string: ``\\w+`` runs with a non-word character or a marker on
    both sides (a run at the string's edge may continue in the text)."""
    return frozenset(m.group() for m in _WORD.finditer(literal) if m.start() > 0 and m.end() < len(literal))


def _word_factor(factor: frozenset[str]) -> tuple[frozenset[str], ...] | None:
    """Per string of ``factor``, the set of its whole words: a text with a match has every word of
    one of them. Strings that contain another's words are dropped. None when a string has none."""
    sets = {_words(literal) for literal in factor}
    if not all(sets):
        return None
    minimal = [s for s in sets if not any(o < s for o in sets)]
    return tuple(sorted(minimal, key=lambda s: (len(s), sorted(s))))


def _best(factors: list[frozenset[str]]) -> frozenset[str] | None:
    scored = [(f, _score(_word_factor(f))) for f in factors]
    usable = [fs for fs in scored if fs[1] is not None]
    return max(usable, key=lambda fs: fs[1])[0] if usable else (factors[0] if factors else None)


def _score(alternatives: tuple[frozenset[str], ...] | None) -> tuple[int, int] | None:
    """Selectivity: the fewest letters a text must have in required words, then fewer alternatives."""
    if alternatives is None:
        return None
    return (min(sum(map(len, s)) for s in alternatives), -len(alternatives))


def required_words(pattern: str, flags: int = 0) -> tuple[tuple[frozenset[str], ...], ...]:
    """Requirements of ``pattern`` on the whole ``\\w+`` runs of any text it matches: for each
    requirement (a tuple of word sets), the text has every word of at least one of the sets. Most
    selective first, at most a few; empty when nothing is known. Case-insensitive patterns get none:
    their words would have to be compared as ``re`` folds case."""
    return _words_required(_factors(pattern, flags))


def _words_required(factors: list[frozenset[str]]) -> tuple[tuple[frozenset[str], ...], ...]:
    requirements = {w for w in (_word_factor(f) for f in factors) if w is not None}
    return tuple(sorted(requirements, key=lambda r: (_score(r), r), reverse=True)[:_MAX_FACTORS])


def required_substrings(pattern: str, flags: int = 0) -> tuple[str, ...]:
    """Strings of which every match of ``pattern`` contains one (the most selective such set; empty
    when none is known or its shortest string is under 3 characters, which nearly every text has).
    For expressions that bound no whole word, such as Arabic ones matching inside words."""
    return _substrings_required(_factors(pattern, flags))


def _substrings_required(factors: list[frozenset[str]]) -> tuple[str, ...]:
    best: tuple[str, ...] = ()
    for factor in factors:
        # the marker stands for unknown characters: the longest literal piece of each string remains
        pieces = {max(literal.split(_MARK), key=len) for literal in factor}
        minimal = sorted(p for p in pieces if not any(o != p and o in p for o in pieces))
        if minimal and min(map(len, minimal)) >= 3 and (
                not best or (min(map(len, minimal)), -len(minimal)) > (min(map(len, best)), -len(best))):
            best = tuple(minimal)
    return best


def _factors(pattern: str, flags: int) -> list[frozenset[str]]:
    if _P is None or flags & re.IGNORECASE:
        return []
    try:
        tree = _P.parse(pattern, flags)
        if tree.state.flags & re.IGNORECASE:
            return []
        return _sequence(list(tree)).as_factors()
    except (_Unsupported, re.error, RecursionError, TypeError, AttributeError, ValueError):
        return []


_HEAVY_BRANCH = 1000  # characters of a branch's source past which it is never compiled into a subset (see finditer)


def _requirement(alternatives: tuple[frozenset[str], ...], rarest: Callable[[str], tuple]
                 ) -> tuple[frozenset[str], dict[str, list[frozenset[str]]] | None]:
    """A branch's requirement (one of ``alternatives``, word sets, must be among a text's words) as the keys to
    test first (each alternative's rarest word: a text without any of them meets none) and, where an alternative
    has more words than its key, the alternatives by their key: a text then tests only those whose key it has
    (a crossed threat's requirement holds ~60 alternatives, and one of its keys is in nearly every reply)."""
    by_key: dict[str, list[frozenset[str]]] = {}
    for alternative in alternatives:
        by_key.setdefault(max(sorted(alternative), key=rarest), []).append(alternative)
    multi = any(len(a) > 1 for a in alternatives)
    return frozenset(by_key), (by_key if multi else None)


class Alternation:
    """``"|".join(f"(?:{p})" for p in patterns)``, scanned with only the branches that can match.

    :meth:`finditer` gives the same matches as the joined expression: a branch is dropped only when the
    text lacks words it requires, and a branch that can match nowhere in a text never decides which
    branch matches first at a position. Group numbers are not kept (the joined expression numbers them
    across branches): read ``start``, ``end`` and ``group()`` only."""

    def __init__(self, patterns: Sequence[str], flags: int = 0, whole_scans: int = 8,
                 common: AbstractSet[str] = frozenset()):
        """``whole_scans``: how many texts are scanned with the joined expression before the patterns
        are read (which costs a few milliseconds: a CLI run on one file never pays it). ``common``: words
        nearly every text has (a language's function words): a branch is looked up by a requirement
        without them where it has one."""
        self.patterns = tuple(patterns)
        self.flags = flags
        self._common = frozenset(common)
        self._whole_scans = whole_scans
        self.full = re.compile(self._join(range(len(self.patterns))), flags)
        self._scans = 0  # texts scanned so far: the first few are scanned whole (see finditer)
        # (joined and compiled only when a set of open branches recurs; see Recurring.finditer)
        self._subsets: Recurring[tuple[int, ...]] = Recurring(self._join_moved, flags)
        self._branches: list[re.Pattern[str] | None] = [None] * len(self.patterns)
        self._heavy = frozenset(i for i, p in enumerate(self.patterns) if len(p) > _HEAVY_BRANCH)
        self._analysed = False
        self._always = True
        self._checks: list[tuple[int, tuple]] = []
        self._literal_checks: list[tuple[int, tuple[str, ...]]] = []

    def _analyse(self) -> None:
        factors = [_factors(p, self.flags) for p in self.patterns]  # each pattern parsed once
        required = [_words_required(f) for f in factors]
        # a branch that bounds no whole word may still need a literal (Arabic ones match inside words)
        substrings = [() if words else _substrings_required(f) for f, words in zip(factors, required)]
        # per branch, per requirement: the longest word of each alternative that is not a common word (one set
        # test rules out nearly every branch) and the alternatives themselves (tested when that passes)
        rarest = (lambda word: (word not in self._common, len(word)))  # a word that is not common, the longest
        self._checks = [(i, self._rarest_first(tuple(_requirement(alts, rarest) for alts in reqs)))
                        for i, reqs in enumerate(required)]
        self._literal_checks = [(i, subs) for i, subs in enumerate(substrings) if subs]
        # a literal of word characters lies inside one of the text's \w+ runs: the runs are tested (once per
        # run, remembered) instead of the text, which an Arabic reply of ~140 literals paid ~70 us for
        self._literal_branches = frozenset(i for i, _ in self._literal_checks)
        self._word_literals: dict[str, list[tuple[str, int]]] = {}  # by their first two characters
        for i, subs in self._literal_checks:
            for literal in subs:
                if _WORD.fullmatch(literal):
                    self._word_literals.setdefault(literal[:2], []).append((literal, i))
        self._other_literals = [(i, others) for i, subs in self._literal_checks
                                if (others := tuple(s for s in subs if not _WORD.fullmatch(s)))]
        self._run_literals: dict[str, frozenset[int]] = {}
        self._always = not any(required) and not any(substrings)
        # the branches by the keys of their first requirement: a text's words pick their candidates with
        # one set intersection instead of a test per branch (a pack holds ~20 threat branches and ~4 group
        # attacks per language, and nearly every reply has none of their words)
        self._unconditional = tuple(i for i, reqs in self._checks if not reqs)
        index: dict[str, list[int]] = {}
        for i, reqs in self._checks:
            for key in reqs[0][0] if reqs else ():
                index.setdefault(key, []).append(i)
        self._by_key = index
        self._keys = frozenset(index)
        self._analysed = True

    def _rarest_first(self, checks: tuple) -> tuple:
        """A branch's requirements with the one whose keys are least often common words first: it indexes the
        branch, and is tested first. Requirements are ordered by the letters they need, which put 'your' and
        'and' before 'kill': an English threat branch was a candidate in every reply, eleven of them a reply.
        (Stable: without common words the order stays.)"""
        if not self._common or len(checks) < 2:
            return checks
        return tuple(sorted(checks, key=lambda check: len(check[0] & self._common) / len(check[0])))

    def _join(self, indices) -> str:
        return "|".join(f"(?:{self.patterns[i]})" for i in indices)

    def _join_moved(self, indices) -> str:
        """:meth:`_join` of the branches with their leading tests moved (:func:`literal_first`): a subset whose
        branches all start with literals is scanned for their first characters."""
        return "|".join(f"(?:{literal_first(self.patterns[i])})" for i in indices)

    def branches(self, text: str, words: AbstractSet[str]) -> tuple[int, ...]:
        """Indices of the branches that may match ``text``, whose ``\\w+`` runs are ``words``."""
        if not self._analysed:
            self._analyse()
        ruled_out = self._literal_branches - self._literals_in(text, words) if self._literal_checks else ()
        present = self._keys & words if isinstance(words, frozenset) else self._keys.intersection(words)
        candidates = set(self._unconditional)
        for key in present:
            candidates.update(self._by_key[key])
        out = []
        for i in sorted(candidates):
            if i in ruled_out:
                continue
            for keys, by_key in self._checks[i][1]:
                if keys.isdisjoint(words):
                    break
                if by_key is not None and not any(s <= words for key in keys.intersection(words) for s in by_key[key]):
                    break
            else:
                out.append(i)
        return tuple(out)

    def _literals_in(self, text: str, words: AbstractSet[str]) -> set[int]:
        """The branches with a literal requirement that ``text`` (whose ``\\w+`` runs are ``words``) meets."""
        found: set[int] = set()
        known = self._run_literals
        for word in words:
            branches = known.get(word)
            if branches is None:
                branches = self._literals_of(word)
                if len(known) < 100_000:  # (two threads may both add a word: harmless)
                    known[word] = branches
            if branches:
                found |= branches
        for i, others in self._other_literals:
            if i not in found and any(s in text for s in others):
                found.add(i)
        return found

    def _literals_of(self, word: str) -> frozenset[int]:
        """The branches with a literal of word characters that occurs in ``word`` (a literal has three
        characters or more: looked up by each pair of the word's characters, not tested one by one)."""
        index = self._word_literals
        found = [i for at in range(len(word) - 1) for literal, i in index.get(word[at:at + 2], ())
                 if word.startswith(literal, at)]
        return frozenset(found)

    def finditer(self, text: str, words: AbstractSet[str] | None = None) -> Iterator[re.Match[str]]:
        """Matches in ``text``. ``words`` must be the set of its ``\\w+`` runs (``textutil.text_words``
        of the text it was lower-cased from gives them); computed here when not given."""
        if not self._analysed:
            self._scans += 1
            if self._scans <= self._whole_scans:
                return self.full.finditer(text)
            self._analyse()
        if self._always:
            return self.full.finditer(text)
        open_ = self.branches(text, frozenset(_WORD.findall(text)) if words is None else words)
        if not open_:
            return iter(())
        if len(open_) == len(self.patterns):
            return self.full.finditer(text)
        members = [self._branch(i) for i in open_]
        if len(open_) > 1 and not self._heavy.isdisjoint(open_):
            # a long branch (a crossed list of dares and sanctions, ~4,000 characters) costs ~4 ms to compile into
            # every subset it opens in: the members are scanned one by one instead, each compiled once
            merged = merged_matches(members, text)
            if merged is not None:
                return iter(merged)
        return self._subsets.finditer(open_, members, text)

    def _branch(self, i: int) -> re.Pattern[str]:
        compiled = self._branches[i]
        if compiled is None:  # two threads may both compile it: harmless
            compiled = self._branches[i] = re.compile(f"(?:{literal_first(self.patterns[i])})", self.flags)
        return compiled



_SPECIAL = frozenset(".^$*+?{}[]\\|()")
_QUANTIFIERS = frozenset("?*+{")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """Position and character of each ``(``, ``)`` and ``|`` of ``pattern`` from ``start`` that is syntax: not
    escaped, not inside a character class."""
    i, n = start, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif ch in "()|":
            yield i, ch
        i += 1


def _group_end(pattern: str, start: int) -> int:
    """Index of the ``)`` closing the group that opens at ``pattern[start]`` (-1: unbalanced)."""
    depth = 0
    for i, ch in _structure(pattern, start):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return -1


def top_level_alternatives(body: str) -> list[str]:
    """``body`` cut at its top-level ``|``: the alternatives of the expression."""
    parts, depth, last = [], 0, 0
    for i, ch in _structure(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif depth == 0:
            parts.append(body[last:i])
            last = i + 1
    parts.append(body[last:])
    return parts


class _CannotMove(Exception):
    pass


def _lookbehind(pattern: str) -> tuple[str, str, int] | None:
    """``(kind, body, end)`` of the look-behind ``(?<=body)`` or ``(?<!body)`` that ``pattern`` starts with."""
    for kind in ("=", "!"):
        if pattern.startswith(f"(?<{kind}"):
            end = _group_end(pattern, 0)
            return (kind, pattern[4:end], end) if end > 0 else None
    return None


def _tests(alternative: str) -> list[tuple[str, str]] | None:
    """An alternative that is one zero-width test of what comes before (``^``, ``(?<=x)``, ``(?<!x)``) as
    ``[(kind, body)]``; None for anything else."""
    if alternative == "^":
        return [("=", "^")]
    behind = _lookbehind(alternative)
    return [behind[:2]] if behind is not None and behind[2] == len(alternative) - 1 else None


# A choice of conjunctions of tests of the text before a position: [[("!", "\\w"), ("!", "عن ")]] is '(?<!\\w)(?<!عن )'.
# Kind "b" is a word boundary, which only a literal that starts with a word character can take along.
_Guards = list[list[tuple[str, str]]]


def _and(guards: _Guards, tests: list[tuple[str, str]]) -> _Guards:
    """``guards`` and then one of ``tests``."""
    return [conjunction + [test] for conjunction in guards or [[]] for test in tests]


def _move(pattern: str, guards: _Guards) -> str:
    """``pattern`` (one alternative: a sequence) with the tests ``guards`` of the position where it starts, and
    the tests it starts with itself, moved behind its first literal run."""
    if pattern.startswith("\\b"):
        return _move(pattern[2:], _and(guards, [("b", "\\w")]))
    behind = _lookbehind(pattern)
    if behind is not None:
        kind, body, end = behind
        if pattern[end + 1:end + 2] in _QUANTIFIERS:
            raise _CannotMove
        return _move(pattern[end + 1:], _and(guards, [(kind, body)]))
    if pattern.startswith("("):
        end = _group_end(pattern, 0)
        if end < 0 or pattern[end + 1:end + 2] in _QUANTIFIERS:
            raise _CannotMove
        if pattern.startswith("(?:"):
            opener = "(?:"
        elif pattern.startswith("(?P<"):
            opener = pattern[:pattern.index(">") + 1]
        elif not pattern.startswith("(?"):
            opener = "("
        else:
            raise _CannotMove  # a look-ahead, a flag, a back-reference: left as it is
        alternatives = top_level_alternatives(pattern[len(opener):end])
        rest = pattern[end + 1:]
        if opener == "(?:":
            tests = [_tests(a) for a in alternatives]
            if all(tests):
                return _move(rest, _and(guards, [t for ts in tests for t in ts]))
        return opener + "|".join(_move(a, guards) for a in alternatives) + ")" + rest
    run = 0
    while run < len(pattern) and pattern[run] not in _SPECIAL and \
            (run + 1 == len(pattern) or pattern[run + 1] not in _QUANTIFIERS):
        run += 1
    if not guards:
        return pattern
    literal = pattern[:run]
    if not literal or not (literal[0].isalnum() or literal[0] == "_") and \
            any(kind == "b" for conjunction in guards for kind, _ in conjunction):
        raise _CannotMove
    choices = ["".join(f"(?<{'!' if kind == 'b' else kind}{body}{literal})" for kind, body in conjunction)
               for conjunction in guards]
    return literal + (choices[0] if len(choices) == 1 else "(?:" + "|".join(choices) + ")") + pattern[run:]


def literal_first(pattern: str) -> str:
    """``pattern`` with the tests of what stands before its start (a word boundary, ``^``, a look-behind, or a
    choice of them as in ``(?:^|(?<=[.!?]\\s))``) moved behind the literal run each of its alternatives starts
    with: ``\\byou'll`` becomes ``you(?<!\\wyou)'ll``, ``\\b(?:i|we) will`` becomes
    ``(?:i(?<!\\wi)|we(?<!\\wwe)) will``. The same matches and groups (a test of the text before a position
    passes there exactly when the test widened by the literal passes after it), but ``re`` finds an expression
    that starts with a literal, or with a choice of them, by a fast scan for its first characters, and tries
    one that starts with a test at every position: 3-10x slower on a reply. Anything else (a boundary before a
    character class, a quantified group, a test inside an alternative after one outside it) leaves the
    pattern as it is. For expressions compiled without ``re.VERBOSE``."""
    out = []
    for alternative in top_level_alternatives(pattern):  # (each keeps its own tests, or is left as it is)
        try:
            out.append(_move(alternative, []))
        except _CannotMove:
            out.append(alternative)
    return "|".join(out)


def merged_matches(expressions: Sequence[re.Pattern[str]], text: str,
                   longest: bool = False) -> list[re.Match[str]] | None:
    """What ``finditer`` of the expressions joined as alternatives finds in ``text``, without compiling the
    join: one scan per expression. The joined expression takes, at the leftmost position where one of them
    matches, the first that does there (``longest``: the one whose match there is longest, as a trie of
    phrases does), and goes on where that match ends. Group numbers are each expression's own. None when
    an expression's match there is empty: ``re``'s rules for empty matches are left to ``re``."""
    ahead: list[tuple[int, int, int, re.Match[str]]] = []  # (start, tie-break, which, its next match)
    for k, expression in enumerate(expressions):
        m = expression.search(text)
        if m is not None:
            ahead.append((m.start(), -m.end() if longest else k, k, m))
    out: list[re.Match[str]] = []
    while ahead:
        start, _, _, m = min(ahead)
        end = m.end()
        if end == start:
            return None
        out.append(m)
        kept = []
        for item in ahead:
            if item[0] >= end:
                kept.append(item)
                continue
            again = expressions[item[2]].search(text, end)
            if again is not None:
                kept.append((again.start(), -again.end() if longest else item[2], item[2], again))
        ahead = kept
    return out


K = TypeVar("K", bound=Hashable)


class Recurring(Generic[K]):
    """Expressions for subsets of a list (of branches, of phrases), compiled only once a subset recurs.

    A reply opens its own subset of a list; compiling the subset's expression (0.2-0.5 ms) pays off when the
    same subset keeps coming back (replies from one template, a batch of similar ones), and costs more than
    scanning with each member's own expression when it does not (new wording opens new subsets: compiling
    every subset seen twice was 4% of a check on varied wording). So :meth:`get` answers None (the caller
    scans member by member, :func:`merged_matches`) until a subset has been asked for ``after`` times, then
    compiles it. Both stores are bounded: a stream of ever-new subsets never grows them past ``size``."""

    def __init__(self, source: Callable[[K], str], flags: int = 0, size: int = 1024, after: int = 8):
        self._source, self._flags, self._size, self._after = source, flags, size, after
        self._compiled: dict[K, re.Pattern[str]] = {}
        self._seen: dict[K, int] = {}

    def finditer(self, key: K, members: Sequence[re.Pattern[str]], text: str,
                 longest: bool = False) -> Iterator[re.Match[str]]:
        """The matches of the subset ``key``, whose members' own expressions are ``members`` (in the list's
        order): one member's expression alone, the subset's compiled expression once it recurs, else the
        members' scans merged (:func:`merged_matches`, ``longest`` as there); compiled at once when a member
        matches the empty string."""
        if len(members) == 1:
            return members[0].finditer(text)
        compiled = self.get(key)
        if compiled is not None:
            return compiled.finditer(text)
        merged = merged_matches(members, text, longest)
        return iter(merged) if merged is not None else self.compile(key).finditer(text)

    def get(self, key: K) -> re.Pattern[str] | None:
        compiled = self._compiled.get(key)
        if compiled is not None:
            return compiled
        seen = self._seen.get(key, 0) + 1
        if seen >= self._after:
            self._seen.pop(key, None)
            return self.compile(key)
        if len(self._seen) >= 4 * self._size:
            self._seen.clear()
        self._seen[key] = seen  # (two threads may both count one sighting: harmless)
        return None

    def compile(self, key: K) -> re.Pattern[str]:
        compiled = re.compile(self._source(key), self._flags)  # (two threads may both compile it: harmless)
        if len(self._compiled) >= self._size:
            try:
                self._compiled.pop(next(iter(self._compiled)), None)  # the oldest
            except (RuntimeError, StopIteration):
                pass  # another thread changed the store meanwhile: it stays near its size
        self._compiled[key] = compiled
        return compiled
