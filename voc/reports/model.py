"""The report as typed records: what ``build_report`` computes and every renderer (HTML, Markdown, extracts) reads.

Rates are fractions (0.25 = 25 %). ``None`` means "not enough data" and is rendered as such, never as 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from voc.records import Campaign


@dataclass(frozen=True, slots=True)
class Period:
    """An inclusive range of calendar days."""

    since: date
    until: date

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def label(self) -> str:
        return f"{self.since:%d %b %Y} – {self.until:%d %b %Y}"


@dataclass(frozen=True, slots=True)
class Filters:
    since: date | None = None
    until: date | None = None
    campaign: str | None = None
    queue: str | None = None


@dataclass(frozen=True, slots=True)
class Metric:
    """One headline number and the same number for the previous period of equal length."""

    key: str
    label: str
    value: float | None
    previous: float | None
    unit: str = ""             # "" count, "%" rate (fraction), "h" hours, "score" -1..1

    @property
    def change(self) -> float | None:
        """Absolute change (percentage points for rates)."""
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def change_pct(self) -> float | None:
        """Relative change of counts and hours; None when the previous value is 0 or missing."""
        if self.value is None or not self.previous:
            return None
        return (self.value - self.previous) / self.previous


@dataclass(frozen=True, slots=True)
class Quote:
    """A redacted verbatim with where to find it."""

    call_id: str
    utt_idx: int
    start_s: float | None
    text: str
    started_at: datetime | None = None
    why: str = ""              # the cue, theme or competitor that selected it
    brief: "QuoteBrief | None" = None  # the call's brief (what was done, how it ended), when it has one


@dataclass(frozen=True, slots=True)
class QuoteBrief:
    """A call's brief beside a quote from it (``call_briefs``)."""

    reason: str
    actions: str
    outcome: str               # resolved | follow_up | transferred | unresolved | unknown
    next_steps: str


@dataclass(frozen=True, slots=True)
class DriverRow:
    """A primary intent (call driver) in this period and the previous one."""

    intent_id: str
    calls: int
    share: float
    prev_calls: int
    prev_share: float | None
    label: str = ""            # what a marketer reads: a discovered driver's label, a taxonomy id made readable

    @property
    def change(self) -> int:
        return self.calls - self.prev_calls

    @property
    def title(self) -> str:
        """What a marketer reads (``label``; the raw id when a row was built without one)."""
        return self.label or self.intent_id


@dataclass(frozen=True, slots=True)
class ThemeRow:
    theme_id: int | None
    label: str
    complaints: int
    calls: int
    prev_complaints: int
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class CompetitorRow:
    competitor: str            # lexicon id (entities.norm) or the text when there is none
    name: str                  # the most common spelling in the transcripts
    mentions: int
    calls: int
    prev_calls: int
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class TrendPoint:
    week_start: date
    calls: int
    customer_sentiment: float | None
    complaint_rate: float | None


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    calls: int


@dataclass(frozen=True, slots=True)
class Volume:
    """Call volume in a campaign's window against the baseline_days before launch.

    Daily: mean/std over calendar days (days without calls count as 0). Weekly: 7-day blocks counted back
    from launch. ``lift`` = window mean / baseline mean; ``z`` = (window mean - baseline mean) / baseline std.
    """

    baseline: Period | None
    window: Period | None
    baseline_daily_mean: float | None
    baseline_daily_std: float | None
    window_daily_mean: float | None
    daily_lift: float | None
    z: float | None
    baseline_weekly_mean: float | None
    baseline_weekly_std: float | None
    window_weekly_mean: float | None
    weekly_lift: float | None
    excess_calls: float | None
    daily: tuple[DayCount, ...] = ()
    note: str = ""             # why a figure is missing


@dataclass(frozen=True, slots=True)
class MixRow:
    intent_id: str
    calls: int
    share: float
    share_all: float | None


@dataclass(frozen=True, slots=True)
class Signal:
    """A confusion cue (see ``voc.reports.signals``) among a campaign's calls."""

    cue: str
    label: str
    calls: int
    share: float
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class CampaignCard:
    campaign: Campaign
    linked_calls: int
    evidence: dict[str, int]
    volume: Volume
    intent_mix: tuple[MixRow, ...]
    complaint_rate: float | None
    complaint_rate_all: float | None
    themes: tuple[tuple[str, int], ...]
    customer_sentiment: float | None
    customer_sentiment_all: float | None
    signals: tuple[Signal, ...]
    verbatims: tuple[Quote, ...]
    overlaps: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Action:
    """One plain-language recommendation, with the numbers it rests on."""

    priority: float            # calls affected, weighted: larger first
    area: str                  # campaign | driver | complaint | competitor | sentiment
    text: str
    evidence: str


