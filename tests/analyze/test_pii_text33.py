"""PII rules added after held-out sets 44-46 (issue 15, round 32), PERSON and e-mail side, each with sentences of our
own (not the sets'): a sentence's first word in a public figure's run, a title before a listed public figure, a name
in a bet, a car dealership named after its founder, a product by its amount, an initial inside a run, a surname-first
name read off a card, "get <Name>, the supervisor", a health system named after a name said in the call, role
mailboxes for appeals and ID checks, "me at <site>". For each rule that keeps something, a person in a person frame
is still redacted."""

from __future__ import annotations

from pii_turns import persons, texts


def _emails(r, text):
    return [text[h.start:h.end] for h in r.find(text) if h.pii_type == "email"]


def test_a_listed_figure_opening_a_sentence_is_kept_whole(redactor):
    # the run of capitalised words takes the sentence's first word ("Andy Reid", not "Reid" alone)
    assert persons(redactor, "Why was the bet voided? Andy Reid pulled him at halftime.") == []
    assert persons(redactor, "Is that normal? Kyle Shanahan said he was fine.") == []
    # a sentence's end still closes the run: a cue wins
    assert "Andy Reid" in " ".join(persons(redactor, "Hi there. My name is Andy Reid."))


def test_a_title_before_a_listed_public_figure_is_no_cue(redactor):
    assert persons(redactor, "My aunt swears by it because Dr. Oz recommended it.") == []
    assert persons(redactor, "There was a segment with Dr. Sanjay Gupta about that test.") == []
    assert persons(redactor, "We watched Dr. Phil explain it last night.") == []
    # the caller's own doctor, asked for, or introduced stays a person
    assert persons(redactor, "My doctor is Dr. Oz and she ordered the scan.") == ["Dr. Oz"]
    assert persons(redactor, "I had a visit with Dr. Oz on Tuesday.") == ["Dr. Oz"]
    assert persons(redactor, "Could I talk to Dr. Oz about the bill?") == ["Dr. Oz"]
    assert persons(redactor, "We watched Dr. Whitfield explain it last night.") == ["Dr. Whitfield"]


def test_a_name_in_a_bet_is_no_person(redactor):
    assert persons(redactor, "I took Marcus Webb over on receiving yards and it never paid.") == []
    assert persons(redactor, "I had Tyrese Haliburton and Paolo Banchero in the same parlay.") == []
    assert persons(redactor, "My slip had Dancing Moon to win in the fifth.") == []
    assert persons(redactor, "I placed a prop on Victor Wembanyama last night.") == []
    assert persons(redactor, "The bonus spins were only good on Cleopatra Gold?") == []
    assert persons(redactor, "Honestly Brian Daboll cost me that teaser.") == []
    assert persons(redactor, "Golden Arrow got him by a neck at the wire.") == []
    # a person in the same sentence shapes stays a person
    assert persons(redactor, "I had Dana Whitfield over for dinner and she saw the charge.") == ["Dana Whitfield"]
    assert persons(redactor, "Someone placed a bet on Marco Ruiz's account without asking.") == ["Marco Ruiz's"]
    assert persons(redactor, "I had Marco Ruiz in the same class in college.") == ["Marco Ruiz"]


def test_a_dealership_named_after_its_founder_is_no_person(redactor):
    assert persons(redactor, "The warranty work has to be done at Stan Whitaker Subaru.") == []
    assert persons(redactor, "Can the tow go to Gary R. Pomeroy Nissan on Route 9?") == []
    # someone's car, or a person who owns one, stays a person
    assert persons(redactor, "It's my neighbor Stan Whitaker's Subaru that got towed.") == ["Stan Whitaker's"]
    assert persons(redactor, "Stan Whitaker drives a Subaru and he's on the policy.") == ["Stan Whitaker"]


def test_a_product_said_by_its_amount_is_no_person(redactor):
    assert persons(redactor, "They only filled a ten day supply of Allegra for me.") == []
    assert persons(redactor, "Can I get two bottles of Mucinex on the plan?") == []
    # the same word as a daughter's name stays a person
    assert persons(redactor, "My daughter Allegra needs her refill.") == ["Allegra"]
    assert persons(redactor, "I dropped off a box of Dana's things.") == ["Dana"]


def test_an_initial_inside_a_public_figures_name(redactor):
    assert persons(redactor, "A nurse from Susan G. Komen said the scan is free.") == []
    assert persons(redactor, "My mother Susan G. Komen is on the plan.") == ["Susan G. Komen"]


def test_a_surname_first_name_read_off_a_card(redactor):
    assert persons(redactor, "It's printed Okafor, Chidi, all caps.") == ["Okafor, Chidi"]
    assert persons(redactor, "It'll say Lindqvist, Maren, that's how the license has it.") == ["Lindqvist, Maren"]
    assert persons(redactor, "It's printed BALOGUN, FEMI, all caps.") == ["BALOGUN, FEMI"]


def test_a_name_after_get_then_the_role(redactor):
    assert persons(redactor, "Hold on, I'll get Kaveh, the supervisor on tonight.") == ["Kaveh"]
    assert persons(redactor, "Sure, I'll grab Ignatius, the lead on tonight.") == ["Ignatius"]


def test_a_health_system_named_after_a_name_said_in_the_call(redactor):
    out = texts(redactor, ("agent", "And who am I speaking with?"), ("customer", "Priya Intermountain."),
                ("agent", "Any relation to Intermountain Health?"))
    assert "Intermountain" not in out[1] and "Intermountain Health" in out[2]


def test_role_mailboxes_for_appeals_and_id_checks(redactor):
    assert _emails(redactor, "Please send the appeal form to appeals at brightwater care dot com.") == []
    assert _emails(redactor, "You can e-mail the photos of your ID to verify at luckyline dot com.") == []
    # a person's mailbox in the same frame stays
    assert _emails(redactor, "Please send the appeal form to dana at brightwater care dot com.") != []


def test_me_at_a_site_is_no_mailbox(redactor):
    assert _emails(redactor, "Someone told me at Medicare.gov that I qualify.") == []
    assert _emails(redactor, "Email me at dana whitfield at gmail dot com.") != []
