"""The per-call processor with fake models: redaction before storage, redacted audio, error isolation."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from voc.errors import AudioError
from voc.processor import CallProcessor, WorkItem
from voc.records import Call, Transcript, Utterance, Word
from voc.settings import Settings


class FakeTranscriber:
    def __init__(self, text_words):
        self.text_words = text_words

    def transcribe(self, call, path, audio=None):
        words = [Word(0.5 + i * 0.4, 0.5 + i * 0.4 + 0.3, w, 0.9, 0) for i, w in enumerate(self.text_words)]
        u = Utterance(0, 0, words[0].start_s, words[-1].end_s, " ".join(self.text_words), words)
        return Transcript(call.call_id, "en", 0.99, [u], "fake")


class Broken:
    def transcribe(self, call, path, audio=None):
        raise AudioError(f"{path}: cannot decode. Fix: re-export it.")


def _call(tmp_path, seconds=8.0, sr=8000):
    p = tmp_path / "call.wav"
    x = (0.3 * np.sin(np.arange(int(seconds * sr)) / sr * 2 * np.pi * 440)).astype(np.float32)
    with wave.open(str(p), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes((x * 32767).astype("<i2").tobytes())
    return Call("c" * 64, str(p), seconds, 1, sr, "pcm_s16le")


def test_text_is_redacted_before_it_leaves_the_processor_and_audio_copy_is_silenced(tmp_path):
    s = Settings()
    s.warehouse = str(tmp_path / "voc.duckdb")
    s.pii.redact_audio = True
    s.pii.keep_original = True
    proc = CallProcessor(s)
    words = "my card number is 4111 1111 1111 1111 thanks".split()
    proc._cache["transcriber"] = FakeTranscriber(words)
    call = _call(tmp_path)
    out = proc.process(WorkItem(call, ["transcribe"], {"transcribe": "h"}))
    assert out.error is None, out.error
    texts = [r["text"] for r in out.rows["utterances"]]
    assert texts == ["my card number is [CARD] thanks"]
    assert "4111" not in " ".join(r["word"] for r in out.rows["words"])
    assert [r["pii_type"] for r in out.rows["pii_spans"]] == ["card"]
    assert out.rows["utterances_original"][0]["text"] == " ".join(words)
    copies = list((tmp_path / s.pii.redacted_audio_dir).glob("*.wav"))
    assert len(copies) == 1
    with wave.open(str(copies[0])) as w:
        y = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32767
        sr = w.getframerate()
    span = out.rows["pii_spans"][0]
    mid = int((span["start_s"] + span["end_s"]) / 2 * sr)
    assert np.abs(y[mid - 200:mid + 200]).max() < 1e-3        # the card number is silent
    assert np.abs(y[int(0.2 * sr):int(0.4 * sr)]).max() > 0.1  # the rest is not


def test_bad_audio_is_a_permanent_failure_with_no_rows(tmp_path):
    proc = CallProcessor(Settings())
    proc._cache["transcriber"] = Broken()
    out = proc.process(WorkItem(_call(tmp_path), ["transcribe", "speakers"], {"transcribe": "h", "speakers": "h"}))
    assert out.permanent and out.error_stage == "transcribe" and "Fix" in out.error
    assert out.rows == {} and out.stages == {}


def test_a_bug_in_one_stage_is_isolated_with_its_traceback(tmp_path):
    proc = CallProcessor(Settings())

    class Boom:
        def transcribe(self, call, path, audio=None):
            raise ZeroDivisionError("boom")

    proc._cache["transcriber"] = Boom()
    out = proc.process(WorkItem(_call(tmp_path), ["transcribe"], {"transcribe": "h"}))
    assert not out.permanent and "ZeroDivisionError: boom" in out.error and "Traceback" in out.error


class FakeDiarizer:
    def __init__(self):
        self.got = None

    def diarize(self, samples, sr):
        from voc.records import Turn

        self.got = (samples.shape, sr)
        return [Turn("S0", 0.0, 2.0), Turn("S1", 2.0, 8.0)]


class NoRedaction:
    def redact(self, utts):
        from voc.analyze.pii import RedactionResult

        return RedactionResult(utterances=list(utts), spans=[])


def test_the_audio_is_decoded_once_and_shared_by_asr_and_diarization(tmp_path, monkeypatch):
    import voc.transcribe.audio as audio

    decodes = []
    real = audio.decode
    monkeypatch.setattr(audio, "decode", lambda *a, **kw: (decodes.append((a, kw)), real(*a, **kw))[1])
    seen = {}

    class Recording(FakeTranscriber):
        def transcribe(self, call, path, audio=None):
            seen["audio"] = audio
            return super().transcribe(call, path)

    proc = CallProcessor(Settings())
    proc._cache.update(transcriber=Recording("hello there my bill is wrong".split()), diarizer=FakeDiarizer(),
                       redactor=NoRedaction())
    out = proc.process(WorkItem(_call(tmp_path), ["transcribe", "speakers"], {"transcribe": "h", "speakers": "h"}))
    assert out.error is None, out.error
    assert len(decodes) == 1                                   # one decode for ASR and diarization together
    assert seen["audio"] is not None and seen["audio"].sample_rate == 16000
    assert proc._cache["diarizer"].got == ((1, 128000), 16000)  # 8 s mono at 16 kHz, from the same decode
    assert {r["speaker"] for r in out.rows["speakers"]} <= {"S0", "S1"} and out.rows["turns"]
    assert set(out.stages) == {"transcribe", "speakers"} and set(out.timings) == {"transcribe", "speakers", "redact"}


def test_a_step_writing_a_table_its_stage_does_not_own_fails_the_call(tmp_path, monkeypatch):
    import dataclasses

    import voc.processor as processor
    from voc.stages import STEPS

    def writes_entities(ctx):   # attribute owns campaign_links only
        ctx.rows["entities"] = [{"call_id": ctx.call.call_id}]

    steps = tuple((st, dataclasses.replace(sp, run=writes_entities) if st.name == "attribute" else sp)
                  for st, sp in STEPS)
    monkeypatch.setattr(processor, "STEPS", steps)
    out = CallProcessor(Settings()).process(WorkItem(_call(tmp_path), ["attribute"], {"attribute": "h"}))
    assert out.error and "entities" in out.error and "declare the table" in out.error and out.rows == {}


def test_every_table_has_one_owning_stage_and_steps_run_in_order():
    from voc.stages import REGISTRY, STAGE_TABLES, STEPS

    tables = [t for s in REGISTRY for t in s.tables]
    assert len(tables) == len(set(tables))
    assert STAGE_TABLES["attribute"] == ("campaign_links",)
    names = [sp.name for _, sp in STEPS]
    assert names.index("redact") > names.index("speakers") > names.index("transcribe")
    assert names.index("analyze") > names.index("redact")


class WindowedTranscriber(FakeTranscriber):
    """Reports the audio reached after each 2 s window, as the real Transcriber does through ``on_audio``."""

    on_audio = None

    def transcribe(self, call, path, audio=None):
        for offset in (0.0, 2.0, 4.0, 6.0):
            if self.on_audio is not None:
                self.on_audio(offset)
        return super().transcribe(call, path, audio)


def test_progress_inside_a_call_reports_steps_and_audio_seconds(tmp_path):
    s = Settings()
    s.warehouse = str(tmp_path / "voc.duckdb")
    proc = CallProcessor(s)
    tr = WindowedTranscriber("hello I would like to change my plan".split())
    proc._cache["transcriber"] = tr
    events = []
    proc.on_progress = lambda cid, step, done, total: events.append((step, done, total))
    call = _call(tmp_path)
    out = proc.process(WorkItem(call, ["transcribe"], {"transcribe": "h"}))
    assert out.error is None, out.error
    reached = [done for step, done, total in events if step == "transcribe"]
    assert reached == sorted(reached) and reached[-1] == 6.0 and max(reached) <= call.duration_s
    assert all(total == call.duration_s for _, _, total in events)
    assert [step for step, _, _ in events if step != "transcribe"] == ["redact"]
    assert tr.on_audio is None   # the hook is removed after the call (no leak into the next one)


def test_progress_inside_a_call_reaches_the_log_and_the_published_file(tmp_path):
    import io

    from voc.progress import FileProgress, LogProgress, TeeProgress, read_progress

    buf = io.StringIO()
    wh = tmp_path / "voc.duckdb"
    tee = TeeProgress(LogProgress(stream=buf, every_s=0.0), FileProgress(wh, "r1", every_s=0.0))
    tee.within("abcdef123456789", "transcribe", 300.0, 840.0)
    assert "call abcdef123456: transcribe 300/840 s of audio" in buf.getvalue()
    cur = read_progress(wh)["current"]
    assert cur["call_id"] == "abcdef123456789" and cur["step"] == "transcribe"
    assert cur["audio_s_done"] == 300.0 and cur["audio_s_total"] == 840.0


def test_torch_threads_limited_on_the_cpu_when_the_diarizer_is_built():
    import torch

    from voc.processor import limit_torch_threads

    before = torch.get_num_threads()
    try:
        s = Settings()
        s.device = "cpu"
        s.run.torch_threads = 1
        assert limit_torch_threads(s) == 1 and torch.get_num_threads() == 1
        s.run.torch_threads = 0            # 0: leave torch's default alone
        torch.set_num_threads(2)
        assert limit_torch_threads(s) is None and torch.get_num_threads() == 2
    finally:
        torch.set_num_threads(before)


# -- BLAS threads: a call's rows do not depend on where it ran ------------------------------------------------------

def _blas_threads() -> set[int]:
    from threadpoolctl import threadpool_info

    return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}


class ThreadRecorder(FakeTranscriber):
    def __init__(self, text_words):
        super().__init__(text_words)
        self.seen: list[set[int]] = []

    def transcribe(self, call, path, audio=None):
        self.seen.append(_blas_threads())
        return super().transcribe(call, path, audio)


def test_steps_run_with_one_blas_thread_and_the_process_setting_comes_back(tmp_path):
    from threadpoolctl import threadpool_limits

    if not _blas_threads():
        pytest.skip("numpy has no BLAS threadpool threadpoolctl can see")
    s = Settings()
    s.warehouse = str(tmp_path / "voc.duckdb")
    proc = CallProcessor(s)
    rec = ThreadRecorder("hello there".split())
    proc._cache["transcriber"] = rec
    with threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        out = proc.process(WorkItem(_call(tmp_path), ["transcribe"], {"transcribe": "h"}))
        assert out.error is None, out.error
        assert rec.seen == [{1}]
        assert _blas_threads() == before


def test_whisper_features_are_the_same_under_the_processors_limit_whatever_the_process_setting():
    """Why the limit exists: faster-whisper's log-mel matmul sums differently on 1 and 2 OpenBLAS threads (the Ray
    worker's OMP_NUM_THREADS=1 vs all cores locally), which changed decoded words; under fixed_blas_threads the
    outer setting no longer matters."""
    from faster_whisper.feature_extractor import FeatureExtractor
    from threadpoolctl import threadpool_limits

    from voc.processor import fixed_blas_threads

    if not _blas_threads():
        pytest.skip("numpy has no BLAS threadpool threadpoolctl can see")
    rng = np.random.default_rng(0)
    audio = (0.1 * rng.standard_normal(16000 * 20)).astype(np.float32)
    fe = FeatureExtractor()
    feats = {}
    for outer in (1, 2):
        with threadpool_limits(limits=outer, user_api="blas"):
            with fixed_blas_threads():
                feats[outer] = fe(audio)
    assert np.array_equal(feats[1], feats[2])
