"""Who speaks in a text (``unspun.text.voice``): an organisation's own notice, release or letter speaks as itself;
a report, and a summary of one, gives the organisation's "we" only inside quotation marks."""

from __future__ import annotations

from unspun.config import CHANGES_DEFAULT
from unspun.text.voice import issuer_sentences, issuer_voice, outside_quotations

_MOST = CHANGES_DEFAULT.max_quotation_chars  # the longest quotation a comparison reads by default


def test_the_words_outside_quotations_drop_every_quotation_straight_or_curly_and_across_sentences():
    paragraph = ('Councillor Kath Sorley said: "Safety has to come first. We cannot let traffic under it." '
                 'The council said “we are sorry” and closed the road.')
    outside = outside_quotations(paragraph, _MOST)
    assert "We cannot" not in outside and "we are sorry" not in outside
    assert "Councillor Kath Sorley said:" in outside and "and closed the road." in outside
    # single quotes, straight or curly, as British and Irish papers write speech (reviewA 5); an apostrophe is none
    british = "'We are devastated,' said the head teacher. He said: ‘We will rebuild.’ The islanders' boats sank."
    outside = outside_quotations(british, _MOST)
    assert "We are devastated" not in outside and "We will rebuild" not in outside
    assert "said the head teacher" in outside and "The islanders' boats sank." in outside
    assert issuer_sentences((british,), _MOST) == 0


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
    assert issuer_sentences(notice, _MOST) == 2
    assert issuer_sentences(release, _MOST) == 1
    assert issuer_sentences(letter, _MOST) == 2
    # the "we" is the director's, inside quotation marks; "was pleased to announce" is reported, not announced
    assert issuer_sentences(report, _MOST) == 0


def test_a_newsrooms_we_that_tells_what_it_knows_or_reported_is_no_issuers():
    explainer = ("Brierfield mill fire: what we know",
                 "The drive to Dunmere General is 14 miles, not 19 as we reported. We can reveal the owner's name.")
    assert issuer_sentences(explainer, _MOST) == 0
    # one "we" is a sentence of an issuer's voice, but no more than a newsroom's stray one: it takes a second, or "our"
    one_we = ("Crews stayed overnight and we expect the road to reopen on Friday.",)
    assert issuer_sentences(one_we, _MOST) == 1 and issuer_voice(one_we, _MOST) == 1
    assert issuer_voice(("Our crews stayed overnight and we expect the road to reopen on Friday.",), _MOST) == 2


def test_a_newsrooms_stock_lines_are_no_issuers_voice():
    """reviewA 3 (fixB): a teaser's sign-off and a live page's heading say "we" as a newsroom does."""
    teaser = ("Around 70 firefighters fought through Saturday night to keep flames off nearby terraces. We'll bring "
              "you more on this story as we get it.", "Here's what we're watching. We'll keep you updated.")
    assert issuer_sentences(teaser, _MOST) == 0 and issuer_voice(teaser, _MOST) == 0


def test_a_quotation_longer_than_the_comparisons_longest_is_an_unmatched_mark_and_its_we_the_texts_own():
    """The longest quotation is the comparison's setting (``changes.max_quotation_chars``), read here as the
    changes read it: a council statement quoted whole is the council speaking at the default, but past a shorter
    setting its marks are unmatched and its "we" the text's own."""
    paragraph = ('In a statement, the council said: "We know how much the A6 matters to the shops and cafes of '
                 'Matlock Bath. We have asked our contractors to work seven days a week, and we will open one lane '
                 'under temporary lights as soon as our engineers are satisfied the slope will hold. We are also '
                 'talking to Peakline about a shuttle bus from Cromford."')
    assert issuer_sentences((paragraph,), _MOST) == 0 and issuer_voice((paragraph,), _MOST) == 0
    assert "We have asked" not in outside_quotations(paragraph, _MOST)
    assert "We have asked" in outside_quotations(paragraph, 200)
    # "we know" is a newsroom's phrase as much as an issuer's: two sentences of its voice, one more for "our"
    assert issuer_sentences((paragraph,), 200) == 2 and issuer_voice((paragraph,), 200) == 3
