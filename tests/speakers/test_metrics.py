"""Conversation metrics on hand-built timelines whose answers are worked out by hand."""

from __future__ import annotations

import pytest

from voc.analyze.conversation import compute_metrics, interruption_matrix
from voc.speakers.metrics import count_turns, intersect, multi_talk, union
from voc.records import Turn, Word

ROLES = {"A": "agent", "C": "customer"}


def by_role(rows):
    return {r.role: r for r in rows}


def words(speaker, start, end, n):
    step = (end - start) / n
    return [Word(start + i * step, start + (i + 1) * step, f" w{i}", 1.0, speaker=speaker) for i in range(n)]


def test_interval_algebra():
    assert union([(3, 4), (0, 1), (0.5, 2), (2, 2.5)]) == [(0, 2.5), (3, 4)]
    assert intersect([(0, 2), (3, 5)], [(1, 4)]) == [(1, 2), (3, 4)]
    assert multi_talk({"a": [(0, 3)], "b": [(2, 5)], "c": [(4, 6)]}) == [(2, 3), (4, 5)]
    assert multi_talk({"a": [(0, 2)], "b": [(2, 4)]}) == []  # touching is not overtalk


def test_clean_alternation():
    # agent 0-4, customer 5-10, agent 12-15, call 20 s long.
    turns = [Turn("A", 0, 4), Turn("C", 5, 10), Turn("A", 12, 15)]
    w = words("A", 0, 4, 10) + words("C", 5, 10, 15) + words("A", 12, 15, 5)
    m = by_role(compute_metrics(turns, w, ROLES, 20.0))
    assert list(m) == ["agent", "customer", "all"]
    assert m["agent"].talk_s == 7 and m["customer"].talk_s == 5 and m["all"].talk_s == 12
    assert m["agent"].talk_ratio == pytest.approx(7 / 12, abs=1e-3)
    assert m["customer"].talk_ratio == pytest.approx(5 / 12, abs=1e-3)
    assert m["all"].talk_ratio == pytest.approx(12 / 20)
    for r in m.values():
        assert r.silence_s == 8          # 1 + 2 between turns + 5 trailing
        assert r.longest_silence_s == 2  # 10 → 12; the trailing 5 s is not "inside" the conversation
        assert r.overtalk_s == 0 and r.interruptions == 0
    assert (m["agent"].turns, m["customer"].turns, m["all"].turns) == (2, 1, 3)
    assert (m["agent"].words, m["customer"].words, m["all"].words) == (15, 15, 30)
    assert m["agent"].wpm == pytest.approx(15 / (7 / 60), abs=1e-3)
    assert m["customer"].wpm == pytest.approx(15 / (5 / 60), abs=1e-3)
    assert m["agent"].first_response_s == 7  # customer starts at 5, next agent turn at 12
    assert m["customer"].first_response_s is None and m["all"].first_response_s is None


def test_interruption_overtalk_and_matrix():
    # Customer talks 0-10; agent cuts in at 9 and goes on to 14 (customer stops 1 s later): an interruption.
    # Customer backchannels 11-11.5 under the agent (the agent goes on): not an interruption, but overtalk.
    # Agent starts at 16 while the customer talks 15-20, and stops at 16.5 before them: not an interruption.
    turns = [Turn("C", 0, 10), Turn("A", 9, 14), Turn("C", 11, 11.5), Turn("C", 15, 20), Turn("A", 16, 16.5)]
    m = by_role(compute_metrics(turns, [], ROLES, 20.0))
    assert m["agent"].interruptions == 1 and m["customer"].interruptions == 0 and m["all"].interruptions == 1
    assert m["all"].overtalk_s == pytest.approx(1 + 0.5 + 0.5)
    assert m["agent"].overtalk_s == pytest.approx(2.0) and m["customer"].overtalk_s == pytest.approx(2.0)
    assert m["agent"].first_response_s == 9
    assert interruption_matrix(turns, ROLES) == {"agent": {"customer": 1}}
    assert interruption_matrix(turns) == {"A": {"C": 1}}
    # A longer tolerance makes the 16-16.5 attempt count only if the agent outlasts the customer: it does not.
    assert interruption_matrix(turns, ROLES, window_s=10) == {"agent": {"customer": 1}}


