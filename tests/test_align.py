"""align: verbatim, trimmed, spun, reordered and summarised copies align; independent coverage of one event
and unrelated texts barely do; spans always lie inside their texts. Fixture prose below is written for these
tests (an invented flood story), not taken from any data set."""

from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unspun.config import AlignConfig
from unspun.errors import ModelsMissingError
from unspun.ingest.segment import segment
from unspun.model import Alignment, Article, Span
from unspun.pair.align import align, alignment_kind, coverage, sentence_pair_scores

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

FLOOD = "\n".join(
    (
        "Hundreds of residents were evacuated from Marlow Bridge on Sunday after the River Tamsin burst its "
        "banks for the second time this winter.",
        "The mayor, Helen Okafor, said about 400 homes in the lower town had been flooded and that emergency "
        "shelters were open at two schools.",
        "Water levels at the Ferry Lane gauge peaked at 4.2 metres shortly after midnight, the highest "
        "reading since records began in 1968.",
        "The Environment Office had issued a severe warning on Saturday afternoon, but many people said the "
        "alarm came too late to move their cars.",
        '"We watched the water come up the street in twenty minutes," said Daniel Reyes, a baker whose shop '
        "sits beside the old stone bridge.",
        "Rescue crews used flat-bottomed boats to reach an elderly couple trapped on the upper floor of their"
        " cottage near the railway station.",
        "Train services between Marlow Bridge and the city were suspended, and the main road north remained "
        "closed on Monday morning.",
        "Engineers will inspect the bridge for damage once the current slows, according to a statement from "
        "the county council.",
        "Okafor said the town had spent three years asking for a new flood wall and that the money had been "
        "promised but never delivered.",
        "The council's finance chief, Martin Bell, said the wall would cost 11 million pounds and that a bid "
        "for national funding was still under review.",
        "Forecasters expect more heavy rain on Wednesday, which could push the river above the defences again.",
        "Residents who need help can call the council's emergency line, which will stay open through the week.",
    )
)

# A hand-spun copy: content words swapped for "synonyms", names mangled, every sentence kept in place.
FLOOD_SPUN = "\n".join(
    (
        "Hundreds of inhabitants were cleared from Marlow Bridge on Sunday after the River Tamsin broke its "
        "banks for the second time this season.",
        "The mayor, Helen Okafor, said around 400 houses in the lower town had been inundated and that crisis"
        " shelters were open at two schools.",
        "Water levels at the Ferry Lane gauge topped at 4.2 metres soon after midnight, the greatest reading "
        "since records started in 1968.",
        "The Environment Office had given a serious warning on Saturday evening, but many individuals said "
        "the alert came too late to shift their vehicles.",
        '"We saw the water rise up the road in twenty minutes," said Daniel Rays, a cook whose store sits '
        "next to the old stone bridge.",
        "Rescue teams used flat-bottomed vessels to reach an old couple stuck on the upper floor of their "
        "house close to the rail station.",
        "Train services between Marlow Bridge and the city were halted, and the principal road north stayed "
        "shut on Monday morning.",
        "Engineers will examine the bridge for harm once the present slows, as indicated by a statement from "
        "the county council.",
        "Okafor said the town had spent three years requesting a new flood barrier and that the cash had been"
        " guaranteed but never conveyed.",
        "The council's money boss, Martin Bell, said the barrier would cost 11 million pounds and that an "
        "offer for national financing was still under survey.",
        "Forecasters anticipate more substantial rain on Wednesday, which could drive the stream over the "
        "defences once more.",
        "Residents who require assistance can call the council's crisis line, which will remain open through the week.",
    )
)

# The same event reported independently: shared names, numbers and topic, no shared sentences.
FLOOD_OTHER_OUTLET = "\n".join(
    (
        "Flood water swept through the lower streets of Marlow Bridge overnight, forcing families to leave "
        "with little more than a bag each.",
        "By dawn the Tamsin had reached a record 4.2 metres at Ferry Lane, officials confirmed.",
        "Mayor Helen Okafor told reporters she was angry that a promised flood wall had still not been built.",
        '"People here have done everything asked of them," she said outside the town hall, where volunteers '
        "were handing out blankets.",
        "At the primary school on Church Road, around sixty people spent the night on camp beds.",
        "One pensioner described being lifted into a boat from her bedroom window as the ground floor filled.",
        "Rail operators said no trains would run to the town until the track had been checked.",
        "Insurers warned that claims from the area could be slow because many homes had flooded before.",
        "A spokesman for the national government said funding decisions would be announced in the spring.",
        "More rain is forecast for midweek.",
    )
)

