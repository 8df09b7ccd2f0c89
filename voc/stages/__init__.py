"""THE registry of per-call stages, in order. Everything about a stage derives from its one declaration
(``voc/stages/<name>.py``): the processor runs its steps, the writer replaces the tables it owns, the ledger keys on
its settings hash, and the run's settings hash covers its settings sections.

A stage's hash chains its predecessor's, so a change upstream (a new ASR model) redoes everything after it, and a
change downstream (a new taxonomy) redoes only the stages from there on.

To add a stage or a table/step to one, see docs/DEVELOPING.md, "Adding to a stage".
"""

from __future__ import annotations

import hashlib

from voc.settings import Settings
from voc.stages import analyze as _analyze
from voc.stages import attribute as _attribute
from voc.stages import speakers as _speakers
from voc.stages import transcribe as _transcribe
from voc.stages.base import CallAudio, CallContext, Stage, Step, file_digest

REGISTRY: tuple[Stage, ...] = (_transcribe.STAGE, _speakers.STAGE, _analyze.STAGE, _attribute.STAGE)
BY_NAME: dict[str, Stage] = {s.name: s for s in REGISTRY}
STAGES: tuple[str, ...] = tuple(s.name for s in REGISTRY)
# The tables each per-call stage owns (rewritten whole for the call when the stage runs).
STAGE_TABLES: dict[str, tuple[str, ...]] = {s.name: s.tables for s in REGISTRY}
# The per-call steps of every stage, in execution order.
STEPS: tuple[tuple[Stage, Step], ...] = tuple(sorted(((st, sp) for st in REGISTRY for sp in st.steps),
                                                     key=lambda p: p[1].order))

__all__ = ["BY_NAME", "REGISTRY", "STAGES", "STAGE_TABLES", "STEPS", "CallAudio", "CallContext", "Stage", "Step",
           "campaigns_fingerprint", "file_digest", "pending_stages", "run_settings_hash", "stage_hashes",
           "warehouse_fingerprints"]


def _check_registry() -> None:
    owner: dict[str, str] = {}
    for s in REGISTRY:
        for t in s.tables:
            if t in owner:
                raise RuntimeError(f"table {t!r} is owned by two stages ({owner[t]}, {s.name}): one writer per table")
            owner[t] = s.name
    orders = [sp.order for _, sp in STEPS]
    if len(set(orders)) != len(orders):
        raise RuntimeError(f"two steps share an order: {[(st.name, sp.name, sp.order) for st, sp in STEPS]}")


_check_registry()


def warehouse_fingerprints(con) -> dict[str, str]:
    """stage → digest of the warehouse content it reads (the imported campaign calendar for "attribute")."""
    return {s.name: s.fingerprint(con) for s in REGISTRY if s.fingerprint is not None}


def campaigns_fingerprint(con) -> str:
    return _attribute.fingerprint(con)


def stage_hashes(settings: Settings, fingerprints: dict[str, str] | str | None = None) -> dict[str, str]:
    """stage → settings hash, chained in stage order. ``fingerprints``: ``warehouse_fingerprints(con)`` (a plain
    string is taken as the campaign calendar's fingerprint)."""
    if isinstance(fingerprints, str):
        fingerprints = {"attribute": fingerprints}
    fps = fingerprints or {}
    out: dict[str, str] = {}
    prev = ""
    for stage in REGISTRY:
        prev = hashlib.sha256("|".join([prev, *stage.hash_parts(settings, fps)]).encode()).hexdigest()[:16]
        out[stage.name] = prev
    return out


def run_settings_hash(settings: Settings) -> str:
    """``runs.settings_hash``: every settings section a per-call stage reads."""
    sections: list[str] = []
    for s in REGISTRY:
        sections += [x for x in s.sections if x not in sections]
    return settings.section_hash(*sections)


def pending_stages(done: dict[str, str | None], hashes: dict[str, str]) -> list[str]:
    """From the first stage not done with the current hash, every stage after it."""
    for i, stage in enumerate(STAGES):
        if done.get(stage) != hashes[stage]:
            return list(STAGES[i:])
    return []
