"""How replylint scored replies it had never seen: each round of tests/fixtures/phrasings.jsonl, scored
by the code as it was before that round's fixes, and by the code now.

    python benchmarks/blind_rounds.py [--json benchmarks/results/blind-rounds.json]

The rounds were written after the rules, in wordings the packs did not contain, to check that rules
generalise (the dev corpus was seen while the rules were written). Each round's misses were then fixed
with general patterns, so the "now" column is a regression score, not accuracy; the "before" column is
the honest one. The old code is checked out with ``git worktree`` (the history must be present) and
scored with this checkout's ``accuracy.py``/``scoring.py``, so the scoring is the same for both columns.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from shared import checked_out, write_json  # noqa: E402

ROOT = HERE.parent
FIXTURE = ROOT / "tests" / "fixtures" / "phrasings.jsonl"

# record id prefix -> (the commit before the round's fixes, what the round holds)
ROUNDS = {
    "a": ("1455ac4", "every category, en/nl/ar (90 replies)"),
    "b": ("1455ac4", "every category, written after round a's misses were seen (43)"),
    "c": ("1455ac4", "clean replies close to round a's new patterns, and 4 positives (37)"),
    "d": ("3249f80", "Arabic, obfuscated toxicity, Dutch formality, English tone (49)"),
    "e": ("b7842a7", "tone and toxicity in other words, en/nl/ar (39)"),
    "f": ("65c9d2d", "pii formats and requests, typos (31)"),
    "g": ("78f2ffe", "a helpdesk's mix, 9 of them clean, en/nl/ar (30)"),
    "h": ("1aa0611", "tone and toxicity as in dev.jsonl, 6 clean, en/nl/ar (32)"),
    "i": ("941ba3c", "dev.jsonl's kinds of tone in other words, 4 clean, en/nl/ar (28)"),
    "j": ("8180fd5", "toxicity in other words, masked and in groups, 4 clean, en/nl/ar (25)"),
    "k": ("2feef96", "boilerplate, placeholders, typos, channel, context, 6 clean, en/nl/ar (21)"),
    "l": ("4c6c57c", "every category in new wordings, 10 clean, en/nl/ar (62)"),
    "m": ("b4e8d51", "pii formats, longer emails, tone and toxicity in new wordings, 14 clean, en/nl/ar (50)"),
    "n": ("6945513", "typos and names in longer replies, channel, subtle tone, 22 clean, en/nl/ar (48)"),
    "o": ("b0bb217", "quoted customer text, one-line chat replies, formality, placeholders, pii formats, 12 clean "
                     "(45)"),
    "p": ("be433c3", "Arabic dialect, informal Dutch, British English, short chat boilerplate, 6 clean (45)"),
    "q": ("0c8c726", "airline, bank, telecom, shop and energy replies, 15 clean, en/nl/ar (40)"),
    "r": ("982a3a4", "tone, toxicity and boilerplate in new wordings, 9 clean, en/nl/ar (38)"),
    "s": ("fd60d5b", "a helpdesk's mix in new wordings, 6 clean, en/nl/ar (30)"),
    "t": ("20462d9", "warm, specific replies close to the patterns, 15 clean, and 5 positives, en/nl/ar (20)"),
    "u": ("39117aa", "every category in dev.jsonl's style, new wordings, 10 clean, en/nl/ar (52)"),
    "v": ("39117aa", "tricky clean replies (quoted abuse, company contacts, last four digits), boilerplate, pii, "
                     "typos, context, 12 clean, en/nl/ar (42)"),
    "w": ("018f006", "WhatsApp, SMS and public replies, obfuscated swearing, tone and pii requests in new words, "
                     "12 clean, en/nl/ar (48)"),
    "x": ("360ce21", "dev.jsonl's kinds of reply (telecom, shop, Arabic marketplace), several problems per reply, "
                     "6 clean, en/nl/ar (40)"),
    "y": ("6082770", "Arabic (Gulf and Levantine) and Dutch tone, toxicity, pii and boilerplate, 7 clean (38)"),
    "z": ("32ec1a0", "channel limits and markup, placeholders, quoted abuse, credentials, real-word typos ('cant', "
                     "'its'), 10 clean, en/nl (34)"),
    "aa": ("7597071", "subtle tone in new wordings (queue waiting, 'in terms you'll understand', 'if people just "
                      "followed'), 8 clean, en/nl/ar (30)"),
    "ab": ("4607c66", "clean replies next to the patterns ('stupid mistake on our side', 'kill the process', quoted "
                      "words, dates and references), 19 clean, and 9 positives, en/nl/ar (28)"),
    "ac": ("18dd4da", "English telecom replies in dev.jsonl's style, 5 clean (20)"),
    "ad": ("c755627", "Dutch shop replies in dev.jsonl's style, 4 clean (16)"),
    "ae": ("52102fc", "English airline, bank and SaaS replies in dev.jsonl's style, 13 clean (38)"),
    "af": ("3e2de7a", "Arabic marketplace and Dutch telecom replies in dev.jsonl's style, 10 clean (36)"),
    "ag": ("f8d63c2", "English energy and food delivery, Dutch insurance, in dev.jsonl's style, 11 clean (34)"),
    "ah": ("a91c757", "hotel (en), gym (nl) and ride-hailing (ar) replies: addresses, phones, ids, typos, 11 clean "
                      "(36)"),
    "ai": ("4ce9ba6", "tone in fresh wordings, telecom (en), furniture (nl), electronics (ar), 12 clean (36)"),
    "aj": ("5137d4f", "clean replies full of brands, jargon, compounds and dialect, and typos, en/nl/ar, 19 clean "
                      "(28)"),
    "ak": ("60d1d72", "clean replies with titles, codes, prices, addresses, third parties' names, en/nl/ar, 21 clean "
                      "(25)"),
    "al": ("5c67bf5", "toxicity: masked words, threats, group attacks, quoted abuse in clean replies, en/nl/ar, 7 "
                      "clean (24)"),
    "am": ("29091e2", "tone in dev.jsonl's style, streaming service (en) and bank (nl), 9 clean (25)"),
    "an": ("baf2727", "Egyptian and Gulf Arabic: telecom and shop replies, every category, 5 clean (22)"),
    "ao": ("2aec35b", "broadband (en), bike shop (nl), Gulf shop (ar): tone in new wordings, pii, typos, boilerplate, "
                      "8 clean (42)"),
    "ap": ("4edba4a", "airline (en, ar) and furniture shop (nl): typos, dismissive tone, dialect, pii, channel, 19 "
                      "clean (40)"),
    "aq": ("f9af2fe", "bank (en, ar) and health insurer (nl): tone in short chat replies, names, pii, formality, "
                      "17 clean (36)"),
    "as": ("a3a12a3", "gym (en), meal delivery (nl), restaurant (ar): toxicity, rude tone, boilerplate, placeholders, "
                      "15 clean (34)"),
    "at": ("0262288", "clean replies only: lettings (en), energy (nl), electricity (ar), written as agents write (28)"),
    "au": ("4cd2fdd", "parcel delivery, en/nl/ar: sarcasm, brush-offs and talking down in fresh idioms, 15 clean (32)"),
    "av": ("da47967", "pii formats, requests and whose data it is (company accounts, the customer's own number), "
                      "placeholders, en/nl/ar, 11 clean (28)"),
    "aw": ("a0b0965", "travel agency, mostly Dutch (formality, d/t, clean replies naming documents), en/ar, 19 clean "
                      "(28)"),
    "ax": ("be6c575", "English telecom in dev.jsonl's style: typos, names, tone, 14 clean (22)"),
    "ay": ("22af7ba", "Arabic telecom and shop: classic misspellings (لاكن، ذالك، هاذا), dialect, tone, 16 clean (24)"),
    "az": ("6cbaedc", "a web shop in dev.jsonl's style, en/nl/ar: terse brush-offs, blame in questions, a title with je, "
                      "14 clean (24)"),
    "ba": ("42d678c", "energy (en), home insurance (nl), water (ar): unkind lines inside polite e-mails, 14 clean "
                      "(22)"),
    "bb": ("b00ff75", "toxicity in new words (insults, curses, dares, group attacks), en/nl/ar, 8 clean (26)"),
    "bc": ("017e19f", "boilerplate, placeholders and channel limits, streaming (en), shop (nl, ar), 10 clean (20)"),
    "bd": ("e3e973c", "electronics shop, en/nl/ar: clean replies full of product jargon, and 3 typos, 19 clean (22)"),
    "be": ("c532560", "short Dutch and Arabic chat replies: brush-offs, blame, sarcasm in everyday words, 9 clean "
                      "(22)"),
    "bf": ("ecd0674", "subtle English tone in dev.jsonl's telecom style, 7 clean (16)"),
    "bg": ("c561086", "every category in dev.jsonl's style, en/nl/ar, 9 clean (18)"),
    "bh": ("98e600f", "clean replies only, a web shop in en/nl/ar (18)"),
    "bi": ("202066d", "bank chat, en/nl/ar: own and others' account data, codes, requests and warnings, 11 clean (16)"),
    "bj": ("f42141d", "Dutch e-mails from a furniture shop, typos and d/t slips, 10 clean (12)"),
    "bk": ("01824b3", "capitals and exclamation marks, angry and cheerful, en/nl/ar, 5 clean (14)"),
    "bl": ("4efb300", "channels (WhatsApp, SMS, public posts), quoted abuse, masked and own data, en/nl/ar, 9 clean "
                      "(14)"),
    "bm": ("a7d066b", "formal Arabic (MSA) e-mails and chats of a telecom: tone in written register, 5 clean (12)"),
    "bn": ("71de597", "formal registers: Arabic (MSA) shop replies and Dutch municipal letters, 5 clean (12)"),
    "bo": ("354c4d3", "terse English chat replies: sarcasm, blame and brush-offs in few words, 4 clean (12)"),
    "bp": ("6299a37", "terse Dutch chat replies: talking down, blame and brush-offs in few words, 3 clean (10)"),
    "bq": ("0cb763b", "terse Gulf Arabic chat replies: blame, brush-offs and sarcasm in few words, 4 clean (10)"),
    "br": ("15e413f", "telecom, bike shop and Saudi web shop in dev.jsonl's style, every category, 6 clean (30)"),
    "bs": ("5e68bd6", "kitchen shop, furniture and UAE marketplace: every category, 8 clean (28)"),
    "bt": ("16248e3", "banks and a health insurer: credentials, ids, requests, tone in few words, 8 clean (28)"),
    "bu": ("2add106", "tone only: streaming, energy and airline chats, blame/brush-offs/sarcasm in new wordings, 12 "
                      "clean (28)"),
    "bv": ("698a360", "toxicity only: games, parcels and food delivery, slang, obfuscation, conditional threats, "
                      "groups, 10 clean (26)"),
    "bw": ("5472b35", "placeholders, boilerplate, channel, wrong names and languages, repeated words, 7 clean (25)"),
    "bx": ("2135cec", "pii: energy, bike rental, Saudi property; whose data it is, masked and company data, 12 clean "
                      "(25)"),
    "by": ("88d3d05", "typos in jargon-heavy SaaS, garden centre and perfume replies, 10 clean (19)"),
    "bz": ("0b06c34", "parcels, a bakery and a hotel in dev.jsonl's style, several problems per reply, 10 clean (19)"),
    "ca": ("3599432", "Dutch only: a municipality and a housing corporation, every category, 7 clean (20)"),
    "cb": ("161cbf2", "Arabic only: a bank and an electricity company, MSA and Gulf, every category, 7 clean (20)"),
    "cc": ("a5e0a76", "clean only: broadband, florist, transit card, vet, gym, restaurant, en/nl/ar (20)"),
    "cd": ("8fbcc8b", "English home insurance e-mails and chats: subtle tone, each with a clean twin (20)"),
    "ce": ("56911f9", "Dutch insurance replies in round cd's kinds of tone, new wordings, 7 clean (18)"),
    "cf": ("96409c9", "Arabic (Gulf and MSA) insurance replies in round cd's kinds of tone, 7 clean (17)"),
    "cg": ("72101ef", "English mobile-operator chats: tone, each with a clean twin (12)"),
    "ch": ("72101ef", "the same in Dutch, new wordings (11)"),
    "ci": ("72101ef", "the same in Gulf Arabic, new wordings (11)"),
    "cj": ("ed7a206", "English e-learning chats and e-mails: every kind of tone, toxicity, 5 clean (12)"),
    "ck": ("ed7a206", "the same in Dutch, with u/je mixing, 4 clean (11)"),
    "cl": ("ed7a206", "the same in Gulf Arabic, 4 clean (10)"),
    "cm": ("ad0fa71", "holiday-rental boilerplate, placeholders, wrong names and languages in en/nl/ar, 3 clean (16)"),
    "cn": ("6e0da6b", "ride-hailing in en/nl/ar: a driver's number, blame, insults in ordinary words, 5 clean (14)"),
    "co": ("bd1ae53", "travel bookings in en/nl/ar: birth dates, passports, login codes, requests, 7 clean (16)"),
    "cp": ("a66fd7d", "one problem per reply in dev.jsonl's style, energy, bike lease and Gulf shop, en/nl/ar, 7 clean "
                      "(24)"),
    "cq": ("18198d5", "an airline's chats and e-mails in English: brush-offs, sarcasm, talking down, insults, 2 clean "
                      "(8)"),
    "cr": ("18198d5", "the same in Dutch (7)"),
    "cs": ("18198d5", "the same in Gulf Arabic (7)"),
    "ct": ("8ce6425", "a meal-kit service in English: brush-offs, blame, sarcasm, talking down, swearing, 2 clean (7)"),
    "cu": ("8ce6425", "the same in Dutch, 1 clean (6)"),
    "cv": ("8ce6425", "the same in Gulf Arabic, 2 clean (6)"),
    "cw": ("4834ff9", "Dutch only: a home-care shop's chats and e-mails, every kind of tone, 5 clean (14)"),
    "cx": ("4834ff9", "Gulf Arabic only: a pharmacy's chats and e-mails, every kind of tone, 4 clean (13)"),
    "cy": ("94a3403", "fibre broadband in en/nl/ar: typos, pii, placeholders, names and languages, 8 clean (18)"),
    "cz": ("566a871", "Dutch dental practice: blame, talking down, sarcasm, brush-offs, 3 clean (9)"),
    "da": ("566a871", "the same in Gulf Arabic, 3 clean (9)"),
    "db": ("5f347a6", "e-scooter rental replies in English, every category but channel, 3 clean (12)"),
    "dc": ("5f347a6", "the same in Dutch, with u/je mixing, 3 clean (13)"),
    "dd": ("5f347a6", "the same in Gulf Arabic, with a wrong name and a threat, 3 clean (13)"),
    "de": ("dc660b9", "removal-company replies in English: pii in the agent's words, shouting, markup in SMS, a group "
                      "attack, 3 clean (13)"),
    "df": ("dc660b9", "the same in Dutch, with a BSN, an IBAN and a d/t slip, 2 clean (13)"),
    "dg": ("dc660b9", "the same in Gulf Arabic, with a national id, an IBAN and a placeholder, 3 clean (13)"),
    "dh": ("4a45ef0", "internet-provider replies in Dutch: tone in new wordings, a threat, spelling, boilerplate, 3 clean "
                      "(14)"),
    "di": ("4a45ef0", "the same in Gulf Arabic, 4 clean (14)"),
    "dj": ("ab58948", "Dutch versions of 30 English tone replies of earlier rounds (the English pack catches them all), "
                      "6 clean (36)"),
    "dk": ("ab58948", "the same in Gulf Arabic, 6 clean (36)"),
    "dl": ("6eb9e04", "Dutch versions of 24 English toxic replies of earlier rounds, 5 clean with the same words (29)"),
    "dm": ("6eb9e04", "the same in Gulf Arabic: 22 toxic, 5 clean (27)"),
    "dn": ("363f3ab", "English versions of 38 Dutch and Arabic tone replies of earlier rounds, 6 clean with the same words "
                      "(44)"),
    "do": ("1773193", "gym replies in English, every category but channel, 3 clean (12)"),
    "dp": ("1773193", "the same in Dutch, 3 clean (12)"),
    "dq": ("1773193", "the same in Gulf Arabic, 3 clean (12)"),
    "dr": ("02bbd44", "bank replies in English: third parties' e-mails, requests for card photos, placeholders, an IBAN, "
                      "a reply in Spanish, a three-segment SMS, 4 clean (10)"),
    "ds": ("02bbd44", "the same in Dutch, with a date of birth, 4 clean (10)"),
    "dt": ("02bbd44", "the same in Gulf Arabic, with Arabic-Indic digits in a date of birth, 3 clean (10)"),
    "du": ("32cac50", "pet-insurance replies in English, tone in new wordings, 3 clean (10)"),
    "dv": ("32cac50", "the same in Dutch, 3 clean (10)"),
    "dw": ("32cac50", "the same in Gulf Arabic, 3 clean (10)"),
    "dx": ("76acef7", "food-delivery replies in English, tone in new wordings and an insult, 3 clean (10)"),
    "dy": ("76acef7", "the same in Dutch, 3 clean (10)"),
    "dz": ("76acef7", "the same in Gulf Arabic, 3 clean (10)"),
    "ea": ("4c2d5c7", "energy-supplier replies in English, tone in new wordings, scored with tone.unprofessional, 3 clean "
                      "(7)"),
    "eb": ("4c2d5c7", "the same in Dutch, 2 clean (6)"),
    "ec": ("4c2d5c7", "the same in Gulf Arabic, 2 clean (6)"),
    "ed": ("42314d3", "airline replies in English, tone in new wordings, scored with tone.unprofessional, 3 clean (9)"),
    "ee": ("42314d3", "the same in Dutch, 3 clean (9)"),
    "ef": ("42314d3", "the same in Gulf Arabic, 3 clean (9)"),
    "eg": ("8855d57", "car-rental replies in English in dev.jsonl's style, scored with toxicity.abusive: every category "
                      "but channel, 4 clean (14)"),
    "eh": ("8855d57", "the same in Dutch, with u/je mixing, 4 clean (14)"),
    "ei": ("8855d57", "the same in Gulf Arabic, 4 clean (14)"),
    "ej": ("69d865c", "furniture-store chats in English: blame, brush-offs, talking down, sarcasm, an insult, a group "
                      "attack and a threat in new wordings, 3 clean (10)"),
    "ek": ("69d865c", "the same in Dutch, 3 clean (10)"),
    "el": ("69d865c", "the same in Gulf Arabic, 3 clean (10)"),
    "em": ("5ca3296", "event-ticket e-mails in English: pii, spelling, names, a reply in the wrong language, a doubled "
                      "word, 3 clean with artists and venues (10)"),
    "ep": ("5ca3296", "the same in Dutch, with a BSN, 3 clean (10)"),
    "eo": ("5ca3296", "the same in Gulf Arabic, with an Emirates ID, 3 clean (10)"),
    "eq": ("970a4fc", "hotel-booking chats in English: tone and toxicity in new wordings (a group attack, a threat as a "
                      "promise), 3 clean (10)"),
    "er": ("970a4fc", "the same in Dutch, 3 clean (10)"),
    "es": ("970a4fc", "the same in Gulf Arabic, 3 clean (10)"),
    "et": ("6a8a847", "online language-school chats in English: blame, brush-offs, talking down, an insult and a group "
                      "attack in new wordings, 3 clean (8)"),
    "eu": ("6a8a847", "the same in Dutch, 3 clean (8)"),
    "ev": ("6a8a847", "the same in Gulf Arabic, 3 clean (8)"),
    "ew": ("4e0af1b", "solar-panel installer replies in English: a fitter's mobile, a card request, typos, blame, a "
                      "brush-off, talking down, an insult, a threat, a placeholder, a wrong name, 4 clean (14)"),
    "ex": ("4e0af1b", "the same in Dutch, with an IBAN, a BSN request, a d/t slip, u/je mixing, boilerplate and a reply "
                      "in English, 3 clean (13)"),
    "ey": ("4e0af1b", "the same in Gulf Arabic, with Arabic-Indic digits in a phone number, 3 clean (13)"),
    "ez": ("4e0af1b", "fashion-returns chats in English: blame, brush-offs, sarcasm, talking down, an insult, a group "
                      "attack, swearing, 3 clean (10)"),
    "fa": ("4e0af1b", "the same in Dutch, with shouting, 3 clean (10)"),
    "fb": ("4e0af1b", "the same in Gulf Arabic, with a threat, 3 clean (10)"),
    "fc": ("8a52b9d", "car-garage replies in English: a card number, a card request by SMS, a mechanic's e-mail, typos, "
                      "a doubled word, a misspelt and a wrong name, a placeholder, markup in SMS, 4 clean (13)"),
    "fd": ("8a52b9d", "the same in Dutch, with an IBAN, a BSN request, a d/t slip, a compound slip, boilerplate and a "
                      "reply in English, 3 clean (12)"),
    "fe": ("8a52b9d", "the same in Gulf Arabic, with a national id and a phone in Arabic-Indic digits, a card photo "
                      "request, boilerplate, HTML in SMS, 4 clean (12)"),
    "fg": ("6e624a6", "pii of every kind in English in dev.jsonl's style (an address, a date of birth, a passport, an IP "
                      "address, an API key, a password, a manager's mobile, a partner's e-mail in public), 4 clean with "
                      "order and tracking numbers, company contacts and a shop's address (12)"),
    "fh": ("6e624a6", "the same in Dutch, with a BSN, a login code and a PIN request, 4 clean (11)"),
    "fi": ("6e624a6", "the same in Gulf Arabic, with an IBAN and Arabic-Indic digits, 4 clean (11)"),
    "fj": ("3124dd0", "every category in dev.jsonl's telecom style in English, several kinds per reply, a public reply "
                      "over 280 characters, a quoted insult, 3 clean (14)"),
    "fk": ("3124dd0", "the same in Dutch (a web shop), 2 clean (13)"),
    "fl": ("3124dd0", "the same in Arabic, mostly Modern Standard, with a reply in English, 2 clean (13)"),
    "fm": ("cbcb131", "clean chat replies next to the rules in English (a band called Killer Queen, 'a stupid mistake on "
                      "our side', a driver's insult reported, a branch in Hell's Kitchen, a quoted error in capitals, "
                      "'Haha,'), 12 clean, and 2 with tone (14)"),
    "fn": ("cbcb131", "the same in Dutch, 12 clean (14)"),
    "fo": ("cbcb131", "the same in Gulf Arabic, 12 clean (14)"),
    "fp": ("60eece4", "toxicity only, a DIY store in English: put-downs in new words, a veiled threat of violence, a "
                      "gender group attack, obscenity, a masked swear word, 3 clean (10)"),
    "fq": ("60eece4", "the same in Dutch, 3 clean (10)"),
    "fr": ("60eece4", "the same in Gulf Arabic, 3 clean (10)"),
    "fs": ("ae4dcbe", "tone only, subscription billing e-mails in English: blame handed back, a refusal as policy, "
                      "'per my last three emails', the obvious spelled out, sarcasm, 3 clean (10)"),
    "ft": ("ae4dcbe", "the same in Dutch, 3 clean (10)"),
    "fu": ("ae4dcbe", "the same in Gulf Arabic, 3 clean (10)"),
    "fv": ("9561c0f", "hotel replies in English: hospitality boilerplate, placeholders old and new (${guest_name}, "
                      "blanks to fill in), a wrong and a misspelt name, a reply in Dutch, HTML in SMS, 4 clean with "
                      "staff, a companion and a Spanish hotel named (10)"),
    "fw": ("9561c0f", "the same in Dutch, 4 clean (10)"),
    "fx": ("9561c0f", "the same in Gulf Arabic, with a misspelt family name and a companion joined by و, 4 clean (10)"),
    "fy": ("2427e64", "grocery delivery in English in dev.jsonl's style, every category (a card and its expiry, a "
                      "shared account's e-mail, a public reply over 280 characters), 3 clean (12)"),
    "fz": ("2427e64", "the same in Dutch, with a partner's IBAN, u/je mixing and boilerplate, 3 clean (12)"),
    "ga": ("2427e64", "the same in Gulf Arabic, with an Emirates ID, a PIN request and a reply in Dutch, 3 clean (12)"),
    "gb": ("bf458e1", "marketplace seller support in English: tone of every kind (a tautology, sarcasm about changing for "
                      "one seller, 'expected to know by now'), an insult, swearing, shouting, 3 clean (10)"),
    "gc": ("bf458e1", "the same in Dutch, 3 clean (10)"),
    "gd": ("bf458e1", "the same in Gulf Arabic, 3 clean (10)"),
    "ge": ("0b90364", "toxicity only, football-club ticket e-mails in English: reading doubted, 'clown behaviour', fans "
                      "called animals, a threat with stewards, 'go back to your country', 3 clean (10)"),
    "gf": ("0b90364", "the same in Dutch, 3 clean (10)"),
    "gg": ("0b90364", "the same in Gulf Arabic, 3 clean (10)"),
    "gh": ("e670cbb", "tone only, an accountancy firm's e-mails in English: formal passive aggression ('For the fourth "
                      "time.', 'Every single year.', 'Please google it.', 'however inconvenient that might be for you'), "
                      "4 clean (10)"),
    "gi": ("e670cbb", "the same in Dutch, with u/je mixing, 3 clean (10)"),
    "gj": ("e670cbb", "the same in Modern Standard Arabic, 4 clean (10)"),
    "gk": ("f1fc627", "nursery e-mails in English: typos, a doubled word, a misspelt name, a child's date of birth and "
                      "NHS number, another parent's mobile, 4 clean full of nursery jargon (10)"),
    "gl": ("f1fc627", "the same in Dutch, with a BSN and a d/t slip, 4 clean (10)"),
    "gm": ("f1fc627", "the same in Gulf Arabic, with an Emirates ID in Arabic-Indic digits and two letters swapped in a "
                      "name, 4 clean (10)"),
    "gn": ("79dd21e", "a museum's replies in English, nearly all clean, next to the rules (a killer whale, 'INVALID' "
                      "quoted, 'Stupidly, our website ...', 'You should have received an e-mail'), and 2 with tone (12)"),
    "go": ("79dd21e", "the same in Dutch, 10 clean (12)"),
    "gp": ("79dd21e", "the same in Gulf Arabic, 10 clean (12)"),
    "gq": ("ece6265", "toxicity only, property-management e-mails in English: 'a pigsty and so are you', 'living like a "
                      "slob', a threat to the deposit, an estate's residents generalised about, 'your screaming brats', "
                      "3 clean (10)"),
    "gr": ("ece6265", "the same in Dutch, 3 clean (10)"),
    "gs": ("ece6265", "the same in Gulf Arabic, 3 clean (10)"),
    "gt": ("0ef1352", "tone only, university-admissions e-mails in English: formal passive aggression ('which I trust "
                      "you are able to navigate', 'This correspondence is now closed.', 'Once would have sufficed.', 'as "
                      "the name rather suggests'), 2 clean (8)"),
    "gu": ("0ef1352", "the same in Dutch, 2 clean (8)"),
    "gv": ("0ef1352", "the same in Modern Standard Arabic, 2 clean (8)"),
    "gw": ("1e96482", "toxicity only, gym-membership e-mails in English: 'Honestly pathetic.' after 'people like you', a "
                      "whinging little snowflake, veiled threats ('Would be a pity if it happened again ... with the way "
                      "you talk to our staff', 'see how brave you feel ... alone'), 'hire from over there', 3 clean (11)"),
    "gx": ("1e96482", "the same in Dutch, 3 clean (11)"),
    "gy": ("1e96482", "the same in Gulf Arabic, 3 clean (11)"),
    "gz": ("e32b449", "toxicity and tone, a food-delivery brand's public replies in English: 'you live in a dump', 'a "
                      "tight-fisted moaner like you', 'Our drivers have your address, so I'd think twice', 'Go cry to the "
                      "papers, sweetheart', '..., genius.' (sarcasm), the customer's estate generalised about, 3 clean "
                      "(10)"),
    "ha": ("e32b449", "the same in Dutch, 3 clean (10)"),
    "hb": ("e32b449", "the same in Gulf Arabic (a reply greeting '@nawaf_q' as 'يا نواف'), 3 clean (10)"),
    "hc": ("5e24645", "tone only, insurance-claims e-mails in English: formal passive aggression ('Had you read the claims "
                      "guide ...', 'Chasing us will not make yours any quicker.', 'Both times.', 'We do not offer calls "
                      "to read it aloud.'), 3 clean (8)"),
    "hd": ("5e24645", "the same in Dutch, 3 clean (8)"),
    "he": ("5e24645", "the same in Modern Standard Arabic, 3 clean (8)"),
    "hf": ("43fbe23", "pii, typo and canned in a mobile operator's chats in English: a date of birth read back, a "
                      "request for bank details, 'becuase ... automaticaly', a {{placeholder}}, stock phrasing, a "
                      "passport number, 2 clean (8)"),
    "hg": ("43fbe23", "the same in Dutch, 2 clean (8)"),
    "hh": ("43fbe23", "the same in Gulf Arabic, 2 clean (8)"),
    "hi": ("aae64c2", "every category in dev.jsonl's telecom style in English: a PUK code read out, a pointer to "
                      "the website as the whole answer, 'a moron like you', 'as I already explained twice', "
                      "3 clean (18)"),
    "hj": ("aae64c2", "the same in Dutch (a web shop): 'weet ik je adres te vinden', 'zeurkous', 'word' for 'wordt', "
                      "u/je mixing, 3 clean (17)"),
    "hk": ("aae64c2", "the same in Gulf Arabic: 'ما عنده وقت لمثل هالشكاوي', a card in Arabic-Indic digits with its "
                      "expiry, a reply in English, 5 clean (18)"),
    "hl": ("f172eb9", "an energy supplier's chats and e-mails in English, every category: 'Turn a light off for "
                      "once', 'That's not how grown-up life works', 'the engineer knows where you live and he's not "
                      "happy', 'a ridiculous amount of electricity' (not an insult), 4 clean (17)"),
    "hm": ("f172eb9", "the same in Dutch: 'Wat een wereldnieuws', 'Uw boete, uw probleem', 'stuk onbenul', a "
                      "'personal thank-you' from the engineer at the customer's house, 4 clean (17)"),
    "hn": ("f172eb9", "the same in Gulf Arabic: 'وتبينا نشيل عنك الغلطة', 'واحد نشبة', 'الفني يعرف بيتك زين وبيمر "
                      "عليك يشكرك بنفسه', an Emirates ID and a date of birth in Arabic-Indic digits, 5 clean (17)"),
    "ho": ("ebf93d1", "a bank's chats in English: put-downs in new words ('The only shambles here is you', 'People "
                      "like you are why we need security'), 'budget like an adult', calls 'at every hour God sends', "
                      "clean replies with 'killing my battery' and 'a stupid mistake on our side', 6 clean (16)"),
    "hp": ("ebf93d1", "the same in Dutch (a 'forgot password' tip read as a request), 6 clean (16)"),
    "hq": ("ebf93d1", "the same in Gulf Arabic ('زبون', customer, read as obscene; 'كانت' read as 'you'), 6 clean "
                      "(16)"),
    "hr": ("8312410", "an online-course platform's chats and e-mails in English: 'Some people just aren't cut out "
                      "for learning', 'reviews from cranks', 'Open your eyes', 'instead of blaming us', 'Them's the "
                      "breaks', a clean 'the deadline killed me' and 'Ha, we've all been there', 5 clean (14)"),
    "hs": ("8312410", "the same in Dutch ('querulanten', 'niet in de wieg gelegd om te leren'), 5 clean (14)"),
    "ht": ("8312410", "the same in Gulf Arabic ('المتحلطمين', 'هذا حظك', 'الديدلاين ذبحني'), 5 clean (14)"),
    "hu": ("98daea4", "channel, context, canned and typo in dev.jsonl's telecom style in English: Markdown and a "
                      "link in an SMS, a public reply over 280 characters, an English answer to a Dutch question, a "
                      "Liquid placeholder with a filter, 5 clean (12)"),
    "hv": ("98daea4", "the same in Dutch (a web shop): HTML in an SMS, an Arabic answer, '${voornaam}', 6 clean (12)"),
    "hw": ("98daea4", "the same in Gulf Arabic: a Dutch answer, '%اسم_العميل%', 'تطلبينة' for 'تطلبينه', 6 clean (12)"),
    "hx": ("68e9465", "a ride-hailing app's chats in English: 'The only robbery here is you ..., you cheapskate', "
                      "'I'll make sure every driver in this city knows your face', 'that's hardly the driver's "
                      "fault', 'try being nice for a change', a driver's private number, 5 clean (12)"),
    "hy": ("68e9465", "the same in Dutch ('vrek', 'Volgende.'), 5 clean (12)"),
    "hz": ("68e9465", "the same in Gulf Arabic ('يا للمأساة' read as a name, 'فهذي مو غلطة السواق'), 5 clean (12)"),
    "ia": ("c7d6a14", "single sentences in English without context: 20 rude ones in new words ('a toddler could work "
                      "out ...', 'That's a you problem', 'Keep talking like that and your account goes') and 96 clean "
                      "ones of empathy, apology and instructions ('It's not your fault', 'so simple even a child could "
                      "use it'), scored at c7d6a14 after part of their fixes (116)"),
    "ib": ("c7d6a14", "the same in Dutch (19 rude, 76 clean)"),
    "ic": ("c7d6a14", "the same in Gulf Arabic (19 rude, 74 clean)"),
    "id": ("aa7ceb4", "single rude sentences in Dutch without context, in new words ('het toppunt van domheid', "
                      "'Wij kunnen ook niet toveren', 'Ik leg het nog één keer heel langzaam uit') (20)"),
    "ie": ("aa7ceb4", "the same in Gulf Arabic ('ما نبي زباين مثلك', 'لو اتصلت مرة ثانية بنجيك لين البيت', "
                      "'دبر نفسك.', 'هذا الموجود، تعود عليه') (20)"),
    "if": ("15751d0", "an insurer in dev.jsonl's style: blame, identity attack, pii requests, generic (17)"),
    "ig": ("15751d0", "a Dutch hotel chain: formality, threats, sarcasm, a doubled pair of words (17)"),
    "ih": ("15751d0", "food delivery in Egyptian Arabic: dialect verbs ('هترجع', 'كانتش'), threats, generic (18)"),
    "ii": ("15751d0", "a software company: credentials, API keys, markup in SMS, acronyms in capitals (17)"),
    "ij": ("15751d0", "a Dutch parcel service: passport, BSN request, threats, profanity (17)"),
    "ik": ("15751d0", "a Levantine telecom: dialect words ('منيح', 'عيلتك'), threats, obscenity, pii requests (17)"),
    "il": ("4f61033", "an airline: veiled threats, 'you lot' and a mosque, sarcasm about lying passengers (17)"),
    "im": ("4f61033", "a Dutch bank: a PIN request by mail, 'jullie mensen', blame for a phishing victim (17)"),
    "in": ("4f61033", "a Gulf pharmacy on WhatsApp: blacklisting threats, id numbers, placeholders (17)"),
    "io": ("4f61033", "a streaming service, mostly clean: sarcasm, dismissal, and questions about race and data (17)"),
    "ip": ("4f61033", "a Dutch gym: a bouncer who 'has zin in it', a headscarf, lowered expectations (17)"),
    "iq": ("4f61033", "a bank in formal Arabic: slowly explained, women 'who don't understand money', IBAN (17)"),
    "ir": ("effbd00", "an energy supplier in dev.jsonl's blunt style: every category, an NI number, 6 clean (20)"),
    "is": ("effbd00", "a Dutch furniture shop in the same style: 'Wat besteld is, is besteld', BSN request (20)"),
    "it": ("effbd00", "a UAE shop in formal Arabic: Emirates ID, 'يا أحمق' to Ahmed, reply in the wrong language (20)"),
    "iu": ("dc8a294", "a parcel service: typos, 'your welcome', placeholders, SMS length, a German message (20)"),
    "iv": ("dc8a294", "a Dutch health insurer: d/t slips ('je nieuwe zorgpas word'), BSN, markup in SMS (20)"),
    "iw": ("dc8a294", "an airline in Arabic: 'لاكن', 'هاذا', 'ذالك', names, passport, dates, an English message (20)"),
    "ix": ("8b25c17", "textbook phrasings of each tone and toxicity kind, single sentences without context, en/nl/ar (62)"),
    "iy": ("893ddd0", "a second set of textbook phrasings in other words (76)"),
    "iz": ("401b2d9", "a third set: 'like it or not', 'which you ignored', 'royal standards', 'جماعتك ما يدفعون' (60)"),
    "ja": ("6b7918b", "a fourth set: rhetorical questions, 'Get over it', counterfactuals, masked Arabic insults (51)"),
    "jb": ("ffeea03", "a fifth set, mostly Dutch and Arabic: 'Had u eerder contact opgenomen', 'de onbeschoftste klant' (44)"),
    "jc": ("ca1e0f2", "an electronics shop: 'I'll go extra slow for you', 'your lot are always running card fraud' (20)"),
    "jd": ("ca1e0f2", "a Dutch telecom: 'dan heb je pech', 'jullie soort', a BSN and passport by WhatsApp (19)"),
    "je": ("ca1e0f2", "a Saudi marketplace: 'لا تحاول تضحك علينا', 'لو تعرفين تقرين', a SA IBAN, boilerplate (20)"),
    "jf": ("ca1e0f2", "a car rental: 'old man', lawyers who 'eat people like you for breakfast', 'Ill arrange' (20)"),
    "jg": ("ca1e0f2", "a Dutch clothes shop: 'minder gaan snoepen', 'mensen uit jouw buurt', a reset password (20)"),
    "jh": ("ca1e0f2", "an Egyptian telecom: 'هكسر دماغك', 'مبيكدبش زي ناس', 'الفاتوره' beside 'متأخرة' (20)"),
    "ji": ("774bb23", "a UK bank: an NI number and birth date, 'see how you like that', a payee in capitals (20)"),
    "jj": ("774bb23", "a Dutch energy supplier: <naam>, € XXX, 'nog één keer zo'n opmerking', a long public reply (19)"),
    "jk": ("774bb23", "Levantine food delivery: 'بعرف وين ساكن', 'صحتين' after a name, a card by WhatsApp (20)"),
    "jl": ("774bb23", "a hotel: %CUSTOMER%, 'Sensors don't make things up, guests do', an address, a Spanish message (20)"),
    "jm": ("774bb23", "a Dutch savings bank: a PIN asked by e-mail, 'met een Surinaamse achtergrond', 'Graag gedaan Lotte' (20)"),
    "jn": ("774bb23", "a Gulf airline in formal Arabic: passport and birth date, 'عائشه' beside 'سعيدة', a secure portal (20)"),
    "jo": ("31b4acc", "a seventh textbook set: 'Take it or leave it', 'يا تاخذه يا تخليه', 'Jouw soort', 'بتشوف شي ما يعجبك' (56)"),
    "jp": ("8d41f07", "a cloud service: a vendor's live key, a colleague's password, 'before accusing us', boilerplate (20)"),
    "jq": ("8d41f07", "a Dutch health insurer: BSN and birth date, 'vrouwen zoals jij', 'ervoor zorgen dat je claims worden afgewezen' (20)"),
    "jr": ("8d41f07", "a Saudi telecom: an Absher code asked for, 'يودي في داهية', 'الناس كلها صابرة إلا إنت', a SA IBAN (20)"),
    "js": ("8d41f07", "food delivery on social media: a phone number in public, 'who's actually eating the fries', 'goodluck' (20)"),
    "jt": ("8d41f07", "a Dutch electronics shop: [NAAM], Lorem ipsum, 'word' and 'grote' for 'wordt' and 'grootte', 'jullie mensen' (20)"),
    "ju": ("8d41f07", "Egyptian e-commerce: an address with its number first, 'اتعدل', 'متحاولش تستعبط', 'انشاء الله', 'لاكن' (20)"),
    "jv": ("1526f6e", "a rail operator: 'I'd love to see you drive a train', 'say that to my face, I dare you', Dev greeted as Devon (20)"),
    "jw": ("1526f6e", "a Dutch bike shop: 'we zijn geen taxibedrijf', 'Dan moet u maar even vrij nemen', 'je betaald' (20)"),
    "jx": ("1526f6e", "a UAE furniture shop: a villa address, a card in Arabic digits, 'ما أظن أحد بيلاحظ الفرق غيرك', a lawsuit threat (20)"),
    "jy": ("9c67ddd", "a UK gym chain: 'Maybe read things before you agree to them', a card request by e-mail, 'you muppet' (20)"),
    "jz": ("9c67ddd", "a Dutch pet insurer: 'Je kunt u factuur ... indienen', 'niet meer heelhuids de deur uit', an IBAN in groups (20)"),
    "ka": ("9c67ddd", "a Jordanian internet provider: 'احمد ربك إنه النت رجع أصلاً', a router password given, 'لفترة محدوده' (20)"),
    "kb": ("9c67ddd", "a US accounting app: API keys, an SSN, 'turning your brain on and off', 'chose CSV', 'roadmap' (20)"),
    "kc": ("9c67ddd", "a Dutch ticket seller: 'Huil maar lekker verder, kleuter', 'Met jouw IQ', a PIN asked over WhatsApp (20)"),
    "kd": ("9c67ddd", "a Kuwaiti pharmacy: a civil id in Arabic digits, 'نشوف مين اللي بيندم', a thank-you answered by a formula (20)"),
    "ke": ("9c67ddd", "an eighth textbook set: each kind of tone and toxicity in en/nl/ar, with 11 clean neighbours (45)"),
    "kf": ("1a232a3", "an Australian mobile network: 'elegible', 'fualty', 'thats', the last 4 digits of a password asked, 'cry me a river, princess' (20)"),
    "kg": ("1a232a3", "a Dutch grocery delivery: 'terugestort', 'totaal bedrag', 'Oplichters zoals jij', 'probeer je ... te scoren' (20)"),
    "kh": ("1a232a3", "an Egyptian digital bank: a password given, an Egyptian national id, women who freelance as bad payers (20)"),
    "ki": ("1a232a3", "a Canadian airline: 'What do you expect when ...', 'your perfect little life', a list of stock adjectives (20)"),
    "kj": ("1a232a3", "a Flemish bike shop: 'groen of rood brand', u and je in one reply, 'Ga toch fietsen, zeurkous' (20)"),
    "kk": ("1a232a3", "a UAE bank: an IBAN, 'أقدر أرسل لك رقم سري مؤقت' (an offer, no request), the bank's number shaped like an SSN (20)"),
    "kl": ("5054155", "a UK energy supplier: quoted lines, Markdown in an SMS, 'not just you. Patience is a virtue', 'the worst customer we've got' (20)"),
    "km": ("5054155", "a Dutch insurer: 'wie laat er nou zijn fiets zonder slot staan?', 'U ontvangd', 'armoedzaaier', a safe upload link (20)"),
    "kn": ("5054155", "a Beirut clothes shop: 'بعتذر' and 'يا فقيرة' read as names, 'شو جايبك على محل متلنا', 'مبارح' (20)"),
    "ko": ("5054155", "an Irish furniture shop: 'I know people who'd love to pay you a visit', 'Should've ordered earlier then', 'Grand,' (20)"),
    "kp": ("5054155", "a Dutch water company: 'U ontvang', 'ga toch zeuren bij iemand die er zin in heeft', {{voornaam}} (20)"),
    "kq": ("5054155", "a Qatari hotel: a card number, 'مو تحت أمرك', 'يا مسكين', a passport asked over chat (20)"),
    "kr": ("0b1569e", "a UK parcel carrier: a public reply over 280 characters, HTML in an SMS, 'Unit 6, Riverside Business Park, Leeds LS10 1AB', 'that'll' (20)"),
    "ks": ("0b1569e", "a Dutch rail operator: 'Niemand dwingt je', 'mongool', 'vraag het dan aan je kleinkinderen', 'ter plaatse' (20)"),
    "kt": ("0b1569e", "an Omani mobile network: an ID card asked over WhatsApp, {{اسم_العميل}}, 'لإستكمال' (20)"),
    "ku": ("0b1569e", "a Saudi car service centre: 'أكيد إنت اللي ضربتها', 'يمكن إنتي فهمتيه غلط', 'وما نحتاج أي رقم سري' (no request) (20)"),
    "kv": ("0b1569e", "a US pharmacy: an SSN, 'with a name like yours', 'learn to read a label', 'every step of the way', 'copay' (20)"),
    "kw": ("0b1569e", "a Dutch furniture shop: 'als trampoline gebruiken', a BSN asked over WhatsApp, u and je, 'Wij staan altijd voor je klaar' (20)"),
    "kx": ("6bc1ece", "a holiday-rental platform in three languages: 'we'll find you a similar place' (read as a threat), 'Je bent daar niet in een vijfsterrenhotel hè', 'نطفي الشمس؟' (20)"),
    "ky": ("6bc1ece", "a sports-nutrition shop in three languages: 'Reading isn't that hard', 'بوزنك هذا أول شي وقفي الأكل', 'maltitol' (20)"),
    "kz": ("6bc1ece", "a money-transfer service in three languages: 'that's unfortunately on you', 'your ancient phone', 'domme vraag van mij' (20)"),
    "la": ("b132ecf", "a UK optician: 'definately', 'recieve', 'Children's', 'nobody has ever complained', 'We're passionate about eye health' (20)"),
    "lb": ("b132ecf", "Dutch home care: 'Je bent niet de enige cliënt', 'uw moeder is 91 en een beetje in de war', 'rekenwonder' (20)"),
    "lc": ("b132ecf", "an Egyptian e-learning platform: 'البرمجة صعبة شوية على البنات', the old password asked for, 'نؤمن بأن التعليم هو أساس المستقبل' (20)"),
    "ld": ("ddddb13", "a US streaming service: 'Go outside and touch some grass', 'did you actually ...', card number and CVV asked for in chat, 'Hi Sandy' for Sandra (20)"),
    "le": ("ddddb13", "a Dutch gym chain: 'Als je nog vragen hebt' after 'Geachte heer', 'geanuleerd', BSN asked for over WhatsApp, 'Uw mening is zeer waardevol voor ons' (20)"),
    "lf": ("ddddb13", "a Saudi furniture shop: 'الشق صار منكم وقت الفك', 'ومحد فتح له', an address read back, 'سلطن' for سلطان (20)"),
    "lg": ("ddddb13", "an Irish broadband provider: a new wifi password in chat, 'Most of the time it's the customer lol', 'my team lead, Ciara,' (20)"),
    "lh": ("ddddb13", "a Flemish telecom: 'Op uw leeftijd is zo'n toestel natuurlijk ingewikkeld', 'en je ontvang', 'Aarzel niet om ons opnieuw te contacteren', 'Kerkstraat 45, 2000 Antwerpen' (20)"),
    "li": ("ddddb13", "a Jordanian food delivery app: 'شو بدك نعملك؟', the company's own IBAN, 'وببعتلك كود تأكيد', a verification SMS with 'لا تشارك هذا الرمز' (20)"),
    "lj": ("948e4b2", "a UK car insurer: 'if you people learned to park properly', a named driver's date of birth read back, '{{customer_first_name}}', 'Rules are rules, mate' (20)"),
    "lk": ("948e4b2", "a Dutch solar panel installer: 'de wereld draait niet om jou', 'staat gepland', a reset password in chat, 'niet door ons gekomen' (20)"),
    "ll": ("948e4b2", "an Egyptian mobile network: 'أكيد موبايلك هو اللي بايظ', the ID card of two brothers asked for on WhatsApp, 'ولا تقرفناش' (20)"),
    "lm": ("948e4b2", "an Australian clothing shop: 'lay off the meat pies', 'the seam was pulled, probably from trying it on roughly', a long public reply (20)"),
    "ln": ("948e4b2", "a Dutch travel agency: 'Wie leest die nou niet voor vertrek?', 'Volwassen mensen kunnen zelf eten halen', a passport photo asked for in chat, 'omboeken' (20)"),
    "lo": ("948e4b2", "a UAE airline: 'لا تكثر طلبات', 'اللي ما يعجبه طيرانا يسافر مع غيرنا', 'آسف يا سعيد على ردي، ما كان لازم' (20)"),
    "lp": ("4c49351", "a UK energy supplier: 'Go ahead, report us. We'll see who comes out on top', 'if you pensioners stopped heating', 'a child could understand this', 'tarrif' (20)"),
    "lq": ("4c49351", "a Dutch bike shop: 'die donderdag geleverd word', 'Sommige mensen raken ook alles kwijt', a threat to come round in person (20)"),
    "lr": ("4c49351", "a Saudi online school: 'البنات دايماً يقولون خلصنا', a mada card number and PIN asked for on WhatsApp, 'روحي اشتكي عند أحد ثاني' (20)"),
    "ls": ("4c49351", "a US vet clinic: 'Dogs wriggle ... train yours to sit still', 'We have your address on file', 'your pet's health is our top priority', 'vacination' (20)"),
    "lt": ("4c49351", "a Dutch bank: a PIN asked for by e-mail, 'post lezen is ook best lastig he', 'nog zo'n opmerking en je rekening gaat op slot', the bank's own IBAN, 'gedeblokeerd' (20)"),
    "lu": ("4c49351", "a Kuwaiti car rental: 'قطعة ١٠، شارع ٣، منزل ١٤', a technician's 8-digit mobile, 'من عند الهنود أرخص لك', 'الشويخ', 'لقيناه' (20)"),
    "lv": ("0237b10", "a US airline: 'with a name like yours what do you expect?', passport number and date of birth asked for in chat, 'Did you even go to the baggage desk?' (20)"),
    "lw": ("0237b10", "a Dutch health insurer: 'Dan had je maar een duurder pakket moeten nemen', BSN asked for 'hier in de app' over WhatsApp, an address read back (20)"),
    "lx": ("0237b10", "a Lebanese bank: 'خبريني شو كلمة السر القديمة', 'ربي عقلك شوي', a sister's IBAN read back, 'إذا مش عاجبك روح احكي مع الحكومة' (20)"),
    "ly": ("0237b10", "a UK housing association: 'babies survived for thousands of years without central heating', a tenant's address and mobile, '{first_name}' (20)"),
    "lz": ("0237b10", "a Flemish webshop: 'stop met zagen', 'bpost', 'airfryer', 'Had je maar eerder moeten annuleren', 'u' and 'je' in one reply (20)"),
    "ma": ("0237b10", "an Egyptian marketplace: 'ركزي شوية ... اكتبيه صح', the national ID number asked for by e-mail, 'وهنرد', 'متدفع' (20)"),
    "mb": ("3d35a74", "a Canadian mobile network: 'Google it.', an account PIN asked for in chat, 'I'll make sure your account gets the slowest service we have', a reply in English to French (20)"),
    "mc": ("3d35a74", "a Dutch parking app: 'Kijk dan eens beter', 'Het is een app, geen wonder ... accepteer het', a new card number asked for in chat (20)"),
    "md": ("3d35a74", "a Saudi telecom: 'الباكستانيين كلهم كذا', 'الزفت هو أسلوبك', 'مسددة', 'لمي' for لمى (20)"),
    "me": ("d59f50c", "a New Zealand food delivery app: 'are you sure you didn't just eat them yourself', 'Those Indian places are always dodgy', 'Ngā mihi', a map pin (20)"),
    "mf": ("d59f50c", "a Dutch online pharmacy: 'mijn oma van 90 kan het ook', BSN and policy number asked for by e-mail, 'Zeur dan ook niet', 'verstuurd word' (20)"),
    "mg": ("d59f50c", "an Iraqi mobile network: 'نگدر', 'يعجبج', 'گلنا', 'تحجي', 'لو تحجي هيج مرة ثانية أسكرلك الخط', a top-up card's number, the national card asked for in chat (20)"),
    "mh": ("8a09820", "a US home insurer: 'First, make sure everyone is safe' read as a name, 'I'll make sure your claim sits at the bottom of the pile', an SSN asked for in chat (20)"),
    "mi": ("8a09820", "a Dutch energy supplier: 'Misschien had je die even moeten lezen', 'zet ik je klacht gewoon onderaan de stapel', 'word teruggestort', the customer's new address echoed (20)"),
    "mj": ("8a09820", "an Omani bank: 'لفرع الخوير', 'السلطنة' read as misspelt, 'إذا مو عاجبك البنك روح افتح حساب في مكان ثاني', the PIN asked for in chat (20)"),
    "mk": ("8a09820", "a UK online supermarket: 'did the big bad milk ruin your day', 'proud to serve communities across the UK', a postcode in a public reply, 'Your welcome' (20)"),
    "ml": ("8a09820", "a Dutch housing association: 'komt bijna altijd doordat huurders niet goed ventileren', 'nog niet bekent is', BSN asked for by e-mail (20)"),
    "mm": ("8a09820", "an Egyptian internet provider: 'لو كنت بتتابع استهلاكك زي أي حد عاقل مكنتش', 'انت فاكر نفسك الزبون الوحيد', 'الباسورد الجديد Amr@2024', 'وكملت', 'مطرح' (20)"),
    "mn": ("382e5c1", "a US car dealership: 'let the the service advisor', '{FIRST_NAME}', 'People like you just want to whine online', 'scratches like that come from parking lots ... Nice try' (20)"),
    "mo": ("382e5c1", "a Flemish health fund: 'Als je gaat zeuren over 124 euro', a Dutch reply to an English message, the rijksregisternummer asked for in chat, 'Er verandert dus niets' read as a brush-off (20)"),
    "mp": ("382e5c1", "a Saudi ride-hailing app: 'الكابتن مو موظف عندك ... انتظري وخلاص', 'إذا ما عندك فلوس لا تطلب مشوار', the card number and CVV asked for in chat (20)"),
    "mq": ("5f1f30c", "an Australian outdoor shop: 'it's a website, not a life support machine', 'expect it to survive a monsoon', 'recomend', card, CVV and Afterpay password asked for in chat (20)"),
    "mr": ("5f1f30c", "a Dutch bike subscription: 'een beetje dom bezig', 'Doe effe normaal', 'afgestelt', 'je ontvangd', the customer's IBAN echoed, '[KLANTNAAM]' (20)"),
    "ms": ("5f1f30c", "a UAE clinic chain: 'إذا وقتك ثمين لهالدرجة روح مستشفى خاص', 'نضع صحتك وراحتك في مقدمة أولوياتنا', an Emirates ID, 'خافض الحرارة', 'يتشافى' (20)"),
    "mt": ("b21063b", "a UK bank, mostly personal data: card and expiry, a payee's sort code and account, an NI number, a passport, an API key, 'reference RENT MAY' read as shouting (20)"),
    "mu": ("b21063b", "a Dutch health insurer, mostly personal data: BSN, date of birth and address, a GP's number after 'dr. Smeets', a colleague's mobile in public, a passport number (20)"),
    "mv": ("b21063b", "a Saudi insurer, mostly personal data: national ID, IBAN, mobiles in Arabic-Indic digits, an upload 'في قسم المستندات' read as a request, 'النصاب اللي ... مثلك' (20)"),
    "mw": ("4139478", "a US photo printer, channel and context: 'Jonathon' for Jonathan, a wrong first name, a Markdown link in an SMS, an over-long public reply, '%FIRSTNAME%', '{{delivery_date}}' (20)"),
    "mx": ("4139478", "a Dutch travel agent, channel and context: 'Annemieke' for Annemiek, bold in an SMS, a Dutch reply to English, '<voornaam>', 'per per mail', 'Nou nou' read as a repeat (20)"),
    "my": ("4139478", "a Jordanian grocery app, channel and context: a wrong name, an HTML link in an SMS, an Arabic reply to English, '{{الاسم}}', 'خلال خلال', 'مش معقول كل مرة بتشتكي' (20)"),
    "mz": ("85f734d", "a US game store: 'you little sh1t', 'gives a f*ck', 'you 1d10t', 'coming from someone who can't even beat the tutorial', 'go play free browser games, kid', 'reccomend' (20)"),
    "na": ("85f734d", "a Dutch DIY chain: 'k*tvent', 'Negen van de tien keer is het gewoon een lege accu', shouting in public, 'Je hebt alleen een rijbewijs B nodig' read as a request (20)"),
    "nb": ("85f734d", "a Qatari furniture shop: 'ح م ا ر', 'الأرضية عندك هي اللي مو مستوية', 'حرصنا الدائم على تقديم أرقى الخدمات', a zone, street and villa by number (20)"),
    "nc": ("b2336b4", "a UK train operator: 'Funny how it only breaks for fare dodgers', 'f**king pain in the a**e', 'Your comments are important to us ... Thank you for travelling with', 'mins' (20)"),
    "nd": ("b2336b4", "a Dutch removals firm: 'Dan hebben we pech gehad toch?', 'gierige zeikerd', 'Wij van ... staan altijd voor je klaar en doen ons uiterste best', 'niet goed ingepakt' (20)"),
    "ne": ("b2336b4", "a Lebanese electronics shop: 'أكيد انتي وقعتيها ... هالحكي ما بيمشي معنا', 'ما كان لازم احكي هيك' read as blame, 'منرجعلك', 'شكلو', 'التخت', 'البيوس' (20)"),
    "nf": ("1ab2668", "a US health insurer: 'pick a doctor who knows how to fill in a form', SSN, date of birth and member ID asked for in chat, '{{member.first_name}}', 'Keep crying on Twitter ... genius' (20)"),
    "ng": ("1ab2668", "a Dutch electronics webshop: 'je hebt hem vast laten vallen', 'k u t', 'misschien even je bril opzetten?', 'de nieuwe PS5 word morgen geleverd' (20)"),
    "nh": ("1ab2668", "an Egyptian bank: a 14-digit national ID, 'متقلقش' read as a name, 'كارفور' as a slip, 'ركزي شوية بدل ما تضيعي وقتي', a temporary password (20)"),
    "ni": ("ee6679e", "a UK water company: 'Then bathe them tomorrow, it won't kill them', 'a moaning old git who's got nothing better to do', '{{Customer_FirstName}}' (20)"),
    "nj": ("ee6679e", "a Flemish energy supplier: 'Dan heeft u zeker de hele winter de verwarming op 25 graden gezet', 'onnozelaar', 'Aarzel niet om ons te contacteren', '{VOORNAAM}' (20)"),
    "nk": ("ee6679e", "a Saudi webshop: 'الكذاب اللي يكتب تغريدات بدون ما يتأكد، روح نام', 'واضح إنك ما تقرأ شي قبل ما تطلب', '%CUSTOMER_NAME%' (20)"),
    "nl": ("14f409a", "a US pet-food subscription: 'you miserable old goat', 'stop overthinking it', 'buisness', 'every pet parent in our community' (20)"),
    "nm": ("14f409a", "Dutch childcare: 'het welzijn van ieder kind' (read as talking down), 'de locatiemanager, Ellen', 'toevoegd', {{aanhef}} (20)"),
    "nn": ("14f409a", "a Bahraini telecom: 'الحرامي هو انت يا خسيس يا قليل الحيا', 'عيالك' (read as a slip), an ID card photo asked over WhatsApp (20)"),
    "no": ("14f409a", "a UK dentist: 'the most exhausting, self-important patient we've ever had the misfortune of treating', 'its completely safe', a debit card photographed front and back (20)"),
    "np": ("14f409a", "a Flemish insurance broker: 'gij zijt een ordinaire profiteur', 'reken er dan niet op dat uw dossier ... snel', 'Normaal word de vergoeding' (20)"),
    "nq": ("14f409a", "an Egyptian online pharmacy: 'عندنا عنوانك ورقمك، ومش هننسى', 'صحتك وصحة أسرتك هي همنا الأول', 'تحياتنا،' read as a name (20)"),
    "nr": ("9cb078f", "an Australian energy retailer: 'the only crook here is the bloke who hasn't paid his bill', 'we'll be reviewing whether we want to keep supplying your address', 'biller', 'check you're on' (20)"),
    "ns": ("9cb078f", "a Dutch online grocer: 'Zeg dat nog een keer en je account word geblokkeerd', 'word je bestelling ingepakt', 'doen er alles aan om u elke dag weer te verrassen' (20)"),
    "nt": ("9cb078f", "an Iraqi e-wallet: 'نگدر نقفل محفظتك بأي وقت', a PIN asked in the chat, 'نفخر بتقديم حلول دفع رقمية', a sender's phone in an SMS (20)"),
    "nu": ("61ef233", "a UK mobile network: a public reply over 280 characters, 'Cool story ... genius', 'Not our problem, sunshine', 'Wenesday', 'We know exactly who you are and where you live' (20)"),
    "nv": ("61ef233", "Dutch car sharing: 'Als je het te duur vind, pak je toch gewoon de fiets?', a driving licence and BSN over WhatsApp, 'geloven we in slimme, duurzame mobiliteit' (20)"),
    "nw": ("61ef233", "a Saudi hospital app: 'بنحظر ملفك عندنا', 'والأغبى منا اللي', 'د. هند' read as a name, a blessing read as abusive by the model (20)"),
    "nx": ("9fa33dc", "a home security company, mostly clean replies with 'kill switch', 'intruder' and 'dispatch police': 'less of a jerk', a master code asked in the chat, 'Anytime, Megan!' read as a name (20)"),
    "ny": ("9fa33dc", "a Dutch pest controller, mostly clean replies about poison and killing mice: 'slimmerik', 'liggen we echt niet wakker', 'staan vakmanschap en klanttevredenheid voorop' (20)"),
    "nz": ("9fa33dc", "a Saudi gym chain: 'اللي وسخ هو انت', 'يا ابو العريف', 'إذا غالي عليك روح امشِ', 'أقتل الكرش' (clean), 'التنشيف' read as a slip (20)"),
    "oa": ("50cbaf7", "a UK digital bank: 'don't come crying to us', 'learn to budget like an adult', an NI number asked on WhatsApp, 'at the heart of everything we do', 'crypto' read as a slip (20)"),
    "ob": ("50cbaf7", "Dutch bike leasing: 'Je fietst zeker elke dag met de accu op nul', 'Let op je woorden, of ...', 'Nou nou, ... wat een drama', %FIETSENMAKER% (20)"),
    "oc": ("50cbaf7", "a Kuwaiti digital bank: 'بهالراتب لا تحلم بقرض', 'احترم نفسك يا متخلف', 'نسعى دائماً لأن نكون الخيار الأول', 'المراجعه' beside 'الرد' (20)"),
    "od": ("2c98dff", "a US travel agency: 'every airline partner knows you're a problem passenger', 'a cheapskate who wants a five-star holiday', 'Shaun' for 'Sean', 'Warmly,' read as a name (20)"),
    "oe": ("2c98dff", "a Dutch health insurer: 'verbitterde oude zeikerd', 'het leven is zwaar hè', 'Mensen die klagen worden ... niet sneller geholpen, als je snapt wat ik bedoel', a DigiD code asked (20)"),
    "of": ("2c98dff", "a UAE home maintenance firm: 'بننشر صور بيتك الوسخ', 'الفاشل اللي ... مو إحنا', 'نفخر بفريقنا', 'زيارتين' and 'للفلل' read as slips (20)"),
    "og": ("cb7fd51", "an Irish broadband provider: 'ya gobshite', 'your line mysteriously stops working', 'the genius move behind these complaints', a router's 192.168.1.1 (clean) (20)"),
    "oh": ("cb7fd51", "a Flemish DIY chain: 'stomme zeveraar', 'Ik weet waar je woont', 'Wat is er precies gebeurt?', 'al meer dan 40 jaar dé bouwmarkt' (20)"),
    "oi": ("cb7fd51", "Egyptian food delivery: 'النصاب هو اللي بيطلب أكل ويقول موصلش', 'عنوانك هيتحظر من كل المطاعم', 'وبنعتذرلك' read as a name (20)"),
    "oj": ("fc3f0e5", "a US self-storage firm: 'see how fast your unit gets \'accidentally\' double-locked', 'Reading them is kind of on you', a 'drivers license' photo asked for in chat (20)"),
    "ok": ("fc3f0e5", "a Dutch waste collector: 'reken er niet op dat je container daarna nog ooit ...', 'staat voor een schone en duurzame leefomgeving', 'u container' (20)"),
    "ol": ("fc3f0e5", "a Jordanian university: 'في جامعات أرخص بتناسب مستواك', 'تذكر إنه ملفك عنا وما رح تتخرج', 'استراد' for the customer's 'استرداد' (20)"),
    "om": ("e4212ee", "a UK motor insurer: 'Robbery would be you expecting the same price', 'Post that review again and we'll make sure you never get cover', 'you absolute menace on wheels', 'Jsoh' (20)"),
    "on": ("e4212ee", "a Dutch dental practice: 'Als jij je niet als een verwend kind had gedragen ...', 'Uw tevredenheid is onze drijfveer', 'Lezen is ook een vak', 'herrinneringen' (20)"),
    "oo": ("e4212ee", "a Qatari airline: 'إذا الأسعار ما تعجبك، سافري بالباص', 'لا تستغرب إذا ما لقيت لك كرسي في أي رحلة بعدها', 'نفخر بكوننا الناقل المفضل لملايين المسافرين' (20)"),
    "op": ("a98a88a", "a Canadian mobile network: 'Only thief I see is the one trying to skip out on their device payments', 'watch what happens to that upgrade', 'connecting Canadians is what drives us' (20)"),
    "oq": ("a98a88a", "a Flemish parcel-locker network: 'Het staat letterlijk in de sms', 'Geduld is een schone zaak', 'eenvoudig, duurzaam en dichtbij', 'Geldig tot 12/11' read as a card expiry (20)"),
    "or": ("a98a88a", "an Egyptian mobile operator: 'الحرامي الحقيقي هو اللي ...', 'الزبالة هي أمثالك', 'وابقى شوف مين هيرد عليك', 'رفاهية عليكي', 'محفطتك', 'يا محترم' read as a name (20)"),
    "os": ("6f73ef8", "a US mail-order pharmacy: 'The only clowns here are the ones who can't remember ...', 'Just don't expect your next refill to show up on time after that', 'your health is at the heart of everything we do' (20)"),
    "ot": ("6f73ef8", "a Dutch transit card: 'Misschien eens leren uitchecken?', 'Dan zorgen wij ervoor dat je nooit meer een cent restitutie ... ziet', 'staat voor zorgeloos reizen, voor iedereen en overal' (20)"),
    "ou": ("6f73ef8", "a Saudi rental platform: 'النصاب هو اللي يسكن ستة شهور وما يدفع', 'روح انبح برا', 'إذا تبين هدوء روحي اسكني في البر', 'على بعد ١٠ دقايق' read as an address, 'اشتك،' as a name (20)"),
    "ov": ("95710e4", "a UK angling and shooting shop, mostly clean replies about bait that kills it, knives, rifles and rat poison: 'Call us crooks once more ... your account will be closed', 'boilies' read as a slip (20)"),
    "ow": ("95710e4", "a Dutch butcher, mostly clean replies about slaughtering and knives: 'Ja hoor Wim, dat zien we', 'Al vier generaties lang staat ... voor ambachtelijk vakmanschap', 'paneermeel word gebruikt' (20)"),
    "ox": ("95710e4", "a Saudi game shop, mostly clean replies about killing bosses and sniping: 'افضحنا، وترى بنوقف حسابك وتنسى ...', 'نحن الوجهة الأولى للاعبين', 'الفاتوره' beside 'الضريبية' (20)"),
    "oy": ("cca1c53", "a US property manager: 'Just remember your lease renewal crosses my desk in March', 'Sounds like a you problem', 'entitled little brat', a bank account login asked for (20)"),
    "oz": ("cca1c53", "a Dutch hospital: 'Er rijdt ook gewoon een bus', 'Misschien moet je eens naar je eigen toon kijken', 'dan hoef je ... niet meer op een snelle afspraak te rekenen', 'staat de patiënt altijd centraal' (20)"),
    "pa": ("cca1c53", "a Lebanese money-transfer firm: 'العصابة الحقيقية هي اللي ...، متلك', 'ساعتها ما تتفاجأ إذا كل حوالاتك صارت تتأخر', 'منذ تأسيسنا ... الجسر الذي يربطك', 'عحسابك' read as a slip (20)"),
    "pb": ("43cf0e1", "a US online-course platform: 'Very organised of you.', 'I doubt you'll like what we find', 'a lifelong journey ... reach their full potential', 'files their.', 'Shawn' for 'Sean' (20)"),
    "pc": ("43cf0e1", "a Dutch bike shop: 'Wij kunnen niet toveren', 'verwacht daarna niet dat we jouw fiets nog ooit aanraken', 'Bij De Spaak draait alles om fietsplezier', 'dreigen helpt niet' (clean) read as a brush-off (20)"),
    "pd": ("43cf0e1", "UAE clinics: 'مب فاضي يسمع قصة حياتج', 'لا تنسى إن ملفك الطبي كله عندنا', 'صحتكم هي أولويتنا القصوى', 'الطبيه' (20)"),
    "pe": ("bcb3424", "a UK airport car hire: 'Nobody's forcing you to ..., love.', 'add you to the do-not-rent list at every branch', 'Takes one to know one, you gormless plank', 'We pride ourselves on a seamless rental experience' (20)"),
    "pf": ("bcb3424", "a Dutch digital bank: 'Bel maar, Stefan. Dan sluiten wij je rekening', 'De enige grap hier ben jij', 'maakt bankieren simpel, eerlijk en transparant', 'het incasso' (20)"),
    "pg": ("bcb3424", "a Saudi electricity utility: 'اللص هو اللي يسحب كهرباء من جاره بدون ما يدفع', 'الكلب اللي يتطاول على الناس', 'تسهم في تحقيق رؤية المملكة', 'كل ساعه' (20)"),
    "ph": ("9235be9", "an Australian vet group: 'you drongo', 'Post one more nasty review ... and we'll send the unpaid $900 to a debt collector', 'the animals you love' read as an insult, 'Every pet is family to us' (20)"),
    "pi": ("9235be9", "a Dutch childcare centre: 'Dat snapt een kind nog', 'verwacht dan niet dat er nog ooit een plekje ...', 'geloven we dat ieder kind uniek is', 'het meld' (20)"),
    "pj": ("9235be9", "a Kuwaiti restaurant: 'النصاب الوحيد هنا اللي يطلب أكل ويدعي', 'بعدها لا تحلم إن أي مندوب ...', 'رضاكم هو سر نجاحنا', 'الموجوده' (20)"),
    "pk": ("cf4f2ab", "a Scottish energy supplier: 'The only scam here is someone who ...', 'once you do, your account goes straight to the collections team', 'on a mission ... one home at a time', 'shite', 'Aye,' read as a name (20)"),
    "pl": ("cf4f2ab", "a Dutch estate agent: 'Dan staat je huis ... onderaan onze lijst', 'Dan verkoop je je huis toch lekker zelf', 'mensen aan hun droomhuis', a viewing's address read as the customer's (20)"),
    "pm": ("cf4f2ab", "an Omani telecom: 'إذا ما يعجبك، فيه شركات ثانية', 'رقمك المدني والرقم السري ... في التطبيق هنا', 'الحرامي اللي ... وما يسدد', 'الاتصال حق للجميع' (20)"),
    "pn": ("b6199a5", "a Dutch health insurer: 'Dien die klacht maar in. Vergeet alleen niet dat uw machtiging ... bij ons op het "
                      "bureau ligt', 'zeurpiet', BSN 'hier in de chat' (20)"),
    "po": ("b6199a5", "a US dog-walking app: 'Keep pushing, Jake, and see how many walkers ... are still willing', 'text you at' "
                      "the customer's own number, 'a tail-wagging experience', 'some owners are clueless' (20)"),
    "pp": ("b6199a5", "an Emirati car-service garage: 'كل الكراجات كذا. انتظري وبس.', 'وتسوين منه قصة؟ عيشي حياتك', "
                      "'[اسم العميل]' (20)"),
    "pq": ("4dcedd9", "an English borough council: 'Write to your MP by all means. Just bear in mind your planning "
                      "application is still sitting on my desk', 'at the heart of everything we do', 'Hi Olivia' to Oliver "
                      "(20)"),
    "pr": ("4dcedd9", "a Dutch furniture webshop: 'Schrijf die review maar, Lisa. Dan kun je fluiten naar je garantie', 'we "
                      "zijn heus niet doof', 'geloven we dat wonen draait om thuiskomen' (20)"),
    "ps": ("4dcedd9", "an Egyptian food-delivery app: 'اعمل البلاغ ... بس متنساش إن حسابك وكل طلباتك عندنا', 'بنؤمن إن الأكل "
                      "الحلو بيجمع الناس', 'سخنيه في المايكروويف وخلاص' (20)"),
    "pt": ("6c62e52", "an Irish broadband provider: 'Report us to ComReg if you like, Patrick. You can forget about that loyalty "
                      "discount', 'the only useless thing here is you', 'Their you can set', an Eircode address (20)"),
    "pu": ("6c62e52", "a Dutch municipality: 'Maak maar bezwaar ... uw aanvraag voor de dakkapel ook nog bij ons ligt', 'daar "
                      "gaat echt niemand dood van', 'samen maken we Zuiderveen mooier' (20)"),
    "pv": ("6c62e52", "a Jordanian bank: 'اشتكي للبنك المركزي ... طلب القرض تبعك لسا على مكتبي', 'إنت اللي قليل ذوق', 'لو "
                      "قرأتيه ما كان سألتي' (20)"),
    "pw": ("9a867fe", "an Australian airline: 'Ring A Current Affair then, Zoe. Just don't expect your Velocity points to be "
                      "reinstated', 'a flamin' pain in the backside', 'What did you expect for $89?', 'Weather, Chloe.' (20)"),
    "px": ("9a867fe", "a Flemish savings bank: 'Stap gerust naar de Ombudsman ... reken er dan niet op', 'Als u dat ooit eens "
                      "zou openen', 'wij hebben nog andere klanten dan u', 'Meir 25 bus 3, 2000 Antwerpen' (20)"),
    "py": ("9a867fe", "a Saudi online shop: 'اشتكي في وزارة التجارة ... وانسي الكوبونات', 'يمكن المشكلة في فيشة بيتك', 'يحرص "
                      "دايم على تقديم تجربة تسوق مميزة' (20)"),
    "pz": ("3535794", "a US health insurer: 'Call the commissioner then, Kevin. Just don't expect your pending claims to be "
                      "approved any faster', 'the only joke here is a grown man who can't read ...', a three-segment SMS (20)"),
    "qa": ("3535794", "a Dutch green-energy supplier: 'Dien maar een klacht in ... verwacht dan geen coulance meer', 'in simpele "
                      "woorden, want dit is blijkbaar te ingewikkeld voor u' (20)"),
    "qb": ("3535794", "a Kuwaiti telecom: 'انتي اللي تتصلين دولي كل يوم، شلون تبين الفاتورة تكون قليلة؟', 'من التطبيق ... أو "
                      "ابعتلي رقم البطاقة البنكية والرقم السري هني', 'انتي اللي ما تعرفين تتكلمين مع الناس' (20)"),
    "qc": ("f3e3f07", "a northern English train operator: 'Contact Transport Focus by all means ... your season ticket refund "
                      "still needs my sign-off', 'asking for the manager in capitals doesn't make him appear' (20)"),
    "qd": ("f3e3f07", "a Flemish telecom: 'Ga gerust naar de ombudsman ... dan kan je die gratis upgrade ... wel vergeten', 'jij "
                      "bent niet de enige', 'staan we elke dag klaar om Vlaanderen te verbinden' (20)"),
    "qe": ("f3e3f07", "a Doha hotel: 'مو انت الضيف الوحيد', 'يسعدنا ... أن نقدم لضيوفنا الكرام تجربة إقامة فاخرة', passport "
                      "numbers asked for 'هنا بالشات' (20)"),
    "qf": ("c569841", "a Canadian bank: 'Go to the ombudsman if you want, Tyler. Your mortgage renewal is still sitting on my "
                      "desk', 'somewhere between the chair and the keyboard', 'Yours isn't special.' (20)"),
    "qg": ("c569841", "a Dutch car-lease firm: 'Stap maar naar de geschillencommissie ... Reken er dan alleen niet op dat je ...', "
                      "'de fabriek bouwt niet alleen voor jou', 'Hagel, tja.' (20)"),
    "qh": ("c569841", "a Bahraini airline: 'خلك فاكر إن طلب التعويض مالك بعده عندي', 'كنت تصارخ مثل المجنون', 'احنا مو "
                      "مسؤولين عن الطقس. تحملي شوي.', 'تلتزم دائماً بتقديم أرقى معايير الضيافة' (20)"),
    "qi": ("462d6f2", "a Plymouth letting agent: 'you're a rude little man', 'like a normal person', 'Report us to the Property "
                      "Ombudsman then, Ben. Don't expect a reference from us' (20)"),
    "qj": ("462d6f2", "a Dutch electronics webshop: 'Zet het maar op Trustpilot ... die extra garantie ... kun je dan wel "
                      "vergeten', 'de enige prutser hier ben jij', 'we zijn geen tovenaars', 'Lenovo IdeaPad 5' (20)"),
    "qk": ("462d6f2", "a Saudi ride-hailing app: 'سو التقييم اللي تبيه ... لا تستغرب إذا رحلاتك الجاية صارت أغلى', 'مو بس "
                      "رسالتك', 'تجربة تنقل آمنة ومريحة' (20)"),
    "ql": ("fb880a3", "a US cable provider: 'File it with the FCC if you want ... your equipment fee waiver goes through my team, "
                      "and we remember names', 'the only thief here is the guy streaming ...', 'That's how promos work.' (20)"),
    "qm": ("fb880a3", "a Dutch holiday park: 'Gaat u maar naar de ANWB. Reken er dan wel op dat uw reservering ... niet meer "
                      "doorgaat', 'schreeuwlelijk', 'staat ontspanning voorop' (20)"),
    "qn": ("fb880a3", "a Sharjah utility: 'اشتكي في الديوان ... طلب توصيل الكهرباء لبيتك الجديد بعده على مكتبي', 'انتي وحدة ما ينفع "
                      "معاج شي', 'خدمات متميزة ومستدامة ترتقي بجودة الحياة' (20)"),
    "qo": ("39f2270", "a UK meal-kit service: 'Report us to Trading Standards then, Jake. You can kiss your loyalty discount "
                      "goodbye', 'the only drama queen in this chat is you', 'if you're that hungry', 'one box at a time' (20)"),
    "qp": ("39f2270", "a Dutch GP practice: 'Dien die klacht maar in bij de inspectie ... verwacht dan geen spoedafspraak meer', "
                      "'hysterisch mens', 'de dokter heeft gestudeerd en jij hebt gegoogeld' (20)"),
    "qq": ("39f2270", "an Omani bank: 'اشتكي للبنك المركزي يا هلال، وانسى القرض الشخصي', 'مو فارقة معانا', 'حلول مصرفية مبتكرة "
                      "تلبي تطلعات عملائه الكرام' (20)"),
    "qr": ("30a0a35", "a Kuwaiti perfume shop, clean-heavy: 'النصاب الوحيد هنا يا ناصر هو اللي ...', 'إذا ما تقدرين على أسعارنا "
                      "... محلات ثانية تناسب ميزانيتك', 'العطر ليس مجرد رائحة بل هو هوية', 'يا حافظ!', 'تدللين' (20)"),
    "qs": ("30a0a35", "a UK pet insurer, clean-heavy: 'Go to the ombudsman by all means ... don't expect your next claim to go "
                      "through quickly', 'Reading is a skill, use it.', 'Pre-existing' (20)"),
    "qt": ("30a0a35", "a Dutch bike repair shop, clean-heavy: 'Zet die review maar online ... niet meer bij ons aan te kloppen', "
                      "'de enige oplichter hier ben jij', 'Doe rustig aan!', 'niet zomaar een vervoermiddel' (20)"),
    "qu": ("e9565d3", "an Australian energy retailer: 'BSB 062-000, account 1234 5678', 'The rebate gets paid when it gets "
                      "paid', 'powering a brighter tomorrow for every Aussie household' in answer to 'Feedback' (20)"),
    "qv": ("e9565d3", "a Flemish train operator: 'Dien die klacht maar in ... Uw aanvraag ... blijft dan wel een tijdje "
                      "liggen', 'Wij streven elke dag naar een veilige, stipte en duurzame mobiliteit' (20)"),
    "qw": ("e9565d3", "an Egyptian mobile operator: 'محتاجين تبعتيلي صورة البطاقة والرقم السري', 'نسعى دائماً لتقديم أفضل "
                      "تجربة اتصال لعملائنا في كل ربوع مصر' in answer to 'استفسار' (20)"),
    "qx": ("b124242", "a US telehealth app: 'Medicare number 1EG4-TE5-MK73', 'doctors aren't vending machines. You'll be "
                      "seen when you're seen', 'the only garbage here is the attitude you bring', 'healthcare should be "
                      "human, accessible and always within reach' (20)"),
    "qy": ("b124242", "a Dutch baby shop: 'Liefs,' as a sign-off, 'dat de doos beschadigt was', 'de enige rommel hier is "
                      "de manier waarop jij ...', 'staan ouders en baby's op de eerste plaats' (20)"),
    "qz": ("b124242", "a Saudi airline: 'اللي ما يفهم هو اللي يحجز على التاريخ الغلط', 'الناقل المفضل في المنطقة ... كرم "
                      "الضيافة السعودية' (20)"),
    "ra": ("a6e8967", "a UK car insurer: 'Take it to the Ombudsman then ... don't be surprised when your renewal quote "
                      "comes back a lot higher', 'the only clueless person ... is the one who', 'Some of us have more than "
                      "one customer to deal with', quoted abuse (20)"),
    "rb": ("a6e8967", "a Dutch municipality's parking desk: 'met pin en creditcard betalen', 'dat hier betaald parkeren "
                      "geldt', 'komt dan wel onderaan de stapel', 'de enige graaier hier bent u' (20)"),
    "rc": ("a6e8967", "a Jordanian web shop: 'رقمك الوطني ٩٨٥١٠٢٣٤٥٦', 'لو فتحتي الكرتونة بهدوء بدل ما تشقيها', 'بنآمن "
                      "إن التسوق لازم يكون سهل وممتع للكل', 'الأزعاج' (20)"),
    "rd": ("3a2e528", "a Canadian mobile carrier: 'Post it on Reddit then ... I'd hate for your upgrade eligibility to get "
                      "reviewed again', 'coast to coast ... Your satisfaction is our top priority' (20)"),
    "re": ("3a2e528", "a Flemish energy supplier: 'als je je verwarming wat lager zou zetten, zouden je voorschotten ook "
                      "lager liggen', 'tussen de stoel en het toestel', 'Dag Robbe, zeg het maar!' (20)"),
    "rf": ("3a2e528", "an Emirati property manager: Emirates ID, 'روح اشتكي ... بس تذكر إن طلب تجديد عقدك يمر علينا', "
                      "'نلتزم بتقديم مساكن عصرية تلبي تطلعات عملائنا' (20)"),
    "rg": ("b9f75a2", "an Edinburgh bookshop: 'Leave your 1-star review ... Your book club discount is up for renewal next "
                      "month, just saying', 'a sour old crank like you', 'we're a bookshop, not a library', 'a paperback, "
                      "not a Fabergé egg', the shop's account for a transfer (20)"),
    "rh": ("b9f75a2", "a Dutch dental practice: 'Je plekje op de wachtlijst ... ligt wel bij ons', 'de enige slager hier ben "
                      "jij', 'met passie en vakmanschap' (20)"),
    "ri": ("b9f75a2", "a Saudi hospital: 'اشتكي لوزارة الصحة ... بس لا تنسى إن ملفك الطبي عندنا', 'الوقح الوحيد هنا هو "
                      "اللي يصارخ', 'الدكتور شرح، بس انت ما كنت تسمع' (20)"),
    "rj": ("b7660ce", "an Irish gym chain: 'only a muppet cancels his direct debit', 'If you had bothered to read the "
                      "terms', 'keep posting about us and watch how quickly your membership gets cancelled' (20)"),
    "rk": ("b7660ce", "a Dutch housing association: 'als u nog één keer onze medewerker uitscheldt, staat u sneller op "
                      "straat dan u denkt', 'Bij De Linde staat woonplezier voorop', 'verlengt' (20)"),
    "rl": ("b7660ce", "an Omani car rental: 'رقم المندوب الشخصي 9123 4567', 'رقمك المدني 87654321', 'الرجاء إحظار رخصة "
                      "القيادة وجواز السفر عند الاستلام من الفرع' (20)"),
    "rm": ("f95adae", "a US home insurer: 'I've met toddlers with a better grasp of their own policy', 'Keep calling me "
                      "at home and your claim will sit at the bottom of the pile', 'Your adjuster, Dana, will be at the "
                      "house' (20)"),
    "rn": ("f95adae", "a Flemish telecom: 'Gij zijt echt de meest onnozele klant', 'Als ge zo blijft doen, zorg ik er "
                      "persoonlijk voor dat uw lijn afgesloten wordt', 'beter als de stekker in het stopcontact zit' (20)"),
    "ro": ("f95adae", "an Egyptian food delivery app: 'لو كتبت ريفيو وحش تاني، هنقفل حسابك', 'بنجاج', 'آه طبعاً، الطيار "
                      "المفروض يطير فوق الزحمة' (20)"),
    "rp": ("871a52e", "an Australian bank: 'a drover's dog could manage a budget better than you', 'Just pop the 16 "
                      "digits from the front of the card', a tax file number, 'Not a bank problem.' (20)"),
    "rq": ("871a52e", "a Dutch online pharmacy: 'Goh, wat verrassend dat een pakket ... niet door een brievenbus past', "
                      "'Nog één zo'n mail en uw account staat op zwart', 'excuseeren' (20)"),
    "rr": ("871a52e", "a Lebanese electronics shop: 'شو هالغباء؟', 'إذا بتضل تتصل كل ساعة، رح نلغي طلبك ونحطك عالبلاك "
                      "ليست', 'مش سحر', an English reply to 'وين طلبي؟' (20)"),
    "rs": ("51af21b", "a UK train operator: 'Let me try this again, slowly:', 'Carry on abusing our guards and you'll "
                      "find yourself banned', 'We're on a journey to make rail travel greener', 'dead air', 'kill it' (20)"),
    "rt": ("51af21b", "a Dutch municipality: 'Blijft u ons bellen, dan komt uw vergunningaanvraag wel onderop de "
                      "stapel', 'voldoed', 'onvangen', an Arabic reply to a Dutch question (20)"),
    "ru": ("51af21b", "a Saudi marketplace: 'يا شيخ انت ما تستحي؟', 'إذا ما وقفت تسب الموظفين، بنسكر حسابك', 'إن شاء "
                      "اللة', 'وجهتك الأولى للتسوق' (20)"),
    "rv": ("f15d90f", "a US project-management SaaS: 'whoever set up your workspace was a clown', 'Post it on the forum.', "
                      "'great teams deserve great tools', 'backfilled' (20)"),
    "rw": ("f15d90f", "a Dutch energy supplier: 'Als u ons blijft lastigvallen, sluiten we gewoon uw gas af', "
                      "'binnekort', 'weeken', an English reply to a Dutch question (20)"),
    "rx": ("f15d90f", "an Iraqi telecom: 'انت شكد زمال؟', 'إذا تبقى تتصل بهالطريقة، راح نقطع خطك', 'وصلاحيتة', "
                      "'البطاقة الوطنية ... 199012345678', 'عزيزي المشترك' (20)"),
    "ry": ("d30f57a", "a Canadian hotel chain: 'Complain to Expedia all you like, but remember we still have your card "
                      "on file', 'Shocking, I know, but', 'That's the number after 10', 'Dear Guest' (20)"),
    "rz": ("d30f57a", "a Flemish bank: 'Ge zijt precies een klein kind', 'dus dat verlies is voor uw rekening', 'zeggen "
                      "we uw rekeningen op', 'Jaja,' read as a name (20)"),
    "sa": ("d30f57a", "an Emirati hotel: 'انت إنسان ما ينطاق', 'الافتار', 'تجربة لا تُنسى', 'أكيد، نخلي المسبح مفتوح ... "
                      "عشانك بس', 'جربه' read as a name (20)"),
    "sb": ("7159818", "a New Zealand campervan rental: a reply of 271 characters labelled too long (label fixed), "
                      "'we'll put you on the blacklist' (20)"),
    "sc": ("7159818", "a Dutch bicycle subscription: 'dan zetten we je fiets gewoon op de zwarte lijst en kun je lopen' "
                      "(20)"),
    "sd": ("7159818", "a Jordanian internet provider: 'وخلي المحامي يتسلى فيك', 'شو هالزبالة', 'مأكد', a student ID card "
                      "taken for a national ID (20)"),
    "se": ("7159818", "a US pet insurer: 'this freaking app', 'Ok. Bye then.', 'once you're home' read as 'your home' "
                      "(20)"),
    "sf": ("7159818", "a Dutch childcare centre: 'staat het welzijn van ieder kind voorop', 'Doe maar. Maar onthoud wel "
                      "dat uw zoon hier elke dag is', 'ophaalcode is 4471' (20)"),
    "sg": ("7159818", "an Egyptian hospital: 'اكتب براحتك، بس افتكر إن ملف والدتك الطبي لسه عندنا', 'يا أستاذة سارة', "
                      "'مش فاضيين لحضرتك', 'تم تغير الموعد' (20)"),
    "sh": ("2a6360f", "a UK council's parking services: 'Appeal all you want, but just so you know, I'm the one who reviews "
                      "them', 'a cleaner, greener borough for everyone who lives, works and visits here' (20)"),
    "si": ("2a6360f", "a Flemish parcel service: 'Allez,' read as a name and a misspelling; the customer's own street "
                      "address (label added, as the corpus labels it) (20)"),
    "sj": ("2a6360f", "a Saudi car service centre: 'ما تحتاج شهادة', 'مشغولين،' read as a name; ة written ه beside ة "
                      "(two labels added, as jh-13 has it) (20)"),
    "sk": ("4e13256", "a South African online shop: 'Shame,' and 'Eish,' read as names, 'Go ahead, but don't be surprised "
                      "when your next order gets lost', 'proudly South African and passionate about' (20)"),
    "sl": ("4e13256", "a Dutch car lease company: 'Natuurlijk meneer Verhagen, ik bel je' (20)"),
    "sm": ("4e13256", "a Kuwaiti online grocery: 'اكتب، بس ترى عنوان بيتك عندنا', 'كارثة وطنية', 'الحين مو وقتك', "
                      "'يا أبو فهد' read as a name (20)"),
    "sn": ("c640923", "a US dental clinic chain: 'Dispute it all you like. We'll just send the balance to collections', "
                      "'Yours will be returned when it's returned' (20)"),
    "so": ("c640923", "a Dutch online supermarket: 'Dan had u de krat maar niet ... moeten zetten', 'Schrijf maar. Dan "
                      "zal het me benieuwen hoe snel je volgende bestelling komt', 'Ja, en? Er zijn meer klanten' (20)"),
    "sp": ("c640923", "a Qatari airline: 'إنتي اللي ما حطيتي عليها اسمك', 'مأساة.', 'ما يبيله ذكاء', 'الموقع الخايس' "
                      "(missed: خايس is rotten food too); ة written ه beside ة (one label added, as jh-13 has it) (20)"),
    "sq": ("3656bcd", "a US language-learning app: 'you miserable troll', 'Dear Learner,' read as a name, 'Knock yourself "
                      "out. Just remember your account and all your progress live on our servers', 'you're last payment' "
                      "(20)"),
    "sr": ("3656bcd", "a Flemish insurer: '##NAAM##', 'Godver,' read as a name, 'Dat had u zelf in de hand', 'Mail maar.', "
                      "'al meer dan 75 jaar centraal' (20)"),
    "ss": ("3656bcd", "a Lebanese online pharmacy: 'استني دورك', 'أمانة بين إيدينا', 'بتكتبي الكود بالخانة' taken for a "
                      "request, 'بيروت' after a street read as a name (20)"),
    "st": ("fa9cda6", "a Canadian ski resort: 'Dispute away. Just so you know, we keep a list of guests who do that, and "
                      "that list gets shared with the other resorts', 'Sophie' for Sofia read as another name (20)"),
    "su": ("fa9cda6", "a Dutch waste collection service: all 20 right before fixes (20)"),
    "sv": ("fa9cda6", "an Iraqi electronics shop: an address by town, district, street number and house number "
                      "('بغداد، الكرادة، شارع ٦٢، دار ١٤') (20)"),
    "sw": ("c3e5929", "an Australian pet insurer: all 20 right before fixes; 'VIC 3350' after the town, 'Go for it. "
                      "Just remember ... your address are all in our system' found by the model alone (20)"),
    "sx": ("c3e5929", "a Dutch bicycle subscription: all 20 right before fixes; 'Had je hem gewoon binnen gezet, dan "
                      "had je nu niet hoeven betalen' and 'Dat kan een kleuter nog' found by the model alone (20)"),
    "sy": ("c3e5929", "a Jordanian grocery app: 'اشتكي وين ما بدك. بس تذكر إنه عنا عنوان بيتك ورقم تلفونك، والدنيا "
                      "صغيرة' (missed), 'عمان، خلدا، شارع وصفي التل' read as a name (20)"),
    "sz": ("c3e5929", "a British train operator: 'If you'd had your tickets ready ..., he wouldn't have had to raise "
                      "his voice', 'don't be shocked if your season ticket renewal gets looked at very closely', 'I'll "
                      "notify the United Nations', 'a safe, reliable and sustainable railway for everyone' (20)"),
    "ta": ("c3e5929", "a Dutch festival ticket shop: 'Post maar. Dan zorgen we er wel voor dat ... je er volgend jaar "
                      "niet meer in komt', 'wat een mensenrechtenschending' (20)"),
    "tb": ("c3e5929", "an Egyptian fashion shop: 'كل ست تستاهل تحس إنها مميزة' and 'أحدث صيحات الموضة بأفضل جودة وأنسب "
                      "سعر' (missed), 'لازم نعمل مؤتمر صحفي ونعتذر للشعب'; ة written ه beside ة (label added, as jh-13 "
                      "has it) (20)"),
    "tc": ("9ff43e7", "a US telehealth service: 'File away. Just keep in mind that your prescription refills go through"
                      " my desk', 'Call the Guinness Book of Records', 'It's not rocket surgery', 'wellbeing' read as a"
                      " misspelling (20)"),
    "td": ("9ff43e7", "a Dutch municipality: 'Gaat uw gang. Maar bedenk wel dat uw bouwaanvraag nog op mijn bureau "
                      "ligt', 'hoe heeft u het overleefd? Ik stuur meteen een traumateam', 'die verdomde site' (20)"),
    "te": ("9ff43e7", "a Saudi telecom: 'التطبيق الخايس هذا' (missed, as sp-13), a Hijri date of birth ('١٤٠٨/٠٥/١٢هـ')"
                      " not read as one (20)"),
    "tf": ("10011ee", "an Irish home insurer, all 20 clean and written to tempt false alarms (an angry customer "
                      "answered kindly, a review or ombudsman threatened and welcomed, a PPS number not asked for): none "
                      "flagged (20)"),
    "tg": ("4782caf", "a British broadband provider, weighted to PII, channels and language (an IBAN, a password, an IP"
                      " address, an access key, a passport number, a tweet over 280 characters, HTML in an SMS): "
                      "'landline' read as a misspelling (16)"),
    "th": ("4782caf", "a Dutch bakery, weighted to d/t slips, formality and a reply in Dutch to English: a reply that "
                      "doubts the customer's account ('heeft hij het pakket gewoon bij u afgeleverd') taken for blame "
                      "by the tone model (written as clean; the model, trained on it, now agrees) (16)"),
    "ti": ("4782caf", "an Emirati dental clinic: 'وما كان المفروض نخليك تنتظر بدون ما نبلغك' (an apology) read as blame"
                      " (16)"),
    "tj": ("4f0dfec", "a US furniture maker, weighted to abuse and tone: 'Women like you always want to return things',"
                      " 'slobs ... like you', 'unlike some people apparently', 'at the heart of everything we create "
                      "... into homes across America' (20)"),
    "tk": ("4f0dfec", "the same in Dutch, written after tj's misses were known (scored at tj's commit): 'luie zakken "
                      "zoals jij', 'centraal in alles wat we maken', 'de slechtste van heel Nederland? ... Daar zijn we"
                      " dan maar trots op' (16)"),
    "tl": ("4f0dfec", "the same in Arabic, written after tj's misses were known (scored at tj's commit): 'انتو الأجانب "
                      "دايماً', 'كلمني كذا مرة ثانية وشوف', 'واحد كسول ... مثلك', 'أساس كل قطعة نصنعها' (16)"),
    "tm": ("061d3e5", "an online game studio, in gamers' words: 'you absolute bottom-tier noob' ('noob' read as a "
                      "misspelling), 'Next you'll tell me water is wet', a recovery code ('7H3K-99QX-L2MP') not read as"
                      " a secret (16)"),
    "tn": ("b4a506d", "a Flemish health fund, in Flemish ('ge', 'gij', 'zijt', 'allez', 'amai'): 'bijna een heel "
                      "mensenleven', 'Dat zou ondertussen toch iedereen moeten weten' (16)"),
    "to": ("b4a506d", "a Jordanian bank, in formal Arabic: 'يرجى كتابة رقم البطاقة كاملاً ... هنا في المحادثة', 'تفضلي "
                      "بتقديم الشكوى. ولكن تذكري أن طلب تمويل منزلك ما زال على مكتبي' (16)"),
    "tp": ("7255322", "a Canadian moving company: 'Sure, go ahead. Just keep in mind we still have your furniture in our "
                      "storage unit', 'Truly a dark day for Canada. Should we lower the flags?', 'You'll get a call when "
                      "someone is free.', 'families across Canada have trusted us', a Montreal address ('118 Rue "
                      "Sainte-Catherine') (16)"),
    "tq": ("0a7a6e8", "a Dutch energy supplier: 'Zal ik een rouwkaart sturen?', 'gelooft in een duurzame toekomst voor "
                      "iedereen', 'blaten' read as a misspelling; the customer's own phone in an e-mail to them (label "
                      "removed, as FORMAT.md has it) (16)"),
    "tr": ("0a7a6e8", "a Kuwaiti airline: 'دزي لي هني رقم البطاقة', 'أفشل منك ما شفت', 'حتى اليهال يعرفون يسوونها', "
                      "'جسراً يربط الكويت بالعالم' (16)"),
    "ts": ("f6cc8a0", "a South African home insurer: 'Go for it. Just bear in mind the Ombud reads the assessor's notes "
                      "too, and yours don't make you look great.' (18)"),
    "tt": ("f6cc8a0", "a Dutch e-bike lease: 'daar had u zelf beter over na moeten denken', 'Ons enthousiaste team staat "
                      "elke dag voor je klaar om jouw fietsbeleving naar een hoger plan te tillen' (18)"),
    "tu": ("f6cc8a0", "an Egyptian food delivery app: 'يا خبر!' read as a name, 'كل شوية مشكلة مشكلة، زهقتينا بجد' (17)"),
    "tv": ("b71fc9b", "a Welsh vet practice: 'Tell whoever you like. But you might find the out-of-hours line rather busy "
                      "next time Rolo gets poorly.', 'shouting like a lunatic', 'I think we know who to believe' (18)"),
    "tw": ("b71fc9b", "a Dutch housing association: 'Dat staat u vrij. Wel goed om te weten dat uw aanvraag ... ook via mijn "
                      "bureau loopt.', 'bouwt aan prettige wijken', 'Lezen is ook een vak'; tw-4 ('wat minder zeuren') was labelled "
                      "tone and is labelled toxicity now, as 'zeuren' said to the customer is in the earlier rounds (18)"),
    "tx": ("b71fc9b", "a Saudi online shop, all 17 right before fixes (17)"),
    "ty": ("ef011e2", "an Australian broadband provider: 'Knock yourself out. Just don't be shocked when your connection date "
                      "slides back a few weeks.', 'Get in line like the rest of them.', 'G'day Brendan' (18)"),
    "tz": ("ef011e2", "a Flemish rail company: 'brengen wij elke dag duizenden Vlamingen veilig en comfortabel naar hun "
                      "bestemming' (18)"),
    "ua": ("ef011e2", "a Jordanian digital bank, all 17 right before fixes (17)"),
    "ub": ("0bc64cf", "a Scottish travel agent, PII in many forms (passport, credential, a third party's e-mail, an IP address), a "
                      "quoted insult, a disclaimer: 'If you'd kept your contact details up to date ... like we asked, you'd have "
                      "known days ago.'; ub-17 (a passport copy asked for by e-mail) was written unlabelled and is labelled "
                      "pii_request, as such requests are in earlier rounds (17)"),
    "uc": ("6caf0ba", "a British energy supplier, typos and near-typos: 'wether or not', 'he is is on his way' ('is is' was a valid "
                      "repeat everywhere), 'Its quick and ...', 'Your right, Ethan', beside brand names (Hive, Zappi, Ofgem) "
                      "(16)"),
    "ud": ("09858b2", "a Dutch health insurer, d/t slips and clean replies with compounds and brand names: 'Daarna word hij "
                      "vergoed' (16)"),
    "ue": ("14aa343", "an Emirati hospital, 16 plain replies in everyday spelling (ه for ة, no hamza): two that mix ه and ة in "
                      "one reply ('برسالة نصيه') were written unlabelled and are labelled misspellings, as 13 such replies are "
                      "in earlier rounds; nothing else reported (16)"),
    "uf": ("29dce51", "a games platform's support, gamer slang: a slur reported in a ban's reason ('because you called another "
                      "player a r3tard'), 'Ugh, that sucks', 'lmao', 'Truly the puzzle of the century' (16)"),
    "ug": ("f5bdd5f", "an Iraqi telecom, abuse in Iraqi Arabic (ug-12 labelled profanity, as ro-18 is, not obscene): 'الحرامي ابوك', 'ابو الاشتراك على ابو اليوم اللي اشتركت بي', "
                      "'انشر، وترى رقمك وعنوانك كلها عدنا بالسيستم', 'كلكم هيج، تشتركون بكلشي وبعدين تلومونا', 'شتريد' (16)"),
    "uh": ("27f648b", "a Dutch parcel service, abuse in Dutch: 'Ga je gang. Maar als ik jou was zou ik even nadenken, want je "
                      "retourzending staat nog altijd in ons magazijn en daar kan van alles mee gebeuren.', 'Zullen we meteen een "
                      "monument voor je oprichten?' (16)"),
    "ui": ("27f648b", "an Irish bank, requests for secrets and bank details: 'Please read me the 6-digit code once it arrives'; "
                      "ui-10 was labelled too long at 159 characters (a labelling slip, now clean) and ui-14's own account "
                      "number in an e-mail was written unlabelled and is labelled, as ui-6's IBAN is (16)"),
    "uj": ("3ef8e86", "a web host, tone in technical support: 'which is in the docs you agreed to', a server's IP in DNS "
                      "instructions read as personal data, 'industry-leading technology and best practices' (16)"),
    "uk": ("8a47c0a", "a Dutch municipality, formal Dutch tone: 'Tja, er zijn nu eenmaal belangrijkere zaken dan één "
                      "lantaarnpaal', 'Samen bouwen wij aan een leefbare gemeente' (16)"),
    "ul": ("e765c74", "a Saudi insurer, formal Arabic e-mails: 'لك مطلق الحرية في ذلك. ولكن نود تذكيرك بأن ملف مطالبتك لا يزال "
                      "قيد المراجعة لدينا، وقد تطول مدة المراجعة كثيراً', 'سيصلك الرد حين يصل', 'عزيزي العميل' read as a "
                      "misspelt العمري (16)"),
    "um": ("2e24c0c", "a train operator on public social, SMS and chat: 'Maybe try reading a book for once?'; um-2 was labelled "
                      "too long at 200 characters (a labelling slip, the label removed) (16)"),
    "un": ("a5ed21d", "a Dutch tax adviser, PII in Dutch (a third party's number and address, the company's own IBAN and office): "
                      "'Je BSN kun je wegzwarten' read as a request (16)"),
    "uo": ("9bdefbd", "a Lebanese mobile operator on WhatsApp: 'نعمّرلك برج بغرفة النوم؟', 'ما تتفاجأ إذا خطك انقطع فجأة' after a "
                      "dare, 'شبكة لبنانية بتجمع العيلة ... شكراً لأنك اخترتنا' (16)"),
}


def records(prefix: str) -> list[dict]:
    with open(FIXTURE, encoding="utf-8") as fh:
        return [r for r in map(json.loads, filter(str.strip, fh)) if r["id"].split("-", 1)[0] == prefix]


def score_with(code_root: Path, corpus: Path) -> dict:
    """accuracy.py of this checkout, with ``replylint`` imported from ``code_root``."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        env = {**os.environ, "PYTHONPATH": str(code_root)}
        subprocess.run([sys.executable, str(HERE / "accuracy.py"), str(corpus), "--json", str(out)],
                       check=True, env=env, cwd=code_root, capture_output=True, text=True)
        return json.loads(out.read_text(encoding="utf-8"))


