"""Stage "attribute": link each call to the marketing campaigns it mentions or belongs to (manifest code, spoken
promo code, keyword, offer), within the campaign's window plus ``campaigns.grace_days``.

Its results depend on the imported calendar's CONTENT (a warehouse fingerprint, not the calendar file's path) and
on two settings, so importing a changed calendar redoes this stage only. ``voc campaigns attribute`` runs it too.
"""

from __future__ import annotations

import hashlib
from typing import Any

from voc.settings import Settings
from voc.stages.base import CallContext, Stage, Step
from voc.warehouse.rows import record_rows


def attribute(ctx: CallContext) -> None:
    from voc.analyze.campaigns import attribute_call

    c = ctx.settings.campaigns
    links = attribute_call(ctx.call, ctx.utterances, ctx.entities, campaigns_from_rows(ctx.campaigns),
                           grace_days=c.grace_days, fuzzy_threshold=c.fuzzy_threshold)
    ctx.rows["campaign_links"] = record_rows(ctx.call.call_id, links)


def campaigns_from_rows(rows: list[dict[str, Any]]):
    from voc.records import Campaign

    return [Campaign(r["campaign_id"], r["name"], r["start_date"], r["end_date"], r.get("channel"), r.get("offer"),
                     tuple(r.get("keywords") or ()), tuple(r.get("promo_codes") or ()), r.get("target_segment"))
            for r in rows if r.get("start_date") and r.get("end_date")]


def fingerprint(con) -> str:
    """The imported calendar's content (every column but the import time)."""
    rows = con.execute("SELECT * FROM campaigns ORDER BY campaign_id").fetchall()
    return hashlib.sha256(repr([r[:-1] for r in rows]).encode()).hexdigest()[:16]


def extra(settings: Settings, fingerprints: dict[str, str]):
    c = settings.campaigns
    return [fingerprints.get("attribute", ""), c.fuzzy_threshold, c.grace_days]


STAGE = Stage(
    name="attribute",
    sections=("campaigns",),
    hash_sections=(),          # not the calendar's path nor baseline_days: see ``extra``
    tables=("campaign_links",),
    steps=(Step("attribute", 50, attribute),),
    extra=extra,
    fingerprint=fingerprint,
)
