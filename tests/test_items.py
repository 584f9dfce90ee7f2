"""items: the item of a text of separate items (a newsletter, a roundup, a briefing) that retells another text."""

from __future__ import annotations

from dataclasses import replace

from unspun.config import DEFAULT
from unspun.ingest.segment import segment
from unspun.model import Article, Segmented
from unspun.pair.items import NO_BESIDE, NO_ITEM, beside_other_story, item_grams, retold_item

STORY = ("Bridge to shut for six months for repairs\n\n"
         "The Tamar crossing at Gunnislake will close to all traffic for six months from March while engineers "
         "replace corroded steel beams found during a routine inspection, Cornwall Council has said.\n\n"
         "Drivers face a 14-mile diversion through Tavistock, and a free minibus will carry foot passengers "
         "across every half hour between 6am and 8pm.\n\n"
         "Traders in Gunnislake fear the closure will cost them a summer's custom. \"We will lose half our "
         "trade,\" said Jan Polglase, who runs the village shop.\n\n"
         "The 500-year-old bridge was last closed for strengthening in 2009.")
DIGEST = ("Five things to know this morning\n\n"
          "1. Gunnislake's bridge is closing. The Tamar crossing will close to all traffic for six months from March "
          "while engineers replace corroded steel beams, with a 14-mile diversion through Tavistock.\n\n"
          "2. Truro's Christmas market opens on Friday with more than 60 stalls along Lemon Quay and a skating "
          "rink outside the cathedral.\n\n"
          "3. Falmouth's harbour master says a record 410 cruise passengers came ashore in one day last week, "
          "the most since the port began keeping figures.\n\n"
          "4. Weather: showers clearing eastwards, with sunny spells and a brisk north-westerly wind in the "
          "afternoon.")
# An outlet's own briefing on other things of the same kinds: no item keeps the story's wording.
OWN = ("Your Tuesday briefing\n\n"
       "1. Roadworks in Launceston: the town's main car park is shut while its surface is relaid, and shoppers are "
       "asked to use the livestock market instead.\n\n"
       "2. A Penzance school has a new head after its previous one retired at half term.\n\n"
       "3. Weather: a grey, damp day with drizzle on the moors and highs of 10C.")
# Another outlet's report of the same closure, written from the council's briefing in its own words.
REPORT = ("Six-month shutdown for historic Tamar bridge\n\n"
          "Cornwall Council engineers have found rusted beams under the medieval bridge at Gunnislake and say it "
          "must be shut completely from March.\n\n"
          "The work will take half a year. Motorists will be sent round by Tavistock, while pedestrians will be "
          "offered a shuttle bus.\n\n"
          "Shopkeeper Jan Polglase said: \"We will lose half our trade.\" Councillor Ann Trethewey said the "
          "council had no choice.")


def _seg(text: str, name: str) -> Segmented:
    return segment(Article(name, text))


def test_a_newsletter_item_retells_its_story_from_either_side() -> None:
    story, digest = _seg(STORY, "story"), _seg(DIGEST, "digest")
    found = retold_item(story, digest)
    assert (found.taker, found.item, found.items) == ("b", 1, 4)
    assert found.kept_wording >= DEFAULT.digest_item_min_kept_wording
    mirrored = retold_item(digest, story)
    assert (mirrored.taker, mirrored.item, mirrored.kept_wording) == ("a", 1, found.kept_wording)


def test_own_wording_of_other_things_and_an_independent_report_retell_nothing() -> None:
    story = _seg(STORY, "story")
    assert retold_item(story, _seg(OWN, "own")) == NO_ITEM
    assert retold_item(story, _seg(REPORT, "report")) == NO_ITEM


def test_an_item_whose_other_items_tell_its_story_is_no_digest_item() -> None:
    # The digest's other items replaced by the story's own paragraphs: a text about one story, judged whole.
    one_story = DIGEST.split("\n\n2.")[0] + "\n\n" + "\n\n".join(STORY.split("\n\n")[2:])
    assert retold_item(_seg(STORY, "story"), _seg(one_story, "summary")).taker == ""


def test_headings_are_no_items_and_too_few_items_make_no_digest() -> None:
    digest = _seg(DIGEST.replace("Five things to know this morning", "Transport"), "digest")
    assert len(item_grams(digest, DEFAULT.digest_item_min_words)) == 4
    strict = replace(DEFAULT, digest_min_items=5)
    assert retold_item(_seg(STORY, "story"), digest, strict) == NO_ITEM


# Another newsletter carrying the same agency item word for word among items of its own.
OTHER_DIGEST = ("Morning briefing: Devon and Cornwall\n\n"
                + DIGEST.split("\n\n")[1].replace("1. ", "") + "\n\n"
                "Exeter's new swimming pool at Sandy Park will open to the public in April, a year later than "
                "planned, after a dispute with the builder over the changing rooms.\n\n"
                "Plymouth Argyle have signed a goalkeeper on loan from Burnley until the end of the season, the "
                "club announced last night.\n\n"
                "Dartmoor's ponies will be rounded up in the annual drift next week, and walkers are asked to keep "
                "dogs on leads near Widecombe.")


