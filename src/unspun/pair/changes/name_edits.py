"""Name changes: names corrupted or replaced at the same place, swapped in place or respelt within a name."""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence

from unspun.model import Change, Span
from unspun.pair.changes.context import SentencePair, mirrored, outside, show, span_of, spans_order_either_way
from unspun.text.diff import token_opcodes
from unspun.text.names import (
    ArticleNames,
    capitalised,
    headline_name_flags,
    name_flags,
    opens_clause,
    proper_word,
    rare_word,
    respelt,
)
from unspun.text.spelling import ending_forms
from unspun.text.tokens import Token
from unspun.text.wordlists import (
    COUNTRIES,
    DETERMINERS,
    FUNCTION_WORDS,
    HONORIFICS,
    LEGISLATOR_LETTERS,
    LEGISLATORS,
    LEGISLATURES,
    NAME_PARTICLES,
    NATIONALITIES,
    OUTLET_WORDS,
    PERSONAL_PRONOUNS,
    PLACE_KIND_WORDS,
    ROLE_WORDS,
    TITLE_ABBREVIATIONS,
)

# A name edit found: the changed words of A and of B, the words shown of each (the name around them), and
# which finder found it (a swap is reported before a respelling of the same words).
_Edit = tuple[Span, Span, Span, Span, int]
_SWAPPED, _RESPELT = 0, 1


def name_changes(pair: SentencePair) -> list[Change]:
    """Names corrupted or replaced at the same place: swapped in place, or respelt within a name."""
    return _found_either_way(pair, lambda p, flags_a, flags_b: [*_swapped_names(p, flags_a, flags_b),
                                                                *_respelt_names(p, flags_a, flags_b)])


def respelt_name_changes(pair: SentencePair) -> list[Change]:
    """Only the names respelt within a name both sentences hold ("Yevhen Yenin" → "Yevhen Yemen"), wherever
    each sentence puts it: what a paraphrased pair can still say about names."""
    return _found_either_way(pair, _respelt_names)


def _found_either_way(pair: SentencePair, find: Callable[[SentencePair, list[bool], list[bool]], list[_Edit]]
                      ) -> list[Change]:
    """The edits ``find`` sees reading A as the original and those it sees reading B as the original. The
    finders read the two sides differently (A's capitalised words are the name; B's may be anything put in
    its place: "the Internet" → "the network"), and which text is given first says nothing about which came
    first: comparing B with A must report the same changes, mirrored."""
    flags_a, flags_b = _flags(pair)
    forward = find(pair, flags_a, flags_b)
    backward = [(b, a, shown_b, shown_a, finder)
                for a, b, shown_a, shown_b, finder in find(mirrored(pair), flags_b, flags_a)]
    edits = [edit for edit in _one_per_name(pair, sorted(dict.fromkeys([*forward, *backward]), key=_order_either_way))
             if not _one_person(pair, edit) and not _outlet_and_place(pair, edit)]
    return outside([Change("name", a, b, f"name changed: '{show(pair.a_text, shown_a)}' → "
                                         f"'{show(pair.b_text, shown_b)}'")
                    for a, b, shown_a, shown_b, _ in edits], [])


def _one_per_name(pair: SentencePair, edits: list[_Edit]) -> list[_Edit]:
    """``edits`` with those inside one name joined: a spinner swaps a name's words one by one and keeps the
    words between ("Brindley Chamber of Commerce" → "Brindley Council of Trade", "Riverside Business Park" →
    "Riverbank Business Stop"), one name changed, not two."""
    joined: list[_Edit] = []
    for edit in edits:
        last = joined[-1] if joined else None
        if last is not None and _same_name_between(pair, last, edit):
            joined[-1] = (Span(last[0].start, edit[0].end), Span(last[1].start, edit[1].end),
                          Span(min(last[2].start, edit[2].start), max(last[2].end, edit[2].end)),
                          Span(min(last[3].start, edit[3].start), max(last[3].end, edit[3].end)), last[4])
        else:
            joined.append(edit)
    return joined


def _same_name_between(pair: SentencePair, first: _Edit, then: _Edit) -> bool:
    """Whether two edits are parts of one name: the words between them the same on both sides, at most
    ``_MOST_BETWEEN`` of them, each capitalised or a word that joins a name's words ("of", "von")."""
    if not (first[0].end <= then[0].start and first[1].end <= then[1].start):
        return False
    between_a, between_b = (text[x.end:y.start].split() for text, x, y in
                            ((pair.a_text, first[0], then[0]), (pair.b_text, first[1], then[1])))
    return (between_a == between_b and len(between_a) <= _MOST_BETWEEN
            and all(w[:1].isupper() or w in _NAME_JOINERS for w in between_a)
            and all(w.isalpha() and w.lower() not in _ROLES for w in between_a)
            and not any(_a_person(text, span) for text, span in ((pair.a_text, first[0]), (pair.b_text, first[1]))))


