"""Generated replies of realistic length (200-1,500 characters), mixed English, Dutch and Arabic, for the
speed benchmarks.

Sentences are drawn from small pools in which about one sentence in four has a problem (a promise, blame,
a misspelling, a request for card data...), so nearly every reply holds several: ~7.8 findings a reply,
far more than real traffic, where most replies are clean. Every finding costs (suggestions, the finding,
its message), so this is the expensive end. ``generate(..., clean=True)`` draws only from the sentences
without a problem (``PROBLEMS`` lists the others; tests/test_benchmarks.py checks both lists against the
linter): the cheap end. Real traffic lies between the two.

The pools hold about a hundred distinct words per language, so every cache keyed by a word (the speller's, the
lexicon's clean words, the Arabic norms) is hit on nearly every word, which real replies do not allow.
:func:`varied` draws instead from the sentences of the ~3,800 labelled replies in
``tests/fixtures/phrasings.jsonl`` (written in ~200 scenarios, tens of thousands of distinct words): replies
of the same lengths whose wording a linter has mostly not seen before. Most of those replies were written to
have a problem, so ``clean=True`` draws only from the replies with no label."""

from __future__ import annotations

import json
import random
import re
from functools import lru_cache
from pathlib import Path

SENTENCES = {
    "en": [
        "Thanks for getting in touch about your order.", "I've checked the tracking and the parcel left our "
        "warehouse this morning.", "It should arrive within two working days.", "If it doesn't, just reply to "
        "this email and I'll open an investigation with the courier.", "Your refund of the delivery costs has been "
        "approved.", "The engineer will visit on Thursday between 9am and 1pm.", "You don't need to be at home "
        "for the line test.", "I've switched your plan to the 50GB bundle from your next billing date.",
        "Your card ending in 4821 will be charged the new amount then.", "Sorry for the trouble this has caused.",
        "We have recieved your return and the refund will be processed untill Friday.", "As I already told you, "
        "the router was delivered on Friday.", "Please type your full card number here in the chat.",
        "You can reset your password via the link in the app.", "Is there anything else I can help with?",
    ],
    "nl": [
        "Bedankt voor je bericht over je bestelling.", "Ik heb bij PostNL nagevraagd waar het pakket is.",
        "Het ligt bij het afhaalpunt aan de Dorpsstraat.", "Lukt het niet om het daar op te halen?",
        "Laat het me weten, dan stuur ik kosteloos een nieuw exemplaar.", "Je terugbetaling wordt binnen drie "
        "werkdagen verwerkt.", "Uw bestelling is nog niet verzonden, dus ik kan de maat voor u aanpassen.",
        "Welke maat wilt u graag ontvangen?", "De bezorgers bellen je ongeveer een half uur van tevoren.",
        "Zoals ik al eerder heb uitgelegd, staat de factuur in uw account.", "Je bank wordt volgnde week geleverd.",
        "Vervelend dat het zo lang duurt, excuses daarvoor.", "Met vriendelijke groet, Sanne van Klantenservice.",
    ],
    "ar": [
        "شكراً لتواصلك معنا بخصوص طلبك.", "طلبك في الطريق وسيصل غداً بين العاشرة صباحاً والثانية ظهراً.",
        "يمكنك استبدال المقاس مجاناً خلال ١٤ يوماً من تاريخ الاستلام.", "أرسلت لك رابط الاستبدال على بريدك المسجل.",
        "نعتذر عن التأخير في الشحن.", "سيتم استرداد المبلغ خلال ثلاثة أيام عمل.", "هل هناك أي شيء آخر يمكنني "
        "مساعدتك به؟", "هذه ليست مشكلتنا، كان عليك أن تقرأ شروط الشحن.", "من فضلك أرسل لي رقم الهوية هنا.",
    ],
}
# the pool sentences replylint reports something in (with the default profile); the rest are clean
PROBLEMS = frozenset([
    "It should arrive within two working days.",
    "We have recieved your return and the refund will be processed untill Friday.",
    "As I already told you, the router was delivered on Friday.",
    "Please type your full card number here in the chat.",
    "Laat het me weten, dan stuur ik kosteloos een nieuw exemplaar.",
    "Je terugbetaling wordt binnen drie werkdagen verwerkt.",
    "Zoals ik al eerder heb uitgelegd, staat de factuur in uw account.",
    "Je bank wordt volgnde week geleverd.",
    "يمكنك استبدال المقاس مجاناً خلال ١٤ يوماً من تاريخ الاستلام.",
    "سيتم استرداد المبلغ خلال ثلاثة أيام عمل.",
    "هذه ليست مشكلتنا، كان عليك أن تقرأ شروط الشحن.",
    "من فضلك أرسل لي رقم الهوية هنا.",
])
GREETINGS = {"en": "Hi {name},\n\n", "nl": "Beste {name},\n\n", "ar": "مرحباً {name}،\n\n"}
NAMES = {"en": ["Maria", "Dev", "Grace", "Oliver"], "nl": ["Jan", "Sanne", "Kees", "Femke"],
         "ar": ["أحمد", "سارة", "خالد", "منى"]}


def generate(n: int, seed: int = 1, clean: bool = False) -> list[dict]:
    pools = {lang: [s for s in sentences if not (clean and s in PROBLEMS)] for lang, sentences in SENTENCES.items()}
    return _compose(n, seed, pools)


def _compose(n: int, seed: int, pools: dict[str, list[str]]) -> list[dict]:
    """``n`` replies of 200-1,500 characters: a greeting with a name, then sentences drawn from the language's
    pool; the language given for half of them, a channel and the context (the customer's name, an incoming
    message from the same pool)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lang = rng.choice(["en", "en", "nl", "ar"])
        name = rng.choice(NAMES[lang])
        target = rng.randint(200, 1500)
        text = GREETINGS[lang].format(name=name)
        while len(text) < target:
            text += rng.choice(pools[lang]) + " "
        out.append({"id": str(i), "text": text.strip(), "language": lang if rng.random() < 0.5 else None,
                    "channel": rng.choice(["email", "chat", "social_public", "sms", "whatsapp"]),
                    "context": {"customer": {"name": name}, "incoming": rng.choice(pools[lang])}})
    return out

_FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "phrasings.jsonl"
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+")


@lru_cache(maxsize=2)
def _fixture_sentences(clean: bool) -> dict[str, list[str]]:
    """The sentences of the labelled replies, per language (with ``clean``, of the replies without a label).
    Lines that open or close a reply ('Hi Martin,', 'Regards, Beth') are left out: each reply gets one of
    each."""
    pools: dict[str, list[str]] = {"en": [], "nl": [], "ar": []}
    seen: set[str] = set()
    with _FIXTURES.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("language") not in pools or (clean and record.get("labels")):
                continue
            for sentence in _SENTENCE_END.split(record["text"]):
                sentence = sentence.strip()
                if len(sentence) >= 12 and not sentence.endswith((",", "،")) and sentence not in seen:
                    seen.add(sentence)
                    pools[record["language"]].append(sentence)
    return pools


def varied(n: int, seed: int = 1, clean: bool = False) -> list[dict]:
    """Like :func:`generate` (same lengths, languages, channels and fields), with sentences drawn from the
    labelled replies of the test fixtures: a vocabulary the word caches have not seen."""
    return _compose(n, seed, _fixture_sentences(clean))

CORPORA = {"generated": generate, "varied": varied}
"""The reply sources the speed benchmarks can use, by name."""
