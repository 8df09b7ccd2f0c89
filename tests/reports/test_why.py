"""The "Why customers called" section, call briefs in quotes, and the slips fixed with it (issue 16). Fast."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from voc.analyze.briefs import brief
from voc.records import Utterance
from voc.reports import build_report
from voc.reports.html import render_html
from voc.reports.markdown import render_markdown
from voc.reports.model import Quote, TrendPoint
from voc.reports.why import pick_quotes
from voc.warehouse import connect
from voc.warehouse.writers import insert_rows

CALLS = [  # (intent, confidence, customer lines, agent lines) — no campaign, no complaint anywhere
    ("withdrawal", 0.8, ["Hello.", "I want to withdraw money from my savings to my bank account."],
     ["Let me guide you through the remote access.", "I'll call you back tomorrow once the check is done."]),
    ("withdrawal", 0.7, ["Hi, um, I I need to take out money from my account to my bank."],
     ["I can send the withdrawal to your bank now.", "It's all done."]),
    ("withdrawal", 0.9, ["[PERSON] [PHONE] yes yes yes"], ["Thank you, how can I help?"]),
    ("opening_hours", 0.9, ["Could you tell me when your branch opens on Saturday?"],
     ["We open at nine on Saturdays.", "Is there anything else I can help you with?"]),
    ("other", 0.9, ["Just checking something, never mind."], ["Okay, have a nice day."]),
    ("opening_hours", 0.2, ["What time do you close today?"], ["We close at six."]),
]


def _warehouse(path, calls=CALLS, day0=date(2026, 3, 2), with_intents=True):
    con = connect(path)
    for n, (intent, conf, cust, agent) in enumerate(calls):
        cid = f"c{n}"
        started = datetime.combine(day0 + timedelta(days=n), datetime.min.time()) + timedelta(hours=10)
        con.execute("INSERT INTO calls (call_id, path, file_name, size_bytes, duration_s, channels, sample_rate, codec, "
                    "container, started_at, meta, status, ingested_at) VALUES (?, ?, ?, 1, 60, 2, 8000, 'pcm', 'wav', "
                    "?, '{}', 'ingested', ?)", [cid, f"/x/{cid}.wav", f"{cid}.wav", started, started])
        con.execute("INSERT INTO transcripts (call_id, language, audio_s) VALUES (?, 'en', 60)", [cid])
        turns = [("ch0", "agent", "Thank you for calling, how can I help?")]
        turns += [("ch1", "customer", t) for t in cust] + [("ch0", "agent", t) for t in agent]
        utts = [Utterance(i, 0 if sp == "ch0" else 1, 5.0 * i, 5.0 * i + 4, t, speaker=sp)
                for i, (sp, _, t) in enumerate(turns)]
        insert_rows(con, "utterances", [{"call_id": cid, "idx": u.idx, "channel": u.channel, "speaker": u.speaker,
                                         "role": turns[u.idx][1], "start_s": u.start_s, "end_s": u.end_s,
                                         "text": u.text} for u in utts])
        if with_intents:
            con.execute("INSERT INTO intents (call_id, intent_id, confidence, rank) VALUES (?, ?, ?, 1)", [cid, intent, conf])
        b = brief(utts, {"ch0": "agent", "ch1": "customer"})
        insert_rows(con, "call_briefs", [{"call_id": cid, "reason": b.reason, "actions": b.actions,
                                          "outcome": b.outcome, "next_steps": b.next_steps, "evidence": b.evidence}])
    return con


@pytest.fixture()
def small(tmp_path):
    con = _warehouse(tmp_path / "voc.duckdb")
    yield con
    con.close()


def test_no_campaigns_no_complaints_still_says_why_customers_called(small):
    r = build_report(small)
    w = r.why
    assert w is not None and w.source == "taxonomy" and "taxonomy" in w.taxonomy
    assert (w.calls, w.classified) == (6, 4)          # 'other' and a 0.2-confidence call are not classified
    assert [x.key for x in w.reasons] == ["withdrawal", "opening_hours"]
    assert w.reasons[0].share == pytest.approx(0.75)
    assert w.compare_note.startswith("Too few calls to compare")
    assert all(x.change is None for x in w.reasons) and w.emerging == ()
    texts = [q.text for q in w.reasons[0].quotes]
    assert "I want to withdraw money from my savings to my bank account." in texts
    assert "I need to take out money from my account to my bank." in texts   # filler and repetition tidied away
    assert not any("[PERSON]" in t for t in texts)                             # placeholder-only line never quoted
    q = next(q for q in w.reasons[0].quotes if q.call_id == "c0")
    assert q.brief is not None and q.brief.outcome == "follow_up" and "call you back" in q.brief.next_steps
    assert any("not in the shares" in n for n in w.notes)
    assert {q.call_id for q in w.voices} <= {"c4", "c5"} and w.voices   # unclassified calls still speak

    html = render_html(r)
    assert "Why customers called" in html and "I want to withdraw money" in html and "follow up" in html
    assert "Too few calls to compare" in html and "voc&#39;s bundled customer-service taxonomy" in html
    assert "Grey: previous period" not in html                  # the chart has no grey bars here
    md = render_markdown(r)
    assert "## Why customers called" in md and "outcome: follow up" in md


def test_without_intents_the_section_lists_calls_in_their_own_words(tmp_path):
    con = _warehouse(tmp_path / "voc.duckdb", with_intents=False)
    try:
        w = build_report(con).why
    finally:
        con.close()
    assert w.source == "briefs" and w.reasons == () and len(w.voices) >= 3
    assert all(q.brief is not None for q in w.voices)


def test_changes_and_emerging_reasons_when_both_periods_have_enough_calls(tmp_path):
    before = [("opening_hours", 0.9, ["When do you open on Sunday?"], ["We open at ten."])] * 6
    now = ([("opening_hours", 0.9, ["When do you open on Sunday?"], ["We open at ten."])] * 5
           + [("card_lost", 0.9, ["I lost my card on the train this morning."], ["I've blocked the card for you."])] * 6)
    con = _warehouse(tmp_path / "voc.duckdb", calls=before + now, day0=date(2026, 3, 1))
    try:
        w = build_report(con, since=date(2026, 3, 7), until=date(2026, 3, 17)).why
    finally:
        con.close()
    assert w.compare_note == ""
    rows = {x.key: x for x in w.reasons}
    assert rows["card_lost"].change == 6 and rows["opening_hours"].change == -1
    assert [e.key for e in w.emerging] == ["card_lost"]


def test_complaint_like_driver_beside_a_different_complaint_rate_is_explained(tmp_path):
    calls = [("complaint_escalation", 0.9, ["I want to escalate my earlier complaint about the delivery."],
              ["I've passed it to the complaints team."])] + CALLS[:3]
    con = _warehouse(tmp_path / "voc.duckdb", calls=calls)
    try:
        r = build_report(con)
    finally:
        con.close()
    assert r.metric("complaint_rate").value == 0.0
    note = next(n for n in r.why.notes if "Complaint escalation" in n)
    assert "25 %" in note and "complaint rate is 0 %" in note


def test_pick_quotes_prefers_typical_readable_lines_and_drops_duplicates():
    def q(i, text):
        return (Quote(f"c{i}", 1, 1.0, text), 0.9)

    picked = pick_quotes([q(1, "I want to change my delivery address for the parcel."),
                          q(2, "I want to change my delivery address for the parcel."),
                          q(3, "I need to change the delivery address on my parcel."),
                          q(4, "uh uh yeah yeah yeah okay okay okay"),
                          q(5, "[PERSON] [PHONE] [ADDRESS] address"),
                          q(6, "My neighbour's cat is lovely by the way, anyway.")], k=3)
    texts = [p.text for p in picked]
    assert texts[:2] == ["I want to change my delivery address for the parcel.",
                         "I need to change the delivery address on my parcel."]
    assert len(set(texts)) == len(texts)
    assert not any("[PERSON]" in t or "yeah yeah" in t for t in texts)


def test_sentiment_chart_keeps_the_last_week_label_inside_and_legend_names_only_shown_colours():
    from voc.reports import charts

    pts = [TrendPoint(date(2026, 3, 2) + timedelta(days=7 * i), 5, 0.1 * i, None) for i in range(2)]
    svg = str(charts.sentiment_line(pts))
    assert 'text-anchor="end" fill="#9ca3af">09 Mar</text>' in svg
    assert charts.weekly_legend(pts, split=date(2026, 3, 2)) == "Calls per week in this period."
    assert charts.weekly_legend(pts, split=date(2026, 3, 5)).startswith("Grey: previous period")


def test_sample_report_says_what_customers_asked_and_said_about_each_campaign(sample_report):
    w = sample_report.why
    spring = next(c for c in w.campaigns if c.campaign_id == "SPRING25")
    assert spring.calls == 28
    assert [q.text for q in spring.asked] == ["I saw the spring switch ad, what does this offer mean exactly?"]
    assert any("discount was not applied" in q.text for q in spring.said)
    assert all(q.brief is not None for q in spring.asked + spring.said)
    assert {e.key for e in w.emerging} == {"billing_dispute", "promo_inquiry"}
    assert w.compare_note == "" and w.classified == w.calls == 98


def test_theme_and_campaign_quotes_carry_their_calls_brief(sample_report):
    assert sample_report.themes and all(q.brief is not None for t in sample_report.themes for q in t.quotes)
    assert all(q.brief is not None for c in sample_report.campaigns for q in c.verbatims)
    html = render_html(sample_report)
    assert html.count('class="brief"') >= sum(len(t.quotes) for t in sample_report.themes)


def test_discovered_drivers_are_named_by_their_labels_and_the_taxonomy_says_so(tmp_path):
    con = _warehouse(tmp_path / "voc.duckdb", with_intents=False)
    try:
        if "source" not in {r[0] for r in con.execute("DESCRIBE intents").fetchall()}:
            pytest.skip("intents.source arrives with migration 006")
        for cid, drv in (("c0", "d1"), ("c1", "d1"), ("c3", "d2")):
            con.execute("INSERT INTO intents (call_id, intent_id, confidence, rank, source) VALUES (?, ?, 0.8, 1, "
                        "'discovered')", [cid, drv])
        con.execute("INSERT INTO drivers (driver_id, label) VALUES ('d1', 'withdraw money to my bank'), "
                    "('d2', 'branch opening hours')")
        r = build_report(con)
        w = r.why
    finally:
        con.close()
    assert w.source == "discovered" and "discovered from the calls" in w.taxonomy
    assert [(x.label, x.calls) for x in w.reasons] == [("withdraw money to my bank", 2), ("branch opening hours", 1)]
    # the headline and the drivers table name a discovered driver by its label, not its id
    assert r.top_driver.title == "withdraw money to my bank" and [d.title for d in r.drivers][:2] == \
        ["withdraw money to my bank", "branch opening hours"]
    md = render_markdown(r)
    assert "| Top call driver | withdraw money to my bank |" in md and "| D1 |" not in md
