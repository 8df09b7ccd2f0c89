"""PII after held-out 29 and 30 (numbers and codes): a request told as a statement opens the answer window; a
number asked for someone named at length; a contract number; an order number's suffix after "slash" or "and then";
letters glued to digits are no name; a business's office line, a printed card's toll-free line, an event's code and
a web address are no PII; a person's date of death is redacted like a birth date. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_a_request_told_as_a_statement_opens_the_window(redactor):
    for ask in ("The pension office wants the last four of his social before they'll talk to me.",
                "They're asking for the last four of her social on the form."):
        for answer, want in (("Sure, five two oh nine.", "Sure, [SSN]."), ("Okay, 6613.", "Okay, [SSN]."),
                             ("I believe it's forty one twelve.", "I believe it's [SSN].")):
            out = texts(redactor, ("agent", ask), ("customer", answer))
            assert out[1] == want, (ask, answer, out[1])
    # a statement with no request stays as it is
    out = texts(redactor, ("agent", "The store wants you to be happy with it."), ("customer", "Okay, 6613 was the box."))
    assert out[1] == "Okay, 6613 was the box."


def test_a_number_for_someone_named_at_length(redactor):
    out = texts(redactor,
                ("agent", "And a number for the neighbor who has the spare key, in case the installer needs to call?"),
                ("customer", "Yeah, it's 415"), ("agent", "four one five, yes."), ("customer", "then 882,"),
                ("agent", "eight eight two?"), ("customer", "and 3091."))
    assert out[1:] == ["Yeah, it's [PHONE]", "[PHONE], yes.", "then [PHONE],", "[PHONE]?", "and [PHONE]."]


def test_a_contract_number_and_letters_glued_to_its_digits(redactor):
    ask = ("agent", "Can you read me the service contract number? It's printed under the logo.")
    for answer, want in (("I think it's KR40772.", "I think it's [ACCOUNT]."),
                         ("It's TW11905.", "It's [ACCOUNT].")):
        out = texts(redactor, ask, ("customer", answer))
        assert out[1] == want, (answer, out[1])
    assert not [t for t, _ in _found(redactor, "I think it's KR40772.") if t == "person"]


def test_an_order_number_suffix_after_slash_or_and_then(redactor):
    ask = ("agent", "What's the order number on the receipt?")
    for answer, want in (("It's four one dash two two nine oh one slash S F O.", "It's [ACCOUNT]."),
                         ("Sixty two, 44018, and then P D X.", "[ACCOUNT]."),
                         ("Okay, one one dash 55120 slash A T L I think.", "Okay, [ACCOUNT] I think."),
                         ("It's 4471902, and then I think that's all of it.", "It's [ACCOUNT], and then I think that's all of it.")):
        out = texts(redactor, ask, ("customer", answer))
        assert out[1] == want, (answer, out[1])


def test_business_lines_event_codes_and_web_addresses_stay(redactor):
    for text in ("The leaflet the hospital gave me says to call eight seven seven, two two one, four nine oh six.",
                 "The parish office number is six one seven, five five five, oh one three two.",
                 "The ticket office is at six one seven, five five five, oh one three two until nine.",
                 "The presale code is B K L two two oh five, it's the same for everybody.",
                 "The show code is T D G oh nine one nine, printed by the seat number.",
                 "The recording will be at lakeside chapel dot org slash services for a month.",
                 "Everything is at harbor arena dot com slash faq."):
        assert _found(redactor, text) == [], text
    # a person's own office line and a caller's e-mail stay redacted
    assert _found(redactor, "My office number is six one seven, five five five, oh one three two.")[0][0] == "phone"
    assert _found(redactor, "My email is tom dot reyes at gmail dot com.") == [("email", "tom dot reyes at gmail dot com")]


def test_a_date_of_death_is_a_personal_date(redactor):
    assert _found(redactor, "Dad was born May 2nd, 1938, and passed October ninth, twenty twenty four.") == [
        ("dob", "May 2nd, 1938"), ("dob", "October ninth, twenty twenty four")]
    assert _found(redactor, "My husband died on the third of March, 2023.") == [("dob", "the third of March, 2023")]
    out = texts(redactor, ("agent", "And the date of death on the certificate?"),
                ("customer", "It was the eleventh of January, early morning."))
    assert out[1] == "It was [DOB], early morning."
    # an event's date stays: "passed" without a person, a service date
    for text in ("The deadline passed on March 3rd, 2024.", "The inspection passed June 4th.",
                 "The service is on June 2nd at the chapel."):
        assert _found(redactor, text) == [], text
