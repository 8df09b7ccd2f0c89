"""Campaign impact: one card per campaign active in the report period.

Volume counts ALL calls (queue filter applied, campaign links not required): before launch no call can link
to a campaign, so the question is whether total volume rose once it started.

* Baseline: the ``settings.campaigns.baseline_days`` days before ``start_date`` (clipped to the first day with
  data). Fewer than 7 baseline days = "not enough data".
* Window: ``start_date`` .. the earliest of ``end_date``, the report's ``until`` and the last day with data.
* Daily lift = window daily mean / baseline daily mean; spread = the baseline's daily standard deviation
  (sample, n-1); z = (window mean - baseline mean) / spread. Weekly figures use 7-day blocks counted back
  from launch (baseline) and forward from launch (window, full weeks only).
* Everything else on the card (intent mix, complaints, sentiment, confusion, verbatims) is over the calls
  linked to the campaign within the report period.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from voc.records import Campaign
from voc.reports.model import CampaignCard, DayCount, MixRow, Period, Quote, Signal, Volume
from voc.reports.scope import Scope
from voc.warehouse.rows import load_campaigns as campaigns_from_warehouse
from voc.reports.signals import CUES, cues_in
from voc.settings import Settings

MIN_BASELINE_DAYS = 7


def campaign_cards(con: Any, scope: Scope, s: Settings, data_range: tuple[date, date]) -> tuple[CampaignCard, ...]:
    """Cards for campaigns whose window (plus grace days) overlaps the period, or only ``scope.campaign``."""
    assert scope.period is not None
    grace = timedelta(days=s.campaigns.grace_days)
    out = []
    all_campaigns = campaigns_from_warehouse(con)
    for c in all_campaigns:
        if scope.campaign is not None and c.campaign_id != scope.campaign:
            continue
        if scope.campaign is None and (c.start_date > scope.period.until or c.end_date + grace < scope.period.since):
            continue
        out.append(_card(con, c, scope, s, data_range, all_campaigns))
    return tuple(out)


def _card(con: Any, c: Campaign, scope: Scope, s: Settings, data_range: tuple[date, date],
          all_campaigns: list[Campaign]) -> CampaignCard:
    everyone = scope.without_campaign()
    linked = Scope(scope.period, scope.queue, c.campaign_id)
    n = linked.query(con, "SELECT count(*) FROM scope")[0][0]
    evidence = {r[0]: int(r[1]) for r in linked.query(con, """
        SELECT l.evidence, count(DISTINCT l.call_id) FROM scope JOIN campaign_links l USING (call_id)
        WHERE l.campaign_id = ? GROUP BY 1 ORDER BY 1""", [c.campaign_id])}
    mix_all = {r[0]: r[1] for r in everyone.query(con, """
        SELECT i.intent_id, count(*) / sum(count(*)) OVER () FROM scope JOIN intents i USING (call_id)
        WHERE i.rank = 1 GROUP BY 1""")}
    mix = tuple(MixRow(r[0], int(r[1]), float(r[2]), mix_all.get(r[0], 0.0)) for r in linked.query(con, """
        SELECT i.intent_id, count(*), count(*) / sum(count(*)) OVER () FROM scope JOIN intents i USING (call_id)
        WHERE i.rank = 1 GROUP BY 1 ORDER BY 2 DESC, 1"""))
    rate, senti = _rate_and_sentiment(con, linked)
    rate_all, senti_all = _rate_and_sentiment(con, everyone)
    themes = tuple((r[0], int(r[1])) for r in linked.query(con, """
        SELECT coalesce(t.label, 'Not yet grouped'), count(*) FROM scope JOIN complaints k USING (call_id)
        LEFT JOIN themes t USING (theme_id) GROUP BY 1 ORDER BY 2 DESC, 1"""))
    signals, verbatims = _signals_and_verbatims(con, linked, n, s.report.top_verbatims)
    overlaps = tuple(o.campaign_id for o in all_campaigns if o.campaign_id != c.campaign_id
                     and o.start_date <= c.end_date and c.start_date <= o.end_date)
    notes = []
    if n == 0:
        notes.append("No calls linked to this campaign in the period.")
    elif n < s.report.min_calls:
        notes.append(f"Only {n} linked call{'s' if n != 1 else ''}: shares are not reliable yet "
                     f"(at least {s.report.min_calls} needed).")
    if overlaps:
        notes.append(f"Runs at the same time as {', '.join(overlaps)}: the volume lift is shared between them.")
    volume = _volume(con, c, everyone, s.campaigns.baseline_days, data_range)
    return CampaignCard(c, int(n), evidence, volume, mix, rate, rate_all, themes, senti, senti_all, signals,
                        verbatims, overlaps, tuple(notes))


def _rate_and_sentiment(con: Any, scope: Scope) -> tuple[float | None, float | None]:
    transcribed, complained, senti = scope.query(con, """
        SELECT count(t.call_id),
               count(t.call_id) FILTER (WHERE EXISTS (SELECT 1 FROM complaints k WHERE k.call_id = scope.call_id)),
               avg(s.customer_mean)
        FROM scope LEFT JOIN transcripts t USING (call_id) LEFT JOIN call_sentiment s USING (call_id)""")[0]
    return (complained / transcribed if transcribed else None), (float(senti) if senti is not None else None)


def _signals_and_verbatims(con: Any, linked: Scope, n: int, top: int) -> tuple[tuple[Signal, ...], tuple[Quote, ...]]:
    """Cue matches over customer speech (all speech when a call's roles are unknown) of the linked calls."""
    rows = linked.query(con, """
        , known AS (SELECT DISTINCT call_id FROM utterances WHERE role IN ('agent', 'customer'))
        SELECT u.call_id, u.idx, u.start_s, u.text, c.started_at, coalesce(se.score, 0.0),
               k.severity IS NOT NULL AS complaint
        FROM scope JOIN utterances u USING (call_id) JOIN calls c USING (call_id)
        LEFT JOIN sentiment se ON se.call_id = u.call_id AND se.utt_idx = u.idx
        LEFT JOIN complaints k ON k.call_id = u.call_id AND k.utt_idx = u.idx
        WHERE u.role = 'customer' OR u.call_id NOT IN (SELECT call_id FROM known)
        ORDER BY c.started_at DESC, u.call_id, u.idx""")
    per_cue: dict[str, list[Quote]] = defaultdict(list)
    calls_per_cue: dict[str, set[str]] = defaultdict(set)
    ranked: list[tuple[tuple, Quote]] = []
    for call_id, idx, start_s, text, started_at, score, complaint in rows:
        hits = cues_in(text)
        for h in hits:
            if call_id not in calls_per_cue[h]:
                calls_per_cue[h].add(call_id)
                per_cue[h].append(Quote(call_id, idx, start_s, text, started_at, h))
        why = hits[0] if hits else ("complaint" if complaint else "")
        ranked.append(((0 if hits else 1, 0 if complaint else 1, score), Quote(call_id, idx, start_s, text,
                                                                               started_at, why)))
    signals = tuple(sorted(
        (Signal(cue.cue, cue.label, len(calls_per_cue[cue.cue]), len(calls_per_cue[cue.cue]) / n,
                tuple(per_cue[cue.cue][:top])) for cue in CUES if calls_per_cue.get(cue.cue)),
        key=lambda x: (-x.calls, x.cue)))
    verbatims: list[Quote] = []
    seen: set[str] = set()
    for _, q in sorted(ranked, key=lambda t: t[0]):  # stable: newest first within equal rank
        if q.call_id in seen or (not q.why and q.text.strip() == ""):
            continue
        seen.add(q.call_id)
        verbatims.append(q)
        if len(verbatims) >= top:
            break
    return signals, tuple(verbatims)


def _daily(con: Any, scope: Scope, period: Period) -> list[DayCount]:
    rows = scope.without_campaign().with_period(period).query(con, """
        SELECT CAST(c.started_at AS DATE), count(*) FROM scope JOIN calls c USING (call_id) GROUP BY 1""")
    counts = {r[0]: int(r[1]) for r in rows}
    return [DayCount(period.since + timedelta(days=i), counts.get(period.since + timedelta(days=i), 0))
            for i in range(period.days)]


def _weekly(days: list[DayCount], backwards: bool) -> list[int]:
    """Totals of full 7-day blocks, counted back from the end (baseline) or forward from the start (window)."""
    seq = list(reversed(days)) if backwards else days
    return [sum(d.calls for d in seq[i:i + 7]) for i in range(0, len(seq) - len(seq) % 7, 7)]


def _volume(con: Any, c: Campaign, everyone: Scope, baseline_days: int, data_range: tuple[date, date]) -> Volume:
    first, last = data_range
    assert everyone.period is not None
    w_end = min(c.end_date, everyone.period.until, last)
    if c.start_date > w_end:
        return _no_volume(f"the campaign starts {c.start_date:%d %b %Y}, after the last day with data")
    window = Period(c.start_date, w_end)
    b_start = max(c.start_date - timedelta(days=baseline_days), first)
    b_end = c.start_date - timedelta(days=1)
    if (b_end - b_start).days + 1 < MIN_BASELINE_DAYS:
        return _no_volume(f"not enough data before launch for a baseline (need {MIN_BASELINE_DAYS} days, "
                          f"data starts {first:%d %b %Y})", window, _daily(con, everyone, window))
    baseline = Period(b_start, b_end)
    b_days, w_days = _daily(con, everyone, baseline), _daily(con, everyone, window)
    b_counts, w_counts = [d.calls for d in b_days], [d.calls for d in w_days]
    b_mean, w_mean = statistics.fmean(b_counts), statistics.fmean(w_counts)
    b_std = statistics.stdev(b_counts) if len(b_counts) > 1 else None
    b_weeks, w_weeks = _weekly(b_days, backwards=True), _weekly(w_days, backwards=False)
    bw_mean = statistics.fmean(b_weeks) if b_weeks else None
    ww_mean = statistics.fmean(w_weeks) if w_weeks else None
    return Volume(
        baseline=baseline, window=window,
        baseline_daily_mean=b_mean, baseline_daily_std=b_std, window_daily_mean=w_mean,
        daily_lift=(w_mean / b_mean) if b_mean else None,
        z=((w_mean - b_mean) / b_std) if b_std else None,
        baseline_weekly_mean=bw_mean,
        baseline_weekly_std=statistics.stdev(b_weeks) if len(b_weeks) > 1 else None,
        window_weekly_mean=ww_mean,
        weekly_lift=(ww_mean / bw_mean) if (ww_mean is not None and bw_mean) else None,
        excess_calls=sum(w_counts) - b_mean * len(w_counts),
        daily=tuple(b_days + w_days),
        note="" if w_weeks else "the window has no full week yet: weekly lift not shown")


def _no_volume(note: str, window: Period | None = None, daily: list[DayCount] | None = None) -> Volume:
    return Volume(None, window, None, None, None, None, None, None, None, None, None, None, tuple(daily or ()), note)


def evidence_summary(evidence: dict[str, int]) -> str:
    """"14 by manifest code, 14 by spoken promo code" for a card's evidence counts, strongest evidence first."""
    names = {"manifest_code": "manifest code", "promo_code": "spoken promo code", "keyword": "keyword",
             "offer": "offer wording"}
    order = list(names)
    keys = sorted(evidence, key=lambda k: (order.index(k) if k in order else len(order), k))
    return ", ".join(f"{evidence[k]} by {names.get(k, k)}" for k in keys)
