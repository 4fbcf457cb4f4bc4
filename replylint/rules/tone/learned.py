"""``tone.unprofessional``: blame, brush-offs, talking down and sarcasm in wordings no pattern names.

The phrase rules (:mod:`.phrases`) know the wordings in ``rules/tone/<lang>.yaml``. Blind rounds showed
how little that reaches: on replies written after the patterns, in new scenarios, they found a quarter
to a half of the unprofessional tone, and in the worst rounds none (docs/benchmarks.md). This rule is a
linear model over the reply's words and word pairs (:mod:`replylint.learned`), trained on the labelled
replies in ``tests/fixtures/phrasings.jsonl``: what it learns is which words go with a reply that blames
or brushes off, not a list of sentences. Held out a whole scenario at a time (every language of it), it
found 0.48 of the unprofessional replies at precision 0.97 (at 0.7, its threshold), and added to the phrase
rules it took tone recall from 0.41 to 0.64 at precision 0.93 (benchmarks/train_models.py prints the tables).

It reports only where no phrase rule has, so a reply gets one tone finding for one problem, and only
above a high probability (``min_probability``): the phrase rules say *what* is wrong, this one says
that something is. The span is the sentence that scores highest.

The model is data (``rules/tone/model.json``, ~0.6 MB); scikit-learn is needed only to train it again
(``pip install replylint[train]``, ``make models``).
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import Field

from ...document import ReplyDoc
from ...learned import LearnedOptions, LearnedRule, record_text, sentence_negatives, short_question
from ...models import Category, Severity
from ...registry import register
from ...rule import RuleMeta, bad, good
from ..toxicity.rules import lexicon_hits
from .phrases import model_features, tone_problem_found

MODEL_FILE = "tone/model.json"


class LearnedToneOptions(LearnedOptions):
    min_probability: float = Field(default=0.7, ge=0.5, le=1.0,
                                   description="How sure the model must be. Lower finds more and is wrong more often "
                                               "(docs/benchmarks.md has the table). 0.7 for this model, trained "
                                               "with more regularisation than the toxicity model.")


@register
class LearnedTone(LearnedRule):
    Options = LearnedToneOptions
    model_file: ClassVar[str] = MODEL_FILE
    model_name: ClassVar[str] = "tone model"
    message: ClassVar[str] = ("the reply reads as unprofessional (blaming, brushing off, talking down or sarcastic; "
                              "model probability {p:.2f})")
    features_of = staticmethod(model_features)
    meta = RuleMeta(
        id="tone.unprofessional",
        category=Category.TONE,
        severity=Severity.WARNING,
        summary="Blame, brush-offs, talking down or sarcasm in words no phrase rule names (a model trained on "
                "labelled replies; reports only where the phrase rules found nothing).",
        rationale="Customers hear the tone before the content; new wordings of the same put-down keep appearing.",
        use_instead="Say what happened and what you will do, without judging the customer.",
        languages=("en", "nl", "ar"),
        reply_level=True,
        examples=(
            bad("Simple: order a bigger size next time. That's all there is to it."),
            good("Friday evenings are our busiest time, sorry for the long wait. I've refunded the delivery fee."),
            bad("Slim plan om de hele winter drie kachels aan te laten. Wie had gedacht dat de rekening dan omhoog "
                "gaat.", "nl"),
            good("Een kWh is de energie die een apparaat van 1000 watt in een uur gebruikt.", "nl"),
            bad("قلنا لك ٥ أيام، يعني ٥ أيام. لا تستعجلين.", "ar"),
            good("مساء الجمعة أكثر وقت زحمة عندنا، آسفين على الانتظار. رجعت لك رسوم التوصيل.", "ar"),
        ),
    )

    def silent(self, doc: ReplyDoc) -> bool:
        # a phrase rule has said it, and what it is; abuse is the toxicity rules' to report
        return tone_problem_found(doc) or bool(lexicon_hits(doc)) or not judged(doc.text)


def judged(text: str) -> bool:
    """Whether the model is asked at all: not for one short question (the put-down questions, 'Do you even
    know what a router is?', are the phrase rules' business)."""
    return not short_question(text)


_UNPROFESSIONAL = frozenset({"blame", "dismissive", "condescending", "sarcasm"})


def training_set(records: list[dict], sentences: bool = True) -> tuple[list[tuple[str, str]], list[int]]:
    """Replies and labels. A reply is positive when it has a tone label of type blame, dismissive,
    condescending or sarcasm; replies with other tone labels (shouting, punctuation, formality: other
    rules' business) and toxic replies are left out. With ``sentences``, each sentence of a reply with
    no label at all is a negative too (:func:`replylint.learned.sentence_negatives`)."""
    texts: list[tuple[str, str]] = []
    labels: list[int] = []
    for r in records:
        cats = {label["category"] for label in r.get("labels", [])}
        y = int(any(label["category"] == "tone" and label.get("type") in _UNPROFESSIONAL
                    for label in r.get("labels", [])))
        if "toxicity" in cats or (not y and "tone" in cats):
            continue
        language = r.get("language") or "en"
        text = record_text(r)
        texts.append((language, text))
        labels.append(y)
        if sentences and not cats:
            for part in sentence_negatives(text):
                texts.append((language, part))
                labels.append(0)
    return texts, labels