UNRELATED = "\n".join(
    (
        "The city orchestra opened its autumn season with a programme of late Romantic symphonies and a new "
        "cello concerto.",
        "The soloist, who is twenty-four, won the national conservatoire prize two years ago and has since "
        "toured Japan.",
        "Critics praised the slow movement, in which the cello plays against a bed of muted strings and distant horns.",
        "Ticket sales have risen by a third since the hall reopened after a long renovation of its roof and seating.",
        "The next concert, on Friday, pairs baroque dance suites with a short piece written by a local schoolteacher.",
        "Season passes remain available from the box office and online until the end of the month.",
    )
)


def flood_paragraphs() -> list[str]:
    return FLOOD.split("\n")


def seg(text: str, name: str = "x"):
    return segment(Article(name, text))


@pytest.fixture(scope="module")
def encoder():
    from unspun.embed.encoders import precise_encoder

    try:
        return precise_encoder()
    except ModelsMissingError as error:
        pytest.skip(f"prepared models missing: {error}")


def covered(alignments, side, text) -> float:
    return coverage(alignments, side, len(text))


# --- whole-article cases (real MiniLM) --------------------------------------------------------------------


def test_verbatim_copy_aligns_whole_as_one_verbatim_passage(encoder):
    found = align(seg(FLOOD), seg(FLOOD), encoder=encoder)
    assert len(found) == 1
    assert found[0].kind == "verbatim"
    assert covered(found, "a", FLOOD) > 0.99 and covered(found, "b", FLOOD) > 0.99
    assert len(found[0].matches) == len(seg(FLOOD).sentences)


def test_trimmed_copy_covers_all_of_the_copy_and_part_of_the_original(encoder):
    copy = "\n".join(flood_paragraphs()[2:9])
    found = align(seg(FLOOD), seg(copy), encoder=encoder)
    assert covered(found, "b", copy) > 0.97
    assert 0.45 < covered(found, "a", FLOOD) < 0.7
    assert {al.kind for al in found} == {"verbatim"}


def test_copy_with_light_edits_is_near_verbatim(encoder):
    edited = FLOOD.replace("Hundreds of residents", "Hundreds of people").replace("Sunday", "Sunday night")
    found = align(seg(FLOOD), seg(edited), encoder=encoder)
    assert covered(found, "b", edited) > 0.97
    assert "near_verbatim" in {al.kind for al in found}


def test_a_dropped_and_an_added_sentence_leave_the_passage_near_verbatim(encoder):
    paragraphs = flood_paragraphs()[:8]
    added = (
        "Organisers of the spring fair said the event would go ahead in the park as planned next month, "
        "whatever the weather."
    )
    edited = "\n".join([*paragraphs[:3], *paragraphs[4:6], added, *paragraphs[6:]]).replace("Sunday", "Sunday night")
    found = align(seg("\n".join(paragraphs)), seg(edited), encoder=encoder)
    assert len(found) == 1 and len(found[0].matches) == 7
    # The kind is judged on the matched sentences: the sentences only one side has are omissions and
    # additions (changes), not a sign that the rest was reworded.
    assert found[0].kind in ("verbatim", "near_verbatim")
    # A fifth of the sentences gone from inside the passage, every kept one copied word for word and in order:
    # a sub-editor's cuts (probe34 P20), still judged on the matched sentences.
    cut = "\n".join([*paragraphs[:2], *paragraphs[3:5], paragraphs[6]])
    (passage,) = align(seg("\n".join(paragraphs[:7])), seg(cut), encoder=encoder)
    assert passage.kind in ("verbatim", "near_verbatim")
    # As many gone where a kept sentence was reworded is restructured text, judged whole; how many missing
    # sentences a copy may have then is the settings tree's ``align.max_missing_sentence_share``.
    reworded = cut.replace(paragraphs[4], "Daniel Reyes, who runs a bakery next to the old stone bridge, said the "
                                          "street had filled with water within twenty minutes.")
    (passage,) = align(seg("\n".join(paragraphs[:7])), seg(reworded), encoder=encoder)
    assert passage.kind == "paraphrase", passage
    lenient = AlignConfig(max_missing_sentence_share=0.5)
    (passage,) = align(seg("\n".join(paragraphs[:7])), seg(reworded), encoder=encoder, tuning=lenient)
    assert passage.kind in ("verbatim", "near_verbatim", "spun")


def test_spun_copy_aligns_sentence_by_sentence_with_kind_spun(encoder):
    found = align(seg(FLOOD), seg(FLOOD_SPUN), encoder=encoder)
    matched = {m.i for al in found for m in al.matches}
    assert len(matched) >= 11  # of 12 sentences
    assert covered(found, "b", FLOOD_SPUN) > 0.9
    spun_chars = sum(al.b.length for al in found if al.kind == "spun")
    assert spun_chars > 0.8 * sum(al.b.length for al in found)


