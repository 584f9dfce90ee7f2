"""Plain-text captures built like the seeds, with gold: the article's paragraphs and its metadata.

Each base article of ``tests/fixtures/articles`` (written for the project) is wrapped in page chrome the way
copy-pasted news pages look: a masthead, a menu, "Subscribe Us" / "header ads", a breadcrumb, a byline and
a date line (or the article's own dateline), ads, share and newsletter lines inside the body, a paragraph
repeated, credits, a "Related articles" block and a run of *other* stories' headline + first paragraph with
no header at all, and a copyright footer. The gold is exact: which lines are the article, and its title,
author, date and site. ``build_captures(seed)`` is deterministic.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from statistics import mean
from typing import Any

from bench.common import data_path, fmt, goal, item_limit, md_table, measure_in_base_tree, suite_main

ARTICLES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "articles"
BASES = (
    "bridge_inquiry", "data_breach", "drug_recall", "election_recount", "football_transfer",
    "museum_theft", "port_strike", "rail_derailment", "rate_decision", "wildfire_evacuation",
)
# invented outlets, reporters and roles
OUTLETS = ("Ashcombe Evening Post", "Northgate Herald", "Valley Daily News", "The Kestrel Times",
           "Harbour Gazette", "westmoor-online.com")
REPORTERS = (("Hannah Lowe", "Football Correspondent"), ("Priya Natarajan", "local democracy reporter"),
             ("Tomasz Wren", "Business Editor"), ("Aisha Bello", None), ("Callum Fry", "Staff Reporter"))
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
MENUS = ("Home | News | Sport | Business | Opinion | Subscribe", "Menu", "Log in", "Home\nWorld\nBusiness\nSport")
HEAD_CHROME = ("Subscribe Us", "header ads", "We use cookies to improve your experience. Accept all cookies")
BODY_CHROME = ("ADVERTISEMENT", "Like this story? Share it with a friend!", "Sign up to our morning newsletter",
               "Advertisement - scroll to continue", "Share this article: Facebook | X | Email")
_DATELINE = re.compile(r"^[A-Z][\w' -]+, (\d{1,2}) (\w+) (\d{4}) — ")


@dataclass(frozen=True, slots=True)
class Capture:
    name: str
    text: str
    body: tuple[str, ...]  # the article's paragraphs, in order, each once
    title: str
    author: str | None
    published: str | None  # ISO date (day precision)
    site: str | None
    chrome_lines: int  # non-blank lines that are not the article (metadata lines included)


def read_base(name: str) -> tuple[str, list[str]]:
    blocks = [b.strip() for b in (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").split("\n\n")]
    blocks = [" ".join(b.split()) for b in blocks if b]
    return blocks[0], blocks[1:]


def build_captures(seed: int = 7) -> list[Capture]:
    rng = random.Random(seed)
    bases = {name: read_base(name) for name in BASES}
    return [_capture(name, bases, rng, layout) for layout, name in enumerate(BASES)]


def _capture(name: str, bases: dict[str, tuple[str, list[str]]], rng: random.Random, layout: int) -> Capture:
    title, body = bases[name]
    outlet = OUTLETS[layout % len(OUTLETS)]
    reporter, role = REPORTERS[layout % len(REPORTERS)]
    others = [n for n in BASES if n != name]
    rng.shuffle(others)
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.choice((2022, 2023, 2024))
    dateline = _DATELINE.match(body[0])
    published = _iso(*dateline.groups()) if dateline else f"{year}-{month:02d}-{day:02d}"
    lines: list[str] = []
    chrome = 0

    def add(*new: str, article: bool = False) -> None:
        nonlocal chrome
        for line in new:
            lines.extend([line, ""])
            chrome += 0 if article else len(line.splitlines())

    add(outlet if layout % 3 != 2 else "", MENUS[layout % len(MENUS)])
    if layout % 2:
        add(*HEAD_CHROME[: 1 + layout % 3])
    if layout % 4 == 1:
        add("News > " + rng.choice(("Business", "Politics", "UK", "World")))
    add(title, article=True)
    author = None
    if layout % 5 != 4:
        author = reporter
        add(f"By {reporter}" + (f", {role}" if role else ""))
    if not dateline:
        add(_date_line(day, month, year, layout))
    elif layout % 3 == 0:
        add(_date_line(int(dateline.group(1)), MONTH_NAMES.index(dateline.group(2)) + 1,
                       int(dateline.group(3)), layout))
    repeated = rng.randrange(1, len(body) - 1)
    for index, paragraph in enumerate(body):
        add(paragraph, article=True)
        if index == repeated and layout % 2 == 0:
            add(paragraph)  # the page shows a paragraph twice, as seed 001 does
        if index in (1, len(body) // 2):
            add(BODY_CHROME[(layout + index) % len(BODY_CHROME)])
    add(f"Photo: {rng.choice(('EPA', 'Reuters', 'Getty Images'))}")
    if layout % 3 == 1:
        add("Related articles", *(bases[o][0] for o in others[:3]))
    teasers = others[3:3 + 2 + layout % 2]
    for other in teasers:  # headline + first paragraph of other stories, no header
        other_title, other_body = bases[other]
        add(other_title, other_body[0])
    if outlet[0].isupper() and layout % 2 == 0:
        add(f"© {year} {outlet}. All rights reserved.")
    site = outlet if (layout % 3 != 2 or (outlet[0].isupper() and layout % 2 == 0)) else None
    return Capture(name, "\n".join(lines).strip() + "\n", tuple(body), title, author, published, site, chrome)


def _iso(day: str, month: str, year: str) -> str:
    return f"{year}-{MONTH_NAMES.index(month) + 1:02d}-{int(day):02d}"


def _date_line(day: int, month: int, year: int, layout: int) -> str:
    name = MONTH_NAMES[month - 1]
    forms = (f"{day} {name} {year}, {10 + layout}:{layout * 5 % 60:02d}", f"Published {day} {name} {year}",
             f"{name[:3]} {day}, {year}", f"Updated: {day} {name} {year}")
    return forms[layout % len(forms)]


@dataclass(frozen=True, slots=True)
class CaptureScore:
    body_precision: float  # share of the extracted paragraphs that are the article's
    body_recall: float  # share of the article's paragraphs extracted
    chrome_leaked: int  # extracted lines that are not the article
    title: bool
    author: bool | None  # None when the capture has no byline
    published: bool
    site: bool | None


def score_capture(capture: Capture, article: object) -> CaptureScore:
    """How ``article`` (an ``unspun.model.Article``, any version) matches the capture's gold."""
    lines = [line for line in getattr(article, "text", "").split("\n") if line.strip()]
    gold = set(capture.body)
    kept = sum(1 for line in lines if line in gold)
    found = len(gold & set(lines))
    published = getattr(article, "published", None) or ""
    site = getattr(article, "site", None)
    return CaptureScore(
        body_precision=kept / len(lines) if lines else 0.0,
        body_recall=found / len(gold),
        chrome_leaked=len(lines) - kept,
        title=getattr(article, "title", None) == capture.title,
        author=None if capture.author is None else getattr(article, "author", None) == capture.author,
        published=published[:10] == capture.published,
        site=None if capture.site is None else site == capture.site,
    )


