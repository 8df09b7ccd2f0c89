"""Call briefs: why the customer called, what the agent did, how it ended and what happens next — extracted.

Every part of a brief is made of sentences said in the call (redacted text, tidied of filler and ASR repetition),
never generated, so each one points back at the utterances it came from (``CallBrief.evidence``). Rules, no
model: the cue lists below are phrased for any business (nothing telecom- or demo-specific).

* ``reason``: the customer sentence, early in the call, that best states a need ("I'd like to…", "I'm calling
  about…", "my card doesn't work", "can you…"). Greetings, identification answers and back-channels score low; the
  first substantial customer sentence is the fallback.
* ``actions``: up to ``MAX_ACTIONS`` agent sentences that do or offer something ("I've reset…", "I can send…",
  "let me check…", "we can offer…"), in call order; questions asking for details are not actions.
* ``next_steps``: sentences that promise future work, each prefixed with who promised it
  ("Agent: I'll call you back tomorrow.").
* ``outcome``: ``transferred`` (the agent hands the call on, and promises nothing after) > ``follow_up`` (a
  promise of later work: a call back, a referral, "come back next week") > ``unresolved`` (the agent cannot do it
  or the customer ends unhappy) > ``resolved`` (a done action or a satisfied close; also, without any cue, a call in
  which the agent did or answered something) > ``unknown`` (too little said to tell).

Speaker roles come from the speakers stage (``roles``: speaker → agent | customer | unknown). Without a known
customer the speaker whose sentences carry more need cues is taken as the customer; when the stored roles read
backwards (the "customer" offers help and asks for details, the "agent" states needs: a channel map set the wrong
way round) they are swapped for the brief. The evidence's ``roles`` entry says when either happened.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from voc.records import CallBrief, Utterance

OUTCOMES: tuple[str, ...] = ("resolved", "follow_up", "transferred", "unresolved", "unknown")
MAX_ACTIONS = 2
MAX_NEXT = 2
REASON_WINDOW = 0.5        # the reason is looked for in the first half of the customer's sentences (at least 4)
MIN_WORDS = 4              # shorter sentences are rarely a reason or an action ("Yes, that's right.")

_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-Z0-9])")
_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_FILLER = re.compile(r"(?i)(?:(?<=^)|(?<=[\s,.!?]))(?:u+m+|u+h+|e+r+m*|h+m+|a+h+|mm+-?hm+|uh-huh|you know,|i mean,|"
                     r"like,|sort of|kind of)(?=[\s,.!?]|$)[,]?")
_LEAD = re.compile(r"(?i)^(?:(?:hi|hello|hey|yes|yeah|yep|so|well|okay|ok|oh|right|alright)(?: there)?[,.!]\s+)+")
_REPEAT_WORD = re.compile(r"(?i)\b(\w+(?:'\w+)?)(?:[\s,]+\1\b)+")
_REPEAT_PHRASE = re.compile(r"(?i)\b((?:\w+\s+){1,4}\w+)(?:[\s,.]+\1\b)+")


def _rx(*phrases: str) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(phrases) + r")")


# A customer stating a need. Weights: strong statements of purpose 3, requests 2, problems 2.
_NEED = (
    (3.0, _rx(r"i(?:'m| am) (?:calling|phoning|ringing|contacting you|here) (?:about|because|to|regarding|for)",
              r"the reason (?:i'm|i am) calling", r"i(?:'d| would) like to", r"i want(?:ed)? to", r"i need(?:ed)? to",
              r"i(?:'m| am) (?:looking|trying) (?:for|to)", r"i(?:'d| would) like (?:a|an|some|the|to)",
              r"i(?:'m| am) interested in", r"i was wondering (?:if|whether|about)", r"i have a (?:question|problem|issue|complaint)",
              r"(?:i|we) (?:want|need) (?:a|an|some|the|my|to)", r"i(?:'d| would) like some")),
    (2.0, _rx(r"\b(?:i|we) (?:can't|cannot|couldn't|could not|am unable to|was unable to|wasn't able to|am not able to) "
              r"(?:\w+ )?(?:make|complete|do|pay|log|sign|access|withdraw|transfer|use|find|get|open|see|send|receive|"
              r"book|cancel|change|reach|connect|verify)", r"can (?:you|i|we)", r"could (?:you|i|we)", r"would (?:it be possible|you be able)", r"how (?:do|can|long|much)",
              r"is it possible", r"do you (?:have|sell|offer|know)", r"help me", r"what (?:is|are) the",
              r"(?:doesn't|does not|don't|isn't|is not|won't|can't|cannot|couldn't|didn't) (?:work|arrive|come|show|"
              r"load|connect|open|start|fit|match|let)", r"i (?:lost|forgot|broke|missed|haven't received|never received|"
              r"didn't receive|was charged|got charged|got the wrong|received the wrong)", r"(?:broken|stolen|damaged|"
              r"wrong|missing|late|overcharged|charged twice|declined|blocked|locked)")),
    (1.0, _rx(r"\bi (?:have|had|got|bought|ordered|booked|paid)", r"\bmy\b", r"\bplease\b", r"\?")),
)
# An agent doing or offering something.
_ACT = (
    (3.0, _rx(r"i(?:'ve| have) (?:just |now |already )?(?:\w+ed|sent|put|made|set|reset|issued|given|taken|done|found|got)",
              r"i(?:'ll| will) (?:\w+)", r"let me (?:\w+)", r"i can (?:\w+)", r"we can (?:\w+)", r"we(?:'ll| will) (?:\w+)",
              r"i(?:'m| am) going to", r"we(?:'re| are) going to", r"i(?:'d| would) (?:recommend|suggest)",
              r"(?:we|i) (?:could|can) offer", r"you can (?:\w+)", r"you(?:'ll| will) (?:get|receive|have|be able)",
              r"(?:has|have) been (?:\w+ed|sent|set|reset|done|made)", r"here (?:is|are|you are)", r"(?:it's|that's|you're) all set",
              r"would you like (?:me|us|to)", r"how about", r"why don't you", r"we have (?:a|an|some|two|three|one)")),
    (1.0, _rx(r"\b(?:check|send|book|reserve|transfer|refund|cancel|reset|update|change|process|arrange|replace|"
              r"credit|waive|upgrade|schedule|order|deliver|fix|confirm|recommend|offer|give|show)\w*")),
)
# Asking the customer for details is not an action.
_ASK = _rx(r"(?:may|can|could) i (?:have|get|ask|take)", r"(?:would|will) you (?:give|tell|provide|confirm|spell)",
           r"(?:anything|something) else (?:i|we) can", r"your (?:full )?(?:name|account (?:id|number)|order id|username|email)", r"what(?:'s| is) your", r"(?:can|could) you (?:tell|give|confirm|spell|provide)",
           r"do you have (?:your|the|an?) (?:account|order|reference|card|number|id)", r"how (?:can|may) i help")
_SOCIAL = _rx(r"^(?:hi|hello|hey|good (?:morning|afternoon|evening)|thanks?|thank you|bye|goodbye|okay|ok|yes|yeah|"
              r"no|sure|alright|all right|great|perfect|fine|right|you too|have a (?:good|nice|great))\b")
_NEXT_AGENT = _rx(r"(?:i|we|someone|somebody|a (?:manager|supervisor|technician|specialist|colleague)|they|he|she)"
                  r"(?:'ll| will| shall|'re going to| are going to| is going to|'s going to) (?:\w+ )?(?:call|contact|email|"
                  r"e-mail|send|get back|follow up|be in touch|look into|arrange|deliver|ship|post|mail|visit|come|"
                  r"process|review|investigate|let you know|text|notify|credit|refund|have|fix|check|give you a call)",
                  r"you(?:'ll| will| should) (?:receive|get|hear|see)", r"within (?:\w+ )?(?:\w+ )?(?:hours?|days?|weeks?|business days?)",
                  r"(?:by|before|on) (?:tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end of)",
                  r"(?:has|have) been (?:escalated|notified|forwarded|passed on)", r"follow(?:-| )up")
_NEXT_CUSTOMER = _rx(r"i(?:'ll| will| shall|'m going to| am going to) (?:\w+ )?(?:call|come|bring|send|try|check|think|"
                     r"go|be back|let you know|pick|drop|look|wait|get back|talk|ask|pay|fill|return)")
_TRANSFER = _rx(r"(?:transfer|transferring|put|putting|connect|connecting|pass|passing|forward|forwarding) you (?:through|over|"
                r"to|with|now)", r"(?:transfer|put) (?:your call|the call|you) (?:through|over|to)",
                r"(?:i'll|let me|i will|i'm going to) (?:transfer|put you through|connect you)",
                r"(?:hold|one moment) while i (?:transfer|connect)")
_FOLLOW = _rx(r"(?:call|ring|phone|email|e-mail|text|contact) you (?:back|later|tomorrow|within|when|once|as soon|on)",
              r"get back to you", r"follow(?:-| )up", r"be in touch", r"(?:escalate|escalated|raise|raised) (?:this|it|a|the)",
              r"(?:manager|supervisor|specialist|technician|team) will", r"you(?:'ll| will) (?:receive|get|hear)",
              r"within (?:\w+ )?(?:\w+ )?(?:hours?|days?|weeks?|business days?)", r"(?:has|have) been (?:escalated|notified|forwarded)",
              r"(?:i|we)(?:'ll| will) (?:send|email|e-mail|mail|post|ship|deliver|look into|investigate|review|let you know)",
              r"get in touch", r"(?:send|refer|referring|sending) (?:you|him|her) (?:up |down |over |back )?to (?:a|an|the|our|my) ",
              r"(?:i'll|i will|we'll|we will) (?:just )?(?:go and )?(?:check|find out|see what)",
              r"take (?:it|that|this) up with", r"you(?:'ll| will)? need to (?:contact|call|go to|bring|provide|take)",
              r"(?:will be|be) (?:refunded|credited|returned|reimbursed)",
              r"(?:it|that|this)(?:'ll| will) take (?:about |at most |up to |around )?\w+ (?:more )?(?:minutes?|hours?|days?|weeks?)",
              r"come (?:back |again |in |by )?(?:some ?time )?(?:next|tomorrow|later|this (?:afternoon|evening)|in the (?:morning|afternoon|evening))")
_FAIL = _rx(r"(?:unfortunately|i'm afraid|i am afraid|sorry),? (?:we|i|it|that|there|you|this)\b.{0,40}?\b(?:can't|cannot|can not|"
            r"couldn't|won't|don't|doesn't|isn't|aren't|unable|not able|no longer|not possible|not available|out of)",
            r"(?:we|i) (?:can't|cannot|can not|couldn't|am not able to|are not able to|are unable to|am unable to) "
            r"(?:do|accept|help|give|offer|process|refund|change|find|book|make)",
            r"(?:not|isn't|is not) (?:possible|available|allowed)", r"(?:fully )?booked", r"sold out", r"out of stock",
            r"that(?:'s| is) (?:not|no) (?:good|help|acceptable)", r"(?:doesn't|does not|didn't|did not) help",
            r"(?:this|that) is (?:ridiculous|unacceptable)", r"i(?:'ll| will) (?:go|take my business) (?:somewhere|elsewhere)",
            r"(?:still|again) (?:not|doesn't|does not|isn't|won't) ", r"(?:what|it's|that's) a (?:pity|shame)",
            r"too (?:expensive|much money|pricey|loud|small|big|late)", r"final offer", r"take it or leave it",
            r"(?:doesn't|does not|don't|didn't) make (?:any )?sense")
_DONE = _rx(r"(?:it's|that's|you're|we're|you are|we are|that is|it is) (?:all )?(?:set|done|sorted|fixed|booked|confirmed|"
            r"ready|working|fine now|taken care of|processed)", r"(?:has|have) been (?:\w+ed|sent|set|reset|done|made|issued)",
            r"i(?:'ve| have) (?:\w+ed|sent|put|made|set|reset|issued|given|done)", r"here (?:you are|it is|is your|are your)",
            r"(?:that|this|it) (?:works|worked|helps|helped|is great|sounds good|sounds great|is perfect)",
            r"(?:great|perfect|wonderful|excellent|brilliant)[,.!]? (?:thank|thanks)", r"thanks? (?:you )?(?:so|very) much",
            r"(?:i'll|i will) take (?:it|them|that|the)", r"problem solved", r"that(?:'s| is) (?:what i|exactly|all i)",
            r"(?:anything|something) else i can (?:help|do)", r"(?:have|enjoy) your", r"(?:the )?total (?:is|comes to)",
            r"^(?:perfect|great|excellent|wonderful|awesome|brilliant|fantastic|lovely)\b", r"thanks? (?:you )?for (?:your|the) help",
            r"(?:a|my) pleasure (?:to help|helping)", r"that(?:'s| is) (?:all|everything)(?: i need)?[,.!]",
            r"(?:ok|okay|all right|alright|fine),? (?:i|we) agree", r"(?:it's a|that's a) deal")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an utterance, tidied, with where it came from."""

    utt_idx: int
    start_s: float
    end_s: float
    speaker: str | None
    role: str
    text: str
    position: float          # 0..1 through the call (by utterance order)


