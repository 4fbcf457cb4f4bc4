"""The benchmark tools run where their dependencies are missing, and say so."""


def test_instruction_benchmark_reports_when_valgrind_is_missing(tmp_path, monkeypatch):
    """benchmarks/instructions.py needs valgrind; without it, make bench must go on and say why."""
    import importlib.util
    import json
    import shutil
    import sys
    from pathlib import Path

    monkeypatch.setattr(sys, "path", list(sys.path))  # the script puts benchmarks/ on it

    path = Path(__file__).resolve().parent.parent / "benchmarks" / "instructions.py"
    spec = importlib.util.spec_from_file_location("bench_instructions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    monkeypatch.setattr(shutil, "which", lambda tool: None)
    out = tmp_path / "instructions.json"
    assert module.main(["--n", "5", "--json", str(out)]) == 0
    assert json.loads(out.read_text()) == {"replies": 5, "skipped": "valgrind is not installed"}


def _load_script(name, monkeypatch):
    import importlib.util
    import sys
    from pathlib import Path

    monkeypatch.setattr(sys, "path", list(sys.path))
    path = Path(__file__).resolve().parent.parent / "benchmarks" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_llm_guard_peer_reports_when_its_virtualenv_is_missing(tmp_path, monkeypatch):
    import json

    module = _load_script("llm_guard_peer", monkeypatch)
    out = tmp_path / "llm_guard.json"
    assert module.main(["--peer-python", str(tmp_path / "nope" / "python"), "--json", str(out)]) == 0
    skipped = json.loads(out.read_text())["skipped"]
    assert "does not exist" in skipped and "llm-guard==" in skipped


def test_llm_guard_peer_scores_secrets_per_type(monkeypatch):
    module = _load_script("llm_guard_peer", monkeypatch)
    records = [{"labels": [{"category": "pii", "type": "secret"}]},
               {"labels": [{"category": "pii", "type": "credential"}]},
               {"labels": [{"category": "pii", "type": "email"}]},
               {"labels": []}]
    scores = module.detection(records, [True, False, True, False])
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 1, 1)
    assert scores["precision"] == 0.5 and scores["recall"] == 0.5
    assert scores["recall_secret"] == 1.0 and scores["recall_credential"] == 0.0
    assert scores["positives"] == 2 and scores["negatives"] == 2


def test_llm_guard_peer_word_list_leaves_out_words_that_need_an_addressee(monkeypatch):
    module = _load_script("llm_guard_peer", monkeypatch)
    words = module.toxicity_words()
    assert "idiot" in words and "clown" not in words  # "clown" insults only as "you clown"
    assert len(words) == len(set(words))


# A stand-in for LLM Guard with its interfaces (scanners' scan() returning (text, valid, risk), the
# MatchType enum, configure_logger, and package metadata), to test the parent/child protocol here.
_FAKE_LLM_GUARD = {
    "llm_guard/__init__.py": "",
    "llm_guard/util.py": "def configure_logger(log_level='INFO'):\n    pass\n",
    "llm_guard/input_scanners/ban_substrings.py": "import enum\nclass MatchType(enum.Enum):\n    WORD = 'word'\n",
    "llm_guard/input_scanners/__init__.py": (
        "import re\n"
        "class Secrets:\n"
        "    def __init__(self, redact_mode='all'):\n        pass\n"
        "    def scan(self, text):\n"
        "        bad = re.search(r'ghp_[A-Za-z0-9]{36}|AKIA[A-Z0-9]{16}|sk_live_[A-Za-z0-9]{24}', text)\n"
        "        return text, bad is None, 1.0 if bad else -1.0\n"
        "class BanSubstrings:\n"
        "    def __init__(self, substrings, match_type, case_sensitive, redact):\n        self.words = substrings\n"
        "    def scan(self, text):\n"
        "        return text, not any(w in text.lower() for w in self.words), 0.0\n"
        "class Regex:\n"
        "    def __init__(self, patterns, is_blocked, redact):\n        self.patterns = patterns\n"
        "    def scan(self, text):\n"
        "        return text, not any(re.search(p, text) for p in self.patterns), 0.0\n"),
    "llm_guard-0.0.1.dist-info/METADATA": "Metadata-Version: 2.1\nName: llm-guard\nVersion: 0.0.1\n",
}


