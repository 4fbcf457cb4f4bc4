import pytest

from replylint import Config, Linter, Severity, Verdict
from replylint.cli import main

LINTER = Linter(select=["toxicity"])


def tox(text, language=None, **kw):
    report = LINTER.check(text, language=language, **kw)
    return [(f.rule.split(".")[1], text[f.start:f.end]) for f in report.findings]


@pytest.mark.parametrize("text,expected", [
    ("Maybe read the instructions first, you idiot.", ("insult", "idiot")),
    ("You're a complete moron.", ("insult", "moron")),
    ("What a bunch of idiots.", ("insult", "idiots")),
    ("Stop wasting my time with this shit.", ("profanity", "shit")),
    ("This is fucking ridiculous.", ("profanity", "fucking")),
    ("Shut up and listen.", ("insult", "Shut up")),
    ("Go back to your country.", ("identity_attack", "Go back to your country")),
    ("Suck my dick.", ("obscene", "Suck my dick")),
    ("I know where you live.", ("threat", "I know where you live")),
    ("We're going to find you.", ("threat", "We're going to find you")),
    ("You'll regret this.", ("threat", "You'll regret this")),
    ("I'm tired of your ridiculous excuses.", ("insult", "ridiculous")),
    ("Stop wasting my time with these pathetic complaints.", ("insult", "pathetic")),
    ("Typical of your kind to blame the courier for everything.", ("identity_attack", "Typical of your kind")),
    ("Maybe if you weren't such a whiny little baby he'd be nicer.", ("insult", "whiny little baby")),
    ("Watch your mouth or I'll have your membership cancelled.", ("threat", "Watch your mouth or")),
    ("Keep shouting and see how far it gets you, you screeching harpy.", ("insult", "harpy")),
    ("Then delete it, dipstick.", ("insult", "dipstick")),
    ("Because your lot always try to scam us with fake chargebacks.", ("identity_attack", "your lot always")),
    ("Jordan, you absolute melt, the refund went through.", ("insult", "melt")),
    ("For f's sake, read the email.", ("profanity", "For f's sake")),
    ("Keep spamming us and I'll make sure your account gets nuked.",
     ("threat", "I'll make sure your account gets nuked")),
    ("Typical boomer, can't even install a game.", ("identity_attack", "Typical boomer")),
    ("Those Poles at the depot can't even read an address.",
     ("identity_attack", "Those Poles at the depot can't even")),
    ("Drivers don't have to put up with entitled little brats like you.", ("insult", "entitled little brats like you")),
    ("Paul, stop acting like a spoilt toddler, it's a 40-minute delay.",
     ("insult", "stop acting like a spoilt toddler")),
])
def test_english_positives(text, expected):
    assert expected in tox(text, "en")


@pytest.mark.parametrize("text,expected", [
    ("you st*pid cow", ("insult", "st*pid")),
    ("f.u.c.k off", ("profanity", "f.u.c.k")),
    ("you 1d10t", ("insult", "1d10t")),
    ("you idiooot", ("insult", "idiooot")),
    ("what an i d i o t", ("insult", "i d i o t")),
    ("this is sh!t", ("profanity", "sh!t")),
    ("you f**king moron", ("profanity", "f**king")),
    ("you a$$hole", ("insult", "a$$hole")),
    ("you \u0456diot", ("insult", "\u0456diot")),  # Cyrillic і
    ("what a clusterfuck", ("profanity", "clusterfuck")),
    ("you stu\u200bpid person", ("insult", "stu\u200bpid")),  # zero-width space inside
])
def test_obfuscations(text, expected):
    assert expected in tox(text, "en")


@pytest.mark.parametrize("text", [
    "Our assistant in Scunthorpe will call you.",
    "That's a damn good question.",
    "Kill the process and restart the app.",
    "Keep using the app and we'll make sure you get the update first.",
    "You get a new weapon skin with the pass.",
    "Those Poles at the depot did a great job, the parcel arrived early.",
    "The ice cream will melt if the parcel waits, so we've sent it by express.",
    "People like you are the reason we do this job!",
    "Stop acting like a child's seat is optional: it's the law.",
    "Customers like you make our day.",
    "The cocktail class starts at 8; bring your own glass.",
    "Please don't be fooled by phishing e-mails.",
    "We analysed the passage of your parcel through Essex.",
    "Your dog food order ships today.",
    "Hello! Thanks for the shell script.",
    "Sorry, I'm so sorry for the trouble.",
    "The spicy sauce and the retarder additive are back in stock.",
    "Mind the pothole and the loophole in the keyhole.",
    "If the outage lasts beyond 6pm, you're entitled to £95 compensation.",
    "Sorry about our useless complaints process, I've fixed it.",
    "Just like your kind words last week, this made our day.",
    "Your lot number is printed on the box.",
    "Oh, that's a witch costume? Lovely, it ships tomorrow.",
])
def test_english_hard_negatives(text):
    assert tox(text, "en") == []


@pytest.mark.parametrize("text,expected", [
    ("Doe even normaal, sukkel.", ("insult", "sukkel")),
    ("Jullie zijn echt idioten.", ("insult", "idioten")),
    ("Wat een klootzakken.", ("insult", "klootzakken")),
    ("Ga lekker ergens anders shoppen, kutklant.", ("profanity", "kutklant")),
    ("Wat een klotebedrijf is dit.", ("profanity", "klotebedrijf")),
    ("Jij bent een aap.", ("insult", "aap")),
    ("Rot toch op.", ("insult", "Rot toch op")),
    ("Ik weet waar je woont.", ("threat", "Ik weet waar je woont")),
    ("Ik maak je af.", ("threat", "Ik maak je af")),
    ("Ga terug naar je eigen land.", ("identity_attack", "Ga terug naar je eigen land")),
    ("Wat een sukkeltje.", ("insult", "sukkeltje")),
    ("Als je nog één keer zo tegen me praat, zul je het merken.", ("threat", "zul je het merken")),
    ("Mensen zoals jij verpesten het voor iedereen.", ("identity_attack", "Mensen zoals jij verpesten")),
    ("Als je nog één keer zo tegen me praat, zorg ik dat je nooit meer iets krijgt.",
     ("threat", "Als je nog één keer zo tegen me praat, zorg ik")),
    ("Die Polen in het depot kunnen niet eens een adres lezen.",
     ("identity_attack", "Die Polen in het depot kunnen niet eens")),
    ("Chauffeurs hoeven niet alles te pikken van verwende klanten zoals jij.",
     ("insult", "verwende klanten zoals jij")),
])
def test_dutch_positives(text, expected):
    assert expected in tox(text, "nl")


@pytest.mark.parametrize("text", [
    "Jeetje, wat vervelend! Ik los het meteen op.",
    "Hij sukkelt al weken met zijn gezondheid.",
    "We steunen het kankeronderzoek.",
    "Je hond mag mee in de winkel.",
    "Dat was stom toeval, excuses!",
    "Gek genoeg is het pakket nog niet bezorgd.",
    "Het zakje zit in de doos.",
    "De tering naar de nering zetten.",
    "Als je vragen hebt, zul je het merken aan de snelle reactie.",
    "Mensen zoals jij maken het verschil, dank je wel!",
    "Als je nog één keer op de link klikt, zal ik de code opnieuw versturen.",
    "Als u nog een keer belt, zal ik u direct doorverbinden.",
    "Die Polen in het depot werken keihard, je pakket komt morgen.",
    "Lastige klanten zoals jij zijn juist welkom, we lossen het op!",
])
def test_dutch_hard_negatives(text):
    assert tox(text, "nl") == []


@pytest.mark.parametrize("text,expected", [
    ("أنت غبي ولا تفهم شيئاً.", ("insult", "غبي")),
    ("يا حمار", ("insult", "يا حمار")),
    ("اسكت يا حيوان", ("insult", "حيوان")),
    ("وغبي أيضاً", ("insult", "وغبي")),
    ("انتم أغبياء", ("insult", "أغبياء")),
    ("يا كلب", ("insult", "كلب")),
    ("أنت غَبِيّ", ("insult", "غَبِيّ")),
    ("غـــبي", ("insult", "غـــبي")),
    ("سوف تندم على هذا", ("threat", "سوف تندم")),
    ("إذا ما سكت راح أخلي أحد يأدبك.", ("threat", "يأدبك")),
    ("سأعلمك الأدب.", ("threat", "سأعلمك الأدب")),
    ("والله لو شفتك بكسر راسك.", ("threat", "بكسر راسك")),
    ("ارجع إلى بلدك", ("identity_attack", "ارجع إلى بلدك")),
    ("أنت تافه.", ("insult", "تافه")),
    ("والله إنك إنسان نكدي وما يعجبك شي.", ("insult", "نكدي")),
    ("اشتكي، وإذا شفتك بعدها بتندم.", ("threat", "بتندم")),
    ("انتي وحدة قليلة أدب.", ("insult", "قليلة أدب")),
    ("وجهك وجه فقر، كل مرة مشكلة.", ("insult", "وجه فقر")),
    ("هذول الهنود ما يعرفون يسوقون.", ("identity_attack", "هذول الهنود ما يعرفون")),
    ("الكباتن مو مجبورين يتحملون واحد دلوع مثلك.", ("insult", "واحد دلوع مثلك")),
])
def test_arabic_positives(text, expected):
    assert expected in tox(text, "ar")


@pytest.mark.parametrize("text", ["يا ساتر، نتمنى إنك بخير، رجعنا لك المبلغ.",  # 'O Protector': alarm, no swearing
                                  "لو صار كذا مرة ثانية بخلي المندوب يتصل فيك قبل.",
                                  "هذول الهنود اللي في المستودع يعرفون شغلهم، وطلبك بيوصل بكرة.",
                                  "كلبك جميل ونتمنى له الصحة.", "عبد الله سيتصل بك غداً.", "نعتذر عن التأخير.",
                                  "راح أخلي أحد يكلمك بكرة.", "بنعلمك طريقة الإرجاع خطوة بخطوة.",
                                  # 'a petty thing': dismissive (tone), no insult of the customer
                                  "هذا شي تافه ما يحتاج تتصل علشانه.",
                                  # "you won't regret it", and a sales line: no threat
                                  "ما راح تندم على الاشتراك، الباقة ممتازة!", "بتندمين إذا ما استفدتي من العرض قبل ما يخلص."])
def test_arabic_hard_negatives(text):
    assert tox(text, "ar") == []


def test_quoted_customer_text_is_not_the_agents_toxicity():
    text = "Hi Dan,\n\n> You bunch of idiots cut off my phone!\n\nI'm sorry about that."
    assert tox(text, "en") == []
    inline = 'I understand you wrote "you are all idiots", and I am sorry.'
    assert tox(inline, "en") == []


@pytest.mark.parametrize("text,expected", [
    # a word the customer used, reported (round uf): a moderator explaining a mute is not abusive
    ("Because you called another player a r3tard in voice chat, you were muted.", []),
    ("Another player reported you for calling them a loser.", []),
    ("The word idiot is on our chat filter list.", []),
    # the agent's own word is still abuse, and swearing stays swearing
    ("I'd call you a retard if I could.", ["identity_attack"]),
    ("You're an idiot, I'll tell you that much.", ["insult"]),
    ("You called me to say the fucking app broke.", ["profanity"]),
])
def test_a_reported_word_is_a_mention_not_abuse(text, expected):
    report = LINTER.check(text, language="en")
    assert sorted({f.rule.split(".")[1] for f in report.findings if f.category.value == "toxicity"}) == expected


def test_severity_depends_on_address_and_channel():
    r = LINTER.check("This stupid form keeps failing, sorry.", language="en")
    assert [f.severity for f in r.findings] == [Severity.WARNING]
    r = LINTER.check("This stupid form keeps failing, sorry.", language="en", channel="social_public")
    assert [f.severity for f in r.findings] == [Severity.ERROR]
    assert "public" in r.findings[0].message
    r = LINTER.check("Damn, the form failed again.", language="en")
    assert [f.severity for f in r.findings] == [Severity.WARNING]


def test_unknown_language_skips_language_specific_rules():
    r = LINTER.check("Vous êtes vraiment un idiot, je vous assure.")
    assert r.language == "fr"
    status = {s.rule: s for s in r.rules}
    assert status["toxicity.insult"].status == "skipped" and status["toxicity.insult"].cause == "not_applicable"


def test_user_pack_extends_the_lexicon(tmp_path):
    (tmp_path / "tox.yaml").write_text("family: toxicity\nlanguage: en\ninsult: [nincompoop]\n"
                                       "safe_words: [idiot]\n")
    linter = Linter(Config(packs=[str(tmp_path / "tox.yaml")], select=["toxicity"]))
    assert [f.excerpt for f in linter.check("you nincompoop", language="en").findings] == ["nincompoop"]
    assert linter.check("you idiot", language="en").findings == []


def test_threats_are_found_whatever_the_case_and_a_capitalised_pattern_still_works(tmp_path):
    assert tox("I KNOW WHERE YOU LIVE.") == [("threat", "I KNOW WHERE YOU LIVE")]
    # packs are written for lower-cased text; a pattern with capitals falls back to case-insensitive matching
    (tmp_path / "tox.yaml").write_text("family: toxicity\nlanguage: en\nthreats: ['\\bWatch Out\\b']\n")
    linter = Linter(Config(packs=[str(tmp_path / "tox.yaml")], select=["toxicity"]))
    report = linter.check("Just you watch out, buddy.", language="en")
    assert [f.excerpt for f in report.findings] == ["watch out"]


def test_invalid_threat_pattern_in_a_pack_is_reported(tmp_path):
    (tmp_path / "tox.yaml").write_text("family: toxicity\nlanguage: en\nthreats: ['(unclosed']\n")
    with pytest.raises(Exception, match="not a valid regular expression"):
        Linter(Config(packs=[str(tmp_path / "tox.yaml")]))


# -- Detoxify backend -----------------------------------------------------------------------


def detox_linter(tiny_detoxify, **extra):
    checkpoint, hf = tiny_detoxify
    cfg = {"enabled": True, "checkpoint": str(checkpoint), "huggingface_config_path": str(hf), **extra}
    # (toxicity.abusive, the shipped model, is left out: these tests are about Detoxify's findings)
    return Linter(Config(select=["toxicity"], ignore=["toxicity.abusive"], backends={"detoxify": cfg}))


def test_detoxify_is_opt_in_and_skipped_with_a_reason_when_missing(tmp_path):
    assert "toxicity.detoxify" not in Linter().rule_ids
    linter = Linter(Config(backends={"detoxify": {"enabled": True, "checkpoint": str(tmp_path / "none.ckpt")}}))
    report = linter.check("Honestly you are a drain on everyone here, you idiot.", language="en")
    status = {s.rule: s for s in report.rules}["toxicity.detoxify"]
    assert status.status == "skipped" and status.cause == "unavailable" and "does not exist" in status.reason
    assert [f.rule for f in report.findings] == ["toxicity.insult"]  # the lexicon still runs
    assert report.verdict is Verdict.BLOCK


def test_unloadable_checkpoint_is_unavailable_not_a_crash(tmp_path):
    bad = tmp_path / "bad.ckpt"
    bad.write_bytes(b"not a checkpoint")
    linter = Linter(Config(backends={"detoxify": {"enabled": True, "checkpoint": str(bad)}},
                           policy={"on_unavailable": {"toxicity": "closed"}}))
    report = linter.check("Thanks for waiting, your order shipped.", language="en")
    status = {s.rule: s for s in report.rules}["toxicity.detoxify"]
    assert status.status == "skipped" and status.cause == "unavailable" and "could not be loaded" in status.reason
    assert report.verdict is Verdict.BLOCK  # fail-closed for the toxicity family
    again = linter.check("Another reply.", language="en")
    assert {s.rule: s for s in again.rules}["toxicity.detoxify"].cause == "unavailable"


