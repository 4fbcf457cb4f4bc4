"""replylint: check a customer-service reply before it is sent.

>>> import replylint
>>> report = replylint.check("Dear {{first_name}}, thanks!", language="en")
>>> report.verdict.value, report.findings[0].rule
('block', 'canned.placeholder')

The public surface is exactly ``__all__`` (a test keeps it that way).
"""

from __future__ import annotations

from ._version import __version__
from .config import Config, discover_config, load_config_file
from .errors import (
    BackendUnavailable,
    ConfigError,
    InputError,
    PackError,
    ReplyBlocked,
    ReplylintError,
    UnknownRuleError,
)
from .models import (
    SCHEMA_VERSION,
    Category,
    Channel,
    Company,
    Context,
    Customer,
    Finding,
    Fix,
    Report,
    ReplyInput,
    RuleStatus,
    Severity,
    Timing,
    Verdict,
)
from .gate import Sent
from .pipeline import Linter, check
from .registry import register
from .rule import Example, Hit, Rule, RuleMeta

__all__ = [
    "SCHEMA_VERSION",
    "BackendUnavailable",
    "Category",
    "Channel",
    "Company",
    "Config",
    "ConfigError",
    "Context",
    "Customer",
    "Example",
    "Finding",
    "Fix",
    "Hit",
    "InputError",
    "Linter",
    "PackError",
    "ReplyBlocked",
    "ReplyInput",
    "ReplylintError",
    "Report",
    "Rule",
    "RuleMeta",
    "Sent",
    "RuleStatus",
    "Severity",
    "Timing",
    "UnknownRuleError",
    "Verdict",
    "__version__",
    "check",
    "discover_config",
    "load_config_file",
    "register",
]
