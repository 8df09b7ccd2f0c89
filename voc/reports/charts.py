"""Charts as inline SVG strings: no JavaScript, no network, no matplotlib (fast, crisp, print-friendly).

Every text placed in an SVG goes through ``html.escape``; the result is ``markupsafe.Markup`` so the
autoescaping template inserts it as is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from markupsafe import Markup

from voc.reports.model import DayCount, TrendPoint, Volume

INK = "#1f2937"
MUTED = "#9ca3af"
GRID = "#e5e7eb"
ACCENT = "#2563eb"
WARN = "#dc2626"
BASE = "#cbd5e1"


def _svg(width: int, height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(title)}" font-family="system-ui, sans-serif" font-size="11">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>")


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    for step in (1, 2, 2.5, 5, 10):
        mag = 10 ** (len(str(int(v))) - 1)
        if step * mag >= v:
            return float(step * mag)
    return float(v)


def weekly_volume(points: Sequence[TrendPoint], split: date | None = None, width: int = 560,
                  height: int = 180) -> Markup:
    """Bars of calls per week; weeks before ``split`` (the previous period) in grey."""
    title = "Calls per week"
    if not points:
        return _empty(width, height, title)
    left, bottom, top = 36, 26, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    ymax = _nice_max(max(p.calls for p in points))
    bw = plot_w / len(points)
    body = _y_grid(left, top, plot_w, plot_h, ymax, fmt="{:g}")
    for i, p in enumerate(points):
        h = plot_h * p.calls / ymax
        x = left + i * bw + bw * 0.15
        colour = BASE if split is not None and p.week_start < split else ACCENT
        body.append(f'<rect x="{x:.1f}" y="{top + plot_h - h:.1f}" width="{bw * 0.7:.1f}" height="{h:.1f}" '
                    f'fill="{colour}"><title>{escape(f"week of {p.week_start:%d %b}: {p.calls} calls")}</title></rect>')
        body.append(f'<text x="{x + bw * 0.35:.1f}" y="{top + plot_h - h - 3:.1f}" text-anchor="middle" '
                    f'fill="{INK}">{p.calls}</text>')
        body.append(f'<text x="{x + bw * 0.35:.1f}" y="{height - 8}" text-anchor="middle" fill="{MUTED}">'
                    f'{escape(f"{p.week_start:%d %b}")}</text>')
    return _svg(width, height, body, title)


def weekly_legend(points: Sequence[TrendPoint], split: date | None = None) -> str:
    """The caption under ``weekly_volume``: names only the colours the chart shows."""
    if not points:
        return "No calls to chart."
    grey = split is not None and any(p.week_start < split for p in points)
    return "Grey: previous period. Blue: this period." if grey else "Calls per week in this period."


def _anchor(i: int, n: int) -> str:
    """Text anchor of the i-th of n x-axis labels: the outer ones stay inside the chart."""
    return "start" if i == 0 and n > 1 else "end" if i == n - 1 and n > 1 else "middle"


def sentiment_line(points: Sequence[TrendPoint], width: int = 560, height: int = 180) -> Markup:
    """Weekly mean customer sentiment (-1..1, zoomed to the data) with the zero line."""
    title = "Customer sentiment per week"
    pts = [p for p in points if p.customer_sentiment is not None]
    if len(pts) < 2:
        return _empty(width, height, title)
    left, bottom, top = 44, 26, 12
    plot_w, plot_h = width - left - 12, height - bottom - top
    vals = [p.customer_sentiment for p in pts]  # type: ignore[misc]
    lo, hi = min(min(vals), 0.0), max(max(vals), 0.0)
    pad = max((hi - lo) * 0.15, 0.05)
    lo, hi = lo - pad, hi + pad

    def y(v: float) -> float:
        return top + plot_h * (hi - v) / (hi - lo)

    step = plot_w / (len(pts) - 1)
    body = [f'<line x1="{left}" x2="{left + plot_w}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="{MUTED}" '
            f'stroke-dasharray="4 3"/>',
            f'<text x="{left - 6}" y="{y(0) + 4:.1f}" text-anchor="end" fill="{MUTED}">0</text>',
            f'<text x="{left - 6}" y="{y(hi - pad) + 4:.1f}" text-anchor="end" fill="{MUTED}">{hi - pad:+.2f}</text>',
            f'<text x="{left - 6}" y="{y(lo + pad) + 4:.1f}" text-anchor="end" fill="{MUTED}">{lo + pad:+.2f}</text>']
    coords = [(left + i * step, y(v)) for i, v in enumerate(vals)]
    body.append(f'<polyline fill="none" stroke="{ACCENT}" stroke-width="2.5" points="'
                + " ".join(f"{x:.1f},{yy:.1f}" for x, yy in coords) + '"/>')
    for i, ((x, yy), p) in enumerate(zip(coords, pts)):
        colour = WARN if (p.customer_sentiment or 0) < 0 else ACCENT
        label = f"week of {p.week_start:%d %b}: {p.customer_sentiment:+.2f}"
        body.append(f'<circle cx="{x:.1f}" cy="{yy:.1f}" r="4" fill="{colour}"><title>{escape(label)}</title></circle>')
        body.append(f'<text x="{x:.1f}" y="{height - 8}" text-anchor="{_anchor(i, len(pts))}" fill="{MUTED}">'
                    f'{escape(f"{p.week_start:%d %b}")}</text>')
    return _svg(width, height, body, title)


def campaign_volume(v: Volume, width: int = 560, height: int = 170) -> Markup:
    """Daily calls: baseline days in grey, campaign days in blue, the baseline mean as a dashed line."""
    title = "Daily calls: baseline before launch, then the campaign window"
    days: Sequence[DayCount] = v.daily
    if not days:
        return _empty(width, height, title)
    left, bottom, top = 30, 22, 10
    plot_w, plot_h = width - left - 8, height - bottom - top
    ymax = _nice_max(max(d.calls for d in days))
    bw = plot_w / len(days)
    launch = v.window.since if v.window else None
    body = _y_grid(left, top, plot_w, plot_h, ymax, fmt="{:g}")
    for i, d in enumerate(days):
        h = plot_h * d.calls / ymax
        colour = ACCENT if launch is not None and d.day >= launch else BASE
        body.append(f'<rect x="{left + i * bw:.1f}" y="{top + plot_h - h:.1f}" width="{max(bw - 1, 1):.1f}" '
                    f'height="{h:.1f}" fill="{colour}"><title>{escape(f"{d.day:%a %d %b}: {d.calls} calls")}</title></rect>')
    if v.baseline_daily_mean is not None:
        yb = top + plot_h - plot_h * v.baseline_daily_mean / ymax
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{yb:.1f}" y2="{yb:.1f}" stroke="{INK}" '
                    f'stroke-dasharray="5 3"/>')
        body.append(f'<text x="{left + 4}" y="{yb - 4:.1f}" fill="{INK}">baseline {v.baseline_daily_mean:.1f}/day</text>')
    body.append(f'<text x="{left}" y="{height - 6}" fill="{MUTED}">{escape(f"{days[0].day:%d %b}")}</text>')
    body.append(f'<text x="{left + plot_w}" y="{height - 6}" text-anchor="end" fill="{MUTED}">'
                f'{escape(f"{days[-1].day:%d %b}")}</text>')
    if launch is not None:
        i = next((k for k, d in enumerate(days) if d.day >= launch), None)
        if i is not None:
            x = left + i * bw
            body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top}" y2="{top + plot_h}" stroke="{ACCENT}"/>')
            body.append(f'<text x="{x + 3:.1f}" y="{top + 9}" fill="{ACCENT}">launch</text>')
    return _svg(width, height, body, title)


def _y_grid(left: int, top: int, plot_w: float, plot_h: float, ymax: float, fmt: str) -> list[str]:
    out = []
    for k in range(5):
        v = ymax * k / 4
        y = top + plot_h - plot_h * k / 4
        out.append(f'<line x1="{left}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        out.append(f'<text x="{left - 5}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">{fmt.format(v)}</text>')
    return out


def _empty(width: int, height: int, title: str) -> Markup:
    return _svg(width, height, [f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="{MUTED}">'
                                "not enough data</text>"], title)
