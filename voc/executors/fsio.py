"""Audio access for workers: a call's ``path`` is a local (shared-mount) path or an fsspec URL (``s3://``...).

``voc.transcribe.audio.decode`` opens local paths only (PyAV on a file name). A worker therefore *localizes* a call
before processing it: a local path is checked and used as is; a URL is copied by the worker itself, with fsspec,
into a private temporary folder under the call's own file name, and removed when the call is done. While calls are
processed the driver never reads or forwards audio bytes; only ``voc ingest`` on the driver lists a URL prefix
(``list_objects``) and reads each new object once to hash and probe it.

Remote URLs need fsspec's protocol package on every worker (``s3fs`` for ``s3://``, ``gcsfs`` for ``gs://``) and
credentials in the worker's environment (instance role, ``AWS_*`` variables): voc passes none.
"""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from voc.errors import AudioError, TransientError
from voc.records import Call

_CHUNK = 1 << 20


def is_url(path: str) -> bool:
    """True for ``scheme://...`` (except ``file://``, which is a local path)."""
    head, sep, _ = str(path).partition("://")
    return bool(sep) and head.isidentifier() and head.lower() != "file"


def local_path(path: str) -> Path:
    """``file:///x`` → ``/x``; plain paths unchanged."""
    s = str(path)
    return Path(s[len("file://"):]) if s.startswith("file://") else Path(s)


@contextlib.contextmanager
def localized(call: Call, tmp_root: str | Path | None = None) -> Iterator[Call]:
    """The call with ``path`` pointing at a file this process can open; temporary copies are removed on exit.

    Raises ``AudioError`` (permanent) when a local path does not exist here or a URL names no object, and
    ``TransientError`` when a remote read fails for another reason (network, throttling: worth retrying).
    """
    if not is_url(call.path):
        p = local_path(call.path)
        if not p.is_file():
            raise AudioError(
                f"{call.path}: no such file on this worker. Fix: mount the audio folder at the same path on every "
                "Ray node (a shared filesystem), or ingest the calls from a URL every worker can read (s3://...).")
        yield call if str(p) == call.path else dataclasses.replace(call, path=str(p))
        return
    tmp = Path(tempfile.mkdtemp(prefix="voc-audio-", dir=tmp_root))
    try:
        dest = tmp / (call.path.rstrip("/").rsplit("/", 1)[-1] or "audio")
        fetch(call.path, dest)
        yield dataclasses.replace(call, path=str(dest))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _fsspec(url: str):
    try:
        import fsspec
    except ImportError as e:  # pragma: no cover - fsspec ships with the pipeline's dependencies
        from voc.errors import NotInstalled
        raise NotInstalled(f"reading {url} needs fsspec. Fix: pip install fsspec "
                           "(and s3fs/gcsfs for the scheme).") from e
    scheme = url.split("://", 1)[0]
    try:
        fsspec.get_filesystem_class(scheme)
    except (ImportError, ValueError) as e:  # unknown scheme, or its package is not installed: retrying cannot help
        raise AudioError(f"{url}: fsspec cannot read '{scheme}://' on this machine ({e}). Fix: install the protocol "
                         "package on the driver and every node (pip install 'voc[s3]' for s3://, gcsfs for gs://).") from e
    return fsspec


def fetch(url: str, dest: Path, hasher: Any = None) -> Path:
    """Copy ``url`` to ``dest`` with fsspec, streaming in 1 MiB chunks (bounded memory for long calls); each chunk
    also goes through ``hasher.update`` when given (ingest hashes while it copies)."""
    fsspec = _fsspec(url)
    try:
        with fsspec.open(url, "rb") as src, open(dest, "wb") as out:
            while block := src.read(_CHUNK):
                if hasher is not None:
                    hasher.update(block)
                out.write(block)
    except FileNotFoundError as e:
        raise AudioError(f"{url}: no such object. Fix: check the URL in the calls table (voc status --failed).") from e
    except (OSError, ValueError) as e:
        raise TransientError(f"{url}: reading failed ({type(e).__name__}: {e}); will retry.") from e
    return dest


def list_objects(url: str, extensions: frozenset[str]) -> list[str]:
    """The objects under ``url`` (a prefix, searched recursively, or one object), as full URLs, sorted.

    Under a prefix only names ending in one of ``extensions`` (lowercase, with the dot) count, hidden names skipped;
    an object named exactly is kept whatever its extension. ``IngestError`` when nothing is there.
    """
    from voc.errors import IngestError

    fsspec = _fsspec(url)
    try:
        fs, root = fsspec.core.url_to_fs(url)
        if fs.isfile(root):
            return [url]
        if not fs.isdir(root):
            raise IngestError(f"{url}: no such object or prefix. Fix: check the bucket and prefix (and the "
                              "credentials in this environment: AWS_* variables, AWS_ENDPOINT_URL for S3-compatible "
                              "stores).")
        keys = fs.find(root)
    except (OSError, ValueError) as e:
        raise IngestError(f"{url}: listing failed ({type(e).__name__}: {e}). Fix: check the URL and the "
                          "credentials in this environment.") from e
    out = []
    for key in sorted(keys):
        name = key.rstrip("/").rsplit("/", 1)[-1]
        if name.startswith(".") or Path(name).suffix.lower() not in extensions:
            continue
        out.append(fs.unstrip_protocol(key))
    return out


def object_info(url: str) -> tuple[int | None, Any]:
    """(size in bytes, last-modified datetime or None) of one object."""
    fsspec = _fsspec(url)
    try:
        fs, root = fsspec.core.url_to_fs(url)
        info = fs.info(root)
    except (OSError, ValueError):
        return None, None
    modified = info.get("LastModified") or info.get("mtime") or info.get("updated")
    return info.get("size"), modified


def read_bytes(url: str) -> bytes:
    """A small object's bytes (a manifest); ``FileNotFoundError`` when it does not exist."""
    fsspec = _fsspec(url)
    with fsspec.open(url, "rb") as f:
        return f.read()
