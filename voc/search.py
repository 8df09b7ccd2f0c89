"""Search redacted utterances: BM25 full-text search (DuckDB ``fts``) or semantic search (MiniLM embeddings).

The warehouse is never modified. The full-text index and the embedding cache live in a side DuckDB file,
``<warehouse stem>.search.duckdb`` beside the warehouse (``voc.duckdb`` → ``voc.search.duckdb``); the
warehouse is attached to it read-only. The side file records a fingerprint of the utterances (row count and
an XOR of per-row hashes of call id, index and text); when the warehouse's fingerprint differs, the index is
rebuilt on the next search. Embeddings are cached per (call, utterance, text hash) and only new or changed
utterances are embedded. Filters (role, dates, primary intent, campaign) are read from the warehouse at query
time, so they are always current.

The ``fts`` extension is loaded from the pinned ``duckdb-extension-fts`` wheel (same version as DuckDB), never
downloaded. If it cannot be loaded, search ranks by case-insensitive substring matches instead and the result's
``notice`` says so (the CLI prints it) — results are never silently of lower quality.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Literal, Sequence

from voc.errors import NotInstalled, VocError, WarehouseError

Method = Literal["fts", "ilike", "semantic"]
Embedder = Callable[[list[str]], Any]   # texts → array (n, dim) of L2-normalised float32 vectors
ROLES = ("agent", "customer", "unknown")
SNIPPET_WORDS = 36          # a snippet shows about this many words around the first match
_TOKEN = re.compile(r"[a-z]+")  # the fts extension's default tokenizer: lower-case letters only


class SearchError(VocError):
    """A search could not run: bad filter value, empty query, or an index file that cannot be written."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching utterance."""

    call_id: str
    utt_idx: int
    start_s: float
    end_s: float
    role: str | None
    speaker: str | None
    started_at: datetime | None     # when the call started
    score: float                    # BM25 (fts), matched-term count (ilike) or cosine similarity (semantic)
    text: str                       # the full redacted utterance
    spans: tuple[tuple[str, bool], ...]  # the snippet as pieces; True marks a matched term
    brief: dict[str, str] | None = None  # the call's brief (reason, actions, outcome, next_steps), when it has one

    @property
    def timestamp(self) -> str:
        """Offset of the utterance in the call, ``m:ss`` (``h:mm:ss`` past an hour)."""
        s = int(self.start_s)
        h, m, sec = s // 3600, (s % 3600) // 60, s % 60
        return f"{h}:{m:02d}:{sec:02d}" if h else f"{m}:{sec:02d}"

    @property
    def at(self) -> datetime | None:
        """Wall-clock time of the utterance (call start + offset), when the call's start is known."""
        return None if self.started_at is None else self.started_at + timedelta(seconds=self.start_s)

    def snippet(self, before: str = "**", after: str | None = None) -> str:
        """The snippet with matched terms wrapped in ``before``/``after`` (``**term**`` by default)."""
        after = before if after is None else after
        return "".join(f"{before}{t}{after}" if hit else t for t, hit in self.spans)

    def rich_snippet(self) -> str:
        """The snippet as rich console markup: text escaped, matched terms bold yellow."""
        from rich.markup import escape

        return "".join(f"[bold yellow]{escape(t)}[/]" if hit else escape(t) for t, hit in self.spans)

    def to_dict(self) -> dict[str, Any]:
        return {"call_id": self.call_id, "utt_idx": self.utt_idx, "timestamp": self.timestamp,
                "start_s": self.start_s, "end_s": self.end_s, "role": self.role, "speaker": self.speaker,
                "started_at": self.started_at.isoformat() if self.started_at else None,
                "score": round(float(self.score), 6), "snippet": self.snippet(), "text": self.text,
                "brief": self.brief}

    def brief_line(self) -> str:
        """The call's brief in one line ("" without one): why they called → how it ended; next steps."""
        b = self.brief
        if not b:
            return ""
        out = f"{b['reason'] or '(no reason found)'} → {b['outcome'].replace('_', ' ')}"
        return out + (f"; next: {b['next_steps']}" if b.get("next_steps") else "")


@dataclass(slots=True)
class SearchResult:
    query: str
    method: Method
    hits: list[SearchHit]
    index_path: Path
    rebuilt: bool = False           # the full-text index was (re)built for this search
    embedded: int = 0               # utterances embedded for this search (semantic)
    notice: str | None = None       # something the user must know (e.g. the ilike fallback)


