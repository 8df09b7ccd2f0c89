"""Confusion cues: customer phrasings that say an offer is misunderstood or misapplied.

Each cue is a regular expression over lowercased utterance text (redacted, as stored), a label that reads
after "N % of its calls say ...", and the fix the "what to do" section suggests (``{code}`` = the campaign's
first promo code or id, ``{name}`` = its name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cue:
    cue: str
    label: str
    fix: str
    pattern: re.Pattern[str]

    def matches(self, text: str) -> bool:
        return bool(self.pattern.search(text.lower()))


_NEG = r"(?:\bnot|n't|\b(?:wasnt|isnt|didnt|hasnt|havent|doesnt|never))"  # ASR often drops apostrophes

CUES: tuple[Cue, ...] = (
    Cue("discount_not_applied", "the discount was not applied",
        "check the billing rule for {code}",
        re.compile(rf"discount\b[^.?!]{{0,30}}?{_NEG}\b[^.?!]{{0,15}}?\b(?:applied|showing|shown|show up|come off|taken off)"
                   r"|(?:didn'?t|did not|never|don'?t|do not)\W+(?:get|got|see|receive)\W+(?:the|my|any)\W+discount"
                   r"|discount\W+(?:\w+\W+){0,3}?(?:is |was )?(?:missing|not on my bill)")),
    Cue("offer_meaning", "they do not understand what the offer means",
        "rewrite the {name} terms in the ad and brief agents on them",
        re.compile(r"what does (?:the|this|that|your) (?:offer|deal|promo(?:tion)?|discount) (?:actually |really )?mean"
                   r"|(?:don't|do not) (?:understand|get) (?:the|this|that|your) (?:offer|deal|promo(?:tion)?)"
                   r"|(?:offer|deal|promo(?:tion)?) is (?:confusing|unclear)")),
    Cue("price_differs", "the price differs from the ad",
        "align the advertised price of {name} with what billing charges",
        re.compile(r"price (?:is |was )?(?:different|higher) (?:from|than) (?:the|what|your) (?:ad|advert|advertised|website)"
                   r"|not the (?:price|amount) (?:in|on|from) the (?:ad|advert|website)"
                   r"|(?:ad|advert|website) said \$?\d+")),
    Cue("install_fee_charged", "they were charged an installation fee",
        "make sure the installation fee waiver for {code} is applied before the first bill",
        re.compile(r"charged (?:me )?(?:an |the |a )?install(?:ation)? fee"
                   r"|install(?:ation)? fee (?:on|in) my (?:bill|invoice)")),
)


def cues_in(text: str) -> list[str]:
    """The ids of every cue ``text`` matches."""
    return [c.cue for c in CUES if c.matches(text)]


def cue(cue_id: str) -> Cue:
    for c in CUES:
        if c.cue == cue_id:
            return c
    raise KeyError(f"unknown cue '{cue_id}'; valid: {', '.join(c.cue for c in CUES)}")
