"""PII after held-out 38-40 (numbers and codes): a number asked for someone on the booking ("Is there a number for
the other guest?", "another number we can try"); a username "should be" said; a hotel desk's line given with a
guest's cell; a toll-free line of a business the caller phoned; a product's model or part number said with letters;
a store's, a parking zone's, a hotel room's and a parking meter's number; amounts said as dollars and cents before a
fee, a plan or what they add to; a date written with slashes and the hour after a date; one letter said before an
id's digits; "it starts with <letter>, then <digits>"; a public building's street number. Example sentences are our
own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_a_number_for_someone_on_the_booking(redactor):
    out = texts(redactor, ("agent", "Do you have a number for the second passenger on the ticket?"),
                ("customer", "Yeah, it's seven one four..."), ("agent", "Mm-hmm."), ("customer", "and three thirty two..."),
                ("agent", "332, okay."), ("customer", "then 8816."))
    assert out[1:] == ["Yeah, it's [PHONE]...", "Mm-hmm.", "and [PHONE]...", "[PHONE], okay.", "then [PHONE]."]
    out = texts(redactor, ("agent", "Is there another number we could use on the morning of the install?"),
                ("customer", "Sure, 271..."), ("agent", "Go ahead."), ("customer", "six forty."), ("agent", "640?"),
                ("customer", "And 1187."))
    assert out[1:] == ["Sure, [PHONE]...", "Go ahead.", "[PHONE].", "[PHONE]?", "And [PHONE]."]
    # a number for a thing is no phone asked for
    out = texts(redactor, ("agent", "Is there a number for the order on the packing slip?"),
                ("customer", "It says 27 on the box."))
    assert out[1] == "It says 27 on the box."


def test_a_username_that_should_be(redactor):
    out = texts(redactor, ("agent", "What's the username on the tenant portal?"),
                ("customer", "It should be leakyfaucet 83."))
    assert out[1] == "It should be [ACCOUNT]."
    out = texts(redactor, ("agent", "And the username for the app?"),
                ("customer", "I think it might be porchlight twenty two."))
    assert out[1] == "I think it might be [ACCOUNT]."


def test_a_hotel_desks_line_given_with_a_guests_cell(redactor):
    out = texts(redactor, ("agent", "Sure, what's the best number to call back on?"),
                ("customer", "The front desk is three one two, five five five, oh one four six, but she'd rather you "
                             "try her cell, 773, 555, 2290."))
    assert out[1] == ("The front desk is three one two, five five five, oh one four six, but she'd rather you try her "
                      "cell, [PHONE].")
    # the desk said as the caller's own ("my desk") stays theirs
    out = texts(redactor, ("agent", "What's a good callback number?"),
                ("customer", "My desk is 312 555 0146."))
    assert out[1] == "My desk is [PHONE]."


def test_a_businesss_toll_free_line_the_caller_phoned(redactor):
    assert _found(redactor, "I called Lumber Barn at 1-800-555-0199 and they sent me to you.") == []
    assert _found(redactor, "I phoned Home Depot at 888 555 0123 first.") == []
    assert _found(redactor, "I called the number on the back of the statement, 877 555 0100, and nobody picked up.") == []
    # a person the caller phoned, or a line that is theirs, stays redacted
    assert _found(redactor, "I called my brother at 415 555 0134 last night.") == [("phone", "415 555 0134")]
    assert _found(redactor, "I called my home number, 1-800-555-0199, and it rang.") == [("phone", "1-800-555-0199")]


def test_a_products_model_or_part_number_with_letters(redactor):
    out = texts(redactor, ("agent", "Can you read me the serial number? It's on the sticker inside the door."),
                ("customer", "Sure. The model is K D T M three five four D S S, and the serial is F Y 8 8 1 2 0 4 7."))
    assert out[1] == "Sure. The model is K D T M three five four D S S, and the serial is [ACCOUNT]."
    assert _found(redactor, "The part number is DA97X15217, it should ship Monday.") == []
    out = texts(redactor, ("agent", "And the serial number?"),
                ("customer", "Okay, the model's two two oh dot four four one nine eight two oh. Serial's KX40177."))
    assert out[1] == "Okay, the model's two two oh dot four four one nine eight two oh. Serial's [ACCOUNT]."


def test_a_stores_a_zones_a_rooms_and_a_meters_number(redactor):
    out = texts(redactor, ("agent", "Do you have the receipt number? It's under the barcode."),
                ("customer", "It's from Pantry Plus, store number fourteen oh two. The receipt number is 553 018 442."))
    assert out[1] == "It's from Pantry Plus, store number fourteen oh two. The receipt number is [ACCOUNT]."
    out = texts(redactor, ("agent", "What's the folio number? It's by the room number on the bill."),
                ("customer", "Hang on... 771042, and the room was six nineteen."))
    assert out[1] == "Hang on... [ACCOUNT], and the room was six nineteen."
    out = texts(redactor, ("agent", "Do you have the citation number?"),
                ("customer", "I paid in the app, zone five five two one, and it still says I owe."))
    assert out[1] == "I paid in the app, zone five five two one, and it still says I owe."
    out = texts(redactor, ("agent", "What's the citation number?"),
                ("customer", "It was a ticket for meter number three oh one eight, and the meter was dead."))
    assert out[1] == "It was a ticket for meter number three oh one eight, and the meter was dead."
    # a utility meter's number is still the account's id, and a dorm room stays in its address
    out = texts(redactor, ("agent", "Can I get the meter number on the side of the house?"),
                ("customer", "It's four four nine one seven two."))
    assert out[1] == "It's [ACCOUNT]."
    assert _found(redactor, "Mail it to 90 Elm Row, room 112, Provo.") == [("address", "90 Elm Row, room 112, Provo")]
    out = texts(redactor, ("agent", "What's your mailing address on campus?"),
                ("customer", "It's room four one seven, Carver Hall."))
    assert out[1] == "It's [ADDRESS]."


def test_amounts_before_a_fee_a_plan_or_what_they_add_to(redactor):
    out = texts(redactor, ("agent", "What's the best number for you?"),
                ("customer", "Before that, is there a two fifty processing fee if I pay online?"))
    assert out[1] == "Before that, is there a two fifty processing fee if I pay online?"
    out = texts(redactor, ("agent", "Do you have the order number?"),
                ("customer", "It's 4471902, and it was eight forty nine with the warranty."))
    assert out[1] == "It's [ACCOUNT], and it was eight forty nine with the warranty."
    out = texts(redactor, ("agent", "Do you have the ticket with you?"), ("customer", "I need to update my address"),
                ("agent", "The penalty is one ten, plus ninety four in court costs, so two oh four total."))
    assert out[2] == "The penalty is one ten, plus ninety four in court costs, so two oh four total."
    out = texts(redactor, ("agent", "What's your social security number?"), ("customer", "It's 231-44-9087."),
                ("agent", "Parking is forty a night, so for two nights that's two thirty one on top of the stay."))
    assert out[2] == "Parking is forty a night, so for two nights that's two thirty one on top of the stay."
    # a phone number's group is still one when no fee follows
    out = texts(redactor, ("agent", "What's a good number for you?"), ("customer", "It's two fifty, three three one, "
                                                                                    "nine oh four four."))
    assert out[1] == "It's [PHONE]."


def test_a_date_with_slashes_and_the_hour_after_a_date(redactor):
    out = texts(redactor, ("agent", "What's the best number to reach you?"),
                ("customer", "Wait, the letter says my hearing is 11/03/2026 at nine fifteen."))
    assert out[1] == "Wait, the letter says my hearing is 11/03/2026 at nine fifteen."
    out = texts(redactor, ("agent", "Can I have your case number?"), ("customer", "It's 5520187."),
                ("agent", "Thanks. You're set for March fourth at two forty, room six."))
    assert out[2] == "Thanks. You're set for March fourth at two forty, room six."


def test_one_letter_said_before_an_ids_digits(redactor):
    assert _found(redactor, "Okay, with the nine it pulls up, K four four one eight two nine three.") == [
        ("account", "K four four one eight two nine three")]
    # a phone number opens with no letter, and "A" / "I" open words
    assert _found(redactor, "Call me at, 555 214 8890.") == [("phone", "555 214 8890")]


def test_it_starts_with_a_letter_then_its_digits(redactor):
    assert _found(redactor, "Let me look. It starts with Bravo, then four two... the rest is torn.") == [
        ("account", "Bravo, then four two")]
    assert _found(redactor, "It starts with R, then 7.") == [("account", "R, then 7")]


def test_a_public_buildings_street_number(redactor):
    out = texts(redactor, ("agent", "Do you have your citation number?"),
                ("agent", "The county courthouse is at three forty Main, the second floor."))
    assert out[1] == "The county courthouse is at three forty Main, the second floor."
    # the caller's home stays an address
    out = texts(redactor, ("agent", "What's your address?"), ("customer", "My house is at 340 Main Street, Ogden."))
    assert out[1] == "My house is at [ADDRESS]."