def tidy(text: str) -> str:
    """Readable spoken text: filler words and a leading interjection ("Hi, ...", "So, ...") dropped, ASR word and
    phrase repetitions collapsed, spaces normalised."""
    t = _FILLER.sub(" ", text)
    t = _REPEAT_PHRASE.sub(r"\1", t)
    t = _REPEAT_WORD.sub(r"\1", t)
    t = re.sub(r"\s+([,.!?])", r"\1", t)
    t = re.sub(r"([,.!?])(?:\s*[,])+", r"\1", t)
    t = re.sub(r"\s{2,}", " ", t).strip(" ,")
    t = _LEAD.sub("", t) if len(_LEAD.sub("", t).split()) >= 3 else t
    return t[:1].upper() + t[1:] if t else t


def readability(text: str) -> float:
    """0..1: how well a sentence reads as a quote. Penalises placeholders, very short or very long text, and
    text that is mostly repetition or filler (by how much ``tidy`` had to remove)."""
    raw = text.strip()
    if not raw:
        return 0.0
    clean = tidy(raw)
    words = clean.split()
    n = len(words)
    if n < 3:
        return 0.0
    score = 1.0
    holders = len(_PLACEHOLDER.findall(clean))
    score -= 0.35 * holders
    score -= min(0.5, max(0.0, (len(raw) - len(clean)) / max(len(raw), 1)) * 1.5)
    if n < 6:
        score -= 0.25
    if n > 45:
        score -= min(0.5, (n - 45) / 60)
    alpha = sum(c.isalpha() for c in clean) / max(len(clean), 1)
    if alpha < 0.6:
        score -= 0.3
    return max(0.0, min(1.0, score))


