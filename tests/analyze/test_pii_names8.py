"""Name rules added after held-out set 8 (issue 15): letters explained "N as in Nancy" in a spelled name, the
borrower / co-signer / owner asked for, role nouns with "is" ("my guarantor is ..."), "dealt with", "worked with",
"in my husband's name, ...", a census first name and surname whose surname is a brand ("talked to Grace Hyatt"),
an agent's first name in a "you've got ..., how can I help?" greeting (not a brand alone, nor a department: "you've
got Sales"), and a brand said as a thing ("at the Hyatt") not redacted again as a name. Phrased differently from the
set's lines; each with a brand or product that must survive."""

from __future__ import annotations

import pytest
from pii_turns import texts


def test_spelled_name_with_as_in_letters(redactor):
    out = texts(redactor, ("agent", "How do you spell your surname?"),
                ("customer", "K as in king, O, W, A as in alpha, L, S, K, I."),
                ("customer", "And I'm on the Unlimited Plus plan."))
    assert "king" not in out[1] and "alpha" not in out[1] and "K as" not in out[1], out
    assert "Unlimited Plus" in out[2], out


def test_who_is_the_co_borrower_question_opens_a_name_window(redactor):
    out = texts(redactor, ("agent", "Who is the co-borrower on this one?"), ("customer", "That'd be Tomasz Wierzbicki."),
                ("customer", "We both use the Smart Hub."))
    assert "Tomasz" not in out[1] and "Wierzbicki" not in out[1], out
    assert "Smart Hub" in out[2], out


@pytest.mark.parametrize("line,name", [("My guarantor is Oluwaseun Adeyemi, should he sign too?", "Oluwaseun"),
                                       ("Honestly I dealt with Radoslav twice already.", "Radoslav"),
                                       ("The lease is in my husband's name, Teodor Petrov.", "Teodor")])
def test_role_is_dealt_with_and_in_my_name(redactor, line, name):
    out = texts(redactor, ("customer", line), ("customer", "I switched over from Skyline last month."))
    assert name not in out[0] and "[PERSON]" in out[0], out
    assert "Skyline" in out[1], out


def test_dealt_with_an_everyday_word_is_no_name(redactor):
    line = "I dealt with Billing twice and they sent me to Apple."
    assert texts(redactor, ("customer", line)) == [line]


def test_census_name_with_a_brand_surname_after_talked_to(redactor):
    out = texts(redactor, ("customer", "Yesterday I talked to Grace Hyatt about it, no luck."),
                ("customer", "We stayed at the Hyatt downtown."))
    assert "Grace" not in out[0] and "Hyatt" not in out[0], out
    assert "Hyatt" in out[1], out


def test_agent_first_name_in_a_you_ve_got_greeting_but_not_a_brand_or_a_department(redactor):
    out = texts(redactor, ("agent", "Parts desk, you've got Anneliese, how can I help?"),
                ("agent", "Hi, you've got Sales, what can I do for you?"),
                ("customer", "Hi, my Harley needs a new battery."))
    assert "Anneliese" not in out[0] and "[PERSON]" in out[0], out
    assert out[1] == "Hi, you've got Sales, what can I do for you?" and "Harley" in out[2], out
