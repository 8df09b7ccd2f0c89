"""The "Why customers called" section: reasons (call drivers or discovered topics), their share and change,
representative quotes with each call's brief, an "emerging" list, and what customers asked and said per campaign.

Definitions (also in docs/reports.md):

* Reasons: each transcribed call's primary intent (``intents.rank = 1``). A call is *classified with confidence*
  when its intent is not the abstain label (``other``/``unknown``) and its confidence is at least
  ``MIN_CONFIDENCE``. Shares are of the confidently classified calls. Without intents, whole-call topics
  (``call_topics.utt_idx = -1``) are the reasons; without either, the section lists calls in their own words.
* Taxonomy in use: ``intents.source`` (``taxonomy`` | ``discovered``) when the column exists, else the taxonomy
  setting (the bundled customer-service taxonomy when unset).
* Change: against the previous period of equal length, only when both periods have at least
  ``report.min_calls`` classified calls; otherwise the section says "too few calls to compare".
* Emerging: a reason up by at least ``EMERGING_MIN_RISE`` of its previous count and by ``report.min_calls``
  calls or more (new reasons count when they reach ``report.min_calls``).
* Quotes: the customer's own sentence stating the need (``call_briefs.reason``; the most readable early
  customer sentence for calls without a brief), ranked by how typical it is of its group (mean word overlap with
  the group's other reasons), how readable it is (no placeholders, filler or ASR repetition) and the intent's
  confidence. At most one quote per call, no duplicates.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from typing import Any

from voc.analyze.briefs import readability, tidy
from voc.reports.model import CampaignVoice, Quote, QuoteBrief, ReasonRow, Report, WhyCalled
from voc.reports.scope import Scope

MIN_CONFIDENCE = 0.5
ABSTAIN = ("other", "unknown")
EMERGING_MIN_RISE = 0.25
QUOTES = 3
MAX_REASONS = 10
CANDIDATES = 150          # per reason, the most confident calls considered for quotes
COMPLAINT_LIKE = re.compile(r"complain|escalat|dispute|grievance", re.IGNORECASE)
_WORD = re.compile(r"[a-z']+")
_STOP = frozenset("i me my a an the to and or of for in on it is was be this that you your we our can could would "
                  "like want need have has had do does did am are with about just so please".split())


def _columns(con: Any, table: str) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = ?", [table]).fetchall()}


def _pretty(identifier: str) -> str:
    t = identifier.replace("_", " ").strip()
    return t[:1].upper() + t[1:]


def _assignments(con: Any, scope: Scope) -> tuple[str, dict[str, tuple[str, str, float]], int]:
    """(source, call_id → (key, label, confidence) for confidently classified calls, calls with any reason)."""
    cols = _columns(con, "intents")
    if cols:
        src = "i.source" if "source" in cols else "NULL"
        rows = scope.query(con, f"""
            SELECT i.call_id, i.intent_id, i.confidence, {src}
            FROM scope JOIN intents i USING (call_id) WHERE i.rank = 1""")
        if rows:
            sources = [r[3] for r in rows if r[3]]
            source = max(set(sources), key=sources.count) if sources else "taxonomy"
            labels = _driver_labels(con)
            out = {r[0]: (r[1], labels.get(r[1], _pretty(r[1])), float(r[2] or 0.0)) for r in rows
                   if r[1] not in ABSTAIN and (r[2] or 0.0) >= MIN_CONFIDENCE}
            return source, out, len(rows)
    if _columns(con, "call_topics"):
        rows = scope.query(con, """
            SELECT ct.call_id, ct.topic_id, t.label FROM scope JOIN call_topics ct USING (call_id)
            LEFT JOIN topics t USING (topic_id) WHERE ct.utt_idx = -1 AND ct.topic_id >= 0""")
        if rows:
            return "topics", {r[0]: (str(r[1]), r[2] or f"Topic {r[1]}", 1.0) for r in rows}, len(rows)
    return "briefs", {}, 0


def _driver_labels(con: Any) -> dict[str, str]:
    """Labels of discovered drivers, when the warehouse has a ``drivers`` table with ``driver_id``/``label``."""
    cols = _columns(con, "drivers")
    if {"driver_id", "label"} <= cols:
        return {str(r[0]): r[1] for r in con.execute("SELECT driver_id, label FROM drivers").fetchall() if r[1]}
    return {}


def _taxonomy_text(source: str, settings: Any) -> str:
    if source == "discovered":
        return "call drivers discovered from the calls themselves (no taxonomy was given)"
    if source == "topics":
        return "topics discovered from the calls (no call drivers were computed)"
    if source == "briefs":
        return "none yet: no call has a driver or a topic"
    path = getattr(getattr(settings, "analysis", None), "taxonomy", None)
    return f"the taxonomy in {path}" if path else "voc's bundled customer-service taxonomy"


def _candidates(con: Any, scope: Scope) -> dict[str, Quote]:
    """call_id → its best quote: the brief's reason, else the most readable early customer sentence."""
    out: dict[str, Quote] = {}
    if _columns(con, "call_briefs"):
        for cid, reason, actions, outcome, nxt, ev, started in scope.query(con, """
                SELECT b.call_id, b.reason, b.actions, b.outcome, b.next_steps, b.evidence, c.started_at
                FROM scope JOIN call_briefs b USING (call_id) JOIN calls c USING (call_id)"""):
            if not reason:
                continue
            ev = json.loads(ev) if isinstance(ev, str) else (ev or {})
            first = (ev.get("reason") or [{}])[0]
            out[cid] = Quote(cid, int(first.get("utt_idx", -1)), first.get("start_s"), reason, started,
                             brief=QuoteBrief(reason, actions, outcome, nxt))
    best: dict[str, tuple[float, Quote]] = {}
    for cid, idx, start, text, started in scope.query(con, """
            SELECT u.call_id, u.idx, u.start_s, u.text, c.started_at
            FROM scope JOIN utterances u USING (call_id) JOIN calls c USING (call_id)
            WHERE u.role = 'customer' QUALIFY row_number() OVER (PARTITION BY u.call_id ORDER BY u.idx) <= 6"""):
        if cid in out:
            continue
        r = readability(text)
        if r > best.get(cid, (0.0, None))[0]:
            best[cid] = (r, Quote(cid, int(idx), start, tidy(text), started))
    out.update({cid: q for cid, (_, q) in best.items()})
    return out


