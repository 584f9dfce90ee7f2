"""The single-text spin score against genuine and spun texts, without the rest of the Judge suite.

Tables: (1) per source, the held-out half of ``bench.genuine`` (the Judge suite's spin table,
``bench.judge.spin_by_source``); (2) per length, the held-out texts cut to their openings (``bench.genuine.opening``)
and their spun copies, all sources together and each source; (3) texts written by people for the project's
fixtures: every genuine one (flagged count and the flagged files), the hand-spun ones, and the shipped seeds; (4) texts
written for the project in other languages and English texts quoting them (``tests/fixtures/spin_languages``): which
are scored; (5) texts of the sources a person read as spun in the wild (``bench.genuine.SPUN_IN_THE_WILD``), left out
of (1) and (2). ``--why``: every held-out genuine text flagged (whole or an opening) with what accuses it, each
feature's logits above a genuine text's (``contributions``) and its rare words; ``--trade``: the operating point made
stricter by 0 to 1.5 logits, held-out genuine flagged per source against spun copies found (the price of meeting the
goal by the threshold alone).
Run: ``PYTHONPATH=src .venv/bin/python -m bench.spin_check [--per-source N] [--shared DIR] [--why] [--trade]``.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from bench.fit_spin import OPENING_WORDS, RATES
from bench.genuine import SPUN_IN_THE_WILD, genuine_texts, is_test, opening, wild_spun_texts
from bench.judge import SPIN_PER_SOURCE, flagged_share, spin_by_source
from bench.spinner import PROJECT_ROOT, Spinner, shared_dir
from unspun.config import SPIN_DEFAULT, SpinConfig
from unspun.ingest.segment import segment
from unspun.model import Article
from unspun.pair.spin import SpinCounts, spin_counts, spin_score, spin_score_of, spin_shares, spin_weights
from unspun.text import lexicon
from unspun.text.tokens import word_spans
from unspun.text.wordlists import FUNCTION_WORDS

FIXTURES = PROJECT_ROOT / "tests" / "fixtures"
# Fixture folders that hold no English text written as a genuine article (other languages; a corpus built with
# a spun member) are left out; a file named *spun* is a hand-spun copy.
NOT_GENUINE_FOLDERS = ("corpus", "languages", "spin_languages")
LANGUAGES = FIXTURES / "spin_languages"


def score(text: str) -> float | None:
    return spin_score(segment(Article("x", text)))


def by_length(shared: Path, per_source: int) -> list[list[Any]]:
    """Held-out texts cut to each opening length, all sources together and then each source (the goal is per source,
    short texts included): [length, source ("all" first), texts, genuine flagged, then per spin rate spun flagged]."""
    spinner = Spinner(shared)
    held = [g for g in genuine_texts(shared, per_source) if is_test(g)]
    rows = []
    for length in OPENING_WORDS:
        cut = [(k, g.source, text) for k, g in enumerate(held) if (text := opening(g.text, length)) is not None]
        scored = [(source, score(t), [score(spinner.spin(t, rate, seed=k).text) for rate in RATES])
                  for k, source, t in cut]
        for source in ("all", *sorted({source for source, _, _ in scored})):
            chosen = [(s, spun) for src, s, spun in scored if source in ("all", src)]
            genuine = [s for s, _ in chosen]
            row: list[Any] = [length, source, len(chosen), flagged_share(genuine)]
            row += [flagged_share([spun[i] for _, spun in chosen]) for i in range(len(RATES))]
            rows.append(row)
    return rows


def contributions(counts: SpinCounts, config: SpinConfig = SPIN_DEFAULT) -> dict[str, float]:
    """What each feature adds to a text's logit beyond what a text at the genuine priors gets (weight × (share −
    prior)), largest first: which evidence accuses it (a writer's rare words, an article slip, odd word pairs)."""
    priors = {"rare_words": config.prior_rare_words, "odd_collocations": config.prior_odd_collocations,
              "weak_collocations": config.prior_weak_collocations, "wrong_articles": config.prior_wrong_articles}
    shares = spin_shares(counts, config)
    added = {name: weight * (shares[name] - priors[name]) for name, weight in spin_weights(config).items()}
    return dict(sorted(added.items(), key=lambda item: -item[1]))


def rare_words(text: str, config: SpinConfig = SPIN_DEFAULT) -> list[str]:
    """The distinct plain content words of ``text`` the score counts as rare, rarest first (every sentence read as
    English: a diagnostic, not the score's own count)."""
    frequency = lexicon.word_zipf_table()
    found = {w for w, _, _ in word_spans(text) if w.isalpha() and w.islower() and w not in FUNCTION_WORDS
             and 0.0 < frequency.get(w, 0.0) < config.rare_word_max_zipf}
    return sorted(found, key=lambda w: (frequency.get(w, 0.0), w))


@dataclasses.dataclass(frozen=True, slots=True)
class Scored:
    """A held-out text (genuine or spun) as the score read it."""

    source: str
    item_id: str
    length: int  # 0: the whole text, else the opening's words
    rate: float  # 0: genuine
    counts: SpinCounts
    text: str


def held_out(shared: Path, per_source: int) -> list[Scored]:
    """Every held-out genuine text, whole and cut to its openings, and its spun copies, with the seeds the tables
    above use (whole texts: the index within their source, as ``bench.judge.spin_by_source``; openings: the index
    among all held-out texts, as ``by_length``)."""
    spinner = Spinner(shared)
    held = [g for g in genuine_texts(shared, per_source) if is_test(g)]
    seeds = {g.id: k for source in sorted({g.source for g in held})
             for k, g in enumerate(g for g in held if g.source == source)}
    out = []
    for k, g in enumerate(held):
        for length in (0, *OPENING_WORDS):
            base = g.text if length == 0 else opening(g.text, length)
            if base is None:
                continue
            seed = seeds[g.id] if length == 0 else k
            for rate in (0.0, *RATES):
                text = base if rate == 0.0 else spinner.spin(base, rate, seed=seed).text
                out.append(Scored(g.source, g.id, length, rate, spin_counts(segment(Article(g.id, text))), text))
    return out


def trade(scored: list[Scored], stricter: float, config: SpinConfig = SPIN_DEFAULT) -> tuple[dict, dict]:
    """At the operating point moved ``stricter`` logits up: genuine (flagged, texts) per (source, length), and spun
    (found, copies) per (length, rate)."""
    moved = dataclasses.replace(config, bias=config.bias - stricter)
    genuine: Counter = Counter()
    spun: Counter = Counter()
    for item in scored:
        score = spin_score_of(item.counts, moved)
        if score is None:
            continue
        key = (item.source, item.length) if item.rate == 0.0 else (item.length, item.rate)
        table = genuine if item.rate == 0.0 else spun
        table[(*key, "n")] += 1
        table[(*key, "flagged")] += score >= 0.5
    return ({key[:2]: (genuine[(*key[:2], "flagged")], genuine[key]) for key in genuine if key[2] == "n"},
            {key[:2]: (spun[(*key[:2], "flagged")], spun[key]) for key in spun if key[2] == "n"})


def print_why(scored: list[Scored]) -> None:
    print("\n| source | text | length | score | logits above a genuine text's, largest first "
          "| rare words, rarest first |\n|---|---|---|---|---|---|")
    for item in scored:
        score = spin_score_of(item.counts)
        if item.rate == 0.0 and score is not None and score >= 0.5:
            added = ", ".join(f"{name} {value:+.2f}" for name, value in contributions(item.counts).items())
            print(f"| {item.source} | {item.item_id} | {item.length or 'whole'} | {score:.2f} | {added} | "
                  f"{' '.join(rare_words(item.text)[:20])} |")


def print_trade(scored: list[Scored]) -> None:
    print("\n| stricter by (logits) | genuine flagged over 2% (source, length) | worst whole / 120 / 250 "
          "| spun found 15 / 30 / 60%, whole | 120 | 250 |\n|---|---|---|---|---|---|")
    for stricter in (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5):
        genuine, spun = trade(scored, stricter)
        over = "; ".join(f"{source} {length or 'whole'} {f}/{n}" for (source, length), (f, n) in sorted(genuine.items())
                         if f > 0.02 * n) or "none"
        worst = " / ".join(f"{max(f / n for (_, ln), (f, n) in genuine.items() if ln == length):.3f}"
                           for length in (0, *OPENING_WORDS))
        found = " | ".join("/".join(f"{spun[(length, rate)][0] / spun[(length, rate)][1]:.3f}" for rate in RATES)
                           for length in (0, *OPENING_WORDS))
        print(f"| {stricter} | {over} | {worst} | {found} |")


def fixture_texts() -> tuple[list[Path], list[Path]]:
    """(genuine, hand-spun) fixture texts written by people for the project."""
    paths = sorted([*FIXTURES.glob("*/*.txt"), *FIXTURES.glob("short_rewrites/long/*.txt")])
    paths = [p for p in paths if p.parent.name not in NOT_GENUINE_FOLDERS]
    spun = [p for p in [*paths, *FIXTURES.glob("corpus/*spun*.txt")] if "spun" in p.name]
    return [p for p in paths if "spun" not in p.name], sorted(spun)


def fixture_scores(paths: list[Path]) -> list[tuple[float | None, str]]:
    from unspun.api import extract

    return [(spin_score(segment(extract(p))), _name(p)) for p in paths]


def _name(path: Path) -> str:
    return str(path.relative_to(PROJECT_ROOT)) if path.is_relative_to(PROJECT_ROOT) else path.name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-source", type=int, default=SPIN_PER_SOURCE)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more genuine texts to score")
    parser.add_argument("--why", action="store_true", help="only: what accuses each flagged held-out genuine text")
    parser.add_argument("--trade", action="store_true", help="only: held-out flagged and found at stricter points")
    args = parser.parse_args()
    shared = args.shared or shared_dir()
    if args.why or args.trade:
        scored = held_out(shared, args.per_source)
        if args.why:
            print_why(scored)
        if args.trade:
            print_trade(scored)
        return
    print("| source | genuine | genuine flagged | AUC 15% | flagged 15% | AUC 30% | flagged 30% | AUC 60% "
          "| flagged 60% | genuine unscored |\n|---|---|---|---|---|---|---|---|---|---|")
    rows = spin_by_source(shared, args.per_source)
    for r in rows:
        print(f"| {r[0]} | {r[1]} | " + " | ".join(f"{v:.3f}" for v in r[2:]) + " |")
    print(f"mean genuine flagged {np.mean([r[2] for r in rows]):.3f}, max {max(r[2] for r in rows):.3f}\n")
    print("| opening words | source | texts | genuine flagged | flagged 15% | flagged 30% | flagged 60% |\n"
          "|---|---|---|---|---|---|---|")
    for r in by_length(shared, args.per_source):
        print(f"| {r[0]} | {r[1]} | {r[2]} | {round(r[3] * r[2])} ({r[3]:.3f}) | "
              + " | ".join(f"{v:.3f}" for v in r[4:]) + " |")
    print("\ntexts of the sources a person read as machine-spun (bench.genuine.SPUN_IN_THE_WILD), not counted above")
    for item in wild_spun_texts(shared, args.per_source):
        read = " / ".join("-" if (text := item.text if length == 0 else opening(item.text, length)) is None
                            else f"{score(text):.3f}" for length in (0, *OPENING_WORDS))
        print(f"  {item.source}/{item.id} whole / {' / '.join(map(str, OPENING_WORDS))} words: {read} "
              f"({SPUN_IN_THE_WILD[f'{item.source}/{item.id}']})")
    genuine, spun = fixture_texts()
    for label, paths in (("genuine fixtures", genuine), ("hand-spun fixtures", spun), ("extra genuine", args.extra),
                         ("seeds", sorted((shared / "seeds").glob("*.txt"))),
                         ("other languages and English quoting them", sorted(LANGUAGES.glob("*.txt")))):
        scores = fixture_scores(paths)
        flagged = sorted((s, name) for s, name in scores if s is not None and s >= 0.5)
        unscored = sum(s is None for s, _ in scores)
        print(f"\n{label}: {len(flagged)} of {len(scores)} flagged, {unscored} not scored")
        listed = label in ("seeds", "hand-spun fixtures", "other languages and English quoting them")
        for s, name in (scores if listed else flagged[::-1]):
            print(f"  {'not scored' if s is None else f'{s:.3f}'} {name}")


if __name__ == "__main__":
    main()
