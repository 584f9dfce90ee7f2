"""Changes: every edit of a near-duplicate or a spun copy, against edits planted in held-out BBC texts.

``python -m bench.changes [--quick]``. Each pair is a held-out BBC article (the test split of the Relations
suite) and a copy of it with one edit of each kind planted in its own sentence, at known spans: a surname
swapped, a name changed by one letter, a name changed by one letter at a sentence start, a number, a date, a
quotation reworded, a negation flipped, a role word replaced (a title), a sentence dropped (an omission)
and a sentence from another article inserted (an addition). A near-duplicate also gets three words
substituted by the spinner (wording); a spun copy is then spun at 30% around the planted edits, and the
spinner's own name corruptions count as planted names, and so do its swaps of a sentence-initial word the
article uses as a name (capitalises after a lower-case word elsewhere: ``bench.synth.spun_name``; until
2026-12-03 also the first word of any capitalised run, which made "Former Chelsea boss" → "Erstwhile Chelsea
boss" a name); a spinner swap of a role word (``bench.synth.GOLD_ROLES``) is a title change.

A reported change matches a planted one when the kinds agree and the spans overlap on both sides (an empty
side, where an omission or addition would stand, is not compared). Quote precision on spun copies is given
twice: against the planted quotes only (the old gold), and against gold that also counts every quotation the
spinner reworded, once per quotation (a misquote all the same). The old code's figures come from the same
pairs compared by the code of another commit (a worktree at ``UNSPUN_CHANGES_BASELINE`` or
``/tmp/base-changes``; 0b35f80 when it was written), in a separate process.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import (
    PROJECT_ROOT,
    data_path,
    goal,
    goal_text,
    item_limit,
    kind_rates,
    md_table,
    stopwatch,
    suite_main,
)
from bench.synth import NOT_NAMES, ROLES, in_role, quotation_around, spinner_name_change

SPLIT_SEED, BBC_TEST_SHARE = 4, 0.2  # the Relations suite's held-out BBC bases
PAIR_SEED = 2611
COPY_KINDS = ("near_duplicate", "spun_copy")
QUICK_PAIRS, FULL_PAIRS = 12, 60  # per copy kind
SPIN_RATE = 0.3
NEAR_DUPLICATE_WORD_EDITS = 3
KINDS = ("name", "number", "date", "quote", "negation", "title", "omission", "addition", "wording")
GOAL_KINDS = ("name", "number", "date", "omission")
GOAL_RECALL, GOAL_PRECISION = 0.95, 0.9
BASELINE_COMMIT = "0b35f80"
BASELINE_ENV = "UNSPUN_CHANGES_BASELINE"

# Role words a title edit swaps, what replaces them, and what the gold calls a title (``bench.synth``, shared
# with the Relations generator).
ROLE_RE = re.compile(r"\b(" + "|".join(ROLES) + r")\b", re.IGNORECASE)
MID_NAME_RE = re.compile(r"(?<=[a-z,] )([A-Z][a-z]{4,})\b(?! [A-Z])")


@dataclass(frozen=True, slots=True)
class Edit:
    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class ChangePair:
    id: str
    kind: str  # near_duplicate or spun_copy
    a_text: str
    b_text: str
    planted: tuple[Edit, ...]
    spun_quotes: tuple[Edit, ...] = ()  # quotations the spinner reworded (spun copies)


# --- planting -------------------------------------------------------------------------------------


def _sentences(text: str) -> list[tuple[int, int]]:
    from bench.synth import paragraph_spans, sentence_spans

    paragraphs = paragraph_spans(text)[1:]  # not the headline
    return [s for p in paragraphs for s in sentence_spans(text, *p)]


_MONTH_NEAR = re.compile(r"(January|February|March|April|May|June|July|August|September|October|November|December)")


def _date_like(chunk: str, m: re.Match[str]) -> bool:
    """A year, or a day next to its month: a date, planted as such, not as a number."""
    value = m.group()
    if value.isdigit() and len(value) == 4 and 1800 <= int(value) <= 2100:
        return True
    return bool(_MONTH_NEAR.match(chunk, m.end() + 1) or _MONTH_NEAR.search(chunk[max(0, m.start() - 10) : m.start()]))


def _one_letter(word: str, rng: random.Random) -> str:
    """``word`` with one inner letter changed: Clinton → Clintan, Russian → Russion."""
    vowels = [k for k in range(1, len(word)) if word[k] in "aeiou"]
    k = rng.choice(vowels) if vowels else len(word) - 1
    options = [c for c in ("aeiou" if word[k] in "aeiou" else "bdklmnrst") if c != word[k]]
    return word[:k] + rng.choice(options) + word[k + 1 :]


def _swap_role(found: str, rng: random.Random) -> str:
    new = rng.choice([r for r in ROLES if r != found.lower()])
    return new[0].upper() + new[1:] if found[0].isupper() else new


def _plants(
    text: str, sentence: tuple[int, int], kind: str, rng: random.Random, donor: str
) -> tuple[int, int, str] | None:
    """One edit of ``kind`` inside ``sentence`` as (start, end, new text), or None when it has no site."""
    from bench.synth import DATE_RE, NAME_RE, NEGATION_RE, NUMBER_RE, QUOTE_RE, SURNAMES, _date_change, _number_change

    start, end = sentence
    chunk = text[start:end]
    if kind == "name_swap":
        sites = [m for m in NAME_RE.finditer(chunk) if not ROLE_RE.search(m.group())]
        if sites:
            m = rng.choice(sites)
            new = rng.choice([s for s in SURNAMES if s != m.group(1)])
            return start + m.start(1), start + m.end(1), new
        return None
    if kind == "name_letter":
        sites = [m for m in MID_NAME_RE.finditer(chunk) if m.group(1) not in NOT_NAMES]
        if sites:
            m = rng.choice(sites)
            return start + m.start(1), start + m.end(1), _one_letter(m.group(1), rng)
        return None
    if kind == "name_initial":
        m = re.match(r"([A-Z][a-z]{3,}) [a-z]", chunk)
        if m and m.group(1) not in NOT_NAMES and re.search(rf"[a-z,] {m.group(1)}\b", text):
            return start, start + len(m.group(1)), _one_letter(m.group(1), rng)
        return None
    if kind in ("number", "date", "negation"):
        pattern = {"number": NUMBER_RE, "date": DATE_RE, "negation": NEGATION_RE}[kind]
        sites = [m for m in pattern.finditer(chunk) if kind != "number" or not _date_like(chunk, m)]
        if not sites:
            return None
        m = rng.choice(sites)
        if kind == "negation":
            s, e, new = m.start(), m.end(), m.group(1) if m.group(2) else f"{m.group(1)} not"
        else:
            s, e, new = (_number_change if kind == "number" else _date_change)(chunk, m, rng)
        return start + s, start + e, new
    if kind == "quote":
        sites = [m for m in QUOTE_RE.finditer(chunk) if len(re.findall(r" [a-z]{4,}\b", m.group(1))) >= 1]
        if not sites:
            return None
        m = rng.choice(sites)
        dropped = rng.choice(list(re.finditer(r" [a-z]{4,}\b", m.group(1))))  # a word left out of the quote
        new_quote = m.group(1)[: dropped.start()] + m.group(1)[dropped.end() :]
        return start + m.start(1), start + m.end(1), new_quote
    if kind == "title":
        sites = list(ROLE_RE.finditer(chunk))
        if not sites:
            return None
        m = rng.choice(sites)
        return start + m.start(), start + m.end(), _swap_role(m.group(), rng)
    if kind == "omission":
        rest = text[end:]
        gap = len(rest) - len(rest.lstrip(" "))
        return start, end + gap, ""
    if kind == "addition":
        donors = _sentences(donor)
        if not donors:
            return None
        s, e = rng.choice(donors)
        return end, end, " " + donor[s:e]
    raise ValueError(f"unknown edit kind {kind!r}")


# Edits planted per copy, kinds drawn at random: a hand-edited copy changes a handful of things (the issue's
# held-out copies: 23 changes over five copies); ten at once turn a copy into a rewrite.
EDITS_PER_COPY = 5
PLANT_ORDER = ("name_initial", "name_letter", "name_swap", "number", "date", "quote", "negation", "title",
               "omission", "addition")  # fmt: skip


def plant(text: str, rng: random.Random, donor: str) -> tuple[list[tuple[int, int, str, str]], list[str]]:
    """One edit for each of ``EDITS_PER_COPY`` kinds drawn at random, where the text has a site, each in its
    own sentence and (but for quotes) outside quotations: sorted replacements."""
    sentences = _sentences(text)
    free = list(range(1, len(sentences)))  # the first body sentence stays: it anchors the alignment
    rng.shuffle(free)
    replacements: list[tuple[int, int, str, str]] = []
    chosen = set(rng.sample(PLANT_ORDER, EDITS_PER_COPY))
    for kind in (k for k in PLANT_ORDER if k in chosen):
        for k in list(free):
            found = _plants(text, sentences[k], kind, rng, donor)
            inside_quote = kind not in ("quote", "omission", "addition") and found is not None and (
                quotation_around(text, found[:2]) is not None
            )
            if found is not None and found[2] != text[found[0] : found[1]] and not inside_quote:
                kind_name = "name" if kind.startswith("name") else kind
                replacements.append((*found, kind_name))
                free.remove(k)
                if kind == "omission":  # the next sentence keeps its neighbours: no addition right there
                    free = [f for f in free if f != k + 1]
                break
    replacements.sort()
    return replacements, [r[3] for r in replacements]


def make_pair(pair_id: str, kind: str, text: str, donor: str, seed: int, spinner: Any) -> ChangePair:
    from bench.spinner import apply_edits

    rng = random.Random(seed)
    replacements, kinds = plant(text, rng, donor)
    planted = apply_edits(text, replacements)
    protect = [edit[2:] for edit in planted.edits]
    if kind == "near_duplicate":
        eligible = spinner.spin(planted.text, 0.0, seed=0).eligible
        rate = min(1.0, NEAR_DUPLICATE_WORD_EDITS / eligible) if eligible else 0.0
        words = spinner.spin(planted.text, rate, rng.randrange(2**32), protect)
    else:
        words = spinner.spin(planted.text, SPIN_RATE, rng.randrange(2**32), protect, corrupt_names=0.15)
    edits = []
    for (s_start, s_end, p_start, p_end), edit_kind in zip(planted.edits, kinds, strict=True):
        b_start, b_end = words.map_span(p_start, p_end)
        if edit_kind == "name" and in_role(text, (s_start, s_end)):  # "Chief executive" → "Chiuf executive"
            edit_kind = "title"
        edits.append(Edit(edit_kind, s_start, s_end, b_start, b_end))
    spun_quotes: list[Edit] = []
    for (p_start, p_end, b_start, b_end), edit_kind in zip(words.edits, words.edit_kinds, strict=True):
        a_span = _unmap(planted, p_start, p_end)
        if a_span is None:
            continue
        quote = quotation_around(text, a_span)
        if quote is not None:  # a word swapped inside a quotation: a misquote, one per quotation
            qb = words.map_span(*planted.map_span(*quote))
            spun_quotes.append(Edit("quote", *quote, *qb))
        elif in_role(text, a_span):  # a role word swapped is a title change
            edits.append(Edit("title", *a_span, b_start, b_end))
        elif spinner_name_change(text, a_span, words.text[b_start:b_end], edit_kind):
            edits.append(Edit("name", *a_span, b_start, b_end))
        elif kind == "near_duplicate":
            edits.append(Edit("wording", *a_span, b_start, b_end))
    unique_quotes = tuple(dict.fromkeys(spun_quotes))
    return ChangePair(pair_id, kind, text, words.text, tuple(sorted(edits, key=lambda e: e.a_start)), unique_quotes)


def _unmap(spun: Any, start: int, end: int) -> tuple[int, int] | None:
    from bench.synth import _unmap as unmap

    return unmap(spun, start, end)


def generate(shared: Path, per_kind: int) -> list[ChangePair]:
    from bench.spinner import Spinner
    from bench.synth import bbc_texts, split

    data_path(shared, "bbc_fulltext")
    texts = bbc_texts(shared)
    _, test_ids = split([i for i, _ in texts], SPLIT_SEED, BBC_TEST_SHARE)
    by_id = dict(texts)
    rng = random.Random(PAIR_SEED)
    order = list(test_ids)
    rng.shuffle(order)
    spinner = Spinner(shared)
    pairs = []
    for k, kind in enumerate(COPY_KINDS):
        bases = order[k * per_kind : (k + 1) * per_kind]
        for n, base_id in enumerate(bases):
            donor = by_id[order[(k * per_kind + n + len(order) // 2) % len(order)]]
            pairs.append(make_pair(f"{kind}/{base_id}", kind, by_id[base_id], donor, rng.randrange(2**32), spinner))
    return pairs


# --- predicting (this code, or the baseline commit's in its own process) ---------------------------


def predict(pairs: Sequence[dict[str, str]]) -> list[dict[str, Any]]:
    """Relation and every reported change place, as ``[kind, a_start, a_end, b_start, b_end]``."""
    from unspun.model import Article
    from unspun.pair.pipeline import compare_articles

    found = []
    for p in pairs:
        c = compare_articles(Article("a", p["a_text"]), Article("b", p["b_text"]))
        places = [
            [ch.kind, a.start, a.end, b.start, b.end]
            for ch in c.changes
            for a, b in getattr(ch, "places", ((ch.a, ch.b),))
        ]
        entries = [[ch.kind, [[a.start, a.end, b.start, b.end] for a, b in getattr(ch, "places", ((ch.a, ch.b),))]]
                   for ch in c.changes]
        found.append({"relation": c.verdict.relation, "places": places, "entries": entries})
    return found


def baseline_root() -> Path:
    return Path(os.environ.get(BASELINE_ENV, "/tmp/base-changes"))


def baseline_commit() -> str:
    """The baseline worktree's commit (``BASELINE_COMMIT`` when it cannot be read)."""
    found = subprocess.run(["git", "-C", str(baseline_root()), "rev-parse", "--short", "HEAD"],
                           capture_output=True, text=True, check=False)
    return found.stdout.strip() or BASELINE_COMMIT


