"""Build the labelled PII test set: conversations in spoken form with planted PII and planted brand words.

    python eval/pii/make_set.py [--data ../shared/data] [--seed 15] [--n 150]

Writes ``eval/pii/dev.jsonl`` (tune on), ``eval/pii/heldout.jsonl``, ``heldout2.jsonl``, ``heldout3.jsonl``,
``heldout4.jsonl``, ``heldout5.jsonl``, ``heldout6.jsonl``, ``heldout7.jsonl`` (each was fresh when first run;
each was then used to fix rules: see docs/analysis-pii-sentiment.md; heldout5 was written once, with
``--splits heldout5 --seed 515``, heldout6 with ``--splits heldout6 --seed 616``, heldout7 with ``--splits
heldout7 --seed 717``; dev/heldout-heldout4/demo are the default seed 15), ``heldout8.jsonl`` (``--splits
heldout8 --seed 818``, written blind by an author who had not read the redactor or its tests), ``heldout9.jsonl``
(``--splits heldout9 --seed 919``, also written blind), ``heldout10.jsonl`` (``--splits heldout10 --seed
1010``, written blind), ``heldout11.jsonl`` (``--splits heldout11 --seed
1111``, written blind), ``heldout12.jsonl`` (``--splits heldout12 --seed 1212``, written blind),
``heldout13.jsonl`` (``--splits heldout13 --seed 1313``, written blind), ``heldout14.jsonl``
(``--splits heldout14 --seed 1414``, written blind), ``heldout15.jsonl`` (``--splits heldout15 --seed 1515``,
written blind), ``heldout16.jsonl`` (``--splits heldout16 --seed 1616``, written blind), ``heldout17.jsonl`` (``--splits
heldout17 --seed 1717``, written blind), ``heldout18.jsonl`` (``--splits heldout18 --seed 1818``, written
blind), ``heldout19.jsonl`` (``--splits heldout19 --seed 1919``,
written blind), ``heldout20.jsonl`` (``--splits heldout20 --seed 2020``, written blind),
``heldout23.jsonl`` (``--splits heldout23 --seed 2323``, written blind),
``heldout24.jsonl`` (``--splits heldout24 --seed 2424``, written blind),
``heldout25.jsonl`` (``--splits heldout25 --seed 2525``, written blind),
``heldout21.jsonl`` (``--splits heldout21 --seed 2121``, written blind),
``heldout22.jsonl`` (``--splits heldout22 --seed 2222``, written blind)
and ``eval/pii/demo.jsonl``
(the demo's reference turns with their planted PII). One conversation a line::

    {"id", "split", "source", "lexicon", "utterances": [{"speaker": "agent"|"customer", "text"}],
     "pii": [{"utt", "start", "end", "type", "text"}], "keep": [{"utt", "start", "end", "kind", "text"}]}

How each split is made (everything in it differs from the other split except the PII value formats):

- **dev**: filler turns from DialogSum (dev) conversations; names from the US census lists and ABCD's scenarios;
  the demo lexicon (``voc/demo/lexicons.yaml``); brand words from ``DEV_BRANDS``; question/answer phrasings
  ``*_DEV``.
- **heldout**: customer filler from NatCS insurance and Bitext, agent filler from ``AGENT_HELDOUT``; names from
  ``NAMES_HELDOUT`` (many not in any census list); an insurance lexicon (``heldout_lexicon.yaml``); brand words
  ``HELDOUT_BRANDS`` (many not in voc's built-in keep list); phrasings ``*_HELDOUT``.
- **heldout9**: a university bursar's (student financial services) line: tuition bills, payment
  plans, refunds, holds, parents paying from abroad. Customer filler from CLINC150's full train split at offset 9
  (every eleventh; bill, payment, transfer and card intents and phone-line talk: "repeat that", "slow down", yes,
  no, thanks), Banking77 train at offset 1 (every fifth; transfer, exchange-rate, card-payment, refund and identity
  intents) and Bitext's 27k sample at offset 5 (every seventh; payment, refund, invoice and account intents, no typo
  or offensive lines, no "u"/"ur"), dropping lines that hold a lower-case common name; agent filler
  ``AGENT_HELDOUT9``; names ``NAMES_HELDOUT9`` (Igbo, Norwegian, Vietnamese, Hungarian, Bengali, Korean, Persian,
  Zulu, Hebrew, Maori, Kazakh, Tongan, Irish... and names that are also words, places, brands or universities:
  "Chase Morgan", "Virginia Wells", "Madison Brown", "Duke Okafor", "Taylor Rice", "Penny Lane", "Phoenix Long",
  "Trinity Stanford"); a university lexicon (``heldout9_lexicon.yaml``: "Hartwell University", named after its
  founder, HartwellPay, ONEcard, Dining Dollars, Tuition Flex, GradGuard, and rivals Whitman College, Bucknell,
  Colgate, St. Olaf); brand words ``HELDOUT9_BRANDS`` (payment services: Flywire, Nelnet, Wise, Western Union;
  lenders: Sallie Mae, Navient, MOHELA, Parent PLUS; aid named after people: Pell Grant, Stafford and Perkins loans,
  Fulbright, Jack Kent Cooke; schools named after people or places: Duke, Rice, Brown, Vanderbilt, Stanford,
  Johns Hopkins; campus apps, vendors and tests: Canvas, Workday, Handshake, Duo Mobile, Aramark, TOEFL, ACT);
  phrasings ``*_HELDOUT9``; and, half the time, ``Heldout9``'s readings: "+44"/"oh oh four four" UK mobiles and
  "plus one" numbers, a number finished in a second turn after an interruption, "hundred" groups, an agent read-back
  with a wrong group and the caller's correction, "ext."/"dial" extensions, dotted numbers, nine-digit student IDs
  "nine hundred ..." (sometimes over two turns), letter-prefixed IDs ("U as in uncle", "Hotel"), confirmation codes
  character by character (NATO and "as in") read back written, "P P dash" plan numbers, applicant IDs in pairs,
  Amex 4-6-5 read back, a caller switching cards mid-number, a saved card offered by its last four, cards group by
  group with the agent repeating a group, SSNs with "dash" or over two turns read back written, .edu e-mails
  ("e d u", "students dot"), dashes, underscores, "co dot uk", "last name, first name", a parent calling for the
  student, preferred names, NATO-spelled surnames, professors by surname, dorm rooms and campus boxes, apartments,
  P O boxes, rural routes, UK postcodes, British and American dates of birth (one started with the caller's own
  birthday), and bursar numbers that are not PII (balances, credits, fees, deadlines, course numbers).
- **heldout10** (the fresh one): a credit union's card services and fraud line: lost and stolen cards, disputed
  charges, travel notices, card activation, PIN resets, member verification, routing and account numbers for
  direct deposit, joint owners calling for a spouse, elderly members with a caregiver on the line, Zelle and ACH
  transfers. Written blind (the author had not read the redactor or its tests), with ``--splits heldout10 --seed
  1010``. Customer filler from CLINC150's full train split at offset 1 (every eleventh; banking, card,
  travel-notice and exchange intents, and phone-line talk), Banking77 train at offsets 1 and 4 (every fifth; only
  the card intents heldout9 and heldout8 did not take there: lost, stolen, compromised, activation, PIN, ATM) and
  Bitext's 27k sample at offset 4 (every fourteenth; payment, account and complaint intents, no typo or offensive
  lines, no "u"/"ur"), dropping lines that hold a lower-case common name; agent filler ``AGENT_HELDOUT10``; names
  ``NAMES_HELDOUT10`` (Quechua, Amharic, Polish, Somali, Punjabi, Samoan, Q'eqchi', Ukrainian, Greek, Haitian,
  Nepali, Yoruba, Filipino... older members' names, and names that are also words, stores, banks or places: "Bill
  Payne", "Joy Banks", "Wendy Kohl", "Macy Gardner", "Marcus Webb", "Ally Fischer", "Harper Lowe", "Houston
  Price", "Charlotte Vance", "Cash Whitley", "Tiffany Ross", "Jericho Dizon"); a credit-union lexicon
  (``heldout10_lexicon.yaml``: "Pemberton Federal Credit Union", named after its founder, CardGuard, MemberLink,
  Courtesy Pay, Skip-a-Pay, Holiday Club, and credit unions it competes with, Navy Federal, PenFed, BECU,
  Randolph-Brooks, Wright-Patt); brand words ``HELDOUT10_BRANDS`` (merchants on a statement, many named after
  people: Dillard's, Macy's, Kohl's, Wendy's, Trader Joe's, Lane Bryant, Ross; payment apps and credit bureaus;
  banks and brokers named after people or places: Charles Schwab, Edward Jones, Raymond James, Huntington, Marcus,
  Fifth Third; networks: Visa, Allpoint, CO-OP, Pulse, Star; subscriptions: Peacock, Match, Audible; travel:
  Delta, United, Norwegian; crypto and Bitcoin ATMs); phrasings ``*_HELDOUT10``; and, half the time,
  ``Heldout10``'s readings: a one-time-code number checked by its last four and replaced, a "one" long-distance
  prefix, the last four as two pairs, the number a Zelle payment went to read back, a caregiver's own number, ten
  digits as one written run then repeated slowly, a read-back with one digit wrong corrected by its last pair; a
  lost card known by its last four with the agent listing the cards on file, two joint owners' cards, new cards
  read with "and" between groups, a worn card, sixteen digits as one run, a wrong third group corrected; short
  member numbers over two turns, the credit union's routing number (not PII) beside the member's account number
  for direct deposit, an outside bank's routing (not PII) and account number for an ACH link, "D R" dispute
  numbers starting like a year, a joint account's last four, loan numbers with a suffix; the social's last four
  repeated by the agent or given after the caller hesitates, a caregiver reading a social off the card, a joint
  owner's social read back with the middle wrong; e-mails at older providers ("juno", "sbcglobal"), "at sign",
  digits after a pause, a Zelle payee's address, a spelled address whose read-back gets the domain wrong; spouses
  and caregivers calling with the member on the line, the name as embossed ("T. Bekele"), spelling with "for"
  ("K for king"), a Zelle payee's name, the agent's name beside the credit union's, an estate; replacement cards
  sent to a relative, directional and ordinal streets ("north east forty fifth Street"), state routes, zip+4,
  holiday birthdays ("Christmas Eve, nineteen fifty one"), read-backs of dates written; and card-line numbers and
  words that are not PII (amounts, limits, fees, rates, reason codes, the credit union's routing and lost-card
  numbers, transaction dates, travel dates and destinations named like people: Florence, Charlotte, Victoria).
- **heldout11** (fresh, blind): a property management company's resident and leasing line: rent payments and late
  fees, maintenance requests, renewals, move-in/move-out, deposit refunds to forwarding addresses, applicants with
  employer and landlord references, co-signers, parking permits, pets. Written blind (the author had not read the
  redactor or its tests), with ``--splits heldout11 --seed 1111``. Customer filler from CLINC150's full test split
  at offset 5 (every seventh; bill, payment, income, credit-score, insurance, smart-home and reminder intents, and
  phone-line talk), Banking77 train at offset 3 (every fifth; payment, refund, direct-debit and identity intents)
  and Bitext's 27k sample at offset 6 (every seventh; payment, refund, account and complaint intents, no typo or
  offensive lines), dropping lines that hold a lower-case common name; agent filler ``AGENT_HELDOUT11``; names
  ``NAMES_HELDOUT11`` (Ghanaian, Polish, Igbo, Uzbek, Lithuanian, Sri Lankan, Tongan, Samoan, Kazakh... and names
  that are also words, places, brands or the business's own words: "Winston Gates", "Brooke Park", "Hazel Woods",
  "Kia Mitchell", "Harmony Hall", "Cash Walker", "Lincoln Cross"); a property-manager lexicon
  (``heldout11_lexicon.yaml``: "Calloway Residential", named after its founder, communities named after people,
  Harrington Place, Sloane Gardens, Beaumont Lofts, plans FlexPay Rent, Deposit Alternative, Valet Trash, and
  competitors Greystar, Camden, Morgan Properties, Lincoln Property Company); brand words ``HELDOUT11_BRANDS``
  (portals and payment apps: RentCafe, AppFolio, Yardi, Bilt, Flex, Zelle; listing sites: Zillow, Craigslist,
  Zumper; screening and renters insurance: TransUnion, Experian, SmartMove, Rhino, Lemonade; appliances and locks,
  many named after people or places: Whirlpool, Maytag, Kenmore, Carrier, Schlage, Yale, Chamberlain, Latch;
  movers, stores and pest control: U-Haul, PODS, Home Depot, Orkin; utilities; pet businesses: Petco, Banfield,
  VCA); phrasings
  ``*_HELDOUT11``; and, half the time, ``Heldout11``'s readings: a landlord reference's or employer's number given
  unasked (with an extension), a number broken off when the maintenance man knocks and finished later, a read-back
  with one digit wrong and the caller's correction, digits and words mixed ("512 eight oh six"), ten digits in one
  breath, a new number offered when the agent checks the one "ending in", cards group by group, a misread group
  restarted, Amex 4-6-5 with the last five read back, resident account numbers with a letter read back written,
  gate, lock-box and garage codes ("pound", "star", "then the key button"; labelled ``account``, as access
  credentials), licence plates with the state and NATO or "as in" letters read back written (``account``), "W O"
  work orders, application numbers character by character, housing-voucher numbers, autopay bank accounts over two
  turns, SSNs with "dash" or over two turns read back written, a co-signer's SSN read off a form, ITINs (``ssn``),
  e-mails with a pet's name and digits, a written read-back missing an L, spelled with "as in", "hyphen";
  co-signers, roommates added to the lease, landlords by title and surname, technicians and leasing agents by
  first name, surnames spelled with "double", "last name, first name"; a unit number alone ("unit twenty two oh
  four", labelled ``address``), forwarding addresses with the zip read back, "care of" addresses, APO addresses,
  dates of birth in six forms; and numbers and names a rental call has that are not PII (rent, fees, square feet,
  lease terms, filter sizes, quiet hours, pets' names such as "Charlie", "Duke" or "Penny", unlabelled).
- **heldout12** (fresh, blind): an online retailer's customer care line (a mid-size store selling home goods,
  apparel and electronics, with its own store credit card and loyalty program): order status and tracking, returns
  and exchanges, refunds to cards, damaged or missing deliveries, shipping-address changes, gift cards with a PIN,
  store credit card payments and applications, log-in and e-mail changes, price adjustments. Written blind (the
  author had not read the redactor or its tests), with ``--splits heldout12 --seed 1212``. Customer filler from
  CLINC150's full train split at offset 5 (every eleventh; order, order-status, rewards, bill, card and application
  intents, and phone-line talk) and Bitext's 27k sample at offset 2 (every seventh; order, delivery,
  shipping-address, refund, invoice, payment, account and complaint intents, no typo or offensive lines, no
  "u"/"ur"), dropping lines that hold a lower-case common name; agent filler ``AGENT_HELDOUT12``; names
  ``NAMES_HELDOUT12`` (Armenian, Mongolian, Irish, Georgian, Finnish, Samoan, Welsh, Burmese, Basque, Czech, Hmong,
  Tigrinya, Tamil, Fijian, Kazakh... and names that are also words, stores, brands or places: "Crystal Penney",
  "Macy Hollister", "Carter Lowe", "Tiffany Kay", "Dell Patterson", "Chase Bedford", "Paige Turner", "Brooklyn
  Ross", "Sterling Price"); a retailer lexicon (``heldout12_lexicon.yaml``: "Marlowe & Finch", named after its
  founders, Marlowe Card, Finch Perks, Perks Cash, its own labels named like people, Harper Lane, Juniper Hale,
  Otto Reed, Stella Marsh, services Price Match Promise, Marlowe Protect, and competitors Wayfair, Crate and Barrel,
  Pottery Barn, Williams Sonoma, Kohl's); brand words ``HELDOUT12_BRANDS`` (carriers: UPS, FedEx, USPS, OnTrac;
  apparel brands, many named after people: Levi's, Calvin Klein, Ralph Lauren, Tommy Hilfiger, Kate Spade, Eddie
  Bauer, Steve Madden; home brands: KitchenAid, Le Creuset, Martha Stewart, Rachael Ray, Hamilton Beach; electronics;
  payment services and card issuers: Afterpay, Klarna, Synchrony, Comenity; other stores: Macy's, Dillard's,
  JCPenney, TJ Maxx, Marshalls, Ross); phrasings ``*_HELDOUT12``; and, half the time, ``Heldout12``'s readings: the
  order looked up by phone, the area code then a pause, a number broken off by the doorbell and finished later, a
  neighbour's number for the delivery, a work number and a cell in one turn, a read-back with the middle group wrong
  and corrected, a loyalty number that "is just my phone number" (``phone``); a refund card picked from two last
  fours, a card group with one digit corrected, Amex 4-6-5 read back written, gift cards of sixteen or nineteen
  digits over two turns (``card``) with the scratch-off PIN (``account``, an access credential), a debit card paying
  the store card; "M F" order numbers (NATO or "as in" letters) read back written, two orders in one call, "R M A"
  return authorisations, store-card account numbers over two turns with the last four read back, loyalty numbers
  (all ``account``); the social for a store-card application (written with dashes, or over two turns) with the last
  four read back, the last four for verification, a hesitant caller; an old and a new log-in e-mail, underscores read
  back as a dot and corrected, digits, spelled local parts with "as in", a family domain, written lower-case
  addresses; gift recipients, the name an order is under, the person who signed for a package ("K. Pereira"),
  "Mc"/"Mac"/"O'" surnames spelled with "capital" and "apostrophe", NATO-spelled surnames, a spouse as the
  cardholder, the agent's name beside the store's; apartments ("apt", "number", "pound"), office suites with a
  floor, building and unit, billing addresses that differ from shipping, the zip read back; dates of birth year
  first, "May 24th, 1967", "the seventeenth of August", "7-14-88", read back written; and numbers a retail call has
  that are not PII (prices, price adjustments, totals, promo codes "SPRING twenty five", SKUs and item numbers,
  sizes, quantities, delivery windows, return windows, restocking and APR percentages, the store's toll-free number,
  a warehouse's zip, Perks points).
- **heldout13** (fresh, blind): a tax preparation and payroll service's phone line for individuals and small
  businesses: refund status, e-file rejections, identity verification, prior-year AGI and e-file PINs, dependents,
  refund direct deposit, payroll runs for small employers, W-2/1099 corrections, IRS and state notices, payment
  plans, prep fees charged to cards. Written blind (the author had not read the redactor or its tests), with
  ``--splits heldout13 --seed 1313``. Customer filler from CLINC150's full train split at offset 6 (every eleventh;
  taxes, W-2, income, payday, direct-deposit, bill and transfer intents, and phone-line talk), CLINC150's full
  validation split (work and meta intents only), Banking77 train at offset 3 (every fifth; the transfer intents
  heldout11 left there) and Bitext's 27k sample at offset 1 (every seventh; payment, refund, invoice, account and
  complaint intents, no typo or offensive lines, no "u"/"ur"), dropping lines that hold a lower-case common name;
  agent filler ``AGENT_HELDOUT13``; names ``NAMES_HELDOUT13`` (Hmong, Tamil, Armenian, Georgian, Fijian, Pashto,
  Dutch, Cape Verdean, Albanian, Mongolian, Eritrean, Burmese, Lao, Dominican, Icelandic, K'iche', Chamorro, Navajo,
  Bosnian... ordinary names, and names that are also months, words, brands or tax words: "April Summers", "June
  Castillo", "Emily Roth", "Brendan Keogh", "Devon Block", "Liberty Moore", "Sage Fuller", "Chase Irwin", "Jackson
  Hughes", "Ira Feldman", "Penny Carver"), dependents by first name (``DEPENDENTS_HELDOUT13``); a tax-firm lexicon
  (``heldout13_lexicon.yaml``: "Delaney Tax and Payroll", named after its founder, tiers Delaney Basic, Delaney
  Deluxe, Self-Employed Plus, DocDrop, PayDay Payroll, Pay With Refund, Refund Advance, Audit Defense, and
  competitors H&R Block, Jackson Hewitt, Liberty Tax, Padgett); brand words ``HELDOUT13_BRANDS`` (tax software,
  some after people: TurboTax, TaxAct, FreeTaxUSA, Drake, Lacerte; payroll companies: ADP, Paychex, Gusto; banks
  and prepaid cards refunds go to: Chase, Santa Barbara, Green Dot, Netspend; government bodies: IRS, Social
  Security Administration, Franchise Tax Board, EFTPS, ID.me; accounts named after people: Roth IRA, Keogh,
  Coverdell; brokers; gig platforms that send 1099s; bookkeeping apps: QuickBooks, Xero, Sage, Bench); phrasings
  ``*_HELDOUT13``; and, half the time, ``Heldout13``'s readings: a callback number after the agent reads out the
  firm's toll-free number (not PII), a number broken off when a child interrupts, a read-back with the middle group
  wrong and the caller's correction, "triple", a spouse's cell, seven digits then the area code, a text code to the
  number ending in ...; a prep fee on the card ending in ..., cards group by group echoed by the agent, Amex 4-6-5, a
  declined card and a second one, a written card number and its billing zip (``address``); refund direct deposit
  with the bank's routing number (not PII) and the account number over turns, read back with a digit wrong, a
  refund sent to a closed account ending in ..., sole proprietors' EINs, IRS identity protection PINs and e-file
  PINs (all ``account``, as this file labels IDs and personal codes) beside the prior-year AGI (an amount, not PII),
  client IDs with NATO or "as in" letters, a new hire's bank account; SSNs over three turns read back written, a
  dependent's SSN the IRS rejected with the agent's wrong number and the caller's fix, a spouse's ITIN (``ssn``),
  last fours, "hundred" groups; business e-mails, e-mails with a year in them, "as in" spelled local parts,
  "underscore", "dot net, not dot com", a bookkeeper's address; joint filers, dependents named and spelled, married
  and maiden names, a spouse who died in the tax year, new hires, preparers by title and surname, agents beside the
  firm's name; new addresses after a move, home businesses, P O boxes, rural routes, the old address a check went
  to, zips read back; dates of birth of taxpayers and spouses and a baby born in the tax year; and tax-line numbers
  and words that are not PII (refunds, balances, fees, AGI, tax years, form, box and line numbers, notices such as
  CP two thousand and CP01A, deadlines, percentages, counts of dependents, office hours, the firm's own number).
- **heldout14** (fresh, blind): a moving and self-storage company's customer line: local and long-distance moves
  (pickup and delivery addresses, apartments, floors and elevators, move dates and arrival windows), estimates and
  binding quotes, deposits by card, truck and van rental with the renter's driver's licence, self-storage units on
  autopay, gate codes and locks, late fees and lien notices, damage and valuation claims, coverage for stored goods,
  emergency contacts, and a soft credit check (SSN) for a long-term storage contract. Written blind (the author had
  not read the redactor or its tests), with ``--splits heldout14 --seed 1414``. Customer filler from CLINC150's full
  train split at offset 8 (every eleventh; car-rental, distance, directions, insurance, calendar, bill and card
  intents, and phone-line talk) and Bitext's 27k sample at offset 11 (every fourteenth; cancellation, change,
  delivery, shipping-address, refund, payment, invoice and complaint intents, no typo or offensive lines, no
  "u"/"ur"), dropping lines that hold a lower-case common name; agent filler ``AGENT_HELDOUT14``; names
  ``NAMES_HELDOUT14`` (Malagasy, Latvian, Slovak, Catalan, Uyghur, Kurdish, Sinhala, Marathi, Tatar, Tswana, Wolof,
  Inuit, Estonian, Macedonian, Bulgarian, Oromo, Hausa, Shona, Sami, Cajun, Brazilian, Filipino, Pashto, Tongan,
  Finnish, Irish... ordinary names, and names that are also words, places, brands or moving words: "Chase Packer",
  "Miles Porter", "Ryder Collins", "Dallas Moore", "Sierra Ford", "Penny Stanley", "Hunter Lowe", "Cash Mayfield",
  "Rocky Hill", "Crystal Banks"); a mover's lexicon (``heldout14_lexicon.yaml``: "Bramwell Moving and Storage",
  named after its founder, Bramwell Self Storage, Bramwell Truck Rental, the GateKey app, MoveSmart Estimate, plans
  Full Value Protection, StoreSafe Coverage, Pack and Load, Price Lock Guarantee, Climate Plus, and competitors
  named after people or places, Gentry Brothers Movers, Lakeshore Van Lines, Dalton and Sons Moving, Harbor Point
  Storage, McAllister Self Storage); brand words ``HELDOUT14_BRANDS`` (truck rental: U-Haul, Penske, Ryder, Budget,
  Enterprise, Hertz; movers and van lines, many after people or places: Two Men and a Truck, Atlas, Allied,
  Mayflower, Bekins, Wheaton, Arpin, Graebel, PODS; storage chains: Public Storage, Extra Space, CubeSmart, Life
  Storage; box and supply brands: Uline, Bankers Box, Sterilite, Rubbermaid; locks: Master Lock, Abus, Stanley,
  Brinks; insurers: State Farm, Allstate, Lemonade, Liberty Mutual; apps and payments: Google Maps, Waze, Yelp,
  Thumbtack, HireAHelper, Craigslist, Affirm, Zelle); phrasings ``*_HELDOUT14``; and, half the time,
  ``Heldout14``'s readings: a number broken off when somebody knocks and finished later, the company's toll-free
  number (not PII) before the caller's, an emergency contact's or a relative meeting the truck given with a name,
  a read-back with a digit of the last group wrong and the caller's correction, seven digits then the area code,
  "triple"; deposit cards group by group echoed by the agent, Amex 4-6-5 with the last five read back, an autopay card
  that expired and the new one over two turns, a card on file by its last four, eight and eight with the third
  group read back wrong, a written card and its billing zip (``address``); reservation numbers with NATO or "as in"
  letters read back written, storage customer numbers over two turns read back with a digit wrong, claim numbers
  that start like a year ("C L, twenty twenty six ..."), driver's licence numbers after the state, gate codes
  ("star ... pound", a code that sounds like a year, a new code read back), a combination lock's numbers, a storage
  unit's number said with its gate code (all ``account``: IDs and access credentials tied to the caller); SSNs
  for the credit check over two or three turns read back written, after the caller asks why, written with dashes,
  and last fours; e-mails spelled with "as in", "dash", digits, a work address for a company-paid relocation, a
  read-back with a wrong letter answered by spelling the surname (``person``); agents beside the company's name,
  the crew lead or driver by first name, someone added to the unit's access list, the name a truck is rented under
  spelled, NATO-spelled surnames; origin and destination addresses in one call, apartments with the floor and the
  freight elevator (the floor alone is not PII), billing addresses, zips read back, the company's branch number
  (not PII); dates of birth for a truck renter or a credit check, one said with the pickup date (not PII); and
  moving-line numbers that are not PII (unit sizes "ten by ten", truck lengths, price per mile, pounds, cubic feet,
  binding quotes, hourly crew rates, crew sizes, floors, arrival windows, move dates, late fees, lien sale dates,
  valuation per pound, percentages, the promo code MOVE twenty, the company's own number).
- **heldout15** (fresh, blind): a veterinary hospital group's client line: appointments, vaccinations, surgery
  estimates and deposits, prescriptions and refills, pet insurance claims, boarding and grooming, payment plans with
  a credit application, lost-pet microchip lookups, after-hours pickup. Written blind (the author had not read the
  redactor or its tests), with ``--splits heldout15 --seed 1515``. Customer filler from CLINC150's full train split
  at offset 4 (every eleventh; reminder, calendar, bill, card, insurance and pet intents, and phone-line talk) and
  Bitext's 27k sample at offset 0 (every seventh; payment, refund, invoice, account and complaint intents, no typo or
  offensive lines, no "u"/"ur"), dropping lines that hold a lower-case common name; agent filler
  ``AGENT_HELDOUT15``; names ``NAMES_HELDOUT15`` (Bangladeshi, Romanian, Polish, Ghanaian, Samoan, Kazakh, Irish,
  Norwegian, Igbo, Vietnamese, Quechua, Persian, Hawaiian, Ukrainian, Swazi, Korean, Hazara, Italian, Maori...
  ordinary names, and names that are also pet names, dog breeds, words, brands or places: "Buddy Walsh", "Daisy
  Hill", "Bailey Fisher", "Sadie Barker", "Hunter Pointer", "Penny Shepherd", "Cooper Banfield", "Jack Russell",
  "Bella Fox"), pets by name (``PETS_HELDOUT15``, many human names: "Frank", "Linda", "Oliver"; never labelled); a
  vet-group lexicon (``heldout15_lexicon.yaml``: "Ashcombe Animal Hospitals", named after its founding vet, Ashcombe
  Willow Creek, Maddox Emergency Center, PawPortal, Happy Tails Boarding, plans Ashcombe Wellness Plan, Puppy Start,
  Golden Years Care, PetPay Plan, Dental Plus, competitors Banfield Pet Hospital, Sloan Veterinary Clinic, Lakewood
  Animal Clinic, BluePearl, the promo code NEWPET twenty); brand words ``HELDOUT15_BRANDS`` (pet foods, many after
  people or places: Hill's Science Diet, Royal Canin, Purina Pro Plan, Iams, Eukanuba, Fromm, Merrick; medications:
  NexGard, Bravecto, Heartgard, Apoquel, Rimadyl, Seresto, Galliprant; pet insurers: Trupanion, Nationwide, Healthy
  Paws, Embrace, Figo, Lemonade, Spot; clinics: Banfield, VCA, BluePearl, MedVet; stores: PetSmart, Petco, Chewy,
  Tractor Supply; apps and financing: Rover, Wag, PetDesk, CareCredit, Scratchpay); phrasings ``*_HELDOUT15``; and,
  half the time, ``Heldout15``'s readings: an owner introducing herself as a pet's mom with her number, a number
  broken off when the dog barks and finished later, the hospital's main line (not PII) before the caller's, a
  read-back with the last group wrong and the caller's correction, digits and words mixed; surgery deposits group by
  group echoed by the agent, eight and eight over two turns, Amex 4-6-5 with the last five read back, a card on file
  by its last four; client numbers, pet-insurance policy and claim numbers with NATO or "as in" letters read back
  written, fifteen-digit microchip numbers over two turns with a wrong read-back of the end, portal PINs, after-hours
  door codes with "pound" (all ``account``: IDs and access credentials tied to the owner); SSNs for the payment-plan
  credit application over two turns, read back written, and last fours; e-mails with a pet's name in them, spelled
  surnames, initial-dot-surname read back written; owners named beside their pets, "last name, first name", a
  spouse picking a pet up from boarding, spelled surnames; home addresses with the zip asked separately; owners'
  dates of birth (one beside the pet's surgery date, not PII); and vet-line numbers that are not PII (weights in
  pounds and kilos, pets' ages, doses, prices and estimates, appointment times, exam rooms, vaccine lot numbers,
  insurance percentages and deductibles, boarding rates, the hospital's own number).
- **heldout16** (fresh, blind): a fitness club chain's member services line: memberships, freezes and cancellations,
  dues on the card or checking account on file, member, key-fob and barcode numbers, a lost fob, guest passes,
  personal-training packages, class bookings, locker rentals, childcare at the club, corporate and insurance fitness
  programs, a disputed annual fee. Written blind (the author had not read the redactor or its tests), with ``--splits
  heldout16 --seed 1616``. Customer filler from CLINC150's full train split at offset 10 (every eleventh; bill, card,
  expiry, freeze, calorie, nutrition, insurance, calendar and reminder intents, and phone-line talk) and Bitext 20000
  at offset 7 (every ninth; cancellation, refund, invoice, account and complaint intents, no typo or offensive lines,
  no "u"/"ur"), dropping lines that name a bank, a dog or Alexa and lines that hold a lower-case common name; agent
  filler ``AGENT_HELDOUT16``; names ``NAMES_HELDOUT16`` (Rwandan, Thai, Croatian, Slovene, Egyptian, Chilean,
  Belarusian, Tajik, Faroese, Afrikaner, Luo, Lebanese, Japanese, Azerbaijani, Jamaican, Malay, Zulu, Maori, Turkish,
  Nahuatl, Tongan... ordinary names, and names that are also words, brands, places or gym words: "Nike Adebayo",
  "Sterling Gold", "Rowan Cross", "Crystal Barr", "Dallas Strong", "Lulu Mendez", "Summer Lyons", "Bentley Power"),
  family-plan members, children and trainers by first name (``FAMILY_HELDOUT16``, ``TRAINERS_HELDOUT16``: "Hunter",
  "Chase", "Summer", "Brock"; labelled ``person``); a gym lexicon (``heldout16_lexicon.yaml``: "Halloran Athletic
  Clubs", named after its founder, clubs Halloran Eastgate, Halloran Bishop's Crossing, Halloran Wexford Commons, the
  HalloranGo app, Halloran Kids Corner, plans Basic Access, Peak Membership, Family Add-On, Flex Freeze, Momentum
  Training Pack, Silver Circle, classes Ironworks Bootcamp, Harbor Ride, Beckett Burn, competitors Dalton's Gym,
  Marston Athletic Club, Riverbend YMCA, the promo code FRESHSTART thirty); brand words ``HELDOUT16_BRANDS`` (gyms and
  studios, many after people or places: Gold's Gym, Lucille Roberts, Bally Total Fitness, Barry's, Boston Sports
  Clubs, LA Fitness, Life Time; class formats: Les Mills BodyPump, Zumba, Tabata, Bikram, Lagree; wearables, apps and
  payments: Fitbit, Garmin, Whoop, Strava, ClassPass, Apple Pay, Klarna; equipment: Precor, Technogym, Concept2,
  Hammer Strength, StairMaster; insurance fitness programs and insurers: SilverSneakers, Renew Active, Silver and Fit,
  Humana, Aetna; nutrition and diets: Premier Protein, Celsius, Jenny Craig, Noom, Smoothie King; apparel: Lululemon,
  Gymshark, Dick's Sporting Goods); phrasings ``*_HELDOUT16``; and, half the time, ``Heldout16``'s readings: a member
  looked up by phone and checked by the last four, a number broken off on the gym floor (a dropped barbell, the
  treadmill) and finished later, the chain's toll-free line (not PII) before the caller's, a written read-back with
  the middle group wrong corrected with "not ...", a teen's cell for the family add-on, an emergency contact for the
  kids' room, "forty four hundred", "triple"; dues cards group by group echoed by the agent, a bounced card known by
  its last four and the replacement with its expiry (not PII), Amex 4-6-5 with the last five read back, eight and
  eight with the third group read back wrong, a written card and its billing zip (``address``); member numbers in
  threes, twelve-digit fob barcodes over two turns with the end read back wrong, a replacement fob's number, dues from
  checking with the bank's routing number (not PII) and the account number over two turns, Medicare numbers (letters
  and digits) for a senior program, fitness program IDs with NATO or "as in" letters read back written, a rental
  locker's combination, a childcare pickup code, "C S" dispute case numbers, corporate wellness employee IDs (all
  ``account``); the social's last four, after the caller asks why, a caller who starts the whole number, a spouse's
  last four given first; e-mails with gym words ("lifts", "run ... run", "dot fit"), underscores, work domains for a
  corporate rate, the local part spelled with "as in", a written read-back with a wrong letter answered by spelling
  the surname (``person``); members at a club named after a place, guests on a guest pass, family-plan members,
  trainers and instructors, a spouse or parent's membership, "last name ..., first name ...", surnames spelled with
  "as in"; a fob mailed home (the house number read back wrong), apartments and units with the city and zip asked
  separately, an old and a new address in one turn, P O boxes; dates of birth in five forms, one beside a visit date
  (not PII), a child's birthday for the kids' room; and gym numbers that are not PII (class times, dues and fees,
  freeze fees, guest passes, training-package prices, weights and reps, lockers, club numbers, visit dates,
  percentages, heart rates, pool lengths, studio rooms, freeze dates, the corporate office's address, the chain's own
  number, the promo code).
- **heldout17** (fresh, blind): a mortgage loan servicer's borrower line: monthly payments and autopay from a bank
  account, escrow for property taxes and homeowners insurance, escrow shortages, payoff quotes, late charges,
  forbearance and hardship, loan modification, mortgage insurance removal, loans transferred from another servicer,
  co-borrowers and spouses, surviving spouses, relatives and attorneys authorized on the loan, one-time debit card
  payments, e-statements. Written blind (the author had not read the redactor or its tests), with ``--splits heldout17
  --seed 1717``. Customer filler from CLINC150's full train split at offset 2 (every eleventh; bill, balance,
  interest-rate, minimum-payment, routing, credit-score, insurance, tax and income intents, and phone-line talk),
  Banking77 train at offset 1 (every fifth; only the direct-debit, balance-not-updated, identity-check and
  extra-charge intents heldout9 and heldout10 left there) and Bitext 20000 at offset 4 (every eighteenth; payment,
  invoice, account and complaint intents, no typo or offensive lines, no "u"/"ur"), dropping lines that name a bank or
  talk of cards, top-ups, pounds, rent, pets, orders or shipping, and lines that hold a lower-case common name; agent filler
  ``AGENT_HELDOUT17``; names ``NAMES_HELDOUT17`` (Samoan, Tibetan, Croatian, Igbo, Persian, Mongolian, Polish, Kikuyu,
  Welsh, Khmer, Vietnamese, Yemeni, Gujarati, Hawaiian, Quechua, Irish, Tatar, Malayali, Ghanaian, Mexican, Tongan,
  Czech, Israeli, Yoruba, Uzbek, Cajun, Greek Cypriot... ordinary names, and names that are also words, lenders,
  agencies, banks, brands or places: "Fannie Whitlock", "Freddie Castillo", "Mae Thibodeaux", "Cooper Ashby", "Grant
  Keller", "Regina Wells", "Liberty Dawson", "Sterling Banks", "Earnest Hale", "Trinity Carrington", "Austin
  Travers"); a servicer lexicon (``heldout17_lexicon.yaml``: "Galloway Mortgage Servicing", named after its founder,
  the HomeLedger app, Galloway Payment Center, Payoff Express, plans SmartPay Biweekly, EscrowEase, Homeowner Bridge
  Plan, Keystone Relief, Fairhaven Fixed Thirty, the Whitney Assistance Fund, named after a person, and competitors
  Dunmore Home Lending, Abernathy Federal Savings, Crescent Bay Mortgage, Prescott and Kline Lending); brand words
  ``HELDOUT17_BRANDS`` (agencies that sound like people: Fannie Mae, Freddie Mac, Ginnie Mae, and FHA, VA, HUD, CFPB;
  loan programs: HomeReady, Home Possible, Flex Modification, Hardest Hit Fund, Good Neighbor Next Door; homeowners
  insurers: State Farm, Allstate, Liberty Mutual, Travelers, Erie, Chubb, Hippo; banks, some after people or places:
  Wells Fargo, Charles Schwab, Fifth Third, Huntington, Regions, Truist; servicers, some after people or places: Mr.
  Cooper, Rocket Mortgage, PennyMac, Shellpoint, Carrington, Lakeview, Guild Mortgage; real estate and title: Zillow,
  Redfin, Keller Williams, Coldwell Banker, Century 21, Sotheby's, Stewart Title, Old Republic; payment services and
  credit bureaus); phrasings ``*_HELDOUT17``; and, half the time, ``Heldout17``'s readings: the servicer's care line
  (not PII) read out and repeated by the caller before the caller's own number, a number broken off (a smoke
  detector, the roofer at the door) and finished later, a home number on file checked by its last four and replaced
  by a cell, a read-back with the middle group wrong corrected with "..., not ...", a co-borrower's cell beside the
  co-borrower's first name, an attorney's office with an extension, "area code" and "forty four hundred"; one-time
  debit card payments after a convenience fee (with the expiry, not PII), group by group echoed by the agent, a third
  group read back wrong, a declined card and a second one, a card named by its bank (``bank`` keep), a card on file
  by its last four; ten-digit loan numbers (some starting "oh oh"), over two turns read back with a digit wrong, a loan
  transferred from another servicer with the old and the new loan numbers, autopay accounts over two turns after the
  bank's routing number (not PII), a drafting account's last four, forbearance case numbers "F B, twenty twenty six,
  ..." read back written, homeowners policy numbers with NATO or "as in" letters after the insurer's name (all
  ``account``); SSN last fours (repeated by the agent, after the caller asks whether the line is secure, a
  co-borrower's), a full SSN for a modification over two turns read back written, a late parent's SSN; e-statement
  e-mails (initial and surname with digits read back written, "as in" spelled, "underscore", a birth year, a
  paralegal's firm address, a read-back missing a letter answered by spelling the surname, ``person``); relatives
  calling for a parent and naming themselves, an attorney and the client in bankruptcy, co-borrowers and ex-spouses,
  a surviving spouse, "last name, first name", surnames spelled with "as in", the agent's name beside the servicer's;
  property addresses with the city, state and zip, a rental property and a mailing address in one turn, the
  property's zip alone for verification, a house number read back with two digits swapped and corrected digit by
  digit, the borrower's P O box after the servicer's payment P O box (not PII); dates of birth in five forms, both
  borrowers' in one turn, one beside the due date (not PII); and mortgage numbers that are not PII (payments with
  escrow, rates and APRs, escrow shortages, due dates, the fifteen-day grace period, late charges, the payoff's daily
  interest, the tax year, policy periods and premiums, an "H O three" policy form, payment confirmation numbers "P M
  T ...", the loan's term, payments made and balance, the purchase price, the servicer's own number and P O box).
- **heldout18** (fresh, blind): a home-security alarm monitoring company's monitoring center and customer care line:
  alarm signals and false-alarm dispatches, verbal passwords and keypad codes, emergency contacts and keyholders on
  the call list, sensors and zones, low batteries, service appointments for installers, monitoring plans and billing,
  equipment financing, moving the service to a new home, cancellations. Written blind (the author had not read the
  redactor or its tests), with ``--splits heldout18 --seed 1818``. Customer filler from CLINC150's full train split at
  offset 0 (every eleventh, which no other split took; bill, card-declined, expiry, smart-home, reminder and calendar
  intents, and phone-line talk) and Bitext's 27k sample at offset 9 (every thirteenth; cancellation, payment,
  invoice, account and complaint intents, no typo or offensive lines, no "u"/"ur"), dropping lines that talk of
  orders, shipping, purchases, refunds, banks, pets, cars or the assistant, and lines that hold a lower-case common
  name; agent filler ``AGENT_HELDOUT18``; names ``NAMES_HELDOUT18`` (Estonian, Kurdish, Wolof, Maltese, Sinhala,
  Bhutanese, Slovak, Ndebele, Tahitian, Norwegian, Kazakh, Sardinian, Guarani, Tongan, Lithuanian, Navajo, Basque,
  Maori... ordinary names, and names that are also words, brands, places or security words: "Alexa Moreno", "Yale
  Morrison", "August Reyes", "Arlo Jennings", "Sierra Vaughn", "Echo Sandoval", "Chase Brinker", "Justice Ward",
  "Haven Price", "Ranger Holt", "Winter Knight"); an alarm-company lexicon (``heldout18_lexicon.yaml``: "Aldridge
  Home Security", named after its founder, Aldridge Central Station, the Beacon Hub panel, the HomeSentry app,
  KeyWatch fobs, plans Essential Watch, Premier Watch, Total Home Shield, Video Verify, MoveSafe, Silver Sentinel, the
  Tobin Protection Plan, named after a person, competitors Brightwell Protection, Corbin Alarm Company, Fairbanks
  Security Group, Lakeshore Alarm, campaigns Safe at Home Month, Refer a Neighbor, the promo code WATCHFREE); brand
  words ``HELDOUT18_BRANDS`` (alarm companies, many after people or places: ADT, Vivint, SimpliSafe, Brinks Home,
  Guardian Protection, Bay Alarm, Protection 1, Pinkerton; panels and cameras: Honeywell, Resideo, Qolsys, Alarm.com,
  Arlo, Ring, Nest, Eufy, First Alert; smart locks: Schlage, Kwikset, Yale, August, Baldwin, Medeco; smart-home
  platforms: Alexa, Google Home, SmartThings, Z-Wave, Zigbee; medical alert services: Life Alert, Medical Guardian,
  Lively; carriers, homeowners insurers, movers and batteries: Duracell, Energizer); phrasings ``*_HELDOUT18``; and,
  half the time, ``Heldout18``'s readings: the monitoring center's own line (not PII) before the caller's number, a
  number broken off by a beeping keypad or the siren and finished later, an emergency contact's name and cell in one
  turn read back written, a primary number on file checked by its last four and replaced, a read-back with the last
  four wrong corrected with "..., not ...", digits and words mixed in a group, "double" and "triple", a husband's cell
  given during a fire-alarm call; cards group by group echoed by the agent, Amex 4-6-5 with the last five read back,
  an expired card on file by its last four and the new card over two turns (its expiry not PII), a second group read
  back wrong and corrected; monitoring account numbers with NATO or "as in" letters read back written, central-station
  numbers read off the panel sticker (hex letters and digits), verbal passwords that are words or phrases ("blue
  heron", "Walter"; a wrong one first, then the right one), keypad user codes, a gate code given with the address,
  city alarm-permit numbers "A P, twenty twenty five, dash ..." read back written, customer numbers over two turns
  read back with a digit wrong (all ``account``: IDs and access credentials tied to the customer); SSNs for equipment
  financing over two turns read back written, last fours (repeated by the agent, after the caller asks why an alarm
  company needs it, a wife's); e-mails with digits read back written, two addresses in one turn, "underscore", "as
  in" spelled local parts, a domain read back wrong and corrected; keyholders and emergency contacts, a housekeeper,
  dog walker or neighbor answering the operator during an alarm, a child calling about a parent's account, the
  installer and the agent by first name, "last name ..., first name ...", surnames spelled; premises addresses with
  the city, state and zip, the old and the new address in one turn when moving, a unit with a gate code, the zip
  alone, a house number read back with two digits swapped and corrected digit by digit; dates of birth in five forms;
  and alarm numbers that are not PII (zones, false-alarm fines, monitoring prices, trip charges, termination fees,
  sensor models "D W ten" and batteries "CR two oh three two", entry delays, appointment windows, contract months,
  freeze-sensor temperatures, decibels, signal counts, alarm times, insurance discounts, the monitoring center's own
  number).
- **heldout19** (fresh, blind): a parcel carrier's customer line: tracking, missed deliveries and redelivery,
  delivery instructions with gate, buzzer and lock-box codes, redirects to another address or a pickup point,
  parcel lockers, pickups for returns, customs duties and import taxes on international parcels (the caller as
  importer of record), damaged and lost parcels and claims, small businesses' shipping accounts, signature release,
  age-verified deliveries. Written blind (the author had not read the redactor or its tests), with ``--splits
  heldout19 --seed 1919``. Customer filler from CLINC150's full train split at offset 0 (every eleventh, which no
  other split took; order-status and measurement-conversion intents, and phone-line talk) and Bitext
  20000 at offsets 1 and 6 (every ninth; tracking, delivery and shipping-address intents, one in three complaint and
  agent-request lines, no typo or offensive lines, no "u"/"ur"), dropping lines about tickets, shows, events, newsletters, passwords,
  luggage, flights, recipes, banks or a lower-case "amazon", lines that talk to a bot, and lines that hold a lower-case common name; agent
  filler ``AGENT_HELDOUT19``; names ``NAMES_HELDOUT19`` (Fijian, Basque, Somali, Maltese, Sami, Greenlandic, Hausa,
  Kurdish, Tamil, Sinhala, Lao, Breton, Oromo, Bosnian, Icelandic, Filipino, Chamorro, Ukrainian, Nepali, Tongan,
  Maori, Yoruba, Taiwanese, Afghan, Zulu... ordinary names, and names that are also words, brands, places or carrier
  words: "Hermes Tavares", "Crystal Post", "Sterling Shipley", "Dash Whitmore", "Royal Odum", "Amber Gates", "Chase
  Lockhart", "Rowan Ford", "Georgia Parcell", "Carter Wells"); a carrier lexicon (``heldout19_lexicon.yaml``:
  "Fenwick Express", named after its founder, the DoorLink app, Fenwick Access Point, Hollis Locker (named after a
  person), ParcelGuard, services Swift Two-Day, Ground Saver, Evening Window, Duties Upfront, Fenwick Business
  Select, Marigold Saturday, the Holiday Delivery Promise campaign, the promo code SHIPSMART fifteen, and competitors
  Calder Freight, Ostrander Courier, Bluewater Parcel, Maddox Same Day); brand words ``HELDOUT19_BRANDS`` (carriers
  and posts: UPS, FedEx, DHL, OnTrac, Purolator, Royal Mail, Evri, Hermes, Correos; shops that shipped, many after
  people: Harry & David, Williams Sonoma, Kohl's, Macy's, L.L.Bean, Eddie Bauer, Omaha Steaks; pickup-point stores:
  Walgreens, Dollar General, Lowe's, Meijer, Publix, Casey's; doorbell cameras: Ring, Nest, Arlo, Blink; smart
  locks and entry systems: August, Yale, Latch, ButterflyMX, Level; shipping software: ShipStation, Pirate Ship, Shippo, Sendle; payments; customs agencies and
  brokers: CBP, HMRC, Livingston, C.H. Robinson; shipping protection: Route, Seel, ShipSurance); phrasings
  ``*_HELDOUT19``; and, half the time, ``Heldout19``'s readings: a cell for the driver's texts, a number broken off
  when someone is at the door and finished later, an alerts number on file checked by its last four and replaced, a
  read-back with two digits of the last four swapped corrected with "..., not ...", a neighbor's name and number,
  the carrier's own line (not PII) before the caller's, a UK sender's mobile ("plus four four", "oh seven ...");
  cards for duties, redelivery fees and return labels (group by group echoed by the agent, a group read back wrong,
  a saved card by its last four, Amex 4-6-5 with the last five read back, eight and eight with an interruption, the
  expiry not PII); twelve-digit tracking numbers in fours or digit by digit read back written, over two turns with
  a digit read back wrong, international tracking numbers with letters (NATO or "as in") read back written,
  door-tag numbers "D T ...", gate, buzzer and lock-box codes ("pound", "star", "then the bell key"), parcel-locker
  pickup codes (the old and the reissued one), business shipping account numbers, claim numbers "C L, twenty twenty
  six, ..." read back written (all ``account``); SSNs for customs as importer of record over two turns read back
  written, for a sole proprietor's credit application, last fours (after the caller asks why), an ITIN; e-mails
  (first dot last, initial and surname with digits read back written, "as in" spelled, "dash", a shop's address, a
  written read-back missing a letter answered by spelling the surname, ``person``); addressees, people at a front
  desk or mailroom, a signer on the proof of delivery (upper-case, as the scanner shows it), the agent's name beside
  the carrier's, regular drivers by first name, "last name, first name" and a spouse, surnames spelled with NATO
  words; delivery addresses with the city, state and zip, an apartment with its call-box code (``account``), a
  redirect to an office, a return pickup from the house, a UK address with its postcode, a zip read back with two
  digits swapped; dates of birth for age-verified wine deliveries (beside the delivery day, not PII), for counter
  release, day-first ("the fourth of the ninth, eighty two"), year-first, read back written; and carrier numbers
  that are not PII (weights, sizes, declared values, duties and taxes, fees, delivery windows and dates, stops on
  the route, hold periods, cut-off times, tariff codes, claim deadlines and coverage, box counts, hub scan times,
  the pickup point's hours, the carrier's own line, the promo code).
- **heldout20** (fresh, blind): a retail brokerage's service line for brokerage and retirement accounts: IRA rollovers
  from old 401(k) plans, transfers in from other firms, bank links with routing and account numbers, trades and
  orders, dividends, tax forms, beneficiaries and trusted contacts, account access and two-factor codes, wire
  transfers, required minimum distributions, accounts of a late parent. Written blind (the author had not read the
  redactor or its tests), with ``--splits heldout20 --seed 2020``. Customer filler from CLINC150's full test split at
  offsets 0, 3 and 6 (every seventh, apart from heldout6's and heldout11's 2 and 5; rollover, transfer, balance,
  routing, interest, tax, W-2, income, direct-deposit, fraud, freeze and PIN intents, and phone-line talk) and Bitext
  20000 at offset 3 (every ninth, which no other split took; account, password, sign-up, payment-method, payment-issue
  and agent-request intents, the frequent ones thinned, no typo or offensive lines, no "u"/"ur"), dropping lines that
  name a bank or a card brand or talk of orders, shipping, invoices, bills, mortgages or refunds, and lines that hold
  a lower-case common name; agent filler ``AGENT_HELDOUT20``; names ``NAMES_HELDOUT20`` (Kyrgyz, Moldovan, Ewe, Dinka,
  Chechen, Telugu, Kannada, Javanese, Cebuano, Ilocano, Karen, Kabyle, Baloch, Sindhi, Aymara, Mapuche, Garifuna,
  Lakota, Marshallese, Galician, Manx, Cornish, Scottish Gaelic, Frisian, Luxembourgish, Assamese, Odia... ordinary
  names, and names that are also words, banks, brokers, funds or places: "Stanley Morgan", "Franklin Price", "Chase
  Templeton", "Marcus Goldman", "Ira Castellanos", "Penny Ashford", "Robin Hudson", "Ally Brennan", "Greta Schwab",
  "Harriet Roth", "Goodluck Mensah", "Precious Ndlovu", "Winona Two Bulls"); a brokerage lexicon
  (``heldout20_lexicon.yaml``: "Thackeray & Vance", named after its founders, the Vance Trader app, SecureKey, the
  Harwick Cash Sweep (named after a person), Thackeray Wealth Desk, accounts and funds Core Brokerage Account,
  Rollover IRA Plus, Legacy Roth, Cornerstone Managed Portfolio, Keswick Dividend Growth Fund, Beaumont Target Date
  Fund, competitors Marchetti Securities, Holloway Brothers Brokerage, Brightline Invest, Ridgeway Capital, campaigns
  Rollover Rewards, Spring Transfer Bonus, the promo code NEWVANCE two fifty); brand words ``HELDOUT20_BRANDS``
  (brokers and robo-advisors, many after people: Fidelity, Charles Schwab, Edward Jones, Raymond James, Morgan
  Stanley, Merrill Edge, Robinhood; fund companies, many after people or places: T. Rowe Price, Janus Henderson,
  Franklin Templeton, Dodge & Cox, Lord Abbett, Putnam, Oakmark; companies held: Berkshire Hathaway, Johnson &
  Johnson, Procter & Gamble, Ford, McDonald's, Disney; tickers: VTI, VOO, SCHD, BRK.B, JNJ, KO; banks linked: Chase,
  Wells Fargo, Ally, Marcus, Citizens, Fifth Third; old 401(k) recordkeepers: Empower, Principal, John Hancock, Voya,
  Lincoln Financial, TIAA; tax software; authenticator apps; crypto assets; indexes: Dow Jones, Nasdaq, S&P 500,
  Russell 2000; research: Morningstar, Barron's, Motley Fool; regulators: FINRA, SIPC, the SEC, FDIC, and the IRS in
  an agent's answer); phrasings ``*_HELDOUT20``; and, half the time, ``Heldout20``'s readings: a new cell for
  two-factor texts after the code went to an old number ending in ... (with the code read back, ``account``), a
  trusted contact's name and number, the firm's own line (not PII) before the caller's, a number broken off (another
  line ringing, the market report on TV) and finished later, a read-back with the middle group wrong corrected with
  "..., not ...", an Australian mobile ("plus six one") for a customer living abroad; the cash account's debit card
  read out when lost and blocked by its last four, a subscription card group by group echoed by the agent, an Amex
  refused for an instant deposit and a debit card given instead, a card on file by its last four and the new one over
  two turns (its expiry not PII), a group read back wrong; account numbers with a type letter (NATO or "as in") read
  back written, the other firm's account number for a transfer in ("Z" at Fidelity), a checking account to link after
  the bank's public routing number (not PII) over two turns read back with a digit wrong, wire instructions with the
  bank's routing number (not PII) and the caller's account there, an old 401(k) participant ID, two-factor codes read
  aloud (an expired one and a new one), a phone PIN, a log-in username spelled or with a birth year (all ``account``);
  SSNs for a new IRA over two turns read back written, after the caller asks why, with "dash", last fours repeated by
  the agent, a beneficiary's SSN read off the card; e-mails for trade confirmations, e-signature links and tax forms
  ("underscore", a birth year read back written, "as in" spelled, a spouse's for the joint account, a written
  read-back with two letters swapped answered by spelling the surname, ``person``); primary and contingent
  beneficiaries with their shares, trusted contacts, a joint owner by first name, the payee of a rollover check
  "F B O" beside the firm's name, executors and the late parent, advisors by title and surname, the agent beside the
  firm's name, "last name, first name", surnames spelled (NATO); mailing addresses with the city, state and zip, P O
  boxes, a zip read back with two digits swapped, a unit, a new address after a move with the zip asked separately;
  dates of birth for verification, read back written, year first, a beneficiary's, one said with the caller's age for
  a required distribution (the age not PII); and brokerage numbers that are not PII (share counts and prices, limit
  orders, dividends, cost basis, conversions, RMD amounts, contribution limits, withholding, tax form and box numbers
  "ten ninety nine D I V, box one A", a fund's CUSIP, the firm's routing number for incoming wires and its P O box for
  rollover checks, wire fees and the four PM cutoff, settlement days, transfer fees, expense ratios, allocations, the
  firm's own line, the transfer bonus and the promo code).
- **heldout21** (fresh, blind): a mail-order pharmacy and prescription benefits service line: refills and new
  prescriptions, member IDs on the benefit card beside the plan's group number, prescribers and their offices,
  shipping-address changes, payment on file, prior authorizations, copays and deductibles, delivery tracking,
  caregivers calling for a parent, dates of birth for verification, auto-refill enrollment. Written blind (the
  author had not read the redactor or its tests), with ``--splits heldout21 --seed 2121``. Customer filler from
  CLINC150's full train split at offset 3 (every eleventh, which no other split took; order-status, insurance,
  card-declined and expiry intents, and phone-line talk) and Bitext 20000 at offset 8 (every ninth, which
  no other split took; order-tracking, shipping-address, delivery, order-change, payment and agent-request intents,
  the frequent ones thinned, no typo or offensive lines, no "u"/"ur"), dropping lines that name a bank, a card brand
  or a store or talk of flights, restaurants, cars, rent, pets, tickets, tuition, utilities or TV, and lines that hold a lower-case common name; agent
  filler ``AGENT_HELDOUT21``; names ``NAMES_HELDOUT21`` (Tatar, Ossetian, Tuvan, Polish, Eritrean, Comorian, Malagasy,
  Malian, Mizo, Tongan, Maori, Mongolian, Hazara, Uzbek, Konkani, Azerbaijani, Pashtun, Zulu, Igbo, Vietnamese,
  Estonian, Latvian, K'iche'... older callers' and their parents' ordinary names, and names that are also words,
  drugs, drug makers, pharmacies, insurers or places: "Allegra Simmons", "Eli Lindgren", "Lilly Bayer", "Hope
  Cardwell", "Carmen Kroger", "Celeste Sandoz", "Brandon Merck", "Mercy Okoro", "Sonata Petraitis", "Cody Kaiser",
  "Florence Humphrey"); a pharmacy lexicon (``heldout21_lexicon.yaml``: "Brennick Rx Direct", named after its
  founder, the Brennick Rx app, RefillRight auto-refills, PillPost, MedSync Monthly, ColdChain Shield, plans
  Brennick Preferred Rx, Value Formulary, CareBridge Gold, Specialty Connect, Senior Saver Part D, the Whitcombe
  Copay Assist (named after a person), competitors Castellan Scripts, Farrow Pharmacy Services, Lindqvist Health
  Mail, Meadowlark Rx, campaigns Ninety Day Savings Drive, Switch and Save, the promo code REFILL ninety); brand words
  ``HELDOUT21_BRANDS`` (brand-name drugs, many sounding like names or words: Allegra, Lyrica, Evista, Sonata,
  Eliquis, Jardiance, Ozempic, Mounjaro; generics in lower case: metformin, lisinopril, atorvastatin; drug makers,
  some after people or places: Eli Lilly, Bayer, Merck, Novo Nordisk, Boehringer Ingelheim, Sandoz; benefit managers
  and insurers: Express Scripts, CVS Caremark, OptumRx, Humana, Cigna, Kaiser Permanente, Medicare Part D; retail
  pharmacies: Walgreens, Kroger, Publix, Hy-Vee, Mark Cuban Cost Plus Drug Company, Duane Reade, Harris Teeter;
  discount cards: GoodRx, SingleCare; glucose meters and pumps: Dexcom, FreeStyle Libre, OneTouch, Omnipod;
  carriers; payment cards and HSA custodians); phrasings ``*_HELDOUT21``; and, half the time, ``Heldout21``'s
  readings: a caregiver's own cell beside the parent's first name, the prescriber's office number (with an
  extension) and fax, the pharmacy's own line (not PII) before the caller's, a number broken off (a dropped pill
  bottle, the dog, a husband asking about the copay) and finished later, a home phone on file checked by its last
  four and replaced by a cell, a read-back with the last four wrong corrected with "..., not ..."; copay cards group
  by group echoed by the agent, an HSA card read off in one turn, an expired card on file by its last four and the
  new one over two turns (its expiry not PII), Amex 4-6-5 with the last five read back, eight and eight with the
  third group read back wrong; member IDs with three letters (NATO or "as in") read back written, beside the plan's
  group number, BIN and PCN (not PII), prescription numbers off the label with the fill number and the drug's name,
  ten-digit order numbers over two turns read back with a digit wrong, prior-authorization case numbers "P A ...",
  twelve-digit tracking numbers, Medicare numbers (letters and digits) (all ``account``); SSNs for a drug maker's
  patient assistance program over two turns read back written, after the caller asks why, with "dash", last fours
  repeated by the agent, a parent's last four said by a caregiver; shipping-notice e-mails (first dot last, initial
  and surname with a birth year read back written, "as in" spelled, "underscore", a caregiver's own, a written
  read-back with two letters swapped answered by spelling the surname, ``person``); patients, caregivers naming the
  parent and themselves, prescribers "Dr. <Last>" and by full name, pharmacists and the agent by first name, "last
  name, first name", surnames spelled ("as in"); shipping addresses with the city, state and zip, a P O box refused
  for a refrigerated order and the street address given instead, a daughter's house after surgery with the zip asked
  separately, a winter address with a lot number, an apartment, a zip read back with two digits swapped; dates of
  birth in five forms (a parent's, one after the last fill date, not PII, "3/14/49"); and pharmacy numbers that are
  not PII (strengths in milligrams, tablet counts, days' supply, refills left, copays, deductibles and tiers, N D C
  codes, group numbers, BIN and PCN, ship and fill dates, delivery windows, storage temperatures, test strips a
  month, the pharmacy's own line, the campaign and the promo code).
- **heldout22** (fresh, blind): a childcare and after-school chain's family service line: enrollment and waitlists,
  tuition autopay from a bank account, registration, late-pickup and camp fees, authorized pickup persons,
  children's names and birthdays, allergy, medicine and immunization forms, sibling discounts, dependent-care tax
  statements (the chain's EIN is the business's, the parent's SSN is PII), subsidies, classrooms and teachers,
  emergency contacts, parent portal log-ins. Written blind (the author had not read the redactor or its tests), with
  ``--splits heldout22 --seed 2222``. Customer filler from CLINC150's full test split at offsets 1 and 4 (every
  seventh, which no other split took; bill, payment, direct-deposit, tax, W-2, income, card, reminder, calendar and
  vaccine intents, and phone-line talk) and Bitext's 27k sample at offset 8 (every seventeenth, a stride no other
  split took; payment, invoice, refund, cancellation-fee, account, password, complaint and agent-request intents, no
  typo or offensive lines, no "u"/"ur"), dropping lines that name a bank or a card brand or talk of orders, shipping,
  products, flights, pets, cars or bots, and lines that hold a lower-case common name; agent filler
  ``AGENT_HELDOUT22``; parents' names ``NAMES_HELDOUT22`` (Yoruba, Zulu, Igbo, Amharic, Somali, Marathi, Punjabi,
  Vietnamese, Hawaiian, Tongan, Ukrainian, Hungarian, Moldovan, Lithuanian, Kazakh, Hebrew, Arabic, Urdu, Quechua,
  Nahuatl, Aymara, Akan, Samoan, Navajo, Korean, Malaysian Chinese, Uzbek, Welsh, Irish, Norwegian... ordinary names,
  and names that are also words, animals, colors, classrooms or childcare brands: "Robin Fox", "Goldie Bloom", "Wren
  Maddox", "Ruby Castellano", "Ivy Goddard", "Hunter Kinder", "Sunny Primrose", "Jay Bird", "Skye Learner", "Bear
  Whitehorse"); children's first names ``CHILDREN_HELDOUT22`` (some words: "Bear", "Wren", "Sunny", "Journey",
  "Blue", "Robin", "Sage", "Rain", "Honey"); teachers by title and first name or surname ``TEACHERS_HELDOUT22``
  ("Miss Tamika", "Ms. Okonkwo", "Mr. Danny"); a childcare lexicon (``heldout22_lexicon.yaml``: "Tillbrook Early
  Learning", named after its founder, Tillbrook Family Hub, AutoTuition, SafeHandoff, programs Little Sprouts Infant
  Care, Explorers Preschool, Afterschool Adventures, Summer Quest Camp, Hattie Monroe Pre-K (named after a person),
  plans Full-Time Five Day, Part-Time Three Day, Drop-In Day Pass, Before and After Care, competitors Cadence Kids
  Academy, Maplewood Montessori, Little Harbor Learning, Abernathy Children's House, campaigns Sibling Savings,
  Refer-a-Family Reward, Summer Early Bird, the promo code SPROUT fifty); brand words ``HELDOUT22_BRANDS`` (chains and
  programs, many after people or places: KinderCare, Bright Horizons, the Goddard School, Primrose, Kiddie Academy,
  Tutor Time, Lightbridge Academy, the YMCA, Kumon, Mathnasium, Sylvan, Montessori; classrooms after animals, colors
  or people: Ladybug room, Owls, Blue Room, Rainbow room, Rosa Parks room, Ruby Bridges room, Mister Rogers room, Jane
  Goodall room, Robins, Bear Cubs; curricula: Creative Curriculum, HighScope, Reggio Emilia, Handwriting Without
  Tears, Zoo-phonics, Orton-Gillingham; parent apps: Brightwheel, Procare, HiMama, Tadpoles, ClassDojo; payment and
  FSA services; snack and baby brands: Goldfish, Cheerios, Annie's, Gerber, Similac; allergy medicines: EpiPen,
  Auvi-Q, Benadryl, Zyrtec; pediatric hospitals and insurers: Nemours, Children's Mercy, Kaiser; subsidy programs:
  Head Start, CCAP, WIC, Dependent Care FSA); phrasings ``*_HELDOUT22``; and, half the time, ``Heldout22``'s readings:
  an authorized pickup person's name and number, an emergency contact's number broken off by a toddler and finished
  later, a work number with an extension, the chain's own line (not PII) before the caller's, a read-back with the
  last four wrong corrected with "..., not ...", an alerts number on file checked by its last four and replaced,
  digits and words mixed; cards for the registration fee (group by group echoed), a late-pickup fee (two and two
  with an interruption), a camp deposit (a saved card by its last four and the new one over two turns, Amex 4-6-5
  with the last five read back), a group read back wrong; family account numbers "T B ..." (NATO or "as in") read
  back written, an autopay checking account after the bank's public routing number (not PII) over two turns read back
  with a digit wrong, kiosk check-in codes (the old and the reset one), a spoken pickup password, county subsidy case
  numbers "C C ...", waitlist confirmation numbers "W L, twenty six, ...", portal usernames spelled or with a year,
  portal reset codes, state immunization registry IDs (all ``account``); parents' SSNs for the subsidy over two turns
  read back written, last fours repeated by the agent, a child's SSN read off the card, a dependent-care statement's
  SSN fixed beside the chain's EIN (not PII), "dash"; e-mails (first dot last, the children's names and a birth year
  read back written, "as in" spelled with a child's words, a co-parent's, a work address, "hyphen" with digits, a
  written read-back missing a letter answered by spelling the surname, ``person``); children enrolled by full name
  beside a program name (kept), siblings for the discount, authorized pickup persons added (full name and first name)
  and an ex removed, teachers beside classrooms (kept), a given name and nickname, the agent beside the chain's name,
  "last name, first name", surnames spelled (NATO); home addresses with the city, state and zip, a van drop-off at a
  grandmother's, a billing apartment, a zip read back with two digits swapped, a move with the zip asked separately;
  children's birthdays with the age (not PII), a parent's read back written, an infant's ("a fall baby, October
  twelfth"), year first, a sibling's; and childcare numbers that are not PII (weekly tuition, late-pickup fees,
  ratios, ages in months, waitlist positions, hours, the chain's EIN and license number, the year's tuition total, FSA
  limits, registration and camp fees, returned-payment fees, days and times of care, medicine doses, the campaign
  and the promo code).
- **heldout23** (fresh, blind): a food-delivery and grocery-delivery app's customer support line: missing or wrong
  items, refunds to the card or as app credit, cold or late food, drivers (named by first name) who went to the
  wrong house, alcohol deliveries with an ID check, account e-mail and phone changes, account takeovers and sign-in
  codes, promo codes and membership, delivery addresses with apartments and gate codes, and couriers calling about
  their own driver account. Written blind (the author had not read the redactor or its tests), with ``--splits
  heldout23 --seed 2323``. Customer filler from CLINC150's full test split at offsets 1 and 4 (every seventh, which
  no other split took; order, order-status, cancel, card-declined, food-storage and shopping-list intents, and
  phone-line talk) and Bitext 20000 at offset 8 (every ninth, which no other split took; order, refund, delivery,
  shipping-address, payment, account, password, complaint and agent-request intents, the frequent ones thinned as
  ``_BITEXT_HELDOUT23`` says, no typo or offensive lines, no "u"/"ur"), dropping lines about shows, games, tickets,
  invoices, shipments, packages, banks, the assistant or a named place, and lines that hold a lower-case common
  name; agent filler ``AGENT_HELDOUT23``; names ``NAMES_HELDOUT23`` (Tatar, Bashkir, Uyghur, Tibetan, Malagasy,
  Wolof, Fula, Oromo, Tswana, Venda, Chewa, Kikuyu, Luo, Sami, Faroese, Breton, Occitan, Sardinian, Maltese,
  Slovene, Latvian, Estonian, Azerbaijani, Tajik, Khmer, Thai, Sinhala, Malayalam, Gujarati, Marathi, Hawaiian,
  Tahitian, Ojibwe, Nahuatl, Uzbek... ordinary names, and names that are also foods, restaurants, stores or words:
  "Wendy Harlan", "Olive Gardner", "Ginger Baker", "Basil Wright", "Honey Fields", "Pepper Lawson", "Candy Rivers",
  "Dash Holloway", "Chip Dawson", "Sage Whitlock", "Brandy Cole", "Annie Chang", "Dave Hardee"), drivers by first
  name ``DRIVERS_HELDOUT23`` (some also words or places: Angel, Hunter, Sunny, Chance, Summer, Rocky, Mercedes,
  Jesus, Paris, Sky); a delivery-app lexicon (``heldout23_lexicon.yaml``: "Carraway", named after its founder,
  Carraway Market, Carraway Cash, Priority Drop, Leave It Safe, its store brand Nonna Lucia, tiers Carraway Plus,
  Carraway Plus Annual, Carraway Premier, Premier Family, Student Plus, competitors Hollis Delivery, Brightbasket,
  Forkful, Pantry Run, Maddie Mae's Market, campaigns Free Delivery Fridays, Lunch Rush Rewards, Refer a Neighbor,
  promo codes FEAST twenty, WELCOME fifteen); brand words ``HELDOUT23_BRANDS`` (delivery apps: DoorDash, Uber Eats,
  Grubhub, Instacart, Gopuff, Shipt, Deliveroo, Just Eat; restaurants, many after people or places: McDonald's,
  Wendy's, Arby's, Denny's, Popeyes, Jimmy John's, Carl's Jr., Dave's Hot Chicken, Jersey Mike's, Bob Evans, Ruby
  Tuesday, Olive Garden, Tim Hortons, Boston Market; grocers and shops, many after people: Kroger, Publix, Trader
  Joe's, Harris Teeter, Piggly Wiggly, Fred Meyer, Walgreens, Wawa; grocery products, many after people: Ben &
  Jerry's, Newman's Own, Boar's Head, Oscar Mayer, Chef Boyardee, Sara Lee, Little Debbie, Marie Callender's,
  Mrs. Meyer's, Orville Redenbacher's; payment services; drinks with an age check: Tito's, Jack Daniel's,
  Kendall-Jackson, Sam Adams; phones, maps and doorbells); phrasings ``*_HELDOUT23``; and, half the time,
  ``Heldout23``'s readings: the number the driver called checked by its last four and replaced, a number an
  intruder put on the account (its last four) and the real one, a roommate's or coworker's name and number for the
  handoff, an office line with an extension, a number broken off (someone at the door, the baby, the driver on the
  other line) and finished later, a read-back with one group wrong corrected with "..., not ..."; a refund to the
  card ending in ... and a caller asking for another card, a declined card on file by its last four and a debit
  card over two turns (its expiry not PII), Amex 4-6-5 with the last five read back, a declined card and a second
  one, a membership card group by group echoed by the agent, a group read back wrong; restaurant order codes with
  letters (NATO or "as in") read back written beside the restaurant's name, long grocery order numbers over two
  turns read back written beside the store's name, two orders in one call, sign-in codes read aloud (an expired one
  and a new one), gate, door and call-box codes, a gift card code (all ``account``); SSNs for a driver background
  check over two turns read back written, after the caller asks why, with "dash" for a driver's tax form, last
  fours repeated by the agent, an ITIN (``ssn``); e-mails (an old and a new log-in address, one an intruder put on
  the account, written, a work address on the company's domain, "as in" spelled, digits read back written, a
  written read-back missing a letter answered by spelling the surname, ``person``); drivers by first name (repeated
  by the agent), the agent beside the app's name, the name an office order is under, a roommate who holds the
  account, a gift order's recipient, "last name, first name", surnames spelled with "as in"; delivery addresses
  with an apartment and the gate code (``account``), a building and unit, an office suite, the house the driver
  went to (two digits swapped) beside the caller's, the zip read back; dates of birth for alcohol deliveries ("I'm
  way over twenty one", the age not PII), for account recovery ("the fourteenth of February"), two-digit years
  read back written, off the ID the driver checks; and delivery numbers that are not PII (order totals, fees and
  service percentages, tips, credits and refunds, ETAs and minutes away, item counts and weights, a produce code
  "four oh one one", the store number, the restaurant's number on the receipt, the app's own line, membership
  prices, the free-delivery minimum, the campaign and the promo code).
- **heldout24** (fresh, blind): a state motor-vehicle agency's phone line (a registry of motor vehicles):
  registration renewals, title transfers (one after a parent's death, with the executor), driver's licence and ID
  card renewals and replacements, name changes after a marriage, address changes and moves from out of state,
  appointment bookings, medical review forms, insurance proof, fees paid by card or from a checking account.
  Written blind (the author had not read the redactor or its tests), with ``--splits heldout24 --seed 2424``.
  Customer filler from CLINC150's full test split at offset 2 (every seventh, which no other split took;
  insurance, bill, card-declined and date intents, and phone-line talk) and
  Bitext's 27k sample at offset 10 (every eleventh, a stride no other split took; payment, account, registration,
  password, complaint and agent-request intents, no typo or offensive lines, no "u"/"ur"), dropping lines about
  orders, shipping, invoices, newsletters, apps, the assistant or a named store, bank or place, and lines that hold a
  lower-case common name;
  agent filler ``AGENT_HELDOUT24``; names ``NAMES_HELDOUT24`` (Kyrgyz, Kurdish, Assyrian, Hausa, Kinyarwanda,
  Shona, Ganda, Sotho, Marshallese, Yupik, Lakota, Inuit, Frisian, Catalan, Galician, Scottish Gaelic, Karen, Chin,
  Dari, Telugu, Kannada, Odia, Sindhi, Cajun, Serbian, Georgian, Yoruba, Hawaiian, Czech... ordinary names, and
  names that are also cars, places or DMV words: "Bentley Okafor", "Sierra Nakamura", "Dakota Reyes", "Austin
  Healy", "Morgan Cooper", "Harley Davis", "Kia Robinson", "Royce Mercer", "Mercedes Lozano", "Camden Price",
  "Savannah Boyd", "Cheyenne Morales", "Miles Driver", "Rusty Carr", "Lincoln Hale", "Jaguar Reese"); an agency
  lexicon (``heldout24_lexicon.yaml``: the Registry of Motor Vehicles, its online services RoadReady Online,
  MyRegistry, Renew by Text, PlateSwap, TitleTrack, ExpressLane Kiosk, programs Safe Senior Driver Program, Veteran
  Designation, Fleet Renewal Plus, Reinstatement Payment Plan, Gift of Life Registry, private tag agencies it
  competes with, some after people or places: Morrison's Tag and Title, Lakeside Tag Agency, Tagworks Express,
  QuickPlate Services, Harlan Title Company, campaigns Renew by Your Birthday, Ready by May, Skip the Line Saturdays,
  fee-waiver codes RENEW early, VETS waive); brand words ``HELDOUT24_BRANDS`` (vehicles, many after people or places:
  Lincoln Navigator, Dodge Durango, Chevy Tahoe, Toyota Tacoma, Hyundai Santa Fe and Tucson, Kia Sorento, Chrysler
  Pacifica, Jeep Cherokee, Mercury Grand Marquis, Oldsmobile Cutlass, Chevy Monte Carlo, Harley-Davidson, Porsche
  Cayenne; insurers: State Farm, Geico, Liberty Mutual, Farmers, The Hartford, Erie; car services: AAA, Carfax,
  Kelley Blue Book, Jiffy Lube, Midas, Pep Boys, CarMax, Carvana, Hertz, U-Haul; payment services; programs and
  sign-in services: REAL ID, TSA PreCheck, Global Entry, Social Security, Login.gov, ID.me); phrasings
  ``*_HELDOUT24``; and, half the time, ``Heldout24``'s readings. Label convention (as heldout8 and heldout11 do):
  the caller's own licence number, plate (and a vanity plate), VIN (in two parts or its last six), title number,
  customer number, appointment confirmation code, insurance policy number and checking account are ``account``;
  the bank's routing number, form numbers, office numbers and hours, statute sections, fees and the agency's own
  line are not PII. The readings: a number on record checked by its last four and replaced, an adult child's cell
  for a parent, the agency's line read out (not PII) before the caller's, a reminder number read back written, a
  number broken off and finished in a second turn, a read-back with one group wrong corrected; a refund to the card
  ending in ..., Amex 4-6-5 with the last five read back, cards group by group echoed, a declined card and a second
  one over two turns (its expiry not PII), a group read back wrong, sixteen digits as one written run; licence
  numbers with a letter (plain, NATO or "as in") read back written or over two turns, plates with letters read back
  written beside the vehicle, vanity plates spelled, full VINs over two turns with the last six read back, title
  numbers, "C" customer numbers, confirmation codes with the appointment time and office (not PII), policy numbers
  beside the insurer, checking accounts over two turns after the routing number; SSNs (the last four echoed, over
  two turns, read back written, after the caller hesitates, with "dash"); e-mails (a daughter's, plain, "as in"
  spelled, with a birth year or digits read back written, "underscore", a written read-back missing a letter
  answered by spelling the surname, ``person``); names as on the licence with a middle initial, a deceased parent's
  name and the child's, a physician on the medical review form ("Doctor ..."), the agent beside the agency's name,
  "LAST, FIRST" as printed on the title, a maiden and a married surname, surnames spelled with "as in"; addresses
  (the old out-of-state and the new one, apartments, a residence beside a P O box for mail, the zip read back, the
  address the plates are mailed to); dates of birth (words, numeric, "the ... of ...", a mother's with her age,
  read back written); and DMV numbers that are not PII (fees, form "R M V dash one", window and office numbers,
  office hours, "section twenty four of chapter ninety", model years, odometer readings, weights, licence classes,
  renewal intervals, appointment times, excise amounts, the agency's line, the waiver code).
- **heldout25** (fresh, blind): a residential solar installer and financing company's customer line: site
  surveys, install scheduling, roof and HOA approvals, utility account and meter numbers for interconnection, loan
  and lease applications with SSN and income, autopay from a bank account, monitoring-app log-ins, the production
  guarantee, tax-credit paperwork, systems transferred to the buyer when a home is sold, and referral rewards.
  Written blind (the author had not read the redactor or its tests), with ``--splits heldout25 --seed 2525``.
  Customer filler from CLINC150's full train split at offset 12 (every thirteenth, a stride no other split used;
  bill, credit-score, application-status, interest, APR, income, tax and direct-deposit intents, and phone-line
  talk) and Bitext's 27k sample at offset 10 (every sixteenth, a stride no other split used; payment, invoice,
  account, password, registration, cancellation-fee, complaint and agent-request intents, no typo or offensive
  lines, no "u"/"ur"), dropping lines about orders, shipping, deliveries, flights, restaurants, pets, cars, rent,
  credit cards, the assistant or a named place, and lines that hold a lower-case common name; agent filler
  ``AGENT_HELDOUT25``; names ``NAMES_HELDOUT25`` (Quechua, K'iche', Yoruba, Kalenjin, Swazi, Mossi, Maori, Tongan,
  Hawaiian, Inuit, Irish, Scottish Gaelic, Welsh, Finnish, Swedish, Romanian, Czech, Lithuanian, Armenian,
  Georgian, Kazakh, Mongolian, Vietnamese, Thai, Tamil, Punjabi, Bengali, Sinhala, Spanish, Basque, Portuguese,
  Navajo... ordinary names, and names that are also words, brands, utilities or places in this business: "Sunny
  Marsh", "Ray Solano", "Skye Fielding", "Dawn Edison", "Tesla Moreno", "Georgia Powers", "Duke Holloway", "Sol
  Brightman", "Franklin Moss", "Grid Larsen", "Sierra Stone", "Carmen Volt", "Aurora Keys"), crew leads by first
  name ``CREW_HELDOUT25`` (some also words or places: Hunter, Chase, Mason, Austin, Dakota, Ray, Sunny, Rocky,
  Brooks, Storm); a solar lexicon (``heldout25_lexicon.yaml``: "Ashcroft Solar", named after its founder, its
  SunLedger app, Storm Ready Backup, PowerPromise, Roof Shield Warranty, Ashcroft Care, plans SunLease, SunLease
  Zero Down, Clear Path PPA, Bright Start Loan, Ashcroft Owner Loan, Prepaid SunLease, competitors Sunrun, Sunnova,
  Freedom Forever, Palmetto, Trinity Solar, Momentum Solar, Blue Raven Solar, Harmon Brothers Solar, campaigns
  Sunny Neighbors, Summer Sun Rebate, Solar Saturdays, promo codes BRIGHTDAY, SUNNY two fifty); brand words
  ``HELDOUT25_BRANDS`` (panel makers: Qcells, REC, Canadian Solar, LONGi, Silfab, Meyer Burger, Hyundai; inverters,
  several after people: Enphase, SolarEdge, Tesla, Generac, Fronius, FranklinWH, Sol-Ark, Schneider; batteries:
  Powerwall, Franklin aPower, sonnen, Duracell, Briggs & Stratton, Kohler; utilities, several after people or
  places: Duke Energy, Georgia Power, Dominion, Con Edison, Southern California Edison, Salt River Project, Rocky
  Mountain Power, Tampa Electric, Avista; lenders: GoodLeap, Mosaic, Sunlight Financial, Fannie Mae, Freddie Mac,
  Chase, Ally; apps: Enlighten, mySolarEdge, Sense, Emporia, Ecobee, DocuSign; tax software and preparers: TurboTax,
  H&R Block, Jackson Hewitt, Liberty Tax; real-estate firms, many after people: Keller Williams, Coldwell Banker,
  Berkshire Hathaway, Sotheby's, Howard Hanna); phrasings ``*_HELDOUT25``; and, half the time, ``Heldout25``'s
  readings: the number the crew lead (by first name) should call, a number on file checked by its last four and
  replaced, a spouse's name and number, dotted numbers, a number broken off (the dog, the roofer, another line) and
  finished later, a read-back with one group wrong corrected with "..., not ..." or "instead of"; a design deposit
  by card group by group (some groups echoed), a deposit refund to the card ending in ... confirmed by the caller,
  Amex 4-6-5 with the last four read back, a card abandoned mid-number for another, a card with its expiry (not
  PII) read back by its last four beside the network; utility account numbers with a dash and a check digit read
  back written beside the utility, meter numbers with a letter prefix, an autopay checking account after the bank's
  public routing number (not PII) over two turns, read back with a digit wrong and said again, lender application
  IDs with NATO or "as in" letters read back written, "A S" project numbers, monitoring-app sign-in codes (all
  ``account``); SSNs for a loan over two turns read back written, a co-applicant's relayed by the caller (with the
  co-applicant's first name), last fours for a soft credit check echoed by the agent, "dash", after the caller asks
  why a lease needs it; e-mails (an old address the signing documents went to and the right one, a work address on
  a business's domain, "as in" spelled, digits read back written, underscores, a written read-back missing a letter
  answered by spelling the surname, ``person``); crew leads by first name, the agent beside the company's name,
  both owners on the title, the buyer taking over the lease, the HOA manager, a referred neighbor, "last name,
  first name", surnames spelled with "as in"; installation addresses with city and state, lot numbers in new
  construction, County Road addresses, a new mailing address after the sale, the zip read back; dates of birth for
  a loan application and a co-applicant, spoken, digit by digit and written; and solar numbers that are not PII
  (system size and panel count, yearly kilowatt hours, bills, loan terms and APR, lease escalators, household
  income, the thirty percent tax credit and its form number, the company's contractor license and a city permit
  number, install times, daily production, inverter and battery models, the company's own line, the production
  guarantee, net-metering credits, roof age, the main panel's amps, the referral reward, the campaign and the promo
  code).
- **heldout8**: a car dealership group's service, parts and auto-finance line. Customer filler
  from CLINC150's full validation split (auto-and-commute, banking and credit-card intents), Banking77 train
  (offset 4, every fifth; payment and identity intents) and Bitext 20000 (offset 2, every eighteenth; payment,
  account, refund and order intents, no typo or offensive lines), dropping lines that hold a lower-case common name; agent filler ``AGENT_HELDOUT8``;
  names ``NAMES_HELDOUT8`` (Romanian, Nigerian, Vietnamese, Korean, Hungarian, Zulu, Hawaiian... and names that are
  also brands, places or words: "Mercedes Ortiz", "Dakota Ford", "Victoria Chase", "Jordan Lincoln", "Paris Young");
  a dealership lexicon (``heldout8_lexicon.yaml``: "Whitfield Auto Group", named after its founder, its plans, and
  competitors named after people: Hendrick Honda, Larry H. Miller Toyota, Ron Carter Hyundai); brand words
  ``HELDOUT8_BRANDS`` (car models and makes, many after people or places: Lincoln, Mercedes, Porsche, Sierra,
  Sienna, Santa Fe, Tacoma; lenders; apps: Kelley Blue Book, Edmunds, Carfax, Cars.com; shops: Les Schwab, Pep
  Boys, Jiffy Lube); phrasings ``*_HELDOUT8``; and, half the time, ``Heldout8``'s readings: the area code then a
  pause, a seven-digit local number the agent completes, the agent checking a number on file by its last four,
  work numbers with extensions, read-backs in written digits, Amex 4-6-5 with the middle group read back, a caller
  hunting for the card, 3-5-5 loan numbers, "R O" repair orders, the last eight of a VIN with "as in" letters,
  NATO-letter contract numbers with a dash, web order codes, SSN 3-2-4 over two turns read back as written,
  e-mails spelled or with the domain in letters ("a o l", "y mail") read back written, co-signers and salespeople
  by name, "County Road"/directional/lot addresses, year-first and day-first dates, and dealership numbers that
  are not PII (mileage, APR, terms, payments).
- **heldout7**: a clinic network's calls (appointments, claims, pharmacy, patients' hotel stays).
  Customer filler from CLINC150's full train split (offset 7, every eleventh) with its out-of-scope train and
  validation lines, and Bitext's 27k sample (offset 3, every seventh), dropping lines that hold a lower-case common
  name ("share my location with amy"); agent filler ``AGENT_HELDOUT7``; names ``NAMES_HELDOUT7`` (West African,
  Vietnamese, Korean, Slavic, Arabic, Hawaiian... and word-names: "Grace Hope", "Robin Wood", "Hilton Marsh"); a
  clinic lexicon (``heldout7_lexicon.yaml``) that lists its partner hotels (Hilton Garden Inn, Marriott) and
  competitors named after people or saints (Kelsey-Seybold, St. Luke's, Patel Urgent Care); brand words
  ``HELDOUT7_BRANDS`` (pharmacies, insurers, drugs, hotels and hospitals, many named after people: Hyatt, Hilton,
  Walgreens, Johns Hopkins, Mayo Clinic, Ronald McDonald House); phrasings ``*_HELDOUT7``; and, half the time,
  ``Heldout7``'s readings, each one callers say: "uh"/"um" between groups, "six thousand", extensions, a caller
  correcting a group mid-number, Amex 4-6-5, member IDs with a letter prefix, NATO letters, claim numbers
  "twenty twenty five dash ...", booking codes character by character, "g mail", "period", first initial + last
  name, ".e d u", "last name, first name", "Dr. <Name> referred me", spelling with "as in", "twenty two hundred
  Oak Drive", "three fourteen seventy two", and clinic numbers that are not PII (doses, copays, suites).
- **heldout6**: customer filler from CLINC150's full test split (offset 2, every seventh) and its
  out-of-scope test lines, and Banking77 train (offset 2, every fifth); agent filler ``AGENT_HELDOUT6``; names
  ``NAMES_HELDOUT6`` (some that are everyday words: "Summer Hill", "Misty Long"); an energy-and-water utility
  lexicon (``heldout6_lexicon.yaml``); brand words ``HELDOUT6_BRANDS`` (a realistic mix: mostly plain brands, some
  named after people, "Lowe's", "Kenmore", "Dillard's"); phrasings ``*_HELDOUT6``; and, half the time, the new
  readings of ``Heldout6``: "area code", "triple", "forty two hundred", the agent reading a number back wrong and
  the caller correcting the last group, card and phone said group by group with each group read back, account IDs
  with a phonetic letter ("B as in boy") or "dash", spoken underscores in e-mails and ISP domains, apartment and
  P O Box addresses, "the fifth of March, eighty seven", and non-PII utility numbers ("twelve hundred kilowatt
  hours"). The other splits draw exactly as before (their files regenerate byte for byte).
- **heldout5**: customer filler from CLINC150's full train split (every eleventh) and Bitext 20000
  (offset 5, every ninth), agent filler ``AGENT_HELDOUT5``; names ``NAMES_HELDOUT5``; a home-services lexicon
  (``heldout5_lexicon.yaml``); brand words ``HELDOUT5_BRANDS`` (restaurants and stores whose names hold name-like
  words: "Dairy Queen", "Long John Silver's", "Sherwin Williams"); phrasings ``*_HELDOUT5``; written e-mails with
  stray spaces ("amara.okonkwo @gmail.com", "amara okonkwo@gmail.com").
- **heldout4**: agent and customer filler from ABCD's sample dialogues (``original`` turns, by
  role) plus ``AGENT_HELDOUT4``, customer filler also from CLINC150's validation split (``data_small.json``
  ``val``, every second line); names ``NAMES_HELDOUT4``; a travel-and-stays lexicon (``heldout4_lexicon.yaml``);
  brand words ``HELDOUT4_BRANDS``; phrasings ``*_HELDOUT4``. heldout2/heldout3 are built the same way from the
  sources named in ``main``.

PII is said the way callers say it: digits as words or digits, "oh" for zero, "double", pairs ("forty one"),
numbers split into groups across turns with the agent reading each group back, names spelled letter by letter,
e-mails spoken ("john dot smith at gmail dot com"). Filler never contains digits, names or capitalised words
(other than the first), so the only PII is the planted PII. Deterministic for a seed.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

NAMES_HELDOUT = ["Oluwaseun Adeyemi", "Priya Raghunathan", "Siobhan O'Connell", "Mateo Gutierrez", "Aisha Rahman",
                 "Kenji Watanabe", "Ngozi Okafor", "Lars Eriksson", "Dmitri Volkov", "Fatima Zahra", "Joaquin Alvarez",
                 "Thi Nguyen", "Anneliese Brandt", "Tomasz Kowalski", "Chidi Nwosu", "Ingrid Solberg", "Rahul Mehta",
                 "Yusuf Demir", "Camille Laurent", "Bongani Dlamini", "Hana Kobayashi", "Ewan McAllister",
                 "Marisol Ortega", "Declan Fitzgerald", "Nadia Haddad", "Kwame Mensah", "Leilani Kahale",
                 "Sven Lindqvist", "Zainab Abubakar", "Rosalind Whitaker", "Gregory Turner", "Patricia Holloway",
                 "Deborah Fischer", "Marcus Bell", "Sandra Whitfield", "Kevin Osei", "Laura Castellano"]
CITIES = ["Springfield", "Riverside", "Fairview", "Madison", "Georgetown", "Clinton", "Salem", "Franklin",
          "Greenville", "Bristol", "Dayton", "Oxford"]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Pine", "Lakeview", "Hillcrest", "Sunset", "Park", "Washington",
           "Highland", "Church", "Mill", "River", "Willow", "Chestnut"]
SUFFIXES = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Way", "Place"]
DOMAINS = ["gmail", "yahoo", "outlook", "hotmail", "icloud", "aol", "proton"]

# brand, product, app, crypto, restaurant and competitor words planted as non-PII (capitalised as Whisper writes)
DEV_BRANDS = {
    "crypto": ["Bitcoin", "Bitcoin Cash", "Ethereum", "Solana", "Cardano", "Dogecoin", "Litecoin"],
    "app": ["Venmo", "Cash App", "Zelle", "PayPal", "WhatsApp", "Spotify", "Netflix", "TeamViewer"],
    "device": ["Pixel", "iPhone", "Galaxy", "Alexa", "Kindle", "Roku", "Chromebook"],
    "restaurant": ["Pizza Hut", "Chipotle", "Wendy's", "Taco Bell", "Panera", "Olive Garden"],
    "company": ["Chase", "Wells Fargo", "Coinbase", "Amazon", "Dell", "Tesla", "Mercedes", "Verizon"],
}
HELDOUT_BRANDS = {
    "crypto": ["Polkadot", "Avalanche", "Algorand", "Hedera", "Cosmos", "Stellar", "Tron"],
    "app": ["Duolingo", "Headspace", "Waze", "Strava", "Calm", "Signal", "Telegram", "AnyDesk"],
    "device": ["Peloton", "Oura", "Fitbit", "Vizio", "Sonos", "Kia", "Lexus"],
    "restaurant": ["Wingstop", "Whataburger", "Culver's", "Jollibee", "Popeyes", "Denny's"],
    "company": ["Monzo", "Nubank", "USAA", "Amica", "Erie", "Allstate", "Progressive", "Mint Mobile"],
}
BRAND_LINES_DEV = {
    "crypto": ["Did you buy {a} or {b}?", "I moved most of it into {a} and some {b}.", "The wallet shows {a} but not {b}."],
    "app": ["I tried paying with {a} but it failed.", "Can I link it to {a}?", "{a} keeps crashing on me."],
    "device": ["{a} is not allowing it.", "My {a} won't connect.", "It works on the {a} but not the {b}."],
    "restaurant": ["We ordered from {a} and then {b}.", "The charge from {a} is wrong.", "It says {a} on my statement."],
    "company": ["I also bank with {a}.", "I'm thinking of moving to {a}.", "{a} gave me a better offer."],
}
BRAND_LINES_HELDOUT = {
    "crypto": ["Is {a} supported, or only {b}?", "I hold a little {a}.", "Why can't I send {a} to {b}?"],
    "app": ["The {a} app asked me to log in again.", "I saw the ad on {a}.", "Does {a} work with this?"],
    "device": ["The {a} lost its connection again.", "I'm calling from my {a}.", "Mine is a {a}, not a {b}."],
    "restaurant": ["There was a charge from {a} I didn't make.", "Someone used it at {a} and {b}.", "{a} twice in one day?"],
    "company": ["{a} quoted me less.", "I was with {a} before.", "My sister uses {a} and {b}."],
}

AGENT_HELDOUT = ["Let me pull that up for you.", "Okay, one moment while I check.", "I can help you with that.",
                 "Thanks for waiting, I appreciate your patience.", "I understand, that must be frustrating.",
                 "Let me see what options we have.", "Sure, I can look into that right now.",
                 "All right, I'm still here with you.", "Bear with me, the system is slow today.",
                 "Got it, that makes sense.", "Is there anything else on the policy you wanted to review?",
                 "I'm going to make a note on the file."]
ACKS_DEV = ["Okay.", "Mm-hmm.", "Got it.", "Right.", "Yes."]
ACKS_HELDOUT = ["Uh-huh.", "Sure.", "Okay, go on.", "Yep.", "Alright."]

# questions: (type, phrasing); dev and heldout phrasings differ
Q_DEV = {
    "phone": ["Can I get a good callback number for you?", "What's the best phone number to reach you?"],
    "card": ["Can I have the card number, please?", "Could you read me the long number on the card?"],
    "account": ["What's your account number?", "Can I have the order ID?", "Could you read me the remote access ID on the screen?"],
    "ssn": ["Can you confirm the last four of your social?", "I'll need your social security number to verify."],
    "email": ["What email address should I send it to?", "Can I get your email?"],
    "person": ["May I have your full name?", "Who am I speaking with today?"],
    "spell": ["How do you spell your last name?", "Could you spell that for me?"],
    "address": ["What's the shipping address?", "Can you confirm the address on the account?"],
    "dob": ["What's your date of birth?", "Can you verify your birthday for me?"],
}
Q_HELDOUT = {
    "phone": ["And what number can we call you back on?", "Is there a phone number I can reach you at if we get cut off?"],
    "card": ["Go ahead with the card number when you're ready.", "Which card would you like to use? Just read me the number."],
    "account": ["Could you give me the policy number?", "Do you have the claim number handy?", "Please tell me the member ID on your card."],
    "ssn": ["For verification I need the last four digits of your social.", "Could you provide your SSN please?"],
    "email": ["Which e-mail is best for the documents?", "Let me know the email you'd like on file."],
    "person": ["Can I get the name of the policy holder?", "And your first and last name, please?"],
    "spell": ["Would you spell the last name for me?", "How would you spell that?"],
    "address": ["What's the garaging address for the vehicle?", "Could you confirm your mailing address?"],
    "dob": ["And the date of birth of the driver?", "Can you confirm your date of birth?"],
}
# second held-out set (written after the first held-out run had been used to fix rules; never used for tuning)
Q_HELDOUT2 = {
    "phone": ["Okay, and a number where you can be reached?", "What's a good number for the text confirmation?"],
    "card": ["I'll take the sixteen digit number on the front of the card.", "Alright, what card number are we using today?"],
    "account": ["Can you read out your customer reference for me?", "What's the reference number on the letter?",
                "What's the ticket number they gave you?"],
    "ssn": ["I just need the last four of the social on file.", "And the social security number for the applicant?"],
    "email": ["What's the best email for you?", "Where should I email the receipt?"],
    "person": ["Who do I have on the line?", "Could I take your name?"],
    "spell": ["Can you spell the surname?", "Sorry, could you spell that out?"],
    "address": ["And the billing address on the card?", "Where should we send the replacement, what's the address?"],
    "dob": ["And when were you born?", "Just to verify, your date of birth?"],
}
AGENT_HELDOUT2 = ["Okay, I see the account here.", "Thanks, just a moment please.", "I'm sorry about all this.",
                  "Let me check what happened there.", "That should be fine.", "I've updated that for you.",
                  "No problem at all.", "I'll stay on the line while it loads.", "Right, I can see the payment.",
                  "Okay, that's done on my side."]
ACKS_HELDOUT2 = ["Okay, go ahead.", "Mm.", "Got that.", "Yes, and?", "Perfect."]
A_PREFIX_HELDOUT2 = ["So it's ", "Yeah so ", "That's ", "Right, ", "Hmm, it's "]
NAMES_HELDOUT2 = ["Abena Owusu", "Bartholomew Quinn", "Chiara Bianchi", "Diego Fernandes", "Eilidh Murray",
                  "Farhan Siddiqui", "Gwendolyn Price", "Hamza Khalil", "Ines Moreau", "Jovana Petrovic",
                  "Kofi Boateng", "Linnea Berg", "Malik Jefferson", "Noor Haddad", "Orla Brennan", "Pavel Novak",
                  "Quentin Marsh", "Rania Saleh", "Soren Holm", "Tamika Washington", "Uchenna Eze", "Valeria Rossi",
                  "Wiremu Ngata", "Ximena Herrera", "Yara Costa", "Zoltan Farkas", "Brian Cooper", "Megan Ross",
                  "Carlos Mendez", "Heather Lane"]
HELDOUT2_BRANDS = {
    "crypto": ["Uniswap", "Aave", "Filecoin", "Arbitrum", "Toncoin", "Pepe"],
    "app": ["Revolut", "Cash App", "Apple Pay", "Google Pay", "Monzo", "Klarna", "Afterpay"],
    "device": ["Galaxy Watch", "Apple Watch", "Nest Hub", "Echo Dot", "Kindle", "PlayStation"],
    "restaurant": ["Nando's", "Greggs", "Pret", "Five Guys", "Shake Shack", "In-N-Out"],
    "company": ["Barclays", "Santander", "Chime", "Ally", "Wise", "Starling", "Marcus"],
}
BRAND_LINES_HELDOUT2 = {
    "crypto": ["I bought some {a} through the app.", "Can I top up with {a} or {b}?", "The {a} transfer is pending."],
    "app": ["I added the card to {a}.", "The payment through {a} was declined.", "{a} says the card is frozen."],
    "device": ["I tapped my {a} at the till.", "It worked on my {a} yesterday.", "Can I use the {a} for it?"],
    "restaurant": ["There's a payment to {a} I don't recognise.", "I was charged twice at {a}.", "{a} and {b}, both declined."],
    "company": ["I'm moving my salary from {a}.", "My old bank was {a}.", "{a} let me do this for free."],
}
# third held-out set (written after the second held-out run had been used to fix rules; never used for tuning)
Q_HELDOUT3 = {
    "phone": ["In case the call drops, what number are you calling from?", "Could I grab a contact number?"],
    "card": ["When you're ready, the card number please.", "What are the digits on the card?"],
    "account": ["Do you have your account ID in front of you?", "What's the confirmation code on the email?",
                "And the case number from last time?"],
    "ssn": ["To pull up the file I need your social.", "Can I get the last four of your social security?"],
    "email": ["Which e-mail address is on the account?", "And your email, so I can send the link?"],
    "person": ["Can I get your first and last name?", "Who's the account holder?"],
    "spell": ["Could you spell your last name for me?", "How is that spelled?"],
    "address": ["What address should the technician come to?", "Can you give me your current address?"],
    "dob": ["Could you confirm the date of birth on the account?", "What's the birthday on file?"],
}
AGENT_HELDOUT3 = ["Okay, give me one second.", "Alright, I've got your file open.", "I apologise for the wait.",
                  "Let me go ahead and fix that.", "That's all updated now.", "I'm checking with my team.",
                  "Thanks for your patience today.", "Okay, I see what happened.", "Sure, no worries.",
                  "One moment while the page loads."]
ACKS_HELDOUT3 = ["Okay, continue.", "Yep, got it.", "Uh-huh, and then?", "Sure.", "Right, okay."]
A_PREFIX_HELDOUT3 = ["Okay so it's ", "Sure, that's ", "Yeah, um, ", "It would be ", "Alright, "]
NAMES_HELDOUT3 = ["Adaeze Nwankwo", "Bjorn Lindgren", "Catalina Reyes", "Dariusz Wisniewski", "Emeka Obi",
                  "Fionnuala Byrne", "Giulia Conti", "Haruto Sato", "Imani Brooks", "Jasper Whitmore",
                  "Kateryna Shevchenko", "Luis Navarro", "Mei Lin Chen", "Nikhil Agarwal", "Olamide Bello",
                  "Precious Mokoena", "Rafael Souza", "Shira Katz", "Tobias Keller", "Umar Farooq",
                  "Valentina Moreno", "Wesley Grant", "Xavier Dubois", "Yasmin Aziz", "Zeynep Yilmaz",
                  "Andrea Miller", "Thomas Reed", "Nancy Howard"]
HELDOUT3_BRANDS = {
    "crypto": ["Bitcoin", "Ethereum", "Ripple", "Binance Coin", "Shiba Inu", "Cardano"],
    "app": ["Venmo", "Uber", "DoorDash", "Instagram", "TikTok", "Zoom", "Skype"],
    "device": ["Pixel", "iPad", "Surface", "Fire Stick", "Xbox", "MacBook"],
    "restaurant": ["Subway", "Arby's", "Dunkin", "Starbucks", "Sonic", "Chick-fil-A"],
    "company": ["Comcast", "Spectrum", "Discover", "Capital One", "Geico", "Progressive", "Lincoln"],
}
BRAND_LINES_HELDOUT3 = {
    "crypto": ["Do you take {a}?", "I converted my {a} to {b} last week.", "Is the {a} fee included?"],
    "app": ["I got a text that looked like it came from {a}.", "I logged in through {a}.", "The {a} charge isn't mine."],
    "device": ["I'm on the {a} right now.", "The {a} keeps dropping the connection.", "Will it work with a {a}?"],
    "restaurant": ["There's a {a} charge from Tuesday.", "I was at {a}, then {b}.", "{a} charged me twice."],
    "company": ["{a} offered me a better rate.", "I used to have {a}.", "I'm switching from {a} to {b}."],
}
# fourth held-out set (written after the third held-out run had been looked at and used to fix the e-mail rule;
# never used for tuning): an online travel and stays business, ABCD and CLINC150 validation filler
Q_HELDOUT4 = {
    "phone": ["What's the mobile number on the booking?", "Can you give me a phone number for the hotel to reach you?"],
    "card": ["Okay, let's take the payment, what's the card number?", "Can you read me the card number, all of it?"],
    "account": ["What's your booking reference?", "Could you tell me the reservation number?",
                "Have you got your loyalty number there?"],
    "ssn": ["For the background check I'll need your social security number.",
            "Could you verify the last four of your social for me?"],
    "email": ["What's the email on the reservation?", "Where should the confirmation go, which email?"],
    "person": ["And whose name is the booking under?", "Could you give me the lead traveller's full name?"],
    "spell": ["Could you spell the last name, please?", "Let me get the spelling of that."],
    "address": ["What's the home address for the invoice?", "And what's your street address?"],
    "dob": ["I'll need the traveller's date of birth.", "What's your birth date, please?"],
}
AGENT_HELDOUT4 = ["Okay, let me look at the reservation.", "Thanks, I'm just pulling that up.",
                  "I'm sorry for the trouble with the trip.", "Let me check the availability.",
                  "Alright, that's been changed.", "Give me a moment to confirm with the property.",
                  "I appreciate you holding.", "Okay, I can see the booking now.", "No worries, take your time.",
                  "Let me see if there's a cheaper option."]
ACKS_HELDOUT4 = ["Mm-hmm, go on.", "Okay, yep.", "Got it, and?", "Sure, keep going.", "All right."]
A_PREFIX_HELDOUT4 = ["Yeah, that's ", "Uh, it's ", "Okay, it's ", "It should be ", "So, "]
NAMES_HELDOUT4 = ["Grace Oyelaran", "Will Hutchinson", "Joy Mbatha", "Siddharth Iyer", "Anna-Maria Lopez",
                  "Cormac O'Sullivan", "Eun-ji Park", "Rosa Delgado", "Tevita Fonua", "Magdalena Nowak",
                  "Oscar Lindahl", "Nomvula Khumalo", "Ravi Shankar Pillai", "Hope Carrington", "Dev Malhotra",
                  "Beatriz Almeida", "Gideon Achterberg", "Lucia Ferraro", "Mohammed Al-Sayed", "Kirsten Dahl",
                  "Aroha Tane", "Yusra Haidari", "Femi Adebayo", "Sean Gallagher", "Ivy Nakamura",
                  "Robert Walsh", "Jennifer Scott", "Daniel Hughes"]
HELDOUT4_BRANDS = {
    "crypto": ["Bitcoin", "Monero", "Chainlink", "Dai", "Tether", "Polygon"],
    "app": ["Airbnb", "Booking", "Expedia", "Hopper", "Tripadvisor", "Google Maps", "Lyft"],
    "device": ["Apple Watch", "Garmin", "GoPro", "Kindle", "Nintendo Switch", "Bose"],
    "restaurant": ["Tim Hortons", "Jack in the Box", "Ruby Tuesday", "Wendy's", "Papa John's", "Dairy Queen"],
    "company": ["Marriott", "Hilton", "Delta", "Hertz", "Ryanair", "Emirates", "Ford"],
}
BRAND_LINES_HELDOUT4 = {
    "crypto": ["Can I pay for the room in {a}?", "I was refunded in {a} instead of {b}.", "Does the site still take {a}?"],
    "app": ["I first saw the price on {a}.", "It was cheaper on {a} than on {b}.", "I booked the ride through {a}."],
    "device": ["The boarding pass won't open on my {a}.", "I left my {a} in the room.", "I paid with the {a}."],
    "restaurant": ["There's a charge from {a} at the airport.", "We ate at {a} and then {b}.", "Is {a} near the hotel?"],
    "company": ["{a} had a better price.", "I usually stay with {a}.", "I'm comparing you with {a} and {b}."],
}
# fifth held-out set (written after the fourth held-out run had been used to fix the business-name, spell-window and
# spaced e-mail rules; never used for tuning): a home-services booking business, CLINC150 train + Bitext filler,
# restaurants and stores whose names hold name-like words, written e-mails with stray spaces
Q_HELDOUT5 = {
    "phone": ["What's a good cell number for the technician?", "And the number you'd like the text updates sent to?"],
    "card": ["I can take the card over the phone, what's the number?", "Whenever you're set, go ahead and read the card."],
    "account": ["Do you have the work order number?", "What's the job number on your invoice?",
                "Can you read me the warranty ID from the sticker?"],
    "ssn": ["For the financing application I'll need your social.",
            "Can you give me the last four of your social to confirm it's you?"],
    "email": ["What email should the quote go to?", "Which email do you want the invoice sent to?"],
    "person": ["Who will be home for the appointment?", "What name should I put the job under?"],
    "spell": ["Can you spell that last name out for me?", "Sorry, how do you spell the surname?"],
    "address": ["What's the service address?", "And where's the property located, the full address?"],
    "dob": ["For the credit check, what's your date of birth?", "And the homeowner's birth date?"],
}
AGENT_HELDOUT5 = ["Okay, I'm looking at the schedule now.", "Let me see which technician is free.",
                  "Thanks for bearing with me.", "I'm sorry the repair didn't hold.", "Alright, I've booked that in.",
                  "Give me a second to check the warranty.", "No problem, we can sort that out.",
                  "I'll add a note for the technician.", "Okay, the quote is updated.",
                  "Let me check if there's an earlier slot.", "Sure, I can move the appointment.",
                  "I understand, that's not the service we want you to have."]
ACKS_HELDOUT5 = ["Okay, got it.", "Mm-hmm, yes.", "Right, and the rest?", "Okay, go ahead.", "Yep, I have that."]
A_PREFIX_HELDOUT5 = ["Oh, it's ", "Yeah okay, ", "That'd be ", "Mm, it's ", "Alright so "]
NAMES_HELDOUT5 = ["Amara Okonkwo", "Benedikt Huber", "Consuelo Ibarra", "Dong-hyun Kim", "Efua Asante",
                  "Florin Popescu", "Gulnara Akhmetova", "Henrik Sorensen", "Ifeoma Chukwu", "Jarrah Wilson",
                  "Keanu Kahananui", "Lorenzo Bruno", "Mariam Tadesse", "Nils Gustafsson", "Olga Ivanova",
                  "Paulo Teixeira", "Qiu Yan", "Rashida Coleman", "Santiago Ruiz", "Thandiwe Ndlovu",
                  "Ulrike Weber", "Vikram Rao", "Wanjiru Kamau", "Xiomara Pena", "Yosef Levi", "Zuzana Horvath",
                  "Heather Morgan", "Brandon Hughes", "Carol Bennett", "Travis Cole", "Hunter Graves", "Faith Dunn"]
HELDOUT5_BRANDS = {
    "crypto": ["Bitcoin", "Litecoin", "Stellar", "Kaspa", "Sui", "Aptos"],
    "app": ["Instacart", "Grubhub", "Uber Eats", "Shipt", "Thumbtack", "Nextdoor", "Angi"],
    "device": ["Ring Doorbell", "Nest Thermostat", "Roomba", "Ecobee", "Arlo", "Blink"],
    "restaurant": ["Dairy Queen", "Papa John's", "Jack in the Box", "Wendy's", "Taco Bell", "Long John Silver's",
                   "Marie Callender's", "Jersey Mike's", "Carl's Jr", "Bob Evans", "Golden Corral",
                   "Dave's Hot Chicken"],
    "company": ["Trader Joe's", "Dollar General", "Harris Teeter", "Piggly Wiggly", "Kohl's", "Ace Hardware",
                "Sherwin Williams", "Liberty Mutual"],
}
BRAND_LINES_HELDOUT5 = {
    "crypto": ["Could I settle the invoice in {a}?", "My brother pays his contractors in {a} or {b}.",
               "Is {a} something you accept?"],
    "app": ["I found you on {a}.", "The other company I booked through {a} never showed.", "{a} had cheaper quotes."],
    "device": ["The {a} stopped working after the visit.", "Can the technician set up my {a}?",
               "I have a {a} and a {b} on the same circuit."],
    "restaurant": ["The technician left to grab lunch at {a}.", "My card got charged at {a} the same day.",
                   "{a} next door had the same outage.", "We were at {a} when the alarm went off.",
                   "There's a {a} charge and a {b} charge I don't know."],
    "company": ["I bought the paint at {a}.", "{a} sold me the wrong part.", "I got a quote from {a} too.",
                "My insurance is with {a}, not {b}."],
}
# sixth held-out set (written after the fifth held-out run had been used to fix rules; never used for tuning): an
# energy and water utility, CLINC150 full test + out-of-scope filler and Banking77 (offset 2), new number readings
# ("area code", "triple", "hundred", read-back corrections, phonetic letters), a realistic brand mix
Q_HELDOUT6 = {
    "phone": ["What's the best number for the outage alerts?", "Can you confirm the phone number on the service account?",
              "If the crew needs to reach you on the day, what number do they call?"],
    "card": ["For the one-time payment, what's the card number?", "Okay, I'm ready for the card, go ahead.",
             "What's the sixteen digits on the debit card?"],
    "account": ["Can you read me the account number from the top of your bill?", "What's the meter number on the unit?",
                "Do you have the service request number?", "What's the premise ID on the statement?"],
    "ssn": ["To open the new service I need your social security number.",
            "To confirm identity, the last four of the social, please."],
    "email": ["What email do you want the paperless bill sent to?", "Can I get an email for the confirmation?"],
    "person": ["And who's the account in the name of?", "Can I have the name of the person calling?",
               "Who am I speaking to, please?"],
    "spell": ["Can I get the spelling of the last name?", "Would you mind spelling that for me?"],
    "address": ["What's the service address where the meter is?", "And the address you're moving to?"],
    "dob": ["Can you confirm the account holder's date of birth?", "What's the date of birth for the new account?"],
}
AGENT_HELDOUT6 = ["Okay, I'm looking at the usage history now.", "Let me check for outages in your area.",
                  "Thanks, I've got the service account open.", "I'm sorry the bill is higher than usual.",
                  "Alright, the payment arrangement is set up.", "Give me a moment to check the meter readings.",
                  "No problem, I can waive that fee.", "I'll put in a request for a crew.",
                  "Okay, the stop date is in the system.", "Let me see what the budget billing would be.",
                  "Sure, I can send that to you.", "I understand, nobody likes a surprise on the bill.",
                  "Bear with me while the account loads."]
ACKS_HELDOUT6 = ["Okay, I'm with you.", "Mm-hmm, next part?", "Okay, and?", "Got it, keep going.", "Yes, go on."]
A_PREFIX_HELDOUT6 = ["Um, yeah, it's ", "Let me see, ", "Okay, that's ", "I think it's ", "Yes, "]
NAMES_HELDOUT6 = ["Abimbola Fashola", "Bernadette Kowalczyk", "Cyrus Farahani", "Delphine Marchand", "Esperanza Villanueva",
                  "Folasade Ogunleye", "Gaurav Chatterjee", "Hyun-woo Jang", "Ilse Vermeulen", "Jovan Stojanovic",
                  "Kaveh Rostami", "Ludmila Sokolova", "Mbali Zulu", "Niamh Gallagher", "Osvaldo Carrasco",
                  "Parisa Tehrani", "Radoslav Dimitrov", "Saoirse Keane", "Tariq Mahmoud", "Uriel Espinoza",
                  "Vaea Faleolo", "Wojciech Zielinski", "Yaw Darko", "Zsofia Balogh", "Autumn Reyes",
                  "Dustin Parker", "Crystal Jenkins", "Wade Porter", "Summer Hill", "Chance Young",
                  "Destiny Brooks", "Rusty Carter", "Misty Long", "Dale Lee"]
HELDOUT6_BRANDS = {  # mostly plain brand words, some named after people (Lowe's, Kenmore) as real calls have
    "crypto": ["Bitcoin", "Ethereum", "Dogecoin", "Tezos", "USD Coin", "Near"],
    "app": ["Google Home", "SmartThings", "Rocket Money", "Credit Karma", "Facebook", "Alexa app", "Nextdoor",
            "Zillow"],
    "device": ["Powerwall", "Enphase", "Rheem", "Trane", "Lennox", "Honeywell", "Whirlpool", "Maytag", "Kenmore",
               "Frigidaire", "Generac"],
    "restaurant": ["McDonald's", "Waffle House", "Cracker Barrel", "Outback", "Applebee's", "Hardee's", "Zaxby's",
                   "Culver's", "Panda Express", "Baskin Robbins"],
    "company": ["Home Depot", "Lowe's", "Costco", "Walmart", "Best Buy", "Walgreens", "Kroger", "Publix",
                "Duke Energy", "Con Edison", "Xfinity", "State Farm", "Dillard's", "Marshalls", "Menards",
                "Tractor Supply"],
}
BRAND_LINES_HELDOUT6 = {
    "crypto": ["Can I pay the bill with {a}?", "I read you take {a} now, is that true?", "I have some {a} and {b}, can I use them?"],
    "app": ["I get the alerts on {a}.", "{a} shows the charge twice.", "I linked the meter to {a} and {b}."],
    "device": ["We put in a new {a} water heater.", "The {a} unit trips the breaker.", "Is the {a} rebate still on?",
               "We have {a} and {b} in the garage."],
    "restaurant": ["The power was out at {a} down the road too.", "I was at {a} when you called.",
                   "Even {a} had its lights off.", "{a} and {b} were both closed from the outage."],
    "company": ["I bought the thermostat at {a}.", "{a} said the rebate comes from you.", "I used to be with {a}.",
                "{a} sold me the wrong filter.", "My neighbor works at {a}.", "I saw the flyer at {a} and {b}."],
}
LEX_LINES_HELDOUT6 = ["Am I still on {a}?", "Can you sign me up for {a}?", "{a} was supposed to lower the bill.",
                      "Somebody told me {a} would cover it."]
Q_HELDOUT7 = {
    "phone": ["And what's a good callback number in case the doctor's running late?",
              "Is the number we have for you still your cell?", "What number should the pharmacy text when it's ready?",
              "Can I get a phone number for the patient?"],
    "card": ["I can take the copay over the phone, which card would you like to use?",
             "Go ahead with the card number whenever you're ready.", "What's the number on the HSA card?"],
    "account": ["Can you read me the member ID off the front of your insurance card?",
                "Do you have the claim number from the letter?", "What's the medical record number on the form?",
                "And the policy number, please?", "Do you have the confirmation number for the booking?"],
    "ssn": ["Some plans need it, can I have the patient's social security number?",
            "I just need the last four digits of your social to verify."],
    "email": ["Where should we send the patient portal invite?", "What email would you like the visit summary sent to?"],
    "person": ["Who's the appointment for?", "And who am I speaking with today?", "What's the patient's full name?"],
    "spell": ["Could you spell the last name for me?", "How do you spell that?"],
    "address": ["What's the home address on file?", "And where should we mail the lab kit?"],
    "dob": ["Can you verify the patient's date of birth?", "And your birthday, please?"],
}
AGENT_HELDOUT7 = ["Okay, I see the appointment on the schedule.", "Let me check which times the doctor has open.",
                  "Thanks for waiting, the system is slow this morning.", "I can move that to the afternoon if you like.",
                  "Alright, the referral went through.", "Let me see if your plan covers that visit.",
                  "Okay, I've sent the refill request to the nurse.", "Sure, I can book the room for those nights.",
                  "No worries, we can reschedule that.", "I'm just pulling up the claim now.",
                  "The lab results should be in the portal tomorrow.", "I'll add a note for the front desk."]
ACKS_HELDOUT7 = ["Mm-hmm, I'm listening.", "Okay, yes.", "Uh-huh, and then?", "Right, go ahead.", "Okay, keep going."]
A_PREFIX_HELDOUT7 = ["Oh, um, it's ", "Yeah, so it's ", "Okay, ", "Hold on, it's ", "That'd be "]
NAMES_HELDOUT7 = ["Adaeze Nwachukwu", "Bao Tran", "Chiamaka Eze", "Dmitri Volkov", "Eun-ji Seo", "Fatima Zahra Benali",
                  "Giorgos Papadakis", "Hamza Qureshi", "Ingrid Solberg", "Joaquin Mendoza", "Kemal Aydin",
                  "Leilani Kahananui", "Mihai Popescu", "Nneka Obi", "Oksana Bondarenko", "Pradeep Venkatesan",
                  "Quynh Le", "Rashida Okafor", "Sven Lindqvist", "Thandiwe Ndlovu", "Umar Farouk", "Valentina Russo",
                  "Wanjiru Kamau", "Xochitl Ramirez", "Yusuf Demir", "Zainab Bello", "Ji-ho Park", "Anh Nguyen",
                  "Grace Hope", "Faith Miller", "Jordan Bell", "Robin Wood", "Sandy Rivers", "Hunter Stone",
                  "Amber Frost", "Hilton Marsh"]
HELDOUT7_BRANDS = {  # a clinic's calls name pharmacies, insurers, drugs, hotels and hospitals, many after people
    "crypto": ["Bitcoin", "Solana", "Litecoin", "Polygon"],
    "app": ["MyChart", "GoodRx", "Zocdoc", "Teladoc", "Apple Health", "Fitbit", "Instagram", "Uber", "Lyft"],
    "drug": ["Ozempic", "Lipitor", "Tylenol", "Advil", "Zyrtec", "Metformin", "Eliquis", "Humira", "Jardiance"],
    "hotel": ["Hyatt", "Hilton", "Marriott", "Holiday Inn", "Best Western", "Wyndham", "Hampton Inn",
              "Ronald McDonald House", "Motel 6"],
    "company": ["CVS", "Walgreens", "Rite Aid", "Aetna", "Cigna", "Humana", "Kaiser Permanente", "Blue Cross",
                "UnitedHealthcare", "Medicare", "Quest Diagnostics", "LabCorp", "Johns Hopkins", "Mayo Clinic",
                "Cleveland Clinic", "Pfizer", "Johnson and Johnson", "Sam's Club"],
}
BRAND_LINES_HELDOUT7 = {
    "crypto": ["Do you take {a} for the self-pay part?", "My son keeps telling me to buy {a}."],
    "app": ["I booked it through {a}.", "The refill shows up in {a} but not here.", "I got a coupon on {a}.",
            "Can I use {a} and {b} for the same visit?"],
    "drug": ["I'm still taking the {a}.", "Is {a} covered on my plan?", "The doctor switched me from {a} to {b}.",
             "I took two {a} this morning."],
    "hotel": ["We're staying at the {a} by the hospital.", "Is the {a} close to the clinic?",
              "{a} gave us a medical rate.", "We tried {a} and {b} but they were full."],
    "company": ["{a} says they never got the prescription.", "I switched from {a} last year.",
                "My insurance is through {a}.", "The lab work was done at {a}.", "I had the surgery at {a}.",
                "{a} and {b} both sent me a bill.", "Can you send it to the {a} on Main?"],
}
LEX_LINES_HELDOUT7 = ["Is {a} still part of my plan?", "The nurse said {a} would have an opening.",
                      "Can I do the visit through {a}?", "I got a letter from {a} about this."]
# eighth held-out set (written blind, by someone who had not read the redactor or its tests; never used for tuning):
# a car dealership group's service and auto-finance line, CLINC150 full validation (auto, banking and card intents)
# + Banking77 train (offset 4, payment intents) + Bitext 20000 (offset 2, payment/account/refund intents) filler
Q_HELDOUT8 = {
    "phone": ["What's the best number to text you when the car's ready?",
              "And is there a number where finance can reach you during the day?",
              "Do you want me to keep the cell we have on the loan, or is there a new one?",
              "What number did you use when you set up the online payments?"],
    "card": ["Which card do you want to put the payment on? Go ahead with the number.",
             "Okay, I can run the deposit on a card, what's the card number?",
             "For the repair bill, what card are we using today?"],
    "account": ["Can you give me the loan account number? It's on the top right of the statement.",
                "What's the contract number on your finance agreement?",
                "What's the order number from the parts website?",
                "Do you have your customer number? It's under your name on the statement."],
    "ssn": ["For the credit application I'll need the full social security number.",
            "To pull up the loan, can you verify the last four of the social on it?",
            "And the co-buyer's social, please?"],
    "email": ["What email should the buyer's order and the payoff letter go to?",
              "Can I get an email to send the service quote?",
              "Is the email on the finance account still good? What is it?"],
    "person": ["And who's the primary borrower on the loan?", "Whose name is the vehicle registered under?",
               "Can I get your first and last name, please?", "Who do I have the pleasure of speaking with?"],
    "spell": ["Could you spell the last name for me?", "Sorry, can you spell that out?",
              "And the last name, how do you spell that?"],
    "address": ["What's the address on your driver's license?", "Where should we mail the title when it's paid off?",
                "And the address for the pickup and delivery?"],
    "dob": ["For the application, your date of birth?", "Can you verify the borrower's date of birth?",
            "And the date of birth on your license?"],
}
AGENT_HELDOUT8 = ["Okay, I've got the repair order open.", "Let me check with the shop foreman on that.",
                  "Alright, I see the loan here, give me a second.", "The technician is still diagnosing it.",
                  "I can get you a loaner if you need one.", "Let me see what the payoff would be as of today.",
                  "Okay, the payment posted on our side.", "I'm sorry the car is back in for the same thing.",
                  "Let me check if that part is in stock.", "Sure, I can move the due date for you.",
                  "That should be covered under the powertrain warranty.", "Give me a moment, the system is slow.",
                  "I'll have the service advisor call you back.", "Okay, I'm looking at the inspection notes now.",
                  "Alright, the late fee has been waived."]
ACKS_HELDOUT8 = ["Okay, I've got that part.", "Mm-hmm, and the rest?", "Yes, go ahead.", "Okay, next?",
                 "Got it, keep going.", "Uh-huh."]
A_PREFIX_HELDOUT8 = ["Let me grab it, okay, ", "Uh, yeah, it's ", "Okay so that's ", "It should be ", "Sure, um, ",
                     "Yep, "]
NAMES_HELDOUT8 = ["Aditi Kulkarni", "Bogdan Marinescu", "Carmen Solis", "Dakota Ford", "Efosa Igbinedion",
                  "Flora Szabo", "Goran Petrovski", "Hoang Pham", "Isabela Cardoso", "Jae-won Lim", "Khadija Mansour",
                  "Lachlan Murdoch-Reid", "Mercedes Ortiz", "Nikolai Baranov", "Olusegun Adewale", "Priyanka Bose",
                  "Ruairi Doyle", "Sipho Mahlangu", "Tuan Vo", "Ugo Marchetti", "Vesna Horvat", "Waleed Nasser",
                  "Yolanda Tso", "Zhiwei Huang", "Emre Kaya", "Kalani Akana", "Victoria Chase", "Austin Fields",
                  "Georgia Banks", "Jordan Lincoln", "Brooke Rivers", "Clay Hamilton", "Paris Young", "Chester Hale",
                  "Florence Bishop", "Lincoln Moss", "Carter Webb", "Dwayne Ng"]
HELDOUT8_BRANDS = {  # a dealership's calls name makes and models (many after people or places), lenders, apps, shops
    "vehicle": ["Camry", "Corolla", "Tacoma", "Sienna", "Highlander", "Odyssey", "Civic", "Pilot", "Accord",
                "Silverado", "Tahoe", "Malibu", "Equinox", "Sierra", "Escalade", "Navigator", "Explorer",
                "Maverick", "Bronco", "Ranger", "Santa Fe", "Tucson", "Elantra", "Sorento", "Outback", "Forester",
                "Jetta", "Cherokee", "Durango", "Pacifica", "Model Y", "Prius", "CR-V", "RAV4"],
    "make": ["Toyota", "Honda", "Chevy", "Ford", "Lincoln", "Mercedes", "Chrysler", "Dodge", "Porsche", "Tesla",
             "Hyundai", "Kia", "Subaru", "Nissan", "Volkswagen", "Jeep", "GMC", "Cadillac", "Buick"],
    "lender": ["Ally", "Capital One", "Chase Auto", "Santander", "Westlake", "Credit Acceptance", "Toyota Financial",
               "Navy Federal", "Wells Fargo", "Carvana Financing"],
    "app": ["Carfax", "Kelley Blue Book", "Edmunds", "AutoTrader", "CarGurus", "TrueCar", "Cars.com", "Apple CarPlay",
            "Android Auto", "OnStar", "SiriusXM", "Waze", "FordPass"],
    "shop": ["Jiffy Lube", "Les Schwab", "Pep Boys", "Discount Tire", "Midas", "Firestone", "AutoZone", "O'Reilly",
             "Safelite", "Meineke", "Valvoline", "Mavis"],
    "buyer": ["CarMax", "Carvana", "Vroom", "Peddle", "Enterprise Car Sales", "Hertz Car Sales"],
    "insurer": ["Geico", "Progressive", "State Farm", "AAA", "Allstate", "Liberty Mutual", "Farmers", "USAA"],
    "tire": ["Michelin", "Goodyear", "Bridgestone", "Pirelli", "Continental", "Cooper"],
}
BRAND_LINES_HELDOUT8 = {
    "vehicle": ["It's the twenty nineteen {a}.", "I'm trading in the {a} for the {b}.", "Do you have a {a} on the lot?",
                "The {a} is making that noise again.", "My wife drives the {a}, I drive the {b}.",
                "Is the {a} the hybrid or the gas one?"],
    "make": ["I've always driven {a}.", "Is this a {a} dealer or do you do {b} too?", "The {a} warranty ran out.",
             "{a} sent me a recall letter.", "I had a {a} before this one."],
    "lender": ["I was pre-approved through {a}.", "{a} offered me a lower rate.", "My old loan was with {a}.",
               "Can I refinance with {a}?", "The payment is still going to {a} and {b}."],
    "app": ["I saw the car on {a}.", "The {a} report said no accidents.", "{a} values it higher than you do.",
            "Does it have {a}?", "{a} stopped working after the update.", "I checked {a} and {b} before I came in."],
    "shop": ["{a} quoted me less for the brakes.", "I had the tires rotated at {a}.", "{a} did the oil change last time.",
             "I got a quote from {a} and {b}.", "The guy at {a} said it's the alternator."],
    "buyer": ["{a} offered me more for my trade.", "I almost bought it from {a}.", "{a} gave me an instant offer.",
              "Can you beat what {a} and {b} offered?"],
    "insurer": ["My insurance is through {a}.", "{a} needs the lienholder address.", "I switched from {a} to {b}.",
                "{a} is sending an adjuster out."],
    "tire": ["Do you have {a} tires in stock?", "I'd rather have {a} than {b}.", "The car came with {a} tires."],
}
LEX_LINES_HELDOUT8 = ["Is {a} still on my contract?", "The salesman said {a} would cover that.",
                      "Can I add {a} to the loan?", "I got a mailer from {a}.", "Do I have to go through {a} for this?",
                      "Is this covered by {a}?"]
# a university's bursar / student financial services line (tuition bills, payment plans, refunds, holds, parents
# paying from abroad), CLINC150 full train (offset 9; banking, credit-card, work and meta intents) + Banking77 train
# (offset 1; transfers, exchange rates, card payments) + Bitext 27k sample (offset 5; payment, refund, invoice,
# account intents) filler
Q_HELDOUT9 = {
    "phone": ["And what's a good callback number in case we get disconnected?",
              "Is there a phone number I can put on the student's account for you?",
              "What number should the payment plan reminders go to?",
              "Can I get a number where you can be reached, including the country code if it's not a US number?"],
    "card": ["Alright, I can take that payment over the phone. Whenever you're ready, the card number?",
             "Which card would you like to use for the deposit? Go ahead and read me the number.",
             "Okay, and the long number across the front of the card?"],
    "account": ["Can I have the student ID number? It's the nine digit number on the ID card.",
                "Do you have the confirmation code from the payment portal?",
                "What's the payment plan agreement number? It's at the top of the enrollment email.",
                "Could you give me your applicant ID from the admissions portal?"],
    "ssn": ["For the tax form I need to verify the social security number we have for the student.",
            "Can you confirm the last four of the student's social?",
            "I'll need the full social to update the 1098-T record, whenever you're ready."],
    "email": ["What's the best email for the refund notice?",
              "And is it okay if I send the receipt to your student email? What is that?",
              "Which email did you use to create the authorized user login?",
              "Can I get the parent's email address for the authorized payer invite?"],
    "person": ["May I ask who I'm speaking with today?", "And the student's full name, please?",
               "Who is the authorized user on the account?", "Can I get the name as it appears on the account?"],
    "spell": ["Would you mind spelling the last name?", "I'm sorry, how is that spelled?",
              "Can you spell the surname for me, letter by letter?"],
    "address": ["What's the mailing address for the refund check?", "Where should we send the paper bill?",
                "And what is your current permanent address?", "What's the billing address for the card?"],
    "dob": ["For verification, can I get the student's date of birth?", "And the date of birth on the account?",
            "Could you please confirm your birthdate?"],
}
AGENT_HELDOUT9 = ["Okay, I'm pulling up the student account now.", "Let me look at the term balance for you.",
                  "I see the financial aid is still pending disbursement.", "That hold is from the registrar, not us.",
                  "Alright, the late fee is showing on the spring term.", "Bear with me, our system is a little slow.",
                  "I can see the refund was processed on our end.", "Let me check with my supervisor on that.",
                  "The payment plan enrollment is still open for this term.",
                  "Okay, it looks like the housing charge posted twice.", "I'm going to put some notes on the account.",
                  "So the wire hasn't reached us yet, that can take a few days.",
                  "I can waive the late fee one time as a courtesy.", "Let me transfer you to financial aid after this.",
                  "Okay, the hold has been released.", "I understand, that's really frustrating."]
ACKS_HELDOUT9 = ["Mm-hmm, I'm with you.", "Okay, go on.", "Got it so far.", "Alright, and then?", "Yep.",
                 "Okay, I'm typing, go ahead."]
A_PREFIX_HELDOUT9 = ["Oh, um, it's ", "Yeah, so it's ", "Okay, that's ", "Right, it'd be ", "Hmm, I think it's ",
                     "So, ", "Ah, yes, "]
NAMES_HELDOUT9 = ["Amara Nwachukwu", "Bjorn Haugen", "Chiara Benedetti", "Dang Thi Lan", "Eszter Varga",
                  "Farhan Chowdhury", "Guadalupe Reyes", "Hyun-woo Park", "Ifeoma Eze", "Javier Ocampo",
                  "Kaveh Rostami", "Liesel Vogel", "Mthunzi Zulu", "Noa Ben-David", "Oksana Shevchenko",
                  "Pania Ngata", "Quang Tran", "Rashida Bello", "Saoirse Kavanagh", "Teodor Popa", "Uzma Siddiqui",
                  "Valentina Rossi", "Wiremu Tane", "Ximena Paredes", "Yerlan Abenov", "Zeynep Aydin",
                  "Anjali Deshpande", "Tevita Fifita", "Mairead Gallagher", "Kofi Boateng",
                  # names that are also words, places, brands or universities
                  "Chase Morgan", "Virginia Wells", "Madison Brown", "Duke Okafor", "Taylor Rice", "Summer Rain",
                  "Hunter Green", "Brooklyn Hayes", "Penny Lane", "Sterling Price", "Dallas Cooper", "Phoenix Long",
                  "Trinity Stanford", "Cruz Navarro"]
HELDOUT9_BRANDS = {  # a bursar's calls name payment services, lenders, schools (many after people), apps, tests
    "payment": ["Flywire", "TouchNet", "CashNet", "Nelnet", "Western Union", "Wise", "PayPal", "Zelle", "Venmo",
                "Apple Pay", "Google Pay", "Remitly", "Convera"],
    "lender": ["Sallie Mae", "Navient", "MOHELA", "Aidvantage", "SoFi", "Earnest", "College Ave", "Ascent",
               "Discover Student Loans", "Citizens", "Parent PLUS", "Wells Fargo"],
    "aid": ["Pell Grant", "Stafford loan", "Perkins loan", "Fulbright", "Gates Scholarship", "Cal Grant",
            "Coca-Cola Scholars", "Jack Kent Cooke", "Hope Scholarship", "FAFSA", "CSS Profile"],
    "school": ["Duke", "Rice", "Brown", "Vanderbilt", "Tulane", "Baylor", "Emory", "Stanford", "Cornell", "Purdue",
               "Clemson", "Auburn", "Marquette", "Loyola", "DePaul", "Villanova", "Johns Hopkins", "Carnegie Mellon"],
    "app": ["Canvas", "Blackboard", "Workday", "Banner", "Handshake", "Duo Mobile", "Okta", "Common App", "Quizlet",
            "Chegg", "Grammarly", "Microsoft Teams", "Zoom"],
    "campus": ["Barnes & Noble", "Sodexo", "Aramark", "Chick-fil-A", "Starbucks", "Panda Express", "Grubhub",
               "Follett", "Amazon", "Enterprise CarShare"],
    "test": ["College Board", "ACT", "TOEFL", "IELTS", "Duolingo English Test", "Kaplan", "Princeton Review", "GRE"],
}
BRAND_LINES_HELDOUT9 = {
    "payment": ["I paid through {a} last week and it's not showing.", "Can my dad send it with {a} instead of {b}?",
                "{a} charged me a fee on top of the tuition.", "Is {a} the only way to pay from overseas?",
                "I already tried {a} and then {b}."],
    "lender": ["The loan is with {a}.", "{a} says they sent the money to the school.", "I refinanced with {a}.",
               "My mom has a {a} loan for my sister.", "Do you work with {a} or only {b}?"],
    "aid": ["Did my {a} come through yet?", "I lost the {a} this year.", "The {a} covers part of it.",
            "Is the {a} applied before or after the {b}?", "I filled out the {a} in October."],
    "school": ["I'm transferring from {a}.", "My sister goes to {a} and they let you pay monthly.",
               "I got into {a} too, but this was cheaper.", "We're still paying off {a} for my older son.",
               "I was deciding between here and {a}."],
    "app": ["It says on {a} that I have a hold.", "{a} keeps logging me out.", "I can't get into {a} without {b}.",
            "The balance on {a} doesn't match the bill.", "I got the notice through {a}."],
    "campus": ["The charge from {a} is on my student account.", "Can I use dining dollars at {a}?",
               "I bought the books through {a}.", "Is {a} billed through the bursar or separately?"],
    "test": ["Do I pay the {a} fee to you?", "The {a} score report was sent already.", "I took the {a} in June.",
             "Is the {a} waiver the same as the application fee waiver?"],
}
LEX_LINES_HELDOUT9 = ["Someone at orientation mentioned {a}.", "The letter said something about {a}.",
                      "Does this have anything to do with {a}?", "I was reading about {a} on the website.",
                      "My roommate told me to ask about {a}.", "Is that the same as {a}?"]
# eleventh held-out set (written blind, by someone who had not read the redactor or its tests; never used for tuning):
# a property management company's resident and leasing line (rent and late fees, maintenance with unit numbers and
# gate/lock-box codes, renewals, move-in/move-out, deposit refunds to forwarding addresses, applicants with employer
# and landlord references, co-signers, parking permits and plates, pets, resident portals and payment apps),
# CLINC150 full test (offset 5) + Banking77 train (offset 3) + Bitext 27k sample (offset 6) filler
Q_HELDOUT11 = {
    "phone": ["What's the best number for the maintenance tech to call when he's on his way?",
              "And a phone number for the application, a cell is best.",
              "Can I get a good callback number in case the leasing manager needs to reach you?",
              "Is the number on your resident profile still current, or do you have a new one?"],
    "card": ["Okay, I can take the rent over the phone, there's a convenience fee on cards. What's the card number?",
             "Go ahead with the card number for the application fee whenever you're ready.",
             "Which card do you want the holding deposit on? Read me the long number."],
    "account": ["Do you have your resident account number? It's at the top of the ledger.",
                "Do you have the work order number from the portal?",
                "What's the application number on the email you got?",
                "And your voucher number from the housing authority?"],
    "ssn": ["For the screening I'll need the applicant's social security number.",
            "Can you verify the last four of your social for me?",
            "And the co-signer's social, for the credit check?"],
    "email": ["What email should the move-out statement go to?", "What's the email on the rental application?",
              "Where do you want the renewal offer e-mailed?"],
    "person": ["Can I get the name on the lease, please?", "And who am I speaking with today?",
               "Who's your current landlord or property manager?", "What's the co-signer's full name?"],
    "spell": ["Can you spell the last name for me?", "Sorry, how do you spell that?",
              "And would you spell that out, letter by letter?"],
    "address": ["What's the forwarding address for the deposit refund check?",
                "And your current address, where you live now?", "Where should we mail the final statement?"],
    "dob": ["For the background check, what's your date of birth?", "And the co-signer's date of birth?",
            "Can you confirm the date of birth on the lease?"],
}
AGENT_HELDOUT11 = ["Okay, I've got your resident ledger open.", "Let me check with maintenance on that.",
                   "Alright, I can see the work order in the system.", "The late fee posts after the grace period.",
                   "Let me see if the renewal offer has gone out yet.", "Bear with me, the portal is slow today.",
                   "I'll put a note on the work order for the technician.", "Okay, the payment is showing as pending.",
                   "Let me look at the move-out inspection notes.", "I understand, nobody wants to wait on a repair.",
                   "I can waive the late fee this one time.", "Okay, the application is still in screening.",
                   "Let me see what units we have coming available.", "That would go through the leasing office.",
                   "I'm sorry, I know the heat going out is miserable.", "Alright, your permission to enter is noted."]
ACKS_HELDOUT11 = ["Okay, I'm typing it in.", "Mm-hmm, go ahead.", "Yep, got that part.", "Okay, and then?",
                  "Alright.", "Uh-huh, keep going."]
A_PREFIX_HELDOUT11 = ["Um, okay, it's ", "Yeah, it's ", "So it would be ", "Let me look, it's ", "Okay, ",
                      "I believe it's ", "Oh, yeah, "]
NAMES_HELDOUT11 = ["Akosua Frimpong", "Bartosz Lewandowski", "Chinonso Okeke", "Dilnoza Karimova", "Eamon Brennan",
                   "Fernanda Albuquerque", "Gintaras Petrauskas", "Hiroshi Tanabe", "Ifunanya Obi", "Jurgen Hoffmann",
                   "Kalinda Perera", "Lwazi Mthembu", "Marisa Quintero", "Nguyen Van Binh", "Olufemi Adeleke",
                   "Pooja Venkataraman", "Radu Constantin", "Sefa Tuilagi", "Tamar Goldberg", "Ulla Johansson",
                   "Viliami Taufa", "Wen Zhao", "Yaretzi Huerta", "Zanele Khoza", "Aigerim Bekova", "Bushra Qadri",
                   "Cillian Moriarty", "Darnell Washington", "Esi Ampofo", "Rosa Villalobos", "Gary Stewart",
                   "Linda Kowalski", "Tyrone Jackson",
                   # names that are also words, places, brands or the business's own words
                   "Winston Gates", "Sierra Banks", "Brooke Park", "Hazel Woods", "Kia Mitchell", "Denver Holt",
                   "Savannah Marsh", "Royal Gardner", "Harmony Hall", "Cash Walker", "Bentley Rhodes",
                   "Destiny Lake", "Mercy Stone", "Lincoln Cross"]
HELDOUT11_BRANDS = {  # a property manager's calls name portals and payment apps, listing sites, screening and
    # insurance, appliances and locks (many after people), movers, utilities and pet businesses
    "payment": ["RentCafe", "AppFolio", "Buildium", "Yardi", "Zelle", "Venmo", "Cash App", "PayPal", "MoneyGram",
                "Western Union", "Bilt", "Flex", "PayNearMe", "Apple Pay"],
    "listing": ["Zillow", "Apartments.com", "Trulia", "Craigslist", "Facebook Marketplace", "Zumper", "HotPads",
                "Rent.com", "Redfin", "Realtor.com"],
    "screening": ["TransUnion", "Experian", "Equifax", "SmartMove", "Credit Karma", "RentPrep"],
    "insurer": ["Lemonade", "State Farm", "Allstate", "Assurant", "Rhino", "Jetty", "TheGuarantors", "USAA"],
    "appliance": ["Whirlpool", "Maytag", "Kenmore", "Frigidaire", "Bosch", "Samsung", "Amana", "Speed Queen"],
    "hvac": ["Carrier", "Trane", "Rheem", "Lennox", "Honeywell", "Nest", "Goodman", "Mitsubishi"],
    "access": ["Kwikset", "Schlage", "Yale", "Chamberlain", "LiftMaster", "Latch", "ButterflyMX", "SmartRent", "Ring"],
    "moving": ["U-Haul", "Penske", "PODS", "Two Men and a Truck", "Budget", "College Hunks"],
    "store": ["Home Depot", "Lowe's", "Ikea", "Wayfair", "Target", "Menards"],
    "pest": ["Orkin", "Terminix", "Rollins", "Truly Nolen"],
    "utility": ["Xfinity", "Spectrum", "AT&T", "Google Fiber", "Duke Energy", "PG&E", "Con Edison", "Georgia Power",
                "Dominion"],
    "pet": ["Petco", "PetSmart", "Banfield", "VCA", "BluePearl", "Pet Supplies Plus"],
}
BRAND_LINES_HELDOUT11 = {
    "payment": ["I paid the rent through {a} on the first and it still says I owe.",
                "Can I pay with {a} instead of {b}?", "{a} charged me a fee on top of the rent.",
                "My roommate sends me her half on {a}.", "The {a} app keeps logging me out.",
                "I set up autopay on {a}, is that the same as {b}?"],
    "listing": ["I saw the two bedroom on {a}.", "The price on {a} was lower than what you quoted.",
                "Is the listing on {a} still available?", "I found you on {a} and then {b}."],
    "screening": ["Do you pull {a} or {b}?", "I froze my credit with {a}, do I need to unfreeze it?",
                  "{a} says there's no hard inquiry yet.", "My score on {a} is higher than that."],
    "insurer": ["My renters insurance is with {a}.", "Can I use {a} instead of paying the whole deposit?",
                "I switched the renters policy from {a} to {b}.", "Does {a} count for the insurance requirement?"],
    "appliance": ["The {a} dishwasher is leaking again.", "It's the {a} washer in the hall closet.",
                  "We have a {a} fridge and a {b} stove.", "Is the {a} dryer supposed to take this long?"],
    "hvac": ["The {a} thermostat is blank.", "The {a} unit on the balcony is making a grinding noise.",
             "The AC is a {a}, the sticker says so.", "Is the {a} furnace covered or do I call someone?"],
    "access": ["The {a} lock on the front door won't take the code.", "The {a} app says the garage is open.",
               "The {a} panel at the front gate isn't calling my phone.", "Can I swap the {a} for my own?"],
    "moving": ["I booked {a} for Saturday morning.", "Can {a} park by the loading door for an hour?",
               "Is it okay if {a} comes before the walkthrough?", "I'm going with {a} instead of {b}."],
    "store": ["I bought the blinds at {a}.", "I got the shower head at {a}, can I put it in myself?",
              "{a} is delivering the couch on Friday.", "The bulbs from {a} don't fit the fixture."],
    "pest": ["{a} came out for the ants but they're back.", "Do you use {a} or {b} for the roaches?",
             "When is {a} coming to spray the building?"],
    "utility": ["Do I need to set up {a} before move-in?", "The {a} tech needs access to the closet.",
                "Is {a} included or do I pay {b} myself?", "{a} says the account is still in my name."],
    "pet": ["I can get the shot records from {a}.", "Her last checkup was at {a}.", "We adopted him at {a}.",
            "The vet at {a} signed the form."],
}
LEX_LINES_HELDOUT11 = ["Someone mentioned {a}, what is that?", "The leasing agent brought up {a}.",
                       "I got a flyer about {a} on my door.", "Is this related to {a}?",
                       "I was comparing you with {a}.", "My neighbor told me to ask about {a}."]
PETS_HELDOUT11 = ["Charlie", "Luna", "Max", "Bella", "Biscuit", "Rocky", "Daisy", "Milo", "Penny", "Oreo", "Duke",
                  "Sadie", "Bailey", "Cooper"]
# twelfth held-out set (written blind, by someone who had not read the redactor or its tests; never used for tuning):
# an online retailer's customer care line (order status, returns and exchanges, refunds to cards, damaged or missing
# deliveries, shipping-address changes, gift cards with a PIN, store credit card payments and applications, log-in
# and e-mail changes, price adjustments), CLINC150 full train (offset 5; order, rewards, bill and card intents, and
# phone-line talk) + Bitext 27k sample (offset 2, every seventh; order, delivery, refund, invoice, payment and account
# intents) filler
Q_HELDOUT12 = {
    "phone": ["Can I get the phone number on the order? That's the fastest way for me to find it.",
              "What's a good number for the delivery team to text you the window?",
              "And a callback number, in case we get disconnected?",
              "What phone number is on your online account?"],
    "card": ["Okay, which card would you like the replacement charged to? Go ahead with the number.",
             "I can take the store card payment from a debit card, what's the card number?",
             "What's the number of the card you paid with? The refund has to go back to that card.",
             "Alright, and the card number for the difference?"],
    "account": ["Do you have the order number handy?",
                "What's the order number from your confirmation email?",
                "Can I have the account number from your store card statement? It's on the top right.",
                "And your rewards number, if you have it?"],
    "ssn": ["For the store card application I'll need your social security number.",
            "To verify the card account, can I get the last four of your social?",
            "And the last four of the social on the credit application?"],
    "email": ["What's the email on your online account?", "Which email should the return label go to?",
              "What email did you use when you checked out?", "What's the new email you'd like to log in with?"],
    "person": ["Can I get your first and last name, please?", "Who am I speaking with today?",
               "And whose name is the order under?", "What's the name of the primary cardholder?"],
    "spell": ["Could you spell the last name for me?", "Sorry, how do you spell that?",
              "Can you spell that out for me, please?"],
    "address": ["What's the shipping address on the order?", "Where would you like the replacement shipped?",
                "And the billing address for the card?", "What's the new address you'd like it sent to?"],
    "dob": ["For the store card, can you verify your date of birth?", "And your date of birth, please?",
            "Can you confirm the date of birth for the primary cardholder?"],
}
AGENT_HELDOUT12 = ["Okay, I've got the order pulled up.", "Let me check where that package is right now.",
                   "I'm sorry it showed up damaged, let's get that fixed.",
                   "The carrier shows it as delivered yesterday afternoon, but I believe you.",
                   "Let me see if we still have that one in stock.", "Okay, the return has been received at the warehouse.",
                   "The refund can take three to five business days to show on your statement.",
                   "Bear with me, the system is a little slow this morning.",
                   "I can send a new one out at no charge.", "Let me check the price history on that item.",
                   "I'm going to open a claim with the carrier on our end.",
                   "Okay, I've canceled the rest of that order for you.",
                   "I see the payment posted to the card account on Monday.",
                   "I understand, that's not the experience we want you to have.",
                   "Let me reset the log-in for you, you'll get a link shortly.",
                   "That item ships from a different warehouse, so it comes separately.",
                   "I've added a note to the order so the team sees it."]
ACKS_HELDOUT12 = ["Okay, I've got that.", "Mm-hmm, go ahead.", "Okay, and the next part?", "Sure, keep going.",
                  "Alright, typing.", "Uh-huh, yes."]
A_PREFIX_HELDOUT12 = ["Um, yeah, it's ", "Okay, it's ", "Let me see, it's ", "Sure, ", "Yeah, that's ",
                      "Hold on, let me look, it's ", "Alright, "]
NAMES_HELDOUT12 = ["Anahit Sargsyan", "Bolormaa Ganbaatar", "Caoimhe Gallagher", "Davit Beridze", "Eero Virtanen",
                   "Fetu Leiataua", "Gwion Pritchard", "Hla Myint", "Itziar Etxeberria", "Jana Dvorakova",
                   "Kalani Pereira", "Lamin Jallow", "Mai Vang", "Nomvula Sithole", "Oksana Hrytsenko",
                   "Pita Naivalu", "Rasmus Kjeldsen", "Senait Tesfamariam", "Thirumalai Srinivasan",
                   "Ulrike Baumgartner", "Vusumuzi Ntuli", "Wei-Ling Tsai", "Xiadani Cruz", "Yerlan Abenov",
                   "Zorica Markovic", "Ignacio Larrain", "Rowan Ap Rhys", "Nalani Akiona", "Mehmet Ozturk",
                   "Soraya Benjelloun", "Dolores McAllister", "Kevin Nguyen", "Brenda Hollis",
                   # names that are also words, stores, brands or places
                   "Crystal Penney", "Macy Hollister", "Carter Lowe", "Tiffany Kay", "Marshall Banks",
                   "Dell Patterson", "Coleman Rivers", "Chase Bedford", "Paige Turner", "Autumn Wood",
                   "Brooklyn Ross", "Sterling Price", "Bentley Fox", "Ginger Snow", "Harley Dean",
                   "Levi Strand"]
HELDOUT12_BRANDS = {  # a retailer's calls name carriers, apparel, home and electronics brands (many after people),
    # payment services and card issuers, and other stores
    "carrier": ["UPS", "FedEx", "USPS", "DHL", "OnTrac", "LaserShip", "FedEx Ground", "UPS SurePost", "Veho",
                "Pitney Bowes"],
    "apparel": ["Levi's", "Calvin Klein", "Ralph Lauren", "Tommy Hilfiger", "Michael Kors", "Kate Spade", "Carhartt",
                "Columbia", "Patagonia", "Hanes", "Champion", "Wrangler", "Vera Bradley", "Eddie Bauer", "Dockers",
                "Sperry", "Clarks", "Dr. Martens", "Skechers", "Steve Madden", "Lucky Brand", "Under Armour"],
    "home": ["KitchenAid", "Cuisinart", "Le Creuset", "Dyson", "Shark", "Keurig", "Ninja", "Instant Pot", "Vitamix",
             "Casper", "Tempur-Pedic", "Serta", "Lenox", "Martha Stewart", "Rachael Ray", "Calphalon",
             "Hamilton Beach", "Black and Decker", "Mr. Coffee", "Pyrex", "Corelle", "Brooklinen"],
    "electronics": ["Samsung", "Sony", "Bose", "JBL", "AirPods", "iPad", "Kindle", "Roku", "Vizio", "Hisense",
                    "Philips Hue", "Logitech", "Beats", "Skullcandy", "Anker", "Garmin", "Nintendo Switch",
                    "PlayStation", "Ring", "Google Nest", "Echo Dot", "Sonos"],
    "payment": ["PayPal", "Afterpay", "Klarna", "Affirm", "Apple Pay", "Google Pay", "Venmo", "Shop Pay", "Sezzle",
                "Synchrony", "Comenity", "American Express", "Discover", "Mastercard", "Visa"],
    "store": ["Amazon", "Target", "Walmart", "Macy's", "Best Buy", "Costco", "Home Depot", "TJ Maxx", "HomeGoods",
              "Marshalls", "Nordstrom Rack", "IKEA", "Old Navy", "Dillard's", "JCPenney", "Belk", "Sam's Club",
              "Burlington", "Ross", "Bed Bath and Beyond", "Lowe's", "Etsy"],
}
BRAND_LINES_HELDOUT12 = {
    "carrier": ["The tracking says {a} delivered it, but there's nothing on my porch.",
                "It was handed off from {a} to {b} and it's been stuck since.", "{a} left a note that they tried.",
                "Can you send the replacement with {a} instead of {b}?", "Is it coming {a} or the regular mail?",
                "The {a} driver left it at the wrong building."],
    "apparel": ["The {a} stuff runs small, I need the next size up.", "I ordered the {a} jacket in navy and got black.",
                "Can I exchange the {a} one for the {b} one?", "The {a} shoes came as two lefts.",
                "Do you still carry {a}?", "I returned the {a} and the {b} in one box."],
    "home": ["The {a} came with a big dent in the side.", "Is the {a} on sale or just the {b}?",
             "A piece of the {a} was missing from the box.", "I want to return the {a}, I never opened it.",
             "The {a} was supposed to come with white glove setup.",
             "Can I swap the {a} for a {b}?"],
    "electronics": ["The {a} speaker won't pair with anything.", "The {a} was still sealed, so why a restocking fee?",
                    "I ordered the {a} and got a {b} in the box.", "Is the protection plan good on the {a}?",
                    "My {a} screen was cracked when I opened it.", "The {a} charger isn't in the box."],
    "payment": ["I paid with {a}, so where does the refund go?", "Can I split it with {a}?",
                "{a} says the refund hasn't come through.", "I used {a} for half and my card for the rest.",
                "Does the store card go through {a}?", "I got an email from {a} about a payment."],
    "store": ["{a} has the same lamp for twenty dollars less.", "I usually shop at {a} but they were out.",
              "Will you match the {a} price?", "I bought the same thing at {a} and {b} cheaper.",
              "The one from {a} came in two days.", "I returned it at {a} by mistake, can they send it to you?"],
}
LEX_LINES_HELDOUT12 = ["Does {a} count for the sale too?", "The lady on the chat mentioned {a}.",
                       "Is {a} part of the sale?", "I got a mailer about {a}.", "How is that different from {a}?",
                       "I saw {a} in the app, what is it?"]
# a credit union's card services and fraud line (lost and stolen cards, disputed charges, travel notices, activation,
# PIN resets, member verification, direct-deposit numbers, joint owners and caregivers calling, Zelle and ACH
# transfers), CLINC150 full train (offset 1; banking, card, travel-notice and meta intents) + Banking77 train (offset
# 3; card, fraud and transfer intents) + Bitext 27k sample (offset 6, every fourteenth; payment, account, complaint
# intents) filler; written blind
Q_HELDOUT10 = {
    "phone": ["Before we go any further, what's a good number to call you back on if we get cut off?",
              "Is the cell we have for the fraud text alerts still current? What number is that?",
              "What phone number should the verification texts for the new card go to?",
              "And what's the phone number on the membership?"],
    "card": ["Okay, can you read me the card number? It's on the back if it's one of the new ones.",
             "Which card is this about? If you have it in front of you, go ahead with the full number.",
             "To activate it I'll need the number on the new card, please.",
             "Alright, the sixteen digit card number when you're ready."],
    "account": ["Can I start with your member number?",
                "What's the account number you want the deposit going into?",
                "Do you have the dispute case number from the letter we sent?",
                "Do you know your member number? It's at the top of your statement."],
    "ssn": ["To verify you, can I get the last four of your social?",
            "I need to verify the primary member, can you give me the last four of the social on the account?",
            "Since we're adding a joint owner, I'll need their full social security number."],
    "email": ["What email should I send the dispute forms to?",
              "Is the email on file still good? Go ahead and read it to me.",
              "What's the email address for the e-statements?"],
    "person": ["Can I have your full name, please?", "And who is the primary member on the account?",
               "Who am I speaking with today?", "What's the name exactly as it's printed on the card?"],
    "spell": ["Can you spell the last name for me?", "Sorry, could you spell that?",
              "How do you spell that last name?"],
    "address": ["Where would you like the replacement card mailed?",
                "Can you verify the mailing address on the account?", "What's the billing address for the card?"],
    "dob": ["And can you verify your date of birth for me?", "What's the primary member's date of birth?",
            "For security, the date of birth on the membership?"],
}
AGENT_HELDOUT10 = ["Okay, I've got your membership pulled up.", "Let me go ahead and put a block on that card right now.",
                   "The card is closed now, nothing else will go through on it.",
                   "I'm looking at the recent transactions now.", "I see two pending charges from this morning.",
                   "Alright, the travel notice is on the account.", "I'm going to open a dispute for that charge.",
                   "You'll get a provisional credit while we investigate.",
                   "Bear with me, the card system takes a second to load.",
                   "I understand, that's a scary thing to see on your account.",
                   "I've added a note so the fraud team sees it.", "The new card should arrive in about a week.",
                   "Let me see whether that charge is still pending or if it posted.",
                   "Okay, I've turned the card back on for you.",
                   "Nothing has gone through since you called, which is good.",
                   "I can rush the new card for you at no charge.",
                   "For your protection I have to ask a few security questions.",
                   "Those transfers can't be pulled back once they're sent, unfortunately.",
                   "Let me check whether they're listed as a joint owner.",
                   "I'm sorry, I can only discuss the account with someone who's on it.",
                   "Okay, the new pin will be mailed separately from the card."]
ACKS_HELDOUT10 = ["Okay, go ahead.", "Mm-hmm, I've got that.", "Okay, and the next part?", "Yes ma'am, go on.",
                  "Got it.", "Alright, I'm ready.", "Okay, slowly, I'm typing."]
A_PREFIX_HELDOUT10 = ["Okay, um, it's ", "Yeah, it's ", "Hold on... okay, ", "Let me think, ", "Sure, ",
                      "That would be ", "Um, "]
NAMES_HELDOUT10 = ["Marisela Quispe", "Tesfaye Bekele", "Agnieszka Wroblewska", "Abdirahman Farah",
                   "Harpreet Sandhu", "Losa Tuilagi", "Wilmer Coc", "Oleksandr Melnyk", "Eleni Papadopoulou",
                   "Jean-Baptiste Pierre-Louis", "Sushila Gurung", "Jiayi Xu", "Takeshi Moriyama",
                   "Ayodele Ogunbiyi", "Rosalinda Tamez", "Sione Havili", "Bronwyn Pryce", "Ebere Okoro",
                   "Imelda Santos", "Mirela Dobre", "Kwabena Asare", "Shoshana Feld", "Ahmad Karimi",
                   "Ludovica Sala", "Thuy Dinh", "Ragnar Eide",
                   # older members, as a card line hears them
                   "Dorothy Kaminski", "Harold Jessup", "Mildred Szymanski", "Earl Pettibone", "Lorraine DeLuca",
                   # names that are also words, brands, banks or places
                   "Bill Payne", "Joy Banks", "Wendy Kohl", "Macy Gardner", "Marcus Webb", "Ally Fischer",
                   "Harper Lowe", "Houston Price", "Cheyenne Walker", "Charlotte Vance", "Cash Whitley",
                   "Rich Alvarado", "Tiffany Ross", "Jericho Dizon", "Grant Okoro", "Sunny Delgado"]
HELDOUT10_BRANDS = {  # a card line names merchants (many after people), payment apps, banks, networks, subscriptions
    "merchant": ["Dillard's", "Macy's", "Kohl's", "Wendy's", "McDonald's", "Trader Joe's", "Dick's Sporting Goods",
                 "Ross", "TJ Maxx", "Marshalls", "Nordstrom", "Jimmy John's", "Casey's", "Sheetz", "Wawa",
                 "Buc-ee's", "Circle K", "Walgreens", "Best Buy", "Target", "Sam's Club", "Lowe's", "Lane Bryant",
                 "Ulta", "Ticketmaster", "StubHub", "Etsy", "eBay", "Temu", "Shein", "Wayfair", "Chewy", "Meijer",
                 "Hy-Vee", "Wegmans", "Winn-Dixie", "Albertsons", "Harbor Freight"],
    "app": ["Zelle", "Venmo", "Cash App", "PayPal", "Apple Pay", "Google Wallet", "Samsung Pay", "Credit Karma",
            "Plaid", "Quicken", "Rocket Money", "Experian", "Equifax", "TransUnion", "TurboTax", "H&R Block",
            "Western Union", "MoneyGram", "Remitly", "Xoom", "Afterpay", "Klarna"],
    "bank": ["Chase", "Wells Fargo", "Bank of America", "Citi", "Capital One", "Chime", "SoFi", "Ally", "Truist",
             "PNC", "Regions", "Fifth Third", "Huntington", "US Bank", "TD Bank", "Charles Schwab", "Fidelity",
             "Edward Jones", "Raymond James", "Vanguard", "Robinhood", "Marcus", "Discover", "Synchrony"],
    "network": ["Visa", "Mastercard", "American Express", "Allpoint", "MoneyPass", "CO-OP", "Pulse", "Star",
                "Cirrus", "Maestro"],
    "subscription": ["Netflix", "Hulu", "Spotify", "Disney Plus", "Peacock", "Paramount Plus", "Audible",
                     "Planet Fitness", "Amazon Prime", "YouTube TV", "SiriusXM", "Noom", "HelloFresh", "DoorDash",
                     "Uber Eats", "Match"],
    "travel": ["Delta", "United", "Southwest", "American Airlines", "Royal Caribbean", "Carnival", "Norwegian",
               "Expedia", "Marriott", "Hilton", "Hyatt", "Airbnb", "Enterprise", "Hertz"],
    "crypto": ["Bitcoin", "Coinbase", "Crypto.com", "Kraken", "Tether", "Ethereum", "Bitcoin Depot", "CoinFlip"],
}
BRAND_LINES_HELDOUT10 = {
    "merchant": ["There's a charge from {a} I never made.", "I was at {a} yesterday and it got declined.",
                 "It says {a} on the statement, but I haven't been there in years.",
                 "The {a} charge went through twice.", "Somebody used it at {a} and then at {b}.",
                 "I returned it to {a} three weeks ago and still no refund.", "Is {a} a pending charge or posted?"],
    "app": ["I sent it through {a} and now I can't get it back.", "Can I add the new card to {a}?",
            "{a} says the card was declined.", "I got a text that said it was {a}, so I clicked it.",
            "Is {a} linked to this account or the other one?", "I use {a} and {b} for my rent."],
    "bank": ["My paycheck used to go to {a}.", "I want to move money from {a} over to you.",
             "{a} already refunded the charge on their card.", "My husband banks with {a}, not here.",
             "The transfer from {a} is still pending.", "I'm closing everything at {a} and {b}."],
    "network": ["Which one is the card on, {a} or {b}?", "Does the {a} network charge me a fee?",
                "The ATM said {a} on it.", "Does {a} charge the foreign fee or do you?"],
    "subscription": ["I cancelled {a} months ago and they're still charging me.", "What's this {a} charge?",
                     "I need to update the card on {a} and {b}.", "The {a} one is mine, the other isn't."],
    "travel": ["There's a hold from {a} on the card, that's for the trip.", "I booked it through {a}.",
               "The {a} charge is legitimate, that was for the trip.", "I paid {a} and {b}, those are both mine.",
               "Can you make sure {a} doesn't get declined while I'm away?"],
    "crypto": ["The man on the phone told me to buy {a} and send it to him.", "Is {a} blocked on my debit card?",
               "I tried {a} and then {b} and both got declined.", "I've never bought anything from {a} in my life."],
}
LEX_LINES_HELDOUT10 = ["The teller told me to ask about {a}.", "I got an email about {a}, was that really from you?",
                       "Can you tell me more about {a}?", "My neighbor keeps telling me about {a}.",
                       "How is that different from {a}?", "I saw something about {a} on the website."]
# thirteenth held-out set (written blind, by someone who had not read the redactor or its tests; never used for
# tuning): a tax preparation and payroll service's phone line for individuals and small businesses (refund status,
# e-file rejections, identity verification, prior-year AGI, dependents, refund direct deposit, payroll runs, W-2 and
# 1099 corrections, IRS and state notices, payment plans, prep fees on cards), CLINC150 full train (offset 6) + full
# validation (work and meta intents) + Banking77 train (offset 3, transfer intents) + Bitext 27k sample (offset 1)
Q_HELDOUT13 = {
    "phone": ["We're at about a two hour hold right now, so I can have a preparer call you back. What number should "
              "they use?",
              "What's the best cell for the text when your return gets accepted?",
              "Is the phone number on your client profile still good, or did it change?",
              "And a daytime number in case we need you to sign something?"],
    "card": ["The prep fee can go on a card or come out of the refund. If it's a card, go ahead with the number.",
             "Okay, for the payroll service fee, what card number do you want on file?",
             "Alright, I can take the payment for the extension over the phone. What's the card number?"],
    "account": ["What's the account number you want the refund deposited into?",
                "Do you have your client ID? It's at the top of the engagement letter.",
                "What's your payroll company code? It's on the welcome email.",
                "And the number on your installment agreement letter?"],
    "ssn": ["I'll need your social security number to pull up the return.",
            "Can you verify the last four of the primary taxpayer's social?",
            "And the dependent's social? It has to match the card exactly."],
    "email": ["What email should the signature request go to?",
              "What email do you want the copy of the return sent to?",
              "And the email you use to log into the document portal?"],
    "person": ["Can I have the name of the primary taxpayer, please?", "And who am I speaking with?",
               "What's your spouse's full name, the way it is on the social security card?",
               "Who's the employee we're adding to payroll?"],
    "spell": ["Can you spell the last name for me?", "How is that spelled?",
              "Sorry, would you spell that out for me?"],
    "address": ["Is the address on last year's return still current? What's the address now?",
                "What address should the paper copy go to?", "What's the address of the business?"],
    "dob": ["Can you confirm your date of birth?", "And the date of birth for your spouse?",
            "Just to verify, what's the primary taxpayer's date of birth?"],
}
AGENT_HELDOUT13 = ["Okay, I've got last year's return open.", "Let me check the e-file status for you.",
                   "It shows accepted, so now it's just processing on their end.",
                   "Bear with me, the system is slow this close to the deadline.",
                   "Okay, I'm looking at the payroll register for that period.",
                   "I see the rejection code, let me look up what it means.",
                   "Refunds with the earned income credit are held until late in the season, that's normal.",
                   "Let me see whether the state return went out with the federal one.",
                   "I understand, nobody likes getting a letter like that.",
                   "I'll put a note on your file for the preparer.", "The amended return is still in review.",
                   "Let me check which bank the refund was sent to.",
                   "That payroll hasn't been submitted yet, so we can still change it.",
                   "An extension gives you more time to file, but not more time to pay.",
                   "For your security I need to verify a few things first.",
                   "I'm sorry, I can only discuss the return with the taxpayers on it.",
                   "Okay, I've sent the signature request again.", "Let me open the corrected form you uploaded.",
                   "The preparer will review it and call you, usually within two business days.",
                   "Okay, the quarterly filing for the payroll went out on time."]
ACKS_HELDOUT13 = ["Okay, I'm with you.", "Mm-hmm, next?", "Got it, keep going.", "Okay, and then?", "Uh-huh.",
                  "Alright, go ahead.", "Okay, I'm writing it down."]
A_PREFIX_HELDOUT13 = ["Um, it's ", "Okay, so it's ", "Yeah, that's ", "Hang on, um... okay, ", "It should be ",
                      "Sure, ", "Right, it's "]
NAMES_HELDOUT13 = ["Pa Nhia Lor", "Tou Xiong", "Karthikeyan Subramanian", "Lusine Hakobyan", "Ketevan Kapanadze",
                   "Mere Ratuva", "Zarghuna Ahmadzai", "Maarten de Vries", "Djamila Tavares", "Arben Hoxha",
                   "Enkhjargal Dorj", "Semhar Tesfamariam", "Zaw Min Htet", "Souksavanh Phommachanh",
                   "Yokasta Pena", "Sigrun Jonsdottir", "Ixchel Tzoc", "Radka Dvorakova", "Emre Aksoy",
                   "Joaquin Taitano", "Shandiin Begay", "Amra Hodzic", "Neema Mwangi", "Rami Khoury",
                   "Oyelaran Adeyinka", "Lakshmi Narayanan", "Kaveh Moradi", "Mariela Canales", "Tjarda Hoekstra",
                   # ordinary names, as most callers have
                   "Brenda Kowalczyk", "Dale Simmons", "Tammy Hargrove", "Luis Ocampo", "Kim Nguyen",
                   "Robert Dwyer", "Shonda Little",
                   # names that are also words, months, brands, places or tax words
                   "April Summers", "June Castillo", "Emily Roth", "Brendan Keogh", "Devon Block", "Liberty Moore",
                   "Sage Fuller", "Chase Irwin", "Dallas Reed", "Jackson Hughes", "Ira Feldman", "Bill Sterling",
                   "Penny Carver", "Grant Waters", "Hope Willis", "Rich Holloway"]
DEPENDENTS_HELDOUT13 = ["Ana", "Mateo", "Aaliyah", "Kai", "Nevaeh", "Jaxon", "Zoe", "Elijah", "Nia", "Malik", "Ivy",
                        "Santiago", "Mai", "Leilani", "Bryce", "Dakota", "Genesis", "Amir", "Khloe", "Josiah"]
HELDOUT13_BRANDS = {  # a tax line names tax software (some after people), payroll companies, banks and prepaid
    # cards the refund goes to, government bodies, retirement and education accounts named after people, brokers,
    # gig platforms that send 1099s, and bookkeeping apps
    "software": ["TurboTax", "TaxAct", "TaxSlayer", "FreeTaxUSA", "Cash App Taxes", "Credit Karma", "Direct File",
                 "Drake", "Lacerte", "ProSeries", "Free File", "TaxWise"],
    "payroll": ["ADP", "Paychex", "Gusto", "QuickBooks Payroll", "OnPay", "Rippling", "Patriot", "Square Payroll",
                "Justworks", "Paycor", "Heartland", "SurePayroll"],
    "bank": ["Chase", "Wells Fargo", "Bank of America", "Regions", "Truist", "Chime", "Varo", "Green Dot",
             "Navy Federal", "Santa Barbara", "Republic Bank", "Netspend", "Ally", "Huntington", "Citizens",
             "Woodforest"],
    "agency": ["IRS", "Internal Revenue Service", "Social Security Administration", "Franchise Tax Board",
               "Treasury", "EFTPS", "ID.me", "Login.gov", "HealthCare.gov", "Covered California",
               "Taxpayer Advocate Service", "Department of Revenue", "Comptroller"],
    "investment": ["Roth IRA", "Roth", "Keogh", "Coverdell", "SEP IRA", "SIMPLE IRA", "Thrift Savings Plan",
                   "Fidelity", "Vanguard", "Charles Schwab", "Edward Jones", "Robinhood", "Coinbase", "Acorns"],
    "gig": ["Uber", "Lyft", "DoorDash", "Instacart", "Etsy", "Upwork", "Fiverr", "Shipt", "Airbnb", "Grubhub",
            "eBay", "PayPal", "Venmo", "Amazon Flex", "Rover", "TaskRabbit"],
    "bookkeeping": ["QuickBooks", "Xero", "FreshBooks", "Wave", "Sage", "Bench", "Expensify", "Stride"],
}
BRAND_LINES_HELDOUT13 = {
    "software": ["I started it on {a} and gave up at the depreciation part.",
                 "Last year I did it myself on {a}, but this year I have the business.",
                 "{a} said I'd get a bigger refund than you did.", "Can you import my return from {a}?",
                 "My sister uses {a} and {b}, which one is that like?", "I tried {a} first, it kept rejecting."],
    "payroll": ["We were on {a} before, and they messed up the quarterly.", "Is this cheaper than {a}?",
                "My old bookkeeper ran everything through {a}.", "I'm switching over from {a} in the new year.",
                "Can you take the year to date numbers from {a}?", "I got quotes from {a} and {b}."],
    "bank": ["The refund was supposed to go to my {a} account.", "I closed the {a} account in March.",
             "Can the refund go on a {a} card?", "{a} says nothing has come in yet.",
             "My paycheck goes to {a} but I want the refund at {b}.", "Is it {a} that holds the refund for the fee?"],
    "agency": ["I got a letter from the {a} and I don't understand it.", "The {a} website says still processing.",
               "Do I have to call the {a} myself?", "I verified my identity with {a} already.",
               "The {a} took my refund for something.", "Is the {a} the same as the {b}?"],
    "investment": ["I put six thousand in a {a} last year, does that go on here?",
                   "My husband has a {a} through work.", "I took money out of my {a} in the summer.",
                   "Do you need the forms from {a}?", "I moved my {a} over to {b}.",
                   "The {a} statement came in the mail yesterday."],
    "gig": ["I drove for {a} part of the year.", "{a} sent me a form, but {b} never did.",
            "I sell a little on {a}, does that count?", "Do I have to report the money from {a}?",
            "I did deliveries on {a} on the weekends.", "I only made a few hundred on {a}."],
    "bookkeeping": ["I keep everything in {a}.", "Can I give your preparer access to my {a}?",
                    "I exported the mileage from {a}.", "My receipts are all in {a} and some in {b}.",
                    "Do you work with {a}?"],
}
LEX_LINES_HELDOUT13 = ["The email said something about {a}, what is that?",
                       "My brother-in-law told me to ask about {a}.", "Am I signed up for {a}?",
                       "Is {a} included in what I paid?", "I was going to go with {a} this year.",
                       "Someone at the front desk mentioned {a}."]
Q_HELDOUT14 = {
    "phone": ["What's the best number for the crew to call you on the morning of the move?",
              "And a cell number for the text with your arrival window?",
              "Is the phone number on the reservation still the best one to reach you?",
              "Okay, and what number should the driver call when he's thirty minutes out?"],
    "card": ["For the deposit I can take a card now. Go ahead with the card number whenever you're ready.",
             "Okay, which card do you want the storage autopay on? Just read me the number.",
             "The truck needs a card for the hold. What's the card number?"],
    "account": ["Do you have your reservation number? It's on the confirmation email.",
                "What's your storage customer number? It's on the rental agreement, top right.",
                "Do you have the claim number from when you filed?",
                "Can I get the driver's license number for whoever's picking up the truck?"],
    "ssn": ["For the long-term contract we run a soft credit check. I'll need your social security number.",
            "To verify the account, can you give me the last four of the social on the lease?",
            "And the social for the credit check? It's a soft pull, it won't affect your score."],
    "email": ["What email should the estimate go to?",
              "And the email for the move confirmation and the inventory sheet?",
              "Which email do you want the storage receipts sent to?"],
    "person": ["Can I get your first and last name, please?", "And who am I speaking with today?",
               "Who's the emergency contact you want on the file?",
               "Who's going to be at the new place to meet the truck?"],
    "spell": ["Can you spell the last name for me?", "How do you spell that?",
              "Sorry, the line's a bit noisy, could you spell that out?"],
    "address": ["Okay, where are we picking up from? What's the address?",
                "And where's everything going, what's the delivery address?",
                "What's the billing address for the storage unit?"],
    "dob": ["For the truck rental I need the renter's date of birth.",
            "Can you confirm your date of birth for me?",
            "And the date of birth, for the credit check?"],
}
AGENT_HELDOUT14 = ["Okay, I've got the reservation pulled up.", "Let me check the crew schedule for that day.",
                   "Bear with me, I'm looking at which trucks we have on the lot.",
                   "Alright, I see the inventory from the video survey.",
                   "Let me look at the storage ledger for you.",
                   "I understand, moving is stressful enough without this.",
                   "Okay, I'll add a note for the crew lead.",
                   "Let me see if there's an opening earlier in the week.",
                   "I'm sorry about the damage, let's get the claim started.",
                   "Give me one second, the system is slow this morning.",
                   "Okay, the estimate is based on the weight and the distance.",
                   "Let me check whether the gate code was reset on our end.",
                   "I can waive that this one time, but it has to be paid today.",
                   "The driver should text you the morning of with his arrival window.",
                   "Alright, I'm updating the notes on the move now.",
                   "For your security I need to verify a couple of things first.",
                   "Okay, I see the autopay didn't go through this month.",
                   "Let me transfer the claim notes to our adjuster."]
ACKS_HELDOUT14 = ["Okay, got that.", "Mm-hmm, go ahead.", "Okay, and the rest?", "Yep, I'm with you.", "Uh-huh.",
                  "Alright, keep going.", "Okay, typing it in."]
A_PREFIX_HELDOUT14 = ["Um, okay, it's ", "Yeah, it's ", "It's ", "Let me look... okay, ", "Sure, it's ",
                      "Oh, uh, ", "That would be "]
NAMES_HELDOUT14 = ["Haingo Rakotomalala", "Ilze Kalnina", "Zuzana Hrncirova", "Jordi Puigdemont", "Dilnur Tursun",
                   "Rojin Barzani", "Chathura Wickramasinghe", "Aniket Deshpande", "Gulnara Safina",
                   "Kagiso Molefe", "Moussa Diop", "Aputi Kilabuk", "Kadri Tamm", "Bojan Stojanovski",
                   "Desislava Petkova", "Kiyoshi Nakamura", "Obiageli Eze", "Gemechu Tadesse", "Aminu Bello",
                   "Tendai Moyo", "Aslak Sara", "Thibodeaux Landry", "Thiago Albuquerque", "Marites Dela Cruz",
                   "Wahid Stanekzai", "Mele Fifita", "Oona Lehtonen", "Ruairi Mac Giolla",
                   # ordinary names, as most callers have
                   "Karen Mitchell", "Doug Hanrahan", "Lisa Tran", "Jeff Mueller", "Angela Brooks",
                   "Tony Russo", "Denise Carter",
                   # names that are also words, places, brands or the business's own words
                   "Chase Packer", "Miles Porter", "Ryder Collins", "Dallas Moore", "Sierra Ford",
                   "Penny Stanley", "Hunter Lowe", "Savannah King", "Cash Mayfield", "Rocky Hill",
                   "Crystal Banks", "Jordan Budd", "Brooklyn Hart", "Carter Vance"]
HELDOUT14_BRANDS = {  # a moving and storage line names truck rental companies and movers (many after people or
    # places), storage chains, box and supply brands, locks, insurers, apps and payment services
    "truck": ["U-Haul", "Penske", "Budget Truck Rental", "Ryder", "Enterprise Truck Rental", "Home Depot truck",
              "Hertz", "Uhaul"],
    "mover": ["Two Men and a Truck", "Atlas Van Lines", "Allied", "North American Van Lines", "Mayflower",
              "Bekins", "United Van Lines", "PODS", "U-Pack", "College Hunks Hauling Junk", "Graebel",
              "Wheaton", "Arpin", "Stevens Worldwide"],
    "storage": ["Public Storage", "Extra Space", "CubeSmart", "Life Storage", "StorageMart", "SmartStop",
                "Storage King", "Simply Self Storage", "Morningstar Storage", "Clutter"],
    "supplies": ["Uline", "Lowe's", "Staples", "Bankers Box", "Sterilite", "Duck tape", "Scotch", "Bubble Wrap",
                 "Rubbermaid", "Dollar General"],
    "lock": ["Master Lock", "Abus", "Stanley", "Brinks", "Kwikset"],
    "insurer": ["State Farm", "Allstate", "Lemonade", "Geico", "Liberty Mutual", "Travelers", "SnapSafe"],
    "app": ["Google Maps", "Waze", "Yelp", "Thumbtack", "Angi", "HireAHelper", "Craigslist",
            "Facebook Marketplace", "Affirm", "PayPal", "Zelle", "Venmo"],
}
BRAND_LINES_HELDOUT14 = {
    "truck": ["I priced a twenty foot from {a} and it was cheaper.", "Do you do one way like {a} does?",
              "Last time I rented from {a} and the truck broke down.", "{a} wanted a bigger deposit than you.",
              "I already have a {a} reservation, I just need the labor.", "Is that the same size as {a} or {b}?"],
    "mover": ["{a} quoted me almost two thousand less.", "We used {a} for the last move and they lost a box.",
              "My company usually pays for {a}, but this year it's on me.", "Are you an agent for {a}?",
              "I got quotes from {a} and {b}.", "Can you beat what {a} gave me?"],
    "storage": ["I'm moving my stuff out of {a}, their rates went up.", "{a} down the street is running a special.",
                "I had a unit at {a} for three years.", "Is this climate controlled like {a}?",
                "My sister has a unit at {a} and one at {b}."],
    "supplies": ["I got all my boxes from {a}.", "Do I have to buy your boxes or can I use {a}?",
                 "I picked up tape and paper at {a}.", "The {a} totes, can those go on the truck?",
                 "Is {a} cheaper than {b} for the wardrobe boxes?"],
    "lock": ["I put a {a} disc lock on it.", "Does it have to be your lock or is a {a} okay?",
             "My key for the {a} is gone.", "I bought a {a} at the hardware store."],
    "insurer": ["My {a} renters policy, does that cover the storage?", "I called {a} and they said it's not covered.",
                "Is your coverage better than {a}?", "I have homeowners with {a}."],
    "app": ["I found you on {a}.", "Can I pay the deposit with {a}?", "The truck location on {a} was wrong.",
            "I sold the couch on {a} so that's one less thing.", "{a} said it's six hours.",
            "I saw the reviews on {a} and {b}."],
}
LEX_LINES_HELDOUT14 = ["The lady who did the video survey mentioned {a}, what is that?",
                       "Do I have {a} on this move?", "Is {a} included in the quote?",
                       "I saw {a} on the website.", "My neighbor used {a} last year.",
                       "What's the difference with {a}?"]
Q_HELDOUT15 = {
    "phone": ["And what's a good callback number in case the doctor has questions after the exam?",
              "Is the cell we have on the chart still good for the text reminders?",
              "What number should we call when she's waking up from anesthesia?",
              "Can I get a phone number to go with the client record?"],
    "card": ["I can take the deposit for the surgery estimate now. What card would you like to use?",
             "Okay, for the refill I just need a card number.",
             "Go ahead with the card number whenever you're ready, and I'll put it on file for the payment plan."],
    "account": ["Do you have your client number? It's at the top of the invoice.",
                "What's the policy number on the pet insurance?",
                "Do you have the claim number the insurance company gave you?",
                "Can you read me the microchip number off the registration card?"],
    "ssn": ["For the payment plan application they do need the social security number of the applicant.",
            "To pull up the credit application, can I get the last four of your social?",
            "And the social for the financing application? It goes straight to the lender."],
    "email": ["What email should I send the estimate to?",
              "And an email for the vaccine certificate and the reminders?",
              "Which email do you use for the patient portal?"],
    "person": ["Can I get the owner's first and last name?", "And who am I speaking with?",
               "Whose name is the account under?", "Who's picking him up from boarding?"],
    "spell": ["Can you spell the last name for me?", "How do you spell that?",
              "Sorry, could you spell that out for me? It's loud back here, the dogs are going."],
    "address": ["What's your home address, for the records?",
                "And the mailing address for the insurance paperwork?",
                "Is the address on the chart still current? What do you have now?"],
    "dob": ["For the payment plan credit check I need your date of birth, not the pet's.",
            "Can you confirm your date of birth for me?",
            "And the applicant's date of birth?"],
}
AGENT_HELDOUT15 = ["Okay, I have her chart pulled up.", "Let me check the doctor's schedule for that day.",
                   "Bear with me, I'm looking at the surgery board.",
                   "Alright, I see the last visit and the lab work.",
                   "Let me send a message to the pharmacy team.",
                   "I understand, it's scary when they won't eat.",
                   "Okay, I'll put a note on the chart for the technician.",
                   "Let me see if we have an opening earlier this week.",
                   "I'm sorry to hear that, let's get him in.",
                   "Give me one second, the system is slow this morning.",
                   "The estimate has a low and a high end, depending on what they find.",
                   "Let me check with the doctor whether that refill needs a recheck first.",
                   "Boarding check-out is before noon, or it's another night.",
                   "The reminder should come by text the day before.",
                   "Alright, I'm updating the chart now.",
                   "For privacy I need to verify a couple of things first.",
                   "Okay, I see the insurance claim form was sent over.",
                   "Let me transfer you to the nurse line once we're done here."]
ACKS_HELDOUT15 = ["Okay.", "Mm-hmm.", "Got it, and then?", "Alright, go on.", "Uh-huh, yep.",
                  "Okay, I'm typing.", "Go ahead."]
A_PREFIX_HELDOUT15 = ["Uh, it's ", "Yeah, ", "It's ", "Hang on... okay, ", "Sure, ", "Um, ",
                      "That's "]
NAMES_HELDOUT15 = ["Tahmina Chowdhury", "Radu Ionescu", "Ewa Zielinska", "Kwabena Asante", "Lupe Tuilagi",
                   "Nurlan Abenov", "Saoirse Ni Bhriain", "Yaw Boateng", "Dagny Haugland", "Ifeoma Nwachukwu",
                   "Tuan Pham", "Milagros Quispe", "Arash Tehrani", "Keola Kahananui", "Oksana Melnyk",
                   "Sanele Dlamini", "Hyun-woo Park", "Farida Haidari", "Ugo Ferraro", "Rangi Parata",
                   # ordinary names, as most callers have
                   "Susan Fletcher", "Mike Kowalczyk", "Brenda Hayes", "Greg Lindqvist", "Tammy Owens",
                   # names that are also words, pet words, brands or places
                   "Buddy Walsh", "Daisy Hill", "Max Collier", "Bailey Fisher", "Sadie Barker",
                   "Hunter Pointer", "Penny Shepherd", "Ginger Wolfe", "Rusty Hunt", "Cooper Banfield",
                   "Jack Russell", "Molly Katz", "Bella Fox", "Sky Petty"]
PETS_HELDOUT15 = ["Biscuit", "Luna", "Charlie", "Max", "Bella", "Daisy", "Oliver", "Cooper", "Gus", "Penny",
                  "Murphy", "Winston", "Rosie", "Dexter", "Sophie", "Tucker", "Mochi", "Pepper", "Frank", "Linda"]
HELDOUT15_BRANDS = {  # a vet line names pet foods and medications (many after people or places), insurers,
    # other clinics and pet stores, and apps
    "food": ["Hill's Science Diet", "Royal Canin", "Purina Pro Plan", "Blue Buffalo", "Iams", "Eukanuba",
             "Wellness", "Orijen", "Taste of the Wild", "Merrick", "Nutro", "Fromm", "Stella and Chewy's"],
    "med": ["NexGard", "Bravecto", "Simparica Trio", "Heartgard", "Apoquel", "Cytopoint", "Rimadyl", "Frontline",
            "Revolution", "Seresto", "Galliprant", "Proin", "Credelio"],
    "insurer": ["Trupanion", "Nationwide", "Healthy Paws", "Embrace", "Figo", "Lemonade", "ASPCA Pet Health",
                "Pets Best", "Spot"],
    "clinic": ["Banfield", "VCA", "BluePearl", "Thrive", "Petco Vetco", "MedVet", "Bond Vet"],
    "store": ["PetSmart", "Petco", "Chewy", "Tractor Supply", "Pet Supplies Plus", "Costco", "Walmart"],
    "app": ["Rover", "Wag", "PetDesk", "CareCredit", "Scratchpay", "Venmo", "PawPrint", "Google Maps"],
}
BRAND_LINES_HELDOUT15 = {
    "food": ["She's on {a} right now, the chicken one.", "Can he switch from {a} to {b}?",
             "The bag of {a} says it's grain free, is that okay?", "Do you carry the {a} kidney diet?"],
    "med": ["He's due for his {a}, can I pick it up today?", "Is {a} better than {b}?",
            "The {a} made her throw up last time.", "Can you call in the {a} refill?"],
    "insurer": ["I have {a} for her, do you submit the claim?", "{a} said they need the records from the visit.",
                "Is it better to go with {a} or {b}?", "My {a} plan covers ninety percent."],
    "clinic": ["We used to go to {a} but they moved.", "The emergency place, {a}, said to follow up with you.",
               "{a} quoted me less for the dental.", "He was seen at {a} over the weekend."],
    "store": ["I can get it cheaper on {a}.", "Can you send the prescription to {a}?",
              "I bought the flea stuff at {a}.", "Do you price match {a}?"],
    "app": ["I booked it through {a}.", "Can I pay with {a}?", "The sitter from {a} is picking her up.",
            "I applied for {a} but it didn't go through.", "The reminder came through {a}."],
}
LEX_LINES_HELDOUT15 = ["The front desk said something about {a}, what is that?", "Is he on {a}?",
                       "Does {a} cover the dental?", "I saw {a} on the invoice.",
                       "My neighbor has {a} for her cats.", "What's included in {a}?"]
Q_HELDOUT16 = {
    "phone": ["What's the best phone number on the membership?",
              "And is there a cell we can text the class reminders to?",
              "Can I get a number in case the front desk needs to reach you about the freeze?",
              "What number should I put down for the account holder?"],
    "card": ["Okay, what card do you want the monthly dues to come out of?",
             "I can take the payment for the training package now. Go ahead with the card number.",
             "To clear the past-due balance I'll need a card number, whenever you're ready.",
             "Which card would you like to put on file for the annual fee?"],
    "account": ["Do you have your member number? It's on the back of the key fob, under the barcode.",
                "Can you read me the barcode number off the fob or the app?",
                "What's the member ID on your insurance fitness card?",
                "Do you have the case number from when you disputed the fee?"],
    "ssn": ["To verify the account holder I'll need the last four of your social.",
            "Can you give me the last four digits of your social security number, please?",
            "For security, what are the last four of the social on the account?"],
    "email": ["What email should the cancellation confirmation go to?",
              "And the email for the app login and the receipts?",
              "Which email do you want the freeze confirmation sent to?"],
    "person": ["Can I have the name on the membership?", "And who do I have the pleasure of speaking with?",
               "What's the primary member's full name?", "Who's the other adult on the family plan?"],
    "spell": ["Could you spell the last name for me?", "How is that spelled?",
              "Sorry, can you spell that? The music on the floor is loud over here."],
    "address": ["What's the mailing address for the new fob?",
                "And your current home address, for the agreement?",
                "Is the address on file still right? What do you have now?"],
    "dob": ["And to verify, can I have your date of birth?",
            "What's the date of birth on the membership?",
            "For the teen membership I need her date of birth."],
}
AGENT_HELDOUT16 = ["Okay, I have your membership pulled up.", "Let me check the billing history on that.",
                   "Bear with me, the system is a little slow this morning.",
                   "Alright, I see the last check-in on the account.",
                   "I can definitely help you with the freeze.",
                   "I'm sorry about that, let me see what happened with the draft.",
                   "Okay, I'll put a note on the account for the club manager.",
                   "Let me look at the class schedule for that location.",
                   "Just so you know, cancellations need thirty days notice.",
                   "Give me one second while I update the billing.",
                   "The annual fee is separate from the monthly dues.",
                   "I'll send this over to the billing team for review.",
                   "For privacy I need to verify a couple of things first.",
                   "Okay, the request is in, you should get a confirmation email.",
                   "Let me see if your plan includes guest privileges.",
                   "Alright, I'm deactivating the old fob now.",
                   "I can transfer you to the club after we're done here.",
                   "Okay, I've added that to the account notes."]
ACKS_HELDOUT16 = ["Okay.", "Mm-hmm.", "Got it, go ahead.", "Okay, and the rest?", "Uh-huh.",
                  "Alright, I'm typing.", "Yep, keep going."]
A_PREFIX_HELDOUT16 = ["Um, it's ", "Yeah, it's ", "Okay, ", "Hold on... okay, ", "Sure, it's ", "So it's ",
                      "That'd be "]
NAMES_HELDOUT16 = ["Jean-Paul Habimana", "Kittipong Srisuk", "Ivana Horvat", "Matej Novak", "Yasmin Abdelrahman",
                   "Ignacio Valenzuela", "Aliaksandr Kavalenka", "Firuza Rahimova", "Rogvi Joensen",
                   "Marthinus van der Merwe", "Achieng Otieno", "Rami Haddad", "Haruka Takeda", "Joao Carvalho",
                   "Leyla Mammadova", "Shanice Campbell", "Siti Nurhaliza", "Tomasz Grabowski", "Thandiwe Mokoena",
                   "Nguyen Van Long", "Aroha Whaanga", "Gulnara Sadykova", "Bartek Zielony", "Deniz Aksoy",
                   "Xochitl Ramirez", "Kenji Morimoto", "Olamide Bankole", "Sione Vaipulu",
                   # ordinary names, as most members have
                   "Kevin Duffy", "Laura Bishop", "Dan Mercer", "Stacy Romano", "Jeff Kaplan", "Megan Schultz",
                   "Tony Russo", "Karen Whitfield",
                   # names that are also words, brands, places or gym words
                   "Nike Adebayo", "Sterling Gold", "Rowan Cross", "Crystal Barr", "Chase Hamilton",
                   "Brooklyn Price", "Dallas Strong", "Hunter Pike", "Summer Lyons", "Lulu Mendez",
                   "Justice Marsh", "Major Jenkins", "Paris Fields", "Misty Rivers", "Bentley Power"]
FAMILY_HELDOUT16 = ["Theo", "Maya", "Liam", "Ava", "Jaylen", "Sofia", "Eli", "Harper", "Mason", "Zara", "Luca",
                    "Nora", "Hunter", "Brooklyn", "Summer", "Chase", "Rocky", "Genesis", "Ivy", "Dante"]
TRAINERS_HELDOUT16 = ["Marcus", "Kendra", "Tyrell", "Bianca", "Dre", "Jess", "Colton", "Priya", "Angel", "Brock"]
HELDOUT16_BRANDS = {  # a gym's calls name other gyms and studios (many after people or places), class formats,
    # wearables and apps, equipment makers, insurance fitness programs, and nutrition and apparel brands
    "gym": ["Planet Fitness", "LA Fitness", "Anytime Fitness", "Gold's Gym", "Crunch", "Equinox", "Orangetheory",
            "Life Time", "YMCA", "Snap Fitness", "Lucille Roberts", "Bally Total Fitness", "Boston Sports Clubs",
            "Barry's", "SoulCycle", "Club Pilates", "CorePower Yoga", "F45", "Vasa Fitness", "EoS Fitness"],
    "class": ["Les Mills BodyPump", "Les Mills BodyCombat", "Zumba", "Jazzercise", "Tabata", "Bikram", "Pure Barre",
              "Spinning", "Lagree", "CrossFit"],
    "app": ["Fitbit", "Apple Watch", "Garmin", "Whoop", "Oura", "Peloton", "MyFitnessPal", "Strava", "ClassPass",
            "Mindbody"],
    "pay": ["Apple Pay", "Venmo", "PayPal", "Google Pay", "Affirm", "Klarna", "Cash App"],
    "equipment": ["Life Fitness", "Precor", "Technogym", "Rogue", "Concept2", "Hammer Strength", "StairMaster",
                  "Bowflex", "NordicTrack", "TRX", "Keiser", "Matrix"],
    "program": ["SilverSneakers", "Renew Active", "Silver and Fit", "Active and Fit", "Blue365", "Humana", "Aetna",
                "UnitedHealthcare", "Kaiser", "Optum", "Cigna"],
    "nutrition": ["Optimum Nutrition", "Premier Protein", "Muscle Milk", "Celsius", "Gatorade", "Herbalife",
                  "Quest", "BodyArmor"],
    "diet": ["Jenny Craig", "Noom", "WW", "Weight Watchers", "Nutrisystem", "Smoothie King"],
    "apparel": ["Lululemon", "Under Armour", "Gymshark", "Nike", "Dick's Sporting Goods", "Academy Sports", "Hoka",
                "Brooks", "New Balance", "Alo Yoga"],
}
BRAND_LINES_HELDOUT16 = {
    "gym": ["I'm thinking of switching to {a}, they're only ten a month.", "Do you match what {a} charges?",
            "I used to go to {a} before they closed.", "{a} let me freeze for free, why can't you?",
            "Is it cheaper than {a} or {b}?"],
    "class": ["Is the {a} class still on Saturday mornings?", "My wife only comes for {a}.",
              "Do you still have {a} at the downtown club?", "Is {a} included or is it extra?",
              "They replaced {a} with {b} and nobody told us."],
    "app": ["Can I check in with my {a} instead of the fob?", "Does the app sync with {a}?",
            "My {a} says I burned six hundred calories in that class.",
            "I booked the class through {a} and it didn't show up."],
    "pay": ["I paid through {a} last time.", "Can I pay the annual fee with {a}?", "Do you take {a} at the desk?",
            "Can I split the training pack with {a}?"],
    "equipment": ["Half the {a} machines are out of order again.", "Are you getting new {a} equipment?",
                  "The {a} machine in the back corner is broken.", "Do you have {a} or just the cheap stuff?",
                  "The other club has {a} and {b}, why don't you?"],
    "program": ["I'm on {a} through my insurance, does that cover it?", "My plan switched from {a} to {b}.",
                "Does the club still take {a}?", "{a} said the membership should be free for me."],
    "nutrition": ["Do you still sell {a} at the front desk?", "My trainer said {a} is fine after a workout.",
                  "Is {a} cheaper here or at the grocery store?", "The smoothie bar ran out of {a} again."],
    "diet": ["I tried {a} but it didn't stick.", "My doctor mentioned {a} along with the gym.",
             "Does the nutrition coaching work like {a}?", "I'm doing {a} and the training pack together."],
    "apparel": ["I get a discount at {a} with my membership, right?", "The pro shop sells {a} now?",
                "I left a {a} jacket in the women's locker room.", "Is the running club sponsored by {a} or {b}?"],
}
LEX_LINES_HELDOUT16 = ["The guy at the front desk mentioned {a}, what is that?", "I saw {a} on my statement.",
                       "Someone in my class brought up {a}.", "What's the deal with {a}?",
                       "My neighbor said {a} is worth it.", "Do I get anything extra with {a}?"]
Q_HELDOUT17 = {
    "phone": ["And what's the best number to reach you if underwriting needs anything for the modification?",
              "Can you verify the phone number on the loan for me?",
              "What number should the hardship specialist call you back on?",
              "Is there a number where we can reach you during the day?"],
    "card": ["Okay, for a one-time payment by debit card, go ahead with the card number when you're ready.",
             "What's the card number you'd like to use for today's payment?",
             "I can take the late charge over the phone. Which card are we using?"],
    "account": ["Can I get the loan number, please? It's the ten digits at the top right of your statement.",
                "What's the account number at the bank you want the autopay drafted from?",
                "Do you have the case number from your forbearance letter?",
                "And the policy number on the new homeowners policy, so I can update escrow?"],
    "ssn": ["To verify the loan I need the last four of the primary borrower's social.",
            "For the modification application I do need the full social security number for each borrower.",
            "Can you confirm the last four digits of your social, please?"],
    "email": ["What email do you want the e-statements going to?",
              "And where should I send the payoff quote? It goes out as a secure email.",
              "Is there an email I can send the hardship packet to?"],
    "person": ["Can I have the name of the primary borrower on the loan?", "And who am I speaking with today?",
               "What's the name of the person you want to authorize on the loan?",
               "Is there a co-borrower on the loan? What's their name?"],
    "spell": ["Can you spell the last name for me, please?", "How is that spelled?",
              "Sorry, could you spell that? I want it exactly right on the authorization form."],
    "address": ["And the property address?", "What's your mailing address, if it's different from the property?",
                "Can you confirm the address of the property for me?"],
    "dob": ["And the borrower's date of birth?", "Can you verify your date of birth for me?",
            "What's the co-borrower's date of birth?"],
}
AGENT_HELDOUT17 = ["Okay, I've got the loan pulled up.", "Let me look at the escrow analysis for you.",
                   "Bear with me, I'm pulling up the payment history.",
                   "I see the payment came in, it's just not posted yet.",
                   "Just so you know, this call may be recorded for quality.",
                   "Let me check whether the payoff includes the daily interest.",
                   "I'll put a note on the loan so the next person sees it.",
                   "The insurance company has to send us the new declarations page.",
                   "I understand, that's a big jump in the monthly payment.",
                   "I can transfer you to loss mitigation once we finish verifying.",
                   "It can take a couple of business days to show on the statement.",
                   "Okay, I'm updating the autopay now.",
                   "The hardship packet has a checklist on the first page.",
                   "I'm sorry about the wait, we've had a lot of calls about the escrow letters.",
                   "Let me see if you're eligible to have the mortgage insurance removed.",
                   "The shortage can be spread out over the next twelve payments.",
                   "For privacy I have to verify a few things before I can discuss the loan.",
                   "Okay, I'm requesting the payoff statement now.",
                   "The late charge was assessed because the payment came in after the grace period.",
                   "Let me check the tax disbursement, one moment."]
ACKS_HELDOUT17 = ["Okay.", "Mm-hmm, go ahead.", "Okay, I have that part.", "Alright, and the rest?",
                  "Yes, I'm listening.", "Okay, keep going.", "Uh-huh."]
A_PREFIX_HELDOUT17 = ["Um, it's ", "Okay, it's ", "Yeah, ", "Let me find it... okay, ", "Sure, it's ",
                      "It should be ", "That'd be ", "Hold on... "]
NAMES_HELDOUT17 = ["Teuila Faleolo", "Yeshe Dorje", "Mirela Kovacevic", "Nnamdi Chukwuma", "Kaveh Rostami",
                   "Sarangerel Bat-Erdene", "Tadeusz Nowicki", "Wairimu Kamau", "Iolo Pritchard",
                   "Sokha Chhim", "Huong Do", "Ahmed Al-Harazi", "Bhavesh Patel", "Nalani Akana", "Liliana Huaman",
                   "Ciaran Mac Giolla", "Gulnara Sadykova", "Anjali Menon", "Kofi Ansah", "Rosario Castellanos",
                   "Malakai Fifita", "Marek Dvorak", "Efrat Ben-David", "Ayodele Bankole", "Dzhamila Usmanova",
                   "Jean-Baptiste Thibodeaux", "Wanjiru Mwangi", "Eleni Christodoulou", "Tenzin Wangmo",
                   # ordinary names, as most borrowers have
                   "Karen Mitchell", "Doug Henning", "Lisa Ramirez", "Steve Kaminski", "Patty O'Rourke",
                   "Ron Jefferson", "Debbie Strand",
                   # names that are also words, brands, places or lender words
                   "Fannie Whitlock", "Freddie Castillo", "Mae Thibodeaux", "Cooper Ashby", "Grant Keller",
                   "Regina Wells", "Liberty Dawson", "Sterling Banks", "Earnest Hale", "Penny Marlow",
                   "Trinity Carrington", "Austin Travers", "Hope Regis"]
HELDOUT17_BRANDS = {  # a mortgage line names agencies and programs (some sound like people), insurers, banks,
    # other servicers (some after people or places), real estate and title companies, payment services, credit bureaus
    "agency": ["Fannie Mae", "Freddie Mac", "Ginnie Mae", "FHA", "VA", "USDA", "HUD", "CFPB"],
    "program": ["HomeReady", "Home Possible", "Flex Modification", "Hardest Hit Fund", "HomeStyle Renovation",
                "Good Neighbor Next Door", "Homeowner Assistance Fund", "HARP"],
    "insurer": ["State Farm", "Allstate", "Liberty Mutual", "USAA", "Travelers", "Nationwide", "Farmers", "Erie",
                "Chubb", "Hippo", "Lemonade", "American Family", "Citizens Property Insurance"],
    "bank": ["Wells Fargo", "Chase", "Bank of America", "Navy Federal", "Truist", "Regions", "PNC", "Fifth Third",
             "Huntington", "Ally", "Charles Schwab", "KeyBank", "Santander"],
    "servicer": ["Mr. Cooper", "Rocket Mortgage", "Freedom Mortgage", "PennyMac", "Shellpoint", "Carrington",
                 "Lakeview", "LoanCare", "Cenlar", "Newrez", "Flagstar", "Guild Mortgage"],
    "realty": ["Zillow", "Redfin", "Keller Williams", "Coldwell Banker", "Century 21", "Sotheby's", "RE/MAX",
               "First American Title", "Fidelity National Title", "Stewart Title", "Old Republic"],
    "payment": ["Zelle", "Western Union", "MoneyGram", "Venmo", "PayPal", "Speedpay", "Apple Pay", "Plaid"],
    "credit": ["Equifax", "Experian", "TransUnion", "Credit Karma", "FICO", "Rocket Money"],
}
BRAND_LINES_HELDOUT17 = {
    "agency": ["Is my loan owned by {a} or {b}?", "The letter said it's an {a} loan, does that change anything?",
               "My neighbor said {a} has a program for this.", "Do I have to call {a} myself or do you do it?"],
    "program": ["Would I qualify for {a}?", "My realtor said we got the loan through {a}.",
                "Is {a} the same thing as {b}?", "I applied for the {a} money through the state."],
    "insurer": ["We switched the homeowners to {a} in the spring.", "{a} says they sent you the renewal.",
                "Is it cheaper to go with {a} or {b} for the escrow?", "{a} dropped us because of the roof."],
    "bank": ["The autopay comes out of our {a} checking.", "I moved everything over from {a} to {b}.",
             "{a} shows the payment left on the fifth.", "Can I pay from my {a} savings instead?"],
    "servicer": ["We used to be with {a} before the loan got sold.", "My brother refinanced with {a}.",
                 "{a} quoted him a lower rate, can you match that?", "I got a letter from {a} and one from you."],
    "realty": ["We're listing the house with {a}.", "{a} says the house is worth more now.",
               "The closing was with {a}.", "Our agent from {a} needs the payoff."],
    "payment": ["Can I just send it with {a}?", "I tried paying through {a} and it bounced.",
                "Does {a} work for the mortgage or only {b}?", "I don't want to use {a} for this."],
    "credit": ["The late payment showed up on {a}.", "{a} says my score dropped forty points.",
               "Do you report to {a} and {b}?", "I pulled my report from {a} last week."],
}
LEX_LINES_HELDOUT17 = ["The welcome letter said something about {a}, what is that?", "Is {a} any good?",
                       "My sister mentioned {a}, can you tell me about it?", "I keep seeing ads for {a}.",
                       "Someone at the bank brought up {a}.", "What's the deal with {a}?"]
Q_HELDOUT18 = {
    "phone": ["What's the best callback number if the monitoring center gets an alarm signal from the house?",
              "Can you verify the primary phone number on the account for me?",
              "And what number should the technician call when he's on his way?",
              "If we can't reach anyone at the house, what number do we try next?"],
    "card": ["Okay, I can take a card for the equipment balance. Go ahead whenever you're ready.",
             "Which card would you like the monthly monitoring to bill to?",
             "The trip charge is due today. What card do you want to use for that?"],
    "account": ["Can I get your monitoring account number? It's on the invoice, or on the sticker inside the panel door.",
                "What's the customer number on your invoice?",
                "Do you have the alarm permit number from the city? We need it on file before we can dispatch.",
                "And for security, what's the verbal password on the account?"],
    "ssn": ["For the equipment financing I'll need your social security number for the credit check.",
            "To verify the account, can I have the last four of your social?",
            "Can you give me the last four digits of the account holder's social?"],
    "email": ["What email should the alarm notifications and invoices go to?",
              "Where do you want the service agreement sent for the e-signature?",
              "Is there an email I can send the installation confirmation to?"],
    "person": ["Who am I speaking with today?", "And the name of the account holder?",
               "Who would you like as your first emergency contact?",
               "Who else has a key to the house, so we can add them as a keyholder?"],
    "spell": ["Could you spell the last name for me?", "How do you spell that?",
              "Sorry, can you spell that so the operators say it right when they call?"],
    "address": ["What's the address of the monitored property?", "And what's the new address you're moving to?",
                "Can you confirm the premises address for the dispatch record?"],
    "dob": ["And your date of birth, for verification?", "For the credit check I'll also need your date of birth.",
            "Can you confirm the account holder's date of birth?"],
}
AGENT_HELDOUT18 = ["Okay, I've got the account pulled up.", "Let me look at the signal history from the panel.",
                   "Bear with me, I'm checking the technician schedule.",
                   "I see the alarm came in from the back door zone this morning.",
                   "Just so you know, this call is recorded for quality and training.",
                   "Let me see if the panel is still communicating with us.",
                   "I'll put a note on the account so the operators see it.",
                   "I can put the system on test mode while you work on it.",
                   "I understand, nobody wants the police showing up for nothing.",
                   "Okay, I'm updating the call list now.",
                   "I'm sorry about the wait, we've had a lot of calls after the storm.",
                   "For your security I have to verify a few things first.",
                   "Let me check whether you're still under the equipment warranty.",
                   "It looks like the sensor battery is getting low.",
                   "I can send a technician out, or we can try to fix it over the phone first.",
                   "The cancellation has to go through our retention team, one moment.",
                   "Okay, the system shows armed away right now.",
                   "Let me check the contract end date for you.",
                   "I'm going to transfer you to the moving team after we verify.",
                   "Okay, I've cancelled the dispatch."]
ACKS_HELDOUT18 = ["Okay.", "Mm-hmm, go ahead.", "Got it so far.", "Okay, and the rest?", "Uh-huh, keep going.",
                  "Yep.", "Okay, I'm writing it down."]
A_PREFIX_HELDOUT18 = ["Um, it's ", "Yeah, it's ", "Okay, ", "Hang on... okay, ", "Sure, it's ", "It should be ",
                      "Uh, let me think, ", "That's "]
NAMES_HELDOUT18 = ["Aino Kallas", "Rojda Aydin", "Ousmane Ndiaye", "Carmelo Farrugia", "Nuwan Jayasuriya",
                   "Pema Choden", "Katarina Kovacova", "Thandiwe Dube", "Vaiana Teriitahi", "Dagny Solberg",
                   "Bilal Qureshi", "Aigerim Seitkali", "Lino Cadau", "Arandu Benitez", "Mihaela Popescu",
                   "Tevita Fonua", "Hyun-woo Bae", "Oksana Melnyk", "Ifeoma Uchenna", "Jurgen Halvorsen",
                   "Siosaia Taufa", "Rasa Petrauskiene", "Nizhoni Begay", "Gaukhar Amanova", "Pilar Etxeberria",
                   "Chidi Okafor-Hale", "Ngaire Whaanga", "Shirin Tehrani", "Akira Matsuda", "Kwame Boateng",
                   # ordinary names, as most alarm customers have
                   "Gary Pruitt", "Brenda Kowalski", "Todd Alvarez", "Sharon Whitaker", "Mike Dunleavy",
                   "Tammy Briggs", "Carol Hendricks", "Dennis Yoder",
                   # names that are also words, brands, places or security words
                   "Alexa Moreno", "Yale Morrison", "August Reyes", "Arlo Jennings", "Sierra Vaughn",
                   "Chase Brinker", "Justice Ward", "Haven Price", "Sheridan Cole", "Echo Sandoval",
                   "Hunter Wolfe", "Brooks Bell", "Harley Gates", "Winter Knight", "Ranger Holt"]
HELDOUT18_BRANDS = {  # an alarm line names other alarm companies (many after people or places), panel and camera
    # makers, smart locks, smart-home platforms, medical alert services, carriers, insurers, movers and batteries
    "alarm_co": ["ADT", "Vivint", "SimpliSafe", "Brinks Home", "Frontpoint", "Cove", "Abode", "Guardian Protection",
                 "Bay Alarm", "Protection 1", "Monitronics", "Alder", "Pinkerton"],
    "equipment": ["Honeywell", "Resideo", "Qolsys", "DSC", "Alarm.com", "Lorex", "Arlo", "Ring", "Nest", "Wyze",
                  "Eufy", "Blink", "Kidde", "First Alert"],
    "lock": ["Schlage", "Kwikset", "Yale", "August", "Baldwin", "Medeco"],
    "smarthome": ["Alexa", "Google Home", "Apple HomeKit", "SmartThings", "Z-Wave", "Zigbee", "Philips Hue"],
    "medical": ["Life Alert", "Medical Guardian", "Bay Alarm Medical", "Lively", "MobileHelp", "Philips Lifeline"],
    "carrier": ["AT&T", "Verizon", "T-Mobile", "Spectrum", "Xfinity", "Cox", "Frontier"],
    "insurer": ["State Farm", "Allstate", "Liberty Mutual", "Travelers", "Lemonade", "Erie", "Amica", "Nationwide"],
    "mover": ["U-Haul", "PODS", "Two Men and a Truck", "Allied Van Lines", "Mayflower"],
    "battery": ["Duracell", "Energizer", "Panasonic", "Rayovac"],
}
BRAND_LINES_HELDOUT18 = {
    "alarm_co": ["We had {a} at the old house and never had this problem.", "{a} quoted me half of what I pay you.",
                 "Is your monitoring any different from {a} or {b}?", "There's still an {a} sign in my yard from the last owner."],
    "equipment": ["The camera over the garage is a {a}, can you add it?", "Does your panel work with {a}?",
                  "I bought a {a} doorbell, will it mess with the system?", "The old keypad says {a} on it."],
    "lock": ["The front door has a {a} smart lock.", "Can the app open the {a} lock on the side door?",
             "We switched from {a} to {b} on the back door.", "The {a} deadbolt keeps saying low battery."],
    "smarthome": ["Can I arm it with {a}?", "I want to hook it up to {a}.", "Does it work with {a} or just {b}?",
                  "My kids set up {a} and now the lights do weird things."],
    "medical": ["My mom has a {a} pendant, can you do something like that?", "She used to have {a}.",
                "Is your button cheaper than {a}?", "We cancelled {a} when we signed up with you."],
    "carrier": ["We dropped the {a} landline last month.", "Our internet is {a}, would that matter?",
                "The cell signal here is bad, it's {a}.", "I switched from {a} to {b} and the panel went offline."],
    "insurer": ["{a} wants a certificate of monitoring for the discount.", "Our homeowners is with {a}.",
                "Does {a} take your certificate?", "I'm switching to {a} and they asked about the alarm."],
    "mover": ["We rented a {a} truck for Saturday.", "The {a} guys set off the alarm loading the couch.",
              "Our stuff is in a {a} container in the driveway.", "{a} is coming on the twelfth."],
    "battery": ["Can I just use {a} batteries in the sensor?", "I put {a} in the motion detector.",
                "The store only had {a}, is that okay?", "Do you need {a} or {b}?"],
}
LEX_LINES_HELDOUT18 = ["The installer mentioned {a}, what is that?", "Someone at the door was talking about {a}.",
                       "I got a mailer about {a}.", "My neighbor has {a}, is it worth it?",
                       "What's the deal with {a}?", "I keep hearing about {a}."]
Q_HELDOUT19 = {
    "phone": ["What's a good number for the driver to text when he's a few stops away?",
              "And a phone number in case the driver can't get into the building?",
              "Can I get the mobile number you want the delivery alerts sent to?",
              "What number should the claims team call you back on?"],
    "card": ["Okay, the duties and import tax come to eighty four dollars and ten cents. Which card would you like to "
             "pay that with?",
             "The redelivery to a new address is a twelve dollar fee. Go ahead with the card number when you're ready.",
             "What card do you want the return label charged to?"],
    "account": ["Do you have the tracking number there?",
                "Can you read me the number on the notice the driver left on your door?",
                "What's the account number on your business shipping account?",
                "Do you have the claim number from the email we sent?"],
    "ssn": ["Because you're the importer of record on this one, customs needs your social security number to clear it.",
            "For the credit application on a business account we need the owner's social security number.",
            "To verify the account holder, can you give me the last four of your social?"],
    "email": ["What email should the delivery updates go to?", "Where do you want the proof of delivery emailed?",
              "And the email for the claim paperwork?"],
    "person": ["Who is the parcel addressed to?", "And who am I speaking with today?",
               "What name is the shipment under?", "Who should the driver ask for at the front desk?"],
    "spell": ["Can you spell the last name for me? It has to match the label.", "How do you spell that?",
              "Sorry, can you spell that, so the counter staff can find it?"],
    "address": ["What's the delivery address on the label?", "And where should the driver pick it up from?",
                "What address do you want it sent to instead?"],
    "dob": ["It's an age-verified delivery, so I need the recipient's date of birth.",
            "And your date of birth, so the counter can release it to you?",
            "Can you confirm the date of birth on the account?"],
}
AGENT_HELDOUT19 = ["Okay, I've got the shipment pulled up.", "Let me look at the scan history for you.",
                   "Bear with me, I'm checking the last scan at the depot.",
                   "It shows the parcel is on the truck for delivery today.",
                   "Just so you know, this call may be recorded for quality and training.",
                   "Let me see whether the driver left a delivery notice.",
                   "I'll put a note on the shipment for the driver.",
                   "It looks like it's being held by customs for paperwork.",
                   "I understand, that's frustrating when you stayed home for it.",
                   "I can open a trace with the depot once we finish verifying.",
                   "The driver's scanner shows a photo at the door, let me pull it up.",
                   "Okay, I'm updating the delivery instructions now.",
                   "Redelivery requests made after eight PM go on the next business day.",
                   "I'm sorry about the wait, we've had a lot of calls with the holiday volume.",
                   "Let me check whether the sender allows a change of address.",
                   "We hold parcels at the pickup point for seven days before they go back to the sender.",
                   "For privacy I have to verify a few details before I can change the delivery.",
                   "Okay, I've requested the redelivery for tomorrow.",
                   "The claim has to include photos of the box and the packaging.",
                   "Let me check which pickup points are near you, one moment."]
ACKS_HELDOUT19 = ["Okay.", "Mm-hmm, go on.", "Okay, I have that part.", "Got it, and the rest?", "Uh-huh.",
                  "Okay, keep going.", "Yep, I'm with you."]
A_PREFIX_HELDOUT19 = ["Um, it's ", "Okay, it's ", "Yeah, ", "Hang on, it's on the slip... okay, ", "Sure, it's ",
                      "It should be ", "I think it's ", "Right, "]
NAMES_HELDOUT19 = ["Sakiusa Ravuvu", "Iker Etxeberria", "Hodan Warsame", "Marija Camilleri", "Aslak Somby",
                   "Nivi Olsen", "Habiba Garba", "Rojda Aydin", "Selvi Murugan", "Chaminda Perera",
                   "Bounmy Phommachanh", "Gwenaelle Le Goff", "Chaltu Gemechu", "Edin Hadzic",
                   "Thorunn Gudmundsdottir", "Jocelyn Manalo", "Vicente Taitano", "Oksana Melnyk", "Arjun Bhattarai",
                   "Tevita Havili", "Ngaio Parata", "Olumide Bakare", "Mei-Ling Chao", "Soraya Haidari",
                   "Bjarni Eiriksson", "Kalani Kahananui", "Dagny Lindahl", "Nomvula Khumalo",
                   # ordinary names, as most callers have
                   "Brenda Schultz", "Tom Kowal", "Angela Ruiz", "Mike Donnelly", "Sharon Pickett", "Gary Lund",
                   "Denise Carter",
                   # names that are also words, brands, places or carrier words
                   "Hermes Tavares", "Crystal Post", "Sterling Shipley", "Dash Whitmore", "Royal Odum",
                   "Amber Gates", "Chase Lockhart", "Hunter Bell", "Rowan Ford", "Sky Fenner", "Dakota Mercer",
                   "Georgia Parcell", "Carter Wells"]
HELDOUT19_BRANDS = {  # a parcel carrier's calls name other carriers and posts, the shops that shipped (many after
    # people), pickup-point stores, doorbell cameras and smart locks, shipping software, payments, customs brokers
    "carrier": ["UPS", "FedEx", "USPS", "DHL", "OnTrac", "LaserShip", "Amazon Logistics", "Purolator", "Canada Post",
                "Royal Mail", "Evri", "Parcelforce", "Aramex", "Veho", "GLS", "Australia Post", "Correos", "Hermes"],
    "shop": ["Amazon", "Etsy", "eBay", "Wayfair", "Chewy", "Best Buy", "Nordstrom", "Williams Sonoma", "Kohl's",
             "Macy's", "Zappos", "Temu", "Harry & David", "Omaha Steaks", "Dick's Sporting Goods", "Sephora",
             "L.L.Bean", "Eddie Bauer"],
    "pickup": ["Walgreens", "CVS", "Dollar General", "Staples", "Safeway", "Kroger", "Office Depot", "Michaels",
               "Lowe's", "Hy-Vee", "Meijer", "Publix", "Sheetz", "Casey's", "Albertsons"],
    "camera": ["Ring", "Nest", "Arlo", "Blink", "SimpliSafe", "Wyze", "Eufy", "Lorex"],
    "lock": ["August", "Yale", "Latch", "ButterflyMX", "Schlage", "Kwikset", "Level"],
    "software": ["ShipStation", "Shopify", "Pirate Ship", "Stamps.com", "Shippo", "Easyship", "Sendle", "WooCommerce",
                 "Squarespace"],
    "payment": ["PayPal", "Apple Pay", "Google Pay", "Venmo", "Klarna", "Afterpay", "Zelle", "Amex"],
    "customs": ["CBP", "CBSA", "HMRC", "Livingston", "Clearit", "Flexport", "Expeditors", "C.H. Robinson"],
    "insurance": ["ShipSurance", "Route", "InsureShip", "Navidium", "Seel"],
}
BRAND_LINES_HELDOUT19 = {
    "carrier": ["It says it was handed off to {a} for the last mile.", "{a} would have just left it at the door.",
                "Is it with you or with {b} now?", "Last time I shipped with {a} it took two weeks.",
                "The tracking jumped from {a} to you and then nothing."],
    "shop": ["It's an order from {a}.", "{a} told me to call you, and you told me to call {a}.",
             "The box from {a} came but not the one from {b}.", "{a} says it shows delivered on their end.",
             "It's a birthday gift from {a}, so I really need it by Saturday."],
    "pickup": ["Can I pick it up at the {a} on Route nine?", "The notice says it's at {a} but they can't find it.",
               "Is the {a} by my work one of your pickup points?", "I'd rather get it from {a} than {b}."],
    "camera": ["My {a} camera shows nobody came to the door.", "The {a} doorbell didn't ring at all.",
               "I checked the {a} footage twice.", "I can send you the {a} video if that helps."],
    "lock": ["We have a {a} lock, the driver can't get in.", "The building uses {a} for the front door.",
             "Can the driver use the {a} code or does he need a key?"],
    "software": ["I print my labels through {a}.", "{a} shows the label was created but never scanned.",
                 "Does your account connect to {a}?", "We moved from {a} to {b} last month."],
    "payment": ["Can I pay the duties with {a}?", "I tried {a} on the website and it didn't go through.",
                "Do you take {a} or only cards?"],
    "customs": ["The email said {a} is holding it.", "Do I have to call {a} myself?",
                "Is {a} the same as the customs broker?", "Who's {a}? They sent me a bill."],
    "insurance": ["I bought {a} protection at checkout, does that cover this?", "The store said to file with {a}.",
                  "Is {a} something you guys run?"],
}
LEX_LINES_HELDOUT19 = ["The notice on the door said something about {a}, what is that?", "Does {a} cost extra?",
                       "The seller's email mentioned {a}.", "I keep getting texts about {a}.",
                       "My neighbor mentioned {a}, is that something you do?", "What's the deal with {a}?"]
Q_HELDOUT20 = {
    "phone": ["What's the best number to reach you if the transfer gets held up?",
              "Can I get a mobile number for the two-factor texts?",
              "And a daytime number, in case the advisor needs to call you about the rollover?",
              "What phone number should we have on file for the account?"],
    "card": ["The premium research subscription is nine ninety nine a month. What card would you like it billed to?",
             "Instant deposits only work with a debit card. Can you read me the card number?",
             "Okay, I can cancel the old debit card. Do you have the card number in front of you?"],
    "account": ["Can I have your account number, please?",
                "What's the account number at the firm you're transferring from?",
                "And the account number at your bank?",
                "Do you have the account number from your statement?"],
    "ssn": ["To open the IRA I need your social security number for tax reporting.",
            "Before I can discuss the account, can you verify the last four of your social?",
            "For the beneficiary I'll also need their social security number."],
    "email": ["What email would you like the trade confirmations sent to?",
              "Where should we send the e-signature link for the rollover paperwork?",
              "And what email do you want for electronic delivery of your tax forms?"],
    "person": ["Who am I speaking with today?", "What's the name on the account?",
               "Who would you like to name as the beneficiary?", "And who is your trusted contact?"],
    "spell": ["Can you spell the last name for me? It has to match the other firm's records exactly.",
              "How do you spell that?", "Sorry, could you spell that one for me?"],
    "address": ["What's the mailing address you'd like on the account?",
                "Where should the check be mailed?", "And your current home address?"],
    "dob": ["Can you verify your date of birth for me?", "And the beneficiary's date of birth?",
            "For the required distribution I need to confirm your date of birth."],
}
AGENT_HELDOUT20 = ["Okay, I've got your accounts pulled up.", "Let me look at the transfer status for you.",
                   "Just so you know, this call is recorded for quality and compliance.",
                   "Bear with me, the system is a little slow with the market open.",
                   "I'll need to verify a few things before I can make changes.",
                   "It looks like the transfer is still pending with the delivering firm.",
                   "I can see the dividend posted to your cash balance this morning.",
                   "Let me check whether that fund has a short-term trading fee.",
                   "I understand, nobody likes waiting on a transfer.",
                   "Okay, I've added a note to the account.",
                   "The rollover paperwork usually takes about a week once we receive the check.",
                   "Let me pull up your tax documents.",
                   "Wires sent after the cutoff go out the next business day.",
                   "I'm sorry about the hold time, it's been busy with tax season.",
                   "Okay, the beneficiary change is in.",
                   "I'm not able to give investment advice, but I can explain how the account works.",
                   "Let me transfer you to the retirement desk after we finish this part.",
                   "Okay, I've reset the two-factor settings on the account.",
                   "The trade settled, so the cash is available to withdraw now.",
                   "Let me see what the distribution schedule looks like for this year."]
ACKS_HELDOUT20 = ["Okay.", "Mm-hmm, go ahead.", "Okay, I have that part.", "Got it, and the rest?", "Uh-huh.",
                  "Alright, keep going.", "Okay, I'm with you."]
A_PREFIX_HELDOUT20 = ["Um, it's ", "Okay, it's ", "Yeah, ", "Let me grab my statement... okay, ", "Sure, it's ",
                      "It should be ", "I believe it's ", "Alright, "]
NAMES_HELDOUT20 = ["Aizada Toktogulova", "Nurlan Abdyldaev", "Doina Rusu", "Edem Kpodo", "Achol Deng",
                   "Luiza Magomadova", "Srinivas Venkatapathi", "Shwetha Gowda", "Sri Wahyuningsih",
                   "Rhea Cabahug", "Marites Agbayani", "Saw Eh Doh", "Lounes Ait Ahmed", "Naseer Baloch",
                   "Kavita Lalwani", "Wilma Mamani", "Elisa Huenchumil", "Dwight Arzu", "Winona Two Bulls",
                   "Kino Langinbelik", "Xoan Carballo", "Juan Quayle", "Tamsin Penhaligon", "Morag MacLeod",
                   "Sjoerd Hiemstra", "Gilles Hoffmann", "Bhaswati Baruah", "Subhashree Mohanty",
                   # ordinary names, as most callers have
                   "Linda Kowalski", "Robert Haines", "Karen Dubois", "Steve Madsen", "Donna Pruitt",
                   "Jeff Albrecht", "Rick Sorensen", "Barbara Lindqvist",
                   # names that are also words, brands, places or money words
                   "Stanley Morgan", "Franklin Price", "Chase Templeton", "Marcus Goldman", "Ira Castellanos",
                   "Penny Ashford", "Robin Hudson", "Ally Brennan", "Greta Schwab", "Harriet Roth",
                   "Goodluck Mensah", "Precious Ndlovu", "Savannah Pierce", "Denver Achterberg", "Grant Whitley"]
HELDOUT20_BRANDS = {  # a brokerage line names other brokers and robo-advisors (many after people), fund companies
    # (many after people or places), companies and tickers held, banks linked, old 401(k) recordkeepers, tax
    # software, authenticator apps, crypto, indexes and regulators
    "broker": ["Fidelity", "Charles Schwab", "Vanguard", "E*Trade", "Robinhood", "Merrill Edge", "Edward Jones",
               "TD Ameritrade", "Interactive Brokers", "Ameriprise", "Raymond James", "Morgan Stanley", "Webull",
               "Wealthfront", "Betterment", "Stash", "Acorns", "J.P. Morgan"],
    "fund": ["T. Rowe Price", "Janus Henderson", "Franklin Templeton", "American Funds", "Dodge & Cox", "Putnam",
             "BlackRock", "iShares", "SPDR", "Invesco", "Oakmark", "Pimco", "Lord Abbett",
             "Columbia Threadneedle", "Nuveen"],
    "stock": ["Apple", "Tesla", "Nvidia", "Berkshire Hathaway", "Johnson & Johnson", "Procter & Gamble", "Ford",
              "Coca-Cola", "McDonald's", "Disney", "Costco", "Chevron", "Boeing", "Walmart", "Microsoft"],
    "ticker": ["VTI", "VOO", "SPY", "QQQ", "SCHD", "AAPL", "MSFT", "BRK.B", "JNJ", "KO", "VXUS", "BND"],
    "bank": ["Chase", "Wells Fargo", "Bank of America", "Citi", "Capital One", "PNC", "Truist", "US Bank",
             "Navy Federal", "USAA", "Ally", "SoFi", "Marcus", "Huntington", "Regions", "Fifth Third", "Citizens"],
    "recordkeeper": ["Empower", "Principal", "John Hancock", "Voya", "Transamerica", "Lincoln Financial",
                     "Nationwide", "TIAA", "Paychex", "ADP", "Guideline", "Prudential", "MassMutual"],
    "tax": ["TurboTax", "H&R Block", "TaxAct", "FreeTaxUSA", "Jackson Hewitt"],
    "security": ["Google Authenticator", "Authy", "Microsoft Authenticator", "Duo Mobile", "YubiKey"],
    "crypto": ["Bitcoin", "Ethereum", "Solana", "Cardano", "Dogecoin", "Litecoin"],
    "index": ["Dow Jones", "Nasdaq", "S&P 500", "Russell 2000", "Dow"],
    "research": ["Morningstar", "Bloomberg", "Barron's", "Motley Fool", "Kiplinger", "CNBC"],
    "regulator": ["FINRA", "SIPC", "the SEC", "FDIC"],
}
BRAND_LINES_HELDOUT20 = {
    "broker": ["I'm moving everything over from {a}.", "{a} said the transfer left their side on Monday.",
               "My husband's account is at {a} and mine's at {b}.", "{a} charged me seventy five dollars to leave.",
               "Is your app like {a}, where I can buy partial shares?"],
    "fund": ["I've got some {a} funds in the old account.", "Can I hold {a} funds here or do they have to be sold?",
             "The {a} fund says it's closed to new investors.", "Should the {a} fund come over in kind?"],
    "stock": ["I want to sell the {a} shares I got from my dad.", "The {a} dividend didn't show up this quarter.",
              "I've had {a} since the nineties.", "Did the {a} stock split come over right?",
              "Can I set a limit order on {a} for tomorrow?"],
    "ticker": ["Can you check if {a} paid a dividend this month?", "I tried to buy {a} and the order got rejected.",
               "I've got {a} and {b} and that's about it.", "Is {a} an ETF or a mutual fund?"],
    "bank": ["I want to link my {a} checking.", "The money came out of {a} but it's not in the account.",
             "{a} put a hold on the transfer.", "Can I wire it to {a} instead of {b}?"],
    "recordkeeper": ["My old 401k is with {a}.", "{a} said they mailed the check to you last week.",
                     "Do you need anything from {a} for the rollover?", "The {a} website says the check was cashed."],
    "tax": ["I use {a} and it can't import the form.", "{a} says my cost basis is missing.",
            "My accountant uses {a}, can I just send it to her?", "Do I file this with {a} or do you?"],
    "security": ["I got a new phone and lost {a}.", "Can I use {a} instead of the text codes?",
                 "I set up {a} but it keeps asking for a code.", "Does {a} work with your app?"],
    "crypto": ["Can I buy {a} in the IRA?", "I have some {a} and {b} on an exchange, can I move it here?",
               "Do you guys do {a} at all?"],
    "index": ["With the {a} down like that, I'd rather wait.", "I just want something that follows the {a}.",
              "The {a} was up today and my account went down."],
    "research": ["I read on {a} that the fund's fees went up.", "{a} gives that fund four stars.",
                 "I saw something on {a} about the rollover rules changing."],
    "regulator": ["Is my money protected by {a}?", "Is the cash covered by {a} or by {b}?",
                  "I read that {a} fined a broker over something like this."],
}
LEX_LINES_HELDOUT20 = ["The letter said something about {a}, what is that?", "Is {a} something I'd need?",
                       "My advisor mentioned {a}.", "I keep getting emails about {a}.",
                       "Does {a} cost anything extra?", "My brother has {a}, is that the same thing?"]
Q_HELDOUT21 = {
    "phone": ["What's the best phone number for the refill reminders?",
              "Can I get a number where the pharmacist can reach you if there's a question on the prescription?",
              "And a phone number in case the courier needs to reach you for the delivery?",
              "What phone number do you want on the profile?"],
    "card": ["The copay comes to forty seven fifty. Which card would you like to use for that?",
             "Do you want to put a new card on file for the auto-refills? Go ahead with the number.",
             "I can take the payment now. What's the card number?"],
    "account": ["Can you read me the member ID on the front of your benefit card?",
                "Do you have the prescription number from the label?",
                "What's the order number on the email you got?",
                "Do you have the member ID handy?"],
    "ssn": ["For the manufacturer's assistance program, I'll need a social security number.",
            "To verify, can I have the last four of the member's social?",
            "Can you verify the last four of your social security number?"],
    "email": ["What email should the shipping notices go to?",
              "And an email for the order confirmations?",
              "Where would you like the receipt emailed?"],
    "person": ["Can I have the patient's full name, please?", "Who am I speaking with?",
               "What's the name of the prescribing doctor?", "And who's the cardholder on the plan?"],
    "spell": ["Can you spell the last name for me?", "How do you spell that, please?",
              "Sorry, would you spell that for me? I want it to match the insurance."],
    "address": ["What's the shipping address you'd like the medication sent to?",
                "Where should we ship this order?", "Can you confirm the address on the profile?"],
    "dob": ["Can you verify the patient's date of birth?", "And the date of birth, please?",
            "For security, what's the date of birth on the account?"],
}
AGENT_HELDOUT21 = ["Okay, I've got the profile pulled up.", "Let me look at the refill history on that.",
                   "Just so you know, this call may be recorded for quality purposes.",
                   "Bear with me, the system is a little slow this morning.",
                   "I see the order is in the pharmacist review queue right now.",
                   "It looks like the prescription needs a new authorization from the doctor.",
                   "Let me check whether that one needs a prior authorization with your plan.",
                   "I understand, nobody wants to run out of their medication.",
                   "Okay, I've put a note on the order.",
                   "The refrigerated orders ship overnight with ice packs.",
                   "Let me check the claim with your plan real quick.",
                   "We can fax the request to the doctor's office today.",
                   "I'm sorry about the wait, the lines have been busy with the holiday.",
                   "Okay, the shipping address is updated for this order.",
                   "I can't give medical advice, but the pharmacist can call you back about that.",
                   "Let me transfer you to a pharmacist after we finish this part.",
                   "Okay, that's enrolled in automatic refills now.",
                   "The order shipped yesterday, so it should be there in a couple of days.",
                   "I'll need to verify a few things before I can discuss the prescriptions.",
                   "Let me see what your plan covers for a three month supply."]
ACKS_HELDOUT21 = ["Okay.", "Mm-hmm, go ahead.", "Alright, I've got that much.", "Okay, and the rest?", "Uh-huh.",
                  "Yep, keep going.", "Got it."]
A_PREFIX_HELDOUT21 = ["Um, it's ", "Okay, it's ", "Yeah, ", "Let me find it... okay, ", "Sure, it's ",
                      "Hold on, I need my glasses... ", "I think it's ", "Alright, "]
NAMES_HELDOUT21 = ["Aigul Khabibullina", "Zaurbek Dzagoev", "Choduraa Mongush", "Jadwiga Nowakowska",
                   "Sumeya Idris", "Tesfalem Ghebremedhin", "Soilihi Mmadi", "Ravaka Andrianarisoa",
                   "Djeneba Diarra", "Lalrinpuii Sailo", "Vilu Neiafu", "Anaru Tane", "Uyanga Batbold",
                   "Mahbooba Hazara", "Gulnara Tursunova", "Rustam Ergashev", "Prakash Pai", "Shreya Kamath",
                   "Paora Whaanga", "Eldar Kuliev", "Hamid Zazai", "Sipho Khumalo", "Ngozi Eze", "Bich Ngoc Pham",
                   "Tevita Fifita", "Raili Saar", "Ieva Ozola", "Dominga Sucuqui",
                   # ordinary names, as most callers (and their parents) have
                   "Dorothy Kessler", "Harold Jensen", "Patricia Nolan", "Gary Whitaker", "Sharon Miklos",
                   "Dennis Carlisle", "Brenda Yoder", "Walter Ostrowski", "Judy Fenwick", "Ronald Beebe",
                   # names that are also words, drugs, drug makers, pharmacies, plans or places
                   "Allegra Simmons", "Eli Lindgren", "Lilly Bayer", "Hope Cardwell", "Faith Meyers",
                   "Carmen Kroger", "Dexter Libby", "Celeste Sandoz", "Brandon Merck", "Walton Grey",
                   "Mercy Okoro", "Sonata Petraitis", "Cody Kaiser", "Florence Humphrey", "Warren Pillsbury"]
HELDOUT21_BRANDS = {  # a mail-order pharmacy line names drugs (brand names, many sounding like names or words, and
    # generics), drug makers, benefit managers and insurers, retail pharmacies, discount cards, glucose meters and
    # supplies, carriers and payment cards
    "drug": ["Lipitor", "Eliquis", "Jardiance", "Ozempic", "Trulicity", "Xarelto", "Synthroid", "Januvia", "Entresto",
             "Farxiga", "Allegra", "Lyrica", "Ambien", "Celebrex", "Flomax", "Lexapro", "Abilify", "Evista",
             "Sonata", "Lunesta", "Restasis", "Linzess", "Humalog", "Lantus", "Tresiba", "Rybelsus", "Mounjaro",
             "Brilinta", "Plavix", "Norvasc", "Zoloft", "Wellbutrin", "Adderall", "Benicar", "Cialis", "Crestor"],
    "generic": ["metformin", "lisinopril", "atorvastatin", "amlodipine", "levothyroxine", "gabapentin", "sertraline",
                "losartan", "omeprazole", "metoprolol", "warfarin", "rosuvastatin", "hydrochlorothiazide",
                "tamsulosin", "montelukast", "escitalopram", "pantoprazole", "furosemide", "clopidogrel"],
    "maker": ["Pfizer", "Merck", "Eli Lilly", "Novo Nordisk", "AbbVie", "Bristol Myers Squibb", "AstraZeneca",
              "Boehringer Ingelheim", "Teva", "Sandoz", "Janssen", "Bayer", "Sanofi", "Viatris", "Amgen"],
    "insurer": ["Express Scripts", "CVS Caremark", "OptumRx", "Humana", "Cigna", "Aetna", "Blue Cross Blue Shield",
                "Medicare Part D", "Medicaid", "Kaiser Permanente", "Tricare", "SilverScript", "WellCare",
                "Anthem", "UnitedHealthcare", "Prime Therapeutics"],
    "pharmacy": ["Walgreens", "CVS", "Rite Aid", "Walmart", "Costco", "Kroger", "Publix", "Wegmans", "Hy-Vee",
                 "Amazon Pharmacy", "PillPack", "Mark Cuban Cost Plus Drug Company", "Duane Reade", "Meijer",
                 "Harris Teeter", "Giant Eagle", "Alto Pharmacy", "Capsule"],
    "discount": ["GoodRx", "SingleCare", "RxSaver", "NeedyMeds", "Blink Health", "WellRx"],
    "device": ["Dexcom", "FreeStyle Libre", "OneTouch", "Accu-Chek", "Omnipod", "Contour Next", "Tandem",
               "Medtronic"],
    "carrier": ["UPS", "FedEx", "USPS", "OnTrac"],
    "payment": ["Visa", "Mastercard", "Amex", "Discover", "HealthEquity", "HSA Bank", "Apple Pay", "PayPal"],
}
BRAND_LINES_HELDOUT21 = {
    "drug": ["I'm calling about my {a} refill.", "The doctor switched me from {a} to {b}.",
             "Is {a} covered on my plan or do I need the generic?", "My {a} came but the {b} didn't.",
             "Can you ship the {a} with the rest of the order?", "The {a} copay went way up this month."],
    "generic": ["I take {a} twice a day and I'm down to four pills.", "The {a} looks different this time, is that right?",
                "Can the {a} and the {b} go out together?", "My {a} got switched to a different maker."],
    "maker": ["The {a} assistance program sent me a letter.", "Is this one made by {a} or is it a generic?",
              "{a} has a savings card for it, can you run that?", "I read that {a} is raising the price on it."],
    "insurer": ["My plan switched to {a} in January.", "{a} says you never sent the claim.",
                "I used to be with {a}, now it's {b}.", "Do you take {a}?",
                "{a} told me to call you about the prior authorization."],
    "pharmacy": ["I've been getting it at {a} but it's cheaper by mail.", "Can I pick up a few days' worth at {a}?",
                 "{a} transferred it to you last week.", "It was cheaper at {a} than at {b}."],
    "discount": ["I found a {a} coupon that's cheaper than my copay.", "Can you run it through {a} instead?",
                 "The {a} price was twelve dollars."],
    "device": ["I need the sensors for my {a}.", "Do you carry the {a} test strips?",
               "My doctor wants me to switch from {a} to {b}."],
    "carrier": ["The {a} tracking says delivered but it's not here.", "Can you send it {a} instead of {b}?",
                "Last time {a} left it out in the heat."],
    "payment": ["Can I pay with my {a}?", "I want to use the {a} card from work for this.",
                "The {a} got declined, I don't know why."],
}
LEX_LINES_HELDOUT21 = ["The letter said something about {a}, what is that?", "Am I enrolled in {a}?",
                       "My daughter signed me up for {a}.", "I keep getting texts about {a}.",
                       "Does {a} cost anything extra?", "The doctor's office mentioned {a}."]
A_PREFIX_DEV = ["Sure, it's ", "Yeah, it's ", "It's ", "", "Okay, "]
A_PREFIX_HELDOUT = ["Yes, that would be ", "Um, ", "Alright, it's ", "Sure thing, ", ""]


class Builder:
    """One conversation: utterances assembled from plain text and labelled pieces, offsets tracked."""

    def __init__(self) -> None:
        self.utts: list[dict] = []
        self.pii: list[dict] = []
        self.keep: list[dict] = []

    def say(self, speaker: str, *parts) -> None:
        """``parts``: plain strings, ("pii", type, text) or ("keep", kind, text)."""
        text = ""
        idx = len(self.utts)
        for p in parts:
            if isinstance(p, str):
                text += p
                continue
            tag, kind, value = p
            start = len(text)
            text += value
            rec = {"utt": idx, "start": start, "end": len(text), "text": value}
            if tag == "pii":
                self.pii.append({**rec, "type": kind})
            else:
                self.keep.append({**rec, "kind": kind})
        self.utts.append({"speaker": speaker, "text": text})


# -- spoken forms ----------------------------------------------------------------------------------------

def digit_word(d: str, rng: random.Random) -> str:
    return "oh" if d == "0" and rng.random() < 0.6 else UNITS[int(d)]


def pair_words(two: str, rng: random.Random) -> str:
    """Two digits said as a number ("41" → "forty one", "07" → "oh seven", "11" → "eleven")."""
    a, b = int(two[0]), int(two[1])
    if a == 0:
        return "oh " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_group(g: str, rng: random.Random, style: str) -> str:
    if style == "digits":
        return g
    if style == "pairs" and len(g) in (2, 4) and g[0] != "0":
        return " ".join(pair_words(g[i:i + 2], rng) for i in range(0, len(g), 2))
    if style == "pairs" and len(g) == 3 and g[1] != "0":  # "370" → "three seventy"
        return UNITS[int(g[0])] + " " + pair_words(g[1:], rng)
    out, i = [], 0
    while i < len(g):
        if i + 1 < len(g) and g[i] == g[i + 1] and rng.random() < 0.5:
            out.append("double " + digit_word(g[i], rng))
            i += 2
        else:
            out.append(digit_word(g[i], rng))
            i += 1
    return " ".join(out)


def say_number(groups: list[str], rng: random.Random, joiners: tuple[str, ...] = (", ", " ", ", ")) -> str:
    style = rng.choice(["digits", "words", "words", "pairs", "mixed"])
    joiner = rng.choice(joiners)
    parts = [say_group(g, rng, rng.choice(["digits", "words", "pairs"]) if style == "mixed" else style)
             for g in groups]
    return joiner.join(parts)


def luhn_complete(prefix: str) -> str:
    for d in "0123456789":
        n = prefix + d
        total = 0
        for i, ch in enumerate(reversed(n)):
            x = int(ch)
            if i % 2 == 1:
                x *= 2
                if x > 9:
                    x -= 9
            total += x
        if total % 10 == 0:
            return n
    raise AssertionError


def rand_digits(rng: random.Random, n: int, first_nonzero: bool = True) -> str:
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def spell(word: str, rng: random.Random) -> str:
    letters = [c for c in word if c.isalpha()]
    style = rng.choice(["upper-dash", "lower-space", "upper-space", "upper-dot"])
    if style == "upper-dash":
        return "-".join(c.upper() for c in letters)
    if style == "lower-space":
        return " ".join(c.lower() for c in letters)
    if style == "upper-space":
        return " ".join(c.upper() for c in letters)
    return ". ".join(c.upper() for c in letters) + "."


def year_words(y: int) -> str:
    a, b = divmod(y, 100)
    return pair_words(f"{a:02d}", random.Random(0)) + " " + ("hundred" if b == 0 else
                                                                pair_words(f"{b:02d}", random.Random(0)))


# -- scenes ----------------------------------------------------------------------------------------------

class Scenes:
    def __init__(self, rng: random.Random, split: str, names: list[str], abcd: list[dict]) -> None:
        self.rng, self.split, self.names, self.abcd = rng, split, names, abcd
        self.q = {"dev": Q_DEV, "heldout": Q_HELDOUT, "heldout2": Q_HELDOUT2, "heldout3": Q_HELDOUT3,
                  "heldout4": Q_HELDOUT4, "heldout5": Q_HELDOUT5, "heldout6": Q_HELDOUT6, "heldout7": Q_HELDOUT7,
                  "heldout8": Q_HELDOUT8, "heldout9": Q_HELDOUT9,
                  "heldout11": Q_HELDOUT11, "heldout10": Q_HELDOUT10,
                  "heldout12": Q_HELDOUT12,
                  "heldout13": Q_HELDOUT13,
                  "heldout14": Q_HELDOUT14,
                  "heldout16": Q_HELDOUT16,
                  "heldout17": Q_HELDOUT17,
                  "heldout19": Q_HELDOUT19,
                  "heldout18": Q_HELDOUT18,
                  "heldout20": Q_HELDOUT20,
                  "heldout22": Q_HELDOUT22,
                  "heldout23": Q_HELDOUT23,
                  "heldout24": Q_HELDOUT24,
                  "heldout25": Q_HELDOUT25,
                  "heldout21": Q_HELDOUT21,
                  "heldout15": Q_HELDOUT15}[split]
        self.pre = {"dev": A_PREFIX_DEV, "heldout": A_PREFIX_HELDOUT, "heldout2": A_PREFIX_HELDOUT2,
                    "heldout3": A_PREFIX_HELDOUT3, "heldout4": A_PREFIX_HELDOUT4, "heldout5": A_PREFIX_HELDOUT5,
                    "heldout6": A_PREFIX_HELDOUT6, "heldout7": A_PREFIX_HELDOUT7, "heldout8": A_PREFIX_HELDOUT8,
                    "heldout9": A_PREFIX_HELDOUT9,
                    "heldout11": A_PREFIX_HELDOUT11, "heldout10": A_PREFIX_HELDOUT10,
                    "heldout12": A_PREFIX_HELDOUT12,
                    "heldout13": A_PREFIX_HELDOUT13,
                    "heldout14": A_PREFIX_HELDOUT14,
                    "heldout16": A_PREFIX_HELDOUT16,
                    "heldout17": A_PREFIX_HELDOUT17,
                    "heldout19": A_PREFIX_HELDOUT19,
                    "heldout18": A_PREFIX_HELDOUT18,
                    "heldout20": A_PREFIX_HELDOUT20,
                    "heldout22": A_PREFIX_HELDOUT22,
                    "heldout23": A_PREFIX_HELDOUT23,
                    "heldout24": A_PREFIX_HELDOUT24,
                    "heldout25": A_PREFIX_HELDOUT25,
                    "heldout21": A_PREFIX_HELDOUT21,
                    "heldout15": A_PREFIX_HELDOUT15}[split]
        self.acks = {"dev": ACKS_DEV, "heldout": ACKS_HELDOUT, "heldout2": ACKS_HELDOUT2,
                     "heldout3": ACKS_HELDOUT3, "heldout4": ACKS_HELDOUT4, "heldout5": ACKS_HELDOUT5,
                     "heldout6": ACKS_HELDOUT6, "heldout7": ACKS_HELDOUT7, "heldout8": ACKS_HELDOUT8,
                     "heldout9": ACKS_HELDOUT9,
                     "heldout11": ACKS_HELDOUT11, "heldout10": ACKS_HELDOUT10,
                     "heldout12": ACKS_HELDOUT12,
                     "heldout13": ACKS_HELDOUT13,
                     "heldout14": ACKS_HELDOUT14,
                     "heldout16": ACKS_HELDOUT16,
                     "heldout17": ACKS_HELDOUT17,
                     "heldout19": ACKS_HELDOUT19,
                     "heldout18": ACKS_HELDOUT18,
                     "heldout20": ACKS_HELDOUT20,
                     "heldout22": ACKS_HELDOUT22,
                     "heldout23": ACKS_HELDOUT23,
                     "heldout24": ACKS_HELDOUT24,
                     "heldout25": ACKS_HELDOUT25,
                     "heldout21": ACKS_HELDOUT21,
                     "heldout15": ACKS_HELDOUT15}[split]

    def name(self) -> tuple[str, str]:
        first, last = self.rng.choice(self.names).split(" ", 1)
        return first, last

    def ask(self, b: Builder, kind: str) -> None:
        b.say("agent", self.rng.choice(self.q[kind]))

    def phone(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).phone(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).phone(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).phone(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).phone(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).phone(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).phone(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).phone(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).phone(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).phone(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).phone(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).phone(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).phone(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).phone(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).phone(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).phone(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).phone(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).phone(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).phone(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).phone(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).phone(b)
        d = rand_digits(r, 3) + rand_digits(r, 3) + rand_digits(r, 4, False)
        groups = [d[:3], d[3:6], d[6:]]
        mode = r.choice(["one", "split", "split", "nocue", "written"])
        if mode == "written":
            self.ask(b, "phone")
            b.say("customer", r.choice(self.pre), ("pii", "phone", f"({groups[0]}) {groups[1]}-{groups[2]}"))
        elif mode == "one":
            self.ask(b, "phone")
            b.say("customer", r.choice(self.pre), ("pii", "phone", say_number(groups, r)), ".")
        elif mode == "nocue":
            b.say("customer", "You can text me at ", ("pii", "phone", say_number(groups, r)), " after five.")
        else:  # group by group, the agent reading each one back
            self.ask(b, "phone")
            for k, g in enumerate(groups):
                style = r.choice(["digits", "words", "pairs"])
                lead = r.choice(self.pre) if k == 0 else r.choice(["and ", "And then ", "", "then "])
                b.say("customer", lead, ("pii", "phone", say_group(g, r, style)), r.choice([".", "", "..."]))
                if r.random() < 0.7:
                    b.say("agent", ("pii", "phone", say_group(g, r, r.choice(["digits", "words"]))),
                          r.choice([", okay.", "?", ", got it."]))
                else:
                    b.say("agent", r.choice(self.acks))
            if r.random() < 0.5:
                b.say("agent", "So that's ", ("pii", "phone", say_number(groups, r)), ", correct?")
                b.say("customer", "Yes, that's right.")

    def card(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).card(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).card(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).card(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).card(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).card(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).card(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).card(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).card(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).card(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).card(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).card(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).card(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).card(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).card(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).card(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).card(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).card(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).card(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).card(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).card(b)
        d = luhn_complete(r.choice(["4", "51", "37", "6011"]) + rand_digits(r, 20)[: 15 - len("4")])
        d = luhn_complete(d[:15]) if len(d) != 16 else d
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
        self.ask(b, "card")
        if r.random() < 0.5:
            b.say("customer", r.choice(self.pre), ("pii", "card", say_number(groups, r)), ".")
        else:
            b.say("customer", r.choice(self.pre), ("pii", "card", say_number(groups[:2], r)), "...")
            b.say("agent", r.choice(self.acks))
            b.say("customer", ("pii", "card", say_number(groups[2:], r)), ".")

    def account(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).account(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).account(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).account(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).account(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).account(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).account(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).account(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).account(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).account(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).account(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).account(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).account(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).account(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).account(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).account(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).account(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).account(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).account(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).account(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).account(b)
        kind = r.choice(["digits", "digits", "alnum", "split", "remote"])
        if kind == "remote" and self.split == "dev":
            b.say("agent", "Could you read me the remote access ID on the screen?")
        else:
            self.ask(b, "account")
        if kind == "alnum":
            letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
            digits = rand_digits(r, r.randint(5, 8))
            spoken = r.choice([letters + digits, letters + "-" + digits,
                               " ".join(letters) + " " + say_group(digits, r, "words")])
            b.say("customer", r.choice(self.pre), ("pii", "account", spoken), ".")
        elif kind == "split":
            d = rand_digits(r, 8)
            b.say("customer", r.choice(self.pre), ("pii", "account", say_group(d[:4], r, r.choice(["words", "pairs", "digits"]))))
            b.say("agent", r.choice(self.acks))
            b.say("customer", "then ", ("pii", "account", say_group(d[4:], r, r.choice(["words", "pairs", "digits"]))), ".")
            if r.random() < 0.5:
                b.say("agent", "Let me repeat that, ", ("pii", "account", say_group(d, r, "words")), ".")
        else:
            d = rand_digits(r, r.randint(6, 10))
            b.say("customer", r.choice(self.pre), ("pii", "account", say_group(d, r, r.choice(["words", "digits", "pairs"]))), ".")

    def ssn(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).ssn(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).ssn(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).ssn(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).ssn(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).ssn(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).ssn(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).ssn(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).ssn(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).ssn(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).ssn(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).ssn(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).ssn(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).ssn(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).ssn(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).ssn(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).ssn(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).ssn(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).ssn(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).ssn(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).ssn(b)
        d = rand_digits(r, 9)
        self.ask(b, "ssn")
        q = b.utts[-1]["text"]
        if "last four" in q:
            b.say("customer", r.choice(self.pre), ("pii", "ssn", say_group(d[5:], r, r.choice(["words", "digits", "pairs"]))), ".")
        else:
            spoken = r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}", say_number([d[:3], d[3:5], d[5:]], r)])
            b.say("customer", r.choice(self.pre), ("pii", "ssn", spoken), ".")

    def email(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).email(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).email(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).email(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).email(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).email(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).email(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).email(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).email(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).email(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).email(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).email(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).email(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).email(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).email(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).email(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).email(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).email(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).email(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).email(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).email(b)
        first, last = self.name()
        first, last = first.lower().replace("'", ""), last.lower().replace("'", "")
        dom = r.choice(DOMAINS)
        tld = r.choice(["com", "com", "net", "org"])
        styles = ["dot", "plain", "spelled", "digits", "written", "two-words"]
        if self.split == "heldout5":  # written addresses with stray spaces, as ASR sometimes writes them
            styles += ["space-before-at", "space-after-at", "space-in-local", "space-around-at", "space-before-tld"]
        style = r.choice(styles)
        if style == "dot":
            spoken = f"{first} dot {last} at {dom} dot {tld}"
        elif style == "plain":
            spoken = f"{first}{last} at {dom} dot {tld}"
        elif style == "spelled":
            spoken = f"{spell(first[:5], r).lower().replace('-', ' ')} at {dom} dot {tld}"
        elif style == "digits":
            spoken = f"{first}{rand_digits(r, 2)} at {dom} dot {tld}"
        elif style == "two-words":
            spoken = f"{first} {last} at {dom} dot {tld}"
        elif style == "space-before-at":
            spoken = f"{first}.{last} @{dom}.{tld}"
        elif style == "space-after-at":
            spoken = f"{first}{r.choice(['.', '_', ''])}{last}@ {dom}.{tld}"
        elif style == "space-in-local":
            spoken = f"{first}.{last.replace(' ', '')} {rand_digits(r, 2)}@{dom}.{tld}" if r.random() < 0.3 \
                else f"{first} {last}@{dom}.{tld}"
        elif style == "space-around-at":
            spoken = f"{first}{last} @ {dom}.{tld}"
        elif style == "space-before-tld":
            spoken = f"{first}_{last}@{dom} .{tld}"
        else:
            spoken = f"{first}.{last}@{dom}.{tld}"
        if r.random() < 0.7:
            self.ask(b, "email")
            b.say("customer", r.choice(self.pre), ("pii", "email", spoken), ".")
        else:
            b.say("customer", "Please send it to ", ("pii", "email", spoken), ".")

    def person(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).person(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).person(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).person(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).person(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).person(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).person(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).person(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).person(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).person(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).person(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).person(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).person(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).person(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).person(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).person(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).person(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).person(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).person(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).person(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).person(b)
        first, last = self.name()
        mode = r.choice(["asked", "intro", "spelled", "agent", "thirdparty"])
        if mode == "asked":
            self.ask(b, "person")
            b.say("customer", r.choice(self.pre), ("pii", "person", f"{first} {last}"), ".")
            if r.random() < 0.6:
                b.say("agent", r.choice(["Thank you, ", "Thanks, ", "Great, thank you "]), ("pii", "person", first), ".")
        elif mode == "intro":
            b.say("customer", r.choice(["Hi, my name is ", "Hello, this is ", "Hi there, I'm "]),
                  ("pii", "person", f"{first} {last}"), r.choice([", I'm calling about my bill.", ".", " and I need some help."]))
        elif mode == "spelled":
            self.ask(b, "person")
            b.say("customer", r.choice(self.pre), ("pii", "person", f"{first} {last}"), ".")
            self.ask(b, "spell")
            b.say("customer", ("pii", "person", spell(last, r)), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, Mr. ", ("pii", "person", last), ".")
        elif mode == "agent":
            b.say("agent", r.choice(["Thanks for calling, this is ", "Hi, my name is ", "Good morning, you're speaking with "]),
                  ("pii", "person", first), r.choice([", how can I help?", ". What can I do for you today?"]))
        else:
            b.say("customer", r.choice(["I spoke with ", "Last week I talked to ", "Your colleague "]),
                  ("pii", "person", f"{first} {last}" if r.random() < 0.5 else first),
                  r.choice([" and nothing happened.", " about this already.", ", she said it was fixed."]))

    def address(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).address(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).address(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).address(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).address(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).address(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).address(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).address(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).address(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).address(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).address(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).address(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).address(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).address(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).address(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).address(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).address(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).address(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).address(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).address(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).address(b)
        num = str(r.randint(2, 9999))
        num_said = r.choice([num, say_group(num, r, "pairs") if len(num) in (2, 4) else num,
                             " ".join(UNITS[int(c)] for c in num)])
        street = f"{num_said} {r.choice(STREETS)} {r.choice(SUFFIXES)}"
        self.ask(b, "address")
        tail = r.choice(["", f", {r.choice(CITIES)}", f", {r.choice(CITIES)}, "])
        parts: list = [r.choice(self.pre), ("pii", "address", street), tail]
        if tail.endswith(", "):
            parts.append(("pii", "address", say_group(rand_digits(r, 5), r, r.choice(["words", "digits"]))))
        b.say("customer", *parts, ".")

    def dob(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).dob(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).dob(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).dob(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).dob(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).dob(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).dob(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).dob(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).dob(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).dob(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).dob(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).dob(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).dob(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).dob(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).dob(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).dob(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).dob(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).dob(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).dob(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).dob(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).dob(b)
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1940, 2005)
        style = r.choice(["words", "numeric", "spoken-digits"])
        if style == "words":
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"
        elif style == "numeric":
            said = f"{m}/{day}/{y}"
        else:
            said = f"{say_group(f'{m:02d}', r, 'words')}, {say_group(f'{day:02d}', r, 'pairs')}, {pair_words(str(y)[2:], r)}"
        self.ask(b, "dob")
        b.say("customer", r.choice(self.pre), ("pii", "dob", said), ".")

    def brand(self, b: Builder, brands: dict, lines: dict, lexicon_names: list[str]) -> None:
        r = self.rng
        if lexicon_names and r.random() < 0.35:
            a = r.choice(lexicon_names)
            line = r.choice(LEX_LINES_HELDOUT6 if self.split == "heldout6" else LEX_LINES_HELDOUT7 if self.split == "heldout7" else
                            LEX_LINES_HELDOUT8 if self.split == "heldout8" else
                            LEX_LINES_HELDOUT9 if self.split == "heldout9" else
                            LEX_LINES_HELDOUT11 if self.split == "heldout11" else
                            LEX_LINES_HELDOUT10 if self.split == "heldout10" else
                            LEX_LINES_HELDOUT12 if self.split == "heldout12" else
                            LEX_LINES_HELDOUT13 if self.split == "heldout13" else
                            LEX_LINES_HELDOUT14 if self.split == "heldout14" else
                            LEX_LINES_HELDOUT15 if self.split == "heldout15" else
                            LEX_LINES_HELDOUT16 if self.split == "heldout16" else
                            LEX_LINES_HELDOUT17 if self.split == "heldout17" else
                            LEX_LINES_HELDOUT19 if self.split == "heldout19" else
                            LEX_LINES_HELDOUT18 if self.split == "heldout18" else
                            LEX_LINES_HELDOUT20 if self.split == "heldout20" else
                            LEX_LINES_HELDOUT22 if self.split == "heldout22" else
                            LEX_LINES_HELDOUT23 if self.split == "heldout23" else
                            LEX_LINES_HELDOUT24 if self.split == "heldout24" else
                            LEX_LINES_HELDOUT25 if self.split == "heldout25" else
                            LEX_LINES_HELDOUT21 if self.split == "heldout21" else
                            ["I'm on {a} right now.", "Does {a} include that?", "I was told {a} would fix it."])
            kind = "lexicon"
            bnames = [a]
        else:
            kind = r.choice(sorted(brands))
            line = r.choice(lines[kind])
            bnames = r.sample(brands[kind], 2)
        parts: list = []
        for piece in re.split(r"(\{[ab]\})", line):
            if piece == "{a}":
                parts.append(("keep", kind, bnames[0]))
            elif piece == "{b}":
                parts.append(("keep", kind, bnames[1]))
            elif piece:
                parts.append(piece)
        b.say(r.choice(["customer", "customer", "agent"]), *parts)

    def distractor(self, b: Builder) -> None:
        r = self.rng
        if self.split == "heldout6" and r.random() < 0.5:
            return Heldout6(self).distractor(b)
        if self.split == "heldout7" and r.random() < 0.5:
            return Heldout7(self).distractor(b)
        if self.split == "heldout8" and r.random() < 0.5:
            return Heldout8(self).distractor(b)
        if self.split == "heldout9" and r.random() < 0.5:
            return Heldout9(self).distractor(b)
        if self.split == "heldout11" and r.random() < 0.5:
            return Heldout11(self).distractor(b)
        if self.split == "heldout10" and r.random() < 0.5:
            return Heldout10(self).distractor(b)
        if self.split == "heldout12" and r.random() < 0.5:
            return Heldout12(self).distractor(b)
        if self.split == "heldout13" and r.random() < 0.5:
            return Heldout13(self).distractor(b)
        if self.split == "heldout14" and r.random() < 0.5:
            return Heldout14(self).distractor(b)
        if self.split == "heldout15" and r.random() < 0.5:
            return Heldout15(self).distractor(b)
        if self.split == "heldout16" and r.random() < 0.5:
            return Heldout16(self).distractor(b)
        if self.split == "heldout17" and r.random() < 0.5:
            return Heldout17(self).distractor(b)
        if self.split == "heldout19" and r.random() < 0.5:
            return Heldout19(self).distractor(b)
        if self.split == "heldout18" and r.random() < 0.5:
            return Heldout18(self).distractor(b)
        if self.split == "heldout20" and r.random() < 0.5:
            return Heldout20(self).distractor(b)
        if self.split == "heldout22" and r.random() < 0.5:
            return Heldout22(self).distractor(b)
        if self.split == "heldout23" and r.random() < 0.5:
            return Heldout23(self).distractor(b)
        if self.split == "heldout24" and r.random() < 0.5:
            return Heldout24(self).distractor(b)
        if self.split == "heldout25" and r.random() < 0.5:
            return Heldout25(self).distractor(b)
        if self.split == "heldout21" and r.random() < 0.5:
            return Heldout21(self).distractor(b)
        line = r.choice(["I paid {n} dollars last month.", "It's been {w} weeks now.", "I have {s} lines on the account.",
                         "That was about {n} dollars.", "It took like {w} hours.", "I've called {s} times already.",
                         "The bill went up by {n} percent."])
        b.say("customer", line.format(n=r.choice(["400", "forty five", "1,200", "ninety nine", "$250"]),
                                      w=r.choice(["two", "three", "six"]), s=r.choice(["two", "three", "four"])))


class Heldout6:
    """Held-out 6's new readings (only drawn for that split): area codes, "triple", "hundred", read-back
    corrections, digits said group by group with a read-back of each, phonetic letters, spoken underscores."""

    PHONETIC = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "echo", "F": "frank", "G": "george",
                "H": "henry", "J": "john", "K": "king", "L": "larry", "M": "mary", "N": "nancy", "P": "peter",
                "R": "robert", "S": "sam", "T": "tom", "V": "victor", "W": "william", "X": "x-ray", "Y": "yellow"}

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group said with "triple"/"double" runs, "hundred" for a trailing 00, or as digits or pairs."""
        r = self.r
        if len(g) == 4 and g.endswith("00") and g[0] != "0" and r.random() < 0.7:
            return pair_words(g[:2], r) + " hundred"
        if len(g) == 3 and g.endswith("00") and g[0] != "0" and r.random() < 0.7:
            return UNITS[int(g[0])] + " hundred"
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2]:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1]:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        style = r.choice(["runs", "runs", "digits", "pairs"])
        if style == "digits":
            return g
        if style == "pairs":
            return say_group(g, r, "pairs")
        return " ".join(out)

    def group_with_runs(self, n: int) -> str:
        """n digits with a run of three or a trailing 00 in them, as real numbers often have."""
        r = self.r
        d = rand_digits(r, n)
        kind = r.choice(["triple", "hundred", "plain"])
        if kind == "triple" and n >= 4:
            k = r.randint(1, n - 3)
            d = d[:k] + d[k] * 3 + d[k + 3:]
        elif kind == "hundred" and n in (3, 4):
            d = d[:n - 2] + "00"
        return d

    def phone(self, b: Builder) -> None:
        r = self.r
        groups = [rand_digits(r, 3), rand_digits(r, 3), self.group_with_runs(4)]
        mode = r.choice(["areacode", "correction", "dashed", "turns"])
        self.sc.ask(b, "phone")
        if mode == "areacode":
            b.say("customer", self.pre(), "area code ", ("pii", "phone", self.say(groups[0])), r.choice([", then ", ", and it's "]),
                  ("pii", "phone", self.say(groups[1])), r.choice([", ", " "]), ("pii", "phone", self.say(groups[2])), ".")
        elif mode == "correction":  # the agent reads it back wrong and the caller corrects the last group
            b.say("customer", self.pre(), ("pii", "phone", " ".join(self.say(g) for g in groups)), ".")
            wrong = groups[2][:3] + str((int(groups[2][3]) + 1) % 10)
            b.say("agent", r.choice(["I have ", "Let me read that back, "]),
                  ("pii", "phone", " ".join(self.say(g) for g in groups[:2] + [wrong])), ", is that right?")
            b.say("customer", r.choice(["No, the last part is ", "Not quite, it ends in ", "No, "]),
                  ("pii", "phone", self.say(groups[2])), ".")
            b.say("agent", r.choice(["Ah, ", "Sorry, "]), ("pii", "phone", self.say(groups[2])), ", got it.")
        elif mode == "dashed":
            lead = r.choice(["1-", "+1 ", ""])
            sep = r.choice(["-", ".", " "])
            b.say("customer", self.pre(), ("pii", "phone", lead + sep.join(groups)), ".")
        else:  # each group in its own turn, the agent repeating each one
            for k, g in enumerate(groups):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Next is ", "And "]),
                      ("pii", "phone", self.say(g)), r.choice(["", ".", "..."]))
                b.say("agent", ("pii", "phone", self.say(g)), r.choice(["...", ", yes.", ", okay, and?"]))

    def card(self, b: Builder) -> None:
        r = self.r
        d = luhn_complete(r.choice(["4", "52", "34", "65"]) + rand_digits(r, 20)[: 15 - 2])[:16]
        d = luhn_complete(d[:15])
        groups = [d[i:i + 4] for i in range(0, 16, 4)]
        self.sc.ask(b, "card")
        for k, g in enumerate(groups):  # group by group, each read back
            b.say("customer", self.pre() if k == 0 else r.choice(["", "then ", "Next four, "]),
                  ("pii", "card", self.say(g)), r.choice([".", "", "..."]))
            b.say("agent", r.choice(["", "Okay, "]), ("pii", "card", self.say(g)), r.choice([".", ", go on."]))
        if r.random() < 0.5:
            b.say("agent", "So that's the card ending in ", ("pii", "card", self.say(groups[3])), ", correct?")
            b.say("customer", "Yeah.")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["phonetic", "dashes", "runs", "readback"])
        self.sc.ask(b, "account")
        if mode == "phonetic":
            letter = r.choice(sorted(self.PHONETIC))
            digits = rand_digits(r, r.randint(6, 8))
            b.say("customer", self.pre(), ("pii", "account", letter), f" as in {self.PHONETIC[letter]}, ",
                  ("pii", "account", self.say(digits)), ".")
        elif mode == "dashes":
            d = [rand_digits(r, 3) for _ in range(3)]
            b.say("customer", self.pre(), ("pii", "account", " dash ".join(self.say(g) for g in d)), ".")
        elif mode == "runs":
            b.say("customer", self.pre(), ("pii", "account", self.say(self.group_with_runs(r.randint(7, 10)))), ".")
        else:  # said in two turns, read back whole over two agent turns
            d = rand_digits(r, r.choice([9, 10, 12]))
            h = len(d) // 2
            b.say("customer", self.pre(), ("pii", "account", self.say(d[:h])))
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(d[h:])), ".")
            b.say("agent", "Okay, I have ", ("pii", "account", self.say(d[:h])), "...")
            b.say("agent", ("pii", "account", self.say(d[h:])), ". Let me look that up.")

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        if r.random() < 0.5:
            b.say("customer", r.choice(["My social is ", "The social on it is ", "Should be under my social, "]),
                  ("pii", "ssn", " ".join(self.say(g) for g in (d[:3], d[3:5], d[5:]))), ".")
            return
        self.sc.ask(b, "ssn")
        if "last four" in b.utts[-1]["text"]:
            b.say("customer", self.pre(), ("pii", "ssn", self.say(d[5:])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[3:5])), ", ", ("pii", "ssn", self.say(d[5:])), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first, last = first.lower().replace("'", "").replace("-", ""), last.lower().replace("'", "")
        dom = r.choice(["comcast dot net", "att dot net", "sbcglobal dot net", "gmail dot com", "yahoo dot com",
                        "live dot com", "msn dot com"])
        style = r.choice(["underscore", "dash", "initial", "digits-runs"])
        if style == "underscore":
            spoken = f"{first} underscore {last} at {dom}"
        elif style == "dash":
            spoken = f"{first} dash {last} at {dom}"
        elif style == "initial":
            spoken = f"{first[0]} {last} at {dom}"
        else:
            spoken = f"{first} {self.say(rand_digits(r, r.choice([2, 4])))} at {dom}"
        self.sc.ask(b, "email")
        b.say("customer", self.pre(), ("pii", "email", spoken), ".")
        if r.random() < 0.6:
            b.say("agent", "Let me read it back: ", ("pii", "email", spoken), ", right?")
            b.say("customer", "That's it.")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["relation", "title", "callback", "spelled-first"])
        if mode == "relation":
            b.say("customer", r.choice(["I'm calling for my mother, ", "The account is my husband's, ",
                                        "It's under my landlord, "]), ("pii", "person", f"{first} {last}"), ".")
        elif mode == "title":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", r.choice(["Thank you, Ms. ", "Thanks, Mr. ", "Okay, Mrs. "]), ("pii", "person", last),
                  r.choice([".", ", one moment."]))
        elif mode == "callback":
            b.say("agent", r.choice(["If you call back, ask for ", "My name is "]), ("pii", "person", first),
                  r.choice([", I'm on until six.", " and I can pick this up."]))
        else:
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", "And the first name, how is that spelled?")
            b.say("customer", ("pii", "person", spell(first, r)), ".")

    def address(self, b: Builder) -> None:
        r = self.r
        self.sc.ask(b, "address")
        mode = r.choice(["apartment", "pobox", "split"])
        num = rand_digits(r, r.randint(3, 4))
        street = f"{self.say(num)} {r.choice(STREETS)} {r.choice(SUFFIXES)}"
        if mode == "apartment":
            b.say("customer", self.pre(), ("pii", "address", street + r.choice([", apartment ", ", unit ", " number "]) +
                                           self.say(rand_digits(r, r.randint(1, 3)))), ".")
        elif mode == "pobox":
            b.say("customer", self.pre(), ("pii", "address", "P O Box " + self.say(rand_digits(r, 4))), ", ",
                  r.choice(CITIES), ", ", ("pii", "address", self.say(rand_digits(r, 5))), ".")
        else:
            b.say("customer", self.pre(), ("pii", "address", street), ".")
            b.say("agent", "And the zip code?")
            b.say("customer", ("pii", "address", self.say(rand_digits(r, 5))), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1940, 2005)
        style = r.choice(["day-of", "short", "two-digit"])
        if style == "day-of":
            said = f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {pair_words(str(y)[2:], r)}"
        elif style == "short":
            said = f"{m}-{day}-{str(y)[2:]}"
        else:
            said = f"{say_group(f'{m:02d}', r, 'words')} {say_group(f'{day:02d}', r, 'words')} {pair_words(str(y)[2:], r)}"
        self.sc.ask(b, "dob")
        b.say("customer", self.pre(), ("pii", "dob", said), ".")

    def distractor(self, b: Builder) -> None:  # numbers a utility call has that are not PII
        r = self.r
        b.say(r.choice(["customer", "agent"]), r.choice([
            "The bill was one forty two this month.", "We used about twelve hundred kilowatt hours.",
            "The thermostat is set to sixty eight.", "It went out around nine thirty last night.",
            "That's a fifteen dollar reconnection fee.", "The outage map says three hundred homes are affected.",
            "I'm on the seven to eleven plan.", "The crew should be there in two to four hours."]))


class Heldout7:
    """Held-out 7's new readings (only drawn for that split), each one callers say: "uh"/"um" between groups, a
    number ending "six thousand", an extension, a caller correcting a group mid-number, Amex cards in 4-6-5 groups,
    member IDs with a letter prefix or NATO letters, claim numbers with a year and a dash, booking codes said
    character by character, "g mail", "period", "first initial last name", ".edu" addresses, "last name, first
    name", doctors' names, spelling with "as in", street numbers like "twenty two hundred", dates like "three
    fourteen seventy two", and clinic numbers that are not PII (doses, copays, suites)."""

    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa", "R": "Romeo",
            "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Z": "Zulu"}
    AS_IN = {"A": "Adam", "B": "Bob", "D": "David", "F": "Frank", "M": "Mary", "N": "Nancy", "P": "Peter",
             "S": "Sam", "T": "Tom", "V": "Victor"}

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group as callers say it: digit by digit ("oh", "double"), in pairs, as digits, "six thousand" for a
        4-digit group ending 000, "forty two hundred" for one ending 00 (never "fifty hundred")."""
        r = self.r
        if len(g) == 4 and g[0] != "0" and g.endswith("000") and r.random() < 0.8:
            return UNITS[int(g[0])] + " thousand"
        if len(g) == 4 and g[0] != "0" and g[1] != "0" and g.endswith("00") and r.random() < 0.7:
            return pair_words(g[:2], r) + " hundred"
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        return say_group(g, r, style)

    def filler(self) -> str:
        return self.r.choice([", uh, ", ", um, ", "... ", ", "])

    def phone(self, b: Builder) -> None:
        r = self.r
        last = rand_digits(r, 4, False)
        if r.random() < 0.3:
            last = last[0] + "000" if last[0] != "0" else "6000"
        groups = [rand_digits(r, 3), rand_digits(r, 3), last]
        mode = r.choice(["fillers", "extension", "selfcorrect", "volunteered"])
        if mode == "volunteered":
            b.say("customer", r.choice(["Oh, and my cell changed, it's ", "Best to call my work line, "]),
                  ("pii", "phone", self.say(groups[0])), self.filler(), ("pii", "phone", self.say(groups[1])),
                  self.filler(), ("pii", "phone", self.say(groups[2])), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "fillers":
            b.say("customer", self.pre(), ("pii", "phone", self.say(groups[0])), self.filler(),
                  ("pii", "phone", self.say(groups[1])), self.filler(), ("pii", "phone", self.say(groups[2])), ".")
            if r.random() < 0.6:
                b.say("agent", "Okay, ", ("pii", "phone", "-".join(groups)), ", got it.")
        elif mode == "extension":
            b.say("customer", self.pre(), ("pii", "phone", " ".join(self.say(g) for g in groups)),
                  r.choice([", extension ", ", and the extension is ", ", ext "]),
                  ("pii", "phone", self.say(rand_digits(r, r.choice([3, 4])))), ".")
        else:  # the caller corrects a group as they say it
            wrong = groups[1][:2] + str((int(groups[1][2]) + 3) % 10)
            b.say("customer", self.pre(), ("pii", "phone", self.say(groups[0])), ", ", ("pii", "phone", self.say(wrong)),
                  r.choice(["... no, sorry, ", ", wait, no, ", ", I mean "]), ("pii", "phone", self.say(groups[1])), ", ",
                  ("pii", "phone", self.say(groups[2])), ".")

    def card(self, b: Builder) -> None:
        r = self.r
        self.sc.ask(b, "card")
        if r.random() < 0.5:  # American Express: 15 digits said 4-6-5
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            groups = [d[:4], d[4:10], d[10:]]
            b.say("customer", r.choice(["It's the Amex, ", "American Express, ", self.pre()]),
                  ("pii", "card", self.say(groups[0])), self.filler(), ("pii", "card", self.say(groups[1])),
                  self.filler(), ("pii", "card", self.say(groups[2])), ".")
        else:
            d = luhn_complete(r.choice(["4", "51", "55"]) + rand_digits(r, 14, False))[:16]
            d = luhn_complete(d[:15])
            groups = [d[i:i + 4] for i in range(0, 16, 4)]
            parts: list = [r.choice(["Okay, it's a Visa, ", "It's my HSA card, ", self.pre()])]
            for k, g in enumerate(groups):
                parts += [("pii", "card", self.say(g)), self.filler() if k < 3 else "."]
            b.say("customer", *parts)
        b.say("agent", r.choice(["And the expiration?", "Expiration date?"]))
        b.say("customer", r.choice(["Oh nine twenty seven.", "It's eleven twenty eight.", "Zero four, twenty nine."]))
        if r.random() < 0.5:
            b.say("agent", "Thank you, that's the card ending in ", ("pii", "card", self.say(groups[-1][-4:])), ".")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["member", "nato", "claim", "booking"])
        self.sc.ask(b, "account")
        if mode == "member":  # insurer member IDs: a three-letter prefix, then digits
            letters = "".join(r.choice("ABDFHJKMNPRSTWXYZ") for _ in range(3))
            digits = rand_digits(r, 9)
            b.say("customer", self.pre(), ("pii", "account", r.choice([" ".join(letters), ", ".join(letters)])),
                  r.choice([", then ", " ", ", and then the numbers, "]),
                  ("pii", "account", self.say(digits[:3]) + " " + self.say(digits[3:6]) + " " + self.say(digits[6:])), ".")
        elif mode == "nato":
            letters = r.sample(sorted(self.NATO), 2)
            digits = rand_digits(r, r.randint(6, 7))
            b.say("customer", self.pre(), ("pii", "account", ", ".join(self.NATO[c] for c in letters)), ", ",
                  ("pii", "account", self.say(digits)), ".")
            b.say("agent", "So ", ("pii", "account", "".join(letters) + digits), "?")
            b.say("customer", "Yes.")
        elif mode == "claim":  # a year, a dash, a sequence
            seq = rand_digits(r, 6, False)
            b.say("customer", self.pre(), ("pii", "account", r.choice(["twenty twenty five", "twenty five", "two oh two five"])),
                  r.choice([" dash ", ", hyphen, ", ", "]), ("pii", "account", self.say(seq)), ".")
        else:  # a booking code said character by character
            code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
            spoken = ", ".join(UNITS[int(c)] if c.isdigit() else c for c in code)
            b.say("customer", self.pre(), ("pii", "account", spoken), ".")
            if r.random() < 0.5:
                b.say("agent", "Let me repeat it, ", ("pii", "account", " ".join(code)), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        self.sc.ask(b, "ssn")
        if "last four" in b.utts[-1]["text"]:
            b.say("customer", r.choice(["Sure, it's ", "Yeah, ", "The last four are "]), ("pii", "ssn", self.say(d[5:])), ".")
            return
        b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), self.filler(), ("pii", "ssn", self.say(d[3:5])),
              self.filler(), ("pii", "ssn", self.say(d[5:])), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = first.lower().replace("'", "").replace("-", "").split()[0]
        last = last.lower().replace("'", "").replace("-", "").replace(" ", "")
        style = r.choice(["gmail-split", "period", "initial", "edu", "oneword"])
        if style == "gmail-split":
            b_ = [f"{first} {last} at g mail dot com"]
        elif style == "period":
            b_ = [f"{first} period {last} at yahoo period com"]
        elif style == "initial":
            b_ = [f"{first[0]} {last} at {r.choice(['hotmail', 'outlook', 'icloud'])} dot com"]
        elif style == "edu":
            b_ = [f"{first[0]}{last} at {r.choice(['u w', 'u c l a', 'umich', 'asu'])} dot e d u"]
        else:
            b_ = [f"{first} {last}", f"at {r.choice(['aol', 'gmail', 'comcast'])} dot {r.choice(['com', 'net'])}"]
        self.sc.ask(b, "email")
        if len(b_) == 1:
            b.say("customer", self.pre(), ("pii", "email", b_[0]), r.choice([".", ", all lowercase."]))
        else:
            b.say("customer", self.pre(), ("pii", "email", b_[0]), ", all one word, ", ("pii", "email", b_[1]), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["lastfirst", "family", "doctor", "as-in"])
        if mode == "lastfirst":  # clinics ask for and hear names last name first
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", last), ", ", ("pii", "person", first), ".")
        elif mode == "family":
            b.say("customer", r.choice(["It's for my daughter, ", "I'm calling for my dad, ", "The patient is my wife, "]),
                  ("pii", "person", f"{first} {last}" if r.random() < 0.6 else first), ".")
        elif mode == "doctor":
            b.say("customer", r.choice(["Doctor ", "Dr. "]), ("pii", "person", last),
                  r.choice([" referred me.", " wants me seen this week.", " is my primary."]))
        else:
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            parts: list = []
            for k, c in enumerate(letters):
                said = f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and k < 2 and r.random() < 0.6 else c
                parts += [("pii", "person", said), ", " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)

    def address(self, b: Builder) -> None:
        r = self.r
        self.sc.ask(b, "address")
        kind = r.choice(["hundred", "oh", "plain"])
        if kind == "hundred":
            n = f"{r.randint(11, 99)}00"
            n = n if n[1] != "0" else "2200"
            num = pair_words(n[:2], r) + " hundred"
        elif kind == "oh":
            n = f"{r.randint(1, 9)}{r.randint(1, 9)}0{r.randint(1, 9)}"
            num = pair_words(n[:2], r) + " oh " + UNITS[int(n[3])]
        else:
            num = self.say(rand_digits(r, r.randint(3, 5)))
        street = f"{num} {r.choice(STREETS)} {r.choice(SUFFIXES)}"
        unit = r.choice(["", f", apartment {r.randint(1, 9)}{r.choice('ABCD')}", f", unit {self.say(rand_digits(r, 3))}"])
        b.say("customer", self.pre(), ("pii", "address", street + unit), ".")
        if r.random() < 0.6:
            b.say("agent", "And the zip?")
            b.say("customer", r.choice(["It's ", "", "Zip is "]), ("pii", "address", self.say(rand_digits(r, 5, False))), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1940, 2005)
        style = r.choice(["compact", "month-day-full", "day-of-month", "zero-month"])
        if style == "compact":  # "three fourteen seventy two"
            said = f"{UNITS[m] if m < 10 else TEENS[m - 10]} {pair_words(f'{day:02d}', r) if day >= 10 else UNITS[day]} {pair_words(str(y)[2:], r)}"
        elif style == "month-day-full":
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"
        elif style == "day-of-month":
            said = f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {year_words(y)}"
        else:
            said = f"oh {UNITS[m]}, {pair_words(f'{day:02d}', r)}, {year_words(y)}" if m < 10 else \
                f"{TEENS[m - 10]}, {pair_words(f'{day:02d}', r)}, {year_words(y)}"
        self.sc.ask(b, "dob")
        b.say("customer", self.pre(), ("pii", "dob", said), ".")

    def distractor(self, b: Builder) -> None:  # numbers a clinic call has that are not PII
        r = self.r
        b.say(r.choice(["customer", "agent"]), r.choice([
            "I take the five hundred milligram ones twice a day.", "The copay is usually twenty five dollars.",
            "My blood pressure was one forty over ninety.", "The clinic is in suite three twenty.",
            "We can do ten fifteen on Thursday.", "It's a ninety day supply.", "The fever was a hundred and two.",
            "Take two tablets every four to six hours.", "We need two nights, the fourteenth and fifteenth."]))


class Heldout8:
    """Held-out 8's readings (only drawn for that split), as callers to a dealership's service and finance line say
    them: the area code in one breath and the rest after a pause, "triple seven"/"double five", the agent checking
    a number on file by its last four, seven digits "same area code as you", loan numbers with a letter prefix,
    repair orders "R O", the last eight of a VIN with letters among the digits, "as in" with everyday words, 4-4-4-4
    and Amex 4-6-5 cards with the caller hunting for the card, the SSN 3-2-4 over two turns and read back, e-mails
    spelled letter by letter or with the domain in letters ("a o l", "y mail"), rural and directional addresses
    ("County Road", "North", "lot"), year-first and day-first dates, co-signers and salespeople by name, and numbers
    a dealership call has that are not PII (mileage, APR, terms, payments, model years)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "egg", "F": "fox", "G": "girl", "H": "house",
             "J": "jack", "K": "kite", "L": "lemon", "M": "mike", "N": "nora", "P": "paul", "R": "red", "S": "sugar",
             "T": "tom", "V": "van", "W": "water", "X": "x-ray", "Y": "yes", "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee",
            "Z": "Zulu"}
    STREETS = ["Lincoln", "Jackson", "Magnolia", "Ridgecrest", "Old Mill", "Peachtree", "Harbor", "Sycamore",
               "Dogwood", "Kingston", "Rosewood", "Bayou", "Prairie View", "Aspen"]
    CITIES = ["Tyler", "Marion", "Florence", "Chester", "Beverly", "Eugene", "Augusta", "Charlotte", "Lafayette",
              "Mesa", "Boise", "Laredo"]
    DOMAINS = ["gmail dot com", "yahoo dot com", "a o l dot com", "y mail dot com", "hotmail dot com",
               "icloud dot com", "outlook dot com", "att dot net", "bellsouth dot net", "verizon dot net"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group said with "triple"/"double" runs and "oh" (digit by digit), in pairs, or as digits."""
        r = self.r
        style = r.choice(["runs", "runs", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2]:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.8:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def runs(self, n: int) -> str:
        """n digits, often with a double or a triple in them."""
        r = self.r
        d = rand_digits(r, n, False)
        k = r.randint(0, n - 2)
        if r.random() < 0.35 and n >= 4:
            k = min(k, n - 3)
            return d[:k] + d[k] * 3 + d[k + 3:]
        if r.random() < 0.5:
            return d[:k] + d[k] * 2 + d[k + 2:]
        return d

    def phone(self, b: Builder) -> None:
        r = self.r
        groups = [rand_digits(r, 3), rand_digits(r, 3), self.runs(4)]
        mode = r.choice(["area-pause", "on-file", "local", "work-ext", "readback-digits"])
        if mode == "on-file":  # the agent checks the number on file by its last four, the caller gives a new one
            b.say("agent", r.choice(["I have a cell ending in ", "The number on the loan ends in "]),
                  ("pii", "phone", self.say(groups[2])), r.choice([", is that still good?", ", is that still you?"]))
            new = [rand_digits(r, 3), rand_digits(r, 3), self.runs(4)]
            b.say("customer", r.choice(["No, that's my old one. The new one is ", "Oh, no, I changed it, it's "]),
                  ("pii", "phone", self.say(new[0])), " ", ("pii", "phone", self.say(new[1])), " ",
                  ("pii", "phone", self.say(new[2])), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "area-pause":  # area code, a pause while the agent types, then the rest
            b.say("customer", r.choice(["Okay, area code ", "So the area code is ", "Um, it's "]),
                  ("pii", "phone", self.say(groups[0])), r.choice([", then...", "..."]))
            b.say("agent", r.choice(["Okay, ", "Mm-hmm, "]), ("pii", "phone", self.say(groups[0])), r.choice([", and?", "..."]))
            b.say("customer", ("pii", "phone", self.say(groups[1])), r.choice([", ", " "]),
                  ("pii", "phone", self.say(groups[2])), ".")
        elif mode == "local":  # seven digits, the area code left to the agent
            b.say("customer", self.pre(), ("pii", "phone", self.say(groups[1])), r.choice([" ", ", "]),
                  ("pii", "phone", self.say(groups[2])), r.choice([", same area code as the dealership.",
                                                                    ", it's a local number."]))
            b.say("agent", "So ", ("pii", "phone", self.say(groups[0])), ", ", ("pii", "phone", self.say(groups[1])),
                  ", ", ("pii", "phone", self.say(groups[2])), "?")
            b.say("customer", r.choice(["That's right.", "Yep, that's it."]))
        elif mode == "work-ext":
            b.say("customer", r.choice(["Best is my work, ", "Call me at the office, "]),
                  ("pii", "phone", f"{groups[0]}-{groups[1]}-{groups[2]}"),
                  r.choice([" and ask for extension ", ", extension ", ", then press "]),
                  ("pii", "phone", self.say(rand_digits(r, r.choice([2, 3, 4])))), ".")
        else:  # said in words, the agent reads it back in digits with dashes
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(g) for g in groups)), ".")
            b.say("agent", r.choice(["Let me make sure I have it, ", "I'm putting down "]),
                  ("pii", "phone", f"({groups[0]}) {groups[1]}-{groups[2]}" if r.random() < 0.5 else "-".join(groups)),
                  ".")

    def card(self, b: Builder) -> None:
        r = self.r
        self.sc.ask(b, "card")
        if r.random() < 0.4:  # American Express, 4-6-5, the middle group read back
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            groups = [d[:4], d[4:10], d[10:]]
            b.say("customer", r.choice(["It's an American Express, so it's ", "Amex. ", self.pre()]),
                  ("pii", "card", self.say(groups[0])), ", ", ("pii", "card", self.say(groups[1])), "...")
            b.say("agent", r.choice(["Okay, ", "Sorry, the middle part again? "]),
                  ("pii", "card", self.say(groups[1])), r.choice(["?", ", and?"]))
            b.say("customer", r.choice(["Yes, then ", "Yeah, and ", "Right, "]), ("pii", "card", self.say(groups[2])), ".")
        else:
            d = luhn_complete(r.choice(["4", "53", "22", "6011"]) + rand_digits(r, 14, False))[:15]
            d = luhn_complete(d)
            groups = [d[i:i + 4] for i in range(0, 16, 4)]
            if r.random() < 0.4:  # hunting for the card first
                b.say("customer", r.choice(["Hang on, let me get it out of my wallet.", "One second, I need my glasses."]))
                b.say("agent", r.choice(["Take your time.", "No rush."]))
            if r.random() < 0.5:
                b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(g) for g in groups)), ".")
            else:
                b.say("customer", self.pre(), ("pii", "card", self.say(groups[0])), " ", ("pii", "card", self.say(groups[1])), "...")
                b.say("agent", r.choice(self.sc.acks))
                b.say("customer", ("pii", "card", self.say(groups[2])), ", and the last four are ",
                      ("pii", "card", self.say(groups[3])), ".")
        b.say("agent", r.choice(["And the expiration and the security code?", "Expiration date, please?"]))
        b.say("customer", r.choice(["Ten twenty eight.", "It's oh six, twenty seven.", "Twelve, twenty nine."]))
        if r.random() < 0.5:
            b.say("agent", r.choice(["Okay, I'm running the card ending ", "Thanks, the one ending in "]),
                  ("pii", "card", self.say(groups[-1][-4:])), ".")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["loan", "ro", "vin", "contract", "order"])
        if mode == "vin":
            b.say("agent", "Can you read me the last eight of the VIN? It's on your registration card.")
        elif mode == "ro":
            b.say("agent", "Do you have the repair order number from your invoice?")
        elif mode == "contract":
            b.say("agent", "What's the contract number on your finance agreement?")
        elif mode == "order":
            b.say("agent", "What's the order number from the parts website?")
        else:
            b.say("agent", "Can you give me the loan account number? It's on the top right of the statement.")
        if mode == "loan":  # thirteen digits said 3-5-5, read back
            d = rand_digits(r, 13)
            gs = [d[:3], d[3:8], d[8:]]
            b.say("customer", self.pre(), ("pii", "account", " ".join(self.say(g) for g in gs)), ".")
            if r.random() < 0.6:
                b.say("agent", "Let me read it back, ", ("pii", "account", "".join(gs) if r.random() < 0.5 else
                                                          ", ".join(self.say(g) for g in gs)), ".")
        elif mode == "ro":  # "R O", then six digits
            d = rand_digits(r, 6)
            b.say("customer", self.pre(), ("pii", "account", r.choice(["R O ", "R, O, ", "RO "]) + self.say(d)), ".")
        elif mode == "vin":  # eight characters, letters among digits, some letters "as in"
            chars = [r.choice("GHJKLMNPRST"), r.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789")]  # model year, plant
            chars += [str(r.randint(0, 9)) for _ in range(6)]
            parts: list = [self.pre()]
            for k, c in enumerate(chars):
                said = c if c.isalpha() else digit_word(c, r)
                if c.isalpha() and r.random() < 0.5:
                    said = f"{c} as in {self.AS_IN[c]}"
                parts += [("pii", "account", said), ", " if k < 7 else "."]
            b.say("customer", *parts)
        elif mode == "contract":  # a branch prefix in NATO letters, a dash, digits
            letters = r.sample(sorted(self.NATO), 2)
            d = rand_digits(r, 7)
            b.say("customer", self.pre(), ("pii", "account", " ".join(self.NATO[c] for c in letters)),
                  r.choice([" dash ", ", dash, ", " "]), ("pii", "account", self.say(d[:3]) + " " + self.say(d[3:])), ".")
            b.say("agent", "So ", ("pii", "account", f"{''.join(letters)}-{d}"), "?")
            b.say("customer", r.choice(["Correct.", "Yes ma'am.", "Yes sir."]))
        else:  # a marketplace-style order number: letters and digits, said as written
            code = "W" + "".join(r.choice("0123456789") for _ in range(3)) + "-" + \
                   "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
            b.say("customer", self.pre(), ("pii", "account", code), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        self.sc.ask(b, "ssn")
        if "last four" in b.utts[-1]["text"]:
            b.say("customer", r.choice(["Last four is ", "It's ", "Okay, "]), ("pii", "ssn", self.say(d[5:])), ".")
            return
        if r.random() < 0.5:  # 3-2-4 over two turns, read back
            b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), " ", ("pii", "ssn", self.say(d[3:5])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[5:])), ".")
            b.say("agent", "Okay, ", ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}"), r.choice([".", ", thank you."]))
        else:
            b.say("customer", self.pre(), ("pii", "ssn", " ".join(self.say(g) for g in (d[:3], d[3:5], d[5:]))), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = first.lower().replace("-", "")
        last = last.lower().replace("-", "").replace("'", "")
        dom = r.choice(self.DOMAINS)
        style = r.choice(["spelled-local", "year", "initial-dot", "underscore", "spelled-all"])
        self.sc.ask(b, "email")
        if style == "spelled-local":
            b.say("customer", self.pre(), ("pii", "email", f"{spell(last, r).lower()} at {dom}"), ".")
        elif style == "year":
            b.say("customer", self.pre(), ("pii", "email", f"{first} {last} {pair_words(rand_digits(r, 2), r)} at {dom}"),
                  ", all one word.")
        elif style == "initial-dot":
            b.say("customer", self.pre(), ("pii", "email", f"{first[0]} dot {last} at {dom}"), ".")
        elif style == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{first} underscore {last[0]} at {dom}"), ".")
        else:  # the caller spells the whole thing and the agent reads it back as written
            local = first[0] + last
            b.say("customer", self.pre(), ("pii", "email", " ".join(local.upper()) + " at " + dom), ".")
            tld = dom.rsplit(" dot ", 1)[1]
            written = f"{local}@{dom.rsplit(' dot ', 1)[0].replace(' ', '')}.{tld}"
            b.say("agent", "So that's ", ("pii", "email", written), r.choice(["?", ", correct?"]))
            b.say("customer", "Yes.")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["cosigner", "salesperson", "agent-intro", "spell-as-in", "asked-readback"])
        if mode == "cosigner":
            b.say("customer", r.choice(["My co-signer is ", "The loan is in my ex's name, ",
                                        "The car is actually registered to my roommate, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([".", ", do they have to call in too?", ", is that a problem?"]))
        elif mode == "salesperson":
            b.say("customer", r.choice(["I bought it from ", "I was working with ", "In finance I dealt with "]),
                  ("pii", "person", first), r.choice([" in sales.", ", who said I'd get a call back.",
                                                      " and nobody ever sent the paperwork."]))
        elif mode == "agent-intro":
            b.say("agent", r.choice(["Thank you for calling the service department, this is ",
                                     "Finance, you've got ", "Good afternoon, parts counter, "]),
                  ("pii", "person", first), r.choice([" speaking.", ", how can I help?", "."]))
        elif mode == "spell-as-in":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", "Could you spell the last name for me?")
            letters = [c.upper() for c in last if c.isalpha()]
            parts: list = []
            for k, c in enumerate(letters):
                said = f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and r.random() < 0.3 else c
                parts += [("pii", "person", said), ", " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)
        else:
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", r.choice(["Okay, ", "Thank you, ", "Alright, "]), ("pii", "person", f"{first} {last}"),
                  r.choice([", and you're the primary on the loan?", ", I've got your file."]))

    def address(self, b: Builder) -> None:
        r = self.r
        self.sc.ask(b, "address")
        mode = r.choice(["county", "directional", "lot", "plain"])
        if mode == "county":
            street = f"{self.say(rand_digits(r, r.randint(3, 5)))} County Road {r.randint(2, 60)}"
        elif mode == "directional":
            street = f"{self.say(rand_digits(r, r.randint(3, 4)))} {r.choice(['North', 'South', 'East', 'West', 'Northeast'])} " \
                     f"{r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        elif mode == "lot":
            street = f"{self.say(rand_digits(r, 4))} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}, lot {self.say(rand_digits(r, 2))}"
        else:
            street = f"{self.say(rand_digits(r, r.randint(2, 4)))} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        zip_ = rand_digits(r, 5, False)
        if r.random() < 0.5:
            b.say("customer", self.pre(), ("pii", "address", street), ", ", r.choice(self.CITIES), ", ",
                  ("pii", "address", self.say(zip_)), ".")
        else:
            b.say("customer", self.pre(), ("pii", "address", street), r.choice([".", f", in {r.choice(self.CITIES)}."]))
            b.say("agent", r.choice(["And the zip code there?", "What's the zip?"]))
            b.say("customer", ("pii", "address", self.say(zip_)), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1945, 2006)
        style = r.choice(["year-first", "day-first", "slashes", "words-short", "volunteered"])
        if style == "year-first":
            said = f"{year_words(y)}, {MONTHS[m - 1]} {ORDINALS[day - 1]}"
        elif style == "day-first":
            said = f"{ORDINALS[day - 1]} of {MONTHS[m - 1]}, {year_words(y)}"
        elif style == "slashes":
            said = f"{m:02d}/{day:02d}/{str(y)[2:]}" if r.random() < 0.5 else f"{m}/{day}/{y}"
        else:
            said = f"{MONTHS[m - 1]} {day if r.random() < 0.3 else ORDINALS[day - 1]}, {pair_words(str(y)[2:], r)}"
        if style == "volunteered":
            b.say("customer", r.choice(["I was born ", "My birthday's "]), ("pii", "dob", said),
                  r.choice([", if that helps.", ", you should have it on file."]))
            return
        self.sc.ask(b, "dob")
        b.say("customer", self.pre(), ("pii", "dob", said), ".")

    def distractor(self, b: Builder) -> None:  # numbers a dealership call has that are not PII
        r = self.r
        b.say(r.choice(["customer", "agent"]), r.choice([
            "It's got about forty two thousand miles on it.", "The rate came out to six point nine percent.",
            "It's a seventy two month term.", "The payment is four eighty nine a month.",
            "The oil light came on at three thousand miles.", "It's due for the sixty thousand mile service.",
            "The quote was eleven hundred for the brakes.", "We can get you in at eight fifteen tomorrow.",
            "The payoff is about fourteen thousand two hundred.", "It's the two point five liter engine.",
            "The tires are at thirty two PSI.", "It was twenty nine ninety five for the diagnostic."]))


class Heldout9:
    """Held-out 9's readings (only drawn for that split), as students, parents and agents on a university bursar's
    line say them: parents abroad giving "+44"/"plus one" numbers, a number finished in a second turn after the
    caller is interrupted, "hundred" groups ("nine hundred"), an agent read-back with a group wrong and the caller's
    correction, work numbers with extensions, nine-digit student IDs starting "nine hundred", a letter-prefixed ID
    with "as in" or NATO letters, portal confirmation codes of letters and digits, payment-plan numbers with a dash,
    4-4-4-4 and Amex 4-6-5 cards, the caller switching cards mid-number, "the one ending in", the SSN with "dash"
    or 3 then 6 over two turns and read back written, .edu e-mails ("e d u", "students dot"), dashes and underscores,
    a UK "co dot uk" domain, names given "last name, first name", preferred names, NATO-spelled surnames, dorm
    rooms, apartments, P O boxes, rural routes, UK postcodes, British and American dates of birth, and numbers a
    bursar's call has that are not PII (balances, credits, fees, terms, deadlines, course numbers)."""

    AS_IN = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "F": "frank", "G": "george",
             "H": "henry", "J": "john", "K": "king", "L": "larry", "M": "mary", "N": "nancy", "P": "peter",
             "Q": "queen", "R": "robert", "S": "sam", "T": "thomas", "U": "uncle", "V": "victor", "W": "william", "X": "x-ray",
             "Y": "yellow", "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey",
            "X": "X-ray", "Y": "Yankee", "Z": "Zulu"}
    STREETS = ["College", "University", "Fraternity", "Beacon", "Hawthorne", "Juniper", "Granite", "Orchard",
               "Quarry", "Bramble", "Sequoia", "Mulberry", "Laurel", "Foxglove"]
    HALLS = ["Whitcomb Hall", "Adler Hall", "Bennett House", "Ostrowski Hall", "the Quad North building"]
    CITIES = ["Ithaca", "Ann Arbor", "Provo", "Bozeman", "Athens", "Durham", "Lawrence", "Boulder", "Gainesville",
              "Burlington", "Tallahassee", "Missoula"]
    UK = [("Carlton Road", "Leeds", "LS6"), ("Station Lane", "Reading", "RG1"), ("Victoria Street", "Bristol", "BS1"),
          ("Kingsway", "Manchester", "M19"), ("Church Walk", "Cardiff", "CF10")]
    EDU = ["hartwell dot edu", "students dot hartwell dot edu", "hartwell dot e d u", "mail dot hartwell dot edu",
           "u dot hartwell dot edu"]
    OTHER = ["gmail dot com", "outlook dot com", "yahoo dot com", "hotmail dot co dot uk", "btinternet dot com",
             "icloud dot com", "proton dot me", "g mail dot com"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group said digit by digit ("oh", "double", "triple"), in pairs, with "hundred", or as digits."""
        r = self.r
        if len(g) == 3 and g[0] != "0" and g[1:] == "00" and r.random() < 0.6:
            return UNITS[int(g[0])] + " hundred"
        if len(g) == 4 and g[0] != "0" and g[2:] == "00" and r.random() < 0.6:
            return pair_words(g[:2], r) + " hundred"
        style = r.choice(["words", "words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.7:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def local(self) -> list[str]:
        r = self.r
        area = str(r.randint(2, 9)) + rand_digits(r, 2, False)
        ex = r.choice([str(r.randint(2, 9)) + "00", rand_digits(r, 3)])
        last = r.choice([rand_digits(r, 4, False), rand_digits(r, 2) + "00", rand_digits(r, 1) * 3 + rand_digits(r, 1)])
        return [area, ex, last]

    def phone(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["uk", "plus-one", "two-turns", "wrong-readback", "extension", "other-parent"])
        if mode == "other-parent":  # no question: the caller offers a second number
            g = self.local()
            b.say("customer", r.choice(["If I don't pick up, try my husband, he's on ", "Or you can call my mom at ",
                                        "My dad's cell is better actually, it's "]),
                  ("pii", "phone", " ".join(self.say(x) for x in g)), r.choice([".", ", he works nights though."]))
            return
        self.sc.ask(b, "phone")
        if mode == "uk":  # a parent in the UK: +44, a mobile 7xxx then six digits
            mob, rest = "7" + rand_digits(r, 3, False), rand_digits(r, 6, False)
            lead = r.choice(["plus four four ", "plus forty four, ", "oh oh four four, ", "forty four, then "])
            b.say("customer", r.choice(["I'm in England, so it's ", "It's a UK mobile, ", "Right, it's "]) +
                  ("the country code is " if lead.startswith("forty") else ""),
                  ("pii", "phone", f"{lead}{self.say(mob)}"), ", ", ("pii", "phone", self.say(rest[:3])), " ",
                  ("pii", "phone", self.say(rest[3:])), ".")
            if r.random() < 0.6:
                b.say("agent", r.choice(["Let me read that back, ", "Okay, so "]),
                      ("pii", "phone", f"+44 {mob} {rest}" if r.random() < 0.5 else
                       f"plus four four, {self.say(mob)}, {self.say(rest)}"), r.choice(["?", ", is that right?"]))
                b.say("customer", r.choice(["Spot on.", "That's it, yes.", "Yes, lovely."]))
        elif mode == "plus-one":  # a US number given by someone abroad, "plus one" first
            g = self.local()
            b.say("customer", self.pre(), ("pii", "phone", "plus one, " + ", ".join(self.say(x) for x in g)),
                  r.choice([", it's my US number.", ", I still have my American number.", "."]))
        elif mode == "two-turns":  # cut off half way, finished after the agent prompts
            g = self.local()
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), " ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, hang on, my roommate's asking me something.", "... oh wait, hold on one sec."]))
            b.say("agent", r.choice(["No problem.", "Sure, take your time.", "That's okay."]))
            b.say("customer", r.choice(["Sorry about that. ", "Okay, where was I. ", "Okay. "]),
                  r.choice(["The last four are ", "Then ", "And then "]), ("pii", "phone", self.say(g[2])), ".")
            b.say("agent", r.choice(["Great, so ", "Okay, that's "]),
                  ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}" if r.random() < 0.5 else ", ".join(self.say(x) for x in g)),
                  ".")
        elif mode == "wrong-readback":  # the agent gets the middle group wrong and the caller corrects it
            g = self.local()
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            wrong = g[1][:2] + str((int(g[1][2]) + r.randint(1, 8)) % 10)
            b.say("agent", "Okay, ", ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(wrong)), ", ",
                  ("pii", "phone", self.say(g[2])), "?")
            b.say("customer", r.choice(["No, the middle part is ", "Not quite, it's ", "Close, it's "]),
                  ("pii", "phone", self.say(g[1])), r.choice([", not ", ". Not "]), ("pii", "phone", self.say(wrong)),
                  ".")
            b.say("agent", r.choice(["Ah, sorry, got it now.", "My apologies, fixed."]))
        else:  # a work line with an extension
            g = self.local()
            b.say("customer", r.choice(["Try my office, ", "During the day it's my work number, "]),
                  ("pii", "phone", f"{g[0]}.{g[1]}.{g[2]}" if r.random() < 0.3 else ", ".join(self.say(x) for x in g)),
                  r.choice([", extension ", ", ext. ", ", and then dial "]),
                  ("pii", "phone", self.say(rand_digits(r, r.choice([3, 4, 5])))), ".")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["amex", "four-groups", "switch", "on-file", "one-breath"])
        if mode == "on-file":  # the agent offers the saved card by its last four; the caller gives another
            b.say("agent", r.choice(["I see a saved Visa ending in ", "There's a card on the portal ending "]),
                  ("pii", "card", self.say(rand_digits(r, 4, False))), r.choice([", do you want to use that one?",
                                                                                 ". Same card?"]))
            b.say("customer", r.choice(["No, that one expired.", "No, use my Discover instead, please."]))
            b.say("agent", r.choice(["Sure, go ahead with that number.", "Okay, whenever you're ready."]))
        else:
            self.sc.ask(b, "card")
        if mode == "amex":
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            gs = [d[:4], d[4:10], d[10:]]
            b.say("customer", r.choice(["Okay, it's an Amex, so the groups are weird. ", "It's American Express. ",
                                        self.pre()]),
                  ("pii", "card", self.say(gs[0])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", self.say(gs[1])), r.choice(["... ", ", and "]),
                  ("pii", "card", self.say(gs[2])), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "card", " ".join(gs)), r.choice(["?", ", correct?"]))
                b.say("customer", r.choice(["Mm-hmm.", "Correct.", "Yeah."]))
            return
        d = luhn_complete(luhn_complete(r.choice(["4", "51", "55", "6011", "2720"]) + rand_digits(r, 14, False))[:15])
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "switch":  # starts on one card, stops, takes out another
            wrong = rand_digits(r, 4, False)
            b.say("customer", self.pre(), ("pii", "card", self.say(wrong)),
                  r.choice(["... wait, no, that's my debit card. Hold on.", "... sorry, wrong card, that one's maxed out."]))
            b.say("agent", r.choice(["No worries.", "Take your time."]))
            b.say("customer", r.choice(["Okay, this one. ", "Alright, here we go. "]),
                  ("pii", "card", " ".join(self.say(g) for g in gs)), ".")
        elif mode == "four-groups" or mode == "on-file":
            for k, g in enumerate(gs):
                lead = "" if k == 0 else r.choice(["", "then ", "next is "])
                b.say("customer", self.pre() if k == 0 else lead, ("pii", "card", self.say(g)),
                      r.choice([".", "...", ","]))
                if k < 3 and r.random() < 0.4:  # the agent repeats the group as typed
                    b.say("agent", ("pii", "card", g), r.choice([", okay.", "?", "... yep."]))
                elif k < 3:
                    b.say("agent", r.choice(self.sc.acks))
        else:
            b.say("customer", self.pre(), ("pii", "card", "-".join(gs) if r.random() < 0.3 else
                                           ", ".join(self.say(g) for g in gs)), ".")
        if r.random() < 0.6:
            b.say("agent", r.choice(["Perfect, and I'll send the receipt for the card ending in ",
                                     "Okay, the payment on the card ending "]),
                  ("pii", "card", self.say(gs[3])), ".")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["student-id", "student-id", "letter-id", "confirmation", "plan", "applicant"])
        if mode == "student-id":  # nine digits starting 9 0x, often "nine hundred", sometimes over two turns
            d = "90" + str(r.randint(0, 3)) + rand_digits(r, 6, False)
            b.say("agent", r.choice(Q_HELDOUT9["account"][:1] + ["And the student's ID number?",
                                                                 "Do you have your student ID handy?"]))
            head = r.choice(["nine hundred", "nine oh oh", "nine zero zero"]) if d[2] == "0" else self.say(d[:3])
            if r.random() < 0.4:
                b.say("customer", self.pre(), ("pii", "account", f"{head} {self.say(d[3:6])}"),
                      r.choice(["... shoot, my phone's about to die. Hang on.", "... um, sorry, let me look."]))
                b.say("agent", r.choice(["Mm-hmm, I have the first six.", "Okay, still here."]))
                b.say("customer", ("pii", "account", self.say(d[6:])), ".")
            else:
                b.say("customer", self.pre(), ("pii", "account", f"{head}, {self.say(d[3:6])}, {self.say(d[6:])}"), ".")
            if r.random() < 0.5:
                b.say("agent", r.choice(["I have ", "Okay, I've entered "]), ("pii", "account", d),
                      r.choice([".", ", and that brings up the account."]))
        elif mode == "letter-id":  # "H" and eight digits, the letter said "as in" or in NATO
            d = "00" + rand_digits(r, 6, False)
            letter = r.choice("HUTKS")
            said = r.choice([f"{letter} as in {self.AS_IN[letter]}", self.NATO[letter], f"capital {letter}"])
            self.sc.ask(b, "account")
            b.say("customer", self.pre(), ("pii", "account", f"{said}, {self.say(d[:4])} {self.say(d[4:])}"), ".")
            b.say("agent", "That's ", ("pii", "account", letter + d), r.choice(["?", ", okay."]))
        elif mode == "confirmation":  # a portal confirmation code, letters and digits, some letters spelled out
            code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") if k % 3 != 2 else str(r.randint(0, 9))
                           for k in range(r.choice([6, 8])))
            b.say("agent", r.choice(["Do you have the confirmation code from the payment portal?",
                                     "Is there a reference code on the wire receipt?"]))
            parts: list = [self.pre()]
            for k, c in enumerate(code):
                if c.isalpha():
                    said = r.choice([c, c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"]) if c in self.AS_IN else c
                else:
                    said = digit_word(c, r)
                parts += [("pii", "account", said), r.choice([" ", ", "]) if k < len(code) - 1 else "."]
            b.say("customer", *parts)
            b.say("agent", r.choice(["Okay, ", "Let me search that, "]), ("pii", "account", code), ".")
        elif mode == "plan":  # a payment-plan number with a dash
            d = rand_digits(r, 6)
            b.say("agent", r.choice(Q_HELDOUT9["account"][2:3] + ["And the Tuition Flex plan number?"]))
            b.say("customer", self.pre(), ("pii", "account", r.choice([f"P P dash {self.say(d)}", f"TF-{d}",
                                                                       f"T F {self.say(d[:3])} {self.say(d[3:])}"])),
                  ".")
        else:  # an admissions applicant ID, seven or eight digits, said in pairs or digits
            d = rand_digits(r, r.choice([7, 8]))
            b.say("agent", Q_HELDOUT9["account"][3])
            b.say("customer", r.choice(["It's on the email, ", "Let me see, "]),
                  ("pii", "account", " ".join(self.say(d[i:i + 2]) for i in range(0, len(d), 2)) if r.random() < 0.5
                   else self.say(d)), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        self.sc.ask(b, "ssn")
        if "last four" in b.utts[-1]["text"]:
            b.say("customer", r.choice(["Um, ", "It should be ", "I think it's "]), ("pii", "ssn", self.say(d[5:])),
                  r.choice([".", ", let me double check... yeah."]))
            return
        mode = r.choice(["dash", "two-turns", "plain", "parent"])
        if mode == "dash":
            b.say("customer", self.pre(), ("pii", "ssn", (f"{self.say(d[:3])} dash {self.say(d[3:5])} dash "
                                                          f"{self.say(d[5:])}")), ".")
        elif mode == "two-turns":  # the first three, then the rest once the agent is ready
            b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[3:5])), ", ", ("pii", "ssn", self.say(d[5:])), ".")
            b.say("agent", r.choice(["Thank you, that's ", "Okay, "]), ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}"),
                  r.choice([", and it matches.", "."]))
        elif mode == "parent":
            b.say("customer", r.choice(["Hold on, I have his card here. ", "It's my daughter's, let me find it. "]),
                  ("pii", "ssn", " ".join(self.say(g) for g in (d[:3], d[3:5], d[5:]))), ".")
        else:
            b.say("customer", self.pre(), ("pii", "ssn", f"{d[:3]} {d[3:5]} {d[5:]}" if r.random() < 0.4 else
                                           self.say(d)), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower())
        mode = r.choice(["edu-id", "edu-spelled", "dash", "underscore", "uk", "readback"])
        self.sc.ask(b, "email")
        if mode == "edu-id":  # initials and digits at the school
            local = f"{first[0]} {last[0]} {self.say(rand_digits(r, r.choice([3, 4])))}"
            b.say("customer", self.pre(), ("pii", "email", f"{local} at {r.choice(self.EDU)}"), ".")
        elif mode == "edu-spelled":
            b.say("customer", r.choice(["My school one, ", self.pre()]),
                  ("pii", "email", f"{spell(last[:8], r).lower()} at {r.choice(self.EDU)}"), ".")
        elif mode == "dash":
            b.say("customer", self.pre(), ("pii", "email", f"{first} dash {last} at {r.choice(self.OTHER)}"),
                  r.choice([".", ", with a dash, not an underscore."]))
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{last} underscore {first[0]} at {r.choice(self.OTHER)}"),
                  ".")
        elif mode == "uk":
            b.say("customer", r.choice(["It's my husband's, ", self.pre()]),
                  ("pii", "email", f"{first} dot {last} at {r.choice(['btinternet dot com', 'hotmail dot co dot uk', 'sky dot com'])}"),
                  ".")
        else:  # said in words, the agent reads it back written
            dom = r.choice(["gmail", "outlook", "yahoo"])
            num = rand_digits(r, 2)
            b.say("customer", self.pre(), ("pii", "email", f"{first}{last} {self.say(num)} at {dom} dot com"),
                  r.choice([", no spaces.", ", all lowercase."]))
            b.say("agent", "Okay, ", ("pii", "email", f"{first}{last}{num}@{dom}.com"), r.choice(["?", ", got it."]))
            b.say("customer", r.choice(["Yep.", "That's right."]))

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["last-first", "parent", "preferred", "nato-spell", "agent-intro", "staff"])
        if mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", r.choice(["Last name ", "It's "]), ("pii", "person", last), ", first name ",
                  ("pii", "person", first), ".")
        elif mode == "parent":  # a parent calls for the student
            pf, pl = self.sc.name()
            b.say("customer", r.choice(["Hi, yes, I'm calling about my kid's tuition bill, ",
                                        "Hello, I'm calling on behalf of my student, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([". I'm the parent, ", ". My name is "]),
                  ("pii", "person", f"{pf} {pl}"), ".")
            b.say("agent", r.choice(["Thank you. Are you listed as an authorized user?",
                                     "Okay, let me see if you're on the FERPA release."]))
        elif mode == "preferred":
            self.sc.ask(b, "person")
            nick = r.choice(["Sunny", "Max", "Bee", "Kit", "Lu", "Jay"])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), r.choice([", but I go by ", ". Everyone calls me "]),
                  ("pii", "person", nick), ".")
        elif mode == "nato-spell":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            parts: list = []
            for k, c in enumerate(letters):
                said = self.NATO[c] if c in self.NATO and r.random() < 0.5 else c
                parts += [("pii", "person", said), " " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)
            b.say("agent", r.choice(["Perfect, thank you, ", "Got it, "]), ("pii", "person", f"{first}"), ".")
        elif mode == "agent-intro":
            b.say("agent", r.choice(["Student Financial Services, this is ", "Thanks for holding, my name is ",
                                     "Bursar's office, you've reached "]),
                  ("pii", "person", first), r.choice([". How can I help you today?", ", what can I do for you?"]))
        else:  # a staff member or professor by name
            b.say("customer", r.choice(["My advisor, Professor ", "I already emailed Dr. ", "Someone named "]),
                  ("pii", "person", last if r.random() < 0.6 else f"{first} {last}"),
                  r.choice([", and she told me to call you.", " in financial aid, and never heard back.",
                            ", he said the hold would be gone by Monday."]))

    def address(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["apartment", "po-box", "rural", "dorm", "uk", "plain"])
        self.sc.ask(b, "address")
        zip_ = rand_digits(r, 5, False)
        if mode == "uk":
            street, city, area = r.choice(self.UK)
            code = f"{area} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            said = " ".join(code.replace(" ", "")[:len(area)]) + ", " + " ".join(code.split()[1])
            said = said.replace("0", "zero").replace("1", "one").replace("2", "two").replace("3", "three") \
                .replace("4", "four").replace("5", "five").replace("6", "six").replace("7", "seven") \
                .replace("8", "eight").replace("9", "nine")
            b.say("customer", self.pre(), ("pii", "address", f"{self.say(str(r.randint(2, 180)))} {street}"),
                  f", {city}, ", ("pii", "address", said), ".")
            return
        if mode == "apartment":
            street = f"{self.say(rand_digits(r, r.randint(3, 4)))} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}, " \
                     f"{r.choice(['apartment', 'apt', 'unit', 'number'])} {self.say(str(r.randint(1, 4)) + rand_digits(r, 2, False))}" \
                     f"{r.choice(['', ' B', ' C'])}"
        elif mode == "po-box":
            street = f"{r.choice(['P O Box', 'PO Box', 'post office box', 'P.O. Box'])} {self.say(rand_digits(r, r.randint(3, 4)))}"
        elif mode == "rural":
            street = f"{r.choice(['Rural Route', 'R R', 'RR'])} {self.say(str(r.randint(1, 9)))}, box " \
                     f"{self.say(rand_digits(r, r.randint(2, 3)))}"
        elif mode == "dorm":
            street = f"room {self.say(str(r.randint(1, 6)) + rand_digits(r, 2, False))}, {r.choice(self.HALLS)}"
        else:
            street = f"{self.say(rand_digits(r, r.randint(2, 5)))} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        city = r.choice(self.CITIES)
        if mode == "dorm":
            b.say("customer", r.choice(["I live on campus, ", self.pre()]), ("pii", "address", street), ".")
            b.say("agent", r.choice(["And is there a campus box number for mail?", "Do you have a campus mailbox?"]))
            b.say("customer", r.choice(["Box ", "It's campus box "]), ("pii", "address", self.say(rand_digits(r, 4))), ".")
        elif r.random() < 0.5:
            b.say("customer", self.pre(), ("pii", "address", street), f", {city}, ", ("pii", "address", self.say(zip_)),
                  ".")
        else:
            b.say("customer", self.pre(), ("pii", "address", street), ".")
            b.say("agent", r.choice(["And the city and zip?", "Okay, city and zip code?"]))
            b.say("customer", f"{city}, ", ("pii", "address", self.say(zip_)), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.choice([r.randint(1998, 2008), r.randint(1966, 1985)])
        if y < 2000:
            yw = year_words(y)
        elif y == 2000:
            yw = "two thousand"
        else:
            yw = r.choice([f"two thousand {UNITS[y - 2000]}", f"two thousand and {UNITS[y - 2000]}",
                           f"twenty oh {UNITS[y - 2000]}"])
        style = r.choice(["british", "american", "numeric", "digits", "year-first", "correction"])
        if style == "british":
            said = f"{r.choice(['the ', ''])}{ORDINALS[day - 1]} of {MONTHS[m - 1]}, {yw}"
        elif style == "american":
            said = f"{MONTHS[m - 1]} {r.choice([ORDINALS[day - 1], pair_words(f'{day:02d}', r) if day > 9 else UNITS[day]])}, {yw}"
        elif style == "numeric":
            said = f"{m}-{day}-{str(y)[2:]}" if r.random() < 0.5 else f"{m:02d}/{day:02d}/{y}"
        elif style == "digits":
            said = f"{say_group(f'{m:02d}', r, 'words')}, {say_group(f'{day:02d}', r, 'words')}, {say_group(str(y)[2:], r, 'words')}"
        else:
            said = f"{yw}, {MONTHS[m - 1]} {ORDINALS[day - 1]}"
        self.sc.ask(b, "dob")
        if style == "correction":  # the caller starts with their own birthday, then gives the student's
            pm, pd = r.randint(1, 12), r.randint(1, 28)
            b.say("customer", "Oh, ", ("pii", "dob", f"{MONTHS[pm - 1]} {ORDINALS[pd - 1]}"),
                  "... wait, his or mine? His is ", ("pii", "dob", said), ".")
            return
        b.say("customer", self.pre(), ("pii", "dob", said), ".")

    def distractor(self, b: Builder) -> None:  # numbers a bursar's call has that are not PII
        r = self.r
        b.say(r.choice(["customer", "agent"]), r.choice([
            "I'm only taking nine credits this fall.", "The balance says four thousand one hundred and twelve dollars.",
            "The plan is five installments of eight hundred.", "The late fee was seventy five dollars.",
            "Is the deadline still August twenty first?", "Our office is in room one oh four of the admin building.",
            "It's CHEM one oh one that got dropped.", "The refund was eleven hundred and six dollars.",
            "The wire was for twelve thousand five hundred.", "You have until five p.m. on the thirtieth.",
            "The housing deposit is two fifty.", "It's the twenty twenty six spring term.",
            "She needs a two point five GPA to keep the scholarship."]))


class Heldout11:
    """Held-out 11's readings (only drawn for that split), as residents, applicants and leasing agents on a property
    manager's line say them: references' numbers given without being asked (the current landlord, the employer's
    HR line with an extension), a number broken off when the maintenance man knocks and finished later, the agent's
    read-back with one digit wrong and the caller correcting that digit, digits and words mixed in one number
    ("512 eight oh six"), ten digits in one breath, a new number offered when the agent checks the one ending in
    ..., rent cards group by group with a group misread and restarted, Amex 4-6-5 with the last five read back,
    resident account numbers with a letter "as in", gate and lock-box codes ("pound", "star", "then the key"),
    licence plates with a state and NATO or "as in" letters read back written, work orders "W O", application
    numbers, housing-voucher numbers, autopay bank accounts over two turns, SSNs with "dash", a co-signer's SSN read
    from a paper, ITINs, e-mails with a pet's name and digits, "no, two L's" corrections, names spelled with
    "double", landlords by title and surname ("Mr. Park", "Ms. Lane"), co-signers, roommates added to the lease,
    unit numbers alone ("unit twenty two oh four", "thirty one B"), forwarding addresses with the zip read back,
    "care of" addresses, APO addresses, dates of birth in several forms, and numbers and names a rental call has
    that are not PII (rent, fees, square feet, lease terms, percentages, filter sizes, times, pets' names)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "david", "E": "edward", "F": "frank", "G": "george",
             "H": "harry", "J": "jack", "K": "kevin", "L": "larry", "M": "mike", "N": "nancy", "P": "paul",
             "R": "robert", "S": "sam", "T": "tom", "V": "victor", "W": "william", "X": "x-ray", "Y": "yellow",
             "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee",
            "Z": "Zulu"}
    STATES = ["Texas", "Georgia", "Ohio", "Florida", "Arizona", "North Carolina", "Colorado", "Illinois"]
    STREETS = ["Magnolia", "Cypress", "Briarwood", "Stonegate", "Ashford", "Kingsley", "Tamarack", "Woodbine",
               "Canterbury", "Saddlebrook", "Primrose", "Bluebonnet", "Cottonwood", "Larkspur"]
    CITIES = [("Austin", "Texas"), ("Marietta", "Georgia"), ("Columbus", "Ohio"), ("Tampa", "Florida"),
              ("Tempe", "Arizona"), ("Raleigh", "North Carolina"), ("Aurora", "Colorado"), ("Naperville", "Illinois"),
              ("Decatur", "Georgia"), ("Plano", "Texas")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "icloud dot com", "outlook dot com",
               "comcast dot net", "att dot net", "me dot com"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group said digit by digit ("oh" or "zero", "double", "triple"), in pairs, "hundred", or as digits."""
        r = self.r
        if len(g) in (3, 4) and g[0] != "0" and g.endswith("00") and g[-3] != "0" and r.random() < 0.6:
            return (UNITS[int(g[0])] if len(g) == 3 else pair_words(g[:2], r)) + " hundred"
        style = r.choice(["words", "words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.7:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def mixed(self, g: str) -> str:
        """Part written as digits, part said as words, as ASR often writes it ("512 eight oh six")."""
        r = self.r
        k = r.randint(1, len(g) - 1)
        return g[:k] + " " + " ".join(digit_word(c, r) for c in g[k:]) if r.random() < 0.5 else \
            " ".join(digit_word(c, r) for c in g[:k]) + " " + g[k:]

    def number(self) -> list[str]:
        r = self.r
        last = r.choice([rand_digits(r, 4, False), rand_digits(r, 2) + "00", rand_digits(r, 2, False) * 2,
                         rand_digits(r, 4, False)])
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False), last]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.number()
        mode = r.choice(["reference", "interrupted", "wrong-digit", "mixed", "one-breath", "on-file", "employer"])
        if mode == "reference":  # an applicant gives the current landlord's number unasked
            first, last = self.sc.name()
            b.say("customer", r.choice(["My landlord now is ", "For the rental reference you can call ",
                                        "The property manager where I am now is "]),
                  *([("pii", "person", f"{first} {last}")] if r.random() < 0.6 else
                    [r.choice(["Mr. ", "Ms. "]), ("pii", "person", last)]),
                  r.choice([", the cell is ", ", and the number is ", ", you can reach them at "]),
                  ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            b.say("agent", r.choice(["Is that a cell or an office line?", "Okay, and is that a good time of day?"]))
            b.say("customer", r.choice(["Cell, I think.", "It's the office, they close at five."]))
            return
        if mode == "employer":  # the employer's HR line with an extension, for income verification
            b.say("agent", "For income verification, is there a number for your employer?")
            b.say("customer", r.choice(["Yeah, HR is ", "The main line is ", "You'd call payroll at "]),
                  ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}" if r.random() < 0.4 else " ".join(self.say(x) for x in g)),
                  r.choice([", extension ", ", then press ", " and ask for extension "]),
                  ("pii", "phone", self.say(rand_digits(r, r.choice([3, 4])))), ".")
            return
        if mode == "on-file":  # the agent checks the number on file by its last four; the caller gives a new one
            b.say("agent", r.choice(["I have a number ending in ", "The texts go to the cell ending "]),
                  ("pii", "phone", self.say(rand_digits(r, 4, False))), r.choice([", is that still good?", ", right?"]))
            b.say("customer", r.choice(["No, I changed it. It's ", "That's my old phone, the new one is "]),
                  ("pii", "phone", self.say(g[0])), " ", ("pii", "phone", self.say(g[1])), " ",
                  ("pii", "phone", self.say(g[2])), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "interrupted":  # the maintenance man knocks half way through
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... hold on, someone's at the door. Sorry, it's the maintenance guy.",
                            "... sorry, the dog is going crazy, one second."]))
            b.say("agent", r.choice(["No problem, take your time.", "That's fine, I'll hold."]))
            b.say("customer", r.choice(["Okay, sorry. I gave you the first part? ", "Alright, I'm back. "]),
                  r.choice(["Then it's ", "The last four are ", "And "]), ("pii", "phone", self.say(g[2])), ".")
            b.say("agent", r.choice(["So the whole thing is ", "Okay, I have "]),
                  ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}" if r.random() < 0.5 else " ".join(self.say(x) for x in g)),
                  ".")
        elif mode == "wrong-digit":  # read back with one digit wrong, the caller corrects that digit
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            k = r.randint(0, 3)
            wrong_d = str((int(g[2][k]) + r.randint(1, 8)) % 10)
            wrong = g[2][:k] + wrong_d + g[2][k + 1:]
            b.say("agent", r.choice(["Let me read that back. ", "Okay, "]), ("pii", "phone", "-".join(g[:2] + [wrong])),
                  "?")
            b.say("customer", r.choice(["No, it's ", "Almost, the last part is "]), ("pii", "phone", self.say(g[2])),
                  r.choice([".", ", not what you said."]))
            b.say("agent", r.choice(["Got it, thank you.", "Sorry about that, fixed."]))
        elif mode == "mixed":
            b.say("customer", self.pre(), ("pii", "phone", f"{self.mixed(g[0] + g[1])}, {self.mixed(g[2])}"), ".")
        else:  # ten digits in one breath, no pauses
            b.say("customer", self.pre(), ("pii", "phone", " ".join(digit_word(c, r) for c in "".join(g))), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, that's ", ("pii", "phone", " ".join(self.say(x) for x in g)), ", correct?")
                b.say("customer", r.choice(["Yes.", "Yep, that's me."]))

    def card(self, b: Builder) -> None:
        r = self.r
        self.sc.ask(b, "card")
        mode = r.choice(["amex", "groups", "restart", "one-breath"])
        if mode == "amex":
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            gs = [d[:4], d[4:10], d[10:]]
            b.say("customer", r.choice(["It's an Amex. ", "American Express, okay. ", self.pre()]),
                  ("pii", "card", self.say(gs[0])), ", ", ("pii", "card", self.say(gs[1])), ", ",
                  ("pii", "card", self.say(gs[2])), ".")
            b.say("agent", "And the last five again? I have ", ("pii", "card", self.say(gs[2])), ".")
            b.say("customer", r.choice(["That's right.", "Yes."]))
            return
        d = luhn_complete(luhn_complete(r.choice(["4", "4", "51", "53", "2221", "6011"]) +
                                        rand_digits(r, 14, False))[:15])
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "groups":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next is "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", r.choice(self.sc.acks))
        elif mode == "restart":  # a group misread, the caller starts the group over
            bad = gs[1][:2] + str((int(gs[1][2]) + 5) % 10)
            b.say("customer", self.pre(), ("pii", "card", self.say(gs[0])), ", ", ("pii", "card", " ".join(
                digit_word(c, r) for c in bad)), r.choice(["... no wait, sorry, let me start that part again, ",
                                                          "... hm, no, I read that wrong, it's "]),
                  ("pii", "card", self.say(gs[1])), ", ", ("pii", "card", self.say(gs[2])), ", ",
                  ("pii", "card", self.say(gs[3])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(grp) for grp in gs)), ".")
        b.say("agent", r.choice(["And the expiration date?", "Expiration?"]))
        b.say("customer", r.choice(["Oh eight, twenty seven.", "Twelve twenty six.", "It's three, twenty nine."]))
        if r.random() < 0.6:
            b.say("agent", r.choice(["Okay, so that's fourteen fifty plus the convenience fee on the card ending in ",
                                     "Alright, I'm running it on the card ending "]),
                  ("pii", "card", self.say(gs[3])), ".")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["resident", "gate", "gate", "gate", "plate", "plate", "work-order", "application", "voucher",
                         "bank"])
        if mode == "gate":  # gate, lock-box and garage codes the technician needs to get in
            b.say("agent", r.choice(["Is there a gate code or a lock box the technician needs to get in?",
                                     "Do we have permission to enter, and is there a code for the side gate?"]))
            code = rand_digits(r, 4, False)
            head, said, tail = r.choice([("pound ", self.say(code), ""),
                                         ("star ", " ".join(digit_word(c, r) for c in code), ""),
                                         ("", code, " pound"), ("", self.say(code), ", then the key button")])
            parts: list = [r.choice(["Yeah, the gate code is ", "Sure, the gate is ", "The code for the gate is "]),
                           head, ("pii", "account", said), tail]
            if r.random() < 0.6:
                parts += [r.choice([", and the lock box on the door is ", ". The key's in the lock box, code ",
                                    ", and the garage keypad is "]),
                          ("pii", "account", self.say(rand_digits(r, 4, False)))]
            b.say("customer", *parts, ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, I'll put ", ("pii", "account", code), r.choice([" in the notes for the tech.",
                                                                                    " on the work order."]))
        elif mode == "plate":  # a licence plate for the parking permit
            b.say("agent", r.choice(["What's the license plate for the parking permit?",
                                     "And what's the plate on the car you're registering?"]))
            letters = "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))
            digits = rand_digits(r, 4, False)
            state = r.choice(self.STATES)
            spoken_letters = [self.NATO[c] if r.random() < 0.4 else
                              f"{c} as in {self.AS_IN[c]}" if r.random() < 0.4 else c for c in letters]
            b.say("customer", r.choice([f"It's {'an' if state[0] in 'AEIOU' else 'a'} {state} plate, ", f"{state}, ",
                                        self.pre()]),
                  ("pii", "account", " ".join(spoken_letters)), r.choice([", ", " ", " dash "]),
                  ("pii", "account", self.say(digits)), ".")
            if r.random() < 0.6:
                b.say("agent", "So ", ("pii", "account", f"{letters}-{digits}" if r.random() < 0.5 else
                                       f"{letters} {digits}"), r.choice(["?", ", on a gray Civic?"]))
                b.say("customer", r.choice(["That's it.", "Yeah. It's actually silver but yeah."]))
        elif mode == "resident":  # a letter, then digits, read back written
            b.say("agent", Q_HELDOUT11["account"][0])
            letter = r.choice("TRLH")
            d = "00" + rand_digits(r, 5, False)
            said = r.choice([f"{letter} as in {self.AS_IN[letter]}", letter, self.NATO[letter]])
            b.say("customer", self.pre(), ("pii", "account", f"{said}, {self.say(d[:3])}, {self.say(d[3:])}"), ".")
            b.say("agent", r.choice(["I have ", "Okay, "]), ("pii", "account", f"{letter}{d}"),
                  r.choice([", that's you at the Harrington?", ".", ", got it."]))
        elif mode == "work-order":
            b.say("agent", Q_HELDOUT11["account"][1])
            d = rand_digits(r, r.choice([6, 7]))
            b.say("customer", self.pre(), ("pii", "account", r.choice(["W O ", "W O dash ", "WO-", "work order "]) +
                                           self.say(d)), ".")
        elif mode == "application":
            b.say("agent", Q_HELDOUT11["account"][2])
            code = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rand_digits(r, 6)
            parts = [r.choice(["It says ", self.pre()])]
            for k, c in enumerate(code):
                parts += [("pii", "account", c if c.isalpha() else digit_word(c, r)), " " if k < len(code) - 1 else "."]
            b.say("customer", *parts)
            if r.random() < 0.5:
                b.say("agent", "Thanks, ", ("pii", "account", code), r.choice([" is still in screening.", "."]))
        elif mode == "voucher":  # a housing choice voucher number
            b.say("agent", Q_HELDOUT11["account"][3])
            d = rand_digits(r, r.choice([8, 9]))
            b.say("customer", r.choice(["Let me find the letter. Okay, ", self.pre()]),
                  ("pii", "account", " ".join(self.say(d[i:i + 3]) for i in range(0, len(d), 3))), ".")
        else:  # a checking account for autopay, over two turns, the last four read back
            b.say("agent", "For the autopay I'll need the checking account number, the routing I can look up from "
                           "the bank.")
            d = rand_digits(r, r.choice([10, 12]))
            h = r.choice([4, 6])
            b.say("customer", self.pre(), ("pii", "account", self.say(d[:h])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(d[h:])), ".")
            b.say("agent", "Thank you, the account ending in ", ("pii", "account", self.say(d[-4:])),
                  " will be drafted on the first.")

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        mode = r.choice(["asked", "asked", "cosigner", "itin"])
        if mode == "cosigner":  # an applicant reads the co-signer's number off a paper
            b.say("agent", Q_HELDOUT11["ssn"][2])
            b.say("customer", r.choice(["My dad wrote it down for me, hold on. Okay, ",
                                        "Let me grab the form my mom filled out. It's "]),
                  ("pii", "ssn", f"{self.say(d[:3])} {self.say(d[3:5])} {self.say(d[5:])}"),
                  r.choice([".", ", I think that's a seven at the end, yeah."]))
            return
        if mode == "itin":  # no SSN: an ITIN, nine digits starting with 9
            d = "9" + rand_digits(r, 2, False) + r.choice(["7", "8"]) + rand_digits(r, 5, False)
            b.say("agent", Q_HELDOUT11["ssn"][0])
            b.say("customer", "I don't have a social, I have an ITIN, is that okay?")
            b.say("agent", "Yes, that works.")
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(d[:3])}, {self.say(d[3:5])}, {self.say(d[5:])}"),
                  ".")
            return
        self.sc.ask(b, "ssn")
        if "last four" in b.utts[-1]["text"]:
            b.say("customer", r.choice(["Sure, ", "It's ", "Last four, "]), ("pii", "ssn", self.say(d[5:])), ".")
            return
        if r.random() < 0.5:
            b.say("customer", self.pre(), ("pii", "ssn", (f"{self.say(d[:3])} dash {self.say(d[3:5])} dash "
                                                          f"{self.say(d[5:])}")), ".")
        else:
            b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), ", ", ("pii", "ssn", self.say(d[3:5])),
                  "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[5:])), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, I have ", ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}"), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        mode = r.choice(["pet", "two-ls", "spelled-as-in", "dot-initial", "hyphen"])
        self.sc.ask(b, "email")
        if mode == "pet":  # the local part is the pet's name and digits
            pet = r.choice(PETS_HELDOUT11).lower()
            b.say("customer", r.choice(["Okay, don't laugh, it's ", self.pre()]),
                  ("pii", "email", (f"{pet} {r.choice(['mom', 'dad', 'and', 'lover'])} "
                                    f"{self.say(rand_digits(r, 2))} at {dom}")),
                  r.choice([", all one word.", ", no spaces."]))
        elif mode == "two-ls":  # the agent reads it back written and gets one letter wrong
            local = first + "." + last
            b.say("customer", self.pre(), ("pii", "email", f"{first} dot {last} at {dom}"), ".")
            short = local.replace("ll", "l") if "ll" in local else local + "s"
            b.say("agent", "Okay, ", ("pii", "email", f"{short}@{dom.replace(' dot ', '.')}"), "?")
            b.say("customer", "No, two L's." if "ll" in local else "No, there's no S on the end.")
        elif mode == "spelled-as-in":
            letters = [c.upper() for c in last[:7]]
            parts: list = [self.pre()]
            said = " ".join(f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and r.random() < 0.3 else c
                            for c in letters)
            parts += [("pii", "email", f"{said} at {dom}"), "."]
            b.say("customer", *parts)
        elif mode == "dot-initial":
            b.say("customer", self.pre(),
                  ("pii", "email", f"{first[0]} dot {last} {self.say(rand_digits(r, 4))} at {dom}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "email", f"{first} hyphen {last} at {dom}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Hyphen, like a dash? So ",
                      ("pii", "email", f"{first}-{last}@{dom.replace(' dot ', '.')}"), "?")
                b.say("customer", "Yes, a dash.")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["cosigner", "roommate", "landlord-title", "agent-intro", "tech", "spell-double", "last-first"])
        if mode == "cosigner":
            b.say("customer", r.choice(["My co-signer is my aunt, ", "My guarantor will be ", "The co-signer is "]),
                  ("pii", "person", f"{first} {last}"),
                  r.choice([".", ", do they have to fill out their own application?", ", they live out of state."]))
        elif mode == "roommate":
            b.say("customer", r.choice(["I want to add my partner to the lease, the name is ",
                                        "My roommate is moving out, that's ", "Someone's moving in with me, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([".", ", what do I need to do?"]))
            if r.random() < 0.5:
                b.say("agent", "Okay, so ", ("pii", "person", first), r.choice([" will need to apply separately.",
                                                                               " has to be screened too."]))
        elif mode == "landlord-title":
            b.say("agent", Q_HELDOUT11["person"][2])
            b.say("customer", r.choice(["It's a private owner, ", "I rent from ", "It was "]),
                  r.choice(["Mr. ", "Ms. ", "Mrs. "]), ("pii", "person", last),
                  r.choice([", they've owned the building for years.", ", really nice.", "."]))
        elif mode == "agent-intro":
            if r.random() < 0.5:
                b.say("agent", "Thank you for calling ", ("keep", "lexicon", "Calloway Residential"), ", this is ",
                      ("pii", "person", first), r.choice([", how can I help?", ". Are you a current resident?"]))
            else:
                b.say("agent", r.choice(["Resident services, my name is ", "Leasing office, you've got "]),
                      ("pii", "person", first), r.choice([", how can I help?", ". Are you a current resident?"]))
        elif mode == "tech":
            b.say("customer", r.choice(["The technician, I think it was ", "Somebody named ",
                                        "Your maintenance person, "]), ("pii", "person", first),
                  r.choice([", came out Tuesday and it's still dripping.", ", said they'd order the part.",
                            ", left the door unlocked."]))
        elif mode == "spell-double":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            parts: list = []
            k = 0
            while k < len(letters):
                if k + 1 < len(letters) and letters[k] == letters[k + 1]:
                    parts += [("pii", "person", f"double {letters[k]}")]
                    k += 2
                else:
                    parts += [("pii", "person", letters[k])]
                    k += 1
                parts.append(", " if k < len(letters) else ".")
            b.say("customer", *parts)
        else:
            self.sc.ask(b, "person")
            b.say("customer", r.choice(["Last name is ", "It's under "]), ("pii", "person", last),
                  r.choice([", first name ", ", "]), ("pii", "person", first), ".")

    def address(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["unit", "unit", "forwarding", "forwarding", "current", "care-of", "apo"])
        if mode == "unit":  # the unit alone: the property is known, the unit number is where the tenant lives
            b.say("agent", r.choice(["What unit are you in?", "And which apartment is this for?",
                                     "What's the unit number?"]))
            n = r.choice([str(r.randint(1, 3)) + rand_digits(r, 2, False), str(r.randint(1, 4)) + "0" +
                          str(r.randint(1, 9)), str(r.randint(10, 24)) + "0" + str(r.randint(1, 9))])
            said = self.say(n) if len(n) == 3 else r.choice([pair_words(n[:2], r) + " oh " + UNITS[int(n[3])],
                                                             self.say(n)])
            if r.random() < 0.3:
                said += r.choice([" B", " C", "-A"])
            b.say("customer", r.choice(["I'm in ", "Unit ", "Apartment ", "It's "]), ("pii", "address", said),
                  r.choice([", building C.", ", the one over the office.", ".", ", by the pool."]))
            return
        self.sc.ask(b, "address") if mode != "current" else b.say("agent", Q_HELDOUT11["address"][1])
        city, state = r.choice(self.CITIES)
        zip_ = rand_digits(r, 5, False)
        street = f"{self.say(rand_digits(r, r.randint(3, 5)))} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        if mode == "care-of":
            pf, pl = self.sc.name()
            b.say("customer", r.choice(["Send it care of my mom, ", "Care of "]), ("pii", "person", f"{pf} {pl}"),
                  ", ", ("pii", "address", street), f", {city}, {state}, ", ("pii", "address", self.say(zip_)), ".")
        elif mode == "apo":  # a tenant deploying: a military address
            b.say("customer", "I'm being deployed, so it's an APO. ",
                  ("pii", "address", f"P S C {self.say(rand_digits(r, 4))}, box {self.say(rand_digits(r, 3))}"),
                  ", APO A E, ", ("pii", "address", self.say("09" + rand_digits(r, 3, False))), ".")
        elif mode == "current":
            b.say("customer", self.pre(), ("pii", "address", street), r.choice([", apartment ", ", number ", " unit "]),
                  ("pii", "address", self.say(rand_digits(r, r.randint(1, 3)))), f", in {city}. Two years there.")
        else:  # forwarding address; the agent reads back the zip
            b.say("customer", self.pre(), ("pii", "address", street), f", {city}, {state}.")
            b.say("agent", "And the zip code?")
            b.say("customer", ("pii", "address", self.say(zip_)), ".")
            if r.random() < 0.6:
                b.say("agent", r.choice(["So the check goes to ", "Zip "]), ("pii", "address", zip_),
                      r.choice([", within thirty days of move-out.", "."]))

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1950, 2006)
        style = r.choice(["digits-words", "month-words", "numeric", "year-short", "cosigner", "day-of"])
        if y == 2000:
            yw = "two thousand"
        elif y > 2000:
            yw = r.choice([f"two thousand {UNITS[y - 2000] if y < 2010 else pair_words(str(y)[2:], r)}",
                           f"twenty {pair_words(str(y)[2:], r)}"])
        else:
            yw = year_words(y)
        if style == "digits-words":
            said = f"{say_group(f'{m:02d}', r, 'words')}, {pair_words(f'{day:02d}', r)}, {pair_words(str(y)[2:], r)}"
        elif style == "month-words":
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"
        elif style == "numeric":
            said = f"{m}/{day}/{str(y)[2:]}" if r.random() < 0.5 else f"{m:02d}-{day:02d}-{y}"
        elif style == "year-short":
            said = f"{MONTHS[m - 1]} {day}, {str(y)[2:] if r.random() < 0.4 else y}"
        elif style == "day-of":
            said = f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {yw}"
        else:
            b.say("agent", Q_HELDOUT11["dob"][1])
            b.say("customer", r.choice(["My mom's is ", "Hers is ", "Let me check, it's "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"), ".")
            return
        self.sc.ask(b, "dob")
        b.say("customer", self.pre(), ("pii", "dob", said), ".")

    def distractor(self, b: Builder) -> None:  # numbers and names a rental call has that are not PII
        r = self.r
        pet = r.choice(PETS_HELDOUT11)
        b.say(r.choice(["customer", "agent"]), r.choice([
            "The rent is fourteen fifty, and the late fee kicks in after the fifth.",
            "The late fee is seventy five plus ten a day.", "It's a two bedroom, about nine hundred square feet.",
            "The renewal is a twelve month lease at three percent more.", "The pet rent is thirty five a month.",
            "The filter is a sixteen by twenty five by one.", "Quiet hours are ten p.m. to seven a.m.",
            "You have to give sixty days notice to vacate.", "The deposit was five hundred dollars.",
            "The dishwasher started leaking Sunday around eight.", "Move-in is August first at three.",
            "Guest parking is forty eight hours max.", "It's three fifty for the pet deposit, non-refundable.",
            "The office is open nine to six, and ten to four on Saturdays.", "We're on the second floor.",
            f"My dog's name is {pet}, she's a forty pound lab mix.", f"{pet} is up to date on the rabies shot.",
            f"It's a cat, {pet}, about eight pounds.", "The refund takes up to thirty days after move-out.",
            "The carpet cleaning charge was a hundred and twenty five."]))


class Heldout10:
    """Held-out 10's readings (only drawn for that split), as members, their spouses and caregivers, and agents on a
    credit union's card services and fraud line say them: a one-time-code number checked by its last four, a "one"
    long-distance prefix, the last four said as two pairs, a scammer's or a friend's number given for a Zelle
    payment, a caregiver's own number, a ten-digit run written without spaces and repeated slowly, one digit of a
    read-back wrong; a lost card known only by its last four with the agent listing the cards on file, a new card
    read for activation with "and" between groups, a worn card the caller re-reads, a card number written as one
    run; short member numbers, the agent reading the routing number (not PII) and the member's account number for
    direct deposit, an outside bank's routing and account numbers for an ACH link, dispute case numbers that start
    like a year, a joint account by its last four, loan numbers with a suffix; the social's last four repeated by
    the agent, a caregiver reading a social off the card, a joint owner's social read back with a group wrong;
    e-mails at older providers ("juno", "sbcglobal"), "at sign", digits after a pause, a Zelle recipient's address;
    a spouse or caregiver calling with the member on the line, the name as printed on the card, spelling with "for"
    ("B for boy"), the name of the person a Zelle payment went to, the agent's name beside the credit union's (named
    after its founder); replacement cards to another address, directional and ordinal streets, state routes, zip+4,
    holiday birthdays ("Christmas Eve, nineteen fifty one"), and card-line numbers that are not PII (amounts,
    limits, fees, rates, reason codes, the credit union's routing and phone numbers, travel dates and places)."""

    FOR = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "easy", "F": "frank", "G": "george", "H": "harry",
           "J": "jim", "K": "king", "L": "lincoln", "M": "mary", "N": "nora", "P": "paul", "R": "ray", "S": "sam",
           "T": "tom", "V": "victory", "W": "walter", "Z": "zoo"}
    STREETS = ["Persimmon", "Tamarack", "Blue Heron", "Cottonwood", "Redbud", "Stonegate", "Wren", "Palmetto",
               "Meadowlark", "Ironwood", "Saddle Ridge", "Creekside", "Osage", "Bluebonnet"]
    CITIES = ["Columbus", "Beaumont", "Joplin", "Sioux Falls", "Macon", "Fort Wayne", "Pueblo", "Spokane",
              "Roanoke", "Wichita", "Lubbock", "Savannah", "Florence", "Charlotte"]
    DOMAINS = ["juno dot com", "sbcglobal dot net", "comcast dot net", "att dot net", "earthlink dot net",
               "charter dot net", "msn dot com", "aol dot com", "gmail dot com", "yahoo dot com", "hotmail dot com",
               "icloud dot com"]
    PLACES = ["Cancun", "Lisbon", "Florence", "Jamaica", "Victoria", "Sydney", "Adelaide", "Savannah", "Charlotte",
              "Orlando", "Toronto", "Dublin", "Costa Rica", "Manila", "Guadalajara", "Jackson Hole"]
    ROUTING = "261073960"  # the credit union's own routing number: printed on every check, not PII
    HOLIDAYS = {(12, 24): "Christmas Eve", (12, 25): "Christmas Day", (7, 4): "the Fourth of July",
                (1, 1): "New Year's Day", (2, 14): "Valentine's Day", (10, 31): "Halloween",
                (3, 17): "Saint Patrick's Day"}

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group said digit by digit ("oh", "double"), in pairs, or as digits, the way this caller says it."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    @staticmethod
    def aba(prefix: str) -> str:
        """Eight digits completed to a routing number with a valid ABA check digit."""
        d = [int(c) for c in prefix]
        total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
        return prefix + str(-total % 10)

    def words(self, g: str) -> str:
        """Digit by digit, zeros as "zero" or "oh", no doubles (as an agent reads a number off the screen)."""
        return " ".join(digit_word(c, self.r) for c in g)

    def local(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.local()
        mode = r.choice(["code-on-file", "one-prefix", "pairs-last", "zelle", "caregiver", "run", "one-digit"])
        if mode == "code-on-file":  # a one-time code goes to the number on file; the member has a new one
            b.say("agent", r.choice(["I'm going to text a one-time code to the number ending in ",
                                     "For verification I can send a code to the phone ending "]),
                  ("pii", "phone", self.say(g[2])), r.choice([", do you have that phone with you?", ". Is that your cell?"]))
            new = self.local()
            b.say("customer", r.choice(["No, that's the house phone, we got rid of it. My cell is ",
                                        "Oh, that's my old number. Can you send it to "]),
                  ("pii", "phone", ", ".join(self.say(x) for x in new)), r.choice([".", " instead?"]))
            b.say("agent", r.choice(["Okay, I've updated it to ", "Alright, sending it to "]),
                  ("pii", "phone", f"{new[0]}-{new[1]}-{new[2]}" if r.random() < 0.5 else
                   f"({new[0]}) {new[1]}-{new[2]}"), ".")
            return
        if mode == "zelle":  # the number a payment went to: somebody else's phone
            b.say("customer", r.choice(["I sent four hundred on ", "I paid him through "]), ("keep", "app", "Zelle"),
                  r.choice([" to the number he gave me, ", " to this number, "]),
                  ("pii", "phone", " ".join(self.say(x) for x in g)), r.choice([", and now he won't answer.", "."]))
            b.say("agent", r.choice(["Let me make sure I have the recipient right. ", "Okay. "]),
                  ("pii", "phone", self.words(g[0])), ", ", ("pii", "phone", self.words(g[1])), ", ",
                  ("pii", "phone", self.words(g[2])), "?")
            b.say("customer", r.choice(["Yes.", "That's the one.", "Yeah, that's him."]))
            return
        if mode == "caregiver":  # the caregiver leaves her own number, not the member's
            b.say("customer", r.choice(["She doesn't hear the phone very well, so if you need anything call me, I'm "
                                        "her caregiver. My cell is ", "Better to call me, I'm her daughter. It's "]),
                  ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])), ", ",
                  ("pii", "phone", self.say(g[2])), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "one-prefix":  # "one" first, as people who dial long distance say it
            b.say("customer", self.pre(), ("pii", "phone", "one, " + ", ".join(self.say(x) for x in g)), ".")
        elif mode == "pairs-last":  # the last four as two pairs, with a pause between
            b.say("customer", self.pre(), ("pii", "phone", f"{self.words(g[0])}, {self.words(g[1])}, "
                                                        f"{say_group(g[2][:2], r, 'pairs')}... "
                                                        f"{say_group(g[2][2:], r, 'pairs')}"), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"), "?")
                b.say("customer", r.choice(["Mm-hmm.", "Yes."]))
        elif mode == "run":  # rattled off, written as one run, then repeated slowly group by group
            b.say("customer", r.choice(["Yeah, ", "It's ", ""]), ("pii", "phone", "".join(g)), ".")
            b.say("agent", r.choice(["I'm sorry, could you say that a little slower?", "Sorry, one more time, slowly?"]))
            for k, x in enumerate(g):
                b.say("customer", r.choice(["Sure. ", "Okay, "]) if k == 0 else "", ("pii", "phone", self.words(x)),
                      "..." if k < 2 else ".")
                if k < 2:
                    b.say("agent", r.choice(["Mm-hmm.", "Okay.", "Uh-huh."]))
        else:  # the agent reads back one digit wrong; the caller corrects the last pair only
            b.say("customer", self.pre(), ("pii", "phone", " ".join(self.words(x) for x in g)), ".")
            wrong = g[2][:3] + str((int(g[2][3]) + r.randint(1, 8)) % 10)
            b.say("agent", "Okay, ", ("pii", "phone", f"{self.words(g[0])}, {self.words(g[1])}, {self.words(wrong)}"),
                  "?")
            b.say("customer", r.choice(["No, it ends in ", "Almost, the end is "]),
                  ("pii", "phone", say_group(g[2][2:], r, "pairs")), ", not ",
                  ("pii", "phone", say_group(wrong[2:], r, "pairs")), ".")
            b.say("agent", r.choice(["Oh, sorry about that. Fixed.", "Got it, thank you."]))

    def card(self, b: Builder) -> None:
        r = self.r
        d = luhn_complete(r.choice(["4147", "4216", "5149", "5313"]) + rand_digits(r, 11, False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        mode = r.choice(["lost-last-four", "activate", "worn", "run", "readback-wrong", "two-cards"])
        if mode == "lost-last-four":  # the card is gone: the member knows only how it ended
            b.say("customer", r.choice(["I don't have the card, that's the whole problem. I think it ends in ",
                                        "My wallet got stolen. The debit card ends with "]),
                  ("pii", "card", self.say(gs[3])), r.choice([".", ", if I remember right."]))
            other = rand_digits(r, 4, False)
            b.say("agent", "I see a debit card ending in ", ("pii", "card", self.words(gs[3])),
                  " and a credit card ending in ", ("pii", "card", self.words(other)), ". Were both in the wallet?")
            b.say("customer", r.choice(["Just the debit. The credit card's at home.", "Both of them, yes."]))
            return
        if mode == "two-cards":  # joint members each have a card on the same account
            b.say("agent", r.choice(["There are two cards on this account, yours ending in ",
                                     "I have two cards here, one ending in "]),
                  ("pii", "card", self.say(gs[3])), " and your husband's ending in ",
                  ("pii", "card", self.say(rand_digits(r, 4, False))), ". Which one is it?")
            b.say("customer", r.choice(["His. He left it at the restaurant.", "Mine, I think. Let me check."]))
            return
        self.sc.ask(b, "card")
        if mode == "activate":  # read off the new card, "and" between groups
            b.say("customer", r.choice(["Okay, the new one. ", self.pre()]),
                  ("pii", "card", " and ".join(self.say(g) for g in gs)), ".")
            b.say("agent", r.choice(["And the expiration date on it?", "Thank you. What's the expiration?"]))
            b.say("customer", r.choice(["Oh eight, thirty.", "It says eleven twenty nine.", "Two thirty one."]))
            if r.random() < 0.6:
                b.say("agent", "Okay, the card ending in ", ("pii", "card", self.say(gs[3])), " is active. "
                      "You can start using it right away.")
        elif mode == "worn":  # the digits are worn off, the caller re-reads a group
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])}, {self.say(gs[1])}"),
                  r.choice([", then... hang on, the numbers are rubbed off on this one.",
                            "... I can hardly read this, let me get my glasses."]))
            b.say("agent", r.choice(["Take your time.", "No rush at all."]))
            b.say("customer", r.choice(["Okay. The third part is ", "Alright, then "]), ("pii", "card", self.say(gs[2])),
                  r.choice([", and the last is ", ", then "]), ("pii", "card", self.say(gs[3])), ".")
        elif mode == "run":  # the whole number as one written run
            b.say("customer", self.pre(), ("pii", "card", d if r.random() < 0.5 else " ".join(gs)), ".")
        else:  # the agent repeats the third group wrong, the caller fixes it
            b.say("customer", self.pre(), ("pii", "card", ", ".join(self.say(g) for g in gs)), ".")
            wrong = gs[2][:2] + str((int(gs[2][2]) + r.randint(1, 8)) % 10) + gs[2][3]
            b.say("agent", "I have ", ("pii", "card", f"{gs[0]} {gs[1]} {wrong} {gs[3]}"), ", is that right?")
            b.say("customer", r.choice(["No, the third group is ", "Not quite, it's "]), ("pii", "card", self.words(gs[2])),
                  ".")
            b.say("agent", r.choice(["Thanks, corrected.", "Okay, got it now."]))

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["member", "member", "direct-deposit", "ach", "dispute", "joint", "loan"])
        if mode == "direct-deposit":  # the routing number is the credit union's, the account number the member's
            b.say("customer", r.choice(["I need the numbers for my direct deposit form at work.",
                                        "My new job wants the routing and account number."]))
            acct = rand_digits(r, 10)
            rout = self.say(self.ROUTING) if r.random() < 0.5 else self.words(self.ROUTING)
            b.say("agent", f"Sure. Our routing number is {rout}, and your checking account number is ",
                  ("pii", "account", self.say(acct[:4]) + " " + self.say(acct[4:])), ".")
            if r.random() < 0.6:
                b.say("customer", f"Okay, so routing {self.ROUTING}, and the account is ", ("pii", "account", acct),
                      "?")
                b.say("agent", r.choice(["That's correct.", "Yes, that's it."]))
            return
        if mode == "ach":  # linking an outside bank: its routing number is public, the member's account there is not
            bank = r.choice(["Chase", "Wells Fargo", "Bank of America", "Truist", "Regions", "Huntington"])
            rout = self.aba(r.choice("0123") + rand_digits(r, 7, False))
            acct = rand_digits(r, r.choice([9, 10, 12]))
            b.say("customer", "I want to pull money over from my ", ("keep", "bank", bank),
                  f" account. The routing number is {self.say(rout)}, and my account number there is ",
                  ("pii", "account", self.say(acct)), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, the account ending in ", ("pii", "account", self.say(acct[-4:])),
                      ". You'll see two small deposits in a day or two to confirm it.")
            return
        if mode == "joint":
            b.say("agent", r.choice(["Which account is this about, the checking or the joint savings?",
                                     "I see a few accounts. Which one?"]))
            b.say("customer", r.choice(["The joint one with my wife, it ends in ", "The one my son and I share, ending "]),
                  ("pii", "account", self.say(rand_digits(r, 4, False))), ".")
            return
        if mode == "dispute":  # "D R" and a number that starts like a year
            b.say("agent", r.choice(["Do you have the dispute case number from the letter we sent?",
                                     "Is there a case number on the letter?"]))
            seq = rand_digits(r, 4, False)
            b.say("customer", self.pre(), ("pii", "account", r.choice(["D R, ", "D R dash ", "DR "]) +
                                           r.choice(["two oh two six", "twenty twenty six", "2026"]) + ", " +
                                           self.say(seq)), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, ", ("pii", "account", f"DR-2026-{seq}"), ", I found it.")
            return
        if mode == "loan":
            b.say("agent", "And the loan number? It's the member number with the loan suffix.")
            m = rand_digits(r, r.randint(5, 7))
            b.say("customer", self.pre(), ("pii", "account", f"{self.say(m)} dash {r.choice(['seventy', 'L seventy one', 'eighty two', 'oh nine'])}"),
                  ".")
            return
        if r.random() < 0.6:
            self.sc.ask(b, "account")
        else:
            b.say("agent", r.choice(["Do you have your member number handy?", "And your member number?"]))
        m = rand_digits(r, r.randint(5, 7))  # credit union member numbers are often short
        if r.random() < 0.4:
            b.say("customer", r.choice(["It's a short one, ", "Oh, I've had it forever, it's "]),
                  ("pii", "account", self.say(m)), ".")
        else:
            b.say("customer", self.pre(), ("pii", "account", self.say(m[:3])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(m[3:])), ".")
        if r.random() < 0.5:
            b.say("agent", r.choice(["Member ", "So that's "]), ("pii", "account", m), r.choice(["?", ", okay."]))

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        mode = r.choice(["last-four", "last-four", "caregiver", "joint-wrong", "hesitant"])
        if mode == "caregiver":  # reading the member's card out of a purse
            b.say("agent", "I'll need the member's social to verify. Does she have it handy?")
            b.say("customer", r.choice(["Hold on, I keep her card in my purse. Okay, here it is. ",
                                        "One second, she's handing it to me. "]),
                  ("pii", "ssn", self.say(d[:3])), ", ", ("pii", "ssn", self.say(d[3:5])), ", ",
                  ("pii", "ssn", self.say(d[5:])), ".")
            return
        if mode == "joint-wrong":  # a joint owner's full number, read back with the middle group wrong
            b.say("agent", Q_HELDOUT10["ssn"][2])
            b.say("customer", self.pre(), ("pii", "ssn", " ".join(self.say(x) for x in (d[:3], d[3:5], d[5:]))), ".")
            wrong = d[3] + str((int(d[4]) + r.randint(1, 8)) % 10)
            b.say("agent", "I have ", ("pii", "ssn", f"{d[:3]}-{wrong}-{d[5:]}"), "?")
            b.say("customer", r.choice(["No, the middle is ", "The middle two are "]), ("pii", "ssn", self.words(d[3:5])),
                  ".")
            return
        b.say("agent", r.choice(Q_HELDOUT10["ssn"][:2]))
        if mode == "hesitant":
            b.say("customer", r.choice(["Is this line recorded? I never give that out over the phone.",
                                        "How do I know you're really the credit union?"]))
            b.say("agent", r.choice(["You called us, so you're fine. We only ever ask for the last four.",
                                     "That's a good question. You called our published number, and I only need the "
                                     "last four."]))
            b.say("customer", r.choice(["Okay. It's ", "Alright, "]), ("pii", "ssn", self.say(d[5:])), ".")
            return
        b.say("customer", r.choice(["It's ", "Last four, ", "Um, "]), ("pii", "ssn", self.say(d[5:])), ".")
        if r.random() < 0.5:
            b.say("agent", ("pii", "ssn", self.words(d[5:])), r.choice([", thank you.", ", that matches."]))

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower())
        mode = r.choice(["older", "at-sign", "pause-digits", "zelle", "spelled-readback"])
        if mode == "zelle":  # the address a payment went to, not the member's
            b.say("customer", r.choice(["I sent it by ", "It went out on "]), ("keep", "app", "Zelle"),
                  " to the email they gave me, ",
                  ("pii", "email", f"{first} {last} {self.say(rand_digits(r, 3))} at gmail dot com"), ".")
            return
        self.sc.ask(b, "email")
        dom = r.choice(self.DOMAINS)
        if mode == "older":
            b.say("customer", r.choice(["My grandson set it up. It's ", self.pre()]),
                  ("pii", "email", f"{first}{last[0]} {pair_words(rand_digits(r, 2), r)} at {dom}"), ".")
        elif mode == "at-sign":
            b.say("customer", self.pre(), ("pii", "email", f"{first} {last}, at sign, {dom}"),
                  r.choice([".", ", all one word."]))
        elif mode == "pause-digits":  # the name, a pause, then the numbers that are part of it
            b.say("customer", self.pre(), ("pii", "email", f"{first} dot {last}"), r.choice([", and then the numbers ",
                                                                                         ", then "]),
                  ("pii", "email", f"{self.words(rand_digits(r, 4))} at {dom}"), ".")
        else:  # spelled, read back written; the agent gets the domain wrong and the caller fixes only that
            local = first[:1] + last
            b.say("customer", self.pre(), ("pii", "email", " ".join(local) + " at " + dom), ".")
            wrong = "gmail" if not dom.startswith("gmail") else "hotmail"
            b.say("agent", "So ", ("pii", "email", f"{local}@{wrong}.com"), "?")
            b.say("customer", r.choice(["No, not ", "No, it's not "]), wrong,
                  r.choice([". It's ", ", it's "]), dom.split(" dot ")[0], ".")
            b.say("agent", r.choice(["Sorry, fixed.", "Okay, I've corrected that."]))

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["spouse", "caregiver", "on-card", "spell-for", "zelle-payee", "agent-intro", "estate"])
        if mode == "spouse":  # a joint owner calls about the other's card
            f2, l2 = self.sc.name()
            b.say("customer", r.choice(["Hi, I'm calling about my husband's card, it's ",
                                        "Yes, hi, this is about my wife's debit card, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([". I'm on the account too, I'm ",
                                                                  ". We're joint, my name's "]),
                  ("pii", "person", f"{f2} {last}" if r.random() < 0.6 else f"{f2} {l2}"), ".")
            b.say("agent", r.choice(["Okay, let me confirm you're listed as a joint owner.",
                                     "Thank you. I'll just need to verify you first."]))
        elif mode == "caregiver":  # the caregiver speaks, then the member gives permission on the line
            cf, cl = self.sc.name()
            b.say("customer", r.choice(["I'm calling for my mother, she's right here. I'm her caregiver, ",
                                        "Hi, I help my neighbor with her banking. My name is "]),
                  ("pii", "person", f"{cf} {cl}"), ".")
            b.say("agent", "Okay. I'll need to speak with the member for a moment to get her permission.")
            b.say("customer", r.choice(["Hello? Yes, this is ", "Yes, hello, I'm "]), ("pii", "person", f"{first} {last}"),
                  r.choice([". You can talk to her.", ", it's fine, she helps me with everything."]))
        elif mode == "on-card":  # an initial and the surname, as embossed
            b.say("agent", r.choice([Q_HELDOUT10["person"][3], "And how does the name read on the front of the card?"]))
            b.say("customer", r.choice(["It just says ", "It's ", self.pre()]),
                  ("pii", "person", f"{first[0]}. {last}" if r.random() < 0.5 else f"{first} {r.choice('ABCDEJKLMRST')} {last}"),
                  ".")
        elif mode == "spell-for":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            parts: list = []
            for k, c in enumerate(letters):
                said = f"{c} for {self.FOR[c]}" if c in self.FOR and r.random() < 0.4 else c
                parts += [("pii", "person", said), ", " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)
        elif mode == "zelle-payee":
            b.say("customer", r.choice(["The name that came up was ", "It was going to somebody named "]),
                  ("pii", "person", f"{first} {last}"),
                  r.choice([", and I don't know anybody by that name.", ". He said he was from your fraud department."]))
        elif mode == "agent-intro":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", "Pemberton Federal Credit Union"),
                  r.choice([" card services, this is ", ", my name is "]), ("pii", "person", first),
                  r.choice([". Can I have your name?", ". How can I help?"]))
            if r.random() < 0.5:
                f2, l2 = self.sc.name()
                b.say("customer", r.choice(["Hi ", "Yes, hi "]), ("pii", "person", first), ", this is ",
                      ("pii", "person", f"{f2} {l2}"), ".")
        else:  # an estate: the member has died and the card is still charged
            b.say("customer", r.choice(["My father passed away last month, ", "My aunt died in March, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([", and there are still charges on his card.",
                                                                  ". I'm the executor."]))

    def address(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["other-address", "directional", "state-route", "zip-four", "apartment", "temporary"])
        num = rand_digits(r, r.randint(3, 5))
        street = f"{self.say(num)} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        zip5 = rand_digits(r, 5, False)
        if mode == "other-address":  # the replacement card goes somewhere else
            b.say("customer", r.choice(["Can you send the new card to my daughter's instead? It's ",
                                        "I'm staying with my son for now, so send it to "]),
                  ("pii", "address", street), f", {r.choice(self.CITIES)}, ", ("pii", "address", self.say(zip5)), ".")
            return
        if mode == "temporary":
            place = r.choice(self.PLACES)
            b.say("customer", f"I'll be in {place} until the twentieth. If anything comes in the mail, my address "
                              "there is ", ("pii", "address", street), ".")
            return
        self.sc.ask(b, "address")
        if mode == "directional":  # "north east forty fifth street"
            n = r.randint(2, 99)
            ordinal = ORDINALS[n - 1] if n <= 28 else f"{TENS[n // 10]} {ORDINALS[n % 10 - 1]}" if n % 10 else \
                TENS[n // 10][:-1] + "ieth"
            b.say("customer", self.pre(), ("pii", "address", f"{self.say(num)} {r.choice(['north east', 'southwest', 'North', 'West'])} "
                                                          f"{ordinal} {r.choice(['Street', 'Avenue', 'Terrace'])}"), ".")
        elif mode == "state-route":
            b.say("customer", self.pre(), ("pii", "address", f"{self.say(num)} {r.choice(['State Route', 'Highway', 'County Road'])} "
                                                          f"{self.say(str(r.randint(2, 299)))}"), ".")
        elif mode == "zip-four":
            b.say("agent", "And the billing zip code for the card?")
            b.say("customer", self.pre(), ("pii", "address", f"{self.say(zip5)} dash {self.say(rand_digits(r, 4))}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "address", f"{street}, apartment {r.randint(1, 30)}"
                                                          f"{r.choice(['', ' B', ' C as in cat', ' D'])}"), ".")
            b.say("agent", r.choice(["And the zip?", "Zip code?"]))
            b.say("customer", ("pii", "address", self.say(zip5)), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.choice([r.randint(1931, 1955), r.randint(1956, 2004)])
        mode = r.choice(["holiday", "spoken", "slashes", "numbers", "caregiver", "readback"])
        yw = year_words(y) if y < 2000 else f"two thousand {UNITS[y - 2000]}" if y > 2000 else "two thousand"
        if mode == "holiday":
            (m, day), hol = r.choice(sorted(self.HOLIDAYS.items()))
            said = f"{hol}, {yw}"
        elif mode in ("spoken", "readback"):
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"
        elif mode == "slashes":
            said = f"{m:02d}/{day:02d}/{y}"
        elif mode == "numbers":  # "six, twelve, sixty one" or "oh six, twelve, sixty one"
            said = f"{r.choice([UNITS[m], 'oh ' + UNITS[m]]) if m < 10 else TEENS[m - 10]}, " \
                   f"{pair_words(f'{day:02d}', r) if day > 9 else UNITS[day]}, {pair_words(str(y)[2:], r)}"
        else:
            said = f"{MONTHS[m - 1]} {pair_words(f'{day:02d}', r) if day > 9 else UNITS[day]}, {yw}"
        if mode == "caregiver":  # the member a caregiver calls for is elderly
            y = r.randint(1929, 1948)
            said = f"{MONTHS[m - 1]} {pair_words(f'{day:02d}', r) if day > 9 else UNITS[day]}, {year_words(y)}"
            b.say("agent", "And her date of birth?")
            b.say("customer", r.choice(["Mom, what's your... she says ", "Her birthday is "]), ("pii", "dob", said), ".")
            return
        self.sc.ask(b, "dob")
        b.say("customer", self.pre(), ("pii", "dob", said), ".")
        if mode == "readback":
            b.say("agent", "So ", ("pii", "dob", f"{m}/{day}/{str(y)[2:]}"), "?")
            b.say("customer", r.choice(["That's right.", "Yes."]))

    def distractor(self, b: Builder) -> None:  # numbers a card line has that are not PII
        r = self.r
        place, place2 = r.sample(self.PLACES, 2)
        routing = " ".join(UNITS[int(c)] for c in self.ROUTING)
        speaker, line = r.choice([
            ("customer", "The charge is for three hundred twelve dollars and eighteen cents."),
            ("customer", "It says pending, ninety nine ninety nine."),
            ("customer", "I only used it once, at the gas pump, for forty dollars."),
            ("agent", "The daily ATM limit is five hundred, and purchases are twenty five hundred."),
            ("customer", "There's a twenty nine dollar overdraft fee on there."),
            ("agent", "The provisional credit usually posts within ten business days."),
            ("agent", "The new card should get there in seven to ten business days."),
            ("customer", "It was two charges, one for a dollar and then one for eight hundred and forty nine."),
            ("agent", "The rate on that card is seventeen point nine nine percent."),
            ("customer", "The ATM kept my card at about nine fifteen last night."),
            ("agent", "I'm filing it under reason code ten point four, card not present fraud."),
            ("agent", f"If you need it for the form, our routing number is {routing}."),
            ("agent", "After hours you can call the lost card line at one eight hundred, five five five, oh one four two."),
            ("customer", f"We fly to {place} on the twelfth and come back on the twenty sixth."),
            ("customer", f"I'll be in {place} the first week and then {place2} until March ninth."),
            ("agent", "The charge posted on November second, twenty twenty six."),
            ("customer", "I'd like to raise the limit to three thousand for the trip."),
            ("customer", "The last good charge was the one for sixty two fifty on the fourth."),
            ("agent", "The temporary pin is good for forty eight hours.")])
        b.say(speaker, line)


class Heldout12:
    """Held-out 12's readings (only drawn for that split), as shoppers and agents on an online retailer's customer
    care line say them: the order looked up by the phone number on it, the area code then a pause, a number broken
    off when the doorbell rings and finished later, a delivery-text number that belongs to a neighbour, a work number
    and a cell in one turn, a read-back with the middle group wrong; the loyalty number that "is just my phone
    number"; the card a refund goes back to, known by its last four from a list the agent reads, a card read group
    by group with a digit corrected, Amex 4-6-5, gift cards (sixteen or nineteen digits, the PIN under the scratch-off:
    the PIN labelled ``account`` as an access credential), a debit card paying the store card; order numbers "M F"
    and eight digits (letters as NATO words or "as in"), read back written, two orders in one call, return
    authorisations "R M A", store-card account numbers over two turns with the last four read back; the social for a
    store-card application, over two turns, the last four for verification, a caller hesitant about it; log-in
    e-mails changed from an old address to a new one (both PII), underscores, dots and digits, a written read-back
    with a dot where the caller said an underscore, a family domain; gift recipients and the name the order is under,
    a neighbour who signed for the package, "Mc" and "O'" surnames spelled with "capital", names spelled with NATO
    words, the cardholder being a spouse; shipping addresses with apartments, suites, "unit", "number" and building
    letters, an office address with a floor, billing and shipping addresses that differ, the zip read back; dates of
    birth year first, with ordinals written as digits ("April 19th"), "the nineteenth of April", read back written;
    and numbers and words a retail call has that are not PII (prices, totals, promo codes, SKUs and item numbers,
    sizes, quantities, delivery windows, return-window days, percentages, the store's own toll-free number, a
    warehouse's zip, store locations)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "charlie", "D": "david", "E": "elephant", "F": "frank", "G": "golf",
             "H": "henry", "J": "john", "K": "kite", "L": "lemon", "M": "mary", "N": "nancy", "P": "peter",
             "R": "robert", "S": "sugar", "T": "tom", "V": "victor", "W": "water", "X": "x-ray", "Y": "yellow",
             "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee",
            "Z": "Zulu"}
    MC_NAMES = ["McAllister", "MacDonald", "O'Rourke", "McKenna", "O'Sullivan", "MacLeod", "McGowan", "O'Hara",
                "McCaffrey", "MacKinnon"]
    STREETS = ["Juniper", "Hawthorne", "Sycamore", "Birchwood", "Quail Run", "Ridgecrest", "Foxglove", "Ellsworth",
               "Marigold", "Summerset", "Old Mill", "Laurel Canyon", "Brookhaven", "Pinecrest"]
    CITIES = [("Overland Park", "Kansas"), ("Fort Collins", "Colorado"), ("Henderson", "Nevada"),
              ("Chandler", "Arizona"), ("Cary", "North Carolina"), ("Frisco", "Texas"), ("Boise", "Idaho"),
              ("Murfreesboro", "Tennessee"), ("Naperville", "Illinois"), ("Bellevue", "Washington"),
              ("Lakewood", "Ohio"), ("Alpharetta", "Georgia")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "outlook dot com", "hotmail dot com", "icloud dot com",
               "protonmail dot com", "aol dot com", "live dot com", "me dot com", "cox dot net"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group digit by digit ("oh" or "zero", "double", "triple"), in pairs, "hundred", or written as digits."""
        r = self.r
        if len(g) == 3 and g[0] != "0" and g[1:] == "00" and r.random() < 0.7:
            return UNITS[int(g[0])] + " hundred"
        style = r.choice(["words", "words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, no doubles, as an agent reads off the screen."""
        return " ".join(UNITS[int(c)] for c in g)

    def number(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def letter(self, c: str) -> str:
        r = self.r
        x = r.random()
        return self.NATO[c] if x < 0.3 else f"{c} as in {self.AS_IN[c]}" if x < 0.5 else c

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.number()
        mode = r.choice(["lookup", "area-code", "doorbell", "neighbor", "work-and-cell", "wrong-middle", "perks"])
        if mode == "perks":  # the loyalty number is the phone number: said as a phone number, labelled phone
            b.say("agent", "Do you have your ", ("keep", "lexicon", "Finch Perks"), " number?")
            b.say("customer", r.choice(["I think it's just my phone number, ", "It's my cell, "]),
                  ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            if r.random() < 0.5:
                b.say("agent", "Yep, I found it under ", ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"),
                      *r.choice([[", you've got eleven dollars in ", ("keep", "lexicon", "Perks Cash"), "."], ["."]]))
            return
        if mode == "neighbor":  # a neighbour's phone for the delivery, given unasked
            f, l = self.sc.name()
            b.say("customer", r.choice(["If the driver can't get in, have them text my neighbor, ",
                                        "I won't be home Thursday, so put my neighbor down, "]),
                  ("pii", "person", f"{f} {l}" if r.random() < 0.5 else f), ", her number is ",
                  ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
            b.say("agent", r.choice(["Okay, I've added that to the delivery notes.", "Got it, I'll put that on the order."]))
            return
        self.sc.ask(b, "phone")
        if mode == "lookup":  # written as digits with dashes, or words
            b.say("customer", self.pre(), ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}" if r.random() < 0.3 else
                                           " ".join(self.say(x) for x in g)),
                  r.choice([". It might be under my husband's name though.", ".", ", that's my cell."]))
            b.say("agent", r.choice(["Okay, I see two orders on that number.", "Found it, the one from last week?"]))
        elif mode == "area-code":  # the area code, a pause, then the rest
            b.say("customer", r.choice(["Area code ", "Okay, area code is "]), ("pii", "phone", self.say(g[0])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "phone", f"{self.say(g[1])}, {self.say(g[2])}"), ".")
        elif mode == "doorbell":  # the doorbell rings (a package!) half way through
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... oh, hang on, that's the doorbell, maybe it's the package.",
                            "... sorry, one second, the delivery guy is here."]))
            b.say("agent", r.choice(["Sure, I'll wait.", "No problem, go ahead."]))
            b.say("customer", r.choice(["Okay, it was just a flyer. The rest is ", "Sorry about that. Then "]),
                  ("pii", "phone", self.say(g[2])), ".")
            b.say("agent", r.choice(["So that's ", "Okay, I have "]),
                  ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}" if r.random() < 0.5 else
                   ", ".join(self.words(x) for x in g)), "?")
            b.say("customer", r.choice(["Yes.", "Yep."]))
        elif mode == "work-and-cell":  # two numbers in one turn
            g2 = self.number()
            b.say("customer", r.choice(["The one on the order is my work number, ", "You might have my office, "]),
                  ("pii", "phone", " ".join(self.say(x) for x in g2)),
                  r.choice([", but text my cell, ", ". The cell is better, that's "]),
                  ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
        else:  # the agent reads it back with the middle group wrong; the caller corrects that group
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            k = r.randint(0, 2)
            wrong = g[1][:k] + str((int(g[1][k]) + r.randint(1, 8)) % 10) + g[1][k + 1:]
            b.say("agent", "Let me read that back, ", ("pii", "phone", f"{g[0]} {wrong} {g[2]}"), "?")
            b.say("customer", r.choice(["No, the middle is ", "Not quite, it's "]), ("pii", "phone", self.words(g[1])),
                  r.choice([", not ", ". You said "]), ("pii", "phone", self.words(wrong)), ".")
            b.say("agent", r.choice(["Sorry about that, corrected.", "Got it, thank you."]))

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["refund-last-four", "groups-fix", "amex", "gift", "gift", "pay-store-card", "one-run"])
        d = luhn_complete(luhn_complete(r.choice(["4", "4", "51", "55", "2720", "6011"]) +
                                        rand_digits(r, 14, False))[:15])
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "refund-last-four":  # the refund goes back to the card it was paid with
            other = rand_digits(r, 4, False)
            b.say("agent", r.choice(["I see two cards on the order, a Visa ending in ", "There's a card ending in "]),
                  ("pii", "card", self.say(gs[3])), " and a Mastercard ending in ", ("pii", "card", self.say(other)),
                  ". Which one is the refund going to?")
            b.say("customer", r.choice(["The first one, ", "It should be the one ending "]),
                  ("pii", "card", self.words(gs[3])), r.choice([". The other one's expired.", "."]))
            return
        if mode == "gift":  # gift card: sixteen or nineteen digits, then the PIN under the scratch-off
            n = r.choice([16, 19])
            gc = "6" + rand_digits(r, n - 1, False)
            groups = [gc[i:i + 4] for i in range(0, n, 4)]
            b.say("agent", r.choice(["Okay, go ahead with the gift card number, it's the long one on the back.",
                                     "Sure, I can check the balance. What's the number on the gift card?"]))
            half = len(groups) // 2
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in groups[:half])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", " ".join(self.say(x) for x in groups[half:])), ".")
            b.say("agent", r.choice(["And the PIN? You'll have to scratch off the silver strip.",
                                     "And the PIN under the scratch-off?"]))
            pin = rand_digits(r, r.choice([4, 8]), False)
            b.say("customer", r.choice(["Hold on, I need a coin. Okay, ", "It's ", "I think it's "]),
                  ("pii", "account", self.say(pin) if len(pin) == 4 else f"{self.say(pin[:4])}, {self.say(pin[4:])}"),
                  ".")
            b.say("agent", r.choice(["Thanks. There's thirty two fifty left on it.",
                                     "That card has a balance of seventy five dollars.",
                                     "Okay, that one has zero balance, it was used on March third."]))
            return
        if mode == "pay-store-card":  # paying the store card bill with a debit card
            b.say("customer", *r.choice([["I want to make a payment on my store card with my debit card."],
                                         ["I need to pay the ", ("keep", "lexicon", "Marlowe Card"),
                                          ", the minimum is due Friday."]]))
            self.sc.ask(b, "card")
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), ", ",
                  ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"), ".")
            b.say("agent", "Okay, a payment of thirty five dollars from the card ending in ",
                  ("pii", "card", gs[3]), ", is that right?")
            b.say("customer", r.choice(["Yes.", "Make it fifty, actually."]))
            return
        self.sc.ask(b, "card")
        if mode == "amex":
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            a = [d[:4], d[4:10], d[10:]]
            b.say("customer", r.choice(["It's the Amex, ", self.pre()]), ("pii", "card", self.say(a[0])), ", ",
                  ("pii", "card", f"{self.say(a[1][:3])} {self.say(a[1][3:])}"), ", ", ("pii", "card", self.say(a[2])),
                  ".")
            if r.random() < 0.6:
                b.say("agent", "Let me read that back: ", ("pii", "card", " ".join(a)), ".")
                b.say("customer", "That's right.")
        elif mode == "groups-fix":  # group by group; the caller fixes one digit of the third group
            for k, grp in enumerate(gs):
                if k == 2:
                    bad = grp[:3] + str((int(grp[3]) + r.randint(1, 8)) % 10)
                    b.say("customer", ("pii", "card", self.words(bad)), r.choice(["... no, sorry, ", "... wait, no, "]),
                          ("pii", "card", self.words(grp)), ".")
                else:
                    b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Okay, "]),
                          ("pii", "card", self.say(grp)), r.choice([".", "..."]))
                if k < 3:
                    b.say("agent", r.choice(self.sc.acks))
        else:  # read off in one go
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
        b.say("agent", r.choice(["And the expiration?", "Expiration date?"]))
        b.say("customer", r.choice(["Ten twenty eight.", "Oh four, twenty seven.", "It says six, thirty."]))

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["order", "order", "order-nato", "two-orders", "rma", "store-card", "perks"])
        if mode in ("order", "order-nato", "two-orders"):
            d = "2" + rand_digits(r, 7, False)
            if mode != "two-orders":
                b.say("agent", r.choice(["Do you have the order number? It starts with the letters M F.",
                                         Q_HELDOUT12["account"][1]]))
            else:
                b.say("customer", "I actually have two orders, one came and one didn't.")
                b.say("agent", "Okay, can you give me both order numbers?")
            if mode == "order-nato":
                b.say("customer", self.pre(), ("pii", "account", f"{self.letter('M')} {self.letter('F')}"), ", ",
                      ("pii", "account", f"{self.say(d[:4])}, {self.say(d[4:])}"), ".")
            else:
                b.say("customer", self.pre(), ("pii", "account", r.choice(["M F ", "MF", "M F dash "]) +
                                               (self.say(d) if r.random() < 0.5 else f"{self.say(d[:4])} {self.say(d[4:])}")),
                      ".")
            if mode == "two-orders":
                d2 = "2" + rand_digits(r, 7, False)
                b.say("customer", r.choice(["And the other one is ", "The second one, "]),
                      ("pii", "account", f"M F {self.say(d2)}"), r.choice([", that's the one that never came.", "."]))
            if r.random() < 0.6:
                b.say("agent", r.choice(["So that's ", "I have "]), ("pii", "account", f"MF{d}" if r.random() < 0.5
                                                                   else f"MF-{d[:4]}-{d[4:]}"),
                      r.choice([", placed on the tenth?", "?", ", the rug and the two lamps?"]))
                b.say("customer", r.choice(["Yes.", "That's the one.", "Yeah."]))
            return
        if mode == "rma":  # a return authorisation on the label
            b.say("agent", "Do you have the return authorization number? It's on the label we emailed.")
            d = rand_digits(r, 7)
            b.say("customer", self.pre(), ("pii", "account", r.choice(["R M A ", "RMA ", "R, M, A, "]) + self.say(d)), ".")
            return
        if mode == "store-card":  # the store-card account number, over two turns, last four read back
            b.say("agent", Q_HELDOUT12["account"][2])
            d = rand_digits(r, 12)
            b.say("customer", self.pre(), ("pii", "account", f"{self.say(d[:4])} {self.say(d[4:8])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(d[8:])), ".")
            b.say("agent", "Thank you, the account ending in ", ("pii", "account", self.words(d[8:])),
                  r.choice([". The statement balance is four eighteen twenty.", ", I see it."]))
            return
        b.say("agent", Q_HELDOUT12["account"][3])  # a Perks number that is not the phone
        d = rand_digits(r, 10)
        b.say("customer", r.choice(["It's on the app, hold on. ", self.pre()]),
              ("pii", "account", " ".join(self.say(d[i:i + 3]) for i in range(0, 9, 3)) + " " + self.say(d[9:])), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        mode = r.choice(["application", "two-turns", "last-four", "hesitant"])
        if mode in ("application", "two-turns"):
            b.say("customer", r.choice(["The website said I could save twenty percent if I open the card today.",
                                        "I want to apply for the store card, the checkout page kept timing out."]))
            b.say("agent", Q_HELDOUT12["ssn"][0])
            if mode == "application":
                b.say("customer", self.pre(), ("pii", "ssn", r.choice([f"{d[:3]}-{d[3:5]}-{d[5:]}",
                                                                      f"{self.say(d[:3])}, {self.say(d[3:5])}, "
                                                                      f"{self.say(d[5:])}"])), ".")
            else:
                b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(d[:3])} {self.say(d[3:5])}"), "...")
                b.say("agent", r.choice(self.sc.acks))
                b.say("customer", ("pii", "ssn", self.say(d[5:])), ".")
            b.say("agent", r.choice(["Thank you, the one ending in ", "Okay, I have the social ending "]),
                  ("pii", "ssn", self.words(d[5:])), ". And your annual income? An estimate is fine.")
            b.say("customer", r.choice(["About sixty two thousand.", "Around forty five thousand a year."]))
            return
        b.say("agent", Q_HELDOUT12["ssn"][r.choice([1, 2])])
        if mode == "hesitant":
            b.say("customer", r.choice(["Why do you need that just to change the address?",
                                        "Is that really necessary for a store card?"]))
            b.say("agent", r.choice(["It's only to verify you're the cardholder, just the last four.",
                                     "I know, it's only the last four, for the card account."]))
        b.say("customer", r.choice(["Fine. ", "Okay, ", "It's "]), ("pii", "ssn", self.say(d[5:])), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        mode = r.choice(["change", "underscore-readback", "digits", "spelled", "family-domain", "all-lower"])
        if mode == "change":  # log-in e-mail changed: the old and the new address
            b.say("customer", r.choice(["I can't get into my account, it's still under my old email, ",
                                        "I need to change the email I log in with. The old one is "]),
                  ("pii", "email", f"{first}{last[0]} {self.say(rand_digits(r, 2))} at {r.choice(['aol dot com', 'yahoo dot com'])}"),
                  ".")
            b.say("agent", Q_HELDOUT12["email"][3])
            b.say("customer", self.pre(), ("pii", "email", f"{first} dot {last} at {dom}"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "underscore-readback":  # read back written with a dot; the caller says underscore
            b.say("customer", self.pre(), ("pii", "email", f"{first} underscore {last} at {dom}"), ".")
            b.say("agent", "Okay, ", ("pii", "email", f"{first}.{last}@{dom.replace(' dot ', '.')}"), "?")
            b.say("customer", r.choice(["No, underscore, not a dot.", "It's an underscore between them."]))
            b.say("agent", "Sorry, ", ("pii", "email", f"{first}_{last}@{dom.replace(' dot ', '.')}"), ".")
        elif mode == "digits":
            y = r.choice(["eighty four", "ninety one", "two thousand two", "oh seven", "twenty three"])
            b.say("customer", self.pre(), ("pii", "email", f"{first[0]} {last} {y} at {dom}"),
                  r.choice([", the numbers are at the end.", "."]))
        elif mode == "spelled":  # the local part spelled, some letters "as in"
            local = (first[:1] + last)[:8]
            said = " ".join(f"{c.upper()} as in {self.AS_IN[c.upper()]}" if c.upper() in self.AS_IN and
                            r.random() < 0.25 else c.upper() for c in local)
            b.say("customer", self.pre(), ("pii", "email", f"{said}, at {dom}"), ".")
        elif mode == "family-domain":  # a family's own domain
            b.say("customer", r.choice(["It's a family one, ", self.pre()]),
                  ("pii", "email", f"{first} at {last} family dot {r.choice(['com', 'net', 'org'])}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "email", f"{first}{last}{rand_digits(r, 3)}@{dom.replace(' dot ', '.')}"),
                  r.choice([", all lowercase.", "."]))

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["gift", "under-name", "signed", "spell-capital", "nato", "cardholder", "agent-intro"])
        if mode == "gift":  # the package went to someone else
            b.say("customer", r.choice(["It was a gift for my niece, ", "I sent it to my mom, ",
                                        "It's a birthday present for my friend "]), ("pii", "person", f"{first} {last}"),
                  r.choice([", and she never got it.", ". Please don't put the price in the box.", "."]))
        elif mode == "under-name":
            self.sc.ask(b, "person")
            q = b.utts[-1]["text"]
            b.say("customer", r.choice(["It might be under ", "Try "]) if "order" in q else self.pre(),
                  ("pii", "person", f"{first} {last}"), ".")
            if r.random() < 0.5:
                b.say("agent", r.choice(["Thank you, ", "Okay, "]), ("pii", "person", first),
                      r.choice([", I found it.", ". Give me a second."]))
        elif mode == "signed":  # somebody signed for the package
            b.say("agent", r.choice(["It shows it was signed for by ", "The driver has a signature from "]),
                  ("pii", "person", f"{first[0]}. {last}" if r.random() < 0.5 else last),
                  r.choice([". Do you know them?", "."]))
            b.say("customer", r.choice(["That's not anyone who lives here.", "Oh, that might be the guy downstairs."]))
        elif mode == "spell-capital":  # "Mc", "Mac" and "O'" surnames spelled with "capital" and "apostrophe"
            self.sc.ask(b, "person")
            sur = r.choice(self.MC_NAMES)
            b.say("customer", self.pre(), ("pii", "person", f"{first} {sur}"), ".")
            self.sc.ask(b, "spell")
            if sur.startswith("O'"):
                sp = f"O, apostrophe, {' '.join(sur[2:].upper())}"
            else:
                k = 2 if sur.startswith("Mc") else 3
                sp = f"{' '.join(sur[:k].upper())}, capital {sur[k]}, {' '.join(sur[k + 1:].upper())}"
            b.say("customer", ("pii", "person", sp), ".")
        elif mode == "nato":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            parts: list = []
            for k, c in enumerate(letters):
                parts += [("pii", "person", self.letter(c) if c in self.NATO else c), ", " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)
        elif mode == "cardholder":  # the store card is in a spouse's name
            b.say("agent", Q_HELDOUT12["person"][3])
            b.say("customer", r.choice(["It's in my wife's name, ", "My husband, "]), ("pii", "person", f"{first} {last}"),
                  r.choice([". She's right here.", ", I'm an authorized user."]))
        else:
            b.say("agent", "Thanks for calling ", ("keep", "lexicon", "Marlowe & Finch"),
                  r.choice([", this is ", ", my name is "]), ("pii", "person", first),
                  r.choice([". Are you calling about an order?", ". How can I help?"]))

    def address(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["apartment", "suite-office", "unit-building", "change-zip", "billing-differs"])
        city, state = r.choice(self.CITIES)
        num = rand_digits(r, r.randint(3, 5))
        street = f"{self.say(num) if r.random() < 0.7 else num} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        zip_ = rand_digits(r, 5, False)
        if mode == "billing-differs":
            b.say("agent", Q_HELDOUT12["address"][2])
            b.say("customer", r.choice(["Oh, the billing is different, it's my old place, ",
                                        "It's not the same as shipping, it's "]), ("pii", "address", street),
                  f", {city}, ", ("pii", "address", self.say(zip_)), ".")
            return
        self.sc.ask(b, "address")
        if mode == "apartment":
            unit = r.choice([str(r.randint(1, 4)) + rand_digits(r, 2, False), str(r.randint(1, 30)) + r.choice("ABCD")])
            b.say("customer", self.pre(), ("pii", "address", street),
                  r.choice([", apartment ", ", apt ", ", number ", " pound "]), ("pii", "address", self.say(unit) if
                                                                             unit.isdigit() else unit),
                  f", {city}, {state}.")
        elif mode == "suite-office":  # delivered to work
            b.say("customer", r.choice(["Send it to my office, somebody's always there. It's ", self.pre()]),
                  ("pii", "address", street), r.choice([", suite ", ", fourth floor, suite "]),
                  ("pii", "address", self.say(str(r.randint(1, 9)) + rand_digits(r, 2, False))), f", {city}.")
        elif mode == "unit-building":
            b.say("customer", self.pre(), ("pii", "address", street), ", building ",
                  ("pii", "address", r.choice("ABCDEFGH") if r.random() < 0.5 else str(r.randint(1, 12))),
                  ", unit ", ("pii", "address", self.say(rand_digits(r, 3))), ".")
        else:  # a new address, the zip read back
            b.say("customer", self.pre(), ("pii", "address", street), f", {city}, {state}, ",
                  ("pii", "address", self.say(zip_)), ".")
            b.say("agent", r.choice(["And that zip again was ", "Zip "]), ("pii", "address", zip_), "?")
            b.say("customer", r.choice(["Yes.", "Correct."]))

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1948, 2006)
        yw = year_words(y) if y < 2000 else "two thousand" if y == 2000 else f"two thousand {UNITS[y - 2000]}"
        sfx = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        mode = r.choice(["year-first", "digit-ordinal", "the-of", "numeric-readback", "short"])
        if mode == "year-first":
            said = f"{yw}, {MONTHS[m - 1]} {ORDINALS[day - 1]}"
        elif mode == "digit-ordinal":
            said = f"{MONTHS[m - 1]} {day}{sfx}, {y}"
        elif mode == "the-of":
            said = f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {yw}"
        elif mode == "short":
            said = f"{m}-{day}-{str(y)[2:]}"
        else:
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"
        self.sc.ask(b, "dob")
        b.say("customer", self.pre(), ("pii", "dob", said), ".")
        if mode == "numeric-readback":
            b.say("agent", "Thank you, ", ("pii", "dob", f"{m:02d}/{day:02d}/{y}"), ", that matches.")

    def distractor(self, b: Builder) -> None:  # numbers a retail call has that are not PII
        r = self.r
        speaker, line = r.choice([
            ("customer", "I paid eighty nine ninety nine for it and now it's sixty four ninety nine."),
            ("agent", "The price adjustment would be twenty five dollars back to your card."),
            ("customer", "I used the code SPRING twenty five at checkout and it didn't take off anything."),
            ("agent", "The promo code is FREESHIP fifty, it's good through Sunday."),
            ("customer", "The item number is four oh seven, dash, two two one nine, the gray one."),
            ("customer", "It's SKU 10448217, the queen size, not the king."),
            ("customer", "I ordered a medium and a large, and I got two mediums."),
            ("customer", "It was a set of four, and only three were in the box."),
            ("customer", "The size is ten and a half wide."),
            ("agent", "The delivery window is Thursday between two and six p.m."),
            ("agent", "You have thirty days to return it, or ninety days for the electronics."),
            ("agent", "The restocking fee on opened electronics is fifteen percent."),
            ("agent", "The APR on the card is twenty nine point nine nine percent."),
            ("agent", "The minimum payment is thirty five dollars, due on the twenty second."),
            ("customer", "The order total was two hundred forty six seventeen with tax."),
            ("agent", "You can always reach us at one eight hundred, six two seven, five five oh one."),
            ("agent", "It ships from our warehouse in Memphis, zip code 38118, so about four business days."),
            ("customer", "It's the fifty five inch, and the stand was missing two screws."),
            ("agent", "You've got two thousand four hundred points, that's twenty four dollars off."),
            ("customer", "I bought it on Black Friday, November twenty seventh."),
            ("agent", "The replacement should arrive by the fourteenth."),
            ("customer", "It was supposed to come on the third and it's the ninth today."),
            ("agent", "Orders over seventy five dollars ship free."),
            ("customer", "I want three of the pillow covers and one of the throw.")])
        b.say(speaker, line)


class Heldout13:
    """Held-out 13's readings (only drawn for that split), as taxpayers, spouses, small employers and agents on a tax
    preparation and payroll line say them: a callback number given after the agent reads out the firm's own
    toll-free number (not PII), a number broken off when a child interrupts, a read-back with the middle group wrong
    and the caller correcting it, "triple", a spouse's cell added to the return, seven digits with the area code asked
    for after, a text code to the number ending in ...; the prep fee on a card known by its last four, cards group by
    group with the agent echoing each group, Amex 4-6-5 with the middle read back, a declined card and a second one,
    a card number written in groups with the billing zip; refund direct deposit with the bank's routing number (not
    PII) and the account number over two turns, read back with a digit wrong, a refund sent to a closed account
    ending in ..., a sole proprietor's EIN ("eight two dash ..."), IRS identity protection PINs and e-file PINs beside
    the prior-year AGI (an amount, not PII), client IDs with letters, a new hire's bank account for payroll; SSNs over
    three turns read back written, a dependent's SSN that the IRS rejected with the agent's wrong number and the
    caller's fix, a spouse's ITIN, last fours, an SSN said with "hundred"; business e-mails, e-mails with a year in
    them, NATO-spelled local parts, "underscore", the domain corrected after a read-back; joint filers, dependents
    by first name and spelled, a married name and the name the SSA still has, a spouse who died in the tax year, new
    hires, preparers by title and surname; new addresses after a move, a home business, P O boxes, rural routes, an
    old address a refund check went to, zips read back; dates of birth of taxpayers, spouses and a baby born in the
    tax year; and tax-line numbers that are not PII (refunds, balances, fees, AGI, tax years, form and line numbers,
    notice numbers such as CP two thousand, deadlines, percentages, counts of dependents, office hours)."""

    AS_IN = {"A": "Adam", "B": "boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Henry", "I": "ice", "J": "John", "K": "king", "L": "Lincoln", "M": "Mary", "N": "Nancy",
             "O": "ocean", "P": "Peter", "R": "Robert", "S": "Sam", "T": "Tom", "U": "umbrella", "V": "Victor",
             "W": "William", "Y": "yellow", "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "I": "India", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November",
            "O": "Oscar", "P": "Papa", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor",
            "W": "Whiskey", "Y": "Yankee", "Z": "Zulu"}
    STREETS = ["Juniper", "Sycamore", "Quail Run", "Harvest", "Timberline", "Foxglove", "Sandpiper", "Mesquite",
               "Old Mill", "Prairie View", "Kestrel", "Hawthorne", "Laurel Oak", "Brookside"]
    CITIES = [("Fresno", "California"), ("Bakersfield", "California"), ("El Paso", "Texas"), ("Toledo", "Ohio"),
              ("Greensboro", "North Carolina"), ("Tulsa", "Oklahoma"), ("Boise", "Idaho"), ("Yonkers", "New York"),
              ("Lansing", "Michigan"), ("Mesa", "Arizona"), ("Chattanooga", "Tennessee"), ("Fargo", "North Dakota")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "outlook dot com", "icloud dot com",
               "aol dot com", "live dot com", "ymail dot com", "protonmail dot com"]
    TRADES = ["landscaping", "cleaning", "trucking", "hvac", "nails", "bakery", "roofing", "tutoring", "photo",
              "auto"]
    FIRM = "Delaney Tax and Payroll"
    TOLL_FREE = "one eight hundred, five five five, oh one seven seven"  # the firm's own line: not PII

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group digit by digit ("oh"/"zero", "double", "triple"), in pairs, "hundred", or written as digits."""
        r = self.r
        if len(g) == 3 and g[0] != "0" and g[1:] == "00" and r.random() < 0.7:
            return UNITS[int(g[0])] + " hundred"
        style = r.choice(["words", "words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.7:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit with no doubles, as an agent reads a number off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def amount(self) -> str:
        """A dollar amount in the thousands as said aloud ("forty two thousand six hundred and eighteen"): the
        prior-year AGI, which is not PII."""
        r = self.r

        def under_1000(n: int) -> str:
            h, rest = divmod(n, 100)
            tail = "" if rest == 0 else TEENS[rest - 10] if 10 <= rest < 20 else UNITS[rest] if rest < 10 else \
                TENS[rest // 10] + ("" if rest % 10 == 0 else " " + UNITS[rest % 10])
            return " and ".join(x for x in [f"{UNITS[h]} hundred" if h else "", tail] if x)

        return f"{under_1000(r.randint(14, 180))} thousand {under_1000(r.randint(1, 999))}"

    def local(self) -> list[str]:
        r = self.r
        last = r.choice([rand_digits(r, 4, False), rand_digits(r, 4, False), rand_digits(r, 1) + "000",
                         rand_digits(r, 1) * 3 + rand_digits(r, 1, False)])
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False), last]

    # -- phone ---------------------------------------------------------------------------------------------------

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.local()
        mode = r.choice(["callback", "kid", "wrong-middle", "spouse", "area-later", "text-code", "triple"])
        if mode == "callback":  # the firm's toll-free number first, then the caller's own
            b.say("agent", "We're at about a two hour wait. I can have a preparer call you back, or you can call the "
                           f"main line after six, that's {self.TOLL_FREE}.")
            b.say("customer", r.choice(["Call me back, please. It's ", "I'll take the callback. My cell is ",
                                        "Callback is fine, use "]),
                  ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            b.say("agent", r.choice(["Okay, I have ", "Alright, a preparer will call "]),
                  ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}" if r.random() < 0.5 else f"{g[0]}-{g[1]}-{g[2]}"),
                  r.choice([" this afternoon.", ", keep it close.", "."]))
            return
        if mode == "spouse":  # a joint return: the spouse's cell added unasked
            b.say("customer", r.choice(["Can you put my wife's cell on there too? I'm at work all day. It's ",
                                        "Add my husband's number too, he's the one who handles the mail, ",
                                        "And if I don't pick up, my wife's cell is "]),
                  ("pii", "phone", self.say(g[0])), " ", ("pii", "phone", self.say(g[1])), " ",
                  ("pii", "phone", self.say(g[2])), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, I've added ", ("pii", "phone", self.words("".join(g))), " as a second number.")
            return
        if mode == "text-code":  # the code goes to the number ending in ...; the caller has a new phone
            b.say("agent", r.choice(["To verify you I'll send a code to the phone ending in ",
                                     "I'm going to text a six digit code to the number ending "]),
                  ("pii", "phone", self.say(g[2])), ".")
            if r.random() < 0.5:
                b.say("customer", r.choice(["Okay, it came through. Do I read it to you?", "Got it, hold on."]))
                b.say("agent", "No need, just tap the link in the text. Okay, you're verified.")
                return
            n2 = self.local()
            b.say("customer", r.choice(["Oh, I don't have that phone anymore. Send it to ",
                                        "That's my old work phone. My cell now is "]),
                  ("pii", "phone", f"{self.say(n2[0])}, {self.say(n2[1])}, {self.say(n2[2])}"), ".")
            b.say("agent", "Sent to the number ending in ", ("pii", "phone", self.words(n2[2])), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "kid":  # a child interrupts between the groups
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, hold on. Honey, I'm on the phone with the tax people. Sorry.",
                            "... no, baby, put that down. Sorry about that.",
                            "... hang on, my son's asking me something."]))
            b.say("agent", r.choice(["No worries. I have the first six.", "That's okay, take your time."]))
            b.say("customer", r.choice(["Okay, and then ", "The last four are ", "Then "]),
                  ("pii", "phone", self.say(g[2])), ".")
        elif mode == "wrong-middle":  # the agent gets the middle group wrong; the caller repeats it
            b.say("customer", self.pre(), ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
            k = r.randint(0, 2)
            wrong = g[1][:k] + str((int(g[1][k]) + r.randint(1, 8)) % 10) + g[1][k + 1:]
            b.say("agent", "Let me read that back. ", ("pii", "phone", f"{self.words(g[0])}, {self.words(wrong)}, "
                                                                     f"{self.words(g[2])}"), "?")
            b.say("customer", r.choice(["No, the middle is ", "Not quite, it's "]), ("pii", "phone", self.words(g[1])),
                  r.choice([", not ", ". You said "]), ("pii", "phone", self.words(wrong)), ".")
            b.say("agent", r.choice(["Sorry about that, fixed.", "Got it, thank you."]))
        elif mode == "area-later":  # seven digits; the area code asked for after
            b.say("customer", self.pre(), ("pii", "phone", f"{self.say(g[1])}, {self.say(g[2])}"), ".")
            b.say("agent", "And the area code?")
            b.say("customer", r.choice(["Oh, sorry, ", "It's ", ""]), ("pii", "phone", self.say(g[0])), ".")
        else:  # "triple" and "double" inside a mixed reading
            g[2] = rand_digits(r, 1, False) * 3 + rand_digits(r, 1)
            b.say("customer", self.pre(), ("pii", "phone", f"{g[0]}, {self.words(g[1])}, triple "
                                                        f"{digit_word(g[2][0], r)} {digit_word(g[2][3], r)}"), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"), "?")
                b.say("customer", r.choice(["Yep.", "That's it."]))

    # -- card ----------------------------------------------------------------------------------------------------

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["fee-last-four", "echo", "amex", "declined", "written-zip"])
        if mode == "amex":
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            gs = [d[:4], d[4:10], d[10:]]
            self.sc.ask(b, "card")
            b.say("customer", r.choice(["It's an American Express. ", "Amex, okay. ", self.pre()]),
                  ("pii", "card", self.say(gs[0])), "... ", ("pii", "card", self.say(gs[1])), "... ",
                  ("pii", "card", self.say(gs[2])), ".")
            b.say("agent", "Let me check the middle part. ", ("pii", "card", self.words(gs[1])), "?")
            b.say("customer", r.choice(["Correct.", "Yes, that's right."]))
            return
        d = luhn_complete(luhn_complete(r.choice(["4", "4", "4", "51", "55", "2223", "6011"]) +
                                        rand_digits(r, 14, False))[:15])
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "fee-last-four":  # a prep fee the caller thought would come out of the refund
            mid, end = r.choice([(", but you charged the prep fee to my card ending in ", "."),
                                 (", so why is there a charge on my debit card ending ", "?")])
            b.say("customer", r.choice(["I picked ", "I thought I chose "]), ("keep", "lexicon", "Pay With Refund"),
                  mid, ("pii", "card", self.say(gs[3])), end)
            b.say("agent", r.choice(["Let me look. I see two eighty nine on the card ending in ",
                                     "I do see the fee, one fifty nine, on the card ending "]),
                  ("pii", "card", self.words(gs[3])), r.choice([". I can refund that.",
                                                                ", that was the state return add-on."]))
            return
        self.sc.ask(b, "card")
        if mode == "echo":  # group by group, the agent echoing each group
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next, "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)), r.choice([".", ", okay.", ", mm-hmm."]))
            b.say("agent", "And the expiration?")
            b.say("customer", r.choice(["Ten twenty eight.", "Oh four, twenty seven.", "Six, twenty nine."]))
        elif mode == "declined":  # the first card declines; the caller reads a second one
            b.say("customer", self.pre(), ("pii", "card", ", ".join(self.say(x) for x in gs)), ".")
            b.say("agent", r.choice(["Hmm, that one came back declined. Do you have another card?",
                                     "I'm sorry, it's declining. Is there another card we can try?"]))
            d2 = luhn_complete(luhn_complete("4" + rand_digits(r, 14, False))[:15])
            g2 = [d2[i:i + 4] for i in range(0, 16, 4)]
            b.say("customer", r.choice(["Ugh. Okay, try my credit card. ", "Try this one, "]),
                  ("pii", "card", " ".join(self.say(x) for x in g2)), ".")
            b.say("agent", "That went through on the card ending in ", ("pii", "card", self.say(g2[3])), ".")
        else:  # written in groups, then the billing zip
            b.say("customer", self.pre(), ("pii", "card", " ".join(gs) if r.random() < 0.6 else "-".join(gs)), ".")
            b.say("agent", "And the billing zip code for the card?")
            zip_ = rand_digits(r, 5, False)
            b.say("customer", ("pii", "address", self.say(zip_)), ".")

    # -- account (bank accounts, EINs, IP PINs, e-file PINs, client IDs) ---------------------------------------------

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["deposit", "deposit", "closed", "ein", "ip-pin", "efile-pin", "client-id", "new-hire"])
        if mode == "deposit":  # the bank's routing number is public; the account number is the caller's
            bank = r.choice(["Chase", "Wells Fargo", "Regions", "Truist", "Navy Federal", "Chime", "Huntington"])
            rout = Heldout10.aba(r.choice("0123") + rand_digits(r, 7, False))
            acct = rand_digits(r, r.choice([9, 10, 12, 13]))
            b.say("agent", "For direct deposit I'll need the routing number and the account number.")
            b.say("customer", "It's ", ("keep", "bank", bank), f". The routing is {self.say(rout)}...")
            b.say("agent", r.choice(self.sc.acks))
            h = r.choice([3, 4, 5])
            b.say("customer", r.choice(["And the account is ", "Account number, ", "Then my account, "]),
                  ("pii", "account", self.say(acct[:h])), "...")
            b.say("agent", r.choice(["Mm-hmm.", "Okay.", "Go on."]))
            b.say("customer", ("pii", "account", self.say(acct[h:])), ".")
            if r.random() < 0.6:
                k = r.randint(len(acct) - 4, len(acct) - 1)
                wrong = acct[:k] + str((int(acct[k]) + r.randint(1, 8)) % 10) + acct[k + 1:]
                b.say("agent", "Reading it back, the account is ", ("pii", "account", wrong), "?")
                b.say("customer", r.choice(["No, it ends ", "Close, the end is "]),
                      ("pii", "account", self.words(acct[-4:])), ".")
                b.say("agent", r.choice(["Thank you, I've fixed it.", "Okay, corrected."]))
            return
        if mode == "closed":  # the refund went to an account that no longer exists
            b.say("customer", r.choice(["The refund went to my old account, the one ending in ",
                                        "It says deposited, but that's the account ending "]),
                  ("pii", "account", self.say(rand_digits(r, 4, False))),
                  r.choice([", and I closed that one in January.", ". The bank says it bounced back."]))
            b.say("agent", "Okay. When a deposit is rejected the refund comes back to the government and they mail a "
                           "paper check, usually in six to eight weeks.")
            return
        if mode == "ein":  # a sole proprietor's employer ID number
            b.say("agent", r.choice(["And the employer ID number for the business?",
                                     "Do you have an E I N, or do you use your social for the business?"]))
            ein = r.choice(["20", "26", "27", "45", "46", "47", "81", "82", "83", "84", "85", "87", "88", "92"]) + \
                rand_digits(r, 7)
            b.say("customer", r.choice(["I'm just a sole proprietor, but I got one for the payroll. ", self.pre()]),
                  ("pii", "account", r.choice([f"{pair_words(ein[:2], r)} dash {self.say(ein[2:])}",
                                               f"{self.words(ein[:2])}, {self.say(ein[2:5])}, {self.say(ein[5:])}",
                                               f"{ein[:2]}-{ein[2:]}"])), ".")
            if r.random() < 0.5:
                b.say("agent", "And that's the E I N, not your social, right? ", ("pii", "account", f"{ein[:2]}-{ein[2:]}"),
                      "?")
                b.say("customer", r.choice(["Right, the business one.", "Yes."]))
            return
        if mode == "ip-pin":  # the six-digit identity protection PIN from the IRS letter
            if r.random() < 0.5:
                b.say("agent", r.choice(["Did the ", "Okay, and did the "]), ("keep", "agency", "IRS"),
                      " send you an identity protection PIN this year? It's six digits, on a letter called CP01A.")
            else:
                b.say("customer", "I'm in the I P PIN program because somebody filed in my name a few years ago.")
                b.say("agent", "Okay, then I'll need this year's PIN, the new one. It comes in January.")
            pin = rand_digits(r, 6, False)
            b.say("customer", r.choice(["Yes, I have it right here. ", "I got it from the website. It's ",
                                        "Yeah, hold on. Okay, "]),
                  ("pii", "account", r.choice([self.say(pin), f"{self.say(pin[:3])}, {self.say(pin[3:])}"])), ".")
            b.say("agent", r.choice(["Thanks. That changes every year, so save next year's letter too.",
                                     "Perfect, I've entered it on the return."]))
            return
        if mode == "efile-pin":  # last year's e-file PIN beside the prior-year AGI, which is an amount
            b.say("agent", r.choice(["To sign electronically I need last year's AGI or last year's PIN.",
                                     "The return was rejected for the signature. Do you remember the five digit PIN "
                                     "you used last year?"]))
            pin = rand_digits(r, 5, False)
            b.say("customer", r.choice(["I think my PIN was ", "The PIN I always use is ", "It's "]),
                  ("pii", "account", self.say(pin)),
                  r.choice([f". And the AGI was {self.amount()}.", f", and line eleven says {self.amount()} dollars.",
                            "."]))
            if r.random() < 0.5:
                b.say("agent", "Okay, ", ("pii", "account", self.words(pin)),
                      ". I'll resubmit tonight and you should get an acceptance in a day or two.")
            return
        if mode == "client-id":  # letters and digits, letters NATO or "as in"
            b.say("agent", Q_HELDOUT13["account"][1] if r.random() < 0.6 else Q_HELDOUT13["account"][2])
            letters = "".join(r.choice("BCDFGHJKLMNPRSTVWZ") for _ in range(2))
            digits = rand_digits(r, r.choice([5, 6]))
            said = " ".join(self.NATO[c] if r.random() < 0.4 else f"{c} as in {self.AS_IN[c]}" if r.random() < 0.3
                            else c for c in letters)
            b.say("customer", self.pre(), ("pii", "account", f"{said}, {self.say(digits[:3])}, {self.say(digits[3:])}"),
                  ".")
            b.say("agent", r.choice(["Thank you, ", "Okay, "]), ("pii", "account", f"{letters}-{digits}"),
                  r.choice([", I see your file.", "."]))
            return
        # an employer adding a new hire's direct deposit to payroll
        first, last = self.sc.name()
        b.say("customer", r.choice(["I've got a new hire starting Monday, ", "I need to add an employee, "]),
              ("pii", "person", f"{first} {last}"), r.choice([", and they want direct deposit.",
                                                              ", who wants the pay deposited."]))
        b.say("agent", "Okay. What's the employee's account number? The routing number I can take from the voided "
                       "check.")
        acct = rand_digits(r, r.choice([8, 10, 11]))
        b.say("customer", r.choice(["Off the check it's ", self.pre()]), ("pii", "account", self.say(acct)), ".")
        b.say("agent", "And that goes in for the payroll on the fifteenth.")

    # -- ssn and itin --------------------------------------------------------------------------------------------

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        mode = r.choice(["three-turns", "dependent-reject", "itin", "last-four", "last-four", "hundred"])
        if mode == "dependent-reject":  # the IRS rejected a dependent's number; the agent has it wrong
            kid = r.choice(DEPENDENTS_HELDOUT13)
            k = r.randint(5, 8)
            wrong = d[:k] + str((int(d[k]) + r.randint(1, 8)) % 10) + d[k + 1:]
            b.say("agent", "The return came back rejected. It says the dependent's social doesn't match their records."
                           " For ", ("pii", "person", kid), ", I have ",
                  ("pii", "ssn", f"{self.words(wrong[:3])}, {self.words(wrong[3:5])}, {self.words(wrong[5:])}"), ".")
            b.say("customer", r.choice(["Hold on, I have the card here. No, it ends ", "That's wrong. The end is "]),
                  ("pii", "ssn", self.say(d[5:])), ".")
            b.say("agent", "Okay, so ", ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}"), ". I'll fix it and resubmit.")
            return
        if mode == "itin":  # a spouse without a social: an ITIN, nine digits starting with 9
            d = "9" + rand_digits(r, 2, False) + r.choice(["7", "8"]) + rand_digits(r, 5, False)
            b.say("agent", "And your wife's social?")
            b.say("customer", r.choice(["She doesn't have a social, she has an ITIN. ",
                                        "She files with the ITIN number, "]),
                  ("pii", "ssn", f"{self.say(d[:3])}, {self.say(d[3:5])}, {self.say(d[5:])}"), ".")
            b.say("agent", r.choice(["Okay, and it hasn't expired? They expire if you don't use them.",
                                     "Thank you. I'll put that in as her ITIN."]))
            return
        if mode == "hundred":
            d = str(r.randint(1, 8)) + "00" + rand_digits(r, 6, False)
        self.sc.ask(b, "ssn") if mode != "last-four" else b.say("agent", Q_HELDOUT13["ssn"][1])
        if mode == "last-four" or "last four" in b.utts[-1]["text"]:
            b.say("customer", r.choice(["Last four, ", "It's ", "Um, "]), ("pii", "ssn", self.say(d[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(d[5:])), ", thank you.")
            return
        if mode == "hundred":
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(d[:3])}, {self.say(d[3:5])}, {self.say(d[5:])}"),
                  ".")
            return
        b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), "...")
        b.say("agent", r.choice(self.sc.acks))
        b.say("customer", ("pii", "ssn", self.say(d[3:5])), "...")
        b.say("agent", r.choice(self.sc.acks))
        b.say("customer", ("pii", "ssn", self.say(d[5:])), ".")
        if r.random() < 0.6:
            b.say("agent", r.choice(["So that's ", "I have "]),
                  ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}" if r.random() < 0.5 else self.words(d)), "?")
            b.say("customer", r.choice(["Yes.", "That's it."]))

    # -- e-mail --------------------------------------------------------------------------------------------------

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        mode = r.choice(["business", "year", "nato", "underscore", "domain-fix", "preparer"])
        if mode == "preparer":  # the caller's own bookkeeper's address, given unasked
            b.say("customer", r.choice(["Can you send a copy to my bookkeeper too? Her email is ",
                                        "Also cc my accountant, "]),
                  ("pii", "email", f"{first} at {last} {r.choice(['cpa', 'books', 'accounting'])} dot com"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "business":  # a small business's address
            trade = r.choice(self.TRADES)
            b.say("customer", r.choice(["Use the business one. It's ", self.pre()]),
                  ("pii", "email", f"{r.choice(['info', 'office', first])} at {last} {trade} dot com"),
                  r.choice([", all one word after the at.", ".", ", no spaces."]))
        elif mode == "year":  # a year in the address, which is part of it
            y = r.choice(["twenty twenty", "nineteen eighty four", "two thousand one", "ninety two", "oh seven"])
            b.say("customer", self.pre(), ("pii", "email", f"{first} {last[0]} {y} at {dom}"), ".")
        elif mode == "nato":
            letters = [c.upper() for c in (first[0] + last)[:7]]
            said = " ".join(f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and r.random() < 0.5 else c
                            for c in letters)
            b.say("customer", self.pre(), ("pii", "email", f"{said} at {dom}"), ".")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{first} underscore {last} at {dom}"), ".")
        else:  # read back with the wrong ending; the caller fixes only the ending
            dom = r.choice(["comcast dot net", "att dot net", "verizon dot net", "cox dot net"])
            b.say("customer", self.pre(), ("pii", "email", f"{first}{last} at {dom}"), ".")
            b.say("agent", "Okay, ", ("pii", "email", f"{first}{last}@{dom.split(' dot ')[0]}.com"), "?")
            b.say("customer", r.choice(["No, dot net, not dot com.", "It's dot net."]))
            b.say("agent", r.choice(["Got it, dot net.", "Fixed."]))

    # -- person --------------------------------------------------------------------------------------------------

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["agent-intro", "joint", "dependents", "spell-kid", "married", "deceased", "preparer",
                         "spell-as-in"])
        if mode == "agent-intro":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.FIRM),
                  r.choice([", this is ", ", my name is ", ", you've got "]), ("pii", "person", first),
                  r.choice([". Are you calling about a personal return or a business?", ". How can I help?"]))
            if r.random() < 0.5:
                f2, l2 = self.sc.name()
                b.say("customer", "Hi ", ("pii", "person", first), r.choice([", this is ", ", my name's "]),
                      ("pii", "person", f"{f2} {l2}"), ", I'm calling about my refund.")
        elif mode == "joint":
            f2, _ = self.sc.name()
            b.say("customer", r.choice(["We file jointly, it's me, ", "It's a joint return. Me, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([", and my husband ", ", and my wife "]),
                  ("pii", "person", f2), ".")
        elif mode == "dependents":  # how many (not PII) and who (PII)
            kids = r.sample(DEPENDENTS_HELDOUT13, r.choice([2, 3]))
            count = "two" if len(kids) == 2 else "three"
            parts: list = [f"I have {count} dependents this year. "]
            for k, kid in enumerate(kids):
                parts += [("pii", "person", kid)]
                parts.append(", " if k < len(kids) - 2 else " and " if k == len(kids) - 2 else "")
            parts.append(r.choice([", and my mom moved in with us in May.", ". The oldest turned seventeen.", "."]))
            b.say("customer", *parts)
            b.say("agent", r.choice(["Okay, and did all of them live with you more than half the year?",
                                     "Alright, the child tax credit applies for the ones under seventeen."]))
        elif mode == "spell-kid":
            kid = r.choice(DEPENDENTS_HELDOUT13)
            b.say("agent", "What's the dependent's name?")
            b.say("customer", r.choice(["My daughter, ", "It's my son, ", "My granddaughter, "]),
                  ("pii", "person", f"{kid} {last}"), ".")
            self.sc.ask(b, "spell")
            b.say("customer", ("pii", "person", "-".join(kid.upper()) if r.random() < 0.5 else " ".join(kid.upper())),
                  r.choice([".", ", and the last name like mine."]))
        elif mode == "married":  # the name on the return and the name the SSA still has
            _, maiden = self.sc.name()
            b.say("customer", r.choice(["I got married last year, so I'm ", "My name changed, it's "]),
                  ("pii", "person", f"{first} {last}"), r.choice([" now, but it was ", ". Before, it was "]),
                  ("pii", "person", maiden), ".")
            b.say("agent", r.choice(["If Social Security still has the old name, the e-file will reject. Did you "
                                     "update your card?", "Okay, we'll need the name to match what they have."]))
        elif mode == "deceased":
            lead, tail = r.choice([("My husband passed away in August, ", ", so this is the final return for him."),
                                   ("My wife died in the spring, ", ", so this is her last return."),
                                   ("My husband passed in January, ", ". Can I still file jointly?")])
            b.say("customer", lead, ("pii", "person", f"{first} {last}"), tail)
            b.say("agent", "I'm so sorry for your loss. Yes, you can still file jointly for the year of death.")
        elif mode == "preparer":
            b.say("customer", r.choice(["Last year I had ", "The lady who did my taxes before was ",
                                        "Is there any way I can get "]),
                  r.choice(["Ms. ", "Mr. ", "Mrs. "]), ("pii", "person", last),
                  r.choice([" again?", ", is she still there?", ", at the office on the corner."]))
        else:  # the surname spelled, some letters "as in"
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            parts = []
            for k, c in enumerate(letters):
                said = f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and r.random() < 0.35 else c
                parts += [("pii", "person", said), " " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)

    # -- address -------------------------------------------------------------------------------------------------

    def address(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["moved", "moved", "business", "po-box", "rural", "old-check"])
        city, state = r.choice(self.CITIES)
        zip_ = rand_digits(r, 5, False)
        street = f"{self.say(rand_digits(r, r.randint(3, 5)))} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"
        if mode == "old-check":  # a paper refund check went to the old address
            b.say("customer", r.choice(["They mailed the check to my old address, ",
                                        "The refund check went to where I used to live, "]),
                  ("pii", "address", street), r.choice([", and the new people won't answer the door.",
                                                        ". I moved out in October."]))
            return
        if mode == "business":  # a home business: the business address is the home
            b.say("agent", Q_HELDOUT13["address"][2])
            b.say("customer", r.choice(["I run it out of my house, so it's ", "Same as home, "]),
                  ("pii", "address", street), f", {city}, ", ("pii", "address", self.say(zip_)), ".")
            return
        self.sc.ask(b, "address")
        if mode == "po-box":
            b.say("customer", r.choice(["I get my mail at a P O box, ", "Send it to the post office box, "]),
                  ("pii", "address", f"P O Box {self.say(rand_digits(r, r.randint(3, 4)))}"), f", {city}, {state}, ",
                  ("pii", "address", self.say(zip_)), ".")
        elif mode == "rural":
            b.say("customer", self.pre(), ("pii", "address", f"Rural Route {UNITS[r.randint(1, 6)]}, box "
                                                          f"{self.say(rand_digits(r, 3))}"), f", outside {city}.")
        else:
            parts: list = [r.choice(["We moved in June. It's ", "New address, ", self.pre()]), ("pii", "address", street)]
            if r.random() < 0.3:
                parts += [r.choice([", unit ", ", apartment ", " number "]), ("pii", "address", self.say(rand_digits(r, 2)))]
            b.say("customer", *parts, f", {city}, {state}.")
            b.say("agent", "And the zip?")
            b.say("customer", ("pii", "address", self.say(zip_)), ".")
            if r.random() < 0.5:
                b.say("agent", "So that's ", ("pii", "address", zip_), r.choice([". I'll update it with the return.",
                                                                                 ", got it."]))

    # -- date of birth -------------------------------------------------------------------------------------------

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1944, 2004)
        yw = year_words(y) if y < 2000 else "two thousand" if y == 2000 else f"two thousand {UNITS[y - 2000]}"
        mode = r.choice(["words", "numbers", "slashes", "spouse", "baby", "readback"])
        if mode == "baby":  # born in the tax year: the birth date is PII, the tax year is not
            bm, bd = r.choice([(12, r.randint(20, 31)), (r.randint(1, 11), r.randint(1, 28))])
            nth = ORDINALS[bd - 1] if bd <= 28 else {29: "twenty ninth", 30: "thirtieth", 31: "thirty first"}[bd]
            said = f"{MONTHS[bm - 1]} {nth}" if r.random() < 0.6 or bd < 10 else f"{MONTHS[bm - 1]} {pair_words(f'{bd:02d}', r)}"
            if r.random() < 0.4:
                said, tail = said + ", twenty twenty five", "."
            else:
                tail = r.choice([", right before the new year.", ".", ", at like four in the morning."])
            lead, reply = r.choice([("We had a baby this year, can I claim her for twenty twenty five? She was born ",
                                     "Congratulations. Yes, you can, once she has a social security number."),
                                    ("My son was born ", "Yes, a child born any time in the year counts for the whole "
                                                         "year.")])
            b.say("customer", lead, ("pii", "dob", said), tail)
            b.say("agent", reply)
            return
        if mode == "spouse":
            b.say("agent", Q_HELDOUT13["dob"][1])
            b.say("customer", r.choice(["His is ", "Hers is ", "Honey, what's your... okay, "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"), ".")
            return
        self.sc.ask(b, "dob")
        if mode == "words":
            said = f"{MONTHS[m - 1]} {pair_words(f'{day:02d}', r) if day > 9 else UNITS[day]}, {yw}"
        elif mode == "numbers":
            said = f"{'oh ' + UNITS[m] if m < 10 else TEENS[m - 10]}, {pair_words(f'{day:02d}', r)}, " \
                   f"{pair_words(str(y)[2:], r)}"
        elif mode == "slashes":
            said = f"{m}/{day}/{y}"
        else:
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"
        b.say("customer", self.pre(), ("pii", "dob", said), ".")
        if mode == "readback":
            b.say("agent", "So ", ("pii", "dob", f"{m:02d}/{day:02d}/{y}"), "?")
            b.say("customer", r.choice(["Yes.", "Correct."]))

    # -- numbers and words a tax line has that are not PII --------------------------------------------------------

    def distractor(self, b: Builder) -> None:
        r = self.r
        irs = ("keep", "agency", "IRS")
        speaker, parts = r.choice([
            ("customer", ["My refund was supposed to be two thousand three hundred and forty one dollars."]),
            ("customer", ["It says I owe eight hundred and twelve, but I already paid that in April."]),
            ("agent", ["The deadline is April fifteenth, or October fifteenth with the extension."]),
            ("agent", ["It's usually twenty one days from acceptance for a direct deposit."]),
            ("customer", ["I got a CP two thousand letter saying I didn't report some income."]),
            ("customer", ["It's a CP fourteen, and it says I owe four hundred six dollars and ten cents."]),
            ("agent", ["That goes on Schedule C, line nine, car and truck expenses."]),
            ("agent", ["You'd need form eighty nine sixty two for the marketplace insurance."]),
            ("customer", ["My W-2 has the wrong amount in box one, it says forty one thousand."]),
            ("customer", ["They sent me a ten ninety nine NEC for eleven hundred dollars."]),
            ("agent", ["The ", ("keep", "lexicon", "Delaney Deluxe"), " tier is one fifty nine, plus forty nine for each "
                       "state."]),
            ("agent", ["Payroll runs on the fifteenth and the last day of the month."]),
            ("agent", ["The nine forty one is due at the end of the month after the quarter."]),
            ("customer", ["I have three dependents, two under seventeen."]),
            ("agent", ["We're open eight to eight Monday through Saturday until the deadline."]),
            ("agent", ["Our main line is ", self.TOLL_FREE, ", if you need us after hours."]),
            ("agent", ["The penalty is half a percent a month on the unpaid balance."]),
            ("agent", ["The ", irs, " payment plan setup fee is thirty one dollars if you do it online."]),
            ("customer", ["This is for tax year twenty twenty four, the one I filed late."]),
            ("customer", [f"Last year's adjusted gross income was {self.amount()}, if that helps."]),
            ("agent", ["That's line twenty seven, the earned income credit, for six hundred and forty nine."]),
            ("agent", ["The ", irs, " says to allow up to sixteen weeks for an amended return."]),
            ("customer", ["I paid a hundred and twenty five a month on the installment agreement."]),
            ("agent", ["The standard deduction for married filing jointly is about thirty thousand."]),
            ("customer", ["The state took two hundred and sixty of it for an old parking ticket, I think."]),
        ])
        b.say(speaker, *parts)


class Heldout14:
    """Held-out 14's readings (only drawn for that split), as customers, their families and agents on a moving and
    self-storage line say them: the driver's day-of-move number and an emergency contact's number given with a name,
    a number broken off when the movers knock and finished later, the company's own toll-free number (not PII) before
    the caller's, a read-back with one digit wrong corrected by the caller, seven digits then the area code, "triple";
    a deposit card group by group echoed by the agent, Amex 4-6-5, a storage autopay card that expired and the new one
    over two turns, a card on file checked by its last four, a card written with the billing zip; reservation numbers
    with letters (NATO or "as in") read back written, storage customer numbers over two turns with a digit wrong,
    claim numbers that start like a year, driver's licence numbers with the state and a letter, gate codes with "star"
    and "pound", a code that sounds like a year, a combination lock's numbers, a storage unit's number beside its
    gate code (all ``account``: IDs and access credentials tied to the caller); a full SSN for a long-term storage
    credit check over turns read back written, with a caller asking why, and last fours; e-mails spelled with "as
    in", "dash", a work address for a company-paid relocation, a read-back with a wrong letter; names spelled,
    emergency contacts, who meets the truck at the new place, the crew lead by first name, someone added to the
    unit's access list, names that are also words, places or moving words ("Chase Packer", "Miles Porter", "Ryder
    Collins"); origin and destination addresses in one call, apartments, floors and elevators ("the fourth floor"
    alone is not PII), a zip read back, a storage facility's branch number (not PII); dates of birth for a truck
    renter or a credit check, with the move date beside them (not PII); and moving-line numbers that are not PII
    (unit sizes "ten by ten", truck lengths, miles, pounds, cubic feet, quotes, hourly rates, crew sizes, floors, move
    dates and arrival windows, late fees, lien sale dates, valuation per pound, percentages, the company's number)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Henry", "J": "John", "K": "kite", "L": "lemon", "M": "Mary", "N": "Nancy", "P": "Peter",
             "R": "Robert", "S": "Sam", "T": "Tom", "V": "Victor", "W": "William", "X": "x-ray", "Y": "yellow",
             "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey", "X": "X-ray", "Y": "Yankee",
            "Z": "Zulu"}
    STREETS = ["Birchwood", "Cobblestone", "Larkspur", "Wagon Wheel", "Stonegate", "Riverbend", "Aspen Ridge",
               "Copper Creek", "Orchard", "Magnolia", "Bluebonnet", "Tamarack", "Heron Pond", "Saddle Brook"]
    CITIES = [("Round Rock", "Texas"), ("Olathe", "Kansas"), ("Naperville", "Illinois"), ("Gilbert", "Arizona"),
              ("Cary", "North Carolina"), ("Murfreesboro", "Tennessee"), ("Henderson", "Nevada"),
              ("Spokane", "Washington"), ("Des Moines", "Iowa"), ("Chesapeake", "Virginia"),
              ("Fort Collins", "Colorado"), ("Lakeland", "Florida"), ("Provo", "Utah"), ("Reno", "Nevada")]
    STATES = ["Texas", "Ohio", "Florida", "Georgia", "Illinois", "California", "Arizona", "Colorado", "Washington"]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "outlook dot com", "icloud dot com",
               "aol dot com", "comcast dot net", "me dot com", "msn dot com"]
    EMPLOYERS = ["medtronic", "deloitte", "kroger", "lockheed", "cerner", "humana", "nucor", "ecolab"]
    COMPANY = "Bramwell Moving and Storage"
    TOLL_FREE = "one eight hundred, five five five, oh one four two"  # the company's own line: not PII
    RELATIVES = ["my sister", "my brother", "my mom", "my dad", "my son", "my daughter", "my husband", "my wife",
                 "my roommate", "my neighbor"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group digit by digit ("oh"/"zero", "double", "triple"), in pairs, or written as digits."""
        r = self.r
        style = r.choice(["words", "words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and (len(g) in (2, 4) and g[0] != "0" or len(g) == 3 and g[1] != "0"):
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit with no doubles, as an agent reads a number off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def local(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def wrong(self, s: str, lo: int = 0) -> str:
        """``s`` with one digit (at or after ``lo``) changed, as a misheard read-back has it."""
        r = self.r
        k = r.randint(lo, len(s) - 1)
        while not s[k].isdigit():
            k = r.randint(lo, len(s) - 1)
        return s[:k] + str((int(s[k]) + r.randint(1, 8)) % 10) + s[k + 1:]

    # -- phone ---------------------------------------------------------------------------------------------------

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.local()
        mode = r.choice(["knock", "toll-free", "emergency", "wrong-last", "area-later", "triple", "meet-truck"])
        if mode == "toll-free":  # the company's own number first, then the caller's
            b.say("agent", "If anything changes before the move you can reach dispatch directly at "
                           f"{self.TOLL_FREE}. And what's the best number for you?")
            b.say("customer", r.choice(["My cell, ", "Best is my cell. ", self.pre()]),
                  ("pii", "phone", f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Okay, ", ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"),
                      ", I'll put that on the work order.")
            return
        if mode in ("emergency", "meet-truck"):  # somebody else's name and number, given by the caller
            first, last = self.sc.name()
            rel = r.choice(self.RELATIVES)
            if mode == "emergency":
                b.say("agent", Q_HELDOUT14["person"][2])
                b.say("customer", f"Put {rel}, ", ("pii", "person", f"{first} {last}"), ". Her number is "
                      if rel in ("my sister", "my mom", "my daughter", "my wife") else ". His number is ",
                      ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
            else:
                b.say("agent", Q_HELDOUT14["person"][3])
                b.say("customer", r.choice(["I fly out the day before, so ", "I won't be there, "]), rel, ", ",
                      ("pii", "person", first), r.choice([". Can the driver call ", ". The driver can reach "]),
                      "them at ", ("pii", "phone", f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}"), "?")
            if r.random() < 0.5:
                b.say("agent", "Got it, ", ("pii", "person", first), " at ",
                      ("pii", "phone", self.words("".join(g))), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "knock":  # the movers knock between the groups
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... oh, hold on, somebody's at the door. Sorry, it's the guy for the couch.",
                            "... sorry, the dog. Biscuit, no! Okay, sorry.",
                            "... hang on, I'm in the garage and the signal's bad."]))
            b.say("agent", r.choice(["No problem. I've got the first six.",
                                     "That's okay, go ahead when you're ready."]))
            b.say("customer", r.choice(["Okay, the last part is ", "Then ", "And the last four, "]),
                  ("pii", "phone", self.say(g[2])), ".")
        elif mode == "wrong-last":  # the agent reads the last group back wrong
            b.say("customer", self.pre(), ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
            bad = self.wrong(g[2])
            b.say("agent", "So that's ", ("pii", "phone", f"{self.words(g[0])}, {self.words(g[1])}, {self.words(bad)}"),
                  "?")
            if r.random() < 0.5:
                b.say("customer", r.choice(["No, the end is ", "Almost, it's "]), ("pii", "phone", self.words(g[2])),
                      ", not ", ("pii", "phone", self.words(bad)), ".")
            else:
                b.say("customer", r.choice(["No, the last four are ", "Not quite, the end is "]),
                      ("pii", "phone", self.say(g[2])), ".")
            b.say("agent", r.choice(["Sorry, fixed it.", "Okay, corrected."]))
        elif mode == "area-later":  # seven digits first, the area code asked for after
            b.say("customer", self.pre(), ("pii", "phone", f"{self.say(g[1])}, {self.say(g[2])}"), ".")
            b.say("agent", "And the area code?")
            b.say("customer", r.choice(["Oh, sorry, ", "It's ", "Same as yours, I think, "]),
                  ("pii", "phone", self.say(g[0])), ".")
        else:  # "triple" inside a mixed reading
            g[2] = rand_digits(r, 1) + rand_digits(r, 1, False) * 3
            b.say("customer", self.pre(), ("pii", "phone", f"{g[0]}, {self.words(g[1])}, {digit_word(g[2][0], r)} "
                                                        f"triple {digit_word(g[2][1], r)}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, ", ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}"), "?")
                b.say("customer", r.choice(["Yep.", "That's right."]))

    # -- card ----------------------------------------------------------------------------------------------------

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["echo", "amex", "expired-autopay", "on-file", "written-zip", "two-turns"])
        if mode == "amex":
            d = luhn_complete("3" + r.choice("47") + rand_digits(r, 12, False))
            gs = [d[:4], d[4:10], d[10:]]
            self.sc.ask(b, "card")
            b.say("customer", r.choice(["It's an Amex, so it's a weird one. ", "American Express. ", self.pre()]),
                  ("pii", "card", self.say(gs[0])), ", ", ("pii", "card", self.say(gs[1])), ", ",
                  ("pii", "card", self.say(gs[2])), ".")
            b.say("agent", "And the last five again? ", ("pii", "card", self.words(gs[2])), "?")
            b.say("customer", r.choice(["Yes.", "Correct."]))
            return
        d = luhn_complete(luhn_complete(r.choice(["4", "4", "4", "51", "53", "2221", "6011"]) +
                                        rand_digits(r, 14, False))[:15])
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "on-file":  # a card on file known by its last four
            b.say("agent", r.choice(["The deposit would go on the card ending in ",
                                     "I still have the Visa ending in "]), ("pii", "card", self.words(gs[3])),
                  r.choice([" from the estimate. Want to use that one?", ". Is that still good?"]))
            b.say("customer", r.choice(["Yeah, ", "Yes, use the one ending "]), ("pii", "card", self.say(gs[3])),
                  r.choice([" is fine.", ", that's my debit."]))
            return
        if mode == "expired-autopay":  # the storage autopay failed on an expired card; the new one
            b.say("agent", r.choice([("The autopay failed on the first because the card on file expired. It's the "
                                      "one ending in "), "Your autopay bounced, it says expired card, ending "]),
                  ("pii", "card", self.words(gs[3])), ".")
            d2 = luhn_complete(luhn_complete("4" + rand_digits(r, 14, False))[:15])
            g2 = [d2[i:i + 4] for i in range(0, 16, 4)]
            b.say("customer", r.choice(["Oh, they sent me a new one. Okay, it's ", "Right, I got the new card. "]),
                  ("pii", "card", f"{self.say(g2[0])} {self.say(g2[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(g2[2])}, {self.say(g2[3])}"), ".")
            b.say("agent", "Okay, the new card ending in ", ("pii", "card", self.words(g2[3])),
                  " is on autopay, and I've run this month's rent, a hundred and nineteen plus the twenty dollar late "
                  "fee.")
            return
        self.sc.ask(b, "card")
        if mode == "echo":  # group by group, the agent echoing each group
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Okay, "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.7 else r.choice(self.sc.acks))
            b.say("agent", "And the expiration and the three digits on the back?")
            b.say("customer", r.choice(["Oh nine twenty eight, and it's four one two.",
                                        "Eleven twenty seven, seven seven oh.", "Three thirty, two nine five."]))
        elif mode == "two-turns":  # eight and eight, with an agent read-back one group wrong
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])}, {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])}, {self.say(gs[3])}"), ".")
            if r.random() < 0.6:
                bad = self.wrong(gs[2])
                b.say("agent", "Let me read it back. ", ("pii", "card", " ".join(self.words(x) for x in
                                                                               [gs[0], gs[1], bad, gs[3]])), "?")
                b.say("customer", r.choice(["No, the third part is ", "The third group is "]),
                      ("pii", "card", self.words(gs[2])), ".")
                b.say("agent", r.choice(["Okay, sorry about that.", "Got it, thanks."]))
        else:  # written in groups, then the billing zip
            b.say("customer", self.pre(), ("pii", "card", " ".join(gs) if r.random() < 0.6 else "-".join(gs)), ".")
            b.say("agent", "And the billing zip code?")
            zip_ = rand_digits(r, 5, False)
            b.say("customer", r.choice(["It's still the old place, ", "", "The new one, "]),
                  ("pii", "address", self.say(zip_)), ".")

    # -- account (reservations, storage customer numbers, claims, licences, gate codes, locks) --------------------

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["reservation", "reservation", "customer", "claim", "licence", "gate", "gate-year", "lock",
                         "unit-gate"])
        if mode == "reservation":  # letters and digits; letters NATO, "as in", or plain
            b.say("agent", Q_HELDOUT14["account"][0])
            letters = r.choice(["MV", "RB", "LD", "BM"])
            digits = rand_digits(r, r.choice([6, 7]))
            said = " ".join(self.NATO[c] if r.random() < 0.4 else f"{c} as in {self.AS_IN[c]}" if r.random() < 0.4
                            else c for c in letters)
            b.say("customer", self.pre(), ("pii", "account", f"{said}, {self.say(digits[:3])}, {self.say(digits[3:])}"),
                  ".")
            if r.random() < 0.7:
                b.say("agent", r.choice(["Okay, ", "Thank you, "]), ("pii", "account", f"{letters}-{digits}"),
                      r.choice([", I see the move on the fourteenth.", ", your long distance move, got it.", "."]))
            return
        if mode == "customer":  # a storage customer number over two turns, read back with a digit wrong
            b.say("agent", Q_HELDOUT14["account"][1])
            acct = rand_digits(r, r.choice([8, 9]))
            b.say("customer", self.pre(), ("pii", "account", self.say(acct[:4])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(acct[4:])), ".")
            if r.random() < 0.5:
                bad = self.wrong(acct, len(acct) - 4)
                b.say("agent", "I'm not finding ", ("pii", "account", bad), ". Can you read me the end again?")
                b.say("customer", r.choice(["Sure, it ends ", "The end is "]),
                      ("pii", "account", self.words(acct[-4:])), ".")
                b.say("agent", "There it is. Okay, I see the unit.")
            return
        if mode == "claim":  # a damage claim number that starts like a year
            b.say("agent", Q_HELDOUT14["account"][2])
            yy = r.choice(["25", "26"])
            rest = rand_digits(r, 5, False)
            said = r.choice([f"twenty {pair_words(yy, r)}, dash, {self.say(rest)}",
                             f"C L, twenty {pair_words(yy, r)}, {self.say(rest)}",
                             f"{self.words('20' + yy)} {self.say(rest)}"])
            b.say("customer", r.choice(["Yeah, it's ", "I wrote it down, ", self.pre()]), ("pii", "account", said),
                  r.choice([". It's for the dresser and the TV.", ".", ". Nobody's called me back."]))
            if r.random() < 0.5:
                b.say("agent", "Okay, ", ("pii", "account", f"CL-20{yy}-{rest}"), ", I have it. The adjuster is "
                               "reviewing the photos.")
            return
        if mode == "licence":  # the truck renter's driver's licence: the state, then letters and digits
            b.say("agent", Q_HELDOUT14["account"][3])
            state = r.choice(self.STATES)
            if r.random() < 0.5:
                c = r.choice(sorted(self.AS_IN))
                num = rand_digits(r, 7, False)
                said = f"{c} as in {self.AS_IN[c]}, {self.say(num[:3])}, {self.say(num[3:])}" if r.random() < 0.5 \
                    else f"{c}, {self.say(num)}"
                written = c + num
            else:
                num = rand_digits(r, r.choice([8, 9]))
                said = f"{self.say(num[:4])}, {self.say(num[4:])}"
                written = num
            b.say("customer", f"{state}, ", ("pii", "account", said),
                  r.choice([". It expires next year.", ".", ", and I've had it since I was sixteen."]))
            if r.random() < 0.5:
                b.say("agent", "Okay, ", state, ", ", ("pii", "account", written), ". And you're over twenty one?")
                b.say("customer", "Yes.")
            return
        if mode in ("gate", "gate-year"):  # gate codes: "star", "pound"; some sound like a year
            code = r.choice(["19", "20"]) + rand_digits(r, 2, False) if mode == "gate-year" else \
                rand_digits(r, r.choice([4, 5, 6]), False)
            b.say("customer", r.choice(["My gate code isn't working. I've been putting in ",
                                        "The keypad at the gate keeps beeping red. I'm typing ",
                                        "I'm at the gate and it won't open, I'm doing "]),
                  ("pii", "account", r.choice([f"star {self.words(code)} pound", self.say(code),
                                               f"{self.words(code)}, then the pound key",
                                               pair_words(code[:2], r) + " " + pair_words(code[2:4], r)
                                               if len(code) == 4 and code[0] != "0" and code[2] != "0" else code])),
                  r.choice([", and nothing.", ".", " like always."]))
            b.say("agent", r.choice(["Your account is past due, so the gate access is locked out until it's paid.",
                                     "Let me look. Okay, it was reset after the system update."]))
            if r.random() < 0.6:
                new = rand_digits(r, 4, False)
                b.say("agent", r.choice(["I've set a new code for you, it's ", "Try this one, "]),
                      ("pii", "account", self.words(new)), r.choice([", then pound.", "."]))
                b.say("customer", r.choice(["Okay, ", "So "]), ("pii", "account", self.say(new)),
                      r.choice([", got it.", "?"]))
            return
        if mode == "lock":  # a combination lock's numbers, or the caller lost the key
            combo = [str(r.randint(0, 39)) for _ in range(3)]
            b.say("customer", r.choice(["I gave my brother the combination, ", "The combo on my lock is "]),
                  ("pii", "account", ", ".join(UNITS[int(c)] if len(c) == 1 else pair_words(c, r) for c in combo)),
                  r.choice([", and now he says it won't open.",
                                                                  ", but I think he changed it."]))
            b.say("agent", "If you can't get the lock off, we can cut it for twenty five dollars, but you'll need to "
                           "come in with your ID.")
            return
        # the storage unit's number beside its gate code
        unit = r.choice("ABCDE") + rand_digits(r, 3, False)
        code = rand_digits(r, 4, False)
        b.say("customer", r.choice(["My son's going to get some things out of ", "My mover needs into "]),
              ("pii", "account", f"unit {unit[0]} {self.say(unit[1:])}"),
              r.choice([". Can I just give him my code? It's ", ", is it okay if I give him the code, "]),
              ("pii", "account", self.words(code)), "?")
        b.say("agent", "It's better if I add him as an authorized user with his own code. Otherwise it all goes on "
                       "your access log.")

    # -- ssn -------------------------------------------------------------------------------------------------------

    def ssn(self, b: Builder) -> None:
        r = self.r
        d = rand_digits(r, 9)
        mode = r.choice(["three-turns", "why", "last-four", "last-four", "written", "two-turns"])
        if mode == "last-four":
            b.say("agent", Q_HELDOUT14["ssn"][1])
            b.say("customer", r.choice(["Last four, ", "It's ", "Um... "]), ("pii", "ssn", self.say(d[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(d[5:])), ", thank you, you're verified.")
            return
        if mode == "why":  # the caller asks why first
            b.say("agent", Q_HELDOUT14["ssn"][0])
            b.say("customer", r.choice(["Why do you need my social for a storage unit?",
                                        "My social? For a storage unit? Really?"]))
            b.say("agent", "It's only for the twelve month contract with the locked-in rate. The month to month "
                           "doesn't need it.")
            b.say("customer", r.choice(["Fine. It's ", "Okay, okay. ", "Alright. "]),
                  ("pii", "ssn", f"{self.say(d[:3])}, {self.say(d[3:5])}, {self.say(d[5:])}"), ".")
            return
        b.say("agent", r.choice([Q_HELDOUT14["ssn"][0], Q_HELDOUT14["ssn"][2]]))
        if mode == "written":
            b.say("customer", self.pre(), ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}"), ".")
            return
        if mode == "two-turns":
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(d[:3])} {self.say(d[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[5:])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "ssn", self.say(d[:3])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[3:5])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(d[5:])), ".")
        if r.random() < 0.6:
            b.say("agent", r.choice(["So that's ", "I have "]),
                  ("pii", "ssn", f"{d[:3]}-{d[3:5]}-{d[5:]}" if r.random() < 0.5 else self.words(d)), "?")
            b.say("customer", r.choice(["Yes.", "That's right."]))

    # -- e-mail --------------------------------------------------------------------------------------------------

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first = re.sub(r"[^a-z]", "", first.lower())
        last = re.sub(r"[^a-z]", "", last.lower().split()[-1])
        dom = r.choice(self.DOMAINS)
        mode = r.choice(["as-in", "dash", "work", "readback-fix", "digits", "written"])
        if mode == "work":  # a company-paid relocation: the work address, given unasked
            b.say("customer", r.choice(["My employer's paying for the move, so send the invoice to my work email, ",
                                        "The relocation people want a copy. Use my work one, "]),
                  ("pii", "email", f"{first} dot {last} at {r.choice(self.EMPLOYERS)} dot com"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "as-in":
            letters = [c.upper() for c in (first[0] + last)[:7]]
            said = " ".join(f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and r.random() < 0.4 else c
                            for c in letters)
            b.say("customer", self.pre(), ("pii", "email", f"{said} at {dom}"), ".")
        elif mode == "dash":
            b.say("customer", self.pre(), ("pii", "email", f"{first} dash {last} at {dom}"), r.choice([".", ", with a "
                                                                                                   "dash, not an "
                                                                                                   "underscore."]))
        elif mode == "digits":
            y = r.choice(["eighty eight", "two four", "oh five", "nine nine", "one two three"])
            b.say("customer", self.pre(), ("pii", "email", f"{first}{last[0]} {y} at {dom}"), ".")
        elif mode == "written":
            b.say("customer", self.pre(), ("pii", "email", f"{first}.{last}@{dom.replace(' dot ', '.')}"), ".")
        else:  # read back with a wrong letter; the caller spells the surname
            b.say("customer", self.pre(), ("pii", "email", f"{first} {last} at {dom}"), ".")
            bad = last[:-1] + ("e" if last[-1] != "e" else "a")
            b.say("agent", "Okay, ", ("pii", "email", f"{first}{bad}@{dom.replace(' dot ', '.')}"), "?")
            b.say("customer", r.choice(["No, the last name is ", "Not quite, it's "]),
                  ("pii", "person", " ".join(c.upper() for c in last)), ".")
            b.say("agent", r.choice(["Got it, fixed. The estimate's on its way.", "Okay, corrected."]))

    # -- person --------------------------------------------------------------------------------------------------

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["agent-intro", "spelled", "crew-lead", "access-list", "renter", "nato-spell", "asked"])
        if mode == "agent-intro":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.COMPANY),
                  r.choice([", this is ", ", my name is ", ", you've got "]), ("pii", "person", first),
                  r.choice([". Are you calling about a move or a storage unit?", ". How can I help?"]))
            if r.random() < 0.5:
                f2, l2 = self.sc.name()
                b.say("customer", "Hi ", ("pii", "person", first), r.choice([", this is ", ", my name's "]),
                      ("pii", "person", f"{f2} {l2}"), ", I have a move booked for Saturday.")
        elif mode == "crew-lead":  # the crew lead or driver, by first name
            b.say("customer", r.choice(["The crew lead, ", "The driver, I think his name was ",
                                        "One of the guys, "]), ("pii", "person", first),
                  r.choice([", said he'd write down the scratch on the table.", ", told me the dresser was already "
                            "cracked, but it wasn't.", ", was great, I want to leave him a tip."]))
        elif mode == "access-list":  # someone added to the storage unit's access list
            rel = r.choice(self.RELATIVES)
            b.say("customer", r.choice(["Can I add ", "I want to put "]), rel, ", ",
                  ("pii", "person", f"{first} {last}"),
                  r.choice([", on the access list for the unit?", ", as an authorized user?"]))
            b.say("agent", r.choice(["Sure. They'll need to come in with a photo ID to get their own gate code.",
                                     "Yes, I just need their name and phone, and they sign at the office."]))
        elif mode == "renter":  # the name on the truck rental must match the licence
            b.say("agent", "Whose name is the truck under? It has to match the license.")
            b.say("customer", r.choice(["Mine, ", "My husband's, ", "It's under "]),
                  ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            b.say("customer", ("pii", "person", spell(last, r)), ".")
        elif mode == "nato-spell":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            parts: list = []
            letters = [c.upper() for c in last if c.isalpha()]
            for k, c in enumerate(letters):
                said = self.NATO[c] if c in self.NATO and r.random() < 0.3 else \
                    f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and r.random() < 0.3 else c
                parts += [("pii", "person", said), ", " if k < len(letters) - 1 else "."]
            b.say("customer", *parts)
            if r.random() < 0.5:
                b.say("agent", r.choice(["Thank you, Ms. ", "Thanks, Mr. "]), ("pii", "person", last), ".")
        elif mode == "spelled":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            b.say("customer", r.choice(["Sure, ", "", "The last name? "]), ("pii", "person", spell(last, r)), ".")
        else:
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"),
                  r.choice([". I'm moving from a two bedroom.", ".", ", and it's for a storage unit, not a move."]))
            if r.random() < 0.5:
                b.say("agent", r.choice(["Thanks, ", "Okay, "]), ("pii", "person", first), r.choice([".", ", let me "
                                                                                                  "look."]))

    # -- address -------------------------------------------------------------------------------------------------

    def street(self) -> str:
        r = self.r
        num = rand_digits(r, r.randint(3, 5))
        said = r.choice([num, self.say(num), say_group(num, r, "pairs") if len(num) == 4 and num[0] != "0" and
                         num[2] != "0" else num])
        return f"{said} {r.choice(self.STREETS)} {r.choice(SUFFIXES)}"

    def address(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["both", "both", "apartment", "billing", "zip-readback", "branch"])
        city, state = r.choice(self.CITIES)
        zip_ = rand_digits(r, 5, False)
        if mode == "both":  # origin and destination in one call
            city2, state2 = r.choice(self.CITIES)
            b.say("agent", Q_HELDOUT14["address"][0])
            b.say("customer", self.pre(), ("pii", "address", self.street()), f", in {city}.",
                  r.choice([" It's a house, two stories.", " Single family, there's a long driveway.", ""]))
            b.say("agent", Q_HELDOUT14["address"][1])
            parts: list = [r.choice(["We're going to ", "It's going to ", "The new place is "]),
                           ("pii", "address", self.street())]
            if r.random() < 0.5:
                parts += [r.choice([", apartment ", ", unit ", ", number "]),
                          ("pii", "address", r.choice([self.say(rand_digits(r, 3)),
                                                       f"{UNITS[r.randint(2, 9)]} {r.choice('ABCD')}"]))]
            parts += [f", {city2}, {state2}", r.choice([". It's on the third floor, and there's an elevator.",
                                                        ". Third floor, no elevator, sorry.", "."])]
            b.say("customer", *parts)
            b.say("agent", r.choice(["Okay, that's about six hundred miles, so it's a long distance move.",
                                     "Got it. Stairs are an extra charge per flight, I'll note it."]))
            return
        if mode == "branch":  # the company's branch and the caller's address
            b.say("agent", "You'll pick up the truck at our location on Industrial Parkway, that's branch four "
                           "seventeen. And the address you're moving out of?")
            b.say("customer", self.pre(), ("pii", "address", self.street()), f", {city}, ",
                  ("pii", "address", self.say(zip_)), ".")
            return
        self.sc.ask(b, "address")
        if mode == "apartment":  # apartment, floor and elevator details
            apt = rand_digits(r, 1, False) + r.choice(["0", "1", "2"]) + rand_digits(r, 1, False)
            b.say("customer", self.pre(), ("pii", "address", self.street()), r.choice([", apartment ", ", apt ",
                                                                                       " number "]),
                  ("pii", "address", self.say(apt)), f", {city}.")
            b.say("customer", f"It's on the {ORDINALS[int(apt[0]) - 1]} floor, and you have to reserve the freight "
                              "elevator with the building.")
        elif mode == "billing":
            b.say("customer", r.choice(["Billing is still my old address, ", "Use my mom's place for billing, "]),
                  ("pii", "address", self.street()), f", {city}, {state}, ", ("pii", "address", self.say(zip_)), ".")
        else:  # the zip read back
            b.say("customer", self.pre(), ("pii", "address", self.street()), f", {city}, {state}.")
            b.say("agent", "And the zip?")
            b.say("customer", ("pii", "address", self.say(zip_)), ".")
            b.say("agent", "So that's ", ("pii", "address", zip_), r.choice([", got it.", ". Okay."]))

    # -- date of birth -------------------------------------------------------------------------------------------

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1948, 2005)
        yw = year_words(y) if y < 2000 else "two thousand" if y == 2000 else f"two thousand {UNITS[y - 2000]}"
        mode = r.choice(["words", "numbers", "slashes", "readback", "move-date", "ordinal-of"])
        if mode == "move-date":  # the move date (not PII) in the same breath as the date of birth
            b.say("agent", Q_HELDOUT14["dob"][0])
            md = r.randint(1, 28)
            b.say("customer", r.choice(["Mine, ", "It's "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"),
                  f". And the pickup is {MONTHS[r.randint(0, 11)]} {ORDINALS[md - 1]}, right?")
            b.say("agent", "Yes, the truck is reserved for eight a.m. that day.")
            return
        self.sc.ask(b, "dob")
        if mode == "words":
            said = f"{MONTHS[m - 1]} {pair_words(f'{day:02d}', r) if day > 9 else UNITS[day]}, {yw}"
        elif mode == "numbers":
            said = f"{'oh ' + UNITS[m] if m < 10 else TEENS[m - 10]}, {pair_words(f'{day:02d}', r)}, " \
                   f"{pair_words(str(y)[2:], r)}"
        elif mode == "slashes":
            said = f"{m}/{day}/{y}"
        elif mode == "ordinal-of":
            said = f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {yw}"
        else:
            said = f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {yw}"
        b.say("customer", self.pre(), ("pii", "dob", said), ".")
        if mode == "readback":
            b.say("agent", "So ", ("pii", "dob", f"{m:02d}/{day:02d}/{y}"), "?")
            b.say("customer", r.choice(["Yes.", "Correct."]))

    # -- numbers and words a moving and storage line has that are not PII -----------------------------------------

    def distractor(self, b: Builder) -> None:
        r = self.r
        fvp = ("keep", "lexicon", "Full Value Protection")
        speaker, parts = r.choice([
            ("customer", ["Do you have a ten by ten, or is a ten by fifteen too big for a two bedroom?"]),
            ("agent", ["A five by five is about the size of a closet, it's forty nine a month."]),
            ("agent", ["The twenty six foot truck is for a four or five bedroom, the fifteen foot for a one "
                       "bedroom."]),
            ("agent", ["It's twenty nine ninety five plus ninety nine cents a mile."]),
            ("customer", ["The estimate said about eight thousand pounds, but they weighed it at ninety four "
                          "hundred."]),
            ("agent", ["The binding quote was four thousand two hundred and thirty, and that's what you'll pay."]),
            ("agent", ["A crew of three is a hundred and sixty nine an hour, with a three hour minimum."]),
            ("customer", ["It's about eleven hundred miles, Denver to Nashville."]),
            ("customer", ["We're on the fourth floor, and the elevator is tiny."]),
            ("agent", ["The arrival window is eight to ten a.m. on the twelfth."]),
            ("agent", ["The basic coverage is sixty cents per pound per item, so a fifty pound TV is thirty dollars."]),
            ("agent", ["With ", fvp, " it's repaired or replaced at today's value, and the deductible is "
                       "two fifty."]),
            ("agent", ["Rent is due on the first, and there's a twenty dollar late fee on the sixth."]),
            ("agent", ["After sixty days past due, the unit goes to lien, and the sale is scheduled for the "
                       "twenty second."]),
            ("agent", ["That's about six hundred cubic feet, so roughly a sixteen foot container."]),
            ("customer", ["Somebody told me it'd be ten percent off if I booked on a weekday."]),
            ("agent", ["Our number is ", self.TOLL_FREE, ", and dispatch opens at seven."]),
            ("agent", ["The deposit is a hundred and fifty, refundable up to seventy two hours before."]),
            ("customer", ["I have about forty boxes and a piano, and the piano is like six hundred pounds."]),
            ("agent", ["Climate controlled is an extra thirty a month on a ten by twenty."]),
            ("agent", ["That's location two oh six, the one by the highway."]),
            ("customer", ["Last time it took them nine hours instead of the five they said."]),
            ("agent", ["Use promo code MOVE twenty and you get twenty percent off the packing materials."]),
            ("customer", ["The move is June twenty eighth, and I have to be out by noon."]),
        ])
        b.say(speaker, *parts)


# -- filler ----------------------------------------------------------------------------------------------

_CAPS_OK = {"I", "I'm", "I've", "I'll", "I'd"}


def clean_ok(t: str) -> bool:
    w = t.split()
    if not 3 <= len(w) <= 25 or re.search(r"\d|name|\{\{|#|@|\bmr\b|\bmrs\b|\bdr\b", t, re.I):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z']*", t)
    if any(x[:1].isupper() and x not in _CAPS_OK for x in words[1:]):
        return False
    return words[0].lower() not in _first_names()  # "Adam, could you show me around?" is a name in the filler


@functools.cache  # read once: clean_ok runs on every filler line
def _first_names() -> frozenset[str]:
    import names

    root = Path(names.__file__).parent
    return frozenset(l.split()[0].lower() for f in ("dist.male.first", "dist.female.first", "dist.all.last")
                     for l in (root / f).read_text().splitlines()[:3000] if l.strip()) - {"i", "so", "my", "an"}


def dialogsum_filler(data: Path) -> tuple[list[str], list[str]]:
    lines = []
    for line in (data / "dialogsum" / "dialogsum.dev.jsonl").read_text(encoding="utf-8").splitlines():
        for turn in json.loads(line)["dialogue"].split("\n"):
            text = re.sub(r"^#Person\d#:\s*", "", turn).replace(" ' ", "'").strip()
            if clean_ok(text):
                lines.append(text)
    return lines[::2], lines[1::2]


def heldout_filler(data: Path) -> tuple[list[str], list[str]]:
    natcs = [json.loads(x)["utterance"] for x in
             (data / "natcs-insurance-dev" / "test-utterances.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(data / "bitext-customer-service-sample" / "Bitext_Sample_Customer_Service_Training_Dataset.csv",
              encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in csv.DictReader(f)]
    cust = [t for t in natcs if clean_ok(t)] + [t[:1].upper() + t[1:] for t in bitext[::7] if clean_ok(t)]
    return AGENT_HELDOUT, cust


def heldout2_filler(data: Path) -> tuple[list[str], list[str]]:
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in csv.DictReader(f)]
    clinc = [t for t, _ in json.loads((data / "clinc150" / "data_small.json").read_text(encoding="utf-8"))["test"]]
    cust = [t for t in banking[::5] if clean_ok(t)] + [t[:1].upper() + t[1:] for t in clinc[::3] if clean_ok(t)]
    return AGENT_HELDOUT2, cust


def heldout3_filler(data: Path) -> tuple[list[str], list[str]]:
    lines = []
    for line in (data / "dialogsum" / "dialogsum.test.jsonl").read_text(encoding="utf-8").splitlines():
        for turn in json.loads(line)["dialogue"].split("\n"):
            text = re.sub(r"^#Person\d#:\s*", "", turn).replace(" ' ", "'").strip()
            if clean_ok(text):
                lines.append(text)
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in csv.DictReader(f)]
    cust = lines[1::2] + [t[:1].upper() + t[1:] for t in bitext[::9] if clean_ok(t)]
    return AGENT_HELDOUT3 + lines[::6], cust


def heldout4_filler(data: Path) -> tuple[list[str], list[str]]:
    """ABCD's sample dialogues (agent and customer turns by role) and CLINC150's validation split (small)."""
    abcd = json.loads((data / "abcd-sample" / "abcd_sample.json").read_text(encoding="utf-8"))
    turns = [(role, text.strip()) for c in abcd for role, text in c["original"] if role in ("agent", "customer")]
    agent = [t[:1].upper() + t[1:] for r, t in turns if r == "agent" and clean_ok(t)]
    cust = [t[:1].upper() + t[1:] for r, t in turns if r == "customer" and clean_ok(t)]
    clinc = [t for t, _ in json.loads((data / "clinc150" / "data_small.json").read_text(encoding="utf-8"))["val"]]
    cust += [t[:1].upper() + t[1:] for t in clinc[::2] if clean_ok(t)]
    return AGENT_HELDOUT4 + agent, cust


def heldout5_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split (every eleventh, never used before) and Bitext 20000 (offset 5, every ninth)."""
    clinc = [t for t, _ in json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))["train"]]
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in csv.DictReader(f)]
    cust = [t[:1].upper() + t[1:] for t in clinc[3::11] if clean_ok(t)]
    cust += [t[:1].upper() + t[1:] for t in bitext[5::9] if clean_ok(t)]
    return AGENT_HELDOUT5, cust


def heldout6_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full test split (offset 2, every seventh) and out-of-scope test, Banking77 train (offset 2, every
    fifth: heldout2 took offset 0)."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, _ in full["test"][2::7]] + [t for t, _ in full["oos_test"][::3]]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in csv.DictReader(f)]
    cust = [t[:1].upper() + t[1:] for t in clinc if clean_ok(t)]
    cust += [t[:1].upper() + t[1:] for t in banking[2::5] if clean_ok(t)]
    return AGENT_HELDOUT6, cust


def heldout7_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 7 (every eleventh: heldout5 took offset 3) with its out-of-scope train
    and validation lines, and Bitext's 27k sample at offset 3 (every seventh: heldout took offset 0)."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, _ in full["train"][7::11]] + [t for t, _ in full["oos_train"] + full["oos_val"]]
    with open(data / "bitext-customer-service-sample" / "Bitext_Sample_Customer_Service_Training_Dataset.csv",
              encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in csv.DictReader(f)]
    names = _name_words()
    cust = [t[:1].upper() + t[1:] for t in clinc + bitext[3::7]
            if clean_ok(t) and not names & set(re.findall(r"[a-z]+", t.lower()))]  # "share it with amy"
    return AGENT_HELDOUT7, cust


def heldout8_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full validation split (auto-and-commute, banking and credit-card intents; never used before),
    Banking77 train at offset 4 (every fifth: heldout2 took 0, heldout6 took 2; payment and identity intents) and
    Bitext 20000 at offset 2 (every eighteenth, disjoint from heldout3's and heldout5's every ninth at 0 and 5;
    payment, account, refund and order intents, without the lines Bitext flags as typos or offensive), dropping
    lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    domains = json.loads((data / "clinc150" / "domains.json").read_text(encoding="utf-8"))
    intents = set(domains["auto_and_commute"] + domains["banking"] + domains["credit_cards"])
    clinc = [t for t, i in full["val"] if i in intents]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in list(csv.DictReader(f))[4::5] if r["category"] in _BANKING77_HELDOUT8]
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in list(csv.DictReader(f))[2::18]  # no typos (Z) or swearing (W)
                  if r["intent"] in _BITEXT_HELDOUT8 and not set(r["flags"]) & set("ZW")
                  and not re.search(r"\bu\b", r["utterance"])]
    names = _name_words()
    cust = [t[:1].upper() + t[1:] for t in clinc + banking + bitext
            if clean_ok(t) and not names & set(re.findall(r"[a-z]+", t.lower()))]
    return AGENT_HELDOUT8, cust


_BANKING77_HELDOUT8 = {"direct_debit_payment_not_recognised", "transaction_charged_twice", "extra_charge_on_statement",
                       "pending_transfer", "transfer_timing", "request_refund", "Refund_not_showing_up",
                       "declined_card_payment", "card_payment_not_recognised", "edit_personal_details",
                       "verify_my_identity", "unable_to_verify_identity", "why_verify_identity", "failed_transfer",
                       "balance_not_updated_after_bank_transfer", "pending_card_payment", "card_payment_fee_charged",
                       "terminate_account"}
_BITEXT_HELDOUT8 = {"payment_issue", "check_payment_methods", "get_refund", "track_refund", "check_invoices",
                    "get_invoice", "edit_account", "change_order", "track_order", "cancel_order", "complaint",
                    "check_cancellation_fee", "change_shipping_address"}



def bitext_lines(data: Path, offset: int, step: int, intents: set[str]) -> list[str]:
    """Bitext's 27k sample, every ``step``-th row from ``offset``, in ``intents``, without typo or offensive lines
    (flags Z, W) and without "u"/"ur"."""
    with open(data / "bitext-customer-service-sample" / "Bitext_Sample_Customer_Service_Training_Dataset.csv",
              encoding="utf-8-sig") as f:
        return [r["utterance"] for r in list(csv.DictReader(f))[offset::step]
                if r["intent"] in intents and not set(r["flags"]) & set("ZW")
                and not re.search(r"\bu\b|\bur\b", r["utterance"])]


def customer_lines(texts: list[str]) -> list[str]:
    """Clean lines, capitalised, without a lower-case common name in them."""
    names = _name_words()
    return [t[:1].upper() + t[1:] for t in texts
            if clean_ok(t) and not names & set(re.findall(r"[a-z]+", t.lower()))]


def heldout9_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 9 (every eleventh: heldout5 took 3, heldout7 took 7; bill, payment,
    transfer and card intents, and what callers say on a phone line: "repeat that", "slow down", yes, no, thanks), Banking77 train at offset 1 (every fifth: heldout2, 6 and 8 took 0, 2 and 4;
    transfer, exchange-rate, card-payment and identity intents, as parents paying tuition from abroad ask) and
    Bitext's 27k sample at offset 5 (every seventh: heldout took 0, heldout7 3; payment, refund, invoice and account
    intents, without typo or offensive lines), dropping lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][9::11] if i in _CLINC_HELDOUT9]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in list(csv.DictReader(f))[1::5] if r["category"] in _BANKING77_HELDOUT9]
    bitext = bitext_lines(data, 5, 7, _BITEXT_HELDOUT9)
    cust = customer_lines(clinc + banking + bitext)
    return AGENT_HELDOUT9, cust


_CLINC_HELDOUT9 = {"pay_bill", "bill_due", "bill_balance", "balance", "transfer", "transactions", "routing",
                   "report_fraud", "account_blocked", "spending_history", "min_payment", "card_declined",
                   "expiration_date", "international_fees", "repeat", "change_speed", "yes", "no", "maybe", "cancel",
                   "thank_you", "goodbye"}
_BANKING77_HELDOUT9 = {"transfer_not_received_by_recipient", "transfer_timing", "pending_transfer", "failed_transfer",
                       "declined_transfer", "cancel_transfer", "transfer_fee_charged", "exchange_rate",
                       "exchange_charge", "card_payment_wrong_exchange_rate", "country_support",
                       "supported_cards_and_currencies", "fiat_currency_support", "receiving_money",
                       "transfer_into_account", "declined_card_payment", "card_payment_fee_charged",
                       "pending_card_payment", "reverted_card_payment?", "transaction_charged_twice",
                       "request_refund", "Refund_not_showing_up", "verify_source_of_funds", "verify_my_identity",
                       "edit_personal_details", "beneficiary_not_allowed"}
_BITEXT_HELDOUT9 = {"payment_issue", "check_payment_methods", "get_refund", "track_refund", "check_refund_policy",
                    "check_invoice", "get_invoice", "edit_account", "recover_password", "registration_problems",
                    "create_account", "contact_human_agent", "contact_customer_service", "complaint",
                    "check_cancellation_fee"}


def heldout11_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full test split at offset 5 (every seventh: heldout6 took offset 2; bill, payment, income,
    credit-score, insurance, smart-home and reminder intents, and what callers say on a phone line: "repeat that",
    "slow down", yes, no, thanks), Banking77 train at offset 3 (every fifth: heldout2, 6, 8 and 9 took 0, 2, 4 and
    1; payment, refund, direct-debit and identity intents, as tenants paying rent ask) and Bitext's 27k sample at
    offset 6 (every seventh: heldout, heldout7 and heldout9 took 0, 3 and 5; payment, refund, account, password and
    complaint intents, without typo or offensive lines), dropping lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["test"][5::7] if i in _CLINC_HELDOUT11]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in list(csv.DictReader(f))[3::5] if r["category"] in _BANKING77_HELDOUT11]
    bitext = bitext_lines(data, 6, 7, _BITEXT_HELDOUT11)
    cust = customer_lines(clinc + banking + bitext)
    return AGENT_HELDOUT11, cust


_CLINC_HELDOUT11 = {"pay_bill", "bill_due", "bill_balance", "balance", "direct_deposit", "payday", "income",
                    "credit_score", "improve_credit_score", "application_status", "insurance", "smart_home",
                    "reminder", "calendar", "date", "time", "repeat", "change_speed", "yes", "no", "maybe", "cancel",
                    "thank_you", "goodbye", "transactions", "order_checks"}
_BANKING77_HELDOUT11 = {"direct_debit_payment_not_recognised", "transaction_charged_twice", "extra_charge_on_statement",
                        "declined_card_payment", "card_payment_fee_charged", "pending_card_payment", "pending_transfer",
                        "transfer_not_received_by_recipient", "request_refund", "Refund_not_showing_up",
                        "balance_not_updated_after_cheque_or_cash_deposit", "cancel_transfer", "verify_my_identity",
                        "why_verify_identity", "unable_to_verify_identity", "edit_personal_details"}
_BITEXT_HELDOUT11 = {"payment_issue", "check_payment_methods", "get_refund", "track_refund", "check_refund_policy",
                     "check_invoice", "edit_account", "recover_password", "registration_problems", "create_account",
                     "contact_human_agent", "contact_customer_service", "complaint", "check_cancellation_fee",
                     "switch_account"}


def heldout10_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 1 (every eleventh: heldout5, 7 and 9 took 3, 7 and 9; banking, card,
    travel-notice and exchange intents, and phone-line talk: "repeat that", "slow down", yes, no, thanks), Banking77
    train at offsets 1 and 4 (every fifth), only the card intents that heldout9 and heldout8 left there (lost,
    stolen and compromised cards, activation, PIN, cards kept by the ATM, contactless, wallets, cash withdrawals,
    cards arriving or expiring; every offset of Banking77 was taken by an earlier split, these lines were not) and
    Bitext's 27k sample at offset 4 (every fourteenth: heldout, heldout7, heldout9 and heldout11 took 0, 3, 5 and 6
    of every seventh; payment, account and complaint intents, no typo or offensive lines, no "u"/"ur"), dropping
    lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][1::11] if i in _CLINC_HELDOUT10]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    banking = [r["text"] for r in rows[1::5] + rows[4::5] if r["category"] in _BANKING77_HELDOUT10]
    bitext = bitext_lines(data, 4, 14, _BITEXT_HELDOUT10)
    cust = customer_lines(clinc + banking + bitext)
    return AGENT_HELDOUT10, cust


_CLINC_HELDOUT10 = {"freeze_account", "routing", "pin_change", "account_blocked", "transfer", "balance",
                    "transactions", "report_fraud", "spending_history", "replacement_card_duration",
                    "expiration_date", "damaged_card", "report_lost_card", "card_declined", "credit_limit_change",
                    "credit_limit", "new_card", "international_fees", "travel_notification", "exchange_rate",
                    "repeat", "change_speed", "yes", "no", "maybe", "cancel", "thank_you", "goodbye"}
_BANKING77_HELDOUT10 = {"lost_or_stolen_card", "compromised_card", "card_not_working", "activate_my_card",
                        "change_pin", "pin_blocked", "card_arrival", "card_delivery_estimate",
                        "cash_withdrawal_not_recognised", "declined_cash_withdrawal", "card_swallowed",
                        "contactless_not_working", "apple_pay_or_google_pay", "passcode_forgotten",
                        "wrong_amount_of_cash_received", "atm_support", "card_about_to_expire", "lost_or_stolen_phone",
                        "get_physical_card", "getting_spare_card", "card_linking"}
_BITEXT_HELDOUT10 = {"payment_issue", "check_payment_methods", "edit_account", "recover_password",
                     "contact_human_agent", "complaint", "delete_account", "switch_account"}


def heldout12_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 5 (every eleventh: heldout5, 7, 9 and 10 took 3, 7, 9 and 1; order,
    order-status, rewards, bill, card and application intents, and phone-line talk: "repeat that", "slow down", yes,
    no, thanks) and Bitext's 27k sample at offset 2 (every seventh: heldout, heldout7, heldout9 and heldout11 took 0,
    3, 5 and 6, heldout10 4 of every fourteenth; order, delivery, shipping-address, refund, invoice, payment, account
    and complaint intents, without typo or offensive lines), dropping lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][5::11] if i in _CLINC_HELDOUT12]
    bitext = bitext_lines(data, 2, 7, _BITEXT_HELDOUT12)
    cust = customer_lines(clinc + bitext)
    return AGENT_HELDOUT12, cust


_CLINC_HELDOUT12 = {"order", "order_status", "redeem_rewards", "rewards_balance", "pay_bill", "bill_due",
                    "bill_balance", "min_payment", "card_declined", "credit_limit", "apr", "application_status",
                    "new_card", "damaged_card", "expiration_date", "shopping_list", "repeat", "change_speed", "yes",
                    "no", "maybe", "cancel", "thank_you", "goodbye"}
_BITEXT_HELDOUT12 = {"track_order", "cancel_order", "change_order", "place_order", "change_shipping_address",
                     "set_up_shipping_address", "delivery_options", "delivery_period", "get_refund", "track_refund",
                     "check_refund_policy", "check_invoice", "get_invoice", "payment_issue", "check_payment_methods",
                     "recover_password", "edit_account", "registration_problems", "complaint",
                     "contact_customer_service", "contact_human_agent"}


def heldout13_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 6 (every eleventh: heldout5, 7, 9, 10 and 12 took 3, 7, 9, 1 and 5;
    taxes, W-2, income, pay, direct-deposit, bill and transfer intents, and phone-line talk: "repeat that", "slow
    down", yes, no, thanks), CLINC150's full validation split for the work and meta intents only (heldout8 took only
    auto, banking and card intents there), Banking77 train at offset 3 (every fifth) for the transfer intents
    heldout11 left there (money that has not arrived, a transfer that failed or was declined) and Bitext's 27k sample
    at offset 1 (every seventh: heldout, heldout12, heldout7, heldout9 and heldout11 took 0, 2, 3, 5 and 6, heldout10
    4 of every fourteenth; payment, refund, invoice, account and complaint intents, no typo or offensive lines),
    dropping lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][6::11] if i in _CLINC_HELDOUT13]
    clinc += [t for t, i in full["val"] if i in _CLINC_VAL_HELDOUT13]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in list(csv.DictReader(f))[3::5] if r["category"] in _BANKING77_HELDOUT13]
    bitext = bitext_lines(data, 1, 7, _BITEXT_HELDOUT13)
    cust = customer_lines(clinc + banking + bitext)
    return AGENT_HELDOUT13, cust


_CLINC_HELDOUT13 = {"taxes", "w2", "income", "payday", "direct_deposit", "pay_bill", "bill_due", "bill_balance",
                    "balance", "routing", "transfer", "report_fraud", "account_blocked", "freeze_account",
                    "min_payment", "repeat", "change_speed", "yes", "no", "maybe", "cancel", "thank_you", "goodbye"}
_CLINC_VAL_HELDOUT13 = {"taxes", "w2", "income", "payday", "direct_deposit", "rollover_401k", "repeat",
                        "change_speed", "yes", "no", "maybe", "cancel", "thank_you", "goodbye"}
_BANKING77_HELDOUT13 = {"balance_not_updated_after_bank_transfer", "transfer_timing", "failed_transfer",
                        "declined_transfer", "transfer_fee_charged", "receiving_money", "transfer_into_account",
                        "terminate_account"}
_BITEXT_HELDOUT13 = {"payment_issue", "check_payment_methods", "get_refund", "track_refund", "check_refund_policy",
                     "check_invoice", "get_invoice", "edit_account", "recover_password", "registration_problems",
                     "contact_human_agent", "contact_customer_service", "complaint", "check_cancellation_fee"}



class Heldout15:
    """Held-out 15's readings (only drawn for that split), as pet owners and front-desk staff at a veterinary hospital
    group say them: owners named beside their pets (pets' names, many human names, are not PII), a number broken off
    when the dog barks and finished later, the hospital's own number (not PII) before the caller's, a read-back with a
    digit wrong and the caller's correction; surgery deposits group by group, a card on file by its last four; client
    numbers, insurance policy and claim numbers with letters, fifteen-digit microchip numbers over two turns, portal
    PINs and after-hours door codes (all ``account``); SSNs for a payment-plan credit application; e-mails with a
    pet's name in them; home addresses; owners' dates of birth beside appointment dates (not PII); and vet-line numbers
    that are not PII (weights, ages, doses, prices, exam rooms, vaccine lot numbers, percentages)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "egg", "F": "Frank", "G": "George",
             "H": "horse", "K": "king", "L": "lion", "M": "mouse", "N": "Nora", "P": "puppy", "R": "rabbit",
             "S": "Sam", "T": "Tom", "V": "Victor", "W": "whale"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa", "R": "Romeo",
            "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey"}
    STREETS = ["Kestrel", "Old Mill", "Foxglove", "Prairie View", "Timber Ridge", "Quail Run", "Hollyhock",
               "Beaver Creek", "Juniper", "Sandpiper", "Mockingbird", "Chestnut Hill"]
    CITIES = [("Boise", "Idaho"), ("Frisco", "Texas"), ("Ann Arbor", "Michigan"), ("Chandler", "Arizona"),
              ("Greenville", "South Carolina"), ("Overland Park", "Kansas"), ("Bend", "Oregon"),
              ("Lexington", "Kentucky"), ("Madison", "Wisconsin"), ("Fayetteville", "Arkansas")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "outlook dot com", "icloud dot com",
               "aol dot com", "att dot net"]
    HOSPITAL = "Ashcombe Animal Hospitals"
    MAIN_LINE = "five five five, two two seven, three eight eight oh"  # the hospital's own line: not PII

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def pet(self) -> str:
        return self.r.choice(PETS_HELDOUT15)

    def say(self, g: str) -> str:
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[2 % len(g)] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 8)) % 10) + s[k + 1:]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
             rand_digits(r, 4, False)]
        mode = r.choice(["bark", "main-line", "wrong", "pet-owner", "mixed"])
        if mode == "main-line":
            b.say("agent", f"If she's not eating by tonight, call us back at {self.MAIN_LINE}. And your number?")
            b.say("customer", self.pre(), ("pii", "phone", f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}"), ".")
            return
        if mode == "pet-owner":
            first, last = self.sc.name()
            pet = self.pet()
            b.say("customer", f"This is {pet}'s mom, ", ("pii", "person", f"{first} {last}"),
                  ". You can reach me at ", ("pii", "phone", f"{g[0]} {self.say(g[1])} {self.say(g[2])}"), ".")
            if r.random() < 0.5:
                b.say("agent", f"Okay, {pet}'s chart, callback ", ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "bark":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, he's barking at the mailman. Hush!", "... hold on, the cat's on the counter.",
                            "... sorry, I'm holding the leash and the phone."]))
            b.say("agent", r.choice(["No worries.", "Take your time, I got the first part."]))
            b.say("customer", r.choice(["Okay, then ", "And ", ""]), ("pii", "phone", self.say(g[2])), ".")
        elif mode == "wrong":
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            bad = self.wrong(g[2])
            b.say("agent", "Let me repeat it, ", ("pii", "phone", f"{self.words(g[0])}, {self.words(g[1])}, "
                                                                f"{self.words(bad)}"), "?")
            b.say("customer", r.choice(["No, it ends in ", "Close, the last four are "]),
                  ("pii", "phone", self.words(g[2])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "phone", f"{g[0]}, {self.words(g[1])}, {pair_words(g[2][:2], r)} "
                                                        f"{pair_words(g[2][2:], r)}"), ".")

    def card(self, b: Builder) -> None:
        r = self.r
        p = r.choice(["4", "4", "51", "55", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        mode = r.choice(["echo", "on-file", "two-turns", "amex"])
        if mode == "on-file":
            b.say("agent", "I have a Mastercard on file ending in ", ("pii", "card", self.words(gs[3])),
                  ". Should I run the refill on that?")
            b.say("customer", r.choice(["Yes, the ", "Yep, "]), ("pii", "card", self.say(gs[3])), " is fine.")
            return
        self.sc.ask(b, "card")
        if mode == "amex":
            a = luhn_complete("37" + rand_digits(r, 12, False))
            b.say("customer", "It's an American Express. ", ("pii", "card", self.say(a[:4])), ", ",
                  ("pii", "card", self.say(a[4:10])), ", ", ("pii", "card", self.say(a[10:])), ".")
            b.say("agent", "And that ends ", ("pii", "card", a[10:]), "?")
            b.say("customer", "Yes.")
        elif mode == "echo":
            for k, grp in enumerate(gs):
                b.say("customer", "" if k else self.pre(), ("pii", "card", self.say(grp)), ".")
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        else:
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"),
                  ". Expiration is oh four twenty nine.")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["client", "policy", "claim", "chip", "chip", "pin", "door"])
        if mode == "client":
            b.say("agent", Q_HELDOUT15["account"][0])
            n = rand_digits(r, r.choice([6, 7]))
            b.say("customer", self.pre(), ("pii", "account", self.say(n)), f", it's for {self.pet()}.")
            if r.random() < 0.5:
                b.say("agent", "Okay, client ", ("pii", "account", n), ", I see both of your dogs.")
        elif mode in ("policy", "claim"):
            b.say("agent", Q_HELDOUT15["account"][1 if mode == "policy" else 2])
            letters = r.choice(["PH", "TK", "EM", "NW", "FG"])
            n = rand_digits(r, 8)
            said = " ".join(self.NATO[c] if r.random() < 0.5 else f"{c} as in {self.AS_IN[c]}" for c in letters)
            b.say("customer", self.pre(), ("pii", "account", f"{said}, {self.say(n[:4])}, {self.say(n[4:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", ("pii", "account", f"{letters}{n}"), r.choice(["?", ", got it."]))
        elif mode == "chip":  # fifteen digits over two turns, read back with the end checked
            b.say("agent", Q_HELDOUT15["account"][3])
            n = r.choice(["985", "956", "900", "981"]) + rand_digits(r, 12, False)
            b.say("customer", r.choice(["Okay, it's long. ", "The chip number is "]),
                  ("pii", "account", f"{self.say(n[:3])}, {self.say(n[3:9])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(n[9:])), ".")
            if r.random() < 0.5:
                bad = self.wrong(n[9:])
                b.say("agent", "Ending in ", ("pii", "account", self.words(bad)), "?")
                b.say("customer", "No, ", ("pii", "account", self.words(n[9:])), ". It's registered to me.")
        elif mode == "pin":
            code = rand_digits(r, 4, False)
            b.say("customer", "I can't get into the portal, it keeps saying my PIN, ", ("pii", "account", self.say(code)),
                  ", is wrong.")
            b.say("agent", "I'll send you a reset link.")
        else:
            code = rand_digits(r, 5, False)
            b.say("agent", f"For the after-hours pickup, the door code for the side entrance is ",
                  ("pii", "account", f"{self.words(code)} pound"), ". It changes tomorrow.")
            b.say("customer", "Got it, ", ("pii", "account", f"{code} pound"), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '12')}{rand_digits(r, 4, False)}"
        if r.random() < 0.3:
            b.say("agent", Q_HELDOUT15["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            return
        b.say("agent", r.choice([Q_HELDOUT15["ssn"][0], Q_HELDOUT15["ssn"][2]]))
        if r.random() < 0.4:
            b.say("customer", "For the vet bill? Okay. ", ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])} {self.say(s[3:5])} {self.say(s[5:])}"), ".")
        if r.random() < 0.5:
            b.say("agent", "So ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
            b.say("customer", "Yes.")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        pet = self.pet().lower()
        n = str(r.randint(1, 99))
        dom = r.choice(self.DOMAINS)
        self.sc.ask(b, "email")
        mode = r.choice(["pet", "spelled", "initial"])
        if mode == "pet":
            said = f"{pet} and {first.lower()} at {dom}" if r.random() < 0.5 else f"{pet}s mom {n} at {dom}"
            b.say("customer", self.pre(), ("pii", "email", said), ".")
        elif mode == "spelled":
            b.say("customer", self.pre(), ("pii", "email", f"{spell(last, r)} {n} at {dom}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "email", f"{first[0].lower()} dot {last.lower()} at {dom}"), ".")
            b.say("agent", "So ", ("pii", "email", f"{first[0].lower()}.{last.lower()}@{dom.replace(' dot ', '.')}"),
                  "?")
            b.say("customer", "Yep.")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        pet = self.pet()
        mode = r.choice(["with-pet", "spell", "pickup", "plain"])
        if mode == "with-pet":
            b.say("customer", f"Hi, I'm calling about {pet}, he's a beagle. The account's under ",
                  ("pii", "person", f"{first} {last}"), ".")
        elif mode == "pickup":
            b.say("agent", Q_HELDOUT15["person"][3])
            b.say("customer", f"My husband, ", ("pii", "person", first), f", is picking up {pet} and {self.pet()}.")
        elif mode == "spell":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            b.say("customer", ("pii", "person", spell(last, r)))
        else:
            self.sc.ask(b, "person")
            b.say("customer", "It's ", ("pii", "person", f"{last}, {first}"), f". And the patient is {pet}.")
            b.say("agent", f"Thank you, ", ("pii", "person", f"{first}"), f". How's {pet} doing?")

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(12, 9899))
        st = r.choice(self.STREETS) + r.choice([" Lane", " Drive", " Court", " Road", " Way"])
        city, state = r.choice(self.CITIES)
        z = rand_digits(r, 5, False)
        self.sc.ask(b, "address")
        if r.random() < 0.5:
            house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" else num
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "address", f"{num} {st}, apartment {r.randint(2, 40)}"), "...")
            b.say("agent", "And the zip?")
            b.say("customer", ("pii", "address", self.say(z)), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1948, 1999)
        self.sc.ask(b, "dob")
        style = r.choice(["words", "numeric", "with-appt"])
        if style == "with-appt":
            b.say("customer", "Mine? ", ("pii", "dob", f"{MONTHS[m - 1]} {day}, {year_words(y)}"),
                  ". And her surgery is on the ninth, right?")
        elif style == "numeric":
            b.say("customer", self.pre(), ("pii", "dob", f"{m}-{day}-{str(y)[2:]}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {year_words(y)}"),
                  ".")

    def distractor(self, b: Builder) -> None:
        r = self.r
        pet = self.pet()
        speaker, parts = r.choice([
            ("customer", [f"{pet} weighs about sixty two pounds now, up from fifty eight."]),
            ("agent", ["The dose is seventy five milligrams twice a day with food."]),
            ("agent", ["The estimate for the dental is eight hundred and forty to twelve hundred."]),
            ("customer", [f"{pet} is eleven, she'll be twelve in March."]),
            ("agent", ["We have Tuesday at three fifteen or Thursday at ten forty."]),
            ("agent", ["Go ahead and go to exam room four when you get here."]),
            ("agent", ["The rabies lot number is two seven four one nine A, it's on the certificate."]),
            ("customer", ["The insurance pays ninety percent after the two hundred and fifty deductible."]),
            ("agent", [f"Our main number is {self.MAIN_LINE}, if you get disconnected."]),
            ("agent", ["He's four point two kilos, so he gets the small dog dose."]),
            ("agent", ["Boarding is forty eight a night, and a bath at checkout is twenty five."]),
            ("agent", ["That's gabapentin one hundred milligrams, thirty capsules, one every eight hours."]),
            ("agent", ["The ", ("keep", "lexicon", "Ashcombe Wellness Plan"), " is thirty nine ninety nine a month."]),
        ])
        b.say(speaker, *parts)


def heldout15_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 4 (every eleventh: heldout5, 7, 8, 9, 10, 12, 13 and 14 took 3, 7, 8, 9, 1,
    5, 6 and 8; appointment-like reminder, calendar, bill, card, insurance and pet intents, and phone-line talk) and
    Bitext's 27k sample at offset 0 (every seventh, which no other split took; payment, refund, invoice, account and
    complaint intents, no typo or offensive lines), dropping lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][4::11] if i in _CLINC_HELDOUT15]
    bitext = bitext_lines(data, 0, 7, _BITEXT_HELDOUT15)
    cust = customer_lines(clinc + bitext)
    return AGENT_HELDOUT15, cust


_CLINC_HELDOUT15 = {"reminder", "reminder_update", "calendar", "calendar_update", "schedule_meeting", "pay_bill",
                    "bill_due", "bill_balance", "card_declined", "insurance", "insurance_change", "do_you_have_pets",
                    "repeat", "change_speed", "yes", "no", "maybe", "cancel", "thank_you", "goodbye", "greeting"}
_BITEXT_HELDOUT15 = {"payment_issue", "check_payment_methods", "get_refund", "track_refund", "check_invoice",
                     "get_invoice", "edit_account", "recover_password", "contact_human_agent", "complaint",
                     "contact_customer_service", "check_cancellation_fee"}


def heldout14_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 8 (every eleventh: heldout5, 7, 9, 10, 12 and 13 took 3, 7, 9, 1, 5 and
    6; car-rental, distance, directions, insurance, calendar, bill and card intents, and phone-line talk: "repeat
    that", "slow down", yes, no, thanks) and Bitext's 27k sample at offset 11 (every fourteenth: the rows heldout10's
    offset 4 left among the fourth of every seven; cancellation, change, delivery, shipping-address, refund, payment,
    invoice and complaint intents, no typo or offensive lines), dropping lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][8::11] if i in _CLINC_HELDOUT14]
    bitext = bitext_lines(data, 11, 14, _BITEXT_HELDOUT14)
    cust = customer_lines(clinc + bitext)
    return AGENT_HELDOUT14, cust


_CLINC_HELDOUT14 = {"car_rental", "distance", "directions", "traffic", "insurance", "insurance_change",
                    "calendar_update", "reminder", "pay_bill", "bill_due", "bill_balance", "card_declined",
                    "measurement_conversion", "repeat", "change_speed", "yes", "no", "maybe", "cancel", "thank_you",
                    "goodbye"}
_BITEXT_HELDOUT14 = {"cancel_order", "change_order", "check_cancellation_fee", "delivery_options", "delivery_period",
                     "change_shipping_address", "set_up_shipping_address", "get_refund", "track_refund",
                     "check_refund_policy", "payment_issue", "check_payment_methods", "check_invoice", "complaint",
                     "contact_human_agent"}

class Heldout16:
    """Held-out 16's readings (only drawn for that split), as members and member-services agents of a fitness club
    chain say them: a member looked up by phone, a number broken off on the gym floor and finished later, the club's
    own number (not PII) before the caller's, a read-back with the middle group wrong and the caller's correction, a
    teen's cell for the family add-on, an emergency contact for the kids' room; dues cards group by group, a bounced
    card known by its last four and the new one, Amex 4-6-5; member and key-fob barcode numbers, a new fob's number,
    dues from checking with the bank's routing number (not PII), Medicare and fitness-program member IDs, rental
    locker combinations, kids' room pickup codes, dispute case numbers, corporate wellness IDs (all ``account``);
    the social's last four for identity (a caller who starts the whole number, one who gives a spouse's first);
    e-mails with gym words and work domains; guests, family-plan members, trainers and instructors by first name; new
    addresses for a fob, billing zips, P O boxes; dates of birth beside visit dates (not PII); and gym numbers that are
    not PII (class times, dues, fees, percentages, weights and reps, lockers, club numbers, visits, freeze dates, the
    corporate office's address, the promo code)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "David", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Henry", "J": "John", "K": "king", "L": "Larry", "M": "Mary", "N": "Nancy", "P": "Peter",
             "R": "Robert", "S": "Sam", "T": "Tom", "V": "Victor", "W": "William", "Y": "yellow"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "V": "Victor", "W": "Whiskey", "Y": "Yankee"}
    STREETS = ["Brookhollow", "Ridgecrest", "Wagon Wheel", "Cottonwood", "Birch Hollow", "Larkspur", "Stonebridge",
               "Fox Chase", "Meadowlark", "Harbor View", "Saddle Creek", "Whispering Pines", "Autumn Glen"]
    CITIES = [("Round Rock", "Texas"), ("Cary", "North Carolina"), ("Gilbert", "Arizona"), ("Naperville", "Illinois"),
              ("Olathe", "Kansas"), ("Murfreesboro", "Tennessee"), ("Fishers", "Indiana"), ("Henderson", "Nevada"),
              ("Plano", "Texas"), ("Lehi", "Utah"), ("Savannah", "Georgia"), ("Eugene", "Oregon")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "outlook dot com", "icloud dot com",
               "comcast dot net", "live dot com"]
    WORK = ["deloitte dot com", "kroger dot com", "mayo dot edu", "stjude dot org", "fedex dot com", "cox dot net"]
    CLUB_LINE = "one eight hundred, five five five, oh one four two"  # the chain's member services line: not PII
    CLUBS = ["Halloran Eastgate", "Halloran Bishop's Crossing", "Halloran Wexford Commons"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A group as a member says it: digits, pairs, or digit by digit with "oh", "double" and "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.7:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit (as an agent reads a number off the screen)."""
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 8)) % 10) + s[k + 1:]

    def local(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def run(self, g: list[str]) -> str:
        """A whole phone number in one go."""
        r = self.r
        style = r.choice(["groups", "groups", "written", "mixed"])
        if style == "written":
            return f"{g[0]}-{g[1]}-{g[2]}"
        if style == "mixed":  # "512, eight oh six, forty one ninety"
            return f"{g[0]}, {self.words(g[1])}, {self.say(g[2])}"
        return ", ".join(self.say(x) for x in g)

    def club(self) -> tuple:
        return ("keep", "lexicon", self.r.choice(self.CLUBS))

    # -- phone ---------------------------------------------------------------------------------------------------

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.local()
        mode = r.choice(["lookup", "dropped", "club-line", "fix-middle", "teen", "emergency", "hundred"])
        if mode == "lookup":  # no fob on hand: the member is found by phone, the agent checks the last four
            b.say("customer", r.choice(["I don't have my fob with me, can you look me up by my phone number? It's ",
                                        "I never remember my member number. Try my cell, "]),
                  ("pii", "phone", self.run(g)), ".")
            if r.random() < 0.6:
                b.say("agent", r.choice(["Okay, I found a membership with a number ending in ",
                                         "I've got one account ending "]),
                      ("pii", "phone", self.words(g[2])), ". Is that you?")
                b.say("customer", "That's me.")
            return
        if mode == "club-line":  # the chain's own number first, then the caller's
            b.say("agent", f"If the freeze doesn't show by Monday, call us back at {self.CLUB_LINE}. "
                           "And what's the best number for you?")
            b.say("customer", self.pre(), ("pii", "phone", self.run(g)), ".")
            return
        if mode == "teen":
            kid = r.choice(FAMILY_HELDOUT16)
            b.say("customer", "For the teen add-on, ", ("pii", "person", kid),
                  r.choice([" has a phone now, it's ", " wants the app on their own phone, the number is "]),
                  ("pii", "phone", self.run(g)), ".")
            b.say("agent", "Okay, the app invite will go to that number.")
            return
        if mode == "emergency":
            first, last = self.sc.name()
            b.say("agent", "For ", ("keep", "lexicon", "Halloran Kids Corner"),
                  " we need an emergency contact other than you.")
            b.say("customer", r.choice(["That would be my in-law, ", "Put down ", "My neighbor, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([", the cell is ", ". Best number is "]),
                  ("pii", "phone", self.run(g)), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "dropped":  # broken off on the gym floor, finished after the agent waits
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, somebody just dropped a barbell.",
                            "... hang on, I'm on the treadmill, let me slow it down.",
                            "... sorry, the spin music is so loud in here."]))
            b.say("agent", r.choice(["No problem, I have the first six.", "Take your time. And the last four?"]))
            b.say("customer", r.choice(["Okay, ", "Last four, ", ""]), ("pii", "phone", self.say(g[2])), ".")
        elif mode == "fix-middle":  # the agent reads it back written with the middle group wrong
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            bad = self.wrong(g[1])
            b.say("agent", "So that's ", ("pii", "phone", f"{g[0]}-{bad}-{g[2]}"), "?")
            b.say("customer", r.choice(["No, the middle is ", "Not quite, it's "]), ("pii", "phone", self.words(g[1])),
                  ", not ", ("pii", "phone", self.words(bad)), ".")
            b.say("agent", "Sorry about that, fixed.")
        else:  # the last group said as "forty four hundred"
            last = str(r.randint(1, 9)) + str(r.randint(1, 9)) + "00"
            b.say("customer", self.pre(), ("pii", "phone", f"{self.words(g[0])}, {self.say(g[1])}, "
                                                         f"{pair_words(last[:2], r)} hundred"), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, ", ("pii", "phone", f"{g[0]} {g[1]} {last}"), ".")

    # -- card ----------------------------------------------------------------------------------------------------

    def card(self, b: Builder) -> None:
        r = self.r
        p = r.choice(["4", "4", "4", "51", "53", "2221", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        mode = r.choice(["echo", "bounced", "amex", "wrong-group", "written"])
        if mode == "bounced":  # the dues card on file bounced: known by its last four, then the new card
            old = rand_digits(r, 4, False)
            b.say("customer", "I got an email that my dues didn't go through. Which card do you have on there?")
            b.say("agent", r.choice(["A Visa ending in ", "The one ending in "]), ("pii", "card", self.words(old)),
                  ". It declined on the first and again on the fifth.")
            b.say("customer", r.choice(["Yeah, that one got replaced. The new one is ",
                                        "Oh, they sent me a new card after the fraud thing. It's "]),
                  ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            b.say("agent", "And the expiration?")
            b.say("customer", r.choice(["Oh nine, twenty eight.", "Eleven twenty nine.", "It's oh two, thirty."]))
            return
        self.sc.ask(b, "card")
        if mode == "amex":
            a = luhn_complete("37" + rand_digits(r, 12, False))
            b.say("customer", r.choice(["It's an Amex. ", "American Express, "]), ("pii", "card", self.say(a[:4])),
                  ", ", ("pii", "card", self.say(a[4:10])), ", ", ("pii", "card", self.say(a[10:])), ".")
            b.say("agent", "Thank you, the card ending ", ("pii", "card", self.words(a[10:])), "?")
            b.say("customer", "Yes.")
        elif mode == "echo":  # group by group, the agent repeating most groups
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "And "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
            if r.random() < 0.5:
                b.say("agent", "Okay, I'll run the card ending ", ("pii", "card", gs[3]), " for the balance.")
        elif mode == "wrong-group":  # eight and eight, the third group read back wrong and corrected
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"), ".")
            bad = self.wrong(gs[2])
            b.say("agent", "Let me read the second half back, ", ("pii", "card", f"{self.words(bad)}, "
                                                                              f"{self.words(gs[3])}"), "?")
            b.say("customer", "No, the third part is ", ("pii", "card", self.words(gs[2])), ".")
        else:  # written run, then the billing zip
            b.say("customer", self.pre(), ("pii", "card", " ".join(gs)), ".")
            b.say("agent", "And the billing zip code for that card?")
            b.say("customer", ("pii", "address", self.say(rand_digits(r, 5, False))), ".")

    # -- member numbers, fobs, bank accounts, program IDs, codes ---------------------------------------------------

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["member", "fob", "new-fob", "bank", "medicare", "program", "locker", "kids-code",
                         "dispute", "corporate"])
        if mode == "member":  # nine digits in threes
            b.say("agent", Q_HELDOUT16["account"][0])
            n = rand_digits(r, 9)
            b.say("customer", self.pre(), ("pii", "account", ", ".join(self.say(n[i:i + 3]) for i in (0, 3, 6))), ".")
            if r.random() < 0.5:
                b.say("agent", "Thanks, member ", ("pii", "account", n), ", at ", self.club(), ".")
        elif mode == "fob":  # twelve-digit barcode over two turns, the end read back wrong
            b.say("agent", Q_HELDOUT16["account"][1])
            n = rand_digits(r, 12, False)
            b.say("customer", r.choice(["Okay, it's long. ", "Let me flip it over. ", ""]),
                  ("pii", "account", f"{self.say(n[:4])} {self.say(n[4:8])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(n[8:])), ".")
            if r.random() < 0.5:
                bad = self.wrong(n[8:])
                b.say("agent", "Ending in ", ("pii", "account", self.words(bad)), "?")
                b.say("customer", r.choice(["No, ", "Nope, it's "]), ("pii", "account", self.words(n[8:])), ".")
        elif mode == "new-fob":  # the lost fob is turned off and a new one is linked
            n = rand_digits(r, 10, False)
            b.say("customer", r.choice(["I lost my key fob somewhere in the parking lot.",
                                        "My fob fell off my keys, I think it's at the pool."]))
            b.say("agent", "Okay, the old one is deactivated. If you're at the club, the desk can hand you a new "
                           "one and you read me the number on it.")
            b.say("customer", r.choice(["I have it right here, ", "They gave me one, it says "]),
                  ("pii", "account", self.say(n)), ".")
            if r.random() < 0.6:
                b.say("agent", "Okay, ", ("pii", "account", self.words(n)), r.choice([" is linked now.", ", done."]))
        elif mode == "bank":  # dues from checking: the routing number is the bank's, the account number the member's
            rout = Heldout10.aba(r.choice(["021", "026", "031", "044", "053", "061", "071", "081", "091", "101",
                                           "111", "122"]) + rand_digits(r, 5, False))
            acct = rand_digits(r, r.choice([9, 10, 12]), False)
            b.say("customer", "I'd rather have the dues come out of my checking instead of the card.")
            b.say("agent", "Sure. Go ahead with the routing number first.")
            b.say("customer", self.pre(), self.say(rout) if r.random() < 0.5 else rout, ".")
            b.say("agent", "And the account number?")
            half = len(acct) // 2
            b.say("customer", ("pii", "account", self.say(acct[:half])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(acct[half:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So checking ending in ", ("pii", "account", self.words(acct[-4:])),
                      ", first draft on the fifteenth.")
        elif mode == "medicare":  # a Medicare number read off the card for a senior fitness program
            let, aln = "ACDEFGHJKMNPQRTUVWXY", "ACDEFGHJKMNPQRTUVWXY0123456789"  # MBI letters (no S L O I B Z)
            mbi = (str(r.randint(1, 9)) + r.choice(let) + r.choice(aln) + str(r.randint(0, 9)) + r.choice(let)
                   + r.choice(aln) + str(r.randint(0, 9)) + r.choice(let) + r.choice(let) + rand_digits(r, 2, False))
            b.say("agent", "To check if your plan covers the membership, I'll need the Medicare number on your card.")
            spoken = " ".join(UNITS[int(c)] if c.isdigit() else c for c in mbi[:4]) + ", " + \
                " ".join(UNITS[int(c)] if c.isdigit() else c for c in mbi[4:7]) + ", " + \
                " ".join(UNITS[int(c)] if c.isdigit() else c for c in mbi[7:])
            b.say("customer", r.choice(["Okay, my glasses... ", "Hold on. "]), ("pii", "account", spoken), ".")
            if r.random() < 0.5:
                b.say("agent", "Let me read it back, ", ("pii", "account", f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"), ".")
                b.say("customer", "That's right.")
        elif mode == "program":  # an insurance fitness program's member ID with a letter prefix
            b.say("agent", Q_HELDOUT16["account"][2])
            letters = r.choice(["SN", "RA", "AF", "HB", "WP"])
            n = rand_digits(r, 8, False)
            said = " ".join(self.NATO[c] if r.random() < 0.5 else f"{c} as in {self.AS_IN[c]}" for c in letters)
            b.say("customer", self.pre(), ("pii", "account", f"{said}, {self.say(n[:4])}, {self.say(n[4:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", ("pii", "account", f"{letters}{n}"), r.choice(["?", ", got it."]))
        elif mode == "locker":  # a rented locker's combination
            combo = [str(r.randint(0, 39)) for _ in range(3)]
            b.say("customer", r.choice(["I rent one of the big lockers and I forgot if the combination is ",
                                        "The combo for my rental locker, I have it as "]),
                  ("pii", "account", ", ".join(UNITS[int(c)] if len(c) == 1 else pair_words(c, r) for c in combo)),
                  r.choice([", but it won't open.", ". Can you check?"]))
            b.say("agent", "I can't see combinations from here, but the front desk can open it with your ID.")
        elif mode == "kids-code":  # the pickup code for the kids' room
            code = rand_digits(r, 4, False)
            b.say("customer", "My husband is picking up the kids from childcare today. Can he just give them my "
                              "pickup code, ", ("pii", "account", self.say(code)), "?")
            b.say("agent", "He needs to be added as an authorized pickup, but yes, with the code ",
                  ("pii", "account", self.words(code)), " he can sign them out.")
        elif mode == "dispute":  # the case number from a disputed annual fee
            b.say("agent", Q_HELDOUT16["account"][3])
            n = rand_digits(r, 7, False)
            b.say("customer", r.choice(["It's C S, ", "Yeah, C as in cat, S as in Sam, then "]),
                  ("pii", "account", self.say(n)), ".")
            b.say("agent", "Okay, case ", ("pii", "account", f"CS{n}"), ". I see the fifty nine dollar fee was "
                                                                       "disputed on the second.")
        else:  # a corporate wellness program's employee ID
            n = rand_digits(r, 6, False)
            b.say("customer", "My employer reimburses the dues through their wellness program. They need my "
                              "employee ID on the form, it's ", ("pii", "account", f"E {self.say(n)}"), ".")
            b.say("agent", "Okay, I'll put the corporate rate on the account. That's fifteen percent off.")

    # -- the social's last four --------------------------------------------------------------------------------------

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{r.randint(10, 99)}{rand_digits(r, 4, False)}"
        mode = r.choice(["last-four", "last-four", "hesitant", "whole", "spouse-first"])
        if mode == "hesitant":
            b.say("agent", Q_HELDOUT16["ssn"][0])
            b.say("customer", r.choice(["Why does a gym need my social?", "Is that really necessary for a freeze?"]))
            b.say("agent", "It's only the last four, to make sure I'm talking to the account holder.")
            b.say("customer", r.choice(["Fine. ", "Okay. ", "Alright, "]), ("pii", "ssn", self.say(s[5:])), ".")
            return
        if mode == "whole":  # the caller starts the whole number; the agent only needs the end
            b.say("agent", Q_HELDOUT16["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", "Oh, just the last four is all I need.")
            b.say("customer", "Sorry. ", ("pii", "ssn", self.say(s[5:])), ".")
            return
        if mode == "spouse-first":  # the caller gives a spouse's last four first
            other = rand_digits(r, 4, False)
            b.say("agent", Q_HELDOUT16["ssn"][2])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(other)),
                  r.choice(["... no wait, that's my husband's. Mine is ", "... sorry, that's my wife's. Mine is "]),
                  ("pii", "ssn", self.say(s[5:])), ".")
            return
        self.sc.ask(b, "ssn")
        b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
        if r.random() < 0.5:
            b.say("agent", r.choice(["Thank you, ", "Okay, "]), ("pii", "ssn", self.words(s[5:])),
                  r.choice([", that matches.", ", you're verified."]))

    # -- e-mail ----------------------------------------------------------------------------------------------------

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        fl, ll = first.lower().replace("-", ""), last.lower().replace(" ", "")
        n = str(r.randint(1, 99))
        dom = r.choice(self.DOMAINS)
        mode = r.choice(["gym-word", "underscore", "work", "spelled", "wrong-letter"])
        if mode == "work":
            b.say("agent", "For the corporate discount I have to verify your work email.")
            b.say("customer", self.pre(), ("pii", "email", f"{fl[0]} {ll} at {r.choice(self.WORK)}"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "gym-word":
            said = r.choice([f"{fl} lifts {n} at {dom}", f"run {fl} run at {dom}", f"{fl} dot fit at {dom}",
                             f"{fl} {ll} fitness at {dom}"])
            b.say("customer", self.pre(), ("pii", "email", said), ".")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{fl} underscore {ll} {n} at {dom}"), ".")
        elif mode == "spelled":
            b.say("customer", self.pre(), ("pii", "email", f"{ll}{fl[0]} at {dom}"), ".")
            b.say("agent", "Can you spell the part before the at sign?")
            b.say("customer", ("pii", "email", " ".join(f"{c.upper()} as in {self.AS_IN[c.upper()]}"
                                                        if c.upper() in self.AS_IN and r.random() < 0.4 else c
                                                        for c in ll + fl[0])), ".")
        else:  # written read-back with one letter wrong, corrected by spelling
            b.say("customer", self.pre(), ("pii", "email", f"{fl} dot {ll} at {dom}"), ".")
            k = r.randrange(len(ll))
            bad = ll[:k] + ("e" if ll[k] != "e" else "a") + ll[k + 1:]
            b.say("agent", "So ", ("pii", "email", f"{fl}.{bad}@{dom.replace(' dot ', '.')}"), "?")
            b.say("customer", "No, the last name is ", ("pii", "person", spell(last, r)), ".")

    # -- people ----------------------------------------------------------------------------------------------------

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        mode = r.choice(["intro", "family", "trainer", "spouse", "last-first", "spell-as-in", "guest"])
        if mode == "intro":
            b.say("customer", r.choice(["Hi, this is ", "Hey, my name's "]), ("pii", "person", f"{first} {last}"),
                  ", I'm a member at ", self.club(), r.choice([" and I want to freeze my membership.",
                                                               ", I have a question about a charge."]))
        elif mode == "family":  # family-plan members by first name, read back by the agent
            kids = r.sample(FAMILY_HELDOUT16, 3)
            b.say("customer", "It's a family plan: me, my ", r.choice(["partner ", "spouse ", "other half, "]),
                  ("pii", "person", kids[0]), ", and the kids, ", ("pii", "person", kids[1]), " and ",
                  ("pii", "person", kids[2]), ".")
            if r.random() < 0.6:
                b.say("agent", "Okay, I see ", ("pii", "person", kids[0]), " and ", ("pii", "person", kids[1]),
                      " on the add-on, twenty dollars each.")
        elif mode == "trainer":  # trainers and instructors by first name
            t = r.choice(TRAINERS_HELDOUT16)
            start, end = r.choice([("I bought the twelve-session pack with ", ", but that trainer left the club."),
                                   ("Is the six a.m. spin still taught by ", "?"),
                                   ("I've got four sessions left with ", ", can they carry over after the freeze?")])
            b.say("customer", start, ("pii", "person", t), end)
            b.say("agent", "Let me check the trainer schedule for that club.")
        elif mode == "spouse":
            b.say("customer", r.choice(["I'm calling for my spouse, the membership is under ",
                                        "It's my dad's membership, he's right here, it's under "]),
                  ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", "Okay, I'll need to hear from the member quickly to give permission.")
        elif mode == "guest":  # a guest pass put under a friend's name
            b.say("customer", r.choice(["Can I put one of my guest passes under my friend's name? It's ",
                                        "I'm bringing a guest Saturday, her name is ",
                                        "My coworker wants to try a class with me, "]),
                  ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", "Sure, ", ("pii", "person", first), r.choice([
                " just needs a photo ID at the desk, and it's one visit per guest a month.",
                " will get a text with the guest pass."]))
        elif mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", "Last name ", ("pii", "person", last), ", first name ", ("pii", "person", first), ".")
        else:
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c for c in last if c.isalpha()]
            said = ", ".join(f"{c.upper()} as in {self.AS_IN[c.upper()]}" if c.upper() in self.AS_IN and
                             r.random() < 0.35 else c.upper() for c in letters)
            b.say("customer", ("pii", "person", said), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, ", ("pii", "person", first), ".")

    # -- addresses ---------------------------------------------------------------------------------------------------

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(14, 9899))
        st = r.choice(self.STREETS) + r.choice([" Drive", " Lane", " Court", " Trail", " Boulevard", " Circle"])
        city, state = r.choice(self.CITIES)
        z = rand_digits(r, 5, False)
        mode = r.choice(["fob-mail", "apartment", "moved", "po-box"])
        house = say_group(num, r, "pairs") if len(num) == 4 and num[0] != "0" and num[2] != "0" \
            and r.random() < 0.5 else num
        if mode == "moved":  # the old and the new address in one turn
            old = f"{r.randint(100, 999)} {r.choice(self.STREETS)} Street"
            b.say("customer", "I moved, so the old one, ", ("pii", "address", old), ", is wrong. The new one is ",
                  ("pii", "address", f"{house} {st}, {city}"), ".")
            b.say("agent", "And the zip there?")
            b.say("customer", ("pii", "address", self.say(z)), ".")
            return
        self.sc.ask(b, "address")
        if mode == "fob-mail":
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
            if r.random() < 0.4:
                b.say("agent", "Okay, zip ", ("pii", "address", z), ".")
            elif r.random() < 0.5:  # the house number read back wrong
                bad = self.wrong(num)
                b.say("agent", "So ", ("pii", "address", f"{bad} {st}"), "?")
                b.say("customer", "No, ", ("pii", "address", " ".join(UNITS[int(c)] for c in num)), ".")
        elif mode == "apartment":
            apt = f"{r.choice(['apartment', 'unit', 'number'])} {r.randint(2, 40)}{r.choice(['', 'B', 'C'])}"
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {apt}"), "...")
            b.say("agent", "And city and zip?")
            b.say("customer", ("pii", "address", f"{city}, {self.say(z)}"), ".")
        else:
            box = rand_digits(r, r.choice([3, 4]), False)
            b.say("customer", "Mail goes to a P O box. ", ("pii", "address", f"P O Box {self.say(box)}, {city}"),
                  ", ", ("pii", "address", self.say(z)), ".")

    # -- dates of birth -----------------------------------------------------------------------------------------------

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1945, 1999)
        mode = r.choice(["spoken", "numeric", "visit", "kid", "ordinal"])
        if mode == "kid":  # a child's birthday, for the age rule of the kids' room
            kid = r.choice(FAMILY_HELDOUT16)
            ky = r.randint(2015, 2023)
            b.say("agent", "The kids' room takes children from six months to ten years. How old is your little one?")
            b.say("customer", ("pii", "person", kid), " was born ", ("pii", "dob", f"{MONTHS[m - 1]} {day}, "
                                                                              f"{year_words(ky)}"),
                  ", so that's fine.")
            return
        self.sc.ask(b, "dob")
        if mode == "spoken":  # "oh three, twelve, eighty eight"
            said = f"{pair_words(f'{m:02d}', r)}, {say_group(f'{day:02d}', r, 'pairs')}, {pair_words(str(y)[2:], r)}"
            b.say("customer", self.pre(), ("pii", "dob", said), ".")
        elif mode == "numeric":
            b.say("customer", self.pre(), ("pii", "dob", f"{m}/{day}/{y}"), ".")
        elif mode == "visit":  # the birthday beside the visit date, which is not PII
            b.say("customer", ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"),
                  r.choice([". And I was last in on the ninth, if that helps.",
                            ". The charge I'm asking about was on the twenty second."]))
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {y}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, ", ("pii", "dob", f"{m}/{day}/{str(y)[2:]}"), ".")

    # -- gym numbers that are not PII ------------------------------------------------------------------------------

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("agent", ["The six fifteen spin class at ", self.club(), " is full until Thursday."]),
            ("agent", ["Your dues are thirty four ninety nine a month, and the annual fee of fifty nine posts in "
                       "February."]),
            ("customer", ["I do three sets of ten at one eighty five on the bench, so I need the good rack."]),
            ("customer", ["Locker one forty two in the men's locker room won't lock, just so you know."]),
            ("agent", ["That's club number four eleven, the one off the highway."]),
            ("agent", ["A freeze is ten dollars a month, for up to three months."]),
            ("agent", ["You get two guest passes a month on that plan."]),
            ("agent", ["Personal training is twelve sessions for five forty, or twenty four for nine sixty."]),
            ("customer", ["I only came in on the twelfth and the eighteenth last month."]),
            ("agent", ["Childcare is two hours max, from eight to eleven thirty, and five dollars a visit."]),
            ("agent", ["With the corporate rate you'd save fifteen percent."]),
            ("agent", ["If you rejoin this week, use the code ", ("keep", "lexicon", "FRESHSTART thirty"),
                       " at the desk."]),
            ("customer", ["My heart rate got up to one seventy two in that class."]),
            ("customer", ["I ran a ten K in fifty two minutes on your treadmill."]),
            ("agent", ["Cancellation takes thirty days, so your last draft is on the fifteenth."]),
            ("agent", [f"Our member services line is {self.CLUB_LINE}, we're open until nine."]),
            ("agent", ["The pool is twenty five yards, six lanes, lap swim from five to seven."]),
            ("agent", ["For a cancellation by mail, send the letter to our corporate office, twelve hundred Commerce "
                       "Parkway, Suite three ten."]),
            ("agent", ["I've set the freeze from June first through August thirty first, dues restart September "
                       "first."]),
            ("customer", ["I checked in on the third, the seventh and the fifteenth, but you billed me for a class on "
                          "the twentieth."]),
            ("agent", ["Yoga is in studio B, room two oh four, at seven forty five."]),
            ("agent", ["The ", ("keep", "lexicon", "Peak Membership"), " is forty nine ninety nine and includes "
                                                                      "all clubs."]),
        ])
        b.say(speaker, *parts)


def heldout16_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 10 (every eleventh: heldout5, 7, 8, 9, 10, 12, 13, 14 and 15 took 3, 7,
    8, 9, 1, 5, 6, 8 and 4; bill, card, expiry, freeze, calorie, nutrition, insurance, calendar and reminder intents,
    and phone-line talk) and Bitext 20000 at offset 7 (every ninth: heldout3 and heldout5 took 0 and 5, heldout8 2 of
    every eighteen; cancellation, refund, invoice, account and complaint intents, no typo or offensive lines, no
    "u"/"ur"), dropping lines that name a bank, a dog or Alexa and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][10::11] if i in _CLINC_HELDOUT16]
    path = data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv"
    with open(path, encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in list(csv.DictReader(f))[7::9]  # no typos (Z) or swearing (W)
                  if r["intent"] in _BITEXT_HELDOUT16 and not set(r["flags"]) & set("ZW")
                  and not re.search(r"\bu\b|\bur\b", r["utterance"])]
    clinc = [t for t in clinc if not re.search(r"\bbank\b|\bdogs?\b|\balexa\b", t)]  # no bank accounts, dogs, Alexa
    return AGENT_HELDOUT16, customer_lines(clinc + bitext)


_CLINC_HELDOUT16 = {"pay_bill", "bill_due", "bill_balance", "card_declined", "expiration_date", "freeze_account",
                    "calories", "nutrition_info", "insurance", "insurance_change", "calendar", "calendar_update",
                    "reminder", "reminder_update", "repeat", "change_speed", "yes", "no", "maybe", "thank_you",
                    "goodbye", "greeting"}
_BITEXT_HELDOUT16 = {"delete_account", "check_cancellation_fee", "get_refund", "track_refund",
                     "check_refund_policy", "get_invoice", "check_invoices", "contact_human_agent", "complaint",
                     "edit_account", "recover_password", "check_payment_methods", "switch_account"}


class Heldout17:
    """Held-out 17's readings (only drawn for that split), as borrowers, co-borrowers, their relatives and attorneys and
    a mortgage servicer's agents say them: the servicer's own care line and payment P O box (not PII) beside the
    caller's number and address, a number broken off and finished later, a home number on file checked by its last
    four, a read-back with the middle group wrong corrected with "not ...", a co-borrower's cell, an attorney's office
    with an extension; one-time debit card payments (a declined card and a second one, a card named by its bank, a
    third group read back wrong); ten-digit loan numbers (a wrong read-back, an old servicer's number and the new one),
    autopay accounts after the bank's routing number (not PII), forbearance case numbers that start like a year,
    homeowners policy numbers with letters (all ``account``); SSN last fours, a full SSN for a modification, a spouse's
    last four, a late parent's SSN; e-statement e-mails; borrowers, co-borrowers, surviving spouses, relatives and
    attorneys authorized on the loan; property and mailing addresses and the property's zip; dates of birth; and
    mortgage numbers that are not PII (payments, rates, escrow shortages, due dates and the grace period, late charges,
    payoff per diem, tax years, policy periods, payment confirmation numbers, the loan's term and balance)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "Charlie", "D": "David", "E": "Edward", "F": "Frank", "G": "girl",
             "H": "house", "J": "John", "K": "kite", "L": "Larry", "M": "Mary", "N": "Nancy", "P": "Paul",
             "R": "Robert", "S": "Sam", "T": "Thomas", "W": "William"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "W": "Whiskey"}
    STREETS = ["Larkspur", "Quarry Hill", "Brandywine", "Copper Kettle", "Saddleback", "Wren Hollow", "Osage",
               "Tamarack", "Bluestem", "Heron Bay", "Cobblestone", "Mulberry Bend", "Fox Chase", "Indian Paintbrush"]
    KINDS = [" Lane", " Drive", " Court", " Road", " Trail", " Circle", " Parkway", " Terrace"]
    CITIES = [("Round Rock", "Texas", "786"), ("Cary", "North Carolina", "275"), ("Olathe", "Kansas", "660"),
              ("Gilbert", "Arizona", "852"), ("Murfreesboro", "Tennessee", "371"), ("Rochester", "Minnesota", "559"),
              ("Spokane", "Washington", "992"), ("Lancaster", "Pennsylvania", "176"), ("Fort Wayne", "Indiana", "468"),
              ("Henderson", "Nevada", "890"), ("Chesapeake", "Virginia", "233"), ("Ocala", "Florida", "344")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "comcast dot net", "outlook dot com", "icloud dot com",
               "verizon dot net", "msn dot com", "bellsouth dot net", "aol dot com"]
    SERVICER = "Galloway Mortgage Servicing"
    CARE_LINE = "one eight seven seven, five five five, two six one oh"  # the servicer's own line: not PII
    PAY_BOX = "P O Box seven eight four two oh, Phoenix, Arizona, eight five oh six two"  # its lockbox: not PII
    ROUTINGS = ["zero six one, one one three, four one five", "oh four four, oh oh two, one six one",
                "2 5 6 0 7 4 9 7 4", "one two one, oh four two, eight eight two"]  # banks' routing numbers: not PII

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, words with "oh" and "double", or pairs."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[2 % len(g)] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 8)) % 10) + s[k + 1:]

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        mode = r.choice(["care-line", "interrupted", "on-file", "wrong-middle", "coborrower", "area-code", "attorney"])
        if mode == "care-line":
            b.say("agent", f"If we get disconnected, our customer care line is {self.CARE_LINE}. "
                           "And the best number for you?")
            if r.random() < 0.5:
                b.say("customer", f"Okay, {self.CARE_LINE.replace(',', '')}, I wrote it down. Mine is ",
                      ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
            else:
                b.say("customer", self.pre(), ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"), ".")
            return
        if mode == "on-file":
            old = rand_digits(r, 4, False)
            b.say("agent", "I have a home number ending in ", ("pii", "phone", self.words(old)),
                  ". Is that still the best one?")
            b.say("customer", r.choice(["No, we got rid of the landline. Use my cell, ",
                                        "That's the old house. The cell is "]),
                  ("pii", "phone", f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"), ".")
            return
        if mode == "coborrower":
            first, _ = self.sc.name()
            b.say("customer", r.choice(["And my wife's on the loan too, ", "My husband is the co-borrower, "]),
                  ("pii", "person", first), r.choice(["'s cell is ", ". His cell is ", ". Her number is "]),
                  ("pii", "phone", f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}"), ".")
            return
        if mode == "attorney":
            first, last = self.sc.name()
            ext = rand_digits(r, r.choice([3, 4]))
            b.say("customer", "You can call my attorney, ", ("pii", "person", f"{first} {last}"), ". The office is ",
                  ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"), ", extension ", ("pii", "phone", self.words(ext)),
                  ". The authorization should already be on file.")
            return
        self.sc.ask(b, "phone")
        if mode == "interrupted":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, the smoke detector is chirping, give me a second.",
                            "... hold on, the roofer is at the door.",
                            "... hang on, I've got another call coming in."]))
            b.say("agent", r.choice(["Sure, I'll wait.", "No problem, I have the first six."]))
            b.say("customer", r.choice(["Okay, sorry. The last four, ", "Then ", "Okay, "]),
                  ("pii", "phone", self.say(g[2])), ".")
        elif mode == "wrong-middle":
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            bad = g[1][0] + g[1][2] + g[1][1] if g[1][1] != g[1][2] else self.wrong(g[1])
            b.say("agent", "Let me read that back. ",
                  ("pii", "phone", f"{self.words(g[0])}, {self.words(bad)}, {self.words(g[2])}"), "?")
            b.say("customer", "No, the middle is ", ("pii", "phone", self.words(g[1])), ", not ",
                  ("pii", "phone", self.words(bad)), ".")
            b.say("agent", "Sorry about that, I've got it now.")
        else:  # "area code", and the last four said as hundreds
            last = g[2][:2].replace("0", "4") + "00" if r.random() < 0.5 else g[2]
            tail = f"{pair_words(last[:2], r)} hundred" if last.endswith("00") and last[0] != "1" else self.say(last)
            b.say("customer", "Area code ", ("pii", "phone", self.words(g[0])), ", and then ",
                  ("pii", "phone", f"{self.say(g[1])}, {tail}"), ".")

    def card(self, b: Builder) -> None:
        r = self.r
        p = r.choice(["4", "4", "51", "53", "22"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        mode = r.choice(["echo", "fee", "wrong-third", "declined", "on-file", "bank"])
        if mode == "on-file":
            b.say("agent", "I see a debit card on file ending in ", ("pii", "card", self.words(gs[3])),
                  ". Do you want to use that one for the late charge?")
            b.say("customer", r.choice(["Yes, the ", "Yeah, use the "]), ("pii", "card", self.say(gs[3])), ".")
            return
        if mode == "fee":
            b.say("agent", "Just so you know, a debit card payment over the phone has a convenience fee of seven "
                           "dollars and fifty cents. Do you want to go ahead?")
            b.say("customer", "Yeah, that's fine. It's ", ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            b.say("agent", "And the expiration date?")
            b.say("customer", r.choice(["Oh eight, twenty eight.", "Eleven twenty nine.", "It's oh three thirty."]))
            return
        self.sc.ask(b, "card")
        if mode == "echo":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next is "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        elif mode == "wrong-third":
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])}, {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])}, {self.say(gs[3])}"), ".")
            bad = self.wrong(gs[2])
            b.say("agent", "Reading it back, ", ("pii", "card", " ".join(self.words(x) for x in
                                                                      [gs[0], gs[1], bad, gs[3]])), "?")
            b.say("customer", r.choice(["No, the third set is ", "Not quite, the third group is "]),
                  ("pii", "card", self.words(gs[2])), ".")
        elif mode == "declined":
            b.say("customer", self.pre(), ("pii", "card", " ".join(gs)), ".")
            b.say("agent", "I'm sorry, that one came back declined. Do you have another card?")
            d2 = luhn_complete("4" + rand_digits(r, 14, False))
            b.say("customer", r.choice(["Ugh. Try the other one, ", "That's weird. Okay, try this one, "]),
                  ("pii", "card", f"{self.say(d2[:4])} {self.say(d2[4:8])} {self.say(d2[8:12])} "
                                  f"{self.say(d2[12:])}"), ".")
        else:  # the card named by its bank
            bank = r.choice(HELDOUT17_BRANDS["bank"])
            b.say("customer", "It's my ", ("keep", "bank", bank), " debit card. ",
                  ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, the card ending ", ("pii", "card", gs[3]), ".")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["loan", "loan", "loan-wrong", "autopay", "acct-last4", "case", "policy", "transfer"])
        head = r.choice(["0", "00", "1", "7"])
        loan = head + rand_digits(r, 10 - len(head), False)
        if mode == "loan":
            b.say("agent", Q_HELDOUT17["account"][0])
            said = (f"{self.say(loan[:3])}, {self.say(loan[3:6])}, {self.say(loan[6:])}" if r.random() < 0.6
                    else self.words(loan))
            b.say("customer", self.pre(), ("pii", "account", said), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, loan number ", ("pii", "account", loan), r.choice([", I have it.", "."]))
        elif mode == "loan-wrong":
            b.say("agent", Q_HELDOUT17["account"][0])
            b.say("customer", "Hold on, it's on the coupon... okay, ", ("pii", "account", self.say(loan[:5])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(loan[5:])), ".")
            bad = loan[:6] + self.wrong(loan[6:])
            b.say("agent", "I have ", ("pii", "account", self.words(bad)), ", is that right?")
            b.say("customer", "No, it ends ", ("pii", "account", self.words(loan[6:])), ".")
        elif mode == "autopay":
            b.say("agent", Q_HELDOUT17["account"][1])
            acct = rand_digits(r, r.choice([9, 10, 12]), False)
            h = len(acct) // 2
            b.say("customer", f"The routing number is {r.choice(self.ROUTINGS)}, and the account is ",
                  ("pii", "account", self.say(acct[:h])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(acct[h:])), ". It's checking.")
            if r.random() < 0.5:
                b.say("agent", "So the draft comes out of the account ending ", ("pii", "account", self.words(acct[-4:])),
                      " on the first of every month.")
        elif mode == "acct-last4":
            last4 = rand_digits(r, 4, False)
            b.say("agent", "The autopay is drafting from the checking account ending in ",
                  ("pii", "account", self.words(last4)), ". Do you want to change that?")
            b.say("customer", "No, keep the ", ("pii", "account", self.say(last4)), ", that's our joint account.")
        elif mode == "case":
            b.say("agent", Q_HELDOUT17["account"][2])
            y = r.choice(["2025", "2026"])
            n = rand_digits(r, 5, False)
            b.say("customer", self.pre(), ("pii", "account", f"F B, {year_words(int(y))}, {self.say(n)}"), ".")
            if r.random() < 0.6:
                b.say("agent", ("pii", "account", f"FB-{y}-{n}"), r.choice([", got it.", "?"]))
        elif mode == "policy":
            b.say("agent", Q_HELDOUT17["account"][3])
            letters = "".join(r.choice(sorted(self.NATO)) for _ in range(r.choice([2, 3])))
            n = rand_digits(r, r.choice([7, 8]), False)
            said = ", ".join(self.NATO[c] if r.random() < 0.5 else f"{c} as in {self.AS_IN[c]}" for c in letters)
            b.say("customer", "It's with ", ("keep", "insurer", r.choice(HELDOUT17_BRANDS["insurer"])), ", policy ",
                  ("pii", "account", f"{said}, {self.say(n[:4])} {self.say(n[4:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", ("pii", "account", f"{letters}{n}"), ", I'll send that over to the escrow team.")
        else:  # a loan transferred from another servicer: the old number and the new one
            old = rand_digits(r, 10, False)
            b.say("customer", "The loan got transferred from ", ("keep", "servicer", r.choice(HELDOUT17_BRANDS["servicer"])),
                  " last month. My old loan number there was ", ("pii", "account", self.say(old[:5]) + " " +
                                                                self.say(old[5:])), ".")
            b.say("agent", "Okay, I found it. Your new loan number with us is ", ("pii", "account", self.words(loan)),
                  ", it's on the welcome letter.")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '31')}{rand_digits(r, 4, False)}"
        mode = r.choice(["last4", "last4", "full", "spouse", "hesitant", "late-parent"])
        if mode == "last4":
            b.say("agent", r.choice([Q_HELDOUT17["ssn"][0], Q_HELDOUT17["ssn"][2]]))
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you.")
        elif mode == "full":
            b.say("agent", Q_HELDOUT17["ssn"][1])
            b.say("customer", "The whole thing? Okay. ", ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So that's ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
                b.say("customer", "That's right.")
        elif mode == "spouse":
            b.say("agent", "And the co-borrower's last four?")
            b.say("customer", r.choice(["Hers is ", "His are "]), ("pii", "ssn", self.say(s[5:])),
                  r.choice([". She's at work right now.", ". He's on the other line if you need him."]))
        elif mode == "hesitant":
            b.say("agent", Q_HELDOUT17["ssn"][2])
            b.say("customer", "Is this a secure line? I don't like giving that out over the phone.")
            b.say("agent", "It is, and I only need the last four.")
            b.say("customer", "Okay. ", ("pii", "ssn", self.say(s[5:])), ".")
        else:
            b.say("customer", r.choice(["My father passed away in August. His social was ",
                                        "Mom died in the spring, and they want her social, it's ",
                                        "The loan was my dad's, he passed. His social security number is "]),
                  ("pii", "ssn", f"{self.say(s[:3])} {self.say(s[3:5])} {self.say(s[5:])}"),
                  r.choice([", I have the death certificate to send you.", ".", ", I'm the executor."]))
            b.say("agent", "I'm so sorry for your loss. I'll note that and send you the successor packet.")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        n = str(r.randint(50, 99))
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["initial", "as-in", "attorney", "year", "underscore", "misread"])
        if mode == "misread" and len(l) < 4:
            mode = "underscore"
        if mode == "attorney":
            b.say("customer", "Please copy our paralegal on the payoff, it's ",
                  ("pii", "email", f"{f[0]}{l} at {l}law dot com"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "initial":
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]} {l} {n} at {dom}"), ".")
            b.say("agent", "So ", ("pii", "email", f"{f[0]}{l}{n}@{written}"), "?")
            b.say("customer", "Yes.")
        elif mode == "as-in":
            local = f if len(f) <= 8 else f[:6]
            letters = [f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and k == 0 else c
                       for k, c in enumerate(local.upper())]
            b.say("customer", self.pre(), ("pii", "email", f"{', '.join(letters)}, {local}, at {dom}"), ".")
        elif mode == "year":
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} {pair_words(n, r)} at {dom}"),
                  r.choice([".", ", that's the year I was born."]))
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{f} underscore {l} at {dom}"), ".")
        else:  # a written read-back with a letter wrong, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
            k = r.randrange(1, len(l) - 1)
            bad = l[:k] + l[k + 1:]
            b.say("agent", "I have ", ("pii", "email", f"{f}.{bad}@{written}"), ".")
            b.say("customer", "No, you dropped a letter. ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["on-behalf", "attorney", "coborrower", "spell", "last-first", "agent", "surviving"])
        if mode == "on-behalf":
            rel = r.choice([("mother", "her daughter"), ("father", "his son"), ("mom", "her son")])
            b.say("customer", f"Hi, I'm calling for my {rel[0]}, ", ("pii", "person", f"{first} {last}"),
                  f". I'm {rel[1]}, ", ("pii", "person", first2), ", I should be on the authorization.")
        elif mode == "attorney":
            b.say("customer", "This is ", ("pii", "person", f"{first} {last}"), ", I'm an attorney. I represent ",
                  ("pii", "person", f"{first2} {last2}"), " in the bankruptcy.")
        elif mode == "coborrower":
            b.say("agent", Q_HELDOUT17["person"][3])
            lead = r.choice(["Yes, my wife, ", "Yes, my husband, ", "Yeah, my ex, ", "That would be "])
            b.say("customer", lead, ("pii", "person", f"{first} {last}"),
                  ". We're divorced, but nobody ever took them off the loan." if "ex" in lead else ".")
        elif mode == "spell":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            if letters[0] in self.AS_IN and r.random() < 0.6:
                said = f"{letters[0]} as in {self.AS_IN[letters[0]]}, " + "-".join(letters[1:])
            else:
                said = spell(last, r)
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", "It's under ", ("pii", "person", f"{last}, {first}"), ". Both of us are on it, me and ",
                  ("pii", "person", first2), ".")
        elif mode == "agent":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.SERVICER), ", my name is ",
                  ("pii", "person", first), ". How can I help you today?")
        else:
            b.say("customer", "The loan's in my late husband's name, ", ("pii", "person", f"{first} {last}"),
                  ". I'm trying to take it over, I'm the surviving spouse.")

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(12, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["property", "two", "zip", "wrong-house", "box"])
        if mode == "property":
            b.say("agent", Q_HELDOUT17["address"][r.choice([0, 2])])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        elif mode == "two":
            city2, state2, zp2 = r.choice(self.CITIES)
            b.say("agent", Q_HELDOUT17["address"][1])
            b.say("customer", "The house is ", ("pii", "address", f"{house} {st}, {city}"),
                  ", it's a rental now. Mail goes to me at ",
                  ("pii", "address", f"{r.randint(100, 999)} {r.choice(self.STREETS)}{r.choice(self.KINDS)}, "
                                     f"apartment {r.randint(2, 30)}{r.choice(['', 'B', 'C'])}, {city2}, {state2}, "
                                     f"{self.say(zp2 + rand_digits(r, 2, False))}"), ".")
        elif mode == "zip":
            b.say("agent", "And the zip code of the property?")
            b.say("customer", ("pii", "address", f"{self.say(z[:3])}, {self.say(z[3:])}"), ".")
        elif mode == "wrong-house":
            b.say("agent", Q_HELDOUT17["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{num} {st}"), ".")
            bad = num[:-2] + num[-1] + num[-2] if num[-1] != num[-2] else self.wrong(num)
            b.say("agent", ("pii", "address", f"{bad} {st}"), "?")
            b.say("customer", "No, ", ("pii", "address", " ".join(UNITS[int(c)] for c in num)), ".")
        else:  # the servicer's payment box (not PII) and the borrower's own box
            b.say("agent", f"You can mail the check to our payment center, {self.PAY_BOX}.")
            b.say("customer", "Okay. And send the statements to my P O box, it's ",
                  ("pii", "address", f"P O Box {self.say(rand_digits(r, r.choice([3, 4])))}, {city}, {state} "
                                     f"{self.say(z)}"), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1941, 2001)
        mode = r.choice(["words", "numeric", "couple", "due-date", "year-first"])
        if mode == "couple":
            m2, d2, y2 = r.randint(1, 12), r.randint(1, 28), r.randint(1941, 2001)
            b.say("agent", "I need the dates of birth for both borrowers.")
            b.say("customer", "Mine is ", ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"),
                  ", and my wife's is ", ("pii", "dob", f"{m2}/{d2}/{str(y2)[2:]}"), ".")
            return
        self.sc.ask(b, "dob")
        if mode == "words":
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"), ".")
        elif mode == "numeric":
            said = f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, {pair_words(str(y)[2:], r)}"
            b.say("customer", self.pre(), ("pii", "dob", said), ".")
            b.say("agent", "So ", ("pii", "dob", f"{m}/{day}/{y}"), "?")
            b.say("customer", "Yes.")
        elif mode == "due-date":
            b.say("customer", ("pii", "dob", f"The {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {pair_words(str(y)[2:], r)}"),
                  ". And the payment's still due on the first, right?")
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"{year_words(y)}, {MONTHS[m - 1]} {day}"), ".")

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("agent", ["The new payment with escrow is two thousand one hundred six dollars and forty cents, "
                       "starting with the March payment."]),
            ("agent", ["Your rate is six point two five percent, fixed for the life of the loan."]),
            ("agent", ["The escrow shortage is eleven hundred eighty four dollars, so spread over twelve months "
                       "that's ninety eight sixty seven a month."]),
            ("agent", ["Payments are due on the first, and there's a fifteen day grace period, so the late charge "
                       "hits on the sixteenth."]),
            ("agent", ["The late charge is four percent of principal and interest, so sixty one dollars and twenty "
                       "cents."]),
            ("agent", [f"Payments by mail go to {self.PAY_BOX}."]),
            ("agent", [f"Loss mitigation is open until eight, at {self.CARE_LINE}, option three."]),
            ("agent", ["The payoff is good through the twentieth, after that it's eighteen dollars and twelve cents "
                       "a day in interest."]),
            ("agent", ["That disbursement was for the twenty twenty five county taxes, the second half."]),
            ("customer", ["The new policy runs April ninth to April ninth, and the premium went up to sixteen forty."]),
            ("agent", [f"Your confirmation number for today's payment is P M T {self.words(rand_digits(r, 7))}."]),
            ("agent", ["The mortgage insurance drops off automatically at seventy eight percent of the original value."]),
            ("agent", ["It's a thirty year fixed, and you've made sixty two payments so far."]),
            ("agent", ["The principal balance is two hundred eighty seven thousand four hundred twelve dollars."]),
            ("customer", ["We bought the house in twenty nineteen for three forty nine."]),
            ("customer", ["Our taxes went up like nine hundred dollars this year."]),
            ("customer", ["I sent two extra principal payments of five hundred in January."]),
            ("agent", ["The forbearance is three months, then we'd look at a repayment plan or a modification."]),
            ("customer", ["The disclosure said the APR was six point nine one."]),
            ("agent", ["It's an H O three policy, so the dwelling coverage has to be at least three twenty."]),
            ("agent", ["With ", ("keep", "lexicon", "SmartPay Biweekly"), " you pay half the payment every two weeks, "
                                                                         "that's twenty six half payments a year."]),
        ])
        b.say(speaker, *parts)


def heldout17_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 2 (every eleventh, which no other split took; bill, balance, interest,
    minimum-payment, routing, credit-score, insurance, tax and income intents, and phone-line talk), Banking77 train at
    offset 1 (every fifth; only direct-debit, balance-not-updated, identity-check and extra-charge intents, which
    heldout9 and heldout10 left there) and Bitext 20000 at offset 4 (every eighteenth, apart from heldout8's offset 2
    of 18 and the other every-ninth offsets; payment, invoice, account and complaint intents, no typo or offensive
    lines, no "u"/"ur"), dropping lines that name a bank or a utility, that talk of cards, top-ups, pounds, rent, pets,
    orders or shipping, and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][2::11] if i in _CLINC_HELDOUT17]
    with open(data / "banking77" / "train.csv", encoding="utf-8") as f:
        banking = [r["text"] for r in list(csv.DictReader(f))[1::5] if r["category"] in _BANKING77_HELDOUT17]
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        bitext = [r["utterance"] for r in list(csv.DictReader(f))[4::18]
                  if r["intent"] in _BITEXT_HELDOUT17 and not set(r["flags"]) & set("ZW")
                  and not re.search(r"\bu\b|\bur\b", r["utterance"])]
    cust = [t for t in customer_lines(clinc + banking + bitext) if not _OFF_HELDOUT17.search(t)]
    return AGENT_HELDOUT17, cust


_CLINC_HELDOUT17 = {"pay_bill", "bill_due", "bill_balance", "balance", "interest_rate", "min_payment", "transfer",
                    "routing", "transactions", "account_blocked", "credit_score", "improve_credit_score", "insurance",
                    "insurance_change", "taxes", "income", "repeat", "change_speed", "yes", "no", "maybe", "cancel",
                    "thank_you", "goodbye", "greeting"}
_BANKING77_HELDOUT17 = {"direct_debit_payment_not_recognised", "balance_not_updated_after_bank_transfer",
                        "balance_not_updated_after_cheque_or_cash_deposit", "why_verify_identity",
                        "unable_to_verify_identity", "extra_charge_on_statement"}
_BITEXT_HELDOUT17 = {"payment_issue", "check_payment_methods", "get_invoice", "check_invoices", "edit_account",
                     "recover_password", "registration_problems", "contact_human_agent", "contact_customer_service",
                     "complaint"}
_OFF_HELDOUT17 = re.compile(r"\b(bank of america|usaa|chase|wells fargo|citi|capital one|pnc|us bank|top.?up|pounds?|"
                            r"cheque|app|orders?|purchase|shipping|delivery|newsletter|card|pet|dte|td bank|rent|"
                            r"routing number for my (?!checking|savings|bank)\w+)\b", re.I)


class Heldout18:
    """Held-out 18's readings (only drawn for that split), as customers of a home-security alarm monitoring company,
    their emergency contacts and keyholders, and its operators and care agents say them: the monitoring center's own
    line (not PII) beside the caller's number, a number broken off by a beeping keypad or a siren and finished later,
    an emergency contact's name and number in one breath, a number on file checked by its last four and replaced, a
    read-back with the last group wrong and the caller's correction, digits and words mixed, "triple"; cards group by
    group echoed by the agent, Amex 4-6-5 with the last five read back, an expired card on file and the new one over
    two turns (with its expiry, not PII), a wrong second group corrected; monitoring account numbers with "as in" or
    NATO letters read back written, central-station numbers off the panel sticker (letters and digits), verbal
    passwords that are words or phrases (a wrong one first), keypad disarm codes, city alarm-permit numbers, a
    customer number over two turns read back with a digit wrong (all ``account``: IDs and access credentials tied to
    the customer); SSNs for equipment financing over two turns read back written, last fours, a hesitant caller, a
    spouse's; e-mails (two for alerts in one turn, underscores, "as in" spelled, a domain read back wrong); account
    holders, emergency contacts and keyholders, a housekeeper or dog walker during an alarm, a parent's account, the
    installer by first name, "last name, first name", surnames spelled; premises addresses, an old and a new address
    when moving, a unit with a gate code, the zip alone, a house number read back wrong; dates of birth; and alarm
    numbers that are not PII (zones, fees and false-alarm fines, plan prices, sensor models and batteries, entry
    delays, appointment windows, contract terms, temperatures, signal counts, the monitoring center's number)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "cat", "D": "dog", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Henry", "J": "jack", "K": "king", "L": "Lincoln", "M": "Mary", "N": "Nora", "P": "Peter",
             "R": "Robert", "S": "Sam", "T": "Tom", "W": "Walter"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "W": "Whiskey"}
    STREETS = ["Briar Glen", "Foxtail", "Stonegate", "Windmill", "Old Orchard", "Pheasant Run", "Kingfisher",
               "Juniper Ridge", "Silver Maple", "Crooked Creek", "Hawthorn", "Bellflower", "Tanglewood", "Ironwood"]
    KINDS = [" Drive", " Lane", " Court", " Road", " Way", " Circle", " Trail", " Place"]
    CITIES = [("Plano", "Texas", "750"), ("Naperville", "Illinois", "605"), ("Chandler", "Arizona", "852"),
              ("Fishers", "Indiana", "460"), ("Overland Park", "Kansas", "662"), ("Boise", "Idaho", "837"),
              ("Greenville", "South Carolina", "296"), ("Roseville", "California", "956"),
              ("Lakewood", "Colorado", "802"), ("Kettering", "Ohio", "454"), ("Brandon", "Florida", "335"),
              ("Maple Grove", "Minnesota", "553")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "att dot net", "icloud dot com",
               "outlook dot com", "cox dot net", "me dot com", "live dot com"]
    COMPANY = "Aldridge Home Security"
    CENTER_LINE = "one eight hundred, five five five, oh one four two"  # the monitoring center's own line: not PII
    PASSWORDS = ["blue heron", "pineapple", "grandma's kitchen", "Buckeye", "tangerine", "lighthouse", "Walter",
                 "red canoe", "marigold", "pancakes", "rocky top", "snowflake", "June bug", "Cheddar"]
    HELPERS = ["the housekeeper", "the dog walker", "the neighbor", "the babysitter", "her sister-in-law"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, words with "oh", "double" and "triple", or pairs."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[2 % len(g)] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2]:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        return " ".join(digit_word(c, self.r) for c in g)

    def mixed(self, g: str) -> str:
        """Digits and words in one group, as ASR writes a quick "four oh 7"."""
        r = self.r
        k = r.randint(1, len(g) - 1)
        return f"{self.words(g[:k])} {g[k:]}" if r.random() < 0.5 else f"{g[:k]} {self.words(g[k:])}"

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 8)) % 10) + s[k + 1:]

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        mode = r.choice(["center-line", "keypad", "contact", "on-file", "wrong-last", "mixed", "dispatch"])
        if mode == "center-line":
            b.say("agent", f"If the panel ever goes off and you want to cancel, the monitoring center is "
                           f"{self.CENTER_LINE}. And what's a good number for you?")
            b.say("customer", r.choice(["Got it. Mine's ", "Okay. You can reach me at "]),
                  ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            return
        if mode == "contact":
            first, last = self.sc.name()
            b.say("agent", Q_HELDOUT18["person"][2])
            b.say("customer", r.choice(["My neighbor, ", "Put my cousin first, ", "My friend from church, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([", the number is ", ", the cell is ", ", and it's "]),
                  ("pii", "phone", f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}"),
                  r.choice([". They have a key.", ".", ", only ten minutes away."]))
            if r.random() < 0.5:
                b.say("agent", "So that's ", ("pii", "person", first), " at ",
                      ("pii", "phone", f"{g[0]}-{g[1]}-{g[2]}"), ", correct?")
                b.say("customer", "Yes.")
            return
        if mode == "on-file":
            old = rand_digits(r, 4, False)
            b.say("agent", "I have the primary contact number ending in ", ("pii", "phone", self.words(old)),
                  ". Is that still good?")
            b.say("customer", r.choice(["No, that was the landline, we cut it. Use my cell, ",
                                        "That's my old work number. Try "]),
                  ("pii", "phone", f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"), ".")
            return
        if mode == "dispatch":
            b.say("agent", "This is the monitoring center. We're getting a fire alarm signal from the house, "
                           "is everyone okay?")
            b.say("customer", "Yeah, it was the toast, sorry. I'm not home, though, my husband is. Call his cell, ",
                  ("pii", "phone", " ".join(self.say(x) for x in g)), ".")
            b.say("agent", "Okay, I'll hold off on the fire department while I call him.")
            return
        self.sc.ask(b, "phone")
        if mode == "keypad":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, the keypad's beeping at me, hang on.",
                            "... oh, that's the siren, give me one second, I have to punch in the code.",
                            "... hold on, the dog's going crazy at the installer."]))
            b.say("agent", r.choice(["Take your time.", "No problem, I have the first six digits."]))
            b.say("customer", r.choice(["Okay, sorry. Then ", "Where was I... ", "Okay, the last four are "]),
                  ("pii", "phone", self.say(g[2])), ".")
        elif mode == "wrong-last":
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            bad = self.wrong(g[2])
            b.say("agent", "Let me read that back, ", ("pii", "phone", f"{g[0]} {g[1]} {bad}"), "?")
            if r.random() < 0.5:
                b.say("customer", r.choice(["Close, the last four are ", "No, it ends in "]),
                      ("pii", "phone", self.words(g[2])), ".")
            else:
                b.say("customer", "No, ", ("pii", "phone", self.words(g[2])), ", not ",
                      ("pii", "phone", self.words(bad[-4:])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "phone", f"{self.mixed(g[0])}, {self.say(g[1])}, {self.mixed(g[2])}"),
                  ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, ", ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}"), ".")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["echo", "amex", "on-file", "expired", "wrong-second"])
        if mode == "amex":
            d = luhn_complete(r.choice(["34", "37"]) + rand_digits(r, 12, False))
            self.sc.ask(b, "card")
            b.say("customer", "It's an American Express. ",
                  ("pii", "card", f"{self.say(d[:4])}, {self.words(d[4:10])}, {self.say(d[10:])}"), ".")
            b.say("agent", "And the last five were ", ("pii", "card", self.words(d[10:])), "?")
            b.say("customer", "Yes.")
            return
        p = r.choice(["4", "4", "51", "55", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "on-file":
            b.say("agent", "The monitoring bills to the Visa ending in ", ("pii", "card", self.words(gs[3])),
                  ". Do you want me to run the trip charge on that one too?")
            b.say("customer", r.choice(["Yeah, the ", "Sure, use the "]), ("pii", "card", self.say(gs[3])), ".")
            return
        if mode == "expired":
            b.say("agent", "The card ending in ", ("pii", "card", self.words(rand_digits(r, 4, False))),
                  " expired in March, that's why the monitoring is past due.")
            b.say("customer", "Oh, they sent me a new one. Okay, ",
                  ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"),
                  r.choice([", and it expires oh nine twenty nine.", ". Expiration is eleven thirty."]))
            return
        self.sc.ask(b, "card")
        if mode == "echo":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next ", "And "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        else:
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            bad = self.wrong(gs[1])
            b.say("agent", "I have ", ("pii", "card", f"{gs[0]} {bad} {gs[2]} {gs[3]}"), ".")
            b.say("customer", "No, the second group is ", ("pii", "card", self.words(gs[1])), ".")
            b.say("agent", "Sorry, fixed it.")

    def letters_said(self, letters: str) -> str:
        r = self.r
        return ", ".join(self.NATO[c] if r.random() < 0.5 else f"{c} as in {self.AS_IN[c]}" for c in letters)

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["acct", "acct", "cs", "password", "password-wrong", "code", "permit", "custno"])
        if mode == "acct":
            letters = "".join(r.choice(sorted(self.NATO)) for _ in range(2))
            n = rand_digits(r, 7, False)
            b.say("agent", Q_HELDOUT18["account"][0])
            b.say("customer", self.pre(), ("pii", "account", f"{self.letters_said(letters)}, {self.say(n[:3])}, "
                                                            f"{self.say(n[3:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", ("pii", "account", f"{letters}-{n}"), r.choice([", got it.", "?"]))
        elif mode == "cs":
            hexs = "".join(r.choice("0123456789ABCDEF") for _ in range(r.choice([4, 6])))
            said = " ".join(UNITS[int(c)] if c.isdigit() else c for c in hexs)
            b.say("agent", "Can you open the panel door and read me the C S number on the white sticker?")
            b.say("customer", "Hold on, I need a flashlight... okay, it says ", ("pii", "account", said), ".")
            if r.random() < 0.5:
                b.say("agent", ("pii", "account", hexs), ", perfect, that's the panel I see signals from.")
        elif mode == "password":
            pw = r.choice(self.PASSWORDS)
            b.say("agent", Q_HELDOUT18["account"][3])
            b.say("customer", self.pre(), ("pii", "account", pw), r.choice([".", ", all one word.", "!"]))
            b.say("agent", "Thank you, that matches.")
        elif mode == "password-wrong":
            pw, old = r.sample(self.PASSWORDS, 2)
            b.say("agent", "Before I cancel the dispatch I need your passcode.")
            b.say("customer", "Um, is it ", ("pii", "account", old), "?")
            b.say("agent", "That's not what I have on file.")
            b.say("customer", "Oh, wait, my husband changed it. Try ", ("pii", "account", pw), ".")
            b.say("agent", "That's it, thank you. I'll cancel the police.")
        elif mode == "code":
            code = rand_digits(r, 4, False)
            b.say("customer", r.choice(["My code is ", "I keep putting in my code, "]), ("pii", "account", self.say(code)),
                  r.choice([", and it just keeps beeping.", ", and the keypad says invalid."]))
            b.say("agent", "Okay, let's try resetting the user code from the master code.")
        elif mode == "permit":
            b.say("agent", Q_HELDOUT18["account"][2])
            y = r.choice(["2024", "2025", "2026"])
            n = rand_digits(r, 5, False)
            b.say("customer", "It's ", ("pii", "account", f"A P, {year_words(int(y))}, dash, {self.say(n)}"),
                  ". The city mailed it to me.")
            if r.random() < 0.5:
                b.say("agent", ("pii", "account", f"AP-{y}-{n}"), ", I'll add it to the account.")
        else:
            n = rand_digits(r, 9, False)
            b.say("agent", Q_HELDOUT18["account"][1])
            b.say("customer", self.pre(), ("pii", "account", self.say(n[:5])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(n[5:])), ".")
            bad = n[:5] + self.wrong(n[5:])
            b.say("agent", "So ", ("pii", "account", self.words(bad)), "?")
            b.say("customer", "No, it ends ", ("pii", "account", self.words(n[5:])), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '47')}{rand_digits(r, 4, False)}"
        mode = r.choice(["last4", "last4", "full", "hesitant", "spouse"])
        if mode == "last4":
            b.say("agent", r.choice([Q_HELDOUT18["ssn"][1], Q_HELDOUT18["ssn"][2]]))
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you.")
        elif mode == "full":
            b.say("agent", Q_HELDOUT18["ssn"][0])
            b.say("customer", "Okay. ", ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "Reading it back, ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
                b.say("customer", "Yep.")
        elif mode == "hesitant":
            b.say("agent", Q_HELDOUT18["ssn"][1])
            b.say("customer", "Why do you need my social for an alarm? I just want to change the password.")
            b.say("agent", "It's only to verify you're the account holder, just the last four.")
            b.say("customer", "Fine. ", ("pii", "ssn", self.say(s[5:])), ".")
        else:
            b.say("agent", "The account's in your wife's name, so I'll need the last four of her social.")
            b.say("customer", "Hers is ", ("pii", "ssn", self.say(s[5:])), ". She's right here if you need her.")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["dot-digits", "two", "underscore", "as-in", "wrong-domain"])
        self.sc.ask(b, "email")
        if mode == "dot-digits":
            n = rand_digits(r, r.choice([2, 3]), False)
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} {self.words(n)} at {dom}"), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "email", f"{f}.{l}{n}@{written}"), "?")
                b.say("customer", "Yes.")
        elif mode == "two":
            f2, _ = self.sc.name()
            f2 = re.sub(r"[^a-z]", "", f2.lower())
            b.say("customer", "Can you send the alerts to both of us? Mine is ",
                  ("pii", "email", f"{f}{l} at {dom}"), " and my husband's is ",
                  ("pii", "email", f"{f2} {l} at {r.choice(self.DOMAINS)}"), ".")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]} underscore {l} at {dom}"), ".")
        elif mode == "as-in":
            local = l if len(l) <= 8 else l[:7]
            spelled = [f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and k < 2 else c
                       for k, c in enumerate(local.upper())]
            b.say("customer", self.pre(), ("pii", "email", f"{', '.join(spelled)}, at {dom}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "email", f"{f} {l} at {dom}"), ".")
            other = r.choice([d for d in self.DOMAINS if d != dom])
            b.say("agent", "So ", ("pii", "email", f"{f}{l}@{other.replace(' dot ', '.')}"), "?")
            b.say("customer", "No, it's ", ("pii", "email", f"{f}{l} at {dom}"), r.choice([".", ", not " + other + "."]))

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["keyholders", "spell", "agent", "helper", "parent", "last-first", "installer"])
        if mode == "keyholders":
            b.say("agent", Q_HELDOUT18["person"][3])
            b.say("customer", "My neighbor across the street, ", ("pii", "person", f"{first} {last}"),
                  ", and ", ("pii", "person", first2), ", my oldest. They're away at college but they have a key.")
        elif mode == "spell":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            if letters[0] in self.AS_IN and r.random() < 0.5:
                said = f"{letters[0]} as in {self.AS_IN[letters[0]]}, " + " ".join(letters[1:])
            else:
                said = spell(last, r)
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "agent":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.COMPANY), ", this is ",
                  ("pii", "person", first), ". Can I have your name?")
            b.say("customer", "Hi ", ("pii", "person", first), ", it's ", ("pii", "person", f"{first2} {last2}"), ".")
        elif mode == "helper":
            b.say("agent", "This is the monitoring center, we got an alarm from the front door. Who am I speaking with?")
            helper = r.choice(self.HELPERS)
            b.say("customer", "This is ", ("pii", "person", first), f", I'm {helper}. ",
                  ("pii", "person", f"{first2} {last2}"), " gave me the code but I think I put it in wrong.")
        elif mode == "parent":
            b.say("customer", "I'm calling about my mother's account, ", ("pii", "person", f"{first} {last}"),
                  ". She's moving into assisted living and we need to cancel. I'm ", ("pii", "person", first2),
                  ", I'm on the call list.")
        elif mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", "Last name ", ("pii", "person", last), ", first name ", ("pii", "person", first), ".")
        else:
            b.say("customer", "The installer, ", ("pii", "person", first), r.choice([
                ", said the motion sensor would be replaced for free.",
                ", was great, but he left the garage sensor off.",
                ", told me to call you about the glass break."]))

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(14, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["premises", "moving", "unit", "zip", "wrong-house"])
        if mode == "premises":
            b.say("agent", Q_HELDOUT18["address"][r.choice([0, 2])])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        elif mode == "moving":
            city2, state2, zp2 = r.choice(self.CITIES)
            b.say("customer", "We're moving on the thirtieth. Right now we're at ", ("pii", "address", f"{house} {st}"),
                  ", and the new house is ",
                  ("pii", "address", f"{r.randint(100, 9999)} {r.choice(self.STREETS)}{r.choice(self.KINDS)}, "
                                     f"{city2}, {self.say(zp2 + rand_digits(r, 2, False))}"),
                  ". Can the system come with us?")
        elif mode == "unit":
            b.say("agent", Q_HELDOUT18["address"][1])
            code = rand_digits(r, 4, False)
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, unit {r.randint(2, 40)}, {city}"),
                  ". The gate code is pound ", ("pii", "account", self.words(code)), ", the tech will need it.")
        elif mode == "zip":
            b.say("agent", "And the zip code where the system is installed?")
            b.say("customer", ("pii", "address", f"{self.say(z[:3])}, {self.say(z[3:])}"), ".")
        else:
            b.say("agent", Q_HELDOUT18["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{num} {st}"), ".")
            bad = num[:-2] + num[-1] + num[-2] if num[-1] != num[-2] else self.wrong(num)
            b.say("agent", ("pii", "address", f"{bad} {st}"), "?")
            b.say("customer", "No, ", ("pii", "address", " ".join(UNITS[int(c)] for c in num)),
                  ". The police went to the wrong house last time.")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1936, 2003)
        mode = r.choice(["words", "numeric", "day-first", "year-first", "slash"])
        self.sc.ask(b, "dob")
        if mode == "words":
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"), ".")
        elif mode == "numeric":
            said = f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, {pair_words(str(y)[2:], r)}"
            b.say("customer", self.pre(), ("pii", "dob", said), ".")
            b.say("agent", "So ", ("pii", "dob", f"{MONTHS[m - 1]} {day}, {y}"), "?")
            b.say("customer", "That's right.")
        elif mode == "day-first":
            b.say("customer", self.pre(), ("pii", "dob", f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, "
                                                        f"{year_words(y)}"), ".")
        elif mode == "year-first":
            b.say("customer", self.pre(), ("pii", "dob", f"{year_words(y)}, {MONTHS[m - 1]} {day}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"{m}-{day}-{str(y)[2:]}"),
                  r.choice([".", ", I'm older than the house."]))

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("agent", ["Zone fourteen is the garage motion, and zone three is the back door."]),
            ("agent", ["The city charges seventy five dollars for the third false alarm in a year, and a hundred "
                       "and fifty after that."]),
            ("agent", ["The monitoring is forty four ninety nine a month, plus tax."]),
            ("agent", ["Those door sensors take a CR two oh three two coin battery."]),
            ("customer", ["The motion detector says D W ten on the back, is that the right one?"]),
            ("agent", ["The entry delay is thirty seconds, we can make it forty five if you need more time."]),
            ("agent", ["The technician can come Thursday between eight and noon, or Friday between one and five."]),
            ("agent", ["Your agreement is thirty six months, and you're at month twenty two."]),
            ("agent", [f"The monitoring center number is {self.CENTER_LINE}, it's also on the sticker on the panel."]),
            ("agent", ["We got three low battery signals since Tuesday, all from the same sensor."]),
            ("agent", ["The freeze sensor alerts us if the basement drops below forty two degrees."]),
            ("customer", ["The siren is like eighty five decibels, the whole street heard it."]),
            ("agent", ["Most insurers take up to fifteen percent off with the monitoring certificate."]),
            ("customer", ["The police got there in like twelve minutes."]),
            ("agent", ["The trip charge is sixty nine dollars, but it's waived if it's a warranty part."]),
            ("customer", ["We have four cameras and two smoke detectors upstairs."]),
            ("agent", ["The early termination fee is seventy five percent of the remaining months."]),
            ("customer", ["It went off at two fifteen in the morning, twice."]),
            ("agent", ["With ", ("keep", "lexicon", "Video Verify"), " the operators look at the camera clip before "
                                                                     "they call the police."]),
            ("agent", ["The move is free if you sign a new thirty six month agreement with ",
                       ("keep", "lexicon", "MoveSafe"), "."]),
        ])
        b.say(speaker, *parts)


def heldout18_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 0 (every eleventh, which no other split took; bill, card-declined,
    expiry, smart-home, reminder and calendar intents, and phone-line talk) and Bitext's 27k sample at
    offset 9 (every thirteenth, a stride no other split used; cancellation, payment, invoice, account and complaint
    intents, no typo or offensive lines, no "u"/"ur"), dropping lines that talk of orders, shipping, deliveries,
    purchases, newsletters, banks, pets, cars or the assistant, and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][0::11] if i in _CLINC_HELDOUT18]
    bitext = bitext_lines(data, 9, 13, _BITEXT_HELDOUT18)
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT18.search(t)]
    return AGENT_HELDOUT18, cust


_CLINC_HELDOUT18 = {"pay_bill", "bill_due", "bill_balance", "card_declined", "expiration_date", "smart_home",
                    "reminder", "calendar", "repeat", "change_speed", "yes", "no", "maybe", "cancel", "thank_you",
                    "goodbye", "greeting", "how_busy"}
_BITEXT_HELDOUT18 = {"check_cancellation_fee", "delete_account", "payment_issue", "check_payment_methods",
                     "check_invoice", "get_invoice", "edit_account", "switch_account", "contact_human_agent",
                     "contact_customer_service", "complaint", "recover_password", "registration_problems"}
_OFF_HELDOUT18 = re.compile(r"\b(orders?|purchases?|shipping|deliver(y|ies)|newsletter|bank|banking|pets?|dogs?|"
                            r"restaurants?|refunds?|transfer|checks?|cars?|ai|assistant)\b", re.I)


class Heldout19:
    """Held-out 19's readings (only drawn for that split), as senders, recipients, neighbors, small shippers and a
    parcel carrier's agents say them: a cell for the driver's texts, a number broken off when the doorbell rings and
    finished later, a number on file checked by its last four and replaced, a read-back with two digits swapped
    corrected with "not ...", a neighbor's name and number, the carrier's own line (not PII) before the caller's, a UK
    sender's mobile; duties, redelivery-fee and label cards (group by group echoed, a group read back wrong, a saved
    card by its last four, Amex 4-6-5, the expiry not PII); twelve-digit tracking numbers (in fours, over two turns
    with a digit read back wrong), international tracking numbers with letters (NATO or "as in"), door-tag numbers,
    gate, buzzer and lock-box codes, parcel-locker pickup codes, business shipping account numbers, claim numbers that
    start like a year (all ``account``); SSNs for customs clearance as importer of record and for a business credit
    application, last fours, an ITIN; e-mails for alerts, proof of delivery and claims; addressees, neighbors, front
    desks, signers on the proof of delivery, agents and drivers by first name; delivery, pickup and redirect
    addresses with buzzer codes, a UK postcode, a zip read back wrong; dates of birth for age-verified deliveries and
    counter release; and carrier numbers that are not PII (weights, sizes, declared values, duties, fees, delivery
    windows and dates, hold periods, cut-off times, tariff codes, stops, the pickup point's opening hours, the
    carrier's own number, the promo code)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "Charlie", "D": "dog", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Harry", "J": "John", "K": "kite", "L": "Lincoln", "M": "Mary", "N": "Nancy", "P": "Paul",
             "R": "Roger", "S": "Sam", "T": "Tom", "U": "uncle", "W": "Walter", "X": "x-ray", "Z": "zebra",
             "I": "Ida", "O": "ocean", "Q": "queen", "V": "Victor", "Y": "yellow"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "W": "Whiskey", "X": "X-ray", "Z": "Zulu",
            "I": "India", "O": "Oscar", "Q": "Quebec", "V": "Victor", "Y": "Yankee"}
    COUNTRIES = ["GB", "CA", "DE", "MX", "AU", "NL", "KR", "JP"]
    STREETS = ["Tanglewood", "Hawthorne", "Old Mill", "Canterbury", "Juniper Ridge", "Seminole", "Foxglove",
               "Kingfisher", "Red Oak", "Baywood", "Thornapple", "Sycamore Bend", "Prospect Hill", "Wildflower"]
    KINDS = [" Street", " Avenue", " Drive", " Lane", " Court", " Boulevard", " Way", " Terrace", " Loop"]
    CITIES = [("Bellevue", "Washington", "980"), ("Arvada", "Colorado", "800"), ("Frisco", "Texas", "750"),
              ("Carmel", "Indiana", "460"), ("Overland Park", "Kansas", "662"), ("Decatur", "Georgia", "300"),
              ("Medford", "Massachusetts", "021"), ("Tempe", "Arizona", "852"), ("Durham", "North Carolina", "277"),
              ("Ann Arbor", "Michigan", "481"), ("Boise", "Idaho", "837"), ("Hoboken", "New Jersey", "070")]
    UK = [("Leeds", "L S six, four J T"), ("Bristol", "B S eight, one Q U"), ("Croydon", "C R oh, two R Y"),
          ("Cardiff", "C F ten, three A F")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "outlook dot com", "icloud dot com", "hotmail dot com",
               "comcast dot net", "att dot net", "me dot com", "protonmail dot com"]
    CARRIER = "Fenwick Express"
    CARE_LINE = "one eight hundred, five five five, oh one nine six"  # the carrier's own line: not PII

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, pairs, or digit by digit with "oh", "double" and "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads a number off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 8)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        r = self.r
        return r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"]) if c in self.NATO else c

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        mode = r.choice(["driver", "doorbell", "on-file", "swapped", "neighbor", "care-line", "uk"])
        if mode == "care-line":
            b.say("agent", f"If we get cut off, you can reach us at {self.CARE_LINE}. And what's the best number "
                           "for you?")
            b.say("customer", r.choice(["Mine is ", "Okay. Mine's "]),
                  ("pii", "phone", f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"), ".")
            return
        if mode == "on-file":
            b.say("agent", "The alerts are going to a number ending in ",
                  ("pii", "phone", self.words(rand_digits(r, 4, False))), ". Is that still you?")
            b.say("customer", r.choice(["No, that's my old phone. It's ", "No, that's my husband's. Send them to me, "]),
                  ("pii", "phone", f"{g[0]} {g[1]} {g[2]}" if r.random() < 0.4 else
                   f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"), ".")
            return
        if mode == "neighbor":
            first, last = self.sc.name()
            b.say("customer", r.choice(["If I'm not home, leave it with my neighbor next door, ",
                                        "My neighbor said she'd take it, "]),
                  ("pii", "person", f"{first} {last}" if r.random() < 0.5 else first),
                  r.choice([". Her number is ", ". The driver can call her at "]),
                  ("pii", "phone", f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}"), ".")
            return
        if mode == "uk":
            mob = "7" + rand_digits(r, 9, False)
            b.say("customer", r.choice(["The sender's in England, if customs needs her it's ",
                                        "My daughter sent it from London, her mobile is "]),
                  ("pii", "phone", r.choice([f"plus four four, {self.words(mob[:4])}, {self.say(mob[4:])}",
                                             f"oh {self.words(mob[:4])}, {self.say(mob[4:7])} {self.say(mob[7:])}"])),
                  ".")
            return
        self.sc.ask(b, "phone")
        if mode == "driver":
            b.say("customer", self.pre(), ("pii", "phone", f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}"),
                  r.choice([". Texts are better, I can't always pick up at work.", ".", ", that's my cell."]))
        elif mode == "doorbell":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... oh, hold on, someone's at the door. Maybe it's the driver.",
                            "... sorry, the dog is going crazy, one second.",
                            "... hang on, the baby's up."]))
            b.say("agent", r.choice(["Sure, take your time.", "No problem, I have the first six digits."]))
            b.say("customer", r.choice(["Okay, it wasn't him. The last four are ", "Sorry. Then ", "Okay, "]),
                  ("pii", "phone", self.say(g[2])), ".")
        else:  # read back with two digits swapped
            b.say("customer", self.pre(), ("pii", "phone", ", ".join(self.say(x) for x in g)), ".")
            last = g[2]
            bad = last[:2] + last[3] + last[2] if last[2] != last[3] else self.wrong(last)
            b.say("agent", "Let me read that back. ",
                  ("pii", "phone", f"{self.words(g[0])}, {self.words(g[1])}, {self.words(bad)}"), "?")
            b.say("customer", "No, the end is ", ("pii", "phone", self.words(last)), ", not ",
                  ("pii", "phone", self.words(bad)), ".")
            b.say("agent", "Sorry, got it now.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["echo", "fee", "wrong-group", "on-file", "amex", "split"])
        if mode == "amex":
            d = luhn_complete(r.choice(["34", "37"]) + rand_digits(r, 12, False))
            self.sc.ask(b, "card")
            b.say("customer", "It's an ", ("keep", "payment", "Amex"), ". ",
                  ("pii", "card", f"{self.say(d[:4])}, {self.say(d[4:10])}, {self.say(d[10:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Ending in ", ("pii", "card", self.words(d[10:])), ", and the expiration?")
                b.say("customer", r.choice(["Oh nine, twenty seven.", "Twelve twenty eight.", "Oh two thirty."]))
            return
        p = r.choice(["4", "4", "51", "55", "22", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "on-file":
            b.say("agent", "I see a card on your shipping account ending in ", ("pii", "card", self.words(gs[3])),
                  ". Do you want to use that for the duties?")
            b.say("customer", r.choice(["Yes, the ", "Yeah, that's fine, the "]), ("pii", "card", self.say(gs[3])),
                  r.choice([".", " is fine."]))
            return
        if mode == "fee":
            b.say("agent", "Redirecting it to the pickup point is free, but a new address is a twelve dollar fee. "
                           "Do you still want the new address?")
            b.say("customer", "Yes. The card is ", ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            b.say("agent", "And the expiration date and the security code?")
            b.say("customer", r.choice(["Oh seven twenty nine, and the code is on the back, hold on.",
                                        "Ten twenty seven.", "It's oh four, thirty."]))
            return
        self.sc.ask(b, "card")
        if mode == "echo":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next four, "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        elif mode == "wrong-group":
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            k = r.choice([1, 2])
            bad = list(gs)
            bad[k] = self.wrong(gs[k])
            b.say("agent", "So I have ", ("pii", "card", ", ".join(bad)), "?")
            b.say("customer", r.choice(["No, the second four is ", "Not quite, that group is "]) if k == 1 else
                  r.choice(["No, the third group is ", "Not quite, that group is "]),
                  ("pii", "card", self.words(gs[k])), ".")
        else:  # eight and eight, an interruption between
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"),
                  "... sorry, I'm reading it off my phone, the numbers are tiny...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"), ".")

    def tracking(self) -> str:
        return "7" + rand_digits(self.r, 11, False)

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["tracking", "tracking", "tracking-wrong", "intl", "door-tag", "gate", "locker", "business",
                         "claim"])
        t = self.tracking()
        if mode == "tracking":
            b.say("agent", Q_HELDOUT19["account"][0])
            said = (" ".join(self.say(t[i:i + 4]) for i in range(0, 12, 4)) if r.random() < 0.6
                    else self.words(t))
            b.say("customer", self.pre(), ("pii", "account", said), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, ", ("pii", "account", f"{t[:4]} {t[4:8]} {t[8:]}" if r.random() < 0.5 else t),
                      r.choice([", out for delivery today.", ", I have it.", "."]))
        elif mode == "tracking-wrong":
            b.say("agent", Q_HELDOUT19["account"][0])
            b.say("customer", "It's a long one. ", ("pii", "account", self.say(t[:6])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(t[6:])), ".")
            bad = t[:6] + self.wrong(t[6:])
            b.say("agent", "I'm not finding ", ("pii", "account", self.words(bad)), ".")
            b.say("customer", "Oh, it ends ", ("pii", "account", self.words(t[6:])), r.choice([".", ", sorry."]))
        elif mode == "intl":
            b.say("agent", Q_HELDOUT19["account"][0])
            n = rand_digits(r, 9, False)
            cc = r.choice(self.COUNTRIES)
            said = (f"{self.letter('F')}, {self.letter('W')}, {self.say(n[:3])}, {self.say(n[3:6])}, "
                    f"{self.say(n[6:])}, {self.letter(cc[0])}, {self.letter(cc[1])}")
            b.say("customer", "It's from overseas, so it has letters. ", ("pii", "account", said), ".")
            if r.random() < 0.6:
                b.say("agent", "So ", ("pii", "account", f"FW{n}{cc}"), "?")
                b.say("customer", r.choice(["Yes.", "That's it."]))
        elif mode == "door-tag":
            b.say("agent", Q_HELDOUT19["account"][1])
            d = rand_digits(r, 8, False)
            b.say("customer", r.choice(["The little orange slip? It says ", "Okay, on the door tag it's "]),
                  ("pii", "account", f"{r.choice(['D T', 'DT', 'D, T,'])} {self.say(d[:4])} {self.say(d[4:])}"), ".")
        elif mode == "gate":
            code = rand_digits(r, 4, False)
            said = r.choice([f"pound {self.words(code)}", f"star {self.words(code)} pound", self.say(code),
                             f"{self.words(code)}, then the bell key"])
            b.say("agent", "Is there a gate code or a buzzer the driver needs?")
            b.say("customer", r.choice(["Yeah, the gate code is ", "The buzzer is ", "The lockbox by the garage is "]),
                  ("pii", "account", said), r.choice([". He can leave it inside the gate.", ".",
                                                      ", but please don't leave it in the lobby."]))
        elif mode == "locker":
            code = rand_digits(r, 6, False)
            if r.random() < 0.5:
                lead: list = ["It went to the ", ("keep", "lexicon", "Hollis Locker"),
                              " and the code in the text doesn't work. It's "]
            else:
                lead = ["The locker keeps saying invalid code. I'm typing "]
            b.say("customer", *lead, ("pii", "account", f"{self.say(code[:3])}, {self.say(code[3:])}"), ".")
            b.say("agent", "Let me reissue that. Your new pickup code is ",
                  ("pii", "account", self.words(rand_digits(r, 6, False))), ", and it's good for seventy two hours.")
        elif mode == "business":
            b.say("agent", Q_HELDOUT19["account"][2])
            a = rand_digits(r, 9, False)
            b.say("customer", self.pre(), ("pii", "account", f"{self.say(a[:3])}, {self.say(a[3:6])}, {self.say(a[6:])}"),
                  r.choice([". It's under the shop's name.", ".", ", we ship about forty boxes a week."]))
            if r.random() < 0.5:
                b.say("agent", "Account ending ", ("pii", "account", self.words(a[-4:])), r.choice([", got it.", "."]))
        else:  # a claim number that starts like a year
            b.say("agent", Q_HELDOUT19["account"][3])
            y = r.choice(["2025", "2026"])
            n = rand_digits(r, 6, False)
            b.say("customer", self.pre(), ("pii", "account", f"C L, {year_words(int(y))}, {self.say(n)}"), ".")
            if r.random() < 0.6:
                b.say("agent", ("pii", "account", f"CL-{y}-{n}"), r.choice([", got it.", "?"]))

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '42')}{rand_digits(r, 4, False)}"
        mode = r.choice(["customs", "credit", "last4", "last4", "itin", "why"])
        if mode == "customs":
            b.say("agent", Q_HELDOUT19["ssn"][0])
            b.say("customer", "For a box of books? Okay... ", ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"),
                  "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So that's ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
                b.say("customer", "Yes.")
        elif mode == "credit":
            b.say("agent", Q_HELDOUT19["ssn"][1])
            b.say("customer", r.choice(["I'm a sole proprietor, so it's mine. ", self.pre()]),
                  ("pii", "ssn", f"{self.say(s[:3])} {self.say(s[3:5])} {self.say(s[5:])}"), ".")
        elif mode == "last4":
            b.say("agent", Q_HELDOUT19["ssn"][2])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you.")
        elif mode == "itin":
            it = "9" + rand_digits(r, 2, False) + r.choice(["70", "78", "88", "92"]) + rand_digits(r, 4, False)
            b.say("agent", Q_HELDOUT19["ssn"][0])
            b.say("customer", "I don't have a social, I have an ITIN. ",
                  ("pii", "ssn", f"{self.words(it[:3])}, {self.say(it[3:5])}, {self.say(it[5:])}"), ".")
        else:
            b.say("agent", Q_HELDOUT19["ssn"][2])
            b.say("customer", "Why do you need that to deliver a box?")
            b.say("agent", "It's only to verify the account holder before I change the address.")
            b.say("customer", "Fine. ", ("pii", "ssn", self.say(s[5:])), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        n = str(r.randint(10, 99))
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["dot", "initial", "as-in", "shop", "dash", "misread"])
        if mode == "misread" and len(l) < 4:
            mode = "dash"
        if mode == "shop":
            shop = r.choice(["crafty", "thimble", "oakandtwine", "bluehen", "pinecone"])
            b.say("customer", "Send the labels to the shop email, it's ",
                  ("pii", "email", f"{f} at {shop} {r.choice(['studio', 'goods', 'co'])} dot com"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "dot":
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
        elif mode == "initial":
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]} {l} {self.say(n)} at {dom}"), ".")
            b.say("agent", "So ", ("pii", "email", f"{f[0]}{l}{n}@{written}"), "?")
            b.say("customer", "Yes.")
        elif mode == "as-in":
            local = l if len(l) <= 8 else l[:7]
            letters = [f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and k in (0, len(local) - 1) else c
                       for k, c in enumerate(local.upper())]
            b.say("customer", self.pre(), ("pii", "email", f"{', '.join(letters)}, at {dom}"), ".")
        elif mode == "dash":
            b.say("customer", self.pre(), ("pii", "email", f"{f} dash {l} at {dom}"), ".")
        else:  # a written read-back missing a letter, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f}{l} at {dom}"), ".")
            k = r.randrange(1, len(l) - 1)
            b.say("agent", "I have ", ("pii", "email", f"{f}{l[:k] + l[k + 1:]}@{written}"), ".")
            b.say("customer", "No, you're missing a letter. The last name is ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, _ = self.sc.name()
        while first2 == first:
            first2, _ = self.sc.name()
        mode = r.choice(["addressee", "spell", "front-desk", "signed", "agent", "last-first", "driver"])
        if mode == "addressee":
            b.say("agent", Q_HELDOUT19["person"][0])
            b.say("customer", r.choice(["It's to my mother-in-law, ", "My son, ", "It's addressed to "]),
                  ("pii", "person", f"{first} {last}"), r.choice([", but I'm the one who ordered it.", ".",
                                                                   ". They're elderly, it takes a while to get to the door."]))
        elif mode == "spell":
            b.say("agent", Q_HELDOUT19["person"][2])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            if letters[0] in self.NATO and r.random() < 0.5:
                said = ", ".join(self.NATO.get(c, c) for c in letters)
            else:
                said = spell(last, r)
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "front-desk":
            b.say("agent", Q_HELDOUT19["person"][3])
            b.say("customer", r.choice(["Ask for ", "Have him ask for "]), ("pii", "person", first),
                  r.choice([" at reception, they sign for everything.", " in the mailroom.", ", she's there till five."]))
        elif mode == "signed":
            b.say("agent", "The proof of delivery shows it was signed for by ", ("pii", "person", last.upper()),
                  " at two fourteen PM.")
            b.say("customer", r.choice(["I don't know anyone named ", "Who? There's no "]),
                  ("pii", "person", last), r.choice([" in this building.", ". That's not us."]))
        elif mode == "agent":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.CARRIER), ", my name is ",
                  ("pii", "person", first), ". Do you have a tracking number?")
        elif mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", "It'll be under ", ("pii", "person", f"{last}, {first}"), ", or maybe under my partner, ",
                  ("pii", "person", first2), ".")
        else:
            b.say("customer", r.choice(["Your driver, ", "The regular driver, "]), ("pii", "person", first),
                  r.choice([", knows to leave it on the back porch. The new guy doesn't.",
                            ", always calls first. Today nobody called."]))

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(14, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["label", "apartment", "redirect", "pickup", "uk", "zip-wrong"])
        if mode == "label":
            b.say("agent", Q_HELDOUT19["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        elif mode == "apartment":
            b.say("agent", Q_HELDOUT19["address"][0])
            code = rand_digits(r, 4, False)
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, apartment {r.randint(2, 40)}"
                                                              f"{r.choice(['', 'B', 'D'])}"),
                  ", and the call box code is ", ("pii", "account", self.words(code)), ".")
        elif mode == "redirect":
            b.say("agent", Q_HELDOUT19["address"][2])
            biz = r.choice(["my office", "my work", "my sister's place"])
            b.say("customer", f"Can you send it to {biz}? It's ",
                  ("pii", "address", f"{house} {st}, {city}, {self.say(z)}"),
                  r.choice([", suite two hundred.", ".", ", the second floor."]))
        elif mode == "pickup":
            b.say("agent", Q_HELDOUT19["address"][1])
            b.say("customer", "From my house, ", ("pii", "address", f"{house} {st}"),
                  ". I'll leave the return on the porch by ten.")
        elif mode == "uk":
            town, pc = r.choice(self.UK)
            b.say("customer", "It's going to my brother in England. ",
                  ("pii", "address", f"{r.randint(2, 180)} {r.choice(['Ashgrove', 'Kingsley', 'Wharf'])} Road, "
                                     f"{town}, {pc}"), ".")
        else:
            b.say("agent", Q_HELDOUT19["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {self.say(z)}"), ".")
            bad = z[:3] + z[4] + z[3] if z[3] != z[4] else self.wrong(z)
            b.say("agent", "And the zip is ", ("pii", "address", self.words(bad)), "?")
            b.say("customer", "No, ", ("pii", "address", self.words(z)), ". That's probably why it went to the wrong "
                                                                        "depot.")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1938, 2004)
        mode = r.choice(["words", "numeric", "wine", "day-first", "year-first"])
        if mode == "wine":
            b.say("agent", "That's the wine club shipment, so someone twenty one or over has to sign, and I need "
                           "the recipient's date of birth.")
            b.say("customer", ("pii", "dob", f"{MONTHS[m - 1]} {day}, {year_words(y)}"),
                  ". And it's coming Thursday the twelfth, right?")
            return
        self.sc.ask(b, "dob")
        if mode == "words":
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"), ".")
        elif mode == "numeric":
            said = f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, {pair_words(str(y)[2:], r)}"
            b.say("customer", self.pre(), ("pii", "dob", said), ".")
            b.say("agent", "So ", ("pii", "dob", f"{m:02d}/{day:02d}/{y}"), "?")
            b.say("customer", "Yes.")
        elif mode == "day-first":
            b.say("customer", "I'm from Manchester, so I say it the other way, ",
                  ("pii", "dob", f"the {ORDINALS[day - 1]} of the {ORDINALS[m - 1]}, {pair_words(str(y)[2:], r)}"),
                  ".")
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"{year_words(y)}, {MONTHS[m - 1]} {ORDINALS[day - 1]}"),
                  ".")

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("customer", ["It's a big box, about forty pounds, maybe two feet by three."]),
            ("agent", ["It shows eleven point four kilos, declared value three hundred twenty dollars."]),
            ("agent", ["The duties are sixty two fifty and the import tax is twenty one eighty, so eighty four ten "
                       "in total."]),
            ("agent", ["The delivery window tomorrow is between ten thirty and two."]),
            ("agent", ["You're stop forty three on the route, and he's on stop thirty one right now."]),
            ("agent", ["We hold it at the pickup point for seven days, so until Friday the nineteenth."]),
            ("customer", ["The seller says it shipped on the third and it's been sitting since the sixth."]),
            ("agent", ["Redelivery requests have to be in by eight PM for next-day delivery."]),
            ("agent", ["The tariff code on the invoice is sixty one oh nine point ten, that's cotton t-shirts."]),
            ("agent", ["Claims have to be filed within sixty days, and the standard coverage is up to one hundred "
                       "dollars."]),
            ("customer", ["It's one of three boxes, the other two came on Monday."]),
            ("agent", [f"Our customer line for claims is {self.CARE_LINE}, option four."]),
            ("agent", ["The ", ("keep", "pickup", "Walgreens"), " pickup point is open seven to ten, seven days a week."]),
            ("customer", ["I paid twenty four ninety nine for two-day and it's been five days."]),
            ("agent", ["It was scanned at the Memphis hub at four twelve AM, then loaded at six."]),
            ("agent", ["The box is over the size limit, a hundred and sixty five inches length plus girth, so there's "
                       "a forty dollar oversize charge."]),
            ("agent", ["With ", ("keep", "lexicon", "Evening Window"), " the driver comes between five and nine PM, "
                                                                      "it's three ninety nine extra."]),
            ("customer", ["The code ", ("keep", "lexicon", "SHIPSMART fifteen"), " didn't take fifteen percent off."]),
            ("agent", ["It's the third delivery attempt, so after today it goes back to the sender."]),
            ("customer", ["The label says one of one, eight pounds six ounces."]),
        ])
        b.say(speaker, *parts)


def heldout19_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 0 (every eleventh, which no other split took; order-status and
    measurement-conversion intents, and phone-line talk: "repeat that", "slow down", yes, no, thanks) and Bitext
    20000 at offsets 1 and 6 (every ninth, apart from heldout3's, heldout5's and heldout16's 0, 5 and 7 of 9 and
    heldout8's and heldout17's 2 and 4 of 18; tracking, delivery and shipping-address intents, and one in three of
    the complaint and agent-request lines, no typo or offensive lines, no "u"/"ur"), dropping lines about tickets, shows, events, newsletters,
    passwords, luggage, flights, recipes, banks, bots or amazon and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][0::11] if i in _CLINC_HELDOUT19]
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    bitext = [r["utterance"] for k, r in enumerate(rows[1::9] + rows[6::9])
              if (r["intent"] in _BITEXT_HELDOUT19 or r["intent"] in _BITEXT_TALK_HELDOUT19 and k % 3 == 0)
              and not set(r["flags"]) & set("ZW") and not re.search(r"\bu\b|\bur\b", r["utterance"])]
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT19.search(t)]
    return AGENT_HELDOUT19, cust


_CLINC_HELDOUT19 = {"order_status", "measurement_conversion", "repeat", "change_speed", "yes", "no",
                    "maybe", "cancel", "thank_you", "goodbye"}
_BITEXT_HELDOUT19 = {"track_order", "delivery_options", "delivery_period", "change_shipping_address",
                     "set_up_shipping_address"}
_BITEXT_TALK_HELDOUT19 = {"complaint", "contact_human_agent"}  # one in three of these: they all sound alike
_OFF_HELDOUT19 = re.compile(r"\b(tickets?|show|events?|concerts?|newsletters?|passwords?|luggage|flights?|"
                            r"tablespoons?|cups?|teaspoons?|recipe|bank|reimbursement|ai|bot|robot|amazon)\b", re.I)


class Heldout20:
    """Held-out 20's readings (only drawn for that split), as account holders, heirs, spouses and a retail
    brokerage's agents say them: a new cell for two-factor texts after the code went to an old number ending in ...,
    a trusted contact's name and number, the firm's own line (not PII) before the caller's, a number broken off and
    finished later, a read-back with the middle group wrong and corrected, an Australian mobile for a customer living
    abroad; debit cards of the cash account (lost, read back by the last four), a subscription card group by group
    echoed, a credit card refused for an instant deposit and a debit card given, a group read back wrong; account
    numbers with a type letter (NATO or "as in") read back written, the other firm's account number for a transfer
    in, a bank account after the bank's routing number (not PII) over two turns read back with a digit wrong, wire
    instructions with the receiving bank's routing and SWIFT code (not PII) and the beneficiary account, an old 401(k)
    participant ID, two-factor codes read aloud, a phone PIN, a log-in username (all ``account``); SSNs for a new IRA
    over two turns read back written, last fours, a beneficiary's SSN, "why do you need it" answered with tax
    reporting; e-mails for confirmations and e-signature links; beneficiaries with their shares, trusted contacts,
    joint owners, "F B O" payees on rollover checks, executors for a late parent, advisors by title and surname,
    agents beside the firm's name, surnames spelled; mailing addresses with a P O box, a zip read back wrong, an
    apartment, a new address after a move; dates of birth for verification, a beneficiary's, one said with the age
    for a required distribution (the age not PII); and brokerage numbers that are not PII (share counts, prices,
    dividends, cost basis, RMD amounts, contribution limits, tax years and form boxes, CUSIPs, the firm's own routing
    number for incoming wires, wire fees and cutoffs, settlement days, percentages, the firm's own line and P O box,
    the promo code)."""

    AS_IN = {"A": "apple", "B": "Bravo", "C": "cat", "D": "David", "E": "easy", "F": "Frank", "G": "George",
             "H": "Henry", "J": "Jack", "K": "king", "L": "Larry", "M": "Mike", "N": "Nora", "P": "Peter",
             "R": "Robert", "S": "Sugar", "T": "Thomas", "U": "umbrella", "W": "William", "X": "x-ray", "Z": "zebra",
             "I": "igloo", "O": "orange", "Q": "queen", "V": "Victor", "Y": "yes"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "W": "Whiskey", "X": "X-ray", "Z": "Zulu",
            "I": "India", "O": "Oscar", "Q": "Quebec", "V": "Victor", "Y": "Yankee"}
    FIRM = "Thackeray & Vance"
    FIRM_LINE = "one eight hundred, five five five, two six one oh"  # the firm's own line: not PII
    ROUTING = {"Chase": "oh two one, oh oh oh, oh two one", "Wells Fargo": "one two one, oh oh oh, two four eight",
               "Bank of America": "oh two six, oh oh nine, five nine three",
               "PNC": "oh four three, oh oh oh, oh nine six",
               "US Bank": "oh nine one, oh oh oh, oh two two"}  # the banks' public routing numbers: not PII
    STREETS = ["Larkspur", "Windermere", "Quail Hollow", "Ashbury", "Copper Creek", "Magnolia Bend", "Heron Point",
               "Stonegate", "Briar Glen", "Whitby", "Cobblestone", "Lantern Hill", "Meadowlark", "Pembroke"]
    KINDS = [" Street", " Avenue", " Drive", " Lane", " Court", " Circle", " Way", " Trail", " Parkway"]
    CITIES = [("Scottsdale", "Arizona", "852"), ("Naperville", "Illinois", "605"), ("Sarasota", "Florida", "342"),
              ("Plano", "Texas", "750"), ("Edina", "Minnesota", "554"), ("Cary", "North Carolina", "275"),
              ("Greenwich", "Connecticut", "068"), ("Bend", "Oregon", "977"), ("Westfield", "New Jersey", "070"),
              ("Brentwood", "Tennessee", "370"), ("Fort Collins", "Colorado", "805"), ("Dublin", "Ohio", "430")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "outlook dot com", "icloud dot com", "aol dot com",
               "verizon dot net", "comcast dot net", "msn dot com", "protonmail dot com"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, pairs, or digit by digit with "oh", "double" and "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads a number off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 9)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        return self.r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"])

    @staticmethod
    def year(y: int) -> str:
        """A birth year as said: "nineteen fifty two", "two thousand", "two thousand three"."""
        return "two thousand" if y == 2000 else f"two thousand {UNITS[y % 10]}" if 2000 < y < 2010 else year_words(y)

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        mode = r.choice(["two-factor", "trusted", "firm-line", "broken", "middle-wrong", "abroad", "asked"])
        full = f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"
        if mode == "two-factor":
            b.say("agent", "The security code goes to the number ending in ",
                  ("pii", "phone", self.words(rand_digits(r, 4, False))), ". Do you still have that phone?")
            b.say("customer", r.choice(["No, that's why I'm calling, I switched carriers. The new one is ",
                                        "No, that was my work phone, I retired. Use my cell, "]),
                  ("pii", "phone", full if r.random() < 0.7 else f"{g[0]}-{g[1]}-{g[2]}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, I'll text a code to ", ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}"),
                      " now. Read it to me when it comes through.")
                b.say("customer", "Okay, it says ", ("pii", "account", self.words(rand_digits(r, 6, False))), ".")
            return
        if mode == "trusted":
            first, last = self.sc.name()
            b.say("agent", Q_HELDOUT20["person"][3])
            rel, pron = r.choice([("My daughter, ", "Her"), ("My nephew, ", "His"), ("I guess my sister, ", "Her"),
                                  ("My neighbor, she does my taxes, ", "Her")])
            b.say("customer", rel, ("pii", "person", f"{first} {last}"),
                  r.choice([f". {pron} number is ", ". You can reach them at "]), ("pii", "phone", full), ".")
            return
        if mode == "firm-line":
            b.say("agent", f"If we get disconnected, the direct line to the retirement desk is {self.FIRM_LINE}. "
                           "And what's a good number for you?")
            b.say("customer", r.choice(["Okay, mine is ", "Mine's "]), ("pii", "phone", full), ".")
            return
        if mode == "abroad":
            mob = "4" + rand_digits(r, 8, False)
            b.say("customer", r.choice(["I live in Australia now, so the number on file is no good. It's ",
                                        "We moved to Perth last year. My mobile is "]),
                  ("pii", "phone", r.choice([f"plus six one, {self.words(mob[:3])}, {self.say(mob[3:6])}, "
                                             f"{self.say(mob[6:])}",
                                             f"oh {self.words(mob[:3])} {self.say(mob[3:6])} {self.say(mob[6:])}"])),
                  ".")
            return
        self.sc.ask(b, "phone")
        if mode == "asked":
            b.say("customer", self.pre(), ("pii", "phone", full), r.choice([".", ", that's my cell.",
                                                                             ", the house phone is gone."]))
        elif mode == "broken":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), " ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, my other line is ringing, it's probably the bank, hold on.",
                            "... hang on, my wife is asking me something.",
                            "... one second, I have to turn the TV down, the market report is on."]))
            b.say("agent", r.choice(["No problem.", "Take your time, I have the first six."]))
            b.say("customer", r.choice(["Okay, sorry. Then ", "Where was I, ", "Okay. The last four, "]),
                  ("pii", "phone", self.say(g[2])), ".")
        else:  # the middle group read back wrong and corrected
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            bad = self.wrong(g[1])
            b.say("agent", "So that's ", ("pii", "phone", f"{g[0]}-{bad}-{g[2]}"), "?")
            b.say("customer", "No, the middle is ", ("pii", "phone", self.words(g[1])), ", not ",
                  ("pii", "phone", self.words(bad)), ".")
            b.say("agent", "Thank you, I've corrected it.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["lost-debit", "subscription", "instant", "wrong-group", "on-file"])
        p = r.choice(["4", "4", "4", "51", "53", "22"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "lost-debit":
            b.say("customer", "I lost the debit card that goes with my cash account. I have the number from the "
                              "app, it's ", ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            b.say("agent", "Okay, the card ending ", ("pii", "card", self.words(gs[3])),
                  " is blocked now. The new one takes seven to ten business days.")
            return
        if mode == "on-file":
            b.say("agent", "I see a card ending in ", ("pii", "card", self.words(gs[3])),
                  " on file for the subscription. Should I keep billing that one?")
            b.say("customer", r.choice(["No, that one expired. Use ",
                                        "No, I cancelled that card. Here's the new one, "]),
                  ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"),
                  r.choice([". Expiration is oh eight twenty nine.", ".", ", and it expires in twenty eight."]))
            return
        if mode == "instant":
            cc = luhn_complete("37" + rand_digits(r, 12, False))
            b.say("agent", Q_HELDOUT20["card"][1])
            b.say("customer", "Can I use my ", ("keep", "payment", "Amex"), "? ",
                  ("pii", "card", f"{self.say(cc[:4])}, {self.say(cc[4:10])}, {self.say(cc[10:])}"), ".")
            b.say("agent", "I'm sorry, that's a credit card, we can only take a debit card for instant deposits.")
            b.say("customer", "Oh. Okay, the debit card then. ", ("pii", "card", ", ".join(self.say(x) for x in gs)),
                  ".")
            return
        self.sc.ask(b, "card")
        if mode == "subscription":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next is ", "And "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        else:  # a group read back wrong
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            k = r.choice([1, 2, 3])
            bad = list(gs)
            bad[k] = self.wrong(gs[k])
            b.say("agent", "Let me read it back. ", ("pii", "card", " ".join(bad)), "?")
            b.say("customer", r.choice(["No, ", "Not quite, "]),
                  ["", "the second group is ", "the third group is ", "the last four are "][k],
                  ("pii", "card", self.words(gs[k])), ".")

    def acct(self) -> tuple[str, str]:
        """A Thackeray & Vance account number: a type letter (B brokerage, R retirement, J joint, T trust) and eight
        digits."""
        return self.r.choice("BBRRJT"), rand_digits(self.r, 8, False)

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["own", "own", "acat", "bank-link", "wire", "participant", "two-factor", "pin", "username"])
        if mode == "own":
            c, n = self.acct()
            b.say("agent", Q_HELDOUT20["account"][0])
            said = r.choice([f"{self.letter(c)}, {self.say(n[:4])}, {self.say(n[4:])}",
                             f"{self.letter(c)} {self.words(n)}", f"{c}{n[:4]}-{n[4:]}"])
            b.say("customer", self.pre(), ("pii", "account", said), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, that's ", ("pii", "account", f"{c}{n}" if r.random() < 0.5 else
                                                       f"{c} {self.words(n[-4:])}"),
                      r.choice([", your IRA.", ", the brokerage account.", "."]))
        elif mode == "acat":
            other = r.choice(["Fidelity", "Vanguard", "Charles Schwab", "Edward Jones", "Robinhood"])
            b.say("customer", "I'm moving my IRA over from ", ("keep", "broker", other), ".")
            b.say("agent", Q_HELDOUT20["account"][1])
            if other == "Fidelity":
                n = rand_digits(r, 8, False)
                said = f"{self.letter('Z')}, {self.say(n[:2])}, {self.say(n[2:5])}, {self.say(n[5:])}"
            else:
                n = rand_digits(r, r.choice([8, 9]), False)
                said = f"{self.say(n[:4])} {self.say(n[4:])}"
            b.say("customer", r.choice(["On the statement it's ", "It's "]), ("pii", "account", said), ".")
            b.say("agent", "And the name on that account has to match exactly, including the middle initial.")
        elif mode == "bank-link":
            bank = r.choice(sorted(self.ROUTING))
            acct = rand_digits(r, r.choice([9, 10, 12]), False)
            b.say("customer", "I want to link my ", ("keep", "bank", bank), " checking. The routing number is ",
                  self.ROUTING[bank], ".")
            b.say("agent", Q_HELDOUT20["account"][2])
            cut = len(acct) // 2
            b.say("customer", self.pre(), ("pii", "account", self.say(acct[:cut])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(acct[cut:])), ".")
            if r.random() < 0.6:
                bad = acct[:cut] + self.wrong(acct[cut:])
                b.say("agent", "So the account is ", ("pii", "account", self.words(bad)), "?")
                b.say("customer", "No, it ends ", ("pii", "account", self.words(acct[cut:])), ".")
        elif mode == "wire":
            bank = r.choice(sorted(self.ROUTING))
            acct = rand_digits(r, 10, False)
            b.say("agent", "For the outgoing wire I need the receiving bank's routing number and your account "
                           "number there.")
            b.say("customer", "It's ", ("keep", "bank", bank), ", routing ", self.ROUTING[bank],
                  ", and my account is ", ("pii", "account", f"{self.say(acct[:5])}, {self.say(acct[5:])}"), ".")
            b.say("agent", r.choice(["And since it's going to your own account, the name on it matches yours?",
                                     "Okay, the wire fee is twenty five dollars and it goes out before the four PM "
                                     "cutoff."]))
        elif mode == "participant":
            p = rand_digits(r, 9, False)
            b.say("customer", "The old 401k is with ", ("keep", "recordkeeper", r.choice(["Empower", "Voya",
                                                                                          "Principal"])),
                  ". My participant ID there is ", ("pii", "account", f"{self.say(p[:3])} {self.say(p[3:6])} "
                                                                       f"{self.say(p[6:])}"), ".")
        elif mode == "two-factor":
            code = rand_digits(r, 6, False)
            b.say("agent", "I just sent a six digit code to your phone. Can you read it to me?")
            b.say("customer", r.choice(["Okay, it's ", "Hang on... ", "Got it, "]),
                  ("pii", "account", r.choice([f"{self.words(code[:3])}, {self.words(code[3:])}",
                                               f"{self.say(code[:2])} {self.say(code[2:4])} {self.say(code[4:])}",
                                               code])), ".")
            if r.random() < 0.4:
                b.say("agent", "That one expired, I'll send another.")
                b.say("customer", "Okay... ", ("pii", "account", self.words(rand_digits(r, 6, False))), ".")
        elif mode == "pin":
            pin = rand_digits(r, r.choice([4, 6]), False)
            b.say("agent", "Do you have a phone PIN set up on the account?")
            b.say("customer", r.choice(["Yes, it's ", "I think it's ", "It should be "]),
                  ("pii", "account", self.say(pin)), r.choice([".", ", unless my husband changed it."]))
        else:  # a log-in username with letters and digits, spelled
            first, last = self.sc.name()
            f = re.sub(r"[^a-z]", "", first.lower())
            l = re.sub(r"[^a-z]", "", last.lower())
            yy = str(r.randint(40, 99))
            user = r.choice([f"{f[0]}{l}{yy}", f"{f}{l[0]}{yy}"])
            b.say("agent", "What's the username you log in with?")
            spelled = ", ".join(c.upper() if c.isalpha() else UNITS[int(c)] for c in user)
            b.say("customer", r.choice(["It's ", "I think it's "]),
                  ("pii", "account", r.choice([f"{user[:-2]} {pair_words(yy, r)}", spelled])),
                  r.choice([", all lower case.", ".", ", no spaces."]))

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '31')}{rand_digits(r, 4, False)}"
        mode = r.choice(["new-ira", "last4", "last4", "beneficiary", "why", "dashes"])
        if mode == "new-ira":
            b.say("agent", Q_HELDOUT20["ssn"][0])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), ", correct?")
                b.say("customer", "Correct.")
        elif mode == "last4":
            b.say("agent", Q_HELDOUT20["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you, you're verified.")
        elif mode == "beneficiary":
            first, _ = self.sc.name()
            b.say("agent", Q_HELDOUT20["ssn"][2])
            b.say("customer", r.choice(["Hold on, I have ", "Let me find "]), ("pii", "person", first),
                  r.choice(["'s card here. It's ", "'s, okay, it's "]),
                  ("pii", "ssn", f"{self.say(s[:3])} {self.say(s[3:5])} {self.say(s[5:])}"), ".")
        elif mode == "why":
            b.say("agent", Q_HELDOUT20["ssn"][0])
            b.say("customer", "Why do you need my whole social? I just want to buy some index funds.")
            b.say("agent", "It's for the tax forms. We have to report dividends and sales to the ",
                  ("keep", "regulator", "IRS"), " under it.")
            b.say("customer", "Alright. ", ("pii", "ssn", ", ".join([self.say(s[:3]), self.say(s[3:5]),
                                                                     self.say(s[5:])])), ".")
        else:
            b.say("agent", Q_HELDOUT20["ssn"][0])
            b.say("customer", "I'll read it off the card. ", ("pii", "ssn", f"{s[:3]} dash {s[3:5]} dash {s[5:]}"),
                  ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["dot", "initial-digits", "as-in", "underscore", "misread", "spouse"])
        if mode == "misread" and len(l) < 4:
            mode = "dot"
        if mode == "spouse":
            b.say("customer", "Put my wife's email on the joint account too, it's ",
                  ("pii", "email", f"{f} {l} at {dom}"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "dot":
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
        elif mode == "initial-digits":
            n = str(r.randint(1940, 1999))
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]} {l} {year_words(int(n))} at {dom}"), ".")
            b.say("agent", "So ", ("pii", "email", f"{f[0]}{l}{n}@{written}"), "?")
            b.say("customer", "That's it.")
        elif mode == "as-in":
            local = l[:8]
            letters = [f"{c} as in {self.AS_IN[c]}" if k in (0, 2) else c for k, c in enumerate(local.upper())]
            b.say("customer", self.pre(), ("pii", "email", f"{', '.join(letters)}, at {dom}"), ".")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{f} underscore {l} at {dom}"), ".")
        else:  # a written read-back with a letter wrong, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]}{l} at {dom}"), ".")
            k = r.randrange(1, len(l) - 1)
            swapped = l[:k] + l[k + 1] + l[k] + l[k + 2:] if l[k] != l[k + 1] else l[:k] + l[k + 1:]
            b.say("agent", "I have ", ("pii", "email", f"{f[0]}{swapped}@{written}"), ".")
            b.say("customer", "No, it's my last name, ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["beneficiaries", "spell", "fbo", "executor", "advisor", "agent", "joint", "last-first"])
        if mode == "beneficiaries":
            b.say("agent", Q_HELDOUT20["person"][2])
            b.say("customer", r.choice(["My two kids, fifty percent each. ", "Split it between my children. "]),
                  ("pii", "person", f"{first} {last}"), " and ", ("pii", "person", first2), ".")
            b.say("agent", "And a contingent beneficiary?")
            first3, last3 = self.sc.name()
            while first3 in (first, first2):
                first3, last3 = self.sc.name()
            b.say("customer", r.choice(["My brother, ", "My church, actually. No, make it my sister, "]),
                  ("pii", "person", f"{first3} {last3}" if r.random() < 0.5 else first3), ".")
        elif mode == "spell":
            b.say("agent", Q_HELDOUT20["person"][1])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            said = (", ".join(self.NATO[c] for c in letters) if r.random() < 0.4 else spell(last, r))
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "fbo":
            b.say("agent", "Have them make the check payable to ", ("keep", "lexicon", self.FIRM), ", F B O ",
                  ("pii", "person", f"{first} {last}"), ", and put your new account number in the memo.")
            b.say("customer", "F B O, what does that stand for?")
            b.say("agent", "For the benefit of. It keeps it a direct rollover, so nothing is withheld.")
        elif mode == "executor":
            b.say("customer", r.choice(["My father passed in March and I'm the executor. His name was ",
                                        "I'm calling about my mother's account, she passed away. It's "]),
                  ("pii", "person", f"{first} {last}"), ".")
            b.say("agent", "I'm very sorry for your loss. And your name?")
            b.say("customer", ("pii", "person", f"{first2} {last}"), r.choice([".", ", I'm the oldest."]))
        elif mode == "advisor":
            if r.random() < 0.5:
                b.say("customer", r.choice(["My advisor used to be ", "I was working with "]),
                      ("pii", "person", f"{r.choice(['Mr.', 'Ms.'])} {last}"),
                      r.choice([", but I heard they retired.", " at the Naperville office."]))
            else:
                b.say("customer", r.choice(["My advisor used to be ", "I was working with "]),
                      ("pii", "person", f"{first} {last}"),
                      r.choice([", is she still there?", ", but I heard he retired.", " at the Naperville office."]))
        elif mode == "agent":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.FIRM), ", this is ",
                  ("pii", "person", first), ". How can I help you today?")
        elif mode == "joint":
            who, he = r.choice([("husband", "he"), ("wife", "she")])
            b.say("customer", f"It's a joint account with my {who}, ", ("pii", "person", first2),
                  r.choice([f". {he.title()}'s right here if you need {'him' if he == 'he' else 'her'}.",
                            f", but {he} doesn't deal with any of this."]))
            if r.random() < 0.5:
                b.say("agent", "I'll need ", ("pii", "person", first2), " to say it's okay for me to speak with you.")
        else:
            self.sc.ask(b, "person")
            b.say("customer", "It's under ", ("pii", "person", f"{last}, {first}"),
                  r.choice([", with the middle initial.", ".", ", and I think my maiden name is still on the IRA."]))

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(12, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["mailing", "po-box", "zip-wrong", "apartment", "moved"])
        if mode == "mailing":
            b.say("agent", Q_HELDOUT20["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        elif mode == "po-box":
            b.say("agent", Q_HELDOUT20["address"][1])
            box = rand_digits(r, r.choice([3, 4]), False)
            b.say("customer", "Send it to my P O box, not the house. ",
                  ("pii", "address", f"P O Box {self.say(box)}, {city}, {state} {self.say(z)}"), ".")
        elif mode == "zip-wrong":
            b.say("agent", Q_HELDOUT20["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {self.say(z)}"), ".")
            bad = z[:3] + z[4] + z[3] if z[3] != z[4] else self.wrong(z)
            b.say("agent", "And the zip is ", ("pii", "address", bad), "?")
            b.say("customer", "No, ", ("pii", "address", self.words(z)), ". Maybe that's why my tax forms never came.")
        elif mode == "apartment":
            b.say("agent", Q_HELDOUT20["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, unit {r.randint(2, 60)}"
                                                              f"{r.choice(['', 'A', 'C'])}, {city}"), ".")
        else:
            b.say("customer", "We sold the house, so the old address is no good. The new one is ",
                  ("pii", "address", f"{house} {st}, {city}, {state}"), ".")
            b.say("agent", "And the zip?")
            b.say("customer", ("pii", "address", self.say(z)), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1936, 2003)
        mode = r.choice(["words", "numeric", "rmd", "beneficiary", "year-first"])
        if mode == "rmd":
            y = r.randint(1944, 1952)
            b.say("agent", Q_HELDOUT20["dob"][2])
            b.say("customer", r.choice(["I'll be seventy five this year. ", "I'm seventy three, "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {self.year(y)}"), ".")
            return
        if mode == "beneficiary":
            first, _ = self.sc.name()
            b.say("agent", Q_HELDOUT20["dob"][1])
            b.say("customer", ("pii", "person", first), r.choice(["'s birthday is ", " was born "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {day}, {self.year(y)}"), ".")
            return
        b.say("agent", Q_HELDOUT20["dob"][0])
        if mode == "words":
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {self.year(y)}"), ".")
        elif mode == "numeric":
            said = f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, {self.year(y)}"
            b.say("customer", self.pre(), ("pii", "dob", said), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, ", ("pii", "dob", f"{m}/{day}/{y}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"{self.year(y)}, {MONTHS[m - 1]} {day}"), ".")

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("customer", ["I bought a hundred and fifty shares at two eighty four fifty."]),
            ("agent", ["The dividend was forty two dollars and eighteen cents, paid on the fifteenth."]),
            ("agent", ["Your required minimum distribution for this year is eleven thousand four hundred and six "
                       "dollars."]),
            ("agent", ["The contribution limit is seven thousand, or eight thousand if you're fifty or older."]),
            ("agent", ["The dividends are in box one A of the ten ninety nine D I V, and the sales are on the ten "
                       "ninety nine B."]),
            ("agent", ["The CUSIP on that fund is nine two two nine oh eight three six three."]),
            ("agent", ["For incoming wires our routing number is oh two one, oh oh oh, oh eight nine, and the wire "
                       "fee is twenty five dollars."]),
            ("agent", ["Trades settle in one business day, so you can withdraw the cash on Thursday."]),
            ("customer", ["My cost basis was about thirty one thousand, and now it's worth forty six."]),
            ("agent", ["Wire requests have to be in by four PM Eastern to go out today."]),
            ("agent", ["The expense ratio is point oh three percent, so three dollars a year on ten thousand."]),
            ("customer", ["I want to put in a limit order for two hundred shares at ninety one twenty five."]),
            ("agent", ["The transfer usually takes five to seven business days through the transfer system."]),
            ("agent", [f"You can always reach the trading desk at {self.FIRM_LINE}, option two."]),
            ("agent", ["Checks for the rollover go to P O Box forty seven ten, Kansas City, Missouri, six four one "
                       "two one."]),
            ("customer", ["I did the conversion in twenty twenty three, it was about twenty two thousand."]),
            ("agent", ["It's the ", ("keep", "lexicon", "Spring Transfer Bonus"), ", you get two hundred and fifty "
                                                                                 "dollars on a transfer of fifty "
                                                                                 "thousand or more."]),
            ("customer", ["I used the code ", ("keep", "lexicon", "NEWVANCE two fifty"), " but I never got the "
                                                                                       "bonus."]),
            ("agent", ["There's a seventy five dollar outgoing transfer fee, and the wash sale window is thirty "
                       "days."]),
            ("agent", ["You're at about sixty percent stocks and forty percent bonds right now."]),
            ("customer", ["The ", ("keep", "ticker", "VTI"), " position is three hundred and twelve shares."]),
            ("agent", ["Withholding on the distribution is ten percent federal unless you choose otherwise."]),
        ])
        b.say(speaker, *parts)


def heldout20_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full test split at offsets 0, 3 and 6 (every seventh, apart from heldout6's and heldout11's 2 and
    5; rollover, transfer, balance, routing, interest, tax, W-2, income, direct-deposit, fraud, freeze and PIN
    intents, and phone-line talk: "repeat that", "slow down", yes, no, thanks) and Bitext 20000 at offset 3 (every
    ninth, which no other split took; account, password, sign-up, payment-method and agent-request intents, the
    frequent ones thinned to one in three, four or eight as ``_BITEXT_HELDOUT20`` says, no typo or offensive lines, no
    "u"/"ur"), dropping lines that name a bank or a card brand or talk of orders, shipping, invoices, bills,
    mortgages or refunds, and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["test"][0::7] + full["test"][3::7] + full["test"][6::7] if i in _CLINC_HELDOUT20]
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    bitext = [r["utterance"] for k, r in enumerate(rows[3::9])
              if r["intent"] in _BITEXT_HELDOUT20 and k % _BITEXT_HELDOUT20[r["intent"]] == 0
              and not set(r["flags"]) & set("ZW") and not re.search(r"\bu\b|\bur\b", r["utterance"])]
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT20.search(t)]
    return AGENT_HELDOUT20, cust


_CLINC_HELDOUT20 = {"rollover_401k", "transfer", "balance", "routing", "interest_rate", "taxes", "w2", "income",
                    "direct_deposit", "report_fraud", "freeze_account", "account_blocked", "pin_change",
                    "transactions", "repeat", "change_speed", "yes", "no", "maybe", "thank_you", "goodbye"}
_BITEXT_HELDOUT20 = {"recover_password": 3, "switch_account": 1, "edit_account": 1, "delete_account": 3,
                     "create_account": 4, "registration_problems": 1, "check_payment_methods": 1,
                     "contact_human_agent": 3, "payment_issue": 12}  # intent: keep one line in this many
_OFF_HELDOUT20 = re.compile(r"\b(orders?|purchases?|shipping|deliver(y|ies)|invoices?|bills?|mortgage|refunds?|"
                            r"bank of \w+|chase|wells|well's|fargo|citi|citrix|rbs|woodforest|us bank|td bank|"
                            r"nations ?bank|security bank|community trust|capital one|usaa|bbva|bmo|santander|"
                            r"hsbc|suntrust|regions|visa|mastercard|discover|amex|pnc|bot|robot|ai|xyz|x's)\b", re.I)


Q_HELDOUT23 = {
    "phone": ["What's the best number for the driver to reach you on?",
              "Can I get the phone number on the account so I can pull up the order?",
              "And what number should we text the delivery updates to?",
              "What's the new mobile number you want on the account?"],
    "card": ["Okay, what card would you like to put on file?",
             "I can charge the difference to a new card. Can you read me the number?",
             "Which card do you want the membership billed to?"],
    "account": ["Do you have the order number handy? It's on the receipt email.",
                "Can you read me the code from the text we just sent you?",
                "What's the order number from the app, under Orders?",
                "And the order number for the one that was missing items?"],
    "ssn": ["For the driver background check I'll need your social security number.",
            "To verify the driver account, can you give me the last four of your social?",
            "The tax form for your driver earnings needs your social security number on it."],
    "email": ["What email address is on the account?",
              "What's the new email you'd like to use for the log-in?",
              "Where should I send the receipt?"],
    "person": ["Can I have the name on the account, please?", "Who am I speaking with?",
               "And what name is the order under?", "What name should the driver ask for at the front desk?"],
    "spell": ["Can you spell the last name for me?", "Could you spell that, please?",
              "Sorry, how do you spell that?"],
    "address": ["What's the delivery address?", "Where should we deliver the replacement order?",
                "And what's the address on the account?"],
    "dob": ["Since the order has alcohol in it, can I confirm your date of birth?",
            "For the account recovery I need to verify your date of birth.",
            "And the date of birth on the ID the driver will check?"],
}
AGENT_HELDOUT23 = ["Okay, I see the order here.", "Let me take a look at what happened with this delivery.",
                   "I'm sorry your food showed up cold, that's not the experience we want.",
                   "I can see the driver marked it as delivered at six forty two.",
                   "Let me check with the store on that substitution.",
                   "Okay, I've put a note on the order for the restaurant.",
                   "Just a moment while I pull up your membership details.",
                   "I'm going to issue that as a credit to your account, if that's alright.",
                   "Refunds to the card usually take five to seven business days.",
                   "I understand, nobody wants to wait an hour for dinner.",
                   "It looks like the shopper marked two items as out of stock.",
                   "I can't see the driver's live location anymore once the order is closed.",
                   "Okay, I've flagged the account so nobody can change the log-in for now.",
                   "Let me see if there's a closer store that can fill the order.",
                   "Bear with me, the system's running a little slow tonight.",
                   "I've added a note for drivers to use the side entrance.",
                   "Okay, I'm going to cancel the order and make sure you're not charged.",
                   "The restaurant confirmed they left the drinks off, I'm sorry about that.",
                   "This call may be recorded so we can improve our service.",
                   "Your membership renews on the fourteenth, and you won't be charged delivery fees until then."]
ACKS_HELDOUT23 = ["Okay.", "Mm-hmm.", "Got it, go on.", "Okay, and then?", "Uh-huh, I'm with you.",
                  "Alright.", "Yep, keep going."]
A_PREFIX_HELDOUT23 = ["Uh, it's ", "Yeah, it's ", "Okay, so it's ", "Hold on, let me open the app... ", "Sure, ",
                      "It's ", "I think it's ", "Yes, "]
NAMES_HELDOUT23 = ["Aigul Sabirova", "Rustem Gilmanov", "Dilnur Tursun", "Tenzin Dolkar", "Hery Rakotomalala",
                   "Fatou Ndiaye", "Amadou Diallo", "Chaltu Gemechu", "Kagiso Molefe", "Tendai Mukwevho",
                   "Chikondi Banda", "Wanjiru Kamau", "Achieng Otieno", "Ailo Gaup", "Rógvi Joensen",
                   "Gwenaelle Le Goff", "Bastien Fabre", "Efisio Porcu", "Doreen Camilleri", "Vesna Horvat",
                   "Ilze Ozola", "Kadri Tamm", "Leyla Mammadova", "Farrukh Rahimov", "Sokha Chea",
                   "Pimchanok Srisuk", "Nuwan Perera", "Anjali Nair", "Hetal Patel", "Sayali Deshpande",
                   "Malia Kahananui", "Hinano Teriierooiterai", "Nakoma Whitecloud", "Ayasha Nanibush",
                   "Itzel Ruiz Mendoza", "Xochitl Tepetl", "Ariana Benítez Ortiz", "Nilufar Karimova",
                   # ordinary names, as most callers have
                   "Jennifer Walsh", "Mike Brennan", "Tasha Coleman", "Kevin Nguyen", "Amanda Fischer",
                   "Carlos Ramirez", "Heather Dunn", "Brian O'Malley",
                   # names that are also foods, restaurants, stores, words or delivery words
                   "Wendy Harlan", "Olive Gardner", "Ginger Baker", "Basil Wright", "Honey Fields",
                   "Pepper Lawson", "Candy Rivers", "Dash Holloway", "Chip Dawson", "Sage Whitlock",
                   "Rosemary Salter", "Brandy Cole", "Denny Voss", "Carl Jenner", "Annie Chang", "Dave Hardee",
                   "Penny Marsh"]
DRIVERS_HELDOUT23 = ["Mateo", "Priya", "Tariq", "Lupe", "DeShawn", "Kwame", "Bao", "Yusuf", "Oksana", "Ravi",
                     # first names that are also words or places
                     "Angel", "Hunter", "Sunny", "Chance", "Summer", "Rocky", "Mercedes", "Jesus", "Paris", "Sky"]
HELDOUT23_BRANDS = {  # a delivery line names other delivery apps, restaurants (many after people or places),
    # grocers and shops (many after people), products in a grocery order (many after people), payment services,
    # drinks with an age check, and phones, maps and doorbells
    "delivery": ["DoorDash", "Uber Eats", "Grubhub", "Instacart", "Postmates", "Gopuff", "Shipt", "Caviar",
                 "Seamless", "Deliveroo", "Just Eat", "Favor", "Waitr"],
    "restaurant": ["McDonald's", "Wendy's", "Arby's", "Denny's", "Popeyes", "Jimmy John's", "Papa John's",
                   "Domino's", "Little Caesars", "Carl's Jr.", "Dave's Hot Chicken", "Raising Cane's",
                   "Jersey Mike's", "Jason's Deli", "P.F. Chang's", "Bob Evans", "Ruby Tuesday", "Olive Garden",
                   "Panera", "Chipotle", "Shake Shack", "Nando's", "Zaxby's", "Culver's", "Portillo's",
                   "Tim Hortons", "Boston Market", "Panda Express", "Wingstop", "Freddy's", "Chick-fil-A"],
    "grocer": ["Kroger", "Publix", "Safeway", "Aldi", "Trader Joe's", "Whole Foods", "Albertsons", "Wegmans",
               "Harris Teeter", "Giant Eagle", "Stop & Shop", "Food Lion", "Sprouts", "Meijer", "H-E-B", "Hy-Vee",
               "Piggly Wiggly", "Winn-Dixie", "Costco", "Fred Meyer", "CVS", "Walgreens", "7-Eleven", "Wawa",
               "Sheetz", "Dollar General"],
    "product": ["Ben & Jerry's", "Newman's Own", "Tillamook", "Boar's Head", "Oscar Mayer", "Chef Boyardee",
                "Sara Lee", "Little Debbie", "Marie Callender's", "Annie's", "Stouffer's", "Kellogg's", "Hellmann's",
                "Heinz", "Dr Pepper", "Tropicana", "Chobani", "Cheerios", "Tide", "Clorox", "Mrs. Meyer's",
                "Uncle Ben's", "Aunt Jemima", "Orville Redenbacher's"],
    "payment": ["PayPal", "Apple Pay", "Google Pay", "Venmo", "Klarna", "Afterpay", "Cash App", "Amex", "Discover",
                "Visa"],
    "drink": ["Tito's", "Corona", "Modelo", "Josh Cellars", "Jack Daniel's", "Smirnoff", "White Claw",
              "Barefoot", "Kendall-Jackson", "Sam Adams"],
    "device": ["iPhone", "Android", "Google Maps", "Waze", "Ring", "Nest", "Alexa", "Samsung"],
}
BRAND_LINES_HELDOUT23 = {
    "delivery": ["I switched over from {a} because of the fees.", "{a} would have just refunded me, honestly.",
                 "My roommate uses {a} and {b} and never has this problem.",
                 "Is this the same driver network as {a}?", "I get a better deal on {a} most nights."],
    "restaurant": ["I ordered from {a} and the whole bag was missing.", "The {a} order came with no sauces again.",
                   "They gave me someone else's {a} order.", "I had a {a} order and a {b} order in the same hour.",
                   "The driver said {a} was closed when he got there.", "Can you call {a} and ask them?"],
    "grocer": ["The shopper at {a} substituted everything.", "My {a} order was missing the milk and the eggs.",
               "Why does the {a} price in the app not match the store?", "Can I switch the order to {a} instead?",
               "The {a} by my house isn't on the app anymore."],
    "product": ["I asked for {a} and got the store brand.", "They sent {a} instead of {b}.",
                "The {a} was completely melted.", "I'm missing two {a} from the bag.",
                "The receipt shows the {a} but it wasn't in there."],
    "payment": ["I paid with {a}, so where does the refund go?", "Can I use {a} for the membership?",
                "{a} shows the charge twice.", "It went through on {a} but the app says it failed."],
    "drink": ["The driver wouldn't leave the {a} because I wasn't home.", "I had a case of {a} on the order.",
              "They took the {a} off the order but still charged me."],
    "device": ["The app keeps crashing on my {a}.", "The driver's pin on {a} was at the wrong building.",
               "My {a} camera shows nobody came to the door.", "I only got the notification on my {a} an hour later."],
}
LEX_LINES_HELDOUT23 = ["Is {a} something I signed up for? I see it on my statement.", "What does {a} get me?",
                       "My sister told me about {a}.", "The app keeps popping up about {a}.",
                       "Does {a} work with grocery orders too?", "I thought {a} meant no delivery fee."]


class Heldout23:
    """Held-out 23's readings (only drawn for that split), as customers, couriers and a food- and grocery-delivery
    app's support agents say them: a number for the driver given after a missed call, a read-back with one digit
    wrong corrected, a number broken off (the doorbell, a baby, the driver on the other line) and finished later, an
    old number ending in ... replaced after an account takeover, a roommate's or coworker's number for the handoff,
    an office number with an extension; the card on file by its last four and a new one group by group, a refund to
    the card ending in ..., Amex 4-6-5, a card declined and a second one, a group read back wrong; order numbers with
    letters (NATO or "as in") and long grocery order numbers read back written, sign-in codes read aloud (an expired
    one and a new one), gate, door and call-box codes, gift card codes (all ``account``); SSNs for a driver
    background check or a driver's tax form, the last four; e-mails for the log-in, one an intruder put on the account,
    spelled, with digits, a written read-back missing a letter; drivers by first name, the name an office order is
    under, the account holder and a roommate, agents by first name, surnames spelled; delivery addresses with an
    apartment, a building, a gate code, an office floor, a wrong house number the driver went to, the zip read back;
    dates of birth for alcohol deliveries and account recovery; and delivery numbers that are not PII (totals, fees,
    tips, refunds and credits, ETAs and times, item counts and weights, produce codes, store numbers, the restaurant's
    and the app's own lines, percentages, the promo code)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "Charlie", "D": "dog", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Harry", "J": "Jack", "K": "kite", "L": "lemon", "M": "Mary", "N": "Nancy", "P": "pizza",
             "Q": "queen", "R": "Robert", "S": "Sam", "T": "Tom", "U": "umbrella", "V": "Victor", "W": "water",
             "X": "x-ray", "Y": "yellow", "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey",
            "X": "X-ray", "Y": "Yankee", "Z": "Zulu"}
    APP = "Carraway"
    APP_LINE = "one eight hundred, five five five, oh one four two"  # the app's own support line: not PII
    STREETS = ["Juniper", "Tamarack", "Bellflower", "Old Mill", "Fox Run", "Kestrel", "Sycamore Ridge", "Hawthorne",
               "Larchmont", "Rosewood", "Silver Birch", "Dogwood", "Canterbury", "Wren"]
    KINDS = [" Street", " Avenue", " Road", " Drive", " Lane", " Boulevard", " Court", " Terrace", " Place"]
    CITIES = [("Tempe", "Arizona", "852"), ("Aurora", "Colorado", "800"), ("Durham", "North Carolina", "277"),
              ("Columbus", "Ohio", "432"), ("Tacoma", "Washington", "984"), ("Austin", "Texas", "787"),
              ("Somerville", "Massachusetts", "021"), ("Decatur", "Georgia", "300"), ("Hoboken", "New Jersey", "070"),
              ("Oakland", "California", "946"), ("Madison", "Wisconsin", "537"), ("Richmond", "Virginia", "232")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "icloud dot com", "outlook dot com",
               "me dot com", "live dot com", "att dot net", "mail dot com"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, pairs, or digit by digit with "oh"/"zero", "double", "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads a number off the screen."""
        return " ".join(UNITS[int(c)] if self.r.random() < 0.5 else digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 9)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        return self.r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"])

    def driver(self) -> str:
        return self.r.choice(DRIVERS_HELDOUT23)

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        full = f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"
        mode = r.choice(["missed-call", "wrong-digit", "broken", "takeover", "handoff", "office", "asked"])
        if mode == "missed-call":
            d = self.driver()
            b.say("customer", "The app says ", ("pii", "person", d), r.choice([
                " tried to call me, but my phone never rang.", " couldn't reach me, but I was home the whole time."]))
            b.say("agent", "It called the number ending in ", ("pii", "phone", self.words(rand_digits(r, 4, False))),
                  ". Is that still your number?")
            b.say("customer", r.choice(["Oh, no, that's my old one. Use ", "No! I changed it months ago. It's "]),
                  ("pii", "phone", full), ".")
            return
        if mode == "takeover":
            b.say("customer", "Somebody got into my account and changed the phone number, now I can't get the "
                              "sign-in codes.")
            b.say("agent", "I'm sorry. I see the number was changed yesterday to one ending in ",
                  ("pii", "phone", self.words(rand_digits(r, 4, False))), ". What's your real number?")
            b.say("customer", self.pre(), ("pii", "phone", full if r.random() < 0.6 else f"{g[0]}-{g[1]}-{g[2]}"),
                  ". That other one isn't mine.")
            return
        if mode == "handoff":
            first, _ = self.sc.name()
            b.say("customer", r.choice(["I won't be home, so the driver should call my roommate ",
                                        "I'm at work, have the driver text my coworker "]),
                  ("pii", "person", first), ", at ", ("pii", "phone", full), ".")
            return
        if mode == "office":
            b.say("agent", Q_HELDOUT23["phone"][0])
            b.say("customer", "It's the office line, ", ("pii", "phone", full), r.choice([
                ", extension ", ", and then press "]), ("pii", "phone", self.say(rand_digits(r, 3, False))),
                  r.choice([" for the front desk.", "."]))
            return
        self.sc.ask(b, "phone")
        if mode == "asked":
            b.say("customer", self.pre(), ("pii", "phone", full),
                  r.choice([".", ", that's a cell.", ", you can text it."]))
        elif mode == "broken":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... hang on, someone's at the door, maybe it's finally the food.",
                            "... sorry, one second, the baby's up.",
                            "... wait, the driver's calling me on the other line."]))
            b.say("agent", r.choice(["Sure, take your time.", "No worries, I'll hold."]))
            b.say("customer", r.choice(["Okay, sorry, it wasn't them. The last part is ", "Okay. Then ",
                                        "Sorry about that. Where was I... "]), ("pii", "phone", self.say(g[2])), ".")
        else:  # read back with one digit wrong
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            k = r.choice([1, 2])
            bad = list(g)
            bad[k] = self.wrong(g[k])
            b.say("agent", "Let me read that back, ", ("pii", "phone", " ".join(self.words(x) for x in bad)), "?")
            b.say("customer", r.choice(["No, ", "Almost, "]), ("pii", "phone", self.words(g[k])),
                  ", not ", ("pii", "phone", self.words(bad[k])), ".")
            b.say("agent", "Got it, thank you.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["on-file", "refund-to", "amex", "declined", "wrong-group", "membership"])
        p = r.choice(["4", "4", "4", "51", "52", "55", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "refund-to":
            b.say("agent", "I've refunded the missing items, twelve forty eight, to the card ending in ",
                  ("pii", "card", self.words(gs[3])), ".")
            b.say("customer", r.choice(["Wait, that card's cancelled. Can it go on ", "Can you put it on "]),
                  ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])} {self.say(gs[2])} {self.say(gs[3])}"),
                  " instead?")
            b.say("agent", "I can't move a refund to a different card, but I can give it as ",
                  ("keep", "lexicon", "Carraway Cash"), " instead.")
            return
        if mode == "on-file":
            b.say("agent", "The card on file ends in ", ("pii", "card", self.words(gs[3])),
                  ", and it was declined. Do you want to use a different card?")
            b.say("customer", "Yeah, use my debit. ", ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"),
                  r.choice([". Expires ten twenty seven.", ".", ", and the code on the back is... do you need that?"]))
            return
        if mode == "amex":
            cc = luhn_complete("37" + rand_digits(r, 12, False))
            b.say("agent", Q_HELDOUT23["card"][0])
            b.say("customer", "My ", ("keep", "payment", "Amex"), ". ",
                  ("pii", "card", f"{self.say(cc[:4])}, {self.say(cc[4:10])}, {self.say(cc[10:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Ending in ", ("pii", "card", self.words(cc[10:])), ", got it.")
            return
        if mode == "declined":
            b.say("agent", Q_HELDOUT23["card"][1])
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            b.say("agent", "Hmm, that one's coming back declined. Is there another card?")
            e = luhn_complete("4" + rand_digits(r, 14, False))
            b.say("customer", r.choice(["Ugh. Try this one. ", "Okay, my husband's card then. "]),
                  ("pii", "card", ", ".join(self.say(e[i:i + 4]) for i in range(0, 16, 4))), ".")
            return
        self.sc.ask(b, "card")
        if mode == "membership":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next ", "And "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        else:  # a group read back wrong
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            k = r.choice([1, 2, 3])
            bad = list(gs)
            bad[k] = self.wrong(gs[k])
            b.say("agent", "So I have ", ("pii", "card", " ".join(bad)), "?")
            b.say("customer", "No, the ", ["", "second", "third", "last"][k], " group is ",
                  ("pii", "card", self.words(gs[k])), ".")

    def order_code(self) -> str:
        """A restaurant order's short code, as the app shows it: six letters and digits."""
        r = self.r
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if k in (0, 3) or r.random() < 0.3 else str(r.randint(0, 9))
                       for k in range(6))

    def spoken_code(self, code: str) -> str:
        return ", ".join(self.letter(c) if c.isalpha() else self.say(c) for c in code)

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["order-code", "order-code", "grocery-order", "sign-in", "gate", "gift", "two-orders"])
        if mode == "order-code":
            code = self.order_code()
            b.say("agent", Q_HELDOUT23["account"][2])
            b.say("customer", self.pre(), ("pii", "account", self.spoken_code(code)), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, ", ("pii", "account", code), r.choice([
                    ", the order from ", ", that's your order from "]),
                      ("keep", "restaurant", r.choice(HELDOUT23_BRANDS["restaurant"])), "?")
                b.say("customer", "Yes, that's the one.")
        elif mode == "grocery-order":
            n = "4" + rand_digits(r, 9, False)
            b.say("agent", Q_HELDOUT23["account"][0])
            b.say("customer", self.pre(), ("pii", "account", f"{self.say(n[:4])}, {self.say(n[4:7])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(n[7:])), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "account", n), ", the ",
                      ("keep", "grocer", r.choice(HELDOUT23_BRANDS["grocer"][:20])), " order from this afternoon?")
                b.say("customer", "Right.")
        elif mode == "sign-in":
            code = rand_digits(r, 6, False)
            b.say("agent", Q_HELDOUT23["account"][1])
            b.say("customer", r.choice(["Okay, it says ", "Hold on... ", "Got it. "]),
                  ("pii", "account", r.choice([f"{self.words(code[:3])}, {self.words(code[3:])}", code,
                                               f"{self.say(code[:2])} {self.say(code[2:4])} {self.say(code[4:])}"])),
                  ".")
            if r.random() < 0.4:
                b.say("agent", "Hmm, that one's expired. I'll send a new one.")
                b.say("customer", "Okay, new one is ", ("pii", "account", self.words(rand_digits(r, 6, False))), ".")
        elif mode == "gate":
            c = rand_digits(r, r.choice([4, 4, 5]), False)
            b.say("agent", "And is there a gate code or a door code the driver needs?")
            opener, tail = r.choice([("Yeah, the gate code is pound ", "."), ("It's ", " and then the star key."),
                                     ("Call box code is ", ", it'll ring my phone."),
                                     ("The door code is ", ", then push the door hard.")])
            b.say("customer", opener, ("pii", "account", self.say(c)), tail)
        elif mode == "gift":
            code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(12))
            b.say("customer", "My aunt sent me a gift card and the code won't go through. It's ",
                  ("pii", "account", ", ".join(code[i:i + 4] for i in range(0, 12, 4))), ".")
            b.say("agent", "Let me try it on my side. That code shows it's already been redeemed.")
        else:  # two orders in one call
            c1, c2 = self.order_code(), self.order_code()
            b.say("customer", "It's two orders, actually. The first one is ", ("pii", "account", self.spoken_code(c1)),
                  ", and the lunch one was ", ("pii", "account", " ".join(c2)), ".")
            b.say("agent", "Okay, I see both. The first one had the missing drink.")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '47')}{rand_digits(r, 4, False)}"
        mode = r.choice(["background", "background", "last4", "tax-form", "why", "itin"])
        if mode == "background":
            b.say("customer", "I'm calling about the driver side, actually. My background check is stuck.")
            b.say("agent", Q_HELDOUT23["ssn"][0])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So that's ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
                b.say("customer", "Yep.")
        elif mode == "last4":
            b.say("agent", Q_HELDOUT23["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.5:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thanks, that matches.")
        elif mode == "tax-form":
            b.say("customer", "The tax form for my delivery earnings has the wrong social on it.")
            b.say("agent", Q_HELDOUT23["ssn"][2] + " What should it be?")
            b.say("customer", "It should be ", ("pii", "ssn", f"{s[:3]} dash {s[3:5]} dash {s[5:]}"), ".")
        elif mode == "why":
            b.say("agent", Q_HELDOUT23["ssn"][0])
            b.say("customer", "Why do you need that just to deliver food?")
            b.say("agent", "It's for the background check and the tax form at the end of the year.")
            b.say("customer", "Fine. ", ("pii", "ssn", ", ".join([self.say(s[:3]), self.say(s[3:5]),
                                                                  self.say(s[5:])])), ".")
        else:
            t = "9" + rand_digits(r, 2, False) + r.choice(["70", "78", "88", "92"]) + rand_digits(r, 4, False)
            b.say("agent", Q_HELDOUT23["ssn"][2])
            b.say("customer", "I don't have a social, I have an ITIN. ",
                  ("pii", "ssn", f"{self.say(t[:3])} {self.say(t[3:5])} {self.say(t[5:])}"), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["change", "intruder", "spelled", "digits", "missing-letter", "receipt"])
        if mode == "missing-letter" and len(l) < 4:
            mode = "digits"
        if mode == "change":
            b.say("customer", "I want to change the email on the account. The old one is ",
                  ("pii", "email", f"{f}{l[0]} at {dom}"), r.choice([" and I don't use it anymore.", "."]))
            b.say("agent", Q_HELDOUT23["email"][1])
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
            return
        if mode == "intruder":
            junk = "".join(r.choice("bcdfghkmnprstvxz") for _ in range(5)) + rand_digits(r, 2, False)
            b.say("agent", "I see the email on the account was changed last night to ",
                  ("pii", "email", f"{junk}@{r.choice(['proton.me', 'mail.ru', 'tutanota.com'])}"),
                  ". Was that you?")
            b.say("customer", "No! My email is ", ("pii", "email", f"{f} {l} at {dom}"), ".")
            return
        if mode == "receipt":
            b.say("customer", "Can you send the receipt to my work email? It's ",
                  ("pii", "email", f"{f[0]} {l} at {l[:4]}{r.choice(['law', 'group', 'health', 'design'])} dot com"),
                  ".")
            return
        self.sc.ask(b, "email")
        if mode == "spelled":
            local = (f[0] + l)[:9]
            said = ", ".join(f"{c} as in {self.AS_IN[c]}" if k in (1, 3) else c for k, c in enumerate(local.upper()))
            b.say("customer", self.pre(), ("pii", "email", f"{said}, at {dom}"), ".")
        elif mode == "digits":
            n = rand_digits(r, r.choice([2, 3, 4]), False)
            b.say("customer", self.pre(), ("pii", "email", f"{f}{l} {self.say(n)} at {dom}"), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "email", f"{f}{l}{n}@{written}"), "?")
                b.say("customer", "Yes.")
        else:  # a written read-back missing a letter, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f}.{l}@{written}"), ".")
            k = r.randrange(1, len(l) - 1)
            b.say("agent", "I have ", ("pii", "email", f"{f}.{l[:k] + l[k + 1:]}@{written}"), ".")
            b.say("customer", "You're missing a letter. ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["driver", "driver", "agent", "spell", "office", "roommate", "last-first", "gift"])
        if mode == "driver":
            d = self.driver()
            lead, tail = r.choice([("The driver, it said ", ", left it at the wrong building."),
                                   ("My driver was ", " and they never even came up to the door."),
                                   ("Your driver ", " was really nice, but the bag was open."),
                                   ("The app said ", " picked it up an hour ago and the map hasn't moved.")])
            b.say("customer", lead, ("pii", "person", d), tail)
            if r.random() < 0.5:
                b.say("agent", "I'm sorry about that. I've reported the delivery from ", ("pii", "person", d), ".")
        elif mode == "agent":
            b.say("agent", "Thanks for calling ", ("keep", "lexicon", self.APP), " support, my name is ",
                  ("pii", "person", first), ". What's going on with your order?")
        elif mode == "spell":
            b.say("agent", Q_HELDOUT23["person"][0])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            said = (" ".join(f"{c} as in {self.AS_IN[c]}" if k == 0 else c for k, c in enumerate(letters))
                    if r.random() < 0.4 else spell(last, r))
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "office":
            b.say("agent", Q_HELDOUT23["person"][3])
            b.say("customer", "Put it under ", ("pii", "person", f"{first} {last}"),
                  r.choice([", fourth floor reception.", ". Tell them it's for the lunch meeting."]))
        elif mode == "roommate":
            b.say("customer", "The account's in my roommate's name, ", ("pii", "person", f"{first2} {last2}"),
                  ", but I'm the one who ordered. I'm ", ("pii", "person", first), ".")
            b.say("agent", "Okay, I can help with the order, but I can't change account details for ",
                  ("pii", "person", first2), ".")
        elif mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", "It's under ", ("pii", "person", f"{last}, {first}"),
                  r.choice([".", ", sorry, last name first."]))
        else:
            b.say("customer", r.choice(["I sent a meal to my mom, ", "It was a gift order for my friend "]),
                  ("pii", "person", f"{first2} {last2}"), r.choice([", and she says it never came.",
                                                                    ", and they got the wrong food."]))

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(11, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["apartment-gate", "office", "wrong-house", "zip-readback", "building", "plain"])
        if mode == "apartment-gate":
            b.say("agent", Q_HELDOUT23["address"][0])
            apt = f"{r.randint(1, 4)}{r.choice(['0', '1', '2'])}{r.randint(1, 9)}"
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, apartment {self.say(apt)}"),
                  ". The gate code is ", ("pii", "account", self.say(rand_digits(r, 4, False))), ".")
        elif mode == "office":
            b.say("customer", "Can you send the replacement to my office instead? It's ",
                  ("pii", "address", f"{house} {st}, suite {r.randint(2, 19)}{r.choice(['00', '10', '20'])}"),
                  r.choice([", it's on the fourth floor.", ", just leave it with the front desk."]))
        elif mode == "wrong-house":
            good = num if len(num) >= 3 else num + "5"
            bad = good[1] + good[0] + good[2:] if good[0] != good[1] else self.wrong(good)
            b.say("customer", "The photo shows it at ", ("pii", "address", f"{bad} {st}"),
                  ". That's not my house. I'm at ", ("pii", "address", f"{good} {st}"),
                  r.choice([", they must have mixed up the numbers.", ", same street, different house."]))
            b.say("agent", "I'm so sorry, I'll refund the order and note the correct house for drivers.")
        elif mode == "zip-readback":
            b.say("agent", Q_HELDOUT23["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Zip ", ("pii", "address", self.words(z)), "?")
                b.say("customer", "Yes.")
        elif mode == "building":
            b.say("agent", Q_HELDOUT23["address"][1])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, building {r.choice('ABCDEFG')}, unit "
                                                              f"{r.randint(101, 420)}"),
                  r.choice([". It's the one behind the pool.", ". Drivers always go to the leasing office."]))
        else:
            b.say("agent", Q_HELDOUT23["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}"), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1958, 2003)
        mode = r.choice(["alcohol", "alcohol", "recovery", "numeric", "id-check"])
        year = ("two thousand" if y == 2000 else f"two thousand {UNITS[y % 10]}" if y > 2000 else year_words(y))
        if mode == "alcohol":
            b.say("agent", Q_HELDOUT23["dob"][0])
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year}"),
                  r.choice([".", ". I'm way over twenty one, I promise."]))
        elif mode == "recovery":
            b.say("agent", Q_HELDOUT23["dob"][1])
            b.say("customer", self.pre(), ("pii", "dob", f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {year}"), ".")
        elif mode == "numeric":
            b.say("agent", Q_HELDOUT23["dob"][1])
            b.say("customer", self.pre(), ("pii", "dob", f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, "
                                                         f"{pair_words(str(y)[2:], r)}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, ", ("pii", "dob", f"{m}/{day}/{y}"), ".")
        else:
            b.say("customer", "The driver wouldn't hand over the wine because my license is expired.")
            b.say("agent", Q_HELDOUT23["dob"][2])
            b.say("customer", ("pii", "dob", f"{MONTHS[m - 1]} {day}, {y}"),
                  r.choice([".", ", it's right there on it."]))

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("customer", ["The total was forty three eighty seven and I only got half of it."]),
            ("agent", ["I've added a credit of fifteen dollars to your account, it'll apply to your next order."]),
            ("customer", ["I tipped eight dollars up front and the food was an hour late."]),
            ("agent", ["The delivery fee was three ninety nine and the service fee was fifteen percent."]),
            ("agent", ["The new estimated arrival is seven fifteen, so about twenty five minutes."]),
            ("customer", ["They were supposed to bring two dozen eggs and a twelve pack, I got one of each."]),
            ("customer", ["I ordered three pounds of chicken and got one point two."]),
            ("customer", ["The bananas on the receipt say four oh one one, but I got plantains."]),
            ("agent", ["The order went to store number four seventeen, which is the one on Route nine."]),
            ("agent", ["The restaurant's number on the receipt is five five five, two one eight, three oh "
                       "four four, if you want to call them directly."]),
            ("agent", [f"If anything else goes wrong you can call us at {self.APP_LINE}, we're open twenty four "
                       "hours."]),
            ("agent", ["You've saved about a hundred and twelve dollars in delivery fees this year with ",
                       ("keep", "lexicon", "Carraway Plus"), "."]),
            ("customer", ["I used the code ", ("keep", "lexicon", "FEAST twenty"), " and it only took off five."]),
            ("agent", ["The membership is nine ninety nine a month, or ninety six a year if you pay up front."]),
            ("customer", ["It's been forty minutes and it says the driver is eleven minutes away."]),
            ("agent", ["The minimum for free delivery is thirty five dollars before tax."]),
            ("customer", ["I've had six orders this month and three of them were wrong."]),
            ("agent", ["I'm showing fourteen items ordered and eleven delivered, with two refunded and one "
                       "substituted."]),
            ("agent", ["It's part of ", ("keep", "lexicon", "Free Delivery Fridays"), ", so the delivery fee "
                                                                                       "comes off at checkout."]),
            ("customer", ["I was charged twice, once for twenty one fifty and again for twenty one fifty."]),
            ("agent", ["Refunds over fifty dollars need a supervisor, it'll take about forty eight hours."]),
        ])
        b.say(speaker, *parts)


def heldout23_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full test split at offsets 1 and 4 (every seventh, which no other split took; order,
    order-status, cancel, card-declined, food-storage and shopping-list intents, and phone-line talk: "repeat
    that", "slow down", yes, no, thanks) and Bitext 20000 at offset 8 (every ninth, which no other split took; order,
    refund, delivery, shipping-address, payment, account, password, complaint and agent-request intents, the
    frequent ones thinned as ``_BITEXT_HELDOUT23`` says, no typo or offensive lines, no "u"/"ur"), dropping lines
    about shows, games, events, tickets, invoices, shipments, packages, banks, the assistant or a named place, and
    lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["test"][1::7] + full["test"][4::7] if i in _CLINC_HELDOUT23]
    path = data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv"
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    bitext = [r["utterance"] for k, r in enumerate(rows[8::9])
              if r["intent"] in _BITEXT_HELDOUT23 and k % _BITEXT_HELDOUT23[r["intent"]] == 0
              and not set(r["flags"]) & set("ZW") and not re.search(r"\bu\b|\bur\b", r["utterance"])]
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT23.search(t)]
    return AGENT_HELDOUT23, cust


_CLINC_HELDOUT23 = {"order", "order_status", "cancel", "card_declined", "food_last", "shopping_list", "repeat",
                    "change_speed", "yes", "no", "maybe", "thank_you", "goodbye", "greeting"}
_BITEXT_HELDOUT23 = {"cancel_order": 1, "change_order": 2, "track_order": 2, "get_refund": 2, "track_refund": 1,
                     "check_refund_policy": 2, "delivery_period": 1, "delivery_options": 2,
                     "change_shipping_address": 1, "payment_issue": 8, "complaint": 2, "edit_account": 1,
                     "recover_password": 3, "contact_human_agent": 3}  # intent: keep one line in this many
_OFF_HELDOUT23 = re.compile(r"\b(shows?|games?|events?|tickets?|concerts?|invoices?|shipments?|packages?|shipping|"
                            r"bank|reimbursement|ai|bot|robot|alexa|siri|google|amazon|visa|mastercard|maine|"
                            r"cleveland|hush|purchases?)\b", re.I)


Q_HELDOUT25 = {
    "phone": ["What's the best number for the install crew to call the morning of?",
              "Can I get the phone number on the account so I can find your project?",
              "And what number should the site surveyor text when they're on the way?",
              "What's a good callback number in case we get disconnected?"],
    "card": ["The design deposit can go on a card. What card would you like to use?",
             "Okay, I can take the payment over the phone. Go ahead with the card number when you're ready.",
             "Which card do you want the monitoring renewal charged to?"],
    "account": ["For the interconnection paperwork I need your utility account number, it's on the top of the bill.",
                "Do you have the meter number? It's printed on the meter itself, or on the bill under service details.",
                "What's the account number for the checking account you want the autopay drafted from?",
                "Do you have your project number? It starts with A S and it's on the welcome email."],
    "ssn": ["For the loan application I'll need your social security number.",
            "To run the soft credit check I'll need the last four of your social.",
            "And the co-applicant's social security number?"],
    "email": ["What email should the signing documents go to?",
              "What email do you use to log into the monitoring app?",
              "And what's the best email for the tax-credit paperwork?"],
    "person": ["Can I get the name on the account, please?", "Who do I have the pleasure of speaking with?",
               "And what's the name of the homeowner on the title?", "Is there a co-applicant on the loan? What's their name?"],
    "spell": ["Could you spell the last name for me?", "And how is that spelled?",
              "Can you spell that so it matches the title exactly?"],
    "address": ["What's the address of the home where the system would go?",
                "And what's the installation address?", "What's your new mailing address after the sale?"],
    "dob": ["For the loan application I'll also need your date of birth.",
            "Can you verify the date of birth on the account?",
            "And the co-applicant's date of birth?"],
}
AGENT_HELDOUT25 = ["Okay, I've got your project pulled up.", "Let me take a look at where the permit is at.",
                   "I can see the site survey was completed last Tuesday.",
                   "Just a moment while I check with the design team.",
                   "The utility still has to approve the interconnection before we can turn it on.",
                   "I'm sorry about the delay, the HOA review is taking longer than usual.",
                   "Let me check the production numbers from the monitoring side.",
                   "Okay, I've put a note on the project for the install crew.",
                   "The inspection is scheduled, and after that the utility swaps the meter.",
                   "Bear with me, the loan portal is a little slow this morning.",
                   "I understand, nobody wants a crew on the roof without a heads-up.",
                   "Okay, I'll open a service ticket for the inverter.",
                   "The system looks like it's producing normally, it's just been a cloudy week.",
                   "I'll send the transfer packet to the buyer's agent today.",
                   "This call may be recorded for quality and training purposes.",
                   "Once the lender approves it, you'll get the documents to sign by email.",
                   "We don't give tax advice, but I can send you the paperwork your preparer will need.",
                   "Let me check whether the referral was credited.",
                   "The crew usually needs one full day, two if there's a battery going in.",
                   "Okay, I've rescheduled the survey, you'll get a confirmation text."]
ACKS_HELDOUT25 = ["Okay.", "Mm-hmm.", "Got it, keep going.", "Okay, and the rest?", "Uh-huh.", "Alright.",
                  "Yep, I'm with you."]
A_PREFIX_HELDOUT25 = ["Um, it's ", "Yeah, it's ", "Okay, it's ", "Hold on... okay, ",
                      "Sure, ", "It's ", "I believe it's ", "Yes, "]
NAMES_HELDOUT25 = ["Tupac Quispe Mamani", "Nayeli Tzul", "Oyelaran Bankole", "Kibet Chepkwony", "Nomvula Dlamini",
                   "Habiba Ouedraogo", "Aroha Ngata", "Tevita Fifita", "Kanoa Kealoha", "Inuk Qillaq",
                   "Saoirse Ní Bhriain", "Eilidh MacLeod", "Gwilym Pryce", "Janne Virtanen", "Signe Lindqvist",
                   "Radu Ionescu", "Zdenka Novotná", "Arvydas Petrauskas", "Lusine Hakobyan", "Tamar Beridze",
                   "Bakhyt Nurlanov", "Oyuun Batbayar", "Phan Thi Lan", "Somchai Wongsakul", "Ramesh Iyengar",
                   "Harpreet Sandhu", "Rukhsana Chowdhury", "Dinuka Jayawardena", "Marisol Villaseñor",
                   "Joaquín Etcheverry", "Thiago Albuquerque", "Yaretzi Huerta", "Chenoa Begay", "Wapun Tsosie",
                   # ordinary names, as most callers have
                   "Linda Kowalski", "Greg Sorensen", "Shawna Mitchell", "Dennis Boyle", "Maria Gonzales",
                   "Tom Whitaker", "Kimberly Tran", "Rob Delaney",
                   # names that are also words, brands, utilities, panels or places in this business
                   "Sunny Marsh", "Ray Solano", "Skye Fielding", "Dawn Edison", "Summer Wattson", "Tesla Moreno",
                   "Georgia Powers", "Duke Holloway", "Sol Brightman", "Franklin Moss", "Grid Larsen",
                   "Autumn Haze", "Rex Panel", "Sierra Stone", "Carmen Volt", "Dominic Jinks", "Aurora Keys"]
CREW_HELDOUT25 = ["Marco", "Jesse", "Darnell", "Luis", "Trang", "Abdi", "Kenji", "Tevin", "Noor", "Wyatt",
                  # first names that are also words or places
                  "Hunter", "Chase", "Mason", "Austin", "Dakota", "Ray", "Sunny", "Rocky", "Brooks", "Storm"]
HELDOUT25_BRANDS = {  # a solar line names panel, inverter and battery makers (several after people), utilities
    # (several after people or places), solar lenders and banks, monitoring and smart-home apps, tax software, and
    # real-estate firms for a home sale
    "panel": ["Qcells", "REC", "Canadian Solar", "LONGi", "Jinko", "Panasonic", "Silfab", "Maxeon", "Hanwha",
              "Mission Solar", "Trina", "Meyer Burger", "Hyundai", "LG"],
    "inverter": ["Enphase", "SolarEdge", "Tesla", "Generac", "Fronius", "SMA", "FranklinWH", "Sol-Ark", "Chint",
                 "Tigo", "APsystems", "Schneider"],
    "battery": ["Powerwall", "Enphase IQ Battery", "Franklin aPower", "Generac PWRcell", "sonnen", "Duracell",
                "LG RESU", "Panasonic EverVolt", "Briggs & Stratton", "Kohler"],
    "utility": ["PG&E", "Duke Energy", "Xcel Energy", "Georgia Power", "Dominion", "Florida Power & Light",
                "Con Edison", "Eversource", "Ameren", "Entergy", "Southern California Edison", "Evergy",
                "Salt River Project", "Rocky Mountain Power", "National Grid", "Tampa Electric", "Avista"],
    "lender": ["GoodLeap", "Mosaic", "Sunlight Financial", "Dividend Finance", "Sungage", "Wells Fargo",
               "Fannie Mae", "Freddie Mac", "Chase", "Ally", "Navy Federal", "Rocket Mortgage"],
    "app": ["Enlighten", "mySolarEdge", "Sense", "Emporia", "Ecobee", "Google Nest", "Alexa", "Life360",
            "Apple Watch", "Tesla app", "DocuSign"],
    "tax": ["TurboTax", "H&R Block", "Jackson Hewitt", "TaxAct", "FreeTaxUSA", "Liberty Tax"],
    "realty": ["Zillow", "Redfin", "Keller Williams", "Coldwell Banker", "RE/MAX", "Century 21", "Compass",
               "Berkshire Hathaway", "Sotheby's", "Howard Hanna"],
}
BRAND_LINES_HELDOUT25 = {
    "panel": ["The salesman said we'd get {a} panels, but the contract says {b}.", "Are the {a} panels black on black?",
              "My neighbor has {a} on his roof and they look different.", "Is {a} still making these panels?"],
    "inverter": ["The {a} light on the box by the meter is blinking red.", "Do you put in {a} or {b}?",
                 "Can I swap the {a} for microinverters?", "The {a} app says one of the units isn't reporting."],
    "battery": ["I want a {a} so I'm not sitting in the dark next storm.", "Is the {a} covered by the lease?",
                "How long would a {a} run the fridge and the well pump?", "My brother-in-law got the {a} instead."],
    "utility": ["{a} says they never got the interconnection application.", "My {a} bill went up after the install.",
                "When does {a} come out to swap the meter?", "We moved from {a} territory to {b}.",
                "I still got a bill from {a} for a hundred and forty dollars."],
    "lender": ["The loan papers came from {a}, is that you guys?", "I already have my mortgage with {a}.",
               "Can I pay off the {a} loan early without a penalty?", "{a} turned me down last year."],
    "app": ["The {a} app says I made zero yesterday.", "Can the system show up in {a}?",
            "I got a {a} alert that production dropped.", "I never got the {a} link to sign."],
    "tax": ["My preparer uses {a} and wants a form from you.", "{a} is asking for the total cost of the system.",
            "I did my taxes on {a} and it didn't give me the credit."],
    "realty": ["Our agent is with {a} and the buyers want to know about the lease.",
               "The listing on {a} says the panels are owned, but they're leased.",
               "The buyer's agent from {a} is asking for the transfer form."],
}
LEX_LINES_HELDOUT25 = ["The salesman mentioned {a}, what is that exactly?", "Am I on {a}?",
                       "My neighbor told me about {a}.", "Does {a} cover the roof leak?",
                       "I got an email about {a}, is that real?", "What's the difference between {a} and a loan?"]


class Heldout25:
    """Held-out 25's readings (only drawn for that split), as homeowners, buyers and a residential solar installer
    and financier's agents say them: a number for the crew the morning of the install, the old number ending in
    ... replaced, a spouse's number, a number broken off (the dog, the roofer) and finished later, a read-back with a
    digit wrong and corrected; the design deposit by card group by group, a refund of the deposit to the card
    ending in ..., Amex 4-6-5, a card switched mid-number; utility account numbers with a dash and check digit, meter
    numbers with letters, an autopay checking account after the bank's public routing number (not PII) over two
    turns with a read-back, loan application IDs with letters (NATO and "as in"), project numbers, monitoring-app
    sign-in codes (all ``account``); SSNs for a loan or lease application, the co-applicant's, the last four, over
    two turns, with "dash"; e-mails for signing documents and the monitoring app, spelled, with digits, a work
    address, a written read-back missing a letter; the homeowner and a spouse on the title, the buyer of a house who
    takes over the lease, the HOA manager, a friend for a referral reward, crew leads by first name, agents by first
    name, surnames spelled; installation addresses with a lot number, a rural route, a new mailing address after the
    sale, the zip read back; dates of birth for a loan application, the co-applicant's; and solar numbers that are
    not PII (system sizes, panel counts, kilowatt hours, rates and escalators, the tax credit, incomes, lease
    payments, permit and license numbers of the business, model numbers, times and dates of the install, the
    company's own line, the promo code)."""

    AS_IN = {"A": "Adam", "B": "baker", "C": "Charles", "D": "David", "E": "easy", "F": "Frank", "G": "George",
             "H": "Henry", "I": "Ida", "J": "John", "K": "king", "L": "Lincoln", "M": "Mary", "N": "nora", "O": "ocean", "P": "Paul",
             "Q": "queen", "R": "Robert", "S": "sugar", "T": "Thomas", "U": "uncle", "V": "victory", "W": "William",
             "X": "x-ray", "Y": "young", "Z": "zebra"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "I": "India", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "O": "Oscar", "P": "Papa",
            "Q": "Quebec", "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey",
            "X": "X-ray", "Y": "Yankee", "Z": "Zulu"}
    CO = "Ashcroft Solar"
    CO_LINE = "eight eight eight, five five five, oh one nine six"  # the company's own line: not PII
    ROUTING = ["021000021", "121000358", "071000013", "322271627", "063100277", "091000019"]  # banks' public ones
    STREETS = ["Solstice", "Windmill", "Quail Run", "Prairie View", "Cottonwood", "Mesquite", "Ridgecrest",
               "Ponderosa", "Saddleback", "Bluebonnet", "Harvest Moon", "Red Tail", "Lantern", "Gristmill"]
    KINDS = [" Road", " Drive", " Lane", " Court", " Circle", " Trail", " Way", " Street", " Avenue"]
    CITIES = [("Mesa", "Arizona", "852"), ("Henderson", "Nevada", "890"), ("Fresno", "California", "937"),
              ("Lakeland", "Florida", "338"), ("Round Rock", "Texas", "786"), ("Lehi", "Utah", "840"),
              ("Greeley", "Colorado", "806"), ("Cary", "North Carolina", "275"), ("Rio Rancho", "New Mexico", "871"),
              ("Toms River", "New Jersey", "087"), ("Worcester", "Massachusetts", "016"), ("Hilo", "Hawaii", "967")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "hotmail dot com", "icloud dot com", "outlook dot com",
               "comcast dot net", "aol dot com", "msn dot com", "sbcglobal dot net"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, pairs, or digit by digit with "oh"/"zero", "double", "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads a number off the screen."""
        return " ".join(UNITS[int(c)] if self.r.random() < 0.5 else digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 9)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        return self.r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"])

    def crew(self) -> str:
        return self.r.choice(CREW_HELDOUT25)

    def phone(self, b: Builder) -> None:
        r = self.r
        g = [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
             rand_digits(r, 4, False)]
        full = f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"
        mode = r.choice(["crew", "old-number", "spouse", "broken", "wrong-digit", "asked", "asked"])
        if mode == "crew":
            c = self.crew()
            b.say("agent", "Your crew lead tomorrow is ", ("pii", "person", c),
                  ", they'll call about thirty minutes before the crew pulls up. What number should they use?")
            b.say("customer", r.choice(["My cell, ", "Use my cell, it's ", "Call ", ""]), ("pii", "phone", full),
                  r.choice([". The house phone doesn't really work.", ".", ", I'll be working from home."]))
            return
        if mode == "old-number":
            b.say("agent", "I have a phone number ending in ", ("pii", "phone", self.words(rand_digits(r, 4, False))),
                  " on the project. Is that still good?")
            b.say("customer", r.choice(["No, that's the landline, we got rid of it. It's ",
                                        "Oh, no, that's my old work phone. Put down "]), ("pii", "phone", full), ".")
            return
        if mode == "spouse":
            first, _ = self.sc.name()
            b.say("customer", r.choice(["If I don't answer, call my wife, ", "My husband's home during the day, ",
                                        "You can also try my partner, "]),
                  ("pii", "person", first), r.choice([", her number is ", ", at ", ". That's "]),
                  ("pii", "phone", full), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "asked":
            b.say("customer", self.pre(), ("pii", "phone", full if r.random() < 0.7 else f"{g[0]}.{g[1]}.{g[2]}"),
                  r.choice([".", ", it's a cell, text is fine.", ", that's the best one."]))
        elif mode == "broken":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), "... ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... sorry, hold on, the dog is going crazy at the mailman.",
                            "... hang on, the roofer is asking me something.",
                            "... one second, my other line is beeping."]))
            b.say("agent", r.choice(["No problem.", "Take your time."]))
            b.say("customer", r.choice(["Okay, sorry. The last four are ", "Sorry about that. ",
                                        "Where was I... then "]), ("pii", "phone", self.say(g[2])), ".")
        else:  # read back with one digit wrong, corrected
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            k = r.choice([0, 1, 2])
            bad = list(g)
            bad[k] = self.wrong(g[k])
            b.say("agent", "I'm going to read that back. ", ("pii", "phone", ", ".join(self.words(x) for x in bad)),
                  "?")
            b.say("customer", r.choice(["Not quite, it's ", "No, "]), ("pii", "phone", self.words(g[k])),
                  r.choice([", not ", " instead of "]), ("pii", "phone", self.words(bad[k])), ".")
            b.say("agent", "Thanks, I've fixed it.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["deposit", "refund", "amex", "switch", "grouped", "expiry"])
        p = r.choice(["4", "4", "51", "53", "55", "2221", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "refund":
            b.say("customer", "We cancelled within the three days, so I want the five hundred dollar design deposit "
                              "back.")
            b.say("agent", "I see it. It'll go back to the card ending in ", ("pii", "card", self.words(gs[3])),
                  ", is that right?")
            b.say("customer", r.choice(["Yeah, the one ending ", "Yes, ", "Correct, "]),
                  ("pii", "card", self.say(gs[3])), ".")
            return
        if mode == "amex":
            cc = luhn_complete(r.choice(["34", "37"]) + rand_digits(r, 12, False))
            b.say("agent", Q_HELDOUT25["card"][0])
            b.say("customer", r.choice(["It's an American Express. ", "My Amex, okay... "]),
                  ("pii", "card", f"{self.say(cc[:4])}, {self.say(cc[4:10])}, {self.say(cc[10:])}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Ending ", ("pii", "card", self.words(cc[11:])), ", thank you.")
            return
        if mode == "switch":
            b.say("agent", Q_HELDOUT25["card"][1])
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"),
                  "... actually, wait, don't use that one, it's about to expire. Use this one instead.")
            e = luhn_complete("4" + rand_digits(r, 14, False))
            b.say("customer", ("pii", "card", ", ".join(self.say(e[i:i + 4]) for i in range(0, 16, 4))), ".")
            return
        if mode == "expiry":
            b.say("agent", Q_HELDOUT25["card"][2])
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), r.choice([
                ", expiration oh nine twenty eight.", ", and it expires in twenty nine.", "."]))
            if r.random() < 0.6:
                b.say("agent", "And that's a ", ("keep", "payment", r.choice(["Visa", "Mastercard", "Discover"])),
                      " ending in ", ("pii", "card", gs[3]), "?")
                b.say("customer", "Yes.")
            return
        self.sc.ask(b, "card")
        for k, grp in enumerate(gs):
            b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "Next is ", "And "]),
                  ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
            if k < 3:
                if mode == "grouped" and r.random() < 0.6:
                    b.say("agent", ("pii", "card", self.words(grp)), r.choice([".", ", okay.", "?"]))
                else:
                    b.say("agent", r.choice(self.sc.acks))

    def app_id(self) -> str:
        """A solar lender's application ID as its portal shows it: two letters, then digits."""
        r = self.r
        return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rand_digits(r, 7, False)

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["utility", "utility", "meter", "autopay", "loan-app", "project", "sign-in"])
        if mode == "utility":
            n = rand_digits(r, 10, False)
            chk = str(r.randint(0, 9))
            b.say("agent", Q_HELDOUT25["account"][0])
            b.say("customer", self.pre(), ("pii", "account", f"{self.say(n[:4])} {self.say(n[4:7])} {self.say(n[7:])}"),
                  r.choice([", dash ", ", and then there's a dash and a ", " dash "]),
                  ("pii", "account", self.say(chk)), ".")
            if r.random() < 0.5:
                b.say("agent", "So that's ", ("pii", "account", f"{n}-{chk}"), " with ",
                      ("keep", "utility", r.choice(HELDOUT25_BRANDS["utility"])), "?")
                b.say("customer", "That's right.")
        elif mode == "meter":
            pre = r.choice(["", "", "E", "K", "M"])
            n = rand_digits(r, r.choice([8, 9]), False)
            b.say("agent", Q_HELDOUT25["account"][1])
            spoken = (self.letter(pre) + ", " if pre else "") + f"{self.say(n[:4])}, {self.say(n[4:])}"
            b.say("customer", r.choice(["I'm standing at the meter now... it's ", "Okay, on the bill it says ",
                                        "It's "]), ("pii", "account", spoken), ".")
            if r.random() < 0.5:
                b.say("agent", "Meter ", ("pii", "account", pre + n), ", got it.")
        elif mode == "autopay":
            rt = r.choice(self.ROUTING)
            acct = rand_digits(r, r.choice([9, 10, 12]), False)
            b.say("agent", "For the autopay, what's the routing number on your checks?")
            b.say("customer", "Routing is ", self.say(rt[:5]), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", self.say(rt[5:]), ".")
            b.say("agent", Q_HELDOUT25["account"][2])
            half = len(acct) // 2
            b.say("customer", self.pre(), ("pii", "account", self.say(acct[:half])), r.choice(["... ", ", "]),
                  ("pii", "account", self.say(acct[half:])), ".")
            if r.random() < 0.6:
                k = r.randrange(len(acct))
                bad = acct[:k] + str((int(acct[k]) + 1) % 10) + acct[k + 1:]
                b.say("agent", "Let me read it back, ", ("pii", "account", self.words(bad)), "?")
                b.say("customer", "No, it's ", ("pii", "account", self.words(acct)), ".")
        elif mode == "loan-app":
            code = self.app_id()
            b.say("customer", "The lender emailed me an application number, do you need that?")
            b.say("agent", "Yes please, that'll help me find it.")
            said = ", ".join([self.letter(code[0]), self.letter(code[1])]) + ", " + self.say(code[2:5]) + " " + \
                self.say(code[5:])
            b.say("customer", self.pre(), ("pii", "account", said), ".")
            if r.random() < 0.5:
                b.say("agent", ("pii", "account", code), ", there it is, it's still in underwriting.")
        elif mode == "project":
            n = rand_digits(r, 6, False)
            b.say("agent", Q_HELDOUT25["account"][3])
            b.say("customer", self.pre(), ("pii", "account", f"A S {self.say(n[:3])} {self.say(n[3:])}"),
                  r.choice([".", ", I think."]))
        else:
            code = rand_digits(r, 6, False)
            b.say("customer", "I can't get into the ", ("keep", "lexicon", "SunLedger"),
                  " app, it keeps asking for a code.")
            b.say("agent", "I just sent you a new one. Can you read it to me?")
            b.say("customer", r.choice(["It's ", "Okay, "]),
                  ("pii", "account", r.choice([f"{self.words(code[:3])}... {self.words(code[3:])}", code,
                                               self.say(code)])), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '31')}{rand_digits(r, 4, False)}"
        mode = r.choice(["loan", "loan", "coapp", "last4", "dash", "why"])
        if mode == "loan":
            b.say("agent", Q_HELDOUT25["ssn"][0])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, so ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), ".")
        elif mode == "coapp":
            first, _ = self.sc.name()
            b.say("agent", Q_HELDOUT25["ssn"][2])
            b.say("customer", "Hold on, let me ask ", ("pii", "person", first), r.choice([
                ". Okay, it's ", "... Honey, what's your social? ... Okay, "]),
                ("pii", "ssn", " ".join([self.say(s[:3]), self.say(s[3:5]), self.say(s[5:])])), ".")
        elif mode == "last4":
            b.say("agent", Q_HELDOUT25["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you. That's a soft pull, it won't affect "
                                                                   "your score.")
        elif mode == "dash":
            b.say("agent", Q_HELDOUT25["ssn"][0])
            b.say("customer", "Okay. ", ("pii", "ssn", f"{s[:3]} dash {s[3:5]} dash {self.say(s[5:])}"), ".")
        else:
            b.say("agent", Q_HELDOUT25["ssn"][0])
            b.say("customer", "It's a lease, not a loan, why do you need my social?")
            b.say("agent", "The lease still has a credit check, it's a six fifty minimum score.")
            b.say("customer", "Fine. ", ("pii", "ssn", ", ".join([self.say(s[:3]), self.say(s[3:5]),
                                                                  self.say(s[5:])])), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.split()[-1].lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["signing", "spelled", "digits", "missing-letter", "work", "underscore"])
        if mode == "missing-letter" and len(l) < 4:
            mode = "digits"
        if mode == "signing":
            b.say("customer", "I never got the documents to sign. They might have gone to ",
                  ("pii", "email", f"{f}{l[0]} at {dom}"), ", I don't check that one.")
            b.say("agent", Q_HELDOUT25["email"][0])
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
            return
        if mode == "work":
            b.say("customer", "Send the tax-credit paperwork to my work email, it's ",
                  ("pii", "email", f"{f[0]}{l} at {l[:5]}{r.choice(['roofing', 'dental', 'realty', 'farms'])} dot com"),
                  ".")
            return
        self.sc.ask(b, "email")
        if mode == "spelled":
            local = (f[0] + l)[:8]
            said = " ".join(f"{c} as in {self.AS_IN[c]}" if k in (0, 2) else c for k, c in enumerate(local.upper()))
            b.say("customer", self.pre(), ("pii", "email", f"{said}, at {dom}"), ".")
        elif mode == "digits":
            n = rand_digits(r, r.choice([2, 4]), False)
            b.say("customer", self.pre(), ("pii", "email", f"{f}{l} {self.say(n)} at {dom}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Let me confirm, ", ("pii", "email", f"{f}{l}{n}@{written}"), "?")
                b.say("customer", "Yep.")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{f} underscore {l} at {dom}"), ".")
        else:  # a written read-back missing a letter, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f}.{l}@{written}"), ".")
            k = r.randrange(1, len(l) - 1)
            b.say("agent", "I have ", ("pii", "email", f"{f}.{l[:k] + l[k + 1:]}@{written}"), ".")
            b.say("customer", "There's a letter missing. ", ("pii", "person", spell(l, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["crew", "agent", "spell", "title", "buyer", "hoa", "referral", "last-first"])
        if mode == "crew":
            c = self.crew()
            b.say("customer", r.choice(["The guy who came out for the survey, ", "Your crew lead, "]),
                  ("pii", "person", c), r.choice([", said the main panel needs an upgrade.",
                                                  ", left a hole in the attic insulation.",
                                                  ", was great, he explained everything."]))
            if r.random() < 0.5:
                b.say("agent", "Thanks, I'll pass that along to ", ("pii", "person", c), "'s supervisor.")
        elif mode == "agent":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.CO), ", this is ",
                  ("pii", "person", first), ". How can I help?")
        elif mode == "spell":
            self.sc.ask(b, "person")
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            said = (" ".join(f"{c} as in {self.AS_IN[c]}" if k in (0, 3) and c in self.AS_IN else c
                             for k, c in enumerate(letters))
                    if r.random() < 0.4 else spell(last, r))
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "title":
            b.say("agent", Q_HELDOUT25["person"][2])
            b.say("customer", "Both of us, me and my ", r.choice(["wife", "husband", "partner"]), ". ",
                  ("pii", "person", f"{first} {last}"), " and ", ("pii", "person", f"{first2} {last}"), ".")
        elif mode == "buyer":
            b.say("customer", "We're selling the house and the buyer is taking over the lease. Her name is ",
                  ("pii", "person", f"{first2} {last2}"), ".")
            b.say("agent", "Okay, I'll start the transfer. Does ", ("pii", "person", first2),
                  " have a good email for the credit application?")
        elif mode == "hoa":
            b.say("customer", "The HOA needs a drawing before they'll approve it. The manager is ",
                  ("pii", "person", f"{first2} {last2}"), r.choice([", she said to email her directly.",
                                                                    ", and the board meets on the third Thursday."]))
        elif mode == "referral":
            b.say("customer", "My neighbor ", ("pii", "person", f"{first2} {last2}"), " signed up because of me, "
                  "and I never got the referral reward.")
            b.say("agent", "Let me look. I see ", ("pii", "person", f"{first2} {last2}"),
                  "'s system was installed last month, so the reward should go out after it's turned on.")
        else:
            self.sc.ask(b, "person")
            b.say("customer", "The account's under ", ("pii", "person", f"{last}, {first}"),
                  r.choice([".", ", last name first."]))

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(101, 24999))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["install", "lot", "rural", "moving", "zip-readback", "plain"])
        if mode == "install":
            b.say("agent", Q_HELDOUT25["address"][1])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}"),
                  r.choice([". The roof faces south, if that helps.", "."]))
        elif mode == "lot":
            b.say("customer", "It's new construction so it doesn't show up on maps yet. It's ",
                  ("pii", "address", f"lot {r.randint(12, 240)}, {st}, in {city}"), ".")
        elif mode == "rural":
            b.say("agent", Q_HELDOUT25["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} County Road {r.randint(2, 480)}, {city}"),
                  ", the panels would go on the barn, not the house.")
        elif mode == "moving":
            b.say("agent", Q_HELDOUT25["address"][2])
            b.say("customer", "We're moving in with my daughter, so ",
                  ("pii", "address", f"{house} {st}, {city}, {state} {z}"), ".")
        elif mode == "zip-readback":
            b.say("agent", Q_HELDOUT25["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {self.say(z)}"), ".")
            if r.random() < 0.6:
                b.say("agent", "And the zip is ", ("pii", "address", self.words(z)), "?")
                b.say("customer", "Right.")
        else:
            b.say("agent", Q_HELDOUT25["address"][1])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}"), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1941, 1999)
        mode = r.choice(["loan", "loan", "coapp", "numeric", "slash"])
        if mode == "loan":
            b.say("agent", Q_HELDOUT25["dob"][0])
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year_words(y)}"),
                  ".")
        elif mode == "coapp":
            b.say("agent", Q_HELDOUT25["dob"][2])
            b.say("customer", r.choice(["His is ", "Hers is ", "Theirs is "]),
                  ("pii", "dob", f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {year_words(y)}"), ".")
        elif mode == "numeric":
            b.say("agent", Q_HELDOUT25["dob"][1])
            b.say("customer", self.pre(), ("pii", "dob", f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, "
                                                         f"{year_words(y)}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, ", ("pii", "dob", f"{MONTHS[m - 1]} {day}, {y}"), ".")
        else:
            b.say("agent", Q_HELDOUT25["dob"][0])
            b.say("customer", self.pre(), ("pii", "dob", f"{m}/{day}/{y}"), ".")

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("agent", ["The design came out to eight point four kilowatts, that's twenty one panels on the south and "
                       "west faces."]),
            ("agent", ["It should produce about eleven thousand two hundred kilowatt hours a year."]),
            ("customer", ["My bill was two hundred and eighty seven dollars in August, that's why I called."]),
            ("agent", ["The loan is twenty five years at three point nine nine percent, about a hundred and sixty "
                       "two a month."]),
            ("agent", ["The lease payment starts at a hundred and eighteen forty and goes up two point nine percent a "
                       "year."]),
            ("customer", ["We make about ninety five thousand a year combined, is that enough?"]),
            ("agent", ["The federal tax credit is thirty percent of the system cost, that's on form fifty six "
                       "ninety five."]),
            ("agent", ["Our contractor license number is on the contract, C dash forty six, number eight one two "
                       "two oh four."]),
            ("agent", ["The city permit came back, permit twenty four dash oh three one seven, it's approved."]),
            ("agent", ["The install is on the fourteenth, the crew gets there between seven and eight."]),
            ("customer", ["The app says it made thirty two point six kilowatt hours yesterday and nine today."]),
            ("agent", ["The inverters are the I Q eight M model, and the battery is thirteen point five kilowatt "
                       "hours."]),
            ("agent", [f"If the system ever goes down, call us at {self.CO_LINE}, option two."]),
            ("agent", ["With ", ("keep", "lexicon", "PowerPromise"), " we guarantee ninety five percent of the "
                       "estimate, and we pay you the difference each year."]),
            ("customer", ["The salesman gave me the code ", ("keep", "lexicon", "BRIGHTDAY"), " for two hundred off."]),
            ("agent", ["The utility's net metering credit is about eleven cents a kilowatt hour."]),
            ("customer", ["The roof is about twelve years old, it's asphalt shingles, one layer."]),
            ("agent", ["The main panel is a hundred amps, so we'd need an upgrade to two hundred."]),
            ("agent", ["The referral reward is five hundred dollars once the system is turned on."]),
            ("customer", ["It's been forty three days since the install and it still isn't turned on."]),
        ])
        b.say(speaker, *parts)


def heldout25_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 12 (every thirteenth, a stride no other split used; bill, credit
    score, application-status, interest, income, tax, direct-deposit intents, and phone-line talk:
    "repeat that", "slow down", yes, no, thanks) and Bitext's 27k sample at offset 10 (every sixteenth, a stride no
    other split used; payment, invoice, account, password, complaint and agent-request intents, no typo or
    offensive lines, no "u"/"ur"), dropping lines about orders, shipping, deliveries, flights, restaurants, pets,
    cars, rent, credit cards, the assistant or a named place, and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][12::13] if i in _CLINC_HELDOUT25]
    bitext = bitext_lines(data, 10, 16, _BITEXT_HELDOUT25)
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT25.search(t)]
    return AGENT_HELDOUT25, cust


_CLINC_HELDOUT25 = {"pay_bill", "bill_due", "bill_balance", "credit_score", "improve_credit_score",
                    "application_status", "interest_rate", "apr", "income", "taxes", "direct_deposit",
                    "repeat", "change_speed", "yes", "no", "maybe", "thank_you", "goodbye", "greeting"}
_BITEXT_HELDOUT25 = {"payment_issue", "check_payment_methods", "check_invoice", "get_invoice", "edit_account",
                     "recover_password", "registration_problems", "complaint", "contact_human_agent",
                     "contact_customer_service", "check_cancellation_fee"}
_OFF_HELDOUT25 = re.compile(r"\b(orders?|purchases?|shipping|deliver(y|ies)|products?|items?|flights?|restaurants?|"
                            r"pets?|dogs?|cars?|vacation|ai|bot|robot|alexa|siri|google|amazon|visa|mastercard|"
                            r"newsletter|reservation|rent|american express|amex|ally|credit cards?)\b", re.I)


class Heldout21:
    """Held-out 21's readings (only drawn for that split), as members, caregivers and a mail-order pharmacy's agents
    say them: a caregiver's own cell beside the parent's name, the prescriber's office and fax numbers (with an
    extension), the pharmacy's own line (not PII) before the caller's, a number broken off and finished later, a
    number on file checked by its last four and replaced, a read-back with the last group wrong corrected; copay and
    auto-refill cards group by group echoed, an HSA card, an expired card on file by its last four and the new one
    over two turns (its expiry not PII), Amex 4-6-5 with the last five read back; member IDs with letters (NATO or
    "as in") read back written, beside the plan's public group number, BIN and PCN (not PII), prescription numbers
    off the label with the fill number, order numbers over two turns read back with a digit wrong, prior-auth case
    numbers "P A ...", tracking numbers, Medicare numbers (all ``account``); SSNs for a maker's assistance program over
    two turns read back written, last fours, a parent's last four said by a caregiver; e-mails for shipping notices;
    patients, caregivers calling for a parent, prescribers "Dr. <Last>", pharmacists and agents by first name, "last
    name, first name", spelled surnames; shipping addresses (a P O box refused for a refrigerated order, a daughter's
    house, a winter address, an apartment with the zip asked separately, a zip read back wrong); dates of birth in
    five forms, a parent's, one beside a fill date (not PII); and pharmacy numbers that are not PII (dosages,
    quantities, days' supply, refills left, copays and deductibles, NDC codes, group numbers, BIN, the pharmacy's own
    line, ship dates and delivery windows, temperatures, the promo code)."""

    AS_IN = {"A": "apple", "B": "boy", "C": "Charlie", "D": "dog", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Harry", "J": "John", "K": "king", "L": "Lincoln", "M": "Mary", "N": "Nancy", "P": "Paul",
             "R": "Robert", "S": "Sam", "T": "Tom", "U": "uncle", "W": "Walter", "X": "x-ray", "Z": "zebra",
             "I": "Ida", "O": "ocean", "Q": "queen", "V": "Victor", "Y": "yellow"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "W": "Whiskey", "X": "X-ray", "Z": "Zulu",
            "I": "India", "O": "Oscar", "Q": "Quebec", "V": "Victor", "Y": "Yankee"}
    FIRM = "Brennick Rx Direct"
    FIRM_LINE = "one eight hundred, five five five, oh one four two"  # the pharmacy's own line: not PII
    GROUPS = ["R X four four one nine", "group oh oh seven two one", "W M T two two zero", "seven six oh oh four"]
    STREETS = ["Juniper", "Old Mill", "Sycamore", "Red Fox", "Pinecrest", "Hollyhock", "Saddlebrook", "Tamarack",
               "Orchard View", "Bluebonnet", "Kestrel", "Marsh Hawk", "Cottonwood", "Gray Birch"]
    KINDS = [" Road", " Street", " Drive", " Lane", " Court", " Terrace", " Loop", " Place", " Boulevard"]
    CITIES = [("Mesa", "Arizona", "852"), ("Lakeland", "Florida", "338"), ("Dubuque", "Iowa", "520"),
              ("Sun City", "Arizona", "853"), ("Macon", "Georgia", "312"), ("Green Bay", "Wisconsin", "543"),
              ("Abilene", "Texas", "796"), ("Ocala", "Florida", "344"), ("Bangor", "Maine", "044"),
              ("Spokane", "Washington", "992"), ("Lancaster", "Pennsylvania", "176"), ("Toledo", "Ohio", "436")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "aol dot com", "hotmail dot com", "att dot net",
               "comcast dot net", "bellsouth dot net", "icloud dot com", "outlook dot com"]
    OFFICES = ["Lakeside Internal Medicine", "Northgate Cardiology", "the family practice on Route nine",
               "Riverview Endocrinology", "the V A clinic", "Pine Ridge Primary Care"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: digits, pairs, or digit by digit with "oh", "double" and "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads a number off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 9)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        return self.r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"])

    @staticmethod
    def year(y: int) -> str:
        return "two thousand" if y == 2000 else f"two thousand {UNITS[y % 10]}" if 2000 < y < 2010 else year_words(y)

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        mode = r.choice(["caregiver", "prescriber", "firm-line", "broken", "on-file", "last-wrong", "asked"])
        full = f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"
        if mode == "caregiver":
            first, last = self.sc.name()
            pfirst, _ = self.sc.name()
            rel = r.choice(["my mother", "my dad", "my mom", "my father-in-law"])
            b.say("customer", f"Hi, I'm calling for {rel}, ", ("pii", "person", pfirst), r.choice([
                ". I'm her daughter, ", ". I take care of the medications, my name is "]),
                ("pii", "person", f"{first} {last}"), ". Can you put my cell on there? It's ", ("pii", "phone", full),
                ".")
            b.say("agent", "I can add you as a caregiver contact once I verify the patient.")
            return
        if mode == "prescriber":
            _, dlast = self.sc.name()
            office = r.choice(self.OFFICES)
            b.say("agent", "We need a new prescription from the doctor. Who's the prescriber?")
            b.say("customer", "Dr. ", ("pii", "person", dlast), f", at {office}. Their number is ",
                  ("pii", "phone", full), r.choice([".", f", extension {self.words(rand_digits(r, 3))}."]))
            if r.random() < 0.6:
                f = self.phone_groups()
                b.say("agent", "Do you happen to have the fax number? It's faster for the refill request.")
                b.say("customer", "The fax is ", ("pii", "phone", f"{self.say(f[0])} {self.say(f[1])} "
                                                                    f"{self.say(f[2])}"), ".")
            return
        if mode == "firm-line":
            b.say("agent", f"If we get cut off, you can call us back at {self.FIRM_LINE}. "
                           "And what's the best number for you?")
            b.say("customer", r.choice(["Okay, mine is ", "It's "]), ("pii", "phone", full), ".")
            return
        if mode == "on-file":
            b.say("agent", "I have a home phone ending in ", ("pii", "phone", self.words(rand_digits(r, 4, False))),
                  ". Is that still good?")
            b.say("customer", r.choice(["No, we got rid of the landline. Use the cell, ",
                                        "No, text me instead, the cell is "]),
                  ("pii", "phone", full if r.random() < 0.7 else f"{g[0]}-{g[1]}-{g[2]}"), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "asked":
            b.say("customer", self.pre(), ("pii", "phone", full), r.choice([".", ", that's the cell.",
                                                                             ", it takes texts."]))
        elif mode == "broken":
            b.say("customer", self.pre(), ("pii", "phone", self.say(g[0])), ", ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... oh shoot, I just dropped the pill bottle, hang on.",
                            "... sorry, the dog's going crazy, someone's at the door.",
                            "... hold on, my husband is asking what the copay is."]))
            b.say("agent", r.choice(["No problem, take your time.", "Sure, I have the first six digits."]))
            b.say("customer", r.choice(["Okay, sorry. Then ", "Okay, where was I. ", "The last part is "]),
                  ("pii", "phone", self.say(g[2])), ".")
        else:  # the last group read back wrong and corrected
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            bad = self.wrong(g[2])
            b.say("agent", "Let me read that back, ", ("pii", "phone", f"{g[0]}-{g[1]}-{bad}"), "?")
            if r.random() < 0.5:
                b.say("customer", "No, the end is ", ("pii", "phone", self.words(g[2])), ", not ",
                      ("pii", "phone", self.words(bad)), ".")
            else:
                b.say("customer", "No, the last four are ", ("pii", "phone", self.words(g[2])), ".")
            b.say("agent", "Sorry about that, it's corrected.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["grouped", "hsa", "expired", "amex", "two-turns"])
        p = r.choice(["4", "4", "51", "55", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "expired":
            b.say("agent", "The auto-refill didn't go through, the card ending in ",
                  ("pii", "card", self.words(rand_digits(r, 4, False))), " came back expired.")
            b.say("customer", r.choice(["Oh, they sent me a new one. It's ", "Right, I have the new card here, "]),
                  ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"),
                  r.choice([", and it expires oh nine twenty eight.", ".", ", expiration eleven thirty."]))
            return
        if mode == "hsa":
            b.say("customer", "I want to use my ", ("keep", "payment", r.choice(["HealthEquity", "HSA Bank"])),
                  " card for this one, the health savings card. ", ("pii", "card", ", ".join(self.say(x) for x in gs)),
                  ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, the card ending ", ("pii", "card", self.words(gs[3])),
                      " is on file for this order.")
            return
        if mode == "amex":
            cc = luhn_complete("37" + rand_digits(r, 12, False))
            self.sc.ask(b, "card")
            b.say("customer", "It's an ", ("keep", "payment", "Amex"), ". ",
                  ("pii", "card", f"{self.say(cc[:4])}, {self.say(cc[4:10])}, {self.say(cc[10:])}"), ".")
            b.say("agent", "And that ends ", ("pii", "card", self.words(cc[10:])), "?")
            b.say("customer", "Yes.")
            return
        self.sc.ask(b, "card")
        if mode == "grouped":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "And ", "Okay, "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        else:  # eight and eight, the third group read back wrong
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"), ".")
            if r.random() < 0.6:
                bad = self.wrong(gs[2])
                b.say("agent", "So the third group is ", ("pii", "card", bad), "?")
                b.say("customer", "No, ", ("pii", "card", self.words(gs[2])), ".")

    def member_id(self) -> tuple[str, str]:
        """A member ID on the benefit card: three letters and nine digits."""
        r = self.r
        return "".join(r.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)), rand_digits(r, 9, False)

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["member", "member", "rx", "rx", "order", "pa", "tracking", "medicare"])
        if mode == "member":
            pfx, n = self.member_id()
            b.say("agent", Q_HELDOUT21["account"][0])
            said = r.choice([f"{', '.join(self.letter(c) for c in pfx)}, {self.say(n[:3])}, {self.say(n[3:6])}, "
                             f"{self.say(n[6:])}", f"{' '.join(pfx)} {self.words(n)}", f"{pfx}{n}"])
            b.say("customer", self.pre(), ("pii", "account", said), ".")
            if r.random() < 0.5:
                b.say("customer", "And the group number is ", r.choice(self.GROUPS), ", if you need that.")
            if r.random() < 0.5:
                b.say("agent", "Thank you, I have ", ("pii", "account", f"{pfx}{n}"), ". The B I N on the back is "
                               "oh oh four three three six?")
                b.say("customer", "Yeah, that's what it says.")
        elif mode == "rx":
            n = rand_digits(r, 7, False)
            b.say("agent", Q_HELDOUT21["account"][1])
            fill = r.choice(["", " dash oh one", " dash oh three"])
            b.say("customer", r.choice(["It's the number at the top, ", "The R X number is ", "Okay, "]),
                  ("pii", "account", r.choice([f"{self.say(n[:3])} {self.say(n[3:])}", self.words(n), n])),
                  fill, r.choice([", for the ninety day supply.", ".", ", the one with three refills left."]))
            if r.random() < 0.5:
                b.say("agent", "Okay, prescription ", ("pii", "account", f"{n[:3]}-{n[3:]}"), ", the ",
                      ("keep", "drug", r.choice(HELDOUT21_BRANDS["drug"])), " twenty milligram.")
        elif mode == "order":
            n = rand_digits(r, 10, False)
            b.say("agent", Q_HELDOUT21["account"][2])
            b.say("customer", self.pre(), ("pii", "account", self.say(n[:5])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(n[5:])), ".")
            if r.random() < 0.6:
                bad = n[:5] + self.wrong(n[5:])
                b.say("agent", "So that's order ", ("pii", "account", self.words(bad)), "?")
                b.say("customer", "No, it ends ", ("pii", "account", self.words(n[5:])), ".")
        elif mode == "pa":
            n = rand_digits(r, 8, False)
            b.say("customer", r.choice(["The plan gave me a case number for the prior authorization. ",
                                        "The doctor's office said the prior auth number is "]),
                  ("pii", "account", r.choice([f"P A {self.say(n[:4])} {self.say(n[4:])}",
                                               f"{self.letter('P')}, {self.letter('A')}, {self.words(n)}"])), ".")
            b.say("agent", "Let me look that up with ", ("keep", "insurer", r.choice(HELDOUT21_BRANDS["insurer"][:6])),
                  ".")
        elif mode == "tracking":
            n = rand_digits(r, 12, False)
            b.say("customer", "The tracking number in the email is ", ("pii", "account",
                                                                       " ".join(self.say(n[i:i + 4])
                                                                                for i in range(0, 12, 4))),
                  ", and it hasn't moved in three days.")
            b.say("agent", "I see it with ", ("keep", "carrier", r.choice(["UPS", "FedEx"])),
                  ", it was scanned in the hub on Tuesday.")
        else:  # a Medicare number: eleven characters, letters and digits
            mbi = (str(r.randint(1, 9)) + r.choice("ACDEFGHJKMNPQRTUVWXY") + r.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
                   + str(r.randint(0, 9)) + r.choice("ACDEFGHJKMNPQRTUVWXY") + r.choice("ACDEFGHJKMNPQRTUVWXY0123")
                   + str(r.randint(0, 9)) + r.choice("ACDEFGHJKMNPQRTUVWXY") + r.choice("ACDEFGHJKMNPQRTUVWXY")
                   + str(r.randint(0, 9)) + str(r.randint(0, 9)))
            b.say("agent", "And the Medicare number from the red, white and blue card?")
            said = ", ".join(self.letter(c) if c.isalpha() else UNITS[int(c)] for c in mbi)
            b.say("customer", r.choice(["Hang on, it's long. ", "Okay, "]), ("pii", "account", said), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, I have ", ("pii", "account", mbi), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '41')}{rand_digits(r, 4, False)}"
        mode = r.choice(["assistance", "last4", "last4", "parent", "why"])
        if mode == "assistance":
            b.say("agent", Q_HELDOUT21["ssn"][0])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
                b.say("customer", "That's right.")
        elif mode == "last4":
            b.say("agent", Q_HELDOUT21["ssn"][2])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you.")
        elif mode == "parent":
            pfirst, _ = self.sc.name()
            b.say("agent", Q_HELDOUT21["ssn"][1])
            b.say("customer", r.choice(["Hold on, I have Mom's card here. ", "It's my dad's, let me look. "]),
                  ("pii", "ssn", self.say(s[5:])), ".")
            b.say("agent", "Thank you. And I'll note that ", ("pii", "person", pfirst),
                  " gave permission to speak with you?")
            b.say("customer", "Yes, she's right here.")
        else:
            b.say("agent", Q_HELDOUT21["ssn"][0])
            b.say("customer", "Why does a pharmacy need my social?")
            b.say("agent", "It's for ", ("keep", "maker", r.choice(["Pfizer", "Novo Nordisk", "Eli Lilly", "AbbVie"])),
                  "'s patient assistance application, they check income with it.")
            b.say("customer", "Oh, okay. ", ("pii", "ssn", r.choice([f"{s[:3]} dash {s[3:5]} dash {s[5:]}",
                                                                     " ".join([self.say(s[:3]), self.say(s[3:5]),
                                                                               self.say(s[5:])])])), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["dot", "year", "as-in", "underscore", "misread", "caregiver"])
        if mode == "misread" and len(l) < 4:
            mode = "dot"
        if mode == "caregiver":
            b.say("customer", "Send the shipping emails to me, not my mother, she doesn't check hers. It's ",
                  ("pii", "email", f"{f} {l} at {dom}"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "dot":
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
        elif mode == "year":
            n = r.randint(1940, 1975)
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]} {l} {year_words(n)} at {dom}"), ".")
            b.say("agent", "So ", ("pii", "email", f"{f[0]}{l}{n}@{written}"), "?")
            b.say("customer", "Yes.")
        elif mode == "as-in":
            local = l[:7]
            letters = [f"{c} as in {self.AS_IN[c]}" if k in (0, 3) else c for k, c in enumerate(local.upper())]
            b.say("customer", self.pre(), ("pii", "email", f"{', '.join(letters)}, at {dom}"), ".")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{f} underscore {l} at {dom}"), ".")
        else:  # a written read-back with a letter wrong, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f[0]}{l} at {dom}"), ".")
            k = r.randrange(1, len(l) - 1)
            swapped = l[:k] + l[k + 1] + l[k] + l[k + 2:] if l[k] != l[k + 1] else l[:k] + l[k + 1:]
            b.say("agent", "I have ", ("pii", "email", f"{f[0]}{swapped}@{written}"), ".")
            b.say("customer", "No, it's my last name, ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["patient", "spell", "caregiver", "prescriber", "pharmacist", "agent", "last-first"])
        if mode == "patient":
            b.say("agent", Q_HELDOUT21["person"][0])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Thank you, ", ("pii", "person", first), ". I see two prescriptions ready to refill.")
        elif mode == "spell":
            b.say("agent", Q_HELDOUT21["person"][1])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            said = (", ".join(f"{c} as in {self.AS_IN[c]}" if k == 0 else c for k, c in enumerate(letters))
                    if r.random() < 0.4 else spell(last, r))
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "caregiver":
            b.say("customer", r.choice(["I'm calling for my mother, ", "This is about my father's pills, ",
                                        "I help my aunt with her medications, "]),
                  ("pii", "person", f"{first} {last}"), r.choice([". My name is ", ". I'm family, I'm "]),
                  ("pii", "person", first2), ".")
            b.say("agent", "Okay. Is she available to give permission for me to speak with you?")
        elif mode == "prescriber":
            b.say("agent", Q_HELDOUT21["person"][2])
            b.say("customer", r.choice(["It's Dr. ", "Doctor ", "Her name is Dr. "]),
                  ("pii", "person", last if r.random() < 0.5 else f"{first} {last}"),
                  r.choice([", the cardiologist.", ", over at the clinic.", ". She just started me on it."]))
        elif mode == "pharmacist":
            b.say("customer", r.choice(["Last week I talked to a pharmacist named ", "The pharmacist, "]),
                  ("pii", "person", first), r.choice([", and she said it would ship Monday.",
                                                      ", he was going to call the doctor."]))
        elif mode == "agent":
            b.say("agent", "Thanks for calling ", ("keep", "lexicon", self.FIRM), ", my name is ",
                  ("pii", "person", first), ". Can I start with the member's date of birth?")
        else:
            self.sc.ask(b, "person")
            b.say("customer", "It'd be under ", ("pii", "person", f"{last}, {first}"),
                  r.choice([", I'm the cardholder.", ".", ", and my wife is on the plan too."]))

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(12, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["shipping", "po-refused", "daughter", "winter", "apartment", "zip-wrong"])
        if mode == "shipping":
            b.say("agent", Q_HELDOUT21["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        elif mode == "po-refused":
            box = rand_digits(r, r.choice([3, 4]), False)
            b.say("customer", "Can you send it to my P O box? ", ("pii", "address", f"P O Box {self.say(box)}"),
                  f", {city}.")
            b.say("agent", "I'm sorry, the insulin ships refrigerated, so it has to go to a street address.")
            b.say("customer", "Okay, then the house, ", ("pii", "address", f"{house} {st}"), ".")
        elif mode == "daughter":
            b.say("customer", "I'm staying with my daughter after the surgery, so ship it to her place, ",
                  ("pii", "address", f"{house} {st}, {city}, {state}"), ".")
            b.say("agent", "And the zip code there?")
            b.say("customer", ("pii", "address", self.say(z)), ".")
        elif mode == "winter":
            b.say("customer", "We go south for the winter, so from November it should go to ",
                  ("pii", "address", f"{house} {st}, lot {r.randint(2, 190)}, {city}, {state}"), ".")
            b.say("agent", "Okay, I'll set that as a seasonal address starting November first.")
        elif mode == "apartment":
            b.say("agent", Q_HELDOUT21["address"][1])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, apartment {r.randint(1, 40)}"
                                                              f"{r.choice(['', 'B', 'D'])}"), ".")
            b.say("agent", "And the city and zip?")
            b.say("customer", ("pii", "address", f"{city}, {self.say(z)}"), ".")
        else:
            b.say("agent", Q_HELDOUT21["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {self.say(z)}"), ".")
            bad = z[:3] + z[4] + z[3] if z[3] != z[4] else self.wrong(z)
            b.say("agent", "I have the zip as ", ("pii", "address", bad), ".")
            b.say("customer", "No, ", ("pii", "address", self.words(z)), ". That's probably why it went missing.")

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1930, 2004)
        mode = r.choice(["words", "numeric", "parent", "fill-date", "short-year"])
        if mode == "parent":
            pfirst, _ = self.sc.name()
            y = r.randint(1928, 1952)
            b.say("agent", Q_HELDOUT21["dob"][0])
            b.say("customer", r.choice(["Mom's is ", "My father's birthday is "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {self.year(y)}"),
                  ". The prescription's in ", ("pii", "person", pfirst), "'s name.")
            return
        if mode == "fill-date":
            b.say("agent", "The last fill was October third for a ninety day supply. Can you verify your date of "
                           "birth?")
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {day}, {self.year(y)}"), ".")
            return
        b.say("agent", r.choice(Q_HELDOUT21["dob"][1:]))
        if mode == "words":
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {self.year(y)}"), ".")
        elif mode == "numeric":
            said = f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, {self.year(y)}"
            b.say("customer", self.pre(), ("pii", "dob", said), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, ", ("pii", "dob", f"{m:02d}/{day:02d}/{y}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "dob", f"{m}/{day}/{str(y)[2:]}"), ".")

    def distractor(self, b: Builder) -> None:
        r = self.r
        drug = r.choice(HELDOUT21_BRANDS["drug"])
        gen = r.choice(HELDOUT21_BRANDS["generic"])
        speaker, parts = r.choice([
            ("agent", ["That's ", ("keep", "generic", gen), " five hundred milligrams, one hundred and eighty "
                                                            "tablets, a ninety day supply."]),
            ("agent", ["You have three refills left on the ", ("keep", "drug", drug), ", and it's good until March "
                                                                                      "twenty eighth."]),
            ("agent", ["Your copay for the ninety day supply is forty five dollars, and you've met two hundred of the "
                       "four hundred and eighty dollar deductible."]),
            ("customer", ["I take two of the ten milligram in the morning and one at night."]),
            ("agent", ["The N D C on that is zero zero zero zero six, oh seven four nine, five four."]),
            ("customer", ["The group number on the card is ", r.choice(self.GROUPS), ", if that helps."]),
            ("agent", ["The B I N is oh oh four three three six and the P C N is A D V."]),
            ("agent", ["It'll ship in two to four business days, and refrigerated orders go out Monday through "
                       "Wednesday."]),
            ("agent", [f"If you have questions about the order, the number is {self.FIRM_LINE}, option three."]),
            ("customer", ["The box said keep it between thirty six and forty six degrees."]),
            ("agent", ["The pens are point five milligrams, four pens a box, so three boxes for the ninety days."]),
            ("customer", ["Last time it was twelve dollars and now it says ninety eight forty."]),
            ("agent", ["The order was placed on the fourteenth and it shipped on the sixteenth."]),
            ("agent", ["The plan covers it at tier two, so it's twenty percent after the deductible."]),
            ("customer", ["I use about a hundred test strips a month, four times a day."]),
            ("agent", ["It's the ", ("keep", "lexicon", "Ninety Day Savings Drive"), ", so the shipping is free on a "
                                                                                     "three month supply."]),
            ("customer", ["They told me to use the code ", ("keep", "lexicon", "REFILL ninety"), " but it didn't "
                                                                                                "take it."]),
            ("agent", ["You're enrolled in ", ("keep", "lexicon", "RefillRight"), ", so it'll ship again around "
                                                                                 "day seventy five."]),
            ("agent", ["The prior authorization is approved for twelve months, through next November."]),
            ("customer", [("keep", "drug", drug), " is sixty dollars a month for me and the ",
                          ("keep", "generic", gen), " is free."]),
        ])
        b.say(speaker, *parts)


def heldout21_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full train split at offset 3 (every eleventh, which no other split took; order-status, insurance,
    card-declined and expiry intents, and phone-line talk: "repeat that", "slow down", yes, no, thanks) and Bitext 20000 at offset 8 (every ninth, which no other split took; order-tracking,
    shipping-address, delivery, order-change, payment and agent-request intents, the frequent ones thinned as
    ``_BITEXT_HELDOUT21`` says, no typo or offensive lines, no "u"/"ur"), dropping lines that name a bank, a card
    brand or a store, or talk of flights, restaurants, cars, rent, pets, tickets, tuition, utilities, cable, TV or the
    assistant, and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["train"][3::11] if i in _CLINC_HELDOUT21]
    with open(data / "bitext-customer-service-sample" / "Bitext_20000_utterances_sample.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    bitext = [r["utterance"] for k, r in enumerate(rows[8::9])
              if r["intent"] in _BITEXT_HELDOUT21 and k % _BITEXT_HELDOUT21[r["intent"]] == 0
              and not set(r["flags"]) & set("ZW") and not re.search(r"\bu\b|\bur\b", r["utterance"])]
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT21.search(t)]
    return AGENT_HELDOUT21, cust


_CLINC_HELDOUT21 = {"order_status", "insurance", "insurance_change", "card_declined", "expiration_date", "repeat",
                    "change_speed", "yes", "no", "maybe", "thank_you", "goodbye", "greeting", "cancel"}
_BITEXT_HELDOUT21 = {"track_order": 2, "change_shipping_address": 1, "set_up_shipping_address": 1,
                     "delivery_period": 1, "delivery_options": 2, "change_order": 3, "cancel_order": 1,
                     "payment_issue": 10, "check_payment_methods": 1, "contact_human_agent": 3,
                     "edit_account": 1}  # intent: keep one line in this many
_OFF_HELDOUT21 = re.compile(r"\b(amazon|walmart|target|ebay|bank|banking|flights?|restaurants?|cars?|rent|pets?|"
                            r"dogs?|tickets?|newsletters?|events?|hotel|alexa|siri|bot|robot|ai|pounds?|euros?|"
                            r"state farm|geico|progressive|allstate|visa|mastercard|discover|amex|home depot|wal ?mart|albertsons|"
                            r"costco|starbucks|metronorth|tuition|utilities|cable|tv)\b", re.I)


Q_HELDOUT22 = {
    "phone": ["What's the best number to reach you during the day, in case something comes up with your child?",
              "Can I get a cell number for the classroom app notifications?",
              "And a phone number for the emergency card?",
              "What number should the center call if your child gets sick?"],
    "card": ["The registration fee is one fifty. What card would you like to put that on?",
             "I can take the late pickup fee over the phone. What's the card number?",
             "Okay, and which card should the summer camp deposit go on?"],
    "account": ["Can I have your family account number, please?",
                "Do you have the family ID from the parent portal?",
                "And the account number at your bank for the autopay?",
                "What's the case number on your subsidy approval letter?"],
    "ssn": ["For the subsidy paperwork I'll need your social security number.",
            "To verify the account, can you give me the last four of your social?",
            "The county also asks for your child's social security number, if they have one."],
    "email": ["What email should I use for the parent portal log-in?",
              "Where should we email the year-end tuition statement?",
              "And what email do you want the daily reports and photos sent to?"],
    "person": ["Can I get the parent or guardian's name on the account?", "And what's your child's name?",
               "Who would you like to add to the authorized pickup list?", "Who's the emergency contact?"],
    "spell": ["Can you spell the last name for me? It has to match the ID they'll show at pickup.",
              "How do you spell that?", "Sorry, could you spell that for me?"],
    "address": ["What's your home address for the enrollment form?",
                "Where should the after-school van drop her off?", "And the billing address for the card?"],
    "dob": ["Can you verify your date of birth for me?", "And the date of birth of the parent on the account?",
            "What's the date of birth on your photo ID? It has to match for pickup."],
}
CHILD_DOB_HELDOUT22 = ["What's your child's date of birth? That decides which room they start in.",
                       "And the baby's date of birth?"]
AGENT_HELDOUT22 = ["Okay, I've got your family's account pulled up.", "Let me check the waitlist for that center.",
                   "Just so you know, this call may be recorded for quality.",
                   "Bear with me, the portal is a little slow this morning.",
                   "I'll need to verify a couple of things before I can make changes.",
                   "It looks like the autopay draft is scheduled for the first of the month.",
                   "I can see the late pickup fee was added on Tuesday.",
                   "Let me check whether there's an opening in the toddler room.",
                   "I understand, the first week is always hard on the little ones.",
                   "Okay, I've added a note for the center director.",
                   "The immunization form has to be on file before the first day.",
                   "Let me pull up your tuition statement.",
                   "The allergy action plan needs a doctor's signature, and we keep a copy in the classroom.",
                   "I'm sorry about the wait, we get a lot of calls at the start of the school year.",
                   "Okay, the pickup list is updated.",
                   "Anyone on the pickup list has to show a photo ID the first time.",
                   "Let me transfer you to the center after we finish this part.",
                   "Okay, I've reset the portal log-in for you.",
                   "The sibling discount comes off the older child's tuition.",
                   "Let me see what the summer camp schedule looks like this year."]
ACKS_HELDOUT22 = ["Okay.", "Mm-hmm, go ahead.", "Okay, I have that part.", "Got it, and the rest?", "Uh-huh.",
                  "Alright, keep going.", "Okay, I'm with you.", "Yep."]
A_PREFIX_HELDOUT22 = ["Um, it's ", "Okay, it's ", "Yeah, ", "Sorry, hold on, she's pulling on my arm... okay, ",
                      "Sure, it's ", "It should be ", "I think it's ", "Alright, ", "Let me look... it's "]
NAMES_HELDOUT22 = ["Yewande Adeleke", "Thandiwe Khumalo", "Ngozi Eze-Okafor", "Mekdes Tesfaye", "Farhiya Jama",
                   "Anjali Deshpande", "Harpreet Sandhu", "Nguyen Thi Hoa", "Kalani Kahananui", "Mele Fifita",
                   "Oksana Hrytsenko", "Zsofia Balogh", "Tatiana Ciobanu", "Giedre Petrauskaite", "Saule Nurlanovna",
                   "Ayelet Ben-David", "Rana Haddad", "Bushra Qureshi", "Yurac Condori", "Itzel Xochitl Ramirez",
                   "Ximena Coaquira", "Kofi Boateng", "Chidubem Nnaji", "Moana Tuiasosopo", "Ahanu Begay",
                   "Leilani Akana", "Sun-hee Park", "Wei Ling Tan", "Phuong Dinh", "Nilufar Rashidova",
                   "Eirlys Pritchard", "Niamh Ni Bhriain", "Ingrid Solberg",
                   # ordinary names, as most parents have
                   "Jessica Moreno", "Ashley Turner", "Brandon Schultz", "Megan Kowalczyk", "Tyler Grant",
                   "Kayla Robinson", "Andrea Whitfield", "Chris Delgado", "Lauren Fischer",
                   # names that are also words, animals, colors, classrooms or childcare brands
                   "Robin Fox", "Goldie Bloom", "Wren Maddox", "Ruby Castellano", "Ivy Goddard", "Hunter Kinder",
                   "Sunny Primrose", "Honey Adebayo", "Violet Greene", "Jay Bird", "Autumn Brightman",
                   "Skye Learner", "Bear Whitehorse", "Lark Ellison", "Dove Richards", "Amber Tuttle"]
CHILDREN_HELDOUT22 = ["Maya", "Leo", "Ezra", "Nova", "Amara", "Kai", "Zainab", "Mateo", "Elodie", "Jaxon", "Aria",
                      "Theo", "Imani", "Santiago", "Lucia", "Oliver", "Adaeze", "Rowan", "Yusuf", "Hazel",
                      # children named like words, animals, colors or classrooms
                      "Bear", "Wren", "Sunny", "Journey", "Blue", "Robin", "Birdie", "Sage", "Rain", "Honey"]
TEACHERS_HELDOUT22 = ["Miss Tamika", "Miss Lupe", "Ms. Okonkwo", "Mr. Danny", "Miss Bri", "Ms. Halvorsen",
                      "Miss Jolene", "Mr. Anand", "Miss Carmen", "Ms. Whitaker"]
HELDOUT22_BRANDS = {  # a childcare line names other chains and programs (many after people or places), classrooms
    # (after animals, colors or people), curricula, parent apps, tuition and FSA payment services, baby and snack
    # brands, allergy medicines, pediatric hospitals and subsidy programs
    "chain": ["KinderCare", "Bright Horizons", "the Goddard School", "Primrose", "Kiddie Academy", "Tutor Time",
              "The Learning Experience", "Lightbridge Academy", "La Petite Academy", "Childtime", "the YMCA",
              "Boys & Girls Club", "Kumon", "Mathnasium", "Sylvan", "Montessori"],
    "classroom": ["Ladybug room", "Bumblebees", "Owls", "Fox room", "Blue Room", "Red Room", "Sunshine room",
                  "Rainbow room", "Rosa Parks room", "Ruby Bridges room", "Mister Rogers room", "Jane Goodall room",
                  "Robins", "Bear Cubs"],
    "curriculum": ["Creative Curriculum", "HighScope", "Reggio Emilia", "Handwriting Without Tears", "Second Step",
                   "Zoo-phonics", "Frog Street", "Conscious Discipline", "Orton-Gillingham"],
    "app": ["Brightwheel", "Procare", "HiMama", "Tadpoles", "Kangarootime", "Lillio", "Google Classroom",
            "ClassDojo", "Seesaw"],
    "payment": ["Tuition Express", "WEX", "HealthEquity", "Venmo", "Zelle", "PayPal", "Apple Pay", "Visa",
                "Discover"],
    "food": ["Goldfish", "Cheerios", "Annie's", "Gerber", "Enfamil", "Similac", "Happy Baby", "Chobani",
             "Sun Butter"],
    "medicine": ["EpiPen", "Auvi-Q", "Benadryl", "Zyrtec", "Tylenol", "Motrin", "Aquaphor", "Desitin",
                 "Flovent"],
    "health": ["Nemours", "Children's Mercy", "Cincinnati Children's", "Kaiser", "MinuteClinic", "Aetna",
               "Blue Cross"],
    "program": ["Head Start", "Pre-K for All", "CCAP", "WIC", "Dependent Care FSA"],
}
BRAND_LINES_HELDOUT22 = {
    "chain": ["We were at {a} before we moved.", "{a} charged us a two hundred dollar deposit just for the waitlist.",
              "My older one went to {a} and my little one is at {b}.", "Is your place like {a}?",
              "{a} has an opening next month, so I need to know where we are on your list."],
    "chain_": [],
    "classroom": ["She's moving up to the {a} in June.", "Is the {a} still at capacity?",
                  "He cried the whole first week in the {a}.", "The {a} had a lice note go home yesterday."],
    "curriculum": ["Do you use {a} in the pre-K rooms?", "The tour guide said something about {a}.",
                   "His last school did {a} and he loved it.", "Is {a} part of the tuition or extra?"],
    "app": ["I'm not getting the pictures on {a} anymore.", "The {a} app says she was checked out at three.",
            "Do you still use {a} or did you switch to {b}?", "I can't log in to {a} since the update."],
    "payment": ["Can I pay the registration fee with {a}?", "My {a} account reimburses me if I send the receipt.",
                "The autopay went through but {a} says it's pending.", "I sent it through {a} by mistake."],
    "food": ["He's only eating {a} right now, can I send those in?", "Is the snack {a} or the store brand?",
             "She had a reaction to the {a} at lunch.", "Do you provide {a} or do I bring it?"],
    "medicine": ["Her {a} is in the front pocket of the backpack.", "Can the teacher give him {a} if he gets hives?",
                 "The doctor switched him from {a} to {b}.", "Does the {a} have to stay in the office?"],
    "health": ["The allergist at {a} filled out the form.", "We have {a} through my husband's job.",
               "She was at {a} over the weekend with croup."],
    "program": ["Do you take {a} at the Northgate center?", "We just got approved for {a}.",
                "I pay the tuition through my {a} at work."],
}
del BRAND_LINES_HELDOUT22["chain_"]
LEX_LINES_HELDOUT22 = ["The tour guide mentioned {a}, what is that?", "Is {a} something we'd qualify for?",
                       "The flyer in her cubby said something about {a}.", "My sister's kids are in {a}.",
                       "Does {a} cost extra?", "I got an email about {a}, is that still going?"]


class Heldout22:
    """Held-out 22's readings (only drawn for that split), as parents, grandparents and a childcare chain's family
    service agents say them: an authorized pickup person's name and number, an emergency contact's number broken off
    by a crying toddler and finished later, a work number with an extension, the center's own line (not PII) before
    the caller's, a read-back with the last four wrong and corrected, a texts number on file checked by its last four
    and replaced, digits and words mixed; cards for registration fees, late-pickup fees and camp deposits (group by
    group echoed, a saved card by its last four and a new one over two turns, Amex 4-6-5 read back, a group read back
    wrong); family account numbers with letters read back written, an autopay bank account after the bank's public
    routing number (not PII) over two turns read back with a digit wrong, kiosk check-in PINs and pickup passwords,
    subsidy case numbers, waitlist confirmation codes, portal usernames and reset codes, state immunization registry
    IDs (all ``account``); parents' SSNs for the subsidy over two turns read back written, last fours, a child's SSN
    read off the card, the center's EIN (not PII) beside the parent's SSN on a dependent-care statement; e-mails
    (children's names and birth years, "as in", a co-parent's, a work address, a written read-back missing a letter
    answered by spelling); children enrolled, siblings for the discount, authorized pickup persons added and removed,
    teachers by title and first name or surname beside classrooms named after animals, colors or people (kept),
    nicknames, the agent beside the chain's name, "last name, first name", surnames spelled; home addresses with the
    city, state and zip, a van drop-off at a grandparent's, a billing apartment, a zip read back wrong, a move with the
    zip asked separately; children's birthdays (with the age, not PII), a parent's read back written, an infant's
    born "last October", year first; and childcare numbers that are not PII (tuition, fees, ratios, ages in months,
    waitlist positions, hours, the center's license number and EIN, percentages, the promo code)."""

    AS_IN = {"A": "apple", "B": "baby", "C": "cat", "D": "dog", "E": "elephant", "F": "fish", "G": "goat",
             "H": "house", "J": "jelly", "K": "kite", "L": "lion", "M": "monkey", "N": "nest", "P": "pig",
             "R": "rabbit", "S": "snake", "T": "tiger", "U": "umbrella", "W": "whale", "X": "x-ray", "Z": "zebra",
             "I": "ice cream", "O": "octopus", "Q": "queen", "V": "violin", "Y": "yo-yo"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliet", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "W": "Whiskey", "X": "X-ray", "Z": "Zulu",
            "I": "India", "O": "Oscar", "Q": "Quebec", "V": "Victor", "Y": "Yankee"}
    CHAIN = "Tillbrook Early Learning"
    CENTER_LINE = "eight four four, five five five, oh one seven three"  # the chain's family services line: not PII
    EIN = "eight four, dash, three one seven, two two oh six"  # the chain's employer ID number: not PII
    ROUTING = {"Chase": "oh two one, oh oh oh, oh two one", "Wells Fargo": "one two one, oh oh oh, two four eight",
               "Bank of America": "oh two six, oh oh nine, five nine three",
               "Truist": "oh six one, oh oh oh, one oh four",
               "US Bank": "oh nine one, oh oh oh, oh two two"}  # the banks' public routing numbers: not PII
    CENTERS = ["Northgate", "Cedar Hollow", "Riverside Commons", "Maple Ridge", "Harbor Point"]
    STREETS = ["Juniper", "Foxglove", "Sparrow Hill", "Wildflower", "Kestrel", "Briarwood", "Dandelion",
               "Tanglewood", "Orchard Crest", "Willowbrook", "Bluebell", "Honeysuckle", "Fairhaven", "Wexford"]
    KINDS = [" Street", " Avenue", " Drive", " Lane", " Court", " Circle", " Way", " Terrace", " Loop"]
    CITIES = [("Overland Park", "Kansas", "662"), ("Round Rock", "Texas", "786"), ("Chandler", "Arizona", "852"),
              ("Frisco", "Texas", "750"), ("Carmel", "Indiana", "460"), ("Kirkland", "Washington", "980"),
              ("Alpharetta", "Georgia", "300"), ("Lehi", "Utah", "840"), ("Franklin", "Tennessee", "370"),
              ("Mount Pleasant", "South Carolina", "294"), ("Ames", "Iowa", "500"), ("Woodbury", "Minnesota", "551")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "outlook dot com", "icloud dot com", "hotmail dot com",
               "att dot net", "comcast dot net", "me dot com", "live dot com"]

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a parent says it: digits, pairs, or digit by digit with "oh", "double" and "triple"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2] and r.random() < 0.6:
                out.append("triple " + digit_word(g[i], r))
                i += 3
            elif i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.5:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads a number off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 9)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        return self.r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"])

    def child(self) -> str:
        return self.r.choice(CHILDREN_HELDOUT22)

    @staticmethod
    def year(y: int) -> str:
        """A year as said: "nineteen eighty six", "two thousand", "twenty twenty two"."""
        if y == 2000:
            return "two thousand"
        if 2000 < y < 2010:
            return f"two thousand {UNITS[y % 10]}"
        return year_words(y)

    def phone_groups(self) -> list[str]:
        r = self.r
        return [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
                rand_digits(r, 4, False)]

    def phone(self, b: Builder) -> None:
        r = self.r
        g = self.phone_groups()
        mode = r.choice(["pickup", "emergency", "work", "center-line", "last-four-wrong", "texts", "mixed", "asked"])
        full = f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}"
        if mode == "pickup":
            first, last = self.sc.name()
            b.say("agent", Q_HELDOUT22["person"][2])
            rel = r.choice(["My in-law, ", "The kids' grandparent, ", "Our nanny, ", "My neighbor, "])
            b.say("customer", rel, ("pii", "person", f"{first} {last}"),
                  r.choice([". The cell is ", ". The number is ", ". You can reach them at "]), ("pii", "phone", full),
                  ".")
            return
        if mode == "emergency":
            b.say("agent", Q_HELDOUT22["phone"][2])
            b.say("customer", r.choice(["My sister, she lives close. ", "Put my husband's cell. "]),
                  ("pii", "phone", self.say(g[0])), " ", ("pii", "phone", self.say(g[1])),
                  r.choice(["... no, no, put that down, that's not yours. Sorry, the baby's got my keys.",
                            "... sorry, hold on, he's crying, I have to get him out of the car seat.",
                            "... hang on, the school bus is here, one second."]))
            b.say("agent", r.choice(["No problem, take your time.", "That's okay, I have the first six."]))
            b.say("customer", r.choice(["Okay, sorry. Then ", "Where was I... ", "Okay. The last part is "]),
                  ("pii", "phone", self.say(g[2])), ".")
            return
        if mode == "work":
            self.sc.ask(b, "phone")
            ext = rand_digits(r, r.choice([3, 4]), False)
            b.say("customer", r.choice(["I'm at the hospital all day, so the work number is best. ",
                                        "Call me at work, I can't have my phone on the floor. "]),
                  ("pii", "phone", full), r.choice([", extension ", ", then press ", ", ext. "]),
                  ("pii", "phone", self.say(ext)), ".")
            return
        if mode == "center-line":
            b.say("agent", f"If we get cut off, you can call family services back at {self.CENTER_LINE}. "
                           "And what's a good number for you?")
            b.say("customer", r.choice(["Okay, mine is ", "Mine's ", "My cell is "]), ("pii", "phone", full), ".")
            return
        if mode == "texts":
            b.say("agent", "The pickup alerts go to the number ending in ",
                  ("pii", "phone", self.words(rand_digits(r, 4, False))), ". Is that still good?")
            b.say("customer", r.choice(["No, that's my old work phone. Use ",
                                        "No, that was my ex's phone. Use mine, "]),
                  ("pii", "phone", full if r.random() < 0.6 else f"{g[0]}-{g[1]}-{g[2]}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, I've updated it to ", ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}"), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "mixed":
            said = f"{g[0]}, {self.words(g[1])}, {say_group(g[2], r, 'pairs') if g[2][0] != '0' else g[2]}"
            b.say("customer", self.pre(), ("pii", "phone", said), ".")
        elif mode == "asked":
            b.say("customer", self.pre(), ("pii", "phone", full),
                  r.choice([".", ", that's my cell.", ", it's the only phone we have."]))
        else:  # the last four read back wrong and corrected
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            bad = self.wrong(g[2])
            b.say("agent", "Okay, ", ("pii", "phone", f"{self.words(g[0])}, {self.words(g[1])}, {self.words(bad)}"),
                  "?")
            b.say("customer", "No, it ends in ", ("pii", "phone", self.say(g[2])), ", not ",
                  ("pii", "phone", self.words(bad)), ".")
            b.say("agent", "Sorry about that, I've fixed it.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["registration", "late-fee", "on-file", "amex", "wrong-group"])
        p = r.choice(["4", "4", "4", "51", "55", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "registration":
            b.say("agent", Q_HELDOUT22["card"][0])
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "Then ", "And ", "Next is "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
            return
        if mode == "late-fee":
            b.say("customer", "I got charged the late pickup fee again, the traffic on the bridge was terrible. "
                              "Can I just pay it now?")
            b.say("agent", Q_HELDOUT22["card"][1])
            b.say("customer", self.pre(), ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"),
                  r.choice(["... hang on, the card's upside down...", "... sorry, my daughter wants the phone..."]))
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"),
                  r.choice([". It expires ten twenty eight.", ".", ", and the code on the back is on there too."]))
            return
        if mode == "on-file":
            b.say("agent", "I see a card ending in ", ("pii", "card", self.words(gs[3])),
                  " on file for the camp deposit. Should I use that one?")
            b.say("customer", r.choice(["No, that one got replaced. Use ", "No, use the new one, it's "]),
                  ("pii", "card", f"{self.say(gs[0])} {self.say(gs[1])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(gs[2])} {self.say(gs[3])}"), ".")
            return
        if mode == "amex":
            cc = luhn_complete("37" + rand_digits(r, 12, False))
            b.say("agent", Q_HELDOUT22["card"][2])
            b.say("customer", "Use my ", ("keep", "payment", "Amex"), ". ",
                  ("pii", "card", f"{self.say(cc[:4])}, {self.say(cc[4:10])}, {self.say(cc[10:])}"), ".")
            b.say("agent", "Thank you, ending in ", ("pii", "card", self.words(cc[10:])), ", and the deposit is "
                           "seventy five dollars.")
            return
        self.sc.ask(b, "card")  # a group read back wrong
        b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
        k = r.choice([1, 2, 3])
        bad = list(gs)
        bad[k] = self.wrong(gs[k])
        b.say("agent", "Let me read that back. ", ("pii", "card", " ".join(bad)), "?")
        b.say("customer", r.choice(["No, ", "Not quite, "]),
              ["", "the second four is ", "the third set is ", "the last four are "][k],
              ("pii", "card", self.words(gs[k])), ".")

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["family", "family", "autopay", "kiosk", "password", "subsidy", "waitlist", "username",
                         "reset", "registry"])
        if mode == "family":
            n = rand_digits(r, 6, False)
            b.say("agent", Q_HELDOUT22["account"][r.choice([0, 1])])
            said = r.choice([f"{self.letter('T')}, {self.letter('B')}, {self.say(n[:3])}, {self.say(n[3:])}",
                             f"T B {self.words(n)}", f"TB-{n}"])
            b.say("customer", self.pre(), ("pii", "account", said), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, that's ", ("pii", "account", f"TB{n}" if r.random() < 0.5 else
                                                       f"T B {self.words(n)}"),
                      r.choice([", the two kids at Northgate.", ".", ", I have it."]))
        elif mode == "autopay":
            bank = r.choice(sorted(self.ROUTING))
            acct = rand_digits(r, r.choice([9, 10, 12]), False)
            b.say("customer", "I want to switch the tuition autopay to my ", ("keep", "bank", bank),
                  " account. The routing number is ", self.ROUTING[bank], ".")
            b.say("agent", Q_HELDOUT22["account"][2])
            cut = len(acct) // 2
            b.say("customer", self.pre(), ("pii", "account", self.say(acct[:cut])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(acct[cut:])), ".")
            if r.random() < 0.6:
                bad = acct[:cut] + self.wrong(acct[cut:])
                b.say("agent", "So the account number is ", ("pii", "account", self.words(bad)), "?")
                b.say("customer", "No, the end is ", ("pii", "account", self.words(acct[cut:])), ".")
        elif mode == "kiosk":
            pin = rand_digits(r, 4, False)
            b.say("customer", "The check-in kiosk won't take my code anymore. It's ",
                  ("pii", "account", self.say(pin)), r.choice([", I've used it since September.", "."]))
            b.say("agent", "I've reset it. The new code is ", ("pii", "account", self.words(rand_digits(r, 4, False))),
                  ", and you can change it at the kiosk.")
        elif mode == "password":
            first, last = self.sc.name()
            word = r.choice(["pancakes", "blue dinosaur", "sunflower", "purple giraffe", "tacos"])
            b.say("customer", "On Friday she's going home with ", ("pii", "person", f"{first} {last}"),
                  ". They're on the list. Do I need to give them the pickup password?")
            b.say("agent", "Yes, along with a photo ID. Can you confirm the password on file?")
            b.say("customer", "It's ", ("pii", "account", word),
                  r.choice([", all one word.", ". My son picked it.", "."]))
        elif mode == "subsidy":
            n = rand_digits(r, 7, False)
            b.say("agent", Q_HELDOUT22["account"][3])
            said = r.choice([f"C C, {self.say(n[:3])}, {self.say(n[3:])}",
                             f"{self.letter('C')} {self.letter('C')} {self.words(n)}", f"CC{n}"])
            b.say("customer", r.choice(["It's on the county letter. ", "Okay, the case number is "]),
                  ("pii", "account", said), ".")
        elif mode == "waitlist":
            n = rand_digits(r, 5, False)
            b.say("customer", "We put down a deposit for the infant room. The confirmation number is ",
                  ("pii", "account", r.choice([f"W L, twenty six, {self.say(n)}", f"W L dash {self.words(n)}"])),
                  ".")
            b.say("agent", r.choice(["Okay, I see it. You're number fourteen on the list for Maple Ridge.",
                                     "I found it. There are six families ahead of you for a September start."]))
        elif mode == "username":
            first, last = self.sc.name()
            f = re.sub(r"[^a-z]", "", first.lower())
            l = re.sub(r"[^a-z]", "", last.lower())
            yy = str(r.randint(10, 24))
            user = r.choice([f"{f[0]}{l}{yy}", f"{f}{l[0]}{yy}", f"{l}family"])
            b.say("agent", "What's the username for the parent portal?")
            spelled = ", ".join(c.upper() if c.isalpha() else UNITS[int(c)] for c in user)
            plain = f"{user[:-2]} {pair_words(yy, r)}" if user[-1].isdigit() else user
            b.say("customer", r.choice(["It's ", "I think it's "]), ("pii", "account", r.choice([plain, spelled])),
                  r.choice([", all lower case.", ".", ", no spaces."]))
        elif mode == "reset":
            code = rand_digits(r, 6, False)
            b.say("agent", "I sent a reset code to your email. Can you read it to me?")
            b.say("customer", r.choice(["Okay, it's ", "Hold on... ", "Got it, "]),
                  ("pii", "account", r.choice([f"{self.words(code[:3])}, {self.words(code[3:])}",
                                               f"{self.say(code[:2])} {self.say(code[2:4])} {self.say(code[4:])}",
                                               code])), ".")
        else:  # the state immunization registry ID printed on the shot record
            n = rand_digits(r, 8, False)
            b.say("agent", "If you have the state immunization registry number from the shot record, I can look "
                           "up the dates myself.")
            b.say("customer", r.choice(["Yeah, it's on the printout. ", "Okay, the I D is "]),
                  ("pii", "account", f"{self.say(n[:4])}, {self.say(n[4:])}"), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{rand_digits(r, 2, False).replace('00', '41')}{rand_digits(r, 4, False)}"
        mode = r.choice(["subsidy", "last4", "last4", "child", "statement", "dashes"])
        if mode == "subsidy":
            b.say("agent", Q_HELDOUT22["ssn"][0])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.6:
                b.say("agent", "So ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), ", is that right?")
                b.say("customer", "Yes.")
        elif mode == "last4":
            b.say("agent", Q_HELDOUT22["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.4:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you, you're verified.")
        elif mode == "child":
            kid = self.child()
            b.say("agent", Q_HELDOUT22["ssn"][2])
            b.say("customer", r.choice(["Hold on, I have ", "Let me get "]), ("pii", "person", kid),
                  r.choice(["'s card in the folder. It's ", "'s card, okay, it's "]),
                  ("pii", "ssn", f"{self.say(s[:3])} {self.say(s[3:5])} {self.say(s[5:])}"), ".")
        elif mode == "statement":
            b.say("customer", "The year-end statement for my dependent care account has my social wrong.")
            b.say("agent", f"I can fix that. Our tax ID on the statement is {self.EIN}, that part stays the same. "
                           "What should your social read?")
            b.say("customer", self.pre(), ("pii", "ssn", ", ".join([self.say(s[:3]), self.say(s[3:5]),
                                                                     self.say(s[5:])])), ".")
        else:
            b.say("agent", Q_HELDOUT22["ssn"][0])
            b.say("customer", "I'll read it off the card. ", ("pii", "ssn", f"{s[:3]} dash {s[3:5]} dash {s[5:]}"),
                  ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["dot", "kids", "as-in", "co-parent", "work", "misread", "hyphen"])
        if mode == "misread" and len(l) < 4:
            mode = "dot"
        if mode == "co-parent":
            b.say("customer", "Can you add my partner to the portal too? The email is ",
                  ("pii", "email", f"{f} {l} at {dom}"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "dot":
            b.say("customer", self.pre(), ("pii", "email", f"{f} dot {l} at {dom}"), ".")
        elif mode == "kids":
            k1, k2 = r.sample(CHILDREN_HELDOUT22[:20], 2)
            y = r.randint(2015, 2023)
            b.say("customer", self.pre(), ("pii", "email", f"{k1.lower()} and {k2.lower()} {self.year(y)} at {dom}"),
                  ", the kids' names.")
            b.say("agent", "So ", ("pii", "email", f"{k1.lower()}and{k2.lower()}{y}@{written}"), "?")
            b.say("customer", "That's it.")
        elif mode == "as-in":
            local = l[:8]
            letters = [f"{c} as in {self.AS_IN[c]}" if k in (0, 3) else c for k, c in enumerate(local.upper())]
            b.say("customer", self.pre(), ("pii", "email", f"{', '.join(letters)}, at {dom}"), ".")
        elif mode == "work":
            org = r.choice(["mercy health dot org", "round rock texas dot gov", "cedarvale schools dot org"])
            b.say("customer", "Use my work one, I actually check it. It's ", ("pii", "email", f"{f[0]} {l} at {org}"),
                  ".")
        elif mode == "hyphen":
            b.say("customer", self.pre(), ("pii", "email", f"{f} hyphen {l} {r.randint(1, 99)} at {dom}"), ".")
        else:  # a written read-back missing a letter, answered by spelling the surname
            b.say("customer", self.pre(), ("pii", "email", f"{f}{l} at {dom}"), ".")
            k = r.randrange(1, len(l) - 1)
            b.say("agent", "I have ", ("pii", "email", f"{f}{l[:k] + l[k + 1:]}@{written}"), ".")
            b.say("customer", "No, you're missing a letter. My last name is ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        kid, kid2 = r.sample(CHILDREN_HELDOUT22, 2)
        mode = r.choice(["enroll", "siblings", "pickup-list", "remove", "teacher", "spell", "agent", "last-first",
                         "nickname"])
        if mode == "enroll":
            prog = r.choice(["Explorers Preschool", "Little Sprouts Infant Care", "Afterschool Adventures",
                             "Summer Quest Camp"])
            b.say("customer", r.choice(["I'd like to enroll my youngest, ", "I want to sign up my little one, "]),
                  ("pii", "person", f"{kid} {last}"), ", in ", ("keep", "lexicon", prog), ".")
            b.say("agent", "Wonderful. And your name, as the parent on the account?")
            b.say("customer", ("pii", "person", f"{first} {last}"),
                  r.choice([".", ", I'm the parent.", ", and I'm the one paying."]))
        elif mode == "siblings":
            b.say("customer", "I have two in the program, ", ("pii", "person", kid), " and ", ("pii", "person", kid2),
                  ", and the sibling discount isn't showing on the statement.")
            b.say("agent", "I see it. It should be ten percent off the older one's tuition, I'll fix that.")
        elif mode == "pickup-list":
            b.say("agent", Q_HELDOUT22["person"][2])
            b.say("customer", r.choice(["My cousin, ", "Our babysitter, ", "A family friend, "]),
                  ("pii", "person", f"{first2} {last2}"), r.choice([", and my neighbor, ", ", and my friend "]),
                  ("pii", "person", first), r.choice([", just for Wednesdays.", "."]))
        elif mode == "remove":
            b.say("customer", "I need to take my ex off the pickup list. The name is ",
                  ("pii", "person", f"{first2} {last2}"), ". There's a court order now.")
            b.say("agent", "I'm sorry. I'll need a copy of the order for the director, and I'll flag it at the "
                           "front desk today.")
        elif mode == "teacher":
            room = r.choice(HELDOUT22_BRANDS["classroom"])
            teacher = r.choice(TEACHERS_HELDOUT22)
            b.say("customer", r.choice(["My son is in the ", "She's in the "]), ("keep", "classroom", room),
                  " with ", ("pii", "person", teacher),
                  r.choice([", and nobody told me about the biting incident.",
                            ", and the teacher said to call you about the allergy form."]))
            if r.random() < 0.5:
                b.say("agent", "I'll have the director follow up with ", ("pii", "person", teacher), " today.")
        elif mode == "spell":
            b.say("agent", Q_HELDOUT22["person"][0])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            said = (", ".join(self.NATO[c] for c in letters) if r.random() < 0.35 else spell(last, r))
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "agent":
            b.say("agent", "Thank you for calling ", ("keep", "lexicon", self.CHAIN), " family services, this is ",
                  ("pii", "person", first), ". How can I help you?")
        elif mode == "last-first":
            self.sc.ask(b, "person")
            b.say("customer", "It's under ", ("pii", "person", f"{last}, {first}"),
                  r.choice([", with a hyphen.", ".", ", not my husband's name."]))
        else:  # a child's given name and the nickname everyone uses
            b.say("agent", Q_HELDOUT22["person"][1])
            given, nick = r.choice([("Elizabeth", "Bitsy"), ("Alexander", "Sasha"), ("Margaret", "Daisy"),
                                    ("Theodore", "Teddy"), ("Josephine", "Jojo"), ("Ignatius", "Iggy")])
            b.say("customer", ("pii", "person", f"{given} {last}"), ", but everyone calls ",
                  r.choice(["her ", "him "]), ("pii", "person", nick), ". Can the cubby label say ",
                  ("pii", "person", nick), "?")

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(12, 9899))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, state, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.6 else num
        mode = r.choice(["home", "van", "billing", "zip-wrong", "moving"])
        if mode == "home":
            b.say("agent", Q_HELDOUT22["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {state}, {self.say(z)}"), ".")
        elif mode == "van":
            b.say("agent", Q_HELDOUT22["address"][1])
            b.say("customer", "To her grandma's on Tuesdays and Thursdays, that's ",
                  ("pii", "address", f"{house} {st}, {city}"), ", the blue house with the ramp.")
        elif mode == "billing":
            b.say("agent", Q_HELDOUT22["address"][2])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, apartment {r.randint(2, 40)}"
                                                              f"{r.choice(['', 'B', 'D'])}, {city}, {state}"), ".")
        elif mode == "zip-wrong":
            b.say("agent", Q_HELDOUT22["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {self.say(z)}"), ".")
            bad = z[:3] + z[4] + z[3] if z[3] != z[4] else self.wrong(z)
            b.say("agent", "And that zip is ", ("pii", "address", bad), "?")
            b.say("customer", "No, ", ("pii", "address", self.words(z)), ". That's probably why the statement never "
                                                                         "came.")
        else:
            b.say("customer", "We just moved, so the address on the enrollment form is old. The new one is ",
                  ("pii", "address", f"{house} {st}, {city}, {state}"), ".")
            b.say("agent", "And the zip code?")
            b.say("customer", ("pii", "address", self.say(z)), ".")

    def dob(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["child-words", "child-age", "parent-numeric", "infant", "year-first", "sibling"])
        m, day = r.randint(1, 12), r.randint(1, 28)
        if mode == "parent-numeric":
            y = r.randint(1978, 2000)
            b.say("agent", Q_HELDOUT22["dob"][0])
            b.say("customer", self.pre(), ("pii", "dob", f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, "
                                                          f"{self.year(y)}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, ", ("pii", "dob", f"{m}/{day}/{y}"), ".")
            return
        y = r.randint(2016, 2024)
        if mode == "child-age":
            b.say("agent", CHILD_DOB_HELDOUT22[0])
            b.say("customer", r.choice(["He turns three in the spring. ", "She's four, "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {self.year(y)}"), ".")
        elif mode == "infant":
            b.say("agent", CHILD_DOB_HELDOUT22[1])
            b.say("customer", r.choice(["She's a fall baby, ", "It was last fall, "]),
                  ("pii", "dob", f"October {ORDINALS[day - 1]}"), r.choice([", so she'll be ten weeks when I go back.",
                                                                            "."]))
        elif mode == "year-first":
            b.say("agent", CHILD_DOB_HELDOUT22[0])
            b.say("customer", self.pre(), ("pii", "dob", f"{self.year(y)}, {MONTHS[m - 1]} {day}"), ".")
        elif mode == "sibling":
            kid = self.child()
            b.say("customer", "And for the sibling discount, ", ("pii", "person", kid),
                  r.choice(["'s birthday is ", " was born on "]),
                  ("pii", "dob", f"{MONTHS[m - 1]} {day}, {self.year(y)}"), ".")
        else:
            b.say("agent", CHILD_DOB_HELDOUT22[0])
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {self.year(y)}"), ".")
            if r.random() < 0.5:
                b.say("agent", "Okay, ", ("pii", "dob", f"{m}/{day}/{y}"), ", so the toddler room to start.")

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("agent", ["Full-time tuition in the toddler room is three hundred and forty five dollars a week."]),
            ("agent", ["The late pickup fee is a dollar a minute after six fifteen, so that was twenty two dollars."]),
            ("agent", ["The ratio in the infant room is one teacher to four babies."]),
            ("agent", ["They move up to the twos room at twenty four months, usually in August."]),
            ("agent", ["You're number eleven on the waitlist, and we usually move about three families a month."]),
            ("agent", ["The center is open six thirty to six thirty, Monday through Friday."]),
            ("agent", [f"For your taxes, our E I N is {self.EIN}, and it's printed on the year-end statement."]),
            ("agent", ["Last year you paid eleven thousand two hundred and eighty dollars in tuition, and the "
                       "statement shows it by month."]),
            ("customer", ["My dependent care FSA only covers five thousand a year."]),
            ("agent", ["The registration fee is one hundred and fifty dollars, and it's due by March first."]),
            ("agent", ["The sibling discount is ten percent off the older child's tuition."]),
            ("agent", ["Our state license number is on the wall by the front door, it's four four seven two oh nine."]),
            ("customer", ["She's twenty two months and she still takes two naps."]),
            ("agent", ["Summer camp is nine weeks, and the deposit is seventy five dollars per week you sign up for."]),
            ("agent", [f"You can always call family services at {self.CENTER_LINE}, option three for billing."]),
            ("agent", ["Autopay drafts on the first and the fifteenth, and a returned payment is a thirty five dollar "
                       "fee."]),
            ("customer", ["We need care three days a week, Monday, Wednesday and Friday, from eight to four."]),
            ("agent", ["It's the ", ("keep", "lexicon", "Refer-a-Family Reward"), ", two hundred dollars off once "
                                                                                "they've been enrolled for a "
                                                                                "month."]),
            ("customer", ["I used the code ", ("keep", "lexicon", "SPROUT fifty"), " on the registration but it "
                                                                               "charged the full fee."]),
            ("agent", ["The Cedar Hollow center closes at noon on December twenty fourth and reopens on the second."]),
            ("agent", ["The classroom has eighteen kids and two teachers, plus a floater in the afternoon."]),
            ("customer", ["The medicine form says two point five milliliters every six hours."]),
        ])
        b.say(speaker, *parts)


def heldout22_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full test split at offsets 1 and 4 (every seventh, which no other split took; bill, payment,
    direct-deposit, tax, W-2, income, card, reminder, calendar and vaccine intents, and phone-line talk: "repeat
    that", "slow down", yes, no, thanks) and Bitext's 27k sample at offset 8 (every seventeenth, a stride no other
    split took; payment, invoice, refund, cancellation-fee, account, password and agent-request intents, no typo or
    offensive lines, no "u"/"ur"), dropping lines that name a bank or a card brand or talk of orders, shipping,
    purchases, products, flights or bots, and lines that hold a lower-case common name."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["test"][1::7] + full["test"][4::7] if i in _CLINC_HELDOUT22]
    bitext = bitext_lines(data, 8, 17, _BITEXT_HELDOUT22)
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT22.search(t)]
    return AGENT_HELDOUT22, cust


_CLINC_HELDOUT22 = {"pay_bill", "bill_due", "bill_balance", "direct_deposit", "taxes", "w2", "income", "payday",
                    "card_declined", "reminder", "reminder_update", "calendar", "calendar_update", "vaccines",
                    "transactions", "spending_history", "repeat", "change_speed", "yes", "no", "maybe", "cancel",
                    "thank_you", "goodbye"}
_BITEXT_HELDOUT22 = {"payment_issue", "check_payment_methods", "check_invoice", "get_invoice",
                     "check_cancellation_fee", "get_refund", "track_refund", "check_refund_policy", "edit_account",
                     "recover_password", "registration_problems", "delete_account", "complaint",
                     "contact_human_agent"}
_OFF_HELDOUT22 = re.compile(r"\b(orders?|purchases?|shipping|deliver(y|ies)|products?|items?|flights?|"
                            r"bank of \w+|chase|wells|fargo|citi|capital one|usaa|pnc|visa|mastercard|amex|"
                            r"discover|ai|bot|robot|pets?|dogs?|cats?|car|vehicle)\b", re.I)


@functools.cache  # read once: clean_ok runs on every filler line
def _name_words() -> frozenset[str]:
    """Common first and last names, lower-case (held-out 7 drops filler that holds one: "kobe bryant")."""
    import names

    root = Path(names.__file__).parent
    firsts = [l.split()[0].lower() for f in ("dist.male.first", "dist.female.first")
              for l in (root / f).read_text().splitlines()[:1000] if l.strip()]
    lasts = [l.split()[0].lower() for l in (root / "dist.all.last").read_text().splitlines()[:1000] if l.strip()]
    return frozenset(firsts + lasts) - {"i", "so", "my", "an", "a"}


def dev_names(data: Path) -> list[str]:
    import names

    root = Path(names.__file__).parent
    firsts = [l.split()[0].title() for f in ("dist.male.first", "dist.female.first")
              for l in (root / f).read_text().splitlines()[:300] if l.strip()]
    lasts = [l.split()[0].title() for l in (root / "dist.all.last").read_text().splitlines()[:1000] if l.strip()]
    rng = random.Random(7)
    out = [f"{rng.choice(firsts)} {rng.choice(lasts)}" for _ in range(200)]
    abcd = json.loads((data / "abcd-sample" / "abcd_sample.json").read_text(encoding="utf-8"))
    out += [c["scenario"]["personal"]["customer_name"].title() for c in abcd]
    return out


def lexicon_names(path: Path) -> list[str]:
    import yaml

    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [e["name"] for items in doc.values() for e in items if not re.search(r"\d", e["name"])]


def conversation(rng: random.Random, scenes: Scenes, agent_fill: list[str], cust_fill: list[str], brands: dict,
                 lines: dict, lex: list[str]) -> Builder:
    b = Builder()
    kinds = ["phone", "card", "account", "ssn", "email", "person", "address", "dob"]
    plan = rng.sample(kinds, rng.randint(2, 4)) + ["brand"] * rng.randint(1, 3)
    plan += ["distractor"] * (rng.random() < 0.5)
    rng.shuffle(plan)
    b.say("agent", rng.choice(agent_fill))
    b.say("customer", rng.choice(cust_fill))
    for step in plan:
        if step == "brand":
            scenes.brand(b, brands, lines, lex)
        else:
            getattr(scenes, step)(b)
        b.say("agent", rng.choice(agent_fill))
        b.say("customer", rng.choice(cust_fill))
    return b


Q_HELDOUT24 = {
    "phone": ["What's a good phone number in case we get disconnected?",
              "And a daytime number where the examiner's office can reach you?",
              "What number do you want the appointment reminder texted to?",
              "Is the phone number on your record still current? What is it?"],
    "card": ["Okay, the renewal fee is forty six fifty. What card would you like to use?",
             "I can take the title fee over the phone with a debit or credit card. Go ahead with the number.",
             "Which card is this going on?"],
    "account": ["Can I get your driver license number, please? It's on the front, under your photo.",
                "What's the plate number on the vehicle?",
                "Do you have the VIN? It's on the registration card or the driver's side door.",
                "Do you have the confirmation number from when you booked?",
                "And the customer number from the top of your renewal notice?"],
    "ssn": ["To verify your identity I'll need the last four of your social.",
            "For a first-time license we need your social security number on file.",
            "Can you give me your social security number so I can match the record?"],
    "email": ["What email should the temporary registration go to?",
              "And what email is on your online account?",
              "Where should I send the appointment confirmation?"],
    "person": ["Can I have your full name as it appears on your license?", "Who am I speaking with today?",
               "Whose name is the vehicle titled in?", "And the name of the person who passed away?"],
    "spell": ["Can you spell the last name for me?", "How is that spelled?", "Spell that for me, please?"],
    "address": ["What's your current residential address?", "What's the new address you're moving to?",
                "Where do you want the plates and the sticker mailed?"],
    "dob": ["And your date of birth, please?", "Can you verify your date of birth for me?",
            "What's the date of birth on the license?"],
}
AGENT_HELDOUT24 = ["Okay, I have your record up.", "Let me pull up the vehicle on my screen.",
                   "Bear with me, the title system is a little slow today.",
                   "It looks like your registration expired at the end of last month.",
                   "You'll get a temporary registration you can print right away.",
                   "The new card should arrive in the mail in about ten business days.",
                   "I do see a hold on the record from the insurance side.",
                   "You'll still need to come in for the vision screening.",
                   "Okay, the address change is done on the license and on both vehicles.",
                   "I'm sorry for your loss. We can help you get the car transferred.",
                   "The office on Lakeshore is by appointment only on Saturdays.",
                   "Let me check if the title has a lien on it.",
                   "This call may be recorded for quality and training purposes.",
                   "Okay, and is the vehicle still insured?",
                   "I'll need to transfer you to the medical review unit for that part.",
                   "You're all set on the registration side, let's look at the license.",
                   "Hang on, I'm going to put you on a brief hold while I check with my supervisor.",
                   "Once you're in from out of state you have thirty days to get the title switched over.",
                   "The emissions test came back as passed, so that's not holding anything up.",
                   "Alright, I've got an opening next Tuesday morning if that works."]
ACKS_HELDOUT24 = ["Okay.", "Mm-hmm.", "Go ahead.", "Got it.", "Okay, keep going.", "Uh-huh.", "Alright, and?"]
A_PREFIX_HELDOUT24 = ["Um, it's ", "Okay, it's ", "Yeah, it's ", "Let me grab my wallet... okay, ", "It's ",
                      "Hold on, I've got the renewal notice right here. ", "Sure, it's ", "So it's "]
NAMES_HELDOUT24 = ["Aibek Toktogulov", "Rojda Amed", "Serhat Zana", "Ninos Yonan", "Aminu Bello",
                   "Uwase Mukamana", "Tatenda Moyo", "Nakato Ssempala", "Lerato Mokoena", "Jeban Kabua",
                   "Nanuq Kaganak", "Wanbli Two Bulls", "Aputi Kilabuk", "Wytske Hoekstra", "Jordi Puigdomènech",
                   "Xoán Outeiro", "Eilidh MacLeòid", "Paw Htoo", "Van Lal Thang", "Zarghuna Ahmadzai",
                   "Sravani Reddy", "Manjunath Gowda", "Subhashree Mohanty", "Haresh Lalwani", "Thibodeaux Broussard",
                   "Dragica Stojanović", "Tamar Kvaratskhelia", "Oyelaran Adeyemi", "Kaimana Akana", "Ludmila Dvořák",
                   # ordinary names, as most callers have
                   "Linda Kowalski", "Robert Haynes", "Maria Delgado", "James Whitfield", "Patricia Nolan",
                   "Dennis Crowley", "Sharon Pettit", "Luis Carrasco", "Gloria Simmons", "Earl Matheson",
                   # names that are also cars, places or DMV words
                   "Bentley Okafor", "Sierra Nakamura", "Dakota Reyes", "Austin Healy", "Morgan Cooper",
                   "Harley Davis", "Kia Robinson", "Royce Mercer", "Mercedes Lozano", "Camden Price",
                   "Savannah Boyd", "Cheyenne Morales", "Miles Driver", "Rusty Carr", "Lincoln Hale", "Jaguar Reese"]
HELDOUT24_BRANDS = {  # a motor-vehicle line names cars (many after people or places), insurers, car services,
    # payment services, and other government programs and sign-in services
    "vehicle": ["Ford Explorer", "Lincoln Navigator", "Dodge Durango", "Chevy Tahoe", "GMC Yukon", "Toyota Tacoma",
                "Hyundai Santa Fe", "Hyundai Tucson", "Kia Sorento", "Chrysler Pacifica", "Jeep Cherokee",
                "Nissan Altima", "Honda Odyssey", "Buick Enclave", "Cadillac Escalade", "Mercedes", "Porsche Cayenne",
                "Tesla Model 3", "Subaru Outback", "Mazda Miata", "Chevy Malibu", "Mercury Grand Marquis",
                "Oldsmobile Cutlass", "Harley-Davidson", "Pontiac Montana", "Chevy Monte Carlo", "Ram 1500",
                "Volkswagen Jetta", "Kia Telluride", "GMC Sierra"],
    "insurer": ["State Farm", "Geico", "Progressive", "Allstate", "Liberty Mutual", "Nationwide", "Farmers", "USAA",
                "Travelers", "Erie", "The Hartford", "American Family", "Root", "Lemonade"],
    "shop": ["Jiffy Lube", "Midas", "Pep Boys", "Meineke", "Firestone", "Safelite", "Valvoline", "Monro"],
    "market": ["Carfax", "Kelley Blue Book", "CarMax", "Carvana", "AutoTrader", "Craigslist", "Copart"],
    "rental": ["Enterprise", "Hertz", "Avis", "U-Haul", "Uber", "Lyft", "AAA", "Turo"],
    "payment": ["Visa", "Mastercard", "Discover", "American Express", "PayPal", "Apple Pay", "Google Pay"],
    "program": ["REAL ID", "TSA PreCheck", "Global Entry", "Social Security", "Medicare", "Selective Service",
                "Login.gov", "ID.me", "USPS"],
}
BRAND_LINES_HELDOUT24 = {
    "vehicle": ["It's for my {a}, the registration's due this month.", "I traded the {a} in for a {b}.",
                "The title says {a} but it's actually a {b}.", "My dad's old {a} is still registered in his name.",
                "Do I need a new plate for the {a} or can I move the one from the {b}?"],
    "insurer": ["I'm with {a}, they said they sent the proof electronically.", "I switched from {a} to {b} in June.",
                "{a} says the policy was active the whole time.", "Can you see the card from {a} that I uploaded?"],
    "shop": ["{a} did the inspection last week.", "The sticker from {a} says it passed.",
             "I had the windshield done at {a} and now the inspection sticker's gone."],
    "market": ["I got the odometer reading off the {a} report.", "I sold it to {a}, do I need to do anything "
               "with the plates?", "I bought it through {a} and they never sent the title.",
               "{a} said they'd handle the registration, and they didn't."],
    "rental": ["It's a rental from {a}, so it's not my plate.", "The {a} office told me I had to call you.",
               "I drive for {a} on weekends, does that change my license?", "I had to get a {a} here, my "
               "registration's suspended."],
    "payment": ["Can I pay with {a}?", "The site wouldn't take my {a}.", "I paid with {a} and got charged twice.",
                "Do you take {a} at the counter or just {b}?"],
    "program": ["Is {a} the same thing as the star on the license?", "Do I need {a} to fly next month?",
                "The site sent me to {a} to verify who I am.", "I already have {a}, does that count?",
                "I got a letter from {a} saying my name doesn't match."],
}
LEX_LINES_HELDOUT24 = ["The letter you sent me mentions {a}. What is that?", "Can I handle this with {a}?",
                       "My neighbor mentioned {a}.", "I tried {a} last night and it kept timing out.",
                       "Does {a} cost anything extra?", "Someone at the branch told me about {a}."]


class Heldout24:
    """Held-out 24's readings (only drawn for that split), as drivers, families and a state motor-vehicle agency's
    phone agents say them: a number for the appointment reminder, a number broken off and finished later, the number
    on record checked by its last four and replaced, a read-back with one digit wrong corrected, an adult child's own
    number beside a parent's; a renewal fee on a card group by group echoed, Amex 4-6-5, a card declined and a
    second one, the card ending in ... for a refund; driver licence numbers with a letter (NATO or "as in"), read
    back written, over two turns; plates with the state and letters ("vanity" plates too), full VINs in groups and
    the last six, title numbers, customer numbers, appointment confirmation codes, insurance policy numbers, bank
    accounts for a fee withdrawal (all ``account``: this file labels the caller's own IDs, plates and VINs as
    ``account``; the bank's routing number, form numbers and office numbers are not PII); SSNs (the last four,
    over two turns, read back written); e-mails spelled, with digits, a written read-back missing a letter; names on
    the licence, a deceased parent's name on a title, the executor, a doctor on a medical review form, surnames
    spelled with "as in"; addresses (an out-of-state move with the old and new address, apartments, a P O box for
    mail beside the residence, the zip read back); dates of birth (the caller's, a parent's, numeric, read back
    written); and DMV numbers that are not PII (fees, form numbers, office numbers and hours, statute sections,
    model years, odometer readings, the agency's own line, the waiver code)."""

    AS_IN = {"A": "Adam", "B": "boy", "C": "cat", "D": "David", "E": "Edward", "F": "Frank", "G": "George",
             "H": "Henry", "J": "John", "K": "King", "L": "Larry", "M": "Mary", "N": "Nora", "P": "Paul",
             "R": "Robert", "S": "Sam", "T": "Tom", "U": "Union", "V": "Victor", "W": "William", "X": "X-ray",
             "Y": "yellow", "Z": "zebra", "I": "Ida", "O": "Ocean", "Q": "Queen"}
    NATO = {"A": "Alpha", "B": "Bravo", "C": "Charlie", "D": "Delta", "E": "Echo", "F": "Foxtrot", "G": "Golf",
            "H": "Hotel", "J": "Juliett", "K": "Kilo", "L": "Lima", "M": "Mike", "N": "November", "P": "Papa",
            "R": "Romeo", "S": "Sierra", "T": "Tango", "U": "Uniform", "V": "Victor", "W": "Whiskey", "X": "X-ray",
            "Y": "Yankee", "Z": "Zulu", "I": "India", "O": "Oscar", "Q": "Quebec"}
    LINE = "one eight eight eight, five five five, oh one six eight"  # the agency's own line: not PII
    STATES = ["Ohio", "Texas", "Florida", "Georgia", "Arizona", "Oregon", "Nevada", "Illinois", "New York",
              "Virginia", "Michigan", "Colorado"]
    STREETS = ["Quarry", "Tolland", "Pickering", "Marsh Hawk", "Old County", "Beacon Hill", "Linden", "Orchard",
               "Wexford", "Ridgeline", "Cottonwood", "Ferry", "Mill Pond", "Granite"]
    KINDS = [" Street", " Road", " Avenue", " Lane", " Drive", " Way", " Circle", " Pike", " Court"]
    CITIES = [("Fall River", "021"), ("Brockton", "023"), ("Springfield", "011"), ("Worcester", "016"),
              ("Lowell", "018"), ("Pittsfield", "012"), ("Quincy", "021"), ("Taunton", "027"), ("Chicopee", "010")]
    DOMAINS = ["gmail dot com", "yahoo dot com", "comcast dot net", "aol dot com", "hotmail dot com",
               "icloud dot com", "verizon dot net", "outlook dot com"]
    VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

    def __init__(self, sc: "Scenes") -> None:
        self.sc, self.r = sc, sc.rng

    def pre(self) -> str:
        return self.r.choice(self.sc.pre)

    def say(self, g: str) -> str:
        """A digit group as a caller says it: written digits, pairs, or digit by digit with "oh", "double"."""
        r = self.r
        style = r.choice(["words", "words", "pairs", "digits"])
        if style == "digits":
            return g
        if style == "pairs" and len(g) in (2, 4) and g[0] != "0" and g[-2] != "0":
            return say_group(g, r, "pairs")
        out, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and r.random() < 0.6:
                out.append("double " + digit_word(g[i], r))
                i += 2
            else:
                out.append(digit_word(g[i], r))
                i += 1
        return " ".join(out)

    def words(self, g: str) -> str:
        """Digit by digit, as an agent reads it off the screen."""
        return " ".join(digit_word(c, self.r) for c in g)

    def wrong(self, s: str) -> str:
        r = self.r
        k = r.randrange(len(s))
        return s[:k] + str((int(s[k]) + r.randint(1, 9)) % 10) + s[k + 1:]

    def letter(self, c: str) -> str:
        return self.r.choice([c, self.NATO[c], f"{c} as in {self.AS_IN[c]}"])

    def chars(self, code: str) -> str:
        """Letters and digits as said: letters plain, NATO or "as in", digits in runs."""
        out, run = [], ""
        for c in code:
            if c.isdigit():
                run += c
                continue
            if run:
                out.append(self.say(run))
                run = ""
            out.append(self.letter(c))
        if run:
            out.append(self.say(run))
        return ", ".join(out) if self.r.random() < 0.5 else " ".join(out)

    def phone(self, b: Builder) -> None:
        r = self.r
        g = [str(r.randint(2, 9)) + rand_digits(r, 2, False), str(r.randint(2, 9)) + rand_digits(r, 2, False),
             rand_digits(r, 4, False)]
        full = r.choice([f"{self.say(g[0])}, {self.say(g[1])}, {self.say(g[2])}",
                         f"{self.say(g[0])} {self.say(g[1])} {self.say(g[2])}", f"{g[0]}-{g[1]}-{g[2]}"])
        mode = r.choice(["on-record", "broken", "wrong-digit", "reminder", "parent", "after-line"])
        if mode == "on-record":
            b.say("agent", "I have a phone number ending in ", ("pii", "phone", self.words(rand_digits(r, 4, False))),
                  ". Is that still good?")
            b.say("customer", r.choice(["No, that's the landline, we got rid of it. It's ",
                                        "Nope, that's from before I moved. Put down "]), ("pii", "phone", full), ".")
            return
        if mode == "parent":
            first, _ = self.sc.name()
            b.say("customer", "I'm calling for my neighbor, ", ("pii", "person", first),
                  ", who's right here but can't hear well on the phone. If you need to call back, use my cell, ",
                  ("pii", "phone", full), ".")
            return
        if mode == "after-line":
            b.say("agent", f"If we get cut off you can call back at {self.LINE} and ask for the title desk. "
                           "And what's your number?")
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            return
        self.sc.ask(b, "phone")
        if mode == "reminder":
            b.say("customer", self.pre(), ("pii", "phone", full), r.choice([", it's a cell, texts are fine.", "."]))
            if r.random() < 0.5:
                b.say("agent", "Okay, the reminder will go to ", ("pii", "phone", f"({g[0]}) {g[1]}-{g[2]}"),
                      " the day before.")
        elif mode == "broken":
            b.say("customer", self.pre(), ("pii", "phone", f"{self.say(g[0])}, {self.say(g[1])}"),
                  r.choice(["... hold on, I'm pulling into the parking lot.", "... sorry, the dog. One second.",
                            "... wait, that's the old one. No, it's right. Okay."]))
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", r.choice(["And then ", "Last four, ", "Okay, then "]), ("pii", "phone", self.say(g[2])),
                  ".")
        else:
            b.say("customer", self.pre(), ("pii", "phone", full), ".")
            k = r.choice([0, 1, 2])
            bad = list(g)
            bad[k] = self.wrong(g[k])
            b.say("agent", "So that's ", ("pii", "phone", ", ".join(self.words(x) for x in bad)), "?")
            b.say("customer", r.choice(["No, it's ", "Not quite, "]), ("pii", "phone", self.say(g[k])),
                  [" for the area code.", " in the middle.", " at the end."][k])
            b.say("agent", "Okay, I fixed it.")

    def card(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["grouped", "amex", "declined", "refund", "readback", "one-breath"])
        p = r.choice(["4", "4", "53", "55", "6011"])
        d = luhn_complete(p + rand_digits(r, 15 - len(p), False))
        gs = [d[i:i + 4] for i in range(0, 16, 4)]
        if mode == "refund":
            b.say("agent", "You were charged the late fee twice, so I'm refunding twenty five dollars to the card "
                           "ending in ", ("pii", "card", self.words(gs[3])), ".")
            b.say("customer", "That's fine, that's the one I used at the kiosk.")
            return
        if mode == "amex":
            cc = luhn_complete("37" + rand_digits(r, 12, False))
            b.say("agent", Q_HELDOUT24["card"][0])
            b.say("customer", "It's an ", ("keep", "payment", "American Express"), ". ",
                  ("pii", "card", f"{self.say(cc[:4])}, {self.say(cc[4:10])}, {self.say(cc[10:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Ending ", ("pii", "card", self.words(cc[10:])), ", thank you.")
            return
        b.say("agent", r.choice(Q_HELDOUT24["card"]))
        if mode == "grouped":
            for k, grp in enumerate(gs):
                b.say("customer", self.pre() if k == 0 else r.choice(["", "then ", "And ", "Next is "]),
                      ("pii", "card", self.say(grp)), r.choice([".", "...", ""]))
                if k < 3:
                    b.say("agent", ("pii", "card", self.words(grp)) if r.random() < 0.6 else r.choice(self.sc.acks))
        elif mode == "declined":
            b.say("customer", self.pre(), ("pii", "card", " ".join(self.say(x) for x in gs)), ".")
            b.say("agent", "It's showing declined. Do you have another card?")
            e = luhn_complete("4" + rand_digits(r, 14, False))
            b.say("customer", r.choice(["Oh, probably the limit. Try my debit, ", "Let me get my wife's card. Okay, "]),
                  ("pii", "card", f"{self.say(e[:4])} {self.say(e[4:8])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "card", f"{self.say(e[8:12])} {self.say(e[12:])}"),
                  r.choice([", expiration oh nine twenty eight.", "."]))
        elif mode == "readback":
            b.say("customer", self.pre(), ("pii", "card", ", ".join(self.say(x) for x in gs)), ".")
            k = r.choice([1, 2, 3])
            bad = list(gs)
            bad[k] = self.wrong(gs[k])
            b.say("agent", "Let me read it back. ", ("pii", "card", " ".join(bad)), ".")
            b.say("customer", "The ", ["", "second", "third", "last"][k], " part is ",
                  ("pii", "card", self.say(gs[k])), ".")
        else:
            b.say("customer", self.pre(), ("pii", "card", d), r.choice([".", ", and it expires in March."]))

    def dl(self) -> str:
        """A licence number as this state prints it: a letter and eight digits."""
        return self.r.choice("SABDMT") + rand_digits(self.r, 8, False)

    def vin(self) -> str:
        r = self.r
        letters = self.VIN_CHARS[:23]
        return (r.choice("12345JKLW") + r.choice(letters) + r.choice(letters)
                + "".join(r.choice(self.VIN_CHARS) for _ in range(6)) + r.choice(letters) + r.choice(letters)
                + rand_digits(r, 6, False))

    def account(self, b: Builder) -> None:
        r = self.r
        mode = r.choice(["license", "license-split", "plate", "vanity", "vin", "vin-last", "title", "customer",
                         "confirmation", "policy", "bank"])
        if mode == "license":
            n = self.dl()
            b.say("agent", Q_HELDOUT24["account"][0])
            b.say("customer", self.pre(), ("pii", "account", f"{self.letter(n[0])}, {self.say(n[1:5])}, "
                                                             f"{self.say(n[5:])}"), ".")
            if r.random() < 0.6:
                b.say("agent", "Thank you, ", ("pii", "account", n), r.choice([".", ", and that's expiring in April?"]))
        elif mode == "license-split":
            n = self.dl()
            b.say("agent", Q_HELDOUT24["account"][0])
            b.say("customer", r.choice(["It starts with ", "Okay, first there's a letter, "]),
                  ("pii", "account", self.letter(n[0])), r.choice([", then ", ". Then it's "]),
                  ("pii", "account", self.say(n[1:5])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(n[5:])), ".")
            if r.random() < 0.5:
                b.say("agent", "I have ", ("pii", "account", f"{n[0]} {self.words(n[1:])}"), ".")
                b.say("customer", "That's right.")
        elif mode in ("plate", "vanity"):
            b.say("agent", Q_HELDOUT24["account"][1])
            if mode == "plate":
                plate = str(r.randint(1, 9)) + "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)) + \
                    rand_digits(r, 3, False)
                said = self.chars(plate)
            else:
                plate = r.choice(["GOPATS", "NANA4", "BIGBLU", "MYTRUK", "LUVBUG", "XLR8", "HIKER1", "GR8DAY"])
                said = ", ".join(self.letter(c) if c.isalpha() else c for c in plate)
                b.say("customer", r.choice(["It's a vanity plate. ", "It's one of the custom ones. "]),
                      ("pii", "account", said), ".")
                b.say("agent", "So ", ("pii", "account", plate), ", on the ", ("keep", "vehicle",
                                                                                r.choice(HELDOUT24_BRANDS["vehicle"])),
                      "?")
                b.say("customer", "Yep, that's the one.")
                return
            b.say("customer", self.pre(), ("pii", "account", said), r.choice([".", ", regular passenger plate."]))
            if r.random() < 0.6:
                b.say("agent", r.choice(["Okay, ", "I've got "]), ("pii", "account", plate),
                      r.choice([", a twenty seventeen ", ", the "]),
                      ("keep", "vehicle", r.choice(HELDOUT24_BRANDS["vehicle"])), "?")
        elif mode == "vin":
            v = self.vin()
            b.say("agent", Q_HELDOUT24["account"][2])
            b.say("customer", r.choice(["Okay, I'm reading it off the door. ", "Yeah, hold on. "]),
                  ("pii", "account", self.chars(v[:9])), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.chars(v[9:])), ".")
            if r.random() < 0.5:
                b.say("agent", "And the last six are ", ("pii", "account", self.words(v[11:])), "?")
                b.say("customer", "Yes.")
        elif mode == "vin-last":
            v = self.vin()
            b.say("agent", "Can you give me the last six of the VIN so I know which car we're talking about?")
            b.say("customer", self.pre(), ("pii", "account", self.say(v[11:])), ".")
        elif mode == "title":
            t = rand_digits(r, 8, False)
            b.say("customer", "I have the title right here. The title number up in the corner is ",
                  ("pii", "account", f"{self.say(t[:4])} {self.say(t[4:])}"), ".")
            b.say("agent", "Okay, and is there a lienholder listed on the front?")
            b.say("customer", "No, it's paid off.")
        elif mode == "customer":
            c = "C" + rand_digits(r, 7, False)
            b.say("agent", Q_HELDOUT24["account"][4])
            b.say("customer", self.pre(), ("pii", "account", f"{self.letter('C')} {self.say(c[1:])}"), ".")
        elif mode == "confirmation":
            code = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if k < 2 else str(r.randint(0, 9)) for k in range(7))
            b.say("agent", Q_HELDOUT24["account"][3])
            b.say("customer", r.choice(["It's in the email, um... ", self.pre()]), ("pii", "account", self.chars(code)),
                  ".")
            if r.random() < 0.5:
                b.say("agent", "Got it, ", ("pii", "account", code), ", that's Thursday at nine forty at the ",
                      "Westfield office?")
        elif mode == "policy":
            p = rand_digits(r, 3, False) + "-" + rand_digits(r, 4, False) + "-" + rand_digits(r, 3, False)
            ins = r.choice(HELDOUT24_BRANDS["insurer"][:10])
            b.say("agent", "We didn't get an electronic confirmation from your insurer. What's the policy number?")
            b.say("customer", "It's ", ("keep", "insurer", ins), ", the policy number is ",
                  ("pii", "account", " ".join(self.say(x) for x in p.split("-"))), ".")
        else:
            acct = rand_digits(r, r.choice([9, 10, 11]), False)
            b.say("agent", "To pay from a checking account I'll need the routing number and then the account "
                           "number.")
            b.say("customer", "Routing is two one one, three seven oh, one five oh. And the account is ",
                  ("pii", "account", f"{self.say(acct[:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "account", self.say(acct[5:])), ".")

    def ssn(self, b: Builder) -> None:
        r = self.r
        s = f"{r.randint(100, 665)}{r.randint(10, 99)}{rand_digits(r, 4, False)}"
        mode = r.choice(["last4", "last4", "two-turns", "readback", "why", "dash"])
        if mode == "last4":
            b.say("agent", Q_HELDOUT24["ssn"][0])
            b.say("customer", self.pre(), ("pii", "ssn", self.say(s[5:])), ".")
            if r.random() < 0.5:
                b.say("agent", ("pii", "ssn", self.words(s[5:])), ", thank you, that matches.")
        elif mode == "two-turns":
            b.say("agent", Q_HELDOUT24["ssn"][1])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])}, {self.say(s[3:5])}"), "...")
            b.say("agent", r.choice(self.sc.acks))
            b.say("customer", ("pii", "ssn", self.say(s[5:])), ".")
        elif mode == "readback":
            b.say("agent", Q_HELDOUT24["ssn"][2])
            b.say("customer", self.pre(), ("pii", "ssn", f"{self.say(s[:3])} {self.say(s[3:5])} {self.say(s[5:])}"),
                  ".")
            b.say("agent", "So ", ("pii", "ssn", f"{s[:3]}-{s[3:5]}-{s[5:]}"), "?")
            b.say("customer", "Correct.")
        elif mode == "why":
            b.say("agent", Q_HELDOUT24["ssn"][1])
            b.say("customer", "Do you really need the whole thing? I'm nervous giving that over the phone.")
            b.say("agent", "It's required by state law for a new license, and it's only used to verify with "
                           "Social Security.")
            b.say("customer", "Okay. ", ("pii", "ssn", ", ".join([self.say(s[:3]), self.say(s[3:5]),
                                                                  self.say(s[5:])])), ".")
        else:
            b.say("agent", Q_HELDOUT24["ssn"][2])
            b.say("customer", "It's ", ("pii", "ssn", f"{s[:3]} dash {s[3:5]} dash {s[5:]}"), ".")

    def email(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        f = re.sub(r"[^a-z]", "", first.lower())
        l = re.sub(r"[^a-z]", "", last.lower())
        dom = r.choice(self.DOMAINS)
        written = dom.replace(" dot ", ".")
        mode = r.choice(["plain", "spelled", "digits", "missing-letter", "underscore", "daughter"])
        if mode == "missing-letter" and len(l) < 4:
            mode = "digits"
        if mode == "daughter":
            b.say("customer", "Send it to my daughter's email, she handles all this for me. It's ",
                  ("pii", "email", f"{f}.{l} at {dom}"), ".")
            return
        self.sc.ask(b, "email")
        if mode == "plain":
            b.say("customer", self.pre(), ("pii", "email", f"{f} {l} at {dom}"), ".")
        elif mode == "spelled":
            local = (f[0] + l)[:10].upper()
            said = " ".join(f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and k in (0, 2) else c
                            for k, c in enumerate(local))
            b.say("customer", self.pre(), ("pii", "email", f"{said}, at {dom}"), ".")
        elif mode == "digits":
            n = str(r.randint(1950, 2005)) if r.random() < 0.5 else rand_digits(r, 2, False)
            b.say("customer", self.pre(), ("pii", "email", f"{f}{l[0]} {self.say(n)} at {dom}"), ".")
            if r.random() < 0.5:
                b.say("agent", "So ", ("pii", "email", f"{f}{l[0]}{n}@{written}"), "?")
                b.say("customer", "Yes ma'am." if r.random() < 0.5 else "Yep.")
        elif mode == "underscore":
            b.say("customer", self.pre(), ("pii", "email", f"{f} underscore {l} at {dom}"), ".")
        else:
            b.say("customer", self.pre(), ("pii", "email", f"{f}.{l}@{written}"), ".")
            k = r.randrange(1, len(l) - 1)
            b.say("agent", "I have ", ("pii", "email", f"{f}.{l[:k] + l[k + 1:]}@{written}"), ".")
            b.say("customer", "No, you dropped a letter. ", ("pii", "person", spell(last, r)), ".")

    def person(self, b: Builder) -> None:
        r = self.r
        first, last = self.sc.name()
        first2, last2 = self.sc.name()
        while first2 == first:
            first2, last2 = self.sc.name()
        mode = r.choice(["license-name", "spell", "deceased", "deceased", "doctor", "agent", "last-first",
                         "maiden"])
        if mode == "license-name":
            b.say("agent", Q_HELDOUT24["person"][0])
            b.say("customer", self.pre(), ("pii", "person", f"{first} {last}"),
                  r.choice([".", ", no middle name.", f", middle initial {r.choice('AJLMR')}."]))
        elif mode == "spell":
            b.say("agent", Q_HELDOUT24["person"][1])
            b.say("customer", "This is ", ("pii", "person", f"{first} {last}"), ".")
            self.sc.ask(b, "spell")
            letters = [c.upper() for c in last if c.isalpha()]
            said = (" ".join(f"{c} as in {self.AS_IN[c]}" if c in self.AS_IN and k % 3 == 0 else c
                             for k, c in enumerate(letters)) if r.random() < 0.5 else spell(last, r))
            b.say("customer", ("pii", "person", said), ".")
        elif mode == "deceased":
            who = r.choice(["father", "mother"])
            his = "his" if who == "father" else "her"
            b.say("customer", r.choice([f"My {who} passed away in the spring and the truck is still in {his} name.",
                                        f"My {who} died in January, and I need to transfer the car to me."]))
            b.say("agent", "I'm very sorry. " + Q_HELDOUT24["person"][3])
            b.say("customer", self.pre(), ("pii", "person", f"{first2} {last2}"), r.choice([
                ". I'm the executor.", ". I have the death certificate and the letter from probate."]))
            if r.random() < 0.5:
                b.say("agent", "And you are?")
                b.say("customer", ("pii", "person", f"{first} {last2}"), r.choice([", I'm the oldest.",
                                                                                   ", the only child."]))
        elif mode == "doctor":
            b.say("agent", "The medical review form has to be filled out and signed by your physician.")
            b.say("customer", "That's Doctor ", ("pii", "person", last2), r.choice([
                ", she's at the clinic on Route nine.", ", he's my cardiologist."]))
        elif mode == "agent":
            b.say("agent", "Thank you for calling the ", ("keep", "lexicon", "Registry of Motor Vehicles"),
                  ", this is ", ("pii", "person", first), ". How can I help you?")
        elif mode == "last-first":
            b.say("agent", Q_HELDOUT24["person"][2])
            b.say("customer", "It's ", ("pii", "person", f"{last.upper()}, {first.upper()}"),
                  ", that's how it's printed on the title.")
        else:
            b.say("customer", "I got married, so I need the name changed from ", ("pii", "person", last2),
                  " to ", ("pii", "person", last), ".")
            b.say("agent", "Congratulations. You'll need to bring the marriage certificate and update with ",
                  ("keep", "program", "Social Security"), " first.")

    def address(self, b: Builder) -> None:
        r = self.r
        num = str(r.randint(12, 4890))
        st = r.choice(self.STREETS) + r.choice(self.KINDS)
        city, zp = r.choice(self.CITIES)
        z = zp + rand_digits(r, 2, False)
        house = say_group(num, r, "pairs") if len(num) == 4 and num[2] != "0" and r.random() < 0.5 else num
        mode = r.choice(["move-in", "out-of-state", "apartment", "po-box", "zip-readback", "mail-plates"])
        if mode == "out-of-state":
            state = r.choice(self.STATES)
            old_num, old_st = str(r.randint(100, 9999)), r.choice(["Elm", "Pecan", "Saguaro", "Magnolia"])
            b.say("customer", f"I just moved here from {state}. My old address was ",
                  ("pii", "address", f"{old_num} {old_st} Street"), ", and the new one is ",
                  ("pii", "address", f"{house} {st}, {city}"), ".")
            b.say("agent", f"Okay. You'll need to surrender the {state} license when you come in.")
        elif mode == "apartment":
            b.say("agent", Q_HELDOUT24["address"][0])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, apartment {r.randint(1, 4)}{r.choice('ABCD')}"),
                  ".")
        elif mode == "po-box":
            b.say("agent", Q_HELDOUT24["address"][0])
            b.say("customer", "I live at ", ("pii", "address", f"{house} {st}"), ", but mail goes to ",
                  ("pii", "address", f"P O Box {self.say(rand_digits(r, 3, False))}"),
                  ", the carrier doesn't come out to us.")
        elif mode == "zip-readback":
            b.say("agent", Q_HELDOUT24["address"][1])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}, {city}, {self.say(z)}"), ".")
            if r.random() < 0.6:
                b.say("agent", "And the zip, ", ("pii", "address", self.words(z)), "?")
                b.say("customer", "Right.")
        elif mode == "mail-plates":
            b.say("agent", Q_HELDOUT24["address"][2])
            b.say("customer", "Same as on the license, ", ("pii", "address", f"{house} {st}"), ".")
        else:
            b.say("agent", Q_HELDOUT24["address"][1])
            b.say("customer", self.pre(), ("pii", "address", f"{house} {st}"), r.choice([
                ", we closed on the house last week.", "."]))

    def dob(self, b: Builder) -> None:
        r = self.r
        m, day, y = r.randint(1, 12), r.randint(1, 28), r.randint(1936, 2008)
        year = ("two thousand" if y == 2000 else f"two thousand {UNITS[y % 10]}" if y > 2000 else year_words(y))
        mode = r.choice(["words", "words", "numeric", "parent", "readback", "ordinal-of"])
        if mode == "words":
            self.sc.ask(b, "dob")
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year}"), ".")
        elif mode == "numeric":
            self.sc.ask(b, "dob")
            b.say("customer", self.pre(), ("pii", "dob", f"{self.words(f'{m:02d}')}, {self.words(f'{day:02d}')}, "
                                                         f"{pair_words(str(y)[2:], r)}"), ".")
        elif mode == "parent":
            b.say("agent", "I'll need your mother's date of birth to find her record.")
            y = r.randint(1926, 1958)
            b.say("customer", "Hers is ", ("pii", "dob", f"{MONTHS[m - 1]} {day}, {y}"),
                  r.choice([". That's what's on her license.", "."]))
        elif mode == "readback":
            self.sc.ask(b, "dob")
            b.say("customer", self.pre(), ("pii", "dob", f"{MONTHS[m - 1]} {ORDINALS[day - 1]}, {year}"), ".")
            b.say("agent", "Thank you, ", ("pii", "dob", f"{m:02d}/{day:02d}/{y}"), ".")
        else:
            self.sc.ask(b, "dob")
            b.say("customer", self.pre(), ("pii", "dob", f"the {ORDINALS[day - 1]} of {MONTHS[m - 1]}, {year}"),
                  r.choice([".", ", same as on the license."]))

    def distractor(self, b: Builder) -> None:
        r = self.r
        speaker, parts = r.choice([
            ("agent", ["The two-year registration is sixty dollars, plus a fifteen dollar late fee."]),
            ("agent", ["You'll fill out form R M V dash one, and bring it to window four."]),
            ("agent", ["The office at four twelve Commerce Drive is open eight thirty to four thirty, Monday to "
                       "Friday."]),
            ("customer", ["It's a twenty nineteen, and the odometer says eighty one thousand four hundred."]),
            ("agent", ["Under section twenty four of chapter ninety, you have thirty days after the move."]),
            ("agent", [f"If you have questions later, call {self.LINE}, option three for titles."]),
            ("customer", ["I waited two and a half hours at the branch last time."]),
            ("agent", ["The title fee is seventy five dollars and sales tax is six and a quarter percent of the "
                       "purchase price."]),
            ("agent", ["Your license expires on your birthday in twenty twenty seven, so you can renew any time "
                       "after the first of next month."]),
            ("customer", ["I paid forty dollars for the eye test at the optometrist."]),
            ("agent", ["The next appointment at that location is the eleventh at two fifteen."]),
            ("agent", ["The reinstatement fee is one hundred dollars, and there's a five hundred dollar cap on the "
                       "excise."]),
            ("customer", ["The notice says I owe a hundred and twenty dollars in excise from twenty twenty two."]),
            ("agent", ["You can use the code ", ("keep", "lexicon", "RENEW early"), " on the mailer to waive the "
                       "convenience fee."]),
            ("agent", ["With ", ("keep", "lexicon", "RoadReady Online"), " you can do the renewal in about ten "
                       "minutes."]),
            ("customer", ["It's a six-cylinder, about forty two hundred pounds."]),
            ("agent", ["That's the Class D license, so you're good for anything under twenty six thousand pounds."]),
            ("agent", ["Seniors seventy five and older renew every five years instead of eight."]),
        ])
        b.say(speaker, *parts)


def heldout24_filler(data: Path) -> tuple[list[str], list[str]]:
    """CLINC150's full test split at offset 2 (every seventh, which no other split took; insurance, bill,
    card-declined and date intents, and phone-line talk: "repeat that", "slow down", yes, no, thanks) and Bitext's 27k sample at offset 10 (every eleventh, a stride no other split took;
    payment, account, registration, password, complaint and agent-request intents, no typo or offensive lines, no
    "u"/"ur"), dropping lines about orders, shipping, invoices, newsletters, the assistant or a named place, and
    lines that hold a lower-case common name or a named store, bank or place."""
    full = json.loads((data / "clinc150" / "data_full.json").read_text(encoding="utf-8"))
    clinc = [t for t, i in full["test"][2::7] if i in _CLINC_HELDOUT24]
    bitext = bitext_lines(data, 10, 11, _BITEXT_HELDOUT24)
    cust = [t for t in customer_lines(clinc + bitext) if not _OFF_HELDOUT24.search(t)]
    return AGENT_HELDOUT24, cust


_CLINC_HELDOUT24 = {"insurance", "insurance_change", "pay_bill", "bill_due", "card_declined", "date", "repeat",
                    "change_speed", "yes", "no", "maybe", "thank_you", "goodbye", "greeting"}
_BITEXT_HELDOUT24 = {"payment_issue", "check_payment_methods", "edit_account", "recover_password", "create_account",
                     "registration_problems", "contact_human_agent", "complaint"}
_OFF_HELDOUT24 = re.compile(r"\b(orders?|shipping|shipments?|invoices?|newsletters?|deliver(y|ies)|purchases?|"
                            r"ai|bot|robot|alexa|siri|google|amazon|app|freelancer|platinum|gold|premium|"
                            r"standard account|publix|vietnam|allstate|hsbc|mastercard)\b", re.I)


def demo_set() -> list[dict]:
    """The demo's reference turns with the PII planted in its scripts."""
    refs = json.loads((ROOT / "voc" / "demo" / "references.json").read_text(encoding="utf-8"))
    lex = lexicon_names(ROOT / "voc" / "demo" / "lexicons.yaml")
    out = []
    for name, ref in refs.items():
        turns = ref["turns"]
        pii = []
        for p in ref["pii"]:
            text = turns[p["turn"]]["text"]
            s = text.index(p["text"])
            pii.append({"utt": p["turn"], "start": s, "end": s + len(p["text"]), "type": p["type"], "text": p["text"]})
        for k, t in enumerate(turns):  # the agents' introductions ("this is Dana,") are names the scripts don't list
            for m in re.finditer(r"\bthis is ([A-Z][a-z]+)", t["text"]):
                if not any(p["utt"] == k and p["start"] <= m.start(1) < p["end"] for p in pii):
                    pii.append({"utt": k, "start": m.start(1), "end": m.end(1), "type": "person", "text": m.group(1)})
        keep = []
        for k, t in enumerate(turns):
            for n in lex:
                for m in re.finditer(re.escape(n), t["text"], re.I):
                    keep.append({"utt": k, "start": m.start(), "end": m.end(), "kind": "lexicon", "text": m.group()})
        out.append({"id": f"demo-{name}", "split": "demo", "source": "voc demo references.json",
                    "lexicon": "voc/demo/lexicons.yaml",
                    "utterances": [{"speaker": t["role"], "text": t["text"]} for t in turns], "pii": pii, "keep": keep})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--n", type=int, default=150, help="conversations per split")
    ap.add_argument("--splits", nargs="*", help="only these splits (default: all, and demo); the held-out sets "
                    "were each written once: heldout5 with --splits heldout5 --seed 515")
    args = ap.parse_args()
    if not (args.data / "dialogsum").is_dir():
        raise SystemExit(f"{args.data}: no dialogsum folder. Fix: pass --data pointing at shared/data.")
    abcd = json.loads((args.data / "abcd-sample" / "abcd_sample.json").read_text(encoding="utf-8"))
    specs = {
        "dev": (dialogsum_filler(args.data), dev_names(args.data), DEV_BRANDS, BRAND_LINES_DEV,
                "voc/demo/lexicons.yaml", "dialogsum dev + census/ABCD names"),
        "heldout": (heldout_filler(args.data), NAMES_HELDOUT, HELDOUT_BRANDS, BRAND_LINES_HELDOUT,
                    "eval/pii/heldout_lexicon.yaml", "natcs-insurance-dev + bitext + held-out names"),
        "heldout2": (heldout2_filler(args.data), NAMES_HELDOUT2, HELDOUT2_BRANDS, BRAND_LINES_HELDOUT2,
                     "eval/pii/heldout2_lexicon.yaml", "banking77 + clinc150 + second held-out names"),
        "heldout3": (heldout3_filler(args.data), NAMES_HELDOUT3, HELDOUT3_BRANDS, BRAND_LINES_HELDOUT3,
                     "eval/pii/heldout3_lexicon.yaml", "dialogsum test + bitext 20000 + third held-out names"),
        "heldout4": (heldout4_filler(args.data), NAMES_HELDOUT4, HELDOUT4_BRANDS, BRAND_LINES_HELDOUT4,
                     "eval/pii/heldout4_lexicon.yaml", "abcd sample dialogues + clinc150 val + fourth held-out names"),
        "heldout5": (heldout5_filler(args.data), NAMES_HELDOUT5, HELDOUT5_BRANDS, BRAND_LINES_HELDOUT5,
                     "eval/pii/heldout5_lexicon.yaml", "clinc150 full train + bitext 20000 + fifth held-out names"),
        "heldout6": (heldout6_filler(args.data), NAMES_HELDOUT6, HELDOUT6_BRANDS, BRAND_LINES_HELDOUT6,
                     "eval/pii/heldout6_lexicon.yaml",
                     "clinc150 full test + oos test + banking77 train (offset 2) + sixth held-out names"),
        "heldout7": (heldout7_filler(args.data), NAMES_HELDOUT7, HELDOUT7_BRANDS, BRAND_LINES_HELDOUT7,
                     "eval/pii/heldout7_lexicon.yaml",
                     "clinc150 full train (offset 7) + oos train/val + bitext sample (offset 3) + seventh held-out names"),
        "heldout8": (heldout8_filler(args.data), NAMES_HELDOUT8, HELDOUT8_BRANDS, BRAND_LINES_HELDOUT8,
                     "eval/pii/heldout8_lexicon.yaml",
                     ("clinc150 full val (auto/banking/cards) + banking77 train (offset 4) + bitext 20000 (offset 2) "
                      "+ eighth held-out names")),
        "heldout9": (heldout9_filler(args.data), NAMES_HELDOUT9, HELDOUT9_BRANDS, BRAND_LINES_HELDOUT9,
                     "eval/pii/heldout9_lexicon.yaml",
                     ("clinc150 full train (offset 9; banking/cards/work/meta) + banking77 train (offset 1) "
                      "+ bitext sample (offset 5) + ninth held-out names")),
        "heldout10": (heldout10_filler(args.data), NAMES_HELDOUT10, HELDOUT10_BRANDS, BRAND_LINES_HELDOUT10,
                      "eval/pii/heldout10_lexicon.yaml",
                      ("clinc150 full train (offset 1; banking/cards/travel notice/meta) + banking77 train "
                       "(offsets 1 and 4, card intents) + bitext sample (offset 4) + tenth held-out names")),
        "heldout11": (heldout11_filler(args.data), NAMES_HELDOUT11, HELDOUT11_BRANDS, BRAND_LINES_HELDOUT11,
                      "eval/pii/heldout11_lexicon.yaml",
                      ("clinc150 full test (offset 5; bills/income/credit/meta) + banking77 train (offset 3) "
                       "+ bitext sample (offset 6) + eleventh held-out names")),
        "heldout12": (heldout12_filler(args.data), NAMES_HELDOUT12, HELDOUT12_BRANDS, BRAND_LINES_HELDOUT12,
                      "eval/pii/heldout12_lexicon.yaml",
                      ("clinc150 full train (offset 5; orders/rewards/bills/cards/meta) + bitext sample (offset 2; "
                       "orders/delivery/refunds/account) + twelfth held-out names")),
        "heldout13": (heldout13_filler(args.data), NAMES_HELDOUT13, HELDOUT13_BRANDS, BRAND_LINES_HELDOUT13,
                      "eval/pii/heldout13_lexicon.yaml",
                      ("clinc150 full train (offset 6; taxes/W-2/income/pay/bills/meta) + clinc150 full val (work/meta) "
                       "+ banking77 train (offset 3, transfers) + bitext sample (offset 1) + thirteenth held-out names")),
        "heldout14": (heldout14_filler(args.data), NAMES_HELDOUT14, HELDOUT14_BRANDS, BRAND_LINES_HELDOUT14,
                      "eval/pii/heldout14_lexicon.yaml",
                      ("clinc150 full train (offset 8; rental/distance/insurance/calendar/bills/meta) + bitext sample "
                       "(offset 11 of 14; orders/delivery/refunds/payment) + fourteenth held-out names")),
        "heldout15": (heldout15_filler(args.data), NAMES_HELDOUT15, HELDOUT15_BRANDS, BRAND_LINES_HELDOUT15,
                      "eval/pii/heldout15_lexicon.yaml",
                      ("clinc150 full train (offset 4; reminders/calendar/bills/cards/insurance/meta) + bitext sample "
                       "(offset 0 of 7; payment/refund/invoice/account) + fifteenth held-out names")),
        "heldout16": (heldout16_filler(args.data), NAMES_HELDOUT16, HELDOUT16_BRANDS, BRAND_LINES_HELDOUT16,
                      "eval/pii/heldout16_lexicon.yaml",
                      ("clinc150 full train (offset 10; bills/cards/freeze/nutrition/insurance/calendar/meta) "
                       "+ bitext 20000 (offset 7 of 9; cancellation/refund/invoice/account) + sixteenth held-out "
                       "names")),
        "heldout17": (heldout17_filler(args.data), NAMES_HELDOUT17, HELDOUT17_BRANDS, BRAND_LINES_HELDOUT17,
                      "eval/pii/heldout17_lexicon.yaml",
                      ("clinc150 full train (offset 2; bills/balance/interest/credit/insurance/taxes/meta) "
                       "+ banking77 train (offset 1; direct debits/identity) + bitext 20000 (offset 4 of 18; "
                       "payment/invoice/account) + seventeenth held-out names")),
        "heldout19": (heldout19_filler(args.data), NAMES_HELDOUT19, HELDOUT19_BRANDS, BRAND_LINES_HELDOUT19,
                      "eval/pii/heldout19_lexicon.yaml",
                      ("clinc150 full train (offset 0; order status/cards/measurements/meta) + bitext 20000 "
                       "(offsets 1 and 6 of 9; tracking/delivery/shipping address/complaints) + nineteenth held-out "
                       "names")),
        "heldout18": (heldout18_filler(args.data), NAMES_HELDOUT18, HELDOUT18_BRANDS, BRAND_LINES_HELDOUT18,
                      "eval/pii/heldout18_lexicon.yaml",
                      ("clinc150 full train (offset 0; bills/cards/smart home/reminders/meta) + bitext "
                       "sample (offset 9 of 13; cancellation/payment/invoice/account) + eighteenth held-out names")),
        "heldout20": (heldout20_filler(args.data), NAMES_HELDOUT20, HELDOUT20_BRANDS, BRAND_LINES_HELDOUT20,
                      "eval/pii/heldout20_lexicon.yaml",
                      ("clinc150 full test (offsets 0, 3 and 6 of 7; rollover/transfer/routing/taxes/fraud/meta) "
                       "+ bitext 20000 (offset 3 of 9; account/password/payment/agent) + twentieth held-out "
                       "names")),
        "heldout23": (heldout23_filler(args.data), NAMES_HELDOUT23, HELDOUT23_BRANDS, BRAND_LINES_HELDOUT23,
                      "eval/pii/heldout23_lexicon.yaml",
                      ("clinc150 full test (offsets 1 and 4 of 7; orders/cancel/card declined/food/meta) "
                       "+ bitext 20000 (offset 8 of 9; orders/refunds/delivery/account/complaints) "
                       "+ twenty-third held-out names")),
        "heldout24": (heldout24_filler(args.data), NAMES_HELDOUT24, HELDOUT24_BRANDS, BRAND_LINES_HELDOUT24,
                      "eval/pii/heldout24_lexicon.yaml",
                      ("clinc150 full test (offset 2 of 7; insurance/bills/cards declined/date/meta) "
                       "+ bitext sample (offset 10 of 11; payment/account/registration/complaint/agent) "
                       "+ twenty-fourth held-out names")),
        "heldout25": (heldout25_filler(args.data), NAMES_HELDOUT25, HELDOUT25_BRANDS, BRAND_LINES_HELDOUT25,
                      "eval/pii/heldout25_lexicon.yaml",
                      ("clinc150 full train (offset 12 of 13; bills/credit score/application status/income/taxes/meta) "
                       "+ bitext sample (offset 10 of 16; payment/invoice/account/complaint/agent) "
                       "+ twenty-fifth held-out names")),
        "heldout21": (heldout21_filler(args.data), NAMES_HELDOUT21, HELDOUT21_BRANDS, BRAND_LINES_HELDOUT21,
                      "eval/pii/heldout21_lexicon.yaml",
                      ("clinc150 full train (offset 3 of 11; order status/insurance/cards/meta) "
                       "+ bitext 20000 (offset 8 of 9; tracking/shipping address/delivery/payment/agent) "
                       "+ twenty-first held-out names")),
        "heldout22": (heldout22_filler(args.data), NAMES_HELDOUT22, HELDOUT22_BRANDS, BRAND_LINES_HELDOUT22,
                      "eval/pii/heldout22_lexicon.yaml",
                      ("clinc150 full test (offsets 1 and 4 of 7; bills/taxes/income/cards/calendar/vaccines/meta) "
                       "+ bitext sample (offset 8 of 17; payment/invoice/refund/account/complaint) + twenty-second "
                       "held-out names")),
    }
    if args.splits:
        unknown = set(args.splits) - set(specs) - {"demo"}
        if unknown:
            raise SystemExit(f"--splits: unknown {sorted(unknown)}. Valid: {sorted(specs)} and demo.")
        specs = {k: v for k, v in specs.items() if k in args.splits}
    for split, ((agent_fill, cust_fill), names, brands, lines, lexpath, source) in specs.items():
        rng = random.Random(f"{args.seed}-{split}")
        scenes = Scenes(rng, split, names, abcd)
        lex = lexicon_names(ROOT / lexpath)
        rows = []
        for i in range(args.n):
            b = conversation(rng, scenes, agent_fill, cust_fill, brands, lines, lex)
            rows.append({"id": f"{split}-{i:04d}", "split": split, "source": source, "lexicon": lexpath,
                         "utterances": b.utts, "pii": b.pii, "keep": b.keep})
        write(HERE / f"{split}.jsonl", rows)
    if not args.splits or "demo" in args.splits:
        write(HERE / "demo.jsonl", demo_set())


def write(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    n_pii = sum(len(r["pii"]) for r in rows)
    print(f"wrote {path.relative_to(ROOT)}: {len(rows)} conversations, {n_pii} PII items, "
          f"{sum(len(r['keep']) for r in rows)} brand/product mentions")


if __name__ == "__main__":
    main()
