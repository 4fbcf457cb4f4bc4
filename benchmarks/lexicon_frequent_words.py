"""The toxicity lexicon on the most frequent words of each language: a list to read, not a score.

    python benchmarks/lexicon_frequent_words.py [--words 30000] [--json OUT.json]

Each of the N most frequent words of pyspellchecker's English, Dutch and Arabic lists is put alone into a
neutral sentence ('We checked the {word} this morning.') and checked with the toxicity rules (the model
left out: it judges replies, not words). Most words reported are real profanity, insults and slurs; the
rest are false alarms that a phrase list or a stemmer made: 'twitter' read as 'twit' with an ending, 'spices'
as a slur's plural, 'زبون' (customer) as an obscene word with a suffix, 'kaken' (jaws) and 'pijpen' (pipes)
in Dutch. Reading this list after each change to the lexicon is how those were found; the benign ones are
kept as regression tests (tests/test_toxicity.py::test_frequent_benign_words).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from shared import write_json  # noqa: E402

TEMPLATES = {"en": "We checked the {} this morning.", "nl": "We hebben de {} vanochtend gecontroleerd.",
             "ar": "راجعنا {} هذا الصباح."}


def frequent_words(language: str, n: int) -> list[tuple[str, int]]:
    from spellchecker import SpellChecker

    counts = SpellChecker(language=language).word_frequency.dictionary
    return sorted(counts.items(), key=lambda kv: -kv[1])[:n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=30000, help="most frequent words per language")
    parser.add_argument("--json", default=str(HERE / "results" / "lexicon-frequent-words.json"))
    args = parser.parse_args(argv)
    linter = replylint.Linter(select=["toxicity"], ignore=["toxicity.abusive"])
    out: dict = {"words_per_language": args.words, "languages": {}}
    for language, template in TEMPLATES.items():
        t0 = time.perf_counter()
        reported = []
        for word, count in frequent_words(language, args.words):
            findings = linter.check(template.format(word), language=language).findings
            if findings:
                reported.append({"word": word, "frequency": count, "rule": findings[0].rule})
        out["languages"][language] = {"reported": len(reported), "seconds": round(time.perf_counter() - t0, 1),
                                      "words": reported}
        print(f"{language}: {len(reported)} of {args.words} words reported")
        for r in reported:
            print(f"  {r['word']:<20} {r['frequency']:>9}  {r['rule']}")
    print(f"wrote {write_json(args.json, out, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
