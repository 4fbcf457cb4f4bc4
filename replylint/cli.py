"""The ``replylint`` command.

Exit codes (as ruff): 0 no findings at the fail level, 1 findings at or above
it, 2 a usage, configuration or input error. Heavy modules (spaCy, models)
are imported only when a reply is actually checked, so ``replylint rules``
and ``--help`` are instant.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import json
import os
import sys
import time
from collections import deque
from pathlib import Path
from typing import IO, Any, Iterator

from ._version import __version__
from .config import Config, find_config_file, load_config_file
from .errors import ReplylintError
from .models import Channel, Severity

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: list[str] | None) -> list[str] | None:
    if values is None:
        return None
    return [p.strip() for v in values for p in v.split(",") if p.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="replylint",
        description="Check customer-service replies before they are sent.",
    )
    parser.add_argument("--version", action="version", version=f"replylint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="check replies, templates or batches (.jsonl/.csv)")
    check.add_argument("paths", nargs="*", default=[], metavar="PATH",
                       help="files, folders or globs; '-' reads one reply from stdin (default: .)")
    check.add_argument("--format", choices=["text", "json", "jsonl", "sarif", "github"], default="text")
    check.add_argument("--select", action="append", metavar="RULES", help="rule ids or prefixes (comma separated)")
    check.add_argument("--extend-select", action="append", metavar="RULES", help="add rules to the selection")
    check.add_argument("--ignore", action="append", metavar="RULES", help="rule ids or prefixes to skip")
    check.add_argument("--language", metavar="LANG", help="reply language (default: detect)")
    check.add_argument("--channel", choices=[c.value for c in Channel])
    check.add_argument("--context", metavar="FILE.json", help="conversation context for single replies")
    check.add_argument("--fail-on", choices=[s.value for s in Severity], help="lowest severity that fails (default: error)")
    check.add_argument("--fix", action="store_true", help="apply safe fixes (writes files; stdin: prints the result)")
    check.add_argument("--diff", action="store_true", help="with --fix: print a diff instead of writing")
    check.add_argument("--statistics", action="store_true", help="count findings per rule")
    check.add_argument("--template", action="store_true", default=None,
                       help="treat inputs as templates (default: by suffix .liquid/.j2/.hbs/...)")
    check.add_argument("--config", metavar="FILE", help="use this config file instead of discovering one")
    check.add_argument("--isolated", action="store_true", help="ignore all config files")
    check.add_argument("--stdin-filename", metavar="NAME", help="name used for stdin (config discovery, suffix)")
    check.add_argument("--text-column", metavar="COL", help="CSV column holding the reply text")
    check.add_argument("--id-column", metavar="COL", help="CSV column holding the record id")
    check.add_argument("--encoding", metavar="ENC", help="input encoding (default: UTF-8)")
    check.add_argument("--processes", type=int, default=1, metavar="N", help="worker processes for batches")
    check.add_argument("--output", metavar="FILE", help="write the report to FILE instead of stdout")
    check.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    check.add_argument("--no-source", action="store_true", help="text format: do not show the source line")
    check.add_argument("--quiet", "-q", action="store_true", help="no progress, notes or summary")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--category", help="only this category")
    rules.set_defaults(func=cmd_rules)

    models = sub.add_parser("models", help="fetch optional model weights for offline use")
    models_sub = models.add_subparsers(dest="models_command", metavar="ACTION")
    download = models_sub.add_parser("download", help="download a Detoxify model and write an offline copy")
    download.add_argument("--model", default="multilingual",
                          choices=["original", "unbiased", "multilingual", "original-small", "unbiased-small"])
    download.add_argument("--dest", default=None, help="folder for the files (default: ~/.cache/replylint/models)")
    models.set_defaults(func=cmd_models)

    serve = sub.add_parser("serve", help="run the HTTP pre-send service (pip install 'replylint[server]')")
    serve.add_argument("--host", help="address to bind (default from config: 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default from config: 8080)")
    serve.add_argument("--workers", type=int, help="worker processes")
    serve.add_argument("--config", metavar="FILE", help="config file (default: discovered from the working folder)")
    serve.add_argument("--insecure-no-auth", action="store_true",
                       help="allow serving without an API key on a non-loopback address")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    serve.add_argument("--print-openapi", action="store_true", help="print the OpenAPI schema and exit")
    serve.set_defaults(func=cmd_serve)

    preview = sub.add_parser("preview", help="render a template with sample, empty and right-to-left values")
    preview.add_argument("template", help="a macro file (.liquid, .j2, .hbs, ...)")
    preview.add_argument("--value", action="append", default=[], metavar="NAME=VALUE",
                         help="value for a variable in the sample render (repeatable)")
    preview.add_argument("--language", metavar="LANG", help="language of the rendered reply (default: detect)")
    preview.add_argument("--channel", choices=[c.value for c in Channel])
    preview.add_argument("--encoding", metavar="ENC")
    preview.set_defaults(func=cmd_preview)

    explain = sub.add_parser("explain", help="show the documentation of a rule")
    explain.add_argument("rule")
    explain.set_defaults(func=cmd_explain)
    return parser


# --------------------------------------------------------------------------- helpers


class _Configs:
    """One config (and one linter) per config file, discovered per input."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self._configs: dict[str, Config] = {}
        self._linters: dict[int, Any] = {}
        self.overrides = dict(
            select=_split(args.select), extend_select=_split(args.extend_select),
            extend_ignore=_split(args.ignore), language=args.language,
            channel=args.channel, fail_on=args.fail_on,
        )

    def config_for(self, path: Path | None) -> Config:
        if self.args.isolated:
            key, load = "<isolated>", Config
        elif self.args.config:
            key, load = str(Path(self.args.config).resolve()), lambda: load_config_file(self.args.config)
        else:
            found = find_config_file(path or Path.cwd())
            key, load = (str(found), lambda: load_config_file(found)) if found else ("<default>", Config)
        if key not in self._configs:
            self._configs[key] = load().with_overrides(**self.overrides)
        return self._configs[key]

    def linter_for(self, path: Path | None):
        from .pipeline import Linter

        cfg = self.config_for(path)
        if id(cfg) not in self._linters:
            self._linters[id(cfg)] = Linter(cfg)
        return self._linters[id(cfg)]


