from pathlib import Path

from replylint.docsgen import reference

ROOT = Path(__file__).resolve().parent.parent


def test_rule_reference_is_up_to_date():
    current = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert current == reference(), "docs/rules.md is stale: run `make docs`"


def test_pack_fields_are_up_to_date():
    from replylint.docsgen import rule_packs_page

    current = (ROOT / "docs" / "rule-packs.md").read_text(encoding="utf-8")
    assert current == rule_packs_page(current), "docs/rule-packs.md's family schemas are stale: run `make docs`"
    assert "`request.weak_cues`" in current and "`intensifiers`" in current


def test_docs_exist_and_are_linked_from_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in ("getting-started", "configuration", "schema", "rules", "rule-packs", "plugins", "integration",
                 "dependencies"):
        assert (ROOT / "docs" / f"{name}.md").is_file(), name
        assert f"docs/{name}.md" in readme, name


def test_every_config_option_is_documented():
    from replylint.config import Config

    text = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    for name, field in Config.model_fields.items():
        if name == "source":
            continue
        assert f"`{field.alias or name}`" in text, f"option {field.alias or name} missing from configuration.md"

