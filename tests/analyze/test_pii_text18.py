"""Names after held-out 18 (own example sentences, not the set's): the answer to "who would you like as your
emergency contact / keyholder?" is a name; a name said before who the person is ("Marisol, our nanny"); a full
name set off by commas after a role word though its first word is an everyday word ("my coworker, Summer Lake,");
one such word set off after a trade ("the plumber, Brooks, said"); a full name doing something for the speaker
("Nadia Haddad told me ..."); a first name kept as a product after "I spoke with ... about it" (not a company one
phones, not "I asked Alexa to ..."); smart-home and lock brands are kept ("Philips Hue", "Schlage")."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts


@pytest.mark.parametrize("question, answer, name", [
    ("Who would you like as your emergency contact?", "Hmm, let me see, Ilse Vandermeer.", "Ilse Vandermeer"),
    ("Who do you want listed as the keyholder?", "That should be Kwame Asante.", "Kwame Asante"),
    ("Who is your emergency contact?", "Probably Joanna Wrobel.", "Joanna Wrobel"),
    ("Who should we put down as the second contact?", "Uh, Teodor Lind.", "Teodor Lind"),
])
def test_a_name_asked_for_a_role_is_redacted(redactor, question, answer, name):
    out = texts(redactor, ("agent", question), ("customer", answer))
    assert name not in out[1]


def test_a_role_question_about_a_business_takes_no_brand(redactor):
    out = texts(redactor, ("agent", "Who's your home insurer?"), ("customer", "It's Allstate."))
    assert out[1] == "It's Allstate."


@pytest.mark.parametrize("said, name", [
    ("Marisol, our nanny, has the code too.", "Marisol"),
    ("We have two keyholders, Tomasz, my brother-in-law, and Ilse, my neighbor.", "Ilse"),
    ("Kalani, my youngest, set it off by accident.", "Kalani"),
    ("My coworker from the plant, Summer Lake, is the backup.", "Summer Lake"),
    ("Our handyman, Brooks, said the battery was fine.", "Brooks"),
    ("The plumber, Haven, left the side door open.", "Haven"),
    ("Yesterday Nadia Haddad told me the sensor was fine.", "Nadia Haddad"),
    ("I'm the dog walker. Bongani Dube gave me the key last week.", "Bongani Dube"),
    ("Carmen Achterberg sent me the invoice.", "Carmen Achterberg"),
    ("I spoke with Alexa about this already.", "Alexa"),
    ("I talked to Mercedes yesterday, she said it was fixed.", "Mercedes"),
])
def test_new_name_cues(redactor, said, name):
    assert name in " ".join(persons(redactor, said))


@pytest.mark.parametrize("said", [
    "Anyway, my son has the spare key.",
    "Verizon, my carrier, dropped the call.",
    "My favorite restaurant, Olive Garden, is closed.",
    "My wife's bank, Wells Fargo, sent it.",
    "Best Buy told me to call you.",
    "Home Depot gave me a refund.",
    "Geek Squad told me it's broken.",
    "State Farm asked me about the alarm.",
    "Blue Cross told me to call you.",
    "Les Schwab told me the tires were fine.",
    "Sherwin Williams sent me a coupon.",
    "I asked Alexa to arm it.",
    "Can I use it with Alexa?",
    "I talked to Alexa and it armed the system.",
    "I talked to Chase about the card yesterday.",
    "Can I arm it with Philips Hue?",
    "The front door has a Schlage deadbolt and a Honeywell panel.",
])
def test_brands_devices_and_fillers_are_no_persons(redactor, said):
    assert persons(redactor, said) == []
