"""Campaign calendar import and call-to-campaign attribution.

A call links to a campaign on four kinds of evidence, strongest first:

=============  ========  ==============================================================================
evidence       strength  what matched
=============  ========  ==============================================================================
manifest_code  1.0       the manifest's ``campaign_code`` is the campaign id or one of its promo codes
promo_code     0.9       a promo code spoken in an utterance (0.85 when matched with a small misspelling)
keyword        0.6-0.8   the campaign name (0.8), a keyword (0.7), either with a small misspelling (0.6)
offer          0.4-0.5   most content words of the offer text occur in one utterance
=============  ========  ==============================================================================

Spoken text is matched the way ASR writes it: lowercase, punctuation dropped, number words turned into digits
("spring twenty five" -> "spring 25", "two five" -> "25"), spelled letters joined ("s p r i n g" -> "spring"),
neighbouring tokens joined ("spring 25" -> "spring25") and small misspellings accepted with rapidfuzz
(``settings.campaigns.fuzzy_threshold``). A code glued to its number words ("springtwentyfive") is matched by
also spelling the code's digits as words.

Links are made only when the call's date is inside the campaign window, from ``start_date`` to ``end_date``
plus ``grace_days`` (default 14: customers call about an offer after its ads stop). A call without a date
links only on its manifest code. One link is kept per (campaign, evidence): the strongest, earliest one,
with the utterance index and start time as evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from voc.analyze.numbers import TEENS, TENS, UNITS, cardinal_words
from voc.errors import IngestError
from voc.records import Call, Campaign, CampaignLink, Entity, Utterance

STRENGTH = {"manifest_code": 1.0, "promo_code": 0.9, "promo_code_fuzzy": 0.85, "name": 0.8, "keyword": 0.7,
            "keyword_fuzzy": 0.6, "offer_min": 0.4, "offer_max": 0.5}
OFFER_MIN_COVERAGE = 0.75   # share of the offer's content words an utterance must contain


# -- calendar files ---------------------------------------------------------------------------------------

_FIELDS = ("id", "name", "channel", "start_date", "end_date", "offer", "keywords", "promo_codes", "target_segment")
_ALIASES = {"campaign_id": "id", "start": "start_date", "end": "end_date", "promo_code": "promo_codes",
            "codes": "promo_codes", "segment": "target_segment", "keyword": "keywords"}
_FIX_DATE = "Fix: write dates as YYYY-MM-DD, e.g. 2025-03-03."


def load_calendar(path: str | Path) -> list[Campaign]:
    """Read and validate a campaign calendar (``.csv``, ``.yaml`` or ``.yml``).

    YAML holds a list of campaigns, or a mapping with a ``campaigns:`` list. CSV has a header row; list
    fields (keywords, promo_codes) separate items with ``;`` or ``|``. Raises :class:`IngestError` naming the
    file, the row and the fix when a date does not parse, an end precedes its start, an id repeats or a
    required field is missing.
    """
    p = Path(path)
    if not p.is_file():
        raise IngestError(f"campaign calendar {p} does not exist. Fix: pass the path of a .csv or .yaml calendar "
                          "(the demo ships voc/demo/campaigns.yaml).")
    suffix = p.suffix.lower()
    if suffix == ".csv":
        rows = _read_csv(p)
    elif suffix in (".yaml", ".yml"):
        rows = _read_yaml(p)
    else:
        raise IngestError(f"campaign calendar {p}: unknown file type '{suffix}'. Fix: use a .csv, .yaml or .yml file.")
    campaigns: list[Campaign] = []
    seen: dict[str, str] = {}
    for where, raw in rows:
        c = _campaign_from_row(p, where, raw)
        if c.campaign_id in seen:
            raise IngestError(f"{p}: {where}: campaign id '{c.campaign_id}' repeats {seen[c.campaign_id]}. "
                              "Fix: give every campaign its own id.")
        seen[c.campaign_id] = where
        campaigns.append(c)
    if not campaigns:
        raise IngestError(f"campaign calendar {p} holds no campaigns. Fix: add at least one row "
                          f"({', '.join(_FIELDS)}).")
    return campaigns


def _read_csv(p: Path) -> list[tuple[str, dict[str, Any]]]:
    from voc.csvio import read_csv

    table = read_csv(p, what="campaign calendar")
    if not table.columns:
        raise IngestError(f"campaign calendar {p} is empty. Fix: add a header row: {','.join(_FIELDS)}.")
    out = []
    for i, row in table.records():  # line 1 is the header
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        if None in row:
            raise IngestError(f"{p}: line {i} has more cells than the header has columns. "
                              "Fix: quote cells that contain commas, or separate list items with ';'.")
        out.append((f"line {i}", row))
    return out


def _read_yaml(p: Path) -> list[tuple[str, dict[str, Any]]]:
    import yaml

    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise IngestError(f"{p}: not valid YAML ({e}). Fix the line named.") from e
    if isinstance(data, dict) and "campaigns" in data:
        data = data["campaigns"]
    if not isinstance(data, list):
        raise IngestError(f"{p}: expected a list of campaigns (or 'campaigns:' with a list), got "
                          f"{type(data).__name__}. Fix: write one '- id: ...' entry per campaign.")
    out = []
    for i, row in enumerate(data, start=1):
        if not isinstance(row, dict):
            raise IngestError(f"{p}: campaign #{i} is {row!r}, not a mapping. Fix: write 'id:', 'name:', ... keys.")
        out.append((f"campaign #{i}", row))
    return out


def _campaign_from_row(p: Path, where: str, raw: dict[str, Any]) -> Campaign:
    row: dict[str, Any] = {}
    for k, v in raw.items():
        key = _ALIASES.get(str(k).strip().lower(), str(k).strip().lower())
        if key not in _FIELDS:
            raise IngestError(f"{p}: {where}: unknown field '{k}'. Valid fields: {', '.join(_FIELDS)}.")
        row[key] = v.strip() if isinstance(v, str) else v
    cid = row.get("id")
    if cid is not None and not isinstance(cid, str):
        cid = str(cid)
    label = f"{where} (id {cid})" if cid else where
    for req in ("id", "name", "start_date", "end_date"):
        if row.get(req) in (None, ""):
            raise IngestError(f"{p}: {label}: required field '{req}' is missing or empty. "
                              f"Fix: give every campaign {', '.join(('id', 'name', 'start_date', 'end_date'))}.")
    start = _parse_date(p, label, "start_date", row["start_date"])
    end = _parse_date(p, label, "end_date", row["end_date"])
    if end < start:
        raise IngestError(f"{p}: {label}: end_date {end} is before start_date {start}. "
                          "Fix: swap the dates or correct the end date.")
    return Campaign(
        campaign_id=str(cid),
        name=str(row["name"]),
        start_date=start,
        end_date=end,
        channel=_opt_str(row.get("channel")),
        offer=_opt_str(row.get("offer")),
        keywords=_as_list(p, label, "keywords", row.get("keywords")),
        promo_codes=_as_list(p, label, "promo_codes", row.get("promo_codes")),
        target_segment=_opt_str(row.get("target_segment")),
    )


def _parse_date(p: Path, label: str, key: str, value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise IngestError(f"{p}: {label}: {key} '{value}' is not a date. {_FIX_DATE}") from None


def _opt_str(v: Any) -> str | None:
    return None if v is None or (isinstance(v, str) and not v.strip()) else str(v)


def _as_list(p: Path, label: str, key: str, v: Any) -> tuple[str, ...]:
    if v is None or v == "":
        return ()
    if isinstance(v, str):
        return tuple(x.strip() for x in re.split(r"[;|]", v) if x.strip())
    if isinstance(v, (list, tuple)):
        return tuple(str(x).strip() for x in v if str(x).strip())
    raise IngestError(f"{p}: {label}: {key} must be a list or a ';'-separated string, got {v!r}.")


# -- warehouse ---------------------------------------------------------------------------------------------

def import_calendar(con: Any, path: str | Path) -> int:
    """Validate ``path`` and upsert its campaigns into the warehouse in one transaction. Returns the count."""
    from voc.warehouse import now, transaction

    campaigns = load_calendar(path)
    stamp = now()
    with transaction(con):
        for c in campaigns:
            con.execute("DELETE FROM campaigns WHERE campaign_id = ?", [c.campaign_id])
            con.execute(
                "INSERT INTO campaigns (campaign_id, name, channel, start_date, end_date, offer, keywords, "
                "promo_codes, target_segment, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [c.campaign_id, c.name, c.channel, c.start_date, c.end_date, c.offer, list(c.keywords),
                 list(c.promo_codes), c.target_segment, stamp])
    return len(campaigns)


def campaigns_from_warehouse(con: Any) -> list[Campaign]:
    """Every campaign in the warehouse, ordered by start date then id (``voc.warehouse.rows.load_campaigns``)."""
    from voc.warehouse.rows import load_campaigns

    return load_campaigns(con)


# -- text normalisation ------------------------------------------------------------------------------------

_UNITS = {**UNITS, "oh": 0}     # number words: voc.analyze.numbers (the one number-words module)
_TEENS = TEENS
_TENS = TENS
_STOP = frozenset("a an the and or of for to on in at with your you our my is are be this that off get".split())


def tokens(text: str) -> list[str]:
    """ASR-style tokens: lowercase, ``%`` spoken as "percent", punctuation dropped, number words as digits,
    runs of single spelled letters joined ("s p r i n g" -> "spring")."""
    t = text.lower().replace("%", " percent ").replace("-", " ")
    raw = re.findall(r"[a-z0-9]+", t)
    out: list[str] = []
    i = 0
    while i < len(raw):
        num, used = _number_at(raw, i)
        if used:
            out.append(str(num))
            i += used
            continue
        if len(raw[i]) == 1 and raw[i].isalpha() and raw[i] not in ("a", "i"):
            j = i
            while j < len(raw) and len(raw[j]) == 1 and raw[j].isalpha():
                j += 1
            if j - i >= 2:
                out.append("".join(raw[i:j]))
                i = j
                continue
        out.append(raw[i])
        i += 1
    return out


def _number_at(raw: Sequence[str], i: int) -> tuple[str, int]:
    """A spoken number starting at raw[i]: (digits, tokens used), or ("", 0). Digit-by-digit runs
    ("two five") concatenate; "twenty five" adds; "one hundred" multiplies."""
    w = raw[i]
    if w.isdigit():
        return "", 0
    if w in _TENS:
        value, used = _TENS[w], 1
        if i + 1 < len(raw) and raw[i + 1] in _UNITS and raw[i + 1] not in ("zero", "oh"):
            value, used = value + _UNITS[raw[i + 1]], 2
        return str(value), used
    if w in _TEENS:
        return str(_TEENS[w]), 1
    if w in _UNITS and w != "oh":
        if i + 1 < len(raw) and raw[i + 1] in ("hundred", "thousand"):
            return str(_UNITS[w] * (100 if raw[i + 1] == "hundred" else 1000)), 2
        digits, j = "", i
        while j < len(raw) and raw[j] in _UNITS:
            digits += str(_UNITS[raw[j]])
            j += 1
        return digits, j - i
    return "", 0


def norm_code(code: str) -> str:
    """A promo code or campaign id as compared: lowercase letters and digits only ("SPRING-25" -> "spring25")."""
    return re.sub(r"[^a-z0-9]", "", code.lower())


def _code_as_words(code: str) -> str:
    """"spring25" -> "springtwentyfive": how a glued ASR token spells the code's number."""
    def spell(m: re.Match[str]) -> str:
        n = int(m.group(0))
        if n < 100:
            return cardinal_words(n).replace(" ", "")
        return "".join(cardinal_words(int(d)) for d in m.group(0))
    return re.sub(r"\d+", spell, code)


