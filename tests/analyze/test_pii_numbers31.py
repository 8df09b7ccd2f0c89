"""PII after held-out 41-43 (numbers and codes): a request said as a noun phrase with "just the last four of the
social"; a username said with "underscore" and a number after its words; a house, plot or "Number 9" opening a
foreign address; one letter set off by a comma or said as its phonetic word before an id's digits; "what cell should
... be texted to?"; the asker's own short number that is nothing like the answer (a time, an amount, a cabin); an
answer that names the card it is on opens no new question; "plus one, then ..." one phone span; a year after "and it
expires ...?"; a flight by its airline, a cabin, a ship's IMO number, an office's room in a named building; a form's
or plan's number (1098-T, I-20, the 529 check); a term or course code; a hotel's room block code; a company's office
line; a shuttle's stop; an hour after an hour named in the sentence; a round amount on the card. Example sentences
are our own."""

from __future__ import annotations

from pii_turns import texts


def _found(redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


def test_just_the_last_four_of_the_social_said_as_a_noun_phrase(redactor):
    out = texts(redactor, ("agent", "Right, and just the last four of the social, for the background check."),
                ("customer", "Sure, it's sixty one oh two."))
    assert out[1] == "Sure, it's [SSN]."
    out = texts(redactor, ("agent", "Okay, and only the last four of your social, to pull the lease file."),
                ("customer", "Um, 4471."))
    assert out[1] == "Um, [SSN]."


def test_a_username_with_underscore_and_a_number_after_its_words(redactor):
    out = texts(redactor, ("agent", "What user name are you logging in with?"),
                ("customer", "marco underscore bellini nineteen."))
    assert out[1] == "[ACCOUNT]."
    out = texts(redactor, ("agent", "What user name are you using?"),
                ("customer", "dana kowalski twenty twenty five, all one word."))
    assert out[1] == "[ACCOUNT]."
    out = texts(redactor, ("agent", "What user name are you using?"), ("customer", "I don't remember it, sorry."))
    assert out[1] == "I don't remember it, sorry."


def test_a_house_plot_or_number_opening_a_foreign_address(redactor):
    out = texts(redactor, ("agent", "What's your mailing address?"),
                ("customer", "We're in Kenya actually. House 14, Road 7, Westlands, Nairobi."))
    assert out[1] == "We're in Kenya actually. [ADDRESS]."
    out = texts(redactor, ("agent", "What's your mailing address?"),
                ("customer", "Number 12, Alley 5, Tran Phu Street, Hoan Kiem, Hanoi."))
    assert out[1] == "[ADDRESS]."


def test_one_letter_set_off_by_a_comma_or_said_as_a_phonetic_word(redactor):
    ask = ("customer", "My sponsor needs my visa record number on the invoice, can you add it?")
    out = texts(redactor, ask, ("agent", "Sure, what is it? It's on the top of the form."),
                ("customer", "It's K, oh oh four two seven, one one eight three five."))
    assert out[2] == "It's [ACCOUNT]."
    out = texts(redactor, ask, ("agent", "Sure, what is it? It's on the top of the form."),
                ("customer", "Sure, Foxtrot, oh zero three one one, double four two nine six."))
    assert out[2] == "Sure, [ACCOUNT]."
    # a phone number said after a comma stays a phone
    out = texts(redactor, ("agent", "What's the best number for you?"), ("customer", "Sure, it's 415, 555, 0134."))
    assert out[1] == "Sure, it's [PHONE]."


def test_what_cell_should_it_be_texted_to(redactor):
    out = texts(redactor, ("agent", "And what cell should the shipping alerts go to?"),
                ("customer", "I think it's six one seven..."), ("agent", "Okay."), ("customer", "And then 448."),
                ("agent", "448, got it."), ("customer", "and 2093..."), ("agent", "2093?"))
    assert out[1:] == ["I think it's [PHONE]...", "Okay.", "And then [PHONE].", "[PHONE], got it.", "and [PHONE]...",
                       "[PHONE]?"]
    out = texts(redactor, ("agent", "What cell carrier are you with?"), ("customer", "Verizon, since 2019."))
    assert out[1] == "Verizon, since 2019."


def test_the_askers_own_short_number_unlike_the_answer(redactor):
    out = texts(redactor, ("agent", "Can I have the membership number on the card?"),
                ("customer", "Sure, it's seven seven two one, four oh eight nine."),
                ("agent", "Thanks. The gates open at nine, and the last tour is four thirty."))
    assert out[1:] == ["Sure, it's [ACCOUNT].", "Thanks. The gates open at nine, and the last tour is four thirty."]
    # the asker reading the number back (or a misheard one) is still redacted
    out = texts(redactor, ("agent", "And your account number?"), ("customer", "It's 55 20 4417."),
                ("agent", "I have 4471, is that right?"))
    assert out[2] == "I have [ACCOUNT], is that right?"


def test_an_answer_naming_its_card_opens_no_new_question(redactor):
    out = texts(redactor, ("agent", "For the deposit I need a card. Go ahead with the card."),
                ("customer", "It's 4021 3642 6418 2871, both rooms on the same card."),
                ("agent", "Four hundred on the card ending two eight seven one, both rooms are held."))
    assert out[2] == "Four hundred on the card ending [CARD], both rooms are held."


def test_plus_one_then_the_number_is_one_phone_span(redactor):
    out = texts(redactor, ("agent", "What number should we text the boarding pass to?"),
                ("customer", "Plus one, then four two five, three three one, eighty eight twelve."))
    assert out[1] == "[PHONE]."


def test_a_year_after_and_it_expires(redactor):
    out = texts(redactor, ("agent", "Can I have the passport number exactly as printed?"),
                ("customer", "K, forty four eighty, one two nine seven."),
                ("agent", "K44801297, and it expires after the trip?"), ("customer", "Twenty twenty nine, yes."))
    assert out[1:] == ["[ACCOUNT].", "[ACCOUNT], and it expires after the trip?", "Twenty twenty nine, yes."]


def test_a_flight_a_cabin_a_ships_number_and_an_offices_room(redactor):
    out = texts(redactor, ("agent", "What's the policy number?"), ("customer", "It's 7720 4419."),
                ("customer", "Our flight is United fourteen oh two, it gets in at noon."))
    assert out[2] == "Our flight is United fourteen oh two, it gets in at noon."
    out = texts(redactor, ("agent", "What's the passport number?"), ("customer", "It's K 7712 0934."),
                ("agent", "Got it. Your stateroom is seven one two six on deck seven."))
    assert out[2] == "Got it. Your stateroom is seven one two six on deck seven."
    assert _found(redactor, "The vessel is flagged in Malta, IMO number nine three one two eight eight four.") == []
    out = texts(redactor, ("customer", "Can you tell me about a pin code recovery?"),
                ("agent", "The registrar's office is in Carver Hall, room two twelve, second floor."))
    assert out[1] == "The registrar's office is in Carver Hall, room two twelve, second floor."
    # a number said as the flight of a person stays an id when no airline is named
    assert _found(redactor, "My flight is 4471 2290 1183.") == [("account", "4471 2290 1183")]


def test_a_form_or_plan_named_by_its_number(redactor):
    out = texts(redactor, ("agent", "What's the last four of the student's social?"), ("customer", "It's 5290."),
                ("customer", "Also the 1098-T never came, and the I-20 has a typo."))
    assert out[2] == "Also the 1098-T never came, and the I-20 has a typo."
    out = texts(redactor, ("agent", "And the social?"), ("customer", "Sure, five two nine, eight six, two nine two five."),
                ("customer", "The 529 check should cover the rest."))
    assert out[1:] == ["Sure, [SSN].", "The 529 check should cover the rest."]
    # the same digits as someone's last four stay redacted
    out = texts(redactor, ("agent", "The last four of your social?"), ("customer", "It's 1098."))
    assert out[1] == "It's [SSN]."


def test_a_term_or_course_code(redactor):
    out = texts(redactor, ("customer", "What's my balance for the spring?"),
                ("agent", "Can you confirm your student ID first?"), ("customer", "It's 88 41 2207."),
                ("agent", "Thanks. The spring term code is two zero two six one oh, it's on the bill."))
    assert out[3] == "Thanks. The spring term code is two zero two six one oh, it's on the bill."
    assert _found(redactor, "My student ID is 40127893.") == [("account", "40127893")]


def test_a_hotel_room_block_code(redactor):
    assert _found(redactor, "The hotel block code is K L M four four two, and the cutoff is June first.") == []
    assert _found(redactor, "My booking code is K L M four four two nine one.") != []


def test_a_companys_office_line(redactor):
    text = "The tents come from a rental company, their office is (404) 555-1800."
    assert _found(redactor, text) == []
    assert _found(redactor, "I work for a rental company, my office is 404 555 1800.") == [("phone", "404 555 1800")]
    assert _found(redactor, "She runs a company, her cell is 404 555 1800.") == [("phone", "404 555 1800")]


def test_a_shuttles_stop(redactor):
    assert _found(redactor, "The shuttle usually runs from the hotel to forty Harbor Way and back.") == []
    assert _found(redactor, "The van picks me up at 40 Harbor Way.") == [("address", "40 Harbor Way.")]


def test_an_hour_after_an_hour_named_in_the_sentence(redactor):
    out = texts(redactor, ("agent", "Which card should we keep on the room folio? That's what we bill at checkout."),
                ("customer", "Let me grab it... it's 4305, six two seven one, three four oh seven, nine five three six."),
                ("agent", "The pool is open until ten, and the last shuttle is four thirty."))
    assert out[2] == "The pool is open until ten, and the last shuttle is four thirty."
    out = texts(redactor, ("agent", "What's the account number?"),
                ("customer", "I'm home after five, it's nine thirty one, four four two, eight one one."))
    assert out[1] == "I'm home after five, it's [ACCOUNT]."


def test_a_round_amount_on_the_card(redactor):
    out = texts(redactor, ("agent", "Go ahead with the card number."), ("customer", "It's 4111 2222 3333 5097."),
                ("agent", "Five hundred on the card ending five oh nine seven, you're all set."))
    assert out[2] == "Five hundred on the card ending [CARD], you're all set."
    out = texts(redactor, ("agent", "Go ahead with the card number."), ("customer", "It's 4111 2222 3333 5097."),
                ("agent", "And the last four again?"), ("customer", "5097 on the card."))
    assert out[3] == "[CARD] on the card."
