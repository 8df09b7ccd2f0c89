"""Give every word and utterance of a transcript its speaker.

- Mono (any speaker turns): a word goes to the speaker whose turns overlap it most; a word inside no turn goes to
  the speaker of the nearest turn (smallest gap to the word), so no word is left without a speaker. Without any
  turn at all (silence the diarizer could not score) every word goes to ``S0``.
- Stereo (turns named ``ch0``, ``ch1`` ...): a word's speaker is its channel, ``f"ch{channel}"``; an utterance is
  split where another speaker's turn starts in a pause between two of its words (``split_at_other_turns``).
- Utterances take the majority speaker of their words (by word duration). An utterance whose words change
  speaker is split at each change into several utterances; all utterances are then re-indexed in time order.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from voc.records import Transcript, Turn, Utterance, Word

DEFAULT_SPEAKER = "S0"


def is_channel_turns(turns: Sequence[Turn]) -> bool:
    """True when the turns name channels (``ch0``, ``ch1``): the stereo case."""
    return bool(turns) and all(t.speaker.startswith("ch") and t.speaker[2:].isdigit() for t in turns)


class _TurnIndex:
    """Turns sorted by start for overlap and nearest-turn queries."""

    def __init__(self, turns: Sequence[Turn]):
        self.turns = sorted(turns, key=lambda t: (t.start_s, t.end_s))
        self.starts = [t.start_s for t in self.turns]
        self.max_len = max((t.end_s - t.start_s for t in self.turns), default=0.0)

    def speaker_at(self, start: float, end: float) -> str:
        if not self.turns:
            return DEFAULT_SPEAKER
        overlap: dict[str, float] = {}
        lo = bisect.bisect_left(self.starts, start - self.max_len)
        hi = bisect.bisect_right(self.starts, end)
        for t in self.turns[lo:hi]:
            ov = min(end, t.end_s) - max(start, t.start_s)
            if ov > 0:
                overlap[t.speaker] = overlap.get(t.speaker, 0.0) + ov
        if overlap:
            return max(sorted(overlap), key=lambda s: overlap[s])
        if end <= start:  # a zero-length word: a turn that contains the instant wins
            for t in self.turns[lo:hi]:
                if t.start_s <= start <= t.end_s:
                    return t.speaker
        mid = (start + end) / 2

        def gap(t: Turn) -> float:
            return max(t.start_s - mid, mid - t.end_s, 0.0)

        return min(self.turns, key=lambda t: (gap(t), t.start_s)).speaker


def assign_speakers(transcript: Transcript, turns: list[Turn]) -> Transcript:
    """A new transcript in which every word and utterance has a speaker (see the module docstring)."""
    stereo = is_channel_turns(turns)
    index = _TurnIndex(turns)
    pieces: list[Utterance] = []
    other_starts = {s: sorted(t.start_s for t in turns if t.speaker != s) for s in {t.speaker for t in turns}}
    for utt in transcript.utterances:
        if stereo:
            spk = f"ch{utt.channel}"
            words = [_with_speaker(w, spk) for w in utt.words]
            pieces.extend(split_at_other_turns(utt, words, spk, other_starts.get(spk, index.starts)))
            continue
        if not utt.words:
            pieces.append(_copy(utt, utt.text, [], index.speaker_at(utt.start_s, utt.end_s), utt.start_s, utt.end_s))
            continue
        words = [_with_speaker(w, index.speaker_at(w.start_s, w.end_s)) for w in utt.words]
        pieces.extend(_split_on_speaker(utt, words))
    pieces.sort(key=lambda u: (u.start_s, u.channel, u.end_s))
    for i, u in enumerate(pieces):
        u.idx = i
    return Transcript(
        call_id=transcript.call_id, language=transcript.language, language_prob=transcript.language_prob,
        utterances=pieces, model=transcript.model, compute_type=transcript.compute_type, device=transcript.device,
        audio_s=transcript.audio_s, elapsed_s=transcript.elapsed_s)


def split_at_other_turns(utt: Utterance, words: list[Word], speaker: str, other_starts: Sequence[float],
                         tolerance_s: float = 0.1) -> list[Utterance]:
    """Stereo: ``utt`` cut between two of its words wherever another speaker's turn starts in the pause between
    them (that speaker took the floor), so the stored conversation reads in time order. A turn starting while
    this speaker is mid-word (overtalk, a backchannel over speech) does not cut."""
    if len(words) < 2 or not other_starts:
        return [_copy(utt, utt.text, words, speaker, utt.start_s, utt.end_s)]
    runs: list[list[Word]] = [[words[0]]]
    for prev, w in zip(words, words[1:]):
        i = bisect.bisect_left(other_starts, prev.end_s - tolerance_s)
        if i < len(other_starts) and other_starts[i] < w.start_s:
            runs.append([w])
        else:
            runs[-1].append(w)
    if len(runs) == 1:
        return [_copy(utt, utt.text, words, speaker, utt.start_s, utt.end_s)]
    return [_copy(utt, _join_words(run), run, speaker, utt.start_s if i == 0 else run[0].start_s,
                  utt.end_s if i == len(runs) - 1 else run[-1].end_s) for i, run in enumerate(runs)]


def majority_speaker(words: Sequence[Word]) -> str | None:
    """The speaker holding the most word time (ties: the earliest speaker to appear)."""
    total: dict[str, float] = {}
    for w in words:
        if w.speaker is not None:
            total[w.speaker] = total.get(w.speaker, 0.0) + max(w.end_s - w.start_s, 1e-3)
    if not total:
        return None
    order = {s: i for i, s in reversed(list(enumerate(w.speaker for w in words)))}
    return max(total, key=lambda s: (total[s], -order[s]))


def _split_on_speaker(utt: Utterance, words: list[Word]) -> list[Utterance]:
    runs: list[list[Word]] = []
    for w in words:
        if runs and runs[-1][-1].speaker == w.speaker:
            runs[-1].append(w)
        else:
            runs.append([w])
    if len(runs) == 1:
        return [_copy(utt, utt.text, words, words[0].speaker, utt.start_s, utt.end_s)]
    out = []
    for i, run in enumerate(runs):
        start = utt.start_s if i == 0 else run[0].start_s
        end = utt.end_s if i == len(runs) - 1 else run[-1].end_s
        out.append(_copy(utt, _join_words(run), run, run[0].speaker, start, end))
    return out


def _join_words(words: Sequence[Word]) -> str:
    """The text of a split utterance, rebuilt from its words (voc stores words without their leading space;
    raw Whisper words carry one, so either form works)."""
    return " ".join(w.word.strip() for w in words if w.word.strip())


def _with_speaker(w: Word, speaker: str) -> Word:
    return Word(w.start_s, w.end_s, w.word, w.prob, w.channel, speaker)


def _copy(u: Utterance, text: str, words: list[Word], speaker: str | None, start: float, end: float) -> Utterance:
    return Utterance(idx=u.idx, channel=u.channel, start_s=start, end_s=end, text=text, words=words,
                     speaker=speaker, lang=u.lang, avg_logprob=u.avg_logprob, no_speech_prob=u.no_speech_prob,
                     compression_ratio=u.compression_ratio)
