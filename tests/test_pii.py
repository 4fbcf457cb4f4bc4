import functools
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn

from replylint import Linter, Severity
from replylint.cli import main

LINTER = Linter(select=["pii"])


def found(text, rule=None, **kw):
    report = LINTER.check(text, **kw)
    return [(f.rule, text[f.start:f.end]) for f in report.findings if rule is None or f.rule == rule]


def values(text, rule, **kw):
    return [v for _, v in found(text, rule, **kw)]


# -- credit cards ----------------------------------------------------------------------

@pytest.mark.parametrize("card", [
    "4539 5787 6362 1486", "4539-5787-6362-1486", "4539.5787.6362.1486", "4539578763621486",
    "4 5 3 9 5 7 8 7 6 3 6 2 1 4 8 6", "5555 5555 5555 4444", "3782 822463 10005", "6011 1111 1111 1117",
    "4539\u200b5787\u200b6362\u200b1486", "\uff14\uff15\uff13\uff19 5787 6362 1486", "٤٥٣٩ ٥٧٨٧ ٦٣٦٢ ١٤٨٦",
])
def test_card_numbers_in_any_form(card):
    text = f"Hi, the card {card} was charged twice."
    assert values(text, "pii.credit_card") == [card]


@pytest.mark.parametrize("text", [
    "Your card ending in 4821 was charged.",
    "The card **** **** **** 1486 was charged.",
    "Card XXXX-XXXX-XXXX-1486 is on file.",
    "Order 4539 5787 6362 1487 has shipped.",  # fails Luhn
    "Tracking number 4539578763621486 is active.",  # Luhn-valid but an id after 'tracking number'
    "Invoice INV-2024-118342 was re-sent.",
    "Call 1-800-555-0199 for help.",
    "Ticket 7000 0000 0000 0000 0002 was closed.",
])
def test_not_card_numbers(text):
    assert values(text, "pii.credit_card") == []


def test_card_inside_a_longer_digit_run_is_found():
    assert values("Payment 12 4539 5787 6362 1486", "pii.credit_card") == ["4539 5787 6362 1486"]


# -- card security ------------------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Card 4539 5787 6362 1486, expiry 09/27.", "09/27"),
    ("Card 4539 5787 6362 1486 09/2027", "09/2027"),
    ("Your CVV is 123.", "123"),
    ("security code: 4321", "4321"),
    ("De cvc-code is 842.", "842"),
    ("vervaldatum 11/26", "11/26"),
    ("رمز الأمان 552", "552"),
    ("تاريخ الانتهاء 03/28", "03/28"),
])
def test_card_security(text, value):
    assert value in values(text, "pii.card_security")


@pytest.mark.parametrize("text", ["We deliver on 09/27.", "Your order of 123 items shipped.", "Room 4321 is free."])
def test_not_card_security(text):
    assert values(text, "pii.card_security") == []


# -- IBAN / national ids ------------------------------------------------------------------

@pytest.mark.parametrize("iban", ["NL91 ABNA 0417 1643 00", "NL91ABNA0417164300", "GB82 WEST 1234 5698 7654 32",
                                  "DE89 3704 0044 0532 0130 00", "SA03 8000 0000 6080 1016 7519", "nl91abna0417164300"])
def test_iban(iban):
    assert values(f"Overgemaakt naar {iban} gisteren.", "pii.iban") == [iban]


def test_invalid_iban_and_company_iban():
    # check digits that fail: an IBAN with a slip, or made up, is still shown as one when printed in its groups
    # of four ('NL02 RABO 0123 4567 89' was read as a phone number); run together it needs an IBAN word
    assert values("Naar NL12 ABNA 0417 1643 00 gisteren.", "pii.iban") == ["NL12 ABNA 0417 1643 00"]
    assert values("Naar NL12ABNA0417164300 gisteren.", "pii.iban") == []
    assert values("Uw IBAN NL12ABNA0417164300 is bekend.", "pii.iban") == ["NL12ABNA0417164300"]
    ctx = {"company": {"contacts": ["NL91 ABNA 0417 1643 00"]}}
    assert values("Betaal aan NL91 ABNA 0417 1643 00.", "pii.iban", context=ctx) == []


@pytest.mark.parametrize("text,value", [
    ("The check was run on SSN 536-22-8714.", "536-22-8714"),
    ("Your social security number 536228714 is on file.", "536228714"),
    ("BSN 111222333 staat in ons systeem.", "111222333"),
    ("Uw burgerservicenummer: 111222333", "111222333"),
    ("رقم الهوية 1000000008", "1000000008"),
    ("Emirates ID 784-1987-1234567-1", "784-1987-1234567-1"),
    ("الرقم القومي 29001010100015", "29001010100015"),
    ("Your NI number is AB 12 34 56 C.", "AB 12 34 56 C"),
    # after an id word: any two letters (HMRC's example prefix QQ), a check digit that does not match
    ("matched to National Insurance number QQ 12 34 56 C", "QQ 12 34 56 C"),
    ("رقم هويتك المسجل لدينا هو 1023456789", "1023456789"),
    ("BSN 123456789 staat in ons systeem.", "123456789"),
    ("Uw rijksregisternummer 85.07.30-033.28 is gekoppeld.", "85.07.30-033.28"),
    ("Het nummer 85.07.30-033.28 staat op de kaart.", "85.07.30-033.28"),  # its own format, valid
])
def test_national_ids(text, value):
    assert values(text, "pii.national_id") == [value]


@pytest.mark.parametrize("text", [
    "Order 111222333 has shipped.",  # 11-proef valid, but no BSN context
    "Your ticket 666-22-8714 was closed.",  # invalid SSN area
    "Bestelling 20931744 is onderweg.",
    "Call 1000000008 for support.",
    "Your order number 123456789 shipped.",  # fails every checksum, no id word
    "رقم الطلب 1023456789 في الطريق",
    "Ticket QQ 12 34 56 C was closed.",  # not a valid NINO prefix and no id word
    "Het nummer 85.07.30-033.61 staat op de kaart.",  # check digits wrong, no id word
])
def test_not_national_ids(text):
    assert values(text, "pii.national_id") == []


# -- passport, date of birth, address -----------------------------------------------------

def test_passport():
    assert values("Your passport number NW1234567 is on file.", "pii.passport") == ["NW1234567"]
    assert values("Uw paspoortnummer is NP5L8K2H1.", "pii.passport") == ["NP5L8K2H1"]
    assert values("Order NW1234567 shipped.", "pii.passport") == []


@pytest.mark.parametrize("text,value", [
    ("date of birth 14 March 1987", "14 March 1987"),
    ("born on March 14, 1987", "March 14, 1987"),
    ("geboortedatum 03-07-1991", "03-07-1991"),
    ("geboren op 3 juli 1991", "3 juli 1991"),
    ("تاريخ الميلاد 14 مارس 1987", "14 مارس 1987"),
    ("DOB: 1987-03-14", "1987-03-14"),
])
def test_date_of_birth(text, value):
    assert values(text, "pii.date_of_birth") == [value]


@pytest.mark.parametrize("text", ["Delivered on 14 March 1987.", "Bezorging op 03-07-2025.",
                                  "Your date of birth can be changed in the app, delivery on 03-07-2025."])
def test_not_date_of_birth(text):
    assert values(text, "pii.date_of_birth") == []


@pytest.mark.parametrize("text,value", [
    ("Afgegeven op Kerkstraat 9.", "Kerkstraat 9"),
    ("Adres: Lindelaan 14, 3521 AB Utrecht", "Lindelaan 14, 3521 AB Utrecht"),
    ("Het adres is Van Goghstraat 12a.", "Van Goghstraat 12a"),
    ("Delivered to 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE"),
    # an Irish county and Eircode, a street called '... View' (round pt)
    ("Your new address, 7 Harbour View, Kinsale, Co. Cork P17 XR28, is covered by fibre.",
     "7 Harbour View, Kinsale, Co. Cork P17 XR28"),
    # a state or province and its postcode after the town: Australian, Canadian, American ZIP+4
    ("We have your home at 12 Wattle Grove, Ballarat VIC 3350 on file.", "12 Wattle Grove, Ballarat VIC 3350"),
    ("Posted to 3 King Street, Sydney, NSW 2000 this morning.", "3 King Street, Sydney, NSW 2000"),
    ("Home address 47 Birchwood Crescent, Kelowna, BC V1Y 6H2.", "47 Birchwood Crescent, Kelowna, BC V1Y 6H2"),
    # a French street word before the name (Quebec, France)
    ("You're booked from 118 Rue Sainte-Catherine, Montréal, QC H2X 1K4, to your new place.",
     "118 Rue Sainte-Catherine, Montréal, QC H2X 1K4"),
    ("Ship it to 12, rue de la Paix, 75002 Paris please.", "12, rue de la Paix, 75002 Paris"),
    ("Ship to 500 Market Street, San Francisco, CA 94110-1234 today.",
     "500 Market Street, San Francisco, CA 94110-1234"),
    ("Send it to 12 Main Street, Ennis, Co. Clare V95 X2Y3.", "12 Main Street, Ennis, Co. Clare V95 X2Y3"),
    # a Flemish street without a suffix, with its box number (round px)
    ("Uw nieuwe adres: Meir 25 bus 3, 2000 Antwerpen.", "Meir 25 bus 3, 2000 Antwerpen"),
    ("Sent to 500 Oak Ave, Springfield, IL 62704", "500 Oak Ave, Springfield, IL 62704"),
    ("تم التوصيل إلى شارع الملك فهد رقم 12", "شارع الملك فهد رقم 12"),
])
def test_address(text, value):
    assert values(text, "pii.address") == [value]


