"""PII redaction: one test per type (written and spoken forms), offsets, word placeholders, config, audio."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voc.analyze.numbers import digit_runs, spoken_forms
from voc.analyze.pii import PII_TYPES, Redactor, iban_ok, luhn_ok, redact_audio
from voc.errors import SettingsError
from voc.records import PiiSpan, Utterance, Word
from voc.settings import Settings

LEXICON = Path(__file__).parent / "data" / "lexicon.yaml"


def make_settings(**overrides) -> Settings:
    base = {"analysis.lexicons": str(LEXICON)}
    base.update(overrides)
    return Settings.load(overrides=base, env={}, cwd=Path(__file__).parent)


def utt(text: str, idx: int = 0, start: float = 0.0, channel: int = 0, speaker: str | None = None) -> Utterance:
    """An utterance whose words are its space-separated tokens, 0.5 s each (Whisper's leading-space style)."""
    words = [Word(start + 0.5 * i, start + 0.5 * i + 0.4, " " + tok, 0.9, channel)
             for i, tok in enumerate(text.split())]
    end = words[-1].end_s if words else start
    return Utterance(idx, channel, start, end, text, words, speaker=speaker)


def found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(h.pii_type, text[h.start:h.end]) for h in redactor.find(text)]


# -- numbers ---------------------------------------------------------------------------------------------

def test_digit_runs_spoken_forms_map_back_to_characters():
    text = "it's four eleven double one, oh 1 and twenty-five"
    runs = digit_runs(text)
    assert [r.digits for r in runs] == ["4111101", "25"]
    assert text[runs[0].char_start:runs[0].char_end] == "four eleven double one, oh 1"
    assert [text[p.char_start:p.char_end] for p in runs[0].pieces] == ["four", "eleven", "double one", "oh", "1"]
    assert digit_runs("one eight hundred five five five one two one two")[0].digits == "18005551212"
    assert digit_runs("four hundred twelve")[0].digits == "412"
    assert digit_runs("oh no, that's wrong") == []          # a lone "oh" is not zero
    assert "twenty five" in spoken_forms("25") and "twenty twenty five" in spoken_forms("2025")


def test_checksums():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")


# -- one test per type -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("my card number is 4111 1111 1111 1111 thanks", "4111 1111 1111 1111"),
    ("it's four one one one one one one one one one one one one one one one", None),
    ("it's four one one one, eleven eleven, one one one one, double one one one", None),
    ("card 4111-1111-1111-1111 expires 12 25", "4111-1111-1111-1111"),
])
def test_card_written_and_spoken(redactor, text, expected):
    hits = found(redactor, text)
    assert [t for t, _ in hits] == ["card"]
    if expected:
        assert hits[0][1] == expected
    else:
        assert hits[0][1].startswith("four") and hits[0][1].endswith("one")


def test_card_failing_luhn_is_not_a_card(redactor):
    assert found(redactor, "the number 4111 1111 1111 1112 was printed") == [("account", "4111 1111 1111 1112")]
    assert found(redactor, "my account number is 4111 1111 1111 1112") == [("account", "4111 1111 1111 1112")]
    assert all(t != "card" for t, _ in found(redactor, "reference 1234 5678 9012 3456"))


@pytest.mark.parametrize("text, expected", [
    ("my social is 123-45-6789", "123-45-6789"),
    ("social security number one two three four five six seven eight nine", "one two three four five six seven eight nine"),
    ("the last four of my social are six seven eight nine", "six seven eight nine"),
])
def test_ssn(redactor, text, expected):
    assert found(redactor, text) == [("ssn", expected)]


@pytest.mark.parametrize("text, expected", [
    ("you can reach me at 555-123-4567", "555-123-4567"),
    ("the number is (555) 123-4567", "(555) 123-4567"),
    ("call me back on five five five, oh one two, three four five six", "five five five, oh one two, three four five six"),
    ("my cell is 555 0123", "555 0123"),
    ("it's one eight hundred five five five one two one two", "one eight hundred five five five one two one two"),
])
def test_phone(redactor, text, expected):
    assert found(redactor, text) == [("phone", expected)]