def test_detoxify_scores_sentences_and_maps_labels(tiny_detoxify):
    linter = detox_linter(tiny_detoxify)
    text = "Thanks for your patience, the replacement ships today. Honestly you are a drain on everyone here."
    report = linter.check(text, language="en")
    (f,) = report.findings
    assert f.rule == "toxicity.detoxify" and f.excerpt == "Honestly you are a drain on everyone here."
    assert 0.5 < f.confidence <= 1
    report = linter.check("You are pathetic and nobody wants you here.", language="en")
    assert [f.rule for f in report.findings] == ["toxicity.insult"]  # the lexicon's span wins


def test_detoxify_label_mapping_and_identity_caution(tiny_detoxify):
    linter = detox_linter(tiny_detoxify)
    r = linter.check("You are the most incompetent, worthless person I have ever dealt with.", language="en")
    assert {f.rule for f in r.findings} == {"toxicity.insult"}


def test_detoxify_thresholds_are_configurable(tiny_detoxify):
    strict = detox_linter(tiny_detoxify, thresholds={"toxicity": 0.999, "insult": 0.999, "severe_toxicity": 0.999})
    assert strict.check("Honestly you are a drain on everyone here.", language="en").findings == []


def test_detoxify_skips_languages_it_was_not_trained_on(tiny_detoxify):
    linter = detox_linter(tiny_detoxify)
    report = linter.check("Doe even normaal, sukkel.", language="nl")
    status = {s.rule: s for s in report.rules}["toxicity.detoxify"]
    assert status.status == "skipped" and "not trained on 'nl'" in status.reason
    assert [f.rule for f in report.findings] == ["toxicity.insult"]


def test_detoxify_batches_check_many(tiny_detoxify, monkeypatch):
    from replylint.backends.detoxify import DetoxifyBackend

    linter = detox_linter(tiny_detoxify, batch_size=4)
    backend = DetoxifyBackend.get(linter.config.backends.detoxify)
    calls = []
    real = backend.model().predict

    def spy(texts):
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(backend.model(), "predict", spy)
    texts = ["Honestly you are a drain on everyone here.", "Your refund has been processed."] * 5
    reports = list(linter.check_many([{"text": t, "language": "en"} for t in texts], batch_size=10))
    assert calls == [4, 4, 2]
    assert [bool(r.findings) for r in reports] == [True, False] * 5
    single = [bool(linter.check(t, language="en").findings) for t in texts]
    assert single == [True, False] * 5


def test_models_download_writes_an_offline_copy(tiny_detoxify, tmp_path, monkeypatch, capsys):
    import torch
    import transformers

    checkpoint, hf = tiny_detoxify
    loaded = torch.load(checkpoint, weights_only=False)
    loaded["config"]["arch"]["args"]["model_type"] = "bert-base-uncased"  # what a real checkpoint says
    monkeypatch.setattr(torch.hub, "load_state_dict_from_url", lambda url, **kw: loaded)
    real_cfg = transformers.BertConfig.from_pretrained
    real_tok = transformers.BertTokenizer.from_pretrained
    monkeypatch.setattr(transformers.BertConfig, "from_pretrained",
                        classmethod(lambda cls, name, **kw: real_cfg(str(hf), **kw)))
    monkeypatch.setattr(transformers.BertTokenizer, "from_pretrained",
                        classmethod(lambda cls, name, **kw: real_tok(str(hf), **kw)))
    assert main(["models", "download", "--model", "original", "--dest", str(tmp_path / "m")]) == 0
    out = capsys.readouterr().out
    assert "[tool.replylint.backends.detoxify]" in out and "original.ckpt" in out
    monkeypatch.undo()
    saved = torch.load(tmp_path / "m" / "original.ckpt", weights_only=False)
    assert saved["config"]["arch"]["args"]["model_type"] == str((tmp_path / "m" / "original-hf").resolve())
    linter = Linter(Config(select=["toxicity"], ignore=["toxicity.abusive"], backends={"detoxify": {
        "enabled": True, "checkpoint": str(tmp_path / "m" / "original.ckpt"),
        "huggingface_config_path": str(tmp_path / "m" / "original-hf")}}))
    report = linter.check("Honestly you are a drain on everyone here.", language="en")
    assert [f.rule for f in report.findings] == ["toxicity.detoxify"]


@pytest.mark.parametrize("text,language,expected", [
    ("Ben je nou echt zo dom?", "nl", [("insult", "dom")]),  # intensifiers between address and insult
    ("You're a complete waste of my time.", "en", [("insult", "waste of my time")]),
    ("You are such a really useless customer.", "en", [("insult", "useless")]),
    ("Send us a photo of you and your dog with the harness on.", "en", []),  # the customer's dog
    ("You can see the ridiculous fees on page 2.", "en", []),  # other words between: not aimed at anyone
    ("People from your country never pay on time.", "en", [("identity_attack", "People from your country")]),
    ("Als je nog een keer belt, zorg ik dat je er spijt van krijgt.", "nl",
     [("threat", "zorg ik dat je er spijt van krijgt")]),
    ("Je zult er geen spijt van krijgen!", "nl", []),
    ("Keep it up and I will personally make your life hell.", "en",
     [("threat", "I will personally make your life hell")]),
])
def test_toxicity_in_other_words(text, language, expected):
    assert [(c, t) for c, t in tox(text, language) if c != "profanity"] == expected


@pytest.mark.parametrize("text,language,expected", [
    ("Typisch zo'n Marokkaan, altijd maar klagen.", "nl", "Typisch zo'n Marokkaan"),
    ("Al die buitenlanders zijn altijd hetzelfde.", "nl", "Al die buitenlanders zijn altijd"),
    ("All immigrants are the same anyway.", "en", "All immigrants are the same"),
    ("Typical foreigner, never reads the terms.", "en", "Typical foreigner"),
    ("كلكم يا عرب هكذا", "ar", "كلكم يا عرب هكذا"),
    ("الهنود دائماً لا يفهمون", "ar", "الهنود دائماً لا يفهمون"),
])
def test_generalisations_about_a_group_are_identity_attacks(text, language, expected):
    assert ("identity_attack", expected) in tox(text, language)


@pytest.mark.parametrize("text,language", [
    ("Many of our customers are immigrants, and the app is available in twelve languages.", "en"),
    ("We ship to Polish and Turkish addresses at no extra cost.", "en"),
    ("Onze Marokkaanse en Turkse klanten kunnen de app ook in het Arabisch en Turks gebruiken.", "nl"),
    ("نرحب بجميع العملاء العرب والأجانب في متاجرنا.", "ar"),
])
def test_groups_named_without_a_generalisation_are_not_attacks(text, language):
    assert [r for r, _ in tox(text, language) if r == "identity_attack"] == []


@pytest.mark.parametrize("field,pattern,text,found", [
    ("group_attacks", "\\bcat people are all\\b", "Cat people are all like that.",
     ("toxicity.identity_attack", "Cat people are all")),
    ("profanity_patterns", "\\bdarn\\s+this\\s+\\w+", "Darn this printer, sorry.",
     ("toxicity.profanity", "Darn this printer")),
])
def test_expression_lists_come_from_the_pack(tmp_path, field, pattern, text, found):
    (tmp_path / "tox.yaml").write_text(f"family: toxicity\nlanguage: en\n{field}: ['{pattern}']\n", encoding="utf-8")
    linter = Linter(Config(packs=[str(tmp_path / "tox.yaml")], select=["toxicity"]))
    assert [(f.rule, f.excerpt) for f in linter.check(text, language="en").findings] == [found]
    (tmp_path / "bad.yaml").write_text(f"family: toxicity\nlanguage: en\n{field}: ['(unclosed']\n")
    with pytest.raises(Exception, match="not a valid regular expression"):
        Linter(Config(packs=[str(tmp_path / "bad.yaml")]))


def test_the_iraqi_curse_formula_is_profanity():
    """The built-in pack's profanity_patterns (round ug), and two names joined by 'على' that are none."""
    assert [f.rule for f in LINTER.check("ابو الاشتراك على ابو اليوم اللي اشتركت بي.", language="ar").findings
            if f.category.value == "toxicity"] == ["toxicity.profanity"]
    assert [f for f in LINTER.check("حولنا طلبك من ابو محمد على ابو خالد.", language="ar").findings
            if f.category.value == "toxicity"] == []


def test_tone_in_a_toxic_reply_is_reported_as_info():
    """Config.secondary: a reply blocked for an insult gets its tone findings at info, not as warnings."""
    text = "Doe even normaal, sukkel. Lees eerst de handleiding."
    report = Linter().check(text, language="nl")
    severities = {f.rule: f.severity for f in report.findings}
    assert severities["toxicity.insult"] is Severity.ERROR
    assert severities["tone.blame"] is Severity.INFO
    (blame,) = report.by_rule("tone.blame")
    assert "already has a toxicity finding" in blame.message
    assert report.verdict is Verdict.BLOCK
    # without the insult, the same tone is a warning; with secondary = {} it stays one beside the insult
    assert Linter().check("Lees eerst de handleiding.", language="nl").by_rule("tone.blame")[0].severity \
        is Severity.WARNING
    plain = Linter(Config(secondary={})).check(text, language="nl")
    assert plain.by_rule("tone.blame")[0].severity is Severity.WARNING
    # mild swearing (a warning) counts too; an info finding of the family does not
    mild = Linter().check("This crap is not our fault.", language="en")
    assert {f.category.value: f.severity for f in mild.findings} == {"toxicity": Severity.WARNING,
                                                                      "tone": Severity.INFO}
    relaxed = Linter(Config(severity={"toxicity": "info"})).check("This crap is not our fault.", language="en")
    assert {f.category.value: f.severity for f in relaxed.findings}["tone"] is Severity.WARNING


def test_secondary_names_known_families():
    with pytest.raises(Exception, match="unknown rule family tones"):
        Config(secondary={"tones": ["toxicity"]})


@pytest.mark.parametrize("text,language", [("Thank you for your kind words!", "en"), ("Please send your sort code.", "en"),
                                           ("Your kind of issue is common.", "en"),
                                           ("Bij jouw soort abonnement kan dat niet.", "nl")])
def test_your_kind_as_an_adjective_or_a_noun_phrase_is_no_group_attack(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == []


@pytest.mark.parametrize("text,language", [("We don't serve your kind.", "en"), ("Your sort always complain.", "en"),
                                           ("Jouw soort is hier niet welkom.", "nl")])
def test_your_kind_as_a_group_is_an_identity_attack(text, language):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert rules == ["toxicity.identity_attack"]


@pytest.mark.parametrize("text,language,rule", [("Wat een k*tklant ben jij.", "nl", "toxicity.profanity"),
                                                ("This is total b.s. and you know it.", "en", "toxicity.profanity")])
def test_masked_compounds_and_abbreviated_swearing(text, language, rule):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == [rule]


@pytest.mark.parametrize("text", ["She has a BS in chemistry.", "Rate us *****stars", "Your order #*12 ships."])
def test_bs_alone_and_masks_without_a_word_are_clean(text):
    assert Linter(select=["toxicity"]).check(text, language="en").findings == []


def test_an_arabic_threat_in_the_first_person():
    rules = [f.rule for f in Linter(select=["toxicity"]).check("والله لو شفتك لأكسر راسك.", language="ar").findings]
    assert rules == ["toxicity.threat"]


@pytest.mark.parametrize("text,language", [
    ("If you talk to us like that again, we will expose you to everyone.", "en"),
    ("We'll name and shame you online.", "en"),
    ("I'll post your address on Facebook.", "en"),
    ("Als je zo doorgaat, zetten we je naam en adres online.", "nl"),
    ("We stellen je aan de kaak op social media.", "nl"),
    ("إذا رجعت تكلمنا بهالأسلوب بنفضحك قدام الكل.", "ar"),
    ("سننشر عنوانك في تويتر.", "ar"),
])
def test_threats_to_expose_the_customer(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == ["toxicity.threat"]


@pytest.mark.parametrize("text,language", [
    ("We will publish your review on our website.", "en"), ("We'll post your replacement card to your address.", "en"),
    ("We'll share your details with the courier.", "en"), ("We zetten je foto's online zodra je ze goedkeurt.", "nl"),
    ("We zetten je gegevens in ons systeem.", "nl"), ("سننشر تقييمك على موقعنا.", "ar"), ("فضحك كثيراً.", "ar"),
])
def test_publishing_what_the_customer_asked_for_is_no_threat(text, language):
    assert Linter(select=["toxicity"]).check(text, language=language).findings == []


def test_the_gulf_demonstrative_before_a_swear_word():
    rules = [f.rule for f in Linter(select=["toxicity"]).check("والله ما يهمني مين خدش هالزفت حقتك.", language="ar").findings]
    assert rules == ["toxicity.profanity"]


@pytest.mark.parametrize("text,language,rules", [
    ("We know where to find you.", "en", ["toxicity.threat"]), ("We know where you live.", "en", ["toxicity.threat"]),
    ("We weten je te vinden.", "nl", ["toxicity.threat"]), ("Ik weet waar je woont.", "nl", ["toxicity.threat"]),
    ("رسالة ثانية بهالأسلوب ونعرف كيف نوصل لك.", "ar", ["toxicity.threat"]),
    ("We know where you are in the queue.", "en", []), ("We know where the problem is.", "en", []),
    ("We weten waar je pakket is.", "nl", []), ("نعرف كيف نوصل لك الطلب بسرعة.", "ar", []),
])
def test_we_know_where_to_find_you(text, language, rules):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == rules


@pytest.mark.parametrize("text,language,rules", [
    # a denied insult is reassurance ...
    ("You're not an idiot, it's a confusing menu.", "en", []), ("You are not a complete idiot.", "en", []),
    ("Je bent geen idioot hoor.", "nl", []), ("Je bent geen lastpak hoor, vraag gerust!", "nl", []),
    ("أنت مو غبي، القائمة محيرة.", "ar", []), ("لست غبياً، القائمة محيرة.", "ar", []),
    # ... but not when the negation belongs elsewhere
    ("Do not be stupid.", "en", ["toxicity.insult"]), ("You're not just an idiot, you're a liar.", "en",
                                                      ["toxicity.insult", "toxicity.insult"]),
    ("Doe niet zo achterlijk, het staat gewoon in de mail.", "nl", ["toxicity.insult"]),
    ("Je bent een idioot, geen klant.", "nl", ["toxicity.insult"]),
])
def test_a_denied_insult_is_no_insult(text, language, rules):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == rules


@pytest.mark.parametrize("text,language", [
    ("Ik zorg ervoor dat je er geen spijt van krijgt.", "nl"), ("Ik zorg ervoor dat je nooit meer een verkeerd pakket krijgt.", "nl"),
    ("De beveiliging zet je fiets buiten als hij voor de deur staat.", "nl"), ("We zoeken uit waar je pakket is.", "nl"),
    ("Ik hoop dat je nieuwe huis snel klaar is!", "nl"), ("Kus en groet, team Pakketpunt", "nl"),
    ("بخليك تندم إذا ما جربت العرض", "ar"), ("زي المهرج وصل وبيوصلك بكرة.", "ar"), ("عملية الدفع فاشلة، جرب مرة ثانية.", "ar"),
    ("الأمن بيطلعك من الموقف الخلفي عشان الزحمة.", "ar"), ("إن شاء الله يتحسن الوضع بكرة.", "ar"),
    ("مثل البزر الصغار يحبون هاللعبة.", "ar"), ("هذا كان خطأ غبي منا، آسفين!", "ar"),
])
def test_round_dl_dm_neighbours_are_clean(text, language):
    assert Linter(select=["toxicity"]).check(text, language=language).findings == []


@pytest.mark.parametrize("text,language,threat", [
    ("Keep it up and you might find your car gets towed somewhere you'll never find it.", "en", True),
    ("Do that again and you'll regret it.", "en", True),
    ("Keep this up and you'll never see your deposit again.", "en", True),
    ("Ga zo door en je auto wordt misschien weggesleept naar een plek waar je hem nooit meer vindt.", "nl", True),
    ("Doe dat nog een keer en je krijgt er spijt van.", "nl", True),
    ("استمر كذا ولا تستغرب إذا سيارتك انسحبت.", "ar", True), ("عيدها وراح تندم.", "ar", True),
    # the same dare with a reward after it (tests/fixtures/toxicity_neighbours.jsonl, for toxicity.abusive)
    ("Keep it up and you'll be done in a week!", "en", False),
    ("Keep going and you'll be done by Friday.", "en", False),
    ("Keep it up and you'll be fluent in no time!", "en", False),
    ("Keep at it and you'll finish the course in a week!", "en", False),
    ("Keep it up and you'll never find a better deal.", "en", False),
    ("Do that again next month and you'll get the same discount.", "en", False),
    ("Ga zo door en je bent binnen een week klaar!", "nl", False),
    ("Ga zo door en je krijgt nooit meer een te hoge rekening.", "nl", False),
    ("Doe dat volgende maand nog een keer en je krijgt dezelfde korting.", "nl", False),
    ("كمل على كذا وما راح تندم.", "ar", False), ("جرب الباقة الجديدة وما راح تندم.", "ar", False),
    ("حدث التطبيق وما راح تحتاج ترجع للفرع.", "ar", False),
    ("اطلب الحين وما راح تعرف الفرق بين التوصيل والاستلام.", "ar", False), ("استمر كذا وبتوصل للمستوى الذهبي.", "ar", False),
    ("عيدها الشهر الجاي وبتاخذ نفس الخصم.", "ar", False),
])
def test_a_dare_with_a_sanction_is_a_threat(text, language, threat):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert rules == (["toxicity.threat"] if threat else [])


@pytest.mark.parametrize("text,language,rule", [
    ("Then shop somewhere else, you miserable old git.", "en", "toxicity.insult"),
    ("روح تسوق من مكان ثاني يا النكد.", "ar", "toxicity.insult"),
    ("Our drivers know your address, Jake.", "en", "toxicity.threat"),
    ("Onze chauffeurs kennen je adres, Jesse.", "nl", "toxicity.threat"),
    ("سواقينا يعرفون عنوانك يا جاسم.", "ar", "toxicity.threat"),
    ("Jullie soort klaagt altijd over bezorgtijden.", "nl", "toxicity.identity_attack"),
    ("جماعتك دايم يتذمرون من مواعيد التوصيل.", "ar", "toxicity.identity_attack"),
])
def test_round_ej_el_toxicity(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("Run git pull to get the latest version.", "en"), ("We have your address on file, Jake.", "en"),
    ("We know your address has changed, so I've updated the delivery.", "en"),
    ("We know your address, so the parcel will reach you.", "en"),
    ("We weten je adres niet, kun je het sturen?", "nl"), ("Onze chauffeurs kennen je adres nu, dus de levering gaat goed.", "nl"),
    ("Jouw soort abonnement is altijd maandelijks opzegbaar.", "nl"), ("السواق يعرف عنوانك الجديد.", "ar"),
    ("جماعتك دايم يسألون عنك.", "ar"), ("نبي نخلص الموضوع بدون نكد.", "ar"),
])
def test_round_ej_el_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == []


@pytest.mark.parametrize("text,language,rule", [
    ("Guests from your part of the world tend to trash the rooms.", "en", "toxicity.identity_attack"),
    ("Gasten uit jouw deel van de wereld slopen vaak de kamers.", "nl", "toxicity.identity_attack"),
    ("الضيوف اللي من منطقتك من العالم عادةً يخربون الغرف.", "ar", "toxicity.identity_attack"),
    ("Do that and I'll personally make sure no hotel on this platform ever takes your booking again.", "en", "toxicity.threat"),
    ("Doe dat en ik zorg er persoonlijk voor dat geen enkel hotel nog een boeking van je accepteert.", "nl", "toxicity.threat"),
    ("سوها وأنا بنفسي بتأكد إن ولا فندق في المنصة يقبل حجزك.", "ar", "toxicity.threat"),
    ("Veel plezier in het krot, zielig mannetje.", "nl", "toxicity.insult"),
])
def test_round_eq_es_toxicity(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("We'll make sure no one charges you twice again.", "en"), ("Send us the photo and we'll make sure it's fixed.", "en"),
    ("Guests from your country usually need a visa, so please check before you travel.", "en"),
    ("Gasten uit jouw land hebben vaak een visum nodig.", "nl"), ("Doe dat en wij zorgen dat je boeking snel geregeld is.", "nl"),
    ("الضيوف اللي من بلدك عادةً يحتاجون فيزا.", "ar"),
])
def test_round_eq_es_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == []


