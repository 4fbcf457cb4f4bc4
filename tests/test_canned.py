import json
from pathlib import Path

import pytest

from replylint import Config, Linter, Severity
from replylint.cli import main
from replylint.templates import render, sample_values, scan

FIXTURES = Path(__file__).parent / "fixtures"
LINTER = Linter(select=["canned"])
SKYE = "Do you deliver to the Isle of Skye?"


def rules(report, prefix="canned"):
    return [(f.rule, f.excerpt) for f in report.findings if f.rule.startswith(prefix)]


# -- placeholders -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,token", [
    ("Hi {{ customer.first_name }}, thanks!", "{{ customer.first_name }}"),
    ("{% if vip %}Hi!", "{% if vip %}"),
    ("Hello {name}, welcome.", "{name}"),
    ("Handled by [AGENT NAME] soon.", "[AGENT NAME]"),
    ("Beste [VOORNAAM], dank je.", "[VOORNAAM]"),
    ("عزيزي [اسم العميل]، شكراً.", "[اسم العميل]"),
    ("Dear %FIRSTNAME%, thanks.", "%FIRSTNAME%"),
    ("Beste <naam klant>, dank je.", "<naam klant>"),
    ("About <<topic>>: fixed.", "<<topic>>"),
    ("Hi $first_name, thanks.", "$first_name"),
    ("Refund of €XX,XX approved.", "€XX,XX"),
    ("It ships in XXX days.", "XXX"),
    ("Delivery date TBD, sorry.", "TBD"),
    ("Lorem ipsum dolor sit amet.", "Lorem ipsum dolor sit amet"),
    ("Hi *|FNAME|*, thanks.", "*|FNAME|*"),
    ("Dear {!Contact.FirstName},", "{!Contact.FirstName}"),
    ("Hi ,\nthanks.", "Hi ,"),
    ("Dear  ,\nthanks.", "Dear  ,"),
    ("Beste ,\nbedankt.", "Beste ,"),
    ("عزيزي ،\nشكراً.", "عزيزي ،"),
    ("Welcome to ! Your order shipped.", "to !"),
    ("I've escalated this to INSERT TEAM NAME and they'll call.", "INSERT TEAM NAME"),
    ("Beste ...,\n\nBedankt voor je bestelling.", "Beste ...,"),
    ("Hi ___, your order shipped.", "Hi ___,"),
    ("Hello %%NAME%%, your booking is confirmed.", "%%NAME%%"),
    ("Your order #__ORDER_ID__ ships tomorrow.", "__ORDER_ID__"),
    ("Your order ORDER_NUMBER has shipped.", "ORDER_NUMBER"),
    ("Your order has shipped on DD/MM/YYYY.", "DD/MM/YYYY"),
    ("Je pakket komt op DD-MM-JJJJ tussen HH:MM en 18:00.", "DD-MM-JJJJ"),
    ("Beste ##NAAM##,\n\nUw opzegging is verwerkt.", "##NAAM##"),  # round sr
    ("Your order #ORDER_ID# ships tomorrow.", "#ORDER_ID#"),
])
def test_placeholder_syntaxes(text, token):
    assert ("canned.placeholder", token) in rules(LINTER.check(text))


@pytest.mark.parametrize("text", [
    "Click [Save] and pick the [optional] settings.",
    "Mail us at <support@shopr.nl> or see <https://shopr.nl>.",
    "Hi, thanks for your message!",
    "20% off on orders over $50 with code SAVE20.",
    "See reference [1] and the checkbox [x].",
    "Groetjes, Sanne xx",
    "Your card **** 1486 [card number removed] was refunded.",
    "JSON like {\"a\": 1} is fine.",
    "Size XXL is back in stock.",
    "PLEASE INSERT YOUR CARD INTO THE READER.",  # shouting, not an instruction left in
    "Hi... how are you today?",
    "Press ENTER to continue.",
    "Python's __init__ method and 50%% off are not placeholders.",
    "Chrome shows ERR_CONNECTION_REFUSED, so please restart the router.",
    "Please enter your date of birth as DD/MM/YYYY in the form.",
    "Vul je geboortedatum in als DD-MM-JJJJ.",
    "The date format is DD/MM in the UK.",
    "Thanks for the shout-out! #ThanksNHS #TeamWork",  # hashtags
])
def test_not_placeholders(text):
    assert rules(LINTER.check(text), "canned.placeholder") == []


# -- generic ------------------------------------------------------------------------------------

GENERIC_EN = ("Dear customer,\n\nThank you for contacting us. We apologise for any inconvenience this may have caused. "
              "Your request has been received and will be handled as soon as possible. Please do not hesitate to "
              "contact us if you have any further questions.\n\nKind regards,\nSupport")


def test_generic_reply_that_ignores_the_question():
    ctx = {"incoming": "My router's WPS light blinks red after the firmware update. What now?"}
    report = LINTER.check(GENERIC_EN, language="en", context=ctx)
    (f,) = [f for f in report.findings if f.rule == "canned.generic"]
    assert f.severity is Severity.WARNING and "stock phrasing" in f.message


def test_generic_without_incoming_message():
    report = LINTER.check(GENERIC_EN, language="en")
    assert [f.rule for f in report.findings] == ["canned.generic"]


def test_one_sentence_of_brand_voice_without_a_message_is_not_generic():
    # nothing shows it ignores a question, and such a line closes many a specific reply
    text = "Bij De Vlinder staat het welzijn van ieder kind centraal."
    assert rules(LINTER.check(text, language="nl"), "canned.generic") == []
    with_question = LINTER.check(text, language="nl", context={"incoming": "Wanneer zijn de sluitingsdagen?"})
    assert rules(with_question, "canned.generic") != []


def test_specific_reply_with_one_polite_phrase_is_fine():
    ctx = {"incoming": "My router's WPS light blinks red after the firmware update. What now?"}
    text = ("Hi Sam,\n\nThanks for your message! A red WPS light after the update means the router lost its "
            "settings: hold the reset button for 10 seconds and it will pick them up again.\n\nKind regards,\nTom")
    assert rules(LINTER.check(text, language="en", context=ctx), "canned.generic") == []


def test_a_chat_reply_of_service_formulas_only_is_generic():
    ctx = {"incoming": "The app logs me out every day."}
    text = "Thanks for reaching out! We're always happy to help. Is there anything else I can assist you with today?"
    assert rules(LINTER.check(text, language="en", context=ctx), "canned.generic") != []
    text = ("Thanks for reaching out! I've reset your password and signed out all other devices, so the app "
            "should stay logged in now.")
    assert rules(LINTER.check(text, language="en", context=ctx), "canned.generic") == []


def test_stock_reply_that_engages_is_not_generic():
    ctx = {"incoming": "Can I return order 4412?"}
    text = "Thank you for contacting us. Yes, order 4412 can be returned. We apologise for any inconvenience."
    assert rules(LINTER.check(text, language="en", context=ctx), "canned.generic") == []


@pytest.mark.parametrize("text,lang,incoming", [
    ("Geachte klant,\n\nHartelijk dank voor uw bericht. Uw vraag is belangrijk voor ons en wordt zo spoedig "
     "mogelijk in behandeling genomen. Onze excuses voor het eventuele ongemak.", "nl",
     "Mijn jas is na een week kapot, kan ik hem ruilen?"),
    ("عزيزي العميل،\n\nشكراً لتواصلك معنا. نعتذر عن أي إزعاج. سيتم الرد عليك في أقرب وقت ممكن.", "ar",
     "وصلني المنتج مكسوراً، كيف أسترجع المبلغ؟"),
    # a complaint of one word is about something (only a thank-you of few words is answered by a formula)
    ("Beste Priya,\n\nWij nemen uw klacht serieus. Klanttevredenheid staat bij ons hoog in het vaandel en wij streven "
     "altijd naar de beste service voor al onze klanten.", "nl", "Dit is discriminatie!"),
    ("السيدة مريم المحترمة،\n\nنضع راحة ضيوفنا في مقدمة أولوياتنا، ونسعى باستمرار للارتقاء بمستوى خدماتنا. "
     "شكراً لثقتكم بنا.", "ar", "لماذا تأخر الرد على شكواي؟"),
])
def test_generic_in_dutch_and_arabic(text, lang, incoming):
    report = LINTER.check(text, language=lang, context={"incoming": incoming})
    assert "canned.generic" in [f.rule for f in report.findings]



