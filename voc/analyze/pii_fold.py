"""Latin letters with diacritics folded to their base letter, one character for one.

The redactor's rules describe names, streets and spelled letters with ASCII letter classes (``[A-Z][a-z]+``), so a
name such as "Novotná", "Puigdomènech", "Dvořák" or "Villaseñor" was cut at its first accented letter
("[PERSON]á"). Rather than rewrite every class, detection runs on a folded copy of the text in which each accented
Latin letter is replaced by its base letter ("Dvořák" -> "Dvorak"); the copy has the same length, so every span
found in it is the same span in the original, which is what gets redacted. Letters of other scripts are kept.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Latin letters without a canonical decomposition: one base letter each (length kept)
_EXTRA = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "t", "Þ": "T",
          "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "ß": "s", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
          "ƒ": "f", "ŋ": "n", "Ŋ": "N", "ĸ": "k", "ŀ": "l", "Ŀ": "L", "ſ": "s"}


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch in _EXTRA:
            table[cp] = _EXTRA[ch]
            continue
        base = unicodedata.normalize("NFD", ch)
        if (len(base) > 1 and base[0].isascii() and base[0].isalpha()
                and all(unicodedata.combining(c) for c in base[1:])):
            table[cp] = base[0]
    return table


def fold_latin(text: str) -> str:
    """``text`` with accented Latin letters replaced by their base letter; same length, same offsets."""
    if text.isascii():
        return text
    return text.translate(_table())
