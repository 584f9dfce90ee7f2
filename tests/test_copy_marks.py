"""The marks a copy leaves on the sentences it takes: names left unintroduced, sentences cut short, the next day."""

from __future__ import annotations

from unspun.ingest.segment import segment
from unspun.model import Article, Segmented
from unspun.pair.copy_marks import NO_MARKS, copy_marks

# Written for these tests: an agency's inquest report and a local paper's follow-up that takes two of its
# sentences, one naming the woman by her first name only (the agency introduced her in full two sentences before).
WIRE = (
    "A woman who drowned while swimming off Whitby had been warned about rip currents, an inquest heard today.\n\n"
    "Megan Thorley, 27, a nurse from York, got into difficulty near the harbour wall on July 14.\n\n"
    "Coastguard officer Dean Pryce said conditions that afternoon were the worst he had seen all summer.\n\n"
    "Recording a conclusion of accidental death, coroner Nicola Hart said: \"Megan was a strong swimmer, but the sea "
    "that day was stronger than anyone.\"\n\n"
    "The inquest heard that lifeguards had put up red flags an hour before she entered the water, which is expected "
    "to lead to new signs on the beach."
)
PAPER = (
    "Friends of a York nurse who drowned off Whitby have raised £4,000 for lifeguard equipment.\n\n"
    "Her colleagues at the county hospital ran a sponsored walk along the cliff path last weekend.\n\n"
    "Recording a conclusion of accidental death, coroner Nicola Hart said: \"Megan was a strong swimmer, but the sea "
    "that day was stronger than anyone.\"\n\n"
    "The inquest heard that lifeguards had put up red flags an hour before she entered the water.\n\n"
    "Ward sister Janet Corr said the money would buy two rescue boards for the beach."
)


def _seg(text: str) -> Segmented:
    return segment(Article("x", text))


def _index(seg: Segmented, start: str) -> int:
    return next(k for k, t in enumerate(seg.sentence_texts()) if t.startswith(start))


def _pairs(a: Segmented, b: Segmented, *starts: str) -> list[tuple[int, int]]:
    return [(_index(a, s), _index(b, s)) for s in starts]


def test_a_name_the_copy_never_introduced_marks_the_copy() -> None:
    a, b = _seg(WIRE), _seg(PAPER)
    pairs = _pairs(a, b, "Recording a conclusion", "The inquest heard")
    marks = copy_marks(a, b, pairs)
    assert (marks.unintroduced_a, marks.unintroduced_b) == (0, 1)
    mirrored = copy_marks(b, a, [(j, i) for i, j in pairs])
    assert (mirrored.unintroduced_a, mirrored.unintroduced_b) == (1, 0)


def test_a_name_both_sides_introduce_is_no_mark() -> None:
    """A copy that took the introduction too ("Megan Thorley, 27, ...") left nothing unintroduced."""
    a = _seg(WIRE)
    b = _seg(PAPER.replace("Her colleagues", "Megan Thorley, 27, a nurse from York, got into difficulty near the "
                                             "harbour wall on July 14. Her colleagues"))
    pairs = _pairs(a, b, "Megan Thorley", "Recording a conclusion")
    assert copy_marks(a, b, pairs).unintroduced_b == 0


def test_a_sentence_cut_short_marks_the_shorter_side_unless_the_cut_moved() -> None:
    a, b = _seg(WIRE), _seg(PAPER)
    marks = copy_marks(a, b, _pairs(a, b, "The inquest heard"))
    assert (marks.cut_a, marks.cut_b) == (0, 1)  # ", which is expected to lead to new signs on the beach" is gone
    # the cut words stand in another sentence of the shorter side: moved, not cut
    moved = _seg(PAPER.replace("Ward sister Janet Corr said the money",
                               "New signs on the beach are expected. Ward sister Janet Corr said the money"))
    assert copy_marks(a, moved, _pairs(a, moved, "The inquest heard")).cut_b == 0


def test_yesterday_for_today_marks_the_next_days_copy() -> None:
    a = _seg("A jury heard today that the director spent the charity's money on horses.\n\nThe trial continues.")
    b = _seg("A jury heard yesterday that the director spent the charity's money on horses.\n\nHe denies fraud.")
    marks = copy_marks(a, b, [(0, 0)])
    assert (marks.next_day_a, marks.next_day_b) == (0, 1)
    assert copy_marks(b, a, [(0, 0)]).next_day_a == 1
    far = _seg("A jury heard tomorrow that the director spent the charity's money on horses.")
    assert copy_marks(b, far, [(0, 0)]) == NO_MARKS  # "yesterday" and "tomorrow": no next morning's paper


