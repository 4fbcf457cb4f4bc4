"""``typo.grammar``: LanguageTool's grammar and style matches (optional).

LanguageTool's spelling matches (category TYPOS) are reported under
``typo.misspelling`` so that users see one spelling rule whatever found it;
everything else is ``typo.grammar``. Names from the context and the
configured vocabulary are never reported as misspelled.
"""

from __future__ import annotations

from typing import Iterable

from ...backends.languagetool import LanguageToolBackend
from ...config import Config
from ...document import ReplyDoc
from ...models import Category, Fix, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from .rules import _fold, context_names


@register
class Grammar(Rule):
    meta = RuleMeta(
        id="typo.grammar",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="Grammar and style problems found by a LanguageTool server (self-hosted URL or local server).",
        rationale="Agreement errors and wrong word forms make a reply look careless, just like typos.",
        use_instead="Accept LanguageTool's suggestion or rephrase.",
        fix="unsafe",
        languages=("en", "nl", "ar"),
        default_enabled=False,
        requires="grammar",
        examples=(
            bad("I have ordered a apple for you.", note="needs a LanguageTool server; the test-suite runs one"),
            bad("Ik heb het pakket gisteren verstuurt.", "nl"),
            bad("انا ذهبت الى المتجر امس.", "ar"),
            good("I have ordered an apple for you."),
        ),
    )

    @classmethod
    def enabled_by_config(cls, config: Config) -> bool:
        return config.backends.languagetool.enabled

    @property
    def backend(self) -> LanguageToolBackend:
        return LanguageToolBackend.get(self.config.backends.languagetool)

    def unavailable(self) -> str | None:
        return self.backend.unavailable()

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        return self.check_batch([doc])[0]

    def check_batch(self, docs: list[ReplyDoc]) -> list[list[Hit]]:
        results = self.backend.check_many([d.text for d in docs], [d.language or "en" for d in docs],
                                          self.config.backends.languagetool)
        return [list(self._hits(doc, matches)) for doc, matches in zip(docs, results)]

    def _hits(self, doc: ReplyDoc, matches: list[dict]) -> Iterable[Hit]:
        names = context_names(doc)
        text = doc.text
        for m in matches:
            start, end = m["offset"], m["offset"] + m["length"]
            if not 0 <= start <= end <= len(text):
                continue
            rule = m.get("rule") or {}
            spelling = (rule.get("category") or {}).get("id") == "TYPOS" or rule.get("issueType") == "misspelling"
            if spelling and _fold(text[start:end]) in names:
                continue
            replacements = [r.get("value", "") for r in m.get("replacements", []) if isinstance(r, dict)][:5]
            message = m.get("message") or m.get("shortMessage") or "grammar problem"
            fix = Fix(replacement=replacements[0], safe=False, description="LanguageTool's suggestion") \
                if replacements else None
            yield Hit(start, end, f"{message} [LanguageTool {rule.get('id', '?')}]", suggestions=replacements,
                      fix=fix, rule="typo.misspelling" if spelling else None, confidence=0.7)
