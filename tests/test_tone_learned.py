"""tone.unprofessional: the shipped model, its evaluation without scikit-learn, and where it reports."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from replylint import Config, Linter
from replylint.packs import builtin_packs_root
from replylint.learned import LinearModel, features, load_model, train
from replylint.rules.tone.learned import MODEL_FILE, training_set

FIXTURE = Path(__file__).parent / "fixtures" / "phrasings.jsonl"


def unprofessional(text, language="en", **options):
    linter = Linter(Config(select=["tone"], rules={"tone.unprofessional": options} if options else {}))
    return [f for f in linter.check(text, language=language).findings if f.rule == "tone.unprofessional"]


def test_the_model_ships_and_loads():
    assert (builtin_packs_root() / MODEL_FILE).is_file()
    model = load_model(builtin_packs_root() / MODEL_FILE)
    assert model is not None and len(model.weights) > 1000


@pytest.mark.parametrize("text,language", [
    # written for this test, not in the training replies
    ("Great idea to run three heaters all winter. Shocking that the bill went up.", "en"),
    ("Slim plan om de hele winter drie kachels aan te laten. Wie had gedacht dat de rekening dan omhoog gaat.", "nl"),
])
def test_unprofessional_wordings_no_pattern_names(text, language):
    found = unprofessional(text, language)
    assert len(found) == 1 and 0.75 <= found[0].confidence <= 1.0
    assert text[found[0].start:found[0].end].strip()  # the span is a sentence of the reply


@pytest.mark.parametrize("text,language", [
    ("Hi Grace, I've checked your readings and we over-estimated March. I've corrected it and the bill drops by £42.",
     "en"),
    ("Is there anything else I can help with?", "en"),
    # no word the model knows: its prior (a language token once gave every such Arabic reply 0.99)
    ("وللعملاء الكرام.", "ar"),
    ("Een kWh is de energie die een apparaat van 1000 watt in een uur gebruikt, bijvoorbeeld een klein kacheltje.", "nl"),
    ("هلا ريم، راجعت القراءات ولقينا إننا قدرنا مارس أعلى من اللازم. عدلتها والفاتورة بتنقص ١٥٠ ريال.", "ar"),
])
def test_polite_replies_are_left_alone(text, language):
    assert unprofessional(text, language) == []


def test_it_stays_quiet_where_a_phrase_rule_has_spoken():
    text = "As I already told you, the router was delivered on Friday."
    rules = [f.rule for f in Linter(select=["tone"]).check(text, language="en").findings]
    assert "tone.condescending" in rules or "tone.dismissive" in rules or "tone.blame" in rules
    assert "tone.unprofessional" not in rules


def test_the_threshold_is_an_option():
    text = "Great idea to run three heaters all winter. Shocking that the bill went up."
    assert unprofessional(text, min_probability=1.0) == []


def test_a_model_file_of_ones_own(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": 1, "intercept": 5.0, "features": [["en", 1.0, 0.0]]}), encoding="utf-8")
    found = unprofessional("Anything at all.", model=str(path))
    assert len(found) == 1  # intercept 5: every reply is 'unprofessional' to this model


def test_training_leaves_out_toxic_replies_and_other_tone_rules():
    records = [
        {"id": "a", "text": "Read the manual.", "labels": [{"category": "tone", "type": "condescending"}]},
        {"id": "b", "text": "YOU IDIOT", "labels": [{"category": "toxicity", "type": "insult"}]},
        {"id": "c", "text": "WE ARE CLOSED", "labels": [{"category": "tone", "type": "shouting"}]},
        {"id": "d", "text": "Thanks, it's refunded.", "labels": []},
    ]
    texts, labels = training_set(records)
    assert [t for _, t in texts] == ["Read the manual.", "Thanks, it's refunded."] and labels == [1, 0]


def test_the_standard_library_evaluation_is_scikit_learns():
    """The shipped model is evaluated without scikit-learn: the same probabilities as its own pipeline."""
    sklearn = pytest.importorskip("sklearn")
    assert sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()[:400]]
    texts, labels = training_set(records)
    vectorizer = TfidfVectorizer(analyzer=lambda t: list(features(t[1]).elements()), min_df=2,
                                 sublinear_tf=True, lowercase=False)
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced").fit(x, labels)
    ours = LinearModel({f: (float(vectorizer.idf_[i]), float(model.coef_[0][i])) for f, i in vectorizer.vocabulary_.items()},
                     float(model.intercept_[0]))
    probe = [("en", "Honestly, you should have read the terms."), ("nl", "Dank je wel, het is geregeld!"),
             ("ar", "شكراً لك، تم الاسترجاع."), ("en", "Unseen words only: zyxw qwerty.")]
    expected = model.predict_proba(vectorizer.transform(probe))[:, 1]
    for (_, text), p in zip(probe, expected):
        assert ours.probability(features(text)) == pytest.approx(p, abs=1e-9)


def test_train_writes_a_model_the_rule_can_read(tmp_path):
    pytest.importorskip("sklearn")
    records = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()[:300]]
    stats = train(*training_set(records), tmp_path / "m.json")
    assert stats["features"] > 100
    assert 0.0 <= LinearModel.load(tmp_path / "m.json").probability(features("Read the manual.")) <= 1.0


def test_a_missing_or_broken_model_file_is_reported_not_ignored(tmp_path):
    for name, content in (("missing.json", None), ("broken.json", "{not json")):
        path = tmp_path / name
        if content is not None:
            path.write_text(content, encoding="utf-8")
        report = Linter(Config(select=["tone.unprofessional"], rules={"tone.unprofessional": {"model": str(path)}})) \
            .check("Read the FAQ.", language="en")
        status = next(s for s in report.rules if s.rule == "tone.unprofessional")
        assert (status.status, status.cause) == ("skipped", "unavailable") and str(path) in status.reason


@pytest.mark.parametrize("text", ["وش المقاس اللي طلبته؟", "تبي استرجاع المبلغ ولا بديل؟", "هالشي حابة تعرفه؟",
                                  "Which size did you order?"])
def test_a_one_line_question_is_not_judged(text):
    assert unprofessional(text, "ar" if not text.isascii() else "en") == []


def test_training_and_checking_read_the_same_words():
    """A reply's safe phrasing is not what the models read at check time, and training reads its records the same
    way (benchmarks/train_models.py gives each record its ``model_text``): trained on whole replies, the tone model
    met 'أفهم ليش كان الموضوع محير،' alone, without the safe 'كان المفروض الملصق أوضح' it had been seen with."""
    from replylint.learned import record_text
    from replylint.rules.tone.phrases import model_text

    linter = Linter()
    text = "أفهم ليش كان الموضوع محير، كان المفروض الملصق أوضح."
    doc = linter._prepare(text, language="ar", channel=None, context=None, template=False, id=None)
    read = model_text(doc)
    assert "الملصق" not in read and "محير" in read
    assert record_text({"text": text, "model_text": read}) == read
    assert record_text({"text": "Hi Jordan, thanks!", "context": {"customer": {"name": "Jordan"}}}) == "Hi  , thanks!"


def test_english_negation_is_a_feature():
    """"can't" is read as "can not": the runs of two letters or more had dropped its 't', and "we can't help you" and
    "we can help you" were the same words to the models."""
    assert {"can not", "not help"} <= features("We can't help you.").keys()
    assert "can not" not in features("We can help you.")
    assert features("Ik heb 't gedaan.") == features("Ik heb gedaan.")  # Dutch 't is no negation


@pytest.mark.parametrize("text,language", [
    # everyday offers of help, written for this test (not in the training replies): the model had learnt 'we can',
    # 'kunnen wij' and 'help you' from refusals ("there's nothing we can do") and scored such lines 0.7
    ("I can sort that for you.", "en"), ("We can book that in for you.", "en"), ("Yes, we can do that.", "en"),
    ("Wij kunnen dat voor u oplossen.", "nl"), ("Ja, dat kunnen wij doen.", "nl"),
    ("Wij kunnen u helpen met de aanvraag.", "nl"),
    ("نقدر نرسل لك واحد جديد.", "ar"), ("نعم، نستطيع ذلك.", "ar"),
    # a last scan's one false alarm (0.7 before neighbours of the same kind were added, not this line)
    ("إذا ما وصلك الكود كلمني.", "ar"), ("If the code doesn't arrive, just let me know.", "en"),
])
def test_everyday_offers_of_help_are_left_alone(text, language):
    assert unprofessional(text, language) == []


_NAME_TEXT = st.lists(st.sampled_from(["Anna", "anna", "ANNA", "Annabel", "de", "Vries", "vries", "ياسر", "وياسر", "ß",
                                       "Strasse", "İ", "x", " ", ", ", "_", "3", "-", "'"]), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_NAME_TEXT, st.lists(st.sampled_from(["Anna de Vries", "anna", "ياسر", "Straße", "İdil", "@anna_v", None]),
                            max_size=3))
def test_names_are_taken_out_as_a_callback_per_word_would(text, names):
    import re

    from replylint.learned import without_names

    words = {w.casefold() for name in names if name for w in re.findall(r"[^\W\d_]{2,}", name)}
    expected = re.sub(r"[^\W\d_]{2,}", lambda m: " " if m.group().casefold() in words else m.group(), text)
    assert without_names(text, names) == expected
