"""Property tests over arbitrary Unicode: the pipeline never raises, every
span lies inside the original text, and a report is reproducible."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from replylint import Linter

LINTER = Linter()

# Text that mixes the things replylint must cope with: RTL and LTR scripts,
# digits of several scripts, invisible and bidi characters, markup, templates.
PIECES = st.sampled_from([
    "Dear ", "{{first_name}}", "[NAME]", "<b>", "</b>", "&amp;", "**", "> ", "\n", "\u200b", "\u202e", "\u0640",
    "مرحباً", "عزيزي ،", "٤٥٣٩", "４５", "Beste ,", "XX", "TODO", "%NAME%", "<naam klant>", "\u0301", "😀", "\r\n",
    "4539 5787 6362 1486", "you wrote \"", "\"", "<!-- replylint-disable -->", "ﬁ", " ", ",",
])
MIXED = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=30).map("".join)


def _comparable(report):
    data = report.model_dump(mode="json", exclude={"timing"})
    for status in data["rules"]:
        status.pop("duration_ms")
    return data


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), MIXED), st.sampled_from([None, "en", "nl", "ar"]),
       st.sampled_from([None, "email", "sms", "social_public"]))
def test_pipeline_never_raises_and_spans_are_inside(text, language, channel):
    report = LINTER.check(text, language=language, channel=channel,
                          context={"customer": {"name": "Jan de Vries"}, "incoming": text[:50]})
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text)
        if f.category.value != "pii":
            assert f.excerpt == text[f.start:f.end]
        line, col = f.line, f.column
        assert text.count("\n", 0, f.start) + 1 == line
        assert f.start - (text.rfind("\n", 0, f.start) + 1) + 1 == col
    again = LINTER.check(text, language=language, channel=channel,
                         context={"customer": {"name": "Jan de Vries"}, "incoming": text[:50]})
    assert _comparable(again) == _comparable(report)


@settings(max_examples=100, deadline=None)
@given(MIXED)
def test_batch_and_single_give_the_same_findings(text):
    single = LINTER.check(text, language="en")
    (batched,) = list(LINTER.check_many([{"text": text, "language": "en"}]))
    assert single.findings == batched.findings
