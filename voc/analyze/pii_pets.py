"""Animals' names are no persons': a pet called Max, Luna or Oliver is not PII, however human the name.

Pets come up on any line (a pet insurer, a groomer, a pet store, a vet, and "my dog chewed the cable" on a
cable company's line). :func:`animal_names` reads a whole call and returns the names it shows to be an animal's;
the redactor then leaves those names in the text wherever the call says them (a name shown to be an animal once
stays one for the call), except inside a longer name ("Max Brown" stays a person).

A name is an animal's when the call says so:

- **on any line** (the name itself tied to an animal): a species or breed said of it ("Max, he's a beagle",
  "Luna is our cat", "my dog Rocky", "our cat, Mittens,", "a puppy named Biscuit", "Max the beagle"), something
  only animals have or get ("Max's rabies tag", "Luna's litter box", "we had Max neutered", "Bella was spayed",
  "Rocky keeps barking"), or its owner ("I'm Max's owner");
- **on an animal-care call** (:func:`animal_call`: the call or the deployment's lexicon speaks of animals at
  least twice, or one name above is an animal's), also what such a call says of its patients: "the patient is
  Gus", "this is Pepper's mom, ...", "picking up Tucker and Sophie", "bringing Max in", "Oliver's chart",
  "calling about Penny", "the refill is for Dexter". On other lines these words are said of people (a child's
  mother, a passenger picked up, a patient), so they need the call's context.

The owner's own name is untouched: a strong name cue ("my name is", a title) or a name with a surname stays a
person (:func:`is_animal_piece`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from voc.analyze.wordlists import CALENDAR

# a species or a kind of pet ("dog", "puppy", "guinea pig", "service dog")
SPECIES = (r"(?:dogs?|doggies?|doggy|cats?|pupp(?:y|ies)|pups?|kittens?|kitty|kitties|felines?|canines?|pets?|"
           r"birds?|parrots?|parakeets?|budgies?|cockatiels?|hamsters?|gerbils?|rabbits?|bunn(?:y|ies)|ferrets?|"
           r"guinea\s+pigs?|chinchillas?|horses?|ponies|pony|foals?|mares?|geldings?|snakes?|lizards?|geckos?|"
           r"turtles?|tortoises?|iguanas?|goldfish|(?:service|support|therapy|emotional\s+support)\s+(?:animal|dog|cat)s?)")
# breeds and coats said of a pet ("he's a beagle", "my old lab", "a golden doodle"); words also said of people
# ("boxer", "pointer", "setter", "shepherd" alone) are left out
BREEDS = (r"(?:beagles?|labs?(?!\s+(?:tech|techs|technician|work|results?|tests?|coat|partner|report|fees?|kit|draws?|orders?|appointment|visit|values?|panel|bills?))|"
          r"labradors?|retrievers?|goldens?(?=\s+(?:retriever|doodle|mix))|poodles?|\w*doodles?|bulldogs?|frenchies|"
          r"frenchie|terriers?|(?:german|australian|aussie|belgian)\s+shepherds?|huskies|husky|corgis?|dachshunds?|"
          r"doxies|chihuahuas?|pugs?|schnauzers?|shih[\s-]?tzus?|yorkies?|pomeranians?|maltese|rottweilers?|"
          r"rotties?|pit\s*bulls?|pitties?|greyhounds?|whippets?|dobermans?|great\s+danes?|mastiffs?|spaniels?|"
          r"cavaliers?|collies?|shelties?|heelers?|cattle\s+dogs?|akitas?|malamutes?|"
          r"bassets?(?:\s+hounds?)?|bloodhounds?|hounds?|weimaraners?|vizslas?|newfies?|newfoundlands?|"
          r"bernese(?:\s+mountain\s+dogs?)?|sheepdogs?|samoyeds?|tabby|tabbies|calicos?|tortie|torties|"
          r"tortoiseshell|siamese|persians?|maine\s+coons?|ragdolls?|bengals?(?=\s+(?:cat|kitten|mix))|sphynx|"
          r"russian\s+blues?|mutts?|lab\s+mix|rescue(?!\s+(?:workers?|teams?|squad|mission|volunteers?|crews?)))")
_ANIMAL = r"(?:" + SPECIES + r"|" + BREEDS + r")"
# the animal word is the head of its phrase, not a modifier ("a dog walker", "my cat's vet", "a pet store")
_HEAD = (r"(?![\w'\u2019-])(?!\s+(?:sitters?|sitting|walkers?|walking|trainers?|training|groomers?|grooming|vets?|"
         r"doctors?|owners?|food|insurance|parks?|daycare|store|shop|hospital|clinic|beds?|toys?|hair|person|"
         r"people|lovers?|friendly|care|boarding|shows?|licen[cs]es?|rescue|shelter|allergy|allergies)\b)")
# a capitalised word that may be a name (checked again by _name_like)
_NAME = r"(?P<n>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_NAME2 = r"(?P<m>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
# a pet's mock form of address ("Mr. Pickles", "Miss Kitty", "Dr. Snuggles"), allowed only in frames said of an
# animal alone (a title is otherwise a person's strong cue)
_PET_TITLE = (r"(?:(?:Mister|Mr\.?|Mrs\.?|Ms\.?|Miss|Dr\.?|Doctor|Sir|Lady|Lord|Captain|Princess|Prince|King|Queen|"
              r"Professor|Sergeant|Sgt\.?|Duke|Baron|Count)\s+)")
_TNAME = _PET_TITLE + "?" + _NAME
_TNAME2 = _PET_TITLE + "?" + _NAME2
# a year of the last twenty years or so, as said: "twenty twenty one", "twenty oh nine", "two thousand eight", "2015"
_RECENT_YEAR = (r"(?:20(?:0[5-9]|[12]\d)|twenty\s+(?:oh\s+(?:five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|"
                r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+\w+)?)|"
                r"two\s+thousand\s+(?:and\s+)?(?:five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
                r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s-]+\w+)?))")
_POSS = r"(?:['\u2019]s)"

# things only an animal has or gets, said after its name's possessive ("Max's rabies tag", "Luna's litter box")
_ANIMAL_THINGS = (r"(?:rabies|distemper|bordetella|parvo|heartworm|flea|fleas|tick|ticks|neuter|spay|microchip|"
                  r"chip|kennel|crate|leash|collar|harness|litter|litter\s+box|paws?|fur|coat|tail|whiskers|"
                  r"grooming|groomer|nails?\s+trim|kibble|dog\s+food|cat\s+food|food\s+bowl|chew\s+toys?|"
                  r"breed|breeder|vet|veterinarian|owner|pet\s+insurance|tag)")
# what anywhere ties a name to an animal
_STRONG = [
    # "Max, he's a beagle", "Luna is our cat", "Rocky's a three year old lab mix", "Max was my dog"
    re.compile(_NAME + r"(?:,?\s+(?:he|she|it)(?:['\u2019]s|\s+is|\s+was)|" + _POSS + r"|\s+is|\s+was)\s+"
               r"(?:just\s+|only\s+)?(?:a|an|my|our|his|her|their|the)\s+(?:[\w-]+\s+){0,4}?(?i:" + _ANIMAL + r")" + _HEAD),
    # "my dog Rocky", "our cat, Mittens,", "my daughter's hamster Nibbles", "my dogs Max and Ruby"; after "the" or a
    # count only set off by commas ("the new puppy, Biscuit,", "two cats, Luna and Milo"): "the dog Sarah adopted"
    # names no dog, and "you're a real snake, Dave," calls a person names
    re.compile(r"(?i:\b(?:my|our|his|her|their|your)\s+(?:[\w'-]+\s+){0,2}?)(?i:" + _ANIMAL + r"),?\s+"
               + _NAME + r"\b(?!['\u2019]s\s+(?:house|place|car|food|bowl|bed|toy))(?:,?\s+and\s+" + _NAME2 + r")?"),
    re.compile(r"(?i:\b(?:the|two|three|four)\s+(?:(?!(?:may|might|be|are|is|was|were|have|has|had|like|love|"
               r"hate|got|get|all)\b)[\w'-]+\s+){0,2}?)(?i:" + _ANIMAL + r")"
               # a plural names two or more ("the dogs, Rami." sets off whom the sentence is about, not the dogs)
               r"(?:(?<![sS])|(?=,\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?,?\s+and\s+[A-Z]))"
               r",\s+" + _NAME
               + r"(?:,?\s+and\s+" + _NAME2 + r")?(?=[,.!?]|$)"),
    # "Simba, my cat, ...", "Luna, our old lab,"
    re.compile(_NAME + r",\s+(?:my|our|his|her|their|the)\s+(?:[\w-]+\s+){0,2}?(?i:" + _ANIMAL + r")" + _HEAD),
    # "I have a dog, his name is Buster", "she's a cat, her name's Luna"
    re.compile(r"(?i:\b" + _ANIMAL + r"[,.;]?\s+(?:and\s+)?(?:his|her|its|their)\s+names?(?:['\u2019]s|\s+is|\s+are)\s+)"
               + _NAME + r"(?:\s+and\s+" + _NAME2 + r")?"),
    # "my dog's name is Rocky", "the cat's name was Mittens", "the name of our puppy is Biscuit"
    re.compile(r"(?i:\b" + _ANIMAL + r"(?:['\u2019]s|s['\u2019])?\s+(?:[\w']+\s+)?names?(?:['\u2019]s|\s+is|\s+was|:)?,?\s+)"
               + _NAME),
    re.compile(r"(?i:\bnames?\s+of\s+(?:my|our|the|his|her|their|your)\s+(?:[\w-]+\s+)?" + _ANIMAL
               + r"\s+(?:is|was)\s+)" + _NAME),
    # "a puppy named Biscuit", "a cat called Mittens"
    re.compile(r"(?i:" + _ANIMAL + r")\s+(?i:named|called)\s+" + _NAME),
    # "Max the beagle"
    re.compile(_NAME + r"\s+the\s+(?i:" + _ANIMAL + r")\b"),
    # "Max's rabies tag", "Luna's litter box", "I'm Max's owner"
    re.compile(_NAME + _POSS + r"\s+(?:\w+\s+)?(?i:" + _ANIMAL_THINGS + r")\b"),
    # "we had Max neutered", "Bella was spayed", "get Luna chipped", "neuter Max"
    re.compile(_NAME + r"\s+(?:(?:is|was|got|gets|has\s+been|been|is\s+getting|needs\s+to\s+be)\s+)?"
               r"(?i:neutered|spayed|fixed|microchipped|chipped|dewormed|groomed)\b"),
    re.compile(r"(?i:\b(?:neuter|spay|microchip|deworm|neutering|spaying)\s+)" + _NAME),
    # "my dog Miss Kitty", "her cat Mr. Whiskers": a titled name right after the animal word (no comma: "my dog,
    # Dr. Lee says, ..." names the vet)
    re.compile(r"(?i:\b(?:my|our|his|her|their|your)\s+(?:[\w'-]+\s+){0,2}?)(?i:" + _ANIMAL + r")\s+" + _PET_TITLE
               + _NAME + r"\b"),
    # "they take Dolly to the vet", "I took Mr. Pickles to the groomer", "bringing Max and Ruby to the dog park": where
    # only animals are taken
    re.compile(r"(?i:\b(?:take|takes|taking|took|taken|bring|brings|bringing|brought|drive|drives|driving|drove|"
               r"rush|rushed|rushing)\s+)" + _TNAME + r"(?:\s+and\s+" + _TNAME2 + r")?"
               r"(?i:\s+(?:in\s+)?to\s+(?:the|a|an|his|her|their|our|my)\s+(?:(?:emergency|regular|new|usual|local)\s+)?"
               r"(?:vet|vets|vet['\u2019]s|veterinarian|veterinary\s+\w+|groomer|groomers|groomer['\u2019]s|dog\s+park|"
               r"kennel|animal\s+hospital|animal\s+clinic|pet\s+hospital|shelter))\b"),
    # "Rocky keeps barking", "Luna meowed all night"
    re.compile(_NAME + r"\s+(?:\w+\s+)?(?i:barks?|barked|barking|meows?|meowed|meowing|purrs?|purred|purring|"
               r"wags?|wagged|wagging|growls?|growled|whines?|whining|howls?|howling)\b"),
]
# what an animal-care call says of its patients (people are meant by these words on other lines)
_CARE = [
    # "the patient is Gus", "the patient, Bella,", "patient name is Luna"
    re.compile(r"(?i:\bpatient(?:['\u2019]s\s+name)?(?:\s+name)?(?:\s+is|\s+was|,|:)\s+)" + _NAME),
    # "this is Pepper's mom, ...", "I'm Max's dad"
    re.compile(_NAME + _POSS + r"\s+(?i:mom|mommy|mum|mama|dad|daddy|papa|parents?|human|humans|family)\b"),
    # "picking up Tucker and Sophie", "drop off Luna", "bringing Max in"
    re.compile(r"(?i:\b(?:pick(?:ing|ed|s)?\s+up|drop(?:ping|ped|s)?\s+off|collect(?:ing|ed)?|"
               r"board(?:ing)?|check(?:ing)?\s+in)\s+)" + _NAME + r"(?:\s+and\s+" + _NAME2 + r")?(?![\w'\u2019])"),
    re.compile(r"(?i:\b(?:bring(?:ing|s)?|brought|take|taking|took)\s+)" + _NAME + r"(?:\s+and\s+" + _NAME2
               + r")?(?i:\s+(?:in|back|over|by)\b)"),
    # "Oliver's chart", "Luna's appointment", "Max's meds"
    re.compile(_NAME + _POSS + r"\s+(?:\w+\s+)?(?i:chart|file|records?|appointment|visit|exam|check-?up|surgery|"
               r"bloodwork|blood\s+work|labs?|x-?rays?|dental|meds|medications?|medicine|prescription|refill|"
               r"weight|vaccines?|vaccinations?|shots|boosters?|estimate|stay)\b"),
    # "calling about Penny", "how's Gus doing", "the refill is for Dexter", "it's for Dexter"
    re.compile(r"(?i:\bcalling\s+(?:about|regarding|on)\s+)" + _NAME + r"(?![\w'\u2019-]|\s+[A-Z])"),
    re.compile(r"(?i:\bhow(?:['\u2019]s|\s+is)\s+(?:little\s+|our\s+)?)" + _NAME + r"(?i:\s+doing|\s+feeling|\?)"),
    re.compile(r"(?i:\b(?:refill|prescription|meds|medication|appointment|exam|vaccine|surgery|it|that|this)"
               r"(?:['\u2019]s|\s+is)\s+for\s+)"
               + _NAME + r"(?![\w'\u2019-]|\s+[A-Z])"),
    # "the claim is for Mr. Pickles", "the invoice is for Gus": what an animal's insurer or vet bills is for the patient
    re.compile(r"(?i:\b(?:claims?|invoices?|bills?|estimates?|reimbursements?)(?:['\u2019]s|\s+is|\s+are|\s+was)\s+"
               r"(?:all\s+|just\s+|only\s+)?for\s+)" + _TNAME + r"(?![\w'\u2019-]|\s+[A-Z])"),
    # "we split up and I kept Winston", "we adopted Biscuit from a rescue": what a household keeps, adopts, rescues or
    # fosters, said with nothing after the name ("I kept Sam waiting", "kept Ana in the loop" are not matched)
    re.compile(r"(?i:\b(?:i|we|she|he|they)\s+(?:kept|keep|adopted|adopt|rescued|fostered|foster)\s+)" + _TNAME
               + r"(?=\s*[,.!?;]|\s*$|\s+(?:and|but|so|because|from|last|this)\b)"),
    # "Louie, no! Drop it!", "Max, leave it.": a command said to a dog in the room
    re.compile(r"(?:^|(?<=[.!?,;:]\s))" + _NAME + r",\s+(?:(?i:no)[!,.]\s+)?(?i:drop\s+it|leave\s+it|get\s+down|"
               r"down|off|sit|stay|heel|quiet|hush|no\s+barking|stop\s+barking|bad\s+dog|good\s+dog)[!.,]"),
    # "Taco was born on April 3rd, twenty twenty one": a birth in the last twenty years said of a bare name on an
    # animal's call (a child of the caller is "my son Taco")
    re.compile(r"(?:^|(?<=[.!?]\s))" + _NAME + r"\s+was\s+born\s+(?:on\s+|in\s+)?(?:[\w,]+\s+){0,4}?" + r"(?i:" + _RECENT_YEAR
               + r")\b"),
]
# the words that make a call (or a deployment) one about animals
# (not words other lines use for other things: a "lab" result, a "vet" who served, "hot dogs", a "CAT scan", "cat 6"
# cable, a "pet peeve", an "early bird" discount, the "Shiba Inu" coin)
_TALK_SPECIES = (r"(?:(?<!hot\s)(?<!corn\s)(?<!chili\s)(?<!top\s)dogs?|doggies?|doggy|"
                 r"cats?(?!\s*(?:scan|[5-7]e?\b|five|six|seven|cable|equipment|dealer))|pupp(?:y|ies)|kittens?|kitty|"
                 r"kitties|felines?|canines?|pets?(?!\s+peeves?)|(?<!early\s)birds?|parrots?|parakeets?|budgies?|"
                 r"cockatiels?|hamsters?|gerbils?|rabbits?|bunn(?:y|ies)|ferrets?|guinea\s+pigs?|chinchillas?|"
                 r"horses?|ponies|pony|snakes?|lizards?|geckos?|turtles?|tortoises?|iguanas?|goldfish)")
_TALK_BREEDS = (r"(?:beagles?|labradors?|(?:yellow|black|chocolate|golden|silver)\s+labs?|lab\s+mix(?:es)?|"
                r"retrievers?|poodles?|\w+doodles?|bulldogs?|frenchies|frenchie|terriers?|"
                r"(?:german|australian|aussie|belgian)\s+shepherds?|huskies|husky|corgis?|dachshunds?|chihuahuas?|"
                r"pugs?|schnauzers?|shih[\s-]?tzus?|yorkies?|pomeranians?|rottweilers?|pit\s*bulls?|pitties?|"
                r"greyhounds?|dobermans?|great\s+danes?|mastiffs?|spaniels?|collies?|shelties?|cattle\s+dogs?|"
                r"malamutes?|basset\s+hounds?|bloodhounds?|weimaraners?|vizslas?|tabby|tabbies|calicos?|siamese|"
                r"maine\s+coons?|ragdolls?)")
_ANIMAL_TALK = re.compile(r"\b(?:" + _TALK_SPECIES + r"|" + _TALK_BREEDS + r"|veterinar(?:y|ian|ians)|"
                          r"animal\s+(?:hospital|clinic|er)s?|neuter(?:ed|ing)?|spay(?:ed|ing)?|rabies|heartworm|"
                          r"distemper|fleas?|kennel|groomer|litter\s+box|leash|kibble|paws?)\b", re.IGNORECASE)
# capitalised words that are no name in these patterns
_NOT_NAME = frozenset(["i", "he", "she", "it", "we", "they", "you", "the", "a", "an", "my", "our", "his", "her",
                       "their", "your", "this", "that", "these", "those", "there", "here", "who", "what", "when",
                       "where", "why", "how", "and", "but", "or", "so", "if", "then", "yes", "no", "yeah", "okay",
                       "ok", "hi", "hello", "hey", "thanks", "thank", "please", "sorry", "well", "oh", "um", "uh",
                       "sure", "right", "just", "also", "mr", "mrs", "ms", "dr", "doctor", "nurse", "sir", "madam",
                       "mom", "dad", "among", "about", "for", "with", "from", "into", "like", "after", "before",
                       "behind", "under", "over", "near", "at", "in", "on", "to", "of", "by", "all", "both", "every",
                       "each", "some", "any"])


# the mock titles of _PET_TITLE, lower case ("Mr. Pickles" is the pet Pickles where the call shows it)
_PET_TITLES = frozenset(["mister", "mr", "mrs", "ms", "miss", "dr", "doctor", "sir", "lady", "lord", "captain",
                         "princess", "prince", "king", "queen", "professor", "sergeant", "sgt", "duke", "baron",
                         "count"])


def _name_like(word: str) -> bool:
    low = word.lower()
    return low not in _NOT_NAME and low not in CALENDAR and len(low) >= 2


def _names(patterns: list[re.Pattern[str]], text: str) -> set[str]:
    out = set()
    for p in patterns:
        for m in p.finditer(text):
            for g in ("n", "m"):
                w = m.groupdict().get(g)
                if w and _name_like(w):
                    out.add(w.lower())
    return out


def animal_call(texts: Iterable[str], lexicon_terms: Iterable[str] = ()) -> bool:
    """The call, or the deployment's lexicon, speaks of animals at least twice."""
    n = sum(len(_ANIMAL_TALK.findall(t)) for t in texts)
    n += 2 * any(_ANIMAL_TALK.search(t) for t in lexicon_terms)
    return n >= 2