# -- extension and model loading ------------------------------------------------------------------------------

def fts_extension_path() -> Path:
    """The ``fts`` extension file shipped by the ``duckdb-extension-fts`` wheel for the installed DuckDB."""
    import duckdb

    try:
        import duckdb_extension_fts
    except ImportError as e:
        raise NotInstalled(f"the DuckDB full-text extension is not installed. Fix: pip install "
                           f"duckdb-extension-fts=={duckdb.__version__}") from e
    p = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not p.is_file():
        raise NotInstalled(f"{p} is missing: duckdb-extension-fts does not match DuckDB {duckdb.__version__}. "
                           f"Fix: pip install duckdb-extension-fts=={duckdb.__version__}")
    return p


def _load_fts(con: Any, extension: Path | None) -> str | None:
    """Load fts into ``con``; returns None on success, else the reason it failed."""
    import duckdb

    try:
        path = extension if extension is not None else fts_extension_path()
        con.execute(f"LOAD '{path.as_posix()}'")
        return None
    except (NotInstalled, duckdb.Error) as e:
        return str(e).splitlines()[0]


def model_embedder(model: str = "bundled") -> Embedder:
    """An :data:`Embedder` over ``voc.analyze.embeddings`` (the bundled MiniLM by default; loaded once per process)."""
    def embed(texts: list[str]) -> Any:
        from voc.analyze.embeddings import embed as st_embed

        return st_embed(texts, model=model)
    return embed


# -- the side index --------------------------------------------------------------------------------------------

def _open_index(warehouse: Path, index_path: Path) -> Any:
    """The side index connection with the warehouse attached read-only as ``wh``."""
    import duckdb

    from voc.warehouse import connect

    connect(warehouse, read_only=True).close()  # exists, is a voc warehouse of this version, no writer holds it
    try:
        con = duckdb.connect(str(index_path))
    except duckdb.Error as e:
        raise SearchError(f"cannot open the search index {index_path}: {str(e).splitlines()[0]}. Fix: let the other "
                          "search finish, or pass another index file (--index) in a writable folder.") from e
    try:
        con.execute(f"ATTACH '{warehouse.as_posix()}' AS wh (READ_ONLY)")
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    except duckdb.Error as e:
        con.close()
        raise WarehouseError(f"cannot read warehouse {warehouse} for search: {str(e).splitlines()[0]}. Fix: wait for "
                             "the running `voc run` to finish, or search a copy.") from e
    return con


def _meta(con: Any, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _set_meta(con: Any, key: str, value: str) -> None:
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])


def fingerprint(con: Any) -> str:
    """Row count and XOR of row hashes of ``wh.utterances``: changes when any utterance is added/changed/removed."""
    n, h = con.execute("SELECT count(*), coalesce(bit_xor(hash(call_id, idx, text)), 0) FROM wh.utterances").fetchone()
    return f"{n}:{h}"


def _ensure_fts_index(con: Any) -> bool:
    """(Re)build ``docs`` and its BM25 index when the warehouse's utterances changed; True when rebuilt."""
    fp = fingerprint(con)
    if _meta(con, "fts_fingerprint") == fp:
        return False
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE OR REPLACE TABLE docs AS SELECT CAST(row_number() OVER (ORDER BY call_id, idx) AS INTEGER) "
                    "AS doc_id, call_id, idx, text FROM wh.utterances")
        con.execute("PRAGMA create_fts_index('docs', 'doc_id', 'text', overwrite=1)")
        _set_meta(con, "fts_fingerprint", fp)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return True


