"""Changes in sentences a fluent rewrite paraphrased (too few words kept in place for the word diff to mean
edits): a figure, a date, a negation or a quotation's speaker altered, and silence where the rewrite rounds,
splits, moves or rewords a fact. Fixture prose is written for these tests (probe42 cause 3)."""

from __future__ import annotations

from tests.test_changes import changes_between, pair_of, shown
from unspun.pair.changes import find_changes
from unspun.pair.changes.facts import facts, summed_parts
from unspun.text.tokens import word_tokens

FACT_KINDS = {"name", "number", "date", "quote", "negation", "title", "attribution"}


def facts_between(a_text: str, b_text: str, matched: list[tuple[int, int]]) -> list[tuple[str, str, str]]:
    """The fact changes ``find_changes`` lists between two texts whose sentences ``matched`` are aligned."""
    a, b, al = pair_of(a_text, b_text, matched)
    return [c for c in shown(find_changes(a, b, [al], "rewrite"), a_text, b_text) if c[0] in FACT_KINDS]


BAKERY = ("Brightwell Foods will close its bakery in Crewe at the end of June, putting 310 jobs at risk, the company "
          "said on Monday. Of the 310 staff, 220 work on the production lines and 90 drive delivery vans.")


def test_a_figure_or_month_altered_in_a_paraphrased_sentence_is_a_change_both_ways() -> None:
    altered = ("The company confirmed on Monday that Brightwell Foods is to shut its Crewe bakery once August "
               "ends, leaving 130 jobs hanging in the balance. The workforce is made up of 220 production staff "
               "and 90 van drivers.")
    found = facts_between(BAKERY, altered, [(0, 0), (1, 1)])
    assert ("number", "310", "130") in found and ("date", "June", "August") in found
    assert len(found) == 2
    mirrored = facts_between(altered, BAKERY, [(0, 0), (1, 1)])
    assert ("number", "130", "310") in mirrored and ("date", "August", "June") in mirrored


def test_a_paraphrase_that_rounds_splits_or_moves_a_figure_changes_no_fact() -> None:
    faithful = ("The company confirmed on Monday that Brightwell Foods is to shut its Crewe bakery once June "
                "ends, with about 300 people set to lose their jobs. The workforce is made up of 220 production "
                "staff and 90 van drivers.")
    assert facts_between(BAKERY, faithful, [(0, 0), (1, 1)]) == []
    assert facts_between(faithful, BAKERY, [(0, 0), (1, 1)]) == []
    # another figure of another thing in the paraphrase: a count of sites, not of jobs
    other_thing = ("Brightwell Foods, which runs 12 bakeries, confirmed on Monday that its Crewe site will shut "
                   "once June ends and that 310 jobs are at risk. The workforce is made up of 220 production "
                   "staff and 90 van drivers.")
    assert facts_between(BAKERY, other_thing, [(0, 0), (1, 1)]) == []


LORRIES = ("The council said the new car park would not be open to lorries, after residents complained about "
           "engine noise at night. Work on the site starts in the spring.")


def test_a_negation_dropped_from_a_clause_moved_to_the_end_is_a_change() -> None:
    altered = ("After residents complained about engine noise at night, the council said the new car park would "
               "be open to lorries only at weekends. Work on the site starts in the spring.")
    assert [c[0] for c in facts_between(LORRIES, altered, [(0, 0), (1, 1)])] == ["negation"]
    assert [c[0] for c in facts_between(altered, LORRIES, [(0, 0), (1, 1)])] == ["negation"]


def test_a_negation_said_by_other_words_in_a_paraphrase_is_no_change() -> None:
    barred = ("After residents complained about engine noise at night, the council said lorries would be barred "
              "from the new car park. Work on the site starts in the spring.")
    assert facts_between(LORRIES, barred, [(0, 0), (1, 1)]) == []
    stops = "The new trains will not stop at Retford, the operator said. Tickets go on sale on Friday."
    through = ("According to the operator, the new trains will run through Retford without stopping. Tickets "
               "go on sale on Friday.")
    assert facts_between(stops, through, [(0, 0), (1, 1)]) == []


