"""The marketers' report: ``build_report`` computes it, ``write_report`` writes every format.

``write_report(con, out_dir)`` writes ``out_dir/report.html`` (self-contained), ``out_dir/report.md`` and
``out_dir/extracts/<table>.csv|.parquet`` and returns the HTML path.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from voc.reports.model import Report
    from voc.settings import Settings


def build_report(con: Any, since: date | None = None, until: date | None = None, campaign: str | None = None,
                 queue: str | None = None, settings: "Settings | None" = None, warehouse: str = "") -> "Report":
    """See :func:`voc.reports.build.build_report`."""
    from voc.reports.build import build_report as _build

    return _build(con, since=since, until=until, campaign=campaign, queue=queue, settings=settings,
                  warehouse=warehouse)


def write_report(con: Any, out_dir: str | Path, since: date | None = None, until: date | None = None,
                 campaign: str | None = None, queue: str | None = None, settings: "Settings | None" = None,
                 warehouse: str = "") -> Path:
    """Build the report and write HTML, Markdown and extracts into ``out_dir``. Returns the HTML path."""
    from voc.reports.export import write_extracts
    from voc.reports.html import write_html
    from voc.reports.markdown import render_markdown

    report = build_report(con, since=since, until=until, campaign=campaign, queue=queue, settings=settings,
                          warehouse=warehouse)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    extracts = write_extracts(report, out / "extracts")
    (out / "report.md").write_text(render_markdown(report), encoding="utf-8")
    return write_html(report, out / "report.html", extracts)


__all__ = ["build_report", "write_report"]
