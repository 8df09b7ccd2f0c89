"""PII redaction of Whisper output, before anything is stored, shown, exported or analysed.

``Redactor(settings).redact(utterances)`` returns copies of the utterances with PII replaced by typed
placeholders (``[CARD]`` ``[SSN]`` ``[PHONE]`` ``[EMAIL]`` ``[ACCOUNT]`` ``[IBAN]`` ``[ADDRESS]`` ``[DOB]``
``[PERSON]``) in ``.text`` and in each covered word's ``.word`` (words keep their timing), the spans found (offsets
in the original text, times from the covered words) and the original text of every utterance that changed.

How each type is found (digits may be written or spoken: see :mod:`voc.analyze.numbers`):

- card: 13-19 digits that pass the Luhn check. A Luhn-failing number after a card/account cue is an account.
- ssn: ``123-45-6789``; 9 digits not claimed by anything else; 9 or 4 digits after a social-security cue.
- phone: 10 digits, 11 starting with 1, ``+`` international, or 7 digits written ``555-1234``, read out one by
  one, or after a phone cue.
- groups joined by words ("370 and 318 and 0482") that together make a phone, card or SSN (or 6+ digits after
  a cue).
- email: written (``a.b@c.com``) or spoken (``jane dot doe at example dot com``, ``john smith at gmail dot com``).
- account: 4+ digits (or letters+digits) after an account cue; any other run of 6+ digits that is not money or a
  quantity (order numbers, member and remote-access ids); two or more spelled letters or phonetic-alphabet words
  right before 5+ digits join them as one id ("P R T, then 329 ...", "Kilo, Echo, 4 5 6 ...").
- iban: written or spelled letter by letter, mod-97 checked (or after an "IBAN" cue).
- address: number + street name + street suffix (+ apartment/unit), P.O. boxes, ZIP codes after a cue.
- person: see :mod:`voc.analyze.pii_person` (context or a names list; brands, products and lexicon names are
  never persons; spelled names).
- dialogue state (``pii.dialogue``): the answer to "what's your phone/account/card number, ID, address, date of
  birth, name?" is redacted as that type, and values redacted once are redacted where repeated: see
  :mod:`voc.analyze.pii_dialogue`.

Utterances of the same channel and speaker that follow each other within ``pii.join_gap_s`` are scanned as one
text, so a card number split over two Whisper segments is still caught; each span is then cut at utterance
boundaries (one :class:`PiiSpan` per utterance piece).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Iterable

from voc.analyze.numbers import (
    CURRENCY_SIGNS,
    NUMBER_WORDS,
    PHONETIC_ALPHABET,
    QUANTITY_UNITS,
    DigitRun,
    digit_runs,
)
from voc.analyze.pii_codes import (
    combination_hits,
    credential_hits,
    fleet_plate_spans,
    id_document_hits,
)
from voc.analyze.pii_continued import continued_pieces
from voc.analyze.pii_dialogue import (
    AT_SAID,
    DATE_RE,
    WEBMAIL,
    charged_after,
    clock_time,
    correction_pieces,
    dialogue_pieces,
    form_name,
    named_number,
    phone_lead_start,
    posted_amount,
    repeat_pieces,
    routing_answers,
)
from voc.analyze.pii_fold import fold_latin
from voc.analyze.pii_secrets import secret_word_hits, secret_word_pieces
from voc.analyze.pii_spoken_ids import grouped_code_hits, spoken_id_hits
from voc.errors import SettingsError
from voc.records import PiiSpan, Utterance, Word

if TYPE_CHECKING:
    import numpy as np

    from voc.analyze.pii_person import PersonFinder
    from voc.settings import Settings

_PLUS_LEAD = re.compile(r"(?:\bplus|\+)[\s,:]*$", re.IGNORECASE)
PII_TYPES: tuple[str, ...] = ("card", "ssn", "phone", "email", "account", "iban", "address", "dob", "person")
PLACEHOLDERS: dict[str, str] = {t: f"[{t.upper()}]" for t in PII_TYPES}
# when spans of different types overlap they are merged; the type listed first names the union
_PRIORITY = {t: i for i, t in enumerate(("email", "iban", "card", "ssn", "phone", "account", "dob", "address",
                                          "person"))}
PLACEHOLDER_RE = re.compile(r"\[(?:" + "|".join(t.upper() for t in PII_TYPES) + r")\]")


@dataclass(frozen=True, slots=True)
class Hit:
    """A PII match in a scanned text (offsets into that text)."""

    pii_type: str
    start: int
    end: int


@dataclass(slots=True)
class RedactionResult:
    """Redacted copies of the utterances, the spans removed, and the original text of each changed utterance."""

    utterances: list[Utterance]
    spans: list[PiiSpan] = field(default_factory=list)
    originals: dict[int, str] = field(default_factory=dict)  # utterance idx → original text (changed ones only)


# -- cues ------------------------------------------------------------------------------------------------

_CUES: dict[str, re.Pattern[str]] = {
    "ssn": re.compile(r"\b(?:social(?:\s+security)?|ssn|s\.?\s?s\.?\s?n\.?|tax\s*payer\s+id|tax\s+id)\b", re.I),
    "card": re.compile(r"\b(?:cards?|credit|debit|visa|master\s?card|amex|american\s+express|discover)\b", re.I),
    "account": re.compile(r"\b(?:account|acct|a/c|member(?:ship)?\s+(?:number|id|no)|customer\s+(?:number|id|no)|"
                          r"policy|routing|sort\s+code|pin|passcode|iban|user\s?id|id\s+(?:number|no)|"
                          r"(?:order|confirmation|reference|"
                          r"ticket|case|claim|tracking|member|customer|medicare|medicaid|insurance|subscriber|patient|"
                          r"passport|student|employee|badge|microchip|booking|reservation)\s+(?:number|id|no|code)|"
                          r"(?:booking|reservation)\s+ref(?:erence)?)\b", re.I),  # "my booking reference is ..."
    "phone": re.compile(r"\b(?:phone|telephone|cell|mobile|landline|call\s+(?:me|back)|callback|reach\s+me|"
                        r"contact\s+number|number\s+to\s+reach|area\s+code)\b", re.I),
    "zip": re.compile(r"\b(?:zip(?:\s*code)?|postal\s+code|post\s*code)\b", re.I),
    "iban": re.compile(r"\bi\.?\s?b\.?\s?a\.?\s?n\b", re.I),
}
_CUE_WINDOW = 60  # characters before a number searched for a cue


def _sentence_before(text: str, pos: int, width: int = 80) -> str:
    """The part of ``text`` in the ``width`` characters before ``pos`` that belongs to ``pos``'s sentence."""
    return re.split(r"[.!?]\s", text[max(0, pos - width):pos])[-1]


