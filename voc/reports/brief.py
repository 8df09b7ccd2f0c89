"""Campaign brief for agents: ``voc brief --campaign ID --out DIR`` → ``brief.html`` (one page, readable on a phone)
and ``brief.md``.

What it holds (definitions also in docs/signals.md):

* The offer, dates, eligibility (``target_segment``) and promo codes, from the imported campaign calendar.
* What customers ask or raise about it: from the customer utterances of the calls linked to the campaign
  (``campaign_links``), the question sentences (ending in "?" or opening with a question word) and the sentences
  that match a confusion cue (``voc.reports.signals``, e.g. "the discount was not applied"). They are grouped by
  the confusion cue, else by subject (price and billing, how to get it, eligibility, dates, coverage, other).
* Each group's answer: what the agent said next in a call that ended resolved — ``call_briefs.outcome`` when that
  table has the call (the brief's ``actions`` when the agent's next turn is only a question back); without a
  brief, the agent's next turn, marked "outcome not known".
* Objections heard: the ``signals`` of kinds price objection, churn risk, competitor offer and unmet need in the
  linked calls, and how many calls raised each.
* A campaign that has not started (or has no linked calls yet) shows the questions of the closest past campaign:
  the most similar by offer, name, keywords, segment and the lexicon products its offer names (token Jaccard).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from voc.errors import SettingsError
from voc.records import Campaign

MAX_GROUPS = 8
MAX_ASKS = 3

_QWORD = re.compile(r"^(?:how|what|when|where|why|who|which|is|are|can|could|do|does|did|will|would|should|may|am|"
                    r"have|has|isn'?t|aren'?t|don'?t|doesn'?t)\b", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:ok(?:ay)?|so|and|but|yes|yeah|hi|hello|well|um|uh|oh|sure|right|great)\b[,.!]?\s*)+",
                   re.IGNORECASE)
_CLOSER = re.compile(r"anything else|how (?:can|may) i help|have a (?:nice|good|great) day|thank(?:s| you) for calling",
                     re.IGNORECASE)
_TRIVIAL = re.compile(r"anything else|can you hear me|how are you|are you there|is that (?:all|it)\b|what is it\??$",
                      re.IGNORECASE)
# subjects, first match wins; written for any business
SUBJECTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("leaving", "Cancelling or leaving", re.compile(
        r"\b(?:cancel\w*|leave|leaving|switch(?:ing)? to|close my account|terminate)\b", re.IGNORECASE)),
    ("eligibility", "Who qualifies", re.compile(
        r"\b(?:qualif\w*|eligib\w*|who can|am i able|does it apply|only for|new customers?|existing customers?|"
        r"tenure|members?)\b", re.IGNORECASE)),
    ("price", "Price, billing and discount", re.compile(
        r"\b(?:price|cost|costs|how much|bill|billed|charge\w*|fee|fees|pay|discount|percent|%|dollars?|credit|"
        r"free|off|cheaper|invoice|refund)\b", re.IGNORECASE)),
    ("how", "Getting it: sign-up, upgrade, activation", re.compile(
        r"\b(?:how do i|how can i|sign up|sign me up|activate|apply|code|enrol\w*|order|get it|add it|redeem|claim|"
        r"switch|upgrad\w*|i'?d like|i want|i would like)\b", re.IGNORECASE)),
    ("dates", "Dates and duration", re.compile(
        r"\b(?:when|how long|until|expire\w*|ends?|start\w*|next month|months?|weeks?|days?|deadline|still valid)\b",
        re.IGNORECASE)),
    ("coverage", "What is included and where", re.compile(
        r"\b(?:include\w*|available|work|where|area|country|coverage|cover\w*|speed|data|minutes|install\w*)\b", re.IGNORECASE)),
)
OTHER = ("other", "Other questions")
OBJECTION_KINDS = {"price_objection": "Object to the price", "churn_risk": "Say they may leave",
                   "competitor_offer": "Mention a competitor's offer", "unmet_need": "Ask for something not offered"}


@dataclass(frozen=True, slots=True)
class Ask:
    """One thing a customer asked or raised, where, and what the agent said next."""

    call_id: str
    utt_idx: int
    start_s: float | None
    text: str                        # the question or concern (redacted)
    started_at: datetime | None
    answer: str | None               # the agent's reply (next agent turn, or the call brief's actions)
    answer_source: str | None        # next_turn | call_brief
    outcome: str | None              # call_briefs.outcome, None without a brief


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    key: str
    label: str
    calls: int
    asks: tuple[Ask, ...]            # example phrasings, most recent first
    answer: Ask | None               # the answer from a resolved call (or, without briefs, the best next turn)


@dataclass(frozen=True, slots=True)
class ObjectionRow:
    kind: str
    label: str
    calls: int
    mentions: int
    example: str | None


@dataclass(slots=True)
class CampaignBrief:
    campaign: Campaign
    status: str                      # not_started | running | ended
    generated_at: datetime
    linked_calls: int
    source: Campaign | None          # the past campaign the questions come from, when not this one
    source_calls: int
    groups: tuple[QuestionGroup, ...]
    objections: tuple[ObjectionRow, ...]
    has_briefs: bool
    notes: list[str] = field(default_factory=list)


# -- reading the warehouse -----------------------------------------------------------------------------------

def _campaigns(con: Any) -> list[Campaign]:
    return [Campaign(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6] or ()), tuple(r[7] or ()), r[8])
            for r in con.execute("SELECT campaign_id, name, start_date, end_date, channel, offer, keywords, "
                                 "promo_codes, target_segment FROM campaigns ORDER BY start_date, campaign_id")
            .fetchall() if r[2] is not None and r[3] is not None]


def _has_table(con: Any, table: str) -> bool:
    return bool(con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table])
                .fetchone()[0])


def _linked(con: Any, campaign_id: str, today: date) -> list[str]:
    """The calls linked to the campaign that took place on or before ``today``."""
    return [r[0] for r in con.execute(
        "SELECT DISTINCT l.call_id FROM campaign_links l JOIN calls c USING (call_id) WHERE l.campaign_id = ? "
        "AND (c.started_at IS NULL OR CAST(c.started_at AS DATE) <= ?) ORDER BY 1", [campaign_id, today]).fetchall()]


_STOP = frozenset("the a an and or of for to in on with your our you we is are be by at from per this that it its "
                  "off all any more than who have has their them they".split())


def _tokens(c: Campaign, product_terms: dict[str, str]) -> set[str]:
    text = " ".join([c.name, c.offer or "", " ".join(c.keywords), c.target_segment or ""]).lower()
    toks = {w for w in re.findall(r"[a-z0-9%]+", text) if len(w) > 2 and w not in _STOP}
    toks |= {f"product:{pid}" for term, pid in product_terms.items() if term in text}
    return toks


def closest_campaign(target: Campaign, candidates: list[Campaign], product_terms: dict[str, str] | None = None
                     ) -> tuple[Campaign, float] | None:
    """The candidate most similar to ``target`` by offer, name, keywords, segment and products (Jaccard)."""
    terms = product_terms or {}
    t = _tokens(target, terms)
    best: tuple[Campaign, float] | None = None
    for c in candidates:
        o = _tokens(c, terms)
        sim = len(t & o) / len(t | o) if t | o else 0.0
        if best is None or sim > best[1] or (sim == best[1] and c.end_date > best[0].end_date):
            best = (c, sim)
    return best


def _product_terms(settings: Any) -> dict[str, str]:
    """Lexicon product/plan surface (lower-case) → id, for comparing campaign offers."""
    from voc.analyze.entities import lexicon_for

    lex = lexicon_for(settings)
    return {s.lower(): e.id for e in lex.entries if e.label in ("PRODUCT", "PLAN") for s in e.surfaces
            if len(s) > 3}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.?!])\s+", text or "") if s.strip()]


def is_question(sentence: str) -> bool:
    core = _LEAD.sub("", sentence.strip())
    if len(core.split()) < 3 or _TRIVIAL.search(core):
        return False
    return core.endswith("?") or bool(_QWORD.match(core))


def subject_of(text: str) -> tuple[str, str]:
    for key, label, rx in SUBJECTS:
        if rx.search(text):
            return key, label
    return OTHER


def _asks(con: Any, call_ids: list[str], has_briefs: bool) -> list[tuple[str, str, Ask]]:
    """(group key, group label, Ask) for every question or cue-matching concern in the calls' customer speech."""
    from voc.reports.signals import cue, cues_in

    if not call_ids:
        return []
    rows = con.execute("""
        SELECT u.call_id, u.idx, u.start_s, u.text, u.role, c.started_at
        FROM utterances u JOIN calls c USING (call_id)
        WHERE list_contains(?, u.call_id) ORDER BY u.call_id, u.start_s, u.idx""", [call_ids]).fetchall()
    briefs = ({r[0]: (r[1], r[2], r[3], r[4]) for r in con.execute(
        "SELECT call_id, outcome, actions, reason, evidence FROM call_briefs WHERE list_contains(?, call_id)",
        [call_ids]).fetchall()} if has_briefs else {})
    by_call: dict[str, list[tuple]] = defaultdict(list)
    for r in rows:
        by_call[r[0]].append(r)
    out: list[tuple[str, str, Ask]] = []
    for call_id, utts in by_call.items():
        outcome, actions, reason, evidence = briefs.get(call_id, (None, None, None, None))
        texts = set()
        for i, (cid, idx, start, text, role, started) in enumerate(utts):
            if role != "customer":
                continue
            reply = _next_agent_turn(utts, i)
            for sent in _sentences(text):
                cues = cues_in(sent)
                if cues:
                    key, label = f"cue:{cues[0]}", cue(cues[0]).label.capitalize()
                elif is_question(sent):
                    key, label = subject_of(sent)
                else:
                    continue
                answer, source = reply, "next_turn" if reply else None
                if actions and (not reply or reply.rstrip().endswith("?") or key.startswith("cue:")):
                    answer, source = actions, "call_brief"   # a concern is answered by what the agent did
                out.append((key, label, Ask(cid, int(idx), start, _LEAD.sub("", sent).strip() or sent, started,
                                            answer, source, outcome)))
                texts.add(sent.lower())
        if reason and reason.lower() not in texts and not any(reason.lower() in t or t in reason.lower()
                                                              for t in texts):
            # the call brief's reason: what the customer came for, answered by what the agent did
            where = _first_evidence(evidence, "reason")
            start = next((u[2] for u in utts if u[1] == where), None) if where is not None else None
            key, label = subject_of(reason)
            out.append((key, label, Ask(call_id, where if where is not None else -1, start, reason, utts[0][5],
                                        actions or None, "call_brief" if actions else None, outcome)))
    return out


