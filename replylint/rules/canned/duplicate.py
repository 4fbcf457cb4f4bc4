"""``canned.duplicate``: in a batch, the same reply sent to many different customers.

Auditing an export of historical replies (``check_many``, ``.jsonl``/``.csv``
input) shows agents who paste one answer to everyone. The rule sees the
replies in input order; from the moment one text has gone to
``min_recipients`` different customers, every further copy is reported. The
customer's own name is blanked before comparing, so "Hi Jan" and "Hi Piet"
with the same body count as the same reply.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from pydantic import BaseModel, ConfigDict, Field

from ...models import Category, Report, ReplyInput, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good

_BODY = ("Hi {name}, thanks for your patience. We are experiencing high volumes and will get back to you as "
         "soon as we can.")
_SPACE = re.compile(r"\s+")
_NONWORD = re.compile(r"[^\w\s]")


@dataclass
class _Seen:
    recipients: set[str] = field(default_factory=set)
    ids: list[str] = field(default_factory=list)


class DuplicateOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_recipients: int = Field(default=3, ge=2, description="Report from the copy that reaches this many customers.")
    min_length: int = Field(default=80, ge=0, description="Shorter replies ('Thanks!') may repeat freely.")


@register
class Duplicate(Rule[DuplicateOptions]):
    Options = DuplicateOptions
    meta = RuleMeta(
        id="canned.duplicate",
        category=Category.CANNED,
        severity=Severity.INFO,
        summary="In a batch (check_many, .jsonl/.csv input), the same reply text sent to many different customers.",
        rationale="One answer pasted to everyone ignores what each customer asked; in audits it points at macros "
                  "that need personalising or at agents who need coaching.",
        languages=("*",),
        reply_level=True,
        examples=(
            bad(_BODY.format(name="Noor"), context={"customer": {"name": "Noor"}},
                batch=[{"text": _BODY.format(name="Jan"), "context": {"customer": {"name": "Jan"}}},
                       {"text": _BODY.format(name="Piet"), "context": {"customer": {"name": "Piet"}}}],
                note="the third customer to get the same reply"),
            good(_BODY.format(name="Noor"), context={"customer": {"name": "Noor"}},
                 batch=[{"text": _BODY.format(name="Jan"), "context": {"customer": {"name": "Jan"}}}],
                 note="two customers: below the default threshold"),
            good("A single reply is never a duplicate."),
        ),
    )

    def check(self, doc):  # a single reply is never a duplicate
        return ()

    def start_stream(self) -> Any:
        return {}

    def check_in_stream(self, state: dict[str, _Seen], item: ReplyInput, report: Report) -> Iterable[Hit]:
        fingerprint = self.fingerprint(item)
        if fingerprint is None:
            return
        seen = self.observe(state, fingerprint)
        if seen is not None:
            yield self.hit(item, seen)

    # The stream logic in three steps, so that a distributed run (replylint.distributed) can compute
    # fingerprints where the replies are, replay ``observe`` in input order in one place, and turn
    # what it reports into the same finding.
    def fingerprint(self, item: ReplyInput) -> tuple[str, str, str] | None:
        """``(text key, recipient, id)``, or ``None`` for a reply too short to count."""
        if len(item.text.strip()) < self.options.min_length:
            return None
        return self._key(item), self._recipient(item), item.id or "?"

    def observe(self, state: dict[str, _Seen], fingerprint: tuple[str, str, str]) -> tuple[int, list[str]] | None:
        """Record one reply; when it is a copy to report: (customers so far, ids of the earlier copies)."""
        key, who, rid = fingerprint
        seen = state.setdefault(key, _Seen())
        seen.recipients.add(who)
        seen.ids.append(rid)
        if len(seen.recipients) >= self.options.min_recipients:
            return len(seen.recipients), seen.ids[:-1][:5]
        return None

    @staticmethod
    def hit(item: ReplyInput, seen: tuple[int, list[str]]) -> Hit:
        count, others = seen
        return Hit(0, len(item.text), f"the same reply went to {count} different customers in this batch "
                                      f"(also in: {', '.join(others)})", view="original")

    @staticmethod
    def _recipient(item: ReplyInput) -> str:
        customer = item.context.customer if item.context else None
        if customer is not None and (customer.email or customer.name or customer.phone):
            return (customer.email or customer.phone or customer.name or "").lower()
        return f"record:{item.id}"

    @staticmethod
    def _key(item: ReplyInput) -> str:
        text = item.text.lower()
        customer = item.context.customer if item.context else None
        if customer is not None and customer.name:
            for part in customer.name.lower().replace("@", " ").split():
                if len(part) > 1:
                    text = re.sub(rf"(?<!\w){re.escape(part)}(?!\w)", " ", text)
        text = _SPACE.sub(" ", _NONWORD.sub(" ", text)).strip()
        return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