def test_a_word_negated_by_un_and_the_same_word_affirmed_is_a_negation_change() -> None:
    kept = ("Production will move to the firm's plant in Barnsley, while jobs at its Leeds office will remain "
            "unaffected. Staff were told on Tuesday.")
    altered = ("Production is to be relocated to the company's Barnsley plant, and the firm said the relocation "
               "would also affect jobs at its Leeds office. Staff were told on Tuesday.")
    assert [c[0] for c in facts_between(kept, altered, [(0, 0), (1, 1)])] == ["negation"]
    same = ("Production is to be relocated to the company's Barnsley plant, and the firm said the relocation "
            "would not affect jobs at its Leeds office. Staff were told on Tuesday.")
    assert facts_between(kept, same, [(0, 0), (1, 1)]) == []


FERRY = ('Island councillor Rhian Pryce said residents wanted the winter ferry kept running. "Without it, the '
         'island is cut off for days at a time," she said.')


def test_a_quotation_given_to_another_speaker_in_a_rewrite_is_an_attribution_change() -> None:
    altered = ('Residents want the winter ferry kept running, according to councillor Rhian Pryce. Harbour '
               'master Owen Teague said: "Without it, the island is cut off for days at a time."')
    assert ("attribution", "Rhian Pryce", "Owen Teague") in facts_between(FERRY, altered, [(0, 0), (1, 1)])
    same = ('Residents want the winter ferry kept running, according to councillor Rhian Pryce. Ms Pryce '
            'added: "Without it, the island is cut off for days at a time."')
    assert facts_between(FERRY, same, [(0, 0), (1, 1)]) == []


def test_a_title_replaced_beside_one_name_is_one_change_and_a_speaker_moved_away_none() -> None:
    assert changes_between("Finance director Priya Lomax said the decision had been the hardest of her career.",
                           "Chief executive Priya Lomax said the decision had been the hardest of her career.") \
        == [("title", "Finance director", "Chief executive")]
    assert changes_between("Priya Lomax, the company's finance director, described the move as the hardest of "
                           "her career.",
                           "Chief executive Priya Lomax called the decision the hardest of her career.") \
        == [("title", "the company's finance director", "Chief executive")]
    # the council leader is named in the sentence before: his role went with his name
    assert changes_between("Wakefield Council leader Martin Ellery said the council would set up a jobs "
                           "taskforce with the Department for Work and Pensions.",
                           "The council, he added, would create a jobs taskforce with the Department for Work "
                           "and Pensions.") == []


def test_a_paraphrase_counting_a_part_or_naming_another_date_or_a_condition_changes_no_fact() -> None:
    votes = ("Two members, Ruth Calloway and Samir Anand, voted for a cut, and one voted for a rise. The Bank "
             "expects inflation to reach its target six months later than it forecast in November.")
    retold = ("Six of the nine committee members backed no change, while Ruth Calloway and Samir Anand wanted a "
              "cut. The Bank's new forecasts push the return to target back by half a year and trim expected "
              "growth for 2025.")
    assert facts_between(votes, retold, [(0, 0), (1, 1)]) == []
    settled = "The bank agreed to settle, which reduced the penalty by 30%. The fees were scrapped last year."
    counterfactual = ("The penalty would have been higher had the bank not agreed to settle, which earned it a 30% "
                      "discount. The fees were scrapped last year.")
    assert facts_between(settled, counterfactual, [(0, 0), (1, 1)]) == []


def test_independent_reports_paraphrasing_one_another_list_no_paraphrase_changes() -> None:
    march = ("The jobless rate rose to 4.4% in March, the statistics office said. Retail sales fell 0.3%.")
    april = ("According to the statistics office, the jobless rate climbed to 4.6% in April. Retail sales fell "
             "0.3%.")
    a, b, al = pair_of(march, april, [(0, 0), (1, 1)])
    assert [c.kind for c in find_changes(a, b, [al], "unrelated")] == []
    assert {c.kind for c in find_changes(a, b, [al], "rewrite")} == {"number", "date"}



