"""Declarative rule packs: phrase lists, patterns and vocabularies as data.

Packs are YAML files under the top-level ``rules/`` folder, one per family
and language (``rules/tone/nl.yaml``), shipped inside the wheel. Each family
declares the pydantic model its packs must follow (:func:`pack_schema`), so a
broken pack fails loudly with the file name and the offending key, and the
format is documented by the model itself. Users add or override packs from
their config (``packs = ["./house-style"]``); a user pack either extends the
built-in one (lists are appended, tables merged) or replaces it.
"""

from __future__ import annotations

import gc
import re
import threading
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any, Callable, ContextManager, Iterable, Iterator, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from .normalize import without_arabic_marks
from .errors import Messages, PackError

try:  # the C loader is ~10x faster; fall back where libyaml is missing
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

P = TypeVar("P", bound="PackModel")
D = TypeVar("D")

ANY_LANGUAGE = "common"


class PackModel(BaseModel):
    """Base for every family's pack schema."""

    model_config = ConfigDict(extra="forbid")

    family: str
    language: str
    mode: Literal["extend", "replace"] = "extend"
    version: int = 1
    description: str | None = None


# Whether pack validators compile their expressions (:func:`compiled_regexes`): off while a built-in pack loads
_CHECK_EXPRESSIONS: ContextVar[bool] = ContextVar("replylint_check_expressions", default=True)


def compiled_regexes(patterns: Iterable[str]) -> None:
    """For a pack field of regular expressions: raise a ValueError naming the first that does not compile, so
    a broken pack is reported when it is loaded, not when a reply first needs the expression.

    Skipped for the built-in packs, which the test suite compiles (tests/test_suppress_and_packs.py):
    compiling their ~700 expressions cost every process 0.1 s at start-up (a tenth of a CLI run), and the
    rules compile what they use from them again anyway, joined."""
    if not _CHECK_EXPRESSIONS.get():
        return
    for p in patterns:
        try:
            re.compile(p)
        except re.error as exc:
            raise ValueError(f"pattern {p!r} is not a valid regular expression: {exc}") from None


_SCHEMAS: dict[str, type[PackModel]] = {}


def pack_schema(family: str):
    """Class decorator: the pack model for ``family``."""

    def deco(cls: type[P]) -> type[P]:
        _SCHEMAS[family] = cls
        return cls

    return deco


def _tree_mtime(path: Path) -> int:
    """Latest modification time under ``path`` (0 when it does not exist), so edited packs reload."""
    if not path.exists():
        return 0
    if path.is_file():
        return path.stat().st_mtime_ns
    return max((p.stat().st_mtime_ns for p in path.rglob("*") if p.is_file()), default=0)


