"""PII after held-out 19 (numbers and codes): a request said as someone else needing the value ("the bank needs your
social to ...") asks for it; the answer in the same turn as the caller's remark about the request, and the answer
after the caller questioned the request and the asker explained (the explanation asks for nothing new); a date of
birth said day first with the month as a number ("the ninth of the fourth, fifty one"); "plus" and the country code
with a phone number said outside an answer window; the keys typed around an access code ("hash 5521", "3390, then
the call button"); dotted initials before a name ("J.B. Hunt") are no id. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_codes import credential_hits


def _codes(text: str) -> list[str]:
    return [text[s:e] for s, e in credential_hits(text)]


def _found(redactor, text: str, kind: str) -> list[str]:
    return [text[h.start:h.end] for h in redactor.find(text) if h.pii_type == kind]


def test_someone_needing_the_value_asks_for_it(redactor):
    out = texts(redactor, ("agent", "The lender needs your social security number before it can release the funds."),
                ("customer", "Seriously? For a car loan? Fine... three one two, four four..."),
                ("agent", "Uh-huh."), ("customer", "nine zero one six."))
    assert out[1] == "Seriously? For a car loan? Fine... [SSN]..."
    assert out[3] == "[SSN]."
    out = texts(redactor, ("agent", "The form requires the applicant's date of birth."),
                ("customer", "It's March fourth, nineteen seventy."))
    assert out[1] == "It's [DOB]."


def test_needing_something_else_asks_for_nothing(redactor):
    out = texts(redactor, ("agent", "The battery needs a firmware update first."),
                ("customer", "Okay, the model is 4410."))
    assert out[1] == "Okay, the model is 4410."


def test_the_answer_after_the_asker_explains_a_questioned_request(redactor):
    out = texts(redactor, ("agent", "Could you read me the last four of your social?"),
                ("customer", "Why do you need that for a furniture order?"),
                ("agent", "It's just to confirm the account holder before I update the shipping address."),
                ("customer", "Alright. six two nine one."))
    assert out[3] == "Alright. [SSN]."


def test_a_new_question_after_the_pushback_still_opens_a_window(redactor):
    out = texts(redactor, ("agent", "What's the last four of your social?"),
                ("customer", "Why do you need that?"),
                ("agent", "Okay, we can skip it. What's the best callback number?"),
                ("customer", "It's 415 555 0199."))
    assert out[3] == "It's [PHONE]."


def test_a_date_of_birth_said_day_first_with_the_month_as_a_number(redactor):
    out = texts(redactor, ("agent", "I'll need the patient's date of birth."),
                ("customer", "Where I'm from we say the day first, so the ninth of the fourth, fifty one."))
    assert out[1] == "Where I'm from we say the day first, so [DOB]."
    out = texts(redactor, ("agent", "Can you confirm your date of birth?"),
                ("customer", "Sure, the 3rd of the 11th, 1962."))
    assert out[1] == "Sure, [DOB]."


def test_a_day_of_a_month_named_by_its_name_is_not_the_new_shape(redactor):
    # "the first of the month" names no month number: nothing taken outside a date-of-birth answer
    assert _found(redactor, "Rent is due on the first of the month.", "dob") == []


def test_plus_and_the_country_code_go_with_a_phone_number(redactor):
    text = "My sister is in Dublin, her cell is plus three five three, eight seven one, two two four, five five six six."
    assert _found(redactor, text, "phone") == [
        "plus three five three, eight seven one, two two four, five five six six"]
    text = "Text my husband's mobile, plus 61 412 555 019."
    assert _found(redactor, text, "phone")[0].startswith("plus 61")


def test_the_keys_typed_around_an_access_code_are_part_of_it():
    assert _codes("The door code is hash five five two one, and the dog is friendly.") == ["hash five five two one"]
    assert _codes("Our gate code's 3390, then the call button.") == ["3390, then the call button"]
    assert _codes("The keypad code is 7 1 7 1 and then press enter.") == ["7 1 7 1 and then press enter"]
    # what comes after that is no key stays
    assert _codes("The gate code is 3390, then drive to the back.") == ["3390"]


def test_a_code_answered_with_its_first_key(redactor):
    out = texts(redactor, ("agent", "Is there a buzzer code or a gate code?"), ("customer", "Hash six one six one."))
    assert out[1] == "[ACCOUNT]."


def test_dotted_initials_before_a_name_are_no_id(redactor):
    out = texts(redactor, ("agent", "Do you have the order number?"),
                ("customer", "Who is J.B. Hunt? A truck of theirs came by."))
    assert out[1] == "Who is J.B. Hunt? A truck of theirs came by."
    out = texts(redactor, ("agent", "And the reference?"), ("customer", "K.L. four four nine one."))
    assert "K.L" not in out[1] and "[ACCOUNT]" in out[1]