def sentences(utts: Sequence[Utterance], roles: Mapping[str, str]) -> list[Sentence]:
    """Split utterances into tidied sentences, with each one's role (``unknown`` without one)."""
    out: list[Sentence] = []
    n = max(len(utts), 1)
    for k, u in enumerate(sorted(utts, key=lambda u: (u.start_s, u.idx))):
        role = roles.get(u.speaker or "", "unknown") if u.speaker else "unknown"
        for part in _SENT_SPLIT.split(u.text.strip()):
            t = tidy(part)
            if t and any(c.isalpha() for c in t):
                out.append(Sentence(u.idx, u.start_s, u.end_s, u.speaker, role, t, k / n))
    return out


def _score(text: str, table) -> float:
    return sum(w for w, rx in table if rx.search(text))


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9']+", text))


def _reason_score(s: Sentence) -> float:
    n = _words(s.text)
    if n < MIN_WORDS or _SOCIAL.match(s.text) and n < 7:
        return -1.0
    score = _score(s.text, _NEED)
    score += 0.5 * readability(s.text) - 0.6 * s.position
    return score


def _action_score(s: Sentence) -> float:
    if _words(s.text) < MIN_WORDS or _ASK.search(s.text):
        return 0.0
    score = _score(s.text, _ACT)
    if s.text.rstrip().endswith("?") and not re.search(r"(?i)would you like|how about|why don't", s.text):
        score -= 1.5
    return score + 0.3 * readability(s.text)


