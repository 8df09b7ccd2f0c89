"""Corpus-level steps after the per-call work: discovered call drivers, complaint themes and topics.

Nightly cost follows the night, not the history. Every document's embedding is computed once, in the per-call
analyze stage (``doc_embeddings``, migration 006); a night reads only the documents that have no assignment yet and
assigns them to the stored centroids (drivers, themes, topics). A model is (re)fitted only when

* it has no fit yet, or the warehouse has grown to at least ``GROWTH`` × the documents of its last fit while that fit
  saw fewer than ``clustering.MAX_FIT`` documents (young warehouses: the first nights refit as history builds up);
* its fit is older than ``topics.refit_days`` (a schedule; 0 = never by age);
* drift: the mean cosine of the documents assigned since the fit to their nearest centroid has dropped more than
  ``topics.drift_drop`` below the fit's own (new kinds of calls no centroid describes), over ≥ ``DRIFT_MIN`` docs;
* ``topics.refit_themes`` is set (themes only; kept for older configurations).

A refit clusters a bounded window — the most recent ``clustering.MAX_FIT`` documents — with the shared engine
(``voc.analyze.clustering``), assigns every stored document to the new centroids, and keeps ids stable (Hungarian
matching of centroids, ``voc.analyze.topics.match_ids``). Documents of calls analysed before migration 006 have no
stored embedding: they are embedded once, here, and stored.
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import numpy as np

from voc.settings import Settings
from voc.warehouse import now, transaction

GROWTH = 2.0
DRIFT_MIN = 200
QUOTES = 3


def update_corpus(con, settings: Settings) -> dict[str, int]:
    out: dict[str, int] = {}
    _backfill(con, settings)
    from voc.analyze.drivers import discovering

    if discovering(settings):
        out.update(update_drivers(con, settings))
    out.update(update_themes(con, settings))
    out.update(update_topics(con, settings))
    return out


# -- stored documents ---------------------------------------------------------------------------------------

def _backfill(con, settings: Settings) -> None:
    """Embed and store the documents of analysed calls that have none (analysed before migration 006)."""
    from voc.analyze.drivers import call_documents
    from voc.analyze.embeddings import embed, model_name

    todo = [r[0] for r in con.execute(
        "SELECT s.call_id FROM call_stages s WHERE s.stage = 'analyze' AND s.status = 'done' "
        "AND NOT EXISTS (SELECT 1 FROM doc_embeddings d WHERE d.call_id = s.call_id) "
        # not the calls whose text the English embedding model cannot read (voc.analyze.language)
        "AND NOT EXISTS (SELECT 1 FROM analysis_skips a WHERE a.call_id = s.call_id AND a.step = 'intents')"
    ).fetchall()]
    if not todo:
        return
    rows = []
    for cid in todo:
        utts = con.execute("SELECT idx, speaker, role, text, start_s, end_s FROM utterances WHERE call_id = ? "
                           "ORDER BY idx", [cid]).fetchall()
        if not utts:
            continue
        roles = {u[1]: u[2] for u in utts if u[1] and u[2]}
        reason = con.execute("SELECT reason FROM call_briefs WHERE call_id = ?", [cid]).fetchone()
        comps = con.execute("SELECT utt_idx, text FROM complaints WHERE call_id = ?", [cid]).fetchall()
        docs = call_documents([_Utt(*u) for u in utts], roles, reason[0] if reason else "", comps,
                              settings.topics.unit)
        rows += [(cid, *d) for d in docs]
    if not rows:
        return
    vecs = embed([r[3] for r in rows], model=settings.analysis.embedding_model)
    name = model_name(settings.analysis.embedding_model)
    from voc.warehouse.writers import insert_rows

    with transaction(con):
        insert_rows(con, "doc_embeddings", [
            {"call_id": r[0], "kind": r[1], "utt_idx": r[2], "text": r[3], "model": name,
             "embedding": [float(x) for x in v]} for r, v in zip(rows, vecs)])


class _Utt:
    __slots__ = ("end_s", "idx", "role", "speaker", "start_s", "text")

    def __init__(self, idx, speaker, role, text, start_s, end_s):
        self.idx, self.speaker, self.role, self.text = idx, speaker, role, text or ""
        self.start_s, self.end_s = start_s or 0.0, end_s or 0.0


def _docs(con, kind: str, where_new: str = "") -> tuple[list[tuple], np.ndarray]:
    """Stored documents of ``kind`` (``where_new``: extra SQL filter on ``d``): [(call_id, utt_idx, text)] and their
    embeddings as one (n, dim) float32 matrix, read through Arrow (no Python float per number).

    With a filter, the matching row ids are found first (key columns only) and only those rows' embeddings are
    read: scanning the embedding column of a large history is what a night must not pay."""
    sql = "SELECT d.call_id, d.utt_idx, d.text, d.embedding FROM doc_embeddings d WHERE "
    if where_new:
        ids = [r[0] for r in con.execute(f"SELECT d.rowid FROM doc_embeddings d WHERE d.kind = ? {where_new}",
                                         [kind]).fetchall()]
        if not ids:
            return [], np.zeros((0, 0), dtype=np.float32)
        tab = _arrow(con, sql + f"d.rowid IN ({', '.join(str(int(i)) for i in ids)}) ORDER BY d.call_id, d.utt_idx")
    else:
        tab = _arrow(con, sql + "d.kind = ? ORDER BY d.call_id, d.utt_idx", [kind])
    rows = list(zip(tab.column("call_id").to_pylist(), tab.column("utt_idx").to_pylist(),
                    tab.column("text").to_pylist()))
    return rows, _embedding_matrix(tab.column("embedding"), len(rows))


def _arrow(con, sql: str, params: list | None = None):
    tab = con.execute(sql, params or []).arrow()
    return tab.read_all() if hasattr(tab, "read_all") else tab  # newer duckdb returns a RecordBatchReader


def _embedding_matrix(col, n: int) -> np.ndarray:
    if not n:
        return np.zeros((0, 0), dtype=np.float32)
    flat = np.asarray(col.combine_chunks().flatten().to_numpy(zero_copy_only=False), dtype=np.float32)
    return flat.reshape(n, -1)


def _fit_state(con, model: str) -> dict[str, Any] | None:
    r = con.execute("SELECT fitted_at, docs_at_fit, fit_docs, mean_sim_fit, assigned, mean_sim_new FROM corpus_fits "
                    "WHERE model = ?", [model]).fetchone()
    return dict(zip(["fitted_at", "docs_at_fit", "fit_docs", "mean_sim_fit", "assigned", "mean_sim_new"], r)) \
        if r else None


def needs_refit(state: dict[str, Any] | None, n_docs: int, settings: Settings, forced: bool = False) -> str | None:
    """Why the model must be refitted now ("first fit", "growth", "schedule", "drift", "requested"), else None."""
    from voc.analyze.clustering import MAX_FIT

    if forced:
        return "requested"
    if state is None:
        return "first fit"
    if (state["fit_docs"] or 0) < MAX_FIT and n_docs >= GROWTH * max(state["docs_at_fit"] or 0, 1):
        return "growth"
    days = settings.topics.refit_days
    if days and state["fitted_at"] is not None and now() - state["fitted_at"] >= timedelta(days=days):
        return "schedule"
    if ((state["assigned"] or 0) >= DRIFT_MIN and state["mean_sim_new"] is not None
            and state["mean_sim_fit"] is not None
            and state["mean_sim_new"] < state["mean_sim_fit"] - settings.topics.drift_drop):
        return "drift"
    return None


def _record_fit(con, model: str, n_docs: int, fit_docs: int, mean_sim: float) -> None:
    con.execute("INSERT OR REPLACE INTO corpus_fits VALUES (?, ?, ?, ?, ?, 0, NULL)",
                [model, now(), n_docs, fit_docs, mean_sim])


def _record_assigned(con, model: str, sims: np.ndarray) -> None:
    if not len(sims):
        return
    st = _fit_state(con, model) or {"assigned": 0, "mean_sim_new": None}
    n0 = st["assigned"] or 0
    m0 = st["mean_sim_new"] or 0.0
    n1 = n0 + len(sims)
    con.execute("UPDATE corpus_fits SET assigned = ?, mean_sim_new = ? WHERE model = ?",
                [n1, (m0 * n0 + float(sims.sum())) / n1, model])


def _window(rows: list[tuple], started: dict[str, Any] | None = None) -> list[int]:
    """Indices of the fit window: the most recent ``MAX_FIT`` documents (by call start, then id)."""
    from voc.analyze.clustering import MAX_FIT

    if len(rows) <= MAX_FIT:
        return list(range(len(rows)))
    started = started or {}
    order = sorted(range(len(rows)), key=lambda i: (str(started.get(rows[i][0]) or ""), rows[i][0], rows[i][1]))
    return sorted(order[-MAX_FIT:])


def _started(con) -> dict[str, Any]:
    return dict(con.execute("SELECT call_id, started_at FROM calls").fetchall())


def _fit(texts: list[str], emb: np.ndarray, n_topics: int | None):
    """Engine fit on a window: (labels, unit centroids, keywords per cluster, readable label per cluster)."""
    from voc.analyze.topics import cluster_texts

    c = cluster_texts(texts, emb, n_topics=n_topics)
    return c.labels, c.centroids, c.keywords, c.names


def _nearest(emb: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    if not len(emb):
        return np.zeros(0, dtype=int), np.zeros(0, dtype=np.float32)
    sim = emb @ centroids.T
    best = sim.argmax(axis=1)
    return best, sim[np.arange(len(emb)), best]


def _examples(rows, idx: np.ndarray, emb: np.ndarray, centroid: np.ndarray, key: str = "call_id") -> list[dict]:
    from voc.analyze.labels import representative

    texts = [rows[i][2] for i in idx]
    picks = representative(texts, emb[idx], centroid, k=QUOTES)
    return [{"call_id": rows[idx[j]][0], "utt_idx": rows[idx[j]][1], "text": texts[j]} for j in picks]


# -- discovered call drivers -----------------------------------------------------------------------------------

def update_drivers(con, settings: Settings) -> dict[str, int]:
    """Discover drivers from the calls' reason sentences; assign calls without a driver (intents, 'discovered')."""
    from voc.analyze.drivers import ABSTAIN, ASSIGN_FLOOR, driver_id
    from voc.analyze.topics import match_ids

    n_docs = con.execute("SELECT count(*) FROM doc_embeddings WHERE kind = 'reason'").fetchone()[0]
    if not n_docs:
        return {"drivers": 0, "driver_calls_assigned": 0}
    reason = needs_refit(_fit_state(con, "drivers"), n_docs, settings)
    if reason:
        rows, emb = _docs(con, "reason")
        win = _window(rows, _started(con))
        _, cents, kws, names = _fit([rows[i][2] for i in win], emb[win], None)
        old = {int(r[0][1:]): np.asarray(r[1], dtype=np.float32) for r in
               con.execute("SELECT driver_id, centroid FROM drivers WHERE centroid IS NOT NULL").fetchall()
               if str(r[0]).startswith("d") and str(r[0])[1:].isdigit()}
        mapping = match_ids({t: cents[t] for t in range(len(cents))}, old)
        best, sims = _nearest(emb, cents)
        with transaction(con):
            con.execute("DELETE FROM drivers")
            for t in range(len(cents)):
                members = np.flatnonzero(best == t)
                con.execute("INSERT INTO drivers VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [driver_id(mapping[t]), names.get(t, ""), list(kws.get(t, [])),
                             json.dumps(_examples(rows, members, emb, cents[t])), len(members),
                             [float(x) for x in cents[t]], now()])
            con.execute("DELETE FROM intents WHERE source = 'discovered'")
            _insert_driver_intents(con, rows, best, sims, mapping, ASSIGN_FLOOR, ABSTAIN)
            _record_fit(con, "drivers", n_docs, len(win), float(sims[win].mean()) if len(win) else 0.0)
        return {"drivers": len(cents), "driver_calls_assigned": len(rows), "drivers_refit": 1}
    rows, emb = _docs(con, "reason", "AND NOT EXISTS (SELECT 1 FROM intents i WHERE i.call_id = d.call_id)")
    stored = con.execute("SELECT driver_id, centroid FROM drivers ORDER BY driver_id").fetchall()
    if not rows or not stored:
        return {"drivers": len(stored), "driver_calls_assigned": 0}
    cents = np.asarray([r[1] for r in stored], dtype=np.float32)
    best, sims = _nearest(emb, cents)
    ids = {j: int(r[0][1:]) for j, r in enumerate(stored)}
    with transaction(con):
        _insert_driver_intents(con, rows, best, sims, ids, ASSIGN_FLOOR, ABSTAIN)
        for j, n in zip(*np.unique(best[sims >= ASSIGN_FLOOR], return_counts=True)):
            con.execute("UPDATE drivers SET size = size + ? WHERE driver_id = ?", [int(n), stored[int(j)][0]])
        _record_assigned(con, "drivers", sims)
    return {"drivers": len(stored), "driver_calls_assigned": len(rows)}


