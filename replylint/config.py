"""Configuration: the options, where they come from, and clear errors.

Settings live in ``[tool.replylint]`` of a ``pyproject.toml`` or at the top
level of a ``replylint.toml`` (``.replylint.toml`` also works), discovered
upward from the checked file like ruff and Vale do. Keys are kebab-case in
files (``fail-on``) and snake_case in Python (``fail_on``). An unknown key is
an error that names the key and the file: a typo in a linter's config must
not silently switch a rule off.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError, Messages
from .models import Category, Channel, Company, Severity, normalise_language_code

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_FILES = ("replylint.toml", ".replylint.toml", "pyproject.toml")

DEFAULT_INCLUDE = ["*.txt", "*.md", "*.html", "*.htm", "*.liquid", "*.j2", "*.jinja", "*.hbs", "*.mustache",
                   "*.jsonl", "*.csv", "*.eml"]
TEMPLATE_SUFFIXES = (".liquid", ".j2", ".jinja", ".jinja2", ".hbs", ".handlebars", ".mustache")


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", alias_generator=_kebab, populate_by_name=True)


FailMode = Literal["open", "closed"]


class PolicyConfig(_Section):
    """How findings become a verdict (send / warn / block)."""

    block: list[str] = Field(default_factory=lambda: ["error"],
                             description="Severities or rule selectors that block sending.")
    warn: list[str] = Field(default_factory=lambda: ["warning"],
                            description="Severities or rule selectors that warn.")
    on_unavailable: dict[str, FailMode] = Field(
        default_factory=lambda: {"default": "open"},
        description="Per rule family (or 'default'): block (closed) or send (open) when a backend is unavailable.",
    )
    on_timeout: FailMode = Field(default="open", description="What a blown time budget means for the verdict.")
    budget_ms: float | None = Field(default=None, gt=0, description="Per-call time budget for the pre-send gate.")

    def fail_mode(self, family: str) -> FailMode:
        return self.on_unavailable.get(family, self.on_unavailable.get("default", "open"))


class ChannelProfile(_Section):
    """What a channel can show and how long a message may be (see docs/configuration.md)."""

    max_length: int | None = Field(default=None, ge=1, description="Maximum length, counted as `count` says.")
    count: Literal["characters", "twitter", "sms"] = Field(
        default="characters", description="characters: code points; twitter: X's weighted count (URLs as 23); "
                                          "sms: GSM-7/UCS-2 segments")
    max_segments: int | None = Field(default=None, ge=1, description="SMS: most segments allowed.")
    markup: Literal["none", "whatsapp", "markdown", "html"] = Field(
        default="none", description="What the channel renders; other markup shows up raw.")


DEFAULT_CHANNELS: dict[str, dict[str, Any]] = {
    "email": {"markup": "html"},
    "chat": {"markup": "none", "max_length": 5000},
    "sms": {"count": "sms", "max_segments": 3, "markup": "none"},
    "social_public": {"count": "twitter", "max_length": 280, "markup": "none"},
    "social_dm": {"max_length": 10000, "markup": "none"},
    "whatsapp": {"max_length": 4096, "markup": "whatsapp"},
}


class SpacyConfig(_Section):
    """Which spaCy pipeline to use per language; blank pipelines by default."""

    models: dict[str, str] = Field(default_factory=dict,
                                   description="Language code -> installed package name or path, e.g. en = 'en_core_web_sm'.")


class DetoxifyConfig(_Section):
    enabled: bool = False
    model: Literal["original", "unbiased", "multilingual", "original-small", "unbiased-small"] = "multilingual"
    checkpoint: str | None = Field(default=None, description="Local .ckpt path (offline use).")
    huggingface_config_path: str | None = Field(default=None, description="Local HF config + tokenizer dir.")
    device: str = "cpu"
    batch_size: int = Field(default=16, ge=1)
    thresholds: dict[str, float] = Field(default_factory=dict)
    languages: list[str] = Field(default_factory=lambda: ["en", "fr", "es", "it", "pt", "tr", "ru"])


class LanguageToolConfig(_Section):
    enabled: bool = False
    url: str | None = Field(default=None, description="Remote/self-hosted LanguageTool server, e.g. http://localhost:8081")
    local_server: bool = Field(default=False, description="Start language_tool_python's local Java server.")
    timeout_s: float = Field(default=5.0, gt=0)
    batch_size: int = Field(default=20, ge=1)
    disabled_rules: list[str] = Field(default_factory=list)
    mother_tongue: str | None = None


class BackendsConfig(_Section):
    detoxify: DetoxifyConfig = Field(default_factory=DetoxifyConfig)
    languagetool: LanguageToolConfig = Field(default_factory=LanguageToolConfig)


class ServerConfig(_Section):
    """The HTTP service (`replylint serve`). The API key is better given as REPLYLINT_API_KEY."""

    host: str = "127.0.0.1"
    port: int = Field(default=8080, ge=0, le=65535)
    workers: int = Field(default=1, ge=1, description="Worker processes (each loads its own models).")
    api_key: str | None = Field(default=None, description="Bearer token clients must send; REPLYLINT_API_KEY wins.")
    allow_no_auth: bool = Field(default=False, description="Allow serving without a key on a non-loopback address.")
    max_body_bytes: int = Field(default=1_000_000, ge=1024, description="Larger requests get 413.")
    timeout_s: float = Field(default=10.0, gt=0, description="Per-request time-out (504).")
    max_concurrency: int = Field(default=8, ge=1, description="Checks running at once per worker; more get 429.")
    max_batch: int = Field(default=100, ge=1, description="Most replies in one /v1/check/batch request.")
    cors_origins: list[str] = Field(default_factory=list, description="Origins allowed by CORS (none by default).")


class Config(_Section):
    """Every option of replylint. See docs/configuration.md for the reference."""

    select: list[str] = Field(default_factory=lambda: ["ALL"], description="Rule ids or prefixes to enable.")
    extend_select: list[str] = Field(default_factory=list, description="Added to select (e.g. opt-in rules).")
    ignore: list[str] = Field(default_factory=list, description="Rule ids or prefixes to disable.")
    severity: dict[str, Severity] = Field(default_factory=dict, description="Override severity per rule or prefix.")
    rules: dict[str, Any] = Field(default_factory=dict, description="Per-rule options, keyed by rule id.")
    language: str | None = Field(default=None, description="Force the reply language (skip detection).")
    default_language: str = Field(default="en", description="Used when detection is not confident.")
    languages: list[str] = Field(default_factory=lambda: ["en", "nl", "ar", "de", "fr", "es", "it", "pt", "tr"],
                                 description="Candidate languages for detection.")
    channel: Channel | None = Field(default=None, description="Default channel when a check does not give one.")
    company: Company | None = Field(default=None, description="Default company (name, own contacts).")
    vocabulary: list[str] = Field(default_factory=list, description="Product/brand names that are never typos.")
    formality: Literal["formal", "informal"] | None = Field(default=None, description="Dutch house style (u or je).")
    packs: list[str] = Field(default_factory=list, description="Extra rule-pack files or folders (YAML).")
    include: list[str] = Field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = Field(default_factory=list)
    fail_on: Severity = Severity.ERROR
    template_variables: list[str] | None = Field(default=None, description="Allowed template variables (template mode).")
    templates: str | None = Field(default=None, description="Folder of the company's macros (canned.verbatim).")
    text_column: str | None = Field(default=None, description="CSV column holding the reply text.")
    channels: dict[Channel, ChannelProfile] = Field(
        default_factory=dict, description="Per-channel limits and markup, merged over the documented defaults.")
    secondary: dict[str, list[str]] = Field(
        default_factory=lambda: {"tone": ["toxicity"]},
        description="Families whose warnings and errors are reported at info in a reply that already has a "
                    "warning or error of one of the listed families. A reply with an insult or swearing has to be "
                    "rewritten anyway, and a 'blames the customer' warning beside it is noise. "
                    "{} reports every finding at its own severity.")
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    spacy: SpacyConfig = Field(default_factory=SpacyConfig)
    server: ServerConfig = Field(default_factory=ServerConfig)
    backends: BackendsConfig = Field(default_factory=BackendsConfig)

    # not an option: where this config came from (for messages and relative paths)
    source: Path | None = Field(default=None, exclude=True)

    @field_validator("secondary")
    @classmethod
    def _secondary(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        known = {c.value for c in Category}
        unknown = sorted({name for key, over in v.items() for name in [key, *over]} - known)
        if unknown:
            raise ValueError(f"unknown rule famil{'ies' if len(unknown) > 1 else 'y'} {', '.join(unknown)} "
                             f"(expected: {', '.join(sorted(known))})")
        return v

    @field_validator("language")
    @classmethod
    def _language(cls, v: str | None) -> str | None:
        return normalise_language_code(v)

    @field_validator("default_language")
    @classmethod
    def _default_language(cls, v: str) -> str:
        return normalise_language_code(v) or "en"

    @field_validator("languages")
    @classmethod
    def _languages(cls, v: list[str]) -> list[str]:
        return [c for c in (normalise_language_code(x) for x in v) if c]

    def channel_profile(self, channel: Channel) -> ChannelProfile:
        """The effective profile: the documented default for the channel, overridden by the config."""
        base = dict(DEFAULT_CHANNELS.get(channel.value, {}))
        own = self.channels.get(channel)
        if own is not None:
            base.update(own.model_dump(exclude_unset=True))
        return ChannelProfile.model_validate(base)

    @property
    def root(self) -> Path:
        return self.source.parent if self.source else Path.cwd()

    def resolve_path(self, value: str) -> Path:
        path = Path(value).expanduser()
        return path if path.is_absolute() else self.root / path

    def with_overrides(self, **overrides: Any) -> Config:
        """A copy with CLI/API overrides applied (``None`` values are ignored)."""
        data = self.model_dump(exclude={"source"})
        for key, value in overrides.items():
            if value is None:
                continue
            if key == "extend_ignore":
                data["ignore"] = [*data["ignore"], *value]
            else:
                data[key] = value
        try:
            cfg = Config.model_validate(data)
        except ValidationError as exc:
            raise ConfigError(_explain(exc, "command line", "options")) from None
        cfg.source = self.source
        return cfg


# --------------------------------------------------------------------------- loading


def _explain(exc: ValidationError, path: Any, table: str) -> str:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(Messages.E002.format(path=path, key=loc, table=table))
        else:
            lines.append(Messages.E003.format(path=path, key=loc, problem=err["msg"]))
    return "\n".join(lines)


def parse_config(data: dict[str, Any], path: Path | str | None = None, table: str = "[tool.replylint]") -> Config:
    """Validate a settings mapping, raising :class:`ConfigError` that names the file and key."""
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_explain(exc, path or "<config>", table)) from None
    cfg.source = Path(path).resolve() if path else None
    return cfg


def load_config_file(path: Path | str) -> Config:
    """Load one config file (``pyproject.toml`` or ``replylint.toml``)."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(Messages.E013.format(path=path))
    return _load_cached(path.resolve(), path.stat().st_mtime_ns)


