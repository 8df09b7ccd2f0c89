"""Corpus-level steps after the per-call work: complaint themes and topics over all calls.

Themes keep their ids across nightly runs: new complaints are assigned to the stored themes (nearest centroid);
a refit happens only when no themes exist yet or ``topics.refit_themes`` is set, and then keeps old ids where a new
theme matches an old one. Topics are refit when the set of calls changed, with ids matched to the previous fit's
centroids the same way, and weekly counts come from ``call_topics`` joined to ``calls.started_at``.
"""

from __future__ import annotations

import json
from typing import Any

import numpy as np

from voc.settings import Settings
from voc.warehouse import now, transaction


def update_corpus(con, settings: Settings) -> dict[str, int]:
    out: dict[str, int] = {}
    out.update(update_themes(con, settings))
    out.update(update_topics(con, settings))
    return out


# -- complaint themes -----------------------------------------------------------------------------------------

def update_themes(con, settings: Settings) -> dict[str, int]:
    from voc.analyze.themes import ThemeModel

    rows = con.execute("SELECT call_id, utt_idx, text, theme_id FROM complaints ORDER BY call_id, utt_idx").fetchall()
    if not rows:
        return {"themes": 0, "complaints_assigned": 0}
    stored = _rows(con, "SELECT theme_id, label, keywords, quotes, size, model, fitted_at FROM themes "
                        "ORDER BY theme_id")
    if settings.topics.refit_themes or not stored:
        previous = ThemeModel.from_rows(stored) if stored else None
        model = ThemeModel.from_settings(settings)
        themes = model.fit([r[2] for r in rows], [(r[0], r[1]) for r in rows], previous=previous)
        with transaction(con):
            con.execute("DELETE FROM themes")
            for t in themes:
                row = t.to_row()
                con.execute("INSERT INTO themes (theme_id, label, keywords, quotes, size, model, fitted_at, centroid) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [row["theme_id"], row["label"], row["keywords"], row["quotes"], row["size"], row["model"],
                             row["fitted_at"] or now(), [float(x) for x in t.centroid]])
            _set_theme_ids(con, rows, model.assignments)
        return {"themes": len(themes), "complaints_assigned": len(rows)}
    todo = [r for r in rows if r[3] is None]
    if not todo:
        return {"themes": len(stored), "complaints_assigned": 0}
    model = ThemeModel.from_rows(stored)
    assign = model.assign([r[2] for r in todo])
    with transaction(con):
        _set_theme_ids(con, todo, assign)
        for tid, n in zip(*np.unique(np.asarray([a for a in assign if a >= 0], dtype=int), return_counts=True)):
            con.execute("UPDATE themes SET size = size + ? WHERE theme_id = ?", [int(n), int(tid)])
    return {"themes": len(stored), "complaints_assigned": len(todo)}


def _set_theme_ids(con, rows, assign) -> None:
    con.executemany("UPDATE complaints SET theme_id = ? WHERE call_id = ? AND utt_idx = ?",
                    [[int(a), r[0], r[1]] for r, a in zip(rows, assign)])


# -- topics ---------------------------------------------------------------------------------------------------

def _documents(con, unit: str) -> list[tuple[str, int, str, Any]]:
    """(call_id, utt_idx or -1, text, started_at) for customer speech (all speech when no customer is known)."""
    if unit == "utterance":
        return con.execute(
            "SELECT u.call_id, u.idx, u.text, c.started_at FROM utterances u JOIN calls c USING (call_id) "
            "WHERE coalesce(u.role, 'customer') = 'customer' AND length(trim(u.text)) > 0 "
            "ORDER BY u.call_id, u.idx").fetchall()
    return con.execute(
        "SELECT u.call_id, -1, string_agg(u.text, ' ' ORDER BY u.idx), any_value(c.started_at) "
        "FROM utterances u JOIN calls c USING (call_id) WHERE coalesce(u.role, 'customer') = 'customer' "
        "GROUP BY u.call_id ORDER BY u.call_id").fetchall()


def update_topics(con, settings: Settings) -> dict[str, int]:
    from voc.analyze.embeddings import embed
    from voc.analyze.topics import fit_topics, match_ids

    docs = _documents(con, settings.topics.unit)
    have = {(r[0], r[1]) for r in con.execute("SELECT call_id, utt_idx FROM call_topics").fetchall()}
    if not docs:
        return {"topics": 0, "topic_documents": 0}
    if have == {(d[0], d[1]) for d in docs}:
        return {"topics": con.execute("SELECT count(*) FROM topics").fetchone()[0], "topic_documents": 0}
    texts = [d[2] for d in docs]
    emb = embed(texts, model=settings.analysis.embedding_model)
    res = fit_topics(texts, [d[3] for d in docs], settings, embeddings=emb)
    labels = np.asarray(res.assignments, dtype=int)
    centroids = {}
    for t in res.topics:
        m = emb[labels == t["topic_id"]].mean(axis=0)
        centroids[t["topic_id"]] = m / (np.linalg.norm(m) or 1.0)
    old = {r["topic_id"]: np.asarray(r["centroid"], dtype=np.float32) for r in
           _rows(con, "SELECT topic_id, centroid FROM topics WHERE centroid IS NOT NULL")}
    mapping = match_ids(centroids, old)
    with transaction(con):
        con.execute("DELETE FROM topics")
        con.execute("DELETE FROM call_topics")
        for t in res.topics:
            tid = mapping[t["topic_id"]]
            con.execute("INSERT INTO topics (topic_id, label, keywords, size, method, fitted_at, centroid) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [tid, t["label"], list(t["keywords"]), t["size"], res.method, now(),
                         [float(x) for x in centroids[t["topic_id"]]]])
        con.executemany("INSERT INTO call_topics VALUES (?, ?, ?)",
                        [[d[0], d[1], mapping[int(a)]] for d, a in zip(docs, labels)])
    return {"topics": len(res.topics), "topic_documents": len(docs)}


def _rows(con, sql: str) -> list[dict[str, Any]]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]
