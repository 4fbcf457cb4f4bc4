import pytest
from hypothesis import given, settings, strategies as st

from replylint import Config, Linter, Severity

# the phrase and surface rules: tone.unprofessional (a model, trained on this file's clean sentences among
# others: tests/fixtures/tone_neighbours.jsonl) has its own tests and its measured error rates
LINTER = Linter(select=["tone"], ignore=["tone.unprofessional"])


def tone(text, language, rule=None, **kw):
    report = LINTER.check(text, language=language, **kw)
    return [(f.rule.split(".")[1], text[f.start:f.end]) for f in report.findings
            if rule is None or f.rule == f"tone.{rule}"]


@pytest.mark.parametrize("text,lang", [
    ("As I already told you, the parcel left on Monday.", "en"),
    ("As I've told you before, the parcel left on Monday.", "en"),
    ("Like I said, the parcel left on Monday.", "en"),
    ("As previously explained, the parcel left on Monday.", "en"),
    ("You should've read the confirmation e-mail.", "en"),
    ("If you had read the terms, you would know.", "en"),
    ("This is entirely your own fault.", "en"),
    ("You failed to update your address.", "en"),
    ("You were supposed to check the size chart.", "en"),
    ("Zoals ik al zei, het pakket is maandag verstuurd.", "nl"),
    ("Zoals eerder aangegeven is de retourtermijn 14 dagen.", "nl"),
    ("Had je beter gelezen, dan wist je dat.", "nl"),
    ("U had dat zelf moeten controleren.", "nl"),
    ("Dat is echt je eigen schuld.", "nl"),
    ("هذا خطؤك.", "ar"),
    ("كما قلت لك سابقاً، الطلب في الطريق.", "ar"),
    ("كان عليك أن تتأكد من العنوان.", "ar"),
    ("You clearly didn't follow the steps we sent.", "en"),  # an adverb before the verb
    ("The problem is on your end.", "en"),
    ("The error happened because you entered the wrong account number.", "en"),
    ("Had je de handleiding maar gelezen, dan was dit niet gebeurd.", "nl"),  # object before 'maar'
    ("Als u de bevestiging beter had gelezen, wist u dat.", "nl"),
    ("U heeft de verkeerde maat besteld.", "nl"),
])
def test_blame(text, lang):
    assert tone(text, lang, "blame"), text


@pytest.mark.parametrize("text,lang", [
    ("You should have received an e-mail with the tracking link.", "en"),
    ("As you mentioned, the parcel arrived damaged; I've sent a replacement.", "en"),
    ("As we discussed on the phone, the engineer comes tomorrow.", "en"),
    ("Your error message means the card reader needs an update.", "en"),
    ("Please check the confirmation e-mail before you go to the store.", "en"),
    ("Zoals beloofd stuur ik je de factuur.", "nl"),
    ("Zoals je misschien weet, zijn we verhuisd.", "nl"),
    ("نفهم مشكلتك وسنساعدك.", "ar"),
    ("The problem is on our side, not yours.", "en"),
    ("Because you chose the express option, it arrives tomorrow.", "en"),
    ("Had je nog vragen, dan hoor ik het graag.", "nl"),
    ("Als je de bevestiging niet hebt gelezen: geen probleem.", "nl"),
])
def test_not_blame(text, lang):
    assert not tone(text, lang, "blame"), text


@pytest.mark.parametrize("text,lang,rule", [
    ("That's not our problem.", "en", "dismissive"),
    ("That is not my problem.", "en", "dismissive"),
    ("There's nothing we can do.", "en", "dismissive"),
    ("You'll just have to live with it.", "en", "dismissive"),
    ("Daar kunnen wij niks aan doen.", "nl", "dismissive"),
    ("Daar gaan wij niet over.", "nl", "dismissive"),
    ("Zoek het zelf maar uit.", "nl", "dismissive"),
    ("ليست مشكلتنا", "ar", "dismissive"),
    ("Not my department, I'm afraid.", "en", "dismissive"),
    ("Deal with the courier directly.", "en", "dismissive"),
    ("Nobody cares about your stupid complaint.", "en", "dismissive"),
    ("It's not that hard.", "en", "condescending"),
    ("Even a child could do this.", "en", "condescending"),
    ("Let me explain this again slowly.", "en", "condescending"),
    ("Dat is toch niet zo moeilijk.", "nl", "condescending"),
    ("Dat snapt toch iedereen.", "nl", "condescending"),
    ("حتى الطفل يعرف ذلك", "ar", "condescending"),
    ("Good luck with that.", "en", "sarcasm"),
    ("Thanks for nothing.", "en", "sarcasm"),
    ("How nice of you to finally let us know.", "en", "sarcasm"),
    ("Wat fijn dat je het ook eens meldt.", "nl", "sarcasm"),
    ("Knap hoor.", "nl", "sarcasm"),
    ("شكراً على لا شيء", "ar", "sarcasm"),
])
def test_other_phrase_rules(text, lang, rule):
    assert tone(text, lang, rule), text


@pytest.mark.parametrize("text,lang", [
    ("We'll deal with it today.", "en"),
    ("Whatever works for you: e-mail or phone.", "en"),
    ("It's easy to return an item: print the label.", "en"),
    ("Good luck with the move!", "en"),
    ("Great, your order is confirmed.", "en"),
    ("Sorry for the trouble, we're on it.", "en"),
    ("Excuses voor het ongemak, we lossen het op.", "nl"),
    ("Fijn dat het gelukt is!", "nl"),
    ("Nobody cares more about your privacy than we do.", "en"),
    ("We will deal with the courier for you.", "en"),
    ("نعتذر عن الإزعاج", "ar"),
    ("Congratulations on your new home! We've moved your broadband for free.", "en"),
    ("Well done for spotting that typo in the invoice, I've corrected it.", "en"),
    ("You can set up your router in 3 simple steps: plug it in, wait for the light, and connect.", "en"),
    ("Is the new layout confusing you? Here's a short guide.", "en"),
    ("Dat is een record aantal bestellingen vandaag, dus het kan iets langer duren.", "nl"),
    ("سجلنا رقم قياسي في الطلبات هذا الأسبوع.", "ar"),
    ("If the outage lasts beyond 6pm, you're entitled to £95 compensation.", "en"),
    ("Had you already left when the courier arrived? Then I'll book a new slot.", "en"),
    ("We get a lot of questions about this, so I've written a short guide.", "en"),
    ("As you didn't receive the parcel, I've refunded it in full.", "en"),
    ("Oh it's you again, Mark! Great to hear from you.", "en"),
    ("It looks like you entered the wrong postcode, so I've corrected it for you.", "en"),
    ("Wat is er nu weer met de bezorging misgegaan? Ik zoek het voor je uit.", "nl"),
    ("خلاص فهمت المشكلة، راح أحلها الحين.", "ar"),
    ("To qualify, you must have entered before 1 May.", "en"),
    ("No worries, I'll just resend it, shall I?", "en"),
    ("Is there a fee? The answer is no!", "en"),
    ("What did you expect from the upgrade? Let me know and I'll check.", "en"),
    ("Probeer het nog eens met de nieuwe code, dan lukt het vast wel!", "nl"),
    ("Bestel je voor 22:00, dan krijg je dit morgen.", "nl"),
    ("المشكلة عندك في إعدادات الراوتر، خليني أساعدك.", "ar"),
    ("We emailed you twice, but the messages bounced, so I've updated your address.", "en"),
    ("The fee is there for a reason: it covers the courier.", "en"),
    ("The price change shouldn't come as a surprise to anyone on the old plan, so we've frozen it for you.", "en"),
    ("Because we really care about this, we've added a free month.", "en"),
    ("No worries, these things happen! I've sent a new link.", "en"),
    ("These things happen, but we should have warned you, so I've credited £10.", "en"),
    ("Everyone else in the area is working fine now, so the fault is likely inside your home.", "en"),
    ("It works fine for everyone else, so let's check your router settings together.", "en"),
    ("You're the only one who has reported this so far, so I've escalated it.", "en"),
    ("You're not the only one who's had this issue, and we've fixed it for everyone today.", "en"),
    ("Je bent niet de enige klant met deze vraag, dus we zetten het in de FAQ.", "nl"),
    ("لست الوحيد الذي واجه هذه المشكلة، وقد أصلحناها للجميع اليوم.", "ar"),
    ("Because you dropped us a line, we could fix it quickly.", "en"),
    ("You left it at the depot, so I've booked a collection.", "en"),
    ("Sorry that you've waited too long for this.", "en"),
    ("Excuses dat je te lang hebt moeten wachten op antwoord.", "nl"),
    ("Je hebt gewoon recht op een nieuwe accu.", "nl"),
    ("There you go, Owen: the code is WELCOME10.", "en"),
    ("It isn't obvious where the setting is, so here's a screenshot.", "en"),
    ("I would have thought the courier would call first, so I've raised it with them.", "en"),
    ("Wat fijn dat je voor de tweede keer bij ons bestelt! Je krijgt 10% korting.", "nl"),
    ("Heeft u het zelf gemonteerd? Dan stuur ik de handleiding.", "nl"),
    ("Dat heeft u zelf in de hand: u kunt de bezorging wijzigen.", "nl"),
    ("كان من الواضح أن الخطأ منا، ونعتذر عن ذلك.", "ar"),
    ("يبدو أنك لم تستلم الرسالة، سأرسلها مرة أخرى.", "ar"),
    ("The app isn't the problem here, it's the network, so I've raised it with them.", "en"),
    ("Zie je het wel staan in de app? Anders stuur ik een screenshot.", "nl"),
    ("Begrijp je het zo wel? Laat het me weten.", "nl"),
    ("It's entirely up to you whether you keep the plan.", "en"),
    ("You're the one who knows your setup best, so tell me what you see.", "en"),
    ("There's not much we can do about the weather, but I've added a credit.", "en"),
    ("Calling us again won't be necessary: I've fixed it.", "en"),
    ("If you'd prefer, just cancel it then and we'll refund the rest of the month.", "en"),
    ("I'll drop everything and look at it now.", "en"),
    ("It goes without saying that we'll refund you.", "en"),
    ("Had u het formulier al ingevuld? Dan kijk ik waar het blijft.", "nl"),
    ("بنأكد لك الحجز بكرة، وبنأجل الدفع لين توصلك الفاتورة.", "ar"),
    ("Stel je voor: een verse taart elke zaterdag!", "nl"),
    ("I've also updated your address while I was at it.", "en"),
    ("Why not grab a case for it while you're at it? It's 20% off this week.", "en"),
    ("Jazeker, we zetten er gratis een hoes bij.", "nl"),
    ("I know it's been slow, Olivia. Your loss adjuster visits on Tuesday.", "en"),
    ("We're so sorry for your loss; the claim is paid in full.", "en"),
    ("I hope this clears it up! The excess is £250.", "en"),
    ("Who could have predicted a storm like that? I've fast-tracked your claim.", "en"),
    ("If you'd told us earlier we could have helped, but I've sorted it now.", "en"),
    ("You can take it up with the ombudsman if you're not happy with our final answer.", "en"),
    ("Wie had dat kunnen denken, je bent onze miljoenste klant!", "nl"),
    ("U kunt naar het Kifid stappen als u het niet eens bent met ons besluit.", "nl"),
    ("Dat verandert niets aan uw premie.", "nl"),
    ("Ik hoop dat het nu duidelijk is, laat het anders weten!", "nl"),
    ("بشرحها لك خطوة خطوة: افتح التطبيق ثم اختر المطالبات.", "ar"),
    ("من كان يتوقع هذا الإقبال الكبير على العرض! شكراً لكم جميعاً.", "ar"),
    ("لو صار فيه مشكلة كلمنا على طول.", "ar"),
    ("ما راح يتغير شي في فاتورتك.", "ar"),
    ("For future reference, you can also reach us on WhatsApp.", "en"),
    ("This is what happens when you renew: your discount carries over.", "en"),
    ("We have more customers than usual waiting today, so replies are a bit slower.", "en"),
    ("Dit krijg je erbij als je nu bestelt: een gratis hoesje.", "nl"),
    ("للعلم فقط، العرض يشمل الرسائل المجانية وليس المكالمات الدولية.", "ar"),
    ("هذا اللي يصير لما تجدد الباقة: تنتقل الدقايق المتبقية.", "ar"),
    ("Because you cancelled within 14 days, you get a full refund.", "en"),
    ("I'm surprised you didn't get the email, let me resend it.", "en"),
    ("Oh no, that's awful, how unfair of the courier! I've refunded you.", "en"),
    ("يا حرام، نعتذر لك عن التأخير.", "ar"),
    ("مستغربين إنها ما وصلتك، بنرسلها لك مرة ثانية.", "ar"),
    ("You should check your own inbox for the link, it's sent now.", "en"),
    ("You'll have to live with the old router for a day, sorry!", "en"),
    ("Graag gedaan, fijne dag!", "nl"),
    ("We'll hold your seat while you check in at the desk.", "en"),
    ("We print the gate number in big letters on the screens.", "en"),
    ("It's on our homepage in big letters: free returns!", "en"),
    ("Je hebt zelf gekozen voor levering op zaterdag, dus die komt dan.", "nl"),
    ("Het staat in grote letters op de website: gratis retour!", "nl"),
    ("We houden het toestel aan de grond tot de monteur klaar is.", "nl"),
    ("عادي جداً، بتتعود عليه بسرعة وإذا احتجت مساعدة كلمنا.", "ar"),
    ("مكتوب بخط كبير على الشاشة رقم البوابة.", "ar"),
    ("أنت الوحيد اللي بلغ عن المشكلة لحد الحين، فرفعناها للفريق الفني.", "ar"),
    ("You could also check it yourself in the app, anytime.", "en"),
    ("How did you manage to fix it? Great work!", "en"),
    ("Als je niet op tijd afzegt, betaal je de kosten; tot 24 uur vooraf is gratis.", "nl"),
    ("Dat moet iedereen kunnen, maar we helpen je graag verder met de app.", "nl"),
    ("Zo komt er ook een einde aan het wachten: je pakket is onderweg!", "nl"),
    ("كيف قدرتي؟ شغل رائع!", "ar"),
    ("هذا نتيجة إنك جربتي التحديث الجديد، وهو شي ممتاز.", "ar"),
    ("Whatever you decide, I'll support it.", "en"),
    ("Boeiend verhaal, dank je voor het delen!", "nl"),
    ("خبر عاجل: عرض جديد على كل الصناديق هذا الأسبوع!", "ar"),
    ("Fijn dat je het pakket nu eindelijk hebt ontvangen!", "nl"),
    ("الحمدلله وصلك الطلب أخيراً، نعتذر عن التأخير.", "ar"),
    ("كما هو موضح في الفاتورة، المبلغ شامل الضريبة.", "ar"),
    ("Have you tried turning it off and on again? I don't know if that helps.", "en"),
    ("Als de bezorger had aangebeld, was dit niet gebeurd; excuses daarvoor.", "nl"),
    ("Wacht u even af tot de monteur belt, hij komt vandaag nog.", "nl"),
    ("Het installeren is kinderlijk eenvoudig: u klikt op de link en volgt de stappen.", "nl"),
    ("التطبيق شغال عند الكل الحين بعد التحديث، جرب تحدثه من المتجر.", "ar"),
    ("أكيد ما راح نتأخر عليك، الطلب بيوصل بكرة.", "ar"),
    ("If you don't like the colour, you can return it within 30 days for free.", "en"),
    ("A manager will call you back today.", "en"),
    ("Als de kleur je niet bevalt, kun je hem gratis retourneren.", "nl"),
    ("إذا ما عجبك اللون تقدري ترجعيه خلال ١٤ يوم مجاناً.", "ar"),
    ("Not that anyone asked, but the new app is faster.", "en"),
    ("We told you last week that the part was on order; it has now arrived.", "en"),
    ("Rustig aan met de verhuizing, we plannen de levering wanneer het jou uitkomt.", "nl"),
    ("Watch your inbox for the confirmation, or check the app.", "en"),
    ("Welcome to the club, Anna! Your FitBox Club membership is active.", "en"),
    ("Maybe next time try our express option, it's only £2 more.", "en"),
    ("No one reads the terms anymore, so we've made a short summary.", "en"),
    ("Sure, because of the delay we've refunded the shipping.", "en"),
    ("While we're at it, shall I also update your phone number?", "en"),
    ("Kijk je dan even goed in je spamfolder? Daar komen mails soms terecht.", "nl"),
    ("Ach, wat vervelend! Ik los het direct op.", "nl"),
    ("Nobody likes a late parcel, so I've refunded the shipping.", "en"),
    ("Niemand leest graag lange voorwaarden, daarom staat hier een samenvatting.", "nl"),
    ("We have more important news: your refund has been approved!", "en"),
    ("ماذا تتوقع من الباقة الجديدة؟ أقدر أشرح لك مميزاتها.", "ar"),
    ("Your return period. We've extended it.", "en"),
    ("The trial period, as agreed, ends on Friday.", "en"),
    ("Heb je het wel goed ontvangen? Laat het me weten.", "nl"),
    ("Zo simpel is het: je klikt op de link en klaar.", "nl"),
    ("لو طلبت أكثر من ٢٠٠ ريال يكون الشحن مجاني.", "ar"),
    ("We get hundreds of calls a day about the outage, so I've put the update on our homepage.", "en"),
    ("When it's your turn to renew, we'll email you.", "en"),
    ("Een nieuwe router helpt niet, want de storing zit in de wijk.", "nl"),
    ("Hij komt wanneer hij klaar is met de vorige klus, rond 14:00.", "nl"),
    ("Dat krijg je als je voor 22:00 bestelt morgen al in huis.", "nl"),
    ("Een collega gaat je morgen bellen over de afspraak.", "nl"),
    ("المهم إنه وصل سليم، ولو فيه أي ملاحظة كلمنا.", "ar"),
    ("Don't get carried away with the bubble wrap, one layer is enough.", "en"),
    ("Are you sure you didn't receive an email from us? Please check your spam folder.", "en"),
    ("If you measured it wrong, no problem: we'll swap it for free.", "en"),
    ("كما ذكرنا في رسالتنا السابقة، سيصل الفني يوم الأحد.", "ar"),
    ("يرجى التأكد من العنوان قبل الطلب.", "ar"),
    ("لن يغير ذلك موعد التوصيل، سيصلك الطلب غداً.", "ar"),
    ("Wij hebben u al geïnformeerd dat uw pas onderweg is; hij komt morgen.", "nl"),
    ("Wij zien geen aanleiding om de aanslag te wijzigen, maar u kunt bezwaar maken.", "nl"),
    ("It works fine on our side, so could you send a screenshot of the error?", "en"),
    ("You should've received an email with the tracking link.", "en"),
    ("We're not a charity shop, but we do donate unsold stock.", "en"),
    ("Heb je de update al geïnstalleerd? Dan zou het weer moeten werken.", "nl"),
    ("Dan heb je waarschijnlijk de nieuwste versie, want die kwam gisteren uit.", "nl"),
    ("Daar kan ik je helaas niet mee helpen, maar de fabrikant wel: 0800-1234.", "nl"),
    ("التطبيق شغال عند كل العملاء، جرب تحدثه من المتجر وإذا ما اشتغل كلمني.", "ar"),
    ("إذا ما شفتي جدول المقاسات، تقدرين تلقينه تحت صور المنتج.", "ar"),
])
def test_polite_replies_are_not_flagged(text, lang):
    assert [t for t in tone(text, lang) if t[0] not in ("commitment", "missing_greeting", "missing_signoff")] == []


def test_apologies_are_never_penalised():
    for text, lang in [("I'm so sorry, I apologise for this.", "en"), ("Excuses, het spijt ons enorm.", "nl"),
                       ("نعتذر بشدة عن هذا الخطأ.", "ar")]:
        assert tone(text, lang) == []


@pytest.mark.parametrize("text,lang,expected", [
    ("YOU SIGNED THE CONTRACT", "en", "YOU SIGNED THE CONTRACT"),
    ("Listen. THIS IS NOT OUR FAULT.", "en", "THIS IS NOT OUR FAULT"),
    ("DAT LIGT AAN DE BEZORGER", "nl", "DAT LIGT AAN DE BEZORGER"),
    ("PLEASE READ IT.", "en", "PLEASE READ IT"),  # short, but words of the list
])
def test_shouting(text, lang, expected):
    assert ("shouting", expected) in tone(text, lang)


@pytest.mark.parametrize("text", [
    "Your PIN and PUK are in the SMS; the IBAN is on the invoice.",
    "Please do NOT share your password.",
    "Order RT-55812 ships via DHL to the UK.",
    "Use the FAQ or the API docs (PDF).",
    "Hi [AGENT NAME], {{FIRST_NAME}}",
    "Yes, SAML SSO is available on the Business plan.",  # short words the word list lacks: acronyms
    "Our CRM and ERP sync every night.",
])
def test_not_shouting(text):
    assert tone(text, "en", "shouting") == []


def test_shouting_is_not_applicable_to_arabic():
    report = LINTER.check("مرحباً أحمد", language="ar")
    status = {s.rule: s for s in report.rules}["tone.shouting"]
    assert status.status == "skipped"


@pytest.mark.parametrize("text,expected", [
    ("Why???", "???"), ("Stop!!", "!!"), ("Really?!?!", "?!?!"), ("لماذا؟؟", "؟؟"),
    ("Your order arrives by 5pm!! Don't miss it.", "!!"),
])
def test_excessive_punctuation(text, expected):
    assert ("excessive_punctuation", expected) in tone(text, "en")


@pytest.mark.parametrize("text", ["Your new password is Zomer2024!! and you can sign in now.",
                                  "Temporary code: 78K!!s1u, change it after signing in."])
def test_marks_inside_a_code_are_not_shouting(text):
    assert [t for t in tone(text, "en") if t[0] == "excessive_punctuation"] == []


@pytest.mark.parametrize("text", ["Thanks!", "Really?!", "Is it? Yes! Great."])
def test_not_excessive_punctuation(text):
    assert tone(text, "en", "excessive_punctuation") == []


def test_a_formal_title_in_the_greeting_and_je_after_it_mix_forms():
    text = "Goedemiddag mevrouw Visser, wat vervelend. Vertel me gerust wat er is gebeurd, dan help ik je graag."
    assert [t for t in tone(text, "nl") if t[0] == "inconsistent_formality"] != []
    # a title naming someone else, after the greeting, is no address of the customer
    text = "Hoi Ruud, het pakket is afgegeven bij je buurvrouw, mevrouw Kok, op nummer 9."
    assert [t for t in tone(text, "nl") if t[0] == "inconsistent_formality"] == []


def test_formality_mixing_and_house_style():
    mixed = "Goedemiddag mevrouw Dekker, u kunt uw abonnement opzeggen. Als je daar niet uitkomt, stuur jouw nummer."
    (hit,) = tone(mixed, "nl", "inconsistent_formality")
    assert hit == ("inconsistent_formality", "je")
    formal = "Beste meneer Jansen, uw bestelling is verzonden. U ontvangt morgen een mail."
    informal = "Hoi Sanne, je pakket is onderweg en je krijgt morgen een mail."
    assert tone(formal, "nl", "inconsistent_formality") == []
    assert tone(informal, "nl", "inconsistent_formality") == []
    generic = "Beste meneer Jansen, uw pakket is onderweg. Je weet maar nooit met de drukte."
    assert tone(generic, "nl", "inconsistent_formality") == []
    house = Linter(Config(select=["tone"], formality="formal"))
    hits = [f.excerpt for f in house.check(informal, language="nl").findings if f.rule == "tone.inconsistent_formality"]
    assert hits == ["je", "je"]
    house_informal = Linter(Config(select=["tone"], formality="informal"))
    hits = [f.excerpt for f in house_informal.check(formal, language="nl").findings
            if f.rule == "tone.inconsistent_formality"]
    assert hits == ["uw", "U"]


def test_commitment_is_info_by_default_and_configurable():
    text = "We guarantee a full refund within 24 hours."
    report = LINTER.check(text, language="en")
    commitments = [f for f in report.findings if f.rule == "tone.commitment"]
    assert commitments and all(f.severity is Severity.INFO for f in commitments)
    strict = Linter(Config(select=["tone"], severity={"tone.commitment": "warning"}))
    assert all(f.severity is Severity.WARNING for f in strict.check(text, language="en").findings
               if f.rule == "tone.commitment")


def test_greeting_and_signoff_only_for_email():
    bare = "Your refund was processed today."
    assert {r for r, _ in tone(bare + "\nThanks", "en", channel="email")} >= {"missing_greeting"}
    assert tone(bare, "en", channel="chat") == []
    full = "Hi Maria,\n\nYour refund was processed today.\n\nKind regards,\nTom"
    assert tone(full, "en", channel="email") == []
    nl = "Beste Jan,\n\nJe pakket is onderweg.\n\nMet vriendelijke groet,\nSanne"
    assert tone(nl, "nl", channel="email") == []


def test_quoted_customer_text_is_excluded():
    text = "> Zoals ik al zei, DIT IS ONACCEPTABEL!!!\n\nExcuses voor de vertraging, we lossen het vandaag op."
    assert tone(text, "nl") == []


def test_patterns_are_token_patterns_not_strings():
    # extra words, contractions and inflections inside the phrase
    assert tone("As I have already explained to you twice, it shipped.", "en", "blame")
    assert tone("Like I've said, it shipped.", "en", "blame")
    assert tone("You should have double-checked the address.", "en", "blame") or \
        tone("You should have checked the address twice.", "en", "blame")


