"""Offline typo rules: misspellings, doubled words, the customer's name misspelled."""

from __future__ import annotations

import re
from operator import eq
from typing import Collection, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz.distance import Levenshtein

from ...document import ReplyDoc
from ...language import CONFIDENT
from ...models import Category, Fix, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...structure import another_persons_name, behind_proclitic, close_name, fold as _fold, is_handle, name_parts, \
    name_positions, same_name_across_scripts, signature_start
from ...textutil import ASCII_LETTERS_JOINERS, SpanIndex, text_runs, unknown_words
from ..canned import placeholders
from ..toxicity.rules import is_toxic_word
from .speller import WORD, Speller, TypoPack, match_case

LANGUAGES = ("en", "nl", "ar")

_SKIP = re.compile(
    r"https?://\S+|www\.\S+|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|(?<![\w])[@#][\w.\-]+"  # URLs, e-mails, @mentions, #tags
    r"|(?<![\w])[\w\-./]*\d[\w\-./]*"  # anything with a digit: order ids, codes, dates
    r"|(?<![\w])[A-Z]{2,}(?:[-_][A-Z0-9]+)+(?![\w])"  # CODES-LIKE-THIS
    r"|(?<![\w.])[a-z][a-z\-]*(?:[._][a-z\-]+)+(?![\w])"  # user.names, file_names, domain.tld
)


def speller_for(doc: ReplyDoc, language: str | None = None) -> Speller | None:
    lang = language or doc.language
    if lang not in LANGUAGES:
        return None

    def build() -> Speller:
        pack = doc.packs.get("typo", lang)
        return Speller(lang, pack if isinstance(pack, TypoPack) else None, doc.config.vocabulary)

    return doc.packs.derived(("typo.speller", lang, tuple(doc.config.vocabulary)), build)


def word_frequency(doc: ReplyDoc, word: str) -> int | None:
    """How often the reply language's word list holds ``word`` (None: no list for the language). For rules of
    other families that ask whether a word is a word ('SAML' is not, 'Klopt' is)."""
    speller = speller_for(doc)
    return None if speller is None else speller.frequency(word)


def known_word(doc: ReplyDoc, word: str) -> bool:
    """Whether ``word`` is a word of the reply's language, with its inflections, clitics and compounds."""
    speller = speller_for(doc)
    return speller is not None and speller.known(word)


def _after_a_name(doc: ReplyDoc, start: int) -> bool:
    """Whether a name in an addressing position ends right before ``start`` (one space between)."""
    text = doc.text
    return any(0 < start - e <= 2 and not text[e:start].strip() for _, e in name_positions(doc))


def context_names(doc: ReplyDoc) -> set[str]:
    """Words of the customer's, agent's and company's names (never spelling errors)."""
    names = [doc.customer.name, doc.company.name, doc.context.agent_name, *doc.config.vocabulary]
    out = set()
    for name in names:
        for part in WORD.findall((name or "").replace("@", " ").replace("_", " ")):
            out.add(_fold(part))
    return out


class MisspellingOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    min_frequency: int = Field(default=100, ge=0,
                               description="Only suggest words at least this frequent in the word list.")
    check_capitalised: bool = Field(default=False, description="Also check capitalised words mid-sentence.")


