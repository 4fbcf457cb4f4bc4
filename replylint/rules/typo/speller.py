"""Offline spelling on top of pyspellchecker's bundled word-frequency lists.

pyspellchecker ships English, Dutch and Arabic lists in its wheel (no
network), and ranks candidates by frequency, which is what a suggestion
needs. What it does not know about customer-service text is added here:
Dutch compounds are split into known parts ("klantenservicemedewerker" =
klanten + service + medewerker), Dutch diminutives and inflections are
stripped, Arabic clitics and the article are stripped, and the language's
pack adds jargon ("webhook", "retourlabel").
"""

from __future__ import annotations

import marshal
import math
import re
import threading
from typing import AbstractSet, Iterator
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from ...cache import cache_dir, write_atomically
from ...packs import PackModel, compiled_regexes, pack_schema

MIN_STEM_FREQUENCY = 200
"""Derived forms (stems, compound parts, words without clitics) count only when
the base is at least this frequent in the word list."""

COMPOUND_SHADOW = 2000
"""A compound that is one edit from a word this frequent is taken as a misspelling of that word."""

_AR_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_AR_LONG_VOWEL = {"\u0650": "ي", "\u064e": "ى", "\u064f": "و"}  # kasra, fatha, damma
_AR_NORM = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي"})


# attached pronouns, before which a word's last letter changes its written form (see Speller._arabic_stems)
_MAQSURA_SLIP = 100  # a word ending in ا is a slip for the one ending in ى when that one occurs this often
_VOWELS = frozenset("aeiouyáéíóúàèëïöü")
_UNDOUBLED_MIN = 10
_AR_DUAL = frozenset({"ين", "ان"})  # the dual ending, after which a noun's ة is written ت
_AR_PRONOUNS = frozenset({"ها", "هم", "هن", "هما", "ه", "ك", "كم", "كن", "كما", "نا", "ني"})


class VerbForms(BaseModel):
    """The typo pack's ``verb_form`` section: the words :mod:`.verbform` looks at around a verb."""

    model_config = ConfigDict(extra="forbid")

    auxiliaries: list[str] = Field(default_factory=list,
                                   description="Forms of the verbs that take a participle (hebben, zijn, worden).")
    participle_prefixes: list[str] = Field(default_factory=list,
                                           description="Beginnings of participles (ge-, ver-, be-...).")
    clause_breaks: list[str] = Field(default_factory=list,
                                     description="Words that open a new clause between an auxiliary and a verb "
                                                 "('dat', 'omdat', 'en').")
    d_stems: list[tuple[str, str]] = Field(default_factory=list,
                                           description="[stem, stem+t] of verbs whose stem ends in d ('word', "
                                                       "'wordt'): the first goes with 'ik' only.")
    first_person: list[str] = Field(default_factory=list, description="The subject that takes the bare stem ('ik').")
    inverted_subjects: list[str] = Field(default_factory=list,
                                         description="Subjects after the verb that take the bare stem ('word je').")
    subjects: list[str] = Field(default_factory=list,
                                description="Subjects that take stem+t ('hij', 'het', 'u', 'dat').")
    determiners: list[str] = Field(default_factory=list,
                                   description="Words before a noun: 'het geld word' has a noun subject.")
    adverbs: list[str] = Field(
        default_factory=list,
        description="Words that stand before a verb but are no noun of its subject ('hier', 'er', 'nu'): 'dat hier "
                    "betaald parkeren geldt' is an adjective before a noun, not a verb after 'de ... hier'.")
    participle_verbs: list[str] = Field(
        default_factory=list, description="Verbs other than the auxiliaries that take a participle ('staat gepland', "
                                          "'blijft gesloten'): right before a participle they are the verb, not a noun "
                                          "after an adjective ('De installatie staat gepland' has no 'staat' noun).")
    t_subjects: list[str] = Field(
        default_factory=list, description="Subjects that are never a possessive ('u', 'jij', 'hij'): opening a clause, "
                                          "the verb right after them takes -t ('U ontvang binnenkort' -> 'ontvangt').")
    t_subject_openers: list[str] = Field(
        default_factory=list, description="Conjunctions after which a clause keeps the order of a main clause ('en', "
                                          "'maar'): the subject of ``t_subjects`` may follow them.")
    t_exempt: list[str] = Field(default_factory=list,
                                description="Verbs whose stem goes with those subjects too ('u kan', 'jij wil').")
    t_possessive_subjects: list[str] = Field(
        default_factory=list, description="Subjects that are also possessives ('je'): after a conjunction of "
                                          "``t_subject_openers``, the word after one is a verb missing its -t only "
                                          "when a word of ``t_verb_followers`` comes next ('en je ontvang nog een "
                                          "bevestiging'; not 'en je werk is klaar', 'en je reis naar Rome').")
    t_verb_followers: list[str] = Field(
        default_factory=list, description="Words that follow a verb and not a noun: articles, object pronouns and "
                                          "adverbs of time ('een', 'nog', 'morgen').")
    passive_auxiliaries: list[str] = Field(
        default_factory=list, description="Forms of the passive auxiliary (worden): a participle-like word right "
                                          "before one that closes the clause is a participle ('dat hij vrijdag "
                                          "bezorgt wordt.').")
    passive_agents: list[str] = Field(
        default_factory=list, description="The word that introduces the agent of a passive ('door'): after an "
                                          "auxiliary, a participle-like word right before it is a participle ('is "
                                          "vertraagt door drukte').")
    prepositions: list[str] = Field(
        default_factory=list, description="Prepositions that may follow a participle when a phrase is put after "
                                          "it ('is bevestigd voor donderdag'): a participle-like word right after "
                                          "the auxiliary and right before one is a participle ('is bevestigt "
                                          "voor donderdag').")


class SlipEdits(BaseModel):
    """The edits by which an unknown word is a slip of a frequent one (``TypoPack.slip_edits``)."""

    model_config = ConfigDict(extra="forbid")

    letters: list[str] = Field(
        default_factory=list,
        description="Groups of letters written for one another by mistake: letters that differ only by their dots "
                    "('ح', 'خ', 'ج') or that sound alike ('ض', 'ظ'). Writing one letter of a group for another is "
                    "a slip.")
    dialect: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Exceptions as [written, meant]: how a dialect spells a letter ('د' for 'ذ', 'ت' for 'ث'), so "
                    "not a slip even though the two letters share a group.")
    inner_letters: list[str] = Field(
        default_factory=list,
        description="Groups as ``letters``, but a slip only inside a word of ``inner_min_length`` letters or more, "
                    "not as its first or last letter: Arabic ب ت ث ن ي differ only by their dots, and as first and "
                    "last letters they are also the prefixes and endings of a verb's persons ('تبينا', 'نعوضك').")
    inner_min_length: int = Field(default=7, ge=3, description="See ``inner_letters``.")
    endings: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Last letters written for one another, as [written, meant] (['ا', 'ى']: 'يرجا' for 'يرجى').")
    frequency: int = Field(
        default=1000, ge=1,
        description="How often the word with the letter changed (or its stem, clitics taken off) must occur in "
                    "the list.")
    dropped_frequency: int | None = Field(
        default=None, ge=1,
        description="A letter left out inside a word of five letters or more (not its first or last): a slip when "
                    "putting a letter back gives a word this frequent ('الإطارت' for 'الإطارات'). None: not "
                    "checked.")