# -- attribution -------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Best:
    links: dict[tuple[str, str], CampaignLink] = field(default_factory=dict)

    def offer(self, link: CampaignLink) -> None:
        key = (link.campaign_id, link.evidence)
        cur = self.links.get(key)
        if cur is None or link.strength > cur.strength or (
                link.strength == cur.strength and (link.utt_idx or 0) < (cur.utt_idx or 0)):
            self.links[key] = link


def attribute_call(
    call: Call,
    utterances: list[Utterance],
    entities: list[Entity] | None,
    campaigns: Sequence[Campaign],
    *,
    grace_days: int = 14,
    fuzzy_threshold: int = 85,
) -> list[CampaignLink]:
    """Link one call to campaigns; returns the strongest link per (campaign, evidence), strongest first.

    ``entities`` with label PROMO_CODE or CAMPAIGN (from the lexicon step) count as spoken evidence when
    their ``norm`` or text names a campaign id or promo code.
    """
    day = call.started_at.date() if isinstance(call.started_at, datetime) else call.started_at
    best = _Best()
    utt_by_idx = {u.idx: u for u in utterances}
    toks = [(u, tokens(u.text)) for u in utterances]
    for c in campaigns:
        codes = {norm_code(x) for x in (c.campaign_id, *c.promo_codes) if norm_code(x)}
        if call.campaign_code and norm_code(call.campaign_code) in codes:
            best.offer(CampaignLink(c.campaign_id, "manifest_code", call.campaign_code, None, None,
                                    STRENGTH["manifest_code"]))
        if day is None or not c.active_on(day, grace_days):
            continue
        spoken_codes = {norm_code(x) for x in c.promo_codes} or {norm_code(c.campaign_id)}
        for e in entities or ():
            if e.label not in ("PROMO_CODE", "CAMPAIGN"):
                continue
            names = {norm_code(e.norm or ""), norm_code(e.text)}
            if names & codes:
                u = utt_by_idx.get(e.utt_idx)
                ev, s = ("promo_code", STRENGTH["promo_code"]) if e.label == "PROMO_CODE" else ("keyword", STRENGTH["name"])
                best.offer(CampaignLink(c.campaign_id, ev, e.text, e.utt_idx, u.start_s if u else None, s))
        for u, tk in toks:
            for link in _spoken_links(c, spoken_codes, u, tk, fuzzy_threshold):
                best.offer(link)
    return sorted(best.links.values(), key=lambda ln: (-ln.strength, ln.campaign_id, ln.evidence))


