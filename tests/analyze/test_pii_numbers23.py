"""PII after held-out 23 (numbers and codes): ids spelled unasked in one sentence, two at once, with spelling-alphabet
words and "X as in word" among the digits; a gift card's code read in groups; a clock time after an event's "at",
an order's total said without a currency word and a third business's line (a restaurant's, a store's) are no PII.
Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_two_ids_spelled_in_one_answer(redactor):
    text = ("There were two bookings. The first one was Tango, 4, B as in boy, R, seven, and the second is "
            "Q 7 H 2 2 K.")
    assert _found(redactor, text) == [("account", "Tango, 4, B as in boy, R, seven"), ("account", "Q 7 H 2 2 K")]
    assert _found(redactor, "My confirmation code is Victor, six, P as in Peter, oh, Z, three.") == [
        ("account", "Victor, six, P as in Peter, oh, Z, three")]
    assert _found(redactor, "The reference number is R 4 W 8 L 1.") == [("account", "R 4 W 8 L 1")]
    # no id's name, or letters that are no id
    for text in ("We sat in row B 4 at gate 2 then.", "I was at the store on Route 9 with my kids 2 or 3 times.",
                 "My order is A B C, I think, with 2 sides.", "The order was 2 pizzas and 3 drinks."):
        assert not any(t == "account" for t, _ in _found(redactor, text)), text


def test_spelled_alphabet_words_inside_an_id_are_no_names(redactor):
    text = "The claim number is Oscar, Mike, 5, 1, Juliet, 9."
    assert _found(redactor, text) == [("account", "Oscar, Mike, 5, 1, Juliet, 9")]


def test_a_gift_card_code_read_in_groups(redactor):
    assert _found(redactor, "My gift card keeps getting declined, the code is QH7R, 2MXP, T9KD.") == [
        ("account", "QH7R, 2MXP, T9KD")]
    assert _found(redactor, "The redemption code on the back says KJ4F-8PQW-ZZ3N.") == [
        ("account", "KJ4F-8PQW-ZZ3N")]
    # a promo or discount code is no credential; capitals without a code named are no code
    assert _found(redactor, "The promo code is SAVE, FALL, 2024 and it says expired.") == []
    assert _found(redactor, "We use USB, HDMI, and 4K TV at home.") == []


def test_a_clock_time_after_an_events_at(redactor):
    for text in ("The tracker says it was delivered at seven fifty one.", "The driver showed up at 8 15 tonight.",
                 "It got here at about nine thirty."):
        out = texts(redactor, ("agent", "What's the best number to reach you?"), ("customer", "312 555 0178."),
                    ("agent", text))
        assert out == ["What's the best number to reach you?", "[PHONE].", text], text
    # a number said after "at" that goes on is a phone number
    out = texts(redactor, ("agent", "What's the best number to reach you?"),
                ("customer", "You can reach me at six forty two, five five five, oh one nine one."))
    assert "[PHONE]" in out[1]


def test_an_orders_total_without_a_currency_word(redactor):
    for text in ("The total was fifty six twenty and half of it was missing.", "My subtotal came to 3149 before tip.",
                 "It came to twenty two ninety with the fees."):
        out = texts(redactor, ("customer", "I forgot my account login, can you reset it?"), ("customer", text))
        assert out[1] == text, text
    # an id is still an id
    out = texts(redactor, ("agent", "What's your account number?"), ("customer", "It's 5544 1290 31."))
    assert out[1] == "It's [ACCOUNT]."


def test_a_third_business_line_is_no_callers_phone(redactor):
    for text in ("The restaurant's number on the order page is 415 555 0132, if you want to try them.",
                 "The store's phone number is six one seven, five five five, oh one four four."):
        assert _found(redactor, text) == [], text
    # a driver's or courier's line is a person's; the caller's own stays too
    assert _found(redactor, "The driver's number is 415 555 0132.") == [("phone", "415 555 0132")]
    assert _found(redactor, "My store's number is 415 555 0132.") == [("phone", "415 555 0132")]