# --- the suite: captures and BBC headlines -----------------------------------------------------------------

BBC_FILES = 200  # every k-th file of bbc_fulltext in sorted order (odd offset: none of them set a threshold)


def measure(shared: str, bbc_files: int) -> dict[str, Any]:
    """Capture scores and the BBC headline rate of whatever ``unspun`` is on the path (JSON-ready)."""
    from unspun.ingest.extract import extract_record
    from unspun.model import RawRecord

    scores = [score_capture(c, extract_record(RawRecord(id=c.name, content=c.text))) for c in build_captures()]
    files = sorted(Path(shared, "data", "bbc_fulltext").glob("*/*.txt"))
    chosen = files[1::max(1, len(files) // bbc_files)][:bbc_files]
    titles = lost = 0
    for path in chosen:
        text = path.read_text(encoding="latin-1")
        headline = " ".join(text.splitlines()[0].split())
        article = extract_record(RawRecord(id=path.name, content=text))
        titles += article.title == headline
        lost += any(r.text == headline for r in article.removed)
    return {
        "captures": len(scores),
        "body_precision": mean(s.body_precision for s in scores),
        "body_recall": mean(s.body_recall for s in scores),
        "chrome_leaked": sum(s.chrome_leaked for s in scores),
        "chrome_lines": sum(c.chrome_lines for c in build_captures()),
        **{field: _rate([getattr(s, field) for s in scores]) for field in ("title", "author", "published", "site")},
        "bbc_files": len(chosen),
        "bbc_title_rate": titles / len(chosen) if chosen else 0.0,
        "bbc_headline_removed": lost,
    }


def _rate(values: list[bool | None]) -> float:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else 0.0


def run(shared: Path, quick: bool) -> dict[str, Any]:
    data_path(shared, "bbc_fulltext")
    files = item_limit(40 if quick else BBC_FILES)
    results = {"unspun": measure(str(shared), files)}
    old = measure_in_base_tree("bench.captures", "measure", str(shared), files)
    if old is not None:
        results["old code"] = old
    new = results["unspun"]
    results["goals"] = [goal("capture body F1", _f1(new["body_precision"], new["body_recall"]), 0.99),
                        goal("BBC headline kept as title", new["bbc_title_rate"], 0.99)]
    return results


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def markdown(results: dict[str, Any]) -> str:
    systems = [k for k in ("unspun", "old code") if k in results]
    rows = [[name, fmt(r["body_precision"]), fmt(r["body_recall"]), f"{r['chrome_leaked']} / {r['chrome_lines']}",
             fmt(r["title"]), fmt(r["author"]), fmt(r["published"]), fmt(r["site"]),
             f"{fmt(r['bbc_title_rate'])} ({r['bbc_headline_removed']} removed)"]
            for name, r in ((s, results[s]) for s in systems)]
    first = results["unspun"]
    return "\n".join([
        f"{first['captures']} plain-text captures built like the seeds from the project's own articles "
        "(`bench/captures.py`: masthead, menu, byline, date line, ads and share lines in the body, a repeated "
        "paragraph, credits, a related block, a headerless run of other stories' headline + first paragraph, "
        f"copyright); {first['bbc_files']} BBC plain-text files (headline on line 1).",
        "",
        md_table(["code", "body P", "body R", "chrome lines kept", "title", "author", "date", "site",
                  "BBC headline = title"], rows),
    ])


if __name__ == "__main__":
    suite_main(run, markdown, __doc__ or "", "40 BBC files")
