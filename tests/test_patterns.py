"""The token-pattern engine that tone and canned rule packs are written in."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint.patterns import PatternError, PatternSet, tokenize, validate_pattern


def norms(text, language="en"):
    return [t.norm for t in tokenize(text, language)]


@pytest.mark.parametrize("text,expected", [
    ("I've told you", ["i", "have", "told", "you"]),
    ("don't, can't, won't", ["do", "not", ",", "can", "not", ",", "will", "not"]),
    ("You’re right", ["you", "are", "right"]),  # curly apostrophe
    ("cannot", ["can", "not"]),
    ("gonna", ["going", "to"]),
    ("the customer's order", ["the", "customer", "'s", "order"]),
])
def test_english_clitics_become_words(text, expected):
    assert norms(text) == expected


def test_arabic_norms_drop_marks_and_unify_letters():
    assert norms("وهذه ليستْ مشكلتنا", "ar") == ["هذه", "ليست", "مشكلتنا"]
    assert norms("أنا", "ar") == norms("انا", "ar")


@given(st.text(alphabet=st.sampled_from(list("ab 'n’t.,!-\u0644\u0627\u064e1\n")), max_size=40),
       st.sampled_from(["en", "nl", "ar"]))
def test_tokens_are_ordered_non_overlapping_spans_of_the_text(text, language):
    tokens = tokenize(text, language)
    prev = 0
    for t in tokens:
        assert prev <= t.start < t.end <= len(text)
        assert not text[t.start:t.end].isspace()
        prev = t.end


@given(st.text(alphabet=st.sampled_from(list("ab 'n’t.,!-_\u0644\u0627\u064e1\u00a0\u2003\t\n\u00e9")), max_size=40),
       st.sampled_from(["en", "nl"]))
def test_tokens_found_by_position_are_the_matches_of_the_token_expression(text, language):
    """_latin_tokens finds where each token starts with str.find after the previous one; that must be
    where the expression matched it."""
    from replylint.patterns import _TOKEN, _TOKEN_EN, _TOKEN_EN_PLAIN, _TOKEN_PLAIN, _latin_tokens

    low = text.lower()
    for marks in (False, True):
        regex = (_TOKEN_EN if marks else _TOKEN_EN_PLAIN) if language == "en" else (_TOKEN if marks else _TOKEN_PLAIN)
        matches = list(regex.finditer(low))
        tokens = _latin_tokens(low, language, marks, 0, None)
        if language == "nl" or ("'" not in low and "’" not in low):  # (English clitics are rewritten)
            assert tokens.starts == [m.start() for m in matches]
            assert tokens.ends == [m.end() for m in matches]
            assert tokens.norms == [m.group() for m in matches]
        for s, e, n in zip(tokens.starts, tokens.ends, tokens.norms):
            assert 0 <= s < e <= len(low)


def make(patterns, language="en", stopwords=("i", "you", "the", "a", "as", "to")):
    ps = PatternSet(language, stopwords)
    ps.add("x", patterns)
    return ps


def spans(ps, text):
    return [text[s:e] for _, s, e in ps.find(text)]


def test_optional_slots_gaps_and_inflections():
    ps = make(["(as|like) i (already|previously)? (~tell|told|said) *2 (you|before)?"])
    assert spans(ps, "As I already told you, no.") == ["As I already told you"]
    assert spans(ps, "Like I said before.") == ["Like I said before"]
    assert spans(ps, "as i tells") == ["as i tells"]
    assert spans(ps, "As we said") == []


def test_gaps_of_ten_or_more_and_gaps_through_an_apostrophe():
    # '*10' was read as a literal word once: a gap takes any number of digits
    ps = make(["for future reference , *10 , not"])
    assert ps.find("For future reference, a SIM card goes in the SIM tray, not the memory card slot.")
    nl = PatternSet("nl")
    nl.add("blame", ["had je ook maar *7 gelezen"])
    assert nl.find("Had je ook maar één van onze sms'jes gelezen, dan wist je het.")  # 'sms ' jes': one word


def test_gap_never_crosses_punctuation_and_longest_match_wins():
    ps = make(["you *2 fault", "your own fault"])
    assert spans(ps, "you, fault") == []
    assert spans(ps, "This is your own fault.") == ["your own fault"]
    assert spans(ps, "you did fault") == ["you did fault"]


def test_contractions_in_patterns_and_text_meet():
    ps = make(["you should have ~read"])
    assert spans(ps, "You should've read it") == ["You should've read"]
    ps = make(["(do not|don't) hesitate"])
    assert spans(ps, "Don't hesitate") == ["Don't hesitate"]
    assert spans(ps, "Do not hesitate") == ["Do not hesitate"]


def test_matches_stay_inside_a_sentence_and_offsets_index_the_text():
    from replylint import Linter

    linter = Linter(select=["tone.blame"])
    text = "Hello.  As I already told you,\u200b the parcel left."
    report = linter.check(text, language="en")
    assert [text[f.start:f.end] for f in report.findings] == ["As I already told you"]


def test_anchor_and_requirement_filters_skip_impossible_patterns():
    ps = make(["not our problem", "(kindly|please) ~read the manual"])
    assert ps.candidates({"not", "our"}) == []
    assert [p.source for p in ps.candidates({"please", "reads", "the", "manual"})] == \
        ["(kindly|please) ~read the manual"]


@pytest.mark.parametrize("bad", ["(a|b", "(a||b)", "x(a|b)", "(a (b|c))", "word?", "*2"])
def test_bad_patterns_are_refused_with_a_reason(bad):
    with pytest.raises(PatternError):
        validate_pattern(bad)


def test_quotes_are_not_clitics():
    assert norms("'PUK locked' isn't 'sorted'") == ["'", "puk", "locked", "'", "is", "not", "'", "sorted", "'"]


class _Doc:
    """What match_reply reads of a reply."""

    def __init__(self, text: str):
        from replylint.textutil import sentences

        self.text = text
        self.sentences = sentences(text)
        self._memo: dict = {}

    def memo(self, key, compute):
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]


def _pattern_sets():
    from replylint.packs import PackStore

    store = PackStore.shared()
    out = []
    for lang in ("en", "nl"):
        patterns = PatternSet(lang, store.get("core", lang).stopwords)
        tone, canned = store.get("tone", lang), store.get("canned", lang)
        for label in ("blame", "condescending", "dismissive", "sarcasm", "commitment"):
            patterns.add(label, getattr(tone, label))
        patterns.add("stock", canned.stock_phrases)
        extra = PatternSet(lang)  # patterns whose words are clitic norms, a gap first, no anchor
        extra.add("x", ["i have *2 (told|said)", "(do|does) not ~work", "gonna ~call", "* (sorry|excuse)",
                        "thanks for", "won't ~help", "u _ x"])
        out += [(lang, patterns), (lang, extra)]
    return out


_SETS = _pattern_sets()
_PIECES = st.sampled_from(["I", "have", "I've", "told", "you", "don't", "doesn't", "won't", "can't", "cannot",
                           "gonna", "call", "sorry", "thanks", "for", "help", "work", "it's", "u", "_", "x_y",
                           "é", "´", "à", "İ", "as", "already", "explained", "not", "my", "problem", "we", "apologize",
                           "any", "inconvenience", "jij", "u", "bent", "niet", "mijn", "probleem", "zoals", "gezegd",
                           "ik", "heb", "al", "uitgelegd", "hartelijk", "dank", "'", "’"])
_SEPARATORS = st.sampled_from([" ", " ", "  ", ", ", ". ", "! ", "? ", "\n", "\n\n", "", "'", "-", "... "])


@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=25), st.sampled_from(range(len(_SETS))))
def test_replies_tokenized_by_sentence_match_as_when_tokenized_whole(parts, which):
    """match_reply tokenizes only the sentences that may hold a match; the matches must be those of
    the whole reply's tokens."""
    from replylint.patterns import TokenIndex, match_reply
    from replylint.textutil import sentences

    lang, patterns = _SETS[which]
    text = "".join(w + s for w, s in parts)
    whole = patterns._matches(TokenIndex(tokenize(text, lang), sentences(text)), None)
    assert match_reply(patterns, _Doc(text)) == whole, text


