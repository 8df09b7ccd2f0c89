"""Sentiment per utterance and per call, tuned for contact-centre speech.

VADER is the floor, not the model: it scores "Great, another fee I didn't ask for." as +0.62. The scorer here
keeps VADER's compound score as a base, computed with a contact-centre lexicon (request words such as "like",
"help", "please", "okay", "sure" carry no sentiment in "I'd like to check my balance"), then applies rules:

- complaint phrasing (charged twice, still not fixed, third time calling, cancel my account, on hold for an hour,
  never arrived, negated positives such as "not happy", "wasn't helpful") pushes the score negative;
- resolution and gratitude (that fixed it, working now, really appreciate) push it positive;
- sarcasm (a positive opener over a complaint: "great, another fee", "thanks for nothing",
  "love being on hold", "sure, because that worked so well") turns a positive VADER score negative;
- an agent's apology or empathy statement ("I'm so sorry, I understand how frustrating that is") is about the
  customer's problem, not negative in itself: its complaint words are discounted.

Markers found in any utterance: ``apology``, ``empathy``, ``sarcasm``, ``escalation``, ``gratitude``.
Accuracy against VADER on ``eval/sentiment/labelled.csv`` is in ``docs/analysis-pii-sentiment.md``
(``voc eval sentiment`` reproduces it).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from voc.records import Utterance, UtteranceSentiment

if TYPE_CHECKING:
    from voc.settings import Settings

LABELS = ("negative", "neutral", "positive")
MARKERS = ("apology", "empathy", "sarcasm", "escalation", "gratitude")
POSITIVE_AT = 0.2    # score >= this is positive
NEGATIVE_AT = -0.2   # score <= this is negative

# words VADER scores that carry no sentiment in service calls ("I'd like to", "can you help", "okay", "sure")
_NEUTRAL_WORDS = ("like", "help", "please", "okay", "ok", "sure", "yes", "yeah", "alright", "well", "want", "care",
                  "kind", "free", "save", "promise", "true", "pretty", "hold", "cancel", "pay", "sorry", "credit")


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.I)


NEG = _rx(
    r"\bcharged (?:me )?(?:twice|double|two times|again|extra|for (?:something|a|an)\b)",
    r"\bdouble[- ]?charged\b", r"\bover ?charg\w*", r"\b(?:surprise|hidden|extra|late|unexpected) (?:fee|charge)s?\b",
    r"\b(?:didn'?t|did not|never) (?:ask|sign(?:ed)? up|agree(?:d)?|order(?:ed)?) (?:for|to)\b",
    r"\bstill (?:not|n't|hasn'?t|haven'?t|isn'?t|doesn'?t|don'?t|no|waiting|broken|down|having|getting)\b",
    r"\b(?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:st|nd|rd|th)) (?:time|week|month|call)\b",
    r"\bevery (?:single )?time\b", r"\bhave to (?:explain|repeat|call)\b",
    r"\b(?:called|calling|rang|phoned)(?: \w+){0,2} (?:times|again)\b",
    r"\b(?:two|three|four|five|six|\d+|several|many|multiple|so many) times\b",
    r"\b(?:keeps?|kept) (?:on )?\w+ing\b",
    r"\bcancel (?:my|the|our|this)\b", r"\bwant to cancel\b", r"\bclose (?:the|my) account\b",
    r"\bswitch(?:ing)? (?:to|provider)", r"\banother provider\b", r"\bleav(?:e|ing) you\b",
    r"\b(?:nobody|no one|no-one)(?: \w+)? (?:called|helped|told|got back|came|showed|answered|fixed|can|could)\b",
    r"\bnever (?:arrived|came|received|got|showed|turned up|called|heard)\b",
    r"\b(?:hasn'?t|haven'?t|didn'?t|did not|has not|have not) (?:arrived|come|came|shown|showed|received|got|gotten|"
    r"worked|been fixed|been resolved|called|come through)\b",
    r"\b(?:doesn'?t|does not|don'?t|isn'?t|is not|not|won'?t|can'?t|cannot) (?:work|working|load|connect|turn on|"
    r"be refunded|process)\b",
    r"\bno (?:signal|service|internet|connection|power|dial tone|sense)\b", r"\bmakes no sense\b",
    r"\b(?:on hold|waiting|waited)(?: for)?(?: an?| \w+)? (?:hour|hours|minutes|weeks|days|ages|forever)\b",
    r"\bbeen waiting\b", r"\bhung up on\b", r"\btransferred (?:again|\w+ times)\b", r"\bmore hold\b",
    r"\b(?:waste of|wasting) (?:my )?(?:time|money)\b",
    r"\b(?:ridiculous|unacceptable|outrageous|disgraceful|pathetic|useless|terrible|awful|horrible|nightmare|joke|"
    r"scam|rip[- ]?off|shambles|appalling|incompetent|rude|mess)\b",
    r"\b(?:frustrat\w*|annoy\w*|disappoint\w*|upset|angry|furious|fed up|sick of|tired of|livid|unhappy|"
    r"dissatisfied)\b",
    r"\b(?:not|n't|never|wasn'?t|isn'?t|hasn'?t been|weren'?t|ain'?t)(?: very| really| at all| that| particularly|"
    r" even)? (?:happy|satisfied|good|great|helpful|pleased|impressed|fair|acceptable|okay|ok|right|clear)\b",
    r"\b(?:is|was|are|were) wrong\b", r"\bwrong (?:again|bill|charge|amount)\b",
    r"\b(?:lied|misled|misleading)\b", r"\b(?:was|were|you) promised\b",
    r"\bwithout my (?:permission|consent|authori[sz]ation)\b", r"\bunauthori[sz]ed\b",
    r"\bprice (?:increase|hike|went up|has gone up)\b", r"\bno one told me\b",
    r"\bcut (?:off my|me off|off)\b", r"\bdisconnected me\b", r"\bexpected (?:better|more|a lot more)\b",
    r"\bdon'?t want it anymore\b", r"\b(?:failed|declined|rejected|broke|broken|stopped working|outage|down again)\b",
    r"\bunfortunately\b", r"\bi'?m afraid (?!of)\b", r"\bnothing (?:more )?(?:i|we) can do\b",
    r"\bnot what you wanted\b", r"\bbilled for\b.*\breturned\b",
)
ESCALATION = _rx(
    r"\b(?:speak|talk) (?:to|with) (?:a|your|the|someone)(?: \w+)? (?:manager|supervisor|senior|in charge)\b",
    r"\bescalat\w+", r"\b(?:file|make|lodge|raise|put in) a (?:formal )?complaint\b",
    r"\b(?:lawyer|solicitor|attorney|ombudsman|regulator|ofcom|fcc|better business bureau|small claims|sue you)\b",
)
POS = _rx(
    r"\b(?:that|it|this)(?:'s| has| is| has been)? (?:fixed|sorted|resolved)\b(?! yet)",
    r"\b(?:fixed|sorted|resolved) (?:it|that|now|then|quickly)\b", r"\b(?:working|works) (?:perfectly|fine|great|now)\b",
    r"\bback on\b", r"\bthat works for me\b", r"\b(?:really |much |truly )?appreciate\b",
    r"\b(?:great|good|excellent|fantastic|brilliant) (?:news|service|deal|help)\b",
    r"\b(?:very|really|so|super) (?:helpful|patient|kind|nice|easy|clear|quick)\b",
    r"\b(?:been|was|were) (?:a |an )?(?:great|amazing|huge|real) help\b", r"\bmuch better\b", r"\brelief\b",
    r"\b(?:happy|glad|pleased) (?:with|that|to|we)\b", r"\brecommend\b", r"\bnot bad\b", r"\bcan'?t complain\b",
    r"\bno problem\b", r"\byou'?re welcome\b", r"\bcongratulations\b", r"\ball set\b", r"\bgone through\b",
    r"\b(?:made|makes) (?:that|it|this) (?:really |so )?easy\b", r"\b(?:i|we) love\b", r"\bexactly what i wanted\b",
)
GRATITUDE = _rx(r"\bthank(?:s| you)\b", r"\b(?:really |much |truly )?appreciate (?:it|that|your|you)\b",
                r"^\W*cheers\b", r"\bmuch obliged\b")
APOLOGY = _rx(r"\b(?:i'?m|i am|we'?re|we are) (?:so |very |really |terribly |truly |deeply )?sorry\b(?! to hear)",
              r"\b(?:i|we) (?:do |sincerely |truly )?apologi[sz]e\b", r"\b(?:my|our) (?:sincere )?apologies\b",
              r"\bapologies for\b", r"\bsorry (?:about|for) (?:that|the|this|any|all)\b")
EMPATHY = _rx(r"\bi (?:completely |totally |fully |really |do )?understand\b",
              r"\bi can (?:see|imagine|understand) (?:how|why|that|what)\b", r"\b(?:that|this) must (?:be|have been)\b",
              r"\bi know (?:how|that'?s|that is|this is|it'?s)\b", r"\bsorry to hear\b", r"\bi hear you\b",
              r"\bi'?d (?:feel|be) the same\b", r"\bthat sounds (?:really |so )?(?:frustrating|difficult|stressful|awful)\b",
              r"\b(?:thank you|thanks) for (?:your|being so) patien\w+", r"\bi appreciate your patience\b")
_POS_OPENER = re.compile(r"^\W*(?:oh\s+|yeah\s+|well\s+)?(?:just\s+)?(?:great|perfect|wonderful|fantastic|awesome|"
                         r"brilliant|lovely|nice|terrific|super|excellent|good|marvell?ous|splendid)\b[\s,.!…-]+",
                         re.I)
_SARCASM_CONTEXT = re.compile(r"\b(?:another|again|more|so now|now i|so i have|so nobody|transferred|third|"
                              r"still|hold|just what)\b", re.I)
SARCASM = _rx(r"\bthanks? (?:a lot )?for nothing\b", r"\bthanks a (?:lot|bunch|million) for (?:the|my|that|this)\b",
              r"\b(?:i |just )*(?:love|loving|enjoy|adore) (?:being|getting|paying|waiting|sitting|having to|spending)\b",
              r"\b(?:yeah|oh) right\b", r"\bsure,? because\b", r"\bworked (?:so|really) well\b",
              r"\b(?:just|exactly) what i needed\b", r"\bas if\b")


@dataclass(frozen=True, slots=True)
class SentimentResult:
    score: float                    # -1 .. 1
    label: str                      # negative | neutral | positive
    vader: float                    # plain VADER compound, for comparison
    markers: tuple[str, ...]

    def __iter__(self):  # unpacks as (score, label, vader, markers)
        return iter((self.score, self.label, self.vader, self.markers))


@functools.lru_cache(maxsize=1)
def _analyzers() -> tuple[Any, Any]:
    """(plain VADER, VADER with the contact-centre lexicon)."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError as e:  # pragma: no cover - a declared dependency
        from voc.errors import NotInstalled

        raise NotInstalled("vaderSentiment is not installed. Fix: pip install vadersentiment==3.3.2") from e
    plain = SentimentIntensityAnalyzer()
    tuned = SentimentIntensityAnalyzer()
    tuned.lexicon = dict(tuned.lexicon)
    for w in _NEUTRAL_WORDS:
        tuned.lexicon.pop(w, None)
    return plain, tuned


