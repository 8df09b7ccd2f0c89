"""Is a capitalised name in a sentence a business named after a person ("Harris Teeter", "Bob Evans", "Johnson and
Johnson") rather than a person? Structural cues only, no list of businesses, so they hold for a business never seen:

- **head noun**: the name ends in a word that names a kind of business or place ("Ronald McDonald House", "Ace
  Hardware", "Hampton Inn", "Smith Plumbing"); a head that is also a common surname ("House", "Church") needs a
  name of three words or more;
- **determiner**: "a/an/the/another/every/any/local/nearest ..." before it ("a Bob Evans charge", "the Harris Teeter
  on Main"): people are not counted or picked out with an article;
- **place after it**: "next door", "down the street", "around the corner", "in town", "location", "store",
  "branch" ("Marie Callender's next door");
- **noun modifier**: a bare name (no "'s") directly before a common noun ("the Jenkins Brothers charge", "my Harris
  Teeter receipt"), except the nouns that follow a person's name when ASR drops the "'s" ("Maria account") and
  time words ("John today");
- **business frame**: "a quote/refund/bill from", "my insurance/policy/plan is with/through", "bought/ordered/
  shopped from/at", "switched to", "moving my salary from", "my old bank was";
- **the same word twice** around "and"/"&" ("Johnson and Johnson"), or any "<Name> & <Name>" ("Ernst & Young");
- **contrast or alternative with a business**: "<Name>, not <business>", "<business> or <Name>", "instead of",
  "than", "versus", where the other side is a kept term (lexicon, ``pii.allow``, built-in list), spaCy's
  ORG/FAC/GPE/PRODUCT, or a business by the rules above ("with Sherwin Williams, not Ace Hardware"); and "and"
  when "at" or a frame takes both sides and no verb follows ("at Home Depot and Con Edison", but not "at Walgreens
  and John said");
- **city in an address**: right after a street suffix with a number before it ("3021 Pine Place, Franklin"), or
  right before a ZIP code or a US state ("Madison, 18390", "Franklin, Tennessee").

:func:`business_context` is called by :class:`voc.analyze.pii_person.PersonFinder` for names found without an
introduction cue ("my name is", "this is ... from"), so "I spoke with Maria" and "my name is Chase" are untouched;
a role word right before the name ("my neighbor", "the technician", "a guy named") makes it a person whatever
follows it.
"""

from __future__ import annotations

import re
from typing import Callable

from voc.analyze.numbers import digit_runs
from voc.analyze.wordlists import common_surnames, name_lists

Span = tuple[int, int]

# the last word of a business's name that says what kind of business or place it is
BUSINESS_HEADS = frozenset("""house inn inns hotel hotels motel motels suites lodge resort hospital clinic clinics center
centre centers foundation bank banks insurance group company co corp corporation inc incorporated llc ltd limited
pharmacy pharmacies drugs drugstore market markets supermarket foods grocery groceries store stores shop shops
bakery diner cafe café grill bar pub restaurant restaurants kitchen pizza pizzeria burgers motors auto automotive
plumbing electric electrical heating roofing dental medical health healthcare law associates partners brothers bros
sons realty realtors church school academy university college library museum theater theatre cinema cinemas mall
plaza gym fitness salon spa airlines airways express logistics services solutions systems technologies labs
laboratories studios pictures records media entertainment capital financial finance hardware outfitters depot mart
warehouse club garage tire tires cleaners florist farms dairy brewing brewery winery steakhouse cafeteria chicken
wings tacos subs donuts coffee creamery furniture jewelers jewelry mattress appliances electronics wireless mobile
telecom communications cable energy power utilities gas oil petroleum pharmaceuticals pharma labs nursery kennel
veterinary vet vets optical eyecare funeral mortuary bakeries deli delicatessen""".split())

# nouns that follow a person's name when ASR drops the "'s" ("under Maria account"), and time words
_PERSONAL_NOUNS = frozenset("""name account number file phone email address card birthday husband wife son daughter
mother father mom dad family household case profile password id today tonight tomorrow yesterday morning afternoon
evening night week weekend year month time thanks please sir madam ma'am""".split())

