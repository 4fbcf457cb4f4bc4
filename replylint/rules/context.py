"""The ``context`` family: right reply, right person, right language.

A perfect reply to the wrong person is still wrong: the greeting names
someone else (a copy-paste from another ticket), the reply is in another
language than the customer wrote in, or it carries e-mail addresses, phone
numbers and order numbers that belong to another conversation.
"""

from __future__ import annotations

import re
import threading
from itertools import islice
from typing import Iterable

from pydantic import BaseModel, ConfigDict, Field

from ..document import ReplyDoc
from ..langdata import CorePack
from ..models import Category, Severity
from ..packs import PackModel, pack_schema
from ..registry import register
from ..rule import Hit, Rule, RuleMeta, bad, good
from ..structure import LATIN_VOWELS, another_persons_name, behind_proclitic, close_name, fold, is_handle, name_parts, \
    name_positions, nickname_groups, opens_after, same_name_across_scripts
from ..textutil import ARABIC_LETTER, has_arabic_letter
from .toxicity.rules import is_toxic_word


@pack_schema("context")
class ContextPack(PackModel):
    not_names: list[str] = Field(default_factory=list, description="Words after a greeting that are not names.")
    nicknames: list[list[str]] = Field(default_factory=list, description="Groups of a name and its short forms.")
    word_not_name_frequency: int | None = Field(
        default=None, ge=1,
        description="A word the language's spelling word list holds at least this often is a word, not a name, "
                    "where it opens a sentence before a comma ('Klopt, ...', 'Prima, ...'), unless a nickname group "
                    "holds it ('Will'). Dutch words are thousands of times in its list, first names ~50 times; the English "
                    "list holds first names as often as many words ('mark' 50,334, 'grace' 24,102), so English "
                    "sets it high enough for 'First, ...' and 'Second, ...' only.")
    not_name_endings: list[str] = Field(
        default_factory=list,
        description="Endings of common nouns that no first name has ('-tions', '-ments'): a word of the spelling "
                    "list with one, before a comma, is a word ('Notifications, heart-rate and sleep tracking all "
                    "work'), not a name.")
    attached_pronouns: list[str] = Field(
        default_factory=list,
        description="Object or possessive pronouns written onto a word ('ها', 'هم'): a known word of five letters "
                    "or more with one ('بوصلها', I'll pass it on) is a verb or a noun, not a name.")
    imperative_forms: tuple[list[str], list[str]] = Field(
        default=([], []),
        description="Beginnings and endings of an imperative with its object, as [[beginnings...], [endings...]] "
                    "([[ا, أ], [يه, وه]]: 'أغلقيه', close it): a known word with both is a verb, not a name. For "
                    "names written with the same ending ('ناديه', 'سميه'), which start otherwise.")
    verb_forms: tuple[list[str], list[str]] = Field(
        default=([], []),
        description="Beginnings and endings of a present-tense verb addressed to a woman or to several, or of a "
                    "participle of several, as [[beginnings...], [endings...]] ([[ت, م], [ين, ون]]: 'تدللين', you "
                    "are welcome to anything; 'مشغولين', busy): a word of ``verb_form_min_length`` letters or more "
                    "with both is a verb or a participle, not a name (the names shaped so are shorter: 'تحسين').")
    verb_form_min_length: int = Field(default=6, ge=2, description="See ``verb_forms``.")
    exclamations: list[str] = Field(
        default_factory=list,
        description="Words that make an exclamation after a vocative and before '!' ('يا حافظ!', 'يا ساتر!': good "
                    "grief): not a name there, though some are names elsewhere ('يا حافظ، طلبك جاهز').")
    closing_word_not_name_frequency: int | None = Field(
        default=None, ge=1,
        description="The same for a word that closes a sentence after a comma in a script without capitals "
                    "('كسرتي الشاشة في أول يوم، إنجاز.'), where a capital cannot tell a name from a word. Names "
                    "that are frequent words are then missed in that position only, not after a greeting.")


_DEMONSTRATIVE = re.compile(r"[وفبلك]?هال\w{3,}|لل\w{3,}")  # (and 'يا للمأساة', oh the tragedy: يا + لل)


