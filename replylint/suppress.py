"""Inline suppressions, in the spirit of ruff's ``noqa`` and Vale's comments.

Templates are maintained by people who know when a rule is wrong for one
macro. They write, in any comment syntax the template language has::

    <!-- replylint-disable pii.email -->   ...   <!-- replylint-enable pii.email -->
    {# replylint-disable-next-line canned.placeholder #}
    <!-- replylint-disable-line tone -->

Without rule ids a directive applies to every rule. Ids may be prefixes
(``pii``) and are separated by commas or spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIRECTIVE = re.compile(
    r"replylint-(disable-next-line|disable-line|disable|enable)\b"
    r"(?P<ids>[ \t]+[a-z_.,][a-z0-9_., \t]*?)?[ \t]*(?=-->|#}|%}|}}|\*/|-->|$|\n)",
    re.M,
)

ALL = "*"


@dataclass(frozen=True, slots=True)
class Suppression:
    start: int  # original offsets of the suppressed region
    end: int
    rules: tuple[str, ...]  # ("*",) for all

    def covers(self, rule: str, start: int) -> bool:
        if not self.start <= start < self.end:
            return False
        return any(r == ALL or rule == r or rule.startswith(r + ".") for r in self.rules)


def _ids(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return (ALL,)
    ids = tuple(p for p in re.split(r"[,\s]+", raw.strip()) if p)
    return ids or (ALL,)


def parse_suppressions(text: str) -> list[Suppression]:
    """Suppressed regions of ``text`` (original offsets)."""
    if "replylint-" not in text:
        return []
    out: list[Suppression] = []
    open_regions: dict[tuple[str, ...], int] = {}
    for m in _DIRECTIVE.finditer(text):
        kind, ids = m.group(1), _ids(m.group("ids"))
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end == -1 else line_end
        if kind == "disable-line":
            out.append(Suppression(line_start, line_end, ids))
        elif kind == "disable-next-line":
            nxt_end = text.find("\n", line_end + 1)
            nxt_end = len(text) if nxt_end == -1 else nxt_end
            out.append(Suppression(line_start, nxt_end, ids))
        elif kind == "disable":
            open_regions.setdefault(ids, m.start())
        else:  # enable
            if ids == (ALL,):
                for key, start in list(open_regions.items()):
                    out.append(Suppression(start, m.end(), key))
                open_regions.clear()
            elif ids in open_regions:
                out.append(Suppression(open_regions.pop(ids), m.end(), ids))
            else:
                # enabling a subset of what was disabled: close the regions that mention them
                for key, start in list(open_regions.items()):
                    if set(ids) & set(key):
                        out.append(Suppression(start, m.end(), key))
                        del open_regions[key]
    for key, start in open_regions.items():
        out.append(Suppression(start, len(text), key))
    return out


def is_suppressed(suppressions: list[Suppression], rule: str, start: int) -> bool:
    return any(s.covers(rule, start) for s in suppressions)
