"""`voc run --demo`: copy the bundled demo calls to a writable folder and point the settings at them."""

from __future__ import annotations

from pathlib import Path

from voc.settings import Settings

DEMO_DIR = "voc-demo"


def demo_setup(settings: Settings, paths: list, manifest) -> tuple[list[Path], Path]:
    from voc.demo import copy_demo

    dest = copy_demo(Path(DEMO_DIR))
    if settings.campaigns.calendar is None:
        settings.campaigns.calendar = str(dest / "campaigns.yaml")
    # analysis.lexicons = None already means the bundled (demo) lexicon
    # 14 calls over ten weeks: a five-week period (launch weeks vs the weeks before) and a lower
    # "enough calls" bar make the demo report say something; production defaults stay stricter.
    defaults = Settings().report
    if settings.report.period_days == defaults.period_days:
        settings.report.period_days = 35
    if settings.report.min_calls == defaults.min_calls:
        settings.report.min_calls = 2
    return [*paths, dest / "calls"], (manifest or dest / "manifest.csv")
