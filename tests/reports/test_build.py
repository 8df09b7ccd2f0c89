"""Report figures asserted exactly against the known contents of voc.testing.build_sample_warehouse.

The expected numbers are worked out by hand in voc/testing.py's docstring; e.g. the default period is days
42..69 (98 calls: 70 base + 28 SPRING25 calls) and the previous period days 14..41 (70 calls).
"""

from __future__ import annotations

from datetime import date

import pytest

from voc.errors import SettingsError
from voc.reports import build_report
from voc.settings import Settings

approx = pytest.approx


def test_period_and_headline(sample_report):
    r = sample_report
    assert (r.period.since, r.period.until, r.period.days) == (date(2025, 2, 17), date(2025, 3, 16), 28)
    assert (r.previous.since, r.previous.until) == (date(2025, 1, 20), date(2025, 2, 16))
    calls = r.metric("calls")
    assert (calls.value, calls.previous, calls.change_pct) == (98, 70, approx(0.4))
    hours = r.metric("audio_hours")
    assert hours.value == approx((70 * 180 + 28 * 240) / 3600) and hours.previous == approx(70 * 180 / 3600)
    rate = r.metric("complaint_rate")            # 14 discount + 14 outage + 5 install-fee complaint calls
    assert rate.value == approx(33 / 98) and rate.previous == approx(16 / 70)
    senti = r.metric("customer_sentiment")
    assert senti.value == approx(-11.2 / 98) and senti.previous == approx(-5.6 / 70)
    assert r.top_driver.intent_id == "billing_question" and r.top_driver.calls == 28
    assert r.top_driver.share == approx(28 / 98)


def test_drivers_and_movers(sample_report):
    got = {d.intent_id: (d.calls, d.prev_calls) for d in sample_report.drivers}
    assert got == {"billing_question": (28, 28), "technical_support": (14, 14), "plan_change": (14, 14),
                   "cancel_service": (14, 14), "billing_dispute": (14, 0), "promo_inquiry": (14, 0)}
    assert [(m.intent_id, m.change) for m in sample_report.movers] == [("billing_dispute", 14), ("promo_inquiry", 14)]


def test_complaint_themes_with_quotes(sample_report):
    got = [(t.label, t.complaints, t.calls, t.prev_complaints) for t in sample_report.themes]
    assert got == [("Discount not applied", 14, 14, 0), ("Network outages", 14, 14, 14),
                   ("Installation fee charged", 5, 5, 2)]
    q = sample_report.themes[0].quotes
    assert len(q) == 5 and q[0].call_id == "d69-c1" and q[0].start_s == 12.0
    assert "discount was not applied" in q[0].text


def test_competitors(sample_report):
    got = [(c.competitor, c.name, c.calls, c.mentions, c.prev_calls) for c in sample_report.competitors]
    assert got == [("vertex_wireless", "Vertex Wireless", 14, 14, 14), ("bluewave", "Bluewave", 7, 7, 7)]
    assert all("Bluewave" in q.text for q in sample_report.competitors[1].quotes)


def test_weekly_trend_spans_both_periods(sample_report):
    t = sample_report.trend
    assert [p.week_start for p in t][:2] == [date(2025, 1, 20), date(2025, 1, 27)] and len(t) == 8
    assert [p.calls for p in t] == [18, 17, 18, 17, 18, 17, 32, 31]
    last = t[-1]  # days 63..69: 17 base + 14 SPRING25 calls
    assert last.complaint_rate == approx(10 / 31)   # 3 outage + 7 discount complaints


def test_spring_card(sample_report):
    card = sample_report.card("SPRING25")
    assert card.linked_calls == 28
    assert card.evidence == {"manifest_code": 14, "promo_code": 14, "keyword": 14}
    v = card.volume
    assert (v.baseline.since, v.baseline.until) == (date(2025, 2, 3), date(2025, 3, 2))
    assert (v.window.since, v.window.until) == (date(2025, 3, 3), date(2025, 3, 16))  # clipped to the last call
    assert v.baseline_daily_mean == approx(2.5) and v.baseline_daily_std == approx((28 * 0.25 / 27) ** 0.5)
    assert v.window_daily_mean == approx(4.5) and v.daily_lift == approx(1.8)
    assert v.z == approx(2.0 / (28 * 0.25 / 27) ** 0.5)
    assert v.baseline_weekly_mean == approx(17.5) and v.window_weekly_mean == approx(31.5)
    assert v.weekly_lift == approx(1.8) and v.excess_calls == approx(28)
    assert len(v.daily) == 28 + 14
    assert [(m.intent_id, m.share, m.share_all) for m in card.intent_mix] == [
        ("billing_dispute", 0.5, approx(14 / 98)), ("promo_inquiry", 0.5, approx(14 / 98))]
    assert card.complaint_rate == approx(0.5) and card.complaint_rate_all == approx(33 / 98)
    assert card.customer_sentiment == approx(-0.2) and card.customer_sentiment_all == approx(-11.2 / 98)
    assert card.themes == (("Discount not applied", 14),)
    assert [(s.cue, s.calls, s.share) for s in card.signals] == [("discount_not_applied", 14, 0.5),
                                                                 ("offer_meaning", 7, 0.25)]
    assert len(card.verbatims) == 5 and len({q.call_id for q in card.verbatims}) == 5
    assert all(q.why == "discount_not_applied" for q in card.verbatims)
    assert card.overlaps == ("FIBERFREE", "LOYALTY10")


