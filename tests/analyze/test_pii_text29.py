"""PII rules added after held-out sets 35 and 36 (issue 15), each with sentences of our own (not the sets'): someone
famous named for how they look ("pictures of <Name> smiling", "teeth that look like <Name>'s", "I saw <Name> had
veneers, can I get that?"), an airport named after a person in a travel frame, a school named by its kind after the
name, a business's own role mailbox; and the names they missed: "<Last>, <First>. Last name first.", a relative's
whole name said alone after a sentence about them, a name as a document shows it."""

from __future__ import annotations

from pii_turns import persons, texts


def test_someone_famous_in_pictures_or_looked_like_is_no_person(redactor):
    assert persons(redactor, "My son keeps showing me photos of Zac Efron grinning.") == []
    assert persons(redactor, "She wants her smile to look like Zendaya Coleman's.") == []
    assert persons(redactor, "I saw Hailey Bieber had veneers, can I get that?") == []
    # ... also when the next turn of the same speaker is joined on
    assert persons(redactor, "He wants his hair to look like Zac Efron's. Is that a problem?") == []
    # ... a person in a person frame with the same words stays a person
    assert persons(redactor, "These are photos of my son Jake Miller smiling.") == ["Jake Miller"]
    assert persons(redactor, "My daughter Zendaya Coleman is the patient.") == ["Zendaya Coleman"]
    assert persons(redactor, "I saw Hailey Bieber at the front desk yesterday.") == ["Hailey Bieber"]


def test_an_airport_named_after_a_person_in_a_travel_frame_is_no_person(redactor):
    assert persons(redactor, "I usually fly out of Will Rogers on Fridays.") == []
    assert persons(redactor, "My bag missed the connection to Ronald Reagan.") == []
    assert persons(redactor, "We're flying from George Bush to Newark.") == []
    assert persons(redactor, "They're going from Heathrow to Will Rogers.") == []
    # ... a companion on the trip, or a name after a name cue, stays a person
    assert persons(redactor, "I'm flying with Maria Lopez next week.") == ["Maria Lopez"]
    assert persons(redactor, "My name is Will Rogers and I fly out of Tulsa.") == ["Will Rogers"]


def test_a_school_named_by_its_kind_is_no_person(redactor):
    assert persons(redactor, "He needs an excuse note for Jefferson High by Friday.") == []
    assert persons(redactor, "The nurse at Dolores Huerta Elementary called me.") == []
    assert persons(redactor, "My son Jefferson Cole goes to Dolores Huerta Elementary.") == ["Jefferson Cole"]


def test_a_business_role_mailbox_is_no_email(redactor):
    out = texts(redactor, ("agent", "You can also send them to billing at harbor vet clinic dot com, that's our "
                                    "billing inbox."))
    assert "billing at harbor vet clinic dot com" in out[0]
    out = texts(redactor, ("agent", "What's your email?"), ("customer", "It's tomas reyes at gmail dot com."))
    assert "tomas reyes" not in out[1]
    out = texts(redactor, ("customer", "Sure, my email is billing at yahoo dot com."))
    assert "billing at yahoo dot com" not in out[0]


def test_a_name_said_surname_first(redactor):
    assert persons(redactor, "Okonkwo, Adaeze. Last name first.") == ["Okonkwo, Adaeze"]
    assert persons(redactor, "It's Tran, Crystal, surname first.") == ["Tran, Crystal"]
    assert persons(redactor, "Monday, Friday. Last name first.") == []


def test_a_relatives_whole_name_said_alone(redactor):
    assert persons(redactor, "This is about my mother's policy, she died last spring. Rosalind Achterberg. She "
                             "had it for years.") == ["Rosalind Achterberg"]
    assert persons(redactor, "It's my father's card, he's in hospice now. Desmond Oyelaran. Mom has his wallet.") == [
        "Desmond Oyelaran"]
    assert persons(redactor, "My mom banked there for years. Wells Fargo. She liked it.") == []


def test_a_name_as_a_document_shows_it(redactor):
    assert persons(redactor, "My license says Farida Okonjo but the ticket says Farida Okonjo-Baptiste.") == [
        "Farida Okonjo", "Farida Okonjo-Baptiste"]
    assert persons(redactor, "The card says Gold Rewards on the front.") == []


def test_a_given_name_before_a_surname_said_again_joins_it(redactor):
    out = texts(redactor, ("agent", "Who was your vet before, so we can ask for the files?"),
                ("customer", "Oh, Wiremu Tawhiri."), ("agent", "Thank you."), ("agent", "I'll call Dr. Tawhiri today."))
    assert "Wiremu" not in out[1] and "Tawhiri" not in out[1]
    out = texts(redactor, ("customer", "Okay, Delta Tawhiri said so."), ("agent", "I'll call Dr. Tawhiri today."))
    assert "Delta" in out[0]
