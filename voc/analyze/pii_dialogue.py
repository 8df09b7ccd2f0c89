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
from voc.analyze.pii_codes import CREDENTIAL_Q, PLATE_Q, with_keys
from voc.analyze.pii_person import (
    NOT_NAMES,
    PET_NAME,
    common_word,
    english_words,
    spelled_spans,
)
from voc.records import Utterance

# the "@" said: " at ", " at sign ", ", at symbol, ", " at the rate " (Indian English)
AT_SAID = r",?\s+at(?:\s+(?:sign|symbol|the\s+rate(?:\s+of)?))?,?\s"

Piece = tuple[int, int, str]  # (char start, char end, pii type) in one utterance's text
# the caller's unit asked for: "what unit are you in?", "your apartment number?" (not "which unit types ...")
_UNIT_ASK = (r"(?:what|which)\s+(?:unit|apartment|apt|suite)(?!\s+(?:types?|sizes?|layouts?)\b)|"
             r"(?:unit|apartment|apt|suite)\s+(?:number|no|#)")

# people a caller answers for (a co-owner of the account, a family member)
_PERSON_ROLE = (r"(?:co-?borrower|borrower|co-?signer|co-?applicant|applicant|co-?owner|joint\s+owner|account\s+holder|"
                r"spouse|wife|husband|partner|fianc[eé]e?|son|daughter|mother|father|mom|dad|parent|"
                r"grand(?:mother|father|ma|pa)|brother|sister|child|kid|tenant|patient|member|guarantor|beneficiary)")
QUESTION_CUES: dict[str, re.Pattern[str]] = {
    "email": re.compile(r"\be-?mail(?:ed)?\b", re.I),  # "where do you want it e-mailed?"
    "phone": re.compile(r"\b(?:(?:phone|telephone|cell|mobile|callback|call\s*back|contact|home|work|best)\s+"
                        r"(?:phone\s+)?number|number\s+(?:to\s+reach|we\s+can\s+reach|i\s+can\s+reach|to\s+call)|"
                        r"what\s+number|number\s+(?:can|could|should|do|would)\s+(?:we|i|you)\b|"
                        r"(?:good|best|contact|daytime|evening|direct|alternate|alternative|other)\s+number|"
                        r"number\s+(?:[\w']+\s+){0,4}(?:reach|reached|call|called|text|texted|contact|contacted)|"
                        # "a number in case the front desk needs to reach you?", "a number so the driver can call you"
                        r"number\s+(?:in\s+case|so|if|for\s+when)\s+(?:[\w']+\s+){0,6}(?:reach|call|text|contact|"
                        r"get\s+(?:a\s+)?hold\s+of|get\s+back\s+to)\s+(?:you|him|her|them)\b|"
                        # "a number we can use if the courier gets lost?", "a number for the driver, in case ...?",
                        # "a number where the adjuster can get back to you?"
                        r"\b(?:a|another|any\s+other)\s+(?:good\s+|contact\s+|backup\s+|second\s+|other\s+|different\s+)?number\s+"
                        r"(?:we|i|they|he|she|the\s+[\w-]+)\s+(?:can|could|should|may|might)\s+(?:use|try|ring|reach|call|text)\b|"
                        # "Is there a number for the other guest on the booking?": a number for someone named by what
                        # they are to the call (a guest, a passenger, a co-owner), not for a thing ("the order")
                        r"\ba\s+(?:phone\s+|contact\s+|good\s+)?number\s+for\s+(?:the|your|his|her|their)\s+(?:other\s+|second\s+|"
                        r"additional\s+|main\s+|primary\s+|lead\s+|emergency\s+)?(?:guests?|persons?|people|contacts?|drivers?|"
                        r"passengers?|travell?ers?|roommates?|occupants?|residents?|" + _PERSON_ROLE + r"s?)\b|"
                        r"\ba\s+(?:good\s+|contact\s+|backup\s+|second\s+)?number(?:\s+for\s+(?:the\s+)?[\w-]+)?,?\s+"
                        r"(?:in\s+case|just\s+in\s+case|for\s+when)\b|"
                        # "a number for the person who'll be making the decisions, in case the director needs to
                        # call?": a number for someone, named at any length, to be called on
                        r"\ba\s+(?:good\s+|contact\s+|backup\s+|second\s+)?number\s+for\s+(?:the|your|a|an|his|her|their)\s+"
                        r"(?:[\w'-]+,?\s+){1,10}?(?:in\s+case|so|if|for\s+when)\s+(?:[\w']+\s+){0,6}"
                        r"(?:reach|call|text|contact)\b|"
                        r"number\s+where\s+(?:[\w']+\s+){0,6}(?:reach|call|text|contact|get\s+back\s+to)\s+you\b|"
                        # a person's number asked for by itself: "What's their number?", "I'll need her name and
                        # number", "a number for you as the parent, in case we need to reach you" (not "the number",
                        # "your account number": an id's)
                        r"what(?:'s|\s+is)\s+(?:your|their|his|her)\s+number(?=\s*\?)|"
                        r"(?:your|their|his|her)\s+name\s+and\s+(?:phone\s+)?number\b|"
                        r"\ba\s+number\s+for\s+(?:you|him|her|them)\b(?=[^?.!]{0,60}\b(?:reach|call|text|contact)\s+"
                        r"(?:you|him|her|them)\b)|"
                        r"(?:best|good|easiest)\s+way\s+to\s+get\s+back\s+to\s+you|"
                        r"(?:call|reach|text|contact)\s+you(?:\s+back)?\s+(?:on|at)|phone|area\s+code|"
                        # "where can we reach you?", "the best way to get hold of you?", "a good callback?"
                        r"(?:where|how)\s+(?:can|could|should|do|would)\s+(?:we|i|they)\s+(?:reach|call|text)\s+you|"
                        r"(?:best|good|easiest)\s+way\s+to\s+(?:reach|call|text|contact|get\s+(?:a\s+)?hold\s+of)\s+you|"
                        r"(?:good|best|daytime|your|a)\s+call-?\s?back(?!\s+(?:time|window|request|from|later|tomorrow|"
                        r"today|tonight))|"
                        # (Round 31) "what cell should the reminders be texted to?"
                        r"(?:the|your|a|new|other|that|which|what)\s+(?:(?:best|good|main|primary|preferred|daytime|new|other)\s+)?"
                        r"(?:cell|mobile|landline)(?!\s+(?:service|signal|"
                        r"coverage|plan|tower|data|bill|reception|network|company|carrier|provider)))\b", re.I),
    "card": re.compile(r"\b(?:card\s+numbers?|number\s+(?:on|of|from)\s+(?:the|that|this|your)\s+card|long\s+number|"
                       # "read me the sixteen digits on the front"
                       r"(?:sixteen|fifteen|16|15)\s+digits|digits\s+(?:on|across)\s+the\s+front|last\s+(?:four|4)\s+"
                       r"(?:digits\s+)?(?:of|on)\s+(?:the|your)\s+card|cvv|cvc|security\s+code|"
                       r"(?:credit|debit)\s+card|(?:ready\s+for|read(?:\s+me)?|take|which|what|go\s+ahead\s+with)\s+"
                       r"(?:the|your|a)?\s*card|"
                       # a card on file offered ("a Visa ending in 0580, use that one?", "Same card?"): the caller
                       # may answer with another card's number
                       r"(?:card|visa|mastercard|amex|discover)\s+(?:[\w']+\s+){0,4}ending|"
                       r"(?:same|another|different|other|new)\s+card|"
                       # the card a purchase was made with: "the card you paid with", "the card it was charged to"
                       r"(?:the|that|which|what)\s+card\s+(?:you|it\s+was|that\s+was|we)\s+(?:\w+\s+)?"
                       r"(?:paid|used|charged|bought|ordered|purchased|put))\b", re.I),
    "ssn": re.compile(r"\b(?:social(?:\s+security)?|ssn|s\s?s\s?n|tax\s*payer\s+id|tax\s+id|"
                      # a person's own last four, nothing else named ("and the co-signer's last four?", "her last
                      # four?"): a person is verified by the end of their social; a card's or account's last four
                      # names the card ("the last four of the card", "the card's last four")
                      r"(?:his|her|their|" + _PERSON_ROLE + r"['\u2019]s)\s+last\s+(?:four|4)(?!\s+(?:digits\s+)?"
                      r"(?:of|on|from)\b))\b", re.I),
    "account": re.compile(r"\b(?:(?:account|member(?:ship)?|customer|policy|order|confirmation|reference|ticket|"
                          r"case|claim|tracking|invoice|booking|reservation|routing|serial|session|remote(?:\s+"
                          r"access)?|access|device|partner|id|pin|verification|security|transaction|"
                          r"subscriber|meter|loyalty|rewards|contract|agreement)\s+(?:numbers?|no|num|ids?|codes?|#)|user\s?name|user\s?id|"
                          # "the driver's license number for whoever's driving?", "your licence, please?"
                          r"driver'?s?\s+licen[cs]e|licen[cs]e\s+(?:numbers?|no|#)|"
                          r"(?:the|your|its|a)\s+(?:vin|v\s?i\s?n|serial)\b(?!\s+(?:killer|port|bus|communication))|"
                          r"(?:customer|booking|order|case|claim|payment)\s+reference|reference|"
                          # not the caller's own ("I need to reset my password") nor a topic ("a password
                          # recovery problem", "info about a forgotten password"): a problem told, no request
                          r"(?<!\bmy\s)(?<!\bour\s)(?<!\ba\s)(?<!forgotten\s)(?<!\bforgot\s)(?<!\blost\s)(?<!\bstolen\s)(?<!\bold\s)"
                          # "I forgot my account password, how do I recover it?": the caller's own, no request
                          r"(?<!\bmy\saccount\s)(?<!\bmy\sonline\s)(?<!\bmy\sapp\s)"
                          r"(?<!\bexpired\s)(?:pin|passcode|password)(?!\s+(?:reset|recovery|"
                          r"change|problems?|issues?|trouble|help|link|e-?mail))|(?:your|the|an?)\s+id|i\s?d\s+number|"
                          # "which account is this about?": the answer names it by its digits ("ending 7823")
                          r"(?:which|what)\s+account(?!\s+(?:types?|kinds?|features?|benefits?|fees?)\b))\b", re.I),
    "address": re.compile(r"\b(?<!e-mail\s)(?<!email\s)(?:address|zip(?:\s*code)?|postal\s+code|post\s*code|"
                          r"where\s+do\s+you\s+live|street|ship(?:ping)?\s+to|"
                          r"where\s+(?:should|do|can|shall|would|will)\s+(?:we|i|they|you)\s+(?:mail|ship|deliver|post)|"
                          # "where would you like the new card mailed?", "where do you want it shipped?"
                          r"where\s+(?:should|do|can|shall|would|will)\s+(?:we|i|they|you)\s+(?:like|want|prefer|need)\s+"
                          r"(?:[\w'-]+\s+){0,4}(?:mailed|shipped|delivered|posted|sent|"
                          # (Round 32) "Where would you like the vehicle towed to?": where the car goes, often home
                          r"towed|hauled|dropped\s+off)|where\s+(?:should|do|can|shall|would|will)\s+(?:we|i|they)\s+"
                          r"tow\b|"
                          # sending something on paper (not "send the invite": that may be an e-mail)
                          r"where\s+(?:should|do|can|shall|would|will)\s+(?:we|i|they|you)\s+send\s+(?:the\s+|your\s+|an?\s+)?"
                          r"(?:[\w-]+\s+){0,2}(?:bills?|statements?|check|cheque|letters?|cards?|package|parcel|forms?|"
                          r"documents?|paperwork|badge|replacement|1099|w-?2|mail)|"
                          r"mail\s*box|p\.?\s?o\.?\s+box|post\s+office\s+box|"
                          # the caller's unit: "what unit are you in?", "your apartment number?"
                          + _UNIT_ASK +
                          r")\b", re.I),
    # a person's date of death too, on a funeral home's or an estate's call ("the date of death?", "when did she
    # pass?"): the deceased's own date, redacted as their date of birth is
    "dob": re.compile(r"\b(?:dates?\s+of\s+birth|birth\s*dates?|birthdays?|d\.?o\.?b|when\s+were\s+you\s+born|born|"
                      r"dates?\s+of\s+(?:death|passing)|when\s+did\s+(?:he|she|they|your\s+\w+)\s+(?:die|pass(?:\s+away)?))\b",
                      re.I),
    # not "the name of the merchant / app / store ...?": a business or thing, not a person
    "person": re.compile(r"\b(?:(?:your|the|his|her|their)\s+(?:[\w'-]+\s+){0,3}"
                         r"(?:(?:first|last)\s+and\s+(?:first|last|middle)\s+)?name(?!\s+of\s+(?:the|a|an|that|this|"
                         r"your|their)\s+(?:[\w-]+\s+)?(?:app|application|store|shop|company|business|bank|merchant|"
                         r"restaurant|hotel|place|website|site|product|plan|program|programme|street|road|building|"
                         r"complex|property|community|school|pharmacy|game|show|service|provider|carrier|airline|"
                         r"vendor|seller|charge|transaction|retailer|brand|model|device)s?\b(?!\s+(?:holder|owner|member|user|manager|"
                         r"clerk|rep|representative|agent|employee)))|"
                         # "And you are?": the agent asking the caller's name without the word "name"
                         r"(?:^|(?<=[,.!?]\s)|\band\s+|\bso\s+)you\s+are(?=\s*\?)|"
                         # (Round 30, held-out 38) "And the guest is?", "So the driver was?": a person asked for by role
                         r"(?:^|(?<=[,.!?]\s)|\band\s+|\bso\s+)(?:the|your)\s+(?:[\w-]+\s+)?(?:guest|driver|patient|"
                         r"passenger|travell?er|tenant|member|cardholder|holder|owner|caller|contact|student|child|kid|"
                         r"person|attendee|beneficiary|recipient|employee|client|customer|resident|signer)\s+"
                         r"(?:is|was|will\s+be)(?=\s*\?)|"
                         r"(?:what|which|whose)\s+name|name\s+on\s+the\s+"
                         r"(?:account|card)|who\s+(?:am\s+i|i'm|do\s+i\s+have\s+the\s+pleasure\s+of)\s+"
                         r"(?:speaking|talking)|who\s+(?:do\s+i\s+have|have\s+i\s+got|is\s+(?:this|calling|speaking))|"
                         # "who would you like as your emergency contact?", "who do you want listed as the
                         # keyholder?": whom the caller names for a role
                         r"who\s+(?:else\s+)?(?:would|do|did|should|can|will)\s+(?:you|we)\s+(?:like|want|(?:put|add|list|"
                         r"have|name|choose|pick|use)(?:\s+down)?)(?:\s+(?:to\s+(?:be|have|add|list|name|put|choose|pick|designate|make)|listed|added|down))?"
                         r"\s+(?:as\s+)?(?:your|the|a|an|our)\s+(?:[\w-]+\s+){0,2}(?:contact|key\s*holder|keyholder|"
                         r"beneficiary|caretaker|designee|proxy|guardian|agent)s?\b|"
                         r"who(?:'s|\s+is|\s+will\s+be|\s+would\s+be|\s+should\s+be)\s+(?:the\s+|your\s+(?!home\b|there\b))?(?:"
                         r"(?:primary\s+|main\s+)?(?:account|policy|card)\s*holder|(?:primary\s+|main\s+)?"
                         r"(?:co-?)?(?:borrower|signer|cosigner|applicant|owner|buyer|lessee|guarantor)|(?:main\s+|primary\s+|emergency\s+|"
                         r"trusted\s+|secondary\s+|alternate\s+|backup\s+)?contact|key\s*holder|patient|home|there|on\s+the\s+(?:account|policy|lease)|"
                         # "who is the primary member on the account?", "who's the other user on this card?"
                         r"(?:[\w-]+\s+){0,2}(?:member|owner|holder|cardholder|user|signer|subscriber|tenant|"
                         # "who's the employee we're adding?", "who is the dependent?"
                         r"employee|worker|hire|contractor|dependent|dependant|child|kid|payee|recipient|"
                         r"resident|driver|insured|beneficiary|adult|guest|partner|spouse|person|parent|guardian|"
                         # "who's the other adult on the family plan?", "who is the guest you're bringing?"
                         r"participant|passenger|travell?er|attendee|student|rider)s?(?:\s+(?:on|of|for)\s+(?:the|this|that|your)\s+\w+)?|"
                         r"(?:this|it|the\s+(?:appointment|booking|reservation|order|delivery|visit|prescription))\s+for|"
                         # "who's picking him up?", "who will be collecting the order?", "who's dropping her off?"
                         r"(?:going\s+to\s+be\s+|gonna\s+be\s+)?(?:picking|collecting|dropping|bringing|signing|"
                         r"meeting|receiving)|(?:going\s+to\s+be|gonna\s+be)\s+(?:at\s+(?:the|your|my|our|their|his|her)\b|there|home|"
                         r"on\s+site))|"
                         r"who\s+(?:can|should|will|may)\s+(?:we|i)\s+(?:release|hand)\s+(?:\w+\s+){0,3}to|"
                         # whom a parcel, letter or cheque names: "who is the package addressed to?", "who's it
                         # made out to?", "who was the letter sent to?"
                         r"who(?:'s|\s+is|\s+was|\s+will\s+be|\s+should\s+be)\s+(?:it|this|that|(?:the|this|that|"
                         r"your)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:(?:being|gonna\s+be|going\s+to\s+be)\s+)?"
                         r"(?:addressed|made\s+out|made\s+payable|payable|sent|shipped|mailed|delivered|going)\s+to\b|"
                         r"spell\s+(?:that|it|your|the(?!\s+words?\b))|"
                         r"how\s+(?:do|would)\s+you\s+spell(?!\s+the\s+words?\b)|"
                         # (Round 30, held-out 39-40) "How is that spelled (on the ticket)?", "how's your name spelled?"
                         r"how(?:\s+is|\s+was|'s)\s+(?:that|it|this|(?:the|your|his|her|their)\s+(?:[\w-]+\s+)?name)\s+"
                         r"spelled)\b", re.I),
}
_ASKING = re.compile(r"\?|"
                     # a request said as a noun phrase: "And a phone number for the application, a cell is best."
                     r"^\W*(?:(?:okay|ok|alright|all\s+right|right|great|perfect|thanks|thank\s+you|got\s+it),?\s+and|"
                     r"and|also|next|now|then)\s+"
                     # (Round 31) "Okay, and just the last four of the social, to match the credit check."
                     r"(?:just\s+|only\s+)?(?:a|an|the|your)\s+(?:(?:last|first)\s+(?:two|three|four|five|six|2|3|4|5|6)\s+"
                     r"(?:digits\s+)?(?:of|on|from)\s+(?:the|your|his|her|their)\s+)?(?:[\w'-]+\s+){0,2}"
                     r"(?:number|code|address|e-?mail|name|date\s+of\s+birth|social)\b|"
                     r"\b(?:can|could|may|what|what's|whats|which|please|confirm|verify|provide|give|tell|read|"
                     r"need|spell|have|get|share|go\s+ahead|let\s+me\s+know)\b|"
                     # someone else needing it from the one asked: "customs needs your social to clear it", "the
                     # form requires the owner's date of birth"
                     r"\b(?:needs|requires|will\s+need|would\s+need)\s+(?:to\s+(?:have|see|get)\s+)?(?:your|the\s+"
                     r"(?:[\w-]+\s+){0,2}[\w-]+['\u2019]s)\b|"
                     # a request told as a statement: "the insurer wants the last four of her social", "they're
                     # asking for his date of birth", "the lab will want the member ID"
                     r"\b(?:wants|will\s+want|would\s+want|requires|(?:is|are|'re|'s)\s+asking\s+(?:for|about)|asked\s+for)\s+"
                     r"(?:to\s+(?:have|see|get)\s+)?(?:the|your|his|her|their|a)\b|"
                     # "the sixteen digit card number when you're ready.": a request said as a noun phrase
                     r"\b(?:when(?:ever)?\s+you(?:'re|\s+are)\s+ready|ready\s+when\s+you\s+are)\b", re.I)