class _Progress:
    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.count = 0
        self._last = 0.0

    def tick(self) -> None:
        self.count += 1
        if self.enabled and self.count >= 50:
            now = time.monotonic()
            if now - self._last > 0.2:
                sys.stderr.write(f"\rreplylint: {self.count} replies checked")
                sys.stderr.flush()
                self._last = now

    def done(self) -> None:
        if self.enabled and self._last:
            sys.stderr.write("\r" + " " * 40 + "\r")


def _open_output(path: str | None) -> IO[str]:
    if path is None:
        return sys.stdout
    return open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed in cmd_check


def _use_color(mode: str, out: IO[str]) -> bool:
    if mode == "always":
        return True
    if mode == "never" or os.environ.get("NO_COLOR"):
        return False
    return hasattr(out, "isatty") and out.isatty()


# --------------------------------------------------------------------------- check


def cmd_check(args: argparse.Namespace) -> int:
    from .inputs import FileInput, InputProblem, iter_paths, read_path, read_stdin
    from .output import Source, Summary, make_formatter

    if args.diff and not args.fix:
        args.fix = True
    if args.processes < 1:
        raise ReplylintError("--processes must be at least 1")
    configs = _Configs(args)
    context = _load_context(args.context)
    out = _open_output(args.output)
    fixed_to_stdout = args.fix and not args.diff and (args.paths == ["-"])
    report_out = sys.stderr if fixed_to_stdout else out
    fmt = make_formatter(args.format, report_out, color=_use_color(args.color, report_out),
                         show_source=not args.no_source)
    summary = Summary()
    problems = 0
    failed = False
    skipped_notes: dict[str, str] = {}
    progress = _Progress(enabled=sys.stderr.isatty() and not args.quiet)
    fmt.begin()

    def emit(source: Source, report, linter) -> None:
        nonlocal failed
        summary.add(report)
        if not args.statistics or args.format != "text":
            fmt.add(source, report)
        for s in report.rules:
            if s.cause == "unavailable" and s.reason:
                skipped_notes.setdefault(s.rule, s.reason)
        if any(f.severity.rank >= linter.config.fail_on.rank for f in report.findings):
            failed = True
        progress.tick()

    def problem(p: InputProblem) -> None:
        nonlocal problems
        problems += 1
        sys.stderr.write(f"replylint: error: {p.message}\n")

    paths = args.paths or ["."]
    try:
        if paths == ["-"]:
            stdin_path = Path(args.stdin_filename) if args.stdin_filename else None
            item = read_stdin(args.encoding, args.template)
            if isinstance(item, InputProblem):
                problem(item)
            else:
                if stdin_path is not None and args.template is None:
                    from .config import TEMPLATE_SUFFIXES

                    item.template = stdin_path.suffix.lower() in TEMPLATE_SUFFIXES
                _check_file(item, configs, context, args, emit, stdin_path)
        else:
            for entry in iter_paths(paths, configs.config_for):
                if isinstance(entry, InputProblem):
                    problem(entry)
                    continue
                items = read_path(entry, template=args.template, encoding=args.encoding,
                                  text_column=args.text_column, id_column=args.id_column)
                first = next(items, None)
                if first is None:
                    continue
                if isinstance(first, FileInput):
                    _check_file(first, configs, context, args, emit, first.path)
                    continue
                _check_records(_chain(first, items), configs, args, emit, problem)
    finally:
        progress.done()
        fmt.end(summary)
        if args.statistics:
            _print_statistics(summary, out if args.format == "text" else sys.stderr)
        if not args.quiet and args.format == "text":
            for rule, reason in sorted(skipped_notes.items()):
                sys.stderr.write(f"replylint: note: {rule} was skipped: {reason}\n")
        if out is not sys.stdout:
            out.close()
    if problems:
        return EXIT_ERROR
    return EXIT_FINDINGS if failed else EXIT_OK