# a comma and one word that ends its clause: 'Weather, Chloe.' (the word after the comma is the one addressed)
_COMMA_WORD = re.compile(r"[ \t]*[,،][ \t]*([^\W\d_]+)(?=[ \t]*(?:[.!?,،؟:;]|$))", re.M)


def _packs(doc: ReplyDoc) -> list[ContextPack]:
    return [p for p in doc.packs.all("context") if isinstance(p, ContextPack)]


def _frequent_word_closing(doc: ReplyDoc, word: str, start: int, end: int) -> bool:
    """ContextPack.closing_word_not_name_frequency: a caseless ``word`` after a comma ends its sentence and
    the reply language's word list holds it at least that often."""
    if word[:1].isupper() or word[:1].islower():
        return False
    pack = doc.packs.get("context", doc.language or "")
    threshold = pack.closing_word_not_name_frequency if isinstance(pack, ContextPack) else None
    if threshold is None or not doc.text[:start].rstrip().endswith((",", "،")):
        return False
    after = doc.text[end:end + 3].lstrip()
    if after and after[0] not in ".!?؟\n":
        return False
    if _listed_often(doc, word, threshold):
        return True
    # 'ما بيدنا شي، وخلصنا.' (and that's that): a word of four letters or more behind its conjunction, listed at
    # all often (no name starts so: 'وليد', 'وسام', 'وعد' leave a short or unlisted rest)
    return _proclitic_on_a_word(doc, word, "وف", min(threshold, _CONJUNCTION_REST_FREQUENCY))


def _proclitic_on_a_word(doc: ReplyDoc, word: str, proclitics: str, threshold: int) -> bool:
    """An Arabic word of five letters or more that is one of ``proclitics`` on a word the language's list holds
    at least ``threshold`` times."""
    return doc.language == "ar" and len(word) > 4 and word[:1] in proclitics and \
        _listed_often(doc, word[1:], threshold)


_CONJUNCTION_REST_FREQUENCY = 100
_PREPOSITION_REST_FREQUENCY = 1000  # 'بائع' (seller, 4,004): a word; 'باسمة', 'بثينة' leave rarer rests


def _listed_often(doc: ReplyDoc, word: str, threshold: int) -> bool:
    """Whether the reply language's spelling word list holds ``word`` at least ``threshold`` times."""
    from .typo.rules import word_frequency

    return (word_frequency(doc, word) or 0) >= threshold


def _common_noun(doc: ReplyDoc, word: str) -> bool:
    """ContextPack.not_name_endings: ``word`` ends like a common noun and is a word of the language."""
    pack = doc.packs.get("context", doc.language or "")
    endings = tuple(pack.not_name_endings) if isinstance(pack, ContextPack) else ()
    return bool(endings) and len(word) > 6 and word.lower().endswith(endings) and _listed_often(doc, word, 1)


def _negated_verb(doc: ReplyDoc, word: str) -> bool:
    """A word of the language wrapped in the spoken negation of TypoPack.negation_affixes, both its parts
    written ('متقلقش', don't worry: م + تقلق + ش): no name is written so. The speller reads the negation."""
    from .typo.rules import speller_for

    speller = speller_for(doc) if doc.language == "ar" and len(word) > 4 else None
    return speller is not None and word.startswith(speller.negation_before) and speller.negated(word)


def _imperative_of_their_verb(doc: ReplyDoc, word: str) -> bool:
    """An Arabic imperative (ا + a three-letter stem) of a verb the customer's message used with a person prefix: 'بكتب
    عنكم بتويتر' (I'll write about you) answered 'اكتب، بس ...' (write, then, but ...). A name of that shape ('احمد')
    is said back only after a word of the message with that stem as a verb, which 'الحمد لله' is not."""
    incoming = doc.incoming
    if doc.language != "ar" or not incoming or len(word) != 4 or word[0] not in "اأإ":
        return False
    stem = word[1:]
    return any(len(w) <= len(stem) + 3 and not w.startswith("ال") and stem in w[1:]
               and w[0] in _VERB_PREFIX_LETTERS for w in _ARABIC_WORD.findall(incoming))