@pytest.mark.parametrize("text,lang,incoming,generic", [
    ("Thank you for contacting Acme. Your satisfaction is our top priority. Please visit our website for more "
     "information about our products and services.", "en", "Can I keep my number if I switch to you?", True),
    ("Hi Tom, yes, roaming in Spain is included in your plan. For more information about our roaming plans, visit "
     "our website.", "en", "Is roaming included in Spain?", False),
    ("Beste Ilse,\n\nBedankt voor uw bericht. Wij waarderen uw feedback en doen er alles aan om onze service te "
     "verbeteren. Voor meer informatie verwijzen wij u naar onze website.", "nl",
     "Mijn bank heeft een scheur in de stof, wat nu?", True),
    ("Hoi, verzending is gratis vanaf 20 euro. Voor meer informatie verwijzen wij u naar onze website.", "nl",
     "Is verzending gratis?", False),
    ("شكراً لتواصلك معنا. لمزيد من المعلومات يرجى زيارة موقعنا الإلكتروني.", "ar", "الثلاجة وصلت مكسورة، وش الحل؟",
     True),
])
def test_a_pointer_to_the_website_is_stock_phrasing(text, lang, incoming, generic):
    report = LINTER.check(text, language=lang, context={"incoming": incoming})
    assert ("canned.generic" in [f.rule for f in report.findings]) is generic


