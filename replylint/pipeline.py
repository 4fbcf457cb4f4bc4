"""The engine: normalise once, run the selected rules, build the report.

A :class:`Linter` is built once from a :class:`~replylint.config.Config`
(rules instantiated, packs validated) and then reused for many replies, from
many threads. Rules never see offsets of the original text, suppressions,
masking or policy: all of that happens here, in one place, so every rule
family gets it right by construction.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from operator import attrgetter
from typing import Any, Iterable, Iterator, Mapping

from pydantic import ValidationError

from .config import Config
from .document import ReplyDoc
from .errors import BackendUnavailable, ConfigError, InputError, Messages, UnknownRuleError
from .fixes import apply_fixes
from .langdata import CorePack
from .language import CONFIDENT, LanguageDetector
from .models import Category, Channel, Context, Finding, Report, ReplyInput, RuleStatus, Severity, Timing, Verdict
from .nlp import NlpProvider
from .normalize import QuoteSpec, normalize
from .offsets import LineIndex
from .packs import PackStore
from .policy import Policy
from .redact import mask
from .registry import registry
from .rule import Hit, Rule, RuleContext
from .suppress import is_suppressed, parse_suppressions

log = logging.getLogger("replylint")

# Developers and the test-suite set REPLYLINT_RAISE=1 so that a bug in a rule
# fails loudly instead of being reported as an "error" status.
_RAISE = os.environ.get("REPLYLINT_RAISE", "") not in ("", "0")

ReplyLike = str | Mapping[str, Any] | ReplyInput


class Linter:
    """Checks replies. Build once, reuse for many replies and threads."""

    def __init__(self, config: Config | None = None, **overrides: Any):
        registry.ensure_loaded()
        config = config or Config()
        if overrides:
            config = config.with_overrides(**overrides)
        self.config = config
        self.packs = PackStore.shared(config.resolve_path(p) for p in config.packs)
        self.packs.validate_all()
        self.nlp = NlpProvider.shared(config.spacy.models)
        rule_ids = registry.select(config.select, config.extend_select, config.ignore, config)
        self._selected = frozenset(rule_ids)
        for key in config.severity:
            registry.matching(key, "severity")
        options = _flatten_rule_options(config.rules, where=str(config.source or "config"))
        self.rules: list[Rule] = []
        for rule_id in rule_ids:
            cls = registry.get(rule_id)
            try:
                opts = cls.Options.model_validate(options.get(rule_id, {}))
            except ValidationError as exc:
                problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
                raise ConfigError(
                    Messages.E003.format(path=config.source or "config", key=f"rules.{rule_id}", problem=problems)
                ) from None
            self.rules.append(cls(RuleContext(config=config, options=opts, packs=self.packs, nlp=self.nlp)))
        self.policy = Policy(config.policy, registry.ids())
        cores = [p for p in self.packs.all("core") if isinstance(p, CorePack)]
        self._attribution = QuoteSpec([v for p in cores for v in p.quote_verbs],
                                      [v for p in cores for v in p.quote_verbs_after]).compile()
        self.detector = LanguageDetector(config.languages, {p.language: p.stopwords for p in cores})
        self._unavailable: dict[str, str | None] = {}
        self._plans: dict[str | None, list[tuple[Rule, str, str | None, bool]]] = {}
        self._lock = threading.Lock()
        secondary = {Category(k): [Category(v) for v in over] for k, over in config.secondary.items() if over}
        self._secondary = (secondary, frozenset(c for over in secondary.values() for c in over)) if secondary else None

    # -- public API -------------------------------------------------------------
    def check(
        self,
        text: str,
        *,
        language: str | None = None,
        channel: Channel | str | None = None,
        context: Context | Mapping[str, Any] | None = None,
        template: bool = False,
        id: str | None = None,
        budget_ms: float | None = None,
    ) -> Report:
        """Check one reply."""
        doc = self._prepare(text, language=language, channel=channel, context=context, template=template, id=id)
        return self._run([doc], budget_ms=budget_ms)[0]

    def check_many(
        self,
        items: Iterable[ReplyLike],
        *,
        template: bool = False,
        batch_size: int = 64,
        processes: int = 1,
    ) -> Iterator[Report]:
        """Check many replies; yields one report per item, in order.

        Items are strings, :class:`ReplyInput` objects or mappings in the
        ``.jsonl`` record format. Batching lets model-backed rules score many
        replies per call; ``processes > 1`` spreads batches over worker
        processes (each builds its own linter from this one's config).
        """
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        streams = [(rule, state) for rule in self.rules if (state := rule.start_stream()) is not None]
        pending: deque[ReplyInput] = deque()

        def inputs() -> Iterator[ReplyInput]:
            for i, item in enumerate(items):
                coerced = _coerce(item, i)
                pending.append(coerced)
                yield coerced

        chunks = _chunks(inputs(), batch_size)
        reports = (r for chunk in chunks for r in self._check_inputs(chunk, template)) if processes <= 1 \
            else _parallel(self.config, chunks, template, processes)
        for report in reports:
            item = pending.popleft()
            if streams:
                report = self._stream_findings(streams, item, report)
            yield report

    async def acheck(self, text: str, **kwargs: Any) -> Report:
        """Async :meth:`check` for async helpdesk code (runs in a worker thread)."""
        return await asyncio.to_thread(self.check, text, **kwargs)

    async def acheck_many(self, items: Iterable[ReplyLike], **kwargs: Any) -> list[Report]:
        """Async :meth:`check_many`; returns the list of reports."""
        return await asyncio.to_thread(lambda: list(self.check_many(items, **kwargs)))

    # -- pre-send gate (see replylint.gate) ---------------------------------------------
    def gate(self, text: str, *, budget_ms: float | None = None, **kwargs: Any) -> Verdict:
        """send / warn / block for a draft, under the policy and the time budget."""
        from .gate import _budget

        return self.check(text, budget_ms=_budget(self, budget_ms), **kwargs).verdict

    async def agate(self, text: str, *, budget_ms: float | None = None, **kwargs: Any) -> Verdict:
        from .gate import _budget

        return (await self.acheck(text, budget_ms=_budget(self, budget_ms), **kwargs)).verdict

    def guard(self, text: str, **kwargs: Any) -> Report:
        """The report, or :class:`~replylint.ReplyBlocked` (carrying it) when the policy blocks."""
        from .gate import guard

        return guard(self, text, **kwargs)

    async def aguard(self, text: str, **kwargs: Any) -> Report:
        from .gate import aguard

        return await aguard(self, text, **kwargs)

    def guarded(self, **kwargs: Any):
        """Decorator for a send function (sync or async); see :func:`replylint.gate.guarded`."""
        from .gate import guarded

        return guarded(self, **kwargs)

    @property
    def rule_ids(self) -> list[str]:
        return [r.meta.id for r in self.rules]

    # -- internals --------------------------------------------------------------
    def _check_inputs(self, inputs: list[ReplyInput], template: bool) -> list[Report]:
        docs = [
            self._prepare(r.text, language=r.language, channel=r.channel, context=r.context, template=template, id=r.id)
            for r in inputs
        ]
        return self._run(docs)

    def _prepare(
        self,
        text: str,
        *,
        language: str | None,
        channel: Channel | str | None,
        context: Context | Mapping[str, Any] | None,
        template: bool,
        id: str | None,
    ) -> ReplyDoc:
        if not isinstance(text, str):
            raise InputError(Messages.E010.format(type=type(text).__name__))
        t0 = time.perf_counter()
        ctx = _coerce_context(context)
        if ctx.company is None and self.config.company is not None:
            ctx = ctx.model_copy(update={"company": self.config.company})
        chan = _coerce_channel(channel) or ctx.channel or self.config.channel
        norm = normalize(text, self._attribution, template=template)
        lang = _coerce_language(language) or ctx.language or self.config.language
        confidence: float | None = None
        if lang is None:
            detected, confidence = self.detector.detect(norm.agent.text)
            lang = detected if detected and confidence >= CONFIDENT else self.config.default_language
        doc = ReplyDoc(
            text, norm, language=lang, language_confidence=confidence, channel=chan, context=ctx,
            config=self.config, nlp=self.nlp, packs=self.packs, template=template, id=id, detector=self.detector,
        )
        doc._prepare_ms = (time.perf_counter() - t0) * 1000  # type: ignore[attr-defined]
        return doc

    def _unavailable_reason(self, rule: Rule) -> str | None:
        rid = rule.meta.id
        if rid not in self._unavailable:
            with self._lock:
                if rid not in self._unavailable:
                    try:
                        self._unavailable[rid] = rule.unavailable()
                    except Exception as exc:  # noqa: BLE001 - availability probes must not crash a check
                        self._unavailable[rid] = f"{type(exc).__name__}: {exc}"
        return self._unavailable[rid]

    def _run(self, docs: list[ReplyDoc], budget_ms: float | None = None) -> list[Report]:
        if len(docs) == 1:
            return [self._run_one(docs[0], budget_ms)]
        t_start = time.perf_counter()
        findings: list[list[Finding]] = [[] for _ in docs]
        statuses: list[list[RuleStatus]] = [[] for _ in docs]
        suppressions = [parse_suppressions(d.original) for d in docs]
        timed_out = False
        for rule in self.rules:
            rid = rule.meta.id
            if budget_ms is not None and (time.perf_counter() - t_start) * 1000 > budget_ms:
                timed_out = True
                for st in statuses:
                    st.append(RuleStatus(rule=rid, status="skipped", cause="timeout",
                                         reason=f"time budget of {budget_ms:g} ms exceeded"))
                continue
            reason = self._unavailable_reason(rule)
            todo: list[int] = []
            for i, doc in enumerate(docs):
                if reason:
                    statuses[i].append(RuleStatus(rule=rid, status="skipped", cause="unavailable", reason=reason))
                    continue
                why = rule.skip_reason(doc)
                if why:
                    statuses[i].append(RuleStatus.trusted(rid, "skipped", "not_applicable", why, 0.0))
                else:
                    todo.append(i)
            if not todo:
                continue
            results, errors, elapsed = self._call_rule(rule, [docs[i] for i in todo])
            share = elapsed / len(todo)
            for i, hits, error in zip(todo, results, errors):
                if error is not None:
                    statuses[i].append(RuleStatus(rule=rid, status=error[0], cause=error[1], reason=error[2],
                                                  duration_ms=share))
                    continue
                statuses[i].append(RuleStatus.trusted(rid, "ran", None, None, share))
                if hits:
                    findings[i].extend(self._findings(rule, docs[i], hits, suppressions[i]))
        total = (time.perf_counter() - t_start) * 1000
        return [self._report(doc, f, s, total / len(docs), timed_out) for doc, f, s in zip(docs, findings, statuses)]

    def _plan(self, language: str | None) -> list[tuple[Rule, str, str | None, bool]]:
        """Per rule, for replies in ``language``: its id, why it does not apply when that depends on the
        language alone, and whether its own ``skip_reason`` must be asked per reply (rules that look at
        the channel or the context override it). Asking ~40 rules per reply cost ~40 us."""
        plan = self._plans.get(language)
        if plan is None:
            plan = []
            for rule in self.rules:
                dynamic = type(rule).skip_reason is not Rule.skip_reason
                static = None if dynamic or rule.meta.supports(language) else \
                    f"no {rule.meta.family} rules for language {language!r}"
                plan.append((rule, rule.meta.id, static, dynamic))
            self._plans[language] = plan
        return plan

    def _run_one(self, doc: ReplyDoc, budget_ms: float | None) -> Report:
        """:meth:`_run` for one reply (the pre-send path): the same statuses and findings, without the
        per-batch bookkeeping, which cost as much as a quarter of the rules' own time."""
        clock = time.perf_counter
        t_start = clock()
        findings: list[Finding] = []
        statuses: list[RuleStatus] = []
        trouble: list[RuleStatus] = []  # the statuses that can change the verdict (see Policy.verdict)
        suppressions = parse_suppressions(doc.original)
        timed_out = False
        unavailable = self._unavailable
        trusted = RuleStatus.trusted
        for rule, rid, static, dynamic in self._plan(doc.language):
            if budget_ms is not None and (clock() - t_start) * 1000 > budget_ms:
                timed_out = True
                trouble.append(RuleStatus(rule=rid, status="skipped", cause="timeout",
                                          reason=f"time budget of {budget_ms:g} ms exceeded"))
                statuses.append(trouble[-1])
                continue
            reason = unavailable[rid] if rid in unavailable else self._unavailable_reason(rule)
            if reason:
                trouble.append(RuleStatus(rule=rid, status="skipped", cause="unavailable", reason=reason))
                statuses.append(trouble[-1])
                continue
            why = rule.skip_reason(doc) if dynamic else static
            if why:
                statuses.append(trusted(rid, "skipped", "not_applicable", why, 0.0))
                continue
            t0 = clock()
            hits, error = self._check_one(rule, doc)
            duration = (clock() - t0) * 1000
            if error is not None:
                trouble.append(RuleStatus(rule=rid, status=error[0], cause=error[1], reason=error[2],
                                          duration_ms=duration))
                statuses.append(trouble[-1])
                continue
            statuses.append(trusted(rid, "ran", None, None, duration))
            if hits:
                findings.extend(self._findings(rule, doc, hits, suppressions))
        return self._report(doc, findings, statuses, (clock() - t_start) * 1000, timed_out, trouble)

    def _call_rule(self, rule: Rule, docs: list[ReplyDoc]):
        """Run a rule on a batch, isolating failures to the reply that caused them."""
        t0 = time.perf_counter()
        if len(docs) == 1:
            hits, error = self._check_one(rule, docs[0])
            return [hits], [error], (time.perf_counter() - t0) * 1000
        try:
            return rule.check_batch(docs), [None] * len(docs), (time.perf_counter() - t0) * 1000
        except BackendUnavailable as exc:
            err = ("skipped", "unavailable", str(exc))
            return [[] for _ in docs], [err] * len(docs), (time.perf_counter() - t0) * 1000
        except Exception:  # noqa: BLE001 - find the reply that broke the batch; the others still get checked
            pass
        checked = [self._check_one(rule, doc) for doc in docs]
        return [hits for hits, _ in checked], [error for _, error in checked], (time.perf_counter() - t0) * 1000

    def _check_one(self, rule: Rule, doc: ReplyDoc) -> tuple[list[Hit], tuple[str, str, str] | None]:
        """A rule's hits on one reply, or no hits and (status, cause, reason) when it could not run."""
        try:
            return list(rule.check(doc)), None
        except BackendUnavailable as exc:
            return [], ("skipped", "unavailable", str(exc))
        except Exception:  # noqa: BLE001
            return [], self._rule_error(rule)

    @staticmethod
    def _rule_error(rule: Rule) -> tuple[str, str, str]:
        import sys

        exc = sys.exc_info()[1]
        if _RAISE:
            raise exc  # type: ignore[misc]
        # Log the type only: exception messages may quote the reply.
        log.warning("rule %s failed: %s", rule.meta.id, type(exc).__name__, exc_info=False)
        return ("error", "exception", f"internal error in rule ({type(exc).__name__}); please report it")

    def _severity(self, rule_id: str, default: Severity) -> Severity:
        overrides = self.config.severity
        if not overrides:
            return default
        if rule_id in overrides:
            return overrides[rule_id]
        best = None
        for key in overrides:
            if rule_id.startswith(key + ".") and (best is None or len(key) > len(best)):
                best = key
        return overrides[best] if best else default

    def _findings(self, rule: Rule, doc: ReplyDoc, hits: Iterable[Hit], suppressions) -> Iterator[Finding]:
        meta = rule.meta
        original = doc.original
        for hit in hits:
            rid = hit.rule or meta.id
            if rid != meta.id and rid not in self._selected:
                continue  # reported under a sibling rule the user did not select
            hmeta = meta if rid == meta.id else registry.get(rid).meta
            view = hit.view or ("agent" if meta.scope == "agent" else "full")
            if view == "original":
                start, end = max(0, min(hit.start, len(original))), max(0, min(hit.end, len(original)))
            else:
                start, end = (doc.agent if view == "agent" else doc.full).to_original(hit.start, hit.end)
            if end < start:
                start, end = end, start
            if hmeta.scope == "agent" and view != "agent" and doc.norm.quoted and _in_quotes(doc, start, end):
                continue
            if suppressions and is_suppressed(suppressions, rid, start):
                continue
            line, column = doc.lines.position(start)
            end_line, end_column = doc.lines.position(end)
            excerpt = original[start:end]
            message = hit.message
            if hmeta.sensitive:
                masked = mask(excerpt)
                if excerpt and excerpt in message:
                    message = message.replace(excerpt, masked)
                excerpt = masked
            yield Finding.trusted(rid, hmeta.category, self._severity(rid, hit.severity or hmeta.severity), message,
                                  start, end, line, column, end_line, end_column, excerpt, hit.suggestions, hit.fix,
                                  hit.confidence)

    def _stream_findings(self, streams, item: ReplyInput, report: Report) -> Report:
        """Add the findings of stream rules (which see the whole check_many call) to a report."""
        for rule, state in streams:
            report = self._add_stream_hits(rule, list(rule.check_in_stream(state, item, report)), item, report)
        return report

    def _add_stream_hits(self, rule: Rule, hits: list[Hit], item: ReplyInput, report: Report) -> Report:
        """A report with a stream rule's hits on its reply added as findings (suppressions applied)."""
        extra: list[Finding] = []
        if hits:
            lines = LineIndex(item.text)
            suppressions = parse_suppressions(item.text)
            for hit in hits:
                start, end = max(0, min(hit.start, len(item.text))), max(0, min(hit.end, len(item.text)))
                rid = rule.meta.id
                if suppressions and is_suppressed(suppressions, rid, start):
                    continue
                (line, column), (end_line, end_column) = lines.position(start), lines.position(end)
                extra.append(Finding.trusted(rid, rule.meta.category,
                                             self._severity(rid, hit.severity or rule.meta.severity), hit.message,
                                             start, end, line, column, end_line, end_column, item.text[start:end],
                                             hit.suggestions, hit.fix, hit.confidence))
        if not extra:
            return report
        findings = sorted([*report.findings, *extra], key=lambda f: (f.start, f.end, f.rule))
        return report.model_copy(update={"findings": findings,
                                         "verdict": self.policy.verdict(findings, report.rules)})

    def _report(self, doc: ReplyDoc, findings: list[Finding], statuses: list[RuleStatus], rules_ms: float,
                timed_out: bool, trouble: list[RuleStatus] | None = None) -> Report:
        unique: dict[tuple[str, int, int], Finding] = {}
        for f in findings:
            unique.setdefault((f.rule, f.start, f.end), f)
        if len(unique) > 1:
            _drop_repeats(unique)
        if len(unique) > 1 and self._secondary is not None:
            _demote_secondary(unique, *self._secondary)
        ordered = sorted(unique.values(), key=_POSITION)
        pii_fixes = [f for f in ordered if f.category is Category.PII and f.fix is not None and f.fix.safe]
        redacted = apply_fixes(doc.original, pii_fixes)[0] if pii_fixes else None
        prepare_ms = getattr(doc, "_prepare_ms", 0.0)
        # the one-reply path passes only the statuses that can change the verdict (see Policy.verdict)
        return Report.trusted(
            doc.id, doc.language, doc.language_confidence, doc.channel,
            self.policy.verdict(ordered, statuses if trouble is None else trouble, timed_out), ordered, statuses,
            Timing.trusted(round(prepare_ms + rules_ms, 4), round(prepare_ms, 4), round(rules_ms, 4)),
            redacted,
        )


# --------------------------------------------------------------------------- helpers


def _drop_repeats(unique: dict[tuple[str, int, int], Finding]) -> None:
    """Two rules of one family that say the same about the same words ('Dat is algemeen bekent.': typo.verb_form
    and typo.confused_word both want 'bekend') are one finding to the reader: the first rule's is kept."""
    seen: set[tuple] = set()
    for key, f in list(unique.items()):
        if f.suggestions:
            same = (f.category, f.start, f.end, f.suggestions[0])
            if same in seen:
                del unique[key]
            else:
                seen.add(same)


def _demote_secondary(unique: dict[tuple[str, int, int], Finding], secondary: dict[Category, list[Category]],
                      primary: frozenset[Category]) -> None:
    """Config.secondary: a family's warnings and errors become info in a reply with a warning or error of
    one of the families it is secondary to (the finding stays, with the reason in its message).
    ``primary``: every family some other one is secondary to."""
    info = Severity.INFO
    present = {f.category for f in unique.values() if f.category in primary and f.severity is not info}
    if not present:
        return  # (nearly every reply: no toxicity)
    for key, f in unique.items():
        over = secondary.get(f.category)
        if over and f.severity is not info and not present.isdisjoint(over):
            cause = next(family.value for family in over if family in present)
            unique[key] = f.model_copy(update={
                "severity": Severity.INFO,
                "message": f"{f.message} (reported as info: the reply already has a {cause} finding)"})


def _in_quotes(doc: ReplyDoc, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in doc.norm.quoted)


def _coerce_context(context: Context | Mapping[str, Any] | None) -> Context:
    if context is None:
        return Context()
    if isinstance(context, Context):
        return context
    if isinstance(context, Mapping):
        try:
            return Context.model_validate(context)
        except ValidationError as exc:
            raise InputError(f"invalid context: {_short(exc)}") from None
    raise InputError(f"context must be a Context or a mapping, got {type(context).__name__}")


def _coerce_channel(channel: Channel | str | None) -> Channel | None:
    if channel is None or isinstance(channel, Channel):
        return channel
    try:
        return Channel(str(channel).strip().lower())
    except ValueError:
        allowed = ", ".join(c.value for c in Channel)
        raise InputError(f"unknown channel {channel!r} (expected one of: {allowed})") from None


def _coerce_language(language: str | None) -> str | None:
    if language is None:
        return None
    try:
        return _LANGUAGE_CODES[language]
    except (KeyError, TypeError):
        pass
    if not isinstance(language, str):
        raise InputError(f"language must be a language code such as 'en', got {type(language).__name__}")
    from .models import normalise_language_code

    try:
        code = normalise_language_code(language)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if len(_LANGUAGE_CODES) < 256:
        _LANGUAGE_CODES[language] = code
    return code


_POSITION = attrgetter("start", "end", "rule")  # the order of a report's findings
_LANGUAGE_CODES: dict[str, str | None] = {}  # "EN", "nl_NL" -> code: every reply names its language


def _coerce(item: ReplyLike, index: int) -> ReplyInput:
    if isinstance(item, ReplyInput):
        return item
    if isinstance(item, str):
        return ReplyInput(text=item)
    if isinstance(item, Mapping):
        try:
            return ReplyInput.model_validate(item)
        except ValidationError as exc:
            raise InputError(f"item {index}: {_short(exc)}") from None
    raise InputError(f"item {index}: expected a str or a mapping with 'text', got {type(item).__name__}")


def _short(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'value'}: {e['msg']}" for e in exc.errors()[:3])


def _flatten_rule_options(rules: Mapping[str, Any], where: str) -> dict[str, dict[str, Any]]:
    """Accept ``[rules."tone.commitment"]`` and ``[rules.tone.commitment]`` alike."""
    out: dict[str, dict[str, Any]] = {}
    for key, value in rules.items():
        if key in registry:
            if not isinstance(value, Mapping):
                raise ConfigError(Messages.E003.format(path=where, key=f"rules.{key}", problem="must be a table"))
            out[key] = dict(value)
            continue
        if isinstance(value, Mapping) and any(r.startswith(key + ".") for r in registry.ids()):
            for sub, subvalue in value.items():
                rid = f"{key}.{sub}"
                if rid not in registry or not isinstance(subvalue, Mapping):
                    raise UnknownRuleError(Messages.E001.format(rule=rid, where=f"{where} [rules]"))
                out[rid] = dict(subvalue)
            continue
        raise UnknownRuleError(Messages.E001.format(rule=key, where=f"{where} [rules]"))
    return out


def _chunks(items: Iterable[ReplyInput], size: int) -> Iterator[list[ReplyInput]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# -- process pool --------------------------------------------------------------------

_WORKER_LINTER: Linter | None = None


def _worker_init(config_data: dict[str, Any], source: str | None) -> None:
    global _WORKER_LINTER
    from pathlib import Path

    cfg = Config.model_validate(config_data)
    cfg.source = Path(source) if source else None
    _WORKER_LINTER = Linter(cfg)


def _worker_check(chunk: list[ReplyInput], template: bool) -> list[Report]:
    assert _WORKER_LINTER is not None
    return _WORKER_LINTER._check_inputs(chunk, template)


def _parallel(config: Config, chunks: Iterator[list[ReplyInput]], template: bool, processes: int) -> Iterator[Report]:
    """Ordered results with a bounded number of chunks in flight, so that an
    export of millions of replies is streamed, not loaded into memory."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    data = config.model_dump(mode="json", exclude={"source"})
    source = str(config.source) if config.source else None
    with ProcessPoolExecutor(processes, mp_context=ctx, initializer=_worker_init, initargs=(data, source)) as pool:
        pending: deque[Future] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_worker_check, chunk, template))
            if len(pending) >= processes * 2:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


# -- module-level convenience ---------------------------------------------------------

_DEFAULT: Linter | None = None
_DEFAULT_LOCK = threading.Lock()


def default_linter() -> Linter:
    """The process-wide linter for the default configuration (built on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Linter()
    return _DEFAULT


def check(
    text: str,
    *,
    language: str | None = None,
    channel: Channel | str | None = None,
    context: Context | Mapping[str, Any] | None = None,
    config: Config | None = None,
) -> Report:
    """Check one reply with the default (or given) configuration.

    For many replies build a :class:`Linter` once and reuse it: building one
    loads and validates every rule pack.
    """
    linter = default_linter() if config is None else Linter(config)
    return linter.check(text, language=language, channel=channel, context=context)


__all__ = ["Linter", "check", "default_linter"]