@pytest.mark.parametrize("text, expected", [
    ("email jane.doe@example.com please", "jane.doe@example.com"),
    ("it's jane dot doe at example dot com", "jane dot doe at example dot com"),
    ("my email is jane doe at gmail dot com", "jane doe at gmail dot com"),
])
def test_email(redactor, text, expected):
    assert found(redactor, text) == [("email", expected)]


@pytest.mark.parametrize("text, expected", [
    ("my account number is 88231 4471", "88231 4471"),
    ("account number is eight eight two three one", "eight eight two three one"),
    ("the member id is AB-552731", "AB-552731"),
])
def test_account(redactor, text, expected):
    assert found(redactor, text) == [("account", expected)]


def test_short_numbers_without_cue_are_kept(redactor):
    assert found(redactor, "I paid 400 dollars on the 12th, order 12345") == []


@pytest.mark.parametrize("text, expected", [
    ("the IBAN is GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"),
    ("it's G B eight two W E S T one two three four five six nine eight seven six five four three two",
     "G B eight two W E S T one two three four five six nine eight seven six five four three two"),
])
def test_iban(redactor, text, expected):
    assert found(redactor, text) == [("iban", expected)]


def test_iban_with_bad_checksum_and_no_cue_is_not_an_iban(redactor):
    assert all(t != "iban" for t, _ in found(redactor, "code GB82 WEST 1234 5698 7654 33"))


@pytest.mark.parametrize("text, expected", [
    ("I live at 12 Elm Street", "12 Elm Street"),
    ("it's twelve elm street apartment four", "twelve elm street apartment four"),
    ("send it to 221b Baker St. please", "221b Baker St."),
    ("P.O. Box 4471", "P.O. Box 4471"),
    ("zip code nine oh two one oh", "nine oh two one oh"),
])
def test_address(redactor, text, expected):
    assert found(redactor, text) == [("address", expected)]


def test_address_rule_ignores_everyday_phrases(redactor):
    assert found(redactor, "I waited two days on the road and three hours on the phone") == []


@pytest.mark.parametrize("text, expected", [
    ("hi my name is jane doe and I need help", "jane doe"),
    ("This is Sarah from the billing team", "Sarah"),
    ("Thanks, Mr Patel.", "Mr Patel"),  # the form of address goes with the name (held-out 22)
    ("I spoke to Michael Johnson yesterday.", "Michael Johnson"),
])
def test_person(redactor, text, expected):
    assert found(redactor, text) == [("person", expected)]


def test_lexicon_names_and_keep_terms_are_not_persons():
    r = Redactor(make_settings(**{"pii.keep_terms": ["Acme"]}))
    assert found(r, "This is Acme, I moved from Skyline Telecom to Fiber 500.") == []
    assert found(r, "I'm Sorry, I'm calling about my bill.") == []


# -- the redact() contract ---------------------------------------------------------------------------------

def test_redact_text_offsets_words_and_times(redactor):
    u = utt("my card is 4111 1111 1111 1111 and my email is jane@example.com ok", idx=7, start=10.0)
    res = redactor.redact([u])
    red = res.utterances[0]
    assert red.text == "my card is [CARD] and my email is [EMAIL] ok"
    assert res.originals == {7: u.text}
    assert u.text.startswith("my card is 4111")                  # input not mutated
    card, email = res.spans
    assert (card.pii_type, email.pii_type) == ("card", "email")
    assert u.text[card.char_start:card.char_end] == "4111 1111 1111 1111"
    assert u.text[email.char_start:email.char_end] == "jane@example.com"
    assert card.replacement == "[CARD]" and card.utt_idx == 7
    # words: the four card words become placeholders and keep their timing
    words = [w.word for w in red.words]
    assert words[3:7] == [" [CARD]"] * 4 and words[11] == " [EMAIL]" and words[0] == " my"
    assert [(w.start_s, w.end_s) for w in red.words] == [(w.start_s, w.end_s) for w in u.words]
    assert card.start_s == pytest.approx(11.5) and card.end_s == pytest.approx(13.4)
    assert not any(ch.isdigit() for ch in red.text + "".join(words))


