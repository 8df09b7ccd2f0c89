"""Text-aware crosstalk gate for stereo calls: drop speech only when it is the other channel's words.

A stereo call-centre recording leaks each speaker into the other channel (echo, crosstalk), and Whisper transcribes
the leak. A level test alone ("the other channel is much louder here") cannot tell a leak from a quiet speaker
answering over a loud line ("hi how are you" said softly while the customer's channel carries noise): it drops real
words. Here a level-suspect piece of speech is dropped only when the other channel carries **the same words at the
same time**: at least ``min_match`` of its words appear, in order, among the other channel's words within
``pad_s`` seconds of it.

- ``echo_match(words, start_s, end_s, other) -> float``: share of ``words`` found in order in ``other`` (timed words)
- ``restore_crosstalk(suspects, kept) -> (restored, dropped)``: suspects (utterances the level gate flagged) that
  are not an echo of another channel's kept utterances go back into the transcript
- ``is_echo_word(word, other_words)``: the word-level test used by ``stereo_turns``
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Sequence

from voc.records import Utterance, Word

_TOKEN = re.compile(r"[a-z0-9']+")
PAD_S = 0.5
MIN_MATCH = 0.5


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower().replace("\u2019", "'"))


def _timed_tokens(utts: Sequence[Utterance]) -> list[tuple[float, float, str]]:
    out: list[tuple[float, float, str]] = []
    for u in utts:
        if u.words:
            for w in u.words:
                out.extend((w.start_s, w.end_s, t) for t in tokens(w.word))
        else:  # no word timings: spread the text over the utterance
            toks = tokens(u.text)
            step = (u.end_s - u.start_s) / max(len(toks), 1)
            out.extend((u.start_s + i * step, u.start_s + (i + 1) * step, t) for i, t in enumerate(toks))
    out.sort()
    return out


def echo_match(words: Sequence[str], start_s: float, end_s: float, other: Sequence[tuple[float, float, str]],
               pad_s: float = PAD_S) -> float:
    """Share of ``words`` that appear, in order, among ``other``'s timed tokens overlapping [start-pad, end+pad]."""
    if not words:
        return 0.0
    near = [t for a, b, t in other if b >= start_s - pad_s and a <= end_s + pad_s]
    if not near:
        return 0.0
    sm = difflib.SequenceMatcher(a=list(words), b=near, autojunk=False)
    return sum(block.size for block in sm.get_matching_blocks()) / len(words)


def restore_crosstalk(suspects: Sequence[Utterance], kept: Sequence[Utterance], pad_s: float = PAD_S,
                      min_match: float = MIN_MATCH) -> tuple[list[Utterance], list[Utterance]]:
    """(restored, dropped): a suspect is dropped only when another channel's kept speech carries its words then."""
    by_channel: dict[int, list[Utterance]] = {}
    for u in kept:
        by_channel.setdefault(u.channel, []).append(u)
    timed = {c: _timed_tokens(us) for c, us in by_channel.items()}
    restored, dropped = [], []
    for s in suspects:
        words = tokens(" ".join(w.word for w in s.words) if s.words else s.text)
        other = [t for c, ts in timed.items() if c != s.channel for t in ts]
        other.sort()
        if echo_match(words, s.start_s, s.end_s, other, pad_s) >= min_match:
            dropped.append(s)
        else:
            restored.append(s)
    return restored, dropped


class WordIndex:
    """Timed tokens of one channel for fast "is this word said over there, then" queries."""

    def __init__(self, words: Sequence[Word]):
        self.items = sorted((w.start_s, w.end_s, t) for w in words for t in tokens(w.word))
        self.starts = [a for a, _, _ in self.items]

    def said_near(self, word: Word, pad_s: float = PAD_S) -> bool:
        toks = set(tokens(word.word))
        if not toks:
            return False
        lo = bisect.bisect_left(self.starts, word.start_s - pad_s - 5.0)
        hi = bisect.bisect_right(self.starts, word.end_s + pad_s)
        return any(t in toks and b >= word.start_s - pad_s for a, b, t in self.items[lo:hi])
