"""Short texts in a store (tests/fixtures/short_store, truth in its pairs.json, fixed before any run): an article with
its wire alert (every word the article's), the alert's re-post, a brief, a newsletter item and a one-sentence post,
and a short text of the same actors about another event. Fit: kiln; held out: lido.

An alert is a few sentences of its article word for word, yet its mean vector drifts from the article's (kiln 0.75,
lido 0.70: under ``StoryConfig.min_doc_cosine``), so the alert and its re-post made a story of their own (probe54);
a file traced under another id than its stored text's listed none of that text's stored links."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.config import DEFAULT_STORIES, StoryConfig
from unspun.corpus.candidates import Candidate
from unspun.corpus.fingerprint import fingerprint_many
from unspun.ingest.segment import segment
from unspun.model import Article, Verdict
from unspun.run.indexer import index_paths, trace, trace_article
from unspun.store.sqlite import Store
from unspun.store.stories import build_stories

SET = FIXTURES / "short_store"


def _article(name: str, published: str | None = None) -> Article:
    record = json.loads((SET / f"{name}.json").read_text(encoding="utf-8"))
    return Article(name, record["text"], title=record.get("title"), published=published or record.get("published"))


def _stories(db: Path, articles: list[Article], verdicts: list[tuple[str, str, Verdict]],
             config: StoryConfig = DEFAULT_STORIES) -> set[frozenset[str]]:
    """The stories of ``articles`` stored with ``verdicts`` (as the judge gave them) between them."""
    segs = [segment(a) for a in articles]
    with Store(db) as store:
        with store.transaction():
            pks = {a.id: store.add_article(a, a.id, s, fp.stored)
                   for a, s, fp in zip(articles, segs, fingerprint_many(segs), strict=True)}
            for a, b, verdict in verdicts:
                store.add_pair(pks[a], pks[b], verdict)
        return {frozenset(s.articles) for s in build_stories(store, config)}


# The index's verdict on the fit alert: all of the alert is the article's (coverage 1.0), 8% of the article is the alert
WHOLE = Verdict("partial_reuse", "a_to_b", 0.95, 0.08, 1.0)


@pytest.mark.parametrize("family", ["kiln", "lido"])
def test_an_alert_its_article_holds_whole_joins_the_articles_story(tmp_path: Path, family: str) -> None:
    articles = [_article(family), _article(f"{family}_alert"), _article(f"{family}_other")]
    stories = _stories(tmp_path / "s.db", articles, [(family, f"{family}_alert", WHOLE)])
    assert stories == {frozenset({family, f"{family}_alert"}), frozenset({f"{family}_other"})}


def test_without_the_rule_the_alert_is_held_to_the_mean_vectors_floor(tmp_path: Path) -> None:
    articles = [_article("kiln"), _article("kiln_alert")]
    floored = dataclasses.replace(DEFAULT_STORIES, whole_reuse_floorless=False)
    assert _stories(tmp_path / "s.db", articles, [("kiln", "kiln_alert", WHOLE)], floored) == {
        frozenset({"kiln"}), frozenset({"kiln_alert"})}


def test_a_reuse_holding_neither_side_whole_keeps_the_floor(tmp_path: Path) -> None:
    # a shared passage, part of each side: later coverage quoting background is a new event unless about one thing
    part = Verdict("partial_reuse", "a_to_b", 0.95, 0.08, 0.6)
    articles = [_article("kiln"), _article("kiln_alert")]
    assert len(_stories(tmp_path / "s.db", articles, [("kiln", "kiln_alert", part)])) == 2


def test_an_alert_held_whole_still_needs_the_window(tmp_path: Path) -> None:
    # the same words filed five weeks later are the old report quoted again, not this story
    articles = [_article("kiln"), _article("kiln_alert", "2026-11-20")]
    assert len(_stories(tmp_path / "s.db", articles, [("kiln", "kiln_alert", WHOLE)])) == 2


# A compilation holding several stored short texts whole (held out, reviewA's digest7 and live rewritten, and a
# farming newsletter of my own): each item is a part of it, not its event, so none joins another through it.
COMPILED = {"digest": ["digest_school", "digest_rugby", "digest_fraud"], "live": ["live_leader", "live_bins"],
            "weekly": ["weekly_flu", "weekly_wheat"]}


def _held(item: str, share: float) -> Verdict:
    return Verdict("partial_reuse", "unknown", 0.9, share, 1.0)


@pytest.mark.parametrize("compilation", sorted(COMPILED))
def test_a_compilation_holding_several_short_texts_whole_joins_none_of_their_events(tmp_path: Path,
                                                                                    compilation: str) -> None:
    items = COMPILED[compilation]
    articles = [_article(compilation)] + [_article(item) for item in items]
    stories = _stories(tmp_path / "s.db", articles, [(compilation, item, _held(item, 0.17)) for item in items])
    assert stories == {frozenset({a.id}) for a in articles}


def test_a_holder_not_about_the_held_texts_event_keeps_the_floor(tmp_path: Path) -> None:
    # one stored item of a roundup: no compilation by the store's pairs, but the roundup names the item's actors
    # nowhere else and its title not at all, so it is not about that event
    articles = [_article("digest"), _article("digest_fraud")]
    assert len(_stories(tmp_path / "s.db", articles, [("digest", "digest_fraud", _held("digest_fraud", 0.17))])) == 2


def test_an_alert_and_its_repost_held_at_one_part_are_no_compilation(tmp_path: Path) -> None:
    articles = [_article("kiln"), _article("kiln_alert"), _article("kiln_repost")]
    verdicts = [("kiln", "kiln_alert", WHOLE), ("kiln", "kiln_repost", WHOLE),
                ("kiln_alert", "kiln_repost", Verdict("duplicate", "unknown", 1.0, 1.0, 1.0))]
    assert _stories(tmp_path / "s.db", articles, verdicts) == {frozenset({"kiln", "kiln_alert", "kiln_repost"})}


class _OnlyTheSameText:
    """A candidate index offering the stored copies of the query's text alone (every band shared), not the texts
    those copies are stored linked to: the index samples a stored text's sentences (probe54's newsletter item, traced
    under another id, was not offered the brief its stored copy derives from)."""

    def __init__(self, *pks: int) -> None:
        self.pks = pks

    def query(self, fp: object, exclude: frozenset[int] = frozenset(), credited: object = None) -> list[Candidate]:
        return [Candidate(pk, 1.0, 42, 1, 1.0, True) for pk in self.pks]


def test_a_text_stored_under_another_id_gets_its_stored_links(tmp_path: Path) -> None:
    """A file traced by its own name whose text a feed stored under its URL (probe54's JSONL ids): the stored text's
    links are the trace's, and the trace says which stored article holds its text."""
    db = tmp_path / "s.db"
    articles = [_article("kiln"), _article("kiln_post"), _article("kiln_other")]
    _stories(db, articles, [("kiln", "kiln_post", Verdict("rewrite", "a_to_b", 0.9, 0.15, 0.95))])
    renamed = dataclasses.replace(_article("kiln_post"), id="https://social.example/kiln_post")
    with Store(db, create=False) as store:
        post = store.keys_of(["kiln_post"])[0]
        result = trace_article(store, renamed, _OnlyTheSameText(post))  # type: ignore[arg-type]
    assert result.same_text_as == "kiln_post"
    assert {(m.id, m.relation) for m in result.matches} == {("kiln", "rewrite"), ("kiln_post", "duplicate")}


def test_a_text_stored_under_its_own_id_names_no_other(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    index_paths([str(SET / "kiln.json"), str(SET / "kiln_alert.json")], db, workers=1)
    result = trace(str(SET / "kiln_alert.json"), db)
    assert result.same_text_as is None and result.version == 1
    assert [(m.id, m.relation) for m in result.matches] == [("kiln", "partial_reuse")]


def test_every_stored_twin_of_the_query_lends_its_links_and_the_first_stored_is_named(tmp_path: Path) -> None:
    """Two stored copies of the query's text, each stored linked to another article: the trace lists both links, and
    names the first stored copy whatever order the index offers them in."""
    db = tmp_path / "s.db"
    twin = dataclasses.replace(_article("kiln_post"), id="kiln_post_mirror")
    articles = [_article("kiln"), _article("kiln_brief"), _article("kiln_post"), twin]
    _stories(db, articles, [("kiln", "kiln_post", Verdict("rewrite", "a_to_b", 0.9, 0.15, 0.95)),
                            ("kiln_brief", "kiln_post_mirror", Verdict("rewrite", "a_to_b", 0.9, 0.6, 1.0))])
    renamed = dataclasses.replace(_article("kiln_post"), id="https://social.example/kiln_post")
    with Store(db, create=False) as store:
        post, mirror = store.keys_of(["kiln_post"])[0], store.keys_of(["kiln_post_mirror"])[0]
        result = trace_article(store, renamed, _OnlyTheSameText(mirror, post))  # type: ignore[arg-type]
    assert result.same_text_as == "kiln_post"
    assert {"kiln", "kiln_brief"} <= {m.id for m in result.matches}
