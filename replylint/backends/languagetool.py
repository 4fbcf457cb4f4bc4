"""LanguageTool over its documented HTTP API (``POST /v2/check``).

Two ways to reach a server:

* ``url``: a self-hosted (or any) LanguageTool server. replylint speaks the
  HTTP protocol itself, with its own time-outs and thread-safe offset
  conversion; nothing GPL is imported.
* ``local-server = true``: language-tool-python (GPL-3.0, the ``grammar``
  extra) downloads LanguageTool and starts its Java server; replylint then
  talks to that server the same way. language-tool-python is imported only
  here, only in this mode.

LanguageTool counts offsets in UTF-16 code units (Java strings), so every
character outside the Basic Multilingual Plane (emoji, some CJK) shifts
them by one; :func:`utf16_to_codepoints` maps them back exactly.
"""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from bisect import bisect_right
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from ..config import LanguageToolConfig
from ..errors import BackendUnavailable, Messages

LANGUAGE_CODES = {"en": "en-US", "nl": "nl-NL", "ar": "ar", "de": "de-DE", "fr": "fr", "es": "es", "it": "it",
                  "pt": "pt-PT"}

_INSTANCES: dict[tuple, LanguageToolBackend] = {}
_LOCK = threading.Lock()


class Utf16Map:
    """Converts UTF-16 offsets of one text to code-point offsets."""

    def __init__(self, text: str):
        # UTF-16 positions just after each astral character
        self._astral: list[int] = []
        units = 0
        for ch in text:
            units += 2 if ord(ch) > 0xFFFF else 1
            if ord(ch) > 0xFFFF:
                self._astral.append(units)

    def __call__(self, offset: int) -> int:
        if not self._astral:
            return offset
        return offset - bisect_right(self._astral, offset)


def utf16_to_codepoints(text: str, offset: int, length: int) -> tuple[int, int]:
    m = Utf16Map(text)
    start = m(offset)
    return start, m(offset + length)


class LanguageToolBackend:
    def __init__(self, cfg: LanguageToolConfig):
        self.cfg = cfg
        self._base: str | None = cfg.url.rstrip("/") + "/" if cfg.url else None
        if self._base and not self._base.endswith("v2/"):
            self._base += "v2/"
        self._local: Any = None
        self._error: str | None = None
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="replylint-lt")

    @classmethod
    def get(cls, cfg: LanguageToolConfig) -> LanguageToolBackend:
        """One backend (server connection) per server; request settings come from each caller's config."""
        key = (cfg.url, cfg.local_server)
        with _LOCK:
            if key not in _INSTANCES:
                _INSTANCES[key] = cls(cfg)
            return _INSTANCES[key]

    def unavailable(self) -> str | None:
        if not self.cfg.url and not self.cfg.local_server:
            return "LanguageTool is not configured: set backends.languagetool.url (or local-server = true)"
        if self.cfg.local_server and not self.cfg.url:
            import importlib.util

            if importlib.util.find_spec("language_tool_python") is None:
                return Messages.E011.format(name="language-tool-python", extra="grammar")
        return self._error

    def base_url(self) -> str:
        if self._base is not None:
            return self._base
        with self._lock:
            if self._base is None:
                if self._error:
                    raise BackendUnavailable(self._error)
                try:
                    import language_tool_python

                    self._local = language_tool_python.LanguageTool("en-US")
                    self._base = self._local.url
                except Exception as exc:  # noqa: BLE001 - Java missing, download failed, port busy ...
                    self._error = (f"the local LanguageTool server could not be started ({type(exc).__name__}: "
                                   f"{str(exc)[:200]}); it needs Java and, the first time, internet access")
                    raise BackendUnavailable(self._error) from None
        return self._base

    def check(self, text: str, language: str, cfg: LanguageToolConfig | None = None) -> list[dict[str, Any]]:
        """LanguageTool's matches for ``text``, with ``offset``/``length`` converted to code points."""
        cfg = cfg or self.cfg
        url = urllib.parse.urljoin(self.base_url(), "check")
        params = {"text": text, "language": LANGUAGE_CODES.get(language, language)}
        if cfg.disabled_rules:
            params["disabledRules"] = ",".join(cfg.disabled_rules)
        if cfg.mother_tongue:
            params["motherTongue"] = cfg.mother_tongue
        data = urllib.parse.urlencode(params).encode("utf-8")
        request = urllib.request.Request(url, data=data, method="POST",
                                         headers={"Content-Type": "application/x-www-form-urlencoded",
                                                  "Accept": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=cfg.timeout_s) as response:  # noqa: S310 - configured URL
                payload = json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as exc:
            raise BackendUnavailable(f"LanguageTool server answered HTTP {exc.code} at {url}") from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise BackendUnavailable(f"LanguageTool server at {url} is unreachable or timed out ({reason})") from None
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise BackendUnavailable(f"LanguageTool server at {url} did not answer with JSON") from None
        matches = payload.get("matches") if isinstance(payload, dict) else None
        if not isinstance(matches, list):
            raise BackendUnavailable(f"unexpected answer from LanguageTool at {url}: no 'matches' list")
        convert = Utf16Map(text)
        out = []
        for m in matches:
            try:
                start = convert(int(m["offset"]))
                end = convert(int(m["offset"]) + int(m["length"]))
            except (KeyError, TypeError, ValueError):
                continue
            out.append({**m, "offset": start, "length": end - start})
        return out

    def check_many(self, texts: list[str], language: list[str] | str,
                   cfg: LanguageToolConfig | None = None) -> list[list[dict[str, Any]]]:
        """Concurrent requests, ``batch-size`` at a time; one failure fails the batch with its reason
        (the pipeline then retries the replies one by one, so one bad reply does not hide the rest)."""
        cfg = cfg or self.cfg
        languages = [language] * len(texts) if isinstance(language, str) else language
        results: list[list[dict[str, Any]]] = []
        for i in range(0, len(texts), cfg.batch_size):
            futures = [self._pool.submit(self.check, t, lang, cfg)
                       for t, lang in zip(texts[i:i + cfg.batch_size], languages[i:i + cfg.batch_size])]
            results += [f.result() for f in futures]
        return results
