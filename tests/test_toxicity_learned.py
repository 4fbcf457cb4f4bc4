"""toxicity.abusive: the shipped model, where it may speak, and what it learns from."""

import json

import pytest

from replylint import Config, Linter
from replylint.learned import LinearModel, load_model
from replylint.packs import builtin_packs_root
from replylint.rules.toxicity.learned import MODEL_FILE, training_set


def abusive(text, language="en", **options):
    linter = Linter(Config(rules={"toxicity.abusive": options} if options else {}))
    return [f for f in linter.check(text, language=language).findings if f.rule == "toxicity.abusive"]


def test_the_model_ships_and_loads():
    assert (builtin_packs_root() / MODEL_FILE).is_file()
    model = load_model(builtin_packs_root() / MODEL_FILE)
    assert model is not None and len(model.weights) > 1000


@pytest.mark.parametrize("text,language", [
    # written for this test, in no fixture and with no lexicon word (if the lexicon learns one, the model must
    # stay quiet: pick another)
    ("Honestly, grow a spine.", "en"),
    ("Jij bent echt een schande voor de mensheid.", "nl"),
    # (was 'بصراحة ما في أثقل منك.', which the model only took for abuse through 'بصراحة' (honestly): it knows no
    # 'أثقل' (more tiresome), and once round sy showed 'بصراحة' in a plain reply it no longer did)
    ("إنسان مثلك ما يستاهل حتى نرد عليه.", "ar"),
])
def test_abuse_in_words_no_lexicon_entry_names(text, language):
    others = Linter(Config(ignore=["toxicity.abusive"])).check(text, language=language).findings
    assert not [f for f in others if f.category.value == "toxicity"]
    findings = Linter().check(text, language=language).findings
    found = [f for f in findings if f.rule == "toxicity.abusive"]
    assert len(found) == 1 and found[0].severity.value == "warning" and 0.8 <= found[0].confidence <= 1.0
    assert text[found[0].start:found[0].end].strip()  # the span is a sentence of the reply
    # one problem, one warning: a tone finding beside it is info (Config.secondary)
    assert all(f.severity.value == "info" for f in findings if f.category.value == "tone")


@pytest.mark.parametrize("text,language", [
    ("Hi Grace, I've checked your readings and we over-estimated March. The bill drops by £42.", "en"),
    ("Returns are free within 30 days; I've e-mailed you the label.", "en"),
    ("Is there anything else I can help with?", "en"),
    # no word the model knows: its prior (a language token once gave every such Arabic reply 0.99)
    ("وللعملاء الكرام.", "ar"),
    ("Wij helpen u graag in de winkel; de retour is gratis.", "nl"),
    ("هلا ريم، راجعت القراءات ولقينا إننا قدرنا مارس أعلى من اللازم. عدلتها والفاتورة بتنقص ١٥٠ ريال.", "ar"),
])
def test_polite_replies_are_left_alone(text, language):
    assert abusive(text, language) == []


def test_it_stays_quiet_where_the_lexicon_has_spoken():
    report = Linter().check("You idiot, the parcel was delivered on Friday.", language="en")
    rules = {f.rule for f in report.findings}
    assert "toxicity.insult" in rules and "toxicity.abusive" not in rules


def test_it_stays_quiet_where_a_tone_phrase_rule_has_spoken(tmp_path):
    """Rude is not abusive: a reply a tone phrase rule reports is the tone rules' (an always-positive model
    shows that the silence is the gate's, not the model's)."""
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": 1, "intercept": 5.0, "features": [["en", 1.0, 0.0]]}), encoding="utf-8")
    linter = Linter(Config(rules={"toxicity.abusive": {"model": str(path)}}))
    rude = linter.check("As I already told you, the router was delivered on Friday.", language="en")
    assert {f.category.value for f in rude.findings} >= {"tone"}
    assert "toxicity.abusive" not in {f.rule for f in rude.findings}
    plain = linter.check("The router was delivered on Friday.", language="en")
    assert "toxicity.abusive" in {f.rule for f in plain.findings}


def test_quoted_customer_abuse_is_not_the_agents(tmp_path):
    path = tmp_path / "m.json"  # abusive exactly when the made-up word 'zorblax' is in the agent's text
    path.write_text(json.dumps({"format": 1, "intercept": -5.0, "features": [["zorblax", 1.0, 20.0]]}),
                    encoding="utf-8")
    linter = Linter(Config(rules={"toxicity.abusive": {"model": str(path)}}, select=["toxicity.abusive"]))
    assert linter.check("> you are all zorblax\n\nI'm sorry you feel that way; the refund is on its way.",
                        language="en").findings == []
    assert len(linter.check("You are all zorblax, the refund is on its way.", language="en").findings) == 1