def _spoken_links(c: Campaign, codes: set[str], u: Utterance, tk: list[str], threshold: int) -> list[CampaignLink]:
    out: list[CampaignLink] = []
    hit = _match_code(codes, tk, threshold)
    if hit:
        matched, exact = hit
        out.append(CampaignLink(c.campaign_id, "promo_code", matched, u.idx, u.start_s,
                                STRENGTH["promo_code" if exact else "promo_code_fuzzy"]))
    for phrase, strength in [(c.name, STRENGTH["name"])] + [(k, STRENGTH["keyword"]) for k in c.keywords]:
        hit = _match_phrase(phrase, tk, threshold)
        if hit:
            matched, exact = hit
            out.append(CampaignLink(c.campaign_id, "keyword", matched, u.idx, u.start_s,
                                    strength if exact else STRENGTH["keyword_fuzzy"]))
    if c.offer:
        cov = _offer_coverage(c.offer, tk, threshold)
        if cov is not None and cov >= OFFER_MIN_COVERAGE:
            s = STRENGTH["offer_min"] + (STRENGTH["offer_max"] - STRENGTH["offer_min"]) * (
                (cov - OFFER_MIN_COVERAGE) / (1 - OFFER_MIN_COVERAGE))
            out.append(CampaignLink(c.campaign_id, "offer", c.offer, u.idx, u.start_s, round(s, 3)))
    return out


