"""Ingest from fsspec URLs (the driver lists and hashes; calls.path keeps the URL), on fsspec's in-memory filesystem.

The same code serves s3:// (tests/ray/test_ray_s3.py runs a whole night from a local S3 server on a Ray cluster).
"""

from __future__ import annotations

import hashlib
import uuid

import pytest

from voc.errors import IngestError
from voc.ingest import ingest, read_manifest, scan


@pytest.fixture()
def mem(tone):
    """A fresh memory:// prefix with two calls, a hidden file, a non-audio file, a corrupt call and a manifest."""
    import fsspec

    fs = fsspec.filesystem("memory")
    root = f"/night-{uuid.uuid4().hex[:8]}"
    a = tone("a.wav", seconds=0.6, freq=300).read_bytes()
    b = tone("b.wav", seconds=0.8, freq=500).read_bytes()
    fs.pipe({f"{root}/q1/call_a.wav": a, f"{root}/q2/call_b.wav": b, f"{root}/q2/.hidden.wav": a,
             f"{root}/notes.txt": b"not audio", f"{root}/q2/broken.wav": b"RIFF" + b"\0" * 40,
             f"{root}/manifest.csv": b"file_name,started_at,queue,agent_id,store\n"
                                     b"call_a.wav,2026-03-02T09:00:00,billing,A1,north\n"
                                     b"call_b.wav,2026-03-02T10:30:00,sales,A2,south\n"})
    yield f"memory://{root}", {"call_a.wav": a, "call_b.wav": b}
    fs.rm(root, recursive=True)


def test_scan_lists_audio_under_a_prefix(mem):
    url, _ = mem
    assert scan([url]) == [f"{url}/q1/call_a.wav", f"{url}/q2/broken.wav", f"{url}/q2/call_b.wav"]
    assert scan([f"{url}/notes.txt"]) == [f"{url}/notes.txt"]  # named explicitly: kept


def test_ingest_from_url_hashes_bytes_keeps_url_and_joins_url_manifest(con, mem):
    url, data = mem
    res = ingest(con, [url], manifest=f"{url}/manifest.csv")
    assert len(res.added) == 2 and [p.rsplit("/", 1)[-1] for p, _ in res.failed] == ["broken.wav"]
    assert "broken.wav" in res.failed[0][1] and "voc-ingest-" not in res.failed[0][1]  # names the URL, not the copy
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT file_name, call_id, path, size_bytes, queue, agent_id, started_at, duration_s, meta FROM calls "
        "WHERE status = 'ingested'").fetchall()}
    cid, path, size, queue, agent, started, dur, meta = rows["call_a.wav"]
    assert cid == hashlib.sha256(data["call_a.wav"]).hexdigest()
    assert path == f"{url}/q1/call_a.wav" and size == len(data["call_a.wav"])
    assert (queue, agent, str(started)) == ("billing", "A1", "2026-03-02 09:00:00")
    assert dur == pytest.approx(0.6, abs=0.01) and '"store": "north"' in meta
    again = ingest(con, [url], manifest=f"{url}/manifest.csv")
    assert not again.added and len(again.already) == 2
    assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 3


def test_same_bytes_local_and_url_are_one_call(con, mem, tmp_path):
    url, data = mem
    local = tmp_path / "copy.wav"
    local.write_bytes(data["call_b.wav"])
    res = ingest(con, [local, f"{url}/q2/call_b.wav"])
    assert len(res.added) == 1 and len(res.already) == 1
    paths = {r[0] for r in con.execute("SELECT path FROM call_paths").fetchall()}
    assert paths == {str(local), f"{url}/q2/call_b.wav"}


def test_missing_prefix_and_manifest_name_the_url(con, mem):
    url, _ = mem
    with pytest.raises(IngestError, match="no such object or prefix"):
        ingest(con, [f"{url}/nope"])
    with pytest.raises(IngestError, match=f"manifest {url}/none.csv does not exist"):
        read_manifest(f"{url}/none.csv")


def test_unknown_scheme_is_a_clear_error(con):
    from voc.errors import AudioError

    with pytest.raises(AudioError, match="fsspec cannot read 'nosuchproto://'"):
        ingest(con, ["nosuchproto://bucket/night"])


def test_local_executor_reads_url_calls_through_a_temporary_copy(mem, tmp_path):
    """voc run with the local executor on a URL call: the processor sees a readable local file, removed after."""
    from pathlib import Path

    from voc.executors.local import LocalExecutor
    from voc.processor import CallOutcome, WorkItem
    from voc.records import Call
    from voc.settings import Settings

    url, data = mem
    seen: list[tuple[str, bytes]] = []

    class Proc:
        def process(self, item):
            seen.append((item.call.path, Path(item.call.path).read_bytes()))
            return CallOutcome(item.call.call_id, {}, {}, 0.0, {}, [])

    ex = LocalExecutor(Settings.load(env={}), processor=Proc())
    items = [WorkItem(call=Call(call_id="a" * 64, path=f"{url}/q1/call_a.wav", duration_s=0.6, channels=1,
                                sample_rate=8000, codec="pcm"), stages=["transcribe"], hashes={}),
             WorkItem(call=Call(call_id="b" * 64, path=f"{url}/gone.wav", duration_s=1, channels=1,
                                sample_rate=8000, codec="pcm"), stages=["transcribe"], hashes={})]
    outs = list(ex.map(items))
    assert seen[0][1] == data["call_a.wav"] and not Path(seen[0][0]).exists()
    assert outs[0].error is None
    assert outs[1].permanent and "no such object" in outs[1].error and outs[1].error_stage == "transcribe"