def test_user_pack_adds_a_pattern(tmp_path):
    (tmp_path / "tone.yaml").write_text('family: tone\nlanguage: en\ndismissive: ["computer says no"]\n')
    linter = Linter(Config(select=["tone"], packs=[str(tmp_path / "tone.yaml")]))
    assert [f.excerpt for f in linter.check("Sorry, computer says no.", language="en").findings] == ["computer says no"]


def test_broken_user_pattern_is_a_pack_error(tmp_path):
    (tmp_path / "tone.yaml").write_text('family: tone\nlanguage: en\nblame: ["(as|like i said"]\n')
    from replylint import PackError

    with pytest.raises(PackError, match="unbalanced"):
        Linter(Config(packs=[str(tmp_path / "tone.yaml")]))


def test_clean_reply_does_not_build_a_spacy_doc():
    linter = Linter(select=["tone"])
    doc = linter._prepare("Thanks, your parcel has been shipped.", language="en", channel=None,
                          context=None, template=False, id=None)
    linter._run([doc])
    assert "spacy" not in doc.__dict__


# Grammatical frames rather than fixed phrases: who failed to do what, a conversation being ended. These
# sentences were written with the frames (not a blind round); the clean ones share their words.
@pytest.mark.parametrize("text,lang,rule", [
    ("You failed to return the item within 30 days.", "en", "blame"),
    ("The problem is that you entered the wrong card.", "en", "blame"),
    ("That's simply not something we're going to do.", "en", "dismissive"),
    ("We're done discussing this.", "en", "dismissive"),
    ("I don't know what else to tell you.", "en", "dismissive"),
    ("Do you honestly think we'd do that on purpose?", "en", "condescending"),
    ("Je hebt de handleiding niet gevolgd, daarom werkt het niet.", "nl", "blame"),
    ("Omdat je vergeten bent de app bij te werken, mislukte de betaling.", "nl", "blame"),
    ("Ik weet niet wat ik je nog meer moet vertellen.", "nl", "dismissive"),
    ("Hier houdt het gesprek op.", "nl", "dismissive"),
    ("لأنك لم تحدث التطبيق فشلت عملية الدفع.", "ar", "blame"),
    ("لو دفعت في الوقت المحدد لما حدث هذا.", "ar", "blame"),
    ("أنت لم تتبع خطوات التثبيت.", "ar", "blame"),
    ("انتهى النقاش.", "ar", "dismissive"),
])
def test_frames(text, lang, rule):
    assert rule in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("If you have nothing more to add, I'll close the ticket with the refund done.", "en"),
    ("The problem is that the courier entered the wrong address; I've fixed it.", "en"),
    ("Do you think the new plan would suit you better? It's cheaper.", "en"),
    ("Misschien is het handig om de handleiding erbij te pakken; ik stuur hem mee.", "nl"),
    ("Hier houdt de actie helaas op, maar je korting blijft geldig.", "nl"),
    ("لأنك عميل مميز، أضفنا لك خصماً.", "ar"),
    ("لا أعرف ماذا حدث بالضبط، لكنني سأتحقق فوراً.", "ar"),
])
def test_frames_leave_these_alone(text, lang):
    assert tone(text, lang) == []


def test_can_you_read_me_the_code_is_no_put_down():
    report = Linter(select=["tone"]).check("For verification, can you read me the six-digit code we just sent?",
                                           language="en")
    assert "tone.condescending" not in {f.rule for f in report.findings}
    report = Linter(select=["tone"]).check("Can you not read? It says so on the box.", language="en")
    assert "tone.condescending" in {f.rule for f in report.findings}


@pytest.mark.parametrize("text,lang,rule", [
    ("Next time maybe check the map before you leave it somewhere.", "en", "blame"),
    ("Kijk de volgende keer gewoon even op de kaart.", "nl", "blame"),
    ("المرة الجاية شوف الخريطة قبل ما ترميه بأي مكان.", "ar", "blame"),
    ("المرة الجاية انتبه للمقاس.", "ar", "blame"),
    ("Zo ingewikkeld is dat nou ook weer niet.", "nl", "condescending"),
    ("Meer kan ik er niet aan doen.", "nl", "dismissive"),
    ("Wilt u ons hierover verder niet meer benaderen.", "nl", "dismissive"),
    ("ما عندي شي أسويه لك زيادة.", "ar", "dismissive"),
    ("ولا تراسلنا بخصوص هالمخالفة مرة ثانية.", "ar", "dismissive"),
    ("Oh great, another rider who thinks helmets are optional.", "en", "sarcasm"),
    ("Weer iemand die denkt dat een helm optioneel is.", "nl", "sarcasm"),
    ("ما شاء الله، واحد ثاني يحسب الخوذة للزينة.", "ar", "sarcasm"),
])
def test_round_db_dd_wordings(text, lang, rule):
    assert rule in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("Next time you order, the app remembers your address.", "en"),
    ("We had another customer who reported the same fault, and the update fixed it.", "en"),
    ("Kijk de volgende keer in de app: daar zie je de zones nu ook.", "nl"),
    ("Er is nog iemand die de schade heeft gezien; die bellen we ook.", "nl"),
    ("المرة الجاية تقدر تطلب من التطبيق مباشرة.", "ar"),
    ("المرة الجاية شوف عروضنا الجديدة!", "ar"),
    ("ما تحتاج تكلمنا مرة ثانية، تم حل المشكلة.", "ar"),
    ("فيه عميل ثاني يحسب نفس الشي، وأكدنا له إن الخوذة مجانية.", "ar"),
])
def test_round_db_dd_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


@pytest.mark.parametrize("text,lang,rule", [
    ("If you had labelled the boxes properly, the crew wouldn't have put them in the wrong rooms.", "en", "blame"),
    ("Als je de dozen goed had gelabeld, had de ploeg ze niet in de verkeerde kamers gezet.", "nl", "blame"),
    ("لو كنتي كاتبة على الكراتين صح، ما كان الفريق حطها في الغرف الغلط.", "ar", "blame"),
    ("Dat lijkt me toch vrij logisch.", "nl", "condescending"),
])
def test_round_de_dg_wordings(text, lang, rule):
    assert rule in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("If you had any trouble with the app, just reply and I'll help.", "en"),
    ("If you had told us earlier, we could have sent a bigger van.", "en"),
    ("Als je de foto al had gestuurd, dan heb ik hem niet ontvangen; wil je hem opnieuw sturen?", "nl"),
    ("Dat lijkt me logisch, ja: dan pas ik het aan.", "nl"),
    ("لو كنت تبي نوصلها صح، ما عليك إلا ترسل العنوان.", "ar"),
])
def test_round_de_dg_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


# round dh/di (Dutch and Arabic), each concept also written in English: the concepts, not the sentences
@pytest.mark.parametrize("text,lang,rule", [
    ("It went down because you yourself unplugged the router.", "en", "blame"),
    ("De storing kwam doordat jij zelf de stekker eruit hebt getrokken.", "nl", "blame"),
    ("الانقطاع صار لأنك أنتي اللي فصلتي الراوتر.", "ar", "blame"),
    ("You'll just have to get used to it.", "en", "dismissive"),
    ("Daar moet je maar mee leren leven.", "nl", "dismissive"),
    ("لازم تتعودين عليها.", "ar", "dismissive"),
    ("I'm not going into it again.", "en", "dismissive"),
    ("Ik heb je vraag al drie keer beantwoord, ik ga er verder niet meer op in.", "nl", "dismissive"),
    ("جاوبتك ثلاث مرات، وما عندي كلام ثاني.", "ar", "dismissive"),
    ("Restarting a router is really basic knowledge.", "en", "condescending"),
    ("Een modem herstarten is echt basiskennis.", "nl", "condescending"),
    ("إعادة تشغيل الراوتر من أبسط الأمور يا ليلى.", "ar", "condescending"),
    ("Well done, you entered the wrong password three times.", "en", "sarcasm"),
    ("Wat knap dat het je gelukt is om drie keer het verkeerde wachtwoord in te typen.", "nl", "sarcasm"),
    ("برافو عليك، دخلتي كلمة المرور غلط ثلاث مرات.", "ar", "sarcasm"),
])
def test_round_dh_di_concepts(text, lang, rule):
    assert rule in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("It takes a bit to get used to it, but you'll love it.", "en"),
    ("Well done, you've found the right setting!", "en"),
    ("This is basic stuff we check first, so bear with me.", "en"),
    ("Daar moet je mee leren omgaan, maar ik help je graag met de instellingen.", "nl"),
    ("Je moet er even aan wennen, maar de nieuwe app is sneller.", "nl"),
    ("Wat slim van je dat je de verkeerde kabel hebt teruggestuurd, dan kunnen we hem omruilen.", "nl"),
    ("Doordat je zelf de meterstand hebt doorgegeven, klopt de rekening nu precies.", "nl"),
    ("Het is gezond verstand om je wachtwoord niet te delen.", "nl"),
    ("لازم تتعود على التطبيق الجديد، وبيصير أسهل.", "ar"),
    ("من أبسط الأمور اللي تقدر تسويها إعادة تشغيل الراوتر.", "ar"),
    ("برافو عليك! خلصتي التسجيل بنجاح.", "ar"),
    ("ما عندي شي ثاني أضيفه، وإذا احتجتي أي شي كلمينا.", "ar"),
])
def test_round_dh_di_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


# rounds dj/dk put 30 English tone replies into Dutch and Arabic (tests/fixtures/phrasings.jsonl); these are
# the neighbours that shaped the new patterns: the same words, no brush-off
@pytest.mark.parametrize("text,lang", [
    ("Die regel is er niet voor niets: hij beschermt je account.", "nl"),
    ("Doe gerust wat je wilt met je punten.", "nl"),
    ("Dat geldt voor iedereen, dus ook voor jou goed nieuws: gratis verzending!", "nl"),
    ("Je komt vanzelf aan de beurt: de monteur belt je een dag van tevoren.", "nl"),
    ("Stop met mailen naar het oude adres; gebruik voortaan service@winkel.nl.", "nl"),
    ("We hebben je klacht behandeld: de zaak is gesloten en het geld is teruggestort.", "nl"),
    ("Ik leg het uit in simpele woorden, zonder vakjargon: je betaalt €5 minder.", "nl"),
    ("Zulke dingen gebeuren helaas soms. Ik heb meteen een nieuwe afspraak voor je gemaakt.", "nl"),
    ("Heb je weer de verkeerde maat ontvangen? Dat is echt onze fout, sorry!", "nl"),
    ("الخصم موجود لسبب بسيط: العرض انتهى أمس.", "ar"),
    ("سوي اللي يناسبك، وإحنا جاهزين نساعد.", "ar"),
    ("طلبك بيجي دوره خلال ساعة وبنبلغك.", "ar"),
    ("هذا اللي عندنا من مقاسات حالياً.", "ar"),
    ("ما راح أعيد إرسال الكود إلا بعد ١٠ دقائق.", "ar"),
    ("وقفي إرسال الرسائل التسويقية من الإعدادات.", "ar"),
    ("شرحنا الخطوات بلغة بسيطة في الدليل.", "ar"),
    ("حتى أنتي تقدرين تستفيدين من العرض!", "ar"),
    ("عشان تفهمين الفاتورة، هذي تفاصيلها.", "ar"),
    ("يا لها من مأساة، آسفين جداً على اللي صار لك.", "ar"),
    ("أكيد هذا إنجاز، مبروك على الترقية!", "ar"),
    ("ما كان فيه هالمشكلة قبل التحديث، بنصلحها اليوم.", "ar"),
])
def test_round_dj_dk_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


# round dn: Dutch and Arabic tone replies written again in English; the neighbours that narrowed the patterns
@pytest.mark.parametrize("text", [
    "Maybe check your email in a few minutes, the code should be there.",
    "I've emailed you twice with the tracking link; here it is again so it's easy to find.",
    "So what happens next is the courier collects it.",
    "The main thing is it arrived safely, and I've refunded the delivery fee.",
    "A child could assemble this table in ten minutes, it's that easy!",
    "You chose the premium plan yourself last year, and it renews on the 5th.",
    "Here's what you can expect: a call on Monday.",
    "Contact the manufacturer yourself or let me do it for you, whichever you prefer.",
    "We don't choose for you: pick any colour you like.",
    "No idea yet where the delay is, but I've asked the courier and will update you by 3pm.",
    "What a lovely surprise to hear from you again, Sam! Your new order is on its way.",
])
def test_round_dn_neighbours_stay_clean(text):
    assert tone(text, "en") == []


@pytest.mark.parametrize("text,lang", [
    ("It's all on you now: pick any date that suits.", "en"),
    ("Dat is helemaal jouw keuze: beide abonnementen zijn prima.", "nl"),
    ("Het contract dat je zelf hebt getekend loopt tot juni; opzeggen kan daarna gratis.", "nl"),
    ("Met iemand samen doorlezen kan ook in de winkel, onze medewerkers helpen graag.", "nl"),
    ("تقدرين تخلين أحد يقرأ معك الشروط في الفرع، وموظفينا يساعدونك.", "ar"),
])
def test_round_do_dq_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


def test_perhaps_have_someone_read_it_with_you():
    assert tone("Perhaps have someone read the terms with you next time.", "en") == [
        ("condescending", "Perhaps have someone read the terms with you next time")]
    assert tone("You can have someone read the contract with you in the shop.", "en") == []


@pytest.mark.parametrize("text,lang", [
    ("Feel free to call us, it won't cost you anything.", "en"),
    ("You can email us any time; it won't change your place in the queue.", "en"),
    ("Hope that's clear now, and thanks for your patience!", "en"),
    ("Let me go through it again slowly with you on the phone, if that helps.", "en"),
    ("Sure, because the vet is closed on Sunday we moved your appointment.", "en"),
    ("Hopelijk is het nu duidelijk; bel gerust als er nog vragen zijn.", "nl"),
    ("Dat hebben we al besproken met de dierenarts, en hij is akkoord.", "nl"),
    ("Ja hoor, want de verzekering betaalt natuurlijk altijd de eerste controle.", "nl"),
    ("أتمنى إنها وضحت الحين، وإذا عندك سؤال أنا موجودة.", "ar"),
    ("تكلمنا في هالموضوع قبل مع البيطري ووافق.", "ar"),
    ("الجواب ما تغير للأسف، بس أقدر أرفع طلبك للمدير.", "ar"),
])
def test_round_du_dw_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("We only deliver within the M25.", "en"),
    ("Your name will be printed in big letters on the cake.", "en"),
    ("How will you recover the data? Here's a guide.", "en"),
    ("You can take it up with the hotel directly, or I can do it for you.", "en"),
    ("Als je niet tegen wachten kunt, kies dan voor spoedlevering.", "nl"),
    ("Wij bezorgen alleen in Amsterdam.", "nl"),
    ("Je kunt het ook opnemen met de winkel zelf.", "nl"),
    ("احنا بس نوصل داخل الرياض.", "ar"),
    ("اكتب الاسم بخط كبير على الكرتون.", "ar"),
])
def test_round_dx_dz_neighbours_stay_clean(text, lang):
    assert tone(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("That's how refunds work: the bank takes 3-5 days, and I've started yours.", "en"),
    ("There's no compensation for delays under 3 hours, but I've added a voucher for you.", "en"),
    ("Er is geen compensatie, maar ik heb je wel een voucher gegeven.", "nl"),
    ("هذا نظام المطارات: البوابة تقفل قبل ٢٠ دقيقة، وحجزت لك الرحلة الجاية مجاناً.", "ar"),
])
def test_round_ed_ef_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang", [
    ("Patience isn't your strong suit, is it?", "en"), ("Maths clearly isn't your strong suit.", "en"),
    ("And this is the third time I'm telling you it's processing.", "en"),
    ("Geduld is niet je sterkste kant, hè?", "nl"), ("Dit is de derde keer dat ik het zeg.", "nl"),
    ("الصبر مو من صفاتك، صح؟", "ar"), ("هذي ثالث مرة أقولك إنه تحت الإجراء.", "ar"),
])
def test_round_eg_ei_talking_down(text, lang):
    assert "condescending" in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("Customer care is our strong suit.", "en"), ("Spreadsheets aren't really my strong suit either, but here's the total.", "en"),
    ("This is the third time I've had to call about this, sorry.", "en"),
    ("Service is onze sterkste kant.", "nl"), ("Dit is de derde keer dat ik bel, sorry.", "nl"),
    ("الصبر من صفاتك الحلوة.", "ar"), ("هذي ثالث مرة نعتذر لك عن التأخير.", "ar"),
])
def test_round_eg_ei_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang,kind", [
    ("Carl, the dimensions were right there on the product page.", "en", "blame"),
    ("Kees, de afmetingen stonden gewoon op de productpagina.", "nl", "blame"),
    ("When it arrives, it arrives.", "en", "dismissive"), ("Hij komt als hij komt.", "nl", "dismissive"),
    ("Chasing us every day won't make the lorry go faster.", "en", "dismissive"),
    ("There's a booklet with pictures in the box, Pete. Even my six-year-old managed it.", "en", "condescending"),
    ("Zelfs mijn zoontje van zes kreeg het voor elkaar.", "nl", "condescending"),
])
def test_round_ej_el_tone(text, lang, kind):
    assert kind in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("Your parcel is right there at reception.", "en"),
    ("The tracking link is right there in your confirmation email, and I've resent it too.", "en"),
    ("De afmetingen staan op de productpagina, onder 'Specificaties'.", "nl"),
    ("When it arrives, it'll be on a pallet, so please clear a path.", "en"),
    # an apology in the words of blame (the pack's safe phrasings)
    ("That should never have happened, and I'm sorry.", "en"), ("You shouldn't have had to chase us for this.", "en"),
    ("Dat had nooit mogen gebeuren, sorry.", "nl"), ("هذا ما كان المفروض يصير، ونعتذر لك.", "ar"),
    ("هلا نايف، إيه، الطلب للحين ما دخل التصنيع.", "ar"),
])
def test_round_ej_el_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


def test_safe_phrasings_leave_the_blame_they_negate_alone():
    assert "blame" in [r for r, _ in tone("كان المفروض تتأكد من المقاس قبل الطلب.", "ar")]
    assert "blame" in [r for r, _ in tone("You should have checked the size before ordering.", "en")]


@pytest.mark.parametrize("text,lang", [
    ("The dates were on the screen before you paid. We can't read minds, Mason.", "en"),
    ("If you wanted fast wifi, you should have paid for a better one.", "en"),
    ("إذا تبين نت سريع كان دفعتي على فندق أحسن.", "ar"),
])
def test_round_eq_es_blame(text, lang):
    assert "blame" in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("We can't read your meter remotely, so please send a photo.", "en"), ("If you want a sea view, I can upgrade you for £20.", "en"),
    ("معك حق، الإعلان كان لازم يوضح إن المسبح تحت الصيانة.", "ar"), ("احنا كان المفروض نبلغك قبل، آسفين.", "ar"),
    ("إذا تبين إطلالة بحرية أقدر أرقيك بـ ٨٠ ريال.", "ar"),
])
def test_round_eq_es_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang", [
    ("Nobody else had problems with the app today, Sara. Sounds like a you problem.", "en"),
    ("Amy, this is week one material.", "en"), ("I'd have expected you to know that by now, honestly.", "en"),
    ("Klinkt als een probleem aan jouw kant.", "nl"), ("Het ligt aan jouw kant, Sara.", "nl"),
    ("Ik had eerlijk gezegd verwacht dat je dat inmiddels wel wist.", "nl"), ("Amy, dit is stof van week één.", "nl"),
    ("شكل المشكلة عندك أنتي.", "ar"), ("محد غيرك اشتكى من التطبيق اليوم.", "ar"),
    ("بصراحة توقعت إنك تعرفينه من زمان.", "ar"),
])
def test_round_et_ev_tone(text, lang):
    assert {"blame", "condescending"} & {r for r, _ in tone(text, lang)}


@pytest.mark.parametrize("text,lang", [
    ("Is het probleem aan jouw kant opgelost?", "nl"), ("المشكلة عندك أنت ولا عند الكل؟", "ar"),
    ("Your names are on the booking, so you're both covered.", "en"), ("Jullie namen staan op de boeking.", "nl"),
])
def test_round_et_ev_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []



@pytest.mark.parametrize("text,lang", [
    # a customer addressed as a child or a sweetheart (round ez, fa, fb), in other sentences
    ("Medium means medium, darling.", "en"), ("That's how refunds work, sweetie!", "en"),
    ("No, missy, the code expired yesterday.", "en"),
    ("Een retour kost nu eenmaal geld, schatje.", "nl"), ("Zo werkt dat, jongedame.", "nl"),
    ("المقاسات مكتوبة يا حلوة.", "ar"), ("خليني أفهمك على مهلك: الطلب ما ينلغى بعد الشحن.", "ar"),
])
def test_a_customer_addressed_as_a_child_is_condescending(text, lang):
    assert [r for r, _ in tone(text, lang)] == ["condescending"]


@pytest.mark.parametrize("text,lang", [
    ("We stock lavender, honey, and thyme soaps.", "en"), ("The Sweetheart neckline comes in red.", "en"),
    ("Sweetheart roses are back in stock, honey is sold out.", "en"),
    ("Het schatje op de foto is onze winkelhond.", "nl"), ("Dank u, mevrouw, voor uw geduld.", "nl"),
    ("خليني أشرح لك الخطوات: افتح التطبيق واضغط على الإعدادات.", "ar"), ("عسل السدر يا هلا متوفر الحين.", "ar"),
])
def test_round_ez_fb_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang", [
    # praise or thanks for finding the obvious (round fj-fl), in other sentences
    ("Congratulations, you found the on/off switch.", "en"), ("Nice work on locating the power button.", "en"),
    ("Thanks for figuring out that a scooter needs charging.", "en"),
    ("Printers tend to run a lot better when they're plugged in.", "en"),
    ("Gefeliciteerd, u heeft de aan-knop gevonden.", "nl"), ("De lamp werkt een stuk beter als hij in het stopcontact zit.", "nl"),
    ("شكراً لاكتشافك إن الجوال يحتاج شحن.", "ar"), ("مبروك، لقيت زر التشغيل.", "ar"),
])
def test_praise_for_finding_the_obvious_is_sarcasm(text, lang):
    assert [r for r, _ in tone(text, lang)] == ["sarcasm"]


@pytest.mark.parametrize("text,lang", [
    ("Congratulations on finding your new home!", "en"), ("Thank you for pointing out the typo.", "en"),
    ("Thanks for letting us know that the scooter needs charging at that station.", "en"),
    ("The new router works much better when it is placed high.", "en"),
    ("Gefeliciteerd met uw nieuwe huis!", "nl"), ("شكراً لاكتشافك الخطأ في موقعنا.", "ar"),
    ("شكراً لملاحظتك أن السعر غلط، صححناه.", "ar"),
])
def test_round_fj_fl_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang,found", [
    # round fm-fo: the customer put in their place, and the apologies and quotations next to it
    ("Please don't use that tone with us.", "en", ["condescending"]), ("We're not your babysitter.", "en", ["condescending"]),
    ("Niet op zo'n toon, graag.", "nl", ["condescending"]), ("Wij zijn niet jullie knechten.", "nl", ["condescending"]),
    ("لا تخاطبني بهالطريقة.", "ar", ["condescending"]), ("احنا مو شغالين عندك.", "ar", ["condescending"]),
    ("The error message 'ACCESS DENIED' means the card is not active yet.", "en", []),
    ("De melding 'GEEN TOEGANG' betekent dat de pas nog niet actief is.", "nl", []),
    ("معك حق، كان المفروض نبلغك من بدري.", "ar", []), ("كان المفروض نرسل لك رسالة قبل التوصيل، آسفين.", "ar", []),
    ("كان المفروض تقرأ الشروط.", "ar", ["blame"]),
])
def test_round_fm_fo_put_in_their_place_and_neighbours(text, lang, found):
    assert [r for r, _ in tone(text, lang) if r != "commitment"] == found


@pytest.mark.parametrize("text,lang,found", [
    # round fs-fu (subscription billing): blame handed back, a refusal as a policy, the obvious spelled out
    ("It's not on us if the reminder went to your spam folder.", "en", "blame"),
    ("Per my last two emails, your plan renews on the 3rd.", "en", "blame"),
    ("Paper invoices aren't something we offer.", "en", "dismissive"),
    ("A trial ends. That's kind of the whole point of a trial.", "en", "condescending"),
    ("Als u de mail niet opent, ligt dat niet aan ons.", "nl", "blame"),
    ("Zoals in mijn vorige twee e-mails al stond: de korting is verwerkt.", "nl", "blame"),
    ("Een proefperiode stopt. Dat is juist het hele idee van een proefperiode.", "nl", "condescending"),
    ("التجربة تنتهي، هذا الهدف من التجربة أصلاً.", "ar", "condescending"),
])
def test_round_fs_fu_blame_refusals_and_the_obvious(text, lang, found):
    assert found in [r for r, _ in tone(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("That's on us, sorry! I've refunded the fee.", "en"),
    ("Refunds are something we can help with: reply with your order number.", "en"),
    ("Dat ligt aan ons, sorry! Ik heb de kosten teruggestort.", "nl"),
    ("معك حق، كان لازم التذكير يكون أوضح.", "ar"), ("كان لازم الإيميل يوصلك قبلها بأسبوع، آسفين.", "ar"),
])
def test_round_fs_fu_neighbours_stay_clean(text, lang):
    assert [(r, t) for r, t in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang,found", [
    # round fy-ga (grocery delivery): blame as a counterfactual, acceptance as a brush-off
    ("If you'd answered the door, the driver wouldn't have had to bring it back.", "en", ["blame"]),
    ("If you'd like, we can rebook it for Saturday.", "en", []),
    ("Als je had opengedaan, had de bezorger het niet mee terug hoeven nemen.", "nl", ["blame"]),
    ("Als u vandaag thuis bent geweest, heeft de bezorger een kaartje achtergelaten.", "nl", []),
    ("التأخير يصير أحياناً، تعودي عليها.", "ar", ["dismissive"]), ("أرسلنا لك هدية صغيرة، نتمنى تقبلها.", "ar", []),
])
def test_round_fy_ga_counterfactual_blame_and_acceptance(text, lang, found):
    assert [r for r, _ in tone(text, lang) if r != "commitment"] == found


