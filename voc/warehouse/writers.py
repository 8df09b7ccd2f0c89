"""The one mapping between records and warehouse rows, and the per-call transactional writer.

Stage results travel as ``dict[table, list[row dict]]`` (Arrow tables over Ray) and are written for one call in one
transaction: the call's old rows in every table the stages own are deleted, the new ones inserted, and the ledger
(``call_stages``) updated — so a crash never leaves a half-written call and a retried task never duplicates rows.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from voc import faults
from voc.records import Entity, PiiSpan, Utterance, Word
from voc.warehouse import now, transaction

# The tables each per-call stage owns (rewritten whole for the call when the stage runs).
STAGE_TABLES: dict[str, tuple[str, ...]] = {
    "transcribe": ("transcripts", "utterances", "words", "pii_spans", "utterances_original"),
    "speakers": ("speakers", "turns", "call_metrics"),
    "analyze": ("entities", "sentiment", "call_sentiment", "intents", "complaints"),
    "attribute": ("campaign_links",),
}


def rows_to_arrow(rows: dict[str, list[dict[str, Any]]]):
    """Row dicts → Arrow tables (how results travel from Ray workers)."""
    import pyarrow as pa

    return {t: pa.Table.from_pylist(r) for t, r in rows.items()}


def arrow_to_rows(tables) -> dict[str, list[dict[str, Any]]]:
    return {t: (tab.to_pylist() if hasattr(tab, "to_pylist") else list(tab)) for t, tab in tables.items()}


def _columns(con, table: str) -> list[str]:
    return [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
        [table]).fetchall()]


def insert_rows(con, table: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    cols = [c for c in _columns(con, table) if c in rows[0]]
    placeholders = ",".join("?" * len(cols))
    data = []
    for r in rows:
        data.append([json.dumps(r[c]) if isinstance(r[c], (dict,)) or (c in ("quotes", "meta", "details")
                                                                         and isinstance(r[c], list)) else r[c]
                     for c in cols])
    con.executemany(f"INSERT INTO {table} ({','.join(cols)}) VALUES ({placeholders})", data)


def write_call(con, call_id: str, run_id: str, stages: dict[str, str], rows: dict[str, list[dict[str, Any]]],
               started_at=None, models: Iterable[dict[str, Any]] = ()) -> None:
    """Replace ``call_id``'s rows for every stage in ``stages`` (stage → settings hash) and mark them done."""
    ts = now()
    with transaction(con):
        for stage in stages:
            for table in STAGE_TABLES[stage]:
                con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])
        if "speakers" in stages and "transcribe" not in stages:
            # the speakers stage re-writes utterances and words with speaker/role (and may split utterances)
            for table in ("utterances", "words"):
                if table in rows:
                    con.execute(f"DELETE FROM {table} WHERE call_id = ?", [call_id])
            if "pii_spans" in rows:
                con.execute("DELETE FROM pii_spans WHERE call_id = ?", [call_id])
        for table, trows in rows.items():
            insert_rows(con, table, trows)
        for stage, h in stages.items():
            con.execute(
                "INSERT INTO call_stages (call_id, stage, status, settings_hash, run_id, started_at, finished_at, "
                "attempts, error) VALUES (?, ?, 'done', ?, ?, ?, ?, 1, NULL) "
                "ON CONFLICT (call_id, stage) DO UPDATE SET status = 'done', settings_hash = excluded.settings_hash, "
                "run_id = excluded.run_id, started_at = excluded.started_at, finished_at = excluded.finished_at, "
                "error = NULL",
                [call_id, stage, h, run_id, started_at or ts, ts])
        for m in models:
            con.execute("INSERT INTO model_versions VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        [m["stage"], m["settings_hash"], m["model"], m.get("version"),
                         json.dumps(m.get("details") or {}), ts])
        faults.point("write_call_before_commit")
    faults.point("write_call_after_commit")