def baseline_predictions(pairs: Sequence[ChangePair]) -> list[dict[str, Any]] | None:
    """The baseline commit's predictions, or None when its worktree is absent."""
    root = baseline_root()
    if not (root / "src" / "unspun").is_dir():
        return None
    with tempfile.TemporaryDirectory() as scratch:
        given, out = Path(scratch) / "pairs.json", Path(scratch) / "out.json"
        given.write_text(json.dumps([{"a_text": p.a_text, "b_text": p.b_text} for p in pairs]))
        env = {**os.environ, "PYTHONPATH": f"{root / 'src'}{os.pathsep}{PROJECT_ROOT}"}
        subprocess.run([sys.executable, "-m", "bench.changes", "--predict", str(given), str(out)],
                       env=env, check=True, cwd=scratch)
        return json.loads(out.read_text())


# --- scoring --------------------------------------------------------------------------------------


def _overlap(s1: int, e1: int, s2: int, e2: int) -> bool:
    if s1 == e1 or s2 == e2:
        return True  # an empty side (where an omitted or added passage would stand) is not compared
    return max(s1, s2) < min(e1, e2)


def _matches(place: Sequence[int], edit: Edit) -> bool:
    a0, a1, b0, b1 = place
    return _overlap(a0, a1, edit.a_start, edit.a_end) and _overlap(b0, b1, edit.b_start, edit.b_end)


