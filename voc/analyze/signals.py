"""Buying signals and risks in what customers say: interest, upgrades, price objections, churn, competitor offers
and unmet needs — per customer utterance, with the product it is about and whether the agent responded.

Kinds (``KINDS``): ``purchase_interest``, ``upgrade_interest``, ``price_objection``, ``churn_risk``,
``competitor_offer``, ``unmet_need``. Detection is a cue lexicon (``voc/analyze/data/signal_cues.yaml``; a
deployment may pass its own) written for any business, plus two rules that use the deployment's lexicon:

* a competitor (lexicon ``COMPETITOR``, or a spaCy ``ORG`` that is not in the lexicon) named next to switching,
  offer or price words is a ``competitor_offer``;
* "I'd like / I want / I'll take" followed by a lexicon product or plan is a ``purchase_interest``.

A cue preceded by a negation ("I don't want to cancel") is ignored for the kinds the cue file lists as negatable.
One utterance may carry several kinds (at most one signal per kind: the most confident cue).

**Product**: the lexicon ``PRODUCT`` or ``PLAN`` named in the utterance (its display name; for an upgrade the last
one named, "from Basic to Premium" → Premium; otherwise the first after the cue, else the nearest before), else
the noun phrase nearest the cue (``noun_phrases``, e.g. :func:`spacy_noun_phrases`), minus generic nouns
("time", "thing", "price"); ``None`` when neither exists.

**agent_offered**: whether an agent utterance later in the same call makes an offer (offer, discount, credit,
"I can add", "would you like", a price) or names the signal's product — and for questions (``unmet_need``,
``purchase_interest``) whether the agent's next utterance answers (starts "yes", "no", "we", "it", ...).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from voc.errors import SettingsError
from voc.records import CustomerSignal, Entity, Utterance

KINDS: tuple[str, ...] = ("purchase_interest", "upgrade_interest", "price_objection", "churn_risk",
                          "competitor_offer", "unmet_need")
OPPORTUNITY_KINDS = ("purchase_interest", "upgrade_interest", "unmet_need")
RISK_KINDS = ("price_objection", "churn_risk", "competitor_offer")
PRODUCT_LABELS = ("PRODUCT", "PLAN")
NEGATION_WINDOW = 28

NounPhrases = Callable[[str], Sequence[tuple[int, int, str]]]


@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    pattern: re.Pattern[str]
    confidence: float


@dataclass(frozen=True, slots=True)
class Match:
    """One kind found in one text."""

    kind: str
    cue: str                 # the matched text
    start: int
    end: int
    confidence: float


def default_cues_path() -> Path:
    return Path(str(resources.files("voc.analyze") / "data" / "signal_cues.yaml"))


class SignalDetector:
    """Compiled cue lexicon: ``SignalDetector.from_yaml(path)``; ``detect(text, entities)`` → ``list[Match]``."""

    def __init__(self, cues: list[Cue], negations: Sequence[str], negatable: Sequence[str]) -> None:
        self.cues = cues
        self.negatable = frozenset(negatable)
        neg = "|".join(sorted(negations, key=len, reverse=True))
        filler = (r"(?:\s+(?:really|even|want|wanna|need|going|gonna|plan|planning|mean|have|to|a|an|the|for|any|"
                  r"my|your|think|thinking|of|about|i|we|it|that|this|be|like|able|at|all|anymore|any more))*")
        self._negation = re.compile(rf"\b(?:{neg})\b{filler}\s*$", re.IGNORECASE) if neg else None

    @classmethod
    def from_yaml(cls, path: str | Path | None = None) -> SignalDetector:
        """Load a cue file (None = the bundled ``signal_cues.yaml``); errors name the file, the kind and the fix."""
        import yaml

        p = Path(path) if path is not None else default_cues_path()
        if not p.is_file():
            raise SettingsError(f"signal cue file {p} does not exist. Fix: set analysis.signal_cues to an existing "
                                "YAML file, or leave it unset for the bundled cues.")
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as e:
            raise SettingsError(f"signal cues {p}: not valid YAML ({e}).") from e
        kinds = data.get("kinds")
        if not isinstance(kinds, dict) or not kinds:
            raise SettingsError(f"signal cues {p}: needs a 'kinds' mapping of kind → {{confidence, patterns}}; "
                                f"kinds are {', '.join(KINDS)}.")
        cues: list[Cue] = []
        for kind, spec in kinds.items():
            where = f"signal cues {p}, kind {kind!r}"
            if kind not in KINDS:
                raise SettingsError(f"{where}: unknown kind. Fix: use one of {', '.join(KINDS)}.")
            if not isinstance(spec, dict) or not isinstance(spec.get("patterns"), list) or not spec["patterns"]:
                raise SettingsError(f"{where}: needs a non-empty 'patterns' list.")
            default = _confidence(spec.get("confidence", 0.7), where)
            for item in spec["patterns"]:
                pat, conf = (item.get("pattern"), _confidence(item.get("confidence", default), where)) \
                    if isinstance(item, dict) else (item, default)
                if not isinstance(pat, str) or not pat.strip():
                    raise SettingsError(f"{where}: every pattern must be a non-empty string or "
                                        "{pattern: ..., confidence: ...}.")
                try:
                    rx = re.compile(r"(?<![\w'])(?:" + pat + r")(?![\w])", re.IGNORECASE)
                except re.error as e:
                    raise SettingsError(f"{where}: pattern {pat!r} is not a valid regular expression ({e}).") from e
                cues.append(Cue(str(kind), rx, conf))
        return cls(cues, [str(n) for n in data.get("negations") or []], [str(k) for k in data.get("negatable") or []])

    def _negated(self, text: str, start: int) -> bool:
        return bool(self._negation and self._negation.search(text[max(0, start - NEGATION_WINDOW):start]))

    def detect(self, text: str, entities: Sequence[Entity] = ()) -> list[Match]:
        """The kinds ``text`` carries (one ``Match`` per kind, the most confident); ``entities`` = the
        utterance's entities (lexicon and spaCy), used by the competitor and product rules."""
        text = text or ""
        best: dict[str, Match] = {}

        def keep(m: Match) -> None:
            if m.kind not in best or m.confidence > best[m.kind].confidence:
                best[m.kind] = m

        for cue in self.cues:
            for m in cue.pattern.finditer(text):
                if cue.kind in self.negatable and self._negated(text, m.start()):
                    continue
                keep(Match(cue.kind, m.group(0), m.start(), m.end(), cue.confidence))
                break
        for e in entities:
            if e.label == "COMPETITOR" or (e.label == "ORG" and e.source != "lexicon"):
                conf = 0.85 if e.label == "COMPETITOR" else 0.6
                before = text[max(0, e.char_start - 40):e.char_start]
                sw = (_TO_COMPETITOR if e.label == "COMPETITOR" else _TO_ORG).search(before)
                if sw and not self._negated(before, sw.start()):
                    keep(Match("competitor_offer", text[e.char_start - len(before) + sw.start():e.char_end],
                               e.char_start - len(before) + sw.start(), e.char_end, conf))
                    continue
                for m in (_COMPETITOR_CONTEXT.finditer(text) if e.label == "COMPETITOR" else ()):
                    if abs(m.start() - e.char_start) <= 60 and not self._negated(text, m.start()):
                        keep(Match("competitor_offer", e.text, min(e.char_start, m.start()),
                                   max(e.char_end, m.end()), conf))
                        break
            elif e.label in PRODUCT_LABELS and e.source == "lexicon":
                before = text[max(0, e.char_start - 40):e.char_start]
                m = _WANT_PRODUCT.search(before)
                if m and not self._negated(before, m.start()):
                    start = e.char_start - len(before) + m.start()
                    keep(Match("purchase_interest", text[start:e.char_end], start, e.char_end, 0.85))
        return sorted(best.values(), key=lambda m: (m.start, KINDS.index(m.kind)))


