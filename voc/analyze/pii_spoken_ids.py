"""Ids spelled out in one sentence, with no question before them, redacted as ``account``.

Callers give an order, booking or confirmation id unasked, often two at once ("It's two orders. The first one is
Romeo, A as in apple, X, 9, M, and the other one was J 9 2 E 3 W."), and read out a gift card's code in groups
("the gift card code won't go through, it's DNJU, XBT9, E7LR"). Neither is a digit run long enough for the number
rules, and the spelling-alphabet words ("Romeo", "Lima", "Mike") look like first names. Two rules:

- :func:`spoken_id_hits`: after an id's name in the same utterance ("order", "confirmation", "reference", "code",
  "id", "number", ...) and a verb or "it's" ("... is", "... was", "it's"), a stretch of five or more spelled units
  (single capital letters, letters explained by a word, "A as in apple", spelling-alphabet words, digits and digit
  words) with at least one letter and two digits (one where a letter is spelled out by a word) is an id.
- :func:`grouped_code_hits`: three or more groups of 3-5 capitals and digits, at least one mixing both, said after
  a code, key or gift card is named in the utterance ("It's DNJU, XBT9, E7LR."); a promo or discount code is no
  credential and is left alone.
"""

from __future__ import annotations

import re

from voc.analyze.numbers import PHONETIC_ALPHABET

_DIGIT_WORDS = ("zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_PHONETIC = "|".join(sorted((w for w in PHONETIC_ALPHABET if w != "x-ray"), key=len, reverse=True))
# one spelled unit: "A as in apple", "M like Mike", "B for boy", a capital letter, a spelling-alphabet word
# (capitalised or not), a digit, a digit word
_LETTER_UNIT = (r"(?:[A-Z]\s+(?:as\s+in|like|for)\s+[A-Za-z][a-z-]+|(?-i:[A-Z])(?![\w'])|(?i:x-ray|(?:" + _PHONETIC
                + r"))(?![\w'-]))")
_DIGIT_UNIT = r"(?:\d(?!\d)|(?i:" + "|".join(_DIGIT_WORDS) + r")(?![\w'-]))"
_UNIT = re.compile(r"(?P<letter>" + _LETTER_UNIT + r")|(?P<digit>" + _DIGIT_UNIT + r")")
_SEP = re.compile(r"(?:[\s,.-]+|\s+(?:dash|hyphen)\s+)")

# an id named earlier in the utterance, and the verb right before the value
_ID_NAME = re.compile(r"\b(?:orders?|confirmations?|references?|bookings?|reservations?|tickets?|cases?|claims?|"
                      r"tracking|invoices?|receipts?|transactions?|members?|membership|accounts?|policy|policies|"
                      r"codes?|ids?|numbers?)\b", re.IGNORECASE)
_VALUE_LEAD = re.compile(r"(?:\b(?:is|was|it's|its|that's|would\s+be|should\s+be)|:)[\s,]*(?:(?:uh|um)[\s,]+)?$",
                         re.IGNORECASE)


def _stretches(text: str):
    """Maximal runs of spelled units separated only by spaces, commas, dots or a spoken dash."""
    pos = 0
    while pos < len(text):
        m = _UNIT.search(text, pos)
        if not m:
            return
        units = [m]
        end = m.end()
        while True:
            sep = _SEP.match(text, end)
            if not sep:
                break
            nxt = _UNIT.match(text, sep.end())
            if not nxt:
                break
            units.append(nxt)
            end = nxt.end()
        yield units
        pos = end


def spoken_id_hits(text: str) -> list[tuple[int, int]]:
    """Ids spelled in units after an id's name and "is" / "was" / "it's" in the same utterance."""
    out = []
    for units in _stretches(text):
        start = units[0].start()
        if start > 0 and re.match(r"[\w'-]", text[start - 1]):
            continue  # inside a word
        letters = sum(1 for u in units if u.group("letter"))
        digits = len(units) - letters
        spelled = any(re.search(r"\s(?:as\s+in|like|for)\s|^[A-Za-z]{2,}", u.group()) for u in units if u.group("letter"))
        if len(units) < 5 or letters < 1 or digits < (1 if spelled else 2):
            continue  # one digit is enough where letters are spelled out ("Romeo, A as in apple, X, Y, nine, M")
        before = text[max(0, start - 160):start]
        if not _VALUE_LEAD.search(before) or not _ID_NAME.search(before):
            continue
        # a pronoun "I" or article "A" alone at the end is no letter of the id ("... 4 5 6 I think")
        while units and re.fullmatch(r"[AI]", units[-1].group()):
            units.pop()
        out.append((start, units[-1].end()))
    return out


_CODE_NAMED = re.compile(r"\b(?:gift\s*cards?|e-?gift|codes?|pins?|keys?|vouchers?|redemption|claim\s+codes?)\b",
                         re.IGNORECASE)
_NOT_OWN_CODE = re.compile(r"\b(?:promo(?:tion(?:al)?)?|discount|coupon|referral|offer|zip|postal|area|error|"
                           r"tracking)\b", re.IGNORECASE)
_GROUPS = re.compile(r"(?<![\w-])[A-Z0-9]{3,5}(?:(?:\s*[,-]\s*|\s+)[A-Z0-9]{3,5}){2,}(?![\w-])")


def grouped_code_hits(text: str) -> list[tuple[int, int]]:
    """A code read in groups of capitals and digits after a code or gift card is named ("It's DNJU, XBT9, E7LR.")."""
    out = []
    for m in _GROUPS.finditer(text):
        groups = re.split(r"[\s,-]+", m.group())
        if not any(re.search(r"[A-Z]", g) and re.search(r"\d", g) for g in groups):
            continue
        if sum(c.isalpha() for c in m.group()) < 3:
            continue
        before = text[max(0, m.start() - 160):m.start()]
        if _CODE_NAMED.search(before) and not _NOT_OWN_CODE.search(before):
            out.append((m.start(), m.end()))
    return out