@pytest.mark.parametrize("text,lang,found", [
    # round gb-gd (marketplace sellers): a tautology that closes the matter, sarcasm about changing for one person,
    # 'you are expected to know by now'
    ("Rules are rules, I'm afraid.", "en", ["dismissive"]), ("A deal is a deal.", "en", ["dismissive"]),
    ("These are the fees for this month.", "en", []), ("New York is New York: busy in December!", "en", []),
    ("Oh sure, we'll just change the whole policy because one customer complained.", "en", ["sarcasm"]),
    ("Regels zijn regels.", "nl", ["dismissive"]), ("Afspraak is afspraak.", "nl", ["dismissive"]),
    ("Tuurlijk, we passen meteen alle regels aan omdat één klant klaagt.", "nl", ["sarcasm"]),
    ("Als klant wordt u geacht de voorwaarden inmiddels te kennen.", "nl", ["condescending"]),
    ("النظام نظام.", "ar", ["dismissive"]), ("الرسوم رسوم التوصيل فقط.", "ar", []),
    ("المفروض تكون فاهم هالشي من زمان.", "ar", ["condescending"]),
])
def test_round_gb_gd_tautologies_and_expectations(text, lang, found):
    assert [r for r, _ in tone(text, lang) if r != "commitment"] == found


def test_a_preposition_on_a_word_before_a_comma_is_no_name():
    report = Linter(select=["context.wrong_name"]).check("كبائع، لازم تطبع الملصق من التطبيق.", language="ar",
                                                        context={"customer": {"name": "ماجد الحربي"}})
    assert report.findings == []


@pytest.mark.parametrize("text,lang,found", [
    # round gh-gj (an accountancy firm's e-mails): formal passive aggression, in other sentences
    ("The form is attached. For the third time.", "en", ["blame"]),
    ("As I remind you every month, invoices are due on the 1st.", "en", ["blame"]),
    ("The penalty is the result of your late payment.", "en", ["blame"]),
    ("The delay was the result of your parcel being held at customs.", "en", []),
    ("We can only process what you send us, so please attach the receipt.", "en", []),
    ("Rules apply to everyone, however annoying that may seem to you.", "en", ["condescending"]),
    ("Just google it.", "en", ["dismissive"]), ("How lovely to hear from you!", "en", []),
    ("What a nice surprise to hear from you on the last day, as usual.", "en", ["sarcasm"]),
    ("De bijlage zit erbij. Voor de derde keer.", "nl", ["blame"]),
    ("De vertraging komt doordat u het formulier te laat instuurde.", "nl", ["blame"]),
    ("De vertraging komt doordat uw pakket bij de douane ligt.", "nl", []),
    ("Google het maar even.", "nl", ["dismissive"]),
    ("المرفق موجود. للمرة الثالثة.", "ar", ["blame"]), ("دور عليها في قوقل.", "ar", ["dismissive"]),
])
def test_round_gh_gj_formal_passive_aggression(text, lang, found):
    assert [r for r, _ in tone(text, lang) if r != "commitment"] == found


def test_what_should_have_reached_the_customer_is_an_apology():
    assert tone("كان المفروض يوصلك إيميل يوم الثلاثاء، آسفين إنه ما وصلك.", "ar") == []
    assert [r for r, _ in tone("كان المفروض تقرأ الإيميل يوم الثلاثاء.", "ar")] == ["blame"]


@pytest.mark.parametrize("text,found", [
    ("Our policy is policy-based.", []), ("Policy is policy, sorry.", ["dismissive"]),
    ("The fee is fee-free for members.", []), ("Our York office is York's oldest.", []),
])
def test_a_tautology_closes_its_sentence(text, found):
    assert [r for r, _ in tone(text, "en") if r != "commitment"] == found


@pytest.mark.parametrize("text,lang,found", [
    # round gt-gv (university admissions): formal passive aggression, in other sentences
    ("The form is on our website, which I trust you are able to find.", "en", ["condescending"]),
    ("This conversation is now closed.", "en", ["dismissive"]), ("Your case is now closed, and the refund is on its way.", "en", []),
    ("Twice would be plenty; once would have sufficed.", "en", ["sarcasm"]),
    ("A late fee is, as the name quite clearly suggests, a fee for paying late.", "en", ["condescending"]),
    ("As the name suggests, the Sunset Tour runs at sunset.", "en", []),
    ("Het formulier staat online; u kunt het vast zelf wel te vinden.", "nl", []),
    ("Wij beschouwen deze discussie als afgesloten.", "nl", ["dismissive"]),
    ("Had je de bon bewaard, dan konden we hem ruilen.", "nl", ["blame"]),
    ("نعتبر هذا النقاش منتهي.", "ar", ["dismissive"]), ("مرة وحدة تكفي.", "ar", ["sarcasm"]),
])
def test_round_gt_gv_formal_passive_aggression(text, lang, found):
    assert [r for r, _ in tone(text, lang) if r != "commitment"] == found


class _LinkPack:  # the fields _Tautology reads
    tautology_links = ["is", "means", "is still", "blijft"]
    tautology_articles = ["a", "de"]
    tautologies: list[str] = []


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["is", "this", " ", "\t", "  ", "means", "still", "x", "blijft", ".", "\n", "a"]),
                max_size=14).map("".join))
def test_joining_verbs_are_found_where_the_blank_led_expression_finds_them(text):
    """Tautologies look for their joining verb first and then for the blank before it; the matches must be
    those of the expression that starts with the blank."""
    import re

    from replylint.rules.tone.phrases import _Tautology

    links = sorted(_LinkPack.tautology_links, key=len, reverse=True)
    blank_led = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, links)) + r")[ \t]+")
    assert list(_Tautology(_LinkPack)._links(text)) == [m.span() for m in blank_led.finditer(text)]


@pytest.mark.parametrize("text,found", [
    # patience praised against a count of messages that closes the sentence
    ("Thanks so much for your tremendous patience, three messages in one minute.", True),
    ("Thank you for your patience, five emails in an hour!", True),
    ("Thanks for your patience, three messages in and it's sorted: your refund is on its way.", False),
    ("Thank you for your patience, two emails within a day is fine, we answer them all.", False),
    # delight in a long wait for the customer
    ("It's been a delight waiting for your answer for three weeks.", True),
    ("It was a pleasure working with you for two weeks on the kitchen.", False),
    ("Thank you for waiting for two weeks; the part has arrived.", False),
])
def test_praise_belied_by_a_count_or_a_wait(text, found):
    rules = [f.rule for f in Linter(select=["tone"]).check(text, language="en").findings]
    assert ("tone.sarcasm" in rules) is found, rules


@pytest.mark.parametrize("text,language,rule", [
    # round hc-he (insurance-claims e-mails), in other sentences
    ("Yes, we have your photos. All three times.", "en", "tone.sarcasm"),
    ("Calling us every day won't get your payout any faster.", "en", "tone.dismissive"),
    ("We hebben uw foto's ontvangen. Alle drie de keren.", "nl", "tone.sarcasm"),
    ("Blijven bellen maakt de afhandeling echt niet sneller.", "nl", "tone.dismissive"),
    ("Had u de polis gelezen die u kreeg, dan had u het geweten.", "nl", "tone.blame"),
    ("Misschien was het gesprek prettiger verlopen als u minder had geschreeuwd.", "nl", "tone.blame"),
    ("Wij mailen niet om de polis voor te lezen.", "nl", "tone.condescending"),
    ("وصلتنا الصور. في المرتين.", "ar", "tone.sarcasm"),
    ("الاتصال كل يوم لن يجعل التعويض أسرع.", "ar", "tone.dismissive"),
    ("لو راجعت الوثيقة لعرفت أن التحمل ٥٠٠ درهم.", "ar", "tone.blame"),
])
def test_round_hc_he_formal_passive_aggression(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["tone"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("We refunded you both times, and the second refund arrives on Friday.", "en"),
    ("Both times were refunded on Monday.", "en"),
    ("Chasing the courier will make it faster, so I've done that for you.", "en"),
    ("Blijven mailen is niet nodig: ik houd u op de hoogte.", "nl"),
    ("Had u de handleiding al gelezen? Zo niet, dan stuur ik hem mee.", "nl"),
    ("Wij bellen niet om de wijziging uit te leggen; u krijgt een brief.", "nl"),
    ("استرجعنا المبلغ في المرتين، وتوصلك الدفعة الثانية الجمعة.", "ar"),
    ("لا نقدم خدمة قراءة العدادات، لكن الفني يزورك غداً.", "ar"),
])
def test_round_hc_he_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["tone"]).check(text, language=language).findings
            if f.rule not in ("tone.unprofessional", "tone.missing_greeting", "tone.missing_signoff")] == []


def test_a_pattern_can_be_held_to_the_start_of_a_sentence():
    from replylint.patterns import PatternError, PatternSet, validate_pattern

    patterns = PatternSet("en")
    patterns.add("sarcasm", ["^ both times ."])
    assert patterns.find("Yes, we got it. Both times.") == [("sarcasm", 16, 27)]
    assert patterns.find("We refunded you both times.") == []
    with pytest.raises(PatternError):
        validate_pattern("both ^ times")


@pytest.mark.parametrize("text,lang,dismissive", [
    ("The manager doesn't have time for complaints like this.", "en", True),
    ("He doesn't have time for this.", "en", True),
    ("The engineer doesn't have time for a second visit today, so I've booked Monday.", "en", False),
    ("De manager heeft geen tijd voor dit soort klachten.", "nl", True),
    ("De monteur heeft geen tijd voor een tweede bezoek deze week, maar maandag wel.", "nl", False),
    ("المدير مشغول وما عنده وقت لمثل هالشكاوي. مع السلامة.", "ar", True),
    ("المدير ما عنده وقت اليوم، بيكلمك بكرة الصبح.", "ar", False),
])
def test_someone_has_no_time_for_the_customer(text, lang, dismissive):
    assert bool(tone(text, lang, "dismissive")) is dismissive


