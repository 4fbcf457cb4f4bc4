"""Every example declared in rule metadata runs through the full pipeline."""

import pytest

from replylint import Config, Linter
from replylint.registry import registry

CASES = [(cls.meta.id, i, ex) for cls in registry for i, ex in enumerate(cls.meta.examples)]


def test_every_rule_declares_bad_and_good_examples():
    for cls in registry:
        kinds = {ex.bad for ex in cls.meta.examples}
        assert kinds == {True, False}, f"{cls.meta.id} needs at least one bad and one good example"


def test_every_rule_has_examples_in_each_of_its_languages():
    for cls in registry:
        langs = set(cls.meta.languages) - {"*"}
        covered = {ex.language for ex in cls.meta.examples if ex.bad}
        assert langs <= covered, f"{cls.meta.id}: no bad example for {sorted(langs - covered)}"


_LINTERS: dict = {}


def _linter(rule_id: str, extra: dict) -> Linter:
    key = (rule_id, repr(sorted(extra.items())))
    if key not in _LINTERS:
        _LINTERS[key] = Linter(Config(**{"extend_select": [rule_id], **extra}))
    return _LINTERS[key]


@pytest.mark.parametrize("rule_id,index,example", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_example(rule_id, index, example, request):
    extra = dict(example.config)
    requires = registry.get(rule_id).meta.requires
    if requires:
        extra.update(request.getfixturevalue("backend_config")[requires])
    linter = _linter(rule_id, extra)
    if example.batch:
        record = {"text": example.text, "language": example.language, "channel": example.channel,
                  "context": example.context}
        report = list(linter.check_many([*example.batch, record]))[-1]
    else:
        report = linter.check(example.text, language=example.language, channel=example.channel,
                              context=example.context, template=example.template)
    hit = any(f.rule == rule_id for f in report.findings)
    if example.bad:
        assert hit, f"bad example did not trigger {rule_id}: {example.text!r}"
    else:
        assert not hit, f"good example triggered {rule_id}: {[f.message for f in report.findings]}"
