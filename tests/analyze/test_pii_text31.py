"""PII rules added after held-out sets 38-40 (issue 15, round 30), PERSON and e-mail side, each with sentences of our
own (not the sets'): a public figure named as a show, a video, an ad, a comparison or an event; an airport asked
about for a ride or a distance; a street after "the <number> block of"; a court's or law office's title; a name set
off after "one of our drivers"; a family's event named by its surname; a name asked back after whose name a
booking is under; whom one last talked to; a misspelt name told by its letters (and the letters no name); a vanity
number's letters; a franchise named "Mr. <noun>"; "<Name> and Sons"; a kept car make on a document; initials of a
company after "at" in an e-mail answer. For each rule that keeps something, a person in a person frame is still
redacted."""

from __future__ import annotations

from pii_turns import persons, texts


def test_a_public_figure_named_as_a_show_or_a_video_is_no_person(redactor):
    assert persons(redactor, "I read about the resort on Anthony Bourdain.") == []
    assert persons(redactor, "My husband watches Guy Fieri, that's why we came.") == []
    assert persons(redactor, "I watched a video from Mike Holmes and it said to replace the gasket.") == []
    assert persons(redactor, "I saw Mike Holmes in an ad for this warranty.") == []
    # a person in a person frame stays a person
    assert persons(redactor, "I saw Dana Whitfield at the front desk yesterday.") == ["Dana Whitfield"]
    assert "Holmes" in " ".join(persons(redactor, "I watched Mike Holmes's kids last weekend."))


def test_a_public_figure_as_a_comparison_is_no_person(redactor):
    assert persons(redactor, "My dad said even Mike Holmes couldn't fix this.") == []
    assert persons(redactor, "I'm not Drew and Jonathan Scott, I just need the dryer to run.") == []
    # a colleague named with a role stays a person
    assert persons(redactor, "Even my manager, Dana Whitfield, couldn't fix it.") == ["Dana Whitfield"]


def test_an_act_the_caller_travels_for_is_no_person(redactor):
    assert persons(redactor, "We're in town for Bruce Springsteen, so don't cancel on me.") == []
    assert persons(redactor, "We're going to Harry Styles, that's why the dates are fixed.") == []
    # going to a person's place is no event
    assert persons(redactor, "We're going to Dana Whitfield's house, so cancel the tickets.") != []


def test_an_airport_asked_about_for_a_ride_or_a_distance_is_no_person(redactor):
    assert persons(redactor, "Is there a shuttle from John Wayne?") == []
    assert persons(redactor, "How far is it from George Bush Intercontinental?") == []
    # the shuttle's driver named with a role stays a person
    assert persons(redactor, "Our shuttle driver, Dana Whitfield, was very kind.") == ["Dana Whitfield"]


def test_a_street_after_the_block_of_is_no_person(redactor):
    assert persons(redactor, "It was the twenty two hundred block of Harlan, near the school.") == []
    assert persons(redactor, "It was my neighbor Harlan who parked there.") == ["Harlan"]


def test_a_court_or_law_office_title_names_a_person(redactor):
    assert persons(redactor, "The hearing is in front of Judge Okonkwo-Bassey, room two.") == ["Okonkwo-Bassey"]
    assert persons(redactor, "Hi, this is attorney Chase Ramsey with Dunn Legal.") == ["Chase Ramsey"]
    assert persons(redactor, "The Attorney General's office sent a letter.") == []


def test_a_name_set_off_after_one_of_our_people(redactor):
    assert persons(redactor, "I run the fleet at Ryder, one of our drivers, Dakota Speed, got a citation.") == [
        "Dakota Speed"]


def test_a_family_event_named_by_its_surname(redactor):
    assert persons(redactor, "I'm booking in the room block for the Petrosyan wedding.") == ["Petrosyan"]
    assert persons(redactor, "Is this the block for the Ogbonna family reunion?") == ["Ogbonna"]
    assert persons(redactor, "I'm booking for the Christmas party.") == []


def test_a_name_asked_back_after_whose_name_a_booking_is_under(redactor):
    assert persons(redactor, "It's under the groom's name, is that Anahit Petrosyan?") == ["Anahit Petrosyan"]


def test_whom_one_last_talked_to(redactor):
    assert persons(redactor, "The last agent I talked to was Milica, and she promised a refund.") == ["Milica"]