def _bag(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


def pick_quotes(cands: list[tuple[Quote, float]], k: int = QUOTES) -> tuple[Quote, ...]:
    """The ``k`` most representative readable quotes of one group: typical (word overlap with the others),
    readable and confidently classified; duplicates dropped."""
    cands = sorted(cands, key=lambda qc: -qc[1])[:CANDIDATES]
    bags = [_bag(q.text) for q, _ in cands]
    scored = []
    for i, (q, conf) in enumerate(cands):
        read = readability(q.text)
        if read < 0.3:
            continue
        others = [len(bags[i] & b) / (len(bags[i] | b) or 1) for j, b in enumerate(bags) if j != i]
        typical = sum(others) / len(others) if others else 0.0
        scored.append((read + 2.0 * typical + 0.3 * conf, q))
    out: list[Quote] = []
    seen: set[str] = set()
    for _, q in sorted(scored, key=lambda x: (-x[0], x[1].call_id)):
        key = " ".join(_WORD.findall(q.text.lower()))
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
        if len(out) == k:
            break
    return tuple(out)


def _not_classifiable(con: Any, scope: Scope) -> set[str]:
    """Calls the driver step never ran on: not transcribed because of their language, or analysed with the
    ``intents`` step skipped (an English-only model and a call in another language; ``analysis_skips``)."""
    skipped = ({r[0] for r in scope.query(con, """
        SELECT call_id FROM scope JOIN analysis_skips a USING (call_id) WHERE a.step = 'intents'""")}
               if _columns(con, "analysis_skips") else set())
    if "task" in _columns(con, "transcripts"):
        skipped |= {r[0] for r in scope.query(con, """
            SELECT call_id FROM scope JOIN transcripts t USING (call_id) WHERE t.task = 'skipped'""")}
    return skipped


def _classified_calls(con: Any, scope: Scope, left_out: set[str]) -> int:
    ids = {r[0] for r in scope.query(con, "SELECT call_id FROM scope JOIN transcripts USING (call_id)")}
    return len(ids - left_out)


def why_called(con: Any, cur: Scope, prev: Scope | None, report: Report, settings: Any) -> WhyCalled:
    """Compute the section for the report's period (``prev`` None when there is no previous period)."""
    min_calls = settings.report.min_calls
    source, now, _ = _assignments(con, cur)
    before = _assignments(con, prev)[1] if prev is not None else {}
    left_out = _not_classifiable(con, cur)
    calls = _classified_calls(con, cur, left_out)
    cands = {cid: q for cid, q in _candidates(con, cur).items() if cid not in left_out}
    groups: dict[str, list[str]] = defaultdict(list)
    labels: dict[str, str] = {}
    for cid, (key, label, _) in now.items():
        groups[key].append(cid)
        labels[key] = label
    prev_counts: dict[str, int] = defaultdict(int)
    for key, _, _ in before.values():
        prev_counts[key] += 1
    tot_now, tot_before = len(now), len(before)
    comparable = prev is not None and tot_now >= min_calls and tot_before >= min_calls
    if prev is None:
        note = "Too few calls to compare: there is no earlier period with calls."
    elif not comparable:
        note = (f"Too few calls to compare: {tot_now} calls classified in this period and {tot_before} in the "
                f"previous one (at least {min_calls} each are needed).")
    else:
        note = ""
    rows = []
    for key, cids in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_REASONS]:
        qs = pick_quotes([(cands[c], now[c][2]) for c in cids if c in cands])
        pc = prev_counts.get(key, 0) if comparable else None
        rows.append(ReasonRow(key, labels[key], len(cids), len(cids) / tot_now, pc,
                              (pc / tot_before) if comparable and tot_before else None, qs))
    emerging = tuple(r for r in rows if comparable and r.change is not None and r.change >= min_calls
                     and r.calls >= (1 + EMERGING_MIN_RISE) * (r.prev_calls or 0))
    # calls without a confident reason still speak: their own words (all calls when nothing is classified)
    voices = pick_quotes([(q, 1.0) for c, q in cands.items() if c not in now], k=5 if not rows else QUOTES)
    notes = list(_complaint_notes(report, rows, settings))
    if calls and source != "briefs" and tot_now < calls:
        notes.append(f"{calls - tot_now} of {calls} calls have no reason classified with confidence "
                     f"(confidence below {MIN_CONFIDENCE:.1f} or the abstain label) and are not in the shares.")
    if left_out:
        notes.append(f"{len(left_out)} calls in other languages are not classified (the driver model has no model "
                     "for their language; see Languages) and are in no count of this section.")
    return WhyCalled(source, _taxonomy_text(source, settings), calls, tot_now, tuple(rows), emerging, note,
                     voices, _campaign_voices(con, cur, report, cands), tuple(notes))


