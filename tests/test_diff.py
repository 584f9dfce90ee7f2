"""text.diff: edit shapes and kept token pairs between two word sequences."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from unspun.text.diff import EditShape, cut_stretches, edit_shape
from unspun.text.tokens import words


def _shape_from_opcodes(a: list[str], b: list[str]) -> EditShape:
    """The definition: the Levenshtein opcodes' blocks, counted."""
    equal = substituted = other = 0
    for tag, i1, i2, j1, j2 in Levenshtein.opcodes(a, b).as_list():
        if tag == "equal":
            equal += i2 - i1
        elif tag == "replace":
            substituted += min(i2 - i1, j2 - j1)
            other += abs((i2 - i1) - (j2 - j1))
        else:
            other += max(i2 - i1, j2 - j1)
    return EditShape(equal, substituted, other, max(len(a), len(b)))


_WORDS = st.lists(st.sampled_from(["the", "mayor", "said", "council", "vote", "on", "tuesday", "7", "budget"]),
                  max_size=40)


@settings(max_examples=400, deadline=None)
@given(_WORDS, _WORDS)
def test_an_edit_shape_counts_what_the_opcodes_count(a: list[str], b: list[str]) -> None:
    assert edit_shape(a, b) == _shape_from_opcodes(a, b)


def test_a_spun_sentence_keeps_its_structure_in_substitutions() -> None:
    source = words("The council voted on Tuesday to raise the parking budget by 7 percent after a long debate.")
    spun = words("The assembly balloted on Tuesday to lift the parking allowance by 7 percent after a lengthy "
                 "argument.")
    shape = edit_shape(source, spun)
    assert shape == _shape_from_opcodes(source, spun)
    assert (shape.equal, shape.substituted, shape.inserted_or_deleted) == (11, 6, 0)
    assert edit_shape(source, source[:5]) == EditShape(5, 0, len(source) - 5, len(source))


def test_cut_stretches_are_the_longer_sides_words_the_shorter_lacks():
    longer = words("about 5 miles (8km) from the car park at Glenridding")
    assert cut_stretches(words("about 5 miles from the car park"), longer) == [(3, 4), (8, 10)]
    assert cut_stretches(words("about 6 miles from the car park"), longer) == []  # a word of its own: no cut
    assert cut_stretches(longer, longer) == []


def test_word_opcodes_diff_in_the_order_given() -> None:
    from unspun.text.diff import word_opcodes

    origin = words("The council said the bridge would close for six months from March")
    copy = words("The council said the crossing would shut for six months from March")
    ops = word_opcodes(origin, copy)
    assert [op[0] for op in ops] == ["equal", "replace", "equal", "replace", "equal"]
    assert [origin[i1:i2] for tag, i1, i2, _, _ in ops if tag == "replace"] == [["bridge"], ["close"]]
    assert word_opcodes(copy, origin)[1][3:] == ops[1][1:3]
