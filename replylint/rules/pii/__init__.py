"""The ``pii`` family: leaked personal data and secrets, and requests for them."""

from . import pack, request, rules  # noqa: F401  (importing registers the rules and the pack schema)