_VERB_PREFIX_LETTERS = "بهحيتنأاس"  # a person or tense prefix of a spoken verb ('بكتب', 'هكتب', 'نكتب')
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def _verb_form(doc: ReplyDoc, word: str) -> bool:
    """ContextPack.verb_forms: ``word`` begins and ends as a present-tense verb to a woman or to several."""
    pack = doc.packs.get("context", doc.language or "")
    if not isinstance(pack, ContextPack) or len(word) < pack.verb_form_min_length:
        return False
    starts, ends = (tuple(a) for a in pack.verb_forms)
    return bool(starts) and word.startswith(starts) and word.endswith(ends)


def _exclamation(doc: ReplyDoc, word: str, end: int) -> bool:
    """ContextPack.exclamations: ``word`` is one and an exclamation mark follows it."""
    if doc.text[end:end + 2].lstrip()[:1] != "!":
        return False
    language = doc.language or ""

    def build() -> frozenset[str]:
        pack = doc.packs.get("context", language)
        return frozenset(fold(w) for w in pack.exclamations) if isinstance(pack, ContextPack) else frozenset()

    return fold(word) in doc.packs.derived(("context.exclamations", language), build)


def _verb_with_object(doc: ReplyDoc, word: str) -> bool:
    """A word of the language, of five letters or more, that carries an object pronoun: one of
    ContextPack.attached_pronouns ('بوصلها', I'll pass it on), or the beginning and ending of an imperative
    with its object in ContextPack.imperative_forms ('أغلقيه', close it); or four letters, a frequent
    three-letter word and ه ('جربه', try it)."""
    from .typo.rules import known_word

    pack = doc.packs.get("context", doc.language or "")
    if not isinstance(pack, ContextPack) or len(word) < 4:
        return False
    if len(word) == 4:  # 'جربه' (try it): a frequent three-letter verb and the pronoun ه
        return word.endswith("ه") and _listed_often(doc, word[:-1], _SHORT_VERB_FREQUENCY)
    starts, ends = (tuple(a) for a in pack.imperative_forms)
    carries = word.endswith(tuple(pack.attached_pronouns)) or bool(starts) and word.startswith(starts) and \
        word.endswith(ends)
    return carries and known_word(doc, word)


_SHORT_VERB_FREQUENCY = 2000  # a three-letter word this frequent with ه after it is a verb and its object


def _frequent_word_opening(doc: ReplyDoc, word: str, start: int) -> bool:
    """ContextPack.word_not_name_frequency: ``word`` opens a sentence and the reply language's word list
    holds it at least that often."""
    pack = doc.packs.get("context", doc.language or "")
    threshold = pack.word_not_name_frequency if isinstance(pack, ContextPack) else None
    if threshold is None:
        return False
    if not opens_after(doc.text, start, ".!?\n"):
        return False  # after a greeting or inside a sentence: "Hoi Klaas,"
    return _listed_often(doc, word, threshold)


