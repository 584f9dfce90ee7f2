"""Part of an article reused in another: does the corpus (``unspun index``, ``trace``) find it?

Cases are built from the BBC set (read from ``../shared/data``, never copied): a donor article of 600–1,200 words
gives one passage (BBC paragraphs joined to 60–150 words, one paragraph where it lands), or two far apart, to a
host article of 300–1,500 words of the same BBC category (an unrelated story of the same source):

- ``verbatim``: a passage from the donor's middle, inserted in the host's middle, word for word
- ``light``: the same, lightly edited (the seeded spinner at 10% of its words)
- ``spun``: the same, spun at 30%
- ``start_to_end``: the donor's opening passage, at the end of the host
- ``end_to_start``: the donor's closing passage, at the start of the host
- ``two_far``: a passage from the donor's first third and one from its last third, at a quarter and three
  quarters of the host
- ``summary``: a three-to-five-sentence summary of the whole donor (``bench.summaries.make_summary``, spun at
  30%), as one paragraph in the host's middle

Donors are split by their position in the sorted donor list: even ones are the fit half (thresholds may be chosen
on them), odd ones held out. Every host is dated a day after its donor (a rights team's copies come later) and
is another outlet's (nine sites); donors and distractors are the BBC's.

Two measures:
- candidates (``--candidates``, the library only): the articles prepared as ``index`` prepares them, added to a
  ``CandidateIndex`` in feed order; each host queries before it is added (``index``'s direction), and once all are
  in, each donor queries (``trace`` of the donor). Recall of the donor–host pair both ways, candidates per query.
- links (default): the feed indexed with ``unspun.index`` into a store, then: the stored verdict of each
  donor–host pair (``partial_reuse`` and direction ``a_to_b``, the donor first; ``b_to_a``: the host first, wrong),
  and ``trace`` of each donor:
  is the host listed, as ``partial_reuse``, as its copy.

``--footers`` closes every article with its site's furniture (a byline box, a newsletter prompt, a legal footer:
``FOOTER``), shared by all of a site's articles and by nothing else.

``--undated`` drops every publication date (direction from the texts alone).

``python -m bench.paragraph_reuse [--candidates] [--footers] [--undated] [--donors N] [--distractors N] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import DEFAULT_SHARED, md_table

KINDS = ("verbatim", "light", "spun", "start_to_end", "end_to_start", "two_far", "summary")
HALVES = ("fit", "held-out")
SEED = 31
SITE = "bbc.co.uk"


@dataclass(frozen=True)
class Case:
    donor: str  # the donor's record id
    host: str  # the host's record id (the article made here)
    kind: str
    half: str


def body_paragraphs(text: str) -> tuple[str, list[str]]:
    """A BBC file's headline and its body paragraphs (one per line)."""
    title, _, body = text.partition("\n")
    return title.strip(), [" ".join(p.split()) for p in body.split("\n") if p.strip()]


