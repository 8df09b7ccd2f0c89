"""Dialogue-state PII: when someone asks for a phone, account, card, ID, address, date of birth, e-mail or name,
what is said next is redacted as that type, and a value redacted once is redacted wherever it is repeated.

Callers answer in pieces ("370" … "and 318" … "0482") and agents read numbers back group by group; neither piece
looks like PII on its own. Two rules over the whole call (utterances in time order):

- **Answer window**: an utterance with a question cue ("what's your phone number?", "can I get the order ID?",
  "how do you spell that?") opens a window over the next ``pii.answer_turns`` utterances (until the next
  question). In it, number groups of 3+ digits (or letters+digits for IDs, also said piece by piece or in the
  phonetic alphabet: "K, six, E, U", "Victor, X-ray", and two or more letters alone: "P R T") from *either*
  speaker are redacted as the asked type, so the agent's read-back goes too; names, addresses, e-mails and dates
  are taken only from utterances of another speaker than the asker (any utterance when speakers are not known
  yet).
- **Repeats**: every digit group of 3+ digits that is part of a number already redacted in the call, and every
  word of a redacted name, is redacted again where it recurs ("so that's 0482?", "thanks, Mr Turner"; a name
  word again in lower case only when no dictionary has it).

After "how do you spell that?" only letters and capitalised words that are not everyday words are a name; in any
name answer a lower-case everyday word ends the name ("let me check that"). "Spell the word ..." asks for no name.

Everything returns character spans per utterance position; :mod:`voc.analyze.pii` merges and applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from voc.analyze.numbers import (
    CURRENCY_SIGNS,
    NUMBER_WORDS,
    PHONETIC_ALPHABET,
    QUANTITY_UNITS,
    DigitRun,
    digit_runs,
)
from voc.analyze.pii_person import NOT_NAMES, common_word, english_words, spelled_spans
from voc.records import Utterance

Piece = tuple[int, int, str]  # (char start, char end, pii type) in one utterance's text

QUESTION_CUES: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\be-?mail\b", re.I),
    "phone": re.compile(r"\b(?:(?:phone|telephone|cell|mobile|callback|call\s*back|contact|home|work|best)\s+"
                        r"(?:phone\s+)?number|number\s+(?:to\s+reach|we\s+can\s+reach|i\s+can\s+reach|to\s+call)|"
                        r"what\s+number|number\s+(?:can|could|should|do|would)\s+(?:we|i|you)\b|"
                        r"(?:good|best|contact|daytime|evening|direct|alternate|alternative|other)\s+number|"
                        r"number\s+(?:[\w']+\s+){0,4}(?:reach|reached|call|called|text|texted|contact|contacted)|"
                        r"(?:call|reach|text|contact)\s+you(?:\s+back)?\s+(?:on|at)|phone|area\s+code|"
                        r"(?:the|your|a|new|other|that|which)\s+(?:cell|mobile|landline)(?!\s+(?:service|signal|"
                        r"coverage|plan|tower|data|bill|reception|network|company|carrier|provider)))\b", re.I),
    "card": re.compile(r"\b(?:card\s+number|number\s+on\s+(?:the|your)\s+card|long\s+number|last\s+(?:four|4)\s+"
                       r"(?:digits\s+)?(?:of|on)\s+(?:the|your)\s+card|expir\w*|cvv|cvc|security\s+code|"
                       r"(?:credit|debit)\s+card|(?:ready\s+for|read(?:\s+me)?|take|which|what|go\s+ahead\s+with)\s+"
                       r"(?:the|your|a)?\s*card|"
                       # a card on file offered ("a Visa ending in 0580, use that one?", "Same card?"): the caller
                       # may answer with another card's number
                       r"(?:card|visa|mastercard|amex|discover)\s+(?:[\w']+\s+){0,4}ending|"
                       r"(?:same|another|different|other|new)\s+card)\b", re.I),
    "ssn": re.compile(r"\b(?:social(?:\s+security)?|ssn|s\s?s\s?n|tax\s*payer\s+id|tax\s+id)\b", re.I),
    "account": re.compile(r"\b(?:(?:account|member(?:ship)?|customer|policy|order|confirmation|reference|ticket|"
                          r"case|claim|tracking|invoice|booking|reservation|routing|serial|session|remote(?:\s+"
                          r"access)?|access|device|partner|id|pin|verification|security|transaction|"
                          r"subscriber|meter|loyalty|rewards)\s+(?:number|no|num|id|code|#)|user\s?name|user\s?id|"
                          r"(?:customer|booking|order|case|claim|payment)\s+reference|reference|"
                          r"pin|passcode|password|(?:your|the|an?)\s+id|i\s?d\s+number)\b", re.I),
    "address": re.compile(r"\b(?<!e-mail\s)(?<!email\s)(?:address|zip(?:\s*code)?|postal\s+code|post\s*code|"
                          r"where\s+do\s+you\s+live|street|ship(?:ping)?\s+to|"
                          r"where\s+(?:should|do|can|shall|would|will)\s+(?:we|i|they|you)\s+(?:mail|ship|deliver|post)|"
                          # sending something on paper (not "send the invite": that may be an e-mail)
                          r"where\s+(?:should|do|can|shall|would|will)\s+(?:we|i|they|you)\s+send\s+(?:the\s+|your\s+|an?\s+)?"
                          r"(?:[\w-]+\s+){0,2}(?:bills?|statements?|check|cheque|letters?|cards?|package|parcel|forms?|"
                          r"documents?|paperwork|badge|replacement|1099|w-?2|mail)|"
                          r"mail\s*box|p\.?\s?o\.?\s+box|post\s+office\s+box"
                          r")\b", re.I),
    "dob": re.compile(r"\b(?:date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b|when\s+were\s+you\s+born|born)\b",
                      re.I),
    "person": re.compile(r"\b(?:(?:your|the|his|her|their)\s+(?:[\w']+\s+){0,3}name|"
                         r"(?:what|which|whose)\s+name|name\s+on\s+the\s+"
                         r"(?:account|card)|who\s+(?:am\s+i|i'm|do\s+i\s+have\s+the\s+pleasure\s+of)\s+"
                         r"(?:speaking|talking)|who\s+(?:do\s+i\s+have|have\s+i\s+got|is\s+(?:this|calling|speaking))|"
                         r"who(?:'s|\s+is|\s+will\s+be|\s+would\s+be|\s+should\s+be)\s+(?:the\s+)?(?:"
                         r"(?:primary\s+|main\s+)?(?:account|policy|card)\s*holder|(?:primary\s+|main\s+)?"
                         r"(?:co-?)?(?:borrower|signer|cosigner|applicant|owner|buyer|lessee|guarantor)|(?:main\s+|primary\s+|emergency\s+)?"
                         r"contact|patient|home|there|on\s+the\s+(?:account|policy|lease)|"
                         r"(?:this|it|the\s+(?:appointment|booking|reservation|order|delivery|visit|prescription))\s+for)|"
                         r"spell\s+(?:that|it|your|the(?!\s+words?\b))|"
                         r"how\s+(?:do|would)\s+you\s+spell(?!\s+the\s+words?\b))\b", re.I),
}
_ASKING = re.compile(r"\?|\b(?:can|could|may|what|what's|whats|which|please|confirm|verify|provide|give|tell|read|"
                     r"need|spell|have|get|share|go\s+ahead|let\s+me\s+know)\b", re.I)
NUMERIC = frozenset({"phone", "card", "ssn", "account"})
_MONEY_AFTER = re.compile(r"\s*(?:" + QUANTITY_UNITS + r"|a\.?m\b\.?|p\.?m\b\.?)\b|['\u2019]clock\b",
                          re.I)  # amounts, quantities and clock times ("eleven o'clock", "3 pm") are not ids
_FILLER = frozenset("""yes yeah yep sure ok okay so um uh er ah it's it is that's that its my the and oh well right
alright correct sorry no nope of course i i'm it ya yup let me see its um, it's, address email name number""".split())
_LEAD_IN = frozenset("""thing be would could should is am it's that's yes yeah sure um uh the name his her their
full first last that'd it'd that'll it'll""".split())
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_ORDINALS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
             r"\d{1,2}(?:st|nd|rd|th))")
_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS - {"o"}, key=len, reverse=True)) + r"|\d+)"
_YEAR_WORDS = r"(?:" + _NUMWORD + r")(?:[\s-]+(?:" + _NUMWORD + r"|thousand(?:\s+and)?)){0,4}"  # "two thousand and six"
DATE_RE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
    # the year first: "two thousand and six, November second"
    r"(?:(?:two\s+thousand(?:\s+and)?(?:[\s-]+" + _NUMWORD + r"){0,2}|nineteen[\s-]+" + _NUMWORD +
    r"(?:[\s-]+" + _NUMWORD + r")?|(?:19|20)\d\d),?\s+" + _MONTHS + r"\.?\s+(?:the\s+)?(?:" + _NUMWORD +
    r"[\s-]+)?(?:" + _ORDINALS + r"|" + _NUMWORD + r"))|"
    r"(?:the\s+)?(?:" + _ORDINALS + r"|" + _NUMWORD + r")(?:[\s-]+" + _ORDINALS + r")?\s+(?:of\s+)?" + _MONTHS +
    r"(?:,?\s+" + _YEAR_WORDS + r")?|" +
    _MONTHS + r"\.?\s+(?:the\s+)?(?:" + _NUMWORD + r"[\s-]+)?(?:" + _ORDINALS + r"|" + _NUMWORD + r")" +
    r"(?:,?\s+" + _YEAR_WORDS + r")?)\b", re.I)


# any other "the <thing> number / ID / code" asked for is an identifier ("the job number", "the warranty ID")
# (not promo, discount or error codes: campaigns and troubleshooting need those)
_ANY_ID = re.compile(r"\b(?:the|your|that|this|its)\s+(?!(?:promo|promotion|promotional|discount|coupon|voucher|offer|"
                     r"referral|error|area|model)\s)(?:[a-z]+\s+){0,3}(?:number|id|i\.d\.|code)\b(?!\s+(?:of|for)\b)",
                     re.I)


def question_types(text: str) -> list[str]:
    """The PII types an utterance asks for ("what's the best number to reach you?" → ["phone"]). When a sentence
    ending in "?" asks for something, the other sentences only explain it ("What's the plan number? It's at the top
    of the enrollment email." asks for an id, not an e-mail)."""
    questions = re.findall(r"[^?]*\?", text)
    if questions and "".join(questions).strip() != text.strip():
        asked = list(dict.fromkeys(t for q in questions for t in _types(q)))
        if asked:
            return asked
    return _types(text)


def _types(text: str) -> list[str]:
    if not _ASKING.search(text):
        return []
    found = [t for t, rx in QUESTION_CUES.items() if rx.search(text)]
    if not found and _ANY_ID.search(text):
        found = ["account"]
    if "email" in found and "address" in found and not re.search(r"(?<!e-mail\s)(?<!email\s)\baddress", text, re.I):
        found.remove("address")
    if "card" in found and "account" in found and not re.search(r"account", text, re.I):
        found.remove("account")
    return found


def _money(text: str, end: int, start: int) -> bool:
    return bool(_MONEY_AFTER.match(text, end)) or text[max(0, start - 1):start] in CURRENCY_SIGNS


def number_pieces(text: str, kind: str, min_digits: int = 3) -> list[Piece]:
    """Digit groups of ``min_digits``+ digits (and letter+digit ids for accounts), not money or quantities."""
    out: list[Piece] = []
    for run in digit_runs(text, letters=(kind == "account")):
        run = _trim_word_letters(text, run)
        if run is None:
            continue
        digits = run.digits
        ndig = sum(c.isdigit() for c in digits)
        nlet = len(digits) - ndig
        if kind == "account" and nlet:
            spelled = all(len(p.digits) == 1 for p in run.pieces if not p.digits.isdigit())
            if ndig >= 2 and len(digits) >= 4 and nlet < len(digits):
                out.append((run.char_start, run.char_end, kind))
            elif spelled and ndig >= 1 and len(digits) >= 5:  # a booking code said piece by piece: "K, six, E, U, X"
                out.append((run.char_start, run.char_end, kind))
            elif spelled and not ndig and len(run.pieces) >= 2 and set(digits) - {"A", "I"}:
                # an id's letters said apart from its digits: "P R T, then 329 ...", "Kilo, Echo, ..."
                out.append((run.char_start, run.char_end, kind))
            elif ndig >= min_digits:  # letters glued to the digits by accident ("I 5 0 4 8"): keep the digits
                for sub in digit_runs(text[run.char_start:run.char_end]):
                    if len(sub.digits) >= min_digits:
                        out.append((run.char_start + sub.char_start, run.char_start + sub.char_end, kind))
            continue
        if (ndig >= min_digits and not _money(text, run.char_end, run.char_start)
                and not _about_amount(text, run, kind)):
            out.append((run.char_start, run.char_end, kind))
    # ids written as one token with letters and digits ("cminh730", "AB-55273")
    if kind == "account":
        for m in re.finditer(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{2,}\b", text):
            if sum(c.isdigit() for c in m.group()) >= 2:
                out.append((m.start(), m.end(), kind))
    return out


def _about_amount(text: str, run: DigitRun, kind: str) -> bool:
    """"about four hundred", "paid twelve thousand" near an id question is an amount (phone groups said "sixty one
    hundred" stay numbers)."""
    return (kind == "account" and bool(re.search(r"\b(?:hundred|thousand)$", text[run.char_start:run.char_end], re.I))
            and bool(re.search(r"\b(?:about|around|roughly|over|under|almost|nearly|for|paid|cost|costs|was|is)\s+$",
                               text[:run.char_start], re.I)))


def _trim_word_letters(text: str, run: DigitRun) -> DigitRun | None:
    """Drop letter pieces at a run's edges that belong to a word ("it's 552" → the "s" of "it's")."""
    pieces = list(run.pieces)

    def wordish(p) -> bool:
        if p.digits.isdigit():
            return False
        before = text[p.char_start - 1:p.char_start] if p.char_start else ""
        return before in ("'", "’") or text[p.char_start:p.char_end].islower()

    while pieces and wordish(pieces[0]):
        pieces.pop(0)
    while pieces and wordish(pieces[-1]):
        pieces.pop()
    return DigitRun(tuple(pieces)) if pieces else None


def _content_start(text: str) -> int:
    """Offset of the first word that is not a filler ("yes, it's ...")."""
    for m in re.finditer(r"[\w@.'-]+", text):
        if m.group().lower().strip(".,'") not in _FILLER:
            return m.start()
    return len(text)


_SPELL_Q = re.compile(r"\bspell(?:ed|ing)?\b", re.I)


def answer_pieces(text: str, kinds: list[str], other_speaker: bool, spell: bool = False) -> list[Piece]:
    """Spans in an answer to a question for ``kinds`` (``spell``: the question asked to spell a name, so the
    answer's name is letters or capitalised name-like words)."""
    out: list[Piece] = []
    for kind in kinds:
        if kind in NUMERIC:
            found = number_pieces(text, kind)
            if kind == "phone":
                found = _phone_lead(text, found)
            if kind == "account":
                found += [(s, e, kind) for s, e in spelled_spans(text)]
                found += [(m.start(), m.end(), kind) for m in _PHONETIC.finditer(text)]  # "J as in jack" whole
                found = _id_stretch(text, found)
            out += found
        if not other_speaker:
            continue
        if kind == "person":
            out += _spelled_answer(text) if spell else _name_answer(text)
        elif kind == "email":
            out += _email_answer(text)
        elif kind == "address":
            out += _address_answer(text)
        elif kind == "dob":
            out += [(m.start(), m.end(), "dob") for m in DATE_RE.finditer(text)]
            out += number_pieces(text, "dob", min_digits=4)
    return out


_PHONETIC = re.compile(r"(?<![\w'])([A-Za-z])\s+(?:as|like)\s+in\s+[A-Za-z-]+")  # "C as in cat": the letter

# "plus one, 384, ...", "the country code is forty four, then 7615 ...": the lead and a short country code
_PHONE_LEAD = re.compile(r"(?:\bplus|\+|\bcountry\s+code(?:'s|\s+is|\s+would\s+be)?)[\s,:]*$", re.I)
_CC_WORD = "|".join(sorted(NUMBER_WORDS - {"o", "hundred"}, key=len, reverse=True))
_COUNTRY_CODE = re.compile(r"\b(?:plus|country\s+code(?:'s|\s+is|\s+would\s+be)?)[\s,:]*"
                           r"((?:\d{1,3}|(?:" + _CC_WORD + r")(?:[\s-]+(?:" + _CC_WORD + r")){0,2}))\b", re.I)


def _phone_lead(text: str, pieces: list[Piece]) -> list[Piece]:
    """A phone answer's "plus" and its country code go with the number."""
    out = []
    for s, e, t in pieces:
        m = _PHONE_LEAD.search(text[max(0, s - 40):s])
        out.append((max(0, s - 40) + m.start() if m else s, e, t))
    if pieces:
        for m in _COUNTRY_CODE.finditer(text):
            end = m.end(1)
            nxt = min((a for a, _, _ in pieces if a >= end), default=None)
            if nxt is not None and re.fullmatch(r"[\s,]*(?:(?:and\s+)?then|and)?[\s,]*", text[end:nxt], re.I):
                end = nxt  # "forty four, then 7615 ...": one number
            out.append((m.start() if m.group()[:1] in "pP" else m.start(1), end, "phone"))
    return out


# the words an id is spelled with: letters, digits, number words, the spelling alphabet and its glue ("C as in
# charlie, C, six, M", "X, F as in frank one G as in george J, five, Golf", "capital K, 0084", "P P dash 4904")
_ID_WORD = re.compile(r"[A-Za-z]+|\d+")
_ID_GLUE = frozenset({"as", "in", "like", "double", "triple", "dash", "hyphen", "capital", "uppercase", "lowercase",
                      "small", "big", "letter", "then"})


def _id_word(text: str, m: re.Match[str], prev: str) -> bool:
    w = m.group()
    low = w.lower()
    if w.isdigit() or low in NUMBER_WORDS - {"o"} or low in _ID_GLUE:
        return True
    if len(w) == 1 and (w.isupper() or prev in ("lowercase", "small", "capital", "uppercase", "letter")):
        return True
    if low in PHONETIC_ALPHABET and w[:1].isupper():
        return True
    return prev in ("as", "like") or (prev == "in" and w[:1].islower())  # "as in charlie": the example word


def _id_stretch(text: str, pieces: list[Piece]) -> list[Piece]:
    """An id's pieces and what is spelled between and around them become one span."""
    if not pieces:
        return pieces
    words = list(_ID_WORD.finditer(text))
    ok, prev = [], ""
    for m in words:
        ok.append(_id_word(text, m, prev))
        prev = m.group().lower()
    out = list(pieces)
    for s, e, t in sorted(pieces):
        inside = [i for i, m in enumerate(words) if m.start() < e and m.end() > s]
        if not inside:
            continue
        i, j = inside[0], inside[-1]
        while i > 0 and ok[i - 1] and text[words[i - 1].end():words[i].start()].strip(" ,.-") == "":
            i -= 1
        while j + 1 < len(words) and ok[j + 1] and text[words[j].end():words[j + 1].start()].strip(" ,.-") == "":
            j += 1
        # not the pronoun or article alone at the edge ("I", "A"), nor glue words hanging off an end
        while i < j and (words[i].group() in ("I", "A") or words[i].group().lower() in _ID_GLUE - {"capital",
                         "uppercase", "lowercase", "small", "big", "double", "triple"}):
            i += 1
        while j > i and (words[j].group().lower() in _ID_GLUE):
            j -= 1
        out.append((min(s, words[i].start()), max(e, words[j].end()), t))
    return out


_SPELLED_SHORT = re.compile(r"(?<![\w'])[A-Za-z](?:(?:\s*[-.,]\s*|\s+)[A-Za-z]){1,}\.?(?![\w'])")


def _letters(text: str) -> list[Piece]:
    out: list[Piece] = [(s, e, "person") for s, e in spelled_spans(text)]
    out += [(m.start(), m.end(), "person") for m in _PHONETIC.finditer(text)]  # "N as in nora"
    # after "how do you spell that?" even three letters are a spelled name ("E. Z. E.")
    out += [(m.start(), m.end(), "person") for m in _SPELLED_SHORT.finditer(text)
            if len(re.findall(r"[A-Za-z]", m.group())) >= 2 and not re.fullmatch(r"[aAiI][\s.,-]*", m.group())]
    return out


def _spelled_answer(text: str) -> list[Piece]:
    """After "how do you spell that?": letters, and capitalised words that are not everyday words ("Turner,
    T-U-R-N-E-R"; not "Sure, let me check that")."""
    out = _letters(text)
    for m in re.finditer(r"[A-Z][A-Za-z'-]+", text):
        low = m.group().lower()
        if low in NOT_NAMES or low in _FILLER or low in _LEAD_IN or low in NUMBER_WORDS or common_word(m.group()):
            continue
        out.append((m.start(), m.end(), "person"))
    return out


def _name_answer(text: str) -> list[Piece]:
    out = _letters(text)
    start = _content_start(text)
    # skip the lead-in ("yes, that would be", "sure thing,") to the first word that could be a name
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text[start:]):
        low = m.group().lower()
        if low not in NOT_NAMES and low not in _FILLER and low not in _LEAD_IN:
            start += m.start()
            break
    else:
        return out
    toks = []
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text[start:]):
        word = m.group().lower()
        if word in NOT_NAMES or word in NUMBER_WORDS or word in _FILLER or len(word) < 2:
            break
        if common_word(word) and (word == m.group() or (not toks and re.match(r" [a-z]", text[start + m.end():]))):
            # "let me check that": a lower-case everyday word is not a name ("john smith" is), nor a capitalised
            # one that opens a sentence going on in lower case ("Tell me if ...")
            break
        toks.append((start + m.start(), start + m.end()))
        gap = text[start + m.end():start + m.end() + 2]
        if len(toks) == 3 or (gap[:1] in ".,?!;" and gap):
            # "Rivers, Sandy.": a last name, then the first name alone closing the answer
            last_first = re.match(r",\s+([A-Z][A-Za-z'-]+)\s*[.!?]?\s*$", text[start + m.end():])
            if last_first and toks[0][0] == start + m.start():
                toks.append((start + m.end() + last_first.start(1), start + m.end() + last_first.end(1)))
            break
    words = [text[a:b] for a, b in toks]
    short = len(re.findall(r"[A-Za-z']+", text[start:])) <= 3  # "john smith." — a lower-case ASR name
    if not short:  # inside a longer sentence only capitalised words are names ("let me note Turner")
        while toks and not words[0][:1].isupper():
            toks, words = toks[1:], words[1:]
        k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        toks, words = toks[:k], words[:k]
    if toks:
        from voc.analyze.pii_person import name_lists

        first, last = name_lists()
        caps = [w[:1].isupper() for w in words]
        known = any(w.lower() in first or w.lower() in last for w in words)
        # "Track my last order" is not a name: one capitalised word opening the answer needs the names list
        if known or sum(caps) >= 2 or (caps[0] and toks[0][0] > 0):
            out.append((toks[0][0], toks[-1][1], "person"))
    return out