@pytest.mark.parametrize("text", [
    "Voor studie raad ik de Lenovo IdeaPad 5 aan, of de MacBook Air 13.",  # camel-case products (round qj)
    "Het ligt bij het afhaalpunt aan de Dorpsstraat.", "Pick it up at our store at 12 High Street.", "It costs 12 euro."])
def test_not_address(text):
    assert values(text, "pii.address") == []


# -- email / phone / ip -------------------------------------------------------------------

def test_email_rules():
    text = "Contact Karen at karen.becker77@gmail.com or us at support@acme.com and billing@acme.com."
    assert values(text, "pii.email") == ["karen.becker77@gmail.com"]
    assert values("mail jan [at] gmail [dot] com", "pii.email") == ["jan [at] gmail [dot] com"]
    ctx = {"customer": {"name": "Grace", "email": "grace.kim@example.com"},
           "company": {"contacts": ["care@souqly.ae"]}}
    assert values("Sent to grace.kim@example.com, reply to returns@souqly.ae.", "pii.email", context=ctx) == []
    public = LINTER.check("We found grace.kim@example.com", context=ctx, channel="social_public")
    (f,) = public.findings
    assert f.severity is Severity.ERROR and "public" in f.message


def test_a_login_code_is_a_credential():
    assert values("Hugo, I've reset it: log in with the code 483920 and pick a new password.", "pii.credential",
                  language="en") == ["483920"]


def test_phone_rules():
    assert values("Registered to Karen (+1 415 555 0134).", "pii.phone") == ["+1 415 555 0134"]
    assert values("De buurvrouw, 06-12345678, heeft het.", "pii.phone", language="nl") == ["06-12345678"]
    assert values("رقم المندوب 0501234567", "pii.phone", language="ar") == ["0501234567"]
    ctx = {"customer": {"name": "Jan", "phone": "+31612345678"},
           "company": {"contacts": ["+31 20 123 4567", "1-800-555-0199"]}}
    text = "Bel ons op 020 123 4567 of 1-800-555-0199; we bellen je op 06-12345678."
    assert values(text, "pii.phone", context=ctx, language="nl") == []
    pub = values(text, "pii.phone", context=ctx, language="nl", channel="social_public")
    assert pub == ["06-12345678"]
    assert values("Bestelling 20931744 en ordernummer 0612345678.", "pii.phone", language="nl") == []


def test_a_south_african_id_number():
    # 13 digits: birth date, Luhn check digit (round sk); after 'ID number' even with its check digit off
    assert values("We have your ID number as 8501015800088.", "pii.national_id") == ["8501015800088"]
    assert values("We have your ID number as 8501015800087.", "pii.national_id") == ["8501015800087"]
    assert values("Your account number is 8501015800088.", "pii.national_id") == []


def test_ip_addresses():
    assert values("Your public IP is 84.241.12.7.", "pii.ip_address") == ["84.241.12.7"]
    assert values("from 2001:db8:85a3::8a2e:370:7334 today", "pii.ip_address") == ["2001:db8:85a3::8a2e:370:7334"]
    assert values("Update to version 2.4.1.9 please, at 10.30.", "pii.ip_address") == []


# -- credentials and secrets --------------------------------------------------------------

@pytest.mark.parametrize("text,value", [
    ("Your temporary password is Xk9#mT2vLq and expires today.", "Xk9#mT2vLq"),
    ("Je nieuwe wachtwoord: Welkom123!", "Welkom123!"),
    ("Your PIN has been reset to 4921.", "4921"),
    ("Your one-time code is 482913.", "482913"),
    ("كلمة المرور الجديدة: Abc12345", "Abc12345"),
    ("password: 'hunter2!'", "hunter2!"),
    ("Your PUK code is 84021937. Please keep it safe.", "84021937"),
    ("Je pin nummer is 5512.", "5512"),
    ("Ik heb je wachtwoord tijdelijk gereset naar Welkom2024! Log daarmee in.", "Welkom2024!"),
    ("I've temporarily reset your password to Spring#2025 so you can log in.", "Spring#2025"),
    ("I've set a temporary password for him instead: Kx7!vQ29pL. He should change it.", "Kx7!vQ29pL"),
    # codes that open a door, a key safe or a child's pick-up (round sf)
    ("The door code is 4471, let yourself in.", "4471"),
    ("Hoi Naomi, de nieuwe ophaalcode is 4471. Geef hem alleen aan mensen die je dochter mogen ophalen.", "4471"),
    ("De code van de sleutelkluis is 2580.", "2580"),
])
def test_credentials(text, value):
    assert values(text, "pii.credential") == [value]


@pytest.mark.parametrize("text", ["We will never ask for your password.", "Your password is incorrect.",
                                  "Reset your password via the link.", "De pincode is gewijzigd.",
                                  "Please change your password to something stronger.",
                                  "Use your password to log in to the portal.",
                                  "Ik heb uw wachtwoord gereset naar de standaardinstelling.",
                                  "Your PUK code is printed on the SIM card holder.", "The login code is on its way."])
def test_not_credentials(text):
    assert values(text, "pii.credential") == []


@pytest.mark.parametrize("secret", [
    "sk_live_51HqLyjWDarjtT1zdp7dc9Xk4Qa", "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8", "AKIAIOSFODNN7EXAMPLE",
    "xoxb-1234567890-abcdefghij", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dBjftJeZ4CVPmB92K27uhbUJU1p1r",
])
def test_known_secret_formats(secret):
    assert values(f"Use {secret} for now.", "pii.secret") == [secret]


def test_other_secrets():
    assert values("The api key is 9fK2mQ7xLp4ZtR8vW1nB6cY3.", "pii.secret") == ["9fK2mQ7xLp4ZtR8vW1nB6cY3"]
    assert values("Open https://admin:s3cr3t@internal.example.com/x", "pii.secret") == ["admin:s3cr3t"]
    key = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----"
    assert values(f"here:\n{key}\n", "pii.secret") == [key]
    assert values("Your tracking code is JJD0099887766.", "pii.secret") == []


# -- requests for sensitive data ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("Please type your full card number and CVV here in the chat.", "en"),
    ("Could you send me a photo of your passport?", "en"),
    ("What's your PIN?", "en"),
    ("To verify, reply with your social security number.", "en"),
    ("We need your card details to process this, can you share them?", "en"),
    ("DM us your password and we'll check.", "en"),
    ("Stuur mij hier in de chat even je burgerservicenummer.", "nl"),
    ("Kunt u uw creditcardnummer en de cvc-code doorgeven?", "nl"),
    ("Wil je een kopie van je paspoort mailen?", "nl"),
    ("Wat is uw pincode?", "nl"),
    ("من فضلك أرسلي لي رقم الهوية الوطنية ورقم البطاقة كاملاً هنا في المحادثة.", "ar"),
    ("يرجى إرسال صورة جواز السفر.", "ar"),
    ("ما هو الرقم السري؟", "ar"),
    # spoken imperatives to a woman with 'to me', and Egyptian 'الكارت'
    ("أهلين لينا، ابعتيلي رقم البطاقة وتاريخ الانتهاء والرمز اللي ورا عشان أدفعها عنك.", "ar"),
    ("ابعتلي رقم الكارت كامل والرقم السري بتاعه هنا.", "ar"),
    ("Wilt u hier uw pincode intypen?", "nl"),
])
def test_pii_requests(text, lang):
    assert found(text, "pii.pii_request", language=lang), text


@pytest.mark.parametrize("text,lang", [
    ("We will never ask for your PIN or password.", "en"),
    ("Please do not send your card number by e-mail.", "en"),
    ("Please confirm the last four digits of your card.", "en"),
    ("Please enter your card number on our secure payment page.", "en"),
    ("If you did not receive the code, give us a call and have your card number ready.", "en"),
    ("Your passport was received, thank you.", "en"),
    ("Stuur je pincode nooit naar iemand, ook niet naar ons.", "nl"),
    ("U hoeft uw wachtwoord niet te delen.", "nl"),
    ("Vul je kaartnummer in via de beveiligde betaallink.", "nl"),
    ("لا ترسل رقم بطاقتك لأي شخص.", "ar"),
    ("لن نطلب منك كلمة المرور أبداً.", "ar"),
    # the document as the reference for a name, not what is asked for
    ("Just reply with the new traveller's full name as it appears on their passport.", "en"),
    ("Stuur me de naam zoals die in het paspoort staat, dan voeg ik hem toe.", "nl"),
    ("أرسل لي الاسم كما هو في جواز السفر.", "ar"),
    ("I've locked the account. Please set a new password via the link I've just emailed you.", "en"),
    ("That usually happens when people type their card details wrong. Try the payment again.", "en"),
    ("Please log in to the router at 192.168.1.1 with the admin password printed on the back.", "en"),
    # the request verb as a noun
    ("Meneer, misschien moet u gewoon beter opletten bij het intypen van uw pincode.", "nl"),
])
def test_not_pii_requests(text, lang):
    assert not found(text, "pii.pii_request", language=lang), text


# -- masking, redaction, output ----------------------------------------------------------

