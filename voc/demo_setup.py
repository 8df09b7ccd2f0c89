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
    # the demo's business (a telecom) comes with its lexicon and call-driver taxonomy; other deployments get neither
    from voc.analyze.entities import BUNDLED_LEXICON
    from voc.analyze.intents import default_taxonomy_path
    if settings.analysis.lexicons is None:
        settings.analysis.lexicons = str(BUNDLED_LEXICON)
    if settings.analysis.taxonomy is None and settings.analysis.intent_model is None:
        settings.analysis.taxonomy = str(default_taxonomy_path())
    # 14 calls over ten weeks: a five-week period (launch weeks vs the weeks before) and a lower
    # "enough calls" bar make the demo report say something; production defaults stay stricter.
    defaults = Settings().report
    if settings.report.period_days == defaults.period_days:
        settings.report.period_days = 35
    if settings.report.min_calls == defaults.min_calls:
        settings.report.min_calls = 2
    return [*paths, dest / "calls"], (manifest or dest / "manifest.csv")