@pytest.mark.parametrize("text,lang,incoming,generic", [
    # pride in serving, thanks for interest
    ("Hi Fiona, thanks for getting in touch! We're proud to serve customers across Scotland and we're always "
     "looking for ways to bring fresh food to more homes. Thanks for your interest!", "en", SKYE, True),
    ("Hi Fiona, thanks for your interest! We don't deliver to Skye yet; our nearest area is Inverness.", "en", SKYE,
     False),
    ("We're proud to serve customers across Scotland, and yes, Skye is on our list from 1 March.", "en", SKYE, False),
    # whatever is put first in our priorities
    ("الأخ عبدالرحمن،\n\nشكراً لتواصلك معنا. نحن في عيادات رعاية نضع صحتك وراحتك في مقدمة أولوياتنا، ونسعى دائماً "
     "لتقديم رعاية صحية متميزة. نتطلع لخدمتك دائماً.", "ar", "أبي نسخة من التقرير الطبي", True),
    ("الأخ عبدالرحمن، أرسلنا لك نسخة من التقرير الطبي على الإيميل، ونضع سلامة بياناتك في مقدمة أولوياتنا.", "ar",
     "أبي نسخة من التقرير الطبي", False),
    # travel and removals
    ("Dear Howard,\n\nWe're sorry to hear you're unhappy with your journey. Your comments are important to us and help "
     "us improve our services. Thank you for travelling with Northern Rail Link.\n\nKind regards,\nNorthern Rail Link",
     "en", "Can I get a refund on my season ticket? I'm working from home now.", True),
    ("Dear Howard, yes, season tickets can be refunded for the unused weeks minus a 10 pound fee. Thank you for "
     "travelling with us.", "en", "Can I get a refund on my season ticket? I'm working from home now.", False),
    ("Beste Tineke,\n\nDank voor je bericht. Wij van Verhuisgemak staan altijd voor je klaar en doen ons uiterste best "
     "om iedere verhuizing zo soepel mogelijk te laten verlopen. We hopen je hiermee voldoende te hebben "
     "geïnformeerd.\n\nMet vriendelijke groet,\nVerhuisgemak", "nl", "Ik wil de verhuizing verzetten", True),
    ("Beste Tineke, ik heb je verhuizing verzet naar 14 juni. We staan die ochtend om 8 uur voor je klaar.", "nl",
     "Ik wil de verhuizing verzetten", False),
    # every pet parent in our community, the best nutrition for your furry family (round nl); a subject line of
    # one word and a service word ('Refund request') asks something, a thank-you does not
    ("Hi Gary,\n\nThank you for contacting PawPantry! We value every pet parent in our community and are committed "
     "to delivering the best nutrition for your furry family members.\n\nWarm regards,\nThe PawPantry Team", "en",
     "Refund request", True),
    ("Hi Gary, your refund of $19.99 went out today; give your furry friend a cuddle from us!", "en",
     "Refund request", False),
    ("You're welcome! We value every customer in our community and are always here to help.", "en",
     "Thanks so much for sorting my refund!", False),
    # a practice's passion, an insurer's personal approach, a pharmacy's first concern (rounds no-nq)
    ("Dear Martin,\n\nThank you for your email. At BrightSmile Dental, your smile is our passion and we are dedicated "
     "to providing exceptional dental care in a relaxing environment.\n\nYours sincerely,\nPatient Care Team", "en",
     "Complaint about my crown", True),
    ("Dear Martin, your crown came loose because the cement failed; we'll refit it on Monday at 9.", "en",
     "Complaint about my crown", False),
    ("Beste Hilde,\n\nBedankt voor je vraag. Bij Verzekeringskantoor Peeters staat de klant altijd centraal en zorgen "
     "wij voor een persoonlijke aanpak en zorgeloze bescherming.\n\nMet vriendelijke groeten,\nHet team van Peeters",
     "nl", "Vraag over mijn familiale verzekering", True),
    ("Beste Hilde, je familiale verzekering dekt schade die je kinderen bij anderen veroorzaken. Zo heb je een "
     "complete bescherming.", "nl", "Vraag over mijn familiale verzekering", False),
    ("الأستاذة دينا،\n\nشكراً لتواصلك معنا. صحتك وصحة أسرتك هي همنا الأول، ونسعى دائماً لتقديم أفضل خدمة دوائية "
     "بأعلى معايير الجودة.\n\nمع تحياتنا،\nفريق دوا", "ar", "استفسار عن طلب", True),
    ("أهلاً يا دينا، طلبك رقم ٥٥٢١ وصل الفرع وهيوصلك النهارده. صحتك هي همنا الأول.", "ar", "استفسار عن طلب", False),
    # proud to power homes, surprising you every day, proud to offer solutions (rounds nr-nt)
    ("Hi Rebecca,\n\nThank you for choosing SunCoast Energy. We are proud to power Australian homes with affordable, "
     "reliable and sustainable energy solutions.\n\nKind regards,\nCustomer Care Team", "en", "Moving house", True),
    ("We're proud to power 3,000 homes in Geelong with the new solar farm, and yours is connected from Monday.", "en",
     "Moving house", False),
    ("Our secure payment services are down for maintenance tonight; card payments work again from 6am.", "en",
     "Is the payment page down?", False),
    ("Beste Mirjam,\n\nHartelijk dank voor uw vraag. Bij VersDirect vinden wij gezond en lekker eten voor iedereen "
     "belangrijk, en wij doen er alles aan om u elke dag weer te verrassen.\n\nMet vriendelijke groet,\nKlantenservice",
     "nl", "Allergie-informatie", True),
    ("We doen er alles aan om je pakket morgen te bezorgen, de bus staat al klaar.", "nl", "Waar blijft mijn pakket?",
     False),
    ("السيد أحمد المحترم،\n\nنشكركم على تواصلكم مع زين كاش. نحن نفخر بتقديم حلول دفع رقمية آمنة وسهلة لجميع "
     "العراقيين، ونسعى دائماً لتطوير خدماتنا.\n\nمع التقدير،\nفريق زين كاش", "ar", "شكوى", True),
    ("نفخر بتقديم خدمة التحويل الفوري، وفلوسك وصلت محفظتك الساعة ٣ العصر.", "ar", "وين فلوسي؟", False),
    # everyone deserves to stay connected, we believe in mobility for everyone, care by the highest standards (nu-nw)
    ("Dear Derek,\n\nThanks for reaching out. Here at Tempo Mobile we believe everyone deserves to stay connected, and "
     "we're always working hard to bring you the best network experience possible.\n\nBest regards,\nThe Tempo Team",
     "en", "Complaint", True),
    ("Dear Derek, I've refunded the £12 roaming charge and we're working hard to fix the mast in Hackney by Friday.",
     "en", "Complaint", False),
    ("Beste Fleur,\n\nBedankt voor je bericht! Bij DeelAuto geloven we in slimme, duurzame mobiliteit voor iedereen, en "
     "we zijn er trots op dat we steeds meer mensen in beweging brengen.\n\nGroet,\nTeam DeelAuto", "nl",
     "Vraag over abonnement", True),
    ("Beste Fleur, met het Plus-abonnement rijd je 20 uur per maand voor € 49. We zijn er trots op dat het zo vaak "
     "gekozen wordt.", "nl", "Vraag over abonnement", False),
    ("الأستاذة هيفاء المحترمة،\n\nنشكرك على ثقتك بمستشفيات الرعاية الأولى. نحن ملتزمون بتقديم رعاية صحية متكاملة وفق "
     "أعلى المعايير العالمية، وصحتك تهمنا دائماً.\n\nمع أطيب التحيات،\nإدارة خدمة المرضى", "ar", "استفسار عن فاتورة", True),
    ("أهلاً هيفاء، الفاتورة فيها رسوم أشعة ٤٥٠ ريال رفضها التأمين، ورفعنا الطلب من جديد. صحتك تهمنا دائماً.", "ar",
     "استفسار عن فاتورة", False),
    # protecting what matters most, streven naar, a partner on your journey (rounds nx-nz)
    ("Hi Nancy,\n\nThank you for choosing HomeGuard. Your safety is our number one priority, and our team is dedicated "
     "to protecting what matters most to you.\n\nStay safe,\nThe HomeGuard Team", "en", "Question about my contract",
     True),
    ("Beste Petra,\n\nBedankt voor het delen van je ervaring. Bij Plaagvrij staan vakmanschap en klanttevredenheid "
     "voorop, en we streven er altijd naar om iedere klant een plaagvrij huis te bieden.\n\nMet vriendelijke groet,"
     "\nTeam Plaagvrij", "nl", "Klacht", True),
    ("الأستاذة هند،\n\nشكراً لتواصلك مع فتنس برو. نحن نؤمن بأن اللياقة أسلوب حياة، ونسعى لنكون شريكك الأول في رحلتك "
     "نحو حياة صحية أفضل.\n\nمع تحيات،\nفريق فتنس برو", "ar", "استفسار عن العضوية العائلية", True),
    ("نحن نؤمن بأن كل عميل يستاهل خدمة ممتازة، عشان كذا رجعنا لك المبلغ كامل.", "ar", "ليش انسحب مني مبلغ مرتين؟", False),
    # a mission statement in answer to a request: its words say nothing about the case (rounds oa-oc)
    ("Dear Karen,\n\nThank you for banking with us. We put our customers at the heart of everything we do and are "
     "committed to making banking simple, fair and transparent for all.\n\nWarm regards,\nCustomer Care", "en",
     "Closing my account", True),
    ("Dear Karen, your account is closed and the £212.40 balance went to your Barclays account today. Banking should be "
     "simple, and I hope this was.", "en", "Closing my account", False),
    ("Beste Gerrit,\n\nHartelijk dank voor je bericht. Bij Fietsplan geloven we dat fietsen de gezondste en duurzaamste "
     "manier van reizen is, en we helpen graag zoveel mogelijk mensen op weg.\n\nMet sportieve groet,\nTeam Fietsplan",
     "nl", "Opzeggen", True),
    ("الأستاذة أسماء المحترمة،\n\nنشكركم على اختياركم بنك الخليج الرقمي. نحن نسعى دائماً لأن نكون الخيار الأول لعملائنا "
     "في الخدمات المصرفية الرقمية المبتكرة.\n\nمع أطيب التحيات،\nخدمة العملاء", "ar", "طلب كشف حساب", True),
    ("أرسلنا لك كشف الحساب للأشهر الثلاثة الأخيرة على الإيميل، ونسعى دائماً لأن نكون الخيار الأول لك.", "ar",
     "طلب كشف حساب", False),
    # the power to change lives, feedback taken on board, a team at work around the clock (rounds od-of)
    ("Hi Paula,\n\nWe believe travel has the power to change lives, and our passionate team of experts is here to craft "
     "unforgettable journeys for every traveler.\n\nWarmly,\nThe Wanderly Team", "en",
     "Does my insurance cover a cancelled flight?", True),
    ("Beste Hennie,\n\nBedankt voor uw reactie. Wij begrijpen dat wachten vervelend is en doen er alles aan om onze "
     "dienstverlening continu te verbeteren. Uw feedback nemen wij mee.\n\nMet vriendelijke groet,\nKlantenservice",
     "nl", "Klacht over wachttijd", True),
    ("Beste Hennie, de wachttijd was vorige week 40 minuten door een storing; ik heb u een tegoed van € 10 gegeven. Uw "
     "feedback nemen wij mee.", "nl", "Klacht over wachttijd", False),
    ("السيدة نورة المحترمة،\n\nشكراً لتواصلك مع صيانة بيتي. نحن نفخر بفريقنا المحترف الذي يعمل على مدار الساعة لضمان "
     "راحتك وراحة عائلتك في منزلك.\n\nمع خالص التحيات،\nصيانة بيتي", "ar", "طلب عرض سعر", True),
    # connecting homes and exceeding expectations, forty years the DIY store, to your door (rounds og-oi); a question
    # about a delivery asks something even though 'deliver' is a mission statement's word
    ("Dear Conor,\n\nThank you for getting in touch. We are committed to connecting Irish homes with fast, reliable "
     "broadband, and we are always striving to exceed our customers' expectations.\n\nKind regards,\nCare",
     "en", "Complaint", True),
    ("Beste Kristel,\n\nBedankt voor je vraag! Wij zijn al meer dan 40 jaar dé bouwmarkt voor elke doe-het-zelver, met "
     "een ruim assortiment en deskundig advies.\n\nMet vriendelijke groeten,\nTeam", "nl", "Vraag over levering",
     True),
    ("الأستاذ مصطفى،\n\nشكراً لتواصلك معنا. هدفنا إننا نوصل أحلى أكل في مصر لحد باب بيتك، وبنسعى دايماً نقدم أحسن تجربة "
     "لعملائنا.\n\nتحياتنا،\nفريق أكلة", "ar", "شكوى", True),
    # a cleaner future built together (round ok)
    ("Beste heer Prins,\n\nBedankt voor uw bericht. Afvalservice Midden staat voor een schone en duurzame leefomgeving. "
     "Samen met onze inwoners werken wij elke dag aan een circulaire toekomst.\n\nMet vriendelijke groet,\nTeam",
     "nl", "Vraag over tarieven", True),
    ("Beste heer Prins, het tarief voor een extra GFT-container is € 2,50 per maand. Samen met onze inwoners werken wij "
     "aan minder restafval, dus scheiden loont: de restafvalcontainer wordt dan goedkoper.", "nl", "Vraag over tarieven",
     False),
    # satisfaction as a driving force, the carrier millions prefer (rounds on, oo)
    ("Geachte heer Vermeer,\n\nDank voor uw bericht. Tandartspraktijk De Linde staat voor kwalitatieve mondzorg in een "
     "ontspannen sfeer. Uw tevredenheid is onze drijfveer en wij streven ernaar iedere patiënt met een glimlach te laten "
     "vertrekken.\n\nMet vriendelijke groet,\nHet team", "nl", "Klacht over behandeling", True),
    ("عزيزتي سارة،\n\nنشكرك على تواصلك مع طيران الواحة. نحن نفخر بكوننا الناقل المفضل لملايين المسافرين حول العالم، "
     "ونلتزم دائماً بأعلى معايير الضيافة والراحة.\n\nمع أطيب التحيات،\nفريق خدمة العملاء", "ar", "شكوى", True),
    ("عزيزتي سارة، نعتذر عن تأخير الرحلة ٢١٤ ساعتين. نلتزم دائماً بأعلى معايير السلامة، ولهذا تم فحص المحرك قبل الإقلاع، "
     "وأضفنا ٥٠٠٠ ميل لحسابك تعويضاً.", "ar", "شكوى", False),
    # what drives us, simple and close by, a vision of the fastest network (rounds op-or)
    ("Hi Laura,\n\nThank you for choosing NorthPeak. At NorthPeak, connecting Canadians is what drives us, and we're proud "
     "to offer one of the country's most reliable networks. We value you as a customer.\n\nWarm regards,\nCare", "en",
     "Coverage complaint", True),
    ("Geachte mevrouw De Smedt,\n\nHartelijk dank voor uw bericht. Bij PakketPunt maken wij pakjes versturen en "
     "ontvangen eenvoudig, duurzaam en dichtbij. Elke dag bouwen wij verder aan een netwerk dat u ontzorgt.\n\nMet "
     "vriendelijke groeten,\nKlantendienst", "nl", "Klacht", True),
    ("الأستاذة دينا،\n\nنشكرك على تواصلك معنا. رؤيتنا إننا نوصل كل بيت في مصر بأسرع شبكة، وبنشتغل كل يوم عشان نكون عند "
     "حسن ظن عملائنا.\n\nمع تحياتنا،\nالفريق", "ar", "شكوى", True),
    ("يا كريم، بنشتغل كل يوم عشان نحسن الشبكة في المعادي، والبرج الجديد هيشتغل يوم الخميس وهتفرق السرعة معاك.", "ar",
     "الشبكة بطيئة في المعادي", False),
    # carefree travel for everyone, a partner on the journey to the home of your dreams (rounds ot, ou)
    ("Beste mevrouw Bos,\n\nDank voor uw bericht. ReisPas staat voor zorgeloos reizen, voor iedereen en overal. Samen met "
     "onze vervoerspartners werken we elke dag aan een toegankelijk en duurzaam Nederland.\n\nMet vriendelijke "
     "groet,\nKlantenservice", "nl", "Klacht over controleur", True),
    ("Beste Yvette, samen met onze conducteurs zorgen we dat je fiets veilig staat; een dagkaart fiets kost € 7,50.", "nl",
     "Kan ik mijn fiets meenemen?", False),
    ("الأستاذ عبدالعزيز،\n\nنشكرك على ثقتك في سكن. نحن في سكن نؤمن بأن لكل أسرة الحق في سكن كريم، ونعمل بشغف لنكون شريكك "
     "الموثوق في رحلة البحث عن بيت الأحلام.\n\nمع أطيب التحيات،\nفريق سكن", "ar", "شكوى", True),
    # fifty years of a shared passion, four generations of craft, the first destination for gamers (rounds ov-ox)
    ("Dear Karen,\n\nThank you for contacting Riverbank Outdoors. For over fifty years we have shared a passion for the "
     "great outdoors, and we are committed to helping every angler and adventurer make memories that last a lifetime."
     "\n\nKind regards,\nRiverbank Outdoors", "en", "Complaint", True),
    ("Geachte heer De Boer,\n\nHartelijk dank voor uw bericht. Al vier generaties lang staat Slagerij Van Houten voor "
     "ambachtelijk vakmanschap en eerlijk vlees. Wij zijn trots op onze traditie en hopen u nog lang van dienst te mogen "
     "zijn.\n\nMet vriendelijke groet,\nSlagerij Van Houten", "nl", "Klacht", True),
    ("الأستاذة هند،\n\nنشكرك على تواصلك مع قيم ستور. نحن الوجهة الأولى للاعبين في المملكة، ونسعى دائماً لتقديم تجربة "
     "ترفيهية لا مثيل لها لمجتمع اللاعبين.\n\nمع خالص التحية،\nقيم ستور", "ar", "اقتراح", True),
    # the patient at the centre, trust at the heart of our work (rounds oz, pa)
    ("Geachte mevrouw Dijkstra,\n\nDank voor uw reactie. In Ziekenhuis Rijnoever staat de patiënt altijd centraal. Met "
     "hart voor zorg en oog voor de mens werken wij iedere dag aan de best mogelijke zorg in de regio.\n\nMet "
     "vriendelijke groet,\nAfdeling Kwaliteit", "nl", "Klacht", True),
    ("Beste mevrouw Dijkstra, bij ons staat de patiënt centraal, dus u krijgt vanaf maandag een vaste verpleegkundige op "
     "afdeling 3 en een gesprek met de teamleider over de wachttijd.", "nl", "Klacht", False),
    ("السيدة نادين،\n\nشكراً لاختيارك سريع للتحويلات. منذ تأسيسنا، نضع ثقة عملائنا في صميم عملنا، ونسعى لنكون الجسر الذي "
     "يربطك بأحبائك حول العالم.\n\nمع أطيب التمنيات،\nإدارة سريع", "ar", "شكوى", True),
    # a lifelong journey to full potential, everything revolves around cycling fun (rounds pb, pc)
    ("Dear Daniel,\n\nThank you for reaching out. At Brightpath, we believe learning should be a lifelong journey, and "
     "we're passionate about empowering learners everywhere to reach their full potential.\n\nSincerely,\nThe Team",
     "en", "Complaint about instructor", True),
    ("Beste Anke,\n\nBedankt voor je bericht. Bij De Spaak draait alles om fietsplezier. Al sinds 1982 helpen wij "
     "Groningers met passie en vakmanschap op weg, en dat blijven we met veel plezier doen.\n\nGroet,\nTeam De Spaak",
     "nl", "Klacht", True),
    # a seamless experience from start to finish, banking made simple, reliable and sustainable energy (rounds pe-pg)
    ("Dear Lorna,\n\nThank you for choosing SkyDrive. We pride ourselves on delivering a seamless rental experience from "
     "start to finish, and your journey is our priority. We look forward to welcoming you again.\n\nKind regards,\nSkyDrive",
     "en", "Damage claim", True),
    ("Beste Ingrid,\n\nHartelijk dank voor je bericht. Lynx Bank maakt bankieren simpel, eerlijk en transparant. Wij "
     "geloven in financiële vrijheid voor iedereen en werken er elke dag aan om jou daarbij te helpen.\n\nGroet,\nTeam",
     "nl", "Klacht", True),
    ("الأستاذة هيا،\n\nنشكرك على تواصلك. تلتزم كهرباء الخليج بتوفير طاقة موثوقة ومستدامة تدعم جودة الحياة وتسهم في تحقيق "
     "رؤية المملكة، ونعمل على مدار الساعة لخدمتكم.\n\nمع التحية،\nإدارة خدمة العملاء", "ar", "شكوى انقطاع", True),
    # every child unique, room to play, learn and grow (round pi)
    ("Beste Carola,\n\nDank voor je bericht. Bij Het Zonnetje geloven we dat ieder kind uniek is. In een veilige en "
     "liefdevolle omgeving geven wij kinderen de ruimte om te spelen, te leren en te groeien.\n\nHartelijke groet,\nTeam",
     "nl", "Klacht", True),
    # on a mission one home at a time, a dream home, connectivity as a right (rounds pk-pm)
    ("Dear Hamish,\n\nThank you for getting in touch. At Greenleaf, we're on a mission to power a greener Britain, one "
     "home at a time, and we're proud to supply 100% renewable electricity to all our members.\n\nKind regards,\nGreenleaf",
     "en", "Complaint", True),
    ("Hi Hamish, yes: your tariff is 100% renewable electricity, and we're proud to supply it from Scottish wind farms. "
     "Your unit rate is 24.5p.", "en", "Is my tariff green?", False),
    ("Beste Esther,\n\nHartelijk dank voor uw bericht. Al ruim dertig jaar helpt Makelaardij Van der Veen mensen aan hun "
     "droomhuis. Persoonlijke aandacht en lokale kennis staan bij ons voorop, want uw thuis is onze passie.\n\nMet "
     "vriendelijke groet,\nMakelaardij Van der Veen", "nl", "Klacht", True),
    ("الفاضلة زينب،\n\nنشكرك على تواصلك مع واحة. نحن نؤمن بأن الاتصال حق للجميع، ونسعى لربط كل بيت في السلطنة بأحدث "
     "التقنيات وأفضل تجربة رقمية.\n\nمع خالص التحية،\nواحة للاتصالات", "ar", "شكوى", True),
    # every walk a tail-wagging experience; your pets loved as much as you do (round po)
    ("Hi Rachel,\n\nThank you for reaching out! At PawPath, we love your pets as much as you do, and we're always working "
     "hard to make every walk a tail-wagging experience.\n\nWarm regards,\nThe PawPath Team", "en", "Where is my refund?",
     True),
    ("The refund of $22 is on its way; we want to make each booking a smooth experience, so I've also added a note for "
     "Dana.", "en", "Where is my refund?", False),
    ("We care about your dog as much as you do, so Dana will keep him on the lead until the vet says otherwise.", "en",
     "Is my dog safe with your walkers?", False),
    # residents at the heart of everything we do; stylish furniture for everyone; good food brings people together,
    # whose 'food' answers no complaint about food (rounds pq-ps)
    ("Dear Mrs Clarke,\n\nThe council is committed to putting residents at the heart of everything we do. We value all "
     "feedback as it helps us shape better services for our community.\n\nYours sincerely,\nComplaints", "en",
     "Complaint about the planning office", True),
    ("Yes, the community hall is free on 12 June for our community choir; I've pencilled you in and we value all "
     "feedback on the booking form.", "en", "Can I book the hall?", False),
    ("Hoi Mohamed,\n\nBij ons geloven we dat wonen draait om thuiskomen. Daarom zetten wij ons elke dag in voor "
     "stijlvolle en betaalbare meubels voor iedereen.\n\nGroet,\nTeam", "nl", "Hoe kan ik retourneren?", True),
    ("Ja, dat kan: wij zetten ons in voor een snelle ruil, de bezorger haalt de oude bank donderdag op.", "nl",
     "Kan ik de bank ruilen?", False),
    ("يا إيمان، بنؤمن إن الأكل الحلو بيجمع الناس، وهدفنا نوصل لك أحلى الأكلات من أحسن المطاعم بأسرع وقت.", "ar",
     "المطعم بعتلي أكل فاسد!", True),
    ("هدفنا نوصل لك الطلب خلال ٣٠ دقيقة، والمرة دي اتأخرنا بسبب المطر، ورجعتلك رسوم التوصيل.", "ar", "الطلب اتأخر",
     False),
    # a clean, safe and liveable town; innovative banking solutions for our valued customers (rounds pu, pv)
    ("Geachte mevrouw De Vries,\n\nDe gemeente werkt elke dag aan een schone, veilige en leefbare gemeente voor al haar "
     "inwoners. Samen maken we onze stad mooier.\n\nMet vriendelijke groet,\nGemeente", "nl",
     "Klacht over de stank van de waterzuivering", True),
    ("Wij werken elke dag aan de schone straten in uw wijk: de veegwagen komt donderdag, en de kapotte lantaarn is "
     "gemeld.", "nl", "Wanneer wordt mijn straat geveegd?", False),
    ("يا سلمى البنك بيسعى دايماً يقدم أفضل الحلول المصرفية المبتكرة لعملائه الكرام، وإحنا فخورين بثقتكم.", "ar",
     "البنك بيطلب مني تحديث بيانات", True),
    # simplicity, honesty and personal contact at the centre; a shopping experience for all our customers (rounds px, py)
    ("Beste meneer Vermeulen,\n\nBij ons staan eenvoud, eerlijkheid en persoonlijk contact centraal. Wij blijven ons "
     "inzetten om elke klant de service te bieden die hij verdient.\n\nMet vriendelijke groeten,\nDe bank", "nl",
     "Slechte service in het kantoor", True),
    ("يا منيرة المتجر يحرص دايم على تقديم تجربة تسوق مميزة وسريعة لكل عملائنا في المملكة.", "ar", "الطلب تأخر أسبوع",
     True),
    # the best connection experience, the fastest network in Kuwait (round qb)
    ("يا نورة الشركة تسعى دائماً لتوفير أفضل تجربة اتصال لعملائها، وشبكتنا هي الأسرع والأوسع في الكويت.", "ar",
     "الخط مقطوع من أمس!", True),
    ("الشبكة عندنا الأسرع في الكويت، وفني بيزورك اليوم الساعة ٤ يصلح الراوتر.", "ar", "الخط مقطوع من أمس!", False),
    # communities connected across the North; ready every day to connect Flanders; a luxury stay that brings together
    # tradition and hospitality (rounds qc-qe)
    ("Dear Ms Pike,\n\nThank you for contacting us. We are committed to providing a safe, reliable and sustainable "
     "railway that connects communities across the North.\n\nKind regards,\nCustomer Relations", "en",
     "My bike was refused on the train", True),
    ("Dag Ellen,\n\nWe staan elke dag klaar om Vlaanderen te verbinden. Onze klanten zijn onze grootste drijfveer en we "
     "blijven investeren in het beste netwerk van het land.\n\nGroetjes,\nTeam", "nl", "Storing tv", True),
    ("السيد سعد،\n\nيسعدنا أن نقدم لضيوفنا الكرام تجربة إقامة فاخرة تجمع بين الأصالة القطرية والضيافة العالمية.\n\n"
     "مع أطيب التحيات،\nإدارة الفندق", "ar", "شكوى على الإزعاج", True),
    ("We staan morgen om 9 uur klaar om de nieuwe modem te installeren; de technieker belt je een half uur vooraf.", "nl",
     "Wanneer komt de technieker?", False),
    # the highest standards of hospitality and safety for our valued passengers (round qh)
    ("يا يوسف الشركة تلتزم دائماً بتقديم أرقى معايير الضيافة والسلامة لمسافريها الكرام.", "ar",
     "الرحلة انلغت وما أحد بلغني", True),
    # everything for a smile, from click to door; a personal, professional service (rounds qi, qj)
    ("Hoi Julia,\n\nBij ons doen we alles voor een glimlach. Wij geloven dat jouw bestelling de beste service verdient, van "
     "klik tot deur.\n\nGroetjes,\nTeam", "nl", "Bezorger heeft pakket bij de buren gegooid", True),
    ("Hi Sophie,\n\nWe pride ourselves on a personal, professional service, and we're passionate about matching the right "
     "tenants with the right homes.\n\nKind regards,\nThe Lettings Team", "en", "Tenancy renewal", True),
    # the best in entertainment for homes across America; relaxation first; services that raise the quality of life
    # (rounds ql-qn)
    ("Hi Stephanie,\n\nWe're dedicated to bringing the best in entertainment and connectivity to homes across America. "
     "Your satisfaction is our number one priority.\n\nThanks,\nThe Team", "en", "Technician was late", True),
    ("Beste meneer Kramer,\n\nBij ons staat ontspanning voorop. Midden in de natuur zorgen wij voor onvergetelijke momenten "
     "voor jong en oud.\n\nMet vriendelijke groet,\nHet park", "nl", "Klacht over lawaai", True),
    ("يا خالد الهيئة تعمل دائماً على تقديم خدمات متميزة ومستدامة ترتقي بجودة الحياة في الإمارة.", "ar",
     "ليش تأخر توصيل الماي؟", True),
    # joy back to the dinner table, one box at a time; personal care at the centre (rounds qo, qp)
    ("Hi Lucy,\n\nWe believe good food should be simple, sustainable and shared. Our mission is to bring joy back to the "
     "dinner table, one box at a time.\n\nThanks,\nThe Team", "en", "Allergy question", True),
    ("Beste meneer Meijer,\n\nBij ons staat persoonlijke zorg centraal. Wij zijn er voor al onze patiënten, met aandacht en "
     "deskundigheid.\n\nMet vriendelijke groet,\nDe praktijk", "nl", "Wachttijd telefoon", True),
    # stop 36: the slogan's 'not just X but Y'; and an explanation in the same words, which is not one
    ("عزيزي خالد،\n\nالقهوة عندنا مو مجرد مشروب، بل هي تجربة. نحرص دائماً على تقديم أجود أنواع البن لعملائنا.\n\nمع "
     "التحية", "ar", "استفسار عن الطلب", True),
    ("Hi Zoe,\n\nAt Lumo, we're so much more than just a lighting shop: we believe every home deserves its glow."
     "\n\nBest,\nLumo", "en", "Delivery date?", True),
    ("Hi Zoe, it's not just the bulb, it's the fitting too, so I've sent both today.", "en", "Lamp broken", False),
    ("Het is niet alleen de ketting, maar ook het tandwiel dat versleten is.", "nl", "Ketting slipt", False),
    # a mission statement in answer to a subject line of service words: it asks something, and this answers nothing
    ("Hi Nathan,\n\nWe're building a greener future for every Aussie household, committed to clean, affordable energy."
     "\n\nKind regards,\nThe Team", "en", "Question", True),
    ("Hi Nathan,\n\nThanks for the kind words, we'll pass them on to the team!\n\nKind regards,\nMatt", "en",
     "Thanks for the help!", False),
    ("Beste Ilse,\n\nBij ons staan patiënten altijd op de eerste plaats. Wij geloven dat ieder mens de beste zorg "
     "verdient.\n\nWarme groet,\nDe praktijk", "nl", "Vraag over de rekening", True),
    ("Hi Ailsa,\n\nGood food brings people together. We're a home for foodies of all ages.\n\nBest,\nThe Team", "en",
     "Opening hours?", True),
    ("Hi Olivia,\n\nWe're serving families coast to coast with the care they deserve. Your satisfaction is our top "
     "priority.\n\nBest,\nThe Team", "en", "Bill question", True),
    ("Dear Stuart,\n\nWe're proud to protect families across the UK, and we go the extra mile for every claim."
     "\n\nKind regards,\nThe Team", "en", "Claim status?", True),
    ("عزيزتي سلمى،\n\nبنآمن إن التوصيل لازم يكون سريع وسهل للكل، وهدفنا نكون أقرب متجر لقلب كل بيت.\n\nمع التحية",
     "ar", "وين طلبي؟", True),
    ("عزيزي سعد،\n\nنسعى لأن نكون البنك المفضل في المنطقة، ونلتزم بتقديم خدمة تجمع بين كرم الضيافة العربية والتقنية "
     "الحديثة.\n\nمع التحية", "ar", "سؤال عن البطاقة", True),
    # what comes first, in a longer phrase, and an effort with no case in it (round sf)
    ("Beste ouder/verzorger,\n\nHartelijk dank voor uw e-mail. Bij De Speeltuin staat het welzijn van ieder kind voorop. "
     "Wij doen er alles aan om een warme en veilige omgeving te bieden waarin kinderen kunnen groeien en ontdekken.\n\n"
     "Met vriendelijke groet,\nTeam De Speeltuin", "nl", "Wanneer zijn de sluitingsdagen?", True),
    # a council's mission and 'your views matter to us' (round sh)
    ("Dear Resident,\n\nThank you for contacting Eastbridge Borough Council. We are committed to building a cleaner, "
     "greener and more connected borough for everyone who lives, works and visits here. Your views matter to us.\n\n"
     "Yours sincerely,\nCustomer Services", "en", "When does the consultation on the new zone close?", True),
    # pride of place, and the best for every family (rounds sk, sm)
    ("Dear Customer,\n\nThank you for shopping with ShopSA. We are proudly South African and passionate about bringing "
     "the best products to every corner of our beautiful country. We truly value your loyalty.\n\nWarm regards,\nThe "
     "ShopSA Team", "en", "Can I change the delivery address on my order?", True),
    ("عميلنا الكريم،\n\nشكراً لاختيارك سلة الكويت. نحن نؤمن بأن التسوق يجب أن يكون تجربة سهلة وممتعة لكل عائلة "
     "كويتية، ونعمل دائماً على تقديم الأفضل.\n\nمع تحيات،\nفريق سلة الكويت", "ar", "ليش انشحن مبلغ زيادة؟", True),
    ("Beste klant,\n\nBedankt voor uw bericht. Bij Vershuis geloven wij dat vers en gezond eten voor iedereen "
     "bereikbaar moet zijn. Elke dag werken onze medewerkers met passie aan de beste boodschappenervaring van "
     "Nederland.\n\nHartelijke groet,\nTeam Vershuis", "nl", "Waarom is mijn bestelling geannuleerd?", True),
    # rounds sq-ss
    ("Dear Learner,\n\nThanks for reaching out! At LinguaLeap, we believe everyone deserves to connect with the world "
     "in their own language. Our passionate team is dedicated to making language learning fun, effective and "
     "accessible to all.\n\nHappy learning!\nThe LinguaLeap Team", "en", "Is there a student discount?", True),
    ("Geachte klant,\n\nDank u voor uw bericht. Bij Verzekeringen Vlaanderen staan zekerheid en zorgeloosheid voor onze "
     "klanten al meer dan 75 jaar centraal. Wij blijven ons elke dag inzetten voor uw gemoedsrust.\n\nMet "
     "vriendelijke groeten,\nKlantendienst", "nl", "Hoe dien ik een schadeclaim in?", True),
    ("عزيزتي العميلة،\n\nشكراً لتواصلك مع صيدلية الأرز أونلاين. صحتكم أمانة بين إيدينا، ونحنا ملتزمين نقدّم أفضل خدمة "
     "صيدلانية لكل بيت لبناني.\n\nمع تحيات،\nفريق الصيدلية", "ar", "هل الدوا متوفر بدون وصفة؟", True),
    ("We're dedicated to making your move easy: the van arrives at 8am on Friday.", "en", "When does the van come?",
     False),
])
def test_boilerplate_in_new_wordings_is_stock_phrasing(text, lang, incoming, generic):
    report = LINTER.check(text, language=lang, context={"incoming": incoming})
    assert ("canned.generic" in [f.rule for f in report.findings]) is generic


