"""PII rules added after held-out set 11 (issue 15), each with sentences of our own (not the set's): access codes,
PINs and licence plates are redacted as ``account`` (with the agent's read-back), codes that open nothing are not;
a one-word field question ("Expiry?") starts a new answer; an animal's name is no person; a unit said alone after
"which apartment?"; an extension after "ask for extension"; a phone's last group said in hundreds; a request said
as a noun phrase; military mail addresses; a name after "<role> will be", "care of", "you can call"; an e-mail
spelled with "as in" after "where should we e-mail it?"; "double L" in a spelled name."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_codes import credential_hits
from voc.analyze.pii_dialogue import question_types


def _said(text: str) -> list[str]:
    return [text[s:e] for s, e in credential_hits(text)]


def test_access_codes_after_their_cue():
    assert _said("The door code is 5521, and the alarm code is four four one two.") == ["5521", "four four one two"]
    assert _said("Code for the side gate is star 90412.") == ["star 90412"]  # the keys typed go too
    assert _said("The spare key is in the key box, code nine nine three one.") == ["nine nine three one"]
    assert _said("Our garage is 7730 pound.") == ["7730 pound"]  # "pound" after a code is the # key
    assert _said("My PIN is two two eight six.") == ["two two eight six"]
    assert _said("The padlock combination is thirty six twelve.") == ["thirty six twelve"]


def test_codes_that_open_nothing_and_amounts_stay():
    for text in ("The promo code is 2024 SAVE.", "Zip code is 60614.", "What area code is 312?",
                 "Dress code is business casual since 2019.", "It shows error code 4104.",
                 "The course code is 1301.", "The gate fee is 150 dollars.", "The alarm went off at 1130 pm.",
                 "The garage is 2400 square feet.", "The gate was two hundred to fix."):
        assert _said(text) == [], text


def test_a_code_volunteered_and_read_back_is_redacted(redactor):
    out = texts(redactor, ("customer", "The lockbox on the back door is 6072, the alarm code is 1849."),
                ("agent", "Got it, I'll note 6072 for the plumber."))
    assert "6072" not in out[0] and "1849" not in out[0] and "6072" not in out[1], out


def test_credential_and_plate_questions_ask_for_an_account():
    assert question_types("Is there a door code the cleaner needs?") == ["account"]
    assert question_types("Can you read me the verification code we just texted?") == ["account"]
    assert question_types("What's the tag number on the truck?") == ["account"]
    assert question_types("And the license plate on the visitor's car?") == ["account"]
    assert question_types("Do you have a promo code?") == []


def test_a_plate_spelled_and_read_back_is_redacted(redactor):
    out = texts(redactor, ("agent", "What's the license plate on the car?"),
                ("customer", "Ohio, R as in robert Q Zulu, 4 4 1 8."),
                ("agent", "So RQZ 4418?"))
    assert "4 4 1 8" not in out[1] and "robert" not in out[1] and " Q " not in out[1], out
    assert "RQZ" not in out[2] and "4418" not in out[2], out


def test_the_number_on_an_email_received_is_an_id():
    assert question_types("What's the confirmation number in the email you received?") == ["account"]
    assert question_types("What's the email on file?") == ["email"]


def test_a_one_word_field_question_starts_a_new_answer(redactor):
    out = texts(redactor, ("agent", "What's the card number?"),
                ("customer", "4111 1111 1111 1111"),
                ("agent", "Expiry?"),
                ("customer", "Oh nine, twenty eight."))
    assert "4111" not in out[1] and out[3] == "Oh nine, twenty eight.", out


def test_an_animals_name_is_no_person(redactor):
    out = texts(redactor, ("customer", "Our cat's name is Biscuit, he's an indoor cat."))
    assert "Biscuit" in out[0], out
    assert question_types("And the dog's name?") == []
    assert question_types("What's the co-owner's full name?") == ["person"]


def test_a_unit_said_alone_after_which_apartment(redactor):
    out = texts(redactor, ("agent", "Which apartment are you in?"), ("customer", "It's four twelve B."))
    assert "four twelve" not in out[1] and " B." not in out[1], out
    out = texts(redactor, ("agent", "Which apartment are you in?"), ("customer", "The one by the pool."))
    assert out[1] == "The one by the pool.", out


def test_an_extension_after_ask_for_extension(redactor):
    out = texts(redactor, ("customer", "Call my office at 312 555 0187 and ask for extension 4410."))
    assert "4410" not in out[0] and "0187" not in out[0], out


def test_a_phone_ending_in_hundreds_is_no_amount(redactor):
    out = texts(redactor, ("customer", "Her number is five one two, six oh eight, forty one hundred."),
                ("customer", "The repair was twenty one hundred."))
    assert "forty one hundred" not in out[0] and "six oh eight" not in out[0], out
    assert out[1] == "The repair was twenty one hundred.", out


def test_a_request_said_as_a_noun_phrase():
    assert question_types("And a callback number for the work order, your mobile is fine.") == ["phone"]
    assert question_types("And the plumber comes Tuesday.") == []


def test_a_military_mail_address(redactor):
    out = texts(redactor, ("customer", "Send it to PSC 4410, Box 2231, APO AE 09012."))
    assert "PSC" not in out[0] and "2231" not in out[0], out


def test_names_after_role_copula_care_of_and_you_can_call(redactor):
    out = texts(redactor, ("customer", "My co-signer will be Tomasz Wrobel, he's my uncle."),
                ("customer", "Mail it care of Mirela Dascalu at the office."),
                ("customer", "For a reference you can call Teodor Vasile, he was my landlord."))
    assert "Tomasz" not in out[0] and "Mirela" not in out[1] and "Teodor" not in out[2], out


def test_a_name_said_under_after_a_name_question(redactor):
    out = texts(redactor, ("agent", "What's the tenant's last name?"), ("customer", "It's under Okonkwo."))
    assert "Okonkwo" not in out[1], out


def test_an_email_spelled_with_as_in_after_emailed(redactor):
    out = texts(redactor, ("agent", "Where should we have the lease e-mailed?"),
                ("customer", "Sure, it's D K as in kilo L E as in echo at me dot com."))
    assert "D K" not in out[1] and "kilo" not in out[1], out


def test_double_letter_in_a_spelled_name(redactor):
    out = texts(redactor, ("agent", "How do you spell the last name?"), ("customer", "B, O, W, E, double L."))
    assert "double L" not in out[1], out


def test_a_name_after_it_was_and_set_off_after_with_me(redactor):
    out = texts(redactor, ("customer", "The plumber, I believe it was Dmitri, left the tap running."),
                ("customer", "My cousin is staying with us, Oluwaseun Adeyemi."),
                ("customer", "It was Monday, and it was Great Clips that called."),
                ("customer", "The text said it was Qwikpay, so I tapped the link."))
    assert "Dmitri" not in out[0] and "Oluwaseun" not in out[1], out
    assert out[2] == "It was Monday, and it was Great Clips that called.", out
    assert out[3] == "The text said it was Qwikpay, so I tapped the link.", out
