"""Names after held-out 17 (own example sentences, not the set's): whom a lawyer or agent acts for ("I represent
..."), who else is on something ("me and ..."), whose phone or e-mail it is ("<Name>'s cell is ..."); mortgage
agencies, servicers, brokerages and title companies named after people are brands (built-in keep list), also a
word of one said again in a call where a person of that first name spoke; "Mr. <Brand>" with a department is a
person; a surname said first, then the first name ("It's under <Last>, <First>.")."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts


@pytest.mark.parametrize("said, name", [
    ("I represent Tomasz Nowak in the divorce.", "Tomasz Nowak"),
    ("We're both on the account, me and Oksana.", "Oksana"),
    ("The house belongs to me and Oksana.", "Oksana"),
    ("My husband's on it too, Dmitri's cell is the better number.", "Dmitri"),
    ("Ines's email is the one on file.", "Ines"),
    ("Mr. Cooper from accounting called me.", "Cooper"),
    ("It's under Okafor, Chidi.", "Okafor, Chidi"),
    ("The account is under Smith, Mary.", "Smith, Mary"),
])
def test_new_name_cues(redactor, said, name):
    assert name in " ".join(persons(redactor, said))


@pytest.mark.parametrize("said", [
    "The mortgage got moved from Mr. Cooper in March.",
    "Mr. Cooper offered me a better rate, can you beat it?",
    "Keller Williams thinks the place would sell fast.",
    "Fannie Mae owns my loan, I think.",
    "Should I phone Freddie Mac directly?",
    "Our agent from Coldwell Banker wants a payoff letter.",
    "The refinance closed with Stewart Title.",
    "I represent Acme Holdings in this matter.",
    "I represent the estate.",
    "It was me and Dad at the closing.",
    "Me and Tuesday are the only options.",
    "Mom's cell is off.",
    "Verizon's phone is always busy.",
    "Monday's phone call was fine.",
    "It's under Verizon, Monday.",
])
def test_brands_and_kin_are_no_persons(redactor, said):
    assert persons(redactor, said) == []


def test_a_word_of_a_kept_brand_said_again_is_no_person(redactor):
    out = texts(redactor, ("agent", "Who else is on the policy?"), ("customer", "It's Liberty Okafor."),
                ("customer", "Should we go with Liberty Mutual or Allstate?"))
    assert "Liberty Okafor" not in out[1]
    assert "Liberty Mutual" in out[2]