def _first_evidence(evidence: Any, part: str) -> int | None:
    import json

    try:
        ev = json.loads(evidence) if isinstance(evidence, str) else (evidence or {})
        return int(ev[part][0]["utt_idx"])
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def _next_agent_turn(utts: list[tuple], i: int) -> str | None:
    """The agent's words after utterance ``i`` until the customer speaks again (None when no agent spoke)."""
    said: list[str] = []
    for r in utts[i + 1:]:
        if r[4] == "agent":
            kept = [x for x in _sentences(r[3]) if not _CLOSER.search(x)]
            if kept:
                said.append(" ".join(kept))
        elif said:
            break
        elif r[4] == "customer":
            continue
    return " ".join(said) if said else None


def _groups(asks: list[tuple[str, str, Ask]], has_briefs: bool) -> tuple[QuestionGroup, ...]:
    by: dict[str, list[Ask]] = defaultdict(list)
    labels: dict[str, str] = {}
    for key, label, a in asks:
        by[key].append(a)
        labels[key] = label
    out = []
    for key, items in by.items():
        items.sort(key=lambda a: (a.started_at or datetime.min, a.start_s or 0), reverse=True)
        resolved = [a for a in items if a.answer and a.outcome == "resolved"]
        if has_briefs:   # the fullest answer from a resolved call
            answer = max(resolved, key=lambda a: len(a.answer or "")) if resolved else None
        else:   # no briefs: the longest reply that is not a question back
            cands = [a for a in items if a.answer and not a.answer.rstrip().endswith("?")]
            answer = max(cands, key=lambda a: len(a.answer or "")) if cands else None
        seen: set[str] = set()
        examples = []
        for a in items:
            k = a.text.lower()
            if k not in seen:
                seen.add(k)
                examples.append(a)
        out.append(QuestionGroup(key, labels[key], len({a.call_id for a in items}), tuple(examples[:MAX_ASKS]),
                                 answer))
    out.sort(key=lambda g: (-g.calls, g.key.startswith("other"), g.label))
    return tuple(out[:MAX_GROUPS])


