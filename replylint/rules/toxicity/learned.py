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

from functools import cached_property
from pathlib import Path
from typing import Iterable

from ...document import ReplyDoc
from ...learned import (TOKEN, LearnedOptions, load_model, sentence_negatives, short_question,
                        unreadable)
from ...models import Category, Severity
from ...packs import builtin_packs_root
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ..tone.phrases import model_features, tone_problem_found
from ...textutil import text_words
from .rules import lexicon_for, lexicon_hits

MODEL_FILE = "toxicity/model.json"


@register
class LearnedToxicity(Rule[LearnedOptions]):
    Options = LearnedOptions
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
            bad("Honestly you disgust me."),
            good("Returns are free within 30 days; I've e-mailed you the label."),
            bad("Jij bent echt een schande voor de mensheid.", "nl"),
            good("Wij helpen u graag in de winkel; de retour is gratis.", "nl"),
            bad("بصراحة أنت تقرفني.", "ar"),
            good("الإرجاع مجاني خلال ٣٠ يوم، وأرسلت لك الملصق على الإيميل.", "ar"),
        ),
    )

    @cached_property
    def _path(self) -> Path:
        """The configured model (relative to the configuration file), or the shipped one (found once)."""
        return self.config.resolve_path(self.options.model) if self.options.model else \
            builtin_packs_root() / MODEL_FILE

    def unavailable(self) -> str | None:
        return unreadable(self._path, "toxicity model", "benchmarks/train_models.py")

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        model = load_model(self._path)
        text = doc.text
        # (the shared scans first: other rules have run them already)
        if model is None or lexicon_hits(doc):
            return
        if tone_problem_found(doc):
            return  # rude, and a tone rule has said so: not the model's to call abuse
        if not judged(text):
            return
        language = doc.language or "en"
        p = model.probability(model_features(doc))
        if p < self.options.min_probability:
            return
        lexicon = lexicon_for(doc.packs, doc.language)
        if lexicon is not None and any(map(lexicon.lookup, text_words(text))):
            return  # the lexicon knows a word here and let it pass ('You're not an idiot', 'damn good'): its call
        start, end = model.best_sentence(text, language)
        yield Hit(start, end, f"the reply reads as abusive (insulting, threatening or attacking; model probability "
                              f"{p:.2f}): rephrase it", confidence=round(p, 3))


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
        texts.append((language, r["text"]))
        labels.append(int("toxicity" in cats))
        if sentences and not cats:
            for part in sentence_negatives(r["text"]):
                texts.append((language, part))
                labels.append(0)
    return texts, labels