_TO_COMPETITOR = re.compile(
    r"\b(?:switch\w*|go|going|went|gone|mov(?:e|ed|ing)|port\w*|join\w*|leav\w*|sign\w* up)(?: \w+)? "
    r"(?:over )?(?:to|with|for) (?:the )?$", re.IGNORECASE)
# a spaCy ORG (not in the lexicon) is often an ASR-garbled campaign or a regulator: only "switch/go/move to ORG"
_TO_ORG = re.compile(r"\b(?:switch\w*|go|going|went|gone|mov(?:e|ed|ing)|port\w*|leav\w*)(?: \w+)? (?:over )?(?:to|with) "
                     r"(?:the )?$", re.IGNORECASE)
_COMPETITOR_CONTEXT = re.compile(
    r"\b(?:offer\w*|cheaper|better (?:deal|price|offer|rate|plan)|deal|price\w*|quote\w*|charg\w*|gave|gives|giving|"
    r"less|lower)\b", re.IGNORECASE)
_WANT_PRODUCT = re.compile(
    r"\b(?:i'?d|i would|we'?d|we would) (?:like|love|want)(?: to (?:get|have|try|buy|order|add|take))? "
    r"(?:the |a |an |some )?$|\b(?:i|we) (?:want|need)(?: to (?:get|have|try|buy|order|add|take))? "
    r"(?:the |a |an |some )?$|\bi'?ll (?:take|get|have) (?:the |a |an )?$|\bsign (?:me|us) up (?:for )?(?:the |a |an )?$",
    re.IGNORECASE)