BAKERY_WORDS = ("Ackroyd's will close its bakery in Hebden Bridge at the end of June, putting seventy-one jobs at "
                "risk, the family said on Monday. Forty of them work in the shop and the rest "
                "bake overnight.")


def test_a_number_in_words_altered_in_a_paraphrase_is_a_change_and_written_in_digits_is_none() -> None:
    # forms50: "seventy-one" was read as 70, so the figure of its change was not the number changed
    altered = ("The family confirmed on Monday that Ackroyd's is to shut its Hebden Bridge bakery once June ends, "
               "leaving seventy-two jobs hanging in the balance. Forty of them work in the shop and the rest bake "
               "overnight.")
    assert ("number", "seventy-one", "seventy-two") in facts_between(BAKERY_WORDS, altered, [(0, 0), (1, 1)])
    in_digits = ("The family confirmed on Monday that Ackroyd's is to shut its Hebden Bridge bakery once June ends, "
                 "leaving 71 jobs hanging in the balance. Forty of them work in the shop and the rest bake "
                 "overnight.")
    assert facts_between(BAKERY_WORDS, in_digits, [(0, 0), (1, 1)]) == []
    assert facts_between(in_digits, BAKERY_WORDS, [(0, 0), (1, 1)]) == []


# --- a short copy that merges two of its source's sentences, or retells a quotation (probe54, issue 10) ---------

HARBOUR = ("Dredging of Whitby harbour will begin in May and is expected to take eleven weeks. Marina manager "
           "Alun Pryce said berth holders had been told to move their boats. \"We are not closing the harbour "
           "to fishing boats at any point,\" he said. The work will cost £2.6 million.")


def _merged_brief(text: str) -> list[tuple[str, str, str]]:
    """The fact changes of a two-sentence brief whose first sentence aligns with HARBOUR's first sentence only
    (its second, merging the manager's two sentences, aligns with none), read both ways."""
    found = facts_between(HARBOUR, text, [(0, 0)])
    mirrored = facts_between(text, HARBOUR, [(0, 0)])
    assert sorted((k, y, x) for k, x, y in mirrored) == sorted(found)
    return found


def test_a_fact_changed_in_a_sentence_no_alignment_reaches_is_a_change() -> None:
    renamed = ("Dredging of Whitby harbour starts in May and should last eleven weeks, and marina manager Alun "
               "Price said boat owners had been asked to move and fishing boats would not be shut out.")
    assert _merged_brief(renamed) == [("name", "Pryce", "Price")]
    negated = ("Dredging of Whitby harbour starts in May and should last eleven weeks. Marina manager Alun Pryce "
               "said berth holders were moving their boats and the harbour would be closing to fishing boats.")
    assert [c[0] for c in _merged_brief(negated)] == ["negation"]


def test_two_spans_of_time_in_one_unit_are_one_thing_in_a_paraphrase() -> None:
    source = "Dredging of Whitby harbour will begin in May and is expected to take eleven weeks. The work costs £2.6m."
    longer = ("Fourteen weeks of work to dredge Whitby harbour, which could not be put off any longer, gets under "
              "way in May. The work costs £2.6m.")
    assert facts_between(source, longer, [(0, 0), (1, 1)]) == [("number", "eleven weeks", "Fourteen weeks")]
    rounded = ("Work to dredge Whitby harbour gets under way in May and should be finished within three months. "
               "The work costs £2.6m.")
    assert facts_between(source, rounded, [(0, 0), (1, 1)]) == []


