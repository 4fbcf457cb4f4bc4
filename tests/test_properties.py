"""Property tests over arbitrary Unicode: the pipeline never raises, every
span lies inside the original text, and a report is reproducible."""

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replylint import Linter

LINTER = Linter()

# Text that mixes the things replylint must cope with: RTL and LTR scripts,
# digits of several scripts, invisible and bidi characters, markup, templates.
PIECES = st.sampled_from([
    "Dear ", "{{first_name}}", "[NAME]", "<b>", "</b>", "&amp;", "**", "> ", "\n", "\u200b", "\u202e", "\u0640",
    "مرحباً", "عزيزي ،", "٤٥٣٩", "４５", "Beste ,", "XX", "TODO", "%NAME%", "<naam klant>", "\u0301", "😀", "\r\n",
    "4539 5787 6362 1486", "you wrote \"", "\"", "<!-- replylint-disable -->", "ﬁ", " ", ",",
])
MIXED = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


def _comparable(report):
    data = report.model_dump(mode="json", exclude={"timing"})
    for status in data["rules"]:
        status.pop("duration_ms")
    return data


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), MIXED), st.sampled_from([None, "en", "nl", "ar"]),
       st.sampled_from([None, "email", "sms", "social_public"]))
def test_pipeline_never_raises_and_spans_are_inside(text, language, channel):
    report = LINTER.check(text, language=language, channel=channel,
                          context={"customer": {"name": "Jan de Vries"}, "incoming": text[:50]})
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        if f.category.value != "pii":
            assert f.excerpt == text[f.start:f.end]
        line, col = f.line, f.column
        assert text.count("\n", 0, f.start) + 1 == line
        assert f.start - (text.rfind("\n", 0, f.start) + 1) + 1 == col
    again = LINTER.check(text, language=language, channel=channel,
                         context={"customer": {"name": "Jan de Vries"}, "incoming": text[:50]})
    assert _comparable(again) == _comparable(report)


@settings(max_examples=100, deadline=None)
@given(MIXED)
def test_batch_and_single_give_the_same_findings(text):
    single = LINTER.check(text, language="en")
    (batched,) = list(LINTER.check_many([{"text": text, "language": "en"}]))
    assert single.findings == batched.findings


# -- word gates: a gate may only rule out texts its phrase list cannot match ---------------------------
from replylint.textutil import gate_words, phrase_regex  # noqa: E402

WORDS = st.sampled_from(["card", "Card", "CARD", "e-mail", "pin", "api_key", "d.o.b", "البطاقة", "بطاقة", "رقم", "ال",
                         "x", "kaart", "straße", "über", "١٢", "no.", "CVV2", "الcard", "ال card", "number",
                         # Arabic words that start with a proclitic's letter, or are one
                         "لبطاقة", "كلمة", "لمة", "اهلا", "وسهلا", "ل", "فرقم", "للبطاقة"])