def test_redact_catches_pii_split_across_two_utterances_of_one_speaker(redactor):
    a = utt("my card is four one one one one one one one", idx=0, start=0.0, speaker="S1")
    b = utt("one one one one one one one one", idx=1, start=6.0, speaker="S1")
    res = redactor.redact([a, b])
    assert res.utterances[0].text == "my card is [CARD]"
    assert res.utterances[1].text == "[CARD]"
    assert [(s.utt_idx, s.pii_type) for s in res.spans] == [(0, "card"), (1, "card")]
    # different speakers are not joined: each half alone is not a card
    b2 = utt("one one one one one one one one", idx=1, start=6.0, speaker="S2")
    assert all(s.pii_type != "card" for s in redactor.redact([a, b2]).spans)


def test_unchanged_utterances_have_no_original(redactor):
    res = redactor.redact([utt("hello there", idx=3)])
    assert res.utterances[0].text == "hello there" and res.spans == [] and res.originals == {}


@pytest.mark.parametrize("pii_type, text", [
    ("card", "card 4111 1111 1111 1111"),
    ("ssn", "ssn 123-45-6789"),
    ("phone", "phone 555-123-4567"),
    ("email", "jane@example.com"),
    ("account", "account number 88231447"),
    ("iban", "GB82 WEST 1234 5698 7654 32"),
    ("address", "12 Elm Street"),
    ("person", "my name is jane doe"),
])
def test_type_switched_off_is_not_redacted(pii_type, text):
    others = [t for t in PII_TYPES if t != pii_type]
    on = Redactor(make_settings(**{"pii.types": list(PII_TYPES)}))
    off = Redactor(make_settings(**{"pii.types": others}))
    assert pii_type in [h.pii_type for h in on.find(text)]
    assert pii_type not in [h.pii_type for h in off.find(text)]
    assert f"[{pii_type.upper()}]" not in off.redact([utt(text)]).utterances[0].text


def test_unknown_type_names_the_valid_ones():
    with pytest.raises(SettingsError, match="pii.types.*'passport'.*Valid types: card"):
        Redactor(make_settings(**{"pii.types": ["card", "passport"]}))


def test_redact_audio_silences_spans_on_every_channel():
    sr = 1000
    audio = np.ones((2, 3 * sr), dtype=np.float32)
    span = PiiSpan(0, "card", 0, 4, start_s=1.0, end_s=1.5, replacement="[CARD]")
    out = redact_audio(audio, sr, [span], pad_s=0.1)
    assert audio.min() == 1.0                                      # input untouched
    assert (out[:, 900:1600] == 0).all()
    assert (out[:, :899] == 1).all() and (out[:, 1601:] == 1).all()
    with pytest.raises(ValueError, match="has no times"):
        redact_audio(audio, sr, [PiiSpan(0, "card", 0, 4)])


def test_seven_digits_read_one_by_one_are_a_phone_number():
    """tiny.en heard "five five five, two one four, eight eight three nine" as "time time time 2, 1, 4, 8, 8, 3, 9"."""
    from voc.analyze.pii import Redactor
    from voc.records import Utterance
    from voc.settings import Settings

    res = Redactor(Settings()).redact([Utterance(0, 1, 0.0, 3.0, "I'm confused for it's time time time 2, 1, 4, 8, 8, 3, 9."),
                                       Utterance(1, 1, 3.0, 5.0, "It costs 25 dollars a month for 3 months.")])
    assert "[PHONE]" in res.utterances[0].text and "8, 3, 9" not in res.utterances[0].text
    assert res.utterances[1].text == "It costs 25 dollars a month for 3 months."