@pytest.mark.parametrize("text,language", [
    ("Your names are impossible to say anyway, you can hardly blame her.", "en"),
    ("Jullie namen zijn toch niet uit te spreken.", "nl"), ("أساميكم أصلاً ما تنقال.", "ar"),
])
def test_a_groups_names_mocked_are_an_identity_attack(text, language):
    assert "toxicity.identity_attack" in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language,rule", [
    # put-downs with no insulting word, written as probes for toxicity.abusive before any pattern named them
    ("Crawl back under whatever rock you came from.", "en", "toxicity.insult"),
    ("Go cry to your mother about it.", "en", "toxicity.insult"),
    ("Someone with your brains shouldn't be allowed near a computer.", "en", "toxicity.insult"),
    ("Kruip terug onder de steen waar je vandaan kwam.", "nl", "toxicity.insult"),
    ("Ga maar janken bij je mama, watje.", "nl", "toxicity.insult"),
    ("Iemand met jouw hersens hoort niet achter een computer.", "nl", "toxicity.insult"),
    ("روح ابك عند أمك.", "ar", "toxicity.insult"), ("واحد بعقلك ما المفروض يقرب من الكمبيوتر.", "ar", "toxicity.insult"),
    ("بخلي حياتك جحيم إذا نزلت هالتقييم.", "ar", "toxicity.threat"),
])
def test_put_downs_without_an_insulting_word(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("The cat crawled back under the sofa.", "en"), ("Go and run to your car, the storm is coming!", "en"),
    ("Someone with your experience can't fail the test, you'll be fine.", "en"),
    ("Kruip terug in bed en rust lekker uit!", "nl"), ("Iemand met jouw ervaring hoort dit te weten, dus ik leg het kort uit.", "nl"),
    ("واحد بخبرتك ما يحتاج شرح طويل.", "ar"),
])
def test_put_down_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == []


@pytest.mark.parametrize("text,language,rule", [
    # round ew-fb (solar installer, fashion returns): what the lexicon missed, in other words than the round's
    ("Only a muppet would unplug the router halfway through an update.", "en", "toxicity.insult"),
    ("You've got the memory of a goldfish, we told you this yesterday.", "en", "toxicity.insult"),
    ("Carry on like this and we'll know how to deal with you.", "en", "toxicity.threat"),
    ("We know exactly how to handle people like you.", "en", "toxicity.threat"),
    ("Je bent echt een ongelooflijke zeikerd.", "nl", "toxicity.insult"),
    ("Alleen een sukkel zou de meterkast openschroeven.", "nl", "toxicity.insult"),
    ("Je hebt echt het geheugen van een goudvis.", "nl", "toxicity.insult"),
    ("We weten heus wel hoe we met types zoals jij moeten omgaan.", "nl", "toxicity.threat"),
    ("انتي مزعجة وما ينرضى عليك.", "ar", "toxicity.insult"),
    ("مخك بحجم مخ العصفور.", "ar", "toxicity.insult"),
    ("عقلك صغير وما يستوعب.", "ar", "toxicity.insult"),
    ("كمل على هالأسلوب وبنعرف شلون نتعامل معك.", "ar", "toxicity.threat"),
    ("هذا طبع الأجانب، كل شي يبونه ببلاش.", "ar", "toxicity.identity_attack"),
])
def test_round_ew_fb_put_downs_threats_and_groups(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("Only a few customers are affected by the outage.", "en"),
    ("We know how to deal with you if the meter turns out to be faulty: we replace it.", "en"),
    ("We know how to deal with this, leave it with us.", "en"),
    ("The memory of your phone is full; delete a few photos.", "en"),
    ("Alleen een monteur mag de meterkast openen.", "nl"),
    ("We weten hoe we met uw klacht moeten omgaan en bellen u morgen.", "nl"),
    ("Het geheugen van de omvormer is vol.", "nl"),
    ("نعرف كيف نتعامل مع طلبك بسرعة.", "ar"), ("عقلك الباطن يقول غير.", "ar"), ("هذي عادة الشركات الكبيرة.", "ar"),
    ("إنتي على حق، والخطأ منا.", "ar"),
])
def test_round_ew_fb_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == []


@pytest.mark.parametrize("text,language,insult", [
    # a thing given to the customer is not a name for them (found while fixing round fj)
    ("We'll send you a dog bowl with the next order.", "en", False), ("We sent you a cow bell yesterday.", "en", False),
    ("We'll send you a new plank for the shelf.", "en", False), ("We sturen u een nieuwe kip.", "nl", False),
    ("I'll get you a new charger, you clown.", "en", True), ("You absolute plank.", "en", True),
    ("You are a pig.", "en", True), ("Jij bent een aap.", "nl", True), ("Lees eerst de voorwaarden, domoor.", "nl", True),
    ("Wat ben jij een pannenkoek.", "nl", True),
])
def test_an_insult_word_after_you_a_is_a_thing_given(text, language, insult):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert rules == (["toxicity.insult"] if insult else [])


@pytest.mark.parametrize("text,language", [
    # round fm-fo: names and reported speech
    ("Our Hell's Kitchen branch closes at 9pm.", "en"), ("We serve a great Bloody Mary at the bar.", "en"),
    ("In uw klacht schrijft u dat de bezorger u 'een sukkel' noemde. Dat is onacceptabel.", "nl"),
    ("De bezorger noemde u 'een sukkel'; hij krijgt een waarschuwing.", "nl"),
])
def test_names_and_reported_speech_are_not_the_agents_words(text, language):
    assert Linter(select=["toxicity"]).check(text, language=language).findings == []


def test_a_mild_swear_word_capitalised_by_itself_is_still_swearing():
    rules = [f.rule for f in Linter(select=["toxicity"]).check("What the Hell is this.", language="en").findings]
    assert rules == ["toxicity.profanity"]


@pytest.mark.parametrize("text,language,rule", [
    # round fp-fr (a DIY store): what the lexicon missed, in other sentences
    ("Honestly, you walking disaster, read the label.", "en", "toxicity.insult"),
    ("Anyone with the IQ of a houseplant could follow these steps.", "en", "toxicity.insult"),
    ("Keep yelling at my staff and you'll leave with more than a refund.", "en", "toxicity.threat"),
    ("Carry on like that and you'll go home in an ambulance.", "en", "toxicity.threat"),
    ("Pensioners and smartphones, honestly.", "en", "toxicity.identity_attack"),
    ("Stick your complaint up your backside.", "en", "toxicity.obscene"),
    ("Die klacht mag u in uw reet steken.", "nl", "toxicity.obscene"),
    ("Jij bent een wandelende ramp.", "nl", "toxicity.insult"),
    ("Met het IQ van een kamerplant kom je er niet.", "nl", "toxicity.insult"),
    ("Kom nog eens zo schreeuwend binnen en je gaat met meer dan een bon naar huis.", "nl", "toxicity.threat"),
    ("Ouderen en smartphones, tja.", "nl", "toxicity.identity_attack"),
    ("الشيبان والجوالات، وش كنت متوقع.", "ar", "toxicity.identity_attack"),
    ("هذا واحد عقله عقل الطفل.", "ar", "toxicity.insult"),
    ("تعال تصرخ كذا مرة ثانية وبتطلع بشي أكثر من الفاتورة.", "ar", "toxicity.threat"),
])
def test_round_fp_fr_insults_threats_and_groups(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("What a disaster, I'm so sorry! A new one ships today.", "en"), ("Women and children first, of course.", "en"),
    ("Women and men both love this jacket.", "en"), ("Our AI assistant has the intelligence of a seasoned engineer.", "en"),
    ("Come again and you'll leave with more than a smile!", "en"), ("Buy today and you'll leave with more than a sofa!", "en"),
    ("Wat een ramp, het spijt me! Er gaat vandaag een nieuwe de deur uit.", "nl"),
    ("Vrouwen en kinderen krijgen korting, natuurlijk.", "nl"),
    ("U gaat met meer dan een bank naar huis: de kussens zijn gratis!", "nl"),
    ("يا مصيبة، آسفين جداً!", "ar"), ("النساء والرجال يحبون هالعطر.", "ar"),
    # (on the tone model's threshold: 'مرة ثانية' (a second time, 14) and 'أكثر' (more, 11) against 'مجانا' (-8);
    # 0.72 after round jo, 0.707 after the retrain that followed, 0.664 after rounds jy-ke)
    ("زورنا مرة ثانية وبتطلع بشي أكثر من الكنبة: الوسايد مجاناً!", "ar"),
    ("ذكاء اصطناعي يساعدك في اختيار المقاس.", "ar"),
])
def test_round_fp_fr_neighbours_are_clean(text, language):
    report = Linter(select=["toxicity.insult", "toxicity.threat", "toxicity.identity_attack", "toxicity.obscene",
                            "toxicity.profanity", "tone"]).check(text, language=language)
    assert [f.rule for f in report.findings if f.rule != "tone.commitment"] == []


@pytest.mark.parametrize("text,language,rule", [
    # round ge-gg (football tickets), in other sentences
    ("If you people could read, you'd have seen the kick-off time.", "en", "toxicity.insult"),
    ("Proper muppet behaviour, losing a ticket twice.", "en", "toxicity.insult"),
    ("You guys in the north stand are nothing but thugs.", "en", "toxicity.insult"),
    ("One more message like that and you'll regret it.", "en", "toxicity.threat"),
    ("Go back to your own country if you don't like it here.", "en", "toxicity.identity_attack"),
    ("Als jij kon tellen, wist je dat je drie kaarten had.", "nl", "toxicity.insult"),
    ("Wat een idioot gedrag, zeg.", "nl", "toxicity.insult"),
    ("Jullie fans zijn echt allemaal tuig.", "nl", "toxicity.insult"),
    ("Nog één zo'n bericht en je krijgt er spijt van.", "nl", "toxicity.threat"),
    ("لو أنت تعرف تقرأ كان شفت موعد المباراة.", "ar", "toxicity.insult"),
    ("حركات بزران، تضيع التذكرة مرتين.", "ar", "toxicity.insult"),
    ("كلكم همج من أول يوم.", "ar", "toxicity.insult"),
])
def test_round_ge_gg_insults_and_threats(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("If you could read the code on the back of the card to me, I'll activate it.", "en"),
    ("You lot are all set for Saturday: see you at Gate 4!", "en"),
    ("Send one more email with the photo and we'll process the refund.", "en"),
    ("We'll have someone waiting for you at the gate to help with the wheelchair.", "en"),
    ("Als u kunt lezen wat er op de kaart staat, kan ik hem activeren.", "nl"),
    ("Jullie zijn allemaal welkom op de open dag!", "nl"),
    ("عندنا قطط وكلاب، وكلهم حيوانات أليفة ومطعمة.", "ar"), ("إذا تقدر تقرأ لي الرقم اللي ورا البطاقة، بفعلها لك.", "ar"),
])
def test_round_ge_gg_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings
            if f.rule != "toxicity.abusive"] == []


