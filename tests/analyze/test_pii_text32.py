"""PII rules added after held-out sets 41-43 (issue 15, round 31), PERSON and e-mail side, each with sentences of our
own (not the sets'): a singer as an event's music, a public figure one is likened to, a holiday named after a
person, a capitalised form of address before everyday words, "Last week" opening a turn, a captain's title, a
building or a kept room named after a name said in the call, a domain named "<A> and <B>", a couple's mailbox, a
role mailbox given as where to send a document. For each rule that keeps something, a person in a person frame is
still redacted."""

from __future__ import annotations

from pii_turns import persons, texts


def _emails(r, text):
    return [text[h.start:h.end] for h in r.find(text) if h.pii_type == "email"]


def test_a_singer_as_the_music_of_an_event_is_no_person(redactor):
    assert persons(redactor, "The last dance will be Otis Redding, so keep the floor clear.") == []
    assert persons(redactor, "She wants to walk down the aisle to Norah Jones.") == []
    assert persons(redactor, "Can the band play a song by Etta James during dinner?") == []
    # dancing with someone, or a DJ named, stays a person
    assert persons(redactor, "I want to dance with Dana Whitfield at the reception.") == ["Dana Whitfield"]
    assert persons(redactor, "Our DJ is Dana Whitfield.") == ["Dana Whitfield"]


def test_a_public_figure_one_is_likened_to_is_no_person(redactor):
    assert persons(redactor, "My sister thinks she's Ina Garten, to be fair.") == []
    assert persons(redactor, "Make it look like something Preston Bailey would design.") == []
    # a name said as who someone is, with a role cue, stays
    assert persons(redactor, "My sister is Dana Whitfield.") != []


def test_a_holiday_named_after_a_person_is_no_person(redactor):
    assert persons(redactor, "Are you closed over Martin Luther King Day?") == []
    assert persons(redactor, "We fly out the Columbus Day weekend.") == []
    # a surname "Day" after a name cue stays a person
    assert persons(redactor, "My name is Doris Day.") == ["Doris Day"]


def test_a_form_of_address_before_everyday_words_and_last_week_are_no_name(redactor):
    assert persons(redactor, "Traffic is bad after an Ole Miss game.") == []
    assert persons(redactor, "Last week I spoke to nobody.") == []
    # a form of address before a name stays a person
    assert persons(redactor, "The booking is for Miss Dana Whitfield.") == ["Miss Dana Whitfield"]


def test_a_captain_named_by_title_is_a_person(redactor):
    assert persons(redactor, "Captain Lindqvist told everyone we would get a credit.") == ["Lindqvist"]
    # a rum or a comic hero is no captain
    assert persons(redactor, "We ordered Captain Morgan at the bar.") == []


def test_a_building_named_after_a_name_said_in_the_call_is_no_person(redactor):
    out = texts(redactor, ("agent", "Who am I speaking with?"), ("customer", "Imani Castellano."),
                ("agent", "Like the Castellano Library?"), ("customer", "No relation. Castellano is my name."))
    assert "Castellano Library" in out[2]
    assert "Castellano" not in out[1] and "Castellano" not in out[3]


def test_a_domain_named_a_and_b_and_a_couples_mailbox_are_emails(redactor):
    assert _emails(redactor, "It's priya at sage and stone florals dot com.") == [
        "priya at sage and stone florals dot com"]
    assert _emails(redactor, "Our shared one is omar and lena nineteen at gmail dot com, all one word.") == [
        "omar and lena nineteen at gmail dot com"]


def test_a_role_mailbox_given_as_where_to_send_a_document_is_no_email(redactor):
    assert _emails(redactor, "You can send the enrollment form to admissions at halden dot e d u.") == []
    assert _emails(redactor, "Please e-mail the signed waiver to bookings at lakeview lodge dot com.") == []
    # a person's mailbox, sent to, stays an e-mail
    assert _emails(redactor, "You can send the enrollment form to dana at halden dot e d u.") == [
        "dana at halden dot e d u"]
