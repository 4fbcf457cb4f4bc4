"""The pre-send gate in process versus over HTTP (`replylint serve`).

    python benchmarks/server.py [--n 1000]

Starts the service on a free local port (one worker, API key set), then sends the same generated replies
(benchmarks/replies.py) one at a time over a keep-alive connection and measures the round trip; the same
replies go through ``Linter.gate`` in this process for comparison. A second phase runs 8 client threads
to measure requests/second and how often the service sheds load (429). Ratios matter more than absolute
numbers on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import httpx  # noqa: E402

import replylint  # noqa: E402
from replies import generate  # noqa: E402
from timing import percentile  # noqa: E402
from shared import write_json  # noqa: E402

KEY = "bench-key-0123456789"


def percentiles(values: list[float]) -> dict[str, float]:
    return {f"p{q}_ms": round(percentile(values, q), 3) for q in (50, 95, 99)} | \
        {"mean_ms": round(statistics.mean(values), 3)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def payload(r: dict) -> dict:
    body = {"text": r["text"], "channel": r["channel"], "context": r["context"]}
    if r["language"]:
        body["language"] = r["language"]
    return body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--json", default=str(HERE / "results" / "server.json"))
    args = parser.parse_args(argv)
    records = generate(args.n, seed=3)
    warm = generate(60, seed=97)

    linter = replylint.Linter()
    for r in warm:
        linter.gate(r["text"], language=r["language"], channel=r["channel"], context=r["context"])
    in_process = []
    for r in records:
        t0 = time.perf_counter()
        linter.gate(r["text"], language=r["language"], channel=r["channel"], context=r["context"])
        in_process.append((time.perf_counter() - t0) * 1000)

    port = free_port()
    env = dict(os.environ, REPLYLINT_API_KEY=KEY)
    with tempfile.TemporaryDirectory() as tmp:
        log = open(Path(tmp) / "server.log", "w")
        proc = subprocess.Popen([sys.executable, "-m", "replylint", "serve", "--port", str(port), "--log-level",
                                 "warning"], env=env, cwd=tmp, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        try:
            t_start = time.perf_counter()
            while True:
                try:
                    if httpx.get(url + "/readyz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if proc.poll() is not None or time.perf_counter() - t_start > 120:
                    raise SystemExit("the service did not start: " + (Path(tmp) / "server.log").read_text())
                time.sleep(0.1)
            ready_s = time.perf_counter() - t_start
            headers = {"Authorization": f"Bearer {KEY}"}
            with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
                for r in warm:
                    client.post("/v1/check", json=payload(r))
                over_http = []
                for r in records:
                    t0 = time.perf_counter()
                    resp = client.post("/v1/check", json=payload(r))
                    over_http.append((time.perf_counter() - t0) * 1000)
                    resp.raise_for_status()

            def client_loop(share: list[dict]) -> list[tuple[int, float]]:
                """One keep-alive client sending its share of the replies back to back."""
                out = []
                with httpx.Client(base_url=url, headers=headers, timeout=30) as c:
                    for r in share:
                        t0 = time.perf_counter()
                        status = c.post("/v1/check", json=payload(r)).status_code
                        out.append((status, (time.perf_counter() - t0) * 1000))
                return out

            t0 = time.perf_counter()
            with ThreadPoolExecutor(8) as pool:
                concurrent = [x for part in pool.map(client_loop, [records[i::8] for i in range(8)]) for x in part]
            wall = time.perf_counter() - t0
        finally:
            proc.terminate()
            proc.wait(30)
            log.close()

    gate = percentiles(in_process)
    http = percentiles(over_http)
    ok = [ms for status, ms in concurrent if status == 200]
    result = {
        "replies": args.n,
        "service_ready_s": round(ready_s, 2),
        "in_process_gate": gate,
        "http_sequential": http,
        "http_overhead_p50_ms": round(http["p50_ms"] - gate["p50_ms"], 3),
        "http_vs_in_process_p50_ratio": round(http["p50_ms"] / gate["p50_ms"], 2),
        "http_8_clients": {"requests_per_second": round(len(concurrent) / wall, 1),
                           "ok": len(ok), "shed_429": sum(1 for s, _ in concurrent if s == 429),
                           **(percentiles(ok) if ok else {})},
    }
    print(json.dumps(result, indent=2))
    write_json(args.json, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