def _objections(con: Any, call_ids: list[str]) -> tuple[ObjectionRow, ...]:
    if not call_ids or not _has_table(con, "signals"):
        return ()
    rows = con.execute("""
        SELECT kind, count(DISTINCT call_id), count(*), arg_max(text, confidence)
        FROM signals WHERE list_contains(?, call_id) AND list_contains(?, kind)
        GROUP BY 1 ORDER BY 2 DESC, 3 DESC, 1""", [call_ids, list(OBJECTION_KINDS)]).fetchall()
    return tuple(ObjectionRow(k, OBJECTION_KINDS[k], int(c), int(m), ex) for k, c, m, ex in rows)


def build_brief(con: Any, campaign_id: str, settings: Any = None, today: date | None = None) -> CampaignBrief:
    """The brief for ``campaign_id`` as of ``today`` (default: the current date)."""
    from voc.settings import Settings

    s = settings or Settings()
    today = today or date.today()
    camps = _campaigns(con)
    by_id = {c.campaign_id: c for c in camps}
    if campaign_id not in by_id:
        raise SettingsError(f"--campaign '{campaign_id}' is not in the warehouse's calendar. Valid: "
                            f"{', '.join(by_id) or '(none: run `voc campaigns import FILE`)'}.")
    camp = by_id[campaign_id]
    status = "not_started" if camp.start_date > today else ("ended" if camp.end_date < today else "running")
    linked = _linked(con, campaign_id, today)
    notes: list[str] = []
    source, source_calls, ids = None, 0, linked
    if not linked:
        past = [c for c in camps if c.campaign_id != campaign_id and c.start_date <= min(today, camp.start_date)
                and _linked(con, c.campaign_id, today)]
        best = closest_campaign(camp, past, _product_terms(s)) if past else None
        why = "has not started yet" if status == "not_started" else "has no linked calls yet"
        if best is None:
            notes.append(f"{camp.name} {why}, and no earlier campaign has calls to learn from.")
        else:
            source, sim = best
            ids = _linked(con, source.campaign_id, today)
            source_calls = len(ids)
            notes.append(f"{camp.name} {why}: the questions below were asked about {source.name} "
                         f"({source.campaign_id}, {source.start_date:%d %b} – {source.end_date:%d %b %Y}), the most "
                         f"similar earlier campaign by offer and products (similarity {sim:.2f}).")
    has_briefs = bool(ids) and _has_table(con, "call_briefs") and bool(con.execute(
        "SELECT count(*) FROM call_briefs WHERE list_contains(?, call_id)", [ids]).fetchone()[0])
    if not has_briefs:
        notes.append("Answers are the agent's next words; call outcomes are not known (no call briefs in this "
                     "warehouse).")
    groups = _groups(_asks(con, ids, has_briefs), has_briefs)
    return CampaignBrief(camp, status, datetime.now(UTC).replace(tzinfo=None, microsecond=0), len(linked),
                         source, source_calls, groups, _objections(con, ids), has_briefs, notes)


