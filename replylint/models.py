"""Public data model: what goes into a check and what comes out.

These pydantic models are the contract between replylint and every caller:
Python helpdesk code, the CLI's JSON/JSONL output and the HTTP service. They
are versioned through :data:`SCHEMA_VERSION`; a change that breaks a consumer
bumps it.
"""

from __future__ import annotations

from enum import Enum
from operator import itemgetter
from typing import Any, Callable, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

SCHEMA_VERSION = "1.0"
"""Version of the finding/report JSON schema (see docs/schema.md)."""

OFFSET_UNIT = "unicode_code_point"

LANGUAGE_PATTERN = r"^\s*(?:[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*|auto)?\s*$"
"""ISO 639-1/639-3 codes with an optional region ("en", "en-GB", "nl_NL"); empty or "auto" means detect."""
"""Offsets count Unicode code points (Python ``str`` indices), never bytes or UTF-16 units."""


class Category(str, Enum):
    """The seven families a rule can belong to (see docs/rules.md)."""

    PII = "pii"
    TOXICITY = "toxicity"
    TONE = "tone"
    TYPO = "typo"
    CANNED = "canned"
    CHANNEL = "channel"
    CONTEXT = "context"


class Severity(str, Enum):
    """How bad a finding is; the policy turns severities into a verdict."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @classmethod
    def parse(cls, value: str | Severity) -> Severity:
        try:
            return cls(value)
        except ValueError:
            allowed = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {value!r} (expected one of: {allowed})") from None


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Channel(str, Enum):
    """Where the reply will be sent; rules such as length limits depend on it."""

    EMAIL = "email"
    CHAT = "chat"
    SMS = "sms"
    SOCIAL_PUBLIC = "social_public"
    SOCIAL_DM = "social_dm"
    WHATSAPP = "whatsapp"

    @property
    def is_public(self) -> bool:
        return self is Channel.SOCIAL_PUBLIC


class Verdict(str, Enum):
    """What the send path should do with the reply."""

    SEND = "send"
    WARN = "warn"
    BLOCK = "block"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False, use_enum_values=False)


class _Lenient(BaseModel):
    """Context objects come straight from helpdesk payloads: unknown keys are
    ignored rather than rejected, so a ticket export can be passed through."""

    model_config = ConfigDict(extra="ignore")


class Customer(_Lenient):
    """The person the reply is addressed to. Used to recognise their own data
    (not a leak in a private channel) and to check names."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None


class Company(_Lenient):
    """The sender. Its own contact details are fine to mention."""

    name: str | None = None
    contacts: list[str] = Field(default_factory=list)


class Context(_Lenient):
    """Everything replylint may know about the conversation besides the draft."""

    customer: Customer | None = None
    incoming: str | None = Field(default=None, description="The customer's message this reply answers.")
    company: Company | None = None
    channel: Channel | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code of the reply, e.g. en, nl, ar.",
                                 pattern=LANGUAGE_PATTERN)
    agent_name: str | None = None

    @field_validator("language")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        return normalise_language_code(value)


def normalise_language_code(value: str | None) -> str | None:
    """Accept ``EN``, ``en-GB`` or ``nl_NL`` and return ``en`` / ``nl``."""
    if value is None:
        return None
    value = value.strip().lower().replace("_", "-")
    if not value or value == "auto":
        return None
    code = value.split("-", 1)[0]
    if not code.isalpha() or not 2 <= len(code) <= 3:
        raise ValueError(f"not a language code: {value!r} (use ISO 639-1, e.g. en, nl, ar)")
    return code


class Fix(_Model):
    """A replacement for the finding's span. ``safe`` fixes may be applied
    without a human looking (``replylint check --fix``)."""

    replacement: str
    safe: bool = False
    description: str | None = None


class Finding(_Model):
    """One problem in the reply. Offsets index the ORIGINAL text (code points,
    end exclusive); line and column are 1-based."""

    rule: str
    category: Category
    severity: Severity
    message: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    line: int = Field(ge=1)
    column: int = Field(ge=1)
    end_line: int = Field(ge=1)
    end_column: int = Field(ge=1)
    excerpt: str = Field(description="The covered text; masked for pii findings.")
    suggestions: list[str] = Field(default_factory=list)
    fix: Fix | None = None
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)

    @classmethod
    def trusted(cls, rule: str, category: Category, severity: Severity, message: str, start: int, end: int,
                line: int, column: int, end_line: int, end_column: int, excerpt: str, suggestions: list[str],
                fix: Fix | None, confidence: float) -> Finding:
        """The pipeline's way to build a finding: the values a rule returned are checked here with a few
        type tests (validation cost ~5 us a finding); anything unusual (an int confidence, a tuple of
        suggestions) goes through full validation, which converts it or raises as before."""
        if (type(rule) is str and type(category) is Category and type(severity) is Severity
                and type(message) is str and type(excerpt) is str
                and type(start) is int and type(end) is int and start >= 0 and end >= 0
                and type(line) is int and type(column) is int and line >= 1 and column >= 1
                and type(end_line) is int and type(end_column) is int and end_line >= 1 and end_column >= 1
                and type(suggestions) is list and all(type(x) is str for x in suggestions)
                and (fix is None or type(fix) is Fix) and type(confidence) is float and 0.0 <= confidence <= 1.0):
            return _unvalidated(cls, {
                "rule": rule, "category": category, "severity": severity, "message": message, "start": start,
                "end": end, "line": line, "column": column, "end_line": end_line, "end_column": end_column,
                "excerpt": excerpt, "suggestions": list(suggestions), "fix": fix, "confidence": confidence,
            }, _FINDING_FIELD_SET)
        return cls(rule=rule, category=category, severity=severity, message=message, start=start, end=end,
                   line=line, column=column, end_line=end_line, end_column=end_column, excerpt=excerpt,
                   suggestions=suggestions, fix=fix, confidence=confidence)