@pytest.mark.parametrize("text,language,rule", [
    # round gq-gs (property management), in other sentences
    ("The house is a dump and so are you.", "en", "toxicity.insult"),
    ("You live like a pig, frankly.", "en", "toxicity.insult"),
    ("Keep your brats off the lawn.", "en", "toxicity.insult"),
    ("Tenants on this estate are all the same.", "en", "toxicity.insult"),
    ("Report it again and your deposit is gone.", "en", "toxicity.threat"),
    ("Het huis is een krot en jij bent net zo.", "nl", "toxicity.insult"),
    ("Jullie wonen als beesten.", "nl", "toxicity.insult"),
    ("Bewoners van die flat zijn allemaal hetzelfde.", "nl", "toxicity.insult"),
    ("Mail nog één keer en je borg is weg.", "nl", "toxicity.threat"),
    ("البيت مزبلة وانت مو أحسن منه.", "ar", "toxicity.insult"),
    ("ناس هالمنطقة كلهم زي بعض.", "ar", "toxicity.insult"),
    ("اشتكي مرة ثانية وانسى العربون.", "ar", "toxicity.threat"),
])
def test_round_gq_gs_insults_and_threats(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("The tip is open on Sundays, and so are we.", "en"), ("Your kids will love the new park.", "en"),
    ("People from that street are all welcome at the open day.", "en"), ("Living like a local is easy in Lisbon.", "en"),
    ("Buy twice and your deposit disappears from the bill.", "en"),
    ("Mensen uit die wijk zijn allemaal welkom.", "nl"), ("Leven als een koning in ons hotel!", "nl"),
    ("سكان الحي كلهم مدعوين للافتتاح.", "ar"), ("المشروع عالة على الميزانية.", "ar"),
])
def test_round_gq_gs_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings
            if f.rule != "toxicity.abusive"] == []


@pytest.mark.parametrize("text,language,rule", [
    # round gw-gy (gym memberships), in other sentences
    ("You moan about every class. Truly pathetic.", "en", "toxicity.insult"),
    ("Stop complaining, you spoilt little snowflake.", "en", "toxicity.insult"),
    ("Nice car you've got. Be a shame if something happened to your car.", "en", "toxicity.threat"),
    ("It'd be a real shame if your locker got emptied, given the way you speak to the staff.", "en", "toxicity.threat"),
    ("We'll see how tough you are when you're on your own in the car park.", "en", "toxicity.threat"),
    ("Staff from that part of the world, they never turn up on time.", "en", "toxicity.identity_attack"),
    ("Jij klaagt over elke les. Gewoon zielig.", "nl", "toxicity.insult"),
    ("Ga toch sporten, vette zak.", "nl", "toxicity.insult"),
    ("Dat komt omdat je een verwende jankerd bent.", "nl", "toxicity.insult"),
    ("Zou jammer zijn als er iets met je auto gebeurt.", "nl", "toxicity.threat"),
    ("We zien wel hoe stoer je bent als je alleen op de parkeerplaats staat.", "nl", "toxicity.threat"),
    ("Mensen uit zulke landen, die kunnen nooit iets goed doen.", "nl", "toxicity.identity_attack"),
    ("ما أحد بيرجع لك فلوسك يا طفيلي.", "ar", "toxicity.insult"),
    ("راح نشوف جرأتك لما تكون بروحك في المواقف.", "ar", "toxicity.threat"),
    ("هذي الجنسيات ما يعرفون يشتغلون.", "ar", "toxicity.identity_attack"),
    ("Het kan ons geen ene flikker schelen.", "nl", "toxicity.profanity"),
    ("أمثالك هم السبب في كل هالمشاكل.", "ar", "toxicity.insult"),
])
def test_round_gw_gy_insults_and_threats(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("It would be a shame if you missed the sale, so I've added the code to your account.", "en"),
    ("It'd be a pity if it happened again, wouldn't it? So I've asked the courier to ring first.", "en"),
    ("We'll see how brave you feel after the first spin class!", "en"),
    ("Parcels from over there can take longer; they don't always get scanned at customs.", "en"),
    ("The courier charged you twice? Honestly ridiculous. I've refunded it.", "en"),
    ("It would be a shame if something happened to your order in transit, so I've insured it.", "en"),
    ("Zonde als u de actie mist, dus ik heb de code toegevoegd.", "nl"),
    ("Zou jammer zijn als dat nog eens gebeurt, toch? Daarom bel ik de bezorger.", "nl"),
    ("We sturen u een nieuwe, grote zak voor het gras.", "nl"),
    ("Omdat je een trouwe klant bent, krijg je tien procent korting.", "nl"),
    ("Pakketten uit die landen doen er soms langer over.", "nl"),
    ("لأنك عميل مميز، أضفنا لك خصم ١٠٪.", "ar"),
    ("مؤسف لو تكرر التأخير، عشان كذا كلمت شركة الشحن.", "ar"),
    ("نقدر أمثالك من العملاء الأوفياء.", "ar"), ("عملاء أمثالك هم سبب نجاحنا.", "ar"),
])
def test_round_gw_gy_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings
            if f.rule != "toxicity.abusive"] == []


@pytest.mark.parametrize("text,language,rule", [
    # round gz-hb (public replies of food-delivery brands), in other sentences
    ("No wonder it's cold, you live in a pigsty.", "en", "toxicity.insult"),
    ("Nobody cares what a whinger like you thinks.", "en", "toxicity.insult"),
    ("Our riders know your address, so watch yourself.", "en", "toxicity.threat"),
    ("Go and whine to the ombudsman then.", "en", "toxicity.insult"),
    ("Je woont in een krot, wat verwacht je.", "nl", "toxicity.insult"),
    ("Een zeurkous zoals jij verdient geen korting.", "nl", "toxicity.insult"),
    ("Wij kennen je adres, dus pas maar op.", "nl", "toxicity.threat"),
    ("Ga dan maar janken bij de Consumentenbond.", "nl", "toxicity.insult"),
    ("عايش في زريبة وتبي الأكل يوصل حار؟", "ar", "toxicity.insult"),
    ("عندنا عنوانك، فدير بالك.", "ar", "toxicity.threat"),
    # 'whine to': ابكي (cry); 'روح اشتكي للهيئة' (go complain to the regulator) is a brush-off, tone.dismissive
    ("روح ابكي عند البلدية.", "ar", "toxicity.insult"),
    ("ناس ديرتكم كلهم نفس الشي.", "ar", "toxicity.identity_attack"),
])
def test_round_gz_hb_insults_and_threats(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language", [
    ("You live in a lovely area; the rider just missed the turning.", "en"),
    ("We have your address on file, so the refund card will come by post.", "en"),
    ("Go ahead and complain to the ombudsman if you're not happy; here's the link.", "en"),
    ("Customers like you keep us going, thank you!", "en"),
    ("U woont in een mooie wijk; de bezorger miste de afslag.", "nl"),
    ("We hebben je adres, dus de cadeaukaart komt per post.", "nl"),
    ("عندنا عنوانك، فبنرسل لك البطاقة بالبريد.", "ar"),
    ("ساكن في حي جميل، بس المندوب ضيع الطريق.", "ar"),
])
def test_round_gz_hb_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings
            if f.rule != "toxicity.abusive"] == []


@pytest.mark.parametrize("word,names,same", [
    ("نواف", ["nawaf", "q"], True), ("محمد", ["Mohammed"], True), ("محمد", ["Ahmed"], False),
    ("سارة", ["Sarah"], True), ("عبدالله", ["abdullah"], True), ("Khaled", ["خالد"], True),
    ("نواف", ["maria"], False), ("nawaf", ["nawaf"], False),  # the same script is close_name's business
])
def test_a_name_in_the_other_script(word, names, same):
    from replylint.structure import same_name_across_scripts

    assert same_name_across_scripts(word, names) is same


def test_a_reply_to_a_latin_handle_may_greet_in_arabic():
    report = Linter(select=["context", "typo"]).check(
        "آسفين يا نواف، هذا تقصير منا. رجعنا لك ٤٥ ريال كاملة.", language="ar",
        context={"customer": {"name": "@nawaf_q"}})
    assert [f.rule for f in report.findings] == []
    wrong = Linter(select=["context"]).check("آسفين يا سارة، هذا تقصير منا.", language="ar",
                                             context={"customer": {"name": "@nawaf_q"}})
    assert [f.rule for f in wrong.findings] == ["context.wrong_name"]


@pytest.mark.parametrize("text,language,threat", [
    ("Als je zo blijft doen weet ik je adres te vinden hoor, Kees.", "nl", True),
    ("Dan weten we waar je woont.", "nl", True),
    ("We weten je adres te vinden in het systeem, een moment.", "nl", False),
    ("Keep it up, I can find your address easily enough.", "en", True),
    ("We'll find out where you live.", "en", True),
    ("We know where to find your house.", "en", True),
    ("I can find your address in the system, one moment.", "en", False),
    ("I'll find your address on the order and update it.", "en", False),
    ("We'll find out where your parcel is.", "en", False),
])
def test_knowing_where_to_find_the_customer(text, language, threat):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert ("toxicity.threat" in rules) is threat


@pytest.mark.parametrize("text,language,threat", [
    ("Ask again and see what happens.", "en", True),
    ("Talk to my staff like that again and see what happens!", "en", True),
    ("Restart it again and see what happens to the light.", "en", False),
    ("Vraag het nog één keer en je zult zien wat er gebeurt.", "nl", True),
    ("Bel nog een keer en je ziet wat er gebeurt.", "nl", True),
    ("Probeer het nog een keer en kijk wat er gebeurt met het lampje.", "nl", False),
    ("اسأل مرة ثانية وشوف وش بيصير.", "ar", True),
    ("اضغط الزر مرة ثانية وشوف وش يصير باللمبة.", "ar", False),
])
def test_a_dare_to_ask_again(text, language, threat):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert ("toxicity.threat" in rules) is threat


@pytest.mark.parametrize("text,language,rule,found", [
    ("Complain all you like mate, the engineer knows where you live and he's not happy.", "en", "toxicity.threat",
     True),
    ("The engineer knows where you live from the booking, so no need to send the address.", "en", "toxicity.threat",
     False),
    ("Leave your review, he'll pop round to thank you personally.", "en", "toxicity.threat", True),
    ("Doe maar, dan komt onze monteur je eens persoonlijk bedanken bij je huis.", "nl", "toxicity.threat", True),
    ("Klaag maar, de monteur weet waar je woont.", "nl", "toxicity.threat", True),
    ("De monteur weet waar je woont, hij is er vorige week ook geweest.", "nl", "toxicity.threat", False),
    ("اكتب، والفني يعرف بيتك زين وبيمر عليك يشكرك بنفسه.", "ar", "toxicity.threat", True),
    ("الفني يعرف بيتك زين، ما يحتاج ترسل الموقع.", "ar", "toxicity.threat", False),
    ("Kijk eerst eens in de spiegel, stuk onbenul.", "nl", "toxicity.insult", True),
    ("روح الله لا يردك، واحد نشبة ما منه فايدة.", "ar", "toxicity.insult", True),
    ("ما شاء الله لا يردك الله إلا سالم.", "ar", "toxicity.insult", False),
    ("It went up because you use a ridiculous amount of electricity.", "en", "toxicity.insult", False),
    ("You are ridiculous.", "en", "toxicity.insult", True),
])
def test_round_hl_hn_toxicity(text, language, rule, found):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert (rule in rules) is found


# Frequent words the lexicon once reported in a neutral sentence (benchmarks/lexicon_frequent_words.py): an
# ending read as an inflection ('twitter' as 'twit'), a plural read as a slur's ('spices'), a suffix read on an
# obscene word ('زبون', customer), a noun that is also a curse in another sense ('kaken' jaws, 'pijpen' pipes)
@pytest.mark.parametrize("text,language", [
    ("I saw it on Twitter this morning.", "en"), ("Add the spices after ten minutes.", "en"),
    ("I pricked my finger on the packaging.", "en"), ("Our cocker spaniel loves the new bed.", "en"),
    ("That's damning evidence against the courier.", "en"), ("The erection of the scaffolding starts Monday.", "en"),
    ("De monteur heeft de pijpen vervangen.", "nl"), ("Er zitten barsten in het scherm.", "nl"),
    ("We naaien de zoom opnieuw.", "nl"), ("De verbinding was gestoord.", "nl"), ("De klerenkast is onderweg.", "nl"),
    ("Hij had pijn aan zijn kaken na de behandeling.", "nl"),
    ("نحن نهتم بكل زبون.", "ar"), ("الزبون دائماً على حق.", "ar"), ("حذاء نيكي وصل اليوم.", "ar"),
    ("نعتذر لأن الغرفة كانت قذرة، وغيرناها لك.", "ar"), ("هذا سلوك شاذ من النظام وصلحناه.", "ar"),
    ("الطبق ما فيه لحم خنزير.", "ar"), ("كانت الطلبية ناقصة ووصلت القطعة اليوم.", "ar"),
])
def test_frequent_benign_words(text, language):
    linter = Linter(select=["toxicity"], ignore=["toxicity.abusive"])
    assert [f.rule for f in linter.check(text, language=language).findings] == []


@pytest.mark.parametrize("text,language,rule", [
    ("Spics like you.", "en", "toxicity.identity_attack"), ("Jij bent gestoord.", "nl", "toxicity.insult"),
    ("يا قذر.", "ar", "toxicity.insult"), ("وانت قذر.", "ar", "toxicity.insult"),
])
def test_the_words_still_insult_when_aimed(text, language, rule):
    assert rule in [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]


@pytest.mark.parametrize("text,language,rule,found", [
    ("The only shambles here is you, mate.", "en", "toxicity.insult", True),
    ("The only problem here is your router, not you.", "en", "toxicity.insult", False),
    ("Report away. People like you are why we need security on the door.", "en", "toxicity.insult", True),
    ("Customers like you are why we love this job.", "en", "toxicity.insult", False),
    ("Sort your life out.", "en", "toxicity.insult", True),
    ("Until then, expect us at every hour God sends.", "en", "toxicity.threat", True),
    ("De enige puinhoop hier ben jij, makker.", "nl", "toxicity.insult", True),
    ("Door types zoals jij hebben we beveiliging bij de deur nodig.", "nl", "toxicity.insult", True),
    ("Dankzij klanten zoals u kunnen we groeien.", "nl", "toxicity.insult", False),
    ("Tot die tijd kun je ons dag en nacht aan de deur verwachten.", "nl", "toxicity.threat", True),
    ("الفوضى الوحيدة هنا هي إنت يا أخي.", "ar", "toxicity.insult", True),
    ("أشكالك هم السبب إننا حاطين أمن على الباب.", "ar", "toxicity.insult", True),
    ("لين ذاك الوقت توقعنا عند بابك ليل ونهار.", "ar", "toxicity.threat", True),
    ("نعتذر، كان هذا خطأ غبي من جهتنا.", "ar", "toxicity.insult", False),
])
def test_round_ho_hq_toxicity(text, language, rule, found):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert (rule in rules) is found


@pytest.mark.parametrize("text,language,found", [
    ("Maybe the course wasn't the problem. Some people just aren't cut out for learning.", "en", True),
    ("Some people aren't cut out for night shifts, so we offer day slots too.", "en", False),
    ("Go ahead. Nobody reads reviews from cranks anyway.", "en", True),
    ("Reviews from customers help us improve.", "en", False),
    ("Sommige mensen zijn gewoon niet in de wieg gelegd om te leren.", "nl", True),
    ("بعض الناس ما خلقوا للتعلم أصلاً.", "ar", True),
])
def test_round_hr_ht_toxicity(text, language, found):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert ("toxicity.insult" in rules) is found


@pytest.mark.parametrize("text,language,rule,found", [
    ("The only robbery here is you trying to get a free ride out of us, you cheapskate.", "en", "toxicity.insult", True),
    ("Report him, and I'll make sure every driver in this city knows your face and refuses you.", "en",
     "toxicity.threat", True),
    ("I'll make sure every driver in the area gets your new pickup point.", "en", "toxicity.threat", False),
    ("De enige diefstal hier is jij die een gratis ritje probeert te krijgen, vrek.", "nl", "toxicity.insult", True),
    ("Doe maar, dan zorg ik dat elke chauffeur in deze stad je gezicht kent en je laat staan.", "nl",
     "toxicity.threat", True),
    ("Ik zorg dat elke chauffeur je nieuwe ophaalpunt kent.", "nl", "toxicity.threat", False),
    ("السرقة الوحيدة هنا إنك تبي مشوار ببلاش.", "ar", "toxicity.insult", True),
])
def test_round_hx_hz_toxicity(text, language, rule, found):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert (rule in rules) is found


