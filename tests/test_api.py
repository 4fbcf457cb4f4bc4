import asyncio
import threading
import types

import pytest

import replylint
from replylint import Channel, Context, InputError, Linter, Severity, Verdict


def test_public_surface_is_exactly_all():
    public = {n for n, v in vars(replylint).items()
              if not n.startswith("_") and not isinstance(v, types.ModuleType) and n != "annotations"}
    assert public == set(replylint.__all__) - {"__version__"}
    for name in replylint.__all__:
        assert hasattr(replylint, name)


def test_check_returns_sorted_findings_with_original_offsets():
    text = "Dear {{first_name}},\n\nYour order ships in XX days. Regards, [AGENT NAME]"
    report = replylint.check(text, language="en")
    assert [f.rule for f in report.findings] == ["canned.placeholder"] * 3
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    for f in report.findings:
        assert text[f.start:f.end] == f.excerpt
    first = report.findings[0]
    assert (first.line, first.column, first.end_line, first.end_column) == (1, 6, 1, 20)
    assert report.verdict is Verdict.BLOCK
    assert report.language == "en"
    assert report.timing is not None and report.timing.total_ms >= 0


def test_offsets_index_the_original_with_invisible_characters_and_markup():
    text = "<p>Hi\u200b \u200b{{\u200bname}}</p>"
    report = replylint.check(text, language="en")
    (f,) = report.by_rule("canned")
    assert text[f.start:f.end] == "{{\u200bname}}"


def test_clean_reply_is_sent(linter):
    report = linter.check("Hi Maria, your router was delivered on Friday. Anything else I can help with?")
    assert report.findings == []
    assert report.verdict is Verdict.SEND
    assert report.ok
    assert all(s.status in ("ran", "skipped") for s in report.rules)


def test_context_as_mapping_and_model(linter):
    ctx = {"customer": {"name": "Ella Brown", "unknown_key": 1}, "incoming": "Can I keep my number?",
           "company": {"name": "Acme", "contacts": ["help@acme.com"]}}
    r1 = linter.check("Dear {{first_name}}, yes you can.", context=ctx)
    r2 = linter.check("Dear {{first_name}}, yes you can.", context=Context.model_validate(ctx))
    assert r1.findings == r2.findings
    assert r1.findings[0].suggestions == ["Ella"]
    assert r1.findings[0].fix is not None and r1.findings[0].fix.safe is False


def test_channel_from_argument_context_or_config():
    assert Linter().check("Hi", channel="sms").channel is Channel.SMS
    assert Linter().check("Hi", context={"channel": "chat"}).channel is Channel.CHAT
    assert Linter(channel="email").check("Hi").channel is Channel.EMAIL


@pytest.mark.parametrize("bad", [None, 42, b"bytes", ["list"]])
def test_non_string_text_is_a_clear_error(linter, bad):
    with pytest.raises(InputError, match="text must be a str"):
        linter.check(bad)


def test_bad_channel_and_language_are_clear_errors(linter):
    with pytest.raises(InputError, match="unknown channel 'fax'"):
        linter.check("Hi", channel="fax")
    with pytest.raises(InputError, match="not a language code"):
        linter.check("Hi", language="english!")
    with pytest.raises(InputError, match="language must be a language code"):
        linter.check("Hi", language=5)
    assert linter.check("Hi", language="NL_nl").language == "nl" == linter.check("Hi", language="NL_nl").language


@pytest.mark.parametrize("text", ["", " ", "\n\n\t", "\t \n ", "...", "1234"])
def test_empty_and_whitespace_give_clean_reports(linter, text):
    report = linter.check(text)
    assert report.findings == []
    assert report.verdict is Verdict.SEND


def test_large_input_is_checked():
    chunk = "Hi Jan, thanks for your message about the delivery of your order. " * 20 + "\n"
    text = chunk * 3800 + "Dear {{name}},"
    assert len(text) > 5_000_000
    report = Linter().check(text, language="en")
    (f,) = report.findings
    assert text[f.start:f.end] == "{{name}}"


def test_mixed_rtl_and_ltr(linter):
    text = "مرحباً Ahmed، طلبك {{order_id}} في الطريق. Thanks!"
    report = linter.check(text)
    (f,) = report.by_rule("canned")
    assert f.excerpt == "{{order_id}}"


