"""``python -m bench.teaser_store [--folder DIR] [--which all|fit|held_out] [--without-specific-keys] [--json OUT]``:
teasers
and short summaries found in a store.

Every text of ``tests/fixtures/teaser_store/`` (articles, their teasers and summaries written in other words, near-topic
distractors, unrelated briefs; truth in ``pairs.json``: the ``rewrite`` pairs name each answer's article) is indexed
into one store; each answer is then traced. Per answer: whether its article is a candidate (and its rank among the
candidates), whether the trace lists it, whether it is listed first, and the other texts the trace lists (every one a
false link: no answer derives from anything but its article). ``held_out`` answers were never looked at while fixing.
``--without-specific-keys``: the store made with specific keys and their candidate rule off
(``FingerprintConfig.specific_keys``, on by default since cond50), as stores made before them are.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import md_table

FOLDER = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "teaser_store"


@dataclass(frozen=True, slots=True)
class Outcome:
    answer: str
    article: str
    held_out: bool
    candidates: int  # the answer's candidates in the store
    candidate_rank: int  # its article's rank among them (0: not a candidate)
    relation: str  # the trace's verdict on the article ("not listed")
    first: bool  # the article is the trace's first match
    false_links: tuple[str, ...]  # other texts the trace lists

    @property
    def right(self) -> bool:
        return self.first and not self.false_links


def answers(folder: Path) -> list[tuple[str, str, bool]]:
    """(answer file, its article's file, held out) of every ``rewrite`` pair of the truth."""
    pairs = json.loads((folder / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    return [(p["b"], p["a"], p["held_out"]) for p in pairs if "rewrite" in p["relation"]]


def engine_without_specific_keys():
    """The corpus engine with specific keys and their candidate rule off (``FingerprintConfig.specific_keys``)."""
    from dataclasses import replace

    from unspun.config import DEFAULT_SETTINGS
    from unspun.pair.engine import PairEngine

    settings = replace(DEFAULT_SETTINGS, fingerprint=replace(DEFAULT_SETTINGS.fingerprint, specific_keys=False),
                       candidates=replace(DEFAULT_SETTINGS.candidates, specific_min_shared=0))
    return PairEngine(settings, precise=False)


def traced(folder: Path = FOLDER, which: str = "all", specific: bool = True) -> Iterator[Outcome]:
    from unspun.api import index, trace
    from unspun.corpus.fingerprint import fingerprint
    from unspun.ingest.segment import segment
    from unspun.model import RawRecord
    from unspun.run.pool import store_engine
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    texts = {path.name: path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))}
    with tempfile.TemporaryDirectory() as name:
        feed, db = Path(name) / "feed.jsonl", Path(name) / "store.db"
        feed.write_text("".join(json.dumps({"id": key, "text": text}) + "\n" for key, text in texts.items()),
                        encoding="utf-8")
        chosen = None if specific else engine_without_specific_keys()
        index([feed], db, chosen, workers=1)
        with Store(db, create=False) as store:
            engine = store_engine(store, chosen)
            found_index = load_index(store, engine.settings)
            ids = {m.pk: m.id for m in store.metas()}
            own = {m.id: m.pk for m in store.metas()}
        for answer, article, held_out in answers(folder):
            if which != "all" and held_out != (which == "held_out"):
                continue
            seg = segment(engine.extract(RawRecord(answer, texts[answer])), engine.config)
            fp = fingerprint(seg, engine.static, engine.settings.fingerprint, None, engine.settings.text)
            listed = [ids[c.pk] for c in found_index.query(fp, exclude=frozenset({own[answer]}))]
            matches = trace(RawRecord(answer, texts[answer]), db, engine).matches
            relation = next((m.relation for m in matches if m.id == article), "not listed")
            yield Outcome(answer, article, held_out, len(listed),
                          listed.index(article) + 1 if article in listed else 0, relation,
                          bool(matches) and matches[0].id == article,
                          tuple(m.id for m in matches if m.id != article))


def table(outcomes: list[Outcome]) -> str:
    rows = [[o.answer, "yes" if o.held_out else "no", str(o.candidates), str(o.candidate_rank or "—"), o.relation,
             "yes" if o.first else "no", ", ".join(o.false_links) or "—", "ok" if o.right else "WRONG"]
            for o in outcomes]
    per_answer = md_table(["answer", "held out", "candidates", "article's rank", "relation", "first",
                           "false links", "unspun"], rows)
    summary = []
    for part, held in (("fit", False), ("held out", True)):
        chosen = [o for o in outcomes if o.held_out is held]
        if chosen:
            summary.append([part, str(len(chosen)), str(sum(o.candidate_rank > 0 for o in chosen)),
                            str(sum(o.relation != "not listed" for o in chosen)), str(sum(o.first for o in chosen)),
                            str(sum(len(o.false_links) for o in chosen)), str(sum(o.right for o in chosen))])
    return "\n\n".join([per_answer, md_table(["part", "answers", "candidate", "listed", "first", "false links",
                                              "right"], summary)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=FOLDER)
    parser.add_argument("--which", choices=("all", "fit", "held_out"), default="all")
    parser.add_argument("--without-specific-keys", action="store_true", help="make the store with specific keys off")
    parser.add_argument("--json", type=Path, help="also write every outcome as JSON Lines")
    args = parser.parse_args()
    outcomes = list(traced(args.folder, args.which, not args.without_specific_keys))
    print(table(outcomes))
    if args.json:
        args.json.write_text("".join(json.dumps(asdict(o)) + "\n" for o in outcomes), encoding="utf-8")


if __name__ == "__main__":
    main()