def _chain(first, rest) -> Iterator:
    yield first
    yield from rest


def _load_context(path: str | None):
    if not path:
        return None
    from pydantic import ValidationError

    from .models import Context

    try:
        return Context.model_validate(json.loads(Path(path).read_text(encoding="utf-8")))
    except (OSError, json.JSONDecodeError, ValidationError) as exc:
        raise ReplylintError(f"{path}: cannot use as --context: {exc}") from None


def _check_file(item, configs: _Configs, context, args, emit, path: Path | None) -> None:
    from .fixes import apply_fixes
    from .output import Source

    linter = configs.linter_for(path)
    report = linter.check(item.text, context=context, template=item.template)
    label = str(path) if path is not None else None
    if args.fix:
        fixed, count = apply_fixes(item.text, report.findings)
        if args.diff:
            if count:
                name = label or "stdin"
                sys.stdout.writelines(difflib.unified_diff(
                    item.text.splitlines(keepends=True), fixed.splitlines(keepends=True),
                    fromfile=f"a/{name}", tofile=f"b/{name}"))
        elif item.path is None:
            sys.stdout.write(fixed)
        elif count:
            item.path.write_text(fixed, encoding="utf-8")
        if count and not args.diff:
            report = linter.check(fixed, context=context, template=item.template)
            item = type(item)(item.path, fixed, item.template)
    emit(Source(label, None, item.text), report, linter)


def _check_records(entries: Iterator, configs: _Configs, args, emit, problem) -> None:
    from .inputs import InputProblem
    from .output import Source

    if args.fix:
        sys.stderr.write("replylint: note: --fix does not rewrite .jsonl/.csv files; "
                         "use --format jsonl and each record's redacted_text\n")
    pending: deque = deque()
    linter = None

    def records():
        for entry in entries:
            if isinstance(entry, InputProblem):
                problem(entry)
                continue
            pending.append(entry)
            yield entry.record

    first_path = None
    gen = records()
    # peek to know which config applies (all records of one file share it)
    try:
        first = next(gen)
    except StopIteration:
        return
    first_path = pending[0].path
    linter = configs.linter_for(first_path)

    def all_records():
        yield first
        yield from gen

    for report in linter.check_many(all_records(), processes=args.processes):
        entry = pending.popleft()
        emit(Source(str(entry.path), entry.record.id, entry.record.text), report, linter)


def _print_statistics(summary, out: IO[str]) -> None:
    from .registry import registry

    for rule, count in summary.by_rule.most_common():
        try:
            meta = registry.get(rule).meta
            desc = f"[{meta.severity.value}] {meta.summary}"
        except ReplylintError:
            desc = ""
        out.write(f"{count:>6}  {rule:<32} {desc}\n")


# --------------------------------------------------------------------------- rules / explain


def cmd_rules(args: argparse.Namespace) -> int:
    from .registry import registry

    rules = [c.meta for c in registry if not args.category or c.meta.category.value == args.category]
    if args.format == "json":
        data = [m.model_dump(mode="json", exclude={"examples"}) for m in rules]
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    width = max((len(m.id) for m in rules), default=10)
    for m in rules:
        langs = "any" if "*" in m.languages else ",".join(m.languages)
        optin = " (opt-in)" if not m.default_enabled else ""
        sys.stdout.write(f"{m.id:<{width}}  {m.category.value:<9} {m.severity.value:<7} {langs:<9} {m.summary}{optin}\n")
    return EXIT_OK


