"""Score replylint on a labelled corpus in the ../shared/eval/FORMAT.md format.

    python benchmarks/accuracy.py CORPUS.jsonl [--json OUT.json] [--config replylint.toml]

Prints a table (reply-level P/R/F1 per category, span-level P/R/F1 per pii
type, false-alarm rate on clean records) and writes the full result as JSON.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from scoring import from_reports, load, score, table  # noqa: E402
from shared import write_json  # noqa: E402


def run(corpus: str | Path, config: replylint.Config | None = None) -> dict:
    records = load(corpus)
    linter = replylint.Linter(config)
    t0 = time.perf_counter()
    reports = list(linter.check_many(records))
    elapsed = time.perf_counter() - t0
    result = score(records, from_reports(reports))
    result["corpus"] = str(corpus)
    result["seconds"] = round(elapsed, 3)
    result["replylint_version"] = replylint.__version__
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus")
    parser.add_argument("--json", help="where to write the JSON result (default: benchmarks/results/accuracy-<name>.json)")
    parser.add_argument("--config", help="replylint config file to use (default: built-in defaults)")
    args = parser.parse_args(argv)
    config = replylint.load_config_file(args.config) if args.config else None
    result = run(args.corpus, config)
    print(f"corpus: {args.corpus} ({result['records']} records, {result['seconds']} s)")
    print(table(result))
    out = Path(args.json) if args.json else HERE / "results" / f"accuracy-{Path(args.corpus).stem}.json"
    print(f"wrote {write_json(out, result, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