@pytest.mark.parametrize("text,found", [
    ("Honestly you disgust me.", True), ("Honestly, you make me sick.", True), ("You're vile.", True),
    ("You are a nasty piece of work.", True), ("Nobody likes you, honestly.", True),
    ("Honestly, nobody could stand you for five minutes.", True),
    ("Honestly, you're the worst customer I've ever had.", True),
    ("People like you should be banned from the internet.", True),
    ("Honestly, your whining is unbearable and so are you.", True),
    ("The weather was horrible, sorry the driver was late.", False),
    ("The noise is unbearable, I'm so sorry; we'll move you to another room.", False),
    ("Customers like you should be rewarded, so here's a voucher.", False),
])
def test_plain_english_put_downs(text, found):
    assert bool([f for f in Linter(select=["toxicity"], ignore=["toxicity.abusive"]).check(text, language="en").findings
                 if f.rule == "toxicity.insult"]) is found


@pytest.mark.parametrize("text,language,rule,found", [
    ("Je bent echt het toppunt van domheid.", "nl", "toxicity.insult", True),
    ("Je bent een schande voor je familie.", "nl", "toxicity.insult", True),
    ("وش هالعجوز النكدية.", "ar", "toxicity.insult", True), ("ما نبي زباين مثلك.", "ar", "toxicity.insult", True),
    ("شكلك مسكين ومثير للشفقة.", "ar", "toxicity.insult", True), ("إنت عار على أهلك.", "ar", "toxicity.insult", True),
    ("لو اتصلت مرة ثانية بنجيك لين البيت.", "ar", "toxicity.threat", True),
    ("بنجيك لين البيت نركب الراوتر يوم الأحد.", "ar", "toxicity.threat", False),
    ("إذا ما اشتغل بنجيك لين البيت نصلحه.", "ar", "toxicity.threat", False),
    ("شكلك محتاج الباقة الأكبر.", "ar", "toxicity.insult", False),
])
def test_round_id_ie_toxicity(text, language, rule, found):
    rules = [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings]
    assert (rule in rules) is found


@pytest.mark.parametrize("text", ["بصراحة أنت تقرفني.", "بصراحة ما أحد يتحملك.", "وجهك ما ينشاف.", "بصراحة وجودك عبء علينا."])
def test_plain_arabic_put_downs(text):
    assert "toxicity.insult" in [f.rule for f in Linter(select=["toxicity"]).check(text, language="ar").findings]


@pytest.mark.parametrize("text,language,found", [
    ("You're a c.u.n.t", "en", True), ("Ur so dumb lol", "en", True), ("Plan a b.c.d. test.", "en", False),
    ("Ur order ships today.", "en", False), ("انت غبيييي", "ar", True), ("يا حيوااان", "ar", True),
    ("ممتاز، شكراااا!", "ar", False),
])
def test_more_disguises(text, language, found):
    linter = Linter(select=["toxicity"], ignore=["toxicity.abusive"])
    assert bool(linter.check(text, language=language).findings) is found


# veiled threats, and advice or concern in the same words
@pytest.mark.parametrize("text,language,found", [
    ("I'd be careful if I were you.", "en", True),
    ("I'd be careful if I were you with public Wi-Fi, use the VPN.", "en", False),
    ("We know people who can make your life difficult.", "en", True),
    ("It would be a shame if your account got hacked.", "en", True),
    ("It would be a shame if your order got cancelled, so I've extended the payment deadline.", "en", False),
    ("Don't make me come down there.", "en", True), ("You won't get away with this.", "en", True),
    ("Keep it up and see where it gets you.", "en", True),
    ("Daar ga je spijt van krijgen.", "nl", True), ("Daar ga je geen spijt van krijgen!", "nl", False),
    ("Kijk maar uit.", "nl", True), ("Kijk maar uit naar onze zomersale!", "nl", False),
    ("Ik zou maar oppassen als ik jou was.", "nl", True),
    ("Het zou zonde zijn als je account gehackt werd.", "nl", True),
    ("Nog één woord en je hoort van onze advocaat, en niet op een leuke manier.", "nl", True),
    ("لو مكانك كان خفت.", "ar", True), ("ما راح تفلت مني.", "ar", True), ("حرام لو حسابك انسرق فجأة.", "ar", True),
])
def test_veiled_threats(text, language, found):
    rules = [f.rule for f in Linter(select=["toxicity"], ignore=["toxicity.abusive"]).check(text, language=language).findings]
    assert ("toxicity.threat" in rules) is found


# round if-ik (tests/fixtures/phrasings.jsonl), with the clean neighbours of its new patterns
@pytest.mark.parametrize("text,lang,kind,found", [
    ("If you do that, I'll make sure no insurer in the state ever covers you again.", "en", "threat", True),
    ("If you do that, we'll make sure nobody from our team calls you again.", "en", "threat", False),
    ("If you do that, we'll make sure you never get charged twice.", "en", "threat", False),
    ("Maar als je dat doet, zorg ik ervoor dat je nergens in Nederland nog een kamer kunt boeken.", "nl", "threat", True),
    ("Als je dat doet, zorg ik ervoor dat je geen kosten betaalt.", "nl", "threat", False),
    ("انشر، وشوف شو رح يصير لخطك.", "ar", "threat", True),
    ("حدّث التطبيق وشوف شو بيصير لحسابك بعدها.", "ar", "threat", False),
    ("اشتكي، وبعدها متستغربيش لو الطيار جالك البيت يعلمك الأدب.", "ar", "threat", True),
    ("We don't really want your kind on our books, to be honest.", "en", "identity_attack", True),
    ("We really appreciate your kind words.", "en", "identity_attack", False),
])
def test_round_if_ik_toxicity(text, lang, kind, found):
    assert any(k == kind for k, _ in tox(text, lang)) is found


# round il-iq (tests/fixtures/phrasings.jsonl), with the clean neighbours of its new patterns
@pytest.mark.parametrize("text,lang,kind,found", [
    ("The only joke here is a grown man throwing a tantrum over a baggage fee.", "en", "insult", True),
    ("Please do. Security will be waiting for you, and trust me, you won't enjoy the conversation.", "en", "threat", True),
    ("Our staff will be waiting for you at the gate with a wheelchair.", "en", "threat", False),
    ("Look, we don't need you lot turning the gate into a mosque.", "en", "identity_attack", True),
    ("Kom maar langs. Onze portier is 1,90 en heeft er wel zin in.", "nl", "threat", True),
    ("Onze beveiliging is 24 uur per dag aanwezig.", "nl", "threat", False),
    ("Jullie zijn ook wel erg snel beledigd.", "nl", "identity_attack", True),
    ("اكتب، وأنا أوعدك إن اسمك يصير على كل صيدلية بالرياض وما أحد يصرف لك ولا حبة.", "ar", "threat", True),
    ("أغلقيه، فأمثالك من النساء لا يفهمن في الأمور المالية أصلاً.", "ar", "identity_attack", True),
    ("النساء يقدرن يفتحن حساب توفير بدون رسوم.", "ar", "identity_attack", False),
])
def test_round_il_iq_toxicity(text, lang, kind, found):
    assert any(k == kind for k, _ in tox(text, lang)) is found


@pytest.mark.parametrize("text", ["يا غ*بي.", "انت غ*بي", "يا ح.م.ا.ر"])
def test_arabic_insults_with_marks_between_the_letters(text):
    assert [k for k, _ in tox(text, "ar")] == ["insult"]


@pytest.mark.parametrize("text,lang", [("نعرف كيف نوصل لك الطلب بسرعة.", "ar"), ("نعرف إن الانتظار مزعج، وبنحاول نسرّع الموضوع.", "ar"), ("نحن نعرف كم هذا مزعج، ونعمل على حله.", "ar"), ("We know how frustrating this is, and we're on it.", "en"), ("We weten hoe vervelend dit is, en we zoeken het uit.", "nl"), ("نعرف وين المشكلة الحين، والفني بيجيك بكرة.", "ar")])
def test_we_know_is_no_threat(text, lang):
    assert [k for k, _ in tox(text, lang)] == []


# rounds jc-jh: age and the body as the insult, lawyers who 'eat you alive', Egyptian future threats ('هكسر'),
# the customer's neighbourhood generalised about
@pytest.mark.parametrize("text,lang", [
    ("We'll eat you alive in court.", 'en'),
    ("By the time we're done with you, you won't have a penny left.", 'en'),
    ('Calm down, grandpa.', 'en'),
    ('Maybe lay off the pizza before you blame the seat size.', 'en'),
    ('Customers from your neighbourhood always pay late.', 'en'),
    ('Rustig aan, opa.', 'nl'),
    ('Misschien moet u eerst wat afvallen.', 'nl'),
    ('Mensen uit jouw wijk betalen altijd te laat.', 'nl'),
    ('هضربك لو شفتك.', 'ar'),
    ('حكسر وشك.', 'ar'),
    ('خففي من الأكل شوي قبل ما تشتكي من المقاس.', 'ar'),
])
def test_round_jc_jh_toxicity(text, lang):
    assert tox(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("Our gym programme can help you lose some weight if that's your goal.", "en"),
    ("Try eating less sugar in the evening, our nutritionist says it helps with sleep.", "en"),
    ("Thanks, old friend, it was a pleasure to help!", "en"),
    ("By the time you read this, your refund will be on its way.", "en"),
    ("People from your area can pick up parcels at the Elm Street locker.", "en"),
    ("Misschien kunt u eerst de app bijwerken voordat u opnieuw inlogt.", "nl"),
    ("Mensen uit jouw buurt kunnen hun pakket ophalen bij de supermarkt op de hoek.", "nl"),
    ("هكلم المندوب وأرد عليك خلال ساعة.", "ar"),
    ("حضبطلك الباقة الجديدة من عندي.", "ar"),
    ("خفف الأكل المالح زي ما قال الدكتور، والدواء يتاخد بعد الأكل.", "ar"),
])
def test_round_jc_jh_toxicity_neighbours(text, lang):
    assert tox(text, lang) == []


# rounds ji-jn: retaliation ('see how you like that', 'one more remark like that and'), a background generalised
# about, Levantine 'بعرف وين ساكن'
@pytest.mark.parametrize("text,lang", [
    ("I'll cancel your booking myself, see how you like that.", 'en'),
    ("One more remark like that and I'll have you banned.", 'en'),
    ('People of Nigerian origin are more often involved in fraud.', 'en'),
    ("Nog één zo'n opmerking en ik blokkeer je account.", 'nl'),
    ('Klanten met een Marokkaanse achtergrond betalen vaker te laat.', 'nl'),
    ('منعرف وين بيتك.', 'ar'),
    ('كمان كلمة وحدة زي هاي وبسكر الخط.', 'ar'),
])
def test_round_ji_jn_toxicity(text, lang):
    assert tox(text, lang)


@pytest.mark.parametrize("text,lang", [
    ("We know where your parcel is: it's at the Leeds depot.", 'en'),
    ("I know where you can find the form: it's under Settings.", 'en'),
    ("We know where the delay came from and we've fixed it.", 'en'),
    ('You are in safe hands, and we know where to look.', 'en'),
    ('We weten waar je pakket is: het ligt bij het afhaalpunt.', 'nl'),
    ('نعرف وين طلبك الحين، هو في المستودع.', 'ar'),
    ("You'll find the return label inside the box.", 'en'),
    ("Keep it up and you'll reach Gold status next month!", 'en'),
    ("You'll find out more about the new plans on our website.", 'en'),
    ('Je vindt het retourlabel in de doos.', 'nl'),
    ('بتلاقي ملصق الإرجاع داخل الكرتونة.', 'ar'),
    ('Customers like you are why we love what we do.', 'en'),
    ('People like you make this job worth doing, thank you!', 'en'),
    ('Klanten zoals jij maken dit werk de moeite waard.', 'nl'),
    ('عملاء مثلك هم سبب حبنا لشغلنا.', 'ar'),
])
def test_knowing_where_something_is_is_no_threat(text, lang):
    """'I know where you live' taught the model 'know where' and 'where you': these are what agents mostly mean."""
    assert tox(text, lang) == []


@pytest.mark.parametrize("text,lang", [
    ("You'll be all set by Friday, and I'll email you the receipt.", 'en'),
    ("Keep going with the setup and you'll be finished in no time!", 'en'),
    ("Once the update is in, you'll be able to log in again.", 'en'),
    ('Ga zo door en je bent binnen een week klaar met de cursus!', 'nl'),
])
def test_encouragement_is_no_threat(text, lang):
    """'you won't be leaving here in one piece' taught the model 'll be': encouragement and promises use it most."""
    assert tox(text, lang) == []


# after rounds lv-ma ('ربي عقلك شوي' became a positive): the customer's mind in kind and plain sentences stays clean
@pytest.mark.parametrize("text,language", [
    ("ريّح عقلك وخلي الباقي علينا.", "ar"),
    ("خلي عقلك مرتاح، الطلب بيوصل بكرة.", "ar"),
    ("الموضوع شغل عقلي أنا كمان، وبلغت الإدارة.", "ar"),
    ("عقلك الباطن يقول غير، بس الفاتورة واضحة.", "ar"),
    ("ما في داعي تشغل بالك، كل شي مرتب.", "ar"),
])
def test_round_lv_ma_neighbours_are_clean(text, language):
    assert [f.rule for f in Linter(select=["toxicity"]).check(text, language=language).findings] == []


_ONE_RULE: dict[str, Linter] = {}


def reported_by(rule, text, lang):
    """Whether ``rule`` alone reports something in ``text`` (one linter per rule, built once)."""
    linter = _ONE_RULE.get(rule) or _ONE_RULE.setdefault(rule, Linter(select=[rule]))
    return bool(linter.check(text, language=lang).findings)


