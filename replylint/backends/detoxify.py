"""The Detoxify backend: real models, loaded lazily, once per process.

``pip install 'replylint[detoxify]'``. Weights come from Detoxify's GitHub
releases on machines with internet (``replylint models download`` fetches
them once and writes an offline copy), or from a local checkpoint and
Hugging Face config folder on air-gapped machines. Nothing here is imported
by the default install: the module imports torch only inside methods.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from pathlib import Path
from typing import Any

from ..config import DetoxifyConfig
from ..errors import BackendUnavailable, Messages

LABELS = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack", "sexual_explicit")

_INSTANCES: dict[tuple, DetoxifyBackend] = {}
_LOCK = threading.Lock()


def _key(cfg: DetoxifyConfig) -> tuple:
    return (cfg.model, cfg.checkpoint, cfg.huggingface_config_path, cfg.device)


class DetoxifyBackend:
    """One loaded model, shared by every linter in the process with the same settings."""

    def __init__(self, cfg: DetoxifyConfig):
        self.cfg = cfg
        self._model: Any = None
        self._error: str | None = None
        self._lock = threading.Lock()

    @classmethod
    def get(cls, cfg: DetoxifyConfig) -> DetoxifyBackend:
        key = _key(cfg)
        with _LOCK:
            if key not in _INSTANCES:
                _INSTANCES[key] = cls(cfg)
            return _INSTANCES[key]

    def unavailable(self) -> str | None:
        """Why the model cannot be used, without loading it (cheap)."""
        for module in ("detoxify", "torch", "transformers"):
            if importlib.util.find_spec(module) is None:
                return Messages.E011.format(name="detoxify", extra="detoxify")
        if self.cfg.checkpoint and not Path(self.cfg.checkpoint).expanduser().is_file():
            return f"Detoxify checkpoint {self.cfg.checkpoint} does not exist"
        if self.cfg.huggingface_config_path and not Path(self.cfg.huggingface_config_path).expanduser().is_dir():
            return f"Hugging Face config folder {self.cfg.huggingface_config_path} does not exist"
        return self._error

    def model(self) -> Any:
        if self._model is not None:
            return self._model
        with self._lock:
            if self._model is None:
                if self._error is not None:
                    raise BackendUnavailable(self._error)
                try:
                    self._model = self._load()
                except Exception as exc:  # noqa: BLE001 - any loading failure makes the scorer unavailable
                    self._error = (f"Detoxify model {self.cfg.model!r} could not be loaded ({type(exc).__name__}: "
                                   f"{str(exc)[:300]}); on machines without internet run `replylint models "
                                   f"download` elsewhere and set backends.detoxify.checkpoint and "
                                   f"huggingface-config-path")
                    raise BackendUnavailable(self._error) from None
        return self._model

    def _load(self) -> Any:
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        import transformers
        from detoxify import Detoxify

        transformers.logging.set_verbosity_error()
        try:
            transformers.utils.logging.disable_progress_bar()
        except AttributeError:  # pragma: no cover - older transformers
            pass
        kwargs: dict[str, Any] = {"device": self.cfg.device}
        if self.cfg.checkpoint:
            kwargs["checkpoint"] = str(Path(self.cfg.checkpoint).expanduser())
        else:
            kwargs["model_type"] = self.cfg.model
        if self.cfg.huggingface_config_path:
            kwargs["huggingface_config_path"] = str(Path(self.cfg.huggingface_config_path).expanduser())
        return Detoxify(**kwargs)

    def predict(self, texts: list[str], batch_size: int | None = None) -> list[dict[str, float]]:
        """Scores per text, in batches of ``batch_size`` (default: the config's)."""
        if not texts:
            return []
        model = self.model()
        out: list[dict[str, float]] = []
        size = batch_size or self.cfg.batch_size
        for i in range(0, len(texts), size):
            batch = texts[i:i + size]
            with self._lock:  # torch modules are not guaranteed thread-safe for inference
                scores = model.predict(batch)
            for j in range(len(batch)):
                out.append({label: float(values[j] if isinstance(values, list) else values)
                            for label, values in scores.items()})
        return out


def download(model: str, dest: Path) -> tuple[Path, Path]:
    """Fetch a Detoxify checkpoint and its Hugging Face config/tokenizer into
    ``dest`` and write an offline checkpoint whose architecture points at the
    local config, so the copy works on a machine without internet."""
    import torch
    import transformers
    from detoxify.detoxify import MODEL_URLS

    if model not in MODEL_URLS:
        raise ValueError(f"unknown Detoxify model {model!r} (choose from {', '.join(MODEL_URLS)})")
    dest.mkdir(parents=True, exist_ok=True)
    loaded = torch.hub.load_state_dict_from_url(MODEL_URLS[model], model_dir=str(dest / "cache"), map_location="cpu",
                                                weights_only=False)
    arch = loaded["config"]["arch"]["args"]
    hf_dir = dest / f"{model}-hf"
    model_class = getattr(transformers, arch["model_name"])
    model_class.config_class.from_pretrained(arch["model_type"], num_labels=arch["num_classes"]).save_pretrained(hf_dir)
    getattr(transformers, arch["tokenizer_name"]).from_pretrained(arch["model_type"]).save_pretrained(hf_dir)
    arch["model_type"] = str(hf_dir.resolve())
    checkpoint = dest / f"{model}.ckpt"
    torch.save(loaded, checkpoint)
    return checkpoint, hf_dir