def _email_answer(text: str) -> list[Piece]:
    m = re.search(r"(?:\s(?:at)\s|@)\s*[\w-]+(?:(?:\s*\.\s*|\s+dot\s+)[\w-]+)*", text, re.I)
    if not m:
        return [(s, e, "email") for s, e in spelled_spans(text)]
    start = _content_start(text[:m.start()] + " ")
    if start >= m.start():
        start = m.start()
    # a local part spelled from a letter the fillers list has ("it's i e two one five at ...")
    lead = re.search(r"(?:(?<![\w'])[A-Za-z]\s+)+$", text[:start])
    if lead and start < m.start():
        start = lead.start()
    return [(start, m.end(), "email")]


def _address_answer(text: str) -> list[Piece]:
    runs = [r for r in digit_runs(text) if not _money(text, r.char_end, r.char_start)]
    if not runs:
        return []
    start = runs[0].char_start
    lead = _ADDRESS_LEAD.search(text[:start])  # "Rural Route 7", "post office box 769", "room 626", "R R 4"
    if lead:
        start = lead.start()
    rest = text[start:]
    # a house number, then a capitalised street name and more numbers ("26 Kingsway, Manchester, M1 9 ...")
    named = len(runs) >= 2 and bool(re.match(r",?\s+[A-Z][a-z]+", text[runs[0].char_end:]))
    if not (_STREETISH.search(rest) or any(len(r.digits) == 5 for r in runs) or named):
        return []  # "I have two lines on the account" is not an address
    end = len(text.rstrip(" .?!"))
    tail = re.search(r"[.?!]\s+(?:thanks|thank you|that's it|and|is that|do you)\b", text[start:], re.I)
    if tail:
        end = start + tail.start()
    return [(start, end, "address")]