@register
class WrongName(Rule):
    meta = RuleMeta(
        id="context.wrong_name",
        category=Category.CONTEXT,
        severity=Severity.ERROR,
        summary="The greeting or a direct address names someone other than the customer (context.customer.name); "
                "titles, first names, @handles and common short forms are understood.",
        rationale="Greeting the wrong person shows the reply was pasted from another ticket, and can leak that "
                  "other customer's name.",
        use_instead="Use the customer's name from the ticket.",
        languages=("*",),
        examples=(
            bad("Hi Rebecca,\n\nWe can pause your contract.", context={"customer": {"name": "Hannah Fischer"}}),
            bad("Beste Lisa,\n\nJe kortingscode is geactiveerd.", "nl", context={"customer": {"name": "Sara Hendriks"}}),
            bad("Geachte mevrouw Jansen, uw bestelling is onderweg.", "nl",
                context={"customer": {"name": "mevrouw Bakker"}}),
            bad("مرحباً خالد، طلبك في الطريق.", "ar", context={"customer": {"name": "منى"}}),
            good("Hi Hannah,\n\nWe can pause your contract.", context={"customer": {"name": "Hannah Fischer"}}),
            good("Sorry about that, Sam!", context={"customer": {"name": "@sam_r"}}),
            good("Hi Bob, fixed.", context={"customer": {"name": "Robert Miles"}}),
            good("Hi there, fixed.", context={"customer": {"name": "Hannah Fischer"}}),
            good("Beste klant, bedankt voor je bericht.", "nl"),
            good("Dear Mr Fischer, fixed.", context={"customer": {"name": "Hannah Fischer"}}),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        parts = name_parts(doc.customer.name)
        if not parts:
            return  # no name known: "Beste klant" is right
        folded = {fold(p): p for p in parts}
        handle = is_handle(doc.customer.name)
        not_names, nick_groups = self.per_language("*", lambda _: self._vocabulary(doc))
        agent = fold(doc.context.agent_name or "")
        for start, end in name_positions(doc):
            word = doc.text[start:end]
            w = fold(word)
            if w in not_names or w == agent or (word[:1].isascii() and not word[:1].isupper()) or len(word) < 2:
                continue  # (one letter: an initial or an abbreviated title, 'د. هند', no name to compare)
            if w in folded or close_name(w, folded) is not None and not another_persons_name(doc.packs, w, folded):
                continue  # right name, or a misspelling of it (typo.name_misspelled)
            if (m := _COMMA_WORD.match(doc.text, end)) is not None and fold(m.group(1)) in folded:
                continue  # "Weather, Chloe.": a word before the customer's name, the one addressed ('Hi Rebecca, Chloe
                # asked me ...' still names Rebecca)
            if behind_proclitic(word, folded.keys(), _NAME_PROCLITICS):
                continue  # "هلا والله بخالد" (welcome to Khalid): the name with a preposition attached
            if any(len(w) >= 3 and (n.startswith(w) or w.startswith(n)) for n in folded):
                continue  # "Sam" for "Samantha", "Jon" for "Jonathan"
            if handle and any(len(n) >= 4 and n[:1] == w[:1] for n in folded):
                continue  # "Rachel" for "@rmoore": a handle often starts with the initial of the first name
            if same_name_across_scripts(w, folded):
                continue  # "يا نواف" for "@nawaf_q": the name in the other script
            if any(w in group and folded.keys() & group for group in nick_groups):
                continue  # "Bob" for "Robert"
            if is_toxic_word(doc, word):
                continue  # "Damn, ...", "Godverdomme, ...": an exclamation (toxicity reports it), not a name
            if word.isascii() and word.isalpha() and not LATIN_VOWELS.intersection(w):
                continue  # "Pff, ...", "Hmm, ...": no vowel, no name
            if (_frequent_word_opening(doc, word, start) and not any(w in group for group in nick_groups)) \
                    or _frequent_word_closing(doc, word, start, end):
                continue  # "Klopt, is geregeld!": a word of the language opens (or, in Arabic, closes) the sentence
            if _common_noun(doc, word):
                continue  # "Notifications, heart-rate and sleep tracking all work"
            if _DEMONSTRATIVE.match(word):
                continue  # "بنوقف الاتصال يوم تدفع، بهالبساطة." (that simple): the Gulf 'هال' (this) on a word
            if _verb_form(doc, word):
                continue  # "العفو يا ريم، تدللين." (you're welcome to anything): a verb addressed to her
            if _imperative_of_their_verb(doc, word):
                continue  # "اكتب، بس ..." to 'بكتب عنكم بتويتر': their verb said back, not a name
            if _exclamation(doc, word, end):
                continue  # "يا حافظ! آسفين يا لولوه.": good grief, not a second person
            if _negated_verb(doc, word):
                continue  # "أهلاً يا أستاذ محمود، متقلقش." (don't worry): a verb inside the spoken negation م...ش
            if _verb_with_object(doc, word):
                continue  # "سارة، طيب، بوصلها.", "أغلقيه، ...": a verb with its object, not a second name
            if _proclitic_on_a_word(doc, word, "كبل", _PREPOSITION_REST_FREQUENCY):
                continue  # "كبائع، ..." (as a seller): a preposition on a word, not a name
            right = parts[0] if not parts[0].lower() in not_names else parts[-1]
            yield Hit(start, end, f"addresses '{word}', but the customer is '{doc.customer.name}'",
                      suggestions=[right], confidence=0.85)


    def _vocabulary(self, doc: ReplyDoc) -> tuple[frozenset[str], list[frozenset[str]]]:
        """Words that are never names after a greeting, and the nickname groups (all languages: a
        Dutch reply may greet in English). Built once per linter."""
        packs = _packs(doc)
        not_names = {fold(w) for p in packs for w in p.not_names}
        cores = [p for p in doc.packs.all("core") if isinstance(p, CorePack)]
        not_names |= {fold(w) for c in cores
                      for w in (*c.generic_addressees, *c.titles, *c.greetings, *c.signoffs, *c.stopwords)}
        return frozenset(not_names), nickname_groups(doc.packs)


class WrongLanguageOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    allow: list[str] = Field(default_factory=list,
                             description="Languages a reply may always be in (a company default, e.g. ['en']).")
    min_confidence: float = Field(default=0.9, ge=0.5, le=1.0,
                                  description="How sure both detections must be before the languages are compared.")
    min_words: int = Field(default=3, ge=1, description="Shorter messages are not compared, except a message of two "
                                                          "words or more mostly in Arabic letters answered in another "
                                                          "script ('وين طلبي؟' answered in English).")
    accuracy: str = Field(default="low", pattern="^(low|high)$",
                          description="lingua's mode: low loads in ~0.1 s; high takes ~2 s once, better on short text.")


_DETECTORS: dict[tuple, object] = {}
_DETECTOR_LOCK = threading.Lock()
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_NAME_PROCLITICS = ("ب", "ل", "و")  # Arabic prepositions and 'and' written onto a name


def _lingua(languages: tuple[str, ...], accuracy: str):
    key = (languages, accuracy)
    with _DETECTOR_LOCK:
        if key not in _DETECTORS:
            from lingua import IsoCode639_1, Language, LanguageDetectorBuilder

            langs = []
            for code in languages:
                try:
                    langs.append(Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper())))
                except (AttributeError, ValueError):
                    continue
            builder = LanguageDetectorBuilder.from_languages(*langs)
            if accuracy == "low":
                builder = builder.with_low_accuracy_mode()
            _DETECTORS[key] = builder.build()
        return _DETECTORS[key]