def test_no_pairs_no_marks() -> None:
    assert copy_marks(_seg(WIRE), _seg(PAPER), []) == NO_MARKS


def test_a_clubs_or_firms_short_name_needs_no_introduction() -> None:
    """A report calls a club "Rovers" and a firm "Skyline" without naming them in full first, and an edited copy
    that does name them in its new top is no source for that: only a person's name (an honorific, a role word or
    an age beside it) counts, and a word either text writes in lower case is an ordinary word at a sentence start."""
    source = _seg("Two late goals gave Brackley Town a 2-1 win.\n\nRovers went ahead when Danny Whitlock scored "
                  "from a corner.\n\nWater poured onto the pitch at half-time from a burst water main.")
    copy = _seg("Brackley Town came from behind to beat Stourmouth Rovers 2-1 as Northvale Water said the pitch "
                "had flooded.\n\nRovers went ahead when Danny Whitlock scored from a corner.\n\nWater poured onto "
                "the pitch at half-time from a burst water main.")
    pairs = _pairs(source, copy, "Rovers went ahead", "Water poured")
    assert copy_marks(source, copy, pairs) == NO_MARKS


def test_a_quotation_with_its_attribution_is_no_cut_of_the_speakers_sentence() -> None:
    """A report that quotes a transcript's sentence whole and adds "he told students" has cut nothing from it, and
    the transcript, shorter, is no copy that shortened the report's sentence."""
    speech = _seg("Farrow speech\n\nSo I am going to be judged on a number, not on a speech. Thank you all.")
    report = _seg("Farrow pledge\n\n\"So I am going to be judged on a number, not on a speech,\" he told students "
                  "at the college on Tuesday. Labour called it a stunt.")
    pairs = [(_index(speech, "So I am"), _index(report, "\"So I am"))]
    assert (copy_marks(speech, report, pairs).cut_a, copy_marks(speech, report, pairs).cut_b) == (0, 0)
    # the same sentence with a clause cut out and no quotation is still a cut
    cut = _seg("Farrow speech\n\nSo I am going to be judged on a number. Thank you all.")
    full = _seg("Farrow pledge\n\nSo I am going to be judged on a number, not on a speech at the college on "
                "Tuesday. Labour called it a stunt.")
    assert copy_marks(cut, full, [(_index(cut, "So I am"), _index(full, "So I am"))]).cut_a == 1


def test_an_articles_content_words_are_its_sentences_content_words() -> None:
    """The marks read an article's words of content sentence by sentence; a space between two sentences ends a
    token as the text's end does, so they are the joined text's: a figure before a sentence starting "am", an
    apostrophe closing one, a currency sign opening the next."""
    from unspun.pair.copy_marks import _content_words, _normal_words, _Reading
    from unspun.text.names import NamesReader
    from unspun.text.tokens import normalised, words

    for text in (WIRE, PAPER, "It rose 10\n\nam trading opened. The fans’\n\n£5 tickets sold out. Rovers' 3-1 win."):
        seg = _seg(text)
        reading = _Reading(seg, NamesReader(seg.article.text))
        assert reading.vocabulary == _content_words(" ".join(seg.sentence_texts()))
        for k, sentence in enumerate(seg.sentence_texts()):
            assert reading.words(k) == _normal_words(sentence) == tuple(words(normalised(sentence)))


