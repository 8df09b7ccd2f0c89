"""The "Opportunities and risks" section: buying signals and risks (table ``signals``) per product and campaign.

Definitions (also in docs/signals.md):

* A row is a product (the ``signals.product`` the lexicon or a noun phrase gave) or a campaign (signals in the
  calls linked to it, ``campaign_links``). Signals without a product and a campaign count only in "All calls".
* Interest = ``purchase_interest`` + ``upgrade_interest``; unmet needs = ``unmet_need``; objections =
  ``price_objection``; churn risk = ``churn_risk``; competitor offers = ``competitor_offer``.
* Change: all signals of the row in this period minus the previous period of equal length (None without one).
* Missed = the share of the row's signals after which no agent made an offer or answered (``agent_offered`` false).
* Quotes: the most confident signals of the row, newest first on ties.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from voc.reports.model import COLUMNS, Opportunities, OpportunityRow, Quote
from voc.reports.scope import Scope

TOP_ROWS = 8
KIND_LABELS = {"purchase_interest": "wants to buy", "upgrade_interest": "wants to upgrade",
               "unmet_need": "asks for something missing", "price_objection": "objects to the price",
               "churn_risk": "may leave", "competitor_offer": "mentions a competitor's offer"}


CANDIDATES = 60   # quotes read per row before picking diverse ones


def _diverse(cands: list[Quote], top: int) -> list[Quote]:
    """Up to ``top`` quotes with distinct texts, one per kind first (candidates come most confident first)."""
    picked: list[Quote] = []
    seen: set[str] = set()
    for first_pass in (True, False):
        for q in cands:
            key = " ".join(q.text.lower().split())
            if len(picked) >= top or key in seen or (first_pass and any(p.why == q.why for p in picked)):
                continue
            picked.append(q)
            seen.add(key)
    return picked


def _column(kind: str) -> str:
    for key, _, kinds in COLUMNS:
        if kind in kinds:
            return key
    return "other"


_GROUPS = {
    "product": ("SELECT s.product AS subject, s.call_id, s.utt_idx, s.kind, s.agent_offered, s.confidence "
                "FROM scope JOIN signals s USING (call_id) WHERE s.product IS NOT NULL"),
    "campaign": ("SELECT coalesce(cp.name, l.campaign_id) AS subject, s.call_id, s.utt_idx, s.kind, s.agent_offered, "
                 "s.confidence FROM scope JOIN signals s USING (call_id) "
                 "JOIN (SELECT DISTINCT call_id, campaign_id FROM campaign_links) l ON l.call_id = s.call_id "
                 "LEFT JOIN campaigns cp ON cp.campaign_id = l.campaign_id"),
    "all": ("SELECT 'All calls' AS subject, s.call_id, s.utt_idx, s.kind, s.agent_offered, s.confidence "
            "FROM scope JOIN signals s USING (call_id)"),
}


def _has_signals(con: Any) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = 'signals'")
                .fetchone()[0])


def opportunities(con: Any, cur: Scope, prev: Scope | None, top_quotes: int = 3) -> Opportunities:
    """The section for the calls in ``cur`` (``prev`` = the previous period, or None)."""
    if not _has_signals(con):
        return Opportunities((), notes=("This warehouse has no signals table yet: run `voc run` with this voc.",))
    rows: list[OpportunityRow] = []
    for stype in ("campaign", "product", "all"):
        sql = _GROUPS[stype]
        agg = cur.query(con, f"""
            , g AS ({sql})
            SELECT subject, kind, count(*), count(*) FILTER (WHERE NOT agent_offered), count(DISTINCT call_id)
            FROM g GROUP BY 1, 2""")
        calls = {r[0]: int(r[1]) for r in cur.query(con, f", g AS ({sql}) SELECT subject, count(DISTINCT call_id) "
                                                         "FROM g GROUP BY 1")}
        before = ({r[0]: int(r[1]) for r in prev.query(con, f", g AS ({sql}) SELECT subject, count(*) FROM g "
                                                            "GROUP BY 1")} if prev is not None else None)
        counts: dict[str, dict[str, int]] = defaultdict(lambda: {k: 0 for k, _, _ in COLUMNS})
        missed: dict[str, int] = defaultdict(int)
        for subject, kind, n, n_missed, _ in agg:
            col = _column(kind)
            if col in counts[subject]:
                counts[subject][col] += int(n)
            missed[subject] += int(n_missed)
        quotes: dict[str, list[Quote]] = defaultdict(list)
        for r in cur.query(con, f"""
            , g AS ({sql})
            SELECT g.subject, u.call_id, u.idx, u.start_s, u.text, c.started_at, arg_max(g.kind, g.confidence),
                   row_number() OVER (PARTITION BY g.subject ORDER BY max(g.confidence) DESC, c.started_at DESC,
                                      u.call_id, u.idx) AS n
            FROM g JOIN utterances u ON u.call_id = g.call_id AND u.idx = g.utt_idx
            JOIN calls c ON c.call_id = g.call_id
            GROUP BY g.subject, u.call_id, u.idx, u.start_s, u.text, c.started_at
            QUALIFY n <= ? ORDER BY g.subject, n""", [CANDIDATES]):
            quotes[r[0]].append(Quote(r[1], int(r[2]), r[3], r[4], r[5], KIND_LABELS.get(r[6], r[6])))
        quotes = defaultdict(list, {k: _diverse(v, top_quotes) for k, v in quotes.items()})
        group = []
        for subject, c in counts.items():
            total = sum(c.values())
            group.append(OpportunityRow(subject, stype, dict(c), total, calls.get(subject, 0),
                                        (before or {}).get(subject, 0) if before is not None else None,
                                        missed[subject], tuple(quotes[subject])))
        group.sort(key=lambda r: (-r.total, r.subject))
        rows += group[:TOP_ROWS] if stype != "all" else group
    notes = () if rows else (("No customer in these calls said they wanted to buy, upgrade or leave, objected to "
                              "a price or named a competitor's offer."),)
    return Opportunities(tuple(rows), notes=notes)


def markdown_lines(o: Opportunities | None) -> list[str]:
    """The section as Markdown lines (transcript text escaped like the rest of ``report.md``)."""
    from html import escape

    from voc.reports import format as fmt

    def t(x: object) -> str:
        return escape(str(x), quote=False).replace("|", "\\|").replace("\n", " ")

    lines = ["## Opportunities and risks", ""]
    if o is None:
        return lines + [fmt.NA.capitalize() + ".", ""]
    lines += [t(n) for n in o.notes] + ([""] if o.notes else [])
    if not o.rows:
        return lines
    head = ["Campaign / product", *(label for _, label in o.columns), "Calls", "Change", "No offer"]
    lines += ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for row in o.rows:
        change = "—" if row.change is None else f"{row.change:+d}"
        cells = [f"{row.subject} ({row.subject_type})" if row.subject_type != "all" else row.subject,
                 *(row.counts[k] for k, _ in o.columns), row.calls, change, fmt.pct(row.missed_share)]
        lines.append("| " + " | ".join(t(c) for c in cells) + " |")
    lines.append("")
    for row in o.rows:
        if not row.quotes:
            continue
        lines += [f"**{t(row.subject)}**", ""]
        for q in row.quotes:
            lines += [(f"> {t(q.why)}: “{t(q.text)}” — call `{q.call_id[:12]}`, {fmt.when(q.started_at)}, "
                       f"at {fmt.clock(q.start_s)}"), ""]
    return lines


def opportunity_tables(o: Opportunities | None) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """The section as report extracts: ``opportunities`` (one row per campaign/product) and ``opportunity_quotes``."""
    cols = ["subject", "subject_type", *(k for k, _ in (o.columns if o else Opportunities(()).columns)),
            "total", "calls", "prev_total", "change", "missed", "missed_share"]
    rows, quotes = [], []
    for r in (o.rows if o else ()):
        rows.append({"subject": r.subject, "subject_type": r.subject_type, **r.counts, "total": r.total,
                     "calls": r.calls, "prev_total": r.prev_total, "change": r.change, "missed": r.missed,
                     "missed_share": r.missed_share})
        quotes += [{"subject": r.subject, "subject_type": r.subject_type, "call_id": q.call_id, "utt_idx": q.utt_idx,
                    "start_s": q.start_s, "started_at": q.started_at, "why": q.why, "text": q.text} for q in r.quotes]
    return {"opportunities": (cols, rows),
            "opportunity_quotes": (["subject", "subject_type", "call_id", "utt_idx", "start_s", "started_at", "why",
                                    "text"], quotes)}