def _arabic_set():
    from replylint.packs import PackStore

    store = PackStore.shared()
    patterns = PatternSet("ar", store.get("core", "ar").stopwords)
    tone = store.get("tone", "ar")
    for label in ("blame", "condescending", "dismissive", "sarcasm", "commitment"):
        patterns.add(label, getattr(tone, label))
    patterns.add("stock", store.get("canned", "ar").stock_phrases)
    return patterns


_AR_SET = _arabic_set()
_AR_PIECES = st.sampled_from(["هذا", "خطؤك", "ليست", "مشكلتنا", "وهذه", "شكراً", "لتواصلك", "معنا", "نعتذر", "عن",
                              "أي", "إزعاج", "نضمن", "لك", "كما", "قلت", "سابقاً", "الطلب", "رقم", "١٢٣", "x"])


@given(st.lists(st.tuples(st.one_of(_PIECES, _AR_PIECES), _SEPARATORS), max_size=25),
       st.sampled_from(range(len(_SETS) + 1)))
def test_every_match_lies_in_a_region(parts, which):
    """canned.generic stops at match_regions' bound, so no match may lie outside the regions."""
    from replylint.patterns import match_regions, match_reply

    patterns = _SETS[which][1] if which < len(_SETS) else _AR_SET
    text = "".join(w + s for w, s in parts)
    doc = _Doc(text)
    regions = match_regions(patterns, doc)
    assert regions == sorted(regions) and all(a[1] <= b[0] for a, b in zip(regions, regions[1:]))
    for _, start, end in match_reply(patterns, doc):
        assert any(s <= start and end <= e for s, e in regions), (text, start, end, regions)
    assert match_regions(patterns, doc) == regions  # (from the memo: the same)


