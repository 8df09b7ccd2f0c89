"""Access codes, PINs and licence plates: security credentials and personal data, redacted as ``account``.

A gate, door, lock-box, keypad, garage or alarm code, a PIN, passcode or one-time / verification code opens a
door or an account (a PIN must never be stored); a licence plate identifies a person. Callers say them with the
thing they open ("the gate code is 4417", "the code for the gate is pound 3671", "the lock box on the door is
seven five zero nine", "the key's in the lock box, code 9678", "the garage keypad is 8636", "my PIN is 2 2 4 1").

:func:`credential_hits` finds the number right after such a cue in one text (only the cue's own words, "is",
"code", "for the gate", "star" / "pound" between them; "pound" after a code is the # key, not money). Codes
that are no credential stay: a promo, discount, coupon, zip, area, dress, error, reason, course, product or
model code names no lock. A code named by itself counts only with its number right after it ("I've set a new code
for you, it's 4301"), and digits typed on a keypad count by their keys ("star 04918 pound", "2005, then the pound
key"); the keys are redacted with the digits. :data:`CREDENTIAL_Q` and :data:`PLATE_Q` are the questions that ask for one (answer
windows in :mod:`voc.analyze.pii_dialogue`); read-backs are caught as repeats.
"""

from __future__ import annotations

import re

from voc.analyze.numbers import CURRENCY_SIGNS, QUANTITY_UNITS, DigitRun, digit_runs

# what a code opens: gate, door, lock box, keypad, garage, alarm ...
_LOCK = (r"(?:(?:front|back|side|main|garage|building|lobby|entry|entrance|community|pool|gym|storage|patio|"
         r"mail\s*room|package\s+room)\s+)?(?:gate|door|lock[\s-]?box|key[\s-]?box|key[\s-]?safe|keypad|key[\s-]?pad|"
         r"garage(?:\s+door)?|alarm(?:\s+system)?|security\s+system|padlock|lock|locker|mail\s*box|safe|"
         r"entry|entrance|building|lobby|callbox|call\s+box|intercom|buzzer|unit|storage\s+unit|shed|"
         r"kiosk|check[\s-]?in)")  # "the kiosk code", "my check-in PIN"
_CODE_WORD = r"(?:code|pin|combo|combination|passcode|pass\s+code|password)"
# a cue that alone makes the next number a credential
_CUE = re.compile(
    r"\b(?:" + _LOCK + r"\s+" + _CODE_WORD + r"s?|"                      # "gate code", "lock box combination"
    r"" + _CODE_WORD + r"\s+(?:for|to|on|at|of)\s+(?:the|my|our|your|that|this)\s+(?:[\w-]+\s+)??" + _LOCK + r"|"  # "code for the (new) gate"
    r"(?:lock[\s-]?box|key[\s-]?box|key[\s-]?safe|keypad|key[\s-]?pad|padlock|callbox|call\s+box)|"  # always code-bearing
    r"(?:gate|garage|alarm|door|buzzer|intercom)(?='s|\s+(?:is|was|would\s+be|should\s+be|will\s+be)\b)|"  # "the gate is"
    r"(?:access|entry|door|security|alarm|building|disarm|arm|garage|gate)\s+(?:code|pin)|"
    r"(?:pin(?:\s+(?:number|code))?|passcode|pass\s+code|one[\s-]time\s+(?:pass)?code|otp|"
    r"(?:verification|confirmation\s+text|text|sms|two[\s-]factor|2fa|login|sign[\s-]in|auth(?:entication)?)\s+code))\b",
    re.IGNORECASE)
# what may stand between the cue and the number
_GLUE = re.compile(r"(?:[\s,:;-]*(?:is|it's|its|was|would\s+be|should\s+be|will\s+be|'s|code|codes|pin|number|"
                   r"combo|combination|(?:for|on|at|to|of)\s+(?:the|my|our|your|that|this)\s+(?:[\w-]+\s+){0,2}?"
                   r"(?:door|gate|garage|building|unit|apartment|box|lock|front|back|side|entrance|lobby|kiosk)|"
                   r"just|still|now|currently|changed\s+to|set\s+to|then|uh|um|star|pound|hash|asterisk|"
                   r"for\s+(?:you|him|her|them|me|us)|"
                   r"the\s+(?:star|pound|hash)\s+key|and\s+then))*[\s,:;-]*$", re.IGNORECASE)