def _a_person(text: str, changed: Span) -> bool:
    """Whether the changed words at ``changed`` name a person: a title before them ("Dr Anna Patel", "Professor
    Helen Marsh") or two capitalised words, a first and last name ("Sarah Jones"). A person "of Leeds" or "MP for
    Croydon Central" is two names, the person's and the place's; "Chamber of Commerce" is one."""
    words = text[changed.start:changed.end].split()
    before = text[:changed.start].split()[-1:]
    titled = bool(before) and before[0].rstrip(".").lower() in _ROLES
    return titled or (len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words))


_MOST_BETWEEN = 2
# "Chamber of Commerce", "Society for ...", "Ursula von der Leyen"; not "and", which joins two names as often as
# it joins one ("Braithwaite and Portinscale")
_NAME_JOINERS = (NAME_PARTICLES - {"and"}) | {"of", "for"}
# titles and roles: a name's words never run across them ("Sarah Jones MP for Croydon Central": two names)
_ROLES = HONORIFICS | ROLE_WORDS | LEGISLATOR_LETTERS


def _one_person(pair: SentencePair, edit: _Edit) -> bool:
    """Whether an edit calls one person by another part of the full name both articles write ("Jane" → "Ms
    Obi" where they name Jane Obi): no name changed."""
    _, _, shown_a, shown_b, _ = edit
    named_a, named_b = ([w for w in shown.text_of(text).split() if w.lower().rstrip(".") not in TITLE_ABBREVIATIONS]
                        for shown, text in ((shown_a, pair.a_text), (shown_b, pair.b_text)))
    # Only the words that differ: "US State Department" → "US State Division" keeps "US State", a name of its own.
    only_a, only_b = [w for w in named_a if w not in named_b], [w for w in named_b if w not in named_a]
    extra_a, extra_b = Counter(named_a) - Counter(named_b), Counter(named_b) - Counter(named_a)
    if sorted((extra_a.total(), extra_b.total())) == [0, 1] and (
            len(named_a) + len(named_b) > 1 or _same_word_after(pair, shown_a, shown_b)):
        # "Alison Darke" → "Ms Darke", "Alison" → "Ms" before the same "Darke": one person, formally (not "Duran
        # Duran" → "Duran Durra", a word respelt)
        return True
    return bool(only_a) and bool(only_b) and pair.one_person_named(only_a, only_b)


def _outlet_and_place(pair: SentencePair, edit: _Edit) -> bool:
    """Whether one side's name ends in an outlet's word and the other's in a place's ("the Peak Courier" facing
    "the Peak District" in a reworded lede): a paper credited and the area it covers share a word, not one name
    respelt or swapped."""
    _, _, shown_a, shown_b, _ = edit
    ends = [shown.text_of(text).split()[-1:] for shown, text in ((shown_a, pair.a_text), (shown_b, pair.b_text))]
    if not ends[0] or not ends[1]:
        return False
    end_a, end_b = ends[0][0].lower().strip(".,'’"), ends[1][0].lower().strip(".,'’")
    return ((end_a in OUTLET_WORDS and end_b in PLACE_KIND_WORDS)
            or (end_b in OUTLET_WORDS and end_a in PLACE_KIND_WORDS))


def _same_word_after(pair: SentencePair, shown_a: Span, shown_b: Span) -> bool:
    """Whether the same capitalised word follows both sides of an edit (the surname both keep)."""
    after = [next((t for t in tokens if t.start >= shown.end), None)
             for tokens, shown in ((pair.ta, shown_a), (pair.tb, shown_b))]
    return (after[0] is not None and after[1] is not None and after[0].text == after[1].text
            and after[0].text[:1].isupper())


def _order_either_way(edit: _Edit) -> tuple[int, int, int, tuple[tuple[int, int], ...]]:
    # The same order for an edit and its mirror image: which of two overlapping edits is kept must not depend
    # on which text was given first.
    a, b, _, _, finder = edit
    return (finder, *spans_order_either_way(a, b))


def _flags(pair: SentencePair) -> tuple[list[bool], list[bool]]:
    if pair.headline:
        return (headline_name_flags(pair.ta, pair.names_a.names, pair.text),
                headline_name_flags(pair.tb, pair.names_b.names, pair.text))
    return (name_flags(pair.a_text, pair.ta, known=pair.names_a.names, config=pair.text),
            name_flags(pair.b_text, pair.tb, known=pair.names_b.names, config=pair.text))


