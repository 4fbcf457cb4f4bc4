from hypothesis import given, settings
from hypothesis import strategies as st

from replylint.offsets import Edit, LineIndex, OffsetMap, apply_edits, merge_edits


def test_identity_map():
    m = OffsetMap([], 10)
    assert m.is_identity
    assert m.to_original(2, 5) == (2, 5)
    assert m.to_original(5, 2) == (5, 5)


def test_deletion_and_expansion():
    text = "ab\u200bcd\ufb01x"  # zero-width space, then the ligature "fi"
    edits = [Edit(2, 3, ""), Edit(5, 6, "fi")]
    derived = apply_edits(text, edits)
    assert derived == "abcdfix"
    m = OffsetMap(edits, len(text))
    assert m.to_original(0, 4) == (0, 5)  # "abcd" spans the zero-width char
    assert m.to_original(0, 2) == (0, 2)  # "ab" does not include it
    assert m.to_original(2, 4) == (3, 5)  # "cd" starts after it
    assert m.to_original(4, 5) == (5, 6)  # half of "fi" maps to the whole ligature
    assert m.to_original(5, 6) == (5, 6)
    assert m.to_original(6, 7) == (6, 7)


def test_merge_prefers_priority():
    edits = merge_edits([Edit(1, 2, "", 0), Edit(0, 5, "\n", 1), Edit(6, 7, "x", 0)])
    assert [(e.start, e.end) for e in edits] == [(0, 5), (6, 7)]


def test_line_index():
    idx = LineIndex("ab\ncd\n\nef")
    assert idx.position(0) == (1, 1)
    assert idx.position(3) == (2, 1)
    assert idx.position(4) == (2, 2)
    assert idx.position(7) == (4, 1)
    assert idx.line_span(4) == (7, 9)
    assert idx.line_span(3) == (6, 6)


@st.composite
def text_and_edits(draw):
    text = draw(st.text(min_size=0, max_size=40))
    n = len(text)
    cuts = sorted(draw(st.lists(st.integers(0, n), max_size=8)))
    edits = []
    for a, b in zip(cuts[::2], cuts[1::2]):
        edits.append(Edit(a, b, draw(st.text(max_size=3))))
    return text, edits


@settings(max_examples=300)
@given(text_and_edits(), st.data())
def test_every_derived_span_maps_inside_the_original(te, data):
    text, edits = te
    edits = merge_edits(edits)
    derived = apply_edits(text, edits)
    m = OffsetMap(edits, len(text))
    assert m.length == len(derived)
    s = data.draw(st.integers(0, len(derived)))
    e = data.draw(st.integers(s, len(derived)))
    os_, oe = m.to_original(s, e)
    assert 0 <= os_ <= oe <= len(text)
    # characters outside every edit map to themselves
    for i, ch in enumerate(derived):
        a, b = m.to_original(i, i + 1)
        if b - a == 1 and not any(ed.start <= a < ed.end for ed in edits):
            assert text[a] == ch


def _merge_reference(edits):
    """merge_edits without its shortcut: the rule it must keep."""
    from replylint.offsets import _overlaps

    kept, taken = [], []
    for e in sorted(edits, key=lambda e: (-e.priority, e.start, e.end)):
        if not any(_overlaps(e.start, e.end, a, b) for a, b in taken):
            kept.append(e)
            taken.append((e.start, e.end))
    return sorted(kept, key=lambda e: (e.start, e.end))


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 4), st.integers(0, 2)), max_size=12))
def test_merge_edits_shortcut_keeps_the_priority_rule(raw):
    from replylint.offsets import Edit, merge_edits

    edits = [Edit(s, s + n, "x", p) for s, n, p in raw]
    assert merge_edits(edits) == _merge_reference(edits)
