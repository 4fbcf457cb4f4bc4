"""Output formats of the CLI: text, json, jsonl, sarif and github.

Formatters stream: ``begin``, one ``add`` per checked reply, ``end``. Only
``json`` and ``sarif`` (single documents) buffer. None of them prints a pii
value: excerpts are masked by the pipeline, and the text format also masks
pii spans inside the source line it shows.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import IO, Any, ClassVar

from ._version import __version__
from .models import OFFSET_UNIT, SCHEMA_VERSION, Finding, Report, Severity
from .offsets import LineIndex
from .redact import mask
from .registry import registry

TOOL_URI = "https://github.com/replylint/replylint"


@dataclass
class Source:
    """Where a checked reply came from."""

    path: str | None  # None for stdin
    id: str | None  # record id for .jsonl/.csv rows
    text: str

    @property
    def label(self) -> str:
        base = self.path or "<stdin>"
        return f"{base}#{self.id}" if self.id is not None and self.path is not None else (self.id or base)


@dataclass
class Summary:
    replies: int = 0
    findings: Counter = field(default_factory=Counter)  # by severity
    by_rule: Counter = field(default_factory=Counter)

    def add(self, report: Report) -> None:
        self.replies += 1
        for f in report.findings:
            self.findings[f.severity.value] += 1
            self.by_rule[f.rule] += 1


class Formatter:
    name: ClassVar[str]

    def __init__(self, out: IO[str], *, color: bool = False, show_source: bool = True):
        self.out = out
        self.color = color
        self.show_source = show_source

    def begin(self) -> None:
        pass

    def add(self, source: Source, report: Report) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def end(self, summary: Summary) -> None:
        pass


# --------------------------------------------------------------------------- text

_COLORS = {"error": "\x1b[31;1m", "warning": "\x1b[33;1m", "info": "\x1b[36m", "dim": "\x1b[2m", "bold": "\x1b[1m",
           "reset": "\x1b[0m"}
_WINDOW = 100


class TextFormatter(Formatter):
    """Human output: one block per finding with the source line and a caret underline."""

    name = "text"

    def _c(self, key: str, text: str) -> str:
        return f"{_COLORS[key]}{text}{_COLORS['reset']}" if self.color else text

    def add(self, source: Source, report: Report) -> None:
        if not report.findings:
            return
        lines = LineIndex(source.text)
        display = _masked_text(source.text, report.findings)
        for f in report.findings:
            sev = self._c(f.severity.value, f.severity.value)
            where = self._c("bold", f"{source.label}:{f.line}:{f.column}:")
            self.out.write(f"{where} {sev} {self._c('dim', f.rule)} {f.message}\n")
            if self.show_source:
                self.out.write(_underline(display, lines, f, self._c))
            if f.suggestions:
                shown = ", ".join(repr(s) for s in f.suggestions[:5])
                self.out.write(f"    {self._c('dim', 'suggestion:')} {shown}\n")
            self.out.write("\n")

    def end(self, summary: Summary) -> None:
        total = sum(summary.findings.values())
        if total == 0:
            self.out.write(f"No problems found in {summary.replies} {_plural(summary.replies, 'reply', 'replies')}.\n")
            return
        parts = [f"{summary.findings[s]} {s}{'s' if summary.findings[s] != 1 else ''}"
                 for s in ("error", "warning", "info") if summary.findings[s]]
        self.out.write(
            f"Found {total} {_plural(total, 'problem', 'problems')} ({', '.join(parts)}) in "
            f"{summary.replies} {_plural(summary.replies, 'reply', 'replies')}.\n"
        )


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


def _masked_text(text: str, findings: list[Finding]) -> str:
    """The text with every sensitive span masked (same length, so carets line up)."""
    sensitive = [f for f in findings if _is_sensitive(f.rule)]
    if not sensitive:
        return text
    chars = list(text)
    for f in sensitive:
        masked = mask(text[f.start:f.end])
        chars[f.start:f.end] = list(masked)
    return "".join(chars)


def _is_sensitive(rule_id: str) -> bool:
    try:
        return registry.get(rule_id).meta.sensitive
    except Exception:  # noqa: BLE001 - unknown (plugin removed) rules are treated as sensitive
        return True


def _underline(text: str, lines: LineIndex, f: Finding, c) -> str:
    start, end = lines.line_span(f.line)
    line = text[start:end]
    col0 = f.column - 1
    width = max(1, (min(f.end, end) if f.end_line == f.line else end) - f.start)
    lo = max(0, col0 - _WINDOW // 2) if len(line) > _WINDOW * 2 else 0
    hi = min(len(line), col0 + width + _WINDOW // 2) if len(line) > _WINDOW * 2 else len(line)
    shown = ("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else "")
    pad = col0 - lo + (1 if lo else 0)
    gutter = f"{f.line:>5} | "
    caret = " " * (len(gutter) + _display_width(shown[:pad])) + c(f.severity.value, "^" * max(1, min(width, hi - col0)))
    return f"{gutter}{shown.expandtabs(1)}\n{caret}\n"


def _display_width(s: str) -> int:
    import unicodedata

    return sum(0 if unicodedata.combining(ch) else (2 if unicodedata.east_asian_width(ch) in "WF" else 1)
               for ch in s.expandtabs(1))


# --------------------------------------------------------------------------- json / jsonl


def _record(source: Source, report: Report) -> dict[str, Any]:
    data = report.model_dump(mode="json", exclude={"rules", "timing"})
    data["id"] = report.id if report.id is not None else source.id
    data["path"] = source.path
    data["skipped"] = [s.model_dump(mode="json", exclude={"duration_ms"}) for s in report.rules if s.status != "ran"]
    return data


class JsonlFormatter(Formatter):
    """One JSON object per checked reply (per input record for .jsonl/.csv)."""

    name = "jsonl"

    def add(self, source: Source, report: Report) -> None:
        self.out.write(json.dumps(_record(source, report), ensure_ascii=False) + "\n")


class JsonFormatter(Formatter):
    name = "json"

    def begin(self) -> None:
        self.results: list[dict[str, Any]] = []

    def add(self, source: Source, report: Report) -> None:
        self.results.append(_record(source, report))

    def end(self, summary: Summary) -> None:
        doc = {
            "schema_version": SCHEMA_VERSION,
            "offset_unit": OFFSET_UNIT,
            "tool": {"name": "replylint", "version": __version__},
            "summary": {"replies": summary.replies, "findings": dict(summary.findings)},
            "results": self.results,
        }
        json.dump(doc, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


# --------------------------------------------------------------------------- sarif

_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


class SarifFormatter(Formatter):
    """SARIF 2.1.0 (code scanning). Columns count Unicode code points, which
    the run declares with ``columnKind: unicodeCodePoints``."""

    name = "sarif"

    def begin(self) -> None:
        self.results: list[dict[str, Any]] = []
        self.artifacts: dict[str, int] = {}

    def add(self, source: Source, report: Report) -> None:
        uri = source.path or "stdin"
        if uri not in self.artifacts:
            self.artifacts[uri] = len(self.artifacts)
        for f in report.findings:
            result: dict[str, Any] = {
                "ruleId": f.rule,
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": {"uri": _uri(uri), "index": self.artifacts[uri]},
                        "region": {
                            "startLine": f.line, "startColumn": f.column,
                            "endLine": f.end_line, "endColumn": f.end_column,
                            "charOffset": f.start, "charLength": f.end - f.start,
                        },
                    },
                }],
                "properties": {"category": f.category.value, "confidence": f.confidence, "excerpt": f.excerpt},
            }
            rid = report.id if report.id is not None else source.id
            if rid is not None:
                result["locations"][0]["logicalLocations"] = [{"name": str(rid), "kind": "member"}]
            if f.fix is not None and source.path is not None:
                result["fixes"] = [{
                    "description": {"text": f.fix.description or "replace"},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": _uri(uri)},
                        "replacements": [{
                            "deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                            "insertedContent": {"text": f.fix.replacement},
                        }],
                    }],
                }]
            self.results.append(result)

    def end(self, summary: Summary) -> None:
        rules = []
        for cls in registry:
            m = cls.meta
            rules.append({
                "id": m.id,
                "name": m.id.replace(".", "_"),
                "shortDescription": {"text": m.summary},
                "fullDescription": {"text": m.rationale},
                "help": {"text": m.use_instead or m.rationale},
                "defaultConfiguration": {"level": _SARIF_LEVEL[m.severity]},
                "properties": {"category": m.category.value, "languages": list(m.languages)},
            })
        index = {r["id"]: i for i, r in enumerate(rules)}
        for r in self.results:
            if r["ruleId"] in index:
                r["ruleIndex"] = index[r["ruleId"]]
        doc = {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "replylint", "version": __version__, "informationUri": TOOL_URI,
                                    "rules": rules}},
                "columnKind": "unicodeCodePoints",
                "artifacts": [{"location": {"uri": _uri(u)}} for u in self.artifacts],
                "results": self.results,
            }],
        }
        json.dump(doc, self.out, ensure_ascii=False, indent=2)
        self.out.write("\n")


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(path.replace("\\", "/"), safe="/:._-~")


# --------------------------------------------------------------------------- github


def _gh_escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_escape_prop(s: str) -> str:
    return _gh_escape_data(s).replace(":", "%3A").replace(",", "%2C")


class GithubFormatter(Formatter):
    """GitHub Actions workflow commands (annotations on the changed files)."""

    name = "github"

    def add(self, source: Source, report: Report) -> None:
        level = {"error": "error", "warning": "warning", "info": "notice"}
        for f in report.findings:
            props = [f"file={_gh_escape_prop(source.path or 'stdin')}", f"line={f.line}", f"col={f.column}",
                     f"endLine={f.end_line}", f"endColumn={f.end_column}", f"title={_gh_escape_prop(f.rule)}"]
            prefix = f"[{source.id}] " if source.id is not None else ""
            self.out.write(f"::{level[f.severity.value]} {','.join(props)}::{_gh_escape_data(prefix + f.message)}\n")


FORMATTERS: dict[str, type[Formatter]] = {
    cls.name: cls for cls in (TextFormatter, JsonFormatter, JsonlFormatter, SarifFormatter, GithubFormatter)
}


def make_formatter(name: str, out: IO[str] | None = None, **kwargs: Any) -> Formatter:
    return FORMATTERS[name](out or sys.stdout, **kwargs)