def label_for(score: float) -> str:
    if score >= POSITIVE_AT:
        return "positive"
    if score <= NEGATIVE_AT:
        return "negative"
    return "neutral"


def vader_label(compound: float) -> str:
    """VADER's own convention (±0.05), used for the baseline in evaluations."""
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


def score_text(text: str) -> SentimentResult:
    """Score one utterance (see the module docstring for the rules)."""
    plain, tuned = _analyzers()
    vader = float(plain.polarity_scores(text)["compound"])
    base = float(tuned.polarity_scores(text)["compound"])
    neg = len(NEG.findall(text))
    esc = bool(ESCALATION.search(text))
    pos = len(POS.findall(text))
    grat = bool(GRATITUDE.search(text))
    apology, empathy = bool(APOLOGY.search(text)), bool(EMPATHY.search(text))
    sarcasm = bool(SARCASM.search(text))
    opener = _POS_OPENER.match(text)
    if opener and not pos:
        rest = text[opener.end():]
        sarcasm = sarcasm or bool(NEG.search(rest) or _SARCASM_CONTEXT.search(rest))
    if sarcasm:
        grat = False
    neg += int(esc)

    if sarcasm:
        score = -max(0.6, abs(base))
    elif (apology or empathy) and not esc:
        # agent apology/empathy: the problem words describe the customer's issue, not this speaker's mood
        bad_news = bool(re.search(r"\bunfortunately\b|\bi'?m afraid\b|\bnot what you wanted\b", text, re.I))
        score = -0.4 if bad_news else max(-0.15, min(0.15, base + 0.3 * pos))
    else:
        score = base + 0.45 * (pos + int(grat)) - 0.55 * neg
        if neg and not pos:
            score = min(score, -0.35 - 0.1 * (neg - 1))
        elif (pos or grat) and not neg:
            score = max(score, 0.35)
    score = max(-1.0, min(1.0, score))
    markers = tuple(m for m, on in (("apology", apology), ("empathy", empathy), ("sarcasm", sarcasm),
                                    ("escalation", esc), ("gratitude", grat)) if on)
    return SentimentResult(round(score, 4), label_for(score), round(vader, 4), markers)