def test_two_paragraphs_swapped_with_a_figure_written_in_words_stay_word_for_word(encoder):
    # Sentences moved inside one passage are read in the original's order: a copy of six paragraphs that swapped
    # two and wrote "4.2 metres" as "four point two metres" reworded nothing else, so its passage is no
    # paraphrase (read in the copy's order, the moved sentence faces another and the whole reads reworded).
    original = flood_paragraphs()[:6]
    paragraphs = original[:]
    paragraphs[2], paragraphs[3] = paragraphs[3], paragraphs[2]
    moved = "\n".join(paragraphs).replace("4.2 metres", "four point two metres")
    found = align(seg("\n".join(original)), seg(moved), encoder=encoder)
    assert covered(found, "b", moved) > 0.97
    assert {al.kind for al in found} <= {"verbatim", "near_verbatim"}


def test_reordered_paragraphs_still_align(encoder):
    paragraphs = flood_paragraphs()
    reordered = "\n".join(paragraphs[6:] + paragraphs[:6])
    found = align(seg(FLOOD), seg(reordered), encoder=encoder)
    assert covered(found, "a", FLOOD) > 0.97 and covered(found, "b", reordered) > 0.97
    assert len(found) == 2  # one passage per moved block


def test_summary_merging_two_sentences_aligns_many_to_one(encoder):
    paragraphs = flood_paragraphs()
    merged = (
        "Train services between Marlow Bridge and the city were suspended and engineers will inspect the "
        "bridge for damage once the current slows, the county council said."
    )
    summary = "\n".join([*paragraphs[:2], merged, *paragraphs[10:]])
    found = align(seg(FLOOD), seg(summary), encoder=encoder)
    merged_index = seg(summary).sentence_texts().index(merged)
    sources = {m.i for al in found for m in al.matches if m.j == merged_index}
    assert sources == {6, 7}


# A site's terms where one clause recurs with a word changed; a page copies the first three sentences.
TERMS = "\n".join(
    (
        "Welcome to the Northwind flood data service, run by the Tamsin Valley Trust since 2004.",
        "Gauge readings are published every fifteen minutes and kept online for ten years.",
        "You may not copy, sell or republish any gauge reading without written permission from the Trust.",
        "Volunteers check each station once a month and report faults to the duty engineer.",
        "You may not copy, sell or republish any gauge photograph without written permission from the Trust.",
        "Questions about the service can be sent to the Trust's office in Marlow Bridge.",
    )
)
TERMS_QUOTED = "\n".join(
    (
        "River levels in the valley are watched by a network of gauges, some of them older than the town hall.",
        *TERMS.split("\n")[:3],
        "Local farmers say the readings help them decide when to move sheep from the lower fields.",
        "Last winter the gauge at Ferry Lane failed twice during storms, leaving the town without warnings.",
    )
)


def test_copied_sentence_does_not_pull_in_its_near_repeat_from_further_on(encoder):
    (passage,) = align(seg(TERMS), seg(TERMS_QUOTED), encoder=encoder)
    copied = "\n".join(TERMS.split("\n")[:3])
    assert passage.a == Span(0, len(copied))  # not stretched over the "gauge photograph" clause two sentences on
    assert passage.b.text_of(TERMS_QUOTED) == copied
    assert passage.kind == "verbatim"


def test_one_sentence_close_to_several_questions_of_a_faq_is_no_passage(encoder):
    article = "\n".join(
        (
            "Hundreds of residents were evacuated from Marlow Bridge on Sunday after the River Tamsin burst its banks.",
            "The mayor said about 400 homes in the lower town had been flooded.",
            "Householders can cut the cost of flood insurance by fitting barriers to doors and air bricks, the "
            "council said.",
            "Water levels at the Ferry Lane gauge peaked at 4.2 metres shortly after midnight.",
            "Train services between Marlow Bridge and the city were suspended.",
            "Forecasters expect more heavy rain on Wednesday.",
        )
    )
    faq = "\n".join(
        (
            "Flood advice for households in the Tamsin valley, updated every spring by volunteers.",
            "How can I cut the cost of my flood insurance?",
            "What does a flood barrier cost to fit?",
            "Can barriers on doors lower my insurance?",
            "Sandbags are stored at the fire station and can be collected at any hour.",
            "Sign up for text alerts from the river gauges on the Trust's website.",
        )
    )
    assert align(seg(article), seg(faq), encoder=encoder) == ()


def test_copy_that_stops_mid_sentence_ends_at_its_last_copied_word(encoder):
    # The copy goes on in its own words where the original goes on with two more ("in 1968"): those two are not
    # a spun ending of the same words but the end of a sentence the copy left, and the copy's own words stay out.
    lines = FLOOD.split("\n")
    cut = lines[2][: lines[2].index(" in 1968")]
    host = "\n".join((
        "Anglers on the upper Tamsin say the fishing season will start late this year.",
        lines[1],
        f"{cut} at the old mill gauge, which was moved upstream in the eighties after a fire destroyed the mill.",
        "The angling club will restock the river with brown trout once the water clears.",
    ))
    (passage,) = align(seg(FLOOD), seg(host), encoder=encoder)
    assert passage.b.text_of(host).endswith("since records began")  # before: "… records began at the"
    assert passage.a.text_of(FLOOD).endswith("since records began")


