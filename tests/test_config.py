import pytest

from replylint import Config, ConfigError, Linter, UnknownRuleError, discover_config, load_config_file
from replylint.config import find_config_file
from replylint.models import Channel, Severity


def test_defaults():
    cfg = Config()
    assert cfg.select == ["ALL"] and cfg.fail_on is Severity.ERROR and cfg.default_language == "en"


def test_pyproject_section_is_discovered_upward(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.replylint]\nchannel = "sms"\nfail-on = "warning"\n'
    )
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "reply.txt").write_text("hi")
    assert find_config_file(deep / "reply.txt") == tmp_path / "pyproject.toml"
    cfg = discover_config(deep / "reply.txt")
    assert cfg.channel is Channel.SMS and cfg.fail_on is Severity.WARNING
    assert cfg.source == (tmp_path / "pyproject.toml").resolve()


def test_pyproject_without_section_is_skipped(tmp_path):
    (tmp_path / "replylint.toml").write_text('language = "nl"\n')
    sub = tmp_path / "pkg"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config_file(sub) == tmp_path / "replylint.toml"
    assert discover_config(sub).language == "nl"


def test_snake_case_keys_work_in_python_and_kebab_in_files(tmp_path):
    assert Config(fail_on="warning").fail_on is Severity.WARNING
    p = tmp_path / "replylint.toml"
    p.write_text('default-language = "NL"\nextend-select = ["canned.placeholder"]\n')
    cfg = load_config_file(p)
    assert cfg.default_language == "nl" and cfg.extend_select == ["canned.placeholder"]


def test_unknown_key_names_key_and_file(tmp_path):
    p = tmp_path / "pyproject.toml"
    p.write_text('[tool.replylint]\nslect = ["pii"]\n')
    with pytest.raises(ConfigError) as err:
        load_config_file(p)
    msg = str(err.value)
    assert "slect" in msg and str(p) in msg and "[tool.replylint]" in msg


def test_unknown_nested_key(tmp_path):
    p = tmp_path / "replylint.toml"
    p.write_text('[policy]\nblok = ["error"]\n')
    with pytest.raises(ConfigError, match=r"policy\.blok"):
        load_config_file(p)


def test_bad_value_is_explained(tmp_path):
    p = tmp_path / "replylint.toml"
    p.write_text('fail-on = "catastrophic"\n')
    with pytest.raises(ConfigError, match="fail_on|fail-on"):
        load_config_file(p)


def test_broken_toml(tmp_path):
    p = tmp_path / "replylint.toml"
    p.write_text("select = [\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config_file(p)
    q = tmp_path / "sub" / "pyproject.toml"
    q.parent.mkdir()
    q.write_text("[tool.replylint\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        find_config_file(q.parent)


def test_missing_config_file():
    with pytest.raises(ConfigError, match="does not exist"):
        load_config_file("/nonexistent/replylint.toml")


def test_unknown_rule_ids_in_config_are_errors(tmp_path):
    with pytest.raises(UnknownRuleError, match="toxic"):
        Linter(Config(select=["toxic"]))
    with pytest.raises(UnknownRuleError, match="canned.nope"):
        Linter(Config(severity={"canned.nope": "info"}))
    with pytest.raises(UnknownRuleError, match="canned.nope"):
        Linter(Config(rules={"canned": {"nope": {}}}))
    with pytest.raises(UnknownRuleError, match="policy.block"):
        Linter(Config(policy={"block": ["canned.nope"]}))


def test_unknown_rule_option_is_an_error():
    with pytest.raises(ConfigError, match="canned.placeholder"):
        Linter(Config(rules={"canned.placeholder": {"not_an_option": 1}}))


def test_overrides_keep_source(tmp_path):
    p = tmp_path / "replylint.toml"
    p.write_text('channel = "chat"\n')
    cfg = load_config_file(p).with_overrides(fail_on="info", select=None, extend_ignore=["canned"])
    assert cfg.source == p.resolve() and cfg.fail_on is Severity.INFO and cfg.ignore == ["canned"]
    assert cfg.channel is Channel.CHAT
