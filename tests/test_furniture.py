"""A publisher's furniture (``pair.furniture``): appeal and contact lines, a release's closing notes; and the
family rules of furn41 (siblings that each changed their own facts, same-day origins by the time of day)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import FIXTURES
from unspun.corpus.families import family_roles
from unspun.corpus.story_clusters import _first_key, event_facts
from unspun.ingest.segment import segment
from unspun.model import Article, ArticleMeta, Verdict
from unspun.pair.furniture import content_sentences
from unspun.text.furniture import contact_sentence, furniture_numbers, tail_start

APPEAL = ("Anyone with information is asked to call Severn Vale Police on 101, quoting crime reference 54260041187, "
          "or to contact Crimestoppers anonymously on 0800 555 111.")
RELEASE = ("Children in Kelby can return to the town's biggest play area from Saturday 16 May after a £180,000 "
           "refurbishment.\n\nThe play area has new climbing frames and a zip wire. The old equipment, installed in "
           "1998, was removed in February.\n\nThe rest of the money came from the parks budget.\n\nENDS\n\n"
           "Notes to editors\n\n"
           "Harwood District Council provides services to about 118,000 residents in 42 rural parishes.\n\n"
           "For more information contact the council's press office on 01632 961 220 or email press@harwood.example.")


def test_appeal_and_contact_lines_are_furniture_and_news_with_a_phone_number_is_not():
    assert contact_sentence(APPEAL)
    assert contact_sentence("You can also give information anonymously to the independent charity Crimestoppers on "
                            "0800 555 111.")
    assert contact_sentence("For media enquiries, please contact the service's communications team on 01632 960 400 "
                            "or email press@northvalefire.example.")
    assert contact_sentence("Media contact: Joanne Esterhuizen, 07700 900 482, joanne.esterhuizen@linmoor.example")
    # the news of a release that gives a number to ring, and a sentence of figures, are the release's news
    assert not contact_sentence("Permits can be bought online at brantwick.example/gardenwaste or by phone on 01632 "
                                "962 000. Residents who receive council tax support can get a permit for half price.")
    assert not contact_sentence("The robber took about £3,400 in notes from the counter and ran towards Devizes Road.")


def test_a_releases_notes_to_editors_and_what_follows_are_furniture():
    start = tail_start(RELEASE)
    assert RELEASE[start:].startswith("ENDS")
    kept = content_sentences(segment(Article("r", RELEASE)))
    assert kept[0].startswith("Children in Kelby") and not any("118,000" in s or "press office" in s for s in kept)
    # "About" opening a sentence of the news is no heading
    assert tail_start("Fire crews were called at 9pm.\nAbout 400 bales of hay were lost.\nNo one was hurt.") == len(
        "Fire crews were called at 9pm.\nAbout 400 bales of hay were lost.\nNo one was hurt.")


def test_phone_numbers_and_references_are_no_facts_of_an_event():
    spans = furniture_numbers(APPEAL)
    assert {APPEAL[s:e] for s, e in spans} == {"101", "54260041187", "0800 555 111"}
    facts = event_facts(APPEAL + " The robber took £3,400 from the Wood Street Post Office in 2026.")
    assert "#3400" in facts and "#2026" in facts and not {"#101", "#0800", "#555", "#111", "#54260041187"} & facts


def _v(relation: str, direction: str = "unknown", changes: tuple[tuple[str, int], ...] = ()) -> Verdict:
    return Verdict(relation, direction, 0.99, 1.0, 1.0, fact_changes=changes)  # type: ignore[arg-type]


def test_two_copies_of_one_origin_that_each_changed_their_own_fact_are_siblings():
    # origin 0 (dated); 1 changed a number, 2 changed a name; 1 and 2 differ in both: neither was made from the other
    with_query = {0: _v("near_duplicate", "b_to_a", (("number", 1),)),
                  2: _v("near_duplicate", "unknown", (("name", 1), ("number", 1)))}
    among = [(0, 2, _v("near_duplicate", "a_to_b", (("name", 1),)))]
    roles = family_roles(1, with_query, among)
    assert roles[0].role == "source" and roles[2].role == "sibling"
    # a copy of the number-changed copy carries its change: it differs from it in its own change only
    with_query[2] = _v("near_duplicate", "unknown", (("name", 1),))
    among = [(0, 2, _v("near_duplicate", "a_to_b", (("name", 1), ("number", 1))))]
    assert family_roles(1, with_query, among)[2].role is None


def _meta(pk: int, id_: str, published: str) -> ArticleMeta:
    return ArticleMeta(pk, id_, None, published, None, (), 1000)


def test_same_day_members_are_ordered_by_their_time_when_every_one_gives_it():
    metas = {1: _meta(1, "a_report", "2026-05-19T13:00:00+01:00"),
             2: _meta(2, "b_transcript", "2026-05-19T10:00:00+01:00"),
             3: _meta(3, "c_brief", "2026-05-19")}
    timed = _first_key(metas, [1, 2])
    assert min([1, 2], key=lambda pk: (*timed(pk), metas[pk].id)) == 2
    # with a member that gives its day only, no order within the day is known: the id decides, as before
    untimed = _first_key(metas, [1, 2, 3])
    assert untimed(1) == untimed(2) == untimed(3)


def test_a_long_news_sentence_with_a_helpline_is_no_furniture():
    # an appeal line is short; this sentence carries the outage's homes, place, time and compensation
    assert not contact_sentence("If you were affected by the outage, which left 4,000 homes in Linmoor without power "
                                "from 8am on Monday 12 May until late on Wednesday evening after a substation fire, "
                                "call the helpline on 0800 123 4567 to claim compensation of up to £50 for each day.")


def test_london_belfast_and_north_american_numbers_are_phone_numbers():
    # the 02x format of London, Cardiff and Belfast ("020 7946 0000"), a country code before a bracketed area code,
    # and a North American freephone number are contact numbers, and their digits no facts of the event
    lines = {"Anyone with information about the robbery in Camden High Street is asked to call the Metropolitan "
             "Police on 020 7946 0000 or Crimestoppers anonymously.": "020 7946 0000",
             "Witnesses to the crash on the M1 near Lisburn are asked to call police on 028 9018 0000.":
                 "028 9018 0000",
             "For media enquiries, please contact Dana Whitfield at the New York office on +1 (212) 555-0143.":
                 "+1 (212) 555-0143",
             "Customers with questions about the recall are asked to call the company on 1-800-555-0199.":
                 "1-800-555-0199",
             "For media enquiries, please contact the trust's press office on 0161 496 0000 or +44 20 7946 0000"
             ".":
                 "0161 496 0000|+44 20 7946 0000"}
    for line, numbers in lines.items():
        assert contact_sentence(line), line
        assert "|".join(line[s:e] for s, e in sorted(furniture_numbers(line))) == numbers
        assert not {f for f in event_facts(line) if f[1:] in numbers.replace("-", " ").split()}, line


def test_bracketed_area_codes_and_numbers_in_pairs_are_phone_numbers_and_a_figure_run_after_a_plus_is_not():
    # "(020) 7946 0000" with its area code in brackets, a French number written in pairs and a US one with dots
    # throughout are contact numbers; "+1.2" before two years is a figure and two years
    lines = {"Anyone with information about the break-in at the Camden Road pharmacy is asked to call the "
             "Metropolitan Police on (020) 7946 0000.": "(020) 7946 0000",
             "For media enquiries, please contact the agency's Paris office on +33 1 42 68 53 00.":
                 "+33 1 42 68 53 00",
             "For media enquiries, please contact Dana Whitfield on +1.212.555.0143.": "+1.212.555.0143"}
    for line, number in lines.items():
        assert contact_sentence(line), line
        assert [line[s:e] for s, e in furniture_numbers(line)] == [number], line
    sentence = "Output grew +1.2 2024 2025 over the two years, the council's report said."
    assert furniture_numbers(sentence) == []


FEATURE = ("The bakery that gets up before the town\n\n"
           "At 3am on a wet Tuesday the only lit window on Kelby's high street belongs to the Crumb & Co bakery, where "
           "the first trays of sourdough are already proving.\n\n"
           "The shop opened in 2014 in a former bank and now supplies 40 cafes and three hospitals across the "
           "district, turning out about 2,000 loaves a day.\n\n"
           "Demand has doubled since the pandemic, and the bakery took on six apprentices this autumn.\n\n"
           "About Maria Lopez\n\n"
           "Maria Lopez, 41, trained as a pastry chef in Valencia and moved to Kelby in 2009 after meeting her "
           "husband, a Kelby firefighter.\n\n"
           "She bought the bakery from its founder in 2018 for £85,000 and says she has not had a lie-in since.\n\n"
           "\"People think baking is romantic,\" she said. \"It is mostly washing up.\"")
BILL = ("Landlords in Harwood face new rules on evictions from next spring, the council said on Monday.\n\n"
        "About 4,200 private tenancies in the district will be covered.\n\n"
        "Council leader Amir Shah said the authority would hire two more housing officers to enforce them.\n\n"
        "About the Renters Reform Bill\n\n"
        "The bill ends so-called no-fault evictions under Section 21 of the Housing Act 1988.\n\n"
        "Landlords will still be able to evict tenants who fall two months behind with rent.\n\n"
        "Tenants will be able to ask to keep a pet, and landlords will not be able to refuse without a good "
        "reason.\n\n"
        "Rents can rise only once a year, and tenants can challenge a rise at a tribunal.\n\n"
        "The bill is expected to become law in the summer after its final stages in the Lords.")


def test_an_about_subhead_in_running_news_is_no_release_tail():
    # a feature's profile of a person and a report's explainer of a bill are the news, however late they stand
    for text in (FEATURE, BILL):
        assert tail_start(text) == len(text)
    kept = content_sentences(segment(Article("f", FEATURE)))
    assert any("£85,000" in s for s in kept) and any("Valencia" in s for s in kept)
    # a release's about-us boilerplate is: an organisation's name, or a media contact after it
    release = ("Volterra Cells will build a €410 million battery recycling plant in Emmen, creating 350 jobs by 2028."
               "\n\nThe plant will recover lithium, nickel and cobalt from 50,000 tonnes of used batteries a year."
               "\n\nConstruction starts in March, the company said.\n\nAbout Volterra Cells\n\n"
               "Founded in 2017 and headquartered in Eindhoven, Volterra Cells employs 2,300 people.\n\n"
               "Media contact: Pieter de Groot, press@volterracells.example, +31 40 555 0192")
    assert release[tail_start(release):].startswith("About Volterra Cells")
    charity = release.replace("About Volterra Cells", "About the Emmen Recycling Trust").rsplit("\n\nMedia", 1)[0]
    assert charity[tail_start(charity):].startswith("About the Emmen Recycling Trust")


def test_a_line_with_only_an_address_to_write_to_or_a_reference_is_still_read_as_contact():
    # ``contact_sentence`` searches for phone numbers and references only where a digit stands, for addresses only
    # where an "@" does, and for web addresses only where a domain ending does: each kind alone still counts.
    assert contact_sentence("For media enquiries, please email press@harwood.example.")
    assert contact_sentence("Anyone with information is asked to contact police, quoting incident number NF/2026/0812.")
    assert contact_sentence("Anyone who saw the crash is asked to call 101.")
    assert not contact_sentence("Anyone with information is asked to come forward.")
    assert not contact_sentence("The site at www.harwood.example lists the new opening hours.")
    assert furniture_numbers("Call 01632 960 400 or +44 20 7946 0000; (555) 010-4477 and 555-010-4477 too.") == [
        (5, 18), (22, 38), (40, 54), (59, 71)]


_ABOUT = Path(__file__).parent / "fixtures" / "about_tail"
# a bakery chain's two releases on other subjects, ending in one "About …" paragraph that names no organisation word
MILLBROOK_OPENING = (
    "Millbrook Bakehouse opens first shop in Leeds\n\n"
    "Millbrook Bakehouse will open its first shop in Leeds on Saturday, in the former post office on Briggate.\n\n"
    "The shop will bake on site and open from 7am, with seating for 40 customers.\n\n"
    "Founder Ellen Shaw said the city had been top of the firm's list for three years.\n\n"
    "About Millbrook Bakehouse\n\n"
    "The company was founded in 2009 in a garage in Otley and now runs 22 shops across Yorkshire. It employs 310 "
    "people and bakes more than 15,000 loaves a week.\n\n"
    "For more information visit millbrookbakehouse.example")
MILLBROOK_WAGES = (
    "Millbrook Bakehouse raises staff pay to £13 an hour\n\n"
    "Bakers and shop staff at Millbrook Bakehouse will be paid at least £13 an hour from April, a rise of 9%.\n\n"
    "The rise covers every baker, driver and shop worker and will cost the business about £600,000 a year.\n\n"
    "Managing director Karl Udeh said good bakers were hard to find and harder to keep.\n\n"
    "About Millbrook Bakehouse\n\n"
    "The company was founded in 2009 in a garage in Otley and now runs 22 shops across Yorkshire. It employs 310 "
    "people and bakes more than 15,000 loaves a week.")


def test_an_about_paragraph_that_describes_the_issuer_is_release_furniture_whatever_its_name():
    # review of left42: "About Greenfield Energy" names no organisation word and no contact line follows it, so two
    # releases of the firm on other subjects were partial_reuse (a_to_b, 0.94) by its paragraphs alone; read by its
    # shape (the name or "The company" + what it is or does, a web address) it is furniture, the pair no reuse
    from unspun.pair.engine import PairEngine

    for text in [(_ABOUT / "rel1.txt").read_text(), (_ABOUT / "rel2.txt").read_text(), MILLBROOK_OPENING,
                 MILLBROOK_WAGES]:
        assert text[tail_start(text):].startswith("About "), text[:40]
    engine = PairEngine(precise=False)
    files = [str(_ABOUT / "rel1.txt"), str(_ABOUT / "rel2.txt")]
    for a, b in (files, files[::-1]):
        assert engine.compare(a, b).verdict.relation == "unrelated"
    for a, b in ((MILLBROOK_OPENING, MILLBROOK_WAGES), (MILLBROOK_WAGES, MILLBROOK_OPENING)):
        verdict = engine.compare_articles(Article("a", a), Article("b", b)).verdict
        # one firm's two short releases share its name and staff: read as one subject at most, never as reuse
        assert verdict.relation in ("unrelated", "same_story"), verdict.evidence
        assert any("publisher's furniture" in line for line in verdict.evidence)
    # a profile's "About <person>" subhead is still running news (test_an_about_subhead_in_running_news_is_no_release_
    # tail), as is an "About …" paragraph that tells a story rather than what the issuer is
    story = MILLBROOK_WAGES.replace("About Millbrook Bakehouse\n\nThe company was founded in 2009",
                                    "About Ellen Shaw\n\nEllen Shaw, 52, left school at 16 and started baking in 2009")
    assert tail_start(story) == len(story)


WARDS = ("Midwives in Leeds say the new rota has left wards short of staff on most night shifts this winter.\n\n"
         "The trust said it was recruiting 40 more midwives and that agency cover had been booked until March.\n\n"
         "Union officials said the shortfall had grown since the summer, when two senior staff left the unit.\n\n")


def test_a_profile_subhead_over_a_person_described_is_the_feature_s_own_text():
    # review of session 36: "<Person> is a …" under an "About <Person>" subhead read as an issuer describing itself,
    # so a profile's closing section was dropped as release boilerplate
    profile = ("About Mara Quint\n\nMara Quint is a 34-year-old midwife from Leeds who has worked nights at the unit "
               "since 2019.\n\nShe says the shifts have never been this thin.\n")
    for tail in (profile, profile.replace("About Mara Quint", "Who is Mara Quint?"),
                 profile.replace("About Mara Quint", "About the Author"),
                 "About Tom Reyes\n\nTom Reyes is a retired firefighter who has led the wardens since 2016.\n\n"
                 "He says the barrier changed everything.\n"):
        assert tail_start(WARDS + tail) == len(WARDS + tail), tail
    kept = content_sentences(segment(Article("p", WARDS + profile)))
    assert any("34-year-old midwife" in s for s in kept)
    # a release's about-us paragraph describes the firm the same way, with no age and no "she" or "he"
    for tail in ("About Northwind Energy\n\nNorthwind Energy is a renewable energy developer based in Hull with 12 "
                 "wind farms in operation.\n",
                 "About Riverwise\n\nRiverwise is a flood-warning app used by 80,000 people. It was launched in "
                 "2019.\n"):
        assert (WARDS + tail)[tail_start(WARDS + tail):].startswith("About "), tail


def test_an_about_section_of_a_firm_telling_of_its_founder_is_the_firm_s_boilerplate():
    # review of session 37: "She previously led …" in a firm's about-us paragraph made it a person's profile, so the
    # boilerplate two unrelated releases of the firm share read as reused text
    about = ("About Brightwater Analytics\n\nBrightwater Analytics is a Leeds-based data company that helps councils "
             "and bus operators plan routes and timetables from anonymised ticketing data. It was founded in 2019 by "
             "Dr Amira Shah, a former transport planner at West Yorkshire Combined Authority. She previously led "
             "travel demand modelling for Transport for the North. The company employs 38 people.\n")
    assert (WARDS + about)[tail_start(WARDS + about):].startswith("About Brightwater"), about


def test_a_releases_furniture_is_read_once_into_the_engine_s_memo_and_spans_read_it_there():
    from unspun.model import Span
    from unspun.pair.furniture import furniture_flags, furniture_sentence_flags, furniture_span
    from unspun.pair.memo import Memo

    seg = segment(Article("r", RELEASE))
    memo = Memo(8)
    flags = furniture_flags(seg, memo)
    assert flags == furniture_sentence_flags(seg) and memo.find(("furniture flags", seg)) == flags
    tail = RELEASE.index("Notes to editors")
    assert furniture_span(seg, Span(tail, len(RELEASE)), memo) and furniture_span(seg, Span(tail, len(RELEASE)))
    assert not furniture_span(seg, Span(0, tail), memo) and not furniture_span(seg, Span(0, tail))
    assert content_sentences(seg, memo) == content_sentences(seg)


def test_an_end_mark_or_press_office_heading_over_news_is_no_release_tail():
    # reviewC 1, 3: "###" as a match report's scene break, "-30-" mid-wire, a "Press office" subhead over its cost
    # and a councillor's quote are the text's; under a release the same marks open its furniture
    lead = ("Whitby Town reached the county cup final after beating Guisborough 3-2 on Tuesday night.\n\n"
            "Guisborough led at half-time through Kieran Doughty's low drive after 11 minutes.\n\n")
    news = ("Jordan Marsh levelled from the spot and curled in a second ten minutes later.\n\n"
            "\"I told them nobody would remember the first half if we won,\" manager Chris Hesketh said.\n\n")
    for mark in ("###", "-30-", "ENDS", "Press office", "Media relations"):
        text = f"{lead}{mark}\n\n{news}"
        assert tail_start(text) == len(text), mark
    contact = "Jo Bell, 07700 900 482, jo.bell@whitbytown.example\n"
    for mark in ("###", "-30-", "ENDS", "Press office"):
        text = f"{lead}{news}{mark}\n\n{contact}"
        assert text[tail_start(text):].startswith(mark), mark
    text = f"{lead}{news}-ends-\n\nNotes to editors\n\n1. The club was founded in 1926.\n"
    assert text[tail_start(text):].startswith("-ends-")
    assert tail_start(f"{lead}{news}###\n") == len(lead + news)  # a release's last line: nothing follows it


def test_an_about_the_noun_subhead_needs_an_organisation_described():
    # reviewC 3: "The survey was based on …" read as an issuer describing itself
    story = ("Nearly a third of Bristol renters have turned off their heating to pay rent, a survey found.\n\n"
             "Rents in the city rose by 9.4% in the year to January, the ONS said.\n\n"
             "Maya Henshaw, a nursery worker, said she now spent most evenings in a coat.\n\n")
    survey = "About the Survey\n\nThe survey was based on 1,036 renters asked online. Of those, 31% cut heating.\n"
    assert tail_start(story + survey) == len(story + survey)
    company = "About the Company\n\nThe company is a Bristol lettings firm founded in 2004 and employs 60 people.\n"
    assert (story + company)[tail_start(story + company):].startswith("About the Company")



# st48: the notice a force or a charity closes every report with, written inside its paragraph (no heading line)
SCAM = ("A Dartford woman lost £3,200 after a caller claiming to be from her broadband provider took control of her "
        "laptop on Monday.\n\nThe caller said her router had been hacked and asked her to install an app so he could "
        "fix it. He then moved money from her savings account while she was on the phone.\n\n"
        "Detective Constable Ruth Amadi said the woman had been left deeply shaken.\n\n"
        "Police are reminding residents never to let a cold caller take control of their computer. Genuine companies "
        "will not ask for remote access out of the blue. If in doubt, hang up and call the firm on a number you "
        "trust.")
FOOD = ("Volunteers at a Gravesend food bank packed 1,300 Christmas hampers in two days this week.\n\n"
        "The hampers, which include a chicken, vegetables and a pudding, will go to families referred by schools and "
        "doctors.\n\nAbout the Riverside Pantry: The Riverside Pantry is a registered charity founded in 2014. It "
        "runs four food banks in north Kent. To volunteer, call 01474 555 301.")


def test_a_closing_about_paragraph_and_a_standing_reminder_are_furniture_without_a_heading():
    assert SCAM[tail_start(SCAM):].startswith("Police are reminding residents")
    assert FOOD[tail_start(FOOD):].startswith("About the Riverside Pantry:")
    kept = content_sentences(segment(Article("s", SCAM)))
    assert kept[-1].startswith("Detective Constable Ruth Amadi")


def test_a_reminder_the_story_goes_on_after_and_an_about_line_of_the_news_are_no_tail():
    # an instruction of the day's event, followed by more of the story, is the story
    going_on = SCAM.replace("Detective Constable Ruth Amadi said the woman had been left deeply shaken.\n\n", "") + (
        "\n\nDetective Constable Ruth Amadi said the woman had been left deeply shaken.\n\nThe force said two "
        "similar calls had been reported in Swanley.\n\nOfficers are checking bank records.")
    assert tail_start(going_on) == len(going_on)
    # "About 400 people: …" opens news, not an about-us label
    news = FOOD.rsplit("\n\nAbout", 1)[0] + "\n\nAbout 400 volunteers: that is how many the food bank now has, twice "
    news += "last year's number."
    assert tail_start(news) == len(news)


@pytest.mark.parametrize("heading", ["ENDS", "-ends-", "###", "- 30 -", "End of press release", "Media office",
                                     "PRESS RELATIONS"])
def test_an_end_mark_or_press_office_heading_is_a_tail_heading_written_once(heading: str) -> None:
    """A release's bare end mark and a press office's heading are furniture headings (``_TAIL_HEADING``) that need
    furniture below them (``_END_MARK``, ``_OFFICE_HEADING``): their words are written once, in
    ``_END_MARK_WORDS`` and ``_OFFICE_WORDS``, which both patterns are built from."""
    from unspun.text import furniture

    assert furniture._tail_heading(heading)
    assert furniture._END_MARK.match(heading) or furniture._OFFICE_HEADING.match(heading)
    for words in (furniture._END_MARK_WORDS, furniture._OFFICE_WORDS):
        assert words in furniture._TAIL_HEADING.pattern
    # below it, running news is the text's own (a match report's scene break); a contact line makes it furniture
    lead = "Rovers beat Town 2-1 at Kestrel Park on Saturday. " * 3
    story = f"{lead}\n{heading}\nRovers pressed again after the break.\nTheir second goal came on the hour."
    assert tail_start(story) == len(story)
    release = f"{lead}\n{heading}\nFor media enquiries, please contact Jo Marsh on 01632 960 123."
    assert tail_start(release) == len(lead) + 1


# fixst (reviewC 1, 2, 4): a closing paragraph of the day's news written as a reminder or under an "About …:" label
CLOSING = FIXTURES / "closing_notices"


@pytest.mark.parametrize("name", ["water_a", "water_b", "plan_a", "plan_b", "trust_a", "trust_b"])
def test_a_closing_instruction_or_about_line_of_the_days_news_is_no_tail(name: str) -> None:
    # "Thames Water is urging customers not to drink tap water … until tests … come back clear, which it expects by
    # Thursday evening"; "Campaigner Rachel Dunmore is urging the committee not to approve …"; "About the Trust:
    # … was rated inadequate … fined £1.4m" with the chief executive's resignation and a quote after it
    text = (CLOSING / f"{name}.txt").read_text(encoding="utf-8")
    assert tail_start(text) == len(text)


@pytest.mark.parametrize("paragraph", [
    "The force is reminding the public that banks and the police will never ask anyone to withdraw cash.",
    "Residents are reminded never to leave valuables on show in parked cars.",
    "Officers would like to remind residents to lock sheds and garages and to mark their bikes.",
    "Kent Fire and Rescue Service is reminding people to test their smoke alarms every month.",
])
def test_a_standing_reminder_said_by_an_organisation_or_in_the_passive_is_a_tail(paragraph: str) -> None:
    story = SCAM.rsplit("\n\n", 1)[0] + "\n\n" + paragraph
    assert story[tail_start(story):] == paragraph
    # with a helpline line after it; never with more of the story after it
    helpline = story + "\n\nAdvice is available from Citizens Advice on 0808 223 1133."
    assert helpline[tail_start(helpline):].startswith(paragraph)
    going_on = story + "\n\nThe woman's family said she was recovering at home."
    assert tail_start(going_on) == len(going_on)


@pytest.mark.parametrize("paragraph", [
    "Thames Water is urging customers not to drink tap water, even boiled.",  # urging: the day's instruction
    "Campaigner Rachel Dunmore is reminding residents to sign the petition.",  # a person, not an organisation
    "Dr Ann Lee is reminding parents to check their children's vaccinations.",
    "The council is reminding residents that the tip will be closed until Monday.",  # bounded in time
    "Police are reminding drivers to avoid the A2 after the crash this morning.",
])
def test_a_reminder_by_a_person_or_of_the_days_event_is_no_tail(paragraph: str) -> None:
    story = SCAM.rsplit("\n\n", 1)[0] + "\n\n" + paragraph
    assert tail_start(story) == len(story)


def test_an_about_us_notice_is_a_tail_and_closing_notices_can_be_switched_off() -> None:
    text = FOOD.rsplit("\n\nAbout", 1)[0] + ("\n\nAbout us: Riverside Pantry is a not-for-profit food bank founded "
                                           "in 2014 by four Gravesend churches.\n\nFind out more at "
                                           "riversidepantry.example.")
    assert text[tail_start(text):].startswith("About us: Riverside Pantry is a not-for-profit")
    assert tail_start(text, closing_notices=False) == len(text)
    assert tail_start(SCAM, closing_notices=False) == len(SCAM)


def test_an_about_label_paragraph_over_notes_to_editors_opens_the_tail() -> None:
    # st48's short_rewrites recycling.txt: the label's paragraph, then a "Notes to editors" heading of its own
    text = (FIXTURES / "short_rewrites" / "long" / "recycling.txt").read_text(encoding="utf-8")
    assert text[tail_start(text):].startswith("About Corvane Materials: Corvane Materials was founded in 2019")