def test_excerpts_and_messages_are_masked():
    text = "Card 4539 5787 6362 1486, CVV 123, mail karen.becker77@gmail.com"
    report = LINTER.check(text)
    by_rule = {f.rule: f for f in report.findings}
    assert by_rule["pii.credit_card"].excerpt == "**** **** **** 1486"
    assert by_rule["pii.card_security"].excerpt == "***"
    assert by_rule["pii.email"].excerpt.endswith(".com") and "karen" not in by_rule["pii.email"].excerpt
    dumped = report.model_dump_json()
    for secret in ("4539 5787 6362", "karen.becker77", "CVV 123"):
        assert secret not in dumped.replace(report.redacted_text or "", "")
    assert report.redacted_text == "Card **** **** **** 1486, CVV [card security data removed], mail [e-mail address removed]"
    for f in report.findings:
        assert f.fix is not None and f.fix.safe


def test_cli_output_never_shows_the_value(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = tmp_path / "r.txt"
    p.write_text("Hi Oliver, card 4539 5787 6362 1486 was charged.\n")
    for fmt in ("text", "json", "jsonl", "sarif", "github"):
        main(["check", str(p), "--format", fmt, "--select", "pii"])
        out, err = capsys.readouterr()
        assert "4539" not in re.sub(r"\d+\.\d+", "", out + err), fmt  # timings are not leaks
    assert main(["check", str(p), "--fix", "--select", "pii"]) == 0
    assert p.read_text() == "Hi Oliver, card **** **** **** 1486 was charged.\n"


def test_stdin_fix_prints_the_redacted_reply(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("BSN 111222333 klopt.".encode())))
    assert main(["check", "-", "--fix"]) == 0
    out, err = capsys.readouterr()
    assert out == "BSN [national identity number removed] klopt."


# -- properties ---------------------------------------------------------------------------

@st.composite
def card_numbers(draw):
    prefix = draw(st.sampled_from(["4", "51", "55", "2221", "34", "37", "6011", "3528"]))
    length = {"34": 15, "37": 15}.get(prefix, 16)
    body = prefix + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - len(prefix) - 1,
                                           max_size=length - len(prefix) - 1)))
    assume(len(set(body)) > 1)
    return body + luhn.calc_check_digit(body)


def _format(digits: str, style: str) -> str:
    if style == "spaces":
        return " ".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    if style == "dashes":
        return "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))
    if style == "each":
        return " ".join(digits)
    if style == "arabic":
        return digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    if style == "zero-width":
        return "\u200b".join(digits)
    return digits


_NOT_CARD_WORDS = [w for lang in ("en", "nl", "ar") for w in LINTER.packs.get("pii", lang).context.not_card]
SAFE_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Nd", "Cs"), blacklist_characters="*"), max_size=60)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(card_numbers(), st.sampled_from(["spaces", "dashes", "each", "arabic", "zero-width", "plain"]),
       SAFE_TEXT, SAFE_TEXT, st.sampled_from([" ", ": ", " (", "\n", " - "]))
def test_a_luhn_valid_card_is_always_found(digits, style, before, after, sep):
    number = _format(digits, style)
    assume(not before or not before[-1].isalnum())
    # (unless the text before names it an order or an invoice: 'طلب: 2221 0000 0000 0009', hypothesis found)
    assume(not any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", before, re.I) for w in _NOT_CARD_WORDS))
    text = f"{before}{sep}{number} {after}"
    start = text.index(number)
    report = LINTER.check(text)
    cards = [f for f in report.findings if f.rule == "pii.credit_card"]
    assert any(f.start <= start and f.end >= start + len(number) - 1 for f in cards), (text, report.findings)


PII_VALUES = st.sampled_from([
    "4539 5787 6362 1486", "karen.becker77@gmail.com", "NL91 ABNA 0417 1643 00", "SSN 536-22-8714",
    "+1 415 555 0134", "password is Xk9#mT2vLq", "sk_live_51HqLyjWDarjtT1zdp7dc9Xk4Qa", "CVV 123",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PII_VALUES, st.text(max_size=20)), max_size=8))
def test_redaction_removes_every_span_and_is_idempotent(parts):
    text = " ".join(parts)
    report = LINTER.check(text)
    redacted = report.redacted_text if report.redacted_text is not None else text
    for f in report.findings:
        if f.fix is not None and f.fix.safe and f.end - f.start >= 5:
            assert text[f.start:f.end] not in redacted or f.excerpt == text[f.start:f.end]
    again = LINTER.check(redacted)
    assert again.redacted_text in (None, redacted)
    assert not [f for f in again.findings if f.fix is not None and f.fix.safe]


def test_iban_whose_digits_contain_a_luhn_valid_run_is_an_iban():
    text = "تم تحويل المبلغ إلى الحساب SA63 3708 3121 5704 8495 8246 يوم الأحد."
    assert found(text) == [("pii.iban", "SA63 3708 3121 5704 8495 8246")]


@pytest.mark.parametrize("number", ["06 9893 8928", "06-71487942", "+1 212 555 0142"])
def test_phone_numbers_in_unallocated_ranges_are_still_phone_numbers(number):
    assert values(f"Bel de bezorger op {number}.", "pii.phone", language="nl") == [number]


@pytest.mark.parametrize("text", ["Geleverd op 03-07-1991.", "Op 06-12-2024 om 10:00.", "ordernummer 0612345678"])
def test_dates_and_order_numbers_are_not_phone_numbers(text):
    assert values(text, "pii.phone", language="nl") == []


@pytest.mark.parametrize("text,value", [
    ("SSN 536-22-8714 0 and again", "536-22-8714"),
    ("Mijn BSN is 111222333 44", "111222333"),
])
def test_an_id_followed_by_another_number_is_still_found(text, value):
    found = [text[f.start:f.end] for f in LINTER.check(text).findings if f.rule == "pii.national_id"]
    assert found == [value]



@pytest.mark.parametrize("text,language", [
    ("You can also call us on 0800 123 4567, Monday to Friday.", "en"),  # "call us on"
    ("Our billing team: 0800 328 9012.", "en"),  # a UK free-phone number (not a valid US one)
    ("Bel gerust 0900-1234 (10 ct/min).", "nl"),  # premium rate
    ("Je kunt ons bereiken op 085 123 4567.", "nl"),
    ("يمكنك الاتصال بنا على الرقم المجاني 800 123 4567.", "ar"),
])
def test_the_companys_own_numbers_are_not_personal(text, language):
    assert values(text, "pii.phone", language=language) == []


@pytest.mark.parametrize("text,language,value", [
    ("You can also reach us on 07911 123456 which is my personal mobile, any time.", "en", "07911 123456"),
    ("Je kunt ons ook bellen op 06 12345678, dat is mijn privénummer.", "nl", "06 12345678"),
])
def test_a_personal_number_behind_a_company_cue_is_personal(text, language, value):
    assert values(text, "pii.phone", language=language, channel="social_public") == [value]
    # the cue after the next sentence end says nothing about it
    assert values("Call us on 07911 123456. My personal mobile is off today.", "pii.phone", language="en",
                  channel="social_public") == []


def test_a_company_cue_in_another_sentence_does_not_cover_a_number():
    text = "If the seller does not answer, call us. His number is 06-12345678."
    assert values(text, "pii.phone", language="nl") == ["06-12345678"]
    assert values("Call us on 020 555 1234, or ask your neighbour on 06 12345678.", "pii.phone",
                  language="nl") == ["06 12345678"]


@pytest.mark.parametrize("text,language,asks", [
    ("Just reply here with the long number on the front of your card plus the three digits on the back.", "en", True),
    ("Let me know your PIN and I'll unlock the SIM.", "en", True),
    ("Let us know if your new password works.", "en", False),  # whether, not what
    ("Laat ons weten of je nieuwe wachtwoord werkt.", "nl", False),
    ("Stuur even de cijfers op de achterkant van je pas via de chat.", "nl", True),
    ("We need three digits more for the tracking code, can you send them?", "en", False),
    ("The pop-up asks for your password only on a new device.", "en", False),
    # a negation negates the item it stands before: in 'and not your PIN' the 'not' is the PIN's
    ("Send us your card number and not your PIN.", "en", True),
    ("Stuur ons je pasnummer en niet je pincode.", "nl", True),
    ("Please never send your PIN.", "en", False),
    ("Stuur je pincode nooit naar iemand, ook niet naar ons.", "nl", False),
    ("Send me the last four digits of your card, not the full card number.", "en", False),
    # an organisation's own card is no identity document (round sd); an item with its value after it is given
    ("For the student discount, just send us a photo of your student ID.", "en", False),
    ("Please send us a copy of your employee ID card so we can apply the corporate rate.", "en", False),
    ("ابعتلنا صورة هوية الجامعة عشان الخصم.", "ar", False),
    ("Stuur een foto van je collegekaart voor de korting.", "nl", False),
    ("ارسل لنا صورة هويتك.", "ar", True),
    ("كود الباب ٤٤٧١ ادخل مباشرة.", "ar", False),
    # an approval code read out to the agent (round ui); the code announced, or something else read out, is no request
    ("Please read me the 6-digit code once it arrives so I can release the payment.", "en", True),
    ("You'll get a 6-digit code in the app to approve it; never share it with anyone, including us.", "en", False),
    ("Read me the reference on the letter, please.", "en", False),
    # the item to be blacked out of what is sent (round un)
    ("Stuur hier een foto van de brief. Je BSN kun je wegzwarten.", "nl", False),
    ("Send us a photo of the letter. You can black out your SSN.", "en", False),
])
def test_requests_in_other_words(text, language, asks):
    assert bool(found(text, "pii.pii_request", language=language)) is asks


