"""A warehouse with KNOWN contents, for tests that assert exact figures (reports, queries, exports).

``build_sample_warehouse(path)`` writes 203 calls over the ten weeks 2025-01-06 .. 2025-03-16 (days 0..69):

* Every day has a ``billing`` call (slot 0, intent billing_question, customer sentiment +0.1) and a ``support``
  call (slot 1: technical_support -0.2 on even days, plan_change +0.3 on odd days). Even days add a
  ``retention`` call (slot 2: cancel_service -0.7, a severity-3 "Network outages" complaint, mentions
  "Vertex Wireless"; on days where day % 4 == 2 the customer also mentions "Bluewave").
  So base volume alternates 3, 2, 3, 2 ... calls a day (175 calls).
* SPRING25 "Spring Switch" runs 2025-03-03 (day 56) .. 2025-03-30: each of days 56..69 adds two ``sales``
  calls (28 calls, 240 s each). The first carries manifest campaign code SPRING25 (promo_inquiry, +0.2; on
  even days the customer asks "what does this offer mean"); the second speaks "spring twenty five" and
  complains the discount was not applied (billing_dispute, -0.6, "Discount not applied" complaint).
* FIBERFREE "Free Fiber Install" runs 2025-02-10 (day 35) .. 2025-03-09 (day 62): support calls on days
  36, 40, ..., 60 (day % 4 == 0) say they were charged an installation fee despite the free fiber install.
* LOYALTY10 "Loyalty Data Bonus" runs 2025-03-10 (day 63) .. 2025-04-06: no call mentions it.

Base calls last 180 s. Links come from :func:`voc.analyze.campaigns.attribute_call` on these texts.
The default report period (the last 28 days, days 42..69) holds 98 calls; the 28 days before it, 70.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

from voc.analyze.campaigns import Campaign, attribute_call
from voc.records import Call, Utterance

SAMPLE_START = date(2025, 1, 6)
SAMPLE_DAYS = 70
SAMPLE_CAMPAIGNS: tuple[Campaign, ...] = (
    Campaign("FIBERFREE", "Free Fiber Install", date(2025, 2, 10), date(2025, 3, 9), channel="email",
             offer="Free installation on fiber plans", keywords=("free fiber install", "free installation"),
             promo_codes=("FIBERFREE",), target_segment="new customers"),
    Campaign("SPRING25", "Spring Switch", date(2025, 3, 3), date(2025, 3, 30), channel="tv",
             offer="25% off Unlimited Plus for 12 months", keywords=("spring switch", "unlimited plus deal"),
             promo_codes=("SPRING25",), target_segment="switchers"),
    Campaign("LOYALTY10", "Loyalty Data Bonus", date(2025, 3, 10), date(2025, 4, 6), channel="sms",
             offer="10 GB bonus data for loyal customers", keywords=("loyalty bonus",),
             promo_codes=("LOYALTY10",), target_segment="tenure over 2 years"),
)
THEMES = {1: ("Discount not applied", ["discount", "applied", "bill"]),
          2: ("Network outages", ["internet", "dropping", "evening"]),
          3: ("Installation fee charged", ["installation", "fee", "charged"])}

AGENT_OPEN = "Thank you for calling, how can I help you today?"
AGENT_CLOSE = "I understand, let me take care of that for you."


def _spec(day: int, slot: str) -> dict:
    """What one call is: queue, intent, customer sentiment, duration, customer lines, complaint, entities."""
    d = SAMPLE_START + timedelta(days=day)
    if slot == "0":
        return dict(queue="billing", intent="billing_question", senti=0.1, dur=180.0, code=None,
                    lines=["I have a question about the charges on my last bill."], complaint=None, ents=[])
    if slot == "1":
        if day % 2:
            return dict(queue="support", intent="plan_change", senti=0.3, dur=180.0, code=None,
                        lines=["I would like to move to a bigger data plan please."], complaint=None, ents=[])
        if day % 4 == 0 and SAMPLE_CAMPAIGNS[0].active_on(d):
            line = "You charged an installation fee even though the ad said free fiber install."
            return dict(queue="support", intent="technical_support", senti=-0.2, dur=180.0, code=None,
                        lines=[line], complaint=(3, 2), ents=[])
        return dict(queue="support", intent="technical_support", senti=-0.2, dur=180.0, code=None,
                    lines=["My router shows a red light since this morning."], complaint=None, ents=[])
    if slot == "2":
        lines = ["The internet keeps dropping every evening and Vertex Wireless offered me a better price."]
        ents = [(1, "Vertex Wireless", "vertex_wireless")]
        if day % 4 == 2:
            lines.append("Bluewave has a cheaper plan too.")
            ents.append((3, "Bluewave", "bluewave"))
        return dict(queue="retention", intent="cancel_service", senti=-0.7, dur=180.0, code=None,
                    lines=lines, complaint=(2, 3), ents=ents)
    if slot == "c0":
        line = ("I saw the spring switch ad, what does this offer mean exactly?" if day % 2 == 0
                else "I'd like the twenty five percent off unlimited plus deal.")
        return dict(queue="sales", intent="promo_inquiry", senti=0.2, dur=240.0, code="SPRING25",
                    lines=[line], complaint=None, ents=[])
    return dict(queue="sales", intent="billing_dispute", senti=-0.6, dur=240.0, code=None,
                lines=["I used the code spring twenty five but the discount was not applied to my bill."],
                complaint=(1, 2), ents=[])


def sample_calls() -> list[tuple[str, int, str]]:
    """(call_id, day, slot) for every call, in time order."""
    out = []
    for day in range(SAMPLE_DAYS):
        slots = ["0", "1"] + (["2"] if day % 2 == 0 else [])
        if SAMPLE_CAMPAIGNS[1].start_date <= SAMPLE_START + timedelta(days=day):
            slots += ["c0", "c1"]
        out += [(f"d{day:02d}-{s}", day, s) for s in slots]
    return out


def build_sample_warehouse(path: str | Path, with_links: bool = True) -> Path:
    """Create (or replace) a warehouse at ``path`` with the known contents described in this module."""
    from voc.warehouse import connect, now, transaction

    p = Path(path)
    if p.exists():
        p.unlink()
    con = connect(p)
    stamp = now()
    try:
        with transaction(con):
            for c in SAMPLE_CAMPAIGNS:
                con.execute("INSERT INTO campaigns (campaign_id, name, channel, start_date, end_date, offer, keywords, "
                            "promo_codes, target_segment, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [c.campaign_id, c.name, c.channel, c.start_date, c.end_date, c.offer,
                             list(c.keywords), list(c.promo_codes), c.target_segment, stamp])
            for tid, (label, kws) in THEMES.items():
                con.execute("INSERT INTO themes (theme_id, label, keywords, quotes, size, model, fitted_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [tid, label, kws, json.dumps([]), 0, "sample", stamp])
            for call_id, day, slot in sample_calls():
                _insert_call(con, call_id, day, slot, stamp, with_links)
            con.execute("UPDATE themes SET size = (SELECT count(*) FROM complaints k WHERE k.theme_id = themes.theme_id)")
    finally:
        con.close()
    return p


def _insert_call(con, call_id: str, day: int, slot: str, stamp: datetime, with_links: bool) -> None:
    s = _spec(day, slot)
    hour = {"0": 9, "1": 10, "2": 11, "c0": 14, "c1": 15}[slot]
    started = datetime.combine(SAMPLE_START + timedelta(days=day), datetime.min.time()) + timedelta(hours=hour)
    con.execute(
        "INSERT INTO calls (call_id, path, file_name, size_bytes, duration_s, channels, sample_rate, codec, container, "
        "started_at, direction, queue, agent_id, customer_id, campaign_code, meta, status, ingested_at) "
        "VALUES (?, ?, ?, ?, ?, 2, 8000, 'pcm_s16le', 'wav', ?, 'inbound', ?, ?, ?, ?, '{}', 'ingested', ?)",
        [call_id, f"/sample/{call_id}.wav", f"{call_id}.wav", int(s["dur"] * 32000), s["dur"], started, s["queue"],
         f"agent-{hour % 3}", f"cust-{call_id}", s["code"], stamp])
    con.execute("INSERT INTO transcripts (call_id, language, language_prob, model, compute_type, device, audio_s, "
                "elapsed_s, run_id, created_at) VALUES (?, 'en', 0.99, 'sample', 'int8', 'cpu', ?, 1.0, 'sample', ?)",
                [call_id, s["dur"], stamp])
    texts = [("agent", AGENT_OPEN)]
    for line in s["lines"]:
        texts += [("customer", line), ("agent", AGENT_CLOSE)]
    utts = []
    for idx, (role, text) in enumerate(texts):
        start, end = 2.0 + 10.0 * idx, 9.0 + 10.0 * idx
        ch = 0 if role == "agent" else 1
        con.execute("INSERT INTO utterances (call_id, idx, channel, speaker, role, start_s, end_s, text, lang) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en')", [call_id, idx, ch, f"ch{ch}", role, start, end, text])
        utts.append(Utterance(idx=idx, channel=ch, start_s=start, end_s=end, text=text))
        score = s["senti"] if role == "customer" else 0.2
        label = "negative" if score < -0.05 else "positive" if score > 0.05 else "neutral"
        con.execute("INSERT INTO sentiment (call_id, utt_idx, score, label, vader, markers) VALUES (?, ?, ?, ?, ?, ?)", [call_id, idx, score, label, score, []])
    for sp, role, ch in (("ch0", "agent", 0), ("ch1", "customer", 1)):
        con.execute("INSERT INTO speakers (call_id, speaker, role, role_confidence, role_reason, channel) "
                    "VALUES (?, ?, ?, 0.9, 'sample', ?)", [call_id, sp, role, ch])
    con.execute("INSERT INTO call_sentiment (call_id, customer_start, customer_end, customer_shift, customer_mean, "
                "agent_mean, agent_empathy, agent_apologies) VALUES (?, ?, ?, 0.0, ?, 0.2, 1, 0)",
                [call_id, s["senti"], s["senti"], s["senti"]])
    con.execute("INSERT INTO intents (call_id, intent_id, confidence, rank) VALUES (?, ?, 0.9, 1)", [call_id, s["intent"]])
    for utt_idx, text, norm in s["ents"]:
        pos = texts[utt_idx][1].find(text)
        con.execute("INSERT INTO entities (call_id, utt_idx, label, text, norm, char_start, char_end, source) "
                    "VALUES (?, ?, 'COMPETITOR', ?, ?, ?, ?, 'lexicon')",
                    [call_id, utt_idx, text, norm, pos, pos + len(text)])
    if s["complaint"]:
        theme, severity = s["complaint"]
        con.execute("INSERT INTO complaints (call_id, utt_idx, severity, reasons, text, start_s, theme_id) "
                    "VALUES (?, 1, ?, ?, ?, ?, ?)",
                    [call_id, severity, ["dissatisfaction"], texts[1][1], utts[1].start_s, theme])
    from voc.analyze.briefs import brief
    from voc.warehouse.writers import insert_rows
    b = brief([Utterance(u.idx, u.channel, u.start_s, u.end_s, u.text, speaker=f"ch{u.channel}") for u in utts],
              {"ch0": "agent", "ch1": "customer"})
    insert_rows(con, "call_briefs", [{"call_id": call_id, "reason": b.reason, "actions": b.actions,
                                      "outcome": b.outcome, "next_steps": b.next_steps, "evidence": b.evidence}])
    if with_links:
        call = Call(call_id=call_id, path="", duration_s=s["dur"], channels=2, sample_rate=8000, codec="pcm_s16le",
                    started_at=started, queue=s["queue"], campaign_code=s["code"])
        for ln in attribute_call(call, utts, None, SAMPLE_CAMPAIGNS):
            con.execute("INSERT INTO campaign_links (call_id, campaign_id, evidence, matched, utt_idx, start_s, strength) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [call_id, ln.campaign_id, ln.evidence, ln.matched, ln.utt_idx, ln.start_s, ln.strength])
