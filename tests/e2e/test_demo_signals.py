"""`voc run --demo` fills `signals`; the report has "Opportunities and risks"; `voc brief` writes the SPRING25 brief."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def test_demo_signals(demo_db):
    rows = demo_db.execute("SELECT kind, product, agent_offered, text FROM signals").fetchall()
    kinds = {r[0] for r in rows}
    # the demo scripts hold 4 churn threats / competitor offers and 8 buying signals (voc/demo/scripts.yaml)
    assert "churn_risk" in kinds and kinds & {"purchase_interest", "upgrade_interest"}, rows
    assert len(rows) >= 6, rows
    assert any(p == "Unlimited Plus" for _, p, _, _ in rows), rows        # a lexicon product
    only_customers = demo_db.execute("""SELECT count(*) FROM signals s JOIN utterances u
        ON u.call_id = s.call_id AND u.idx = s.utt_idx WHERE u.role <> 'customer'""").fetchone()[0]
    assert only_customers == 0


def test_demo_report_and_brief(demo_run, voc):
    wd, summary = demo_run
    html = Path(wd, summary["report"]).read_text(encoding="utf-8")
    section = html.split('id="opportunities"')[1].split("</section>")[0]
    assert "Opportunities and risks" in section and "All calls" in section
    p = voc("brief", "--campaign", "SPRING25", "--out", "brief", cwd=wd)
    assert p.returncode == 0, p.stderr
    page = Path(wd, "brief", "brief.html").read_text(encoding="utf-8")
    assert "25% off the Unlimited Plus plan for six months" in page and "SPRING25" in page
    assert "What customers ask" in page and ("Answer given" in page or "What the agent did" in page)
    assert Path(wd, "brief", "brief.md").is_file()
    p = voc("brief", "--campaign", "NOPE", "--out", "brief2", cwd=wd)
    assert p.returncode != 0 and "SPRING25" in p.stderr
