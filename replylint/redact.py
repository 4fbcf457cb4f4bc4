"""Masking and redaction of personal data.

A linter that reports a leaked card number must not leak it again in its own
output, logs or HTTP responses. Every pii excerpt and message goes through
:func:`mask`; the safe fix of every pii finding is :func:`redaction`.
"""

from __future__ import annotations

MASK_CHAR = "*"
KEEP_LAST = 4
MIN_LENGTH_TO_KEEP = 12
"""Values shorter than this are masked completely: showing the last four
characters of a 5-character expiry date or a 9-digit BSN reveals too much."""


def mask(value: str, keep_last: int = KEEP_LAST) -> str:
    """Mask all letters and digits except the last ``keep_last`` of them
    (none for short values); separators and spaces keep their place so the
    shape of the value stays recognisable: ``**** **** **** 1486``."""
    alnum = [i for i, ch in enumerate(value) if ch.isalnum()]
    keep = keep_last if len(alnum) >= MIN_LENGTH_TO_KEEP else 0
    hide = set(alnum[: len(alnum) - keep]) if keep else set(alnum)
    return "".join(MASK_CHAR if i in hide else ch for i, ch in enumerate(value))


REDACTED_SUFFIX = " removed"
"""Redactions read ``[<what> removed]``; the placeholder rule knows not to report them."""


def redaction(label: str) -> str:
    """The replacement text that goes into the reply instead of a value."""
    return f"[{label}{REDACTED_SUFFIX}]"
