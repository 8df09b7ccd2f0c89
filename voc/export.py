"""``voc export``: write warehouse tables to Parquet or CSV files for other tools.

Layout (one folder per table, named as in the warehouse, so every table reads the same way)::

    OUT/calls/date=2024-05-06/data_0.parquet      per-call tables: partitioned by the call's date
    OUT/utterances/date=2024-05-06/data_0.parquet
    OUT/themes/data_0.parquet                     corpus tables (themes, topics, campaigns, runs): one file
    OUT/export.json                               what was written: rows and files per table

Every per-call table (and ``calls``, ``call_facts``, ``customer_utterances``) is ALWAYS partitioned by
``date`` = the call's ``started_at`` date, whatever its size, so a day's calls land in one folder in every
table and a reader can prune by date. Calls without a date go to ``date=__HIVE_DEFAULT_PARTITION__`` (read back
as NULL). An empty table is written as one file that holds only the columns. Read back with e.g.
``pl.read_parquet("OUT/utterances/**/*.parquet", hive_partitioning=True)``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from voc.api import TABLES, resolve_table
from voc.errors import VocError, WarehouseError

ExportFormat = Literal["parquet", "csv"]
# Warehouse tables that are not per call: written as one file, never partitioned.
UNPARTITIONED = frozenset({"themes", "topics", "campaigns", "runs", "drivers"})
PARTITION_COLUMN = "date"


class ExportError(VocError):
    """An export cannot be written (unknown table, bad format, an output folder that is not an export)."""


@dataclass(slots=True)
class TableExport:
    """What was written for one table."""

    table: str
    rows: int
    path: str                                  # the table's folder
    partitioned_by: str | None                 # "date" or None
    files: list[str] = field(default_factory=list)  # relative to the export folder


def export_tables(warehouse: str | Path, out: str | Path, fmt: ExportFormat = "parquet",
                  tables: list[str] | None = None) -> list[TableExport]:
    """Export ``tables`` (exposed or warehouse names; None = all) from ``warehouse`` into ``out``.

    Each table's folder is replaced; a folder under ``out`` with the same name that is not a voc export is left
    alone and reported as an error. Writes ``out/export.json`` describing the result.
    """
    from voc.warehouse import connect

    if fmt not in ("parquet", "csv"):
        raise ExportError(f"unknown export format '{fmt}'. Valid formats: parquet, csv.")
    try:
        names = _dedupe([resolve_table(t) for t in tables]) if tables else _dedupe(list(TABLES.values()))
    except WarehouseError as e:
        raise ExportError(str(e)) from None
    out = Path(out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"cannot create export folder {out}: {e}. Fix: pass a writable --out folder.") from e
    for name in names:
        _check_replaceable(out / name, fmt)
    con = connect(warehouse, read_only=True)
    try:
        results = [_export_one(con, name, out, fmt) for name in names]
    finally:
        con.close()
    (out / "export.json").write_text(json.dumps(
        {"warehouse": str(Path(warehouse).resolve()), "format": fmt,
         "tables": {r.table: asdict(r) for r in results}}, indent=2), encoding="utf-8")
    return results


def _dedupe(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))


def _check_replaceable(folder: Path, fmt: str) -> None:
    """An existing table folder may be replaced only if it holds nothing but export data files."""
    if not folder.exists():
        return
    if not folder.is_dir():
        raise ExportError(f"{folder} exists and is not a folder. Fix: choose another --out, or move it away.")
    for p in folder.rglob("*"):
        if p.is_file() and not (p.suffix in (".parquet", ".csv") and p.name.startswith("data_")):
            raise ExportError(f"{folder} holds {p.name}, which voc export did not write; refusing to replace it. "
                              "Fix: choose another --out, or remove the folder.")


def _source_sql(con, name: str) -> tuple[str, str | None]:
    """SELECT for a table and its partition column (None = one file)."""
    if name in UNPARTITIONED:
        return f'SELECT * FROM "{name}"', None
    if name == "calls":
        return f"SELECT *, CAST(started_at AS DATE) AS {PARTITION_COLUMN} FROM calls", PARTITION_COLUMN
    return (f'SELECT t.*, CAST(c.started_at AS DATE) AS {PARTITION_COLUMN} FROM "{name}" t '
            f"LEFT JOIN calls c ON c.call_id = t.call_id", PARTITION_COLUMN)


def _export_one(con, name: str, out: Path, fmt: str) -> TableExport:
    import duckdb

    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sql, part = _source_sql(con, name)
    rows = con.execute(f"SELECT count(*) FROM ({sql})").fetchone()[0]
    opts = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
    target = folder.as_posix().replace("'", "''")
    try:
        if part and rows:
            con.execute(f"COPY ({sql}) TO '{target}' ({opts}, PARTITION_BY ({part}), OVERWRITE true)")
        else:  # one file; an empty per-call table keeps its columns (and the date column) this way
            con.execute(f"COPY ({sql}) TO '{target}/data_0.{fmt}' ({opts})")
    except duckdb.Error as e:
        raise ExportError(f"exporting table {name} to {folder} failed: {str(e).splitlines()[0]}. "
                          "Fix: check free disk space and that the folder is writable.") from e
    files = sorted(p.relative_to(out).as_posix() for p in folder.rglob(f"*.{fmt}"))
    return TableExport(table=name, rows=int(rows), path=str(folder), partitioned_by=part if rows else None, files=files)
