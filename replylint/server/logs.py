"""Structured JSON logs for the service. Only metadata is logged: never a reply, a finding's excerpt
or message, or any request body."""

from __future__ import annotations

import json
import logging
import time

LOGGER = logging.getLogger("replylint.server")
_FIELDS = ("request_id", "method", "path", "status", "duration_ms", "findings", "verdict", "replies", "event")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        payload = {"ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + "Z",
                   "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        for key in _FIELDS:
            if hasattr(record, key):
                payload[key] = getattr(record, key)
        return json.dumps(payload, ensure_ascii=False)


def configure(level: str = "info") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    for name in ("replylint.server", "replylint"):
        logger = logging.getLogger(name)
        logger.handlers[:] = [handler]
        logger.setLevel(level.upper())
        logger.propagate = False