@dataclass(frozen=True, slots=True)
class ReasonRow:
    """One reason customers called (a call driver or a discovered topic) and how it moved."""

    key: str
    label: str
    calls: int
    share: float               # of the calls classified with confidence
    prev_calls: int | None     # None: no previous period to compare with
    prev_share: float | None
    quotes: tuple[Quote, ...] = ()

    @property
    def change(self) -> int | None:
        return None if self.prev_calls is None else self.calls - self.prev_calls


@dataclass(frozen=True, slots=True)
class CampaignVoice:
    """What customers asked and said about one campaign (its linked calls)."""

    campaign_id: str
    name: str
    calls: int
    asked: tuple[Quote, ...]
    said: tuple[Quote, ...]


@dataclass(frozen=True, slots=True)
class WhyCalled:
    """The "Why customers called" section (see ``voc.reports.why``)."""

    source: str                # taxonomy | discovered | topics | briefs
    taxonomy: str              # the taxonomy in use, in words
    calls: int                 # transcribed calls in the period that the driver step ran on (not other languages)
    classified: int            # calls whose reason is classified with confidence
    reasons: tuple[ReasonRow, ...]
    emerging: tuple[ReasonRow, ...]
    compare_note: str          # why changes are not shown ("" when they are)
    voices: tuple[Quote, ...] = ()          # calls without a confident reason, in their own words (with briefs)
    campaigns: tuple[CampaignVoice, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def classified_share(self) -> float | None:
        return self.classified / self.calls if self.calls else None


# -- "Languages" (voc.reports.languages) -----------------------------------------------------------------

@dataclass(slots=True)
class LanguageRow:
    language: str
    calls: int
    transcribed: int        # text stored (in the call's own language, or translated)
    translated: int         # text is Whisper's English translation
    skipped: int            # not transcribed because of its language (asr.other_languages = "skip")


@dataclass(slots=True)
class LanguageMix:
    rows: list[LanguageRow]
    notes: list[str] = field(default_factory=list)

    @property
    def calls(self) -> int:
        return sum(r.calls for r in self.rows)


# -- "Opportunities and risks" (voc.reports.opportunities) --------------------------------------------------

COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("interest", "Interest", ("purchase_interest", "upgrade_interest")),
    ("unmet", "Unmet needs", ("unmet_need",)),
    ("objections", "Price objections", ("price_objection",)),
    ("churn", "Churn risk", ("churn_risk",)),
    ("competitor", "Competitor offers", ("competitor_offer",)),
)


@dataclass(frozen=True, slots=True)
class OpportunityRow:
    subject: str                     # product or campaign name, or "All calls"
    subject_type: str                # product | campaign | all
    counts: dict[str, int]           # column key (COLUMNS) → signals this period
    total: int
    calls: int
    prev_total: int | None           # None: no previous period
    missed: int                      # signals with no agent offer or answer afterwards
    quotes: tuple[Quote, ...] = ()

    @property
    def change(self) -> int | None:
        return None if self.prev_total is None else self.total - self.prev_total

    @property
    def missed_share(self) -> float | None:
        return self.missed / self.total if self.total else None


@dataclass(frozen=True, slots=True)
class Opportunities:
    rows: tuple[OpportunityRow, ...]
    columns: tuple[tuple[str, str], ...] = tuple((k, label) for k, label, _ in COLUMNS)
    notes: tuple[str, ...] = field(default=())


@dataclass(slots=True)
class Report:
    generated_at: datetime
    warehouse: str
    filters: Filters
    period: Period | None
    previous: Period | None
    headline: tuple[Metric, ...]
    top_driver: DriverRow | None
    drivers: tuple[DriverRow, ...]
    movers: tuple[DriverRow, ...]
    themes: tuple[ThemeRow, ...]
    campaigns: tuple[CampaignCard, ...]
    competitors: tuple[CompetitorRow, ...]
    trend: tuple[TrendPoint, ...]
    actions: tuple[Action, ...]
    notes: list[str] = field(default_factory=list)
    why: WhyCalled | None = None   # "Why customers called" (always set by build_report when there are calls)
    opportunities: Opportunities | None = None  # "Opportunities and risks" (voc.reports.opportunities)
    languages: LanguageMix | None = None  # calls by language, which figures cover which (voc.reports.languages)

    def metric(self, key: str) -> Metric:
        for m in self.headline:
            if m.key == key:
                return m
        raise KeyError(f"no headline metric '{key}'; have {', '.join(m.key for m in self.headline)}")

    def card(self, campaign_id: str) -> CampaignCard:
        for c in self.campaigns:
            if c.campaign.campaign_id == campaign_id:
                return c
        raise KeyError(f"no campaign card '{campaign_id}'; have {', '.join(c.campaign.campaign_id for c in self.campaigns)}")