# codes that open nothing: a campaign's, a place's, a line's, a product's or a fault's
_NOT_CREDENTIAL = re.compile(r"\b(?:promo|promotion(?:al)?|discount|coupon|voucher|offer|referral|gift|zip|postal|"
                             r"post|area|country|dress|error|fault|reason|status|course|class|product|model|"
                             r"item|sku|part|tax|billing|diagnostic|trouble|color|colour|bar|qr|source|"
                             r"dialing|dialling|sort|swift|routing)\s+codes?\b", re.IGNORECASE)
# after a code's digits only money or a measure makes it no code ("pound" is the # key here)
_AMOUNT_AFTER = re.compile(r"\s*(?:" + QUANTITY_UNITS.replace("pounds?|", "") + r"|am|pm|a\.m|p\.m|o'clock|cars?|"
                           r"spaces?|spots?|units?|residents?|tenants?)\b", re.IGNORECASE)
_MAX_GAP = 60
# a code named by itself, then its number ("I've set a new code for you, it's 4301", "can I give him my code?
# It's 9858", "the code, 3484"): only a short "for you" / "it's" between them
_BARE_CODE = re.compile(r"\b(?:my|your|his|her|their|our|the|a|new)\s+(?:new\s+)?(?:code|combo|combination)"
                        r"(?:\s+for\s+(?:you|him|her|them|me|us))?\b", re.IGNORECASE)
_BARE_GLUE = re.compile(r"[\s,:;?.-]*(?:(?:it's|its|it\s+is|is|was|will\s+be|'s|that's)[\s,:;-]*)?$", re.IGNORECASE)
# a caller's own code or PIN named in a remark, its value in the next clause ("The kiosk at the front won't take my
# code anymore. It's 9432.", "my door code stopped working, it's 5120", "the app keeps rejecting my PIN. It's 2 2 4
# 1"): one remark (no number, no other sentence) then "it's" / "that's" / "mine is" and the number right after
_OWN_CODE = re.compile(r"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+){0,2}?" + _CODE_WORD + r"s?\b", re.IGNORECASE)
_FAR_GLUE = re.compile(r"[^.!?\d]{0,80}?[.!?,;]\s*(?:(?:uh|um|so|well|and|but|yeah)[\s,]+)*(?:it's|it\s+is|its|"
                       r"it\s+was|that's|that\s+is|mine's|mine\s+is|the\s+" + _CODE_WORD + r"\s+is)"
                       r"[\s,:;-]*(?:(?:uh|um)[\s,]+)?$", re.IGNORECASE)
# digits typed on a keypad: after "star" / "asterisk", or before "then (the) pound (key)", "pound key / sign",
# "hash" ("I'm doing star zero four nine one eight pound", "two zero zero five, then the pound key")
_KEYPAD_BEFORE = re.compile(r"\b(?:star|asterisk)[\s,]*$", re.IGNORECASE)
_KEYPAD_AFTER = re.compile(r"[\s,]*(?:(?:and\s+)?then\s+(?:the\s+|hit\s+(?:the\s+)?|press\s+(?:the\s+)?)?"
                           r"(?:pound|hash)(?:\s+(?:key|sign))?|(?:pound|hash)\s+(?:key|sign))\b", re.IGNORECASE)
_KEYPAD_POUND = re.compile(r"[\s,]*(?:pound|hash)\b", re.IGNORECASE)
# keys typed around a code already named as one are part of what is typed, like "star" and "pound" above: a key
# pressed first ("the gate code is pound 7987", "hash, 4417") and one pressed after by its name ("2626, then the
# bell key", "4417 and then press enter", "then the call button")
_KEY_FIRST = re.compile(r"\b(?:pound|hash)(?:\s+(?:key|sign))?[\s,]*$", re.IGNORECASE)
_KEY_THEN = re.compile(r"[\s,]*(?:and\s+)?then\s+(?:hit\s+|press\s+|push\s+)?(?:the\s+)?(?:(?:bell|call|enter|ok|okay|"
                       r"green|check|tick|unlock|key|door|hash|pound|star)\s+(?:key|button|sign|symbol)|enter|"
                       r"(?:the\s+)?(?:hash|pound|star))\b", re.IGNORECASE)


