"""``voc query``: run read-only SQL against the warehouse and format the result (table, CSV or JSON).

Two layers keep it read-only: each statement's type is checked before anything runs (only SELECT-like
statements and EXPLAIN pass, so ``COPY ... TO``, ``ATTACH``, ``SET`` and writes are refused), and the
connection itself is opened read-only.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from voc.errors import VocError

Format = Literal["table", "csv", "json"]
FORMATS: tuple[str, ...] = ("table", "csv", "json")


class QueryError(VocError):
    """A `voc query` statement was refused (it would write) or failed (bad SQL, unknown table)."""


@dataclass(frozen=True, slots=True)
class QueryResult:
    """Column names and rows (Python values) of the last statement."""

    columns: list[str]
    rows: list[tuple[Any, ...]]


def check_read_only(con: Any, sql: str) -> None:
    """Raise :class:`QueryError` unless every statement in ``sql`` only reads."""
    import duckdb

    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as e:
        raise QueryError(f"SQL does not parse: {_first_line(e)}. Fix the statement; `voc query \"SHOW TABLES\"` "
                         "lists the tables.") from e
    if not statements:
        raise QueryError("no SQL statement given. Example: voc query \"SELECT * FROM call_facts LIMIT 5\"")
    for st in statements:
        if st.type not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
            kind = st.type.name
            raise QueryError(f"voc query is read-only: refused {kind} statement `{st.query.strip()[:80]}`. "
                             "Use the Python API or the voc commands to change data (and `voc export` to write files).")


def run_query(warehouse: str | Path, sql: str, params: list[Any] | None = None) -> QueryResult:
    """Run ``sql`` (one or more read statements; the last one's rows are returned) on a read-only connection."""
    import duckdb

    from voc.warehouse import connect

    con = connect(warehouse, read_only=True)
    try:
        check_read_only(con, sql)
        try:
            cur = con.execute(sql, params) if params else con.execute(sql)
            columns = [d[0] for d in cur.description or []]
            rows = cur.fetchall() if cur.description else []
        except duckdb.Error as e:
            msg = _first_line(e)
            if "read-only" in msg:
                raise QueryError(f"voc query is read-only: {msg}. Use the Python API or the voc commands "
                                 "to change data.") from e
            raise QueryError(f"query failed on {warehouse}: {msg}. Fix the SQL; `voc query \"SHOW TABLES\"` lists "
                             "tables and `voc query \"DESCRIBE calls\"` a table's columns.") from e
        return QueryResult(columns=columns, rows=rows)
    finally:
        con.close()


# -- formatting ----------------------------------------------------------------------------------------------

def jsonable(v: Any) -> Any:
    """A value JSON can hold: timestamps as ISO 8601, decimals as floats, bytes as hex, nested lists/dicts kept."""
    if isinstance(v, (datetime, date, time)):
        return v.isoformat()
    if isinstance(v, timedelta):
        return v.total_seconds()
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, (bytes, bytearray)):
        return v.hex()
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v]
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items()}
    return v


def to_json(result: QueryResult) -> str:
    """A JSON array of objects, one per row."""
    return json.dumps([{c: jsonable(v) for c, v in zip(result.columns, row)} for row in result.rows],
                      ensure_ascii=False, indent=2)


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple, dict)):
        return json.dumps(jsonable(v), ensure_ascii=False)
    return str(jsonable(v))


def to_csv(result: QueryResult) -> str:
    """RFC 4180 CSV with a header row; NULL is empty, lists and structs are JSON."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(result.columns)
    for row in result.rows:
        w.writerow([_cell(v) for v in row])
    return buf.getvalue()


def to_rich_table(result: QueryResult, max_width: int = 60) -> Any:
    """A rich Table for the terminal; long cells are cut to ``max_width`` characters."""
    from rich.table import Table
    from rich.text import Text

    t = Table(show_lines=False, header_style="bold")
    for c in result.columns:
        t.add_column(c, overflow="fold")
    for row in result.rows:
        cells = []
        for v in row:
            s = "NULL" if v is None else _cell(v)
            cells.append(Text(s if len(s) <= max_width else s[: max_width - 1] + "…"))  # data is never markup
        t.add_row(*cells)
    t.caption = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    return t


def _first_line(e: BaseException) -> str:
    """The first line of a DuckDB message, without its trailing '!' or '.' (our message adds its own)."""
    text = str(e).strip()
    return text.splitlines()[0].rstrip("!. ") if text else type(e).__name__
