from pathlib import Path

import pytest

from voc.errors import SettingsError
from voc.settings import Settings
from voc.starter import starter_toml


def test_defaults():
    s = Settings.load(env={}, cwd="/nonexistent")
    assert s.warehouse == "voc.duckdb"
    assert s.asr.model == "base"
    assert s.device == "auto"
    assert s.channels.agent_channel == 0


def test_precedence_toml_env_cli(tmp_path):
    (tmp_path / "voc.toml").write_text('device = "cpu"\n[asr]\nmodel = "tiny.en"\nbeam_size = 3\n')
    s = Settings.load(env={}, cwd=tmp_path)
    assert (s.device, s.asr.model, s.asr.beam_size) == ("cpu", "tiny.en", 3)
    s = Settings.load(env={"VOC_ASR__MODEL": "base", "VOC_ASR__BEAM_SIZE": "2"}, cwd=tmp_path)
    assert (s.asr.model, s.asr.beam_size, s.device) == ("base", 2, "cpu")
    s = Settings.load(env={"VOC_ASR__MODEL": "base"}, cwd=tmp_path, overrides={"asr.model": "/models/large-v3"})
    assert s.asr.model == "/models/large-v3"
    assert s.source == str(tmp_path / "voc.toml")


def test_explicit_config_file(tmp_path):
    cfg = tmp_path / "other.toml"
    cfg.write_text('warehouse = "/data/x.duckdb"\n')
    assert Settings.load(cfg, env={}).warehouse == "/data/x.duckdb"
    with pytest.raises(SettingsError, match="does not exist"):
        Settings.load(tmp_path / "missing.toml", env={})


@pytest.mark.parametrize("toml,needle", [
    ('device = "gpu"\n', "'device'.*one of 'auto', 'cpu', 'cuda'"),
    ('[asr]\nbeam_size = "five"\n', "'asr.beam_size'.*integer"),
    ('[asr]\nmodell = "x"\n', "unknown setting 'asr.modell'"),
    ('[run]\nexecutor = "spark"\n', "'run.executor'.*'local', 'ray'"),
    ('device = \n', "not valid TOML"),
])
def test_bad_values_name_key_value_and_choices(tmp_path, toml, needle):
    (tmp_path / "voc.toml").write_text(toml)
    with pytest.raises(SettingsError, match=needle):
        Settings.load(env={}, cwd=tmp_path)


def test_env_bad_value_names_variable():
    with pytest.raises(SettingsError, match="VOC_RUN__RETRIES.*integer"):
        Settings.load(env={"VOC_RUN__RETRIES": "many"}, cwd="/nonexistent")


def test_env_types_and_none():
    s = Settings.load(env={"VOC_ASR__VAD_FILTER": "false", "VOC_ASR__LANGUAGE": "none",
                           "VOC_PII__TYPES": "card,email", "VOC_CHANNELS__QUEUE_AGENT_CHANNEL": '{"sales": 1}'},
                      cwd="/nonexistent")
    assert s.asr.vad_filter is False and s.asr.language is None
    assert s.pii.types == ["card", "email"]
    assert s.channels.queue_agent_channel == {"sales": 1}


def test_unrelated_env_ignored():
    Settings.load(env={"VOC_SOMETHING_ELSE": "x"}, cwd="/nonexistent")


def test_starter_toml_round_trips(tmp_path):
    (tmp_path / "voc.toml").write_text(starter_toml())
    assert Settings.load(env={}, cwd=tmp_path) == Settings()


def test_section_hash_changes_only_with_section():
    a, b = Settings(), Settings()
    b.analysis.taxonomy = "x.yaml"
    assert a.section_hash("asr") == b.section_hash("asr")
    assert a.section_hash("analysis") != b.section_hash("analysis")


def test_starter_toml_keeps_every_comment_including_continuation_lines():
    import inspect
    import re

    import voc.settings

    text = starter_toml()
    src = inspect.getsource(voc.settings)
    body = src[src.index("@dataclass"):src.index("    # -- loading")]
    continuations = [m.group(1).strip() for m in re.finditer(r"^\s{8,}#\s*(.+)$", body, re.M)]
    assert continuations, "expected at least one continuation comment in voc/settings.py"
    for c in continuations:
        assert c in text, f"starter voc.toml lost the comment line {c!r}"
    assert "false = a call's transcript never depends on the calls before it" in text