def test_regions_name_the_sentences_that_can_match():
    from replylint.patterns import match_regions

    patterns = make(["(as|like) i (already|previously)? (told|explained|said) *2 (you|before)?"])
    text = "Hello there. As I already told you, the box was sent. Bye now."
    assert match_regions(patterns, _Doc(text)) == [(13, 53)]  # "As I ... was sent."
    assert match_regions(patterns, _Doc("Nothing to see here. At all.")) == []


def _longest_by_paths(slots, k, norms, i, stop):
    """The plain definition: the longest of every way the slots can match from token ``i`` (recursive)."""
    from replylint.patterns import is_punct

    if k == len(slots):
        return i
    slot, best = slots[k], -1
    if slot.gap:
        for n in range(slot.gap + 1):
            if n and (i + n > stop or is_punct(norms[i + n - 1])):
                break
            best = max(best, _longest_by_paths(slots, k + 1, norms, i + n, stop))
        return best
    for alt in slot.alternatives:
        if i + len(alt) <= stop and tuple(norms[i:i + len(alt)]) == alt:
            best = max(best, _longest_by_paths(slots, k + 1, norms, i + len(alt), stop))
    if slot.optional:
        best = max(best, _longest_by_paths(slots, k + 1, norms, i, stop))
    return best


_SLOT_WORDS = st.sampled_from(["a", "b", "c", ",", "a b", "b a", "c c"])


@given(st.lists(st.one_of(
    st.tuples(st.lists(_SLOT_WORDS, min_size=1, max_size=3), st.booleans()).map(
        lambda x: f"({'|'.join(dict.fromkeys(x[0]))})" + ("?" if x[1] else "")),
    st.sampled_from(["*", "*2", "*3"])), min_size=1, max_size=5),
    st.lists(st.sampled_from(["a", "b", "c", ",", "."]), max_size=12), st.data())
def test_longest_match_is_the_longest_of_all_paths(slots, norms, data):
    """patterns._longest walks every path at once; it must end where the longest path does."""
    from replylint.patterns import _longest

    pattern = " ".join(slots)
    if not any(not s.endswith("?") and not s.startswith("*") for s in slots):
        pattern += " a"
    parsed = tuple(PatternSet("nl")._parse(pattern))
    stop = data.draw(st.integers(0, len(norms)))
    for i in range(stop + 1):
        assert _longest(parsed, norms, i, stop) == _longest_by_paths(parsed, 0, norms, i, stop), (pattern, norms, i)


