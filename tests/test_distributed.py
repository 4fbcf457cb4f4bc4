"""The Dask path for auditing large exports, on Dask's local schedulers."""

import json

import pytest

dask = pytest.importorskip("dask")
db = pytest.importorskip("dask.bag")

from replylint import Config, Linter  # noqa: E402
from replylint.distributed import check_bag  # noqa: E402

BODY = ("Hi {name}, thanks for your patience. We are experiencing high volumes and will get back to you as soon "
        "as we can.")


def records():
    out = []
    for i, name in enumerate(["Jan", "Piet", "Noor", "Sara", "Omar", "Lena"]):
        out.append({"id": f"dup-{i}", "text": BODY.format(name=name), "context": {"customer": {"name": name}}})
        out.append({"id": f"own-{i}", "text": f"Hi {name}, your order {1000 + i} ships today. Kind regards, Tom",
                    "language": "en"})
    out.insert(3, "Dear {{first_name}}, your card 4539 5787 6362 1486 is blocked.")
    out.insert(7, {"id": "nl-1", "text": "Beste klant, stuur ons je BSN en je wachtwoord.", "language": "nl"})
    return out


def summary(report):
    return sorted((f["rule"], f["start"], f["end"], f["message"]) for f in report["findings"])


@pytest.mark.parametrize("scheduler", ["sync", "threads"])
def test_bag_results_match_a_sequential_check_many(scheduler):
    data = records()
    expected = [summary(r.model_dump(mode="json")) for r in Linter().check_many(data)]
    with dask.config.set(scheduler=scheduler):
        got = check_bag(db.from_sequence(data, npartitions=4)).compute()
    assert [summary(r) for r in got] == expected
    # the duplicate rule saw every partition: copies 3..6 of the pasted reply are reported, in order
    dup = [r["id"] for r in got if any(f["rule"] == "canned.duplicate" for f in r["findings"])]
    assert dup == ["dup-2", "dup-3", "dup-4", "dup-5"]
    assert [(r["partition"], r["position"]) for r in got] == sorted((r["partition"], r["position"]) for r in got)


def test_process_scheduler_and_config_travel_to_the_workers():
    data = records()
    cfg = Config(ignore=["canned.duplicate"], severity={"pii": "warning"})
    with dask.config.set(scheduler="processes", num_workers=2):
        got = check_bag(db.from_sequence(data, npartitions=3), cfg).compute()
    findings = [f for r in got for f in r["findings"]]
    assert findings and not any(f["rule"] == "canned.duplicate" for f in findings)
    assert all(f["severity"] == "warning" for f in findings if f["category"] == "pii")


def test_a_bad_record_is_reported_not_fatal_and_its_text_is_not_echoed():
    data = records()
    data.insert(5, {"id": "broken", "text": 42})
    data.insert(9, {"body": "no text key, card 4539 5787 6362 1486"})
    with dask.config.set(scheduler="sync"):
        got = check_bag(db.from_sequence(data, npartitions=2)).compute()
    errors = [r for r in got if "error" in r]
    assert [e["id"] for e in errors] == ["broken", None]
    assert len(got) == len(data)
    assert "4539" not in json.dumps(errors)


def test_reports_are_json_lines_ready(tmp_path):
    with dask.config.set(scheduler="sync"):
        check_bag(db.from_sequence(records(), npartitions=2)).map(json.dumps).to_textfiles(str(tmp_path / "*.jsonl"))
    lines = [json.loads(line) for p in sorted(tmp_path.glob("*.jsonl")) for line in p.read_text().splitlines()]
    assert len(lines) == len(records()) and all("findings" in x for x in lines)
