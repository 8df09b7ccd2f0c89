"""Audio access for workers: a call's ``path`` is a local (shared-mount) path or an fsspec URL (``s3://``...).

``voc.transcribe.audio.decode`` opens local paths only (PyAV on a file name). A worker therefore *localizes* a call
before processing it: a local path is checked and used as is; a URL is copied by the worker itself, with fsspec,
into a private temporary folder under the call's own file name, and removed when the call is done. The driver never
reads or forwards audio bytes.

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


def fetch(url: str, dest: Path) -> Path:
    """Copy ``url`` to ``dest`` with fsspec, streaming in 1 MiB chunks (bounded memory for long calls)."""
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
        raise AudioError(f"{url}: fsspec cannot read '{scheme}://' on this worker ({e}). Fix: install the protocol "
                         "package on every node (s3fs for s3://, gcsfs for gs://).") from e
    try:
        with fsspec.open(url, "rb") as src, open(dest, "wb") as out:
            shutil.copyfileobj(src, out, _CHUNK)
    except FileNotFoundError as e:
        raise AudioError(f"{url}: no such object. Fix: check the URL in the calls table (voc status --failed).") from e
    except (OSError, ValueError) as e:
        raise TransientError(f"{url}: reading failed on this worker ({type(e).__name__}: {e}); will retry.") from e
    return dest