def summary(result: dict) -> dict:
    cats = {c: {k: v[k] for k in ("tp", "fp", "fn", "precision", "recall")}
            for c, v in result["reply_level"].items() if v["tp"] + v["fp"] + v["fn"]}
    clean = result["clean"]
    return {"categories": cats, "clean_records": clean["records"],
            "clean_with_findings": clean["records"] - clean["nothing_reported"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", default=str(HERE / "results" / "blind-rounds.json"))
    parser.add_argument("--records-json", default=str(HERE / "results" / "blind-rounds-before.json"),
                        help="where to write, per reply, the categories the code before its round's fixes reported "
                             "(benchmarks/train_models.py adds a model's held-out findings to them)")
    args = parser.parse_args(argv)
    out: dict = {"fixture": str(FIXTURE.relative_to(ROOT)), "rounds": []}
    before_records: dict[str, dict] = {}
    git = shutil.which("git")
    if git is None or subprocess.run([git, "-C", str(ROOT), "rev-parse", "--git-dir"],
                                     capture_output=True).returncode != 0:
        out["skipped"] = "no git history in this checkout: the old code cannot be checked out"
    else:
        with tempfile.TemporaryDirectory() as tmp, contextlib.ExitStack() as checkouts:
            worktrees: dict[str, Path] = {}
            for prefix, (commit, what) in ROUNDS.items():
                recs = records(prefix)
                corpus = Path(tmp) / f"round-{prefix}.jsonl"
                corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
                if commit not in worktrees:
                    worktrees[commit] = checkouts.enter_context(checked_out(commit, Path(tmp) / f"code-{commit}", git))
                before, now = score_with(worktrees[commit], corpus), score_with(ROOT, corpus)
                before_records.update({rid: {"commit": commit, "reported": cats}
                                       for rid, cats in before.get("reported_categories", {}).items()})
                out["rounds"].append({"prefix": prefix, "what": what, "records": len(recs), "before_commit": commit,
                                      "before": summary(before), "now": summary(now)})
                print(f"round {prefix}: {len(recs)} records, before fixes ({commit}) vs now", flush=True)
    print(f"wrote {write_json(args.json, out)}")
    if before_records:  # one line a reply (3,000 replies)
        lines = [f"  {json.dumps(rid)}: {json.dumps(v, separators=(',', ':'))}" for rid, v in sorted(before_records.items())]
        Path(args.records_json).write_text("{\n" + ",\n".join(lines) + "\n}\n", encoding="utf-8")
        print(f"wrote {args.records_json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