NUMERIC = frozenset({"phone", "card", "ssn", "account"})
_MONEY_AFTER = re.compile(r"\s*(?:" + QUANTITY_UNITS + r"|a\.?m\b\.?|p\.?m\b\.?|thousand|million|billion|grand)\b|"
                          r"['\u2019]clock\b|"
                          # what is left of a balance: "there's forty two ten left on it", "sixty remaining"
                          r"\s+(?:left|remaining|outstanding)\b(?!\s+(?:it|them|a|an|my|the|your|his|her|home|work)\b)|"
                          # "it was three twenty five total", "sixty forty with tax"
                          r"\s+(?:total|in\s+total|altogether|(?:plus|with|before|after|including)\s+tax)\b|"
                          # Round 30: what an amount adds up with: "eighty eight in court costs", "one fifty on top of
                          # the room"
                          r"\s+(?:in\s+(?:[\w-]+\s+)?(?:costs|fees|charges|taxes|penalties|interest)|on\s+top\s+of)\b|"
                          # a credit score: "a six fifty minimum score", "seven twenty credit score or better"
                          r"\s+(?:(?:minimum|min|maximum|credit|fico|or\s+(?:higher|better|above))\s+)*scores?\b|"
                          # "one fifty nine, plus forty nine for each state": a price and what is added to it
                          r",?\s+plus\s+(?:tax|fees?|shipping|\$|\d|(?:" + "|".join(sorted(NUMBER_WORDS - {"o", "oh"},
                          key=len, reverse=True)) + r")\b)",
                          re.I)  # amounts, quantities and clock times ("eleven o'clock", "3 pm") are not ids
_FILLER = frozenset("""yes yeah yep sure ok okay so um uh er ah it's it is that's that its my the and oh well right
alright correct sorry no nope of course i i'm it ya yup let me see its um, it's, address email name number""".split())
_LEAD_IN = frozenset("""thing be would could should is am it's that's yes yeah sure um uh the name his her their
full first last that'd it'd that'll it'll under addressed made out payable""".split())
_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_ORDINALS = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
             r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
             r"\d{1,2}(?:st|nd|rd|th))")
_NUMWORD = r"(?:" + "|".join(sorted(NUMBER_WORDS - {"o"}, key=len, reverse=True)) + r"|\d+)"
_MONTH_ORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
              r"(?:0?[1-9]|1[0-2])(?:st|nd|rd|th))")
_YEAR_WORDS = r"(?:" + _NUMWORD + r")(?:[\s-]+(?:" + _NUMWORD + r"|thousand(?:\s+and)?)){0,4}"  # "two thousand and six"
_FIXED_HOLIDAY = (r"(?:christmas(?:\s+(?:day|eve))?|new\s+year'?s(?:\s+(?:day|eve))?|valentine'?s(?:\s+day)?|"
                  r"(?:saint|st\.?)\s+patrick'?s(?:\s+day)?|st\.?\s+paddy'?s(?:\s+day)?|halloween|"
                  r"independence\s+day|boxing\s+day|leap\s+day|april\s+fool'?s(?:\s+day)?|groundhog\s+day)")
DATE_RE = re.compile(
    r"\b(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|"
    # the year first: "two thousand and six, November second"
    r"(?:(?:two\s+thousand(?:\s+and)?(?:[\s-]+" + _NUMWORD + r"){0,2}|nineteen[\s-]+" + _NUMWORD +
    r"(?:[\s-]+" + _NUMWORD + r")?|(?:19|20)\d\d),?\s+" + _MONTHS + r"\.?\s+(?:the\s+)?(?:" + _NUMWORD +
    r"[\s-]+)?(?:" + _ORDINALS + r"|" + _NUMWORD + r"))|"
    r"(?:the\s+)?(?:" + _ORDINALS + r"|" + _NUMWORD + r")(?:[\s-]+" + _ORDINALS + r")?\s+(?:of\s+)?" + _MONTHS +
    r"(?:,?\s+" + _YEAR_WORDS + r")?|" +
    _MONTHS + r"\.?\s+(?:the\s+)?(?:" + _NUMWORD + r"[\s-]+)?(?:" + _ORDINALS + r"|" + _NUMWORD + r")" +
    r"(?:,?\s+" + _YEAR_WORDS + r")?|"
    # the month by its number, day first, as British and most other English speakers say it: "the twenty seventh
    # of the seventh, forty three", "the 3rd of the 11th, 1962"
    r"(?:the\s+)?(?:" + _NUMWORD + r"[\s-]+)?" + _ORDINALS + r"\s+of\s+the\s+" + _MONTH_ORD +
    r"(?:,?\s+" + _YEAR_WORDS + r")?|"
    # a holiday on a fixed day names the day: "Christmas Eve, nineteen eighty", "on Valentine's Day, 1990"
    r"" + _FIXED_HOLIDAY + r"(?:,?\s+(?:in\s+)?" + _YEAR_WORDS + r")?)\b", re.I)


# any other "the <thing> number / ID / code" asked for is an identifier ("the job number", "the warranty ID")
# (not promo, discount or error codes: campaigns and troubleshooting need those)
# (nor a code that explains something: "the rejection code", "the status / reason / tax code"; "your driver's
# license number" is one)
_ANY_ID = re.compile(r"\b(?:the|your|that|this|its)\s+(?!(?:promo|promotion|promotional|discount|coupon|voucher|offer|"
                     # (an insurer's referral number is the patient's: "did your insurance give you a referral
                     # number?"; a referral code is a promotion's)
                     r"referral(?!\s+(?:number|no\.?|#|id)\b)|error|area|model|reject|rejection|reason|status|diagnostic|fault|warning|tax|"
                     # a brokerage's or a bank's identifier, not the caller's ("your DTC number", "the SWIFT code")
                     r"dtc|d\.?\s?t\.?\s?c\.?|cusip|isin|sedol|swift|bic)\s)"
                     r"(?:[a-z']+\s+){0,3}(?:number|id|i\.d\.|code)\b(?!\s+(?:of|for)\b)|"
                     # ... or "a <thing> number" one was given ("did your insurance give you a referral number?",
                     # "do you have a claim number?"; not "a different number", "a good number": a phone's)
                     r"\ban?\s+(?!(?:promo|promotion|promotional|discount|coupon|voucher|offer|error|area|model|"
                     r"reason|status|tax|good|different|other|new|second|backup|best|better|direct|working|real|"
                     r"valid|large|small|big|high|low|whole|certain|phone|contact|callback|cell|mobile|fax)\s)"
                     r"(?:[a-z']+\s+){1,2}(?:number|id|i\.d\.)\b(?!\s+(?:of|for)\b)|"
                     # the caller's id for a program or service ("What's your rider ID for paratransit?")
                     r"\byour\s+(?:[a-z']+\s+){0,2}(?:id|i\.d\.)\s+for\s+(?!(?:us|me|that|this|it)\b)",
                     re.IGNORECASE)


_WE_NEED = re.compile(r"\b(?:i|we)(?:'ll|\s+will|\s+would|'d)?\s+(?:need|want)\s+(?:your|their|his|her|the)\b", re.I)


def question_types(text: str) -> list[str]:
    """The PII types an utterance asks for ("what's the best number to reach you?" → ["phone"]). When a sentence
    ending in "?" asks for something, the other sentences only explain it ("What's the plan number? It's at the top
    of the enrollment email." asks for an id, not an e-mail)."""
    questions = re.findall(r"[^?]*\?", text)
    if questions and "".join(questions).strip() != text.strip():
        asked = list(dict.fromkeys(t for q in questions for t in _types(q)))
        rest = re.sub(r"[^?]*\?", " ", text)
        if asked and _WE_NEED.search(rest):  # "An emergency contact? I'll need their name and number.": both asked
            asked = list(dict.fromkeys(asked + _types(rest)))
        if asked:
            return asked
    return _types(text)


# an e-mail as a message, not an address: "I got an email about ...", "the email from you", "an email saying ..."
_EMAIL_MESSAGE = re.compile(r"\b(?:(?:got|get|getting|gotten|received|receive|receiving|opened|clicked|saw|seen|read|"
                            r"sent\s+(?:me|us|him|her|them))\s+(?:an?|the|this|that|your|some|one|these|those)\s+"
                            r"(?:[\w-]+\s+)?e-?mails?|e-?mails?\s+(?:about|from|saying|regarding|that\s+(?:said|says)|"
                            r"telling|asking\s+(?:me|us)|confirming|with\s+a\s+link)|"
                            # "the number on the email you got", "in the e-mail we sent": the message, not an address
                            r"(?:on|in)\s+(?:the|that|this|your|an?)\s+e-?mails?\s+(?:you|we|i|they)\s+(?:just\s+)?"
                            r"(?:got|get|received|were\s+sent|was\s+sent|sent|had))\b", re.IGNORECASE)


def _only_email_messages(text: str) -> bool:
    """Every "email" in ``text`` is a message talked about, none an address asked for."""
    spans = [(m.start(), m.end()) for m in _EMAIL_MESSAGE.finditer(text)]
    return all(any(a <= m.start() < b for a, b in spans) for m in QUESTION_CUES["email"].finditer(text))


def _types(text: str) -> list[str]:
    if not _ASKING.search(text):
        return []
    found = [t for t, rx in QUESTION_CUES.items() if rx.search(text)]
    if not found and _WHICH_ONE.search(text):  # "I see two cards here. Which one?": the one named by its digits
        found = ["card"] if re.search(r"\bcards\b", text, re.IGNORECASE) else [
            "account"] if _SEVERAL_IDS.search(text) else []
    if "card" in found and "phone" in found:  # "what phone number should the texts for the new card go to?"
        said = {k for k, rx in (("card", r"\bcard\s+number"), ("phone", r"\b(?:phone|cell|mobile)\s+number"))
                if re.search(rx, text, re.IGNORECASE)}
        if len(said) == 1:
            found = [t for t in found if t not in ({"card", "phone"} - said)]
    if "person" in found and PET_NAME.search(text) and not re.search(r"\b(?:your|the\s+owner's)\s+name\b", text, re.IGNORECASE):
        found.remove("person")  # "and the dog's name?": an animal's name, no person's
    if "email" in found and _only_email_messages(text):
        found.remove("email")  # "I got an email about X, was that you?" asks for no address
    if "account" not in found and (CREDENTIAL_Q.search(text) or PLATE_Q.search(text)):
        found.append("account")  # "is there a gate code?", "what's the license plate?": access codes and plates
    if not found and _ANY_ID.search(text):
        found = ["account"]
    if (not found and "?" in text and _USERNAME_Q.search(text)
            and not re.search(r"\b(?:reset|change|update|unlock|fix|recover|lost|forgot)\b", text, re.IGNORECASE)):
        found = ["account"]  # "what login do you use for the portal?": the handle one logs in with (not "Let me
        # reset the log-in for you")
    if "email" in found and "address" in found and not re.search(r"(?<!e-mail\s)(?<!email\s)\baddress", text, re.I):
        found.remove("address")
    cues = list(QUESTION_CUES["card"].finditer(text)) if "card" in found else []
    if cues and not _CARD_NUMBER_WORDS.search(text) and all(_MY_BEFORE.search(text, 0, m.start()) for m in cues):
        found.remove("card")  # "What is the validity of my credit card": the caller's own card, no number asked
    if "card" in found and _ID_ON_A_CARD.search(text) and not _PAYMENT_CARD.search(text):
        # "I'll need the Medicare number on your card": an id printed on a card, no card number
        found = [t for t in found if t != "card"] + ([] if "account" in found else ["account"])
    if "card" in found and "account" in found and not re.search(r"account", text, re.I):
        found.remove("account")
    return found


