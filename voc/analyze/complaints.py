"""Complaint detection on customer utterances: a cue lexicon plus negative sentiment, with a severity 1..3.

Reasons (``Complaint.reasons``): dissatisfaction, repeat_contact, escalation, cancel_threat, cancel_request,
legal, regulator, negative_sentiment. The cue lexicon is ``voc/analyze/data/complaint_cues.yaml`` (each category
has a weight, whether it counts on its own, and regular expressions). Severity is the highest weight among the
reasons, plus one when two or more reasons agree, capped at 3. Negative sentiment (from the sentiment stage)
adds the reason ``negative_sentiment`` when the utterance's score is at or below ``NEGATIVE_AMPLIFY`` and makes
an utterance a complaint on its own (severity 1) at or below ``NEGATIVE_STANDALONE`` with at least
``MIN_WORDS_SENTIMENT_ONLY`` words.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

from voc.errors import SettingsError
from voc.records import Complaint, Utterance, UtteranceSentiment

NEGATIVE_AMPLIFY = -0.5
NEGATIVE_STANDALONE = -0.75
MIN_WORDS_SENTIMENT_ONLY = 5
NEGATION_WINDOW = 24  # characters before a cue searched for a negation


@dataclass(frozen=True, slots=True)
class CueCategory:
    name: str
    weight: int
    standalone: bool
    pattern: re.Pattern[str]
    negatable: bool


@dataclass(frozen=True, slots=True)
class Finding:
    """What the detector found in one text (complaint or not)."""

    is_complaint: bool
    severity: int
    reasons: tuple[str, ...]
    matches: tuple[tuple[str, str], ...]  # (reason, matched text)


def default_cues_path() -> Path:
    return Path(str(resources.files("voc.analyze") / "data" / "complaint_cues.yaml"))


class ComplaintDetector:
    """Compiled cue lexicon. ``ComplaintDetector.from_yaml(path)``; ``detect(text, sentiment)`` → ``Finding``."""

    def __init__(self, categories: list[CueCategory], negations: Sequence[str]) -> None:
        self.categories = categories
        neg = "|".join(re.escape(n) for n in sorted(negations, key=len, reverse=True))
        # the negation must govern the cue: only filler words may stand between ("don't want to cancel")
        filler = r"(?:\s+(?:really|even|want|wanna|need|going|gonna|plan|planning|mean|have|to|a|an|the|for|any|my|your))*"
        self._negation = re.compile(rf"\b(?:{neg})\b{filler}\s*$", re.IGNORECASE) if neg else None

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> "ComplaintDetector":
        """Load a cue file (None = the bundled ``complaint_cues.yaml``)."""
        import yaml

        p = Path(path) if path is not None else default_cues_path()
        if not p.is_file():
            raise SettingsError(f"complaint cue file {p} does not exist. Fix: pass an existing YAML file.")
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise SettingsError(f"complaint cues {p}: not valid YAML ({e}).") from e
        cats = data.get("categories")
        if not isinstance(cats, dict) or not cats:
            raise SettingsError(f"complaint cues {p}: needs a 'categories' mapping of name → {{weight, standalone, "
                                "patterns}}.")
        negatable = set(data.get("negatable") or [])
        out = []
        for name, spec in cats.items():
            where = f"complaint cues {p}, category {name!r}"
            if not isinstance(spec, dict) or not isinstance(spec.get("patterns"), list) or not spec["patterns"]:
                raise SettingsError(f"{where}: needs a non-empty 'patterns' list.")
            w = spec.get("weight", 1)
            if not isinstance(w, int) or not 1 <= w <= 3:
                raise SettingsError(f"{where}: 'weight' must be 1, 2 or 3, got {w!r}.")
            alts = []
            for pat in spec["patterns"]:
                try:
                    re.compile(str(pat))
                except re.error as e:
                    raise SettingsError(f"{where}: pattern {pat!r} is not a valid regular expression ({e}).") from e
                alts.append(f"(?:{pat})")
            rx = re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?![\w])", re.IGNORECASE)
            out.append(CueCategory(str(name), w, bool(spec.get("standalone", True)), rx, name in negatable))
        return cls(out, [str(n) for n in data.get("negations") or []])

    def _negated(self, text: str, start: int) -> bool:
        if self._negation is None:
            return False
        return bool(self._negation.search(text[max(0, start - NEGATION_WINDOW):start]))

    def detect(self, text: str, sentiment: float | None = None) -> Finding:
        """Reasons and severity for one customer text; ``sentiment`` is the utterance's score in -1..1 (or None)."""
        text = text or ""
        reasons: list[str] = []
        matches: list[tuple[str, str]] = []
        weights: dict[str, int] = {}
        standalone = False
        spans: list[tuple[int, int]] = []
        for cat in sorted(self.categories, key=lambda c: -c.weight):  # heavier cues claim overlapping text first
            for m in cat.pattern.finditer(text):
                if cat.negatable and self._negated(text, m.start()):
                    continue
                if any(m.start() < e and s < m.end() for s, e in spans):
                    continue
                spans.append(m.span())
                if cat.name not in weights:
                    reasons.append(cat.name)
                    weights[cat.name] = cat.weight
                    standalone = standalone or cat.standalone
                matches.append((cat.name, m.group(0)))
                break
        if sentiment is not None:
            words = len(text.split())
            if sentiment <= NEGATIVE_STANDALONE and words >= MIN_WORDS_SENTIMENT_ONLY:
                standalone = True
            if sentiment <= NEGATIVE_AMPLIFY and (reasons or standalone):
                reasons.append("negative_sentiment")
                weights["negative_sentiment"] = 1
        if not standalone or not reasons:
            return Finding(False, 0, tuple(reasons), tuple(matches))
        severity = min(3, max(weights.values()) + (1 if len(reasons) >= 2 else 0))
        return Finding(True, severity, tuple(reasons), tuple(matches))


@functools.lru_cache(maxsize=4)
def get_detector(path: str | None = None) -> ComplaintDetector:
    """The detector for a cue file, compiled once per process (None = bundled cues)."""
    return ComplaintDetector.from_yaml(path)


def detect_complaints(utterances: Sequence[Utterance], roles: Mapping[str, str],
                      sentiments: Sequence[UtteranceSentiment] | None = None, min_severity: int = 1,
                      include_unknown: bool = False, cues: str | Path | None = None) -> list[Complaint]:
    """Complaints among a call's customer utterances.

    ``roles`` maps speaker → role ("agent", "customer", "unknown"); only "customer" utterances are read (also
    "unknown" ones and utterances without a speaker when ``include_unknown``). ``sentiments`` (by ``utt_idx``)
    add the negative-sentiment evidence. Complaints below ``min_severity`` are dropped.
    """
    det = get_detector(str(cues) if cues is not None else None)
    sent = {s.utt_idx: s.score for s in sentiments or ()}
    out: list[Complaint] = []
    for u in utterances:
        role = roles.get(u.speaker, "unknown") if u.speaker is not None else "unknown"
        if role != "customer" and not (include_unknown and role == "unknown"):
            continue
        f = det.detect(u.text, sent.get(u.idx))
        if f.is_complaint and f.severity >= min_severity:
            out.append(Complaint(u.idx, f.severity, f.reasons, u.text, u.start_s))
    return out
