"""Cross-call batched diarization embeddings (``FastDiarizer.diarize_many``, ``CallProcessor.prediarize``): the
windows of several calls share CAM++ batches, and every call still gets the embeddings and turns it gets alone.

Fast tests: a small random conv net in CAM++'s place (its interface, no weights loaded) and fixed speech regions
on synthetic audio.
Slow tests: the bundled CAM++ and Silero VAD on real phone audio from ../shared/data.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voc.records import Call
from voc.settings import Settings

SR = 16000


class _TinyNet:
    """CAM++'s interface (``frames``, then ``embed`` with mean + std pooling) on a small random conv net."""

    def __init__(self):
        import torch

        torch.manual_seed(0)
        self.conv = torch.nn.Conv1d(80, 24, 5, padding=2).eval()
        self.dense = torch.nn.Linear(48, 192).eval()

    def frames(self, fbank):
        import torch

        return torch.relu(self.conv(fbank.permute(0, 2, 1)))

    def embed(self, frames):
        import torch

        return self.dense(torch.cat([frames.mean(-1), frames.std(-1)], dim=-1))


class _TinyModel:
    num_mel_bins = 80

    def __init__(self):
        self.net = _TinyNet()

    def parameters(self):
        return self.net.conv.parameters()


@pytest.fixture()
def fake_model(monkeypatch):
    """FastDiarizer with a small random conv net in CAM++'s place (no checkpoint) and speech regions every 2 s."""
    from voc.speakers import fast

    model = _TinyModel()
    monkeypatch.setattr(fast.FastDiarizer, "model", lambda self: model)

    def regions(mono, *_a, **_k):
        n = mono.shape[0] / SR
        return [(a, min(a + 1.8, n)) for a in np.arange(0.0, n - 0.3, 2.0)]

    monkeypatch.setattr(fast, "speech_regions", regions)
    return model


