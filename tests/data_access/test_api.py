"""voc.open(): every table and view as a polars DataFrame, .sql(), snapshots, closed and locked warehouses."""

from __future__ import annotations

import polars as pl
import pytest

import voc
from voc.api import TABLES, default_index_path, open_warehouse, resolve_path
from voc.errors import WarehouseError
from voc.settings import Settings

from warehouse_fixture import CALLS, call_id

# exposed name → (expected rows in the fixture, columns that must be present)
EXPECTED = {
    "calls": (16, {"call_id", "started_at", "queue", "campaign_code", "meta"}),
    "utterances": (66, {"call_id", "idx", "role", "speaker", "start_s", "end_s", "text"}),
    "words": (670, {"call_id", "utt_idx", "idx", "word", "prob"}),
    "speakers": (32, {"call_id", "speaker", "role", "role_confidence"}),
    "turns": (66, {"call_id", "idx", "speaker", "start_s", "end_s"}),
    "metrics": (48, {"call_id", "role", "talk_ratio", "overtalk_s", "interruptions"}),
    "intents": (31, {"call_id", "intent_id", "confidence", "rank"}),
    "complaints": (8, {"call_id", "utt_idx", "severity", "reasons", "text", "theme_id"}),
    "themes": (4, {"theme_id", "label", "keywords", "quotes", "size"}),
    "topics": (3, {"topic_id", "label", "keywords", "size"}),
    "call_topics": (16, {"call_id", "utt_idx", "topic_id"}),
    "campaigns": (2, {"campaign_id", "name", "start_date", "end_date", "keywords", "promo_codes"}),
    "campaign_links": (6, {"call_id", "campaign_id", "evidence", "strength"}),
    "signals": (1, {"call_id", "utt_idx", "kind", "product", "text", "confidence", "agent_offered"}),
    "call_briefs": (16, {"call_id", "reason", "actions", "outcome", "next_steps", "evidence"}),
    "drivers": (0, {"driver_id", "label", "keywords", "examples", "size"}),
    "transcripts": (16, {"call_id", "language", "language_prob", "language_detected", "model"}),
    "analysis_skips": (1, {"call_id", "step", "language", "reason"}),
    "entities": (1, {"call_id", "utt_idx", "label", "text", "norm"}),
    "sentiment": (66, {"call_id", "utt_idx", "score", "label", "markers"}),
    "call_sentiment": (16, {"call_id", "customer_mean", "customer_shift"}),
    "pii_spans": (1, {"call_id", "utt_idx", "pii_type", "replacement"}),
    "runs": (1, {"run_id", "status", "counts"}),
    "call_facts": (16, {"call_id", "started_at", "primary_intent", "complaints", "customer_sentiment", "campaigns"}),
    "customer_utterances": (18, {"call_id", "idx", "text", "started_at", "queue"}),
}


def test_every_table_is_a_property_returning_polars(sample_wh):
    assert set(EXPECTED) == set(TABLES)
    with voc.open(sample_wh) as wh:
        assert wh.tables() == list(TABLES)
        for name, (rows, cols) in EXPECTED.items():
            df = getattr(wh, name)
            assert isinstance(df, pl.DataFrame), name
            assert df.height == rows, (name, df.height)
            assert cols <= set(df.columns), (name, cols - set(df.columns))


def test_typed_columns_and_view_contents(sample_wh):
    with voc.open(sample_wh) as wh:
        calls = wh.calls
        assert calls.schema["started_at"] == pl.Datetime("us")
        assert wh.complaints.schema["reasons"] == pl.List(pl.String)
        facts = wh.call_facts.sort("call_id")
        first = facts.row(0, named=True)
        assert first["call_id"] == call_id(0)
        assert first["primary_intent"] == CALLS[0][1]
        assert first["complaints"] == 1 and first["max_complaint_severity"] == 2
        spring = facts.filter(pl.col("campaigns") == "SPRING24")["call_id"].to_list()
        assert spring == ["c11", "c12", "c13", "c14"]
        assert set(wh.customer_utterances["role"].unique()) == {"customer"}
        # the warehouse name of a table works too
        assert wh.table("call_metrics").height == wh.metrics.height


def test_sql_with_params_returns_polars(sample_wh):
    with voc.open(sample_wh) as wh:
        df = wh.sql("SELECT queue, count(*) AS n FROM calls WHERE started_at >= ? GROUP BY 1 ORDER BY 1",
                    ["2024-04-01"])
        assert isinstance(df, pl.DataFrame)
        assert dict(zip(df["queue"], df["n"])) == {"billing": 3, "sales": 3, "support": 2, "retention": 1}


def test_sql_errors_name_the_problem(sample_wh):
    with voc.open(sample_wh) as wh:
        with pytest.raises(WarehouseError, match="nope") as e:
            wh.sql("SELECT * FROM nope")
        assert "valid tables" in str(e.value)
        with pytest.raises(WarehouseError, match="read-only"):
            wh.sql("DELETE FROM calls")
        with pytest.raises(WarehouseError, match="Valid names: calls, utterances"):
            wh.table("callz")
    with pytest.raises(WarehouseError, match="closed"):
        wh.calls


def test_open_accepts_settings_and_env(sample_wh, tmp_path, monkeypatch):
    s = Settings(warehouse=str(sample_wh))
    with voc.open(s) as wh:
        assert wh.calls.height == 16
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("VOC_WAREHOUSE", str(sample_wh))
    assert resolve_path(None) == sample_wh
    with voc.open() as wh:
        assert wh.path == sample_wh
    with pytest.raises(WarehouseError, match="not 42|takes a warehouse path"):
        voc.open(42)


def test_missing_warehouse_is_a_clear_error(tmp_path):
    with pytest.raises(WarehouseError, match="does not exist"):
        voc.open(tmp_path / "none.duckdb")
    with pytest.raises(WarehouseError, match="does not exist"):
        open_warehouse(tmp_path / "none.duckdb", snapshot=True)


def test_default_index_path():
    assert default_index_path("/data/voc.duckdb").as_posix() == "/data/voc.search.duckdb"


def test_locked_warehouse_errors_and_snapshot_reads(writer):
    with pytest.raises(WarehouseError, match="open for writing by another process"):
        voc.open(writer)
    wh = open_warehouse(writer, snapshot=True)
    copy_dir = wh.path.parent
    assert wh.source_path == writer and wh.path != writer
    assert wh.calls.height == 16
    # the copy holds what the writer had committed (its WAL is copied too)
    assert wh.sql("SELECT queue FROM calls WHERE call_id = 'c00'").item() == "written"
    wh.close()
    assert not copy_dir.exists()


def test_snapshot_cannot_write(sample_wh):
    with pytest.raises(WarehouseError, match="cannot write"):
        open_warehouse(sample_wh, read_only=False, snapshot=True)
