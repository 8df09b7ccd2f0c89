"""The throughput harness (bench/throughput.py, bench/corpus.py): corpus properties, scoring, and one end-to-end run
on ~20 s of telephone-band calls (one mono, one stereo) with tiny.en on the CPU."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import corpus as bc  # noqa: E402
import throughput as tp  # noqa: E402


@pytest.fixture(scope="module")
def small_corpus(shared_data, tmp_path_factory):
    return bc.build_corpus(tmp_path_factory.mktemp("corpus"), 0.5, shared_data, call_s=15.0)


def test_mulaw_is_g711_as_pyav_decodes_it(tmp_path):
    from voc.transcribe.audio import decode, probe

    t = np.arange(8000) / 8000
    x = np.stack([0.5 * np.sin(2 * np.pi * 440 * t), 0.01 * np.sin(2 * np.pi * 1000 * t)]).astype(np.float32)
    path = tmp_path / "two.wav"
    bc.write_mulaw_wav(path, x)
    info = probe(path)
    assert (info.codec, info.channels, info.sample_rate) == ("pcm_mulaw", 2, 8000)
    got = decode(path, 8000, "all").samples
    assert got.shape == x.shape
    np.testing.assert_array_equal(got, bc.mulaw_decode(bc.mulaw_encode(x)))
    # mu-law keeps quiet signals: relative error stays small at -40 dBFS as well as at -6 dBFS
    for ch in range(2):
        err = np.sqrt(np.mean((got[ch] - x[ch]) ** 2)) / np.sqrt(np.mean(x[ch] ** 2))
        assert err < 0.05


def test_corpus_layout_references_and_determinism(small_corpus, shared_data, tmp_path):
    c = small_corpus
    assert {call.channels for call in c.calls} == {1, 2}
    assert 25 <= c.audio_seconds <= 45
    refs = {clip.name: clip.reference for clip in bc.CLIPS}
    for call in c.calls:
        assert sorted(call.references) == [str(ch) for ch in range(call.channels)]
        for ch, text in call.references.items():
            assert text == " ".join(refs[p.clip] for p in call.clips if str(p.channel) == ch)
        if call.channels == 2:  # turns alternate between the channels and do not overlap in time
            assert [p.channel for p in call.clips] == [i % 2 for i in range(len(call.clips))]
            assert all(a.end_s < b.start_s for a, b in zip(call.clips, call.clips[1:]))
        assert call.clips[-1].end_s <= call.duration_s
    again = bc.build_corpus(tmp_path / "again", 0.5, shared_data, call_s=15.0)
    for a, b in zip(c.calls, again.calls):
        assert a.path(c.folder).read_bytes() == b.path(again.folder).read_bytes()
    assert bc.read_corpus(again.folder) == again


def test_corpus_reused_when_arguments_match(small_corpus, shared_data):
    path = small_corpus.calls[0].path(small_corpus.folder)
    before = path.stat().st_mtime_ns
    assert bc.build_corpus(small_corpus.folder, 0.5, shared_data, call_s=15.0) == small_corpus
    assert path.stat().st_mtime_ns == before


def test_corpus_missing_clip_names_the_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="jfk.wav.*--data"):
        bc.build_corpus(tmp_path / "c", 0.2, tmp_path / "no-data")


def test_score_pools_over_call_channels(small_corpus):
    perfect = {(call.file, ch): ref for call in small_corpus.calls for ch, ref in call.references.items()}
    s = tp.score(small_corpus, perfect)
    assert (s["wer"], s["wer_mono"], s["wer_stereo"], s["errors"]) == (0.0, 0.0, 0.0, 0)
    words = sum(len(r.split()) for r in perfect.values())
    assert s["reference_words"] >= words - 5  # normalisation may merge a few tokens, never drop a channel
    stereo = next(c for c in small_corpus.calls if c.channels == 2)
    missing = {k: v for k, v in perfect.items() if k != (stereo.file, "1")}
    s = tp.score(small_corpus, missing)  # one channel silent in the hypothesis: all its words are deletions
    assert s["wer_mono"] == 0.0 and 0 < s["wer_stereo"] < 1 and s["errors"] > 0


@pytest.mark.parametrize("argv", [["--systems", "voc,whisperx"], ["--set", "asr.beam_size"],
                                  ["--set", "diarization.no_such_key=1", "--corpus-dir", "{corpus}"]])
def test_cli_rejects_bad_options(argv, small_corpus, capsys):
    argv = [a.format(corpus=small_corpus.folder.parent) for a in argv]
    with pytest.raises(SystemExit) as e:
        tp.main(argv + ["--minutes", "0.5", "--call-seconds", "15"])
    assert e.value.code == 2
    assert argv[1].split("=")[0].split(",")[-1] in capsys.readouterr().err


def test_settings_overrides_reach_voc_and_nothing_else_does(tmp_path, monkeypatch):
    monkeypatch.setenv("VOC_ASR__BEAM_SIZE", "1")  # the caller's environment must not change what is measured
    (tmp_path / "voc.toml").write_text("[asr]\nbeam_size = 2\n")
    monkeypatch.chdir(tmp_path)
    s = tp.bench_settings("tiny.en", "cpu", "auto", 0, 8, {"diarization.embedding_batch_size": "64"})
    assert (s.asr.beam_size, s.asr.batch_size, s.diarization.embedding_batch_size) == (5, 8, 64)
    assert s.pii.keep_original  # voc_with_speakers is scored on the unredacted text


@pytest.mark.slow
def test_harness_end_to_end_writes_result_json(shared_data, tmp_path):
    out = tmp_path / "results" / "throughput_cpu_tiny.en.json"
    md = tmp_path / "throughput.md"
    md.write_text("# Throughput\n\nhand-written intro\n\n" + tp.MD_BEGIN + "\nstale\n" + tp.MD_END + "\n\ntail\n")
    rc = tp.main(["--minutes", "0.35", "--call-seconds", "10", "--model", "tiny.en", "--device", "cpu",
                  "--data", str(shared_data), "--corpus-dir", str(tmp_path / "corpus"), "--out", str(out),
                  "--markdown", str(md)])
    assert rc == 0
    doc = json.loads(out.read_text())
    assert {"device", "model", "audio_seconds", "systems"} <= set(doc)
    assert doc["model"] == "tiny.en" and doc["device_kind"] == "cpu" and doc["compute_type"] == "int8"
    assert 15 <= doc["audio_seconds"] <= 35 and doc["mono"]["calls"] >= 1 and doc["stereo"]["calls"] >= 1
    assert set(doc["systems"]) == set(tp.SYSTEMS)
    for name, r in doc["systems"].items():
        assert r["x_realtime"] > 0 and r["cpu_s"] > 0, name
        assert 0.0 <= r["wer"] <= 1.5, name
        assert r["peak_gpu_memory_mb"] is None  # CPU run
        assert r["x_realtime"] == pytest.approx(doc["audio_seconds"] / r["wall_s"], rel=0.02)
    # clean read speech: every system must be far from garbage; voc matches the plain decoder's accuracy class
    assert doc["systems"]["faster_whisper_sequential"]["wer"] < 0.3
    assert doc["systems"]["voc"]["wer"] < 0.3
    assert "wer_relative_to_sequential" in doc["systems"]["voc"]
    speakers = doc["systems"]["voc_with_speakers"]
    assert set(speakers["stage_s"]) >= {"transcribe", "speakers"}
    stereo = [f for f in speakers["speakers_found"] if "stereo" in f]
    assert stereo and all(speakers["speakers_found"][f] == 2 for f in stereo)
    text = md.read_text()
    assert "hand-written intro" in text and text.rstrip().endswith("tail") and "stale" not in text
    for name in tp.SYSTEMS:
        assert f"| {name} |" in text
