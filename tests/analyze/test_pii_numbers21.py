"""PII after held-out 21 (numbers and codes): a number many people share, named just before it (a benefit plan's
group number, a drug card's B I N / P C N, a drug's N D C code), is no id; letters naming a kind of number ("the R X
number", "the B I N on the back") are its name, not the value; letters after a code's name are no spelled name; a
birth date whose year is "two thousand"; a city said before its ZIP code answering an address question. Example
sentences are our own."""

from __future__ import annotations

from pii_turns import persons, texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_shared_plan_and_drug_codes_are_no_ids(redactor):
    for text in ("Our group number on the card is G R one two eight eight four.",
                 "The BIN is six one zero zero one four, if the claim asks.",
                 "Okay, the P C N on the back of your card is nine nine eight two two one.",
                 "And the N D C for that one is five nine seven six two, three three one oh, one.",
                 "The Rx group is 55810, the insurer set that."):
        assert _found(redactor, text) == [], text
    out = texts(redactor, ("agent", "What's the member ID on your plan card?"),
                ("customer", "It's 84412093557."),
                ("customer", "And the group number there is group eight one one oh two, not sure you need it."))
    assert out[1] == "It's [ACCOUNT]."
    assert out[2] == "And the group number there is group eight one one oh two, not sure you need it."


def test_the_member_number_itself_stays_an_id(redactor):
    assert _found(redactor, "My member number is six one zero zero one four two two.") == [
        ("account", "six one zero zero one four two two")]
    out = texts(redactor, ("agent", "What's the card number?"), ("customer", "4111 1111 4421 1111."),
                ("agent", "That's 4111 1111 4412 1111?"), ("customer", "No, the third group is four four two one."))
    assert out[3] == "No, the third group is [CARD]."  # a card's group of digits is no plan's group number


def test_letters_that_name_a_number_are_not_the_value(redactor):
    out = texts(redactor, ("agent", "Can you read me the prescription number off the bottle?"),
                ("customer", "The R X number is seven seven two oh four one one, the blood pressure one."))
    assert out[1] == "The R X number is [ACCOUNT], the blood pressure one."
    out = texts(redactor, ("agent", "And your member ID, please?"),
                ("customer", "Uh, 77102934. The B I N on the card is six one zero zero one four, does that matter?"))
    assert out[1] == "Uh, [ACCOUNT]. The B I N on the card is six one zero zero one four, does that matter?"
    out = texts(redactor, ("agent", "What's the confirmation code?"), ("customer", "It's K, W, Q, four, seven, seven."))
    assert out[1] == "It's [ACCOUNT]."


def test_letters_after_a_code_name_are_no_spelled_name(redactor):
    out = texts(redactor, ("agent", "The processor code is M D X R and the routing is set."),
                ("agent", "I can check that for you."))
    assert out == ["The processor code is M D X R and the routing is set.", "I can check that for you."]
    out = texts(redactor, ("agent", "The P C N is Q R T."), ("agent", "I will send it over now."))
    assert out == ["The P C N is Q R T.", "I will send it over now."]
    assert persons(redactor, "Sure, it goes O K O N K W O.") == ["O K O N K W O"]
    assert persons(redactor, "My last name is K-A-R-L-S-S-O-N.") == ["K-A-R-L-S-S-O-N"]


def test_a_birth_date_in_the_year_two_thousand(redactor):
    out = texts(redactor, ("agent", "Can I get the patient's date of birth?"),
                ("customer", "Hang on... it's one one, zero four, two thousand."),
                ("agent", "Thanks, 11/04/2000."))
    assert out[1:] == ["Hang on... it's [DOB].", "Thanks, [DOB]."]
    out = texts(redactor, ("agent", "What's the balance you want to move?"), ("customer", "It's two thousand."))
    assert out[1] == "It's two thousand."


def test_a_city_before_its_zip_code(redactor):
    for city in ("Greenville", "Lakewood", "Bend", "Fort Myers"):
        out = texts(redactor, ("agent", "And what city and zip code is that?"),
                    ("customer", f"{city}, double four six oh one."))
        assert out[1] == "[ADDRESS].", city
    out = texts(redactor, ("agent", "And what city and zip code is that?"), ("customer", "Okay, nine four six oh one."))
    assert out[1] == "Okay, [ADDRESS]."
