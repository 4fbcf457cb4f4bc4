"""Train the shipped models (``tone.unprofessional``, ``toxicity.abusive``) and report how they do on blind
rounds they were not trained on.

    python benchmarks/train_models.py [--only tone|toxicity] [--no-write] [--json PATH]

Needs scikit-learn (``pip install -e .[train]``). The training data is tests/fixtures/phrasings.jsonl (FORMAT.md
records written for the blind rounds) and the clean neighbour sentences of tests/fixtures/*_neighbours.jsonl
(the same words as a problem, no problem: without them a model takes the words for the problem).

Before a model is written, its held-out scores are computed: the blind rounds are grouped into scenario families
(a round and its "the same in Dutch/Arabic" rounds), the families are split into ten folds, and each fold is
scored by a model trained on the other nine (and the neighbours). Two tables come out of that:

- the model alone, per threshold: precision and recall of the held-out replies;
- the model added to what the rules reported *before each round's fixes*
  (benchmarks/results/blind-rounds-before.json, written by benchmarks/blind_rounds.py): the model counts only
  where the rule would let it speak (the category not yet reported; for toxicity, no tone finding either). This
  is the number that says what the model adds on text nobody tuned for.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from blind_rounds import ROUNDS  # noqa: E402
from replylint.learned import LearnedOptions, LinearModel, features, record_text, train  # noqa: E402
from replylint.rules.tone import learned as tone_learned  # noqa: E402
from replylint.rules.toxicity import learned as toxicity_learned  # noqa: E402
from shared import write_json  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
PHRASINGS = FIXTURES / "phrasings.jsonl"
BEFORE = HERE / "results" / "blind-rounds-before.json"
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9)
FOLDS = 10


@dataclass(frozen=True)
class Spec:
    rule: str
    category: str
    out: str  # under rules/
    training_set: Callable[..., tuple[list[tuple[str, str]], list[int]]]
    judged: Callable[[str], bool]  # whether the rule asks the model about a text at all
    neighbours: tuple[str, ...]
    # where the rule stays silent whatever the model says: categories already reported (before the fixes)
    silent_if: tuple[str, ...]
    # rounds whose "before" code already had this model: left out of the combined table
    first_round_with_model: str | None = None
    # the inverse regularisation strength (scikit-learn's C). Lower spreads the weight over more words: at 2.0
    # and the rule's 0.7 the tone model found 0.64 of the held-out unprofessional replies (with the phrase
    # rules) at precision 0.92, against 0.59 at 0.93 with 4.0 and 0.8 (round il-iq, 4,741 replies); with
    # counts and times left out as single features (core packs' model_left_out) 0.62 at 0.93
    c: float = 4.0
    # words' first letters as features too (replylint.learned.with_stems); 0 for words alone
    stems: int = 0


MODELS = {
    "tone": Spec("tone.unprofessional", "tone", "tone/model.json", tone_learned.training_set, tone_learned.judged,
                 ("tone_neighbours.jsonl",), ("tone", "toxicity"), "ea", c=2.0),
    "toxicity": Spec("toxicity.abusive", "toxicity", "toxicity/model.json", toxicity_learned.training_set,
                     toxicity_learned.judged,
                     ("tone_neighbours.jsonl", "toxicity_neighbours.jsonl"), ("toxicity", "tone"), "eg", stems=4),
}


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def families() -> dict[str, str]:
    """Round prefix -> its scenario family (the first round of a run of 'the same in ...' rounds)."""
    out: dict[str, str] = {}
    family = ""
    for prefix, (_, what) in ROUNDS.items():
        if not what.startswith("the same"):
            family = prefix
        out[prefix] = family
    return out


def held_out_scores(spec: Spec, records: list[dict], neighbours: list[dict], tmp: Path) -> dict[str, float]:
    """Record id -> the probability a model trained without its scenario family gives it."""
    family_of = families()
    names = sorted(set(family_of.values()) | {r["id"].split("-")[0] for r in records} - set(family_of))
    random.Random(0).shuffle(names)
    scores: dict[str, float] = {}
    for k in range(FOLDS):
        fold = set(names[k::FOLDS])
        inside = [r for r in records if family_of.get(r["id"].split("-")[0], r["id"].split("-")[0]) in fold]
        if not inside:
            continue
        held = {r["id"] for r in inside}
        rest = [r for r in records if r["id"] not in held] + neighbours
        path = tmp / f"{spec.category}-{k}.json"
        train(*spec.training_set(rest), path, c=spec.c, stems=spec.stems)
        model = LinearModel.load(path)
        for r in inside:
            counts = features(record_text(r))
            p = model.probability(counts)  # (not listened to on too little, as the rules read it)
            scores[r["id"]] = p if model.heard(counts, p, LearnedOptions().min_features) else 0.0
    return scores


def evaluate(spec: Spec, records: list[dict], scores: dict[str, float], before: dict[str, dict]) -> dict:
    texts, labels = spec.training_set(records, sentences=False)  # which replies the model is judged on
    label_of = {(lang, text): y for (lang, text), y in zip(texts, labels)}
    judged = [(r, label_of[key]) for r in records
              if r["id"] in scores and (key := (r.get("language") or "en", record_text(r))) in label_of]
    alone = {}
    for t in THRESHOLDS:
        tp = fp = fn = 0
        for r, y in judged:
            hit = scores[r["id"]] >= t
            tp, fp, fn = tp + (hit and y), fp + (hit and not y), fn + (not hit and y)
        alone[str(t)] = {"precision": _ratio(tp, tp + fp), "recall": _ratio(tp, tp + fn), "tp": tp, "fp": fp, "fn": fn}
    result = {"replies": len(judged), "positive": sum(y for _, y in judged), "alone": alone}
    if not before:
        return result
    skip = set()
    if spec.first_round_with_model:
        prefixes = list(ROUNDS)
        skip = set(prefixes[prefixes.index(spec.first_round_with_model):])
    scored = [r for r in records if r["id"] in before and r["id"] in scores and r["id"].split("-")[0] not in skip]
    combined = {}
    for t in THRESHOLDS:
        base, both = [0, 0, 0], [0, 0, 0]
        added_on_clean = 0
        for r in scored:
            reported = set(before[r["id"]]["reported"])
            gold, was = _gold(r, spec.category), spec.category in reported
            speaks = not reported & set(spec.silent_if) and spec.judged(r["text"]) and scores[r["id"]] >= t
            for counts, got in ((base, was), (both, was or speaks)):
                counts[0] += got and gold
                counts[1] += got and not gold
                counts[2] += gold and not got
            added_on_clean += speaks and not r.get("labels") and not reported
        combined[str(t)] = {
            "before": {"precision": _ratio(base[0], base[0] + base[1]), "recall": _ratio(base[0], base[0] + base[2])},
            "with_model": {"precision": _ratio(both[0], both[0] + both[1]), "recall": _ratio(both[0], both[0] + both[2])},
            "clean_replies_flagged_by_the_model": added_on_clean}
    result["added_to_before"] = {"replies": len(scored), "positive": sum(_gold(r, spec.category) for r in scored),
                                 "by_threshold": combined}
    return result


def _gold(record: dict, category: str) -> bool:
    return any(label["category"] == category for label in record.get("labels", []))


def with_model_text(records: list[dict]) -> list[dict]:
    """The records, each with the text the models read of it at check time (``model_text``: without its safe
    phrasings and its context's names), so that training, scoring and checking read the same words."""
    from replylint import Linter
    from replylint.rules.tone.phrases import model_text

    linter = Linter()
    for r in records:
        doc = linter._prepare(r["text"], language=r.get("language") or "en", channel=r.get("channel"),
                              context=r.get("context"), template=False, id=None)
        r["model_text"] = model_text(doc)
    return records


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", choices=sorted(MODELS))
    parser.add_argument("--no-write", action="store_true", help="evaluate only; leave the shipped models alone")
    parser.add_argument("--json", default=str(HERE / "results" / "models.json"))
    args = parser.parse_args(argv)
    records = with_model_text(read(PHRASINGS))
    before = json.loads(BEFORE.read_text(encoding="utf-8")) if BEFORE.is_file() else {}
    if not before:
        print(f"{BEFORE.relative_to(ROOT)} is missing (benchmarks/blind_rounds.py writes it): the model alone only")
    out = json.loads(Path(args.json).read_text(encoding="utf-8")) if Path(args.json).is_file() else {}
    for name, spec in MODELS.items():
        if args.only and name != args.only:
            continue
        neighbours = with_model_text([r for f in spec.neighbours for r in read(FIXTURES / f)])
        with tempfile.TemporaryDirectory() as tmp:
            scores = held_out_scores(spec, records, neighbours, Path(tmp))
        evaluation = evaluate(spec, records, scores, before)
        print(f"\n{spec.rule}: held out by scenario family in {FOLDS} folds, {evaluation['replies']} replies, "
              f"{evaluation['positive']} positive")
        print("threshold  precision  recall   (the model alone)")
        for t, row in evaluation["alone"].items():
            print(f"{t:>9}  {row['precision']:9.3f}  {row['recall']:6.3f}")
        if "added_to_before" in evaluation:
            added = evaluation["added_to_before"]
            print(f"added to what the rules found before each round's fixes ({added['replies']} replies, "
                  f"{added['positive']} positive):")
            print("threshold  P before  R before  P with  R with  clean replies it flags")
            for t, row in added["by_threshold"].items():
                b, w = row["before"], row["with_model"]
                print(f"{t:>9}  {b['precision']:8.3f}  {b['recall']:8.3f}  {w['precision']:6.3f}  {w['recall']:6.3f}  "
                      f"{row['clean_replies_flagged_by_the_model']}")
        stats = None
        if not args.no_write:
            target = ROOT / "rules" / spec.out
            stats = train(*spec.training_set(records + neighbours), target, c=spec.c, stems=spec.stems)
            print(f"trained on {stats['replies']} replies and sentences ({stats['positive']} positive), "
                  f"{stats['features']} features -> {target.relative_to(ROOT)}")
        out[name] = {"rule": spec.rule, "held_out": evaluation, "model": stats or out.get(name, {}).get("model")}
    print(f"wrote {write_json(args.json, out)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
