"""The Python API for data scientists: ``voc.open(path)`` → a :class:`Warehouse` of polars DataFrames.

```python
import voc
with voc.open("voc.duckdb") as wh:          # read-only; a Settings object or None (= Settings.load()) also work
    wh.call_facts                            # one row per call: primary intent, complaints, sentiment, campaigns
    wh.sql("SELECT queue, count(*) n FROM calls GROUP BY queue")   # any read query → polars
```

Reading works whenever no ``voc run`` holds the file for writing (DuckDB allows one writer and no readers
beside it). During a nightly run, open a copy instead: ``voc.api.open_warehouse(path, snapshot=True)``
copies the file (and its write-ahead log) to a temporary folder, reads that, and deletes it on ``close()``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.errors import WarehouseError
from voc.search import default_index_path  # noqa: F401  (re-exported: voc.api.default_index_path)

if TYPE_CHECKING:
    import polars as pl

    from voc.search import SearchResult

# Exposed name → warehouse table or view. Order is the order of ``Warehouse.tables()`` and of exports.
TABLES: dict[str, str] = {
    "calls": "calls",
    "utterances": "utterances",
    "words": "words",
    "speakers": "speakers",
    "turns": "turns",
    "metrics": "call_metrics",
    "intents": "intents",
    "complaints": "complaints",
    "themes": "themes",
    "topics": "topics",
    "call_topics": "call_topics",
    "campaigns": "campaigns",
    "campaign_links": "campaign_links",
    "signals": "signals",
    "call_briefs": "call_briefs",
    "drivers": "drivers",
    "transcripts": "transcripts",
    "analysis_skips": "analysis_skips",
    "entities": "entities",
    "sentiment": "sentiment",
    "call_sentiment": "call_sentiment",
    "pii_spans": "pii_spans",
    "runs": "runs",
    "call_facts": "call_facts",
    "customer_utterances": "customer_utterances",
}
VIEWS = frozenset({"call_facts", "customer_utterances"})


def resolve_table(name: str) -> str:
    """The warehouse table behind an exposed name; the warehouse name itself (``call_metrics``) is accepted too."""
    if name in TABLES:
        return TABLES[name]
    if name in TABLES.values():
        return name
    raise WarehouseError(f"unknown table '{name}'. Valid names: {', '.join(TABLES)}.")


def resolve_path(path_or_settings: Any = None) -> Path:
    """A warehouse path from a path, a :class:`~voc.settings.Settings`, or None (= ``Settings.load().warehouse``)."""
    from voc.settings import Settings

    if path_or_settings is None:
        return Settings.load().warehouse_path
    if isinstance(path_or_settings, Settings):
        return path_or_settings.warehouse_path
    if isinstance(path_or_settings, (str, Path)):
        return Path(path_or_settings).expanduser()
    raise WarehouseError(f"voc.open() takes a warehouse path, a voc.Settings or None, not "
                         f"{type(path_or_settings).__name__} ({path_or_settings!r}).")


class Warehouse:
    """A connection to a voc warehouse whose tables and views read as polars DataFrames.

    Every property runs a fresh query, so assign the result when you use it more than once. ``words`` can be
    large: for a subset, use ``wh.sql("SELECT ... FROM words WHERE call_id = ?", [cid])``.
    """

    def __init__(self, con: Any, path: Path, source_path: Path | None = None,
                 read_only: bool = True, tmpdir: Path | None = None) -> None:
        self._con = con
        self.path = path                      # the file this connection reads (a temporary copy for snapshots)
        self.source_path = source_path or path  # the warehouse the user named
        self.read_only = read_only
        self._tmpdir = tmpdir

    # -- generic access ------------------------------------------------------------------------------------
    @property
    def con(self) -> Any:
        """The underlying DuckDB connection (for relations, ``.arrow()``, ``.df()``)."""
        if self._con is None:
            raise WarehouseError(f"warehouse {self.source_path} is closed. Fix: open it again with voc.open(...).")
        return self._con

    def sql(self, query: str, params: list[Any] | dict[str, Any] | None = None) -> "pl.DataFrame":
        """Run one query and return its result as a polars DataFrame. ``params`` fill ``?`` / ``$name``."""
        import duckdb

        try:
            rel = self.con.execute(query, params) if params is not None else self.con.execute(query)
            return rel.pl()
        except duckdb.Error as e:
            first = str(e).splitlines()[0]
            hint = ("the warehouse is open read-only; change data with the voc commands"
                    if "read-only" in str(e) else f"valid tables: {', '.join(self.tables())}")
            raise WarehouseError(f"query failed on {self.source_path}: {first}. Fix: {hint}.") from e

    def table(self, name: str) -> "pl.DataFrame":
        """One table or view by exposed name (``metrics``) or warehouse name (``call_metrics``)."""
        return self.sql(f'SELECT * FROM "{resolve_table(name)}"')

    def tables(self) -> list[str]:
        """The exposed table and view names, each also a property of this object."""
        return list(TABLES)

    def search(self, text: str, **options: Any) -> "SearchResult":
        """Full-text (or ``semantic=True``) search over redacted utterances; see :func:`voc.search.search`."""
        from voc.search import search

        return search(self.path, text, index_path=options.pop("index_path", None)
                      or default_index_path(self.source_path), **options)

    # -- lifecycle -----------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close the connection (and delete a snapshot copy). Safe to call twice."""
        if self._con is not None:
            self._con.close()
            self._con = None
        if self._tmpdir is not None:
            shutil.rmtree(self._tmpdir, ignore_errors=True)
            self._tmpdir = None

    def __enter__(self) -> "Warehouse":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:  # a forgotten snapshot should not leave a copy behind
        try:
            self.close()
        except Exception:
            pass

    def __repr__(self) -> str:
        state = "closed" if self._con is None else ("read-only" if self.read_only else "read-write")
        snap = f", snapshot of {self.source_path}" if self.source_path != self.path else ""
        return f"<voc.Warehouse {self.path} ({state}{snap})>"

    # -- one property per table / view ---------------------------------------------------------------------
    calls = property(lambda self: self.table("calls"), doc="calls: one row per recording (ingested or failed).")
    utterances = property(lambda self: self.table("utterances"), doc="utterances: redacted segments, speaker, role.")
    words = property(lambda self: self.table("words"), doc="words: redacted words with times and probabilities.")
    speakers = property(lambda self: self.table("speakers"), doc="speakers: per call speaker → role, confidence.")
    turns = property(lambda self: self.table("turns"), doc="turns: speaker turns (diarization).")
    metrics = property(lambda self: self.table("metrics"), doc="call_metrics: talk, silence, overtalk per role.")
    intents = property(lambda self: self.table("intents"), doc="intents: call drivers (rank 1 = primary).")
    complaints = property(lambda self: self.table("complaints"), doc="complaints: customer complaints and themes.")
    themes = property(lambda self: self.table("themes"), doc="themes: complaint themes with keywords and quotes.")
    topics = property(lambda self: self.table("topics"), doc="topics: corpus topics.")
    call_topics = property(lambda self: self.table("call_topics"), doc="call_topics: call/utterance → topic.")
    campaigns = property(lambda self: self.table("campaigns"), doc="campaigns: the campaign calendar.")
    campaign_links = property(lambda self: self.table("campaign_links"), doc="campaign_links: call ↔ campaign evidence.")
    signals = property(lambda self: self.table("signals"),
                       doc="signals: buying signals and risks in customer speech (kind, product, agent_offered).")
    call_briefs = property(lambda self: self.table("call_briefs"),
                           doc="call_briefs: per call reason, actions, outcome, next steps, evidence.")
    drivers = property(lambda self: self.table("drivers"), doc="drivers: discovered call drivers.")
    transcripts = property(lambda self: self.table("transcripts"),
                           doc="transcripts: per call model, language detected and its probability.")
    analysis_skips = property(lambda self: self.table("analysis_skips"),
                              doc="analysis_skips: analysis steps not run on a call, and why.")
    entities = property(lambda self: self.table("entities"), doc="entities: products, plans, competitors, ...")
    sentiment = property(lambda self: self.table("sentiment"), doc="sentiment: per-utterance score and label.")
    call_sentiment = property(lambda self: self.table("call_sentiment"), doc="call_sentiment: per-call summary.")
    pii_spans = property(lambda self: self.table("pii_spans"), doc="pii_spans: what was redacted where (no text).")
    runs = property(lambda self: self.table("runs"), doc="runs: batch run ledger.")
    call_facts = property(lambda self: self.table("call_facts"), doc="call_facts view: a call's headline facts.")
    customer_utterances = property(lambda self: self.table("customer_utterances"),
                                   doc="customer_utterances view: customer speech with call date, queue, campaign.")


