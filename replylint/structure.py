"""Where a reply's greeting, body and sign-off are, from the core language packs.

Several families need it: spelling skips the signature block (names and job
titles), boilerplate is measured on the body only, and the context rules read
who the greeting addresses.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, AbstractSet, Iterable, Iterator, NamedTuple

from rapidfuzz.distance import OSA

from .langdata import CorePack
from .textutil import (
    ARABIC_PROCLITIC_PREFIXES, PhraseScanner, has_arabic_letter, line_and_sentence_starts, phrase_body, phrase_regex,
)

WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")

if TYPE_CHECKING:  # pragma: no cover
    from .document import ReplyDoc
    from .packs import PackStore


def _core_packs(doc: ReplyDoc) -> list[CorePack]:
    pack = doc.pack("core")
    if isinstance(pack, CorePack):
        return [pack]
    return [p for p in doc.packs.all("core") if isinstance(p, CorePack)]


class _Regexes(NamedTuple):
    greetings: re.Pattern[str] | None
    titles: re.Pattern[str] | None
    signoffs: re.Pattern[str] | None
    greeting_scanner: PhraseScanner  # the greetings, for scans of a whole reply
    leaders: re.Pattern[str] | None  # a vocative leader and the capitalised word after it ("Thanks Sarah,")
    particles: tuple[str, ...]  # vocative particles ("يا"), each followed by the name addressed ("يا محمد،")
    third_parties: re.Pattern[str] | None  # "my manager," right before a name between commas
    relative_clause: re.Pattern[str] | None  # "the rider who reported it," right before a name between commas
    ambiguous: frozenset[str]  # greetings that are other words too: a name after one needs a comma after it


def _regexes(doc: ReplyDoc, every_language: bool = False) -> _Regexes:
    """Greeting, title and sign-off regexes of the reply's language (or of every language), compiled
    once per pack store instead of once per reply."""
    def build() -> _Regexes:
        packs = [p for p in doc.packs.all("core") if isinstance(p, CorePack)] if every_language else _core_packs(doc)
        greetings = [g for p in packs for g in (*p.greetings, *p.greetings_with_name)]
        return _Regexes(phrase_regex(greetings), phrase_regex([t for p in packs for t in p.titles]),
                        phrase_regex([s for p in packs for s in p.signoffs]), PhraseScanner(greetings),
                        _led_name([w for p in packs for w in p.vocative_leaders]),
                        tuple(sorted({w.strip() for p in packs for w in p.vocative_particles if w.strip()})),
                        _before_comma([w for p in packs for w in p.third_parties]),
                        _clause_before_comma([w for p in packs for w in p.relative_pronouns]),
                        frozenset(w.lower() for p in packs for w in p.ambiguous_greetings))

    return doc.packs.derived(("structure.regexes", None if every_language else doc.language), build)


def _before_comma(words: list[str]) -> re.Pattern[str] | None:
    """One of ``words`` (any case) at the end of a text, before a comma. A word of six letters or more may
    end a compound ("de locatiemanager, Ellen", "de teamcoördinator, Sem"); a shorter one must be a word of
    its own ("Roman, ..." holds no "man")."""
    if not words:
        return None
    short = phrase_body([w for w in words if len(w) < 6])
    long = phrase_body([w for w in words if len(w) >= 6])
    body = "|".join(filter(None, (short and rf"(?<!\w)(?:{short})", long)))
    return re.compile(rf"(?i:{body})[ \t]*[,،][ \t]*$") if body else None


def _clause_before_comma(words: list[str]) -> re.Pattern[str] | None:
    """A clause opened by one of ``words`` (any case) at the end of a text, before a comma."""
    body = phrase_body(words) if words else None
    return re.compile(rf"(?i:(?<!\w)(?:{body})(?!\w))[^,،.!?؟\n]*[,،][ \t]*$") if body else None


def _led_name(leaders: list[str]) -> re.Pattern[str] | None:
    """A vocative leader (any case), then one capitalised word and a comma or the end of the sentence ("Thanks
    Sarah,"); in Arabic, which has no capitals, any word ("العفو عائشة،", but also "شكراً جزيلاً،": see
    :func:`_name_positions`)."""
    body = phrase_body(leaders) if leaders else None
    return re.compile(rf"(?i:{body})[ \t]+([A-Z][\w'\-]*|[\u0621-\u064a]{{2,}})(?=[ \t]*[,،!.](?:\s|$))") \
        if body else None


# after a vocative particle: one word, then a comma or the end of the sentence
_AFTER_PARTICLE = re.compile(r"[ \t]+([^\W\d_][\w'\-]*)(?=[ \t]*[,،!.؟?](?:\s|$)|[ \t]*$)", re.M)


def _after_particles(text: str, particles: tuple[str, ...],
                     titles: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """The words right after a vocative particle that stands as a word ("تمام يا محمد،"), or after the title
    that follows it ("أهلاً يا أستاذة سارة،": the name is سارة). Found with ``str.find``: an expression with the
    optional Arabic proclitics in front tried every position of every reply (0.36 M instructions a reply, 5% of
    all the linter's work)."""
    for particle in particles:
        pos = text.find(particle)
        while pos >= 0:
            end = pos + len(particle)
            if pos == 0 or not text[pos - 1].isalnum():
                title = titles.match(text, end + 1) if titles is not None and text[end:end + 1] == " " else None
                if title is not None and (m := _AFTER_PARTICLE.match(text, title.end())):
                    yield m
                elif m := _AFTER_PARTICLE.match(text, end):
                    yield m
            pos = text.find(particle, end)


def signature_start(doc: ReplyDoc) -> int:
    """Offset (agent view) where the signature after the sign-off formula begins ("Kind regards,| Tom"),
    or ``len(text)`` when there is none: what follows is the agent's name, not words to check."""
    return _signoff(doc)[1]


def signoff_start(doc: ReplyDoc) -> int:
    """Offset (agent view) where the sign-off formula itself begins ("|Kind regards, Tom"), or ``len(text)``."""
    return _signoff(doc)[0]


def _signoff(doc: ReplyDoc) -> tuple[int, int]:
    """Start and end of the last sign-off formula. A sign-off line is the formula alone or with a name
    ("Kind regards," / "Thanks, Tom"), near the end; "Thank you for your patience." at the start of a
    line is a sentence, not a sign-off."""
    def compute() -> tuple[int, int]:
        text = doc.text
        signoffs = _regexes(doc).signoffs
        if signoffs is None:
            return len(text), len(text)
        last = None
        for m in signoffs.finditer(text, max(0, len(text) - 200)):
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            rest = text[m.end():line_end if line_end != -1 else len(text)].strip(" \t,.!،")
            if text[line_start:m.start()].strip() == "" and len(rest.split()) <= 2 and not rest.endswith("?"):
                last = m
        return (last.start(), last.end()) if last else (len(text), len(text))

    return doc.memo("structure.signature", compute)


def greeting_end(doc: ReplyDoc) -> int:
    """Offset (agent view) where the greeting line ends, or 0 when the reply has no greeting."""
    def compute() -> int:
        text = doc.text
        greetings = _regexes(doc).greetings
        stripped = len(text) - len(text.lstrip())
        if greetings is None:
            return 0
        m = greetings.match(text, stripped)
        if m is None:
            return 0
        # the greeting line ends at a line break, a comma or an exclamation or question mark: "Hi there! Thanks
        # for ..." on one chat line (not at a full stop: "Dear Mr. Smith,")
        ends = [i for i in (text.find(mark, m.end()) for mark in ("\n", ",", "،", "!", "?", "؟")) if i != -1]
        return min(ends) + 1 if ends else len(text)

    return doc.memo("structure.greeting", compute)


def opens_after(text: str, pos: int, marks: str) -> bool:
    """Whether only spaces and tabs stand between ``pos`` and the start of ``text`` or one of ``marks``:
    the word at ``pos`` opens the text, a line or a sentence. (Walks back from ``pos``; slicing off the
    text before it copied up to the whole reply per word.)"""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in marks


def body_span(doc: ReplyDoc) -> tuple[int, int]:
    """The reply without its greeting and sign-off block, formula included (agent view)."""
    return greeting_end(doc), signoff_start(doc)


@lru_cache(maxsize=200_000)
def fold(s: str) -> str:
    """Lower case without accents or Arabic letter variants, for comparing names."""
    s = unicodedata.normalize("NFKD", s.lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.translate(_FOLD)


_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def name_positions(doc: ReplyDoc) -> list[tuple[int, int]]:
    """Spans of words in addressing positions: after a greeting (and a title), or vocative ('Thanks, Jan!')."""
    return doc.memo("structure.names", lambda: _name_positions(doc))


def _name_positions(doc: ReplyDoc) -> list[tuple[int, int]]:
    _, titles, signoffs, greetings, leaders, vocative_particles, third_parties, relative_clause, ambiguous = \
        _regexes(doc, every_language=True)
    text = doc.text
    out: list[tuple[int, int]] = []
    for at, pos in greetings.spans(text):
        if not opens_after(text, at, ".!?\n:;>*-"):
            continue  # not a greeting: "Fijne dag nog!", "say hi to your brother"
        t = titles.match(text, pos + 1) if titles is not None and text[pos:pos + 1] == " " else None
        if t is not None:
            pos = t.end() + (1 if text[t.end():t.end() + 1] == "." else 0)
            particles = _SURNAME_PARTICLES.match(text, pos)  # "mevrouw De Vries": the name is Vries
            pos = particles.end() - 1 if particles is not None else pos
        w = _NEXT_WORD.match(text, pos)
        surname = _surname_after(doc, text, w.start(1), w.end(1)) if w is not None and t is None else []
        if w is not None and t is None and ambiguous and text[at:pos].lower() in ambiguous and \
                not _NAME_END.match(text, w.end(1)) and not surname and not _AND_NAME.match(text, w.end(1)):
            continue  # "هلا أرسلت لنا الصورة؟" (would you send us the photo?): no greeting
        if w is not None:
            out.append((w.start(1), w.end(1)))
            out.extend(surname)
    if leaders is not None:  # "Thanks Sarah," opens a sentence: tried at sentence starts only
        customer = None
        for w in filter(None, (leaders.match(text, s) for s, _ in doc.sentences)):
            if w.group(1)[0].isupper():
                out.append((w.start(1), w.end(1)))
                continue
            # an Arabic word after a leader is as often a kind word ('شكراً جزيلاً،', 'مبروك عليك،'): only the
            # customer's own name, or one letter or two from it ('العفو عائشه،'), counts
            if customer is None:
                customer = {fold(p): p for p in name_parts(doc.customer.name)}
            word = fold(w.group(1))
            if word in customer or close_name(word, customer) is not None:
                out.append((w.start(1), w.end(1)))
    if vocative_particles:  # "تمام يا محمد،": anywhere in a sentence
        out.extend((m.start(1), m.end(1)) for m in _after_particles(text, vocative_particles, titles))
    for m, group in _vocatives(text):
        before = text[max(0, m.start(group) - 40):m.start(group)]
        if signoffs is not None and _LINE_END.match(text, m.end(group)) and \
                any(before.rstrip(" \t,،").endswith(x.group()) for x in signoffs.finditer(before)):
            continue  # "Best regards, Tom": the agent's signature, not an address ("Thanks, Peter. Your ..." is one)
        if _IN_POSTAL_ADDRESS_AFTER.match(text, m.end(group)) or _IN_POSTAL_ADDRESS_BEFORE.search(before):
            continue  # "45 Elm Street, Springfield, IL 62704": a town, not a person
        if third_parties is not None and third_parties.search(before):
            continue  # "my manager, Daniel, approved it": someone else, named
        if relative_clause is not None and _COMMA_AFTER.match(text, m.end(group)) and \
                relative_clause.search(text, max(0, m.start(group) - 80), m.start(group)):
            continue  # "the person who reported it, Sam, says ...": that person, named
        if text.startswith("ال", m.start(group)):
            continue  # "...، شارع الأمير محمد بن سعد، الرياض.": a place; a name with the article is a family
            # name, which is said after a title or يا ("يا أستاذ المطيري"), not on its own between commas
        if _IN_LIST_AFTER.match(text, m.end(group)):
            continue  # "Yes, Revolut, Monzo and Wise cards work", "برجر، فلافل، وسلطة": an item of a list
        out.append((m.start(group), m.end(group)))
    end = signoff_start(doc)  # the sign-off formula and the signature: "Groet," is no misspelt "Groen"
    # (a word with a digit is a code, not a name: "a new code, OLIVIA15, which ...")
    return sorted({span for span in out if span[0] < end and not any(ch.isdigit() for ch in text[span[0]:span[1]])})


def _surname_after(doc: ReplyDoc, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The surname after the customer's first name in a greeting ("Hello Eleanor Finch,"): an addressing
    position too, when the record has a first and a last name and the greeting ends right after it (so
    "Hi Eleanor Thanks for ..." gives nothing). Latin script only: an Arabic word after the name is as
    often a kind word ("أهلاً فهد الغالي") as a family name."""
    parts = name_parts(doc.customer.name)
    if len(parts) < 2 or fold(text[start:end]) not in {fold(p) for p in parts[:-1]}:
        return []
    m = _SURNAME_AFTER_NAME.match(text, end)
    if m is not None:
        return [(m.start(1), m.end(1))]
    # Arabic: a family name with the article after the first name, when it is the customer's or one letter
    # or two from it ('هلا مشعل الرشدي،' for الرشيدي); a kind word there ('الغالي') is neither
    m = _AR_SURNAME_AFTER_NAME.match(text, end)
    if m is not None:
        word, last = fold(m.group(1)), fold(parts[-1])
        if word == last or close_name(word, {last: parts[-1]}) is not None:
            return [(m.start(1), m.end(1))]
    return []


_AND_NAME = re.compile(r"[ \t]+و[\u0621-\u064a]{2,}(?=[ \t]*(?:[,،!:]|\n|$))")  # 'هلا مشعل ونوف،'
_AR_SURNAME_AFTER_NAME = re.compile(r"[ \t]+(ال[\u0621-\u064a]{2,})(?=[ \t]*(?:[,،!:]|\n|$))")
# a capitalised word after the first name, then the end of the greeting (no hyphen: "Fitch-Jones")
_SURNAME_AFTER_NAME = re.compile(r"[ \t]+([A-Z][A-Za-z\u00c0-\u024f']+)(?=[ \t]*(?:[,!:]|\n|$))")

# surname particles after a title, before the capitalised rest of the name ("Mevrouw van der Berg")
_SURNAME_PARTICLES = re.compile(r"(?i:[ \t]+(?:van|de|der|den|ter|ten|te|von|da|di|du|le|la|del|della|dos|das|el|al|bin|ibn)"
                                r"(?=[ \t]))+[ \t](?=[A-Z])")
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'\-]*)")

# "Sure thing, Dev!" / "Dat kan zeker, Henk." / "Jan, your order ..." (not the signature below a sign-off).
# Two expressions: the first starts with a comma, which the regex engine finds without trying every
# position; the second is anchored at line and sentence starts and tried only there.
_VOCATIVE_AFTER_COMMA = re.compile(
    r"[,،][ \t]*([A-Z\u0600-\u06ff][\w'\-]*)(?=[ \t]*[,،!?.](?:\s|$)|[ \t]*$)", re.M)
# a word between commas inside a postal address: a state or postcode follows, or a house number and street
# name ("45 Elm Street", "Lindelaan 14") end the clause before it
_IN_POSTAL_ADDRESS_AFTER = re.compile(r"[ \t]*,[ \t]*(?:[A-Z]{2}[ \t]+)?\d"
                                      # 'عمان، خلدا، شارع وصفي التل': a district before its street, a landmark by it
                                      r"|[ \t]*[,،][ \t]*(?:شارع|طريق|حي|جادة|جاده|زقاق|بناية|بنايه|عمارة|عماره|دوار|"
                                      r"قرب|مقابل|بجانب|جنب|خلف|ورا)(?![\w])")
_IN_POSTAL_ADDRESS_BEFORE = re.compile(r"(?:\b\d{1,5}[A-Za-z]?[ \t]+[A-Z][\w'\-]*(?:[ \t]+[A-Z][\w'\-]*)*"
                                       r"|\b[A-Z][\w'\-]*[ \t]+\d{1,5}[A-Za-z]?"
                                       r"|[\u0600-\u06ff]{2,}[ \t]+\d{1,5}"
                                       # 'بناية الأمل، شارع الحمرا، بيروت': a street or building named before the town
                                       r"|(?:شارع|بناية|بنايه|عمارة|عماره|طريق|جادة|حي)[ \t]+[\u0600-\u06ff]+"
                                       r"(?:[ \t]+[\u0600-\u06ff]+)?"
                                       # 'ساكن في عمان، خلدا': a town after 'in' or 'the address', then its district
                                       r"|(?<![\w])(?:في|ب?العنوان|عنوان[كهي]?|عنوانك|ساكن|ساكنة|ساكنه)[ \t]*:?[ \t]*"
                                       r"[\u0600-\u06ff]{2,})[ \t]*[,،][ \t]*$")
_NAME_END = re.compile(r"[ \t]*(?:[,،!]|\n|$)")
_COMMA_AFTER = re.compile(r"[ \t]*[,،]")
_LINE_END = re.compile(r"[ \t]*[.!]?[ \t]*(?:\n|$)")
# the next item of a list: one capitalised word before a comma or a conjunction, or an Arabic word with
# the conjunction و attached or before a comma of its own ("جبن شيدر، خس، طماطم")
_IN_LIST_AFTER = re.compile(r"[ \t]*[,،][ \t]*(?:[A-Z][\w'\-]*(?:[ \t]*[,،]|[ \t]+(?:and|or|en|of|und|et)[ \t])"
                            r"|و[\u0600-\u06ff]|[\u0600-\u06ff]+[ \t]*،)")
_VOCATIVE_FIRST_WORD = re.compile(r"([A-Z\u0600-\u06ff][\w'\-]*)(?=[ \t]*[,،])")


def _words_before_commas(text: str) -> list[int]:
    """The line and sentence starts where ``_VOCATIVE_FIRST_WORD`` may match, found from the commas
    (a few a reply) instead of trying the expression at every start (~18): its word runs on to the end
    of a run of word characters, apostrophes and hyphens, and a comma must follow it after spaces or
    tabs. A start comes after whitespace (or is 0), so a match starts where that run begins, or one
    character before it when that one is of the Arabic block but no word character."""
    starts = None
    found = set()
    for comma in (",", "،"):
        c = text.find(comma)
        while c >= 0:
            k = c
            while k > 0 and text[k - 1] in " \t":
                k -= 1
            end = k
            while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "_'-"):
                k -= 1
            # the first character may also be one of the Arabic block that is no word character ("؟")
            for a in (k, k - 1) if k > 0 and "\u0600" <= text[k - 1] <= "\u06ff" else (k,):
                if a < end:
                    if starts is None:
                        starts = frozenset(line_and_sentence_starts(text))
                    if a in starts:
                        found.add(a)
            c = text.find(comma, c + 1)
    return sorted(found)


def _vocatives(text: str) -> list[tuple[re.Match[str], int]]:
    """(match, group of the name) in text order, exactly as one scan with both forms as alternatives
    would find them: the leftmost match next, the comma form first when both start at one place."""
    firsts = [m for m in (_VOCATIVE_FIRST_WORD.match(text, a) for a in _words_before_commas(text))
              if m is not None]
    found: list[tuple[re.Match[str], int]] = []
    pos, j = 0, 0
    while True:
        comma = _VOCATIVE_AFTER_COMMA.search(text, pos)
        while j < len(firsts) and firsts[j].start() < pos:
            j += 1
        first = firsts[j] if j < len(firsts) else None
        if comma is None and first is None:
            return found
        m = comma if first is None or (comma is not None and comma.start() <= first.start()) else first
        found.append((m, 1))
        pos = m.end()


def is_handle(name: str | None) -> bool:
    """Whether a customer name is a social-media handle ('@amirk'): a name with letters added, or an
    initial and a surname, rather than the name as written."""
    return (name or "").lstrip().startswith("@")


def behind_proclitic(word: str, names: AbstractSet[str], prefixes: Iterable[str] = ARABIC_PROCLITIC_PREFIXES) -> bool:
    """Whether an Arabic word is one of ``names`` (folded) with a proclitic written onto it ('لستاي': ل + a
    company's name, 'بخالد': ب + the customer's)."""
    return any(word.startswith(p) and len(word) - len(p) >= 2 and fold(word[len(p):]) in names for p in prefixes)


def name_parts(name: str | None) -> list[str]:
    if not name:
        return []
    parts = WORD.findall(name.replace("@", " ").replace("_", " "))
    return [p for p in parts if len(p) >= 2]


def _same_initial(a: str, b: str) -> bool:
    """Same first letter, counting c and k, and g and j, as one (Catherine and Katherine, Gemma and Jemma)."""
    return a[:1].translate(_INITIALS) == b[:1].translate(_INITIALS)


_INITIALS = str.maketrans("kj", "cg")


def close_name(word: str, names: dict[str, str]) -> str | None:
    """The name ``word`` is a misspelling of, if any: edit distance 1 (2 for long names; two letters swapped
    count as one edit: 'لطفية' for 'لطيفة', 'Micheal' for 'Michael'), same first letter (c and k count as
    one), or a surname with a patronymic ending added or dropped ('Adamson' for 'Adams', 'Peters' for
    'Peterson')."""
    for n in names:
        limit = 1 if len(n) <= 5 else 2
        d = OSA.distance(word, n)
        if 1 <= d <= limit and _same_initial(word, n) and abs(len(word) - len(n)) <= limit:
            return n
        short, long_ = (word, n) if len(word) < len(n) else (n, word)
        if len(short) >= 4 and long_.startswith(short) and long_[len(short):] in _SURNAME_ENDINGS:
            return n
        if word != n and word[:1] == n[:1] and len(skeleton := _skeleton(word)) >= 3 and skeleton == _skeleton(n):
            return n  # the same consonants: a transliteration ('Yousef' for 'Yusuf', 'Mohamed' for 'Muhammad')
        if word != n and word.isascii() and len(sound := _sound(word)) >= 3:
            theirs = _sound(n)
            if (_same_initial(word, n) or sound[:1] == theirs[:1]) and _sounds_alike(sound, theirs):
                return n  # written as it sounds: 'Elly' for 'Ellie', 'Eefa' for 'Eva', 'Filip' for 'Philip'
    return None


def another_persons_name(packs: PackStore, word: str, names: dict[str, str]) -> bool:
    """Whether ``word`` (folded), close in spelling to one of the customer's folded ``names``, is a name of its own:
    in a nickname group of the context packs that holds none of the customer's names, and two or more edits away
    ('Olivia' to Oliver Grant, round pq: another customer, context.wrong_name's, not a slip). One edit is a
    spelling ('Hanna' for 'Hannah'), and a name outside the groups stays a possible slip: the groups are the
    only list of names the packs have."""
    if word in names:
        return False
    return any(word in group and group.isdisjoint(names) for group in nickname_groups(packs)) and \
        all(OSA.distance(word, n) >= 2 for n in names)


def nickname_groups(packs: PackStore) -> list[frozenset[str]]:
    """The context packs' groups of a name and its short forms (all languages: a Dutch reply may greet in English),
    folded, built once per pack store."""
    return packs.derived(("context.nicknames",), lambda: [
        frozenset(fold(n) for n in group) for p in packs.all("context") for group in getattr(p, "nicknames", ())])


_SOUNDS = (("ph", "f"), ("ck", "k"), ("v", "f"), ("z", "s"), ("ie", "i"), ("ey", "i"), ("y", "i"))


def _sound(word: str) -> str:
    """A Latin-script name as it sounds, roughly: letters that sound alike made one ('ph' and 'f', 'v' and 'f',
    'z' and 's', final 'ie', 'ey' and 'y' as 'i') and doubled letters single ('Eefa' and 'Eva' are 'efa')."""
    w = word.lower()
    for old, new in _SOUNDS:
        w = w.replace(old, new)
    out = []
    for ch in w:
        if not out or ch != out[-1]:
            out.append(ch)
    return "".join(out)


def _sounds_alike(a: str, b: str) -> bool:
    """Two names' sounds (:func:`_sound`) the same, or, with four letters or more, apart only in a final vowel: one
    name's forms ('Sophie' for 'Sofia': 'sofi' and 'sofia'; 'Stefanie' for 'Stefania'), where an ending said
    differently changes more letters than a slip does. A consonant apart is another word ('Haha' is no 'Hanna')."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) < 4 or len(long_) - len(short) > 1 or long_[-1] not in LATIN_VOWELS:
        return False
    return long_[:-1] == short if len(long_) > len(short) else (short[:-1] == long_[:-1] and short[-1] in LATIN_VOWELS)


LATIN_VOWELS = frozenset("aeiouy")
"""(y included: a name or word with none of these has no vowel sound, 'Pff', 'Grr')"""


def _skeleton(word: str) -> str:
    """The consonants of a Latin-script name after its first letter, repeats collapsed."""
    out = [word[:1]]
    for ch in word[1:]:
        if ch not in LATIN_VOWELS and ch != out[-1]:
            out.append(ch)
    return "".join(out)


_SURNAME_ENDINGS = frozenset({"on", "son", "sen", "s", "se", "sz"})

# Arabic letters by the Latin consonant a transliteration writes for them; letters that are vowels, or written
# now as a vowel and now as a consonant (و, ي), or often left out (ع, ء, ة), have none (an h at the end of a name
# is dropped on both sides: 'Sarah' for 'سارة', 'Abdullah' for 'عبدالله')
_ARABIC_CONSONANTS = str.maketrans({
    "ب": "b", "ت": "t", "ط": "t", "ث": "s", "س": "s", "ش": "s", "ص": "s", "ز": "s", "ج": "k", "ق": "k", "ك": "k",
    "غ": "k", "خ": "k", "د": "d", "ض": "d", "ذ": "d", "ظ": "d", "ر": "r", "ف": "f", "ل": "l", "م": "m", "ن": "n",
    "ح": "h", "ه": "h", **{ch: "" for ch in "اأإآٱءؤئىيوةعـ\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"}})
_LATIN_DIGRAPHS = (("kh", "k"), ("sh", "s"), ("th", "t"), ("dh", "d"), ("gh", "k"), ("ph", "f"), ("ch", "s"))
_LATIN_CONSONANTS = str.maketrans({"q": "k", "c": "k", "g": "k", "j": "k", "z": "s", "x": "s", "p": "b", "v": "f",
                                   **{ch: "" for ch in "aeiouyw'’-_ "}})


def script_skeleton(word: str) -> str:
    """The consonants of a name as a transliteration between Arabic and Latin script keeps them, repeats collapsed:
    'نواف' and 'nawaf' are both 'nf', 'محمد' and 'Mohammed' 'mhmd' (not 'أحمد', 'hmd'), 'عبدالله' and 'Abdullah'
    'bdl'. Only for telling
    whether two spellings in different scripts may be one name."""
    low = word.lower()
    if has_arabic_letter(low):
        bare = low.translate(_ARABIC_CONSONANTS)
    else:
        for digraph, single in _LATIN_DIGRAPHS:
            low = low.replace(digraph, single)
        bare = low.translate(_LATIN_CONSONANTS)
    out: list[str] = []
    for ch in bare:
        if ch.isalpha() and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out).removesuffix("h")


def same_name_across_scripts(word: str, names: Iterable[str]) -> bool:
    """Whether ``word`` (say 'نواف') may be one of ``names`` (say 'nawaf', from the handle '@nawaf_q') written in
    the other script: the same consonants, at least two of them."""
    arabic = has_arabic_letter(word)
    skeleton = script_skeleton(word)
    return len(skeleton) >= 2 and any(has_arabic_letter(n) != arabic and script_skeleton(n) == skeleton
                                      for n in names)
