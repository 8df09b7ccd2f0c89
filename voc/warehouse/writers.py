"""The one mapping between records and warehouse rows, and the per-call transactional writer.

Stage results travel as ``dict[table, list[row dict]]`` (Arrow tables over Ray: ``voc.executors.ray.rows_to_arrow``)
and are written in one transaction per batch of calls: the call's old rows in every table the stages own are deleted, the new ones inserted, and the ledger
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


_COLUMNS: dict[tuple[int, str], list[str]] = {}
_JSON_COLUMNS = {"quotes", "meta", "details", "counts", "durations", "failures"}


def _columns(con, table: str) -> list[str]:
    key = (id(con), table)
    if key not in _COLUMNS:
        _COLUMNS[key] = [r[0] for r in con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
            [table]).fetchall()]
    return _COLUMNS[key]


def insert_rows(con, table: str, rows: list[dict[str, Any]]) -> None:
    """Insert row dicts through one Arrow table (much faster than a parameterised INSERT per row)."""
    import pyarrow as pa

    if not rows:
        return
    present = {k for r in rows for k in r}
    cols = [c for c in _columns(con, table) if c in present]
    data = {}
    for c in cols:
        vals = [r.get(c) for r in rows]
        if c in _JSON_COLUMNS or any(isinstance(v, dict) for v in vals):
            vals = [v if v is None or isinstance(v, str) else json.dumps(v, default=str) for v in vals]
        elif any(isinstance(v, tuple) for v in vals):
            vals = [list(v) if isinstance(v, tuple) else v for v in vals]
        if any(isinstance(v, float) for v in vals) and any(isinstance(v, int) and not isinstance(v, bool)
                                                            for v in vals):
            vals = [float(v) if isinstance(v, int) and not isinstance(v, bool) else v for v in vals]
        data[c] = pa.array(vals)
    tab = pa.table(data)
    name = f"_voc_insert_{table}"
    con.register(name, tab)
    try:
        con.execute(f"INSERT INTO {table} ({', '.join(cols)}) SELECT {', '.join(cols)} FROM {name}")
    finally:
        con.unregister(name)


@dataclasses.dataclass
class CallWrite:
    """One call's finished work: stage → settings hash, rows per table, model provenance."""

    call_id: str
    stages: dict[str, str]
    rows: dict[str, list[dict[str, Any]]]
    models: list[dict[str, Any]] = dataclasses.field(default_factory=list)


def write_call(con, call_id: str, run_id: str, stages: dict[str, str], rows: dict[str, list[dict[str, Any]]],
               started_at=None, models: Iterable[dict[str, Any]] = ()) -> None:
    """Replace ``call_id``'s rows for every stage in ``stages`` (stage → settings hash) and mark them done."""
    write_calls(con, run_id, [CallWrite(call_id, stages, rows, list(models))], started_at)


def write_calls(con, run_id: str, batch: list[CallWrite], started_at=None) -> None:
    """Write several calls in ONE transaction: all of them or none (a crash leaves no call half-written).

    Old rows are deleted only for calls that had finished stages before (a re-run): a first-time call has none,
    which keeps a night of new calls free of per-call table scans.
    """
    if not batch:
        return
    ts = now()
    with transaction(con):
        ids = [w.call_id for w in batch]
        prior = {r[0] for r in con.execute(
            "SELECT DISTINCT call_id FROM call_stages WHERE status = 'done' AND list_contains(?, call_id)",
            [ids]).fetchall()}
        by_table: dict[str, list[dict[str, Any]]] = {}
        for w in batch:
            if w.call_id in prior:
                tables = {t for stage in w.stages for t in STAGE_TABLES[stage]}
                if "speakers" in w.stages and "transcribe" not in w.stages:
                    # the speakers stage re-writes utterances and words (and re-points PII spans)
                    tables |= {t for t in ("utterances", "words", "pii_spans") if t in w.rows}
                for table in sorted(tables):
                    con.execute(f"DELETE FROM {table} WHERE call_id = ?", [w.call_id])
            for table, trows in w.rows.items():
                by_table.setdefault(table, []).extend(trows)
        for table, trows in by_table.items():
            insert_rows(con, table, trows)
        ledger = [{"call_id": w.call_id, "stage": stage, "status": "done", "settings_hash": h, "run_id": run_id,
                   "started_at": started_at or ts, "finished_at": ts, "attempts": 1, "error": None}
                  for w in batch for stage, h in w.stages.items()]
        con.execute("DELETE FROM call_stages WHERE list_contains(?, call_id)", [ids])
        insert_rows(con, "call_stages", ledger)
        seen = set()
        for w in batch:
            for m in w.models:
                key = (m["stage"], m["settings_hash"], m["model"])
                if key in seen:
                    continue
                seen.add(key)
                con.execute("INSERT INTO model_versions VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                            [m["stage"], m["settings_hash"], m["model"], m.get("version"),
                             json.dumps(m.get("details") or {}, default=str), ts])
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
