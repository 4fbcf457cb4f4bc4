"""``typo.confused_word``: real words in the wrong place ('could of', 'more then 30 days', 'its a').

A spelling list cannot see these: 'of', 'then', 'its' and 'cant' are all
words. What gives them away is a neighbour, so each entry of a typo pack's
``confused_words`` is a regular expression over the words around the slip,
with the slip itself in the group ``word`` and what to write instead.
Entries are written for precision: 'later then' is left alone ('if it takes
longer then we refund you' is right), 'more then 30 days' is not.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...document import ReplyDoc
from ...models import Category, Fix, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from .speller import TypoPack, match_case

_GROUP = re.compile(r"\(\?P<word>")


class _Compiled:
    """All of a language's entries as one expression: one scan of the reply finds every slip."""

    def __init__(self, pack: TypoPack):
        entries = pack.confused_words
        self.uses: list[str | dict[str, str]] = []
        self.notes: list[str] = []
        parts = []
        for i, entry in enumerate(entries):
            parts.append(_GROUP.sub(f"(?P<w{i}>", entry.pattern, count=1))
            self.uses.append({k.lower(): v for k, v in entry.use.items()} if isinstance(entry.use, dict) else entry.use)
            self.notes.append(entry.note)
        self.regex = re.compile("(?i)" + "|".join(f"(?:{p})" for p in parts)) if parts else None

    def slips(self, text: str) -> Iterable[tuple[int, int, str, str]]:
        if self.regex is None:
            return
        for m in self.regex.finditer(text):
            name = next(k for k, v in m.groupdict().items() if v is not None and k[0] == "w")
            i = int(name[1:])
            written = m.group(name)
            use = self.uses[i]
            right = use.get(written.lower()) if isinstance(use, dict) else use
            if right:
                yield m.start(name), m.end(name), match_case(right, written), self.notes[i]


@register
class ConfusedWord(Rule):
    meta = RuleMeta(
        id="typo.confused_word",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="Real words in the wrong place, found by their neighbours: 'could of' (have), 'more then 30 days' "
                "(than), 'its a' (it's), 'we cant' (can't); Dutch 'meer als verwacht' (dan), 'hun hebben' (zij).",
        rationale="No word list catches them, since every word is spelt right, and readers notice them as quickly "
                  "as any typo.",
        use_instead="Use the suggested word.",
        fix="unsafe",
        languages=("en", "nl"),
        examples=(
            bad("You could of told us sooner."),
            bad("Refunds take more then 30 days. Its in our policy, and we cant change it."),
            bad("Het duurde langer als verwacht en hun hebben het pakket kwijt.", "nl"),
            good("You may of course cancel any time; if it takes longer then we refund you."),
            good("The app and its settings are updated. You're welcome!"),
            good("Het kost meer als je later bestelt.", "nl"),
        ),
    )

    def _compiled(self, language: str) -> _Compiled | None:
        pack = self.ctx.packs.get("typo", language)
        return _Compiled(pack) if isinstance(pack, TypoPack) and pack.confused_words else None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        compiled = self.per_language(doc.language or "", self._compiled)
        if compiled is None:
            return
        for start, end, right, note in compiled.slips(doc.text):
            written = doc.text[start:end]
            why = f" ({note})" if note else ""
            yield Hit(start, end, f"'{written}' should be '{right}' here{why}", suggestions=[right],
                      fix=Fix(replacement=right, safe=False, description="use the word the sentence needs"),
                      confidence=0.8)