@pytest.mark.parametrize("incoming,generic", [
    ("Wanneer wordt mijn kapotte cv-ketel gerepareerd?", True),
    # a customer who asks nothing: an apology in the company's name answers of sorts (round kp)
    ("Zorg dat dit niet weer gebeurt.", False),
])
def test_the_company_naming_itself_in_a_mission_statement_is_boilerplate(incoming, generic):
    text = ("Beste mevrouw Visser,\n\nBij De Linde staat woonplezier voorop. Wij zetten ons elke dag in voor "
            "betaalbare, duurzame woningen waar iedereen zich thuis voelt.\n\nMet vriendelijke groet,\nDe Linde")
    context = {"incoming": incoming, "company": {"name": "Woonstichting De Linde"}}
    report = LINTER.check(text, language="nl", context=context)
    assert ("canned.generic" in [f.rule for f in report.findings]) is generic
    # without the company's name in the context, it is the agent's own words: under the share
    report = LINTER.check(text, language="nl", context={"incoming": incoming})
    assert "canned.generic" not in [f.rule for f in report.findings]
    # a reply that names the company and answers the question is no boilerplate
    answer = ("Beste mevrouw Visser,\n\nBij De Linde staat woonplezier voorop: de monteur komt donderdag om 9 uur "
              "uw cv-ketel repareren.\n\nMet vriendelijke groet,\nDe Linde")
    report = LINTER.check(answer, language="nl", context=context)
    assert "canned.generic" not in [f.rule for f in report.findings]


