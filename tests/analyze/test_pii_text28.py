"""PII rules added after held-out sets 33 and 34 (issue 15), each with sentences of our own (not the sets'): a school
one went to for a stage of study, a hospital one was sent to for a test or went to with an injury, an employer one
drives for, a public body whose name ends in what kind of body it is (a capitalised role word inside it is no cue),
letters after "the case type on the form is" (a code), a school's federal code (the school's, not the caller's);
and the names they missed: "put it as Last, First", a full name set off after a friend or co-worker, a name read off
a form between commas, and "I see <name> listed" on the account."""

from __future__ import annotations

from pii_turns import persons, texts


def test_a_school_attended_for_a_stage_of_study_is_no_person(redactor):
    assert persons(redactor, "I did Marquette for undergrad and then Vanderbilt for law school.") == []
    assert persons(redactor, "She went to Clemson for her degree.") == []
    assert persons(redactor, "My cousin Dana went to Clemson for college.") == ["Dana"]


def test_a_hospital_for_a_test_and_an_employer_driven_for_are_no_persons(redactor):
    assert persons(redactor, "The urgent care sent me over to Providence for an X-ray.") == []
    assert persons(redactor, "I went to Providence that night because my back was hurting bad.") == []
    assert persons(redactor, "We deliver for Sysco, so the van is how I earn.") == []
    assert persons(redactor, "I went to Maria for advice and she helped.") == ["Maria"]


def test_a_public_body_named_by_its_kind_is_no_person(redactor):
    assert persons(redactor, "The Federal Student Aid Processing System rejected it.") == []
    assert persons(redactor, "I called the Regional Veterans Benefits Administration twice.") == []
    assert persons(redactor, "I spoke to the student Maria Lopez yesterday.") == ["Maria Lopez"]


def test_letters_after_a_case_type_on_a_form_are_a_code(redactor):
    assert persons(redactor, "The claim type on the intake form is W C L T, workers comp, lost time.") == []
    assert persons(redactor, "My last name is P A R K S.") == ["P A R K S"]


def test_a_schools_federal_code_is_no_account(redactor):
    out = texts(redactor, ("agent", "Which school is it?"),
                ("customer", "The school code is zero zero four five six one, it's on the aid letter."))
    assert "zero zero four five six one" in out[1]
    out = texts(redactor, ("agent", "What's your student ID?"),
                ("customer", "My student ID is 5 5 0 2 9 1 7."))
    assert "5 5 0 2 9 1 7" not in out[1]


def test_put_it_as_surname_first(redactor):
    assert persons(redactor, "Put it as Lindqvist, Oskar, that's how the insurance card has it.") == ["Lindqvist, Oskar"]
    assert persons(redactor, "Write it down as Mensah, Kofi.") == ["Mensah, Kofi"]


def test_a_full_name_set_off_after_a_friend_or_read_off_a_form(redactor):
    assert persons(redactor, "A friend of mine, Kofi Mensah, told me to call you.") == ["Kofi Mensah"]
    assert persons(redactor, "My coworker from the shop, Tendai Moyo. He used you last spring.") == ["Tendai Moyo"]
    assert persons(redactor, "It's in the police report, Oskar Lindqvist, the other driver ran the light.") == [
        "Oskar Lindqvist"]
    assert persons(redactor, "Okay, I see Efua Boateng listed on the account, go ahead.") == ["Efua Boateng"]
    assert persons(redactor, "My friend from work, Home Depot, no.") == []


def test_a_set_off_name_with_a_brand_word_or_a_dictionary_first_word(redactor):
    assert persons(redactor, "My coworker, Chase Okafor. She said to call.") == ["Chase Okafor"]
    assert persons(redactor, "I see Carver Nakamura listed on the account.") == ["Carver Nakamura"]
    assert persons(redactor, "My boss, Wells Fargo, said no.") == []


def test_a_country_after_its_town_is_a_place(redactor):
    # found after round 27: a country that is also a census first name ("France", "China") after "<town>, "
    for text in ("We flew into Lisbon, France was the next stop.", "The parts come from Shenzhen, China.",
                 "My aunt moved from Lyon, France, in May."):
        assert [h for h in redactor.find(text) if h.pii_type == "person"] == [], text
    # a person after another person's name and a comma stays a person
    hits = [text for text in ["Sure, I talked to Maria, Amanda was off that day."]
            for h in redactor.find(text) if h.pii_type == "person"]
    assert len(hits) == 2