_DETERMINER = re.compile(r"\b(?:a|an|the|another|every|any|local|nearest|closest|nearby)\s+$", re.I)
_PLACE_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:next\s+door|down\s+the\s+(?:street|road|block)|up\s+the\s+(?:street|road)|"
                          r"across\s+the\s+(?:street|road)|around\s+the\s+corner|in\s+town|nearby|near\s+me|"
                          r"locations?|stores?|branch(?:es)?|outlets?|franchises?)\b", re.I)
_FRAME = re.compile(
    r"\b(?:(?:quotes?|estimates?|offers?|deals?|prices?|bills?|refunds?|invoices?|rates?|discounts?|loans?|mortgages?|"
    r"policy|policies|coverage|insurance|plans?|services?|memberships?|subscriptions?|orders?|deliver(?:y|ies)|"
    r"packages?|shipments?|coupons?|vouchers?)\s+(?:from|with|through|at)|"
    r"(?:insurance|coverage|policy|plan|provider|carrier|bank|mortgage|loan|service|internet|cable|pharmacy|"
    r"prescriptions?|membership|subscription|contract|lease|warranty)\s+(?:is|was|are|were|'s)\s+"
    r"(?:with|through|from|at)|"
    r"(?:bought|buy|buying|purchased|purchase|ordered|order|ordering|shopped|shop|shopping|banked|bank|banking|"
    r"insured)\s+(?:(?:it|them|one|something|stuff|everything|this|that)\s+)?(?:from|at|with|through)|"
    r"(?:switched|switching|switch|changed|changing)\s+(?:over\s+)?(?:to|from)|"
    # a brand compared on price or way of working, or backing something: "cheaper than ...", "does it work like
    # ...?", "sponsored by ...", "do you match what ... charges?"
    r"(?:cheaper|pricier|more\s+expensive|less\s+expensive|more\s+affordable)\s+than|"
    r"(?:works?|worked|working|compare[sd]?|comparable|similar)\s+(?:like|to|with)|"
    r"(?:sponsored|backed|powered|made|owned)\s+by|"
    r"(?:match|matches|beat|beats|price[-\s]match)(?:\s+what)?|"
    # where money is kept or paid: "my paycheck used to go to ...", "the direct deposit goes into ..."
    r"(?:paychecks?|pay|salary|wages|direct\s+deposits?|deposits?|savings|401\s?\(?k\)?|ira|pension|rollover)\s+"
    r"(?:[\w']+\s+){0,3}?(?:go|goes|went|going|gone|sent|moved|lands?|landed)\s+(?:to|into|at|through)|"
    # lenders, schools and programmes: "refinanced with ...", "transferring from ...", "between here and ..."
    r"(?:refinanced|refinance|refinancing|borrowed|borrowing)\s+(?:it\s+|them\s+)?(?:with|through|from)|"
    r"(?:transferring|transferred|transfer)\s+(?:over\s+)?from|"
    r"(?:applied|applying|admitted|accepted|enrolled|graduated|graduating)\s+(?:to|at|from|into)|"
    r"between\s+(?:here|you|you\s+guys|us|them|this\s+one|this\s+school)\s+and|"
    r"(?:moving|move|moved|transferring|switching|porting|port|ported)\s+(?:my|our|the)\s+(?:[a-z]+\s+){0,2}"
    r"(?:away\s+)?from|"
    r"(?:bank|insurer|insurance\s+company|provider|carrier|lender|broker|pharmacy|supermarket|grocer|grocery\s+store|"
    r"store|restaurant|dealer|dealership|isp|utility|supplier|vendor)\s+(?:is|was|'s|used\s+to\s+be)(?:\s+called)?)"
    r"\s+$", re.I)
_COORD_AFTER = re.compile(r"(?:['\u2019]s)?\s*(?:,\s*|\s+)(?:and\s+not|but\s+not|not|or|instead\s+of|rather\s+than|than|"
                          r"versus|vs\.?)\s+(?:at\s+|with\s+|from\s+)?(?=[A-Z])")
