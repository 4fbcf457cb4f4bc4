"""Speed: replies/second, latency percentiles, per-family cost, worker processes, CLI cold start, peak RSS.

    python benchmarks/speed.py [--n 2000] [--default-venv PATH]

Replies are generated (benchmarks/replies.py): 200-1,500 characters, mixed English, Dutch and Arabic,
languages given for half of them, from small sentence pools and, as "varied", from the sentences of the test
fixtures' labelled replies (a vocabulary the word caches have not seen). "Warm" means the linter has already checked a few replies in each
language (models, word lists and matchers loaded). Machines here are shared and noisy: compare ratios
across runs, not absolute numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import replylint  # noqa: E402
from replies import CORPORA, generate  # noqa: E402
from timing import percentile  # noqa: E402
from shared import write_json  # noqa: E402


def warm_single(n: int, passes: int = 3, clean: bool = False, corpus: str = "generated") -> dict:
    """``passes`` passes over the same replies; the pass with the median throughput is reported (the
    machine is shared: single passes swing by 10-20%), with every pass's throughput alongside.
    ``clean``: replies made only of sentences without a problem; ``corpus``: where the sentences come from,
    the generator's small pools or the test fixtures' labelled replies (see benchmarks/replies.py)."""
    linter = replylint.Linter()
    records = CORPORA[corpus](n, seed=1, clean=clean)
    for r in generate(60, seed=99):
        linter.check(r["text"], language=r["language"], channel=r["channel"], context=r["context"])
    runs = []
    for _ in range(passes):
        latencies: list[float] = []
        families: dict[str, float] = defaultdict(float)
        t_start = time.perf_counter()
        for r in records:
            t0 = time.perf_counter()
            report = linter.check(r["text"], language=r["language"], channel=r["channel"], context=r["context"])
            latencies.append((time.perf_counter() - t0) * 1000)
            for status in report.rules:
                families[status.rule.split(".")[0]] += status.duration_ms
        runs.append((n / (time.perf_counter() - t_start), latencies, families))
    runs.sort(key=lambda run: run[0])
    rate, latencies, families = runs[len(runs) // 2]
    chars = sum(len(r["text"]) for r in records)
    findings = sum(len(linter.check(r["text"], language=r["language"], channel=r["channel"],
                                    context=r["context"]).findings) for r in records)
    return {"replies": n, "passes": passes, "mean_chars": round(chars / n), "findings_per_reply": round(findings / n, 2),
            "replies_per_second": round(rate, 1),
            "replies_per_second_each_pass": [round(run[0], 1) for run in runs],
            "p50_ms": round(percentile(latencies, 50), 3), "p95_ms": round(percentile(latencies, 95), 3),
            "p99_ms": round(percentile(latencies, 99), 3), "max_ms": round(max(latencies), 3),
            "per_family_ms": {k: round(v / n, 4) for k, v in sorted(families.items(), key=lambda kv: -kv[1])},
            "peak_rss_mb_this_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def batch(n: int, processes: int) -> dict:
    linter = replylint.Linter()
    records = generate(n, seed=2)
    list(linter.check_many(generate(30, seed=98)))
    t0 = time.perf_counter()
    count, first = 0, None
    for _ in linter.check_many(records, processes=processes, batch_size=64):
        count += 1
        if first is None:
            first = time.perf_counter() - t0
    seconds = time.perf_counter() - t0
    # after the first batch is back the workers are started and warm: the rate from there on is what a
    # long export sees (the start-up, mostly loading word lists and models in each worker, is paid once)
    steady = (count - 64) / (seconds - first) if first is not None and count > 64 and seconds > first else None
    return {"processes": processes, "replies": count, "seconds": round(seconds, 2),
            "replies_per_second": round(count / seconds, 1), "first_result_s": round(first or 0.0, 2),
            "steady_replies_per_second": round(steady, 1) if steady else None,
            "note": "wall time incl. starting the workers"}


REPLY = ("Hi Maria,\n\nThanks for letting us know about the evening drop-outs. I ran a line test and found a "
         "faulty port; an engineer will replace it tomorrow.\n\nBest regards,\nTom\n")
# A short macro: too few function words for the stop-word fast path, so py3langid's model tells its language.
SHORT_MACRO = "Hi {{first_name}}, your order ships tomorrow. Kind regards, Sam\n"


def cold_start(python: str, runs: int = 5, text: str = REPLY) -> tuple[dict, dict]:
    """Median of ``runs`` starts of ``replylint check`` on one file after a first start, with the cache of
    parsed word lists and models (REPLYLINT_CACHE_DIR, see docs/configuration.md; the first start writes
    it) and without it (every start parses them). The two are measured in turns, so that a change in the
    shared machine's speed during the measurement does not land on one of them."""
    # Byte-code caches are allowed (and written by the first start) as on a normal install; this machine
    # sets PYTHONDONTWRITEBYTECODE=1, which made every start compile replylint's sources again (~0.1 s).
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as tmp:
        envs = {True: {**base, "REPLYLINT_CACHE_DIR": str(Path(tmp) / "cache")},
                False: {**base, "REPLYLINT_CACHE_DIR": ""}}
        path = Path(tmp) / "reply.txt"
        path.write_text(text)
        command = [python, "-m", "replylint", "check", str(path)]
        subprocess.run(command, capture_output=True, cwd=tmp, env=envs[True])  # writes the caches
        times: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(runs):
            for cache in (True, False):
                t0 = time.perf_counter()
                subprocess.run(command, capture_output=True, cwd=tmp, env=envs[cache])
                times[cache].append(time.perf_counter() - t0)
    with_cache, without = ({"python": python, "word_list_cache": cache, "median_s": round(statistics.median(t), 3),
                            "min_s": round(min(t), 3)} for cache, t in times.items())
    return with_cache, without


