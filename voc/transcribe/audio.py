"""Audio probing and decoding with PyAV (FFmpeg): any container/codec FFmpeg reads, resampled per channel.

- ``probe(path)``: duration, channels, rate, codec, container without decoding the whole file.
- ``decode(path)``: float32 samples shaped ``[channels, n]`` at 16 kHz (FFmpeg's resampler, channel by channel,
  so 8 kHz mu-law telephone audio, 44.1 kHz music and 6-channel files all come out right).
- ``iter_chunks(path)`` / ``iter_windows(path)``: the same samples streamed in fixed chunks, or in long windows cut
  at the quietest moment near each boundary, so a multi-hour file is processed with bounded memory.

Every failure raises ``voc.errors.AudioError`` naming the file and FFmpeg's reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np

from voc.errors import AudioError

Channels = Literal["all", "mono"] | int
_EPS = 1e-10


@dataclass(frozen=True, slots=True)
class AudioInfo:
    duration_s: float
    channels: int
    sample_rate: int
    codec: str
    container: str


@dataclass(slots=True)
class Audio:
    samples: np.ndarray          # float32 [channels, n], -1..1
    sample_rate: int
    source_sample_rate: int
    duration_s: float

    @property
    def channels(self) -> int:
        return int(self.samples.shape[0])


def _fail(path: Path, reason: object) -> AudioError:
    return AudioError(f"{path}: cannot decode audio ({reason}). Fix: check the file is a complete audio recording "
                      "(wav, flac, mp3, ogg, m4a ...); re-export it, or remove it from the input.")


def _open(path: str | Path):
    import av

    p = Path(path)
    if not p.is_file():
        raise AudioError(f"{p}: no such file. Fix: check the path (it is resolved from the working folder).")
    if p.stat().st_size == 0:
        raise _fail(p, "the file is empty")
    try:
        container = av.open(str(p), mode="r", metadata_errors="ignore")
    except (av.error.FFmpegError, UnicodeDecodeError, ValueError) as e:
        raise _fail(p, getattr(e, "strerror", None) or e) from e
    if not container.streams.audio:
        container.close()
        raise _fail(p, "no audio stream in the file")
    return container


def probe(path: str | Path) -> AudioInfo:
    """Describe an audio file without decoding it all (duration from the header, else by decoding)."""
    p = Path(path)
    with _open(p) as container:
        stream = container.streams.audio[0]
        ctx = stream.codec_context
        channels = int(ctx.channels or (stream.layout.nb_channels if stream.layout else 0))
        rate = int(ctx.sample_rate or stream.rate or 0)
        if channels <= 0 or rate <= 0:
            raise _fail(p, f"the audio stream reports {channels} channels at {rate} Hz")
        duration: float | None = None
        if stream.duration is not None and stream.time_base is not None:
            duration = float(stream.duration * stream.time_base)
        elif container.duration is not None:
            duration = container.duration / 1_000_000
        codec = ctx.name or ""
        fmt = container.format.name.split(",")[0] if container.format else ""
    if duration is None or duration <= 0:
        n = sum(c.shape[1] for _, c in _iter_frames(p, rate, "all"))
        duration = n / rate
        if n == 0:
            raise _fail(p, "no audio samples could be decoded")
    return AudioInfo(duration_s=duration, channels=channels, sample_rate=rate, codec=codec, container=fmt)


def _iter_frames(path: Path, sample_rate: int | None, channels: Channels) -> Iterator[tuple[int, np.ndarray]]:
    """Yield (source_rate, float32 [c, n]) blocks, resampled per channel to ``sample_rate`` (None = keep)."""
    import av

    with _open(path) as container:
        stream = container.streams.audio[0]
        n_ch = int(stream.codec_context.channels or 1)
        src_rate = int(stream.codec_context.sample_rate or stream.rate)
        if isinstance(channels, int) and not isinstance(channels, bool):
            if not 0 <= channels < n_ch:
                raise AudioError(f"{path}: channel {channels} requested but the file has {n_ch} channel(s) "
                                 f"(0..{n_ch - 1}). Fix: correct the channel (0-based).")
        resampler = None
        got_any = False
        try:
            for frame in container.decode(stream):
                if resampler is None:
                    layout = frame.layout.name if frame.layout and frame.layout.nb_channels == n_ch else n_ch
                    resampler = av.AudioResampler(format="fltp", layout=layout, rate=sample_rate or src_rate)
                frame.pts = None  # let the resampler count samples itself (robust to broken timestamps)
                for out in resampler.resample(frame):
                    got_any = True
                    yield src_rate, _select(out.to_ndarray(), channels)
            if resampler is not None:
                for out in resampler.resample(None):
                    got_any = True
                    yield src_rate, _select(out.to_ndarray(), channels)
        except av.error.FFmpegError as e:
            if not got_any:
                raise _fail(path, getattr(e, "strerror", None) or e) from e
            return  # truncated tail: keep what decoded (FFmpeg does the same)
        if not got_any:
            raise _fail(path, "no audio samples could be decoded")


def _select(block: np.ndarray, channels: Channels) -> np.ndarray:
    block = np.asarray(block, dtype=np.float32)
    if block.ndim == 1:
        block = block[None, :]
    if channels == "mono":
        return block.mean(axis=0, keepdims=True)
    if channels == "all":
        return block
    return block[channels: channels + 1]


def decode(path: str | Path, sample_rate: int = 16000, channels: Channels = "all") -> Audio:
    """Decode a whole file to float32 ``[channels, n]`` at ``sample_rate``.

    ``channels``: "all" (each channel kept), "mono" (mean of all channels) or a 0-based channel index.
    """
    p = Path(path)
    src_rate = 0
    blocks: list[np.ndarray] = []
    for src_rate, block in _iter_frames(p, sample_rate, channels):
        blocks.append(block)
    samples = np.concatenate(blocks, axis=1) if blocks else np.zeros((1, 0), np.float32)
    np.clip(samples, -1.0, 1.0, out=samples)
    return Audio(samples=samples, sample_rate=sample_rate, source_sample_rate=src_rate,
                 duration_s=samples.shape[1] / sample_rate)


def iter_chunks(path: str | Path, chunk_s: float = 600.0, sample_rate: int = 16000,
                channels: Channels = "all") -> Iterator[tuple[float, np.ndarray]]:
    """Stream ``(start_s, float32 [c, n])`` chunks of ``chunk_s`` seconds (the last one shorter)."""
    size = max(1, int(round(chunk_s * sample_rate)))
    buf: list[np.ndarray] = []
    have = 0
    emitted = 0
    for _, block in _iter_frames(Path(path), sample_rate, channels):
        buf.append(block)
        have += block.shape[1]
        while have >= size:
            joined = np.concatenate(buf, axis=1)
            yield emitted / sample_rate, joined[:, :size]
            emitted += size
            rest = joined[:, size:]
            buf, have = ([rest] if rest.shape[1] else []), rest.shape[1]
    if have:
        yield emitted / sample_rate, np.concatenate(buf, axis=1)


def iter_windows(path: str | Path, window_s: float = 900.0, search_s: float = 20.0, sample_rate: int = 16000,
                 channels: Channels = "all") -> Iterator[tuple[float, np.ndarray]]:
    """Stream ``(start_s, samples)`` windows of about ``window_s`` seconds, each cut at the quietest 100 ms
    (loudest channel) within the last ``search_s`` seconds, so no word is cut in two. Memory: ~2 windows."""
    size = int(window_s * sample_rate)
    search = min(int(search_s * sample_rate), size // 2)
    carry: np.ndarray | None = None
    start = 0
    for _, chunk in iter_chunks(path, chunk_s=window_s, sample_rate=sample_rate, channels=channels):
        data = chunk if carry is None else np.concatenate([carry, chunk], axis=1)
        while data.shape[1] >= size + search:
            cut = size - search + _quietest(data[:, size - search: size], sample_rate)
            yield start / sample_rate, data[:, :cut]
            start += cut
            data = data[:, cut:]
        carry = data
    if carry is not None and carry.shape[1]:
        yield start / sample_rate, carry


def _quietest(region: np.ndarray, sample_rate: int, frame_s: float = 0.1) -> int:
    """Offset (samples) of the middle of the quietest frame in ``region`` (loudest channel decides)."""
    hop = max(1, int(frame_s * sample_rate))
    n = region.shape[1] // hop
    if n == 0:
        return region.shape[1]
    frames = region[:, : n * hop].reshape(region.shape[0], n, hop)
    energy = (frames.astype(np.float64) ** 2).mean(axis=2).max(axis=0)
    return int(np.argmin(energy)) * hop + hop // 2


def channel_rms_db(samples: np.ndarray) -> list[float]:
    """RMS level of each channel in dBFS (full-scale sine = -3 dB; digital silence about -200 dB)."""
    x = np.atleast_2d(np.asarray(samples, dtype=np.float64))
    if x.shape[1] == 0:
        return [-200.0] * x.shape[0]
    rms = np.sqrt((x ** 2).mean(axis=1))
    return [float(20 * np.log10(r + _EPS)) for r in rms]


def active_level_db(samples: np.ndarray, sample_rate: int = 16000, frame_s: float = 0.05,
                    top_fraction: float = 0.01, min_frames: int = 10) -> list[float]:
    """Per-channel level (dBFS) of the loudest frames: RMS over the loudest ``top_fraction`` of 50 ms frames
    (at least ``min_frames``, i.e. 0.5 s). Unlike the plain RMS it does not sink when speech is sparse in a long
    call, and unlike the peak one click cannot lift it. Used to decide that a channel is silent."""
    x = np.atleast_2d(np.asarray(samples, dtype=np.float32))
    hop = max(1, int(frame_s * sample_rate))
    n = x.shape[1] // hop
    if n == 0:
        return channel_rms_db(x)
    power = (x[:, : n * hop].reshape(x.shape[0], n, hop).astype(np.float64) ** 2).mean(axis=2)
    k = min(n, max(min_frames, int(np.ceil(n * top_fraction))))
    top = -np.partition(-power, k - 1, axis=1)[:, :k]
    return [float(10 * np.log10(p + _EPS ** 2)) for p in top.mean(axis=1)]


def segment_rms_db(samples: np.ndarray, sample_rate: int, start_s: float, end_s: float) -> float:
    """RMS (dBFS) of one channel's samples between two times (a mono ``[n]`` array or ``[1, n]``)."""
    x = np.asarray(samples).reshape(-1)
    a, b = max(0, int(start_s * sample_rate)), min(x.shape[0], int(end_s * sample_rate))
    return channel_rms_db(x[a:b][None, :] if b > a else np.zeros((1, 0)))[0]
