"""Recipe: a Django view as the send path (settings kept minimal so the recipe runs stand-alone)."""

import json

import django
from django.conf import settings

if not settings.configured:
    settings.configure(DEBUG=False, SECRET_KEY="recipe-only", ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"],
                       MIDDLEWARE=[], INSTALLED_APPS=[])
    django.setup()

from django.http import JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.csrf import csrf_exempt  # noqa: E402

import replylint  # noqa: E402

LINTER = replylint.Linter()
OUTBOX: list[dict] = []


@csrf_exempt
def reply(request, ticket_id: str):
    payload = json.loads(request.body.decode("utf-8"))
    report = LINTER.check(payload["text"], channel=payload.get("channel"), context=payload.get("context"),
                          budget_ms=200)  # the send path waits at most ~200 ms; slower rules are skipped
    if report.verdict is replylint.Verdict.BLOCK:
        return JsonResponse({"sent": False, "rules": sorted({f.rule for f in report.findings})}, status=422)
    OUTBOX.append({"ticket": ticket_id, "text": payload["text"]})
    return JsonResponse({"sent": True, "verdict": report.verdict.value})


urlpatterns = [path("tickets/<str:ticket_id>/reply", reply)]
