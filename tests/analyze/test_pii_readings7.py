"""PII rules added after held-out set 7 (issue 15): a phone's last group said "<digit> thousand", spoken e-mails
whose domain is said in letters ("g mail", "e d u") or with "period", and "Doctor <Surname>" as a name cue.
Phrased differently from the set's lines."""

from __future__ import annotations

import pytest
from pii_turns import texts

from voc.analyze.numbers import digit_runs


def test_digit_thousand_is_four_digits_but_years_are_not():
    assert digit_runs("three thousand")[0].digits == "3000"
    assert [r.digits for r in digit_runs("two thousand nineteen")] == ["2", "19"]  # a year: unchanged


def test_phone_ending_in_thousand_is_redacted_whole(redactor):
    out = texts(redactor, ("agent", "Which number can the technician reach you on?"),
                ("customer", "Sure, six oh two, three three one, four thousand."))
    assert "thousand" not in out[1] and "four" not in out[1], out


@pytest.mark.parametrize("said", ["marta kovacs at g mail dot com", "tom period reyes at hotmail period com",
                                  "jreyes at u t dot e d u"])
def test_spoken_email_domain_in_letters_or_with_period(redactor, said):
    out = texts(redactor, ("agent", "Which email should the receipt go to?"), ("customer", f"Okay, it's {said}."))
    assert "[EMAIL]" in out[1] and " mail" not in out[1] and "period" not in out[1] and "e d u" not in out[1], out


def test_doctor_surname_is_a_name_but_the_doctor_is_not(redactor):
    out = texts(redactor, ("customer", "Doctor Haddad told me to come back in a week."),
                ("customer", "The doctor said the results were fine."))
    assert "Haddad" not in out[0] and out[1] == "The doctor said the results were fine.", out


def test_remark_between_local_part_and_at_does_not_split_the_address(redactor):
    out = texts(redactor, ("agent", "And an email for the reminders?"),
                ("customer", "Yes, it's kofi mensah, no spaces, at outlook dot com."))
    assert "kofi" not in out[1] and "mensah" not in out[1] and "outlook" not in out[1], out
