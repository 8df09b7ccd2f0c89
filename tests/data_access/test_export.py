"""voc export: every table to Parquet/CSV, per-call tables partitioned by call date, row counts preserved."""

from __future__ import annotations

import json

import duckdb
import polars as pl
import pytest
from typer.testing import CliRunner

from voc.api import TABLES
from voc.cli import app
from voc.export import ExportError, export_tables

runner = CliRunner()


def _count(con, folder, fmt):
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    return con.execute(f"SELECT count(*) FROM {reader}('{folder}/**/*.{fmt}', hive_partitioning = true)").fetchone()[0]


def test_export_all_parquet_partitioned_and_counts_match(sample_wh, tmp_path):
    out = tmp_path / "exp"
    r = runner.invoke(app, ["export", "--out", str(out), "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    manifest = json.loads((out / "export.json").read_text())
    assert set(manifest["tables"]) == set(TABLES.values())
    wh = duckdb.connect(str(sample_wh), read_only=True)
    con = duckdb.connect()
    for name, info in manifest["tables"].items():
        expected = wh.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        assert info["rows"] == expected, name
        assert _count(con, out / name, "parquet") == expected, name
        if name in ("themes", "topics", "campaigns", "runs", "drivers"):
            assert info["partitioned_by"] is None and info["files"] == [f"{name}/data_0.parquet"]
        else:
            assert info["partitioned_by"] == "date"
            assert all("/date=2024-" in f for f in info["files"]), name
    # 16 calls on 16 different days → 16 partitions; c00 is on 2024-03-11
    assert len(list((out / "calls").glob("date=*"))) == 16
    c00 = pl.read_parquet(out / "calls" / "date=2024-03-11" / "*.parquet")
    assert c00["call_id"].to_list() == ["c00"]
    # the date comes back as a column when read with hive partitioning, and lists survive
    utt = pl.read_parquet(out / "complaints" / "**" / "*.parquet", hive_partitioning=True)
    assert "date" in utt.columns and utt.schema["reasons"] == pl.List(pl.String)
    wh.close()


def test_export_selected_tables_csv(sample_wh, tmp_path):
    out = tmp_path / "csv"
    res = export_tables(sample_wh, out, "csv", ["metrics", "themes", "call_metrics"])
    assert [r.table for r in res] == ["call_metrics", "themes"]  # exposed and warehouse names, deduplicated
    assert sorted(p.name for p in out.iterdir()) == ["call_metrics", "export.json", "themes"]
    con = duckdb.connect()
    assert _count(con, out / "call_metrics", "csv") == 48
    assert (out / "themes" / "data_0.csv").read_text().splitlines()[0].startswith("theme_id,label,keywords")


def test_reexport_replaces_previous_files(sample_wh, tmp_path):
    out = tmp_path / "exp"
    export_tables(sample_wh, out, "parquet", ["calls"])
    (out / "calls" / "date=1999-01-01").mkdir()
    (out / "calls" / "date=1999-01-01" / "data_0.parquet").write_bytes(b"stale")
    export_tables(sample_wh, out, "parquet", ["calls"])
    assert not (out / "calls" / "date=1999-01-01").exists()
    assert _count(duckdb.connect(), out / "calls", "parquet") == 16


def test_foreign_folder_is_not_replaced(sample_wh, tmp_path):
    out = tmp_path / "exp"
    (out / "calls").mkdir(parents=True)
    (out / "calls" / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="notes.txt, which voc export did not write"):
        export_tables(sample_wh, out, "parquet", ["calls"])
    assert (out / "calls" / "notes.txt").read_text() == "mine"


def test_empty_table_keeps_its_columns(fresh_wh, tmp_path):
    con = duckdb.connect(str(fresh_wh))
    con.execute("DELETE FROM entities")
    con.close()
    res = export_tables(fresh_wh, tmp_path / "e", "parquet", ["entities"])
    assert res[0].rows == 0 and res[0].files == ["entities/data_0.parquet"]
    df = pl.read_parquet(tmp_path / "e" / "entities" / "data_0.parquet")
    assert df.height == 0 and {"call_id", "label", "text"} <= set(df.columns)


def test_unknown_table_lists_valid_names(sample_wh, tmp_path):
    r = runner.invoke(app, ["export", "--out", str(tmp_path / "x"), "--table", "callz", "-w", str(sample_wh)])
    assert r.exit_code == 2
    assert "unknown table 'callz'" in r.stderr and "calls, utterances, words" in r.stderr
    assert not (tmp_path / "x" / "export.json").exists()


def test_bad_format_is_refused(sample_wh, tmp_path):
    r = runner.invoke(app, ["export", "--out", str(tmp_path / "x"), "--format", "xlsx", "-w", str(sample_wh)])
    assert r.exit_code == 2 and "xlsx" in r.output
    with pytest.raises(ExportError, match="Valid formats: parquet, csv"):
        export_tables(sample_wh, tmp_path / "x", "xlsx")  # type: ignore[arg-type]