@pytest.mark.parametrize("text,lang,rule,found", [
    ("Slikken of stikken.", "nl", "dismissive", True),
    ("خذه ولا اتركه، هذا اللي عندنا.", "ar", "dismissive", True),
    ("The gate shuts 20 minutes before take-off, and it's written in big letters on your boarding pass.", "en",
     "condescending", True),
    ("The code is printed in bold type on the back of the card.", "en", "condescending", False),
    ("De gate sluit 20 minuten voor vertrek, en dat staat ook in grote letters op de instapkaart.", "nl",
     "condescending", True),
    ("Het bedrag staat vetgedrukt bovenaan de factuur.", "nl", "condescending", False),
    ("البوابة تقفل قبل الإقلاع بعشرين دقيقة، ومكتوبة بخط كبير في بطاقة الصعود.", "ar", "condescending", True),
    ("FYI: the SIM goes in the SIM tray, not in the memory card slot.", "en", "condescending", True),
    ("Ter info: een simkaart gaat in het simlaatje, niet in de sleuf voor de geheugenkaart.", "nl", "condescending",
     True),
    ("FYI, the fee applies to the main line, not the extra SIMs.", "en", "condescending", False),
    ("Iris, jij hebt in de auto overgegeven, dus ja, jij betaalt de schoonmaak.", "nl", "blame", True),
    ("U heeft de korting al gekregen, dus u betaalt nu het lage bedrag.", "nl", "blame", False),
    ("You were sick in the car, so yes, you pay for the cleaning.", "en", "blame", True),
    ("You ordered the annual plan, so you pay less per month.", "en", "blame", False),
])
def test_the_obvious_in_big_letters_and_the_bill_handed_back(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


@pytest.mark.parametrize("text,lang,rule,found", [
    ("It went up because you use a lot of power. Turn a light off for once.", "en", "blame", True),
    ("Try the reset button for once more.", "en", "blame", False),
    ("That's not how grown-up life works.", "en", "condescending", True),
    ("That's how the app works: tap Readings, then Submit.", "en", "condescending", False),
    ("Your fine, your problem.", "en", "dismissive", True),
    ("Your order, your choice: pick any colour.", "en", "dismissive", False),
    ("Uw boete, uw probleem.", "nl", "dismissive", True),
    ("Jouw bestelling, jouw keuze.", "nl", "dismissive", False),
    ("عقدك، مشكلتك.", "ar", "dismissive", True),
    ("Stop the presses.", "en", "sarcasm", True),
    ("Goh, een fout. Wat een wereldnieuws.", "nl", "sarcasm", True),
    ("خبر عاجل: خصم ٢٠٪ على كل الأجهزة!", "ar", "sarcasm", False),
    ("الفاتورة غالية لأنك مشغل المكيف ٢٤ ساعة وتبينا نشيل عنك الغلطة.", "ar", "blame", True),
    ("You signed a fixed contract. Nobody forced you.", "en", "blame", True),
    ("You left early, so the fee is yours to pay, end of.", "en", "dismissive", True),
    ("We close at the end of the month.", "en", "dismissive", False),
    ("U heeft zelf voor een vast contract gekozen en u bent eerder weggegaan.", "nl", "blame", True),
    ("Je hebt zelf voor de kleur gekozen? Dan ruilen we hem gratis.", "nl", "blame", False),
])
def test_round_hl_hn_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


@pytest.mark.parametrize("text,lang,rule,found", [
    ("Maybe budget like an adult and it won't happen.", "en", "condescending", True),
    ("People with your spending habits shouldn't be let anywhere near an overdraft.", "en", "condescending", True),
    ("Crying about it on Twitter won't bring it back any faster.", "en", "dismissive", True),
    ("We'll stop calling when you pay.", "en", "dismissive", False),
    ("Leer eens budgetteren zoals een volwassene.", "nl", "condescending", True),
    ("Huilen op Twitter maakt hem niet sneller weer bruikbaar.", "nl", "dismissive", True),
    ("Daar ben je mee akkoord gegaan toen je het vinkje aanklikte zonder te lezen.", "nl", "blame", True),
    ("Tuurlijk, ik zwaai even met mijn toverstokje.", "nl", "sarcasm", True),
    ("تعلم تدبر فلوسك مثل الكبار.", "ar", "condescending", True),
    ("والتحلطم في تويتر ما بيرجعه أسرع.", "ar", "dismissive", True),
    ("أكيد، خلني أطلع العصا السحرية.", "ar", "sarcasm", True),
])
def test_round_ho_hq_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


@pytest.mark.parametrize("text,lang,rule,found", [
    ("It's under Profile, like it says on the page you're looking at. Open your eyes.", "en", "condescending", True),
    ("Open your eyes slowly after the drops.", "en", "condescending", False),
    ("Het staat onder Profiel. Doe je ogen eens open.", "nl", "condescending", True),
    ("Upgrade your connection instead of blaming us.", "en", "blame", True),
    ("Regel een betere verbinding in plaats van ons de schuld te geven.", "nl", "blame", True),
    ("حسّن اتصالك بدال ما تلومنا.", "ar", "blame", True),
    ("We don't reset attempts. Them's the breaks.", "en", "dismissive", True),
    ("ما نصفر المحاولات. هذا حظك.", "ar", "dismissive", True),
    ("مبروك! هذا حظك اليوم.", "ar", "dismissive", False),
])
def test_round_hr_ht_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


@pytest.mark.parametrize("text,lang,rule,found", [
    ("If you can't read a map, that's hardly the driver's fault.", "en", "blame", True),
    ("It's not your fault at all, the app crashed.", "en", "blame", False),
    ("إذا ما تعرف تقرا الخريطة فهذي مو غلطة السواق.", "ar", "blame", True),
    ("Maybe try being nice for a change and see how that works out.", "en", "condescending", True),
    ("Omdat je annuleerde. Volgende.", "nl", "dismissive", True),
    ("De volgende rit is gratis.", "nl", "dismissive", False),
    ("٢٥ دقيقة كاملة، يا للمأساة.", "ar", "sarcasm", True),
    ("Because you cancelled. Fees exist for a reason. Next.", "en", "dismissive", True),
    ("Next, tap Settings.", "en", "dismissive", False),
    ("لأنك ألغيت. الرسوم موجودة لسبب. اللي بعده.", "ar", "dismissive", True),
    ("ما أجمل أن نسمع منك قبل الموعد النهائي بيومين، كالعادة.", "ar", "sarcasm", True),
    ("Wat fijn om twee dagen voor de deadline van u te horen, zoals gewoonlijk.", "nl", "sarcasm", True),
])
def test_round_hx_hz_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


# reassurance in the words of blame (and, for the tone model, tests/fixtures/tone_neighbours.jsonl)
@pytest.mark.parametrize("text,lang", [
    ("It's not your fault at all, the app crashed.", "en"), ("None of this is your fault.", "en"),
    ("That was not your mistake at all.", "en"), ("You didn't do anything wrong.", "en"),
    ("Het ligt niet aan jou.", "nl"), ("Je hebt niets verkeerd gedaan.", "nl"), ("Het is niet jouw schuld.", "nl"),
    ("مو غلطتك أبداً، التطبيق علّق.", "ar"), ("هذا ليس خطأك.", "ar"), ("ما سويت شي غلط.", "ar"),
    ("الغلط منا مو منك.", "ar"),
])
def test_reassurance_is_not_blame(text, lang):
    assert tone(text, lang) == []


@pytest.mark.parametrize("text,lang", [("This is your fault.", "en"), ("It was your mistake, not ours.", "en"),
                                       ("هذا خطأك مو خطأنا.", "ar")])
def test_blame_is_still_blame(text, lang):
    assert tone(text, lang, "blame")


# empathy and apology in words that also open blame (and, for the models, tests/fixtures/tone_neighbours.jsonl)
@pytest.mark.parametrize("text,lang", [
    ("Zoals vermeld in de bevestiging is je boeking voor twee volwassenen.", "nl"),
    ("As mentioned, your booking is for two adults.", "en"),
    ("Eerlijk gezegd zou ik ook geïrriteerd zijn.", "nl"),
    ("Natuurlijk had je niet zo lang hoeven wachten.", "nl"),
    ("أدري إن هذا مو الجواب اللي كنت تتمناه، بس الإرجاع مسموح خلال ٣٠ يوم بس.", "ar"),
    ("بصراحة لو مكانك كان انزعجت بعد.", "ar"),
    ("أكيد ما كان المفروض تنتظر كل هالوقت.", "ar"),
    ("Honestly, I'd have been annoyed too.", "en"),
])
def test_empathy_is_not_blame(text, lang):
    assert [f.rule for f in LINTER.check(text, language=lang).findings
            if f.category.value in ("tone", "toxicity") and f.severity is not Severity.INFO] == []


@pytest.mark.parametrize("text,lang", [("Zoals al gezegd is je boeking voor twee volwassenen.", "nl"),
                                       ("Zoals eerder vermeld is je boeking voor twee volwassenen.", "nl")])
def test_as_said_before_is_still_blame(text, lang):
    assert tone(text, lang, "blame")


@pytest.mark.parametrize("text,lang,rule", [
    ("Honestly, a toddler could work out how to reset a router.", "en", "condescending"),
    ("Maybe get a grown-up to help you with the app.", "en", "condescending"),
    ("You're lucky we even answer you.", "en", "condescending"),
    ("That's a you problem.", "en", "dismissive"),
    ("Do us all a favour and shop somewhere else.", "en", "dismissive"),
    ("Your complaint has been noted and ignored.", "en", "dismissive"),
    ("Congratulations on finally reading the manual.", "en", "sarcasm"),
    ("Eerlijk, een kleuter snapt hoe je een router reset.", "nl", "condescending"),
    ("Vraag anders even een volwassene om je te helpen met de app.", "nl", "condescending"),
    ("Welk deel van 'niet restitueerbaar' begrijp je niet?", "nl", "condescending"),
    ("Wat had je verwacht voor die prijs?", "nl", "condescending"),
    ("Ik heb geen zin om dit nog eens uit te leggen.", "nl", "dismissive"),
    ("Uw klacht is genoteerd en genegeerd.", "nl", "dismissive"),
    ("Jullie lezen ook nooit iets.", "nl", "blame"),
    ("خل أحد كبير يساعدك في التطبيق.", "ar", "condescending"),
    ("وش كنت متوقع بهالسعر؟", "ar", "condescending"),
    ("ما لي خلق أشرح لك مرة ثانية.", "ar", "dismissive"),
    ("شكواك انسجلت وانتهينا.", "ar", "dismissive"),
    ("مبروك، أخيراً قريت الدليل.", "ar", "sarcasm"),
])
def test_rude_sentences_of_round_ia_ic(text, lang, rule):
    assert tone(text, lang, rule)


@pytest.mark.parametrize("text,lang", [
    ("The new app is so simple even a child could use it!", "en"),
    ("Well done on finally getting the refund through, sorry it took so long.", "en"),
    ("De app is zo simpel dat zelfs een kind hem kan gebruiken!", "nl"),
    ("التطبيق سهل لدرجة إن حتى الطفل يقدر يستخدمه!", "ar"), ("مبروك، أخيراً وصلتك الشحنة!", "ar"),
])
def test_praise_and_congratulations_are_clean(text, lang):
    assert [r for r, _ in tone(text, lang) if r != "commitment"] == []


@pytest.mark.parametrize("text,lang,rule,found", [
    ("Wij kunnen ook niet toveren.", "nl", "dismissive", True),
    ("خلاص، حظك كذا.", "ar", "dismissive", True), ("دبر نفسك.", "ar", "dismissive", True),
    ("هذا الموجود، تعود عليه.", "ar", "dismissive", True),
    ("يمكن لازم تنتبه شوي.", "ar", "condescending", True), ("كان تقدر تفكر فيها بنفسك.", "ar", "condescending", True),
])
def test_round_id_ie_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


# formal passive aggression in three languages (and clean neighbours of the same shape)
@pytest.mark.parametrize("text,lang,rule,found", [
    ("We are not responsible for your misuse of the device.", "en", "blame", True),
    ("We're not responsible for your parcel once it's signed for.", "en", "blame", False),
    ("Wij zijn niet verantwoordelijk voor uw onzorgvuldigheid.", "nl", "blame", True),
    ("نحن لسنا مسؤولين عن سوء استخدامك للجهاز.", "ar", "blame", True),
    ("We're not obliged to reply to every question.", "en", "dismissive", True),
    ("Wij zijn niet verplicht op elke vraag te reageren.", "nl", "dismissive", True),
    ("لسنا ملزمين بالرد على كل استفسار.", "ar", "dismissive", True),
    ("Our patience has limits.", "en", "dismissive", True), ("Ons geduld is niet eindeloos.", "nl", "dismissive", True),
    ("ترا صبرنا له حدود.", "ar", "dismissive", True),
    ("Accept it or cancel your subscription.", "en", "dismissive", True),
    ("Accepteer het of zeg je abonnement op.", "nl", "dismissive", True),
    ("اقبل الوضع أو الغِ الاشتراك.", "ar", "dismissive", True),
    ("Klagen verandert daar niets aan.", "nl", "dismissive", True),
    ("هذا ما لدينا، والقرار لك.", "ar", "dismissive", True),
    ("Great, a fourth order with the same error.", "en", "sarcasm", True),
    ("Great, a second pair with the same discount is free this week!", "en", "sarcasm", False),
    ("Prachtig, de vierde bestelling met dezelfde fout.", "nl", "sarcasm", True),
    ("Geweldig, de tweede fles met dezelfde korting is gratis!", "nl", "sarcasm", False),
    ("رائع، طلب رابع بنفس الخطأ.", "ar", "sarcasm", True),
    ("Try reading it slowly this time.", "en", "condescending", True),
    ("حاول تقرأ ببطء هالمرة.", "ar", "condescending", True),
    ("It's really simple if you pay attention.", "en", "condescending", True),
    ("It's really simple if you follow the three steps below.", "en", "condescending", False),
    ("Het is heel simpel als u even oplet.", "nl", "condescending", True),
    ("Het lijkt erop dat u onze vorige mail niet heeft begrepen.", "nl", "condescending", True),
])
def test_formal_passive_aggression(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


def test_an_instruction_that_promises_ease_is_clean():
    assert tone("It's really simple if you follow the three steps below.", "en") == []


# classic passive aggression, and neighbours that say the same words kindly
@pytest.mark.parametrize("text,lang,rule,found", [
    ("As I'm sure you're aware, returns need a receipt.", "en", "condescending", True),
    ("As I'm sure you know, the holiday rush starts next week, so order early.", "en", "condescending", False),
    ("I'll keep this simple for you.", "en", "condescending", True),
    ("I'll type slowly so you can follow.", "en", "condescending", True),
    ("Bless your heart, the charger goes in the other port.", "en", "condescending", True),
    ("Some customers manage to read the instructions.", "en", "condescending", True),
    ("Some customers manage to get it working by restarting the router first, so try that.", "en", "condescending",
     False),
    ("You do realise the sale ended last week?", "en", "condescending", True),
    ("Not to be rude, but that's not how it works.", "en", "condescending", True),
    ("Did you even try turning it on?", "en", "condescending", True),
    ("Thanks for your patience, or lack thereof.", "en", "sarcasm", True),
    ("I'm sorry you feel that way.", "en", "dismissive", True),
    ("I'm sorry you feel that way, and I'd like to make it right.", "en", "dismissive", False),
    ("Go ahead, escalate it, see if I care.", "en", "dismissive", True),
    ("You're the only customer who has ever had this problem.", "en", "dismissive", True),
    ("You're the only one who can approve this, so I've sent it to you.", "en", "dismissive", False),
    ("Sorry dat u zich zo voelt.", "nl", "dismissive", True),
    ("U bent de enige klant die dit probleem ooit heeft gehad.", "nl", "dismissive", True),
    ("Heeft u het apparaat überhaupt aangezet?", "nl", "condescending", True),
    ("كما قلت لك في رسالتي السابقة، تم الاسترجاع يوم الاثنين.", "ar", "blame", True),
    ("كما ذكرت في رسالتي السابقة، تم الاسترجاع يوم الاثنين.", "ar", "blame", False),
    ("هذا الموجود وخلاص.", "ar", "dismissive", True), ("آسفين إنك حاسس كذا.", "ar", "dismissive", True),
    ("إنت العميل الوحيد اللي صار معه هالشي.", "ar", "dismissive", True),
    ("شغلت الجهاز أصلاً؟", "ar", "condescending", True),
])
def test_classic_passive_aggression(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


# round if-ik (tests/fixtures/phrasings.jsonl), with the clean neighbours of its new patterns
@pytest.mark.parametrize("text,lang,rule,found", [
    ("Honestly, the same as every other claim. We'll get to it when we get to it.", "en", "dismissive", True),
    ("We'll get to it first thing tomorrow, when the depot opens.", "en", "dismissive", False),
    ("Nope. Deleted means deleted.", "en", "dismissive", True),
    ("Verwijderd betekent verwijderd.", "nl", "dismissive", True),
    ("ملغي يعني ملغي.", "ar", "dismissive", True),
    ("Should have been more careful.", "en", "blame", True),
    ("Should have been delivered yesterday, sorry about that.", "en", "blame", False),
    ("Nobody sane does that. Archive some.", "en", "condescending", True),
    ("Voor die prijs moet je niet klagen.", "nl", "dismissive", True),
    ("Echt heel volwassen van je.", "nl", "sarcasm", True),
    ("Een volwassen ticket kost €12, een kinderticket €6.", "nl", "sarcasm", False),
    ("مش هترجع حاجة. خلاص، الموضوع انتهى.", "ar", "dismissive", True),
    ("الموضوع انتهى وتم إرجاع المبلغ لحسابك.", "ar", "dismissive", False),
    ("المدير مش فاضيلك. احكي معي.", "ar", "dismissive", True),
    ("الفني مش فاضي اليوم، بس بكرة الصبح بيجيك.", "ar", "dismissive", False),
    ("مفهوم ولا بدك أرسم لك؟", "ar", "condescending", True),
    ("بدك أرسم لك خريطة للفرع؟ ما في مشكلة.", "ar", "condescending", False),
    ("بعتذر منك، الموظف ما كان لازم يحكي معك هيك.", "ar", "blame", False),
])
def test_round_if_ik_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


# round il-iq (tests/fixtures/phrasings.jsonl), with the clean neighbours of its new patterns
@pytest.mark.parametrize("text,lang,rule,found", [
    ("Because your bag weighed 27kg, Liam. Scales don't lie, even if passengers do.", "en", "sarcasm", True),
    ("Numbers don't lie: our uptime was 99.9% last year.", "en", "sarcasm", False),
    ("You cancelled on the 2nd, your billing date was the 1st. Calendars are hard, I know.", "en", "sarcasm", True),
    ("Technology is hard sometimes, I get it.", "en", "sarcasm", False),
    ("Says the guy who shares his password with half his street.", "en", "sarcasm", True),
    ("You probably put the wrong address on the tag.", "en", "blame", True),
    ("You probably received two emails; the second one has the new date.", "en", "blame", False),
    ("Call your bank, call your mum, call whoever you like.", "en", "dismissive", True),
    ("Dien maar in. Niemand gaat hem lezen.", "nl", "dismissive", True),
    ("Ja ja, we weten het.", "nl", "dismissive", True),
    ("Ja, je kunt het abonnement pauzeren.", "nl", "dismissive", False),
    ("Tja, als je op elke link klikt die je krijgt, dan vraag je er eigenlijk om.", "nl", "blame", True),
    ("Misschien eerst een betere baan zoeken?", "nl", "condescending", True),
    ("Misschien even je verwachtingen bijstellen?", "nl", "condescending", True),
    ("Ach, die jongens bedoelen het niet zo.", "nl", "dismissive", True),
    ("لا يوجد مدير متاح لمثل هذه الشكاوى التافهة.", "ar", "dismissive", True),
    ("يبدو أن الأمر صعب الفهم عليكِ، سأشرحه ببطء.", "ar", "condescending", True),
    ("سأشرح لك الخطوات بالتفصيل.", "ar", "condescending", False),
    ("يا ماجد عداد البنزين ما يكذب.", "ar", "blame", True),
    ("النظام ما يغلط في الحساب، بس خليني أتأكد لك.", "ar", "blame", False),
])
def test_round_il_iq_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


# round ir-it (tests/fixtures/phrasings.jsonl), with the clean neighbours of its new patterns
@pytest.mark.parametrize("text,lang,rule,found", [
    ("Zoals ik u gisteren al heb gemaild, is uw bestelling onderweg.", "nl", "blame", True),
    ("Had u de track & trace bekeken, dan wist u dat al.", "nl", "blame", True),
    ("Ik heb het nagekeken, dan had je recht op een vergoeding van €20.", "nl", "blame", False),
    ("Nee. Wat besteld is, is besteld.", "nl", "dismissive", True),
    ("What's done is done.", "en", "dismissive", True),
    ("اكتب ما تشاء، تقييمك لن يهم أحداً.", "ar", "dismissive", True),
    ("تقييمك يهمنا جداً ويساعدنا نتحسن.", "ar", "dismissive", False),
])
def test_round_ir_it_tone(text, lang, rule, found):
    assert bool(tone(text, lang, rule)) is found


# the textbook phrasings of each kind, as a corpus writer would give them (tone and toxicity alike), with the
# whole default profile
FULL = Linter()


def reported(text, lang, category):
    """Whether the whole default profile reports ``category`` in ``text`` at warning level or above."""
    return any(f.category.value == category and f.severity is not Severity.INFO
               for f in FULL.check(text, language=lang).findings)


def warnings(text, lang, categories=None):
    """``(rule, excerpt)`` of what the whole default profile reports at warning level or above (of ``categories``
    only, when given), without tone.commitment, which promises are, not problems."""
    return [(f.rule, f.excerpt) for f in FULL.check(text, language=lang).findings
            if f.severity is not Severity.INFO and f.rule != "tone.commitment"
            and (categories is None or f.category.value in categories)]


def problem_kinds(text, lang):
    """The phrase rules' kinds of unprofessional tone found in ``text``."""
    return [k for k, _ in tone(text, lang) if k in ("blame", "dismissive", "condescending", "sarcasm")]


@pytest.mark.parametrize("text,lang,category", [
    ("You should have read the terms before you signed up.", "en", "tone"),
    ("This happened because you didn't follow the instructions.", "en", "tone"),
    ("If you had entered the correct address, this wouldn't have happened.", "en", "tone"),
    ("It's your responsibility to check your order before confirming.", "en", "tone"),
    ("You clearly didn't read the email we sent you.", "en", "tone"),
    ("The mistake is on your end, not ours.", "en", "tone"),
    ("There's nothing we can do about it.", "en", "tone"),
    ("We've already answered this question. Please stop contacting us.", "en", "tone"),
    ("Not our department, sorry.", "en", "tone"),
    ("That's just how it is. Take it or leave it.", "en", "tone"),
    ("I don't have time for this.", "en", "tone"),
    ("Whatever. The policy is the policy.", "en", "tone"),
    ("Let me explain this slowly so you can understand.", "en", "tone"),
    ("Even a child could figure out how to reset a router.", "en", "tone"),
    ("I'm not sure how much simpler I can make this for you.", "en", "tone"),
    ("Perhaps you should learn how to use a computer first.", "en", "tone"),
    ("Obviously, you need to plug it in first. Basic stuff.", "en", "tone"),
    ("Oh sure, because everything is always our fault.", "en", "tone"),
    ("Wow, what a surprise, another complaint from you.", "en", "tone"),
    ("Congratulations, you've discovered the off button.", "en", "tone"),
    ("Are you stupid or just pretending?", "en", "toxicity"),
    ("You're completely clueless.", "en", "toxicity"),
    ("What the hell do you want now?", "en", "toxicity"),
    ("Keep this up and you'll regret it.", "en", "toxicity"),
    ("Watch your back.", "en", "toxicity"),
    ("People from your country are always trying to scam us.", "en", "toxicity"),
    ("U had de voorwaarden moeten lezen voordat u bestelde.", "nl", "tone"),
    ("Dit is uw eigen schuld, u heeft het verkeerde adres ingevuld.", "nl", "tone"),
    ("Als je de handleiding had gelezen, was dit niet gebeurd.", "nl", "tone"),
    ("Daar kunnen wij niets aan doen.", "nl", "tone"),
    ("Wij hebben deze vraag al beantwoord. Stop met mailen.", "nl", "tone"),
    ("Dat is niet ons probleem.", "nl", "tone"),
    ("Zo is het beleid nu eenmaal, einde discussie.", "nl", "tone"),
    ("Ik zal het nog één keer langzaam uitleggen.", "nl", "tone"),
    ("Zelfs een kind kan dit formulier invullen.", "nl", "tone"),
    ("Het is echt niet zo moeilijk hoor.", "nl", "tone"),
    ("Goh, wat een verrassing, weer een klacht van u.", "nl", "tone"),
    ("Nou, gefeliciteerd, u heeft de aan-knop gevonden.", "nl", "tone"),
    ("Succes daarmee.", "nl", "tone"),
    ("Ben je nou echt zo dom?", "nl", "toxicity"),
    ("Wat een idioot ben jij.", "nl", "toxicity"),
    ("Wat moet je nou weer, verdomme?", "nl", "toxicity"),
    ("Als je zo doorgaat, krijg je er spijt van.", "nl", "toxicity"),
    ("Mensen uit jouw land proberen ons altijd op te lichten.", "nl", "toxicity"),
    ("كان يجب عليك قراءة الشروط قبل الشراء.", "ar", "tone"),
    ("هذا خطأك أنت، أدخلت العنوان الخطأ.", "ar", "tone"),
    ("لو قرأت التعليمات لما حدث هذا.", "ar", "tone"),
    ("لا يمكننا فعل أي شيء بخصوص هذا.", "ar", "tone"),
    ("لقد أجبنا على هذا السؤال من قبل، توقف عن مراسلتنا.", "ar", "tone"),
    ("هذه ليست مشكلتنا.", "ar", "tone"),
    ("سأشرح لك ببطء حتى تفهم.", "ar", "tone"),
    ("حتى الطفل يستطيع إعادة تشغيل الراوتر.", "ar", "tone"),
    ("الأمر ليس صعباً إلى هذه الدرجة.", "ar", "tone"),
    ("يا لها من مفاجأة، شكوى أخرى منك.", "ar", "tone"),
    ("مبروك، لقد اكتشفت زر الإطفاء.", "ar", "tone"),
    ("حظاً موفقاً في ذلك.", "ar", "tone"),
    ("هل أنت غبي؟", "ar", "toxicity"),
    ("أنت لا تفهم شيئاً يا أحمق.", "ar", "toxicity"),
    ("تباً لك.", "ar", "toxicity"),
    ("استمر هكذا وسوف تندم.", "ar", "toxicity"),
    ("الناس من بلدك دائماً يحاولون الاحتيال علينا.", "ar", "toxicity"),
    ("Had you read our FAQ, you would have known this.", "en", "tone"),
    ("You failed to provide the correct information.", "en", "tone"),
    ("Next time, make sure you double-check your order.", "en", "tone"),
    ("This is a result of your own mistake.", "en", "tone"),
    ("You ignored our warnings, so this is on you.", "en", "tone"),
    ("We can't be held responsible for your carelessness.", "en", "tone"),
    ("I'm afraid that's simply not possible. End of discussion.", "en", "tone"),
    ("We won't be discussing this any further.", "en", "tone"),
    ("Please don't waste our time with this.", "en", "tone"),
    ("That's your problem, not ours.", "en", "tone"),
    ("Sorry, can't help you. Bye.", "en", "tone"),
    ("Your complaint has been noted. Nothing more to add.", "en", "tone"),
    ("As I've explained several times already, the button is on the left.", "en", "tone"),
    ("I'll try to use small words so you can follow.", "en", "tone"),
    ("Most customers manage this without any help.", "en", "tone"),
    ("It's common sense, really.", "en", "tone"),
    ("Do you even know what a router is?", "en", "tone"),
    ("Well, that went brilliantly, didn't it?", "en", "tone"),
    ("Oh great, another expert who knows better than us.", "en", "tone"),
    ("Sure, we'll drop everything just for you.", "en", "tone"),
    ("What a brilliant idea to pour coffee on your laptop.", "en", "tone"),
    ("Only an idiot would do that.", "en", "toxicity"),
    ("You're a pathetic excuse for a customer.", "en", "toxicity"),
    ("Stop being such a baby.", "en", "toxicity"),
    ("This is a load of crap.", "en", "toxicity"),
    ("Damn it, I told you twice already.", "en", "toxicity"),
    ("We know where you live.", "en", "toxicity"),
    ("You'll be hearing from our lawyers, and it won't be pleasant for you.", "en", "toxicity"),
    ("Typical of women, always overreacting.", "en", "toxicity"),
    ("Go screw yourself.", "en", "toxicity"),
    ("U heeft zelf het verkeerde product besteld.", "nl", "tone"),
    ("Had u beter opgelet, dan was dit niet gebeurd.", "nl", "tone"),
    ("Dat is uw eigen fout, niet de onze.", "nl", "tone"),
    ("Je had het pakket gewoon zelf moeten ophalen.", "nl", "tone"),
    ("Hier gaan we verder niet over in discussie.", "nl", "tone"),
    ("Wij kunnen hier helaas verder niets mee.", "nl", "tone"),
    ("Daar heb ik geen tijd voor.", "nl", "tone"),
    ("Dat is uw probleem, niet het onze.", "nl", "tone"),
    ("Hiermee beschouwen wij de zaak als gesloten.", "nl", "tone"),
    ("Zoals ik al drie keer heb uitgelegd, zit de knop links.", "nl", "tone"),
    ("Dat is toch gewoon logisch?", "nl", "tone"),
    ("De meeste klanten snappen dit wel zonder hulp.", "nl", "tone"),
    ("Weet u eigenlijk wel wat een router is?", "nl", "tone"),
    ("Nou, dat ging lekker, hè?", "nl", "tone"),
    ("Ja hoor, we laten alles voor u vallen.", "nl", "tone"),
    ("Wat een briljant idee om koffie over je laptop te gooien.", "nl", "tone"),
    ("Alleen een idioot doet zoiets.", "nl", "toxicity"),
    ("Doe niet zo kinderachtig.", "nl", "toxicity"),
    ("Je bent echt een sukkel.", "nl", "toxicity"),
    ("Wat een kutbedrijf is dit ook.", "nl", "toxicity"),
    ("We weten waar je woont.", "nl", "toxicity"),
    ("Pas maar op, dit gaat je nog berouwen.", "nl", "toxicity"),
    ("Typisch vrouwen, altijd zo overdreven.", "nl", "toxicity"),
    ("Krijg de tering.", "nl", "toxicity"),
    ("أنت من طلب المنتج الخطأ.", "ar", "tone"),
    ("لو كنت انتبهت لما حدث هذا.", "ar", "tone"),
    ("هذه غلطتك وليست غلطتنا.", "ar", "tone"),
    ("كان من المفترض أن تستلم الطرد بنفسك.", "ar", "tone"),
    ("لن نناقش هذا الموضوع مرة أخرى.", "ar", "tone"),
    ("ليس لدي وقت لهذا.", "ar", "tone"),
    ("هذه مشكلتك وليست مشكلتنا.", "ar", "tone"),
    ("نعتبر هذا الموضوع مغلقاً.", "ar", "tone"),
    ("كما شرحت لك ثلاث مرات، الزر على اليسار.", "ar", "tone"),
    ("هذا شيء بديهي.", "ar", "tone"),
    ("معظم العملاء يفهمون هذا بدون مساعدة.", "ar", "tone"),
    ("هل تعرف أصلاً ما هو الراوتر؟", "ar", "tone"),
    ("يا سلام، فكرة عبقرية أن تسكب القهوة على اللابتوب.", "ar", "tone"),
    ("طبعاً، سنترك كل شيء من أجلك.", "ar", "tone"),
    ("لا يفعل هذا إلا الأغبياء.", "ar", "toxicity"),
    ("لا تكن طفلاً.", "ar", "toxicity"),
    ("أنت إنسان تافه.", "ar", "toxicity"),
    ("اللعنة على هذا.", "ar", "toxicity"),
    ("نحن نعرف أين تسكن.", "ar", "toxicity"),
    ("انتبه لنفسك، ستندم على هذا.", "ar", "toxicity"),
    ("النساء دائماً يبالغن.", "ar", "toxicity"),
    ("روح انقلع يا ابن الـ...", "ar", "toxicity"),
    ("You must have dropped it at some point.", "en", "tone"),
    ("It says so right there in the terms you agreed to.", "en", "tone"),
    ("We sent you three reminders, which you ignored.", "en", "tone"),
    ("That's what happens when you don't update the app.", "en", "tone"),
    ("Nothing I can do, mate.", "en", "tone"),
    ("Take it up with the courier.", "en", "tone"),
    ("Rules are rules.", "en", "tone"),
    ("That's how it works here, like it or not.", "en", "tone"),
    ("Try turning it off and on again, if that's not too complicated for you.", "en", "tone"),
    ("Let me spell it out for you.", "en", "tone"),
    ("Pay attention this time.", "en", "tone"),
    ("Read it again. Slowly.", "en", "tone"),
    ("Oh, I'm so sorry our free service isn't up to your royal standards.", "en", "tone"),
    ("Brilliant. Just brilliant. Another password reset.", "en", "tone"),
    ("Thank you for your incredibly patient tone.", "en", "tone"),
    ("Listen, dumbass, the parcel is at the depot.", "en", "toxicity"),
    ("You're a joke, honestly.", "en", "toxicity"),
    ("What a loser.", "en", "toxicity"),
    ("F*** this, I'm done with you.", "en", "toxicity"),
    ("You'd better watch yourself.", "en", "toxicity"),
    ("Don't make me come over there.", "en", "toxicity"),
    ("Your people never pay on time.", "en", "toxicity"),
    ("Suck my d*ck.", "en", "toxicity"),
    ("U heeft het toestel vast laten vallen.", "nl", "tone"),
    ("Het staat gewoon in de voorwaarden waarmee u akkoord ging.", "nl", "tone"),
    ("Wij hebben u drie herinneringen gestuurd, die u heeft genegeerd.", "nl", "tone"),
    ("Ik kan er niks aan doen.", "nl", "tone"),
    ("Regel het maar met de bezorger.", "nl", "tone"),
    ("Regels zijn regels.", "nl", "tone"),
    ("Zo werkt het hier, of u het nu leuk vindt of niet.", "nl", "tone"),
    ("Probeer het apparaat uit en weer aan te zetten, als dat niet te ingewikkeld voor u is.", "nl", "tone"),
    ("Ik zal het voor u spellen.", "nl", "tone"),
    ("Let deze keer even op.", "nl", "tone"),
    ("O, wat spijtig dat onze gratis service niet aan uw koninklijke eisen voldoet.", "nl", "tone"),
    ("Geweldig. Echt geweldig. Weer een wachtwoordreset.", "nl", "tone"),
    ("Luister eens, eikel, het pakket ligt bij het depot.", "nl", "toxicity"),
    ("Je bent een grap.", "nl", "toxicity"),
    ("Godverdomme, ik heb het je twee keer gezegd.", "nl", "toxicity"),
    ("Je kunt maar beter uitkijken.", "nl", "toxicity"),
    ("Jouw soort betaalt nooit op tijd.", "nl", "toxicity"),
    ("Zuig m'n l*l.", "nl", "toxicity"),
    ("أكيد أنك أسقطت الجهاز.", "ar", "tone"),
    ("مكتوب بوضوح في الشروط التي وافقت عليها.", "ar", "tone"),
    ("أرسلنا لك ثلاث تذكيرات وتجاهلتها.", "ar", "tone"),
    ("ما بيدي شيء.", "ar", "tone"),
    ("راجع شركة الشحن بنفسك.", "ar", "tone"),
    ("القوانين هي القوانين.", "ar", "tone"),
    ("هذا النظام، عاجبك أو لا.", "ar", "tone"),
    ("جرب تطفي الجهاز وتشغله، إذا ما كان هذا صعب عليك.", "ar", "tone"),
    ("ركز هالمرة.", "ar", "tone"),
    ("اقرأها مرة ثانية، بهدوء.", "ar", "tone"),
    ("آسفين إن خدمتنا المجانية ما عجبت جنابك الملكي.", "ar", "tone"),
    ("رائع، رائع جداً. إعادة تعيين كلمة مرور مرة أخرى.", "ar", "tone"),
    ("اسمع يا غبي، الطرد في المستودع.", "ar", "toxicity"),
    ("أنت مهزلة.", "ar", "toxicity"),
    ("تبا لهذا الشغل.", "ar", "toxicity"),
    ("الأفضل لك أن تنتبه لنفسك.", "ar", "toxicity"),
    ("جماعتك ما يدفعون أبداً في الوقت.", "ar", "toxicity"),
    ("انقلع يا ابن الكلب.", "ar", "toxicity"),
    ("Is it really that hard to read an email?", "en", "tone"),
    ("Why didn't you just check the tracking page?", "en", "tone"),
    ("Calm down. It's a parcel, not a tragedy.", "en", "tone"),
    ("Get over it.", "en", "tone"),
    ("Perhaps if you had charged the device properly, it would still work.", "en", "tone"),
    ("Per my last email, the deadline was Friday.", "en", "tone"),
    ("Kindly refer to my previous message, which already answers this.", "en", "tone"),
    ("As previously stated, we will not be issuing a refund.", "en", "tone"),
    ("Hope that clears it up. It really should.", "en", "tone"),
    ("Your feelings about our policy are not our concern.", "en", "tone"),
    ("Nice of you to finally get back to us after three weeks.", "en", "tone"),
    ("I'm sure the courier was hiding your parcel on purpose.", "en", "tone"),
    ("Sweetie, that's not how refunds work.", "en", "tone"),
    ("Listen carefully, because I'm only going to say this once.", "en", "tone"),
    ("Are you always this dense?", "en", "toxicity"),
    ("You absolute st*pid cow.", "en", "toxicity"),
    ("What an id10t.", "en", "toxicity"),
    ("Holy sh1t, another complaint.", "en", "toxicity"),
    ("Send one more message like that and you'll find out what happens.", "en", "toxicity"),
    ("I hope your house burns down.", "en", "toxicity"),
    ("Go back to your own country if you don't like it.", "en", "toxicity"),
    ("Shove your complaint where the sun doesn't shine.", "en", "toxicity"),
    ("Is het nou echt zo moeilijk om een mail te lezen?", "nl", "tone"),
    ("Waarom heeft u niet gewoon de track & trace bekeken?", "nl", "tone"),
    ("Rustig maar. Het is een pakketje, geen ramp.", "nl", "tone"),
    ("Kom er maar overheen.", "nl", "tone"),
    ("Als u het apparaat goed had opgeladen, had het nog gewerkt.", "nl", "tone"),
    ("Zoals eerder vermeld, gaan wij niet over tot terugbetaling.", "nl", "tone"),
    ("Uw gevoelens over ons beleid zijn niet onze zorg.", "nl", "tone"),
    ("Wat aardig dat u na drie weken eindelijk reageert.", "nl", "tone"),
    ("Schatje, zo werkt een terugbetaling niet.", "nl", "tone"),
    ("Luister goed, want ik zeg het maar één keer.", "nl", "tone"),
    ("Ben je altijd zo traag van begrip?", "nl", "toxicity"),
    ("Wat een id1oot.", "nl", "toxicity"),
    ("Jezus, weer een klacht.", "nl", "toxicity"),
    ("Ik hoop dat je huis afbrandt.", "nl", "toxicity"),
    ("Ga terug naar je eigen land als het je niet bevalt.", "nl", "toxicity"),
    ("Steek je klacht maar in je reet.", "nl", "toxicity"),
    ("هل من الصعب فعلاً أن تقرأ رسالة؟", "ar", "tone"),
    ("ليش ما شيكت على صفحة التتبع؟", "ar", "tone"),
    ("اهدأ، إنه مجرد طرد وليس كارثة.", "ar", "tone"),
    ("تجاوز الموضوع.", "ar", "tone"),
    ("لو شحنت الجهاز صح كان اشتغل.", "ar", "tone"),
    ("كما ذكرنا سابقاً، لن نقوم بإرجاع المبلغ.", "ar", "tone"),
    ("لطيف منك أنك رديت أخيراً بعد ثلاثة أسابيع.", "ar", "tone"),
    ("اسمع زين، لأني ما راح أعيدها.", "ar", "tone"),
    ("هل أنت دائماً بهذا الغباء؟", "ar", "toxicity"),
    ("يا غ*بي.", "ar", "toxicity"),
    ("أتمنى أن يحترق بيتك.", "ar", "toxicity"),
    ("ارجع لبلدك إذا ما عجبك.", "ar", "toxicity"),
    ("حط شكواك في طيزك.", "ar", "toxicity"),
    ("Not my circus, not my monkeys.", "en", "tone"),
    ("Feel free to take your business elsewhere.", "en", "tone"),
    ("You brought this on yourself.", "en", "tone"),
    ("Bless you for trying, but that's not how it works.", "en", "tone"),
    ("Oh wonderful, another five-star review from you, I'm sure.", "en", "tone"),
    ("You're clearly not the sharpest tool in the shed.", "en", "toxicity"),
    ("We'll make your life very difficult if you keep this up.", "en", "toxicity"),
    ("What else would I expect from someone with a name like yours?", "en", "toxicity"),
    ("Bloody hell, not this again.", "en", "toxicity"),
    ("Kiss my ass.", "en", "toxicity"),
    ("Zoek het lekker zelf uit.", "nl", "tone"),
    ("U kunt uw klandizie gerust ergens anders brengen.", "nl", "tone"),
    ("Dat heeft u helemaal aan uzelf te danken.", "nl", "tone"),
    ("Lief dat u het probeert, maar zo werkt het niet.", "nl", "tone"),
    ("Heerlijk, weer een vijfsterrenreview van u, vast.", "nl", "tone"),
    ("U bent duidelijk niet de slimste.", "nl", "toxicity"),
    ("We gaan uw leven heel lastig maken als u zo doorgaat.", "nl", "toxicity"),
    ("Wat verwacht je ook van iemand met zo'n naam.", "nl", "toxicity"),
    ("Verdomme, niet weer dit.", "nl", "toxicity"),
    ("Lik m'n reet.", "nl", "toxicity"),
    ("دبر حالك بنفسك.", "ar", "tone"),
    ("تقدر تاخذ فلوسك وتروح لغيرنا.", "ar", "tone"),
    ("أنت اللي جبته لنفسك.", "ar", "tone"),
    ("يا سلام، تقييم خمس نجوم ثاني منك، أكيد.", "ar", "tone"),
    ("واضح إنك مو أذكى واحد.", "ar", "toxicity"),
    ("بنخلي حياتك صعبة إذا استمريت كذا.", "ar", "toxicity"),
    ("وش تتوقع من واحد اسمه كذا.", "ar", "toxicity"),
    ("يلعن هالشغلة.", "ar", "toxicity"),
    ("انقلع يا كلب.", "ar", "toxicity"),
])
def test_textbook_phrasings(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("You can learn how to use the app in our video guide.", "en"),
    ("Congratulations, you've won a voucher!", "en"),
    ("حظاً موفقاً في امتحانك!", "ar"),
    ("Bestel nu, anders krijg je er spijt van als de actie voorbij is.", "nl"),
    ("Unfortunately we can't help you with that, but your bank can.", "en"),
    ("Sorry we can't help you further, please contact your bank.", "en"),
    ("That went smoothly, didn't it? Your new router is live.", "en"),
    ("Dat ging goed, toch? Je nieuwe pas is actief.", "nl"),
    ("What a great idea to share your code with friends!", "en"),
    ("Kunnen we hier nog iets mee? Laat het gerust weten.", "nl"),
    ("كان من المفترض أن تصلك الشحنة أمس، نعتذر عن التأخير.", "ar"),
    ("الستات يقدرن يحجزن موعد في الفرع النسائي.", "ar"),
    ("Let deze keer goed op de vertrektijd, die is veranderd.", "nl"),
    ("Vast en mobiel internet in één pakket.", "nl"),
    ("Please pay attention this time to the new gate number.", "en"),
    ("Thanks for your kind words!", "en"),
    ("We hope the service meets your high standards.", "en"),
    ("Als dat voor u makkelijker is, kunnen we ook bellen.", "nl"),
    ("انتبه لنفسك وسلامتك أهم شي، والطلب بيوصلك بكرة.", "ar"),
    ("جماعتك دايم يسألون عنك.", "ar"),
    ("هل صعب عليك تفهم الفاتورة؟ ممكن أشرحها لك.", "ar"),
    ("Als het zo moeilijk is om in te loggen, bel ons gerust.", "nl"),
    ("Dat is gelukkig niet uw zorg, wij regelen het.", "nl"),
    ("انسى الموضوع، رجعنا لك المبلغ كامل.", "ar"),
    ("Please see our previous email for the tracking link.", "en"),
    ("Schat van een hond heeft u! Het tuigje komt morgen.", "nl"),
    ("You chose the cheapest shipping option, which usually takes 5 days; I've upgraded it for free.", "en"),
    ("Had you contacted us sooner? No problem either way, here's your refund.", "en"),
    ("Het weer bepalen we helaas niet, maar we leveren morgen zodra het droog is.", "nl"),
    ("كيف تقدر تتابع طلبك؟ من صفحة الطلبات في التطبيق.", "ar"),
    ("الجو ما نقدر نتحكم فيه للأسف، بس بنوصل الطلب أول ما يهدأ المطر.", "ar"),
    ("Our new app will make your life easier.", "en"),
    ("Ons nieuwe abonnement maakt uw leven een stuk makkelijker.", "nl"),
    ("التطبيق الجديد بيخلي حياتك أسهل.", "ar"),
    ("Lief dat u meedenkt! We passen het aan.", "nl"),
    ("Take your time, there's no rush.", "en"),
])
def test_textbook_neighbours(text, lang):
    assert warnings(text, lang, ("tone", "toxicity")) == []


# rounds jc-jh (before their fixes: tone R 0.50, toxicity R 0.71): the kinds the new patterns name, in other words
# than the rounds' own
@pytest.mark.parametrize("text,lang", [
    ('Let me go nice and slow for you.', 'en'),
    ("If you knew how to read a bank statement, you would know it's there.", 'en'),
    ('Everyone else manages to print a label except you, apparently.', 'en'),
    ('We will not be discussing your claim further.', 'en'),
    ("Nobody's stopping you.", 'en'),
    ('One less customer to worry about.', 'en'),
    ("We don't have time for your sob stories.", 'en'),
    ("Don't try to con us.", 'en'),
    ('And then you come here complaining about the bill.', 'en'),
    ('The low battery warning was ignored for days.', 'en'),
    ('Niemand houdt je tegen.', 'nl'),
    ('Koop het toch lekker bij de concurrent.', 'nl'),
    ('Tja, dan heeft u pech.', 'nl'),
    ('Kennelijk hebt u niet goed opgelet.', 'nl'),
    ('Probeer ons niet te belazeren.', 'nl'),
    ('En dan kom je hier mopperen.', 'nl'),
    ('Iedereen snapt het behalve jij.', 'nl'),
    ('We hebben geen tijd voor jouw smoesjes.', 'nl'),
    ('لو كنت تعرف تقرا الإيميل كان عرفت الموعد.', 'ar'),
    ('لا تحاول تلعب علينا.', 'ar'),
    ('واضح إنك طيحته في الماي.', 'ar'),
    ('شكلك كسرتيه وأنتي تفتحينه.', 'ar'),
    ('وبعدين جاي تلومنا؟', 'ar'),
    ('الكاميرات مابتكدبش.', 'ar'),
    ('مش فاضيين لسوالفك.', 'ar'),
    ('محد ماسكك، روح لغيرنا.', 'ar'),
    ('كل العملاء فاهمين النظام إلا انت.', 'ar'),
    ('Eén klant minder, hoor.', 'nl'),
])
def test_round_jc_jh_tone(text, lang):
    assert problem_kinds(text, lang)


# the neighbours that narrowed them: the same words, helping ('If you can read me the serial number', 'Ga gerust
# naar de andere vestiging', 'لو تقدر تقرا لي الرقم')
@pytest.mark.parametrize("text,lang", [
    ("I'll go through it slowly with you on the phone if that helps.", 'en'),
    ("If you can read me the serial number on the sticker, I'll check the warranty.", 'en'),
    ("If you could read the code on the back of the card to me, I'll activate it.", 'en'),
    ("We've refunded every other customer on that flight and I'm checking yours now.", 'en'),
    ("We won't be charging you for the repair, and I'm sorry it took so long.", 'en'),
    ("I won't keep you any longer, enjoy your weekend!", 'en'),
    ('Nobody is holding you to the 24-month contract after the price change.', 'en'),
    ("That's one less thing for you to worry about!", 'en'),
    ("I don't have time today, but my colleague will call you tomorrow morning.", 'en'),
    ("Don't let scammers trick you: we never ask for your PIN.", 'en'),
    ('Then you come to the counter and show your booking code.', 'en'),
    ('The warning light means the tyre pressure is low; any garage can check it.', 'en'),
    ('Your welcome pack and the keys are at reception.', 'en'),
    ('Your welcome email should arrive within ten minutes.', 'en'),
    ('I was ill last week, so sorry for the slow reply.', 'en'),
    ('Well done on setting up the app!', 'en'),
    ("Our gym programme can help you lose some weight if that's your goal.", 'en'),
    ('Try eating less sugar in the evening, our nutritionist says it helps with sleep.', 'en'),
    ('Thanks, old friend, it was a pleasure to help!', 'en'),
    ('By the time you read this, your refund will be on its way.', 'en'),
    ('Our lawyers will review the contract and get back to you by Friday.', 'en'),
    ('People from your area can pick up parcels at the Elm Street locker.', 'en'),
    ('Ik loop het graag rustig met je door aan de telefoon.', 'nl'),
    ('Als u de code op de achterkant kunt lezen, activeer ik de kaart.', 'nl'),
    ('Iedereen die vóór vrijdag bestelt krijgt korting, jij ook.', 'nl'),
    ('Wij houden u op de hoogte van de reparatie.', 'nl'),
    ('Ga gerust naar de andere vestiging in Utrecht, daar is hij op voorraad.', 'nl'),
    ('Dan heeft u geluk: de actie loopt nog tot zondag.', 'nl'),
    ('Heeft u het formulier al ingevuld? Dan zet ik het verder in gang.', 'nl'),
    ('Probeer het nog eens met de nieuwe code, dan zou het moeten lukken.', 'nl'),
    ('En dan kom je bij de receptie en laat je je boekingscode zien.', 'nl'),
    ('We hebben geen tijd verloren en de monteur is al onderweg.', 'nl'),
    ('Misschien kunt u eerst de app bijwerken voordat u opnieuw inlogt.', 'nl'),
    ('Mensen uit jouw buurt kunnen hun pakket ophalen bij de supermarkt op de hoek.', 'nl'),
    ('Je wachtwoord is tijdelijk niet te wijzigen door onderhoud.', 'nl'),
    ('لو تقدر تقرا لي الرقم اللي ورا الجهاز أتأكد من الضمان.', 'ar'),
    ('لا تتردد تتواصل معنا لو احتجت أي شي.', 'ar'),
    ('بعدين تجي الفرع ومعك الهوية ونخلص لك كل شي.', 'ar'),
    ('السيستم بيحدث الفاتورة كل أول شهر.', 'ar'),
    ('احنا فاضيين لك أي وقت، كلمنا.', 'ar'),
    ('محد يقدر يخدمك أحسن من فريقنا في الفرع.', 'ar'),
    ('هكلم المندوب وأرد عليك خلال ساعة.', 'ar'),
    ('حضبطلك الباقة الجديدة من عندي.', 'ar'),
    ('خفف الأكل المالح زي ما قال الدكتور، والدواء يتاخد بعد الأكل.', 'ar'),
    ('عميل أقل من ١٨ سنة يحتاج موافقة ولي الأمر.', 'ar'),
    ('نحن نؤمن بالشفافية، لذلك أرسلنا لك تفاصيل الفاتورة كاملة.', 'ar'),
    ('الفاتورة وصلت، والتنبيه الثاني بيوصلك بكرة على الجوال.', 'ar'),
])
def test_round_jc_jh_neighbours_stay_clean(text, lang):
    assert warnings(text, lang, ("tone", "toxicity")) == []


# rounds ji-jn (before their fixes: tone R 0.72, toxicity R 0.60, canned R 0.57; 3 of 45 clean replies flagged)
@pytest.mark.parametrize("text,lang", [
    ('If our service is such a nightmare, maybe try carrier pigeons.', 'en'),
    ('If you think you know better than our engineers, be my guest.', 'en'),
    ("Cameras don't make things up, passengers do.", 'en'),
    ('Okay, whatever you say.', 'en'),
    ('Use the wait to learn some patience.', 'en'),
    ('Leer dan maar eens geduld te hebben.', 'nl'),
    ('Als je denkt het beter te weten dan onze monteurs, ga je gang.', 'nl'),
    ('الصبر مو من نقاط قوتك.', 'ar'),
    ('تعلم تصبر شوي.', 'ar'),
    ('إذا تحس إنك أفهم من المهندسين، تفضل.', 'ar'),
    ('لا تحاول تلبسنا الغلط.', 'ar'),
])
def test_round_ji_jn_tone(text, lang):
    assert problem_kinds(text, lang)


@pytest.mark.parametrize("text,lang", [
    ('If the app is difficult to use, I can set it up with you over the phone.', 'en'),
    ('If you think the Premium plan suits you better, I can switch you today.', 'en'),
    ('Our sensors detected a leak, so an engineer is on the way.', 'en'),
    ("Fine, I'll send it again right now.", 'en'),
    ("Whatever you decide, we'll support you.", 'en'),
    ('Learn more about our savings accounts on the website.', 'en'),
    ("If you carry on like this for another week and nothing changes, we'll send an engineer.", 'en'),
    ("We'll freeze your card straight away to protect you.", 'en'),
    ('People with a joint account can both log in to the app.', 'en'),
    ('Our team strives to answer every chat within two minutes.', 'en'),
    ('We are committed to refunding you by Friday.', 'en'),
    ("You're welcome Lisa, enjoy your weekend!", 'en'),
    ('A payment of £40 to THAMES WATER will leave your account on the 1st.', 'en'),
    ('Als de app lastig is, kan ik het telefonisch met je instellen.', 'nl'),
    ('Als u denkt dat het Plus-abonnement beter past, zet ik het vandaag om.', 'nl'),
    ('Leer meer over sparen op onze website.', 'nl'),
    ('Nog één keer inloggen en dan is je account weer actief.', 'nl'),
    ('Mensen met een gezamenlijke rekening kunnen allebei inloggen.', 'nl'),
    ('Wij nemen uw klacht mee in het gesprek met de bezorger; u hoort morgen van ons.', 'nl'),
    ('Graag gedaan Lisa, succes met de verhuizing!', 'nl'),
    ('Top, dan regel ik dat vandaag nog.', 'nl'),
    ('إذا كان التطبيق صعب عليك، أقدر أساعدك بالتلفون.', 'ar'),
    ('تعلم طريقة الدفع الجديدة من الفيديو في التطبيق.', 'ar'),
    ('لا تحاول تدفع مرة ثانية، المبلغ وصلنا.', 'ar'),
    ('بعرف وين المشكلة، وبحلها لك اليوم.', 'ar'),
    ('شكراً لثقتكم، طلبكم في الطريق وبيوصل بكرة.', 'ar'),
    ('العفو يا ليث، صحتين وعافية!', 'ar'),
    ('شكراً جزيلاً، رحلة سعيدة.', 'ar'),
    ('يرجى رفع صورة الهوية عبر البوابة الآمنة في موقعنا.', 'ar'),
])
def test_round_ji_jn_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


def test_a_payee_as_the_statement_prints_it_is_not_shouting():
    assert tone("Thistle Bank: a payment of £120.00 to OCTOPUS ENERGY was declined.", "en", "shouting") == []
    assert tone("Er is een betaling van € 12,50 aan BOL COM BV afgeschreven.", "nl", "shouting") == []
    assert tone("You paid £20 to us. STOP CALLING US NOW.", "en", "shouting") == [("shouting", "STOP CALLING US NOW")]


@pytest.mark.parametrize("text,lang", [
    ("Hi Daniel, the payment went to J Morgan, reference RENT MAY.", "en"),
    ("Use the reference: ORDER 5512 REFUND.", "en"),
    ("Maak het over onder vermelding van HUUR MEI.", "nl"),
])
def test_a_payment_reference_as_typed_is_not_shouting(text, lang):
    assert tone(text, lang, "shouting") == []
    assert tone("THE REFERENCE IS WRONG, READ IT AGAIN.", "en", "shouting") != []


# round jo, a seventh textbook set (before its fixes: tone R 0.92, toxicity R 0.73, 1 of 15 clean sentences flagged)
@pytest.mark.parametrize("text,lang,category", [
    ('Play games with me and you will regret it.', 'en', 'toxicity'),
    ('Jullie soort snapt nooit iets.', 'nl', 'toxicity'),
    ('راح تشوف اللي ما يعجبك.', 'ar', 'toxicity'),
    ('أشكالك دايماً يتهربون من الدفع.', 'ar', 'toxicity'),
    ('خذها أو اتركها.', 'ar', 'tone'),
    ('بشرحلك ببطء.', 'ar', 'tone'),
])
def test_round_jo(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('عملاء أمثالك يستاهلون الأفضل دائماً.', 'ar'),
    ('بتشوف شي جديد في التطبيق بعد التحديث.', 'ar'),
    ('خلني أشرح لك الخطوات بالتفصيل.', 'ar'),
    ('كان المفروض الملصق أوضح، وبنعدله.', 'ar'),
    ('يا تاخذه من الفرع يا نوصله لك، اللي يناسبك.', 'ar'),
    ("You'll see something you like in the new range.", 'en'),
    ("Try it with the new cable and you'll see the difference.", 'en'),
    ('Jouw soort abonnement kan niet maandelijks worden opgezegd.', 'nl'),
    ('Dan ga je iets zien wat je nog niet kende: de nieuwe app.', 'nl'),
])
def test_round_jo_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds jp-ju (before their fixes: tone R 0.71, toxicity P 0.78 R 0.70, pii R 0.73, canned R 0.75, 1 of 55 clean
# replies flagged)
@pytest.mark.parametrize("text,lang,category", [
    ('Maybe talk to your staff before blaming us.', 'en', 'tone'),
    ('You are requesting a refund every other week.', 'en', 'tone'),
    ('روح اشتكي للمحكمة.', 'ar', 'tone'),
    ('شكاويك ما لها آخر.', 'ar', 'tone'),
    ('العملاء كلهم ملتزمين بالمواعيد إلا انت.', 'ar', 'tone'),
    ('الكلام هذا بيوديك في ستين داهية.', 'ar', 'toxicity'),
    ('I will make sure your claims get rejected.', 'en', 'toxicity'),
    ('Ik zal ervoor zorgen dat je aanvraag wordt afgewezen.', 'nl', 'toxicity'),
    ('Jullie lui zeuren altijd.', 'nl', 'toxicity'),
])
def test_round_jp_ju(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('Your key is stored as user_live_settings in the config file.', 'en'),
    ("I've set up a temporary workspace for him: it's under Projects.", 'en'),
    ('Good luck with the move!', 'en'),
    ("We'll make sure your claim is processed by Friday.", 'en'),
    ("I'll personally make sure your refund gets processed today.", 'en'),
    ('Please check with your team before you change the billing plan.', 'en'),
    ('Whether you remember the order number or not, I can find it by your email.', 'en'),
    ("We understand how frustrating this must be, and I've refunded the delivery fee.", 'en'),
    ('Our valued customers program gives you free delivery on orders over $30.', 'en'),
    ('Ik ga er persoonlijk voor zorgen dat je claim vandaag wordt afgehandeld.', 'nl'),
    ('Jullie mensen in het magazijn hebben het pakket al verstuurd, zei mijn collega.', 'nl'),
    ('Of je het nu online of in de winkel koopt, de prijs is gelijk.', 'nl'),
    ('We nemen uw feedback mee in de evaluatie met de bezorger en bellen u vrijdag terug.', 'nl'),
    ('Welke maat heeft u nodig? De grote of de kleine?', 'nl'),
    ('تقدر تشتكي للهيئة عبر موقعها إذا ما انحلت المشكلة خلال ١٠ أيام.', 'ar'),
    ('معك حق يا بندر، أعتذر عن التأخير.', 'ar'),
    ('العفو يا ياسمين، نورتينا.', 'ar'),
    ('الطلب اتبعت امبارح وهيوصلك بكرة.', 'ar'),
    ('الناس كلها بتستفيد من العرض، وحضرتك كمان.', 'ar'),
    ('We will make sure your card is blocked straight away.', 'en'),
    ('Ik zal ervoor zorgen dat je account wordt geblokkeerd, zodat niemand erbij kan.', 'nl'),
    ('We will make sure your parcel never goes missing again.', 'en'),
])
def test_round_jp_ju_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds jv-jx (before their fixes: tone R 0.45, toxicity R 0.60, typo R 0.60, no clean reply flagged)
@pytest.mark.parametrize("text,lang,category", [
    ('If you talk like that, you cannot expect any help.', 'en', 'tone'),
    ('I would pay to see you fix it yourself.', 'en', 'tone'),
    ('We are not your personal chauffeur.', 'en', 'tone'),
    ('Wij zijn toch geen pakjesdienst.', 'nl', 'tone'),
    ('Dit is gewoon niet onze schuld.', 'nl', 'tone'),
    ('احنا مش خدامين عندك.', 'ar', 'tone'),
    ('Say that to my face.', 'en', 'toxicity'),
    ('هنرفع عليك قضية.', 'ar', 'toxicity'),
])
def test_round_jv_jx(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("If you behave like that on board, the conductor will ask you to leave, I'm afraid.", 'en'),
    ("I'd love to see you at our open day next month!", 'en'),
    ('Oh wait, I see it now: your refund went out this morning.', 'en'),
    ("We're not a bank, so we can't see your card details, but your bank can.", 'en'),
    ("No one else will see your details; they're only shared with the courier.", 'en'),
    ('I dare say the new timetable will suit you better.', 'en'),
    ('We zijn geen bank, dus uw kaartgegevens zien wij niet.', 'nl'),
    ('Dan moet u het formulier even invullen, daarna regel ik de rest.', 'nl'),
    ('Dat is niet onze bedoeling geweest, excuses.', 'nl'),
    ('Zodra het betaald is, versturen we het.', 'nl'),
    ('We hebben je pakket verstuurd en je ontvangt morgen een mail.', 'nl'),
    ('ما أظن فيه تأخير، الطلب طالع اليوم.', 'ar'),
    ('احنا مو بنك، فما نشوف بيانات بطاقتك.', 'ar'),
    ('بنرفع طلبك للإدارة اليوم.', 'ar'),
    ('الطلب بيوصل فيلا ٢٣ حسب العنوان اللي أرسلته.', 'ar'),
])
def test_round_jv_jx_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# a clean sweep at the end of the stop: refunds, reassurance and thanks in the words the new patterns use ('I'll make
# sure your order', 'I'd love to see your photos', a payee in capitals, 'صحتين')
@pytest.mark.parametrize("text,lang", [
    ('Hi Maria, your refund of $42.10 was sent to the card ending 2231 this morning; most banks show it within 3 days.', 'en'),
    ('Thanks for your patience, Tom. Well, the good news is your replacement shipped today.', 'en'),
    ("I'm sorry about the wait. I'll make sure your order is packed first thing tomorrow.", 'en'),
    ("If you'd like, I can walk you through it on a call; it only takes five minutes.", 'en'),
    ("Our team is committed to getting this right, so I've escalated your ticket to a senior engineer who will reply by Friday.", 'en'),
    ('You can see how your usage compares with last month in the Insights tab.', 'en'),
    ('Everyone in your household can use the same account; just add them under Family.', 'en'),
    ("Don't worry if you forgot the order number, I found it with your email address.", 'en'),
    ('The payment of $19.99 to NETFLIX.COM on the 3rd is your monthly subscription.', 'en'),
    ('Good luck with the exam, and let us know if the laptop gives you any trouble!', 'en'),
    ('People from all over the country order from us, so delivery times vary by region.', 'en'),
    ("I'd love to see your photos of the finished kitchen once it's installed!", 'en'),
    ('One more thing: the warranty card is inside the box, under the manual.', 'en'),
    ('Hoi Sanne, je terugbetaling van € 42,10 staat vanochtend op je rekening eindigend op 2231.', 'nl'),
    ('Dank je voor je geduld, Tom. Het goede nieuws: je vervangende toestel is vandaag verstuurd.', 'nl'),
    ('Als je wilt, loop ik het telefonisch met je door; dat duurt maar vijf minuten.', 'nl'),
    ('Iedereen in je huishouden kan hetzelfde account gebruiken; voeg ze toe onder Gezin.', 'nl'),
    ('Geen zorgen als je het ordernummer kwijt bent, ik heb het gevonden via je e-mailadres.', 'nl'),
    ('De betaling van € 19,99 aan NETFLIX.COM op de 3e is je maandelijkse abonnement.', 'nl'),
    ('Succes met de verhuizing, en laat het weten als de wasmachine problemen geeft!', 'nl'),
    ('Hij betaalt de rest bij levering, dus u hoeft nu niets te doen.', 'nl'),
    ('De monteur heeft de ketel gecontroleerd en alles werkt weer naar behoren.', 'nl'),
    ('Uw pakket wordt morgen bezorgd; u ontvangt vooraf een tijdvak per sms.', 'nl'),
    ('أهلاً ريم، المبلغ ٤٢ ريال رجع على البطاقة المنتهية بـ ٢٢٣١ اليوم الصبح.', 'ar'),
    ('شكراً على صبرك يا تركي، الجهاز البديل اتشحن اليوم.', 'ar'),
    ('لو حابب، أشرح لك الخطوات بالتلفون، ما تاخذ أكثر من خمس دقايق.', 'ar'),
    ('كل أفراد العائلة يقدرون يستخدمون نفس الحساب، بس أضفهم من قسم العائلة.', 'ar'),
    ('لا تشيل هم لو نسيت رقم الطلب، لقيته عن طريق إيميلك.', 'ar'),
    ('بالتوفيق في الانتقال، وإذا الغسالة فيها أي مشكلة كلمنا.', 'ar'),
    ('العفو يا أم محمد، صحتين وعافية!', 'ar'),
    ('الفني فحص السخان وكل شي صار يشتغل تمام.', 'ar'),
    ('الطرد بيوصلك بكرة، والمندوب بيتصل عليك قبلها بنص ساعة.', 'ar'),
    ("Everyone who ordered before Friday gets the discount, you included.", "en"),  # a benefit, not a rule
    ("كل العملاء اللي طلبوا قبل الجمعة بياخدوا الخصم، وحضرتك منهم.", "ar"),
])
def test_end_of_stop_clean_sweep(text, lang):
    assert warnings(text, lang) == []