def _ensure_embeddings(con: Any, embed: Embedder, model_key: str, dim: int) -> int:
    """Embed utterances that have no cached vector for their current text; returns how many were embedded.

    Identical texts (greetings, scripted lines) are embedded once.
    """
    import numpy as np
    import pyarrow as pa

    key = f"{model_key}|{dim}"
    if _meta(con, "embed_model") != key:
        con.execute("DROP TABLE IF EXISTS embeddings")
        _set_meta(con, "embed_model", key)
    con.execute(f"CREATE TABLE IF NOT EXISTS embeddings (call_id VARCHAR, idx INTEGER, text_hash UBIGINT, "
                f"vec FLOAT[{dim}], PRIMARY KEY (call_id, idx))")
    # drop vectors whose utterance is gone or whose text changed
    con.execute("DELETE FROM embeddings e WHERE NOT EXISTS (SELECT 1 FROM wh.utterances u WHERE u.call_id = e.call_id "
                "AND u.idx = e.idx AND hash(u.text) = e.text_hash)")
    todo = con.execute("SELECT u.call_id, u.idx, hash(u.text), u.text FROM wh.utterances u ANTI JOIN embeddings e "
                       "ON e.call_id = u.call_id AND e.idx = u.idx ORDER BY u.call_id, u.idx").fetchall()
    for start in range(0, len(todo), 2048):
        chunk = todo[start:start + 2048]
        uniq = list(dict.fromkeys(r[3] for r in chunk))
        vecs = np.asarray(embed(uniq), dtype="float32")
        if vecs.shape != (len(uniq), dim):
            raise SearchError(f"the embedding model returned shape {vecs.shape}, expected ({len(uniq)}, {dim}).")
        row_of = {t: i for i, t in enumerate(uniq)}
        rows = vecs[[row_of[r[3]] for r in chunk]]
        batch = pa.table({"call_id": [r[0] for r in chunk], "idx": pa.array([r[1] for r in chunk], pa.int32()),
                          "text_hash": pa.array([r[2] for r in chunk], pa.uint64()),
                          "vec": pa.FixedSizeListArray.from_arrays(pa.array(rows.reshape(-1)), dim)})
        con.register("new_vectors", batch)
        try:
            con.execute(f"INSERT INTO embeddings SELECT call_id, idx, text_hash, CAST(vec AS FLOAT[{dim}]) "
                        "FROM new_vectors")
        finally:
            con.unregister("new_vectors")
    return len(todo)


# -- filters ---------------------------------------------------------------------------------------------------

def _as_date(v: date | datetime | str | None, name: str) -> date | None:
    if v is None or isinstance(v, date):
        return v.date() if isinstance(v, datetime) else v
    try:
        return date.fromisoformat(v)
    except ValueError:
        raise SearchError(f"--{name} {v!r} is not a date. Fix: write it as YYYY-MM-DD, e.g. 2024-05-01.") from None


def _filters(con: Any, role: str | None, since: Any, until: Any, intent: str | None,
             campaign: str | None) -> tuple[str, list[Any]]:
    """SQL conditions over ``u`` (utterances) and ``c`` (calls), with their parameters; filter values checked."""
    where, params = [], []
    if role is not None:
        if role not in ROLES:
            raise SearchError(f"--role {role!r} is not a role. Valid roles: {', '.join(ROLES)}.")
        where.append("u.role = ?")
        params.append(role)
    d0, d1 = _as_date(since, "since"), _as_date(until, "until")
    if d0 and d1 and d1 < d0:
        raise SearchError(f"--until {d1} is before --since {d0}. Fix: swap them.")
    if d0:
        where.append("c.started_at >= ?")
        params.append(datetime.combine(d0, datetime.min.time()))
    if d1:
        where.append("c.started_at < ?")  # --until is inclusive: the whole day
        params.append(datetime.combine(d1 + timedelta(days=1), datetime.min.time()))
    if intent is not None:
        known = [r[0] for r in con.execute("SELECT DISTINCT intent_id FROM wh.intents ORDER BY 1").fetchall()]
        if intent not in known:
            raise SearchError(f"--intent {intent!r} is not an intent of any call in the warehouse. "
                              f"Known intents: {', '.join(known[:40]) or '(none yet: run the analyze stage)'}.")
        where.append("EXISTS (SELECT 1 FROM wh.intents i WHERE i.call_id = u.call_id AND i.rank = 1 AND i.intent_id = ?)")
        params.append(intent)
    if campaign is not None:
        known = [r[0] for r in con.execute("SELECT campaign_id FROM wh.campaigns ORDER BY 1").fetchall()]
        if campaign not in known:
            raise SearchError(f"--campaign {campaign!r} is not in the campaign calendar. "
                              f"Known campaigns: {', '.join(known[:40]) or '(none: run `voc campaigns import`)'}.")
        where.append("EXISTS (SELECT 1 FROM wh.campaign_links l WHERE l.call_id = u.call_id AND l.campaign_id = ?)")
        params.append(campaign)
    return (" AND ".join(where) or "TRUE"), params


# -- highlighting ------------------------------------------------------------------------------------------------

