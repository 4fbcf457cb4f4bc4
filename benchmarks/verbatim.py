"""canned.verbatim against a large template library.

    python benchmarks/verbatim.py [--macros 5000] [--replies 500]

Builds a folder of generated macros (benchmarks/replies.py sentences in random combinations, with
placeholders), then checks replies of three kinds: a macro sent unchanged (with the placeholders
filled), a macro with a personal sentence added, and an unrelated reply. Reports the index build
time, the time per reply of the rule alone, and how often each kind is flagged.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from replies import SENTENCES, generate  # noqa: E402
from timing import percentile  # noqa: E402
from shared import write_json  # noqa: E402


def macros(n: int, seed: int = 5) -> dict[str, str]:
    rng = random.Random(seed)
    out = {}
    for i in range(n):
        lang = rng.choice(["en", "en", "nl", "ar"])
        body = " ".join(rng.sample(SENTENCES[lang], k=min(len(SENTENCES[lang]), rng.randint(3, 6))))
        out[f"{lang}/macro-{i:05d}.liquid"] = "Hi {{ customer.first_name }},\n\n" + body + "\n\n{{ agent.name }}"
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--macros", type=int, default=5000)
    parser.add_argument("--replies", type=int, default=500)
    parser.add_argument("--json", default=str(HERE / "results" / "verbatim.json"))
    args = parser.parse_args(argv)
    library = macros(args.macros)
    rng = random.Random(9)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, text in library.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
        linter = replylint.Linter(select=["canned.verbatim"], templates=str(folder))
        t0 = time.perf_counter()
        linter.check("warm up: builds the index")
        build_s = time.perf_counter() - t0
        names = list(library)
        kinds: dict[str, list[str]] = {"unchanged": [], "personalised": [], "unrelated": []}
        for _ in range(args.replies // 3):
            text = library[rng.choice(names)].replace("{{ customer.first_name }}", "Maria").replace(
                "{{ agent.name }}", "Tom")
            kinds["unchanged"].append(text)
            kinds["personalised"].append(text.replace("\n\n", "\n\nI can see your order 5531 left Utrecht today; "
                                                      "the blue jacket you asked about is in it, and the courier "
                                                      "has your new address on the Lindelaan. ", 1))
        kinds["unrelated"] = [r["text"] for r in generate(args.replies // 3, seed=12)]
        result = {"macros": args.macros, "index_build_s": round(build_s, 2), "kinds": {}}
        times = []
        for kind, texts in kinds.items():
            flagged = 0
            for text in texts:
                report = linter.check(text, language="en")
                status = next(s for s in report.rules if s.rule == "canned.verbatim")
                times.append(status.duration_ms)
                flagged += bool(report.findings)
            result["kinds"][kind] = {"replies": len(texts), "flagged_share": round(flagged / len(texts), 3)}
        result["rule_ms_p50"] = round(statistics.median(times), 3)
        result["rule_ms_p95"] = round(percentile(times, 95), 3)
    print(json.dumps(result, indent=2))
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
