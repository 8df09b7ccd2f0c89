"""Language identification and the language policy (expected / other / skip / translate / forced), with fakes:
no model is loaded here. The real-audio check is tests/e2e/test_language_e2e.py (slow)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from voc.errors import ModelError, SettingsError
from voc.records import Call
from voc.settings import Settings
from voc.transcribe.language import (
    EXPECTED, FORCED, NO_SPEECH, OTHER, SKIPPED, UNCERTAIN, ChannelLanguage, LanguageDetector, combine, decide,
    preflight)


def settings(**over) -> Settings:
    return Settings.load(overrides={"device": "cpu", **over}, env={})


def lid(*channels: tuple[str, float, float]):
    """A CallLanguage from (language, prob, speech_s) per channel; the rest of each distribution goes to 'xx'."""
    res = [ChannelLanguage(i, lang, p, s, {lang: p, "xx": 1 - p}) for i, (lang, p, s) in enumerate(channels)]
    return combine(res, "fake")


# -- decide ----------------------------------------------------------------------------------------------------

def test_expected_language_is_decoded_in_that_language():
    d = decide(lid(("en", 0.95, 60)), settings())
    assert (d.status, d.language, d.task, d.channel_languages, d.translated) == (EXPECTED, "en", "transcribe",
                                                                                 {0: "en"}, False)
    d = decide(lid(("fr", 0.9, 60)), settings(**{"asr.languages": ["en", "fr"]}))
    assert (d.status, d.language, d.channel_languages) == (EXPECTED, "fr", {0: "fr"})


def test_other_language_is_transcribed_in_its_own_language_and_marked():
    d = decide(lid(("de", 0.9, 60)), settings())
    assert (d.status, d.language, d.task, d.channel_languages, d.translated) == (OTHER, "de", "transcribe",
                                                                                 {0: "de"}, False)


def test_other_language_skipped_by_setting_with_reason():
    d = decide(lid(("pl", 0.85, 60)), settings(**{"asr.other_languages": "skip"}))
    assert (d.status, d.task, d.channel_languages, d.language) == (SKIPPED, "skipped", {0: None}, "pl")
    assert "pl" in d.reason and "asr.other_languages = 'skip'" in d.reason


def test_uncertain_detection_decodes_in_the_likeliest_expected_language():
    call = combine([ChannelLanguage(0, "cy", 0.35, 20, {"cy": 0.35, "en": 0.3, "fr": 0.2})], "fake")
    d = decide(call, settings(**{"asr.languages": ["en", "fr"]}))
    assert (d.status, d.language, d.channel_languages) == (UNCERTAIN, "en", {0: "en"})
    assert "cy" in d.reason and "asr.lid_min_prob" in d.reason


def test_translate_only_when_asked_and_marked():
    s = settings(**{"asr.task": "translate"})
    d = decide(lid(("es", 0.9, 60)), s)
    assert (d.language, d.task, d.translated, d.channel_languages) == ("en", "translate", True, {0: "es"})
    d = decide(lid(("en", 0.9, 60)), s)  # English speech is transcribed, not "translated"
    assert (d.language, d.task, d.translated) == ("en", "transcribe", False)


def test_forced_language_flags_a_mismatch():
    d = decide(lid(("fr", 0.9, 60)), settings(**{"asr.language": "en"}))
    assert (d.status, d.language, d.channel_languages) == (FORCED, "en", {0: "en"})
    assert "fr" in d.reason
    assert decide(lid(("en", 0.9, 60)), settings(**{"asr.language": "en"})).status == EXPECTED


def test_english_only_model_skips_other_languages_with_the_fix():
    d = decide(lid(("fr", 0.9, 60)), settings(**{"asr.model": "tiny.en"}), multilingual_asr=False)
    assert d.status == SKIPPED and "English-only" in d.reason and "asr.model = 'base'" in d.reason


def test_no_speech():
    d = decide(combine([ChannelLanguage(0, None, None, 0.2)]), settings())
    assert (d.status, d.language, d.channel_languages) == (NO_SPEECH, "en", {0: "en"})


def test_channels_in_different_languages_each_keep_their_own():
    call = lid(("en", 0.9, 100), ("es", 0.9, 40))
    d = decide(call, settings())
    assert d.language == "en" and d.channel_languages == {0: "en", 1: "es"}
    d = decide(call, settings(**{"asr.other_languages": "skip"}))
    assert d.channel_languages == {0: "en", 1: None} and "channel 1" in d.reason


# -- the detector ------------------------------------------------------------------------------------------------

class FakeLidModel:
    """detect_language by the window's mean level: loud windows sound French, quiet ones German."""

    model = SimpleNamespace(is_multilingual=True)

    def __init__(self):
        self.calls: list[int] = []

    def detect_language(self, audio, language_detection_segments=1):
        self.calls.append(len(audio))
        loud = float(np.abs(audio).mean()) > 0.2
        probs = [("fr", 0.8), ("de", 0.2)] if loud else [("de", 0.7), ("fr", 0.3)]
        return probs[0][0], probs[0][1], probs