# -- rendering -----------------------------------------------------------------------------------------------

def render_html(b: CampaignBrief) -> str:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    from voc.reports import format as fmt

    env = Environment(loader=PackageLoader("voc.reports", "templates"), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters.update(when=fmt.when, clock=fmt.clock)
    return env.get_template("brief.html").render(b=b, status_label=STATUS[b.status])


STATUS = {"not_started": "Not started yet", "running": "Running now", "ended": "Ended"}


def render_markdown(b: CampaignBrief) -> str:
    from html import escape

    def t(x: object) -> str:
        return escape(str(x), quote=False).replace("\n", " ")

    c = b.campaign
    lines = [f"# {t(c.name)} ({t(c.campaign_id)}) — brief for agents", "",
             f"**{STATUS[b.status]}** · {c.start_date:%d %b %Y} – {c.end_date:%d %b %Y}"
             + (f" · {t(c.channel)}" if c.channel else ""), ""]
    lines += [f"- **Offer:** {t(c.offer or 'not given in the calendar')}",
              f"- **Who qualifies:** {t(c.target_segment or 'not given in the calendar')}",
              f"- **Promo codes:** {', '.join(f'`{t(p)}`' for p in c.promo_codes) or 'none'}", ""]
    lines += [f"> {t(n)}" for n in b.notes] + ([""] if b.notes else [])
    lines += ["## What customers ask", ""]
    if not b.groups:
        lines += ["No questions about this campaign in the calls yet.", ""]
    for g in b.groups:
        lines += [f"### {t(g.label)} ({g.calls} call{'s' if g.calls != 1 else ''})", ""]
        lines += [f"- “{t(a.text)}”" for a in g.asks]
        if g.answer:
            how = ("what the agent did in a resolved call" if g.answer.answer_source == "call_brief"
                   else "agent's answer in a resolved call" if g.answer.outcome == "resolved"
                   else "agent's answer; outcome not known")
            lines += ["", f"**Answer** ({how}): {t(g.answer.answer)}"]
        else:
            lines += ["", "*No answer from a resolved call yet.*"]
        lines.append("")
    lines += ["## Objections heard", ""]
    if not b.objections:
        lines += ["None detected in these calls.", ""]
    for o in b.objections:
        lines += [f"- **{t(o.label)}**: {o.calls} call{'s' if o.calls != 1 else ''}"
                  + (f" — “{t(o.example)}”" if o.example else "")]
    lines += ["", f"*Generated {b.generated_at:%d %b %Y %H:%M} UTC from {b.source_calls or b.linked_calls} calls.*", ""]
    return "\n".join(lines)


def write_brief(con: Any, campaign_id: str, out_dir: str | Path, settings: Any = None,
                today: date | None = None) -> tuple[Path, Path]:
    """Write ``brief.html`` and ``brief.md`` into ``out_dir``; returns both paths."""
    b = build_brief(con, campaign_id, settings=settings, today=today)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    html, md = out / "brief.html", out / "brief.md"
    html.write_text(render_html(b), encoding="utf-8")
    md.write_text(render_markdown(b), encoding="utf-8")
    return html, md
