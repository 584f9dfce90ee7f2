"""British and American spellings of one word read as one word (``text.spelling``)."""

from __future__ import annotations

from unspun.text.spelling import one_word, spelling_key


def test_british_spellings_read_as_their_american_form() -> None:
    for british, american in [("colour", "color"), ("neighbours", "neighbors"), ("neighbourhood", "neighborhood"),
                              ("behavioural", "behavioral"), ("organise", "organize"), ("organisation", "organization"),
                              ("realised", "realized"), ("analyse", "analyze"), ("centre", "center"),
                              ("metres", "meters"), ("theatre", "theater"), ("fibre", "fiber"),
                              ("catalogue", "catalog"), ("travelled", "traveled"), ("cancelling", "canceling"),
                              ("defence", "defense"), ("licence", "license"), ("programme", "program"),
                              ("practised", "practiced"), ("paediatric", "pediatric")]:
        assert spelling_key(british) == american, british
        assert spelling_key(american) == american


def test_words_whose_letters_fit_a_rule_but_are_other_words_stay_themselves() -> None:
    # "tour" is not "tor" nor "four" "for"; "filled" is not "filed", "advise" not "advice"; "timbre" is no "timber".
    for word in ("tour", "four", "hour", "your", "detour", "devour", "contour", "filled", "balled", "fence",
                 "hence", "rise", "raise", "advise", "exercise", "promise", "vogue", "rogue", "installed",
                 "recalled", "timbre", "entre", "acre", "genre", "science", "journal", "source"):
        assert spelling_key(word) == word, word


def test_one_word_joined_split_or_spelt_another_way() -> None:
    assert one_word(["per", "cent"], ["percent"])
    assert one_word(["pick", "up"], ["pickup"])
    assert one_word(["heat", "wave"], ["heatwave"])
    assert one_word(["neighbours"], ["neighbors"])
    assert not one_word(["car", "park"], ["parking", "lot"])
    assert not one_word(["percent"], ["percent"])  # the same words are no other writing