def test_check_many_accepts_strings_mappings_and_models(linter):
    items = [
        "Dear {{name}},",
        {"id": "r2", "text": "Hi Jan, all good.", "language": "en", "labels": [{"category": "pii"}]},
        replylint.ReplyInput(id="r3", text="Beste [VOORNAAM],", language="nl"),
    ]
    reports = list(linter.check_many(items, batch_size=2))
    assert [r.id for r in reports] == [None, "r2", "r3"]
    assert [len(r.findings) for r in reports] == [1, 0, 1]


def test_check_many_rejects_bad_items_with_their_index(linter):
    with pytest.raises(InputError, match="item 1"):
        list(linter.check_many(["ok", {"no_text": 1}]))


def test_check_many_in_worker_processes_matches_sequential():
    linter = Linter()
    items = [f"Dear {{{{name}}}}, order {i} ships in XX days." if i % 3 == 0 else f"Hi, order {i} shipped."
             for i in range(40)]
    seq = [r.findings for r in linter.check_many(items)]
    par = [r.findings for r in linter.check_many(items, processes=2, batch_size=8)]
    assert seq == par


def test_async_variants(linter):
    async def main():
        one = await linter.acheck("Dear {{name}},")
        many = await linter.acheck_many(["Hi", "Dear [NAME],"])
        return one, many

    one, many = asyncio.run(main())
    assert one.verdict is Verdict.BLOCK
    assert [m.verdict for m in many] == [Verdict.SEND, Verdict.BLOCK]


def test_linter_is_shared_safely_between_threads(linter):
    texts = [f"Dear {{{{name}}}}, ticket {i}" if i % 2 else f"Hoi Jan, ticket {i} is opgelost." for i in range(64)]
    expected = [linter.check(t).findings for t in texts]
    results: dict[int, list] = {}

    def work(i):
        results[i] = linter.check(texts[i]).findings

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [results[i] for i in range(len(texts))] == expected


def test_report_helpers(linter):
    report = linter.check("Dear {{name}},")
    assert report.by_rule("canned") == report.findings
    assert report.at_least(Severity.ERROR) == report.findings
    assert report.at_least("info") == report.findings


def test_severity_override_and_policy():
    text = "Dear {{name}},"
    assert Linter(severity={"canned": "warning"}).check(text).verdict is Verdict.WARN
    lenient = Linter(severity={"canned.placeholder": "info"})
    r = lenient.check(text)
    assert r.findings[0].severity is Severity.INFO and r.verdict is Verdict.SEND
    strict = Linter(severity={"canned": "info"}, policy={"block": ["canned.placeholder"], "warn": []})
    assert strict.check(text).verdict is Verdict.BLOCK


def test_select_and_ignore():
    assert Linter(ignore=["canned"]).check("Dear {{name}},").findings == []
    assert "canned.placeholder" in Linter(select=["canned.placeholder"]).rule_ids
    with pytest.raises(replylint.UnknownRuleError, match="nope"):
        Linter(select=["nope"])
    with pytest.raises(replylint.UnknownRuleError, match="canned.nonexistent"):
        Linter(ignore=["canned.nonexistent"])


def test_rule_crash_is_reported_not_raised(monkeypatch):
    import replylint.pipeline as pipeline
    from replylint.rules.canned.placeholder import PlaceholderRule

    monkeypatch.setattr(pipeline, "_RAISE", False)

    def boom(self, doc):
        raise RuntimeError("secret 4539578763621486")

    monkeypatch.setattr(PlaceholderRule, "check", boom)
    report = Linter().check("Dear {{name}},")
    status = next(s for s in report.rules if s.rule == "canned.placeholder")
    assert status.status == "error" and status.cause == "exception"
    assert "4539" not in (status.reason or "")
    assert report.findings == []


def test_reports_are_json_serialisable_and_round_trip(linter):
    report = linter.check("Dear {{name}},", context={"customer": {"name": "Jan"}})
    again = replylint.Report.model_validate_json(report.model_dump_json())
    assert again == report