def builtin_packs_root() -> Path:
    """Where the built-in packs live: inside the installed wheel, or the
    repository's ``rules/`` folder in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_packs", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise PackError(f"built-in rule packs not found next to {here}")  # pragma: no cover


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(Messages.E006.format(path=path, problem=exc)) from None
    except yaml.YAMLError as exc:
        raise PackError(Messages.E005.format(path=path, problem=f"not valid YAML: {exc}")) from None
    if not isinstance(data, dict):
        raise PackError(Messages.E005.format(path=path, problem="top level must be a mapping"))
    return data


def _validate(path: Path, data: dict[str, Any]) -> PackModel:
    family = data.get("family")
    if family is None and path.parent.name in _SCHEMAS:
        family = data["family"] = path.parent.name
    if "language" not in data:
        data["language"] = path.stem
    schema = _SCHEMAS.get(str(family))
    if schema is None:
        known = ", ".join(sorted(_SCHEMAS))
        raise PackError(Messages.E005.format(path=path, problem=f"unknown family {family!r} (known: {known})"))
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5]
        )
        raise PackError(Messages.E005.format(path=path, problem=problems)) from None


_PACK_CACHE: dict[tuple[Path, int], PackModel] = {}


def _load_pack(path: Path) -> PackModel:
    """Parse and validate a pack file once per process (and again when it changes on disk)."""
    key = (path, path.stat().st_mtime_ns)
    pack = _PACK_CACHE.get(key)
    if pack is None:
        token = _CHECK_EXPRESSIONS.set(_CHECK_EXPRESSIONS.get() and not path.is_relative_to(builtin_packs_root()))
        try:
            with collector_paused():
                pack = _PACK_CACHE[key] = _validate(path, _read_yaml(path))
        finally:
            _CHECK_EXPRESSIONS.reset(token)
    return pack


def merge_packs(base: P, extra: P) -> P:
    """``extra`` extends ``base``: lists appended (without duplicates), tables merged."""
    if extra.mode == "replace":
        return extra
    merged = _merge(base.model_dump(), extra.model_dump(exclude_unset=True))
    merged["mode"] = "extend"
    return type(base).model_validate(merged)


def _merge(a: Any, b: Any) -> Any:
    if isinstance(a, dict) and isinstance(b, dict):
        out = dict(a)
        for k, v in b.items():
            out[k] = _merge(a[k], v) if k in a else v
        return out
    if isinstance(a, list) and isinstance(b, list):
        out = list(a)
        for item in b:
            if item not in out:
                out.append(item)
        return out
    return b


_STORES: dict[tuple, PackStore] = {}
_STORES_LOCK = threading.Lock()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector switched off while a one-time structure is built (a lexicon, a
    pattern set, a model's weights), and on again after it unless it was off before.

    Such a build allocates ~10^5 objects that all live as long as the process. Every 700 new objects start
    a collection, and the older generations are swept again and again over what was built so far: a third
    of the first check of a CLI run (0.2 s of 0.5 s) went to the collector, which found nothing to free.
    A build makes few reference cycles; whatever garbage it leaves is collected once the collector runs
    again. Only the build that switched it off switches it on again: a nested one, or one in another thread
    that starts while it is off, leaves it as it is (and may then finish with the collector back on, which only
    makes it slower). A collector the host application switched off stays off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def build_once(cache: dict, lock: ContextManager[Any], key: Any, build: Callable[[], D]) -> D:
    """``cache[key]``, built by ``build()`` the first time (with the collector paused, see
    :func:`collector_paused`); the lock is only taken on a miss, so that concurrent first uses build it once
    and every later use is one dictionary lookup."""
    try:
        return cache[key]
    except KeyError:
        pass
    with lock:
        if key not in cache:
            with collector_paused():
                cache[key] = build()
        return cache[key]


class PackStore:
    """Loads, validates, merges and caches packs for a linter.

    Linters with the same extra packs share one store (:meth:`shared`), and with it every
    compiled matcher and lexicon that rules cache per store."""

    @classmethod
    def shared(cls, extra: Iterable[Path] = ()) -> PackStore:
        paths = tuple(Path(p) for p in extra)
        key = tuple((str(p), _tree_mtime(p)) for p in paths)
        with _STORES_LOCK:
            store = _STORES.get(key)
            if store is None:
                store = _STORES[key] = cls(paths)
            return store

    def __init__(self, extra: Iterable[Path] = ()):
        self._extra = [Path(p) for p in extra]
        self._cache: dict[tuple[str, str], PackModel | None] = {}
        self._index: dict[tuple[str, str], list[Path]] | None = None
        self._lock = threading.Lock()
        self._derived: dict[tuple, Any] = {}
        self._derived_lock = threading.RLock()  # re-entrant: one build may need another

    def _build_index(self) -> dict[tuple[str, str], list[Path]]:
        from .registry import registry

        registry.ensure_loaded()  # families declare their schemas when their module is imported
        index: dict[tuple[str, str], list[Path]] = {}
        root = builtin_packs_root()
        for path in sorted(root.glob("*/*.yaml")):
            index.setdefault((path.parent.name, path.stem), []).append(path)
        for extra in self._extra:
            files = (sorted(extra.rglob("*.yaml")) + sorted(extra.rglob("*.yml"))) if extra.is_dir() else [extra]
            for path in files:
                if not path.is_file():
                    raise PackError(Messages.E006.format(path=path, problem="no such file"))
                data = _read_yaml(path)
                family = data.get("family") or path.parent.name
                language = data.get("language") or path.stem
                index.setdefault((str(family), str(language)), []).append(path)
        return index

    def _files(self) -> dict[tuple[str, str], list[Path]]:
        if self._index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._build_index()
        return self._index

    def validate_all(self) -> None:
        """Load every pack now (the linter calls this so a broken user pack fails at start-up)."""
        for family, language in list(self._files()):
            self.get(family, language)

    def get(self, family: str, language: str) -> PackModel | None:
        """The merged pack for ``family``/``language``, or ``None``."""
        key = (family, language)
        if key in self._cache:
            return self._cache[key]
        pack: PackModel | None = None
        for path in self._files().get(key, []):
            loaded = _load_pack(path)
            pack = loaded if pack is None else merge_packs(pack, loaded)
        self._cache[key] = pack
        return pack

    def derived(self, key: tuple, build: Callable[[], D]) -> D:
        """What rules compile from the packs (matchers, lexicons, word lists), built once per store and
        shared by every linter on it. ``key`` names it, e.g. ``("toxicity.lexicon", "nl")``. Built under a
        lock: a word list takes 0.2 s to load and must not be loaded twice by concurrent first checks."""
        return build_once(self._derived, self._derived_lock, key, build)

    def word_set(self, family: str, language: str | None, field: str) -> frozenset[str]:
        """A word list of one language's ``family`` pack, lower-cased, built once (``("canned", "en",
        "answer_words")``); empty without a language or such a pack."""
        def build() -> frozenset[str]:
            pack = self.get(family, language) if language else None
            words = [w.lower() for w in getattr(pack, field, None) or ()]
            # (and as the rules read replies, without Arabic marks: 'شكراً' is 'شكرا' in a normalised reply)
            return frozenset(words).union(without_arabic_marks(w) for w in words)

        return self.derived(("words", family, language or "", field), build)

    def languages(self, family: str) -> list[str]:
        return sorted(lang for fam, lang in self._files() if fam == family and lang != ANY_LANGUAGE)

    def all(self, family: str) -> list[PackModel]:
        """Every language's pack of ``family`` (for language-independent rules)."""
        out = []
        for fam, lang in sorted(self._files()):
            if fam == family:
                pack = self.get(fam, lang)
                if pack is not None:
                    out.append(pack)
        return out
