"""Run every benchmark and regenerate docs/benchmarks.md (``make bench``).

    python benchmarks/run_all.py            # run all, then render
    python benchmarks/run_all.py --render   # only re-render docs/benchmarks.md from benchmarks/results/*.json
    python benchmarks/run_all.py --quick    # smaller samples (a few minutes)

Set REPLYLINT_BENCH_BASELINE to a git ref (e.g. the commit before a change) to have instructions.py
measure it beside HEAD.

The dev corpus is read from ../shared/eval/dev.jsonl when it exists (it is not part of this repository);
the other sets are generated or assembled from PyPI data by the benchmark scripts themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
DOC = ROOT / "docs" / "benchmarks.md"

TARGETS = {"replies_per_second": 1000, "p95_ms": 5.0, "cold_start_s": 1.0, "rss_mb": 300}


def run(script: str, *args: str) -> None:
    t0 = time.perf_counter()
    print(f"== {script} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(HERE / script), *args], check=True, cwd=ROOT)
    print(f"   ({time.perf_counter() - t0:.0f} s)", flush=True)


def run_all(quick: bool) -> None:
    RESULTS.mkdir(exist_ok=True)
    if DEV.exists():
        run("accuracy.py", str(DEV), "--json", str(RESULTS / "accuracy-dev.json"))
    with tempfile.TemporaryDirectory() as tmp:
        synth = Path(tmp) / "synthetic-pii.jsonl"
        run("synth_pii.py", "600" if quick else "3000", "--out", str(synth))
        run("accuracy.py", str(synth), "--json", str(RESULTS / "accuracy-synthetic-pii.json"))
    run("blind_rounds.py")
    run("pii_vs_presidio.py", "--n", "600" if quick else "3000")
    run("toxicity.py", *(["--per-language", "100"] if quick else []))
    run("lexicon_frequent_words.py", "--words", "3000" if quick else "30000")
    run("llm_guard_peer.py", *(["--n", "100", "--synthetic", "600"] if quick else []))
    run("typo.py", *(["--n", "200"] if quick else []))
    run("verbatim.py", *(["--macros", "1000", "--replies", "150"] if quick else []))
    run("speed.py", "--n", "300" if quick else "2000")
    baseline = os.environ.get("REPLYLINT_BENCH_BASELINE")  # a git ref to compare instruction counts with
    # 400 replies: the pattern prefilter compiles an expression per new combination of candidate patterns, and
    # over 200 replies those one-time compiles still weigh on the average (a round of patterns looked +4.5%
    # over 200 replies and cost nothing over 400)
    run("instructions.py", "--n", "50" if quick else "400", *(["--compare-ref", baseline] if baseline else []))
    run("instructions.py", "--corpus", "varied", "--n", "50" if quick else "200",
        "--json", str(RESULTS / "instructions-varied.json"), *(["--compare-ref", baseline] if baseline else []))
    run("server.py", "--n", "200" if quick else "1000")


# -- rendering ------------------------------------------------------------------------------------------------


def load(name: str) -> dict | list | None:
    path = RESULTS / name
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def f2(x: float | None) -> str:
    return "–" if x is None else f"{x:.2f}"


def prf_rows(scores: dict) -> list[str]:
    return [f"| {k} | {f2(v['precision'])} | {f2(v['recall'])} | {f2(v['f1'])} | {v['tp']}/{v['fp']}/{v['fn']} |"
            for k, v in scores.items()]


def accuracy_section(title: str, data: dict | None, note: str, only_labelled: bool = False) -> list[str]:
    if data is None:
        return [f"### {title}", "", "Not run (corpus not available on this machine).", ""]
    out = [f"### {title}", "", note, "", f"{data['records']} records.", "",
           "| category | precision | recall | F1 | tp/fp/fn |", "| --- | --- | --- | --- | --- |"]
    rows = data["reply_level"]
    if only_labelled:  # the set labels one category; other categories' "false positives" are unlabelled
        rows = {k: v for k, v in rows.items() if v["tp"] + v["fn"] > 0}
    out += prf_rows(rows)
    spans = data.get("span_level_pii") or {}
    if spans:
        out += ["", "| pii span type | precision | recall | F1 | tp/fp/fn |", "| --- | --- | --- | --- | --- |"]
        out += prf_rows(spans)
    clean = data.get("clean", {})
    if clean:
        flagged = clean.get("records", 0) - clean.get("nothing_reported", 0)
        out += ["", f"False alarms on clean records: {flagged}/{clean.get('records', 0)} "
                    f"(rate {f2(clean.get('false_alarm_rate'))})."]
    return out + [""]


def blind_section(data: dict | None) -> list[str]:
    lines = ["### Replies written after the rules (`tests/fixtures/phrasings.jsonl`)", ""]
    if data is None:
        return lines + ["Not run.", ""]
    if data.get("skipped"):
        return lines + [f"Not run: {data['skipped']}.", ""]
    lines += ["To see whether the rules generalise beyond the dev corpus, replies were written in rounds, in wordings "
              "the packs did not contain (blame without the packs' verbs, paraphrased requests for card data, "
              "masked swearing, Dutch and Arabic variants, clean replies close to the patterns). *Before* scores "
              "each round with the code as it was before that round's misses were fixed: that is the honest "
              "measure of unseen text. The misses were then fixed with general patterns (never the sentences "
              "themselves), so *now* is a regression score, not accuracy. Written by the author of the rules, so "
              "still favourable; a larger independent corpus would score lower (`benchmarks/blind_rounds.py`). "
              "The labels follow `../shared/eval/FORMAT.md` as the dev corpus applies it: its toxic replies never "
              "carry a tone label, even beside blame or a brush-off, so six replies of rounds a, b, h and j that "
              "were first labelled with both lost their tone label in rounds l and m (and replylint reports tone "
              "in a toxic reply at info, `Config.secondary`); and 'your registered number is ...' in a private chat "
              "is the recipient's own number, so a-ar-p2 lost its phone label in round m. Their *before* scores "
              "changed with them.", "",
              "| round | replies | code before | category | before: P | before: R | now: P | now: R | "
              "clean replies with a false alarm, before → now |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in data["rounds"]:
        before, now = r["before"]["categories"], r["now"]["categories"]
        first = True
        for cat in before:
            b, n = before[cat], now.get(cat, {})
            head = (f"{r['prefix']}: {r['what']}", str(r["records"]), f"`{r['before_commit']}`") if first else ("", "", "")
            clean = f"{r['before']['clean_with_findings']}/{r['before']['clean_records']} → " \
                    f"{r['now']['clean_with_findings']}/{r['now']['clean_records']}" if first else ""
            lines.append(f"| {' | '.join(head)} | {cat} | {f2(b['precision'])} | {f2(b['recall'])} | "
                         f"{f2(n.get('precision'))} | {f2(n.get('recall'))} | {clean} |")
            first = False
    totals: dict[str, list[int]] = {}
    for r in data["rounds"]:
        for cat, b in r["before"]["categories"].items():
            t = totals.setdefault(cat, [0, 0, 0])
            t[0], t[1], t[2] = t[0] + b["tp"], t[1] + b["fp"], t[2] + b["fn"]
    cells = []
    for cat, (tp, fp, fn) in totals.items():
        cells.append(f"{cat} P {f2(tp / (tp + fp) if tp + fp else None)} R {f2(tp / (tp + fn) if tp + fn else None)}")
    def pooled(cat: str, i: int) -> float:
        tp, fp, fn = totals[cat]
        return tp / (tp + (fp, fn)[i]) if tp + (fp, fn)[i] else 1.0

    weakest_recall = sorted(totals, key=lambda c: pooled(c, 1))[:2]
    weakest_precision = min(totals, key=lambda c: pooled(c, 0))
    spans = []
    for cat in weakest_recall:
        recalls = [r["before"]["categories"][cat]["recall"] for r in data["rounds"]
                   if cat in r["before"]["categories"] and r["before"]["categories"][cat]["recall"] is not None]
        spans.append(f"{cat} {f2(min(recalls))}-{f2(max(recalls))}")
    lines += ["", "All rounds before their fixes: " + ", ".join(cells) + ". The weakest recall on new wordings, by "
              f"round: {' and '.join(spans)}; the weakest precision: {weakest_precision} (P "
              f"{f2(pooled(weakest_precision, 0))}).", ""]
    return lines


def models_section(data: dict | None) -> list[str]:
    lines = ["### The models, on blind rounds they were not trained on (`benchmarks/train_models.py`)", ""]
    if not data:
        return lines + ["Not run (`make models`).", ""]
    lines += ["`tone.unprofessional` and `toxicity.abusive` are linear models trained on the replies above. To "
              "measure them on text they have not seen, the rounds are grouped into scenario families (a round and "
              "its versions in the other languages), split into ten folds, and each fold is scored by a model trained "
              "on the other nine. `toxicity.abusive` reports at 0.8 (`min_probability`), `tone.unprofessional` at 0.7 "
              "(its model is trained with more regularisation, C 2 against 4: weight spread over more words).", ""]
    for name in ("toxicity", "tone"):
        entry = data.get(name)
        if not entry:
            continue
        held, model = entry["held_out"], entry.get("model") or {}
        lines += [f"**`{entry['rule']}`**: {held['replies']} held-out replies, {held['positive']} positive; trained on "
                  f"{model.get('replies', '–')} replies and sentences ({model.get('positive', '–')} positive), "
                  f"{model.get('features', '–')} features.", "",
                  "| threshold | model alone: precision | recall | found | false alarms | missed |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for t, row in held["alone"].items():
            lines.append(f"| {t} | {f2(row['precision'])} | {f2(row['recall'])} | {row['tp']} | {row['fp']} | "
                         f"{row['fn']} |")
        added = held.get("added_to_before")
        if added:
            lines += ["", f"Added to what the rules of the day reported before each round's fixes ({added['replies']} "
                          f"replies, {added['positive']} positive; the model counts only where the rule lets it speak):",
                      "", "| threshold | before: precision | recall | with the model: precision | recall | clean "
                          "replies it flags |", "| --- | --- | --- | --- | --- | --- |"]
            for t, row in added["by_threshold"].items():
                b, w = row["before"], row["with_model"]
                lines.append(f"| {t} | {f2(b['precision'])} | {f2(b['recall'])} | {f2(w['precision'])} | "
                             f"{f2(w['recall'])} | {row['clean_replies_flagged_by_the_model']} |")
        lines.append("")
    return lines


def short_macro_sentence(speed: dict) -> str:
    short = speed.get("cli_cold_start_short_macro")
    if not short:
        return "The cold start of a short macro (language told by py3langid's model) was not measured in this run."
    cached = next((c for c in short if c.get("word_list_cache")), {})
    uncached = next((c for c in short if not c.get("word_list_cache")), {})
    return (f"The cold start above is for a reply whose language the stop-word fast path tells. A short macro "
            f"(\"Hi {{{{first_name}}}}, your order ships tomorrow. Kind regards, Sam\") needs py3langid's model: "
            f"{cached.get('median_s', '–')} s with the cache of `REPLYLINT_CACHE_DIR`, {uncached.get('median_s', '–')} s "
            "without it (decompressing the model takes ~0.5 s).")


def instructions_paragraph(data: dict | None) -> str:
    if not data:
        return "Instructions per reply: not measured in this run (`benchmarks/instructions.py`)."
    if data.get("skipped"):
        return f"Instructions per reply: not measured ({data['skipped']})."
    head = data["head"]
    text = (f"Instructions per reply, counted by callgrind over {head['replies']} replies "
            f"(`benchmarks/instructions.py`): {head['instructions_per_reply'] / 1e6:.2f} million at "
            f"{head['commit']}")
    base = data.get("baseline")
    if base:
        text += (f", against {base['instructions_per_reply'] / 1e6:.2f} million at {base['ref']}: "
                 f"{data['ratio_head_to_baseline']:.1%} of the work (runs of the same code agree to within ~0.5%: "
                 "hash seeds change set orders)")
    text += "."
    if "cli_cold_start" in head:
        text += (f" A whole `replylint check` process (byte-code and caches written by a first run) takes "
                 f"{head['cli_cold_start'] / 1e9:.2f} billion instructions on the reply above and "
                 f"{head['cli_cold_start_short_macro'] / 1e9:.2f} billion on the short macro")
        if base and "cli_cold_start" in base:
            text += (f", {data['ratio_cli_cold_start']:.0%} and {data['ratio_cli_cold_start_short_macro']:.0%} of "
                     f"what {base['ref']} takes")
        text += "."
    return text


def llm_guard_section(data: dict | None) -> list[str]:
    if not data:
        return []
    lines = ["## LLM Guard's model-free scanners", ""]
    if "skipped" in data:
        return lines + [f"Not measured in this run: {data['skipped']}.", ""]
    us = data["us_per_reply"]
    lines += [f"LLM Guard {data['llm_guard_version']} (`benchmarks/llm_guard_peer.py`, in its own virtualenv "
              "`.venv-peers`) on replies generated as for the speed benchmark "
              f"({data['replies']} replies, {data['mean_chars']} characters on average), warm, median of three "
              "passes; replylint timed before and after it in the same run. Its other scanners (Toxicity, "
              "Sensitive, Anonymize's NER, BanTopics) load models that cannot be downloaded here. "
              f"`BanSubstrings` is given the {data['substrings']} words and phrases replylint's toxicity packs "
              "flag wherever they stand, whole words, ignoring case; `Regex` four common pii expressions "
              "(card number, IBAN, e-mail, phone).", "",
              "| system | µs per reply | × replylint's whole default profile |", "| --- | --- | --- |"]
    ours = us["replylint default profile"]
    for name, value in us.items():
        lines.append(f"| {name} | {value:,.0f} | {value / ours:.2f} |")
    lines += ["", "`Secrets` writes each text to a temporary file and runs detect-secrets' ~100 plugins over it; "
              "`BanSubstrings` runs one regular-expression search per word of its list. replylint's ~40 rules "
              "share one pass of word runs and gates (see *Where the time goes*).", "",
              "Secret detection, reply level: a reply is positive when it holds a `secret` or `credential` "
              "label; LLM Guard flags what `Secrets` rejects, replylint what `pii.secret` or `pii.credential` "
              "reports. The synthetic set is written by the author of the rules (favours replylint).", "",
              "| set | system | positives (secret / credential) | P | R | F1 | recall secret | recall credential "
              "| false alarms |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, systems in data["secret_detection"].items():
        for system, r in systems.items():
            if not isinstance(r, dict):
                continue
            lines.append(f"| {name} | {system} | {r['positives']} ({r['positives_secret']} / "
                         f"{r['positives_credential']}) | {f2(r['precision'])} | {f2(r['recall'])} | {f2(r['f1'])} | "
                         f"{f2(r['recall_secret'])} | {f2(r['recall_credential'])} | {r['fp']} of {r['negatives']} |")
    secret_recall = [r["recall_secret"] for systems in data["secret_detection"].values()
                     for system, r in systems.items() if system.startswith("llm_guard") and isinstance(r, dict)
                     and r["recall_secret"] is not None]
    if secret_recall:
        lines += ["", f"`Secrets` finds keys and tokens by their format (recall on keys and tokens here: "
                  f"{min(secret_recall):.2f} at the lowest); a password written into a sentence (\"your temporary "
                  "password is …\") is not what its plugins look for.", ""]
    else:
        lines.append("")
    return lines


def clean_sentence(clean: dict | None, dense: dict) -> str:
    """The same measure on replies made only of sentences without a problem: the cheap end."""
    if not clean:
        return ""
    each = clean.get("replies_per_second_each_pass")
    passes = f" (median of {len(each)} passes: {', '.join(map(str, each))})" if each else ""
    ratio = clean["replies_per_second"] / dense["replies_per_second"] if dense.get("replies_per_second") else None
    return (f"Replies made only of the pools' sentences without a problem ({clean.get('findings_per_reply', '?')} "
            f"findings a reply, from channel length, formality and sign-off rules) are the cheap end: "
            f"{clean['replies_per_second']} replies/s{passes}, p50 {clean.get('p50_ms')} ms, p95 {clean.get('p95_ms')} ms"
            + (f", {ratio:.2f}× the rate above, in the same run." if ratio else ".")
            + " Real traffic, mostly clean replies, lies between the two.")


def varied_sentence(speed: dict) -> str:
    """The rates on replies of varied wording (benchmarks/replies.py ``varied``), beside the generated ones."""
    dense, clean = speed.get("warm_single_process_varied"), speed.get("warm_single_process_varied_clean")
    if not dense:
        return ""
    warm = speed.get("warm_single_process", {})
    ratio = warm.get("replies_per_second") and dense["replies_per_second"] / warm["replies_per_second"]
    text = ("The generator's pools hold about a hundred distinct words per language, so every cache keyed by a word "
            "(the speller's answers, the lexicon's clean words, Arabic norms, compiled subsets of pattern lists) is hit "
            "on nearly every word. Real replies are not like that. Replies of the same lengths built from the sentences "
            "of the ~3,800 labelled fixture replies (`replies.varied`, tens of thousands of distinct words, most "
            f"sentences written to hold a problem; {dense.get('findings_per_reply', '?')} findings a reply) run at "
            f"**{dense['replies_per_second']} replies/s** (p50 {dense.get('p50_ms')} ms, p95 {dense.get('p95_ms')} ms")
    text += f"; {ratio:.2f}× the generated rate in the same run)" if ratio else ")"
    if clean:
        text += (f", and those built only from the sentences of fixture replies without a label at "
                 f"{clean['replies_per_second']} replies/s (p95 {clean.get('p95_ms')} ms, "
                 f"{clean.get('findings_per_reply', '?')} findings a reply)")
    return text + (". The passes repeat the same replies, so from the second pass on their words are known too: "
                   "a process that meets new words all day pays more (`instructions.py --corpus varied` measures "
                   "replies the process has not seen, after 300 others). **On varied wording the throughput "
                   "target is missed by far more than on the generated replies.**")


def render() -> str:
    speed = load("speed.json") or {}
    warm = speed.get("warm_single_process", {})
    cold = {c["python"]: c for c in speed.get("cli_cold_start", [])}
    cold_nocache = {c["python"]: c for c in speed.get("cli_cold_start_without_cache", [])}
    rss = {c["python"]: c for c in speed.get("peak_rss", [])}
    default_python = next((p for p in cold if ".venv-default" in p), None)
    cold_default = cold.get(default_python, {}).get("median_s") if default_python else None
    nocache_default = cold_nocache.get(default_python, {}).get("median_s") if default_python else None
    nocache = f" ({nocache_default} s without the word-list cache)" if nocache_default is not None else ""
    rss_default = rss.get(default_python, {}).get("peak_rss_mb") if default_python else None
    rss_nocache = rss.get(default_python, {}).get("peak_rss_mb_without_cache") if default_python else None

    def verdict(value, target, lower_is_better=True) -> str:
        if value is None:
            return "not measured"
        ok = value <= target if lower_is_better else value >= target
        return "met" if ok else f"**missed** ({value / target:.2f}× the target)" if lower_is_better else \
            f"**missed** ({target / value:.1f}× short)"

    each = warm.get("replies_per_second_each_pass")
    passes = f" (median of {len(each)} passes: {', '.join(map(str, each))})" if each else ""
    lines = [
        "# Benchmarks",
        "",
        "Generated by `make bench` (`benchmarks/run_all.py`) from `benchmarks/results/*.json`; do not edit by hand.",
        f"Machine: {speed.get('cpu_count', '?')} cores, Python {speed.get('python', '?')}, shared and noisy: "
        "compare ratios between systems measured in the same run rather than absolute numbers across runs."
,
        "",
        "## Targets (default profile, one core)",
        "",
        "| measure | target | measured | |",
        "| --- | --- | --- | --- |",
        f"| warm throughput | ≥ 1,000 replies/s | {warm.get('replies_per_second', '–')} replies/s{passes} | "
        f"{verdict(warm.get('replies_per_second'), 1000, lower_is_better=False)} |",
        f"| warm throughput, varied wording (see below) | ≥ 1,000 replies/s | "
        f"{speed.get('warm_single_process_varied', {}).get('replies_per_second', '–')} replies/s | "
        f"{verdict(speed.get('warm_single_process_varied', {}).get('replies_per_second'), 1000, lower_is_better=False)} |",
        f"| p95 latency per reply | ≤ 5 ms | {warm.get('p95_ms', '–')} ms (p50 {warm.get('p50_ms', '–')} ms) | "
        f"{verdict(warm.get('p95_ms'), 5.0)} |",
        f"| CLI cold start, one file | ≤ 1 s | {cold_default if cold_default is not None else '–'} s{nocache} | "
        f"{verdict(cold_default, 1.0)} |",
        f"| peak RSS | ≤ 300 MB | {rss_default if rss_default is not None else '–'} MB"
        f"{f' ({rss_nocache} MB without the word-list cache)' if rss_nocache is not None else ''} | "
        f"{verdict(max(x for x in (rss_default, rss_nocache) if x is not None) if rss_default is not None else None, 300)} |",
        "",
        short_macro_sentence(speed),
        "",
        f"Replies are generated (`benchmarks/replies.py`): {warm.get('mean_chars', '?')} characters on average "
        "(200–1,500), mixed English, Dutch and Arabic, language given for half of them. They are drawn from "
        "sentence pools in which about one sentence in four has a problem, so nearly every reply holds several "
        f"({warm.get('findings_per_reply', '?')} findings a reply): far more than real traffic, and every finding "
        "costs (suggestions, the finding, its message). The verdicts above are for these replies. "
        + clean_sentence(speed.get("warm_single_process_clean"), warm) + " " + varied_sentence(speed) +
        " Cold start and RSS are measured in a virtualenv with only the default "
        "install (`.venv-default`); with torch installed (the `detoxify` extra) spaCy's thinc imports it and "
        "both grow, see below.",
        "",
        "### Where the time goes",
        "",
        "About 40 rules run on every reply, and most of their cost is full-text regular-expression scans: "
        "Python's `re` spends roughly 20-60 µs per scan of an 860-character reply, whatever the pattern finds. "
        "What keeps the count of scans down (found with sampling profiles, measured with `benchmarks/speed.py` and "
        "`benchmarks/instructions.py`):",
        "",
        "- *gates*: before a phrase list (PII context words, toxic phrases, greetings, requests for card data) "
        "is scanned, a set test on the reply's words, computed once per reply, checks that every word of some "
        "phrase is present (`textutil.Gate`, property-tested never to rule out a real match);",
        "- *values before context*: PII detectors look for the value first (digits, a date, a passport-like "
        "code) and only then for the words around it; expressions that start with a digit are written digit-first "
        "so the engine skips to the next digit in C (3× faster per scan);",
        "- *one pass where there were several*: tokens for the pattern rules are computed once per reply into "
        "parallel lists; candidate patterns are chosen once per reply; anchored expressions (empty greetings, "
        "vocatives) are tried only at line and sentence starts;",
        "- *a single-reply path* through the pipeline for `check` and the pre-send gate;",
        "- *a cache of parsed data* (`REPLYLINT_CACHE_DIR`, `replylint/cache.py`): pyspellchecker's word lists "
        "in marshal form (parsing them took a quarter of the CLI's cold start), and py3langid's ready identifier "
        "(decompressing its model took ~0.5 s in every process that needed it: a CLI run on a short macro, each "
        "worker of `check_many`); a pack's extra words are added without pyspellchecker recomputing its statistics "
        "over the whole list (~75 ms per language and process);",
        "- *set operations of the right kind*: `dict.keys() & frozenset` walks the reply's ~150 words, "
        "`frozenset & frozenset` the smaller side (20× cheaper); gates and pattern candidates now use the latter. "
        "Arabic phrases are looked up by their first word: each gate knows that word behind each of the 36 "
        "proclitic sequences (و/ف, ب/ل/ك, ال/لل), so a reply's words are intersected with those forms instead "
        "of cutting every word of the reply four ways (~70 µs an Arabic reply) or searching for each phrase;",
        "- *scans limited to where a match can be*: Unicode normalisation looks only inside runs of characters "
        "it may change (Arabic replies: 186 → 62 µs), the X/Twitter count looks for URLs only when a top-level "
        "domain or `://` occurs and for emoji only inside runs of characters from U+00A9 up (119 → ~30 µs), "
        "`typo.misspelling` finds its few candidate words with `str.find` instead of walking every token;",
        "- *less pydantic on the hot path*: findings and reports built by the pipeline are type-checked, not "
        "re-validated (a rule's odd values still go through validation), and reports pickle their statuses and "
        "findings as tuples for worker processes and Dask (250 → 56 µs to send a report, 208 → 104 µs to "
        "receive it);",
        "- *required words of regular expressions* (`replylint/prefilter.py`): threat patterns are alternations "
        "of word-led expressions that cost 40-90 µs a reply to scan. The whole words each branch cannot match "
        "without (or, for Arabic branches that match inside words, literals) are read from the parsed "
        "expression, and a reply is scanned only with the branches whose words it has: for nearly every reply "
        "none (English 65 → 9 µs, Dutch 31 → 3, Arabic 83 → 15). Phrase lists are likewise scanned for only "
        "the phrases their gate lets through, not the whole list;",
        "- *ASCII text cut into words with `bytes.translate`*: three replies in four are pure ASCII, and "
        "`split` on a translated copy gives the same words as the `\\w+`-style expressions 3-5× faster "
        "(the reply's word runs, the language detector's words, the spelling rule's word set, the stock-phrase "
        "share);",
        "- *tokens only where a pattern can match*: the token-pattern rules (tone, stock phrases) choose their "
        "candidate patterns from a superset of the reply's norms read off its word runs, and tokenize only the "
        "sentences where a candidate's anchor word occurs (about a third of them) instead of the whole reply; "
        "Arabic replies too, through the norms of their word runs and the runs behind each norm (an Arabic reply "
        "has ~21 sentences, of which the tone patterns need ~7 and the stock phrases ~2); "
        "Arabic phrase lists are tried only where a phrase's first word occurs, and requests for personal data "
        "are looked for only for the kinds of item whose words the reply has;",
        "- *bounds before matching*: `canned.generic` only needs to know whether stock phrasing covers 40% of "
        "the body; stock phrases lie inside the sentences `patterns.match_regions` names (found without matching), "
        "so when those sentences are below the share no pattern is matched at all (94% of generated English and "
        "Dutch replies). The token matcher carries a match's possible end positions slot by slot instead of "
        "recursing per path, and tokens are positioned with `str.find` after one `findall`;",
        "- *loops in C*: the repeated-word and spelled-out-word pre-checks walk the reply's runs with `map` over "
        "`operator.eq` and `len` instead of a generator; `context.wrong_language` returns before any detection "
        "when a message is too short to judge (the incoming message's py3langid call cost ~110 µs); the "
        "language detector counts only stop words (`filter` over the words, then `Counter`);",
        "- *ASCII text takes ASCII expressions*: in ASCII text `\\d` is exactly `[0-9]` and `[^\\W_]` exactly "
        "`[A-Za-z0-9]`, which the regex engine tests inline instead of asking Unicode's tables per character "
        "(a third to a half of a scan): the tokenizer and the PII scan's digit tests use such twins there "
        "(property-tested against the Unicode ones; `\\s` is left alone, as it also holds `\\x1c`-`\\x1f` in ASCII). "
        "Searches for Arabic letters, combining marks, bidi controls and high code points return at once on "
        "ASCII text (`str.isascii` reads a flag). The vocative expression is tried only where a comma follows "
        "a word that starts a line or sentence, not at all ~18 starts;",
        "- *per-text caches sized for batches*: `check_many` runs each rule over a batch of 64 replies, and the "
        "caches of per-text results (word runs, lower case, line starts) held 16 texts, so every rule recomputed "
        "them: one process checked 430 replies/s in `check_many` against 650 for `check`; now both run at the "
        "same rate;",
        "- *no expression compiled per reply, scans led by a literal* (measured on varied wording, where the "
        "generator's pools had hidden them): subsets of threat branches and phrase lists were joined and compiled "
        "for each new combination a reply opened, 4-8% of a check on new wording; now each member's own expression "
        "scans and the matches are merged as the joined expression would take them (`prefilter.merged_matches`), and a "
        "subset is compiled only after eight sightings (`prefilter.Recurring`). Those members start with a literal "
        "word and put the word boundary in a look-behind after it (`prefilter.literal_first`), which lets `re` find "
        "candidates with a string search: 10-30× faster per scan than an expression that opens with an assertion. "
        "The speller's 'is a frequent word one edit away' question is answered from an index of frequent words by "
        "their deletions (built after 200 questions) instead of pyspellchecker's ~50 strings per letter "
        "(0.3-1 ms a new word); threat branches are looked up by their rarest required word, not 'your' or 'and'; "
        "Arabic literal requirements by the reply's word runs. Each is property-tested against the plain form.",
        "",
        "Each of these changes was checked to give identical findings on 7,500 generated, synthetic and "
        "assembled edge-case replies, and identical full reports (timings aside) on 2,000; where an expression "
        "was rewritten, a property test compares it with the plain form.",
        "",
        instructions_paragraph(load("instructions.json")),
        "",
        "On varied wording: " + instructions_paragraph(load("instructions-varied.json")),
        "",
        "This machine is a shared VM whose speed changes from minute to minute (a small pure-Python loop stays "
        "fast while the linter, with its larger working set, slows down: the neighbours compete for caches and "
        "memory, not only for the CPU). Runs of the same code measured 520-870 replies/s over two days, so "
        "the verdicts above for p95 and cold start can flip between runs; the instruction count is the "
        "comparison this noise does not move. (Before it existed, interleaved A/B runs were the fairest "
        "comparison: the previous round of this work gave 2.1× the throughput of the code before it.)",
        "",
        "The warm-throughput target is still missed. Where the instructions go (callgrind, 200 replies, measured "
        "at d61f8db by replacing one part at a time with a no-op, so work shared between rules is not counted "
        "here): the "
        "tone patterns 15% (0.94 of 6.37 million a reply), the PII detectors 10%, `typo.misspelling` 7%, "
        "`pii.pii_request` 5%, `context.wrong_language` 5%, `canned.generic` 4%, the toxicity lexicons 3%; the "
        "pipeline itself with every rule a no-op (normalisation, language detection for replies without one, "
        "~40 statuses, the report) 16%; the remaining third is per-reply work shared by several rules (word runs, "
        "sentences, greeting and sign-off, the Arabic tokens) and ~30 smaller rules, with no single hotspot. "
        "About a fifth of the time is spent inside the regular-expression engine and most of the rest in "
        "per-token Python work (the tokenizer for token patterns alone is ~0.1 ms). The pattern work left is "
        "real work: per reply and pattern set, ~3 candidate patterns remain and ~4.5 of ~18 sentences are "
        "tokenized, and three in five of those hold a match. Per language: Arabic replies cost ~2.2 ms, English "
        "~1.6, Dutch ~1.4. Compiling the 24 hottest modules with Cython, unchanged and without type "
        "declarations, gave no measurable gain (tried, not kept); mypyc needs exact annotations (a frozenset "
        "where a set is declared is a TypeError at run time) and would make replylint a compiled package. "
        "Reaching 1,000 replies/s on "
        "one core would take one tokenisation shared by every family, or a compiled matcher (for example a Rust "
        "or Hyperscan back-end). For batches, `check_many(processes=N)` and "
        "the Dask path spread the work over cores and machines (see below).",
        "",
        "## Accuracy",
        "",
        "Scored exactly as `../shared/eval/FORMAT.md` defines: reply-level precision/recall/F1 per category, "
        "span-level per pii type, false-alarm rate on clean records (`benchmarks/accuracy.py CORPUS.jsonl`).",
        "",
    ]
    lines += accuracy_section("Dev corpus (`../shared/eval/dev.jsonl`)", load("accuracy-dev.json"),
                              "Small (48 records) and seen during development: rules were written to generalise, "
                              "not tuned to these sentences, but treat these numbers as an upper bound.")
    lines += accuracy_section("Synthetic pii set (`benchmarks/synth_pii.py`)", load("accuracy-synthetic-pii.json"),
                              "Generated by our own templates with valid check digits: it measures coverage of the "
                              "formats we generate, and is biased in our favour (the same person wrote generator "
                              "and rules). Only pii is labelled in it, so only pii is scored.", only_labelled=True)
    lines += blind_section(load("blind-rounds.json"))
    lines += models_section(load("models.json"))

    pii = load("pii_vs_presidio.json")
    if pii:
        lines += ["## pii: replylint vs presidio-analyzer", "",
                  "Same replies, same span scoring; Presidio with its default recognisers and spaCy's small "
                  "English model, entity types mapped to FORMAT.md's pii types.", "",
                  "| corpus | system | span P | span R | span F1 | clean false-alarm rate | replies/s |",
                  "| --- | --- | --- | --- | --- | --- | --- |"]
        for run_ in pii:
            for system in ("replylint", "presidio"):
                r = run_[system]
                o = r["span_level_pii"].get("overall", {})
                lines.append(f"| {run_['corpus']} | {system} | {f2(o.get('precision'))} | {f2(o.get('recall'))} | "
                             f"{f2(o.get('f1'))} | {f2(r.get('clean_false_alarm_rate'))} | {r.get('replies_per_second')} |")
            lines.append(f"| | **ratio** | | | | | replylint {run_.get('throughput_ratio')}× faster |")
        lines.append("")

    tox = load("toxicity.json")
    if tox:
        lines += ["## Toxicity: lexicon vs alt-profanity-check", "",
                  "Detoxify could not be measured: its checkpoints cannot be downloaded on this machine (the "
                  "loading code is tested with a tiny checkpoint built by the tests). LLM Guard's toxicity "
                  "scanner also needs model downloads and was not measured (its model-free scanners are, "
                  "below).", "",
                  "| set | system | records | P | R | F1 | clean false-alarm rate | replies/s |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for name, systems in tox.items():
            if not isinstance(systems, list):
                continue
            for s in systems:
                t = s["toxicity"]
                lines.append(f"| {name} | {s['system']} | {s['records']} | {f2(t['precision'])} | {f2(t['recall'])} | "
                             f"{f2(t['f1'])} | {f2(s.get('clean_false_alarm_rate'))} | {s.get('replies_per_second')} |")
        lines += ["", "The assembled set puts each word of a public profanity list (glin-profanity's data) into a "
                      "reply sentence, next to clean sentences built from dictionary words that contain profanity "
                      "as a substring (Scunthorpe traps). Recall is low because that list is long and includes "
                      "rare and non-insulting words the rule packs deliberately leave out; precision is what a "
                      "pre-send gate needs most.", ""]
    frequent = load("lexicon-frequent-words.json")
    if frequent:
        counts = ", ".join(f"{lang} {v['reported']}" for lang, v in frequent.get("languages", {}).items())
        lines += [f"The lexicon on the {frequent.get('words_per_language')} most frequent words of pyspellchecker's "
                  f"lists, each alone in a neutral sentence (`benchmarks/lexicon_frequent_words.py`, the words in "
                  f"`benchmarks/results/lexicon-frequent-words.json`): {counts} words reported. They are read, not "
                  "scored: nearly all are profanity, insults and slurs, and reading them found 30 false alarms that "
                  "stems and phrase lists had made ('twitter' as 'twit', 'spices' as a slur's plural, 'زبون', "
                  "customer, as an obscene word with a suffix, 'kaken' and 'pijpen', jaws and pipes), now "
                  "regression tests.", ""]

    lines += llm_guard_section(load("llm_guard.json"))

    typo = load("typo.json")
    if typo:
        lines += ["## Typos", "", "| set | pairs | recall | right suggestion first (of found) |",
                  "| --- | --- | --- | --- |"]
        for name, v in typo.items():
            if isinstance(v, dict) and "pairs" in v:
                lines.append(f"| {name} | {v['pairs']} | {f2(v['recall'])} | {f2(v['suggestion_hit_at_1'])} |")
        fa = typo.get("false alarms on frequent words", {})
        if fa:
            lines += ["", "| language | frequent words checked | false-alarm rate | examples |", "| --- | --- | --- | --- |"]
            for lang, v in fa.items():
                lines.append(f"| {lang} | {v['words']} | {v['false_alarm_rate']:.2%} | {', '.join(v['examples'][:6])} |")
        wps = next((v for k, v in typo.items() if k.startswith("words_per_second")), None)
        if wps:
            lines += ["", "Words per second, `typo.misspelling` alone: " +
                      ", ".join(f"{k} {v:,}" for k, v in wps.items()) + "."]
        lines.append("")

    if speed:
        lines += ["## Speed details", "", "Time per reply by rule family (warm, single process):", "",
                  "| family | ms per reply |", "| --- | --- |"]
        lines += [f"| {k} | {v:.3f} |" for k, v in warm.get("per_family_ms", {}).items()]
        lines += ["", f"p99 {warm.get('p99_ms')} ms, max {warm.get('max_ms')} ms.", "",
                  "`check_many`: wall time including starting the worker processes, the time to the first "
                  "result, and the rate after it (workers started and warm, what a long export sees):", "",
                  "| processes | replies | replies/s overall | first result after | replies/s after it |",
                  "| --- | --- | --- | --- | --- |"]
        lines += [f"| {b['processes']} | {b['replies']} | {b['replies_per_second']} | {b.get('first_result_s', '–')} s | "
                  f"{b.get('steady_replies_per_second') or '–'} |" for b in speed.get("check_many", [])]
        lines += ["", "CLI cold start (`replylint check reply.txt`, median of 5 after a first start that writes "
                  "Python's byte-code and the word-list cache of `REPLYLINT_CACHE_DIR`; and with the word-list cache "
                  "switched off) and peak RSS (300 replies):", "",
                  "| environment | cold start | without the word-list cache | peak RSS | torch installed |",
                  "| --- | --- | --- | --- | --- |"]
        for python, c in cold.items():
            env = "default install" if ".venv-default" in python else "dev install (all extras)"
            r = rss.get(python, {})
            nc = cold_nocache.get(python, {}).get("median_s", "–")
            lines.append(f"| {env} | {c['median_s']} s | {nc} s | {r.get('peak_rss_mb', '–')} MB "
                         f"({r.get('peak_rss_mb_without_cache', '–')} MB without the cache) | "
                         f"{r.get('torch_installed', '?')} |")
        lines.append("")

    verb = load("verbatim.json")
    if verb:
        lines += ["## canned.verbatim against a large template library", "",
                  f"{verb['macros']} generated macros; index built in {verb['index_build_s']} s (once per library "
                  f"version); the rule takes {verb['rule_ms_p50']} ms per reply at p50, {verb['rule_ms_p95']} ms at "
                  "p95. The generated macros reuse a few dozen sentences, so every shingle has long posting lists: "
                  "a worst case for the index.", "", "| replies | flagged |", "| --- | --- |"]
        lines += [f"| {k} ({v['replies']}) | {v['flagged_share']:.1%} |" for k, v in verb["kinds"].items()]
        lines.append("")

    srv = load("server.json")
    if srv:
        g, h, c = srv["in_process_gate"], srv["http_sequential"], srv["http_8_clients"]
        lines += ["## Pre-send gate: in process vs HTTP", "",
                  "| path | p50 | p95 | p99 |", "| --- | --- | --- | --- |",
                  f"| `Linter.gate` in process | {g['p50_ms']} ms | {g['p95_ms']} ms | {g['p99_ms']} ms |",
                  f"| `POST /v1/check`, one keep-alive client | {h['p50_ms']} ms | {h['p95_ms']} ms | {h['p99_ms']} ms |",
                  f"| `POST /v1/check`, 8 clients at once | {c.get('p50_ms', '–')} ms | {c.get('p95_ms', '–')} ms | "
                  f"{c.get('p99_ms', '–')} ms |", "",
                  f"HTTP adds {srv['http_overhead_p50_ms']} ms at p50 ({srv['http_vs_in_process_p50_ratio']}× the "
                  f"in-process time). With 8 concurrent clients one worker served {c['requests_per_second']} "
                  f"requests/s ({c['shed_429']} shed with 429) on a machine whose 2 cores also ran the clients. "
                  f"The service was ready {srv['service_ready_s']} s after start.", ""]

    lines += ["## Reproduce", "", "```sh", "make bench            # everything, refreshes this page",
              "python benchmarks/accuracy.py path/to/corpus.jsonl   # any corpus in FORMAT.md's format",
              "python benchmarks/blind_rounds.py                    # phrasings rounds, before their fixes and now",
              "python benchmarks/run_all.py --render                # re-render from benchmarks/results",
              "python benchmarks/instructions.py --compare-ref REF  # instructions per reply, HEAD vs REF (valgrind)",
              "REPLYLINT_BENCH_BASELINE=REF make bench              # the same comparison inside make bench",
              "python benchmarks/llm_guard_peer.py --peer-python .venv-peers/bin/python  # LLM Guard beside replylint",
              "```", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--render", action="store_true", help="only re-render docs/benchmarks.md")
    parser.add_argument("--quick", action="store_true", help="smaller samples")
    args = parser.parse_args(argv)
    if not args.render:
        run_all(args.quick)
    DOC.write_text(render(), encoding="utf-8")
    print(f"wrote {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