class ConfusedWordEntry(BaseModel):
    """One entry of a typo pack's ``confused_words`` (see :mod:`.confusables`)."""

    model_config = ConfigDict(extra="forbid")

    pattern: str = Field(description="Regular expression over the words around the slip, written in lower case "
                                     "(it is matched on the lower-cased reply), with the slip in the group "
                                     "`(?P<word>...)`: a list of words there is what the reply is searched for.")
    use: str | dict[str, str] = Field(description="What to write instead; a mapping when the group has several "
                                                  "words ({youre: you're, thats: that's}).")
    note: str = Field(default="", description="Why, in a few words, for the message.")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        if "(?P<word>" not in pattern:
            raise ValueError(f"pattern {pattern!r} has no (?P<word>...) group")
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r}: {exc}") from None
        return pattern


@pack_schema("typo")
class TypoPack(PackModel):
    extra_words: list[str] = Field(default_factory=list, description="Words the bundled dictionary lacks.")
    valid_repeats: list[str] = Field(default_factory=list, description="Doubled words that are correct ('had had').")
    valid_repeats_before: dict[str, str] = Field(
        default_factory=dict,
        description="Doubled words that are correct only before certain words, as a regular expression for the next "
                    "word ('het het' before a superlative: 'wat het het beste doet', not 'teken het het formulier').")
    valid_repeats_after: dict[str, str] = Field(
        default_factory=dict,
        description="Doubled words that are correct only after certain words, as a regular expression for the words "
                    "before, which must match up to the doubled word ('is is' after 'what it': 'what it is is a "
                    "reset'). The key '*' stands for any doubled word ('كل شوية مشكلة مشكلة', every little while: "
                    "problem, problem, said twice on purpose).")
    proper_noun_leaders: list[str] = Field(
        default_factory=list,
        description="Words after which comes a proper noun (a beach, a street, a hotel: 'شاطئ جميرا', 'فندق "
                    "أتلانتس'): the word after one is not checked. For scripts without capitals, where a capital "
                    "cannot mark a name.")
    capitalised_words: list[str] = Field(
        default_factory=list,
        description="Common words always written with a capital ('Wednesday', 'February'): a capitalised word "
                    "mid-sentence is taken for a proper noun and not checked, unless its first suggestion is one "
                    "of these ('Wenesday').")
    suffixes: list[str] = Field(default_factory=list, description="Endings stripped before looking a word up.")
    dative_suffixes: list[str] = Field(
        default_factory=list,
        description="The dative pronouns a dialect writes onto a verb ('لك' in 'نتمنالك', we wish you): before one, "
                    "a verb's final ى is written as an alef, and the word is known when the verb with its ى is. "
                    "Arabic only.")
    prefixes: list[str] = Field(default_factory=list, description="Beginnings stripped before looking a word up: "
                                                                 "clitics (Arabic و, ال) or prefixes (English re-, un-).")
    root_prefixes: list[str] = Field(
        default_factory=list,
        description="Prefixes of derived verb forms, stripped only before a three-letter root: the dialect passive "
                    "(form VII) 'انرفض' (was turned down) of 'رفض', 'ينلغى' (is cancelled) of 'لغى', the present "
                    "tense 'نعوضك' (we compensate you) of 'عوض'. Arabic only.")
    verb_prefixes: list[str] = Field(
        default_factory=list,
        description="Spoken-language particles before a present-tense verb ('ب' in 'بنأخر', we'll delay; 'بيوصلك'): "
                    "a word made of one and a known word that starts with one of root_prefixes is known, and so is "
                    "one before a first-person verb whose أ is dropped as spoken ('بعتذر' of 'أعتذر', 'هعمل' of "
                    "'أعمل'). Arabic only.")
    dialect_letters: list[tuple[str, str]] = Field(
        default_factory=list,
        description="[written, meant] letters that spoken Gulf and Iraqi Arabic write for others ('گ' for ق or ك: "
                    "'نگدر', 'گلنا'; 'چ' for ك or ج): a word with one is known when it is with the other. Arabic only.")
    dialect_endings: list[tuple[str, str]] = Field(
        default_factory=list,
        description="[written, meant] word endings of a dialect ('ج' for the feminine 'you', ك: 'عليج', 'يعجبج'): a "
                    "word with one is known when it is with the other. Arabic only.")
    passive_prefixes: list[str] = Field(
        default_factory=list,
        description="Spoken-language passive particles before a past-tense verb ('ات' in 'اتعدل', was changed; "
                    "'اتصلحت', got fixed): a word made of one and a known word of three letters or more is known. "
                    "Arabic only.")
    negation_affixes: tuple[list[str], list[str]] = Field(
        default=([], []),
        description="The spoken negation around a word, as [[before...], [after...]] ([[ما, م], [ش]]: 'ماكانش', "
                    "'كانتش', 'مقدرناش'): a word with an ending of the second list (and maybe a beginning of the "
                    "first) around a known word is known. Arabic only.")
    verb_endings: tuple[list[str], list[str]] = Field(
        default=([], []),
        description="Beginnings of a present-tense verb and endings only a verb takes, as [[beginnings...], "
                    "[endings...]] ([[ي, ت], [ن]]: 'يفهمن', they (women) understand): a word with both around a "
                    "known verb is known. Kept apart from `suffixes`, which any word takes. Arabic only.")
    contractions: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Beginnings that are two words run together as spoken, as [written, meant] ([عال, ال]: "
                    "'عالطبيعي' is على + 'الطبيعي'): a word with one is known when the meant form is.")
    compound_linkers: list[str] = Field(default_factory=list, description="Joins between compound parts ('s', 'e').")
    min_stem_frequency: int = Field(
        default=MIN_STEM_FREQUENCY, ge=1,
        description="How often a stem must occur in the word list for a derived form (a word with an ending or "
                    "clitic stripped, a compound part) to count as known. The list also holds rare misspellings.")
    rare_stem_frequency: int | None = Field(
        default=None, ge=1,
        description="Stems at least this frequent (but below min_stem_frequency) also count, unless a word one "
                    "edit away is a hundred times as frequent: then the stem is more likely a misspelling of it "
                    "('صباخ' of 'صباح'). For languages whose words take many clitics at once (Arabic).")
    listed_misspelling_frequency: int | None = Field(
        default=None, ge=1,
        description="Words of the list at most this frequent count as misspellings when a word one edit away is a "
                    "thousand times as frequent (and occurs 50,000 times or more): the bundled lists are counted "
                    "from subtitles and hold their typos at the lowest counts ('snell' 50 times beside 'snel' "
                    "174,292). About 1% of the rare words; most of them are slips ('gebuurd', 'tull'), a few are "
                    "real rare words ('zwam', 'gules'), which a user adds to `vocabulary`.")
    warn_min_neighbour_frequency: int | None = Field(
        default=None, ge=1,
        description="An unknown word is reported as a warning only when a word one edit away occurs at least this "
                    "often in the list (then it is most likely a slip of that word); otherwise at info. For a language "
                    "whose spoken spellings its list lacks. The Arabic pack used it (2,500) until ``slip_edits``, which "
                    "it found too lax: a dialect word is often one edit from some frequent word too ('حقتك', 'وقتك').")
    slip_edits: SlipEdits | None = Field(
        default=None,
        description="When set, an unknown word is reported as a warning only when it is a slip of a frequent word by "
                    "one of these edits (or by the other slip lists below, or of a word of the customer's), and at "
                    "info otherwise; it replaces ``warn_min_neighbour_frequency``. For Arabic: over 456 blind rounds, "
                    "138 of the 190 Arabic replies flagged with a typo before their fixes were dialect words the list "
                    "lacks ('تبعتلي', 'زباين', 'حقتك'), one edit from some frequent word but not by a slip of the "
                    "pen; the slips themselves change a letter's dots ('بنجاخ', 'تأكيذ') or write ض for ظ "
                    "('النضام').")
    letter_slips: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Letters written for one another by mistake, as [written, meant] ([ض, ظ]: 'الانتضار' for "
                    "'الانتظار'). A word of the list at most 200 times there is a misspelling when writing one such "
                    "letter as the other gives a word a hundred times as frequent (and 2,000 times or more): the "
                    "bundled lists hold these slips at low counts. Only for pairs that are not also the way people "
                    "write their dialect (Arabic ذ as د, ث as ت are).")
    unknown_word_slips: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Letters written for one another by mistake in words the list does not hold, as [written, meant] "
                    "([ط, ظ]: 'محفطتك' for 'محفظتك'): such an unknown word is reported as a warning when writing one "
                    "letter as the other gives a word of the list (300 times or more), however rare that word is "
                    "there. Pairs that a listed dialect word may also differ by (Levantine 'نطر', to wait, beside "
                    "'نظر') are safe here and not in ``letter_slips``: a listed word is never made a slip by them.")
    ending_slips: list[tuple[str, str]] = Field(
        default_factory=list,
        description="Word endings written for one another, as [written, meant] ([اء, أ]: 'الخطاء' for 'الخطأ', "
                    "'نبداء' for 'نبدأ'). A word of the list at most 2,000 times there is a misspelling when the "
                    "other ending gives a word twenty times as frequent (and 5,000 times or more), unless it is a "
                    "word of its own with a proclitic ('بداء': ب + 'داء') or with إ ('ابداء' is 'إبداء').")
    dropped_letters: list[tuple[str, str]] = Field(
        default_factory=list,
        description="A letter left out after another, as [after, dropped] ([ؤ, و]: 'مسؤلية' for 'مسؤولية', 'شؤن' for "
                    "'شؤون'). A word of the list at most 2,000 times there is a misspelling when putting the letter "
                    "back gives a word five times as frequent (and 300 times or more).")
    doubling_suffixes: list[str] = Field(
        default_factory=list,
        description="Endings before which a consonant after a short vowel is doubled ('en': 'boodschap', "
                    "'boodschappen'; 'ed': 'stop', 'stopped'): a word not in the list made of a stem and one is a "
                    "misspelling when doubling the stem's last consonant gives a common word ('boodschapen', "
                    "'stoped').")
    open_syllable_vowels: list[str] = Field(
        default_factory=list,
        description="Doubled vowels that are written single in an open syllable ('oo' in Dutch: 'behoor', but "
                    "'behoren'): a word not in the list with one before a single consonant and a vowel is a "
                    "misspelling when writing it single gives a common word ('behooren', 'maaken', 'huuren'). "
                    "'tweede' is in the list, so it never gets here.")
    variants: list[tuple[str, str]] = Field(
        default_factory=list, description="Spelling variants tried when a word is unknown: ['our', 'or'] accepts "
                                          "British 'neighbour' against an American list.")
    confused_words: list[ConfusedWordEntry] = Field(
        default_factory=list, description="Real words in the wrong place, by their neighbours, for "
                                          "`typo.confused_word` ('could of', 'more then 30 days').")
    verb_form: VerbForms | None = Field(default=None, description="Words around a verb for `typo.verb_form` "
                                                                  "(Dutch d/t slips); no section, no check.")


    @field_validator("valid_repeats_before", "valid_repeats_after")
    @classmethod
    def _words_around(cls, patterns: dict[str, str]) -> dict[str, str]:
        compiled_regexes(patterns.values())
        return patterns


