"""Generated replies of realistic length (200-1,500 characters), mixed English, Dutch and Arabic, for the
speed benchmarks.

Sentences are drawn from small pools in which about one sentence in four has a problem (a promise, blame,
a misspelling, a request for card data...), so nearly every reply holds several: ~7.8 findings a reply,
far more than real traffic, where most replies are clean. Every finding costs (suggestions, the finding,
its message), so this is the expensive end. ``generate(..., clean=True)`` draws only from the sentences
without a problem (``PROBLEMS`` lists the others; tests/test_benchmarks.py checks both lists against the
linter): the cheap end. Real traffic lies between the two."""

from __future__ import annotations

import random

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
    "Thanks for getting in touch about your order.",  # on its own, a reply of thanks only: canned.generic
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
    rng = random.Random(seed)
    pools = {lang: [s for s in sentences if not (clean and s in PROBLEMS)] for lang, sentences in SENTENCES.items()}
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