def test_arabic_phrases_also_match_with_a_possessive_suffix():
    from replylint.textutil import with_possessive_forms

    forms = with_possessive_forms(["رقم الهوية", "جواز السفر", "card"])
    assert {"رقم الهوية", "رقم هويتك", "جواز سفرك", "جواز سفركم", "card"} <= set(forms)
    assert "cardك" not in "".join(forms)
    # "your id number" is context for a national id, "your passport" an item to ask for
    assert values("يا ماجد، رقم هويتك ١٠٠٠٠٠٠٠٠٨ مسجل باسم شخص آخر.", "pii.national_id", language="ar") == \
        ["١٠٠٠٠٠٠٠٠٨"]
    assert found("يرجى إرسال صورة جواز سفرك هنا.", "pii.pii_request", language="ar")
    assert not found("لن نطلب منك أبداً رقم بطاقتك.", "pii.pii_request", language="ar")


def test_english_possessives_also_match_without_their_apostrophe():
    from replylint.textutil import with_possessive_forms

    assert with_possessive_forms(["driver's license", "card"]) == ["driver's license", "drivers license", "card"]
    assert found("Just snap a picture of the front and back of your drivers licence and send it here in the chat.",
                 "pii.pii_request")
    assert not found("Bring your drivers licence to the office and we'll cut the lock while you wait.",
                     "pii.pii_request")


@pytest.mark.parametrize("text,asks", [
    ("The password you use is wrong, please reset it.", False),  # 'please' asks only in the item's clause
    ("We need your card number to process this.", True),
    ("Could you send me the code we just texted you?", True),
])
def test_weak_cues_ask_only_in_the_items_clause(text, asks):
    assert bool(found(text, "pii.pii_request", language="en")) is asks


@pytest.mark.parametrize("email,name,channel,flagged", [
    ("lyle.hart@outlook.com", "Lyle Hart", "chat", False),  # no address on record: the surname says it's theirs
    ("lyle.hart@outlook.com", "Lyle Hart", "social_public", True),
    ("maria.garcia@gmail.com", "Maria Lopez", "email", True),  # another Maria
    ("karen.becker77@gmail.com", "Paul", "email", True),
    ("karen.becker77@gmail.com", "Paul Becker", "email", True),  # family members share a surname
    ("lhart88@gmail.com", "Lyle Hart", "email", False),
])
def test_an_address_made_of_the_customers_surname_is_theirs(email, name, channel, flagged):
    text = f"I've emailed you at {email} with the label."
    assert bool(found(text, "pii.email", language="en", channel=channel,
                      context={"customer": {"name": name}})) is flagged


@pytest.mark.parametrize("text,language", [
    ("Je mobiele nummer bij ons is 06-12345678, klopt dat nog?", "nl"),
    ("Your registered number is 07700 900123; shall we text you there?", "en"),
    ("رقم جوالك المسجل هو 0501234567، هل تريدين تغييره؟", "ar"),
    # whoever calls or texts, a number they will reach 'you' on is yours (round po; ag-9 relabelled to match)
    ("Walkers will now text you at (917) 555-0182 when they pick up Max.", "en"),
    ("The engineer will call you on 07700 900123 before arriving.", "en"),
    ("De monteur belt u op 06-12345678 voordat hij komt.", "nl"),
    ("المندوب بيتصل عليك على 0501234567 قبل التوصيل.", "ar"),
])
def test_the_recipients_own_number_presented_as_theirs(text, language):
    """No phone on record: 'your registered number is ...' presents the customer's own number (private
    channel only; on a public channel, or against a different number on record, it is still reported)."""
    assert values(text, "pii.phone", language=language, channel="chat") == []
    assert len(values(text, "pii.phone", language=language, channel="social_public")) == 1
    other = {"customer": {"name": "X", "phone": "+31 20 555 0000"}}
    assert len(values(text, "pii.phone", language=language, channel="chat", context=other)) == 1


@pytest.mark.parametrize("text,language,asked", [
    # a safe channel in one alternative does not make the other one safe (round qb)
    ("تقدر تدفعها من التطبيق، أو ابعتلي رقم البطاقة البنكية والرقم السري هني وأنا أدفعها لك.", "ar", True),
    ("You can pay in the app, or just type your card number and CVV here and I'll run it.", "en", True),
    ("Please enter your card number in the app or on our website.", "en", False),
    ("Update your password in the app, or call us and we'll reset it.", "en", False),
    ("ابعت رقم البطاقة من التطبيق أو من الموقع، مو هنا.", "ar", False),
])
def test_a_request_in_the_other_alternative_is_still_one(text, language, asked):
    assert bool(found(text, "pii.pii_request", language=language, channel="chat")) is asked


def test_a_third_partys_number_is_still_reported():
    assert len(values("The courier's number is 07700 900123.", "pii.phone", language="en", channel="chat")) == 1


@pytest.mark.parametrize("text,language", [
    ("Please reset your password using the link we emailed you.", "en"),
    ("Could you change your PIN in the app?", "en"),
    ("Wil je je wachtwoord even wijzigen?", "nl"),
    ("يرجى تغيير كلمة المرور من التطبيق.", "ar"),
])
def test_acting_on_an_item_where_it_is_is_not_asking_for_it(text, language):
    assert values(text, "pii.pii_request", language=language, channel="chat") == []


@pytest.mark.parametrize("text,language", [
    ("Please send your password here.", "en"),
    ("Could you change your PIN and send me the new one?", "en"),
    ("Could you send a photo of both sides of your card?", "en"),
    ("Stuur even een foto van je pas.", "nl"),
    ("Just pop your card number and expiry in this chat and I'll sort it.", "en"),
    ("Could you put your card number here in the chat?", "en"),
    ("ممكن تعطيني الرمز اللي وصلك على الجوال؟", "ar"),
    ("أرسل لي صورة من بطاقتك البنكية من الجهتين.", "ar"),
])
def test_still_a_request(text, language):
    assert len(values(text, "pii.pii_request", language=language, channel="chat")) == 1


def test_a_card_shaped_number_after_a_card_word_counts_even_with_a_bad_check_digit():
    found = LINTER.check("For reference the card on file is 4929 1234 5678 9014.", language="en").findings
    assert [(f.rule, f.excerpt) for f in found] == [("pii.credit_card", "**** **** **** 9014")]
    # ... but not an order number, nor a number whose nearer label is another
    assert LINTER.check("Your order 4929 1234 5678 9014 has shipped.", language="en").findings == []
    assert LINTER.check("Your card order 4929 1234 5678 9014 has shipped.", language="en").findings == []


def test_a_login_pair_reports_the_password_half():
    text = "The temporary login is erin.shah / Welkom2024! - please change it after signing in."
    found = [f for f in LINTER.check(text, language="en").findings if f.rule == "pii.credential"]
    assert [text[f.start:f.end] for f in found] == ["Welkom2024!"]
    assert LINTER.check("Your login is erin.shah and you can sign in now.", language="en").findings == []
    assert [f.rule for f in LINTER.check("Your login code: 583920", language="en").findings] == ["pii.credential"]


def test_reply_to_this_email_with_a_list_is_a_request():
    text = "Please reply to this email with your sort code, account number and online banking passcode."
    assert [f.rule for f in LINTER.check(text, language="en", channel="email").findings] == ["pii.pii_request"]


@pytest.mark.parametrize("text", ["Please check the expiry on your card before you travel.",
                                  "Please make sure the expiry date hasn't passed."])
def test_checking_a_card_detail_where_it_is_asks_for_nothing(text):
    assert LINTER.check(text, language="en", channel="chat").findings == []


@pytest.mark.parametrize("text,language", [
    ("Just to confirm it's you, what's the long number on your debit card and the expiry?", "en"),
    ("Kun je hier even de code van de achterkant van je pas intypen?", "nl"),
])
def test_card_details_asked_for_in_other_words(text, language):
    assert [f.rule for f in LINTER.check(text, language=language, channel="chat").findings] == ["pii.pii_request"]


def test_an_iban_shaped_code_after_an_iban_word_counts_even_with_bad_check_digits():
    found = LINTER.check("We storten het bedrag terug op IBAN NL02 RABO 0123 4567 89, op naam van S. Mol.",
                         language="nl").findings
    assert [(f.rule, f.excerpt[-5:]) for f in found] == [("pii.iban", "67 89")]
    assert LINTER.check("Your reference NL02RABO0123456789 is noted.", language="en").findings == []


def test_an_arabic_address_with_a_building_and_a_flat():
    text = "عنوانك: شارع الشيخ زايد، برج النخيل، شقة ١٢، دبي."
    assert [f.rule for f in LINTER.check(text, language="ar").findings] == ["pii.address"]
    assert LINTER.check("فرعنا في شارع الملك فهد، مبنى 5، الرياض.", language="ar").findings == []