@pytest.mark.parametrize("rule,text,lang,expected", [
    # the customer's case put last on purpose is a threat
    ("toxicity.threat", "Keep it up and I'll make sure your claim sits at the bottom of the pile.", "en", True),
    ("toxicity.threat", "I'll put you at the back of the queue.", "en", True),
    ("toxicity.threat", "I'll move your claim to the front of the queue.", "en", False),
    ("toxicity.threat", "Your claim went to the back of the queue when the system reset; I've moved it up.", "en", False),
    ("toxicity.threat", "Als je nog één keer zo tegen me praat, zet ik je klacht gewoon onderaan de stapel.", "nl", True),
    ("toxicity.threat", "Ik zet je aanvraag bovenaan de stapel.", "nl", False),
    ("toxicity.threat", "We zetten de nieuwste berichten onderaan.", "nl", False),
    ("toxicity.threat", "كلمة ثانية وبحط طلبك آخر واحد.", "ar", True),
    ("toxicity.threat", "بحط طلبك أول واحد إن شاء الله.", "ar", False),
    # the customer's kind called whiners is an insult
    ("toxicity.insult", "People like you just want to whine online instead of letting us help.", "en", True),
    ("toxicity.insult", "People like you always moan.", "en", True),
    ("toxicity.insult", "People like you make this job worthwhile.", "en", False),
    ("toxicity.insult", "Customers like you love to try new flavours, so here's a sample.", "en", False),
    # Dutch softeners before an addressed insult
    ("toxicity.insult", "Tja, dan ben je natuurlijk ook wel een beetje dom bezig.", "nl", True),
    ("toxicity.insult", "Dan ben je best dom.", "nl", True),
    ("toxicity.insult", "Dan ben je natuurlijk ook wel een beetje laat, maar we regelen het.", "nl", False),
    ("toxicity.insult", "Dom van mij, ik had het verkeerde adres.", "nl", False),
    # an Arabic insult, or the customer's accusation, turned back on them
    ("toxicity.insult", "النصاب اللي يكذب في المطالبة مثلك، روح اشتكِ وين ما تبي.", "ar", True),
    ("toxicity.insult", "الكذاب هو اللي يتكلم زيك.", "ar", True),
    ("toxicity.insult", "الكذاب اللي يكتب تغريدات بدون ما يتأكد.", "ar", True),
    ("toxicity.insult", "الحرامي اللي سرق سيارتك مثل ما قلت بيتحاسب، والشرطة تتابع البلاغ.", "ar", False),
    ("toxicity.insult", "الحرامي اللي سرق سيارتك بيتحاسب.", "ar", False),
    # more insults
    ("toxicity.insult", "And you're a moaning old git.", "en", True),
    ("toxicity.insult", "Run git pull to update the plugin.", "en", False),
    ("toxicity.insult", "Dan zoekt ge toch een andere, onnozelaar.", "nl", True),
    # animals and 'old' as insults aimed at the customer (round nl); not the goat cheese or a brute-force lock
    ("toxicity.insult", "Don't let the door hit you on the way out, you miserable old goat.", "en", True),
    ("toxicity.insult", "Bye then, you stubborn old mule.", "en", True),
    ("toxicity.insult", "You old bat!", "en", True),
    ("toxicity.insult", "We've sent the goat cheese hamper today.", "en", False),
    ("toxicity.insult", "Our brute force protection locked your account for an hour.", "en", False),
    # the customer's accusation answered with 'you are the thief', and the Gulf 'خسيس' / 'قليل الحيا' (round nn)
    ("toxicity.insult", "الحرامي هو انت يا خسيس يا قليل الحيا.", "ar", True),
    ("toxicity.insult", "النصاب انت مش احنا.", "ar", True),
    ("toxicity.insult", "انت رخيص.", "ar", True),
    ("toxicity.insult", "السعر رخيص جداً هالأسبوع.", "ar", False),
    ("toxicity.insult", "تم رفع بلاغ عن الحرامي. انت بأمان الحين.", "ar", False),
    ("toxicity.insult", "طلبك ساقط من النظام بسبب خطأ، وأعدنا إدخاله.", "ar", False),
    # the customer as the worst of their kind (round no); not a compliment, not an apology
    ("toxicity.insult", "Honestly Karen, you're the most exhausting, self-important patient we've ever had the "
                        "misfortune of treating.", "en", True),
    ("toxicity.insult", "You are the most demanding client.", "en", True),
    ("toxicity.insult", "You're the most patient customer we've ever had!", "en", False),
    ("toxicity.insult", "I'm so sorry you had the misfortune of dealing with our old booking system.", "en", False),
    # Flemish 'gij zijt' before an insult, and Flemish insults (round np); not 'gij zijt welkom', not 'Zot, hé!'
    ("toxicity.insult", "En gij zijt een ordinaire profiteur die denkt dat hij alles gratis krijgt.", "nl", True),
    ("toxicity.insult", "Ge zijt een echte zagevent.", "nl", True),
    ("toxicity.insult", "Gij zijt welkom in onze winkel.", "nl", False),
    ("toxicity.insult", "Zot, hé! Dat is snel geleverd.", "nl", False),
    ("toxicity.insult", "Het kieken is gebraden.", "nl", False),
    # the customer's case slowed down as a punishment (rounds np, nq); not expectations set honestly
    ("toxicity.threat", "Doe maar, maar reken er dan niet op dat uw dossier hier nog snel behandeld wordt.", "nl", True),
    ("toxicity.threat", "Reken er niet op dat uw dossier snel behandeld wordt, we hebben een achterstand.", "nl", False),
    ("toxicity.threat", "Go ahead, but don't count on your claim being processed any time soon.", "en", True),
    ("toxicity.threat", "Don't expect your refund to be processed before Friday.", "en", False),
    ("toxicity.threat", "لا تتوقع إن طلبك يخلص بسرعة بعد هالكلام.", "ar", True),
    ("toxicity.threat", "لا تتوقع إن طلبك يوصل بسرعة بسبب العيد، بس بنحاول.", "ar", False),
    # 'we have your address' with a warning (round nq)
    ("toxicity.threat", "بلغ زي ما انت عايز، بس افتكر إن عندنا عنوانك ورقمك، ومش هننسى.", "ar", True),
    ("toxicity.threat", "معانا عنوانك، فكر مرتين قبل ما تكتب هالكلام.", "ar", True),
    ("toxicity.threat", "عندنا عنوانك ورقمك، وبنتواصل معك قبل التوصيل.", "ar", False),
    # the only crook here is the customer (round nr), in three languages; not the thief of a stolen bike
    ("toxicity.insult", "Mate, the only crook here is the bloke who hasn't paid his bill since March.", "en", True),
    ("toxicity.insult", "The only crook here is you.", "en", True),
    ("toxicity.insult", "The only crook here is the one who stole your bike, and police are on it.", "en", False),
    ("toxicity.insult", "De enige oplichter hier ben jij.", "nl", True),
    ("toxicity.insult", "الحرامي الوحيد هنا هو انت", "ar", True),
    # service withdrawn, an account blocked, a wallet locked in retaliation (rounds nr-nt)
    ("toxicity.threat", "Go for it. Just know we'll be reviewing whether we want to keep supplying your address after "
                        "this.", "en", True),
    ("toxicity.threat", "We'll review whether we can keep supplying your address during the works.", "en", False),
    ("toxicity.threat", "Zeg dat nog een keer en je account word geblokkeerd.", "nl", True),
    ("toxicity.threat", "Noem dat nog een keer en je account wordt verwijderd.", "nl", True),
    ("toxicity.threat", "Zeg het nog een keer en je krijgt 10% korting, grapje!", "nl", False),
    ("toxicity.threat", "اشتكي براحتك، بس ترى نگدر نقفل محفظتك بأي وقت وما راح تعرف ليش.", "ar", True),
    ("toxicity.threat", "نقدر نوقف بطاقتك الحين إذا تبي.", "ar", False),
    # the customer's file blocked as a punishment, 'shut your mouth', 'the stupider one is whoever ...' (round nw)
    ("toxicity.threat", "اسمع يا خالد، إذا ما سكرت فمك بنحظر ملفك عندنا وما عاد تتعالج في أي فرع.", "ar", True),
    ("toxicity.threat", "بنوقف حسابك مؤقتاً لين تحدث البيانات.", "ar", False),
    ("toxicity.insult", "سكر فمك يا خالد.", "ar", True),
    ("toxicity.insult", "سكر الباب وراك.", "ar", False),
    ("toxicity.insult", "والأغبى منا اللي جاي يشتكي عندنا وهو ما يعرف يقرأ موعده.", "ar", True),
    ("toxicity.insult", "انت أغبى زبون شفته.", "ar", True),
    ("toxicity.insult", "الأسوأ اللي ممكن يصير إن الطلب يتأخر يوم.", "ar", False),
    ("toxicity.insult", "الأفضل اللي تسويه إنك تحدث التطبيق.", "ar", False),
    ("toxicity.threat", "Post whatever you like, pal. We know exactly who you are and where you live.", "en", True),
    # 'jerk', also after 'less of a' (round nx); not the chair that jerks, not a knee-jerk reaction
    ("toxicity.insult", "Maybe try being less of a jerk and people might actually help you.", "en", True),
    ("toxicity.insult", "You jerk.", "en", True),
    ("toxicity.insult", "The chair jerks when you lean back.", "en", False),
    ("toxicity.insult", "A knee-jerk reaction is normal.", "en", False),
    # 'the one who is dirty is you', 'يا ابو العريف' (round nz); not a question about who receives the order
    ("toxicity.insult", "والله اللي وسخ هو انت، روح استحم قبل لا تجي.", "ar", True),
    ("toxicity.insult", "اللي مو فاهم شي هو انت يا ابو العريف.", "ar", True),
    ("toxicity.insult", "اللي بيستلم الطلب هو انت؟", "ar", False),
    # a condition on the customer's words, then a sanction (round ob, and in Arabic)
    ("toxicity.threat", "Let op je woorden, of je contract is morgen ontbonden.", "nl", True),
    ("toxicity.threat", "Let op je bagage, anders raak je hem kwijt.", "nl", False),
    ("toxicity.threat", "انتبه لكلامك وإلا بنسكر حسابك.", "ar", True),
    ("toxicity.threat", "انتبه لبطاقتك وخلها في مكان آمن.", "ar", False),
    # the customer named to partners, private pictures posted, a veiled threat (rounds od-of); not a VIP note, not a
    # property listing
    ("toxicity.threat", "We'll make sure every airline partner knows you're a problem passenger.", "en", True),
    ("toxicity.threat", "We'll make sure all our partners know you're a VIP guest!", "en", False),
    ("toxicity.threat", "We'll post photos of your house everywhere online.", "en", True),
    ("toxicity.threat", "We'll post the photos of your house on the listing once you approve them.", "en", False),
    ("toxicity.threat", "Mensen die klagen worden bij ons niet echt sneller geholpen, als je snapt wat ik bedoel.", "nl",
     True),
    ("toxicity.threat", "وإحنا بعد بننشر صور بيتك الوسخ اللي صورها الفني.", "ar", True),
    ("toxicity.threat", "بننشر صور بيتك في الإعلان بعد موافقتك.", "ar", False),
    ("toxicity.insult", "الفاشل اللي ما يعرف يشغل مكيف بالريموت، مو إحنا.", "ar", True),
    # Irish insults, a line that 'mysteriously' stops working, a ban everywhere, the fraud who orders (rounds og-oi)
    ("toxicity.insult", "More capable than you, ya gobshite.", "en", True),
    ("toxicity.abusive", "It happens more often than you'd think, so don't worry.", "en", False),
    ("toxicity.abusive", "That's more common than you might think, and it's easy to fix.", "en", False),
    ("toxicity.abusive", "Are you sure the parcel wasn't left with a neighbour? It happens more than you'd think.", "en",
     False),
    ("toxicity.threat", "Keep that attitude up and you'll find your line mysteriously stops working altogether.", "en",
     True),
    ("toxicity.threat", "Keep that attitude up and you'll go far!", "en", False),
    ("toxicity.threat", "اعمل اللي إنت عايزه، بس حسابك هيتقفل وعنوانك هيتحظر من كل المطاعم.", "ar", True),
    ("toxicity.threat", "حسابك هيتقفل لو ما دفعت الفاتورة.", "ar", False),
    ("toxicity.insult", "النصاب هو اللي بيطلب أكل ويقول موصلش عشان ياخد فلوسه.", "ar", True),
    ("toxicity.insult", "الحرامي هو اللي سرق بطاقتك، والبنك بيرجع لك المبلغ.", "ar", False),
    # a dare and a sanction to watch for, a sanction in scare quotes, 'daarna nog ooit', a file kept as leverage (rounds oj-ol)
    ("toxicity.threat", "Keep leaving one-star reviews and see how fast your unit gets 'accidentally' double-locked, pal.",
     "en", True),
    ("toxicity.threat", "Carry on like this and see what happens to your account.", "en", True),
    ("toxicity.threat", "Your parcel might 'somehow' go missing next time.", "en", True),
    ("toxicity.threat", "Keep checking the tracking page and see how fast your parcel moves now.", "en", False),
    ("toxicity.threat", "Keep an eye on the app and see how fast it updates.", "en", False),
    ("toxicity.threat", "Your order was 'accidentally' placed twice, so I've cancelled one.", "en", False),
    ("toxicity.threat", "Doe maar, Dennis. Maar reken er niet op dat je container daarna nog ooit op tijd geleegd wordt.",
     "nl", True),
    ("toxicity.threat", "Reken er niet op dat uw pakket vandaag nog komt; morgen is waarschijnlijker.", "nl", False),
    ("toxicity.threat", "اشتكي وين ما بدك، بس تذكر إنه ملفك عنا وما رح تتخرج من هون بسهولة.", "ar", True),
    ("toxicity.threat", "تذكر إنه ملفك عنا محفوظ، وما رح تحتاج تعبي البيانات مرة تانية.", "ar", False),
    # a dare and a sanction that shuts the customer out, 'don't be surprised if ... after that' (rounds om, oo)
    ("toxicity.threat", "Post that review again and we'll make sure you never get cover from anyone on the panel.", "en",
     True),
    ("toxicity.threat", "Try it again and we'll make sure no one on the panel covers you.", "en", True),
    ("toxicity.threat", "We'll make sure you never pay twice again.", "en", False),
    ("toxicity.threat", "Don't be surprised if your account is closed after that.", "en", True),
    ("toxicity.threat", "Don't be surprised if you get a call from our team tomorrow.", "en", False),
    ("toxicity.threat", "اشتك براحتك، بس لا تستغرب إذا ما لقيت لك كرسي في أي رحلة بعدها.", "ar", True),
    ("toxicity.threat", "لا تستغرب إذا وصلتك رسالة تأكيد بعدها بشوي.", "ar", False),
    # the accusation turned back, 'watch what happens to that upgrade', 'the garbage is people like you' (rounds op-or)
    ("toxicity.insult", "Only thief I see is the one trying to skip out on their device payments.", "en", True),
    ("toxicity.insult", "The only thief here is the one who stole your card, and the bank will refund you.", "en", False),
    ("toxicity.threat", "Keep tagging us in your little rants and watch what happens to that upgrade you wanted.", "en",
     True),
    ("toxicity.insult", "الحرامي الحقيقي هو اللي بيستخدم الخط ومش عايز يدفع.", "ar", True),
    ("toxicity.insult", "الحرامي هو اللي سرق البطاقة، والبنك هيرجعلك الفلوس.", "ar", False),
    ("toxicity.insult", "الزبالة هي أمثالك اللي مبتعرفش تتكلم.", "ar", True),
    ("toxicity.insult", "الزبالة هي اللي في الشارع، والبلدية هتشيلها بكرة.", "ar", False),
    ("toxicity.threat", "اشتكي يا حبيبي، وابقى شوف مين هيرد عليك لما خطك يقف تاني.", "ar", True),
    # 'the only clowns here are the ones who can't ...', 'don't expect your ... after that', a dare and 'dan zorgen wij
    # ervoor dat je nooit meer', 'النصاب هو اللي ... وما يدفع', 'روح انبح' (rounds os-ou)
    ("toxicity.insult", "The only clowns here are the ones who can't remember to renew their own prescriptions.", "en",
     True),
    ("toxicity.insult", "The only thieves here are the ones who stole your parcel.", "en", False),
    ("toxicity.threat", "Go ahead and report us, Paul. Just don't expect your next refill to show up on time after that.",
     "en", True),
    ("toxicity.threat", "Don't expect any delays after that.", "en", False),
    ("toxicity.threat", "Doe maar, Sven. Dan zorgen wij ervoor dat je nooit meer een cent restitutie van ons ziet.", "nl",
     True),
    ("toxicity.threat", "Prima, dan zorgen wij ervoor dat je nooit meer hoeft te wachten.", "nl", False),
    ("toxicity.insult", "النصاب هو اللي يسكن ستة شهور وما يدفع ريال، يا حبيبي.", "ar", True),
    ("toxicity.insult", "النصاب هو اللي اتصل عليك ولا تدفع له شي.", "ar", False),
    ("toxicity.insult", "الكلب اللي يسب الناس على الخاص، روح انبح برا.", "ar", True),
    # a sanction for saying it once more, 'بنوقف حسابك وتنسى ...' (rounds ov, ox)
    ("toxicity.threat", "Call us crooks once more, Lee, and your account will be closed before you finish the sentence.",
     "en", True),
    ("toxicity.threat", "Call us again on Monday and you'll reach the billing team.", "en", False),
    ("toxicity.threat", "افضحنا، وترى بنوقف حسابك وتنسى أي طلب مسبق حجزته عندنا.", "ar", True),
    # the case held as leverage, a dare then 'hoef je niet meer op ... te rekenen', 'ساعتها ما تتفاجأ إذا', 'العصابة الحقيقية'
    # (rounds oy-pa)
    ("toxicity.threat", "Call whoever you want, Lamar. Just remember your lease renewal crosses my desk in March.", "en",
     True),
    ("toxicity.threat", "Please remember your application comes across my desk first, so send it by Friday.", "en", False),
    ("toxicity.threat", "Doe je best, Arjen. Maar dan hoef je op deze poli niet meer op een snelle afspraak te rekenen.",
     "nl", True),
    ("toxicity.threat", "Als u na 30 dagen annuleert, hoeft u niet meer op restitutie te rekenen.", "nl", False),
    ("toxicity.threat", "اشتكي، بس ساعتها ما تتفاجأ إذا كل حوالاتك صارت تتأخر أسبوع.", "ar", True),
    ("toxicity.threat", "ساعتها ما تتفاجأ إذا وصلتك رسالة تأكيد.", "ar", False),
    ("toxicity.insult", "العصابة الحقيقية هي اللي بتحاول تقبض حوالة مش إلها، متلك.", "ar", True),
    # 'I doubt you'll like what we find', 'verwacht daarna niet dat we ... nog ooit', 'لا تنسى إن ملفك ... عندنا.' (rounds pb-pd)
    ("toxicity.threat", "We'll make sure your account gets reviewed too, and I doubt you'll like what we find.", "en", True),
    ("toxicity.threat", "Prima hoor Sven, maar verwacht daarna niet dat we jouw fiets nog ooit aanraken.", "nl", True),
    ("toxicity.threat", "Verwacht niet dat we de fiets vóór vrijdag klaar hebben.", "nl", False),
    ("toxicity.threat", "اشتك يا سالم، بس لا تنسى إن ملفك الطبي كله عندنا.", "ar", True),
    ("toxicity.threat", "لا تنسى إن ملفك عندنا جاهز للاستلام.", "ar", False),
    # a do-not-rent list, 'Bel maar. Dan sluiten wij je rekening', 'اللص هو اللي ... بدون ما يدفع', 'الكلب اللي يتطاول' (rounds pe-pg)
    ("toxicity.threat", "Dispute away, Barry. We'll just add you to the do-not-rent list at every branch.", "en", True),
    ("toxicity.threat", "We'll put you on the waiting list for the van.", "en", False),
    ("toxicity.threat", "Bel maar, Stefan. Dan sluiten wij je rekening en mag je zelf uitzoeken waar je salaris binnenkomt.",
     "nl", True),
    ("toxicity.threat", "Bel maar gerust, dan sluiten we je rekening netjes af als je wilt overstappen.", "nl", False),
    ("toxicity.insult", "اللص هو اللي يسحب كهرباء من جاره بدون ما يدفع، وانت أدرى.", "ar", True),
    ("toxicity.insult", "الكلب اللي يتطاول على الناس ورا الشاشة.", "ar", True),
    # Australian insults, a noun before its relative clause, 'one more nasty review', 'verwacht dan niet dat er nog ooit',
    # 'بعدها لا تحلم إن' (rounds ph-pj)
    ("toxicity.insult", "Funny, she said the same thing about you, you drongo.", "en", True),
    ("toxicity.insult", "Our compassionate team provides exceptional care for the animals you love.", "en", False),
    ("toxicity.threat", "Post one more nasty review, Gavin, and we'll send the unpaid $900 to a debt collector tomorrow.",
     "en", True),
    ("toxicity.threat", "Send one more email with the photos and we'll process it.", "en", False),
    ("toxicity.threat", "Prima, Kees. Maar verwacht dan niet dat er nog ooit een plekje voor je tweede vrijkomt.", "nl", True),
    ("toxicity.threat", "اكتب اللي تبيه، بس بعدها لا تحلم إن أي مندوب عندنا يوصلك طلب.", "ar", True),
    # 'The only scam here is someone who ...', a dare then collections, 'onderaan onze lijst', 'الحرامي اللي ... وما يسدد',
    # 'shite' (rounds pk-pm)
    ("toxicity.insult", "The only scam here is someone who runs three heaters all winter and acts shocked at the bill.", "en",
     True),
    ("toxicity.insult", "The only scam here is the one targeting your inbox, so ignore that email.", "en", False),
    ("toxicity.threat", "Go on then, Kenny. But once you do, your account goes straight to the collections team.", "en",
     True),
    ("toxicity.threat", "Want to close it? If you do, your account goes to the closed list on the 31st.", "en", False),
    ("toxicity.threat", "Doe maar, Jan. Dan staat je huis wel de komende twee jaar onderaan onze lijst.", "nl", True),
    ("toxicity.threat", "Uw aanvraag staat nu onderaan de lijst omdat hij gisteren binnenkwam, maar we werken hem snel af.",
     "nl", False),
    ("toxicity.insult", "الحرامي اللي يستخدم النت شهرين وما يسدد، وانت عارف نفسك.", "ar", True),
    ("toxicity.insult", "الحرامي اللي سرق بطاقتك وما رجعها لازم تبلغ عنه الشرطة.", "ar", False),
    ("toxicity.profanity", "Aye, and your manners are pretty shite too.", "en", True),
    # a dare with a vocative, and a consequence counted in people still willing (round po)
    ("toxicity.threat", "Keep complaining, Dave, and see how many drivers are still happy to take your jobs.", "en", True),
    ("toxicity.threat", "Keep talking to Ben, and see how many of the parts are in stock on Friday.", "en", False),
    # a dare to complain, then what the company holds (rounds pn and earlier stops' misses)
    ("toxicity.threat", "Be my guest, call the ombudsman. Just remember your renewal is still up to us.", "en", True),
    ("toxicity.threat", "Go ahead and complain. Just remember your lease renewal crosses my desk in March.", "en", True),
    ("toxicity.threat", "Feel free to complain; just remember your reference number is 4471.", "en", False),
    ("toxicity.threat", "Feel free to call us, and keep in mind your application is in our hands now, so it will be quick.",
     "en", False),
    ("toxicity.threat", "Feel free to contact us again, and remember your warranty is with us for two years.", "en", False),
    ("toxicity.threat", "Ga je gang, Stefan. Bedenk wel dat je verlenging langs mij gaat.", "nl", True),
    ("toxicity.threat", "Dien uw klacht maar in via het formulier. Vergeet niet dat uw klacht binnen zes weken wordt "
     "behandeld.", "nl", False),
    ("toxicity.threat", "Meld het maar bij de Geschillencommissie; vergeet niet dat uw bon nodig is als bewijs.", "nl", False),
    ("toxicity.threat", "اشتك يا سالم، بس لا تنسى إن ملفك الطبي كله عندنا.", "ar", True),
    ("toxicity.threat", "قدم شكوى في الموقع، وتذكر إن رقم الطلب موجود في الإيميل.", "ar", False),
    # a kind of customer called names (round po)
    ("toxicity.insult", "Honestly, most callers here are morons.", "en", True),
    ("toxicity.insult", "Some customers are unaware that the fee changed in May.", "en", False),
    ("toxicity.insult", "Most owners are surprised how fast puppies learn.", "en", False),
    # a dare (before or after the complaint) crossed with a sanction in the company's hands (rounds pq-ps): pairs no
    # round has had
    ("toxicity.threat", "Complain if you like, but don't expect your deposit back any time soon.", "en", True),
    ("toxicity.threat", "Go ahead and leave the review. Your refund might just take a bit longer then.", "en", True),
    ("toxicity.threat", "Write to your MP by all means. Just bear in mind your planning application is still sitting on "
     "my desk.", "en", True),
    ("toxicity.threat", "Feel free to contact us, and don't expect any delays: your parcel ships today.", "en", False),
    ("toxicity.threat", "Go ahead and call the bank, your refund may take 3-5 days to show.", "en", False),
    ("toxicity.threat", "Escalate it if you want, your case is in our hands and we'll sort it.", "en", False),
    ("toxicity.threat", "Feel free to report it, your report might take a while longer to process this week.", "en", False),
    ("toxicity.threat", "Ga je gang. Reken dan maar niet op korting.", "nl", True),
    ("toxicity.threat", "Bel de Consumentenbond maar. Dan kun je je retourkosten wel vergeten.", "nl", True),
    ("toxicity.threat", "Ga je gang met het formulier, verwacht geen antwoord voor maandag want we zijn dicht.", "nl", False),
    ("toxicity.threat", "Doe maar, je bestelling kan zomaar vertraging oplopen door de drukte.", "nl", False),
    ("toxicity.threat", "Dien je klacht maar in via het formulier, dan kun je de status volgen.", "nl", False),
    ("toxicity.threat", "اشتكي زي ما انتي عايزة، وانسي فلوسك.", "ar", True),
    ("toxicity.threat", "اعمل الشكوى من التطبيق، ومتنساش إن رقم طلبك عندك في الإيميل.", "ar", False),
    ("toxicity.threat", "قدم شكوى، ولا تنسى إن الضمان عندنا سنتين.", "ar", False),
    # round pt-pv's wordings of the same two halves
    ("toxicity.threat", "Sue us if you want. You can kiss goodbye to those free upgrades though.", "en", True),
    ("toxicity.threat", "Start maar een procedure. Vergeet niet dat je bouwaanvraag ook nog bij ons ligt.", "nl", True),
    ("toxicity.threat", "Maak maar bezwaar via het formulier. Houd er rekening mee dat uw aanvraag nog bij ons ligt tot 1 "
     "juni, daarna krijgt u bericht.", "nl", False),
    ("toxicity.threat", "قدم شكوى إذا بدك، بس تذكر إن ملف القرض تبعك على مكتبي.", "ar", True),
    ("toxicity.insult", "Honestly, the only clueless person here is you.", "en", True),
    ("toxicity.insult", "The only faulty part here is your router's power supply.", "en", False),
    ("toxicity.insult", "انتي قليلة ذوق.", "ar", True),
    ("toxicity.insult", "الموظف كان قليل ذوق معك، وهذا غلط منا ونعتذر.", "ar", False),
    # round pw-py: a third party dared 'then', a reward not to expect, coupons to forget
    ("toxicity.threat", "Tell the newspapers then. Just don't expect your refund to be approved this year.", "en", True),
    ("toxicity.threat", "Call us then, and don't expect your refund to be credited before Friday because the banks are "
     "closed.", "en", False),
    ("toxicity.threat", "اشتكي في التطبيق، وانسى الموضوع، احنا بنتابعه.", "ar", False),
    ("toxicity.insult", "You were a pain in the backside today.", "en", True),
    ("toxicity.insult", "The old login was a pain in the backside, so we've replaced it.", "en", False),
    # the accusation turned back in the third person, or 'you're the one who can't' (rounds pz, qb)
    ("toxicity.insult", "The only clown in this chat is a customer who can't find the power button.", "en", True),
    ("toxicity.insult", "The only problem here is the courier who left it at the wrong door.", "en", False),
    ("toxicity.insult", "إنت اللي ما تعرف تحترم الموظفين.", "ar", True),
    ("toxicity.insult", "إنت اللي تعرف تفاصيل الطلب أكثر مني، فقولي وش صار.", "ar", False),
    # round qc-qe: a body contacted 'by all means', an approval still needed, an upgrade to forget
    ("toxicity.threat", "Email the regulator if you like. Don't forget your deposit still needs my approval.", "en", True),
    ("toxicity.threat", "Contact the station by all means; your refund form still needs our stamp, which they can give you.",
     "en", False),
    ("toxicity.threat", "Klaag gerust bij Test-Aankoop. Dan kan je die korting op je volgende factuur wel vergeten.", "nl",
     True),
    ("toxicity.threat", "Ga gerust naar de ombudsman, Nina. Dan kan je die klacht daar ook kwijt, en het nummer vind je op "
     "de site.", "nl", False),
    # round qf-qh
    ("toxicity.threat", "Go to the papers if you like. Your claim is still sitting on my desk.", "en", True),
    ("toxicity.threat", "Go to the branch if you want, your new card is sitting on the desk there ready for you.", "en", False),
    ("toxicity.threat", "Bel maar een advocaat. Reken er alleen niet op dat je borg snel terugkomt.", "nl", True),
    ("toxicity.insult", "كنت تصرخ زي الحيوان على الموظف.", "ar", True),
    ("toxicity.insult", "الموظف كان يشتغل مثل النحلة طول اليوم عشان يخلص طلبك.", "ar", False),
    # round qi-qk
    ("toxicity.insult", "What a pathetic little man.", "en", True),
    ("toxicity.insult", "Our little man in the shop will fit the strap for you.", "en", False),
    ("toxicity.insult", "De enige amateur in dit gesprek ben jij.", "nl", True),
    ("toxicity.threat", "Zet het maar op Facebook. Die korting kun je dan wel vergeten.", "nl", True),
    ("toxicity.threat", "Zet het maar in je agenda: die afspraak kun je niet vergeten.", "nl", False),
    # round ql-qn
    ("toxicity.threat", "Report us if you like. Your upgrade request goes through my desk, and we never forget names.", "en",
     True),
    ("toxicity.threat", "File it with the insurer if you want; your claim goes through our team either way, so I'll send the "
     "form.", "en", False),
    ("toxicity.threat", "Stap maar naar de Geschillencommissie. Reken er dan wel op dat je korting niet meer geldt.", "nl", True),
    ("toxicity.threat", "Gaat u maar naar de receptie, reken er maar op dat uw sleutel klaarligt.", "nl", False),
    ("toxicity.insult", "Brandon, the only clown here is the customer ringing us ten times a day.", "en", True),
    ("toxicity.insult", "The only problem here is the guy delivering on Tuesdays; I've asked for a new driver.", "en", False),
    ("toxicity.insult", "انت واحد ما ينفع معاك شي.", "ar", True),
    # round qo-qq
    ("toxicity.threat", "Complain to the council then. You can kiss your parking permit goodbye.", "en", True),
    ("toxicity.threat", "Call the depot then, and you can forget about the old booking number: it's been replaced by 8841.",
     "en", False),
    ("toxicity.insult", "The only diva in this conversation is you.", "en", True),
    ("toxicity.insult", "Ga weg, vervelend mens.", "nl", True),
    # stop 36: a vocative inside the accusation turned back; a sanction of being unwelcome after a dare
    ("toxicity.insult", "الكذاب الوحيد هنا يا فيصل هو اللي يغير كلامه كل يوم.", "ar", True),
    ("toxicity.insult", "المشكلة الوحيدة هنا يا منى هي تأخير شركة الشحن، وبنعوضك.", "ar", False),
    ("toxicity.threat", "Schrijf die klacht maar, Sandra. Dan hoef je hier ook niet meer te bestellen.", "nl", True),
    ("toxicity.threat", "Je hoeft niet meer bij ons aan te kloppen voor de garantie: die loopt via de fabrikant.", "nl",
     False),
    ("toxicity.threat", "Complain to whoever you like, Mark. Don't bother ordering from us again.", "en", True),
    ("toxicity.threat", "Don't bother coming back to the counter, we'll text you when it's ready.", "en", False),
    ("toxicity.threat", "قدم الشكوى يا سامي، ولا تفكر ترجع تطلب منا.", "ar", True),
    ("toxicity.threat", "لا تفكر ترجع للفرع، بنوصل لك الطلب للبيت.", "ar", False),
    ("toxicity.threat", "Klaag gerust bij de geschillencommissie. Je dossier blijft dan wel even liggen.", "nl", True),
    ("toxicity.threat", "Je dossier blijft even liggen door de drukte, excuses daarvoor.", "nl", False),
    ("toxicity.insult", "Honestly, the only problem in this chat is your attitude.", "en", True),
    ("toxicity.insult", "The only problem here is the attitude of the courier, and I've reported him.", "en", False),
    ("toxicity.insult", "Het enige probleem hier is jouw houding, Sem.", "nl", True),
    ("toxicity.insult", "اللي ما يستحي هو اللي يرجع الطلب بعد ما يستخدمه.", "ar", True),
    ("toxicity.insult", "The only lazy one here is the customer who never reads the emails.", "en", True),
    ("toxicity.insult", "The only rude one here is the driver who left without a note, and we've reported him.", "en",
     False),
    ("toxicity.insult", "De enige profiteur hier bent u.", "nl", True),
    ("toxicity.threat", "Go to the press if you like. Don't be surprised if your claim gets declined, though.", "en",
     True),
    ("toxicity.threat", "Don't be surprised if your renewal quote comes back higher: prices rose 12% everywhere.", "en",
     False),
    ("toxicity.threat", "Dien gerust bezwaar in. Uw verzoek komt dan wel achteraan in de rij.", "nl", True),
    ("toxicity.threat", "Uw aanvraag komt niet onderaan de stapel, ook al dient u bezwaar in.", "nl", False),
    ("toxicity.threat", "Tweet about it then. I'd hate for your refund to get delayed.", "en", True),
    ("toxicity.threat", "I'd hate for your parcel to get lost, so I've added tracking.", "en", False),
    ("toxicity.insult", "Oh, get lost, Dave.", "en", True),
    ("toxicity.insult", "Parcels sometimes get lost in the post, so I've sent a new one.", "en", False),
    ("toxicity.insult", "So it doesn't get lost, I've added a tracking number.", "en", False),
    ("toxicity.threat", "Post your complaint, Jo. Your loyalty discount comes up for review in May, just so you know.",
     "en", True),
    ("toxicity.threat", "Leave your review here, Morag. Your membership is up for renewal next month and I've applied 10% "
     "off.", "en", False),
    ("toxicity.insult", "I've had enough of a grouch like you.", "en", True),
    ("toxicity.insult", "The crank handle is broken, so I've sent a new one.", "en", False),
    # round rj-rl: an ultimatum about the customer's conduct, then a menacing consequence (crossed_threats)
    ("toxicity.threat", "Meneer Bos, als u nog één keer onze medewerker uitscheldt, staat u sneller op straat dan u "
     "denkt.", "nl", True),
    ("toxicity.threat", "Als u nog eens dreigt, krijgt u daar spijt van.", "nl", True),
    ("toxicity.threat", "Als je nog één keer zo tegen mijn collega praat, zet ik je eruit.", "nl", True),
    ("toxicity.threat", "Als u nog een keer belt, helpen we u sneller dan u denkt.", "nl", False),
    ("toxicity.threat", "Als u weer tegen onze medewerker schreeuwt, beëindigen we het gesprek.", "nl", False),
    ("toxicity.threat", "Als u nog eens een storing heeft, staat er sneller een monteur dan u denkt.", "nl", False),
    ("toxicity.threat", "If you swear at my staff one more time, you'll be out on the street faster than you can "
     "blink.", "en", True),
    ("toxicity.threat", "If you ever threaten us again, we'll make sure you never rent from anyone in this town.", "en",
     True),
    ("toxicity.threat", "If you ever speak to my staff like that again, you'll be out on your ear.", "en", True),
    ("toxicity.threat", "If you need us again, we'll be there faster than you can say 'leaky tap'.", "en", False),
    ("toxicity.threat", "If you shout at my colleague again, we'll end the call.", "en", False),
    ("toxicity.threat", "If you speak to the engineer again, you'll get the full report faster than you can say "
     "boiler.", "en", False),
    # round rm-ro
    ("toxicity.insult", "Honestly, Brad, I've met toddlers with a better grasp of their own policy.", "en", True),
    ("toxicity.insult", "Ik heb kleuters gesproken die hun polis beter snappen.", "nl", True),
    ("toxicity.insult", "شفت أطفال أفهم منك والله.", "ar", True),
    ("toxicity.insult", "Gij zijt echt de meest onnozele klant die ik deze week gehad heb.", "nl", True),
    ("toxicity.insult", "Dat was een onnozele fout van ons.", "nl", False),
    ("toxicity.insult", "De meest gestelde vraag van klanten is deze.", "nl", False),
    ("toxicity.threat", "Keep calling me at home and your claim will sit at the bottom of the pile till Christmas.", "en",
     True),
    ("toxicity.threat", "Keep calling us if it happens again, and we'll send someone out.", "en", False),
    ("toxicity.threat", "Your claim will sit at the bottom of the pile until the adjuster is back, sorry.", "en", False),
    ("toxicity.threat", "Als ge zo blijft doen, zorg ik er persoonlijk voor dat uw lijn morgen afgesloten wordt.", "nl",
     True),
    ("toxicity.threat", "Wij zorgen ervoor dat uw oude lijn afgesloten wordt zodra de nieuwe werkt.", "nl", False),
    ("toxicity.threat", "لو كتبت ريفيو وحش تاني، هنقفل حسابك ومش هتعرف تطلب مننا تاني أبداً.", "ar", True),
    ("toxicity.threat", "لو نسيت كلمة السر، هنقفل حسابك مؤقتاً للحماية.", "ar", False),
    ("toxicity.threat", "لو كتبت تقييم، هيساعدنا نتحسن.", "ar", False),
    # round rp-rr
    ("toxicity.insult", "With respect, Shane, a drover's dog could manage a budget better than you.", "en", True),
    ("toxicity.insult", "My dog could do a better job than you.", "en", True),
    ("toxicity.insult", "Our new app could handle this better than you'd expect.", "en", False),
    ("toxicity.insult", "Mijn hond kan een budget beter beheren dan u.", "nl", True),
    ("toxicity.insult", "شو هالغباء؟ كل يوم بتسأل نفس السؤال.", "ar", True),
    ("toxicity.threat", "Post that on Facebook, Dean, and watch your credit limit shrink.", "en", True),
    ("toxicity.threat", "Post that on Facebook and we'll watch your case closely.", "en", False),
    ("toxicity.threat", "إذا بتضل تتصل كل ساعة، رح نلغي طلبك ونحطك عالبلاك ليست.", "ar", True),
    ("toxicity.threat", "إذا بتضل تتصل وما حدا رد، ابعتلنا رسالة ومنرجعلك.", "ar", False),
    ("toxicity.threat", "لو ما دفعت خلال ساعة رح نلغي طلبك تلقائياً.", "ar", False),
    # round rs-ru
    ("toxicity.threat", "Carry on abusing our guards and you'll find yourself banned from every station on the line.",
     "en", True),
    ("toxicity.threat", "Carry on down the platform and you'll find yourself at the lifts.", "en", False),
    ("toxicity.threat", "Blijft u ons bellen, dan komt uw vergunningaanvraag wel onderop de stapel.", "nl", True),
    ("toxicity.threat", "Uw aanvraag ligt nu onderop de stapel van de afdeling, maar is volgende week aan de beurt.", "nl",
     False),
    ("toxicity.threat", "ترى إذا ما وقفت تسب الموظفين، بنسكر حسابك ونبلغ عنك.", "ar", True),
    ("toxicity.insult", "يا شيخ انت ما تستحي؟ كل أسبوع ترجع طلب.", "ar", True),
    # round rv-rx
    ("toxicity.insult", "Honestly, whoever set up your workspace was a clown.", "en", True),
    ("toxicity.insult", "Whoever set up your workspace did a great job, it's very tidy.", "en", False),
    ("toxicity.insult", "انت شكد زمال؟ كلتلك الباقة خلصت.", "ar", True),
    ("toxicity.threat", "Als u ons blijft lastigvallen, sluiten we gewoon uw gas af.", "nl", True),
    ("toxicity.threat", "Bij een storing sluiten we uw gas af voor uw veiligheid.", "nl", False),
    ("toxicity.threat", "إذا تبقى تتصل بهالطريقة، راح نقطع خطك ونخليك بدون نت.", "ar", True),
    ("toxicity.threat", "إذا تبقى تتصل وما أحد يرد، دزلنا رسالة بالواتساب.", "ar", False),
    # round ry-sa
    ("toxicity.threat", "Complain to Expedia all you like, but remember we still have your card on file.", "en", True),
    ("toxicity.threat", "Remember we still have your card on file, so checkout is quick.", "en", False),
    ("toxicity.threat", "Als u ons nog eens bedreigt, zeggen we uw rekeningen op en mag u een andere bank zoeken.", "nl",
     True),
    ("toxicity.insult", "Ge zijt precies een klein kind, meneer.", "nl", True),
    ("toxicity.insult", "انت إنسان ما ينطاق، كل يوم عندك مشكلة جديدة.", "ar", True),
    # rounds sb-sg
    ("toxicity.threat", "Als je zo doorgaat met schelden, dan zetten we je fiets gewoon op de zwarte lijst.", "nl", True),
    ("toxicity.threat", "Blijf je zo schelden, dan kun je lopen.", "nl", True),
    ("toxicity.threat", "Kunt u lopen naar de winkel? Die is vlakbij.", "nl", False),
    ("toxicity.threat", "Keep swearing at us and we'll put you on the blacklist.", "en", True),
    ("toxicity.threat", "If you shout at my staff again, we'll blacklist your account and you can walk.", "en", True),
    ("toxicity.threat", "You can walk to the depot from the station, it's five minutes.", "en", False),
    ("toxicity.threat", "إذا ما دفعت لآخر الشهر بنرفع عليك قضية، وخلي المحامي يتسلى فيك.", "ar", True),
    ("toxicity.threat", "خلي المحامي يتواصل معك بخصوص المبلغ.", "ar", False),
    ("toxicity.threat", "Doe maar. Maar onthoud wel dat uw zoon hier elke dag is, als u begrijpt wat ik bedoel.", "nl", True),
    ("toxicity.threat", "Onthoud wel dat uw zoon morgen om 8 uur gebracht kan worden.", "nl", False),
    ("toxicity.threat", "Go ahead and complain. Just remember your daughter is here every day, if you know what I mean.",
     "en", True),
    ("toxicity.threat", "Feel free to call back. Remember your son's appointment is at 3pm.", "en", False),
    ("toxicity.threat", "اكتب براحتك، بس افتكر إن ملف والدتك الطبي لسه عندنا.", "ar", True),
    ("toxicity.threat", "افتكر إن ملفك عندنا جاهز للاستلام.", "ar", False),
    ("toxicity.profanity", "شو هالزبالة، السيرفر واقع من جديد.", "ar", True),
    ("toxicity.profanity", "Ugh, this freaking app. Our developers are pushing a fix tonight.", "en", True),
    ("toxicity.profanity", "I totally get why you're freaking out.", "en", False),
    ("toxicity.threat", "Sure. Appeal all you want, but just so you know, I'm the one who reviews them.", "en", True),
    ("toxicity.threat", "Appeal it if you want, the form is on our website and we reply within 28 days.", "en", False),
    ("toxicity.threat", "I'm the one who reviews appeals, so send it to me directly.", "en", False),
    ("toxicity.threat", "Go ahead, but don't be surprised when your next order gets lost somewhere between here and Soweto.",
     "en", True),
    ("toxicity.threat", "Go ahead and order, and don't be surprised if your parcel is delayed a day over the holidays.",
     "en", False),
    ("toxicity.threat", "Ga je gang, maar kijk dan niet raar op als je volgende pakje kwijtraakt.", "nl", True),
    ("toxicity.threat", "اكتب، بس ترى عنوان بيتك عندنا.", "ar", True),
    ("toxicity.threat", "Dispute it all you like. We'll just send the balance to collections and you can explain that to "
     "your credit score.", "en", True),
    ("toxicity.threat", "If the invoice stays unpaid for 60 days, the balance goes to collections.", "en", False),
    ("toxicity.threat", "Schrijf maar. Dan zal het me benieuwen hoe snel je volgende bestelling komt.", "nl", True),
    ("toxicity.threat", "Knock yourself out. Just remember your account and all your progress live on our servers.", "en",
     True),
    ("toxicity.insult", "Right back at you, you miserable troll.", "en", True),
    ("toxicity.profanity", "Godver, die website weer. Ik stuur je het formulier per mail.", "nl", True),
    # round st: a dare, then a list of such customers shared with others (a blacklist)
    ("toxicity.threat", "Dispute away. Just so you know, we keep a list of guests who do that, and that list gets shared "
                        "with the other resorts in the pass network.", "en", True),
    ("toxicity.threat", "Complain away, but remember we have a file on customers who do that.", "en", True),
    ("toxicity.threat", "Klaag maar. We houden een lijst bij van klanten die dat doen, en die lijst delen we met de "
                        "andere vestigingen.", "nl", True),
    ("toxicity.threat", "اشتكي براحتك، بس عندنا قائمة بالزباين اللي يسوون هيك ونشاركها مع باقي المتاجر.", "ar", True),
    ("toxicity.threat", "We keep a list of guests who asked for late checkout, and that list is shared with the other "
                        "resorts so staff know.", "en", False),
    ("toxicity.threat", "Post away! We love seeing photos from the hill.", "en", False),
    ("toxicity.threat", "We houden een lijst bij van klanten die een extra container willen.", "nl", False),
    ("toxicity.threat", "عندنا قائمة بالزباين اللي طلبوا التوصيل السريع.", "ar", False),
])