def test_small_and_empty_campaigns_say_not_enough_data(sample_report):
    fiber = sample_report.card("FIBERFREE")
    assert fiber.linked_calls == 5 and fiber.volume.daily_lift == approx(1.2)
    loyalty = sample_report.card("LOYALTY10")
    assert loyalty.linked_calls == 0 and loyalty.complaint_rate is None and loyalty.customer_sentiment is None
    assert loyalty.signals == () and loyalty.intent_mix == ()
    assert "No calls linked" in loyalty.notes[0]
    assert loyalty.volume.window_weekly_mean == approx(31.0) and loyalty.volume.baseline_daily_mean == approx(3.0)


def test_actions_cite_their_numbers_in_priority_order(sample_report):
    texts = [a.text for a in sample_report.actions]
    assert texts[0] == ("Spring Switch: 50 % of its calls say the discount was not applied — "
                        "check the billing rule for SPRING25.")
    assert sample_report.actions[0].evidence == "14 of 28 calls linked to SPRING25"
    assert any(t.startswith("Free Fiber Install: 100 % of its calls say they were charged an installation fee")
               for t in texts)
    assert any(t.startswith("Spring Switch is driving calls: 4.5 a day against 2.5 before launch (x1.80)")
               for t in texts)
    assert any(t.startswith("Complaints about 'Discount not applied' rose from 0 to 14") for t in texts)
    assert not any("LOYALTY10" in a.evidence or "Loyalty" in a.text for a in sample_report.actions)
    prios = [a.priority for a in sample_report.actions]
    assert prios == sorted(prios, reverse=True)


def test_min_calls_suppresses_actions_on_small_campaigns(sample_con):
    s = Settings()
    s.report.min_calls = 6
    r = build_report(sample_con, settings=s)
    assert not any(a.text.startswith("Free Fiber Install:") for a in r.actions)  # only 5 linked calls
    assert "Only 5 linked calls" in r.card("FIBERFREE").notes[0]


def test_filters_queue_campaign_and_dates(sample_con):
    r = build_report(sample_con, queue="retention")
    assert r.metric("calls").value == 14 and [d.intent_id for d in r.drivers] == ["cancel_service"]
    assert r.metric("complaint_rate").value == 1.0
    r = build_report(sample_con, campaign="SPRING25", since=date(2025, 3, 1), until=date(2025, 3, 9))
    assert r.period.days == 9 and r.metric("calls").value == 14   # days 56..62, two SPRING25 calls a day
    assert [c.campaign.campaign_id for c in r.campaigns] == ["SPRING25"]
    assert r.metric("calls").previous == 0


def test_first_period_has_no_comparison(sample_con):
    r = build_report(sample_con, since=date(2025, 1, 6), until=date(2025, 1, 19))
    assert r.previous is None and r.movers == () and r.metric("calls").change is None
    assert any("previous period" in n for n in r.notes)


def test_bad_filters_raise_with_the_fix(sample_con):
    with pytest.raises(SettingsError, match="after --until"):
        build_report(sample_con, since=date(2025, 3, 1), until=date(2025, 2, 1))
    with pytest.raises(SettingsError, match="Valid: FIBERFREE, LOYALTY10, SPRING25"):
        build_report(sample_con, campaign="NOPE")


def test_empty_warehouse(con):
    r = build_report(con)
    assert r.period is None and r.metric("calls").value is None and r.campaigns == () and r.actions == ()
    assert "no calls" in r.notes[0]


def test_period_without_calls(sample_con):
    r = build_report(sample_con, since=date(2025, 6, 1), until=date(2025, 6, 30))
    assert r.metric("calls").value == 0 and r.metric("complaint_rate").value is None
    assert r.metric("customer_sentiment").value is None and r.drivers == () and r.actions == ()
