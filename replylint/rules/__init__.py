"""Built-in rule families.

Each module registers its rules with :func:`replylint.registry.register` when
imported; this list is the only place that names them. Third-party rules use
the ``replylint.rules`` entry-point group instead (docs/plugins.md).
"""

BUILTIN_MODULES = ("canned", "channel", "context", "pii", "toxicity", "tone", "typo")