def test_copy_ends_where_its_last_sentence_runs_on_even_when_a_restatement_follows(encoder):
    # The source runs the copy's last sentence on into a notice without a full stop, and its next sentence restates
    # that quote, so the copy's last sentence matches both: the passage ends at the copied words of the two read
    # together, not at the end of the restatement (which made it a whole-sentence "paraphrase").
    lines = FLOOD.split("\n")
    notice = (" Shelters open tonight: St Anne's school hall from 6 pm, Mill Street primary from 8 pm and the scout "
              "hut on Ferry Lane from 9 pm, bring bedding, medicines, phone chargers and food for pets")
    source = "\n".join((*lines[:4], lines[4][:-1] + notice,
                        "Reyes said the water had come up the street faster than he had ever seen it in twenty years.",
                        "Anglers on the upper Tamsin say the fishing season will start late this year."))
    host = "\n".join((*lines[:5], "The angling club will restock the river with brown trout once the water clears.",
                      "Letters to the editor should include a full address."))
    (passage,) = align(seg(source), seg(host), encoder=encoder)
    copied = "\n".join(lines[:5])
    assert passage.a.text_of(source) == copied[:-1]  # before: on to "…in twenty years.", kind paraphrase
    assert passage.b.text_of(host) == copied
    assert passage.kind == "verbatim"


def test_a_phrase_two_reports_share_inside_different_sentences_is_no_passage():
    # Two reports quote the same ten words inside sentences of their own. Even where the encoder reads the two
    # sentences as the same (vectors given: one-hot, equal for that pair), trimmed to the shared words they are a
    # phrase, not a copied sentence: that needs as many words in common as a lone match's verbatim stretch.
    lines = FLOOD.split("\n")
    quoted_a = ("Lawyers for the county, who argued the case for four days, on Friday hailed a victory for every "
                "family that lost a home to the river.")
    quoted_b = "Ruth Adeyemi called it a victory for every family that lost a home to the river."
    a = seg("\n".join((*lines[:3], quoted_a, "The hearing lasted four days.")))
    b = seg("\n".join(("Judges in the county court ruled on Friday that the water company had failed to maintain "
                       "its sluice gates.", quoted_b, "The company said it would study the judgment.")))
    vectors_a = np.eye(16, dtype=np.float32)[: len(a.sentences)]
    vectors_b = np.eye(16, dtype=np.float32)[8 : 8 + len(b.sentences)]
    vectors_b[b.sentence_texts().index(quoted_b)] = vectors_a[a.sentence_texts().index(quoted_a)]
    assert align(a, b, vectors=(vectors_a, vectors_b)) == ()  # before: "a victory … to the river." verbatim


def test_a_sentence_copied_whole_as_the_end_of_a_longer_one_is_a_passage(encoder):
    # The host runs a clause of its own into the copied sentence: the pair is cut to the copy, under half of the
    # host's sentence and with fewer than a lone match's fifteen words, but it is all of the source's sentence.
    wall = "The new flood wall along Ferry Lane will cost 11 million pounds."
    source = "\n".join(("Councillors in Marlow Bridge met behind closed doors for most of Monday evening.", wall,
                         "Residents who need help can call the council's emergency line."))
    host = "\n".join(("Anglers on the upper Tamsin say the fishing season will start late this year.",
                       "After a long and often angry meeting at the town hall that ran past midnight, t" + wall[1:],
                       "Letters to the editor should include a full address."))
    for a, b in ((source, host), (host, source)):
        (passage,) = align(seg(a), seg(b), encoder=encoder)  # before: none, read as a phrase two sentences share
        assert {passage.a.text_of(a), passage.b.text_of(b)} == {wall, "t" + wall[1:]}
        assert passage.kind == "verbatim"


def test_merged_edge_sentences_keep_the_words_before_a_one_word_edit(encoder):
    # The copy merges the source's first two sentences and adds a word after its first two: its start is the
    # merged sentence's first word, not the shared run after the edit with "of" kept as a substituted lead.
    lines = FLOOD.split("\n")
    source = "\n".join(("Anglers on the upper Tamsin say the fishing season will start late this year.",
                         "Hundreds of residents were evacuated from Marlow Bridge on Sunday.",
                         "The River Tamsin burst its banks for the second time this winter.", lines[1],
                         "Letters to the editor should include a full address."))
    merged = ("Hundreds of local residents were evacuated from Marlow Bridge on Sunday as the River Tamsin burst its "
              "banks for the second time this winter.")
    host = "\n".join(("The angling club will restock the river with brown trout once the water clears.", merged,
                       lines[1], "Season passes remain available from the box office."))
    (passage,) = align(seg(source), seg(host), encoder=encoder)
    assert passage.b.text_of(host) == f"{merged}\n{lines[1]}"  # before: "of local residents …"
    assert passage.a.text_of(source).startswith("Hundreds of residents")
    (mirror,) = align(seg(host), seg(source), encoder=encoder)
    assert (mirror.a, mirror.b) == (passage.b, passage.a)


