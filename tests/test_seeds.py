"""The two seed captures unspun exists for: a BBC-credited summary and a machine-spun copy of the same story.

The golden file ``tests/golden/seeds.json`` holds the comparison's verdict, aligned passages and changes.
It is refreshed only on purpose: ``UNSPUN_REFRESH_GOLDEN=1 pytest tests/test_seeds.py``. The explicit
assertions below hold whatever the golden file says.
"""

from __future__ import annotations

import functools
import json
import os

from tests.conftest import ROOT, need_shared
from unspun.model import DERIVED_RELATIONS, Comparison
from unspun.pair.pipeline import compare
from unspun.report.json import comparison_dict

GOLDEN = ROOT / "tests" / "golden" / "seeds.json"


@functools.cache
def seeds_comparison() -> Comparison:
    seeds = need_shared("seeds")
    return compare(seeds / "000_43609836e1b9b3c0.txt", seeds / "001_0606f60f08f8ff19.txt")


def _pairs(c: Comparison) -> list[tuple[str, str]]:
    return [(al.a.text_of(c.a.article.text), al.b.text_of(c.b.article.text)) for al in c.alignments]


def _aligned(c: Comparison, a_words: str, b_words: str) -> bool:
    return any(a_words in a and b_words in b for a, b in _pairs(c))


def golden_view(c: Comparison) -> dict:
    data = comparison_dict(c)
    return {
        "verdict": {k: data["verdict"][k] for k in ("relation", "direction")},
        "alignments": [{"a": al["a"]["text"], "b": al["b"]["text"], "kind": al["kind"]} for al in data["alignments"]],
        "changes": [{"kind": ch["kind"], "a": ch["a"]["text"], "b": ch["b"]["text"]} for ch in data["changes"]],
        "a_credits": data["a"]["credits"],
    }


def test_seeds_are_derived_not_independent():
    c = seeds_comparison()
    assert c.verdict.relation in DERIVED_RELATIONS
    assert c.verdict.relation not in ("same_story", "unrelated")


def test_the_passages_a_reader_would_pair_are_aligned():
    c = seeds_comparison()
    assert _aligned(c, "We are building up our defence lines", "We are reinforcing our guards")
    assert _aligned(c, "totally stupid, groundless fabrications", "totally moronic, unjustifiable creations")
    assert _aligned(c, "increasing defenses along its northern border", "fortifying its border defenses")
    assert _aligned(c, "three-and-a-half years", "three and a half years")
    assert _aligned(c, "joint military exercises", "military drills") or _aligned(
        c, "only for military exercises", "joint military exercises")


def test_the_drifted_name_and_quote_are_reported():
    c = seeds_comparison()
    changes = {(ch.kind, ch.a.text_of(c.a.article.text), ch.b.text_of(c.b.article.text)) for ch in c.changes}
    assert any(kind == "name" and "Yenin" in a and "Yemen" in b for kind, a, b in changes)
    assert any(kind == "quote" and "stupid" in a and "moronic" in b for kind, a, b in changes)


def test_chrome_is_gone_credits_kept_and_the_repeat_kept_once():
    c = seeds_comparison()
    for text in (c.a.article.text, c.b.article.text):
        for chrome in ("Subscribe Us", "header ads", "Post a Comment", "Related articles", "Editor's choice"):
            assert chrome not in text
    assert "source: commonspace.eu with BBC" in c.a.article.credits
    assert c.b.article.text.count("Just days before Russia's full-scale invasion") == 1


def test_the_spun_seed_reads_as_more_spun():
    c = seeds_comparison()
    assert c.spin_b > c.spin_a


def test_golden_file_matches():
    view = golden_view(seeds_comparison())
    if os.environ.get("UNSPUN_REFRESH_GOLDEN"):
        GOLDEN.write_text(json.dumps(view, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    assert GOLDEN.exists(), "no golden file: run UNSPUN_REFRESH_GOLDEN=1 pytest tests/test_seeds.py once"
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert {k: view[k] for k in ("verdict", "changes", "a_credits")} == {
        k: golden[k] for k in ("verdict", "changes", "a_credits")
    }
    # onnxruntime's int8 kernels differ by CPU instruction set (AVX2 here, AVX-512 VNNI elsewhere): cosines move
    # by ~1e-3, which can flip one borderline meaning-only passage. More than one differing passage is a change.
    passages = {json.dumps(al, sort_keys=True) for al in view["alignments"]}
    expected = {json.dumps(al, sort_keys=True) for al in golden["alignments"]}
    assert len(passages ^ expected) <= 1, sorted(passages ^ expected)