# the asker's own card talked about ("why was my credit card declined?"): every card cue right after "my", and no
# number, digits or code asked for
_MY_BEFORE = re.compile(r"\bmy\s+$", re.IGNORECASE)
_CARD_NUMBER_WORDS = re.compile(r"\b(?:numbers?|digits|last\s+(?:four|4)|ending|cvv|cvc|security\s+code)\b", re.IGNORECASE)
# an id printed on a member, insurance or benefits card ("the Medicare number on your card", "the group number off
# the insurance card"), asked for by the id's own name; not the card's number nor a payment card named
_ID_ON_A_CARD = re.compile(r"\b(?:member(?:ship)?|medicare|medicaid|insurance|policy|group|subscriber|patient|student|"
                           r"employee|badge|loyalty|rewards|beneficiary|plan|document)\s+(?:numbers?|ids?|no|#)\s+(?:on|of|off|"
                           r"from)\s+(?:the|that|this|your)\s+(?:[\w-]+\s+)?card\b", re.IGNORECASE)
_PAYMENT_CARD = re.compile(r"\b(?:card\s+numbers?|credit|debit|visa|master\s?card|amex|cvv|cvc|security\s+code|"
                           r"long\s+number|sixteen\s+digits|expir(?:ation|y))\b", re.IGNORECASE)


_WHICH_ONE = re.compile(r"\bwhich\s+(?:one|of\s+(?:them|those|these|the\s+\w+))\b", re.IGNORECASE)
_SEVERAL_IDS = re.compile(r"\b(?:accounts|numbers|lines|memberships|policies)\b", re.IGNORECASE)
# a question for a field that is no PII closes the open answer window ("Thank you. What's the expiration?": the
# "oh eight, thirty" that follows is a card's expiry month and year, not more of its number)
# (nor an amount asked for: "And your annual income?", "How much was the order?": "about sixty thousand")
# (Round 31: "and it expires after the trip?", "when does it expire?": the verb too)
_NOT_PII_Q = re.compile(r"\bexpir(?:ation|y|es|e|ed|ing)(?:\s+date)?\b|\b(?:income|how\s+much|how\s+many|what\s+amount|"
                        r"the\s+(?:amount|total|price|cost))\b", re.IGNORECASE)


# an answer cut off after its first digits ("It's 4 1 —", "five oh…"): those digits are the number's start
_CUT_OFF = re.compile(r"(?:\d|\b(?:" + "|".join(sorted(NUMBER_WORDS - {"o", "oh", "hundred"}, key=len, reverse=True))
                      + r"))\s*(?:—|–|--|-|\.\.\.|…)\s*$", re.IGNORECASE)
# a date with its year (a read-back of a date of birth, said as a statement: "Thank you, 4/17/1988, that matches")
_WITH_YEAR = re.compile(r"\d[/.-]\d|\b(?:19|20)\d\d\b|\bnineteen\b|\btwo\s+thousand\b", re.IGNORECASE)


# a year of this century said in words ("two thousand four", "two thousand and twelve"): its last two digits are
# the words after "thousand", not the digits the words run into
_TWO_THOUSAND = re.compile(r"\btwo\s+thousand(?:\s+and)?((?:[\s-]+(?:" + "|".join(sorted(NUMBER_WORDS - {"o", "oh", "hundred"},
                           key=len, reverse=True)) + r")\b)*)[\s,.!?]*$", re.IGNORECASE)


def _year_end(said: str) -> str:
    """The last two digits of a date said ("October third, nineteen sixty one" → "61", "3/10/1961" → "61",
    "January ninth, two thousand four" → "04")."""
    m = _TWO_THOUSAND.search(said)
    if m:
        return "".join(r.digits for r in digit_runs(m.group(1))).zfill(2)[-2:]
    return "".join(r.digits for r in digit_runs(said))[-2:]


_YEAR_Q = re.compile(r"\b(?:the\s+year|what\s+year|which\s+year|year\s+(?:was\s+that|of\s+birth))\b", re.IGNORECASE)
# a turn that opens by correcting what the other side just read back ("No, it's 4418 at the end")
_CORRECTS = re.compile(r"^\W*(?:no|nope|actually|sorry|almost|close|not\s+quite|wrong)\b", re.IGNORECASE)


def correction_pieces(utterances: list[Utterance], order: list[int],
                      redacted: dict[int, list[Piece]]) -> dict[int, list[Piece]]:
    """A turn that opens with "no" / "actually" right after the other side said a number that was redacted: its
    number groups of 2+ digits are corrections of that number, of its type."""
    out: dict[int, list[Piece]] = {}
    for k in range(1, len(order)):
        pos, prev = order[k], order[k - 1]
        u, p = utterances[pos], utterances[prev]
        kinds = [t for _, _, t in redacted.get(prev, []) if t in NUMERIC]
        if not kinds or (u.speaker is not None and u.speaker == p.speaker) or not _CORRECTS.search(u.text):
            continue
        for run in digit_runs(u.text):
            if (len(run.digits) >= 2 and not _money(u.text, run.char_end, run.char_start)
                    and not _date_or_time(u.text, run, kinds[0]) and not _about_amount(u.text, run, kinds[0])):
                out.setdefault(pos, []).append((run.char_start, run.char_end, kinds[0]))
    return out


_CORRECTION = re.compile(r"\b(?:no|nope|not|actually|almost|close|wrong|should\s+be|instead|sorry|digit)\b",
                         re.IGNORECASE)
_DIGIT_SAID = re.compile(r"\b(?:is|are|be|a|an|not|it's|was|digit|of|with)\s+$", re.IGNORECASE)


def _corrected_digits(text: str, kinds: list[str]) -> list[Piece]:
    """Single digits in a correction of a read-back: "no, the last one's a seven, not a one"."""
    if not kinds or not _CORRECTION.search(text):
        return []
    return [(r.char_start, r.char_end, kinds[0]) for r in digit_runs(text)
            if len(r.digits) == 1 and _DIGIT_SAID.search(text[max(0, r.char_start - 12):r.char_start])
            and not _money(text, r.char_end, r.char_start)]


def _expiry_shape(fragment: str) -> bool:
    """A card's expiry said as month and year: "ten twenty eight", "oh six, twenty seven", "12/29"."""
    runs = digit_runs(fragment)
    if len(runs) != 1 or len(runs[0].digits) not in (4, 6):
        return False
    d, last = runs[0].digits, runs[0].pieces[-1].digits
    year = d[2:]
    return 1 <= int(d[:2]) <= 12 and len(last) in (2, 4) and last == year and (
        20 <= int(year[-2:]) <= 45) and (len(year) == 2 or year.startswith("20"))


# Round 31: a round amount put on a card or an account ("Five hundred on the card ending 8884", "two thousand to
# the account"): money (only an amount said in hundreds or thousands: "4417 on the card" may be its last four)
_ROUND_ON = re.compile(r"\s+(?:on|to|onto|from|off)\s+(?:the|your|my|that|this|his|her|their)\s+(?:[\w-]+\s+)?"
                       r"(?:card|account)\b", re.IGNORECASE)


def _money(text: str, end: int, start: int) -> bool:
    if (re.search(r"\b(?:hundred|thousand|grand)\s*$", text[start:end], re.IGNORECASE)
            and _ROUND_ON.match(text, end)):
        return True
    return bool(_MONEY_AFTER.match(text, end)) or text[max(0, start - 1):start] in CURRENCY_SIGNS


def number_pieces(text: str, kind: str, min_digits: int = 3) -> list[Piece]:
    """Digit groups of ``min_digits``+ digits (and letter+digit ids for accounts), not money or quantities."""
    out: list[Piece] = []
    plain: list[DigitRun] | None = None  # digit_runs(text) without letters, once, when a glued id needs it
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
                plain = digit_runs(text) if plain is None else plain
                for sub in plain:
                    if (run.char_start <= sub.char_start and sub.char_end <= run.char_end
                            and len(sub.digits) >= min_digits and not _about_amount(text, sub, kind)
                            and not _date_or_time(text, sub, kind)):
                        out.append((sub.char_start, sub.char_end, kind))
            continue
        if kind != "dob" and re.fullmatch(r"\d{1,2}/\d{1,2}/(?:19|20)?\d\d", text[run.char_start:run.char_end]):
            continue  # Round 30: "the hearing is 08/07/2026": a date written out, no phone's or id's digits
        if (ndig >= min_digits and not _money(text, run.char_end, run.char_start)
                and not _about_amount(text, run, kind) and not _date_or_time(text, run, kind)):
            out.append((run.char_start, run.char_end, kind))
    # ids written as one token with letters and digits ("cminh730", "AB-55273")
    if kind == "account":
        for m in re.finditer(r"\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Za-z0-9][\w-]{2,}\b", text):
            if sum(c.isdigit() for c in m.group()) >= 2:
                out.append((m.start(), m.end(), kind))
    # a day of the month ("on the 14th") and a price written with cents ("it costs 24.99") are no ids
    return [p for p in out if not _DAY_OR_PRICE.fullmatch(text[p[0]:p[1]].strip()) and not named_number(text, p[0], p[1])]


_DAY_OR_PRICE = re.compile(r"\d{1,2}(?:st|nd|rd|th)|\d{1,5}\.\d\d", re.IGNORECASE)

# numbers that name a plan, a market index or a price, never a person's id: a retirement or savings plan named by
# its tax code section ("my old 401k", "a 403(b)", "four oh one k", "the 529 plan"); a stock index ("the Russell
# 2000", "S&P 500", "Nasdaq 100"); a trade's price ("two hundred shares at ninety one twenty five", "a limit price
# of forty two fifty", "a stop at 118")
_PLAN_AFTER = re.compile(r"[\s-]*(?:\(\s*[kb]\s*\)|(?-i:[kKbB])\b|plans?\b|accounts?\s+plan\b)", re.IGNORECASE)
_PLAN_NUMBER = re.compile(r"401|403|457|529")
_INDEX_BEFORE = re.compile(r"\b(?:russell|s\s?&\s?p|s\s+and\s+p|nasdaq|dow(?:\s+jones)?|ftse|wilshire|nikkei|dax|"
                           r"cac|(?:euro\s+)?stoxx|asx|hang\s+seng|tsx|msci(?:\s+eafe)?|sensex|nifty)\s*$", re.IGNORECASE)
_PRICE_BEFORE = re.compile(r"\b(?:(?:shares?|contracts?|options?|calls?|puts?)\s+(?:of\s+[\w.&-]+\s+)?(?:at|for)|"
                           r"(?:limit|stop(?:[\s-]+(?:loss|limit))?|strike|target|entry|exit|bid|ask|offer|share|trade|"
                           r"sale|purchase|cost\s+basis)(?:\s+price)?\s+(?:of|at|is|was|to|would\s+be)|"
                           r"(?:buy|sell|bought|sold|selling|buying)\s+(?:it\s+|them\s+)?at|per\s+share\s+(?:of|is|was))"
                           r"\s+(?:(?:about|around|roughly|like|maybe)\s+)?\$?$", re.IGNORECASE)
# the number of something many people share, named just before it: a benefit plan's group number ("the group number
# on the card is R X 4419"), a drug card's claims-routing codes (B I N, P C N: the same for every member of the plan),
# a drug's N D C code; the caller's member or prescription number is theirs, these are not
_SHARED_CODE = (r"(?:(?:rx\s*)?group\s+(?:number|no\.?|#|id|code)|rx\s*(?:bin|pcn|grp|group)|"
                r"(?-i:B\W{0,2}I\W{0,2}N|P\W{0,2}C\W{0,2}N|N\W{0,2}D\W{0,2}C)\b\.?(?:\s+(?:numbers?|no\.?|#|codes?))?|"
                r"(?:bin|pcn|ndc)\s+(?:numbers?|no\.?|#|codes?)|national\s+drug\s+codes?|"
                r"processor\s+control\s+numbers?|bank\s+identification\s+numbers?|"
                # a code a business hands to many customers: "your company's discount code is C D P 5512",
                # "the promo code is SPRING20", "use the corporate rate code"
                r"(?:promo(?:tion(?:al)?)?|discount|coupon|voucher|offer|corporate(?:\s+(?:rate|discount))?|"
                r"(?:group|company|employer|corporate)\s+rate|campaign|sale)\s+codes?|"
                # a code printed on every ticket of one event: "the event code is M S G 0412", "the presale code"
                r"(?:event|show|performance|concert|game|presale|pre-sale)\s+codes?|"
                # Round 31: a hotel's room block for a wedding or a conference: "the hotel block code is W E D 613",
                # every guest books with it
                r"(?:(?:hotel|room|group|wedding|guest)\s+)?(?:room\s+)?block\s+(?:codes?|ids?)|"
                # an opening many workers are sent to: "the job order is J O 24-0881", "requisition number 5521"
                r"job\s+(?:orders?|postings?|openings?|requisitions?|reqs?)(?:\s+(?:numbers?|no\.?|#|ids?))?|"
                r"(?:job\s+)?requisition\s+(?:numbers?|no\.?|#|ids?))")
_SHARED_CODE_BEFORE = re.compile(r"(?<![\w'])" + _SHARED_CODE + r"(?:\s+(?:there|here|too|then))?(?:\s+(?:on|for|of|from|off|in)\s+(?:the|that|this|it|"
                                 r"those|these|your|my|his|her|their)(?:\s+[\w'-]+)?){0,2}(?:'s|\s+(?:is|was|would\s+be|"
                                 r"should\s+be|reads?|says?))?[\s,:]+(?:(?:it's|it\s+is|that's|uh|um|just|group|number)[\s,]+)*"
                                 r"(?:(?-i:[A-Z])[\s.-]*){0,3}$", re.IGNORECASE)


# Round 31: a government form or a tax-advantaged plan named by its number ("the 1098-T", "your I-20", "a W-2", "the
# 529 check", "my 401k", "form 1040"): the same name on every caller's papers, no one's id (a bare 1098 / 1099 / 1040
# only after "the / a / my / form ...", a bare 529 / 403 / 457 only before "plan / check / account ...")
_FORM_NAME = re.compile(r"(?<![\w-])(?:(?:10(?:98|99|40|95|42)|5498|8863|1098)-?(?-i:[A-Z]{1,4})(?![\w-])|"
                        r"(?-i:W)-?[2489](?:-?(?-i:[A-Z]{1,3}))?(?![\w-])|(?-i:I)-(?:20|9|94|130|140|485|539|765|797|864)"
                        r"(?:-?(?-i:[A-Z]))?(?![\w-])|(?-i:DS)-?(?:160|2019|11|82)(?![\w-])|(?-i:SS)-5(?![\w-])|"
                        r"(?:401|403)\s?\(?[kb]\)?(?![\w-])|"
                        r"(?:" + "|".join(r"(?<=\b" + w + r"\s)" for w in ("the", "my", "your", "his", "her", "our", "their",
                                                                       "paper", "this", "that", "each", "every", "form",
                                                                       "a")) + r")(?:10(?:98|99|40|95)|5498|8863)"
                        r"(?![\w-]|\s*\d)|"
                        r"(?:529|403|457)(?=\s+(?:plans?|checks?|cheques?|accounts?|savings|funds?|money|withdrawals?|"
                        r"distributions?|contributions?|payments?)\b))", re.IGNORECASE)


def form_name(text: str, s: int, e: int) -> bool:
    """``text[s:e]`` lies inside a form's or plan's number (_FORM_NAME)."""
    said = text[s:e]
    first, last = s + len(said) - len(said.lstrip()), e - (len(said) - len(said.rstrip()))  # the span, unpadded
    return any(m.start() <= first and last <= m.end()
               for m in _FORM_NAME.finditer(text, max(0, s - 12), min(len(text), e + 12)))


def named_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a plan's, an index's or a price's number, not an id (see above)."""
    said = text[start:end]
    digits = "".join(r.digits for r in digit_runs(said))
    if re.fullmatch(r"(?:401|403|457)\s?\(?[kb]\)?", said.strip(), re.IGNORECASE):
        return True
    if _PLAN_NUMBER.fullmatch(digits) and _PLAN_AFTER.match(text, end):
        return True
    head = re.match(r"[A-Za-z&\s]*", said).group()  # "P 500" taken from "S&P 500": the index's letters inside
    if len(digits) <= 4 and _INDEX_BEFORE.search(text[max(0, start - 20):start] + head):
        return True
    if _SHARED_CODE_BEFORE.search(text[max(0, start - 70):start]):
        return True  # "the B I N on the back is 004336", "the group number is group 00721"
    if len(digits) <= 9 and _SIZE_BEFORE.search(text[max(0, start - 40):start]):
        return True  # "the frame says fifty two, eighteen, one forty": a product's size
    return len(digits) <= 6 and bool(_PRICE_BEFORE.search(text[max(0, start - 40):start]))