def _complaint_notes(report: Report, rows: list[ReasonRow], settings: Any):
    """Explain a complaint-like driver beside a different complaint rate (they measure different things)."""
    try:
        rate = report.metric("complaint_rate").value
    except KeyError:
        return
    sev = settings.analysis.complaint_min_severity
    for r in rows:
        if COMPLAINT_LIKE.search(r.key) or COMPLAINT_LIKE.search(r.label):
            if rate is None or abs(r.share - rate) >= 0.05:
                shown = "not measured" if rate is None else f"{rate * 100:.0f} %"
                yield (f"'{r.label}' is the main reason of {r.share * 100:.0f} % of classified calls, while the "
                       f"complaint rate is {shown}: the reason is what the call was about, as the driver model "
                       f"read the customer's request; the complaint rate counts calls in which the customer "
                       f"voiced dissatisfaction (complaint severity ≥ {sev}). A call can voice a complaint whatever "
                       f"it is about, and a call about a complaint need not voice one.")


def _campaign_voices(con: Any, cur: Scope, report: Report, cands: dict[str, Quote]) -> tuple[CampaignVoice, ...]:
    """Per campaign in the report: its linked calls' customer questions (asked) and the sentences that linked
    them (said), each with its call's brief."""
    out = []
    for card in report.campaigns:
        c = card.campaign
        rows = cur.query(con, """
            , linked AS (SELECT DISTINCT l.call_id FROM scope JOIN campaign_links l USING (call_id)
                         WHERE l.campaign_id = ?)
            SELECT u.call_id, u.idx, u.start_s, u.text, c.started_at,
                   EXISTS (SELECT 1 FROM campaign_links l WHERE l.call_id = u.call_id AND l.campaign_id = ?
                           AND l.utt_idx = u.idx) AS mentions
            FROM linked JOIN utterances u USING (call_id) JOIN calls c USING (call_id)
            WHERE u.role = 'customer' ORDER BY u.call_id, u.idx""", [c.campaign_id, c.campaign_id])
        if not rows:
            continue
        asked, said = [], []
        for cid, idx, start, text, started, mentions in rows:
            for sent in re.split(r"(?<=[.!?])\s+", text):
                q = Quote(cid, int(idx), start, tidy(sent), started,
                          brief=cands[cid].brief if cid in cands else None)
                if sent.strip().endswith("?"):
                    asked.append((q, 1.0))
                elif mentions:
                    said.append((q, 1.0))
        n = len({r[0] for r in rows})
        out.append(CampaignVoice(c.campaign_id, c.name, n, _one_per_call(pick_quotes(asked, 6)),
                                 _one_per_call(pick_quotes(said, 6))))
    return tuple(out)


