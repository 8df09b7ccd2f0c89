"""Word lists the PII rules read: US census first names and surnames (the ``names`` package) and an English
dictionary (the ``english-words`` package), loaded once per process. Shared by :mod:`voc.analyze.pii_person` and
:mod:`voc.analyze.pii_business`, so neither imports the other for them."""

from __future__ import annotations

import functools
from pathlib import Path

from voc.errors import SettingsError

CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december christmas easter""".split())


@functools.cache
def census(file: str) -> tuple[str, ...]:
    """One US census name list shipped by the ``names`` package (``dist.male.first``, ``dist.all.last`` ...), lower
    case, most frequent first."""
    try:
        import names
    except ImportError as e:  # a hard dependency: say how to fix rather than silently trusting spaCy alone
        raise SettingsError("PII person detection needs the 'names' package (first-name and surname lists). "
                            "Fix: pip install names==0.3.0") from e
    lines = (Path(names.__file__).parent / file).read_text(encoding="utf-8").splitlines()
    return tuple(line.split()[0].lower() for line in lines if line.strip())


@functools.lru_cache(maxsize=1)
def name_lists() -> tuple[frozenset[str], frozenset[str]]:
    """(first names, surnames), lower-case, from the US census lists shipped by the ``names`` package."""
    return frozenset(census("dist.male.first") + census("dist.female.first")), frozenset(census("dist.all.last"))


COMMON_SURNAME_RANK = 2000  # surnames this common are names even when they are also words ("Smith", "Park")


@functools.lru_cache(maxsize=1)
def common_surnames() -> frozenset[str]:
    """The ``COMMON_SURNAME_RANK`` most frequent US census surnames, lower-case."""
    return frozenset(census("dist.all.last")[:COMMON_SURNAME_RANK])


@functools.lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English dictionary words (Webster's 2nd edition list shipped by the ``english-words`` package)."""
    try:
        from english_words import get_english_words_set
    except ImportError as e:
        raise SettingsError("PII person detection needs the 'english-words' package (a dictionary, to tell "
                            "'Dairy' in 'Dairy Queen' from a name). Fix: pip install english-words==2.0.2") from e
    return frozenset(w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower())


def common_word(tok: str) -> bool:
    """A dictionary word that is not a first name nor a common surname ("dairy", "check", "taco"; not "grace",
    "smith", "raghunathan")."""
    low = tok.lower().removesuffix("'s").removesuffix("’s")
    return (low in english_words() and low not in name_lists()[0] and low not in common_surnames()
            and low not in CALENDAR)