def score(pairs: Sequence[ChangePair], predictions: Sequence[dict[str, Any]], copy_kind: str,
          with_spun_quotes: bool = False) -> dict[str, dict[str, float]]:
    """Per kind: recall over planted edits, precision over reported changes (a change with several places
    is one report; it is right when any place matches a planted edit of its kind)."""
    counts = {k: Counter() for k in KINDS}
    for pair, pred in zip(pairs, predictions, strict=True):
        if pair.kind != copy_kind:
            continue
        gold = list(pair.planted) + (list(pair.spun_quotes) if with_spun_quotes else [])
        entries = pred.get("entries") or [[kind, [place]] for kind, *place in pred["places"]]
        for kind, places in entries:
            if kind not in counts:
                continue
            counts[kind]["reported"] += 1
            counts[kind]["right"] += any(_matches(p, e) for p in places for e in gold if e.kind == kind)
        for edit in gold:
            counts[edit.kind]["planted"] += 1
            counts[edit.kind]["found"] += any(_matches(p, edit) for kind, places in entries if kind == edit.kind
                                              for p in places)
    return kind_rates(counts)


def run(shared: Path, quick: bool) -> dict[str, Any]:
    per_kind = item_limit(QUICK_PAIRS if quick else FULL_PAIRS)
    with stopwatch() as generation:
        pairs = generate(shared, per_kind)
    with stopwatch() as comparing:
        ours = predict([{"a_text": p.a_text, "b_text": p.b_text} for p in pairs])
    with stopwatch() as comparing_old:
        old = baseline_predictions(pairs)
    results: dict[str, Any] = {"pairs": Counter(p.kind for p in pairs), "quick": quick,
                               "baseline": baseline_commit() if old else None,
                               "seconds": {"generation": generation["seconds"], "comparing": comparing["seconds"],
                                           "comparing_old": comparing_old["seconds"]}}
    for kind in COPY_KINDS:
        results[kind] = {
            "ours": score(pairs, ours, kind, with_spun_quotes=True),
            "old": score(pairs, old, kind, with_spun_quotes=True) if old else None,
            "quote_old_gold": {"ours": score(pairs, ours, kind)["quote"],
                               "old": score(pairs, old, kind)["quote"] if old else None},
            "relations": Counter(pred["relation"] for p, pred in zip(pairs, ours, strict=True) if p.kind == kind),
        }
    results["goals"] = [
        goal(f"{kind} {measure}, {copy_kind}", results[copy_kind]["ours"][kind][measure],
             GOAL_RECALL if measure == "recall" else GOAL_PRECISION)
        for copy_kind in COPY_KINDS for kind in GOAL_KINDS for measure in ("recall", "precision")
    ]
    return results