def test_a_misspelt_name_told_by_its_letters(redactor):
    out = texts(redactor, ("agent", "What name is on the summons, please?"),
                ("customer", "They spelled Jansen with a J, it's Pia Hansen, with an H."))
    assert out[1] == "They spelled [PERSON] with a J, it's [PERSON], with an H."
    out = texts(redactor, ("agent", "What name is on the summons, please?"),
                ("customer", "They wrote Mckay with M C, it's Rory MacKay, with M A C."))
    assert out[1] == "They wrote [PERSON] with M C, it's [PERSON], with M A C."


def test_a_vanity_numbers_letters_are_no_name(redactor):
    assert persons(redactor, "I called one eight hundred, F L O W E R S and got nothing.") == []
    # a name spelled stays a person
    assert persons(redactor, "My last name is F L O W E R S.") != []


def test_a_franchise_named_mister_noun_is_no_person(redactor):
    assert persons(redactor, "The tech from Mr. Appliance, Tasha, said the compressor is gone.") == ["Tasha"]
    assert persons(redactor, "I got a letter from Mr. Baker about the bill.") == ["Mr. Baker"]


def test_a_business_named_and_sons_is_no_person(redactor):
    assert persons(redactor, "We got it at T.J. Richard and Son, the store on Route nine.") == []
    assert persons(redactor, "We got it with my son, Richard, at the store on Route nine.") == ["Richard"]


def test_initials_of_a_company_are_no_email_domain(redactor):
    out = texts(redactor, ("agent", "Can I email you the citation?"),
                ("customer", "I'm the fleet manager at A.J. Brandt, one of our drivers got a ticket."))
    assert "fleet manager at A.J. Brandt" in out[1]
    out = texts(redactor, ("agent", "Can I email you the citation?"),
                ("customer", "Sure, it's fleet at brandt dot com."))
    assert "brandt dot com" not in out[1]


def test_a_person_asked_for_by_role_and_a_one_word_answer(redactor):
    out = texts(redactor, ("agent", "I can take the card now. And the patient is?"),
                ("customer", "Zoltan. The card is a Visa."))
    assert out[1].startswith("[PERSON].")
    out = texts(redactor, ("agent", "And your name, in case we get cut off?"), ("customer", "Ilinca."))
    assert out[1] == "[PERSON]."
    out = texts(redactor, ("agent", "And your name, in case we get cut off?"), ("customer", "Sure."))
    assert out[1] == "Sure."


def test_a_surname_first_answer_with_more_said_after(redactor):
    out = texts(redactor, ("agent", "What name is the booking under?"),
                ("customer", "Abernathy, Greer. Three nights, from Tuesday."))
    assert out[1] == "[PERSON]. Three nights, from Tuesday."


def test_a_month_named_agent_in_the_greeting(redactor):
    out = persons(redactor, "Thank you for calling Northside Appliance Repair, this is May. Are you calling to set up a repair?")
    assert out == ["May"]
    assert persons(redactor, "Thank you for calling, our hours change in May.") == []


def test_a_state_said_before_a_license_number_is_no_person(redactor):
    out = texts(redactor, ("agent", "Can I get your driver's license number?"),
                ("customer", "It's Georgia. K as in king, four four one, nine oh two, six six."))
    assert "Georgia" in out[1]
    out = texts(redactor, ("agent", "Who am I speaking with?"), ("customer", "It's Georgia. I called yesterday."))
    assert "Georgia" not in out[1]
    out = texts(redactor, ("agent", "Who can let the technician in?"),
                ("customer", "My daughter can, Georgia, five five five, two one two, four four nine one."))
    assert "Georgia" not in out[1]


def test_a_town_moved_from_and_a_make_and_model_are_no_person(redactor):
    assert persons(redactor, "We moved from Cary and brought the freezer with us.") == []
    assert persons(redactor, "We moved in with Cary and brought the freezer with us.") == ["Cary"]
    assert persons(redactor, "The ticket says Nissan Altima but mine is a Honda.") == []
    assert persons(redactor, "The ticket says Chase Ramsey but that's my brother.") == ["Chase Ramsey"]


def test_a_name_spelled_after_how_is_that_spelled(redactor):
    out = texts(redactor, ("agent", "And your last name?"), ("customer", "It's Kerner."),
                ("agent", "How is that spelled on the form?"),
                ("customer", "K Echo R N as in Nancy E Romeo."))
    assert "Echo" not in out[3] and "Nancy" not in out[3]
    out = texts(redactor, ("agent", "And your name, in case we get cut off?"), ("customer", "Apologies. I'm driving."))
    assert out[1] == "Apologies. I'm driving."
