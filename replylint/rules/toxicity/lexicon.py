"""The lexicon scorer: offline, fast, and it explains itself with spans.

Real insults arrive inflected ("idiots", "sukkels", "أغبياء"), compounded
("kutklant"), with particles attached ("وغبي", "يا حمار") and obfuscated
("st*pid", "f.u.c.k", "1d10t", "idiooot", "i d i o t"). Each token is turned
into a handful of candidate forms that undo those, and the candidates are
looked up in the language's pack. Matching is per token, never per substring,
so "assistant", "class" and "Scunthorpe" cannot match; words that look like a
hit but are harmless ("sukkelen" the verb, "kankeronderzoek") are listed as
safe words, and harmless phrases ("damn good", "kill the process") as safe
phrases that veto any hit inside them. Threats are phrase patterns, not words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ...models import Severity
from ...normalize import without_arabic_marks
from ...packs import PackModel, compiled_regexes, pack_schema
from ...prefilter import Alternation
from ...structure import opens_after
from ...textutil import (ARABIC_CONJUNCTIONS, Lazy, gate_open, gate_words, last_sentence_break, phrase_body,
                         phrase_regex, text_lower, text_runs, text_words)

CATEGORIES = ("insult", "profanity", "threat", "identity_attack", "obscene")


class CrossedThreat(BaseModel):
    """A dare to complain crossed with a sanction in the company's hands (``ToxicityPack.crossed_threats``), or an
    ultimatum about the customer's conduct crossed with a menacing consequence. Either half alone is everyday ('feel
    free to complain', 'your application is on my desk', 'if you swear again'); one after the other they threaten.
    Kept as two lists, so a dare added for one round meets every sanction known, and the reverse."""

    model_config = ConfigDict(extra="forbid")

    dares: list[str] = Field(description="Regular expressions over lower-cased text: a dare to complain.")
    sanctions: list[str] = Field(description="Regular expressions over lower-cased text: a sanction after it.")
    within: int = Field(default=100, ge=0, description="How many characters, on the same line, may stand between "
                                                      "the end of a dare and the start of a sanction.")

    @field_validator("dares", "sanctions")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        compiled_regexes(patterns)
        return patterns

    def patterns(self) -> list[str]:
        """Any dare, then within ``within`` characters of one line any sanction: one expression per dare, in the
        dares' order. Joined as alternatives they match as '(dares) ... (sanctions)' would, and each keeps the
        words its own dare requires. (One expression required only what every dare shares: an ultimatum opening
        with 'als u', a Dutch reply's everyday words, opened ~4,000 characters of crossed sanctions in two Dutch
        replies of five.)"""
        sanctions = f"(?:(?:{'|'.join(self.sanctions)}))"
        return [f"(?:(?:{dare}))[^\\n]{{0,{self.within}}}?{sanctions}" for dare in self.dares]


@pack_schema("toxicity")
class ToxicityPack(PackModel):
    insult: list[str] = Field(default_factory=list, description="Insults (words or phrases).")
    insult_addressed: list[str] = Field(
        default_factory=list, description="Insulting only when aimed at someone: 'you clown', 'يا كلب'.")
    profanity: list[str] = Field(default_factory=list, description="Strong swearing (error).")
    expletives: list[str] = Field(
        default_factory=list,
        description="Curses that swear at a thing and insult a person: profanity said of the system ('this son of a "
                    "bitch system', 'السيستم ابن الكلب ده'), an insult aimed at the customer ('you son of a bitch').")
    profanity_mild: list[str] = Field(default_factory=list, description="Mild swearing (warning).")
    obscene: list[str] = Field(default_factory=list, description="Sexual and obscene words (error).")
    identity_attack: list[str] = Field(default_factory=list, description="Slurs and attacks on a group.")
    compound_prefixes: dict[str, list[str]] = Field(
        default_factory=dict, description="Category -> prefixes that make a compound toxic (kutklant).")
    compound_suffixes: dict[str, list[str]] = Field(
        default_factory=dict, description="Category -> endings that make a compound toxic (clusterfuck, boerenlul).")
    safe_words: list[str] = Field(default_factory=list, description="Tokens that are never hits.")
    safe_phrases: list[str] = Field(default_factory=list, description="Phrases that veto hits inside them.")
    threats: list[str] = Field(default_factory=list, description="Regular expressions over lower-cased text.")
    crossed_threats: list[CrossedThreat] = Field(
        default_factory=list,
        description="Threats made of two lists that cross: any dare to complain followed by any sanction in the "
                    "company's hands (see CrossedThreat). Scanned before `threats`.")
    group_attacks: list[str] = Field(
        default_factory=list,
        description="Regular expressions over lower-cased text for generalisations about a group of people "
                    "('typisch zo'n Marokkaan', 'all immigrants are'), reported as identity_attack. A slur is a "
                    "word; an attack on a group is usually a frame around a harmless one, which a word list "
                    "cannot hold.")
    insult_patterns: list[str] = Field(
        default_factory=list,
        description="Regular expressions over lower-cased text for insults made of ordinary words ('entitled "
                    "little brats like you', 'verwende klanten zoals jij'), reported as insult.")
    profanity_patterns: list[str] = Field(
        default_factory=list,
        description="Regular expressions over lower-cased text for swearing made of ordinary words (the Iraqi curse "
                    "'ابو الاشتراك على ابو اليوم', damn the subscription and the day), reported as profanity.")
    address_words: list[str] = Field(default_factory=list, description="'you', 'jij', 'يا': aimed at someone.")
    address_after: list[str] = Field(
        default_factory=list,
        description="Words right after an insult that only the customer's insult has: a verb form of the second "
                    "person at the end of a clause ('omdat je een zeurende jankerd bent').")
    object_pronouns: list[str] = Field(
        default_factory=list,
        description="Address words that are also the object of a verb ('you', 'u'): followed by one of "
                    "`object_determiners` ('send you a dog bowl', 'we sturen u een nieuwe kip'), what comes after is "
                    "a thing given to the customer, not a name for them.")
    object_determiners: list[str] = Field(
        default_factory=list, description="Articles and other determiners for `object_pronouns` ('a', 'the', 'een').")
    addressed_objects: list[str] = Field(
        default_factory=list,
        description="What the customer says or does ('complaints', 'excuses', 'gezeur'): an insult that is aimed at "
                    "someone only is aimed at the customer right before one ('these pathetic complaints').")
    negations: list[str] = Field(
        default_factory=list, description="Words that deny the insult right after them, an intensifier allowed "
                                          "between ('you're not an idiot', 'je bent geen idioot', 'أنت مو غبي'): "
                                          "reassurance, not abuse. Only insults are negated; swearing stays swearing.")
    mentions: list[str] = Field(
        default_factory=list,
        description="Regular expressions over lower-cased text that end right before a word a reply reports someone "
                    "else said ('because you called another player a r3tard', 'the word ...'): a mention, as a moderator "
                    "explains a ban, not the agent's own abuse. Slurs and insults only; swearing stays swearing.")
    intensifiers: list[str] = Field(
        default_factory=list, description="Words that may stand between an address word and an insult without "
                                          "counting towards the distance ('you are so very dumb', 'ben je nou echt "
                                          "zo dom').")

    @field_validator("threats", "group_attacks", "insult_patterns", "profanity_patterns", "mentions")
    @classmethod
    def _compile(cls, patterns: list[str]) -> list[str]:
        compiled_regexes(patterns)
        return patterns

    def threat_patterns(self) -> list[str]:
        """The crossed threats' expressions, then ``threats``."""
        return [p for c in self.crossed_threats for p in c.patterns()] + self.threats


