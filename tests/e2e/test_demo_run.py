"""`voc run --demo` end to end: every stage fills its tables from the bundled demo calls."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow


def count(con, table, where="TRUE"):
    return con.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0]


def test_run_summary(demo_run):
    _, summary = demo_run
    assert summary["status"] == "done" and summary["exit_code"] == 0
    assert summary["failures"] == []
    for stage in ("transcribe", "speakers", "analyze", "attribute"):
        assert summary["counts"][stage]["done"] == summary["counts"]["ingest"]["added"]
    assert summary["report"].endswith(".html")


def test_every_table_filled(demo_db):
    from voc.demo import demo_calls

    n = len(demo_calls())
    assert count(demo_db, "calls", "status = 'ingested'") == n
    for table in ("transcripts", "call_sentiment"):
        assert count(demo_db, table) == n, table
    for table in ("utterances", "words", "speakers", "turns", "call_metrics", "pii_spans", "entities", "sentiment",
                  "intents", "complaints", "themes", "topics", "call_topics", "campaigns", "campaign_links",
                  "model_versions", "runs"):
        assert count(demo_db, table) > 0, f"{table} is empty after voc run --demo"
    with_customer = count(demo_db, "(SELECT DISTINCT call_id FROM utterances WHERE role = 'customer')")
    assert with_customer >= n - 1  # tiny.en may lose a customer channel of the synthetic voices
    assert count(demo_db, "intents", "rank = 1") >= with_customer
    assert count(demo_db, "complaints", "theme_id IS NULL") == 0
    assert count(demo_db, "call_stages", "status <> 'done'") == 0


def test_no_raw_pii_stored(demo_db):
    texts = " ".join(t for (t,) in demo_db.execute("SELECT text FROM utterances").fetchall()).lower()
    words = " ".join(w for (w,) in demo_db.execute("SELECT word FROM words").fetchall()).lower()
    for leaked in ("4111 1111", "4111111111111111", "example.com", "example dot com"):
        assert leaked not in texts and leaked not in words
    types = {t for (t,) in demo_db.execute("SELECT DISTINCT pii_type FROM pii_spans").fetchall()}
    # tiny.en garbles the spoken emails of the demo, and a misheard card digit fails the Luhn check (it is then
    # redacted as an account number); names, numbers and addresses come through
    assert "person" in types and types & {"card", "account"} and len(types) >= 4, types
    assert count(demo_db, "utterances_original") == 0  # keep_original is off by default


def test_every_word_has_a_speaker_and_roles_are_known(demo_db):
    assert count(demo_db, "words", "speaker IS NULL") == 0
    per_call = demo_db.execute(
        "SELECT call_id, list(role ORDER BY role) FROM speakers GROUP BY call_id").fetchall()
    for call_id, roles in per_call:
        assert "agent" in roles and "customer" in roles, (call_id, roles)


def test_stereo_roles_follow_channel_map(demo_db):
    rows = demo_db.execute(
        "SELECT s.role, s.channel FROM speakers s JOIN calls c USING (call_id) WHERE c.channels = 2").fetchall()
    assert rows
    for role, channel in rows:
        assert role == ("agent" if channel == 0 else "customer")


def test_mono_calls_diarized_with_roles(demo_db):
    from voc.demo import demo_references

    refs = demo_references()
    mono = demo_db.execute("SELECT call_id, file_name FROM calls WHERE channels = 1").fetchall()
    assert mono, "the demo has mono calls"
    for call_id, name in mono:
        agent_text = " ".join(t for (t,) in demo_db.execute(
            "SELECT text FROM utterances WHERE call_id = ? AND role = 'agent' ORDER BY idx", [call_id]).fetchall())
        assert "northwind" in agent_text.lower() or "help" in agent_text.lower(), (name, agent_text[:200])


def test_metrics_per_role(demo_db):
    import statistics

    rows = demo_db.execute(
        "SELECT c.file_name, m.call_id, role, talk_s, talk_ratio, silence_s, words, wpm FROM call_metrics m "
        "JOIN calls c USING (call_id)").fetchall()
    roles = {r[2] for r in rows}
    assert {"agent", "customer", "all"} <= roles
    pace: dict[str, list[float]] = {"agent": [], "customer": []}
    for name, call_id, role, talk, ratio, silence, n_words, wpm in rows:
        assert talk >= 0 and silence >= 0
        assert wpm == pytest.approx(n_words / (talk / 60) if talk else 0, abs=0.01)
        if role in pace:
            text = " ".join(t for (t,) in demo_db.execute(
                "SELECT text FROM utterances WHERE call_id = ? AND role = ? ORDER BY idx", [call_id, role]).fetchall())
            # espeak speaks the demo at about 175 words a minute; one call's pace may drift when tiny.en (whose
            # output differs between CPUs) mis-times a few words, so each call gets a wide band and the typical call
            # a narrow one
            assert 0 < ratio < 1 and 60 < wpm < 450, (name, role, talk, n_words, wpm, text)
            pace[role].append(wpm)
    for role, values in pace.items():
        assert 120 < statistics.median(values) < 240, (role, sorted(values))


def test_campaign_links_from_speech_and_manifest(demo_db):
    ev = {e for (e,) in demo_db.execute("SELECT DISTINCT evidence FROM campaign_links").fetchall()}
    assert "manifest_code" in ev
    assert ev & {"promo_code", "keyword", "offer"}, ev


def test_second_run_is_a_noop(demo_run, voc):
    wd, _ = demo_run
    p = voc("run", "--demo", "--json", "--quiet", "--no-report", cwd=wd)
    assert p.returncode == 0, p.stderr[-3000:]
    s = json.loads(p.stdout)
    assert s["counts"]["ingest"]["added"] == 0
    for stage in ("transcribe", "speakers", "analyze", "attribute"):
        assert stage not in s["counts"], s["counts"]


def test_status_json(demo_run, voc):
    wd, _ = demo_run
    p = voc("status", "--json", cwd=wd)
    assert p.returncode == 0, p.stderr
    st = json.loads(p.stdout)
    assert st["warehouse"].endswith("voc.duckdb")
    assert st["calls"]["total"] == st["calls"]["by_status"]["ingested"]
    assert st["stages"]["transcribe"]["done"] == st["calls"]["total"]


def test_notebook_runs_on_the_demo_warehouse(demo_run, tmp_path):
    """The data scientist's path: `voc run --demo`, then the notebook top to bottom, plots included."""
    import os
    import shutil
    from pathlib import Path

    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    wd, _ = demo_run
    copy = tmp_path / "voc.duckdb"  # the notebook's search index goes beside the warehouse: use a copy
    shutil.copy2(wd / "voc.duckdb", copy)
    nb = nbformat.read(Path(__file__).resolve().parents[2] / "notebooks" / "explore_calls.ipynb", as_version=4)
    old = os.environ.get("VOC_WAREHOUSE")
    os.environ["VOC_WAREHOUSE"] = str(copy)
    try:
        nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                resources={"metadata": {"path": str(tmp_path)}}).execute()
    finally:
        os.environ.pop("VOC_WAREHOUSE", None) if old is None else os.environ.__setitem__("VOC_WAREHOUSE", old)
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert not any(o.get("output_type") == "error" for o in outputs)
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 3  # drivers over time, themes, campaign
    text = "\n".join(o.get("text", "") or o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "14 calls" in text and "Spring Switch" in text


def test_report_of_the_demo(demo_run):
    wd, summary = demo_run
    from pathlib import Path

    html = Path(wd, summary["report"]).read_text()
    assert "Spring Switch" in html and "Free Fiber Install" in html
    assert "http://" not in html and "https://" not in html  # self-contained
    assert Path(wd, summary["report"]).with_name("report.md").is_file()
    assert "Why customers called" in html and 'class="brief"' in html   # every call has a brief (issue 16)