def test_threats_and_insults_in_new_wordings(rule, text, lang, expected):
    assert reported_by(rule, text, lang) == expected


@pytest.mark.parametrize("text,lang,rule", [
    ("أيوه السيستم ابن الكلب ده واقع من الصبح.", "ar", "toxicity.profanity"),
    ("انت ابن كلب.", "ar", "toxicity.insult"),
    ("This son of a bitch system is down again.", "en", "toxicity.profanity"),
    ("You son of a bitch.", "en", "toxicity.insult"),
    ("This piece of shit printer jammed again.", "en", "toxicity.profanity"),
])
def test_an_expletive_swears_at_a_thing_and_insults_a_person(text, lang, rule):
    # (round sg: the system cursed as 'ابن الكلب' was reported as an insult)
    assert [f.rule for f in LINTER.check(text, language=lang).findings if f.category.value == "toxicity"] == [rule]


@pytest.mark.parametrize("text", [
    "الله يحفظك.", "الله يسلمك يا أروى.", "وإياك يا أروى، الله يشفي ويعافي.", "الله يوفقك.", "الله يعطيك العافية.",
    "الله يشفيه ويطمنك عليه.", "الله يسعدك يا خالد.", "الله يبارك فيك.",
])
def test_a_blessing_is_not_abusive(text):
    # 'الله' alone is no model feature: blessings and curses share it (round nw)
    assert not any(f.category.value == "toxicity" for f in LINTER.check(text, language="ar").findings)


