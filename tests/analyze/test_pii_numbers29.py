"""PII after held-out 35-37 (numbers and codes): a person's number asked for by itself ("What's their number?",
"I'll need their name and number"); a dorm's room in an address; an id's check letter and a letters-digits-letter
id; a short group between an id's letters and its dash; a referral number asked for; a social's first five said
before the caller is cut off; "And yours?" asking the same again; a place of business's line named before or after
its number; letters said as how every such number starts; a dependant's suffix on a family policy; a username said
as words; a code read back wrong by one character. Example sentences are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_a_persons_number_asked_for_by_itself(redactor):
    out = texts(redactor, ("agent", "Is there a backup contact on the account? What's their number?"),
                ("customer", "Yes, 612..."), ("agent", "six one two, okay."), ("customer", "four four nine..."),
                ("agent", "449, got it."), ("customer", "3081."), ("agent", "3081?"))
    assert out[1:] == ["Yes, [PHONE]...", "[PHONE], okay.", "[PHONE]...", "[PHONE], got it.", "[PHONE].", "[PHONE]?"]
    out = texts(redactor, ("agent", "Who should we list as the emergency contact? I'll need their name and number."),
                ("customer", "Give me a sec... okay, eight twenty one..."), ("agent", "821?"),
                ("customer", "and then five fifty"), ("agent", "Mm-hmm."), ("customer", "and 7730."))
    assert out[1:] == ["Give me a sec... okay, [PHONE]...", "[PHONE]?", "and then [PHONE]", "Mm-hmm.", "and [PHONE]."]
    out = texts(redactor, ("agent", "Could I get a number for you as the guardian, in case we have to reach you "
                                    "during the visit?"),
                ("customer", "Sure, it's three one seven..."), ("agent", "Okay, and?"), ("customer", "then 240"),
                ("agent", "Uh-huh."), ("customer", "6618..."))
    assert out[1:] == ["Sure, it's [PHONE]...", "Okay, and?", "then [PHONE]", "Uh-huh.", "[PHONE]..."]


def test_a_room_in_an_address(redactor):
    assert _found(redactor, "Please send the brace to his dorm, it's 4410 Alder Court, room three twelve, Ames.") == [
        ("address", "4410 Alder Court, room three twelve, Ames")]
    assert _found(redactor, "Ship it to 77 Birch Lane, room 204, Raleigh.") == [
        ("address", "77 Birch Lane, room 204, Raleigh")]


def test_an_ids_check_letter_and_lettered_shapes(redactor):
    assert _found(redactor, "Sure, K R 5 1 7 7 4 B.") == [("account", "K R 5 1 7 7 4 B")]
    assert _found(redactor, "Um, QZ71530K.") == [("account", "QZ71530K")]
    # a short group between the letters and the dash is the id's too
    assert _found(redactor, "Authorization number R B thirty one, dash, 4471902.") == [
        ("account", "R B thirty one, dash, 4471902")]
    out = texts(redactor, ("agent", "What's her Medicaid ID? It's on the card the state mailed, under her name."),
                ("customer", "Um, QZ71530K."), ("agent", "Thanks."))
    assert out[1] == "Um, [ACCOUNT]."  # the letters glued on are no name
    # a model number ends in a digit; "I" after digits opens words
    assert _found(redactor, "I bought the WH1000XM4 headphones.") == []
    assert _found(redactor, "My member ID is K R 5 1 7 7 4 I think.") == [("account", "K R 5 1 7 7 4")]


def test_a_referral_number_asked_for(redactor):
    out = texts(redactor, ("agent", "Did the insurer give you a referral number? The specialist needs it first."),
                ("customer", "Yes, two eight one three"), ("agent", "Mm-hmm."), ("customer", "then forty four sixty."))
    assert out[1:] == ["Yes, [ACCOUNT]", "Mm-hmm.", "then [ACCOUNT]."]
    # a referral code is a promotion's
    out = texts(redactor, ("agent", "Do you have a referral code from a friend?"), ("customer", "Yes, it's SPRING2024."))
    assert out[1] == "Yes, it's SPRING2024."


def test_a_socials_first_five_before_the_caller_is_cut_off(redactor):
    assert _found(redactor, "Do you need my social? It's 471, six two...") == [("ssn", "471, six two")]
    assert _found(redactor, "Do you want my social? It's two one eight, 47...") == [("ssn", "two one eight, 47")]
    # a ZIP code near the word is no social
    assert _found(redactor, "The social security office is in 90210.") == []


def test_and_yours_asks_the_same_again(redactor):
    out = texts(redactor, ("agent", "And your date of birth?"), ("customer", "March third, nineteen eighty."),
                ("agent", "Thanks. And yours, for the co-applicant?"), ("customer", "June ninth, nineteen eighty two."))
    assert out[1::2] == ["[DOB].", "[DOB]."]
    out = texts(redactor, ("agent", "How was the visit?"), ("customer", "It was fine."), ("agent", "And yours?"),
                ("customer", "Mine was May fifth, about ten o'clock."))
    assert out[3] == "Mine was May fifth, about ten o'clock."


def test_a_place_of_business_line_named_before_or_after_its_number(redactor):
    assert _found(redactor, "Ask the lab to fax it to six one four, three eight two, nineteen oh seven, that's our "
                            "intake fax.") == []
    text = "The pharmacy is four one two, five five five, 0199, but you can text his cell directly, 412, 555, 7731."
    assert _found(redactor, text) == [("phone", "412, 555, 7731")]
    out = texts(redactor, ("agent", "What's a good callback number?"), ("customer", text))
    assert out[1] == ("The pharmacy is four one two, five five five, 0199, but you can text his cell directly, "
                      "[PHONE].")
    # the caller's own number stays a phone
    assert [t for t, _ in _found(redactor, "Send it to six one four, three eight two, nineteen oh seven, that's my "
                                           "home fax.")] == ["phone"]
    assert [t for t, _ in _found(redactor, "My cell is four one two, five five five, 0199, that's our only "
                                           "number.")] == ["phone"]
    out = texts(redactor, ("agent", "What's a good callback number?"),
                ("customer", "My sister is four one two, five five five, 0199."))
    assert out[1] == "My sister is [PHONE]."


def test_letters_said_as_how_every_such_number_starts(redactor):
    out = texts(redactor, ("agent", "Can I get your member number? It's on the welcome letter."),
                ("customer", "It's 4 4 1 0 9 2 3 8 5."),
                ("agent", "No, that's a phone number. The member number starts with K T, no worries, I can find you "
                          "another way."))
    assert out[2] == ("No, that's a phone number. The member number starts with K T, no worries, I can find you "
                      "another way.")
    out = texts(redactor, ("agent", "Can I get your member number?"), ("customer", "It starts with K T 4 4 1 0 9 2 3."))
    assert out[1] == "It starts with [ACCOUNT]."


def test_a_dependants_suffix_on_a_family_policy(redactor):
    out = texts(redactor, ("agent", "Can I get your policy number? It's on the welcome e-mail."),
                ("customer", "It's K T four one 8830127, and Biscuit is zero three on the card."))
    assert out[1] == "It's [ACCOUNT], and Biscuit is [ACCOUNT] on the card."
    assert _found(redactor, "My son is dash oh two on the policy.") == [("account", "dash oh two")]
    assert _found(redactor, "There's one on the card and two on the account.") == []


def test_a_username_said_as_words(redactor):
    out = texts(redactor, ("agent", "And what's the username for the portal?"),
                ("customer", "It's biscuit dad eight one, I think. It's my cat's name."))
    assert out[1] == "It's [ACCOUNT], I think. It's my cat's name."
    out = texts(redactor, ("agent", "And what's the username on the app?"),
                ("customer", "It's daisy and rocco, I think. It's my dogs' names."))
    assert out[1] == "It's [ACCOUNT], I think. It's my dogs' names."
    out = texts(redactor, ("agent", "And what's the username on the app?"),
                ("customer", "I think it's my email, I'm not sure."))
    assert out[1] == "I think it's my email, I'm not sure."


def test_a_code_read_back_wrong_by_one_character(redactor):
    out = texts(redactor, ("agent", "Do you have the booking code? It's on the receipt."),
                ("customer", "Yes, it's K as in kilo 4 R T as in Tom M W."), ("agent", "I'm not seeing K4RFMW."),
                ("customer", "No, T as in Tom, not F."), ("agent", "Oh, K4RTMW, got it."))
    assert "K4RFMW" not in out[2] and "K4RTMW" not in out[4]
    # a code that differs in more than one place is another
    out = texts(redactor, ("agent", "Do you have the booking code? It's on the receipt."),
                ("customer", "Yes, it's K as in kilo 4 R T as in Tom M W."), ("agent", "Thanks."),
                ("agent", "The promo this month is QX9ABC."))
    assert out[3] == "The promo this month is QX9ABC."


def test_the_one_asked_saying_what_their_id_starts_with(redactor):
    out = texts(redactor, ("agent", "What's the member ID on your card?"),
                ("customer", "It starts with K as in kite. Then it's 4 4 1 0 9 2 3."))
    assert "K as in kite" not in out[1]