def with_keys(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of a code at ``text[start:end]`` with the keys typed around it ("pound 7987", "2626, then the
    bell key"); the code is already known to be one."""
    first = _KEY_FIRST.search(text, max(0, start - 20), start) if start else None
    then = _KEY_THEN.match(text, end) or _KEYPAD_AFTER.match(text, end)
    return (first.start() if first else start, then.end() if then else end)


def credential_hits(text: str, runs: list[DigitRun] | None = None) -> list[tuple[int, int]]:
    """Spans of access codes / PINs said right after their cue in ``text``: 3-8 digits, not an amount (``runs``:
    ``digit_runs(text)`` when the caller has them)."""
    out: list[tuple[int, int]] = []
    cues = [m for m in _CUE.finditer(text)
            if not _NOT_CREDENTIAL.search(text[max(0, m.start() - 16):m.end()])]
    bare = [m for m in _BARE_CODE.finditer(text)
            if not _NOT_CREDENTIAL.search(text[max(0, m.start() - 16):m.end() + 1])]
    keypad = re.search(r"\b(?:star|asterisk|pound|hash)\b", text, re.IGNORECASE)
    remark = cues + [m for m in _OWN_CODE.finditer(text)
                     if not _NOT_CREDENTIAL.search(text[max(0, m.start() - 16):m.end()])]
    if not cues and not bare and not keypad and not remark:
        return out
    for run in digit_runs(text) if runs is None else runs:
        n = len(run.digits)
        if not 3 <= n <= 8:
            continue
        before = [m for m in cues if m.end() <= run.char_start and run.char_start - m.end() <= _MAX_GAP]
        near = [m for m in bare if m.end() <= run.char_start and run.char_start - m.end() <= 30]
        head = text[:run.char_start]
        typed = bool(_KEYPAD_AFTER.match(text, run.char_end)) or bool(
            _KEYPAD_BEFORE.search(head) and (_KEYPAD_POUND.match(text, run.char_end) or near or before))
        cued = bool(before) and bool(_GLUE.fullmatch(text[before[-1].end():run.char_start]))
        named = bool(near) and bool(_BARE_GLUE.fullmatch(text[near[-1].end():run.char_start]))
        named = named or any(m.end() <= run.char_start and _FAR_GLUE.fullmatch(text, m.end(), run.char_start)
                             for m in remark)  # "... won't take my code anymore. It's 9432."
        if not (typed or cued or named):   # typed on a keypad, after a lock's cue, or after "my code"
            continue
        if text[max(0, run.char_start - 1):run.char_start] in CURRENCY_SIGNS or _AMOUNT_AFTER.match(text, run.char_end):
            continue
        if re.search(r"\b(?:hundred|thousand)$", text[run.char_start:run.char_end], re.IGNORECASE):
            continue  # "the alarm was two hundred": an amount
        # the keys typed with it are part of what was typed: "star 04918 pound", "2005, then the pound key"
        star = _KEYPAD_BEFORE.search(head) or ((cued or named) and _KEY_FIRST.search(head)) or None
        key = (_KEYPAD_AFTER.match(text, run.char_end) or _KEYPAD_POUND.match(text, run.char_end)
               or _KEY_THEN.match(text, run.char_end))
        out.append((star.start() if star else run.char_start, key.end() if key else run.char_end))
    return out


# a licence plate or a driver's licence said right after its name ("the plate is 7 K X 4 4 1", "my driver's license
# is N, three five three two one zero nine", "a Texas plate, H T R, nine one two four"): letters and digits
_ID_DOC_CUE = re.compile(r"\b(?:(?P<plate>licen[cs]e\s+plate|plate|licen[cs]e\s+tag|tag\s+number)|(?:driver'?s?\s+)?licen[cs]e)"
                         r"(?:\s+(?:number|no\.?|#))?(?:'s|\s+(?:is|was|reads|says|would\s+be|number\s+is))?[\s,:]*"
                         r"(?:(?:it's|that's|uh|um)[\s,]*)?$", re.IGNORECASE)


def id_document_hits(text: str) -> list[tuple[int, int]]:
    """Spans of licence plates and driver's licences said right after their name: 5-12 letters and digits, 3+
    digits (a plate with a letter in it, or named "plate number"), not an amount or a measure."""
    out: list[tuple[int, int]] = []
    if not re.search(r"licen[cs]e|plate|tag\s+number", text, re.IGNORECASE):
        return out
    for run in digit_runs(text, letters=True):
        pieces = list(run.pieces)
        while pieces and not pieces[0].digits.isdigit() and text[pieces[0].char_start:pieces[0].char_end].islower():
            pieces.pop(0)  # a word's letter ("it's" → "s") is no part of the id
        while pieces and not pieces[-1].digits.isdigit() and text[pieces[-1].char_start:pieces[-1].char_end].islower():
            pieces.pop()
        if not pieces:
            continue
        start, end = pieces[0].char_start, pieces[-1].char_end
        value = "".join(p.digits for p in pieces)
        ndig = sum(c.isdigit() for c in value)
        cue = _ID_DOC_CUE.search(text[max(0, start - 40):start])
        if cue is None or ndig < 3 or not 5 <= len(value) <= 12:
            continue
        if cue.group("plate") and ndig == len(value) and not re.search(r"number|no|#", cue.group(), re.IGNORECASE):
            continue  # "the plate is 12000": no letter, no "plate number"
        if text[max(0, start - 1):start] in CURRENCY_SIGNS or _AMOUNT_AFTER.match(text, end):
            continue
        if cue.group("plate") and _FLEET_CAR.search(re.split(r"[.?!]\s", text[max(0, start - 80):start])[-1]):
            continue  # a rental's or a fleet car's plate: the business's car, no one's
        out.append((start, end))
    return out


# the car is the business's: "the car you had was plate ...", "the rental's plate is ...", "our van, plate ..."
_FLEET_CAR = re.compile(r"\b(?:car|vehicle|van|truck|suv|minivan)\s+(?:that\s+)?(?:you|they)\s+(?:had|rented|drove|took|got|"
                        r"were\s+given|picked\s+up|returned)\b|\b(?:the|our|a|that|this|your)\s+(?:rental|loaner|"
                        r"courtesy\s+car|fleet\s+(?:car|vehicle|van|truck))\b|\bour\s+(?:cars?|vehicles?|vans?|trucks?)\b",
                        re.IGNORECASE)


# questions that ask for one: "is there a gate code or a lock box the tech needs?", "what's your PIN?"
CREDENTIAL_Q = re.compile(r"\b(?:" + _LOCK + r"\s+" + _CODE_WORD + r"|" + _CODE_WORD + r"\s+(?:for|to|on)\s+(?:the|your)\s+"
                          + _LOCK + r"|lock[\s-]?box|key[\s-]?box|keypad|key[\s-]?pad|"
                          r"(?:access|entry|door|alarm|gate)\s+(?:code|pin)|passcode|pass\s+code|"
                          r"one[\s-]time\s+(?:pass)?code|verification\s+code|(?:the|that|a)\s+code\s+(?:we|i)\s+"
                          r"(?:just\s+)?(?:sent|texted|e-?mailed))\b", re.IGNORECASE)
# "what's the license plate?", "the plate number on the car?", "your tag number?"
PLATE_Q = re.compile(r"\b(?:licen[cs]e\s+plates?|plate\s+(?:number|no|#)|(?:licen[cs]e\s+)?tag\s+number|"
                     r"(?:what|which)\s+(?:is\s+the\s+|'s\s+the\s+)?plate|the\s+plate)\b", re.IGNORECASE)


# a lock's combination: two to four small numbers in a row, said with commas, dashes, "then" or the turns of the
# dial ("the combo for my locker is 12, 30, 4", "my padlock combination, I have it as five, fifteen, thirteen",
# "the locker combo's right 22, left 8, right 36"); only after a combination named with what it opens
_SMALL = (r"(?:\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|"
          r"seven|eight|nine))?|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_TURN = r"(?:(?:right|left|clockwise|counter[\s-]?clockwise)\s+(?:to\s+)?)?"
_COMBO_CUE = re.compile(r"\b(?:" + _LOCK + r"\s+(?:combo|combination)s?|(?:combo|combination)\s+(?:for|to|on|of)\s+"
                        r"(?:the|my|our|your|that|this|his|her|their)\s+(?:[\w-]+\s+)??" + _LOCK + r"|"
                        r"combination\s+lock)\b", re.IGNORECASE)
_COMBO_GLUE = re.compile(r"(?:'s)?(?:[\s,:;-]+(?:is|it's|its|was|would\s+be|should\s+be|set\s+to|changed\s+to|i\s+have\s+"
                         r"(?:it\s+)?(?:as|at)|i've\s+got\s+(?:it\s+)?(?:as)?|i\s+think|uh|um|just)\b)*[\s,:;-]*",
                         re.IGNORECASE)
_COMBO_NUMBERS = re.compile(r"(?<![\w-])" + _TURN + _SMALL + r"(?:\s*(?:,|-|–|\s)\s*(?:(?:and\s+)?then\s+|and\s+)?"
                            + _TURN + _SMALL + r"){1,3}(?![\w-])", re.IGNORECASE)


def combination_hits(text: str) -> list[tuple[int, int]]:
    """Spans of a lock's combination said right after it is named ("the combo for my locker is 5, 15, 13")."""
    out: list[tuple[int, int]] = []
    for cue in _COMBO_CUE.finditer(text):
        glue = _COMBO_GLUE.match(text, cue.end())
        m = _COMBO_NUMBERS.match(text, glue.end()) if glue else None
        if m is None or _AMOUNT_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.end()))
    return out


# a call about a car the caller rented from the business ("a car I rented from you in June", "one of our fleet
# cars", "my rental agreement"): the plates said in it are the business's cars'
_RENTED_FROM_US = re.compile(r"\b(?:rented|rent|hired|leased)\s+(?:(?:it|a\s+\w+|the\s+\w+)\s+)?(?:from|with|through)\s+"
                             r"(?:you|y'all|your\s+(?:company|\w+\s+(?:location|branch|office)))\b|"
                             r"\b(?:my|the|a|your)\s+rental\s+(?:car|agreement|contract|van|truck)\b|"
                             r"\bone\s+of\s+(?:our|your)\s+(?:fleet\s+|rental\s+)?(?:cars|vehicles|vans|trucks)\b|"
                             r"\b(?:our|your)\s+fleet\b", re.IGNORECASE)
_PLATE_SAID = re.compile(r"\b(?:licen[cs]e\s+)?plate(?:\s+(?:number|no\.?|#))?(?:\s+(?:on|from)\s+(?:it|the\s+\w+))?"
                         r"(?:'s|\s+(?:is|was|reads|says))?[\s,:]+[^.?!]*", re.IGNORECASE)
_OWN_PLATE = re.compile(r"\b(?:my|our|his|her|their)\s+(?:own\s+)?(?:(?:car|vehicle|truck|van)(?:'s)?\s+)?(?:licen[cs]e\s+)?"
                        r"plate", re.IGNORECASE)


def fleet_plate_spans(texts: list[str]) -> dict[int, list[tuple[int, int]]]:
    """Per text (a call's utterances), the stretches after a plate is named in a call about a car the caller rented
    from the business (see above); not the caller's own plate ("my plate is ...")."""
    if not any(_RENTED_FROM_US.search(t) for t in texts):
        return {}
    out: dict[int, list[tuple[int, int]]] = {}
    for i, text in enumerate(texts):
        for m in _PLATE_SAID.finditer(text):
            if not _OWN_PLATE.search(text, max(0, m.start() - 30), m.end()):
                out.setdefault(i, []).append((m.start(), m.end()))
    return out
