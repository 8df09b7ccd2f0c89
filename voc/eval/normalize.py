"""The text normalizer applied to BOTH the reference and the hypothesis before WER is computed.

Steps, in order (``normalize_text``):

1. Unicode NFKC; curly quotes and apostrophes become straight ones; lowercase.
2. Contractions expanded: ``won't`` → ``will not``, ``can't`` → ``can not``, ``n't`` → `` not``, ``'re`` → `` are``,
   ``'ll`` → `` will``, ``'ve`` → `` have``, ``'m`` → `` am``, ``'d`` → `` would``, ``let's`` → ``let us``;
   ``it's/that's/what's/there's/he's/she's/here's/where's/who's/how's`` → ``... is``. Any other ``'s`` (possessive) is
   joined: ``neighbor's`` → ``neighbors``.
3. Titles: ``mr`` → ``mister``, ``mrs`` → ``missus``, ``ms`` → ``miss``, ``dr`` → ``doctor``, ``st`` stays;
   ``ok`` → ``okay``; ``%`` → ``percent``, ``&`` → ``and``, ``$N.CC`` → ``N dollars CC cents``.
4. Numbers to words: ``42`` → ``forty two``; ``1,500`` → ``one thousand five hundred``; ``3.5`` → ``three point five``;
   ``1st/2nd/3rd/21st`` → ``first/second/third/twenty first``; a bare 4-digit number from 1100 to 2099 (no comma) is
   read as a year: ``1813`` → ``eighteen thirteen``, ``1900`` → ``nineteen hundred``, ``2005`` → ``two thousand five``,
   ``2024`` → ``twenty twenty four``. (Words are never turned into digits, so the rule is the same on both sides.)
5. Hyphens and slashes split words; all other punctuation is removed.
6. Hesitations dropped (Whisper omits them, references often keep them): ``um uh uhm er erm ah hmm mm mhm``.
7. British spellings mapped to American for a short list (``colour`` → ``color``, ``neighbour`` → ``neighbor``,
   ``centre`` → ``center``, ...; see ``BRITISH_TO_AMERICAN``).
8. Whitespace collapsed.
"""

from __future__ import annotations

import re
import unicodedata

from voc.analyze.numbers import cardinal_words

_ONES = [cardinal_words(n) for n in range(20)]
_ORDINAL_WORDS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                  "nine": "ninth", "twelve": "twelfth"}

HESITATIONS = frozenset({"um", "uh", "uhm", "umm", "er", "erm", "ah", "hmm", "hm", "mm", "mhm", "uhhuh"})
BRITISH_TO_AMERICAN = {
    "colour": "color", "colours": "colors", "favour": "favor", "favourite": "favorite", "honour": "honor",
    "neighbour": "neighbor", "neighbours": "neighbors", "behaviour": "behavior", "labour": "labor",
    "centre": "center", "centres": "centers", "metre": "meter", "litre": "liter", "theatre": "theater",
    "realise": "realize", "realised": "realized", "organise": "organize", "organised": "organized",
    "apologise": "apologize", "cancelled": "canceled", "cancelling": "canceling", "travelling": "traveling",
    "cheque": "check", "programme": "program", "grey": "gray", "licence": "license", "defence": "defense",
}
_ABBREV = {"mr": "mister", "mrs": "missus", "ms": "miss", "dr": "doctor", "ok": "okay", "vs": "versus"}
_IS_CONTRACTIONS = ("it", "that", "what", "there", "he", "she", "here", "where", "who", "how")

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_CONTRACTIONS = [
    (re.compile(r"\bwon't\b"), "will not"), (re.compile(r"\bcan't\b"), "can not"), (re.compile(r"\bcannot\b"), "can not"),
    (re.compile(r"\bshan't\b"), "shall not"), (re.compile(r"\blet's\b"), "let us"), (re.compile(r"\by'all\b"), "you all"),
    (re.compile(r"n't\b"), " not"), (re.compile(r"'re\b"), " are"), (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'ve\b"), " have"), (re.compile(r"\bi'm\b"), "i am"), (re.compile(r"'d\b"), " would"),
    (re.compile(r"\b(" + "|".join(_IS_CONTRACTIONS) + r")'s\b"), r"\1 is"),
    (re.compile(r"(\w)'s\b"), r"\1s"),
]
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_MONEY = re.compile(r"\$\s?(" + _NUM + ")")
_ORDINAL = re.compile(r"\b(\d+)(st|nd|rd|th)\b")
_NUMBER = re.compile(_NUM)


def _cardinal(n: int) -> str:
    return cardinal_words(n)


def _year(n: int) -> str:
    if 2000 <= n <= 2009:
        return _cardinal(n)
    hi, lo = divmod(n, 100)
    if lo == 0:
        return _cardinal(hi) + " hundred"
    return _cardinal(hi) + " " + ("oh " + _ONES[lo] if lo < 10 else _cardinal(lo))


def number_to_words(token: str) -> str:
    """``"1,500"`` → ``"one thousand five hundred"``; ``"1813"`` → ``"eighteen thirteen"``; ``"3.5"`` →
    ``"three point five"``; ``"007"`` → ``"zero zero seven"`` (leading zeros: digit by digit)."""
    if "." in token:
        whole, frac = token.split(".", 1)
        return number_to_words(whole or "0") + " point " + " ".join(_ONES[int(d)] for d in frac)
    if "," not in token and len(token) > 1 and token.startswith("0"):
        return " ".join(_ONES[int(d)] for d in token)
    digits = token.replace(",", "")
    n = int(digits)
    if "," not in token and len(digits) == 4 and 1100 <= n <= 2099:
        return _year(n)
    return _cardinal(n)


def _ordinal(n: int) -> str:
    words = _cardinal(n).split()
    last = words[-1]
    if last in _ORDINAL_WORDS:
        words[-1] = _ORDINAL_WORDS[last]
    elif last.endswith("y"):
        words[-1] = last[:-1] + "ieth"
    else:
        words[-1] = last + "th"
    return " ".join(words)


def _money(m: re.Match[str]) -> str:
    whole, _, cents = m.group(1).partition(".")
    out = f" {whole} dollars "
    if cents and int(cents):
        out += f"{int(cents[:2].ljust(2, '0'))} cents "
    return out


def normalize_text(text: str) -> str:
    """Normalise a transcript for WER (see the module docstring for every rule)."""
    t = unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()
    for pattern, repl in _CONTRACTIONS:
        t = pattern.sub(repl, t)
    t = t.replace("%", " percent ").replace("&", " and ")
    t = _MONEY.sub(_money, t)
    t = _ORDINAL.sub(lambda m: " " + _ordinal(int(m.group(1))) + " ", t)
    t = _NUMBER.sub(lambda m: " " + number_to_words(m.group(0)) + " ", t)
    t = re.sub(r"[-/]", " ", t)
    t = re.sub(r"[^\w\s]", " ", t)
    t = t.replace("_", " ")
    words = []
    for w in t.split():
        w = _ABBREV.get(w, w)
        w = BRITISH_TO_AMERICAN.get(w, w)
        if w in HESITATIONS:
            continue
        words.append(w)
    return " ".join(words)
