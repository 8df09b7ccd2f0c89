"""`voc eval asr`: the normaliser, manifest parsing, WER arithmetic and the command end to end (tiny.en)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from voc.errors import IngestError
from voc.eval.asr import read_manifest, word_errors
from voc.eval.normalize import normalize_text, number_to_words

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw, norm", [
    ("And so my fellow Americans, ask not!", "and so my fellow americans ask not"),
    ("I'm sure it's fine; we'll see, won't we? They can't.", "i am sure it is fine we will see will not we they can not"),
    ("She saw a cat in the neighbor\u2019s house.", "she saw a cat in the neighbors house"),
    ("Mr. Smith paid $20.50 on the 21st, 15% off", "mister smith paid twenty dollars fifty cents on the twenty first "
                                                  "fifteen percent off"),
    ("In 1813 and 2005, 1,500 people; 3.5 km", "in eighteen thirteen and two thousand five one thousand five hundred "
                                               "people three point five km"),
    ("IN EIGHTEEN THIRTEEN", "in eighteen thirteen"),
    ("Um, uh, the colour is OK", "the color is okay"),
    ("well-known e-mail", "well known e mail"),
])
def test_normalize_text(raw, norm):
    assert normalize_text(raw) == norm


@pytest.mark.parametrize("token, words", [
    ("0", "zero"), ("13", "thirteen"), ("40", "forty"), ("99", "ninety nine"), ("100", "one hundred"),
    ("1,000,001", "one million one"), ("1900", "nineteen hundred"), ("1905", "nineteen oh five"),
    ("2024", "twenty twenty four"), ("2500", "two thousand five hundred"), ("007", "zero zero seven"),
])
def test_number_to_words(token, words):
    assert number_to_words(token) == words


def test_normalizer_makes_digits_and_words_agree():
    assert word_errors("I paid twenty five dollars in nineteen ninety", "I paid $25 in 1990")["wer"] == 0.0


def test_word_errors_counts():
    r = word_errors("the cat sat on the mat", "oh the cat sat on mat")
    assert (r["reference_words"], r["deletions"], r["insertions"], r["substitutions"]) == (6, 1, 1, 0)
    assert r["errors"] == 2 and r["wer"] == pytest.approx(2 / 6)
    empty = word_errors("hello world", "")
    assert (empty["deletions"], empty["wer"]) == (2, 1.0)


def write_manifest(path: Path, rows: list[dict]) -> Path:
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_manifest_errors_name_file_line_and_fix(tmp_path):
    (tmp_path / "a.wav").write_bytes(b"x")
    with pytest.raises(IngestError, match="missing column.*reference"):
        read_manifest(write_manifest(tmp_path / "m1.csv", [{"audio": "a.wav", "text": "hi"}]))
    with pytest.raises(IngestError, match=r"m2\.csv line 2: audio file .*nope\.wav does not exist"):
        read_manifest(write_manifest(tmp_path / "m2.csv", [{"audio": "nope.wav", "reference": "hi"}]))
    with pytest.raises(IngestError, match="line 3: channel 'left' is not an integer"):
        read_manifest(write_manifest(tmp_path / "m3.csv", [{"audio": "a.wav", "reference": "hi", "channel": "0"},
                                                           {"audio": "a.wav", "reference": "hi", "channel": "left"}]))
    with pytest.raises(IngestError, match="does not exist"):
        read_manifest(tmp_path / "absent.csv")
    rows = read_manifest(write_manifest(tmp_path / "m4.csv", [{"audio": "a.wav", "reference": "hi", "channel": ""}]))
    assert rows[0].audio == (tmp_path / "a.wav").resolve() and rows[0].channel is None


def test_shipped_manifests_resolve(shared_data):
    manifests = sorted((REPO / "eval" / "asr").glob("*.csv"))
    assert {m.stem for m in manifests} >= {"all", "jfk", "stereo", "osr_8k", "librispeech", "pyannote"}
    total = 0
    for m in manifests:
        rows = read_manifest(m)
        assert all(r.audio.is_file() for r in rows)
        if m.stem != "all":
            total += len(rows)
    assert len(read_manifest(REPO / "eval" / "asr" / "all.csv")) == total


@pytest.mark.slow
def test_eval_asr_command_end_to_end(shared_data, tmp_path):
    from typer.testing import CliRunner

    from voc.cli import app

    stereo = shared_data / "faster-whisper-tests" / "stereo_diarization.wav"
    manifest = write_manifest(tmp_path / "m.csv", [
        {"audio": str(shared_data / "whisper-cpp-jfk" / "jfk.wav"), "reference": "And so my fellow Americans, ask "
         "not what your country can do for you, ask what you can do for your country.", "channel": ""},
        {"audio": str(stereo), "reference": "The horizon seems extremely distant.", "channel": "1"},
        {"audio": str(stereo), "reference": "The horizon seems extremely distant.", "channel": "0"},  # wrong side
    ])
    out = tmp_path / "res" / "wer.json"
    res = CliRunner().invoke(app, ["eval", "asr", str(manifest), "--json", str(out), "--model", "tiny.en",
                                   "--device", "cpu"])
    assert res.exit_code == 0, res.output
    assert "pooled" in res.output and "jfk.wav" in res.output
    data = json.loads(out.read_text())
    assert data["model"] == "tiny.en"
    rows = data["rows"]
    assert [r["channel"] for r in rows] == [None, 1, 0]
    assert rows[0]["wer"] < 0.1 and rows[1]["wer"] == 0.0
    assert rows[2]["wer"] > 0.5  # channel 0 holds the other sentence: the channel column is honoured
    for r in rows:
        assert set(r) >= {"audio", "channel", "reference_words", "errors", "wer", "hypothesis", "substitutions",
                          "deletions", "insertions"}
        assert r["errors"] == r["substitutions"] + r["deletions"] + r["insertions"]
    assert data["pooled_wer"] == pytest.approx(sum(r["errors"] for r in rows) / sum(r["reference_words"] for r in rows))


def test_eval_asr_command_bad_manifest_exit_code(tmp_path):
    from typer.testing import CliRunner

    from voc.cli import app

    res = CliRunner().invoke(app, ["eval", "asr", str(tmp_path / "none.csv"), "--model", "tiny.en"])
    assert res.exit_code == 2
    assert "does not exist" in res.output
