"""``typo.verb_form``: Dutch d/t slips, the commonest spelling error in Dutch.

"We hebben je pakket verstuurt" and "het geld word teruggestort" contain no
misspelled word: 'verstuurt' (sends) and 'word' (I become) are words, just
not here. Only the sentence shows the slip, so this rule looks at neighbours:

- a participle-like word (ge-, ver-, be-... + t) that closes a clause opened
  by a form of hebben/zijn/worden, when the same word with -d is also a word
  ('is verhuist' -> 'verhuisd', 'heeft betaalt' -> 'betaald');
- a d-stem verb after its subject: 'het geld word' -> 'wordt', 'ik vindt'
  -> 'vind' (inversion, 'word je', 'vind ik', is right and left alone).

The words come from the typo pack (``verb_form``), so another language with
the same kind of slip needs data, not code. LanguageTool (``typo.grammar``)
finds these and more when it is configured; this rule works offline.
"""

from __future__ import annotations

import re
from typing import Iterable

from ...document import ReplyDoc
from ...models import Category, Fix, Severity
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...structure import opens_after
from ...textutil import line_and_sentence_starts, text_lower, text_words
from .rules import speller_for
from .speller import TypoPack, VerbForms

_NEXT_WORD = re.compile(r"\s+([^\W\d_]{3,})(?![\w'’-])")
_FOLLOWER = re.compile(r"\s+([^\W\d_]+)")  # the word after a verb, of any length ('de', 'ze')
_T_FORM_MIN = 100  # how often stem+t must be in the word list: a verb form, not a rare word that happens to end in t
_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[.,;:!?()\"“”]")


class _Vocab:
    def __init__(self, data: VerbForms):
        low = lambda words: frozenset(w.lower() for w in words)  # noqa: E731
        self.auxiliaries = low(data.auxiliaries)
        self.prefixes = tuple(sorted({p.lower() for p in data.participle_prefixes}, key=len, reverse=True))
        self.breaks = low(data.clause_breaks)
        self.stem_of_t = {t.lower(): s.lower() for s, t in data.d_stems}
        self.t_of_stem = {s.lower(): t.lower() for s, t in data.d_stems}
        self.first = low(data.first_person)
        self.inverted = low(data.inverted_subjects) | self.first
        self.subjects = low(data.subjects)
        self.determiners = low(data.determiners)
        self.passive_auxiliaries = low(data.passive_auxiliaries)
        self.passive_agents = low(data.passive_agents)
        self.prepositions = low(data.prepositions)
        self.participle_verbs = low(data.participle_verbs)
        self.adverbs = low(data.adverbs)
        self.t_subjects = low(data.t_subjects)
        self.t_exempt = low(data.t_exempt)
        possessive = low(data.t_possessive_subjects)
        self.t_any_subjects = self.t_subjects | possessive
        # ' en u ', ' maar jij ', ' en je ': where a subject follows a conjunction that keeps the main clause's order,
        # and whether that subject is also a possessive ('je')
        self.t_after_openers = {f" {o} {s} ": s in possessive
                                for o in sorted(low(data.t_subject_openers)) for s in sorted(self.t_any_subjects)}
        self.t_verb_followers = low(data.t_verb_followers)
        self.bare = frozenset(self.t_of_stem)
        self.t_forms = frozenset(self.stem_of_t)
        self.first_t = re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, sorted(self.first))) + r")\s+("
                                  + "|".join(map(re.escape, sorted(self.t_forms))) + r")(?!\w)") \
            if self.first and self.t_forms else None