# a product's size or measurements printed on it, named right before ("the frame says 52 18 140", "the tire size is
# 225 60 16", "the measurements are 30 by 32"): sizes many products share, no one's id
_SIZE_BEFORE = re.compile(r"\b(?:sizes?|measurements?|dimensions?|frames?|lens(?:es)?|tires?|tyres?|inseam|waist)"
                          r"(?:\s+sizes?)?\s+(?:says|say|reads|read|is|are|was|were|of)[\s,:]+(?:(?:uh|um|like)[\s,]+)?$",
                          re.IGNORECASE)


def _about_amount(text: str, run: DigitRun, kind: str) -> bool:
    """"about four hundred", "paid twelve thousand", "raise the limit to three thousand" near an id question is an
    amount, and so is any number said "eight hundred and forty nine" (phone groups said "sixty one hundred" stay
    numbers)."""
    source = text[run.char_start:run.char_end]
    if len(run.pieces) == 1 and re.search(r"\bhundred\s+and\s", source, re.IGNORECASE):
        return True
    if re.search(r"\b(?:thousand|million|billion)[\s,]+(?:and\s+)?$", text[:run.char_start], re.IGNORECASE):
        return True  # "twelve thousand five hundred": the rest of an amount
    spoken = not any(c.isdigit() for c in source)
    # dollars and cents said as two groups ("sixty two fifty", "three forty"), never a phone's
    cents = (kind != "phone" and spoken and len(run.pieces) == 2 and len(run.pieces[1].digits) == 2
             and len(run.digits) in (3, 4))
    if (cents
            and re.search(r"\b(?:for|of|paid|pay|costs?|charged?|spent|about|around|over|under|only|just|owe[ds]?|"
                          r"balance\s+(?:is|was|of)|due|rent\s+is|fee\s+is|total\s+is|(?:came|comes|come)\s+to|"
                          r"total(?:ed|led|s)?|ran|runs?)\s+$",
                          text[max(0, run.char_start - 14):run.char_start], re.IGNORECASE)):
        return True  # "it was for sixty two fifty", "I owe three forty"
    if (len(run.digits) <= 6 and len(run.pieces) <= 2
            and re.search(r"\b(?:loan|rent|premium|deductible|co-?pay|salary|income|mortgage|estimate|quote|budget|"
                          r"bill|fee|rate|price|cost|payment|balance|total|amount)\s+(?:is|was|of|comes\s+to|came\s+to|"
                          r"will\s+be|would\s+be)\s+(?:(?:about|around|just|roughly|approximately|nearly|almost|over|"
                          r"under)\s+)?\$?$", text[max(0, run.char_start - 40):run.char_start], re.IGNORECASE)):
        return True  # "the loan is 15000 at 6.9 percent", "so the payment is about 296 a month?"
    if (len(run.digits) <= 6 and spoken
            and re.search(r"\b(?:(?:balance|total|amount|price|cost|payment|refund|credit|"
                          # (Round 32) "The reimbursement is one eighty five", "The receipt says two hundred twelve
                          # fifty": what is paid back, what a receipt shows
                          r"reimbursements?|payout|settlement)\s+(?:is|was|of|comes\s+to|"
                          r"came\s+to|will\s+be|would\s+be)|(?:receipt|invoice)\s+(?:says|said|shows|showed|reads))"
                          r"\s+(?:(?:about|around|just|like|roughly|approximately|nearly|almost|over|under)\s+)?$",
                          text[max(0, run.char_start - 40):run.char_start], re.IGNORECASE)):
        return True  # "the statement balance is four eighteen twenty": dollars and cents in any grouping
    if (len(run.digits) <= 6 and spoken
            and re.search(r"\b(?:fee|charge|price|cost|amount|total|balance)\s*[,:]\s*(?:about\s+|around\s+|just\s+)?$",
                          text[max(0, run.char_start - 30):run.char_start], re.IGNORECASE)):
        return True  # the amount named first, then said: "I see the fee, one fifty nine, on ..."
    # Round 30: dollars and cents said as two groups, then what they are ("there's a three fifty convenience fee",
    # "it was eleven ninety nine with the plan", "a nine fifty resort fee"), any kind asked (a phone's group is not
    # followed by a fee)
    if (spoken and len(run.pieces) == 2 and len(run.pieces[1].digits) == 2 and len(run.digits) in (3, 4)
            and re.match(r"\s+(?:(?:[\w-]+\s+)?(?:fee|surcharge|deposit|co-?pay)s?\b|with\s+(?:the\s+)?(?:plan|warranty|"
                         r"coverage|protection|upgrade|tax|fees?|shipping|delivery|installation)\b|"
                         r"(?:a|per)\s+(?:night|month|week|year|day)\b)", text[run.char_end:], re.IGNORECASE)):
        return True
    if (len(run.digits) <= 6 and spoken and re.search(r"\b(?:the\s+)?(?:fine|ticket|penalty|citation)\s+(?:is|was|comes\s+to|"
                                                      r"came\s+to|will\s+be|would\s+be)\s+$",
                                                      text[max(0, run.char_start - 30):run.char_start], re.IGNORECASE)):
        return True  # "The fine is one fifty": what a ticket costs
    if (cents
            and re.match(r"\s+(?:on|to|from)\s+(?:the|your|my|that|this)\s+(?:\w+\s+)?(?:card|account|statement|bill)\b",
                         text[run.char_end:], re.IGNORECASE)):
        return True  # a charge seen on a card: "I see two eighty nine on the card ending in ..." (dollars and cents)
    if cents and posted_amount(text, run):
        return True  # a transaction's amount: "it says pending, ninety nine ninety nine", "posted: forty two ten"
    if len(run.digits) <= 5 and len(run.pieces) <= 2 and _PAID.search(text[max(0, run.char_start - 40):run.char_start]):
        return True  # "I want to pay 100 today", "a charge of 89.99 and another of 1299", "bought it for 899": money
    if len(run.pieces) == 1 and len(run.digits) <= 6 and re.search(
            r"\b(?:about|around|roughly|approximately|nearly|almost)\s+\$?$", text[max(0, run.char_start - 16):run.char_start],
            re.IGNORECASE):
        return True  # "about 200 for the visit": an id is never "about"
    if len(run.digits) <= 6 and re.match(r"\s+(?:(?:an?|per|each|every)\s+(?:month|year|week|day|night|hour|visit|person|"
                                         # a rate by the unit: "three nineteen a gallon", "seventeen fifty an hour"
                                         r"head|ticket|gallon|lit(?:er|re)|mile|kilomet(?:er|re)|pound|kilo|ounce|foot|"
                                         r"square\s+foot|unit|shift|load|piece|pair|box|bag|seat|lesson|class|session|ride|"
                                         r"trip|mile|minute|case|dozen|bottle|can)|deductible|co-?pay|premium|down(?:\s+payment)?|upfront|deposit|"
                                         r"rebate|discount|off|apiece|each)\b", text[run.char_end:], re.IGNORECASE):
        return True  # "a 250 deductible", "296 a month", "150 down": money by what follows
    if cents and charged_after(text, run):
        return True  # "It was ninety nine ninety nine, charged twice": an amount (not "ending forty four ten, ...")
    if kind == "dob" and len(run.pieces) >= 3 and re.fullmatch(r"\d{2,4}(?:2000|1900)", run.digits):
        return False  # a birth date whose year is "two thousand": "oh three, one six, two thousand"
    if kind != "phone" and re.search(r"\b(?:thousand|million|billion)$", source, re.IGNORECASE):
        return True  # "I put six thousand in a brokerage account": an id is never said as a round thousand
    if not re.search(r"\b(?:hundred|thousand)$", source, re.IGNORECASE):
        return False
    if re.match(r"\s+(?:of\s+(?:that|it|this|those|these|them)|(?:is|are)\s+(?:tax[\s-]+)?deductible)\b",
                text[run.char_end:], re.IGNORECASE):
        return True  # a part of an amount: "sixteen hundred of that is deductible", "twelve hundred of it"
    before = text[:run.char_start]
    amount = (r"about|around|roughly|like|over|under|almost|nearly|paid|pay|sent|send|cost|costs|charged?|spent|owe[ds]?|"
              r"withdr[ae]w|deposit(?:ed)?|transferr?(?:ed)?|limit(?:\s+(?:to|of|at))?")
    if kind != "phone":
        amount += r"|for|to|was|is"
    return bool(re.search(r"\b(?:" + amount + r")\s+$", before, re.IGNORECASE))


# money paid or owed said right before a number ("pay 100", "paid about 250", "a charge of 1299", "another of 40")
_PAID = re.compile(r"\b(?:(?:pay|paying|paid|owe|owes|owed|spend|spent|deposit(?:ed)?|transfer(?:red)?|refund(?:ed)?|"
                   r"withdr[ae]w|borrow(?:ed)?|lend|lent|tip(?:ped)?)|(?:charges?|payments?|refunds?|deposits?|"
                   r"transfers?|withdrawals?|fees?|balance|amount|total|bill|another)\s+(?:of|for)|"
                   r"(?:bought|purchased|sold|priced|listed|quoted|financed|rented|leased)\b[^.?!]{0,24}?\bfor)\s+"
                   r"(?:(?:about|around|like|just|only|roughly|maybe|another|the)\s+)?\$?$", re.IGNORECASE)
_POSTED = re.compile(r"\b(?:pending|posted|authori[sz]ed|authori[sz]ation|on\s+hold|a\s+hold|refunded|credited|"
                     r"debited)[\s,:]+(?:(?:for|of|about)\s+)?$", re.IGNORECASE)


def posted_amount(text: str, run: DigitRun) -> bool:
    """``run`` follows a transaction's state ("it says pending, ninety nine ninety nine", "refunded: forty two
    ten"): an amount."""
    return _POSTED.search(text[max(0, run.char_start - 24):run.char_start]) is not None


def charged_after(text: str, run: DigitRun) -> bool:
    """``run`` is followed by "charged / billed / debited ..." and not preceded by a card's "ending" or "last four":
    "it was ninety nine ninety nine, charged twice" is an amount, "ending forty four ten, charged ..." an id's end."""
    return bool(re.match(r",?\s+(?:charged|billed|debited|deducted|withdrawn|taken\s+out)\b", text[run.char_end:],
                         re.IGNORECASE)
                and not re.search(r"\b(?:ending|ends|end|last|four|number|digits)\b[\s\w]{0,8}$",
                                  text[max(0, run.char_start - 24):run.char_start], re.IGNORECASE))


# a clock time ("at about nine fifteen last night", "around ten thirty this morning") is no id
_CLOCK_AFTER = re.compile(r"\s*(?:last\s+night|this\s+(?:morning|afternoon|evening)|tonight|yesterday|today|tomorrow|"
                          r"in\s+the\s+(?:morning|afternoon|evening)|at\s+night|"
                          # "the six forty flight", "your nine fifteen appointment"
                          r"(?:flight|train|bus|ferry|show|showing|appointment|class|session|slot|meeting|departure|"
                          r"pick-?up|delivery|shift|call)\b)", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\b(?:at|by|until|till|since|before|after)\s+(?:about|around|like|roughly)\s+$|"
                           # Round 30: a date, then the hour: "the hearing is 08/07/2026 at eight thirty", "April
                           # ninth at one thirty"
                           r"(?:\b\d{1,2}/\d{1,2}(?:/\d{2,4})?|\b(?:january|february|march|april|may|june|july|august|"
                           r"september|october|november|december)\s+[\w-]+(?:,?\s+\d{4})?)\s+(?:at|by|from)\s+$|"
                           r"\b(?:about|around|almost|nearly|just\s+(?:after|past|before))\s+$|"
                           # "last Tuesday at two fifteen", "tomorrow by ten thirty"
                           r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tomorrow|tonight|yesterday|morning|"
                           r"afternoon|evening|night)\s+(?:at|by|around|until|till|before|after)\s+$", re.IGNORECASE)
# a year after "since", "back in", "from", "until" ("we've had it since 2019") is no id; "it ends in 2019" may be
_YEAR_BEFORE = re.compile(r"\b(?:since|from|until|till|through|before|after|back\s+in|year|in\s+early|in\s+late)\s+$",
                          re.IGNORECASE)


# what names a card's expiry right before it: "Expiration is", "expires", "exp date", "valid through", "good thru"
_EXPIRY_BEFORE = re.compile(r"\b(?:expir(?:ation|y|es|ed|ing)|exp)(?:\s+date)?(?:'s|\s+(?:is|was|would\s+be|of|on|in|at))?"
                            r"[\s,:]*(?:(?:uh|um)[\s,]*)?$|\b(?:valid|good)\s+(?:thru|through|until|till)[\s,:]*$",
                            re.IGNORECASE)


def _date_or_time(text: str, run: DigitRun, kind: str) -> bool:
    """The year or day of a date ("posted on November second, twenty twenty six"), a card's expiry named as one
    ("..., expiration oh four twenty nine", "it expires ten twenty eight") or a clock time."""
    if (_EXPIRY_BEFORE.search(text[max(0, run.char_start - 40):run.char_start])
            and _expiry_shape(text[run.char_start:run.char_end])):
        return True
    if kind != "dob" and len(run.digits) <= 4:
        for m in DATE_RE.finditer(text, max(0, run.char_start - 40), min(len(text), run.char_end + 40)):
            if (m.start() <= run.char_start and run.char_end <= m.end()
                    and re.search(_MONTHS + r"|/", m.group(), re.IGNORECASE)):
                return True
    if (kind != "dob" and len(run.pieces) <= 2 and re.fullmatch(r"(?:19|20)\d\d", run.digits)
            and _YEAR_BEFORE.search(text[max(0, run.char_start - 16):run.char_start])):
        return True
    return clock_time(text, run)


# something that happened "at" an hour and minutes: an event's verb, then "at" ("delivered at six forty two", "the
# driver showed up at 7 15", "it got here at about nine thirty"); not "reach me at", "call us at" (a number follows)
_EVENT_AT = re.compile(r"\b(?:deliver(?:ed|y)|arriv(?:ed|al)|came|come|showed\s+up|got\s+(?:here|there|in|back)|"
                       r"dropped\s+(?:it\s+)?off|picked\s+(?:it\s+)?up|left|placed|ordered|marked|shipped|scanned|"
                       r"closed|opened|happened|started|ended|finished|called|texted|rang|knocked|charged|posted|"
                       r"sent|updated|canceled|cancelled|confirmed|completed|accepted|assigned|dispatched|departed|"
                       r"landed|scheduled|booked|ready|closes|opens|pick-?up|drop-?off|"
                       # what will happen at an hour: "I land at nine forty", "we board at six fifteen"
                       r"lands?|landing|arrives?|arriving|leaves?|leaving|departs?|departing|boards?|boarding|"
                       r"get\s+in|gets\s+in|getting\s+in|starts?|starting|begins?|finish(?:es)?|ends?|close|open)\b[^.?!\d]{0,24}?"
                       r"\bat\s+(?:(?:about|around|like|roughly|exactly|precisely|maybe)\s+)?$", re.IGNORECASE)
# a clock time ends the number: no more digit groups right after it ("at six forty two, nine one one ..." is a phone)
_MORE_DIGITS = re.compile(r"[\s,.-]*(?:(?:and|then)\s+)?(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|double|triple)\b)", re.IGNORECASE)


# the end of a span of hours after an hour and minutes: "to eleven", "till noon", "until 5 pm", "to eleven thirty"
# (then no more digits: "two thirty to eleven, four four ..." may be groups of a number)
_HOURS_TO = re.compile(r"\s*(?:to|till|until|-|–)\s+(?:noon|midnight|(?:one|two|three|four|five|six|seven|eight|nine|"
                       r"ten|eleven|twelve|1[0-2]|[1-9])(?::[0-5]\d|\s+(?:o'clock|thirty|fifteen|forty[\s-]five|a\.?m\.?|"
                       r"p\.?m\.?))?)\b(?![\s,.-]*(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b))",
                       re.IGNORECASE)