def test_windows_spread_over_the_speech():
    det = LanguageDetector(FakeLidModel(), n_windows=4, vad=False)
    assert det.window_starts(20.0) == [0.0]
    assert det.window_starts(200.0) == [0.0, 56.667, 113.333, 170.0]
    assert det.window_starts(45.0) == [0.0, 15.0]


def test_detector_averages_windows_not_only_the_first():
    """First 60 s quiet (German-sounding), last 120 s loud (French): the first window alone says de, the call fr."""
    sr = 16000
    x = np.concatenate([np.full(60 * sr, 0.1, np.float32), np.full(120 * sr, 0.5, np.float32)])
    model = FakeLidModel()
    ch = LanguageDetector(model, n_windows=4, vad=False).detect_channel(x)
    assert len(model.calls) == 4
    assert ch.windows[0]["language"] == "de"
    # windows start at 0, 50, 100, 150 s: only the first is mostly quiet
    assert ch.language == "fr" and ch.probs["fr"] == pytest.approx((0.3 + 0.8 * 3) / 4)


def test_english_only_model_cannot_identify():
    with pytest.raises(ModelError, match="English-only"):
        LanguageDetector(SimpleNamespace(model=SimpleNamespace(is_multilingual=False)), name="tiny.en")


# -- preflight ---------------------------------------------------------------------------------------------------

def test_preflight_refuses_other_languages_on_an_english_only_model():
    with pytest.raises(ModelError, match="English-only"):
        preflight(settings(**{"asr.model": "tiny.en", "asr.languages": ["en", "fr"]}))
    with pytest.raises(ModelError, match="translate"):
        preflight(settings(**{"asr.model": "tiny.en", "asr.task": "translate"}))
    with pytest.raises(SettingsError, match="asr.languages"):
        preflight(settings(**{"asr.languages": ["english"]}))


# -- the transcriber with a fake model: what Whisper is asked to do -------------------------------------------------

class FakeWhisper:
    def __init__(self, multilingual: bool = True):
        self.model = SimpleNamespace(is_multilingual=multilingual, device="cpu")
        self.calls: list[dict] = []

    def transcribe(self, x, **opts):
        self.calls.append(opts)
        lang = opts["language"]
        text = {"fr": "Bonjour madame, je vous appelle", "en": "Hello madam, I am calling you"}.get(lang, "...")
        if opts.get("task") == "translate":
            text = "Hello madam, I am calling you"
        seg = SimpleNamespace(start=0.2, end=1.5, text=text, words=[], avg_logprob=-0.2, no_speech_prob=0.01,
                              compression_ratio=1.2)
        return iter([seg]), SimpleNamespace(language=lang, language_probability=1.0, duration=2.0,
                                            duration_after_vad=1.5)


class FakeDetector:
    name = "fake"

    def __init__(self, language: str, prob: float = 0.9):
        self.language, self.prob = language, prob

    def detect(self, channels):
        return combine([ChannelLanguage(ch, self.language, self.prob, 30.0, {self.language: self.prob})
                        for ch, _ in channels], "fake")


def tone(path: Path, seconds: float = 2.0) -> Path:
    sr = 16000
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(b"".join(struct.pack("<h", int(0.3 * 32767 * math.sin(2 * math.pi * 220 * i / sr)))
                               for i in range(int(seconds * sr))))
    return path


def run(tmp_path, spoken: str, **over):
    from voc.transcribe.asr import Transcriber

    model = FakeWhisper()
    tr = Transcriber(settings(**over), model=model, detector=FakeDetector(spoken))
    path = tone(tmp_path / "call.wav")
    return tr.transcribe(Call("c1", str(path), 2.0, 1, 16000, "pcm"), path), model


def test_transcriber_decodes_a_french_call_in_french(tmp_path):
    t, model = run(tmp_path, "fr")
    assert [c["language"] for c in model.calls] == ["fr"] and model.calls[0]["task"] == "transcribe"
    assert (t.language, t.language_detected, t.language_status, t.task, t.translated) == ("fr", "fr", OTHER,
                                                                                          "transcribe", False)
    assert t.utterances[0].lang == "fr" and t.utterances[0].text.startswith("Bonjour")
    assert t.language_detail["channels"][0]["language"] == "fr" and t.language_detected_prob == pytest.approx(0.9)


def test_transcriber_skips_a_french_call_by_setting(tmp_path):
    t, model = run(tmp_path, "fr", **{"asr.other_languages": "skip"})
    assert model.calls == [] and t.utterances == []
    assert (t.language_status, t.task, t.language_detected) == (SKIPPED, "skipped", "fr")
    assert "asr.other_languages" in t.language_reason


def test_transcriber_translates_only_when_asked(tmp_path):
    t, model = run(tmp_path, "fr", **{"asr.task": "translate"})
    assert model.calls[0]["task"] == "translate" and model.calls[0]["language"] == "fr"
    assert (t.language, t.language_detected, t.translated, t.task) == ("en", "fr", True, "translate")
    assert t.utterances[0].lang == "en"


def test_transcriber_english_call_unchanged(tmp_path):
    t, model = run(tmp_path, "en")
    assert model.calls[0]["language"] == "en" and model.calls[0]["task"] == "transcribe"
    assert (t.language, t.language_status, t.translated) == ("en", EXPECTED, False)
