"""Conversation metrics of one call, per role and for the whole call ("all").

Definitions (times in seconds; a role's talk is the union of its speakers' turns):

- ``talk_s``: time the role talks. "all": time anybody talks.
- ``talk_ratio``: the role's ``talk_s`` / the sum of every role's ``talk_s`` (agent + customer = 1).
  "all": the share of the call with speech (``talk_s / duration_s``).
- ``silence_s``: call time in which nobody talks (leading and trailing silence included); the same on every row.
- ``longest_silence_s``: the longest gap between two turns (dead air / hold inside the conversation; leading and
  trailing silence excluded); the same on every row.
- ``overtalk_s``: time in which the role talks while at least one other speaker talks. "all": time in which two or
  more speakers talk.
- ``interruptions``: made BY the role. Speaker A interrupts speaker B when A starts a turn while B is talking, B
  stops within ``window_s`` of A's start, and A is still talking when B stops (A takes the floor). A short
  "uh-huh" under B's speech (B goes on, or A stops first) is not an interruption. "all": every interruption.
- ``turns``: floor-holding turns: a role's turn starts when it starts talking after another role has started
  talking since its last speech, or after a pause of at least ``pause_s``. "all": the sum over roles.
- ``words``: words whose speaker has the role and that this speaker said: a word inside (overlapping) a turn of its
  own speaker, or inside no turn at all. A word inside no turn (speech the VAD or the diarizer missed) also adds its
  span (at most ``MAX_WORD_S``) to its speaker's talk. A word that overlaps only other speakers' turns is not counted:
  on a stereo call that is the other speaker bleeding into this channel, which ``stereo_turns`` already left out of
  this channel's turns. ``wpm`` = words / (talk_s / 60), 0 without talk. "all": every counted word.
- ``first_response_s`` (agent row only): from the customer's first speech to the start of the first agent turn
  after it; None when there is no customer or no agent turn after the customer's first speech.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

from voc.records import RoleMetrics, Turn, Word

Interval = tuple[float, float]
ROLE_ORDER = ("agent", "customer", "unknown")
MAX_WORD_S = 1.0   # a word outside every turn adds at most this much talk (Whisper can stretch a word over a pause)


# -- interval algebra -------------------------------------------------------------------------------------------

def union(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted, merged intervals (touching intervals are merged)."""
    out: list[list[float]] = []
    for s, e in sorted((s, e) for s, e in intervals if e > s):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def total(intervals: Iterable[Interval]) -> float:
    return sum(e - s for s, e in intervals)


