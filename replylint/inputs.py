"""Reading what the CLI is asked to check: files, folders, stdin, .jsonl and .csv.

Problems with one input (unreadable, binary, not UTF-8, a broken JSON line)
are reported as :class:`InputProblem` and the rest is still checked: a CI run
over a template folder must not stop at the first odd file.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from pydantic import ValidationError

from .config import TEMPLATE_SUFFIXES, Config
from .errors import Messages
from .models import ReplyInput

SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})
TEXT_COLUMNS = ("text", "reply", "body", "message", "content", "response", "comment", "answer")
ID_COLUMNS = ("id", "ticket_id", "reply_id", "message_id", "uuid")
MAX_CSV_FIELD = 64 * 1024 * 1024

csv.field_size_limit(MAX_CSV_FIELD)


@dataclass
class InputProblem:
    message: str


@dataclass
class FileInput:
    """One whole file (or stdin) is one reply."""

    path: Path | None
    text: str
    template: bool


@dataclass
class RecordInput:
    """One record of a .jsonl/.csv batch."""

    path: Path
    record: ReplyInput


def iter_paths(args: list[str], config_for: callable) -> Iterator[Path | InputProblem]:
    """Files to check. Folders are walked with the include/exclude globs of the
    config that applies to them; explicitly named files are always checked."""
    for arg in args:
        path = Path(arg)
        if path.is_file():
            yield path
        elif path.is_dir():
            cfg: Config = config_for(path)
            yield from _walk(path, cfg)
        elif any(ch in arg for ch in "*?["):
            matches = sorted(Path().glob(arg))
            if not matches:
                yield InputProblem(f"{arg}: no files match")
            for m in matches:
                if m.is_file():
                    yield m
        else:
            yield InputProblem(Messages.E006.format(path=arg, problem="no such file or directory"))


def _walk(root: Path, cfg: Config) -> Iterator[Path]:
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = Path(dirpath).relative_to(root)
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not _excluded(rel_dir / d, cfg.exclude))
        for name in sorted(filenames):
            rel = rel_dir / name
            if _excluded(rel, cfg.exclude):
                continue
            if any(fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel.as_posix(), pat) for pat in cfg.include):
                yield Path(dirpath) / name


def _excluded(rel: Path, patterns: list[str]) -> bool:
    posix = rel.as_posix()
    return any(fnmatch.fnmatch(posix, p) or fnmatch.fnmatch(rel.name, p) or posix.startswith(p.rstrip("/") + "/")
               for p in patterns)


def decode(data: bytes, path: str, encoding: str | None) -> str | InputProblem:
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return InputProblem(Messages.E008.format(path=path))
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            return InputProblem(Messages.E007.format(path=path, problem=exc))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return InputProblem(Messages.E007.format(path=path, problem=exc))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputProblem(Messages.E007.format(path=path, problem=f"invalid byte at offset {exc.start}"))


def read_path(path: Path, *, template: bool | None, encoding: str | None, text_column: str | None,
              id_column: str | None) -> Iterator[FileInput | RecordInput | InputProblem]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(Messages.E006.format(path=path, problem=exc.strerror or exc))
        return
    text = decode(data, str(path), encoding)
    if isinstance(text, InputProblem):
        yield text
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(text, path)
    elif suffix == ".csv":
        yield from read_csv(text, path, text_column, id_column)
    else:
        is_template = template if template is not None else suffix in TEMPLATE_SUFFIXES
        yield FileInput(path, text, is_template)


def read_stdin(encoding: str | None, template: bool | None) -> FileInput | InputProblem:
    data = sys.stdin.buffer.read()
    text = decode(data, "<stdin>", encoding)
    if isinstance(text, InputProblem):
        return text
    return FileInput(None, text, bool(template))


def read_jsonl(text: str, path: Path) -> Iterator[RecordInput | InputProblem]:
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputProblem(Messages.E009.format(path=path, line=lineno, problem=f"invalid JSON ({exc.msg})"))
            continue
        if not isinstance(data, dict):
            yield InputProblem(Messages.E009.format(path=path, line=lineno, problem="expected a JSON object"))
            continue
        data.setdefault("id", str(lineno))
        try:
            yield RecordInput(path, ReplyInput.model_validate(data))
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'record'}: {e['msg']}" for e in exc.errors()[:3])
            yield InputProblem(Messages.E009.format(path=path, line=lineno, problem=problems))


def read_csv(text: str, path: Path, text_column: str | None, id_column: str | None
             ) -> Iterator[RecordInput | InputProblem]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    columns = reader.fieldnames or []
    lower = {c.lower().strip(): c for c in columns}
    col = lower.get(text_column.lower()) if text_column else next((lower[c] for c in TEXT_COLUMNS if c in lower), None)
    if col is None:
        yield InputProblem(Messages.E012.format(path=path, column=text_column or "text",
                                                columns=", ".join(columns) or "none"))
        return
    idc = lower.get(id_column.lower()) if id_column else next((lower[c] for c in ID_COLUMNS if c in lower), None)
    for rowno, row in enumerate(reader, 2):
        record: dict[str, object] = {"text": row.get(col) or "", "id": (row.get(idc) if idc else None) or str(rowno)}
        for key in ("language", "channel"):
            if lower.get(key) and row.get(lower[key]):
                record[key] = row[lower[key]]
        try:
            yield RecordInput(path, ReplyInput.model_validate(record))
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors()[:3])
            yield InputProblem(Messages.E009.format(path=path, line=rowno, problem=problems))
