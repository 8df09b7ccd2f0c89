"""Names, brands, addresses and e-mails after held-out 22 (own example sentences, not the set's): a given name that
is also a word in the possessive before a birthday or a card being fetched; a form of address kept with the name;
whom a child goes home with; a nanny, teacher or the youngest set off by a comma; children named right after how
many there are; a nickname ("everyone calls him ..."); a double-barrelled surname closing a name answer; teaching
methods and kids' food brands kept; a town named with dictionary words after a street; more street suffixes; the
local part of an e-mail no domain follows; "spelled" is no name; a word name opening a sentence as the word."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii import Redactor


def _typed(r: Redactor, text: str, kind: str) -> list[str]:
    return [text[h.start:h.end] for h in r.find(text) if h.pii_type == kind]


@pytest.mark.parametrize("text, name", [
    ("Also for the twins, Willow's birthday is the third of June.", "Willow"),
    ("For the form, Ivy's date of birth is April 2.", "Ivy"),
    ("Hang on, let me grab Tobiah's card, okay, here it is.", "Tobiah"),
    ("I need to find Juniper's social security card in the drawer.", "Juniper"),
])
def test_a_word_name_in_the_possessive_before_a_detail_is_a_name(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text", [
    "Let me get Target's card out, it has the points.",
    "I saw it on Wendy's social media page.",
    "Christmas's birthday sale was a mess.",
])
def test_a_brand_or_holiday_in_the_possessive_is_no_person(redactor, text):
    assert persons(redactor, text) == []


def test_a_kept_name_with_a_birthday_is_the_person(redactor):
    assert "Annie" in persons(redactor, "And Annie's birthday is May third.")


@pytest.mark.parametrize("text, span", [
    ("He's in the Toucans class with Mr. Abernethy this year.", "Mr. Abernethy"),
    ("She has speech with Miss Tovah on Mondays.", "Miss Tovah"),
    ("The form came back from Dr. Okereke, the pediatrician.", "Dr. Okereke"),
])
def test_a_form_of_address_goes_with_the_name(redactor, text, span):
    assert span in persons(redactor, text)


def test_missing_someone_is_no_title(redactor):
    assert not any(p.startswith("miss") for p in persons(redactor, "I really miss Tovah since she moved."))


@pytest.mark.parametrize("text, name", [
    ("Today he's going home with Radka Vesely, she's on the list.", "Radka Vesely"),
    ("He rides home with Teodor Brankovic on Wednesdays.", "Teodor Brankovic"),
])
def test_whom_a_child_goes_home_with_is_a_name(redactor, text, name):
    assert name in persons(redactor, text)


@pytest.mark.parametrize("text, name", [
    ("Our babysitter, Storm Okeke. Her cell is on the form.", "Storm Okeke"),
    ("I want to sign up my oldest, Ximena Quispe, for the fall.", "Ximena Quispe"),
    ("Her teacher, Lark Abernathy, said it was fine.", "Lark Abernathy"),
])
def test_a_carer_or_child_set_off_after_the_role_is_a_name(redactor, text, name):
    assert name in persons(redactor, text)


def test_a_role_before_an_everyday_phrase_is_no_name(redactor):
    assert persons(redactor, "Our nanny, Monday Mornings, is the schedule.") == []


@pytest.mark.parametrize("text, names", [
    ("We have three enrolled here, Oluchi, Kestrel and Brook, and the bill is wrong.", ["Oluchi", "Kestrel", "Brook"]),
    ("I've got two at the center, Tamsin and Sky.", ["Tamsin", "Sky"]),
])
def test_children_named_after_their_number_are_names(redactor, text, names):
    found = persons(redactor, text)
    assert all(n in found for n in names)


@pytest.mark.parametrize("text", [
    "I have two in the cart, Cheerios and Goldfish.",
    "We have two at home, Monday and Tuesday.",
    "I have two in the program, Math and Reading and Art.",
])
def test_a_count_before_kept_words_days_or_the_wrong_number_is_no_list_of_names(redactor, text):
    assert persons(redactor, text) == []


def test_a_nickname_is_a_name_and_so_is_its_repeat(redactor):
    out = texts(redactor, ("agent", "What's your son's name?"),
                ("customer", "Bartholomew Nwosu, but we just call him Tolu. Can his cubby say Tolu?"))
    assert "Tolu" not in out[1]
    assert "Bartholomew" not in out[1]


def test_a_double_barrelled_surname_closes_a_name_answer(redactor):
    out = texts(redactor, ("agent", "And your daughter's name?"),
                ("customer", "Sorry, the dog is barking at me... okay, Noa Levi-Strauss."))
    assert "Noa" not in out[1] and "Strauss" not in out[1]


@pytest.mark.parametrize("text", [
    "Her old preschool did Reggio Emilia and loved it.",
    "Is the Montessori approach used here?",
    "Do you serve Annie's or Gerber for lunch?",
])
def test_teaching_methods_and_kids_food_brands_are_kept(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, span", [
    ("Pick-up is at her aunt's, 4410 Heron Cove, Cedar Park, the gray house.", "4410 Heron Cove, Cedar Park"),
    ("Drop him at ninety one twelve Elk Ridge, Franklin, by the school.", "ninety one twelve Elk Ridge, Franklin"),
    ("We moved to 27 Sparrow Loop last spring.", "27 Sparrow Loop"),
])
def test_a_street_with_a_worded_town_or_a_subdivision_suffix(redactor, text, span):
    assert span in _typed(redactor, text, "address")


@pytest.mark.parametrize("text, span", [
    ("It's 12 Elm Lane, Perfect.", "12 Elm Lane"),
    ("It's 12 Elm Lane, Thanks, bye.", "12 Elm Lane"),
])
def test_a_filler_after_the_street_is_no_town(redactor, text, span):
    assert _typed(redactor, text, "address") == [span]


@pytest.mark.parametrize("text, span", [
    ("Put Kemi Ade and the email is kemi. Sorry, adebayo .net.", "kemi. Sorry, adebayo .net"),
    ("Okay, my email is tjm88.", "tjm88"),
])
def test_an_email_local_part_with_no_well_formed_address_is_the_email(redactor, text, span):
    assert span in _typed(redactor, text, "email")


@pytest.mark.parametrize("text", [
    "My email is fine, it's the app.",
    "The email is down again.",
    "My email is the same one as before.",
])
def test_an_email_remark_is_no_email(redactor, text):
    assert _typed(redactor, text, "email") == []


def test_spelled_is_no_name(redactor):
    found = persons(redactor, "My last name is spelled A D E Y E M I.")
    assert "spelled" not in " ".join(found)
    assert any("A D E Y E M I" in p for p in found)


def test_a_word_name_opening_a_sentence_as_the_word_is_not_repeated(redactor):
    out = texts(redactor, ("agent", "Who can pick him up?"),
                ("customer", "Our sitter, Hope Nakashima."),
                ("agent", "Hope you're doing well, thanks, I've added her."),
                ("customer", "Great, Hope is there most days."))
    assert "Nakashima" not in out[1]
    assert out[2].startswith("Hope you're")
    assert "Hope is" not in out[3]


@pytest.mark.parametrize("text", [
    "I was booked on flight 4410 to Denver and it got cancelled.",
    "We drove to Austin over the weekend.",
    "They're moving to Phoenix next month.",
])
def test_a_place_one_travels_to_is_no_person(redactor, text):
    assert persons(redactor, text) == []


@pytest.mark.parametrize("text, name", [
    ("I talked to Austin yesterday about the bill.", "Austin"),
    ("Please send it to Jordan Ellis.", "Jordan Ellis"),
])
def test_a_person_after_to_without_travel_stays_a_person(redactor, text, name):
    assert name in persons(redactor, text)
