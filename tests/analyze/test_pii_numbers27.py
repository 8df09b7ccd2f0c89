"""PII after held-out 31 and 32 (numbers and codes): an e-mail's local part said again alone after a wrong
read-back; the caller's id "for" a program; a routing number said a few words after "routing", with its ABA check;
a toll-free line dialled or to dial; a brokerage's DTC number; a price "each way"; a round amount "of that". Example
sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_an_email_local_part_said_alone_after_a_wrong_read_back(redactor):
    out = texts(redactor, ("agent", "What e-mail should the receipt go to?"),
                ("customer", "It's rmoreno at comcast dot net."), ("agent", "Okay, r.moreno@comcast.net?"),
                ("customer", "No, no dot. Just rmoreno."))
    assert out[1:] == ["It's [EMAIL].", "Okay, [EMAIL]?", "No, no dot. Just [EMAIL]."]
    out = texts(redactor, ("agent", "And your email address?"), ("customer", "dk_walsh@yahoo.com."),
                ("agent", "Got it."), ("customer", "Sorry, it's dkwalsh, without the underscore."))
    assert out[3] == "Sorry, it's [EMAIL], without the underscore."
    # an everyday word as the local part is no e-mail said again ("info@...", later "more info")
    out = texts(redactor, ("agent", "What's the email?"), ("customer", "It's support at walshplumbing dot com."),
                ("agent", "Thanks."), ("customer", "I called support twice already."))
    assert out[3] == "I called support twice already."


def test_the_callers_id_for_a_program(redactor):
    ask = ("agent", "What's your member ID for the wellness program? It's printed on the welcome packet.")
    out = texts(redactor, ask, ("customer", "Sure, it's WP-60413."))
    assert out[1] == "Sure, it's [ACCOUNT]."
    # a number to call for something is no id asked for
    out = texts(redactor, ("agent", "Do you have the number for the pharmacy?"), ("customer", "Okay, 6613 was the box."))
    assert out[1] == "Okay, 6613 was the box."


def test_a_routing_number_a_few_words_after_routing(redactor):
    # 021000021 and 111000025 pass the ABA check: the bank's, not the caller's
    for text, bank in (("The routing on my check is 0 2 1 0 0 0 0 2 1, and the account is 4471 0932.", "0 2 1 0 0 0 0 2 1"),
                       ("Routing number first, one one one, oh oh oh, oh two five. Account 58120394.",
                        "one one one, oh oh oh, oh two five")):
        found = _found(redactor, text)
        assert not any(bank in f for _, f in found), found
        assert any(t == "account" for t, _ in found), found
    # nine digits that fail the check stay redacted
    assert _found(redactor, "The routing on my check is 0 2 1 0 0 0 0 2 2.")


def test_a_toll_free_line_dialled_or_to_dial(redactor):
    for text in ("I called one eight hundred, four four four, two one nine one from the bill and nobody answered.",
                 ("If anything changes, call one eight seven seven, three three two, five five one eight, that's "
                  "the billing line."),
                 "I tried four one one, or eight six six, five five five, two two one zero and they sent me here."):
        assert _found(redactor, text) == [], text
    # the caller's own number stays a phone
    text = "You can call me at eight four seven, three three two, five five one eight."
    assert [t for t, _ in _found(redactor, text)] == ["phone"]


def test_a_brokerage_dtc_number_is_no_account(redactor):
    out = texts(redactor, ("customer", "My broker is asking for your D T C number."),
                ("agent", "Sure, our DTC number is zero one eight eight."))
    assert out[1] == "Sure, our DTC number is zero one eight eight."


def test_a_price_each_way_and_a_part_of_an_amount(redactor):
    assert _found(redactor, "The shuttle is four fifty each way, kids ride free.") == []
    assert _found(redactor, "It's two twenty either way.") == []
    assert [t for t, _ in _found(redactor, "I live at 412 Harbor Way, apartment 3.")] == ["address"]
    from voc.analyze.pii_dialogue import answer_pieces

    # a round amount with "of that" in an answer window is money; without, it may be a number asked for
    assert answer_pieces("Okay, and twelve hundred of that is deductible.", ["account"], True) == []
    assert answer_pieces("Okay, and twelve hundred goes to the fund.", ["account"], True)