def test_the_threshold_is_an_option(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": 1, "intercept": 1.0, "features": [["en", 1.0, 0.0]]}), encoding="utf-8")
    text = "The router was delivered on Friday."  # p = 0.73 for every reply
    assert len(abusive(text, model=str(path), min_probability=0.7, min_features=0)) == 1
    assert abusive(text, model=str(path), min_probability=0.8, min_features=0) == []


def test_a_model_that_knows_too_little_of_the_reply_is_not_listened_to(tmp_path):
    """'الله يتمم عليك' (a blessing) scored 0.70 on 'عليك' alone: under min_features known features, only a model
    0.95 sure is listened to."""
    path = tmp_path / "m.json"  # knows one word, 'zorblax': p = 0.88 with it
    path.write_text(json.dumps({"format": 1, "intercept": -1.0, "features": [["zorblax", 1.0, 3.0]]}),
                    encoding="utf-8")
    text = "You are all zorblax."
    assert abusive(text, model=str(path)) == []  # one known feature, 0.88: not sure enough
    assert len(abusive(text, model=str(path), min_features=1)) == 1
    sure = tmp_path / "sure.json"  # 0.99 with it
    sure.write_text(json.dumps({"format": 1, "intercept": -1.0, "features": [["zorblax", 1.0, 6.0]]}),
                    encoding="utf-8")
    assert len(abusive(text, model=str(sure))) == 1


def test_a_missing_or_broken_model_file_is_reported_not_ignored(tmp_path):
    for name, content in (("missing.json", None), ("broken.json", "{not json")):
        path = tmp_path / name
        if content is not None:
            path.write_text(content, encoding="utf-8")
        report = Linter(Config(select=["toxicity.abusive"], rules={"toxicity.abusive": {"model": str(path)}})) \
            .check("Read the FAQ.", language="en")
        status = next(s for s in report.rules if s.rule == "toxicity.abusive")
        assert (status.status, status.cause) == ("skipped", "unavailable") and str(path) in status.reason


def test_training_takes_tone_replies_as_negatives():
    records = [
        {"id": "a", "text": "Read the manual.", "labels": [{"category": "tone", "type": "condescending"}]},
        {"id": "b", "text": "People like you never pay.", "labels": [{"category": "toxicity", "type": "identity_attack"}]},
        {"id": "c", "text": "Thanks, it's refunded. The label is in your inbox.", "labels": []},
    ]
    texts, labels = training_set(records)
    assert [t for _, t in texts] == ["Read the manual.", "People like you never pay.",
                                     "Thanks, it's refunded. The label is in your inbox.", "Thanks, it's refunded.",
                                     "The label is in your inbox."]
    assert labels == [0, 1, 0, 0, 0]


def test_the_model_file_is_the_shared_format(tmp_path):
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"format": 1, "intercept": 0.0, "features": [["idiot", 2.0, 1.5]]}), encoding="utf-8")
    assert LinearModel.load(path).weights == {"idiot": (2.0, 1.5)}


def test_stems_are_the_first_letters_of_longer_words():
    from collections import Counter

    from replylint.learned import features, with_stems

    counts = features("Idiots, the idiotic ones: an idiot at 12345. المحتالين والمحتالين محتالين")
    stems = with_stems(counts, 4)
    # every word of more than four letters adds its first four (after the Arabic article), as often as it occurs
    assert stems["~idio"] == 3  # 'idiots', 'idiotic', 'idiot'
    assert with_stems(features("an idiot"), 5) == features("an idiot")  # nothing longer than five: unchanged
    assert stems["~محتا"] == 3  # 'المحتالين', 'والمحتالين' and 'محتالين'
    assert "~1234" not in stems  # numbers are not words
    assert not any(" " in f and f.startswith("~") for f in stems)  # word pairs have none
    assert with_stems(Counter(), 4) == Counter()
    # the words and pairs themselves are left as they were
    assert all(stems[f] == n for f, n in counts.items())


def test_a_model_that_reads_stems_knows_other_inflections(tmp_path):
    pytest.importorskip("sklearn")
    from replylint.learned import features, train

    texts = [("en", t) for t in ("you idiots again", "what idiots you are", "thanks for waiting",
                                 "thanks, the parcel is on its way", "your refund is on its way",
                                 "idiots all of you")]
    labels = [1, 1, 0, 0, 0, 1]
    plain, stemmed = tmp_path / "plain.json", tmp_path / "stemmed.json"
    train(texts, labels, plain, left_out=())
    train(texts, labels, stemmed, left_out=(), stems=4)
    assert json.loads(stemmed.read_text(encoding="utf-8"))["stems"] == 4
    assert "stems" not in json.loads(plain.read_text(encoding="utf-8"))
    unseen = features("idiotic")  # an inflection no training text has
    assert LinearModel.load(plain).probability(unseen) == pytest.approx(LinearModel.load(plain).probability(features("")))
    assert LinearModel.load(stemmed).probability(unseen) > 0.6


def test_the_shipped_toxicity_model_reads_stems():
    assert load_model(builtin_packs_root() / MODEL_FILE).stems == 4


def test_the_stems_a_model_knows_give_the_probability_of_all_stems():
    # LinearModel leaves out the stems it has no weight for, and remembers each word's stem: the same probability
    from replylint.learned import features, with_stems

    model = load_model(builtin_packs_root() / MODEL_FILE)
    words_alone = LinearModel(model.weights, model.intercept)
    for text in ("Honestly, you idiots never learn.", "Idiotic. Simply idiotic.", "Thanks, the refund is on its way.",
                 "يا حمقى، الحمقى ما يتعلمون.", "Jullie klootzakken, echt.", ""):
        counts = features(text)
        assert model.probability(counts) == words_alone.probability(with_stems(counts, model.stems))
        assert model.probability(counts) == model.probability(counts)  # (the second time from the cache)


def test_a_full_stem_cache_still_gives_every_stem(monkeypatch):
    # once the cache is full, new words' stems are looked up for the reply at hand instead of being dropped
    from replylint import learned
    from replylint.learned import features, with_stems

    shipped = load_model(builtin_packs_root() / MODEL_FILE)
    model = LinearModel(shipped.weights, shipped.intercept, shipped.stems)
    words_alone = LinearModel(shipped.weights, shipped.intercept)
    monkeypatch.setattr(learned, "_STEM_CACHE_SIZE", 3)
    for text in ("Honestly, you idiots never learn.", "Idiotic. Simply idiotic, you clowns.", "يا حمقى، الحمقى ما يتعلمون."):
        counts = features(text)
        assert model.probability(counts) == words_alone.probability(with_stems(counts, model.stems))
    assert len(model._stem_cache) <= 3 + len(features("Honestly, you idiots never learn."))