def _confidence(v: Any, where: str) -> float:
    if not isinstance(v, (int, float)) or isinstance(v, bool) or not 0 < float(v) <= 1:
        raise SettingsError(f"{where}: 'confidence' must be a number in (0, 1], got {v!r}.")
    return float(v)


@functools.lru_cache(maxsize=4)
def get_detector(path: str | None = None) -> SignalDetector:
    """The detector for a cue file, compiled once per process (None = bundled cues)."""
    return SignalDetector.from_yaml(path)


# -- products ------------------------------------------------------------------------------------------------

GENERIC_NOUNS = frozenset("""
time times thing things way ways day days week weeks month months year years lot bit something anything everything
nothing people guy guys call calls question questions help today tomorrow number name problem problems issue issues
hi hello thanks thank sir madam ma'am minute minutes hour hours moment information info please yes okay one ones
kind sort idea reason money price prices cost costs fee fees amount rate rates dollar dollars percent bit lots
side part end start place point case fact matter stuff person someone somebody everyone anyone company
""".split())


def spacy_noun_phrases(nlp: Any) -> NounPhrases:
    """A ``noun_phrases`` function over a spaCy pipeline with a tagger (the parser is not needed): runs of
    adjectives, compounds and nouns ending in a noun, without determiners, pronouns or redaction placeholders."""

    def phrases(text: str) -> list[tuple[int, int, str]]:
        return noun_phrases_from_doc(nlp(text))

    return phrases


def noun_phrases_from_doc(doc: Any) -> list[tuple[int, int, str]]:
    """(start_char, end_char, lower-case phrase) for each noun phrase of a tagged spaCy ``Doc``."""
    out: list[tuple[int, int, str]] = []
    run: list[Any] = []

    def flush() -> None:
        while run and run[-1].pos_ not in ("NOUN", "PROPN"):
            run.pop()
        while run and run[0].pos_ == "ADJ" and run[0].tag_ in ("JJR", "JJS"):
            run.pop(0)                                   # "cheaper plan" → "plan"
        if run and run[-1].text.lower() not in GENERIC_NOUNS:
            words = [t.text.lower() for t in run]
            if not any(w.startswith("[") for w in words):
                out.append((run[0].idx, run[-1].idx + len(run[-1].text), " ".join(words)))
        run.clear()

    for tok in doc:
        if tok.pos_ in ("NOUN", "PROPN", "ADJ") or (run and tok.pos_ == "NUM"):
            run.append(tok)
        else:
            flush()
    flush()
    return out


def _lexicon_product(m: Match, ents: Sequence[Entity], names: Mapping[str, str]) -> str | None:
    prods = [e for e in ents if e.label in PRODUCT_LABELS and e.source == "lexicon"]
    if not prods:
        return None
    after = [e for e in prods if e.char_start >= m.start]
    if m.kind == "upgrade_interest" and after:
        pick = after[-1]
    elif after:
        pick = after[0]
    else:
        pick = min(prods, key=lambda e: m.start - e.char_end)
    return names.get(pick.norm or "", None) or pick.text


NP_WINDOW = 15   # characters between the cue and a noun phrase taken as its product


def _phrase_product(m: Match, text: str, ents: Sequence[Entity], noun_phrases: NounPhrases | None) -> str | None:
    """The noun phrase nearest the cue (after it first), within ``NP_WINDOW`` characters, that is not an entity
    (a competitor, an organisation, a person, an amount) and has letters."""
    if noun_phrases is None:
        return None
    taken = [(e.char_start, e.char_end) for e in ents]
    nps = [p for p in noun_phrases(text) if re.search(r"[a-z]{2}", p[2])
           and not any(p[0] < b and p[1] > a for a, b in taken)
           and not (p[0] < m.end and p[1] > m.start and m.kind == "competitor_offer")
           and not _TO_ORG.search(text[max(0, p[0] - 40):p[0]])]          # "... and go to X": X is a competitor
    after = [p for p in nps if p[0] >= m.start and p[0] - m.end <= NP_WINDOW]
    if after:
        return after[0][2]
    before = [p for p in nps if p[1] <= m.start and m.start - p[1] <= NP_WINDOW]
    return before[-1][2] if before else None


# -- agent follow-up -----------------------------------------------------------------------------------------