def _snapshot(src: Path) -> tuple[Path, Path]:
    """Copy the warehouse file (and its .wal) into a new temporary folder; returns (copy, folder)."""
    if not src.is_file():
        raise WarehouseError(f"warehouse {src} does not exist. Fix: run `voc run --demo` or point voc.open() "
                             "at an existing file.")
    tmp = Path(tempfile.mkdtemp(prefix="voc-snapshot-"))
    dst = tmp / src.name
    try:
        shutil.copy2(src, dst)
        wal = src.with_name(src.name + ".wal")
        if wal.is_file():
            shutil.copy2(wal, dst.with_name(dst.name + ".wal"))
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise WarehouseError(f"cannot copy warehouse {src} to {tmp} for a snapshot: {e}. "
                             "Fix: free disk space in the temporary folder (TMPDIR), or open without snapshot.") from e
    return dst, tmp


def open_warehouse(path_or_settings: Any = None, read_only: bool = True, snapshot: bool = False) -> Warehouse:
    """Open a warehouse for reading (``read_only=False`` to migrate/write; not combinable with ``snapshot``).

    ``snapshot=True`` reads a temporary copy, so it works while a ``voc run`` writes the file; the copy holds
    what the run had committed and checkpointed when it was taken. If the copy caught the file mid-write and
    cannot be opened, it is retried twice before a :class:`WarehouseError` says so.
    """
    from voc.warehouse import connect

    path = resolve_path(path_or_settings)
    if not snapshot:
        return Warehouse(connect(path, read_only=read_only), path, read_only=read_only)
    if not read_only:
        raise WarehouseError("voc.open(..., snapshot=True) reads a temporary copy and cannot write. "
                             "Fix: pass read_only=True (the default), or open the file itself without snapshot.")
    last: WarehouseError | None = None
    for _ in range(3):
        copy, tmp = _snapshot(path)
        try:
            return Warehouse(connect(copy, read_only=True), copy, source_path=path, read_only=True, tmpdir=tmp)
        except WarehouseError as e:
            shutil.rmtree(tmp, ignore_errors=True)
            last = e
    raise WarehouseError(f"a snapshot copy of {path} could not be opened three times (the writer was mid-checkpoint?): "
                         f"{last}. Fix: retry, or wait for the running `voc run` to finish.")
