"""LLM Guard's model-free scanners beside replylint, in the same run: cost per reply and secret detection.

    python benchmarks/llm_guard_peer.py [--n 400] [--peer-python .venv-peers/bin/python]

LLM Guard (protectai/llm-guard, MIT) scans prompts and model output with a list of scanners; a
pre-send check of a support reply is the same job. Most of its scanners load a Hugging Face model at
start, and those cannot be downloaded here (Toxicity, Sensitive/Anonymize's NER, BanTopics). Three
need no model and are measured:

- ``Secrets``: detect-secrets with LLM Guard's ~100 plugins (API keys, tokens, private keys, ...);
- ``BanSubstrings``: whole-word, case-insensitive matching of a word list; it is given the words and
  phrases replylint's toxicity packs (``rules/toxicity/*.yaml``) flag wherever they stand, so the two
  differ in how they match, not in what they know;
- ``Regex``: a user's expressions; given four common pii expressions (card number, IBAN, e-mail, phone).

LLM Guard pins its own versions of transformers, presidio and regex, so it lives in its own virtualenv
(``make bench`` makes ``.venv-peers``); this script runs it there as a child process (``--child``) on the
same replies and times replylint's default profile here before and after it. Reported:

- microseconds per reply of each scanner and of the three together, warm (each scanner has scanned a
  few replies first), median of three passes, and replylint's full default profile (~40 rules);
- secret detection at reply level on the synthetic pii set (``benchmarks/synth_pii.py``): a reply is
  positive when it holds a ``secret`` or ``credential`` label; LLM Guard flags it when ``Secrets`` says
  it is not valid, replylint when ``pii.secret`` or ``pii.credential`` reports something. That set is
  written by the author of the rules, which favours replylint. When ``../shared/eval/dev.jsonl`` exists
  its records are scored the same way.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from shared import write_json  # noqa: E402

ROOT = HERE.parent
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
SECRET_TYPES = ("secret", "credential")
PEER_VERSION = "0.3.16"  # the LLM Guard release `make bench` installs into .venv-peers

# what a user of LLM Guard's Regex scanner would write for the pii a support reply must not carry
PEER_REGEXES = [
    r"\b(?:\d[ -]?){13,19}\b",  # card number
    r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b",  # IBAN
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail address
    r"(?:\+|00)\d{1,3}[ .-]?\(?\d{1,4}\)?(?:[ .-]?\d{2,4}){2,4}",  # international phone number
]
SCANNERS = ("Secrets", "BanSubstrings", "Regex")


# -- child: runs in the virtualenv that has llm_guard ----------------------------------------------------


def child() -> int:
    """Read ``{"texts", "secret_texts", "substrings", "regexes", "passes"}`` from stdin, print the timings
    and flags as JSON. Nothing here imports replylint (it is not installed beside LLM Guard)."""
    job = json.load(sys.stdin)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from importlib.metadata import version

    from llm_guard.input_scanners import BanSubstrings, Regex, Secrets
    from llm_guard.input_scanners.ban_substrings import MatchType
    from llm_guard.util import configure_logger

    configure_logger(log_level="CRITICAL")  # its warnings quote what they found: no secrets in our logs
    scanners = {
        "Secrets": Secrets(redact_mode="all"),
        "BanSubstrings": BanSubstrings(substrings=job["substrings"], match_type=MatchType.WORD,
                                       case_sensitive=False, redact=False),
        "Regex": Regex(patterns=job["regexes"], is_blocked=True, redact=False),
    }
    texts = job["texts"]
    for scanner in scanners.values():  # warm: plugin modules imported, expressions compiled
        for text in texts[:20]:
            scanner.scan(text)
    timings: dict[str, list[float]] = {name: [] for name in scanners}
    for _ in range(job["passes"]):
        for name, scanner in scanners.items():
            t0 = time.perf_counter()
            for text in texts:
                scanner.scan(text)
            timings[name].append((time.perf_counter() - t0) / len(texts) * 1e6)
    secrets = scanners["Secrets"]
    flags = [not secrets.scan(text)[1] for text in job["secret_texts"]]
    json.dump({"version": version("llm-guard"), "us_per_reply": {k: statistics.median(v) for k, v in timings.items()},
               "us_per_reply_each_pass": timings, "secret_flags": flags}, sys.stdout)
    return 0


# -- parent: replylint, and the child in the peers' virtualenv --------------------------------------------


def toxicity_words() -> list[str]:
    """The words and phrases replylint's toxicity packs flag wherever they stand (insults, profanity,
    obscenity, identity attacks; all languages), for BanSubstrings. Left out: words that insult only when
    aimed at someone ("you clown"), mild profanity, threats (expressions) and the safe lists."""
    import yaml

    words: set[str] = set()
    for path in sorted((ROOT / "rules" / "toxicity").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in ("insult", "profanity", "obscene", "identity_attack"):
            words.update(w for w in data.get(key, []) if isinstance(w, str) and w.strip())
    return sorted(words)


def replylint_us_per_reply(linter, records: list[dict], passes: int) -> list[float]:
    for r in records[:20]:
        linter.check(r["text"], language=r.get("language"), channel=r.get("channel"), context=r.get("context"))
    out = []
    for _ in range(passes):
        t0 = time.perf_counter()
        for r in records:
            linter.check(r["text"], language=r.get("language"), channel=r.get("channel"), context=r.get("context"))
        out.append((time.perf_counter() - t0) / len(records) * 1e6)
    return out


def reply_level(truth: list[bool], flagged: list[bool]) -> dict:
    tp = sum(t and f for t, f in zip(truth, flagged))
    fp = sum(f and not t for t, f in zip(truth, flagged))
    fn = sum(t and not f for t, f in zip(truth, flagged))
    p = tp / (tp + fp) if tp + fp else None
    r = tp / (tp + fn) if tp + fn else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"positives": tp + fn, "negatives": len(truth) - tp - fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": None if p is None else round(p, 3), "recall": None if r is None else round(r, 3),
            "f1": None if f1 is None else round(f1, 3)}


def secret_truth(records: list[dict], types: tuple[str, ...] = SECRET_TYPES) -> list[bool]:
    return [any(lab.get("category") == "pii" and lab.get("type") in types for lab in r.get("labels", []))
            for r in records]


def detection(records: list[dict], flagged: list[bool]) -> dict:
    """Reply-level scores for "holds a secret or a credential", with the recall of each type apart
    (LLM Guard's Secrets looks for keys and tokens; a password written in a sentence is not its aim)."""
    out = reply_level(secret_truth(records), flagged)
    for kind in SECRET_TYPES:
        truth = secret_truth(records, (kind,))
        found = sum(t and f for t, f in zip(truth, flagged))
        out[f"recall_{kind}"] = round(found / sum(truth), 3) if any(truth) else None
        out[f"positives_{kind}"] = sum(truth)
    return out


def replylint_secret_flags(linter, records: list[dict]) -> list[bool]:
    flags = []
    for r in records:
        report = linter.check(r["text"], language=r.get("language"), channel=r.get("channel"),
                              context=r.get("context"))
        flags.append(any(f.rule in ("pii.secret", "pii.credential") for f in report.findings))
    return flags


def run_peer(peer_python: str, job: dict) -> dict:
    proc = subprocess.run([peer_python, str(Path(__file__).resolve()), "--child"], input=json.dumps(job),
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"LLM Guard child failed ({proc.returncode}): {proc.stderr[-1500:]}")
    return json.loads(proc.stdout)


def why_not(peer_python: str) -> str | None:
    """Why LLM Guard cannot be measured with ``peer_python``, or None."""
    if not Path(peer_python).exists():
        return f"{peer_python} does not exist (make bench creates .venv-peers with llm-guard=={PEER_VERSION})"
    probe = subprocess.run([peer_python, "-c", "import llm_guard.input_scanners"], capture_output=True, text=True)
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["no message"])[-1]
        return f"llm_guard does not import in {peer_python}: {last}"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, default=400, help="generated replies to time on")
    parser.add_argument("--synthetic", type=int, default=1500, help="synthetic pii records for secret detection")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--peer-python", default=str(ROOT / ".venv-peers" / "bin" / "python"))
    parser.add_argument("--dev", default=str(DEV))
    parser.add_argument("--json", default=str(HERE / "results" / "llm_guard.json"))
    args = parser.parse_args(argv)
    if args.child:
        return child()
    if args.n < 1 or args.passes < 1:
        parser.error("--n and --passes must be at least 1")
    out_path = Path(args.json)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    why = why_not(args.peer_python)
    if why is not None:
        print(f"llm_guard_peer: skipped ({why})")
        write_json(out_path, {"skipped": why})
        return 0

    import replylint
    from replies import generate
    from synth_pii import generate as synth

    records = generate(args.n, seed=3)
    sets = {"synthetic pii": synth(args.synthetic, seed=11)}
    dev = Path(args.dev)
    if dev.exists():
        sets["dev.jsonl"] = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    secret_texts = [r["text"] for recs in sets.values() for r in recs]
    job = {"texts": [r["text"] for r in records], "secret_texts": secret_texts, "substrings": toxicity_words(),
           "regexes": PEER_REGEXES, "passes": args.passes}

    linter = replylint.Linter()
    before = replylint_us_per_reply(linter, records, args.passes)
    peer = run_peer(args.peer_python, job)
    after = replylint_us_per_reply(linter, records, args.passes)
    ours = statistics.median(before + after)
    theirs = peer["us_per_reply"]
    together = sum(theirs[name] for name in SCANNERS)

    flags = iter(peer["secret_flags"])
    detected = {}
    for name, recs in sets.items():
        peer_flags = [next(flags) for _ in recs]
        detected[name] = {"records": len(recs),
                          "llm_guard Secrets": detection(recs, peer_flags),
                          "replylint pii.secret + pii.credential": detection(recs, replylint_secret_flags(linter, recs))}
    result = {
        "llm_guard_version": peer["version"], "replies": len(records),
        "mean_chars": round(sum(len(r["text"]) for r in records) / len(records)),
        "substrings": len(job["substrings"]), "regexes": len(PEER_REGEXES),
        "us_per_reply": {**{f"llm_guard {k}": round(v, 1) for k, v in theirs.items()},
                         "llm_guard three scanners": round(together, 1),
                         "replylint default profile": round(ours, 1)},
        "replylint_us_per_reply_each_pass": [round(x, 1) for x in before + after],
        "llm_guard_us_per_reply_each_pass": {k: [round(x, 1) for x in v]
                                             for k, v in peer["us_per_reply_each_pass"].items()},
        "ratio_llm_guard_three_to_replylint": round(together / ours, 2),
        "ratio_llm_guard_secrets_to_replylint": round(theirs["Secrets"] / ours, 2),
        "secret_detection": detected,
    }
    write_json(out_path, result)
    print(json.dumps({k: v for k, v in result.items() if k.startswith(("us_", "ratio", "secret"))}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
