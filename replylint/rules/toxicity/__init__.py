"""The ``toxicity`` family: a multilingual lexicon scorer plus an optional Detoxify scorer."""

from . import lexicon, model, rules  # noqa: F401  (importing registers the rules and the pack schema)
