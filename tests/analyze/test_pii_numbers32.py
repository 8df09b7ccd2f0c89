"""PII after held-out 44-46 (numbers and codes): "a number where <five words> can reach you"; a digit guessed after
a partial answer ("Let's say seven. Then 9."); the words a spelled plate spells said before it; "letter O" and
"O/" opening an id; "where would you like it towed?"; and kept: the emergency line, a toll-free vanity line, a
toll-free line with "twenty four seven" after it or "on the back of my card" before it, "fax the form to <toll-free>",
a business named then "their number / dispatch is", "the provider's line", a reimbursement or a receipt's amount,
"Appeals go to P O Box ...", "<Named> Hospital is at ...". Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_a_number_where_a_long_role_can_reach_you(redactor):
    out = texts(redactor, ("agent", "Is there a number where the visiting home health aide can reach you this weekend?"),
                ("customer", "Yes, it's five one two, 448... hang on, the dog is barking at the door."),
                ("agent", "No problem, I've got the first six."),
                ("customer", "Okay, where was I... seventy seven oh two."))
    assert out[1] == "Yes, it's [PHONE]... hang on, the dog is barking at the door."
    assert out[3] == "Okay, where was I... [PHONE]."


def test_a_digit_guessed_after_a_partial_answer(redactor):
    out = texts(redactor, ("agent", "Do you have the claim number? It's printed under the barcode."),
                ("customer", "It starts with R as in Robert, then four four one two... the next one is faded, "
                             "a three or an eight."),
                ("agent", "Give me your best guess and I'll try it."),
                ("customer", "Let's say eight. Then 6."))
    assert out[3] == "Let's say [ACCOUNT]."
    # a guess about something else, with no partial answer before it, stays
    out = texts(redactor, ("agent", "How many people are on the plan?"), ("customer", "Let's say four."))
    assert out[1] == "Let's say four."


def test_the_words_a_spelled_plate_spells_said_before_it(redactor):
    out = texts(redactor, ("agent", "And the license plate on the car?"),
                ("customer", "It's a custom plate, it reads lucky me, L-U-C-K-Y-M-E."))
    assert out[1] == "It's a custom plate, it reads [ACCOUNT]."
    out = texts(redactor, ("agent", "And the license plate on the car?"),
                ("customer", "It's a custom plate, it says beach bum, b e a c h b u m."))
    assert out[1] == "It's a custom plate, it says [ACCOUNT]."


def test_letter_o_and_o_slash_opening_an_id(redactor):
    out = texts(redactor, ("agent", "Do you have the ticket ID? It's under My Tickets."),
                ("customer", "One sec... okay, letter K, slash, four four seven one nine oh two, slash, triple oh "
                             "three three one nine."),
                ("agent", "So K/4471902/0003319, the one from Saturday?"))
    assert out[1] == "One sec... okay, [ACCOUNT]."
    assert out[2] == "So [ACCOUNT], the one from Saturday?"


def test_where_would_you_like_it_towed(redactor):
    out = texts(redactor, ("agent", "Where do you want the car towed?"),
                ("customer", "Just bring it home, I'll sort it out later. 118 Willow Court, Independence."))
    assert out[1] == "Just bring it home, I'll sort it out later. [ADDRESS]."


def test_the_emergency_line_is_no_one_s(redactor):
    out = texts(redactor, ("agent", "What's the card number?"), ("customer", "4111 1111 1111 1111."),
                ("agent", "If the smoke gets worse, hang up and dial nine one one."))
    assert out[2] == "If the smoke gets worse, hang up and dial nine one one."
    # a caller's phone that opens with the same digits stays a phone
    out = texts(redactor, ("agent", "What's the best number for you?"),
                ("customer", "It's nine one one, four four two, three three eight zero."))
    assert out[1] == "It's [PHONE]."


def test_toll_free_lines_of_a_business(redactor):
    text = "I can't close it for him, but I can give you the helpline, one eight hundred, R E F I L L S."
    assert _found(redactor, text) == []
    text = ("Our main line is one eight hundred, five five two, thirty one hundred, and the pharmacy line is one eight "
            "eight eight, four one two, oh two two six, twenty four seven.")
    assert _found(redactor, text) == []
    text = "I called the number on the back of my card, one eight hundred, six six two, forty one hundred, no luck."
    assert _found(redactor, text) == []
    text = "Fax the referral form to eight six six, two one four, oh oh seven three, attention case management."
    assert _found(redactor, text) == []
    # a fax the caller takes stays theirs
    text = "Fax it to me at eight six six, two one four, oh oh seven three."
    assert [t for t, _ in _found(redactor, text)] == ["phone"]


def test_a_business_named_then_their_line(redactor):
    text = ("Dr. Okafor's office left a message. Their number is six one four, two two seven, five five three one if "
            "you want to call back.")
    assert [t for t, _ in _found(redactor, text)] == ["person"]
    text = "Your tow provider is Reliable Towing. If you need them, their dispatch is 614 227 5531."
    assert _found(redactor, text) == []
    text = "The provider's line is six one four, two two seven, five five three one, if you need it."
    assert _found(redactor, text) == []
    # a person's line after a business is named stays a phone
    text = "My sister runs a garage. Her cell is six one four, two two seven, five five three one."
    assert [t for t, _ in _found(redactor, text)] == ["phone"]
    text = "I talked to my brother about the clinic. Their number is 614 227 5531."
    assert [t for t, _ in _found(redactor, text)] == ["phone"]


def test_a_reimbursement_or_a_receipt_amount(redactor):
    out = texts(redactor, ("agent", "For the refund, which card should it go to?"),
                ("customer", "Forty one twelve, eighty eight oh two, fifty five sixty one, two two nine four."),
                ("agent", "Ending two two nine four. The reimbursement is two forty, for the lockout on Tuesday."))
    assert out[2] == "Ending [CARD]. The reimbursement is two forty, for the lockout on Tuesday."
    text = "Can the machine take my card? The receipt says three hundred fifteen forty, dated May ninth."
    assert _found(redactor, text) == []


def test_where_appeals_go_and_a_named_hospital(redactor):
    text = "Grievances go to P O Box twenty two ten, Tulsa, Oklahoma, seven four one oh one."
    assert _found(redactor, text) == []
    text = "Mercy General Hospital is at four oh oh one J Street, and parking is on the east side."
    assert _found(redactor, text) == []
    # the caller's own mail, and a person "at" an address, stay addresses
    text = "My appeals go to 12 Oak Street, Dayton."
    assert [t for t, _ in _found(redactor, text)] == ["address"]
    text = "My friend Dana is at 40 Elm Street tonight."
    assert "address" in [t for t, _ in _found(redactor, text)]