_LISTED_SHADOW = 50_000  # see TypoPack.listed_misspelling_frequency
_SLIP_MAX, _SLIP_RATIO, _SLIP_MIN = 200, 100, 2_000  # see TypoPack.letter_slips
_ENDING_SLIP_MAX, _ENDING_SLIP_RATIO, _ENDING_SLIP_MIN = 2_000, 20, 5_000  # see TypoPack.ending_slips
_DROPPED_RATIO, _DROPPED_MIN = 5, 300  # see TypoPack.dropped_letters
_SHORT_VERB_MIN = 1_000  # a three-letter present tense behind a verb prefix: at least this frequent
_UNKNOWN_SLIP_MIN = 300  # see TypoPack.unknown_word_slips
# a form derived by stripping an ending is a misspelling when a word one edit away is this frequent
DERIVED_SHADOW = 10_000
_NEIGHBOUR_FLOOR = 2_000  # bars from here up are answered from an index of the words this frequent (COMPOUND_SHADOW)
_NEIGHBOUR_INDEX_AFTER = 200  # ... once a process has asked this many such questions (see _neighbour_index)


def _one_edit(word: str, other: str, letters: AbstractSet[str]) -> bool:
    """Whether ``other`` is in pyspellchecker's ``edit_distance_1(word)``: one letter deleted, two neighbours
    swapped, one replaced or one inserted, a replaced or inserted letter being one of ``letters``. (``word``
    itself is in it too, by replacing a letter of the alphabet with itself or swapping a doubled letter.)"""
    n, m = len(word), len(other)
    if m == n + 1:
        at = next((i for i in range(n) if word[i] != other[i]), n)
        return other[at] in letters and other[at + 1:] == word[at:]
    if m == n - 1:
        at = next((i for i in range(m) if word[i] != other[i]), m)
        return word[at + 1:] == other[at:]
    if m != n:
        return False
    diff = [i for i in range(n) if word[i] != other[i]]
    if not diff:
        return any(ch in letters for ch in word) or any(word[i] == word[i + 1] for i in range(n - 1))
    if len(diff) == 1:
        return other[diff[0]] in letters
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == other[diff[1]] and \
        word[diff[1]] == other[diff[0]]


def _letter_slip_map(edits: SlipEdits | None, field: str) -> dict[str, str]:
    """Each letter of ``edits``' groups in ``field`` -> the letters of its groups it is a slip for (the dialect
    spellings left out)."""
    out: dict[str, set[str]] = {}
    if edits is not None:
        dialect = {tuple(pair) for pair in edits.dialect}
        for group in getattr(edits, field):
            for a in group:
                out.setdefault(a, set()).update(b for b in group if b != a and (a, b) not in dialect)
    return {a: "".join(sorted(bs)) for a, bs in out.items()}