PHRASES = st.lists(st.lists(WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=4)
AROUND = st.sampled_from(["", " ", "و", "وب", "وال", "وبال", "لل", "my", "-", "_", ".", ",", "(", "\n", "x", "١",
                          "ف", "فك", "ولل", "بال", "ا", "اا", "\u064e", "ب\u064e"])


@settings(max_examples=400, deadline=None)
@given(PHRASES, st.lists(st.tuples(AROUND, st.one_of(WORDS, st.text(max_size=4)), AROUND), max_size=6))
def test_a_closed_gate_means_no_match(phrases, parts):
    text = " ".join(a + w + b for a, w, b in parts)
    regex, gate = phrase_regex(phrases), gate_words(phrases)
    if regex is not None and regex.search(text):
        assert gate is None or gate.open(text), (phrases, text)


def test_gates_rule_out_unrelated_text():
    gate = gate_words(["card number", "creditcard", "رقم البطاقة", "البطاقة"])
    assert not gate.open("Your parcel left our warehouse today.")
    assert gate.open("Please send your CARD NUMBER.")
    assert gate.open("أرسل رقم البطاقة") and gate.open("وبالبطاقة")


def test_gates_of_mixed_arabic_latin_phrases_ignore_case():
    phrases = ["رقم card", "ال card"]
    for text in ("رقم CARD", "وCard", "card"):  # "ال card" matches a bare "card", with no Arabic letter at all
        assert phrase_regex(phrases).search(text)
        assert gate_words(phrases).open(text)


def test_proclitic_sequences_are_every_string_the_proclitic_expression_matches():
    """Arabic gates look for a phrase's first word behind each of these; they must be exactly what the
    phrase expressions accept in front of it."""
    import itertools

    from replylint.textutil import _PROCLITIC_PREFIXES, ARABIC_PROCLITICS

    letters = sorted(set("".join(_PROCLITIC_PREFIXES)) | set("وفبلكا"))
    accepted = {"".join(t) for n in range(5) for t in itertools.product(letters, repeat=n)
                if re.fullmatch(ARABIC_PROCLITICS, "".join(t))}
    assert set(_PROCLITIC_PREFIXES) == accepted and len(_PROCLITIC_PREFIXES) == len(accepted)


@settings(max_examples=400, deadline=None)
@given(PHRASES, st.lists(st.tuples(AROUND, st.one_of(WORDS, st.text(max_size=4)), AROUND), max_size=6))
def test_phrase_scanner_finds_what_the_phrase_regex_finds(phrases, parts):
    from replylint.textutil import PhraseScanner

    text = " ".join(a + w + b for a, w, b in parts)
    regex = phrase_regex(phrases)
    expected = [m.span() for m in regex.finditer(text)] if regex is not None else []
    assert PhraseScanner(phrases).spans(text) == expected, (phrases, text)


_TYPO_PIECES = st.sampled_from(["ab", "a", "b", "'", "’", "-", " ", "1", "_", "²", "é", "ب", "\n", ".", "ab-ab", "b'a"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TYPO_PIECES, max_size=10), st.sets(st.sampled_from(["ab", "a", "b'a", "ab-ab", "é", "ب"]), max_size=3))
def test_typo_occurrences_are_the_tokens_a_full_scan_finds(pieces, words):
    """typo.misspelling finds its candidate words with str.find instead of walking every token; it
    must find exactly the tokens WORD.finditer would (not a word inside a longer one, "ab" in "ab-ab")."""
    from replylint.rules.typo.rules import _occurrences
    from replylint.rules.typo.speller import WORD

    text = "".join(pieces)
    expected = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text) if m.group() in words]
    assert _occurrences(text, words) == expected, (text, words)


_CLUSTER_PIECES = st.sampled_from(["a", " ", "é", "ب", "\u064b", "\u0301", "\u0670", "\u06d6", "،", "١", "\u200b", "’",
                                   "ﬁ", "\u0300\u0301", "x\u0301", "\n", "ÿ", "ـ", "٫", "😀", "Ａ", "\u0610", "اً"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_CLUSTER_PIECES, max_size=12))
def test_char_edits_match_a_cluster_scan_of_the_whole_text(pieces):
    """char_edits only looks inside runs of characters normalisation may change; it must split and
    edit exactly as one scan of the whole text with the cluster expression."""
    from replylint.normalize import _CLUSTER, Edit, char_edits, normalise_cluster

    text = "".join(pieces)
    expected = [] if text.isascii() else [
        Edit(m.start(), m.end(), normalise_cluster(m.group()), 0) for m in _CLUSTER.finditer(text)
        if normalise_cluster(m.group()) != m.group()]
    assert char_edits(text) == expected, text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", ".", "!", "?", "\n", " ", "\t", "\u00a0", "\r", "\u2028", "x.y"]), max_size=14))
def test_line_and_sentence_starts_are_where_the_anchors_can_match(pieces):
    """The starts are found with an expression that begins with a character class; they must be the
    ends of the plainer "\\n|(?<=[.!?])\\s" (a line break, or whitespace after a sentence mark)."""
    import re

    from replylint.textutil import line_and_sentence_starts

    text = "".join(pieces)
    assert line_and_sentence_starts(text) == (0, *[m.end() for m in re.finditer(r"\n|(?<=[.!?])\s", text)])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["A", "B", "a", "-", "'", " ", "1", "_", "É", "é", "ب", "\n", "OK", "ÿ", "Σ"]), max_size=12))
