"""What a per-call stage is: ``Stage`` (declared once, in its own module), its ``Step``s, and the ``CallContext``
every step reads from and adds rows to.

A stage is the unit of the ledger (``call_stages``): it has a settings hash, owns tables (rewritten whole for a call
when the stage runs) and is redone when its hash changes. A step is a unit of work inside a stage; steps of all
pending stages run in ``order`` (so the transcribe stage's redaction step can run after the speakers stage has
split utterances by speaker). Steps are pure: they read the context, add rows and provenance, never touch DuckDB.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.records import Call, Entity, PiiSpan, Utterance
from voc.settings import Settings

if TYPE_CHECKING:
    from voc.transcribe.audio import Audio


@dataclass(frozen=True)
class Step:
    name: str                                    # also the key of its timing in the run summary
    order: int                                   # global position among all stages' steps (10, 20, ...)
    run: Callable[["CallContext"], None]


def _no_files(settings: Settings) -> Sequence[tuple[str, str | None]]:
    return ()


def _no_extra(settings: Settings, fingerprints: dict[str, str]) -> Sequence[str]:
    return ()


@dataclass(frozen=True)
class Stage:
    """One per-call stage, declared once. See docs/DEVELOPING.md, "Adding to a stage"."""

    name: str
    sections: tuple[str, ...]                    # settings sections the stage reads (the run's settings hash)
    tables: tuple[str, ...]                      # tables it owns: a call's rows are replaced when the stage runs
    steps: tuple[Step, ...]
    hash_sections: tuple[str, ...] | None = None  # sections hashed whole into the stage hash (None = ``sections``)
    # input files whose CONTENT the results depend on, as (settings key, path or None = bundled default)
    files: Callable[[Settings], Sequence[tuple[str, str | None]]] = _no_files
    # further strings hashed in (single settings values; ``fingerprints`` = warehouse content, see ``fingerprint``)
    extra: Callable[[Settings, dict[str, str]], Sequence[str]] = _no_extra
    fingerprint: Callable[[Any], str] | None = None  # con → digest of warehouse content the stage reads
    # (con, WorkItem): hand this stage's STORED results to later stages when this stage is not re-run
    load: Callable[[Any, Any], None] | None = None
    # settings → None: resolve what the stage needs before any call is processed (SettingsError/ModelError)
    preflight: Callable[[Settings], None] | None = None

    def hash_parts(self, settings: Settings, fingerprints: dict[str, str]) -> list[str]:
        secs = self.sections if self.hash_sections is None else self.hash_sections
        parts = [settings.section_hash(*secs) if secs else ""]
        parts += [file_digest(p) for _, p in self.files(settings)]
        parts += [str(x) for x in self.extra(settings, fingerprints)]
        return parts


def file_digest(path: str | None) -> str:
    """A short digest of a file's (or a folder's files') content; "-" for None (the bundled default)."""
    if not path:
        return "-"
    p = Path(path)
    if p.is_dir():
        h = hashlib.sha256()
        for f in sorted(p.rglob("*")):
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
        return h.hexdigest()[:16]
    try:
        return hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    except OSError:
        return "missing:" + str(p)   # preflight refuses a missing file before any call is processed


class CallAudio:
    """A call's audio, decoded ONCE (16 kHz float32; channels kept up to 2, mixed to mono above) on first use and
    handed to every step that needs it (ASR, diarization, the stereo bleed gate, audio redaction)."""

    SAMPLE_RATE = 16000

    def __init__(self, call: Call):
        self.call = call
        self._audio: Audio | None = None

    @property
    def decoded(self) -> bool:
        return self._audio is not None

    def full(self) -> "Audio":
        if self._audio is None:
            from voc.transcribe.audio import decode

            mode: Any = "all" if (self.call.channels or 1) <= 2 else "mono"
            self._audio = decode(self.call.path, sample_rate=self.SAMPLE_RATE, channels=mode)
        return self._audio

    def mono(self) -> tuple[Any, int]:
        """(float32 [1, n] mono samples, sample rate)."""
        a = self.full()
        x = a.samples if a.samples.shape[0] == 1 else a.samples.mean(axis=0, keepdims=True)
        return x, a.sample_rate


@dataclass
class CallContext:
    """One call's work in progress: inputs (computed or stored), the rows produced so far and their provenance."""

    call: Call
    settings: Settings
    proc: Any                                     # the CallProcessor: lazily loaded models (transcriber, ...)
    stages: list[str]                             # the stages being computed for this call, in order
    hashes: dict[str, str]                        # stage → settings hash
    audio: CallAudio
    utterances: list[Utterance] = field(default_factory=list)
    roles: dict[str, str] = field(default_factory=dict)
    pii_spans: list[PiiSpan] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    campaigns: list[dict[str, Any]] = field(default_factory=list)
    stored: dict[str, Any] = field(default_factory=dict)   # other stored inputs (Stage.load puts them here)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    models: list[dict[str, Any]] = field(default_factory=list)   # provenance rows for model_versions
    timings: dict[str, float] = field(default_factory=dict)
    utterances_changed: bool = False              # set by a step that rewrote utterances/words/PII spans

    def runs(self, stage: str) -> bool:
        return stage in self.stages

    def add_model(self, stage: str, model: str, version: str | None, details: dict[str, Any] | None = None) -> None:
        self.models.append({"stage": stage, "settings_hash": self.hashes.get(stage, ""), "model": str(model),
                            "version": version, "details": details or {}})


def package_version(mod: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(mod.replace("_", "-"))
    except PackageNotFoundError:
        return None
