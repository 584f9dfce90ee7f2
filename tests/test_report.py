import json
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from unspun.ingest.segment import segment
from unspun.model import (
    Alignment,
    Article,
    Change,
    Comparison,
    Removed,
    SentenceMatch,
    Span,
    Verdict,
)
from unspun.report.html import highlighted
from unspun.report.json import comparison_dict
from unspun.report.text import comparison_text
from unspun.web.pages import comparison_page

HOSTILE_A = 'The mayor said "<script>alert(1)</script>" was a joke. Costs rose 12% in May.'
HOSTILE_B = 'The mayor said "<script>alert(2)</script>" was a joke. Costs rose 15% in May.'


def _comparison() -> Comparison:
    chrome = (Removed("<img src=x onerror=y>", "site chrome"),)
    a = segment(Article("a.html", HOSTILE_A, title="<b>A</b>", removed=chrome))
    b = segment(Article("b.txt", HOSTILE_B, title="B & co"))
    first = Alignment(Span(0, len(HOSTILE_A)), Span(0, len(HOSTILE_B)), 0.93, "near_verbatim",
                      (SentenceMatch(0, 0, 0.95, 0.9, 0.93),))
    change = Change("number", Span(HOSTILE_A.index("12%"), HOSTILE_A.index("12%") + 3),
                    Span(HOSTILE_B.index("15%"), HOSTILE_B.index("15%") + 3), "number changed: '12%' → '15%'")
    verdict = Verdict("near_duplicate", "a_to_b", 0.9, 1.0, 1.0, ("<evidence>",))
    return Comparison(a, b, 0.1, 0.2, verdict, (first,), (change,))


def test_html_escapes_every_piece_of_article_text():
    page = comparison_page(_comparison())
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=y&gt;" in page
    assert "<b>A</b>" not in page and "<evidence>" not in page
    assert "<mark class='change'" in page and "data-al='0'" in page


def test_the_one_file_report_is_the_compare_page_with_its_assets_inside():
    from importlib import resources

    page = comparison_page(_comparison())
    static = resources.files("unspun.web") / "static"
    assert page.startswith("<!doctype html>") and 'class="verdict"' in page and 'id="side-b"' in page
    assert "href=" not in page.split("<main>")[0].split("</nav>")[0].split("<nav")[1]  # no links to pages it lacks
    assert 'rel="stylesheet"' not in page and "<script src" not in page  # nothing outside the file
    css, js = ((static / n).read_text(encoding="utf-8") for n in ("app.css", "app.js"))
    assert css in page and js in page


def test_json_has_the_contract_fields_and_offsets_that_point_at_the_text():
    data = json.loads(json.dumps(comparison_dict(_comparison())))
    assert data["schema"] == "unspun.comparison/5"
    assert set(data["verdict"]) >= {"relation", "direction", "confidence", "coverage_a", "coverage_b", "evidence"}
    assert set(data["a"]) >= {"id", "title", "published", "chars", "sentences", "credits", "removed", "spin"}
    assert data["a"]["modified"] is None  # a side gives the page's modified time beside its published one
    change = data["changes"][0]
    assert (change["a"]["text"], change["b"]["text"]) == ("12%", "15%")
    assert HOSTILE_B[change["b"]["start"]:change["b"]["end"]] == "15%"


def test_json_gives_a_headline_place_apart_from_the_texts_as_a_version_3_reader_reads_them():
    # reviewD 6: /4 listed the headline's place among occurrences and counted it, so a /3 reader highlighted the
    # body at a title's offsets
    base = _comparison()
    a = segment(Article("a", HOSTILE_A, title="Costs rose 12% in May"))
    b = segment(Article("b", HOSTILE_B, title="Costs rose 15% in May"))
    in_titles = (Span(11, 14), Span(11, 14))
    body = replace(base.changes[0], headline=in_titles, note="number changed: '12%' → '15%'; also in the headline")
    alone = Change("number", Span(0, 0), Span(0, 0), "headline changed: '12%' → '15%'", headline=in_titles)
    for change, made_in, texts in ((body, "text", ("12%", "15%")), (alone, "headline", ("", ""))):
        data = json.loads(json.dumps(comparison_dict(replace(base, a=a, b=b, changes=(change,)))))
        (found,) = data["changes"]
        assert (found["in"], found["count"], found["a"]["text"], found["b"]["text"]) == (made_in, 1, *texts)
        assert [(o["a"]["text"], o["b"]["text"]) for o in found["occurrences"]] == [texts]
        assert (found["headline"]["a"]["text"], found["headline"]["b"]["text"]) == ("12%", "15%")
        assert a.article.title[found["headline"]["a"]["start"]:found["headline"]["a"]["end"]] == "12%"
    data = comparison_dict(base)
    assert data["changes"][0]["headline"] is None