def cmd_models(args: argparse.Namespace) -> int:
    if args.models_command != "download":
        sys.stderr.write("usage: replylint models download [--model NAME] [--dest DIR]\n")
        return EXIT_ERROR
    from .backends.detoxify import download

    if any(importlib.util.find_spec(m) is None for m in ("detoxify", "torch", "transformers")):
        raise ReplylintError("Detoxify is not installed: pip install 'replylint[detoxify]'")
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    dest = Path(args.dest) if args.dest else Path(base) / "replylint" / "models"
    try:
        checkpoint, hf_dir = download(args.model, dest)
    except (OSError, ValueError, RuntimeError) as exc:
        raise ReplylintError(f"download failed: {exc}") from None
    sys.stdout.write(
        f"Downloaded Detoxify {args.model!r}. Add this to your replylint config (works offline from now on):\n\n"
        f"[tool.replylint.backends.detoxify]\nenabled = true\nmodel = \"{args.model}\"\n"
        f"checkpoint = \"{checkpoint}\"\nhuggingface-config-path = \"{hf_dir}\"\n")
    return EXIT_OK


_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def cmd_serve(args: argparse.Namespace) -> int:
    if any(importlib.util.find_spec(m) is None for m in ("fastapi", "uvicorn")):
        raise ReplylintError("the HTTP service needs its extra: pip install 'replylint[server]'")
    from .config import discover_config
    from .server.app import API_KEY_ENV, create_app, resolve_api_key

    config = load_config_file(args.config) if args.config else discover_config()
    overrides = {k: v for k, v in (("host", args.host), ("port", args.port), ("workers", args.workers)) if v is not None}
    if overrides:
        config = config.with_overrides(server={**config.server.model_dump(), **overrides})
    settings = config.server
    if args.print_openapi:
        json.dump(create_app(config, warm=False).openapi(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    if resolve_api_key(settings) is None and settings.host not in _LOOPBACK \
            and not (settings.allow_no_auth or args.insecure_no_auth):
        raise ReplylintError(f"refusing to serve on {settings.host} without an API key: set {API_KEY_ENV} "
                             f"(or pass --insecure-no-auth if a proxy in front of it checks access)")
    import uvicorn

    from .server import logs

    logs.configure(args.log_level)
    if args.config:
        os.environ["REPLYLINT_CONFIG"] = str(Path(args.config).resolve())
    logs.LOGGER.info(f"replylint {__version__} serving on http://{settings.host}:{settings.port}",
                     extra={"event": "start"})
    uvicorn.run("replylint.server.app:app_from_env", factory=True, host=settings.host, port=settings.port,
                workers=settings.workers, log_config=None, access_log=False, log_level=args.log_level)
    return EXIT_OK


def cmd_preview(args: argparse.Namespace) -> int:
    """What the customer would see: the macro rendered three ways, each checked as a reply."""
    from .inputs import InputProblem, decode
    from .output import Source, TextFormatter
    from .pipeline import Linter
    from .templates import render, sample_values

    path = Path(args.template)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReplylintError(f"{path}: cannot read file: {exc.strerror or exc}") from None
    text = decode(data, str(path), args.encoding)
    if isinstance(text, InputProblem):
        raise ReplylintError(text.message)
    values = sample_values(text)
    for item in args.value:
        name, sep, value = item.partition("=")
        if not sep:
            raise ReplylintError(f"--value expects NAME=VALUE, got {item!r}")
        values[name.strip()] = value
    linter = Linter(_Configs(argparse.Namespace(
        isolated=False, config=None, select=None, extend_select=None, ignore=None, language=args.language,
        channel=args.channel, fail_on=None)).config_for(path))
    worst = EXIT_OK
    renders = [("sample values", values), ("empty values (the helpdesk does not know them)", {}),
               ("right-to-left values", sample_values(text, rtl=True))]
    for label, vals in renders:
        rendered = render(text, vals)
        sys.stdout.write(f"== {label} ==\n{rendered.rstrip()}\n\n")
        report = linter.check(rendered, language=args.language, channel=args.channel)
        formatter = TextFormatter(sys.stdout, color=_use_color("auto", sys.stdout))
        formatter.add(Source(f"{path} [{label.split(' (')[0]}]", None, rendered), report)
        if report.findings:
            worst = EXIT_FINDINGS
    return worst


def cmd_explain(args: argparse.Namespace) -> int:
    from .docsgen import rule_doc
    from .registry import registry

    cls = registry.get(args.rule)
    sys.stdout.write(rule_doc(cls, level=1) + "\n")
    return EXIT_OK


# --------------------------------------------------------------------------- entry point


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except ReplylintError as exc:
        sys.stderr.write(f"replylint: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        sys.stderr.write("replylint: interrupted\n")
        return 130
    except BrokenPipeError:
        # stdout closed early (e.g. `| head`): not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