def _swapped_names(pair: SentencePair, flags_a: list[bool], flags_b: list[bool]) -> list[_Edit]:
    """Capitalised words replaced by other words, names on at least one side ("Price" → "Cost", "Trump
    repeated" → "Truan repeated", "Russian" → "Russion"). The diff often joins a name with the word beside
    it, both swapped ("Mr Cherkasky forecast" → "Mr Rourke prognosis", "Labour will" → "Working class
    will"): the name is the capitalised run the replacement starts with, facing the other side's, or the run
    after the lower-case words swapped before it (``_name_part``)."""
    changes = []
    counts_a, counts_b = Counter(t.norm for t in pair.ta), Counter(t.norm for t in pair.tb)
    most = pair.text.max_swap_tokens
    replaced = [part for op, *region in pair.opcodes if op == "replace" for part in _clause_parts(pair, *region)]
    for region in replaced:
        i1, i2, j1, j2 = region
        if max(i2 - i1, j2 - j1) > most + most:
            continue
        i1, i2, j1, j2 = _name_part(pair, *region)
        if (
            i1 < i2 <= i1 + most
            and j2 <= j1 + most
            and _named_swap(pair, _named(pair.ta, flags_a, i1, i2), _named(pair.tb, flags_b, j1, j2), i1, i2, j1, j2)
            and _may_stand_for_a_name(pair.tb[j1:j2])
            and _fewer(pair.ta[i1:i2], counts_a, counts_b)
            and _fewer(pair.tb[j1:j2], counts_b, counts_a)
            and not _place_forms(pair.ta, pair.tb, i1, i2, j1, j2)
            and not _pronoun(pair.ta[i1:i2]) and not _pronoun(pair.tb[j1:j2])
            and not _described(pair.ta[i1:i2], pair.tb[j1:j2], pair.names_b)
            and not _described(pair.tb[j1:j2], pair.ta[i1:i2], pair.names_a)
            and not _members_of_a_body(pair.ta[i1:i2], pair.tb[j1:j2])
            and not _members_of_a_body(pair.tb[j1:j2], pair.ta[i1:i2])
        ):
            changes.append((span_of(pair.ta[i1:i2]), span_of(pair.tb[j1:j2]),
                            _name_context(pair.a_text, pair.ta, flags_a, i1, i2),
                            _name_context(pair.b_text, pair.tb, flags_b, j1, j2), _SWAPPED))
    return changes


