"""Auditing exports too large for one machine, with Dask.

``check_many(processes=N)`` spreads one export over the cores of one
machine. Millions of historical replies (a helpdesk's whole archive) are
better cut into partitions and spread over a Dask cluster::

    import json, dask.bag as db
    from replylint import load_config_file
    from replylint.distributed import check_bag

    records = db.read_text("s3://exports/replies-*.jsonl").map(json.loads)
    reports = check_bag(records, load_config_file("pyproject.toml"))
    reports.map(json.dumps).to_textfiles("s3://exports/reports/*.jsonl")

Each worker process builds one :class:`~replylint.Linter` per configuration
and reuses it for every partition it gets. Two things differ from a loop
over :meth:`Linter.check`:

- ``canned.duplicate`` (the same reply pasted to many customers) needs every
  reply, in order. Partitions cannot see each other, so the rule runs as a
  global step: a fingerprint per reply is reduced across partitions, and
  the copies that reach the threshold get the same finding, with the same
  message, as in a sequential ``check_many``.
- A record that is not a valid reply (no ``text``, wrong types) does not
  stop a job of millions: it becomes ``{"partition": …, "position": …,
  "id": …, "error": …}`` in the output (never with the record's text), and
  the rest is checked.

Output items are JSON-ready report dicts (docs/schema.md) in input order,
each with ``partition`` and ``position`` (where the record was in the bag).
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, Iterable

from .config import Config
from .errors import InputError
from .models import ReplyInput, Report
from .pipeline import Linter, _coerce

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag

DUPLICATE_RULE = "canned.duplicate"

_LINTERS: dict[str, Linter] = {}
_LOCK = threading.Lock()


def _linter(config_json: str, source: str | None) -> Linter:
    """One linter per configuration and worker process: building one loads rule packs and word lists."""
    key = f"{source}\0{config_json}"
    linter = _LINTERS.get(key)
    if linter is None:
        with _LOCK:
            linter = _LINTERS.get(key)
            if linter is None:
                from pathlib import Path

                cfg = Config.model_validate(json.loads(config_json))
                cfg.source = Path(source) if source else None
                linter = _LINTERS[key] = Linter(cfg)
    return linter


def _check_partition(records: Iterable[Any], partition: int, config_json: str, source: str | None,
                     template: bool, batch_size: int) -> list[dict[str, Any]]:
    """Reports for one partition, without the duplicate rule (see :func:`_finish_partition`)."""
    linter = _linter(config_json, source)
    duplicate = _duplicate_rule(linter)
    out: list[dict[str, Any]] = []
    batch: list[tuple[int, ReplyInput]] = []

    def flush() -> None:
        # _check_inputs is check_many's per-batch step without its stream rules: those need
        # every reply in order, which only the global step has
        for (index, item), report in zip(batch, linter._check_inputs([it for _, it in batch], template)):
            entry: dict[str, Any] = {"index": index, "report": report, "item": item}
            fingerprint = duplicate.fingerprint(item) if duplicate is not None else None
            if fingerprint is not None:
                entry["dup"] = fingerprint
            out.append(entry)
        batch.clear()

    for i, record in enumerate(records):
        index = (partition, i)
        try:
            batch.append((index, _coerce(record, i)))
        except InputError as exc:
            rid = record.get("id") if isinstance(record, dict) and isinstance(record.get("id"), str) else None
            out.append({"index": index, "id": rid, "error": f"partition {partition}, {exc}"})
        if len(batch) >= batch_size:
            flush()
    flush()
    out.sort(key=lambda e: e["index"])
    return out


def _duplicate_rule(linter: Linter):
    return next((r for r in linter.rules if r.meta.id == DUPLICATE_RULE), None)


Index = tuple[int, int]  # (partition, position in it): input order without counting records first
Seen = tuple[int, list[str]]  # what canned.duplicate reports for a copy (see Duplicate.observe)


def _copies(fingerprints: list[tuple[Index, str, str, str]], config_json: str,
            source: str | None) -> dict[Index, Seen]:
    """Replay the duplicate rule over every reply's fingerprint in input order (the one place that
    sees them all): which replies it reports, and what it says about each."""
    rule = _duplicate_rule(_linter(config_json, source))
    state = rule.start_stream()
    flagged: dict[Index, Seen] = {}
    for index, *fingerprint in sorted(fingerprints):
        seen = rule.observe(state, tuple(fingerprint))
        if seen is not None:
            flagged[index] = seen
    return flagged


def _finish_partition(entries: list[dict[str, Any]], flagged: dict[Index, Seen],
                      config_json: str, source: str | None) -> list[dict[str, Any]]:
    linter = _linter(config_json, source)
    duplicate = _duplicate_rule(linter)
    out = []
    for entry in entries:
        partition, position = entry["index"]
        if "error" in entry:
            out.append({"partition": partition, "position": position, "id": entry["id"], "error": entry["error"]})
            continue
        report: Report = entry["report"]
        seen = flagged.get((partition, position))
        if seen is not None and duplicate is not None:
            item = entry["item"]
            report = linter._add_stream_hits(duplicate, [duplicate.hit(item, seen)], item, report)
        data = report.model_dump(mode="json")
        data["partition"], data["position"] = partition, position
        out.append(data)
    return out


def check_bag(records: "dask.bag.Bag", config: Config | None = None, *, template: bool = False,
              batch_size: int = 64) -> "dask.bag.Bag":
    """Check a Dask bag of replies (strings, or mappings in the ``.jsonl`` record format).

    Returns a bag of JSON-ready report dicts in input order (lazy: call ``.compute()``,
    ``.to_textfiles()`` …). Runs on whatever scheduler is active: the local threaded or
    process scheduler, or a ``dask.distributed`` cluster.
    """
    import dask
    import dask.bag as db

    config = config or Config()
    config_json = json.dumps(config.model_dump(mode="json", exclude={"source"}))
    source = str(config.source) if config.source else None
    checked = [dask.delayed(_check_partition)(part, n, config_json, source, template, batch_size)
               for n, part in enumerate(records.to_delayed())]
    linter = _linter(config_json, source)
    duplicate = _duplicate_rule(linter)
    if duplicate is None:
        flagged = dask.delayed({})
    else:
        fingerprints = [dask.delayed(_fingerprints)(c) for c in checked]
        flagged = dask.delayed(_merge_copies)(fingerprints, config_json, source)
    finished = [dask.delayed(_finish_partition)(c, flagged, config_json, source) for c in checked]
    return db.from_delayed(finished)


def _fingerprints(entries: list[dict[str, Any]]) -> list[tuple[Index, str, str, str]]:
    return [(e["index"], *e["dup"]) for e in entries if "dup" in e]


def _merge_copies(parts: list[list[tuple[Index, str, str, str]]], config_json: str, source: str | None):
    return _copies([f for part in parts for f in part], config_json, source)
