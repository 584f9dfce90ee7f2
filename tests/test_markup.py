"""markup: a page nested deeper than the parser goes keeps its text, in order."""

from __future__ import annotations

import pytest

from unspun.ingest.extract import extract_record
from unspun.ingest.markup import flattened
from unspun.model import RawRecord

LEAD = "<p>Crews of the fleet said the decision of the harbour board came at last, in a long statement.</p>"
DEEP = "".join(
    f"<p>The harbour master said pontoon number {k} would open in March after {k + 2} years of delays.</p>"
    for k in range(3)
)
AFTER = "<p>Fishing crews cheered the decision of the council at its meeting on Tuesday evening.</p>"


def page(tag: str, depth: int) -> str:
    body = LEAD + f"<{tag} class='wrap'>" * depth + DEEP + f"</{tag}>" * depth + AFTER
    return f"<!DOCTYPE html><html><head><title>Pontoons</title></head><body>{body}</body></html>"


@pytest.mark.parametrize("tag", ["div", "span", "section"])
def test_text_below_and_after_a_100k_deep_nesting_is_extracted(tag: str) -> None:
    text = extract_record(RawRecord("deep.html", page(tag, 100_000), "html")).text
    shallow = extract_record(RawRecord("shallow.html", page(tag, 20), "html")).text
    assert text == shallow
    assert [line[:24] for line in text.splitlines()] == [
        "Crews of the fleet said ", *["The harbour master said "] * 3, "Fishing crews cheered th"
    ]


def test_flattening_keeps_shallow_markup_and_unclosed_paragraphs_as_they_are() -> None:
    markup = "<div><p>One<p>Two<br><img src=x.png><span>three</span></div>" * 50
    assert flattened(markup, depth=3) == markup
    nested = "<div><div><div><b>deep</b></div></div></div>"
    assert flattened(nested, depth=1) == "<div>\n\ndeep\n\n</div>"


@pytest.mark.parametrize("depth", [250, 256, 300])
def test_a_nesting_at_the_parsers_limit_keeps_its_text_after_more_parse_errors_than_the_log_holds(depth: int) -> None:
    # libxml2 logs at most 100 ordinary errors a parse: the nesting limit, a fatal error, must still be seen
    # after them (the page is read flattened only when its parse reports that limit)
    broken = "<b><i>Tide tables</b></i> " * 300  # misnested: two errors each
    deep, shallow = (page("div", d).replace("<body>", f"<body><nav>{broken}</nav>") for d in (depth, 20))
    text = extract_record(RawRecord("deep.html", deep, "html")).text
    assert text == extract_record(RawRecord("shallow.html", shallow, "html")).text
    assert text.endswith("Fishing crews cheered the decision of the council at its meeting on Tuesday evening.")