class RuleStatus(_Model):
    """Whether a rule ran for this reply, and if not, why not."""

    rule: str
    status: Literal["ran", "skipped", "error"]
    cause: Literal["not_applicable", "unavailable", "timeout", "exception"] | None = None
    reason: str | None = None
    duration_ms: float = 0.0

    # trusted(rule, status, cause, reason, duration_ms): defined below the slot setters it uses


M = TypeVar("M", bound=BaseModel)


def _slot_setter(name: str) -> Callable[[Any, Any], None]:
    """The setter of one of BaseModel's slots, called directly: a report builds ~45 model instances,
    and ``object.__setattr__`` by name cost a third of each (it looks the slot up every time)."""
    descriptor = BaseModel.__dict__.get(name)
    if descriptor is not None and hasattr(descriptor, "__set__"):
        return descriptor.__set__
    return lambda obj, value: object.__setattr__(obj, name, value)  # another pydantic layout


_SET_DICT = _slot_setter("__dict__")
_SET_FIELDS_SET = _slot_setter("__pydantic_fields_set__")
_SET_EXTRA = _slot_setter("__pydantic_extra__")
_SET_PRIVATE = _slot_setter("__pydantic_private__")


def _unvalidated(cls: type[M], values: dict[str, Any], fields_set: frozenset[str] | set[str],
                 extra: dict[str, Any] | None = None, private: dict[str, Any] | None = None) -> M:
    """A model instance from values that are known to be valid (built by the pipeline, or unpickled)."""
    obj = cls.__new__(cls)
    _SET_DICT(obj, values)
    _SET_FIELDS_SET(obj, set(fields_set))
    _SET_EXTRA(obj, extra)
    _SET_PRIVATE(obj, private)
    return obj


_ALL_STATUS_FIELDS = frozenset(RuleStatus.model_fields)


def _trusted_status(cls: type[RuleStatus], rule: str, status: str, cause: str | None, reason: str | None,
                    duration_ms: float, _new=object.__new__, _dict=_SET_DICT, _fields=_SET_FIELDS_SET,
                    _extra=_SET_EXTRA, _private=_SET_PRIVATE, _all=set(_ALL_STATUS_FIELDS).copy) -> RuleStatus:
    """Build from values the pipeline produced itself (every field given, types known).

    A report carries one status per rule (~40), and ``model_construct`` cost more than some of the rules
    it reports on (9 us each, benchmarks/speed.py). This is _unvalidated written out, with everything it
    calls bound as a local: looking the setters up as globals was a fifth of its cost."""
    obj = _new(cls)
    _dict(obj, {"rule": rule, "status": status, "cause": cause, "reason": reason, "duration_ms": duration_ms})
    _fields(obj, _all())
    _extra(obj, None)
    _private(obj, None)
    return obj


RuleStatus.trusted = classmethod(_trusted_status)  # type: ignore[method-assign,assignment]
_FINDING_FIELDS = tuple(Finding.model_fields)
_FINDING_FIELD_SET = frozenset(_FINDING_FIELDS)
_finding_values = itemgetter(*_FINDING_FIELDS)


class Timing(_Model):
    total_ms: float
    normalize_ms: float = 0.0
    rules_ms: float = 0.0

    @classmethod
    def trusted(cls, total_ms: float, normalize_ms: float, rules_ms: float) -> "Timing":
        if type(total_ms) is float and type(normalize_ms) is float and type(rules_ms) is float:
            return _unvalidated(cls, {"total_ms": total_ms, "normalize_ms": normalize_ms, "rules_ms": rules_ms},
                                _ALL_TIMING_FIELDS)
        return cls(total_ms=total_ms, normalize_ms=normalize_ms, rules_ms=rules_ms)


_ALL_TIMING_FIELDS = frozenset(Timing.model_fields)


