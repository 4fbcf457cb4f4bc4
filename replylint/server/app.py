"""FastAPI application: ``POST /v1/check``, ``POST /v1/check/batch``, ``GET /v1/rules``,
``GET /healthz``, ``GET /readyz`` and a small page at ``/`` for support leads.

Security and load behaviour are part of the service, not left to a proxy:
bearer API keys compared in constant time, a request size limit, a
per-request time-out, a concurrency limit that answers 429 instead of
queueing without bound, CORS off unless configured, and JSON logs with
request ids that never contain a reply or a finding's value.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import re
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any, Callable

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from .._version import __version__
from ..config import Config, ServerConfig
from ..errors import InputError
from ..models import LANGUAGE_PATTERN, Channel, Context, Report, normalise_language_code
from ..pipeline import Linter
from ..registry import registry
from .logs import LOGGER

API_KEY_ENV = "REPLYLINT_API_KEY"
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")


class CheckRequest(BaseModel):
    """One reply to check, with its conversation context."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The draft reply.")
    id: str | None = None
    language: str | None = Field(default=None, description="ISO 639-1 code; detected when absent.",
                                 pattern=LANGUAGE_PATTERN)
    channel: Channel | None = None
    context: Context | None = None
    template: StrictBool = Field(default=False, description="Check as a template (placeholders expected).")

    @field_validator("text")
    @classmethod
    def _text(cls, value: str) -> str:
        # JSON can carry unpaired UTF-16 surrogates; they are not text. Each becomes U+FFFD (one code point
        # for one code point, so offsets in the report still index the submitted text).
        if any("\ud800" <= ch <= "\udfff" for ch in value):
            return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in value)
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str | None) -> str | None:
        return normalise_language_code(value)


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    items: list[CheckRequest] = Field(min_length=1)


class BatchResponse(BaseModel):
    reports: list[Report]


class RuleInfo(BaseModel):
    id: str
    category: str
    severity: str
    languages: list[str]
    summary: str
    default_enabled: bool
    requires: str | None = None


class Problem(BaseModel):
    """Error body of every non-2xx answer."""

    error: str
    detail: Any = None
    request_id: str | None = None


def resolve_api_key(settings: ServerConfig) -> str | None:
    return os.environ.get(API_KEY_ENV) or settings.api_key


class _State:
    def __init__(self, linter_factory: Callable[[], Linter], settings: ServerConfig, warm: bool):
        self.settings = settings
        self.linter: Linter | None = None
        self.ready = threading.Event()
        self.error: str | None = None
        self._factory = linter_factory
        self._warm = warm
        self._executor: ThreadPoolExecutor | None = None
        self.slots: asyncio.Semaphore | None = None
        self._loading = threading.Lock()

    @property
    def executor(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=self.settings.max_concurrency,
                                                thread_name_prefix="replylint-http")
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def start_loading(self) -> None:
        if not self.ready.is_set() and self._loading.acquire(blocking=False):
            threading.Thread(target=self._load_once, name="replylint-warmup", daemon=True).start()

    def _load_once(self) -> None:
        try:
            self.load()
        finally:
            self._loading.release()

    def load(self) -> None:
        """Build the linter and load models and language data before declaring readiness."""
        try:
            linter = self._factory()
            if self._warm:
                for text in ("Thanks for your message, your order 4412 shipped today. As I said, sorry!",
                             "Bedankt voor je bericht, je bestelling is verzonden. Zoals ik al zei, sorry!",
                             "شكراً لتواصلك معنا، تم شحن طلبك. كما قلت لك، نعتذر!", "ok"):
                    # no language given: detection, spaCy, spellers and matchers all load now, not on a request
                    linter.check(text, context={"incoming": text, "customer": {"name": "Jan"}})
            self.linter = linter
            self.ready.set()
        except Exception as exc:  # noqa: BLE001 - reported by /readyz
            self.error = f"{type(exc).__name__}: {exc}"
            LOGGER.error("linter failed to load", extra={"event": "startup_failed"})


