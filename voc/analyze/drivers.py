"""Call drivers for a deployment with no taxonomy: discovered from what customers say when they state why they call.

Per call (analyze stage, ``call_documents``): the call's *reason* document is the brief's reason sentence
(``voc.analyze.briefs``: "I'm calling because…", "I want to…", "I need…"), else the first substantive customer
sentences. It is embedded once and stored (``doc_embeddings``, kind ``reason``).

Corpus step (``voc.corpus.update_drivers``): the reason embeddings are clustered with the shared engine
(``voc.analyze.clustering``) on a bounded sample; each driver gets a readable label in the customers' words
(``voc.analyze.labels``), keywords and example sentences, and is stored in ``drivers`` (id ``d<n>``, stable across
refits). Every call is assigned its nearest driver: an ``intents`` row with ``source = 'discovered'`` and the cosine
to the driver's centroid as confidence; below ``ASSIGN_FLOOR`` the call gets ``other``.

``suggest_taxonomy(con)`` turns the discovered drivers into a draft taxonomy YAML (id, description, examples) for
the analyst to edit and configure as ``analysis.taxonomy``. ``driver_summary(con)`` says which taxonomy is in use and
what share of calls are classified with confidence (for the run summary and the report).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

ASSIGN_FLOOR = 0.30        # cosine to the nearest driver below which a call's driver is "other"
CONFIDENT = 0.5            # a call counts as classified with confidence at or above this (the report's bar)
ABSTAIN = "other"
MAX_REASON_SENTENCES = 2
MIN_WORDS = 4


def reason_document(utts: Sequence[Any], roles: Mapping[str, str], brief_reason: str = "") -> str:
    """The text that says why the customer called: the brief's reason, else the first substantive customer
    sentences (customer speech when roles are known, all speech otherwise)."""
    if brief_reason and brief_reason.strip():
        return brief_reason.strip()
    from voc.analyze.briefs import sentences

    sents = sentences(utts, roles)
    cust = [s for s in sents if s.role == "customer"] or sents
    picked = [s.text for s in cust if len(re.findall(r"[A-Za-z']+", s.text)) >= MIN_WORDS][:MAX_REASON_SENTENCES]
    return " ".join(picked)


def call_documents(utts: Sequence[Any], roles: Mapping[str, str], brief_reason: str,
                   complaints: Sequence[tuple[int, str]], unit: str = "call") -> list[tuple[str, int, str]]:
    """(kind, utt_idx, text) of the documents the corpus step clusters for one call (see migration 006)."""
    docs: list[tuple[str, int, str]] = []
    reason = reason_document(utts, roles, brief_reason)
    if reason:
        docs.append(("reason", -1, reason))
    customer = [u for u in utts if roles.get(u.speaker or "") == "customer"] or list(utts)
    whole = " ".join(u.text.strip() for u in sorted(customer, key=lambda u: u.idx) if u.text.strip())
    if whole:
        docs.append(("call", -1, whole))
    if unit == "utterance":
        docs += [("utterance", u.idx, u.text.strip()) for u in customer if u.text.strip()]
    docs += [("complaint", int(i), t) for i, t in complaints if t and t.strip()]
    return docs


def driver_id(n: int) -> str:
    return f"d{n}"


def discovering(settings: Any) -> bool:
    """True when drivers are discovered: no taxonomy and no trained intent model configured."""
    a = settings.analysis
    return not a.taxonomy and not a.intent_model


def suggest_taxonomy(con: Any, max_examples: int = 5) -> list[dict[str, Any]]:
    """A draft taxonomy from the stored drivers: [{id, description, examples}], largest driver first."""
    import json

    rows = con.execute("SELECT driver_id, label, keywords, examples, size FROM drivers ORDER BY size DESC, "
                       "driver_id").fetchall()
    out, seen = [], set()
    for did, label, keywords, examples, _size in rows:
        base = re.sub(r"[^a-z0-9]+", "_", (label or "").lower()).strip("_")[:40] or did
        ident = base if base not in seen else f"{base}_{did}"
        seen.add(ident)
        ex = json.loads(examples) if isinstance(examples, str) else (examples or [])
        texts = [e["text"] for e in ex if e.get("text")][:max_examples]
        desc = (f'Calls whose stated reason is like "{label}"' if label
                else "Calls whose stated reason mentions: " + ", ".join(keywords or []))
        out.append({"id": ident, "description": desc, "examples": texts or [label]})
    return out


def driver_summary(con: Any, settings: Any = None) -> dict[str, Any]:
    """Which taxonomy classifies the calls and how many are classified with confidence.

    ``{"source": "discovered" | "taxonomy" | "none", "taxonomy": <path, "discovered" or None>, "calls": n,
    "classified": n with a primary driver, "confident": n with a non-"other" primary driver at ≥ CONFIDENT,
    "confident_share": confident / calls (0 when no calls)}``. Library function shared with the report.
    """
    cols = {r[0] for r in con.execute("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_name = 'intents'").fetchall()}
    calls = con.execute("SELECT count(*) FROM transcripts").fetchone()[0] if _has(con, "transcripts") else 0
    src_col = "source" if "source" in cols else "'taxonomy'"
    rows = con.execute(f"SELECT {src_col}, count(*), count(*) FILTER (WHERE intent_id NOT IN ('other', 'unknown') "
                       f"AND confidence >= ?) FROM intents WHERE rank = 1 GROUP BY 1", [CONFIDENT]).fetchall()
    classified = sum(r[1] for r in rows)
    confident = sum(r[2] for r in rows)
    if rows:
        source = max(rows, key=lambda r: r[1])[0] or "taxonomy"
    elif settings is not None and discovering(settings):
        source = "discovered"
    else:
        source = "taxonomy" if settings is not None else "none"
    taxonomy = None
    if settings is not None:
        a = settings.analysis
        taxonomy = a.intent_model or a.taxonomy or ("discovered" if source == "discovered" else None)
    elif source == "discovered":
        taxonomy = "discovered"
    return {"source": source, "taxonomy": taxonomy, "calls": int(calls), "classified": int(classified),
            "confident": int(confident), "confident_share": round(confident / calls, 4) if calls else 0.0}


def _has(con: Any, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
                            [table]).fetchone()[0])
