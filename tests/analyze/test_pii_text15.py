"""Names after held-out 15 (and held-out 14's leftovers): a name given when asked who will pick something up or be
somewhere ("Who's collecting her on Saturday?" / "Um, Tsegaye Bekele."), a name set off after a crew or visit role
("the crew lead, Cash, said ..."), a name something is under ("the booking's under ..."), a surname said first
("It's Abernathy-Quist, Laura.")."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts


@pytest.mark.parametrize("question", [
    "Who's collecting her on Saturday?",
    "And who will be picking up the order?",
    "Who's going to be at the house to let the installers in?",
    "Who is dropping him off tomorrow?",
])
def test_who_will_pick_up_or_be_there_asks_for_a_name(redactor, question):
    out = texts(redactor, ("agent", question), ("customer", "Oh, um, Tsegaye Bekele."), ("agent", "Okay."))
    assert "Tsegaye" not in out[1] and "Bekele" not in out[1]


def test_other_who_questions_ask_for_no_name(redactor):
    out = texts(redactor, ("agent", "Who's going to be at fault here, do you think?"),
                ("customer", "Honestly, Comcast."), ("agent", "Okay."))
    assert "Comcast" in out[1]


@pytest.mark.parametrize("said, name", [
    ("The crew lead, Cash, said he'd note the scratch.", "Cash"),
    ("The driver, Obinna, said he'd be late.", "Obinna"),
    ("Our groomer, Kayla, said she was fine with it.", "Kayla"),
])
def test_a_name_set_off_after_a_crew_or_visit_role(redactor, said, name):
    assert name in persons(redactor, said)


def test_roles_without_a_name(redactor):
    assert persons(redactor, "The lead singer was great, ask the driver, he knows.") == []


@pytest.mark.parametrize("said, name", [
    ("The booking's under Wiremu Tane.", "Wiremu Tane"),
    ("It's Abernathy-Quist, Laura.", "Abernathy-Quist, Laura"),
    ("I'm Jonah's dad, Piotr Wasik.", "Piotr Wasik"),
])
def test_names_something_is_under_or_said_surname_first(redactor, said, name):
    assert name in persons(redactor, said), persons(redactor, said)


def test_a_department_before_a_name_is_no_surname(redactor):
    assert persons(redactor, "It's Billing, Laura.") == ["Laura"]


@pytest.mark.parametrize("said", [
    "It's about nine hundred miles, Denver to Austin.",
    "We drove from Charlotte to Madison last week.",
])
def test_a_town_said_as_a_place_is_no_person(redactor, said):
    assert persons(redactor, said) == []


@pytest.mark.parametrize("said, name", [
    ("Can you ask Austin to call me back?", "Austin"),
    ("I told Denver the fee was waived.", "Denver"),
    ("My colleague Madison said it was fine.", "Madison"),
])
def test_a_person_named_like_a_town_is_still_a_person(redactor, said, name):
    assert name in persons(redactor, said)