@pytest.mark.parametrize("text,lang,incoming,company", [
    ("Hi Derek,\n\nAt Hearthstone, protecting what matters most is at the heart of everything we do. We appreciate "
     "your loyalty and look forward to serving you for many years to come.\n\nWarm regards,\nHearthstone Home "
     "Insurance", "en", "Is hail damage to my car covered under my home policy?", "Hearthstone Home Insurance"),
    ("عميلنا العزيز،\n\nفي أكلة بنسعى دايماً إننا نوصلك أحلى أكل من أحسن المطاعم في أسرع وقت. رضاك هو أهم حاجة "
     "عندنا.\n\nمع تحيات فريق أكلة", "ar", "ليه الأكل وصل ناقص صنف؟", "أكلة"),
    ("عزيزنا العميل،\n\nفي تك هوم منؤمن إنو التكنولوجيا لازم تكون بمتناول الكل، وهدفنا دايماً نقدملك أفضل تجربة "
     "تسوق.\n\nمع تحيات فريق تك هوم", "ar", "ليش الشاحن ما بيشتغل؟", "تك هوم"),  # (Levantine, round rr)
    ("Hi Fiona,\n\nThank you for choosing Northline Rail. We're on a journey to make rail travel greener, simpler and "
     "better for everyone.\n\nKind regards,\nCustomer Relations", "en",
     "Will my railcard discount apply to the advance fare I bought?", "Northline Rail"),  # (round rs)
    ("عميلنا العزيز،\n\nسوق الواحة وجهتك الأولى للتسوق الإلكتروني في المملكة، حيث الجودة والثقة والأسعار المنافسة."
     "\n\nمع تحيات فريق سوق الواحة", "ar", "متى توصل طلبيتي؟", "سوق الواحة"),  # (round ru)
    ("Hi Dan,\n\nAt Stackly, we believe great teams deserve great tools. We're constantly innovating to help you do "
     "your best work.\n\nCheers,\nThe Stackly Team", "en", "Why are my recurring tasks being created twice?",
     "Stackly"),  # (round rv)
    ("Geachte klant,\n\nBank Vlaanderen staat al meer dan honderd jaar naast haar klanten. Uw vertrouwen is onze "
     "grootste drijfveer.\n\nMet vriendelijke groeten,\nBank Vlaanderen", "nl", "Waarom werd mijn overschrijving geweigerd?",
     "Bank Vlaanderen"),  # (round rz)
    ("ضيفنا العزيز،\n\nفي فندق الخور نؤمن بأن الضيافة الإماراتية الأصيلة تبدأ من القلب، ونحرص على أن تكون إقامتك تجربة "
     "لا تُنسى.\n\nمع أطيب التحيات،\nفندق الخور", "ar", "هل في موقف سيارات مجاني؟", "فندق الخور"),  # (round sa)
])
def test_a_mission_statement_in_the_company_name_is_boilerplate(text, lang, incoming, company):
    # rounds rm-sa: the company's first word alone ('At Hearthstone'), Egyptian striving for the best ('بنسعى دايماً
    # إننا نوصلك أحلى ...')
    report = LINTER.check(text, language=lang, context={"incoming": incoming, "company": {"name": company}})
    assert "canned.generic" in [f.rule for f in report.findings]


