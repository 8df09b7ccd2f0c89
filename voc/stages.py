"""The per-call stages, in order, and what each one's results depend on (its settings hash).

A stage's hash chains its predecessor's, so a change upstream (a new ASR model) redoes everything after it, and a
change downstream (a new taxonomy) redoes only the stages from there on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from voc.settings import Settings

STAGES: tuple[str, ...] = ("transcribe", "speakers", "analyze", "attribute")

# Settings sections each stage reads.
_SECTIONS = {
    "transcribe": ("asr", "pii"),
    "speakers": ("diarization", "channels", "roles"),
    "analyze": ("analysis", "topics"),
    "attribute": (),   # campaigns.fuzzy_threshold / grace_days + the imported calendar's content (not its path)
}


def _file_digest(path: str | None) -> str:
    if not path:
        return "-"
    p = Path(path)
    if p.is_dir():
        h = hashlib.sha256()
        for f in sorted(p.rglob("*")):
            if f.is_file():
                h.update(f.name.encode())
                h.update(f.read_bytes())
        return h.hexdigest()[:16]
    try:
        return hashlib.sha256(p.read_bytes()).hexdigest()[:16]
    except OSError:
        return "missing:" + str(p)


def stage_hashes(settings: Settings, campaigns_fingerprint: str = "") -> dict[str, str]:
    """stage → settings hash, chained in stage order."""
    out: dict[str, str] = {}
    prev = ""
    for stage in STAGES:
        parts = [prev, settings.section_hash(*_SECTIONS[stage]) if _SECTIONS[stage] else ""]
        if stage == "transcribe":
            parts.append(_file_digest(settings.analysis.lexicons))  # redaction never redacts lexicon names
        if stage == "analyze":
            a = settings.analysis
            parts += [_file_digest(a.lexicons), _file_digest(a.taxonomy), _file_digest(a.intent_model)]
        if stage == "attribute":
            c = settings.campaigns
            parts += [campaigns_fingerprint, str(c.fuzzy_threshold), str(c.grace_days)]
        prev = hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]
        out[stage] = prev
    return out


def campaigns_fingerprint(con) -> str:
    rows = con.execute("SELECT * FROM campaigns ORDER BY campaign_id").fetchall()
    return hashlib.sha256(repr([r[:-1] for r in rows]).encode()).hexdigest()[:16]


def pending_stages(done: dict[str, str | None], hashes: dict[str, str]) -> list[str]:
    """From the first stage not done with the current hash, every stage after it."""
    for i, stage in enumerate(STAGES):
        if done.get(stage) != hashes[stage]:
            return list(STAGES[i:])
    return []