def test_interruption_window():
    turns = [Turn("C", 0, 10), Turn("A", 7, 14)]  # the customer goes on 3 s after the agent starts
    assert interruption_matrix(turns, ROLES, window_s=2.0) == {}
    assert interruption_matrix(turns, ROLES, window_s=3.5) == {"agent": {"customer": 1}}


def test_turn_counting_joins_short_pauses_of_one_speaker():
    # Agent 0-2, pause 0.4, 2.4-5 (same turn), customer 6-8, agent 8.5-9, pause 3 s, 12-13 (new turn).
    talk = {"agent": union([(0, 2), (2.4, 5), (8.5, 9), (12, 13)]), "customer": [(6, 8)]}
    assert count_turns(talk, pause_s=1.0) == {"agent": 3, "customer": 1}


def test_unknown_roles_and_speaker_missing_from_roles():
    turns = [Turn("S0", 0, 2), Turn("S1", 3, 4), Turn("S2", 5, 6)]
    m = by_role(compute_metrics(turns, words("S2", 5, 6, 2), {"S0": "unknown", "S1": "unknown"}, 6.0))
    assert list(m) == ["unknown", "all"]  # S2 is not in roles: counted as unknown
    assert m["unknown"].talk_s == 4 and m["unknown"].talk_ratio == 1.0 and m["unknown"].words == 2
    assert m["unknown"].first_response_s is None


def test_empty_call():
    m = by_role(compute_metrics([], [], {}, 30.0))
    assert list(m) == ["all"]
    a = m["all"]
    assert (a.talk_s, a.silence_s, a.longest_silence_s, a.wpm, a.turns, a.talk_ratio) == (0, 30, 0, 0, 0, 0)


def test_words_inside_only_another_speakers_turn_are_not_counted():
    # Stereo bleed: the customer channel carries 4 words of the agent's speech at 1-2 s, which stereo_turns left out
    # of the customer's turns; they are the agent's words, so the customer's count and pace ignore them.
    turns = [Turn("A", 0, 3), Turn("C", 4, 6)]
    w = words("A", 0, 3, 9) + words("C", 1, 2, 4) + words("C", 4, 6, 6)
    m = by_role(compute_metrics(turns, w, ROLES, 6.0))
    assert (m["agent"].words, m["customer"].words, m["all"].words) == (9, 6, 15)
    assert m["customer"].wpm == pytest.approx(6 / (2 / 60), abs=1e-3)
    assert m["customer"].talk_s == 2 and m["customer"].overtalk_s == 0


def test_words_inside_no_turn_count_and_add_their_talk():
    # The VAD missed the customer's "okay" at 7-7.5 s and a word Whisper stretched over 10-14 s: both are the
    # customer's speech; the stretched one adds at most MAX_WORD_S of talk.
    from voc.speakers.metrics import MAX_WORD_S

    turns = [Turn("A", 0, 3), Turn("C", 4, 6)]
    w = (words("A", 0, 3, 9) + words("C", 4, 6, 6) + [Word(7, 7.5, " okay", 1.0, speaker="C"),
                                                    Word(10, 14, " fine", 1.0, speaker="C")])
    m = by_role(compute_metrics(turns, w, ROLES, 20.0))
    assert m["customer"].words == 8 and m["all"].words == 17
    assert m["customer"].talk_s == pytest.approx(2 + 0.5 + MAX_WORD_S)
    assert m["all"].silence_s == pytest.approx(20 - 3 - 2 - 0.5 - MAX_WORD_S)
    assert m["customer"].wpm == pytest.approx(8 / ((2.5 + MAX_WORD_S) / 60), abs=1e-2)
