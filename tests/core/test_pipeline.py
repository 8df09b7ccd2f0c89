"""The pipeline's core promises, fast (a fake processor, tiny generated WAVs, no models):
a new taxonomy redoes analysis only, retry → quarantine, `voc retry`, --force, batched writes, preflight,
no work lost when the executor breaks."""

from __future__ import annotations

import shutil

import pytest
from pipeline_fakes import FakeProcessor, fake_executor, fast_settings

from voc import pipeline
from voc.analyze.intents import default_taxonomy_path
from voc.stages import STAGES
from voc.warehouse import connect


@pytest.fixture()
def calls(tmp_path, tone):
    """A folder of three short calls."""
    for i, n in enumerate(("a.wav", "b.wav", "c.wav")):
        tone(f"calls/{n}", seconds=1.0, freq=300.0 + 100 * i)   # different bytes: different calls
    return tmp_path / "calls"


def run(settings, paths=(), fail=None, **kw):
    ex = fake_executor(settings, fail)
    summary = pipeline.run_batch(settings, paths, executor=ex, until="attribute", report=False, **kw)
    return summary, ex.processor.seen


def ledger(settings) -> dict[tuple[str, str], str]:
    con = connect(settings.warehouse_path, read_only=True)
    try:
        return {(f, s): st for f, s, st in con.execute(
            "SELECT c.file_name, cs.stage, cs.status FROM call_stages cs JOIN calls c USING (call_id)").fetchall()}
    finally:
        con.close()


def test_first_run_does_every_stage_and_a_second_run_nothing(tmp_path, calls):
    s = fast_settings(tmp_path)
    summary, seen = run(s, [calls])
    assert summary.status == "done" and summary.exit_code == 0
    assert sorted(seen) == [(n, STAGES) for n in ("a.wav", "b.wav", "c.wav")]
    assert set(ledger(s).values()) == {"done"} and len(ledger(s)) == 3 * len(STAGES)
    _, seen = run(s)
    assert seen == []