_STREETISH = re.compile(r"\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|"
                        r"terrace|circle|parkway|pkwy|highway|hwy|square|crescent|close|trail|alley|row|box|"
                        r"apartment|apt|unit|suite|floor|route|room|hall|house)\b", re.I)
_ADDRESS_LEAD = re.compile(r"\b(?:rural\s+route|(?-i:R\.?\s?R\.?)|highway|hwy|route|"
                           r"(?:post\s+office|p\.?\s?o\.?|campus|mail|postal)\s*box|box|room|apartment|apt|unit|suite|"
                           r"flat)\s*(?:number\s+|no\.?\s*|#\s*)?$", re.I)


@dataclass(slots=True)
class _Window:
    kinds: list[str]
    asker: str | None
    left: int
    spell: bool = False  # "how do you spell that?": the name comes as letters
    answers: int = 0  # utterances of another speaker seen: names, e-mails, addresses and dates are answered once
    got: bool = False  # some answer found
    age: int = 0  # utterances since the question


# the asker inviting the answer or its next piece ("Okay, whenever you're ready.", "go ahead", "and then?")
_GO_ON = re.compile(r"\b(?:whenever\s+you(?:'re|\s+are)\s+ready|ready\s+when\s+you\s+are|go\s+ahead|go\s+on|"
                    r"keep\s+going|(?:and|alright,?)\s+then\?|what's\s+next|i'm\s+with\s+you|i'm\s+ready)\b", re.I)


