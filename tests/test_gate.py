import asyncio
import re
import sys
import time
from pathlib import Path

import pytest

import replylint
from replylint import Config, Linter, ReplyBlocked, Verdict
from replylint.gate import Sent

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LINTER = Linter()


def test_gate_verdicts():
    assert LINTER.gate("Hi Jan, your parcel was delivered this morning.", language="en") is Verdict.SEND
    assert LINTER.gate("Why???", language="en") is Verdict.WARN
    assert LINTER.gate("Dear {{name}},", language="en") is Verdict.BLOCK


def test_guard_raises_with_the_report_and_no_reply_text():
    with pytest.raises(ReplyBlocked) as err:
        LINTER.guard("Card 4539 5787 6362 1486 is on file.", language="en")
    assert "4539" not in str(err.value) and "pii.credit_card" in str(err.value)
    assert err.value.report.verdict is Verdict.BLOCK
    report = LINTER.guard("Why???", language="en")
    assert report.verdict is Verdict.WARN


def test_guarded_decorator_sync():
    sent = []

    @LINTER.guarded(text="body", context="ctx", channel="channel")
    def send(ticket, body, ctx=None, channel=None):
        sent.append(body)
        return f"id-{ticket}"

    result = send(7, "Hi Jan, your refund is on its way.", ctx={"customer": {"name": "Jan"}})
    assert isinstance(result, Sent) and result.value == "id-7" and result.report.verdict is Verdict.SEND
    with pytest.raises(ReplyBlocked):
        send(8, "Hi Piet, your card 4539 5787 6362 1486", channel="chat")
    assert sent == ["Hi Jan, your refund is on its way."]


def test_guarded_decorator_async():
    @LINTER.guarded()
    async def send(text):
        return "ok"

    assert asyncio.run(send("Thanks, all sorted!")).value == "ok"
    with pytest.raises(ReplyBlocked):
        asyncio.run(send("Dear [NAME],"))
    assert asyncio.run(LINTER.agate("Dear [NAME],")) is Verdict.BLOCK
    with pytest.raises(ReplyBlocked):
        asyncio.run(LINTER.aguard("Dear [NAME],"))


def test_guarded_checks_its_argument_names():
    with pytest.raises(TypeError, match="no parameter 'text'"):
        LINTER.guarded()(lambda body: None)


def test_time_budget_fail_open_and_closed(monkeypatch):
    from replylint.rules.canned.placeholder import PlaceholderRule

    real = PlaceholderRule.check

    def slow(self, doc):
        time.sleep(0.05)
        return real(self, doc)

    monkeypatch.setattr(PlaceholderRule, "check", slow)
    open_ = Linter(Config(select=["canned.placeholder", "tone"], policy={"budget_ms": 10}))
    report = open_.check("Why???", language="en", budget_ms=10)
    assert any(s.cause == "timeout" for s in report.rules)
    assert open_.gate("Hi", language="en") is Verdict.SEND
    closed = Linter(Config(select=["canned.placeholder", "tone"], policy={"budget_ms": 10, "on_timeout": "closed"}))
    assert closed.gate("Hi", language="en") is Verdict.BLOCK


def test_shared_linter_from_many_threads_gives_the_same_verdicts():
    from concurrent.futures import ThreadPoolExecutor

    texts = ["Dear {{name}},", "Hi Jan, fixed!", "Why???", "Stuur mij je BSN."] * 25
    expected = [LINTER.gate(t) for t in texts]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(LINTER.gate, texts)) == expected


# -- recipes from docs/integration.md -------------------------------------------------------------

def test_flask_recipe():
    from examples.integrations import flask_app

    client = flask_app.create_app().test_client()
    ok = client.post("/tickets/1/reply", json={"text": "Hi Jan, your refund is on its way.", "channel": "email",
                                               "context": {"customer": {"name": "Jan"}}})
    assert ok.status_code == 200 and ok.get_json()["sent"] is True
    blocked = client.post("/tickets/2/reply", json={"text": "Hi Jan, card 4539 5787 6362 1486.", "channel": "chat"})
    assert blocked.status_code == 422
    assert "4539" not in re.sub(r"\d+\.\d+", "", blocked.get_data(as_text=True))  # timings are not leaks
    assert [m["ticket"] for m in flask_app.SENT] == ["1"]


def test_fastapi_recipe():
    from fastapi.testclient import TestClient

    from examples.integrations import fastapi_app

    client = TestClient(fastapi_app.app)
    ok = client.post("/tickets/9/reply", json={"text": "Hi Jan, sorted!", "channel": "chat"})
    assert ok.status_code == 200 and ok.json()["verdict"] == "send"
    blocked = client.post("/tickets/9/reply", json={"text": "Stuur mij hier je burgerservicenummer.",
                                                    "channel": "chat"})
    assert blocked.status_code == 422 and any(f["rule"] == "pii.pii_request" for f in blocked.json()["detail"])
    assert len(fastapi_app.OUTBOX) == 1


def test_django_recipe():
    from examples.integrations import django_app  # noqa: F401  (configures Django)
    from django.test import Client

    client = Client()
    ok = client.post("/tickets/3/reply", data='{"text": "Hoi Jan, je pakket is onderweg."}',
                     content_type="application/json")
    assert ok.status_code == 200 and ok.json()["sent"] is True
    blocked = client.post("/tickets/4/reply", data='{"text": "Beste {{ voornaam }}, bedankt!"}',
                          content_type="application/json")
    assert blocked.status_code == 422 and "canned.placeholder" in blocked.json()["rules"]


def test_sent_is_exported():
    assert replylint.Sent is Sent