_SURE = 0.95  # the linter's own detector, when lingua disagrees but is unsure ...
_LINGUA_UNSURE = 0.75  # ... i.e. gives its first choice no more than this
# ... and gives the linter's choice at least this: with nine configured languages lingua spreads a short line
# thinly ('Where is my order?': German 0.50, Turkish 0.20, Dutch 0.15, English 0.12)
_LINGUA_SECOND = 0.1


@register
class WrongLanguage(Rule[WrongLanguageOptions]):
    Options = WrongLanguageOptions
    meta = RuleMeta(
        id="context.wrong_language",
        category=Category.CONTEXT,
        severity=Severity.WARNING,
        summary="The reply is in a different language than the customer's message (context.incoming), when both "
                "are confidently detected (lingua); company default languages can be allowed.",
        rationale="A customer who wrote in Arabic and gets a Dutch answer cannot read it, and knows it was not "
                  "written for them.",
        use_instead="Answer in the customer's language, or set `allow` for a company language.",
        languages=("*",),
        reply_level=True,
        examples=(
            bad("Hallo Noor, je bestelling 448977 wordt morgen bezorgd. Fijne dag!", "nl",
                context={"incoming": "متى يصل طلبي رقم 448977؟ أنتظره منذ أسبوع"}),
            bad("Your refund was processed today and will reach your account within five days.",
                context={"incoming": "Waar blijft mijn terugbetaling? Ik wacht al twee weken."}),
            good("Your refund was processed today and will reach your account within five days.",
                 context={"incoming": "Where is my refund? I have been waiting for two weeks."}),
            good("Ok!", context={"incoming": "Thanks!"}),
            good("Your refund was processed today and will reach your account within five days.",
                 context={"incoming": "Waar blijft mijn terugbetaling? Ik wacht al twee weken."},
                 config={"rules": {"context.wrong_language": {"allow": ["en"]}}}),
        ),
    )

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        if not doc.incoming:
            return "no incoming message in the context"
        return None

    def unavailable(self) -> str | None:
        import importlib.util

        return None if importlib.util.find_spec("lingua") else "lingua is not installed"

    def _too_short(self, text: str, n: int | None = None) -> bool:
        """Fewer than ``n`` (``min_words``) words of two letters or more (the scan stops at the last one needed)."""
        n = n or self.options.min_words
        return next(islice(_LETTERS.finditer(text), n - 1, None), None) is None

    def _detect(self, doc: ReplyDoc, text: str) -> tuple[str | None, float]:
        """Both detectors must agree: lingua (as the issue tracker asks of us) and the linter's own detector
        (stop words + py3langid). Short texts are not judged at all."""
        if self._too_short(text):
            return None, 0.0
        text = text[:400]  # the opening of a message says its language; lingua's cost grows with length
        languages = tuple(sorted(set(self.config.languages) | {"en", "nl", "ar"}))
        values = _lingua(languages, self.options.accuracy).compute_language_confidence_values(text)
        if not values:
            return None, 0.0
        lingua_lang, lingua_conf = values[0].language.iso_code_639_1.name.lower(), float(values[0].value)
        own_lang, own_conf = doc.detector.detect(text) if doc.detector is not None else (lingua_lang, 1.0)
        if own_lang != lingua_lang:
            # lingua's low-accuracy mode (trigrams only) is unsure on a short line ("Hi, I ordered the wrong
            # size, can I swap it?": Dutch 0.67); the linter's detector, sure of itself on its stop words and
            # with lingua's second choice on its side, then decides
            second = next((float(v.value) for v in values[1:] if v.language.iso_code_639_1.name.lower() == own_lang),
                          0.0)
            if own_lang is None or own_conf < _SURE or lingua_conf > _LINGUA_UNSURE or second < _LINGUA_SECOND:
                return None, 0.0
            return own_lang, own_conf * 0.95
        # two detectors of different kinds (trigram statistics, stop words and py3langid) that agree are surer
        # together than either alone: lingua spreads a short line over nine languages ("Did my book ship?":
        # English 0.47), the stop words are sure of it (0.99)
        return lingua_lang, 1 - (1 - lingua_conf) * (1 - own_conf)

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        opts = self.options
        incoming = doc.incoming or ""
        if not incoming or self._too_short(doc.text):
            return  # short texts are not judged (see _detect): no detector needs to run
        if self._too_short(incoming):
            # ... except a short message in another script than the reply's: 'وين طلبي؟' (where's my order?) is
            # no English, however short, and an English reply to it is in the wrong language
            if _mostly_arabic(incoming) and not has_arabic_letter(doc.text) and doc.detector is not None and \
                    not self._too_short(incoming, _CROSS_SCRIPT_MIN_WORDS):
                ours, our_conf = doc.detector.detect(doc.text)
                if ours not in (None, "ar") and our_conf >= opts.min_confidence and ours not in opts.allow:
                    yield Hit(0, len(doc.text), f"the reply is in {ours!r} but the customer wrote in 'ar'",
                              confidence=round(our_conf, 3))
            return
        if doc.detector is not None:
            # cheap first look with the linter's own detector: the same language on both sides (the usual
            # case) needs no lingua at all
            a, a_conf = doc.detector.detect(doc.incoming or "")
            b, b_conf = doc.detector.detect(doc.text)
            if a is not None and a == b:
                return
        theirs, their_conf = self._detect(doc, incoming)
        # a message in another script than the reply's needs less certainty about which language it is in:
        # 'When will my order arrive?' (English 0.71 among nine languages) is no Arabic, whichever it is
        needed = opts.min_confidence
        if has_arabic_letter(incoming) != has_arabic_letter(doc.text):
            needed = min(needed, _CROSS_SCRIPT_CONFIDENCE)
        if theirs is None or their_conf < needed:
            return
        ours, our_conf = self._detect(doc, doc.text)
        if ours is None or our_conf < opts.min_confidence or ours == theirs or ours in opts.allow:
            return
        if _common_words_of(doc, incoming, ours):
            return  # "The oven door is broken.": Dutch words too, but every one a common English word
        yield Hit(0, len(doc.text), f"the reply is in {ours!r} but the customer wrote in {theirs!r}",
                  confidence=round(min(our_conf, their_conf), 3))