def _fold(s: str) -> str:
    """Lower-case and strip accents, as the fts tokenizer does."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch))


def _stemmer(con: Any, fts_loaded: bool) -> Callable[[Sequence[str]], dict[str, str]]:
    def stems(tokens: Sequence[str]) -> dict[str, str]:
        uniq = sorted(set(tokens))
        if not uniq:
            return {}
        if not fts_loaded:
            return {t: t for t in uniq}
        return dict(con.execute("SELECT t, stem(t, 'porter') FROM unnest(?::VARCHAR[]) x(t)", [uniq]).fetchall())
    return stems


def _query_stems(con: Any, query: str, stems: Callable[[Sequence[str]], dict[str, str]], fts_loaded: bool) -> set[str]:
    tokens = _TOKEN.findall(_fold(query))
    stop: set[str] = set()
    if fts_loaded:
        stop = {r[0] for r in con.execute("SELECT sw FROM fts_main_docs.stopwords").fetchall()}
    tokens = [t for t in tokens if t not in stop] or tokens
    return set(stems(tokens).values())


def highlight(text: str, qstems: set[str], stem_of: dict[str, str],
              words: int = SNIPPET_WORDS) -> tuple[tuple[str, bool], ...]:
    """Split ``text`` into (piece, matched) runs around the first match, about ``words`` words long."""
    folded = _fold(text)
    if len(folded) != len(text):  # characters that decompose to several: match on a char-by-char fold instead
        folded = "".join((_fold(ch)[:1] or " ") for ch in text)
    marks = [(m.start(), m.end()) for m in _TOKEN.finditer(folded) if stem_of.get(m.group(), m.group()) in qstems]
    # window of about `words` words starting a few words before the first match
    bounds = [m.start() for m in re.finditer(r"\S+", text)]
    lo, hi, prefix, suffix = 0, len(text), "", ""
    if len(bounds) > words:
        first = marks[0][0] if marks else 0
        i = max(0, sum(1 for b in bounds if b <= first) - 1 - words // 4)
        lo = bounds[i]
        hi = bounds[i + words] if i + words < len(bounds) else len(text)
        prefix, suffix = ("… " if lo > 0 else ""), (" …" if hi < len(text) else "")
    pieces: list[tuple[str, bool]] = [(prefix, False)] if prefix else []
    pos = lo
    for s, e in marks:
        if e <= lo or s >= hi:
            continue
        if s > pos:
            pieces.append((text[pos:s], False))
        pieces.append((text[max(s, lo):min(e, hi)], True))
        pos = min(e, hi)
    if pos < hi:
        pieces.append((text[pos:hi].rstrip() if suffix else text[pos:hi], False))
    if suffix:
        pieces.append((suffix, False))
    return tuple(pieces)


# -- search ------------------------------------------------------------------------------------------------------

_SELECT = ("SELECT u.call_id, u.idx, u.start_s, u.end_s, u.role, u.speaker, c.started_at, {score} AS score, u.text "
           "FROM wh.utterances u JOIN wh.calls c ON c.call_id = u.call_id {join} "
           "WHERE {cond} AND {where} ORDER BY score DESC, c.started_at NULLS LAST, u.call_id, u.idx LIMIT ?")


def default_index_path(warehouse: str | Path) -> Path:
    """Where search keeps its side index for a warehouse: ``voc.duckdb`` → ``voc.search.duckdb`` beside it."""
    p = Path(warehouse)
    return p.with_name(p.stem + ".search.duckdb")


def search(warehouse: str | Path, text: str, *, role: str | None = None, since: date | str | None = None,
           until: date | str | None = None, intent: str | None = None, campaign: str | None = None,
           limit: int = 20, semantic: bool = False, all_terms: bool = False, index_path: str | Path | None = None,
           fts_extension: Path | None = None, embedding_model: str = "bundled",
           embedder: Embedder | None = None) -> SearchResult:
    """Search redacted utterances of ``warehouse`` for ``text``; best first.

    Full-text (default): BM25 over stemmed words (any word; ``all_terms=True`` requires every word).
    ``semantic=True``: cosine similarity of MiniLM embeddings, so paraphrases match. Filters: ``role``
    (agent/customer/unknown), ``since``/``until`` (call dates, inclusive), ``intent`` (the call's primary intent),
    ``campaign`` (calls linked to it). ``embedding_model`` is ``settings.analysis.embedding_model`` ("bundled" =
    MiniLM); ``embedder`` replaces the model altogether (texts → L2-normalised vectors), e.g. in tests.
    """
    query = text.strip()
    if not query:
        raise SearchError("the search text is empty. Example: voc search \"cancel my contract\"")
    if limit < 1:
        raise SearchError(f"--limit must be at least 1, got {limit}.")
    wh_path = Path(warehouse)
    idx_path = Path(index_path) if index_path is not None else default_index_path(wh_path)
    con = _open_index(wh_path, idx_path)
    try:
        where, params = _filters(con, role, since, until, intent, campaign)
        fts_error = _load_fts(con, fts_extension)
        fts_loaded = fts_error is None
        rebuilt = _ensure_fts_index(con) if fts_loaded else False
        notice, embedded = None, 0
        if semantic:
            embed = embedder or model_embedder(embedding_model)
            qvec = [float(x) for x in embed([query])[0]]
            model_key = embedding_model if embedder is None else f"custom:{getattr(embedder, '__name__', 'embedder')}"
            embedded = _ensure_embeddings(con, embed, model_key, len(qvec))
            sql = _SELECT.format(score=f"array_cosine_similarity(e.vec, ?::FLOAT[{len(qvec)}])",
                                 join="JOIN embeddings e ON e.call_id = u.call_id AND e.idx = u.idx",
                                 cond="TRUE", where=where)
            rows = con.execute(sql, [qvec, *params, limit]).fetchall()
            method: Method = "semantic"
        elif fts_loaded:
            sql = _SELECT.format(
                score="d.score",
                join=(f"JOIN (SELECT call_id, idx, fts_main_docs.match_bm25(doc_id, ?, conjunctive := "
                      f"{int(all_terms)}) AS score FROM docs) d ON d.call_id = u.call_id AND d.idx = u.idx"),
                cond="d.score IS NOT NULL", where=where)
            rows = con.execute(sql, [query, *params, limit]).fetchall()
            method = "fts"
        else:
            terms = sorted(set(_TOKEN.findall(_fold(query)))) or [query.lower()]
            score = " + ".join("CAST(u.text ILIKE ? AS INTEGER)" for _ in terms)
            cond = f"({score}) {'=' if all_terms else '>='} {len(terms) if all_terms else 1}"
            sql = _SELECT.format(score=score, join="", cond=cond, where=where)
            likes = [f"%{t}%" for t in terms]
            rows = con.execute(sql, [*likes, *likes, *params, limit]).fetchall()
            method = "ilike"
            notice = (f"full-text search is unavailable ({fts_error}); results are ranked by how many query words "
                      f"appear as substrings (no stemming, no BM25). Fix: pip install duckdb-extension-fts=="
                      f"{_duckdb_version()} (it must match DuckDB).")
        briefs = _briefs(con, sorted({r[0] for r in rows}))
        stems = _stemmer(con, fts_loaded)
        qstems = _query_stems(con, query, stems, fts_loaded and _has_fts_tables(con))
        stem_of = stems([t for r in rows for t in _TOKEN.findall(_fold(r[8]))])
        hits = [SearchHit(call_id=r[0], utt_idx=r[1], start_s=r[2], end_s=r[3], role=r[4], speaker=r[5],
                          started_at=r[6], score=float(r[7]), text=r[8], spans=highlight(r[8], qstems, stem_of),
                          brief=briefs.get(r[0]))
                for r in rows]
        return SearchResult(query=query, method=method, hits=hits, index_path=idx_path, rebuilt=rebuilt,
                            embedded=embedded, notice=notice)
    finally:
        con.close()


def _briefs(con: Any, call_ids: list[str]) -> dict[str, dict[str, str]]:
    """call_id → its brief from the warehouse's ``call_briefs`` (none for a warehouse made before it existed)."""
    has = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_catalog = 'wh' "
                      "AND table_name = 'call_briefs'").fetchone()[0]
    if not has or not call_ids:
        return {}
    rows = con.execute("SELECT call_id, reason, actions, outcome, next_steps FROM wh.call_briefs "
                       "WHERE list_contains(?, call_id)", [call_ids]).fetchall()
    return {r[0]: {"reason": r[1], "actions": r[2], "outcome": r[3], "next_steps": r[4]} for r in rows}


def _has_fts_tables(con: Any) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'fts_main_docs' "
                            "AND table_name = 'stopwords'").fetchone()[0])


def _duckdb_version() -> str:
    import duckdb

    return duckdb.__version__
