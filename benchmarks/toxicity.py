"""Toxicity: replylint's lexicon scorer against alt-profanity-check, same run.

    python benchmarks/toxicity.py [--dev ../shared/eval/dev.jsonl] [--per-language 300]

Corpora
- dev.jsonl: the toxicity records and the clean records (reply level).
- An assembled set built only from data that ships in PyPI packages and that
  replylint's lexicon was not written from:
  * positives: the words of glin-profanity's English, Dutch and Arabic
    dictionaries (MIT), each put into a short reply;
  * Scunthorpe negatives: words from pyspellchecker's dictionaries that
    contain one of those words inside them (e.g. "assistant", "classic",
    "scunthorpe") but are not in the profanity lists, each put into a
    polite reply.
  These lists are noisy (glin's Dutch list contains mild words such as
  "balen"), so read recall as "agreement with another curator", not truth.

alt-profanity-check (a linear model trained on English data, bundled in its
wheel) scores English only; it is run on the English sentences.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from scoring import fmt, from_reports, load, score  # noqa: E402
from shared import write_json  # noqa: E402

POSITIVE_TEMPLATES = {
    "en": ["Honestly, {w}. Your order ships today.", "You are a {w}, read the manual.", "What a {w} thing to ask."],
    "nl": ["Eerlijk gezegd: {w}. Je bestelling komt morgen.", "Jij bent een {w}, lees de handleiding.",
           "Wat een {w} vraag."],
    "ar": ["بصراحة {w}. طلبك يصل غداً.", "أنت {w}، اقرأ التعليمات.", "يا {w}"],
}
NEGATIVE_TEMPLATES = {
    "en": ["Thanks for asking about the {w}; it ships today.", "Your {w} request has been processed."],
    "nl": ["Bedankt voor je vraag over {w}; het wordt morgen verzonden.", "Je aanvraag voor {w} is verwerkt."],
    "ar": ["شكراً لسؤالك عن {w}، سيتم الشحن غداً.", "تمت معالجة طلب {w}."],
}
GLIN = {"en": "english", "nl": "dutch", "ar": "arabic"}


def glin_words(lang: str) -> list[str]:
    spec = importlib.util.find_spec("glin_profanity")
    if spec is None:
        raise SystemExit("pip install glin-profanity (MIT) to assemble the set")
    path = Path(spec.origin).parent / "data" / "dictionaries" / f"{GLIN[lang]}.json"
    words = json.loads(path.read_text(encoding="utf-8"))["words"]
    return sorted({w.strip().lower() for w in words if w.strip() and not w.isascii() == (lang == "ar")})


def dictionary(lang: str) -> list[str]:
    spec = importlib.util.find_spec("spellchecker")
    path = Path(spec.origin).parent / "resources" / f"{lang}.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return list(json.load(fh))


INFLECTIONS = {"en": ("s", "es", "ed", "ted", "ing", "ting", "er", "ers", "y", "ies", "ly", "ish", "head", "heads",
                      "load", "face"),
               "nl": ("e", "en", "s", "je", "tje", "jes", "tjes", "er", "ers", "erij"),
               "ar": ("ة", "ه", "ها", "ين", "ون", "ات", "ك")}
STRONG = {"en": ("fuck", "shit", "cunt", "bitch", "whore", "slut", "bastard", "nigg", "faggot", "scumbag"),
          "nl": ("kut", "klote", "kanker", "hoer", "lul", "neuk", "tering", "tyfus"),
          "ar": ()}


def _inflection_or_compound(word: str, bad: set[str], lang: str) -> bool:
    """A dictionary word that is really a profane word itself (inflected or compounded), not a trap."""
    if any(word.endswith(suf) and word[: -len(suf)] in bad for suf in INFLECTIONS[lang]):
        return True
    if any(p in word for p in STRONG[lang]):
        return True
    if lang == "ar":
        stem = word
        for prefix in ("وال", "بال", "كال", "فال", "لل", "ال", "و", "ب", "ل", "ف", "ك"):
            if stem.startswith(prefix) and len(stem) - len(prefix) >= 3:
                stem = stem[len(prefix):]
                break
        return stem in bad or any(stem.endswith(suf) and stem[: -len(suf)] in bad for suf in INFLECTIONS["ar"])
    return False


def assemble(per_language: int, seed: int = 11) -> list[dict]:
    rng = random.Random(seed)
    records = []
    for lang in ("en", "nl", "ar"):
        bad = glin_words(lang)
        bad_set = set(bad)
        for i, w in enumerate(rng.sample(bad, min(per_language, len(bad)))):
            text = rng.choice(POSITIVE_TEMPLATES[lang]).format(w=w)
            records.append({"id": f"tox-{lang}-pos-{i}", "text": text, "language": lang, "channel": "chat",
                            "labels": [{"category": "toxicity"}], "term": w})
        cores = [w for w in bad if len(w) >= 3 and " " not in w and w.isalpha()]
        pattern = re.compile("|".join(re.escape(w) for w in sorted(cores, key=len, reverse=True)))
        traps = [w for w in dictionary(lang) if w.isalpha() and len(w) >= 5 and w not in bad_set
                 and pattern.search(w) and not _inflection_or_compound(w, bad_set, lang)]
        for i, w in enumerate(rng.sample(traps, min(per_language, len(traps)))):
            text = rng.choice(NEGATIVE_TEMPLATES[lang]).format(w=w)
            records.append({"id": f"tox-{lang}-neg-{i}", "text": text, "language": lang, "channel": "chat",
                            "labels": [], "term": w})
    return records


def replylint_predict(records: list[dict]):
    linter = replylint.Linter(select=["toxicity"])
    list(linter.check_many([{"text": "warm up", "language": lang} for lang in ("en", "nl", "ar")]))
    t0 = time.perf_counter()
    preds = from_reports(linter.check_many(records))
    return preds, time.perf_counter() - t0


def apc_predict(records: list[dict]):
    from profanity_check import predict_prob

    predict_prob(["warm up"])
    t0 = time.perf_counter()
    probs = predict_prob([r["text"] for r in records])
    seconds = time.perf_counter() - t0
    from scoring import Prediction

    return [Prediction([("toxicity", "profanity", 0, 0, "error")] if p >= 0.5 else []) for p in probs], seconds


def summarise(name: str, records: list[dict], preds, seconds: float) -> dict:
    s = score(records, preds, by_language=True)
    tox = s["reply_level"]["toxicity"]
    by_lang = {lang: v["toxicity"] for lang, v in s.get("reply_level_by_language", {}).items()}
    return {"system": name, "records": len(records), "toxicity": tox, "by_language": by_lang,
            "clean_false_alarm_rate": s["clean"]["false_alarm_rate"],
            "replies_per_second": round(len(records) / seconds, 1) if seconds else None}


def line(r: dict) -> str:
    t = r["toxicity"]
    langs = "  ".join(f"{lang}: P {fmt(v['precision'])} R {fmt(v['recall'])}" for lang, v in sorted(r["by_language"].items()))
    return (f"  {r['system']:<22} P {fmt(t['precision'])} R {fmt(t['recall'])} F1 {fmt(t['f1'])}  "
            f"clean-FA {fmt(r['clean_false_alarm_rate'])}  {r['replies_per_second']} replies/s   [{langs}]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", default=str(HERE.parent.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--per-language", type=int, default=300)
    parser.add_argument("--json", default=str(HERE / "results" / "toxicity.json"))
    args = parser.parse_args(argv)
    results = {}
    sets = {}
    if Path(args.dev).is_file():
        sets["dev.jsonl (toxicity + clean records)"] = [
            r for r in load(args.dev) if not r["labels"] or any(lab["category"] == "toxicity" for lab in r["labels"])]
    sets["assembled from PyPI data (glin-profanity words vs pyspellchecker Scunthorpe traps)"] = assemble(
        args.per_language)
    for name, records in sets.items():
        print(f"== {name}: {len(records)} replies")
        rows = [summarise("replylint lexicon", records, *replylint_predict(records))]
        english = [r for r in records if r.get("language") == "en"]
        if importlib.util.find_spec("profanity_check") and english:
            rows.append(summarise("replylint lexicon (en)", english, *replylint_predict(english)))
            rows.append(summarise("alt-profanity-check (en)", english, *apc_predict(english)))
        for r in rows:
            print(line(r))
        results[name] = rows
        missed = [r for r, p in zip(records, replylint_predict(records)[0]) if r["labels"] and not p.findings]
        alarms = [r for r, p in zip(records, replylint_predict(records)[0]) if not r["labels"] and p.findings]
        if "term" in records[0]:
            results[name + " samples"] = {"missed_terms": [r["term"] for r in missed[:40]],
                                          "false_alarm_terms": [r["term"] for r in alarms[:40]]}
            print("  missed (sample):", ", ".join(r["term"] for r in missed[:15]))
            print("  false alarms (sample):", ", ".join(r["term"] for r in alarms[:15]))
    print(f"wrote {write_json(args.json, results, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
