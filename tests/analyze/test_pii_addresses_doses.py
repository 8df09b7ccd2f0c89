"""Addresses and amounts after held-out 7 (issue 15): the city and ZIP code after a street address, "double" in a
street or unit number, "where should we mail ...?" as an address question, and doses or measures that are not ids.
Phrased differently from the evaluation sets' lines."""

from __future__ import annotations

import pytest
from pii_turns import texts

from voc.analyze.pii import Redactor
from voc.analyze.pii_dialogue import question_types


def hits(r: Redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in r.find(text)]


@pytest.mark.parametrize("text,address", [
    ("Sure, 902 Birchwood Lane, Lakeside, 30412.", "902 Birchwood Lane, Lakeside, 30412"),
    ("It's 15 Elm St., Dayton, Ohio, four five four oh two.", "15 Elm St., Dayton, Ohio, four five four oh two"),
    ("Ship to 77 Hill Road, Troy, NY 12180 please.", "77 Hill Road, Troy, NY 12180"),
])
def test_city_and_zip_after_a_street_address_are_part_of_it(redactor, text, address):
    assert hits(redactor, text) == [("address", address)]


def test_a_number_after_the_sentence_that_ends_the_address_is_not_its_zip(redactor):
    text = "I live at 12 Main Street. Tom, 12345 is my PIN."
    assert ("address", "12 Main Street, Tom, 12345") not in hits(redactor, text)
    assert not any(t == "address" and "12345" in s for t, s in hits(redactor, text))


@pytest.mark.parametrize("text", ["It's four double one six Maple Avenue.", "It's 40 Maple Avenue, unit triple three."])
def test_double_and_triple_in_street_and_unit_numbers(redactor, text):
    found = hits(redactor, text)
    assert len(found) == 1 and found[0][0] == "address" and found[0][1].rstrip(".").endswith(("Avenue", "three")), found
    assert "double" in found[0][1] or "triple" in found[0][1]


def test_where_should_we_mail_or_deliver_asks_for_an_address_but_send_does_not():
    assert question_types("Where should we mail the replacement card?") == ["address"]
    assert question_types("And where would you like us to deliver it? Where can we deliver it?") == ["address"]
    assert question_types("Where should we send the invite?") == []


def test_address_answer_after_a_mail_question_is_redacted(redactor):
    out = texts(redactor, ("agent", "Where should we mail the forms?"),
                ("customer", "Um, twenty two Orchard Row, Milton, oh two one eight six."))
    assert "Orchard" not in out[1] and "oh two one eight six" not in out[1], out


@pytest.mark.parametrize("text", ["Take two hundred fifty milligram tablets.", "I bought a twenty sided die.",
                                  "The 1000 mg ones were cheaper.", "That's 125000 steps this month."])
def test_doses_and_measures_are_not_ids(redactor, text):
    assert hits(redactor, text) == []


def test_a_dose_after_an_id_question_is_not_the_answer(redactor):
    out = texts(redactor, ("agent", "What's the prescription number?"), ("customer", "Um, it's the 500 mg one."))
    assert out[1] == "Um, it's the 500 mg one."
