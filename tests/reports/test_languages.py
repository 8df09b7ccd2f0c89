"""The report's "Languages" section: calls by language, and which figures cover which calls."""

from __future__ import annotations

import shutil

import pytest


@pytest.fixture()
def mixed(sample_warehouse, tmp_path):
    """The sample warehouse with 3 calls marked French (analysis steps skipped) and 1 German call not transcribed."""
    from voc.warehouse import connect

    p = tmp_path / "voc.duckdb"
    shutil.copy(sample_warehouse, p)
    con = connect(p)
    ids = [r[0] for r in con.execute("SELECT call_id FROM transcripts ORDER BY call_id DESC LIMIT 4").fetchall()]
    fr, de = ids[:3], ids[3]
    for cid in fr:
        con.execute("UPDATE transcripts SET language = 'fr', language_detected = 'fr', language_detected_prob = 0.9, "
                    "language_status = 'other', task = 'transcribe' WHERE call_id = ?", [cid])
        for step in ("entities", "sentiment", "complaints", "intents"):
            con.execute("INSERT INTO analysis_skips VALUES (?, ?, 'fr', 'call text is in fr')", [cid, step])
        for table in ("complaints", "call_sentiment", "intents"):
            con.execute(f"DELETE FROM {table} WHERE call_id = ?", [cid])
    con.execute("UPDATE transcripts SET language = 'de', language_detected = 'de', language_status = 'skipped', "
                "task = 'skipped' WHERE call_id = ?", [de])
    for table in ("complaints", "call_sentiment", "intents", "utterances"):
        con.execute(f"DELETE FROM {table} WHERE call_id = ?", [de])
    yield con, fr, de
    con.close()


def test_language_section_counts_and_coverage(mixed):
    from voc.reports import build_report
    from voc.reports.markdown import render_markdown

    con, fr, de = mixed
    r = build_report(con)
    mix = r.languages
    assert mix is not None
    by = {row.language: row for row in mix.rows}
    assert by["fr"].calls == 3 and by["fr"].transcribed == 3 and by["de"].skipped == 1
    assert by["en"].calls == mix.calls - 4
    text = " ".join(mix.notes)
    assert "1 of" in text and "not transcribed" in text
    assert f"Call drivers: cover {mix.calls - 1 - 3} of {mix.calls}" in text
    md = render_markdown(r)
    assert "## Languages" in md and "French (fr)" in md
    from voc.reports.html import render_html

    html = render_html(r)
    assert 'id="languages"' in html and "Call drivers: cover" in html


def test_complaint_rate_leaves_out_calls_whose_complaint_step_did_not_run(mixed):
    from voc.reports import build_report

    con, fr, de = mixed
    first, last = con.execute("SELECT min(CAST(started_at AS DATE)), max(CAST(started_at AS DATE)) FROM calls").fetchone()
    r = build_report(con, since=first, until=last)
    n_ran, n_with = con.execute("""
        SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM complaints k WHERE k.call_id = t.call_id))
        FROM transcripts t JOIN calls c USING (call_id)
        WHERE t.task IS DISTINCT FROM 'skipped'
          AND t.call_id NOT IN (SELECT call_id FROM analysis_skips WHERE step = 'complaints')""").fetchone()
    assert r.metric("complaint_rate").value == pytest.approx(n_with / n_ran)


def test_english_only_warehouse_has_no_language_section(sample_report):
    assert sample_report.languages is None


def test_why_customers_called_leaves_out_calls_the_driver_step_did_not_run_on(mixed):
    """Calls in another language have no driver because no model ran, not because it was unsure: they are not
    counted as 'no confident reason', and none of their words is quoted as such."""
    from voc.reports import build_report
    from voc.reports.markdown import render_markdown

    con, fr, de = mixed
    first, last = con.execute("SELECT min(CAST(started_at AS DATE)), max(CAST(started_at AS DATE)) FROM calls").fetchone()
    r = build_report(con, since=first, until=last)
    w = r.why
    transcribed = con.execute("SELECT count(*) FROM transcripts").fetchone()[0]
    assert w.calls == transcribed - 4
    assert w.classified <= w.calls
    assert not {q.call_id for q in w.voices} & set(fr + [de])
    assert any("4 calls in other languages are not classified" in n for n in w.notes)
    assert "4 calls in other languages are not classified" in render_markdown(r)
