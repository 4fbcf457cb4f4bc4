"""The literal prefilter may only rule out what cannot match (replylint/prefilter.py)."""

from __future__ import annotations

import re

import yaml
from hypothesis import HealthCheck, given, settings, strategies as st

from replylint.packs import builtin_packs_root
from replylint.prefilter import Alternation, required_substrings, required_words

WORDS = ["i", "we", "you", "kill", "will", "ll", "your", "back", "ik", "je", "maak", "قتلك", "سوف", "حياتك", "ab", "go",
         "be"]
SEPARATORS = [" ", "", ", ", "\n", "'", "-", "  ", "_", "س", "ا", ". ", "! "]


def _atom(draw_word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        draw_word.map(re.escape),
        st.sampled_from([r"\b", r"\s+", r"\s*", r"\w+", r".", r"[ab]", r"(?<!\w)", r"(?!\w)", r"(?<![\w])",
                         "^", "$", r"\W", r"[ ,]+", r"'", " ", r"\d", r"(?=k)", r"\B", r"[^a]"]),
    )


def _regex() -> st.SearchStrategy[str]:
    words = st.sampled_from(WORDS)
    leaf = _atom(words)

    def extend(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.lists(inner, min_size=1, max_size=5).map("".join),
            st.lists(inner, min_size=2, max_size=4).map(lambda xs: "(?:" + "|".join(xs) + ")"),
            inner.map(lambda x: f"(?:{x})?"),
            # (the examples are drawn the same way on every run: a run that meets a slow one would hang CI)
            # repeats are bounded: an unbounded repeat of an expression with '\w+' in it ('(?:\w+x?)+') backtracks
            # exponentially on a text it does not match, and hung the suite once; the prefilter reads '{1,3}' as
            # it reads '+' (a repeat with a minimum), and the atoms keep '\w+' and '\s*'
            inner.map(lambda x: f"(?:{x}){{1,3}}"),
            inner.map(lambda x: f"(?:{x}){{1,2}}"),
            inner.map(lambda x: f"(?:{x}){{0,3}}"),
            inner.map(lambda x: f"({x})"),
        )

    return st.recursive(leaf, extend, max_leaves=12)


_texts = st.lists(st.tuples(st.sampled_from(WORDS + ["x", "killer", "abab", "7"]), st.sampled_from(SEPARATORS)),
                  max_size=12).map(lambda parts: "".join(w + s for w, s in parts))


def _holds(pattern: str, text: str) -> bool:
    words = set(re.findall(r"\w+", text))
    ok_words = all(any(s <= words for s in alternatives) for alternatives in required_words(pattern))
    subs = required_substrings(pattern)
    return ok_words and (not subs or any(s in text for s in subs))


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(_regex(), _texts)
def test_a_pattern_that_matches_has_what_it_requires(pattern: str, text: str) -> None:
    try:
        compiled = re.compile(pattern)
    except re.error:
        return
    if compiled.search(text) is not None:
        assert _holds(pattern, text), (pattern, text, required_words(pattern), required_substrings(pattern))


@settings(max_examples=800, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True)
@given(st.lists(_regex(), min_size=1, max_size=5), _texts)
def test_alternation_finds_what_the_joined_expression_finds(patterns: list[str], text: str) -> None:
    try:
        alternation = Alternation(patterns, whole_scans=0)
    except re.error:
        return
    expected = [(m.span(), m.group()) for m in alternation.full.finditer(text)]
    assert [(m.span(), m.group()) for m in alternation.finditer(text)] == expected
    words = frozenset(re.findall(r"\w+", text))
    assert [(m.span(), m.group()) for m in alternation.finditer(text, words)] == expected


