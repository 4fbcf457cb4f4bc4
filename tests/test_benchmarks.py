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
