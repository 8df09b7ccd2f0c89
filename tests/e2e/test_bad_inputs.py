"""The bad-input suite: one `voc run` over a folder of awkward files. Bad files fail alone, with a reason naming the
file; every other call completes; nothing already stored is lost."""

from __future__ import annotations

import json
import os
import shutil

import numpy as np
import pytest

pytestmark = pytest.mark.slow


def transcode(src, dest, codec, rate=None, layout=None, container=None):
    """Re-encode ``src`` with PyAV (no ffmpeg binary needed)."""
    import av

    with av.open(str(src)) as inp, av.open(str(dest), "w", format=container) as out:
        s_in = inp.streams.audio[0]
        rate = rate or s_in.codec_context.sample_rate
        stream = out.add_stream(codec, rate=rate)
        if layout:
            stream.layout = layout
        res = av.AudioResampler(format=stream.format.name if stream.format else "s16", layout=layout or "mono",
                                rate=rate)
        for frame in inp.decode(s_in):
            for f in res.resample(frame):
                for p in stream.encode(f):
                    out.mux(p)
        for f in res.resample(None):
            for p in stream.encode(f):
                out.mux(p)
        for p in stream.encode(None):
            out.mux(p)
    return dest


def write_pcm(path, samples: np.ndarray, rate: int):
    """samples (channels, n) float → 16-bit WAV via PyAV, written in chunks."""
    import av

    ch = samples.shape[0]
    layout = {1: "mono", 2: "stereo", 6: "5.1"}[ch]
    with av.open(str(path), "w", format="wav") as out:
        st = out.add_stream("pcm_s16le", rate=rate)
        st.layout = layout
        step = rate * 10
        for i in range(0, samples.shape[1], step):
            blk = (np.clip(samples[:, i:i + step], -1, 1) * 32767).astype("<i2")
            fr = av.AudioFrame.from_ndarray(np.ascontiguousarray(blk.T.reshape(1, -1)), format="s16", layout=layout)
            fr.sample_rate = rate
            for p in st.encode(fr):
                out.mux(p)
        for p in st.encode(None):
            out.mux(p)
    return path


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory, shared_data):
    from voc.transcribe.audio import decode

    d = tmp_path_factory.mktemp("bad") / "incoming calls ü"
    d.mkdir()
    jfk = shared_data / "whisper-cpp-jfk" / "jfk.wav"
    speech = decode(jfk, sample_rate=8000).samples[0]
    # broken files
    (d / "zero length.wav").write_bytes(b"")
    (d / "not audio.wav").write_text("Subject: call notes\n" * 50)
    (d / "corrupt.flac").write_bytes(b"fLaC" + os.urandom(4096))
    full = jfk.read_bytes()
    (d / "truncated.wav").write_bytes(full[: len(full) // 4])
    # awkward but valid
    write_pcm(d / "silent stereo.wav", np.zeros((2, 8000 * 4)), 8000)
    write_pcm(d / "short.wav", 0.2 * np.sin(np.arange(4000) / 8000 * 2 * np.pi * 300)[None, :], 8000)
    shutil.copy(shared_data / "osr-harvard-8k" / "OSR_us_000_0034_8k.wav", d / "telephone 8k.wav")
    shutil.copy(shared_data / "faster-whisper-tests" / "jfk.flac", d / "stereo 44k.flac")
    six = np.zeros((6, len(speech)))
    six[0] = speech
    six[1] = 0.5 * speech
    write_pcm(d / "six channels.wav", six, 8000)
    transcode(jfk, d / "opus call.ogg", "libopus", rate=48000, container="ogg")
    transcode(jfk, d / "aac call.m4a", "aac", rate=16000, container="mp4")
    (d / "名前 with spaces.wav").write_bytes(full)  # unicode + spaces; same bytes as nothing else
    # over one hour, stereo 8 kHz: near-silence with speech at 30 minutes (must stream, memory bounded)
    long = np.random.default_rng(0).normal(0, 1e-4, size=(2, 8000 * 3660)).astype(np.float32)
    at = 8000 * 1800
    long[0, at:at + len(speech)] += speech
    write_pcm(d / "over one hour.wav", long, 8000)
    return d


def test_bad_inputs_fail_alone_and_the_rest_completes(bad_folder, tmp_path, voc):
    p = voc("run", str(bad_folder), "--json", "--quiet", "--no-report", cwd=tmp_path)
    assert p.returncode == 1, (p.returncode, p.stderr[-3000:])  # 1 = some calls failed
    s = json.loads(p.stdout)
    failed = {os.path.basename(f["path"]): f["error"] for f in s["failures"]}
    assert set(failed) == {"zero length.wav", "not audio.wav", "corrupt.flac", "truncated.wav"}, failed
    for name, err in failed.items():
        assert name in err and "Fix" in err
    from voc.warehouse import connect

    con = connect(tmp_path / "voc.duckdb", read_only=True)
    done = dict(con.execute(
        "SELECT c.file_name, count(*) FROM call_stages cs JOIN calls c USING (call_id) "
        "WHERE cs.status = 'done' GROUP BY 1").fetchall())
    for name in ("silent stereo.wav", "short.wav", "telephone 8k.wav", "stereo 44k.flac", "six channels.wav",
                 "opus call.ogg", "aac call.m4a", "名前 with spaces.wav", "over one hour.wav"):
        assert done.get(name) == 4, (name, done.get(name))

    def text(name):
        return " ".join(t for (t,) in con.execute(
            "SELECT u.text FROM utterances u JOIN calls c USING (call_id) WHERE c.file_name = ? ORDER BY u.idx",
            [name]).fetchall()).lower()

    assert text("silent stereo.wav") == "" and text("short.wav") == ""
    for name in ("opus call.ogg", "aac call.m4a", "stereo 44k.flac", "six channels.wav", "名前 with spaces.wav",
                 "over one hour.wav"):
        assert "ask not what your country" in text(name), (name, text(name))
    assert "golden ring" in text("telephone 8k.wav")
    starts = [r[0] for r in con.execute(
        "SELECT u.start_s FROM utterances u JOIN calls c USING (call_id) WHERE c.file_name = 'over one hour.wav'"
    ).fetchall()]
    assert starts and all(1790 < t < 1815 for t in starts)  # found at 30 min, timestamps in the whole file's time
    con.close()

    # a second run changes nothing and loses nothing; the failures are still listed
    p2 = voc("run", str(bad_folder), "--json", "--quiet", "--no-report", cwd=tmp_path)
    assert p2.returncode == 1
    s2 = json.loads(p2.stdout)
    assert s2["counts"]["ingest"]["added"] == 0 and "transcribe" not in s2["counts"]
    st = voc("status", "--failed", "--json", cwd=tmp_path)
    assert len(json.loads(st.stdout)["failed"]) == 4