def test_a_new_taxonomy_redoes_analysis_only_and_keeps_the_earlier_stages_done(tmp_path, calls):
    tax = tmp_path / "taxonomy.yaml"
    shutil.copy(default_taxonomy_path(), tax)
    s = fast_settings(tmp_path)
    s.analysis.taxonomy = str(tax)
    run(s, [calls])
    tax.write_text(tax.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    _, seen = run(s)
    assert sorted(seen) == [(n, ("analyze", "attribute")) for n in ("a.wav", "b.wav", "c.wav")]
    led = ledger(s)
    assert all(led[(n, st)] == "done" for n in ("a.wav", "b.wav", "c.wav") for st in STAGES)
    _, seen = run(s)   # nothing left: the transcribe/speakers ledger rows survived the re-analysis
    assert seen == []


def test_transient_failure_retries_then_quarantines_and_voc_retry_requeues(tmp_path, calls):
    s = fast_settings(tmp_path, retries=1)
    summary, seen = run(s, [calls], fail={"b.wav": "transient"})
    assert [n for n, _ in seen].count("b.wav") == 2              # tried twice in the run
    assert summary.exit_code == 1 and summary.failures[0]["status"] == "failed"
    summary, seen = run(s, fail={"b.wav": "transient"})
    assert summary.failures[0]["status"] == "quarantined"       # attempts used up across runs
    _, seen = run(s, fail={"b.wav": "transient"})
    assert seen == []                                            # quarantined calls wait for `voc retry`
    from typer.testing import CliRunner

    from voc.cli import app

    res = CliRunner().invoke(app, ["retry", "--warehouse", str(s.warehouse_path)])   # `voc retry`
    assert res.exit_code == 0 and "re-queued 1 calls" in res.output
    summary, seen = run(s)
    assert [n for n, _ in seen] == ["b.wav"] and summary.status == "done"
    assert set(ledger(s).values()) == {"done"}


def test_permanent_failure_quarantines_at_once(tmp_path, calls):
    s = fast_settings(tmp_path, retries=3)
    summary, seen = run(s, [calls], fail={"a.wav": "permanent"})
    assert [n for n, _ in seen].count("a.wav") == 1
    assert ledger(s)[("a.wav", "transcribe")] == "quarantined"


def test_force_redoes_every_stage_of_every_call_even_quarantined(tmp_path, calls):
    s = fast_settings(tmp_path)
    run(s, [calls], fail={"c.wav": "permanent"})
    summary, seen = pipeline.run_batch(s, executor=fake_executor(s), until="attribute", report=False,
                                       force=True), None
    con = connect(s.warehouse_path, read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM transcripts").fetchone()[0] == 3   # no duplicates either
        assert con.execute("SELECT count(*) FROM utterances").fetchone()[0] == 6
    finally:
        con.close()
    assert set(ledger(s).values()) == {"done"}


def test_writes_are_batched(tmp_path, calls, monkeypatch, tone):
    for i, n in enumerate(("d.wav", "e.wav")):
        tone(f"calls/{n}", seconds=1.0, freq=700.0 + 100 * i)
    from voc.warehouse import writers

    sizes = []
    real = writers.write_calls
    monkeypatch.setattr(writers, "write_calls", lambda con, run_id, batch, *a: (sizes.append(len(batch)),
                                                                               real(con, run_id, batch, *a)))
    s = fast_settings(tmp_path, write_batch=2, write_every_s=3600.0)
    summary, _ = run(s, [calls])
    assert summary.status == "done" and sizes == [2, 2, 1]


def test_preflight_a_typo_in_the_taxonomy_path_stops_the_run_and_quarantines_nothing(tmp_path, calls):
    s = fast_settings(tmp_path)
    s.analysis.taxonomy = str(tmp_path / "taxonmy.yaml")
    summary, seen = run(s, [calls])
    assert summary.status == "failed" and summary.exit_code == 2
    assert "analysis.taxonomy" in summary.error and "Fix" in summary.error
    assert seen == [] and ledger(s) == {}


def test_a_fatal_settings_error_inside_a_call_stops_the_run_without_quarantine(tmp_path, calls):
    s = fast_settings(tmp_path, write_batch=100, write_every_s=3600.0)
    summary, seen = run(s, [calls], fail={"b.wav": "fatal"})
    assert summary.status == "failed" and summary.exit_code == 2 and "fatal failure on b.wav" in summary.error
    led = ledger(s)
    assert "quarantined" not in led.values() and "failed" not in led.values()
    assert led[("a.wav", "transcribe")] == "done"               # the call finished before it was written


def test_no_work_lost_when_the_executor_breaks(tmp_path, calls):
    s = fast_settings(tmp_path, write_batch=100, write_every_s=3600.0)
    summary, seen = run(s, [calls], fail={"c.wav": "raise"})
    assert summary.status == "failed" and "executor broke on c.wav" in summary.error
    led = ledger(s)
    assert led[("a.wav", "attribute")] == "done" and led[("b.wav", "attribute")] == "done"
    assert not any(f == "c.wav" for f, _ in led)


def test_pipeline_closes_the_executor_it_made(tmp_path, calls, monkeypatch):
    from voc.executors import local

    closed = []
    monkeypatch.setattr(local.LocalExecutor, "close", lambda self: closed.append(True))
    monkeypatch.setattr(local, "CallProcessor", lambda settings: FakeProcessor(settings))
    s = fast_settings(tmp_path)
    summary = pipeline.run_batch(s, [calls], until="attribute", report=False)
    assert summary.status == "done" and closed == [True]


def test_cli_run_with_a_typo_in_the_taxonomy_path_exits_2_naming_the_key(tmp_path, calls, monkeypatch):
    from typer.testing import CliRunner

    from voc.cli import app

    monkeypatch.chdir(tmp_path)
    (tmp_path / "voc.toml").write_text('[asr]\nmodel = "tiny.en"\n[analysis]\ntaxonomy = "taxonmy.yaml"\n')
    res = CliRunner().invoke(app, ["run", str(calls), "--quiet", "--no-report"])
    assert res.exit_code == 2, res.output
    assert "analysis.taxonomy" in res.output and "Fix" in res.output
    con = connect(tmp_path / "voc.duckdb", read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 3       # ingested ...
        assert con.execute("SELECT count(*) FROM call_stages").fetchone()[0] == 0  # ... nothing quarantined
    finally:
        con.close()


def test_status_during_a_run_reads_the_published_progress_and_a_snapshot(tmp_path, calls):
    import json

    from typer.testing import CliRunner

    from voc.cli import app
    from voc.progress import read_progress

    s = fast_settings(tmp_path)
    seen_status = []

    def during(name):
        if name == "b.wav":   # the second call: one finished, this one in progress
            res = CliRunner().invoke(app, ["status", "--json", "--warehouse", str(s.warehouse_path)])
            assert res.exit_code == 0, res.output
            seen_status.append(json.loads(res.output))

    summary = pipeline.run_batch(s, [calls], executor=fake_executor(s, during=during), until="attribute",
                                 report=False)
    assert summary.status == "done"
    (st,) = seen_status
    assert st["source"] == "snapshot" and st["calls"]["total"] == 3
    run = st["run"]
    assert run["run_id"] == summary.run_id and run["status"] == "running"
    assert run["current"]["path"].endswith("b.wav") and run["current"]["stage"] == "transcribe"
    assert run["stages"]["transcribe"]["total"] == 3
    assert read_progress(s.warehouse_path)["status"] == "done"           # the file says how the run ended
    res = CliRunner().invoke(app, ["status", "--json", "--warehouse", str(s.warehouse_path)],
                             env={"VOC_ASR__MODEL": "tiny.en"})   # the run's settings: nothing stale
    after = json.loads(res.output)
    assert after["source"] == "warehouse" and "run" not in after
    assert after["stages"]["attribute"].get("done") == 3, after["stages"]