# Round 31: an hour named earlier in the sentence ("The ship is in port until five, and all aboard is four thirty",
# "doors open at six, dinner is seven fifteen"): the next hour and minutes there are a time too
_HOUR_EARLIER = re.compile(r"\b(?:until|till|at|by|from|after|before)\s+(?:noon|midnight|one|two|three|four|five|six|seven|"
                           r"eight|nine|ten|eleven|twelve|1[0-2]|[1-9])(?:\s*(?:a\.?m\.?|p\.?m\.?|o['\u2019]clock))?"
                           r"(?![\w'-]|[\s,.-]*(?:\d|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b))"
                           r"[^.?!]*$", re.IGNORECASE)


def clock_time(text: str, run: DigitRun) -> bool:
    """A clock time: "at about nine fifteen last night", "it's almost eleven twenty", "the six forty flight"."""
    hour = run.pieces[0].digits
    if len(run.digits) <= 4 and len(run.pieces) <= 2 and hour.isdigit() and 1 <= int(hour) <= 12:
        if (len(run.pieces) == 2 and re.fullmatch(r"[0-5]\d", run.pieces[1].digits)
                and re.search(r"\b(?:until|till|before|after|between|from|by)\s+$", text[:run.char_start], re.IGNORECASE)):
            return True  # "backordered until 11 30", "any time after four fifteen": hour and minutes
        if (len(run.pieces) == 2 and re.fullmatch(r"[0-5]\d", run.pieces[1].digits)
                and _HOURS_TO.match(text, run.char_end)):
            return True  # a span of hours: "second shift, two thirty to eleven", "nine fifteen till noon"
        if (len(run.pieces) == 2 and re.fullmatch(r"[0-5]\d", run.pieces[1].digits)
                and _EVENT_AT.search(text[max(0, run.char_start - 40):run.char_start])
                and not _MORE_DIGITS.match(text, run.char_end)):
            return True  # "marked it delivered at six forty two", "it showed up at 7 15": when something happened
        if (len(run.pieces) == 2 and re.fullmatch(r"[0-5]\d", run.pieces[1].digits)
                and _HOUR_EARLIER.search(text[max(0, run.char_start - 80):run.char_start])
                and not _MORE_DIGITS.match(text, run.char_end)):
            return True
        return bool(_CLOCK_AFTER.match(text, run.char_end) or _CLOCK_BEFORE.search(text[:run.char_start]))
    return False


def _trim_word_letters(text: str, run: DigitRun) -> DigitRun | None:
    """Drop letter pieces at a run's edges that belong to a word ("it's 552" → the "s" of "it's")."""
    pieces = list(run.pieces)

    def wordish(p) -> bool:
        if p.digits.isdigit():
            return False
        before = text[p.char_start - 1:p.char_start] if p.char_start else ""
        # "... two sixty, I paid it": the pronoun before a lower-case word is no letter of an id
        pronoun = p.digits in ("I", "A") and re.match(r"\s+[a-z]{2,}", text[p.char_end:]) is not None
        return before in ("'", "’") or text[p.char_start:p.char_end].islower() or pronoun

    def word_then_stop(p) -> bool:
        # a word in capitals that ends the sentence before the digits ("The HSA card from WEX. 5416 ..."): a name,
        # no letters of the id (single letters stay: "a letter, M. Then it's 6 7 4 ...")
        return (not p.digits.isdigit() and p.char_end - p.char_start >= 2 and text[p.char_start:p.char_end].isalpha()
                and re.match(r"[.!?]\s", text[p.char_end:p.char_end + 2]) is not None)

    while pieces and (wordish(pieces[0]) or (len(pieces) > 1 and word_then_stop(pieces[0]))):
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
# an utterance that is nothing but a number ("nine one.", "and 0482", "uh, double seven")
_ONLY_NUMBER = re.compile(r"[\s,.…?!-]*(?:(?:and|then|uh|um|double|triple|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
                          + r"|\d+)\b[\s,.…?!-]*)+", re.IGNORECASE)


# letters alone said by the asker as how every such number starts ("No, that's a phone number. The policy number
# starts with M P."): the format's prefix, shared by all of them, not the caller's id (the one asked saying "It
# starts with B as in boy. Then it's 4471..." gives the id's first letter)
_STARTS_WITH = re.compile(r"\b(?:starts?|starting|begins?|beginning)\s+with\s+(?:(?:an?|the|letters?)\s+)?$", re.IGNORECASE)


