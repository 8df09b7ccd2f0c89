"""Readable names for clusters (topics, complaint themes, discovered call drivers): a short phrase in the customers'
own words.

``cluster_label(texts, emb, centroid, keywords)``: among the cluster's documents closest to its centroid, the first
that reads well (``voc.analyze.briefs.readability``: no ``[PERSON]``-style placeholders, not mostly filler or ASR
repetition) is trimmed to its core — the lead-in that states a need ("I'm calling because", "I would like to",
"can you") and trailing clauses are dropped, and it is cut to ``MAX_WORDS`` words. Repeated documents (one ASR
repetition stored many times) count once. When no document reads well, the label is the top keywords that are
neither placeholders nor filler, joined with " · ". Keywords always stay available in their own column.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

# spoken filler and contractions: never topic keywords or label words (voc.analyze.topics uses the same list)
SPOKEN_STOP_WORDS = frozenset("""
i'm i've i'll i'd it's that's there's what's you're you've you'll we're we've they're he's she's let's
don't doesn't didn't can't cannot won't wouldn't isn't aren't wasn't weren't haven't hasn't couldn't shouldn't
okay ok yeah yes hi hello thanks thank please sure really just like um uh oh well right got gonna wanna
""".split())

MAX_WORDS = 8
MIN_READABILITY = 0.45
CANDIDATES = 12

_PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
_PLACEHOLDER_WORDS = frozenset(["person", "card", "ssn", "phone", "email", "account", "iban", "address", "dob", "number"])
_LEAD = re.compile(r"(?i)^(?:(?:hi|hello|hey|yes|yeah|so|well|okay|ok|oh|um|uh|and|but|good (?:morning|afternoon|"
                   r"evening))[,.!]?\s+)+")
_NEED = re.compile(
    r"(?i)^(?:i'?m |i am )?(?:(?:just |actually |really )?(?:calling|phoning|ringing|writing|contacting you|reaching "
    r"out)(?: (?:you|in|today))?(?: (?:because|since|about|regarding|to see if|to ask about|to ask|to|for))?\s+)|"
    r"^(?:i was wondering (?:if|whether) (?:i|you) (?:could|can|might) |i (?:would|'d) like (?:to )?|i want(?:ed)? "
    r"(?:to )?|i wanna |i need(?:ed)? (?:to )?|i have to |(?:i'?m|i am) (?:trying|looking|hoping|going) to |"
    r"(?:i'?m|i am) looking for |"
    r"(?:can|could|would|will) (?:you|i|we) (?:please )?|how (?:do|can|could) i |is it possible to |"
    r"please |help me (?:to )?|there'?s |there is |i have |i've got |i got |it'?s about |this is about )")
_CUT = re.compile(r"(?i)[.!?;]|,\s|\s(?:and then|but|because|so that|which|who|since|although|if you)\s")


def _peel(t: str) -> str:
    for _ in range(3):  # "Hi, yes, I'm calling because I need to ..." peels in steps
        t2 = _NEED.sub("", _LEAD.sub("", t)).strip()
        if t2 == t or len(t2.split()) < 2:
            break
        t = t2
    return t.strip(" ,.!?;:-")


def trim_phrase(text: str, max_words: int = MAX_WORDS) -> str:
    """A sentence reduced to its core: split at clause boundaries, lead-ins and need phrases dropped from each
    clause, the first clause of at least 3 words kept (else the longest), cut to ``max_words`` words."""
    from voc.analyze.briefs import tidy

    t = _peel(tidy(text))
    clauses, at = [], 0
    for m in _CUT.finditer(t):
        clauses.append(t[at:m.start()])
        at = m.end()
    clauses.append(t[at:])
    parts = [_peel(c) for c in clauses if c.strip()]
    parts = [p for p in parts if p]
    if not parts:
        return ""
    best = next((p for p in parts if len(p.split()) >= 3), max(parts, key=lambda p: len(p.split())))
    words = best.split()
    if len(words) > max_words:  # cut, then drop dangling function words ("... had been really" → "...")
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

        words = words[:max_words]
        while len(words) > 2 and words[-1].lower().strip(",.") in ENGLISH_STOP_WORDS | {"really", "i'm", "it's"}:
            words.pop()
    t = " ".join(words)
    return t[:1].upper() + t[1:]


def _content(phrase: str) -> bool:
    """True when the phrase has a content word ("Help me", "I need some help" say nothing about the cluster)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS


    generic = ENGLISH_STOP_WORDS | SPOKEN_STOP_WORDS | {"help", "question", "wondering", "need", "want", "like"}
    return any(w not in generic for w in re.findall(r"[a-z']+", phrase.lower()))


def _clean_keywords(keywords: Sequence[str]) -> list[str]:
    out = []
    for kw in keywords:
        w = kw.lower().split()
        if not w or any(x in _PLACEHOLDER_WORDS for x in w) or "[" in kw:
            continue
        out.append(kw)
    return out


def keyword_label(keywords: Sequence[str], n: int = 3) -> str:
    """The top ``n`` keywords that do not repeat words already shown (placeholders left out), joined by " · "."""
    chosen: list[str] = []
    shown: set[str] = set()
    for kw in _clean_keywords(keywords):
        words = set(kw.split())
        if words <= shown:
            continue
        chosen.append(kw)
        shown |= words
        if len(chosen) == n:
            break
    return " · ".join(chosen) if chosen else "(no keywords)"


def representative(texts: Sequence[str], emb: np.ndarray | None, centroid: np.ndarray | None,
                   k: int = CANDIDATES) -> list[int]:
    """Indices of distinct documents ordered by closeness to ``centroid`` (input order when no vectors)."""
    if emb is not None and centroid is not None and len(texts):
        order = np.argsort(-(np.asarray(emb) @ np.asarray(centroid)), kind="stable").tolist()
    else:
        order = list(range(len(texts)))
    seen: set[str] = set()
    out = []
    for i in order:
        key = re.sub(r"\W+", " ", str(texts[i]).lower()).strip()
        if not key or key in seen:
            continue
        seen.add(key)
        out.append(int(i))
        if len(out) == k:
            break
    return out


def cluster_label(texts: Sequence[str], emb: np.ndarray | None = None, centroid: np.ndarray | None = None,
                  keywords: Sequence[str] = ()) -> str:
    """A short readable phrase for a cluster of ``texts`` (see module doc)."""
    from voc.analyze.briefs import readability

    best, best_score = "", -1.0
    for rank, i in enumerate(representative(texts, emb, centroid)):
        raw = str(texts[i])
        if _PLACEHOLDER.search(raw):
            # never splice the words around a redaction together ("I'm [PERSON] and Texas" → "I'm and Texas"):
            # the longest stretch between placeholders stands alone, or the text is no candidate
            raw = max(_PLACEHOLDER.split(raw), key=lambda seg: len(seg.split()))
            if len(raw.split()) < 4:
                continue
        r = readability(raw)
        phrase = trim_phrase(raw)
        n = len(phrase.split())
        if r < MIN_READABILITY or n < 2 or not _content(phrase):
            continue
        score = r - 0.03 * rank + (0.1 if 2 <= n <= 6 else 0.0)
        if score > best_score:
            best, best_score = phrase, score
    return best or keyword_label(keywords)