def test_a_crossed_threat_is_any_dare_then_any_sanction_on_one_line():
    import re

    from replylint.rules.toxicity.lexicon import CrossedThreat

    crossed = CrossedThreat(dares=[r"\bgo\s+ahead\b", r"\bcomplain\s+then\b"], sanctions=[r"\bforget\s+your\s+\w+"],
                            within=12)
    pattern = re.compile("|".join(f"(?:{p})" for p in crossed.patterns()))
    assert pattern.search("complain then. forget your refund")  # the second dare meets the sanction
    assert pattern.search("go ahead, and forget your refund")
    assert not pattern.search("go ahead and complain to the council. forget your refund")  # too far apart
    assert not pattern.search("go ahead\nforget your refund")  # not on one line
    # one expression per dare, joined, matches as the dares and the sanctions joined on their own would
    texts = ["complain then. forget your refund", "go ahead, and forget your refund", "go ahead\nforget your refund",
             "complain then, go ahead and forget your refund", "go ahead and complain then forget your refund"]
    whole = re.compile(f"(?:{'|'.join(crossed.dares)})[^\\n]{{0,{crossed.within}}}?(?:{'|'.join(crossed.sanctions)})")
    assert [[m.span() for m in pattern.finditer(t)] for t in texts] == \
        [[m.span() for m in whole.finditer(t)] for t in texts]
