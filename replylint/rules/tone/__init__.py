"""The ``tone`` family: blame, brush-offs, condescension, sarcasm, shouting,
punctuation, Dutch u/je formality, commitments, greetings and sign-offs."""

from . import formality, learned, phrases, surface  # noqa: F401  (importing registers the rules and the pack schema)