class SentimentScorer:
    """Utterance and call sentiment. ``SentimentScorer(settings)``; pure, no model download."""

    version = "rules-vader-1"   # goes into the stage's model/version tag

    def __init__(self, settings: "Settings | None" = None) -> None:
        self.settings = settings

    def score(self, texts: list[str]) -> list[SentimentResult]:
        """``(score, label, vader, markers)`` per text."""
        return [score_text(t) for t in texts]

    def score_utterances(self, utterances: list[Utterance]) -> list[UtteranceSentiment]:
        return [UtteranceSentiment(u.idx, r.score, r.label, r.vader, r.markers)
                for u, r in zip(utterances, self.score([u.text for u in utterances]))]

    def call_sentiment(self, utterances: list[Utterance], roles: Mapping[str, str],
                       sentiments: Iterable[UtteranceSentiment]) -> dict[str, Any]:
        """Per-call figures (table ``call_sentiment``): customer start/end = mean score of customer utterances whose
        midpoint lies in the first / last third of the call (by time); shift = end − start (None when either
        third has no customer speech); empathy/apology = agent utterances carrying that marker."""
        return call_sentiment(utterances, roles, sentiments)


def call_sentiment(utterances: list[Utterance], roles: Mapping[str, str],
                   sentiments: Iterable[UtteranceSentiment]) -> dict[str, Any]:
    """See :meth:`SentimentScorer.call_sentiment`."""
    by_idx = {s.utt_idx: s for s in sentiments}
    out: dict[str, Any] = {"customer_start": None, "customer_end": None, "customer_shift": None,
                           "customer_mean": None, "agent_mean": None, "agent_empathy": 0, "agent_apologies": 0}
    if not utterances:
        return out
    t0 = min(u.start_s for u in utterances)
    t1 = max(u.end_s for u in utterances)
    third = (t1 - t0) / 3.0
    cust: list[tuple[float, float]] = []
    agent: list[float] = []
    for u in utterances:
        s = by_idx.get(u.idx)
        role = roles.get(u.speaker or "", "unknown")
        if s is None:
            continue
        if role == "customer":
            cust.append(((u.start_s + u.end_s) / 2.0, s.score))
        elif role == "agent":
            agent.append(s.score)
            out["agent_empathy"] += int("empathy" in s.markers)
            out["agent_apologies"] += int("apology" in s.markers)

    def mean(xs: list[float]) -> float | None:
        return round(sum(xs) / len(xs), 4) if xs else None

    out["customer_mean"] = mean([sc for _, sc in cust])
    out["agent_mean"] = mean(agent)
    if third > 0:
        out["customer_start"] = mean([sc for mid, sc in cust if mid < t0 + third])
        out["customer_end"] = mean([sc for mid, sc in cust if mid >= t1 - third])
    if out["customer_start"] is not None and out["customer_end"] is not None:
        out["customer_shift"] = round(out["customer_end"] - out["customer_start"], 4)
    return out