def mark_failed(con, call_id: str, stage: str, run_id: str, error: str, permanent: bool, max_attempts: int) -> str:
    """Record a failure; returns the new status ('failed' or 'quarantined')."""
    row = con.execute("SELECT attempts FROM call_stages WHERE call_id = ? AND stage = ?", [call_id, stage]).fetchone()
    attempts = (row[0] if row else 0) + 1
    status = "quarantined" if permanent or attempts >= max_attempts else "failed"
    with transaction(con):
        con.execute(
            "INSERT INTO call_stages (call_id, stage, status, settings_hash, run_id, started_at, finished_at, attempts, "
            "error) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?) ON CONFLICT (call_id, stage) DO UPDATE SET "
            "status = excluded.status, run_id = excluded.run_id, finished_at = excluded.finished_at, "
            "attempts = excluded.attempts, error = excluded.error",
            [call_id, stage, status, run_id, now(), now(), attempts, error[:4000]])
    return status


# -- records → rows ------------------------------------------------------------------------------------------

def utterance_rows(call_id: str, utts: list[Utterance], roles: dict[str, str] | None = None):
    urows, wrows = [], []
    for u in utts:
        urows.append({"call_id": call_id, "idx": u.idx, "channel": u.channel, "speaker": u.speaker,
                      "role": (roles or {}).get(u.speaker) if u.speaker else None,
                      "start_s": u.start_s, "end_s": u.end_s, "text": u.text, "lang": u.lang,
                      "avg_logprob": u.avg_logprob, "no_speech_prob": u.no_speech_prob,
                      "compression_ratio": u.compression_ratio})
        for j, w in enumerate(u.words):
            wrows.append({"call_id": call_id, "utt_idx": u.idx, "idx": j, "start_s": w.start_s, "end_s": w.end_s,
                          "word": w.word, "prob": w.prob, "channel": w.channel, "speaker": w.speaker})
    return urows, wrows


def record_rows(call_id: str, records: Iterable[Any], **extra: Any) -> list[dict[str, Any]]:
    out = []
    for r in records:
        d = dataclasses.asdict(r) if dataclasses.is_dataclass(r) else dict(r)
        for k, v in d.items():
            if isinstance(v, tuple):
                d[k] = list(v)
        out.append({"call_id": call_id, **d, **extra})
    return out


# -- rows → records (inputs for a stage re-run without its predecessors) ---------------------------------------

def load_utterances(con, call_id: str) -> tuple[list[Utterance], dict[str, str]]:
    """The call's stored (redacted) utterances with words, and speaker → role."""
    words: dict[int, list[Word]] = {}
    for utt_idx, s, e, w, p, ch, spk in con.execute(
            "SELECT utt_idx, start_s, end_s, word, prob, channel, speaker FROM words WHERE call_id = ? "
            "ORDER BY utt_idx, idx", [call_id]).fetchall():
        words.setdefault(utt_idx, []).append(Word(s, e, w, p, ch if ch is not None else 0, spk))
    utts, roles = [], {}
    for (idx, ch, spk, role, s, e, text, lang, lp, nsp, cr) in con.execute(
            "SELECT idx, channel, speaker, role, start_s, end_s, text, lang, avg_logprob, no_speech_prob, "
            "compression_ratio FROM utterances WHERE call_id = ? ORDER BY idx", [call_id]).fetchall():
        utts.append(Utterance(idx, ch, s, e, text, words.get(idx, []), spk, lang, lp, nsp, cr))
        if spk and role:
            roles[spk] = role
    for spk, role in con.execute("SELECT speaker, role FROM speakers WHERE call_id = ?", [call_id]).fetchall():
        roles[spk] = role
    return utts, roles


def load_pii_spans(con, call_id: str) -> list[PiiSpan]:
    return [PiiSpan(*r) for r in con.execute(
        "SELECT utt_idx, pii_type, char_start, char_end, start_s, end_s, replacement FROM pii_spans WHERE call_id = ?",
        [call_id]).fetchall()]


def load_entities(con, call_id: str) -> list[Entity]:
    return [Entity(*r) for r in con.execute(
        "SELECT utt_idx, label, text, char_start, char_end, norm, source FROM entities WHERE call_id = ?",
        [call_id]).fetchall()]