@lru_cache(maxsize=64)
def _load_cached(path: Path, _mtime: int) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Messages.E004.format(path=path, problem=exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(Messages.E006.format(path=path, problem=exc)) from None
    if path.name == "pyproject.toml":
        section = data.get("tool", {}).get("replylint", {})
        table = "[tool.replylint]"
    else:
        section = data.get("tool", {}).get("replylint", data) if "tool" in data else data
        table = "replylint.toml"
    if not isinstance(section, dict):
        raise ConfigError(Messages.E003.format(path=path, key="tool.replylint", problem="must be a table"))
    return parse_config(section, path, table)


def find_config_file(start: Path | str) -> Path | None:
    """The nearest config file at or above ``start`` (a file or a folder)."""
    start = Path(start).resolve()
    folder = start if start.is_dir() else start.parent
    for directory in (folder, *folder.parents):
        for name in CONFIG_FILES:
            candidate = directory / name
            if candidate.is_file():
                if name == "pyproject.toml" and not _has_tool_section(candidate):
                    continue
                return candidate
    return None


def _has_tool_section(path: Path) -> bool:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Messages.E004.format(path=path, problem=exc)) from None
    except (OSError, UnicodeDecodeError):
        return False
    return isinstance(data.get("tool", {}).get("replylint"), dict)


def discover_config(start: Path | str | None = None) -> Config:
    """The config that applies to ``start`` (default: the working directory)."""
    path = find_config_file(start or Path.cwd())
    return load_config_file(path) if path else Config()