def dialogue_pieces(utterances: list[Utterance], order: list[int], types: frozenset[str],
                    answer_turns: int) -> dict[int, list[Piece]]:
    """Answer-window spans per utterance position (``order`` = positions in time order)."""
    out: dict[int, list[Piece]] = {}
    win: _Window | None = None
    for pos in order:
        u = utterances[pos]
        asked = [k for k in question_types(u.text) if k in types or (k == "dob" and "dob" in types)]
        if win is not None:
            win.age += 1
            if (not asked and win.age <= 8 and _GO_ON.search(u.text) and any(k in NUMERIC for k in win.kinds)
                    and (u.speaker is None or u.speaker == win.asker)):
                win.left = max(win.left, answer_turns)
        if win is not None and win.left > 0:
            other = u.speaker is None or win.asker is None or u.speaker != win.asker
            pieces = answer_pieces(u.text, win.kinds, other, win.spell)
            win.left -= 1
            if other:
                win.answers += 1
                if pieces or win.answers >= 2:
                    win.kinds = [k for k in win.kinds if k in NUMERIC]
            if pieces:  # an answer given in pieces keeps the window open ("370" … "and 318" … "and 0482")
                out.setdefault(pos, []).extend(pieces)
                win.left = max(win.left, 2)
                win.got = True
            elif win.got and other and len(u.text.split()) >= 4:
                # answered, and now the answerer says a sentence that is not part of the answer: the window
                # closes (the asker's "Yep, I have that." between groups does not close it)
                win.left = 0
        if asked:
            win = _Window(asked, u.speaker, answer_turns, spell="person" in asked and bool(_SPELL_Q.search(u.text)))
    return out


