"""PII rules added after held-out set 4 (issue 15): places of business whose names hold name-like words are not
persons, "spell the word ..." asks for no name and only letters/name-like words answer a spelling question, a
name word repeated in lower case is kept when it is an everyday word, written e-mails with stray spaces."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii import Redactor
from voc.analyze.pii_dialogue import question_types
from voc.analyze.pii_person import common_word
from voc.settings import Settings


def test_common_word_tells_dictionary_words_from_names():
    assert common_word("Dairy") and common_word("check") and common_word("Corral")
    assert not common_word("Grace") and not common_word("Smith") and not common_word("Raghunathan")
    assert not common_word("Queen")  # a census first name: the word next to it decides


# none of these businesses is in the built-in keep list: the rule, not a list, keeps them
@pytest.mark.parametrize("text", [
    "Is Dairy Queen near the hotel?",
    "Dairy Queen charged me twice.",
    "There's a charge from Dairy Queen at the airport.",
    "Is Golden Corral open on Sundays?",
    "I had lunch at Burger King.",
    "We stayed at Best Western.",
])
def test_places_of_business_with_name_like_words_are_not_persons(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text,name", [
    ("Your colleague Grace Kim said it was fixed.", "Grace Kim"),
    ("I spoke to Obi Okafor yesterday.", "Obi Okafor"),        # spaCy says ORG; "obi" is in the dictionary
    ("It would be Xavier Dubois.", "Xavier Dubois"),           # spaCy says ORG; census first name + surname
    ("I spoke with Priya Raghunathan about this.", "Priya Raghunathan"),
    ("My sister Anna works at Dairy Queen.", "Anna"),
])
def test_people_next_to_business_rules_are_still_persons(redactor, text, name):
    assert persons(redactor, text) == [name]


def test_spell_the_word_is_not_a_name_question():
    assert question_types("Tell me how to spell the word dessert") == []
    assert question_types("How do you spell your last name?") == ["person"]


def test_spelling_answer_takes_letters_and_names_not_everyday_words(redactor):
    out = texts(redactor,
                ("customer", "Tell me how to spell the word dessert"),
                ("agent", "Sure! let me check that."),
                ("agent", "Let me check the availability."))
    assert out[1:] == ["Sure! let me check that.", "Let me check the availability."]
    out = texts(redactor,
                ("agent", "Sorry, could you spell that out?"),
                ("customer", "Sure, Oyelaran, O-Y-E-L-A-R-A-N."))
    assert out[1].rstrip(".") == "Sure, [PERSON], [PERSON]"


def test_name_answer_stops_at_an_everyday_word(redactor):
    out = texts(redactor,
                ("agent", "Could I take your name?"),
                ("customer", "What day did i last change the oil"),
                ("customer", "Tell me if the shop takes reservations"))
    assert out[2] == "Tell me if the shop takes reservations"
    out = texts(redactor, ("agent", "Could I take your name?"), ("customer", "john smith."))
    assert out[1] == "[PERSON]."


def test_lower_case_repeat_of_a_name_word_is_kept_when_it_is_an_everyday_word(redactor):
    out = texts(redactor,
                ("agent", "May I have your full name?"),
                ("customer", "It's Hope Carrington."),
                ("customer", "I hope so, Carrington is on the lease."),
                ("agent", "Thanks, Hope."))
    assert out[1] == "It's [PERSON]."
    assert out[2] == "I hope so, [PERSON] is on the lease."
    assert out[3] == "Thanks, [PERSON]."


@pytest.mark.parametrize("email", [
    "ravi.shankar pillai@yahoo.com",
    "amara.okonkwo @gmail.com",
    "amara.okonkwo@ gmail.com",
    "amara okonkwo@gmail.com",
    "amaraokonkwo @ gmail.com",
    "amara_okonkwo@gmail .com",
    "a.okonkwo 42@yahoo.net",
])
def test_written_emails_with_stray_spaces_are_redacted_whole(redactor, email):
    for text in (f"Please send it to {email}.", f"Sure, it's {email}, thanks."):
        hits = [text[h.start:h.end] for h in redactor.find(text) if h.pii_type == "email"]
        assert any(email in h for h in hits), (text, hits)
        assert not any(h.lower().startswith(("to ", "it's", "sure")) for h in hits), hits


# -- fixed after held-out set 5's one run (so set 5 is a dev set for these) ---------------------------------

def test_strong_cue_inside_a_kept_name_takes_no_following_word(tmp_path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("competitors:\n  - id: sparky\n    name: Mister Sparky\n    aliases: [mister sparky]\n")
    r = Redactor(Settings.load(overrides={"analysis.lexicons": str(lex)}, env={}, cwd=tmp_path))
    assert persons(r, "Does Mister Sparky include that?") == []
    assert persons(r, "Thanks, Mister Okafor.") == ["Mister Okafor"]  # the title goes with the name


@pytest.mark.parametrize("text", [
    "The technician left to grab lunch at Bob Evans.",      # spaCy: PERSON; "at" makes it a place
    "My card got charged at Marie Callender's the same day.",
    "There's a Carl's Jr charge I don't know.",             # a possessive inside the capitalised words
])
def test_businesses_named_after_people_in_place_context_are_not_persons(redactor, text):
    assert persons(redactor, text) == []


def test_any_thing_number_or_id_question_opens_an_account_window_but_not_promo_codes():
    assert question_types("What's the job number on your invoice?") == ["account"]
    assert question_types("Can you read me the warranty ID from the sticker?") == ["account"]
    assert question_types("Can you confirm the promo code?") == []
    assert question_types("What is the number of people?") == []
    assert question_types("What name should I put the job under?") == ["person"]


def test_askers_acknowledgement_between_groups_keeps_the_window_open(redactor):
    out = texts(redactor,
                ("agent", "And the number you'd like the text updates sent to?"),
                ("customer", "That'd be seven one six"),
                ("agent", "Yep, I have that."),
                ("customer", "two ten"),
                ("agent", "Yep, I have that."),
                ("customer", "And then one four five nine"),
                ("agent", "one four five nine?"))
    assert out[1] == "That'd be [PHONE]" and out[3] == "[PHONE]"
    assert out[5] == "And then [PHONE]" and out[6] == "[PHONE]?"


def test_a_persons_possessive_before_a_brand_is_still_a_person(redactor):
    assert persons(redactor, "I think Michael's Amazon account was used.") == ["Michael"]


def test_an_id_said_in_groups_after_its_first_long_group_is_redacted_whole(redactor):
    """Real SpokenWOZ call: "my ID number is 1734, 1256, and 7299" left "7299"."""
    text = "So I want to make a booking for eight people, sure my ID number is 1734, 1256, and 7299."
    hits = [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]
    assert hits == [("account", "1734, 1256, and 7299")]
    other = "The order is 123456 and 42 items."  # a quantity after an id is not part of it
    assert [other[h.start:h.end] for h in redactor.find(other)] == ["123456"]


def test_a_clock_time_after_an_answer_is_not_part_of_it(redactor):
    out = texts(redactor,
                ("agent", "Can I have the card number, please?"),
                ("customer", "It's 4111 1111 1111 1111."),
                ("agent", "Thanks."),
                ("customer", "I have an appointment at eleven o'clock."))
    assert out[1] == "It's [CARD]." and out[3] == "I have an appointment at eleven o'clock."
