"""The lexicon-backed ``toxicity.*`` rules, one per category.

The lexicon scans each reply once (shared through ``doc.memo``); each rule
reports its category. Insults count fully when aimed at someone ("you
idiot"); an insulting word about a thing ("this stupid form") is a warning.
On a public channel every finding is an error.
"""

from __future__ import annotations

from typing import ClassVar, Iterable

from ...document import ReplyDoc
from ...models import Category, Severity
from ...packs import PackStore
from ...registry import register
from ...rule import Hit, Rule, RuleMeta, bad, good
from .lexicon import Lexicon, LexHit, ToxicityPack

LANGUAGES = ("en", "nl", "ar")


def lexicon_for(packs: PackStore, language: str | None) -> Lexicon | None:
    lang = language or ""

    def build() -> Lexicon | None:
        pack = packs.get("toxicity", lang) if lang else None
        if not isinstance(pack, ToxicityPack):
            return None
        return Lexicon(pack, lang, packs.word_set("core", lang, "stopwords"))

    return packs.derived(("toxicity.lexicon", lang), build)


def is_toxic_word(doc: ReplyDoc, word: str) -> bool:
    """Whether the reply language's lexicon knows ``word`` (other families ask: a swear word is neither a
    misspelling, a spelling to suggest, nor a name)."""
    lexicon = lexicon_for(doc.packs, doc.language)
    return lexicon is not None and lexicon.lookup(word) is not None


def lexicon_hits(doc: ReplyDoc) -> list[LexHit]:
    """The lexicon's hits for this reply (scanned once, shared by all toxicity rules)."""
    def scan() -> list[LexHit]:
        lex = lexicon_for(doc.packs, doc.language)
        return lex.scan(doc.text) if lex is not None else []

    return doc.memo("toxicity.lexicon", scan)


_MESSAGES = {
    "insult": "insult{term}{aimed}: rephrase without judging the customer",
    "profanity": "swearing{term}: remove it",
    "threat": "threatening language{term}: never threaten a customer",
    "identity_attack": "attack on a group or slur{term}: remove it and escalate",
    "obscene": "sexual or obscene language{term}: remove it",
}


class LexiconRule(Rule):
    category: ClassVar[str]

    def check(self, doc: ReplyDoc) -> Iterable[Hit]:
        for h in lexicon_hits(doc):
            if h.category != self.category:
                continue
            severity = h.severity
            if self.category == "insult" and not h.addressed and " " not in h.term:
                severity = Severity.WARNING  # "this stupid form": unprofessional, not aimed at the customer
            if doc.is_public:
                severity = Severity.ERROR
            term = f" ('{doc.text[h.start:h.end]}')" if self.category != "threat" else ""
            aimed = " aimed at the customer" if h.addressed else ""
            message = _MESSAGES[self.category].format(term=term, aimed=aimed)
            if doc.is_public:
                message += " (this channel is public)"
            yield Hit(h.start, h.end, message, severity=severity, confidence=0.9 if h.addressed else 0.8)


def _meta(id: str, summary: str, rationale: str, examples) -> RuleMeta:
    return RuleMeta(id=id, category=Category.TOXICITY, severity=Severity.ERROR, summary=summary, rationale=rationale,
                    languages=LANGUAGES, examples=tuple(examples),
                    use_instead="Say what happened and what you will do, without judging the customer.")


@register
class Insult(LexiconRule):
    category = "insult"
    meta = _meta(
        "toxicity.insult",
        "Insults and name-calling, inflected, compounded or obfuscated ('idiot', 'st*pid', 'sukkels', 'يا غبي').",
        "An insult from an agent is the fastest way to a screenshot that damages the brand; it is never "
        "acceptable, however rude the customer was.",
        [bad("Maybe read the instructions before tweeting, you idiot."),
         bad("You st*pid 1d10t, it says so on the box."),
         bad("Doe even normaal, sukkel.", "nl"),
         bad("Jij bent echt een klootzak.", "nl"),
         bad("أنت غبي ولا تفهم شيئاً.", "ar"),
         bad("يا حمار، اقرأ التعليمات.", "ar"),
         good("Our assistant in Scunthorpe will call you."),
         good("Don't be fooled by phishing e-mails asking for your password."),
         good("Hij sukkelt al weken met zijn gezondheid, dus we sturen een nieuwe.", "nl"),
         good("We have dog food and cat toys in stock for your dog."),
         good("عبد الله من فريقنا سيتصل بك.", "ar")],
    )


@register
class Profanity(LexiconRule):
    category = "profanity"
    meta = _meta(
        "toxicity.profanity",
        "Swearing, strong (error) or mild (warning), including Dutch curse compounds ('kutklant', 'klotebedrijf').",
        "Swearing in a reply reads as contempt, whoever it is aimed at.",
        [bad("Stop wasting my time with this shit."),
         bad("This is f.u.c.k.i.n.g ridiculous."),
         bad("Ga lekker ergens anders shoppen, kutklant.", "nl"),
         bad("Wat een klotebedrijf is dit ook.", "nl"),
         bad("تبا لهذا النظام.", "ar"),
         good("That's a damn good question, and here is the answer."),
         good("You can kill the process in the task manager."),
         good("Het kankeronderzoek wordt door ons gesteund.", "nl")],
    )


@register
class Threat(LexiconRule):
    category = "threat"
    meta = _meta(
        "toxicity.threat",
        "Threats of violence or harm, as phrase patterns ('I know where you live', 'ik maak je af', 'ستندم').",
        "A threat is a reason to fire an agent and can be a crime; it must never leave the building.",
        [bad("Keep this up and I'll find you."),
         bad("I know where you live."),
         bad("Nog één keer en ik maak je af.", "nl"),
         bad("سوف تندم على هذا.", "ar"),
         good("Kill the app and restart it to apply the update."),
         good("You will find the invoice in your account."),
         good("Je gaat ervan genieten!", "nl")],
    )


@register
class IdentityAttack(LexiconRule):
    category = "identity_attack"
    meta = _meta(
        "toxicity.identity_attack",
        "Slurs and attacks on people for their ethnicity, religion, sexuality or disability.",
        "Discriminating language harms people and is unlawful in many jurisdictions; no context makes it acceptable "
        "in a customer reply.",
        [bad("Go back to your country."),
         bad("Stop acting like a retard."),
         bad("Ga terug naar je eigen land.", "nl"),
         bad("ارجع إلى بلدك.", "ar"),
         good("We ship to every country in the EU."),
         good("Onze medewerkers spreken Turks en Arabisch.", "nl")],
    )


@register
class Obscene(LexiconRule):
    category = "obscene"
    meta = _meta(
        "toxicity.obscene",
        "Sexual and obscene language.",
        "Sexual language in a reply is harassment of the customer.",
        [bad("Suck my dick."),
         bad("Wat een slet.", "nl"),
         bad("يا شرموطة", "ar"),
         good("The cocktail glasses ship tomorrow."),
         good("The analysis is attached.")],
    )
