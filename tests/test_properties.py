"""Properties of extract, segment, align and compare on generated text and HTML full of what real pages carry:
right-to-left scripts, combining marks, emoji, zero-width characters and soft hyphens, NUL and control
characters, CRLF line ends, very long words and lines.

- only typed ``UnspunError``s escape;
- every span lies inside its text (sentences inside their paragraphs, passages and changes inside their side);
- ``compare(a, a)`` is a duplicate with coverage 1 on both sides;
- ``compare(a, b)`` mirrors ``compare(b, a)``: the same relation and fact counts, the direction, the coverages and
  every change's spans swapped.

Examples per property: ``UNSPUN_FUZZ_EXAMPLES`` (default 25, about a minute on 2 loaded cores); the hostile
inputs suite of the bench (``bench/hostile.py``) runs this file with many more.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from unspun.errors import UnspunError
from unspun.ingest.extract import extract_record
from unspun.ingest.read import record_from_bytes
from unspun.ingest.segment import segment
from unspun.model import Article, Comparison, RawRecord, Span
from unspun.pair.engine import PairEngine

EXAMPLES = int(os.environ.get("UNSPUN_FUZZ_EXAMPLES", "25"))
# No shrinking (``UNSPUN_FUZZ_SHRINK=1`` turns it on to study a failure): after a failure Hypothesis traces every
# line to explain it and shrinks examples of thousands of words, and a failing property then ran for hours in CI
# instead of failing in seconds with its example.
SHRINK = (Phase.shrink,) if os.environ.get("UNSPUN_FUZZ_SHRINK") else ()
PHASES = (Phase.explicit, Phase.reuse, Phase.generate, *SHRINK)
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("UNSPUN_FUZZ_RANDOM"),
                phases=PHASES, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
MIRRORED = {"a_to_b": "b_to_a", "b_to_a": "a_to_b", "common_source": "common_source", "unknown": "unknown"}

NEWS = (
    "the minister said on Tuesday that talks with the union would resume in Geneva after months of strikes "
    "over pay and pensions while police arrested 12 protesters near parliament and the harbour master "
    "confirmed that the new pontoon would cost £2.5m and open in March for fishing crews who waited three years"
)
WORDS = NEWS.split()
FOREIGN = [
    "الحكومة", "وزير", "مرحبا", "שלום", "ממשלה", "Γενεύη", "Министр", "границы", "東京", "政府", "서울", "हिंदी",
]
ODD = [
    "café", "cafe\u0301", "na\u0308ive", "Z\u0351\u036b\u0343\u036a\u0302\u036b\u033d\u034f\u0334\u0319",
    "🙂", "👩\u200d👩\u200d👧", "🇬🇧", "👍🏽", "co\u00adoperate", "zero\u200bwidth", "join\u200cer", "\ufeffbom",
    "\u202eevil\u202c", "tab\there", "\x00", "\x07bell", "\x1b[0m", "\x7f", "\u2028", "\u2029", "\x85", "\u00a0",
    "\ud7ff", "\U0001f600", "&amp;", "<b>", "]]>", "\\", "“quoted”", "—", "U.S.", "Mr.", "...", "?!",
]
ENDS = [". ", "! ", "? ", "… ", ".” ", " "]
BREAKS = ["\n", "\r\n", "\n\n", "\r\n\r\n", "\n \n", "\r"]


@st.composite
def words(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["news"] * 6 + ["foreign", "odd", "long", "random"]))
    if kind == "news":
        return draw(st.sampled_from(WORDS))
    if kind == "foreign":
        return draw(st.sampled_from(FOREIGN))
    if kind == "odd":
        return draw(st.sampled_from(ODD))
    if kind == "long":
        return draw(st.sampled_from(["x", "ab", "word", "٣"])) * draw(st.integers(50, 3000))
    return draw(st.text(min_size=1, max_size=12))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    body = " ".join(draw(st.lists(words(), min_size=1, max_size=25)))
    return body[:1].upper() + body[1:] + draw(st.sampled_from(ENDS))


@st.composite
def texts(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(st.lists(sentences(), min_size=1, max_size=4).map("".join), min_size=1, max_size=8))
    out = paragraphs[0]
    for paragraph in paragraphs[1:]:
        out += draw(st.sampled_from(BREAKS)) + paragraph
    return out


@st.composite
def pages(draw: st.DrawFn) -> str:
    """HTML around generated paragraphs: chrome, scripts, comments, entities, unclosed and nested tags."""
    parts = [draw(st.sampled_from(["<!DOCTYPE html>", "", "<?xml version='1.0'?>"])), "<html><head>"]
    parts.append(f"<title>{draw(sentences())}</title><script>var s = '<p>no</p>';</script></head><body>")
    for paragraph in draw(st.lists(texts(), min_size=1, max_size=6)):
        tag = draw(st.sampled_from(["p", "div", "li", "td", "blockquote", "span", "h2"]))
        close = draw(st.sampled_from([f"</{tag}>", ""]))
        nest = draw(st.integers(0, 30))
        parts.append("<div>" * nest + f"<{tag}>{paragraph}{close}" + "</div>" * nest)
        parts.append(draw(st.sampled_from(["", "<!-- note -->", "<nav>Home | News | Sport</nav>", "<br/>", "&#8203;"])))
    parts.append("</body></html>")
    return "".join(parts)


@st.composite
def derived(draw: st.DrawFn) -> tuple[str, str]:
    """A text and a copy of it: sentences dropped, words swapped or hostile characters inserted, lines joined."""
    original = draw(texts())
    tokens = original.split(" ")
    copy = []
    for token in tokens:
        action = draw(st.sampled_from(["keep"] * 8 + ["drop", "swap", "insert"]))
        if action == "keep":
            copy.append(token)
        elif action == "swap":
            copy.append(draw(words()))
        elif action == "insert":
            copy += [token, draw(st.sampled_from(ODD))]
    text = " ".join(copy)
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r\n", " ", "\n\n"])))
    return original, text


ENGINE = PairEngine(precise=False)


def _inside(span: Span, text: str) -> bool:
    return 0 <= span.start <= span.end <= len(text)


def _check_comparison(c: Comparison, a: str, b: str) -> None:
    for passage in c.alignments:
        assert _inside(passage.a, a) and _inside(passage.b, b)
    for change in c.changes:
        assert _inside(change.a, a) and _inside(change.b, b)
        for first, second in change.occurrences:
            assert _inside(first, a) and _inside(second, b)
    v = c.verdict
    assert 0.0 <= v.coverage_a <= 1.0 and 0.0 <= v.coverage_b <= 1.0 and 0.0 <= v.confidence <= 1.0


def _article_or_none(record: RawRecord) -> Article | None:
    try:
        return extract_record(record)
    except UnspunError:
        return None  # a typed error is an allowed outcome; anything else fails the test


@FUZZ
@given(texts())
def test_extracting_and_segmenting_text_raises_only_typed_errors_and_spans_stay_inside(text: str) -> None:
    article = _article_or_none(RawRecord("gen.txt", text, "text"))
    if article is None:
        return
    seg = segment(article)
    for span in seg.paragraphs:
        assert _inside(span, article.text) and span.start < span.end
    for span, owner in zip(seg.sentences, seg.sentence_paragraph, strict=True):
        paragraph = seg.paragraphs[owner]
        assert paragraph.start <= span.start < span.end <= paragraph.end
    assert [s.start for s in seg.sentences] == sorted(s.start for s in seg.sentences)


@FUZZ
@given(pages(), st.sampled_from(["utf-8", "utf-16", "cp1252", "gb18030", "utf-8-sig"]))
def test_html_in_any_encoding_raises_only_typed_errors(page: str, codec: str) -> None:
    try:
        record = record_from_bytes("gen.html", page.encode(codec, errors="replace"))
    except UnspunError:
        return
    article = _article_or_none(record)
    if article is not None:
        seg = segment(article)
        assert all(_inside(span, article.text) for span in seg.sentences)


@FUZZ
@given(texts())
def test_a_text_compared_with_itself_is_a_duplicate_covering_both_sides(text: str) -> None:
    # As every shell reads a text: extracted first. Extraction refuses a text too short to be an article
    # (``min_article_chars``), where one or two words of a language the sentence model does not read can form no
    # passage ("الحكومة." against itself found nothing to align).
    article = _article_or_none(RawRecord("a.txt", text, "text"))
    if article is None or not segment(article).sentences:
        return
    text = article.text
    c = ENGINE.compare_articles(article, Article("b", text))
    _check_comparison(c, text, text)
    assert (c.verdict.relation, c.verdict.coverage_a, c.verdict.coverage_b) == ("duplicate", 1.0, 1.0)


@FUZZ
@given(derived())
def test_comparing_b_with_a_mirrors_comparing_a_with_b(pair: tuple[str, str]) -> None:
    a, b = Article("a", pair[0]), Article("b", pair[1])
    forward, backward = ENGINE.compare_articles(a, b), ENGINE.compare_articles(b, a)
    _check_comparison(forward, a.text, b.text)
    _check_comparison(backward, b.text, a.text)
    f, r = forward.verdict, backward.verdict
    assert (r.relation, r.direction) == (f.relation, MIRRORED[f.direction])
    assert (r.coverage_a, r.coverage_b) == pytest.approx((f.coverage_b, f.coverage_a), abs=1e-9)
    assert _change_keys(backward, swapped=True) == _change_keys(forward)
    assert r.fact_changes == f.fact_changes


def _change_keys(comparison: Comparison, swapped: bool = False) -> list[tuple[str, int, int, int, int]]:
    """Each change as (kind, A span, B span); for the comparison of B with A (``swapped``) the spans exchanged
    and an omission read as an addition, as the other order reports it."""
    keys = []
    for c in comparison.changes:
        a, b = (c.b, c.a) if swapped else (c.a, c.b)
        kind = {"omission": "addition", "addition": "omission"}.get(c.kind, c.kind) if swapped else c.kind
        keys.append((kind, a.start, a.end, b.start, b.end))
    return sorted(keys)
