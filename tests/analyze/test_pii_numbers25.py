"""PII after held-out 26, 27 and 28 (numbers and codes): an id's letters written onto or said before its digits
make it an id, not a card number; a price by the unit, a clock time and a span of hours said again are no part of a
number; a fleet vehicle's unit number is no address. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_letters_on_an_id_asked_as_a_card_number(redactor):
    ask = ("agent", "What's the number on the card you're showing for the check-in?")
    for answer, want in (("Okay, it's QT48810.", "Okay, it's [ACCOUNT]."),
                         ("It's R, 7 7 1 0 4 9 2 2 8 1 6.", "It's [ACCOUNT]."),
                         ("Sure, it's M K, five one one nine oh two.", "Sure, it's [ACCOUNT]."),
                         # the answer names the id document it reads from
                         ("That's my state ID. Nine four four one two oh seven.", "That's my state ID. [ACCOUNT].")):
        out = texts(redactor, ask, ("customer", answer))
        assert out[1] == want, (answer, out[1])
    # a payment card stays a card, letters or not nearby
    out = texts(redactor, ("agent", "Can I have the card number?"), ("customer", "It's a Visa. 4111 1111 1111 1111."))
    assert out[1] == "It's a Visa. [CARD]."


def test_an_id_on_a_document_card(redactor):
    out = texts(redactor, ("agent", "Can you read me the document number on the card?"),
                ("customer", "Yes, 55081 2291."))
    assert out[1] == "Yes, [ACCOUNT]."


def test_a_price_by_the_unit_or_a_time_said_again(redactor):
    out = texts(redactor, ("agent", "Can I get a good callback number?"),
                ("customer", "Sure, six one seven, three nineteen, forty five thirty."),
                ("agent", "Thanks. The diesel is three nineteen a gallon right now."),
                ("agent", "And the yard opens at forty five... sorry, the yard opens at five thirty."),
                ("agent", "The shift pays forty five thirty an hour? No, that's wrong, it pays twenty an hour."))
    assert out[1] == "Sure, [PHONE]."
    assert out[2] == "Thanks. The diesel is three nineteen a gallon right now."
    assert "five thirty" in out[3]
    assert "forty five thirty an hour" in out[4]


def test_a_clock_time_after_a_phone_number(redactor):
    out = texts(redactor, ("agent", "What number should the driver text when he's outside?"),
                ("customer", "Text 312, 555, 0148, I get in at ten fifteen."))
    assert out[1] == "Text [PHONE], I get in at ten fifteen."


def test_a_span_of_hours_is_no_number(redactor):
    out = texts(redactor, ("agent", "Can I have your employee number?"),
                ("customer", "It's 88120."),
                ("agent", "Great. The warehouse job is nights, eleven thirty to seven, starting Monday."))
    assert out[1] == "It's [ACCOUNT]."
    assert "eleven thirty to seven" in out[2]


def test_a_fleet_vehicle_unit_is_no_address(redactor):
    assert _found(redactor, "Your truck is unit 5120, the white one by gate three.") == []
    assert _found(redactor, "Grab unit three three eight one, the grey van in bay four.") == []
    # a flat or a storage unit stays an address
    assert _found(redactor, "We're in unit four twelve, near the pool.") == [("address", "unit four twelve")]
    assert _found(redactor, "I can't get into unit C two two nine at your facility.") == [("address", "unit C two two nine")]


def test_a_toll_free_line_a_business_handed_out(redactor):
    assert _found(redactor, "The clinic gave me eight eight eight, two one two, four four oh nine, nobody picks up.") == []
    assert _found(redactor, "The pharmacy told us to call 1-877-555-0142 for refills.") == []
    # a person's number stays a phone, toll-free or not
    text = "My brother gave me 800 442 7171 to call him back."
    assert _found(redactor, text) == [("phone", "800 442 7171")]


def test_a_code_handed_to_many_customers(redactor):
    assert _found(redactor, "Your employer's discount code is W K F seven seven one two, just add it at checkout.") == []
    assert _found(redactor, "The promo code is SUMMER2025 through Friday.") == []
    assert _found(redactor, "The job order is number 24-55190, it's for six pickers.") == []
    # a code that is one person's stays an id
    text = "My referral code is K four four nine one two."
    assert _found(redactor, text) == [("account", "K four four nine one two")]


def test_a_product_size_is_no_id(redactor):
    assert _found(redactor, "The frame says forty nine, twenty, one forty five on the temple.") == []
    assert _found(redactor, "The tire size is 235 65 17 on the sidewall.") == []
    text = "My member number is 4920145."
    assert _found(redactor, text) == [("account", "4920145")]


def test_a_rental_or_fleet_cars_plate(redactor):
    assert _found(redactor, "The van you rented was plate seven T R K four one two, the camera got it.") == []
    assert _found(redactor, "The loaner's plate is K M X 5521, it's parked out front.") == []
    # the caller's own car keeps its plate redacted
    text = "My plate is seven T R K four one two."
    assert _found(redactor, text) == [("account", "seven T R K four one two")]


def test_plates_in_a_call_about_a_car_rented_from_the_business(redactor):
    out = texts(redactor, ("customer", "I got a parking ticket for a van I rented from you last month."),
                ("agent", "What's the citation number on it?"),
                ("customer", "It's P K 40 99 812. The plate on it is five L W X two two nine."))
    assert out[2] == "It's [ACCOUNT]. The plate on it is five L W X two two nine."
    # the caller's own plate in the same kind of call stays redacted
    out = texts(redactor, ("customer", "I rented from you last week, but this ticket is for my own car."),
                ("agent", "What's the plate number on the vehicle?"),
                ("customer", "My plate is five L W X two two nine."))
    assert out[2] == "My plate is [ACCOUNT]."
    # no rental in the call: a plate said is the caller's
    out = texts(redactor, ("agent", "What's the citation number on it?"),
                ("customer", "It's P K 40 99 812. The plate on it is five L W X two two nine."))
    assert out[1] == "It's [ACCOUNT]. The plate on it is [ACCOUNT]."


def test_a_brand_in_capitals_ending_the_sentence_before_the_digits(redactor):
    out = texts(redactor, ("agent", "Is this on your benefits card or your own card? Go ahead with the number."),
                ("customer", "The FSA card from ACME. 4111 1111 1111 1111."))
    assert out[1] == "The FSA card from ACME. [CARD]."
    # letters of the id said apart stay with it
    out = texts(redactor, ("agent", "What's the number on your permit?"),
                ("customer", "It starts with a letter, M. Then it's six seven four one two two nine."))
    assert out[1] == "It starts with a letter, [ACCOUNT]."