def test_a_faithful_merge_or_a_sentence_of_other_people_changes_no_fact() -> None:
    faithful = ("Dredging of Whitby harbour starts in May and should last eleven weeks. Marina manager Alun Pryce "
                "said berth holders were moving their boats, but fishing boats would never be shut out.")
    assert _merged_brief(faithful) == []
    # another person of the same first name, whom the source names elsewhere, is no name changed
    other = HARBOUR + " Alun Hughes, a berth holder, said he was moving his boat to Scarborough."
    brief = ("Dredging of Whitby harbour starts in May and should last eleven weeks, and berth holder Alun Hughes "
             "said he was taking his boat to Scarborough.")
    assert facts_between(other, brief, [(0, 0)]) == []
    # a bound the source's statement gave ("more than 200 boats") is no figure changed by another moment's count
    bound = HARBOUR + " \"More than 212 boats have already moved,\" the harbour office said."
    counted = ("Dredging of Whitby harbour starts in May and should last eleven weeks, and 260 boats had already "
               "moved, the harbour office said.")
    assert facts_between(bound, counted, [(0, 0)]) == []
    # a negation moved to another verb of the same statement ("cannot leave" / "could not get out … to leave")
    moved = HARBOUR + " \"A boat that cannot leave the marina is better off where it is,\" Mr Pryce added."
    kept = ("Dredging of Whitby harbour starts in May and should last eleven weeks. Marina manager Alun Pryce said "
            "a boat that could not get out was better off where it lay than trying to leave the marina.")
    assert facts_between(moved, kept, [(0, 0)]) == []
    exact = bound.replace("More than 212", "In all, 212")
    assert facts_between(exact, counted, [(0, 0)]) == [("number", "212", "260")]


def test_a_negation_bounded_by_a_time_is_said_by_a_clause_of_waiting_until_it() -> None:
    shut = ("The swimming pool in Penrith will not reopen until September after its roof was damaged in a storm. "
            "Swimmers have been offered sessions in Carlisle.")
    for faithful in ("The swimming pool in Penrith will stay shut until September after its roof was damaged in a "
                     "storm. Swimmers have been offered sessions in Carlisle.",
                     "Swimmers in Penrith may have to wait until September for their pool to reopen after its roof "
                     "was damaged in a storm. Swimmers have been offered sessions in Carlisle."):
        assert facts_between(shut, faithful, [(0, 0), (1, 1)]) == []
        assert facts_between(faithful, shut, [(0, 0), (1, 1)]) == []
    # the same negation against a clause bounded by no time is still a negation removed
    altered = ("The swimming pool in Penrith will reopen in September after its roof was damaged in a storm. "
               "Swimmers have been offered sessions in Carlisle.")
    assert [c[0] for c in facts_between(shut, altered, [(0, 0), (1, 1)])] == ["negation"]


SAILINGS = ("CalMac will run two sailings a day between Ardrossan and Brodick in January. Campaigner Ruth Blane "
         "said islanders did not trust CalMac to keep the timetable after last winter's cancellations. A return "
         "fare for a car and driver stays at £38.80.")


def test_a_retold_sentence_whose_not_says_another_thing_flips_no_negation() -> None:
    """A negation between two retold sentences (no alignment holds the campaigner's, none faces it) is one clause
    said with and without it, not two sentences on one topic of which one writes "not" (Relations test pairs: "do
    not trust politicians" / "a problem of trust")."""
    topic = ("CalMac will run two sailings a day between Ardrossan and Brodick in January. Ruth Blane, a "
             "campaigner, spoke of a problem of trust between islanders and CalMac after last winter's "
             "cancellations.")
    assert facts_between(SAILINGS, topic, [(0, 0)]) == []
    assert facts_between(topic, SAILINGS, [(0, 0)]) == []
    flipped = ("CalMac will run two sailings a day between Ardrossan and Brodick in January. Ruth Blane, a "
               "campaigner, said islanders trusted CalMac to keep the timetable after last winter's "
               "cancellations.")
    assert [c[0] for c in facts_between(SAILINGS, flipped, [(0, 0)])] == ["negation"]
    assert [c[0] for c in facts_between(flipped, SAILINGS, [(0, 0)])] == ["negation"]