def markdown(results: dict[str, Any]) -> str:
    sizes = results["pairs"]
    parts = [
        f"Pairs: {sizes['near_duplicate']} near-duplicates and {sizes['spun_copy']} spun copies (30%) of held-out "
        f"BBC articles (the Relations suite's test split), one edit of each kind planted per copy where the "
        f"article has a site for it{' (quick sample)' if results['quick'] else ''}. Old code: commit "
        f"{results.get('baseline') or BASELINE_COMMIT}, same pairs."
    ]
    for kind in COPY_KINDS:
        ours, old = results[kind]["ours"], results[kind]["old"]
        rows = []
        for k in KINDS:
            o = ours[k]
            if not o["planted"] and not o["reported"]:
                continue
            before = old[k] if old else None
            rows.append([k, o["planted"], o["reported"], o["recall"], o["precision"],
                         before["recall"] if before else "not run", before["precision"] if before else "not run"])
        verdicts = ", ".join(f"{r} {n}" for r, n in results[kind]["relations"].most_common())
        parts.append(f"**{kind.replace('_', '-')}s** (verdicts: {verdicts})\n\n" + md_table(
            ["kind", "planted", "reported", "recall", "precision", "old recall", "old precision"], rows))
    rows = []
    for kind in COPY_KINDS:
        q, q_old = results[kind]["quote_old_gold"]["ours"], results[kind]["quote_old_gold"]["old"]
        rows.append([kind.replace("_", "-"), q["planted"], q["reported"], q["recall"], q["precision"],
                     q_old["recall"] if q_old else "not run", q_old["precision"] if q_old else "not run"])
    parts.append(
        "The tables' quote gold counts, besides the planted quotes, every quotation in which the spinner swapped "
        "words (one per quotation: a misquote all the same). **Quote changes against the old gold** (planted "
        "quotes only):\n\n"
        + md_table(["copies", "planted", "reported", "recall", "precision", "old recall", "old precision"], rows)
    )
    seconds = results["seconds"]
    parts.append(f"Time: generation {seconds['generation']:.1f} s, comparing {seconds['comparing']:.1f} s, old "
                 f"code {seconds['comparing_old']:.1f} s.")
    parts.append("\n".join(f"- {goal_text(g)}" for g in results["goals"]))
    return "\n\n".join(parts)


def main(argv: Sequence[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--predict"]:  # the baseline process: pairs in, predictions out
        given, out = Path(args[1]), Path(args[2])
        out.write_text(json.dumps(predict(json.loads(given.read_text()))))
        return
    suite_main(run, markdown, __doc__ or "", "12 pairs per copy kind instead of 60", args)


if __name__ == "__main__":
    main()

