"""Instructions per reply, counted by valgrind's callgrind: a speed measure the shared machine's noise hardly moves.

    python benchmarks/instructions.py [--n 400] [--compare-ref GITREF] [--json PATH]

Wall-clock throughput on this VM swings by 2x within an hour, with the same code. The number of machine
instructions executed to check a reply hardly does: runs of the same code agree to within ~0.5%. It is not a time
(cache misses and branch mispredictions cost differently), but a change that lowers it by 10% makes the
linter ~10% cheaper on any machine, so it is the measure to compare commits with. ``--compare-ref`` checks out
another commit into a temporary git worktree and measures it in the same run (e.g. the code before a change).

It also counts the instructions of a whole ``replylint check FILE`` process (the CLI's cold start) on the
reply and the short macro of benchmarks/speed.py, after a first run that writes Python's byte-code and the
caches of REPLYLINT_CACHE_DIR, as a user's second run would find them.

How: a child process warms the linter (60 replies, every language; 300 more for ``--corpus varied``), then turns callgrind's instrumentation on
(``callgrind_control -i on``), checks ``--n`` generated replies, and turns it off. A second run with no replies
measures what switching the instrumentation costs, and is subtracted. About a minute per commit (valgrind runs
Python ~50x slower). Needs valgrind; without it the benchmark reports that it was skipped.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from shared import checked_out, write_json  # noqa: E402

CHILD = r'''
import os, subprocess, sys
root, n, corpus, benchmarks = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sys.path.insert(0, root)
sys.path.insert(0, benchmarks)  # (this checkout's: the replies of a run are the same for every commit it measures)
import replylint
from replies import CORPORA, generate
assert os.path.realpath(replylint.__file__).startswith(os.path.realpath(root)), replylint.__file__
linter = replylint.Linter()
# warm: models, word lists and the expressions compiled on first use; "varied" replies also warm on 300 others
# (what a long-running process has seen), then are measured on replies whose wording is partly new to it
warm = generate(60, seed=99) + (CORPORA[corpus](300, seed=99) if corpus != "generated" else [])
for r in warm:
    linter.check(r["text"], language=r["language"], channel=r["channel"], context=r["context"])
records = CORPORA[corpus](n, seed=1) if n else []
toggle = ["callgrind_control", "-i"]
subprocess.run([*toggle, "on", str(os.getpid())], capture_output=True, check=True)
for r in records:
    linter.check(r["text"], language=r["language"], channel=r["channel"], context=r["context"])
subprocess.run([*toggle, "off", str(os.getpid())], capture_output=True, check=True)
'''

_COLLECTED = re.compile(r"Collected\s*:\s*([\d,]+)")


def available() -> str | None:
    """Why the benchmark cannot run here, or ``None``."""
    for tool in ("valgrind", "callgrind_control"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


def collected(root: Path, n: int, corpus: str = "generated") -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        proc = subprocess.run(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}.%p",
             sys.executable, "-c", CHILD, str(root), str(n), corpus, str(HERE)],
            capture_output=True, text=True, cwd=tmp)
    found = _COLLECTED.findall(proc.stderr)
    if proc.returncode != 0 or not found:
        raise RuntimeError(f"callgrind run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return int(found[-1].replace(",", ""))


def cold_start(root: Path, text: str) -> int:
    """Instructions of one ``replylint check`` process on ``text``, with byte-code and caches written."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reply.txt"
        path.write_text(text, encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPATH=str(root), REPLYLINT_CACHE_DIR=str(Path(tmp) / "cache"))
        command = [sys.executable, "-m", "replylint", "check", str(path)]
        subprocess.run(command, capture_output=True, env=env, cwd=tmp)  # byte-code and caches
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cold.%p", *command],
                              capture_output=True, text=True, env=env, cwd=tmp)
    found = _COLLECTED.findall(proc.stderr)
    if not found:
        raise RuntimeError(f"callgrind run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return int(found[-1].replace(",", ""))


def measure(root: Path, n: int, corpus: str = "generated") -> dict:
    from speed import REPLY, SHORT_MACRO

    base, total = collected(root, 0, corpus), collected(root, n, corpus)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=root)
    return {"commit": commit.stdout.strip() or None, "replies": n, "corpus": corpus,
            "instructions_per_reply": round((total - base) / n), "toggle_overhead": base,
            "cli_cold_start": cold_start(root, REPLY), "cli_cold_start_short_macro": cold_start(root, SHORT_MACRO)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=400, help="replies checked under callgrind")
    parser.add_argument("--corpus", choices=("generated", "varied"), default="generated",
                        help="the replies: the generator's sentence pools, or the fixtures' sentences (benchmarks/replies.py)")
    parser.add_argument("--compare-ref", help="also measure this git ref (in a temporary worktree)")
    parser.add_argument("--json", default=str(HERE / "results" / "instructions.json"))
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    result: dict = {"replies": args.n}
    why = available()
    if why is not None:
        result["skipped"] = why
        print(f"instructions: skipped ({why})")
    else:
        result["head"] = measure(ROOT, args.n, args.corpus)
        print(f"HEAD {result['head']['commit']}: {result['head']['instructions_per_reply']:,} instructions per reply")
        if args.compare_ref:
            with tempfile.TemporaryDirectory() as tmp, checked_out(args.compare_ref, Path(tmp) / "baseline") as tree:
                result["baseline"] = {**measure(tree, args.n, args.corpus), "ref": args.compare_ref}
            b, h = result["baseline"]["instructions_per_reply"], result["head"]["instructions_per_reply"]
            result["ratio_head_to_baseline"] = round(h / b, 3)
            for key in ("cli_cold_start", "cli_cold_start_short_macro"):
                result[f"ratio_{key}"] = round(result["head"][key] / result["baseline"][key], 3)
            print(f"{args.compare_ref}: {b:,} instructions per reply; HEAD needs {h / b:.1%} of that")
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