def test_assurances_of_care_and_the_finest_service_are_stock_phrasing():
    text = ("السيدة مريم السليطي المحترمة،\n\nنشكركم على ثقتكم الغالية في بيتك للأثاث، ونؤكد لكم حرصنا الدائم على تقديم أرقى "
            "الخدمات وأجود المنتجات لعملائنا الكرام.\n\nمع خالص التحية،\nبيتك للأثاث")
    context = {"incoming": "أبي أعرف موعد التوصيل", "customer": {"name": "مريم السليطي"}}
    assert [f.rule for f in LINTER.check(text, language="ar", context=context).findings] == ["canned.generic"]
    answer = "السيدة مريم، موعد توصيل طلبك يوم الأحد بين ٩ و١٢ ظهراً. نشكركم على ثقتكم."
    assert LINTER.check(answer, language="ar", context=context).findings == []




# -- verbatim -------------------------------------------------------------------------------------

def test_verbatim_copy_of_a_macro(tmp_path):
    linter = Linter(Config(select=["canned"], templates=str(FIXTURES / "templates")))
    copy = ("Hi Jan, thanks for contacting us. Returns are free within 30 days: print the label from your account "
            "and drop the parcel at any post office.")
    (f,) = [f for f in linter.check(copy, language="en").findings if f.rule == "canned.verbatim"]
    assert "returns.liquid" in f.message and f.severity is Severity.INFO
    own = "Hi Jan, I've e-mailed you a free return label for the blue jacket; drop it at the Dorpsstraat post office."
    assert rules(linter.check(own, language="en"), "canned.verbatim") == []