@pytest.mark.parametrize("text,value", [
    # the flat or floor after the building's number belongs to the address
    ("العنوان: شارع وصفي التل، عمارة 14، شقة 3.", "شارع وصفي التل، عمارة 14، شقة 3"),
    ("العنوان: شارع الجامعة، بناية 5، شقة 12، عمان", "شارع الجامعة، بناية 5، شقة 12، عمان"),
    ("شارع الملك فهد 12، الدور 3", "شارع الملك فهد 12، الدور 3"),
])
def test_an_arabic_address_ends_with_its_flat_or_floor(text, value):
    assert values(text, "pii.address", language="ar") == [value]
    # the town and district before the street are no customer's name (context.wrong_name)
    found = LINTER.check(f"والعنوان عمان، خلدا، {text}", language="ar", context={"customer": {"name": "أحمد البطاينة"}})
    assert [f.rule for f in found.findings if f.severity.value != "info"] == ["pii.address"]


@pytest.mark.parametrize("text,value", [
    ("تاريخ الميلاد ١٤٠٨/٠٥/١٢هـ، ورقم الهوية عندنا.", "١٤٠٨/٠٥/١٢"),  # a Hijri year, with its era mark
    ("تاريخ الميلاد ١٢/٠٥/١٤٠٨ هـ", "١٢/٠٥/١٤٠٨"),
])
def test_a_hijri_date_of_birth(text, value):
    assert values(text, "pii.date_of_birth", language="ar") == [value]
    # a Hijri date of last year is no birth date
    import datetime as dt
    last_year = (dt.date.today().year - 622) * 33 // 32 - 1
    assert values(f"تاريخ الميلاد {last_year}/05/12هـ", "pii.date_of_birth", language="ar") == []


@pytest.mark.parametrize("text,codes", [
    ("Your recovery code is 7H3K-99QX-L2MP.", ["7H3K-99QX-L2MP"]),
    ("Your 2FA recovery codes: 7H3K-99QX-L2MP, 8JJ2-11PQ-K3LM.", ["7H3K-99QX-L2MP", "8JJ2-11PQ-K3LM"]),
    ("Your backup code is 48213377.", ["48213377"]),
    # a code word without a code after it in its sentence, or an article number
    ("We sent a recovery code to your email; it expires in 10 minutes.", []),
    ("Backup codes can be made in Settings > Security. See article KB-2231.", []),
])
def test_a_recovery_code_is_a_secret(text, codes):
    assert values(text, "pii.secret", language="en") == codes


def test_an_arabic_district_and_street_without_a_number_are_an_address():
    text = "تم تغيير عنوان التوصيل إلى حي الملقا، شارع الأمير محمد بن سعد، الرياض. سيصلك الطلب غداً."
    assert values(text, "pii.address", language="ar") == ["حي الملقا، شارع الأمير محمد بن سعد، الرياض"]
    # the town after the last comma is no customer's name (context.wrong_name)
    assert [f.rule for f in LINTER.check(text, language="ar", context={"customer": {"name": "عبدالله المطيري"}}
                                         ).findings if f.severity.value != "info"] == ["pii.address"]
    # a named building and its street, without a number (round ss), make one too
    assert values("وعنوانك بناية الأمل، شارع الحمرا، بيروت.", "pii.address", language="ar") == [
        "بناية الأمل، شارع الحمرا، بيروت"]
    assert values("اجتماعنا في مبنى الإدارة، شارع الجامعة.", "pii.address", language="ar") == []
    # one of them alone, or a showroom's address, is no home
    assert values("الفرع الجديد في حي العليا قريب منك.", "pii.address", language="ar") == []
    assert values("المعرض في شارع الملك فهد، حي العليا، بجانب برج المملكة.", "pii.address", language="ar") == []
    # "عن طريق" is "by way of", no road
    assert values("تقدر تسدد عن طريق سداد برقم المفوتر ٠٠١ ورقم الحساب.", "pii.address", language="ar") == []


def test_an_emirates_id_after_an_id_word_counts_with_a_bad_check_digit():
    found = LINTER.check("رقم هويتك ٧٨٤١٩٨٧١٢٣٤٥٦٧٨ مسجل لدينا.", language="ar").findings
    assert [f.rule for f in found] == ["pii.national_id"]


def test_an_email_presented_as_the_recipients_own_in_a_private_channel():
    text = "Hi Pam, I've updated your phone to 020 7946 0123 and your email to pam.y@webmail.co.uk."
    assert LINTER.check(text, language="en", channel="chat").findings == []
    # ... but not on a public channel, nor a third party's after "registered to"
    assert [f.rule for f in LINTER.check(text, language="en", channel="social_public").findings] == \
        ["pii.phone", "pii.email"]
    third = "The line is registered to Karen Becker (karen.becker77@gmail.com)."
    assert [f.rule for f in LINTER.check(third, language="en", channel="email").findings] == ["pii.email"]


@pytest.mark.parametrize("text,language,asks", [
    # the request comes in the next sentence and points back at the items
    ("The booking needs your passport number and your national id. Can you send them over?", "en", True),
    ("The security code on the back is three digits. Send those here and I'll process the payment.", "en", True),
    ("Voor de boeking hebben we je paspoortnummer en BSN. Stuur ze even door.", "nl", True),
    # a determiner, not an anaphor; a safe place; a negation; items acted on where they are
    ("You entered the wrong password three times. Send us both screenshots.", "en", False),
    ("Your card number and the expiry date are on the front. Just type them into the payment page.", "en", False),
    ("Je pincode en je pas komen apart. Stuur ze niet door aan anderen.", "nl", False),
    ("Your new PIN and card will arrive separately by post. Please keep them safe.", "en", False),
])
def test_a_request_can_point_back_at_the_items_of_the_sentence_before(text, language, asks):
    assert bool(found(text, "pii.pii_request", language=language)) is asks


@pytest.mark.parametrize("text,language", [
    ("If you'd like to verify your identity, please visit a branch with your passport.", "en"),
    ("Please bring your passport to the check-in desk.", "en"),
    ("Kom gerust langs in de winkel met je paspoort.", "nl"),
    ("يرجى إحضار جواز سفرك عند زيارة الفرع.", "ar"),
])
def test_showing_a_document_in_person_is_no_request_over_the_channel(text, language):
    assert not found(text, "pii.pii_request", language=language)


@pytest.mark.parametrize("text,language,asks", [
    # the safe channel is the one the request spares the customer
    ("Stuur hier even een foto van je paspoort en je BSN, dan hoef je niks mee te nemen.", "nl", True),
    ("Just send a photo of your passport here, no need to visit a branch.", "en", True),
    ("أرسل صورة جوازك هنا، لا داعي لزيارة الفرع.", "ar", True),
    ("عطني رقمك السري للتطبيق وأشيك لك على الرصيد.", "ar", True),
    # ... and still safe where it is the way to send it
    ("Please enter your card number in the app, no need to send it here.", "en", False),
])
def test_a_safe_channel_said_to_be_needless_does_not_make_a_request_safe(text, language, asks):
    assert bool(found(text, "pii.pii_request", language=language)) is asks


@pytest.mark.parametrize("text,language,asks", [
    # a weak cue ('please', 'we need') and a moment in person: the item is brought, not sent (request.in_person)
    ("الرجاء إحظار رخصة القيادة وجواز السفر عند الاستلام من الفرع.", "ar", False),  # (the verb misspelt)
    ("نحتاج صورة الهوية عند الاستلام.", "ar", False),
    ("Please have your passport and driving licence with you at pickup.", "en", False),
    ("We need your passport number when you arrive.", "en", False),
    ("Graag uw paspoort en rijbewijs bij het ophalen.", "nl", False),
    # a request verb still asks, whatever moment it names
    ("ارسل صورة جواز السفر هنا قبل الاستلام من الفرع عشان نجهز العقد.", "ar", True),
    ("أرسل صورة جواز السفر على الإيميل، والسيارة تنتظرك عند الاستلام.", "ar", True),
    ("Please send a photo of your passport here before pickup.", "en", True),
    ("Stuur een foto van uw paspoort vóór het ophalen.", "nl", True),
    ("نحتاج صورة الهوية هنا بالمحادثة.", "ar", True),
    # an informal 'pop the ...' asks as 'send the ...' does (round rp)
    ("Just pop the 16 digits from the front of the card and the expiry date in your reply.", "en", True),
    ("Just pop the parcel in the post.", "en", False),
])
def test_a_weak_request_that_names_a_moment_in_person_asks_for_nothing_to_be_sent(text, language, asks):
    assert bool(found(text, "pii.pii_request", language=language)) is asks


def test_still_needing_an_item_is_asking_for_it():
    assert found("Dear James, I still need your National Insurance number to finish the application.",
                 "pii.pii_request", language="en")


@pytest.mark.parametrize("text,account", [
    ("We've set up your direct debit from account 31926819, sort code 60-16-13.", "31926819"),
    ("Routing number 021000021, account 1234567890.", "1234567890"),
    ("Your direct debit comes from BSB 062-000, account 1234 5678.", "1234 5678"),  # printed in groups
])
def test_a_domestic_account_number_next_to_a_sort_or_routing_code(text, account):
    hits = [f for f in LINTER.check(text, language="en").findings if f.rule == "pii.iban"]
    assert [text[f.start:f.end] for f in hits] == [account]
    assert account not in hits[0].message and account not in hits[0].excerpt


def test_an_account_number_without_a_bank_code_is_a_customer_number():
    text = "Your account number is 40021873. You can find it on your bill."
    assert [f.rule for f in LINTER.check(text, language="en").findings] == []


