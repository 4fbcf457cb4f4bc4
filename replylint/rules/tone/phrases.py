"""Phrase-pattern tone rules: blame, dismissive, condescending, sarcasm, commitment.

Each rule's phrasing lives in ``rules/tone/<lang>.yaml`` as token patterns
(:mod:`replylint.patterns`), matched on the spaCy ``Doc`` of the agent's
text. All five rules share one matcher per language and one match per reply.
Apologies and empathy are never patterns here: "sorry", "excuses", "نعتذر"
are good service.
"""

from __future__ import annotations

import re

from collections import Counter
from typing import ClassVar, Iterable, Iterator

from pydantic import Field, field_validator

from ...document import ReplyDoc
from ...langdata import CorePack
from ...learned import TOKEN, features, without_names
from ...models import Category, Severity
from ...packs import PackModel, compiled_regexes, pack_schema
from ...patterns import PatternSet, match_reply, validate_patterns
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from ...textutil import text_lower

LABELS = ("blame", "dismissive", "condescending", "sarcasm", "commitment", "safe")
# what a reply can be faulted for (commitment is a note, safe phrasings are never reported)
PROBLEMS = frozenset({"blame", "dismissive", "condescending", "sarcasm"})


@pack_schema("tone")
class TonePack(PackModel):
    blame: list[str] = Field(default_factory=list, description="Token patterns: the customer is at fault.")
    dismissive: list[str] = Field(default_factory=list, description="Token patterns: brushing the customer off.")
    condescending: list[str] = Field(default_factory=list, description="Token patterns: talking down.")
    sarcasm: list[str] = Field(default_factory=list, description="Token patterns: stock sarcastic phrases.")
    commitment: list[str] = Field(default_factory=list, description="Token patterns: promises that may need approval.")
    safe: list[str] = Field(default_factory=list,
                            description="Token patterns that are never a tone problem, though a shorter pattern "
                                        "matches inside them: an apology that negates the blame ('ما كان المفروض "
                                        "يصير', this should not have happened). The longest match wins, and these "
                                        "are not reported.")
    tautology_links: list[str] = Field(
        default_factory=list,
        description="Verbs that join a word to itself in a tautology that closes the matter ('Fees are fees.', "
                    "'Regels zijn regels.'), reported as a brush-off: a token pattern cannot say 'the same word "
                    "again'. The same word must stand on both sides, the second one (after an article of "
                    "`tautology_articles`, if any) closing the sentence.")
    tautology_articles: list[str] = Field(default_factory=list,
                                          description="Articles allowed before the repeated word ('a deal is a deal').")
    tautologies: list[str] = Field(
        default_factory=list,
        description="Regular expressions over the lower-cased reply for tautologies without a joining verb "
                    "('الرسوم رسوم'), reported like `tautology_links`. Start each with a literal: it runs on every "
                    "reply in the language.")
    acronyms: list[str] = Field(default_factory=list, description="Capitalised words that are not shouting.")
    formal_pronouns: list[str] = Field(default_factory=list, description="Formal address (nl: u, uw).")
    informal_pronouns: list[str] = Field(default_factory=list, description="Informal address (nl: je, jij, jouw).")
    generic_je: list[str] = Field(default_factory=list, description="Fixed phrases where 'je' addresses nobody.")
    formal_titles: list[str] = Field(default_factory=list,
                                     description="Titles that address the customer formally in the greeting "
                                                 "('Goedemiddag mevrouw Visser,'): with informal pronouns after "
                                                 "them, the reply mixes forms. Only the greeting line counts "
                                                 "('bij je buurvrouw, mevrouw Kok' names someone else).")

    @field_validator("blame", "dismissive", "condescending", "sarcasm", "commitment", "safe")
    @classmethod
    def _syntax(cls, patterns: list[str]) -> list[str]:
        return validate_patterns(patterns)

    @field_validator("tautologies")
    @classmethod
    def _regex(cls, patterns: list[str]) -> list[str]:
        compiled_regexes(patterns)
        return patterns


