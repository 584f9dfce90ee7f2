"""A reader's annotation of the seeds: which sentences of the summary (000) and the spun full report (001) say
the same thing. Sentences are quoted from ``../shared/seeds`` (the project's seed material) and found there by
their opening words, so the annotation does not depend on how the segmenter numbers them.
"""

from __future__ import annotations

from tests.test_seeds import seeds_comparison
from unspun.model import Comparison

# (summary sentence, spun sentence, why a reader pairs them)
SAME_THING = (
    ("Ukraine has announced on Monday", "According to a government official, Ukraine is fortifying",
     "increasing defenses along its northern border ↔ fortifying its border defenses; a second assault ↔ another "
     "attack"),
    ("In conversation with BBC Ukraine", "Yevhen Yemen, Ukraine's delegate",
     "the same official (Yenin ↔ Yemen) telling the outlet Ukraine builds up the border with Belarus"),
    ("In conversation with BBC Ukraine", "In light of this and the visit, Mr. Yenin",
     "the same quote: building up our defence lines all across the border ↔ reinforcing our guards wherever "
     "along the lines"),
    ("On his part, the Kremlin spokesman Dmitry Peskov", "In any case, Dmitry Peskov",
     "Peskov: totally stupid, groundless fabrications ↔ totally moronic, unjustifiable creations"),
    ("Russia's defence ministry has also said", "The organized military drills",
     "only for joint military exercises ↔ organized military drills, reported by the defence ministry"),
    ("Before its full-scale invasion of Ukraine", "Just days before Russia's full-scale invasion",
     "before the full-scale invasion, the build-up was only for military exercises"),
    ("Ukraine's strengthening of defence", "The news broke as Vladimir Putin was on the way to Minsk",
     "the defence news came as Putin met (went to meet) Lukashenko in the Belarusian capital (Minsk)"),
    ("It was the first time the two leaders met", "The two chiefs met in Belarus without precedent",
     "first time in three-and-a-half years ↔ without precedent for three and a half years"),
    ("Following their meeting", "Afterward, the Russian president directed",
     "after the meeting Putin ordered the strengthening of social control inside Russia"),
    ("Despite Lukashenko having previously said", "Regardless of not effectively taking part",
     "Russian troops attacked Kyiv from Belarus ↔ Belarus let Russian fighters start the attack from its soil"),
    ("Belarus on the other hand as long resisted", "As of not long ago, Alexander Lukashenko has been hesitant",
     "resisted sending its own troops ↔ hesitant to commit his soldiers"),
)
# Also the same thing, less directly (a reader would accept these links, not demand them).
ACCEPTABLE = (
    ("It was the first time the two leaders met", "Without precedent for three-and-a-half years"),
    ("Ukraine's strengthening of defence", "The two chiefs met in Belarus without precedent"),
    ("An increase in Russian military hardware", "Be that as it may, there are allegedly"),
)
# The pairing the issue reported as wrong: the meeting sentence is not the fortification sentence.
WRONG = (("Ukraine's strengthening of defence", "According to a government official, Ukraine is fortifying"),)


def _index(c: Comparison, side: str, opening: str) -> int:
    seg = c.a if side == "a" else c.b
    found = [k for k, text in enumerate(seg.sentence_texts()) if text.startswith(opening)]
    assert len(found) == 1, f"{opening!r} opens {len(found)} sentences of seed {side}"
    return found[0]


def _links(c: Comparison, pairs: tuple[tuple[str, ...], ...]) -> set[tuple[int, int]]:
    return {(_index(c, "a", p[0]), _index(c, "b", p[1])) for p in pairs}


def test_the_seeds_align_sentence_by_sentence_as_a_reader_does() -> None:
    c = seeds_comparison()
    found = {(m.i, m.j) for al in c.alignments for m in al.matches}
    wanted = _links(c, SAME_THING)
    allowed = wanted | _links(c, ACCEPTABLE)
    assert len(found & wanted) >= 8, f"found {len(found & wanted)} of the reader's {len(wanted)} links"
    assert len(found & allowed) / len(found) >= 0.7
    assert not found & _links(c, WRONG)
    must = ("Russia's defence ministry", "Following their meeting", "It was the first time", "On his part")
    for opening in must:  # the links the issue found missing or cut
        i = _index(c, "a", opening)
        assert any(link[0] == i for link in found & wanted), opening


def test_a_summary_sentence_keeps_both_counterparts_and_passages_end_at_sentences() -> None:
    c = seeds_comparison()
    quote = _index(c, "a", "In conversation with BBC Ukraine")
    found = {(m.i, m.j) for al in c.alignments for m in al.matches}
    assert {j for i, j in found if i == quote} >= {j for i, j in _links(c, SAME_THING[1:3])}
    starts_a = {s.start for s in c.a.sentences} | {s.end for s in c.a.sentences}
    starts_b = {s.start for s in c.b.sentences} | {s.end for s in c.b.sentences}
    for al in c.alignments:
        if al.kind == "paraphrase":
            assert {al.a.start, al.a.end} <= starts_a and {al.b.start, al.b.end} <= starts_b
    first_time = _index(c, "a", "It was the first time")
    assert any(al.a == c.a.sentences[first_time] for al in c.alignments)  # not "the two leaders met…" alone
