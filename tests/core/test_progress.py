"""Progress hooks: rich bars on a terminal, plain lines for cron, events for notebooks."""

from __future__ import annotations

import io

from voc.progress import LogProgress, RecordingProgress, RichProgress


def test_log_progress_lines_have_counts_audio_and_eta():
    buf = io.StringIO()
    p = LogProgress(stream=buf, every_s=0)
    p.start("transcribe", 4, audio_s=7200)
    p.advance("transcribe", 1, 1800)
    p.advance("transcribe", 1, 1800, failed=True)
    p.end("transcribe")
    out = buf.getvalue()
    assert "transcribe: 4 calls, 2.00 audio hours" in out
    assert "transcribe: 1/4 calls (0 failed), 0.50 h audio" in out and "ETA" in out
    assert "transcribe: 2/4 calls (1 failed), 1.00 h audio" in out
    assert "transcribe: done in" in out


def test_rich_progress_renders_a_bar_per_stage():
    from rich.console import Console

    buf = io.StringIO()
    p = RichProgress(console=Console(file=buf, force_terminal=True, width=120))
    for stage in ("transcribe", "speakers"):
        p.start(stage, 2, 120)
        p.advance(stage, 1, 60)
        p.advance(stage, 1, 60, failed=True)
    p.close()
    out = buf.getvalue()
    assert "transcribe" in out and "speakers" in out
    assert "2/2" in out and "1 failed" in out and "h audio" in out


def test_recording_progress_keeps_events():
    p = RecordingProgress()
    p.start("analyze", 1)
    p.advance("analyze")
    p.message("hello")
    assert p.events == [("start", "analyze", 1, 0.0), ("advance", "analyze", 1, 0.0, False), ("message", "hello")]


def test_eta_from_audio_seconds_not_call_counts():
    from voc.progress import eta_s

    # one 14-minute call done of (14 min + 1 min): a count-based ETA would say "as long again"
    assert eta_s(100.0, 1, 2, audio_done_s=840.0, audio_total_s=900.0) == 100.0 / 840.0 * 60.0
    assert eta_s(10.0, 1, 4) == 30.0                 # no audio totals (ingest): by counts
    assert eta_s(10.0, 0, 4) is None                 # nothing done yet: unknown, not 0
    assert eta_s(10.0, 3, 2) == 0.0                  # never negative


def test_ingest_progress_knows_its_total(con, tmp_path):
    import io

    from tests.conftest import write_tone
    from voc.ingest import ingest
    from voc.progress import LogProgress

    for i in range(3):
        write_tone(tmp_path / "in" / f"c{i}.wav", seconds=1.0, freq=300.0 + 100 * i)
    buf = io.StringIO()
    log = LogProgress(stream=buf, every_s=0.0)
    ingest(con, [tmp_path / "in"], on_total=lambda n: log.start("ingest", n),
           on_file=lambda p, st: log.advance("ingest", 1, 0.0, st == "failed"))
    text = buf.getvalue()
    assert "ingest: 3 calls" in text and "3/3 calls" in text and "ETA -" not in text and "/0 calls" not in text