def test_reports_pickle_compactly_and_come_back_equal(linter):
    """Worker processes and Dask pickle every report: statuses and findings travel as tuples."""
    import pickle

    from replylint.models import Finding, RuleStatus

    report = linter.check("Dear {{first_name}}, call me on +31 6 12345678. The the parcel ships today.",
                          language="en", channel="sms")
    assert report.findings and report.redacted_text
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(report, protocol=protocol))
        assert back == report and back.model_dump_json() == report.model_dump_json()
        assert back.model_fields_set == report.model_fields_set
        assert [f.model_fields_set for f in back.findings] == [f.model_fields_set for f in report.findings]
    # a status or finding built by hand with fields left unset keeps them unset
    finding = Finding(rule="x.y", category="typo", severity="info", message="m", start=0, end=1, line=1, column=1,
                      end_line=1, end_column=2, excerpt="D")
    partial = report.model_copy(update={"rules": [RuleStatus(rule="x.y", status="ran")], "findings": [finding]})
    back = pickle.loads(pickle.dumps(partial))
    assert back.rules[0].model_fields_set == {"rule", "status"} and back == partial
    assert back.findings[0].model_fields_set == finding.model_fields_set
    assert len(pickle.dumps(report)) < len(pickle.dumps(report.model_dump()))


def test_findings_built_by_the_pipeline_equal_validated_ones_and_odd_values_are_still_validated():
    import pydantic

    from replylint.models import Category, Finding, Fix

    args = dict(rule="x.y", category=Category.TYPO, severity=Severity.WARNING, message="m", start=0, end=3, line=1,
                column=1, end_line=1, end_column=4, excerpt="abc", suggestions=["abd"],
                fix=Fix(replacement="abd"), confidence=0.6)
    fast = Finding.trusted(**args)
    assert fast == Finding(**args) and fast.model_fields_set == Finding(**args).model_fields_set
    assert fast.suggestions is not args["suggestions"]  # a rule's list is not shared with the report
    odd = Finding.trusted(**{**args, "confidence": 1, "suggestions": ("abd",), "severity": "error"})
    assert odd.confidence == 1.0 and isinstance(odd.confidence, float)
    assert odd.suggestions == ["abd"] and odd.severity is Severity.ERROR
    for bad in ({"confidence": 2.0}, {"start": -1}, {"line": 0}, {"fix": "abd"}):
        with pytest.raises(pydantic.ValidationError):
            Finding.trusted(**{**args, **bad})


def test_reports_built_by_the_pipeline_equal_validated_ones_and_odd_values_are_still_validated():
    import numpy

    from replylint.models import Channel, Report, RuleStatus, Timing, Verdict

    rules = [RuleStatus.trusted("x.y", "ran", None, None, 0.5)]
    args = dict(id="r1", language="nl", language_confidence=0.9, channel=Channel.SMS, verdict=Verdict.WARN,
                findings=[], rules=rules, timing=Timing.trusted(1.0, 0.25, 0.75), redacted_text=None)
    fast = Report.trusted(**args)
    slow = Report(**args)
    assert fast == slow and fast.model_fields_set == slow.model_fields_set
    assert fast.model_dump_json() == slow.model_dump_json()
    assert Timing.trusted(1.0, 0.25, 0.75) == Timing(total_ms=1.0, normalize_ms=0.25, rules_ms=0.75)
    # a numpy probability or an int timing is converted as before, not passed through
    odd = Report.trusted(**{**args, "language_confidence": numpy.float32(0.5), "channel": "sms"})
    assert type(odd.language_confidence) is float and odd.channel is Channel.SMS
    assert type(Timing.trusted(1, 0.0, 1.0).total_ms) is float


def test_one_reply_and_a_batch_give_the_same_reports(linter):
    """check() takes a single-reply path through the pipeline; check_many() batches."""
    texts = ["Dear {{name}}, your card 4539 5787 6362 1486 is blocked!!", "Thanks, that is fixed.",
             "Je bent een idioot. YOU SIGNED THE CONTRACT", "مرحباً، طلبك في الطريق."]

    def comparable(report):
        data = report.model_dump(mode="json", exclude={"timing"})
        for status in data["rules"]:
            status.pop("duration_ms")
        return data

    one = [comparable(linter.check(t)) for t in texts]
    batched = [comparable(r) for r in linter.check_many(texts, batch_size=len(texts))]
    assert one == batched
