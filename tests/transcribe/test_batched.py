"""Cross-call batched decoding (voc.transcribe.batched): splitting at pauses, fallback rule, group isolation (fast,
with fakes), and real speech with tiny.en: several calls in shared batches give the sequential decoder's words."""

from __future__ import annotations

import json
import wave
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from voc.eval.asr import word_errors
from voc.records import Call
from voc.settings import Settings
from voc.transcribe.batched import SAMPLE_RATE, CrossCallDecoder, _run_group

JFK = "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country."
LEFT = "He began a confused complaint against the wizard, who had vanished behind the curtain on the left."
RIGHT = "The horizon seems extremely distant."


def settings(**over) -> Settings:
    return Settings.load(overrides={"asr.model": "tiny.en", "device": "cpu", **over}, env={})


def _decoder(**over) -> CrossCallDecoder:
    d = CrossCallDecoder.__new__(CrossCallDecoder)  # no model needed for the pure steps
    d.settings = settings(**over)
    d.stats = {"batches": 0, "chunks": 0, "fallbacks": 0, "jobs": 0, "lid_chunks": 0, "reused_encodings": 0}
    return d


def _seg(words, temperature=0.0, **kw):
    from faster_whisper.transcribe import Segment, Word

    ws = [Word(start=a, end=b, word=w, probability=0.9) for a, b, w in words]
    base = dict(id=0, seek=0, start=ws[0].start, end=ws[-1].end, text="".join(w.word for w in ws), tokens=[],
                avg_logprob=-0.2, compression_ratio=1.2, no_speech_prob=0.01, words=ws, temperature=temperature)
    return Segment(**{**base, **kw})


def test_chunk_segment_split_into_utterances_at_vad_pauses():
    clips = [{"start": 0, "end": 2 * SAMPLE_RATE}, {"start": 5 * SAMPLE_RATE, "end": 8 * SAMPLE_RATE}]
    seg = _seg([(0.1, 0.5, " Hello"), (0.6, 1.0, " there."), (5.2, 5.6, " How"), (5.7, 6.1, " are"),
                (6.2, 6.8, " you?")])
    out = _decoder()._split_at_pauses([seg], clips)
    assert [s.text for s in out] == [" Hello there.", " How are you?"]
    assert [(s.start, s.end) for s in out] == [(0.1, 1.0), (5.2, 6.8)]
    assert [s.id for s in out] == [1, 2] and all(s.avg_logprob == -0.2 for s in out)
    # a sequential re-decode (temperature != 0) keeps its own segments
    redo = _seg([(0.1, 0.5, " a"), (5.2, 5.6, " b")], temperature=-1.0)
    assert len(_decoder()._split_at_pauses([redo], clips)) == 1


@pytest.mark.parametrize("kw, fallback", [
    ({}, False),
    ({"compression_ratio": 3.0}, True),                       # a loop
    ({"avg_logprob": -1.5}, True),                           # low confidence speech
    ({"avg_logprob": -1.5, "no_speech_prob": 0.9}, False),    # silence: dropped later, not re-decoded
])
def test_fallback_rule_follows_faster_whisper(kw, fallback):
    seg = _seg([(0.0, 0.4, " x")], **kw)
    assert _decoder()._needs_fallback([seg]) is fallback
    assert _decoder(**{"asr.temperature_fallback": False})._needs_fallback([seg]) is False


def test_group_isolates_a_failing_call_and_keeps_order():
    """One call's prepare fails, one call's audio breaks the shared batch: both fail alone, the others finish."""
    from concurrent.futures import Future

    class FakeTr:
        settings = SimpleNamespace(asr=SimpleNamespace(lid_windows=4))

        def _steps(self, call, prepared, t0):
            if prepared == "no-speech":
                return call.call_id
            decoded = yield [SimpleNamespace(audio=prepared, tag=call.call_id)]
            return f"{call.call_id}:{decoded[0]}"

    class FakeDecoder:
        def __init__(self):
            self.calls = []

        def decode(self, jobs):
            self.calls.append([j.tag for j in jobs])
            if any(j.audio == "poison" for j in jobs):
                raise RuntimeError("bad batch")
            return [f"text-{j.tag}" for j in jobs]

    def fut(value=None, exc=None):
        f = Future()
        f.set_exception(exc) if exc else f.set_result(value)
        return f

    calls = [Call(call_id=c, path=c, duration_s=1, channels=1, sample_rate=8000, codec="") for c in "abcde"]
    group = [(calls[0], fut("x")), (calls[1], fut(exc=OSError("gone"))), (calls[2], fut("poison")),
             (calls[3], fut("no-speech")), (calls[4], fut("y"))]
    dec = FakeDecoder()
    out = list(_run_group(FakeTr(), dec, group))
    assert out[0] == "a:text-a" and out[4] == "e:text-e" and out[3] == "d"
    assert isinstance(out[1], OSError) and isinstance(out[2], RuntimeError)
    assert dec.calls[0] == ["a", "c", "e"]                  # one shared batch first, then one by one
    assert dec.calls[1:] == [["a"], ["c"], ["e"]]


