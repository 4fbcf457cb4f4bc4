"""What every benchmark script does the same way: write its result file, check out another commit."""

from __future__ import annotations

import contextlib
import json
import subprocess
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent


def write_json(path: str | Path, data: Any, *, ensure_ascii: bool = True) -> Path:
    """A result file as run_all.py reads it: indented JSON and a final newline, its folder made if missing."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=2, ensure_ascii=ensure_ascii) + "\n", encoding="utf-8")
    return out


@contextlib.contextmanager
def checked_out(ref: str, path: Path, git: str = "git") -> Iterator[Path]:
    """``ref`` checked out at ``path`` (a detached git worktree of this repository), removed afterwards:
    the code before a change, measured beside the code now."""
    subprocess.run([git, "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(path), ref],
                   check=True, capture_output=True)
    try:
        yield path
    finally:
        subprocess.run([git, "-C", str(ROOT), "worktree", "remove", "--force", str(path)], capture_output=True)
