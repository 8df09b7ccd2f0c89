"""Call briefs: reason, actions, outcome, next steps and their evidence (pure rules, fast)."""

from __future__ import annotations

import pytest

from voc.analyze.briefs import OUTCOMES, brief, readability, tidy
from voc.records import Utterance

ROLES = {"A": "agent", "C": "customer"}


def call(*turns: tuple[str, str]) -> list[Utterance]:
    out, t = [], 0.0
    for i, (spk, text) in enumerate(turns):
        out.append(Utterance(i, 0, t, t + 3.0, text, speaker=spk))
        t += 3.5
    return out


def test_reason_is_the_customers_need_not_the_greeting():
    b = brief(call(("A", "Thank you for calling, how can I help you?"),
                   ("C", "Hi, good morning."),
                   ("C", "I'd like to withdraw money from my savings to my bank account."),
                   ("A", "Sure, let me check your account first."),
                   ("A", "I've sent the transfer, it will arrive within two business days."),
                   ("C", "Great, thank you so much.")), ROLES)
    assert b.reason == "I'd like to withdraw money from my savings to my bank account."
    assert "let me check" in b.actions.lower() or "i've sent" in b.actions.lower()
    assert b.evidence["reason"] == [{"utt_idx": 2, "start_s": 7.0, "end_s": 10.0}]
    assert b.outcome in OUTCOMES


def test_follow_up_when_the_agent_promises_a_call_back():
    b = brief(call(("A", "How can I help you today?"),
                   ("C", "My card was declined at the shop and I need it working today."),
                   ("A", "I'm sorry, I can't unblock it from here."),
                   ("A", "I've escalated this and a specialist will call you back within two hours."),
                   ("C", "Okay, I'll wait for your call then.")), ROLES)
    assert b.outcome == "follow_up"
    assert b.next_steps.startswith("Agent: ")
    assert "call you back" in b.next_steps
    assert b.evidence["outcome"][0]["utt_idx"] == 3


def test_transferred_but_not_a_money_transfer():
    moved = brief(call(("A", "Hello, how can I help?"),
                       ("C", "I want to change the address on my insurance policy."),
                       ("A", "That is handled by our policy team, I'll transfer you to them now.")), ROLES)
    assert moved.outcome == "transferred"
    money = brief(call(("A", "Hello, how can I help?"),
                       ("C", "I want to transfer money to my sister's account."),
                       ("A", "I've set up the transfer to your sister, it's all done."),
                       ("C", "Perfect, thanks for your help.")), ROLES)
    assert money.outcome == "resolved"


def test_unresolved_when_the_agent_cannot_and_nothing_is_done_after():
    b = brief(call(("A", "Good afternoon, reservations."),
                   ("C", "I'd like a double room for this Saturday night."),
                   ("A", "I'm afraid we are fully booked this weekend."),
                   ("C", "Oh, what a pity. Thank you anyway.")), ROLES)
    assert b.outcome == "unresolved"


def test_unknown_when_too_little_is_said():
    assert brief(call(("A", "Hello?"), ("C", "Hi.")), ROLES).outcome == "unknown"
    assert brief([], {}).reason == ""


def test_roles_guessed_when_the_speakers_stage_named_none():
    b = brief(call(("A", "Good morning, how may I help you, sir?"),
                   ("C", "I need to return a jacket that is the wrong size."),
                   ("A", "Of course, I can exchange it for a larger one right away.")), {})
    assert b.reason == "I need to return a jacket that is the wrong size."
    assert b.evidence["roles"].startswith("roles guessed")


@pytest.mark.parametrize("raw, clean", [
    ("um I I I want to uh cancel my my order", "I want to cancel my order"),
    ("so the the thing is, you know, it broke", "So the thing is, it broke"),
])
def test_tidy_removes_filler_and_repetition(raw, clean):
    assert tidy(raw) == clean


def test_readability_prefers_clean_sentences():
    good = readability("I was charged twice for the same order last week.")
    assert good > 0.8
    assert readability("[PERSON] [PHONE] yes [PERSON]") < 0.4
    assert readability("uh uh uh yeah yeah yeah yeah okay okay") < good
    assert readability("Yes.") == 0.0


def test_roles_set_the_wrong_way_round_are_swapped_for_the_brief():
    swapped = {"A": "customer", "C": "agent"}   # e.g. a channel map with the agent channel wrong
    b = brief(call(("C", "Hello, I'm looking for a train to Cambridge on Saturday."),
                   ("A", "Yes, how can I help you?"),
                   ("A", "Could you tell me your departure time?"),
                   ("C", "After eight, and I want to make a booking for eight people."),
                   ("A", "Here is the train, your reservation is confirmed."),
                   ("C", "Thank you very much.")), swapped)
    assert b.reason == "I'm looking for a train to Cambridge on Saturday."
    assert "reservation is confirmed" in b.actions
    assert b.evidence["roles"].startswith("roles swapped")
