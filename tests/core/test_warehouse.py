import duckdb
import pytest

from voc.errors import WarehouseError
from voc.warehouse import connect, schema_version_supported


def test_migrations_applied_and_recorded(warehouse_path):
    con = connect(warehouse_path)
    v = con.execute("SELECT max(version) FROM schema_version").fetchone()[0]
    assert v == schema_version_supported() >= 2
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    for t in ("calls", "call_paths", "call_stages", "runs", "utterances", "words", "speakers", "turns",
              "call_metrics", "pii_spans", "entities", "sentiment", "intents", "complaints", "themes", "topics",
              "campaigns", "campaign_links", "call_facts", "customer_utterances"):
        assert t in tables
    con.close()
    con = connect(warehouse_path)  # reopening applies nothing twice
    assert con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == schema_version_supported()
    con.close()


def test_newer_file_refused_and_untouched(warehouse_path):
    connect(warehouse_path).close()
    raw = duckdb.connect(str(warehouse_path))
    raw.execute("INSERT INTO schema_version VALUES (999, '999_future.sql', now())")
    raw.close()
    before = warehouse_path.read_bytes()
    with pytest.raises(WarehouseError, match="schema version 999.*supports up to .*untouched"):
        connect(warehouse_path)
    assert warehouse_path.read_bytes() == before


def test_foreign_duckdb_file_refused(tmp_path):
    p = tmp_path / "other.duckdb"
    raw = duckdb.connect(str(p))
    raw.execute("CREATE TABLE t (x INT)")
    raw.close()
    with pytest.raises(WarehouseError, match="not a voc warehouse"):
        connect(p)


def test_read_only_missing_file_explains(tmp_path):
    with pytest.raises(WarehouseError, match="does not exist.*voc run --demo"):
        connect(tmp_path / "nope.duckdb", read_only=True)


def test_transaction_rolls_back(con):
    from voc.warehouse import transaction

    with pytest.raises(RuntimeError):
        with transaction(con):
            con.execute("INSERT INTO campaigns (campaign_id, name) VALUES ('X', 'x')")
            raise RuntimeError("boom")
    assert con.execute("SELECT count(*) FROM campaigns").fetchone()[0] == 0