def _insert_driver_intents(con, rows, best, sims, mapping, floor: float, abstain: str) -> None:
    from voc.analyze.drivers import driver_id
    from voc.warehouse.writers import insert_rows

    # calls classified against a taxonomy (analysed while one was configured) keep those drivers
    classified = {r[0] for r in con.execute("SELECT DISTINCT call_id FROM intents WHERE coalesce(source, 'taxonomy') "
                                            "<> 'discovered'").fetchall()}
    insert_rows(con, "intents", [
        {"call_id": r[0], "intent_id": driver_id(mapping[int(b)]) if s >= floor else abstain,
         "confidence": round(float(s), 4), "rank": 1, "source": "discovered"}
        for r, b, s in zip(rows, best, sims) if r[0] not in classified])


# -- complaint themes -----------------------------------------------------------------------------------------

def update_themes(con, settings: Settings) -> dict[str, int]:
    from voc.analyze.themes import ThemeModel

    n_docs = con.execute("SELECT count(*) FROM complaints").fetchone()[0]
    if not n_docs:
        return {"themes": 0, "complaints_assigned": 0}
    stored = _rows(con, "SELECT theme_id, label, keywords, quotes, size, model, fitted_at, centroid FROM themes "
                        "ORDER BY theme_id")
    state = _fit_state(con, "themes")
    if state is None and stored:  # themes fitted before migration 006: keep them, start the bookkeeping now
        _record_fit(con, "themes", n_docs, min(n_docs, 3000), 0.0)
        state = _fit_state(con, "themes")
    reason = needs_refit(state, n_docs, settings, forced=settings.topics.refit_themes)
    if reason:
        rows = con.execute(
            "SELECT k.call_id, k.utt_idx, k.text, d.embedding FROM complaints k LEFT JOIN doc_embeddings d "
            "ON d.call_id = k.call_id AND d.utt_idx = k.utt_idx AND d.kind = 'complaint' "
            "ORDER BY k.call_id, k.utt_idx").fetchall()
        emb = _embed_missing(rows, settings)
        win = _window(rows, _started(con))
        previous = ThemeModel.from_rows(stored) if stored else None
        model = ThemeModel.from_settings(settings)
        model.fit([rows[i][2] for i in win], [(rows[i][0], rows[i][1]) for i in win], previous=previous,
                  embeddings=emb[win])
        cents = np.stack([t.centroid for t in model.themes])
        best, sims = _nearest(emb, cents)
        assign = [model.themes[int(b)].theme_id for b in best]
        sizes = np.bincount(best, minlength=len(model.themes))
        with transaction(con):
            con.execute("DELETE FROM themes")
            for j, t in enumerate(model.themes):
                t.size = int(sizes[j])
                row = t.to_row()
                con.execute("INSERT INTO themes (theme_id, label, keywords, quotes, size, model, fitted_at, centroid) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [row["theme_id"], row["label"], row["keywords"], row["quotes"], row["size"], row["model"],
                             row["fitted_at"] or now(), [float(x) for x in t.centroid]])
            _set_theme_ids(con, rows, assign)
            _record_fit(con, "themes", n_docs, len(win), float(sims[win].mean()))
        return {"themes": len(model.themes), "complaints_assigned": len(rows), "themes_refit": 1}
    keys = con.execute(
        "SELECT k.call_id, k.utt_idx, k.text, d.rowid FROM complaints k LEFT JOIN doc_embeddings d "
        "ON d.call_id = k.call_id AND d.utt_idx = k.utt_idx AND d.kind = 'complaint' WHERE k.theme_id IS NULL "
        "ORDER BY k.call_id, k.utt_idx").fetchall()
    if not keys:
        return {"themes": len(stored), "complaints_assigned": 0}
    have = [int(r[3]) for r in keys if r[3] is not None]
    vecs: dict[tuple, Any] = {}
    if have:
        tab = _arrow(con, "SELECT call_id, utt_idx, embedding FROM doc_embeddings WHERE rowid IN ("
                     + ", ".join(map(str, have)) + ")")
        m = _embedding_matrix(tab.column("embedding"), tab.num_rows)
        vecs = dict(zip(zip(tab.column("call_id").to_pylist(), tab.column("utt_idx").to_pylist()), m))
    rows = [(r[0], r[1], r[2], vecs.get((r[0], r[1]))) for r in keys]
    model = ThemeModel.from_rows(stored)
    emb = _embed_missing(rows, settings)
    assign = model.assign([r[2] for r in rows], embeddings=emb)
    sims = (emb @ np.stack([t.centroid for t in model.themes]).T).max(axis=1) if model.themes else np.zeros(0)
    with transaction(con):
        _set_theme_ids(con, rows, assign)
        for tid, n in zip(*np.unique(np.asarray([a for a in assign if a >= 0], dtype=int), return_counts=True)):
            con.execute("UPDATE themes SET size = size + ? WHERE theme_id = ?", [int(n), int(tid)])
        _record_assigned(con, "themes", sims)
    return {"themes": len(stored), "complaints_assigned": len(rows)}


