"""The pre-send gate: stop a bad reply inside whatever sends it.

The send path asks for a verdict and acts on it::

    verdict = LINTER.gate(draft, context=ctx)             # Verdict.SEND / WARN / BLOCK

    report = LINTER.guard(draft, context=ctx)             # raises ReplyBlocked on BLOCK

    @LINTER.guarded(text="body", context="ctx")           # wraps a send function (sync or async)
    def send_reply(ticket_id, body, ctx): ...

The policy (``[tool.replylint.policy]``) decides what blocks, including what a
missing backend or a blown time budget means for each rule family.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar

from .errors import ReplyBlocked
from .models import Report, Verdict

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Linter

T = TypeVar("T")


@dataclass(frozen=True)
class Sent(Generic[T]):
    """What a guarded send function returns: its own result and the report (warnings to show the agent)."""

    value: T
    report: Report


def _budget(linter: Linter, budget_ms: float | None) -> float | None:
    return budget_ms if budget_ms is not None else linter.config.policy.budget_ms


def guard(linter: Linter, text: str, *, budget_ms: float | None = None, **kwargs: Any) -> Report:
    report = linter.check(text, budget_ms=_budget(linter, budget_ms), **kwargs)
    if report.verdict is Verdict.BLOCK:
        raise ReplyBlocked(report)
    return report


async def aguard(linter: Linter, text: str, *, budget_ms: float | None = None, **kwargs: Any) -> Report:
    report = await linter.acheck(text, budget_ms=_budget(linter, budget_ms), **kwargs)
    if report.verdict is Verdict.BLOCK:
        raise ReplyBlocked(report)
    return report


def guarded(linter: Linter, *, text: str = "text", context: str | None = None, channel: str | None = None,
            language: str | None = None, budget_ms: float | None = None) -> Callable[[Callable], Callable]:
    """Decorator: check the argument named ``text`` before the function runs.

    ``context``/``channel``/``language`` name the function's arguments that hold them. On BLOCK the
    function is not called and :class:`ReplyBlocked` is raised; otherwise it is called and its
    result comes back as :class:`Sent` together with the report."""

    def decorate(fn: Callable) -> Callable:
        signature = inspect.signature(fn)
        for name in (text, context, channel, language):
            if name is not None and name not in signature.parameters:
                raise TypeError(f"{fn.__qualname__} has no parameter {name!r}")

        def options(args: tuple, kwargs: dict) -> tuple[str, dict[str, Any]]:
            bound = signature.bind(*args, **kwargs)
            bound.apply_defaults()
            extra = {key: bound.arguments[name] for key, name in
                     (("context", context), ("channel", channel), ("language", language)) if name is not None}
            return bound.arguments[text], extra

        if inspect.iscoroutinefunction(fn):
            @functools.wraps(fn)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Sent:
                draft, extra = options(args, kwargs)
                report = await aguard(linter, draft, budget_ms=budget_ms, **extra)
                return Sent(await fn(*args, **kwargs), report)

            return async_wrapper

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Sent:
            draft, extra = options(args, kwargs)
            report = guard(linter, draft, budget_ms=budget_ms, **extra)
            return Sent(fn(*args, **kwargs), report)

        return wrapper

    return decorate
