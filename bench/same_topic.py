"""Same-topic events: pairs of BBC stories on one subject that report different news, each with copies, no dates.

What stories must not do without dates is merge two events because they share a subject and its names (two
Six Nations matches of one team, Ossie Davis's death and his funeral weeks later, Foster's stake in Southcorp
and Southcorp rejecting Foster's bid). The pairs below were proposed by a script over ``bench.synth.bbc_texts``
(same BBC category, ranked by the summed idf of the rare names both bodies state, word 5-gram containment
under 0.05, neither body near-duplicated elsewhere in the set, at most 12 per category), then read by hand:
a pair whose two stories could be one news item (the same ceremony, announcement or debate seen from two
sides: the Oscars' winners and the British losers, two reports of Iranian MPs cutting Turkcell's stake, ...)
was left out. Each story is an event; its members are the story (headline as title, no date), a copy spun at
60% (``bench/spinner.py``), a trimmed copy (the first 40–80% of its paragraphs) and a summary of it spun at
30% (``bench.summaries.make_summary``: a rewrite, which must pass the event tests to join).

Halves: even positions of ``PAIRS`` are dev (tuning may look at them), odd positions are test.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import data_path

DEV, TEST = 0, 1
SEED = 23
SPIN_RATE = 0.6
SUMMARY_SPIN_RATE = 0.3

# (story, story): one subject, two news items. Titles in the comments.
PAIRS: tuple[tuple[str, str], ...] = (
    ("sport/295", "sport/410"),  # Murray returns to Scotland fold | Taylor poised for Scotland return
    ("entertainment/203", "entertainment/225"),  # Greer attacks 'bully' Big Brother | Stallone evicted from Big Brother
    ("business/435", "business/451"),  # Fosters buys stake in winemaker | Winemaker rejects Foster's offer
    ("politics/151", "politics/192"),  # Guantanamo four questioned | Guantanamo four free in weeks
    ("tech/016", "tech/035"),  # Global blogger action day called | Iran jails blogger for 14 years
    ("sport/476", "sport/495"),  # Henman to face Saulnier test | Federer joins all-time greats
    ("entertainment/006", "entertainment/008"),  # Bennett play takes theatre prizes | West End to honour finest shows
    ("business/298", "business/326"),  # Fannie Mae 'should restate books' | Senior Fannie Mae bosses resign
    ("politics/065", "politics/205"),  # Guantanamo pair's passport ban | Tutu's Guantanamo release call
    ("tech/110", "tech/364"),  # Podcasts mark rise of DIY radio | 'Podcasters' look to net money
    ("sport/192", "sport/205"),  # Redknapp's Saints face Pompey tie | Yeading face Newcastle in FA Cup
    ("entertainment/187", "entertainment/221"),  # Double eviction from Big Brother | Bets off after Big Brother 'leak'
    ("business/103", "business/265"),  # US insurer Marsh cuts 2,500 jobs | Troubled Marsh under SEC scrutiny
    ("politics/137", "politics/179"),  # Defiant hunts put ban to the test | Final hunts held as ban looms
    ("tech/140", "tech/274"),  # Players sought for $1m prize | World tour for top video gamers
    ("sport/351", "sport/383"),  # Teenager Tait picked for England | Dawson wins England squad recall
    ("entertainment/063", "entertainment/067"),  # Tautou film tops Cesar prize nods | Low-budget film wins Cesar
    ("business/155", "business/406"),  # Macy's owner buys rival for $11bn | Mixed Christmas for US retailers
    ("politics/156", "politics/315"),  # Visa row mandarin made Sir John | CSA chief who 'quit' still in job
    ("tech/044", "tech/355"),  # Apple attacked over sources row | Apple makes blogs reveal sources
    ("sport/320", "sport/414"),  # France v Wales (Sat) | England 17-18 France
    ("entertainment/043", "entertainment/044"),  # Stars pay tribute to actor Davis | US actor Ossie Davis found dead
    ("business/029", "business/388"),  # UK firm faces Venezuelan land row | Venezuela identifies 'idle' farms
    ("politics/238", "politics/245"),  # Regiments' group in poll move | Army chiefs in regiments decision
    ("tech/138", "tech/196"),  # Firefox browser takes on Microsoft | New browser wins over net surfers
    ("sport/139", "sport/246"),  # Chelsea denied by James heroics | Chelsea hold Arsenal
    ("entertainment/065", "entertainment/087"),  # Animation charms Japan box office | Global release for Japan hit film
    ("business/198", "business/307"),  # Cairn shares up on new oil find | Cairn shares slump on oil setback
    ("politics/098", "politics/174"),  # Ministers deny care sums 'wrong' | Escaped prisoner report ordered
    ("tech/106", "tech/142"),  # Web logs aid disaster recovery | Text messages aid disaster recovery
    ("sport/268", "sport/278"),  # Campbell rescues Arsenal | Robben and Cole earn Chelsea win
    ("entertainment/117", "entertainment/259"),  # Rapper Jay-Z becomes label boss | Rapper Kanye West's shrewd soul
    ("politics/068", "politics/180"),  # MPs to debate 'euthanasia laws' | Falconer rebuts 'charade' claims
    ("tech/126", "tech/244"),  # 'Ultimate game' award for Doom 3 | The gaming world in 2005
    ("sport/311", "sport/377"),  # Ireland surge past Scots | Ireland 17-12 South Africa
    ("entertainment/228", "entertainment/245"),  # Joy Division story to become film | Mogul Wilson backing UK rap band
    ("politics/281", "politics/292"),  # Kilroy-Silk quits 'shameful' UKIP | UKIP MEP attacked German 'empire'
    ("tech/080", "tech/399"),  # New delay hits EU software laws | Be careful how you code
    ("sport/294", "sport/376"),  # London Irish 19-33 Wasps | Wasps 31-37 Leicester
    ("entertainment/201", "entertainment/212"),  # Triple triumph for Little Britain | Little Britain two top comic list
    ("politics/316", "politics/331"),  # Blair moves to woo Jewish voters | Labour attacked on Howard poster
    ("tech/038", "tech/255"),  # Movie body hits peer-to-peer nets | Hollywood campaign hits websites
    ("sport/108", "sport/146"),  # Clyde 0-5 Celtic | Rangers seal Old Firm win
    ("entertainment/150", "entertainment/153"),  # Usher leads Billboard nominations | OutKast win at MTV Europe Awards
    ("tech/082", "tech/309"),  # Games firms 'face tough future' | What's next for next-gen consoles?
    ("sport/163", "sport/178"),  # Arsenal through on penalties | Cole refuses to blame van Persie
    ("entertainment/045", "entertainment/068"),  # Jugnot 'tops French actor league' | Tautou 'to star in Da Vinci film'
    ("sport/058", "sport/068"),  # Gardener battles to narrow win | GB select Holmes for double bid
)


@dataclass(frozen=True, slots=True)
class Member:
    article: Any  # unspun.model.Article, no date
    event: str  # the BBC story it reports or copies
    half: int  # DEV or TEST
    kind: str  # "story", "spun", "trimmed", "summary"


def members(shared: Path) -> list[Member]:
    """Every article of the corpus: per story of ``PAIRS``, the story and its three copies."""
    from bench.spinner import Spinner
    from bench.summaries import make_summary
    from bench.synth import bbc_texts
    from unspun.model import Article

    data_path(shared, "bbc_fulltext")
    texts = dict(bbc_texts(shared))
    spinner = Spinner(shared)
    out = []
    for position, pair in enumerate(PAIRS):
        for number, story in enumerate(pair):
            seed = SEED + 10 * position + number
            title, _, body = texts[story].partition("\n")
            paragraphs = [" ".join(p.split()) for p in body.split("\n") if p.strip()]
            full = "\n".join(paragraphs)
            rng = random.Random(seed)
            keep = max(2, int(len(paragraphs) * rng.uniform(0.4, 0.8)))
            summary = make_summary(story, texts[story], SUMMARY_SPIN_RATE, seed, spinner)
            copies = {
                "story": full,
                "spun": spinner.spin(full, SPIN_RATE, seed).text,
                "trimmed": "\n".join(paragraphs[:keep]),
                "summary": summary.summary if summary is not None else None,
            }
            for kind, text in copies.items():
                if text:
                    heading = spinner.spin(title, SPIN_RATE, seed).text if kind == "spun" else title
                    out.append(Member(Article(f"{story}/{kind}", text, heading), story, position % 2, kind))
    return out
