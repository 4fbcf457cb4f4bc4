"""A generated, labelled pii corpus (FORMAT.md format) for benchmarks.

Templates in English, Dutch and Arabic with random values (valid card
numbers of several schemes and layouts, IBANs, SSNs, BSNs, Saudi ids, phone
numbers, e-mail addresses, secrets...) and hard negatives (order and tracking
numbers, delivery dates, masked cards, company contacts). Written by the
replylint developers: it is biased towards what we thought of, so treat its
scores as optimistic and the hidden-corpus scores as the real test.

    python benchmarks/synth_pii.py [N] [--seed S] [--out FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import string
import sys

from stdnum import luhn

COMPANIES = [
    {"name": "Acme Telecom", "contacts": ["help@acmetelecom.com", "1-800-555-0199"]},
    {"name": "Shopr", "contacts": ["klantenservice@shopr.nl", "+31 20 123 4567"]},
    {"name": "Souqly", "contacts": ["care@souqly.ae", "+971 4 555 0100"]},
]
FIRST = {"en": ["Oliver", "Maria", "Dev", "Grace", "Sam", "Linda", "Paul", "Nina"],
         "nl": ["Jan", "Sanne", "Kees", "Femke", "Ruud", "Iris", "Daan", "Lotte"],
         "ar": ["أحمد", "سارة", "خالد", "منى", "يوسف", "ليلى", "عمر", "ريم"]}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def card(rng: random.Random) -> str:
    prefix, length = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15),
                                 ("6011", 16), ("3528", 16), ("4", 13)])
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    digits = body + luhn.calc_check_digit(body)
    style = rng.choice(["spaces", "spaces", "dashes", "plain", "dots", "each"])
    if style == "spaces" and length == 16:
        return " ".join(digits[i:i + 4] for i in range(0, 16, 4))
    if style == "dashes" and length == 16:
        return "-".join(digits[i:i + 4] for i in range(0, 16, 4))
    if style == "dots" and length == 16:
        return ".".join(digits[i:i + 4] for i in range(0, 16, 4))
    if style == "each":
        return " ".join(digits)
    return digits


def not_luhn(rng: random.Random) -> str:
    while True:
        digits = "".join(rng.choice(string.digits) for _ in range(16))
        if not luhn.is_valid(digits):
            return digits


def iban(rng: random.Random, country: str) -> str:
    bban = {"NL": lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) +
            "".join(rng.choice(string.digits) for _ in range(10)),
            "DE": lambda: "".join(rng.choice(string.digits) for _ in range(18)),
            "SA": lambda: "".join(rng.choice(string.digits) for _ in range(20)),
            "GB": lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) +
            "".join(rng.choice(string.digits) for _ in range(14))}[country]()
    numeric = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    check = 98 - int(numeric) % 97
    compact = f"{country}{check:02d}{bban}"
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4)) if rng.random() < 0.7 else compact


def ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        total = sum(x * w for x, w in zip(d, range(9, 1, -1)))
        last = total % 11
        if last <= 9 and d[0] != 0:
            return "".join(map(str, d)) + str(last)


def saudi_id(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(rng.choice(string.digits) for _ in range(8))
    return body + luhn.calc_check_digit(body)


def phone(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        return rng.choice(["06-{a}{b}", "06 {a} {b}", "+31 6 {a} {b}", "+316{a}{b}"]).format(
            a=rng.randint(1000, 9999), b=rng.randint(1000, 9999))
    if lang == "ar":
        return rng.choice(["05{a}{b}", "+966 5{c} {d} {e}", "+971 50 {d} {e}"]).format(
            a=rng.randint(10000000, 99999999), b="", c=rng.randint(0, 9), d=rng.randint(100, 999),
            e=rng.randint(1000, 9999))
    return rng.choice(["+1 415 555 {a}", "(212) 555-{a}", "+44 20 7946 {a}", "212-555-{a}"]).format(
        a=rng.randint(1000, 1999) if rng.random() < 0.5 else rng.randint(2000, 9999))


def email(rng: random.Random) -> str:
    name = rng.choice(["karen.becker", "j.devries", "m.alharbi", "tom_smith", "lisa.m", "p.jansen", "noor.h"])
    return f"{name}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'hotmail.com', 'outlook.nl', 'yahoo.com', 'icloud.com'])}"


def password(rng: random.Random) -> str:
    chars = string.ascii_letters + string.digits + "#!$%"
    while True:
        pw = "".join(rng.choice(chars) for _ in range(rng.randint(8, 12)))
        if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
            return pw


def secret(rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    return rng.choice([
        "sk_live_" + "".join(rng.choice(alnum) for _ in range(24)),
        "ghp_" + "".join(rng.choice(alnum) for _ in range(36)),
        "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
        "xoxb-" + "".join(rng.choice(string.digits) for _ in range(12)) + "-" + "".join(rng.choice(alnum) for _ in range(24)),
    ])


def dob(rng: random.Random, lang: str) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2005)
    months = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"],
              "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                     "oktober", "november", "december"],
              "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
                     "نوفمبر", "ديسمبر"]}[lang]
    return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {months[m - 1]} {y}", f"{d:02d}/{m:02d}/{y}"])


def address(rng: random.Random, lang: str) -> str:
    if lang == "nl":
        street = rng.choice(["Kerkstraat", "Lindelaan", "Dorpsweg", "Molenstraat", "Julianalaan", "Stationsplein"])
        pc = f"{rng.randint(1000, 9999)} {rng.choice(['AB', 'KL', 'PR', 'XT'])}"
        return rng.choice([f"{street} {rng.randint(1, 200)}",
                           f"{street} {rng.randint(1, 200)}, {pc} {rng.choice(['Utrecht', 'Zwolle', 'Delft'])}"])
    if lang == "ar":
        return f"شارع {rng.choice(['الملك فهد', 'التحلية', 'الجامعة'])} رقم {rng.randint(1, 300)}"
    return f"{rng.randint(1, 900)} {rng.choice(['Oak', 'Maple', 'High', 'Church'])} {rng.choice(['Street', 'Road', 'Avenue', 'Lane'])}"


# (language, template, {slot: type}); {x} slots are filled and labelled, {?x} slots filled but not labelled
POSITIVE = [
    ("en", "Hi {name}, I can see two charges on card {card}. I've refunded the duplicate.", {"card": "credit_card"}),
    ("en", "Hi {name}, your card {card} (exp {exp}) was declined by the bank.", {"card": "credit_card", "exp": "card_security"}),
    ("en", "The card on file is {card}, CVV {cvv}. Please check it in the app.", {"card": "credit_card", "cvv": "card_security"}),
    ("en", "Hello {name}, the account is registered to {email}.", {"email": "email"}),
    ("en", "You can reach the previous owner at {phone} if needed.", {"phone": "phone"}),
    ("en", "Dear {name},\n\nThe check ran on SSN {ssn} which did not match.\n\nRegards", {"ssn": "national_id"}),
    ("en", "Your temporary password is {password} - please change it after logging in.", {"password": "credential"}),
    ("en", "Try again with our key {secret} and tell me if the webhook fires.", {"secret": "secret"}),
    ("en", "We have your date of birth as {dob}, is that right?", {"dob": "date_of_birth"}),
    ("en", "The parcel went to {address} instead of your place.", {"address": "address"}),
    ("en", "The refund was sent to {iban} this morning.", {"iban": "iban"}),
    ("en", "{request}", {"request": "pii_request"}),
    ("nl", "Hoi {name}, de terugbetaling staat klaar op rekening {iban}.", {"iban": "iban"}),
    ("nl", "Beste {name}, in ons systeem staat BSN {bsn} bij uw account.", {"bsn": "national_id"}),
    ("nl", "Het pakket is afgegeven bij de buren op {address}.", {"address": "address"}),
    ("nl", "Je kunt de bezorger bellen op {phone}.", {"phone": "phone"}),
    ("nl", "Uw geboortedatum is bij ons bekend als {dob}.", {"dob": "date_of_birth"}),
    ("nl", "We zien een betaling met kaart {card}.", {"card": "credit_card"}),
    ("nl", "Je nieuwe wachtwoord: {password}", {"password": "credential"}),
    ("nl", "De vorige eigenaar is bereikbaar via {email}.", {"email": "email"}),
    ("nl", "{request}", {"request": "pii_request"}),
    ("ar", "مرحباً {name}، تم الخصم من البطاقة رقم {card} مرتين.", {"card": "credit_card"}),
    ("ar", "تم تحويل المبلغ إلى الحساب {iban} يوم الأحد.", {"iban": "iban"}),
    ("ar", "رقم الهوية المسجل لدينا {said}.", {"said": "national_id"}),
    ("ar", "يمكنك التواصل مع المندوب على {phone}.", {"phone": "phone"}),
    ("ar", "كلمة المرور المؤقتة: {password}", {"password": "credential"}),
    ("ar", "تم إرسال الطلب إلى {email}.", {"email": "email"}),
    ("ar", "{request}", {"request": "pii_request"}),
]
REQUESTS = {
    "en": ["Please type your full card number here so I can take the payment.",
           "Could you send me a photo of your passport?",
           "To verify it's you, reply with your social security number.",
           "Can you share the CVV on the back of your card?",
           "Send us your password and we'll look into the login issue."],
    "nl": ["Stuur mij je burgerservicenummer, dan zoek ik het op.",
           "Kunt u een kopie van uw paspoort mailen?",
           "Wil je je pincode even doorgeven?",
           "Typ hier je creditcardnummer en de cvc-code."],
    "ar": ["من فضلك أرسل لي رقم البطاقة كاملاً.", "يرجى إرسال صورة جواز السفر هنا.", "أرسلي لي كلمة المرور لنتحقق من الحساب."],
}
NEGATIVE = [
    ("en", "Hi {name}, your order {order} has shipped and will arrive on {date}."),
    ("en", "Your card ending in {last4} will be charged on the 14th."),
    ("en", "The card **** **** **** {last4} was charged once; the second charge was a pre-authorisation."),
    ("en", "For help call {company_phone} or mail {company_mail}."),
    ("en", "Invoice INV-{inv} was re-sent to your billing address."),
    ("en", "We will never ask for your PIN or password by e-mail."),
    ("en", "Please enter your card details on our secure payment page."),
    ("en", "Tracking number {order}: the parcel is at the depot."),
    ("en", "Update the app to version 4.2.1 and restart your router."),
    ("nl", "Hoi {name}, bestelling {order} wordt op {date} bezorgd."),
    ("nl", "Je kunt ons bereiken via {company_mail} of {company_phone}."),
    ("nl", "Retournummer RT-{inv} is aangemaakt, het label staat in je mail."),
    ("nl", "Geef je pincode nooit aan iemand, ook niet aan ons."),
    ("nl", "Het ligt bij het afhaalpunt aan de Dorpsstraat."),
    ("ar", "طلبك رقم {order6} في الطريق وسيصل غداً."),
    ("ar", "لا تشارك رقم بطاقتك مع أي شخص."),
    ("ar", "للمساعدة راسلنا على {company_mail}."),
]


def generate(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        positive = rng.random() < 0.6
        if positive:
            lang, template, slots = rng.choice(POSITIVE)
        else:
            lang, template = rng.choice(NEGATIVE)
            slots = {}
        company = COMPANIES[{"en": 0, "nl": 1, "ar": 2}[lang]]
        name = rng.choice(FIRST[lang])
        values = {
            "name": name, "card": card(rng), "exp": f"{rng.randint(1, 12):02d}/{rng.randint(25, 31)}",
            "cvv": str(rng.randint(100, 999)), "email": email(rng), "phone": phone(rng, lang), "ssn": ssn(rng),
            "bsn": bsn(rng), "said": saudi_id(rng), "password": password(rng), "secret": secret(rng),
            "dob": dob(rng, lang), "address": address(rng, lang),
            "iban": iban(rng, {"nl": "NL", "ar": "SA", "en": rng.choice(["GB", "DE"])}[lang]),
            "request": rng.choice(REQUESTS[lang]), "order": not_luhn(rng)[: rng.choice([8, 10, 16])],
            "order6": str(rng.randint(100000, 999999)), "date": f"{rng.randint(1, 28)}-{rng.randint(1, 12)}-2025",
            "last4": str(rng.randint(1000, 9999)), "inv": str(rng.randint(100000, 999999)),
            "company_phone": company["contacts"][1], "company_mail": company["contacts"][0],
        }
        if lang == "ar" and rng.random() < 0.3:
            values["card"] = values["card"].translate(ARABIC_DIGITS)
        text, labels = "", []
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", template):
            text += template[pos:m.start()]
            value = values[m.group(1)]
            if m.group(1) in slots:
                labels.append({"category": "pii", "type": slots[m.group(1)], "start": len(text),
                               "end": len(text) + len(value)})
            text += value
            pos = m.end()
        text += template[pos:]
        out.append({"id": f"synth-{i:05d}", "text": text, "language": lang,
                    "channel": rng.choice(["email", "chat"]),
                    "context": {"customer": {"name": name}, "company": company}, "labels": labels})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, nargs="?", default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="-")
    args = parser.parse_args(argv)
    records = generate(args.n, args.seed)
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for rec in records:
        fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if fh is not sys.stdout:
        fh.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

