"""A real non-English call end to end (`voc run`): stored in its own language, no English invented, the English-only
analysis steps recorded as skipped; and on an English-only model, skipped with the reason. Slow: real models.

The clip (25 s of a Spanish call-center recording from ../shared/data/axonlabs-multilingual) is cut at test time.
"""

from __future__ import annotations

import json
import re
import wave

import numpy as np
import pytest

pytestmark = pytest.mark.slow

CALL = "1757078926.92210"   # Spanish, billing/account call
CLIP_S = 25.0
ENGLISH_FUNCTION_WORDS = {"the", "and", "is", "you", "i", "to", "of", "a", "that", "it", "in", "for", "what", "this",
                          "have", "am", "are", "with", "my", "your", "we", "do", "not", "yes", "can", "will"}


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


@pytest.fixture(scope="module")
def spanish_clip(shared_data, tmp_path_factory):
    from voc.eval.language import silver_turns
    from voc.transcribe.audio import decode

    src = shared_data / "axonlabs-multilingual" / f"{CALL}.mp3"
    if not src.is_file():
        pytest.skip(f"{src} is absent")
    turns = silver_turns(src.with_suffix(".txt"))
    start = next(t for t, _ in turns if t >= 15)
    audio = decode(src, 8000, "mono").samples[0][int(start * 8000): int((start + CLIP_S) * 8000)]
    folder = tmp_path_factory.mktemp("es_call")
    with wave.open(str(folder / "llamada.wav"), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes((np.clip(audio, -1, 1) * 32767).astype("<i2").tobytes())
    native = {w for _, t in turns for w in _words(t)}
    english = {w for _, t in silver_turns(src.with_suffix(".txt"), english=True) for w in _words(t)}
    return folder, native, english


def test_spanish_call_is_stored_in_spanish_without_invented_english(spanish_clip, tmp_path, voc):
    folder, native, english = spanish_clip
    p = voc("run", str(folder), "--json", "--quiet", "--no-report", cwd=tmp_path, env={"VOC_ASR__MODEL": "base"})
    assert p.returncode == 0, p.stderr[-3000:]
    from voc.warehouse import connect

    con = connect(tmp_path / "voc.duckdb", read_only=True)
    lang, detected, prob, status, task, translated, detail = con.execute(
        "SELECT language, language_detected, language_detected_prob, language_status, task, translated, "
        "language_detail FROM transcripts").fetchone()
    assert (lang, detected, status, task, translated) == ("es", "es", "other", "transcribe", False)
    assert prob > 0.5 and json.loads(detail)["channels"][0]["language"] == "es"
    text = " ".join(t for (t,) in con.execute("SELECT text FROM utterances ORDER BY idx").fetchall())
    words = _words(text)
    assert len(words) >= 15, text
    in_native = sum(w in native for w in words) / len(words)
    in_english = sum(w in english for w in words) / len(words)
    english_function = sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    assert in_native > 0.5 and in_native > in_english + 0.2, (in_native, in_english, text)
    assert english_function < 0.1, text
    assert {r[0] for r in con.execute("SELECT DISTINCT lang FROM utterances").fetchall()} == {"es"}
    skipped = dict(con.execute("SELECT step, reason FROM analysis_skips").fetchall())
    assert {"entities", "sentiment", "complaints", "intents"} <= set(skipped)  # (+ steps added since)
    assert all("es" in r for r in skipped.values())
    assert con.execute("SELECT count(*) FROM call_sentiment").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM intents").fetchone()[0] == 0
    con.close()


def test_spanish_call_on_an_english_only_model_is_skipped_with_the_reason(spanish_clip, tmp_path, voc):
    folder, _, _ = spanish_clip
    p = voc("run", str(folder), "--json", "--quiet", "--no-report", cwd=tmp_path, env={"VOC_ASR__MODEL": "tiny.en"})
    assert p.returncode == 0, p.stderr[-3000:]
    from voc.warehouse import connect

    con = connect(tmp_path / "voc.duckdb", read_only=True)
    detected, status, task, reason = con.execute(
        "SELECT language_detected, language_status, task, language_reason FROM transcripts").fetchone()
    assert (detected, status, task) == ("es", "skipped", "skipped")
    assert "English-only" in reason and "asr.model = 'base'" in reason
    assert con.execute("SELECT count(*) FROM utterances").fetchone()[0] == 0
    con.close()
