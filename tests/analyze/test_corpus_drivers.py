"""Discovered drivers, incremental nightly corpus work and readable labels, on fake embeddings (fast)."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from voc.settings import Settings

TOPICS = {
    "refund": ["I want a refund for my order", "I need my money back for the order", "Can I get a refund please"],
    "booking": ["I would like to book a table for two", "I want to book a room for Friday", "Can I book a taxi"],
    "password": ["I forgot my password", "I can't log in to my account", "Reset my password please"],
}


def _centers(dim: int = 32) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(0)
    return {k: v / np.linalg.norm(v) for k, v in zip(TOPICS, rng.normal(size=(len(TOPICS), dim)))}


def _add_calls(con, start: int, n: int, centers, rng) -> None:
    names = list(TOPICS)
    for i in range(start, start + n):
        topic = names[i % len(names)]
        text = TOPICS[topic][i % 3]
        cid = f"c{i:04d}"
        con.execute("INSERT INTO calls (call_id, path, file_name, status, ingested_at, started_at) "
                    "VALUES (?, ?, ?, 'ingested', ?, ?)", [cid, f"/x/{cid}.wav", f"{cid}.wav", datetime(2025, 1, 1),
                                                           datetime(2025, 1, 1) + timedelta(hours=i)])
        for kind in ("reason", "call"):
            v = centers[topic] + rng.normal(scale=0.03, size=centers[topic].shape)
            con.execute("INSERT INTO doc_embeddings VALUES (?, ?, -1, ?, 'fake', ?)",
                        [cid, kind, text, [float(x) for x in v / np.linalg.norm(v)]])


@pytest.fixture()
def fake_keywords(monkeypatch):
    def kw(texts, labels, n=10):
        out = {}
        for t in sorted({int(x) for x in labels}):
            words = [w.lower() for i, x in enumerate(texts) if labels[i] == t for w in x.split() if len(w) > 3]
            out[t] = sorted(set(words))[:n]
        return out
    monkeypatch.setattr("voc.analyze.topics.ctfidf_keywords", kw)


@pytest.mark.slow  # ~3 s: sklearn + scipy fits and the briefs rules
def test_drivers_discovered_then_nightly_assignment_only(con, fake_keywords):
    from voc.analyze.drivers import driver_summary
    from voc.corpus import update_corpus

    centers, rng = _centers(), np.random.default_rng(1)
    _add_calls(con, 0, 30, centers, rng)
    s = Settings()
    out = update_corpus(con, s)
    assert out["drivers"] == 3 and out["drivers_refit"] == 1 and out["driver_calls_assigned"] == 30
    assert out["topics"] == 3 and out["topics_refit"] == 1
    rows = con.execute("SELECT intent_id, source, confidence FROM intents").fetchall()
    assert len(rows) == 30 and {r[1] for r in rows} == {"discovered"} and min(r[2] for r in rows) > 0.9
    labels = sorted(r[0] for r in con.execute("SELECT label FROM drivers").fetchall())
    # readable phrases in the customers' words, need lead-ins trimmed ("I want a refund ..." → "A refund ...")
    assert all(2 <= len(lab.split()) <= 8 and "·" not in lab for lab in labels), labels
    assert any("refund" in lab.lower() or "money" in lab.lower() for lab in labels)
    ids_before = dict(con.execute("SELECT call_id, intent_id FROM intents").fetchall())
    topics_before = dict(con.execute("SELECT call_id, topic_id FROM call_topics").fetchall())

    _add_calls(con, 30, 6, centers, rng)  # the next night: 6 new calls, no refit (36 < 2 x 30 documents)
    out = update_corpus(con, s)
    assert out["driver_calls_assigned"] == 6 and "drivers_refit" not in out
    assert out["topic_documents"] == 6 and "topics_refit" not in out
    after = dict(con.execute("SELECT call_id, intent_id FROM intents").fetchall())
    assert all(after[c] == d for c, d in ids_before.items()) and len(after) == 36
    # the new calls join the driver of the old calls with the same reason (c0030 is like c0000)
    assert after["c0030"] == after["c0000"] and after["c0031"] == after["c0001"]
    t_after = dict(con.execute("SELECT call_id, topic_id FROM call_topics").fetchall())
    assert t_after["c0030"] == topics_before["c0000"]
    assert con.execute("SELECT sum(size) FROM drivers").fetchone()[0] == 36
    summary = driver_summary(con, s)
    assert summary["source"] == "discovered" and summary["classified"] == 36 and summary["confident"] == 36


def test_refit_keeps_ids_when_forced_by_schedule(con, fake_keywords):
    from voc.corpus import update_corpus

    centers, rng = _centers(), np.random.default_rng(2)
    _add_calls(con, 0, 30, centers, rng)
    s = Settings()
    update_corpus(con, s)
    before = dict(con.execute("SELECT call_id, topic_id FROM call_topics").fetchall())
    con.execute("UPDATE corpus_fits SET fitted_at = fitted_at - INTERVAL 30 DAY")
    out = update_corpus(con, s)
    assert out.get("topics_refit") == 1 and out.get("drivers_refit") == 1
    assert dict(con.execute("SELECT call_id, topic_id FROM call_topics").fetchall()) == before


def test_needs_refit_rules():
    from voc.corpus import needs_refit

    s = Settings()
    now = datetime.now()
    base = {"fitted_at": now, "docs_at_fit": 100, "fit_docs": 100, "mean_sim_fit": 0.7, "assigned": 0,
            "mean_sim_new": None}
    assert needs_refit(None, 10, s) == "first fit"
    assert needs_refit(base, 150, s) is None
    assert needs_refit(base, 200, s) == "growth"
    assert needs_refit({**base, "fit_docs": 3000, "docs_at_fit": 3000}, 100_000, s) is None  # bounded: no growth refit
    assert needs_refit({**base, "fitted_at": now - timedelta(days=8)}, 150, s) == "schedule"
    assert needs_refit({**base, "assigned": 500, "mean_sim_new": 0.6}, 150, s) == "drift"
    assert needs_refit({**base, "assigned": 500, "mean_sim_new": 0.68}, 150, s) is None


@pytest.mark.slow  # the CLI app import
def test_suggest_taxonomy_is_a_loadable_taxonomy(con, fake_keywords, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from voc.analyze.intents import load_taxonomy
    from voc.cli import app
    from voc.corpus import update_corpus

    _add_calls(con, 0, 30, _centers(), np.random.default_rng(3))
    update_corpus(con, Settings())
    wh = con.execute("SELECT file FROM pragma_database_list WHERE name = current_database()").fetchone()[0]
    con.close()
    out = tmp_path / "taxonomy.yaml"
    r = CliRunner().invoke(app, ["drivers", "suggest", "--out", str(out), "-w", wh])
    assert r.exit_code == 0, r.output
    tax = load_taxonomy(out)
    assert len(tax) == 3 and all(t.examples for t in tax)
    assert any("refund" in " ".join(t.examples).lower() for t in tax)


def test_labels_are_phrases_never_placeholders_or_repeats():
    from voc.analyze.labels import cluster_label, keyword_label, trim_phrase

    assert trim_phrase("Hi, yes, I'm calling because I need to change the address on my policy, it moved.") \
        == "Change the address on my policy"
    assert trim_phrase("Um, so, I was wondering if I could get a quote for my new car") == "Get a quote for my new car"
    texts = ["support phone taxi support phone taxi support phone taxi"] * 12 + ["[PERSON] [PERSON] hello"] * 5 + \
        ["I need a taxi to the airport tomorrow morning"]
    label = cluster_label(texts, keywords=["person", "support", "taxi"])
    assert label == "A taxi to the airport tomorrow morning"
    # the words around a redaction are never spliced together: the longest stretch between placeholders stands
    spliced = cluster_label(["And I'm [PERSON] and I booked the hotel in Denver for three nights"] * 2)
    assert "I'm and" not in spliced and "hotel in Denver" in spliced
    assert keyword_label(["person", "phone number", "taxi", "airport"]) == "taxi · airport"


def test_outside_the_demo_no_demo_taxonomy_or_lexicon(tmp_path, monkeypatch):
    from voc.analyze.drivers import discovering
    from voc.analyze.entities import lexicon_for
    from voc.demo_setup import demo_setup

    s = Settings()
    assert discovering(s) and lexicon_for(s).entries == ()
    monkeypatch.chdir(tmp_path)
    demo_setup(s, [], None)
    assert not discovering(s) and s.analysis.taxonomy.endswith("taxonomy.yaml")
    assert lexicon_for(s).entries  # the demo keeps its telecom lexicon and taxonomy


def test_analyze_stage_embeds_the_reason_call_and_complaints_once(monkeypatch):
    from types import SimpleNamespace

    from voc.records import Call, Utterance
    from voc.stages.analyze import STAGE, embed_documents
    from voc.stages.base import CallAudio, CallContext

    seen: list[list[str]] = []

    def fake_embed(texts, model="bundled", **kw):
        seen.append(list(texts))
        return np.ones((len(texts), 4), dtype=np.float32)

    monkeypatch.setattr("voc.analyze.embeddings.embed", fake_embed)
    call = Call("c1", "c1.wav", 10.0, 1, 16000, "pcm")
    utts = [Utterance(0, 0, 0.0, 2.0, "Thank you for calling, how can I help?", [], speaker="A"),
            Utterance(1, 0, 2.0, 5.0, "Hi, I need to move my booking to Friday.", [], speaker="C"),
            Utterance(2, 0, 5.0, 8.0, "This is the third time I call about it!", [], speaker="C")]
    ctx = CallContext(call, Settings(), SimpleNamespace(), ["analyze"], {"analyze": "h"}, CallAudio(call),
                      utterances=utts, roles={"A": "agent", "C": "customer"})
    ctx.rows.update({"call_briefs": [{"reason": "I need to move my booking to Friday."}],
                     "complaints": [{"utt_idx": 2, "text": utts[2].text}], "analysis_skips": []})
    embed_documents(ctx)
    rows = ctx.rows["doc_embeddings"]
    assert [(r["kind"], r["utt_idx"]) for r in rows] == [("reason", -1), ("call", -1), ("complaint", 2)]
    assert rows[0]["text"] == "I need to move my booking to Friday." and "Thank you" not in rows[1]["text"]
    assert len(seen) == 1 and len(rows[0]["embedding"]) == 4  # one batch per call
    assert "doc_embeddings" in STAGE.tables


@pytest.mark.slow
def test_engine_reads_k_from_the_data():
    from voc.analyze import clustering

    rng = np.random.default_rng(0)
    centres = rng.normal(size=(6, 32))
    emb = np.repeat(centres, 30, axis=0) + rng.normal(scale=0.05, size=(180, 32))
    part = clustering.fit(emb)
    assert part.k == 6 and sorted(np.bincount(part.labels).tolist()) == [30] * 6
    # a first night of a few distinct reasons: not one lump (k between 3 and n // 3)
    assert 3 <= clustering.fit(rng.normal(size=(12, 32))).k <= 4
    assert clustering.fit(np.zeros((0, 32))).k == 0
