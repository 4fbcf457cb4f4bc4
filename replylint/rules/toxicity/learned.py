"""``toxicity.abusive``: insults, threats and attacks in wordings the lexicon does not name.

The lexicon (:mod:`.lexicon`) knows words, their inflections, compounds and disguises, and threat and
group-attack patterns. Blind rounds showed what it misses on replies it has never seen: before their
fixes it found 0.69 of the toxic replies over 135 rounds, and 0.53 in the last 25 ('I hope your parcel
gets lost again', 'mensen zoals u horen niet bij ons', 'روح اشتكي لأمك'). This rule is a linear model
over the reply's words and word pairs (:mod:`replylint.learned`), trained on the labelled replies of
``tests/fixtures/phrasings.jsonl``: toxic replies against clean ones and, as the hard negatives, the
rude-but-not-toxic replies of the tone rules and the lexicon tests' harmless neighbours.

Scored on rounds it was not trained on (ten folds, a blind round and its translations held out
together) and added to what the lexicon of the day found before each round's fixes, toxicity recall
went from 0.69 to 0.77 and precision from 0.96 to 0.95, with no clean reply flagged (benchmarks/train_models.py prints the model's
own table).

It reports only where the lexicon found nothing and knows no word of the reply (the lexicon says what it is
and where, and a word it let pass, a denied insult or a safe phrase, was its call), and where no
tone phrase rule has spoken (their replies are the model's false alarms: rude, not abusive). It is a
warning, not an error: a model is wrong more often than a lexicon word, and an agent should look.
"""

from __future__ import annotations

from typing import ClassVar

from ...document import ReplyDoc
from ...learned import TOKEN, LearnedRule, record_text, sentence_negatives, short_question
from ...models import Category, Severity
from ...registry import register
from ...rule import RuleMeta, bad, good
from ...textutil import text_words
from ..tone.phrases import model_features, tone_problem_found
from .rules import lexicon_for, lexicon_hits

MODEL_FILE = "toxicity/model.json"


@register
class LearnedToxicity(LearnedRule):
    model_file: ClassVar[str] = MODEL_FILE
    model_name: ClassVar[str] = "toxicity model"
    message: ClassVar[str] = ("the reply reads as abusive (insulting, threatening or attacking; model probability "
                              "{p:.2f}): rephrase it")
    features_of = staticmethod(model_features)
    meta = RuleMeta(
        id="toxicity.abusive",
        category=Category.TOXICITY,
        severity=Severity.WARNING,
        summary="Insults, threats or attacks in words the lexicon does not name (a model trained on labelled "
                "replies; reports only where the lexicon and the tone phrase rules found nothing).",
        rationale="Abuse is rephrased faster than any word list grows; one abusive reply is screenshotted and shared.",
        use_instead="Remove the attack; say what happened and what you will do.",
        languages=("en", "nl", "ar"),
        reply_level=True,
        examples=(
            bad("Honestly, grow a spine."),
            good("Returns are free within 30 days; I've e-mailed you the label."),
            bad("Jij bent echt een schande voor de mensheid.", "nl"),
            good("Wij helpen u graag in de winkel; de retour is gratis.", "nl"),
            bad("إنسان مثلك ما يستاهل حتى نرد عليه.", "ar"),
            good("الإرجاع مجاني خلال ٣٠ يوم، وأرسلت لك الملصق على الإيميل.", "ar"),
        ),
    )

    def silent(self, doc: ReplyDoc) -> bool:
        # (the shared scans first: other rules have run them already) what the lexicon found is its to report;
        # rude, with a tone rule having said so, is not the model's to call abuse
        return bool(lexicon_hits(doc)) or tone_problem_found(doc) or not judged(doc.text)

    def vetoed(self, doc: ReplyDoc) -> bool:
        # the lexicon knows a word here and let it pass ('You're not an idiot', 'damn good'): its call
        lexicon = lexicon_for(doc.packs, doc.language)
        return lexicon is not None and any(map(lexicon.lookup, text_words(doc.text)))


MIN_WORDS = 3


def judged(text: str) -> bool:
    """Whether the model is asked at all: not for a reply of fewer than three words (the lexicon's: with no
    word to go on, a model answers with its prior, 0.96 for '...') or one short question."""
    if short_question(text):
        return False
    return len(text) >= 64 or len(TOKEN.findall(text)) >= MIN_WORDS  # (a long text has three words: no scan)


def training_set(records: list[dict], sentences: bool = True) -> tuple[list[tuple[str, str]], list[int]]:
    """Replies and labels: a reply with a toxicity label is positive, every other reply negative (the
    tone-labelled ones are the hard negatives). With ``sentences``, each sentence of a reply with no label
    at all is a negative too (:func:`replylint.learned.sentence_negatives`)."""
    texts: list[tuple[str, str]] = []
    labels: list[int] = []
    for r in records:
        cats = {label["category"] for label in r.get("labels", [])}
        language = r.get("language") or "en"
        text = record_text(r)
        texts.append((language, text))
        labels.append(int("toxicity" in cats))
        if sentences and not cats:
            for part in sentence_negatives(text):
                texts.append((language, part))
                labels.append(0)
    return texts, labels
