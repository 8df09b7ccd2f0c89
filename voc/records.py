"""Typed records that cross stage boundaries.

Every stage's pure ``run`` step returns these records; ``voc.warehouse.writers`` is the single place that
maps them to warehouse rows. Times are seconds from the start of the call's audio.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Literal

Role = Literal["agent", "customer", "unknown"]


@dataclass(frozen=True, slots=True)
class Call:
    """One recorded call, identified by the SHA-256 of its bytes."""

    call_id: str
    path: str
    duration_s: float
    channels: int
    sample_rate: int
    codec: str
    size_bytes: int = 0
    container: str = ""
    started_at: datetime | None = None
    direction: str | None = None
    queue: str | None = None
    agent_id: str | None = None
    customer_id: str | None = None
    campaign_code: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Word:
    start_s: float
    end_s: float
    word: str
    prob: float
    channel: int = 0
    speaker: str | None = None


@dataclass(slots=True)
class Utterance:
    """A Whisper segment (one channel), later tagged with its speaker."""

    idx: int
    channel: int
    start_s: float
    end_s: float
    text: str
    words: list[Word] = field(default_factory=list)
    speaker: str | None = None
    lang: str | None = None
    avg_logprob: float | None = None
    no_speech_prob: float | None = None
    compression_ratio: float | None = None


@dataclass(slots=True)
class Transcript:
    """What the transcribe stage produces for one call (text already redacted when stored)."""

    call_id: str
    language: str | None
    language_prob: float | None
    utterances: list[Utterance]
    model: str
    compute_type: str = ""
    device: str = ""
    audio_s: float = 0.0
    elapsed_s: float = 0.0
    # spoken-language identification and the language policy (voc.transcribe.language); ``language`` above is the
    # language of the stored text (``en`` when Whisper translated)
    language_detected: str | None = None      # LID over several windows, channels combined
    language_detected_prob: float | None = None
    language_status: str | None = None        # expected | other | uncertain | skipped | forced | no_speech
    task: str = "transcribe"                  # transcribe | translate | skipped (not decoded, see language_reason)
    translated: bool = False                  # the text is Whisper's English translation
    language_reason: str | None = None        # why skipped / uncertain / forced
    language_detail: dict | None = None       # per channel: LID windows and top probabilities


@dataclass(frozen=True, slots=True)
class Turn:
    speaker: str
    start_s: float
    end_s: float


@dataclass(slots=True)
class SpeakerInfo:
    speaker: str               # "S0", "S1", ... (mono) or "ch0", "ch1" (stereo)
    role: Role
    role_confidence: float
    role_reason: str
    channel: int | None = None


@dataclass(slots=True)
class RoleMetrics:
    """Conversation metrics for one role ('agent', 'customer', 'unknown') or 'all' of a call."""

    role: str
    talk_s: float
    talk_ratio: float
    silence_s: float
    longest_silence_s: float
    overtalk_s: float
    interruptions: int
    turns: int
    words: int
    wpm: float
    first_response_s: float | None = None


@dataclass(frozen=True, slots=True)
class PiiSpan:
    utt_idx: int
    pii_type: str               # card, ssn, phone, email, account, iban, address, dob, person
    char_start: int             # offsets in the ORIGINAL text
    char_end: int
    start_s: float | None = None
    end_s: float | None = None
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class Entity:
    utt_idx: int
    label: str                  # spaCy label or lexicon label (PRODUCT, PLAN, COMPETITOR, CAMPAIGN, PROMO_CODE, ...)
    text: str
    char_start: int
    char_end: int
    norm: str | None = None     # canonical id from the lexicon, when there is one
    source: str = "spacy"       # spacy | lexicon | rule


@dataclass(frozen=True, slots=True)
class UtteranceSentiment:
    utt_idx: int
    score: float                # -1 .. 1
    label: str                  # negative | neutral | positive
    vader: float | None = None  # the lexicon floor, kept for comparison
    markers: tuple[str, ...] = ()  # e.g. ("apology", "empathy", "sarcasm")


@dataclass(frozen=True, slots=True)
class IntentScore:
    intent_id: str
    confidence: float
    rank: int                   # 1 = primary


@dataclass(frozen=True, slots=True)
class Complaint:
    utt_idx: int
    severity: int               # 1 low .. 3 high
    reasons: tuple[str, ...]    # dissatisfaction, repeat_contact, escalation, cancel_threat, legal, regulator ...
    text: str                   # redacted customer text
    start_s: float | None = None


@dataclass(frozen=True, slots=True)
class CampaignLink:
    campaign_id: str
    evidence: str               # manifest_code | promo_code | keyword | offer
    matched: str                # what was matched
    utt_idx: int | None
    start_s: float | None
    strength: float             # 0..1


@dataclass(frozen=True, slots=True)
class CustomerSignal:
    """A buying signal or risk in one customer utterance: see ``voc.analyze.signals``."""

    utt_idx: int
    kind: str                   # purchase_interest | upgrade_interest | price_objection | churn_risk | competitor_offer | unmet_need
    product: str | None         # lexicon product/plan name, else a noun phrase, else None
    text: str                   # the redacted customer utterance
    confidence: float           # 0..1
    agent_offered: bool         # an agent offered something or answered later in the call
    cue: str = ""               # the words that triggered it
    product_source: str | None = None  # lexicon | noun_phrase
    start_s: float | None = None


@dataclass(frozen=True, slots=True)
class Campaign:
    """One row of the campaign calendar (``voc campaigns import``)."""

    campaign_id: str
    name: str
    start_date: date
    end_date: date
    channel: str | None = None
    offer: str | None = None
    keywords: tuple[str, ...] = ()
    promo_codes: tuple[str, ...] = ()
    target_segment: str | None = None

    def active_on(self, day: date, grace_days: int = 0) -> bool:
        """True when ``day`` falls in the campaign window extended by ``grace_days`` after its end."""
        return self.start_date <= day <= self.end_date + timedelta(days=grace_days)


@dataclass(frozen=True, slots=True)
class CallBrief:
    """What a call was about, in the call's own (redacted, tidied) words: see ``voc.analyze.briefs``."""

    reason: str                 # the customer's sentence stating the need ("" when none was found)
    actions: str                # what the agent did or offered
    outcome: str                # resolved | follow_up | transferred | unresolved | unknown
    next_steps: str             # promises, each prefixed by who made it ("Agent: I'll call you back.")
    evidence: dict[str, Any] = field(default_factory=dict)  # part → [{"utt_idx", "start_s", "end_s"}]