_SECOND_PERSON_POSSESSIVE = frozenset({"your", "je", "jouw", "uw"})
_POSSESSIVE_BEFORE = re.compile(r"(?<!\w)(?:your|my|his|her|their|our|its|je|jouw|uw|mijn|zijn|haar|hun|onze)\s+\Z",
                                re.IGNORECASE)


def _expressions(patterns: list[str], common: frozenset[str]) -> tuple[Lazy, Alternation | None]:
    """The patterns joined, case-insensitive for text as written, and for lower-cased text when no
    pattern has a capital letter in it (see :class:`Lexicon`). ``common``: the language's function words."""
    patterns = [without_arabic_marks(p) for p in patterns]  # (the rules read replies without them)
    lower = None if any(ch.isupper() for p in patterns for ch in _ESCAPE.sub("", p)) else \
        Alternation(patterns, common=common)
    return Lazy.regex("|".join(f"(?:{p})" for p in patterns), re.I), lower


@dataclass(frozen=True, slots=True)
class LexHit:
    start: int
    end: int
    category: str
    severity: Severity
    term: str
    addressed: bool


# --------------------------------------------------------------------------- token forms

_HOMOGLYPHS = str.maketrans({
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "м": "m", "т": "t", "н": "h",
    "і": "i", "ѕ": "s", "ј": "j", "ԁ": "d", "ɡ": "g", "ο": "o", "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v",
    "τ": "t", "υ": "u", "ρ": "p",
})
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s",
                       "!": "i", "|": "l", "€": "e", "9": "g"})
