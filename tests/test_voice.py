"""Who speaks in a text (``unspun.text.voice``): an organisation's own notice, release or letter speaks as itself;
a report, and a summary of one, gives the organisation's "we" only inside quotation marks."""

from __future__ import annotations

from unspun.text.voice import issuer_sentences, outside_quotations


def test_the_words_outside_quotations_drop_every_quotation_straight_or_curly_and_across_sentences():
    paragraph = ('Councillor Kath Sorley said: "Safety has to come first. We cannot let traffic under it." '
                 'The council said “we are sorry” and closed the road.')
    outside = outside_quotations(paragraph)
    assert "We cannot" not in outside and "we are sorry" not in outside
    assert "Councillor Kath Sorley said:" in outside and "and closed the road." in outside
    # a quotation left open ends with its paragraph
    assert outside_quotations('He said: "We will be back') == "He said:  "


def test_a_notice_a_release_and_a_letter_speak_as_their_issuer_a_report_quoting_them_does_not():
    notice = ("We're sorry that customers in parts of Hexham are without water following a burst on our trunk main. "
              "Our engineers are replacing the damaged section and we expect supplies to return from 8pm.",
              "Bottled water is available at Wentworth car park until 10pm.")
    release = ("Van Leeuwen is pleased to announce that it has agreed to acquire Hollybank Garden Centres for £145 "
               "million.",)
    letter = ("Dear parents and carers,", "We are writing to let you know that Ofsted has judged the academy to be "
              "inadequate. We are sorry.")
    report = ('Northfell Water\'s operations director, Colin Ridley, apologised. "This is an old main and it failed '
              'without warning. We are sorry for the inconvenience to customers," he said.',
              "The company said it was pleased to announce a compensation scheme.")
    assert issuer_sentences(notice) == 2
    assert issuer_sentences(release) == 1
    assert issuer_sentences(letter) == 2
    # the "we" is the director's, inside quotation marks; "was pleased to announce" is reported, not announced
    assert issuer_sentences(report) == 0


def test_a_newsrooms_we_that_tells_what_it_knows_or_reported_is_no_issuers():
    explainer = ("Brierfield mill fire: what we know",
                 "The drive to Dunmere General is 14 miles, not 19 as we reported. We can reveal the owner's name.")
    assert issuer_sentences(explainer) == 0
    assert issuer_sentences(("Crews stayed overnight and we expect the road to reopen on Friday.",)) == 1
