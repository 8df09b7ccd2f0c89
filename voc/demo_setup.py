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


DEMO_CONFIG_HEADER = """\
# voc settings written by `voc run --demo`: the demo deployment (a telecom's taxonomy, lexicon and campaign
# calendar, a five-week report period), so that later commands in this folder (`voc status`, `voc report`,
# `voc run`, `voc search`) see the same deployment as the demo run did. Delete this file, or run
# `voc init --force`, to set up your own deployment: outside the demo voc uses no taxonomy (call drivers are
# discovered), no lexicon and no campaigns unless you configure them.
"""


def write_demo_config(settings: Settings, path: Path) -> Path | None:
    """Write ``path`` (``voc.toml``) with the demo's deployment keys, unless a file is already there (then None)."""
    import json

    if path.exists():
        return None
    a, c, r = settings.analysis, settings.campaigns, settings.report

    def q(v) -> str:  # a TOML basic string (JSON's escaping is valid TOML for these paths)
        return json.dumps(str(Path(v).resolve()))

    lines = [DEMO_CONFIG_HEADER, "[analysis]", f"lexicons = {q(a.lexicons)}"]
    if a.taxonomy:
        lines.append(f"taxonomy = {q(a.taxonomy)}")
    lines += ["", "[campaigns]", f"calendar = {q(c.calendar)}", "", "[report]",
              f"period_days = {int(r.period_days)}", f"min_calls = {int(r.min_calls)}", ""]
    tmp = path.with_name(path.name + ".part")
    tmp.write_text("\n".join(lines), encoding="utf-8")
    tmp.replace(path)
    return path
