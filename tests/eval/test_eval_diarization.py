"""`voc eval diarization`: manifest reading, DER components and JER via pyannote.metrics, role accuracy, CLI."""

from __future__ import annotations

import json
import wave
from pathlib import Path

import numpy as np
import pytest

from voc.errors import IngestError
from voc.eval.diarization import evaluate_diarization, read_manifest
from voc.records import Transcript, Turn, Utterance, Word
from voc.settings import Settings

REPO = Path(__file__).resolve().parents[2]


def write_wav(path: Path, seconds: float = 10.0, sr: int = 16000) -> None:
    x = (0.1 * np.sin(2 * np.pi * 220 * np.arange(int(seconds * sr)) / sr) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(sr)
        w.writeframes(x.tobytes())


@pytest.fixture()
def manifest(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    for name in ("call_a", "call_b"):
        write_wav(data / f"{name}.wav")
    # Reference: AGENT 0-4 s, CUST 4-8 s in both files (plus another uri that must be ignored).
    (data / "ref.rttm").write_text("".join(
        f"SPEAKER {u} 1 {s} {d} <NA> <NA> {spk} <NA> <NA>\n"
        for u in ("call_a", "call_b", "other") for s, d, spk in ((0.0, 4.0, "AGENT"), (4.0, 4.0, "CUST"))))
    (data / "ref.uem").write_text("call_a NA 0.000 10.000\ncall_b NA 0.000 10.000\n")
    m = tmp_path / "eval" / "m.csv"
    m.parent.mkdir()
    m.write_text("audio,rttm,uem,agent\n../data/call_a.wav,../data/ref.rttm,../data/ref.uem,AGENT\n"
                 "../data/call_b.wav,../data/ref.rttm,,CUST\n")
    return m


def fake_diarize(samples, sr):
    # S0 = AGENT exactly; S1 misses 7-8 s (1 s missed) and adds 8.5-9.5 s (1 s false alarm).
    return [Turn("S0", 0.0, 4.0), Turn("S1", 4.0, 7.0), Turn("S1", 8.5, 9.5)]


def fake_transcribe(path: Path) -> Transcript:
    w = [Word(0.5, 3.5, " Thank you for calling, how can I help?", 1.0),
         Word(4.5, 6.5, " I was charged twice on my bill.", 1.0)]
    return Transcript("x", "en", 1.0, [Utterance(0, 0, 0.5, 6.5, "", w)], "fake")


def test_manifest_paths_are_relative_to_the_manifest(manifest):
    rows = read_manifest(manifest)
    assert [r.uri for r in rows] == ["call_a", "call_b"]
    assert rows[0].uem is not None and rows[1].uem is None and rows[0].agent == "AGENT"
    assert all(r.audio.is_file() and r.rttm.is_file() for r in rows)


def test_manifest_errors_name_file_line_and_column(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("audio,reference\nx.wav,hello\n")
    with pytest.raises(IngestError, match="missing column.*rttm"):
        read_manifest(m)
    m.write_text("audio,rttm\nmissing.wav,ref.rttm\n")
    with pytest.raises(IngestError, match="line 2: audio 'missing.wav'"):
        read_manifest(m)
    with pytest.raises(IngestError, match="does not exist"):
        read_manifest(tmp_path / "nope.csv")


def test_der_components_jer_and_role_accuracy(manifest):
    r = evaluate_diarization(manifest, Settings(), diarize=fake_diarize, transcribe=fake_transcribe)
    # Per file: reference speech 8 s, missed 1 s, false alarm 1 s, no confusion → DER 0.25.
    assert r["der"] == pytest.approx(0.25) and r["missed"] == pytest.approx(0.125)
    assert r["false_alarm"] == pytest.approx(0.125) and r["confusion"] == 0
    row = r["rows"][0]
    assert (row["missed_s"], row["false_alarm_s"], row["confusion_s"], row["reference_s"]) == (1.0, 1.0, 0.0, 8.0)
    assert (row["ref_speakers"], row["hyp_speakers"]) == (2, 2)
    # JER: AGENT perfectly matched (0); CUST: hyp S1 covers 4-7 and 8.5-9.5, ref 4-8 → 1 - 3/5 = 0.4; mean 0.2.
    assert r["jer"] == pytest.approx(0.2)
    # voc calls S0 (who greets) the agent; S0 maps to AGENT: right for call_a, wrong for call_b (agent = CUST).
    assert [x["role_correct"] for x in r["rows"]] == [True, False] and r["rows"][0]["agent_voc"] == "S0"
    assert r["role_accuracy"] == 0.5


def test_collar_forgives_boundaries(manifest):
    r = evaluate_diarization(manifest, Settings(), collar=1.0, diarize=fake_diarize, transcribe=fake_transcribe)
    # ±0.5 s around the reference boundaries at 0, 4 and 8 s is not scored: 2 s less reference speech,
    # half of the 7-8 s miss forgiven; the false alarm at 8.5-9.5 s lies outside every collar.
    row = r["rows"][0]
    assert (row["reference_s"], row["missed_s"], row["false_alarm_s"]) == (6.0, 0.5, 1.0) and r["collar"] == 1.0


def test_unknown_agent_label_is_an_error(manifest):
    manifest.write_text(manifest.read_text().replace("CUST\n", "BOSS\n"))
    with pytest.raises(IngestError, match="agent 'BOSS' is not a speaker"):
        evaluate_diarization(manifest, Settings(), diarize=fake_diarize, transcribe=fake_transcribe)


def test_cli_writes_json(manifest, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import voc.eval.diarization as ev
    import voc.speakers.methods as dz
    from voc.cli import app

    class FakeDiarizer:
        def __init__(self, settings, hook=None):
            self.num = settings.diarization.num_speakers

        def diarize(self, samples, sr):
            assert self.num is None  # --num-speakers auto reached the settings
            return fake_diarize(samples, sr)

    monkeypatch.setattr(dz, "make_diarizer", lambda settings, hook=None: FakeDiarizer(settings, hook))
    monkeypatch.setattr(ev, "default_transcriber", lambda settings: fake_transcribe)
    out = tmp_path / "out" / "der.json"
    res = CliRunner().invoke(app, ["eval", "diarization", str(manifest), "--json", str(out), "--num-speakers", "auto"])
    assert res.exit_code == 0, res.output
    text = " ".join(res.output.split())
    assert "DER 25.0%" in text and "role accuracy 50.0%" in text and "call_a.wav" in text
    data = json.loads(out.read_text())
    assert set(data) >= {"der", "jer", "role_accuracy", "rows"} and len(data["rows"]) == 2
    res = CliRunner().invoke(app, ["eval", "diarization", str(manifest), "--num-speakers", "many"])
    assert res.exit_code != 0 and "expected a number or 'auto'" in res.output


def test_shipped_manifests_resolve(shared_data):
    for name in ("pyannote_sample.csv", "ami_debug.csv"):
        rows = read_manifest(REPO / "eval" / "diarization" / name)
        assert rows and all(r.audio.is_file() for r in rows)
