"""Recipe: an async FastAPI helpdesk's send path, with the guarded-function decorator."""

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

import replylint

LINTER = replylint.Linter()
OUTBOX: list[dict] = []


@LINTER.guarded(text="text", context="context", channel="channel")
async def send_reply(ticket_id: str, text: str, context: dict | None = None, channel: str | None = None) -> str:
    OUTBOX.append({"ticket": ticket_id, "text": text})
    return f"msg-{len(OUTBOX)}"


class Draft(BaseModel):
    text: str
    channel: str | None = None
    context: dict | None = None


app = FastAPI()


@app.post("/tickets/{ticket_id}/reply")
async def reply(ticket_id: str, draft: Draft):
    try:
        sent = await send_reply(ticket_id, draft.text, context=draft.context, channel=draft.channel)
    except replylint.ReplyBlocked as blocked:
        raise HTTPException(422, detail=[f.model_dump(mode="json") for f in blocked.report.findings]) from None
    return {"message_id": sent.value, "verdict": sent.report.verdict.value,
            "warnings": [f.rule for f in sent.report.findings]}