@pytest.mark.parametrize("text,lang", [("Rules apply to everyone, you included.", "en"),
                                       ("القوانين على الكل، وحضرتك منهم.", "ar")])
def test_a_rule_for_everyone_you_included_is_still_a_brush_off(text, lang):
    assert [k for k, _ in tone(text, lang)] == ["dismissive"]


# rounds jy-ke (before their fixes: toxicity R 0.58, typo R 0.17, tone P 0.82; the textbook set ke: tone R 0.95,
# toxicity R 1.00): other wordings of what they missed
@pytest.mark.parametrize("text,lang,category", [
    ('Honestly, the mistake is on you.', 'en', 'tone'),
    ("It's fairly obvious where the issue lies.", 'en', 'tone'),
    ('Het is nogal duidelijk waar de fout zit.', 'nl', 'tone'),
    ('احمدي ربك إنه الطلب وصل أصلاً.', 'ar', 'tone'),
    ('واضح مين الغلطان.', 'ar', 'tone'),
    ('Switch your brain on before you call us.', 'en', 'toxicity'),
    ("With your intellect, I'm not surprised.", 'en', 'toxicity'),
    ("We'll see who ends up regretting it.", 'en', 'toxicity'),
    ("You won't be leaving here in one piece.", 'en', 'toxicity'),
    ('Dan zullen we zien wie het laatst lacht.', 'nl', 'toxicity'),
    ('Zet je verstand eens aan voordat je belt.', 'nl', 'toxicity'),
    ('Huil gerust verder, zeurpiet.', 'nl', 'toxicity'),
    ('Als je hier komt, ga je niet heelhuids naar huis.', 'nl', 'toxicity'),
    ('بعقلك هذا ما راح تفهم شي.', 'ar', 'toxicity'),
    ('تعال المحل وشوف إيش بيصير لك.', 'ar', 'toxicity'),
    ('مارح تطلع من المحل سالم.', 'ar', 'toxicity'),
    ('بكرة نشوف مين اللي رح يندم.', 'ar', 'toxicity'),
    ('Wij hebben u reservering ontvangen.', 'nl', 'typo'),
    ('Please chose a delivery slot.', 'en', 'typo'),
    ('حجزنا لك غرفة واسعه في الطابق الثاني، والإفطار مجاني طول مدة الإقامة.', 'ar', 'typo'),
])
def test_round_jy_ke(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('The delivery fee is on us this time.', 'en'),
    ("The workaround worked fine for other customers with the same router, so let's try it.", 'en'),
    ("It's clear where the problem is: the courier scanned it at the wrong depot.", 'en'),
    ('Turn your phone off and on again, then try the code.', 'en'),
    ("With that, you're all set!", 'en'),
    ("Your parcel won't arrive in one piece in a thin envelope, so we've boxed it.", 'en'),
    ('Restart the router and see what happens.', 'en'),
    ('You can choose any plan, and you chose the yearly one last time.', 'en'),
    ('Het pakket kwam helaas niet heelhuids aan, we sturen een nieuwe.', 'nl'),
    ('Geen probleem, ik leg het nog een keer stap voor stap uit.', 'nl'),
    ('Zet je router eens uit en weer aan.', 'nl'),
    ('Gefeliciteerd met de baby!', 'nl'),
    ('De vertraging ligt bij de vervoerder, niet bij u.', 'nl'),
    ('Wij geven u korting en sturen u bericht zodra het pakket er is.', 'nl'),
    ('Dat hoort u pas morgen.', 'nl'),
    ('Heeft u storing op uw lijn?', 'nl'),
    ('Start de router opnieuw op, dan zie je wat er gebeurt.', 'nl'),
    ('Met uw klantnummer kunnen we uw bestelling snel vinden.', 'nl'),
    ('احمد ربك على السلامة، المهم إنك بخير.', 'ar'),
    ('الحمد لله إنه الجهاز رجع يشتغل.', 'ar'),
    ('بنشوف مين متاح من الفنيين ونرد عليك.', 'ar'),
    ('اعمل ريستارت للراوتر وشوف شو بيصير.', 'ar'),
    ('رسالة كتبه المدير بنفسه وفيها كل التفاصيل المطلوبة.', 'ar'),
    ('نتمنالك الصحه والعافيه، والخدمة متوفره.', 'ar'),
    ('الحمد لله إنك طلعت سالم من الحادث.', 'ar'),
    ('روح شغل الراوتر وشوف إذا رجع النت.', 'ar'),
    ('الغرفة عنده جاهزة، والمفتاح معه.', 'ar'),
    ("The app works fine for thousands of users on Android 14, and I've asked the team to check your model too.", 'en'),
])
def test_round_jy_ke_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds kf-kk (before their fixes: tone R 0.65, toxicity R 0.71, typo R 0.58, pii P 0.78): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('What did you expect, ordering the cheapest model?', 'en', 'tone'),
    ("You're obviously trying to get a free upgrade out of us.", 'en', 'tone'),
    ('Sorry we ruined your precious little holiday.', 'en', 'tone'),
    ('Close the account then, no one will miss you.', 'en', 'tone'),
    ('Je wilt gewoon een gratis telefoon ritselen, dat zie ik heus wel.', 'nl', 'tone'),
    ('Wat had u dan verwacht?', 'nl', 'tone'),
    ('Zeg maar op, niemand zal u missen.', 'nl', 'tone'),
    ('احنا مش قاعدين نرد على كل واحد زهقان.', 'ar', 'tone'),
    ('اللي مش عاجبه يتفضل يلغي الاشتراك.', 'ar', 'tone'),
    ('ولا أحد رح يبكي عليك إذا لغيت.', 'ar', 'tone'),
    ("You're a con artist and everyone here knows it.", 'en', 'toxicity'),
    ('Bedriegers zoals u kennen we wel.', 'nl', 'toxicity'),
    ('إنت محتال وكل الموظفين يعرفون.', 'ar', 'toxicity'),
    ('هالنسوان ما يسددون أبداً.', 'ar', 'toxicity'),
    ('Could you confirm the first three characters of your password here?', 'en', 'pii'),
    ('Het bedrag is terugestort op je rekening.', 'nl', 'typo'),
])
def test_round_kf_kk(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("What did you expect to receive? I'll check it against the listing.", 'en'),
    ('Please confirm the last 4 digits of your card so I can find the order.', 'en'),
    ('The thief was caught on camera, and the police have the footage.', 'en'),
    ('This is a fraud alert from your bank, not from us.', 'en'),
    ("We're committed to providing a quick, simple returns process: the label is in the box.", 'en'),
    ('Wat had u verwacht bij de levering? Dan kijk ik of dat klopt.', 'nl'),
    ('De dief is gepakt en uw fiets is teruggevonden.', 'nl'),
    ('Het bedrag is teruggestort op je rekening.', 'nl'),
    ('أقدر أرسل لك رقم سري مؤقت برسالة نصية على رقمك المسجل.', 'ar'),
    ('اللي مش عاجبه المقاس يقدر يرجعه مجاناً خلال ١٤ يوم.', 'ar'),
    ('محد بيزعل منك، خذ راحتك بالوقت.', 'ar'),
    ('البنات اللي طلبوا المقاس الصغير ما يحتاجون يدفعون فرق.', 'ar'),
    ('تم القبض على الحرامي واسترجعنا الطلبية.', 'ar'),
    ('لو مش عاجبك اللون، نبدله لك مجاناً.', 'ar'),
])
def test_round_kf_kk_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds kl-kq (before their fixes: tone R 0.60, toxicity R 0.40, canned R 0.50, context P 0.29: Arabic words
# and 'Grand,' read as names): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('There are hundreds of other tickets in the queue, not just yours.', 'en', 'tone'),
    ('Some people will never be satisfied.', 'en', 'tone'),
    ('You should have booked earlier then.', 'en', 'tone'),
    ("You're by far the rudest caller I've had.", 'en', 'toxicity'),
    ("I know a few lads who'd happily pay you a little visit.", 'en', 'toxicity'),
    ('Wie bestelt er nou een bank zonder te meten?', 'nl', 'tone'),
    ('Sommige mensen zijn gewoon nooit tevreden.', 'nl', 'tone'),
    ('Hij bel je morgen terug.', 'nl', 'typo'),
    ('احنا مو تحت أمرك يا أستاذ.', 'ar', 'tone'),
    ('في ناس ما يعجبها شي أبداً.', 'ar', 'tone'),
    ('لو مش قادر تدفع، شو جابك على مطعم مثلنا؟', 'ar', 'tone'),
    ('روح انقبر.', 'ar', 'toxicity'),
    ('أعرف ناس بيزوروك الليلة.', 'ar', 'toxicity'),
])
def test_round_kl_kq(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('The outage affects everyone in the area, not just you, and engineers are on site.', 'en'),
    ("Grand, I've booked the van for Saturday morning.", 'en'),
    ('We hope you enjoy your new sofa!', 'en'),
    ("I know people who'd love this chair, so I've added it to your wish list.", 'en'),
    ('Als u mee wilt, kan dat.', 'nl'),
    ('Zodra u klaar bent, hoor ik het graag.', 'nl'),
    ('Als u weer vragen heeft, belt u gerust.', 'nl'),
    ('U kan ook bellen naar ons algemene nummer.', 'nl'),
    ('Wie bestelt er voor vrijdag, krijgt het maandag.', 'nl'),
    ('السموحة منك، بعتذر عن التأخير.', 'ar'),
    ('الأسر الفقيرة تحصل على خصم ٢٠٪.', 'ar'),
    ('طلبك طلع مبارح وبيوصلك بكرا قبل الضهر.', 'ar'),
    ('شو جايبلك اليوم؟ عندنا عرض على الفساتين.', 'ar'),
    ('الصبر مفتاح الفرج، وطلبك بيوصل بكرة إن شاء الله.', 'ar'),
])
def test_round_kl_kq_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# a clean sweep after rounds jy-kq: the words of this stop's new patterns in replies that are fine (fraud and
# scams named, 'You're a star', 'heelhuids aan', 'U ontvangt', 'احمد ربك على السلامة', 'الأسر المحتاجة')
@pytest.mark.parametrize("text,lang", [
    ("If you think you've been the victim of fraud, call your bank straight away.", 'en'),
    ("We've reported the scam website to the authorities, so please don't enter your details there.", 'en'),
    ("The thief used a copied card, so you won't be charged for those purchases.", 'en'),
    ('Our fraud team is looking at the transactions and will call you tomorrow.', 'en'),
    ("No one likes a surprise bill, so I've spread the amount over three months.", 'en'),
    ("You're a star, thank you for sending the photos so quickly!", 'en'),
    ('You are a valued member, and your points never expire.', 'en'),
    ('Your parcel arrived in one piece, I hope? The courier marked it as delivered.', 'en'),
    ('What did you expect the delivery date to be? I can see two different dates on the order.', 'en'),
    ('Nobody will call you before 8am, I promise.', 'en'),
    ("I guess you're right, the label was printed with the old address.", 'en'),
    ('Some people prefer the app, others the website; both work the same way.', 'en'),
    ('Patience pays off: the sale starts on Friday.', 'en'),
    ('Thanks for your patience, we know waiting is frustrating.', 'en'),
    ('Should you need anything else, just reply to this email.', 'en'),
    ("We should have shipped it sooner, and I'm sorry we didn't.", 'en'),
    ('U ontvangt morgen een bevestiging per mail.', 'nl'),
    ('Hij belt je morgen tussen 9 en 10 uur.', 'nl'),
    ('U kunt uw bestelling volgen in de app.', 'nl'),
    ('Wij sturen u binnen twee dagen een nieuwe pas.', 'nl'),
    ('Jij hoeft niets te doen, wij regelen alles.', 'nl'),
    ('Wij bieden u korting op uw volgende bestelling.', 'nl'),
    ('U heeft gelijk, de factuur klopte niet.', 'nl'),
    ('De oplichters gebruikten een nepsite; u krijgt het geld terug.', 'nl'),
    ('Wat had u graag anders gezien? Dan geef ik het door aan het team.', 'nl'),
    ('Sommige klanten kiezen liever voor de app.', 'nl'),
    ('Het pakket kwam gelukkig heelhuids aan.', 'nl'),
    ('Met uw klantnummer vinden we uw gegevens sneller.', 'nl'),
    ('Hij werkt weer, de storing is opgelost.', 'nl'),
    ('U vindt de handleiding in de doos.', 'nl'),
    ('الحمد لله إن الطلب وصل سليم.', 'ar'),
    ('احمد ربك على السلامة، والسيارة البديلة جاهزة.', 'ar'),
    ('نعرف إن الانتظار مزعج، وبنتصل فيك أول ما يوصل.', 'ar'),
    ('شو رأيك نبدله لك بلون ثاني؟', 'ar'),
    ('الأسر المحتاجة تقدر تقدم على برنامج الدعم.', 'ar'),
    ('ما حد رح يتصل فيك قبل الساعة ٩.', 'ar'),
    ('إذا ما عجبك المقاس، تقدر ترجعه مجاناً.', 'ar'),
    ('الطلبية اللي وصلتك مبارح فيها هدية صغيرة.', 'ar'),
    ('بعتذر منك على التأخير، والفني صلح المشكلة.', 'ar'),
    ('تم الإبلاغ عن الموقع المحتال، لا تدخل بياناتك فيه.', 'ar'),
])
def test_stop_30_clean_sweep(text, lang):
    assert warnings(text, lang) == []


