"""Number and time formatting shared by the HTML and Markdown renderers (one wording for both).

Headline figures without data read "not enough data"; small table cells read "n/a" (the card says why)."""

from __future__ import annotations

from datetime import datetime

from voc.reports.model import Metric

NA = "not enough data"

__all__ = ["NA", "pct", "pretty", "metric_value", "metric_change", "change_is_bad", "clock", "when", "num",
           "signed", "ratio"]


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x * 100:.0f} %"


def pretty(identifier: str) -> str:
    """"billing_dispute" -> "Billing dispute"."""
    t = identifier.replace("_", " ").strip()
    return t[:1].upper() + t[1:]


def num(x: float | None, digits: int = 1) -> str:
    return "n/a" if x is None else f"{x:,.{digits}f}"


def signed(x: float | None, digits: int = 2) -> str:
    return "n/a" if x is None else f"{x:+.{digits}f}"


def ratio(x: float | None) -> str:
    """A lift: "x1.80"."""
    return "n/a" if x is None else f"x{x:.2f}"


def metric_value(m: Metric) -> str:
    if m.value is None:
        return NA
    if m.unit == "%":
        return f"{m.value * 100:.1f} %"
    if m.unit == "h":
        return f"{m.value:,.1f} h"
    if m.unit == "score":
        return f"{m.value:+.2f}"
    return f"{m.value:,.0f}"


def metric_change(m: Metric) -> str:
    """"+40 % vs previous period", "+10.8 pts", or "no previous period"."""
    if m.change is None:
        return "no previous period"
    if m.unit == "%":
        return f"{m.change * 100:+.1f} pts vs previous"
    if m.unit == "score":
        return f"{m.change:+.2f} vs previous"
    if m.change_pct is None:
        return f"{m.change:+,.0f} vs previous" if m.unit == "" else f"{m.change:+,.1f} vs previous"
    return f"{m.change_pct * 100:+.0f} % vs previous"


def change_is_bad(m: Metric) -> bool | None:
    """Whether the change is bad news: complaints up or sentiment down. None when neutral or unknown."""
    if m.change is None or abs(m.change) < 1e-12:
        return None
    if m.key == "complaint_rate":
        return m.change > 0
    if m.key == "customer_sentiment":
        return m.change < 0
    return None


def clock(seconds: float | None) -> str:
    """Position in the call: 75.0 -> "01:15"."""
    if seconds is None:
        return "—"
    s = int(round(seconds))
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60:02d}:{s % 60:02d}"


def when(ts: datetime | None) -> str:
    return "" if ts is None else f"{ts:%d %b %Y %H:%M}"