@register
class Misspelling(Rule[MisspellingOptions]):
    Options = MisspellingOptions
    meta = RuleMeta(
        id="typo.misspelling",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="Misspelled words with ranked suggestions (offline word lists for English, Dutch and Arabic).",
        rationale="A typo looks careless and can change the meaning ('untill Friday', 'ongeveerd').",
        use_instead="Accept a suggestion, or add product and brand names to `vocabulary`.",
        fix="unsafe",
        languages=LANGUAGES,
        examples=(
            bad("We have recieved your return and the refund will be processed untill Friday."),
            bad("Je bank wordt volgnde week geleverd.", "nl"),
            bad("شكرا لتواصلك معنا، سنرسل الطلب غدا انشاءالله في الصباخ.", "ar"),
            good("Hi Priya, your Shopr order RT-55812 ships via PostNL; see https://shopr.nl/help or mail "
                 "help@shopr.nl. #thanks @shopr"),
            good("Uw klantenservicemedewerker heeft de zonnepaneelomvormer en het pakketje verstuurd.", "nl"),
            good("وسنرسل لكم الطلب بالبريد غدا.", "ar"),
            good("Hi {{first_name}}, your Zyntrix subscription renews today.",
                 config={"vocabulary": ["Zyntrix"]}),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        speller = speller_for(doc)
        if speller is None:
            return
        text = doc.text
        if doc.language == "ar":
            yield from _ta_marbuta_slips(doc, speller)
        # Nearly every word is in the dictionary (a cached set lookup): only the rest meet the
        # costlier tests below.
        unknown = set()
        for word in unknown_words(text, ASCII_LETTERS_JOINERS, WORD, speller.fine):
            if len(word) >= 4 and not speller.known(word):
                unknown.add(word)
            elif len(speller.fine) < 200_000:
                speller.fine.add(word)
        if not unknown:
            return
        # Then the tests that do not depend on where the word stands, once per word; a word that
        # survives them (a typo, or a code or name in a URL or signature) is then looked up in place.
        names = context_names(doc)
        customer = {_fold(p): p for p in name_parts(doc.customer.name)}
        customer_words = {_fold(w) for w in WORD.findall(doc.incoming or "")}
        opts = self.options
        candidates: dict[str, list[str]] = {}
        for word in unknown:
            if any(ch.isupper() for ch in word[1:]):
                continue  # iPhone, PostNL, ALL CAPS: names and codes
            if _fold(word) in customer_words:
                continue  # the customer's own word: a product, a place, jargon they use
            if _fold(word) in names or doc.language == "ar" and behind_proclitic(word, names):
                continue  # ('لستاي': ل + the company's name)
            if customer and close_name(_fold(word), customer) is not None:
                continue  # 'نوفة' for 'نوف': the customer's name misspelt, which typo.name_misspelled reports
            if same_name_across_scripts(word, names):
                continue  # 'نواف' in a reply to '@nawaf_q': the customer's name in the other script
            if doc.language != "en" and _known_in_english(doc, word, speller):
                continue  # loanwords: "webshop", "update" in Dutch replies
            # (a known kind of slip may be fixed to a word the list holds in no form of its own: 'وصلاحيتة' is
            # 'وصلاحيته', and + its validity)
            slip = None
            suggestions = []
            for s in speller.suggestions(word):
                if speller.frequency(s) < opts.min_frequency:
                    if slip is None:
                        slip = speller.known_slip(word)
                    if not (slip and speller.known(s)):
                        continue
                if not is_toxic_word(doc, s):  # never suggest a swear word: 'dict' is not 'dick'
                    suggestions.append(s)
            if suggestions and not is_toxic_word(doc, word):  # "dumbass" is spelt right: toxicity reports it
                candidates[word] = suggestions  # (no suggestion: an unknown word with no close common word)
        if not candidates:
            return
        if len(unknown) >= 3 and _written_in_another_language(doc):
            return  # a Dutch reply sent with language "en" is not full of English misspellings
        ph = placeholders(doc)
        in_placeholder = SpanIndex((s, e) for s, e, _ in ph) if ph else None
        chunks: dict[int, SpanIndex] = {}
        signature = min(signature_start(doc), _closing_name_line(text))
        leaders = doc.packs.word_set("typo", doc.language, "proper_noun_leaders")
        capitalised = doc.packs.word_set("typo", doc.language, "capitalised_words")
        for start, end, word in _occurrences(text, candidates.keys()):
            if start >= signature or _in_skipped_chunk(text, start, end, chunks) or \
                    in_placeholder is not None and in_placeholder.overlapping(start, end):
                continue
            if text[start - 1:start] in _MASKS or text[end:end + 1] in _MASKS:
                continue  # "f*cking", "sh#t": the visible part of a masked word
            if doc.language == "ar" and _imperative(doc, speller, word, start, end):
                continue  # 'اشتكِ': an Arabic imperative, its short vowel written
            if word[0].isupper() and not opts.check_capitalised and not _sentence_start(text, start) and \
                    candidates[word][0].lower() not in capitalised:
                continue  # a capitalised word mid-sentence is a proper noun (not 'Wenesday' for 'Wednesday')
            if leaders and _after_leader(text, start, leaders, speller.prefixes):
                continue  # 'شاطئ جميرا': a proper noun after the word that names its kind
            if doc.language == "ar" and word.startswith("و") and _after_a_name(doc, start):
                continue  # 'هلا مشعل ونوف،': and a second person, by name
            if (doc.language == "ar" or word[0].isupper()) and _in_an_address(doc, start, end):
                continue  # 'فيلا ٢٣، شارع ١٥، البرشاء ٢، دبي', 'Meir 25 bus 3': a street's name, which no word list holds
            suggestions = candidates[word]
            best = match_case(suggestions[0], word)
            severity = _unsure_severity(speller, word, customer_words)
            yield Hit(start, end, f"possible misspelling: '{word}' (did you mean '{best}'?)",
                      suggestions=[match_case(s, word) for s in suggestions],
                      fix=Fix(replacement=best, safe=False, description="use the suggested spelling"),
                      confidence=0.8 if len(suggestions) == 1 else 0.6, severity=severity)


def _unsure_severity(speller: Speller, word: str, customer_words: set[str]) -> Severity | None:
    """INFO for an unknown word that is more likely a spelling the list lacks than a slip (see TypoPack's
    ``slip_edits`` and ``warn_min_neighbour_frequency``); None (the rule's warning) otherwise."""
    if speller.slip_edits is not None:
        slip = speller.slip_of_frequent(word)
    elif speller.warn_min_neighbour_frequency:
        slip = speller.shadowed(word.lower(), speller.warn_min_neighbour_frequency)
    else:
        return None
    if slip or speller.known_slip(word) or _near_a_word_of(_fold(word), customer_words, speller):
        return None
    return Severity.INFO


def _near_a_word_of(word: str, words: set[str], speller: Speller) -> bool:
    """Whether ``word`` is one edit from a known word of ``words`` (the customer's, folded) of four letters or more:
    'استراد' in a reply to 'استرداد الرسوم' is a slip of the customer's word, however rare the word list finds it
    (subtitles seldom say 'refund'). A letter more or less at either end is the same word with a proclitic or an
    ending ('التقسيط' in a reply to 'بالتقسيط'), not a slip of it."""
    return any(len(w) >= 4 and abs(len(w) - len(word)) <= 1 and w != word and not w.endswith(word)
               and not word.endswith(w) and not w.startswith(word) and not word.startswith(w)
               and Levenshtein.distance(w, word) <= 1 and speller.known(w) for w in words)


# a noun with the article (and a proclitic before it) that ends in ه: a pronoun cannot follow the article, so the
# ه is the word's own letter ('الوجه', 'التنبيه') or a ة written without its dots ('الفاتوره')
_ARTICLE_HA = re.compile(r"(?<![\w])(?:[وفبك]?ال|لل)[\u0621-\u064a]{2,}ه(?![\w])")
_AFTER_TA_HA = re.compile(r"ة\s+([\u0621-\u064a]{3,}ه)(?![\w])")  # (led by the letter: the engine finds it in C)
_AFTER_QUANTIFIER_HA = re.compile(r"(?<![\w])(?:كل|أي|اي|نص|نصف|ربع|لمدة|مدة|خلال|بعد|قبل)\s+([\u0621-\u064a]{3,}ه)(?![\w])")
_TA_WORD = re.compile(r"[\u0621-\u064a]+ة(?![\w])")
_HA_WORD = re.compile(r"[\u0621-\u064a]{3,}ه(?![\w])")
TA_MARBUTA_RATIO = 4


def _ta_marbuta_slips(doc: ReplyDoc, speller: Speller) -> Iterator[Hit]:
    """'الفاتوره' in a reply that writes 'متأخرة' and 'ساعة' with their ة: a slip. Much informal Arabic writes
    final ة as ه ('نتمنالك الصحه والعافيه'), and the word list holds those spellings, so on its own the ه form
    is accepted (see :func:`writes_ta_marbuta`). Where ة is the writer's spelling, the ه form of a noun with
    the article is a slip when its ة form is far more frequent in the list (at least TA_MARBUTA_RATIO times:
    'الفاتورة' 2,399 against 'الفاتوره' 189; the real ه nouns go the other way, 'الوجه' 13,139 against 'الوجة'
    389)."""
    if "ة" not in doc.text:
        return  # (writes_ta_marbuta's first test, before the candidates are looked up)
    # (the candidates next: most replies have none, 'الله' and 'الوجه' are not written for a ة)
    slips = [m for m in _ARTICLE_HA.finditer(doc.text) if _written_for_ta(speller, m.group())]
    # an adjective after a noun in ة agrees with it: 'لفترة محدوده' (without the article, which the expression
    # above needs); its ه form is a slip by the same frequency test ('عنده', 'منه' after a noun stay: their ه forms
    # are the frequent ones)
    slips += [m for m in _AFTER_TA_HA.finditer(doc.text)
              if m.start() and "\u0621" <= doc.text[m.start() - 1] <= "\u064a" and _written_for_ta(speller, m.group(1))]
    # a noun after a quantifier: 'كل ساعه', 'لمدة سنه' (a pronoun ending cannot follow 'كل' alone: 'كل كتابه' is rarer than
    # the noun, and the frequency test leaves it)
    slips += [m for m in _AFTER_QUANTIFIER_HA.finditer(doc.text) if _written_for_ta(speller, m.group(1))]
    if not slips or not writes_ta_marbuta(doc, speller):
        return
    names = context_names(doc)
    for m in slips:
        word = m.group(m.lastindex or 0)
        if _fold(word) not in names:
            right = word[:-1] + "ة"
            start, end = m.span(m.lastindex or 0)
            yield Hit(start, end, f"possible misspelling: '{word}' (did you mean '{right}'? the reply "
                                          f"writes ة elsewhere)", suggestions=[right],
                      fix=Fix(replacement=right, safe=False, description="write the ة"), confidence=0.7)


def _written_for_ta(speller: Speller, word: str) -> bool:
    return speller.frequency(word[:-1] + "ة") >= TA_MARBUTA_RATIO * max(speller.frequency(word), 1)


def writes_ta_marbuta(doc: ReplyDoc, speller: Speller | None) -> bool:
    """Whether ة is the reply's spelling of a final ة: its words that end in ة (not counting the names of the
    context: 'نادية' copied from the ticket says nothing of how the agent writes) outnumber those that end in an
    ه written for one. Writers mix the two ('الفاتوره تقديريه ... قراءة العداد'), so a single ة decides nothing."""
    def count() -> bool:
        if speller is None or "ة" not in doc.text:
            return False
        names = context_names(doc)
        with_ta = sum(1 for w in _TA_WORD.findall(doc.text) if _fold(w) not in names)
        return with_ta > sum(1 for w in _HA_WORD.findall(doc.text)
                             if _written_for_ta(speller, w) and _fold(w) not in names)

    return doc.memo("typo.writes_ta_marbuta", count)


def _in_an_address(doc: ReplyDoc, start: int, end: int) -> bool:
    """Whether the span lies in a postal address pii.address found (its offsets are the full text's: used only where
    the agent's text is all of it, a reply without quoted lines)."""
    if doc.text != doc.full_text:
        return False
    from ..pii.rules import scanner_for

    return any(e.type == "address" and e.start <= start and end <= e.end for e in scanner_for(doc.packs).scan(doc))


_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[ \t]+\Z")


def _after_leader(text: str, start: int, leaders: frozenset[str], prefixes: list[str]) -> bool:
    """Whether the word before ``start`` is one of TypoPack.proper_noun_leaders, also with one of the
    pack's prefixes written onto it ('لفرع الخوير', to the Al Khuwair branch)."""
    m = _PREVIOUS_WORD.search(text, max(0, start - 24), start)
    if m is None:
        return False
    before = m.group(1).lower()
    return before in leaders or any(before.startswith(p) and before[len(p):] in leaders for p in prefixes)


def _imperative(doc: ReplyDoc, speller: Speller, word: str, start: int, end: int) -> bool:
    """An Arabic verb that dropped its final long vowel, as the reply wrote it with its short vowel
    ('اشتكِ'). Normalisation takes the short vowels out of the text the rules read, so the original says."""
    view = doc.agent if Misspelling.meta.scope == "agent" else doc.full
    _, orig_end = view.to_original(start, end)
    return speller.dropped_long_vowel(word, doc.original[orig_end - 1:orig_end])


_WORD_JOINERS = "'’-"


def _occurrences(text: str, words: Collection[str]) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of every token of ``text`` (as ``WORD.finditer`` splits it) that is one of
    ``words``, in text order. Found with ``str.find``: a reply has a few candidate words and ~150
    tokens, and walking every token was a third of the rule's time."""
    out = []
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            # a token starts here unless a letter (or a letter and a joiner) runs into it from the left
            before = text[pos - 1] if pos else " "
            inside = _is_letter(before) or (before in _WORD_JOINERS and pos >= 2 and _is_letter(text[pos - 2]))
            if not inside:
                m = WORD.match(text, pos)
                if m is not None and m.end() == pos + len(word):
                    out.append((pos, pos + len(word), word))
            pos = text.find(word, pos + 1)
    out.sort()
    return out


_LETTER = re.compile(r"[^\W\d_]")  # what WORD calls a letter


def _is_letter(ch: str) -> bool:
    return _LETTER.match(ch) is not None


def _in_skipped_chunk(text: str, start: int, end: int, chunks: dict[int, SpanIndex]) -> bool:
    """Whether the word at ``start:end`` is part of a URL, e-mail address, code… (_SKIP). None of
    those spans whitespace, so only the word's whitespace-delimited chunk is scanned (once per chunk,
    remembered in ``chunks``): scanning the whole reply cost more than all the rest of the rule."""
    first = start
    while first > 0 and not text[first - 1].isspace():
        first -= 1
    skip = chunks.get(first)
    if skip is None:
        stop = end
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        skip = chunks[first] = SpanIndex(m.span() for m in _SKIP.finditer(text, first, stop))
    return bool(skip) and skip.overlapping(start, end)


_MASKS = frozenset("*#@$%&")


def _written_in_another_language(doc: ReplyDoc) -> bool:
    """The reply's own words say, with confidence, that it is in another language than the one it is
    checked in (asked only when there are misspellings to report and three or more unknown words: a
    reply in another language has many, a reply with a typo or two not)."""
    if doc.detector is None or not doc.language:
        return False
    detected, confidence = doc.detector.detect(doc.text)
    return detected is not None and detected != doc.language and confidence >= CONFIDENT


_CLOSING_LINE = re.compile(r"\n[ \t]*\n[ \t]*([^\W\d_][\w'&.\- \t]{0,40})[ \t]*\Z")


def _closing_name_line(text: str) -> int:
    """Where a last paragraph of two or three capitalised words, after a blank line, begins: the team's or
    company's name without a sign-off formula before it ('\\n\\nترافل هب', 'The Team'), not words to
    spell-check. One word may be a sign-off with a slip ('Regrads'), and 'Kind regrads' is not capitalised.
    ``len(text)`` when there is none."""
    m = _CLOSING_LINE.search(text, max(0, len(text) - 50))
    if m is None:
        return len(text)
    words = m.group(1).split()
    if not 2 <= len(words) <= 3 or any(ch in m.group(1) for ch in ".!?؟:") or \
            any(w[:1].isascii() and not w[:1].isupper() for w in words):
        return len(text)
    return m.start(1)


def _known_in_english(doc: ReplyDoc, word: str, speller: Speller) -> bool:
    """A loanword ('update', 'webshop' in a Dutch reply), unless it is a rare English word right next to a
    very frequent word of the reply's language: 'wort' (221 in the English list) is 'wordt' (456,948 in
    the Dutch one) with a letter missing, not the brewer's wort."""
    english = speller_for(doc, "en")
    if english is None or not english.known(word):
        return False
    return english.frequency(word) >= _LOANWORD_FREQUENCY or not speller.shadowed(word.lower(), _SLIP_NEIGHBOUR)


_LOANWORD_FREQUENCY = 1000  # English words at least this frequent are loanwords wherever they stand
_SLIP_NEIGHBOUR = 100_000  # ... rarer ones not when a word this frequent in the reply's language is one edit away


# (not a semicolon: the word after one is capitalised only when it is a name, "...; Openreach is adding ...")
_SENTENCE_END = re.compile(r"(?:^|[.!?؟:]\s+|\n\s*)$")


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos]
    return pos == 0 or bool(_SENTENCE_END.search(before)) or before.strip() == "" and "\n" in before


# --------------------------------------------------------------------------- repeated words

_REPEAT = re.compile(r"(?<![\w])([^\W\d_]+)((?:[ \t]+\1)+)(?![\w])", re.I)
_LINKING_VERBS = frozenset({"is", "are", "was", "were", "zijn", "waren", "blijft", "blijven"})
# two words twice, as a paste or an edit leaves them: 'dat heb ik zojuist voor je voor je geregeld'
_REPEAT_PAIR = re.compile(r"(?<![\w])([^\W\d_]+)([ \t]+)([^\W\d_]+)[ \t]+\1[ \t]+\3(?![\w])", re.I)


@register
class RepeatedWord(Rule):
    meta = RuleMeta(
        id="typo.repeated_word",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="The same word twice in a row ('the the'), except correct doubles ('had had', Dutch 'dat dat'), "
                "or the same two words twice ('voor je voor je').",
        rationale="A doubled word is the most common slip when editing a draft in a hurry.",
        fix="safe",
        languages=("*",),
        examples=(
            bad("The outage in the the north area was fixed."),
            bad("Je pakket is is onderweg.", "nl"),
            bad("تم تم إرسال الطلب.", "ar"),
            bad("Dat heb ik zojuist voor je voor je geregeld.", "nl"),
            good("He had had enough of the delays, so we refunded him."),
            good("Ik denk dat dat klopt.", "nl"),
            good("شكراً جداً جداً على صبرك.", "ar"),
            good("كل شوية سؤال سؤال؟ ولا يهمك، اسألي براحتك.", "ar"),
        ),
    )

    def _valid(self, doc: ReplyDoc
               ) -> tuple[frozenset[str], dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
        """Doubled words that are right: always ('had had'), only before certain words ('het het' before a
        superlative), as the next word's expression, and only after certain words, as the expression of the words
        before, ending at the doubled word ('*': any doubled word)."""
        def build(language: str) -> tuple[frozenset[str], dict[str, re.Pattern[str]], dict[str, re.Pattern[str]]]:
            pack = self.ctx.packs.get("typo", language)
            packs = [pack] if isinstance(pack, TypoPack) else [p for p in self.ctx.packs.all("typo")
                                                               if isinstance(p, TypoPack)]
            return (frozenset(v.lower() for p in packs for v in p.valid_repeats),
                    {k.lower(): re.compile(r"\s+(?:" + v + r")(?!\w)", re.I)
                     for p in packs for k, v in p.valid_repeats_before.items()},
                    {k.lower(): re.compile(r"(?:" + v + r")[ \t]*\Z", re.I)
                     for p in packs for k, v in p.valid_repeats_after.items()})

        return self.per_language(doc.language or "", build)

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        runs = text_runs(doc.text)
        if any(map(eq, runs, runs[2:])):  # a word two after itself: maybe a pair twice
            pairs = list(zip(runs, runs[1:]))
            if any(map(eq, pairs, pairs[2:])):  # (the pairs compared in C: the regex runs only on a real repeat)
                yield from self._pairs(doc)
        if not any(map(eq, runs, runs[1:])):  # (map over a C function: no Python frame per word)
            return  # no word directly followed by itself: nothing for the (costlier) regex to find
        valid, before, after = self._valid(doc)
        for m in _REPEAT.finditer(doc.text):
            word = m.group(1)
            pair = f"{word.lower()} {word.lower()}"
            if pair in valid or pair in before and before[pair].match(doc.text, m.end()):
                continue
            if after and self._said_twice_after(doc, after, pair, word, m.start()):
                continue  # 'what it is is', 'كل شوية مشكلة مشكلة': said twice on purpose
            yield Hit(m.start(), m.end(), f"'{word}' is repeated", suggestions=[word],
                      fix=Fix(replacement=word, safe=True, description="remove the repeated word"))

    @staticmethod
    def _said_twice_after(doc: ReplyDoc, after: dict[str, re.Pattern[str]], pair: str, word: str, at: int) -> bool:
        """Whether the words before ``at`` make this doubled word right: its own expression, or the one for any
        word ('*'), which a function word does not meet ('كل مرة في في ...' is a slip)."""
        own = after.get(pair)
        if own is not None and own.search(doc.text, max(0, at - 60), at):
            return True
        any_word = after.get("*")
        return any_word is not None and any_word.search(doc.text, max(0, at - 40), at) is not None \
            and word.lower() not in doc.packs.word_set("core", doc.language, "stopwords")

    def _pairs(self, doc: ReplyDoc) -> Iterable[Hit]:
        for m in _REPEAT_PAIR.finditer(doc.text):
            first, second = m.group(1), m.group(3)
            if first.lower() == second.lower():
                continue  # 'ha ha ha ha', 'bye bye bye bye': a word repeated, which the check above judges
            if first.lower() in _LINKING_VERBS:
                continue  # 'what is done is done': a tautology (tone.dismissive reports it), written on purpose
            pair = first + m.group(2) + second
            yield Hit(m.start(), m.end(), f"'{pair}' is repeated", suggestions=[pair],
                      fix=Fix(replacement=pair, safe=True, description="remove the repeated words"))


# --------------------------------------------------------------------------- the customer's name


@register
class NameMisspelled(Rule):
    meta = RuleMeta(
        id="typo.name_misspelled",
        category=Category.TYPO,
        severity=Severity.ERROR,
        summary="The customer's name written close to, but not exactly as, context.customer.name "
                "('Jonathon' for 'Jonathan').",
        rationale="Misspelling someone's name tells them the reply was not written for them; it is the typo "
                  "customers notice most.",
        fix="unsafe",
        languages=("*",),
        examples=(
            bad("Hi Jonathon, the outage is fixed.", context={"customer": {"name": "Jonathan Miller"}}),
            bad("Beste Mariek,\n\nJe pakket is onderweg.", "nl", context={"customer": {"name": "Marieke de Vries"}}),
            bad("Dear Mr Smyth, your refund is on its way.", context={"customer": {"name": "John Smith"}}),
            bad("مرحباً خلد، طلبك في الطريق.", "ar", context={"customer": {"name": "خالد"}}),
            good("Hi Jonathan, the outage is fixed.", context={"customer": {"name": "Jonathan Miller"}}),
            good("Hi Chloe, thanks!", context={"customer": {"name": "Chloé Martin"}}),
            good("مرحباً احمد، طلبك في الطريق.", "ar", context={"customer": {"name": "أحمد"}}),
            good("Hi Rebecca, your contract is paused.", context={"customer": {"name": "Hannah Fischer"}},
                 note="a different name is context.wrong_name, not a typo"),
        ),
    )

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        parts = name_parts(doc.customer.name)
        if not parts:
            return
        folded = {_fold(p): p for p in parts}
        handle = is_handle(doc.customer.name)
        for start, end in name_positions(doc):
            word = doc.text[start:end]
            w = _fold(word)
            if w in folded:
                right = folded[w]
                if right.endswith("ة") and word.endswith("ه") and writes_ta_marbuta(doc, speller_for(doc, "ar")):
                    yield _misspelt_name(start, end, word, right)  # 'العفو عائشه، رحلة سعيدة': ة written ه
                continue
            if handle and len(w) >= 3 and any(n.startswith(w) for n in folded):
                continue  # 'Amir' for '@amirk': a handle is a name with letters added, not its spelling
            if word.lower() in doc.packs.word_set("core", doc.language, "generic_addressees"):
                continue  # 'عزيزي العميل' (dear customer) to العمري: no name at all
            best = close_name(w, folded)
            if best is not None and another_persons_name(doc.packs, w, folded):
                continue  # 'Olivia' to Oliver: another person's name, context.wrong_name's
            if best is not None and not is_toxic_word(doc, word):  # 'يا أحمق' to 'أحمد': an insult, not a slip
                yield _misspelt_name(start, end, word, folded[best])


def _misspelt_name(start: int, end: int, word: str, right: str) -> Hit:
    return Hit(start, end, f"the customer's name is spelled '{right}', not '{word}'", suggestions=[right],
               fix=Fix(replacement=right, safe=False, description="use the name from the conversation context"))