def test_all_caps_word_expression_finds_what_its_plain_form_finds(pieces):
    """tone.shouting's pre-check is written first-character-first; it must find what the plain form with
    the look-behind in front finds."""
    import re

    from replylint.rules.tone.surface import _LOWER, _NO_LOWER_WORD

    plain = re.compile(rf"(?<![\w\-])[^\W\d_{_LOWER}][^\W\d_'\-{_LOWER}]*[^\W\d_{_LOWER}](?![\w\-])")
    text = "".join(pieces)
    assert [m.span() for m in _NO_LOWER_WORD.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "A", "1", "_", "²", "½", "é", "ß", "İ", "ب", "\u064b", "'", "’", " ", "-",
                                 "x_y", "Σ", "ǅ", "١", "\n"]), max_size=12))
def test_detector_words_from_the_reply_runs_are_its_own_word_scan(pieces):
    """The language detector reuses the reply's cached word runs when it can; the words must be exactly
    what its own expression finds."""
    from replylint.language import _WORD, words_of

    text = "".join(pieces)
    assert sorted(words_of(text)) == sorted(_WORD.findall(text.lower())), text  # counted: order is free


_ASCII_PIECES = st.sampled_from(["ab", "A", "don't", "e-mail", "--", "''", "'", "-", " ", "\n", "\t", "\x0b", "\x1c",
                                 "_", "9", "x9y", "rock'n'roll", "a-", "-b", ".", "é", "ب", "’", "ß"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_ASCII_PIECES, st.text(alphabet=st.characters(max_codepoint=127), max_size=5)), max_size=20))
def test_ascii_word_splitting_finds_what_the_expressions_find(parts):
    """The bytes.translate path for ASCII text gives exactly the regex engine's words."""
    from replylint.language import _WORD as LANGUAGE_WORD
    from replylint.rules.canned.generic import _LETTERS
    from replylint.rules.typo.speller import WORD
    from replylint.textutil import (ASCII_LETTERS, ASCII_LETTERS_APOSTROPHE, ASCII_LETTERS_JOINERS, split_words,
                                    text_runs)

    text = "".join(parts)
    assert split_words(text, ASCII_LETTERS, _LETTERS) == _LETTERS.findall(text)
    assert sorted(split_words(text, ASCII_LETTERS, _LETTERS, ordered=False)) == sorted(_LETTERS.findall(text))
    assert split_words(text, ASCII_LETTERS_JOINERS, WORD) == WORD.findall(text)
    assert sorted(split_words(text, ASCII_LETTERS_JOINERS, WORD, ordered=False)) == sorted(WORD.findall(text))
    assert split_words(text.lower(), ASCII_LETTERS_APOSTROPHE, LANGUAGE_WORD) == LANGUAGE_WORD.findall(text.lower())
    assert list(text_runs(text)) == re.findall(r"\w+", text.lower())


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(["a", "ab", "abcdefgh", "ب", "\u00a0", " ", "\t", "\n", "\u2003", "\u200b", "\x1c",
                                 "\x85", "\u3000", "://", "-"]), max_size=40))
def test_long_chunk_test_agrees_with_its_expression(parts):
    from replylint.rules.pii.entities import _LONG_CHUNK, has_long_chunk

    text = "".join(parts)
    assert has_long_chunk(text) == (_LONG_CHUNK.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "hello ", "€", "{", "é", "ب", "😀", "\n", "ß", "x" * 40]), max_size=60),
       st.integers(min_value=1, max_value=4))
