"""The fast diarizer on real audio (bundled CAM++ and Silero VAD): slow, needs ../shared/data."""

import numpy as np
import pytest

pytestmark = pytest.mark.slow


def _der(ref_rttm, uri, turns):
    from pyannote.database.util import load_rttm
    from pyannote.metrics.diarization import DiarizationErrorRate

    from voc.eval.diarization import turns_to_annotation

    ref = load_rttm(str(ref_rttm))[uri]
    return abs(DiarizationErrorRate()(ref, turns_to_annotation(turns, uri)))


def test_pyannote_sample_two_speakers_no_collapse(shared_data):
    from voc.settings import Settings
    from voc.speakers.methods import make_diarizer
    from voc.transcribe.audio import decode

    folder = shared_data / "pyannote-sample"
    audio = decode(folder / "sample.wav")
    d = make_diarizer(Settings.load(overrides={"device": "cpu"}))
    turns = d.diarize(audio.samples, audio.sample_rate)
    talk = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + t.end_s - t.start_s
    assert sorted(talk) == ["S0", "S1"]
    assert min(talk.values()) / sum(talk.values()) > 0.2
    assert _der(folder / "sample.rttm", "sample", turns) < 0.25


def test_phone_mixdown_of_a_real_stereo_call_keeps_both_speakers(shared_data, tmp_path):
    """SpokenWOZ MUL1011 mixed to mono at 8 kHz: both callers found, neither under 10 % of the speech."""
    from voc.settings import Settings
    from voc.speakers.methods import make_diarizer
    from voc.transcribe.audio import decode

    src = shared_data / "spokenwoz-mul1011" / "MUL1011.opus"
    if not src.is_file():
        pytest.skip("spokenwoz-mul1011 is not in ../shared/data")
    audio = decode(src, sample_rate=8000)
    mono = audio.samples.mean(axis=0, keepdims=True)[:, : 8000 * 90]
    d = make_diarizer(Settings.load(overrides={"device": "cpu"}))
    turns = d.diarize(mono.astype(np.float32), 8000)
    talk = {}
    for t in turns:
        talk[t.speaker] = talk.get(t.speaker, 0.0) + t.end_s - t.start_s
    assert len(talk) == 2 and min(talk.values()) / sum(talk.values()) > 0.1