class Report(_Model):
    """The result of checking one reply."""

    schema_version: str = SCHEMA_VERSION
    offset_unit: str = OFFSET_UNIT
    id: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    channel: Channel | None = None
    verdict: Verdict = Verdict.SEND
    findings: list[Finding] = Field(default_factory=list)
    rules: list[RuleStatus] = Field(default_factory=list)
    timing: Timing | None = None
    redacted_text: str | None = Field(
        default=None,
        description="The reply with every pii finding replaced by its redaction; null when nothing needed redacting.",
    )

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.SEND

    def by_rule(self, rule: str) -> list[Finding]:
        """Findings of one rule id or of a prefix such as ``pii``."""
        return [f for f in self.findings if f.rule == rule or f.rule.startswith(rule + ".")]

    def at_least(self, severity: Severity | str) -> list[Finding]:
        rank = Severity.parse(severity).rank
        return [f for f in self.findings if f.severity.rank >= rank]

    def skipped(self) -> list[RuleStatus]:
        return [s for s in self.rules if s.status != "ran"]

    @classmethod
    def trusted(cls, id: str | None, language: str | None, language_confidence: float | None,
                channel: Channel | None, verdict: Verdict, findings: list[Finding], rules: list[RuleStatus],
                timing: Timing, redacted_text: str | None) -> "Report":
        """The pipeline's way to build a report: the fields are what ``Report(...)`` would have
        validated (~10 us a reply, which the send path pays on every draft), checked with type tests;
        anything unusual goes through ``Report(...)`` as before."""
        if ((id is None or type(id) is str) and (language is None or type(language) is str)
                and (language_confidence is None or type(language_confidence) is float)
                and (channel is None or type(channel) is Channel) and type(verdict) is Verdict
                and type(findings) is list and all(type(f) is Finding for f in findings)
                and type(rules) is list and all(type(r) is RuleStatus for r in rules)
                and type(timing) is Timing and (redacted_text is None or type(redacted_text) is str)):
            return _unvalidated(cls, {
                "schema_version": SCHEMA_VERSION, "offset_unit": OFFSET_UNIT, "id": id, "language": language,
                "language_confidence": language_confidence, "channel": channel, "verdict": verdict,
                "findings": findings, "rules": rules, "timing": timing, "redacted_text": redacted_text,
            }, _REPORT_FIELDS_GIVEN)
        return cls(id=id, language=language, language_confidence=language_confidence, channel=channel,
                   verdict=verdict, findings=findings, rules=rules, timing=timing, redacted_text=redacted_text)

    def __reduce__(self):
        """Pickle the ~40 rule statuses and the findings as plain tuples. ``check_many`` with worker
        processes and Dask send every report between processes, and pydantic's own pickling cost
        ~250 us a report to send and ~200 us to receive (a tenth of checking the reply)."""
        state = dict(self.__dict__)
        state["rules"] = [_status_state(s) for s in self.rules]
        state["findings"] = [_finding_state(f) for f in self.findings]
        return (_report_from_state, (type(self), state, self.__pydantic_fields_set__, self.__pydantic_extra__,
                                     self.__pydantic_private__))


_REPORT_FIELDS_GIVEN = frozenset(Report.model_fields) - {"schema_version", "offset_unit"}


def _status_state(status: RuleStatus) -> tuple | RuleStatus:
    if type(status) is RuleStatus and status.__pydantic_fields_set__ == _ALL_STATUS_FIELDS:
        d = status.__dict__
        return (d["rule"], d["status"], d["cause"], d["reason"], d["duration_ms"])
    return status  # a subclass, or one built with fields left unset: pickled as pydantic does


def _finding_state(finding: Finding) -> tuple | Finding:
    if type(finding) is Finding and len(finding.__pydantic_fields_set__) == len(_FINDING_FIELDS):
        return _finding_values(finding.__dict__)
    return finding


def _report_from_state(cls: type[Report], state: dict[str, Any], fields_set: set[str],
                       extra: dict[str, Any] | None = None, private: dict[str, Any] | None = None) -> Report:
    state["rules"] = [RuleStatus.trusted(*s) if type(s) is tuple else s for s in state["rules"]]
    state["findings"] = [_unvalidated(Finding, dict(zip(_FINDING_FIELDS, f)), _FINDING_FIELDS) if type(f) is tuple
                         else f for f in state["findings"]]
    return _unvalidated(cls, state, fields_set, extra, private)


class ReplyInput(BaseModel):
    """One reply to check, as in a ``.jsonl`` record (docs/schema.md).
    Extra keys such as ``labels`` are ignored."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    text: str
    language: str | None = None
    channel: Channel | None = None
    context: Context | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    @field_validator("language")
    @classmethod
    def _lang(cls, value: str | None) -> str | None:
        return normalise_language_code(value)
