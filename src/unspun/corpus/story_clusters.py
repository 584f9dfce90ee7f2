"""Stories: stored articles and pair verdicts → clusters of articles about one event, each with an origin.

Copies (duplicate, near-duplicate, spun) are linked by their stored verdicts alone; rewrites and partial
reuse also need to look like one event. Independent coverage shares few word sequences (BASIL: median 5-gram
containment ~2%), so same-story links come from story-level similarity instead (``link_score``): the static
mean vectors (what the text is about), the facts both texts state (rare names, the numbers they quote, the days
they name), and the tf-idf cosine of their content words (what happened: "shutdown", "reopen", "evicted"),
and only within a time window when both dates are known. Without dates these must carry the link alone, and
links are not chained: an undated article joins a story only when its mean link score to every member clears
the bar (average linkage), so two events on one subject ("three about one investigation") stay apart although
a member of each looks like a member of the other. Dated links and copies join stories as connected
components.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

import numpy as np

from unspun.config import DEFAULT_STORIES, TEXT_DEFAULT, StoryConfig, TextConfig
from unspun.corpus.families import K, Stemma, common_text, derivations, is_whole_copy, quoters, stemma
from unspun.ingest.page_meta import dateline_day, lead_text
from unspun.ingest.segment import paragraph_spans, sentence_spans
from unspun.model import DERIVED_RELATIONS, ArticleMeta, StoredPair, Story, paraphrased_share
from unspun.pair.events import NO_OCCASION, Occasion, occasion_of, recalled_occasion, tells_recurrence, told_apart
from unspun.text.dates import (
    TimeMention,
    days_apart_in_year,
    days_disagree,
    event_days,
    month_day,
    published_day,
    published_instant,
    time_expressions,
)
from unspun.text.furniture import furniture_numbers
from unspun.text.language import reads_as_english
from unspun.text.names import name_tokens
from unspun.text.tokens import words
from unspun.text.wordlists import (
    NEGATIONS,
    ORGANISATION_WORDS,
    RELATIVE_DAYS,
    RELATIVE_MODIFIERS,
    SMALL_NUMBERS,
    STREET_WORDS,
    WEAK_NEGATIONS,
    is_content_word,
)

T = TypeVar("T")

# Relations that reproduce the other article's text, as opposed to rewriting it or reusing a passage.
COPY_RELATIONS: frozenset[str] = frozenset({"duplicate", "near_duplicate", "spun_copy"})

_NUMBER = re.compile(r"([£$€]\s?)?(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
                     r"(?:\s?(%|percent|per cent|million|billion|bn)\b|(m|k)\b(\s+(?:pounds|dollars|euros)\b)?)?",
                     re.IGNORECASE)
# A magnitude written out or as a letter is one amount: "£1.1 million" and "£1.1m" (/tmp/probe48's council vote).
# The letter is a magnitude only for a sum (after a currency sign, or before a currency's name): "800m" and
# "1,500m" bare are distances, one fact with "800 metres".
_MAGNITUDE = {"million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}


@dataclass(frozen=True, slots=True)
class StoryEvidence:
    """What same-event tests read, by article slot: dates, mean vectors (unit length), event facts (names,
    numbers, dates) and their idf, the key words of each text (unit tf-idf vectors, ``term_vector``), whether
    each text reads as English (empty: all do), the month and day its dateline names (``filed_day``; empty:
    none known), the days its lead names (``lead_days``; empty: none read), a digest of each text
    (``text_digest``; empty: none read) and what tells its occasion from an earlier one (``text_occasion``; empty:
    none read), read with ``occasion_config``, and the words a family of copies is compared on (``words``,
    ``family_words``; empty: none read)."""

    metas: Sequence[ArticleMeta]
    vectors: np.ndarray
    names: Sequence[set[str]]
    idf: dict[str, float]
    terms: Sequence[Mapping[str, float]] = ()
    english: Sequence[bool] = ()
    filed: Sequence[tuple[int, int] | None] = ()
    lead: Sequence[frozenset[tuple[int, int]]] = ()
    digests: Sequence[str] = ()
    occasions: Sequence[Occasion] = ()
    occasion_config: TextConfig = TEXT_DEFAULT
    words: Sequence[frozenset[str]] = ()  # each text's ``family_words`` (empty: none read)
    named: Sequence[Mapping[str, int]] = ()  # how often each text names each name (``name_counts``; empty: none read)

    def recalls_the_other(self, a: int, b: int) -> bool:
        """Whether one of ``a`` and ``b`` tells its occasion as a repeat and recalls the other's lead as the earlier
        occasion (``events.recalled_occasion``), or counts its occasion a repeat while each tells another thing
        happened (``events.told_apart``), as the pair judge reads them: the same actors' other occasion, which
        their subject, names and place would join."""
        if not self.occasions:
            return False
        x, y, config = self.occasions[a], self.occasions[b], self.occasion_config
        return bool(recalled_occasion(x, y, config) or recalled_occasion(y, x, config) or told_apart(x, y, config))

    def may_stand_for(self, a: int, b: int) -> bool:
        """Whether ``b`` may stand for its family of copies against ``a`` in an undated merge (``_scores_across``):
        the two share an event fact (a name, figure or day they keep to, ``event_facts``) and their leads name no
        other days for their events (``leads_name_other_days``)."""
        return bool(self.names[a] & self.names[b]) and not self.leads_name_other_days(a, b)

    def leads_name_other_days(self, a: int, b: int) -> bool:
        """Whether the headlines and first sentences of ``a`` and ``b`` name other days for their events, as the
        pair judge reads a lead's days (``Occasion.lead_days``, ``dates.days_disagree``: weekdays too, a night and
        the next morning one day); never without occasions read. Another accident at the same quarry, told by its
        firm's, director's and councillor's names and its air ambulance, sits as close to the report of the first
        as a report of the same event does (reviewB: 0.80 to 0.92 by the corpus's idf, a Friday blast against
        Tuesday's): the day its lead names tells it apart."""
        if not self.occasions:
            return False
        ours, theirs = self.occasions[a].lead_days, self.occasions[b].lead_days
        return days_disagree(ours, theirs, self.occasion_config.event_day_tolerance_days) is True

    def both_english(self, a: int, b: int) -> bool:
        return not self.english or (self.english[a] and self.english[b])

    def filed_apart(self, a: int, b: int, days: int) -> bool:
        """Whether the days ``a`` and ``b`` were filed on, read from a publication date or else a dateline, are
        more than ``days`` apart. No year is needed: two reports filed in March and in June are different news
        (two full dates are ``_within_window``'s to compare). When either was filed on no known day, the days
        their leads name for their events stand beside the days they were filed on (``lead_days``): an undated
        report of a strike "on 16 April" is not one of a strike called off on 10 March, however alike the two
        read (probe39 k2/k3); apart when no day of one comes within ``days`` of a day of the other (none known on
        a side: not apart). Days named further down are background as often as the event's (BASIL without
        dates: 0.954 → 0.929 reading them all)."""
        day_a, day_b = self.filed_day(a), self.filed_day(b)
        if day_a is not None and day_b is not None:
            return days_apart_in_year(day_a, day_b) > days
        gap = closest_days(self._lead_or_filed(a), self._lead_or_filed(b))
        if gap is None or gap <= days:
            return False
        # An undated text's lead may name the day its news is for, not the day it came out ("collections start
        # from Monday 7 September"): a dated text that names that day too tells of it (the listicle of the
        # council's release, a month ahead), as a report of another event does not.
        undated, dated = (a, b) if day_a is None else (b, a)
        if (day_a is None) != (day_b is None) and self.lead:
            named = closest_days(self.lead[undated], days_named(self.names[dated]))
            return named is None or named > days
        return True

    def _lead_or_filed(self, k: int) -> set[tuple[int, int]]:
        filed = self.filed_day(k)
        return set(self.lead[k] if self.lead else ()) | ({filed} if filed is not None else set())

    def names_earlier_days(self, a: int, b: int, days: int) -> bool:
        """Whether the later of two dated articles names a day (not its own) within ``days`` of one the earlier
        was filed on or names (``days_about``): a strike's suspension on 10 March names the strike's day, 12
        March, as the announcement of 2 March did; a week-old bridge closure's update names the day it closed.
        Only the later one's days count: a rate decision naming the day of the next one ("due on 19 June") is no
        report of that next decision, which names its own next day (newsroom fixture)."""
        day_a, day_b = published_day(self.metas[a].published), published_day(self.metas[b].published)
        if day_a is None or day_b is None or day_a == day_b:
            return False
        earlier, later = (a, b) if day_a < day_b else (b, a)
        own = self.filed_day(later)
        gap = closest_days(self.days_about(earlier), days_named(self.names[later]) - {own})
        return gap is not None and gap <= days

    def days_about(self, k: int) -> set[tuple[int, int]]:
        """(month, day) of the day article ``k`` was filed on (``filed_day``) and of each calendar day its text
        names (``days_named``)."""
        filed = self.filed_day(k)
        return days_named(self.names[k]) | ({filed} if filed is not None else set())

    def filed_day(self, k: int) -> tuple[int, int] | None:
        """(month, day) of article ``k``'s publication date, else of its dateline, else None."""
        day = published_day(self.metas[k].published)
        if day is not None:
            return day.month, day.day
        return self.filed[k] if self.filed else None


def lead_days(text: str, title: str | None = None) -> frozenset[tuple[int, int]]:
    """(month, day) of the calendar days a text's headline and first sentence name, as the pair judge reads a
    lead (``events.event_specifics``): its dateline left out (the day it was filed), days it was said on ("said on
    5 May") too; a first paragraph of a few words (a byline) is no lead."""
    paragraphs = [span for span in paragraph_spans(text) if len(span.text_of(text).split()) >= _LEAD_MIN_WORDS]
    first = sentence_spans(text, paragraphs[0])[:1] if paragraphs else []
    lead = lead_text(title, [s.text_of(text) for s in first])
    return event_days(lead).month_days


def text_occasion(text: str, title: str | None = None, told_apart_read: bool = True) -> Occasion:
    """``events.occasion_of`` a stored text, read from the sentences the pair judge reads (``segment.segment``:
    every paragraph's, a short one too), so a recall or a repeat counted in a short paragraph counts for stories
    as for the judge; its first paragraph's first sentence is the lead. Where occasions told apart are not read
    (``told_apart_read``: ``TextConfig.occasion_told_apart_min_words`` 0), only a lead that tells a repeat (rare)
    has every paragraph cut into sentences, for its recalls of an earlier occasion: the rest need the lead only."""
    paragraphs = paragraph_spans(text)
    if not told_apart_read:
        first = [s.text_of(text) for s in sentence_spans(text, paragraphs[0])[:1]] if paragraphs else []
        if not tells_recurrence("\n".join(part for part in (title or "", *first) if part)):
            return occasion_of(title or "", first)
    return occasion_of(title or "", [s.text_of(text) for p in paragraphs for s in sentence_spans(text, p)])


def reads_occasions(config: TextConfig) -> bool:
    """Whether stories read what tells a text's occasion from another (``text_occasion``) under ``config``."""
    return config.recalled_occasion_min_words > 0 or config.occasion_told_apart_min_words > 0


_LEAD_MIN_WORDS = 6


def days_named(facts: Iterable[str]) -> set[tuple[int, int]]:
    """(month, day) of each calendar day among an article's ``event_facts`` ("@16 apr"; weekdays, months and days
    without a month name no day of the year)."""
    return {day for fact in facts if fact.startswith("@") and (day := month_day(fact[1:])) is not None}


def closest_days(one: Iterable[tuple[int, int]], other: Iterable[tuple[int, int]]) -> int | None:
    """The fewest days between a (month, day) of ``one`` and one of ``other`` (``days_apart_in_year``); None when
    either holds none."""
    return min((days_apart_in_year(x, y) for x in one for y in other), default=None)


@dataclass(frozen=True, slots=True)
class Link:
    a: int
    b: int
    score: float
    kind: str  # "derived", "similar" (both certain) or "undated" (scored; see ``event_groups``)
    copy: bool = False  # a derived link whose verdict is a copy (``COPY_RELATIONS``): one text (``text_families``)


def filed_day(text: str) -> tuple[int, int] | None:
    """The month and day of the dateline opening ``text`` ("KESSEL, 20 March (OPA) — …"), if it has one."""
    return dateline_day(text.lstrip().split("\n", 1)[0])


def names_of(text: str, min_chars: int = DEFAULT_STORIES.min_name_chars, min_mentions: int = 1,
             config: TextConfig = TEXT_DEFAULT) -> set[str]:
    """Lower-cased capitalised words of ``text`` that are not merely sentence-initial, named at least
    ``min_mentions`` times (names as the ``[text]`` settings ``config`` define them)."""
    return {name for name, count in name_counts(text, min_chars, config).items() if count >= min_mentions}


def name_counts(text: str, min_chars: int = DEFAULT_STORIES.min_name_chars,
                config: TextConfig = TEXT_DEFAULT) -> Counter[str]:
    """How often ``text`` names each of its names (``names_of``)."""
    return Counter(t.norm for t in name_tokens(text, config=config) if len(t.norm) >= min_chars)


def event_facts(
    text: str, min_chars: int = DEFAULT_STORIES.min_name_chars, min_mentions: int = DEFAULT_STORIES.min_name_mentions,
    config: TextConfig = TEXT_DEFAULT, mention_chars: int = DEFAULT_STORIES.name_mention_chars,
) -> set[str]:
    """What tells one event from another on the same subject: the names the text keeps coming back to
    (``names_of``: its actors and places, not the names it passes on once: other candidates, outlets quoted,
    background; a short text's at fewer mentions, ``name_mentions``), the numbers the text quotes ("#2300",
    "#4.75%", "#2019", "#1100000" for "£1.1m" and "£1.1 million"; one-digit numbers are everywhere and left out)
    and the days it names ("@tuesday", "@19 dec", "@mar"; see ``time_facts``). The digits of a clock time
    ("12:00", "10.30am") are no quoted number: every report gives the hour its own way."""
    mentions = time_expressions(text)
    facts = names_of(text, min_chars, name_mentions(text, min_mentions, mention_chars), config) \
        | time_facts(text, mentions)
    clocks = [(t.start, t.end) for t in mentions if t.kind == "time"]
    # nor are a phone number's digits or a reference to quote (``furniture.furniture_numbers``): a police force's
    # every appeal gives 101 and Crimestoppers' 0800 555 111
    skipped = clocks + furniture_numbers(text)
    for m in _NUMBER.finditer(text):
        if any(start <= m.start() < end for start, end in skipped):
            continue
        value = m.group(2).replace(",", "")
        letter = m.group(4) if m.group(1) or m.group(5) else ""
        unit = (m.group(3) or letter or "").lower().replace("per cent", "%").replace("percent", "%")
        if len(value.replace(".", "")) >= 2 or unit:
            facts.add(f"#{_amount(value, unit)}")
    return facts


def _amount(value: str, unit: str) -> str:
    """A quoted number as an event fact: its magnitude multiplied out ("1.1" million: "1100000"), a percent kept."""
    if unit not in _MAGNITUDE:
        return value + unit
    return f"{round(float(value) * _MAGNITUDE[unit]):d}"


def name_mentions(text: str, min_mentions: int, mention_chars: int) -> int:
    """How often ``text`` must name a name for it to be one of its event facts: ``min_mentions``, or in a text
    shorter than ``min_mentions`` × ``mention_chars`` characters one mention for each ``mention_chars`` begun (0:
    ``min_mentions`` always). A 70-word report names its council, its park and its councillor once each: those
    are its actors all the same (/tmp/probe48: two outlets' own reports of one vote shared no fact)."""
    if mention_chars <= 0:
        return min_mentions
    return max(1, min(min_mentions, math.ceil(len(text) / mention_chars)))


def read_as_short(chars: int, config: StoryConfig) -> bool:
    """Whether a text of ``chars`` characters is a brief (``StoryConfig.brief_max_chars``)."""
    return 0 < chars < config.brief_max_chars


def time_facts(text: str, mentions: Sequence[TimeMention] | None = None) -> set[str]:
    """The calendar days, weekdays and months ``text`` names ("@tuesday", "@19 dec", "@mar"), from the text
    layer's date parser. Days named relative to the text's own date ("yesterday", "last week") are left out:
    they fall on a different day in every report. Years are numbers, already facts ("#2016")."""
    found = set()
    for mention in time_expressions(text) if mentions is None else mentions:
        parts = mention.value.split()
        if mention.kind != "date" or parts[0] in RELATIVE_DAYS or parts[0] in RELATIVE_MODIFIERS:
            continue
        day = [p for p in parts if not (p.isdigit() and len(p) == 4)]
        if day:
            found.add("@" + " ".join(day))
    return found


def event_terms(text: str) -> Counter[str]:
    """How often ``text`` uses each content word (letters only, three at least, not a function word): what
    the event is about, beyond the subject its mean vector gives ("shutdown", "emergency", "reopen")."""
    return Counter(w for w in words(text) if len(w) >= 3 and w.isalpha() and is_content_word(w))


def family_words(text: str) -> frozenset[str]:
    """The words a family of copies is compared on (``family_readings``): its content words (``event_terms``), and
    the words where copies alter a text that are no content word: figures (a time, an amount), negations and
    small numbers ("without any arrests" made "with two arrests")."""
    return frozenset(w for w in words(text)
                     if (len(w) >= 3 and w.isalpha() and is_content_word(w)) or any(c.isdigit() for c in w)
                     or w in NEGATIONS or w in WEAK_NEGATIONS or w in SMALL_NUMBERS)


def term_vector(counts: Mapping[str, int], idf: Mapping[str, float]) -> dict[str, float]:
    """Unit-length tf-idf weights, (1 + log count) × idf, of the words of ``counts`` that ``idf`` holds."""
    weights = {w: (1.0 + math.log(c)) * idf[w] for w, c in counts.items() if w in idf}
    norm = math.sqrt(sum(x * x for x in weights.values()))
    return {w: x / norm for w, x in weights.items()} if norm else {}


def term_cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine of two ``term_vector`` results."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def event_groups(n: int, links: Sequence[Link], config: StoryConfig = DEFAULT_STORIES,
                 days: Sequence[tuple[int, int] | None] = (),
                 readings: StoryEvidence | None = None) -> list[list[int]]:
    """Stories as groups of ``n`` slots: certain links (copies, passing derivations, dated same-event links)
    join as connected components; then undated links, strongest first, merge two groups only when the mean
    link score across them clears ``min_link_score_undated`` and they were not filed apart (``days``: the
    (month, day) each slot was filed on, when known; the closest two across the groups more than ``window_days``
    apart). The mean is over pairs of members across the groups (pairs without a link count 0), or of texts and
    families of copies where one group holds no copies (``_scores_across``, read with ``readings``' tests of which
    member may stand for its family against a text; None: its best always). Each group sorted, listed by first
    member."""
    certain = [(link.a, link.b) for link in links if link.kind != "undated"]
    owner = [0] * n
    members: dict[int, set[int]] = {}
    for group in cluster(n, certain):
        for x in group:
            owner[x] = group[0]
        members[group[0]] = set(group)
    family = text_families(n, links, config)
    scores = {(min(x.a, x.b), max(x.a, x.b)): x.score for x in links if x.kind == "undated"}
    scores.update({(min(a, b), max(a, b)): 1.0 for a, b in certain})
    bar = config.min_link_score_undated
    for (a, b), score in sorted(scores.items(), key=lambda item: (-item[1], item[0])):
        ga, gb = owner[a], owner[b]
        if ga == gb or score < bar:
            continue
        across = _scores_across(members[ga], members[gb], family, scores, readings)
        if sum(across) / len(across) < bar:
            continue
        if days and groups_filed_apart(members[ga], members[gb], days, config.window_days):
            continue
        keep, gone = min(ga, gb), max(ga, gb)
        for x in members[gone]:
            owner[x] = keep
        members[keep] |= members.pop(gone)
    return sorted((sorted(group) for group in members.values()), key=lambda g: g[0])


