"""From findings to a verdict: send, warn or block.

The policy is configuration, not code: which severities or rules block,
which warn, and what an unavailable backend or a blown time budget means per
rule family (fail open: send anyway; fail closed: block until a human looks).
"""

from __future__ import annotations

from typing import Iterable

from .config import PolicyConfig
from .errors import UnknownRuleError
from .models import Finding, RuleStatus, Severity, Verdict

_SEVERITIES = {s.value for s in Severity}


class Policy:
    def __init__(self, config: PolicyConfig, known_rules: Iterable[str] = ()):
        self.config = config
        known = set(known_rules)
        for where, entries in (("policy.block", config.block), ("policy.warn", config.warn)):
            for entry in entries:
                if entry in _SEVERITIES or not known:
                    continue
                if not any(r == entry or r.startswith(entry + ".") for r in known):
                    raise UnknownRuleError(
                        f"unknown severity or rule {entry!r} in {where}; use error/warning/info or a rule id")
        self._block_sev = {Severity(e) for e in config.block if e in _SEVERITIES}
        self._warn_sev = {Severity(e) for e in config.warn if e in _SEVERITIES}
        self._block_rules = [e for e in config.block if e not in _SEVERITIES]
        self._warn_rules = [e for e in config.warn if e not in _SEVERITIES]
        self._classified: dict[tuple[str, int], Verdict] = {}

    @staticmethod
    def _matches(rule: str, selectors: list[str]) -> bool:
        return any(rule == s or rule.startswith(s + ".") for s in selectors)

    def classify(self, finding: Finding) -> Verdict:
        # remembered per (rule, severity): a reply has several findings and the selectors are prefix
        # tests; a severity member is a singleton, so its id is a cheap key (enum hashing is Python code)
        key = (finding.rule, id(finding.severity))
        verdict = self._classified.get(key)
        if verdict is None:
            verdict = self._classify(finding.rule, finding.severity)
            if len(self._classified) < 10_000:
                self._classified[key] = verdict
        return verdict

    def _classify(self, rule: str, severity: Severity) -> Verdict:
        if severity in self._block_sev or self._matches(rule, self._block_rules):
            return Verdict.BLOCK
        if severity in self._warn_sev or self._matches(rule, self._warn_rules):
            return Verdict.WARN
        return Verdict.SEND

    def verdict(self, findings: Iterable[Finding], statuses: Iterable[RuleStatus] = (),
                timed_out: bool = False) -> Verdict:
        verdict = Verdict.SEND
        for finding in findings:
            v = self.classify(finding)
            if v is Verdict.BLOCK:
                return v
            if v is Verdict.WARN:
                verdict = v
        for status in statuses:
            if status.status == "error" or (status.status == "skipped" and status.cause in ("unavailable", "timeout")):
                family = status.rule.split(".", 1)[0]
                mode = self.config.on_timeout if status.cause == "timeout" else self.config.fail_mode(family)
                if mode == "closed":
                    return Verdict.BLOCK
        if timed_out and self.config.on_timeout == "closed":
            return Verdict.BLOCK
        return verdict