# a pair counted as one kind of thing ("I have two on the policy, Linda and Mr. Pickles", "both of them, Max and
# Ruby"): when one of the pair is an animal, so is the other (not when people are counted: "two kids, Sam and Max")
_COUNTED_PAIR = re.compile(r"(?i:\b(?:two|both|three)\b(?![^.!?]{0,40}?\b(?:kids|children|sons|daughters|boys|girls|"
                           r"people|persons|adults|drivers|members|grandkids|twins|parents|roommates|employees)\b)"
                           r"[^.!?]{0,40}?,\s+)" + _TNAME + r",?\s+(?:and|&)\s+" + _TNAME2 + r"(?=[,.!?]|$)")
# an animal's date of birth asked, answered by where it came from ("what's Murphy's birthday?" "The shelter said
# May tenth.")
_BIRTH_ASKED = re.compile(r"\b" + _TNAME + _POSS + r"\s+(?i:date\s+of\s+birth|birth\s*date|birthday|d\.?o\.?b)\b")
_FROM_WHERE_ANIMALS_COME = re.compile(r"\b(?:shelter|rescue|breeder|adoption\s+(?:papers?|paperwork|records?|form)|"
                                      r"litter|humane\s+society|pound)\b", re.IGNORECASE)


def animal_names(texts: list[str], lexicon_terms: Iterable[str] = ()) -> frozenset[str]:
    """The names (lower case) a call shows to be animals' (see the module's docstring)."""
    found: set[str] = set()
    for t in texts:
        found |= _names(_STRONG, t)
    if found or animal_call(texts, lexicon_terms):
        for t in texts:
            found |= _names(_CARE, t)
        for t, nxt in zip(texts, texts[1:]):
            if _FROM_WHERE_ANIMALS_COME.search(nxt):
                found |= _names([_BIRTH_ASKED], t)
        for t in texts:
            for m in _COUNTED_PAIR.finditer(t):
                pair = {w.lower() for w in (m.group("n"), m.group("m")) if _name_like(w)}
                if pair & found:
                    found |= pair
    return frozenset(found)


