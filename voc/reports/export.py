"""Extracts: every table the report shows, as ``extracts/<table>.csv`` and ``extracts/<table>.parquet``.

``report_tables`` is the one mapping from the report records to flat rows; the Markdown renderer uses it
too, so the numbers in every format are the same numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from voc.reports.model import Quote, Report

Table = tuple[list[str], list[dict[str, Any]]]

QUOTE_COLS = ["call_id", "utt_idx", "start_s", "started_at", "why", "text"]


def _q(q: Quote) -> dict[str, Any]:
    return {"call_id": q.call_id, "utt_idx": q.utt_idx, "start_s": q.start_s, "started_at": q.started_at,
            "why": q.why, "text": q.text}


def report_tables(r: Report) -> dict[str, Table]:
    """Table name -> (columns, rows), in the order the report shows them."""
    t: dict[str, Table] = {}
    t["headline"] = (["metric", "label", "value", "previous", "change"],
                     [{"metric": m.key, "label": m.label, "value": m.value, "previous": m.previous, "change": m.change}
                      for m in r.headline])
    t["actions"] = (["rank", "area", "text", "evidence", "priority"],
                    [{"rank": i, "area": a.area, "text": a.text, "evidence": a.evidence, "priority": a.priority}
                     for i, a in enumerate(r.actions, start=1)])
    camp_cols = ["campaign_id", "name", "channel", "start_date", "end_date", "offer", "linked_calls",
                 "baseline_daily_mean", "baseline_daily_std", "window_daily_mean", "daily_lift", "z",
                 "baseline_weekly_mean", "baseline_weekly_std", "window_weekly_mean", "weekly_lift", "excess_calls",
                 "complaint_rate", "complaint_rate_all", "customer_sentiment", "customer_sentiment_all", "volume_note"]
    rows, mix, sig, vol, verb = [], [], [], [], []
    for card in r.campaigns:
        c, v = card.campaign, card.volume
        rows.append({"campaign_id": c.campaign_id, "name": c.name, "channel": c.channel, "start_date": c.start_date,
                     "end_date": c.end_date, "offer": c.offer, "linked_calls": card.linked_calls,
                     "baseline_daily_mean": v.baseline_daily_mean, "baseline_daily_std": v.baseline_daily_std,
                     "window_daily_mean": v.window_daily_mean, "daily_lift": v.daily_lift, "z": v.z,
                     "baseline_weekly_mean": v.baseline_weekly_mean, "baseline_weekly_std": v.baseline_weekly_std,
                     "window_weekly_mean": v.window_weekly_mean, "weekly_lift": v.weekly_lift,
                     "excess_calls": v.excess_calls, "complaint_rate": card.complaint_rate,
                     "complaint_rate_all": card.complaint_rate_all, "customer_sentiment": card.customer_sentiment,
                     "customer_sentiment_all": card.customer_sentiment_all, "volume_note": v.note})
        mix += [{"campaign_id": c.campaign_id, "intent_id": m.intent_id, "calls": m.calls, "share": m.share,
                 "share_all": m.share_all} for m in card.intent_mix]
        sig += [{"campaign_id": c.campaign_id, "cue": s.cue, "label": s.label, "calls": s.calls, "share": s.share}
                for s in card.signals]
        launch = v.window.since if v.window else None
        vol += [{"campaign_id": c.campaign_id, "day": d.day, "calls": d.calls,
                 "phase": "window" if launch is not None and d.day >= launch else "baseline"} for d in v.daily]
        verb += [{"campaign_id": c.campaign_id, **_q(q)} for q in card.verbatims]
    t["campaigns"] = (camp_cols, rows)
    t["campaign_intents"] = (["campaign_id", "intent_id", "calls", "share", "share_all"], mix)
    t["campaign_signals"] = (["campaign_id", "cue", "label", "calls", "share"], sig)
    t["campaign_volume"] = (["campaign_id", "day", "calls", "phase"], vol)
    t["campaign_verbatims"] = (["campaign_id"] + QUOTE_COLS, verb)
    drv_cols = ["intent_id", "calls", "share", "prev_calls", "prev_share", "change"]
    t["drivers"] = (drv_cols, [{"intent_id": d.intent_id, "calls": d.calls, "share": d.share,
                                "prev_calls": d.prev_calls, "prev_share": d.prev_share, "change": d.change}
                               for d in r.drivers])
    t["movers"] = (drv_cols, [{"intent_id": d.intent_id, "calls": d.calls, "share": d.share, "prev_calls": d.prev_calls,
                               "prev_share": d.prev_share, "change": d.change} for d in r.movers])
    t["themes"] = (["theme_id", "label", "complaints", "calls", "prev_complaints"],
                   [{"theme_id": x.theme_id, "label": x.label, "complaints": x.complaints, "calls": x.calls,
                     "prev_complaints": x.prev_complaints} for x in r.themes])
    t["theme_quotes"] = (["theme_id", "label"] + QUOTE_COLS,
                         [{"theme_id": x.theme_id, "label": x.label, **_q(q)} for x in r.themes for q in x.quotes])
    t["competitors"] = (["competitor", "name", "mentions", "calls", "prev_calls"],
                        [{"competitor": c.competitor, "name": c.name, "mentions": c.mentions, "calls": c.calls,
                          "prev_calls": c.prev_calls} for c in r.competitors])
    t["competitor_quotes"] = (["competitor"] + QUOTE_COLS,
                              [{"competitor": c.competitor, **_q(q)} for c in r.competitors for q in c.quotes])
    from voc.reports.why import why_tables
    t.update(why_tables(getattr(r, "why", None)))
    from voc.reports.opportunities import opportunity_tables
    t.update(opportunity_tables(getattr(r, "opportunities", None)))
    t["sentiment_trend"] = (["week_start", "calls", "customer_sentiment", "complaint_rate"],
                            [{"week_start": p.week_start, "calls": p.calls, "customer_sentiment": p.customer_sentiment,
                              "complaint_rate": p.complaint_rate} for p in r.trend])
    return t


def write_extracts(r: Report, folder: str | Path) -> list[str]:
    """Write ``<table>.csv`` and ``<table>.parquet`` for every table; returns the file names written."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    names = []
    for name, (cols, rows) in report_tables(r).items():
        if rows:
            table = pa.Table.from_pylist([{c: row.get(c) for c in cols} for row in rows])
        else:
            table = pa.table({c: pa.array([], pa.string()) for c in cols})
        pacsv.write_csv(table, out / f"{name}.csv")
        pq.write_table(table, out / f"{name}.parquet")
        names += [f"{name}.csv", f"{name}.parquet"]
    return names
