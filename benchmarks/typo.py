"""Spelling: detection, suggestion hit@1, false alarms and words/second.

    python benchmarks/typo.py [--n 1500]

Data (none of it from pyspellchecker, whose word lists replylint uses):
- English: real misspellings and their corrections from codespell's dictionary (PyPI: codespell).
- Dutch and Arabic: words from wordfreq (PyPI) with one random edit (deletion, transposition, substitution,
  insertion), dropping results that are themselves common words (real-word errors are out of reach for a
  dictionary speller). Synthetic: typing errors, not people's misspellings.
- False alarms: the 5,000 most frequent wordfreq words of each language, each in a short sentence.
  wordfreq and pyspellchecker both draw on subtitle corpora, so this favours us somewhat.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from shared import write_json  # noqa: E402

TEMPLATES = {"en": "Thanks for waiting, we will {w} it for you today.",
             "nl": "Bedankt voor het wachten, we gaan {w} voor je regelen.",
             "ar": "شكراً لانتظارك، سنقوم {w} لك اليوم."}
LETTERS = {"en": "abcdefghijklmnopqrstuvwxyz", "nl": "abcdefghijklmnopqrstuvwxyz",
           "ar": "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"}


def codespell_pairs(n: int, rng: random.Random) -> list[tuple[str, str]]:
    spec = importlib.util.find_spec("codespell_lib")
    if spec is None:
        raise SystemExit("pip install codespell (its dictionary is the English benchmark corpus)")
    path = Path(spec.origin).parent / "data" / "dictionary.txt"
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        wrong, _, right = line.partition("->")
        right = right.split(",")[0].strip()
        if wrong.isalpha() and wrong.islower() and right.isalpha() and right.islower() and len(wrong) >= 4:
            pairs.append((wrong, right))
    return rng.sample(pairs, min(n, len(pairs)))


def synthetic_pairs(lang: str, n: int, rng: random.Random) -> list[tuple[str, str]]:
    from wordfreq import top_n_list

    vocab = top_n_list(lang, 100_000)
    common = set(vocab)
    pool = [w for w in vocab[500:20_000] if w.isalpha() and len(w) >= 5]
    out = []
    while len(out) < n and pool:
        word = rng.choice(pool)
        i = rng.randrange(len(word))
        kind = rng.choice(["delete", "transpose", "substitute", "insert"])
        if kind == "delete":
            wrong = word[:i] + word[i + 1:]
        elif kind == "transpose" and i < len(word) - 1:
            wrong = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif kind == "substitute":
            wrong = word[:i] + rng.choice(LETTERS[lang]) + word[i + 1:]
        else:
            wrong = word[:i] + rng.choice(LETTERS[lang]) + word[i:]
        if wrong != word and wrong not in common:
            out.append((wrong, word))
    return out


def detection(lang: str, pairs: list[tuple[str, str]], linter: replylint.Linter) -> dict:
    records = [{"text": TEMPLATES[lang].format(w=w), "language": lang} for w, _ in pairs]
    found = hit1 = 0
    for (wrong, right), report in zip(pairs, linter.check_many(records)):
        hits = [f for f in report.findings if f.rule == "typo.misspelling" and f.excerpt.lower() == wrong]
        if hits:
            found += 1
            if hits[0].suggestions and hits[0].suggestions[0].lower() == right:
                hit1 += 1
    return {"pairs": len(pairs), "recall": found / len(pairs), "suggestion_hit_at_1": hit1 / max(1, found),
            "hit_at_1_overall": hit1 / len(pairs)}


def false_alarms(lang: str, linter: replylint.Linter, n: int = 5000) -> dict:
    from wordfreq import top_n_list

    words = [w for w in top_n_list(lang, n) if w.isalpha() and len(w) >= 4]
    records = [{"text": TEMPLATES[lang].format(w=w), "language": lang} for w in words]
    flagged = [w for w, r in zip(words, linter.check_many(records))
               if any(f.rule == "typo.misspelling" and f.excerpt.lower() == w for f in r.findings)]
    return {"words": len(words), "false_alarm_rate": len(flagged) / len(words), "examples": flagged[:25]}


def throughput(linter: replylint.Linter) -> dict:
    from wordfreq import top_n_list

    rng = random.Random(3)
    out = {}
    for lang in ("en", "nl", "ar"):
        vocab = [w for w in top_n_list(lang, 20_000) if w.isalpha()]
        texts = [" ".join(rng.choice(vocab) for _ in range(150)) for _ in range(40)]
        doc_words = sum(len(t.split()) for t in texts)
        linter.check(texts[0], language=lang)
        t0 = time.perf_counter()
        for t in texts:
            linter.check(t, language=lang)
        out[lang] = round(doc_words / (time.perf_counter() - t0))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--json", default=str(HERE / "results" / "typo.json"))
    args = parser.parse_args(argv)
    rng = random.Random(5)
    linter = replylint.Linter(select=["typo.misspelling"])
    result = {
        "en (codespell, real misspellings)": detection("en", codespell_pairs(args.n, rng), linter),
        "nl (wordfreq + one random edit)": detection("nl", synthetic_pairs("nl", args.n, rng), linter),
        "ar (wordfreq + one random edit)": detection("ar", synthetic_pairs("ar", args.n, rng), linter),
        "false alarms on frequent words": {lang: false_alarms(lang, linter) for lang in ("en", "nl", "ar")},
        "words_per_second (typo.misspelling alone)": throughput(linter),
    }
    for name, value in result.items():
        print(name, json.dumps(value, ensure_ascii=False)[:400])
    print(f"wrote {write_json(args.json, result, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
