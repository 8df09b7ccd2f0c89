"""``build_report``: read the warehouse and compute the marketers' report as typed records.

Definitions (also in docs/reports.md):

* Period: ``since``..``until`` inclusive, by the date of each call's ``started_at``. Without ``until`` it ends at
  the last call; without ``since`` it spans ``settings.report.period_days`` days. The previous period is the
  same number of days immediately before.
* Complaint rate: transcribed calls with at least one complaint / transcribed calls.
* Customer sentiment: mean of ``call_sentiment.customer_mean`` (-1..1) over calls that have one.
* Call drivers: primary intents (``intents.rank = 1``). Movers: drivers whose call count changed most.
* Figures over fewer than ``settings.report.min_calls`` calls are flagged "not enough data" and make no action.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from typing import Any

from voc.errors import SettingsError
from voc.reports.actions import derive_actions
from voc.reports.format import pretty
from voc.reports.impact import campaign_cards
from voc.reports.languages import language_mix
from voc.reports.model import (CompetitorRow, DriverRow, Filters, Metric, Period, Quote, Report, ThemeRow,
                               TrendPoint)
from voc.reports.opportunities import opportunities
from voc.reports.scope import Scope
from voc.reports.why import _driver_labels, attach_briefs, why_called
from voc.settings import Settings

TOP_DRIVERS = 10
TOP_MOVERS = 5


def build_report(
    con: Any,
    since: date | None = None,
    until: date | None = None,
    campaign: str | None = None,
    queue: str | None = None,
    settings: Settings | None = None,
    warehouse: str = "",
) -> Report:
    """Compute the report for calls in ``since``..``until`` (optionally one queue and/or one campaign's calls)."""
    s = settings or Settings()
    filters = Filters(since, until, campaign, queue)
    if since and until and since > until:
        raise SettingsError(f"report period: --since {since} is after --until {until}. Fix: swap the dates.")
    if campaign is not None:
        known = [r[0] for r in con.execute("SELECT campaign_id FROM campaigns ORDER BY 1").fetchall()]
        if campaign not in known:
            raise SettingsError(f"--campaign '{campaign}' is not in the warehouse's calendar. Valid: "
                                f"{', '.join(known) or '(none: run `voc campaigns import FILE`)'}.")
    first, last = con.execute("SELECT min(CAST(started_at AS DATE)), max(CAST(started_at AS DATE)) FROM calls "
                              "WHERE status = 'ingested'").fetchone()
    generated = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
    if last is None:
        return _empty(generated, warehouse, filters, "The warehouse holds no calls yet: run `voc run` first.")
    end = until or last
    start = since or end - timedelta(days=s.report.period_days - 1)
    period = Period(start, end)
    previous = Period(start - timedelta(days=period.days), start - timedelta(days=1))
    cur = Scope(period, queue, campaign)
    prev = cur.with_period(previous)
    notes: list[str] = []
    if previous.until < first:
        notes.append(f"No calls before {start:%d %b %Y}: changes against the previous period are not shown.")
        prev_has_data = False
    else:
        prev_has_data = True

    headline = _headline(con, cur, prev if prev_has_data else None)
    n_calls = int(headline[0].value or 0)
    if n_calls == 0:
        notes.append(f"No calls match these filters in {period.label()}.")
    drivers = _drivers(con, cur, prev if prev_has_data else None)
    movers = tuple(sorted((d for d in drivers if d.change != 0), key=lambda d: (-abs(d.change), d.intent_id))
                   )[:TOP_MOVERS] if prev_has_data else ()
    themes = _themes(con, cur, prev, s.report.top_verbatims)
    competitors = _competitors(con, cur, prev, s.report.top_verbatims)
    trend = _trend(con, cur.with_period(Period(previous.since if prev_has_data else start, end)))
    cards = campaign_cards(con, cur, s, (first, last))
    report = Report(
        generated_at=generated, warehouse=warehouse, filters=filters, period=period,
        previous=previous if prev_has_data else None, headline=headline,
        top_driver=drivers[0] if drivers else None, drivers=drivers[:TOP_DRIVERS], movers=movers, themes=themes,
        campaigns=cards, competitors=competitors, trend=trend, actions=(), notes=notes)
    report.actions = derive_actions(report, s.report.min_calls)
    report.why = why_called(con, cur, prev if prev_has_data else None, report, s)
    attach_briefs(con, report)
    report.opportunities = opportunities(con, cur, prev if prev_has_data else None, s.report.top_verbatims)
    report.languages = language_mix(con, cur)
    return report


def _empty(generated: datetime, warehouse: str, filters: Filters, note: str) -> Report:
    headline = tuple(Metric(k, label, None, None, unit) for k, label, unit in _METRICS)
    return Report(generated, warehouse, filters, None, None, headline, None, (), (), (), (), (), (), (), [note])


# the complaint rate's denominator: transcribed calls whose complaint step ran (a call in a language the
# complaint cues do not cover, or not transcribed because of its language, is in neither side of the rate)
COMPLAINTS_RAN = ("coalesce(t.task, '') <> 'skipped' AND NOT EXISTS (SELECT 1 FROM analysis_skips a "
                  "WHERE a.call_id = c.call_id AND a.step = 'complaints')")

_METRICS = (("calls", "Calls", ""), ("audio_hours", "Audio hours", "h"),
            ("complaint_rate", "Complaint rate", "%"), ("customer_sentiment", "Customer sentiment", "score"))


def _headline_values(con: Any, scope: Scope) -> tuple[float | None, ...]:
    row = scope.query(con, """
        SELECT count(*),
               sum(c.duration_s) / 3600.0,
               count(*) FILTER (WHERE t.call_id IS NOT NULL AND {ran}),
               count(*) FILTER (WHERE t.call_id IS NOT NULL AND EXISTS (SELECT 1 FROM complaints k WHERE k.call_id = c.call_id)),
               avg(s.customer_mean)
        FROM scope JOIN calls c USING (call_id)
        LEFT JOIN transcripts t USING (call_id)
        LEFT JOIN call_sentiment s USING (call_id)""".format(ran=COMPLAINTS_RAN))[0]
    n, hours, transcribed, with_complaint, senti = row
    rate = with_complaint / transcribed if transcribed else None
    return float(n), float(hours or 0.0), rate, (float(senti) if senti is not None else None)


def _headline(con: Any, cur: Scope, prev: Scope | None) -> tuple[Metric, ...]:
    now = _headline_values(con, cur)
    before = _headline_values(con, prev) if prev is not None else (None,) * 4
    return tuple(Metric(k, label, v, p, unit) for (k, label, unit), v, p in zip(_METRICS, now, before))


def _intent_counts(con: Any, scope: Scope) -> dict[str, int]:
    return {r[0]: int(r[1]) for r in scope.query(con, """
        SELECT i.intent_id, count(*) FROM scope JOIN intents i USING (call_id) WHERE i.rank = 1 GROUP BY 1""")}


def _drivers(con: Any, cur: Scope, prev: Scope | None) -> tuple[DriverRow, ...]:
    now = _intent_counts(con, cur)
    before = _intent_counts(con, prev) if prev is not None else {}
    tot_now, tot_before = sum(now.values()), sum(before.values())
    labels = _driver_labels(con)
    rows = [DriverRow(i, now.get(i, 0), now.get(i, 0) / tot_now if tot_now else 0.0, before.get(i, 0),
                      (before.get(i, 0) / tot_before) if tot_before else None, labels.get(i) or pretty(i))
            for i in set(now) | set(before)]
    return tuple(sorted(rows, key=lambda r: (-r.calls, -r.prev_calls, r.intent_id)))


def _quote(r: tuple, why: str = "") -> Quote:
    """(call_id, utt_idx, start_s, text, started_at) -> Quote."""
    return Quote(r[0], int(r[1]), r[2], r[3], r[4], why)


def _themes(con: Any, cur: Scope, prev: Scope, top: int) -> tuple[ThemeRow, ...]:
    rows = cur.query(con, """
        SELECT k.theme_id, coalesce(t.label, 'Not yet grouped'), count(*), count(DISTINCT k.call_id)
        FROM scope JOIN complaints k USING (call_id) LEFT JOIN themes t USING (theme_id)
        GROUP BY 1, 2 ORDER BY 3 DESC, 2""")
    before = {r[0]: int(r[1]) for r in prev.query(con, """
        SELECT k.theme_id, count(*) FROM scope JOIN complaints k USING (call_id) GROUP BY 1""")}
    quotes: dict[Any, list[Quote]] = defaultdict(list)
    for r in cur.query(con, """
        SELECT k.theme_id, k.call_id, k.utt_idx, k.start_s, k.text, c.started_at,
               row_number() OVER (PARTITION BY k.theme_id ORDER BY k.severity DESC, c.started_at DESC, k.call_id) AS n
        FROM scope JOIN complaints k USING (call_id) JOIN calls c USING (call_id)
        QUALIFY n <= ? ORDER BY k.theme_id, n""", [top]):
        quotes[r[0]].append(_quote(r[1:6]))
    return tuple(ThemeRow(r[0], r[1], int(r[2]), int(r[3]), before.get(r[0], 0), tuple(quotes[r[0]])) for r in rows)


def _competitors(con: Any, cur: Scope, prev: Scope, top: int) -> tuple[CompetitorRow, ...]:
    key = "coalesce(e.norm, lower(e.text))"
    rows = cur.query(con, f"""
        SELECT {key} AS comp, mode(e.text), count(*), count(DISTINCT e.call_id)
        FROM scope JOIN entities e USING (call_id) WHERE e.label = 'COMPETITOR'
        GROUP BY 1 ORDER BY 4 DESC, 3 DESC, 1""")
    before = {r[0]: int(r[1]) for r in prev.query(con, f"""
        SELECT {key}, count(DISTINCT e.call_id) FROM scope JOIN entities e USING (call_id)
        WHERE e.label = 'COMPETITOR' GROUP BY 1""")}
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for r in cur.query(con, f"""
        , m AS (SELECT DISTINCT {key} AS comp, e.call_id, e.utt_idx FROM scope JOIN entities e USING (call_id)
                WHERE e.label = 'COMPETITOR')
        SELECT m.comp, u.call_id, u.idx, u.start_s, u.text, c.started_at,
               row_number() OVER (PARTITION BY m.comp ORDER BY c.started_at DESC, u.call_id, u.idx) AS n
        FROM m JOIN utterances u ON u.call_id = m.call_id AND u.idx = m.utt_idx JOIN calls c ON c.call_id = m.call_id
        QUALIFY n <= ? ORDER BY m.comp, n""", [top]):
        quotes[r[0]].append(_quote(r[1:6]))
    return tuple(CompetitorRow(r[0], r[1], int(r[2]), int(r[3]), before.get(r[0], 0), tuple(quotes[r[0]]))
                 for r in rows)


def _trend(con: Any, scope: Scope) -> tuple[TrendPoint, ...]:
    rows = scope.query(con, """
        SELECT CAST(date_trunc('week', c.started_at) AS DATE) AS wk, count(*),
               avg(s.customer_mean),
               count(*) FILTER (WHERE t.call_id IS NOT NULL AND {ran}),
               count(*) FILTER (WHERE t.call_id IS NOT NULL AND EXISTS (SELECT 1 FROM complaints k WHERE k.call_id = c.call_id))
        FROM scope JOIN calls c USING (call_id)
        LEFT JOIN transcripts t USING (call_id) LEFT JOIN call_sentiment s USING (call_id)
        GROUP BY 1 ORDER BY 1""".format(ran=COMPLAINTS_RAN))
    return tuple(TrendPoint(r[0], int(r[1]), float(r[2]) if r[2] is not None else None,
                            (r[4] / r[3]) if r[3] else None) for r in rows)