def test_threat_patterns_get_requirements_and_keep_their_matches() -> None:
    """Every shipped threat pattern (lower-cased, as the lexicon scans it) is prefiltered, and the
    sentences that should match still do."""
    from replylint.rules.toxicity.lexicon import ToxicityPack

    def threats(lang: str) -> list[str]:  # (the crossed threats' expressions first, as the lexicon scans them)
        data = yaml.safe_load((builtin_packs_root() / "toxicity" / f"{lang}.yaml").read_text(encoding="utf-8"))
        return ToxicityPack.model_validate(data).threat_patterns()

    for lang in ("en", "nl", "ar"):
        for pattern in threats(lang):
            assert required_words(pattern) or required_substrings(pattern), pattern
    alternation = Alternation(threats("en"), whole_scans=0)
    for text in ["i will find you and your family.", "we know where you live", "ok, i'll end this call now",
                 "you're dead", "thanks, we will send it"]:
        assert [m.span() for m in alternation.finditer(text)] == [m.span() for m in alternation.full.finditer(text)]
    assert alternation.branches("thanks, we will send it", frozenset({"thanks", "we", "will", "send", "it"})) == ()


def test_what_cannot_be_analysed_is_always_scanned() -> None:
    assert required_words("kill you", re.I) == () and required_substrings("kill", re.I) == ()
    assert required_words("(?i)kill you") == ()
    assert required_words("(?i:kill) you") == ()
    assert required_words("\uffffkill\uffff") == ()
    alternation = Alternation([r"\d+", "(?i:kill)"], whole_scans=0)
    assert [m.group() for m in alternation.finditer("KILL 12")] == ["KILL", "12"]


def test_requirements_read_from_patterns() -> None:
    assert required_words(r"\bwatch your back\b") == ((frozenset({"watch", "your", "back"}),),)
    # an optional word between two required ones does not join them
    assert required_words(r"\bi will\s+(?:\w+\s+)?kill\s+you\b") == (
        (frozenset({"kill", "you"}),), (frozenset({"i", "will"}),))  # most letters first
    # a word at the edge of a match may continue in the text: no requirement
    assert required_words("kill") == ()
    assert required_substrings("kill") == ("kill",)
    assert required_substrings(r"(?:س|سوف\s+)تندم") == ("تندم",)


def test_the_first_texts_are_scanned_whole_then_with_the_branches_they_can_match():
    alternation = Alternation([r"\bwatch your back\b", r"\bkys\b"], whole_scans=2)
    for _ in range(4):
        assert [m.group() for m in alternation.finditer("watch your back. kys")] == ["watch your back", "kys"]
        assert list(alternation.finditer("thanks for waiting")) == []
    assert alternation.branches("kys", frozenset({"kys"})) == (1,)


def test_a_subset_is_compiled_when_it_recurs_and_the_store_stays_bounded():
    from replylint.prefilter import Recurring

    sources: list[tuple[int, ...]] = []
    store = Recurring(lambda key: (sources.append(key), "|".join(map(str, key)))[1], size=2, after=3)
    assert store.get((1, 2)) is None and store.get((1, 2)) is None and sources == []  # scanned member by member
    assert store.get((1, 2)).pattern == "1|2" and sources == [(1, 2)]  # the third time: compiled
    assert store.get((1, 2)) is not None and sources == [(1, 2)]  # once
    for key in [(3,), (3,), (3,), (4,), (4,), (4,), (5,), (5,), (5,)]:
        store.get(key)
    assert len(store._compiled) == 2 and (1, 2) not in store._compiled  # the oldest went
    for i in range(20):
        store.get((100 + i,))
    assert len(store._seen) <= 8


def test_merged_scans_give_the_joined_expressions_matches():
    from replylint.prefilter import merged_matches

    expressions = [re.compile(p) for p in (r"\bab\b", r"\bab c\b", r"\bc d\b", r"x+")]
    text = "ab c d ab xx c d ab"
    joined = re.compile("|".join(f"(?:{e.pattern})" for e in expressions))
    assert [m.span() for m in merged_matches(expressions, text)] == [m.span() for m in joined.finditer(text)]
    longest = re.compile(r"\b(?:ab(?: c)?|c d|x+)\b")  # a trie prefers the longer phrase at a position
    assert [m.span() for m in merged_matches(expressions[:3] + [re.compile(r"\bx+\b")], text, longest=True)] == \
        [m.span() for m in longest.finditer(text)]
    assert merged_matches([re.compile(r"a*")], "bbb") is None  # empty matches are left to re


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["\\b", "kill", "you", "'ll", "\\s+", "(?:a|b)", "?", "+", "\\w", "|", "قتلك", "x{2}",
                                 "\\d", "*", "(", ")", "{1,2}", "(?P<word>", "(?P<w>you)", "(?:^|(?<=[.!?]\\s))",
                                 "(?<!x)", "(?<=a )", "^", "(?:", "[a|)]", "\\|", "(?:go|be\\s+)", "(?<![\\w])", "(?<!عن )"]), min_size=1, max_size=7
                ).map("".join), _texts)