def test_llm_guard_peer_runs_the_child_and_compares(tmp_path, monkeypatch):
    """The whole run with a stand-in package: the child's timings and flags come back, and the secret
    scores line up with what the stand-in finds (keys and tokens, no passwords)."""
    import json
    import sys

    site = tmp_path / "site"
    for rel, text in _FAKE_LLM_GUARD.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text, encoding="utf-8")
    peer = tmp_path / "python"
    peer.write_text(f"#!/bin/sh\nPYTHONPATH={site} exec {sys.executable} \"$@\"\n", encoding="utf-8")
    peer.chmod(0o755)
    module = _load_script("llm_guard_peer", monkeypatch)
    out = tmp_path / "llm_guard.json"
    assert module.main(["--peer-python", str(peer), "--n", "6", "--synthetic", "120", "--passes", "1",
                        "--dev", str(tmp_path / "no-dev.jsonl"), "--json", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["llm_guard_version"] == "0.0.1"
    assert set(result["us_per_reply"]) == {"llm_guard Secrets", "llm_guard BanSubstrings", "llm_guard Regex",
                                           "llm_guard three scanners", "replylint default profile"}
    assert all(v > 0 for v in result["us_per_reply"].values())
    synthetic = result["secret_detection"]["synthetic pii"]
    stand_in = synthetic["llm_guard Secrets"]
    assert synthetic["records"] == 120 and stand_in["positives_secret"] > 0
    assert stand_in["recall_secret"] == 1.0 and stand_in["recall_credential"] == 0.0


def test_llm_guard_peer_reports_when_llm_guard_does_not_import(tmp_path, monkeypatch):
    import importlib.util
    import json
    import sys

    import pytest

    if importlib.util.find_spec("llm_guard") is not None:
        pytest.skip("llm_guard is installed in this environment")
    module = _load_script("llm_guard_peer", monkeypatch)
    out = tmp_path / "llm_guard.json"
    assert module.main(["--peer-python", sys.executable, "--json", str(out)]) == 0
    skipped = json.loads(out.read_text())["skipped"]
    assert skipped.startswith("llm_guard does not import") and "ModuleNotFoundError" in skipped


def test_benchmark_sentence_pools_say_which_sentences_have_a_problem(monkeypatch):
    """benchmarks/replies.py builds its clean replies from the sentences not in PROBLEMS: each of those
    must give no finding, and each listed one at least one (else the two speed corpora mean nothing)."""
    import replylint

    module = _load_script("replies", monkeypatch)
    linter = replylint.Linter()
    for language, sentences in module.SENTENCES.items():
        for sentence in sentences:
            found = [f.rule for f in linter.check(sentence, language=language).findings]
            assert bool(found) == (sentence in module.PROBLEMS), (sentence, found)
    assert module.PROBLEMS <= {s for pool in module.SENTENCES.values() for s in pool}
    dense, clean = module.generate(40, seed=3), module.generate(40, seed=3, clean=True)
    assert any(s in r["text"] for r in dense for s in module.PROBLEMS)
    assert not any(s in r["text"] or s in r["context"]["incoming"] for r in clean for s in module.PROBLEMS)


def test_blind_rounds_cover_the_whole_phrasings_set_and_skip_without_git(tmp_path, monkeypatch):
    import json
    import shutil

    module = _load_script("blind_rounds", monkeypatch)
    ids = [json.loads(line)["id"] for line in module.FIXTURE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert sum(len(module.records(p)) for p in module.ROUNDS) == len(ids)  # every record is in one round
    monkeypatch.setattr(shutil, "which", lambda tool: None)
    out = tmp_path / "blind.json"
    assert module.main(["--json", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["rounds"] == [] and "no git history" in data["skipped"]
    run_all = _load_script("run_all", monkeypatch)
    assert "Not run: no git history" in "\n".join(run_all.blind_section(data))


def test_blind_rounds_table_reports_before_and_now(monkeypatch):
    run_all = _load_script("run_all", monkeypatch)
    counts = {"tp": 3, "fp": 1, "fn": 1, "precision": 0.75, "recall": 0.75}
    fixed = {"tp": 4, "fp": 0, "fn": 0, "precision": 1.0, "recall": 1.0}
    data = {"rounds": [{"prefix": "a", "what": "test", "records": 5, "before_commit": "abc1234",
                        "before": {"categories": {"tone": counts}, "clean_records": 2, "clean_with_findings": 1},
                        "now": {"categories": {"tone": fixed}, "clean_records": 2, "clean_with_findings": 0}}]}
    text = "\n".join(run_all.blind_section(data))
    assert "| a: test | 5 | `abc1234` | tone | 0.75 | 0.75 | 1.00 | 1.00 | 1/2 → 0/2 |" in text
    assert "tone P 0.75 R 0.75" in text
