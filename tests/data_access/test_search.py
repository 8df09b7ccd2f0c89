"""voc search: BM25 full-text with highlighted snippets, filters, a side index that never touches the warehouse,
an explicit (never silent) substring fallback, and MiniLM semantic search that ranks paraphrases first."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import voc
from voc.cli import app
from voc.errors import WarehouseError
from voc.search import SearchError, fts_extension_path, highlight, search

runner = CliRunner()
CANCELLATIONS = {"c02", "c05", "c09"}


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def test_fts_extension_comes_from_the_pinned_wheel():
    p = fts_extension_path()
    assert p.name == "fts.duckdb_extension" and f"v{duckdb.__version__}" in p.parts


def test_stemmed_match_ranked_and_highlighted(sample_wh):
    res = search(sample_wh, "charging fees")
    assert res.method == "fts" and res.notice is None
    top = res.hits[0]
    assert top.call_id in {"c00", "c06"}  # both say "charged ... fee"
    assert {"c00", "c06"} <= {h.call_id for h in res.hits}
    assert "**charged**" in top.snippet() and "**fee**" in top.snippet()
    assert top.timestamp == "0:11" and top.role == "customer" and top.started_at is not None
    assert "[bold yellow]charged[/]" in top.rich_snippet()
    assert [h.score for h in res.hits] == sorted((h.score for h in res.hits), reverse=True)


def test_index_is_a_side_file_and_the_warehouse_is_untouched(fresh_wh):
    before = _sha(fresh_wh)
    first = search(fresh_wh, "router")
    assert first.rebuilt and first.index_path == fresh_wh.with_name("voc.search.duckdb")
    assert first.index_path.is_file()
    assert [h.call_id for h in first.hits] == ["c01"]
    assert not search(fresh_wh, "router").rebuilt           # fingerprint unchanged: index reused
    assert _sha(fresh_wh) == before
    # a later run changes an utterance: the index notices and rebuilds
    con = duckdb.connect(str(fresh_wh))
    con.execute("UPDATE utterances SET text = 'The modem is blinking orange.' WHERE call_id = 'c01' AND idx = 1")
    con.close()
    again = search(fresh_wh, "modem blinking")
    assert again.rebuilt and [h.call_id for h in again.hits] == ["c01"]
    assert search(fresh_wh, "router").hits == []


def test_filters_role_dates_intent_campaign(sample_wh):
    ids = lambda **kw: sorted({h.call_id for h in search(sample_wh, "bill discount fee spring", **kw).hits})  # noqa: E731
    assert ids(campaign="SPRING24") == ["c11", "c12", "c13", "c14"]
    assert ids(intent="billing_dispute") == ["c00", "c12", "c14"]
    assert ids(since="2024-04-16", until="2024-04-19") == ["c12", "c13"]  # until is inclusive
    agent_only = search(sample_wh, "account", role="agent").hits
    assert agent_only and {h.role for h in agent_only} == {"agent"}
    assert {h.role for h in search(sample_wh, "account", role="customer").hits} == {"customer"}
    assert len(search(sample_wh, "account", limit=2).hits) == 2


def test_all_terms(sample_wh):
    any_term = {h.call_id for h in search(sample_wh, "internet dropping evening").hits}
    every = {h.call_id for h in search(sample_wh, "internet dropping evening", all_terms=True).hits}
    assert every == {"c03"} and {"c03", "c10"} <= any_term


@pytest.mark.parametrize("kw, message", [
    ({"role": "boss"}, "Valid roles: agent, customer, unknown"),
    ({"since": "last week"}, "YYYY-MM-DD"),
    ({"since": "2024-05-01", "until": "2024-04-01"}, "before --since"),
    ({"intent": "nope"}, "Known intents: billing_dispute, billing_question, cancel_service"),
    ({"campaign": "SUMMER"}, "Known campaigns: FIBERFREE, SPRING24"),
    ({"limit": 0}, "at least 1"),
])
def test_bad_filters_name_the_valid_values(sample_wh, kw, message):
    with pytest.raises(SearchError, match=message):
        search(sample_wh, "bill", **kw)


def test_empty_query(sample_wh):
    with pytest.raises(SearchError, match="empty"):
        search(sample_wh, "   ")


def test_fallback_is_explicit(sample_wh, tmp_path):
    res = search(sample_wh, "charged fee", fts_extension=tmp_path / "missing.duckdb_extension",
                 index_path=tmp_path / "idx.duckdb")
    assert res.method == "ilike"
    assert "full-text search is unavailable" in res.notice and "pip install duckdb-extension-fts==" in res.notice
    assert {h.call_id for h in res.hits} >= {"c00", "c06"}
    assert "**fee**" in res.hits[0].snippet()


def test_locked_warehouse(writer):
    with pytest.raises(WarehouseError, match="open for writing"):
        search(writer, "bill")


def test_cli_json_and_csv(sample_wh):
    r = runner.invoke(app, ["search", "discount", "--role", "customer", "-f", "json", "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["method"] == "fts"
    hit = next(h for h in out["hits"] if h["call_id"] == "c12")
    assert hit["snippet"] == "I used the promo code SPRING24 but the **discount** was not applied to my bill."
    assert hit["timestamp"] == "0:11" and hit["started_at"] == "2024-04-16T10:00:00"
    r = runner.invoke(app, ["search", "discount", "-f", "csv", "--campaign", "SPRING24", "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "call_id,utt_idx,started_at,timestamp,role,score,snippet" and len(lines) == 3


def test_cli_terminal_output_and_errors(sample_wh):
    r = runner.invoke(app, ["search", "router", "-w", str(sample_wh)])
    assert r.exit_code == 0, r.output
    assert "c01" in r.stdout and "@0:11" in r.stdout and "2024-03-14 10:00" in r.stdout
    r = runner.invoke(app, ["search", "zebra", "-w", str(sample_wh)])
    assert r.exit_code == 0 and "no matches" in r.stdout
    r = runner.invoke(app, ["search", "bill", "--campaign", "SUMMER", "-w", str(sample_wh)])
    assert r.exit_code == 2 and "Known campaigns" in r.stderr


def test_highlight_cuts_long_text_around_the_first_match():
    text = " ".join(f"w{i}" for i in range(100)).replace("w60", "refunds")
    spans = highlight(text, {"refund"}, {"refunds": "refund"}, words=20)
    joined = "".join(t for t, _ in spans)
    assert joined.startswith("… ") and joined.endswith(" …")
    assert [t for t, hit in spans if hit] == ["refunds"]
    assert len(joined.split()) <= 23
    # short text is kept whole; accents fold like the index does
    assert highlight("Café crème", {"cafe"}, {}) == (("Café", True), (" crème", False))


@pytest.mark.slow
def test_semantic_ranks_a_paraphrase_first(fresh_wh):
    query = "leave your company"             # shares no content word with any cancellation
    assert not ({h.call_id for h in search(fresh_wh, query, role="customer").hits} & CANCELLATIONS)
    res = search(fresh_wh, query, semantic=True, role="customer", limit=3)
    assert res.method == "semantic" and res.embedded == 66
    assert res.hits[0].call_id in {"c02", "c09"}
    assert {h.call_id for h in res.hits} == CANCELLATIONS
    assert -1.0 <= res.hits[-1].score <= res.hits[0].score <= 1.0
    # vectors are cached in the side file; a changed utterance is the only one embedded again
    assert search(fresh_wh, "close my account", semantic=True).embedded == 0
    con = duckdb.connect(str(fresh_wh))
    con.execute("UPDATE utterances SET text = 'I am moving to another carrier next week.' WHERE call_id = 'c15' AND idx = 1")
    con.close()
    res = search(fresh_wh, query, semantic=True, role="customer", limit=4)
    assert res.embedded == 1 and "c15" in {h.call_id for h in res.hits}


def test_warehouse_search_method_uses_the_side_index(sample_wh):
    with voc.open(sample_wh) as wh:
        res = wh.search("router")
    assert [h.call_id for h in res.hits] == ["c01"]
    assert res.index_path == sample_wh.with_name("voc.search.duckdb")