def _required_word(pattern: str) -> str:
    """The longest word of three letters or more that ``pattern`` spells out outside any group (every match holds
    it), or "" when there is none: 'when' in ``(?:it|they)...\\s+when\\s+...``."""
    best, depth, i = "", 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return ""  # alternatives at the top: no word is in every match
        elif ch == "[":
            i = pattern.find("]", i + 2) + 1 or len(pattern)  # (a class is one character)
            continue
        elif depth == 0 and ch.isalpha():
            j = i
            while j < len(pattern) and pattern[j].isalpha():
                j += 1
            if j - i >= 3 and j - i > len(best) and pattern[j:j + 1] not in ("?", "*", "+", "{"):
                best = pattern[i:j]
            i = j
            continue
        i += 1
    return best


class _Tautology:
    """A pack's tautologies, compiled: the joining verbs are found first (a literal scan), and only the words
    around each occurrence are compared; the other expressions run as given."""

    def __init__(self, pack: TonePack):
        links = sorted(pack.tautology_links, key=len, reverse=True)
        # the joining verb first, then the blank before it (see _links): an expression that starts with a blank
        # is tried at every space of a reply
        self.links = re.compile(r"(?:" + "|".join(map(re.escape, links)) + r")[ \t]+") if links else None
        self.articles = frozenset(a.lower() for a in pack.tautology_articles)
        # (each compiled on its own: joined, a back-reference would name another expression's group; each with a
        # word it cannot match without, looked for first: most replies have none of them)
        self.others = [(_required_word(p), re.compile(p)) for p in pack.tautologies]

    def spans(self, low: str) -> list[tuple[int, int]]:
        out = []
        if self.links is not None:
            for start, end in self._links(low):
                before = _LAST_WORD.search(low, max(0, start - 40), start)
                after = _NEXT_WORDS.match(low, end)
                if before is None or after is None or len(before.group()) < 3:
                    continue
                # the repeated word, after an article if there is one; the sentence must close right after it
                if after.group(1) in self.articles and after.group(2):
                    word, end = after.group(2), after.end(2)
                else:
                    word, end = after.group(1), after.end(1)
                if word == before.group() and _CLOSES.match(low, end):
                    out.append((before.start(), end))
        if self.others:
            out += [(m.start(), m.end()) for word, expression in self.others if word in low
                    for m in expression.finditer(low)]
            # ('what's done is done' is one tautology, not that and 'done is done')
            out = [(s, e) for s, e in out if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in out)]
        return out

    def _links(self, low: str) -> Iterator[tuple[int, int]]:
        """What ``[ \\t]+(?:links)[ \\t]+`` finds: a joining verb with blanks on both sides, the match starting
        at the first blank before it (or where the last match ended)."""
        assert self.links is not None
        pos = 0
        m = self.links.search(low)
        while m is not None:
            verb = start = m.start()
            while start > pos and low[start - 1] in " \t":
                start -= 1
            if start < verb:
                yield start, m.end()
                pos = m.end()
                m = self.links.search(low, pos)
            else:  # (inside a word, or right after the last match)
                m = self.links.search(low, verb + 1)


_LAST_WORD = re.compile(r"[^\W\d_]+$")
_NEXT_WORDS = re.compile(r"([^\W\d_]+)(?:[ \t]+([^\W\d_]+))?")
_CLOSES = re.compile(r"[ \t]*(?:[.!;\n]|$)")


def _tautologies(doc: ReplyDoc) -> _Tautology | None:
    lang = doc.language or ""

    def build() -> _Tautology | None:
        pack = doc.packs.get("tone", lang) if lang else None
        if not isinstance(pack, TonePack) or not (pack.tautology_links or pack.tautologies):
            return None
        return _Tautology(pack)

    return doc.packs.derived(("tone.tautologies", lang), build)


def pattern_set(doc: ReplyDoc) -> PatternSet | None:
    lang = doc.language or ""

    def build() -> PatternSet | None:
        pack = doc.packs.get("tone", lang) if lang else None
        if not isinstance(pack, TonePack):
            return None
        core = doc.packs.get("core", lang)
        patterns = PatternSet(lang, core.stopwords if isinstance(core, CorePack) else ())
        for label in LABELS:
            patterns.add(label, getattr(pack, label))
        return patterns

    return doc.packs.derived(("tone.patterns", lang), build)


