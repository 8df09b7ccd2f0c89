"""PII rules for names added after held-out set 13 (issue 15), each with sentences of our own (not the set's): the
name before a name change ("... but it was Okafor"), names listed after the people they are ("two kids, Maya and
Leo"), a new person set off after "an employee,", a month that is a first name after a role word ("your
colleague June, she ..."), a name's unknown parts joined up to three words, one word of a multi-word lexicon name
that is a person after a talk cue or with a surname, and the things that are no persons: a place's name ("Santa
Clara", "Fort Myers"), an everyday word before a first name ("Silver Lily"), a bank answered as "it's <Surname>"
before its numbers, and the kin word before a name in an answer ("it's my daughter, ...")."""

from __future__ import annotations

from pathlib import Path

from pii_turns import make_settings, texts

from voc.analyze.pii import Redactor


def found(r: Redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in r.find(text)]


def persons(r: Redactor, text: str) -> list[str]:
    return [w for t, w in found(r, text) if t == "person"]


def test_the_name_before_a_name_change(redactor):
    assert "Okafor" in persons(redactor, "We got married in June, so I'm Dana Price now, but it was Okafor.")
    assert "Lindqvist" in persons(redactor, "My last name changed, it's Marsh. Before, it was Lindqvist.")
    assert "Vu Tran" in persons(redactor, "After the divorce I went back to my maiden name, it used to be Vu Tran.")
    # without a name change, "it was <Word>" is no name; nor a day or month after one
    assert persons(redactor, "I called on Friday and it was Comcast that answered.") == []
    assert persons(redactor, "I got married last year, before, it was Tuesday I think.") == []


def test_names_listed_after_the_people_they_are(redactor):
    said = "We have two kids now. Maya and Ikenna, both in school."
    assert {"Maya", "Ikenna"} <= set(persons(redactor, said)), persons(redactor, said)
    said = "I have three employees, Dakari, Shelby and Wren, on the weekly run."
    assert {"Dakari", "Shelby"} <= set(persons(redactor, said)), persons(redactor, said)
    # brands listed after people are no persons; nor a list with no first name in it
    assert persons(redactor, "My employees use Slack, Zoom and Dropbox every day.") == []
    assert persons(redactor, "The kids love Minecraft and Roblox.") == []


def test_a_new_person_set_off_after_a_role(redactor):
    assert "Tariq Haddad" in persons(redactor, "We hired a new contractor, Tariq Haddad, last week.")
    assert "Oyelaran" in "".join(persons(redactor, "Please add a dependent named Folake Oyelaran to the file."))
    assert persons(redactor, "I want to add an employee, please.") == []


def test_a_month_that_is_a_first_name_after_a_role_word(redactor):
    assert persons(redactor, "Your coworker June, she promised a call back.") == ["June"]
    assert persons(redactor, "My manager August said it was approved.") == ["August"]
    assert persons(redactor, "The technician Monday was late.") == []


def test_a_name_in_three_parts_nobody_lists(redactor):
    out = texts(redactor, ("agent", "Who's the employee you want on the payroll?"),
                ("customer", "Yeah, that's Kou Yia Vang."))
    assert "Kou" not in out[1] and "Yia" not in out[1] and "Vang" not in out[1], out


def test_a_place_or_a_thing_before_a_first_name_is_no_person(redactor):
    assert persons(redactor, "Is it Santa Clara that sends the statement?") == []
    assert persons(redactor, "We moved to Fort Myers in the spring.") == []
    assert persons(redactor, "Does Silver Lily take my card?") == []
    assert persons(redactor, "Is it Silver Lily that charged me twice?") == []
    # kin and titles before a first name are people
    assert persons(redactor, "I spoke with Nurse Ellen this morning.") != []


def test_a_bank_answered_by_its_surname_before_its_numbers(redactor):
    assert persons(redactor, "It's Pemberton. The routing is 021000021 and checking ends 4410.") == []
    # a person is still a person
    assert persons(redactor, "It's Okafor, first name Chidi.") != []


def test_a_kin_word_before_the_name_in_an_answer(redactor):
    out = texts(redactor, ("agent", "What's the dependent's name?"),
                ("customer", "It's my daughter, Zuri Abernathy."))
    assert out[1] == "It's my daughter, [PERSON].", out


def test_one_word_of_a_lexicon_name_after_a_talk_cue_is_a_person(tmp_path: Path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("competitors:\n  - {id: tb, name: Tyler Brennan Tax, aliases: [tyler brennan]}\n"
                   "products:\n  - {id: gl, name: Gavin Lane Payroll}\n", encoding="utf-8")
    r = Redactor(make_settings(**{"analysis.lexicons": str(lex)}))
    assert persons(r, "I spoke with Tyler about it yesterday.") == ["Tyler"]
    assert persons(r, "Okay, so it's Gavin Okonkwo.") == ["Gavin Okonkwo"]
    # the lexicon's names themselves are kept
    assert persons(r, "I went to Tyler Brennan last year.") == []
    assert persons(r, "Is Gavin Lane Payroll cheaper?") == []
    assert persons(r, "Tyler Brennan Tax quoted me less.") == []


def test_the_agents_name_in_a_greeting(redactor):
    # a first name that is also a word or a brand, or a name no list knows, closing the greeting
    assert persons(redactor, "Claims, you've got Hunter.") == ["Hunter"]
    assert persons(redactor, "Thanks for calling, this is Porsche, how can I help you?") == ["Porsche"]
    assert persons(redactor, "Front desk, you've reached Oluwadamilare. How may I help?") == ["Oluwadamilare"]
    # a business or a department answering is no person; nor a bank named in passing
    assert persons(redactor, "You've reached Verizon, how can I help?") == []
    assert persons(redactor, "Hi, you've reached Billing.") == []
    assert persons(redactor, "Oh, you've got Chase, so it clears tomorrow.") == []


def test_a_first_name_that_is_a_word_or_brand_set_off_after_a_role_word(redactor):
    assert persons(redactor, "Your coworker Hunter Gray, he said it was waived.") == ["Hunter Gray"]
    assert persons(redactor, "My advisor Chase told me to call.") == ["Chase"]
    assert persons(redactor, "The technician Monday was late.") == []


def test_a_word_of_a_lexicon_name_as_the_agents_name(tmp_path: Path):
    lex = tmp_path / "lex.yaml"
    lex.write_text("competitors:\n  - {id: cm, name: Carter Motors, aliases: [carter motors]}\n"
                   "products:\n  - {id: ax, name: Axelo}\n", encoding="utf-8")
    r = Redactor(make_settings(**{"analysis.lexicons": str(lex)}))
    assert persons(r, "Service desk, you've got Carter.") == ["Carter"]
    assert persons(r, "You've reached Axelo, how can I help?") == []  # the lexicon's own name
    assert persons(r, "You've reached Carter Motors, how can I help?") == []


def test_a_greeting_followed_by_more_speech(redactor):
    out = texts(redactor, ("agent", "Claims, you've got Hunter."), ("agent", "Okay, I have your file open."))
    assert out[0] == "Claims, you've got [PERSON].", out
    assert persons(redactor, "Oh, you've got Chase. It clears tomorrow.") == []
    assert persons(redactor, "Yeah, you've got Sterling. That card has no fee.") == []
    # a title alone is no name; it goes with the name (held-out 22)
    assert persons(redactor, "Front office. This is Dr. Mensah.") == ["Dr. Mensah"]