# rounds kr-kw (before their fixes: tone R 0.47, canned R 0.50, typo P 0.25: 'that'll', 'copay', 'ter plaatse',
# spoken Arabic verbs): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ("Are you sure those marks weren't already there?", 'en', 'tone'),
    ("Our couriers can't wait around all day for you.", 'en', 'tone'),
    ("It's just a late delivery, not the end of the world.", 'en', 'tone'),
    ("That's honestly your own problem.", 'en', 'tone'),
    ('You must have misunderstood her.', 'en', 'tone'),
    ('Perhaps learn how to read the instructions.', 'en', 'tone'),
    ('With a name like that, no wonder you complain.', 'en', 'toxicity'),
    ('Niemand verplicht u om bij ons te bestellen.', 'nl', 'tone'),
    ('U heeft het vast verkeerd begrepen.', 'nl', 'tone'),
    ('Vraag het anders maar aan uw kleinzoon.', 'nl', 'tone'),
    ('اكيد انتي اللي كسرتيها.', 'ar', 'tone'),
    ('يمكن انت قريت الرسالة غلط.', 'ar', 'tone'),
    ('Your new address is Flat 2, Harbour House, Bristol BS1 5TY.', 'en', 'pii'),
])
def test_round_kr_kw(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("Brilliant, that'll make things much quicker.", 'en'),
    ('Sir, your refund has been processed today.', 'en'),
    ("We'll wait around ten minutes at the door before leaving a card.", 'en'),
    ("It's a small fee, not a subscription, so you only pay once.", 'en'),
    ("If it's your first order, the delivery is free.", 'en'),
    ('Please visit Unit 6 at our store to collect it.', 'en'),
    ('You must have been so worried; the parcel is safe at the depot.', 'en'),
    ('Monteurs zijn ter plaatse en de storing is bijna opgelost.', 'nl'),
    ('Niemand hoeft iets te doen, het gaat automatisch.', 'nl'),
    ('U heeft het goed begrepen, de korting geldt tot zondag.', 'nl'),
    ('Vraag gerust aan je kinderen of ze willen helpen met het uitpakken, dan gaat het sneller.', 'nl'),
    ('أكيد إنتي اللي بتختارين اللون، وأنا بس أرسل لك الصور.', 'ar'),
    ('يمكن إني فهمت طلبك غلط، ممكن توضحين أكثر؟', 'ar'),
    ('والفني بيعطيك سيارة بديلة لين تخلص الصيانة.', 'ar'),
    ('بنرسل لك رابط دفع آمن، وما نحتاج أي رقم سري.', 'ar'),
    ('الموظف بيتفاهم معك على الموعد.', 'ar'),
    ('You can get your kids to register with their own account.', 'en'),
])
def test_round_kr_kw_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds kx-kz (three languages per company; before their fixes: tone R 0.64, toxicity P 0.33 R 0.50):
# other wordings
@pytest.mark.parametrize("text,lang,category", [
    ("That's sadly on you.", 'en', 'tone'),
    ("This isn't a five-star hotel, you know.", 'en', 'tone'),
    ('U zit hier niet in een luxehotel.', 'nl', 'tone'),
    ('ما تستعجلين علي، التحويل ياخذ وقته.', 'ar', 'tone'),
    ('بحجمك هذا لازم رجيم مو بروتين.', 'ar', 'toxicity'),
    ('At your weight, maybe skip the shakes.', 'en', 'toxicity'),
])
def test_round_kx_kz(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("We'll find you a room in a similar hotel nearby tonight.", 'en'),
    ("It's not a five-star hotel, but the reviews for cleanliness are excellent.", 'en'),
    ('Your phone may need the latest update; Settings > Software Update will show it.', 'en'),
    ('With your size selected, the jacket ships tomorrow.', 'en'),
    ('Dat was een domme vraag van mij, sorry!', 'nl'),
    ('U verblijft in een viersterrenhotel met ontbijt inbegrepen.', 'nl'),
    ('لا تستعجل، خذ وقتك في اختيار المقاس.', 'ar'),
    ('وقفي الأكل قبل التحليل بثماني ساعات.', 'ar'),
    ('الفندق خمس نجوم والفطور مشمول.', 'ar'),
])
def test_round_kx_kz_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds la-lc (before their fixes: tone R 0.75, canned R 0.00, toxicity R 0.00, 'Children's' a misspelling):
# other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('No one had ever complained about her before.', 'en', 'tone'),
    ('You probably caught her on a bad day.', 'en', 'tone'),
    ('U bent niet onze enige klant.', 'nl', 'tone'),
    ('انت مو العميل الوحيد عندنا.', 'ar', 'tone'),
    ('Honestly, engineering is a bit too technical for women.', 'en', 'toxicity'),
    ('Dit is echt te ingewikkeld voor vrouwen.', 'nl', 'toxicity'),
    ('الرياضيات صعبة على البنات.', 'ar', 'toxicity'),
    ("The childrens' menu is on page 2.", 'en', 'typo'),
])
def test_round_la_lc(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("Children's eye tests are free on the NHS.", 'en'),
    ('Nobody has ever lost a parcel with this service, and yours is on its way.', 'en'),
    ('This model is too heavy for the small shelf, so we suggest the wall bracket.', 'en'),
    ('U bent niet de enige met deze vraag; daarom hebben we een handleiding gemaakt.', 'nl'),
    ('Dit programma is te moeilijk voor beginners, start met niveau 1.', 'nl'),
    ('الشنطة ثقيلة شوي على البنات الصغار، عندنا مقاس أصغر.', 'ar'),
    ('نسعى لتقديم ردك خلال يومين عمل.', 'ar'),
])
def test_round_la_lc_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# 'أصلاً' (at all) and 'إحنا' (we) in plain statements, after rounds where they went with a put-down
@pytest.mark.parametrize("text,lang", [
    ('ما في رسوم أصلاً على الإرجاع.', 'ar'),
    ('الطلب ما انشحن أصلاً، فما راح ينخصم منك شي.', 'ar'),
    ('إحنا ما نطلب الرقم السري أصلاً، فلا تعطيه لأحد.', 'ar'),
    ('إحنا ما سكرنا الحساب، هو بس موقوف مؤقتاً.', 'ar'),
])
def test_at_all_in_plain_statements_stays_clean(text, lang):
    assert warnings(text, lang) == []


