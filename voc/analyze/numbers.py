"""Spoken numbers as Whisper writes them → digit strings that remember where each digit came from.

Whisper mixes forms freely: ``"4111 1111 ..."``, ``"four one one one ..."``, ``"four eleven eleven ..."``,
``"oh"`` for zero, ``"double five"``, ``"eight hundred five five five ..."``. :func:`digit_runs` finds every
maximal run of number tokens in a text and returns it as :class:`DigitRun`: the digits plus, per piece, the
character span in the original text that produced them, so a detector working on digits can map a match back to
exact character offsets (and from there to words and audio times).

Rules (kept deliberately simple and predictable):

- ``zero``..``nine``, ``oh``/``o`` (zero, only next to another number), ``ten``..``nineteen``, ``twenty``..``ninety``
  (+ an optional unit: ``twenty five`` → 25), ``double``/``triple`` + digit, digit strings.
- ``X hundred`` → X00 (X one digit or two: ``forty two hundred`` → 4200); ``X hundred [and] twelve`` / ``twenty
  five`` → X12 / X25. ``X hundred`` followed by a single
  digit word is *not* combined (``eight hundred five five five`` is the phone prefix 800-555).
- Pieces may be separated by spaces and ``- . , ( ) + /`` or the words ``dash``/``hyphen``.
- With ``letters=True`` single letters and short all-capital tokens join runs too (spelled IBANs, postcodes), and
  so do the words of the phonetic alphabet ("Kilo, Echo, four five six" → ``KE456``; "x-ray" is X).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
        "ninety": 90}
ZERO_WORDS = {"oh", "o"}
REPEATS = {"double": 2, "triple": 3}
SEPARATOR_WORDS = {"dash", "hyphen"}
SEPARATOR_CHARS = set("-.,()+/")
NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | ZERO_WORDS | {"hundred"}
# after a number, these make it an amount or a measure, not an identifier ("120000 dollars", "44 kwh"); the same
# for a currency sign before it (PII redaction: voc.analyze.pii, voc.analyze.pii_dialogue)
QUANTITY_UNITS = (r"dollars?|bucks|cents?|percent|%|pounds?|euros?|gigs?|gb|mb|minutes?|hours?|days?|"
                  r"weeks?|months?|years?|miles?|times|calls?|kilowatts?|kwh|kw|watts?|degrees?|gallons?|"
                  r"lit(?:er|re)s?|feet|foot|square|homes|houses|people|"
                  # doses and measures ("the five hundred milligram ones", "a twelve sided die")
                  r"milligrams?|mg|micrograms?|mcg|millilit(?:er|re)s?|ml|grams?|kilograms?|kilos?|kg|ounces?|oz|"
                  r"pills?|tablets?|capsules?|doses?|inch(?:es)?|met(?:er|re)s?|kilomet(?:er|re)s?|km|sided|"
                  r"seconds?|items?|steps?|"
                  # energy and exercise counts ("I burned six hundred calories", "twelve hundred kcal", "forty laps")
                  r"calories|cals|kcals?|kilojoules?|kj|laps|reps|repetitions")
CURRENCY_SIGNS = ("$", "£", "€")

_TOKEN = re.compile(r"[A-Za-z]+|\d+|\S")
# the ICAO/NATO spelling alphabet callers use for the letters of ids ("Victor, X-ray, 7 2 9 ..."); "x-ray" is
# matched as "x" "-" "ray" (or "xray")
PHONETIC_ALPHABET: dict[str, str] = {w: w[0].upper() for w in """alpha alfa bravo charlie delta echo foxtrot golf hotel
india juliet juliett kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky xray
yankee zulu""".split()}


@dataclass(frozen=True, slots=True)
class Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class DigitPiece:
    """Digits (or capital letters, with ``letters=True``) produced by ``text[char_start:char_end]``."""

    digits: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class DigitRun:
    """A maximal run of number tokens: its pieces in order, each mapped to its source characters."""

    pieces: tuple[DigitPiece, ...]

    @property
    def digits(self) -> str:
        return "".join(p.digits for p in self.pieces)

    @property
    def char_start(self) -> int:
        return self.pieces[0].char_start

    @property
    def char_end(self) -> int:
        return self.pieces[-1].char_end

    def sub(self, i: int, j: int) -> "DigitRun":
        """Pieces ``i..j-1`` as a run of their own."""
        return DigitRun(self.pieces[i:j])

    def windows(self, min_len: int, max_len: int) -> list["DigitRun"]:
        """Every piece-aligned sub-run whose digit count lies in ``[min_len, max_len]``, longest first."""
        out: list[DigitRun] = []
        n = len(self.pieces)
        for i in range(n):
            total = 0
            for j in range(i, n):
                total += len(self.pieces[j].digits)
                if total > max_len:
                    break
                if total >= min_len:
                    out.append(self.sub(i, j + 1))
        out.sort(key=lambda r: (-len(r.digits), r.char_start))
        return out


def tokens(text: str) -> list[Tok]:
    """Word, digit-string and single-punctuation tokens with their character offsets."""
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _is_letter_tok(t: Tok) -> bool:
    s = t.text
    return s.isalpha() and (len(s) == 1 or (s.isupper() and len(s) <= 4))


def _value(t: Tok) -> int | None:
    low = t.low
    if low in UNITS:
        return UNITS[low]
    if low in TEENS:
        return TEENS[low]
    if low in TENS:
        return TENS[low]
    return None


def _parse_at(toks: list[Tok], i: int, letters: bool, in_run: bool) -> tuple[DigitPiece, int] | None:
    """Parse one number piece starting at ``toks[i]``; return it and the index after it, or None."""
    t = toks[i]
    low = t.low
    nxt = toks[i + 1] if i + 1 < len(toks) else None

    def adjacent(a: Tok, b: Tok | None) -> bool:  # only whitespace (or one hyphen token) between a and b
        return b is not None and b.start - a.end <= 1

    if t.text.isdigit():
        return DigitPiece(t.text, t.start, t.end), i + 1
    if low in REPEATS and nxt is not None and (nxt.low in UNITS or nxt.low in ZERO_WORDS or
                                               (nxt.text.isdigit() and len(nxt.text) == 1)):
        d = "0" if nxt.low in ZERO_WORDS else (nxt.text if nxt.text.isdigit() else str(UNITS[nxt.low]))
        return DigitPiece(d * REPEATS[low], t.start, nxt.end), i + 2
    if low in ZERO_WORDS:
        follows = nxt is not None and adjacent(t, nxt) and (_value(nxt) is not None or nxt.text.isdigit()
                                                             or nxt.low in ZERO_WORDS or nxt.low in REPEATS)
        if t.text[:1] == "O" and i and toks[i - 1].text in (".", "!", "?") and not follows:
            return None  # "... 2290 18. Oh, and I paid ...": a new sentence's "Oh" with no number after is no zero
        if in_run or follows:
            return DigitPiece("0", t.start, t.end), i + 1
        return None
    val = _value(t)
    if val is not None:
        end_i, end_c = i + 1, t.end
        if low in TENS:  # twenty five / twenty-five
            j = i + 1
            if j < len(toks) and toks[j].text == "-" and toks[j].start == t.end:
                j += 1
            if j < len(toks) and toks[j].low in UNITS and toks[j].low != "zero" and adjacent(toks[j - 1], toks[j]):
                val += UNITS[toks[j].low]
                end_i, end_c = j + 1, toks[j].end
        # "eight hundred" = 800; "forty two hundred" / "twelve hundred" = 4200 / 1200 (a phone's last group)
        if end_i < len(toks) and toks[end_i].low == "hundred":
            val *= 100
            end_c = toks[end_i].end
            end_i += 1
            j = end_i + 1 if end_i < len(toks) and toks[end_i].low == "and" else end_i
            if j < len(toks) and (toks[j].low in TEENS or toks[j].low in TENS):
                sub = _parse_at(toks, j, letters=False, in_run=True)
                if sub is not None and len(sub[0].digits) == 2:
                    val += int(sub[0].digits)
                    end_i, end_c = sub[1], sub[0].char_end
            return DigitPiece(str(val), t.start, end_c), end_i
        # "nine thousand" = 9000 (a phone's last group), only when no number word follows ("two thousand twenty
        # five" is a year and stays as before)
        if (end_i < len(toks) and toks[end_i].low == "thousand" and 1 <= val <= 9 and end_i == i + 1
                and not (end_i + 1 < len(toks) and (_value(toks[end_i + 1]) is not None
                                                   or toks[end_i + 1].low in ZERO_WORDS))):
            return DigitPiece(str(val * 1000), t.start, toks[end_i].end), end_i + 1
        return DigitPiece(str(val), t.start, end_c), end_i
    if letters and low == "x" and i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 2].low == "ray" \
            and toks[i + 1].start == t.end and toks[i + 2].start == toks[i + 1].end:
        return DigitPiece("X", t.start, toks[i + 2].end), i + 3
    if letters and low in PHONETIC_ALPHABET:
        return DigitPiece(PHONETIC_ALPHABET[low], t.start, t.end), i + 1
    if letters and _is_letter_tok(t):
        return DigitPiece(t.text.upper(), t.start, t.end), i + 1
    return None


def digit_runs(text: str, letters: bool = False) -> list[DigitRun]:
    """Every maximal run of numbers (digits, number words, ``oh``, ``double``) in ``text``.

    >>> [r.digits for r in digit_runs("card is four eleven double one, 1111 and 12")]
    ['411111111', '12']
    """
    toks = tokens(text)
    runs: list[DigitRun] = []
    cur: list[DigitPiece] = []
    i = 0
    while i < len(toks):
        parsed = None if _pronoun_one(toks, i) else _parse_at(toks, i, letters, in_run=bool(cur))
        if parsed is not None:
            cur.append(parsed[0])
            i = parsed[1]
            continue
        t = toks[i]
        if cur and (t.text in SEPARATOR_CHARS or t.low in SEPARATOR_WORDS):
            # a separator continues the run only when a number follows it
            j = i + 1
            while j < len(toks) and toks[j].text in SEPARATOR_CHARS:
                j += 1
            if j < len(toks) and _parse_at(toks, j, letters, in_run=True) is not None:
                i = j
                continue
        if cur:
            runs.append(_finish(cur))
            cur = []
        i += 1
    if cur:
        runs.append(_finish(cur))
    return [r for r in runs if r.pieces]


# "the new one. 4147 ...", "which one? 0580": after a determiner or adjective, "one" ending a phrase is the
# pronoun, not a digit of the number that follows
_ONE_AFTER = frozenset({"the", "this", "that", "which", "new", "old", "other", "another", "same", "each", "every",
                        "last", "first", "next", "right", "wrong", "only", "main", "joint", "primary", "second", "third",
                        "big", "little", "good", "blue", "black", "gold", "silver", "red", "green", "white"})


def _pronoun_one(toks: list[Tok], i: int) -> bool:
    """"the new one." / "one ending in 4471": the pronoun "one", not a digit."""
    if toks[i].low != "one":
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i else None
    if prev is not None and prev.low in _ONE_AFTER and (nxt is None or nxt.text in (".", ",", "?", "!", ";", ":")):
        return True
    # "one ending in ...", "one with the chip": a lower-case word that is no number follows, and no number precedes
    number_near = prev is not None and (prev.text.isdigit() or prev.low in NUMBER_WORDS or prev.low in REPEATS)
    return (not number_near and nxt is not None and nxt.start - toks[i].end <= 1 and nxt.text.isalpha()
            and len(nxt.text) > 1 and nxt.text.islower() and nxt.low not in NUMBER_WORDS and nxt.low not in REPEATS
            and nxt.low not in ("and", "then", "thousand", "million", "dash", "hyphen", "point"))


def _finish(pieces: list[DigitPiece]) -> DigitRun:
    return DigitRun(tuple(pieces))


# -- numbers → words (for lexicon variants such as SPRING25 → "spring twenty five") -------------------------

_UNIT_NAMES = [k for k, _ in sorted(UNITS.items(), key=lambda kv: kv[1])]
_TEEN_NAMES = {v: k for k, v in TEENS.items()}
_TENS_NAMES = {v: k for k, v in TENS.items() if k != "fourty"}


_SCALES = [(10 ** 12, "trillion"), (10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def cardinal_words(n: int) -> str:
    """Any whole number ≥ 0 as words: 25 → "twenty five", 1500 → "one thousand five hundred",
    2_000_000 → "two million". The one number-words speller (PII patterns, campaign codes, ASR normalisation)."""
    if n < 0:
        raise ValueError(f"cardinal_words expects a whole number >= 0, got {n}")
    if n < 10:
        return _UNIT_NAMES[n]
    if n < 20:
        return _TEEN_NAMES[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS_NAMES[tens * 10] + ("" if unit == 0 else " " + _UNIT_NAMES[unit])
    if n < 1000:
        h, rest = divmod(n, 100)
        return _UNIT_NAMES[h] + " hundred" + ("" if rest == 0 else " " + cardinal_words(rest))
    for value, name in _SCALES:
        if n >= value:
            head, rest = divmod(n, value)
            return cardinal_words(head) + " " + name + ("" if rest == 0 else " " + cardinal_words(rest))
    raise AssertionError(n)  # pragma: no cover


def number_to_words(n: int) -> str:
    """0..9999 as words: 25 → "twenty five", 2025 → "two thousand twenty five"."""
    if n < 0 or n > 9999:
        raise ValueError(f"number_to_words supports 0..9999, got {n}")
    return cardinal_words(n)


@lru_cache(maxsize=4096)
def spoken_forms(digits: str) -> tuple[str, ...]:
    """How a digit string may be spoken: "25" → ("25", "twenty five", "two five"); "2025" adds "twenty twenty five".

    Used to build lexicon patterns that match ASR text either way.
    """
    if not digits.isdigit():
        raise ValueError(f"spoken_forms expects digits, got {digits!r}")
    forms = [digits, " ".join(_UNIT_NAMES[int(c)] for c in digits)]
    n = int(digits)
    if not digits.startswith("0") or digits == "0":
        if n <= 9999:
            forms.append(number_to_words(n))
        if len(digits) == 4 and not digits.startswith("0"):  # years and codes: "twenty twenty five"
            a, b = divmod(n, 100)
            if a >= 10 and b >= 10:
                forms.append(number_to_words(a) + " " + number_to_words(b))
            elif a >= 10 and b > 0:
                forms.append(number_to_words(a) + " oh " + number_to_words(b))
    seen: list[str] = []
    for f in forms:
        if f not in seen:
            seen.append(f)
    return tuple(seen)