# -- real speech -------------------------------------------------------------------------------------------------

def _wav(path: Path, x: np.ndarray, rate: int = 16000) -> Path:
    x = np.atleast_2d(x)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(x.shape[0])
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes((np.clip(x.T, -1, 1) * 32767).astype("<i2").tobytes())
    return path


@pytest.mark.slow
def test_calls_share_batches_with_sequential_accuracy(shared_data, tmp_path):
    from voc.models import load_whisper
    from voc.transcribe.asr import Transcriber
    from voc.transcribe.audio import decode

    jfk = shared_data / "whisper-cpp-jfk" / "jfk.wav"
    stereo = shared_data / "faster-whisper-tests" / "stereo_diarization.wav"
    osr = shared_data / "osr-harvard-8k" / "OSR_us_000_0034_8k.wav"
    osr_ref = json.loads((shared_data / "osr-harvard-8k" / "test_samples.json").read_text())[0]["transcription"]
    speech = decode(jfk).samples[0]
    long_call = _wav(tmp_path / "jfk_x3_gaps.wav", np.concatenate([speech, np.zeros(3 * SAMPLE_RATE, np.float32)] * 3))
    items = [(Call(call_id=p.stem, path=str(p), duration_s=0, channels=0, sample_rate=0, codec=""), p)
             for p in (jfk, stereo, osr, long_call)]

    s_seq = settings(**{"asr.batched": "off", "asr.temperature_fallback": False})
    s_bat = settings(**{"asr.batched": "on", "asr.temperature_fallback": False, "asr.batch_size": 8})
    model = load_whisper(s_seq)
    seq = list(Transcriber(s_seq, model=model).transcribe_many(items))
    tr = Transcriber(s_bat, model=model)
    bat = list(tr.transcribe_many(items))
    assert not [r for r in seq + bat if isinstance(r, Exception)]
    stats = tr.cross_call_decoder.stats
    assert stats["jobs"] == 5 and stats["batches"] < stats["chunks"]   # 4 calls (one stereo) in shared batches

    def txt(t, ch=None):
        return " ".join(u.text for u in t.utterances if ch is None or u.channel == ch)

    refs = [(0, None, JFK), (1, 0, LEFT), (1, 1, RIGHT), (2, None, osr_ref), (3, None, " ".join([JFK] * 3))]
    for i, ch, ref in refs:
        a, b = word_errors(ref, txt(seq[i], ch)), word_errors(ref, txt(bat[i], ch))
        assert b["errors"] <= a["errors"] + max(1, 0.05 * a["reference_words"]), (items[i][1].name, ch, txt(bat[i], ch))
    # times on the call's own time line: the third JFK repeat starts after 2 x (11 s + 3 s)
    t = bat[3]
    assert len(t.utterances) >= 3 and t.utterances[-1].start_s > 27.5
    assert all(w.start_s <= w.end_s for u in t.utterances for w in u.words)
    assert {u.channel for u in bat[1].utterances} == {0, 1}


def test_local_executor_pretranscribes_groups_when_asr_is_batched():
    from voc.executors.local import LocalExecutor
    from voc.processor import CallOutcome, WorkItem

    log: list = []

    class Proc:
        batched_asr = True

        def pretranscribe(self, items):
            log.append(("pre", [it.call.call_id for it in items]))

        def process(self, item):
            log.append(("process", item.call.call_id))
            return CallOutcome(item.call.call_id, {}, {}, 0.0, {}, [])

    s = settings(**{"asr.cross_call_group": 2})
    items = [WorkItem(call=Call(call_id=c, path=f"/x/{c}.wav", duration_s=1, channels=1, sample_rate=8000,
                                codec=""), stages=["transcribe"], hashes={}) for c in "abc"]
    outs = list(LocalExecutor(s, processor=Proc()).map(items))
    assert [o.call_id for o in outs] == ["a", "b", "c"]
    assert log == [("pre", ["a", "b"]), ("process", "a"), ("process", "b"), ("pre", ["c"]), ("process", "c")]


def test_pretranscribed_hands_over_result_or_raises_once():
    from voc.processor import CallProcessor

    p = CallProcessor(settings())
    p._pre = {"a": "transcript-a", "b": OSError("gone")}
    assert p.pretranscribed("a") == "transcript-a" and p.pretranscribed("a") is None
    with pytest.raises(OSError):
        p.pretranscribed("b")
    assert p.pretranscribed("zz") is None