def tone_matches(doc: ReplyDoc) -> list[tuple[str, int, int]]:
    """All tone pattern matches of the reply (computed once, shared by the five rules)."""
    def run() -> list[tuple[str, int, int]]:
        patterns = pattern_set(doc)
        found = match_reply(patterns, doc) if patterns is not None else []
        tautology = _tautologies(doc)
        if tautology is not None:
            low = text_lower(doc.text)
            if len(low) == len(doc.text):
                extra = [("dismissive", s, e) for s, e in tautology.spans(low)
                         if not any(a < e and s < b for _, a, b in found)]
                if extra:
                    found = sorted(found + extra, key=lambda x: x[1])
        return found

    return doc.memo("tone.matches", run)


def model_features(doc: ReplyDoc) -> Counter[str]:
    """The features the models (tone.unprofessional, toxicity.abusive) read, computed once per reply."""
    return doc.memo("tone.model_features", lambda: features(model_text(doc)))


def model_text(doc: ReplyDoc) -> str:
    """What the models read of a reply: its words without its safe phrasings, whose words are those of the blame
    they negate ('ما كان المفروض يصير', this should not have happened: 'كان المفروض' is how blame starts), and
    without the names of its context. Training reads the labelled replies the same way
    (benchmarks/train_models.py): trained on whole replies, a model met at check time the rest of a sentence it
    had only seen with its safe phrase ('أفهم ليش كان الموضوع محير،' without 'كان المفروض الملصق أوضح')."""
    text = doc.text
    safe = [(s, e) for label, s, e in tone_matches(doc) if label == "safe"]
    for s, e in reversed(safe):
        text = text[:s] + " " + text[e:]
    if safe and len(TOKEN.findall(text)) < _MIN_WORDS_BESIDE_SAFE:
        return ""  # 'Eerlijk gezegd [zou ik ook geïrriteerd zijn].': 'honestly' alone is no evidence
    return without_names(text, (doc.customer.name, doc.company.name))


_MIN_WORDS_BESIDE_SAFE = 3  # words a reply needs outside its safe phrasings for the models to judge it


def tone_problem_found(doc: ReplyDoc) -> bool:
    """Whether a phrase rule reports blame, a brush-off, talking down or sarcasm in the reply (the models
    of tone.unprofessional and toxicity.abusive stay quiet then)."""
    return any(label in PROBLEMS for label, _, _ in tone_matches(doc))


class PatternRule(Rule):
    label: ClassVar[str]
    message: ClassVar[str]

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        for label, start, end in tone_matches(doc):
            if label == self.label:
                yield Hit(start, end, self.message.format(text=doc.text[start:end]), confidence=0.8)


def _meta(id: str, summary: str, rationale: str, examples, severity=Severity.WARNING, use_instead=None) -> RuleMeta:
    return RuleMeta(id=id, category=Category.TONE, severity=severity, summary=summary, rationale=rationale,
                    languages=("en", "nl", "ar"), examples=tuple(examples), use_instead=use_instead)


@register
class Blame(PatternRule):
    label = "blame"
    message = "blames the customer ('{text}'): explain what happened without pointing at them"
    meta = _meta(
        "tone.blame",
        "The customer is made out to be at fault: 'as I already told you', 'you should have checked', "
        "'zoals ik al zei', 'had u beter gekeken', 'هذا خطؤك'.",
        "Blame escalates a complaint: the customer came for help, not a verdict. Even when they missed "
        "something, say what happened and what happens next.",
        [bad("As I already explained in my last email, the router was delivered on Friday."),
         bad("Like I said, the refund takes 5 days."),
         bad("You should have checked with your neighbours before contacting us."),
         bad("Zoals ik al eerder heb uitgelegd, staat de factuur in uw account.", "nl"),
         bad("Had u even beter gekeken, dan had u ons niet hoeven mailen.", "nl"),
         bad("هذا خطؤك، كان عليك أن تقرأ الشروط.", "ar"),
         good("You should have received an e-mail with the tracking link."),
         good("As you mentioned, the parcel arrived damaged; I've sent a replacement."),
         good("Zoals beloofd stuur ik je hierbij de factuur.", "nl"),
         good("نعتذر عن التأخير، سنرسل لك بديلاً.", "ar")],
        use_instead="'The router was delivered on Friday; could you check with your neighbours? If it's not there, "
                    "I'll open a trace.'",
    )