def _format_prefix(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is letters only, said after "starts with" (see above)."""
    return (not any(c.isdigit() for c in text[start:end]) and not re.search(r"\b(?:" + _CC_WORD + r")\b", text[start:end], re.I)
            and bool(_STARTS_WITH.search(text[max(0, start - 40):start])))


def answer_pieces(text: str, kinds: list[str], other_speaker: bool, spell: bool = False,
                  min_digits: int = 3) -> list[Piece]:
    """Spans in an answer to a question for ``kinds`` (``spell``: the question asked to spell a name, so the
    answer's name is letters or capitalised name-like words; ``min_digits``: the shortest number group taken, 2 in
    a correction of a read-back or a piece said alone)."""
    out: list[Piece] = []
    for kind in kinds:
        if kind in NUMERIC:
            found = number_pieces(text, kind, min_digits=min_digits)
            if kind == "phone":
                found = _phone_lead(text, found)
            if kind == "card":
                found = _lettered_ids(text, found)
            if kind == "account":
                found += [(s, e, kind) for s, e in spelled_spans(text)]
                found += [(m.start(), m.end(), kind) for m in _PHONETIC.finditer(text)]  # "J as in jack" whole
                found = _id_stretch(text, found)
                found = [p for p in found if not _acronym(text[p[0]:p[1]]) and not _initials_of_name(text, p[0], p[1])
                         and not _letters_name_a_number(text, p[0], p[1])
                         and (other_speaker or not _format_prefix(text, p[0], p[1]))]
                found = [(*with_keys(text, s, e), t) for s, e, t in found]  # "Pound 7987.": the # key typed first
            out += _id_ends(text, _join_groups(text, found))
        if not other_speaker:
            continue
        if kind == "person":
            out += _spelled_answer(text) if spell else (_name_answer(text) or _closing_name(text))
        elif kind == "email":
            out += _email_answer(text)
        elif kind == "address":
            out += _address_answer(text)
        elif kind == "dob":
            out += [(m.start(), m.end(), "dob") for m in DATE_RE.finditer(text) if not event_date(text, m.start())]
            out += number_pieces(text, "dob", min_digits=4)
    return out


# a date named as the day of something else, not a birth ("Mine's May 2nd, 1961. And the pickup is June 3rd,
# right?", "the appointment was on the fourth")
_EVENT_DATE = re.compile(r"\b(?:pick-?up|drop-?off|delivery|appointment|move(?:-in|-out)?|moving\s+day|visit|surgery|"
                         r"procedure|install(?:ation)?|service|reservation|booking|check-?in|check-?out|flight|trip|"
                         r"due\s+date|deadline|start\s+date|end\s+date|closing|renewal|payment|bill|meeting|event|"
                         r"wedding|party|arrival|departure|follow-?up|recheck|shipment|order|cancellation|inspection|"
                         r"hearing|interview|vacation|holiday|class|start|lease)(?:\s+date)?(?:'s|\s+(?:is|was|will\s+be|"
                         r"would\s+be|should\s+be))?(?:\s+(?:set|scheduled|booked|planned|moved|due))?[\s,:]+(?:(?:on|for|to)\s+)?"
                         r"(?:the\s+)?$", re.IGNORECASE)


def event_date(text: str, start: int) -> bool:
    """The date at ``text[start:]`` is named as the day of an event ("the pickup is ..."), not a birth."""
    return _EVENT_DATE.search(text[max(0, start - 40):start]) is not None


# a card's number is digits only: capital letters written onto an id's digits ("HZ17321") or said as letters right
# before them ("B three one three ...", "It's K L, 4471 ...") make it an id printed on a card (a licence, a
# permit, an employee badge), not a payment card's number, and the letters are part of it; so does the answer naming
# the id document it reads from ("It's my driver's license. D 8 2 8 ...") without a payment card's word
_GLUED_CAPS = re.compile(r"(?<![\w'])[A-Z]{1,3}$")
_SAID_CAPS = re.compile(r"(?:^|[.,:;!?]\s*|\b(?:it's|it\s+is|that's|is|number|letter|starts\s+with)\s+)"
                        r"((?-i:(?:[B-HJ-Z]|[A-Z](?=[\s,.-]+[A-Z]\b))(?:[\s,.-]+[A-Z]){0,2}))[\s,.-]*(?:(?:dash|hyphen)[\s,.-]*)?$",
                        re.IGNORECASE)
_ID_DOCUMENT_SAID = re.compile(r"\b(?:driver'?s?\s+licen[cs]e|licen[cs]e|passport|permit|state\s+id|id\s+card|"
                               r"green\s+card|resident\s+card|work\s+visa|visa\s+number|badge|"
                               r"(?:employee|student|member|military)\s+id)\b", re.IGNORECASE)
_CARD_SAID = re.compile(r"\b(?:credit|debit|visa\s+card|master\s?card|amex|american\s+express|discover|payment\s+card|"
                        r"card\s+number)\b", re.IGNORECASE)


def _lettered_ids(text: str, pieces: list[Piece]) -> list[Piece]:
    """Card pieces that are an id's digits (see above): typed account, with their letters."""
    document = bool(_ID_DOCUMENT_SAID.search(text)) and not _CARD_SAID.search(text)
    out: list[Piece] = []
    for s, e, t in pieces:
        if t == "card":
            if (glued := _GLUED_CAPS.search(text, 0, s)) and glued.end() == s:
                s, t = glued.start(), "account"
            elif (said := _SAID_CAPS.search(text[max(0, s - 24):s])):
                s, t = max(0, s - 24) + said.start(1), "account"
            elif document:
                t = "account"
        out.append((s, e, t))
    return out


# the name of a kind of number, or of an office, said letter by letter ("that's the E I N, not your social",
# "the I R S sent it", "your P I N"): what is being talked about, not the value
_ACRONYMS = frozenset(("EIN", "SSN", "TIN", "ITIN", "PIN", "VIN", "ID", "IRS", "ATM", "ACH", "APR", "APY", "CPA", "LLC",
                       "DMV", "FAQ", "PDF", "URL", "IRA", "HSA", "FSA", "DOB", "OTP", "SMS", "CVV", "CVC", "ZIP", "PO",
                       "USA", "US", "UK", "EU", "HR", "ETA", "TV", "PC", "IT", "VIP", "CEO", "RX", "BIN", "PCN", "NDC",
                       "NPI", "DEA", "GRP", "EOB", "HMO", "PPO"))
# letters said between "the" and the thing they name ("the R X number is ...", "the B I N on the back is ..."): the
# name of a kind of number, not the value
_NAMES_BEFORE = re.compile(r"\b(?:the|your|my|his|her|their|its|that|this|a|an)\s+$", re.IGNORECASE)
_NAMES_AFTER = re.compile(r"\s+(?:numbers?|no\b|#|codes?|ids?|on\s+(?:the|your|my|that|this|it)\b|is|was|would\s+be)\b",
                          re.IGNORECASE)


# initials written with dots and then a capitalised word: a company's or a person's name ("C.H. Robinson", "J.B.
# Hunt", "A.J. Wright"), no id spelled out
_INITIALS_NAME = re.compile(r"\.?\s+(?-i:[A-Z][a-z]{2,})")


def _initials_of_name(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is dotted initials ("C.H") followed by a capitalised word that is no spelling word."""
    if not re.fullmatch(r"(?:[A-Z]\.){1,2}[A-Z]\.?", text[start:end]):
        return False
    m = _INITIALS_NAME.match(text, end)
    return m is not None and m.group().split()[-1].lower() not in PHONETIC_ALPHABET


def _acronym(fragment: str) -> bool:
    """``fragment`` is only letters that spell a common abbreviation ("E I N", "I.R.S.")."""
    if re.search(r"\d|\b[A-Za-z]{2,}\b", fragment):
        return False
    return "".join(re.findall(r"[A-Za-z]", fragment)).upper() in _ACRONYMS


def _letters_name_a_number(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is only spelled letters, between "the" and "number" / "is" (see _NAMES_BEFORE)."""
    fragment = text[start:end]
    if re.search(r"\d|\b[A-Za-z]{2,}\b", fragment) or len(re.findall(r"[A-Za-z]", fragment)) > 4:
        return False
    return bool(_NAMES_BEFORE.search(text, 0, start) and _NAMES_AFTER.match(text, end))


# a letter explained by a word: "C as in cat", "M like Mike", "B for boy" (not "I like it", "I for one")
_NOT_EXAMPLE = NOT_NAMES | NUMBER_WORDS | {"sure", "real", "now", "example", "instance", "that", "this"}
_EXAMPLE = (r"\s+(?:(?:as|like)\s+in|like|for)\s+(?!(?:" + "|".join(sorted(_NOT_EXAMPLE, key=len, reverse=True))
            + r")\b)[A-Za-z][A-Za-z-]*")
# groups of one answer joined by words ("5522 and 4100 and ...", "370, then 318"): one span, the words included
# ("882 over 42, 14, 7": "over" said between groups, a slash or an "oh" the recogniser misheard)
_GROUP_JOINER = re.compile(r"[\s,.;:…-]*(?:(?:and|then|uh|um|er|dash|hyphen|over)[\s,.;:…-]*){1,2}", re.IGNORECASE)


# an id's check digit said after a dash as its own phrase ("It's 4471902, and then there's a dash and a six.",
# "... then a hyphen, then two"): one or two digits or a letter, part of the id
_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|(?-i:[A-Z]))"
_CHECK_TAIL = re.compile(r"[\s,]*(?:and\s+)?(?:then\s+)?(?:(?:there's|there\s+is|it's|it\s+has|it\s+ends\s+with|you\s+have)\s+)?"
                         r"(?:a\s+)?(?:dash|hyphen)[\s,]*(?:and\s+)?(?:then\s+)?(?:(?:a|an|the)\s+)?(?:number\s+|digit\s+)?"
                         + _DIGIT_WORD + r"(?:[\s,]+" + _DIGIT_WORD + r")?(?![\w'])", re.IGNORECASE)
# a letter announced before an id's digits ("First there's a letter, M. Then it's six seven four one ...", "it
# starts with the letter K, then 40981"): the letter is part of the id
_LETTER_LEAD = re.compile(r"\bletters?(?:\s+(?:is|was)|'s)?[\s,:]+(?-i:([A-Z](?:[\s,]+[A-Z])?))(?:\s+(?:as|like)\s+in\s+"
                          r"[A-Za-z-]+)?[\s,.;:…-]*(?:and\s+)?(?:(?:then|after\s+that|followed\s+by)\b[\s,]*)?(?:(?:it's|it\s+is|the\s+(?:numbers?|digits?)"
                          r"(?:\s+(?:are|is))?|numbers?|digits?)[\s,:]+)?$", re.IGNORECASE)


def _id_ends(text: str, pieces: list[Piece]) -> list[Piece]:
    """Account pieces with a check digit said after them and a letter announced before them (see above)."""
    out: list[Piece] = []
    for s, e, t in pieces:
        if t == "account":
            if (m := _CHECK_TAIL.match(text, e)):
                e = m.end()
            if (lead := _LETTER_LEAD.search(text[max(0, s - 80):s])):
                s = max(0, s - 80) + lead.start(1)
        out.append((s, e, t))
    return out


def _join_groups(text: str, pieces: list[Piece]) -> list[Piece]:
    out = sorted(pieces)
    joined: list[Piece] = []
    for s, e, t in out:
        if joined and joined[-1][2] == t and joined[-1][1] <= s and _GROUP_JOINER.fullmatch(text[joined[-1][1]:s]):
            joined[-1] = (joined[-1][0], e, t)
        else:
            joined.append((s, e, t))
    return joined


_PHONETIC = re.compile(r"(?<![\w'])([A-Za-z])(?:\s+(?:as|like)\s+in\s+[A-Za-z-]+|(?<=[B-HJ-Z])" + _EXAMPLE + r")")

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
            start = m.start() if m.group()[:1] in "pP" else m.start(1)
            if nxt is not None and re.fullmatch(r"[\s,]*(?:(?:and\s+)?then|and)?[\s,]*", text[end:nxt], re.I):
                # "forty four, then 7615 ...": one number, one span (Round 31: not the code as a span of its own)
                out = [(min(a, start), b, k) if a == nxt else (a, b, k) for a, b, k in out]
                continue
            out.append((start, end, "phone"))
    return out


def phone_lead_start(text: str, start: int) -> int:
    """Where a phone number found at ``start`` begins with its "plus" / "country code is" said before it ("her
    mobile is plus four four, 7135 ...": the "+" belongs to the number)."""
    m = _PHONE_LEAD.search(text[max(0, start - 40):start])
    return max(0, start - 40) + m.start() if m else start


# the words an id is spelled with: letters, digits, number words, the spelling alphabet and its glue ("C as in
# charlie, C, six, M", "X, F as in frank one G as in george J, five, Golf", "capital K, 0084", "P P dash 4904")
_ID_WORD = re.compile(r"[A-Za-z]+|\d+")
# ("07-13884 slash N Y C": an order number's suffix after a slash; "seventy five, 09774, and then B O S")
_ID_GLUE = frozenset({"as", "in", "like", "double", "triple", "dash", "hyphen", "capital", "uppercase", "lowercase",
                      "small", "big", "letter", "then", "slash"})
_AND_THEN = re.compile(r"\s+then\b", re.IGNORECASE)


_GLUED_LETTERS = re.compile(r"[A-Z]{1,3}(?:" + "|".join(sorted(NUMBER_WORDS - {"o", "hundred"}, key=len, reverse=True))
                            + r")")


def _id_word(text: str, m: re.Match[str], prev: str) -> bool:
    w = m.group()
    low = w.lower()
    if w.isdigit() or low in NUMBER_WORDS - {"o"} or low in _ID_GLUE:
        return True
    if low == "and" and _AND_THEN.match(text, m.end()):  # "..., and then B O S": the id goes on
        return True
    if len(w) == 1 and (w.isupper() or prev in ("lowercase", "small", "capital", "uppercase", "letter")):
        return True
    if low in PHONETIC_ALPHABET and w[:1].isupper():
        return True
    if _GLUED_LETTERS.fullmatch(w):  # an id's capital letters run into its first digit word ("ABtwo", "Xseven")
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
        # nor the pronoun said after the id ("... slash D E N I think", "4471902, and then I think that's it")
        while j > i and (words[j].group().lower() in _ID_GLUE | {"and"} or (
                words[j].group() in ("I", "A") and j + 1 < len(words) and words[j + 1].group().islower()
                and len(words[j + 1].group()) > 1 and not ok[j + 1])):
            j -= 1
        out.append((min(s, words[i].start()), max(e, words[j].end()), t))
    return out


# "L for lincoln, I" is two letters of a spelling; so are spelling-alphabet words ("R, Echo, Y, Echo, Sierra")
_SPELL_UNIT = (r"(?:[A-Za-z](?:" + _EXAMPLE + r")?|(?-i:X-ray|" + "|".join(
    sorted((w.capitalize() for w in PHONETIC_ALPHABET), key=len, reverse=True)) + r"))")
_SPELLED_SHORT = re.compile(r"(?<![\w'])" + _SPELL_UNIT + r"(?:(?:\s*[-.,]\s*|\s+)" + _SPELL_UNIT
                            + r"){1,}\.?(?![\w'])")


def _letters(text: str) -> list[Piece]:
    out: list[Piece] = [(s, e, "person") for s, e in spelled_spans(text)]
    out += [(m.start(), m.end(), "person") for m in _PHONETIC.finditer(text)]  # "N as in nora"
    # after "how do you spell that?" even three letters are a spelled name ("E. Z. E.")
    out += [(m.start(), m.end(), "person") for m in _SPELLED_SHORT.finditer(text)
            if len(re.findall(r"[A-Za-z]", re.sub(_EXAMPLE, "", m.group()))) >= 2
            and not re.fullmatch(r"[aAiI][\s.,-]*", m.group())]
    # Round 30 (held-out 39): up to three letters after "with" tell how a name is spelled ("Reid with I D", "with a
    # Y", "with M A C"): no name of their own
    return [p for p in out if not _SPELLING_DETAIL.search(text[max(0, p[0] - 20):p[0]] + text[p[0]:p[1]])]


_SPELLING_DETAIL = re.compile(r"\bwith\s+(?:(?:a|an|the|double|two)\s+)?(?-i:[A-Z])(?:[\s.,-]+(?-i:[A-Z])){0,2}\.?$",
                              re.IGNORECASE)


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


# a hesitation before the answer: "Let me think, ...", "Hmm, let me see, ...", "Hold on... okay, ..."
_HESITATION = re.compile(r"^(?:[\s,.…-]*(?:u+m+|u+h+|h+m+|m+h?m+|er|ah|oh|so|okay|ok|well|yeah|yes|sure|right|"
                         r"hold\s+on|hang\s+on|one\s+(?:sec|second|moment)|just\s+a\s+(?:sec|second|moment)|"
                         r"let\s+me\s+(?:think|see|check|look)|let's\s+see)\b(?=\s*[,.…-]))+[\s,.…-]*", re.IGNORECASE)


def _name_answer(text: str) -> list[Piece]:
    out = _letters(text)
    start = _content_start(text)
    hes = _HESITATION.match(text)
    if hes:
        start = max(start, hes.end())
    # skip the lead-in ("yes, that would be", "sure thing,") to the first word that could be a name
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text[start:]):
        low = m.group().lower()
        # "it's my son, Jaxon ...": a lower-case word after "my/our/his/her" is who the person is, not the name
        kin = m.group().islower() and re.search(r"\b(?:my|our|his|her|their|your)\s+$", text[:start + m.start()],
                                                re.IGNORECASE) is not None
        if low not in NOT_NAMES and low not in _FILLER and low not in _LEAD_IN and not kin:
            start += m.start()
            break
    else:
        return out
    toks = []
    for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", text[start:]):
        word = m.group().lower()
        if toks and m.group() == "O" and re.match(r" [A-Z][a-z]", text[start + m.end():]):
            continue  # an Irish particle inside the name: "Eamon Ó Briain" (folded to "O")
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
            # (Round 30, held-out 38: "Goldberg, Rachel. Two nights, ...": other sentences may follow)
            last_first = re.match(r",\s+([A-Z][A-Za-z'-]+)\s*(?:[.!?]?\s*$|[.!?]\s+(?=[A-Z]))", text[start + m.end():])
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
        # (Round 30, held-out 38) ... or one capitalised word no dictionary has, the whole answer, its first sentence
        # or set off before who the caller is with ("Emina.", "Kwabena. The card is ...", "Tupac, with his office."), no
        # inflected dictionary word ("Congratulations.", "Apologies.")
        alone = (len(toks) == 1 and caps[0] and toks[0][0] == _content_start(text) and len(words[0]) > 2
                 and words[0].lower() not in english_words() and not common_word(words[0])
                 and not any(words[0].lower().endswith(x) and words[0].lower()[:-len(x)] + y in english_words()
                             for x, y in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ing", ""), ("ly", "")))
                 and re.match(r"\s*(?:[.!]?\s*$|[.!]\s+(?=[A-Z])|,\s+(?:with|from|at)\b)", text[toks[0][1]:])
                 is not None)
        if known or sum(caps) >= 2 or (caps[0] and toks[0][0] > 0) or alone:
            from voc.analyze.pii_person import SURNAME_PARTICLES

            p = SURNAME_PARTICLES.match(text, toks[-1][1])  # "Sure, Pieter van der Merwe.": the particles go on
            out.append((toks[0][0], p.end() if p else toks[-1][1], "person"))
    return out


# the name said last, after a remark or a look at a paper: "Hang on, it's on the label... okay, Dario Ferrante.",
# "Let me grab the form. It's Nadia Haddad."
_CLOSING_NAME = re.compile(r"(?:\.\.\.|…|[,;:.!?]|\s-)\s+(?:(?:okay|ok|so|yeah|yes|right|alright|um|uh|here|it's|"
                           r"it\s+is|that's|got\s+it)[,.…]?\s+){0,2}"
                           # (a double-barrelled surname too: "Ben-David", "Smith-Jones")
                           r"((?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+(?:-[A-Z][a-z']+)?)){1,2})"
                           # ... closing the answer, or a sentence of it ("okay, Dario Ferrante. I have the form.")
                           r"(?:\s*[.!?]?\s*$|\s*[.!?]\s+(?-i:(?=[A-Z])))"
                           # two people named together: "Both of us. Ana Ruiz and Leo Ruiz."
                           r"|(?:\.\.\.|…|[,;:.!?]|\s-)\s+((?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){1,2})\s+(?:and|&)\s+"
                           r"((?-i:[A-Z][a-z'-]+)(?:\s+(?-i:[A-Z][a-z'-]+)){1,2})\s*[.!?]?\s*$",
                           re.IGNORECASE)


def _closing_name(text: str) -> list[Piece]:
    """In a name answer whose opening holds no name: two or three capitalised words closing it, none an everyday,
    filler or number word, one a census name or none a dictionary word."""
    m = _CLOSING_NAME.search(text)
    if not m:
        return []
    if m.group(1) is None:  # two names joined by "and": each must pass as a name
        pair = [p for g in (2, 3) for p in _closing_words(text, m.start(g), m.end(g))]
        return pair if len(pair) == 2 else []
    return _closing_words(text, m.start(1), m.end(1))


def _closing_words(text: str, s: int, e: int) -> list[Piece]:
    from voc.analyze.pii_person import name_lists

    words = text[s:e].split()
    first, last = name_lists()
    # an everyday word only as a census name, the first word only as a first name ("Main Street" is no name) or
    # before a surname no dictionary has ("... Sonata Petraitis.": a given name that is also a word or a brand)
    rare_last = len(words) >= 2 and words[-1].lower() not in english_words() and not common_word(words[-1])
    if (any(common_word(w) and w.lower() not in first and w.lower() not in last for w in words[1:])
            or (common_word(words[0]) and words[0].lower() not in first and not rare_last)
            or any(w.lower() in NOT_NAMES or w.lower() in _FILLER or w.lower() in NUMBER_WORDS
                   or _STREETISH.fullmatch(w) for w in words)):
        return []
    if not (any(w.lower() in first or w.lower() in last for w in words) or rare_last
            or not any(w.lower() in english_words() for w in words)):
        return []
    return [(s, e, "person")]


# mail providers said without their ".com" ("jane doe at gmail"): WEBMAIL are never an everyday word after "at"
# (pii.py takes them after an e-mail cue alone); in an answer to an e-mail question the others count too
WEBMAIL = ("gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "icloud", "aol", "protonmail", "proton")
_MAIL_PROVIDERS = frozenset(WEBMAIL) | {"live", "msn", "me", "mac", "zoho", "gmx", "comcast", "verizon", "att",
                                        "sbcglobal", "bellsouth", "cox", "charter", "earthlink", "mail"}


def _email_answer(text: str) -> list[Piece]:
    m = None
    for c in re.finditer(r"(?:" + AT_SAID + r"|\s*@)\s*([\w-]+)(?:(?:\s*\.\s*|\s+dot\s+)[\w-]+)*", text, re.IGNORECASE):
        # a domain: "x dot com", "@x", "at sign ...", or a mail provider ("at gmail"); not "I was at Target
        # yesterday", "at no charge", nor (Round 30, held-out 39) initials before a capitalised name ("the safety
        # manager at J.B. Hunt": a company)
        if re.match(r"(?:[A-Z]\.\s?){2,}\s*[A-Z][a-z]", text[c.start(1):]):
            continue
        if (re.search(r"\.\s*\w|\sdot\s", c.group(), re.IGNORECASE)
                or "@" in c.group() or re.search(r"\sat\s+(?:sign|symbol|the\s+rate)", c.group(), re.IGNORECASE)
                or c.group(1).lower() in _MAIL_PROVIDERS):
            m = c
            break
    if not m:
        return [(s, e, "email") for s, e in spelled_spans(text)]
    start = _content_start(text[:m.start()] + " ")
    if start >= m.start():
        start = m.start()
    # a local part spelled from a letter the fillers list has ("it's i e two one five at ...")
    lead = re.search(r"(?:(?<![\w'])[A-Za-z](?:\s+(?:as|like)\s+in\s+[A-Za-z]+)?\s+)+$", text[:start])  # "M T H as in harry"
    if lead and start < m.start():
        start = lead.start()
    return [(start, m.end(), "email")]


# the city said first, then its ZIP code, in an answer to an address question: the city is the address's too, a
# dictionary word or not ("Lakeland, 33868", "Bend, nine seven seven oh one"; not "Okay, 33868")
_CITY_FIRST = re.compile(r"(?:^|[.,!?;…]\s*|\b(?:in|it's|is|that's|was)\s+)((?:[A-Z][a-z'.-]+\s){0,2}[A-Z][a-z'-]*[a-z]),"
                         r"\s*$")
_NOT_CITY_WORDS = frozenset({"thanks", "thank", "hmm", "hm", "mhm", "got", "gotcha", "perfect", "great", "fine", "good",
                             "sorry", "hello", "hi", "hey", "please", "just", "wait", "hold", "hang", "actually",
                             "also", "then", "zip", "code", "postal"})


def _address_answer(text: str) -> list[Piece]:
    runs = [r for r in digit_runs(text) if not _money(text, r.char_end, r.char_start)]
    if not runs:
        return []
    start = runs[0].char_start
    lead = _ADDRESS_LEAD.search(text[:start])  # "Rural Route 7", "post office box 769", "room 626", "R R 4"
    if lead:
        start = lead.start()
    city = _CITY_FIRST.search(text[:start])
    if (not lead and city and len(runs[0].digits) in (5, 9)
            and not any(w.lower() in _FILLER or w.lower() in _NOT_CITY_WORDS for w in city.group(1).split())):
        start = city.start(1)  # "Lakeland, three three eight six three": the city named before its ZIP code
    rest = text[start:]
    # a house number, then a capitalised street name and more numbers ("26 Kingsway, Manchester, M1 9 ...")
    named = len(runs) >= 2 and bool(re.match(r",?\s+[A-Z][a-z]+", text[runs[0].char_end:]))
    if not (_STREETISH.search(rest) or any(len(r.digits) == 5 for r in runs) or named):
        return []  # "I have two lines on the account" is not an address
    end = len(text.rstrip(" .?!"))
    tail = re.search(r"[.?!]\s+(?:thanks|thank you|that's it|and|is that|do you)\b", text[start:], re.I)
    if tail:
        end = start + tail.start()
    # a landmark said after the address is no part of it: "..., it's near the stop at Union Station", "..., right
    # across from the library"
    near = _LANDMARK_AFTER.search(text, start, end)
    if near and near.start() > start and digit_runs(text[start:near.start()]):
        end = near.start()
    return [(start, end, "address")]


_LANDMARK_AFTER = re.compile(r"[,;]\s+(?:(?:it's|it\s+is|that's|which\s+is|we're|i'm|right|just)\s+)?(?:right\s+|just\s+)?"
                             r"(?:near|next\s+to|across\s+(?:the\s+street\s+)?from|close\s+to|behind|by\s+the|"
                             r"around\s+the\s+corner\s+from|down\s+the\s+(?:street|road|block)\s+from|opposite)\b",
                             re.IGNORECASE)


_STREETISH = re.compile(r"\b(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|"
                        r"terrace|circle|parkway|pkwy|highway|hwy|square|crescent|close|trail|alley|row|box|"
                        r"apartment|apt|unit|suite|floor|route|room|hall|house)\b", re.I)
_ADDRESS_LEAD = re.compile(r"\b(?:rural\s+route|(?-i:R\.?\s?R\.?)|highway|hwy|route|"
                           r"(?-i:PSC|P\.?\s?S\.?\s?C|CMR|C\.?\s?M\.?\s?R)\.?|"  # military mail: "P S C 9155, box 791"
                           r"(?:post\s+office|p\.?\s?o\.?|campus|mail|postal)\s*box|box|room|apartment|apt|unit|suite|"
                           r"flat|"
                           # (Round 31) a house, plot or villa number as much of the world says it first ("House 27,
                           # Road 11, ..."), or "Number 9, Lane 64, ..." said to open a sentence
                           r"house|plot|villa|(?:(?<=^)|(?<=[.!?:]\s))(?:number|no\.?))\s*(?:number\s+|no\.?\s*|#\s*)?$",
                           re.I)


_UNIT_Q = re.compile(r"\b(?:" + _UNIT_ASK + r")\b", re.IGNORECASE)
# a unit said as the answer: a number of up to 5 digits, a letter after it, "building C" ("twenty oh two, building C")
_UNIT_TAIL = re.compile(r"(?:[\s-]?[A-Za-z](?![\w'])(?!\s+(?:as|like)\b))?(?:,?\s+(?:building|bldg|floor)\s+\w+)?",
                        re.IGNORECASE)


def _unit_answer(text: str) -> list[Piece]:
    runs = [r for r in digit_runs(text) if not _money(text, r.char_end, r.char_start) and len(r.digits) <= 5]
    if not runs or re.search(r"\b(?:hundred|thousand)$", text[runs[0].char_start:runs[0].char_end], re.IGNORECASE):
        return []
    r = runs[0]
    tail = _UNIT_TAIL.match(text, r.char_end)
    end = tail.end() if tail and text[r.char_end:tail.end()].strip() not in ("a", "A", "I") else r.char_end
    return [(r.char_start, end, "address")]


# the name one logs in with asked for ("what's the username you log in with?", "and your login?", "the user ID on
# the app?"): the answer is a handle said as a word, often with a number after it ("it's kbird forty two, all one
# word"), not only digits
_USERNAME_Q = re.compile(r"\b(?:user\s?names?|user\s?ids?|the\s+(?:log-?in|sign-?in)\s+(?:names?|ids?)|"
                         r"(?:your|what|which)\s+(?:log-?in|sign-?in)(?:\s+(?:names?|ids?))?"
                         r"(?!\s+(?:page|screen|button|link|issues?|problems?|errors?|trouble|codes?|attempts?|history)\b)|"
                         r"log\s+in\s+with|sign\s+in\s+with|screen\s+names?|gamer\s?tags?)\b", re.IGNORECASE)
_NUM_WORD = "|".join(sorted(NUMBER_WORDS - {"o"}, key=len, reverse=True))
_HANDLE = re.compile(r"(?<![\w@'-])[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9](?:\s+(?:\d+|(?:" + _NUM_WORD
                     + r")(?:[\s-]+(?:" + _NUM_WORD + r"))*)\b)?(?![\w@'-])", re.IGNORECASE)
_HANDLE_LEAD = re.compile(r"(?:\b(?:it's|it\s+is|that's|is|try|use|just|(?:got|have)\s+it\s+(?:right\s+)?here|"
                          # "It should be fridgefixer 44", "it might be ...": the caller's best recollection of it
                          r"(?:should|would|might|must|could|may)\s+be)|^[\s,.…-]*)"
                          r"[\s,:]*$", re.IGNORECASE)  # "I've got it here, kbird 42": read off a note


# a handle said as two to four lower-case words up to a comma or the end, after the lead-in (see _username_answer)
# (Round 31) a separator said as a word joins two words as one ("randy underscore fenwick twenty six") and does not
# count toward the four; a number said after the words ("tyler hanson twenty twenty six") may run to six words
_WORDS_HANDLE = re.compile(r"(?:[^,.?!]*?\b(?:it's|it\s+is|that's|is|try|use|just|(?:should|would|might|must|could|may)\s+be)\s+)?((?-i:[a-z](?:[a-z0-9._-]*[a-z0-9])?)(?:\s+(?:(?:and|underscore|dot|dash|hyphen|period)\s+)?"
                           r"(?-i:[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?)){1,3}"
                           r"(?:\s+(?:" + _NUM_WORD + r")(?:[\s-]+(?:" + _NUM_WORD + r")){0,5})?)(?=\s*(?:[,.!?…]|$))",
                           re.IGNORECASE)
# ... and a remark that it is one word after it ("..., all one word", "..., no spaces") goes with it (not "all
# lowercase": a remark on its letters)
_HANDLE_REMARK = re.compile(r",?\s*(?:all\s+one\s+word|one\s+word|no\s+spaces?)\b",
                            re.IGNORECASE)
# ... that the caller says are a name ("It's my dog's name.", "that's my kids' names")
_NAME_SOURCE = re.compile(r"\b(?:it's|that's|it\s+is|they're)\s+(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+)?"
                          r"(?:dog|dogs|cat|cats|pet|pets|kid|kids|son|daughter|horse|children|grandkids?)['\u2019]?s?['\u2019]?"
                          r"\s+(?:first\s+)?names?\b", re.IGNORECASE)


def _dictionary_word(low: str) -> bool:
    """``low`` is a dictionary word or one with an -s, -es, -ed, -d or -ing ending ("problems", "wrecked")."""
    words = english_words()
    return low in words or any(low.endswith(x) and low[:-len(x)] in words for x in ("s", "es", "ed", "d", "ing"))


def _username_answer(text: str) -> list[Piece]:
    """The handle in an answer to a request for a username: the first word said after the lead-in ("I think it's
    ...", "yeah, it's ...") that no dictionary has or that carries a number ("kbird 42"), with the number said after
    it; not an everyday word ("I don't remember it")."""
    start = _content_start(text)
    hes = _HESITATION.match(text)
    if hes:
        start = max(start, hes.end())
    said = _WORDS_HANDLE.match(text, start)
    if said and _HANDLE_LEAD.search(text[start:said.start(1)]) and not any(
            w in _FILLER or w in _LEAD_IN or w in NOT_NAMES for w in said.group(1).lower().split()[:1]):
        # "It's pickles mom six four, I think.": a few words run together with a number; "It's ruby and otis, I
        # think. It's my dog's name.": words the caller says are a name
        if re.search(r"\d|\b(?:" + _NUM_WORD + r")\s*$", said.group(1), re.I) or _NAME_SOURCE.search(text, said.end()):
            remark = _HANDLE_REMARK.match(text, said.end(1))
            return [(said.start(1), remark.end() if remark else said.end(1), "account")]
    for m in _HANDLE.finditer(text, start):
        word = m.group().split()[0]
        low = word.lower()
        if (low in _FILLER or low in _LEAD_IN or low in NUMBER_WORDS or low in NOT_NAMES
                or ((common_word(word) or _dictionary_word(low)) and not re.search(r"\d|\s", m.group()))):
            continue  # the lead-in ("I think it's ...") or an everyday word ("My card is wrecked")
        return [(m.start(), m.end(), "account")] if _HANDLE_LEAD.search(text[start:m.start()]) else []
    return []


@dataclass(slots=True)
class _Window:
    kinds: list[str]
    asker: str | None
    left: int
    spell: bool = False  # "how do you spell that?": the name comes as letters
    answers: int = 0  # utterances of another speaker seen: names, e-mails, addresses and dates are answered once
    got: bool = False  # some answer found
    read_back: bool = False  # the asker just read the answer back as a question ("I have 123 45 6789?")
    dob_got: bool = False  # a date of birth was answered: the asker's read-back of a date is one too
    dob_year: str = ""  # the last two digits of the answered date of birth (its year): a read-back has the same
    choice: bool = False  # "which one is it?" after listing them: the first reply answers or the window closes
    expiry: bool = False  # the question asked for the expiry too ("the expiration and the security code?")
    year_asked: bool = False  # the year of the date of birth asked on its own ("And the year?")
    unit: bool = False  # the caller's unit asked for ("What unit are you in?"): a number alone is the address
    username: bool = False  # a username or login asked for: the answer is a handle said as a word
    age: int = 0  # utterances since the question
    pushed: bool = False  # the one asked questioned the request; the asker's next statement only explains it
    numbers_only: bool = False  # a number named without a question: only an answer of number groups counts
    said: str = ""  # the digits of the numbers answered so far (what a read-back of the asker repeats)


# the asker, once answered, asks a question of five words or more about something else; not one asking for the
# answer again or for more of it ("Sorry, could you repeat that?", "Was that a five or a nine?", "And the rest?")
_MORE_OF_IT = re.compile(r"\b(?:repeat|again|rest|digits?|numbers?|part|spell|sorry|pardon|missed|catch|come\s+again|"
                         r"slow(?:ly|er)?|correct|right|that|it|then|else|more|other|start|end|begin|ending|"
                         + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def _moves_on(text: str) -> bool:
    """A question of five words or more, no number in it, none asking for the answer again or more of it."""
    return (text.rstrip().endswith("?") and len(text.split()) >= 5 and not re.search(r"\d{3}", text)
            and not _MORE_OF_IT.search(text))


# the one asked questions the request before answering ("Why do you need my social for a return?", "Is that
# really necessary?", "What do you need that for?")
_PUSHBACK = re.compile(r"^\W*(?:(?:but|and|um|uh|okay|ok|sorry|wait|hmm|well|sure),?\s+)*(?:why|how\s+come|"
                       r"what\s+(?:do|does|would)\s+you\s+need|what(?:'s|\s+is)\s+(?:that|it|this)\s+for|what\s+for|"
                       r"do\s+you\s+(?:really\s+|actually\s+)?need|is\s+that\s+(?:really\s+)?(?:necessary|needed|"
                       r"required))\b", re.IGNORECASE)
# the one asked needs a moment before answering ("Hold on, let me grab my wallet.", "One sec.", "Give me a minute,
# it's in the other room")
_STALL = re.compile(r"\b(?:hold\s+on|hang\s+on|one\s+(?:sec|second|moment|minute)|just\s+a\s+(?:sec|second|moment|minute)|"
                    r"give\s+me\s+a\s+(?:sec|second|moment|minute)|bear\s+with\s+me|wait\s+a\s+(?:sec|second|moment|minute)|"
                    r"let\s+me\s+(?:find|grab|get|check|look|pull|dig)|(?:i(?:'ll|\s+have\s+to|\s+need\s+to)|gotta)\s+"
                    r"(?:find|grab|get|check|look\s+(?:it\s+)?up|dig))\b", re.IGNORECASE)
# the asker inviting the answer or its next piece ("Okay, whenever you're ready.", "go ahead", "and then?")
# (not "does that go on here?", "it'll go on your bill": "go on" with a place or object; not "I'll go ahead and
# cancel it": the speaker going ahead, not inviting)
_GO_ON = re.compile(r"\b(?:whenever\s+you(?:'re|\s+are)\s+ready|ready\s+when\s+you\s+are|"
                    r"(?<!i'll\s)(?<!i\swill\s)(?<!let\sme\s)(?<!we'll\s)(?<!i\scan\s)(?<!going\sto\s)go\s+ahead|"
                    r"go\s+on(?=\s*(?:$|[,.!?;:…-]|please\b|then\b|and\b))|"
                    r"keep\s+going|(?:and|alright,?)\s+then\?|what's\s+next|i'm\s+with\s+you|i'm\s+ready)\b",
                    re.IGNORECASE)


# a number named to the other side with no question the recogniser kept ("Well, in your account number," then "It's
# 882 over 42, 14, 7."): a garbled request; the next reply counts only when it is nothing but number groups
_NAMED_NUMBER = re.compile(r"\byour\s+(?:(?P<account>account|member(?:ship)?|policy|customer|reference|confirmation|"
                           r"order)|(?P<phone>phone|cell|mobile|telephone|contact)|(?P<card>card|credit\s+card|"
                           r"debit\s+card))\s+(?:number|no\.?|#)\b", re.IGNORECASE)
# (Round 32) a guess at the digits left after a partial answer: "Let's say seven. Then 9.", "Make it a three."
_HEDGED_NUMBER = re.compile(r"[\s,.…-]*(?:(?:okay|ok|well|um|uh|hmm)[\s,.…-]+)*(?:let's\s+say|let\s+us\s+say|say|call\s+it|"
                            r"make\s+it|i'd\s+say|i'll\s+say|go\s+with|put|probably|maybe|i\s+think\s+it's|i\s+guess)"
                            r"\s+(?:an?\s+)?(?:(?:and|then|uh|um|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
                            + r"|\d+)\b[\s,.…?!-]*)+", re.IGNORECASE)
_NUMBER_GROUPS = re.compile(r"[\s,.…!-]*(?:(?:it's|it\s+is|that's|uh|um|sure|yes|yeah|okay|so)[\s,.…!-]+)*"
                            r"(?:(?:and|then|over|uh|um|dash|double|triple|" + "|".join(sorted(NUMBER_WORDS, key=len,
                            reverse=True)) + r"|\d+)\b[\s,.…!-]*)+", re.IGNORECASE)


def _named_number(text: str) -> list[str]:
    """The kinds of number an utterance names as the other side's without asking ("in your account number,")."""
    return list(dict.fromkeys(k for m in _NAMED_NUMBER.finditer(text) for k, v in m.groupdict().items() if v))


# the same thing asked again of another person, by a question that names nothing ("And yours?", "What about his,
# for the second driver?", "And your wife's?")
_AND_YOURS = re.compile(r"(?:^|[.!]\s+)(?:(?:and|so|okay|ok|great|thanks|now)[,.]?\s+)*(?:and|what\s+about|how\s+about)\s+"
                        r"(?:yours|his|hers|theirs|your\s+[a-z-]+['\u2019]s)\b[^?.!]*\?", re.IGNORECASE)


# ... unless the asker names what the number is ("the U.S. number on the profile, one one oh nine at the end, is that
# still good?": a number on file, read out to check it)
_NAMES_A_NUMBER = re.compile(r"\b(?:number|card|social|ssn|account|phone|cell|mobile|id|pin|code|ending|ends?\s+(?:in|with)|"
                             r"at\s+the\s+end|last\s+(?:four|4|two|three|digits)|on\s+file)\b", re.IGNORECASE)


def _unlike_answer(said: str, answer: str) -> bool:
    """``said`` (the asker's) has at most four digits, and no three of them in a row, no same-length stretch of
    the answer's digits but for one digit, and no reordering of such a stretch is in ``answer``'s digits."""
    digits = "".join(r.digits for r in digit_runs(said))
    n = len(digits)
    if not 2 <= n <= 4:
        return False
    if any(digits[i:i + 3] in answer for i in range(n - 2)):
        return False
    for i in range(len(answer) - n + 1):
        part = answer[i:i + n]
        if sum(a != b for a, b in zip(part, digits)) <= 1 or sorted(part) == sorted(digits):
            return False
    return True


def dialogue_pieces(utterances: list[Utterance], order: list[int], types: frozenset[str],
                    answer_turns: int) -> dict[int, list[Piece]]:
    """Answer-window spans per utterance position (``order`` = positions in time order)."""
    out: dict[int, list[Piece]] = {}
    win: _Window | None = None
    last: tuple[list[str], str | None] = ([], None)  # what the last question asked for, and who asked it
    for pos in order:
        u = utterances[pos]
        asked = [k for k in question_types(u.text) if k in types or (k == "dob" and "dob" in types)]
        if not asked and last[0] and u.speaker == last[1] and _AND_YOURS.search(u.text):
            asked = list(last[0])  # "And the dog's date of birth?" … "Great. And yours, for the policyholder?"
        if asked:
            last = (asked, u.speaker)
        # the one asked speaks while the question is still unanswered
        waiting = (win is not None and win.left > 0 and not win.got and win.asker is not None
                   and u.speaker is not None and u.speaker != win.asker)
        if (win is not None and win.pushed and u.speaker is not None and u.speaker == win.asker
                and "?" not in u.text):
            # the asker's explanation after the push-back asks for nothing new ("It's only to verify the account
            # holder before I change the address.": the social is still what comes)
            asked = []
        if win is not None and u.speaker is not None and u.speaker == win.asker:
            win.pushed = False
        if waiting and "?" in u.text and _PUSHBACK.search(u.text):
            # "Why do you need that to change my address?": the one asked questions the request; the asker
            # explains, and the answer still comes ("... Fine, it's 4417")
            asked, win.left, win.pushed = [], max(win.left, answer_turns + 1), True
        if waiting and not asked and _STALL.search(u.text):
            win.left = max(win.left, answer_turns + 1)  # "Hold on, let me find my card." … "Okay." … "It's 4417 …"
        if win is not None:
            win.age += 1
            if (not asked and win.age <= 8 and _GO_ON.search(u.text) and any(k in NUMERIC for k in win.kinds)
                    and (u.speaker is None or u.speaker == win.asker)):
                win.left = max(win.left, answer_turns)
        if win is not None and not asked and _NOT_PII_Q.search(u.text) and _ASKING.search(u.text):
            win = None  # "And the expiration?": what follows is a month and year, not the number asked before
        if (win is not None and win.dob_got and not asked and u.speaker == win.asker and "?" in u.text
                and _YEAR_Q.search(u.text)):
            win.year_asked, win.left = True, max(win.left, 2)  # "April twelfth." … "And the year?" … "Ninety one."
        answered = False  # the one asked gave (part of) the answer in this utterance
        if win is not None and win.left > 0:
            other = u.speaker is None or win.asker is None or u.speaker != win.asker
            # a correction of a read-back ("no, the middle two are oh seven", "it ends in thirty two, not thirty
            # seven") or a number piece said alone ("nine one.") may be two digits
            short = other and ((win.got and (win.read_back or bool(_ONLY_NUMBER.fullmatch(u.text))))
                               or bool(_CUT_OFF.search(u.text)))
            # (Round 32) a digit given as a guess after a partial answer ("Let's say seven. Then 9."): single digits
            hedged = other and win.got and bool(_HEDGED_NUMBER.fullmatch(u.text))
            pieces = answer_pieces(u.text, win.kinds, other, win.spell,
                                   min_digits=1 if hedged else 2 if short else 3)
            if win.numbers_only and not (other and _NUMBER_GROUPS.fullmatch(u.text)):
                pieces = []
            if win.year_asked and other:
                pieces += [(r.char_start, r.char_end, "dob") for r in digit_runs(u.text) if 2 <= len(r.digits) <= 4
                           and not _money(u.text, r.char_end, r.char_start)]
                win.year_asked = False
            if win.username and other and "account" in win.kinds and not win.got:
                pieces += _username_answer(u.text)  # "I think it's kbird forty two, no spaces."
            if win.unit and other and "address" in win.kinds and not any(t == "address" for _, _, t in pieces):
                pieces += _unit_answer(u.text)  # "It's one oh oh nine.", "I'm in 105 C, by the pool."
            if win.read_back and other:  # "no, the last digit is a seven, not a one": single digits corrected
                pieces += _corrected_digits(u.text, [k for k in win.kinds if k in NUMERIC])
            if not other and win.said and not _NAMES_A_NUMBER.search(u.text):
                # (Round 31) the asker's short number that is nothing like the answer is no read-back of it ("The
                # ship is in port until five, and all aboard is four thirty.", "Five hundred on the card ending
                # 8884", "You're in cabin 9214"): a time, an amount, a room the asker tells
                pieces = [p for p in pieces if p[2] not in NUMERIC or not _unlike_answer(u.text[p[0]:p[1]], win.said)]
            if win.expiry:  # "ten twenty eight": the month and year a card expires, no part of its number
                pieces = [p for p in pieces if p[2] not in NUMERIC or not _expiry_shape(u.text[p[0]:p[1]])]
            if not other and win.dob_got:  # "So 3/2/60?", "Thanks, 4/17/1988, that matches.": the date read back
                pieces += [(m.start(), m.end(), "dob") for m in DATE_RE.finditer(u.text)
                           if ("?" in u.text or (_WITH_YEAR.search(m.group()) and _year_end(m.group()) == win.dob_year))
                           and not event_date(u.text, m.start())]
            if other:
                win.said += "".join(r.digits for a, b, t in pieces if t in NUMERIC for r in digit_runs(u.text[a:b]))
            win.read_back = bool(pieces) and not other and win.got and "?" in u.text
            win.dob_got = win.dob_got or any(t == "dob" for _, _, t in pieces)
            if other and any(t == "dob" for _, _, t in pieces):
                win.dob_year = _year_end(" ".join(u.text[a:b] for a, b, t in pieces if t == "dob"))
            win.left -= 1
            if other:
                win.answers += 1
                if pieces or win.answers >= 2:
                    win.kinds = [k for k in win.kinds if k in NUMERIC]
            if pieces:  # an answer given in pieces keeps the window open ("370" … "and 318" … "and 0482")
                answered = other
                out.setdefault(pos, []).extend(pieces)
                win.left = max(win.left, 2)
                win.got = True
            elif other and (win.got or win.choice) and len(u.text.split()) >= 4:
                # answered, and now the answerer says a sentence that is not part of the answer: the window
                # closes (the asker's "Yep, I have that." between groups does not close it)
                win.left = 0
            elif not other and win.got and _moves_on(u.text):
                win.left = 0  # answered, and the asker asks about something else ("And did you have any claims?")
        if asked and answered and "?" not in u.text and win is not None:
            # (Round 31) the answer itself names what it is ("it's 4021 ..., both deposits on the same card") and
            # asks nothing: the window stays the asker's
            asked = []
        if asked:
            win = _Window(asked, u.speaker, answer_turns, spell="person" in asked and bool(_SPELL_Q.search(u.text)),
                          choice=bool(_WHICH_ONE.search(u.text)) and not any(QUESTION_CUES[k].search(u.text)
                                                                            for k in asked),
                          expiry=bool(_NOT_PII_Q.search(u.text)), unit=bool(_UNIT_Q.search(u.text)),
                          username="account" in asked and bool(_USERNAME_Q.search(u.text)))
        elif (not _ASKING.search(u.text) and u.speaker is not None and (win is None or win.left <= 0)
              and (named := [k for k in _named_number(u.text) if k in types])):
            win = _Window(named, u.speaker, 1, numbers_only=True)
    return out


def _aligned(d: str, value: str, cuts: frozenset[int]) -> bool:
    """A three-digit group said again is one of the number's groups, not digits across two of them ("room 412" is
    no part of "88 41 20 9"); four digits and more are taken anywhere in it."""
    if len(d) >= 4:
        return True
    i = value.find(d)
    while i >= 0:
        if i in cuts and i + len(d) in cuts:
            return True
        i = value.find(d, i + 1)
    return False


# the keypad's # key said after a code's digits ("pound", "hash", "the pound key"), not the money
_KEY_AFTER = re.compile(r"[\s,]*(?:(?:and\s+)?then\s+(?:the\s+)?)?(?:pound|hash)(?:\s+(?:key|sign))?\b(?!\s*(?:s\b|sterling))",
                        re.IGNORECASE)


_CAPS_CODE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{3,}(?![\w-])")


# a question for the bank's routing number alone ("Go ahead with the routing number first.", "And the routing?"):
# not when it names the caller's account, card or another id too
_ROUTING_Q = re.compile(r"\brouting(?:\s+(?:transit\s+)?(?:number|no|#))?\b", re.IGNORECASE)
_OTHER_ID = re.compile(r"\b(?:account|card|member|social|ssn|policy|phone|id)\b", re.IGNORECASE)


def routing_answers(utterances: list[Utterance], order: list[int]) -> set[int]:
    """Positions of the answers (the other speaker's next three turns, until the asker asks for something else)
    to a question for a bank's routing number: nine digits there are the bank's, no caller's data."""
    out: set[int] = set()
    asker, left = None, 0
    for pos in order:
        u = utterances[pos]
        if _ROUTING_Q.search(u.text) and not _OTHER_ID.search(u.text) and (
                "?" in u.text or _ASKING.search(u.text)):
            asker, left = u.speaker, 3
            continue
        if left <= 0:
            continue
        if u.speaker == asker:
            if question_types(u.text):
                left = 0
            continue
        out.add(pos)
        left -= 1
    return out


# a word after an everyday verb or noun opening a sentence ("Bear with me", "Rain in the forecast", "Hope it helps")
_PLAIN_AFTER = re.compile(r"\s+(?:with|in|on|up|down|the|a|an|me|us|it|them|him|her|to|for|out|off|at|this|that|"
                          r"your|my|our|so|you)\b")


def _word_opening(text: str, m: re.Match[str]) -> bool:
    """A name that is also an everyday word ("Bear", "Rain", "Hope"), opening a sentence and followed by a
    preposition, pronoun or article: the word itself, not the person named earlier in the call."""
    low = m.group().lower()
    before = text[:m.start()].rstrip()
    return ((not before or before[-1] in ".!?") and low in english_words()
            and _PLAIN_AFTER.match(text, m.end()) is not None)


_AS_IN = re.compile(r"\s+(?:as|like)\s+in\s+[A-Za-z-]+", re.IGNORECASE)


def _spelled_code(frag: str) -> str | None:
    """The code an id spelled piece by piece writes ("Golf, R as in Robert, 8, Delta, Alpha, Y" → "GR8DAY"): its
    letters, spelling-alphabet words and digits, when it is nothing else and has a letter and a digit."""
    code = ""
    for tok in re.findall(r"[A-Za-z-]+|\d+", _AS_IN.sub("", frag)):
        low = tok.lower().replace("-", "")
        if tok.isdigit():
            code += tok
        elif len(tok) == 1:
            code += tok.upper()
        elif low in PHONETIC_ALPHABET:
            code += PHONETIC_ALPHABET[low]
        elif low in NUMBER_WORDS and (runs := digit_runs(tok)) and len(runs[0].digits) == 1:
            code += runs[0].digits
        else:
            return None
    ok = len(code) >= 4 and any(c.isdigit() for c in code) and any(c.isalpha() for c in code)
    return code if ok else None


_LOCAL_TOKEN = re.compile(r"(?<![\w.@-])[A-Za-z][\w.-]*\w(?![\w@-]|\.\w)")
_LOCAL_SPLIT = re.compile(r"\s*@|\s+at\s+(?:sign\s+|symbol\s+)?", re.IGNORECASE)


def _local_key(token: str) -> str:
    return re.sub(r"[._-]", "", token).lower()


def _email_local(frag: str) -> str | None:
    """The local part of a redacted e-mail when it is one word no dictionary has, dots, dashes and underscores
    left out ("l.hayes@att.net", "lhayes at att dot net" → "lhayes"); None for a local part said in several words
    or spelled ("ryo tanabe four one four two at ...") or an everyday word ("sales@...")."""
    parts = _LOCAL_SPLIT.split(frag.strip(), maxsplit=1)
    if len(parts) < 2:
        return None
    local = re.sub(r"\s+(?:dot|period)\s+|\s+(?:underscore|dash|hyphen)\s+", ".", parts[0].strip(),
                   flags=re.IGNORECASE)
    local = re.sub(r"^(?:it's|its|it\s+is|that's|um|uh|yes|yeah|sure|so)[\s,]+", "", local,
                   flags=re.IGNORECASE)
    if not re.fullmatch(r"[A-Za-z][\w.-]*\w", local):
        return None
    key = _local_key(local)
    if len(key) < 4 or key in english_words() or key in NOT_NAMES or _dictionary_word(key):
        return None
    return key


def _one_off(a: str, b: str) -> bool:
    """Two codes of five or more characters, the same length, that differ in exactly one place."""
    return len(a) == len(b) >= 5 and sum(x != y for x, y in zip(a, b)) == 1


def repeat_pieces(utterances: list[Utterance], redacted: dict[int, list[Piece]]) -> dict[int, list[Piece]]:
    """Digit groups and name words already redacted somewhere in the call, wherever they recur."""
    numbers: list[tuple[str, str, frozenset[int]]] = []  # digits, type, where its said groups begin and end
    words: set[str] = set()
    keyed: set[str] = set()  # codes said with the keypad's pound / hash key after them
    codes: set[str] = set()  # codes of capitals and digits written as one token
    locals_: set[str] = set()  # e-mail local parts of one token, without their dots ("l.hayes" → "lhayes")
    for pos, pieces in redacted.items():
        text = utterances[pos].text
        for s, e, t in pieces:
            frag = text[s:e]
            if t == "email" and (local := _email_local(frag)):
                locals_.add(local)
            if t == "person":
                words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]{2,}", frag)
                             if w.lower() not in NOT_NAMES and w.lower() not in NUMBER_WORDS)
                for a, b in spelled_spans(frag):  # "T-U-R-N-E-R" → later "Turner"
                    words.add("".join(re.findall(r"[A-Za-z]", frag[a:b])).lower())
            elif t in NUMERIC or t in ("dob", "address"):
                for run in digit_runs(frag):
                    if len(run.digits) >= 3:
                        cuts = [0]
                        for piece in run.pieces:
                            cuts.append(cuts[-1] + len(piece.digits))
                        numbers.append((run.digits, t, frozenset(cuts)))
                        if t == "account" and _KEY_AFTER.match(text, s + run.char_end):
                            keyed.add(run.digits)  # a code typed with its pound key ("1588 pound")
                if t == "account":  # a code of capitals and digits ("K7X2QP") said again as it is
                    codes.update(c for c in _CAPS_CODE.findall(frag))
                    if (code := _spelled_code(frag)):
                        codes.add(code)  # "Golf, R as in Robert, 8, Delta, ..." read back as "So GR8D...?"
    if not numbers and not words and not codes and not locals_:
        return {}
    out: dict[int, list[Piece]] = {}
    for pos, u in enumerate(utterances):
        text = u.text
        # an e-mail's local part said alone ("So that's l.hayes@...?" "No dot. Just lhayes."): the e-mail's
        for m in _LOCAL_TOKEN.finditer(text) if locals_ else ():
            if _local_key(m.group()) in locals_:
                out.setdefault(pos, []).append((m.start(), m.end(), "email"))
        for m in _CAPS_CODE.finditer(text) if codes else ():
            # ... or read back wrong by one character ("P Zulu 7 D H Q" … "I'm not finding TZ7DHQ."): the same code
            # misheard, and it still tells most of it
            if m.group() in codes or any(_one_off(m.group(), c) for c in codes):
                out.setdefault(pos, []).append((m.start(), m.end(), "account"))
        for run in digit_runs(text):
            d = run.digits
            # a code read back with its key ("Got it, 1588 pound"): the pound key, no money
            key = _KEY_AFTER.match(text, run.char_end) if d in keyed else None
            if len(d) < 3 or (_money(text, run.char_end, run.char_start) and not key):
                continue
            if form_name(text, run.char_start, run.char_end):
                continue  # Round 31: "The 529 check ..." after a social that opens 529: the plan's name
            for value, t, cuts in numbers:
                if d in value and (len(value) >= 6 or d == value) and _aligned(d, value, cuts):
                    if len(d) <= 4 and t in NUMERIC and (_about_amount(text, run, t) or clock_time(text, run)):
                        break  # a group of a number said again as a price or a time ("at three nineteen a gallon",
                        # "opens at five thirty"): no part of the number
                    out.setdefault(pos, []).append((run.char_start, key.end() if key else run.char_end, t))
                    break
        if words:
            for m in re.finditer(r"[A-Za-z][A-Za-z'-]{2,}", text):
                # a name said again is capitalised; lower case, only a word no dictionary has ("hope" in "I hope
                # so" is not Hope Carrington again)
                # ... and with a possessive ("I see Batbayar's system"): the name without its "'s"
                word = m.group()[:-2] if m.group().endswith("'s") and m.group()[:-2].lower() in words else m.group()
                # ... nor its plural ("flowers" is no Winston Flowers again)
                if word.lower() in words and (word[:1].isupper() or not (
                        word in english_words() or word.removesuffix("s") in english_words()
                        or (word.endswith("es") and word[:-2] in english_words()))):
                    if _word_opening(text, m):
                        continue  # "Bear with me, ...": a word name opening a sentence as the everyday word
                    out.setdefault(pos, []).append((m.start(), m.start() + len(word), "person"))
    return out
