"""An id given over several turns without being asked: the speaker starts it, the other side only says "go ahead".

"My ID number is 1734," … "please go ahead" … "1256," … "okay, go on" … "and 7299." … "one, 178.": the first
group follows a cue and is redacted on its own; the rest are bare digit groups with no question before them (the
question may be missing or misheard by the ASR), so no answer window covers them. Rule, over the call in time
order:

- a turn whose last words are a redacted card, phone, SSN or account number (only punctuation or "and"/"then"
  after it) starts a run, kept by that speaker;
- the other side's turns in between that only invite or acknowledge ("please go ahead", "okay, go on", "uh-huh",
  "got it", or a read-back of digits with such words) keep it going; any other turn of theirs ends it;
- the speaker's next turns that are nothing but number groups and glue words ("and 7299.", "last", "one, 178.")
  are more of the same number, redacted as its type, when the first group broke off (a trailing comma, dash, "…",
  "and"), the other side invited more, or the speaker goes straight on; any other turn of theirs ends the run.

Roles are never used (only whether two turns have the same speaker), so a call whose agent/customer labels are
swapped is handled the same. Returns character spans per utterance position, like :mod:`voc.analyze.pii_dialogue`.
"""

from __future__ import annotations

import re

from voc.analyze.numbers import NUMBER_WORDS, digit_runs
from voc.analyze.pii_dialogue import _GO_ON, NUMERIC, Piece, _money
from voc.records import Utterance

_MAX_TURNS = 10  # utterances after the first group that a run may span
_MAX_DIGITS = 24  # an id longer than this is not being read out any more
_BROKE_OFF = re.compile(r"\s*(?:,|-|—|–|\.\.\.|…|\band\b|\bthen\b)[\s,.…-]*$", re.IGNORECASE)
_AFTER_LAST = re.compile(r"[\s,.;:!?…—–-]*(?:(?:and|then)[\s,.;:!?…—–-]*)?$", re.IGNORECASE)
_GLUE = frozenset(("and", "then", "uh", "um", "er", "so", "okay", "ok", "the", "last", "next", "final", "rest", "part",
                   "group", "of", "it's", "its", "is", "that's", "double", "triple", "dash", "hyphen"))
_ACK = frozenset(("okay", "ok", "alright", "right", "yes", "yeah", "yep", "yup", "uh-huh", "uh", "huh", "mhm", "mm-hmm",
                  "mm", "hmm", "sure", "got", "it", "i've", "i", "have", "that", "this", "and", "go", "on", "ahead",
                  "please", "continue", "keep", "going", "everything", "all", "down", "written", "noted", "perfect",
                  "great", "thanks", "thank", "you", "so", "far", "good", "next", "then"))
_WORD = re.compile(r"[A-Za-z]+(?:[-'][A-Za-z]+)*|\d+")


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _only_groups(text: str) -> bool:
    """Nothing but number groups and glue words ("and 7299.", "last", "one, 178.")."""
    words = _words(text)
    return bool(words) and all(w.isdigit() or w in NUMBER_WORDS or w in _GLUE for w in words)


def _invites(text: str) -> bool:
    """An invitation or acknowledgement, maybe with a read-back of digits ("please go ahead", "1256, okay")."""
    words = _words(text)
    if not words or len(words) > 10:
        return False
    if all(w.isdigit() or w in NUMBER_WORDS or w in _ACK for w in words):
        return True
    return bool(_GO_ON.search(text)) and len(words) <= 8


def continued_pieces(utterances: list[Utterance], order: list[int],
                     redacted: dict[int, list[Piece]]) -> dict[int, list[Piece]]:
    """Number groups that continue a number a speaker started and broke off (see the module docstring)."""
    out: dict[int, list[Piece]] = {}
    for k, pos in enumerate(order):
        u = utterances[pos]
        ends = [(s, e, t) for s, e, t in redacted.get(pos, []) if t in NUMERIC and _AFTER_LAST.fullmatch(u.text[e:])]
        if not ends:
            continue
        _, end, kind = max(ends, key=lambda p: p[1])
        more = bool(_BROKE_OFF.match(u.text[end:]))  # "1734," — the speaker is not done
        digits = sum(len(r.digits) for r in digit_runs(u.text[max(s for s, _, _ in ends):end]))
        prev_same = True
        for nxt in order[k + 1:k + 1 + _MAX_TURNS]:
            v = utterances[nxt]
            same = u.speaker is None or v.speaker is None or v.speaker == u.speaker
            if not same:
                if not _invites(v.text):
                    break
                more, prev_same = True, False
                continue
            if not (more or prev_same) or not _only_groups(v.text):
                break
            runs = [r for r in digit_runs(v.text) if not _money(v.text, r.char_end, r.char_start)]
            digits += sum(len(r.digits) for r in runs)
            if digits > _MAX_DIGITS:
                break
            if runs:
                out.setdefault(nxt, []).append((runs[0].char_start, runs[-1].char_end, kind))
            more, prev_same = bool(_BROKE_OFF.search(v.text)), True
    return out