def test_a_boundary_moved_behind_the_first_word_changes_no_match(pattern: str, text: str) -> None:
    from replylint.prefilter import literal_first

    try:
        plain = re.compile(pattern)
    except re.error:
        return
    moved = re.compile(literal_first(pattern))
    assert [(m.span(), m.group()) for m in moved.finditer(text)] == [(m.span(), m.group()) for m in plain.finditer(text)]


def test_a_boundary_is_moved_only_before_a_whole_literal_word():
    from replylint.prefilter import literal_first

    assert literal_first(r"\byou'll\s+regret") == r"you'll(?<!\wyou'll)\s+regret"
    assert literal_first(r"\b(?P<word>your)\s+x") == r"(?P<word>your(?<!\wyour))\s+x"
    assert literal_first(r"\byou?") == r"yo(?<!\wyo)u?"  # (the run stops before a quantified letter)
    assert literal_first(r"\b(?:i|we)\s+will") == r"(?:i(?<!\wi)|we(?<!\wwe))\s+will"
    assert literal_first(r"(?:^|(?<=[.!?]\s))(?:go|be)\s+x") == \
        r"(?:go(?:(?<=^go)|(?<=[.!?]\sgo))|be(?:(?<=^be)|(?<=[.!?]\sbe)))\s+x"
    assert literal_first(r"\bab*") == r"a(?<!\wa)b*"
    # each alternative of the whole on its own, a look-behind taken along with the boundary before it
    assert literal_first(r"(?<![\w])(?<!x )(?:ab|cd)\s|(?<!\w)\d+") == \
        r"(?:ab(?<![\w]ab)(?<!x ab)|cd(?<![\w]cd)(?<!x cd))\s|(?<!\w)\d+"
    for pattern in (r"\b(?:i|\w)", r"kill\b", r"\b(?P<word>your)?x", r"\b\w+",
                    r"\b(?:a|b)?c", r"(?:^|x)y", r"\b(?=a)ab", r"\b[ab]c", r"(?<!x)+a"):
        assert literal_first(pattern) == pattern


def test_subsets_from_several_threads_stay_bounded_and_right():
    import threading

    from replylint.prefilter import Recurring

    store = Recurring(lambda key: "|".join(map(str, key)), size=8, after=1)
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(400):
                key = (offset, i % 50)
                assert store.get(key).pattern == f"{offset}|{i % 50}"
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == [] and len(store._compiled) <= 8 + 4


def test_a_long_branch_is_scanned_alone_not_compiled_into_subsets(monkeypatch):
    """A branch past _HEAVY_BRANCH characters (the crossed dares and sanctions) would cost milliseconds in every
    subset compiled with it: subsets that hold one are scanned member by member, with the joined expression's
    matches."""
    import replylint.prefilter as pf

    monkeypatch.setattr(pf, "_HEAVY_BRANCH", 30)
    long_branch = r"\bgo\s+ahead\b[^.]{0,40}?\b(?:forget|kiss)\s+(?:your|that)\s+\w+"
    patterns = [long_branch, r"\bwatch your back\b", r"\bkys\b"]
    alternation = pf.Alternation(patterns, whole_scans=0)
    joined = re.compile("|".join(f"(?:{p})" for p in patterns))
    text = "go ahead and complain, then forget your refund. watch your back. kys"
    for _ in range(12):  # more often than a subset needs to recur before it is compiled
        assert [m.span() for m in alternation.finditer(text)] == [m.span() for m in joined.finditer(text)]
    assert not alternation._subsets._compiled
