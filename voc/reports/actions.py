"""The "what to do" section: ranked plain-language actions derived from the report's numbers.

Rules (each cites its numbers; figures over fewer than ``min_calls`` calls never make an action):

* confusion: a campaign cue (``voc.reports.signals``) in >= 10 % of the campaign's linked calls.
* campaign complaints: a campaign's complaint rate >= 1.5x the rate over all calls, and >= 10 points above.
* volume: a campaign's daily lift >= 1.3 with z >= 2 (staff for it; weighted 0.5 per extra call).
* driver movers: a call driver up by >= 25 % and >= ``min_calls`` calls against the previous period.
* complaint themes: a theme up by >= 50 % and >= ``min_calls`` complaints.
* competitors: a competitor named in >= ``min_calls`` calls and more than in the previous period.
* sentiment: customer sentiment down by >= 0.1 against the previous period.

Priority = the number of calls the finding concerns (the fix that touches most customers comes first);
confusion cues weigh double: they name a concrete fault marketing can fix.
"""

from __future__ import annotations

from voc.reports.format import pct
from voc.reports.model import Action, Report
from voc.reports.signals import cue as get_cue

CUE_MIN_SHARE = 0.10
COMPLAINT_RATIO = 1.5
COMPLAINT_MIN_GAP = 0.10
LIFT_MIN = 1.3
Z_MIN = 2.0
DRIVER_MIN_RISE = 0.25
THEME_MIN_RISE = 0.50
SENTIMENT_MIN_DROP = 0.10


def derive_actions(r: Report, min_calls: int) -> tuple[Action, ...]:
    out: list[Action] = []
    for card in r.campaigns:
        c = card.campaign
        code = c.promo_codes[0] if c.promo_codes else c.campaign_id
        if card.linked_calls >= min_calls:
            for sig in card.signals:
                if sig.share >= CUE_MIN_SHARE:
                    fix = get_cue(sig.cue).fix.format(code=code, name=c.name)
                    out.append(Action(sig.calls * 2.0, "campaign",
                                      f"{c.name}: {pct(sig.share)} of its calls say {sig.label} — {fix}.",
                                      f"{sig.calls} of {card.linked_calls} calls linked to {c.campaign_id}"))
            if (card.complaint_rate is not None and card.complaint_rate_all
                    and card.complaint_rate >= COMPLAINT_RATIO * card.complaint_rate_all
                    and card.complaint_rate - card.complaint_rate_all >= COMPLAINT_MIN_GAP):
                top = f" (mostly {card.themes[0][0].lower()})" if card.themes else ""
                out.append(Action(card.linked_calls * card.complaint_rate, "campaign",
                                  f"{c.name}: {pct(card.complaint_rate)} of its calls complain{top}, against "
                                  f"{pct(card.complaint_rate_all)} over all calls — review the offer's terms "
                                  f"and how agents explain them.",
                                  f"complaint rate {pct(card.complaint_rate)} vs {pct(card.complaint_rate_all)}; "
                                  f"{card.linked_calls} linked calls"))
        v = card.volume
        if v.daily_lift is not None and v.z is not None and v.daily_lift >= LIFT_MIN and v.z >= Z_MIN:
            out.append(Action(0.5 * max(v.excess_calls or 0.0, 0.0), "campaign",
                              f"{c.name} is driving calls: {v.window_daily_mean:.1f} a day against "
                              f"{v.baseline_daily_mean:.1f} before launch (x{v.daily_lift:.2f}) — plan agent "
                              f"staffing for it until {c.end_date:%d %b}.",
                              f"daily lift {v.daily_lift:.2f}, z {v.z:.1f}, about {v.excess_calls:.0f} extra calls"))
    if r.previous is not None:
        for d in r.drivers:
            if d.change >= min_calls and d.calls >= (1 + DRIVER_MIN_RISE) * d.prev_calls:
                out.append(Action(float(d.change), "driver",
                                  f"'{d.title}' calls rose from {d.prev_calls} to {d.calls} — find what "
                                  f"changed (a campaign, a bill run, an outage) and update the help pages.",
                                  f"{d.prev_calls} → {d.calls} calls ({pct(d.share)} of calls)"))
        for t in r.themes:
            if t.complaints - t.prev_complaints >= min_calls and t.complaints >= (1 + THEME_MIN_RISE) * t.prev_complaints:
                out.append(Action(float(t.complaints - t.prev_complaints), "complaint",
                                  f"Complaints about '{t.label}' rose from {t.prev_complaints} to {t.complaints} — "
                                  f"read the quotes below and assign an owner.",
                                  f"{t.prev_complaints} → {t.complaints} complaints in {t.calls} calls"))
        for comp in r.competitors:
            if comp.calls >= min_calls and comp.calls > comp.prev_calls:
                out.append(Action(float(comp.calls - comp.prev_calls), "competitor",
                                  f"{comp.name} came up in {comp.calls} calls (previously {comp.prev_calls}) — "
                                  f"check its current offers and brief retention agents.",
                                  f"{comp.prev_calls} → {comp.calls} calls mentioning {comp.name}"))
        senti = r.metric("customer_sentiment")
        calls = r.metric("calls").value or 0
        if senti.change is not None and senti.change <= -SENTIMENT_MIN_DROP and calls >= min_calls:
            out.append(Action(calls * abs(senti.change), "sentiment",
                              f"Customer sentiment fell from {senti.previous:+.2f} to {senti.value:+.2f} — see the "
                              f"biggest movers and complaint themes for the cause.",
                              f"mean customer sentiment {senti.previous:+.2f} → {senti.value:+.2f} over {calls:.0f} calls"))
    return tuple(sorted(out, key=lambda a: (-a.priority, a.text)))
