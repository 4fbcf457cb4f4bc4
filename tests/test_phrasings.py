"""Replies written after the rules, in wordings the rule packs did not contain when they were written.

``fixtures/phrasings.jsonl`` (FORMAT.md records, en/nl/ar) was written as a held-out check: blame
without the packs' exact verbs ("You clearly didn't follow..."), paraphrased requests for card data
("the long number on the front of your card"), masked swearing, a Dutch reply checked as English, a
town between commas in an address, free-phone numbers, "Thanks Sarah," and "Honestly, ..." as
sentence openers. Its misses were fixed with general patterns (see docs/benchmarks.md), so it is now
a regression set rather than a blind one; it also holds clean replies that sit close to the new
patterns ("Nobody cares more about your privacy than we do", "you and your dog").

Each record must get exactly its labelled categories at warning level or above, and each labelled
type must be reported by its rule. Blind scores of each round, before its fixes, are in docs/benchmarks.md.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from replylint import Linter

RECORDS = [json.loads(line) for line in (Path(__file__).parent / "fixtures" / "phrasings.jsonl")
           .read_text(encoding="utf-8").splitlines() if line.strip()]

# Known misses, kept visible: strict, so a fix shows up as an unexpected pass. 24 tone replies that were here (the
# brush-off, condescension and sarcasm no pattern can tell from kind words: 'Read the FAQ.', 'Hope that clears it
# up.') are now found by tone.unprofessional, whose model is trained on this very file: that they pass is no
# evidence that it generalises. The same holds for toxicity.abusive, which now finds three toxic replies that were
# here (bb-5, dl-19, dm-17: threats in the words of a promise). dn-20 and el-4 (tone with no marker word) went the
# same way when the models were trained again with rounds eg-el.
# Their held-out numbers are in benchmarks/results/models.json.
KNOWN = {
    "ty-2": "'Because you went over your data cap, Bruce. Streaming footy in 4K all weekend will do that.': the customer's "
            "habit given as the cause of the bill is blame, and no pattern tells it from an agent explaining a charge "
            "('Because you went over your data allowance, a $10 pack was added'); the reply's 'Not really our problem' "
            "is found (tone.dismissive), so the category is right",
    "tq-9": "'vanaf 1 januari lever wij je stroom' (for 'leveren wij'): a verb that does not agree with a plural subject "
            "after it; typo.verb_form knows d/t slips, not agreement in number (the name slip in the same reply is found)",
    "hf-3": "'reply here with your sort code and full account number': a request for bank details alone is not reported "
            "(refund and direct-debit flows ask for them in chat, and earlier rounds left such requests unlabelled); "
            "with a card number, PIN or password beside them it is (v-32, ah-30)",
    "by-17": "'الطائيفي' for 'الطائفي': a slip, but a letter too many, which the Arabic pack's slip edits (letters "
             "for one another, a letter left out) do not cover, so reported at info like the dialect spellings the "
             "word list lacks (typo pack: slip_edits)",
    "dq-9": "'تأكيط' for 'تأكيد': ط for د is neither a change of dots nor of sound (the keys are diagonal neighbours), "
            "so at info as by-17; keyboard neighbours as slip edits flagged 3 dialect words for each slip they found",
    "qy-16": "'Hoi Robin' to Ruben Smits: another name two letters from his, reported as a misspelling of it "
             "(typo.name_misspelled); only a list of first names would tell a name of its own from a slip",
    "rc-19": "'الأزعاج' for 'الإزعاج': the hamza written above for below; the normalisation accepts hamza forms on purpose "
             "(as kt-9)",
    "eo-6": "'استلمنت' for 'استلمت': one letter too many, as by-17",
    "fj-3": "'Best of luck.' after a curt instruction: sarcasm only by where it stands ('Best of luck with the move!' is "
             "kind); the reply's condescension is found",
    "c-k-9": "'take it up with the manufacturer directly' is dismissive on its own, not after 'If you'd like to'",
    "e-t-18": "'pain in the neck' is a safe phrase ('this bug is a pain in the neck'), even when aimed at the customer",
    "j-j-7": "'security will throw you out on your ass' is found as swearing, not as the threat it is",
    "d-h-3": "two stock sentences and no incoming message: canned.generic reports it, the label (written first) does not",
    "l-36": "an incoming message in Swedish: not among Config.languages, so neither detector can name it confidently",
    "p-45": "'بنجح' for 'بنجاح' is a real word (ب + نجح, 'with he succeeded'): only the sentence shows the slip",
    "ab-3": "'As mentioned in my previous email, ...' is reported as blame ('as per my last email' is the classic "
            "passive-aggressive opener); the reply was written as a clean one, and neither reading is clearly wrong",
    "aj-13": "'ledje' (a little LED) is one letter from the frequent 'liedje' (a song), and 'led' is rare in the Dutch "
             "list: the diminutive of a rare word next to a frequent one reads as a misspelling of the frequent one",
    "hq-16": "'هلا أيمن' to 'إيمان': Ayman is another (a man's) name one letter from Iman, so the reply greets the wrong "
             "person; typo.name_misspelled reports it as a slip of her name, and no list says which names are "
             "names of their own",
    "ii-15": "'Hi Grace, there in the sidebar': 'they're' written 'there' before a preposition; 'There, in the "
             "sidebar, ...' and 'There in the settings you can ...' are right, and only the missing verb tells them apart",
    "iq-14": "'الساعه', 'الهويه': ه for ة in a formal bank reply; the normalisation accepts it on purpose, as it is "
             "how much informal Arabic is written (in-14 'الصحه والعافيه' is a clean WhatsApp reply)",
    "ir-11": "'we have QQ 12 34 56 C on file': QQ is no NI prefix HMRC issues (it is the documentation's example), "
             "so only a cue in the reply ('NI number') makes it one; here the cue is in the customer's message",
    "jb-19": "'Laten we het nog één keer proberen, oké?': talking down, or patient guidance; only the voice tells",
    "jq-18": "'je Tand Basis pakket vergoed 75%': a d/t slip after a noun subject ('pakket ... vergoedt'); 'vergoed' is "
             "also the participle ('is vergoed'), and typo.verb_form only reads the verb after a pronoun or 'je' and "
             "an adjective with its noun",
    "jv-18": "'No worries Devon' to Dev Patel: a name that begins with the customer's is read as its long form ('Jess' "
             "greeted as 'Jessica', jc-19, is the same person); only a list of names would tell Devon from Devendra",
    "jb-36": "'خلينا نحاول مرة أخيرة، طيب؟': as jb-19",
    "bt-18": "'De opzegging gaan in per 1 januari': a singular subject with a plural verb; typo.verb_form knows d/t "
             "slips, not agreement",
    "cg-5": "'For future reference, a SIM card goes in the SIM tray, not the memory card slot.': talking down by "
            "explaining the obvious; 'FYI, the fee applies to the main line, not the extra SIMs' has the same shape",
    "kb-15": "'Open any report, click Export in the top right and chose CSV': 'chose' for 'choose' in a list of "
             "instructions; 'and chose' is also the past tense ('she opened it and chose the blue one'), and the "
             "instruction that tells them apart is further back than typo.confused_word reads (30 characters)",
    "hh-4": "'تجددت تلقائين': 'تلقائين' for 'تلقائياً'; the speller takes it for the stem and a plural ending. (It "
            "passed before by flagging 'لغيتها', the spoken 'cancelled it', which the Arabic list now holds as li-5's "
            "'لغيته' showed: a Levantine reply writes it so)",
    "lt-20": "'gedeblokeerd' for 'gedeblokkeerd': the right word is in the Dutch list at its lowest count (50), under "
             "the floor for suggestions (typo.misspelling's min_frequency, 100), so the slip has no word to be a slip of",
    "ot-10": "'de dubbele instaptarief' for 'het dubbele instaptarief': a de-word's article on a het-word; no rule knows "
             "a Dutch noun's gender",
    "pb-14": "'Hi Shawn' to 'Sean': the same gap as od-16 (another spelling of the name, two edits from it)",
    "pf-14": "'het incasso' for 'de incasso': a het-word's article on a de-word, as ot-10",
    "pg-15": "'كل ساعه' in a reply with one other word in ة ('بصفحة'): one ة against one ه is no evidence of how the "
             "writer spells, and informal Arabic writes ه for ة throughout",
    "pi-13": "'dat je het meld' for 'meldt': the verb three words after its subject 'je'; typo.verb_form reads 'je' and a "
             "verb side by side",
    "od-16": "'Hi Shaun' to 'Sean': another spelling of the name, two edits from it; the context rule knows the pair "
             "as one name (a nickname group), and the name rule only reports a spelling one or two letters off",
    "md-16": "'تم يا لمي' to 'لمى': ى and ي are one letter to the name rules on purpose (many write final ى as ي), so the "
             "slip is the customer's own name",
    "kc-13": "'een begeleiders ticket': a Dutch compound written as two words; both are words, and no rule joins "
             "neighbours to see whether they make one",
    "kc-14": "'Graag gedaan Gerrit' to Gerard: Gerrit is the Dutch form of Gerard, in the context pack's nickname "
             "groups, so the linter takes it for the same name ('Bob' for Robert)",
    "kg-7": "'Het nieuwe totaal bedrag': a compound written as two words, as kc-13; of 85 pairs in the fixtures' Dutch "
            "text whose joined form is listed, most are right ('aan doen', 'half uur', 'nooit meer'), so the list "
            "cannot tell them apart",
    "kh-8": "'الحد الادني': the hamza and the final ى left out; the normalisation accepts both on purpose (as cy-14)",
    "kk-7": "'الشروط والاحكام': the hamza left out, as kh-8",
    "kj-4": "'of het lampje ... rood brand': a d/t slip after a noun subject at the end of a clause, as jq-18 ('brand' "
            "is also a noun)",
    "ko-13": "'You're welcome Fiona' to Fionnuala Byrne: reported as another name (context.wrong_name), not as a "
             "misspelling of hers; Fiona is a name of its own, and whether it is hers shortened only she can say",
    "kt-9": "'لإستكمال الإجراءات': a hamza under the alef of a verbal noun that takes none; the normalisation accepts "
            "hamza forms on purpose (as kh-8)",
    "qg-16": "'Hoi Ilona, ... Hagel, tja.': 'Hagel' (hail, listed 442 times) opens a sentence before a comma like a second "
             "person addressed; the word list would have to hold it 1,000 times, and a lower bar lets 'Mark, can you "
             "check this?' pass",
    "cy-14": "'والفنى ... بنص ساعة': a final ى for ي, which the normalisation accepts on purpose (it is how much of "
             "the Arab world writes it), and spoken 'بنص' for 'بنصف'",
}


# FORMAT.md types that more than one rule reports: a Dutch d/t slip or a confused word ('could of', 'its a')
# is a grammar error or a misspelling, found offline by typo.verb_form and typo.confused_word (typo.grammar is
# LanguageTool, off by default)
ALSO_REPORTED_BY = {"typo.grammar": ("typo.verb_form", "typo.confused_word"), "typo.misspelling": ("typo.confused_word",),
                    # tone.unprofessional says that the tone is unprofessional, not which kind
                    **{f"tone.{kind}": ("tone.unprofessional",) for kind in ("blame", "dismissive", "condescending",
                                                                            "sarcasm")},
                    # toxicity.abusive says that the reply is abusive, not how
                    **{f"toxicity.{kind}": ("toxicity.abusive",) for kind in ("insult", "profanity", "threat",
                                                                             "identity_attack", "obscene")}}


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter()


def _params():
    for rec in RECORDS:
        marks = [pytest.mark.xfail(reason=KNOWN[rec["id"]], strict=True)] if rec["id"] in KNOWN else []
        yield pytest.param(rec, id=rec["id"], marks=marks)


@pytest.mark.parametrize("record", list(_params()))
def test_phrasing(linter: Linter, record: dict) -> None:
    report = linter.check(record["text"], language=record["language"], channel=record.get("channel"),
                          context=record.get("context"))  # (both optional in FORMAT.md: rounds ia-ic have no context)
    reported = [f for f in report.findings if f.severity.value in ("warning", "error")]
    gold_categories = {label["category"] for label in record["labels"]}
    assert {f.category.value for f in reported} == gold_categories, [(f.rule, f.excerpt) for f in reported]
    rules = {f.rule for f in reported}
    for label in record["labels"]:
        wanted = f"{label['category']}.{label['type']}"
        assert wanted in rules or not rules.isdisjoint(ALSO_REPORTED_BY.get(wanted, ())), (label, sorted(rules))


def test_the_set_covers_every_category_and_language() -> None:
    categories = {label["category"] for rec in RECORDS for label in rec["labels"]}
    assert categories == {"pii", "toxicity", "tone", "typo", "canned", "channel", "context"}
    assert {rec["language"] for rec in RECORDS} == {"en", "nl", "ar"}
    assert sum(not rec["labels"] for rec in RECORDS) >= 40  # clean replies near the patterns