_COORD_BEFORE = re.compile(r"(?:,\s*|\s+)(?:and\s+not|but\s+not|not|or|instead\s+of|rather\s+than|than|versus|vs\.?)"
                           r"\s+(?:only\s+|just\s+)?(?:at\s+|with\s+|from\s+)?$")
_CAPS_RUN_END = re.compile(r"((?:[A-Z][\w'\u2019&-]*\s)*[A-Z][\w'\u2019&-]*)$")
_CAPS_RUN = re.compile(r"(?:[A-Z][\w'\u2019&-]*)(?:\s[A-Z][\w'\u2019&-]*)*")
_STREET_BEFORE = re.compile(r"\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|"
                            r"pl|terrace|circle|parkway|pkwy|highway|hwy|trail|square|crescent|close|row)\.?,\s*$", re.I)
US_STATES = frozenset("""alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii
idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi
missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming""".split()) | {"new hampshire", "new jersey", "new mexico", "new york", "north carolina",
                                  "north dakota", "rhode island", "south carolina", "south dakota", "west virginia"}
_STATE_AFTER = re.compile(r",?\s+(" + "|".join(sorted(US_STATES, key=len, reverse=True)) + r")\b", re.I)


# a place after "in": people are not "in" anyone ("I'll be in Orlando", "we live near Florence")
_IN_PLACE = re.compile(r"\b(?:in|into|near|outside(?:\s+of)?|visiting|flying\s+(?:to|into|out\s+of)|fly\s+(?:to|into)|"
                       r"trip\s+to|travel(?:l?ing)?\s+to|driving\s+to|moved\s+to|moving\s+to)\s+$", re.IGNORECASE)
_THEN_PLACE = re.compile(r"\b(?:and\s+)?then\s+$", re.IGNORECASE)
_UNTIL = re.compile(r"\s+(?:until|till|til|through|thru)\b", re.IGNORECASE)
_TO_PLACE = re.compile(r"\b(?:to|at|from|into|by|in|near|outside)\s+$", re.IGNORECASE)


# a school one went to for a stage of study ("Temple for undergrad", "Emory for grad school"), a hospital or clinic one
# was sent to for a test or treatment ("sent me to Mercy for the MRI"), an employer one drives or works for ("I drive
# for Tyson"); and an organisation whose name ends in what kind of body it is ("the ... Data System")
_STUDY_AFTER = re.compile(r"\s+for\s+(?:my\s+|his\s+|her\s+|their\s+)?(?:undergrad(?:uate)?|grad(?:uate)?\s+school|"
                          r"grad|college|law\s+school|med(?:ical)?\s+school|nursing(?:\s+school)?|business\s+school|"
                          r"(?:my|a|the|his|her)\s+(?:bachelor's|master's|masters|bachelors|degree|mba|phd|doctorate)|"
                          r"(?:two|four|a\s+couple(?:\s+of)?|three|one)\s+(?:years|semesters)|a\s+(?:year|semester))\b",
                          re.IGNORECASE)
_TREATMENT_AFTER = re.compile(r"\s+for\s+(?:the|an?|my|some|more)\s+(?:mri|x-?rays?|ct(?:\s+scan)?|cat\s+scan|scans?|"
                              r"ultrasound|stitches|tests?|blood\s*work|labs?|surgery|physical\s+therapy|pt|therapy|"
                              r"treatment|injection|shots?|cast|follow-?up|imaging|er\s+visit)\b", re.IGNORECASE)
_SENT_TO = re.compile(r"\b(?:sent|send|sends|referred|refer|transferred|admitted|taken|took|rushed)\s+(?:me|him|her|"
                      r"them|us|my\s+\w+)\s+(?:over\s+)?(?:to|into)\s+$", re.IGNORECASE)
_WENT_TO = re.compile(r"\b(?:went|go|going|gone|got\s+seen|was\s+seen|went\s+over)\s+(?:straight\s+|right\s+)?to\s+$",
                      re.IGNORECASE)
_MEDICAL_NEAR = re.compile(r"\b(?:neck|back|head|knee|shoulder|arm|leg|hip|wrist|pain|hurt|hurting|killing\s+me|"
                           r"injur(?:y|ies|ed)|whiplash|concussion|er|emergency|urgent\s+care|mri|x-?ray|doctor|"
                           r"stitches|bleeding|broke|broken|sprain(?:ed)?|ambulance)\b", re.IGNORECASE)
