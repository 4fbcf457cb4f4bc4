"""``tone.unprofessional``: blame, brush-offs, talking down and sarcasm in wordings no pattern names.

The phrase rules (:mod:`.phrases`) know the wordings in ``rules/tone/<lang>.yaml``. Blind rounds showed
how little that reaches: on replies written after the patterns, in new scenarios, they found a quarter
to a half of the unprofessional tone, and in the worst rounds none (docs/benchmarks.md). This rule is a
linear model over the reply's words and word pairs (TF-IDF, logistic regression), trained on the
labelled replies in ``tests/fixtures/phrasings.jsonl``: what it learns is which words go with a reply
that blames or brushes off, not a list of sentences. Held out a whole scenario at a time (every
language of it), it found 0.78 of the unprofessional replies at precision 0.99 (benchmarks/train_tone_model.py
prints the table).

It reports only where no phrase rule has, so a reply gets one tone finding for one problem, and only
above a high probability (``min_probability``): the phrase rules say *what* is wrong, this one says
that something is. The span is the sentence that scores highest.

The model is data (``rules/tone/model.json``, ~0.6 MB), read with the standard library; scikit-learn is
needed only to train it again (``pip install replylint[train]``, ``make tone-model``).
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from functools import cached_property
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from ...document import ReplyDoc
from ...models import Category, Severity
from ...packs import builtin_packs_root
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ..toxicity.rules import lexicon_hits
from .phrases import tone_matches

MODEL_FILE = "tone/model.json"
# scikit-learn's default token pattern (words of two or more word characters), so training and use agree
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")


def features(text: str, language: str) -> Counter[str]:
    """The reply's words and word pairs, lower-cased, behind a token for its language (the model is one
    for all languages: the language token lets a word weigh differently in each)."""
    tokens = _TOKEN.findall(f"{language} {text}".lower())
    counts = Counter(tokens)
    counts.update(map(" ".join, zip(tokens, tokens[1:])))  # (built in C: a loop of f-strings cost 30 us a reply)
    return counts


class ToneModel:
    """A logistic regression over sublinear TF-IDF features, L2-normalised (scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)`` and ``LogisticRegression``), evaluated without them."""

    def __init__(self, weights: dict[str, tuple[float, float]], intercept: float):
        self.weights = weights  # feature -> (idf, coefficient)
        self.intercept = intercept
        # for a feature seen once (nearly all of them) its value is its idf: the sums over those are taken in C
        self._idf2 = {f: idf * idf for f, (idf, _) in weights.items()}
        self._dot = {f: idf * coef for f, (idf, coef) in weights.items()}

    @classmethod
    def load(cls, path: Path) -> ToneModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({f: (idf, coef) for f, idf, coef in data["features"]}, float(data["intercept"]))

    def probability(self, counts: Counter[str]) -> float:
        present = counts.keys() & self._dot.keys()  # (features outside the training vocabulary weigh nothing)
        norm = sum(map(self._idf2.__getitem__, present))
        dot = sum(map(self._dot.__getitem__, present))
        for feature in present:
            tf = counts[feature]
            if tf > 1:  # sublinear tf: (1 + ln tf) * idf instead of the idf counted above
                scale = 1.0 + math.log(tf)
                norm += (scale * scale - 1.0) * self._idf2[feature]
                dot += (scale - 1.0) * self._dot[feature]
        z = self.intercept + (dot / math.sqrt(norm) if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-z))


_MODELS: dict[Path, ToneModel | None] = {}
_LOCK = threading.Lock()


def load_model(path: Path | None = None) -> ToneModel | None:
    """The shipped model (read once per process), or ``None`` when the file is missing."""
    path = path or builtin_packs_root() / MODEL_FILE
    if path not in _MODELS:
        with _LOCK:
            if path not in _MODELS:
                _MODELS[path] = ToneModel.load(path) if path.is_file() else None
    return _MODELS[path]


class LearnedToneOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_probability: float = Field(default=0.8, ge=0.5, le=1.0,
                                   description="How sure the model must be. Lower finds more and is wrong more often "
                                               "(docs/benchmarks.md has the table).")
    model: str | None = Field(default=None, description="Path to another model file (benchmarks/train_tone_model.py "
                                                        "writes one); the shipped one by default.")


@register
class LearnedTone(Rule[LearnedToneOptions]):
    Options = LearnedToneOptions
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

    @cached_property
    def _path(self) -> Path:
        """The configured model (relative to the configuration file), or the shipped one: found once per
        rule (finding the built-in packs stats the file system, which no reply should pay for)."""
        return self.config.resolve_path(self.options.model) if self.options.model else \
            builtin_packs_root() / MODEL_FILE

    def unavailable(self) -> str | None:
        path = self._path
        if not path.is_file():
            return f"no tone model at {path} (benchmarks/train_tone_model.py writes one)"
        try:
            load_model(path)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            return f"the tone model at {path} cannot be read ({type(exc).__name__})"
        return None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        model = load_model(self._path)
        if model is None or not doc.text.strip():
            return
        if any(label != "commitment" for label, _, _ in tone_matches(doc)):
            return  # a phrase rule has said it, and what it is
        if lexicon_hits(doc):
            return  # abuse: the toxicity rules report it
        language = doc.language or "en"
        threshold = self.options.min_probability
        text = doc.text
        if _short_question(text):
            return  # 'وش المقاس اللي طلبته؟' (which size did you order?): a one-line question asks, and the
            # model, which learned from short put-downs, scored such lines 0.8-0.99; the put-down questions
            # ('Do you even know what a router is?') are the phrase rules' business
        reply = model.probability(features(text, language))
        if reply < threshold:
            return
        # the span: the sentence that scores highest (sentences are not judged alone: a short polite line
        # looks like the short replies the model learned blame from)
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
        best, where = -1.0, (0, len(text))
        for start, end in sentences:
            p = model.probability(features(text[start:end], language))
            if p > best:
                best, where = p, (start, end)
        start, end = where
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        yield Hit(start, end, "the reply reads as unprofessional (blaming, brushing off, talking down or "
                              f"sarcastic; model probability {reply:.2f})",
                  confidence=round(reply, 3))


_SHORT_QUESTION_WORDS = 8


def _short_question(text: str) -> bool:
    """A reply that is one question of fewer than eight words."""
    stripped = text.strip()
    if not stripped.endswith(("?", "؟")) or len(_TOKEN.findall(stripped)) >= _SHORT_QUESTION_WORDS:
        return False
    return sum(1 for m in _SENTENCE.finditer(stripped) if m.group().strip()) == 1


def train(records: list[dict], out: Path, c: float = 4.0) -> dict:
    """Fit the model on labelled replies (FORMAT.md records) and write it to ``out``. Needs scikit-learn.

    A reply is positive when it has a tone label of type blame, dismissive, condescending or sarcasm;
    replies with other tone labels (shouting, punctuation, formality: other rules' business) and toxic
    replies are left out."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = training_set(records)
    vectorizer = TfidfVectorizer(analyzer=lambda t: list(features(t[1], t[0]).elements()), min_df=2,
                                 sublinear_tf=True, lowercase=False)
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, labels)
    idf = vectorizer.idf_
    coef = model.coef_[0]
    rows = [[f, round(float(idf[i]), 4), round(float(coef[i]), 4)] for f, i in sorted(vectorizer.vocabulary_.items())]
    out.write_text(json.dumps({"format": 1, "intercept": round(float(model.intercept_[0]), 4), "features": rows},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return {"replies": len(texts), "positive": sum(labels), "features": len(rows)}


_UNPROFESSIONAL = frozenset({"blame", "dismissive", "condescending", "sarcasm"})


def training_set(records: list[dict], sentences: bool = True) -> tuple[list[tuple[str, str]], list[int]]:
    """Replies and labels; with ``sentences``, also each sentence of a reply with no label at all, as a
    negative: a short polite line ('Lukt het niet om het daar op te halen?') is as clean as the reply it
    came from, and the positives are mostly short."""
    texts: list[tuple[str, str]] = []
    labels: list[int] = []
    for r in records:
        cats = {label["category"] for label in r.get("labels", [])}
        y = int(any(label["category"] == "tone" and label.get("type") in _UNPROFESSIONAL
                    for label in r.get("labels", [])))
        if "toxicity" in cats or (not y and "tone" in cats):
            continue
        language = r.get("language") or "en"
        texts.append((language, r["text"]))
        labels.append(y)
        if sentences and not cats:
            parts = [m.group().strip() for m in _SENTENCE.finditer(r["text"])]
            for part in parts if len(parts) > 1 else ():
                if len(_TOKEN.findall(part)) >= 3:
                    texts.append((language, part))
                    labels.append(0)
    return texts, labels
