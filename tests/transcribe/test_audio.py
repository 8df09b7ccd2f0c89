"""Audio probing/decoding: formats, rates, channel counts, streaming, and errors that name the file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voc.errors import AudioError
from voc.transcribe.audio import (active_level_db, channel_rms_db, decode, iter_chunks, iter_windows, probe,
                                  segment_rms_db)


def encode(path: Path, signal: np.ndarray, rate: int, codec: str, layout: str | None = None,
           fmt: str | None = None) -> Path:
    """Write float32 ``signal`` [channels, n] with PyAV using ``codec`` (pcm_mulaw, flac, libmp3lame ...)."""
    import av

    channels = signal.shape[0]
    layout = layout or {1: "mono", 2: "stereo", 6: "5.1"}[channels]
    with av.open(str(path), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame_size = stream.codec_context.frame_size or 1024
        fmt_name = stream.codec_context.format.name
        planar = fmt_name.endswith("p")
        pts = 0
        for start in range(0, signal.shape[1], frame_size):
            block = signal[:, start:start + frame_size]
            if block.shape[1] < frame_size and codec in ("libmp3lame",):
                block = np.pad(block, ((0, 0), (0, frame_size - block.shape[1])))
            if fmt_name.startswith("s16"):
                data = (block * 32767).astype(np.int16)
            elif fmt_name.startswith("s32"):
                data = (block * 2147483647).astype(np.int32)
            else:
                data = block.astype(np.float32)
            if not planar:
                data = data.T.reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(data), format=fmt_name, layout=layout)
            frame.sample_rate = rate
            frame.pts = pts
            pts += block.shape[1]
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def sine(freq: float, seconds: float, rate: int, amp: float = 0.5) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def dominant_freq(x: np.ndarray, rate: int) -> float:
    spec = np.abs(np.fft.rfft(x))
    return float(np.argmax(spec) * rate / len(x))


def test_mulaw_8k_is_resampled_to_16k_with_pitch_kept(tmp_path):
    path = encode(tmp_path / "call.wav", sine(440, 2.0, 8000)[None, :], 8000, "pcm_mulaw")
    info = probe(path)
    assert (info.channels, info.sample_rate, info.codec, info.container) == (1, 8000, "pcm_mulaw", "wav")
    assert info.duration_s == pytest.approx(2.0, abs=0.01)
    audio = decode(path)
    assert audio.samples.dtype == np.float32 and audio.samples.shape[0] == 1
    assert audio.samples.shape[1] == pytest.approx(32000, abs=64)
    assert (audio.sample_rate, audio.source_sample_rate) == (16000, 8000)
    assert dominant_freq(audio.samples[0], 16000) == pytest.approx(440, abs=2)
    assert channel_rms_db(audio.samples)[0] == pytest.approx(20 * np.log10(0.5 / np.sqrt(2)), abs=0.5)


def test_stereo_44k_flac_keeps_each_channel(tmp_path):
    sig = np.stack([sine(300, 1.5, 44100), sine(1000, 1.5, 44100, amp=0.2)])
    path = encode(tmp_path / "music.flac", sig, 44100, "flac")
    info = probe(path)
    assert (info.channels, info.sample_rate, info.codec) == (2, 44100, "flac")
    audio = decode(path)
    assert audio.samples.shape == (2, pytest.approx(24000, abs=64))
    assert dominant_freq(audio.samples[0], 16000) == pytest.approx(300, abs=2)
    assert dominant_freq(audio.samples[1], 16000) == pytest.approx(1000, abs=2)
    one = decode(path, channels=1)
    assert one.samples.shape[0] == 1 and dominant_freq(one.samples[0], 16000) == pytest.approx(1000, abs=2)
    mono = decode(path, channels="mono")
    np.testing.assert_allclose(mono.samples[0], audio.samples.mean(axis=0), atol=1e-6)


def test_six_channel_file(tmp_path):
    sig = np.stack([sine(200 + 100 * c, 1.0, 48000, amp=0.3) for c in range(6)])
    path = encode(tmp_path / "surround.wav", sig, 48000, "pcm_s16le")
    assert probe(path).channels == 6
    audio = decode(path)
    assert audio.samples.shape[0] == 6
    assert audio.samples.shape[1] == pytest.approx(16000, abs=64)
    freqs = [dominant_freq(audio.samples[c], 16000) for c in range(6)]
    assert freqs == pytest.approx([200 + 100 * c for c in range(6)], abs=3)


def test_mp3_decodes(tmp_path):
    path = encode(tmp_path / "voice.mp3", sine(500, 2.0, 24000)[None, :], 24000, "libmp3lame")
    info = probe(path)
    assert info.codec.startswith("mp3") and info.sample_rate == 24000
    audio = decode(path)
    assert audio.samples.shape[0] == 1 and audio.samples.shape[1] >= 32000
    assert dominant_freq(audio.samples[0], 16000) == pytest.approx(500, abs=3)


def test_channel_out_of_range_names_file(tmp_path):
    path = encode(tmp_path / "mono.wav", sine(440, 0.5, 8000)[None, :], 8000, "pcm_s16le")
    with pytest.raises(AudioError, match=r"mono\.wav.*channel 1 .*1 channel"):
        decode(path, channels=1)


@pytest.mark.parametrize("content", [b"", b"this is a text file, not audio\n" * 20,
                                     b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(40))])
def test_bad_files_raise_audio_error_naming_the_file(tmp_path, content):
    path = tmp_path / "broken.wav"
    path.write_bytes(content)
    with pytest.raises(AudioError, match="broken.wav") as e:
        probe(path)
    assert "Fix:" in str(e.value)
    with pytest.raises(AudioError, match="broken.wav"):
        decode(path)


def test_missing_file(tmp_path):
    with pytest.raises(AudioError, match="no such file"):
        probe(tmp_path / "nope.wav")


def test_iter_chunks_reassembles_the_decode(tmp_path):
    sig = np.random.default_rng(0).uniform(-0.3, 0.3, (2, 8000 * 7)).astype(np.float32)
    path = encode(tmp_path / "noise.wav", sig, 8000, "pcm_s16le")
    full = decode(path).samples
    chunks = list(iter_chunks(path, chunk_s=2.0))
    assert [s for s, _ in chunks] == [0.0, 2.0, 4.0, 6.0]
    assert all(c.shape == (2, 32000) for _, c in chunks[:-1])
    np.testing.assert_array_equal(np.concatenate([c for _, c in chunks], axis=1), full)


def test_iter_windows_cut_in_silence(tmp_path):
    rate = 16000
    # tone bursts of 0.9 s separated by 0.3 s of silence: a cut must land in a silence
    period = np.concatenate([sine(300, 0.9, rate), np.zeros(int(0.3 * rate), np.float32)])
    sig = np.tile(period, 20)[None, :]
    path = encode(tmp_path / "bursts.wav", sig, rate, "pcm_s16le")
    windows = list(iter_windows(path, window_s=5.0, search_s=2.0))
    assert len(windows) >= 4
    full = decode(path).samples
    np.testing.assert_array_equal(np.concatenate([w for _, w in windows], axis=1), full)
    for start, w in windows[1:]:
        pos = int(round(start * rate)) % len(period)
        assert pos >= int(0.9 * rate) - 800, f"cut at {start:.2f}s is inside a tone"


def test_levels():
    rate = 16000
    x = np.zeros((2, rate * 60), np.float32)
    x[0, :rate] = sine(440, 1.0, rate, amp=0.5)  # 1 s of tone in a minute: sparse speech-like activity
    rms = channel_rms_db(x)
    active = active_level_db(x, rate)
    assert rms[1] < -150 and active[1] < -150
    assert active[0] == pytest.approx(-9.0, abs=0.5)       # the tone's own level
    assert rms[0] == pytest.approx(-9.0 - 10 * np.log10(60), abs=0.5)  # diluted by the silence
    assert segment_rms_db(x[0], rate, 0.0, 1.0) == pytest.approx(-9.0, abs=0.5)
    assert segment_rms_db(x[0], rate, 2.0, 3.0) < -150