_LEET_CHARS = set("0134578@$!|€9")
_VOCATIVE_END = re.compile(r"\s*(?:[.!?,،؟]|$)")
_VOCATIVE_START = re.compile(r"\s*[,،!]")
_AT_SENTENCE_END = re.compile(r"[ \t]*(?:[.!?؟]|$)")
_REPEAT = re.compile(r"(.)\1{2,}")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_AR_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# (هال: the Gulf demonstrative, "this": 'هالزفت', 'بهالخرا')
_AR_PREFIXES = ("وبهال", "ولهال", "بهال", "لهال", "وهال", "هال", "وبال", "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_AR_SUFFIXES = ("ين", "ون", "ات", "ها", "هم", "كم", "ه", "ك")
_SUFFIXES = {
    "en": ("ies", "ing", "ers", "ed", "er", "es", "s", "y", "ish", "in"),
    "nl": ("tjes", "jes", "tje", "je", "en", "ers", "er", "erd", "e", "s"),
}
# a token, possibly with obfuscation characters inside: st*pid, sh!t, a$$hole, 1d10t, f#ck
TOKEN = re.compile(r"[\w@$*#!|€]*[^\W\d_][\w@$*#!|€]*|\d*[^\W_][\w@$*#!|€]+")
# letters separated by single spaces, dots, dashes or stars: "f.u.c.k", "i d i o t"
_ESCAPE = re.compile(r"\\.")  # escape sequences: \S in a pattern is not a capital letter
_BANG_WORD = re.compile(r"!(?=\w)")  # "sh!t"; a trailing "!" is punctuation
_SPELLING_MARKS = re.compile(r"[ .\-_*]")  # what separates the letters of a spelled-out word
_SPELLED_AFTER_WORD = re.compile(r"[^\W\d_] (?=(?:[^\W\d_][.\-_*]){2,})")
SPACED = re.compile(r"(?<![\w.*\-])(?:[^\W\d_][ .\-_*]){2,}[^\W\d_](?![\w])")


_AR_MASKS = re.compile(r"[*#!|.@$_\-]")


def normalise_ar(word: str) -> str:
    """Alef, ya and ta marbuta forms unified and the marks taken out, as the normalisation takes them out of replies
    (a pack's 'نكّاد' is the reply's 'نكاد')."""
    return without_arabic_marks(word).translate(_AR_NORM)


def forms(token: str, language: str) -> list[str]:
    """Candidate dictionary forms of a token, most literal first."""
    literal, stems = split_forms(token, language)
    return literal + [s for s in stems if s not in literal]


def split_forms(token: str, language: str) -> tuple[list[str], list[str]]:
    """(literal forms, inflection stems) of a token: the literal forms undo
    obfuscation only; the stems also strip inflection and clitics."""
    t = token.casefold()
    out = [t]
    if _ARABIC.search(t):
        base = normalise_ar(t)
        if _AR_MASKS.search(base):  # 'غ*بي', 'ح.م.ا.ر': marks between the letters (Arabic has no leet digits)
            base = _AR_MASKS.sub("", base)
        out.append(base)
        if _REPEAT.search(base):  # drawn out: 'غبيييي', 'حيوااان' (Arabic doubles a letter with a shadda)
            base = _REPEAT.sub(r"\1", base)
            out.append(base)
        stems = [base]
        for p in _AR_PREFIXES:
            if base.startswith(p) and len(base) - len(p) >= 2:
                stems.append(base[len(p):])
        for s in list(stems):
            for suf in _AR_SUFFIXES:
                if s.endswith(suf) and len(s) - len(suf) >= 2:
                    stems.append(s[: -len(suf)])
            if s.endswith("ي") and len(s) >= 4:  # 'my': 'طيزي' (a stem of three letters or more)
                stems.append(s[:-1])
        return list(dict.fromkeys(out)), list(dict.fromkeys(stems[1:]))
    if not t.isascii():
        out.append(t.translate(_HOMOGLYPHS))
    if any(ch in _LEET_CHARS for ch in t) and any(ch.isalpha() for ch in t):
        out.append(t.translate(_LEET))
    for f in list(out):
        if _REPEAT.search(f):
            out.append(_REPEAT.sub(r"\1\1", f))
            out.append(_REPEAT.sub(r"\1", f))
    literal = list(dict.fromkeys(out))
    stems: list[str] = []
    for f in literal:
        for suf in _SUFFIXES.get(language, ()):
            if f.endswith(suf) and len(f) - len(suf) >= 3:
                stem = f[: -len(suf)]
                stems.append(stem)
                if suf in ("ies",):
                    stems.append(stem + "y")
                if suf in ("en", "ers", "er", "e") and len(stem) >= 4 and stem[-1] == stem[-2]:
                    stems.append(stem[:-1])  # Dutch: klootzakken -> klootzak
    return literal, list(dict.fromkeys(stems))


# --------------------------------------------------------------------------- lexicon


def one_letter_runs(runs: tuple[str, ...]) -> bool:
    """Whether three one-character runs follow each other ("f u c k"): one byte per run, 1 where
    ``len(run) == 1``, built in C (a generator over triples cost ~15 us a reply)."""
    return b"\x01\x01\x01" in bytes(map((1).__eq__, map(len, runs)))


class Lexicon:
    """A compiled pack for one language."""

    def __init__(self, pack: ToxicityPack, language: str, common: Iterable[str] = ()):
        """``common``: the language's function words (the core pack's stop words), which the threat and
        group-attack prefilter does not look branches up by."""
        self.language = language
        self.words: dict[str, tuple[str, Severity, bool]] = {}
        phrase_lists: dict[tuple[str, Severity, bool], list[str]] = {}

        def add(words: list[str], category: str, severity: Severity, addressed: bool = False) -> None:
            for w in words:
                key = w.strip().casefold()
                if not key:
                    continue
                if " " in key:
                    phrase_lists.setdefault((category, severity, addressed), []).append(key)
                else:
                    k = normalise_ar(key) if _ARABIC.search(key) else key
                    self.words.setdefault(k, (category, severity, addressed))

        add(pack.identity_attack, "identity_attack", Severity.ERROR)
        add(pack.obscene, "obscene", Severity.ERROR)
        add(pack.insult, "insult", Severity.ERROR)
        add(pack.insult_addressed, "insult", Severity.ERROR, addressed=True)
        add(pack.expletives, "expletive", Severity.ERROR)
        add(pack.profanity, "profanity", Severity.ERROR)
        add(pack.profanity_mild, "profanity", Severity.WARNING)
        # one regex per phrase list would scan the reply once per list: join them, one named group each
        self._phrase_keys = {f"p{i}": key for i, key in enumerate(phrase_lists)}
        joined = [f"(?P<{g}>{phrase_body(phrase_lists[key])})" for g, key in self._phrase_keys.items()]
        self.phrases = re.compile(r"(?<![\w])(?:" + "|".join(joined) + r")(?![\w])", re.I) if joined else None
        self.phrase_gate = gate_words(w for ws in phrase_lists.values() for w in ws)
        self.safe_words = {normalise_ar(w.casefold()) for w in pack.safe_words}
        self.safe_phrases = phrase_regex(pack.safe_phrases)
        # Threat and group-attack patterns are written for lower-cased text: matched without re.I on the
        # lower-cased reply they run twice as fast. A pack pattern with capitals in it keeps re.I on the reply
        # as written.
        frequent = frozenset(w.casefold() for w in common)
        self.expressions = [(category, *_expressions(patterns, frequent)) for category, patterns in
                            (("threat", pack.threat_patterns()), ("identity_attack", pack.group_attacks),
                             ("insult", pack.insult_patterns), ("profanity", pack.profanity_patterns)) if patterns]
        self.address = phrase_regex(pack.address_words, proclitics=ARABIC_CONJUNCTIONS)
        after = phrase_body(pack.address_after) if pack.address_after else None
        self.address_after = re.compile(r"[ \t]+(?:" + after + r")(?!\w)", re.I) if after else None
        objects = phrase_body(pack.addressed_objects) if pack.addressed_objects else None
        self.objects = re.compile(r"[^\S\n]+(?:" + objects + r")(?!\w)", re.I) if objects else None
        self.intensifiers = frozenset(w.casefold() for w in pack.intensifiers)
        self.object_pronouns = frozenset(w.casefold() for w in pack.object_pronouns)
        self.object_determiners = frozenset(w.casefold() for w in pack.object_determiners)
        negations = phrase_body(pack.negations) if pack.negations else None
        between = phrase_body(pack.intensifiers) if pack.intensifiers else None
        # a negation, then at most one intensifier ('not a complete idiot'), right before the insult ('do not be
        # stupid' is no denial: 'be' is no intensifier)
        self.negation = re.compile(rf"(?i:(?<!\w)(?:{negations})\s+(?:(?:{between})\s+)?)$" if between else
                                   rf"(?i:(?<!\w)(?:{negations})\s+)$") if negations else None
        self.mention = re.compile(r"(?:" + "|".join(pack.mentions) + r")\Z") if pack.mentions else None
        self.prefixes = [(p.casefold(), cat) for cat, ps in pack.compound_prefixes.items() for p in ps]
        self.suffixes = [(p.casefold(), cat) for cat, ps in pack.compound_suffixes.items() for p in ps]
        self._cache: dict[str, tuple[str, tuple[str, Severity, bool]] | None] = {}
        self._clean: set[str] = set()  # tokens whose lookup found nothing
        self._wild: dict[int, list[str]] = {}
        for w in self.words:
            self._wild.setdefault(len(w), []).append(w)

    # -- lookups --------------------------------------------------------------------------
    def lookup(self, token: str) -> tuple[str, tuple[str, Severity, bool]] | None:
        """The dictionary entry a token stands for (cached: real text repeats its words)."""
        try:
            return self._cache[token]
        except KeyError:
            pass
        found = self._lookup(token)
        if len(self._cache) < 200_000:
            self._cache[token] = found
        return found

    def _lookup(self, token: str) -> tuple[str, tuple[str, Severity, bool]] | None:
        literal, stems = split_forms(token, self.language)
        if any(c in self.safe_words for c in literal):
            return None  # "sukkelen" the verb, "kankeronderzoek": never a hit, whatever their stems are
        for c in literal:
            hit = self.words.get(c)
            if hit is not None:
                return c, hit
        for c in stems:
            hit = self.words.get(c)
            # slurs are matched as written (plus plural): stemming "spicy" must not find "spic", nor "spices"
            if hit is not None and (hit[0] != "identity_attack" or literal[0] == c + "s" or
                                    literal[0] == c + "es" and c.endswith(("s", "x", "z", "ch", "sh"))):
                return c, hit
        if "*" in token or "#" in token:
            return self._wildcard(token.casefold())
        low = literal[0]
        for prefix, category in self.prefixes:
            if low.startswith(prefix) and len(low) >= len(prefix) + 3 and low != prefix:
                return low, (category, Severity.ERROR, False)
        for suffix, category in self.suffixes:
            if low.endswith(suffix) and len(low) >= len(suffix) + 3:
                return low, (category, Severity.ERROR, False)
        return None

    def _wildcard(self, token: str) -> tuple[str, tuple[str, Severity, bool]] | None:
        """'f**k', 'st*pid', 'sh#t': each masking character stands for one letter."""
        visible = sum(ch.isalpha() for ch in token)
        if visible < 1 or visible == len(token):
            return None
        pattern = re.compile("".join("." if ch in "*#" else re.escape(ch) for ch in token.translate(_LEET)))
        matches = [w for w in self._wild.get(len(token), []) if pattern.fullmatch(w)]
        if len(matches) > 1 and visible < 2:
            # people mask swear words, not insults: 'f***' is 'fuck', not 'fool'
            matches = [w for w in matches if self.words[w][0] in ("profanity", "obscene")] or matches
        if len(matches) == 1 or (matches and visible >= 2):
            return matches[0], self.words[matches[0]]
        # a masked compound prefix before a plain word: 'k*tklant' (kut + klant), 'f*ckwit'
        masked = token.translate(_LEET)
        for prefix, category in self.prefixes:
            n = len(prefix)
            head, rest = masked[:n], masked[n:]
            if len(rest) >= 3 and rest.isalpha() and len(head) == n and head != prefix and \
                    any(ch.isalpha() for ch in head) and all(h in "*#" or h == p for h, p in zip(head, prefix)):
                return token, (category, Severity.ERROR, False)
        return None

    def _addressed(self, text: str, start: int, end: int) -> bool:
        if self.address is None:
            return False
        possessive = _POSSESSIVE_BEFORE.search(text, max(0, start - 8), start)
        if possessive:
            # "you and your dog": the customer's dog, not the customer; "your pathetic excuses" is the customer
            return possessive.group().strip().lower() in _SECOND_PERSON_POSSESSIVE and \
                self.objects is not None and self.objects.match(text, end) is not None
        window = text[max(0, start - 40):start]
        window = window[last_sentence_break(window) + 1:]
        for m in self.address.finditer(window):
            between = window[m.end():].casefold().split()
            if between and between[0] in self.object_determiners and m.group().strip().casefold() in self.object_pronouns:
                continue  # 'we'll send you a dog bowl': the customer is given something, not called something
            # two words of any kind between, or three with one that is not an intensifier ('you're a whinging
            # little snowflake': an adjective of the speaker's own among the usual ones)
            if len(between) <= 2 or sum(w not in self.intensifiers for w in between) <= (1 if len(between) <= 3 else 0):
                return True
        if self.objects is not None and self.objects.match(text, end):
            return True  # "these pathetic complaints", "je belachelijke gezeur"
        after = text[end:end + 8].lower()
        if re.match(r"\s*(?:,\s*)?(?:you|jij|u|يا|انت|أنت)\b", after) and not self._after_determiner(text, start):
            return True  # "idiot, you ..." (not "the animals you love": a noun and its relative clause)
        if self.address_after is not None and self.address_after.match(text, end):
            return True  # 'omdat je een zeurende jankerd bent'
        # vocative: "Doe normaal, sukkel." / "Idiot, read the manual."
        before = text[:start].rstrip()
        sentence_start = not before or before[-1] in ".!?\n"
        if (before.endswith((",", "،")) and _VOCATIVE_END.match(text, end)) or \
                (sentence_start and _VOCATIVE_START.match(text, end)):
            return True
        return _AT_SENTENCE_END.match(text, end) is not None and self._vocative_with_words(before)

    def _after_determiner(self, text: str, start: int) -> bool:
        """Whether the word before ``start`` is an article or possessive ('the', 'your', 'de'): a noun phrase, not an
        address."""
        m = _LAST_WORD_BEFORE.search(text, max(0, start - 20), start)
        return m is not None and m.group(1).casefold() in self.object_determiners

    def _vocative_with_words(self, before: str) -> bool:
        """Whether an insult that ends its sentence has, before it, one or two words that make it a vocative
        after a comma ('Kom eerst maar eens opdagen, luie zak.': an adjective, not an article, and no list of
        adjectives: 'een nieuwe, grote zak' is a bag) or a verdict on what the sentence before said of the
        customer ('People like you are why prices go up. Honestly pathetic.': intensifiers only; not after a
        question, 'Charged twice? Honestly ridiculous.' agrees with them)."""
        rest, last = before.rstrip(), []
        for _ in range(2):
            cut = max(rest.rfind(" "), rest.rfind("\t"), rest.rfind("\n"))
            word = rest[cut + 1:]
            if not word.isalpha():
                return False
            last.append(word.casefold())
            rest = rest[:cut + 1].rstrip()
            if rest.endswith((",", "،")) and not any(w in self.object_determiners for w in last):
                before_comma = rest[:-1].casefold().split()[-2:]
                return not any(w in self.object_determiners for w in before_comma)
            if rest and rest[-1] in ".!\n" and all(w in self.intensifiers for w in last):
                sentence = rest[:-1]
                return self.address is not None and \
                    self.address.search(sentence, last_sentence_break(sentence) + 1) is not None
            if not rest:
                return False
        return False

    # -- scanning ---------------------------------------------------------------------------
    def scan(self, text: str) -> list[LexHit]:
        safe: list[tuple[int, int]] | None = None  # found when there is something to veto

        def vetoed(s: int, e: int) -> bool:
            nonlocal safe
            if safe is None:
                safe = [(m.start(), m.end()) for m in self.safe_phrases.finditer(text)] if self.safe_phrases else []
            return any(a <= s and e <= b for a, b in safe)

        hits: list[LexHit] = []
        taken: list[tuple[int, int]] = []

        def add(s: int, e: int, category: str, severity: Severity, term: str, addressed_only: bool) -> None:
            if vetoed(s, e) or any(s < b and a < e for a, b in taken):
                return
            addressed = self._addressed(text, s, e) if category == "expletive" else None
            if addressed is not None:  # (see ToxicityPack.expletives)
                category = "insult" if addressed else "profanity"
            if category == "insult" and self.negation is not None and self.negation.search(text, max(0, s - 30), s):
                return  # "you're not an idiot": reassurance
            if category in ("insult", "identity_attack") and self.mention is not None and \
                    self.mention.search(text_lower(text[max(0, s - 60):s])):
                return  # "because you called another player a r3tard": the customer's word reported
            if addressed is None:
                addressed = self._addressed(text, s, e)
            if addressed_only and not addressed:
                return
            taken.append((s, e))
            hits.append(LexHit(s, e, category, severity, term, addressed))

        low = text_lower(text) if self.expressions else text
        same_offsets = len(low) == len(text)
        for category, expression, lower in self.expressions:
            lowered = lower is not None and same_offsets
            for m in (lower.finditer(low, text_words(text)) if lowered else expression().finditer(text)):
                add(m.start(), m.end(), category, Severity.ERROR, text[m.start():m.end()], False)
        if self.phrases is not None and gate_open(self.phrase_gate, text):
            for m in self.phrases.finditer(text):
                category, severity, addressed_only = self._phrase_keys[m.lastgroup]
                add(m.start(), m.end(), category, severity, m.group().casefold(), addressed_only)
        runs = text_runs(text)
        spaced = "_" in text or one_letter_runs(runs)
        for m in (SPACED.finditer(text) if spaced else ()):  # spelled out: three one-letter runs in a row
            start = m.start()
            letters = _SPELLING_MARKS.sub("", m.group())
            found = self.lookup(letters)
            if found is None and (cut := _SPELLED_AFTER_WORD.match(m.group())) is not None:
                # 'a c.u.n.t': a one-letter word, then the spelled-out one with other separators
                start += cut.end()
                found = self.lookup(_SPELLING_MARKS.sub("", m.group()[cut.end():]))
            if found is not None:
                term, (category, severity, addressed_only) = found
                add(start, m.end(), category, severity, term, addressed_only)
        # every token is looked up (a cached dict hit), and only a reply with a hit is walked again for
        # positions: most replies have none
        if any(ch in text for ch in "@$*#|€") or ("!" in text and _BANG_WORD.search(text)):
            tokens = {t.rstrip("!|") for t in TOKEN.findall(text)}
        else:  # no obfuscation characters: the tokens are (a subset of) the reply's word runs, already known
            tokens = text_words(text)
        unseen = tokens - self._clean  # tokens already looked up and found clean cost one set operation
        if not any(self.lookup(t) for t in unseen if t):
            if len(self._clean) < 200_000:
                self._clean.update(unseen)
            hits.sort(key=lambda h: (h.start, h.end))
            return hits
        for m in TOKEN.finditer(text):
            token = m.group()
            s, e = m.start(), m.end()
            while token and token[-1] in "!|":  # trailing "!!!" is punctuation, not leetspeak
                token, e = token[:-1], e - 1
            if not token:
                continue
            found = self.lookup(token)
            if found is not None:
                term, (category, severity, addressed_only) = found
                if severity is Severity.WARNING and _in_a_name(text, s, e):
                    continue  # mild words in a name: 'our Hell's Kitchen branch', 'a Bloody Mary'
                add(s, e, category, severity, term, addressed_only)
        hits.sort(key=lambda h: (h.start, h.end))
        return hits


_LAST_WORD_BEFORE = re.compile(r"(\w+)\s+$")
_NAME_AFTER = re.compile(r"(?:['’]s)?[ \t]+[A-Z][a-z]")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A capitalised word inside a sentence, followed by another capitalised word: part of a name."""
    if not text[start:start + 1].isupper() or text[start + 1:end].isupper():
        return False  # (all capitals: shouted)
    return not opens_after(text, start, ".!?:\n\"'“‘(") and _NAME_AFTER.match(text, end) is not None


def iter_categories(hits: list[LexHit], category: str) -> Iterator[LexHit]:
    return (h for h in hits if h.category == category)