def text_families(n: int, links: Sequence[Link], config: StoryConfig = DEFAULT_STORIES) -> list[int]:
    """The family of copies of each of ``n`` slots, as its first member's slot: a report and its copies and extracts,
    word for word or spun (``Link.copy``), which hold parts of one text; not rewrites and reused passages, each
    another outlet's own reading of the event, whose evidence the mean keeps (BASIL without dates: two Clinton
    email hearings' reports joined through such a family). Each slot its own with
    ``StoryConfig.families_score_as_one`` off. Two extracts of one report, its lead and its later paragraphs, share
    no sentence and few words: scored one by one, an independent report of the event sits close to the report and
    further from each extract, and the mean across the family fell under the bar (tests/fixtures/event_reports:
    the inquiry into a ferry's breakdown 0.60 / 0.49 / 0.33 against the report and its two extracts; probe56: every
    independent report a story of one)."""
    family = list(range(n))
    if config.families_score_as_one:
        for group in cluster(n, [(link.a, link.b) for link in links if link.copy]):
            for x in group:
                family[x] = group[0]
    return family


def _scores_across(one: set[int], other: set[int], family: Sequence[int], scores: Mapping[tuple[int, int], float],
                   readings: StoryEvidence | None = None) -> list[float]:
    """The link scores an undated merge of groups ``one`` and ``other`` averages (0 where no link): of every pair of
    members; but where one group holds no copies (texts of their own), of each of its texts with each family of
    copies of the other (``family``, ``text_families``), as ``_family_score`` reads it from ``readings`` (None: at
    its best member). Where both hold copies, the parts of each family meet the other's, and their mean is what
    keeps two stories on one subject apart (the same-topic corpus: two BBC stories' full texts score 0.76–0.82,
    their trimmed and partial copies well under): the bar was tuned on it."""
    def lone(group: set[int]) -> bool:  # (a family's members are in one group: copy links join)
        return all(family[k] == k for k in group)

    def score(x: int, y: int) -> float:
        return scores.get((min(x, y), max(x, y)), 0.0)

    if not (lone(one) or lone(other)):
        return [score(x, y) for x in one for y in other]
    text_side = one if lone(one) else other
    met: dict[tuple[int, int], list[tuple[float, int]]] = {}
    for x in one:
        for y in other:
            text, member = (x, y) if x in text_side else (y, x)
            met.setdefault((text, family[member]), []).append((score(x, y), member))
    return [_family_score(text, each, readings) for (text, _), each in met.items()]