def test_verbatim_picks_up_an_edited_library(tmp_path, monkeypatch):
    from replylint.rules.canned import verbatim

    monkeypatch.setattr(verbatim, "_RESCAN_S", 0.0)
    (tmp_path / "a.txt").write_text("Hello {{ name }}, your parcel is delayed by the storm; it ships on Monday.")
    linter = Linter(Config(select=["canned.verbatim"], templates=str(tmp_path)))
    reply = "Hello Jan, your voucher code is in the app under Account and can be used until the end of June."
    assert linter.check(reply, language="en").findings == []
    (tmp_path / "b.txt").write_text("Hello {{ name }}, your voucher code is in the app under Account and can be "
                                    "used until the end of June.")
    assert [f.rule for f in linter.check(reply, language="en").findings] == ["canned.verbatim"]
    assert len([k for k in verbatim._LIBRARIES if k[0] == str(tmp_path.resolve())]) == 1


def test_verbatim_is_off_unless_a_library_is_configured():
    assert "canned.verbatim" not in [s.rule for s in Linter().check("Hi there", language="en").rules]


def test_verbatim_is_skipped_without_a_library():
    report = Linter(Config(extend_select=["canned.verbatim"])).check("Hi", language="en")
    status = {s.rule: s for s in report.rules}["canned.verbatim"]
    assert status.status == "skipped" and "no template library" in status.reason


def test_verbatim_index_scales_to_thousands_of_macros(monkeypatch):
    from replylint.rules.canned import verbatim
    from replylint.rules.canned.verbatim import TemplateLibrary

    topics = ["refund", "delivery", "password", "invoice", "warranty", "subscription", "router", "sim card"]
    texts = {f"macro-{i}.txt": f"Hello {{{{ name }}}}, about your {topics[i % 8]} case {i}: our team checked item "
                                f"{i * 7} and will follow up on ticket {i * 13} within {i % 5 + 1} days."
             for i in range(5000)}
    library = TemplateLibrary.from_texts(texts)
    reply = ("Hello Jan, about your warranty case 4204: our team checked item 29428 and will follow up on "
             "ticket 54652 within 5 days.")
    compared = []  # the index must pick a handful of macros to compare in full, not walk all 5,000
    ratio = verbatim.fuzz.ratio
    monkeypatch.setattr(verbatim.fuzz, "ratio", lambda a, b: compared.append(b) or ratio(a, b))
    macro, score = library.best(reply)
    assert macro.name == "macro-4204.txt" and score > 0.9
    assert 1 <= len(compared) <= 5  # speed itself is measured in benchmarks/verbatim.py


# -- duplicates in a batch ----------------------------------------------------------------------

def test_same_reply_to_many_customers_is_reported_from_the_threshold():
    body = ("Hi {n}, we are experiencing high volumes and will get back to you as soon as we can. "
            "Thank you for your patience.")
    names = ["Jan", "Piet", "Noor", "Sara", "Tom"]
    records = [{"id": str(i), "text": body.format(n=n), "context": {"customer": {"name": n}}}
               for i, n in enumerate(names)]
    records.insert(2, {"id": "other", "text": "Your refund for order 4412 was processed today, Jan."})
    reports = list(Linter(select=["canned"]).check_many(records))
    flagged = [r.id for r in reports if any(f.rule == "canned.duplicate" for f in r.findings)]
    assert flagged == ["2", "3", "4"]
    note = next(f for f in reports[3].findings if f.rule == "canned.duplicate")
    assert "3 different customers" in note.message and "0, 1" in note.message


def test_duplicates_across_worker_processes():
    body = "Hi {n}, we are experiencing high volumes and will get back to you as soon as we can. Thanks!"
    records = [{"id": str(i), "text": body.format(n=n), "context": {"customer": {"name": n}}}
               for i, n in enumerate(["Jan", "Piet", "Noor", "Sara"])]
    reports = list(Linter(select=["canned"]).check_many(records, processes=2, batch_size=1))
    assert [any(f.rule == "canned.duplicate" for f in r.findings) for r in reports] == [False, False, True, True]


def test_duplicates_in_a_jsonl_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    body = "Hi, we are experiencing high volumes and will get back to you as soon as we can. Thanks for waiting!"
    lines = [json.dumps({"id": str(i), "text": body, "context": {"customer": {"email": f"c{i}@x.nl"}}})
             for i in range(4)]
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n")
    main(["check", "export.jsonl", "--format", "jsonl"])
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [any(f["rule"] == "canned.duplicate" for f in r["findings"]) for r in out] == [False, False, True, True]


# -- template mode ------------------------------------------------------------------------------

def test_template_mode_masks_placeholders_for_language_rules():
    linter = Linter()
    text = "Hi {{ customer.frist_naem | default: 'there' }},\n\nYour order {{ order.id }} has shipped.\n\nBest,\nTom"
    report = linter.check(text, language="en", template=True)
    assert [f.rule for f in report.findings] == []
    report = linter.check(text, language="en")
    assert {f.rule for f in report.findings} == {"canned.placeholder"}


@pytest.mark.parametrize("text,message", [
    ("Hi {{ name },", "unbalanced braces"),
    ("{% if vip %}VIP!", "never closed"),
    ("VIP!{% endif %}", "not open"),
    ("{{#if vip}}VIP!", "never closed"),
    ("Hi %} there", "stray"),
])
def test_template_syntax_errors(text, message):
    report = LINTER.check(text, language="en", template=True)
    found = [f for f in report.findings if f.rule == "canned.template_syntax"]
    assert found and message in found[0].message


def test_valid_templates_have_no_syntax_errors():
    for text in ["{% if a %}x{% else %}y{% endif %}", "{{#if a}}x{{else}}y{{/if}}", "{% for i in items %}{{ i }}"
                 "{% endfor %}", "{# note #}Hi {{ name | default: 'there' }}", "{{! comment }}{{{ raw }}}"]:
        assert scan(text).issues == [], text


def test_template_variables_allow_list():
    linter = Linter(Config(select=["canned"], template_variables=["customer", "order.id"]))
    text = "Hi {{ custmer.first_name }}, order {{ order.id }} and {{ order.total }}. {% if customer.vip %}VIP{% endif %}"
    found = [f.excerpt for f in linter.check(text, language="en", template=True).findings
             if f.rule == "canned.template_variable"]
    assert found == ["{{ custmer.first_name }}", "{{ order.total }}"]


def test_greeting_placeholder_without_fallback():
    found = [f.excerpt for f in LINTER.check("Dear Mr. {{ last_name }},\nHi {{ first_name | default: 'there' }}",
                                             language="en", template=True).findings
             if f.rule == "canned.template_fallback"]
    assert found == ["{{ last_name }}"]


@pytest.mark.parametrize("text,language,fallback", [
    ("Dear {{ first_name }},\nYour order shipped.", "en", "customer"),
    ("Hi {{ first_name }},\nYour order shipped.", "en", "there"),
    ("Beste {{ klant.voornaam }},\nJe bestelling is verzonden.", "nl", "klant"),
])
def test_fallback_suggestion_reads_naturally_in_the_reply_language(text, language, fallback):
    (f,) = [f for f in LINTER.check(text, language=language, template=True).findings
            if f.rule == "canned.template_fallback"]
    assert f.suggestions == [f'add | default: "{fallback}"']


def test_render_applies_defaults_and_conditions():
    text = "Hi {{ first_name | default: 'there' }},{% if order %} order {{ order }}.{% else %} no order.{% endif %}"
    assert render(text, {"first_name": "Jan", "order": "4412"}) == "Hi Jan, order 4412."
    assert render(text, {}) == "Hi there, no order."
    assert render("{{#if vip}}VIP {{name}}{{else}}Hi{{/if}}", {"vip": "y", "name": "Noor"}) == "VIP Noor"
    values = sample_values("{{ customer.first_name }} {{ company.name }} {{ order.id }}", rtl=True)
    assert values == {"customer.first_name": "مريم", "company.name": "أكمي", "order.id": "٤٨٢١٣"}


