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
               r"hate|got|get|all)\b)[\w'-]+\s+){0,2}?)(?i:" + _ANIMAL + r"),\s+" + _NAME
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


def animal_names(texts: list[str], lexicon_terms: Iterable[str] = ()) -> frozenset[str]:
    """The names (lower case) a call shows to be animals' (see the module's docstring)."""
    found: set[str] = set()
    for t in texts:
        found |= _names(_STRONG, t)
    if found or animal_call(texts, lexicon_terms):
        for t in texts:
            found |= _names(_CARE, t)
    return frozenset(found)


def is_animal_piece(fragment: str, names: frozenset[str]) -> bool:
    """A redacted person fragment that is only an animal's name ("Max", "Oliver's"); a longer name stays."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z-]*", re.sub(r"['\u2019]s\b", "", fragment))
             if w.lower() not in _NOT_NAME]  # an answer's filler: "Um, Gus."
    return len(words) == 1 and words[0].lower() in names
