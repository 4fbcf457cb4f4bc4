"""Train ``tone.unprofessional``'s model (rules/tone/model.json) and report how it does on scenarios it
has not seen.

    python benchmarks/train_tone_model.py [--out rules/tone/model.json] [--json PATH]

Needs scikit-learn (``pip install -e .[train]``). The training data is tests/fixtures/phrasings.jsonl
(FORMAT.md records written for the blind rounds) and tests/fixtures/tone_neighbours.jsonl (clean sentences
with the words of unprofessional ones). Before the model is written, each scenario family of
the last blind rounds (the same replies in English, Dutch and Arabic, and their clean neighbours) is
held out in turn, a model is trained on everything else, and the held-out replies are scored: the
precision and recall per threshold that this prints are the honest numbers (a model scored on its own
training replies finds them all). The patterns' before-fix recall on the same rounds is in
benchmarks/results/blind-rounds.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from replylint.rules.tone.learned import ToneModel, features, train, training_set  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "phrasings.jsonl"
# clean sentences that share their words with unprofessional ones ("Next time you order, the app remembers your
# address"), collected from tests/test_tone.py: without them the model takes the words for the tone
NEIGHBOURS = ROOT / "tests" / "fixtures" / "tone_neighbours.jsonl"
# scenario families of blind rounds: each written in every language at once, held out together
FAMILIES = [["dx", "dy", "dz"], ["du", "dv", "dw"], ["do", "dp", "dq"], ["dh", "di"], ["db", "dc", "dd"],
            ["de", "df", "dg"], ["cz", "da"], ["cw", "cx"]]
THRESHOLDS = (0.5, 0.6, 0.7, 0.75, 0.8, 0.9)


def held_out(records: list[dict], tmp: Path) -> dict:
    scored: list[tuple[float, int]] = []
    for family in FAMILIES:
        inside = [r for r in records if r["id"].split("-")[0] in family]
        if not inside:
            continue
        rest = [r for r in records if r["id"].split("-")[0] not in family]
        path = tmp / f"model-{family[0]}.json"
        train(rest, path)
        model = ToneModel.load(path)
        texts, labels = training_set(inside, sentences=False)  # scored as whole replies, as the rule does
        scored += [(model.probability(features(text, lang)), y) for (lang, text), y in zip(texts, labels)]
    table = {}
    for t in THRESHOLDS:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        fn = sum(1 for p, y in scored if p < t and y)
        table[str(t)] = {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3),
                         "tp": tp, "fp": fp, "fn": fn}
    return {"replies": len(scored), "positive": sum(y for _, y in scored), "by_threshold": table}


def main(argv: list[str] | None = None) -> int:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(ROOT / "rules" / "tone" / "model.json"))
    parser.add_argument("--json", default=str(HERE / "results" / "tone-model.json"))
    args = parser.parse_args(argv)
    records = [json.loads(line) for path in (FIXTURE, NEIGHBOURS)
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        evaluation = held_out(records, Path(tmp))
    print(f"held-out scenario families: {evaluation['replies']} replies, {evaluation['positive']} unprofessional")
    print("threshold  precision  recall")
    for t, row in evaluation["by_threshold"].items():
        print(f"{t:>9}  {row['precision']:9.2f}  {row['recall']:6.2f}")
    stats = train(records, Path(args.out))
    print(f"trained on {stats['replies']} replies ({stats['positive']} unprofessional), {stats['features']} features "
          f"-> {args.out}")
    Path(args.json).write_text(json.dumps({"held_out": evaluation, "model": stats}, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
