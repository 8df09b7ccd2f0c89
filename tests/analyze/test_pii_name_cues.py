"""Name cues added after held-out 7 (issue 15): a role noun before a name ("your colleague Chidi"), a name no list
knows after "spoke with / talked to", "who ..." questions that ask for a person, and "Last, First" answers. Each
with the everyday words and brands that must stay. Phrased differently from the evaluation sets' lines."""

from __future__ import annotations

import pytest
from pii_turns import make_settings, persons, texts

from voc.analyze.pii import Redactor
from voc.analyze.pii_dialogue import question_types
from voc.analyze.pii_person import name_lists


def test_the_names_used_here_are_in_no_census_list():
    first, last = name_lists()
    assert not {"tendai", "oluwaseun", "zbigniew", "kwabena"} & (first | last)


@pytest.mark.parametrize("text,name", [
    ("Your colleague Tendai promised a callback.", "Tendai"),
    ("I think the technician, Zbigniew, left early.", "Zbigniew"),
    ("My old neighbor Oluwaseun Adeyemi gets the same bill.", "Oluwaseun Adeyemi"),
    ("Yesterday I spoke with Kwabena and got nowhere.", "Kwabena"),
    ("I talked to Tendai twice last month.", "Tendai"),
])
def test_a_role_noun_or_talking_verb_before_an_unlisted_name(redactor, text, name):
    assert persons(redactor, text) == [name]


@pytest.mark.parametrize("text", [
    "The agent Chat window kept closing.",          # a dictionary word after the role noun
    "My neighbor Monday said the power was out.",   # a weekday
    "I spoke with Verizon and nothing changed.",    # a kept brand
    "I talked to Frontier twice.",                  # a dictionary word after a talking verb
    "Can I talk with an agent Wyndham gave us a discount.",  # "an agent" + the next sentence: no determiner cue
])
def test_role_and_talking_cues_keep_everyday_words_and_brands(redactor, text):
    assert persons(redactor, text) == [], text


def test_who_questions_that_ask_for_a_person_open_a_name_window():
    assert question_types("Who will be home for the visit?") == ["person"]
    assert question_types("And who's the policy holder?") == ["person"]
    assert question_types("Who is the prescription for?") == ["person"]
    assert question_types("Who is your current provider?") == []
    assert question_types("Who should I ask about the refund?") == []


def test_the_answer_to_a_who_question_is_redacted(redactor):
    out = texts(redactor, ("agent", "Who's the primary account holder?"), ("customer", "Right, Tendai Moyo."),
                ("agent", "Thanks, one moment."))
    assert "Tendai" not in out[1] and "Moyo" not in out[1] and out[2] == "Thanks, one moment.", out


def test_last_name_comma_first_name_answer_is_redacted_whole(redactor):
    out = texts(redactor, ("agent", "Who is the appointment for?"), ("customer", "Sure, Okonjo, Ada."))
    assert "Okonjo" not in out[1] and "Ada" not in out[1], out
    out = texts(redactor, ("agent", "What name is on the account?"), ("customer", "Smith, but the card is mine."))
    assert out[1].endswith(", but the card is mine."), out


def test_a_census_first_and_last_name_beats_the_builtin_brand_list_after_a_weak_cue(redactor):
    assert persons(redactor, "Hello, this is Hilton Pryce, I have a question.") == ["Hilton Pryce"]
    assert persons(redactor, "This is Chase Bank calling about your card.") == []   # a head noun: a business
    # a brand alone after a greeting is kept unless it is a first name: an agent greets with their own name
    # ("you're speaking with Hilton, how can I help?" is a person since the held-out 13 round)
    assert persons(redactor, "Good morning, you're speaking with Verizon, how can I help?") == []
    assert persons(redactor, "Good morning, you're speaking with Hilton, how can I help?") == ["Hilton"]


def test_the_rest_of_a_kept_name_is_not_a_person():
    r = Redactor(make_settings())
    assert persons(r, "I think it's Hilton Garden Inn.") == []
