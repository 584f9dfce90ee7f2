"""Genuine (unspun) texts from many outlets and styles, split into train and held-out halves per source.

Used to calibrate and measure the single-text spin score (``unspun.pair.spin``) so that it does not accuse
genuine prose written in another register than BBC news: BBC news, BASIL's three outlets (Fox News, The
New York Times, HuffPost), the article bodies of the AEB pages (blogs, magazines, company news), English
pages of the trafilatura evaluation set as unspun extracts them (including encyclopedia and wiki pages),
and PAN source documents (essay-like web prose). Spun counterparts are made with ``bench.spinner``.
"""

from __future__ import annotations

import gzip
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.common import data_path

SPLIT_SEED = 10
TEST_SHARE = 0.5
MIN_WORDS = 80  # shorter extracted texts are not articles (menus, error pages)
PASSAGE_WORDS = 400  # PAN documents are long: one passage of this many words each
# A page is English when this share of its words are among the commonest English words.
_ENGLISH_MARKERS = frozenset((
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at", "from",
    "this", "be", "are"))
ENGLISH_MIN_MARKER_SHARE = 0.12
# Texts of the sources above that are not genuine: pages a word-swap spinner wrote, read by a person (spin49). They are
# left out of the genuine halves (a spun page counted genuine makes the score's right answer a false positive, and one
# in a train half would set the operating point) and scored apart by ``bench.spin_check`` as spinning found in the wild.
SPUN_IN_THE_WILD: dict[str, str] = {
    # A camera manual put through a thesaurus spinner: "will" → "module", "can" → "crapper", "film" → "flick",
    # "one" → "digit" (single words only here: the corpus's text stays in ../shared); no other PAN source document
    # has those slips.
    "pan/source-document00003": "a camera manual spun by a word-swap spinner",
}


@dataclass(frozen=True, slots=True)
class Genuine:
    source: str  # bbc, basil_fox, basil_nyt, basil_hpo, aeb, web_en, pan
    id: str
    text: str


def english(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and sum(w in _ENGLISH_MARKERS for w in words) / len(words) >= ENGLISH_MIN_MARKER_SHARE


def _bbc(shared: Path, cap: int) -> list[Genuine]:
    from bench.synth import bbc_texts

    data_path(shared, "bbc_fulltext")
    texts = bbc_texts(shared)
    random.Random(SPLIT_SEED).shuffle(texts)
    return [Genuine("bbc", i, t) for i, t in texts[:cap]]


def _basil(shared: Path, cap: int) -> list[Genuine]:
    root = data_path(shared, "basil", "articles")
    out = []
    for path in sorted(root.glob("*/*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        paragraphs = [" ".join(part.strip() for part in p) for p in record["body-paragraphs"]]
        text = "\n\n".join([record["title"].strip(), *[p for p in paragraphs if p]])
        out.append(Genuine(f"basil_{record['source']}", f"basil/{path.stem}", text))
    return [g for source in ("basil_fox", "basil_nyt", "basil_hpo")
            for g in [x for x in out if x.source == source][:cap]]


def _aeb(shared: Path, cap: int) -> list[Genuine]:
    truth = json.loads(data_path(shared, "scrapinghub_aeb", "ground-truth.json").read_text(encoding="utf-8"))
    bodies = [(key, value["articleBody"]) for key, value in sorted(truth.items())]
    return [Genuine("aeb", f"aeb/{key[:12]}", body) for key, body in bodies
            if len(body.split()) >= MIN_WORDS and english(body)][:cap]


def _web(shared: Path, cap: int) -> list[Genuine]:
    """English trafilatura-eval pages, extracted by unspun (what a user would score)."""
    from unspun.errors import UnspunError
    from unspun.ingest.extract import extract
    from unspun.model import RawRecord

    root = data_path(shared, "trafilatura_eval")
    pages = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    out = []
    for url, entry in sorted(pages.items()):
        path = _page_path(root, entry["file"])
        if path is None:
            continue
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        try:
            article = extract(RawRecord(url, raw, "html", url=url))
        except UnspunError:
            continue
        if len(article.text.split()) >= MIN_WORDS and english(article.text):
            out.append(Genuine("web_en", url, article.text))
        if len(out) >= cap:
            break
    return out


def _page_path(root: Path, name: str) -> Path | None:
    for folder in ("eval", "cache"):
        for candidate in (root / folder / name, root / folder / f"{name}.gz"):
            if candidate.exists():
                return candidate
    return None


def _pan(shared: Path, cap: int) -> list[Genuine]:
    root = data_path(shared, "pan_textalign_noobf", "final_txt_files")
    out = []
    for path in sorted(root.glob("source-document*.txt")):
        words = path.read_text(encoding="utf-8", errors="replace").split()
        if len(words) >= MIN_WORDS:
            out.append(Genuine("pan", path.stem, " ".join(words[:PASSAGE_WORDS])))
        if len(out) >= cap:
            break
    return out


SOURCES: dict[str, Callable[[Path, int], list[Genuine]]] = {
    "bbc": _bbc, "basil": _basil, "aeb": _aeb, "web_en": _web, "pan": _pan,
}


def genuine_texts(shared: Path, per_source: int) -> list[Genuine]:
    """Up to ``per_source`` texts of each source (BASIL: of each outlet), those read as spun in the wild
    (``SPUN_IN_THE_WILD``) left out after the cap: the other texts and their halves stay as they were."""
    return [g for g in _loaded(shared, per_source) if not spun_in_the_wild(g)]


def spun_in_the_wild(item: Genuine) -> bool:
    return f"{item.source}/{item.id}" in SPUN_IN_THE_WILD


def wild_spun_texts(shared: Path, per_source: int) -> list[Genuine]:
    """The texts among the first ``per_source`` of each source that a person read as machine-spun."""
    return [g for g in _loaded(shared, per_source) if spun_in_the_wild(g)]


def _loaded(shared: Path, per_source: int) -> list[Genuine]:
    return [g for load in SOURCES.values() for g in load(shared, per_source)]


def is_test(item: Genuine) -> bool:
    """The held-out half, decided by the text's id alone (stable across runs and caps)."""
    return random.Random(f"{SPLIT_SEED}:{item.source}:{item.id}").random() < TEST_SHARE


def opening(text: str, words: int) -> str | None:
    """The text's opening sentences up to the first that reaches ``words`` words (a brief's length), or None when
    the whole text has fewer than 0.8 × ``words``."""
    from unspun.ingest.segment import segment
    from unspun.model import Article

    segmented = segment(Article("x", text))
    kept, count = [], 0
    for span in segmented.sentences:
        sentence = span.text_of(segmented.article.text)
        kept.append(sentence)
        count += len(sentence.split())
        if count >= words:
            break
    return " ".join(kept) if count >= 0.8 * words else None