def test_a_quotation_given_with_its_last_sentence_left_out_marks_the_side_that_cut_it() -> None:
    # corp42 (probe41 N): a paper's story keeps two of a charity chief's three sentences; the business site's copy of
    # the charity's release gives all three.
    story = _seg("Warm Homes said its advice line took 2,140 calls this winter.\n\nIts chief executive, Lorna "
                 "Baptiste, said: \"We are hearing from parents who boil kettles to bath their children. Nobody "
                 "should have to live like that.\"")
    release = _seg("The charity's advice line took 2,140 calls this winter.\n\nLorna Baptiste said: \"We are hearing "
                   "from parents who boil kettles to bath their children. Nobody should have to live like that. We "
                   "are asking energy companies to write off the standing charge.\"")
    marks = copy_marks(story, release, [(0, 0)])
    assert (marks.quotation_cut_a, marks.quotation_cut_b) == (1, 0)
    assert copy_marks(release, story, [(0, 0)]).quotation_cut_b == 1
    # the same quotation both sides give whole, or a phrase of a few words, is no mark
    assert copy_marks(release, release, [(0, 0)]).quotation_cut_a == 0
    phrase = _seg('The minister called it "a fair deal". He said: "It is a fair deal. Nobody loses out."')
    assert copy_marks(phrase, _seg('He said: "It is a fair deal. Nobody loses out."'), [(0, 0)]).quotation_cut_a == 0


def test_an_articles_name_forms_answer_as_its_mentions_read_one_by_one() -> None:
    """``_full_forms`` and ``_introduced`` read sets made in one pass over an article's mentions; they answer what
    reading every mention for each short name answers (a full name written as a person's, "Pellow" of "Graham
    Pellow, 58", and where each full form stands)."""
    from unspun.pair.copy_marks import _full_forms, _introduced, _Reading
    from unspun.text.names import NamesReader

    extra = ("Graham Pellow, 58, a retired fisherman, said the flags went up late. Pellow said Mr Kerr had warned "
             "him.\n\nChloe Barraclough (19) said Megan had swum there for years. Chloe said the sea looked calm.")
    readings = [_Reading(seg, NamesReader(seg.article.text)) for seg in (_seg(WIRE), _seg(PAPER), _seg(extra))]
    for a in readings:
        for b in readings:
            every = [*a.mentions, *b.mentions]
            shorts = {w for sentence in every for m in sentence for w in m.words}
            assert shorts
            for short in shorts:
                person = any(m.person and (m.words == (short,) or (len(m.words) >= 2 and m.words[-1] == short) or
                                           (len(m.words) == 2 and m.words[0] == short))
                             for sentence in every for m in sentence)
                ends = any(len(m.words) >= 2 and short in (m.words[0], m.words[-1])
                           for sentence in every for m in sentence)
                assert _full_forms(short, a, b) == (person and ends), short
    found = set()
    reading = readings[2]
    for k in range(len(reading.mentions)):
        for start in (0, 30, 200):
            for short in {w for s in reading.mentions for m in s for w in m.words}:
                read = any(len(m.words) >= 2 and (m.words[-1] == short or (len(m.words) == 2 and m.words[0] == short))
                           for j in range(k + 1) for m in reading.mentions[j] if j < k or m.end <= start)
                assert _introduced(reading, k, start, short) == read, (k, start, short)
                found.add(read)
    assert found == {True, False}
    assert _full_forms("pellow", readings[2], readings[0]) and _full_forms("chloe", readings[2], readings[0])


def test_a_quotation_opened_with_the_reversed_mark_is_read_as_a_quotation() -> None:
    """‟ opens a quotation as “ does (``marks.QUOTATION_MARKS``): a report's sentence "Mayor Ann Cole said:
    ‟We will rebuild …" whose quotation runs on into the next sentence quotes the council's statement whole, and
    the statement, shorter, cut nothing from it; the same report in “ marks reads the same."""
    statement = _seg("Pier statement\n\nWe will rebuild the pier by June. The storm will not beat this town.")
    for opening in ("‟", "“"):
        report = _seg(f"Pier to reopen\n\nMayor Ann Cole said: {opening}We will rebuild the pier by June. The storm "
                      "will not beat this town.” Repairs will cost £2.4m.")
        pairs = [(_index(statement, "We will"), _index(report, "Mayor Ann Cole"))]
        marks = copy_marks(statement, report, pairs)
        assert (marks.cut_a, marks.cut_b) == (0, 0), opening
    # a quotation in ‟ … ” marks is one quotation, its last sentence left out on the side that cut it
    whole = _seg("Ann Cole said: ‟We will rebuild the pier by June. The storm will not beat this town. Every trader "
                 "on the front will be open by Easter.”")
    trimmed = _seg("Ann Cole said: ‟We will rebuild the pier by June. The storm will not beat this town.”")
    marks = copy_marks(trimmed, whole, [(0, 0)])
    assert (marks.quotation_cut_a, marks.quotation_cut_b) == (1, 0)


