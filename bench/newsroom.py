"""The newsroom fixture (``tests/fixtures/newsroom``: 36 hand-written articles, truth decided first) through the
command line as a user runs it: ``unspun index``, ``unspun stories --format json`` and ``trace`` of every copy,
summary and rewrite, scored against ``truth.json`` on the fitted events and on the held-out ones apart.

``python -m bench.newsroom [--undated] [--precise]``: ``--undated`` hides every publication date first (datelines
in the text stay), ``--precise`` indexes with MiniLM alignment. Prints each failure, then the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from bench.common import PROJECT_ROOT
from bench.corpus import bcubed

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "newsroom"
PARTS = ("fit", "held-out")


def load_truth() -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, str]]:
    """The records, the truth, and the event of each article id."""
    records = [json.loads(line) for line in (FIXTURE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    truth = json.loads((FIXTURE / "truth.json").read_text(encoding="utf-8"))
    return records, truth, {a: e for e, members in truth["events"].items() for a in members}


def cli(*args: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "unspun", *args], env=env, check=True, capture_output=True,
                          text=True).stdout


def story_scores(stories: dict[str, Any], event_of: dict[str, str], part_of: dict[str, str]) -> dict[str, Any]:
    """B-cubed P/R/F1 over each part's articles (stories over the whole corpus), and the stories that are wrong."""
    predicted = {a: s["id"] for s in stories["stories"] for a in s["articles"]}
    out: dict[str, Any] = {}
    for part in PARTS:
        chosen = [a for a in event_of if part_of[a] == part]
        out[part] = bcubed([predicted[a] for a in chosen], [event_of[a] for a in chosen])
    sizes = Counter(event_of.values())
    out["wrong"] = [members for members in (s["articles"] for s in stories["stories"])
                    if len({event_of[a] for a in members}) > 1 or len(members) != sizes[event_of[members[0]]]]
    return out


def link_scores(db: Path, truth: dict[str, Any], part_of: dict[str, str]) -> dict[str, Counter[str]]:
    """Per part: each true derivation found as a derived verdict (and with the right direction), missed (judged
    otherwise, or never compared); and derived verdicts between articles the truth does not derive."""
    from unspun.model import DERIVED_RELATIONS
    from unspun.store.sqlite import Store

    with Store(db, create=False) as store:
        ids = {m.pk: m.id for m in store.metas()}
        verdicts = {(ids[p.a], ids[p.b]): p.verdict for p in store.pairs()}
    gold = {(d["source"], d["copy"]) for d in truth["derived"]}
    sources = {c: s for s, c in gold}
    counts: dict[str, Counter[str]] = {part: Counter() for part in PARTS}
    for source, copy in sorted(gold):
        part = counts[part_of[source]]
        forward, backward = verdicts.get((source, copy)), verdicts.get((copy, source))
        verdict, wanted = (forward, "a_to_b") if forward is not None else (backward, "b_to_a")
        if verdict is None or verdict.relation not in DERIVED_RELATIONS:
            part["missed, not compared" if verdict is None else "missed, judged " + verdict.relation] += 1
            print(f"  missed {source} → {copy}: {verdict.relation if verdict else 'never compared'}")
            continue
        part["found"] += 1
        part["direction right"] += verdict.direction == wanted
        if verdict.direction != wanted:
            print(f"  direction {source} → {copy}: {verdict.relation} {verdict.direction}, wanted {wanted}")
    for (a, b), verdict in sorted(verdicts.items()):
        siblings = sources.get(a) is not None and sources.get(a) == sources.get(b)
        if verdict.relation in DERIVED_RELATIONS and not ({(a, b), (b, a)} & gold) and not siblings:
            counts[part_of[a]]["wrong link"] += 1
            print(f"  wrong link {a} ~ {b}: {verdict.relation} {verdict.direction}")
    return counts


def trace_scores(db: Path, records: list[dict[str, Any]], truth: dict[str, Any], part_of: dict[str, str],
                 folder: Path) -> dict[str, Counter[str]]:
    """Per part: ``unspun trace`` of every copy lists its source first, lists it lower, or not at all; and how
    often the source's direction says it is the source."""
    by_id = {r["id"]: r for r in records}
    counts: dict[str, Counter[str]] = {part: Counter() for part in PARTS}
    for d in truth["derived"]:
        query = folder / f"{d['copy']}.json"
        query.write_text(json.dumps(by_id[d["copy"]]), encoding="utf-8")
        matches = json.loads(cli("trace", str(query), "--db", str(db), "--format", "json"))["matches"]
        found = [m for m in matches if m["id"] == d["source"]]
        first = bool(matches) and matches[0]["id"] == d["source"]
        status = "source first" if first else "source lower" if found else "source missing"
        part = counts[part_of[d["source"]]]
        part[status] += 1
        part["source's direction right"] += bool(found) and found[0]["direction"] == "b_to_a"
        if status != "source first":
            print(f"  trace {d['copy']}: {status}; {[(m['id'], m['relation'], m['direction']) for m in matches]}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.newsroom", description=__doc__)
    parser.add_argument("--undated", action="store_true", help="hide every publication date")
    parser.add_argument("--precise", action="store_true", help="index with MiniLM alignment")
    args = parser.parse_args()
    records, truth, event_of = load_truth()
    if args.undated:
        records = [{**r, "published": None} for r in records]
    held = set(truth["held_out_events"])
    part_of = {a: "held-out" if e in held else "fit" for a, e in event_of.items()}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        feed, db = folder / "articles.jsonl", folder / "newsroom.db"
        feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        cli("index", str(feed), "--db", str(db), "--workers", "1", *(["--precise"] if args.precise else []))
        stories = story_scores(json.loads(cli("stories", "--db", str(db), "--format", "json")), event_of, part_of)
        for wrong in stories["wrong"]:
            print(f"  wrong story {wrong}")
        links = link_scores(db, truth, part_of)
        traces = trace_scores(db, records, truth, part_of, folder)
    for part in PARTS:
        s = stories[part]
        print(f"{part}: stories B-cubed P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}; "
              f"links {dict(links[part])}; traces {dict(traces[part])}")


if __name__ == "__main__":
    main()
