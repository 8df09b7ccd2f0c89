"""The built-in public-figures list (voc/analyze/data/public_figures.txt, issue 15 round 31): a famous name said with
no cue is kept, in frames no earlier rule knows; a caller with a famous name is still redacted where a name cue or
a frame of the call's own world says the name is a person in the call (introduced, kin, asked for, on the staff);
a famous name inside a longer name is the person's own; and the list never holds an ordinary private name by the
census rule."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii_person import PUBLIC_FIGURES, read_terms_file
from voc.analyze.wordlists import census


def figures() -> frozenset[str]:
    return read_terms_file(PUBLIC_FIGURES, "built-in public-figures list")


def test_the_list_holds_no_ordinary_private_name():
    """Two or more words a line, and no pair of a top-200 census first name with a top-1,000 census surname."""
    first = set(census("dist.male.first")[:200]) | set(census("dist.female.first")[:200])
    last = set(census("dist.all.last")[:1000])
    names = figures()
    assert len(names) > 3000
    assert all(len(n.split()) >= 2 for n in names)
    ordinary = [n for n in names if len(n.split()) == 2 and n.split()[0] in first and n.split()[1] in last]
    assert ordinary == []
    # the examples the file names as left out
    assert not {"alan jackson", "tom ford", "michael jackson", "will smith"} & names


@pytest.mark.parametrize("text", [
    "I saw Dolly Parton do a whole Christmas setup like that.",
    "The ring is Neil Lane, so we need it insured.",
    "The place looks like something Joanna Gaines put together.",
    "My dad watches Bob Vila and now he wants to redo the gazebo.",
    "Honestly my uncle sounds just like Morgan Freeman on the phone.",
])
def test_a_famous_name_said_in_passing_is_kept(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("My name is Garth Brooks and I'm calling about the deposit.", "Garth Brooks"),
    ("Hi, this is Garth Brooks, I booked the lawn for June.", "Garth Brooks"),
    ("The reservation is under Garth Brooks.", "Garth Brooks"),
])
def test_a_caller_with_a_famous_name_is_still_redacted_after_a_name_cue(redactor, text, name):
    assert name in " ".join(persons(redactor, text))


def test_a_famous_name_given_as_the_answer_to_a_name_question_is_redacted(redactor):
    out = texts(redactor, ("agent", "Can I get the name on the account?"), ("customer", "Yeah, it's Garth Brooks."))
    assert "Garth Brooks" not in out[1] and "Hart" not in out[1]


@pytest.mark.parametrize("text", [
    "My husband, Garth Brooks, will sign the contract.",
    "My son Garth Brooks is the one on the lease.",
    "Can I speak to Garth Brooks, please?",
    "Garth Brooks from your billing team called me on Monday.",
    "I saw Garth Brooks at the front desk this morning.",
])
def test_a_famous_name_in_a_frame_of_the_calls_own_world_is_redacted(redactor, text):
    assert "Garth Brooks" in " ".join(persons(redactor, text))


@pytest.mark.parametrize(("text", "name"), [
    ("Hi there, I'm Ravi Shankar Iyer, I'm calling about the invoice.", "Ravi Shankar Iyer"),
    ("My cousin Dolly Parton Reyes is picking up the keys.", "Dolly Parton Reyes"),
])
def test_a_famous_name_inside_a_longer_name_is_the_persons_own(redactor, text, name):
    assert persons(redactor, text) == [name]


@pytest.mark.parametrize("text", [
    "The shuttle stops at Cesar Chavez Elementary first.",
    "Tickets for Garth Brooks Friday night are sold out.",
])
def test_a_famous_name_before_a_place_or_a_day_stays_kept(redactor, text):
    assert persons(redactor, text) == []
