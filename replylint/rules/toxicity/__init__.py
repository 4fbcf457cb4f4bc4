"""The ``toxicity`` family: a multilingual lexicon scorer, a model for what it does not name, and an optional
Detoxify scorer."""

from . import learned, lexicon, model, rules  # noqa: F401  (importing registers the rules and the pack schema)
