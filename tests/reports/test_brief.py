"""Campaign brief for agents (voc.reports.brief) on the sample warehouse: calendar facts, grouped questions with
answers from resolved calls, objections, the closest past campaign for one not yet started, and bad input."""

from __future__ import annotations

from datetime import date

import pytest

from voc.errors import SettingsError
from voc.records import Campaign
from voc.reports.brief import (
    build_brief,
    closest_campaign,
    is_question,
    render_html,
    render_markdown,
    subject_of,
)


def test_running_campaign_has_its_calendar_facts_questions_and_answers(sample_con):
    b = build_brief(sample_con, "SPRING25", today=date(2025, 3, 20))
    assert b.status == "running" and b.linked_calls == 28 and b.source is None
    labels = {g.key: g for g in b.groups}
    # the sample's SPRING25 calls: 14 say the discount was not applied, 7 ask what the offer means
    assert labels["cue:discount_not_applied"].calls == 14
    assert labels["cue:offer_meaning"].calls == 7
    g = labels["cue:offer_meaning"]
    assert "what does this offer mean" in g.asks[0].text.lower()
    assert g.answer is not None and g.answer.outcome == "resolved" and g.answer.answer
    md = render_markdown(b)
    assert "25% off Unlimited Plus for 12 months" in md and "`SPRING25`" in md and "switchers" in md
    html = render_html(b)
    assert "<script" not in html.lower() and "Who qualifies" in html


def test_campaign_not_started_borrows_the_closest_past_campaigns_questions(sample_con):
    b = build_brief(sample_con, "LOYALTY10", today=date(2025, 3, 5))
    assert b.status == "not_started" and b.linked_calls == 0
    assert b.source is not None and b.source.campaign_id in ("SPRING25", "FIBERFREE")
    assert b.groups and any("has not started yet" in n for n in b.notes)


def test_closest_campaign_prefers_shared_offer_and_products():
    target = Campaign("NEW", "Fiber Summer", date(2025, 6, 1), date(2025, 6, 30), offer="free installation of fiber")
    a = Campaign("A", "Spring data", date(2025, 3, 1), date(2025, 3, 30), offer="10 GB extra data")
    b = Campaign("B", "Fiber Free", date(2025, 2, 1), date(2025, 2, 28), offer="free fiber installation")
    assert closest_campaign(target, [a, b])[0].campaign_id == "B"
    assert closest_campaign(target, []) is None


@pytest.mark.parametrize("sentence, expected", [
    ("Is the installation really free?", True),
    ("How do I get it", True),
    ("Okay, what is it?", False),
    ("Is there anything else?", False),
    ("I want the deal.", False),
])
def test_is_question(sentence, expected):
    assert is_question(sentence) is expected


def test_subject_of():
    assert subject_of("How much does it cost?")[0] == "price"
    assert subject_of("Do I qualify as an existing customer?")[0] == "eligibility"
    assert subject_of("Can you tell me more?")[0] == "other"


def test_unknown_campaign_names_the_valid_ones(sample_con):
    with pytest.raises(SettingsError, match="NOPE.*SPRING25"):
        build_brief(sample_con, "NOPE")


def test_hostile_text_is_escaped(tmp_path, sample_warehouse):
    import shutil

    from voc.reports.brief import write_brief
    from voc.warehouse import connect

    p = tmp_path / "voc.duckdb"
    shutil.copy(sample_warehouse, p)
    con = connect(p)
    try:
        con.execute("UPDATE utterances SET text = 'What does this offer mean <script>alert(1)</script>?' "
                    "WHERE call_id IN (SELECT call_id FROM campaign_links WHERE campaign_id = 'SPRING25') "
                    "AND role = 'customer'")
        html, md = write_brief(con, "SPRING25", tmp_path / "out", today=date(2025, 3, 20))
    finally:
        con.close()
    text = html.read_text(encoding="utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<script>" not in md.read_text(encoding="utf-8")
