"""The DuckDB warehouse: one ordered bootstrap (connect, migrate, check version) and transactional writes.

Migrations are the numbered ``migrations/NNN_name.sql`` files, applied in order on open and recorded in
``schema_version``. A file written by a newer voc is refused and never modified.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

from voc.errors import WarehouseError

_MIGRATION_RE = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")


def list_migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every shipped migration, in order."""
    out = []
    for entry in resources.files("voc.warehouse.migrations").iterdir():
        m = _MIGRATION_RE.match(entry.name)
        if m:
            out.append((int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(out)


def schema_version_supported() -> int:
    return list_migrations()[-1][0]


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def connect(path: str | Path, read_only: bool = False):
    """Open (creating and migrating when writable) the warehouse at ``path``. ':memory:' is allowed."""
    import duckdb

    p = str(path)
    if p != ":memory:":
        fp = Path(p)
        if read_only and not fp.exists():
            raise WarehouseError(f"warehouse {fp} does not exist. Fix: run `voc run --demo` or `voc ingest PATH` "
                                 "first, or point --warehouse / VOC_WAREHOUSE at an existing file.")
        if not read_only:
            fp.parent.mkdir(parents=True, exist_ok=True)
    try:
        con = duckdb.connect(p, read_only=read_only)
    except duckdb.IOException as e:
        msg = str(e)
        if "lock" in msg.lower():
            raise WarehouseError(f"warehouse {p} is open for writing by another process ({msg.splitlines()[0]}). "
                                 "Fix: wait for the running `voc run` to finish, or read a copy of the file.") from e
        raise WarehouseError(f"cannot open warehouse {p}: {msg}. Fix: check the path and its permissions.") from e
    except duckdb.Error as e:
        raise WarehouseError(f"cannot open warehouse {p}: {e}. Fix: point --warehouse at a voc DuckDB file.") from e
    try:
        _check_and_migrate(con, p, read_only)
    except BaseException:
        con.close()
        raise
    return con


def _current_version(con) -> int | None:
    row = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'").fetchone()
    if not row or row[0] == 0:
        return None
    v = con.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(v[0]) if v and v[0] is not None else 0


def _check_and_migrate(con, path: str, read_only: bool) -> None:
    version = _current_version(con)
    latest = schema_version_supported()
    if version is None:
        n_tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]
        if n_tables:
            raise WarehouseError(f"{path} is a DuckDB file but not a voc warehouse (no schema_version table). "
                                 "Fix: point --warehouse at a new or existing voc warehouse file.")
        if read_only:
            raise WarehouseError(f"{path} is empty. Fix: run `voc ingest` or `voc run` first.")
        version = 0
    if version > latest:
        raise WarehouseError(
            f"warehouse {path} has schema version {version}, but this voc supports up to {latest}. "
            "The file was left untouched. Fix: upgrade voc (pip install -U voc), or use a warehouse made by this version.")
    if version == latest:
        return
    if read_only:
        raise WarehouseError(f"warehouse {path} has schema version {version} < {latest} and is opened read-only. "
                             "Fix: run any writing command (e.g. `voc status`) once to migrate it.")
    for v, name, sql in list_migrations():
        if v <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            if v == 1:
                con.execute("CREATE TABLE IF NOT EXISTS schema_version "
                            "(version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, ?)", [v, name, now()])
            con.execute("COMMIT")
        except Exception as e:
            con.execute("ROLLBACK")
            raise WarehouseError(f"migration {name} failed on {path}: {e}. The file is unchanged.") from e


@contextlib.contextmanager
def transaction(con) -> Iterator[Any]:
    """BEGIN ... COMMIT, rolled back on any error: a crash never leaves a half-written call."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
    except BaseException:
        con.execute("ROLLBACK")
        raise
    else:
        con.execute("COMMIT")
