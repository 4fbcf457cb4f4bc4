import pytest

from replylint import Config, Linter, PackError
from replylint.suppress import parse_suppressions


def test_disable_enable_region(linter):
    text = ("<!-- replylint-disable canned.placeholder -->\nDear {{name}},\n"
            "<!-- replylint-enable canned.placeholder -->\nBye [NAME]")
    report = linter.check(text)
    assert [f.excerpt for f in report.findings] == ["[NAME]"]


def test_disable_next_line_and_prefix(linter):
    text = "{# replylint-disable-next-line canned #}\nDear {{name}},\nHi [NAME]"
    assert [f.excerpt for f in linter.check(text).findings] == ["[NAME]"]


def test_disable_without_ids_and_disable_line(linter):
    assert linter.check("<!-- replylint-disable -->\nDear {{name}}, [NAME]").findings == []
    text = "Dear {{name}}, <!-- replylint-disable-line -->\nHi [NAME]"
    assert [f.excerpt for f in linter.check(text).findings] == ["[NAME]"]


def test_other_rules_are_not_suppressed():
    s = parse_suppressions("<!-- replylint-disable pii.email, tone -->")
    assert s[0].covers("tone.blame", 5)
    assert s[0].covers("pii.email", 5)
    assert not s[0].covers("pii.phone", 5)
    assert not s[0].covers("canned.placeholder", 5)


def test_user_pack_extends_builtin(tmp_path):
    pack = tmp_path / "packs" / "canned" / "en.yaml"
    pack.parent.mkdir(parents=True)
    pack.write_text("family: canned\nlanguage: en\nplaceholder_words: [widget]\n")
    text = "Hi Jan, your [widget] is ready."
    assert Linter().check(text).findings == []
    linter = Linter(Config(packs=[str(tmp_path / "packs")]))
    assert [f.excerpt for f in linter.check(text).findings] == ["[widget]"]
    # the built-in words are still there
    assert linter.check("Hi [customer name],").findings


def test_user_pack_can_replace(tmp_path):
    pack = tmp_path / "mine.yaml"
    pack.write_text("family: core\nlanguage: en\nmode: replace\ngreetings_with_name: [yo]\n")
    linter = Linter(Config(packs=[str(pack)]))
    assert [f.excerpt for f in linter.check("Yo ,\nthanks", language="en").findings] == ["Yo ,"]


def test_relative_pack_paths_resolve_against_the_config_file(tmp_path):
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "canned.yaml").write_text("family: canned\nlanguage: nl\nplaceholder_words: [gadget]\n")
    cfgfile = tmp_path / "replylint.toml"
    cfgfile.write_text('packs = ["house"]\n')
    from replylint import load_config_file

    linter = Linter(load_config_file(cfgfile))
    assert linter.check("Hoi, je [gadget] is klaar.").findings


@pytest.mark.parametrize("content,match", [
    ("family: canned\nlanguage: en\nplaceholder_wrods: [x]\n", "placeholder_wrods"),
    ("family: nosuch\nlanguage: en\n", "unknown family 'nosuch'"),
    ("family: canned\nlanguage: en\nplaceholder_words: [x\n", "not valid YAML"),
    ("- just\n- a list\n", "top level must be a mapping"),
])
def test_broken_user_pack_is_reported_with_its_file(tmp_path, content, match):
    pack = tmp_path / "bad.yaml"
    pack.write_text(content)
    with pytest.raises(PackError, match=match) as err:
        Linter(Config(packs=[str(pack)]))
    assert str(pack) in str(err.value)


def test_missing_pack_path(tmp_path):
    with pytest.raises(PackError, match="no such file"):
        Linter(Config(packs=[str(tmp_path / "missing.yaml")]))


def test_pack_words_and_expressions_are_read_without_arabic_marks():
    # the normalisation takes the marks out of every reply, so a pack's 'دايماً' must be read as 'دايما'
    from replylint.normalize import without_arabic_marks
    from replylint.packs import PackStore

    assert without_arabic_marks("دايماً يقولون") == "دايما يقولون"
    assert without_arabic_marks("(?:دايماً|ي)[\\u0621-\\u064a]") == "(?:دايما|ي)[\\u0621-\\u064a]"
    stopwords = PackStore.shared().word_set("core", "ar", "stopwords")
    assert "شكراً" in stopwords and "شكرا" in stopwords
    report = Linter(select=["toxicity"]).check("يا سارة البنات دايماً يقولون خلصنا وهم ما خلصوا.", language="ar")
    assert [f.rule for f in report.findings] == ["toxicity.identity_attack"]


def test_every_builtin_pack_validates_with_its_expressions_compiled():
    # a process skips compiling the built-in packs' expressions when it loads them (packs.compiled_regexes):
    # this test is what checks them, each pack validated as a user pack would be
    from replylint.packs import _read_yaml, _validate, builtin_packs_root

    paths = sorted(builtin_packs_root().glob("*/*.yaml"))
    assert len(paths) > 15
    for path in paths:
        _validate(path, _read_yaml(path))


def test_a_broken_expression_in_a_builtin_pack_is_caught_by_the_check_the_tests_run(tmp_path, monkeypatch):
    # the check above fails for a broken built-in expression; loading a built-in pack does not compile it
    from replylint import packs

    root = tmp_path / "rules"
    (root / "tone").mkdir(parents=True)
    (root / "tone" / "nl.yaml").write_text("family: tone\nlanguage: nl\ntautologies: ['(unclosed']\n")
    monkeypatch.setattr(packs, "builtin_packs_root", lambda: root)
    with pytest.raises(PackError, match="not a valid regular expression"):
        packs._validate(root / "tone" / "nl.yaml", packs._read_yaml(root / "tone" / "nl.yaml"))
    assert packs._load_pack(root / "tone" / "nl.yaml").tautologies == ["(unclosed"]
