"""voc's own demo calls: 14 scripted "Northwind Mobile" customer-service calls (CC0, made by the project).

``voc run --demo`` copies them into a writable folder with :func:`copy_demo`. The WAVs, manifest and
references are built by ``python -m voc.demo.make_demo`` from ``scripts.yaml``; see ``README.md`` here.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

__all__ = ["demo_dir", "demo_calls", "demo_manifest", "demo_campaigns", "demo_lexicons", "demo_references",
           "copy_demo"]


def demo_dir() -> Path:
    """The folder of the bundled demo (inside the installed package)."""
    return Path(__file__).resolve().parent


def demo_calls() -> list[Path]:
    """The demo call WAVs, sorted by name (call_01.wav ... call_14.wav)."""
    return sorted((demo_dir() / "calls").glob("*.wav"))


def demo_manifest() -> Path:
    """manifest.csv: file_name, started_at, direction, queue, agent_id, customer_id, campaign_code, region."""
    return demo_dir() / "manifest.csv"


def demo_campaigns() -> Path:
    """campaigns.yaml: the demo campaign calendar (SPRING25, FIBERFREE, LOYALTY10)."""
    return demo_dir() / "campaigns.yaml"


def demo_lexicons() -> Path:
    """lexicons.yaml: products, plans, competitors, campaigns and promo codes with ASR-style aliases."""
    return demo_dir() / "lexicons.yaml"


def demo_references() -> dict[str, Any]:
    """Ground truth per file name: channel texts, timed turns with roles, PII said aloud, labels."""
    return json.loads((demo_dir() / "references.json").read_text(encoding="utf-8"))


def copy_demo(dest: str | Path) -> Path:
    """Copy calls (``dest/calls``), manifest, calendar and lexicon into ``dest``; return ``dest``.

    Idempotent: files already there with the same bytes are left alone (their mtime too), so a second
    ``voc run --demo`` ingests nothing new. Files that differ are replaced.
    """
    dest = Path(dest)
    (dest / "calls").mkdir(parents=True, exist_ok=True)
    pairs = [(p, dest / "calls" / p.name) for p in demo_calls()]
    pairs += [(p, dest / p.name) for p in (demo_manifest(), demo_campaigns(), demo_lexicons())]
    for src, dst in pairs:
        if dst.is_file() and dst.stat().st_size == src.stat().st_size and dst.read_bytes() == src.read_bytes():
            continue
        tmp = dst.with_name(dst.name + ".part")
        shutil.copyfile(src, tmp)
        tmp.replace(dst)
    return dest
