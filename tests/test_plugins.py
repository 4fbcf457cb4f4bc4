"""Third-party rules arrive through the ``replylint.rules`` entry-point group."""

import json
import subprocess
import sys
import textwrap

PLUGIN = textwrap.dedent('''
    import re
    from replylint import Category, Hit, Rule, RuleMeta, Severity
    from replylint.rule import bad, good

    class InternalLink(Rule):
        meta = RuleMeta(
            id="house.internal_link", category=Category.CONTEXT, severity=Severity.ERROR,
            summary="Links to the internal ticket system.", rationale="Customers cannot open them.",
            examples=(bad("see https://jira.internal.example/SUP-1"), good("see https://help.example.com")),
        )
        PATTERN = re.compile(r"https?://jira\\.internal\\.example/\\S+")

        def check(self, doc):
            for m in self.PATTERN.finditer(doc.text):
                yield Hit(m.start(), m.end(), "internal link")
''')


def make_plugin(root):
    (root / "house_rules.py").write_text(PLUGIN)
    dist = root / "house_rules-0.1.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: house-rules\nVersion: 0.1\n")
    (dist / "entry_points.txt").write_text("[replylint.rules]\nhouse = house_rules\n")


def test_entry_point_rule_is_loaded_listed_and_run(tmp_path):
    make_plugin(tmp_path)
    code = textwrap.dedent('''
        import json, replylint
        from replylint.registry import registry
        r = replylint.check("Hi, see https://jira.internal.example/SUP-12 for details.")
        print(json.dumps({"ids": registry.ids(), "rules": [f.rule for f in r.findings],
                          "excerpt": [f.excerpt for f in r.findings]}))
    ''')
    env_path = f"{tmp_path}"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": env_path})
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert "house.internal_link" in out["ids"]
    assert out["rules"] == ["house.internal_link"]
    assert out["excerpt"] == ["https://jira.internal.example/SUP-12"]


def test_broken_plugin_is_a_clear_error(tmp_path):
    make_plugin(tmp_path)
    (tmp_path / "house_rules.py").write_text("raise ImportError('missing dependency foo')\n")
    proc = subprocess.run([sys.executable, "-m", "replylint", "rules"], capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": str(tmp_path)})
    assert proc.returncode == 2
    assert "rule plugin 'house'" in proc.stderr and "missing dependency foo" in proc.stderr
    assert "Traceback" not in proc.stderr
