"""voc query: read-only SQL in three formats; writes and bad SQL are refused with a message that says why."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from voc.cli import app
from voc.query import QueryError, run_query, to_csv, to_json

runner = CliRunner()
SQL = "SELECT call_id, started_at, queue FROM calls WHERE queue = 'retention' ORDER BY call_id"


def test_run_query_returns_columns_and_rows(sample_wh):
    res = run_query(sample_wh, SQL)
    assert res.columns == ["call_id", "started_at", "queue"]
    assert [r[0] for r in res.rows] == ["c02", "c05", "c09"]


def test_query_json(sample_wh):
    r = runner.invoke(app, ["query", SQL, "--format", "json", "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)
    assert rows[0] == {"call_id": "c02", "started_at": "2024-03-17T10:00:00", "queue": "retention"}
    assert len(rows) == 3


def test_query_csv_keeps_lists_as_json(sample_wh):
    r = runner.invoke(app, ["query", "SELECT theme_id, label, keywords FROM themes ORDER BY theme_id",
                            "-f", "csv", "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    rows = list(csv.reader(io.StringIO(r.stdout)))
    assert rows[0] == ["theme_id", "label", "keywords"]
    assert rows[1] == ["1", "Unexpected fees", '["fee", "charged", "bill"]']
    assert len(rows) == 5


def test_query_table_is_the_default(sample_wh):
    r = runner.invoke(app, ["query", "SELECT count(*) AS calls FROM call_facts", "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    assert "calls" in r.stdout and "16" in r.stdout and "1 row" in r.stdout


def test_rich_markup_in_data_is_printed_literally(sample_wh):
    r = runner.invoke(app, ["query", "SELECT '[bold]x[/bold]' AS v", "-w", str(sample_wh)])
    assert "[bold]x[/bold]" in r.stdout


@pytest.mark.parametrize("sql", [
    "DELETE FROM calls",
    "INSERT INTO runs (run_id, started_at, status) VALUES ('x', now(), 'done')",
    "SELECT 1; DROP TABLE calls",
    "COPY calls TO '/tmp/voc-leak.csv'",
    "ATTACH '/tmp/other.duckdb' AS other",
    "CREATE TABLE t AS SELECT 1",
])
def test_writes_are_refused(sample_wh, sql):
    r = runner.invoke(app, ["query", sql, "-w", str(sample_wh)])
    assert r.exit_code == 2
    assert "voc query is read-only" in r.stderr
    assert "Use the Python API or the voc commands to change data" in r.stderr
    assert run_query(sample_wh, "SELECT count(*) FROM calls").rows == [(16,)]


def test_bad_sql_names_the_problem(sample_wh):
    r = runner.invoke(app, ["query", "SELECT * FROM nope", "-w", str(sample_wh)])
    assert r.exit_code == 2
    assert "nope does not exist" in r.stderr and "SHOW TABLES" in r.stderr
    r = runner.invoke(app, ["query", "SELEC 1", "-w", str(sample_wh)])
    assert r.exit_code == 2 and "does not parse" in r.stderr
    with pytest.raises(QueryError, match="no SQL statement"):
        run_query(sample_wh, "  ")


def test_bad_format_and_missing_warehouse(sample_wh, tmp_path):
    r = runner.invoke(app, ["query", "SELECT 1", "-f", "xml", "-w", str(sample_wh)])
    assert r.exit_code == 2 and "xml" in r.output
    r = runner.invoke(app, ["query", "SELECT 1", "-w", str(tmp_path / "missing.duckdb")])
    assert r.exit_code == 2 and "does not exist" in r.stderr


def test_formatters_handle_nulls_and_nested_values():
    from voc.query import QueryResult

    res = QueryResult(columns=["a", "b"], rows=[(None, [1, 2]), ("x,y", {"k": None})])
    assert to_csv(res) == 'a,b\n,"[1, 2]"\n"x,y","{""k"": null}"\n'
    assert json.loads(to_json(res)) == [{"a": None, "b": [1, 2]}, {"a": "x,y", "b": {"k": None}}]
