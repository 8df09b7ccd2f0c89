"""PII rules added after held-out set 9 (issue 15): the question sentence of an agent turn decides what is asked
("What's the X number? It's on the welcome email." asks for an id), a card on file offered and "whenever you're
ready" re-opening the answer window, "plus" and a country code said with a phone number, an id's letters spelled
around its digits ("capital K", "D dash ...", "Romeo, seven, W as in whiskey"), and a hyphenated form name
("the 1095-A") that is no social's last four. Phrased differently from the set's lines; each with a brand, product
or everyday number that must survive."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_dialogue import question_types


def test_the_question_sentence_decides_what_is_asked():
    assert question_types("Can you read me the warranty contract number? You'll find it on the welcome email.") == [
        "account"]
    assert question_types("What's your email? I can send the Kindle receipt there.") == ["email"]


def test_an_id_asked_with_an_email_hint_is_redacted_over_two_turns(redactor):
    out = texts(redactor, ("agent", "Can you read me the warranty contract number? You'll find it on the welcome email."),
                ("customer", "Sure, sixty one eighty eight"),
                ("agent", "Mm-hmm."),
                ("customer", "and then 4410."),
                ("customer", "It was for the vacuum, about four hundred."),
                ("agent", "Thanks, I have it here."),
                ("customer", "The Dyson V15, yes."))
    assert "sixty one eighty eight" not in out[1] and "4410" not in out[3], out
    assert out[4] == "It was for the vacuum, about four hundred.", out
    assert out[6] == "The Dyson V15, yes.", out


def test_a_card_on_file_declined_then_whenever_you_are_ready(redactor):
    out = texts(redactor, ("agent", "We have a Mastercard ending two two one nine on file, should I charge that?"),
                ("customer", "No, I'd rather put it on my Amex."),
                ("agent", "Sure thing."),
                ("agent", "Alright, whenever you're ready."),
                ("customer", "Three seven four one..."),
                ("agent", "Uh-huh, go ahead."),
                ("customer", "after that nine eight eight two,"),
                ("customer", "My Amex Gold has 3 years left on it."))
    assert "nine eight eight two" not in out[6] and "Three seven four one" not in out[4], out
    assert out[7] == "My Amex Gold has 3 years left on it.", out


def test_go_ahead_long_after_a_question_opens_nothing(redactor):
    turns = [("agent", "What's the card number?"), ("customer", "4111 1111 1111 1111.")]
    turns += [("customer", "The Roku remote stopped working.")] * 9
    turns += [("agent", "Go ahead."), ("customer", "I bought it for 129 at Best Buy.")]
    out = texts(redactor, *turns)
    assert "129" in out[-1] and "Best Buy" in out[-1], out


def test_plus_and_country_code_go_with_the_phone(redactor):
    out = texts(redactor, ("agent", "What's the best number for text reminders?"),
                ("customer", "It's plus three five three, eight seven, one two three, four five six seven."),
                ("agent", "And a second contact number, with the country code please?"),
                ("customer", "Country code sixty one, then four one two, five five five, one nine eight."),
                ("customer", "I'm on the Vodafone 35 plan."))
    assert "plus" not in out[1] and "three five three" not in out[1], out
    assert "sixty one" not in out[3] and "[PHONE]" in out[3], out
    assert out[4] == "I'm on the Vodafone 35 plan.", out


def test_letters_spelled_around_an_id_are_redacted(redactor):
    out = texts(redactor, ("agent", "Could I get the reservation code from the Expedia email?"),
                ("customer", "Yeah, it's Romeo, seven, W as in whiskey, Q, two, Tango nine."),
                ("agent", "And your member ID?"),
                ("customer", "Lowercase d, dash, five five oh one nine two."),
                ("agent", "And the policy number?"),
                ("customer", "S H dash 7 7 2 0 4 1, on my Allstate card."))
    assert all(w not in out[1] for w in ("Romeo", "seven", "whiskey", "Q", "Tango", "nine")), out
    assert "d," not in out[3] and "five five oh" not in out[3], out
    assert "S H" not in out[5] and "Allstate" in out[5], out


def test_a_hyphenated_form_name_is_not_a_social(redactor):
    out = texts(redactor, ("agent", "I need the last four of your social to resend the 1095-A form, go ahead."),
                ("customer", "It's 2290."))
    assert "1095-A" in out[0], out
    assert "2290" not in out[1], out


def test_lenders_schools_and_programmes_after_their_frames_are_not_persons(redactor):
    out = texts(redactor, ("customer", "We refinanced through Laurel last spring."),
                ("customer", "She's transferring from Emory after this term."),
                ("customer", "It was a toss-up between here and Tufts."),
                ("customer", "Has my Carnegie come in yet?"))
    assert out == ["We refinanced through Laurel last spring.", "She's transferring from Emory after this term.",
                   "It was a toss-up between here and Tufts.", "Has my Carnegie come in yet?"], out


def test_names_after_first_name_titles_and_go_by_are_redacted(redactor):
    out = texts(redactor, ("customer", "Surname Okafor, first name Chidinma."),
                ("customer", "My tutor, Professor Lindqvist, signed the form."),
                ("customer", "It's Margaret on paper but my friends call me Peggy."),
                ("customer", "I'm the guardian, Tomasz Wojcik, calling for my nephew."),
                ("customer", "A guy named Desmond Achebe at the front desk helped me with my Chromebook."))
    assert "Chidinma" not in out[0] and "Lindqvist" not in out[1] and "Peggy" not in out[2], out
    assert "Tomasz" not in out[3] and "Desmond" not in out[4], out
    assert "Chromebook" in out[4], out


def test_rural_routes_po_boxes_and_rooms_after_where_to_send(redactor):
    out = texts(redactor, ("agent", "Where can we send the replacement badge?"),
                ("customer", "It's rural route twelve, box forty one, Millbrook, five five three one two."),
                ("agent", "And is there a mailbox number at the dorm?"),
                ("customer", "Yes, room four one eight, Carver Hall."),
                ("customer", "I ordered 2 Fitbit bands as well."))
    assert "rural route" not in out[1] and "forty one" not in out[1], out
    assert "four one eight" not in out[3] and "room" not in out[3], out
    assert out[4] == "I ordered 2 Fitbit bands as well.", out


def test_a_street_named_without_a_street_word_and_a_postcode(redactor):
    out = texts(redactor, ("agent", "What's your home address in the UK?"),
                ("customer", "Forty two Broadway, Leeds, L S two, six A B."),
                ("customer", "Ship the Nintendo Switch there too."))
    assert "Forty two Broadway" not in out[1] and "six A B" not in out[1], out
    assert "Nintendo Switch" in out[2], out


def test_a_date_of_birth_said_year_first_or_with_thousand(redactor):
    out = texts(redactor, ("agent", "Can you confirm your date of birth?"),
                ("customer", "Two thousand and one, March ninth."),
                ("agent", "And your sister's birthday?"),
                ("customer", "The eleventh of May, two thousand three."),
                ("customer", "She was on the 2003 Honda Civic recall list."))
    assert "two thousand" not in out[1].lower() and "March" not in out[1], out
    assert "thousand three" not in out[3] and "May" not in out[3], out
    assert "Honda Civic" in out[4], out


def test_an_email_spelled_from_a_lone_letter_i(redactor):
    out = texts(redactor, ("agent", "What's the email for the Canva invite?"),
                ("customer", "Sure, it's i k nine at ocean dot io."))
    assert "i k nine" not in out[1] and "ocean" not in out[1], out


def test_country_code_then_the_number_is_one_phone(redactor):
    out = texts(redactor, ("agent", "Which number can we call you back on?"),
                ("customer", "The country code is thirty three, then six one two, three four, five six, seven eight."),
                ("customer", "I'm with Orange, on the 5G plan."))
    assert "thirty three" not in out[1] and "then" not in out[1], out
    assert out[2] == "I'm with Orange, on the 5G plan.", out
