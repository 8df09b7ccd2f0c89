"""The per-call transactional writer (records ↔ rows: ``voc.warehouse.rows``; who owns which table: ``voc.stages``).

Stage results travel as ``dict[table, list[row dict]]`` (Arrow tables over Ray: ``voc.executors.ray.rows_to_arrow``)
and are written in one transaction per batch of calls: the call's old rows in every table the stages own are
deleted, the new ones inserted, and the ledger (``call_stages``) updated for those stages — so a crash never leaves
a half-written call and a retried task never duplicates rows."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from voc import faults
from voc.stages import STAGE_TABLES
from voc.warehouse import now, transaction
from voc.warehouse.rows import (load_entities, load_pii_spans, load_utterances, record_rows,  # noqa: F401
                                utterance_rows)

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
                # every table the stages own, and any other table written (the speakers stage re-splits utterances)
                tables = {t for stage in w.stages for t in STAGE_TABLES[stage]} | set(w.rows)
                for table in sorted(tables):
                    con.execute(f"DELETE FROM {table} WHERE call_id = ?", [w.call_id])
            for table, trows in w.rows.items():
                by_table.setdefault(table, []).extend(trows)
        for table, trows in by_table.items():
            insert_rows(con, table, trows)
        ledger = [{"call_id": w.call_id, "stage": stage, "status": "done", "settings_hash": h, "run_id": run_id,
                   "started_at": started_at or ts, "finished_at": ts, "attempts": 1, "error": None}
                  for w in batch for stage, h in w.stages.items()]
        # only the stages just written: a call re-analysed keeps its transcribe/speakers ledger rows
        con.execute("DELETE FROM call_stages WHERE list_contains(?, call_id || '|' || stage)",
                    [[f"{w.call_id}|{stage}" for w in batch for stage in w.stages]])
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
