import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from replylint.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def run(args, capsys, stdin: bytes | None = None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def isolated_cwd(tmp_path, monkeypatch):
    # no config from the repository leaks into these tests
    monkeypatch.chdir(tmp_path)


def test_jsonl_prints_one_line_per_record(capsys):
    code, out, _ = run(["check", str(FIXTURES / "replies.jsonl"), "--format", "jsonl"], capsys)
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 8
    assert [r["id"] for r in lines][:2] == ["fx-en-1", "fx-en-2"]
    assert lines[6]["id"] == "7"
    for rec in lines:
        assert rec["schema_version"] == "1.0" and rec["offset_unit"] == "unicode_code_point"
        for f in rec["findings"]:
            assert {"rule", "category", "severity", "message", "start", "end", "line", "column", "excerpt",
                    "suggestions", "fix", "confidence"} <= set(f)
    source = [json.loads(line) for line in (FIXTURES / "replies.jsonl").read_text().splitlines()]
    for rec, src in zip(lines, source):
        for f in rec["findings"]:
            if f["category"] != "pii":
                assert src["text"][f["start"]:f["end"]] == f["excerpt"]
    assert code == 1


def test_csv_batch(capsys):
    code, out, _ = run(["check", str(FIXTURES / "replies.csv"), "--format", "jsonl"], capsys)
    recs = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in recs] == ["T-1", "T-2", "T-3"]
    assert [len(r["findings"]) for r in recs] == [1, 0, 1]
    assert recs[2]["channel"] == "sms"


def test_csv_without_text_column(tmp_path, capsys):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n")
    code, _, err = run(["check", str(p)], capsys)
    assert code == 2 and "no column named 'text'" in err
    code, out, _ = run(["check", str(p), "--text-column", "b", "--format", "jsonl"], capsys)
    assert code == 0 and len(out.splitlines()) == 1


def test_text_format_shows_caret_and_summary(tmp_path, capsys):
    p = tmp_path / "reply.txt"
    p.write_text("Hello,\nDear {{first_name}}, thanks!\n")
    code, out, _ = run(["check", str(p), "--color", "never"], capsys)
    assert code == 1
    assert f"{p}:2:6: error canned.placeholder" in out
    assert "    2 | Dear {{first_name}}, thanks!" in out
    assert "           ^^^^^^^^^^^^^^" in out
    assert "Found 1 problem (1 error) in 1 reply." in out


def test_clean_file_exit_zero(tmp_path, capsys):
    p = tmp_path / "ok.txt"
    p.write_text("Hi Jan, your parcel was delivered this morning.")
    code, out, _ = run(["check", str(p)], capsys)
    assert code == 0 and "No problems found in 1 reply." in out


def test_fail_on_levels(tmp_path, capsys):
    p = tmp_path / "r.txt"
    p.write_text("Dear {{name}},")
    cfg = tmp_path / "replylint.toml"
    cfg.write_text('[severity]\n"canned.placeholder" = "warning"\n')
    assert run(["check", str(p)], capsys)[0] == 0
    assert run(["check", str(p), "--fail-on", "warning"], capsys)[0] == 1
    assert run(["check", str(p), "--isolated"], capsys)[0] == 1


