"""sentence_pairs: which sentences a comparison aligned, and coverage counted in aligned sentences."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from unspun.config import DEFAULT
from unspun.ingest.segment import segment
from unspun.model import Alignment, Article, SentenceMatch, Span
from unspun.pair.sentence_pairs import (
    counterparts,
    facing_sentence_pairs,
    retold_sentence_pairs,
    sentence_coverage,
)

PARAGRAPHS = [
    "The harbour reopened on Monday after the storm surge flooded Quay Street.",
    "Fishermen said the damage to the pier would take weeks to repair and cost the town dearly.",
    "The council will meet again in April to vote on a flood barrier.",
]


def test_a_dropped_paragraph_inside_one_long_passage_lowers_coverage() -> None:
    a_text = "\n".join(PARAGRAPHS)
    b_text = "\n".join([PARAGRAPHS[0], PARAGRAPHS[2]])
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    # One passage from A's first to last sentence: its ends include the dropped paragraph.
    passage = Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.9, "verbatim",
                        (SentenceMatch(0, 0, 1.0, 1.0, 1.0), SentenceMatch(2, 1, 1.0, 1.0, 1.0)))
    dropped = len(PARAGRAPHS[1]) / sum(len(p) for p in PARAGRAPHS)
    assert abs(sentence_coverage(a, b, [passage], "a") - (1 - dropped)) < 1e-9
    assert sentence_coverage(a, b, [passage], "b") == 1.0
    assert counterparts(a, b, [passage], "a") == [b.sentences[0], None, b.sentences[1]]


def test_edited_sentences_alignment_missed_face_each_other_between_aligned_neighbours() -> None:
    a_text = "\n".join(PARAGRAPHS)
    edited = "Fishermen expressed the harm to the wharf would take weeks to mend and cost the town dearly."
    b_text = "\n".join([PARAGRAPHS[0], edited, PARAGRAPHS[2]])
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    matches = (SentenceMatch(0, 0, 1.0, 1.0, 1.0), SentenceMatch(2, 2, 1.0, 1.0, 1.0))
    passage = Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.9, "verbatim", matches)
    assert facing_sentence_pairs(a, b, [passage]) == [(a.sentences[1], b.sentences[1])]
    # The share of surviving words comes from the settings tree: demanding nearly all of them pairs nothing.
    strict = dataclasses.replace(DEFAULT, facing_min_word_similarity=0.95)
    assert facing_sentence_pairs(a, b, [passage], strict) == []
    unrelated = "\n".join([PARAGRAPHS[0], "Tickets for the summer festival go on sale next week.", PARAGRAPHS[2]])
    c = segment(Article("c", unrelated))
    assert facing_sentence_pairs(a, c, [Alignment(Span(0, len(a_text)), Span(0, len(unrelated)), 0.9,
                                                  "verbatim", matches)]) == []


SENTENCES = [f"Sentence number {n} of the harbour report names the pier and the quay." for n in range(8)]


def _mirrored(al: Alignment) -> Alignment:
    return Alignment(al.b, al.a, al.similarity, al.kind, tuple(SentenceMatch(m.j, m.i, m.semantic, m.lexical, m.score)
                                                               for m in al.matches))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.integers(2, 8), st.integers(2, 8), st.lists(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)),
                                                              max_size=4), max_size=4))
def test_facing_pairs_are_the_same_whichever_text_is_read_first(n_a: int, n_b: int,
                                                                groups: list[list[tuple[int, int]]]) -> None:
    a = segment(Article("a", "\n".join(SENTENCES[:n_a])))
    b = segment(Article("b", "\n".join(SENTENCES[:n_b])))
    alignments = []
    for group in groups:
        matches = [(i, j) for i, j in group if i < n_a and j < n_b]
        if matches:
            sa = [a.sentences[i] for i, _ in matches]
            sb = [b.sentences[j] for _, j in matches]
            alignments.append(Alignment(Span(min(s.start for s in sa), max(s.end for s in sa)),
                                        Span(min(s.start for s in sb), max(s.end for s in sb)), 0.9, "verbatim",
                                        tuple(SentenceMatch(i, j, 1.0, 1.0, 1.0) for i, j in matches)))
    forward = set(facing_sentence_pairs(a, b, alignments))
    backward = {(sa, sb) for sb, sa in facing_sentence_pairs(b, a, [_mirrored(al) for al in alignments])}
    assert forward == backward


def test_a_sentence_no_alignment_holds_is_read_with_the_sentence_that_merged_it() -> None:
    a_text = ("The council closed the Welsh Bridge on Thursday. Gareth Lloyd, its head of highways, blamed the "
              "river running high for weeks. Buses will use the English Bridge.")
    b_text = ("The council shut the Welsh Bridge on Thursday, and highways chief Gareth Lloyd blamed weeks of high "
              "river levels. Buses are being diverted.")
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    first = Alignment(Span(0, len(a_text)), Span(0, len(b_text)), 0.8, "paraphrase",
                      (SentenceMatch(0, 0, 0.8, 0.6, 0.8),))
    # Lloyd's sentence shares "Gareth", "Lloyd", "river", "week", "high" with the merged one; the buses' sentences
    # share one word: nothing to read there
    assert retold_sentence_pairs(a, b, [first], 3) == [(a.sentences[1], b.sentences[0])]
    assert retold_sentence_pairs(a, b, [first], 0) == []
    assert retold_sentence_pairs(a, b, [], 3) == []  # texts sharing no sentence are other reports


def test_a_copys_own_line_on_another_year_or_firm_retells_nothing() -> None:
    a_text = ("A textile firm is to shut its mill in Rochdale with the loss of 240 jobs, the company said on Tuesday. "
              "Pennine Weaving said orders had fallen by a third since 2022.")
    b_text = ("Pennine Weaving said orders had fallen by a third since 2022. "
              "Last year the company cut 60 jobs at the Rochdale mill when it closed its dyeing shed. "
              "The closure comes after the loss of 95 jobs at a Rochdale carpet maker, Heywood Tufting.")
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    same = Alignment(a.sentences[1], b.sentences[0], 0.9, "verbatim", (SentenceMatch(1, 0, 1.0, 1.0, 1.0),))
    # the wire's lead shares "loss", "jobs", "Rochdale" with the other firm's line, "mill", "jobs", "Rochdale"
    # with last year's: read as retellings unless held to one occasion
    assert retold_sentence_pairs(a, b, [same], 3, 0.5) != []
    assert retold_sentence_pairs(a, b, [same], 3, 0.5, same_occasion=True) == []


def test_a_merged_sentence_respelling_a_name_and_giving_the_others_date_still_retells() -> None:
    a_text = ("The gallery closed in 2024 so that its cases could be restored. Curator Bethan Rowley said the work "
              "had been a labour of love. \"Some of these cases had not been opened for sixty years,\" she said.")
    b_text = ("The gallery closed in 2024 so that its cases could be restored. The cases went into storage in 2024, "
              "and curator Bethan Rowlands said some cases had not been opened for sixteen years.")
    a, b = segment(Article("a", a_text)), segment(Article("b", b_text))
    same = Alignment(a.sentences[0], b.sentences[0], 0.9, "verbatim", (SentenceMatch(0, 0, 1.0, 1.0, 1.0),))
    assert (a.sentences[2], b.sentences[1]) in retold_sentence_pairs(a, b, [same], 3, 0.5, same_occasion=True)