def test_a_copys_own_line_on_another_firm_or_year_with_the_same_kind_of_figure_changes_no_fact() -> None:
    wire = ("A biscuit maker is to close its factory in Barnsley with the loss of 280 jobs, the company said. "
            "Production at the Dodworth site will move to Leeds by the end of next year.")
    other_firm = ("Production at the Dodworth site will move to Leeds by the end of next year. The closure follows "
                  "the loss of 140 jobs at a Barnsley glassworks, Penistone Glass, in January.")
    last_year = ("Production at the Dodworth site will move to Leeds by the end of next year. Last year the company "
                 "cut 45 jobs at the Barnsley factory when it closed its packing hall.")
    for paper in (other_firm, last_year):
        assert facts_between(wire, paper, [(1, 0)]) == []
        assert facts_between(paper, wire, [(0, 1)]) == []
    # the lead retold in the copy's own words with its figure altered stays a change
    altered = ("Production at the Dodworth site will move to Leeds by the end of next year. The Barnsley factory "
               "will close with the loss of 180 jobs, its owner said.")
    assert facts_between(wire, altered, [(1, 0)]) == [("number", "280", "180")]


def test_a_figure_changed_is_a_change_though_the_source_gives_its_value_of_another_thing() -> None:
    """chg48: "Fifteen people" → "Five guests" was no change because the source sends "Five fire engines" in its
    next sentence; a figure given elsewhere is given only where it may count the same thing
    (``ChangesConfig.given_figures_count_alike``, on by default since dir49: an age faces no count, and only a
    number in words must count alike)."""
    source = ("Fifteen people were taken to hospital after fire broke out at a hotel on Oban's seafront. Five fire "
              "engines and a height appliance were sent to the Corran Esplanade hotel.")
    brief = ("Five guests needed hospital treatment when fire swept through the kitchen of a seafront hotel in "
             "Oban. Engines and a height appliance attended the Corran Esplanade hotel.")
    assert ("number", "Fifteen", "Five") in facts_between(source, brief, [(0, 0), (1, 1)])
    assert ("number", "Five", "Fifteen") in facts_between(brief, source, [(0, 0), (1, 1)])
    # the count moved to another sentence of the other text, counting the same thing there: given
    moved = ("Guests needed hospital treatment when fire swept through the kitchen of a seafront hotel in Oban. "
             "Fifteen people and a dog were led out by the crews of five fire engines.")
    assert not [c for c in facts_between(source, moved, [(0, 0), (1, 1)]) if c[0] == "number"]


# A summary sums what its source lists (probe56 cause 2; tests/fixtures/summed_figures): the same fact, summed.
BUS = ("Two drivers and five passengers were hurt when a double-decker bus hit a bridge in Leek on Friday. The "
       "council will spend £400,000 on new warning signs and a further £250,000 on raising the bridge deck.")


def test_a_total_of_the_parts_the_other_sentence_lists_is_no_changed_number() -> None:
    summed = ("Seven people were hurt on Friday when a double-decker bus struck a bridge in Leek. The council plans "
              "to spend £650,000 on warning signs and on raising the bridge deck.")
    assert facts_between(BUS, summed, [(0, 0), (1, 1)]) == []
    assert facts_between(summed, BUS, [(0, 0), (1, 1)]) == []
    # a word-for-word copy that sums "and a child" as one more: the diff sets "Two" against "Three"
    listed = "Two elderly passengers and a child were treated by paramedics at the pier."
    three = "Three passengers were treated by paramedics at the pier."
    assert [c for c in changes_between(listed, three) if c[0] in FACT_KINDS] == []
    # shares do not add up: next month's 0.5% and 0.1% are no sum of this month's 0.6%
    shares = "Flats rose by 0.6% in the month and detached houses by 0.3%."
    later = "Flats rose by 0.5% in the month and detached houses by 0.1%."
    assert [c[0] for c in changes_between(shares, later) if c[0] in FACT_KINDS] == ["number", "number"]