# rounds ld-li (before their fixes: tone R 0.59, canned R 0.50; the company's IBAN, a verification SMS and an offer
# to text a code reported as personal data): other wordings of what they missed, in every category they touched
@pytest.mark.parametrize("text,lang,category", [
    ("Relax, it's only a parcel.", 'en', 'tone'),
    ('Seriously, just touch grass.', 'en', 'tone'),
    ("Did you even plug the router back in?", 'en', 'tone'),
    ("Nine times out of ten it's user error.", 'en', 'tone'),
    ('For someone your age the app is probably too complicated.', 'en', 'tone'),
    ("Some people just can't be patient.", 'en', 'tone'),
    ("It'll arrive when it arrives.", 'en', 'tone'),
    ('Voor iemand van uw leeftijd is dat natuurlijk lastig.', 'nl', 'tone'),
    ('Ik leg het nog een keer heel langzaam uit.', 'nl', 'tone'),
    ('We hebben ook nog andere klanten hoor.', 'nl', 'tone'),
    ('Je moet me ook niet geloven hoor.', 'nl', 'tone'),
    ('وش تبينا نسوي لك؟ الشركة مو تبعنا.', 'ar', 'tone'),
    ('عايزنا نعملك إيه يعني؟', 'ar', 'tone'),
    ('كلميهم بنفسك.', 'ar', 'tone'),
    ('ايش هالدلع، انتظر دورك وخلصنا.', 'ar', 'tone'),
    ('افتحي عيونك وإنتي بتقري الشروط.', 'ar', 'tone'),
    ('الخدش صار منك وقت التركيب.', 'ar', 'tone'),
    ('الجهاز يطلع من المخزن سليم مية مية.', 'ar', 'tone'),
    ('Het pakket is onderweg en je krijg morgen een sms.', 'nl', 'typo'),
    ('Wij danken u vriendelijk voor uw reactie. Uw feedback is bijzonder waardevol voor ons en wij nemen dit mee '
     'in onze verbeterplannen. Aarzel niet om ons opnieuw te contacteren.', 'nl', 'canned'),
    ('Je nieuwe pas wordt verstuurd naar Stationsstraat 12, 9000 Gent.', 'nl', 'pii'),
])
def test_round_ld_li(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("Honestly, it's a show worth watching.", 'en'),
    ("It will be cheaper when it is on sale.", 'en'),
    ("Did you want us to plug the new router in for you?", 'en'),
    ("At your age you qualify for the senior discount.", 'en'),
    ("Send me the new number and we'll text you a verification code.", 'en'),
    ("I've asked my team lead, Ciara, to call you back within the hour.", 'en'),
    ('Op uw leeftijd heeft u recht op 20% korting.', 'nl'),
    ('We hebben nog meer klanten met dit probleem gezien.', 'nl'),
    ('Alles is geregeld en je werk is klaar.', 'nl'),
    ('Ik heb het gecontroleerd en je reis naar Rome gaat door.', 'nl'),
    ('Stuur me je nieuwe nummer, dan sturen we je een verificatiecode.', 'nl'),
    ('Onze technieker, Bart, komt morgen tussen 8 en 12 uur.', 'nl'),
    ('أكيد، ابعتيلي الرقم الجديد وببعتلك كود تأكيد عليه.', 'ar'),
    ('ادفع بالتحويل إلى حسابنا لدى البنك العربي:\nJO71 ARAB 1180 0000 0011 8012 3456 00', 'ar'),
    ('لغيته وبترجعلك المصاري بالزبط خلال ٣ أيام.', 'ar'),
    ('الطرد يطلع من المستودع الساعة ٩ الصبح.', 'ar'),
    ('شو بدك نضيف على الطلب؟', 'ar'),
])
def test_round_ld_li_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds lj-lo (before their fixes: tone R 0.62 P 0.77, toxicity R 0.50, 4 clean replies read as misspelt): other
# wordings of what they missed
@pytest.mark.parametrize("text,lang,category", [
    ("The world doesn't revolve around you.", 'en', 'tone'),
    ('It looks like the zip was forced, probably from pulling it too hard.', 'en', 'tone'),
    ('Maybe cut down on the burgers and the medium will fit.', 'en', 'toxicity'),
    ('Alles draait niet om u, hoor.', 'nl', 'tone'),
    ('Zaterdag of niets.', 'nl', 'tone'),
    ('Die kras is niet door ons gekomen.', 'nl', 'tone'),
    ('أكيد المشكلة في جوالك مو في الشبكة.', 'ar', 'tone'),
    ('جهازك هو اللي خربان مو الخدمة.', 'ar', 'tone'),
    ('لا تكثرين أسئلة، الموضوع واضح.', 'ar', 'tone'),
    ('اللي مو عاجبه الأسعار يشتري من مكان ثاني.', 'ar', 'tone'),
    ('الدنيا مش بتلف حواليك يا أستاذ.', 'ar', 'tone'),
    ('خلاص بقى قرفتنا.', 'ar', 'toxicity'),
])
def test_round_lj_lo(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('It looks like the parcel was dropped by the courier, sorry.', 'en'),
    ('Perhaps cut down on the pizza toppings to lower the price.', 'en'),
    ('De installatie staat gepland op dinsdag 14 mei.', 'nl'),
    ('De winkel blijft gesloten tot maandag.', 'nl'),
    ('Het draait niet om je fout, maar om een storing.', 'nl'),
    ('De korting is alles of niets, dus bestel alles tegelijk.', 'nl'),
    ('Dat is normale slijtage en valt niet onder de garantie.', 'nl'),
    ('U kunt kosteloos omboeken naar een latere vlucht.', 'nl'),
    ('وبعد تبين شي ثاني؟', 'ar'),
    ('وكمان تبي نضيف لك شي؟', 'ar'),
    ('اللي ما يعجبه المقاس يقدر يرجعه بدون رسوم.', 'ar'),
    ('ما كان لازم تدفع رسوم، رجعناها لك.', 'ar'),
    ('آسف على ردي، ما كان لازم.', 'ar'),
    ('جرب تاني وتالت، ولو لسه بايظ قولي.', 'ar'),
])
def test_round_lj_lo_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds lp-lu (before their fixes: toxicity R 0.57, typo P 0.40 R 0.40, canned R 0.00, pii R 0.40): other wordings of
# what they missed
@pytest.mark.parametrize("text,lang,category", [
    ('Be my guest, sue us.', 'en', 'tone'),
    ("Let's see who comes off worse.", 'en', 'tone'),
    ('If you boomers bothered to read the letter, you would know.', 'en', 'toxicity'),
    ('You immigrants always complain about the rules.', 'en', 'toxicity'),
    ('One more message like this and we close your account.', 'en', 'toxicity'),
    ('Ga je gang, dien maar een klacht in.', 'nl', 'tone'),
    ('Sommige mensen snappen het ook nooit.', 'nl', 'tone'),
    ('Een brief lezen is ook best moeilijk hè.', 'nl', 'tone'),
    ('Nog één zo\'n bericht en we sluiten je account.', 'nl', 'toxicity'),
    ('Het onderdeel dat morgen gebracht word, is besteld.', 'nl', 'typo'),
    ('الحريم دايماً يبالغون في الشكوى.', 'ar', 'toxicity'),
    ('اطلب من عند البنغال أرخص لك.', 'ar', 'toxicity'),
    ('كمان كلمة وبنقفل حسابك.', 'ar', 'toxicity'),
    ('واضح إنك ما تعرف شي عن السيارات.', 'ar', 'tone'),
    ('اشتكي عند مين ما تبي.', 'ar', 'tone'),
    ('We had to renew your tarrif.', 'en', 'typo'),
])
def test_round_lp_lu(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('Go ahead and report it to your bank if you see the charge again.', 'en'),
    ('You pensioners are entitled to the Warm Home Discount.', 'en'),
    ('You students always get 15% off.', 'en'),
    ('If you students stop by the store, show your card.', 'en'),
    ("Nog zo'n vraag en we zijn klaar, dank je!", 'nl'),
    ('Ik hoop dat ik snel geholpen word.', 'nl'),
    ('Je hebt haar BSN nodig, maar dat vul je daar zelf in.', 'nl'),
    ('لقيناه الحمدلله! موجود بفرع الشويخ.', 'ar'),
    ('الشحن مجاني بمحطاتنا في الشويخ والفحيحيل.', 'ar'),
    ('الستات دايماً يلقون خصم ١٠٪ يوم الأربعاء.', 'ar'),
    ('عندنا فرع عند الهنود سنتر في الفروانية.', 'ar'),
])
def test_round_lp_lu_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds lv-ma (before their fixes: toxicity R 0.25, pii R 0.67, 6 clean replies read as misspelt): other wordings of
# what they missed
@pytest.mark.parametrize("text,lang,category", [
    ('With an accent like that, what did you expect?', 'en', 'toxicity'),
    ("It'll get sorted when it gets sorted.", 'en', 'tone'),
    ('People managed for centuries without air conditioning, you know.', 'en', 'tone'),
    ('Zaag niet zo, het komt heus wel aan.', 'nl', 'toxicity'),
    ('كبّر عقلك شوي يا أخي.', 'ar', 'toxicity'),
    ('ركز معايا شوية، الزرار فوق.', 'ar', 'tone'),
    ('اكتبه صح وبيشتغل.', 'ar', 'tone'),
    ('فيك تبعتلي رقم البطاقة كامل هون؟', 'ar', 'pii'),
    ('يمكنك إرسال صورة جواز السفر على هذا البريد.', 'ar', 'pii'),
    ('خبرني شو الرقم السري تبع البطاقة.', 'ar', 'pii'),
])
def test_round_lv_ma(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('Je pakket zit bij bpost en komt morgen aan.', 'nl'),
    ('Smakelijk met je nieuwe airfryer!', 'nl'),
    ('وهنرد عليكي خلال ساعة.', 'ar'),
    ('الطلب متدفع بالكامل، ما تدفعش حاجة للمندوب.', 'ar'),
    ('ممكن تبعتلنا صور للكسر والكرتونة؟', 'ar'),
    ('فيك تبعتلي رقم الطلب لأتابع معك؟', 'ar'),
    ('ركز الكريم على البقعة وسيبه ١٠ دقايق.', 'ar'),
    ('Doe de stekker er weer in en wacht een minuut.', 'nl'),
    ('Trek de stekker eruit, tel tot tien en doe hem er weer in.', 'nl'),
    ('Plug it back in and wait a minute for the light to turn green.', 'en'),
])
def test_round_lv_ma_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds mb-md (before their fixes: toxicity R 0.33; tone 1.00): other wordings of what they missed
@pytest.mark.parametrize("text,lang,category", [
    ("I'll make sure you never get a refund.", 'en', 'toxicity'),
    ("We'll make sure your complaint goes to the bottom of the pile.", 'en', 'toxicity'),
    ('Ik zorg ervoor dat je nooit meer korting krijgt.', 'nl', 'toxicity'),
    ('We zorgen er wel voor dat uw aanvraag onderaan de stapel belandt.', 'nl', 'toxicity'),
    ('راح أخليك تندم.', 'ar', 'toxicity'),
    ('الهنود كلهم كذا، ما يدفعون.', 'ar', 'toxicity'),
])
def test_round_mb_md(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("I'll make sure you get a refund today.", 'en'),
    ("We'll make sure you never have to wait again.", 'en'),
    ('Ik zorg ervoor dat je pakket morgen aankomt.', 'nl'),
    ('Ik zorg dat je nooit meer hoeft te wachten.', 'nl'),
    ('بخلي الفني يجيك بكرة.', 'ar'),
    ('الفاتورة مسددة بالكامل.', 'ar'),
])
def test_round_mb_md_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


def test_a_tautology_expression_is_looked_for_only_with_its_word():
    from replylint.rules.tone.phrases import _required_word
    assert _required_word(r"(?:it|they)(?:'ll|\s+will)\s+(\w+)\s+when\s+(?:it|they)\s+\1") == "when"
    assert _required_word(r"what(?:'s|\s+is)\s+(\w{3,})\s+is\s+\1\b") == "what"
    assert _required_word(r"abc|when") == "" and _required_word(r"[when]x") == ""
    assert _required_word(r"whens?\s+ok") == "" and _required_word(r"when+\s+ok") == ""  # (a quantified last letter)
    assert [label for label, _ in tone("They'll get there when they get there.", "en")] == ["dismissive"]
    assert tone("They'll get there when the road opens.", "en") == []


