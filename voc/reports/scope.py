"""Which calls a report figure counts: a SQL common table expression ``scope(call_id)`` plus its parameters.

Every report query starts with ``WITH scope AS (...)`` so the period, queue and campaign filters are written
once. Only ingested calls count; a call's day is the date of ``started_at``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from voc.reports.model import Period


@dataclass(frozen=True, slots=True)
class Scope:
    period: Period | None
    queue: str | None = None
    campaign: str | None = None

    def cte(self) -> tuple[str, list[Any]]:
        where = ["c.status = 'ingested'"]
        params: list[Any] = []
        if self.period is not None:
            where.append("CAST(c.started_at AS DATE) BETWEEN ? AND ?")
            params += [self.period.since, self.period.until]
        if self.queue is not None:
            where.append("c.queue = ?")
            params.append(self.queue)
        if self.campaign is not None:
            where.append("c.call_id IN (SELECT l.call_id FROM campaign_links l WHERE l.campaign_id = ?)")
            params.append(self.campaign)
        return f"scope AS (SELECT c.call_id FROM calls c WHERE {' AND '.join(where)})", params

    def query(self, con: Any, sql: str, params: list[Any] | None = None) -> list[tuple]:
        """Run ``sql`` (which may refer to ``scope`` and may start with more CTEs after a comma) in this scope."""
        cte, p = self.cte()
        body = sql.lstrip()
        if body[:1] == ",":
            full = f"WITH {cte}{body}"
        else:
            full = f"WITH {cte} {body}"
        return con.execute(full, p + list(params or [])).fetchall()

    def with_period(self, period: Period | None) -> "Scope":
        return Scope(period, self.queue, self.campaign)

    def without_campaign(self) -> "Scope":
        return Scope(self.period, self.queue, None)
