"""The "Opportunities and risks" report section on the sample warehouse with signals detected from its texts."""

from __future__ import annotations

import shutil

import pytest

from voc.analyze.signals import detect_signals
from voc.records import Entity, Utterance


def fill_signals(con) -> int:
    """Run the detector over every stored call (as the analyze stage does) and insert the rows."""
    n = 0
    for (call_id,) in con.execute("SELECT call_id FROM calls ORDER BY call_id").fetchall():
        utts = [Utterance(i, ch, s, e, t, speaker=spk) for i, ch, spk, s, e, t in con.execute(
            "SELECT idx, channel, speaker, start_s, end_s, text FROM utterances WHERE call_id = ? ORDER BY idx",
            [call_id]).fetchall()]
        roles = dict(con.execute("SELECT DISTINCT speaker, role FROM utterances WHERE call_id = ? AND speaker IS NOT "
                                 "NULL", [call_id]).fetchall())
        ents = [Entity(*r) for r in con.execute(
            "SELECT utt_idx, label, text, char_start, char_end, norm, source FROM entities WHERE call_id = ?",
            [call_id]).fetchall()]
        for s in detect_signals(utts, roles, ents):
            con.execute("INSERT INTO signals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [call_id, s.utt_idx, s.kind, s.product, s.text, s.confidence, s.agent_offered, s.cue,
                         s.product_source, s.start_s])
            n += 1
    return n


@pytest.fixture(scope="module")
def with_signals(sample_warehouse, tmp_path_factory):
    from voc.warehouse import connect

    p = tmp_path_factory.mktemp("opp") / "voc.duckdb"
    shutil.copy(sample_warehouse, p)
    con = connect(p)
    try:
        assert fill_signals(con) > 0
    finally:
        con.close()
    return p


def test_section_counts_match_the_signals_table(with_signals):
    from voc.reports import build_report
    from voc.warehouse import connect

    con = connect(with_signals, read_only=True)
    try:
        r = build_report(con)
        o = r.opportunities
        assert o is not None and o.rows
        lo, hi = r.period.since, r.period.until
        period_sql = "JOIN calls c USING (call_id) WHERE CAST(c.started_at AS DATE) BETWEEN ? AND ?"
        total = con.execute(f"SELECT count(*) FROM signals s {period_sql}", [lo, hi]).fetchone()[0]
        [all_row] = [x for x in o.rows if x.subject_type == "all"]
        assert all_row.total == total > 0
        # the sample's agents never offer anything: every signal is a missed opportunity
        assert all_row.missed_share == 1.0
        # Spring Switch: the "I'd like the ... unlimited plus deal" calls are purchase interest
        spring = next(x for x in o.rows if x.subject == "Spring Switch")
        want = con.execute(f"""SELECT count(*) FROM signals s {period_sql} AND s.kind IN
            ('purchase_interest', 'upgrade_interest') AND s.call_id IN
            (SELECT call_id FROM campaign_links WHERE campaign_id = 'SPRING25')""", [lo, hi]).fetchone()[0]
        assert spring.counts["interest"] == want > 0
        assert spring.change is not None and spring.change == spring.total - spring.prev_total
        assert spring.quotes and "unlimited plus" in spring.quotes[0].text.lower()
        # retention calls: competitor offers counted, with a quote naming the competitor
        assert all_row.counts["competitor"] > 0
        prev = con.execute(f"SELECT count(*) FROM signals s {period_sql}", [r.previous.since, r.previous.until]
                           ).fetchone()[0]
        assert all_row.prev_total == prev
    finally:
        con.close()


def test_section_is_rendered_in_html_and_markdown(with_signals, tmp_path):
    from voc.reports import write_report
    from voc.warehouse import connect

    con = connect(with_signals, read_only=True)
    try:
        html = write_report(con, tmp_path / "out").read_text(encoding="utf-8")
    finally:
        con.close()
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert 'id="opportunities"' in html and "Opportunities and risks" in html
    assert "Spring Switch" in html.split('id="opportunities"')[1].split("</section>")[0]
    assert "## Opportunities and risks" in md and "| All calls |" in md
    import csv
    with (tmp_path / "out" / "extracts" / "opportunities.csv").open(encoding="utf-8") as f:
        extract = {r["subject"]: r for r in csv.DictReader(f)}
    assert extract["All calls"]["missed_share"] in ("1.0", "1") and int(extract["Spring Switch"]["interest"]) > 0
    section = html.split('id="opportunities"')[1].split("</section>")[0]
    assert "mentions a competitor" in section and "Vertex Wireless offered me a better price" in section


def test_section_without_signals_says_so(sample_report):
    o = sample_report.opportunities
    assert o is not None and o.rows == () and o.notes