_SERVES = _rx(r"(?:how|what) (?:can|may) i (?:help|do for you)", r"(?:may|can) i help", r"please (?:go ahead|go on|tell me)", r"\b(?:sir|madam|ma'am)\b",
              r"thank you for (?:calling|waiting|holding|choosing)", r"here (?:is|are) your", r"(?:the )?total (?:is|comes to)",
              r"would you like", r"anything else")


def _guess_customer(sents: Sequence[Sentence]) -> tuple[dict[str, str], str]:
    """speaker → role when the speakers stage did not name both roles: more need cues = customer."""
    need: dict[str, float] = {}
    act: dict[str, float] = {}
    for s in sents:
        if s.speaker is None:
            continue
        need[s.speaker] = need.get(s.speaker, 0.0) + _score(s.text, _NEED[:2])
        act[s.speaker] = act.get(s.speaker, 0.0) + _score(s.text, _ACT[:1]) + 2.0 * bool(_SERVES.search(s.text))
    speakers = sorted(need)
    if len(speakers) < 2:
        return {}, "one speaker: roles unknown"
    cust = max(speakers, key=lambda sp: (need[sp] - act[sp], sp == speakers[-1]))
    return {sp: ("customer" if sp == cust else "agent") for sp in speakers}, "roles guessed from need and action cues"


