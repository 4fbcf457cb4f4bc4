"""The HTTP pre-send service (``pip install 'replylint[server]'``, ``replylint serve``)."""

from .app import create_app

__all__ = ["create_app"]