def test_two_copies_a_changed_word_apart_are_one_passage(encoder):
    # The source runs a credit line on into the copied sentence after it; the copy prints them as three lines and
    # changes the credit's day. The first passage grows over the credit up to the changed day, the last sentence is
    # a passage of its own: one word apart in both texts, they are one copy with a word changed.
    lines = FLOOD.split("\n")
    wall = "he new flood wall along Ferry Lane will cost 11 million pounds, the council's finance chief said."
    source = "\n".join(("Anglers on the upper Tamsin say the fishing season will start late this year.", *lines[:2],
                         "Figures from the county council, updated Tuesday: t" + wall,
                         "Letters to the editor should include a full address."))
    host = "\n".join(("The angling club will restock the river with brown trout once the water clears.", *lines[:2],
                       "Figures from the county council.", "Updated Monday.", "T" + wall,
                       "Season passes remain available from the box office."))
    for a, b in ((source, host), (host, source)):
        (passage,) = align(seg(a), seg(b), encoder=encoder)  # before: two verbatim passages, "Tuesday" between
        assert passage.a.text_of(a).startswith(lines[0]) and passage.a.text_of(a).endswith(wall)
        assert passage.b.text_of(b).startswith(lines[0]) and passage.b.text_of(b).endswith(wall)
        assert passage.kind == "near_verbatim"


def test_sentence_glued_to_other_run_on_text_joins_the_passage_it_starts(encoder):
    # Both texts run a copied sentence on from a long line of their own without a full stop, so the sentence pair
    # is mostly other text and matches too weakly; the words before the passage are the same in both, in order.
    lines = FLOOD.split("\n")
    clause = "The bridge itself, built in 1842, is the oldest crossing on the river."
    source = "\n".join((*lines[:6], (
        "Flood defences in the valley, parish by parish: gauges at Ferry Lane and Mill Street, demountable barriers "
        "on the quay, two pumping stations, sandbag stores at the fire station and the depot, and warning sirens on "
        "the church tower and the school roof, each with the date of its last inspection, the name of the engineer "
        "who signed it off, the parish clerk to call when it fails and the hours the depot is staffed over the "
        f"winter {clause}"), *lines[6:9]))
    host = "\n".join(("The angling club will restock the river with brown trout once the water clears.", (
        "Ten years of the Tamsin festival in pictures: the boat race, the lantern parade, the brass bands on the "
        "green, the dog show and the fireworks over the weir that closed every summer until the money ran out in "
        "2019, with memories from the families who ran the stalls, the stewards who kept the crowds off the "
        f"towpath and the children who won the raft race {clause}"), *lines[6:9],
        "Letters to the editor should include a full address."))
    (passage,) = align(seg(source), seg(host), encoder=encoder)
    copied = "\n".join((clause, *lines[6:9]))
    assert passage.a.text_of(source) == copied  # before: from "Train services", the clause left out
    assert passage.b.text_of(host) == copied


def test_line_break_inside_a_short_sentence_does_not_split_the_copy(encoder):
    # One text breaks "The water rose fast." over two lines (two slivers too short to match alone), the other does
    # not: the passages on either side meet once grown over the same words, and are one copy.
    lines = FLOOD.split("\n")
    broken = "\n".join((*lines[:5], "The water rose\nfast. Then it held.", *lines[5:]))
    whole = "\n".join((*lines[:5], "The water rose fast. Then it held.", *lines[5:]))
    found = align(seg(broken), seg(whole), encoder=encoder)
    assert [(al.a, al.b) for al in found] == [(Span(0, len(broken)), Span(0, len(whole)))]  # before: two passages


def test_a_passage_does_not_grow_into_a_spun_neighbour_sentence(encoder):
    # "Buses stopped running." against "Coaches stopped running.": the shared words end in a swapped first word,
    # so the sentence is a spun pair of its own (left whole to the meaning tier and change finding), not words
    # that continue the copy; growing into it left its first word to be matched elsewhere.
    lines = FLOOD.split("\n")
    a = "\n".join((*lines[:4], "Shops shut early.", "Buses stopped running.", *lines[4:]))
    b = "\n".join((*lines[:4], "Stores shut early.", "Coaches stopped running.", *lines[4:]))
    starts_a = {span.start for span in seg(a).sentences}
    starts_b = {span.start for span in seg(b).sentences}
    found = align(seg(a), seg(b), encoder=encoder)
    assert len(found) == 2
    assert all(al.a.start in starts_a and al.b.start in starts_b for al in found)  # before: "stopped running."
    assert found[1].a.text_of(a).startswith('"We watched the water')