def _looks_swapped(sents: Sequence[Sentence]) -> bool:
    """The stored roles read backwards (a channel map set the wrong way round): the customer side offers help
    ("how can I help you", "please go ahead", asks for details) far more than the agent side, which states needs."""
    serve = {"agent": 0.0, "customer": 0.0}
    need = {"agent": 0.0, "customer": 0.0}
    for s in sents:
        if s.role in serve:
            serve[s.role] += bool(_SERVES.search(s.text)) + bool(_ASK.search(s.text))
            need[s.role] += bool(_NEED[0][1].search(s.text))
    return serve["customer"] >= serve["agent"] + 2 and need["agent"] >= need["customer"] + 1


def _ev(items: Sequence[Sentence]) -> list[dict[str, float | int]]:
    return [{"utt_idx": s.utt_idx, "start_s": round(s.start_s, 2), "end_s": round(s.end_s, 2)} for s in items]


def brief(utts: Sequence[Utterance], roles: Mapping[str, str]) -> CallBrief:
    """The brief of one call from its (redacted) utterances and speaker → role map."""
    sents = sentences(utts, roles)
    note = ""
    if not (any(s.role == "customer" for s in sents) and any(s.role == "agent" for s in sents)):
        guessed, note = _guess_customer(sents)
        if guessed:
            sents = [Sentence(s.utt_idx, s.start_s, s.end_s, s.speaker, guessed.get(s.speaker or "", "unknown"),
                              s.text, s.position) for s in sents]
    elif _looks_swapped(sents):
        swap = {"agent": "customer", "customer": "agent"}
        sents = [Sentence(s.utt_idx, s.start_s, s.end_s, s.speaker, swap.get(s.role, s.role), s.text, s.position)
                 for s in sents]
        note = "roles swapped for the brief: the 'customer' offered help and the 'agent' stated needs"
    cust = [s for s in sents if s.role == "customer"]
    agent = [s for s in sents if s.role == "agent"]

    reason_s: Sentence | None = None
    if cust:
        window = cust[:max(4, int(len(cust) * REASON_WINDOW + 0.5))]
        best = max(window, key=lambda s: (_reason_score(s), -s.position))
        if _reason_score(best) > 0:
            reason_s = best
        else:
            reason_s = next((s for s in cust if _words(s.text) >= MIN_WORDS), None)

    # the agent's first substantial answer after the reason counts as what they did (informing is an action)
    answer = next((s for s in agent if reason_s is not None and s.start_s > reason_s.start_s
                   and _words(s.text) >= MIN_WORDS + 1 and not s.text.endswith("?") and not _ASK.search(s.text)), None)

    def act_score(s: Sentence) -> float:
        return _action_score(s) + (1.0 if s is answer else 0.0)

    ranked, seen = [], set()
    for s in sorted((s for s in agent if act_score(s) >= 1.0), key=lambda s: -act_score(s)):
        if s.text.lower() not in seen:  # an agent's stock phrase said twice is one action
            seen.add(s.text.lower())
            ranked.append(s)
    acts = ranked[:MAX_ACTIONS]
    acts.sort(key=lambda s: (s.start_s, s.utt_idx))

    nexts: list[tuple[str, Sentence]] = []
    for s in sents:
        if s.role == "agent" and _NEXT_AGENT.search(s.text) and not s.text.endswith("?"):
            nexts.append(("Agent", s))
        elif s.role == "customer" and _NEXT_CUSTOMER.search(s.text) and s.position >= 0.5 and not s.text.endswith("?"):
            nexts.append(("Customer", s))
    nexts = nexts[-MAX_NEXT:]

    outcome, out_s = _outcome(sents, helped=bool(acts))
    evidence: dict[str, object] = {
        "reason": _ev([reason_s] if reason_s else []),
        "actions": _ev(acts),
        "next_steps": _ev([s for _, s in nexts]),
        "outcome": _ev(out_s),
    }
    if note:
        evidence["roles"] = note
    return CallBrief(
        reason=reason_s.text if reason_s else "",
        actions=" ".join(s.text for s in acts),
        outcome=outcome,
        next_steps=" ".join(f"{who}: {s.text}" for who, s in nexts),
        evidence=evidence)