def test_cli_checks_template_files_in_template_mode(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "m.liquid").write_text("Hi {{ first_name }},\n\n{% if order %}Order {{ order.id }} shipped.\n")
    code = main(["check", "m.liquid", "--format", "jsonl"])
    rec = json.loads(capsys.readouterr().out)
    assert {f["rule"] for f in rec["findings"]} == {"canned.template_syntax", "canned.template_fallback"}
    assert code == 1


def test_preview_renders_three_ways_and_checks_them(tmp_path, capsys):
    p = tmp_path / "welcome.liquid"
    p.write_text("Hi {{ first_name }},\n\nWelcome to {{ company.name }}! Your order {{ order.id }} ships today.\n")
    code = main(["preview", str(p), "--value", "first_name=Sanne", "--language", "en"])
    out = capsys.readouterr().out
    assert "== sample values ==\nHi Sanne," in out and "Welcome to Acme!" in out
    assert "== empty values" in out and "Hi ," in out
    assert "== right-to-left values ==\nHi مريم," in out
    assert "canned.placeholder" in out and code == 1


def test_a_placeholder_in_capitals_is_not_shouting():
    report = Linter().check("Hi Amy, I've escalated this to INSERT TEAM NAME and they'll be in touch.", language="en")
    assert [f.rule for f in report.findings if f.severity.value != "info"] == ["canned.placeholder"]


def test_a_one_line_chat_greeting_ends_at_its_exclamation_mark():
    """'Hi there! Thanks ...' on one line: the body after the greeting is weighed, not nothing."""
    report = LINTER.check("Hi there! Thanks for reaching out. We're looking into this for you and will get back to you "
                          "as soon as we can. Have a great day!", language="en", channel="chat",
                          context={"incoming": "Why was I charged a £5 admin fee on my last bill?"})
    assert [f.rule for f in report.findings] == ["canned.generic"]


@pytest.mark.parametrize("text,incoming,language", [
    ("Thanks for getting in touch! We're always here to help. Is there anything else I can do for you today?",
     "The app crashes every time I open my basket on Android 14.", "en"),
    ("Hi Ivy,\n\nThank you for contacting Acme Support. We value your feedback and are committed to providing the "
     "best possible experience. Please let us know if there is anything else we can assist you with.\n\nKind regards,"
     "\nAcme Support", "Can I get a refund for the broken kettle?", "en"),
    ("عزيزي فهد،\nشكراً لتواصلك معنا. نحن نقدّر ملاحظاتك ونسعى دائماً لتقديم أفضل خدمة.\nمع التحية،\nفريق خدمة العملاء",
     "الفاتورة فيها مبلغ غلط", "ar"),
])
def test_stock_phrasing_and_service_words_only_is_generic(text, incoming, language):
    rules = [f.rule for f in LINTER.check(text, language=language, context={"incoming": incoming}).findings]
    assert "canned.generic" in rules


@pytest.mark.parametrize("text,incoming", [
    ("Thanks for getting in touch! Yes, we do, and delivery takes 3-5 days.", "Do you ship to Ireland?"),
    ("You're very welcome! Thanks for your patience, and have a lovely weekend.", "Thanks so much for sorting my refund!"),
    ("Thanks for letting us know! I'm sorry to hear that. Let me look into this for you right away.",
     "My router keeps dropping the connection every evening."),
])
def test_an_answer_or_a_reply_to_thanks_is_not_generic(text, incoming):
    rules = [f.rule for f in LINTER.check(text, language="en", context={"incoming": incoming}).findings]
    assert "canned.generic" not in rules


@pytest.mark.parametrize("text,found", [
    # blanks to fill in, as forms print them (round fv-fx)
    ("Dear Mr/Ms ________,\n\nYour booking is confirmed for ___ nights.", ["________", "___"]),
    ("Beste heer/mevrouw .....,\n\nUw boeking is bevestigd.", ["....."]),
    ("Hmm..... let me check that for you.", []), ("We are checking.... please hold on.", []),
    ("Your username is anna_b and the file is report_final.pdf.", []),
])
def test_a_blank_to_fill_in_is_a_placeholder(text, found):
    report = Linter(select=["canned.placeholder"]).check(text, language="en")
    assert [text[f.start:f.end] for f in report.findings] == found


@pytest.mark.parametrize("text,language,incoming", [
    # hospitality boilerplate to a specific question (round fv-fx), in other words than the round's
    ("Dear guest,\n\nThank you for reaching out! We always strive to make every visit memorable, and our staff do "
     "everything in their power to exceed your expectations. We look forward to seeing you soon.\n\nKind regards,\nReception",
     "en", "Is the pool open on Monday the 3rd?"),
    ("Beste gast,\n\nDank voor uw bericht! Wij proberen altijd elk bezoek bijzonder te maken en doen ons best om aan al "
     "uw wensen te voldoen. Wij kijken ernaar uit u weer te mogen ontvangen.\n\nMet gastvrije groet,\nDe receptie",
     "nl", "Is het zwembad maandag de 3e open?"),
    ("ضيفنا الكريم،\n\nشكراً لتواصلك معنا! نحرص دائماً على جعل زيارتك ممتعة، ونبذل كل جهدنا لتلبية جميع طلباتك. "
     "ونتطلع لرؤيتك قريباً.\n\nمع التحية،\nالاستقبال", "ar", "هل المسبح مفتوح يوم الاثنين ٣؟"),
])
def test_hospitality_boilerplate_is_generic(text, language, incoming):
    report = Linter(select=["canned.generic"]).check(text, language=language, context={"incoming": incoming})
    assert [f.rule for f in report.findings] == ["canned.generic"]


def test_a_specific_hotel_reply_with_a_stock_closing_is_not_generic():
    text = ("Hi Liam,\n\nYes, early check-in on the 14th is fine: your room will be ready at 9am, and you can leave your "
            "bags with us if your flight lands earlier. We look forward to welcoming you!\n\nBest,\nMaya")
    report = Linter(select=["canned.generic"]).check(text, language="en",
                                                    context={"incoming": "Can I check in early on the 14th?"})
    assert report.findings == []


@pytest.mark.parametrize("text,placeholder", [
    ("Press [Enter] to continue.", False), ("Klik op [OK] om verder te gaan.", False),
    ("Your delivery date is [Enter date].", True), ("Hi [Enter name], thanks.", True),
])
def test_a_key_in_brackets_is_no_placeholder(text, placeholder):
    assert bool(rules(LINTER.check(text), "canned.placeholder")) is placeholder


def test_a_formula_answering_thanks_with_a_service_word_is_not_generic():
    report = LINTER.check("Wij nemen uw feedback serieus en wij streven altijd naar de beste service.", language="nl",
                          context={"incoming": "Bedankt voor de service!"})
    assert "canned.generic" not in [f.rule for f in report.findings]


def test_the_customers_own_name_in_their_message_asks_nothing():
    """'Hi there, it's Sean' is a greeting: a greeting and an offer of help answer it."""
    report = Linter().check("Hi Sean, thanks for reaching out! How can I help today?", language="en", channel="chat",
                            context={"customer": {"name": "Sean Murphy"}, "incoming": "Hi there, it's Sean"})
    assert "canned.generic" not in [f.rule for f in report.findings]


@pytest.mark.parametrize("text,incoming,generic", [
    # a sentence of service words in a wording no stock phrase holds ('dependable, affordable and friendly service to
    # every customer') is stock phrasing beside one that is known ('Thank you for your message')
    ("Dear Customer,\n\nThank you for your message. Our dedicated team works hard every day to provide dependable, "
     "affordable and friendly service to every customer. Your satisfaction always remains our highest priority.\n\n"
     "Kind regards,\nCustomer Care", "Can I bring my bike on the 07:42 train to York?", True),
    # ... but not one with a number in it, nor a short one asking what happened
    ("Dear Customer,\n\nThank you for your message. Our dedicated team will provide a replacement within 5 working "
     "days, and your satisfaction remains our priority.\n\nKind regards,\nCustomer Care", "Where is my replacement?",
     False),
    ("Goedemiddag mevrouw Visser, wat vervelend. Vertel me gerust wat er is gebeurd, dan help ik je zo snel mogelijk.",
     "Ik wil een klacht indienen!", False),
])
def test_a_sentence_of_service_words_is_stock_phrasing(text, incoming, generic):
    language = "nl" if "mevrouw" in text else "en"
    report = LINTER.check(text, language=language, context={"incoming": incoming})
    assert ("canned.generic" in [f.rule for f in report.findings]) is generic
