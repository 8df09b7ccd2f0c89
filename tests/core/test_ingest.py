import json
import os
import re
import shutil

import pytest

from voc.errors import IngestError
from voc.ingest import ingest, probe, read_manifest, scan


def test_real_files_probed(con, shared_data):
    res = ingest(con, [shared_data / "whisper-cpp-jfk", shared_data / "faster-whisper-tests",
                       shared_data / "osr-harvard-8k"])
    assert res.ok and len(res.added) == 5
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT file_name, duration_s, channels, sample_rate, codec FROM calls").fetchall()}
    assert rows["jfk.wav"][:3] == (11.0, 1, 16000)
    assert rows["jfk.flac"][1:3] == (2, 44100)
    assert rows["stereo_diarization.wav"][1] == 2
    assert rows["OSR_us_000_0034_8k.wav"][2] == 8000
    assert rows["multilingual.mp3"][0] == pytest.approx(59.9, abs=0.5)


def test_reingest_is_noop_and_duplicate_bytes_are_one_call(con, tmp_path, shared_data):
    src = shared_data / "whisper-cpp-jfk" / "jfk.wav"
    a = tmp_path / "in" / "a.wav"
    b = tmp_path / "in" / "sub dir" / "ünïcode köpie.wav"
    b.parent.mkdir(parents=True)
    shutil.copy(src, a)
    shutil.copy(src, b)
    res = ingest(con, [tmp_path / "in"])
    assert len(res.added) == 1 and len(res.already) == 1
    assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 1
    paths = {r[0] for r in con.execute("SELECT path FROM call_paths").fetchall()}
    assert paths == {str(a), str(b)}
    res2 = ingest(con, [tmp_path / "in"])
    assert not res2.added and len(res2.already) == 2
    assert con.execute("SELECT count(*) FROM calls").fetchone()[0] == 1


def test_bad_files_recorded_as_failed_and_ingest_goes_on(con, tmp_path, tone):
    good = tone("good.wav")
    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "notes.wav").write_text("this is a text file, not audio\n" * 20)
    (tmp_path / "corrupt.flac").write_bytes(b"fLaC" + os.urandom(3000))
    full = tone("long.wav", seconds=6.0).read_bytes()
    (tmp_path / "truncated.wav").write_bytes(full[: len(full) // 3])
    res = ingest(con, [tmp_path])
    failed = {os.path.basename(p): e for p, e in res.failed}
    assert set(failed) == {"empty.wav", "notes.wav", "corrupt.flac", "truncated.wav"}
    assert "empty" in failed["empty.wav"]
    assert "truncated" in failed["truncated.wav"]
    for name, err in failed.items():
        assert name in err  # the message names the file
    assert len(res.added) == 2  # good.wav and long.wav
    st = dict(con.execute("SELECT file_name, status FROM calls").fetchall())
    assert st["good.wav"] == "ingested" and st["notes.wav"] == "failed"
    assert con.execute("SELECT error FROM calls WHERE file_name = 'notes.wav'").fetchone()[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(con, tone):
    p = tone("locked.wav")
    p.chmod(0)
    res = ingest(con, [p])
    assert res.failed and "permission" in res.failed[0][1].lower()


def test_manifest_join_and_extra_columns(con, tmp_path, tone):
    tone("c1.wav", freq=300)
    tone("c2.wav", freq=500)
    (tmp_path / "m.csv").write_text(
        "file_name,started_at,direction,queue,agent_id,customer_id,campaign_code,region\n"
        "c1.wav,2026-03-02T10:00:00,inbound,billing,A1,C1,SPRING25,north\n"
        "missing.wav,2026-03-02T11:00:00,inbound,billing,A1,C9,,south\n")
    res = ingest(con, [tmp_path / "c1.wav", tmp_path / "c2.wav"], tmp_path / "m.csv")
    assert res.unmatched_manifest_rows == ["missing.wav"]
    r = con.execute("SELECT queue, campaign_code, meta, started_at FROM calls WHERE file_name = 'c1.wav'").fetchone()
    assert r[0] == "billing" and r[1] == "SPRING25" and json.loads(r[2])["region"] == "north"
    assert str(r[3]).startswith("2026-03-02 10:00")
    r2 = con.execute("SELECT queue, meta FROM calls WHERE file_name = 'c2.wav'").fetchone()
    assert r2[0] is None and json.loads(r2[1])["started_at_source"] == "file mtime"


def test_parquet_manifest(con, tmp_path, tone):
    import polars as pl

    tone("p1.wav")
    pl.DataFrame({"file_name": ["p1.wav"], "queue": ["sales"]}).write_parquet(tmp_path / "m.parquet")
    ingest(con, [tmp_path / "p1.wav"], tmp_path / "m.parquet")
    assert con.execute("SELECT queue FROM calls").fetchone()[0] == "sales"


def test_bad_manifest_errors(tmp_path):
    with pytest.raises(IngestError, match="does not exist"):
        read_manifest(tmp_path / "nope.csv")
    (tmp_path / "m.csv").write_text("name,queue\nx.wav,billing\n")
    with pytest.raises(IngestError, match="file_name.*Fix"):
        read_manifest(tmp_path / "m.csv")
    (tmp_path / "m.json").write_text("{}")
    with pytest.raises(IngestError, match="unknown format"):
        read_manifest(tmp_path / "m.json")


def test_bad_started_at_fails_that_row_alone_naming_the_row(con, tmp_path, tone):
    tone("d.wav")
    tone("e.wav", freq=880.0)
    (tmp_path / "m.csv").write_text("file_name,started_at\ne.wav,2026-03-02T10:00:00\nd.wav,yesterday\n")
    res = ingest(con, [tmp_path / "d.wav", tmp_path / "e.wav"], tmp_path / "m.csv")
    assert len(res.added) == 1 and [p for p, _ in res.failed] == [str(tmp_path / "d.wav")]
    assert re.search(r"row 3 \(d\.wav\).*yesterday.*Fix", res.failed[0][1])
    (status,) = con.execute("SELECT status FROM calls WHERE file_name = 'd.wav'").fetchone()
    assert status == "failed"   # `voc retry` re-probes it once the manifest is fixed


def test_scan_missing_path(tmp_path):
    with pytest.raises(IngestError, match="no such file"):
        scan([tmp_path / "missing dir"])


def test_scan_filters_extensions(tmp_path, tone):
    tone("a.wav")
    (tmp_path / "readme.txt").write_text("x")
    (tmp_path / ".hidden.wav").write_bytes(b"")
    assert [p.name for p in scan([tmp_path])] == ["a.wav"]


def test_probe_six_channels_44k(tone):
    info = probe(tone("six.wav", channels=6, sr=44100, seconds=1.0))
    assert (info.channels, info.sample_rate) == (6, 44100)
