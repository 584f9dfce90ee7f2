"""Stories of a store: its articles, fingerprints and verdicts through ``corpus.story_clusters``, saved back."""

from __future__ import annotations

from collections.abc import Sequence

from unspun.corpus.story_clusters import DEFAULT_STORIES, StoryConfig, StoryEvidence, cluster_stories, story_evidence
from unspun.model import ArticleMeta, Story
from unspun.store.sqlite import Store


def stored_story_evidence(
    store: Store, metas: Sequence[ArticleMeta], config: StoryConfig = DEFAULT_STORIES
) -> StoryEvidence:
    """The evidence of the stored articles ``metas`` lists (``store.metas()``), in that order."""
    doc_vectors = ((pk, fp.doc_vector) for pk, fp in store.fingerprints())
    return story_evidence(metas, store.texts(), doc_vectors, config)


def build_stories(store: Store, config: StoryConfig = DEFAULT_STORIES) -> list[Story]:
    """Stories over the whole store, saved in it (replacing the stories saved before)."""
    metas = store.metas()
    stories = cluster_stories(stored_story_evidence(store, metas, config), store.pairs(), config)
    with store.transaction():
        store.replace_stories(stories)
    return stories
