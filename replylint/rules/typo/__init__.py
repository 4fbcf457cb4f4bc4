"""The ``typo`` family: offline spelling, doubled words, misspelled names, and LanguageTool grammar."""

from . import confusables, grammar, rules, speller, verbform  # noqa: F401  (importing registers the rules and the pack schema)