@pytest.mark.parametrize("number", ["(917) 555-0143", "917-555-2143"])
def test_a_us_number_is_no_uk_service_number(number):
    # read as a UK number, 917 555 2143 would be premium rate; but a UK number written nationally starts with 0
    assert values(f"His mobile is {number} if you want to reach him.", "pii.phone", language="en") == [number]


def test_a_uk_freephone_number_is_still_the_company_s():
    assert values("Call 0800 123 4567 for help.", "pii.phone", language="en") == []


@pytest.mark.parametrize("text,ips", [
    ("Flash 3.1.5 via the web UI at 192.168.50.1 (the router's local address).", []),
    ("Your router is at 10.0.0.1 or 192.168.1.254.", []),
    ("Server IP for your VPN is 10.24.8.110.", ["10.24.8.110"]),
    ("The requests came from 203.0.113.45.", ["203.0.113.45"]),
])
def test_a_home_router_address_is_no_personal_ip(text, ips):
    assert values(text, "pii.ip_address", language="en") == ips


@pytest.mark.parametrize("text,language", [
    ("رقم فندق أتلانتس للحجوزات هو +971 4 426 2000، وتقدر تتواصل معهم مباشرة.", "ar"),
    ("The hotel's reservations line is +44 20 7946 0958 if you need them.", "en"),
])
def test_a_business_s_number_is_not_personal(text, language):
    assert values(text, "pii.phone", language=language) == []


def test_an_id_number_without_a_known_checksum_right_after_an_id_word():
    text = "تم تفعيل الباقة على رقمك 0791234567 وبطاقة الهوية رقم 9881012345."
    # the recipient's own number ('على رقمك') is no leak; the Jordanian national number is
    assert found(text, language="ar", channel="email") == [("pii.national_id", "9881012345")]
    # another number in between: 'phone 646-555-0142' is no SSN
    text = "The account belongs to John Carter, SSN 532-44-1290, phone 646-555-0142."
    assert [r for r, _ in found(text, language="en")] == ["pii.national_id", "pii.phone"]


def test_the_companys_own_bank_account_is_not_personal():
    company = {"company": {"name": "Webwinkel Noord"}}
    text = "Maak het bedrag over naar NL44 RABO 0123 4567 89 t.n.v. Webwinkel Noord, onder vermelding van 55012."
    assert found(text, language="nl", context=company) == []  # (and its digits are no phone number)
    assert values("Please transfer to our account: IBAN GB29 NWBK 6016 1331 9268 19.", "pii.iban",
                  language="en") == []
    # the customer's account, with the company only in the signature, still counts
    text = "We storten het terug op NL91 ABNA 0417 1643 00, op naam van S. Mol.\n\nGroet,\nWebwinkel Noord"
    assert values(text, "pii.iban", language="nl", context=company) == ["NL91 ABNA 0417 1643 00"]


def test_a_number_presented_as_the_customers_own_after_it():
    text = "Hoi Sophie, we hebben 06-12345678 als je nummer staan. Klopt dat nog?"
    assert values(text, "pii.phone", language="nl", channel="chat") == []
    # the words in the next sentence say nothing about it
    text = "Het pakket ligt bij de buren, 06-98765432. Je nummer hebben we ook."
    assert values(text, "pii.phone", language="nl", channel="chat") == ["06-98765432"]
    assert values("Je pakket 0612345678 is onderweg.", "pii.phone", language="nl") == []


def test_an_arabic_password_after_a_possessive():
    text = "أهلاً وعد، كلمة المرور حقتك هي Waad@2024، غيريها بعد ما تدخلين."
    assert values(text, "pii.credential", language="ar") == ["Waad@2024"]


@pytest.mark.parametrize("text,language,found", [
    ("PackRight: your crew arrives Sat 8-9am. Questions? Call 0161 496 0000. Reply STOP to opt out.", "en", []),
    ("Vragen? Bel 020-7654321.", "nl", []),
    # a person's number comes with the person, or inside a sentence
    ("Call Sam on 07700 900123 to sort it out.", "en", ["07700 900123"]),
    ("The driver said: call 07700 900123.", "en", ["07700 900123"]),
    ("My colleague will call 07700 900123 tomorrow.", "en", ["07700 900123"]),
])
def test_a_number_the_customer_is_told_to_call_opens_its_sentence(text, language, found):
    report = Linter(select=["pii.phone"]).check(text, language=language, channel="sms")
    assert [text[f.start:f.end] for f in report.findings] == found


@pytest.mark.parametrize("text,language,found", [
    ("Your new PIN for the entry gate is 8842. Keep it private.", "en", ["8842"]),
    ("The password for the staff portal is Summer2024", "en", ["Summer2024"]),
    ("Je nieuwe pincode voor het toegangspoortje is 8842.", "nl", ["8842"]),
    ("الرقم السري الجديد لبوابة الدخول هو 8842.", "ar", ["8842"]),
    ("The PIN for your card is never sent by email.", "en", []),
    ("Your PIN for the app is the one you chose at sign-up.", "en", []),
])
def test_a_credential_named_with_what_it_opens(text, language, found):
    report = Linter(select=["pii.credential"]).check(text, language=language)
    assert [text[f.start:f.end] for f in report.findings] == found


@pytest.mark.parametrize("text,language,value", [
    ("I've set a temporary password for you: Wembley2024!x - please change it after you log in.", "en", "Wembley2024!x"),
    ("Ik heb een tijdelijk wachtwoord ingesteld: Ziggo2024!x - wijzig het na het inloggen.", "nl", "Ziggo2024!x"),
    ("حطيت لك كلمة مرور مؤقتة: Arena2024!x وغيريها بعد ما تدخلين.", "ar", "Arena2024!x"),
    # not a value: what follows the colon is a sentence
    ("I've set a temporary password for you: you'll get it by text message.", "en", None),
    ("Ik heb een tijdelijk wachtwoord ingesteld: je krijgt het per sms.", "nl", None),
    ("نرسل لك كلمة مرور مؤقتة على جوالك.", "ar", None),
])
def test_a_password_set_for_the_customer_after_a_colon(text, language, value):
    found = [text[f.start:f.end] for f in Linter(select=["pii"]).check(text, language=language).findings
             if f.rule == "pii.credential"]
    assert found == ([value] if value else [])


@pytest.mark.parametrize("text,language,found", [
    # a person's own number, whatever shop or prompt stands before it (round fg)
    ("You can call the store manager, Priya, on her mobile +44 7911 123456.", "en", ["+44 7911 123456"]),
    ("Call the hotel manager on his own number, 07700 900123.", "en", ["07700 900123"]),
    ("Bel de filiaalmanager op haar mobiel 06 12345678.", "nl", ["06 12345678"]),
    ("مدير المعرض جواله ٠٥٠١٢٣٤٥٦٧ إذا تحتاجه.", "ar", ["٠٥٠١٢٣٤٥٦٧"]),
    # the shop's or the company's line stays theirs
    ("The hotel reservations number is 0161 496 0000.", "en", []), ("Call us on 0161 496 0000.", "en", []),
    ("Bel ons op 020 123 4567.", "nl", []), ("المطعم رقمه ٠١١٤٥٦٧٨٩٠.", "ar", []),
])
def test_a_persons_own_number_after_a_shop_or_a_prompt(text, language, found):
    report = Linter(select=["pii.phone"]).check(text, language=language, channel="chat")
    assert [text[f.start:f.end] for f in report.findings] == found


@pytest.mark.parametrize("text,found", [
    ("Her NHS number is 943 476 5919.", ["943 476 5919"]),  # (round gk: a child's NHS number read back)
    ("NHS no. 9434765919 is on the form.", ["9434765919"]),
    ("Your order 9434765919 shipped.", []),  # a valid checksum, but nothing says it is an NHS number
])
def test_a_uk_nhs_number_next_to_its_name(text, found):
    report = Linter(select=["pii.national_id"]).check(text, language="en", channel="email")
    assert [text[f.start:f.end] for f in report.findings] == found


@pytest.mark.parametrize("text,language,found", [
    ("Tik op 'Wachtwoord vergeten' in het inlogscherm, dan sturen we je een sms met een link.", "nl", False),
    ("We'll send you a link to reset your password.", "en", False),
    ("Stuur ons je pincode hier in de chat.", "nl", True),
    ("Please send us your card number here.", "en", True),
])
def test_the_company_sending_is_no_request(text, language, found):
    assert bool(values(text, "pii.pii_request", language=language)) is found


@pytest.mark.parametrize("text,language,found", [
    ("Email him at john dot doe at gmail dot com.", "en", "john.doe@gmail.com"),
    ("Write to mike at hotmail dot co dot uk", "en", "mike@hotmail.co.uk"),
    ("Mail haar op sanne punt jansen at gmail punt com.", "nl", "sanne.jansen@gmail.com"),
    ("Meet at noon dot com party.", "en", None), ("Look at page dot two.", "en", None),
    ("We zijn om 5 uur klaar op dit punt at home.", "nl", None),
])
def test_a_spelled_out_email_address(text, language, found):
    emails = [f for f in Linter(select=["pii"]).check(text, language=language).findings if f.rule == "pii.email"]
    assert (found is None and not emails) or (found is not None and len(emails) == 1)