_CROSS_SCRIPT_CONFIDENCE = 0.5
_CROSS_SCRIPT_MIN_WORDS = 2  # words in a message in another script than the reply's for it to be judged


def _mostly_arabic(text: str) -> bool:
    """Whether Arabic letters are most of the letters of ``text`` (a short message, not a name in a Latin one)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and 2 * sum(1 for ch in letters if ARABIC_LETTER.match(ch)) > len(letters)
_COMMON_WORD = 2000  # occurrences in a language's word list that make a word one of its common words


def _common_words_of(doc: ReplyDoc, text: str, language: str) -> bool:
    """Whether every word of ``text`` is a common word of ``language``: a short message in words that two
    languages share ('the oven door is broken' is Dutch and English) may be in either."""
    from .typo.rules import speller_for

    speller = speller_for(doc, language)
    words = _LETTERS.findall(text)
    return speller is not None and bool(words) and all(speller.frequency(w) >= _COMMON_WORD for w in words)


_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_ORDERISH = re.compile(r"(?<![\w\-])(?:[A-Z]{1,5}-)?\d{5,}(?:-\d+)*(?![\w\-])|(?<![\w\-])[A-Z]{2,5}-\d{3,}(?:-\d+)*(?![\w\-])")
_PHONEISH = re.compile(r"(?<![\w+])\+?\d[\d \-().]{7,}\d(?![\w])")


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


@register
class ForeignData(Rule):
    meta = RuleMeta(
        id="context.foreign_data",
        category=Category.CONTEXT,
        severity=Severity.WARNING,
        summary="E-mail addresses, phone numbers or order numbers in the reply that appear neither in the "
                "customer's message nor in the customer record or company contacts (opt-in).",
        rationale="Data that belongs to no one in this conversation was usually pasted from another ticket: "
                  "at best confusing, at worst another customer's data.",
        use_instead="Check which ticket the number or address belongs to.",
        languages=("*",),
        scope="full",
        default_enabled=False,
        examples=(
            bad("Your order 20988123 has been refunded.",
                context={"incoming": "Where is my refund for order 20931744?"}),
            bad("We sent the invoice to p.devries@example.nl.",
                context={"customer": {"name": "Jan", "email": "jan@example.nl"}, "incoming": "Send me the invoice"}),
            good("Your order 20931744 has been refunded.", context={"incoming": "Where is my refund for order 20931744?"}),
            good("We sent the invoice to jan@example.nl; call +31 20 123 4567 with questions.",
                 context={"customer": {"name": "Jan", "email": "jan@example.nl"},
                          "company": {"contacts": ["+31 20 123 4567"]}, "incoming": "Send me the invoice"}),
        ),
    )

    def skip_reason(self, doc: ReplyDoc) -> str | None:
        return None if doc.incoming or doc.customer.email or doc.customer.phone else "no incoming message or record"

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        known_text = " ".join(filter(None, [doc.incoming, doc.customer.email, doc.customer.phone, doc.customer.name,
                                            *doc.company.contacts]))
        known_lower = known_text.lower()
        known_digits = {_digits(m.group()) for m in re.finditer(r"[\d][\d \-().]*\d", known_text)}
        known_digits = {d for d in known_digits if d} | {d[-9:] for d in known_digits if len(d) >= 9}
        text = doc.full_text
        seen: list[tuple[int, int]] = []
        for m in _EMAIL.finditer(text):
            local = m.group().split("@")[0].lower()
            if m.group().lower() in known_lower or local in ("support", "info", "help", "noreply", "no-reply"):
                continue
            seen.append((m.start(), m.end()))
            yield Hit(m.start(), m.end(), "e-mail address that is not in this conversation")
        for pattern, what in ((_PHONEISH, "phone number"), (_ORDERISH, "order or reference number")):
            for m in pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in seen):
                    continue
                digits = _digits(m.group())
                if not digits or digits in known_digits or digits[-9:] in known_digits or m.group().lower() in known_lower:
                    continue
                seen.append((m.start(), m.end()))
                yield Hit(m.start(), m.end(), f"{what} that is not in this conversation")
