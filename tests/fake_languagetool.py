"""A small LanguageTool stand-in speaking the documented /v2/check protocol.

It tests replylint's client side (request format, response mapping, UTF-16
offsets, time-outs, errors), not LanguageTool's rules: it knows a handful of
hard-coded problems. Offsets are computed in UTF-16 code units, as the Java
server does.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

PROBLEMS = [
    # (regex, rule id, category, issue type, message, replacement)
    (r"\ba (apple|orange|hour)\b", "EN_A_VS_AN", "MISC", "grammar", "Use 'an' instead of 'a'.", "an {1}"),
    (r"\bverstuurt\b", "NL_DT_RULE", "GRAMMAR", "grammar", "Voltooid deelwoord eindigt op -d.", "verstuurd"),
    (r"الى", "AR_HAMZA", "GRAMMAR", "grammar", "همزة القطع", "إلى"),
    (r"\bteh\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", "the"),
    (r"\bJonathon\b", "MORFOLOGIK_RULE_EN_US", "TYPOS", "misspelling", "Possible spelling mistake found.", "Jonathan"),
]


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def matches_for(text: str) -> list[dict]:
    out = []
    for pattern, rule_id, category, issue, message, replacement in PROBLEMS:
        for m in re.finditer(pattern, text):
            value = replacement.replace("{1}", m.group(1)) if m.groups() else replacement
            out.append({
                "message": message, "shortMessage": "", "offset": utf16_len(text[:m.start()]),
                "length": utf16_len(m.group()), "replacements": [{"value": value}],
                "context": {"text": text[max(0, m.start() - 20):m.end() + 20], "offset": 0, "length": 0},
                "sentence": text, "rule": {"id": rule_id, "description": message, "issueType": issue,
                                           "category": {"id": category, "name": category}},
            })
    return out


class Handler(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _json(self, status: int, payload) -> None:
        body = json.dumps(payload).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        if self.path.startswith("/v2/languages"):
            self._json(200, [{"name": "English (US)", "code": "en", "longCode": "en-US"},
                             {"name": "Dutch", "code": "nl", "longCode": "nl-NL"},
                             {"name": "Arabic", "code": "ar", "longCode": "ar"}])
        else:
            self._json(404, {"error": "not found"})

    def do_POST(self):  # noqa: N802
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode("utf-8")).items()}
        Handler.requests.append(form)
        text = form.get("text", "")
        if not self.path.startswith("/v2/check") or "language" not in form:
            self._json(400, {"error": "missing language"})
            return
        if "SLOWDOWN" in text:
            time.sleep(3)
        if "CRASHNOW" in text:
            self._json(500, {"error": "internal error"})
            return
        self._json(200, {"software": {"name": "FakeLanguageTool", "apiVersion": 1},
                         "language": {"code": form["language"]}, "matches": matches_for(text)})


def start() -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"
