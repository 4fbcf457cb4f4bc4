"""``canned.verbatim``: the reply is a near-verbatim copy of a company macro.

The template library (config ``templates``: a folder of macros) is indexed
once: every macro's placeholders are removed and its word 4-gram shingles go
into an inverted index. A reply looks up only the macros it shares shingles
with (a few postings each), and the best candidates are verified with
rapidfuzz's normalised similarity, so a reply is compared with a handful of
macros however large the library is (benchmarks: 5,000 macros).
"""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from ...document import ReplyDoc
from ...inputs import decode
from ...models import Category, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...templates import render

TEMPLATE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".liquid", ".j2", ".jinja", ".jinja2", ".hbs", ".mustache")
_WORD = re.compile(r"\w+")
SHINGLE = 4


def _normal(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _shingles(words: list[str]) -> set[int]:
    if len(words) < SHINGLE:
        return {hash(tuple(words))} if words else set()
    return {hash(tuple(words[i:i + SHINGLE])) for i in range(len(words) - SHINGLE + 1)}


@dataclass
class Macro:
    name: str
    words: list[str]
    text: str


class TemplateLibrary:
    def __init__(self, macros: list[Macro]):
        self.macros = macros
        self.index: dict[int, list[int]] = {}
        for i, macro in enumerate(macros):
            for sh in _shingles(macro.words):
                self.index.setdefault(sh, []).append(i)

    @classmethod
    def from_folder(cls, folder: Path) -> TemplateLibrary:
        macros = []
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in TEMPLATE_SUFFIXES:
                continue
            text = decode(path.read_bytes(), str(path), None)
            if isinstance(text, str):
                macros.append(Macro(str(path.relative_to(folder)), _normal(render(text, {})), text))
        return cls(macros)

    @classmethod
    def from_texts(cls, texts: dict[str, str]) -> TemplateLibrary:
        return cls([Macro(name, _normal(render(text, {})), text) for name, text in texts.items()])

    def best(self, text: str, limit: int = 5) -> tuple[Macro, float] | None:
        """The most similar macro and its similarity (0-1), or ``None`` when none shares a shingle."""
        words = _normal(text)
        shingles = _shingles(words)
        if not shingles:
            return None
        counts: Counter[int] = Counter()
        for sh in shingles:
            for i in self.index.get(sh, ()):
                counts[i] += 1
        if not counts:
            return None
        joined = " ".join(words)
        best: tuple[Macro, float] | None = None
        for i, shared in counts.most_common(limit):
            if shared / len(shingles) < 0.3:
                break
            macro = self.macros[i]
            score = fuzz.ratio(joined, " ".join(macro.words)) / 100
            if best is None or score > best[1]:
                best = (macro, score)
        return best


_LIBRARIES: dict[tuple[str, tuple[float, int]], TemplateLibrary] = {}
_LOCK = threading.Lock()


_RESCAN_S = 2.0
_STAMPS: dict[str, tuple[float, tuple[float, int]]] = {}  # folder -> (checked at, (newest mtime, file count))


def _stamp(folder: Path) -> tuple[float, int]:
    files = [p for p in folder.rglob("*") if p.is_file()]
    return max((p.stat().st_mtime for p in files), default=0.0), len(files)


def library_for(folder: Path) -> TemplateLibrary:
    """The folder's index, rebuilt when a macro is added, removed or edited. The folder is looked at
    again at most every 2 s: walking 5,000 macros per reply would cost more than checking the reply."""
    name = str(folder.resolve())
    now = time.monotonic()
    with _LOCK:
        checked = _STAMPS.get(name)
        if checked is None or now - checked[0] > _RESCAN_S:
            checked = _STAMPS[name] = (now, _stamp(folder))
        key = (name, checked[1])
        if key not in _LIBRARIES:
            for old in [k for k in _LIBRARIES if k[0] == name]:
                del _LIBRARIES[old]  # an edited library replaces the old index instead of piling up
            _LIBRARIES[key] = TemplateLibrary.from_folder(folder)
        return _LIBRARIES[key]


class VerbatimOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_similarity: float = Field(default=0.9, ge=0.5, le=1.0,
                                  description="Similarity (0-1) from which a reply counts as a copy of a macro.")


@register
class Verbatim(Rule[VerbatimOptions]):
    Options = VerbatimOptions
    meta = RuleMeta(
        id="canned.verbatim",
        category=Category.CANNED,
        severity=Severity.INFO,
        summary="The reply is a near-verbatim copy of a macro from the company's template library "
                "(config `templates`) with little personalisation.",
        rationale="A macro sent unchanged reads as a form letter; a sentence about the customer's own situation "
                  "makes the same answer personal.",
        use_instead="Add a sentence about the customer's situation (their order, their question).",
        languages=("*",),
        reply_level=True,
        default_enabled=False,
        examples=(
            bad("Hi Jan, thanks for contacting us. Returns are free within 30 days: print the label from your "
                "account and drop the parcel at any post office.",
                config={"templates": "tests/fixtures/templates"}),
            good("Hi Jan, the blue jacket from order 4412 can go back for free: I've e-mailed you the label, "
                 "drop it at the post office on the Dorpsstraat.", config={"templates": "tests/fixtures/templates"}),
        ),
    )

    @classmethod
    def enabled_by_config(cls, config) -> bool:
        return config.templates is not None  # on as soon as a template library is configured

    def unavailable(self) -> str | None:
        folder = self.config.templates
        if folder is None:
            return "no template library configured (set `templates` to a folder of macros)"
        if not self.config.resolve_path(folder).is_dir():
            return f"template library {folder} is not a folder"
        return None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        library = library_for(self.config.resolve_path(self.config.templates or "."))
        found = library.best(doc.text)
        if found is None or found[1] < self.options.min_similarity:
            return
        macro, score = found
        yield Hit(0, len(doc.text), f"near-verbatim copy ({score:.0%}) of macro '{macro.name}': add something about "
                                    f"this customer's situation", confidence=round(score, 3))
