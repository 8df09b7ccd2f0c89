"""Names and addresses after held-out 16 (own example sentences, not the set's): a name as the subject of what is
said only of people ("... was born", "... just turned"), a name something is under ("it's under ..."), a name to
write down ("put down ...", "that'd be ..."), time booked with someone ("a session with ..."), a name set off after
an in-law or coworker, a spelled name with "as in" words, who is asked for by a role ("who's the other adult on the
plan?"); brands named after people used as brands ("cheaper than ...", "sponsored by ...", "works like ...",
"match what ... charges", a program named "<Brand> BodyPump"-style); a city after a street address, a city before
a ZIP code."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts


@pytest.mark.parametrize("said, name", [
    ("Ngozi was born in twenty eleven, so she's a minor.", "Ngozi"),
    ("Well, Tevita passed away in the spring.", "Tevita"),
    ("Kofi is twelve years old now.", "Kofi"),
    ("Dariusz just turned sixteen.", "Dariusz"),
])
def test_a_name_as_subject_of_what_is_said_of_people(redactor, said, name):
    assert name in " ".join(persons(redactor, said))


@pytest.mark.parametrize("said", [
    "The company was born in a garage.",
    "My mom was born in Ohio.",
    "Mom passed away last year.",
    "The warranty is twelve months old.",
])
def test_things_and_kin_born_are_no_names(redactor, said):
    assert persons(redactor, said) == []


@pytest.mark.parametrize("said, name", [
    ("The gym account? It's under Oluwaseun Adeyemi.", "Oluwaseun Adeyemi"),
    ("Put down Radu Ionescu as the second driver.", "Radu Ionescu"),
    ("That'd be Wojciech Nowak.", "Wojciech Nowak"),
    ("I had three lessons with Anand, but he moved away.", "Anand"),
    ("My brother-in-law is coming, Tamati Ngata, he needs a pass.", "Tamati Ngata"),
    ("My coworker is joining the plan too, Sione Latu.", "Sione Latu"),
])
def test_name_cues(redactor, said, name):
    assert name in " ".join(persons(redactor, said))


def test_a_role_asked_for_by_who_asks_for_a_name(redactor):
    out = texts(redactor, ("agent", "Who's the other adult on the household plan?"),
                ("customer", "Hmm, okay, Aliyu Bello."), ("agent", "Thanks."))
    assert "Aliyu" not in out[1] and "Bello" not in out[1]


@pytest.mark.parametrize("said", [
    "It's K as in kilo, O, W, A, L, S as in Sam, K, I.",
    "M for Mary, U, R, P, H, Y.",
])
def test_spelled_name_with_as_in_words(redactor, said):
    found = " ".join(persons(redactor, said))
    assert "O, W, A, L" in found or "U, R, P, H" in found
    assert "kilo" in found or "Mary" in found


def test_words_are_no_spelled_names(redactor):
    assert persons(redactor, "I like a lot of it. A for effort, I think.") == []


@pytest.mark.parametrize("said, brand", [
    ("Is your club cheaper than Anytime Fitness or Tony Roma?", "Tony Roma"),
    ("The race is sponsored by Hoka or Brooks, I forget.", "Brooks"),
    ("Does the meal plan work like Jenny Craig?", "Jenny Craig"),
    ("Will you match what Gold's charges?", "Gold"),
    ("I only come for the Les Mills BodyAttack class.", "Les Mills"),
])
def test_brands_named_after_people_stay(redactor, said, brand):
    assert not any(brand in p or p in brand for p in persons(redactor, said))


def test_a_person_is_still_found_beside_a_brand(redactor):
    assert "Maria Lopez" in persons(redactor, "I spoke with Maria Lopez about the Les Mills BodyAttack class.")


@pytest.mark.parametrize("said, city", [
    ("We moved. The new place is 418 Alder Creek Road, Olathe.", "Olathe"),
    ("It's 77 Quarry Lane, Kalispell, MT.", "Kalispell"),
])
def test_city_after_a_street_address(redactor, said, city):
    assert texts(redactor, ("customer", said))[0].count(city) == 0


def test_city_before_a_zip_answer(redactor):
    out = texts(redactor, ("agent", "And what city and zip code?"), ("customer", "Kalispell, five nine nine oh one."),
                ("agent", "Okay."))
    assert "Kalispell" not in out[1] and "five nine" not in out[1]


def test_a_word_before_a_zip_is_no_city(redactor):
    out = texts(redactor, ("agent", "And the zip code?"), ("customer", "Sure, five nine nine oh one."),
                ("agent", "Okay."))
    assert out[1].startswith("Sure,")


def test_a_word_after_an_address_is_no_city(redactor):
    out = texts(redactor, ("customer", "It's 418 Alder Creek Road, right."))
    assert out[0].endswith(", right.")


@pytest.mark.parametrize("said", [
    "I booked a class with Zumba Gold.",
    "Denver was born as a mining town.",
    "That'd be Peak Plus.",
    "It's under Premium.",
    "That would be Netflix.",
])
def test_things_after_the_new_cues_are_no_names(redactor, said):
    assert persons(redactor, said) == []