def _windows(tk: list[str], max_len: int) -> Iterable[tuple[str, str]]:
    """(joined, spaced) for every run of 1..max_len neighbouring tokens."""
    for i in range(len(tk)):
        for n in range(1, max_len + 1):
            if i + n > len(tk):
                break
            yield "".join(tk[i:i + n]), " ".join(tk[i:i + n])


def _match_code(codes: set[str], tk: list[str], threshold: int) -> tuple[str, bool] | None:
    """Best spoken occurrence of any code: (the words matched, exact?) or None."""
    from rapidfuzz import fuzz

    forms = {code: {code, _code_as_words(code)} for code in codes}
    best: tuple[float, str, bool] | None = None
    for joined, spaced in _windows(tk, 4):
        for code, variants in forms.items():
            if joined in variants:
                return spaced, True
            if len(code) < 5:
                continue  # too short to forgive a misspelling
            for v in variants:
                if abs(len(joined) - len(v)) > 2 or joined[:1] != v[:1] or _digits(joined) != _digits(v):
                    continue  # ASR writes numbers reliably once normalised: only letters may be misspelt
                score = fuzz.ratio(joined, v)
                if score >= threshold and (best is None or score > best[0]):
                    best = (score, spaced, False)
    return (best[1], best[2]) if best else None


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _match_phrase(phrase: str, tk: list[str], threshold: int) -> tuple[str, bool] | None:
    """A keyword or name as a run of tokens, exactly or with a small misspelling."""
    from rapidfuzz import fuzz

    ptk = tokens(phrase)
    if not ptk:
        return None
    target = " ".join(ptk)
    n = len(ptk)
    best: tuple[float, str] | None = None
    for i in range(len(tk) - n + 1):
        spaced = " ".join(tk[i:i + n])
        if spaced == target:
            return spaced, True
        if len(target) >= 6:
            score = fuzz.ratio(spaced, target)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, spaced)
    return (best[1], False) if best else None


def _offer_coverage(offer: str, tk: list[str], threshold: int) -> float | None:
    """Share of the offer's content words found (allowing misspellings) in the utterance; None when the
    offer has fewer than two content words (too little to compare)."""
    from rapidfuzz import fuzz

    words = [w for w in tokens(offer) if w not in _STOP]
    if len(words) < 2:
        return None
    have = set(tk)
    found = 0
    for w in words:
        if w in have or (len(w) >= 5 and any(fuzz.ratio(w, t) >= threshold for t in have)):
            found += 1
    return found / len(words)