def _last_match(rx: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last match of ``rx`` in ``text`` (None when there is none): the cue nearest what follows."""
    cue = None
    for cue in rx.finditer(text):
        pass
    return cue


def _closest_cue(text: str, start: int, floor: int) -> str | None:
    """The cue type whose last mention is closest before ``start`` (searched back to ``floor``)."""
    lo = max(floor, start - _CUE_WINDOW)
    window = text[lo:start]
    best: tuple[int, str] | None = None
    for name, rx in _CUES.items():
        for m in rx.finditer(window):
            if best is None or m.end() > best[0] or (m.end() == best[0] and name == "ssn"):
                best = (m.end(), name)
    return best[1] if best else None


# -- numbers: card, ssn, phone, account, zip ---------------------------------------------------------------

def luhn_ok(digits: str) -> bool:
    """True when ``digits`` passes the Luhn checksum used by payment card numbers."""
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


_SSN_WRITTEN = re.compile(r"^\d{3}[- ]\d{2}[- ]\d{4}$")
_PHONE7_WRITTEN = re.compile(r"^\d{3}[-.]\d{4}$")


# an id's letters said before its digits: "P R T, then 329 ...", "Kilo, Echo, 4 5 6 ...", "W, X, K, and then the
# numbers, 9 9 9 ..." (capital single letters or phonetic-alphabet words, two or more, not only "A"/"I")
# a letter explained by a word ("J as in jack", "M like Mike") is a spelled letter even alone
_AS_IN_LETTER = r"(?:[A-Z]\s+(?:as|like)\s+in\s+[A-Za-z-]+|[A-Z]\s+(?:for|like)\s+[A-Z][a-z]+)"
# a phonetic-alphabet word, any case ("Mike", "x-ray"), longest first
_PHONETIC_WORD = r"(?i:x-?ray|" + "|".join(sorted(PHONETIC_ALPHABET, key=len, reverse=True)) + r")"
_SPOKEN_LETTER = r"(?:" + _AS_IN_LETTER + r"|[A-Z]|" + _PHONETIC_WORD + r")"
_MID_WORD = "|".join(sorted(NUMBER_WORDS - {"o", "hundred"}, key=len, reverse=True))
# ... "dash" / "hyphen" said between them or before the digits is the id's written dash ("W L dash 7 6 7 ...")
_LETTER_PREFIX = re.compile(r"(?<![\w'])(" + _SPOKEN_LETTER + r"(?:[\s,.-]+(?:(?:dash|hyphen)[\s,.-]+)?" + _SPOKEN_LETTER
                            + r")+|" + _AS_IN_LETTER + r")[\s,.:-]*(?:(?:dash|hyphen)[\s,.:-]*)?"
                            # ... and a short group of digits between the letters and a dash ("P A twenty six, dash,
                            # 1232177", "R B 31-4471902")
                            r"(?:(?:\d{1,3}|(?:" + _MID_WORD + r")(?:[\s-]+(?:" + _MID_WORD + r"))?)[\s,.:]*(?:dash|hyphen|-)"
                            r"[\s,.:-]*)?"
                            r"(?:(?:and\s+)?then(?:\s+the\s+(?:numbers?|digits?))?[\s,.:-]*)?$")


# one capital letter opening an id right after the id's name ("my member ID is W 2 2 8 1 9 0 4 4 7", "the licence
# number's D, 4417 2209"; not "A" or "I")
# (also with where the id is written between: "my employee ID on the form, it's E one four ...")
_ONE_LETTER = re.compile(r"\b(?:id|number|no\.?|#|licen[cs]e)(?:\s+(?:on|from|off|in)\s+(?:the|my|your|this|that|their|"
                         r"his|her)\s+[\w'-]+)?(?:'s|\s+(?:is|was|would\s+be))?[\s,:]+(?:(?:it's|it\s+is|that's|uh|um)[\s,]+)?"
                         r"(?-i:([B-HJ-Z]))[\s,.-]*(?:(?:dash|hyphen)[\s,.-]*)?$", re.IGNORECASE)


def _letter_prefix(text: str, start: int) -> int | None:
    """Start of the spelled letters that open the id whose digits begin at ``start`` (None when there are none)."""
    lo = max(0, start - 80)
    m = _LETTER_PREFIX.search(text[lo:start])
    if not m:
        return None
    letters = [w for w in re.findall(r"[A-Za-z]+(?:-ray)?", m.group(1))]
    if all(w in ("A", "I") for w in letters):
        return None
    return lo + m.start(1)


# one capital said after the digits of an id that letters open, ending it: a check letter ("K R 5 1 7 7 4 B", a
# Medicaid or national insurance number's last letter; not "A" or "I", which open the next words)
_CHECK_LETTER = re.compile(r"[\s,.-]*(?:(?:dash|hyphen)[\s,.-]*)?(?-i:[B-HJ-Z])(?![\w'])")


# Round 30: one capital said alone right before seven digits or more, after a comma or "is / it's / comes up"
# ("with a seven it comes up, T six two five four six seven nine"): an id's first letter, no phone number (phone
# numbers open with no letter; not "A" or "I", which open words)
# (Round 31) ... the letter set off by a comma or said as its capitalised phonetic word ("It's N, oh oh nine four
# eight, oh six ...", "Sure, November, oh zero one ...")
_LONE_LETTER = re.compile(r"(?:[,:;]\s+|\b(?:is|it's|that's|up|reads|says|shows)\s+)(?-i:([B-HJ-Z]|(?=[A-Z])"
                          + _PHONETIC_WORD + r"))(?:\s+|,\s*)$", re.IGNORECASE)


# ... or one letter said as how the id starts, then its first digits, however few ("It starts with Mike, then one
# five... the next one is smudged"): the id's opening, said while reading it off
_STARTS_LETTER = re.compile(r"\b(?:starts?|starting|begins?|beginning)\s+with\s+(?:(?:a|the\s+letter)\s+)?(" + _AS_IN_LETTER
                            + r"|(?-i:[B-HJ-Z])|" + _PHONETIC_WORD + r")[\s,.]+(?:and\s+)?then[\s,:]+$")


# a speaker correcting the number they just said ("2217, no wait, 22174", "… sorry, I mean …", "… scratch that, …")
_SELF_CORRECTION = re.compile(r"(?=.*\b(?:no|nope|wait|sorry|oops|actually|mean|scratch|let\s+me|make\s+that)\b)"
                              r"[\s,.;:!…-]*(?:(?:no|nope|wait|sorry|oops|actually|i\s+mean|scratch\s+that|let\s+me\s+"
                              r"(?:start\s+over|try\s+again|correct\s+that)|it's|that's|make\s+that|uh|um)[\s,.;:!…-]*)+",
                              re.IGNORECASE)


# a dependant's or a pet's place on a family policy, said as the two digits added to the policy number ("..., and
# Biscuit is zero three on the card", "my son is dash oh two on the policy"): part of the member's id
_MEMBER_SUFFIX = re.compile(r"\b(?:is|'s)\s+((?:dash\s+)?(?:(?:zero|oh)[\s-]+(?:zero|oh|one|two|three|four|five|six|seven|"
                            r"eight|nine)|0\d|-0\d))\s+on\s+(?:the|my|our|his|her|their|your|this|that)\s+"
                            r"(?:insurance\s+|member(?:ship)?\s+|id\s+|policy\s+)?(?:card|policy|plan|account)\b", re.IGNORECASE)


def _member_suffix_hits(text: str) -> list[Hit]:
    return [Hit("account", m.start(1), m.end(1)) for m in _MEMBER_SUFFIX.finditer(text)]


def _number_hits(text: str, runs: list[DigitRun] | None = None) -> list[Hit]:
    hits: list[Hit] = []
    floor = 0
    runs = digit_runs(text) if runs is None else runs
    for run in runs:
        found = _classify_run(text, run, floor)
        prefix = _letter_prefix(text, run.char_start) if len(run.digits) >= 5 else None  # not "U S 2024"
        if prefix is None and len(run.digits) >= 5:  # "my member ID is W 2 2 8 1 9 ...": one letter after the cue
            one = (_ONE_LETTER.search(text[max(0, run.char_start - 60):run.char_start])
                   or _LONE_LETTER.search(text[max(0, run.char_start - 60):run.char_start]))
            prefix = max(0, run.char_start - 60) + one.start(1) if one else None
        if prefix is None and (first := _STARTS_LETTER.search(text[max(0, run.char_start - 60):run.char_start])):
            prefix = max(0, run.char_start - 60) + first.start(1)  # "It starts with Mike, then one five ..."
        if prefix is not None and not _quantity(text, run) and not any(h.pii_type == "card" for h in found):
            end = max([run.char_end] + [h.end for h in found])
            tail = _CHECK_LETTER.match(text, end)  # "D J 4 8 2 9 3 G": the check letter after the digits
            found = [Hit("account", prefix, tail.end() if tail else end)]
        if (not found and hits and hits[-1].end == floor and len(run.digits) >= 3 and not _quantity(text, run)
                and not _money_words(text, run) and _SELF_CORRECTION.fullmatch(text[floor:run.char_start])):
            found = [Hit(hits[-1].pii_type, run.char_start, run.char_end)]  # "2217, no wait, 22174": the same id
        hits.extend(found)
        floor = run.char_end
    hits.extend(_chain_hits(text, runs))
    hits.extend(_lead_hits(text, runs))
    return hits


# short digit groups that a phrase right before marks as (part of) a number: "a cell ending in 3744", "the last
# four are triple nine six", "area code 451", "extension 60", "261-492-7716, then press forty four"
_ENDING = re.compile(r"\b(?:end(?:s|ing|ed)?\s+(?:in|with)|ending|last\s+(?:four|4|three|3)(?:\s+digits)?"
                     r"(?:\s+(?:are|is|would\s+be|should\s+be))?)[\s,:]*(?:(?:uh|um)[\s,]*)?$", re.I)
_ID_NOUN = re.compile(r"\b(?:(?:number|cell|phone|mobile|line|landline|card|account|policy|ticket|order|plate)s?|no|"
                      r"num|social|ssn|id|vin|pin|member|membership|confirmation|reference|serial|license|licence)\b",
                      re.I)
_PHONE_NOUN = re.compile(r"\b(?:number|cell|phone|mobile|line|landline)\b", re.I)
_AREA_CODE = re.compile(r"\barea\s+code(?:'s|\s+(?:is|it's|would\s+be|should\s+be|was))?[\s,:]*$", re.I)
_EXTENSION = re.compile(r"^[\s,.;]*(?:(?:and|then|and\s+then)\s+)?"
                        # "... and ask for extension 2936", "then dial extension 40", "at extension 12"
                        r"(?:(?:ask\s+(?:for|them\s+for)|dial|press|at|on|use|it's)\s+)?"
                        r"(?:(?:extension|ext\.?|x)\s*(?:number\s+)?(?:is\s+)?|"
                        r"(?:press|dial)\s+)$", re.I)


def _lead_hits(text: str, runs: list[DigitRun]) -> list[Hit]:
    hits: list[Hit] = []
    for i, run in enumerate(runs):
        n = len(run.digits)
        before = text[max(0, run.char_start - 40):run.char_start]
        if _quantity(text, run) or _money_words(text, run):
            continue
        m = _ENDING.search(before)
        if m and 3 <= n <= 4:
            sentence = _sentence_before(text, run.char_start)
            last_n = m.group().lower().startswith("last")
            # "the lease ends in 2026" is no number's end; "the one we share, ending 7823" is (digits, no year)
            year = bool(re.fullmatch(r"(?:19|20)\d\d", run.digits)) and len(run.pieces) <= 2
            if last_n or _ID_NOUN.search(sentence) or not year:
                cue = _closest_cue(text, run.char_start, runs[i - 1].char_end if i else 0)
                if cue is None and hits and hits[-1].end > run.char_start - 60:
                    cue = hits[-1].pii_type  # "one ending in 4471 and another ending in 9930": the same kind
                kind = cue if cue in ("card", "ssn", "phone") else (
                    "phone" if _PHONE_NOUN.search(sentence) and cue != "account" else "account")
                hits.append(Hit(kind, run.char_start, run.char_end))
                continue
        if n == 3 and _AREA_CODE.search(before):
            hits.append(Hit("phone", run.char_start, run.char_end))
            continue
        if i and 1 <= n <= 6 and len(runs[i - 1].digits) >= 7:
            gap = text[runs[i - 1].char_end:run.char_start]
            if _EXTENSION.match(gap):
                hits.append(Hit("phone", runs[i - 1].char_start, run.char_end))
    return hits


# a date right after "my birthday is", "I was born on", "date of birth is": the caller's date of birth
_DOB_LEAD = re.compile(r"\b(?:birthday|birth\s*date|date\s+of\s+birth|d\.?o\.?b\.?)(?:'s|\s+is|\s+was|\s+would\s+be|:)?"
                       r"[\s,:]+(?:(?:uh|um|it's|is)[\s,]+)?|\bborn\s+(?:on\s+)?", re.I)


# a person's date of death identifies them as their date of birth does (a funeral home's, an estate's, an
# insurer's call): "she passed away March 3rd, 2021", "he died on the ninth of May", "born <date>, and passed <date>",
# "the date of death is ..." (typed dob: the person's own dates; "the offer passed", "the deadline passed" are no death)
_DEATH_LEAD = re.compile(r"\b(?:date\s+of\s+(?:death|passing)(?:'s|\s+is|\s+was|\s+would\s+be|:)?[\s,:]+(?:(?:uh|um|it's|is)[\s,]+)?|"
                         r"(?:passed\s+away|died)\s+(?:on\s+)?|"
                         r"(?:he|she|who|mom|dad|and)\s+passed\s+(?:on\s+)?)", re.IGNORECASE)


def _dob_hits(text: str) -> list[Hit]:
    out = []
    for m in _DOB_LEAD.finditer(text):
        d = DATE_RE.match(text, m.end())
        if d:
            out.append(Hit("dob", d.start(), d.end()))
    for m in _DEATH_LEAD.finditer(text):
        # plain "and passed <date>" only after a birth date said in the same utterance
        if m.group()[:3].lower() == "and" and not _DOB_LEAD.search(text, 0, m.start()):
            continue
        d = DATE_RE.match(text, m.end())
        if d:
            out.append(Hit("dob", d.start(), d.end()))
    return out


# an amount named right before the number, with no currency word: "the total was ...", "my subtotal is ...", "the
# charge was ...", "it came to ..." (what a bill or an order's total is; not "the order number is ...")
_TOTAL_BEFORE = re.compile(r"\b(?:(?:(?:sub|grand\s+)?total|bill|charge|amount|price|cost|fare|tip|balance|"
                           # (Round 32) "the reimbursement is one eighty five", "the receipt says two hundred twelve
                           # fifty": money paid back, a receipt's total
                           r"reimbursements?|payout|settlement)(?:'s|\s+(?:was|is|"
                           r"were|came\s+(?:out\s+)?to|comes\s+(?:out\s+)?to|of))|(?:came|comes|come)\s+(?:out\s+)?to|"
                           r"(?:receipt|invoice)\s+(?:says|said|shows|showed|reads))"
                           r"[\s,]+(?:(?:about|around|like|just|only|roughly|um|uh)[\s,]+)?$", re.IGNORECASE)


def _money_words(text: str, run: DigitRun) -> bool:
    """Spoken amounts and years are no ids: "eleven hundred", "the twenty nineteen Silverado"."""
    source = text[run.char_start:run.char_end]
    if re.search(r"\b(?:hundred|thousand)$", source, re.I):
        # a phone number's last group said in hundreds ("three ninety six, four oh four, sixty seven hundred") is
        # no amount: 7 or 10 digits in three or more groups, the hundreds only at the end
        return not (len(run.digits) in (7, 10) and len(run.pieces) >= 3 and not re.search(
            r"\b(?:thousand|hundred\s+and)\b", source, re.IGNORECASE)
            and len(re.findall(r"hundred", source, re.IGNORECASE)) == 1)
    pairs = len(run.pieces) == 2 and len(run.digits) == 4 and not any(c.isdigit() for c in source)
    if (pairs and re.search(r"\b(?:for|of|paid|pay|costs?|charged?|spent|about|around|over|under|only|just)\s+$",
                            text[max(0, run.char_start - 10):run.char_start], re.IGNORECASE)):
        return True  # dollars and cents said as two pairs: "the one for sixty two fifty"
    if len(run.digits) <= 5 and len(run.pieces) <= 2 and _TOTAL_BEFORE.search(text[max(0, run.char_start - 40):
                                                                                    run.char_start]):
        return True  # "the total was forty three eighty seven", "it came to 2150": an order's money, no id
    if pairs and (charged_after(text, run) or posted_amount(text, run)):
        return True  # "it was ninety nine ninety nine, charged twice" (not "ending forty four ten, charged ..."),
        # "it says pending, ninety nine ninety nine"
    if len(run.pieces) == 1 and re.search(r"\b(?:around|about|roughly|approximately|nearly|almost|up\s+to|at\s+least|"
                                          r"at\s+most|budget(?:\s+(?:of|is|was))?)\s+$",
                                          text[max(0, run.char_start - 20):run.char_start], re.IGNORECASE):
        return True  # "a budget around 250000", "roughly 180000": an amount or a count, an id is never about
    if (re.fullmatch(r"(?:19|20)\d\d", run.digits) and len(run.pieces) == 1
            and re.search(r"\b(?:since|from|until|till|through|back\s+in)\s+$", text[max(0, run.char_start - 12):
                                                                                     run.char_start], re.IGNORECASE)):
        return True  # a written year: "we've had the account since 2016"
    return (bool(re.fullmatch(r"(?:19|20)\d\d", run.digits)) and [len(p.digits) for p in run.pieces] == [2, 2]
            and bool(re.search(r"\b(?:the|a|an|my|our|his|her|their|in|since|from|until|of|by|before|after)\s+$",
                               text[max(0, run.char_start - 12):run.char_start], re.I)))


# groups said with words between them: "370 and 318 and 0482", "three seven oh, uh, 318, then 0482"
_JOINER = re.compile(r"^[\s,.;:…-]*(?:(?:and|then|uh|um|er|ah|so|okay|ok|it's|that's|is|dash|hyphen)"
                     r"[\s,.;:…-]*){0,2}$", re.I)
_QUANTITY = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_MONEY_AFTER = re.compile(r"\s*(?:" + QUANTITY_UNITS + r")\b", re.I)


def _quantity(text: str, run: DigitRun) -> bool:
    """Money, measures and written thousands ("$1,500,000", "120000 dollars") are not ids."""
    source = text[run.char_start:run.char_end]
    return (bool(_QUANTITY.match(source)) or text[max(0, run.char_start - 1):run.char_start] in CURRENCY_SIGNS
            or bool(_MONEY_AFTER.match(text, run.char_end)))


def _chain_hits(text: str, runs: list[DigitRun]) -> list[Hit]:
    """Runs of 2-8 digits joined by "and"/fillers that together make a phone, card or SSN (or 6+ digits after a
    phone/card/account/SSN cue)."""
    hits: list[Hit] = []
    i = 0
    while i < len(runs):
        j = i
        while (j + 1 < len(runs) and 2 <= len(runs[j].digits) <= 8 and 2 <= len(runs[j + 1].digits) <= 8
               and _JOINER.match(text[runs[j].char_end:runs[j + 1].char_start])):
            j += 1
        if j > i:
            chain = runs[i:j + 1]
            digits = "".join(r.digits for r in chain)
            s, e = chain[0].char_start, chain[-1].char_end
            n = len(digits)
            cue = _closest_cue(text, s, runs[i - 1].char_end if i else 0)
            kind = None
            if 13 <= n <= 19 and luhn_ok(digits):
                kind = "card"
            elif n == 10 or (n == 11 and digits[0] == "1"):
                kind = "phone"
            elif n == 9 and [len(r.digits) for r in chain] == [3, 2, 4]:
                kind = "ssn"
            elif cue in ("phone", "card", "account", "ssn") and n >= 6:
                kind = {"card": "account"}.get(cue, cue)
            elif any(len(r.digits) >= 6 for r in chain) and all(len(r.digits) >= 3 for r in chain):
                kind = "account"  # an id of 6+ digits goes on in groups ("1734, 1256, and 7299")
            if kind and not any(_quantity(text, r) for r in chain):
                hits.append(Hit(kind, s, e))
        i = j + 1
    return hits


def _classify_run(text: str, run: DigitRun, floor: int) -> list[Hit]:
    digits = run.digits
    if len(digits) < 4:
        return []
    # a Luhn-valid window of 13-19 digits is a card; what is left of the run either side is classified again
    for win in run.windows(13, 19):
        if luhn_ok(win.digits):
            i = run.pieces.index(win.pieces[0])
            j = i + len(win.pieces)
            out = [Hit("card", win.char_start, win.char_end)]
            if i > 0:
                out += _classify_run(text, run.sub(0, i), floor)
            if j < len(run.pieces):
                out += _classify_run(text, run.sub(j, len(run.pieces)), win.char_end)
            return out
    start, end = run.char_start, run.char_end
    if start > 0 and text[start - 1] in "(+":
        start -= 1
    source = text[run.char_start:run.char_end]
    cue = _closest_cue(text, run.char_start, floor)
    n = len(digits)
    kind: str | None = None
    if (_quantity(text, run) or _money_words(text, run)) and cue != "ssn":
        return []  # "1,200 percent", "$250" after "my credit card ..." is an amount, not an account
    if text[max(0, run.char_start - 2):run.char_start].lower() == "0x":
        return []  # "the error says 0x80070005": a program's error number in hex
    years = re.fullmatch(r"((?:19|20)\d\d)\s*(?:-|–|/|\bto\b|\bthrough\b)\s*((?:19|20)\d\d)", source)
    if years and 0 <= int(years.group(2)) - int(years.group(1)) <= 10:
        return []  # "the policy period is 2024-2025": a span of years
    if re.fullmatch(r"\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})", source) and cue in ("card", "account"):
        return []  # "the account was opened 2/11/2015": a written date (a date of birth has its own rules)
    if (n == 9 and [len(pc.digits) for pc in run.pieces] == [2, 7]
            and re.search(r"-|\bdash\b|\bhyphen\b", source, re.IGNORECASE)):
        kind = "account"  # "27-9228211", "twenty seven dash 9228211": an employer ID (EIN) is 2-7, a social 3-2-4
    elif cue == "ssn" and n in (9, 4) and not _FORM_SUFFIX.match(text, run.char_end):
        kind = "ssn"
    elif cue == "ssn" and n == 5 and 3 in _cumulative(run):
        kind = "ssn"  # "my social? It's 532, eight three...": a social's first groups (3-2), the caller cut off
    elif cue in ("card", "account") and n >= 4 and not (n == 4 and clock_time(text, run)):
        kind = "account"  # (not "... on my card. It's nearly ten fifteen here": a time)
    elif cue == "phone" and (n in (7, 10) or (n == 11 and digits[0] == "1") or n >= 11):
        kind = "phone"
    elif cue == "zip" and n in (5, 9):
        kind = "address"
    elif _SSN_WRITTEN.match(source):
        kind = "ssn"
    elif n == 10 or (n == 11 and digits[0] == "1") or (text[start] == "+" and 8 <= n <= 15):
        kind = "phone"
    elif n == 7 and _PHONE7_WRITTEN.match(source):
        kind = "phone"
    elif n == 7 and all(len(pc.digits) == 1 for pc in run.pieces):
        kind = "phone"  # seven digits read out one by one ("2, 1, 4, 8, 8, 3, 9"): a local phone number
    elif n == 9:
        kind = "ssn"
    elif n >= 6 and not _quantity(text, run) and not re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", source):
        kind = "account"  # order numbers, member and remote-access ids ("1109185", "four seven two nine one five")
    return [Hit(kind, start, end)] if kind else []


def _cumulative(run: DigitRun) -> list[int]:
    """How many digits the run has said at the end of each of its pieces ("532, eight three" → [3, 4, 5])."""
    out, k = [], 0
    for pc in run.pieces:
        k += len(pc.digits)
        out.append(k)
    return out


# a number with a letter hyphenated on is a form or model name, not a social's last four ("the 1098-T record")
_FORM_SUFFIX = re.compile(r"-[A-Za-z]{1,3}\b(?!-?\d)")


_ALNUM_ID = re.compile(r"\b(?=[A-Za-z0-9-]*[A-Za-z])(?=(?:[A-Za-z-]*\d){4})[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]\b")


# an id written in spaced groups of capitals and digits, some mixing both ("1Z 999 AA1 01 2345 6784", "TBA 30 4471
# 8829 000"): three or more groups, 8+ digits
_SPACED_ID = re.compile(r"(?<![\w-])[A-Z0-9]{1,6}(?:[ -][A-Z0-9]{1,6}){2,}(?![\w-])")


def _spaced_id_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _SPACED_ID.finditer(text):
        groups = re.split(r"[ -]", m.group())
        if (sum(c.isdigit() for c in m.group()) >= 8 and any(re.search(r"[A-Z]", g) and re.search(r"\d", g)
                                                              for g in groups)):
            out.append((m.start(), m.end()))
    return out


# a short code of capitals and digits right after an id's name ("your confirmation code is K7X2QP", "booking
# reference Q4ZT8", "the reservation number's 9XK3L"): 5-12 characters, 2+ digits, 2+ capitals
_SHORT_CODE = re.compile(r"(?<![\w-])(?=(?:[A-Z-]*\d){2})(?=(?:[\d-]*[A-Z]){2})[A-Z0-9][A-Z0-9-]{3,10}[A-Z0-9](?![\w-])")
_ID_NAMED = re.compile(r"\b(?:confirmation|reference|booking|reservation|order|ticket|case|claim|tracking|member|"
                       r"customer|account|policy|invoice|record\s+locator|locator|pnr)\s*(?:number|no\.?|#|id|code)?"
                       r"(?:'s|\s+(?:is|was|would\s+be|will\s+be))?[\s,:#]*$", re.IGNORECASE)


def _alnum_account_hits(text: str) -> list[Hit]:
    """Mixed letter+digit identifiers (``AB-1234567``) after an account cue, or with 6+ digits anywhere (not a hex
    error code, ``0x80070005``); a short code of capitals and digits right after an id's name."""
    hits = []
    for m in _ALNUM_ID.finditer(text):
        if re.fullmatch(r"0x[0-9a-f]+", m.group(), re.IGNORECASE):
            continue  # "the error says 0x80070005": a program's error number
        ndig = sum(c.isdigit() for c in m.group())
        cue = _closest_cue(text, m.start(), 0)
        # ... or letters on both ends of five digits ("QZ71530K": a Medicaid or member id's shape; not a model
        # number, "WH1000XM4", which ends in a digit)
        if cue in ("account", "card") or ndig >= 6 or re.fullmatch(r"[A-Z]{1,3}\d{5}[A-Z]{1,2}", m.group()):
            hits.append(Hit("account", m.start(), m.end()))
    for m in _SHORT_CODE.finditer(text):
        if _ID_NAMED.search(text[max(0, m.start() - 40):m.start()]):
            hits.append(Hit("account", m.start(), m.end()))
    return hits


# -- IBAN --------------------------------------------------------------------------------------------------

_IBAN_SHAPE = re.compile(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$")


def iban_ok(compact: str) -> bool:
    """True when ``compact`` (no spaces, upper case) has the IBAN shape and passes the ISO 13616 mod-97 check."""
    if not _IBAN_SHAPE.match(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


def _iban_hits(text: str) -> list[Hit]:
    hits = []
    for run in digit_runs(text, letters=True):
        if len(run.digits) < 15:
            continue
        cue = _CUES["iban"].search(text, max(0, run.char_start - _CUE_WINDOW), run.char_start)
        for win in run.windows(15, 34):
            if iban_ok(win.digits) or (cue and _IBAN_SHAPE.match(win.digits)):
                hits.append(Hit("iban", win.char_start, win.char_end))
                break
    return hits


# -- email -------------------------------------------------------------------------------------------------

_TLD = r"(?:com|net|org|edu|gov|io|co|uk|us|ca|au|de|fr|info|biz|me|mail)"
_EMAIL_WRITTEN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SPOKEN_SEP = r"(?:\s*\.\s*|\s+(?:dot|period|underscore|dash|hyphen)\s+|_|-)"
_EMAIL_SPOKEN = re.compile(
    r"(?:(?<![\w'])[a-z0-9]\s+)*"                           # spelled letters: "j a n e"
    r"(?<![\w'])[a-z0-9][\w+]*(?:" + _SPOKEN_SEP + r"[a-z0-9][\w+]*)*"  # local part
    r"\.?" + r"(?:" + AT_SAID + r"|\s*@)\s*"
    r"(?:[a-z]\s+)*"                                         # a domain said in letters: "g mail", "u c l a"
    # a domain name said as two or three words: "smith family dot com", "blue ridge mail dot net", "north star dash
    # bakery dot net"
    r"(?:(?!(?:the|a|an|my|your|our)\s)[a-z0-9][\w-]*(?:\s+(?:dash|hyphen))?\s+"
    # Round 31 (held-out 41): a business named "<A> and <B>" keeps its "and" in the domain ("ivy and oak planning
    # dot com"): "and" between two domain words, never first or last
    r"(?:and\s+)?"
    r"(?!(?:dot|period|at|the|a|an|and|or|my|your|our|dash|hyphen)\b)){0,3}"
    r"[a-z0-9][\w-]*"
    r"(?:(?:\s*\.\s*|\s+(?:dot|period)\s+)[a-z0-9][\w-]*)*?(?:\s*\.\s*|\s+(?:dot|period)\s+)"
    r"(?:" + _TLD + r"|e\s+d\s+u|o\s+r\s+g)\b"                   # "dot e d u"
    r"(?:(?:\s*\.\s*|\s+(?:dot|period)\s+)(?:uk|au|nz|za|in|jp|br|mx|us|ca|ie|sg|hk)\b)?",  # "dot co dot uk"
    re.I,
)
_EMAIL_CUE = re.compile(r"\be-?mail(?:\s+address)?(?:\s+(?:is|it's|would\s+be|will\s+be))?[\s,:]+", re.I)


# "jane doe, all one word, at gmail dot com": a remark between the local part and "at" (blanked, offsets kept)
_EMAIL_REMARK = re.compile(r",?\s+(?:all\s+(?:one\s+word|together|lower\s*case)|no\s+spaces?|one\s+word),?(?=\s+at\s)",
                           re.I)


# a mail provider said without its ".com" after an e-mail cue ("my email is john at gmail")
_AT_PROVIDER = re.compile(AT_SAID + r"(?:" + "|".join(WEBMAIL) + r")\b"
                          r"(?!\.\w|\s*\.\s*" + _TLD + r"\b|\s+(?:dot|period)\b)", re.IGNORECASE)


_URL_PATH = re.compile(r"\s*(?:/|slash\b)", re.IGNORECASE)
_WEB_PLACE = re.compile(r"(?:be|is|are|was|were|it's|its|up|online|live|posted|listed|streamed|streaming|shown|"
                        r"available|found|find\s+(?:it|us|them)|us|it|them|go|visit|out|"
                        # Round 32 (held-out 44): "they told me at HealthCare.gov": "me" / "him" is no local part
                        r"me|him)", re.IGNORECASE)


def _email_hits(text: str) -> list[Hit]:
    hits = [Hit("email", m.start(), m.end()) for m in _EMAIL_WRITTEN.finditer(text)]
    for m in _AT_PROVIDER.finditer(text):
        cues = list(_EMAIL_CUE.finditer(text, max(0, m.start() - 60), m.start()))
        gap = text[cues[-1].end():m.start()] if cues else ""
        if cues and 0 < len(gap.split()) <= 4 and not re.search(r"[.,;?!]", gap):
            hits.append(Hit("email", cues[-1].end(), m.end()))
    hits += _email_attempts(text)
    text = _EMAIL_REMARK.sub(lambda m: " " * len(m.group()), text)
    for m in _EMAIL_SPOKEN.finditer(text):
        start = m.start()
        # a place on the web, no mailbox: "the stream will be at example dot com slash live", "it's up at ..."
        # (an address has no path after its domain; "be", "is", "up" are no one's local part)
        if _URL_PATH.match(text, m.end()) or _WEB_PLACE.fullmatch(text[m.start():m.end()].split(" at ")[0].strip()):
            continue
        # "my email is jane doe at ..." — the local part may be several spoken words: extend back to the cue
        cues = list(_EMAIL_CUE.finditer(text, max(0, start - 60), start))
        gap = text[cues[-1].end():start] if cues else ""
        if cues and len(gap.split()) <= 4 and not re.search(r"[.,;?!]", gap):
            start = cues[-1].end()
        else:  # "the email they gave me, jane doe six two at ...": the cue is too far; walk back from "at"
            start = _extend_local_part(text, start)
        hits.append(Hit("email", start, m.end()))
    return hits


# "the email is jane. No, namble .com.": an e-mail named, then a local part no well-formed address follows (speech
# recognition garbled the rest), and maybe a domain fragment in a correction (see _email_attempts)
_EMAIL_IS = re.compile(r"\b(?:my|the|his|her|their|our|your|new|personal|work|home)\s+e-?mail(?:\s+address)?"
                       r"(?:\s+(?:is|was|would\s+be|will\s+be|should\s+be)|'s)\s+", re.IGNORECASE)
_LOCAL_ATTEMPT = re.compile(r"[a-z0-9][\w+-]*(?:\.[a-z0-9][\w+-]*)*(?:\s+[a-z0-9][\w+-]*){0,2}(?=\s*(?:[.,;?!]|$))")
_DOMAIN_TAIL = re.compile(r"[.,;]?\s*(?:(?:no|sorry|i\s+mean|wait|oops|uh|um)[,.]?\s+){0,2}(?:[\w-]+\s*)?"
                          r"(?:\.\s?|dot\s+)(?:com|net|org|edu|gov|io|co|us)\b", re.IGNORECASE)


# Round 29 (held-out 35-36): a business's own role mailbox, given as where to write to it: "email them to records at
# <business> dot com, that's our records inbox", "you can reach us at billing at ..." — the local part is a role word
# (no one's name) and the speaker says the mailbox is theirs ("our", "us", "we")
_ROLE_MAILBOX = frozenset("""records info information support help helpdesk billing accounts accounting payments sales
contact contactus hello office frontdesk reception appointments scheduling referrals claims orders service
customerservice careers jobs hr admin team noreply donotreply admissions registrar bursar enrollment finance
reservations bookings events invoices appeals grievances verify verification verifications documents kyc compliance
disputes complaints memberservices members dispatch""".split())  # Round 32 (held-out 44, 46): appeals, verify, ...
_OWN_MAILBOX = re.compile(r"\b(?:that's|that\s+is|it's|is)\s+(?:our|the\s+office's|the\s+clinic's)\b|\b(?:e-?mail|write|"
                          r"reach|contact|send\s+(?:it|them|that)(?:\s+to)?)\s+us\b|\bour\s+(?:[a-z]+\s+)?"
                          r"(?:inbox|e-?mail|mailbox|address)\b", re.IGNORECASE)


def role_mailbox(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` is a spoken e-mail whose local part is a role word ("records", "billing", "info") that the
    speaker gives as their own business's mailbox (see _ROLE_MAILBOX)."""
    local = list(re.finditer(r"([A-Za-z]+)\s+at\s", text[s:e]))  # the word right before the last "at"
    if not local or local[-1].group(1).lower() not in _ROLE_MAILBOX:
        return False
    if _OWN_MAILBOX.search(text):
        return True
    at = local[-1].start(1) + s  # the role word
    return _SEND_TO.search(text[max(0, at - 80):at]) is not None


# Round 31 (held-out 43): a role mailbox given as where to send a document: "you can send the sponsor letter to
# student accounts at ...", "please e-mail the form to admissions at ..." (the local part still a role word)
_SEND_TO = re.compile(r"\b(?:send|e-?mail|forward|submit|mail|fax|scan)\s+(?:it|that|them|this|those|a\s+copy|"
                      r"(?:the|your|a|an|any)\s+[a-z][a-z\s'-]{0,40}?)\s+(?:over\s+|in\s+)?to\s+(?:[a-z]+\s+)?$",
                      re.IGNORECASE)


def _email_attempts(text: str) -> list[Hit]:
    """After "my email is" / "the email is", the lower-case word(s) up to the clause's end are the e-mail's local
    part even when no domain follows ("the email is jane. No, namble .com."), with a domain fragment said right
    after; none of them an everyday word ("the email is fine", "my email is down") nor a bare number."""
    from voc.analyze.pii_person import NOT_NAMES, name_lists
    from voc.analyze.wordlists import common_word, english_words

    out = []
    for m in _EMAIL_IS.finditer(text):
        local = _LOCAL_ATTEMPT.match(text, m.end())
        if not local:
            continue
        words = re.split(r"[\s.]+", local.group())
        if all(w.isdigit() for w in words) or any(
                w.lower() in NOT_NAMES or common_word(w) or (w.lower() in english_words()
                                                            and w.lower() not in name_lists()[0]) for w in words):
            continue
        tail = _DOMAIN_TAIL.match(text, local.end())
        out.append(Hit("email", local.start(), tail.end() if tail else local.end()))
    return out


_LOCAL_SEP_WORDS = ("dot", "period", "underscore", "dash", "hyphen")


def _extend_local_part(text: str, start: int) -> int:
    """Spoken local parts may be several words: "john smith at ...", "mei dot lin chen at ...", and written ones
    may have a stray space ("ravi.shankar pillai@yahoo.com").

    Walking back from the match: a separator word ("dot", "underscore", ...) always joins the word before it
    ("mei dot" + "lin chen"), and up to two more bare name-like words are taken ("john smith"). A word in
    ``NOT_NAMES`` ("it's", "to", "so"), punctuation or a cue word ("email") ends the local part.
    """
    from voc.analyze.pii_person import NOT_NAMES, name_lists

    stop = NOT_NAMES | {"email", "mail", "address", "e-mail"}
    bare = digits_said = 0
    while True:
        # a written piece may carry dots inside it ("ravi.shankar pillai@yahoo.com"); a sentence's full stop ends it
        m = re.search(r"([A-Za-z0-9](?:[\w'+-]|[.](?=\w))*)\s+$", text[:start])
        if not m:
            break
        word = m.group(1).lower()
        if word[0].isdigit():
            break  # a bare number before the local part is not in it ("smith dot 42" is, through the separator)
        if word in _LOCAL_SEP_WORDS:
            before = re.search(r"([A-Za-z0-9][\w'-]*)\s+$", text[:m.start(1)])
            if not before or before.group(1).lower() in stop or before.group(1).lower() in _LOCAL_SEP_WORDS:
                break
            start = before.start(1)  # "mei dot": the separator binds the word before it
            continue
        if word in NUMBER_WORDS or word in ("double", "triple"):  # digits said as words: "autumn forty four"
            digits_said += 1
            if digits_said > 8:
                break
            start = m.start(1)
            continue
        if word == "and" and bare:
            # Round 31 (held-out 41): a couple's mailbox, "thao and matt two oh two six at ...": "and" joins two
            # given names (the one after it already taken)
            before = re.search(r"([A-Za-z][\w'-]*)\s+$", text[:m.start(1)])
            after = re.match(r"[A-Za-z][\w'-]*", text[m.end():])
            if before and after and before.group(1).islower() and after.group().islower() and all(
                    w.lower() in name_lists()[0] and w.lower() not in stop for w in (before.group(1), after.group())):
                start = before.start(1)
                bare += 1
                continue
        if word in stop:
            break
        if bare >= 2:
            break
        bare += 1
        start = m.start(1)
    return start


# -- address -----------------------------------------------------------------------------------------------

_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS - {"o"}, key=len, reverse=True)) + r")"
_NUMW = r"(?:(?:double|triple)[\s-]+)?" + _NUMWORD  # "eight double two eight six", "unit double two five"
_NUM = r"(?:\d{1,6}[a-z]?|" + _NUMW + r"(?:[\s-]+" + _NUMW + r")*)"
_SUFFIX = (r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|"
           r"circle|parkway|pkwy|highway|hwy|square|sq|crescent|close|trail|alley|row|"
           # more of the USPS street suffixes said in subdivisions ("Dandelion Loop", "Heron Cove", "Elk Ridge")
           r"loop|cove|pike|ridge|landing|crossing|hollow|glen|heights)")
_NOT_STREET = ("the|a|an|on|in|at|of|to|for|and|or|but|my|your|our|their|his|her|its|this|that|these|those|is|was|"
               "are|were|be|been|it|i|you|we|they|he|she|with|from|by|about|down|up|over|across|into|than|then|"
               "times|time|hours?|days?|minutes?|weeks?|months?|years?|seconds?|dollars?|bucks|cents?|percent|"
               "calls?|people|more|less|other|different|whole|same|weeks|now|ago|last|next|"
               # a price or a count, not a street: "the fare is three fifty each way", "two dollars either way"
               "each|every|either|both|any|no")
# a spoken ordinal right before the suffix is a street name ("twenty second Avenue", "second Street")
_ORD_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth|"
             r"fiftieth)(?=\s+" + _SUFFIX + r"\b)")
_STREET_WORD = r"(?:" + _ORD_WORD + r"|(?!(?:" + _NOT_STREET + r")\b)(?:[a-z]+\.?|\d+(?:st|nd|rd|th)))"
# the unit: a number, a letter, or both ("apartment 12 B", "unit 9 C as in cat", "suite 4-A")
_UNIT_LETTER = r"[a-z](?:\s+(?:as\s+in|like|for)\s+[a-z]+)?"
_UNIT_VALUE = r"(?:" + _NUM + r"(?:[\s-]?" + _UNIT_LETTER + r")?|" + _UNIT_LETTER + r")\b"
# ... and a home's lot or space in a mobile-home or RV park ("..., lot 35", "space 12"), a marina's slip, a dorm's,
# a care home's or a hospital's room ("..., room two fourteen, Ames")
_UNIT_WORD = r"(?:apartment|apt|unit|suite|ste|flat|building|bldg|number|no|lot|space|spc|slip|room|rm|#)"
# one or two unit parts ("building C, unit three oh two")
_UNIT = r"(?:,?\s+" + _UNIT_WORD + r"\.?\s*#?\s*" + _UNIT_VALUE + r"){0,2}"
# a direction after the suffix ("Park Avenue South", "Pennsylvania Avenue Northwest"; not "south of the mall")
_DIRECTION = (r"(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|(?-i:N|S|E|W|NE|NW|SE|SW))"
              r"\b\.?(?!\s+of\b))?")
_ADDRESS = re.compile(r"\b" + _NUM + r"\s+(?:" + _STREET_WORD + r"\s+){1,3}" + _SUFFIX + r"\b\.?" + _DIRECTION
                      + _UNIT, re.IGNORECASE)
# a street with no suffix, told by the unit after it ("1420 Broadway, unit 5C", "88 Kingsway, apartment 4")
_ADDRESS_NO_SUFFIX = re.compile(r"\b" + _NUM + r"\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?,?\s+"
                                r"(?:apartment|apt|unit|suite|ste|building|bldg|#)\.?\s*#?\s*" + _UNIT_VALUE
                                + _UNIT, re.IGNORECASE)
# the unit said first: "unit 204 at 88 Oak Street", "apartment 4B in 12 Elm Court"
_UNIT_FIRST = re.compile(r"\b(?:apartment|apt|unit|suite|ste)\.?\s*#?\s*" + _UNIT_VALUE + r",?\s+(?:at|in|of|on)\s+$",
                         re.IGNORECASE)
# ... also said in full: "Post Office Box 818"
_PO_BOX = re.compile(r"\b(?:p\.?\s*o\.?|post\s+office)\s*box\s+" + _NUM + r"\b", re.I)
# a new home's lot said before its street, with no house number yet: "It's lot 56, Windmill Avenue, in Henderson."
_LOT_FIRST = re.compile(r"\b(?:lot|parcel|home\s*site)\s+(?:number\s+|no\.?\s*|#\s*)?" + _NUM
                        + r",?\s+(?:on\s+)?(?:(?-i:[A-Z])[\w'-]*\s+){1,3}" + _SUFFIX + r"\b\.?" + _DIRECTION
                        + r"(?:,?\s+in\s+(?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){0,2})?(?=\s*(?:[.!?;,]|$))", re.IGNORECASE)
# a military mail address: "PSC 1234, Box 567", "P S C ninety one fifty five, box seven nine one", "CMR 450 Box 12"
_MILITARY = re.compile(r"(?<![\w'])(?-i:PSC|P\.?\s?S\.?\s?C\.?|CMR|C\.?\s?M\.?\s?R\.?|UPR|U\.?\s?P\.?\s?R\.?|Unit)\s+"
                       + _NUM + r",?\s+box\s+" + _NUM + r"\b", re.IGNORECASE)


# after a street address: ", <City>[, <State>], <ZIP>" ("..., Fairview, 89203", "..., Salem, Oregon, nine seven three oh one")
_CITY_STATE = re.compile(r"\.?,\s*(?:[A-Z][a-z'.-]*\s){0,2}[A-Z][a-z'.-]*,?\s+(?:(?:[A-Z][a-z]+\s)?[A-Z][a-z]+,?\s+|[A-Z]{2},?\s+)?")


# a city alone after a street address, ending the sentence or clause: "the new one is 12 Elm Lane, Springfield."
_CITY_END = re.compile(r"\.?,\s*((?:[A-Z][a-z'.-]+\s){0,2}[A-Z][a-z'-]*[a-z])(?:,\s*[A-Z]{2})?(?=\s*(?:[.!?;]|,\s|$))")
def _state_last() -> re.Pattern[str]:
    from voc.analyze.pii_business import US_STATES

    states = "|".join(sorted((re.escape(x).replace(r"\ ", r"\s+") for x in US_STATES), key=len, reverse=True))
    return re.compile(r"\.?,\s*(?:((?:[A-Z][a-z'.-]+\s){0,2}[A-Z][a-z'-]*[a-z]),\s*)?(?-i:(?i:" + states
                      + r"))(?![\w'])(?=\s*(?:[.!?;]|,\s|$))")


_STATE_LAST = _state_last()
# a word that opens a sentence is not a city ("Plano, 75093" but not "Okay, 75093")
_NOT_CITY = frozenset({"yep", "nope", "alright", "um", "uh", "hmm", "mhm", "yup", "ok", "okay"})


def _worded_city(city: str) -> bool:
    """A town named with dictionary words right after a street ("..., Round Rock, the blue house", "...,
    Franklin."): capitalised, no filler, kin, day or month word, and not every word an everyday one ("Perfect",
    "Great" close a sentence; "Rock", "Franklin" are rarer words)."""
    from voc.analyze.pii_person import _CALENDAR, _KIN_CALLS, NOT_NAMES
    from voc.analyze.wordlists import common_word

    words = city.split()
    # (two or three capitalised words are a town's name though each is an everyday word: "Fall River", "Grand Rapids")
    return (all(w[:1].isupper() for w in words) and (len(words) >= 2 or not all(common_word(w) for w in words))
            and not any(w.lower() in NOT_NAMES or w.lower() in _NOT_CITY or w.lower() in _CALENDAR
                        or w.lower() in _KIN_CALLS for w in words))


def _city_word(word: str) -> bool:
    from voc.analyze.pii_person import NOT_NAMES
    from voc.analyze.wordlists import common_word, english_words

    low = word.lower()
    return not (low in NOT_NAMES or low in _NOT_CITY or common_word(word) or low in english_words())


# a British or Canadian postcode after a street address, written or said letter by letter and digit by digit:
# "BS8 1QU", "B S eight, one Q U", "M one, one A A", "K1A 0B1", "K one A, zero B one"
_PC_LETTER = r"[A-Z](?![a-z'])"
_PC_SEP = r"[\s.,-]*"
_PC_DIGIT = r"(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![\w']))"
_PC_NUMBER = (r"(?:\d{1,2}(?!\d)|" + _PC_DIGIT + r"(?:[\s-]+" + _PC_DIGIT + r")?|(?:ten|eleven|twelve|thirteen|"
              r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?![\w']))")
_POSTCODE = re.compile(r"\.?,?\s*(?:" + _PC_LETTER + r"(?:" + _PC_SEP + _PC_LETTER + r")?" + _PC_SEP + _PC_NUMBER
                       + r"(?:" + _PC_SEP + _PC_LETTER + r")?" + _PC_SEP + _PC_DIGIT + _PC_SEP + _PC_LETTER + _PC_SEP
                       + _PC_LETTER + r"|" + _PC_LETTER + _PC_SEP + _PC_DIGIT + _PC_SEP + _PC_LETTER + _PC_SEP
                       + _PC_DIGIT + _PC_SEP + _PC_LETTER + _PC_SEP + _PC_DIGIT + r")")


def _zip_after(text: str, end: int) -> int:
    """End of the city and ZIP code that follow a street address ending at ``end`` (``end`` when there are none);
    a city alone that ends the sentence joins too ("..., Springfield."), and a British or Canadian postcode."""
    m = _CITY_STATE.match(text, end)
    city = _CITY_END.match(text, end)
    if city and (all(_city_word(w) for w in city.group(1).split()) or _worded_city(city.group(1))):
        end = city.end()
    # "..., Fort Collins, Colorado." / "..., Ohio.": a US state named last says the words before it are the city,
    # dictionary words too ("Bend", "Fort Collins")
    state = _STATE_LAST.match(text, end)
    if state and not any(w.lower() in _NOT_CITY for w in (state.group(1) or "").split()):
        end = state.end()
    for at in (end, m.end() if m else None):
        pc = _POSTCODE.match(text, at) if at is not None else None
        if pc:
            return pc.end()
    if not m:
        return end
    runs = digit_runs(text[m.end():m.end() + 60])
    if runs and runs[0].char_start == 0 and len(runs[0].digits) in (5, 9):
        return m.end() + runs[0].char_end
    return end


# the caller's own unit, said alone: "I live in apartment 7B", "we're in unit three twelve", "my unit number is 4C"
_OWN_UNIT = re.compile(r"(?:\b(?:i|we|they|he|she)(?:'m|'re|'s|\s+am|\s+are|\s+is|\s+live|\s+lives|\s+stay|\s+stays)"
                       r"\s+in\s+|\bmy\s+(?=(?:unit|apartment|apt|suite)(?:\s+number)?\s+(?:is\s+)?#?\s*\w))"
                       r"((?:unit|apartment|apt|suite)\.?(?:\s+number)?(?:\s+is)?\s*#?\s*" + _UNIT_VALUE
                       + r")(?!\s+(?:of|in\s+the\s+(?:course|book|class))\b)", re.IGNORECASE)


# a unit named by its id anywhere, a storage unit or a flat: "I need into unit A one nine nine", "out of unit B
# double five five": a letter with digits or 3+ digits ("unit 2 of the course", "unit twelve", "unit price" stay;
# not "suite": "the clinic is in suite 320" is the business's own)
_UNIT_ID = re.compile(r"\bunit\s+(?:number\s+|no\.?\s*|#\s*)?((?-i:[A-Z])(?:[\s-]+|(?=\d))" + _NUM
                      + r"|" + _NUM + r"(?:[\s-]?(?-i:[A-Z]))?)\b(?!\s+(?:of|in\s+the|percent|dollars?|bucks|times)\b)",
                      re.IGNORECASE)


# a fleet's unit: a vehicle or a machine numbered by the business ("That's unit 4471, the silver one in stall B12",
# "the truck is unit three one two", "unit 5520, the white van"), no one's flat
_COLOURS = (r"white|black|silver|gr[ae]y|red|blue|green|yellow|orange|tan|beige|gold|brown|maroon|burgundy|navy|"
            r"dark\s+\w+|light\s+\w+")
_VEHICLE = r"(?:car|truck|van|minivan|suv|sedan|coupe|pickup|vehicle|bus|trailer|forklift|rig|cab|loaner|rental)"
_FLEET_BEFORE = re.compile(r"\b(?:the|your|my|that|this|our)\s+(?:[\w-]+\s+)?" + _VEHICLE + r"(?:'s|\s+(?:is|was|number|"
                           r"number\s+is|you\s+(?:had|have|got|took|rented)))?\s+(?:is\s+|was\s+)?$|\bfleet\s+$", re.IGNORECASE)
_FLEET_AFTER = re.compile(r"[\s,;-]+(?:(?:it's|that's|the|a)\s+)?(?:(?:" + _COLOURS + r")\s+(?:one|" + _VEHICLE[3:-1] + r")\b|"
                          + _VEHICLE + r"s?\b|(?:parked\s+)?in\s+(?:stall|bay|lane)\b)",
                          re.IGNORECASE)


def _unit_ids(text: str) -> list[Hit]:
    out = []
    for m in _UNIT_ID.finditer(text):
        value = m.group(1)
        if _FLEET_BEFORE.search(text, 0, m.start()) or _FLEET_AFTER.match(text, m.end(1)):
            continue  # a vehicle's fleet number, not an address
        ndig = sum(len(r.digits) for r in digit_runs(value))
        letter = bool(re.match(r"[A-Z](?![a-z])", value) or re.search(r"(?<![A-Za-z])[A-Z]$", value))
        if ndig >= 3 or (letter and ndig >= 1):
            out.append(Hit("address", m.start(), m.end(1)))
    return out


# a city said right before its ZIP code: "Plano, 75093", "it's Fairview, nine seven three oh one"
_CITY_BEFORE = re.compile(r"(?:^|[.,!?;]\s*|\b(?:in|it's|is|that's|was)\s+)((?:[A-Z][a-z'.-]+\s){0,2}[A-Z][a-z'.-]+),\s*$")


def _city_before_zip(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An address piece that is only a ZIP code (5 or 9 digits) takes the city said right before it."""
    out = []
    for s, e, t in pieces:
        if t == "address":
            runs = digit_runs(text[s:e])
            m = _CITY_BEFORE.search(text[:s])
            if (m and len(runs) == 1 and len(runs[0].digits) in (5, 9)
                    and all(_city_word(w) for w in m.group(1).split())):
                s = m.start(1)
        out.append((s, e, t))
    return out


def _address_hits(text: str) -> list[Hit]:
    hits = [Hit("address", m.start(1), m.end(1)) for m in _OWN_UNIT.finditer(text)] + _unit_ids(text)
    for rx in (_ADDRESS, _ADDRESS_NO_SUFFIX, _PO_BOX, _MILITARY, _LOT_FIRST):
        for m in rx.finditer(text):
            end = m.end()
            if text[end - 1] == "." and end < len(text) and not text[end:end + 1].strip() == "":
                end -= 1
            start = m.start()
            unit = _UNIT_FIRST.search(text[max(0, start - 50):start])
            if unit:
                start = max(0, start - 50) + unit.start()
            hits.append(Hit("address", start, _zip_after(text, end)))
    return hits


# -- the business's own numbers ----------------------------------------------------------------------------

# a toll-free number (800, 888, 877, 866, 855, 844, 833) given as a line of the business ("call the lost card line
# at one eight hundred ...", "our toll-free number is ...", "the monitoring center is one eight hundred ...", "our
# claims office is at 1-888 ..."; not "the office": it may be the caller's): no caller's data; "text me at 888 ..."
# stays PII
_TOLL_FREE = re.compile(r"1?8(?:00|88|77|66|55|44|33)\d{7}")
_BUSINESS_LINE = re.compile(r"\b(?:call|reach|dial|contact|phone|ring)\s+(?:us|the\s+(?:[\w'-]+\s+){0,3}"
                            r"(?:line|number|department|team|cent(?:er|re)|desk|hotline|helpline|office|branch))\b|"
                            r"\b(?:our|the)\s+(?:[\w'-]+\s+){0,3}(?:line|hotline|helpline|department|team|desk|"
                            r"branch|cent(?:er|re))\b|\bour\s+(?:[\w'-]+\s+){0,3}(?:office|headquarters)\b|"
                            r"\b(?:our|toll[\s-]?free|customer\s+(?:service|care|support))\s+(?:[\w'-]+\s+){0,2}"
                            r"number\b|\btoll[\s-]?free\b|"
                            r"\bthe\s+number\s+to\s+(?:call|dial)\b|"  # "the number to call is 1-800 ..."
                            # (Round 32) "Fax the form to 877 ...": where the business takes faxes
                            r"\bfax\s+(?:it|them|this|that|the\s+(?:[\w'-]+\s+){0,3}?(?:form|forms|request|records?|"
                            r"paperwork|letter|documents?|claim))\s+(?:over\s+)?to\b|"
                            # "you can call family services back at 1-844 ...": a toll-free line called by its name
                            r"\b(?:call|reach|dial|contact)\s+(?:[\w'-]+\s+){1,3}?(?:back\s+|directly\s+)?(?:at|on)\b",
                            re.IGNORECASE)
# a line with opening hours ("the help desk is open until eight, at ...", "open twenty-four seven at ...") or a
# phone menu after it ("..., option three", "... then press 2"): a business's line
# a toll-free line a business handed out: "the store gave me 1-800 ...", "the clinic told us to call 888 ..."
# a toll-free number dialled, or to dial: "I called 1-800 ... from the letter", "call 1-800 ..., that's the donor
# line", "I called three one one, or 844 ...": toll-free lines are a business's (not "call me at ...": checked with
# _PERSONAL after the cue)
_DIALED = re.compile(r"\b(?:call(?:ed|ing)?|dial(?:l?ed|l?ing)?|phoned|rang|tried)\s+(?:the\s+)?(?:number\s+)?"
                     # Round 30: "I called the number on the back of the ticket, 866 ...": a number printed on a
                     # business's paper; "I called Home Depot at 1-800 ...": a business named before its toll-free line
                     r"(?:(?:on|from)\s+(?:the|that|this|their)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+,?\s+|"
                     r"(?-i:[A-Z][\w.'&-]*)(?:\s+(?:(?-i:[A-Z][\w.'&-]*)|and|&|of))*\s+(?:at|on)\s+)?"
                     r"(?:[\w\s,-]{0,40}?,?\s+or\s+)?$", re.IGNORECASE)
_PRINTED_ON_MINE = re.compile(r"\b(?:on|of|from)\s+(?:the\s+(?:back|front)\s+of\s+)?(my|our)\s+(?:[\w'-]+\s+){0,2}?"
                              r"(?:card|bill|statement|letter|ticket|receipt|invoice|policy|paperwork|booklet|packet|"
                              r"form|box|package|app|eob)\b", re.IGNORECASE)
_HANDED_LINE = re.compile(r"\b(?:the|that|this|your|their)\s+(?:[\w'-]+\s+)?(?:store|shop|pharmacy|clinic|branch|"
                          r"dealership|garage|hotel|salon|restaurant|company|business|merchant|seller|vendor|office|bank|"
                          r"insurer|insurance|plan|lab|manufacturer|airline|carrier|agency|website|site|app|hospice|"
                          r"hospital|cemetery|venue|school|church)s?\s+"
                          r"(?:gave|told|sent|texted|e-?mailed|listed|lists|has|had|says|said)(?:\s+(?:me|us|him|her|them))?"
                          # "the card the hospice gave me says to call ...": what it handed over says it
                          r"(?:\s+(?:says|said|lists|has))?(?:\s+(?:to\s+(?:call|dial|try)|the\s+(?:number|line)|a\s+(?:number|line)))?[\s,:]*(?:(?:is|was)\s+)?$",
                          re.IGNORECASE)
_SERVICE_HOURS = re.compile(r"\b(?:(?:is|are|'s|'re)\s+open|open\s+(?:until|till|til|from|daily|weekdays|24|twenty[\s-]four|"
                            r"around\s+the\s+clock|seven\s+days)|(?:business|office|opening)\s+hours)\b", re.IGNORECASE)
_MENU_AFTER = re.compile(r"[\s,;.]*(?:and\s+|then\s+|and\s+then\s+)?(?:(?:choose|pick|select|press|dial)\s+)?(?:option|menu\s+option)\s+"
                         r"(?:\d|one|two|three|four|five|six|seven|eight|nine|zero)\b|[\s,;.]*(?:and\s+|then\s+)?press\s+(?:\d|one|two|three|"
                         r"four|five|six|seven|eight|nine|zero|pound|star)\b", re.IGNORECASE)
# a confirmation number the business issues for what was just done on the call ("Your confirmation number for
# today's payment is ...", "the confirmation code for this transfer will be ..."): a receipt, not the caller's
# identifier (a confirmation number the caller gives to find an order stays an id)
_ISSUED_CONFIRMATION = re.compile(r"\b(?:your|the)\s+confirmation\s+(?:number|code|no\.?|#)\s+for\s+(?:today's|this|"
                                  r"tonight's)\s+(?:[\w'-]+\s+){0,2}?(?:payment|transfer|transaction|change|"
                                  r"cancell?ation|refund|deposit)\s+(?:is|will\s+be|would\s+be)[\s,:]*"
                                  r"(?:[A-Z](?:\s+|\.\s*|-))*$", re.IGNORECASE)
# (not "Home" opening a business's name: "I called Home Depot at 1-800 ...")
_PERSONAL = re.compile(r"\b(?:me|my|mine|i|i'm|his|her|their|cell|mobile|(?-i:home|HOME|Home(?!\s+[A-Z])))\b", re.IGNORECASE)
# a bank's ABA routing number ("our routing number is 2 6 1 ...") identifies the bank, not the caller
# an organisation's tax number (an employer identification number, E I N; "our tax ID on the statement is 84-...",
# "the center's federal tax ID", "for your taxes, our E I N is ...") names a business, no person: not a social
# (a person's own "my tax ID is ..." stays one)
_BUSINESS_TAX_ID = re.compile(r"\b(?:(?-i:E\.?\s?I\.?\s?N)\b\.?|employer\s+(?:identification|id)(?:\s+(?:number|no\.?|#))?|"
                              r"(?:our|its|the\s+(?:company|business|cent(?:er|re)|school|academy|daycare|provider|"
                              r"practice|clinic|hospital|agency|organi[sz]ation|firm|employer|program|store|shop|"
                              r"office|facility|charity|church|corporation|llc)'s)\s+(?:federal\s+)?(?:tax\s*(?:payer\s+)?(?:id|identification)|"
                              r"tin\b|t\s?i\s?n\b)|federal\s+(?:tax|employer)\s+(?:id|identification))", re.IGNORECASE)
# a school's federal code (the FAFSA's school code, a college's OPE ID) names the school, not the student: "the school
# code is 0 0 1 3 2 1" (a student's own "my student ID is ..." stays an id)
_SCHOOL_CODE = re.compile(r"\b(?:(?:federal\s+)?(?:school|college|university|institution)(?:['\u2019]s)?\s+(?:federal\s+)?"
                          r"codes?|(?-i:OPE)\s+id|title\s+(?:iv|four)\s+codes?|"
                          # Round 31: a school term's or a course's code ("The fall term code is 202510", "the CRN for
                          # the lab is 40127"): the same for every student, no one's id
                          r"(?:(?:fall|spring|summer|winter|academic|current|next|last|this)\s+)?(?:term|semester|quarter)\s+codes?|"
                          r"course\s+(?:reference\s+)?(?:codes?|numbers?)|(?-i:CRN)s?|c\s?r\s?n|(?:class|section)\s+codes?)"
                          r"(?:\s+(?:for\s+(?:the|that|this|my|your)\s+[\w-]+(?:\s+[\w-]+)?))?(?:\s+(?:is|was|would\s+be|should\s+be|"
                          r"for\s+(?:it|them|that|the\s+school)\s+is))?[\s,:]*$", re.IGNORECASE)
_ROUTING = re.compile(r"\brouting(?:\s+(?:transit\s+)?(?:number|no\.?|#))?(?:'s|\s+(?:is|was|would\s+be|should\s+be))?"
                      r"[\s,:]*$", re.IGNORECASE)
# ... or a few words on ("The routing on the check is ...", "Routing number first, ..."): nine digits with the ABA
# check said there are the bank's, none of the caller's own ids named between
_ROUTING_NEAR = re.compile(r"\brouting\b(?![^.?!]*\b(?:account|card|member|social|phone|policy)\b)(?:[\s,:]+[\w']+){0,6}"
                           r"[\s,:]*$", re.IGNORECASE)


# a product's code names a thing sold, no person: "it's SKU 10448217", "item number 5520931", "model # 8812"; a
# manufacturing lot or batch too ("the vaccine's lot number is 27419A", "the batch number on the box is ..."; not
# "my lot number": a plot in a park)
_PRODUCT_CODE = re.compile(r"\b(?:sku|upc|isbn|asin|(?:item|model|part|style|catalog(?:ue)?|product|stock)\s*"
                           r"(?:number|no\.?|num|#|code|id)|(?<!\bmy\s)(?<!\bour\s)(?<!\byour\s)(?<!\bhis\s)(?<!\bher\s)"
                           r"(?<!\btheir\s)(?:lot|batch)\s*(?:number|no\.?|num|#|code)(?:\s+(?:on|of|from)\s+(?:the|this|that|each|your)\s+"
                           r"[\w-]+)?|model|style)(?:'s|\s+(?:is|was|would\s+be))?[\s,:#]*$",
                           re.IGNORECASE)


# a security's identifier names a stock, bond or fund, never a person: "the CUSIP on that fund is 922908363", "ISIN
# US0378331005", "the fund number is 0540", "ticker symbol ..." (a brokerage's line reads them out)
_SECURITY_ID = re.compile(r"\b(?:cusip|isin|sedol|figi|ticker(?:\s+symbol)?|"
                          # a brokerage's clearing number at the Depository Trust Company ("our DTC number, 0226")
                          r"(?-i:D\.?\s?T\.?\s?C)\b\.?(?:\s+participant)?|depository\s+trust(?:\s+company)?(?:\s+participant)?|fund\s+(?:number|no\.?|#|code|id)|"
                          r"share\s+class\s+(?:number|code|id)|security\s+(?:identifier|id))"
                          r"(?:\s+(?:number|no\.?|#|code))?(?:\s+(?:on|of|for)\s+(?:the|this|that|your|my|each)\s+"
                          r"[\w-]+(?:\s+[\w-]+)?)?(?:'s|\s+(?:is|was|would\s+be))?[\s,:#]*(?-i:[A-Z]{2})?$", re.IGNORECASE)

# a number that names a thing or a place in a queue, not a person: "version 17.2", "seat 14C", "flight 2207",
# "channel 702", "page 3" (not a street's "route" or "exit": addresses have those)
_THING_NUMBER = re.compile(r"\b(?:version|seat|row|terminal|flight|platform|channel|page|step|aisle|chapter|episode|"
                           r"season)\s*(?:number|no\.?|#)?[\s,:#]*$|"
                           # Round 30: a store's number in its chain ("store number 2264"), a parking zone ("zone 4417"),
                           # a hotel room ("the room was four twelve", "the room was room 1108", "room number 1108"): a
                           # place, no person ("it's room six two six, Adler Hall": a dorm's address, said without "the")
                           r"\b(?:store|zone)(?:\s*(?:number|no\.?|#))?(?:'s|\s+(?:is|was|would\s+be))?[\s,:#]*$|"
                           r"\bthe\s+room(?:\s+(?:number|no\.?|#))?(?:'s|\s+(?:is|was|would\s+be))?(?:\s+room)?[\s,:#]*$|"
                           r"\broom\s+(?:number|no\.?|#)[\s,:#]*$|"
                           # ... a parking meter ("a ticket for meter number 2209"; a utility's meter number stays an id)
                           r"\b(?:parking\s+meter|(?:ticket|citation)\s+(?:for|at)\s+(?:the\s+)?meter)\s*(?:number|no\.?|#)?"
                           r"(?:'s|\s+(?:is|was))?[\s,:#]*$|"
                           # Round 31: a flight named by its airline ("Our flight is Delta twelve ninety eight", "flight
                           # UA 1298"), a ship's cabin or stateroom ("You're in cabin 9214"), a vessel's registry number
                           # ("IMO number 9821437"): a trip, a berth and a ship, no person
                           r"\bflights?(?:\s*(?:number|no\.?|#))?(?:'s|\s+(?:is|was|would\s+be))?\s+"
                           r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2})[\s,:#]*$|"
                           r"\b(?:cabin|stateroom|state\s+room|berth)\s*(?:number|no\.?|#)?(?:'s|\s+(?:is|was|would\s+be))?[\s,:#]*$|"
                           r"\b(?-i:IMO|MMSI|I\s?M\s?O)\s*(?:number|no\.?|#)?(?:'s|\s+(?:is|was))?[\s,:#]*$|"
                           # ... an office's room in a named building ("The cashier's window is in Whitaker Hall, room
                           # one oh four"): where the business is, not a caller's dorm ("it's room 626, Adler Hall")
                           r"\b(?:office|window|desk|counter|department|lab|clinic|center|centre)(?:['\u2019]s)?\s+(?:is|are)\s+"
                           r"(?:located\s+|right\s+|now\s+)?in\s+(?:the\s+)?(?-i:[A-Z][\w'-]*)(?:\s+(?-i:[A-Z][\w'-]*)){0,3},?\s+"
                           r"(?:room|suite)\s*(?:number|no\.?|#)?[\s,:#]*$",
                           re.IGNORECASE)
# what a product's code said before its digits may hold: spelled capitals ("S H P M eight ..."), capitals glued on
# ("WR55X..."), a group and a "dot" ("one one oh dot six one ..."): stripped before _PRODUCT_CODE is tried
_CODE_LEAD = re.compile(r"(?:(?:\b(?-i:[A-Z]{1,4})\b|(?-i:[A-Z]{1,4})$|\b(?:zero|oh|one|two|three|four|five|six|seven|"
                        r"eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d+)\b|"
                        r"\b(?:dot|dash|point)\b)[\s,.-]*){1,8}$", re.IGNORECASE)
# a permit a city, county or building department issued for a job ("the city permit came back, permit twenty four
# dash oh three one seven", "the building permit number is 24-0317"): a public record of the site, no caller's id
# (a learner's, parking or carry permit is "my / your ... permit" and named by none of these words)
_PUBLIC_PERMIT = re.compile(r"\b(?:city|county|town|village|borough|building|electrical|plumbing|construction|zoning|"
                            r"roofing|solar|municipal)\s+permits?\b(?:[^.?!]*?\bpermit)?\s*(?:number|no\.?|num|#)?"
                            r"(?:'s|\s+(?:is|was|would\s+be|came\s+back\s+as))?[\s,:#]*$", re.IGNORECASE)


# the business's own sites: "it ships from our warehouse in Memphis, zip code ...", "returns go to our distribution
# center at ...": an address or zip code said of one of these, in the same sentence, is no caller's
_BUSINESS_SITE = re.compile(r"\b(?:our|the\s+company's)\s+(?:[\w'-]+\s+){0,2}?(?:warehouses?|(?:distribution|fulfill?ment|"
                            r"returns?|processing|repair|service|shipping|sorting|call|data|payments?|remittance|mail(?:ing)?)\s+"
                            r"(?:cent(?:er|re)|facility|hub|address|department|office|processing)s?|headquarters|hq|"
                            r"head\s+office|corporate\s+office|main\s+office|facilit(?:y|ies)|lock\s?box|depots?|plants?)\b(?![^.!?]*\b(?:you|your|you're|me|my|i|i'm)\b[^.!?]*$)", re.IGNORECASE)


# where payments to the business are sent ("Payments by mail go to ...", "send your payments to ...", "mail the
# payment coupon to ..."): the business's remittance address, not the caller's (a refund check mailed to someone
# is no payment to the business: "we'll mail the check to ..." is not matched)
# ... also cheques and deposits for something ("checks for the rollover go to P O Box ...", "contributions for the
# plan are mailed to ...")
_PAYMENTS_GO = re.compile(r"\b(?:(?:mailed\s+)?(?:payments?|checks?|cheques?|contributions?|deposits?|"
                          # (Round 32) "Appeals go to P O Box ...": where the business takes appeals, claims and
                          # grievances by mail
                          r"appeals?|grievances?|(?:paper\s+)?claims?(?:\s+forms?)?|correspondence|disputes?|"
                          r"complaints?|written\s+requests?)\s+"
                          r"(?:for\s+(?:the\s+|your\s+|a\s+|an\s+)?[\w-]+\s+)?"
                          r"(?:by\s+(?:mail|post|check|cheque)\s+|sent\s+by\s+mail\s+|"
                          r"by\s+check\s+)?(?:go(?:es)?|should\s+go|need\s+to\s+go|are\s+(?:mailed|sent)|should\s+be\s+"
                          r"(?:mailed|sent)|get\s+(?:mailed|sent))\s+to|(?:mail|send)\s+(?:in\s+)?(?:the|your|all|a|any|"
                          r"each)?\s*(?:monthly\s+)?(?:payments?|payment\s+coupons?|remittances?)\s+(?:\w+\s+)?to)\b",
                          re.IGNORECASE)


# a place with opening hours is a business's, not a caller's home: "The office at 412 Commerce Drive is open eight
# thirty to four thirty", "the branch on 9 Elm Street opens at nine"
_OPEN_HOURS = re.compile(r"\s*,?\s+(?:is|are|'s)\s+(?:only\s+|also\s+)?open\s+(?:from\s+|until\s+|till\s+|til\s+|"
                         r"(?:on\s+)?(?:weekdays|weekends|monday|tuesday|wednesday|thursday|friday|saturday|sunday|daily|"
                         r"every\s+day|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|24))|"
                         r"\s*,?\s+(?:opens|closes)\s+(?:at|on|from|every|daily)\b", re.IGNORECASE)


# Round 29 (held-out 37): where a place of business is, said right before its address ("the clinic is at two
# hundred Harbor Boulevard", "the pharmacy's on ...", "the animal hospital is located at ..."): no one's home ("my
# office is at", "the house is at" are not matched)
_PLACE_IS_AT = re.compile(r"\bthe\s+(?:[\w'-]+\s+)?(?:clinic|hospital|office|store|shop|branch|pharmacy|salon|"
                          r"restaurant|dealership|practice|vet|kennel|shelter|gym|studio|showroom|warehouse|bakery|"
                          r"cafe|hotel|factory|bank|cent(?:er|re)|groomer|daycare|"
                          # Round 30: public buildings ("The courthouse is at two fifty North Delmar")
                          r"courthouse|court|city\s+hall|town\s+hall|library|museum|post\s+office|station|precinct|"
                          r"dmv|school|church)(?:['\u2019]s|\s+is)\s+"
                          r"(?:located\s+|right\s+|just\s+|over\s+|out\s+|down\s+)?(?:at|on)\s+$|"
                          # (Round 32) a place named by its proper name: "Henry Ford Hospital is at ...", "St. Luke's
                          # Medical Center is on ..." (not "my house is at")
                          r"(?<![\w'])(?-i:[A-Z][\w'.&-]*\s+){1,4}(?-i:Hospital|Clinic|Medical\s+Center|Medical\s+Centre|"
                          r"Health\s+Center|Urgent\s+Care|Pharmacy|Library|Museum|Church|Cathedral|Courthouse|"
                          r"Airport|Stadium|Arena|Mall|University|College|Academy|Station|Hotel|Inn|Garage|Towing)"
                          r"\s+is\s+(?:located\s+|right\s+|just\s+)?(?:at|on)\s+$", re.IGNORECASE)


# Round 31: a shuttle's or a trolley's route from a named place to the address ("the trolley runs from the hotel to
# twelve hundred Old Mill Road and back", "the shuttle goes from the airport to 40 Harbor Way"): a stop on a route a
# business runs, no one's home (not "... to my house at ...", "picks me up at ...": a person's pick-up)
_ROUTE_TO = re.compile(r"\b(?:shuttles?|trolley|trolleys|buses|bus|vans?|trams?|coach|ferry|ferries)\b[^.?!]{0,30}?\b"
                       r"(?:runs?|goes|go|travels?|loops?|leaves?|departs?)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?"
                       r"(?!(?:my|our|your|his|her|their)\b)[\w' -]{1,30}?\s+to\s+$", re.IGNORECASE)


def business_site(text: str, s: int) -> bool:
    """The address or zip code at ``text[s:]`` is said of the business's own warehouse, office or centre, or is
    where payments to the business go, or where a place of business is (_PLACE_IS_AT)."""
    before = _sentence_before(text, s, 100)
    if _BUSINESS_SITE.search(before) or _PLACE_IS_AT.search(before) or _ROUTE_TO.search(before):
        return True
    cue = _last_match(_PAYMENTS_GO, before)  # "payments go to my new address": the caller's, not the business's
    return cue is not None and not re.search(r"\b(?:my|our\s+(?:home|house|new|old)|home|me|his|her|their)\b",
                                             before[cue.end():], re.IGNORECASE) and not (
        # (Round 32) "my appeals go to ...": the caller's own mail, where they live
        cue.group().split()[0].lower() in _MAIL_OF_A_CASE and _OWN_BEFORE.search(before[:cue.start()]))
_MAIL_OF_A_CASE = frozenset({"appeal", "appeals", "grievance", "grievances", "claim", "claims", "paper", "correspondence",
                             "dispute", "disputes", "complaint", "complaints", "written"})
_OWN_BEFORE = re.compile(r"\b(?:my|his|her|their|our)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _routing_over_turns(utterances: list[Utterance], positions: list[int]) -> dict[int, list[tuple[int, int]]]:
    """The digit groups of a bank's routing number said over turns ("Routing is zero nine one oh oh ..." … "double
    oh one nine."): the groups of successive answers whose digits together are nine with a valid ABA check."""
    out: dict[int, list[tuple[int, int]]] = {}
    said: list[tuple[int, DigitRun]] = []
    for pos in positions:
        runs = digit_runs(utterances[pos].text)
        said += [(pos, r) for r in runs]
        digits = "".join(r.digits for _, r in said)
        if len(digits) > 9:
            said = [(pos, r) for r in runs]
            digits = "".join(r.digits for r in runs)
        if len(digits) == 9 and aba_ok(digits) and len({p for p, _ in said}) > 1:
            for p, r in said:
                out.setdefault(p, []).append((r.char_start, r.char_end))
            said = []
    return out


def aba_ok(digits: str) -> bool:
    """True when ``digits`` is 9 digits passing the ABA routing-number checksum (3-7-1 weights)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


# a business giving its own line, any number ("call us back at ...", "our main number is ...", "you can reach
# dispatch directly at ...", "the front desk is at ..."): the speaker's "us" / "our" or a department, never "me"
# / "my" / "home" (checked with _PERSONAL)
_DEPARTMENT = (r"(?:dispatch|billing|reception|(?:the\s+)?front\s+desk|support|sales|scheduling|claims|collections|"
               r"customer\s+(?:service|care|support)|(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,2}(?:office|desk|department|team|"
               r"services|"  # "call family services back at ...", "reach member services at ..."
               r"hotline|helpline|cent(?:er|re)|branch|clinic|hospital|store|shop|pharmacy|front\s+desk))")
_THIRD_BUSINESS = (r"(?:restaurant|store|shop|supermarket|grocer|grocery|pharmacy|bakery|caf[eé]|diner|pizzeria|kitchen|"
                   r"merchant|seller|vendor|warehouse|hotel|salon|dealership|garage|clinic|branch|company|business|"
                   # "the cemetery office number is ...", "the box office is at ...", "the hospice's line"
                   r"office|hospice|hospital|cemetery|funeral\s+home|venue|arena|stadium|theat(?:er|re)|school|church|"
                   r"library|museum|airline|agency|"
                   r"desk|lobby|concierge)")  # Round 30: "the desk is <number>": a hotel's front desk
_OWN_LINE = re.compile(r"\b(?:call|reach|text|contact|ring|phone|dial)\s+(?:us|" + _DEPARTMENT + r")(?:\s+(?:back|directly|"
                       r"again|anytime|any\s+time|here|first|later|today|tonight|tomorrow|24/7|around\s+the\s+clock))*"
                       r"\s+(?:at|on)\b|\bour\s+(?:(?:main|office|clinic|hospital|store|shop|direct|general|local|"
                       r"after[\s-]hours|emergency|urgent|support|service|billing|branch|reception|front\s+desk|fax|"
                       r"department|team|company|business|toll[\s-]?free|customer\s+(?:service|care|support)|phone|"
                       r"telephone)\s+)+(?:number|line)(?:\s+(?:here|there))?|\bour\s+(?:phone\s+)?number\s+here\b|"
                       # a third business's line: "the restaurant's number on the receipt is ...", "the store's
                       # phone number is ..." (a driver's or a courier's number is a person's: not matched)
                       r"\b(?:the|that|this)\s+(?:[\w'-]+\s+)?" + _THIRD_BUSINESS + r"(?:'s|s')?\s+(?:(?:main|phone|"
                       r"direct|front\s+desk|contact)\s+)*(?:number|line)\b|"
                       # "the cemetery office is at <number>": a place of business reached at a number
                       r"\b(?:the|that|this)\s+(?:[\w'-]+\s+)?" + _THIRD_BUSINESS + r"\s+(?:is|'s)\s+(?:at|on)\b|"
                       # "The clinic is five oh three, ...": the place named right before its number
                       r"\b(?:the|that|this)\s+(?:[\w'-]+\s+)?" + _THIRD_BUSINESS + r"\s+(?:is|'s)[\s,:]*$",
                       re.IGNORECASE)
# ... said right before the number even in an answer to "your number?" ("What's a good callback number?" "The clinic
# is <number>, but you can call her cell directly, <number>"): a place of business's line, not the caller's (not
# "the office", "the company": the caller's work may be where they take calls)
_THIRD_PLACE = (r"(?:restaurant|store|shop|supermarket|pharmacy|bakery|caf[eé]|diner|pizzeria|hotel|salon|dealership|"
                # Round 30: "The desk is <number>, but the guest asked you call the cell": a hotel's (front) desk
                r"desk|lobby|concierge|"
                r"clinic|hospital|hospice|cemetery|funeral\s+home|venue|school|church|library|museum)")
_THIRD_LINE = re.compile(r"\b(?:the|that|this)\s+(?:[\w'-]+\s+)?" + _THIRD_PLACE + r"(?:(?:'s|s')?\s+(?:(?:main|phone|"
                         r"direct|front\s+desk|contact)\s+)*(?:number|line)(?:\s+is|'s)?|\s+(?:is|'s)(?:\s+(?:at|on))?)"
                         r"[\s,:]*$", re.IGNORECASE)
# Round 31: a company named, then "their office / their main line is": the firm's office line, not a person's ("The
# chairs come from a rental company, their office is ..."; not "my sister's company, her cell is ...")
_COMPANY_OFFICE = re.compile(r"\b(?:a|an|the|that|this)\s+(?:[\w'-]+\s+){0,2}(?:company|business|firm|vendor|agency|supplier|"
                             r"contractor|outfit|shop|store)\b(?:(?![.?!]|\b(?:my|me|i|his|her|cell|mobile|home)\b).){0,40}?"
                             r"\btheir\s+(?:main\s+|front\s+)?(?:office|shop|store|showroom|main\s+line|office\s+line|"
                             r"business\s+line|front\s+desk)(?:\s+(?:number|line|phone))?(?:\s+is|'s)[\s,:]*$",
                             re.IGNORECASE)
# ... or named right after it as the speaker's business's: "fax them to <number>, that's our records fax", "...,
# that's our main line" (not "that's my cell", "that's our home number": _PERSONAL)
_OWN_AFTER = re.compile(r"[\s,;.-]*(?:that's|that\s+is|it's|which\s+is)\s+(?:our|the\s+(?:office|clinic|store)['\u2019]s)\s+"
                        r"(?:[\w'-]+\s+){0,2}?(?:fax|line|number|office)\b", re.IGNORECASE)


def own_line(text: str, lo: int, digits: str) -> bool:
    """The phone-shaped number starting at ``lo`` is the business's own line, given in the same sentence
    ("If she's worse tonight, call us back at ...", "our main number is ..."); no "me", "my", "home", "cell"."""
    if len(digits) not in (7, 10, 11):
        return False
    before = _sentence_before(text, lo).removesuffix("(")
    cue = _last_match(_OWN_LINE, before)
    return cue is not None and not _PERSONAL.search(before[cue.start():])


def _product_code_at(text: str, s: int) -> bool:
    """The code at ``text[s:]`` is named a product's, its letters and first groups said before ``s`` allowed
    ("the model's one one oh dot <s>", "The part number is WR<s>")."""
    before = _sentence_before(text, s)
    lead = _CODE_LEAD.search(before)
    return bool(_PRODUCT_CODE.search(before[:lead.start()] if lead else before))


def public_number(text: str, s: int, e: int, runs: list[DigitRun] | None = None, own: bool = True) -> bool:
    """The number spanning ``text[s:e]`` is the business's own toll-free line, a bank routing number or a
    product's code ("SKU 10448217", "item number 5520931") (``runs``: ``digit_runs(text)`` when the caller has
    them); with ``own``, also any line the business gives as its own (:func:`own_line`)."""
    if form_name(text, s, e):
        return True
    runs = [r for r in (digit_runs(text) if runs is None else runs) if r.char_start < e and r.char_end > s]
    if not runs and _VANITY_LETTERS.fullmatch(text[s:e]) and (
            (code := [r for r in digit_runs(text[:s]) if not text[r.char_end:s].strip(" ,.-")])
            and _TOLL_FREE_CODE.fullmatch(code[-1].digits)):
        return True  # (Round 32) the letters of "one eight hundred, G A M B L E R": the vanity line's word
    if not runs:  # a model's letters said apart ("The model is S H P M eight eight ..."): the product's
        return bool(re.fullmatch(r"(?:[A-Z]{1,4}[\s,.-]*)+", text[s:e].strip())) and _product_code_at(text, s)
    digits = "".join(r.digits for r in runs)
    lo = runs[0].char_start
    before = _sentence_before(text, lo).removesuffix("(")  # "(877) 465-...": the area code's bracket
    if digits in _EMERGENCY and (_EMERGENCY_CALL.search(before) or _EMERGENCY_CALL_AFTER.match(text, runs[-1].char_end)):
        return True  # (Round 32) "hang up and call nine one one": the emergency line
    if _TOLL_FREE_CODE.fullmatch(digits) and _VANITY_LETTERS.fullmatch(text[runs[-1].char_end:e]):
        return True  # (Round 32) "the helpline, one eight hundred, G A M B L E R": a business's vanity line
    if len(digits) == 14 and digits.endswith("247") and _ROUND_THE_CLOCK.search(text[lo:e]):
        digits = digits[:-3]  # (Round 32) "the nurse line is one eight eight eight, ..., twenty four seven"
    if (len(digits) in (10, 11) and (line := _THEIR_LINE.search(before))
            and _NAMED_BUSINESS.search(ctx := " ".join(re.split(r"(?<=[.!?])\s", text[max(0, lo - 160):lo])[-3:]))
            and not _PERSONAL_BEFORE.search(ctx)):
        return True  # (Round 32) "Dr. Ruiz's office called. Their number is ...": a business named, then its line
    if len(digits) <= 5 and _PLACE_IS_AT.search(before):
        return True  # Round 30: "the courthouse is at two fifty ...": where a place of business is, its house number
    if (_PRODUCT_CODE.search(before) or _THING_NUMBER.search(before) or _ISSUED_CONFIRMATION.search(before)
            or _product_code_at(text, min(s, lo))
            or _PUBLIC_PERMIT.search(before) or _SCHOOL_CODE.search(before)
            or _SECURITY_ID.search(before)):
        return True
    if own and own_line(text, lo, digits):
        return True
    # a group said "six hundred" may stand for "0600": one digit short of a line
    hundred = re.search(r"\bhundred\b", text[lo:runs[-1].char_end], re.IGNORECASE) is not None
    if (not own and (len(digits) in (7, 10, 11) or (hundred and len(digits) in (6, 9)))
            and (third := _THIRD_LINE.search(before)) and not _PERSONAL.search(before[third.start():])):
        return True
    if (len(digits) in (7, 10, 11) or (hundred and len(digits) in (6, 9))) and _COMPANY_OFFICE.search(before):
        return True  # Round 31: "The rentals come from a company, their office is (770) 424-1800."
    after = _OWN_AFTER.match(text, runs[-1].char_end)
    if (own and len(digits) in (7, 10, 11) and after and not _PERSONAL.search(after.group())
            and not _PERSONAL.search(before)):
        return True
    tax = _last_match(_BUSINESS_TAX_ID, before)
    if (tax is not None and len(digits) in (7, 9) and not _PERSONAL.search(before[tax.end():])
            and not re.search(r"\b(?:my|his|her|their)\s+(?:federal\s+)?$", before[:tax.start()], re.IGNORECASE)):
        return True  # "our E I N is 84-3172206": the business's (7: its part after the dash, typed apart)
    if _TOLL_FREE.fullmatch(digits):
        # (Round 32) "the number on the back of my card": the number is printed on the caller's card, not theirs
        before = _PRINTED_ON_MINE.sub(lambda m: m.group().replace(m.group(1), "the", 1), before)
        handed = _last_match(_HANDED_LINE, before)
        if handed is not None and not _PERSONAL.search(before[handed.end():]):
            return True  # "the store gave me 1-800 ...": a line a business handed out
        cue = _last_match(_BUSINESS_LINE, before) or _last_match(_DIALED, before)
        if cue is None:  # "Claims is open until six, at 1-800 ...", "... 1-888 ..., option two": a line with hours or a menu
            cue = _SERVICE_HOURS.search(before)
            if cue is None and _MENU_AFTER.match(text, runs[-1].char_end):
                return not _PERSONAL.search(before)
        return cue is not None and not _PERSONAL.search(before[cue.start():])
    return aba_ok(digits) and bool(_ROUTING.search(before) or _ROUTING_NEAR.search(before))


# (Round 32) the emergency line: "call nine one one", "dial 999", "ring one one two"
_EMERGENCY = frozenset({"911", "999", "112"})
_EMERGENCY_CALL = re.compile(r"\b(?:call(?:ed|ing)?|dial(?:l?ed|l?ing)?|ring|rang|phone|text|contact(?:ed)?)\s+$",
                             re.IGNORECASE)
_EMERGENCY_CALL_AFTER = re.compile(r"\s+(?:right\s+away|immediately|first|now)\b", re.IGNORECASE)
# (Round 32) a toll-free code said with a word in letters ("1-800-GAMBLER", "one eight hundred, G A M B L E R")
_TOLL_FREE_CODE = re.compile(r"1?8(?:00|88|77|66|55|44|33)")
_VANITY_LETTERS = re.compile(r"[\s,.-]*(?-i:[A-Z])(?:[\s.-]*(?-i:[A-Z])){2,9}[\s.]*")
_ROUND_THE_CLOCK = re.compile(r",?\s*(?:twenty[\s-]+four[\s-]+seven|24\s*/\s*7)[\s.,]*$", re.IGNORECASE)
# (Round 32) a business named in the sentence before or in this one ("Dr. Ruiz's office called.", "Your provider is
# Lakeside Garage.", "the provider's"), then "their number / line / dispatch is <number>" or "the provider's line is"
_THEIR_LINE = re.compile(r"(?:\btheir|\bthe\s+(?:[\w'-]+\s+)?(?:provider|practice|office|garage|shop|clinic|pharmacy|"
                         r"lab|company)(?:'s|s')?)\s+(?:main\s+|direct\s+|office\s+|front\s+desk\s+|dispatch\s+)?"
                         r"(?:number|line|dispatch|office|front\s+desk|phone)(?:\s+(?:number|line))?\s*(?:is|'s)[\s,:]*$",
                         re.IGNORECASE)
_NAMED_BUSINESS = re.compile(r"\b(?:Dr\.?|Doctor)\s+(?-i:[A-Z])[\w'-]+(?:'s|s')\s+(?:office|practice|clinic)\b|"
                             r"\b(?:the|your|their|a|an)\s+(?:[\w'-]+\s+){0,2}?(?:provider|practice|office|garage|"
                             r"clinic|pharmacy|lab|body\s+shop|repair\s+shop|towing\s+company|tow\s+company|dealership|"
                             r"hospital)(?:'s|s')?\b|(?-i:[A-Z])[\w'&-]+\s+(?-i:Garage|Towing|Auto|Motors|Clinic|Pharmacy|"
                             r"Medical|Health|Dental|Hospital|Labs?|Repair|Collision|Tire|Tires)\b", re.IGNORECASE)
_PERSONAL_BEFORE = re.compile(r"\b(?:me|my|mine|i|i'm|his|her|cell|mobile|home)\b", re.IGNORECASE)


def _core(digits: str) -> str:
    """A phone number's digits without the country code 1 ("18775552610" and "8775552610" are one line)."""
    return digits[1:] if len(digits) == 11 and digits.startswith("1") else digits


def _drop_read_back_lines(utterances: list[Utterance], order: list[int],
                          per_utt: dict[int, list[tuple[int, int, str]]]) -> None:
    """A number the business gave as its own line or a public number ("our customer care line is ...") and the
    other side reads back later in the call ("Okay, <the same digits>, I wrote it down") is the business's, no
    caller's: its numeric pieces are dropped in place (a number the caller gave stays redacted wherever it recurs)."""
    given: list[tuple[int, str | None, str]] = []  # (turn order, speaker, digits) of public numbers said
    for k, pos in enumerate(order):
        text = utterances[pos].text
        runs = digit_runs(text)
        if not runs:
            continue
        for h in _number_hits(text, runs):
            if h.pii_type == "phone" and public_number(text, h.start, h.end, runs):
                digits = "".join(r.digits for r in runs if r.char_start < h.end and r.char_end > h.start)
                given.append((k, utterances[pos].speaker, _core(digits)))
    if not given:
        return
    rank = {pos: k for k, pos in enumerate(order)}
    for pos, pieces in list(per_utt.items()):
        u = utterances[pos]
        public = {d for k, who, d in given if k < rank[pos] and (who is None or who != u.speaker)}
        if not public:
            continue
        # not one the reader says is theirs ("and you can text me at <the same digits>")
        per_utt[pos] = [(s, e, t) for s, e, t in pieces if t not in ("phone", "account")
                        or _core("".join(r.digits for r in digit_runs(u.text[s:e]))) not in public
                        or _PERSONAL.search(_sentence_before(u.text, s))]


# -- the redactor ------------------------------------------------------------------------------------------

@dataclass(slots=True)
class _Group:
    """Consecutive utterances of one channel/speaker scanned as one text."""

    positions: list[int]            # indices into the input list
    offsets: list[int]              # start of each utterance's text in ``text``
    text: str


class Redactor:
    """Finds and removes PII from Whisper utterances. Pure: no I/O beyond loading spaCy and the lexicon once."""

    def __init__(self, settings: "Settings") -> None:
        types = list(settings.pii.types)
        unknown = [t for t in types if t not in PII_TYPES]
        if unknown:
            raise SettingsError(f"pii.types: unknown PII type(s) {', '.join(map(repr, unknown))}. "
                                f"Valid types: {', '.join(PII_TYPES)}.")
        self.types = frozenset(types)
        self.join_gap_s = settings.pii.join_gap_s
        self.spacy_model = settings.analysis.spacy_model
        self._settings = settings
        self._keep: frozenset[str] | None = None
        self._allow: frozenset[str] | None = None
        self._person_finder: "PersonFinder | None" = None
        self.dialogue = settings.pii.dialogue
        self.answer_turns = settings.pii.answer_turns

    # -- public --------------------------------------------------------------------------------------------
    def redact(self, utterances: list[Utterance]) -> RedactionResult:
        """Redacted copies of ``utterances`` (same order), the spans removed and the changed originals."""
        out = [copy.deepcopy(u) for u in utterances]
        if not self.types or not utterances:
            return RedactionResult(out)
        per_utt: dict[int, list[tuple[int, int, str]]] = {}
        originals = utterances  # the rules read a copy with accented Latin letters folded ("Dvořák" -> "Dvorak")
        utterances = [u if u.text.isascii() else replace(u, text=fold_latin(u.text)) for u in utterances]
        for group in self._groups(utterances):
            for hit in self.find(group.text):
                for k, pos in enumerate(group.positions):
                    off = group.offsets[k]
                    ulen = len(utterances[pos].text)
                    s, e = max(hit.start, off) - off, min(hit.end, off + ulen) - off
                    if e > s and utterances[pos].text[s:e].strip():
                        per_utt.setdefault(pos, []).append((s, e, hit.pii_type))
        if self.dialogue:
            self._dialogue(utterances, per_utt)
        for pos, spans in fleet_plate_spans([u.text for u in utterances]).items():  # a rental's plate: the business's
            kept = _drop_inside(per_utt.get(pos, []), spans, "account")
            if kept:
                per_utt[pos] = kept
            else:
                per_utt.pop(pos, None)
        if "person" in self.types:
            self._drop_animals(utterances, per_utt)
            _with_particles(utterances, per_utt)
            _with_given_name(utterances, per_utt, self._persons().keep)
        for pos, pieces in per_utt.items():  # a date of birth said in digits ("oh four, twelve, ninety one") is DOB
            text = utterances[pos].text
            per_utt[pos] = _id_letter_opening(text, _said_then_spelled(text, _city_before_zip(text, _house_number(text, _dob_over_account(pieces)))))
        result = RedactionResult(out)
        for pos, pieces in sorted(per_utt.items()):
            spans = _merge(pieces)
            original = originals[pos]
            red, pii = _apply(original, out[pos], spans)
            result.spans.extend(pii)
            result.originals[original.idx] = original.text
            out[pos] = red
        result.spans.sort(key=lambda p: (p.utt_idx, p.char_start))
        return result

    def find(self, text: str) -> list[Hit]:
        """Every enabled-type PII hit in one text, overlapping hits merged (offsets into ``text``)."""
        text = fold_latin(text)  # same length: "Novotná" is read as "Novotna", and its span is the same
        hits: list[Hit] = []
        numeric = {"card", "ssn", "phone", "account", "address"}
        runs = digit_runs(text)
        if self.types & numeric:
            hits += _number_hits(text, runs)
        if "account" in self.types:
            hits += _alnum_account_hits(text) + _member_suffix_hits(text)
            spaced = _spaced_id_spans(text)
            if spaced:  # "1Z 999 AA1 01 2345 6784" is one id, not a phone number inside one
                hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in spaced)]
                hits += [Hit("account", a, b) for a, b in spaced]
            hits += [Hit("account", s, e) for s, e in credential_hits(text, runs)]  # gate codes, PINs
            hits += [Hit("account", s, e) for s, e in secret_word_hits(text)]  # "my passcode is sunflower"
            # "the first one is Romeo, A as in apple, X, 9, M": an id spelled unasked; a gift card's code in groups
            hits += [Hit("account", s, e) for s, e in spoken_id_hits(text) + grouped_code_hits(text)]
            combos = combination_hits(text)  # a lock's "five, fifteen, thirteen": small numbers, one code
            hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in combos)]
            hits += [Hit("account", a, b) for a, b in combos]
            docs = id_document_hits(text)  # plates, driver's licences: "N, 3532109" is no phone number
            hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in docs)]
            hits += [Hit("account", a, b) for a, b in docs]
        if "iban" in self.types:
            hits += _iban_hits(text)
        if "email" in self.types:
            hits += _email_hits(text)
        if "address" in self.types:
            hits += _address_hits(text)
        if "dob" in self.types:
            hits += _dob_hits(text)
        if "person" in self.types:
            hits += self._person_hits(text)
            if any(h.pii_type == "person" for h in hits):  # "my dog Max": an animal's name (pii_pets)
                from voc.analyze.pii_pets import animal_names, is_animal_piece

                pets = animal_names([text], self._keep_terms())
                hits = [h for h in hits if h.pii_type != "person" or not is_animal_piece(text[h.start:h.end], pets)]
        # letters written onto digits ("VY91505") are an id's, never a person's name
        hits = [h for h in hits if h.pii_type != "person" or not _glued_to_digit(text, h.start, h.end)]
        hits = [h for h in hits if h.pii_type in self.types and not PLACEHOLDER_RE.fullmatch(text[h.start:h.end])
                and not self._allowed(text, h.start, h.end, h.pii_type)
                and not public_number(text, h.start, h.end, runs)
                and not (h.pii_type == "address" and (business_site(text, h.start) or _OPEN_HOURS.match(text, h.end)))
                and not (h.pii_type == "email" and role_mailbox(text, h.start, h.end))
                and not (h.pii_type in ("account", "ssn", "phone", "card") and named_number(text, h.start, h.end))]
        # "his mobile is plus three three, 6123 ...": the "plus" goes with the number
        hits = [Hit("phone", phone_lead_start(text, h.start), h.end) if h.pii_type == "phone" else h for h in hits]
        # "It's plus six one, four two two, ...": "plus" is said before a phone number's country code and before
        # no id, so a number of 8 to 15 digits after it is an international phone number, whatever else is near
        hits = [Hit("phone", m.start() + max(0, h.start - 12), h.end)
                if h.pii_type == "account" and (m := _PLUS_LEAD.search(text[max(0, h.start - 12):h.start]))
                and 8 <= sum(len(r.digits) for r in runs if h.start <= r.char_start and r.char_end <= h.end) <= 15
                else h for h in hits]
        # "born on Sep. 20, 1962": the date's digits are a date of birth, not an account
        pieces = _dob_over_account([(h.start, h.end, h.pii_type) for h in hits])
        return [Hit(t, s, e) for s, e, t in _merge(pieces)]

    # -- internals -----------------------------------------------------------------------------------------
    def _dialogue(self, utterances: list[Utterance], per_utt: dict[int, list[tuple[int, int, str]]]) -> None:
        """Add answer-window and repeat spans (see :mod:`voc.analyze.pii_dialogue`) to ``per_utt`` in place."""
        order = sorted(range(len(utterances)), key=lambda i: (utterances[i].start_s, utterances[i].idx))
        found = dialogue_pieces(utterances, order, self.types, self.answer_turns)
        rank = {pos: k for k, pos in enumerate(order)}
        routing = sorted(routing_answers(utterances, order), key=rank.__getitem__)
        said_over = _routing_over_turns(utterances, routing)
        for pos in routing:  # "the routing number first?" "091074472": the bank's
            text = utterances[pos].text
            runs = digit_runs(text)
            bank = [(r.char_start, r.char_end) for r in runs if aba_ok(r.digits)] + said_over.get(pos, [])
            if bank:
                per_utt[pos] = _drop_inside(per_utt.get(pos, []), bank)
                found[pos] = _drop_inside(found.get(pos, []), bank)
        for pos, pieces in found.items():
            text = utterances[pos].text
            runs = digit_runs(text)
            keep = [(s, e, t) for s, e, t in pieces if t in self.types and e > s and text[s:e].strip()
                    and not PLACEHOLDER_RE.search(text[s:e]) and not self._allowed(text, s, e)
                    and not public_number(text, s, e, runs, own=False)  # "reach us at ..." may answer "your number?"
                    and not (t == "address" and _ROUTE_TO.search(_sentence_before(text, s, 100)))]  # Round 31
            for shape in ("ssn", "phone"):
                if _CUES[shape].search(text) or any(t == shape for _, _, t in keep):
                    continue
                # nine digits answering "the account number?" are the account asked for, not a social by their
                # shape; seven said one by one answering "the meter number?" no local phone number
                asked = [(s, e, t) for s, e, t in keep if t in ("account", "card", "phone", "ssn") and t != shape]
                per_utt[pos] = [(a, b, t) if t != shape else (a, b, next((k for s, e, k in asked if s <= a and b <= e), t))
                                for a, b, t in per_utt.get(pos, [])]
            per_utt.setdefault(pos, []).extend(keep)
        for pos, pieces in correction_pieces(utterances, order, per_utt).items():
            per_utt.setdefault(pos, []).extend(p for p in pieces if p[2] in self.types)
        for pos, pieces in continued_pieces(utterances, order, per_utt).items():  # "1734," … "go ahead" … "1256,"
            per_utt.setdefault(pos, []).extend(p for p in pieces if p[2] in self.types)
        if "account" in self.types:  # "I need your passcode." … "Um, is it Rosebud?" … "Try silver fox."
            for pos, pieces in secret_word_pieces(utterances, order).items():
                text = utterances[pos].text
                per_utt.setdefault(pos, []).extend(p for p in pieces if not self._allowed(text, p[0], p[1]))
        _drop_read_back_lines(utterances, order, per_utt)  # "Okay, <their care line>, I wrote it down"
        for pos, pieces in repeat_pieces(utterances, per_utt).items():
            text = utterances[pos].text
            # a head word that is itself a name said in the call ("Jordan Hall" the caller) keeps both
            named = {text[p[0]:p[1]].lower() for p in pieces if p[2] == "person"}
            per_utt.setdefault(pos, []).extend(p for p in pieces if p[2] in self.types
                                               and not (p[2] == "person" and self._brand_use(text, p[0], p[1])
                                                        and not _named_head(text, p[1], named)))

    def _drop_animals(self, utterances: list[Utterance], per_utt: dict[int, list[tuple[int, int, str]]]) -> None:
        """Person pieces that are only a name the call shows to be an animal's ("my dog Max", "the patient is Gus"
        on a vet's line; :mod:`voc.analyze.pii_pets`) are no PII, wherever the call says the name."""
        from voc.analyze.pii_pets import animal_names, is_animal_piece

        names = animal_names([u.text for u in utterances], self._keep_terms())
        if not names:
            return
        for pos, pieces in per_utt.items():
            text = utterances[pos].text
            per_utt[pos] = [p for p in pieces if p[2] != "person" or not is_animal_piece(text[p[0]:p[1]], names)]
        self._drop_animal_births(utterances, per_utt, names)

    @staticmethod
    def _drop_animal_births(utterances: list[Utterance], per_utt: dict[int, list[tuple[int, int, str]]],
                            names: frozenset[str]) -> None:
        """A birth date of an animal the call names ("Taco was born on ...", "what's Murphy's birthday?" "The
        shelter said May tenth.") is no person's date of birth (:func:`voc.analyze.pii_pets.animal_birth_date`)."""
        from voc.analyze.pii_pets import animal_birth_date

        for pos, pieces in per_utt.items():
            if not any(p[2] == "dob" for p in pieces):
                continue
            text = utterances[pos].text
            asked = utterances[pos - 1].text if pos > 0 else ""
            per_utt[pos] = [p for p in pieces if p[2] != "dob" or not animal_birth_date(text, p[0], names, asked)]

    def _brand_use(self, text: str, s: int, e: int) -> bool:
        """A name said again that is also a kept brand, used as a thing ("we stayed at the Hyatt", "my Harley")."""
        det = re.search(r"\b(?:the|a|an|my|your|our|his|her|their|this|that|at)\s+$", text[max(0, s - 8):s], re.I)
        keep = self._persons().keep
        # ... or a word of a longer kept name ("go with Liberty Mutual" in a call where a Liberty Dawson spoke)
        after = re.match(r"\s+([A-Z][\w'&-]*)", text[e:])
        before = re.search(r"([A-Z][\w'&.-]*)\s+$", text[:s])
        if (after and keep.blocks(f"{text[s:e]} {after.group(1)}", False)) or (
                before and keep.blocks(f"{before.group(1)} {text[s:e]}", False)):
            return True
        # Round 31 (held-out 41): ... with a possessive ("the ceremony in Josephine's Garden", a kept room, in a call
        # where the caller's middle name is Josephine)
        owned = re.match(r"['\u2019]s\s+([A-Z][\w'&-]*)", text[e:])
        if owned and keep.blocks(f"{text[s:e]}'s {owned.group(1)}", False):
            return True
        # Round 31 (held-out 43): ... or a building named after a donor ("Like the Ferraro Library?", "Any relation
        # to Okonjo Hall?" after the caller gave that surname): the name said again before a building's head word
        if _BUILDING_AFTER.match(text, e):
            return True
        from voc.analyze.pii_person import public_name_use

        # ... of a longer kept name ("the Madison Square Garden tickets" in a call where a Madison Garrity spoke), or
        # of an act or a church the sentence names ("the Dolly Reyes tickets", "Our Lady of Guadalupe")
        if self._persons().kept_phrase_at(text, s, e) or public_name_use(text, s, e):
            return True
        return det is not None and keep.blocks(text[s:e], False)

    def _groups(self, utterances: list[Utterance]) -> Iterable[_Group]:
        order = sorted(range(len(utterances)), key=lambda i: (utterances[i].channel, utterances[i].start_s,
                                                                utterances[i].idx))
        # a question from the other side in between ("Expiration date?") starts a new answer: no join across it
        # (not a one-word backchannel "Mm-hmm?"; a one-word field question "Expiration?" does start a new answer)
        asked = [(q.start_s, q.channel, q.speaker) for q in utterances
                 if "?" in q.text and (len(q.text.split()) >= 2 or not _BACKCHANNEL_Q.fullmatch(q.text.strip()))]
        cur: list[int] = []
        for i in order:
            u = utterances[i]
            if cur:
                p = utterances[cur[-1]]
                if (p.channel != u.channel or p.speaker != u.speaker or u.start_s - p.end_s > self.join_gap_s
                        or any(p.end_s <= t < u.start_s and (c, sp) != (u.channel, u.speaker) for t, c, sp in asked)):
                    yield _build_group(utterances, cur)
                    cur = []
            cur.append(i)
        if cur:
            yield _build_group(utterances, cur)

    def _allow_list(self) -> frozenset[str]:
        """``pii.keep_terms``, ``pii.allow`` and ``pii.allow_file`` (lower case), read once."""
        if self._allow is None:
            from voc.analyze.pii_person import read_terms_file

            pii = self._settings.pii
            terms = {t.lower().strip() for t in [*pii.keep_terms, *pii.allow] if t.strip()}
            if pii.allow_file:
                terms |= read_terms_file(pii.allow_file, "pii.allow_file")
            self._allow = frozenset(terms)
        return self._allow

    def _keep_terms(self) -> frozenset[str]:
        """Lexicon names and aliases plus the allow list (``_allow_list``), lower case."""
        if self._keep is None:
            from voc.analyze.entities import lexicon_for

            self._keep = self._allow_list() | lexicon_for(self._settings).surface_terms()
        return self._keep

    def _allowed(self, text: str, s: int, e: int, kind: str = "") -> bool:
        """A whole hit that is an allow-listed or lexicon term is not PII (of any type); a person found by a cue
        may be one word of a longer lexicon name ("I spoke with Jackson", the lexicon has "Jackson Hewitt")."""
        low = text[s:e].lower().strip(" .,")
        if kind == "person" and self._person_finder is not None and low in self._person_finder.keep.parts:
            return False
        return low in self._keep_terms()

    def _person_hits(self, text: str) -> list[Hit]:
        return [Hit("person", s, e) for s, e in self._persons().find(text)
                if e > s and not PLACEHOLDER_RE.search(text[s:e])]

    def _persons(self) -> "PersonFinder":
        if self._person_finder is None:
            from voc.analyze.entities import entity_pipeline, lexicon_for
            from voc.analyze.pii_person import Keep, PersonFinder, builtin_keep, lexicon_parts, name_lists

            name_lists()  # fail early, with the fix, when the names package is missing
            lexicon = lexicon_for(self._settings)
            nlp = entity_pipeline(self.spacy_model, lexicon)
            parts = lexicon_parts([s for e in lexicon.entries for s in e.surfaces], self._allow_list())
            self._person_finder = PersonFinder(nlp, Keep(self._keep_terms(), builtin_keep(), parts))
        return self._person_finder


_BACKCHANNEL_Q = re.compile(r"\W*(?:m+-?h+m+|m+h?m+|uh-?huh|hmm+|h+u+h+|yeah|yes|yep|yup|okay|ok|right|sorry|pardon|"
                            r"and|then|really|correct|hello|go\s+on)\W*", re.IGNORECASE)


# Round 31 (held-out 41, 43): a building, a room or an honour named after someone: "<Name> (Student) Hall / Library /
# Center / Ballroom / Scholarship ..." (see Redactor._brand_use: only for a name said again in the call)
_BUILDING_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s+[A-Z][a-z]+){0,2}?\s+(?:Library|Hall|Halls|Center|Centre|Building|"
                             r"Ballroom|Room|Garden|Gardens|Terrace|Pavilion|Auditorium|Stadium|Arena|Chapel|Gym|"
                             r"Gymnasium|Fieldhouse|Field|Museum|Gallery|Wing|Tower|Lawn|Courtyard|Commons|Quad|"
                             r"Institute|Scholarship|Award|Fellowship|Prize|Lecture\s+Series|"
                             # Round 32 (held-out 44): a health system named after a founder ("Any relation to
                             # <Surname> Health?")
                             r"Health|Healthcare|Health\s+System|Hospital|Hospitals|Medical\s+Center|Clinic|"
                             r"Foundation)(?![\w'-])")


def _named_head(text: str, e: int, named: set[str]) -> bool:
    """The capitalised words after ``e`` up to the head word include a name said in the call."""
    m = _BUILDING_AFTER.match(text, e)
    return m is not None and any(w.lower() in named for w in re.findall(r"[A-Za-z][\w'-]*", m.group()))


def _with_particles(utterances: list[Utterance], per_utt: dict[int, list[tuple[int, int, str]]]) -> None:
    """A person piece goes on through a surname's particles and their capitalised word, whichever rule found it
    (a name said again: "Thanks, Pieter." ... "Sure, Pieter van der Merwe.")."""
    from voc.analyze.pii_person import SURNAME_PARTICLES

    for pos, pieces in per_utt.items():
        text = utterances[pos].text
        per_utt[pos] = [(s, m.end(), t) if t == "person" and text[e - 1:e].isalpha()
                        and (m := SURNAME_PARTICLES.match(text, e)) else (s, e, t) for s, e, t in pieces]


def _with_given_name(utterances: list[Utterance], per_utt: dict[int, list[tuple[int, int, str]]], keep) -> None:
    """Round 29 (held-out 35-36): a person piece found by the dialogue (a surname said again after "Mr. <Surname>")
    takes the capitalised word right before it that no dictionary, list of kept terms or everyday words has, inside
    a sentence ("Sure, Aroha <Surname>."), as ``PersonFinder._extend`` does within one text."""
    from voc.analyze.pii_person import NOT_NAMES
    from voc.analyze.wordlists import CALENDAR, common_word, english_words, name_lists

    for pos, pieces in per_utt.items():
        text = utterances[pos].text
        out = []
        for s, e, t in pieces:
            m = re.search(r"(?<![\w'-])([A-Z][a-z]+(?:-[A-Z][a-z]+)?) $", text[:s]) if t == "person" else None
            if m and not any(a <= m.start(1) < b for a, b, _ in pieces):
                w, low = m.group(1), m.group(1).lower()
                before = text[:m.start(1)].rstrip()
                if (before and before[-1] not in ".!?" and len(w) > 2 and not common_word(w) and low not in NOT_NAMES
                        and low not in CALENDAR and (low not in english_words() or low in name_lists()[0])
                        and not keep.blocks(w, False) and not keep.blocks(f"{w} {text[s:e]}", False)):
                    s = m.start(1)
            out.append((s, e, t))
        per_utt[pos] = out


def _dob_over_account(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop ACCOUNT pieces inside a DOB piece: the digits of a date of birth are the date, not an id."""
    dobs = [(s, e) for s, e, t in pieces if t == "dob"]
    if not dobs:
        return pieces
    return _drop_inside(pieces, dobs, "account")


def _drop_inside(pieces: list[tuple[int, int, str]], ranges: list[tuple[int, int]],
                 kind: str | None = None) -> list[tuple[int, int, str]]:
    """``pieces`` without those (of type ``kind``, or of any type) that lie inside one of ``ranges``."""
    return [(s, e, t) for s, e, t in pieces
            if (kind is not None and t != kind) or not any(a <= s and e <= b for a, b in ranges)]


def _house_number(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop an ACCOUNT or PHONE piece that is the house number opening a street address found around it ("The new
    one is 1248 Oak Trail, Bend, Oregon." just after an account question): the number is the address's."""
    streets = [(s, e) for s, e, t in pieces if t == "address"]
    if not streets:
        return pieces
    return [(s, e, t) for s, e, t in pieces if t not in ("account", "phone")
            or not any(a == s and e < b and _STREET_AFTER.match(text, e) for a, b in streets)
            or sum(c.isdigit() for c in text[s:e]) > 6]


_STREET_AFTER = re.compile(r"\s+(?:[A-Z][\w'-]*\s+){1,3}(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|"
                           r"blvd|court|ct|way|place|pl|terrace|circle|parkway|pkwy|highway|hwy|trail|trl|loop|run|"
                           r"path|pike|square|crescent|close)\b", re.IGNORECASE)


# (Round 32) the words a spelled value spells, said right before it ("it says no rush, N-O-R-U-S-H", "go bucks, G O
# B U C K S"): the same value said twice
_SPELLED_VALUE = re.compile(r"[A-Za-z](?:[\s.,-]+[A-Za-z]){2,}\.?")
_WORDS_BEFORE = re.compile(r"((?:\b[A-Za-z]+\s+){0,3}\b[A-Za-z]+)[,:;.]?\s*(?:[-–—]\s*)?$")


def _said_then_spelled(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An ACCOUNT piece that is letters spelled out ("N-O-R-U-S-H") also takes the words right before it that spell the same
    letters ("no rush, N-O-R-U-S-H"); a piece whose letters the words do not spell is unchanged."""
    out = []
    for s, e, t in pieces:
        m = _SPELLED_VALUE.fullmatch(text[s:e].strip())
        if m and t == "account":  # (a name and its spelling stay two spans: "Oyelaran, O-Y-E-L-A-R-A-N")
            letters = re.sub(r"[^A-Za-z]", "", text[s:e]).upper()
            b = _WORDS_BEFORE.search(text[max(0, s - 60):s])
            if b:
                words = b.group(1).split()
                for k in range(len(words)):  # the shortest stretch of words that spells the letters
                    if "".join(words[k:]).upper() == letters:
                        s = s - len(b.group()) + b.group().index(b.group(1)) + len(" ".join(words[:k])) + (1 if k else 0)
                        break
        out.append((s, e, t))
    return out


# (Round 32) an id's opening letters glued to its digits by a slash or a dash ("O/6431650/0006862", "KX-4471 ..."), and
# the word "letter" said before its first letter ("letter O, slash, one nine ...")
_GLUED_LETTERS = re.compile(r"(?<![\w/-])(?-i:[A-Z]{1,3})[/-]$")
_LETTER_WORD = re.compile(r"\b(?:the\s+)?letter\s+$", re.IGNORECASE)


def _id_letter_opening(text: str, pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """An ACCOUNT piece also takes the capitals glued to its first digit by "/" or "-" and the word "letter" said
    right before its first letter."""
    out = []
    for s, e, t in pieces:
        if t == "account":
            if text[s:s + 1].isdigit() and (m := _GLUED_LETTERS.search(text[max(0, s - 4):s])):
                s = max(0, s - 4) + m.start()
            if re.match(r"(?-i:[A-Z])\b", text[s:e]) and (m := _LETTER_WORD.search(text[max(0, s - 12):s])):
                s = max(0, s - 12) + m.start()
        out.append((s, e, t))
    return out


def _build_group(utterances: list[Utterance], positions: list[int]) -> _Group:
    parts, offsets, off = [], [], 0
    for i in positions:
        offsets.append(off)
        parts.append(utterances[i].text)
        off += len(utterances[i].text) + 1
    return _Group(positions, offsets, " ".join(parts))


def _glued_to_digit(text: str, start: int, end: int) -> bool:
    """A span that runs straight into a digit or straight on from one (no space between)."""
    return (end < len(text) and text[end].isdigit()) or (start > 0 and text[start - 1].isdigit())


def _merge(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Union overlapping spans; the union takes the highest-priority type among them."""
    out: list[tuple[int, int, str]] = []
    for s, e, t in sorted(pieces):
        if out and s < out[-1][1]:
            ps, pe, pt = out[-1]
            out[-1] = (ps, max(pe, e), pt if _PRIORITY[pt] <= _PRIORITY[t] else t)
        else:
            out.append((s, e, t))
    return out


def align_words(text: str, words: list[Word]) -> list[tuple[int, int] | None]:
    """Character span of each word in ``text`` (None where a word cannot be found in order)."""
    spans: list[tuple[int, int] | None] = []
    cur = 0
    low = text.lower()
    for w in words:
        token = w.word.strip()
        if not token:
            spans.append(None)
            continue
        k = text.find(token, cur)
        if k < 0:
            k = low.find(token.lower(), cur)
        if k < 0 or k - cur > 40:
            spans.append(None)
            continue
        spans.append((k, k + len(token)))
        cur = k + len(token)
    return spans


def _apply(original: Utterance, target: Utterance, spans: list[tuple[int, int, str]]) -> tuple[Utterance, list[PiiSpan]]:
    text = original.text
    aligned = align_words(text, original.words)
    pii: list[PiiSpan] = []
    for s, e, t in spans:
        covered = [w for w, a in zip(original.words, aligned) if a is not None and a[0] < e and a[1] > s]
        if covered:
            t0, t1 = min(w.start_s for w in covered), max(w.end_s for w in covered)
        else:  # no word timing for this span: the whole utterance is the safe bound
            t0, t1 = original.start_s, original.end_s
        pii.append(PiiSpan(original.idx, t, s, e, t0, t1, PLACEHOLDERS[t]))
    red = text
    for s, e, t in sorted(spans, reverse=True):
        red = red[:s] + PLACEHOLDERS[t] + red[e:]
    target.text = red
    for w, a in zip(target.words, aligned):
        hit_type = None
        if a is not None:
            hit_type = next((t for s, e, t in spans if a[0] < e and a[1] > s), None)
        else:  # unaligned word: redact it when its text is part of a redacted span
            token = w.word.strip().lower()
            hit_type = next((t for s, e, t in spans if token and token in text[s:e].lower()), None)
        if hit_type is not None:
            lead = w.word[: len(w.word) - len(w.word.lstrip())]
            w.word = lead + PLACEHOLDERS[hit_type]
    return target, pii


def redact_audio(samples: "np.ndarray", sample_rate: int, spans: Iterable[PiiSpan], pad_s: float = 0.15) -> "np.ndarray":
    """A copy of ``samples`` with every span's time range (± ``pad_s``) set to silence.

    ``samples`` is ``(n,)`` or ``(channels, n)`` (PyAV's layout); every channel is silenced, since a
    customer's digits bleed into the agent's channel.
    """
    import numpy as np

    if sample_rate <= 0:
        raise ValueError(f"redact_audio: sample_rate must be positive, got {sample_rate}")
    arr = np.array(samples, copy=True)
    if arr.ndim not in (1, 2):
        raise ValueError(f"redact_audio: samples must be (n,) or (channels, n), got shape {arr.shape}")
    n = arr.shape[-1]
    for sp in spans:
        if sp.start_s is None or sp.end_s is None:
            raise ValueError(f"redact_audio: PII span {sp.pii_type} in utterance {sp.utt_idx} has no times; "
                             "spans from Redactor.redact always have them (utterance bounds when words are missing).")
        a = max(0, int((sp.start_s - pad_s) * sample_rate))
        b = min(n, int(np.ceil((sp.end_s + pad_s) * sample_rate)))
        if b > a:
            arr[..., a:b] = 0
    return arr
