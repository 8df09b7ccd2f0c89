"""Builds a small warehouse with realistic, KNOWN contents for the data-access tests (API, query, export, search, notebook).

16 calls over seven weeks (2024-03-11 .. 2024-04-26), two a week per queue pattern, each with five or six
utterances (agent greeting, the customer's reason, agent reply, an optional customer follow-up, agent close).
Rows are inserted by column name, so later migrations that add columns do not break the builder.

Known facts the tests rely on:
* CALLS[i] is the i-th call; its id is ``c{i:02d}``; call ``c{i}`` starts on START + 3*i days at 10:00.
* Exactly two utterances (calls c02 and c09) are cancellations worded without "cancel" ("close my account",
  "stop being your customer"); c05 says "cancel my subscription".
* SPRING24 (2024-04-01 .. 2024-04-30) is linked to c11, c12, c13, c14; FIBERFREE to c06 and c08.
* Complaints: 8, in four themes (Unexpected fees 2, Network outages 2, Discount not applied 2, Leaving over
  price 2).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

START = date(2024, 3, 11)
AGENT_GREET = "Thank you for calling Northwind, how can I help you today?"
AGENT_SORRY = "I am sorry about that, let me look into your account."
AGENT_CLOSE = "Is there anything else I can help you with today?"

# (queue, primary intent, customer line, follow-up or None, complaint (theme, severity) or None,
#  customer sentiment, campaign_code, linked campaigns)
CALLS: list[tuple] = [
    ("billing", "billing_dispute", "I was charged a late fee on my bill even though I paid on time.",
     "My card number is [CARD] if you need it.", (1, 2), -0.6, None, []),
    ("support", "technical_support", "The router shows a red light since this morning.", None, None, -0.2, None, []),
    ("retention", "cancel_service", "Please close my account, I no longer want your service.",
     "Vertex Wireless gives me twice the data for less.", (4, 3), -0.7, None, []),
    ("support", "technical_support", "My internet keeps dropping every evening, it is really frustrating.",
     None, (2, 2), -0.5, None, []),
    ("sales", "plan_change", "Can I upgrade to the unlimited plan please?", None, None, 0.4, None, []),
    ("retention", "cancel_service", "I want to cancel my subscription because the price went up again.",
     None, (4, 2), -0.6, None, []),
    ("support", "technical_support", "You charged an installation fee even though the ad said free fiber install.",
     None, (1, 2), -0.5, None, ["FIBERFREE"]),
    ("billing", "billing_question", "I have a question about the charges on my last bill.", None, None, 0.0, None, []),
    ("support", "technical_support", "The free fiber install was quick and the technician was great.",
     None, None, 0.7, None, ["FIBERFREE"]),
    ("retention", "cancel_service", "I would like to stop being your customer at the end of this month.",
     None, None, -0.4, None, []),
    ("support", "technical_support", "The internet was dropping again last night during my video call.",
     None, (2, 1), -0.5, None, []),
    ("sales", "promo_inquiry", "I saw the spring switch ad on TV, what does the offer include?", None, None, 0.3,
     "SPRING24", ["SPRING24"]),
    ("billing", "billing_dispute", "I used the promo code SPRING24 but the discount was not applied to my bill.",
     None, (3, 2), -0.6, None, ["SPRING24"]),
    ("sales", "promo_inquiry", "Does the spring switch deal work for existing customers too?", None, None, 0.2,
     "SPRING24", ["SPRING24"]),
    ("billing", "billing_dispute", "The spring discount is missing from this month's bill.", None, (3, 2), -0.5,
     None, ["SPRING24"]),
    ("sales", "plan_change", "I would like to add a second line to my plan.", None, None, 0.3, None, []),
]
CAMPAIGNS = [
    ("SPRING24", "Spring Switch", "tv", date(2024, 4, 1), date(2024, 4, 30), "25% off Unlimited for 12 months",
     ["spring switch", "spring discount"], ["SPRING24"], "switchers"),
    ("FIBERFREE", "Free Fiber Install", "email", date(2024, 3, 25), date(2024, 4, 21), "Free installation on fiber",
     ["free fiber install"], ["FIBERFREE"], "new customers"),
]
THEMES = {1: ("Unexpected fees", ["fee", "charged", "bill"]), 2: ("Network outages", ["internet", "dropping"]),
          3: ("Discount not applied", ["discount", "promo", "applied"]),
          4: ("Leaving over price", ["cancel", "price", "account"])}
TOPICS = {0: ("billing and fees", ["bill", "fee", "charge"]), 1: ("internet problems", ["internet", "router"]),
          2: ("offers and plans", ["plan", "offer", "spring"])}
TOPIC_OF_QUEUE = {"billing": 0, "support": 1, "sales": 2, "retention": 0}


def _ins(con, table: str, **row) -> None:
    cols = ", ".join(row)
    con.execute(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _label(score: float) -> str:
    return "negative" if score < -0.05 else "positive" if score > 0.05 else "neutral"


def call_id(i: int) -> str:
    return f"c{i:02d}"


def call_start(i: int) -> datetime:
    return datetime.combine(START + timedelta(days=3 * i), datetime.min.time()) + timedelta(hours=10)


def build_fixture_warehouse(path: str | Path) -> Path:
    """Create the warehouse described in this module's docstring at ``path`` (replaced if present)."""
    from voc.warehouse import connect, now, transaction

    p = Path(path)
    p.unlink(missing_ok=True)
    con = connect(p)
    stamp = now()
    try:
        with transaction(con):
            for c in CAMPAIGNS:
                _ins(con, "campaigns", campaign_id=c[0], name=c[1], channel=c[2], start_date=c[3], end_date=c[4],
                     offer=c[5], keywords=c[6], promo_codes=c[7], target_segment=c[8], imported_at=stamp)
            for tid, (label, kws) in TOPICS.items():
                _ins(con, "topics", topic_id=tid, label=label, keywords=kws, size=0, method="kmeans", fitted_at=stamp)
            for i in range(len(CALLS)):
                _insert_call(con, i, stamp)
            for tid, (label, kws) in THEMES.items():
                quotes = [{"call_id": r[0], "utt_idx": r[1], "text": r[2]} for r in con.execute(
                    "SELECT call_id, utt_idx, text FROM complaints WHERE theme_id = ? ORDER BY call_id", [tid]).fetchall()]
                _ins(con, "themes", theme_id=tid, label=label, keywords=kws, quotes=json.dumps(quotes[:3]),
                     size=len(quotes), model="kmeans", fitted_at=stamp)
            con.execute("UPDATE topics SET size = (SELECT count(*) FROM call_topics t WHERE t.topic_id = topics.topic_id)")
            _ins(con, "runs", run_id="run-1", started_at=stamp, finished_at=stamp, status="done", settings_hash="abc",
                 executor="local", host="test", pid=1, counts=json.dumps({"transcribe": {"done": len(CALLS)}}),
                 durations=json.dumps({"transcribe": 1.0}), failures="[]")
    finally:
        con.close()
    return p


