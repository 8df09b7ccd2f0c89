"""HTML, Markdown and extracts: self-contained, escaped, and the same numbers as the report model."""

from __future__ import annotations

import re

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from voc.cli import app


@pytest.fixture(scope="module")
def html(hostile_report_dir) -> str:
    return (hostile_report_dir / "report.html").read_text(encoding="utf-8")


def test_transcript_script_tag_renders_as_text(html, hostile_report_dir):
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert not re.search(r"<script\b", html, re.I)           # the report itself carries no JavaScript
    md = (hostile_report_dir / "report.md").read_text(encoding="utf-8")
    assert "<script>" not in md and "&lt;script&gt;alert(1)&lt;/script&gt;" in md


def test_html_is_self_contained(html):
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, re.I)
    assert "http" not in html.lower()                        # not even an SVG namespace
    assert "@import" not in html and "url(" not in html
    assert html.count("<svg") == 2 + 3                        # two trend charts, one volume chart per campaign


def test_html_shows_the_headline_actions_and_cards(html):
    assert ">98<" in html and "+40 % vs previous" in html and "33.7 %" in html
    assert "Spring Switch: 50 % of its calls say the discount was not applied — check the billing rule for SPRING25." in html
    for cid in ("SPRING25", "FIBERFREE", "LOYALTY10"):
        assert f'id="campaign-{cid}"' in html
    assert "x1.80" in html and "Vertex Wireless" in html and "No calls linked to this campaign" in html


def test_extracts_for_every_table_match_the_report(hostile_report_dir):
    ex = hostile_report_dir / "extracts"
    names = {p.stem for p in ex.glob("*.csv")}
    assert names == {p.stem for p in ex.glob("*.parquet")}
    assert {"headline", "actions", "campaigns", "campaign_intents", "campaign_signals", "campaign_volume",
            "campaign_verbatims", "drivers", "movers", "themes", "theme_quotes", "competitors",
            "competitor_quotes", "sentiment_trend", "why_reasons", "why_quotes", "opportunities",
            "opportunity_quotes"} == names
    camp = {r["campaign_id"]: r for r in pq.read_table(ex / "campaigns.parquet").to_pylist()}
    assert camp["SPRING25"]["linked_calls"] == 28 and camp["SPRING25"]["daily_lift"] == pytest.approx(1.8)
    head = {r["metric"]: r for r in pq.read_table(ex / "headline.parquet").to_pylist()}
    assert head["calls"]["value"] == 98 and head["calls"]["previous"] == 70
    vol = pq.read_table(ex / "campaign_volume.parquet").to_pylist()
    assert sum(r["calls"] for r in vol if r["campaign_id"] == "SPRING25" and r["phase"] == "window") == 63
    assert (ex / "movers.csv").read_text().splitlines()[0] == '"intent_id","calls","share","prev_calls","prev_share","change"'


def test_empty_tables_still_get_extracts_with_headers(con, tmp_path):
    from voc.reports import write_report

    path = write_report(con, tmp_path / "r")
    text = path.read_text(encoding="utf-8")
    assert "The warehouse holds no calls yet" in text and "not enough data" in text
    assert (tmp_path / "r" / "extracts" / "drivers.csv").read_text().startswith('"intent_id"')
    assert pq.read_table(tmp_path / "r" / "extracts" / "drivers.parquet").num_rows == 0


def test_cli_report_and_campaign_import(sample_warehouse, tmp_path):
    import shutil

    wh = tmp_path / "voc.duckdb"
    shutil.copy(sample_warehouse, wh)
    runner = CliRunner()
    out = tmp_path / "out"
    res = runner.invoke(app, ["report", "-w", str(wh), "--out", str(out), "--campaign", "SPRING25",
                              "--since", "2025-03-03", "--until", "2025-03-16"])
    assert res.exit_code == 0, res.output
    assert (out / "report.html").is_file() and (out / "report.md").is_file()
    res = runner.invoke(app, ["report", "-w", str(wh), "--out", str(out), "--since", "2025-03-09",
                              "--until", "2025-03-01"])
    assert res.exit_code == 2 and "after --until" in res.output
    cal = tmp_path / "cal.csv"
    cal.write_text("id,name,start_date,end_date,promo_codes\nSPRING25,Spring Switch,2025-03-03,2025-03-05,SPRING25\n")
    res = runner.invoke(app, ["campaigns", "import", str(cal), "-w", str(wh)])
    assert res.exit_code == 0, res.output
    assert "imported 1 campaigns" in res.output
    from voc.warehouse import connect

    c = connect(wh, read_only=True)
    try:  # the shorter window (+14 grace days ends 19 Mar) keeps every SPRING25 call, re-linked
        n = c.execute("SELECT count(DISTINCT call_id) FROM campaign_links WHERE campaign_id = 'SPRING25'").fetchone()[0]
    finally:
        c.close()
    assert n == 28
    bad = tmp_path / "bad.csv"
    bad.write_text("id,name,start_date,end_date\nX,Y,2025-03-05,2025-03-01\n")
    res = runner.invoke(app, ["campaigns", "import", str(bad), "-w", str(wh)])
    assert res.exit_code == 2 and "line 2 (id X): end_date 2025-03-01 is before start_date" in res.output
