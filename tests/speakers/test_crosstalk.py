"""Text-aware crosstalk gate (stereo) and turn splitting: synthetic transcripts and audio."""

import numpy as np

from voc.records import Transcript, Turn, Utterance, Word
from voc.speakers.align import assign_speakers
from voc.speakers.crosstalk import echo_match, restore_crosstalk, tokens
from voc.speakers.diarize import stereo_turns


def _utt(ch: int, start: float, text: str, step: float = 0.4) -> Utterance:
    words = [Word(start + i * step, start + i * step + step * 0.8, w, 0.9, ch) for i, w in enumerate(text.split())]
    return Utterance(0, ch, start, words[-1].end_s, text, words)


def test_echo_needs_the_same_words_at_the_same_time():
    other = [(1.0, 1.3, "hi"), (1.4, 1.7, "how"), (1.8, 2.1, "are"), (2.2, 2.5, "you")]
    assert echo_match(tokens("hi how are you"), 1.0, 2.5, other) == 1.0
    assert echo_match(tokens("hi how are you"), 20.0, 21.5, other) == 0.0   # same words, other time
    assert echo_match(tokens("sure go ahead"), 1.0, 2.5, other) == 0.0      # same time, other words


def test_quiet_own_words_are_restored_and_echoes_dropped():
    customer = _utt(1, 0.0, "my internet keeps dropping every evening")
    agent_echo = _utt(0, 0.05, "my internet keeps dropping every evening")   # the customer leaking into ch0
    agent_quiet = _utt(0, 4.0, "hi how are you")                           # the agent, softly, over line noise
    restored, dropped = restore_crosstalk([agent_echo, agent_quiet], [customer])
    assert restored == [agent_quiet] and dropped == [agent_echo]


def test_stereo_turns_keep_quiet_words_the_other_channel_does_not_say():
    sr = 8000
    x = np.zeros((2, sr * 6), dtype=np.float32)
    rng = np.random.default_rng(0)
    x[1] = 0.3 * rng.normal(size=sr * 6)          # loud customer channel (speech and noise) all along
    x[0, : sr * 6] = 0.01 * rng.normal(size=sr * 6)  # quiet agent channel
    agent = _utt(0, 1.0, "sure you can go ahead")
    echo = _utt(0, 3.5, "thank you")
    customer = _utt(1, 3.5, "thank you")
    tr = Transcript("c", "en", 1.0, [agent, echo, customer], "m")
    turns = stereo_turns(tr, x, sr, gate_db=10.0)
    ch0 = [t for t in turns if t.speaker == "ch0"]
    assert len(ch0) == 1 and ch0[0].start_s == 1.0          # the agent's own words stay; the echo goes
    assert any(t.speaker == "ch1" for t in turns)


def test_utterance_split_where_the_other_speaker_takes_a_turn():
    agent = _utt(0, 0.0, "hello thanks for calling", step=0.3)   # Whisper merged two agent turns into one
    agent.words += [Word(5.0, 5.3, "sure", 0.9, 0), Word(5.4, 5.8, "thing", 0.9, 0)]
    agent.text += " sure thing"
    agent.end_s = 5.8
    customer = _utt(1, 2.0, "hi I need help")
    tr = Transcript("c", "en", 1.0, [agent, customer], "m")
    turns = [Turn("ch0", 0.0, 1.2), Turn("ch1", 2.0, 3.5), Turn("ch0", 5.0, 5.8)]
    out = assign_speakers(tr, turns)
    assert [(u.speaker, u.text) for u in out.utterances] == [
        ("ch0", "hello thanks for calling"), ("ch1", "hi I need help"), ("ch0", "sure thing")]
    assert [u.idx for u in out.utterances] == [0, 1, 2]


def test_backchannel_over_speech_does_not_split():
    agent = _utt(0, 0.0, "let me check that for you now", step=0.3)
    tr = Transcript("c", "en", 1.0, [agent, _utt(1, 0.65, "mhm")], "m")
    turns = [Turn("ch0", 0.0, 2.0), Turn("ch1", 0.65, 0.95)]   # starts while the agent is mid-word
    out = assign_speakers(tr, turns)
    assert sum(u.speaker == "ch0" for u in out.utterances) == 1
