"""The ``canned`` family: template residue, boilerplate, copies of macros, and template mode."""

from . import duplicate, generic, placeholder, template, verbatim  # noqa: F401  (registers the rules)
from .placeholder import CannedPack, find_placeholders, placeholders, vocabulary_for

__all__ = ["CannedPack", "find_placeholders", "placeholders", "vocabulary_for"]