_EMPLOYER_BEFORE = re.compile(r"\b(?:i|we|he|she|they|still|also|used\s+to)\s+(?:drive|drives|drove|driving|deliver|"
                              r"delivers|delivered|delivering)\s+for\s+$", re.IGNORECASE)
ORG_HEADS = frozenset(("system", "systems", "service", "services", "administration", "department", "agency", "program",
                       "programme", "bureau", "office", "authority", "commission", "institute", "board", "council"))


def _school_clinic_employer(text: str, s: int, e: int, words: list[str]) -> bool:
    """A school, hospital, employer or public body by how it is said (see the comment above)."""
    before, after = text[:s], text[e:]
    if _STUDY_AFTER.match(after) or _TREATMENT_AFTER.match(after) and (_SENT_TO.search(before)
                                                                       or _WENT_TO.search(before)):
        return True
    if _WENT_TO.search(before) and _MEDICAL_NEAR.search(after[:80]):
        return True  # "I went to Mercy the next day because my neck was killing me"
    if _EMPLOYER_BEFORE.search(before):
        return True  # "I drive for Tyson, so ...": an employer
    return len(words) >= 3 and _head(words[-1]) in ORG_HEADS


def _head(word: str) -> str:
    return word.lower().removesuffix("'s").removesuffix("\u2019s")


# a role word right before the name makes it a person whatever follows ("my neighbor Gary Whitfield next door")
_ROLE_BEFORE = re.compile(r"\b(?:neighbou?rs?|friends?|colleague|co-?worker|boss|husband|wife|partner|son|daughter|"
                          r"brother|sister|mom|mum|dad|mother|father|uncle|aunt|cousin|grandma|grandpa|grandmother|"
                          r"grandfather|nephew|niece|landlord|landlady|tenant|roommate|flatmate|technician|tech|agent|"
                          r"rep|representative|manager|supervisor|doctor|nurse|lawyer|attorney|accountant|advisor|"
                          r"adviser|caregiver|nanny|client|guy|lady|man|woman|named|called)\s+$", re.I)


def _camel_product(word: str) -> bool:
    """Two dictionary words run together with a capital, as products are named ("BodyPump", "PowerBook"); not a
    person's "McDonald", "LaToya" or "DeShawn"."""
    from voc.analyze.wordlists import english_words

    m = re.fullmatch(r"([A-Z][a-z]{3,})([A-Z][a-z]{2,})", word)
    return bool(m) and all(p.lower() in english_words() for p in m.groups())


def _heads_business(words: list[str]) -> bool:
    if len(words) < 2:
        return False
    head = _head(words[-1])
    return head in BUSINESS_HEADS and (len(words) >= 3 or head not in common_surnames())


