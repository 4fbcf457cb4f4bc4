"""spaCy behind a small interface, loaded lazily and once per process.

Importing spaCy costs most of a second, and building a language's tokenizer
another 0.2-0.3 s, so nothing here runs at import time: the first reply in a
language pays for that language only. Trained pipelines (for NER) are used
when configured and installed; otherwise a blank pipeline (tokenizer only)
is used, which is what the default install ships with.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc


_SHARED: dict[tuple, NlpProvider] = {}
_SHARED_LOCK = threading.Lock()


class NlpProvider:
    """Per-language spaCy pipelines, shared by every rule of a linter (and by
    every linter with the same pipeline settings: loading a language costs
    0.2-0.3 s, so it is paid once per process)."""

    @classmethod
    def shared(cls, models: dict[str, str] | None = None) -> NlpProvider:
        key = tuple(sorted((models or {}).items()))
        with _SHARED_LOCK:
            if key not in _SHARED:
                _SHARED[key] = cls(models)
            return _SHARED[key]

    def __init__(self, models: dict[str, str] | None = None):
        self._models = dict(models or {})
        self._pipelines: dict[str, Language] = {}
        self._trained: dict[str, bool] = {}
        self._notes: dict[str, str] = {}
        self._lock = threading.RLock()
        self._call_lock = threading.Lock()
        self._ar_seen: set[int] = set()  # Arabic lexemes whose NORM is already arabic_norm()

    def get(self, language: str | None) -> Language:
        lang = language or "xx"
        nlp = self._pipelines.get(lang)
        if nlp is not None:
            return nlp
        with self._lock:
            if lang not in self._pipelines:
                self._pipelines[lang] = self._load(lang)
            return self._pipelines[lang]

    def _load(self, lang: str) -> Language:
        import spacy

        name = self._models.get(lang)
        if name:
            try:
                nlp = spacy.load(name)
                self._trained[lang] = True
                return nlp
            except (OSError, ImportError, ValueError) as exc:
                self._notes[lang] = f"spaCy pipeline {name!r} could not be loaded ({exc}); using a blank pipeline"
        self._trained[lang] = False
        try:
            nlp = spacy.blank(lang)
        except (ImportError, KeyError, ValueError):
            nlp = spacy.blank("xx")
        # a tokenizer alone needs no parser memory: the 1M-character guard is for trained pipelines
        nlp.max_length = 100_000_000
        return nlp

    def is_trained(self, language: str | None) -> bool:
        self.get(language)
        return self._trained.get(language or "xx", False)

    def note(self, language: str | None) -> str | None:
        """Why a configured pipeline is not in use, if it is not."""
        return self._notes.get(language or "xx")

    def __call__(self, language: str | None, text: str) -> Doc:
        nlp = self.get(language)
        # The tokenizer mutates the shared vocabulary; serialise calls so one
        # Linter can be shared by many threads.
        with self._call_lock:
            if self._trained.get(language or "xx") and len(text) <= nlp.max_length:
                doc = nlp(text)
            else:
                doc = nlp.make_doc(text)  # blank pipeline, or too long for the trained one: tokens only
            if language == "ar":
                self._arabic_norms(nlp, doc)
            return doc

    def _arabic_norms(self, nlp, doc: Doc) -> None:
        """Give each Arabic word's lexeme its normalised form as NORM, the form replylint's own token
        patterns compare (patterns.arabic_norm), so plugins matching ``doc.spacy`` on NORM agree with them.

        Lexemes are shared by every doc, so only words never seen before need the work (setting the
        NORM token by token cost more than tokenising)."""
        from spacy.attrs import ORTH

        from .patterns import arabic_norm

        seen = self._ar_seen
        new = set(doc.to_array(ORTH).tolist()) - seen
        vocab = nlp.vocab
        for orth in new:
            lexeme = vocab[orth]
            lexeme.norm_ = arabic_norm(lexeme.orth_)
        seen |= new

    def loaded(self) -> dict[str, Any]:
        return {lang: ("trained" if self._trained.get(lang) else "blank") for lang in self._pipelines}
