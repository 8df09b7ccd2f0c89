"""Ingest: find audio files, identify each call by the SHA-256 of its bytes, probe it with PyAV, join the manifest.

Re-ingesting is a no-op; the same bytes under two paths are one call (both paths kept in ``call_paths``).
A file that cannot be decoded is stored with ``status = 'failed'`` and the decoder's reason; ingest goes on.

Object storage: a path may be an fsspec URL (``s3://bucket/night/``, one object or a prefix searched recursively;
the manifest too). The driver lists the objects and reads each one once, into a temporary file that is hashed while
it is copied and probed like a local file, then removed; ``calls.path`` keeps the URL, and the workers read the audio
from there themselves (``voc.executors.fsio``). Credentials come from the environment (``AWS_*``,
``AWS_ENDPOINT_URL`` for S3-compatible stores).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from voc import faults
from voc.errors import AudioError, IngestError, TransientError
from voc.transcribe.audio import AudioInfo
from voc.warehouse import now, transaction

AUDIO_EXTENSIONS = frozenset({".wav", ".flac", ".mp3", ".m4a", ".aac", ".ogg", ".opus", ".webm", ".mp4", ".wma", ".au"})
ROW_KEY = "__manifest_row__"   # the manifest row number each row dict carries (never stored in meta)
MANIFEST_FIELDS = ("started_at", "direction", "queue", "agent_id", "customer_id", "campaign_code")
_TRUNCATION_TOLERANCE = 0.9  # decoded duration below 90 % of the header's = truncated


@dataclass
class IngestResult:
    added: list[str] = field(default_factory=list)          # call ids new in this ingest
    already: list[str] = field(default_factory=list)        # call ids seen before (maybe under a new path)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    unmatched_manifest_rows: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        return {"added": len(self.added), "already": len(self.already),
                "failed": [{"path": p, "error": e} for p, e in self.failed],
                "unmatched_manifest_rows": self.unmatched_manifest_rows}


def scan(paths: Iterable[str | Path]) -> list[Path | str]:
    """Audio files under ``paths`` (recursively, sorted). A file named explicitly is kept whatever its extension.
    URLs (``s3://...``) are listed with fsspec and come back as URL strings."""
    from voc.executors.fsio import is_url, list_objects

    found: list[Path] = []
    urls: list[str] = []
    for raw in paths:
        if is_url(str(raw)):
            urls.extend(u for u in list_objects(str(raw), AUDIO_EXTENSIONS) if u not in urls)
            continue
        p = Path(raw).expanduser()
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    fp = Path(root) / name
                    if fp.suffix.lower() in AUDIO_EXTENSIONS and not name.startswith("."):
                        found.append(fp)
        elif p.is_file():
            found.append(p)
        else:
            raise IngestError(f"{p}: no such file or folder. Fix: check the path (quote paths with spaces).")
    seen: set[Path] = set()
    out: list[Path | str] = []
    for fp in found:
        ap = fp.resolve()
        if ap not in seen:
            seen.add(ap)
            out.append(ap)
    return out + urls


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def probe(path: str | Path) -> AudioInfo:
    """The header facts (``voc.transcribe.audio.probe``), then a full decode (bounded memory) to prove the file is
    usable: the duration stored is what decodes, and a file decoding to under 90 % of its header is truncated."""
    from voc.transcribe.audio import iter_chunks
    from voc.transcribe.audio import probe as header_probe

    path = Path(path)
    info = header_probe(path)  # AudioError naming the file for empty, corrupt and non-audio files
    n = sum(block.shape[1] for _, block in iter_chunks(path, 60.0, info.sample_rate, channels=0))
    if n == 0:
        raise AudioError(f"{path}: no decodable audio samples. Fix: check that the file is a complete recording.")
    duration = n / float(info.sample_rate)
    declared = _riff_declared_seconds(path) or info.duration_s
    if declared and declared > 1.0 and duration < _TRUNCATION_TOLERANCE * declared:
        raise AudioError(f"{path}: truncated: the header says {declared:.1f} s but only {duration:.1f} s decode. "
                         "Fix: copy the complete file again.")
    return replace(info, duration_s=round(duration, 3))


def _riff_declared_seconds(path: Path) -> float | None:
    """For RIFF/WAVE files, the duration the header promises (ffmpeg estimates from the file size instead)."""
    import struct

    try:
        with open(path, "rb") as f:
            head = f.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            byte_rate = None
            while True:
                ch = f.read(8)
                if len(ch) < 8:
                    return None
                cid, size = ch[:4], struct.unpack("<I", ch[4:])[0]
                if cid == b"fmt ":
                    fmt = f.read(size)
                    byte_rate = struct.unpack("<I", fmt[8:12])[0]
                    if size % 2:
                        f.read(1)
                elif cid == b"data":
                    if not byte_rate or size in (0, 0xFFFFFFFF):
                        return None
                    return size / byte_rate
                else:
                    f.seek(size + (size % 2), 1)
    except OSError:
        return None


# -- manifest ------------------------------------------------------------------------------------------------

def read_manifest(path: str | Path) -> dict[str, dict[str, Any]]:
    """Rows keyed by file name (and call_id when given). CSV or Parquet; column ``file_name`` or ``path`` or ``call_id``.
    ``path`` may be an fsspec URL (``s3://bucket/night/manifest.csv``)."""
    import io

    import polars as pl

    from voc.executors.fsio import is_url, read_bytes

    p: Any = Path(path)
    src: Any = p
    if is_url(str(path)):
        p = _UrlName(str(path))
        try:
            src = io.BytesIO(read_bytes(str(path)))
        except FileNotFoundError as e:
            raise IngestError(f"manifest {path} does not exist. Fix: check the URL given to --manifest.") from e
        except (OSError, ValueError) as e:
            raise IngestError(f"manifest {path} cannot be read ({type(e).__name__}: {e}). Fix: check the URL and "
                              "the credentials in this environment.") from e
    elif not p.is_file():
        raise IngestError(f"manifest {p} does not exist. Fix: pass an existing CSV or Parquet file to --manifest.")
    try:
        if p.suffix.lower() in (".parquet", ".pq"):
            df = pl.read_parquet(src)
        elif p.suffix.lower() in (".csv", ".tsv", ".txt"):
            df = pl.read_csv(src, separator="\t" if p.suffix.lower() == ".tsv" else ",", infer_schema_length=0)
        else:
            raise IngestError(f"manifest {p}: unknown format '{p.suffix}'. Fix: use .csv or .parquet.")
    except IngestError:
        raise
    except Exception as e:
        raise IngestError(f"manifest {p} cannot be read: {e}. Fix: check it is valid CSV (header row) or Parquet.") from e
    keys = [c for c in ("file_name", "path", "call_id") if c in df.columns]
    if not keys:
        raise IngestError(f"manifest {p}: needs a 'file_name', 'path' or 'call_id' column to join on; "
                          f"it has {', '.join(df.columns)}. Fix: add one of those columns.")
    out: dict[str, dict[str, Any]] = {}
    first = 2 if p.suffix.lower() in (".csv", ".tsv", ".txt") else 1   # a CSV's line 1 is its header
    for i, row in enumerate(df.iter_rows(named=True)):
        row = {k: (None if v == "" else v) for k, v in row.items()}
        row[ROW_KEY] = i + first
        for k in keys:
            if row.get(k):
                key = Path(str(row[k])).name if k in ("file_name", "path") else str(row[k])
                out[key] = row
    return out


def _parse_ts(value: Any, where: str) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    s = str(value).strip()
    if not s:
        return None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
    except ValueError as e:
        raise IngestError(f"{where}: started_at {s!r} is not an ISO date/time (e.g. 2026-03-02T14:05:00). "
                          "Fix the manifest row.") from e
    return dt.replace(tzinfo=None) if dt.tzinfo is None else dt.astimezone().replace(tzinfo=None)


# -- ingest --------------------------------------------------------------------------------------------------

def ingest(
    con,
    paths: Iterable[str | Path],
    manifest: str | Path | None = None,
    on_file: Callable[[Path | str, str], None] | None = None,
    on_total: Callable[[int], None] | None = None,
) -> IngestResult:
    """Ingest every audio file under ``paths`` into the warehouse behind ``con``. ``on_total(n)`` is called once
    the files are found (before the first ``on_file``), so progress can show n."""
    files = scan(paths)
    if on_total:
        on_total(len(files))
    rows = read_manifest(manifest) if manifest else {}
    used_rows: set[int] = set()
    result = IngestResult()
    for fp in files:
        status = _ingest_one(con, fp, rows, used_rows, result, manifest)
        if on_file:
            on_file(fp, status)
    if rows:
        result.unmatched_manifest_rows = sorted({k for k, r in rows.items() if id(r) not in used_rows
                                                 and k == Path(str(r.get("file_name") or r.get("path") or k)).name})
    return result


class _UrlName(str):
    """A URL with the ``.name`` / ``.suffix`` of a Path (its last segment), for messages and manifest keys."""

    @property
    def name(self) -> str:
        return self.rstrip("/").rsplit("/", 1)[-1]

    @property
    def suffix(self) -> str:
        return Path(self.name).suffix


@contextlib.contextmanager
def _readable(fp: Path | str) -> Iterator[tuple[Path, str]]:
    """(a local file with the audio, its SHA-256). A URL is copied once into a temporary file, hashed on the way,
    removed afterwards. OSError (local) / AudioError, TransientError (URL) when it cannot be read."""
    if isinstance(fp, Path):
        yield fp, sha256_file(fp)
        return
    from voc.executors.fsio import fetch

    tmp = Path(tempfile.mkdtemp(prefix="voc-ingest-"))
    try:
        h = hashlib.sha256()
        dest = fetch(fp, tmp / (_UrlName(fp).name or "audio"), hasher=h)
        yield dest, h.hexdigest()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _size_mtime(fp: Path | str) -> tuple[int | None, datetime | None]:
    if isinstance(fp, Path):
        try:
            st = fp.stat()
        except OSError:
            return None, None
        return st.st_size, datetime.fromtimestamp(st.st_mtime)
    from voc.executors.fsio import object_info

    size, modified = object_info(fp)
    if isinstance(modified, (int, float)):
        modified = datetime.fromtimestamp(modified)
    elif isinstance(modified, str):
        try:
            modified = datetime.fromisoformat(modified.replace("Z", "+00:00"))
        except ValueError:
            modified = None
    if isinstance(modified, datetime) and modified.tzinfo is not None:
        modified = modified.astimezone().replace(tzinfo=None)
    return size, modified if isinstance(modified, datetime) else None


def _ingest_one(con, fp: Path | str, rows: dict, used_rows: set[int], result: IngestResult, manifest) -> str:
    ts = now()
    name = fp.name if isinstance(fp, Path) else _UrlName(fp).name
    with contextlib.ExitStack() as stack:
        try:
            local, call_id = stack.enter_context(_readable(fp))
        except OSError as e:
            reason = f"{fp}: cannot read: {e.strerror or e}. Fix: check the file's permissions."
        except (AudioError, TransientError) as e:  # a URL that names no object, or a read that failed
            reason = str(e)
        else:
            return _ingest_read(con, fp, name, local, call_id, rows, used_rows, result, manifest, ts)
    result.failed.append((str(fp), reason))
    call_id = "unreadable-" + hashlib.sha256(str(fp).encode()).hexdigest()[:48]
    _store_failed(con, call_id, fp, name, reason, ts)
    return "failed"


def _ingest_read(con, fp: Path | str, name: str, local: Path, call_id: str, rows: dict, used_rows: set[int],
                 result: IngestResult, manifest, ts: datetime) -> str:
    existing = con.execute("SELECT status FROM calls WHERE call_id = ?", [call_id]).fetchone()
    if existing is not None:
        con.execute("INSERT INTO call_paths VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [call_id, str(fp), ts])
        row = rows.get(name) or rows.get(call_id)
        if row is not None:
            used_rows.add(id(row))
        if existing[0] == "failed":
            result.failed.append((str(fp), con.execute("SELECT error FROM calls WHERE call_id = ?",
                                                       [call_id]).fetchone()[0]))
            return "failed"
        result.already.append(call_id)
        return "already"
    size, mtime = _size_mtime(fp)
    try:
        info = probe(local)
    except AudioError as e:
        reason = str(e) if isinstance(fp, Path) else str(e).replace(str(local), str(fp))
        result.failed.append((str(fp), reason))
        _store_failed(con, call_id, fp, name, reason, ts, size)
        return "failed"
    row = rows.get(name) or rows.get(call_id) or {}
    if row:
        used_rows.add(id(row))
    known = {k: row.get(k) for k in MANIFEST_FIELDS}
    meta = {k: v for k, v in row.items()
            if k not in MANIFEST_FIELDS and k not in ("file_name", "path", "call_id", ROW_KEY)}
    try:
        started = _parse_ts(known["started_at"], f"manifest {manifest}, row {row.get(ROW_KEY)} ({name})")
    except IngestError as e:  # a bad row fails its own call only; the rest of the night goes on
        result.failed.append((str(fp), str(e)))
        _store_failed(con, call_id, fp, name, str(e), ts, size)
        return "failed"
    if started is None:
        started = mtime or ts
        meta["started_at_source"] = "file mtime" if mtime else "ingest time"
    with transaction(con):
        con.execute(
            "INSERT INTO calls VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [call_id, str(fp), name, size if size is not None else local.stat().st_size, info.duration_s,
             info.channels, info.sample_rate, info.codec, info.container, started, known["direction"],
             known["queue"], known["agent_id"], known["customer_id"], known["campaign_code"],
             json.dumps(meta, default=str), "ingested", None, ts])
        con.execute("INSERT INTO call_paths VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [call_id, str(fp), ts])
        faults.point("ingest")
    result.added.append(call_id)
    return "added"


def _store_failed(con, call_id: str, fp: Path | str, name: str, reason: str, ts: datetime,
                  size: int | None = None) -> None:
    if size is None:
        size = _size_mtime(fp)[0]
    with transaction(con):
        con.execute("INSERT INTO calls (call_id, path, file_name, size_bytes, status, error, ingested_at, meta) "
                    "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                    [call_id, str(fp), name, size, "failed", reason, ts, "{}"])
        con.execute("INSERT INTO call_paths VALUES (?, ?, ?) ON CONFLICT DO NOTHING", [call_id, str(fp), ts])
