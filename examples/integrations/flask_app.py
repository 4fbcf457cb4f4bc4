"""Recipe: a Flask helpdesk's send path with replylint as the pre-send gate (docs/integration.md)."""

from flask import Flask, jsonify, request

import replylint

LINTER = replylint.Linter()  # built once at start-up, shared by every request thread
SENT: list[dict] = []  # stands in for the helpdesk's outbox


def send_to_customer(ticket_id: str, text: str) -> None:
    SENT.append({"ticket": ticket_id, "text": text})


def create_app() -> Flask:
    app = Flask(__name__)

    @app.post("/tickets/<ticket_id>/reply")
    def reply(ticket_id: str):
        payload = request.get_json(force=True)
        try:
            report = LINTER.guard(payload["text"], channel=payload.get("channel"), context=payload.get("context"))
        except replylint.ReplyBlocked as blocked:
            # show the agent what to fix; the report never contains a pii value in full
            return jsonify(sent=False, findings=[f.model_dump(mode="json") for f in blocked.report.findings]), 422
        send_to_customer(ticket_id, payload["text"])
        return jsonify(sent=True, verdict=report.verdict.value,
                       warnings=[f.model_dump(mode="json") for f in report.findings])

    return app
