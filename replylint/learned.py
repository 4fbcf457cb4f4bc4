"""Linear text classifiers shipped as data: what ``tone.unprofessional`` and ``toxicity.abusive`` share.

Phrase patterns and lexicons name wordings; blind rounds (docs/benchmarks.md) showed that new replies keep
finding wordings no list names. A classifier over a reply's words and word pairs learns which words go with
a problem instead. Each rule that uses one is a small class beside its family's patterns: it picks its
training replies (:func:`train` takes texts and labels) and decides when the model may speak.

A model is a JSON file of (feature, idf, coefficient) rows and an intercept: scikit-learn's
``TfidfVectorizer(sublinear_tf=True)`` and ``LogisticRegression``, evaluated here with the standard library
(~0.1 ms a reply), so using one needs no scikit-learn and no download. Training needs scikit-learn
(``pip install replylint[train]``; ``make models``).
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from functools import cached_property
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ClassVar, Iterable

from pydantic import BaseModel, ConfigDict, Field

from .packs import builtin_packs_root, collector_paused
from .rule import Hit, Rule
from .textutil import text_runs

if TYPE_CHECKING:  # pragma: no cover
    from .document import ReplyDoc

# scikit-learn's default token pattern (words of two or more word characters), so training and use agree
TOKEN = re.compile(r"(?u)\b\w\w+\b")
SENTENCE = re.compile(r"[^.!?؟\n]+[.!?؟]*")
_ONE = 1
_NOT = re.compile(r"(?<=[nN])['’][tT]\b")


def features(text: str) -> Counter[str]:
    """The reply's words and word pairs, lower-cased. The reply's language is not a feature: a token for it,
    present in every reply, took the weight of the language's share of positives, and with the L2 norm it
    decided every short reply whose words the model had never seen ('وللعملاء الكرام.', to our dear
    customers: 0.99). The words tell the languages apart well enough."""
    # TOKEN's matches are the lower-cased word runs of two characters or more: the runs are cached per reply
    # and most rules have asked for them already
    if "n't" in text or "n’t" in text:
        # English negation is a clitic of one letter, which the runs of two or more characters dropped: "can't
        # help you" read as "can help you", and the tone model, trained on "we can't help you if ...", scored
        # "I can help you with that." 0.71 unprofessional. It is read as "not".
        text = _NOT.sub(" not", text)
    tokens = [t for t in text_runs(text) if len(t) > 1]
    counts = Counter(tokens)
    counts.update(map(" ".join, zip(tokens, tokens[1:])))  # (built in C: a loop of f-strings cost 30 us a reply)
    return counts


# the Arabic article, alone or after a conjunction or preposition, taken off a word before its stem is read
_AR_ARTICLE = ("وال", "بال", "فال", "كال", "لل", "ال")
STEM_MARK = "~"


def with_stems(counts: Counter[str], n: int) -> Counter[str]:
    """``counts`` with one more feature for each word of more than ``n`` letters: ``~`` and its first ``n``
    letters (for Arabic, after the article), so that what a model learned from one inflection of a word
    counts for the others ('idiots', 'idiotic'; 'klootzakken'; 'الحمقى', 'حمقى').

    Held out by scenario and added to the lexicon's findings before each round's fixes
    (benchmarks/train_models.py, 8,555 replies when it was added), the toxicity model at 0.8 went from P 0.948
    R 0.804 to P 0.959 R 0.816 with four letters. The tone model gained 0.013 in recall for one clean reply flagged, so
    it reads words alone. The stems are read off the counts, so a model file says whether it wants them
    (``"stems": 4``) and the rules need not know."""
    stems: list[str] = []
    for feature, count in counts.items():
        stem = stem_of(feature, n)
        if stem:
            stems += [stem] * count
    if not stems:
        return counts
    out = Counter(counts)
    out.update(stems)
    return out


def stem_of(feature: str, n: int) -> str:
    """The stem feature of one word (:func:`with_stems`), or '' for a word pair, a number or a short word."""
    if len(feature) <= n or not feature.isalpha():  # (word pairs have a space, stems a ~)
        return ""
    if feature.startswith(_AR_ARTICLE):
        for article in _AR_ARTICLE:
            if feature.startswith(article) and len(feature) - len(article) >= 3:
                feature = feature[len(article):]
                break
        if len(feature) <= n:
            return ""
    return STEM_MARK + feature[:n]


_NAME_PART = re.compile(r"[^\W\d_]{2,}")
_LETTER = re.compile(r"[^\W\d_]")


def without_names(text: str, names: Iterable[str | None]) -> str:
    """``text`` without the words of ``names`` (the customer's name or handle, the company's name). A model
    trained on blind rounds learned their people: 'jordan', 'joyce' and 'ياسر' weighed as much as an
    insult, because a round's toxic replies share a customer. A name says nothing about the wording, so
    neither the training nor the check sees it."""
    words = {w.casefold() for name in names if name for w in _NAME_PART.findall(name)}
    if not words:
        return text
    folded = text.casefold()
    if len(folded) != len(text):  # (a letter folded to two: positions differ; every word is looked at)
        return _NAME_PART.sub(lambda m: " " if m.group().casefold() in words else m.group(), text)
    # where a name's word occurs in the folded text as a whole run of letters (found by a string search, not a
    # callback per word of the reply: 40 us a reply)
    cuts = []
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if _NAME_PART.fullmatch(text, at, end) and not (at and _LETTER.match(text, at - 1)) and \
                    not _LETTER.match(text, end):
                cuts.append((at, end))
            at = folded.find(word, at + 1)
    if not cuts:
        return text
    out, last = [], 0
    for start, end in sorted(cuts):
        out += [text[last:start], " "]
        last = end
    return "".join(out) + text[last:]


def record_text(record: dict) -> str:
    """What a model reads of a labelled record (training, held-out scoring): its text without the names of
    its context, as :func:`without_names` takes them out of a reply at check time. A record that carries
    ``model_text`` (benchmarks/train_models.py adds it: the text as the rules' :func:`model_text` gives it, without
    the safe phrasings too) is read as that."""
    if "model_text" in record:
        return record["model_text"]
    context = record.get("context") or {}
    names = ((context.get("customer") or {}).get("name"), (context.get("company") or {}).get("name"))
    return without_names(record["text"], names)


class LinearModel:
    """A logistic regression over sublinear TF-IDF features, L2-normalised (scikit-learn's
    ``TfidfVectorizer(sublinear_tf=True)`` and ``LogisticRegression``), evaluated without them."""

    def __init__(self, weights: dict[str, tuple[float, float]], intercept: float, stems: int = 0):
        self.weights = weights  # feature -> (idf, coefficient)
        self.intercept = intercept
        self.stems = stems  # words' first letters as features too (:func:`with_stems`); 0: words alone
        # for a feature seen once (nearly all of them) its value is its idf: the sums over those are taken in C,
        # both in one pass as the real and imaginary parts of one complex number (idf², idf × coefficient)
        self._terms = {f: complex(idf * idf, idf * coef) for f, (idf, coef) in weights.items()}
        # feature -> its stem feature when the model knows that stem, else '': a stem the model does not know weighs
        # nothing, and most words come back reply after reply (shared by threads: a lost write is recomputed)
        self._stem_cache: dict[str, str] = {}

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({f: (idf, coef) for f, idf, coef in data["features"]}, float(data["intercept"]),
                   int(data.get("stems", 0)))

    def probability(self, counts: Counter[str]) -> float:
        """The probability of the model's problem given a text's :func:`features` (its stems are added here
        when the model reads them)."""
        if self.stems:
            counts = self._with_known_stems(counts)
        terms = self._terms
        present = counts.keys() & terms.keys()  # (features outside the training vocabulary weigh nothing)
        total = sum(map(terms.__getitem__, present), 0j)
        norm, dot = total.real, total.imag
        # sublinear tf, (1 + ln tf) * idf instead of the idf counted above, for the few features seen more than
        # once (picked out in C)
        for feature in compress(counts.keys(), map(_ONE.__lt__, counts.values())):
            term = terms.get(feature)
            if term is not None:
                scale = 1.0 + math.log(counts[feature])
                norm += (scale * scale - 1.0) * term.real
                dot += (scale - 1.0) * term.imag
        z = self.intercept + (dot / math.sqrt(norm) if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-z))

    def _with_known_stems(self, counts: Counter[str]) -> Counter[str]:
        """:func:`with_stems` without the stems the model has no weight for (the same probability: they weigh
        nothing), each word's stem looked up once per process: on generated replies the stems cost 25 us a reply
        computed afresh."""
        cache, n, terms = self._stem_cache, self.stems, self._terms
        # (not counts.keys() - cache.keys(): that walks the cache)
        fresh = {f: stem if (stem := stem_of(f, n)) in terms else "" for f in set(counts).difference(cache)}
        if fresh and len(cache) < _STEM_CACHE_SIZE:
            cache.update(fresh)
        elif fresh:  # a full cache: this reply's new words are looked up here, not remembered
            cache = {**fresh, **{f: cache[f] for f in counts if f in cache}}
        with_stem = [f for f in counts if cache[f]]
        if not with_stem:
            return counts
        out = counts.copy()
        for feature in with_stem:
            stem = cache[feature]
            out[stem] = out.get(stem, 0) + counts[feature]
        return out

    def heard(self, counts: Counter[str], p: float, min_features: int) -> bool:
        """Whether a verdict ``p`` on ``counts`` rests on enough: at least ``min_features`` features the model has a
        weight for, or ``p`` at least SURE (LearnedOptions.min_features). The rules and the held-out scoring of
        benchmarks/train_models.py both ask this."""
        return p >= SURE or len(counts.keys() & self._terms.keys()) >= min_features

    def best_sentence(self, text: str) -> tuple[int, int]:
        """``(start, end)`` of the sentence that scores highest, without surrounding space: the span of a
        reply-level finding (sentences are not judged alone: a short polite line looks like the short
        replies a model learned its problem from)."""
        best, (start, end) = -1.0, (0, len(text))
        for m in SENTENCE.finditer(text):
            if m.group().strip():
                p = self.probability(features(m.group()))
                if p > best:
                    best, start, end = p, m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


_STEM_CACHE_SIZE = 200_000  # words whose stem a model remembers (a few MB)
_MODELS: dict[Path, LinearModel | None] = {}
_LOCK = threading.Lock()


def load_model(path: Path) -> LinearModel | None:
    """The model at ``path`` (read once per process), or ``None`` when the file is missing."""
    if path not in _MODELS:
        with _LOCK:
            if path not in _MODELS:
                with collector_paused():  # (~10^5 weights: see collector_paused)
                    _MODELS[path] = LinearModel.load(path) if path.is_file() else None
    return _MODELS[path]


def unreadable(path: Path, what: str, writer: str) -> str | None:
    """Why the model at ``path`` cannot be used (a rule's ``unavailable``), or None."""
    if not path.is_file():
        return f"no {what} at {path} ({writer} writes one)"
    try:
        load_model(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f"the {what} at {path} cannot be read ({type(exc).__name__})"
    return None


# a model this sure is listened to however few of the reply's features it knows (LearnedOptions.min_features)
SURE = 0.95


class LearnedOptions(BaseModel):
    """The options of a rule that asks a model."""

    model_config = ConfigDict(extra="forbid")

    min_probability: float = Field(default=0.8, ge=0.5, le=1.0,
                                   description="How sure the model must be. Lower finds more and is wrong more often "
                                               "(docs/benchmarks.md has the table).")
    model: str | None = Field(default=None, description="Path to another model file (``make models`` writes the "
                                                        "shipped ones); the shipped one by default.")
    min_features: int = Field(default=2, ge=0,
                              description="How many of the reply's words and word pairs the model must know before "
                                          "it is listened to, unless it is 0.95 sure: a verdict on one known word "
                                          "('الله يتمم عليك', 0.70 on 'عليك' alone) is a word list's, and a worse "
                                          "one; 'دبر حالك بنفسك' (0.98 on 'بنفسك') is still reported. 0 listens to it "
                                          "whatever it knows.")


class LearnedRule(Rule[LearnedOptions]):
    """A rule that asks a model: finds its model file once, reports it unavailable when it is missing or broken,
    and reports the reply at the sentence that scores highest when the model is sure enough. A subclass names
    its model and message, the features it reads, and when the model is not asked (``silent``: before the
    model, from the scans other rules share) or not listened to (``vetoed``: after it, for a check that costs
    more than the model)."""

    Options = LearnedOptions
    model_file: ClassVar[str]  # under the built-in packs
    model_name: ClassVar[str]  # for messages: 'tone model'
    message: ClassVar[str]  # formatted with the probability ``p``
    features_of: Callable[[ReplyDoc], Counter[str]]  # a staticmethod

    @cached_property
    def _path(self) -> Path:
        """The configured model (relative to the configuration file), or the shipped one: found once per
        rule (finding the built-in packs stats the file system, which no reply should pay for)."""
        return self.config.resolve_path(self.options.model) if self.options.model else \
            builtin_packs_root() / self.model_file

    def unavailable(self) -> str | None:
        return unreadable(self._path, self.model_name, "benchmarks/train_models.py")

    def silent(self, doc: ReplyDoc) -> bool:
        return False

    def vetoed(self, doc: ReplyDoc) -> bool:
        return False

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        model = load_model(self._path)
        if model is None or not doc.text.strip() or self.silent(doc):
            return
        counts = self.features_of(doc)
        p = model.probability(counts)
        if p < self.options.min_probability or not model.heard(counts, p, self.options.min_features) or \
                self.vetoed(doc):
            return
        start, end = model.best_sentence(doc.text)
        yield Hit(start, end, self.message.format(p=p), confidence=round(p, 3))


def sentence_negatives(text: str, min_words: int = 3) -> list[str]:
    """The sentences of a clean reply of more than one sentence, as extra negatives for training: a short
    polite line is as clean as the reply it came from, and the positives are mostly short."""
    parts = [m.group().strip() for m in SENTENCE.finditer(text)]
    return [p for p in parts if len(TOKEN.findall(p)) >= min_words] if len(parts) > 1 else []


def short_question(text: str, max_words: int = 13) -> bool:
    """A reply that is one question of fewer than ``max_words`` words: it asks, and a model that learned
    from short put-downs scores such lines high ('وش المقاس اللي طلبته؟', which size did you order?: 0.96;
    'Lukt het niet om het daar op te halen?', can't you pick it up there?: 0.81). The put-down questions
    ('Do you even know what a router is?') are the phrase rules' business."""
    stripped = text.strip()
    if not stripped.endswith(("?", "؟")) or len(TOKEN.findall(stripped)) >= max_words:
        return False
    return sum(1 for m in SENTENCE.finditer(stripped) if m.group().strip()) == 1


def common_words() -> frozenset[str]:
    """The core packs' stop words (and ``model_left_out`` words) of every language: words that are not features
    on their own."""
    from .packs import PackStore

    packs = PackStore.shared()
    return frozenset().union(*(packs.word_set("core", lang, field) for lang in packs.languages("core")
                               for field in ("stopwords", "model_left_out")))


def train(texts: list[tuple[str, str]], labels: list[int], out: Path, c: float = 4.0,
          left_out: Iterable[str] | None = None, stems: int = 0) -> dict:
    """Fit a model on ``(language, text)`` pairs and 0/1 labels and write it to ``out``. Needs scikit-learn.
    (The language is kept with each text for the evaluation's bookkeeping; it is not a feature.)

    The words of ``left_out`` (by default :func:`common_words`) are left out as features on their own, kept
    in word pairs. Trained on them, a model leaned on what a round's toxic replies happened to share: 'ثانية'
    (second) and 'إذا' (if) together made 'press the button a second time and see if the lamp works' 0.88
    abusive. Held out by scenario and added to the rules (benchmarks/train_models.py, at 0.8), precision
    rose (toxicity 0.925 to 0.940, tone 0.912 to 0.933, clean replies the tone model flags 6 to 1) for some
    recall (0.789 to 0.784, 0.632 to 0.592). A check needs no change: a feature outside the vocabulary
    weighs nothing."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    common = common_words() if left_out is None else frozenset(left_out)

    def analyzer(item: tuple[str, str]) -> list[str]:
        counts = features(item[1])
        return [f for f in (with_stems(counts, stems) if stems else counts).elements() if f not in common]

    vectorizer = TfidfVectorizer(analyzer=analyzer, min_df=2, sublinear_tf=True, lowercase=False)
    x = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(x, labels)
    idf = vectorizer.idf_
    coef = model.coef_[0]
    rows = [[f, round(float(idf[i]), 4), round(float(coef[i]), 4)] for f, i in sorted(vectorizer.vocabulary_.items())]
    head = {"format": 1, "intercept": round(float(model.intercept_[0]), 4)}
    if stems:
        head["stems"] = stems
    out.write_text(json.dumps({**head, "features": rows},
                              ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return {"replies": len(texts), "positive": sum(labels), "features": len(rows)}