def _audio(seconds: float, seed: int) -> np.ndarray:
    """Two 'voices' (noise through different tones) alternating every 2 s."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * SR)) / SR
    voice = np.where((t // 2) % 2 == 0, np.sin(2 * np.pi * 180 * t), np.sin(2 * np.pi * 420 * t))
    return (0.3 * voice + 0.05 * rng.standard_normal(t.size)).astype(np.float32)[None, :]


def _settings(batch: int = 7) -> Settings:
    s = Settings.load(overrides={"device": "cpu"})
    s.diarization.embedding_batch_size = batch   # small batches: windows of different calls share them
    return s


def test_grouped_embeddings_and_turns_equal_per_call(fake_model):
    from voc.speakers.fast import FastDiarizer

    d = FastDiarizer(_settings())
    # a call shorter than embed_window_s has shorter windows (their own length bucket); 0.3 s: no turns at all
    calls = [_audio(13.0, 1), _audio(1.2, 2), _audio(21.5, 3), _audio(0.3, 4), _audio(8.0, 5)]
    preps = [d.prepare(x, SR) for x in calls]
    assert preps[3] is None and preps[1].length < preps[0].length
    live = [p for p in preps if p is not None]
    grouped = d.embed_prepared(live)
    for p, g in zip(live, grouped):
        alone = d.embed_prepared([p])[0]
        assert g.shape == (len(p.wins), 192)
        np.testing.assert_allclose(g, alone, rtol=1e-4, atol=1e-5)
    many = d.diarize_many([(lambda x=x: (x, SR)) for x in calls])
    assert many == [d.diarize(x, SR) for x in calls]
    assert many[3] == [] and len({t.speaker for t in many[2]}) == 2


def test_a_call_whose_audio_fails_gets_its_error_the_others_their_turns(fake_model):
    from voc.speakers.fast import FastDiarizer

    d = FastDiarizer(_settings())

    def broken():
        raise OSError("cannot read b.wav")

    out = d.diarize_many([lambda: (_audio(4.0, 1), SR), broken, lambda: (_audio(3.0, 2), SR)])
    assert isinstance(out[1], OSError)
    assert out[0] == d.diarize(_audio(4.0, 1), SR) and out[2] == d.diarize(_audio(3.0, 2), SR)


def _wav(path: Path, x: np.ndarray) -> Path:
    from voc.stages.transcribe import write_wav

    write_wav(path, x, SR)
    return path


def _call(tmp_path: Path, i: int, x: np.ndarray, channels: int) -> Call:
    path = _wav(tmp_path / f"c{i}.wav", x)
    return Call(f"c{i}", str(path), duration_s=9.0, channels=channels, sample_rate=SR, codec="pcm_s16le")


def test_processor_prediarizes_mono_calls_and_the_step_takes_them_once(fake_model, tmp_path, monkeypatch):
    from voc.processor import CallProcessor, WorkItem
    from voc.speakers.fast import FastDiarizer

    s = _settings()
    proc = CallProcessor(s)
    calls = [_call(tmp_path, i, _audio(3.0 + i, i), ch) for i, ch in enumerate((1, 1, 2, 1))]
    items = [WorkItem(c, ["speakers", "analyze"], {}) for c in calls]
    items[3].stages = ["analyze"]           # no speakers stage: not diarized here
    seen: list[int] = []
    real = FastDiarizer.diarize_many
    monkeypatch.setattr(FastDiarizer, "diarize_many", lambda self, loaders: seen.append(len(loaders)) or real(
        self, loaders))
    proc.prediarize(items)
    assert seen == [2]                      # the two mono calls with a speakers stage, in one group
    # the group's time is charged to its calls' speakers steps (by audio length): stage durations still add up
    assert proc._pre_s[("c0", "speakers")] > 0 and ("c2", "speakers") not in proc._pre_s
    alone = FastDiarizer(s).diarize(_audio(3.0, 0), SR)
    assert proc.prediarized("c0") == alone and proc.prediarized("c0") is None
    assert proc.prediarized("c2") is None and proc.prediarized("c3") is None

    s.run.cross_call_embeddings = False
    seen.clear()
    CallProcessor(s).prediarize(items)
    assert seen == []


def test_prediarize_groups_respect_the_audio_cap(fake_model, tmp_path, monkeypatch):
    from voc.processor import CallProcessor, WorkItem
    from voc.speakers.fast import FastDiarizer

    s = _settings()
    s.asr.cross_call_max_s = 20.0
    calls = [_call(tmp_path, i, _audio(1.0, i), 1) for i in range(5)]
    seen: list[int] = []
    monkeypatch.setattr(FastDiarizer, "diarize_many", lambda self, loaders: seen.append(len(loaders)) or [
        [] for _ in loaders])
    CallProcessor(s).prediarize([WorkItem(c, ["speakers"], {}) for c in calls])
    assert seen == [2, 2]                   # 9 + 9 <= 20 s per group; the fifth call alone is left to its step


@pytest.mark.slow
def test_real_model_grouped_turns_equal_per_call_on_real_audio(shared_data):
    """Bundled CAM++ + Silero on real audio: the pyannote sample and three pieces of a real phone call mixed down
    to 8 kHz mono (one shorter than a window's worth of speech)."""
    from voc.speakers.fast import FastDiarizer
    from voc.transcribe.audio import decode

    s = Settings.load(overrides={"device": "cpu"})
    calls = [decode(shared_data / "pyannote-sample" / "sample.wav")]
    src = shared_data / "spokenwoz-mul1011" / "MUL1011.opus"
    if src.is_file():
        a = decode(src, sample_rate=8000)
        mono = a.samples.mean(axis=0, keepdims=True).astype(np.float32)
        calls += [type(a)(mono[:, i * 8000:j * 8000], 8000, 8000, j - i) for i, j in ((0, 60), (60, 150), (150, 151))]
    d = FastDiarizer(s)
    alone = [d.diarize(c.samples, c.sample_rate) for c in calls]
    grouped = d.diarize_many([(lambda c=c: (c.samples, c.sample_rate)) for c in calls])
    assert grouped == alone
    assert len({t.speaker for t in alone[0]}) == 2
