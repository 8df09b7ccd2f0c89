"""`voc run --demo` leaves a voc.toml so later commands in the folder see the demo's deployment (same hashes)."""

from __future__ import annotations

from voc.demo_setup import demo_setup, write_demo_config
from voc.settings import Settings
from voc.stages import stage_hashes


def test_demo_config_round_trips_to_the_same_stage_hashes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    demo = Settings.load(None, cwd=tmp_path)
    demo_setup(demo, [], None)
    plain = Settings.load(None, cwd=tmp_path)
    assert stage_hashes(plain) != stage_hashes(demo)   # outside the demo: no taxonomy, lexicon or calendar
    path = write_demo_config(demo, tmp_path / "voc.toml")
    assert path is not None and "written by `voc run --demo`" in path.read_text()
    later = Settings.load(None, cwd=tmp_path)
    assert later.source == str(tmp_path / "voc.toml")
    assert stage_hashes(later) == stage_hashes(demo)
    assert (later.report.period_days, later.report.min_calls) == (demo.report.period_days, demo.report.min_calls)
    assert later.campaigns.calendar and later.campaigns.calendar.endswith("campaigns.yaml")


def test_an_existing_voc_toml_is_never_overwritten(tmp_path):
    (tmp_path / "voc.toml").write_text('[asr]\nmodel = "tiny.en"\n')
    demo = Settings()
    assert write_demo_config(demo, tmp_path / "voc.toml") is None
    assert (tmp_path / "voc.toml").read_text() == '[asr]\nmodel = "tiny.en"\n'