@register
class Dismissive(PatternRule):
    label = "dismissive"
    message = "brushes the customer off ('{text}'): say what you can do instead"
    meta = _meta(
        "tone.dismissive",
        "Brushing the customer off: 'that's not our problem', 'nothing we can do', 'daar kunnen wij niks aan "
        "doen', 'ليست مشكلتنا'.",
        "A brush-off tells the customer they are on their own; there is always a next step to offer.",
        [bad("That's not our problem."),
         bad("There is nothing we can do about it."),
         bad("Daar kunnen wij ook niks aan doen.", "nl"),
         bad("هذه ليست مشكلتنا", "ar"),
         good("The courier caused the delay; I've asked them for a new delivery slot."),
         good("We'll deal with it today and let you know."),
         good("Whatever works best for you: e-mail or phone."),
         good("Daar gaan we direct mee aan de slag.", "nl")],
    )


@register
class Condescending(PatternRule):
    label = "condescending"
    message = "talks down to the customer ('{text}')"
    meta = _meta(
        "tone.condescending",
        "Talking down: 'it's really not that hard', 'even a child can', 'dat is toch niet zo moeilijk', "
        "'الأمر ليس صعباً'.",
        "Condescension makes the customer feel stupid for asking; the question is usually a sign the product "
        "or the instructions are unclear.",
        [bad("It's really not that hard: dial 121 and follow the prompts."),
         bad("Even a child could set this up."),
         bad("Dat is toch niet zo moeilijk.", "nl"),
         bad("الأمر ليس صعباً لهذه الدرجة.", "ar"),
         good("It's easy to return an item: print the label and drop it at a post office."),
         good("Setting up voicemail takes a minute: dial 121 and follow the prompts.")],
    )


@register
class Sarcasm(PatternRule):
    label = "sarcasm"
    message = "reads as sarcastic ('{text}')"
    meta = _meta(
        "tone.sarcasm",
        "Stock sarcastic phrases: 'oh great', 'good luck with that', 'thanks for nothing', 'wat fijn dat je het "
        "ook eens meldt', 'شكراً على لا شيء'.",
        "Sarcasm does not survive in writing: the customer reads contempt, and it is screenshotted.",
        [bad("Good luck with that."),
         bad("Oh great, another complaint."),
         bad("Wat fijn dat je het ook eens meldt.", "nl"),
         bad("شكراً على لا شيء", "ar"),
         good("Good luck with the move, and welcome to your new home!"),
         good("Great, your order is confirmed."),
         good("Fijn dat het gelukt is!", "nl")],
    )


@register
class Commitment(PatternRule):
    label = "commitment"
    message = "commitment that may need approval: '{text}'"
    meta = _meta(
        "tone.commitment",
        "Promises that may need approval: guarantees, refunds, compensation, deadlines ('within 24 hours', "
        "'gegarandeerd', 'نضمن لك').",
        "A promise in writing binds the company: guarantees, compensation and deadlines should be ones the "
        "agent is allowed to make. Reported as info; raise it to warning with `severity`.",
        [bad("We guarantee it will arrive tomorrow."),
         bad("You will receive a full refund within 24 hours."),
         bad("Wij garanderen levering binnen 24 uur.", "nl"),
         bad("نضمن لك استرداد المبلغ كاملاً خلال 24 ساعة.", "ar"),
         good("I've asked the warehouse to check the stock and will update you."),
         good("Ik heb het magazijn gevraagd om de voorraad te controleren.", "nl")],
        severity=Severity.INFO,
    )
