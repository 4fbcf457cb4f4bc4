"""What a rule is: metadata in one place, plus one method that finds problems.

A rule is a small class with a :class:`RuleMeta` (id, category, default
severity, languages, rationale, bad/good examples) and a ``check`` method
that yields :class:`Hit` objects in normalised-text coordinates. The pipeline
turns hits into :class:`~replylint.models.Finding` objects with original
offsets, so no rule ever deals with offset maps, masking or suppression.
The same metadata drives the CLI's ``rules``/``explain`` commands, the
generated rule reference in ``docs/rules.md`` and the example test that runs
every declared example through the pipeline.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, ClassVar, Generic, Iterable, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .models import Category, Channel, Context, Fix, Severity
from .packs import build_once

if TYPE_CHECKING:  # pragma: no cover
    from .config import Config
    from .document import ReplyDoc
    from .models import Report, ReplyInput
    from .nlp import NlpProvider
    from .packs import PackStore

RULE_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


class Example(BaseModel):
    """A reply that must (``bad``) or must not trigger the rule."""

    model_config = ConfigDict(extra="forbid")

    text: str
    bad: bool
    language: str = "en"
    channel: Channel | None = None
    context: Context | None = None
    template: bool = False
    config: dict[str, Any] = Field(default_factory=dict, description="Config overrides needed for this example.")
    batch: list[dict[str, Any]] = Field(
        default_factory=list, description="Records checked before this one in the same check_many call.")
    note: str | None = None


def bad(text: str, language: str = "en", **kw: Any) -> Example:
    return Example(text=text, bad=True, language=language, **kw)


def good(text: str, language: str = "en", **kw: Any) -> Example:
    return Example(text=text, bad=False, language=language, **kw)


class RuleMeta(BaseModel):
    """Everything users and tools need to know about a rule, declared once."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    category: Category
    severity: Severity
    summary: str = Field(description="One line: what it finds.")
    rationale: str = Field(description="Why this is bad for a customer-service reply.")
    languages: tuple[str, ...] = ("*",)
    scope: Literal["agent", "full"] = Field(
        default="agent", description="agent: quoted customer text is excluded; full: everything that is sent.")
    fix: Literal["none", "safe", "unsafe"] = "none"
    default_enabled: bool = True
    reply_level: bool = False
    requires: str | None = Field(default=None, description="Optional extra needed (pip install replylint[...]).")
    sensitive: bool = Field(default=False, description="The span is personal data: excerpts and messages are masked.")
    use_instead: str | None = None
    examples: tuple[Example, ...] = ()

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not RULE_ID.match(v):
            raise ValueError(f"rule id {v!r} must look like 'family.name' (lowercase, underscores)")
        return v

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]

    def supports(self, language: str | None) -> bool:
        return "*" in self.languages or (language is not None and language in self.languages)


@dataclass(slots=True)
class Hit:
    """A problem found by a rule, in the coordinates of the rule's view
    (``view="original"`` for spans computed on the original text)."""

    start: int
    end: int
    message: str
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    confidence: float = 1.0
    severity: Severity | None = None
    view: Literal["agent", "full", "original"] | None = None
    rule: str | None = None  # only for rules that report under a sibling id (e.g. channel escalation)


class NoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")


O = TypeVar("O", bound=BaseModel)


@dataclass
class RuleContext:
    """What a rule receives when the linter builds it."""

    config: Config
    options: BaseModel
    packs: PackStore
    nlp: NlpProvider


class Rule(Generic[O]):
    """Base class for every rule. Subclasses set ``meta`` and implement ``check``.

    Rules are built once per :class:`~replylint.Linter` and shared between
    threads: keep per-reply state in local variables or ``doc.memo``.
    """

    meta: ClassVar[RuleMeta]
    Options: ClassVar[type[BaseModel]] = NoOptions

    def __init__(self, ctx: RuleContext):
        self.ctx = ctx
        self.config = ctx.config
        self.options: O = ctx.options  # type: ignore[assignment]
        self._per_language: dict[str, Any] = {}
        self._lock = threading.Lock()

    @classmethod
    def enabled_by_config(cls, config: Config) -> bool:
        """Opt-in rules can be switched on by a config setting (e.g. a backend's
        ``enabled = true``) as well as by naming them in ``extend-select``."""
        return False

    # -- availability -------------------------------------------------------
    def unavailable(self) -> str | None:
        """Why this rule cannot run at all in this process (e.g. a missing
        optional backend), or ``None``. Reported as ``skipped``."""
        return None

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        """Why this rule does not apply to this reply, or ``None``."""
        if not self.meta.supports(doc.language):
            return f"no {self.meta.family} rules for language {doc.language!r}"
        return None

    # -- checking -----------------------------------------------------------
    def check(self, doc: ReplyDoc) -> Iterable[Hit]:  # pragma: no cover - abstract
        raise NotImplementedError

    def check_batch(self, docs: list[ReplyDoc]) -> list[list[Hit]]:
        """Check many replies at once; model-backed rules override this to batch."""
        return [list(self.check(doc)) for doc in docs]

    # -- rules that look across the replies of one check_many() call ------------------
    def start_stream(self) -> Any:
        """State for one ``check_many`` call, or ``None`` (the default) for rules that look at one
        reply at a time. Stream rules see every reply in input order, in the calling process."""
        return None

    def check_in_stream(self, state: Any, item: ReplyInput, report: Report) -> Iterable[Hit]:
        """Hits (``view="original"``) for ``item`` given what the stream has seen so far."""
        return ()

    # -- helpers ------------------------------------------------------------
    def per_language(self, language: str, build: Callable[[str], Any]) -> Any:
        """Build (once, thread-safely) and cache a per-language resource such as compiled patterns."""
        return build_once(self._per_language, self._lock, language, lambda: build(language))
