"""A name said after a kin word ("Aunt May", "my grandma Rose") is a person even when it is a month or an everyday
word; a kept brand built on a kin word ("Uncle Ben's", "Aunt Jemima") stays. Before this rule "I spoke with Aunt
May" left the name in the stored text."""

from __future__ import annotations

import pytest
from pii_turns import persons


@pytest.mark.parametrize("said, name", [
    ("I already spoke with Aunt May about the late fee.", "May"),
    ("My grandma Rose opened the account for me.", "Rose"),
    ("The card is in my cousin June's name.", "June"),
    ("Great-aunt Hope still gets the paper bills.", "Hope"),
])
def test_the_name_after_a_kin_word_is_a_person(redactor, said, name):
    assert any(name in p for p in persons(redactor, said)), persons(redactor, said)


def test_kin_words_without_a_name_and_kin_brands_are_kept(redactor):
    assert persons(redactor, "My aunt will call you back tomorrow.") == []
    assert persons(redactor, "I had an uncle Who was a bus driver, so I know the route.") == []
    assert persons(redactor, "We had Uncle Ben's rice and Aunt Jemima pancakes for the party.") == []