def test_directory_walk_respects_include_and_exclude(tmp_path, capsys):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "a.liquid").write_text("Hi {{ first_name }}, TODO")
    (tmp_path / "t" / "b.txt").write_text("Dear [NAME],")
    (tmp_path / "t" / "skip.txt").write_text("Dear [NAME],")
    (tmp_path / "t" / "image.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "replylint.toml").write_text('exclude = ["skip.txt"]\n')
    code, out, _ = run(["check", "t", "--format", "jsonl"], capsys)
    paths = [json.loads(x)["path"] for x in out.splitlines()]
    assert paths == [str(Path("t") / "a.liquid"), str(Path("t") / "b.txt")]


def test_stdin_and_fix_redacts_to_stdout(capsys, monkeypatch):
    code, out, err = run(["check", "-", "--format", "jsonl"], capsys, b"Dear {{name}}, hi", monkeypatch)
    assert code == 1 and json.loads(out)["path"] is None


def test_fix_writes_back_only_safe_fixes(tmp_path, capsys):
    p = tmp_path / "r.txt"
    p.write_text("Dear {{name}},")
    code, out, _ = run(["check", str(p), "--fix"], capsys)
    assert p.read_text() == "Dear {{name}},"  # placeholder fixes are unsafe: nothing is written
    assert code == 1


def test_diff_mode_does_not_write(tmp_path, capsys, monkeypatch):
    from replylint.models import Fix
    from replylint.rules.canned import placeholder as canned

    original = canned.PlaceholderRule._hit

    def safe_hit(self, doc, start, end, token, kind):
        hit = original(self, doc, start, end, token, kind)
        hit.fix = Fix(replacement="Jan", safe=True)
        return hit

    monkeypatch.setattr(canned.PlaceholderRule, "_hit", safe_hit)
    p = tmp_path / "r.txt"
    p.write_text("Dear {{name}},\n")
    code, out, _ = run(["check", str(p), "--diff"], capsys)
    assert "-Dear {{name}}," in out and "+Dear Jan," in out
    assert p.read_text() == "Dear {{name}},\n"
    code, out, _ = run(["check", str(p), "--fix"], capsys)
    assert p.read_text() == "Dear Jan,\n" and code == 0


def test_statistics(tmp_path, capsys):
    p = tmp_path / "r.txt"
    p.write_text("Dear {{name}}, [NAME] and XX")
    code, out, _ = run(["check", str(p), "--statistics"], capsys)
    assert "     3  canned.placeholder" in out


def test_sarif_is_valid(tmp_path, capsys):
    schema = json.loads((FIXTURES / "sarif-2.1.0-subset.schema.json").read_text())
    code, out, _ = run(["check", str(FIXTURES / "replies.jsonl"), "--format", "sarif"], capsys)
    doc = json.loads(out)
    jsonschema.validate(doc, schema, format_checker=jsonschema.FormatChecker())
    run_ = doc["runs"][0]
    assert run_["columnKind"] == "unicodeCodePoints"
    rules = run_["tool"]["driver"]["rules"]
    for result in run_["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["locations"][0]["logicalLocations"][0]["name"]
    p = tmp_path / "r.txt"
    p.write_text("Dear {{name}},")
    _, out, _ = run(["check", str(p), "--format", "sarif"], capsys)
    jsonschema.validate(json.loads(out), schema)


def test_github_annotations(tmp_path, capsys):
    p = tmp_path / "r,1.txt"
    p.write_text("ok\nDear {{name}},")
    _, out, _ = run(["check", str(p), "--format", "github"], capsys)
    assert out.startswith("::error file=")
    assert "r%2C1.txt" in out and ",line=2,col=6," in out and "title=canned.placeholder::" in out


def test_json_document(capsys):
    _, out, _ = run(["check", str(FIXTURES / "replies.jsonl"), "--format", "json"], capsys)
    doc = json.loads(out)
    assert doc["schema_version"] == "1.0" and doc["summary"]["replies"] == 8
    assert len(doc["results"]) == 8


# -- bad input ----------------------------------------------------------------------


def test_invalid_utf8_is_reported_and_other_files_still_checked(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Dear \xff\xfe name")
    good = tmp_path / "good.txt"
    good.write_text("Dear {{name}},")
    code, out, err = run(["check", str(bad), str(good), "--format", "jsonl"], capsys)
    assert code == 2
    assert "not valid UTF-8" in err and "--encoding" in err
    assert len(out.splitlines()) == 1
    code, out, err = run(["check", str(bad), "--encoding", "latin-1", "--format", "jsonl"], capsys)
    assert code == 0 and err == ""


def test_binary_file(tmp_path, capsys):
    p = tmp_path / "blob.txt"
    p.write_bytes(b"\x00\x01\x02binary\x00")
    code, _, err = run(["check", str(p)], capsys)
    assert code == 2 and "binary" in err


def test_empty_and_whitespace_files(tmp_path, capsys):
    (tmp_path / "e.txt").write_text("")
    (tmp_path / "w.txt").write_text("  \n\t\n")
    code, out, _ = run(["check", str(tmp_path / "e.txt"), str(tmp_path / "w.txt")], capsys)
    assert code == 0 and "No problems found in 2 replies." in out


def test_missing_path(capsys):
    code, _, err = run(["check", "nope.txt"], capsys)
    assert code == 2 and "no such file" in err


def test_broken_config_and_unknown_rule(tmp_path, capsys):
    p = tmp_path / "r.txt"
    p.write_text("hi")
    (tmp_path / "replylint.toml").write_text("select = [")
    code, _, err = run(["check", str(p)], capsys)
    assert code == 2 and "not valid TOML" in err and "Traceback" not in err
    (tmp_path / "replylint.toml").write_text('bogus = 1\n')
    code, _, err = run(["check", str(p)], capsys)
    assert code == 2 and "unknown key 'bogus'" in err and "replylint.toml" in err
    (tmp_path / "replylint.toml").unlink()
    code, _, err = run(["check", str(p), "--select", "pii.nosuch"], capsys)
    assert code == 2 and "unknown rule or prefix 'pii.nosuch'" in err


def test_broken_jsonl_lines(tmp_path, capsys):
    p = tmp_path / "b.jsonl"
    p.write_text('{"id": "a", "text": "Dear {{x}},"}\nnot json\n{"id": "c"}\n[1]\n\n{"id": "d", "text": "ok"}\n')
    code, out, err = run(["check", str(p), "--format", "jsonl"], capsys)
    assert code == 2
    assert [json.loads(x)["id"] for x in out.splitlines()] == ["a", "d"]
    assert "b.jsonl: line 2: invalid JSON" in err
    assert "line 3: text: Field required" in err
    assert "line 4: expected a JSON object" in err


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["check", "--format", "xml"])
    assert e.value.code == 2
    assert main([]) == 2


def test_rules_and_explain(capsys):
    code, out, _ = run(["rules"], capsys)
    assert code == 0 and "canned.placeholder" in out and "canned" in out
    code, out, _ = run(["rules", "--format", "json"], capsys)
    assert any(r["id"] == "canned.placeholder" for r in json.loads(out))
    code, out, _ = run(["explain", "canned.placeholder"], capsys)
    assert code == 0 and out.startswith("# `canned.placeholder`") and "Why is this bad?" in out
    code, _, err = run(["explain", "nope.nope"], capsys)
    assert code == 2 and "unknown rule" in err


def test_console_script_runs_in_a_subprocess(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("Dear {{name}},")
    proc = subprocess.run([sys.executable, "-m", "replylint", "check", str(p), "--format", "jsonl"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert json.loads(proc.stdout)["findings"][0]["rule"] == "canned.placeholder"