def test_an_ni_number_after_its_short_name():
    assert values("His NI number is QQ 12 34 56 C.", "pii.national_id") == ["QQ 12 34 56 C"]


def test_a_vendor_key_of_the_live_test_shape_is_a_secret():
    assert values("Here's a fresh one: cpk_live_9f8Kq2LmZx71TbVw3RnA0sYd.", "pii.secret") == \
        ["cpk_live_9f8Kq2LmZx71TbVw3RnA0sYd"]
    assert values("The setting is called user_live_settings_enabled_flag.", "pii.secret") == []


def test_an_iraqi_address_by_street_and_house_number():
    # round sv: the town and district, the street by number, the house ('دار') by number
    assert values("عنوانك المسجل عدنا: بغداد، الكرادة، شارع ٦٢، دار ١٤.", "pii.address", language="ar") == \
        ["بغداد، الكرادة، شارع ٦٢، دار ١٤"]
    assert values("العنوان: البصرة، محلة ٩٠٣، زقاق ١٢، دار ٧", "pii.address", language="ar") == \
        ["البصرة، محلة ٩٠٣، زقاق ١٢، دار ٧"]
    assert values("فرعنا في بغداد، شارع ٦٢، مبنى ٥ قرب الجسر.", "pii.address", language="ar") == []
    assert values("شارع ٦٢ مزدحم اليوم، والتوصيل بياخذ ساعة.", "pii.address", language="ar") == []
    assert values("عندنا ٦٢ فرع، ودار النشر ١٤ سنة بالسوق.", "pii.address", language="ar") == []


def test_an_egyptian_address_with_its_number_first():
    assert values("اتعدل العنوان لـ ١٥ شارع التحرير، الدقي، الجيزة.", "pii.address", language="ar")
    assert values("عندنا ١٥ فرع في القاهرة، والتوصيل مجاني.", "pii.address", language="ar") == []


@pytest.mark.parametrize("text,lang", [
    ("Ledgerly: your verification code is 482913. It expires in 10 minutes. Never share this code with anyone.", "en"),
    ("Je verificatiecode is 482913. Deel deze code met niemand.", "nl"),
    ("طلباتي: رمز التحقق الخاص بك هو 4471. لا تشارك هذا الرمز مع أي شخص.", "ar"),
])
def test_a_code_that_the_services_own_sms_delivers_is_not_given_away(text, lang):
    assert found(text, language=lang, channel="sms") == []
    # typed into a chat, the same code gives a login away, whatever warning comes with it
    assert found(text, language=lang, channel="chat") != []


def test_a_code_the_company_offers_to_send_is_not_asked_for():
    assert found("Send me the new number and I'll text you a verification code.", language="en") == []
    assert found("ابعتيلي الرقم الجديد وببعتلك كود تأكيد عليه.", language="ar") == []
    assert found("Please send me your password and we'll check it.", language="en") != []


def test_the_companys_iban_on_the_line_after_our_account():
    text = "نعم، يمكن الدفع بالتحويل إلى حسابنا لدى البنك العربي:\nJO71 ARAB 1180 0000 0011 8012 3456 00"
    assert found(text, language="ar") == []
    assert found("Het bedrag staat op:\nNL91 ABNA 0417 1643 00", language="nl") != []


def test_a_belgian_postcode_and_city_belong_to_the_address():
    assert values("De pas gaat naar Kerkstraat 45, 2000 Antwerpen.", "pii.address", language="nl") == \
        ["Kerkstraat 45, 2000 Antwerpen"]


def test_the_region_of_a_company_domain_helps_read_local_mobiles():
    from replylint.rules.pii.entities import _region_of_domain

    assert _region_of_domain("rent@sayaratak.com.kw") == "KW"
    assert _region_of_domain("help@shop.co.uk") == "GB"
    assert _region_of_domain("hello@startup.io") is None  # a country domain sold as a generic one
    company = {"name": "Sayaratak", "contacts": ["rent@sayaratak.com.kw", "1888444"]}
    text = "الفني طالع لك الحين، رقم الفني ٦٥٥٥١٢٣٤ إذا احتجت تتواصل معه مباشرة."
    assert values(text, "pii.phone", language="ar", context={"company": company}) == ["٦٥٥٥١٢٣٤"]
    assert values(text, "pii.phone", language="ar") == []  # eight plain digits: no region that dials them so
    assert values("رقم الطلب ٦٥٥٥١٢٣٤ جاهز.", "pii.phone", language="ar", context={"company": company}) == []


@pytest.mark.parametrize("text,value", [
    ("هلا هلال، هذا رقم المندوب الشخصي 9123 4567 تقدر تكلمه مباشرة.", ["9123 4567"]),  # two groups of four
    ("The driver's own mobile is 9123-4567, call him directly.", ["9123-4567"]),
    ("Your booking reference is 1234 5678.", []),  # no Omani mobile begins with 1
    ("Card ending 9123 4567 8812 3345 was charged.", []),  # groups inside a longer run of numbers
    ("Ref 12 9123 4567.", []),
])
def test_eight_digits_in_two_groups_are_a_local_mobile_where_the_company_dials_so(text, value):
    company = {"name": "Muscat Rent", "contacts": ["info@muscatrent.om", "+968 2412 3456"]}
    assert values(text, "pii.phone", language="en" if text.isascii() else "ar", context={"company": company}) == value


def test_a_negation_right_after_a_request_verb_unsays_it():
    assert values("Je hebt haar BSN nodig, maar dat vul je daar zelf in; stuur het niet via de chat.",
                  "pii.pii_request", language="nl") == []
    assert values("Stuur me hier je BSN, dan regel ik het.", "pii.pii_request", language="nl") != []


@pytest.mark.parametrize("text,lang,value", [
    ("Thanks, I've flagged your postcode LS6 2QT to our routing team.", "en", "LS6 2QT"),
    ("Ik heb je postcode 3521 AB gecontroleerd: we leveren daar op dinsdag.", "nl", "3521 AB"),
])
def test_the_customers_own_full_postcode_is_an_address(text, lang, value):
    assert values(text, "pii.address", language=lang) == [value]


@pytest.mark.parametrize("text,lang", [
    ("We deliver to LS6 and LS7 on weekdays.", "en"), ("Is your postcode LS6? Then you're in our area.", "en"),
    ("Our depot postcode is LS10 1AB.", "en"), ("Vul je postcode in op de site.", "nl"),
])
def test_a_partial_or_unowned_postcode_is_not_an_address(text, lang):
    assert values(text, "pii.address", language=lang) == []


@pytest.mark.parametrize("text,flagged", [
    ("خليتلك الباسورد الجديد Amr@2024 وتقدر تغيره بعدين.", True),
    ("الباسورد الجديد: Amr@2024", True),
    ("الباسورد مكتوب على ستيكر ورا الراوتر. لو عايز تغيره ادخل على 192.168.1.1 من أي متصفح.", False),
    ("غير الباسورد من التطبيق، ولو نسيته اضغط على نسيت الباسورد.", False),
])
def test_the_arabic_loanword_for_password_introduces_a_credential(text, flagged):
    assert bool(values(text, "pii.credential", language="ar")) == flagged


@pytest.mark.parametrize("text,lang,flagged", [
    ("Hoi Linda, ik heb je huisarts dr. Smeets gebeld op 071 514 2233 en hij stuurt de verwijzing.", "nl", False),
    ("De huisarts is dicht. Bel mij op 06 12345678.", "nl", True),  # the sentence ends: the number is no practice's
    ("I've called your GP surgery on 0161 496 0123 and they'll fax the letter.", "en", False),
])
def test_a_practices_number_is_not_a_persons(text, lang, flagged):
    assert bool(values(text, "pii.phone", language=lang)) == flagged


@pytest.mark.parametrize("text,flagged", [
    ("تقدرين تضيفينها من التطبيق. بنحتاج رقم الإقامة ونسخة من جواز السفر، ارفعيها في قسم المستندات.", False),
    ("ارسلي لي رقم الإقامة هنا في المحادثة.", True),
])
def test_an_upload_in_the_app_is_a_safe_channel_in_arabic(text, flagged):
    assert bool(values(text, "pii.pii_request", language="ar", channel="chat")) == flagged


def test_a_centre_in_a_district_is_no_home_address():
    assert values("أقرب مركز لك في حي الملقا، طريق الملك فهد، بجوار محطة ساسكو.", "pii.address", language="ar") == []


@pytest.mark.parametrize("text,value", [
    ("أكيد يا موزة، العنوان الجديد بيكون: الوكرة، منطقة ٩٠، شارع ٢٣٥، فيلا ١٧. صح؟", "الوكرة، منطقة ٩٠، شارع ٢٣٥، فيلا ١٧"),
])
def test_a_qatari_zone_street_and_building_is_an_address(text, value):
    assert values(text, "pii.address", language="ar") == [value]
    assert values("التوصيل متاح لكل مناطق الدوحة، منطقة ٩٠ ومنطقة ٩١.", "pii.address", language="ar") == []


@pytest.mark.parametrize("text,flagged", [
    ("Hoi Saskia, je kunt een aanhanger huren. Je hebt alleen een rijbewijs B nodig.", False),
    ("Neem je rijbewijs mee naar de balie.", False),
    ("Voor de aanvraag heb ik je BSN nodig.", True),
])
def test_what_the_customer_needs_to_have_is_not_asked_for(text, flagged):
    assert bool(values(text, "pii.pii_request", language="nl", channel="chat")) == flagged


