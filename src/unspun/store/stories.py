"""Stories of a store: its articles, fingerprints and verdicts through ``corpus.story_clusters``, saved back.

Stories cluster the latest version of each article (an earlier version is part of its article's history, not
another article of the story). They are read from one snapshot and saved in one transaction, only if no batch was
committed meanwhile, marked with the store generation they were built at (``Store.stories_generation``): a build
killed at any point leaves the stories saved before, whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from unspun.config import TEXT_DEFAULT, TextConfig
from unspun.corpus.story_clusters import DEFAULT_STORIES, StoryConfig, StoryEvidence, cluster_stories, story_evidence
from unspun.crash import crash_point
from unspun.model import ArticleMeta, Story
from unspun.store.sqlite import Store


def stored_story_evidence(
    store: Store, metas: Sequence[ArticleMeta], config: StoryConfig = DEFAULT_STORIES,
    text: TextConfig = TEXT_DEFAULT,
) -> StoryEvidence:
    """The evidence of the stored articles ``metas`` lists (``store.metas()``), in that order, names read
    with the ``[text]`` settings ``text``."""
    doc_vectors = ((pk, fp.doc_vector) for pk, fp in store.fingerprints())
    return story_evidence(metas, store.texts(), doc_vectors, config, text)


def cluster_store(
    store: Store, config: StoryConfig = DEFAULT_STORIES, text: TextConfig = TEXT_DEFAULT
) -> tuple[list[Story], int]:
    """Stories over the latest version of every stored article, and the store generation they were read at
    (one snapshot: a batch another process commits meanwhile is either wholly in or wholly out)."""
    with store.snapshot():
        metas = store.metas(latest_only=True)
        latest = {m.pk for m in metas}
        pairs = [p for p in store.pairs() if p.a in latest and p.b in latest]
        evidence = stored_story_evidence(store, metas, config, text) if metas else None
        stories = cluster_stories(evidence, pairs, config) if evidence is not None else []
        return stories, store.generation()


def save_stories(store: Store, stories: Sequence[Story], generation: int) -> bool:
    """Save ``stories`` built at ``generation`` in place of the saved ones, unless the store has moved on
    since (then the saved ones stay, and whoever committed will rebuild them) or the store is read-only.
    Returns whether they were saved."""
    if store.read_only:
        return False
    with store.transaction(advance=False):
        if store.generation() != generation:
            return False
        store.replace_stories(stories, generation)
    return True


def build_stories(store: Store, config: StoryConfig = DEFAULT_STORIES, text: TextConfig = TEXT_DEFAULT) -> list[Story]:
    """Stories over the whole store (the latest version of each article), saved in it."""
    stories, generation = cluster_store(store, config, text)
    crash_point("stories")
    save_stories(store, stories, generation)
    crash_point("saved")
    return stories