_OFFER = re.compile(
    r"\b(?:offers?|deal|discount\w*|promo(?:tion)?s?|promo code|percent off|free|upgrad\w*|credit|waiv\w*|refund\w*|"
    r"special|bonus|trial|quote|price match\w*|save|saving|eligible|qualify|included)\b|% off"
    r"|\b(?:i|we) (?:can|could|'ll|will) (?:offer|give|add|apply|set (?:you |that )?up|get you|upgrade|switch|move|"
    r"waive|credit|refund|include|book|order|activate|enrol|enroll|sign you up|match|send you)"
    r"|\b(?:i|we)'ll (?:offer|give|add|apply|set|get you|upgrade|switch|move|waive|credit|refund|book|order|activate)"
    r"|\b(?:would|do) you like\b|\byou (?:can|could|'ll|will) (?:get|have|pay|save|keep|add)\b|\byou get\b"
    r"|\b(?:it|that|this|they)(?:'s| is| are| costs?| would be| will be) (?:only |just )?(?:\$ ?\d|\d|(?:one|two|three|"
    r"four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred)\b[^.?!]{0,20}(?:dollars|pounds|euros|a month|"
    r"per)|free|included|available)"
    r"|\bper (?:month|day|year|night|week)\b|\blet me (?:add|apply|set|get|offer|upgrade|switch|see what|check what)"
    r"|\b(?:i have|i've|we have|we've) (?:added|applied|upgraded|set up|activated|credited|waived|booked|ordered)"
    r"|^\W*done\b|\ball set\b|\b(?:it'?s|that'?s|it is|that is|is now|are now) (?:been )?(?:added|activated|active|on "
    r"your (?:plan|account|bill))",
    re.IGNORECASE)
_ANSWER = re.compile(r"^\W*(?:yes|yeah|yep|sure|no|nope|unfortunately|we|it|you|there|of course|absolutely|"
                     r"certainly|that|they|this|our|currently|right now|at the moment|not)\b", re.IGNORECASE)


def agent_followed_up(pos: int, utterances: Sequence[Utterance], roles: Mapping[str, str], kind: str,
                      product: str | None) -> bool:
    """Whether an agent utterance after ``utterances[pos]`` makes an offer, names ``product``, or (questions)
    answers the customer directly."""
    words = [w for w in (product or "").lower().split() if len(w) > 2]
    first_agent = True
    for u in utterances[pos + 1:]:
        if u.speaker is None or roles.get(u.speaker) != "agent":
            continue
        low = u.text.lower()
        if _OFFER.search(u.text):
            return True
        if words and all(w in low for w in words):
            return True
        if first_agent and kind in ("unmet_need", "purchase_interest") and _ANSWER.search(u.text) \
                and len(u.text.split()) >= 3:
            return True
        first_agent = False
    return False


# -- the call -----------------------------------------------------------------------------------------------

def detect_signals(utterances: Sequence[Utterance], roles: Mapping[str, str], entities: Sequence[Entity] = (),
                   product_names: Mapping[str, str] | None = None, noun_phrases: NounPhrases | None = None,
                   cues: str | Path | None = None, include_unknown: bool = False) -> list[CustomerSignal]:
    """Signals among a call's customer utterances.

    ``roles`` maps speaker → role; only "customer" utterances are read (also "unknown" ones when
    ``include_unknown``). ``entities`` are the call's entities; ``product_names`` maps a lexicon id to its
    display name; ``noun_phrases`` supplies products when the lexicon names none in the utterance.
    """
    det = get_detector(str(cues) if cues is not None else None)
    names = dict(product_names or {})
    by_utt: dict[int, list[Entity]] = {}
    for e in entities:
        by_utt.setdefault(e.utt_idx, []).append(e)
    ordered = sorted(utterances, key=lambda u: (u.start_s, u.idx))
    out: list[CustomerSignal] = []
    for pos, u in enumerate(ordered):
        role = roles.get(u.speaker, "unknown") if u.speaker is not None else "unknown"
        if role != "customer" and not (include_unknown and role == "unknown"):
            continue
        ents = sorted(by_utt.get(u.idx, []), key=lambda e: e.char_start)
        for m in det.detect(u.text, ents):
            product = _lexicon_product(m, ents, names)
            source = "lexicon" if product else None
            if product is None:
                product = _phrase_product(m, u.text, ents, noun_phrases)
                source = "noun_phrase" if product else None
            conf = min(1.0, m.confidence + (0.05 if source == "lexicon" else 0.0))
            out.append(CustomerSignal(u.idx, m.kind, product, u.text, round(conf, 3),
                                      agent_followed_up(pos, ordered, roles, m.kind, product),
                                      m.cue, source, u.start_s))
    return out