_AR_MORE = st.sampled_from(["أنت", "انت", "إنك", "فهذا", "وهذا", "هذه", "مشكلتك", "ليس", "ذنبنا", "كما", "ذكرت", "لك",
                            "سابقا", "ـ", "ﻻ", "مَرحباً", "،", "؟", "!", "Ⓐ", "ⓐ", "İ", "_", "٣", "3", "abc"])


def test_a_tatweel_on_its_own_stops_a_gap_and_breaks_nothing():
    """Its norm is empty (tatweel is dropped from norms); a gap walking over it used to raise IndexError."""
    patterns = make(["كما *2 سابقا"], "ar")
    assert tokenize("كما قلت ـ سابقاً", "ar").norms[2] == ""
    assert spans(patterns, "كما قلت سابقاً") == ["كما قلت سابقاً"]
    assert spans(patterns, "كما قلت ـ سابقاً") == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.one_of(_AR_PIECES, _AR_MORE, _PIECES), _SEPARATORS), max_size=25))
def test_arabic_replies_tokenized_by_sentence_match_as_when_tokenized_whole(parts):
    """The Arabic view tokenizes only the sentences where a candidate's anchor may be; the matches must
    be those of the whole reply's tokens, and the view's words exactly the reply's token norms."""
    from replylint.patterns import TokenIndex, _ArabicView, match_regions, match_reply
    from replylint.textutil import sentences

    text = "".join(w + s for w, s in parts)
    view = _ArabicView.arabic(text, sentences(text))
    if view is not None:
        assert view.words == frozenset(tokenize(text, "ar").norms), text
    whole = _AR_SET._matches(TokenIndex(tokenize(text, "ar"), sentences(text)), None)
    doc = _Doc(text)
    assert match_reply(_AR_SET, doc) == whole, text
    regions = match_regions(_AR_SET, _Doc(text))
    for _, start, end in whole:
        assert any(s <= start and end <= e for s, e in regions), (text, start, end, regions)


@given(st.lists(st.tuples(_PIECES, _SEPARATORS), max_size=25), st.sampled_from(["en", "nl"]))
def test_view_words_hold_every_token_norm(parts, language):
    """Candidates are chosen with the view's words, so every norm of a token must be among them."""
    from replylint.patterns import _LatinView
    from replylint.textutil import sentences

    text = "".join(w + s for w, s in parts)
    view = _LatinView.of(text, language, sentences(text))
    if view is not None:
        assert set(tokenize(text, language).norms) <= view.words, text


def test_two_labels_on_the_same_span_resolve_the_same_way_every_time():
    for order in (("sarcasm", "blame"), ("blame", "sarcasm")):
        patterns = PatternSet("en")
        for label in order:
            patterns.add(label, ["as i told you"])
        assert patterns.find("As I told you, no.") == [("blame", 0, 13)]


# Patterns whose required words are all function words have no anchor and are tried on every sentence that
# holds a word of their first slot. One such tone pattern ("that's on you") cost 2% of all the work per reply.
# The built-in packs keep to this short list; a new pattern needs a distinctive word (docs/rule-packs.md).
_ANCHORLESS_ALLOWED = {
    # the first slot ('thank', 'thanks') is in few sentences, and the pattern is only read by canned.generic
    "(thank you|thanks) (so much|very much)? for (contacting|reaching out to|getting in touch with|writing to|your "
    "message to|your email to|your patience with)? (us|our team|customer service|support)?",
    # 'Graag of niet.' (take it or leave it) is all function words; a try stops at the token after 'graag'
    "graag of niet (.|!)",
    # 'So what? The main thing is it arrived.': a reply that opens with it; a try is made at a reply's first token only
    "^ so what (?|!)",
}


@pytest.mark.parametrize("language", ["en", "nl", "ar"])
def test_built_in_patterns_have_an_anchor_word(language):
    from replylint import Linter
    from replylint.rules.canned.generic import stock_patterns
    from replylint.rules.tone.phrases import pattern_set

    linter = Linter()
    doc = linter._prepare("Hello.", language=language, channel=None, context=None, template=False, id=None)
    for patterns in (pattern_set(doc), stock_patterns(doc)):
        anchorless = {p.source for p in patterns._always} - _ANCHORLESS_ALLOWED
        assert not anchorless, f"{language}: patterns without an anchor word: {sorted(anchorless)}"
