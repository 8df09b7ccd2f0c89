"""Which mono diarizer a run uses (``diarization.method``): the fast one (``voc.speakers.fast``) or today's pyannote
pipeline (``voc.speakers.diarize.Diarizer``), and how it is recorded in the run's model provenance."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from voc.errors import SettingsError

if TYPE_CHECKING:
    from voc.settings import Settings


def make_diarizer(settings: "Settings", hook: Callable[..., Any] | None = None) -> Any:
    """The mono diarizer ``settings.diarization.method`` names: ``fast`` (``voc.speakers.fast.FastDiarizer``, the
    default) or ``pyannote`` (``Diarizer``). Both have ``diarize(samples, sample_rate) -> list[Turn]``."""
    method = settings.diarization.method
    if method == "pyannote":
        from voc.speakers.diarize import Diarizer

        return Diarizer(settings, hook=hook)
    if method == "fast":
        from voc.speakers.fast import FastDiarizer

        return FastDiarizer(settings, hook=hook)
    raise SettingsError(f"diarization.method = {method!r}: expected 'fast' or 'pyannote'.")


def method_details(settings: "Settings") -> tuple[str, dict[str, Any]]:
    """(model name, parameters) of the mono diarizer, for the run's model record."""
    d = settings.diarization
    if d.method == "pyannote":
        return ("pyannote segmentation-3.0 + CAM++", {"segmentation": d.segmentation, "embedding": d.embedding,
                                                       "clustering_threshold": d.clustering_threshold})
    return ("Silero VAD + CAM++ windows + spectral clustering",
            {"embedding": d.embedding, "vad_threshold": d.vad_threshold, "vad_pad_s": d.vad_pad_s,
             "vad_min_silence_s": d.vad_min_silence_s, "vad_trim_s": d.vad_trim_s, "embed_window_s": d.embed_window_s,
             "embed_step_s": d.embed_step_s, "min_speaker_share": d.min_speaker_share})