def _outcome(sents: Sequence[Sentence], helped: bool) -> tuple[str, list[Sentence]]:
    """The outcome and the sentences that decided it (see the module docstring for the order). ``helped``: the
    agent did or answered something; without any cue such a call counts as resolved, with no evidence sentence."""
    if sum(_words(s.text) for s in sents) < 12 or not any(s.role in ("agent", "customer") for s in sents):
        return "unknown", []
    agent = [s for s in sents if s.role == "agent"]
    late = [s for s in sents if s.position >= 0.5] or list(sents)
    moved = [s for s in agent if _TRANSFER.search(s.text) and not re.search(r"(?i)transfer (?:money|funds|the money|\$|\d)", s.text)]
    hit = [s for s in agent if _FOLLOW.search(s.text) and not s.text.endswith("?")]
    if not hit:  # the customer's side of a promise ("I look forward to hearing from them")
        hit = [s for s in late if s.role == "customer" and re.search(r"(?i)(?:look forward to|wait for) (?:hearing|your|the)", s.text)]
    if moved and (not hit or moved[-1].start_s >= max(s.start_s for s in hit)):
        return "transferred", moved[-1:]
    if hit:
        return "follow_up", sorted(hit, key=lambda s: s.start_s)[-1:]
    fails = [s for s in late if _FAIL.search(s.text)]
    dones = [s for s in late if _DONE.search(s.text) and not s.text.endswith("?")]
    if fails and (not dones or fails[-1].start_s >= dones[-1].start_s):
        return "unresolved", fails[-1:]
    if dones:
        return "resolved", dones[-1:]
    if fails:
        return "unresolved", fails[-1:]
    return ("resolved" if helped else "unknown"), []
