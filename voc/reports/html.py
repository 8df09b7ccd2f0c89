"""Render a :class:`~voc.reports.model.Report` as ONE self-contained HTML file.

Jinja2 with autoescape always on (transcript text is untrusted: ``<script>`` renders as text), CSS inline,
charts as inline SVG, no JavaScript and no external URL of any kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from voc.reports import charts
from voc.reports import format as fmt
from voc.reports.impact import evidence_summary
from voc.reports.model import Report


def _env() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    env = Environment(loader=PackageLoader("voc.reports", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters.update(pct=fmt.pct, pretty=fmt.pretty, num=fmt.num, signed=fmt.signed, ratio=fmt.ratio,
                       clock=fmt.clock, when=fmt.when, metric_value=fmt.metric_value,
                       metric_change=fmt.metric_change, evidence=evidence_summary)
    env.globals.update(change_is_bad=fmt.change_is_bad, charts=charts, NA=fmt.NA)
    return env


def render_html(report: Report, extracts: list[str] | None = None) -> str:
    """The report as an HTML string. ``extracts`` = the extract file names written beside it (listed at the end)."""
    split = report.period.since if report.period else None
    return _env().get_template("report.html").render(
        r=report, extracts=extracts or [],
        weekly_chart=charts.weekly_volume(report.trend, split=split),
        weekly_legend=charts.weekly_legend(report.trend, split=split),
        sentiment_chart=charts.sentiment_line(report.trend))


def write_html(report: Report, path: str | Path, extracts: list[str] | None = None) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(render_html(report, extracts), encoding="utf-8")
    return p
