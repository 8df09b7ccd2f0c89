"""Word and utterance speaker assignment from turns."""

from __future__ import annotations

from voc.records import Transcript, Turn, Utterance, Word
from voc.speakers.align import assign_speakers, majority_speaker


def W(s, e, text, ch=0):
    return Word(s, e, text, 0.9, ch)


def T(utts):
    return Transcript("c", "en", 1.0, utts, "m")


def test_max_overlap_and_nearest_turn():
    turns = [Turn("S0", 0.0, 2.0), Turn("S1", 1.8, 4.0), Turn("S0", 6.0, 8.0)]
    words = [W(0.1, 0.5, " a"),   # only S0
             W(1.7, 2.3, " b"),   # S0 0.2 s, S1 0.5 s → S1
             W(4.5, 4.8, " c"),   # in no turn: S1 ends 0.5 s before, S0 starts 1.2 s after → S1
             W(5.5, 5.8, " d"),   # in no turn: nearer the S0 turn at 6.0
             W(9.0, 9.5, " e")]   # after every turn → the last one's speaker
    out = assign_speakers(T([Utterance(0, 0, 0.1, 9.5, "a b c d e", words)]), turns)
    got = [(w.word.strip(), w.speaker) for u in out.utterances for w in u.words]
    assert got == [("a", "S0"), ("b", "S1"), ("c", "S1"), ("d", "S0"), ("e", "S0")]
    assert all(w.speaker for u in out.utterances for w in u.words)


def test_utterance_split_when_speaker_changes_and_reindexed():
    turns = [Turn("S0", 0, 3), Turn("S1", 3, 6), Turn("S0", 6.5, 9)]
    u0 = Utterance(0, 0, 0.0, 5.9, "Hello there. Hi, I have a problem.",
                   [W(0.0, 0.5, " Hello"), W(0.6, 1.0, " there."), W(3.2, 3.5, " Hi,"), W(3.6, 3.8, " I"),
                    W(3.9, 4.2, " have"), W(4.3, 4.4, " a"), W(4.5, 5.9, " problem.")])
    u1 = Utterance(1, 0, 6.6, 7.5, "Let me check.", [W(6.6, 6.9, " Let"), W(7.0, 7.2, " me"), W(7.2, 7.5, " check.")])
    original = T([u0, u1])
    out = assign_speakers(original, turns)
    assert [(u.idx, u.speaker, u.text) for u in out.utterances] == [
        (0, "S0", "Hello there."), (1, "S1", "Hi, I have a problem."), (2, "S0", "Let me check.")]
    assert out.utterances[0].start_s == 0.0 and out.utterances[0].end_s == 1.0
    assert out.utterances[1].start_s == 3.2 and out.utterances[1].end_s == 5.9
    assert original.utterances[0].speaker is None and original.utterances[0].words[0].speaker is None  # not mutated


def test_stereo_speaker_is_the_channel():
    turns = [Turn("ch0", 0, 2), Turn("ch1", 1, 3)]
    utts = [Utterance(0, 1, 0.0, 1.0, "bleed-looking", [W(0.0, 1.0, " x", ch=1)]),
            Utterance(1, 0, 0.5, 2.0, "agent", [W(0.5, 2.0, " y", ch=0)])]
    out = assign_speakers(T(utts), turns)
    assert [(u.channel, u.speaker, [w.speaker for w in u.words]) for u in out.utterances] == [
        (1, "ch1", ["ch1"]), (0, "ch0", ["ch0"])]


def test_no_turns_and_no_words():
    out = assign_speakers(T([Utterance(0, 0, 0, 1, "hm", [W(0, 1, " hm")]), Utterance(1, 0, 2, 3, "no words")]), [])
    assert [u.speaker for u in out.utterances] == ["S0", "S0"]
    out = assign_speakers(T([Utterance(0, 0, 2.0, 3.0, "no words")]), [Turn("S1", 0, 1), Turn("S0", 2.5, 4)])
    assert out.utterances[0].speaker == "S0"


def test_majority_speaker_by_duration():
    ws = [Word(0, 1, "a", 1, 0, "S0"), Word(1, 1.2, "b", 1, 0, "S1"), Word(1.2, 1.4, "c", 1, 0, "S1")]
    assert majority_speaker(ws) == "S0"
    assert majority_speaker([]) is None


def test_split_utterance_text_keeps_spaces_between_words():
    """voc stores words stripped ("ask", "not"): a split must not glue them into "asknot"."""
    from voc.records import Transcript, Turn, Utterance, Word
    from voc.speakers.align import assign_speakers

    words = [Word(0.0, 0.4, "ask", 0.9), Word(0.5, 0.9, "not", 0.9), Word(2.0, 2.4, "what", 0.9),
             Word(2.5, 2.9, "your", 0.9)]
    t = Transcript("c", "en", 1.0, [Utterance(0, 0, 0.0, 2.9, "ask not what your", words)], "m")
    out = assign_speakers(t, [Turn("S0", 0.0, 1.0), Turn("S1", 1.9, 3.0)])
    assert [(u.speaker, u.text) for u in out.utterances] == [("S0", "ask not"), ("S1", "what your")]