def test_listing_copied_into_another_run_on_listing_is_found_and_trimmed_to_it(encoder):
    # Listings without full stops are single "sentences" mostly of other text: as a whole pair they score below a
    # passage's floor, but the long verbatim stretch inside is a copy (what a lone match needs), trimmed to it.
    listing = (
        "Mon 7 pm quiz night at the Ferry Inn with prizes for the three best teams Tue 10 am flood recovery drop-in "
        "at the library where council staff answer questions about repair grants Wed 6 pm volunteers meet at the "
        "fire station to sort donated clothes and bedding"
    )
    source = (
        "Sun 2 pm guided walk along the new river path from the station to the weir, boots essential, dogs on leads, "
        "led by the ranger who planted the willows along the bank after the last flood; What's on in Marlow Bridge "
        "this week, compiled by the parish office from notices handed in before Friday noon; groups that want their "
        "meetings listed should call the office or leave a note in the box by the church gate "
        f"{listing} and on Thursday evening the choir rehearses at St Anne's church hall, where new singers of every "
        "age are welcome and no audition is needed, while the youth club has moved to the scout hut on Mill Street "
        "until the hall floor is dry and the electrics have been checked by the council"
    )
    host = (
        "Sat 9 am farmers market on Ferry Lane with cheese from the hill farms, bread from the mill bakery and honey "
        "from the allotments, cash only because the card machine was lost in the water; Community notices for the "
        "lower town, as sent to the newsroom by clubs, churches and the council during the week, sorted by date, "
        f"with phone numbers where organisers supplied them {listing} while the film club shows a silent comedy "
        "with live piano in the school hall on Friday, tickets at the door, children free with an adult, and the "
        "bowls club asks members to bring their own flasks because the pavilion kitchen is still closed after the "
        "water came through the back door"
    )
    (passage,) = align(seg(source), seg(host), encoder=encoder)  # before: no passage
    assert passage.a.text_of(source) == listing
    assert passage.b.text_of(host) == listing
    assert passage.kind == "verbatim"


def test_independent_reports_of_one_event_barely_align(encoder):
    found = align(seg(FLOOD), seg(FLOOD_OTHER_OUTLET), encoder=encoder)
    assert covered(found, "a", FLOOD) < 0.15
    assert covered(found, "b", FLOOD_OTHER_OUTLET) < 0.2


def test_unrelated_texts_do_not_align(encoder):
    assert align(seg(FLOOD), seg(UNRELATED), encoder=encoder) == ()


def test_coverage_is_symmetric_when_the_sides_swap(encoder):
    a, b = seg(FLOOD), seg("\n".join(flood_paragraphs()[3:10]).replace("Okafor", "Mayor Okafor"))
    forward, backward = align(a, b, encoder=encoder), align(b, a, encoder=encoder)
    assert coverage(forward, "a", len(FLOOD)) == pytest.approx(coverage(backward, "b", len(FLOOD)), abs=0.02)
    assert {(al.a, al.b) for al in forward} == {(al.b, al.a) for al in backward}


def test_partial_match_is_trimmed_to_the_shared_words(encoder):
    shared = "engineers will inspect the bridge for damage once the current slows, according to a statement"
    host = f"Local shops stayed shut all day while {shared} that also thanked the volunteers with sandbags."
    found = align(seg(FLOOD), seg(host), encoder=encoder)
    assert len(found) == 1
    text_b = found[0].b.text_of(host)
    assert text_b.startswith("engineers will inspect") and text_b.endswith("a statement")
    assert found[0].a.text_of(FLOOD).startswith("Engineers will inspect")
    assert "county council" not in found[0].a.text_of(FLOOD)


def test_two_long_articles_align_quickly(encoder):
    long_a = "\n".join([FLOOD, FLOOD_OTHER_OUTLET, UNRELATED, FLOOD_SPUN.replace("Marlow", "Marl")])
    long_b = "\n".join([FLOOD_SPUN, UNRELATED, FLOOD_OTHER_OUTLET.replace("Tamsin", "Tamesis"), FLOOD])
    a, b = seg(long_a), seg(long_b)
    align(a, b, encoder=encoder)  # warm-up: imports and first ONNX run
    start = time.process_time()
    align(a, b, encoder=encoder)
    # ~1,000 words a side; 150 ms on an idle 2-core machine. CPU time of this process (all its threads), not
    # wall time: on a machine shared with other jobs (load 20 on 2 cores) wall time measures the queue.
    assert time.process_time() - start < 1.5