def rss_default_profile(python: str) -> dict:
    """Peak RSS of checking 300 replies, with the word-list cache warmed by a first run (the usual state)
    and with the cache switched off (every word list parsed from pyspellchecker's JSON)."""
    # VmHWM, the peak of this program's own memory: ru_maxrss survives execve on Linux, so a child started by this
    # benchmark after its warm passes reported the parent's ~320 MB, whatever it used itself (stops 26 and 27)
    code = ("import resource, sys; sys.path.insert(0, %r); import replylint; from replies import generate; "
            "l = replylint.Linter(); [l.check(r['text'], language=r['language'], channel=r['channel'], "
            "context=r['context']) for r in generate(300)]; "
            "hwm = [int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM:')]; "
            "print(hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)") % str(HERE)
    out: dict = {"python": python}
    with tempfile.TemporaryDirectory() as tmp:
        for key, cache in (("peak_rss_mb", str(Path(tmp) / "cache")), ("peak_rss_mb_without_cache", "")):
            env = {**os.environ, "REPLYLINT_CACHE_DIR": cache}
            if cache:
                subprocess.run([python, "-c", code], capture_output=True, text=True, env=env)  # writes the cache
            run = subprocess.run([python, "-c", code], capture_output=True, text=True, env=env)
            out[key] = round(int(run.stdout.strip() or 0) / 1024, 1)
    torch = subprocess.run([python, "-c", "import importlib.util; print(bool(importlib.util.find_spec('torch')))"],
                           capture_output=True, text=True).stdout.strip()
    out["torch_installed"] = torch
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--default-venv", default=str(HERE.parent / ".venv-default"),
                        help="a venv with only the default install, for cold start and RSS without torch")
    parser.add_argument("--json", default=str(HERE / "results" / "speed.json"))
    args = parser.parse_args(argv)
    result = {"cpu_count": os.cpu_count(), "python": sys.version.split()[0]}
    result["warm_single_process"] = warm_single(args.n)
    print("warm:", json.dumps(result["warm_single_process"]))
    result["warm_single_process_clean"] = warm_single(args.n, clean=True)
    print("warm, clean replies:", json.dumps(result["warm_single_process_clean"]))
    result["warm_single_process_varied"] = warm_single(args.n, corpus="varied")
    print("warm, varied wording:", json.dumps(result["warm_single_process_varied"]))
    result["warm_single_process_varied_clean"] = warm_single(args.n, clean=True, corpus="varied")
    print("warm, varied wording, clean:", json.dumps(result["warm_single_process_varied_clean"]))
    result["check_many"] = [batch(args.n, 1), batch(args.n, 2)]
    print("check_many:", json.dumps(result["check_many"]))
    pythons = [sys.executable]
    default_python = Path(args.default_venv) / "bin" / "python"
    if default_python.exists():
        pythons.insert(0, str(default_python))
    starts = [cold_start(p) for p in pythons]
    result["cli_cold_start"] = [with_cache for with_cache, _ in starts]
    result["cli_cold_start_without_cache"] = [without for _, without in starts]
    result["cli_cold_start_short_macro"] = list(cold_start(pythons[0], text=SHORT_MACRO))
    result["peak_rss"] = [rss_default_profile(p) for p in pythons]
    print("cold start:", json.dumps(result["cli_cold_start"]))
    print("rss:", json.dumps(result["peak_rss"]))
    print(f"wrote {write_json(args.json, result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
