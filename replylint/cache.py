"""The on-disk cache of parsed word lists and models (``REPLYLINT_CACHE_DIR``).

Parsing pyspellchecker's word lists and decompressing py3langid's model cost a
process 0.2 s per language and 0.5 s: more than half of a CLI start, and again
in every worker process. What they parse to is kept here, keyed by the source
file's size and time and the library's version, so a new version or a changed
file is parsed again. ``REPLYLINT_CACHE_DIR`` names the folder (default
``$XDG_CACHE_HOME/replylint`` or ``~/.cache/replylint``); an empty value
switches the cache off. A folder that cannot be written, or a file that cannot
be read, only costs the parse: it is never an error. Files are only ever
replaced by renaming a new one into place, never rewritten, because one of them
(py3langid's table of moves) is memory-mapped by the processes using it.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import BinaryIO, Callable


def cache_dir() -> Path | None:
    configured = os.environ.get("REPLYLINT_CACHE_DIR")
    if configured is not None:
        return Path(configured) if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "replylint"


def write_atomically(path: Path, data: bytes | memoryview) -> None:
    """Write ``data`` so that a concurrent reader sees the old file or the whole new one."""
    _write(path, lambda file: file.write(data))


def _write(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write through a temporary file renamed into place (atomic). A read-only home, a full disk or an
    object that does not pickle only means no cache: the temporary file is removed, nothing is raised."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as file:
            write(file)
        os.replace(tmp, path)
    except Exception:  # noqa: BLE001
        try:
            tmp.unlink()
        except OSError:
            pass


class _AllowedUnpickler(pickle.Unpickler):
    """Unpickling runs whatever the file names; a cache file may only name these."""

    def __init__(self, file, allowed: frozenset[tuple[str, str]]):
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module: str, name: str):
        if (module, name) not in self.allowed:
            raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a replylint cache file")
        return super().find_class(module, name)


def load_pickle(path: Path, allowed: frozenset[tuple[str, str]]):
    """The object pickled in ``path`` if it exists, is readable and names only ``allowed`` globals;
    otherwise ``None``. Read as a stream: large arrays are built from their own part of the file, not
    from a copy of the whole file held in memory beside them."""
    try:
        with open(path, "rb") as file:
            return _AllowedUnpickler(file, allowed).load()
    except Exception:  # noqa: BLE001 - missing, unreadable, damaged or foreign: parse the source again
        return None


def save_pickle(path: Path, obj: object) -> None:
    """Pickle ``obj`` to ``path`` as a stream (no second copy of a large object in memory), atomically."""
    _write(path, lambda file: pickle.dump(obj, file, protocol=5))