def _embed_missing(rows, settings: Settings) -> np.ndarray:
    """Embeddings of ``rows`` (call_id, utt_idx, text, embedding or None), embedding the missing ones now."""
    from voc.analyze.embeddings import embed

    missing = [i for i, r in enumerate(rows) if r[3] is None]
    fresh = embed([rows[i][2] for i in missing], model=settings.analysis.embedding_model) if missing else None
    out = [None] * len(rows)
    for i, r in enumerate(rows):
        out[i] = r[3]
    for j, i in enumerate(missing):
        out[i] = fresh[j]
    return np.asarray(out, dtype=np.float32)


def _set_theme_ids(con, rows, assign) -> None:
    con.executemany("UPDATE complaints SET theme_id = ? WHERE call_id = ? AND utt_idx = ?",
                    [[int(a), r[0], r[1]] for r, a in zip(rows, assign)])


# -- topics ---------------------------------------------------------------------------------------------------

def update_topics(con, settings: Settings) -> dict[str, int]:
    from voc.analyze.topics import match_ids

    kind = "utterance" if settings.topics.unit == "utterance" else "call"
    # documents gone (a call re-analysed or deleted) leave call_topics
    con.execute("DELETE FROM call_topics ct WHERE NOT EXISTS (SELECT 1 FROM doc_embeddings d WHERE d.kind = ? "
                "AND d.call_id = ct.call_id AND d.utt_idx = ct.utt_idx)", [kind])
    n_docs = con.execute("SELECT count(*) FROM doc_embeddings WHERE kind = ?", [kind]).fetchone()[0]
    if not n_docs:
        return {"topics": 0, "topic_documents": 0}
    stored = con.execute("SELECT topic_id, centroid FROM topics WHERE centroid IS NOT NULL ORDER BY topic_id").fetchall()
    state = _fit_state(con, "topics")
    forced = bool(settings.topics.n_topics) and len(stored) != settings.topics.n_topics
    reason = needs_refit(state if stored else None, n_docs, settings, forced=forced)
    if reason:
        rows, emb = _docs(con, kind)
        win = _window(rows, _started(con))
        _, cents, kws, names = _fit([rows[i][2] for i in win], emb[win], settings.topics.n_topics)
        old = {int(r[0]): np.asarray(r[1], dtype=np.float32) for r in stored}
        mapping = match_ids({t: cents[t] for t in range(len(cents))}, old)
        best, sims = _nearest(emb, cents)
        sizes = np.bincount(best, minlength=len(cents))
        with transaction(con):
            con.execute("DELETE FROM topics")
            con.execute("DELETE FROM call_topics")
            for t in range(len(cents)):
                con.execute("INSERT INTO topics (topic_id, label, keywords, size, method, fitted_at, centroid) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)",
                            [mapping[t], names.get(t, ""), list(kws.get(t, [])), int(sizes[t]), "kmeans", now(),
                             [float(x) for x in cents[t]]])
            _insert_call_topics(con, rows, [mapping[int(b)] for b in best])
            _record_fit(con, "topics", n_docs, len(win), float(sims[win].mean()))
        return {"topics": len(cents), "topic_documents": len(rows), "topics_refit": 1}
    rows, emb = _docs(con, kind, "AND NOT EXISTS (SELECT 1 FROM call_topics ct WHERE ct.call_id = d.call_id "
                                 "AND ct.utt_idx = d.utt_idx)")
    if not rows:
        return {"topics": len(stored), "topic_documents": 0}
    cents = np.asarray([r[1] for r in stored], dtype=np.float32)
    best, sims = _nearest(emb, cents)
    ids = [int(stored[int(b)][0]) for b in best]
    with transaction(con):
        _insert_call_topics(con, rows, ids)
        for tid, n in zip(*np.unique(np.asarray(ids, dtype=int), return_counts=True)):
            con.execute("UPDATE topics SET size = size + ? WHERE topic_id = ?", [int(n), int(tid)])
        _record_assigned(con, "topics", sims)
    return {"topics": len(stored), "topic_documents": len(rows)}


def _insert_call_topics(con, rows, ids) -> None:
    from voc.warehouse.writers import insert_rows

    insert_rows(con, "call_topics", [{"call_id": r[0], "utt_idx": int(r[1]), "topic_id": int(t)}
                                     for r, t in zip(rows, ids)])


def _rows(con, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


