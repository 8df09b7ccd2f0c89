"""PII redaction of what callers really say (issue 15): brands are not persons, names need context or the names
list, number groups over words and turns, spelled names, dialogue state, repeats, audio spans, the demo's PII."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pii_turns import conversation, make_settings, texts

from voc.analyze.pii import Redactor
from voc.analyze.pii_dialogue import question_types
from voc.errors import SettingsError
from voc.settings import Settings

DEMO = Path(__file__).resolve().parents[2] / "voc" / "demo"


def found(r: Redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in r.find(text)]


# -- precision: products, brands, apps, crypto, restaurants are not persons -------------------------------

@pytest.mark.parametrize("text", [
    "Did you buy Bitcoin, Bitcoin Cash, Ethereum? Solana? Cardano?",
    "We ordered from Pizza Hut and then Chipotle and Wendy's.",
    "Pixel is not allowing it.",
    "I tried Venmo, Cash App and Coinbase.",
    "I bank with Chase and my sister drives a Mercedes.",
    "I'm thinking of moving to Skyline Telecom.",      # lexicon competitor
    "It says Taco Bell on my statement.",              # spaCy may tag only "Bell"
    "I tapped my Echo Dot at the till.",               # a model name after a kept brand
    "Tell me if the app works on Sunday.",             # a lone capitalised word opening a sentence
])
def test_brands_products_and_apps_are_not_persons(redactor, text):
    assert found(redactor, text) == []


def test_lower_case_word_after_a_greeting_is_not_a_name(redactor):
    assert found(redactor, "Hey man, what do you have on tap?") == []
    assert found(redactor, "Great, thank you Kenji.") == [("person", "Kenji")]


def test_unknown_capitalised_word_is_not_a_person_without_context(redactor):
    assert found(redactor, "Zorblax keeps crashing on my phone.") == []
    assert found(redactor, "My name is Zorblax Quint.") == [("person", "Zorblax Quint")]


@pytest.mark.parametrize("text, expected", [
    ("Thank you, Robert.", "Robert"),
    ("Hi Dana, how are you?", "Dana"),
    ("Am I speaking with Gregory?", "Gregory"),
    ("It's Robert Miller.", "Robert Miller"),
    ("Thanks Mr. Turner.", "Mr. Turner"),  # the title goes with the name (held-out 22)
])
def test_names_with_context_or_in_the_names_list_are_persons(redactor, text, expected):
    assert found(redactor, text) == [("person", expected)]


def test_allow_list_and_allow_file(tmp_path):
    f = tmp_path / "allow.txt"
    f.write_text("# our products\nJasper\n", encoding="utf-8")
    r = Redactor(make_settings(**{"pii.allow": ["Dana"], "pii.allow_file": str(f)}))
    assert found(r, "This is Dana and the Jasper router is fine.") == []
    assert found(r, "Thank you, Robert.") == [("person", "Robert")]
    with pytest.raises(SettingsError, match="pii.allow_file.*does not exist"):
        Redactor(make_settings(**{"pii.allow_file": str(tmp_path / "missing.txt")})).find("Thank you, Robert.")


def test_strong_cue_beats_the_builtin_brand_list_but_not_the_lexicon(redactor):
    assert found(redactor, "my name is Chase") == [("person", "Chase")]
    assert found(redactor, "my name is Skyline") == []


# -- recall on speech ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("it's 370 and 318 and 0482", "phone"),
    ("three seven oh, and 318, and 0482", "phone"),
    ("4111 1111 and 1111 and 1111", "card"),
])
def test_number_groups_joined_by_words(redactor, text, kind):
    hits = found(redactor, text)
    assert [t for t, _ in hits] == [kind]
    assert "0482" not in text or hits[0][1].endswith("0482")


@pytest.mark.parametrize("text, expected", [
    ("the ID is 1109185", "1109185"),
    ("four seven two nine one five", "four seven two nine one five"),
])
def test_ids_of_six_or_more_digits(redactor, text, expected):
    assert found(redactor, text) == [("account", expected)]


def test_money_and_quantities_are_not_ids(redactor):
    assert found(redactor, "we paid $1,500,000 for it, about 120000 dollars more") == []
    assert found(redactor, "I paid 400 and 300 last month") == []
    assert found(redactor, "my credit card bill went up by 1,200 percent") == []
    assert [t for t, _ in found(redactor, "it's 9/16/1943")] != ["account"]


@pytest.mark.parametrize("text, expected", [
    ("that's T-U-R-N-E-R", "T-U-R-N-E-R"),
    ("it's t u r n e r", "t u r n e r"),
])
def test_spelled_names(redactor, text, expected):
    assert found(redactor, text) == [("person", expected)]


def test_spoken_email_with_two_word_local_part(redactor):
    assert found(redactor, "it's john smith at gmail dot com") == [("email", "john smith at gmail dot com")]


@pytest.mark.parametrize("text, expected", [
    # the local part is taken whole: separator words bind the word before them, up to two bare words more
    ("Please send it to mei dot lin chen at gmail dot com.", "mei dot lin chen at gmail dot com"),
    ("Sure it's mei dot lin chen at gmail dot com.", "mei dot lin chen at gmail dot com"),
    ("Please send it to mei lin dot chen at gmail dot com.", "mei lin dot chen at gmail dot com"),
    ("Please send it to john underscore smith at yahoo dot com.", "john underscore smith at yahoo dot com"),
    ("Yeah so j smith 42 at outlook dot net.", "j smith 42 at outlook dot net"),
    ("Okay so it's mei lin chen at gmail dot com.", "mei lin chen at gmail dot com"),
    # ... and nothing before it: function words ("it's", "is", "so") and punctuation end the local part
    ("Alright, anneliese dot brandt at proton dot org.", "anneliese dot brandt at proton dot org"),
    ("so the new one is john dot smith at gmail dot com", "john dot smith at gmail dot com"),
])
def test_spoken_email_with_multi_word_local_part(redactor, text, expected):
    assert found(redactor, text) == [("email", expected)]


def test_spoken_email_answer_keeps_the_words_before_it(redactor):
    out = texts(redactor, ("agent", "Which e-mail address is on the account?"),
                ("customer", "Sure it's mei dot lin chen at gmail dot com."))
    assert out[1] == "Sure it's [EMAIL]."


def test_question_types():
    assert question_types("Can I get a good callback number for you?") == ["phone"]
    assert question_types("What's your email address?") == ["email"]
    assert question_types("Could you read me the remote access ID on the screen?") == ["account"]
    assert question_types("What's your date of birth?") == ["dob"]
    assert question_types("How do you spell your last name?") == ["person"]
    assert question_types("The phone was broken.") == []             # not asking


def test_answer_in_groups_across_turns_and_the_agents_read_back(redactor):
    out = texts(redactor,
                ("agent", "Can I get a good callback number for you?"),
                ("customer", "Sure, it's three seven oh"),
                ("agent", "Three seven oh, okay."),
                ("customer", "and 318"),
                ("agent", "318"),
                ("customer", "and 0482."),
                ("agent", "Thanks. Is there anything else I can help with today?"),
                ("customer", "I paid 250 dollars last month."))
    assert out[1:6] == ["Sure, it's [PHONE]", "[PHONE], okay.", "and [PHONE]", "[PHONE]", "and [PHONE]."]
    assert out[7] == "I paid 250 dollars last month."


@pytest.mark.parametrize("question, answer, expected", [
    ("What's your date of birth?", "March fourteenth, nineteen eighty five.", "[DOB]."),
    ("And the shipping address?", "Sure, 6821 1st ave, san mateo, ny 75227.", "Sure, [ADDRESS]."),
    ("May I have your full name?", "Oluwaseun Adeyemi.", "[PERSON]."),
    ("Can I have the order ID?", "Yeah, it's cminh730.", "Yeah, it's [ACCOUNT]."),
    ("What's your account number?", "It's 552 and then 731.", "It's [ACCOUNT]."),  # one number, one span
])
def test_what_follows_a_question_is_redacted_as_the_asked_type(redactor, question, answer, expected):
    assert texts(redactor, ("agent", question), ("customer", answer))[1] == expected


def test_answer_window_without_speakers_uses_the_previous_utterance(redactor):
    out = texts(redactor, (None, "What's your account number?"), (None, "It's 552 731."))
    assert out[1] == "It's [ACCOUNT]."


def test_dialogue_state_can_be_switched_off():
    r = Redactor(make_settings(**{"pii.dialogue": False}))
    assert texts(r, ("agent", "What's your account number?"), ("customer", "It's 552."))[1] == "It's 552."
    assert texts(redactor_on(), ("agent", "What's your account number?"), ("customer", "It's 552."))[1] == "It's [ACCOUNT]."


def redactor_on() -> Redactor:
    return Redactor(make_settings(**{"pii.dialogue": True}))


def test_repeated_values_and_names_are_redacted_everywhere(redactor):
    out = texts(redactor,
                ("customer", "My number is 370 318 0482."),
                ("agent", "So 0482 at the end?"),
                ("customer", "How do you spell it? T-U-R-N-E-R."),
                ("agent", "Thanks, let me note Turner on the file."))
    assert out[1] == "So [PHONE] at the end?"
    assert out[3] == "Thanks, let me note [PERSON] on the file."


def test_audio_spans_cover_the_answer_words(redactor):
    utts = conversation(("agent", "What's your account number?"), ("customer", "It's 552 731."))
    res = redactor.redact(utts)
    (span,) = [s for s in res.spans if s.utt_idx == 1]
    w = utts[1].words
    assert span.pii_type == "account" and span.start_s == w[1].start_s and span.end_s == w[2].end_s


# -- the demo's planted PII ---------------------------------------------------------------------------------

def test_demo_reference_turns_have_every_planted_item_redacted():
    """Every PII item planted in the demo scripts is redacted from the reference turns (roles as speakers)."""
    from voc.analyze.pii import Redactor as R

    refs = json.loads((DEMO / "references.json").read_text(encoding="utf-8"))
    r = R(Settings.load(overrides={"analysis.lexicons": str(DEMO / "lexicons.yaml")}, env={}, cwd=DEMO))
    for name, ref in refs.items():
        turns = ref["turns"]
        out = r.redact(conversation(*[(t["role"], t["text"]) for t in turns])).utterances
        for p in ref["pii"]:
            assert p["text"] not in out[p["turn"]].text, (name, p)
        joined = " ".join(u.text for u in out).lower()
        for kept in ("northwind", "vertex", "bluewave", "unlimited plus"):
            if kept in " ".join(t["text"] for t in turns).lower():
                assert kept in joined, (name, kept)
