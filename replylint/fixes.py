"""Applying fixes to the original text.

Fixes are replacements of a finding's span. Overlapping fixes cannot both be
applied; the first one (by position) wins and the other is left for the next
run, as ruff does.
"""

from __future__ import annotations

from typing import Iterable

from .models import Finding


def apply_fixes(text: str, findings: Iterable[Finding], *, safe_only: bool = True) -> tuple[str, int]:
    """Return ``(new_text, number_of_fixes_applied)``."""
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted((f for f in findings if f.fix is not None and (f.fix.safe or not safe_only)),
                    key=lambda f: (f.start, f.end)):
        if f.start < last_end:
            continue
        chosen.append(f)
        last_end = max(f.end, f.start + 1 if f.start == f.end else f.end)
    if not chosen:
        return text, 0
    parts, pos = [], 0
    for f in chosen:
        parts.append(text[pos:f.start])
        parts.append(f.fix.replacement)  # type: ignore[union-attr]
        pos = f.end
    parts.append(text[pos:])
    return "".join(parts), len(chosen)
