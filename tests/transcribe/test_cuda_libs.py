"""The CUDA 12 cuBLAS preload (voc.cuda_libs): resolution on fake nvidia/cublas/lib folders, on CPU."""

from __future__ import annotations

from pathlib import Path

import pytest

from voc import cuda_libs
from voc.errors import ModelError


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.setattr(cuda_libs, "_loaded", {})
    monkeypatch.delenv("VOC_SKIP_CUBLAS_PRELOAD", raising=False)


def _wheel(site: Path, names=cuda_libs.CUBLAS_LIBS) -> Path:
    lib = site / "nvidia" / "cublas" / "lib"
    lib.mkdir(parents=True)
    for n in names:
        (lib / n).write_bytes(b"\x7fELF fake")
    return lib


def test_dirs_found_in_every_namespace_location(tmp_path):
    a = _wheel(tmp_path / "site-a")
    (tmp_path / "site-b" / "nvidia" / "cudnn" / "lib").mkdir(parents=True)  # another nvidia wheel, no cublas
    c = _wheel(tmp_path / "site-c")
    dirs = cuda_libs.cublas_dirs([tmp_path / "site-a", tmp_path / "site-b", tmp_path / "site-c"])
    assert dirs == [a, c]


def test_dirs_via_import_system(tmp_path, monkeypatch):
    lib = _wheel(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib

    importlib.invalidate_caches()
    monkeypatch.delitem(__import__("sys").modules, "nvidia", raising=False)
    assert lib in cuda_libs.cublas_dirs()


def test_preload_from_wheel_folder_lt_first_global(tmp_path):
    lib = _wheel(tmp_path)
    opened: list[str] = []
    got = cuda_libs.preload_cublas([lib], loader=opened.append)
    assert opened == [str(lib / "libcublasLt.so.12"), str(lib / "libcublas.so.12")]
    assert got == {"libcublasLt.so.12": str(lib / "libcublasLt.so.12"), "libcublas.so.12": str(lib / "libcublas.so.12")}
    # idempotent: a second call opens nothing
    opened.clear()
    cuda_libs.preload_cublas([lib], loader=opened.append)
    assert opened == []


def test_falls_back_to_system_soname(tmp_path):
    opened: list[str] = []
    got = cuda_libs.preload_cublas([], loader=opened.append)
    assert opened == ["libcublasLt.so.12", "libcublas.so.12"]
    assert "system library path" in got["libcublas.so.12"]


def test_missing_names_the_package(tmp_path):
    lib = _wheel(tmp_path, names=("libcublasLt.so.12",))  # half a wheel

    def loader(path: str) -> None:
        if not Path(path).is_file():
            raise OSError(f"{path}: cannot open shared object file: No such file or directory")

    with pytest.raises(ModelError) as e:
        cuda_libs.preload_cublas([lib], loader=loader)
    msg = str(e.value)
    assert "libcublas.so.12" in msg and "pip install 'voc[gpu]'" in msg
    assert f"{cuda_libs.CUBLAS_PACKAGE}=={cuda_libs.CUBLAS_PIN}" in msg and str(lib) in msg


def test_broken_wheel_file_then_system_fails(tmp_path):
    lib = _wheel(tmp_path)

    def loader(path: str) -> None:
        raise OSError(f"{path}: invalid ELF header")

    with pytest.raises(ModelError, match="invalid ELF header"):
        cuda_libs.preload_cublas([lib], loader=loader)


def test_skip_switch(monkeypatch):
    monkeypatch.setenv("VOC_SKIP_CUBLAS_PRELOAD", "1")
    assert cuda_libs.preload_cublas([], loader=lambda p: (_ for _ in ()).throw(AssertionError(p))) == {}


def test_pin_matches_pyproject_and_constraints():
    root = Path(__file__).resolve().parents[2]
    want = f"{cuda_libs.CUBLAS_PACKAGE}=={cuda_libs.CUBLAS_PIN}"
    assert want in (root / "pyproject.toml").read_text()
    assert want in (root / "constraints.txt").read_text().splitlines()


def test_load_whisper_preloads_only_on_cuda(monkeypatch):
    """_load_whisper calls the preload before constructing the model on CUDA, never on CPU."""
    import sys
    import types

    from voc import models

    calls: list[str] = []
    monkeypatch.setattr(cuda_libs, "preload_cublas", lambda: calls.append("preload"))

    class FakeWM:
        def __init__(self, model, **kw):
            calls.append(f"model:{kw['device']}")

    monkeypatch.setitem(sys.modules, "faster_whisper", types.SimpleNamespace(WhisperModel=FakeWM))
    models._load_whisper.cache_clear()
    try:
        models._load_whisper("m", "cpu", "int8", 1, False)
        models._load_whisper("m", "cuda", "float16", 1, False)
    finally:
        models._load_whisper.cache_clear()
    assert calls == ["model:cpu", "preload", "model:cuda"]
