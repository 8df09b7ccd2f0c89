"""PII rules added after held-out set 37 (issue 15, round 29), each with sentences of our own (not the set's): a pet
taken to the vet or groomer, a pet with a mock title ("Sir Whiskers"), what a pet's claim or invoice is for, a
command said to a dog, a pet's birth (its name and its date), a pair counted together with a pet, a plural animal
word set off before a person's name; a title's name going on only over capitalised words, a show's title that a
capitalised "The" opens, a plural everyday noun in an organisation's name, and the address of a place of business
said as where it is. For each rule that keeps something, a person in a person frame is still redacted."""

from __future__ import annotations

from pii_turns import persons, texts


def test_a_pet_taken_to_the_vet_or_groomer_is_no_person(redactor):
    assert persons(redactor, "My roommate, Tomasz, takes Doris to the vet on weekends.") == ["Tomasz"]
    assert persons(redactor, "We rushed Harold and Bruno to the emergency vet last night.") == []
    # a person in a person frame on the same kind of line stays a person
    assert persons(redactor, "My sister, Ingrid, drove me to the vet on Friday.") == ["Ingrid"]


def test_a_pet_with_a_mock_title_is_no_person(redactor):
    assert persons(redactor, "Our cat Sir Whiskers needs his booster shots.") == []
    assert persons(redactor, "They take Lady Marmalade to the groomer on Mondays.") == []
    assert persons(redactor, "Our neighbor Dr. Okafor needs the records.") == ["Dr. Okafor"]


def test_what_a_pets_claim_is_for(redactor):
    out = texts(redactor, ("agent", "I see a dog and a cat on the plan. Which one is the claim for?"),
                ("customer", "The claim is for Harold, he swallowed a sock."),
                ("customer", "Harold is the one on the second card."))
    assert "Harold, he swallowed" in out[1] and "Harold is" in out[2]
    # on a line about no animal, a claim is for a person
    out = texts(redactor, ("agent", "Which claim are you calling about?"),
                ("customer", "The claim is for Mr. Noodle, my uncle, he fell at work."))
    assert "Noodle" not in out[1]


def test_a_command_said_to_a_dog_is_no_person(redactor):
    out = texts(redactor, ("agent", "Is the puppy still on the food we talked about?"),
                ("customer", "Yes, the dog food is fine. Bruno, no! Leave it! Sorry, he grabbed my glove."))
    assert "Bruno, no! Leave it!" in out[1]
    out = texts(redactor, ("agent", "Is the puppy still on the food we talked about?"),
                ("customer", "Yes. Hold on, my neighbor Jorge Salinas is at the door."))
    assert "Jorge Salinas" not in out[1]


def test_a_pets_birth_is_no_person_and_no_date_of_birth(redactor):
    out = texts(redactor, ("agent", "Okay, the second cat is on the plan now, next to your dog."),
                ("customer", "Great. Noodle was born on March second, twenty twenty two, if you need it."))
    assert "Noodle was born on March second, twenty twenty two" in out[1]
    # a child said as one
    out = texts(redactor, ("agent", "Okay, the second cat is on the plan now, next to your dog."),
                ("customer", "My daughter Priya was born on March second, twenty twenty two."))
    assert "Priya" not in out[1] and "March second" not in out[1]


def test_a_pets_birthday_from_the_shelter_is_no_date_of_birth(redactor):
    out = texts(redactor, ("agent", "Both of your dogs are on the plan, and the kitten too."),
                ("agent", "And what's Bandit's birthday? Roughly is fine."),
                ("customer", "The rescue told us June third, twenty twenty."),
                ("agent", "And the policyholder's date of birth?"),
                ("customer", "June third, nineteen eighty one."))
    assert "Bandit's birthday" in out[1] and "June third, twenty twenty" in out[2]
    assert "nineteen eighty one" not in out[4]


def test_a_pair_counted_with_a_pet(redactor):
    out = texts(redactor, ("agent", "I see your dog and your cat on the policy."),
                ("customer", "Right, two on the plan, Mochi and Mr. Fudge. The claim is for Mr. Fudge."))
    assert "Mochi and Mr. Fudge" in out[1]
    out = texts(redactor, ("agent", "I see your dog and your cat on the policy."),
                ("customer", "My two sons, Daniel and Mr. Fudge, feed them. The claim is for Mr. Fudge."))
    assert "Daniel" not in out[1]


def test_a_plural_animal_word_set_off_before_a_name(redactor):
    # "the cats, Ingrid" sets off whom one speaks to, not the cats' name
    assert persons(redactor, "Thanks for feeding the cats, Ingrid.") == ["Ingrid"]
    assert persons(redactor, "I love the new kitten, Mittens.") == []


def test_a_titled_name_goes_on_only_over_capitalised_words(redactor):
    assert persons(redactor, "Ms. Halvorsen wants a callback today.") == ["Ms. Halvorsen"]
    assert persons(redactor, "I dropped Mr. Okonkwo home after the game.") == ["Mr. Okonkwo"]


def test_a_show_title_opened_by_a_capital_the(redactor):
    assert persons(redactor, "We heard about you on The Remarkable Dr. Vance last week.") == []
    assert persons(redactor, "I watched a show and then Dr. Vance called me back.") == ["Dr. Vance"]


def test_a_plural_everyday_noun_in_an_organisations_name(redactor):
    assert persons(redactor, "We adopted her through Sherman Pets Alive in May.") == []
    assert persons(redactor, "She came from Carson Paws Rescue with a cough.") == []
    assert persons(redactor, "We adopted her through the shelter with Maria Lopez in May.") == ["Maria Lopez"]


def test_the_address_of_a_place_of_business(redactor):
    out = texts(redactor, ("customer", "The pharmacy is at 410 Maple Avenue, next to the bank."))
    assert "410 Maple Avenue" in out[0]
    out = texts(redactor, ("customer", "My house is at 410 Maple Avenue, next to the bank."))
    assert "410 Maple Avenue" not in out[0]


def test_a_whole_name_set_off_after_a_client_or_on_a_record(redactor):
    assert persons(redactor, "We have a patient here, Kenji Watanabe, and he needs a refill approved.") == [
        "Kenji Watanabe"]
    assert persons(redactor, "My ex-husband is still on the lease, Joost van Dijk. Can he come off?") == [
        "Joost van Dijk"]
    assert persons(redactor, "Hi, this is Ruby calling from the pharmacy, quick question.") == ["Ruby"]


def test_whom_a_pet_is_named_after(redactor):
    assert persons(redactor, "The kids named her after Elvis, obviously.") == []
    assert persons(redactor, "We named her after my grandmother, Rosa Diaz.") == ["Rosa Diaz"]


def test_a_pet_a_household_kept_or_adopted(redactor):
    out = texts(redactor, ("agent", "I see the dog and the cat on the policy."),
                ("customer", "We divorced last year and I kept Harold, so take her name off the pets."))
    assert "I kept Harold, so" in out[1]
    out = texts(redactor, ("agent", "I see the dog and the cat on the policy."),
                ("customer", "I kept Harold waiting on the phone for an hour, my brother, he's furious."))
    assert "Harold" not in out[1]


def test_a_public_figure_whose_teaching_one_follows(redactor):
    assert persons(redactor, "Our walker follows Victoria Stilwell and swears by it.") == []
    assert persons(redactor, "I followed Maria Lopez into the store.") == ["Maria Lopez"]
    assert persons(redactor, "I follow Maria Lopez's advice on everything, she's my aunt.") == ["Maria Lopez's"]