def test_a_side_without_a_spin_score_says_why_in_every_report():
    unscored = replace(_comparison(), spin_b=None)
    data = json.loads(json.dumps(comparison_dict(unscored)))
    assert (data["a"]["spin"], data["a"]["spin_unscored"]) == (0.1, None)
    assert (data["b"]["spin"], data["b"]["spin_unscored"]) == (None, "not English prose")
    text = comparison_text(unscored)
    assert "spin 0.10" in text and "spin not scored (not English prose)" in text
    page = comparison_page(unscored)
    assert "spin score 0.10" not in page and "spin 0.10" in page and "spin not scored (not English prose)" in page


def test_text_report_names_relation_and_change():
    text = comparison_text(_comparison())
    assert "near_duplicate" in text and "number changed" in text


def test_the_verdict_line_says_what_the_copy_changed_in_either_order():
    """/tmp/probe51 (issue 10): "a near-duplicate that changes 1 name and 2 numbers" was the fifth line, after
    Coverage; the Verdict line says it, and the evidence list does not repeat it. The JSON keeps the evidence."""
    said = "a near-duplicate that changes 1 name and 2 numbers"
    for direction in ("a_to_b", "b_to_a", "unknown"):
        base = _comparison()
        verdict = replace(base.verdict, direction=direction,
                          evidence=(said, "100% of B's text comes from A; 100% of A's text reappears in B"))
        c = replace(base, verdict=verdict)
        lines = comparison_text(c).splitlines()
        first = next(line for line in lines if line.startswith("Verdict:"))
        assert first.startswith(f"Verdict: near_duplicate — {said}; ")
        assert sum(said in line for line in lines) == 1
        assert comparison_dict(c)["verdict"]["evidence"][0] == said
    duplicate = replace(_comparison().verdict, relation="duplicate",
                        evidence=("the same text under another headline: 'Ferry strike' → 'You won't believe this'",))
    text = comparison_text(replace(_comparison(), verdict=duplicate))
    assert "Verdict: duplicate — the same text under another headline: 'Ferry strike'" in text
    # without such a line the relation's own words stay
    assert "Verdict: near_duplicate — a lightly edited copy; B derives from A" in comparison_text(_comparison())


spans = st.tuples(st.integers(0, 60), st.integers(0, 60)).map(lambda t: Span(min(t), max(t)))


@given(st.text(max_size=60), st.lists(spans, max_size=5), st.lists(spans, max_size=5))
def test_highlighting_keeps_the_text_whatever_the_overlaps(text, passages, marks):
    passages = [(Span(min(s.start, len(text)), min(s.end, len(text))), "al al0", "0") for s in passages]
    marks = [(Span(min(s.start, len(text)), min(s.end, len(text))), "change", "n") for s in marks]
    html = highlighted(text, passages, marks)
    import html as html_lib
    import re

    assert html_lib.unescape(re.sub(r"<[^>]+>", "", html)) == text


def test_text_report_shows_each_passage_once_with_the_changed_words_marked():
    text = comparison_text(_comparison())
    assert text.count("The mayor said") == 1
    assert "[-12%-]{+15%+}" in text and "alert([-1-]{+2+})" in text
    assert text.index("Changes (1)") < text.index("Passages (1;")


def test_between_texts_that_are_not_copies_the_changes_are_differences():
    # a recurring report written from the last one: its figures differ, and no copy changed them
    unrelated = _comparison()
    unrelated = replace(unrelated, verdict=replace(unrelated.verdict, relation="unrelated", direction="unknown"))
    text = comparison_text(unrelated)
    assert "Differences, not a copy's changes (1):" in text and "Changes (" not in text
    import html as html_lib

    assert "Differences, not a copy's changes (1)" in html_lib.unescape(comparison_page(unrelated))
    assert "What changed (1)" in comparison_page(_comparison())


def test_passage_lines_leave_out_long_unchanged_stretches():
    from unspun.report.text import passage_diff

    a = "one two three four five six seven eight nine ten eleven twelve Yenin said thirteen fourteen fifteen."
    b = a.replace("Yenin", "Yemen")
    line = passage_diff(a, b)
    assert "[-Yenin-]{+Yemen+}" in line and line.startswith("… ") and "one two" not in line
    assert passage_diff("Same words here.", "Same words here.").endswith("(word for word)")