def _insert_call(con, i: int, stamp: datetime) -> None:
    queue, intent, line, follow, complaint, senti, code, links = CALLS[i]
    cid, started = call_id(i), call_start(i)
    texts = [("agent", AGENT_GREET), ("customer", line), ("agent", AGENT_SORRY if senti < 0 else "Sure, I can help.")]
    if follow:
        texts.append(("customer", follow))
    texts.append(("agent", AGENT_CLOSE))
    duration = 10.0 * len(texts) + 5.0
    _ins(con, "calls", call_id=cid, path=f"/calls/{cid}.wav", file_name=f"{cid}.wav", size_bytes=int(duration * 32000),
         duration_s=duration, channels=2, sample_rate=8000, codec="pcm_s16le", container="wav", started_at=started,
         direction="inbound", queue=queue, agent_id=f"agent-{i % 3}", customer_id=f"cust-{i}", campaign_code=code,
         meta="{}", status="ingested", ingested_at=stamp)
    _ins(con, "transcripts", call_id=cid, language="en", language_prob=0.99, model="tiny.en", compute_type="int8",
         device="cpu", audio_s=duration, elapsed_s=2.0, run_id="run-1", created_at=stamp)
    for sp, role, ch in (("ch0", "agent", 0), ("ch1", "customer", 1)):
        _ins(con, "speakers", call_id=cid, speaker=sp, role=role, role_confidence=0.9, role_reason="channel", channel=ch)
    for idx, (role, text) in enumerate(texts):
        ch = 0 if role == "agent" else 1
        start, end = 1.0 + 10.0 * idx, 8.0 + 10.0 * idx
        _ins(con, "utterances", call_id=cid, idx=idx, channel=ch, speaker=f"ch{ch}", role=role, start_s=start,
             end_s=end, text=text, lang="en", avg_logprob=-0.2, no_speech_prob=0.01, compression_ratio=1.3)
        _ins(con, "turns", call_id=cid, idx=idx, speaker=f"ch{ch}", start_s=start, end_s=end)
        words = text.split()
        step = (end - start) / len(words)
        for w, word in enumerate(words):
            _ins(con, "words", call_id=cid, utt_idx=idx, idx=w, start_s=start + w * step, end_s=start + (w + 1) * step,
                 word=word, prob=0.9, channel=ch, speaker=f"ch{ch}")
        score = senti if role == "customer" else 0.1
        _ins(con, "sentiment", call_id=cid, utt_idx=idx, score=score, label=_label(score), vader=score,
             markers=["apology"] if text == AGENT_SORRY else [])
        if "[CARD]" in text:
            _ins(con, "pii_spans", call_id=cid, utt_idx=idx, pii_type="card", char_start=15, char_end=34,
                 start_s=start + 2, end_s=start + 4, replacement="[CARD]")
        if "Vertex Wireless" in text:
            _ins(con, "entities", call_id=cid, utt_idx=idx, label="COMPETITOR", text="Vertex Wireless",
                 norm="vertex_wireless", char_start=0, char_end=15, source="lexicon")
    n_agent = sum(1 for r, _ in texts if r == "agent")
    for role, turns in (("agent", n_agent), ("customer", len(texts) - n_agent), ("all", len(texts))):
        _ins(con, "call_metrics", call_id=cid, role=role, talk_s=7.0 * turns, talk_ratio=turns / len(texts),
             silence_s=3.0 * len(texts), longest_silence_s=3.0, overtalk_s=0.0, interruptions=0, turns=turns,
             words=10 * turns, wpm=150.0, first_response_s=2.0 if role == "agent" else None)
    _ins(con, "call_sentiment", call_id=cid, customer_start=senti, customer_end=senti, customer_shift=0.0,
         customer_mean=senti, agent_mean=0.1, agent_empathy=1 if senti < 0 else 0, agent_apologies=1 if senti < 0 else 0)
    _ins(con, "intents", call_id=cid, intent_id=intent, confidence=0.85, rank=1)
    if intent != "billing_question":
        _ins(con, "intents", call_id=cid, intent_id="billing_question", confidence=0.3, rank=2)
    if complaint:
        theme, severity = complaint
        _ins(con, "complaints", call_id=cid, utt_idx=1, severity=severity, reasons=["dissatisfaction"], text=line,
             start_s=11.0, theme_id=theme)
    _ins(con, "call_topics", call_id=cid, utt_idx=-1, topic_id=TOPIC_OF_QUEUE[queue])
    _ins(con, "call_briefs", call_id=cid, reason=line, actions="Sure, I can help.", outcome="resolved",
         next_steps="", evidence=json.dumps({"reason": [{"utt_idx": 1, "start_s": 11.0, "end_s": 18.0}]}))
    for idx, text in ((1, line), (3, follow)):
        if text and "Vertex Wireless" in text:
            _ins(con, "signals", call_id=cid, utt_idx=idx, kind="competitor_offer", product="Vertex Wireless",
                 text=text, confidence=0.8, agent_offered=False, cue="gives me", product_source="lexicon",
                 start_s=1.0 + 10.0 * idx)
    if i == 0:
        _ins(con, "analysis_skips", call_id=cid, step="signals", language="en", reason="fixture: step disabled")
    for camp in links:
        evidence = "manifest_code" if code == camp else "keyword"
        _ins(con, "campaign_links", call_id=cid, campaign_id=camp, evidence=evidence, matched=camp.lower(),
             utt_idx=None if evidence == "manifest_code" else 1, start_s=None if evidence == "manifest_code" else 11.0,
             strength=1.0 if evidence == "manifest_code" else 0.7)