def _family_score(text: int, met: Sequence[tuple[float, int]], readings: StoryEvidence | None) -> float:
    """The score of ``text`` against a family of copies, from its scores with each member (``(score, member)``):
    its best, where that member may stand for the family (``StoryEvidence.may_stand_for``: they share an event
    fact and their leads name no other days; ``readings`` None: always); else their mean; and 0 where the leads of
    ``text`` and of that best member name other days (``StoryEvidence.leads_name_other_days``): another event of
    the same actors (only the best member's lead: an extract's first sentence, a later paragraph of the report,
    may name a later day). The best member's score alone cannot tell one: true same-event best scores in
    tests/fixtures/event_reports run 0.73–0.92, another blast at the same quarry 0.80, and 0.92 by the fixture
    set's idf, where even the mean over the report and its two extracts (0.74) clears the bar (reviewB)."""
    best, member = max(met)
    if readings is None or len(met) == 1:
        return best
    if readings.leads_name_other_days(text, member):
        return 0.0
    if readings.may_stand_for(text, member):
        return best
    return sum(s for s, _ in met) / len(met)


def groups_filed_apart(one: Iterable[int], other: Iterable[int], days: Sequence[tuple[int, int] | None],
                       window: int) -> bool:
    """Whether two stories were filed more than ``window`` days apart: the closest two of their known filing
    days (``StoryEvidence.filed_day``) across them. A copy without its source's dateline (aggregators trim it)
    would otherwise carry its source's story into another event's: a bank's March and June decisions, each by
    one wire with its dateline, and a copy of the June one without."""
    gaps = [days_apart_in_year(a, b) for a in (days[x] for x in one) if a is not None
            for b in (days[y] for y in other) if b is not None]
    return bool(gaps) and min(gaps) > window


