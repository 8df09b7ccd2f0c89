"""Diarization: stereo turns with the bleed gate, speaker naming, settings checks, CAM++ weights, and the real
pipeline against reference RTTM (short clips, CPU)."""

from __future__ import annotations

import numpy as np
import pytest

from voc.errors import ModelError, SettingsError
from voc.records import Transcript, Turn, Utterance, Word
from voc.settings import Settings
from voc.speakers.diarize import rename_speakers, resolve_weights, speaker_count, stereo_turns

SR = 8000


def tone(seconds: float, level: float, f: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return (level * np.sin(2 * np.pi * f * t)).astype(np.float32)


def words(ch, spans):
    return [Word(s, e, f" w{i}", 0.9, ch) for i, (s, e) in enumerate(spans)]


def stereo_call():
    """Agent (ch0) speaks 0-2 s, customer (ch1) 3-5 s, both 6-7 s (overtalk); each channel carries the
    other's speech 20 dB down (bleed), and the ASR transcribed that bleed as words too."""
    x = np.zeros((2, 8 * SR), np.float32)
    for ch, spans in ((0, [(0, 2), (6, 7)]), (1, [(3, 5), (6, 7)])):
        for s, e in spans:
            sig = tone(e - s, 0.5, 200 + 100 * ch)
            x[ch, int(s * SR): int(s * SR) + sig.size] += sig
            x[1 - ch, int(s * SR): int(s * SR) + sig.size] += 0.05 * sig
    utts = [Utterance(0, 0, 0.0, 7.0, "agent", words(0, [(0.0, 0.9), (1.0, 2.0), (3.2, 4.0), (6.0, 7.0)])),
            Utterance(1, 1, 0.0, 7.0, "customer", words(1, [(0.5, 1.5), (3.0, 4.0), (4.2, 5.0), (6.1, 7.0)]))]
    return x, Transcript("c", "en", 1.0, utts, "m")


def test_stereo_turns_drop_bleed_keep_overtalk():
    x, tr = stereo_call()
    turns = stereo_turns(tr, x, SR)
    assert turns == [Turn("ch0", 0.0, 2.0), Turn("ch1", 3.0, 5.0), Turn("ch0", 6.0, 7.0), Turn("ch1", 6.1, 7.0)]
    # Without audio the bleed words stay: ch0 gets a turn at 3.2-4.0, ch1 one at 0.5-1.5.
    ungated = stereo_turns(tr)
    assert Turn("ch1", 0.5, 1.5) in ungated and Turn("ch0", 3.2, 4.0) in ungated
    # A very permissive gate keeps the bleed too.
    assert Turn("ch1", 0.5, 1.5) in stereo_turns(tr, x, SR, gate_db=40.0)


def test_stereo_turns_merge_gap_and_utterances_without_words():
    tr = Transcript("c", "en", 1.0, [Utterance(0, 0, 0.0, 1.0, "a", words(0, [(0.0, 0.4), (0.6, 1.0)])),
                                      Utterance(1, 1, 2.0, 3.0, "no word timings")], "m")
    assert stereo_turns(tr, merge_gap_s=0.5) == [Turn("ch0", 0.0, 1.0), Turn("ch1", 2.0, 3.0)]
    assert stereo_turns(tr, merge_gap_s=0.1) == [Turn("ch0", 0.0, 0.4), Turn("ch0", 0.6, 1.0), Turn("ch1", 2.0, 3.0)]


def test_speakers_named_in_order_of_first_speech():
    raw = [(5.0, 6.0, "SPEAKER_00"), (1.0, 2.0, "SPEAKER_01"), (2.5, 4.0, "SPEAKER_00"), (3.0, 3.0, "SPEAKER_02")]
    assert rename_speakers(raw) == [Turn("S0", 1.0, 2.0), Turn("S1", 2.5, 4.0), Turn("S1", 5.0, 6.0)]


def test_speaker_count_settings():
    assert speaker_count(Settings()) == (2, None, None)
    s = Settings.load(overrides={"diarization.min_speakers": 2, "diarization.max_speakers": 4})
    s.diarization.num_speakers = None
    assert speaker_count(s) == (None, 2, 4)
    s.diarization.min_speakers = 5
    with pytest.raises(SettingsError, match="min_speakers = 5 is above max_speakers = 4"):
        speaker_count(s)
    with pytest.raises(SettingsError, match="num_speakers = 0"):
        speaker_count(Settings.load(overrides={"diarization.num_speakers": 0}))


def test_missing_local_weights_name_the_setting(tmp_path):
    with pytest.raises(ModelError, match="diarization.embedding = .*does not exist"):
        resolve_weights(str(tmp_path / "nope.pt"), "embedding", ("x", "campplus.pt"))


# -- real weights ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def campplus():
    pytest.importorskip("pyannote.audio")
    from voc.speakers.campplus import CAMPPlus
    from voc.speakers.diarize import _EMBEDDING_REL

    try:
        path = resolve_weights("bundled", "embedding", _EMBEDDING_REL)
    except ModelError as e:
        pytest.skip(str(e))
    return CAMPPlus.from_checkpoint(path)


@pytest.mark.slow
def test_campplus_separates_the_two_sample_speakers(campplus, shared_data):
    import torch

    from voc.transcribe.audio import decode

    a = decode(shared_data / "pyannote-sample" / "sample.wav").samples[0]

    def emb(s, e):
        with torch.inference_mode():
            v = campplus(torch.from_numpy(a[int(s * 16000): int(e * 16000)])[None, None])[0]
        return v / v.norm()

    # From sample.rttm: speaker90 talks 6.7-7.2 and 9.9-10.9 s ... speaker91 10.4-14.8 s; use clean stretches.
    diane1, diane2, sheila = emb(14.8, 17.8), emb(22.0, 27.5), emb(11.0, 14.2)
    same, diff = float(diane1 @ diane2), float(diane1 @ sheila)
    assert same > diff + 0.2, (same, diff)


@pytest.fixture(scope="module")
def diarizer():
    pytest.importorskip("pyannote.audio")
    from voc.speakers.diarize import Diarizer

    return Diarizer(Settings.load(overrides={"device": "cpu"}))


def der_of(turns, rttm, uri, crop=None):
    from pyannote.core import Segment, Timeline
    from pyannote.database.util import load_rttm
    from pyannote.metrics.diarization import DiarizationErrorRate

    from voc.eval.diarization import turns_to_annotation

    ref = load_rttm(str(rttm))[uri]
    uem = Timeline([Segment(*crop)]) if crop else None
    return DiarizationErrorRate()(ref, turns_to_annotation(turns, uri), uem=uem)


@pytest.mark.slow
def test_pyannote_sample_der(diarizer, shared_data):
    from voc.transcribe.audio import decode

    a = decode(shared_data / "pyannote-sample" / "sample.wav")
    turns = diarizer.diarize(a.samples, a.sample_rate)
    assert {t.speaker for t in turns} == {"S0", "S1"}
    assert der_of(turns, shared_data / "pyannote-sample" / "sample.rttm", "sample") < 0.10  # measured 5.6 %


@pytest.mark.slow
def test_pyannote_sample_at_8k_telephone_rate(diarizer, shared_data):
    """The same call decoded at 8 kHz (a phone line) and cropped to its first 20 s still diarizes."""
    from voc.transcribe.audio import decode

    a = decode(shared_data / "pyannote-sample" / "sample.wav", sample_rate=8000)
    x = a.samples[:, : 20 * 8000]
    turns = diarizer.diarize(x, 8000)
    assert der_of(turns, shared_data / "pyannote-sample" / "sample.rttm", "sample", crop=(0, 20)) < 0.15


@pytest.mark.slow
def test_ami_debug_clip_two_speakers(diarizer, shared_data):
    from voc.transcribe.audio import decode

    d = shared_data / "pyannote-debug-ami"
    a = decode(d / "dev00.wav")
    x = a.samples[:, : 20 * 16000]
    turns = diarizer.diarize(x, a.sample_rate)
    assert der_of(turns, d / "debug.development.rttm", "dev00", crop=(0, 20)) < 0.25


def test_make_diarizer_follows_the_method_setting():
    from voc.settings import Settings
    from voc.speakers.diarize import Diarizer
    from voc.speakers.methods import make_diarizer, method_details
    from voc.speakers.fast import FastDiarizer

    assert isinstance(make_diarizer(Settings()), FastDiarizer)
    s = Settings.load(overrides={"diarization.method": "pyannote"})
    assert isinstance(make_diarizer(s), Diarizer)
    assert "pyannote" in method_details(s)[0] and "VAD" in method_details(Settings())[0]