def test_a_total_that_is_not_the_sum_of_the_listed_parts_is_a_changed_number() -> None:
    # reworded throughout (a paraphrase, not a word diff): the total faces the whole list of parts
    wrong = ("Nine people suffered injuries as a double-decker struck a low railway bridge at Leek. Warning signs and "
             "a higher deck will cost the council £850,000.")
    found = facts_between(BUS, wrong, [(0, 0), (1, 1)])
    assert ("number", "Two drivers and five passengers", "Nine") in found
    assert any(c[0] == "number" and c[2] == "£850,000" for c in found)
    assert ("number", "Nine", "Two drivers and five passengers") in facts_between(wrong, BUS, [(0, 0), (1, 1)])
    summed = wrong.replace("Nine", "Seven").replace("£850,000", "£650,000")
    assert facts_between(BUS, summed, [(0, 0), (1, 1)]) == []
    listed = "Two elderly passengers and a child were treated by paramedics at the pier."
    four = "Four passengers were treated by paramedics at the pier."
    assert [c[0] for c in changes_between(listed, four) if c[0] in FACT_KINDS] == ["number"]


def test_an_age_faces_no_count_and_a_figure_in_digits_given_elsewhere_is_given() -> None:
    """dir49: with ``given_figures_count_alike`` on, a teaser's "the two Lancaster men" faced the article's "aged 34
    and 41" as a number changed, and a teaser's "1,700 donors" was no figure of the article's "almost 1,700 members of
    the public" (teaser_store cave_teaser, summary_forms museum_teaser fell to same_story)."""
    article = ("Two cavers were brought to the surface after more than 30 hours trapped by floodwater beneath "
               "Ingleborough. The men, aged 34 and 41 and both from Lancaster, were cut off on Saturday morning.")
    teaser = ("Volunteers pumped out a flooded passage under Ingleborough. They found the two Lancaster men cold, "
              "hungry and unhurt.")
    assert facts_between(article, teaser, [(0, 0), (1, 1)]) == []
    assert facts_between(teaser, article, [(0, 0), (1, 1)]) == []
    report = ("Leeds Art Gallery has bought a Grimshaw painting for £385,000 after a two-year campaign. The rest "
              "came from the Friends of the gallery and almost 1,700 members of the public.")
    short = ("A Grimshaw nocturne is home in Leeds. 1,700 donors helped the gallery raise £385,000.")
    assert facts_between(report, short, [(0, 0), (1, 1)]) == []
    # an age altered stays a change of an age
    aged = article.replace("aged 34 and 41", "aged 43 and 41")
    assert ("number", "34", "43") in facts_between(article, aged, [(0, 0), (1, 1)])


def test_a_figure_said_in_words_past_its_magnitude_is_no_change() -> None:
    """dir49 (tests/fixtures/radio_reads school_radio3): "more than 2,300 people" read out as "more than two
    thousand three hundred people" is the same figure, not 2,300 changed to 2,000 and 300."""
    article = ("Councillors backed the plan by seven votes to three, despite a petition against it signed by more than "
               "2,300 people. Both schools have more than 40% of their places empty.")
    read = ("The committee backed the plan by seven votes to three, despite a petition signed by more than two "
            "thousand three hundred people. The council says both schools have more than forty per cent of their "
            "places empty.")
    assert facts_between(article, read, [(0, 0), (1, 1)]) == []
    assert facts_between(read, article, [(0, 0), (1, 1)]) == []