def test_two_digests_sharing_one_item_name_no_taker_in_either_order() -> None:
    # Each is a text of items, and the item both carry says nothing of which took it: no side letter decides.
    digest, other = _seg(DIGEST, "digest"), _seg(OTHER_DIGEST, "other")
    assert retold_item(digest, other) == NO_ITEM
    assert retold_item(other, digest) == NO_ITEM


def test_texts_that_read_as_one_event_retell_no_item() -> None:
    # Another outlet's report of the event whose paragraphs each take an angle names the event's people and places
    # as the story does (a share far above a digest's, which its other stories dilute): no item.
    story, digest = _seg(STORY, "story"), _seg(DIGEST, "digest")
    assert retold_item(story, digest, DEFAULT, shared_names=0.45).taker == "b"
    assert retold_item(story, digest, DEFAULT, shared_names=0.9) == NO_ITEM


# --- a compilation: an article's text as one block beside paragraphs on another story (comp47) -------------------

APPEAL = ("Police appeal after quad bikes stolen from Launceston farm\n\n"
          "Devon and Cornwall Police are appealing for witnesses after three quad bikes were taken from a farm near "
          "Launceston in the early hours of Sunday.\n\n"
          "The thieves cut through a padlock on a barn at Trebursye Farm and are thought to have loaded the bikes onto "
          "a trailer. A farm worker found the barn open at about 6am.\n\n"
          "PC Gemma Rowse said: \"These machines are vital to the farm's work. We would like to hear from anyone who "
          "saw a vehicle towing a trailer on the Tavistock road that night.\"\n\n"
          "Anyone with information is asked to call 101 quoting crime reference 4471.")
# A round-up: an intro line of its own, the bridge story whole, then the appeal's first three paragraphs.
ROUNDUP = ("Cornwall news in brief\n\nHere are the stories making the news across the county today.\n\n"
           + "\n\n".join(STORY.split("\n\n")[1:]) + "\n\n" + "\n\n".join(APPEAL.split("\n\n")[1:4]))


def test_a_compilation_holds_each_article_beside_another_story_from_either_side() -> None:
    story, roundup, appeal = _seg(STORY, "story"), _seg(ROUNDUP, "roundup"), _seg(APPEAL, "appeal")
    found = beside_other_story(story, roundup)
    # the intro line and the quotation paragraph are too short outside quotations to be items
    assert found.taker == "b" and found.paragraphs == 2
    assert found.others_on_topic <= DEFAULT.digest_other_max_topic_words
    assert beside_other_story(roundup, story).taker == "a"
    # the appeal's last paragraph, which the round-up left out, does not make the appeal a compilation
    assert beside_other_story(appeal, roundup).taker == "b"
    assert beside_other_story(roundup, appeal).taker == "a"


def test_an_update_a_trimmed_copy_and_a_copys_own_line_hold_no_other_story() -> None:
    story = _seg(STORY, "story")
    # an update: the story and then paragraphs on the same closure (its people, its bridge, its diversion)
    update = _seg(STORY + "\n\nLater on Tuesday the council said the bridge would reopen to pedestrians at weekends, "
                  "and Jan Polglase said the Gunnislake traders would meet the council about the diversion signs.\n\n"
                  "A council spokesman said the steel beams had been ordered from a foundry in Wales and that the "
                  "Tavistock diversion would be signed from the A390 by the end of the week.", "u")
    assert beside_other_story(story, update) == NO_BESIDE
    # a trimmed copy: the story's first two paragraphs; the story's later ones, which it left out, are the story's
    trimmed = _seg("\n\n".join(STORY.split("\n\n")[:3]), "trimmed")
    assert beside_other_story(story, trimmed) == NO_BESIDE
    # a copy with a closing line of its own that names no one: a comment, no story
    comment = _seg(STORY + "\n\nIt will be a long six months for everyone who crosses the river every day.\n\n"
                   "Let us know in the comments below how the closure will change the way you get around.", "c")
    assert beside_other_story(story, comment) == NO_BESIDE


# --- same-story paragraphs after an article's whole text continue it: no compilation (reviewC 3) ----------------

CRASH = (
    "A woman has died after a collision between a car and a lorry on the A614 near Holme Cross on Sunday "
    "evening.\n\n"
    "Police said the crash happened at about 7.30pm near the junction with Mill Lane. The driver of the "
    "car, a woman in her forties, was pronounced dead at the scene.\n\n"
    "The lorry driver, a man in his fifties, was not injured. The road was closed for nine hours while "
    "officers examined the scene.\n\n"
    "Police have appealed for dashcam footage from anyone who was travelling on the road at the time.")