# Written for these tests (edit43): a UK report of a mountain-road closure and a copy localised for US readers, which
# restates amounts in other units and currencies; a restyled copy adding weekdays, an acronym's name and a title.
UK_REPORT = (
    "Snow closes the Kirkstone Pass again\n\n"
    "The Kirkstone Pass was closed on 9 January after 30cm of snow fell in six hours.\n\n"
    "Gritters were sent from Ambleside, 4 miles away, but could not reach the summit before dark.\n\n"
    "The county council said clearing the road would cost about £18,000.\n\n"
    "The Met Office said temperatures on the summit would fall to -6C overnight."
)
US_COPY = (
    "Snow closes the Kirkstone Pass again\n\n"
    "The Kirkstone Pass was closed on 9 January after 30cm (12 inches) of snow fell in six hours.\n\n"
    "Gritters were sent from Ambleside, 4 miles (6.4km) away, but could not reach the summit before dark.\n\n"
    "The county council said clearing the road would cost about £18,000 ($23,000).\n\n"
    "The Met Office said temperatures on the summit would fall to -6C (21F) overnight."
)
RESTYLED = (
    "Snow closes the Kirkstone Pass again\n\n"
    "The Kirkstone Pass was closed on Friday 9 January after 30cm of snow fell in six hours.\n\n"
    "Gritters were sent from Ambleside, 4 miles away, but could not reach the summit before dark.\n\n"
    "The county council said clearing the road would cost about £18,000.\n\n"
    "The Meteorological Office (MO) said temperatures on the summit would fall to -6C overnight."
)


def _all_pairs(a: Segmented, b: Segmented) -> list[tuple[int, int]]:
    return list(zip(range(len(a.sentences)), range(len(b.sentences)), strict=True))


def test_amounts_restated_in_other_units_or_currencies_are_no_cut() -> None:
    """A copy that adds "(12 inches)", "(6.4km)", "($23,000)" and "(21F)" beside the amounts added them; the other side
    cut nothing (probe43 C6: "(8km)", "(113km/h)" read as the source's sentences shortened)."""
    uk, us = _seg(UK_REPORT), _seg(US_COPY)
    marks = copy_marks(uk, us, _all_pairs(uk, us))
    assert (marks.cut_a, marks.cut_b) == (0, 0)
    # a figure in brackets that is no conversion ("up from 12") is said by one side only: a cut
    other = _seg(UK_REPORT.replace("4 miles away", "4 miles (up from 2 last year) away"))
    assert copy_marks(uk, other, _all_pairs(uk, other)).cut_a == 1


def test_a_weekday_an_acronyms_name_or_a_title_beside_what_they_restate_is_no_cut() -> None:
    uk, restyled = _seg(UK_REPORT), _seg(RESTYLED.replace("The Meteorological Office (MO)", "The Met Office"))
    assert copy_marks(uk, restyled, _all_pairs(uk, restyled)) == NO_MARKS  # "Friday" before 9 January
    spelled = _seg(UK_REPORT.replace("The Met Office said", "The Met Office (MO) said"))
    assert copy_marks(uk, spelled, _all_pairs(uk, spelled)) == NO_MARKS  # the acronym after its name
    acronym = _seg(UK_REPORT.replace("The Met Office said", "The MO said"))
    named = _seg(RESTYLED)
    pairs = [(4, 4)]
    assert copy_marks(acronym, named, pairs) == NO_MARKS  # the name before its acronym
    titled = _seg(UK_REPORT.replace("The county council said", "Councillor Ann Lowe said").replace(
        "Councillor Ann Lowe", "Ann Lowe"))
    doctor = _seg(UK_REPORT.replace("The county council said", "Councillor Ann Lowe said"))
    assert copy_marks(titled, doctor, _all_pairs(titled, doctor)) == NO_MARKS
    # a weekday with no date beside it, or words of a name that spell no acronym, are cut
    undated = _seg(UK_REPORT.replace("on 9 January after", "on Friday after"))
    assert copy_marks(_seg(UK_REPORT.replace("on 9 January after", "after")), undated,
                      _all_pairs(uk, undated)).cut_a == 1
    other_name = _seg(UK_REPORT.replace("The Met Office said", "The Met Office weather centre said"))
    assert copy_marks(uk, other_name, _all_pairs(uk, other_name)).cut_a == 1