def test_spinner_copies_at_30_and_60_percent_align_mostly_as_spun(encoder):
    pytest.importorskip("bench.spinner")
    if not (SHARED / "data" / "ppdb2_lexical_subset").exists():
        pytest.skip("../shared/data/ppdb2_lexical_subset not found: the spinner needs the shared lexical data")
    from bench.spinner import Spinner

    spinner = Spinner()
    for rate in (0.3, 0.6):
        spun = spinner.spin(FLOOD, rate, 7)
        found = align(seg(FLOOD), seg(spun.text), encoder=encoder)
        assert covered(found, "b", spun.text) > 0.85, rate
        spun_chars = sum(al.b.length for al in found if al.kind in ("spun", "near_verbatim"))
        assert spun_chars > 0.7 * sum(al.b.length for al in found), rate


# --- scores, kinds and coverage ---------------------------------------------------------------------------


def test_sentence_pair_scores_rank_copies_above_same_topic(encoder):
    lines, spun, other = FLOOD.split("\n"), FLOOD_SPUN.split("\n"), FLOOD_OTHER_OUTLET.split("\n")
    scores = sentence_pair_scores([(lines[0], lines[0]), (lines[2], spun[2]), (lines[2], other[1])], encoder)
    assert [m.i for m in scores] == [0, 1, 2] and [m.j for m in scores] == [0, 1, 2]
    assert scores[0].score > 0.95
    assert scores[1].score > scores[2].score
    assert scores[1].lexical > scores[2].lexical


def test_alignment_kinds():
    sentence = "The mayor said about 400 homes in the lower town had been flooded overnight."
    spaced = "  the mayor said about 400 homes in the lower   town had been flooded overnight."
    assert alignment_kind(sentence, spaced) == "verbatim"
    assert alignment_kind(sentence, sentence.replace("about", "around")) == "near_verbatim"
    spun = "The mayor said around 400 houses in the lower village had been inundated overnight."
    assert alignment_kind(sentence, spun) == "spun"
    paraphrase = "Overnight flooding reached roughly four hundred houses downtown, according to the mayor."
    assert alignment_kind(sentence, paraphrase) == "paraphrase"


def test_coverage_counts_overlapping_spans_once():
    def al(a: tuple[int, int], b: tuple[int, int]) -> Alignment:
        return Alignment(Span(*a), Span(*b), 1.0, "verbatim")

    found = [al((0, 50), (0, 10)), al((40, 60), (20, 30))]
    assert coverage(found, "a", 100) == pytest.approx(0.6)
    assert coverage(found, "b", 100) == pytest.approx(0.2)
    assert coverage([], "a", 100) == 0.0
    assert coverage(found, "a", 0) == 0.0


def test_empty_articles_give_no_alignments():
    empty = segment(Article("e", ""))
    assert align(empty, seg(FLOOD), encoder=HashEncoder()) == ()


# --- properties (a fast deterministic encoder; the real one is tested above) ------------------------------


class HashEncoder:
    """Bag-of-words vectors from hashed lowercased words: deterministic, fast, unit length."""

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[row, hash(word) % 64] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


_SENTENCES = FLOOD.split("\n") + FLOOD_SPUN.split("\n") + FLOOD_OTHER_OUTLET.split("\n") + UNRELATED.split("\n")
_pieces = st.lists(st.sampled_from(_SENTENCES), min_size=0, max_size=8)
_joiners = st.sampled_from(["\n", " ", "\n\n", "  "])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_pieces, _pieces, _joiners, _joiners, st.text(max_size=30))
def test_every_span_lies_inside_its_text(left, right, join_a, join_b, noise):
    text_a = join_a.join(left) + noise
    text_b = noise + join_b.join(right)
    found = align(seg(text_a), seg(text_b), encoder=HashEncoder())
    for al in found:
        assert 0 <= al.a.start < al.a.end <= len(text_a)
        assert 0 <= al.b.start < al.b.end <= len(text_b)
        assert 0.0 <= al.similarity <= 1.0
    for side, text in (("a", text_a), ("b", text_b)):
        assert 0.0 <= coverage(found, side, len(text)) <= 1.0


def test_seed_pair_aligns_the_spun_first_time_sentence(encoder):
    seeds = SHARED / "seeds"
    if not seeds.exists():
        pytest.skip("../shared/seeds not found: this test needs the seed captures beside the repo")
    text_a = (seeds / "000_43609836e1b9b3c0.txt").read_text(encoding="utf-8")
    text_b = (seeds / "001_0606f60f08f8ff19.txt").read_text(encoding="utf-8")
    found = align(seg(text_a), seg(text_b), encoder=encoder)
    # Matches keep whole sentences (the spans of a passage may be trimmed to the shared words).
    sentences_a, sentences_b = seg(text_a).sentence_texts(), seg(text_b).sentence_texts()
    pairs = [(sentences_a[m.i], sentences_b[m.j]) for al in found for m in al.matches]
    assert any("first time" in a and "without precedent" in b for a, b in pairs)
    # A summary and a spun copy of one report: related, but far from whole-text reuse.
    assert 0.05 < coverage(found, "b", len(text_b)) < 0.5