def repeat_pieces(utterances: list[Utterance], redacted: dict[int, list[Piece]]) -> dict[int, list[Piece]]:
    """Digit groups and name words already redacted somewhere in the call, wherever they recur."""
    numbers: list[tuple[str, str]] = []
    words: set[str] = set()
    for pos, pieces in redacted.items():
        text = utterances[pos].text
        for s, e, t in pieces:
            frag = text[s:e]
            if t == "person":
                words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", frag)
                             if w.lower() not in NOT_NAMES and w.lower() not in NUMBER_WORDS)
                for a, b in spelled_spans(frag):  # "T-U-R-N-E-R" → later "Turner"
                    words.add("".join(re.findall(r"[A-Za-z]", frag[a:b])).lower())
            elif t in NUMERIC or t in ("dob", "address"):
                for run in digit_runs(frag):
                    if len(run.digits) >= 3:
                        numbers.append((run.digits, t))
    if not numbers and not words:
        return {}
    out: dict[int, list[Piece]] = {}
    for pos, u in enumerate(utterances):
        text = u.text
        for run in digit_runs(text):
            d = run.digits
            if len(d) < 3 or _money(text, run.char_end, run.char_start):
                continue
            for value, t in numbers:
                if d in value and (len(value) >= 6 or d == value):
                    out.setdefault(pos, []).append((run.char_start, run.char_end, t))
                    break
        if words:
            for m in re.finditer(r"[A-Za-z][A-Za-z'-]{2,}", text):
                # a name said again is capitalised; lower case, only a word no dictionary has ("hope" in "I hope
                # so" is not Hope Carrington again)
                if m.group().lower() in words and (m.group()[:1].isupper() or m.group() not in english_words()):
                    out.setdefault(pos, []).append((m.start(), m.end(), "person"))
    return out
