"""The view of one reply that every rule receives."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Callable, TypeVar

from .models import Channel, Company, Context, Customer
from .normalize import Normalized, View
from .offsets import LineIndex

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .config import Config
    from .language import LanguageDetector
    from .nlp import NlpProvider
    from .packs import PackStore

T = TypeVar("T")


class ReplyDoc:
    """One reply, normalised once, with lazily computed extras.

    ``text`` is the agent's own words (quoted customer text removed);
    ``full_text`` is everything that will be sent. ``spacy`` is a spaCy
    ``Doc`` over ``text``, built on first use. ``memo`` lets several rules
    share one computation (all ``pii.*`` rules share one entity scan).
    """

    def __init__(
        self,
        original: str,
        norm: Normalized,
        *,
        language: str | None,
        language_confidence: float | None,
        channel: Channel | None,
        context: Context,
        config: Config,
        nlp: NlpProvider,
        packs: PackStore,
        template: bool = False,
        id: str | None = None,
        detector: LanguageDetector | None = None,
    ):
        self.original = original
        self.norm = norm
        self.language = language
        self.language_confidence = language_confidence
        self.channel = channel
        self.context = context
        self.config = config
        self.template = template
        self.id = id
        self._nlp = nlp
        self.packs = packs
        self.detector = detector
        self._memo: dict[str, Any] = {}

    # -- views ------------------------------------------------------------------
    @property
    def agent(self) -> View:
        return self.norm.agent

    @property
    def full(self) -> View:
        return self.norm.full

    @property
    def text(self) -> str:
        return self.norm.agent.text

    @property
    def full_text(self) -> str:
        return self.norm.full.text

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence of ``text`` (see :func:`replylint.textutil.sentences`)."""
        from .textutil import sentences

        return sentences(self.text)

    @cached_property
    def spacy(self) -> Doc:
        return self._nlp(self.language, self.text)

    @property
    def nlp(self) -> NlpProvider:
        """The linter's spaCy provider (pipelines per language, loaded on first use)."""
        return self._nlp

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.original)

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = compute()
            return value

    # -- context shortcuts ----------------------------------------------------------
    @cached_property
    def customer(self) -> Customer:
        return self.context.customer or Customer()

    @cached_property
    def company(self) -> Company:
        return self.context.company or Company()

    @property
    def incoming(self) -> str | None:
        return self.context.incoming

    @property
    def is_public(self) -> bool:
        return self.channel is not None and self.channel.is_public

    def pack(self, family: str, language: str | None = None):
        """The merged pack of ``family`` for this reply's language (or ``language``)."""
        lang = language or self.language
        return self.packs.get(family, lang) if lang else None