@register
class VerbForm(Rule):
    meta = RuleMeta(
        id="typo.verb_form",
        category=Category.TYPO,
        severity=Severity.WARNING,
        summary="Dutch d/t slips that only the sentence shows: 'hebben ... verstuurt' (verstuurd), 'het geld "
                "word' (wordt), 'ik vindt' (vind), and the -t left off after a subject ('U ontvang', ontvangt).",
        rationale="Both spellings are words, so no spelling list catches them, and Dutch readers notice them "
                  "first: a d/t error reads as careless in the way a typo does.",
        use_instead="Use the suggested form: -d for a participle after hebben/zijn, -dt or -t after hij/zij/het.",
        fix="unsafe",
        languages=("nl",),
        examples=(
            bad("We hebben je bestelling vandaag verstuurt en hij komt morgen aan.", "nl"),
            bad("Het geld word binnen vijf dagen teruggestort.", "nl"),
            bad("Ik vindt het vervelend dat het zo lang duurt.", "nl"),
            bad("U ontvang binnen een week een nieuwe pas.", "nl"),
            good("Als u mee wilt, kan dat. U kunt ook bellen.", "nl"),
            good("We hebben je bestelling vandaag verstuurd.", "nl"),
            good("Zodra hij het verstuurt, is het onderweg.", "nl"),
            good("Hoe word je lid? Dat vind ik een goede vraag.", "nl"),
            good("Wordt je pakket morgen bezorgd?", "nl"),
        ),
    )

    def _vocab(self, language: str) -> _Vocab | None:
        pack = self.ctx.packs.get("typo", language)
        data = pack.verb_form if isinstance(pack, TypoPack) else None
        return _Vocab(data) if data is not None else None

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        vocab = self.per_language(doc.language or "", self._vocab)
        if vocab is None:
            return
        text = doc.text
        # Most replies hold no d-stem verb and no word that could be a participle with the wrong ending:
        # their words (a cached set) say so without a walk over the tokens
        words = text_words(text)
        if vocab.first_t is not None and not vocab.t_forms.isdisjoint(words) and not vocab.first.isdisjoint(words):
            for m in vocab.first_t.finditer(text):  # 'ik vindt' ('wordt' itself is in most Dutch replies)
                yield self._hit(text, m.start(1), m.end(1), vocab.stem_of_t[m.group(1).lower()], "after 'ik'")
        if vocab.t_any_subjects and not vocab.t_any_subjects.isdisjoint(words):
            yield from self._stems_after_subjects(doc, vocab)
        low = text_lower(text)
        if vocab.bare.isdisjoint(words) and not any(self._suspect(doc, vocab, w, low) for w in words):
            return
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(low)]
        speller = None
        aux_open = False  # a form of hebben/zijn/worden earlier in this clause
        first = False  # 'ik' earlier in this clause: 'dat ik de beste word' is right
        sentence = 0  # the index of the sentence's first token
        subject = False  # the sentence opens with a subject other than 'ik' ('Uw bestelling is ...', 'Hij ...')
        opened = False  # a subordinate clause opened by a conjunction and a subject other than 'ik' ('als je ...')
        for i, (start, end, word) in enumerate(tokens):
            prev = tokens[i - 1][2] if i else ""
            nxt = tokens[i + 1][2] if i + 1 < len(tokens) else "."
            if i and "\n" in text[tokens[i - 1][1]:start]:
                sentence = i  # a new line starts a sentence ('Beste Sanne,\n\nUw bestelling ...')
            if not word[0].isalpha():
                aux_open = first = opened = False
                if word in ".!?":
                    sentence, subject = i + 1, False
                continue
            if i == sentence:
                subject = word in vocab.subjects or word in vocab.determiners and nxt[0].isalpha()
            if word in vocab.first:
                subject = False
            if text[start].isupper() and not opens_after(text, start, ".!?\n:"):
                continue  # 'Word' (the program), names
            if word in vocab.t_of_stem and nxt not in vocab.inverted and not first and \
                    (prev in vocab.subjects or _noun_subject(tokens, i, vocab)):
                yield self._hit(text, start, end, vocab.t_of_stem[word], "after its subject")
            elif word in vocab.t_of_stem and not first and _closes(nxt, vocab) and (
                    len(prev) > 4 and prev.startswith(vocab.prefixes) and prev.endswith(("d", "t")) or
                    opened and not aux_open):
                # at the end of a clause with no 'ik' in it, after a participle ('die donderdag geleverd word.') or
                # in a subordinate clause whose subject is another ('Als je het te duur vind, ...'): a subordinate
                # clause puts the verb last, and 'dat ik geholpen word', 'als ik het niet vind' keep the stem
                yield self._hit(text, start, end, vocab.t_of_stem[word], "at the end of its clause (not after 'ik')")
            elif word in vocab.t_of_stem and prev == "en" and subject and nxt not in vocab.inverted:
                # the subject left out after 'en' is the sentence's: 'Uw bestelling is verzonden en word morgen
                # bezorgd' (not 'Meld je aan en word lid', an imperative, nor 'Ik ben ziek en word ...')
                yield self._hit(text, start, end, vocab.t_of_stem[word], "after 'en' (its subject is the sentence's)")
            elif word.endswith("t") and word.startswith(vocab.prefixes) and \
                    (aux_open and (_closes(nxt, vocab) or nxt in vocab.passive_agents or nxt in vocab.prepositions) or
                     _passive_after(tokens, i, vocab)):
                # 'is verhuist.', 'is vertraagt door drukte' (the agent of a passive), 'is bevestigt voor
                # donderdag', 'is vanochtend verstuurt naar je' (a phrase after the participle), and in a subordinate
                # clause, where the auxiliary follows: 'dat hij vrijdag bezorgt wordt.'
                speller = speller or speller_for(doc)
                right = _d_form(word)
                if speller is not None and right in speller.words and (word.endswith("dt") or speller.known(word)):
                    yield self._hit(text, start, end, right, "as a participle (after hebben/zijn/worden)")
            elif word.endswith("d") and not aux_open and word.startswith(vocab.prefixes) and nxt[0].isalpha() and \
                    nxt not in vocab.auxiliaries and nxt not in vocab.passive_auxiliaries and not first and \
                    (prev in vocab.subjects or _noun_subject(tokens, i, vocab)):
                # the other way round: the participle for the present tense after its subject, with no auxiliary
                # in the clause ('Je betaald alleen een eigen risico', 'De maatschappij beoordeeld je aanvraag';
                # not 'Het is betaald', 'zodra het betaald is')
                speller = speller or speller_for(doc)
                right = word[:-1] + "t"
                if speller is not None and right in speller.words and speller.known(word):
                    yield self._hit(text, start, end, right, "after its subject (no hebben/zijn/worden before it)")
            if word in vocab.breaks:
                aux_open = first = opened = False
            elif prev in vocab.breaks and word in vocab.subjects and word not in vocab.first:
                opened = True
            if word in vocab.auxiliaries:
                aux_open = True
            if word in vocab.first:
                first = True

    @staticmethod
    def _stems_after_subjects(doc: ReplyDoc, vocab: _Vocab) -> Iterable[Hit]:
        """'U ontvang binnenkort een bevestiging': the stem for stem+t right after a subject that opens its clause
        and is never a possessive (``t_subjects``; 'je' is left out: 'Je pas is geblokkeerd'), or after a
        conjunction that keeps the main clause's order, where 'je' counts too when an object follows ('en je
        ontvang nog een bevestiging'). The stem is a word (the 'ik' form) and stem+t a frequent one; the d-stems
        are the walk's ('u word')."""
        # (the places are found from the reply's cached line and sentence starts and a few substring searches: an
        # expression over the whole text cost ~5% of a check's instructions)
        text = doc.text
        low = text_lower(text)
        if len(low) != len(text):
            return
        subjects = [s for s in vocab.t_subjects if s in text_words(text)]
        starts = [start + len(low[start:start + 8]) - len(low[start:start + 8].lstrip(" \t"))
                  for start in line_and_sentence_starts(text)]  # (past the spaces after a full stop)
        places = [start + len(s) for start in starts for s in subjects
                  if low.startswith(s, start) and low[start + len(s):start + len(s) + 1].isspace()]
        weak: set[int] = set()  # places after a subject that is also a possessive ('en je ...')
        for opener, possessive in vocab.t_after_openers.items():
            at = low.find(opener)
            while at >= 0:
                places.append(at + len(opener) - 1)
                if possessive:
                    weak.add(places[-1])
                at = low.find(opener, at + 1)
        speller = None
        stopwords = doc.packs.word_set("core", doc.language or "", "stopwords")  # ('U pas morgen', 'Hij bij ...')
        for place in places:
            m = _NEXT_WORD.match(text, place)
            if m is None:
                continue
            word = m.group(1)
            lw = word.lower()
            if lw in vocab.t_exempt or lw in stopwords and lw not in vocab.auxiliaries or lw in vocab.t_of_stem or \
                    lw.endswith("t") or word[:1].isupper():
                continue
            if place in weak:
                after = _FOLLOWER.match(text, m.end(1))
                if after is None or after.group(1).lower() not in vocab.t_verb_followers:
                    continue  # 'en je werk is klaar': a possessive before a noun
            speller = speller or speller_for(doc)
            if speller is not None and speller.words.get(lw + "t", 0) >= _T_FORM_MIN and lw in speller.words:
                subject = text[:place].rstrip().rsplit(None, 1)[-1]
                yield VerbForm._hit(text, m.start(1), m.end(1), lw + "t", f"after '{subject}'")

    @staticmethod
    def _suspect(doc: ReplyDoc, vocab: _Vocab, word: str, low: str) -> bool:
        """A participle-shaped word ending in t whose -d form is also a word ('verstuurt', 'gebeurt'), or ending in d
        whose -t form is ('betaald', 'beoordeeld') and that stands right after a subject (most Dutch replies hold a
        participle in -d, after an auxiliary: 'is verstuurd')."""
        if len(word) < 5 or word[-1] not in "td" or not word.startswith(vocab.prefixes):
            return False
        speller = speller_for(doc)
        if word[-1] == "t":
            return speller is not None and _d_form(word) in speller.words  # (participles are in the list as such)
        return speller is not None and word[:-1] + "t" in speller.words and _after_a_subject(low, word, vocab)

    @staticmethod
    def _hit(text: str, start: int, end: int, right: str, where: str) -> Hit:
        written = text[start:end]
        right = right[:1].upper() + right[1:] if written[:1].isupper() else right
        return Hit(start, end, f"'{written}' should be '{right}' {where} (d/t)", suggestions=[right],
                   fix=Fix(replacement=right, safe=False, description="use the right verb ending"), confidence=0.75)