def _local(text: str, phrase: list[Span], pos: dict[int, str]) -> bool:
    """The cues that need only the name and its neighbours (no other name)."""
    s, e = phrase[0][0], phrase[-1][1]
    words = [text[a:b] for a, b in phrase]
    before, after = text[:s], text[e:]
    if _school_clinic_employer(text, s, e, words):
        return True
    if _heads_business(words) or any(_camel_product(w) for w in words):
        return True  # "Smith Plumbing"; "Les Mills BodyPump": a program named by its brand
    if _DETERMINER.search(before):
        last = _head(words[-1])
        if not (last.endswith("s") and last[:-1] in name_lists()[1]):  # "the Johnsons" are a family
            return True
    if _PLACE_AFTER.match(after) or _FRAME.search(before):
        return True
    if _IN_PLACE.search(before) and not re.match(r"['\u2019]s\b", after):
        return True  # "I'll be in Orlando", "a branch near Florence" (but "in Maria's name")
    if _THEN_PLACE.search(before) and _UNTIL.match(after):
        return True  # "in Dublin the first week and then Savannah until the ninth": a trip's next stop
    poss = re.match(r"['\u2019]s\b", after) or re.search(r"['\u2019]s$", words[-1])
    if poss and _TO_PLACE.search(before):
        nxt_pos = pos.get(e + (2 if re.match(r"['\u2019]s", after) else 0) + 1, "")
        if nxt_pos not in ("NOUN", "PROPN", "ADJ"):
            return True  # "I returned it to Casey's last week": a store named "<Name>'s" (not "to Casey's account")
    nxt = re.match(r" ([a-z][a-z'-]*)\b", after)
    if nxt and pos.get(e + 1) == "NOUN" and nxt.group(1) not in _PERSONAL_NOUNS \
            and not re.search(r"['\u2019]s$", words[-1]):
        return True  # "Bob Evans charge", but not "Maria account" nor "Marie's order"
    if re.match(r"\s+&\s+[A-Z]", after) or re.search(r"[A-Z][\w'-]*\s+&\s+$", before):
        return True  # "Ernst & Young", "Procter & Gamble"
    same = re.match(r"\s+(?:and|&)\s+([A-Z][\w'-]*)", after)
    if same and same.group(1).lower() == words[-1].lower():
        return True  # "Johnson and Johnson"
    same = re.search(r"([A-Z][\w'-]*)\s+(?:and|&)\s+$", before)
    if same and same.group(1).lower() == words[0].lower():
        return True
    return False


def _city(text: str, phrase: list[Span]) -> bool:
    s, e = phrase[0][0], phrase[-1][1]
    if _STREET_BEFORE.search(text[:s]) and digit_runs(text[max(0, s - 70):s]):
        return True  # "3021 Pine Place, Franklin"
    if _STATE_AFTER.match(text, e):
        return True  # "Franklin, Tennessee"
    runs = digit_runs(text[e:e + 60])
    return bool(runs) and runs[0].char_start <= 3 and len(runs[0].digits) in (5, 9)  # "Madison, 18390"


def business_context(text: str, phrase: list[Span], pos: dict[int, str], places: list[Span],
                     kept: Callable[[str], bool]) -> bool:
    """True when the capitalised name ``phrase`` (word spans in ``text``) names a business or a city by its
    context. ``pos``: spaCy's coarse POS by token start; ``places``: spaCy's multi-word ORG/FAC/GPE/... spans;
    ``kept``: whether a phrase is a kept (never-a-person) term."""
    if _ROLE_BEFORE.search(text[:phrase[0][0]]):
        return False
    if _local(text, phrase, pos) or _city(text, phrase):
        return True
    s, e = phrase[0][0], phrase[-1][1]
    others: list[Span] = []
    m = _COORD_AFTER.match(text, e)
    if m:
        o = _CAPS_RUN.match(text, m.end())
        if o:
            others.append((o.start(), o.end()))
    m = _COORD_BEFORE.search(text[:s])
    if m:
        o = _CAPS_RUN_END.search(text[:m.start()])
        if o:
            others.append((o.start(1), o.end(1)))
    # "at Home Depot and Con Edison": after "and", only when the other side is a business taken by "at" or a
    # frame, and no verb follows the name ("at Walgreens and John said ..." is a person)
    m = re.search(r"\s+(?:and|&)\s+$", text[:s])
    nxt = re.match(r"\s+([a-z]\w*)", text[e:])
    if m and not (nxt and pos.get(e + nxt.start(1), "") in ("VERB", "AUX")):
        o = _CAPS_RUN_END.search(text[:m.start()])
        if o and (re.search(r"\bat\s+$", text[:o.start(1)], re.I) or _FRAME.search(text[:o.start(1)])):
            others.append((o.start(1), o.end(1)))
            if re.match(r"(?:['\u2019]s)?\s*(?:[.!?;]|$)", text[e:]):
                return True  # "closing everything at Huntington and Marcus.": a list of places, ending the sentence
    for a, b in others:
        other = text[a:b].strip(" ,.")
        words = [(w.start() + a, w.end() + a) for w in re.finditer(r"[A-Za-z][\w'\u2019&-]*", text[a:b])]
        if not words:
            continue
        if kept(other) or any(x < b and y > a for x, y in places) or _local(text, words, pos):
            return True
    return False
