"""Animals' names are no persons' (voc/analyze/pii_pets.py): a pet called Max or Luna is not PII on any line, and on
an animal-care call what such a call says of its patients ("the patient is ...", "... 's mom", "picking up ...")
marks a pet too. The owner's own name is still redacted, and the same words on a line that is not about animals
still mark people. Before this rule a veterinary line's calls had half their PERSON spans on pets."""

from __future__ import annotations

import pytest
from pii_turns import persons, texts

from voc.analyze.pii_pets import animal_call, animal_names, is_animal_piece


@pytest.mark.parametrize("said, pet", [
    ("Rocko, he's a lab mix, keeps chewing the router cable.", "rocko"),
    ("Our cat, Mittens, knocked the modem off the shelf.", "mittens"),
    ("I got a puppy named Biscuit last week.", "biscuit"),
    ("Is Juniper the corgi covered under the accident plan?", "juniper"),
    ("We had Oscar neutered in May.", "oscar"),
    ("Duke keeps barking whenever the doorbell rings.", "duke"),
    ("I'm Pickles's owner, I think the rabies tag fell off.", "pickles"),
    ("My dogs Max and Ruby got out again.", "ruby"),
    ("The name of our puppy is Biscuit.", "biscuit"),
    ("Max is a rescue, so he's shy.", "max"),
    ("We have two cats, Luna and Milo.", "milo"),
    ("Simba, my cat, got out again.", "simba"),
    ("Sorry, I have a dog, his name is Buster, so knock first.", "buster"),
])
def test_a_name_tied_to_an_animal_on_any_line(said, pet):
    assert pet in animal_names([said])


@pytest.mark.parametrize("said", [
    "Tom is my dog walker, he has a key.",
    "Sarah is a cat person, honestly.",
    "My husband is picking up Noah and Ava from practice.",
    "This is Emma's mom, she has a fever.",
    "My son Max is a huge dog lover.",
    "Jack was my dog's vet for years.",
    "I have to feed the dog Sarah adopted.",
    "Tom is a rescue worker.",
    "Can I bring Sarah with me?",
    "Call my dog walker Kim, she has the key.",
    "Sarah, my wife, will be home.",
    "Laura, the dog walker, has a key.",
    "We both may be snakes, Dave, but you are the better one.",
    "You are a real snake, Dave, and you know it.",
])
def test_people_are_not_animals(said):
    assert animal_names([said]) == frozenset()


def test_words_other_lines_use_for_other_things_make_no_animal_call():
    assert not animal_call(["The lab results are in the portal.", "Did the lab kit arrive?"])
    assert not animal_call(["We sell hot dogs and corn dogs.", "Is that cat 6 cable?", "My pet peeve, honestly."])
    assert not animal_call(["The early bird rate ends Friday.", "I'm a vet, so I get the discount?",
                            "Is Shiba Inu on the exchange?"])
    # so a care word keeps naming a person there
    assert animal_names(["The lab results are in.", "Did the lab kit arrive?", "This is Emma's mom."]) == frozenset()


def test_the_care_words_need_an_animal_call():
    pediatric = ["This is Emma's mom, I'm calling about Emma's appointment.", "The patient is Emma, she's six."]
    assert not animal_call(pediatric)
    assert animal_names(pediatric) == frozenset()
    vet = ["Hi, I'm calling about Bruno, he's not eating his kibble.", "The patient is Bruno, right?",
           "Yes, and the vet wanted his heartworm test done."]
    assert animal_call(vet)
    assert "bruno" in animal_names(vet)
    # the deployment's lexicon can say the business is about animals
    assert animal_call(["The patient is Bruno."], ["Riverside Animal Hospital"])


def test_only_a_lone_animal_name_is_dropped():
    names = frozenset({"max"})
    assert is_animal_piece("Max", names) and is_animal_piece("Max's", names)
    assert not is_animal_piece("Max Brennan", names)
    assert is_animal_piece("Um, Max.", names) and not is_animal_piece("Um, Maxine.", names)


def test_a_pet_stays_unredacted_for_the_whole_call_and_the_owner_is_redacted(redactor):
    out = texts(redactor,
                ("agent", "Thanks for calling, who am I speaking with?"),
                ("customer", "Hi, this is Dana Whitfield."),
                ("customer", "My dog Oscar chewed through the cable box wire last night."),
                ("agent", "Oh no, is Oscar okay?"),
                ("customer", "He's fine, Oscar eats everything."))
    assert "Dana Whitfield" not in out[1]
    assert "Oscar" in out[2] and "Oscar" in out[3] and "Oscar" in out[4]


def test_a_vet_call_keeps_its_patients_and_redacts_the_people(redactor):
    out = texts(redactor,
                ("agent", "Pet hospital, front desk. How can I help?"),
                ("customer", "I'm Hank's dad, Tobias Grunwald. Hank is due for his rabies shot."),
                ("agent", "Sure, he's the shih tzu, right? And who's picking him up after the grooming?"),
                ("customer", "Um, Thandiwe Moyo."),
                ("agent", "Got it. Hank's chart says the booster is due too."),
                ("customer", "Okay, and my wife is picking up Hank and Clover on Friday."))
    assert "Tobias Grunwald" not in out[1] and "Hank" in out[1]
    assert "Thandiwe" not in out[3] and "Moyo" not in out[3]
    assert "Hank" in out[4]
    assert "Hank" in out[5] and "Clover" in out[5]


def test_the_same_words_on_a_line_without_animals_still_mark_people(redactor):
    out = texts(redactor,
                ("customer", "My cat knocked the phone over, sorry about that."),
                ("customer", "This is Emma's mom, Rachel Quist. My husband is picking up Noah and Ava later."))
    assert "Rachel Quist" not in out[1]
    assert "Noah" not in out[1] and "Ava" not in out[1]


def test_owner_names_said_around_a_pet(redactor):
    assert persons(redactor, "The account's under Tendai Ndlovu.") == ["Tendai Ndlovu"]
    assert persons(redactor, "It's Ndlovu, Laura.") == ["Ndlovu, Laura"]
    assert persons(redactor, "This is Biscuit's mom, Ifeyinwa Obi.") == ["Ifeyinwa Obi"]


def test_pet_food_brands_are_kept_but_people_with_those_names_are_not(redactor):
    assert persons(redactor, "Should we go from Blue Buffalo to Stella and Chewy's?") == []
    assert persons(redactor, "Is Stella and Chewy's any good?") == []
    assert persons(redactor, "Thank you, Stella.") == ["Stella"]


def test_a_pet_given_as_an_answer_is_kept(redactor):
    out = texts(redactor,
                ("agent", "And who's the patient today?"),
                ("customer", "Um, Gus."),
                ("customer", "Gus's rabies tag says it expired in June."))
    assert "Gus" in out[1] and "Gus" in out[2]
