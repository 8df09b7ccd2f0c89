"""Businesses named after people, kept by their context, not by a list (issue 15, ``voc.analyze.pii_business``):
none of the names below is in the built-in keep list or the test lexicon, and each sentence is checked against a
person in the same frame. Phrased differently from the evaluation sets' lines."""

from __future__ import annotations

import pytest
from pii_turns import persons

from voc.analyze.pii_person import builtin_keep

BUSINESSES = ["Gary Whitfield", "Dorothy Lane", "Wallace Murdock", "Sherman Abbott", "Nolan Prescott"]


def test_the_names_used_here_are_not_in_the_builtin_keep_list():
    assert not {n.lower() for n in BUSINESSES} & builtin_keep()


@pytest.mark.parametrize("text", [
    "We ended up at the Gary Whitfield Inn for two nights.",       # head noun: Inn
    "The Dorothy Lane Market on Fifth has it cheaper.",            # head noun after a determiner
    "Wallace Murdock Plumbing never came back.",                   # head noun, sentence start
    "There was a Wallace Murdock charge on my statement.",         # determiner + noun modifier
    "The Nolan Prescott down the street had it in stock.",         # place after it
    "Nolan Prescott next door lost power too.",
    "I got an estimate from Sherman Abbott last week.",            # business frame
    "Our coverage is through Sherman Abbott.",
    "My old insurer was Nolan Prescott.",
    "I switched to Gary Whitfield in March.",
    "I'm moving my savings away from Gary Whitfield.",
    "My claim went through Wallace and Wallace last year.",        # the same word twice
    "I shop at Target, not Sherman Abbott.",                       # contrast with a kept brand
    "My policy is with Gary Whitfield, not Dorothy Lane.",         # contrast with a business by frame
    "I saw the same offer at Target and Wallace Murdock.",         # "at" takes both sides of "and"
])
def test_businesses_named_after_people_are_kept_by_context(redactor, text):
    assert persons(redactor, text) == [], text


@pytest.mark.parametrize("text,name", [
    ("I spoke with Gary Whitfield yesterday about the bill.", "Gary Whitfield"),
    ("Your colleague Nolan said it was fixed.", "Nolan"),
    ("I sent the money to Sherman Abbott.", "Sherman Abbott"),
    ("My doctor is Dorothy Lane.", "Dorothy Lane"),
    ("Please thank Wallace Murdock for me.", "Wallace Murdock"),
    ("We stopped at Target and Gary Whitfield called me.", "Gary Whitfield"),  # a verb follows: a person
    ("It's under Nolan Prescott account, I think.", "Nolan Prescott"),  # ASR dropped the "'s"
    ("My neighbor Gary Whitfield next door has the same outage.", "Gary Whitfield"),  # a role word first
    ("A guy named Sherman Abbott down the street fixed it.", "Sherman Abbott"),
])
def test_people_in_the_same_frames_are_still_persons(redactor, text, name):
    assert name in " ".join(persons(redactor, text)), (text, persons(redactor, text))


@pytest.mark.parametrize("text", ["It's 4410 Cedar Court, Madison, 53704.", "Yes, 18 Birch Lane, Franklin.",
                                  "The new address is 77 Oak Drive, Austin, Texas."])
def test_a_city_in_an_address_is_not_a_person(redactor, text):
    assert persons(redactor, text) == [], text


def test_a_name_after_an_address_without_a_street_is_still_a_person(redactor):
    assert persons(redactor, "Thanks, Madison, that helps.") == ["Madison"]