# an update: two witnesses and a sergeant, "Since the appeal"
CRASH_WITNESSES = (
    "Since the appeal, two witnesses have come forward. Sergeant Amy Kowalski said a motorcyclist, Dean "
    "Harper, had described seeing headlights swerve shortly before the impact, and a cyclist had given "
    "officers helmet-camera video.\n\n"
    "Kowalski thanked both men. She said detectives would still like to hear from a couple who stopped to "
    "help and then left before officers arrived.")
CONDUCTOR = (
    "The Redmarsh Orchestra has named Lucia Ferrante as its new principal conductor, the first woman to "
    "hold the post in its 90-year history.\n\n"
    "Ferrante, 38, will take up the role in September and has signed a five-year contract. She succeeds "
    "Hans Oberlin, who is retiring after fourteen seasons.\n\n"
    "\"This orchestra has a wonderful sound and a loyal audience,\" Ferrante said. The orchestra's "
    "chairman, Philip Graves, said the board had been unanimous.")
# a background box on the new conductor: "Born in Turin, she studied"
CONDUCTOR_BACKGROUND = (
    "Born in Turin, she studied piano in Milan before moving to Vienna, where she assisted Marco Bellandi "
    "at the state opera for three years. Her recording of Brahms symphonies with the Lyon ensemble won a "
    "Gramophone award in 2021.\n\n"
    "She lives in Berlin with her husband, the cellist Jonas Weil, and their two children, and has said "
    "she plans to move to England with her family next summer.")
CHIEF = (
    "Halverson Group has appointed Nora Blake as chief executive, the retailer said on Monday, ending a "
    "six-month search.\n\n"
    "Blake, 49, joins from the supermarket chain Greenway, where she ran its online business. She "
    "replaces Martin Cole, who stepped down in March after a profit warning.\n\n"
    "Chairman David Osei said Blake had the experience to lead the company through a difficult period. "
    "Blake said she was delighted and would set out her plans in the autumn.")
# a reaction round-up: "Analysts welcomed the news"
CHIEF_REACTION = (
    "Analysts welcomed the news. Priya Nandakumar of Stockwell Securities said the hire was \"exactly what "
    "investors wanted\", while Bernard Lacey at Fenwick Capital said the new boss faced a tough first year "
    "with margins under pressure.\n\n"
    "Shares rose 4% in early trading in London, and Tom Harding, a fund manager at Aldgate Investors, "
    "which owns 3% of the company, said he was encouraged.")
SAME_STORY_ADDITIONS = ((CRASH, CRASH_WITNESSES), (CONDUCTOR, CONDUCTOR_BACKGROUND), (CHIEF, CHIEF_REACTION))


def test_paragraphs_on_the_same_story_after_an_articles_text_tell_no_other_story() -> None:
    # each addition brings in new people and words of its own, but refers back to the article: an update, a background
    # box and a reaction round-up, not a compilation's next article (reviewC 3 read all three as "another event")
    for article, added in SAME_STORY_ADDITIONS:
        whole, longer = _seg(article, "a"), _seg(article + "\n\n" + added, "b")
        assert beside_other_story(whole, longer) == NO_BESIDE
        assert beside_other_story(longer, whole) == NO_BESIDE


def test_a_compilation_of_spun_blocks_is_no_block_taken_word_for_word() -> None:
    # the bridge story's paragraphs run through a spinner (every few words swapped): each keeps some of its 3-grams,
    # not most, so no block is read word for word
    spun = ROUNDUP
    swaps = (("close to all traffic", "shut to all vehicles"), ("engineers replace corroded", "technicians substitute "
             "rusted"), ("routine inspection", "regular examination"), ("has said", "has stated"), ("Drivers face",
             "Motorists confront"), ("free minibus will carry", "complimentary minibus will convey"),
             ("every half hour", "each half hour"), ("fear the closure will cost them", "dread the shutdown will "
             "deprive them of"), ("last closed for strengthening", "previously shut for reinforcement"))
    for plain, swapped in swaps:
        spun = spun.replace(plain, swapped)
    assert beside_other_story(_seg(STORY, "story"), _seg(spun, "spun")).taker == ""


def test_an_engine_s_memo_keeps_each_text_s_items_and_gives_the_same_item() -> None:
    # A trace's query (the story) meets each candidate: its 3-grams and topic words are read once, its answer kept.
    from unspun.pair.memo import Memo

    story, digest = _seg(STORY, "story"), _seg(DIGEST, "digest")
    memo = Memo(64)
    assert retold_item(story, digest, memo=memo) == retold_item(story, digest)
    assert memo.find(("digest items", digest, DEFAULT.digest_item_min_words)) == item_grams(
        digest, DEFAULT.digest_item_min_words)
    assert memo.find(("unquoted 3-grams", story)) is not None
    assert memo.find(("topic words", story, DEFAULT.digest_topic_max_zipf)) is not None
    again = retold_item(story, _seg(OTHER_DIGEST, "other"), memo=memo)
    assert again == retold_item(story, _seg(OTHER_DIGEST, "other"))
