"""The one mapping between typed records (``voc.records``) and warehouse rows, both ways.

Stage steps turn their records into row dicts with ``record_rows`` / ``utterance_rows``; a stage that is not re-run
hands its stored results to the stages after it through the ``load_*`` readers. Nothing here writes.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from voc.records import Call, Campaign, Entity, PiiSpan, Utterance, Word


# -- records → rows ------------------------------------------------------------------------------------------

def utterance_rows(call_id: str, utts: list[Utterance], roles: dict[str, str] | None = None):
    urows, wrows = [], []
    for u in utts:
        urows.append({"call_id": call_id, "idx": u.idx, "channel": u.channel, "speaker": u.speaker,
                      "role": (roles or {}).get(u.speaker) if u.speaker else None,
                      "start_s": u.start_s, "end_s": u.end_s, "text": u.text, "lang": u.lang,
                      "avg_logprob": u.avg_logprob, "no_speech_prob": u.no_speech_prob,
                      "compression_ratio": u.compression_ratio})
        for j, w in enumerate(u.words):
            wrows.append({"call_id": call_id, "utt_idx": u.idx, "idx": j, "start_s": w.start_s, "end_s": w.end_s,
                          "word": w.word, "prob": w.prob, "channel": w.channel, "speaker": w.speaker})
    return urows, wrows


def record_rows(call_id: str, records: Iterable[Any], **extra: Any) -> list[dict[str, Any]]:
    out = []
    for r in records:
        d = dataclasses.asdict(r) if dataclasses.is_dataclass(r) else dict(r)
        for k, v in d.items():
            if isinstance(v, tuple):
                d[k] = list(v)
        out.append({"call_id": call_id, **d, **extra})
    return out


# -- rows → records (inputs for a stage re-run without its predecessors) ---------------------------------------

def call_from_row(r: dict[str, Any]) -> Call:
    """A ``calls`` row (as a dict) → ``Call``."""
    meta = r.get("meta")
    if isinstance(meta, str):
        try:
            meta = json.loads(meta)
        except json.JSONDecodeError:
            meta = {}
    return Call(call_id=r["call_id"], path=r["path"], duration_s=r["duration_s"] or 0.0, channels=r["channels"] or 1,
                sample_rate=r["sample_rate"] or 0, codec=r["codec"] or "", size_bytes=r["size_bytes"] or 0,
                container=r["container"] or "", started_at=r["started_at"], direction=r["direction"],
                queue=r["queue"], agent_id=r["agent_id"], customer_id=r["customer_id"],
                campaign_code=r["campaign_code"], meta=meta or {})


def load_utterances(con, call_id: str) -> tuple[list[Utterance], dict[str, str]]:
    """The call's stored (redacted) utterances with words, and speaker → role."""
    words: dict[int, list[Word]] = {}
    for utt_idx, s, e, w, p, ch, spk in con.execute(
            "SELECT utt_idx, start_s, end_s, word, prob, channel, speaker FROM words WHERE call_id = ? "
            "ORDER BY utt_idx, idx", [call_id]).fetchall():
        words.setdefault(utt_idx, []).append(Word(s, e, w, p, ch if ch is not None else 0, spk))
    utts, roles = [], {}
    for (idx, ch, spk, role, s, e, text, lang, lp, nsp, cr) in con.execute(
            "SELECT idx, channel, speaker, role, start_s, end_s, text, lang, avg_logprob, no_speech_prob, "
            "compression_ratio FROM utterances WHERE call_id = ? ORDER BY idx", [call_id]).fetchall():
        utts.append(Utterance(idx, ch, s, e, text, words.get(idx, []), spk, lang, lp, nsp, cr))
        if spk and role:
            roles[spk] = role
    for spk, role in con.execute("SELECT speaker, role FROM speakers WHERE call_id = ?", [call_id]).fetchall():
        roles[spk] = role
    return utts, roles


def load_pii_spans(con, call_id: str) -> list[PiiSpan]:
    return [PiiSpan(*r) for r in con.execute(
        "SELECT utt_idx, pii_type, char_start, char_end, start_s, end_s, replacement FROM pii_spans WHERE call_id = ?",
        [call_id]).fetchall()]


def load_entities(con, call_id: str) -> list[Entity]:
    return [Entity(*r) for r in con.execute(
        "SELECT utt_idx, label, text, char_start, char_end, norm, source FROM entities WHERE call_id = ?",
        [call_id]).fetchall()]


def load_campaigns(con) -> list[Campaign]:
    """Every campaign in the warehouse, ordered by start date then id."""
    rows = con.execute(
        "SELECT campaign_id, name, start_date, end_date, channel, offer, keywords, promo_codes, target_segment "
        "FROM campaigns ORDER BY start_date, campaign_id").fetchall()
    return [Campaign(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6] or ()), tuple(r[7] or ()), r[8]) for r in rows]
