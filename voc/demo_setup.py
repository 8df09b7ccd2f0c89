"""`voc run --demo`: copy the bundled demo calls to a writable folder and point the settings at them."""

from __future__ import annotations

from pathlib import Path

from voc.settings import Settings

DEMO_DIR = "voc-demo"


def demo_setup(settings: Settings, paths: list, manifest) -> tuple[list[Path], Path]:
    from voc.demo import copy_demo, demo_lexicons

    dest = copy_demo(Path(DEMO_DIR))
    if settings.campaigns.calendar is None:
        settings.campaigns.calendar = str(dest / "campaigns.yaml")
    if settings.analysis.lexicons is None:
        settings.analysis.lexicons = str(demo_lexicons())
    return [*paths, dest / "calls"], (manifest or dest / "manifest.csv")