def test_sms_cutoff_counts_units_as_the_character_walk_does(parts, segments):
    from replylint.rules.channel import _GSM_EXT, _sms_cutoff, sms_segments

    text = "".join(parts)
    encoding = sms_segments(text)[0]
    per = (160 if segments == 1 else 153 * segments) if encoding == "GSM-7" else (70 if segments == 1 else 67 * segments)
    used, expected = 0, len(text)
    for i, ch in enumerate(text):
        used += (2 if ch in _GSM_EXT else 1) if encoding == "GSM-7" else len(ch.encode("utf-16-le")) // 2
        if used > per:
            expected = i
            break
    assert _sms_cutoff(text, segments) == expected


_GREETING_PIECES = st.sampled_from(["Hi", "hi", "HI", "Dear", "Beste", "Hallo", "مرحبا", "this", "Hii", " ", "\t", "  ",
                                    ",", " ,", "\n", ". ", "! ", "? ", "name", "{{x}}", "İ", "ß", "x", "7"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_GREETING_PIECES, max_size=16))
def test_empty_greetings_found_where_greeting_words_occur_are_those_of_every_start(parts):
    """_empty_greetings tries only the starts where a greeting word stands; it must find what trying
    every line and sentence start finds."""
    from replylint.packs import PackStore
    from replylint.rules.canned.placeholder import _FIRST_WORD, _empty_greetings, vocabulary_for
    from replylint.textutil import line_and_sentence_starts

    vocab = vocabulary_for(PackStore.shared())
    text = "".join(parts)
    expected, last_end = [], 0
    for start in line_and_sentence_starts(text):
        if start < last_end:
            continue
        word = _FIRST_WORD.match(text, start)
        if vocab.greeting_first_words is not None and (
                word is None or word.group(1).lower() not in vocab.greeting_first_words):
            continue
        for pattern in (vocab.empty_named, vocab.empty_plain):
            m = pattern.match(text, start) if pattern is not None else None
            if m is not None:
                last_end = m.end()
                expected.append(m.span())
                break
    assert [m.span() for m in _empty_greetings(text, vocab)] == expected, text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9 \n\r\f@£$¥èΔ_ΦΣß^{}\\[~]|€`\tب😀ñÑ-.é")), max_size=40))
def test_sms_segments_agree_with_the_character_set_rule(text):
    from replylint.rules.channel import _GSM_ALL, _GSM_EXT, sms_segments

    chars = set(text)
    if chars <= _GSM_ALL:
        length = len(text) + sum(text.count(ch) for ch in chars & _GSM_EXT)
        expected = ("GSM-7", length, 1 if length <= 160 else -(-length // 153))
    else:
        length = len(text.encode("utf-16-le")) // 2
        expected = ("UCS-2", length, 1 if length <= 70 else -(-length // 67))
    assert sms_segments(text) == expected


@given(st.lists(st.sampled_from(["a", "b", "ab", "", "abc", "é", "x"]), max_size=12))
def test_one_letter_runs_finds_three_single_characters_in_a_row(runs):
    from replylint.rules.toxicity.lexicon import one_letter_runs

    expected = any(len(a) == len(b) == len(c) == 1 for a, b, c in zip(runs, runs[1:], runs[2:]))
    assert one_letter_runs(tuple(runs)) == expected


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(_ASCII_PIECES, st.text(alphabet=st.characters(max_codepoint=127), max_size=5)), max_size=20),
       st.lists(st.one_of(_ASCII_PIECES, st.text(alphabet=st.characters(max_codepoint=127), max_size=5)), max_size=20),
       st.data())
def test_unknown_words_are_the_words_not_known(parts, seen, data):
    """typo.misspelling takes the words it knows out of the reply's pieces before it looks at them."""
    from replylint.rules.typo.speller import WORD
    from replylint.textutil import ASCII_LETTERS_JOINERS, unknown_words

    text, before = "".join(parts), "".join(seen)
    # what the rule adds to its set of known words: words it found, in this reply or before
    words = sorted(set(WORD.findall(before)) | set(WORD.findall(text)))
    known = data.draw(st.sets(st.sampled_from(words))) if words else set()
    assert unknown_words(text, ASCII_LETTERS_JOINERS, WORD, known) == set(WORD.findall(text)) - known


ASCII_DIGIT_TEXT = st.text(alphabet=st.sampled_from(list("0123456789 \t\n\x1c\x1fabAZ.-/")), max_size=60)


@settings(max_examples=400, deadline=None)
@given(ASCII_DIGIT_TEXT)
def test_ascii_twins_of_the_pii_digit_tests_match_as_the_unicode_ones(text):
    """On ASCII text \\d is exactly [0-9]: the twins the PII scan uses there find the same matches
    (\\x1c-\\x1f are whitespace to both: the twins keep \\s as it is)."""
    from replylint.rules.pii import entities as E

    for unicode_re, ascii_re in ((E._ANY_DIGIT, E._ANY_DIGIT_ASCII),
                                 (E._DIGIT_AFTER_SPACE, E._DIGIT_AFTER_SPACE_ASCII),
                                 (E._IBAN_START, E._IBAN_START_ASCII)):
        assert [m.span() for m in ascii_re.finditer(text)] == [m.span() for m in unicode_re.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=80))
def test_ascii_token_expressions_find_what_the_unicode_ones_find(text):
    """The tokenizer's ASCII expressions give the same tokens as its Unicode ones on any ASCII text,
    whitespace-like control characters included."""
    from replylint import patterns as P

    low = text.lower()
    assert P._TOKEN_EN_ASCII.findall(low) == P._TOKEN_EN_PLAIN.findall(low)
    assert P._TOKEN_ASCII.findall(low) == P._TOKEN_PLAIN.findall(low)
    assert P._TOKEN_EN_ASCII.findall(text) == P._TOKEN_EN_PLAIN.findall(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Jan", "jan", "Tom-Erik", "O'Neil", "Dev_2", "سارة", "أحمد", ",", "،", " ", "\t", "\n",
                                 ". ", "! ", "? ", "\n\n", "- ", "thanks", "Thanks", "ok", "x", "1", "É", "ß", "؟", "؛", "٪"]),
                max_size=30))
def test_vocative_first_words_found_from_commas_are_those_of_every_start(parts):
    """structure._vocatives tries its first-word expression only where a comma follows a word run that
    begins at a line or sentence start; that must find what trying it at every start finds."""
    from replylint import structure
    from replylint.textutil import line_and_sentence_starts

    text = "".join(parts)
    every = [m.span() for m in (structure._VOCATIVE_FIRST_WORD.match(text, a) for a in line_and_sentence_starts(text))
             if m is not None]
    chosen = [m.span() for m in (structure._VOCATIVE_FIRST_WORD.match(text, a)
                                 for a in structure._words_before_commas(text)) if m is not None]
    assert chosen == every, text


def _sentences_by_segments(text):
    """The plain definition: cut after each sentence end, trim each piece, drop the empty ones."""
    from replylint.textutil import _SENTENCE_END

    ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
    out, pos = [], 0
    for end in ends:
        piece = text[pos:end]
        if piece.strip():
            start = pos + len(piece) - len(piece.lstrip())
            out.append((start, start + len(piece.strip())))
        pos = end
    return out


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["Hi", "there", ".", "!", "?", "؟", "。", " ", "  ", "\n", "\n\n", "\t", "- item", "1.",
                                 "\u2003", "\x1c", "x", "...", "?!"]), max_size=40))
def test_sentences_are_the_trimmed_pieces_between_sentence_ends(parts):
    from replylint.textutil import sentences

    text = "".join(parts)
    assert sentences(text) == _sentences_by_segments(text), text


@given(st.text(alphabet="ab .!?\n\t:;>*-,", max_size=14), st.data())
def test_opens_after_is_what_the_text_before_says(text, data):
    """structure.opens_after walks back over spaces and tabs; the same answer as stripping the text before."""
    from replylint.structure import opens_after

    pos = data.draw(st.integers(0, len(text)))
    for marks in (".!?\n:;>*-", ".!?\n"):
        before = text[:pos].rstrip(" \t")
        assert opens_after(text, pos, marks) == (not before or before[-1] in marks)