def cluster(n: int, links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of ``n`` nodes; each sorted, listed by first member (order-independent)."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for x in range(n):
        groups.setdefault(root(x), []).append(x)
    return sorted(groups.values(), key=lambda g: g[0])


def cluster_stories(
    evidence: StoryEvidence, pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES
) -> list[Story]:
    """Stories over the articles of ``evidence``, from their compared ``pairs`` (pairs naming other keys are
    ignored) and their story-level similarity."""
    metas = evidence.metas
    slot = {m.pk: k for k, m in enumerate(metas)}
    pairs = [p for p in pairs if p.a in slot and p.b in slot]
    names = evidence.names
    facts = (lambda pk: names[slot[pk]]) if names else None
    digest = (lambda pk: evidence.digests[slot[pk]]) if evidence.digests else None
    readings = family_readings(facts, (lambda pk: evidence.words[slot[pk]]) if evidence.words else None)
    return [_story(group, metas, pairs, facts, config, digest, readings)
            for group in story_groups(evidence, pairs, config)]


def story_groups(evidence: StoryEvidence, pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES
                 ) -> list[list[int]]:
    """The slots of ``evidence`` grouped by event (``event_groups``), from ``pairs`` naming its articles only."""
    links = story_links(evidence, pairs, config)
    days = [evidence.filed_day(k) for k in range(len(evidence.metas))]
    return event_groups(len(evidence.metas), links, config, days, evidence)


def story_evidence(
    metas: Sequence[ArticleMeta],
    texts: Iterable[tuple[int, str]],
    doc_vectors: Iterable[tuple[int, np.ndarray]],
    config: StoryConfig = DEFAULT_STORIES,
    text_config: TextConfig = TEXT_DEFAULT,
) -> StoryEvidence:
    """Dates, mean vectors, event facts and key words of the articles ``metas`` lists, in that order, from
    ``(key, text)`` and ``(key, mean vector)`` pairs (keys not in ``metas`` are ignored; an article without a
    vector gets zeros), with the idf of facts and words among these articles; names are read with the
    ``[text]`` settings ``text_config``."""
    slot = {m.pk: k for k, m in enumerate(metas)}
    facts: list[set[str]] = [set() for _ in metas]
    terms: list[Counter[str]] = [Counter() for _ in metas]
    english = [True] * len(metas)
    filed: list[tuple[int, int] | None] = [None] * len(metas)
    lead: list[frozenset[tuple[int, int]]] = [frozenset()] * len(metas)
    digests = [""] * len(metas)
    family: list[frozenset[str]] = [frozenset()] * len(metas)
    occasions = [NO_OCCASION] * len(metas)
    reading_occasions = reads_occasions(text_config)
    named: list[Counter[str]] = [Counter() for _ in metas]
    for pk, text in texts:
        if pk in slot:
            facts[slot[pk]] = event_facts(text, config.min_name_chars, config.min_name_mentions, text_config,
                                          config.name_mention_chars)
            named[slot[pk]] = name_counts(text, config.min_name_chars, text_config)
            terms[slot[pk]] = event_terms(text)
            english[slot[pk]] = reads_as_english(text, text_config)
            filed[slot[pk]] = filed_day(text)
            lead[slot[pk]] = lead_days(text, metas[slot[pk]].title)
            digests[slot[pk]] = text_digest(text)
            family[slot[pk]] = family_words(text)
            if reading_occasions:
                occasions[slot[pk]] = text_occasion(text, metas[slot[pk]].title,
                                                    text_config.occasion_told_apart_min_words > 0)
    vectors = _doc_vectors(doc_vectors, slot, len(metas))
    evidence = evidence_of(metas, vectors, facts, terms, _idf(facts), _idf(terms), english, filed, lead, digests,
                           family)
    return dataclasses.replace(evidence, occasions=occasions if reading_occasions else (),
                               occasion_config=text_config, named=named)


def evidence_of(
    metas: Sequence[ArticleMeta],
    vectors: np.ndarray,
    facts: Sequence[set[str]],
    terms: Sequence[Mapping[str, int]],
    fact_idf: dict[str, float],
    term_idf: Mapping[str, float],
    english: Sequence[bool] = (),
    filed: Sequence[tuple[int, int] | None] = (),
    lead: Sequence[frozenset[tuple[int, int]]] = (),
    digests: Sequence[str] = (),
    words: Sequence[frozenset[str]] = (),
    occasions: Sequence[Occasion] = (),
    occasion_config: TextConfig = TEXT_DEFAULT,
) -> StoryEvidence:
    """The evidence of articles whose facts and word counts are known, with idf from a whole corpus (a
    store, or every partition of a Spark job)."""
    return StoryEvidence(metas, vectors, facts, fact_idf, [term_vector(t, term_idf) for t in terms], english,
                         filed, lead, digests, occasions, occasion_config, words=words)


def text_digest(text: str) -> str:
    """A digest of an article's text after extraction: two texts with one digest are the same text."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def story_links(
    evidence: StoryEvidence, pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES
) -> list[Link]:
    """The links stories are the connected components of: derivations that pass, and similar coverage."""
    slot = {m.pk: k for k, m in enumerate(evidence.metas)}
    # Stored same_story verdicts are not links here: the pair judge calls topic-alike articles same_story
    # even years apart (BASIL: 35 of 62 such verdicts joined different events), which chains clusters.
    parts = compiled_part_readings(pairs, config)
    joining = [p for k, p in enumerate(pairs) if k not in parts]
    derived = derived_links(evidence, joining, slot, config, compilations(pairs, config))
    # A compiled part's two articles are no closer by subject than by their reuse: a roundup names the actors of each
    # story it quotes, so its mean vector and names sit near each of them, and the similarity tests would join through
    # it the stories its derivations were cut from (a council vote and a school closure in one evening's roundup).
    # Only a block: where the part holds little of the article it quotes (BASIL: a sentence or two of another
    # outlet's report of the same event, at most 0.28 of it), the two are likely one event's coverage after all;
    # and only where the quoted article reports another event than the compiling one's main source
    # (``_another_event``): an update built on one report that lifts the same event's statement stays with both.
    compiled = {frozenset((slot[pairs[k].a], slot[pairs[k].b])) for k, part in parts.items()
                if part.share >= config.compiled_block_min_share
                and _another_event(evidence, slot, slot[part.quoted], part.main_sources, config)}
    similar = [link for link in similarity_links(evidence, config) if frozenset((link.a, link.b)) not in compiled]
    return derived + without_other_events(similar, pairs, slot)


def without_other_events(links: Sequence[Link], pairs: Sequence[StoredPair], slot: Mapping[int, int]) -> list[Link]:
    """``links`` but those between two articles whose stored verdict found them built alike sentence by sentence
    to tell other events (``Verdict.another_event_told_alike``: next month's figures written from last month's
    report, next year's festival from this year's). Their subject, names and key words are alike by construction,
    so the similarity tests join them; the pair judge has read what tells the two events apart, their figures.
    Independent reports the judge calls other events are left to the similarity tests: a report filed a day
    later dates its lead to its own day (BASIL: 6 of 9 such verdicts between reports of one event); but not where
    one of them tells its occasion as a repeat and recalls the other's as the earlier one
    (``Verdict.another_occasion_recalled``: the second fire at a factory, whose report says what burned the first
    time), which no report of one occasion does."""
    apart = {frozenset((slot[p.a], slot[p.b])) for p in pairs
             if p.a in slot and p.b in slot
             and p.verdict.keeps_stories_apart}
    return [link for link in links if frozenset((link.a, link.b)) not in apart]


def without_compiled_parts(pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES) -> list[StoredPair]:
    """``pairs`` without the derivations that reach only a compiled part of an article: a page made of two
    articles (one reported at length, a few paragraphs of another quoted into it) is a copy of both, but one
    story's page; its derivation from the other article would join two events through it. A derivation is such
    a part when the article's derivation that covers it most (``coverage``) leaves room for it (the two cover
    different parts of it: their shares overlap by at most ``config.max_compiled_parts_overlap``) and it does not
    hold the other article whole (a trimmed copy of an article's end is a part of that article, and a copy all
    the same). The article stays in the story of the derivation covering most of it (of each, when several tie)."""
    parts = compiled_parts(pairs, config)
    return [p for k, p in enumerate(pairs) if k not in parts]


def compiled_parts(pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES) -> dict[int, float]:
    """The positions in ``pairs`` of the derivations that reach only a compiled part of an article
    (``without_compiled_parts``), each with the share of the quoted article (the other side) the part holds."""
    return {k: part.share for k, part in compiled_part_readings(pairs, config).items()}


@dataclasses.dataclass(frozen=True)
class CompiledPart:
    """A derivation reaching only a compiled part of an article: the key of the quoted article and the share of it
    the part holds, and the keys of the articles the compiling one derives most of itself from (its main sources)."""

    quoted: int
    share: float
    main_sources: frozenset[int]


def compiled_part_readings(pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES
                           ) -> dict[int, CompiledPart]:
    """``compiled_parts`` with each part's compiling article's main sources (``CompiledPart``)."""
    overlap = config.max_compiled_parts_overlap
    whole = 1.0 - overlap  # the same margin: sentences both alignments hold
    covering: dict[int, list[tuple[float, float, int, int]]] = {}
    for k, p in enumerate(pairs):
        if p.verdict.relation in DERIVED_RELATIONS:
            covering.setdefault(p.a, []).append((p.verdict.coverage_a, p.verdict.coverage_b, k, p.b))
            covering.setdefault(p.b, []).append((p.verdict.coverage_b, p.verdict.coverage_a, k, p.a))
    parts: dict[int, CompiledPart] = {}
    for shares in covering.values():
        most = max(share for share, _, _, _ in shares)
        mains = frozenset(source for share, _, _, source in shares if share == most)
        # Every derivation tied for the most stays: choosing one of them by list position would make a
        # story's members depend on the order the pairs were stored in.
        for share, other, k, quoted in shares:
            if share < most and share + most <= 1.0 + overlap and other < whole:
                known = parts.get(k)
                parts[k] = CompiledPart(quoted, max(known.share if known else 0.0, other),
                                        mains | (known.main_sources if known else frozenset()))
    return parts


def _another_event(evidence: StoryEvidence, slot: Mapping[int, int], quoted: int, sources: Iterable[int],
                   config: StoryConfig = DEFAULT_STORIES) -> bool:
    """Whether the article at slot ``quoted`` reports another event than each of the articles ``sources`` (keys):
    filed more than a day apart, or naming fewer than ``StoryConfig.compiled_same_event_min_names`` names in common
    (``StoryEvidence.named``), an organisation's or a street's word aside ("council", "road": any two local
    stories say them). One shared name is the region a local site covers ("Kent"); a roundup's two stories of one
    evening (a council vote, a school closure) share no more. An afternoon update built on a fire report that lifts
    the council's statement closing two schools because of its smoke holds one event's two reports, naming the
    same site, road, town and county (fixst, reviewC 3). No names read (``named`` empty): another event, as before."""
    if not evidence.named:
        return True
    quoted_names = _specific_names(evidence.named[quoted])
    for key in sources:
        source = slot.get(key)
        if source is None:
            continue
        days = published_day(evidence.metas[quoted].published), published_day(evidence.metas[source].published)
        apart = days[0] is not None and days[1] is not None and abs((days[0] - days[1]).days) > 1
        shared = quoted_names & _specific_names(evidence.named[source])
        if not apart and len(shared) >= config.compiled_same_event_min_names:
            return False
    return True


def _specific_names(named: Mapping[str, int]) -> set[str]:
    """The names of ``named`` (``name_counts``) that say which event: not an organisation's or a street's word."""
    return {name for name in named if name not in ORGANISATION_WORDS and name not in STREET_WORDS}


def derived_links(
    evidence: StoryEvidence,
    pairs: Sequence[StoredPair],
    slot: dict[int, int],
    config: StoryConfig = DEFAULT_STORIES,
    compiled: Set[int] | None = None,
) -> list[Link]:
    """Copies always link; a rewrite or partial reuse links only where the two could report one event.
    ``compiled``: the articles read as compilations (``compilations``; None: read from ``pairs``)."""
    links = []
    compiled = compilations(pairs, config) if compiled is None else compiled
    for p in pairs:
        if p.verdict.relation not in DERIVED_RELATIONS:
            continue
        a, b = slot[p.a], slot[p.b]
        # A copy reproduces its source's text, so it belongs to that story however late it is republished.
        # A rewrite or a reused paragraph is weaker: a later article quoting old background is a new event,
        # and the judge calls some topic-alike reports rewrites (BASIL: 20 of 67 derived verdicts joined
        # different events, all rewrites published 23 days to 7 years apart). So these must pass the same
        # tests of one event as independent coverage, though with a lower bar: the verdict is evidence too.
        # A side that comes wholly from the other (a summary, a shortened rewrite) restates its source's report,
        # not old background: like a copy it needs no event score, only to be about the same thing (mean vectors)
        # and not filed apart (a short summary names each actor once, so its facts and key words score low).
        # A rewrite or reuse whose verdict names who copied whom, and whose later text names a day the earlier
        # one is about (a strike announced for 12 March, called off for that day eight days later), is one
        # developing story beyond the window; one naming no such day stays a new event (probe39 k1/k2).
        # A side the other holds word for word, whole (an alert that is its article's lead), is that text's copy
        # however short: a few sentences' mean vector drifts from a long text's (probe54's alerts: 0.77), so it is
        # held to the window alone, not to the closeness of subject (``StoryConfig.whole_reuse_floorless``).
        if p.verdict.relation not in COPY_RELATIONS:
            cosine = float(evidence.vectors[a] @ evidence.vectors[b])
            whole = max(p.verdict.coverage_a, p.verdict.coverage_b) >= config.derived_whole_min_share
            bar = 0.0 if whole else config.min_derived_score_undated
            directed = p.verdict.direction in ("a_to_b", "b_to_a")
            floored = not (whole and p.verdict.relation == "partial_reuse" and config.whole_reuse_floorless
                           and _holder_about_held(evidence, p, slot, compiled, config))
            if _event_score(evidence, a, b, cosine, config, 0.0, bar,
                            bridged=directed and evidence.names_earlier_days(a, b, config.window_days),
                            floored=floored) is None:
                continue
        links.append(Link(a, b, p.verdict.confidence, "derived", p.verdict.relation in COPY_RELATIONS))
    return links


_WORD_FOR_WORD = frozenset({"duplicate", "near_duplicate", "partial_reuse"})


def held_whole(pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES) -> dict[int, dict[int, float]]:
    """For each article that holds others whole, word for word (a reuse or copy whose other side's share is at least
    ``derived_whole_min_share`` and its own less), those others' keys and the share of it each takes up. A rewrite's
    "whole" is a reading of paraphrase (a post retelling an article's lead), which says nothing of separate parts."""
    held: dict[int, dict[int, float]] = {}
    for p in pairs:
        if p.verdict.relation not in _WORD_FOR_WORD:
            continue
        for holder, inner, own, other in ((p.a, p.b, p.verdict.coverage_a, p.verdict.coverage_b),
                                          (p.b, p.a, p.verdict.coverage_b, p.verdict.coverage_a)):
            if other >= config.derived_whole_min_share > own:
                held.setdefault(holder, {})[inner] = own
    return held


def compilations(pairs: Sequence[StoredPair], config: StoryConfig = DEFAULT_STORIES) -> set[int]:
    """The articles that hold two stored texts whole at separate parts (their shares of it overlap by at most
    ``max_compiled_parts_overlap``) that are not linked to each other (no derivation between them): a digest of the
    morning's briefs, a live blog holding each wire alert of the day. Holding a text whole says it is inside the
    compilation, not that the compilation is about its event (reviewA: a seven-item briefing joined a bridge closure,
    a football match and a court case). An alert and its re-post are linked: one part, one event."""
    linked = {frozenset((p.a, p.b)) for p in pairs if p.verdict.relation in DERIVED_RELATIONS}
    found = set()
    for holder, inner in held_whole(pairs, config).items():
        if any(frozenset((x, y)) not in linked and inner[x] + inner[y] <= 1.0 + config.max_compiled_parts_overlap
               for x, y in itertools.combinations(sorted(inner), 2)):
            found.add(holder)
    return found


def _holder_about_held(evidence: StoryEvidence, pair: StoredPair, slot: Mapping[int, int], compiled: Set[int],
                       config: StoryConfig) -> bool:
    """Whether the side of ``pair`` that holds the other whole is about the held text's event, so that the held text
    may skip the mean vectors' floor: no compilation (``compilations``), and the held text's names recur in the holder
    beyond the held passage (named more often there than in the held text: an article goes on about its alert's
    actors and places) at least ``whole_reuse_about_min_names`` times, or the holder's title names one of them (its
    headline tells the alert's news). Unknown without the names' counts (``StoryEvidence.named``): floored."""
    v = pair.verdict
    holder, inner = (pair.a, pair.b) if v.coverage_b >= v.coverage_a else (pair.b, pair.a)
    if holder in compiled or not evidence.named:
        return False
    held, holding = evidence.named[slot[inner]], evidence.named[slot[holder]]
    recurring = sum(1 for name, count in held.items() if holding.get(name, 0) > count)
    if recurring >= config.whole_reuse_about_min_names:
        return True
    title = evidence.metas[slot[holder]].title or ""
    return bool(set(held) & names_of(title, config.min_name_chars, 1, evidence.occasion_config))


def similarity_links(evidence: StoryEvidence, config: StoryConfig = DEFAULT_STORIES) -> list[Link]:
    """Same-story links between mean-vector neighbours: "similar" when both are dated, within the window and
    share enough names; "undated" (every neighbour pair close enough in subject, with its score) otherwise.
    Only articles that read as English: the mean vectors, names and key words are English readings, and pages in
    other languages sit close together whatever they report (1,571 crawled pages: undated "stories" of 24–56
    unrelated pages); those join stories by their copies (``derived_links``) alone."""
    links = []
    for a, b, cosine in neighbour_pairs(evidence, config):
        # (the same actors' other occasion, one recalling the other's, as the pair judge reads them)
        if not evidence.both_english(a, b) or evidence.recalls_the_other(a, b):
            continue
        dated = all(published_day(evidence.metas[k].published) is not None for k in (a, b))
        if dated:
            score = _event_score(evidence, a, b, cosine, config, config.min_link_score, config.min_link_score_undated)
            if score is not None:
                links.append(Link(a, b, round(score, 4), "similar"))
        elif cosine >= config.min_doc_cosine and not evidence.filed_apart(a, b, config.window_days):
            score = link_score(evidence, a, b, cosine, config)
            links.append(Link(a, b, round(score, 4), "undated"))
    return links


def _event_score(
    evidence: StoryEvidence,
    a: int,
    b: int,
    cosine: float,
    config: StoryConfig,
    min_dated: float,
    min_undated: float,
    bridged: bool = False,
    floored: bool = True,
) -> float | None:
    """The link score of articles ``a`` and ``b`` when they could be one event and it clears the bar for
    what is known of their dates; otherwise None. ``bridged``: the days the two were filed on need not be
    within the window (the days they name are). ``floored``: the mean vectors must reach ``min_doc_cosine``."""
    meta_a, meta_b = evidence.metas[a], evidence.metas[b]
    if floored and cosine < config.min_doc_cosine:
        return None
    if not bridged and (not _within_window(meta_a, meta_b, config.window_days)
                        or evidence.filed_apart(a, b, config.window_days)):
        return None
    score = link_score(evidence, a, b, cosine, config)
    dated = published_day(meta_a.published) is not None and published_day(meta_b.published) is not None
    return score if score >= (min_dated if dated else min_undated) else None


def link_score(evidence: StoryEvidence, a: int, b: int, cosine: float, config: StoryConfig = DEFAULT_STORIES) -> float:
    """How surely articles ``a`` and ``b`` report one event: their mean-vector closeness above the floor, the
    idf-weighted Jaccard of the facts both state (none where each names other actors, ``_other_actors``, or where
    a side is short and every figure and day differs, ``_figures_all_other``), and the cosine of their key words
    (``term_vector``)."""
    closeness = (cosine - config.min_doc_cosine) / (1.0 - config.min_doc_cosine)
    names_a, names_b, idf = evidence.names[a], evidence.names[b], evidence.idf
    total = sum(idf.get(n, 0.0) for n in names_a | names_b)
    both = names_a & names_b
    brief = any(read_as_short(evidence.metas[k].chars, config) for k in (a, b))
    told = total and not _other_actors(names_a, names_b, config) \
        and not (brief and _figures_all_other(names_a, names_b, config))
    shared = sum(idf.get(n, 0.0) for n in both) / total if told else 0.0
    words = term_cosine(evidence.terms[a], evidence.terms[b]) if evidence.terms else 0.0
    return config.doc_weight * max(0.0, closeness) + config.fact_weight * shared + config.term_weight * words


def _other_actors(facts_a: set[str], facts_b: set[str], config: StoryConfig) -> bool:
    """Whether each text names actors (names, not numbers "#…" or days "@…"; one named in no other text too) and
    not one is the other's (``StoryConfig.figures_need_a_name``; off: never): then a figure and a day both give
    are a coincidence. A shipyard's 900 apprentices and a dairy's 900 tonnes of cheese, both starting in January,
    scored a shipyard and a dairy above three outlets' reports of one council vote (/tmp/probe48 L1 / S1: 0.865).
    A text naming no actor often enough keeps its figures and days: a 138-word report of a flood shares the
    storm's days with the council's statement (tests/fixtures/corpus)."""
    names_a = {f for f in facts_a if _is_name(f)}
    names_b = {f for f in facts_b if _is_name(f)}
    return config.figures_need_a_name and bool(names_a) and bool(names_b) and not names_a & names_b


def _is_name(fact: str) -> bool:
    """Whether an event fact is a name, not a number ("#…") or a day ("@…")."""
    return fact[:1] not in "#@"


def _figures_all_other(facts_a: set[str], facts_b: set[str], config: StoryConfig) -> bool:
    """Whether each text gives at least ``StoryConfig.other_figures_min_each`` figures and days (0: never) and not
    one of them is the other's: the same actors' other event (a shipyard's £200m refit contract beside its record
    apprentice intake, a lido's appeal beside the pool's reopening: /tmp/probe48 L1 / N1, L4 / N4), whose shared
    names say who, not what happened. ``link_score`` asks it where a side is short (``read_as_short``): a brief's
    names, read at a mention or two, are its actors whatever it reports, where a full report's recur around its
    event; long reports of one event may each give their own figures (BASIL)."""
    floor = config.other_figures_min_each
    figures_a = {f for f in facts_a if not _is_name(f)}
    figures_b = {f for f in facts_b if not _is_name(f)}
    return floor > 0 and len(figures_a) >= floor and len(figures_b) >= floor and not figures_a & figures_b


def origin_of(members: Sequence[int], pairs: Sequence[StoredPair], metas: Mapping[int, ArticleMeta],
              facts: Callable[[int], set[str]] | None = None, config: StoryConfig = DEFAULT_STORIES,
              digest: Callable[[int], str] | None = None,
              readings: Callable[[int], Set[str]] | None = None) -> int | None:
    """The member the others derive from where evidence names one (``origin_texts``), else None: where it ties
    between texts that differ, and where it reaches N copies of one text that nothing tells apart (no site, id or
    store order may stand for them: a local paper is not the wire's source because its name sorts first)."""
    chosen = origin_texts(members, pairs, metas, facts, config, digest, readings)
    return chosen[0] if len(chosen) == 1 else None


def origin_texts(members: Sequence[int], pairs: Sequence[StoredPair], metas: Mapping[int, ArticleMeta],
                 facts: Callable[[int], set[str]] | None = None, config: StoryConfig = DEFAULT_STORIES,
                 digest: Callable[[int], str] | None = None,
                 readings: Callable[[int], Set[str]] | None = None) -> tuple[int, ...]:
    """The members the others derive from, chosen by evidence and never by the order articles were stored in nor by
    their ids or sites: one member, or the N copies of one text evidence cannot order (``_one_text``), or none where
    the evidence ties between texts that differ.

    Members an undirected ``duplicate`` verdict joins are one text (``twin_sets``), so the origin is chosen among
    twin sets, then inside its set. A candidate set derives from no other set by the directed verdicts (credits,
    containment, spin, dates as the judge read them) and is joined to the family by some derived verdict, directed
    or not. Among candidates: one whose claim to be first is a date stamp the judge read and overruled
    (``_stamp_overruled``) comes after those with copies of their own; then the earliest publication day (a dated
    text that an undated copy's own copies outnumber is still the first known; undated sets come last), then most
    members derived from it (through its copies too), then the set whose facts (``facts``: names, figures, days of a
    key) its copies keep most (a near-duplicate that changed a figure is the edited copy, not the source of copies
    stating the figure it changed). Inside the set: the earliest published, then the member whose headline its
    copies keep (a retitled twin is the edited one); twins still tied that are one text (``digest``: the same after
    extraction) are N copies of it, given together (``_one_text``). Without a
    candidate (directed verdicts in a cycle: a judge's mistake somewhere): the earliest published member of an
    undirected derivation, else none. Undirected verdicts join the directed ones where the family's shape names the
    origin (``common_text_copies``: sister papers' versions of one story, each with a local top of its own), and
    where the family read as a whole does (``family_stemma``, with ``readings``: each member's event facts and
    content words, ``family_readings``): copies of one original that each changed another figure."""
    inside = set(members)
    among = [p for p in pairs if p.a in inside and p.b in inside]
    derived = [p for p in among if p.verdict.relation in DERIVED_RELATIONS]
    twins = twin_sets(inside, derived)
    edges = {(twins[s], twins[c]) for s, c in derivations((p.a, p.b, p.verdict) for p in derived)
             if twins[s] != twins[c]}
    edges |= {(twins[s], twins[c]) for s, c in common_text_copies(among, twins, metas, config) if twins[s] != twins[c]}
    read = family_stemma(among, twins, metas, readings, config)
    if read is not None:
        edges |= {(twins[read.origin], twins[c]) for c in stemma_copies(twins[read.origin], derived, metas)}
    copied = {c for _, c in edges}
    quoting = quoters((p.a, p.b, p.verdict) for p in derived)
    linked = {twins[pk] for p in derived for pk in (p.a, p.b) if twins[p.a] != twins[p.b]}
    candidates = {group for group in linked if group not in copied and not group & quoting}
    if not candidates or not edges:
        undirected = {pk for p in derived if p.verdict.direction == "unknown" for pk in (p.a, p.b)} - quoting
        dated = [pk for pk in undirected if published_day(metas[pk].published) is not None]
        return _one_text(_earliest(metas, dated), digest)

    below = _descendant_counts(candidates, edges)
    first = _first_key(metas, [pk for group in candidates for pk in group])

    def support(group: frozenset[int]) -> tuple[bool, tuple[str, str], int]:
        overruled = not below[group] and _stamp_overruled(group, derived, metas)
        return overruled, min(first(pk) for pk in group), -below[group]

    def kept(group: frozenset[int]) -> float:  # read only for tied candidates: facts may be read lazily
        copies = [pk for d in _descendants(group, edges) for pk in d]
        shares = [_jaccard(facts(min(group)), facts(pk)) for pk in copies] if facts is not None else []
        return round(sum(shares) / len(shares), 6) if shares else 0.0

    best = min(support(group) for group in candidates)
    tied = [group for group in candidates if support(group) == best]
    if len(tied) > 1:
        most = max(kept(group) for group in tied)
        tied = [group for group in tied if kept(group) == most]
    if len(tied) > 1:
        return ()  # nothing the texts say parts them: any choice would be the ids' or the store's order
    (chosen,) = tied
    earliest = _earliest(metas, chosen)
    if len(earliest) > 1:
        titled = _headline_kept(earliest, [pk for d in _descendants(chosen, edges) for pk in d], metas)
        earliest = [pk for pk in earliest if titled[pk] == max(titled.values())]
    return _one_text(earliest, digest)


def family_stemma(pairs: Sequence[StoredPair], twins: Mapping[int, frozenset[int]], metas: Mapping[int, ArticleMeta],
                  readings: Callable[[int], Set[str]] | None,
                  config: StoryConfig = DEFAULT_STORIES) -> Stemma[int] | None:
    """The family's origin by its members' readings (``families.stemma``), over the members derived verdicts join
    (one of each twin set: one text), where the origin is joined to every other member by a derived verdict of its
    own: the member every other derives from. None without ``readings`` or where the family names no origin."""
    if readings is None:
        return None
    derived = [p for p in pairs if p.verdict.relation in DERIVED_RELATIONS and twins[p.a] != twins[p.b]]
    groups = sorted({twins[pk] for p in derived for pk in (p.a, p.b)}, key=min)
    read = stemma([min(g) for g in groups], readings, config.stemma_min_members)
    if read is None:
        return None
    joined = {twins[pk] for p in derived if read.origin in twins[p.a] | twins[p.b] for pk in (p.a, p.b)}
    return read if len(joined) == len(groups) else None


def stemma_copies(origin: frozenset[int], pairs: Sequence[StoredPair], metas: Mapping[int, ArticleMeta]) -> set[int]:
    """The members a family's stemma origin (``family_stemma``, with its twins) joins by a derived verdict naming no
    direction, published no earlier than it: the family's evidence fills what the pair's own clues leave open; a
    verdict naming a direction (a date, a credit, a clue of the texts) stands."""
    first = min(date_key(metas[pk]) for pk in origin)
    return {other for p in pairs if p.verdict.relation in DERIVED_RELATIONS and p.verdict.direction == "unknown"
            and (p.a in origin) != (p.b in origin) for other in (p.b if p.a in origin else p.a,)
            if date_key(metas[other]) >= first}


def family_readings(facts: Callable[[K], set[str]] | None,
                    words: Callable[[K], Set[str]] | None) -> Callable[[K], Set[str]] | None:
    """What ``families.stemma`` compares members on: their event facts (names, figures, days) and content words."""
    if facts is None or words is None:
        return None
    return lambda pk: facts(pk) | set(words(pk))


def _earliest(metas: Mapping[int, ArticleMeta], keys: Iterable[int]) -> list[int]:
    """The members of ``keys`` published first (``_first_key``), all of them where several tie."""
    keys = list(keys)
    first = _first_key(metas, keys)
    soonest = min((first(pk) for pk in keys), default=None)
    return sorted(pk for pk in keys if first(pk) == soonest)


def _one_text(keys: Sequence[int], digest: Callable[[int], str] | None) -> tuple[int, ...]:
    """The members evidence chose: the one, or several tied that are all one text (``digest``, ``text_digest``: a
    wire story and a paper's byte-identical copy of it, dated alike), given together since nothing tells which came
    first (their sites' or ids' order would, and a reader would take it for evidence). Of several that differ,
    however little (scare quotes added, probe43 qs_src/qs_scare), or whose texts are unknown: none, since naming
    one would be the names' choice, not the texts'."""
    if len(keys) == 1:
        return (keys[0],)
    if keys and digest is not None and len({digest(pk) for pk in keys}) == 1:
        return tuple(sorted(keys))
    return ()


def _stamp_overruled(group: frozenset[int], derived: Sequence[StoredPair], metas: Mapping[int, ArticleMeta]) -> bool:
    """Whether every derived verdict joining ``group`` to the rest of its family named no direction although both
    texts are dated on different days: the judge read the date clue and other clues (a spinner's picks, site chrome,
    containment) disputed it, so its date stamp is no evidence that it came first (a content farm's page stamped
    days before the original it copied, probe44 d1)."""
    joining = [p for p in derived if (p.a in group) != (p.b in group)]
    return bool(joining) and all(p.verdict.direction == "unknown" and _days_differ(metas[p.a], metas[p.b])
                                 for p in joining)


def _days_differ(a: ArticleMeta, b: ArticleMeta) -> bool:
    days = published_day(a.published), published_day(b.published)
    return days[0] is not None and days[1] is not None and days[0] != days[1]


def _headline_kept(twins: Sequence[int], copies: Sequence[int], metas: Mapping[int, ArticleMeta]) -> dict[int, float]:
    """For each of ``twins`` (one text under several ids), how much of its headline's words the family's copies
    keep, on average: the copies of a text retitled as clickbait keep the headline it had before."""
    def heading(pk: int) -> set[str]:
        return set(words(metas[pk].title or ""))

    return {pk: round(sum(_jaccard(heading(pk), heading(c)) for c in copies) / len(copies), 6) if copies else 0.0
            for pk in twins}


def common_text_copies(pairs: Sequence[StoredPair], twins: Mapping[int, frozenset[int]],
                       metas: Mapping[int, ArticleMeta], config: StoryConfig = DEFAULT_STORIES) -> set[tuple[int, int]]:
    """(origin, copy) for each member derived from the family's common text (``families.common_text``, one text up
    to its duplicates) by a verdict naming no direction and published no earlier; none where the shape names no
    single text (two texts held whole the same way: a brief inside a feature inside sister papers' versions)."""
    common = {twins.get(pk, frozenset({pk}))
              for pk in common_text(((p.a, p.b, p.verdict) for p in pairs), config.derived_whole_min_share,
                                    config.common_text_min_share)}
    if len(common) != 1:
        return set()
    (origin,) = common
    first = min(date_key(metas[pk]) for pk in origin)
    return {(s, c) for p in pairs if p.verdict.relation in DERIVED_RELATIONS and p.verdict.direction == "unknown"
            for s, c in ((p.a, p.b), (p.b, p.a)) if s in origin and c not in origin and date_key(metas[c]) >= first}


def _first_key(metas: Mapping[int, ArticleMeta], members: Iterable[int]) -> Callable[[int], tuple[str, str]]:
    """How members are ordered by when they were published: by day (``date_key``), then by the moment where every
    one of ``members`` gives its time of day (a speech's transcript at 10:00 before the report of it at 13:00 the
    same day, whatever their ids), not where any gives only its day (no order within that day is known)."""
    keys = list(members)
    timed = bool(keys) and all(_moment(metas[pk]) for pk in keys)
    return lambda pk: (date_key(metas[pk]), _moment(metas[pk]) if timed else "")


def _moment(meta: ArticleMeta) -> str:
    """A sortable UTC moment of ``meta``'s publication where it gives a time of day, else ""."""
    published = (meta.published or "").strip()
    if len(published) <= len("YYYY-MM-DD"):
        return ""
    moment = published_instant(published)
    return moment.isoformat() if moment is not None else ""


def twin_sets(members: Iterable[int], pairs: Sequence[StoredPair]) -> dict[int, frozenset[int]]:
    """Each member's set of members joined to it by ``duplicate`` verdicts that name no direction: one text
    stored under several ids (a wire story on two sites), which no verdict can order."""
    keys = list(dict.fromkeys(members))
    slot = {pk: k for k, pk in enumerate(keys)}
    joined = [(slot[p.a], slot[p.b]) for p in pairs if p.verdict.relation == "duplicate"
              and p.verdict.direction == "unknown" and p.a in slot and p.b in slot]
    sets: dict[int, frozenset[int]] = {}
    for group in cluster(len(keys), joined):
        twins = frozenset(keys[k] for k in group)
        sets.update(dict.fromkeys(twins, twins))
    return sets


def _descendants(start: frozenset[int], edges: set[tuple[frozenset[int], frozenset[int]]]) -> list[frozenset[int]]:
    """The sets derived from ``start`` through the directed ``edges`` (a copy's copies too)."""
    return sorted(reached(start, adjacency(edges)) - {start}, key=min)


def _descendant_counts(starts: Iterable[frozenset[int]], edges: set[tuple[frozenset[int], frozenset[int]]]
                       ) -> dict[frozenset[int], int]:
    """How many members derive from each of ``starts`` through the directed ``edges``."""
    after = adjacency(edges)
    return {start: sum(len(d) for d in reached(start, after) - {start}) for start in starts}


def adjacency(edges: Iterable[tuple[T, T]]) -> dict[T, list[T]]:
    """Each node's successors, built once: a story of hundreds of members has thousands of edges."""
    after: dict[T, list[T]] = {}
    for s, c in edges:
        after.setdefault(s, []).append(c)
    return after


def reached(start: T, after: Mapping[T, Sequence[T]]) -> set[T]:
    """``start`` and every node ``after`` (``adjacency``) leads to from it."""
    seen, frontier = {start}, [start]
    while frontier:
        for c in after.get(frontier.pop(), ()):
            if c not in seen:
                seen.add(c)
                frontier.append(c)
    return seen


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def copy_roles(origin: int, members: Sequence[int], pairs: Sequence[StoredPair], metas: Mapping[int, ArticleMeta],
               config: StoryConfig = DEFAULT_STORIES) -> dict[int, str]:
    """"source" for the origin, "copy" for each member derived from it or from one of its copies: by a verdict
    naming that direction, or by one naming none when the member is a whole copy (a duplicate, a near-duplicate, a
    spun copy, or a text at least ``derived_whole_min_share`` of which comes from the other: a summary) published
    no earlier than the origin (``origin_of`` chose the origin over it), or when it holds the origin whole, published
    after it (``_holds_earlier_whole``). A member only the source of a copy, sharing
    a common source with one, or sharing a passage whose direction no clue tells gets no role. A member that quotes
    another (``families.quoters``: a fact-check, a report quoting a statement) gets none either, but what was copied
    from it is a copy where it quotes a member the origin reaches (``quoted_links``)."""
    inside = set(members)
    among = [p for p in pairs if p.a in inside and p.b in inside]
    # A member that quotes another (``families.quoters``: a fact-check) is a link of the story, not a copy, wherever
    # a verdict missed its quotation marks.
    quoting = quoters((p.a, p.b, p.verdict) for p in among if p.verdict.relation in DERIVED_RELATIONS)
    links = quoted_links(among, quoting) if config.quoters_copies_derive else set()
    among = [p for p in among if p.a not in quoting and p.b not in quoting]
    edges = derivations((p.a, p.b, p.verdict) for p in among) | links
    first = date_key(metas[origin])
    edges |= {(s, c) for p in among if p.verdict.relation in DERIVED_RELATIONS and p.verdict.direction == "unknown"
              for s, c in ((p.a, p.b), (p.b, p.a))
              if (_whole_copy(p, c, config) and date_key(metas[c]) >= first)
              or (config.later_holders_derive and s == origin and _holds_earlier_whole(p, c, metas, config))}
    after = {s: sorted(cs) for s, cs in adjacency(edges).items()}
    return {pk: "copy" for pk in reached(origin, after) - quoting} | {origin: "source"}


def _holds_earlier_whole(pair: StoredPair, holder: int, metas: Mapping[int, ArticleMeta], config: StoryConfig) -> bool:
    """Whether ``holder`` holds the other text of ``pair`` whole (its share at least ``derived_whole_min_share``) and
    was published after it, both dated (``_first_key``: by the moment where both give one): a report that carries a
    press office's whole statement and adds its own reporting, hours later, was built on it, though the pair's shape
    names no direction (its own clues read the shorter text as the cut one; probe54 s5). ``copy_roles`` reads it of
    the origin only: a short copy (an alert of one sentence) is held whole by any report retelling its event, and a
    retelling is what the judge calls a rewrite too (probe54 s1-independent beside s1-alert)."""
    held = pair.b if holder == pair.a else pair.a
    share = pair.verdict.coverage_b if holder == pair.a else pair.verdict.coverage_a
    if share < config.derived_whole_min_share or "9999" in (date_key(metas[held]), date_key(metas[holder])):
        return False
    # Held in its own words: independent reports retelling a one-sentence alert paraphrase all of it (reviewC 4:
    # radio and wire 100% paraphrased), a report carrying a statement keeps some of its wording (probe54 s5: 37%
    # kept, 63% paraphrased).
    if 1 - paraphrased_share(pair.verdict.evidence) < config.later_holders_min_own_words:
        return False
    first = _first_key(metas, (held, holder))
    return first(held) < first(holder)


def quoted_links(pairs: Sequence[StoredPair], quoting: Set[int]) -> set[tuple[int, int]]:
    """(quoted, quoter) for each derived verdict reading one of ``quoting`` quoting the other's sentences, and
    (quoter, copy) for each derived verdict naming a quoter the source of a member that quotes nothing: a report
    quoting a press office's statement is no copy of it, but the alerts, reposts and briefs cut from the report carry
    the statement's story on (probe54 s2: seven short texts of a report quoting a statement had no role)."""
    found: set[tuple[int, int]] = set()
    for p in pairs:
        if p.verdict.relation not in DERIVED_RELATIONS:
            continue
        side = p.verdict.quoting_side
        if side is not None:
            found.add((p.b, p.a) if side == "a" else (p.a, p.b))
    found |= {(s, c) for s, c in derivations((p.a, p.b, p.verdict) for p in pairs)
              if s in quoting and c not in quoting}
    return found


def _whole_copy(pair: StoredPair, copy: int, config: StoryConfig) -> bool:
    """Whether ``copy`` is wholly the other text of ``pair`` (``families.is_whole_copy``)."""
    return is_whole_copy(pair.verdict, copy == pair.a, config.derived_whole_min_share)


def stories_dict(stories: Sequence[Story]) -> dict[str, object]:
    """The ``unspun.stories/2`` JSON contract (``/1`` plus each member's role relative to the origin)."""
    return {
        "schema": "unspun.stories/2",
        "stories": [
            {"id": s.id, "articles": list(s.articles), "origin": s.origin,
             "members": [{"id": a, "role": role} for a, role in itertools.zip_longest(s.articles, s.roles)]}
            for s in stories
        ],
    }


def _story(group: list[int], metas: Sequence[ArticleMeta], pairs: Sequence[StoredPair],
           facts: Callable[[int], set[str]] | None = None, config: StoryConfig = DEFAULT_STORIES,
           digest: Callable[[int], str] | None = None, readings: Callable[[int], Set[str]] | None = None) -> Story:
    members = [metas[k] for k in group]
    members.sort(key=lambda m: (date_key(m), m.id))
    ids = tuple(m.id for m in members)
    by_pk = {m.pk: m for m in members}
    sources = origin_texts([m.pk for m in members], pairs, by_pk, facts, config, digest, readings)
    origin_id = by_pk[sources[0]].id if len(sources) == 1 else None
    roles = source_roles(sources, [m.pk for m in members], pairs, by_pk, config)
    # The id is made from the origin, else from the first of the identical copies standing for it (by day, then id:
    # never by site or store order), else from the earliest article.
    anchor = origin_id or next((m.id for m in members if m.pk in sources), ids[0])
    return Story(story_id(anchor), ids, origin_id, tuple(roles.get(m.pk) for m in members))


def source_roles(sources: Sequence[int], members: Sequence[int], pairs: Sequence[StoredPair],
                 metas: Mapping[int, ArticleMeta], config: StoryConfig = DEFAULT_STORIES) -> dict[int, str]:
    """``copy_roles`` of the origin, or of N identical copies evidence cannot order (``origin_texts``): each of
    those a "source" (none is the copy of another), what derives from any of them a "copy"."""
    roles: dict[int, str] = {}
    for source in sources:
        roles |= copy_roles(source, members, pairs, metas, config)
    return roles | dict.fromkeys(sources, "source")


def story_id(anchor: str) -> str:
    """A story's id, from its origin (else its earliest article): stable while the story grows around it."""
    return "s-" + hashlib.blake2b(anchor.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()


def story_anchors(article_ids: Iterable[str]) -> dict[str, str]:
    """Each story id an article could have made (``story_id``: as a story's origin, else its earliest article),
    with that article: built once for a run or a request, since hashing 100k ids costs ~50 ms."""
    return {story_id(a): a for a in article_ids}


def story_now_holding(former: str, stories: Sequence[Story], anchors: Mapping[str, str]) -> Story | None:
    """The story that now holds the article a former story id was made from (``anchors``, ``story_anchors``),
    when ``former`` names no story of ``stories`` any more: a story's id changes when a dated duplicate or an
    earlier source joins it and becomes its origin, or when it merges into another story, and a link to it must
    keep leading to its articles. None when no article made ``former``."""
    anchor = anchors.get(former)
    return next((s for s in stories if anchor in s.articles), None) if anchor is not None else None


def _doc_vectors(items: Iterable[tuple[int, np.ndarray]], slot: dict[int, int], n: int) -> np.ndarray:
    vectors: np.ndarray | None = None
    for pk, vector in items:
        if vectors is None:
            vectors = np.zeros((n, len(vector)), dtype=np.float32)
        if pk in slot:
            vectors[slot[pk]] = vector
    return vectors if vectors is not None else np.zeros((n, 1), dtype=np.float32)


def neighbour_pairs(evidence: StoryEvidence, config: StoryConfig = DEFAULT_STORIES) -> list[tuple[int, int, float]]:
    """(a, b, cosine) with a < b for each article's ``config.neighbours`` nearest mean vectors, and for each dated
    article its nearest among the dated articles within ``config.window_days`` of it. A subject covered for
    years fills an article's nearest overall with other events outside the window, which a dated link cannot
    join (BASIL: two reports of one Benghazi hearing, cosine 0.90, were not among each other's ten nearest of
    the many Clinton and Benghazi reports of other years)."""
    found = {(a, b): cosine for a, b, cosine in _neighbour_pairs(evidence.vectors, config.neighbours)}
    found.update({(a, b): cosine for a, b, cosine in _dated_neighbour_pairs(evidence, config)})
    return [(a, b, cosine) for (a, b), cosine in sorted(found.items())]


def _dated_neighbour_pairs(evidence: StoryEvidence, config: StoryConfig) -> list[tuple[int, int, float]]:
    """(a, b, cosine) with a < b for each dated article's ``config.neighbours`` nearest among the dated articles
    published within ``config.window_days`` of it (exact; one matrix product per publication day, so no more
    work than the search over every article)."""
    days = {k: day.toordinal() for k, m in enumerate(evidence.metas) if (day := published_day(m.published)) is not None}
    order = sorted(days, key=lambda k: (days[k], k))
    ordinals = np.array([days[k] for k in order], dtype=np.int64)
    vectors = evidence.vectors[order] if order else evidence.vectors[:0]
    found: dict[tuple[int, int], float] = {}
    for day in np.unique(ordinals).tolist():
        rows = slice(int(np.searchsorted(ordinals, day, "left")), int(np.searchsorted(ordinals, day, "right")))
        lo = int(np.searchsorted(ordinals, day - config.window_days, "left"))
        hi = int(np.searchsorted(ordinals, day + config.window_days, "right"))
        sims = vectors[rows] @ vectors[lo:hi].T
        for r, row in enumerate(sims, start=rows.start):
            row[r - lo] = -np.inf  # not itself
            nearest = np.argsort(-row, kind="stable")[: config.neighbours]
            for c in nearest.tolist():
                if np.isfinite(row[c]):
                    a, b = order[r], order[lo + c]
                    found[(min(a, b), max(a, b))] = float(row[c])
    return sorted((a, b, s) for (a, b), s in found.items())


def _neighbour_pairs(vectors: np.ndarray, k: int) -> list[tuple[int, int, float]]:
    """(a, b, cosine) with a < b for each article's ``k`` nearest neighbours (faiss, exact)."""
    from unspun.corpus.candidates import faiss_module

    faiss = faiss_module()
    if len(vectors) < 2:
        return []
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    sims, ids = index.search(np.ascontiguousarray(vectors, dtype=np.float32), min(k + 1, len(vectors)))
    found: dict[tuple[int, int], float] = {}
    for a in range(len(vectors)):
        for sim, b in zip(sims[a].tolist(), ids[a].tolist(), strict=True):
            if b >= 0 and b != a:
                found[(min(a, b), max(a, b))] = float(sim)
    return [(a, b, s) for (a, b), s in sorted(found.items())]


def _idf(groups: Sequence[Iterable[str]]) -> dict[str, float]:
    return name_idf(Counter(n for group in groups for n in group), len(groups))


def name_idf(counts: Mapping[str, int], articles: int) -> dict[str, float]:
    """The idf of each name (fact or word) from the number of articles using it (``counts``) among ``articles``."""
    total = max(articles, 1)
    # Names in a single article cannot link anything; names everywhere ("Monday") say little.
    return {n: math.log((total + 1) / c) for n, c in counts.items() if c > 1}


def date_key(meta: ArticleMeta) -> str:
    """A member's publication day as a sortable key, undated ones last: the order stories and traces read."""
    day = published_day(meta.published)
    return day.isoformat() if day else "9999"


def dated_within(a: ArticleMeta, b: ArticleMeta, days: int) -> bool:
    """Both dated, at most ``days`` apart."""
    return days_within(published_day(a.published), published_day(b.published), days)


def days_within(a: date | None, b: date | None, days: int) -> bool:
    """Both days known, at most ``days`` apart (``dated_within`` on days already read from the metadata)."""
    return a is not None and b is not None and abs((a - b).days) <= days


def _within_window(a: ArticleMeta, b: ArticleMeta, days: int) -> bool:
    da, db = published_day(a.published), published_day(b.published)
    return da is None or db is None or abs((da - db).days) <= days
