"""CUDA 12 cuBLAS for CTranslate2 on GPU machines whose CUDA toolkit (or torch) is another major version.

ctranslate2 4.8.5 (faster-whisper's engine) opens ``libcublas.so.12`` / ``libcublasLt.so.12`` by name the first
time it runs on CUDA. The pinned torch brings CUDA 13 (``libcublas.so.13``), so a GPU machine installed with plain
``pip install voc`` has no CUDA 12 cuBLAS and Whisper fails mid-run. ``pip install 'voc[gpu]'`` adds the
``nvidia-cublas-cu12`` wheel, which lays the libraries out as ``<site-packages>/nvidia/cublas/lib/``;
``preload_cublas`` finds that folder through the import system and opens both libraries with ``RTLD_GLOBAL``
before CTranslate2 asks for them, so its own ``dlopen("libcublas.so.12")`` finds them already loaded (the dynamic
loader matches loaded libraries by soname). Where the wheel is absent but the system's loader can find the
libraries (a CUDA 12 toolkit on ``LD_LIBRARY_PATH``), those are used. Neither: one ``ModelError`` naming the
package to install. Nothing here runs on CPU-only runs.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from voc.errors import ModelError

CUBLAS_PACKAGE = "nvidia-cublas-cu12"
CUBLAS_PIN = "12.8.4.1"  # keep equal to pyproject's gpu extra and constraints.txt
# libcublas.so.12 needs libcublasLt.so.12: load Lt first so the second dlopen resolves its dependency.
CUBLAS_LIBS = ("libcublasLt.so.12", "libcublas.so.12")

_loaded: dict[str, str] = {}  # soname -> where it was loaded from (process-wide: loading is idempotent)


def cublas_dirs(search_path: Iterable[str] | None = None) -> list[Path]:
    """Folders ``nvidia/cublas/lib`` that the ``nvidia-cublas-cu12`` wheel installed, in import order.

    ``nvidia`` is a namespace package (every ``nvidia-*`` wheel adds to it), so each of its locations is looked at.
    ``search_path`` replaces ``sys.path`` (tests).
    """
    out: list[Path] = []
    if search_path is None:
        try:
            spec = importlib.util.find_spec("nvidia")
        except (ImportError, ValueError):
            spec = None
        roots = list(spec.submodule_search_locations or []) if spec is not None else []
    else:
        roots = [str(Path(p) / "nvidia") for p in search_path]
    for root in roots:
        lib = Path(root) / "cublas" / "lib"
        if lib.is_dir() and lib not in out:
            out.append(lib)
    return out


def _dlopen(path: str) -> None:
    ctypes.CDLL(path, mode=ctypes.RTLD_GLOBAL)


def preload_cublas(dirs: Iterable[Path] | None = None,
                   loader: Callable[[str], None] = _dlopen) -> dict[str, str]:
    """Load the CUDA 12 cuBLAS libraries process-wide; return ``{soname: where}``.

    Each library is taken from the ``nvidia-cublas-cu12`` folders first, then from the system loader's search
    path (by bare soname). ``ModelError`` names the package when a library is found nowhere or fails to load.
    ``VOC_SKIP_CUBLAS_PRELOAD=1`` turns this off (a site that manages CUDA libraries itself).
    """
    if os.environ.get("VOC_SKIP_CUBLAS_PRELOAD") == "1":
        return {}
    folders = list(cublas_dirs() if dirs is None else dirs)
    done: dict[str, str] = {}
    for name in CUBLAS_LIBS:
        if name in _loaded:
            done[name] = _loaded[name]
            continue
        errors: list[str] = []
        candidates = [str(d / name) for d in folders if (d / name).is_file()] + [name]
        for cand in candidates:
            try:
                loader(cand)
            except OSError as e:
                errors.append(f"{cand}: {e}")
                continue
            done[name] = _loaded[name] = cand if cand != name else f"{name} (system library path)"
            break
        else:
            where = ", ".join(str(d) for d in folders) or "no nvidia/cublas/lib folder on sys.path"
            raise ModelError(
                f"Whisper on CUDA needs {name} (CUDA 12 cuBLAS, which ctranslate2 4.8.5 is built against); it was "
                f"not found or did not load (looked in: {where}; then the system library path"
                + (f"; errors: {'; '.join(errors)}" if errors else "") + "). "
                f"Fix: pip install 'voc[gpu]' (it brings {CUBLAS_PACKAGE}=={CUBLAS_PIN}), or put a CUDA 12 "
                "toolkit's lib folder on LD_LIBRARY_PATH; or run on CPU with device = 'cpu' (VOC_DEVICE=cpu).")
    return done
