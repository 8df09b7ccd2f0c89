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