def _name_part(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> tuple[int, int, int, int]:
    """The tokens of a replaced stretch that may be a name, facing the other side's: the capitalised run A's
    words start with, or the one after the lower-case words A's start with, facing B's run after its own
    ("the top weight Copper Quay" → "the top mass Bronze Wharf": "weight" → "mass" is wording, "Copper Quay"
    → "Bronze Wharf" the name), word for word as a spinner swaps. B's are its capitalised run, or all its
    words where A's start with the name and B's have no capital ("the Internet" → "the network"). An empty
    run of A's: no name there."""
    lead_a, lead_b = _lower_lead(pair.ta[i1:i2]), _lower_lead(pair.tb[j1:j2])
    if lead_a and (lead_a != lead_b or lead_a == i2 - i1 or lead_b == j2 - j1):
        # Lower-case words only on a side, or as many words facing another number of words: a clause written
        # another way ("a 2-0 win at Pellworth Town" → "a 1-1 draw at home to Fenbury", another week's match),
        # whose capitals need not stand for each other.
        return i1, i1, j1, j1
    if lead_a:
        # After the lead the rest is swapped word for word too ("at Castleford" → "along Quayside and Mill Lane"
        # replaces a town with its streets, no name for a name), and one capitalised word there is a name by more
        # than its capital ("the local Magistrates" → "the area Justices" swaps common nouns).
        i1, j1 = i1 + lead_a, j1 + lead_b
        run_a, run_b = _capitalised_run(pair.ta[i1:i2]), _capitalised_run(pair.tb[j1:j2])
        if i2 - i1 != j2 - j1 or run_a != run_b or (run_a == 1 and not _single_name(pair, i1, j1)):
            return i1, i1, j1, j1
    run_a, run_b = _capitalised_run(pair.ta[i1:i2]), _capitalised_run(pair.tb[j1:j2])
    if run_a == i2 - i1 and run_b and capitalised(pair.tb[j2 - 1]):
        # A's words all one name, B's ending on a capital: B's words between are the spinner's for it too
        # ("Daily Ledger" → "Day by day Record"), not a name cut at its first word
        run_b = j2 - j1
    return i1, i1 + run_a, j1, j1 + (run_b or j2 - j1)


def _single_name(pair: SentencePair, i: int, j: int) -> bool:
    """One capitalised word of A facing one of B's: a name by more than the capital (rare on either side, or A's
    respelt); a capital after a lower-case word marks a common noun too ("the local Magistrates"), which the
    article then reads as a lone name."""
    return rare_word(pair.ta[i].norm, pair.text) or rare_word(pair.tb[j].norm, pair.text) or _respelt(
        pair, i, i + 1, j, j + 1)


def _lower_lead(tokens: Sequence[Token]) -> int:
    """How many of ``tokens`` are not capitalised before the first one that is."""
    return next((k for k, t in enumerate(tokens) if capitalised(t)), len(tokens))


def _named(tokens: Sequence[Token], flags: Sequence[bool], first: int, end: int) -> bool:
    """Whether tokens ``first``..``end`` (exclusive) are a name: all name words, a title before them aside ("Mr
    Whitcombe" → "Ms Kendal": the title changed with the person)."""
    start = first + 1 if end - first > 1 and tokens[first].norm in TITLE_ABBREVIATIONS else first
    return all(flags[start:end])


def _clause_parts(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> list[tuple[int, int, int, int]]:
    """A replacement cut where a clause starts on both sides, piece facing piece: the diff joins a word swapped
    at a quotation's end with a name swapped after it ('… more interactive," King says' → '… more
    synergistic," Male monarch says'), and a name stands at the start of its own piece."""
    cuts_a = [k for k in range(i1 + 1, i2) if opens_clause(pair.a_text, pair.ta, k)]
    cuts_b = [k for k in range(j1 + 1, j2) if opens_clause(pair.b_text, pair.tb, k)]
    if not cuts_a or len(cuts_a) != len(cuts_b):
        return [(i1, i2, j1, j2)]
    starts_a, ends_a = [i1, *cuts_a], [*cuts_a, i2]
    starts_b, ends_b = [j1, *cuts_b], [*cuts_b, j2]
    return list(zip(starts_a, ends_a, starts_b, ends_b, strict=True))


def _pronoun(tokens: Sequence[Token]) -> bool:
    """One personal pronoun ("He", "They"): a name referred to by a pronoun is the same name ("Trump accused
    Obama" → "He accused Obama" in another outlet's report), not a name changed."""
    # "US", "IT": capitals that read as a pronoun in lower case name a country or a trade ("the US" → "the UK").
    word = tokens[0].text if len(tokens) == 1 else ""
    return word.lower() in PERSONAL_PRONOUNS and (len(word) == 1 or not word.isupper())


def _may_stand_for_a_name(tokens: Sequence[Token]) -> bool:
    """Words that can take a name's place: capitalised, or lower-case words with no function word but a
    determiner ("the Internet" → "the network", "Labour" → "working class"). Words holding another function word
    ("Wrexham paid for the" → "spent on" in a rewritten clause) replace the clause around the name, not the
    name: a name changed into words that are no name is no name change."""
    return all(capitalised(t) for t in tokens) or not any(
        t.norm in FUNCTION_WORDS and t.norm not in DETERMINERS for t in tokens)


def _described(name: Sequence[Token], other: Sequence[Token], other_names: ArticleNames) -> bool:
    """A name facing a description, in an article that names it elsewhere: referred to by what it is, as by a
    pronoun, not a name changed. A description is one determiner opening it ("Pellow pleaded guilty" → "The
    58-year-old had admitted") or lower-case words ("the 74-metre MV Caileag" → "the 74-metre vessel" beside
    "a new ferry, MV Caileag" in that article). A copy that never writes the name ("Telvio Broadband" → "the
    broadband provider") dropped it."""
    description = (len(other) == 1 and other[0].norm in DETERMINERS) or not any(capitalised(t) for t in other)
    return description and all(t.norm in other_names.names for t in name)


def _members_of_a_body(members: Sequence[Token], other: Sequence[Token]) -> bool:
    """Members of an elected body ("MPs", ``wordlists.LEGISLATORS``) facing lower-case words or the body itself
    ("members considered moving" → "MPs considered moving", "the business of the House" → "MPs"): the same
    people called another way, capitals or not, no name changed. One body facing another ("the Senate" → "the
    House") or other members ("MPs" → "peers") is still read."""
    words = [t.norm for t in members if t.norm not in DETERMINERS]
    others = [t for t in other if t.norm not in DETERMINERS]
    return (bool(words) and all(w in LEGISLATORS for w in words) and bool(others)
            and (not any(capitalised(t) for t in others) or all(t.norm in LEGISLATURES for t in others)))


def _capitalised_run(tokens: Sequence[Token]) -> int:
    """How many of ``tokens`` are capitalised before the first one that is not."""
    return next((k for k, t in enumerate(tokens) if not capitalised(t)), len(tokens))


def _named_swap(pair: SentencePair, named_a: bool, named_b: bool, i1: int, i2: int, j1: int, j2: int) -> bool:
    """A name replaced: capitalised words of A facing capitalised words change a name when either side is
    one; facing lower-case words ("the Internet" → "the network") when A's are. Where capitals say nothing
    (a clause start on both sides, a headline) the spinner swaps ordinary openers for synonyms ("Supporters"
    → "Advocates", "Former Chelsea boss" → "Erstwhile Chelsea boss"). In a headline or line-up A's words
    must be a name by more than the capital (known, rare or a country: ``headline_name_flags``) and B's a
    name too, or A's respelt, or a name the article writes standing alone elsewhere; or B's a name its article
    writes alone, or a country ("Working class targets truants" ← "Labour targets truants"). At a clause start
    neither a capitalised neighbour nor rarity says more (the spinner's synonyms are often rare: "Growth" →
    "Maturation"): A's words must be respelt ("Trump repeated" → "Truan repeated"), or either side's a name
    its article writes standing alone or opening a name elsewhere, or a country or nationality ("Labour will"
    → "Working class will", "Cyprus" → "Country", "Care has" → "Benefit has" beside "the aid agency Care
    International", "Scottish" → "Scotch", and the same with the copy given first; not "Supporters", written
    elsewhere only inside "the Riverside Supporters' Trust")."""
    capitals_b = all(capitalised(t) for t in pair.tb[j1:j2])
    if not (pair.headline or _both_open_clause(pair, i1, j1)):
        return named_a or (named_b and capitals_b)
    if pair.headline:
        alone_a = all(_named_alone(t, pair.names_a) for t in pair.ta[i1:i2])
        rare_a = all(rare_word(t.norm, pair.text) for t in pair.ta[i1:i2])
        named = named_a and ((named_b and capitals_b) or alone_a or rare_a or _respelt(pair, i1, i2, j1, j2))
        return named or (capitals_b and all(_named_alone(t, pair.names_b) for t in pair.tb[j1:j2]))
    return ((named_a and _respelt(pair, i1, i2, j1, j2)) or _named_elsewhere(pair, i1, i2, j1, j2)
            or _first_name_swapped(pair, i1, i2, j1, j2)
            or (named_a and capitals_b and _name_run(pair, i1, i2, j1, j2)))


def _name_run(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> bool:
    """A's tokens ``i1:i2``, opening a clause, are two words or more of one name (joined by spaces or a hyphen:
    "Marsh Lantern made all", "Hill-Wood said"), and past the first word neither side's are ordinary words
    either article writes in lower case: after the clause's first word a capital marks a name again, so the
    run is one, opener and all. A spinner's synonym for a capitalised opener swaps one word before a name both
    keep ("Former Chelsea boss" → "Erstwhile Chelsea boss"); ordinary words capitalised as a label ("Key
    Facts:" → "Main Points:", "the key facts" written elsewhere) are words in lower case on one side."""
    tokens, theirs = pair.ta[i1:i2], pair.tb[j1:j2]
    return (len(tokens) > 1 and all(_joined(pair.a_text, left, right) for left, right in itertools.pairwise(tokens))
            and not _ordinary_after_first(pair, tokens) and not _ordinary_after_first(pair, theirs)
            and not _ordinary_anywhere(pair, tokens) and not _ordinary_anywhere(pair, theirs))


def _ordinary_anywhere(pair: SentencePair, tokens: Sequence[Token]) -> bool:
    """At a clause start capitals say nothing, so a run none of whose words is a name elsewhere is read as
    ordinary words when any of them, its first word too, either article writes in lower case in any form
    ("Emergency Services were called" beside "the emergency services"), unless a word is a name its
    article writes standing alone or the run is one name written away from a clause start."""
    lower = pair.lower_words
    if not any(any(form in lower for form in ending_forms(t.norm)) for t in tokens):
        return False
    pairs = pair.name_pairs
    named = any((x.norm, y.norm) in pairs for x, y in itertools.pairwise(tokens))
    return not named and not any(_named_alone(t, pair.names_a) or _named_alone(t, pair.names_b) for t in tokens)


def _ordinary_after_first(pair: SentencePair, tokens: Sequence[Token]) -> bool:
    """Two words or more whose words after the first either article writes in lower case elsewhere, in any form
    of the word ("Rescue Teams were called" beside "The team said")."""
    lower = pair.lower_words
    return len(tokens) > 1 and all(any(form in lower for form in ending_forms(t.norm)) for t in tokens[1:])


def _both_open_clause(pair: SentencePair, i: int, j: int) -> bool:
    return opens_clause(pair.a_text, pair.ta, i) and opens_clause(pair.b_text, pair.tb, j)


def _respelt(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> bool:
    words_a, words_b = " ".join(t.norm for t in pair.ta[i1:i2]), " ".join(t.norm for t in pair.tb[j1:j2])
    return respelt(words_a, words_b, pair.text)


def _named_elsewhere(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> bool:
    """Either side's words are names by its article (``_named_alone``), or countries or nationalities."""
    capitals_b = all(capitalised(t) for t in pair.tb[j1:j2])
    return all(_named_alone(t, pair.names_a) for t in pair.ta[i1:i2]) or (
        capitals_b and all(_named_alone(t, pair.names_b) for t in pair.tb[j1:j2]))


def _first_name_swapped(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> bool:
    """One clause-opening word replaced before a capitalised word both sides keep ("Johnny Depp" → "Greyback
    Depp", "Ken Bates" → "Cognizance Bates") is the first word of that name when either article writes the
    two together elsewhere away from a clause start ("the actor Johnny Depp", "against Real Madrid"), or when
    the kept word is a surname (written after "Mr", or standing alone as a name, in either article, or
    followed by an appositive role: "Mike Caudwell, spokesman for Vodafone") and neither side's word is one
    either article writes in lower case or a role word, and the two do not stand before a role ("Former Labour
    prime minister", "Singer Alex Kapranos", "Chairperson Louis Schweitzer"). "The Liberal Democrats" makes
    "Liberal Democrat peer" a name's too (``_number_forms``)."""
    if i2 - i1 != 1 or j2 - j1 != 1 or i2 >= len(pair.ta) or j2 >= len(pair.tb):
        return False
    x_a, x_b, kept = pair.ta[i1], pair.tb[j1], pair.ta[i2]
    if not (capitalised(kept) and kept.norm == pair.tb[j2].norm and capitalised(x_b)
            and _spaced(pair.a_text, x_a, kept) and _spaced(pair.b_text, x_b, pair.tb[j2])):
        return False
    if any((x.norm, form) in pair.name_pairs for x in (x_a, x_b) for form in _number_forms(kept.norm)):
        return True
    surname = (kept.norm in pair.surnames or kept.norm in pair.names_a.alone or kept.norm in pair.names_b.alone
               or (not _reads_as_modifier(x_a.norm) and not _reads_as_modifier(x_b.norm)
                   and (_before_appositive_role(pair.a_text, pair.ta, i2, pair.config.max_appositive_tokens)
                        or _before_appositive_role(pair.b_text, pair.tb, j2, pair.config.max_appositive_tokens))))
    lower = pair.lower_words
    ordinary = {w for w in (x_a.norm, x_b.norm) if w in lower or w in ROLE_WORDS}
    before_role = (i2 + 1 < len(pair.ta) and pair.ta[i2 + 1].norm in ROLE_WORDS
                   and _spaced(pair.a_text, kept, pair.ta[i2 + 1]))
    return surname and not ordinary and not before_role


def _reads_as_modifier(norm: str) -> bool:
    """A sentence adverb or a word with an adverb's or participle's ending ("Meanwhile", "Later", "Embattled",
    "Seasoned", "Increasingly"): before "Smith, a spokesman" it qualifies the sentence or the man, it is no
    first name. Seven letters at least for the endings: "Fred", "Kelly" and "Ted" are first names."""
    return norm in FUNCTION_WORDS or (len(norm) >= 7 and norm.endswith(("ed", "ly", "ing")))


def _number_forms(norm: str) -> tuple[str, ...]:
    """The word and its other number by a plural -s ("democrat", "democrats"): "the Liberal Democrats" makes
    "Liberal" a name's first word in "Liberal Democrat peer Lord Greaves" too."""
    return (norm, norm[:-1]) if norm.endswith("s") else (norm, norm + "s")


def _before_appositive_role(text: str, tokens: Sequence[Token], k: int, most: int) -> bool:
    """Token ``k`` ends a name followed by an appositive holding a role word before its next comma ("Mike
    Caudwell, spokesman for Vodafone", "John Connors, Microsoft's chief financial officer"): a person named
    in full, so the word before it is a first name."""
    if k + 1 >= len(tokens) or text[tokens[k].end : tokens[k + 1].start].strip() != ",":
        return False
    for m in range(k + 1, min(k + 1 + most, len(tokens))):
        if m > k + 1 and "," in text[tokens[m - 1].end : tokens[m].start]:
            return False
        if tokens[m].norm in ROLE_WORDS:
            return True
    return False


def _named_alone(token: Token, names: ArticleNames) -> bool:
    """A name whatever stands beside it: written elsewhere in its article as a name standing alone
    (``ArticleNames.alone``) or as a name's first word after a lower-case word ("the aid agency Care
    International": ``ArticleNames.openers``), or a country."""
    return token.norm in names.alone or token.norm in names.openers or proper_word(token.norm)


def _fewer(tokens: Sequence[Token], here: Counter[str], there: Counter[str]) -> bool:
    """The other sentence writes these words fewer times: they were replaced, not moved ("Blair met Brown" →
    "Brown met Blair" moves both) — also where the name stands again elsewhere in the sentence ("Lorillard
    Tobacco" → "Lorillard Castell" beside "RJ Reynolds Tobacco")."""
    return all(there[t.norm] < here[t.norm] for t in tokens)


def _absent(tokens: Sequence[Token], words: set[str]) -> bool:
    return not any(t.norm in words for t in tokens)


def _name_context(pair_text: str, tokens: Sequence[Token], flags: list[bool], i1: int, i2: int) -> Span:
    """The changed tokens widened by one adjacent name token on each side ("Ned Price")."""
    start = i1 - 1 if i1 > 0 and flags[i1 - 1] and _spaced(pair_text, tokens[i1 - 1], tokens[i1]) else i1
    end = i2 + 1 if i2 < len(tokens) and flags[i2] and _spaced(pair_text, tokens[i2 - 1], tokens[i2]) else i2
    return span_of(tokens[start:end])


def _spaced(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()


def _joined(text: str, left: Token, right: Token) -> bool:
    """Nothing but spaces or one hyphen between two words of one name ("Marsh Lantern", "Hill-Wood")."""
    return text[left.end : right.start].strip() in ("", "-")


def _name_groups(text: str, tokens: Sequence[Token], flags: list[bool]) -> list[tuple[int, int]]:
    """Runs of name tokens separated by spaces only, as index ranges ("Interior Minister Yevhen Yenin")."""
    groups: list[tuple[int, int]] = []
    for k, flag in enumerate(flags):
        if not flag:
            continue
        joined = groups and groups[-1][1] == k and _spaced(text, tokens[k - 1], tokens[k])
        groups[-1:] = [(groups[-1][0], k + 1)] if joined else [*groups[-1:], (k, k + 1)]
    return groups


def _respelt_names(pair: SentencePair, flags_a: list[bool], flags_b: list[bool]) -> list[_Edit]:
    """A name of A absent from B's sentence whose counterpart (shared word, or near spelling) differs."""
    groups_a = _name_groups(pair.a_text, pair.ta, flags_a)
    groups_b = _name_groups(pair.b_text, pair.tb, flags_b)
    words_a, words_b = {t.norm for t in pair.ta}, {t.norm for t in pair.tb}
    changes = []
    for ga in groups_a:
        if all(t.norm in words_b for t in pair.ta[ga[0] : ga[1]]):
            continue
        new_in_b = [g for g in groups_b if not all(t.norm in words_a for t in pair.tb[g[0] : g[1]])]
        gb = _counterpart(pair, ga, new_in_b)
        if gb is not None:
            changes += _group_diff(pair, ga, gb, words_a, words_b)
    return changes


def _counterpart(pair: SentencePair, ga: tuple[int, int], groups_b: list[tuple[int, int]]) -> tuple[int, int] | None:
    from rapidfuzz import fuzz

    names_a = [t.norm for t in pair.ta[ga[0] : ga[1]]]
    best, best_score = None, 0.0
    for gb in groups_b:
        names_b = [t.norm for t in pair.tb[gb[0] : gb[1]]]
        shared = len(set(names_a) & set(names_b))
        whole_a, whole_b = " ".join(names_a), " ".join(names_b)
        respelt = fuzz.ratio(whole_a, whole_b) >= pair.config.min_respelt_name_score and not _derived_form(
            whole_a, whole_b
        )
        score = shared + (0.5 if respelt else 0.0)
        if score > best_score:
            best, best_score = gb, score
    return best


def _derived_form(x: str, y: str) -> bool:
    # "Russia"/"Russian", "Ukraine"/"Ukrainian": the same name with a suffix, not a corruption. Respellings
    # of equal length ("Lukashenko"/"Lukashenka") are corruptions.
    short, long = sorted((x, y), key=len)
    return len(long) - len(short) >= 2 and _shared_prefix(short, long) >= len(short) - 1


def _shared_prefix(x: str, y: str) -> int:
    return next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))


def _place_forms(ta: Sequence[Token], tb: Sequence[Token], i1: int, i2: int, j1: int, j2: int) -> bool:
    """A country and its people's name for each other ("the Belarus army" → "the Belarusian army"), or a place
    and its adjective: the same name in another form. Other derived forms swapped in place are edits
    ("Financial Services Authority" → "… Authoritativeness")."""
    return any((_derived_form(x.norm, y.norm) and proper_word(x.norm) and proper_word(y.norm))
               or _country_and_people(x.norm, y.norm) or _country_and_people(y.norm, x.norm)
               for x in ta[i1:i2] for y in tb[j1:j2]) or _place_adjective_either(ta, tb, i1, i2, j1, j2)


def _country_and_people(country: str, people: str) -> bool:
    """A country and its people's adjective that differ in the last letters only ("Argentina" / "Argentine",
    "China" / "Chinese", "Malta" / "Maltese"): all but the country's last letter shared, four letters at least.
    "Iran" / "Iraqi" and "Austria" / "Australian" share fewer: other countries."""
    shared = _shared_prefix(country, people)
    return (country in COUNTRIES and people in NATIONALITIES and shared >= _MIN_COUNTRY_STEM
            and shared >= len(country) - 1)


_MIN_COUNTRY_STEM = 4


def _place_adjective_either(ta: Sequence[Token], tb: Sequence[Token], i1: int, i2: int, j1: int, j2: int) -> bool:
    """A place in '-a' on one side and its adjective in '-an' on the other, read as an adjective: a lower-case
    word follows it ("in Cumbria" / "a Cumbrian care home", "Kenya" / "Kenyan runners"). "Julia Marsh" →
    "Julian Marsh" is another first name: a capitalised word follows."""
    def adjective_at(tokens: Sequence[Token], k: int) -> bool:
        return k + 1 < len(tokens) and tokens[k + 1].text[:1].islower()

    return any((_adjective_of(x.norm, y.norm) and adjective_at(tb, j))
               or (_adjective_of(y.norm, x.norm) and adjective_at(ta, i))
               for i, x in enumerate(ta[i1:i2], i1) for j, y in enumerate(tb[j1:j2], j1))


def _adjective_of(place: str, word: str) -> bool:
    """``word`` is the '-an' adjective of ``place`` in '-a' ("Cumbria" → "Cumbrian", "Kenya" → "Kenyan")."""
    return len(place) >= 4 and place.endswith("a") and word == place + "n"


def _derived_forms(tokens_a: Sequence[Token], tokens_b: Sequence[Token]) -> bool:
    return any(_derived_form(x.norm, y.norm) for x in tokens_a for y in tokens_b)


def _group_diff(
    pair: SentencePair, ga: tuple[int, int], gb: tuple[int, int], words_a: set[str], words_b: set[str]
) -> list[_Edit]:
    tokens_a, tokens_b = pair.ta[ga[0] : ga[1]], pair.tb[gb[0] : gb[1]]
    changes = []
    for op, i1, i2, j1, j2 in token_opcodes(tokens_a, tokens_b):
        if op != "replace" or not _absent(tokens_a[i1:i2], words_b) or not _absent(tokens_b[j1:j2], words_a):
            continue
        ka1, ka2, kb1, kb2 = ga[0] + i1, ga[0] + i2, gb[0] + j1, gb[0] + j2
        if _derived_forms(tokens_a[i1:i2], tokens_b[j1:j2]) or _place_forms(pair.ta, pair.tb, ka1, ka2, kb1, kb2):
            continue
        if not pair.headline and _both_open_clause(pair, ka1, kb1) and not (
                _respelt(pair, ka1, ka2, kb1, kb2) or _named_elsewhere(pair, ka1, ka2, kb1, kb2)
                or _first_name_swapped(pair, ka1, ka2, kb1, kb2)):
            continue  # a clause opener before a name ("Former Labour" → "Erstwhile Labour"): see ``_named_swap``
        changes.append((span_of(tokens_a[i1:i2]), span_of(tokens_b[j1:j2]),
                        span_of(tokens_a[max(i1 - 1, 0) : i2 + 1]), span_of(tokens_b[max(j1 - 1, 0) : j2 + 1]),
                        _RESPELT))
    return changes