def test_figures_of_two_clauses_alternatives_ranges_or_two_kinds_are_no_listed_parts() -> None:
    # review of sum49 (reviewA): each copy states a real changed number that the summed parts hid
    for listed, total in [
        ("Three people were killed and two others were seriously injured when a car left the road near Hexham.",
         "Five people were killed when a car left the road near Hexham."),
        ("Twelve councillors voted in favour and three against as North Yorkshire Council approved plans.",
         "Fifteen councillors voted in favour as North Yorkshire Council approved plans."),
        ("Liam Pickering scored two goals and set up one more as Harrogate Town beat Walsall.",
         "Liam Pickering scored three goals as Harrogate Town beat Walsall."),
        ("Drivers caught in Bradford's bus lanes will face fines of between £70 and £90 from next month.",
         "Drivers caught in Bradford's bus lanes will face fines of £160 from next month."),
        ("Franklin Academy in Grimsby expects to lose four or five teaching posts next year.",
         "Franklin Academy in Grimsby expects to lose nine teaching posts next year."),
        ("Firefighters rescued two men and a dog from a flooded cellar in Hebden Bridge on Sunday.",
         "Firefighters rescued three men from a flooded cellar in Hebden Bridge on Sunday."),
    ]:
        assert [c[0] for c in changes_between(listed, total) if c[0] in FACT_KINDS] == ["number"], listed
        assert [c[0] for c in changes_between(total, listed) if c[0] in FACT_KINDS] == ["number"], total


def test_tight_lists_of_people_and_further_amounts_are_listed_parts() -> None:
    def totals(sentence: str) -> list[float]:
        tokens = word_tokens(sentence)
        return [p.total for p in summed_parts(sentence, tokens, facts(sentence, tokens))]
    assert totals("Two crew members and four passengers were injured on the car deck.") == [6.0]
    assert totals("Cumbria Police said three passengers and the driver of the minibus were injured.") == [4.0]
    assert totals("Five primary schools and two secondary schools in Wrexham were closed on Monday.") == [7.0]
    assert totals("It lost 300 tonnes of apples at its main orchard and another 150 tonnes at a second.") == [450.0]
    assert totals("The ferry was carrying 48 passengers and a crew of five when a gust pushed its bow.") == []
    assert totals("Two lorries and three cars were involved in the crash.") == []
    assert totals("The bridge cost £2m to build, and the council has spent £1m repairing it since.") == []


def test_a_named_persons_age_between_commas_is_an_age() -> None:
    """reviewC of dir49 (tests/fixtures/top_figures review_court): "Liam Corrie, 34, of Milnthorpe" rewritten
    "Liam Corrie, aged 43, from Milnthorpe" listed no change: an age was kept from facing the appositive "34,",
    read as a count."""
    source = ("A van driver who hit and killed a cyclist while looking at his phone has been jailed for six years. "
              "Liam Corrie, 34, of Milnthorpe, admitted causing death by dangerous driving at Carlisle Crown Court.")
    rewrite = ("A van driver who struck and killed a cyclist while scrolling through his phone has been sent to "
               "prison for six years. Appearing at Carlisle Crown Court, Liam Corrie, aged 43, from Milnthorpe, "
               "pleaded guilty to causing death by dangerous driving.")
    assert ("number", "34", "43") in facts_between(source, rewrite, [(0, 0), (1, 1)])
    assert ("number", "43", "34") in facts_between(rewrite, source, [(0, 0), (1, 1)])


def test_a_figure_the_other_text_gives_in_other_words_is_given() -> None:
    """reviewC of dir49 (top_figures review_coach): "Fifteen children were treated in hospital" retold as "five
    youngsters" taken by ambulance, with "In all, fifteen pupils needed hospital treatment" further on, was listed
    Fifteen → five: the rewrite's fifteen counts no other thing the source gives fifteen of."""
    source = ("Fifteen children were treated in hospital after a coach taking them home from a school trip overturned "
              "on the M5 near Taunton. Avon and Somerset Police said none of the injuries was thought to be "
              "life-threatening.")
    rewrite = ("Ambulances took five youngsters to hospital when a school trip coach rolled over on the M5 close to "
               "Taunton. In all, fifteen pupils needed hospital treatment, though police said none of the injuries "
               "was thought to be life-threatening.")
    assert not [c for c in facts_between(source, rewrite, [(0, 0), (1, 1)]) if c[0] == "number"]
    assert not [c for c in facts_between(rewrite, source, [(0, 0), (1, 1)]) if c[0] == "number"]
