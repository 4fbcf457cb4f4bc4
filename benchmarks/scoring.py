"""Scoring exactly as ../shared/eval/FORMAT.md defines it.

- Reply level, per category: a record is gold-positive for a category when it
  has at least one label of that category; the linter is positive when it
  reports at least one finding of that category at warning level or above.
- Span level, for pii: a gold span is found when a reported pii finding
  overlaps it by at least half of the gold span's length; a reported pii
  finding that overlaps no gold pii span is a false positive. Per type, recall
  counts the gold spans of that type that were found (by any pii finding) and
  precision counts the findings of that type that overlap some gold pii span.
- Clean records: the share of records without labels on which the linter
  reports nothing at warning level or above.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

CATEGORIES = ("pii", "toxicity", "tone", "typo", "canned", "channel", "context")
WARNING_OR_ABOVE = {"warning", "error"}


def load(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None if p is None or r is None else 0.0
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


@dataclass
class Prediction:
    """What a system reported for one record: (category, type, start, end, severity)."""

    findings: list[tuple[str, str, int, int, str]] = field(default_factory=list)


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score(records: list[dict], predictions: list[Prediction], by_language: bool = True) -> dict:
    reply: dict[str, Counts] = {c: Counts() for c in CATEGORIES}
    reply_lang: dict[str, dict[str, Counts]] = defaultdict(lambda: {c: Counts() for c in CATEGORIES})
    span_type: dict[str, Counts] = defaultdict(Counts)
    span_all = Counts()
    clean_total = clean_ok = 0
    false_alarms: list[str] = []
    per_record: dict[str, list[str]] = {}
    for rec, pred in zip(records, predictions):
        labels = rec.get("labels", [])
        lang = rec.get("language") or "?"
        reported = [f for f in pred.findings if f[4] in WARNING_OR_ABOVE]
        if "id" in rec:
            per_record[rec["id"]] = sorted({f[0] for f in reported})
        for cat in CATEGORIES:
            gold = any(lab["category"] == cat for lab in labels)
            got = any(f[0] == cat for f in reported)
            for counts in (reply[cat], reply_lang[lang][cat]):
                if gold and got:
                    counts.tp += 1
                elif got:
                    counts.fp += 1
                elif gold:
                    counts.fn += 1
        gold_spans = [lab for lab in labels if lab["category"] == "pii" and "start" in lab]
        pii_found = [f for f in reported if f[0] == "pii"]
        for lab in gold_spans:
            length = lab["end"] - lab["start"]
            hit = any(_overlap(lab["start"], lab["end"], f[2], f[3]) * 2 >= length for f in pii_found)
            t = lab.get("type", "?")
            if hit:
                span_type[t].tp += 1
                span_all.tp += 1
            else:
                span_type[t].fn += 1
                span_all.fn += 1
        for f in pii_found:
            if not any(_overlap(lab["start"], lab["end"], f[2], f[3]) > 0 for lab in gold_spans):
                span_type[f[1]].fp += 1
                span_all.fp += 1
        if not labels:
            clean_total += 1
            if not reported:
                clean_ok += 1
            else:
                false_alarms.append(rec.get("id", "?"))
    out = {
        "records": len(records),
        "reply_level": {c: reply[c].as_dict() for c in CATEGORIES},
        "span_level_pii": {"overall": span_all.as_dict(), **{t: c.as_dict() for t, c in sorted(span_type.items())}},
        "clean": {"records": clean_total, "nothing_reported": clean_ok,
                  "pass_rate": clean_ok / clean_total if clean_total else None,
                  "false_alarm_rate": 1 - clean_ok / clean_total if clean_total else None,
                  "false_alarm_ids": false_alarms},
        # per record id: the categories reported at warning or above (what a model's held-out scores are
        # combined with in benchmarks/train_models.py)
        "reported_categories": per_record,
    }
    if by_language:
        out["reply_level_by_language"] = {lang: {c: v[c].as_dict() for c in CATEGORIES}
                                          for lang, v in sorted(reply_lang.items())}
    return out


def fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:5.2f}"


def table(result: dict) -> str:
    lines = ["reply level      P     R     F1    (tp/fp/fn)"]
    for cat, c in result["reply_level"].items():
        if c["tp"] + c["fp"] + c["fn"] == 0:
            continue
        lines.append(f"  {cat:<12} {fmt(c['precision'])} {fmt(c['recall'])} {fmt(c['f1'])}   "
                     f"({c['tp']}/{c['fp']}/{c['fn']})")
    lines.append("pii spans        P     R     F1    (tp/fp/fn)")
    for t, c in result["span_level_pii"].items():
        lines.append(f"  {t:<12} {fmt(c['precision'])} {fmt(c['recall'])} {fmt(c['f1'])}   "
                     f"({c['tp']}/{c['fp']}/{c['fn']})")
    clean = result["clean"]
    if clean["records"]:
        lines.append(f"clean records: {clean['nothing_reported']}/{clean['records']} with nothing reported "
                     f"(false-alarm rate {fmt(clean['false_alarm_rate']).strip()})")
    return "\n".join(lines)


def from_reports(reports: Iterable) -> list[Prediction]:
    """Predictions from replylint reports."""
    preds = []
    for report in reports:
        preds.append(Prediction([(f.category.value, f.rule.split(".", 1)[1], f.start, f.end, f.severity.value)
                                 for f in report.findings]))
    return preds