def _one_per_call(qs: tuple[Quote, ...], k: int = QUOTES) -> tuple[Quote, ...]:
    seen, out = set(), []
    for q in qs:
        if q.call_id not in seen:
            seen.add(q.call_id)
            out.append(q)
    return tuple(out[:k])


def why_tables(w: WhyCalled | None) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
    """The section's extracts: ``why_reasons`` and ``why_quotes`` (each quote with its call's brief)."""
    rcols = ["key", "label", "calls", "share", "prev_calls", "prev_share", "change", "emerging", "source"]
    qcols = ["key", "label", "call_id", "utt_idx", "start_s", "started_at", "text", "outcome", "actions", "next_steps"]
    if w is None:
        return {"why_reasons": (rcols, []), "why_quotes": (qcols, [])}
    emerging = {e.key for e in w.emerging}
    reasons = [{"key": x.key, "label": x.label, "calls": x.calls, "share": x.share, "prev_calls": x.prev_calls,
                "prev_share": x.prev_share, "change": x.change, "emerging": x.key in emerging, "source": w.source}
               for x in w.reasons]
    groups = [(x.key, x.label, x.quotes) for x in w.reasons] + [("", "In their own words", w.voices)]
    groups += [(f"campaign:{c.campaign_id}", f"{c.name}: {part}", qs) for c in w.campaigns
               for part, qs in (("asked", c.asked), ("said", c.said))]
    quotes = [{"key": key, "label": label, "call_id": q.call_id, "utt_idx": q.utt_idx, "start_s": q.start_s,
               "started_at": q.started_at, "text": q.text, "outcome": q.brief.outcome if q.brief else None,
               "actions": q.brief.actions if q.brief else None, "next_steps": q.brief.next_steps if q.brief else None}
              for key, label, qs in groups for q in qs]
    return {"why_reasons": (rcols, reasons), "why_quotes": (qcols, quotes)}


def attach_briefs(con: Any, report: Report) -> None:
    """Give every complaint-theme, competitor and campaign quote its call's brief (in place)."""
    import dataclasses

    ids = sorted({q.call_id for t in report.themes for q in t.quotes}
                 | {q.call_id for c in report.competitors for q in c.quotes}
                 | {q.call_id for c in report.campaigns for q in c.verbatims})
    if not ids or not _columns(con, "call_briefs"):
        return
    briefs = {r[0]: QuoteBrief(r[1], r[2], r[3], r[4]) for r in con.execute(
        "SELECT call_id, reason, actions, outcome, next_steps FROM call_briefs WHERE list_contains(?, call_id)",
        [ids]).fetchall()}

    def fill(qs: tuple[Quote, ...]) -> tuple[Quote, ...]:
        return tuple(dataclasses.replace(q, brief=briefs.get(q.call_id)) for q in qs)

    report.themes = tuple(dataclasses.replace(t, quotes=fill(t.quotes)) for t in report.themes)
    report.competitors = tuple(dataclasses.replace(c, quotes=fill(c.quotes)) for c in report.competitors)
    report.campaigns = tuple(dataclasses.replace(c, verbatims=fill(c.verbatims)) for c in report.campaigns)
