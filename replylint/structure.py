"""Where a reply's greeting, body and sign-off are, from the core language packs.

Several families need it: spelling skips the signature block (names and job
titles), boilerplate is measured on the body only, and the context rules read
who the greeting addresses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .langdata import CorePack
from .textutil import phrase_regex

if TYPE_CHECKING:  # pragma: no cover
    from .document import ReplyDoc


def _core_packs(doc: ReplyDoc) -> list[CorePack]:
    pack = doc.pack("core")
    if isinstance(pack, CorePack):
        return [pack]
    return [p for p in doc.packs.all("core") if isinstance(p, CorePack)]


def signature_start(doc: ReplyDoc) -> int:
    """Offset (agent view) where the sign-off block begins, or ``len(text)`` when there is none.

    A sign-off line is the formula alone or with a name ("Kind regards," / "Thanks, Tom"), near the
    end; "Thank you for your patience." at the start of a line is a sentence, not a sign-off."""
    def compute() -> int:
        text = doc.text
        signoffs = phrase_regex([s for p in _core_packs(doc) for s in p.signoffs])
        if signoffs is None:
            return len(text)
        last = None
        for m in signoffs.finditer(text, max(0, len(text) - 200)):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            rest = text[m.end():line_end if line_end != -1 else len(text)].strip(" \t,.!،")
            if text[line_start:m.start()].strip() == "" and len(rest.split()) <= 2 and not rest.endswith("?"):
                last = m
        return last.end() if last else len(text)

    return doc.memo("structure.signature", compute)


def greeting_end(doc: ReplyDoc) -> int:
    """Offset (agent view) where the greeting line ends, or 0 when the reply has no greeting."""
    def compute() -> int:
        text = doc.text
        packs = _core_packs(doc)
        greetings = phrase_regex([g for p in packs for g in (*p.greetings, *p.greetings_with_name)])
        stripped = len(text) - len(text.lstrip())
        if greetings is None:
            return 0
        m = greetings.match(text, stripped)
        if m is None:
            return 0
        line_end = text.find("\n", m.end())
        comma = min((i for i in (text.find(",", m.end()), text.find("،", m.end())) if i != -1), default=-1)
        ends = [i for i in (line_end, comma) if i != -1]
        return min(ends) + 1 if ends else len(text)

    return doc.memo("structure.greeting", compute)


def body_span(doc: ReplyDoc) -> tuple[int, int]:
    """The reply without its greeting and sign-off block (agent view)."""
    return greeting_end(doc), signature_start(doc)
