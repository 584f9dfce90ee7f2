"""wording: how much of a text's own wording (word 3-grams outside quotations and furniture) the other keeps."""

from __future__ import annotations

from unspun.ingest.segment import segment
from unspun.model import Article, Segmented
from unspun.pair.memo import Memo
from unspun.pair.wording import NO_WORDING, kept_wording, own_parts

SOURCE = ("Dynamic programming\n\n"
          "In computer science, dynamic programming is a method for solving complex problems by breaking them down "
          "into simpler subproblems. It applies to problems with overlapping subproblems, where the same smaller "
          "problems come up again and again, and optimal substructure.\n\n"
          "The key idea is to solve each subproblem only once and to store its answer in a table, so that it can be "
          "looked up instead of recomputed. A naive recursive program for the Fibonacci numbers takes exponential "
          "time, while a dynamic programming version needs only linear time.")
# A student's heavy revision: sentences merged and reordered, the definitions and technical phrases kept.
HEAVY = ("Computing the Fibonacci numbers with a naive recursive program takes exponential time, but a dynamic "
         "programming version needs only linear time. This is because dynamic programming is a method for solving "
         "complex problems by breaking them down into simpler subproblems and it solves each subproblem only once, "
         "storing the answer in a table so it can be looked up instead of recomputed. It works when the same "
         "smaller problems come up again and again, which is called overlapping subproblems.")
# Written on the same topic without the source.
OWN = ("Dynamic programming is a technique for problems that can be split into smaller pieces. The trick is never "
       "to do the same work twice: each small piece is solved once, its answer is written down, and the saved "
       "answer is used whenever the same piece turns up again. Route planners and spell checkers rely on it.")

REPORT = ("Crane collapse closes Harbour Street\n\n"
          "A tower crane collapsed onto a building site in Harbour Street on Tuesday, injuring two workers.\n\n"
          "\"We were very fortunate that this happened when it did, because the street is normally busy with "
          "shoppers,\" said station commander Aileen Forbes. \"The crane will have to be dismantled piece by piece, "
          "and that will take several days.\"")
# Another outlet's report of the same collapse, quoting the same commander word for word.
OTHER_OUTLET = ("Two hurt as crane falls in Dunmore\n\n"
                "Two men were hurt when the arm of a crane buckled in strong gusts and crashed onto a new office "
                "development yesterday afternoon.\n\n"
                "\"We were very fortunate that this happened when it did, because the street is normally busy with "
                "shoppers,\" said Aileen Forbes, the fire service's station commander. \"The crane will have to be "
                "dismantled piece by piece, and that will take several days.\"")

APPEAL = "Anyone with information is asked to call Kelby Police on 101, quoting crime reference 4411/26."


def _seg(text: str, name: str) -> Segmented:
    return segment(Article(name, text))


def test_a_heavy_revision_keeps_a_substantial_share_of_its_sources_wording_throughout():
    kept = kept_wording(_seg(SOURCE, "src"), _seg(HEAVY, "heavy"))
    assert kept.taker == "b"
    assert kept.share_b >= 0.25 and kept.share_a < kept.share_b
    assert kept.spread >= 0.5  # the kept phrases run through most of its sentences
    assert any("breaking them down into simpler subproblems" in run for run in kept.runs)


def test_an_answer_written_without_the_source_keeps_little_of_it():
    kept = kept_wording(_seg(SOURCE, "src"), _seg(OWN, "own"))
    assert kept.share < 0.1


def test_quotations_both_reports_carry_are_no_kept_wording():
    kept = kept_wording(_seg(REPORT, "report"), _seg(OTHER_OUTLET, "other"))
    assert kept.share < 0.1
    assert not any("fortunate" in run for run in kept.runs)


def test_a_publishers_appeal_line_is_left_out():
    a = _seg("A van was stolen from a driveway in Mill Lane, Kelby, overnight on Sunday. " + APPEAL, "van")
    b = _seg("Two bicycles were taken from a shed behind the library in Kelby on Friday evening. " + APPEAL, "bikes")
    assert kept_wording(a, b).share == 0.0
    assert len(own_parts(a)) == 1  # the appeal sentence is furniture


def test_the_shares_swap_with_the_order_and_a_memo_gives_the_same_reading():
    a, b = _seg(SOURCE, "src"), _seg(HEAVY, "heavy")
    ab, ba = kept_wording(a, b), kept_wording(b, a)
    assert (ab.share_a, ab.share_b) == (ba.share_b, ba.share_a)
    assert ab.runs == ba.runs and ab.spread == ba.spread
    memo = Memo(64)
    assert kept_wording(a, b, memo) == kept_wording(a, b, memo) == ab


def test_no_reading_keeps_nothing():
    assert NO_WORDING.share == 0.0 and NO_WORDING.runs == ()
