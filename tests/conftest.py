"""Shared fixtures: real data from ../shared/data (skipped when absent), tmp warehouses, generated audio."""

from __future__ import annotations

import math
import os
import struct
import wave
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("PYANNOTE_METRICS_ENABLED", "false")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _no_voc_toml_from_the_repository_root(monkeypatch, tmp_path_factory):
    """In-process tests never read a voc.toml left in the repository root (the README's `voc run --demo` writes
    one there for later commands); a test that changes into its own folder still reads that folder's voc.toml."""
    from voc.settings import Settings

    if not (REPO / "voc.toml").is_file():
        return
    empty = tmp_path_factory.getbasetemp() / "no-voc-toml"
    empty.mkdir(exist_ok=True)
    load = Settings.load.__func__

    def isolated(cls, config=None, overrides=None, env=None, cwd=None):
        if cwd is None and Path.cwd().resolve() == REPO:
            cwd = empty
        return load(cls, config, overrides, env, cwd)

    monkeypatch.setattr(Settings, "load", classmethod(isolated))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present on this machine")
    return SHARED_DATA


@pytest.fixture()
def warehouse_path(tmp_path) -> Path:
    return tmp_path / "wh" / "voc.duckdb"


@pytest.fixture()
def con(warehouse_path):
    from voc.warehouse import connect

    c = connect(warehouse_path)
    yield c
    c.close()


def write_tone(path: Path, seconds: float = 2.0, sr: int = 8000, channels: int = 1, freq: float = 440.0,
               amplitude: float = 0.3) -> Path:
    """A small PCM16 WAV (sine; amplitude 0 = digital silence)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = int(seconds * sr)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(sr)
        frames = bytearray()
        for i in range(n):
            v = int(amplitude * 32767 * math.sin(2 * math.pi * freq * i / sr))
            frames += struct.pack("<h", v) * channels
        w.writeframes(bytes(frames))
    return path


@pytest.fixture()
def tone(tmp_path):
    return lambda name="tone.wav", **kw: write_tone(tmp_path / name, **kw)


# -- exit ---------------------------------------------------------------------------------------------------------

_EXIT: dict[str, int] = {}


def pytest_sessionfinish(session, exitstatus):
    _EXIT["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave with pytest's own exit status once everything is reported. The native libraries the suite loads
    (CTranslate2, onnxruntime, torch, Ray's client) can crash while the interpreter tears them down after the last
    test (one full run here ended "949 passed" and then exit 139): that crash is no test result and must not turn a
    passing run into a failing one. Set VOC_TEST_NATIVE_EXIT=1 to keep the normal interpreter shutdown."""
    if "status" in _EXIT and os.environ.get("VOC_TEST_NATIVE_EXIT") != "1":
        import sys

        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT["status"])
