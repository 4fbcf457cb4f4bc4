"""The one place that knows which rules exist.

Built-in rule modules are listed in :mod:`replylint.rules` and register their
classes with :func:`register`; third-party packages add rules through the
``replylint.rules`` entry-point group (see docs/plugins.md). Nothing else in
replylint imports rule modules directly.
"""

from __future__ import annotations

import importlib
import inspect
import threading
from importlib.metadata import entry_points
from typing import Iterable, Iterator, TypeVar

from .errors import ConfigError, Messages, UnknownRuleError
from .rule import Rule

R = TypeVar("R", bound=type[Rule])

ENTRY_POINT_GROUP = "replylint.rules"


class Registry:
    def __init__(self) -> None:
        self._rules: dict[str, type[Rule]] = {}
        self._loaded = False
        self._lock = threading.Lock()

    def add(self, cls: R) -> R:
        meta = getattr(cls, "meta", None)
        if meta is None:
            raise TypeError(f"{cls.__qualname__} has no `meta: RuleMeta`")
        existing = self._rules.get(meta.id)
        if existing is not None and existing is not cls:
            if (existing.__module__, existing.__qualname__) != (cls.__module__, cls.__qualname__):
                raise ConfigError(Messages.E015.format(rule=meta.id, first=_name(existing), second=_name(cls)))
        self._rules[meta.id] = cls
        return cls

    def ensure_loaded(self) -> None:
        if self._loaded:
            return
        with self._lock:
            if self._loaded:
                return
            from .rules import BUILTIN_MODULES

            for module in BUILTIN_MODULES:
                importlib.import_module(f"replylint.rules.{module}")
            self._load_plugins()
            self._loaded = True

    def _load_plugins(self) -> None:
        for ep in entry_points(group=ENTRY_POINT_GROUP):
            try:
                obj = ep.load()
            except Exception as exc:  # a broken plugin must say so, not crash with a traceback
                raise ConfigError(Messages.E014.format(name=ep.name, ep=ep.value, problem=exc)) from None
            for cls in _rule_classes(obj):
                self.add(cls)

    # -- queries --------------------------------------------------------------
    def __iter__(self) -> Iterator[type[Rule]]:
        self.ensure_loaded()
        return iter(sorted(self._rules.values(), key=lambda c: c.meta.id))

    def __contains__(self, rule_id: str) -> bool:
        self.ensure_loaded()
        return rule_id in self._rules

    def get(self, rule_id: str) -> type[Rule]:
        self.ensure_loaded()
        try:
            return self._rules[rule_id]
        except KeyError:
            raise UnknownRuleError(Messages.E001.format(rule=rule_id, where="rule lookup")) from None

    def ids(self) -> list[str]:
        self.ensure_loaded()
        return sorted(self._rules)

    def matching(self, selector: str, where: str = "select") -> set[str]:
        """Rule ids matched by ``ALL``, a family prefix (``pii``) or an exact id."""
        self.ensure_loaded()
        selector = selector.strip()
        if selector.upper() == "ALL":
            return set(self._rules)
        hits = {rid for rid in self._rules if rid == selector or rid.startswith(selector + ".")}
        if not hits:
            raise UnknownRuleError(Messages.E001.format(rule=selector, where=where))
        return hits

    def select(self, select: Iterable[str], extend: Iterable[str], ignore: Iterable[str],
               config: object = None) -> list[str]:
        """Resolve select/extend-select/ignore to rule ids. Opt-in rules
        (``default_enabled=False``) need to be named, or switched on by their
        config setting, not just matched by ALL or a prefix."""
        self.ensure_loaded()
        chosen: set[str] = set()
        for sel in select:
            ids = self.matching(sel, "select")
            if sel.upper() == "ALL" or sel not in self._rules:
                ids = {i for i in ids if self._rules[i].meta.default_enabled
                       or (config is not None and self._rules[i].enabled_by_config(config))}
            chosen |= ids
        for sel in extend:
            chosen |= self.matching(sel, "extend-select")
        for sel in ignore:
            chosen -= self.matching(sel, "ignore")
        return sorted(chosen)


def _rule_classes(obj: object) -> list[type[Rule]]:
    if inspect.isclass(obj) and issubclass(obj, Rule):
        return [obj]
    if inspect.ismodule(obj):
        return [v for v in vars(obj).values() if inspect.isclass(v) and issubclass(v, Rule) and hasattr(v, "meta")
                and v.__module__ == obj.__name__]
    if isinstance(obj, (list, tuple)):
        return [c for item in obj for c in _rule_classes(item)]
    return []


def _name(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


registry = Registry()


def register(cls: R) -> R:
    """Class decorator: make a rule known to replylint."""
    return registry.add(cls)
