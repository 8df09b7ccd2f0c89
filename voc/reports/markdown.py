"""``report.md``: the same report as plain Markdown (for e-mail, chat and version control).

Transcript text is escaped (``<`` ``>`` ``&`` as entities, ``|`` inside tables) so a Markdown viewer that
renders inline HTML shows ``<script>`` as text.
"""

from __future__ import annotations

from html import escape

from voc.reports import format as fmt
from voc.reports.impact import evidence_summary
from voc.reports.model import Quote, Report
from voc.reports.languages import markdown_lines as languages_markdown
from voc.reports.opportunities import markdown_lines as opportunities_markdown


def _t(text: object) -> str:
    return escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def _quote(q: Quote) -> str:
    return f"> “{_t(q.text)}” — call `{q.call_id[:12]}`, {fmt.when(q.started_at)}, at {fmt.clock(q.start_s)}"


def _table(header: list[str], rows: list[list[object]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(_t(c) for c in row) + " |" for row in rows]
    return out + [""]


def _brief_quote(q: Quote) -> list[str]:
    out = [_quote(q)]
    b = q.brief
    if b is not None:
        parts = [f"outcome: {b.outcome.replace('_', ' ')}"]
        parts += [f"agent: {_t(b.actions)}"] if b.actions else []
        parts += [f"next: {_t(b.next_steps)}"] if b.next_steps else []
        out.append(">")
        out.append("> *" + " · ".join(parts) + "*")
    return out + [""]


def _why(r: Report) -> list[str]:
    """"Why customers called" (see voc.reports.why)."""
    w = r.why
    lines = ["## Why customers called", ""]
    if w is None:
        return lines + ["Not enough data: no call has been transcribed in this period.", ""]
    share = f" ({fmt.pct(w.classified_share)})" if w.calls else ""
    lines += [f"Reasons come from {w.taxonomy}. {w.classified} of {w.calls} transcribed calls{share} have a reason "
              "classified with confidence; shares are of those calls.", ""]
    lines += [f"> {_t(w.compare_note)}", ""] if w.compare_note else []
    lines += [x for n in w.notes for x in (f"*{_t(n)}*", "")]
    if w.emerging:
        lines += ["**Emerging:** " + "; ".join(f"{_t(e.label)} {e.prev_calls} → {e.calls} calls" for e in w.emerging), ""]
    for row in w.reasons:
        change = f", {row.change:+d} vs previous" if row.change is not None else ""
        lines += [f"### {_t(row.label)} — {fmt.pct(row.share)} ({row.calls} call{'s' if row.calls != 1 else ''}{change})",
                  ""]
        lines += [x for q in row.quotes for x in _brief_quote(q)]
    if w.voices:
        title = "Calls without a confident reason, in the customers' own words" if w.reasons else \
            "In the customers' own words"
        lines += [f"### {title}", ""] + [x for q in w.voices for x in _brief_quote(q)]
    for cv in w.campaigns:
        lines += [f"### {_t(cv.name)} ({cv.calls} linked calls)", ""]
        if cv.asked:
            lines += ["What they asked:", ""] + [x for q in cv.asked for x in _brief_quote(q)]
        if cv.said:
            lines += ["What they said about it:", ""] + [x for q in cv.said for x in _brief_quote(q)]
    return lines


def render_markdown(r: Report) -> str:
    lines: list[str] = ["# Voice of the customer", ""]
    if r.period:
        prev = f", compared with {r.previous.label()}" if r.previous else ""
        lines += [f"{r.period.label()} ({r.period.days} days){prev}.", ""]
    lines += [f"> {_t(n)}" for n in r.notes] + ([""] if r.notes else [])
    lines += ["## Headline", ""]
    rows: list[list[object]] = [[m.label, fmt.metric_value(m), fmt.metric_change(m)] for m in r.headline]
    if r.top_driver:
        rows.append(["Top call driver", r.top_driver.title, f"{fmt.pct(r.top_driver.share)} of calls"])
    lines += _table(["Metric", "Value", "Change"], rows)
    lines += languages_markdown(r.languages)
    lines += ["## What to do", ""]
    lines += [f"{i}. {_t(a.text)} *(based on: {_t(a.evidence)})*" for i, a in enumerate(r.actions, start=1)] or \
             ["Nothing crossed a threshold in this period."]
    lines += [""] + _why(r)
    lines += ["## Campaigns", ""]
    if not r.campaigns:
        lines += ["No campaign ran in this period.", ""]
    for card in r.campaigns:
        c, v = card.campaign, card.volume
        lines += [f"### {_t(c.name)} ({c.campaign_id})", "",
                  f"{c.start_date} – {c.end_date}" + (f" · {_t(c.offer)}" if c.offer else ""), ""]
        lines += _table(["Figure", "Campaign", "All calls"], [
            ["Linked calls", card.linked_calls, evidence_summary(card.evidence) or "—"],
            ["Daily volume lift", fmt.ratio(v.daily_lift),
             f"{fmt.num(v.window_daily_mean)} vs {fmt.num(v.baseline_daily_mean)} ± {fmt.num(v.baseline_daily_std)} a day"
             if v.daily_lift is not None else v.note],
            ["Weekly volume lift", fmt.ratio(v.weekly_lift),
             f"{fmt.num(v.window_weekly_mean)} vs {fmt.num(v.baseline_weekly_mean)} ± {fmt.num(v.baseline_weekly_std)} a week"],
            ["Complaint rate", fmt.pct(card.complaint_rate), fmt.pct(card.complaint_rate_all)],
            ["Customer sentiment", fmt.signed(card.customer_sentiment), fmt.signed(card.customer_sentiment_all)],
        ] + [[f"Say {s.label}", fmt.pct(s.share), f"{s.calls} calls"] for s in card.signals]
          + [[f"Driver: {fmt.pretty(m.intent_id)}", fmt.pct(m.share), fmt.pct(m.share_all)] for m in card.intent_mix])
        lines += [x for q in card.verbatims for x in (_quote(q), "")]
        lines += [f"*{_t(n)}*" for n in card.notes] + ([""] if card.notes else [])
    lines += opportunities_markdown(r.opportunities)
    lines += ["## Top call drivers", ""]
    lines += _table(["Call driver", "Calls", "Share", "Previous", "Change"],
                    [[d.title, d.calls, fmt.pct(d.share), d.prev_calls, f"{d.change:+d}"]
                     for d in r.drivers])
    if r.movers:
        lines += ["**Biggest movers:** " + "; ".join(f"{d.title} {d.prev_calls} → {d.calls}"
                                                     for d in r.movers), ""]
    lines += ["## Complaint themes", ""]
    lines += _table(["Theme", "Complaints", "Calls", "Previous"],
                    [[t.label, t.complaints, t.calls, t.prev_complaints] for t in r.themes])
    for t in r.themes:
        lines += [f"**{_t(t.label)}**", ""] + [x for q in t.quotes for x in (_quote(q), "")]
    lines += ["## Competitor mentions", ""]
    lines += _table(["Competitor", "Calls", "Mentions", "Previous calls"],
                    [[c.name, c.calls, c.mentions, c.prev_calls] for c in r.competitors])
    lines += ["## Sentiment trend", ""]
    lines += _table(["Week of", "Calls", "Customer sentiment", "Complaint rate"],
                    [[p.week_start, p.calls, fmt.signed(p.customer_sentiment), fmt.pct(p.complaint_rate)]
                     for p in r.trend])
    return "\n".join(lines) + "\n"