class Speller:
    """A dictionary for one language. Thread-safe after construction."""

    def __init__(self, language: str, pack: TypoPack | None, vocabulary: list[str] = ()):
        self.language = language
        self.checker = load_checker(language)
        self.words: dict[str, int] = self.checker.word_frequency.dictionary
        extra = [w.lower() for w in (pack.extra_words if pack else [])] + [w.lower() for w in vocabulary]
        if extra:
            _add_words(self.checker.word_frequency, extra)
        self.min_stem_frequency = pack.min_stem_frequency if pack else MIN_STEM_FREQUENCY
        for word in extra:  # vetted words, so their derived forms count too ('المرتجعات' of 'مرتجعات')
            if self.words.get(word, 0) < self.min_stem_frequency:
                self.words[word] = self.min_stem_frequency
        self.prefixes = sorted(pack.prefixes if pack else [], key=len, reverse=True)
        self.root_prefixes = tuple(pack.root_prefixes if pack else ())
        self.verb_prefixes = tuple(pack.verb_prefixes if pack else ())
        self.passive_prefixes = tuple(pack.passive_prefixes if pack else ())
        self.negation_before, self.negation_after = (
            tuple(sorted(a, key=len, reverse=True)) for a in (pack.negation_affixes if pack else ([], [])))
        self.contractions = [(a, b) for a, b in (pack.contractions if pack else ())]
        self.dialect_letters = [(a, b) for a, b in (pack.dialect_letters if pack else ())]
        self.dative_suffixes = tuple(sorted(pack.dative_suffixes if pack else (), key=len, reverse=True))
        self.dialect_endings = [(a, b) for a, b in (pack.dialect_endings if pack else ())]
        self.verb_starts, self.verb_ends = (tuple(a) for a in (pack.verb_endings if pack else ([], [])))
        self.suffixes = sorted(pack.suffixes if pack else [], key=len, reverse=True)
        self.linkers = sorted(pack.compound_linkers if pack else [], key=len, reverse=True)
        self.variants = list(pack.variants if pack else [])
        self.ending_slips = [(a, b) for a, b in (pack.ending_slips if pack else ())]
        self.dropped_letters = [(a, b) for a, b in (pack.dropped_letters if pack else ())]
        self.doubling_suffixes = sorted(pack.doubling_suffixes if pack else (), key=len, reverse=True)
        vowels = pack.open_syllable_vowels if pack else []
        self.open_syllable = re.compile(
            "(" + "|".join(map(re.escape, vowels)) + r")(?=[^\W\daeiouy][aeiouy])") if vowels else None
        self.rare_stem_frequency = pack.rare_stem_frequency if pack else None
        self.listed_misspelling_frequency = pack.listed_misspelling_frequency if pack else None
        self.letter_slips = [(a, b) for a, b in (pack.letter_slips if pack else ())]
        self.unknown_word_slips = [(a, b) for a, b in (pack.unknown_word_slips if pack else ())]
        self.warn_min_neighbour_frequency = pack.warn_min_neighbour_frequency if pack else None
        self.slip_edits = pack.slip_edits if pack else None
        # letter -> the letters it is a slip for, anywhere and only inside a long word (see slip_edits)
        self._slip_letters = _letter_slip_map(self.slip_edits, "letters")
        self._inner_slip_letters = _letter_slip_map(self.slip_edits, "inner_letters")
        self.vetted = frozenset(extra)
        self._lock = threading.Lock()
        self._cache: dict[str, bool] = {}
        self.fine: set[str] = set()  # words as written that need no check (known, or too short to check)
        self._suggestions: dict[str, list[str]] = {}
        self._first_index: dict[str, list[str]] | None = None
        self._first_length_index: dict[tuple[str, int], list[str]] | None = None
        self._neighbours: tuple[int, dict[str, list[str]]] | None = None  # see _neighbour_index
        self._shadow_queries = 0
        self._compound_frequency: dict[str, int] = {}  # compounds suggested by _compound_suggestions

    def _common(self, word: str) -> bool:
        return self.words.get(word, 0) >= self.min_stem_frequency

    def dropped_long_vowel(self, word: str, mark: str) -> bool:
        """Whether ``word`` followed by the short vowel ``mark`` is a verb that lost its final long vowel
        (an Arabic imperative: 'اشتكِ' of 'اشتكي', 'ابقَ' of 'ابقى')."""
        long_vowel = _AR_LONG_VOWEL.get(mark) if self.language == "ar" else None
        return long_vowel is not None and self.known(word + long_vowel)

    def _rare_word(self, word: str) -> bool:
        """A stem below the common bar that still counts (``rare_stem_frequency``): frequent enough, and
        no word one edit away is a hundred times as frequent (a misspelling sits next to its word)."""
        low = self.rare_stem_frequency
        freq = self.words.get(word, 0)
        if low is None or not low <= freq < self.min_stem_frequency:
            return False
        return not self._shadowed(word, 100 * freq)

    def frequency(self, word: str) -> int:
        w = word.lower()
        return max(self.words.get(w, 0), self._compound_frequency.get(w, 0))

    def known(self, word: str) -> bool:
        """Whether ``word`` (any case) is a word of the language, counting
        inflections, compounds and clitics."""
        w = word.lower()
        known = self._cache.get(w)
        if known is None:
            known = self._known(w)
            if len(self._cache) < 100_000:
                self._cache[w] = known
        return known or word[:1].isupper() and w in self.words  # ('Daan': a name, no slip of 'dan')

    def _known(self, w: str) -> bool:
        if w in self.words:
            return not self._listed_misspelling(w)
        if self.language == "ar":
            if _AR_MARKS.search(w):  # short vowels and tatweel are optional in writing: 'سنرسلُ' is 'سنرسل'
                bare = _AR_MARKS.sub("", w)
                if not bare:
                    return False
                return self.known(bare) or self.dropped_long_vowel(bare, w[-1])
            if self._pronoun_as_ta_marbuta(w):
                return False
            w2 = w.translate(_AR_NORM)
            if w2 in self.words:  # ('الإنتضار' is the list's 'الانتضار', a slip of 'الانتظار')
                return not self._listed_misspelling(w2)
            if "اي" in w and self.known(w.replace("اي", "ائ")):
                return True  # 'رسايلنا', 'جايزة': the hamza on its seat written as a plain ي, as spoken
            for p in self.verb_prefixes:  # 'بنأخر': ب + 'نأخر' (we delay), itself a present-tense form
                rest = w[len(p):]
                if not w.startswith(p) or len(rest) < 3:
                    continue
                if self._common("ا" + w):
                    break  # 'شترى' is 'اشترى' (bought) with its ا dropped, not ش + 'ترى'; 'شتريد' has no such word
                if len(rest) >= 4 and rest.startswith(self.root_prefixes) and self.known(rest):
                    return True
                if len(rest) == 3 and rest[0] in "يتنأ" and self.words.get(rest, 0) >= _SHORT_VERB_MIN:
                    return True  # 'هيرد' (he'll answer): ه + 'يرد', a three-letter verb (a frequent one: the
                    # shorter the rest, the more unknown words it would explain)
                if not rest.startswith(("ا", "أ")) and self._common("أ" + rest):
                    return True  # 'بعتذر' (I apologise): ب + 'أعتذر' with its أ dropped, as spoken
            for written, meant in self.dialect_letters:  # 'نگدر' (we can): 'نقدر' with the Gulf and Iraqi گ
                if written in w and self.known(w.replace(written, meant)):
                    return True
            for written, meant in self.dialect_endings:  # 'عليج' (on you, to a woman): 'عليك'
                reading = w[:-len(written)] + meant
                if w.endswith(written) and len(w) > len(written) + 2 and self.known(reading):
                    if not self._common(reading) and self._last_letter_slip(w):
                        continue  # 'بنجاج' is 'بنجاح' with a dot slipped, not 'بنجاك' (no one writes that)
                    return True
            for p in self.passive_prefixes:  # 'اتعدل': ات + 'عدل' (changed), as Egypt and the Levant say it
                if w.startswith(p) and len(w) - len(p) >= 3 and self.known(w[len(p):]):
                    return True
            if self.negated(w):
                return True
            if self._verb_with_ending(w):
                return True
            for written, meant in self.contractions:  # 'عالطبيعي': على + 'الطبيعي'
                if w.startswith(written) and len(w) - len(written) >= 3 and self.known(meant + w[len(written):]):
                    return True
            if w.endswith("ه") and len(w) >= 4 and w[:-1] + "ة" in self.words:
                return True  # 'والعافيه': informal writing puts ه for every final ة (typo.misspelling's ة check
                # reports it in a reply that writes ة)
            for dative in self.dative_suffixes:  # 'نتمنالك' (we wish you): 'نتمنى' + 'لك', its ى an alef inside the word
                core = w[: -len(dative)]
                if w.endswith(dative) and len(core) >= 3 and core.endswith("ا") and self.known(core[:-1] + "ى"):
                    return True
            if w.endswith("ا") and self.words.get(w[:-1] + "ى", 0) >= _MAQSURA_SLIP:
                return False  # 'نتمنا': 'نتمنى' with its final ى written as an alef, not an accusative ending
            if w[0] in "وفبلك" and len(w) >= 5 and w[1:] in self.words and not self._listed_misspelling(w[1:]):
                return True  # 'وطلعت' (and you left), 'لجاسم' (to Jasim): one proclitic on a word the list holds
            if w[0] in "وف" and len(w) >= 5 and w[1] in "بهح" and self.known(w[1:]):
                return True  # 'وبعطيك' (and I'll give you): 'and' before a spoken present verb the list lacks
            if w[0] in "يتنأ" and w[1] == "ت" and len(w) >= 5 and self._common(w[1:]):
                return True  # 'يتفاهم' (he comes to terms): the present of a verb whose past ('تفاهم') is common
            # a stem counts only if it is a common word: the bundled list also holds rare misspellings
            stems = self._arabic_stems(w)
            return any(self._common(s) or self._common(s.translate(_AR_NORM)) for s in stems) or \
                any(self._rare_word(s) for s in stems)
        if "-" in w and all(self.known(p) or p in self.prefixes for p in w.split("-")[:-1] if p) and \
                self.known(w.rsplit("-", 1)[1] or "a"):
            return True  # ('pre-existing', 'co-payment': a prefix written with its hyphen)
        if w.endswith(("'s", "’s")) and len(w) > 4 and self.known(w[:-2]):
            return True  # "children's", "women's": the possessive of a word the list holds ('customer's' is listed)
        if self.open_syllable is not None and self._open_syllable_slip(w):
            return False
        if self.doubling_suffixes and self._undoubled(w):
            return False
        for old, new in self.variants:
            if old in w:
                variant = w.replace(old, new)
                if variant in self.words or any(self._common(st) for st in self._stems(variant)):
                    return True
        for stem in self._stems(w):
            if self._common(stem):
                # (not 'occured': 'occurred', one edit away, is a frequent word of the list)
                return not self._shadowed(w, DERIVED_SHADOW)
        for prefix in self.prefixes:  # 'rebooked': a prefix before a common word (or a known form of one)
            rest = w[len(prefix):]
            if w.startswith(prefix) and len(rest) >= 4 and \
                    (self._common(rest) or rest in self.words and any(self._common(st) for st in self._stems(rest))) \
                    and not self._shadowed(w, max(self.words.get(rest, 0), 1)):
                return True  # (not 'untill': 'until', one edit away, is more frequent than 'till')
        # a compound of known parts, unless a very frequent word is one edit away: 'rekenig' (rek + enig) is
        # 'rekening' (21,566) with a letter missing. Of 1,888 rare compounds in the Dutch list, 8 have such
        # a neighbour.
        return bool(self.linkers) and self._compound(w) and not self._shadowed(w, COMPOUND_SHADOW) and \
            not self._consonant_undoubled(w)

    def _consonant_undoubled(self, w: str) -> bool:
        """'terugestort' read as 'terug' + 'e' + 'stort' is 'teruggestort' with one g: a compound whose doubled
        consonant makes a listed word (of any frequency: the participles of separable verbs are rare in the list)
        is that word misspelt."""
        words = self.words
        return any(w[i - 1] == w[i - 1].lower() and w[i - 1] not in _VOWELS and w[i] != w[i - 1] and
                   words.get(w[:i] + w[i - 1:], 0) >= _UNDOUBLED_MIN for i in range(2, len(w) - 1))

    def _verb_with_ending(self, w: str) -> bool:
        """'يفهمن': the common present-tense verb 'يفهم' with an ending only a verb takes (``verb_endings``)."""
        if not w.startswith(self.verb_starts):
            return False
        return any(w.endswith(e) and len(w) - len(e) >= 4 and self._common(w[: -len(e)]) for e in self.verb_ends)

    def negated(self, w: str) -> bool:
        """'ماكانش', 'كانتش', 'مقدرناش': a known word inside the spoken negation (Egyptian ما...ش)."""
        for after in self.negation_after:
            if not w.endswith(after) or len(w) - len(after) < 3:
                continue
            core = w[: -len(after)]
            if self.known(core):
                return True
            for before in self.negation_before:
                rest = core[len(before):]
                if core.startswith(before) and len(rest) >= 3 and self.known(rest):
                    return True
        return False

    def _undoubled(self, w: str) -> bool:
        """``doubling_suffixes``: 'boodschapen' is 'boodschap' + 'en' with the p left single."""
        for suffix in self.doubling_suffixes:
            stem = w[:-len(suffix)]
            if w.endswith(suffix) and len(stem) >= 3 and stem[-1].isalpha() and stem[-1] not in "aeiouyhwx" and \
                    stem[-2] != stem[-1] and self._common(stem + stem[-1] + suffix):
                return True
        return False

    def known_slip(self, word: str) -> bool:
        """Whether ``word`` is a word of the list that one of the pack's slip rules (``letter_slips``,
        ``ending_slips``, ``dropped_letters``) makes a misspelling of a more frequent word, or an Arabic verb
        with its pronoun written as a ة: a known kind of slip, so a warning however rare the right word is."""
        w = word.lower()
        freq = self.words.get(w, 0)
        if not freq and self.unknown_word_slips and self._unknown_slip(w):
            return True
        return bool(freq) and self._pack_slip(w, freq) or self._pronoun_as_ta_marbuta(w)

    def slip_of_frequent(self, word: str) -> bool:
        """Whether ``word`` is one of ``slip_edits`` away from a frequent word: a letter written for one of its
        group ('بنجاخ' for 'بنجاح'), a last letter for its pair ('يرجا' for 'يرجى'), or a letter left out inside it
        ('الإطارت'). The word with the edit undone counts by its own frequency or that of its stem ('اعتراظك':
        'اعتراضك' is rare in the list, 'اعتراض' is not)."""
        edits = self.slip_edits
        if edits is None:
            return False
        w = _AR_MARKS.sub("", word.lower()) if self.language == "ar" else word.lower()
        floor = edits.frequency
        letters, inner = self._slip_letters, self._inner_slip_letters
        inside = range(1, len(w) - 1) if len(w) >= edits.inner_min_length else range(0)
        for i, ch in enumerate(w):
            for b in letters.get(ch, ""):
                if self._slip_frequency(w[:i] + b + w[i + 1:], i) >= floor:
                    return True
            if i in inside:  # (the word or the word behind a proclitic: a stem without an ending is too short a
                # word for these letters, 'وريحتنا' is not 'ربحت' + 'نا')
                for b in inner.get(ch, ""):
                    c = w[:i] + b + w[i + 1:]
                    if max([self.words.get(c, 0), *(self.words.get(c[len(p):], 0) for p in self.prefixes
                                                     if c.startswith(p) and len(c) - len(p) >= 4)]) >= floor:
                        return True
        for written, meant in edits.endings:
            if w.endswith(written) and self._slip_frequency(w[:-len(written)] + meant, len(w) - 1) >= floor:
                return True
        dropped = edits.dropped_frequency
        if dropped is not None and len(w) >= 5:
            words = self.words
            alphabet = self.checker.word_frequency.letters
            return any(words.get(w[:i] + ch + w[i:], 0) >= dropped for i in range(1, len(w)) for ch in alphabet)
        return False

    def _last_letter_slip(self, w: str) -> bool:
        """Whether writing ``w``'s last letter as another of its ``slip_edits`` group gives a frequent word."""
        if self.slip_edits is None:
            return False
        at = len(w) - 1
        return any(self._slip_frequency(w[:at] + b, at) >= self.slip_edits.frequency
                   for b in self._slip_letters.get(w[-1], ""))

    def _slip_frequency(self, word: str, at: int) -> int:
        """How often ``word`` occurs in the list, or (Arabic) the most frequent of its stems of four letters or more
        that holds the changed letter at ``at``: a stem made by taking the change off as an ending ('الباريسنا' read
        as 'باريس' + 'نا') says nothing of it."""
        freq = self.words.get(word, 0)
        if self.language != "ar":
            return freq
        for stem in self._arabic_stems(word):
            start = word.find(stem[:-1]) if len(stem) >= 4 else -1  # (its last letter may be restored: 'جهة' of 'جهت')
            if start >= 0 and start <= at < start + len(stem):
                freq = max(freq, self.words.get(stem, 0))
        return freq

    def _unknown_slip(self, w: str) -> bool:
        """``unknown_word_slips``: writing one of an unknown word's letters as the other of its pair gives a word of
        the list ('محفطتك' is 'محفظتك', 1,480 times)."""
        return self._swapped_letter(w, self.unknown_word_slips, _UNKNOWN_SLIP_MIN)

    def _pronoun_as_ta_marbuta(self, w: str) -> bool:
        """'تطلبينة' for 'تطلبينه': a verb's object pronoun ه written as the ة that ends nouns only (a present
        tense with the ين or ون ending; nouns such as 'مدينة' are in the list); and 'صلاحيتة' for 'صلاحيته': a
        noun in ة with the pronoun ه, whose ة became ت before it (a word the list lacks that ends in تة)."""
        if self.language != "ar" or w in self.words:
            return False
        if w.endswith(("ينة", "ونة")) and w[:1] in "تينأ" and len(w) >= 6:
            return self.known(w[:-1] + "ه")
        if not w.endswith("تة") or len(w) < 6:
            return False
        noun = w[:-2] + "ة"  # (behind a proclitic: 'وصلاحيتة')
        return any(self.words.get(noun[len(p):], 0) >= MIN_STEM_FREQUENCY for p in ("", *self.prefixes)
                   if noun.startswith(p) and len(noun) - len(p) >= 4)

    def _pack_slip(self, w: str, freq: int) -> bool:
        """``letter_slips``, ``ending_slips`` or ``dropped_letters`` make ``w`` (``freq`` times in the list) a
        slip of a more frequent word."""
        return bool(self.letter_slips and freq <= _SLIP_MAX and self._letter_slip(w, freq) or
                    self.ending_slips and freq <= _ENDING_SLIP_MAX and self._ending_slip(w, freq) or
                    self.dropped_letters and freq <= _ENDING_SLIP_MAX and self._dropped_letter(w, freq))

    def _dropped_letter(self, w: str, freq: int) -> bool:
        """``dropped_letters``: 'مسؤلية' (603 in the list) is 'مسؤولية' (4,530)."""
        floor = max(_DROPPED_RATIO * freq, _DROPPED_MIN)
        for after, dropped in self.dropped_letters:
            at = w.find(after)
            while at >= 0:
                nxt = at + len(after)
                if w[nxt:nxt + len(dropped)] != dropped and nxt < len(w) and \
                        self.words.get(w[:nxt] + dropped + w[nxt:], 0) >= floor:
                    return True
                at = w.find(after, at + 1)
        return False

    def _ending_slip(self, w: str, freq: int) -> bool:
        """``ending_slips``: 'الخطاء' (452 in the list) is 'الخطأ' (26,580)."""
        words = self.words
        floor = max(_ENDING_SLIP_RATIO * freq, _ENDING_SLIP_MIN)
        for written, meant in self.ending_slips:
            if not w.endswith(written):
                continue
            if words.get(w[:-len(written)] + meant, 0) < floor:
                continue
            if w.startswith("ا") and words.get("إ" + w[1:], 0) >= 100:
                return False  # 'ابداء' is 'إبداء' (expressing) without its hamza
            for p in self.prefixes:  # 'بداء' is ب + 'داء' (a disease); 'الخطاء' is ال + 'خطاء', itself a slip
                rest = w[len(p):]
                if w.startswith(p) and len(rest) >= 3 and rest.endswith(written) and \
                        words.get(rest, 0) >= MIN_STEM_FREQUENCY and \
                        words.get(rest, 0) * _ENDING_SLIP_RATIO > words.get(rest[:-len(written)] + meant, 0):
                    return False
            return True
        return False

    def _open_syllable_slip(self, w: str, floor: int | None = None) -> bool:
        """``open_syllable_vowels``: 'behooren' is 'behoren' with the vowel of 'behoor' kept double. For a
        word of the list (``floor`` given: 'groote' is there 50 times) the single spelling must be that
        frequent; otherwise a common word."""
        for m in self.open_syllable.finditer(w):
            single = w[:m.start()] + m.group()[0] + w[m.end():]
            if self._common(single) if floor is None else self.words.get(single, 0) >= floor:
                return True
        return False

    def _listed_misspelling(self, w: str) -> bool:
        """``listed_misspelling_frequency``: a word of the list that is a slip of a far more common one."""
        freq = self.words[w]
        if self._pack_slip(w, freq):
            return True
        if self.open_syllable is not None and freq <= _SLIP_MAX and \
                self._open_syllable_slip(w, max(_SLIP_RATIO * freq, _SLIP_MIN)):
            return True
        top = self.listed_misspelling_frequency
        if top is None or freq > top or "'" in w or w in self.vetted or any(self._common(st) for st in self._stems(w)):
            return False  # ('lettings': a regular form of a common word)
        return self._shadowed(w, max(1000 * freq, _LISTED_SHADOW))

    def _letter_slip(self, w: str, freq: int) -> bool:
        """``letter_slips``: writing one of the word's letters as the other of its pair gives a far more
        frequent word."""
        return self._swapped_letter(w, self.letter_slips, max(_SLIP_RATIO * freq, _SLIP_MIN))

    def _swapped_letter(self, w: str, pairs: list[tuple[str, str]], floor: int) -> bool:
        """Whether writing one of ``w``'s letters as the other of its pair (``[written, meant]``) gives a word of the
        list at least ``floor`` times there."""
        words = self.words
        for written, meant in pairs:
            at = w.find(written)
            while at >= 0:
                if words.get(w[:at] + meant + w[at + 1:], 0) >= floor:
                    return True
                at = w.find(written, at + 1)
        return False

    def shadowed(self, word: str, frequency: int) -> bool:
        """Whether a word one edit from ``word`` (lower case) occurs at least ``frequency`` times in the list."""
        return self._shadowed(word, frequency)

    def _shadowed(self, word: str, frequency: int) -> bool:
        """Whether a word one edit from ``word`` occurs at least ``frequency`` times in the list: then
        ``word`` is more likely a misspelling of it than a derived form ('صباخ' next to 'صباح', 'untill'
        next to 'until')."""
        words = self.words
        stems = [word]
        if self.language == "ar":  # 'والتأمبن': the slip is in 'التأمين', whose proclitic form is rarer
            stems += [word[len(p):] for p in self.prefixes if word.startswith(p) and len(word) - len(p) >= 3]
        if frequency >= _NEIGHBOUR_FLOOR:
            self._shadow_queries += 1  # (a race can only miscount: harmless)
            if self._neighbours is not None or self._shadow_queries > _NEIGHBOUR_INDEX_AFTER:
                return any(self._frequent_neighbour(stem, frequency) for stem in stems)
        return any(words.get(c, 0) >= frequency for stem in stems for c in self.checker.edit_distance_1(stem))

    def _frequent_neighbour(self, word: str, frequency: int) -> bool:
        """``_shadowed`` for one stem and a bar of at least ``_NEIGHBOUR_FLOOR``, from an index of the list's
        frequent words by their deletions (as SymSpell does) instead of pyspellchecker's every string one edit
        away (~50 per letter for English, more for Dutch and Arabic: 0.3-1 ms a word, 6% of a reply's check on
        new wording). Two words one edit apart share a key: one is the other, or one of its deletions, or
        both lose a letter to the same string. Each word found is then tested to be one edit away as
        ``edit_distance_1`` counts edits (replaced and inserted letters from the list's alphabet)."""
        word = word.lower()
        checker = self.checker
        if not checker._check_if_should_check(word):  # (a number, a string longer than any word)
            return self.words.get(word, 0) >= frequency
        index = self._neighbour_index()
        found = set(index.get(word, ()))
        for at in range(len(word)):
            found.update(index.get(word[:at] + word[at + 1:], ()))
        letters = checker.word_frequency.letters
        words = self.words
        return any(words.get(c, 0) >= frequency and _one_edit(word, c, letters) for c in found)

    def _neighbour_index(self) -> dict[str, list[str]]:
        """The list's words of ``_NEIGHBOUR_FLOOR`` or more, under themselves and each of their deletions (rebuilt
        if the shared list has grown since). Building it takes ~0.1 s a language, so a process builds it only
        after ``_NEIGHBOUR_INDEX_AFTER`` such questions (a CLI run over a few macros never does)."""
        built = self._neighbours
        if built is not None and built[0] == len(self.words):
            return built[1]
        with self._lock:
            index: dict[str, list[str]] = {}
            for w in [w for w, count in self.words.items() if count >= _NEIGHBOUR_FLOOR]:
                index.setdefault(w, []).append(w)
                for at in range(len(w)):
                    index.setdefault(w[:at] + w[at + 1:], []).append(w)
            self._neighbours = (len(self.words), index)
        return index

    def _stems(self, w: str) -> list[str]:
        out = []
        for suf in self.suffixes:
            if w.endswith(suf) and len(w) - len(suf) >= 3:
                stem = w[: -len(suf)]
                out.append(stem)
                if len(stem) >= 2 and stem[-1] == stem[-2]:
                    out.append(stem[:-1])  # pakketten -> pakket
        return out

    def _arabic_stems(self, w: str) -> list[str]:
        stems = [w, *self._roots(w)]  # 'انرفض' (was turned down): form VII of the root 'رفض'
        for p in self.prefixes:
            if w.startswith(p) and len(w) - len(p) >= 2:
                stems.append(w[len(p):])
        if w.startswith(("لل", "ولل", "فلل")) and len(w) >= 6:
            # 'للارتقاء' is ل + 'الارتقاء': the article's alef drops after ل
            stems.append("ا" + w[w.index("لل") + 1:])
        for s in list(stems):
            for suf in self.suffixes:
                if s.endswith(suf) and len(s) - len(suf) >= 2:
                    stem = s[: -len(suf)]
                    stems.append(stem)
                    stems += self._roots(stem)  # 'نعوضك': ن + the root 'عوض' + ك
                    if suf == "ة":
                        stems.append(s[:-1] + "ه")
                    elif suf in _AR_PRONOUNS or suf in _AR_DUAL:
                        # before a pronoun or the dual ending ة is written ت and a final ى is written ا: 'جهته' is
                        # جهة + ه, 'زيارتين' (two visits) is زيارة + ين, 'ألغاها' is ألغى + ها
                        if stem[-1] == "ت":
                            stems.append(stem[:-1] + "ة")
                        elif stem[-1] == "ا" and suf not in _AR_DUAL:
                            stems.append(stem[:-1] + "ى")
        # 'طائفي' (of Taif), 'كمبودي' (Cambodian): the relative adjective (نسبة) of a noun ending in ة or ا
        stems += [form for s in stems if len(s) >= 4 and s.endswith("ي") for form in (s[:-1] + "ة", s + "ا")]
        # 'مشروحة' (explained), 'المخصوم' (deducted): the passive participle (مفعول) of a three-letter root
        stems += [s[1:3] + s[4] for s in stems if len(s) == 5 and s[0] == "م" and s[3] == "و"]
        return stems[1:]

    def _roots(self, s: str) -> list[str]:
        """``s`` without a root prefix, where three letters (a root) remain."""
        return [s[len(p):] for p in self.root_prefixes if s.startswith(p) and len(s) - len(p) == 3]

    def _part(self, p: str) -> bool:
        return len(p) >= 3 and (self._common(p) or any(self._common(s) for s in self._stems(p)))

    def _compound(self, w: str, depth: int = 0) -> bool:
        """Dutch-style compounds: known parts of 3+ letters, joined by a linker."""
        if depth > 3 or len(w) < 6:
            return False
        for i in range(3, len(w) - 2):
            head = w[:i]
            if not self._common(head):
                continue
            for link in self.linkers:
                rest = w[i:]
                if not rest.startswith(link):
                    continue
                tail = rest[len(link):]
                if len(tail) < 3:
                    continue
                # (a compound tail one edit from a frequent word is that word misspelt: 'garantie' +
                # 'voorwarden', which splits into 'voor' + the rare 'warden', is 'voorwaarden')
                if self._part(tail) or self._compound(tail, depth + 1) and not self._shadowed(tail, COMPOUND_SHADOW):
                    return True
                # a rare word of the list as the last part, after a common one ('regen' + 'huif',
                # 'kinder' + 'zitje'): the list's rare words are mostly real, and a slip in the tail
                # makes a string that is in no list ('klanten' + 'servcie')
                if len(tail) >= 4 and i >= 4 and tail in self.words:  # (not 'kon' + 'takt': 'kontakt')
                    return True
        return False

    def _doubling_shifts(self, w: str) -> set[str]:
        """Words of the list that ``w`` is with its doubled letter moved to another consonant."""
        out: set[str] = set()
        for i in range(len(w) - 1):
            if w[i] != w[i + 1] or not w[i].isalpha():
                continue
            single = w[:i] + w[i + 1:]
            for j, ch in enumerate(single):
                if j != i and ch.isalpha() and ch not in _VOWELS and single[j + 1:j + 2] != ch and \
                        single[j - 1:j] != ch:
                    doubled = single[:j + 1] + ch + single[j + 1:]
                    if doubled in self.words:
                        out.add(doubled)
        return out

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        """Known words close to ``word``, most frequent first (edit distance 1, then 2)."""
        w = word.lower()
        cached = self._suggestions.get(w)
        if cached is not None:
            return cached[:limit]
        candidates = near = self.words.keys() & self.checker.edit_distance_1(w)  # (tested in C)
        if not candidates and 7 <= len(w) <= 14:
            # two edits away only for longer words, keeping the first letter: short jargon and
            # abbreviations ("kwargs", "tqdm") are two edits away from some common word. rapidfuzz over
            # the words with the same first letter and a similar length, instead of generating the
            # ~100,000 strings two edits away.
            candidates = self._two_edits(w)
        if not candidates and 5 <= len(w) < 7:
            # the doubled letter on the wrong consonant ('tarrif' for 'tariff', 'ocassion'): two edits, and for
            # words too short for the search above
            candidates = self._doubling_shifts(w)
        if self.linkers and len(w) >= 8:
            if not candidates:
                candidates = self._compound_suggestions(w)
            elif near and all(self.words[c] < MIN_STEM_FREQUENCY for c in near):
                # the list holds long compounds at its lowest count ('garantievoorwaarden' 50 times, below the
                # floor of suggestions): one that is also a common head and a common tail counts as often as
                # that tail
                candidates |= self._compound_suggestions(w) & near
        # frequency, with a bonus worth ~7x frequency for keeping the last letter (typos rarely hit the end:
        # "deliverd" -> delivered rather than the more frequent deliver)
        def score(c: str) -> float:
            return math.log(self.frequency(c) + 1) + (2.0 if c[-1:] == w[-1:] else 0.0) + \
                (20.0 if c == first else 0.0)

        # 'نتمنا' is 'نتمنى' and 'تطلبينة' is 'تطلبينه' (see _known): that spelling first, whatever is more frequent
        first = None
        if self.language == "ar" and w.endswith("ا"):
            first = w[:-1] + "ى"
        elif self._pronoun_as_ta_marbuta(w) or self.language == "ar" and w.endswith("ة") and w in self.words and \
                self.known_slip(w) and self.known(w[:-1] + "ه"):
            first = w[:-1] + "ه"  # ('سيارتة' is listed, a slip of 'سيارته' rather than of the more frequent 'سيارة')
            candidates = candidates | {first}
        ranked = sorted(candidates, key=lambda c: (-score(c), c))
        if len(self._suggestions) < 50_000:
            self._suggestions[w] = ranked[:10]
        return ranked[:limit]

    def _compound_suggestions(self, w: str) -> set[str]:
        """A compound with a slip in its last part ('retourformullier'): a common head, then a word one
        edit from the rest. Such a compound is in no list, so it counts as often as that last part."""
        out: set[str] = set()
        for i in range(len(w) - 4, 2, -1):
            head, rest = w[:i], w[i:]
            if not self._common(head):
                continue
            for link in self.linkers:
                if not rest.startswith(link) or len(rest) - len(link) < 5:
                    continue
                tail = rest[len(link):]
                for c in self.checker.edit_distance_1(tail):
                    if self._common(c):
                        out.add(head + link + c)
                        self._compound_frequency[head + link + c] = self.words[c]
            if out:
                break
        return out

    def _two_edits(self, w: str) -> set[str]:
        """Up to 50 words (in the list's order) two edits from ``w`` or closer, with its first letter and a
        length within two. They are searched among the words of each nearby length (the words with that
        first letter, filtered by length for every question, cost ~3 ms a new word); only when 50 or more
        are found, which then depends on the order, are they searched again in the list's order."""
        by_length = self._by_first_and_length()
        bucket = [c for n in range(len(w) - 2, len(w) + 3) for c in by_length.get((w[0], n), ())]
        found = process.extract(w, bucket, scorer=Levenshtein.distance, score_cutoff=2, limit=50)
        if len(found) >= 50:
            bucket = [c for c in self._by_first().get(w[0], ()) if abs(len(c) - len(w)) <= 2]
            found = process.extract(w, bucket, scorer=Levenshtein.distance, score_cutoff=2, limit=50)
        return {m[0] for m in found}

    def _by_first_and_length(self) -> dict[tuple[str, int], list[str]]:
        if self._first_length_index is None:
            with self._lock:
                if self._first_length_index is None:
                    index: dict[tuple[str, int], list[str]] = {}
                    for word in self._by_first_words():
                        index.setdefault((word[0], len(word)), []).append(word)
                    self._first_length_index = index
        return self._first_length_index

    def _by_first_words(self) -> Iterator[str]:
        """The words two-edit suggestions come from, in the list's order: not the rarest."""
        return (word for word, freq in self.words.items() if freq >= MIN_STEM_FREQUENCY // 4 and word)

    def _by_first(self) -> dict[str, list[str]]:
        if self._first_index is None:
            with self._lock:
                if self._first_index is None:
                    index: dict[str, list[str]] = {}
                    for word in self._by_first_words():
                        index.setdefault(word[0], []).append(word)
                    self._first_index = index
        return self._first_index


# -- word-list cache ------------------------------------------------------------------------------
# pyspellchecker parses its gzipped JSON word list (about 0.2 s for English) every time a process
# starts; the parsed list is kept in marshal format in the cache of :mod:`replylint.cache`.

_CACHE_FORMAT = 1
# the parts of pyspellchecker's WordFrequency this module fills in directly (checked, else it parses)
_FREQUENCY_STATE = ("_dictionary", "_letters", "_longest_word_length", "_total_words", "_unique_words")


def load_checker(language: str):
    """A ``SpellChecker`` for ``language`` with pyspellchecker's own word list."""
    import spellchecker
    from spellchecker import SpellChecker

    source = Path(spellchecker.__file__).parent / "resources" / f"{language}.json.gz"
    folder = cache_dir()
    path = None
    if folder is not None and source.exists():
        stat = source.stat()
        version = getattr(spellchecker, "__version__", "0")
        path = folder / f"words-{language}-{version}-{stat.st_size}-{int(stat.st_mtime)}-v{_CACHE_FORMAT}.marshal"
        checker = _from_cache(path)
        if checker is not None:
            return checker
    checker = SpellChecker(language=language, distance=2)
    if path is not None:
        _to_cache(path, checker)
    return checker


def _from_cache(path: Path):
    from spellchecker import SpellChecker

    try:
        data = marshal.loads(path.read_bytes())
        words, letters, longest, total = data["words"], data["letters"], data["longest"], data["total"]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None
    checker = SpellChecker(language=None, distance=2)
    frequency = checker.word_frequency
    if not all(hasattr(frequency, a) for a in _FREQUENCY_STATE):
        return None  # another pyspellchecker layout: parse the list instead
    frequency._dictionary.update(words)
    frequency._letters = set(letters)
    frequency._longest_word_length = longest
    frequency._total_words = total
    frequency._unique_words = len(words)
    return checker


def _add_words(frequency, words: list[str]) -> None:
    """``frequency.load_words(words)`` for a handful of words: pyspellchecker recomputes its statistics
    over the whole list after every load (~75 ms a language, in every process); they are updated
    for the new words only, to the same values."""
    if not all(hasattr(frequency, a) for a in _FREQUENCY_STATE):
        frequency.load_words(words)  # another pyspellchecker layout
        return
    frequency._dictionary.update(words)
    frequency._longest_word_length = max(frequency._longest_word_length, *map(len, words))
    frequency._total_words += len(words)
    frequency._unique_words = len(frequency._dictionary)
    frequency._letters = set(frequency._letters).union(*words)


def _to_cache(path: Path, checker) -> None:
    frequency = checker.word_frequency
    data = {"words": dict(frequency.dictionary), "letters": "".join(sorted(frequency.letters)),
            "longest": frequency.longest_word_length, "total": frequency.total_words}
    write_atomically(path, marshal.dumps(data))


def match_case(suggestion: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