def animal_birth_date(text: str, start: int, names: frozenset[str], asked: str = "") -> bool:
    """A date at ``text[start:]`` is an animal's birth, no person's date of birth: the sentence says an animal's
    name was born ("Taco was born on ..."), or the date comes from where animals come from ("the shelter said ..."),
    or the question before it (``asked``) asked an animal's birthday."""
    head = re.split(r"[.!?]\s+", text[:start])[-1]
    subj = re.search(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['\u2019]s\s+(?:date\s+of\s+birth|birth\s*date|"
                     r"birthday)(?:\s+is|\s+was)?|\s+was\s+born)\b", head)
    if subj and subj.group(1).lower() in names:
        return True
    if _FROM_WHERE_ANIMALS_COME.search(head):
        return True
    return any(m.group("n").lower() in names for m in _BIRTH_ASKED.finditer(asked))


def is_animal_piece(fragment: str, names: frozenset[str]) -> bool:
    """A redacted person fragment that is only an animal's name ("Max", "Oliver's"); a longer name stays."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", re.sub(r"['\u2019]s\b", "", fragment))
             if w.lower() not in _NOT_NAME and w.lower() not in _PET_TITLES]  # an answer's filler: "Um, Gus."
    if any(w[:1].isupper() for w in words):  # "Kitty needs surgery": lower-case words after a name are no name
        words = [w for w in words if w[:1].isupper()]
    return len(words) == 1 and words[0].lower() in names
