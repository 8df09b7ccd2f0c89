"""PII after held-out 18 (numbers and codes): a secret agreed with the business and said as words (a verbal password,
passcode, code word, security word) is redacted as an account credential: said after its name, answering the
question for it (plainly, as a guess "is it ...?", or as a retry "try ..." after the asker says it does not match),
and read back; what is said of a secret instead of it ("it's the same as my e-mail", "I forgot it") stays. A toll-free
line the business gives as its centre's or office's number is no caller's phone; the caller's own number still is.
Example sentences are our own, not the set's."""

from __future__ import annotations

from pii_turns import texts

from voc.analyze.pii_secrets import secret_word_hits


def _said(text: str) -> list[str]:
    return [text[s:e] for s, e in secret_word_hits(text)]


def test_a_secret_named_then_said_as_words():
    assert _said("My verbal password is purple monkey.") == ["purple monkey"]
    assert _said("Our code word's Bramble, I think.") == ["Bramble"]
    assert _said("We changed the passcode to tiger lily last week.") == ["tiger lily"]
    assert _said("The alarm password was reset to Waverly yesterday, by my son.") == ["Waverly"]


def test_a_secret_named_with_where_it_is_kept_and_a_short_request(redactor):
    assert _said("I have a code word on file, it's Waterfall.") == ["Waterfall"]
    assert _said("We've got a verbal password with you guys: harvest moon.") == ["harvest moon"]
    out = texts(redactor, ("agent", "And the passcode?"), ("customer", "Copperfield."))
    assert out[1] == "[ACCOUNT]."


def test_what_is_said_of_a_secret_is_no_secret():
    for text in ("My password is not working.", "The password is case sensitive.", "My password is wrong.",
                 "The passcode is on the sticker.", "My password is the same as my email.",
                 "Your password is expired.", "I forgot my password, can you reset it?",
                 "The password, it's printed on the router.", "My passcode was denied."):
        assert _said(text) == [], text


def test_a_guess_and_a_retry_answering_the_question_are_redacted(redactor):
    out = texts(redactor, ("agent", "For verification, what's the security word on the account?"),
                ("customer", "Hmm, could it be marigold?"),
                ("agent", "That doesn't match what I have."),
                ("customer", "Then my daughter set it. How about silver fox?"),
                ("agent", "Silver fox, that's it. Thank you."))
    assert "marigold" not in out[1] and "[ACCOUNT]" in out[1]
    assert "silver fox" not in out[3] and out[3].startswith("Then my daughter set it.")
    assert "Silver fox" not in out[4] and "that's it" in out[4]


def test_a_plain_answer_to_the_passcode_question_is_redacted(redactor):
    out = texts(redactor, ("agent", "I'll need your verbal passcode before I can cancel the alarm."),
                ("customer", "Lighthouse."))
    assert out[1] == "[ACCOUNT]."


def test_a_spelled_value_and_a_bare_retry_after_a_plain_no(redactor):
    out = texts(redactor, ("agent", "And the code word on the alarm account?"), ("customer", "Yeah, Juniper, J-U-N-I-P-E-R."))
    assert out[1] == "Yeah, [ACCOUNT]."
    out = texts(redactor, ("agent", "What's your password?"), ("customer", "I'm not sure, maybe Denver?"),
                ("agent", "Sorry, no."), ("customer", "Then Boulder."))
    assert out[1:] == ["I'm not sure, maybe [ACCOUNT]?", "Sorry, no.", "Then [ACCOUNT]."]


def test_no_value_in_the_answer_redacts_nothing(redactor):
    for answer in ("Hold on, let me find it.", "I don't remember setting one.", "It's the same as my email.",
                   "Sorry, what was that?", "Okay.", "Uh-huh.", "Does that work with PayPal or only Apple Pay?"):
        out = texts(redactor, ("agent", "Can you give me the password on the account?"), ("customer", answer))
        assert out[1] == answer, answer


def test_a_password_problem_told_opens_no_window(redactor):
    for said in ("Hi, I need help resetting the password on my online account.",
                 "Can you help me, I can't remember the passcode for the app?", "I want a new password, please.",
                 "How could I get information about a forgotten password?"):
        out = texts(redactor, ("customer", said), ("agent", "Absolutely."), ("agent", "Certainly, Dana."),
                    ("agent", "Go ahead."))
        assert out[1] == "Absolutely." and out[3] == "Go ahead.", said
        assert "[ACCOUNT]" not in out[2], said


def test_a_guess_without_a_secret_asked_is_left(redactor):
    out = texts(redactor, ("agent", "Which plan are you on?"), ("customer", "Um, is it Premium?"),
                ("agent", "That's not what I see."), ("customer", "Try the basic one then."))
    assert out[1] == "Um, is it Premium?"


def test_the_business_centre_toll_free_line_is_kept_the_callers_number_redacted(redactor):
    line = ("If you ever need us, the service center is one eight eight eight, five five five, two one nine zero. "
            "And what's the best number for you?")
    out = texts(redactor, ("agent", line),
                ("customer", "Sure, four one two, five five five, zero one nine three."))
    assert "two one nine zero" in out[0]
    assert "zero one nine three" not in out[1] and "[PHONE]" in out[1]
    out = texts(redactor, ("customer", "You can reach me at the office, my direct line is 888 555 0144."))
    assert "0144" not in out[0]
    out = texts(redactor, ("agent", "What's a good number during the day?"), ("customer", "The office is 888 555 0144."))
    assert "0144" not in out[1]
    said = "Our claims office is at 1-877-555-0163, and the number to call after hours is 1-866-555-0190."
    out = texts(redactor, ("agent", said))
    assert "0163" in out[0] and "0190" in out[0]