def word_count(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def passage_at(paragraphs: list[str], start: int, least: int = 60, most: int = 150) -> str | None:
    """Consecutive paragraphs from ``start`` joined into one of ``least``–``most`` words, or None."""
    taken: list[str] = []
    for paragraph in paragraphs[start:]:
        if word_count(taken) + len(paragraph.split()) > most:
            break
        taken.append(paragraph)
        if word_count(taken) >= least:
            return " ".join(taken)
    return None


def passage_near(
    paragraphs: list[str], share: float, rng: random.Random, least: int = 60, most: int = 150
) -> str | None:
    """A passage starting near ``share`` of the way through, the first that fits looking outwards."""
    middle = min(len(paragraphs) - 1, int(share * len(paragraphs)))
    order = sorted(range(len(paragraphs)), key=lambda k: (abs(k - middle), rng.random()))
    for start in order:
        found = passage_at(paragraphs, start, least, most)
        if found:
            return found
    return None


def closing_passage(paragraphs: list[str]) -> str | None:
    """The last paragraphs joined to 60–150 words."""
    taken: list[str] = []
    for paragraph in reversed(paragraphs):
        if word_count(taken) + len(paragraph.split()) > 150:
            return None
        taken.insert(0, paragraph)
        if word_count(taken) >= 60:
            return " ".join(taken)
    return None


def inserted(host: list[str], passages: list[tuple[float, str]]) -> list[str]:
    """``host`` with each passage put at its share of the way through (0: first, 1: last)."""
    out = list(host)
    for share, passage in sorted(passages, reverse=True):
        out.insert(round(share * len(host)), passage)
    return out


# A site's furniture, closing every article it publishes (written for this bench): its byline box, newsletter
# prompt and legal footer, ~60 words, more passage hashes than a lifted paragraph needs.
FOOTER = ("Reporting by the {site} newsroom. Sign up to our newsletter to get the latest news, sport and business "
          "stories delivered to your inbox every morning, and follow us on social media. Copyright {site} Media "
          "Limited, registered in England and Wales. All rights reserved; no part of this article may be reproduced "
          "without the written permission of the publisher.")


def with_footers(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every record with its site's footer as its last paragraph."""
    return [{**r, "text": r["text"] + "\n\n" + FOOTER.format(site=r["site"])} for r in records]


def make_cases(
    shared: Path, donors: int, distractors: int, seed: int = SEED
) -> tuple[list[dict[str, Any]], list[Case]]:
    """The feed (JSON records in index order: distractors and donors, then hosts) and the cases."""
    from bench.spinner import Spinner
    from bench.summaries import make_summary
    from bench.synth import bbc_texts

    rng = random.Random(seed)
    texts = bbc_texts(shared)
    by_id = dict(texts)
    sized = {i: word_count(body_paragraphs(t)[1]) for i, t in texts}
    donor_ids = sorted(i for i, n in sized.items() if 600 <= n <= 1200)
    rng.shuffle(donor_ids)
    donor_ids = sorted(donor_ids[:donors])
    spinner = Spinner(shared)
    used = set(donor_ids)
    hosts_of: dict[str, list[str]] = defaultdict(list)
    for i, n in sorted(sized.items()):
        if 300 <= n <= 1500 and i not in used:
            hosts_of[i.split("/")[0]].append(i)
    for pool in hosts_of.values():
        rng.shuffle(pool)
    records: list[dict[str, Any]] = []
    cases: list[Case] = []
    host_records: list[dict[str, Any]] = []
    for k, donor in enumerate(donor_ids):
        half = HALVES[k % 2]
        title, paragraphs = body_paragraphs(by_id[donor])
        records.append({"id": donor, "title": title, "text": "\n\n".join(paragraphs), "site": SITE,
                        "published": "2026-01-10"})
        middle = passage_near(paragraphs, 0.5, rng)
        first, last = passage_at(paragraphs, 0), closing_passage(paragraphs)
        early, late = passage_near(paragraphs, 0.15, rng, 60, 120), passage_near(paragraphs, 0.85, rng, 60, 120)
        summary = make_summary(donor, by_id[donor], 0.3, seed + k, spinner)
        summary_text = " ".join(summary.summary.split()) if summary is not None else None
        plans: dict[str, list[tuple[float, str]] | None] = {
            "verbatim": [(0.5, middle)] if middle else None,
            "light": [(0.5, spinner.spin(middle, 0.1, seed + k).text)] if middle else None,
            "spun": [(0.5, spinner.spin(middle, 0.3, seed + k).text)] if middle else None,
            "start_to_end": [(1.0, first)] if first else None,
            "end_to_start": [(0.0, last)] if last else None,
            "two_far": [(0.25, early), (0.75, late)] if early and late and early != late else None,
            "summary": [(0.5, summary_text)] if summary_text else None,
        }
        category = donor.split("/")[0]
        for kind, plan in plans.items():
            if plan is None or not hosts_of[category]:
                continue
            host = hosts_of[category].pop()
            used.add(host)
            host_title, host_paragraphs = body_paragraphs(by_id[host])
            host_id = f"{host}+{kind}<{donor}"
            host_records.append({"id": host_id, "title": host_title, "site": f"outlet{len(cases) % 9}.example",
                                 "published": "2026-01-11",
                                 "text": "\n\n".join(inserted(host_paragraphs, plan))})
            cases.append(Case(donor, host_id, kind, half))
    rest = [i for i, _ in texts if i not in used]
    rng.shuffle(rest)
    for i in sorted(rest[:distractors]):
        title, paragraphs = body_paragraphs(by_id[i])
        records.append({"id": i, "title": title, "text": "\n\n".join(paragraphs), "site": SITE,
                        "published": "2026-01-10"})
    return records + host_records, cases


# --- candidates -------------------------------------------------------------------------------------


def candidate_recall(records: list[dict[str, Any]], cases: list[Case]) -> dict[str, Any]:
    """Each case's pair found as a candidate: the host querying the index of the articles before it, and the
    donor querying the whole index; candidates per query."""
    from unspun.corpus.candidates import CandidateIndex
    from unspun.model import RawRecord
    from unspun.run.pool import Hashed, Prepared, corpus_engine, prepare

    engine = corpus_engine()
    items = [Hashed(RawRecord(r["id"], r["text"], "text", title=r["title"], published=r["published"],
                              site=r["site"]), r["id"]) for r in records]
    prepared = [p for p in prepare(items, engine) if isinstance(p, Prepared)]
    key = {p.article.id: k for k, p in enumerate(prepared)}
    index = CandidateIndex(engine.settings.candidates)
    found_by_host: dict[str, set[int]] = {}
    hosts = {c.host for c in cases}
    sizes = []
    started = time.process_time()
    for k, p in enumerate(prepared):
        got = index.query(p.fp)
        if p.article.id in hosts:
            found_by_host[p.article.id] = {c.pk for c in got}
        sizes.append(len(got))
        index.add([(k, p.fp.stored)])
    seconds = time.process_time() - started
    donor_sizes = []
    by_donor: dict[str, set[int]] = {}
    for donor in sorted({c.donor for c in cases}):
        got = index.query(prepared[key[donor]].fp, exclude=frozenset({key[donor]}))
        by_donor[donor] = {c.pk for c in got}
        donor_sizes.append(len(got))
    rows: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for c in cases:
        row = rows[(c.half, c.kind)]
        row["cases"] += 1
        row["host finds donor"] += key[c.donor] in found_by_host.get(c.host, set())
        row["donor finds host"] += key[c.host] in by_donor[c.donor]
    return {"rows": rows, "mean candidates (index)": sum(sizes) / max(1, len(sizes)),
            "mean candidates (donor trace)": sum(donor_sizes) / max(1, len(donor_sizes)),
            "search CPU s": round(seconds, 2), "articles": len(prepared)}


# --- links ------------------------------------------------------------------------------------------


def link_recall(records: list[dict[str, Any]], cases: list[Case], workers: int = 1) -> dict[str, Any]:
    """The feed through ``unspun.index`` and ``trace`` of each donor: verdicts and trace listings."""
    import unspun
    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord
    from unspun.run.indexer import trace_article
    from unspun.run.pool import corpus_engine
    from unspun.store.candidate_index import load_index
    from unspun.store.sqlite import Store

    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.jsonl"
        feed.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
        db = Path(folder) / "store.db"
        started = time.perf_counter()
        summary = unspun.index([str(feed)], db, workers=workers)
        index_seconds = time.perf_counter() - started
        by_id = {r["id"]: r for r in records}
        engine = corpus_engine()
        rows: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        wrong: Counter[str] = Counter()
        with Store(db, create=False) as store:
            ids = {m.pk: m.id for m in store.metas()}
            verdicts = {(ids[p.a], ids[p.b]): p.verdict for p in store.pairs()}
            index = load_index(store, engine.settings)
            traced = {}
            for donor in sorted({c.donor for c in cases}):
                r = by_id[donor]
                article = extract_record(RawRecord(donor, r["text"], "text", title=r["title"],
                                                   published=r["published"], site=r["site"]))
                traced[donor] = {m.id: m for m in trace_article(store, article, index, engine).matches}
        for c in cases:
            row = rows[(c.half, c.kind)]
            row["cases"] += 1
            v = verdicts.get((c.donor, c.host))
            if v is not None and v.relation in ("partial_reuse", "near_duplicate", "rewrite", "spun_copy"):
                row["linked"] += 1
                row["partial_reuse"] += v.relation == "partial_reuse"
                row["a_to_b"] += v.direction == "a_to_b"
                row["b_to_a"] += v.direction == "b_to_a"  # the host first: a wrong direction
            elif v is not None:
                wrong[f"{c.kind}: {v.relation}"] += 1
            m = traced[c.donor].get(c.host)
            row["trace lists host"] += m is not None
            as_copy = m is not None and m.relation == "partial_reuse" and m.direction == "a_to_b"
            row["trace partial_reuse, copy"] += as_copy
        hosts = {c.host: c.donor for c in cases}
        extra = Counter()
        for (a, b), v in verdicts.items():
            if v.relation == "same_story" or hosts.get(b) == a or hosts.get(a) == b:
                continue
            extra[f"{v.relation}, {extra_kind(a, b, hosts, by_id)}"] += 1
    return {"rows": rows, "summary": summary.line(), "index seconds": round(index_seconds, 1),
            "other verdicts": dict(wrong), "derived links not in the cases": dict(sorted(extra.items()))}


def extra_kind(a: str, b: str, hosts: dict[str, str], by_id: dict[str, dict[str, Any]]) -> str:
    """What a derived link outside the cases joins: two hosts of one donor (both carry its text), two texts
    sharing a run of 12 words or more (BBC stories repeat their background paragraphs word for word), or
    neither."""
    if hosts.get(a) is not None and hosts.get(a) == hosts.get(b):
        return "hosts of one donor"
    if shared_run(by_id[a]["text"], by_id[b]["text"], 12):
        return "sharing 12+ words"
    return "no 12-word run shared"


def shared_run(a: str, b: str, size: int) -> bool:
    from unspun.text.tokens import words

    grams = [set(zip(*(found[k:] for k in range(size)), strict=False)) for found in (words(a), words(b))]
    return bool(grams[0] & grams[1])


def table(rows: dict[tuple[str, str], Counter[str]], columns: list[str]) -> str:
    out = []
    for half in HALVES:
        for kind in KINDS:
            row = rows.get((half, kind))
            if row:
                out.append([half, kind, row["cases"], *(row[c] for c in columns)])
        total = Counter()
        for (h, _), row in rows.items():
            if h == half:
                total.update(row)
        out.append([half, "**all**", total["cases"], *(total[c] for c in columns)])
    return md_table(["half", "kind", "cases", *columns], out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--donors", type=int, default=40)
    parser.add_argument("--distractors", type=int, default=600)
    parser.add_argument("--candidates", action="store_true", help="candidate recall only (the library, no store)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--undated", action="store_true", help="no publication dates (direction from the texts)")
    parser.add_argument("--footers", action="store_true",
                        help="close every article with its site's byline, newsletter prompt and legal footer")
    parser.add_argument("--out", type=Path, help="write the figures as JSON here too")
    args = parser.parse_args()
    records, cases = make_cases(args.shared, args.donors, args.distractors)
    if args.footers:
        records = with_footers(records)
    if args.undated:
        records = [{**r, "published": None} for r in records]
    print(f"{len(records)} articles, {len(cases)} cases ({Counter(c.kind for c in cases)})")
    if args.candidates:
        found = candidate_recall(records, cases)
        print(table(found["rows"], ["host finds donor", "donor finds host"]))
    else:
        found = link_recall(records, cases, args.workers)
        print(table(found["rows"], ["linked", "partial_reuse", "a_to_b", "b_to_a", "trace lists host",
                                    "trace partial_reuse, copy"]))
    for key, value in found.items():
        if key != "rows":
            print(f"{key}: {value}")
    if args.out:
        rows = {f"{h}/{k}": dict(v) for (h, k), v in found["rows"].items()}
        args.out.write_text(json.dumps({**found, "rows": rows}, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
