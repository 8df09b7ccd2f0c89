"""Secrets said as words: a verbal password, passcode, code word, security word or passphrase, redacted as ``account``.

Alarm monitoring centres, banks, utilities and pharmacies verify a caller by a word or two agreed in advance ("the
passcode is sunflower", "my security word is Bramble"); like a PIN it opens the account, and it is said as plain
words, so no number rule sees it. Two rules:

- :func:`secret_word_hits` (one text): the words right after the secret is named ("my verbal password is purple
  monkey", "our code word's Bramble", "we changed the passcode to tiger lily").
- :func:`secret_word_pieces` (the call): after the asker asks for one ("Before I go on I need your passcode.",
  "Can I get the security word on the account?"), the other side's answer, said plainly ("Sunflower."), as a
  guess ("Um, is it Rosebud?", "Could it be maple?", "Maybe Zeus?") or as a retry after the asker says it does
  not match ("That's not what I have." … "Oh, then try silver fox.", "It should be Zeus then"); the asker's read-back
  of a value given ("Silver fox, that's it.") too.

A value is one to four words up to the end of its clause, none a function word, an everyday non-answer ("not sure",
"the same as my email", "on the sticker", "case sensitive", "wrong") or a hedge ("I think", "maybe" are cut off).
A PIN or code said as digits is :mod:`voc.analyze.pii_codes`' (the digits are taken here too when said as the
value; the spans merge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from voc.records import Utterance

Piece = tuple[int, int, str]

# what the secret is called ("verbal password", "passcode", "code word", "security word", "passphrase")
_SECRET = (r"(?:(?:verbal|account|alarm|spoken|secret)\s+)?(?:pass\s?word|pass\s?code|pass\s?phrase|code\s?word|"
           r"(?:security|secret|safe|memorable|challenge|verbal|verification)\s+(?:word|phrase))")
# the secret asked for (not the caller's own trouble: "I forgot my password", "a password reset link")
_SECRET_ASKED = re.compile(r"(?:\b(?:your|the|a)\s+(?:[\w-]+\s+)?|^\W*(?:(?:and|okay|ok|now|so|then|also),?\s+)*)"
                           + _SECRET + r"\b(?!\s+(?:reset|recovery|change|problems?|issues?|trouble|help|link|e-?mail|"
                           r"manager|requirements?|rules?))", re.IGNORECASE)
# the secret as the thing a problem is about, not asked for: "help me reset the password on my account", "I can't
# remember the passcode", "the password got hacked"
_ABOUT_SECRET = re.compile(r"\b(?:reset(?:ting)?|chang(?:e|ing)|forg[eo]t(?:ten)?|recover(?:ing)?|updat(?:e|ing)|"
                           r"creat(?:e|ing)|mak(?:e|ing)|remember|recall|lost|locked|hack(?:ed)?|compromised|"
                           r"stolen|new|old)\b[^.?!]{0,50}$", re.IGNORECASE)
# a request in the sentence that names the secret: a question, or "I need / can I get / please verify ..."
_ASKS = re.compile(r"\?|\b(?:can|could|may)\s+(?:i|we)\s+(?:get|have|ask\s+for)|\b(?:what's|whats|what\s+is|please|"
                   r"confirm|verify|provide|give\s+(?:me|us)|tell\s+(?:me|us)|need|say|read|go\s+ahead\s+with|"
                   r"let\s+me\s+know)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.?!]*(?:[.?!]+|$)")
# the asker saying the value does not match, or inviting another try: a retry follows
_NO_MATCH = re.compile(r"^\W*(?:(?:sorry|um|uh|hmm|oh),?\s+)*(?:no|nope)\b(?!\s+(?:problem|worries|rush))|"
                       r"\b(?:(?:that's|that\s+is|it's|it\s+is)\s+not\s+(?:what|the\s+one|it|right|correct|quite|"
                       r"matching)|(?:that|it)\s+(?:doesn't|does\s+not|didn't|did\s+not)\s+match|(?:that's|that\s+is)\s+"
                       r"(?:incorrect|wrong|not\s+a\s+match)|not\s+(?:quite|a\s+match|the\s+one)|(?:i'm\s+not|not)\s+"
                       r"(?:seeing|showing|finding)\s+that|(?:i\s+)?(?:don't|do\s+not)\s+have\s+that|try\s+again|"
                       r"(?:any|another)\s+(?:other\s+)?(?:guess|idea|one|word|option)s?|"
                       r"anything\s+else\s+it\s+(?:could|might)\s+be)\b", re.IGNORECASE)
# a value said after its name in one text: "my passcode is ...", "the code word's ...", "changed the password to ..."
_KEPT = (r"(?:\s+(?:on\s+file|(?:on|for|with)\s+(?:the|my|our|this)\s+(?:account|alarm|system|panel)|"
         r"with\s+(?:you|you\s+guys|us)))?")
_NAMED = re.compile(r"\b" + _SECRET + _KEPT + r"(?::\s*(?:(?:it's|it\s+is)\s+)?|[,;]\s+(?:it's|it\s+is|which\s+is|that's)|"
                    r"\s+(?:(?:was\s+|got\s+|has\s+been\s+)?(?:changed|set|reset|updated)\s+to|is\s+now|is|was|"
                    r"will\s+be|would\s+be|should\s+be|might\s+be|may\s+be|could\s+be)|'s)|"
                    r"\b(?:changed|set|reset|updated|made)\s+(?:the|my|our|his|her|their|your)\s+" + _SECRET
                    + r"\s+to\b", re.IGNORECASE)
# what leads a value in an answer: "is it ...", "try ...", "it's ...", "maybe ...", "how about ...", "it should be ..."
_LEAD = re.compile(r"\b(?:(?:is|was|could|would|might)\s+it(?:\s+be)?|try(?:\s+it\s+with)?|"
                   r"(?:it's|it\s+is|it\s+was|that's|that\s+is|it'd\s+be|it\s+would\s+be|that\s+would\s+be|"
                   r"it\s+(?:should|might|may|could|must)\s+be|it\s+has\s+to\s+be)|maybe|perhaps|(?:how|what)\s+about|"
                   r"i\s+want\s+to\s+say|i'd\s+say|i\s+(?:think|guess|believe)\s+it's|"
                   r"(?:changed|set)\s+it\s+(?:to|as))\b", re.IGNORECASE)
# a hedge before a value or after it: cut off
_HEDGE = re.compile(r"(?:\b(?:probably|maybe|perhaps|just|still|now|actually|either|definitely|honestly|um|uh|"
                    r"er|oh|like)\b[\s,]*)+", re.IGNORECASE)
_TAIL_HEDGE = re.compile(r"(?:[\s,]+(?:i\s+(?:think|guess|believe)|maybe|perhaps|probably|right|then|instead|"
                         r"now|again|too|though|(?:last|this|next)\s+(?:week|month|year|night|time)|yesterday|today|"
                         r"recently|a\s+while\s+(?:ago|back)))+\s*$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.?!;,…]|\s(?:-|—|–)\s|$")
_VALUE_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+")
# no word of a value: function words, pronouns, verbs of talk, and what is said of a secret instead of it
_NOT_VALUE_WORDS = """a an the my your our his her their its it it's this that these those there here i i'm you
we he she they me him us them is are was were be been being am do does did don't didn't doesn't have has had can
can't could would should will won't might may must not no yes yeah yep nope sure okay ok alright right correct wrong
incorrect invalid expired fine good same different new old other another one ones something anything nothing
everything none what which who whom whose why how when where if so because but to of for on in at by with from
about as into onto under over up down out off than then too very really just still also even again already always
never ever sorry please thanks thank hello hi hey hmm um uh er ah oh well wait hold hang sec second moment minute
let me see think know remember recall forget forgot forgotten sure unsure idea clue guess believe mean said say
says told tell call called named name written printed saved stored set changed reset case sensitive
case-sensitive complicated long short weak strong secure blank empty locked blocked working work works worked
denied rejected declined accepted approved compromised hacked stolen leaked lost shared disabled enabled
required needed same thing stuff sticker paper file system account password passcode passphrase code word
phrase pin number numbers digits letters letter lowercase uppercase capital caps kind sort lot bit while
husband wife son daughter mom dad mother father kids certainly absolutely definitely exactly perfect great
awesome gotcha understood noted indeed totally true yup course problem thanks cool nice excellent huh uh-huh mhm
mm mm-hmm hmm-mm go ahead continue""" 
_NOT_VALUE = frozenset(_NOT_VALUE_WORDS.split())
# a whole answer that is no value ("Hold on.", "I don't know.", "Sorry?")
_NO_ANSWER = re.compile(r"\b(?:don't|do\s+not|can't|cannot|not\s+sure|no\s+idea|forgot|forget|remember|recall|"
                        r"hold\s+on|hang\s+on|one\s+(?:sec|second|moment)|let\s+me|what\s+was|what\s+is|what's\s+the|"
                        r"why|repeat|again|say\s+that|never\s+(?:set|had|made))\b", re.IGNORECASE)
_MAX_WORDS = 4
# what may follow a plain answer: its spelling ("Buckeye, B-U-C-K-E-Y-E."), a hedge ("..., I think.") or a remark on how
# it is written ("..., all one word", "..., lower case")
_REST = re.compile(r"(?:[\s,:;.…-]*(?P<spelled>(?<![\w'])[A-Za-z](?:[\s.,-]+[A-Za-z](?![\w'])){2,}))?"
                   r"(?:[\s,.…?!-]*(?:i\s+(?:think|believe|guess)|right|maybe|probably|all\s+one\s+word|one\s+word|"
                   r"all\s+lower\s*case|lower\s*case|no\s+spaces?))*[\s,.…?!-]*", re.IGNORECASE)


def _value_at(text: str, start: int) -> tuple[int, int] | None:
    """The value that starts at ``text[start:]`` (hedges skipped, up to the end of its clause), or None."""
    hedge = _HEDGE.match(text, start)
    if hedge:
        start = hedge.end()
    start += len(text[start:]) - len(text[start:].lstrip(" ,:\"'"))
    end = _CLAUSE_END.search(text, start).start()
    tail = _TAIL_HEDGE.search(text[start:end])
    if tail:
        end = start + tail.start()
    chunk = text[start:end].rstrip(" \"'")
    words = _VALUE_WORD.findall(chunk)
    if not words or len(words) > _MAX_WORDS or re.search(r"[^\w\s'-]", chunk):
        return None
    inner = [w.lower() for w in words]
    if any(w in _NOT_VALUE for w in (inner[0], inner[-1])) or any(
            w in _NOT_VALUE and w not in ("and", "or") for w in inner):
        return None
    return start, start + len(chunk)


# one word ending "-ed" / "-ing" after "is" / "was" tells what happened to the secret: "my passcode was denied",
# "the password is expiring"
_STATE = re.compile(r"[a-z]{2,}(?:ed|ing)", re.IGNORECASE)


def secret_word_hits(text: str) -> list[tuple[int, int]]:
    """Spans of secrets said right after they are named in ``text`` ("my verbal password is purple monkey")."""
    out = []
    for m in _NAMED.finditer(text):
        span = _value_at(text, m.end())
        if span and not (_STATE.fullmatch(text[span[0]:span[1]]) and not m.group().lower().endswith("to")):
            out.append(span)
    return out


def _answer(text: str) -> list[tuple[int, int]]:
    """The value(s) in an answer to "what's your passcode?": after each lead ("is it ...", "try ...") or the whole
    short answer ("Sunflower.", "Blue heron?")."""
    spans = [s for m in _LEAD.finditer(text) if (s := _value_at(text, m.end()))]
    spans += secret_word_hits(text)
    if not spans and not _NO_ANSWER.search(text):
        lead = re.match(r"^[\s,.…-]*(?:(?:um+|uh+|er|oh|okay|ok|yeah|yes|sure|so|well|hmm+|then|and|or|"
                        r"wait)[\s,.…-]+)*", text,
                        re.IGNORECASE)
        whole = _value_at(text, lead.end())
        rest = _REST.fullmatch(text, whole[1]) if whole else None
        if whole and rest:
            spelled = rest.group("spelled")
            spans.append((whole[0], rest.end("spelled") if spelled else whole[1]))
    return spans


def _asks_secret(text: str) -> bool:
    """A sentence of ``text`` asks for the secret ("Before I cancel the dispatch I need your passcode.", "What's the
    security word on the account?"), not about a problem with it nor with its value said."""
    for sent in _SENTENCE.finditer(text):
        said = sent.group()
        if not _ASKS.search(said) or _NAMED.search(said):
            continue
        if any(not _ABOUT_SECRET.search(said, 0, m.end()) for m in _SECRET_ASKED.finditer(said)):
            return True
    return False


@dataclass(slots=True)
class _Window:
    asker: str | None
    left: int = 2  # answers of the other side still taken
    age: int = 0  # utterances since the question
    values: list[str] = field(default_factory=list)


def secret_word_pieces(utterances: list[Utterance], order: list[int]) -> dict[int, list[Piece]]:
    """Answer-window spans of secrets given as words, per utterance position (``order`` = positions in time order)."""
    out: dict[int, list[Piece]] = {}
    win: _Window | None = None
    for pos in order:
        u = utterances[pos]
        text = u.text
        if _asks_secret(text):
            win = _Window(u.speaker)
            continue
        if win is None:
            continue
        win.age += 1
        if win.age > 8:
            win = None
            continue
        other = u.speaker is None or win.asker is None or u.speaker != win.asker
        if not other or (u.speaker is None and _NO_MATCH.search(text)):
            for v in win.values:  # the asker reads the value back: "Silver fox, that's it."
                for m in re.finditer(r"(?<![\w'])" + re.escape(v) + r"(?![\w'])", text, re.IGNORECASE):
                    out.setdefault(pos, []).append((m.start(), m.end(), "account"))
            if _NO_MATCH.search(text):
                win.left = max(win.left, 1)  # "That's not what I have on file.": a retry follows
            continue
        if win.left <= 0:
            continue
        spans = _answer(text)
        win.left -= 1
        if spans:
            out.setdefault(pos, []).extend((s, e, "account") for s, e in spans)
            win.values += [text[s:e] for s, e in spans]
            win.left = 0
    return out