def create_app(config: Config | None = None, linter: Linter | None = None, *, warm: bool = True) -> FastAPI:
    """The service for ``config`` (or an existing ``linter``). Models load in the background at start-up;
    ``/readyz`` answers 200 once they are in."""
    config = config or (linter.config if linter is not None else Config())
    settings = config.server
    api_key = resolve_api_key(settings)
    state = _State(lambda: linter or Linter(config), settings, warm)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state.slots = asyncio.Semaphore(settings.max_concurrency)
        state.start_loading()
        yield
        state.close()

    app = FastAPI(
        title="replylint",
        version=__version__,
        summary="Check a customer-service reply before it is sent.",
        description="Offsets in findings count Unicode code points of the submitted text (end exclusive). "
                    "Send `Authorization: Bearer <key>` when the service has an API key.",
        lifespan=lifespan,
        responses={400: {"model": Problem}, 401: {"model": Problem}, 413: {"model": Problem}, 422: {"model": Problem},
                   429: {"model": Problem}, 500: {"model": Problem}, 503: {"model": Problem}, 504: {"model": Problem}},
    )
    app.state.replylint = state

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type", "X-Request-ID"])

    @app.middleware("http")
    async def guard_requests(request: Request, call_next):
        started = time.perf_counter()
        rid = request.headers.get("x-request-id", "")
        rid = rid if _REQUEST_ID.match(rid) else uuid.uuid4().hex
        request.state.request_id = rid
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > settings.max_body_bytes):
            response = _problem(413, "request body too large", f"the limit is {settings.max_body_bytes} bytes", rid)
        elif request.method == "POST" and length is None:
            body = b""
            async for chunk in request.stream():
                body += chunk
                if len(body) > settings.max_body_bytes:
                    break
            if len(body) > settings.max_body_bytes:
                response = _problem(413, "request body too large", f"the limit is {settings.max_body_bytes} bytes",
                                    rid)
            else:
                request._body = body  # noqa: SLF001 - let FastAPI read the body we already consumed
                response = await call_next(request)
        else:
            response = await call_next(request)
        response.headers["X-Request-ID"] = rid
        LOGGER.info("request", extra={"request_id": rid, "method": request.method, "path": request.url.path,
                                      "status": response.status_code,
                                      "duration_ms": round((time.perf_counter() - started) * 1000, 2)})
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        # never echo the submitted values back (they may be a customer's data)
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()]
        rid = getattr(request.state, "request_id", None)
        if any(d["type"] == "json_invalid" for d in detail):
            return _problem(400, "malformed JSON (or not UTF-8)", detail, rid)
        return _problem(422, "invalid request", detail, rid)

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError):
        return _problem(422, "invalid request", str(exc), getattr(request.state, "request_id", None))

    @app.exception_handler(Exception)
    async def internal_error(request: Request, exc: Exception):
        rid = getattr(request.state, "request_id", None)
        LOGGER.error(f"internal error ({type(exc).__name__})", extra={"request_id": rid, "event": "error"})
        return _problem(500, "internal error", None, rid)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        detail = exc.detail if exc.status_code != 400 else f"{exc.detail} (malformed JSON or not UTF-8)"
        response = _problem(exc.status_code, str(detail), None, getattr(request.state, "request_id", None))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    def authorised(request: Request) -> None:
        if api_key is None:
            return
        header = request.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), api_key.encode()):
            raise HTTPException(401, "missing or wrong API key", headers={"WWW-Authenticate": "Bearer"})

    async def run(fn: Callable[[], Any]) -> Any:
        """Run a check in the worker pool: 503 until ready, 429 when every slot is busy, 504 on time-out.
        A slot stays taken until the work really ends, so a timed-out check still counts as load."""
        if not state.ready.is_set() or state.linter is None:
            raise HTTPException(503, state.error or "starting: models are still loading",
                                headers={"Retry-After": "2"})
        if state.slots is None:  # lifespan not run (e.g. some test clients): create the limiter lazily
            state.slots = asyncio.Semaphore(settings.max_concurrency)
        if state.slots.locked():
            raise HTTPException(429, "too many checks in progress", headers={"Retry-After": "1"})
        await state.slots.acquire()
        loop = asyncio.get_running_loop()

        def work() -> Any:
            try:
                return fn()
            finally:
                loop.call_soon_threadsafe(state.slots.release)

        future = loop.run_in_executor(state.executor, work)
        try:
            return await asyncio.wait_for(asyncio.shield(future), timeout=settings.timeout_s)
        except asyncio.TimeoutError:
            raise HTTPException(504, f"the check took longer than {settings.timeout_s:g} s") from None

    @app.post("/v1/check", response_model=Report, dependencies=[Depends(authorised)],
              summary="Check one reply")
    async def check(body: CheckRequest, request: Request) -> Report:
        linter = state.linter
        report = await run(lambda: linter.check(body.text, language=body.language, channel=body.channel,
                                                context=body.context, template=body.template, id=body.id))
        LOGGER.info("checked", extra={"request_id": request.state.request_id, "replies": 1,
                                      "findings": len(report.findings), "verdict": report.verdict.value})
        return report

    @app.post("/v1/check/batch", response_model=BatchResponse, dependencies=[Depends(authorised)],
              summary="Check many replies (batched model inference)")
    async def check_batch(body: BatchRequest, request: Request) -> BatchResponse:
        if len(body.items) > settings.max_batch:
            raise HTTPException(413, f"at most {settings.max_batch} items per batch")
        linter = state.linter
        records = [item.model_dump() for item in body.items]
        reports = await run(lambda: list(linter.check_many(records)))
        LOGGER.info("checked", extra={"request_id": request.state.request_id, "replies": len(reports),
                                      "findings": sum(len(r.findings) for r in reports)})
        return BatchResponse(reports=reports)

    @app.get("/v1/rules", response_model=list[RuleInfo], dependencies=[Depends(authorised)],
             summary="Every rule replylint knows")
    async def rules() -> list[RuleInfo]:
        return [RuleInfo(id=c.meta.id, category=c.meta.category.value, severity=c.meta.severity.value,
                         languages=list(c.meta.languages), summary=c.meta.summary,
                         default_enabled=c.meta.default_enabled, requires=c.meta.requires) for c in registry]

    @app.get("/healthz", summary="The process is up")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="Models are loaded and checks can be served",
             responses={200: {"description": "ready"}, 503: {"model": Problem}})
    async def readyz():
        if state.ready.is_set():
            return {"status": "ready"}
        return _problem(503, state.error or "starting", None, None)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        html = files("replylint.server").joinpath("page.html").read_text(encoding="utf-8")
        return HTMLResponse(html.replace("{{AUTH}}", "true" if api_key else "false"))

    return app


def _problem(status: int, error: str, detail: Any, request_id: str | None) -> JSONResponse:
    return JSONResponse(status_code=status, content=Problem(error=error, detail=detail,
                                                            request_id=request_id).model_dump())


def app_from_env() -> FastAPI:
    """Factory for ``uvicorn --factory`` (and ``replylint serve`` with several workers): the config file
    comes from REPLYLINT_CONFIG, otherwise it is discovered from the working directory."""
    from ..config import discover_config, load_config_file

    path = os.environ.get("REPLYLINT_CONFIG")
    config = load_config_file(path) if path else discover_config()
    return create_app(config)