@pytest.mark.slow
def test_voc_pipeline_with_batched_asr_shares_batches_across_calls(shared_data):
    """CallProcessor through the local executor with asr.batched = on: 3 calls, one shared batch, same words."""
    from voc.executors.local import LocalExecutor
    from voc.processor import CallProcessor, WorkItem

    paths = [shared_data / "whisper-cpp-jfk" / "jfk.wav", shared_data / "faster-whisper-tests" / "jfk.flac",
             shared_data / "faster-whisper-tests" / "stereo_diarization.wav"]
    s = settings(**{"asr.batched": "on", "asr.temperature_fallback": False})
    proc = CallProcessor(s)
    items = [WorkItem(call=Call(call_id=f"{i}" * 64, path=str(p), duration_s=12, channels=1, sample_rate=16000,
                                codec="pcm"), stages=["transcribe"], hashes={"transcribe": "h"})
             for i, p in enumerate(paths)]
    outs = list(LocalExecutor(s, processor=proc).map(items))
    assert all(o.error is None for o in outs), [o.error for o in outs]
    stats = proc.transcriber.cross_call_decoder.stats
    assert stats["batches"] == 1 and stats["jobs"] == 4          # jfk, jfk (dual mono: once), 2 stereo channels
    for o in outs[:2]:
        text = " ".join(r["text"] for r in o.rows["utterances"])
        assert word_errors(JFK, text)["wer"] < 0.1, text
    assert {r["channel"] for r in outs[2].rows["utterances"]} == {0, 1}


@pytest.mark.slow
def test_language_identified_from_the_batched_encoder_matches_the_detector(shared_data):
    """base (multilingual), batched: LID reads the encoder passes that decoding reuses; same languages as the
    separate LanguageDetector, and the encoder is not run twice for those chunks."""
    from voc.models import load_whisper
    from voc.transcribe.asr import Transcriber

    paths = [shared_data / "whisper-cpp-jfk" / "jfk.wav", shared_data / "faster-whisper-tests" / "multilingual.mp3"]
    items = [(Call(call_id=p.stem, path=str(p), duration_s=0, channels=0, sample_rate=0, codec=""), p)
             for p in paths]
    over = {"asr.model": "base", "asr.temperature_fallback": False, "asr.languages": ["en", "fr", "de", "es"]}
    s_seq, s_bat = settings(**over, **{"asr.batched": "off"}), settings(**over, **{"asr.batched": "on"})
    model = load_whisper(s_seq)
    seq = list(Transcriber(s_seq, model=model).transcribe_many(items))
    tr = Transcriber(s_bat, model=model)
    assert tr.lid_in_batches
    bat = list(tr.transcribe_many(items))
    assert not [r for r in seq + bat if isinstance(r, Exception)]
    a, b = seq[0], bat[0]  # JFK: clearly English
    assert (a.language_detected, a.language, a.language_status) == (b.language_detected, b.language,
                                                                     b.language_status) == ("en", "en", "expected")
    assert abs(a.language_detected_prob - b.language_detected_prob) < 0.05
    # multilingual.mp3 is half English, half German (p ~ 0.5 each): the same two languages lead, with the same weight
    for t in (seq[1], bat[1]):
        top = t.language_detail["channels"][0]["top"]
        assert set(list(top)[:2]) == {"en", "de"} and abs(top["en"] - top["de"]) < 0.1
    assert bat[0].language_detected == "en" and word_errors(JFK, " ".join(u.text for u in bat[0].utterances))["wer"] < 0.1
    stats = tr.cross_call_decoder.stats
    assert stats["lid_chunks"] >= 2 and stats["reused_encodings"] >= 2


def test_kept_encodings_refused_by_the_device_are_encoded_again():
    """A device that refuses host encoder outputs: the batch is encoded again and keeping them stops."""
    d = _decoder()
    calls = []

    class Pipe:
        encoded = None
        last_speech_timestamp = 0.0

        def forward(self, features, tokenizer, metas, options):
            calls.append(self.encoded is not None)
            if self.encoded is not None:
                raise RuntimeError("storage on the wrong device")
            return [[] for _ in metas]

    d.pipeline = Pipe()
    d.keep_encodings = True
    d.model = SimpleNamespace(feature_extractor=lambda a: np.zeros((80, 3001), np.float32),
                              model=SimpleNamespace(device="cuda", is_multilingual=False), hf_tokenizer=None)
    d._tokenizer = lambda language, translate: None
    d._options = lambda tok: SimpleNamespace(word_timestamps=False)
    from voc.transcribe.batched import _Chunk

    chunks = [_Chunk(0, 0, np.zeros(16000, np.float32), {"offset": 0.0, "duration": 1.0},
                     encoded=np.zeros((1500, 384), np.float32))]
    d._decode_group(chunks, "en", False)
    assert calls == [True, False] and d.keep_encodings is False and d.stats["reused_encodings"] == 0
