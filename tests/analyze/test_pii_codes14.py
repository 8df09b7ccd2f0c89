"""Access codes said without a lock word: digits typed on a keypad ("star ... pound", "..., then the pound key")
and a code named by itself with its number right after it ("can my brother use my code? It's ..."). Error, promo
and other codes, weights in pounds and phone-menu keys stay."""

from __future__ import annotations

import pytest

from voc.analyze.pii_codes import credential_hits


def taken(text: str) -> list[str]:
    return [text[s:e] for s, e in credential_hits(text)]


@pytest.mark.parametrize("said, code", [
    ("The keypad by the lobby is dead, I keep typing star one one eight seven pound.", "one one eight seven"),
    ("I punch in star 5520 pound and nothing happens.", "5520"),
    ("I enter three five five one, then the pound key, and it beeps.", "three five five one"),
    ("It's 7 7 3 0 and then hit pound.", "7 7 3 0"),
    ("Can my brother use my code? It's four four zero two.", "four four zero two"),
    ("We changed your code for you, it's 8816.", "8816"),
    ("Sure, the code, nine one nine four, works at both doors.", "nine one nine four"),
])
def test_codes_typed_on_a_keypad_or_named_by_themselves(said, code):
    assert any(code in t for t in taken(said)), taken(said)  # with the keys typed around it (test_pii_numbers15)


@pytest.mark.parametrize("said", [
    "I got error code 404 on the app.",
    "The promo code was SAVE twenty, and it cost twenty pounds.",
    "It weighs about four hundred pounds, so two movers.",
    "Press star then 2 to reach billing.",
    "Dial star sixty nine to call back.",
    "The zip code, 30309, is for the new place.",
    "I'm calling about the new code for the building, they said it changes in June.",
])
def test_other_codes_weights_and_menu_keys_stay(said):
    assert taken(said) == [], taken(said)
