"""The CLI's shape: help with an example for every command, version, init, errors mapped to exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from voc.cli import app

runner = CliRunner()


def _commands(typer_app, prefix=()):
    import typer.main

    group = typer.main.get_command(typer_app)
    out = []

    def walk(cmd, path):
        sub = getattr(cmd, "commands", None)
        if sub:
            for name, c in sub.items():
                walk(c, path + (name,))
        else:
            out.append(path)

    walk(group, ())
    return out


def test_every_command_has_help_with_an_example():
    cmds = _commands(app)
    names = {" ".join(c) for c in cmds}
    for required in ("run", "ingest", "status", "retry", "init", "transcribe", "report", "query", "export", "search",
                     "topics", "campaigns import", "intents train", "intents predict", "eval asr",
                     "eval diarization"):
        assert required in names, f"voc {required} is missing"
    for c in cmds:
        res = runner.invoke(app, [*c, "--help"])
        assert res.exit_code == 0, (c, res.output)
        assert "Example" in res.output, f"voc {' '.join(c)} --help has no example"


def test_short_help_and_version():
    assert runner.invoke(app, ["-h"]).exit_code == 0
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0 and res.output.startswith("voc ")


def test_help_is_fast_no_heavy_imports():
    code = ("import sys, voc.cli; heavy = [m for m in ('torch', 'faster_whisper', 'spacy', 'bertopic', "
            "'pyannote.audio', 'sentence_transformers') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_init_writes_and_refuses_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["init"]).exit_code == 0
    assert (tmp_path / "voc.toml").read_text().startswith("# voc settings")
    res = runner.invoke(app, ["init"])
    assert res.exit_code == 2 and "--force" in res.output
    assert runner.invoke(app, ["init", "--force"]).exit_code == 0


def test_bad_setting_is_one_clear_message(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "voc.toml").write_text('device = "tpu"\n')
    res = runner.invoke(app, ["status"])
    assert res.exit_code == 2
    assert "'device'" in res.output and "'tpu'" in res.output and "'cuda'" in res.output


def test_status_json_empty_warehouse(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["status", "--json"])
    assert res.exit_code == 0, res.output
    st = json.loads(res.output)
    assert st["calls"] == {"total": 0, "by_status": {}}
    assert st["warehouse"] == "voc.duckdb"


def test_ingest_exit_code_names_failed_files(tmp_path, monkeypatch, tone):
    monkeypatch.chdir(tmp_path)
    tone("ok.wav")
    (tmp_path / "bad.wav").write_text("not audio")
    res = runner.invoke(app, ["ingest", str(tmp_path)])
    assert res.exit_code == 1
    assert "bad.wav" in res.output and "1 new calls" in res.output
    res = runner.invoke(app, ["status", "--failed", "--json"])
    assert [f["path"].endswith("bad.wav") for f in json.loads(res.output)["failed"]] == [True]


def test_run_without_inputs_explains(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    res = runner.invoke(app, ["run"])
    assert res.exit_code == 2 and "voc run --demo" in res.output


def test_concurrent_run_refused_naming_holder(tmp_path):
    hold = ("import sys, time; from voc.lock import RunLock; RunLock.for_warehouse(sys.argv[1]).acquire(run_id='nightly');"
            "print('locked', flush=True); time.sleep(60)")
    p = subprocess.Popen([sys.executable, "-c", hold, str(tmp_path / "voc.duckdb")], stdout=subprocess.PIPE, text=True)
    try:
        assert p.stdout.readline().strip() == "locked"
        from voc.warehouse import connect
        connect(tmp_path / "voc.duckdb").close()
        r = subprocess.run([sys.executable, "-m", "voc.cli", "run", "--quiet", "--wait", "0.5"], cwd=tmp_path,
                           capture_output=True, text=True, timeout=120)
        assert r.returncode == 2
        assert f"pid {p.pid}" in r.stderr and "nightly" in r.stderr
    finally:
        p.kill()
        p.wait()


def test_address_needs_ray_executor():
    res = runner.invoke(app, ["run", "--executor", "local", "--address", "127.0.0.1:1"])
    assert res.exit_code == 2 and "--address" in res.output