# rounds me-mg (before their fixes: typo P 0.11, Iraqi spellings read as misspelt; pii P 0.33): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('These Turkish takeaways are always dirty, to be fair.', 'en', 'toxicity'),
    ('إذا تعيدها مرة ثانية أقفلك الحساب.', 'ar', 'toxicity'),
    ('دزلي رقم البطاقة الوطنية هنا.', 'ar', 'pii'),
    ('ارسلها هنا ويا رقم الهوية.', 'ar', 'pii'),
])
def test_round_me_mg(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("Ngā mihi, the KaiDash team", 'en'),
    ("We'll look into why the pin keeps landing in the wrong spot.", 'en'),
    ('Those Asian restaurants are always packed.', 'en'),
    ('هلا زينب، نگدر نحولك لباقة ليلية بسعر أقل.', 'ar'),
    ('إذا ما يعجبج الباقة نگدر نغيرها.', 'ar'),
    ('ممكن تدزلي رقم الكارت اللي شحنت بيه؟', 'ar'),
    ('شلونج هدى؟ شنو تحتاجين؟', 'ar'),
    ('طفي الراوتر دقيقة وشغله، وشوف إذا رجع النت.', 'ar'),
    ('روح لإعدادات الراوتر وغير اسم الشبكة.', 'ar'),
    ('النت رجع عندكم؟ خبرني إذا لسه بطيء.', 'ar'),
    ('حظاً موفقاً في الاختبار، ونتمنى لك التوفيق!', 'ar'),
    ('بالتوفيق في امتحاناتك يا نور!', 'ar'),
])
def test_round_me_mg_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds mh-mm (before their fixes: tone R 0.75, canned R 0.67, typo P 0.20): other wordings of what they missed
@pytest.mark.parametrize("text,lang,category", [
    ('Schimmel komt bijna altijd doordat huurders niet goed ventileren.', 'nl', 'tone'),
    ('Vertraging komt meestal doordat klanten zelf de verkeerde maat bestellen.', 'nl', 'tone'),
    ('Mould is almost always caused by tenants not ventilating properly.', 'en', 'tone'),
    ('لو كنت بتتابع استهلاكك مكنتش اتفاجئت بالفاتورة.', 'ar', 'tone'),
    ('اتصرف زي أي حد عاقل واقرا الرسالة.', 'ar', 'tone'),
    ('Oh dear, did the big bad milk ruin your day?', 'en', 'tone'),
    ('Try a shop that caters to fussy eaters then.', 'en', 'tone'),
    ('تحسب نفسك العميل الوحيد عندنا؟', 'ar', 'tone'),
])
def test_round_mh_mm(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('De storing komt doordat klanten in uw wijk op één kabel zitten.', 'nl'),
    ('Dit komt vaak doordat mensen niet weten dat de garantie twee jaar is; daarom sturen we een herinnering.', 'nl'),
    ("This usually happens when customers don't update the app, so we've made updates automatic.", 'en'),
    ('Delays are usually caused by customs, not by anything you did.', 'en'),
    ('لو كنت بتتابع الاستهلاك من التطبيق هتلاقي التفاصيل كلها هناك.', 'ar'),
    ('زي أي عميل عندنا، تقدر تطلب استرجاع خلال ١٤ يوم.', 'ar'),
    ("We're proud to serve customers across Scotland, and yes, Skye is on our list from 1 March.", 'en'),
    ('The big bad storm last week delayed everything.', 'en'),
    ('Try a shop that stocks the Oatly range, then let us know if you still want a refund.', 'en'),
    ('إذا كنت تحسب نفسك العميل المستحق للخصم، ارسل رقم الطلب.', 'ar'),
])
def test_round_mh_mm_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds mn-mp (before their fixes: tone R 0.57 P 0.67, toxicity R 0.67): other wordings of what they missed
@pytest.mark.parametrize("text,lang,category", [
    ('السواق مش شغال عندك يا أستاذ.', 'ar', 'tone'),
    ('استنى زي الناس وخلاص.', 'ar', 'tone'),
])
def test_round_mn_mp(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('People like you make this job worthwhile.', 'en'),
    ('Zolang je dochter studeert, blijft ze bij jou aangesloten. Er verandert dus niets.', 'nl'),
    ('Er verandert dus niets aan je premie.', 'nl'),
    ('الكابتن مو موظف عندنا، هو شريك مستقل، بس رفعنا الملاحظة عليه.', 'ar'),
    ('انتظر وبس، بيوصلك رد خلال يومين.', 'ar'),
])
def test_round_mn_mp_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds mq-ms (before their fixes: tone R 0.71, toxicity P 0.50, typo P 0.50, canned R 0.67): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ("Mate, it's an app, not a hospital.", 'en', 'tone'),
    ('If your time is that valuable, then go elsewhere.', 'en', 'tone'),
    ('لو وقتك غالي روح دور على عيادة ثانية.', 'ar', 'tone'),
    ("That's what happens when people buy the cheapest tent and expect it to survive a storm.", 'en', 'tone'),
    ('Als je dit al te veel vindt, moet je misschien ergens anders kijken.', 'nl', 'tone'),
    ('كان لازم تقري الشروط قبل ما تشتكي.', 'ar', 'tone'),
])
def test_round_mq_ms(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('If your time is precious, book online and skip the queue.', 'en'),
    ('إذا وقتك ضيق، احجز أونلاين وما تنتظر.', 'ar'),
    ('Dan ben je natuurlijk ook wel een beetje laat, maar we regelen het.', 'nl'),
    ('Hij komt effe langs om de band te plakken.', 'nl'),
    ('إذا الحرارة ما نزلت مع خافض الحرارة، وديه الطوارئ.', 'ar'),
    ('ان شاء الله يتشافى بسرعة.', 'ar'),
    ("That's what happens when customers order the new model: it ships from Germany.", 'en'),
    ('Als je dat te duur vindt, kun je ook kiezen voor het basisabonnement van 29 euro.', 'nl'),
    ('المفروض تتأكدين من الموعد قبل ما تجين، نرسل لك تذكير قبلها بيوم.', 'ar'),
])
def test_round_mq_ms_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds mw-my (before their fixes: tone R 0.83, toxicity R 0.50, channel R 0.83 on a label I had wrong): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('ليش كل مرة بتتصل تشتكي من نفس الشي؟', 'ar', 'tone'),
    ('معقول في كل مرة تتذمر؟', 'ar', 'tone'),
    ("If you can't afford it, maybe don't order from us.", 'en', 'tone'),
    ("If you cannot afford our prices, stick to the supermarket brand.", 'en', 'tone'),
    ('Als je dat niet kunt betalen, moet je maar ergens anders boeken.', 'nl', 'tone'),
    ('إذا مش قادر تدفع فرق نص دينار، الأحسن تروح تتسوق بنفسك.', 'ar', 'tone'),
    ('لو ما معك مصاري خليك بالبيت.', 'ar', 'tone'),
])
def test_round_mw_my(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('كل مرة بتشتكي بنعوضك فوراً، وهذا حقك.', 'ar'),
    ('في كل مرة تطلب، بتوصلك نقاط على المحفظة.', 'ar'),
    ("If you can't afford the full amount now, we can split it into three payments.", 'en'),
    ("If you can't afford it right now, don't worry: we'll hold it for you.", 'en'),
    ('Als je het niet in één keer kunt betalen, kun je een betalingsregeling aanvragen.', 'nl'),
    ('إذا مش قادر تدفع الحين، نقسطها لك على ثلاث دفعات.', 'ar'),
    ('إذا ما عندك كاش، ادفع بالبطاقة عند الاستلام.', 'ar'),
])
def test_round_mw_my_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds mz-nb (before their fixes: tone R 0.62, canned R 0.67, pii R 0.00 on a Qatari address): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ("Big words from someone who can't even log in.", 'en', 'tone'),
    ("Just restart it, kid.", 'en', 'tone'),
    ("Some of us have actual work to do.", 'en', 'tone'),
    ('الراوتر حقك هو اللي خربان، مو الخط.', 'ar', 'tone'),
    ("Your wifi is clearly the issue, not our app.", 'en', 'tone'),
    ('Dat zegt u.', 'nl', 'tone'),
    ('Wie zet er nu een laptop naast een kop thee?', 'nl', 'tone'),
])
def test_round_mz_nb(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("The Kid, our new release, is out now.", 'en'),
    ("Some of us have real trouble with the new menu too, so we've added a guide.", 'en'),
    ("This tip comes from someone who can't even count how many times it saved them.", 'en'),
    ('الشبكة عندنا هي اللي فيها عطل، نعتذر.', 'ar'),
    ("Your router is probably the issue; we'll send you a new one today.", 'en'),
    ('Dat zeg je goed!', 'nl'),
    ('Wie nu een tuinset bestelt, krijgt de hoes gratis.', 'nl'),
])
def test_round_mz_nb_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds nc-ne (before their fixes: canned R 0.50, typo P 0.00 on Levantine Arabic and 'mins', tone R 0.86): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('أكيد انت كسرته وهلق بدك تبديل.', 'ar', 'tone'),
    ('هالكلام ما بيمشي معنا يا أستاذ.', 'ar', 'tone'),
    ('Funny how the card only declines when you order from us.', 'en', 'tone'),
    ('You obviously understand nothing about mortgages.', 'en', 'tone'),
    ('Als u zo krap bij kas zit, kunt u beter niet bestellen.', 'nl', 'tone'),
    ('Wij werken hier niet voor niks, hoor.', 'nl', 'tone'),
])
def test_round_nc_ne(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('بعتذر منك يا ميرا، ما كان لازم احكي هيك.', 'ar'),
    ('آسف، ما كان لازم أعصب عليك.', 'ar'),
    ('أكيد، بنبدله لك اليوم.', 'ar'),
    ("Don't worry if you know nothing about routers: our engineer will set it up.", 'en'),
    ('Funny how things work out: the part arrived today!', 'en'),
    ('We werken niet op zondag.', 'nl'),
])
def test_round_nc_ne_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds nf-nh (before their fixes: tone R 0.86, one 'متقلقش' read as a name, 'كارفور' as a slip): other wordings
@pytest.mark.parametrize("text,lang,category", [
    ('Zet anders eens uw leesbril op.', 'nl', 'tone'),
    ("It's on page 1, maybe put your glasses on?", 'en', 'tone'),
    ('الزر واضح، البس نظارتك.', 'ar', 'tone'),
    ('Maybe next time pick a doctor who knows how to fill in a form.', 'en', 'tone'),
    ('Honestly, not our circus.', 'en', 'tone'),
])
def test_round_nf_nh(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ('Neem je bril mee naar de opticien, dan stellen we hem bij.', 'nl'),
    ('Put your glasses in the case before posting them to us.', 'en'),
    ('تقدر تستلم النظارة من الفرع بكرة.', 'ar'),
    ("Find a plumber who can fix it tonight and we'll reimburse you.", 'en'),
    ('You can pick a doctor who speaks Spanish from the list.', 'en'),
])
def test_round_nf_nh_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# rounds ni-nk (before their fixes: tone R 0.40, toxicity R 0.00): other wordings of what they missed
@pytest.mark.parametrize("text,lang,category", [
    ("Relax, one night without hot water won't kill you.", 'en', 'tone'),
    ("Clearly you've got nothing better to do than complain.", 'en', 'tone'),
    ('Dan hebt u vast de ramen de hele dag open laten staan.', 'nl', 'tone'),
    ('روح العب بعيد وريحنا.', 'ar', 'tone'),
])
def test_round_ni_nk(text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("text,lang", [
    ("A small amount of chlorine won't harm you.", 'en'),
    ('Dan heeft u zeker recht op compensatie, die heb ik aangevraagd.', 'nl'),
    ('Dan heeft u zeker de app al gebruikt? Daar staat het ook.', 'nl'),
    ('روح نام بدري عشان موعدك الصبح.', 'ar'),
])
def test_round_ni_nk_neighbours_stay_clean(text, lang):
    assert warnings(text, lang) == []


# From round nl on, each round adds rows here (round id first) instead of a test function of its own: other
# wordings of what a round missed before its fixes, and clean neighbours of each new pattern.
@pytest.mark.parametrize("round_id,text,lang,category", [
    ("nl", "Cats are drama queens, give it a week and stop overthinking it.", "en", "tone"),
    ("nl", "Relax, you're overthinking this.", "en", "tone"),
    ("nl", "You're making a big deal out of nothing.", "en", "tone"),
    ("nm", "Je denkt er veel te veel over na.", "nl", "tone"),
    ("nm", "Je maakt er een drama van.", "nl", "tone"),
    ("nm", "Elk kind snapt dat toch.", "nl", "tone"),
    ("nn", "انت مكبر السالفة.", "ar", "tone"),
    ("nn", "لا تعطي الموضوع أكبر من حجمه.", "ar", "tone"),
    ("no", "Then I guess your tooth will have to wait, won't it?", "en", "tone"),
    ("no", "We're not mind readers.", "en", "tone"),
    ("no", "We're not a fast food place!", "en", "tone"),
    ("nv", "Als je het te duur vindt, neem je toch de trein.", "nl", "tone"),
    ("nw", "ما أحد ماسك فيك.", "ar", "tone"),
    ("nw", "فيه شركات ثانية لو تبي.", "ar", "tone"),
    ("ny", "Daar liggen we echt niet wakker van.", "nl", "tone"),
    ("nz", "إذا غالي عليك روح امشِ في الحديقة.", "ar", "tone"),
    ("oa", "Don't come crying to us when it breaks.", "en", "tone"),
    ("ob", "Kom dan niet bij ons huilen.", "nl", "tone"),
    ("ob", "Je laadt hem zeker nooit op, dan is het logisch dat de accu stuk gaat.", "nl", "tone"),
    ("oc", "لا تحلم بقرض.", "ar", "tone"),
    ("oc", "لا تجي تبكي عندنا بعدين.", "ar", "tone"),
    ("oc", "اتعلم تتكلم باحترام أول.", "ar", "tone"),
    ("oc", "Zo is het, graag of niet.", "nl", "tone"),
    ("oe", "Ja, het leven is zwaar hè.", "nl", "tone"),
    ("og", "That's usually the genius move behind these complaints.", "en", "tone"),
    ("oj", "We post our hours on the door and the website. Reading them is kind of on you.", "en", "tone"),
    ("oj", "That's honestly on you, I'm afraid.", "en", "tone"),
    ("ol", "إذا مش قادر تدفع، في جامعات أرخص بتناسب مستواك.", "ar", "tone"),
    ("om", "Robbery would be you expecting the same price after writing off a car, mate.", "en", "tone"),
    ("on", "Als je je niet zo had gedragen aan de balie, was ze vast vriendelijker geweest.", "nl", "tone"),
    ("oo", "إذا الأسعار ما تعجبك، سافري بالباص.", "ar", "tone"),
    ("oo", "إذا ما عجبك، روح لغيرنا.", "ar", "tone"),
    ("op", "I can't make it any clearer for you.", "en", "tone"),
    ("op", "It's literally in the confirmation email.", "en", "tone"),
    ("oq", "Het staat letterlijk in de sms die je kreeg. Ik kan het moeilijk nog groter voor je schrijven.", "nl", "tone"),
    ("or", "لو مش قادرة على ٢٥٠ جنيه يبقى الموبايل نفسه رفاهية عليكي.", "ar", "tone"),
    ("or", "يا يوسف، ما هو لو بطلت تحمل أفلام طول الليل كان النت فضل معاك للآخر الشهر.", "ar", "tone"),
    ("ou", "إذا تبين هدوء روحي اسكني في البر.", "ar", "tone"),
    ("ow", "Ja hoor Wim, dat zien we. Daarom was hij zeker ook taai.", "nl", "tone"),
    ("oz", "Je hoeft niet met de auto te komen hoor. Er rijdt ook gewoon een bus.", "nl", "tone"),
    ("oz", "Misschien moet je eens naar je eigen toon kijken, Bart.", "nl", "tone"),
    ("oz", "Parking's full? There's always the bus.", "en", "tone"),
    ("pb", "Right, so you signed up with an address you no longer check. Very organised of you.", "en", "tone"),
    ("pd", "الدكتور عنده ٣٠ مريض باليوم يا مريم، مب فاضي يسمع قصة حياتج.", "ar", "tone"),
    ("pe", "Nobody's forcing you to bring a second driver, love. Drive yourself.", "en", "tone"),
    ("dn", "So what? The main thing is it arrived.", "en", "tone"),
    ("pm", "يا سالم، إذا ما يعجبك، فيه شركات ثانية في عمان.", "ar", "tone"),
    ("pp", "الزحمة عادية، كل المطاعم كذا.", "ar", "tone"),
    ("pp", "ما بيدنا شي، اصبري وبس.", "ar", "tone"),
    ("pp", "شوية تأخير وتسوي منها مسلسل؟", "ar", "tone"),
    ("pp", "يا أخي روق، عيش حياتك.", "ar", "tone"),
    ("pr", "Je hoeft het niet drie keer te vragen, ik ben heus niet doof.", "nl", "tone"),
    ("pr", "You don't need to repeat it, we're not deaf.", "en", "tone"),
    ("pr", "يا ريهام احنا مش طرشان، سمعناك أول مرة.", "ar", "tone"),
    ("pu", "Twee dagen zonder wifi, daar ga je heus niet dood aan.", "nl", "tone"),
    ("pv", "لو قريت الإيميل ما كان صار التأخير.", "ar", "tone"),
    ("pw", "It's a two-star hotel. What did you expect for £49?", "en", "tone"),
    ("pw", "Complain all you like, but the fee stays.", "en", "tone"),
    ("px", "Als je de handleiding ooit eens zou lezen, wist je dit al.", "nl", "tone"),
    ("px", "We hebben meer klanten dan jou hoor.", "nl", "tone"),
    ("py", "أكيد المشكلة في الشبكة حقتك، عندنا كل شي تمام.", "ar", "tone"),
    ("qb", "انت اللي تنسى تدفع على طول، مو احنا.", "ar", "tone"),
    ("qb", "كيف تبي الخدمة تكون أسرع وانت على أرخص باقة؟", "ar", "tone"),
    ("qc", "Typing in caps won't speed it up, Dave.", "en", "tone"),
    ("qd", "U bent niet de enige, hoor.", "nl", "tone"),
    ("qe", "مو انتي النزيلة الوحيدة بالفندق.", "ar", "tone"),
    ("qf", "Maybe the issue is between the chair and the screen.", "en", "tone"),
    ("qf", "Your complaint isn't a priority.", "en", "tone"),
    ("qg", "De monteur werkt niet alleen voor u.", "nl", "tone"),
    ("qh", "إحنا مو مسؤولين عن الزحمة.", "ar", "tone"),
    ("qh", "أكيد العطل من جهازك.", "ar", "tone"),
    ("qi", "Just pay your rent on time like a responsible adult.", "en", "tone"),
    ("qi", "Phones don't just break by themselves, Sam.", "en", "tone"),
    ("qj", "We zijn ook geen helderzienden.", "nl", "tone"),
    ("qj", "Hoe vaak u ook belt, de levertijd blijft zes weken.", "nl", "tone"),
    ("qk", "الشاشة ما تنكسر لحالها.", "ar", "tone"),
    ("qk", "احنا مو سحرة يا حسام.", "ar", "tone"),
    ("ql", "That's how discounts work.", "en", "tone"),
    ("ql", "I'm your account manager, not a mind reader!", "en", "tone"),
    ("qo", "Buy two boxes if you're that hungry.", "en", "tone"),
    ("qp", "De monteur heeft ervoor gestudeerd en u heeft alleen gegoogeld.", "nl", "tone"),
    ("qq", "ألغيه، مو فارقة معنا.", "ar", "tone"),
    ("qr", "لو ما تقدر على الأسعار يا حمد، شوف محلات ثانية على قد جيبك.", "ar", "tone"),
    ("qs", "If you can't afford the premium, there are other insurers that might better suit your budget.", "en", "tone"),
    ("qt", "Als je het je niet kunt veroorloven, probeer dan een goedkopere fietsenmaker.", "nl", "tone"),
    ("qu", "Your refund gets processed when it gets processed.", "en", "tone"),
    ("qv", "Uw pakket wordt geleverd als het geleverd wordt.", "nl", "tone"),
    ("qx", "Engineers aren't robots, Dave. You'll be visited when you're visited.", "en", "tone"),
    ("qx", "You watched one video online. Let's not pretend that is the same as an apprenticeship.", "en", "tone"),
    ("ra", "Some of us have dozens of claims to handle, Paul.", "en", "tone"),
    ("rb", "Je bent niet de enige die haast heeft, Kim.", "nl", "tone"),
    ("re", "De fout zit tussen je bureaustoel en je laptop, Jan.", "nl", "tone"),
    ("re", "Als u minder lang zou douchen, zou uw rekening ook lager uitvallen.", "nl", "tone"),
    ("rg", "We're a bakery, not a charity, Tom.", "en", "tone"),
    ("ri", "الموظف شرح لك الخطوات، بس انتي ما كنتي منتبهة.", "ar", "tone"),
    ("rk", "Die schimmel komt gewoon doordat u nooit ventileert.", "nl", "tone"),
    ("rk", "De schimmel komt doordat u te weinig ventileert.", "nl", "tone"),
    ("rm", "Sure, because shingles just spontaneously fly off on sunny days.", "en", "tone"),
    ("rm", "Right, because pipes burst all by themselves.", "en", "tone"),
    ("rp", "Not a bank problem. Talk to the merchant.", "en", "tone"),
    ("rp", "You gave your one-time code to the scammer, so the loss is on you.", "en", "tone"),
    ("rq", "Goh, wat verrassend dat een pakket van dertig centimeter niet door een brievenbus past.", "nl", "tone"),
    ("rr", "حبيبي، الموبايل بدو شحن، مش سحر.", "ar", "tone"),
    ("rs", "Let me try this again, slowly: the ticket was for Tuesday. Today is Wednesday.", "en", "tone"),
    ("rs", "We've answered this already. No further correspondence will be entered into.", "en", "tone"),
    ("rv", "That's a feature request. Post it on the forum.", "en", "tone"),
    ("rx", "والله عاشت إيدك، ثالث مرة تنسى الباسورد هذا الأسبوع.", "ar", "tone"),
    ("rx", "عيني، الراوتر لازم يكون مشبوك بالكهرباء حتى يشتغل.", "ar", "tone"),
    ("ry", "Shocking, I know, but the pool does close at night.", "en", "tone"),
    ("ry", "Checkout is at 11. That's the number after 10, in case that helps.", "en", "tone"),
    ("rz", "U heeft zelf op de link in die phishingmail geklikt, dus dat verlies is voor uw rekening.", "nl", "tone"),
    ("sa", "أكيد، نخلي المسبح مفتوح للساعة ٣ الفجر عشانك بس.", "ar", "tone"),
    ("rt", "Dat is toch niet zo moeilijk.", "nl", "tone"),
    ("rt", "Dat is nou ook weer niet zo ingewikkeld, meneer.", "nl", "tone"),
    ("se", "Ok. Bye then.", "en", "tone"),
    ("se", "Fine, bye.", "en", "tone"),
    ("sf", "Oké. Doei dan.", "nl", "tone"),
    ("sg", "مش فاضيين لحضرتك دلوقتي.", "ar", "tone"),
    ("sb", "Mate, if you'd emptied it like the manual says this wouldn't be happening.", "en", "tone"),
    ("sd", "الفني جاي. نبعتلك ياه بطيارة خاصة؟", "ar", "tone"),
    ("sd", "The technician is on his way. Should we send him by private jet?", "en", "tone"),
    ("sj", "الفاتورة واضحة يا أخي، اقرأ الأرقام من فوق لتحت. ما تحتاج شهادة.", "ar", "tone"),
    ("sj", "ما تحتاج شهادة عشان تفهم الفاتورة.", "ar", "tone"),
    ("sm", "ربع ساعة؟ يا ساتر، كارثة وطنية.", "ar", "tone"),
    ("sm", "الحين مو وقتك، ارجع بعدين.", "ar", "tone"),
    ("sm", "Twenty minutes? A national tragedy.", "en", "tone"),
    ("sl", "Natuurlijk meneer Verhagen, ik bel je morgen om 10 uur terug.", "nl", "tone"),
    ("sk", "You signed for it, so that's on you now.", "en", "tone"),
    ("sn", "We get a lot of voicemails. Yours will be returned when it's returned.", "en", "tone"),
    ("so", "Dan had u de krat maar niet ondersteboven moeten zetten toen de bezorger er was.", "nl", "tone"),
    ("so", "Ja, en? Er zijn meer klanten.", "nl", "tone"),
    ("sp", "إنتي اللي ما حطيتي عليها اسمك، شلون تبينا نلقاها؟", "ar", "tone"),
    ("sp", "يا حرام، أكل بارد على ارتفاع ٣٥ ألف قدم. مأساة.", "ar", "tone"),
    ("sp", "اضغطي على زر تسجيل الوصول. الزر كبير وأخضر، ما يبيله ذكاء.", "ar", "tone"),
    ("sr", "Omdat u vorig jaar twee schadegevallen heeft aangegeven, mevrouw. Dat had u zelf in de hand.", "nl", "tone"),
    ("sr", "Wij bellen niet terug. Mail maar.", "nl", "tone"),
    ("ss", "مش فاضيين هلق، استني دورك.", "ar", "tone"),
    ("sv", "انتي اللي شبكتيه بالفولتية الغلط.", "ar", "tone"),
    ("sv", "إنت اللي دخلت الرقم الغلط بالطلب.", "ar", "tone"),
])
def test_round_wordings(round_id, text, lang, category):
    assert reported(text, lang, category)


@pytest.mark.parametrize("round_id,text,lang", [
    ("nl", "I was overthinking it: your refund went through this morning.", "en"),
    ("nl", "We don't want you to make a fuss about the fee, so we refunded it.", "en"),
    ("nm", "Bij De Vlinder staat het welzijn van ieder kind centraal.", "nl"),
    ("nm", "Ieder kind krijgt een eigen mentor.", "nl"),
    ("nm", "Elk kind kan bij ons een dag komen wennen.", "nl"),
    ("nm", "We maken er geen probleem van, hoor!", "nl"),
    ("nm", "Je maakt er een mooie verrassing van!", "nl"),
    ("no", "We're not a 24-hour practice, but our out-of-hours line is 111.", "en"),
    ("no", "Your parcel will have to wait until Monday, I'm afraid.", "en"),
    ("nv", "Als je het te duur vindt, kun je ook een kleiner abonnement nemen.", "nl"),
    ("nv", "Als je het lastig vindt, bel je ons gewoon, dan helpen we je.", "nl"),
    ("nw", "فرعنا في الهنود سنتر مفتوح لين ١٠ بالليل.", "ar"),
    ("nw", "توصل لفرع الهنود سنتر من الدائري السادس.", "ar"),
    ("nw", "فيه فروع ثانية قريبة منك لو تبي.", "ar"),
    ("nw", "فيه مستشفيات ثانية تقبل تأمينك لو تبي نحولك.", "ar"),
    ("nz", "إذا غالي عليك الاشتراك السنوي، فيه اشتراك شهري بـ ٢٥٠.", "ar"),
    ("ny", "Ik lag er wakker van, dus ik heb het meteen voor je uitgezocht.", "nl"),
    ("nz", "روح للإعدادات واختار الشبكة الجديدة.", "ar"),
    ("nz", "روح لأقرب فرع وبيخدمونك على طول.", "ar"),
    ("nz", "روحي للتطبيق واضغطي على طلباتي.", "ar"),
    ("oa", "Don't come running to us, call the insurer directly.", "en"),
    ("ob", "U laat de fiets zeker binnen staan? Dan is hij veilig.", "nl"),
    ("ob", "Je laadt hem zeker elke avond op, dat is goed!", "nl"),
    ("ob", "Als de accu ouder is dan drie jaar, dan is het logisch dat hij sneller leeg is.", "nl"),
    ("oc", "ما تحلم؟ حنا نحقق أحلامك بقرض ميسر.", "ar"),
    ("oc", "تقدرين تتعلمين تستخدمين التطبيق من الفيديو هذا.", "ar"),
    ("oc", "Of je het graag wilt weten of niet, we sturen je elke week een update.", "nl"),
    ("oe", "Het leven is zwaar, zeker met een lekkage; sterkte!", "nl"),
    ("of", "لو تحسبها، تصليح مكيف واحد بدون عقد يكلف أكثر.", "ar"),
    ("of", "لو تحسبها بالشهر، العقد أوفر لك من الزيارات المنفردة.", "ar"),
    ("og", "That's a genius idea, we'll add it to the app!", "en"),
    ("og", "Our genius bar team can look at it.", "en"),
    ("oj", "The next round is on you!", "en"),
    ("oj", "The choice is up to you, both plans include storage insurance.", "en"),
    ("ol", "عندنا اختبار تحديد مستوى، وبنحطك بالصف اللي بيناسب مستواك.", "ar"),
    ("ol", "عندنا باقات أرخص بتناسب احتياجك.", "ar"),
    ("om", "We'll make sure you never pay twice again.", "en"),
    ("om", "I've turned on alerts so you never miss a delivery.", "en"),
    ("on", "Als u vóór 12 uur had besteld, was het vandaag verzonden.", "nl"),
    ("oo", "إذا ما عجبك اللون، جربي اللون الثاني.", "ar"),
    ("op", "It's literally on the way to you now.", "en"),
    ("op", "We can make it bigger for you if you like.", "en"),
    ("oq", "We kunnen de letters groter maken in de app.", "nl"),
    ("or", "لو بطلت التحديث التلقائي كان النت هيكفي لآخر الشهر، فجرب تقفله من الإعدادات.", "ar"),
    ("ou", "إذا تبين حي هادي روحي شوفي النرجس.", "ar"),
    ("ow", "Daarom was het zeker een goed idee om hem te laten rusten.", "nl"),
    ("oz", "Er rijdt ook gewoon een bus naar het ziekenhuis, lijn 12.", "nl"),
    ("oz", "There's always the bus if parking is full.", "en"),
    ("pb", "How clever of you to spot that bug, thanks!", "en"),
    ("pc", "Lotte, dreigen helpt niet. We hebben je verzoek genoteerd en de eigenaar belt je morgen.", "nl"),
    ("pe", "Nobody's forcing you to pay upfront, you can also pay on collection.", "en"),
    ("dn", "So what's next? I'll book the engineer for Monday.", "en"),
    ("dn", "Hi Sam, so what happened is the parcel went to the depot.", "en"),
    ("pp", "انتظري بس شوي، الفني جاي.", "ar"),
    ("pp", "كل الكراجات كذا تطلب الهوية قبل الاستلام.", "ar"),
    ("pp", "عيش حياتك مع عروض الصيف!", "ar"),
    ("pp", "ما نبي نسوي منها مشكلة، بنصلح الخدش مجاناً.", "ar"),
    ("pr", "We zijn niet blind voor het probleem en kijken er vandaag naar.", "nl"),
    ("pr", "We're not blind to the problem, and the engineer is booked for Monday.", "en"),
    ("pr", "إحنا مش هنسيبك لوحدك، المندوب جاي.", "ar"),
    ("pu", "Van een griepprik ga je niet dood, maar je kunt een paar dagen spierpijn hebben.", "nl"),
    ("pu", "Jeroen, met zulke taal kom je niet verder. Ik help je graag, maar dan zonder scheldwoorden.", "nl"),
    ("pw", "What did you expect for the delivery date, so I can check it?", "en"),
    ("pw", "You can use the lounge all you like, Liam, the pass covers it.", "en"),
    ("px", "Als je de app een keer zou openen, zie je de nieuwe knop meteen.", "nl"),
    ("py", "التطبيق شغال عند الكل الحين بعد التحديث.", "ar"),
    ("qb", "انت اللي تقرر، وإحنا ننفذ.", "ar"),
    ("qc", "Write it in capitals so it doesn't get missed by the printer.", "en"),
    ("qd", "Je bent niet de enige met deze vraag, dus we hebben een handleiding gemaakt.", "nl"),
    ("qf", "Your order isn't special-order stock, so it ships today.", "en"),
    ("qh", "احنا مو مسؤولين عن الشحنة بعد ما تطلع من الجمارك، بس بنساعدك تتابعها.", "ar"),
    ("qi", "Like any responsible landlord, we check the smoke alarms every year.", "en"),
    ("qj", "Het glas breekt niet zomaar, het is gehard.", "nl"),
    ("ql", "That's how it works: you pay monthly and cancel any time.", "en"),
    ("ql", "That's how refunds work: the bank takes 3-5 days, and I've sent it today.", "en"),
    ("qo", "If you're that keen on the red one, I can reserve it for you.", "en"),
    ("qr", "عندنا أحجام أصغر تناسب ميزانيتك، والـ ٥٠ مل بنص السعر.", "ar"),
    ("qr", "إذا ما تقدرين تدفعين المبلغ كامل، فيه تقسيط على ٤ دفعات.", "ar"),
    ("qs", "We have cheaper plans that suit your budget, starting at £9 a month.", "en"),
    ("qt", "Doe maar rustig aan, we zijn er tot zes.", "nl"),
    ("qt", "Dankjewel Ilse, daar worden we echt blij van!", "nl"),
    ("qt", "We hebben ook goedkopere abonnementen die beter bij je budget passen.", "nl"),
    ("qu", "The refund gets processed when the return reaches our warehouse.", "en"),
    ("qv", "Uw pakket wordt geleverd zodra het magazijn het heeft gescand.", "nl"),
    ("qx", "You'll be seen when the nurse calls your name, usually within 10 minutes.", "en"),
    ("qx", "Our vending machines aren't working today, sorry: there's free water at reception.", "en"),
    ("ra", "Some of us have other claims open too, so here's a summary of all three.", "en"),
    ("rb", "U bent niet de enige met dit probleem: de storing raakt de hele wijk, en we werken eraan.", "nl"),
    ("re", "Als je de thermostaat een graad lager zou zetten, zou je ongeveer 6% besparen: handig voor de winter.", "nl"),
    ("rg", "It's a deposit, not a fee, so you'll get it back when you return the keys.", "en"),
    ("ri", "بس انتي لا تشيلين هم، الدكتور بيتصل عليك بكرة.", "ar"),
    ("rk", "Dat komt gewoon doordat uw pakket nog bij de douane ligt.", "nl"),
    ("rk", "Dat komt simpelweg doordat onze monteur te weinig tijd had.", "nl"),
    ("rm", "Sure! Because the app updates on its own, you don't need to do anything.", "en"),
    ("rm", "Sure, because of the storm, the adjuster is running late.", "en"),
    ("rp", "Not a problem at all, I'll fix it now.", "en"),
    ("rp", "Not a big issue, it's sorted.", "en"),
    ("rp", "We made the mistake, so the cost is on us.", "en"),
    ("rr", "التطبيق مش سحر، بس بيسهل عليك الطلب كتير.", "ar"),
    ("rs", "Let me go through it again slowly with you on the phone, if that helps.", "en"),
    ("rv", "You can post it on our ideas forum, where the product team votes on new features.", "en"),
    ("rx", "عاشت إيدك على الصبر، الخط رجع يشتغل.", "ar"),
    ("ry", "Amazing, I know! We'll see you on Friday.", "en"),
    ("ry", "Your room is 1204, on the twelfth floor, in case that helps.", "en"),
    ("rz", "De verzendkosten zijn voor uw rekening.", "nl"),
    ("sa", "أكيد، سوينا لك خصم خاص عشانك بس.", "ar"),
    # reassurance, not condescension: the sentence goes on to help
    ("rt", "Geen zorgen, het is niet zo moeilijk: u vult het formulier in en wij doen de rest.", "nl"),
    ("rt", "Het aanvragen is niet zo moeilijk, ik stuur u de stappen.", "nl"),
    # a goodbye that is kind, and gratitude 'because you' (round sd: 'لأنك' had weighed as blame)
    ("se", "Thanks Sarah, bye for now!", "en"),
    ("se", "Bye then, and thanks again for your patience.", "en"),
    ("sf", "Dag dan, en bedankt voor je geduld!", "nl"),
    ("sd", "رأيك يهمنا، شكراً لأنك شاركتنا تجربتك.", "ar"),
    ("sd", "مبسوطين لأنك استمتعت بالإقامة.", "ar"),
    ("sj", "ما تحتاج شهادة عشان تقدم على الوظيفة عندنا، بس خبرة سنة.", "ar"),
    ("sl", "Meneer Jansen van de afdeling belt je morgen terug.", "nl"),
    ("sl", "Hoi Paul, ik heb meneer De Vries, onze monteur, gevraagd je te bellen.", "nl"),
    ("sm", "ترى عنوانك عندنا صحيح.", "ar"),
    ("so", "Wij werken met passie aan een oplossing voor je klacht: de monteur komt morgen.", "nl"),
    ("sr", "Dat heeft u zelf in de hand: u kunt de bezorging wijzigen.", "nl"),
    ("sv", "انت اللي لاحظت الغلط، شكراً كتير.", "ar"),
    ("sv", "شكراً إنك نبهتنا، الغلط كان من عندنا.", "ar"),
])
def test_round_neighbours_stay_clean(round_id, text, lang):
    assert warnings(text, lang) == []


# Short courtesies, blessings and exclamations of every day, each a whole reply: the models had learnt some of their
# words from insults and sarcasm ('الله' from curses, 'Succes ermee.' curt), and flagged 'الله يحفظك' and 'Je bent een
# topper!' (this session's scan of common phrases). Left out: 'Succes ermee!' and 'يا ساتر، الله يعين.', which the tone
# model still reads as the curt and the exasperated way they are also said (a wish only with context or 'veel')
@pytest.mark.parametrize("text,lang", [
    ('الله يحفظك.', 'ar'),
    ('الله يعافيك.', 'ar'),
    ('الله يسلمك.', 'ar'),
    ('الله يخليك.', 'ar'),
    ('تسلم يا غالي.', 'ar'),
    ('حياك الله.', 'ar'),
    ('الله يحييك.', 'ar'),
    ('مشكور ما قصرت.', 'ar'),
    ('ما قصرت يا خالد.', 'ar'),
    ('يعطيك العافية.', 'ar'),
    ('الله يرحم والديك.', 'ar'),
    ('جزاك الله خير.', 'ar'),
    ('وإياكم.', 'ar'),
    ('الله يبارك فيك.', 'ar'),
    ('بالتوفيق إن شاء الله.', 'ar'),
    ('الله يتمم عليك.', 'ar'),
    ('نورتنا.', 'ar'),
    ('ربي يسعدك.', 'ar'),
    ('الله يكتب لك الخير.', 'ar'),
    ('الله يهديك.', 'ar'),
    ('في أمان الله.', 'ar'),
    ('الله معك.', 'ar'),
    ('سلامات، ما تشوف شر.', 'ar'),
    ('طهور إن شاء الله.', 'ar'),
    ('عساك على القوة.', 'ar'),
    ('الحمد لله على السلامة.', 'ar'),
    ('الله يجزاك خير.', 'ar'),
    ('تعيش يا باشا.', 'ar'),
    ('ربنا يخليك.', 'ar'),
    ('حبيبي تسلم.', 'ar'),
    ('يا هلا والله.', 'ar'),
    ('والله ولا يهمك.', 'ar'),
    ('أبشر بعزك.', 'ar'),
    ('على راسي.', 'ar'),
    ('من عيوني.', 'ar'),
    ('تامر أمر.', 'ar'),
    ('الله لا يهينك.', 'ar'),
    ('عيني لك.', 'ar'),
    ('تدلل.', 'ar'),
    ('فديتك.', 'ar'),
    ('ما عليك زود.', 'ar'),
    ('ربي يحفظك ويخليك.', 'ar'),
    ('الله يوفقك ويسعدك.', 'ar'),
    ('الله يشفيك.', 'ar'),
    ('الله يرزقك.', 'ar'),
    ('الله يعينك.', 'ar'),
    ('الله المستعان.', 'ar'),
    ('لا حول ولا قوة إلا بالله، آسفين جداً.', 'ar'),
    ('الله يصبرك.', 'ar'),
    ('Cheers mate!', 'en'),
    ('No worries at all!', 'en'),
    ('Take care of yourself.', 'en'),
    ('God bless!', 'en'),
    ('Bless you!', 'en'),
    ('Have a good one!', 'en'),
    ('Catch you later!', 'en'),
    ("You're a star!", 'en'),
    ('You legend!', 'en'),
    ("Knock 'em dead at the interview!", 'en'),
    ('Break a leg tonight!', 'en'),
    ('Hang in there.', 'en'),
    ('Fingers crossed!', 'en'),
    ('Good luck with the move!', 'en'),
    ('Take it easy.', 'en'),
    ('Speak soon!', 'en'),
    ('All the best!', 'en'),
    ('Stay safe out there.', 'en'),
    ('Sorry to hear that, hope you feel better soon.', 'en'),
    ("Oh no, that's rubbish, sorry!", 'en'),
    ('Damn good question!', 'en'),
    ('Hell yes, we can do that!', 'en'),
    ("That's killer news!", 'en'),
    ('You nailed it!', 'en'),
    ('Sick, glad it worked!', 'en'),
    ('Crazy busy today, sorry for the wait!', 'en'),
    ("Holy moly, that's a lot of parcels!", 'en'),
    ('Gosh, sorry about that!', 'en'),
    ("Blimey, that's quick!", 'en'),
    ('Sterkte!', 'nl'),
    ('Beterschap!', 'nl'),
    ('Fijne dag nog!', 'nl'),
    ('Toppie!', 'nl'),
    ('Helemaal goed!', 'nl'),
    ('Geen dank!', 'nl'),
    ('Komt goed!', 'nl'),
    ('Dikke duim!', 'nl'),
    ('Je bent een topper!', 'nl'),
    ("Zet 'm op!", 'nl'),
    ('Hou je taai!', 'nl'),
    ('Groetjes!', 'nl'),
    ('Tot snel!', 'nl'),
    ('Doei!', 'nl'),
    ('Mooi zo!', 'nl'),
    ('Heel vervelend, sorry!', 'nl'),
    ('Balen zeg!', 'nl'),
    ('Wat een gedoe, sorry!', 'nl'),
    ('Jeetje, wat vervelend!', 'nl'),
    ('Oei, dat is niet de bedoeling!', 'nl'),
    ('Gekke tijden, hè?', 'nl'),
    ('Lekker bezig!', 'nl'),
    ('Chapeau!', 'nl'),
    ('Knap gedaan!', 'nl'),
    ('Gaaf!', 'nl'),
    ('Vet!', 'nl'),
    ('Te gek!', 'nl'),
    ('Echt super!', 'nl'),
])
def test_everyday_courtesies_stay_clean(text, lang):
    assert warnings(text, lang) == []


@pytest.mark.parametrize("text,rule", [
    # Flemish pronouns and their verb are read as the northern ones by the Dutch patterns (round tn)
    ("Als ge het eens goed gelezen had, hadden we het niet moeten weigeren.", "tone.blame"),
    ("Ge zijt niet de enige die wacht, hé.", "tone.dismissive"),
])
def test_flemish_ge_and_gij_meet_the_dutch_patterns(text, rule):
    assert rule in [f.rule for f in Linter(select=["tone"]).check(text, language="nl").findings]