def intersect(a: Sequence[Interval], b: Sequence[Interval]) -> list[Interval]:
    """Intersection of two merged interval lists."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        s, e = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if e > s:
            out.append((s, e))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def multi_talk(per_speaker: dict[str, list[Interval]]) -> list[Interval]:
    """Times in which at least two speakers talk."""
    events = sorted((t, d) for ivs in per_speaker.values() for s, e in ivs for t, d in ((s, 1), (e, -1)))
    out, active, start = [], 0, 0.0
    for t, d in events:  # at equal times ends sort first, so touching turns are not overtalk
        prev, active = active, active + d
        if prev < 2 <= active:
            start = t
        elif active < 2 <= prev and t > start:
            out.append((start, t))
    return union(out)


# -- metrics ----------------------------------------------------------------------------------------------------

def _role(roles: dict[str, str], speaker: str | None) -> str:
    r = roles.get(speaker or "", "unknown")
    return r if r in ROLE_ORDER else "unknown"


def interruptions(turns: Sequence[Turn], window_s: float = 2.0) -> list[tuple[Turn, Turn]]:
    """(interrupter's turn, interrupted turn) pairs, by the definition in the module docstring.

    Each speaker's turns are merged first, so a speaker's own back-to-back segments never count.
    """
    merged = [Turn(spk, s, e) for spk in sorted({t.speaker for t in turns})
              for s, e in union((t.start_s, t.end_s) for t in turns if t.speaker == spk)]
    merged.sort(key=lambda t: (t.start_s, t.end_s))
    out = []
    for a in merged:
        for b in merged:
            if b.speaker == a.speaker:
                continue
            if b.start_s < a.start_s < b.end_s and b.end_s - a.start_s <= window_s and a.end_s > b.end_s:
                out.append((a, b))
                break
    return out


def interruption_matrix(turns: Sequence[Turn], roles: dict[str, str] | None = None,
                        window_s: float = 2.0) -> dict[str, dict[str, int]]:
    """Who interrupted whom: ``{interrupter: {interrupted: count}}`` by role (by speaker when ``roles`` is None)."""
    out: dict[str, dict[str, int]] = {}
    for a, b in interruptions(turns, window_s):
        who = a.speaker if roles is None else _role(roles, a.speaker)
        whom = b.speaker if roles is None else _role(roles, b.speaker)
        out.setdefault(who, {}).setdefault(whom, 0)
        out[who][whom] += 1
    return out


def count_turns(role_talk: dict[str, list[Interval]], pause_s: float = 1.0) -> dict[str, int]:
    """Floor-holding turns per role (see the module docstring)."""
    starts = sorted((s, r) for r, ivs in role_talk.items() for s, _ in ivs)
    counts = {r: 0 for r in role_talk}
    for r, ivs in role_talk.items():
        prev_end = None
        for s, e in ivs:
            other_started = prev_end is not None and any(
                r2 != r and prev_end <= s2 < s for s2, r2 in starts)
            if prev_end is None or other_started or s - prev_end >= pause_s:
                counts[r] += 1
            prev_end = e
    return counts


def compute_metrics(turns: list[Turn], words: list[Word], roles: dict[str, str], duration_s: float,
                    window_s: float = 2.0, pause_s: float = 1.0) -> list[RoleMetrics]:
    """RoleMetrics for each role present (in ``roles`` or among the turns' speakers), then "all"."""
    duration_s = max(float(duration_s), max((t.end_s for t in turns), default=0.0))
    turn_talk = {s: union((t.start_s, t.end_s) for t in turns if t.speaker == s) for s in {t.speaker for t in turns}}
    words, extra = said_words(turn_talk, words)
    speakers = sorted(set(turn_talk) | set(roles) | set(extra))
    per_speaker = {s: union(turn_talk.get(s, []) + extra.get(s, [])) for s in speakers}
    present = [r for r in ROLE_ORDER if any(_role(roles, s) == r for s in speakers)]
    role_talk = {r: union(iv for s in speakers if _role(roles, s) == r for iv in per_speaker[s]) for r in present}
    talk_all = union(iv for ivs in per_speaker.values() for iv in ivs)
    overlap = multi_talk(per_speaker)
    silence = max(duration_s - total(talk_all), 0.0)
    gaps = [b[0] - a[1] for a, b in zip(talk_all, talk_all[1:])]
    longest = max(gaps, default=0.0)
    sum_talk = sum(total(v) for v in role_talk.values())
    inter = interruptions(turns, window_s)
    n_turns = count_turns(role_talk, pause_s)
    first_resp = _first_response(role_talk)

    rows = []
    for r in present:
        talk = total(role_talk[r])
        n_words = sum(1 for w in words if _role(roles, w.speaker) == r)
        rows.append(RoleMetrics(
            role=r, talk_s=_r(talk), talk_ratio=_r(talk / sum_talk if sum_talk else 0.0), silence_s=_r(silence),
            longest_silence_s=_r(longest), overtalk_s=_r(total(intersect(role_talk[r], overlap))),
            interruptions=sum(1 for a, _ in inter if _role(roles, a.speaker) == r), turns=n_turns[r],
            words=n_words, wpm=_r(n_words / (talk / 60) if talk > 0 else 0.0),
            first_response_s=first_resp if r == "agent" else None))
    talk = total(talk_all)
    rows.append(RoleMetrics(
        role="all", talk_s=_r(talk), talk_ratio=_r(talk / duration_s if duration_s > 0 else 0.0),
        silence_s=_r(silence), longest_silence_s=_r(longest), overtalk_s=_r(total(overlap)),
        interruptions=len(inter), turns=sum(n_turns.values()), words=len(words),
        wpm=_r(len(words) / (talk / 60) if talk > 0 else 0.0), first_response_s=None))
    return rows


def said_words(turn_talk: dict[str, list[Interval]], words: Sequence[Word]
               ) -> tuple[list[Word], dict[str, list[Interval]]]:
    """(the words counted for their speaker, extra talk per speaker from words inside no turn); see the docstring.
    ``turn_talk``: each speaker's merged turns (``union``)."""
    starts = {s: [a for a, _ in v] for s, v in turn_talk.items()}

    def overlaps(speaker: str, w: Word) -> bool:
        ivs = turn_talk.get(speaker, [])
        i = bisect.bisect_right(starts.get(speaker, []), w.end_s) - 1
        # the interval starting at or before the word's end; a zero-length word counts when it lies inside
        return i >= 0 and ivs[i][1] >= w.start_s and (ivs[i][1] > w.start_s or w.end_s <= w.start_s)

    kept: list[Word] = []
    extra: dict[str, list[Interval]] = {}
    for w in words:
        spk = w.speaker or ""
        if overlaps(spk, w):
            kept.append(w)
        elif not any(overlaps(s, w) for s in turn_talk if s != spk):
            kept.append(w)
            end = min(w.end_s, w.start_s + MAX_WORD_S)
            if end > w.start_s:
                extra.setdefault(spk, []).append((w.start_s, end))
    return kept, extra


def _first_response(role_talk: dict[str, list[Interval]]) -> float | None:
    cust, agent = role_talk.get("customer"), role_talk.get("agent")
    if not cust or not agent:
        return None
    c0 = cust[0][0]
    after = [s for s, _ in agent if s > c0]
    return _r(after[0] - c0) if after else None


def _r(x: float) -> float:
    return round(float(x), 3)