@pytest.mark.parametrize("other", [FLOOD_SPUN, FLOOD_OTHER_OUTLET, UNRELATED])
def test_dense_and_sparse_scoring_find_the_same_candidate_pairs(encoder, other: str) -> None:
    from unspun.config import DEFAULT
    from unspun.pair.align import ALIGN_DEFAULT, _dense_candidates, _side, _sparse_candidates, _vectors

    side_a, side_b = _side(seg(FLOOD)), _side(seg(other, "y"))
    vectors_a, vectors_b = _vectors(side_a.texts, side_b.texts, encoder)
    dense = _dense_candidates(side_a, side_b, vectors_a, vectors_b, DEFAULT, ALIGN_DEFAULT)
    sparse = _sparse_candidates(side_a, side_b, vectors_a, vectors_b, DEFAULT, ALIGN_DEFAULT)
    assert len(dense.i) > 0 or other is UNRELATED
    assert np.array_equal(dense.i, sparse.i) and np.array_equal(dense.j, sparse.j)
    for field in ("semantic", "lexical", "score"):
        assert np.allclose(getattr(dense, field), getattr(sparse, field), atol=1e-5)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_alignment_kinds_near_the_verbatim_floors_are_those_of_the_exact_ratio(data: st.DataObject) -> None:
    # alignment_kind asks rapidfuzz for the ratio with a cut-off a point under the near-verbatim floor: edits
    # around both floors must be classed as the exact ratio classes them.
    from rapidfuzz import fuzz

    from unspun.config import ALIGN_DEFAULT, DEFAULT
    from unspun.pair.align import _normalised, trimmed_copy

    words = ["The", "council", "voted", "on", "Tuesday", "to", "raise", "the", "parking", "budget", "by", "seven",
             "percent", "after", "a", "long", "debate"]
    edited = list(words)
    for _ in range(data.draw(st.integers(0, 6))):
        k = data.draw(st.integers(0, len(edited) - 1))
        edited[k] = data.draw(st.sampled_from(["assembly", "lift", "on", "a", "Tuesdays", "debated", ""]))
    a, b = " ".join(words), " ".join(w for w in edited if w)
    ratio = fuzz.ratio(_normalised(a), _normalised(b)) / 100.0
    kind = alignment_kind(a, b)
    if ratio >= DEFAULT.verbatim_min_ratio:
        assert kind == "verbatim"
    elif ratio >= DEFAULT.near_verbatim_min_ratio:
        assert kind == "near_verbatim"
    elif trimmed_copy(_normalised(a), _normalised(b), ALIGN_DEFAULT):
        assert kind == "near_verbatim"  # words cut and none added, whatever the ratio
    else:
        assert kind in ("spun", "paraphrase")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(1, 2_000)), min_size=1, max_size=40))
def test_a_passages_weighted_score_is_numpys_average_to_the_bit(pairs: list[tuple[float, int]]) -> None:
    from unspun.pair.align import _weighted_mean

    values, weights = [round(v, 4) for v, _ in pairs], [w for _, w in pairs]
    assert _weighted_mean(values, weights) == float(np.average(values, weights=weights))


def test_a_sentence_with_words_cut_and_none_added_is_near_verbatim():
    """A sub-editor's trim (a tail, a clause cut; probe34 P26) is a copy however much of the sentence it cut; words
    of the shorter side's own make it something else. Written for this test (editfix)."""
    wire = ("The Ellerbeck viaduct, which carries the line between Carlisle and Penrith over the River Eden, was "
            "shut on Saturday night when a track inspector noticed that the rails above the third arch had dropped.")
    tail_cut = ("The Ellerbeck viaduct, which carries the line between Carlisle and Penrith over the River Eden, "
                "was shut.")
    clause_cut = ("The Ellerbeck viaduct was shut on Saturday night when a track inspector noticed that the rails "
                  "above the third arch had dropped.")
    assert alignment_kind(wire, tail_cut) == "near_verbatim" == alignment_kind(tail_cut, wire)
    assert alignment_kind(wire, clause_cut) == "near_verbatim"
    # a word of its own ("closed", "late") besides the cut: a rewording
    assert alignment_kind(wire, tail_cut.replace("was shut", "was closed late")) == "paraphrase"
    # a few words here and there of a long sentence are no trimmed copy (too many cuts for the words kept) ...
    assert alignment_kind(wire, "The viaduct carries the line over the River Eden, a track inspector noticed.") \
        == "paraphrase"
    # ... nor a short phrase (``trim_min_kept_words``)
    assert alignment_kind(wire, "The Ellerbeck viaduct was shut.") == "paraphrase"
    assert alignment_kind(wire, tail_cut, tuning=AlignConfig(trim_min_kept_words=1_000_000)) == "paraphrase"
