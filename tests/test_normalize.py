from hypothesis import given, settings
from hypothesis import strategies as st

import unicodedata

from replylint.normalize import INVISIBLE, QuoteSpec, normalize

ATTRIBUTION = QuoteSpec(["you wrote", "u schreef", "قلت"]).compile()


def span_of(norm_view, needle, original):
    i = norm_view.text.index(needle)
    s, e = norm_view.to_original(i, i + len(needle))
    return original[s:e]


def test_ascii_text_is_unchanged():
    n = normalize("Hello there, how can I help?")
    assert n.full.text == "Hello there, how can I help?"
    assert n.full.map.is_identity
    assert n.agent is n.full


def test_digits_and_invisible_characters():
    t = "card \u0664\u0665\u0663\u0669 \uff15\uff17\uff18\uff17\u200b 6362\u00a01486"
    n = normalize(t)
    assert n.full.text == "card 4539 5787 6362 1486"
    assert span_of(n.full, "4539 5787 6362 1486", t) == t[5:]
    assert n.invisible == (t.index("\u200b"),)


def test_arabic_marks_and_tatweel_are_removed():
    t = "أنت غَبِيّ و غـــبي"
    n = normalize(t)
    assert n.full.text == "أنت غبي و غبي"
    assert span_of(n.full, "غبي", t) == "غَبِيّ"


def test_typographic_quotes_become_ascii():
    n = normalize("That\u2019s not \u201cours\u201d")
    assert n.full.text == "That's not \"ours\""


def test_html_is_stripped_but_offsets_point_into_the_markup():
    t = "<p>Hi <b>Jan</b>,</p><p>your code is &amp; was 1234</p><!-- replylint-disable -->"
    n = normalize(t)
    assert "Hi Jan," in n.full.text
    assert "&" in n.full.text and "<" not in n.full.text
    assert span_of(n.full, "Jan", t) == "Jan"
    assert span_of(n.full, "1234", t) == "1234"
    assert any(m.kind == "html" for m in n.markup)


def test_placeholders_in_angle_brackets_are_not_html():
    t = "Beste <naam klant>, mail <jan@example.nl>"
    assert normalize(t).full.text == t


def test_markdown_is_stripped():
    t = "**Hi** _Jan_, see [the docs](https://x.nl/a) and `code` here.\n# Title"
    n = normalize(t)
    assert n.full.text == "Hi Jan, see the docs (https://x.nl/a) and code here.\nTitle"
    assert span_of(n.full, "Jan", t) == "Jan"


def test_obfuscation_with_asterisks_is_not_markdown():
    t = "you st*pid f*ck*ng idiot, {{first_name}} and *|FNAME|*"
    assert normalize(t).full.text == t


def test_quoted_lines_are_removed_from_the_agent_view_only():
    t = "Hi Dan,\n\n> You bunch of idiots!\n> Really.\n\nSorry about that."
    n = normalize(t)
    assert "idiots" in n.full.text
    assert "idiots" not in n.agent.text
    assert "Sorry about that." in n.agent.text
    assert n.is_quoted(t.index("idiots"), t.index("idiots") + 6)
    assert span_of(n.agent, "Sorry", t) == "Sorry"


def test_email_thread_below_a_reply_is_quoted():
    t = "Thanks, fixed.\n\nOn Mon, 3 Jun 2024, Dan <d@x.com> wrote:\n> you idiots\n"
    n = normalize(t)
    assert "wrote" not in n.agent.text and "idiots" not in n.agent.text

    t2 = "Done!\n\n-----Original Message-----\nFrom: Dan\nSent: Monday\nSubject: idiots\n"
    assert "idiots" not in normalize(t2).agent.text


def test_inline_quote_attributed_to_the_customer():
    t = 'I understand you wrote "you are all idiots", and I am sorry.'
    n = normalize(t, ATTRIBUTION)
    assert "idiots" not in n.agent.text
    t_nl = "Je begrijpt dat u schreef \u201cwaardeloze sukkels\u201d, excuses."
    assert "sukkels" not in normalize(t_nl, ATTRIBUTION).agent.text
    t_plain = 'We call this plan "Premium".'
    assert normalize(t_plain, ATTRIBUTION).agent.text == t_plain


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300))
def test_views_map_inside_the_original(text):
    n = normalize(text, ATTRIBUTION)
    for view in (n.full, n.agent):
        assert view.map.length == len(view.text)
        for i in range(0, len(view.text) + 1, 7):
            s, e = view.to_original(i, min(len(view.text), i + 5))
            assert 0 <= s <= e <= len(text)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_normalised_text_has_no_invisible_characters_or_foreign_digits(text):
    out = normalize(text).full.text
    assert not (set(out) & INVISIBLE)
    assert all(ch.isascii() for ch in out if ch.isdecimal() and unicodedata.category(ch) == "Nd")


def test_characters_the_cluster_scan_skips_are_never_changed_by_normalisation():
    from replylint.normalize import STABLE_RANGES, normalise_cluster

    for first, last in STABLE_RANGES:
        for cp in range(first, last + 1):
            assert normalise_cluster(chr(cp)) == chr(cp), hex(cp)


def test_single_quoted_words_after_a_quote_verb_are_quoted():
    from replylint import Linter
    linter = Linter(select=["toxicity"])
    assert linter.check("You mentioned the previous agent called you 'hopeless' - that is unacceptable.",
                        language="en").findings == []
    # an apostrophe opens no quote
    assert [f.rule for f in linter.check("You mentioned it isn't working; you're a fool to wait.",
                                         language="en").findings] == ["toxicity.insult"]