def _after_a_subject(low: str, word: str, vocab: _Vocab) -> bool:
    """Whether ``word`` occurs right after a subject pronoun, or two or three words after a determiner ('je betaald',
    'de maatschappij beoordeeld'): where the check's walk would look at it."""
    pos = low.find(word)
    while pos >= 0:
        before = _WORDS_BEFORE.findall(low, max(0, pos - 40), pos)
        if before and (before[-1] in vocab.subjects or vocab.determiners.intersection(before[-3:-1])):
            return True
        pos = low.find(word, pos + 1)
    return False


_WORDS_BEFORE = re.compile(r"[^\W\d_]+")


def _passive_after(tokens: list[tuple[int, int, str]], i: int, vocab: _Vocab) -> bool:
    """A form of worden, zijn or hebben right after the word, closing the clause, as a subordinate clause puts them:
    'dat hij vrijdag bezorgt wordt.', 'dat de doos beschadigt was.' ('alles wat hij verstuurt wordt gecontroleerd',
    'wat je betaalt is de prijs' go on, and are right)."""
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) else ""
    after = tokens[i + 2][2] if i + 2 < len(tokens) else "."
    return (nxt in vocab.passive_auxiliaries or nxt in vocab.auxiliaries) and not after[0].isalpha()


def _closes(nxt: str, vocab: _Vocab) -> bool:
    """Whether the next token ends the clause, where a Dutch participle stands."""
    return not nxt[0].isalpha() or nxt in vocab.breaks or nxt in vocab.auxiliaries


def _noun_subject(tokens: list[tuple[int, int, str]], i: int, vocab: _Vocab) -> bool:
    """'het geld word': a determiner and a noun right before the verb, or with an inflected adjective
    between them ('je nieuwe zorgpas word': the -e of an adjective before a noun)."""
    if i < 2 or not tokens[i - 1][2][0].isalpha() or tokens[i - 1][2] in vocab.subjects or \
            tokens[i - 1][2] in vocab.participle_verbs or tokens[i - 1][2] in vocab.adverbs:
        return False  # ('De installatie staat gepland', 'dat hier betaald parkeren geldt')
    if tokens[i - 2][2] in vocab.determiners:
        return True
    adjective = tokens[i - 2][2]
    return i >= 3 and tokens[i - 3][2] in vocab.determiners and len(adjective) > 3 and adjective.endswith("e") \
        and adjective not in vocab.subjects and adjective not in vocab.determiners


def _d_form(word: str) -> str:
    """The word with its final t (or dt) written d: 'verstuurt' -> 'verstuurd', 'verbrandt' -> 'verbrand'."""
    return word[:-2] + "d" if word.endswith("dt") else word[:-1] + "d"
