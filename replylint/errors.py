"""Exceptions and their messages, kept in one place (as spaCy does) so that
every user-facing error is phrased once and can be searched for by code."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from .models import Report


class Messages:
    E001 = "unknown rule or prefix {rule!r} in {where}; run `replylint rules` to list the rules"
    E002 = "{path}: unknown key {key!r} in {table}"
    E003 = "{path}: invalid value for {key!r}: {problem}"
    E004 = "{path}: not valid TOML: {problem}"
    E005 = "{path}: rule pack is invalid: {problem}"
    E006 = "{path}: cannot read file: {problem}"
    E007 = "{path}: not valid UTF-8 ({problem}); pass --encoding if the file uses another encoding"
    E008 = "{path}: looks like a binary file, not a reply or template"
    E009 = "{path}: line {line}: {problem}"
    E010 = "text must be a str, got {type}"
    E011 = "optional backend {name!r} is not installed: pip install 'replylint[{extra}]'"
    E012 = "{path}: no column named {column!r} (columns: {columns})"
    E013 = "config file {path} does not exist"
    E014 = "rule plugin {name!r} from entry point {ep!r} failed to load: {problem}"
    E015 = "rule id {rule!r} is registered twice ({first} and {second})"


class ReplylintError(Exception):
    """Base class for every error replylint raises on purpose."""


class ConfigError(ReplylintError, ValueError):
    """A configuration file or option is wrong. The message names the file and the key."""


class UnknownRuleError(ConfigError):
    """A rule id or prefix in select/ignore/severity does not exist."""


class PackError(ConfigError):
    """A declarative rule pack (YAML) does not validate."""


class InputError(ReplylintError, ValueError):
    """An input (file, record, text) cannot be checked."""


class BackendUnavailable(ReplylintError, RuntimeError):
    """An optional backend (model, server) cannot be used right now. Rules that
    depend on it are reported as skipped with this message."""


class ReplyBlocked(ReplylintError):
    """Raised by the pre-send gate when the policy says the reply must not be sent.

    Carries the full :class:`~replylint.models.Report` so the caller can show
    the agent what to fix. The message itself never contains reply text.
    """

    def __init__(self, report: Report):
        self.report = report
        rules = sorted({f.rule for f in report.findings if f.severity.value == "error"})
        super().__init__(f"reply blocked by replylint ({', '.join(rules) or 'policy'})")
