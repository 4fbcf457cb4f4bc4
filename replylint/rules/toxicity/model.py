"""``toxicity.detoxify``: Detoxify's sentence scores, combined with the lexicon.

Design constraints from Detoxify's own documentation: the multilingual model
was trained on en, fr, es, it, pt, tr and ru (no Dutch, no Arabic), so for
those languages the lexicon is the only scorer; and scores rise on identity
terms and on swear words used harmlessly. So a score alone is not enough: a
sentence is reported when the score passes its label's threshold AND the
sentence is aimed at someone (second person), or when the score is very high
(identity attacks need both). The model only speaks for sentences the lexicon
found nothing in (the lexicon's spans are more precise) and never for
sentences with a lexicon safe phrase ("damn good").
"""

from __future__ import annotations

from typing import Iterable

from ...backends.detoxify import DetoxifyBackend
from ...config import Config
from ...document import ReplyDoc
from ...models import Category, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...textutil import sentences
from .rules import lexicon_for, lexicon_hits

DEFAULT_THRESHOLDS = {"threat": 0.5, "identity_attack": 0.6, "insult": 0.7, "obscene": 0.7, "sexual_explicit": 0.7,
                      "severe_toxicity": 0.5, "toxicity": 0.8}
VERY_HIGH = 0.95
# Detoxify label -> replylint rule id (the generic labels stay under this rule's own id)
LABEL_RULES = {"threat": "toxicity.threat", "identity_attack": "toxicity.identity_attack", "insult": "toxicity.insult",
               "obscene": "toxicity.obscene", "sexual_explicit": "toxicity.obscene",
               "severe_toxicity": "toxicity.detoxify", "toxicity": "toxicity.detoxify"}
_ORDER = ("threat", "identity_attack", "insult", "obscene", "sexual_explicit", "severe_toxicity", "toxicity")


@register
class DetoxifyScorer(Rule):
    meta = RuleMeta(
        id="toxicity.detoxify",
        category=Category.TOXICITY,
        severity=Severity.ERROR,
        summary="Sentence-level toxicity scores from a Detoxify model (original, unbiased or multilingual) for "
                "sentences the lexicon finds nothing in; label-specific scores are reported under "
                "toxicity.insult/threat/obscene/identity_attack. Languages: backends.detoxify.languages.",
        rationale="A neural model catches toxic phrasing no word list anticipates. It is opt-in because its "
                  "weights are large and must be downloaded or configured.",
        use_instead="Rephrase the sentence without hostility.",
        languages=("en",),  # and whatever backends.detoxify.languages lists (fr, es, it, pt, tr, ru by default)
        default_enabled=False,
        requires="detoxify",
        examples=(
            bad("Honestly you are a drain on everyone here.",
                note="needs a Detoxify checkpoint; the test-suite runs this with a tiny one"),
            good("Thanks for your patience, the replacement ships today."),
        ),
    )

    @classmethod
    def enabled_by_config(cls, config: Config) -> bool:
        return config.backends.detoxify.enabled

    @property
    def backend(self) -> DetoxifyBackend:
        return DetoxifyBackend.get(self.config.backends.detoxify)

    def unavailable(self) -> str | None:
        return self.backend.unavailable()

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        languages = self.config.backends.detoxify.languages
        if doc.language not in languages:
            return (f"the Detoxify model is not trained on {doc.language!r} (it covers {', '.join(languages)}); "
                    f"the lexicon scores this reply")
        return None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        return self.check_batch([doc])[0]

    def check_batch(self, docs: list[ReplyDoc]) -> list[list[Hit]]:
        spans = [list(sentences(doc.text)) for doc in docs]
        flat = [doc.text[s:e] for doc, sp in zip(docs, spans) for s, e in sp]
        scores = iter(self.backend.predict(flat, self.config.backends.detoxify.batch_size))
        return [[h for (s, e) in sp if (h := self._judge(doc, s, e, next(scores))) is not None]
                for doc, sp in zip(docs, spans)]

    def _judge(self, doc: ReplyDoc, start: int, end: int, scores: dict[str, float]) -> Hit | None:
        thresholds = {**DEFAULT_THRESHOLDS, **self.config.backends.detoxify.thresholds}
        lex = lexicon_for(doc.packs, doc.language)
        sentence = doc.text[start:end]
        if lex is not None and lex.safe_phrases is not None and lex.safe_phrases.search(sentence):
            return None
        hits = [h for h in lexicon_hits(doc) if h.start < end and start < h.end]
        if hits:
            return None  # the lexicon already reports this sentence, with precise spans
        addressed = lex is not None and lex.address is not None and bool(lex.address.search(sentence))
        for label in _ORDER:
            score = scores.get(label)
            if score is None or score < thresholds[label]:
                continue
            supported = score >= VERY_HIGH or addressed
            if label == "identity_attack":  # identity terms alone inflate this score
                supported = score >= VERY_HIGH and addressed
            if not supported:
                continue
            rule = LABEL_RULES[label]
            return Hit(start, end, f"Detoxify rates this sentence {label.replace('_', ' ')} ({score:.2f})",
                       confidence=round(min(1.0, score), 3), rule=None if rule == self.meta.id else rule,
                       severity=Severity.ERROR if doc.is_public or score >= VERY_HIGH else Severity.WARNING)
        return None