def test_a_streets_abbreviation_still_ends_a_sentence():
    # 'St.' is left out of the titles whose dot ends no sentence: the shop is in the sentence before the number
    assert values("Pick it up from the shop on High St. Call me on 07700 900123 if it is closed.", "pii.phone",
                  language="en") == ["07700 900123"]


@pytest.mark.parametrize("text,flagged", [
    # a patient portal is a safe channel (round no)
    ("To finish his NHS registration we just need his date of birth and NHS number, which you can add securely in "
     "the patient portal under Family.", False),
    ("To finish his NHS registration, please send us his NHS number by email.", True),
    # the card photographed front and back (round no)
    ("Easiest is to send a photo of the front and back of your debit card here on WhatsApp.", True),
])
def test_a_portal_is_safe_and_a_card_photo_is_asked_for(text, flagged):
    assert bool(values(text, "pii.pii_request", language="en", channel="whatsapp")) == flagged


@pytest.mark.parametrize("text,flagged", [
    # an alarm's master code asked in the chat (round nx); a warning never to share it, or where it is printed, is not
    ("To reset it, just type your current master code and your date of birth here.", True),
    ("Please type your alarm code here.", True),
    ("Never share your master code with anyone.", False),
    ("Your access code for the gate is printed on the welcome letter.", False),
])
def test_an_alarm_code_is_a_pin(text, flagged):
    assert bool(values(text, "pii.pii_request", language="en", channel="chat")) == flagged


@pytest.mark.parametrize("text,language,expiry", [
    ("PakketPunt: uw pakje ligt klaar in automaat Gent, vak 14. Geldig tot 12/11.", "nl", False),  # 12 November
    ("Uw kaart is geldig tot 09/28.", "nl", True),
    ("Expiry 12/11 on the old card.", "en", False),
    ("Card 4539 5787 6362 1486, expiry 09/11.", "en", True),  # beside a card number the date is its expiry
])
def test_an_expiry_date_by_a_cue_word_alone_names_a_card_year(text, language, expiry):
    assert any(f.rule == "pii.card_security" and f.message.startswith("card expiry")
               for f in Linter().check(text, language=language).findings) is expiry


@pytest.mark.parametrize("text,address", [
    ("عندنا ٣ شقق في حي الملقا على بعد ١٠ دقايق من جامعة الأميرة نورة.", False),  # ten minutes away
    ("شارع التحلية ٢٠ كيلو من هنا.", False),
    ("الشقة في حي الملقا، شارع ١٥، عمارة ٢٣.", True),
])
def test_an_arabic_number_that_measures_is_no_house_number(text, address):
    assert any(f.rule == "pii.address" for f in Linter().check(text, language="ar").findings) is address


def test_a_bank_account_login_is_a_sensitive_item():
    assert found("To process your deposit refund, please also send your bank account login so we can verify the account.",
                 "pii.pii_request")


@pytest.mark.parametrize("text,language,asks", [
    # 'here' beside a safe channel makes it this one (lw-9 was a strict xfail for it)
    ("Stuur je BSN en geboortedatum hier in de app, dan zet ik het klaar.", "nl", True),
    ("Je kunt je BSN veilig invullen in de app; stuur het niet hier in de chat.", "nl", False),
    ("أرسل لي رقمك المدني والرقم السري لحسابك في التطبيق هنا.", "ar", True),
    ("غير الرقم السري من التطبيق، وما نحتاج منك أي شي هنا.", "ar", False),
])
def test_here_beside_a_safe_channel_makes_it_this_channel(text, language, asks):
    assert bool(found(text, "pii.pii_request", language=language)) is asks


@pytest.mark.parametrize("text,language", [
    ("De bezichtiging van de woning aan de Lindelaan 14 staat gepland op zaterdag.", "nl"),
    ("The viewing is at 14 Linden Avenue on Saturday.", "en"),
])
def test_the_address_of_a_house_for_viewing_is_no_customers_address(text, language):
    assert not found(text, "pii.address", language=language)


@pytest.mark.parametrize("text,flagged", [
    ("محتاجين تبعتيلي صورة البطاقة والرقم السري هنا في الشات.", True),  # the present after 'we need you to'
    ("هتبعتيلي الرقم السري هنا؟", True),
    ("تبعتيلي صورة الفاتورة لو سمحتي؟", False),
    ("لا تكتبي الرقم السري هنا أبداً.", False),
])
def test_an_arabic_request_in_the_second_person_present(text, flagged):
    assert bool(found(text, "pii.pii_request", language="ar")) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("We have your Medicare number 1EG4-TE5-MK73 on file.", True),  # printed 4-3-4: its own shape
    ("Your MBI is 1EG4TE5MK73.", True),  # run together, after its name
    ("Your order code is 1EG4TE5MK73.", False),
    ("Your order 1EG4-TE5-MK73 has shipped.", False),
    ("Tracking 1AB2-CD3-EF45.", False),  # B is no letter CMS uses
])
def test_a_us_medicare_number(text, flagged):
    assert bool(found(text, "pii.national_id", language="en")) is flagged


@pytest.mark.parametrize("text,flagged", [
    ("تم تسجيل رقمك الوطني ٩٨٥١٠٢٣٤٥٦ في حسابك.", True),  # a Jordanian national number, after its name
    ("رقم طلبك ٩٨٥١٠٢٣٤٥٦ وبيوصلك بكرا.", False),
    ("اتصل على ٠٧٩١٢٣٤٥٦٧ لو احتجت شي.", False),
    ("تم تسجيل رقمك المدني 87654321 في العقد.", True),  # an Omani civil number: eight digits
    ("Your civil ID 12345678 is now linked to the account.", True),
    ("رقم العقد 87654321 وتقدرين تستلمين نسخة منه.", False),
    ("Your tax file number 876 543 210 is now linked to your savings account.", True),  # (round rp)
    ("Our tax number is 123 456 782, see the invoice.", False),  # a company's
    # an Iraqi unified id after 'the national card', which also holds 'the card' (round rx)
    ("رقم البطاقة الوطنية مالتك 199012345678 مسجل بالنظام.", True),
    ("تم تسجيل رقمك المدني في العقد، ورقم العقد 87654321.", False),  # another number's word stands nearer
])
def test_ten_digits_after_a_national_number_word(text, flagged):
    assert bool(found(text, "pii.national_id", language="ar")) is flagged


def test_paying_with_a_pin_at_a_machine_is_no_request():
    assert not found("In de parkeerautomaten kunt u met pin en creditcard betalen.", "pii.pii_request", language="nl")
    assert found("Kunt u uw pincode en creditcardnummer hier in de chat sturen?", "pii.pii_request", language="nl")


@pytest.mark.parametrize("text,flagged", [
    ("We hold driving licence number FERGU701234NJ9AB for you.", True),
    ("Licence MORGA753116SM9IJ is on file.", True),  # a woman's month (+50)
    ("Your reference is ABCDE123456XY7ZZ.", False),  # month 34: no date
])
def test_a_uk_driving_licence_number(text, flagged):
    assert bool(found(text, "pii.national_id", language="en")) is flagged


def test_a_canadian_sin_after_its_name():
    text = "We've run the credit check with your SIN 046 454 286 and you're approved."
    assert values(text, "pii.national_id", language="en") == ["046 454 286"]


def test_the_shops_account_for_a_bank_transfer_is_not_the_customers():
    text = "You can pay by bank transfer to sort code 80-22-60, account 10203040, quoting HB-5521."
    assert not found(text, "pii.iban", language="en")


@functools.cache
def _pii_scanner():
    from replylint.rules.pii.entities import PiiScanner

    return PiiScanner(LINTER.packs)


_AR_ADDRESS_PARTS = ["شارع الشيخ زايد", "، ", " ", "برج النخيل", "شقة ١٢", "دبي", "١٥ شارع التحرير", "الدقي", "فيلا ٢٣",
                     "شارع ١٥", "منطقة ٩٠", "فيلا 17", "قطعة ١٠", "منزل ١٤", "جادة ٢", "عن طريق", "حي الملقا", "12", ".",
                     "الدوحة", "منطقه 5", "بيت 3"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_AR_ADDRESS_PARTS), min_size=1, max_size=10).map("".join))
def test_the_arabic_address_alternatives_scanned_apart_find_what_the_joined_expression_finds(text):
    from replylint.prefilter import merged_matches

    scanner = _pii_scanner()
    alternatives = [a for a, needs in scanner.address_ar() if not needs or any(s in text for s in needs)]
    assert [m.span() for m in merged_matches(alternatives, text)] == \
        [m.span() for m in scanner.address_ar_joined().finditer(text)]


@pytest.mark.parametrize("text,language,reported", [
    # an IP a server has, set up or allowed on purpose (round uj), is infrastructure ...
    ("Add an A record for @ pointing to 203.0.113.10 and a CNAME for www.", "en", False),
    ("Please allowlist our mail server 198.51.100.7.", "en", False),
    ("Laat je domein verwijzen naar 203.0.113.10 via een A-record.", "nl", False),
    # ... a customer's connection is not
    ("Your login came from 81.2.69.142 yesterday at 10pm.", "en", True),
])
def test_a_servers_ip_is_no_personal_data(text, language, reported):
    assert bool(found(text, "pii.ip_address", language=language)) is reported