# -- evaluation ----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EvalReport:
    n: int
    accuracy: float
    macro_f1: float
    vader_accuracy: float
    vader_macro_f1: float
    errors: tuple[tuple[str, str, str], ...]   # (text, gold, predicted) for ours


def evaluate(path: str) -> EvalReport:
    """Accuracy and macro-F1 of this scorer and of plain VADER on a CSV with ``text`` and ``label`` columns."""
    from voc.csvio import read_csv
    from voc.errors import SettingsError

    table = read_csv(path, ("text", "label"), what="labelled set", error=SettingsError,
                     header="text,label (negative|neutral|positive); eval/sentiment/labelled.csv is the bundled set")
    p, rows = table.path, table.rows
    if not rows:
        raise SettingsError(f"{p}: no rows. Fix: add text,label rows (negative|neutral|positive).")
    bad = [r["label"] for r in rows if r["label"] not in LABELS]
    if bad:
        raise SettingsError(f"{p}: label {bad[0]!r} is not one of {', '.join(LABELS)}.")
    gold = [r["label"] for r in rows]
    results = [score_text(r["text"]) for r in rows]
    ours = [r.label for r in results]
    vad = [vader_label(r.vader) for r in results]
    errors = tuple((r["text"], g, o) for r, g, o in zip(rows, gold, ours) if g != o)
    return EvalReport(len(rows), _accuracy(gold, ours), _macro_f1(gold, ours),
                      _accuracy(gold, vad), _macro_f1(gold, vad), errors)


def _accuracy(gold: list[str], pred: list[str]) -> float:
    from sklearn.metrics import accuracy_score

    return round(float(accuracy_score(gold, pred)), 4)


def _macro_f1(gold: list[str], pred: list[str]) -> float:
    """Macro-F1 over the three labels (a label never predicted nor present scores 0)."""
    from sklearn.metrics import f1_score

    return round(float(f1_score(gold, pred, labels=list(LABELS), average="macro", zero_division=0)), 4)
