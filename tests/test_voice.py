"""Who speaks in a text (``unspun.text.voice``): an organisation's own notice, release or letter speaks as itself;
a report, and a summary of one, gives the organisation's "we" only inside quotation marks."""

from __future__ import annotations

from unspun.text.voice import issuer_sentences, issuer_voice, outside_quotations


def test_the_words_outside_quotations_drop_every_quotation_straight_or_curly_and_across_sentences():
    paragraph = ('Councillor Kath Sorley said: "Safety has to come first. We cannot let traffic under it." '
                 'The council said “we are sorry” and closed the road.')
    outside = outside_quotations(paragraph)
    assert "We cannot" not in outside and "we are sorry" not in outside
    assert "Councillor Kath Sorley said:" in outside and "and closed the road." in outside
    # single quotes, straight or curly, as British and Irish papers write speech (reviewA 5); an apostrophe is none
    british = "'We are devastated,' said the head teacher. He said: ‘We will rebuild.’ The islanders' boats sank."
    outside = outside_quotations(british)
    assert "We are devastated" not in outside and "We will rebuild" not in outside
    assert "said the head teacher" in outside and "The islanders' boats sank." in outside
    assert issuer_sentences((british,)) == 0


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
    # one "we" is a sentence of an issuer's voice, but no more than a newsroom's stray one: it takes a second, or "our"
    one_we = ("Crews stayed overnight and we expect the road to reopen on Friday.",)
    assert issuer_sentences(one_we) == 1 and issuer_voice(one_we) == 1
    assert issuer_voice(("Our crews stayed overnight and we expect the road to reopen on Friday.",)) == 2


def test_a_newsrooms_stock_lines_are_no_issuers_voice():
    """reviewA 3 (fixB): a teaser's sign-off and a live page's heading say "we" as a newsroom does."""
    teaser = ("Around 70 firefighters fought through Saturday night to keep flames off nearby terraces. We'll bring "
              "you more on this story as we get it.", "Here's what we're watching. We'll keep you updated.")
    assert issuer_sentences(teaser) == 0 and issuer_voice(teaser) == 0
