"""Title and wording changes: a role word replaced ("Manager" → "Director", "Deputy Interior Minister" →
"delegate inside the server"), and any other words replaced, added or dropped (near-duplicates only)."""

from __future__ import annotations

from collections.abc import Sequence

from unspun.model import Change
from unspun.pair.changes.context import (
    SentencePair,
    change_of,
    found_either_way,
    outside,
    region_spans,
    span_of,
)
from unspun.pair.changes.facts import same_facts_written_differently
from unspun.text.names import capitalised, name_flags, opens_clause, rare_word
from unspun.text.spelling import one_stem, one_word, only_continued, word_keys
from unspun.text.tokens import Token, token_norms
from unspun.text.wordlists import AMBIGUOUS_ROLE_WORDS, HONORIFIC_FORMS, ROLE_WORDS, same_honorific, same_role


def title_changes(pair: SentencePair) -> list[Change]:
    """Replaced or dropped words holding a role word of one side that the other side's words there lack."""
    if not holds_role_words(pair):
        return []
    return found_either_way(pair, _replaced_titles_of_a)


def holds_role_words(pair: SentencePair) -> bool:
    """Whether either sentence holds a word of ``ROLE_WORDS``: a title change of either kind (``title_changes``,
    ``anchored_title_changes``) has one on the side it reads as the original, so a pair without any has none (most
    sentences of a text: ~1 in 8 holds one), and neither finder reads its roles and names."""
    return not (ROLE_WORDS.isdisjoint(token_norms(pair.ta)) and ROLE_WORDS.isdisjoint(token_norms(pair.tb)))


def _replaced_titles_of_a(pair: SentencePair) -> list[Change]:
    """Replaced or dropped words holding a role word of A that B's words there lack."""
    roles_at_a = role_flags(pair.a_text, pair.ta, pair.surnames)
    roles_at_b = role_flags(pair.b_text, pair.tb, pair.surnames)
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "equal" or max(i2 - i1, j2 - j1) > pair.config.max_title_tokens:
            continue
        roles_a = {t.norm for t, role in zip(pair.ta[i1:i2], roles_at_a[i1:i2], strict=True) if role}
        roles_b = {t.norm for t, role in zip(pair.tb[j1:j2], roles_at_b[j1:j2], strict=True) if role}
        if not roles_a or roles_a == roles_b or _same_roles(roles_a, pair.tb):  # a role of A replaced or dropped
            continue  # (not one moved: "Prosecutor Alison Darke" → "Alison Darke, prosecuting,")
        if not roles_b and any(t.norm in ROLE_WORDS for t in pair.tb[j1:j2]):
            continue  # B's words there read as no role though the list holds one ("my head" → "my leader")
        if _holder_gone(pair, i1, i2):
            continue  # the role went with the person it names ("Council leader Martin Ellery said" → "The council,
            # he added,": the speaker named in the sentence before): no title replaced
        for k1, k2, l1, l2 in _role_part(pair, roles_at_a, i1, i2, j1, j2):
            a_span, b_span = region_spans(pair, k1, k2, l1, l2)
            changes.append(change_of("title", pair, a_span, b_span, "title changed"))
    return changes


def honorific_changes(pair: SentencePair) -> list[Change]:
    """An honorific replaced before the same name ("Dr Callum Reid" → "Mr Callum Reid", "Mr Ian Bell" → "Prof Ian
    Bell"): a title changed, as a role is, unless both give one title (``wordlists.same_honorific``: "Dr" /
    "Doctor", "Mrs" / "Ms"). Honorifics are no role words, so ``title_changes`` never reads them, and the name they
    stand before, the same on both sides, anchors them in a reworded sentence too."""
    changes = []
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "replace" and i2 - i1 == j2 - j1 == 1 and _honorific_swapped(pair, i1, j1):
            changes.append(change_of("title", pair, *region_spans(pair, i1, i2, j1, j2), "title changed"))
    return changes


def _honorific_swapped(pair: SentencePair, i: int, j: int) -> bool:
    """Whether A's token ``i`` and B's token ``j`` are capitalised honorifics of other titles before one name."""
    if i + 1 >= len(pair.ta) or j + 1 >= len(pair.tb):
        return False
    x, y, name = pair.ta[i], pair.tb[j], pair.ta[i + 1]
    return x.norm in HONORIFIC_FORMS and y.norm in HONORIFIC_FORMS and capitalised(x) and capitalised(y) \
        and capitalised(name) and name.norm == pair.tb[j + 1].norm and not same_honorific(x.norm, y.norm)


_HOLDER_REACH = 2  # tokens beside a replaced stretch its role's holder may stand at ("leader Martin Ellery")


def _holder_gone(pair: SentencePair, i1: int, i2: int) -> bool:
    """Whether A names a person in or right beside its tokens ``i1:i2`` (a role's holder) whom B's sentence does not
    name at all."""
    flags = name_flags(pair.a_text, pair.ta, known=pair.names_a.names, config=pair.text)
    lo, hi = max(0, i1 - _HOLDER_REACH), min(len(pair.ta), i2 + _HOLDER_REACH)
    # a name's words no ordinary English word is ("Ellery", "Wakefield"; not "Council": "the council")
    named = [pair.ta[k].norm for k in range(lo, hi)
             if flags[k] and pair.ta[k].norm not in ROLE_WORDS and rare_word(pair.ta[k].norm, pair.text)]
    words_b = {t.norm for t in pair.tb}
    return bool(named) and not any(word in words_b for word in named)


def role_flags(text: str, tokens: Sequence[Token], surnames: frozenset[str] = frozenset()) -> list[bool]:
    """For each token: a role word used as one (``AMBIGUOUS_ROLE_WORDS`` only beside another role word,
    before "of", capitalised inside a sentence, or beside a name without opening a sentence: "Police chief Anna
    Berg", "Finance chief", not "my head"; a capitalised word of ``surnames`` never: "Paul King" where the article
    says "Mr King")."""
    listed = [t.norm in ROLE_WORDS for t in tokens]
    capitals = [capitalised(t) for t in tokens]
    named = [capital and not opens_clause(text, tokens, k) for k, capital in enumerate(capitals)]
    flags = []
    for k, token in enumerate(tokens):
        if not listed[k]:
            flags.append(False)
            continue
        beside_role = (k > 0 and listed[k - 1]) or (k + 1 < len(tokens) and listed[k + 1])
        # "General, Chelsea …" opens a sentence: a capitalised word there is no role by the name beside it.
        beside_name = ((k > 0 and named[k - 1]) or (k + 1 < len(tokens) and named[k + 1])) and not (
            capitals[k] and not named[k])
        before_of = k + 1 < len(tokens) and tokens[k + 1].norm == "of"
        # A role is written once before its holder's name: a role word after "governor Mervyn" is the surname.
        surname = capitals[k] and (token.norm in surnames or (
            k >= 2 and named[k - 1] and not listed[k - 1] and listed[k - 2]))
        flags.append(not surname and (token.norm not in AMBIGUOUS_ROLE_WORDS
                                      or beside_role or beside_name or before_of or named[k]))
    return flags


def _role_part(
    pair: SentencePair, roles_at_a: Sequence[bool], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int, int, int]]:
    """The role words of a word-for-word replacement with what faces them ("Department spokesman" →
    "Division representative": "spokesman" → "representative", leaving "Department" to the name check);
    a replacement of another length as a whole, less the capitalised words both sides open it with ("Marsh
    chief executive" → "Fenland president": "chief executive" → "president", "Marsh" left to the names)."""
    if i2 - i1 == j2 - j1:
        return [(i1 + k, i1 + k + 1, j1 + k, j1 + k + 1) for k in range(i2 - i1) if roles_at_a[i1 + k]]
    lead_a = next(k for k in range(i1, i2) if roles_at_a[k] or not capitalised(pair.ta[k]))
    lead_b = next((k for k in range(j1, j2) if not capitalised(pair.tb[k])), j2)
    if lead_a > i1 and j1 < lead_b < j2:
        return [(lead_a, i2, lead_b, j2)]
    return [(i1, i2, j1, j2)]


def wording_changes(pair: SentencePair, taken: Sequence[Change]) -> list[Change]:
    """Every other stretch of replaced, added or dropped words (outside the changes in ``taken``), but for a date
    or number written in other words with the same value ("5 December" → "Dec. 5"): the word diff cuts those into
    pieces ("on" → "Dec", "December" → "5") that say nothing a reader needs; nor one word joined or split ("per
    cent" → "percent"; a spelling, "colour" → "color", is no difference of the word diff at all)."""
    found = []
    rewritten_a, rewritten_b = same_facts_written_differently(pair)
    for op, i1, i2, j1, j2 in pair.opcodes:
        if op == "equal":
            continue
        if set(range(i1, i2)) <= rewritten_a and set(range(j1, j2)) <= rewritten_b:
            continue
        if op == "replace" and one_word([t.norm for t in pair.ta[i1:i2]], [t.norm for t in pair.tb[j1:j2]]):
            continue  # "per cent" / "percent", "pick-up" / "pickup": one word written two ways
        if op != "replace" and only_continued(_keys(pair, op, i1, i2, j1, j2)):
            continue  # "phone" of "cell phone" where the other side writes "mobile": no word of its own
        a_span, b_span = region_spans(pair, i1, i2, j1, j2)
        what = {"replace": "wording changed", "insert": "words added", "delete": "words dropped"}[op]
        found.append(change_of("wording", pair, a_span, b_span, what))
    return outside(found, taken)


def _keys(pair: SentencePair, op: str, i1: int, i2: int, j1: int, j2: int) -> tuple[str, ...]:
    """The ``spelling.word_keys`` of the words an insertion or deletion holds, read in their sentence."""
    if op == "delete":
        return word_keys(tuple(t.norm for t in pair.ta))[i1:i2]
    return word_keys(tuple(t.norm for t in pair.tb))[j1:j2]


def anchored_title_changes(pair: SentencePair) -> list[Change]:
    """A title in front of a name of one side ("Deputy Interior Minister Yevhen Yenin") that the other side
    words differently around the same name, before it or as an appositive after it, wherever the name moved
    to."""
    if not holds_role_words(pair):
        return []
    return found_either_way(pair, _anchored_titles_of_a)


def _anchored_titles_of_a(pair: SentencePair) -> list[Change]:
    """A title in front of a name of A that B words differently around the same name."""
    flags_a = name_flags(pair.a_text, pair.ta, known=pair.names_a.names, config=pair.text)
    words_b = {t.norm for t in pair.tb}
    changes = []
    for first, last, name_end in _titled_names(pair.a_text, pair.ta, flags_a):
        roles = {t.norm for t in pair.ta[first:last]} & ROLE_WORDS
        if roles <= words_b:
            continue
        names = {t.norm for t in pair.ta[last:name_end]}
        b_title = _title_near(pair, names)
        if b_title is not None and {t.norm for t in pair.tb[b_title[0] : b_title[1]]} & ROLE_WORDS != roles \
                and not _same_roles(roles, pair.tb[b_title[0] : b_title[1]]):
            # a title read in lower case may share its head with the other ("Police chief" / "Police Commissioner")
            a_first, a_last, b_first, b_last = (first, last, *b_title) if _capitalised_title(pair, b_title) \
                else _without_shared_ends(pair, first, last, *b_title)
            a_span, b_span = span_of(pair.ta[a_first:a_last]), span_of(pair.tb[b_first:b_last])
            changes.append(change_of("title", pair, a_span, b_span, "title changed"))
    return changes


def _capitalised_title(pair: SentencePair, title: tuple[int, int]) -> bool:
    return all(capitalised(t) for t in pair.tb[title[0] : title[1]])


def _lower_case_title(pair: SentencePair, at: int) -> tuple[int, int] | None:
    """Role words in lower case right before B's name at ``at`` ("according to headteacher Rosalind Marr"), with the
    sentence's capitalised first word ("Managing director Helen Okafor-Reid")."""
    tb, text = pair.tb, pair.b_text
    first = at
    while first > 0 and tb[first - 1].norm in ROLE_WORDS and not capitalised(tb[first - 1]) \
            and _spaced(text, tb[first - 1], tb[first]):
        first -= 1
    if first == at:
        return None
    if first == 1 and capitalised(tb[0]) and _spaced(text, tb[0], tb[1]):
        first = 0
    return first, at


def _without_shared_ends(pair: SentencePair, i1: int, i2: int, j1: int, j2: int) -> tuple[int, int, int, int]:
    """Two titles' token ranges less the words they open or close with alike ("Police chief" / "Police
    Commissioner": "chief" / "Commissioner")."""
    while i2 - i1 > 1 and j2 - j1 > 1 and pair.ta[i1].norm == pair.tb[j1].norm:
        i1, j1 = i1 + 1, j1 + 1
    while i2 - i1 > 1 and j2 - j1 > 1 and pair.ta[i2 - 1].norm == pair.tb[j2 - 1].norm:
        i2, j2 = i2 - 1, j2 - 1
    return i1, i2, j1, j2


def _same_roles(roles: set[str], words: Sequence[Token]) -> bool:
    """Whether every role word has a word of one stem among ``words`` ("Prosecutor Alison Darke" and "Alison Darke,
    prosecuting,"; "chairman" and "chairwoman") or one naming the same role ("Skipper" and "Captain",
    ``wordlists.same_role``; "Professor" and "Prof", ``wordlists.same_honorific``): the same title written another
    way."""
    return bool(roles) and all(any(_one_stem(role, w.norm) or same_role(role, w.norm) or same_honorific(role, w.norm)
                                   for w in words) for role in roles)


def _one_stem(x: str, y: str) -> bool:
    return one_stem(x, y, min_prefix=5)


def _titled_names(text: str, tokens: Sequence[Token], flags: list[bool]) -> list[tuple[int, int, int]]:
    """(first, last, end): capitalised tokens ``first:last`` ending in a role word, then name tokens to ``end``."""
    found = []
    k = 0
    while k < len(tokens):
        if tokens[k].norm not in ROLE_WORDS or not capitalised(tokens[k]):
            k += 1
            continue
        first = k
        while first > 0 and _title_word(text, tokens, first - 1):
            first -= 1
        last = k + 1
        # "Chief Executive Helen Okafor-Reid", and at a sentence's start "Chief executive Helen Okafor-Reid"
        opening = first == k and opens_clause(text, tokens, k)
        while last < len(tokens) and tokens[last].norm in ROLE_WORDS and (capitalised(tokens[last]) or opening):
            last += 1
        end = last
        while end < len(tokens) and flags[end] and tokens[end].norm not in ROLE_WORDS:
            end += 1
        if end > last:
            found.append((first, last, end))
        k = end if end > last else last
    return found


def _title_word(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Token ``k`` is part of the title that follows it ("Deputy Interior"), not an owner ("Ukraine's")."""
    token = tokens[k]
    return capitalised(token) and token.norm == token.text.lower() and _spaced(text, token, tokens[k + 1])


def _spaced(text: str, left: Token, right: Token) -> bool:
    return not text[left.end : right.start].strip()


def _name_joined(text: str, left: Token, right: Token) -> bool:
    """Two words of one name: a space or a hyphen between them ("Helen Okafor-Reid")."""
    return text[left.end : right.start].strip() in ("", "-", "\u2010", "\u2011")


def _title_near(pair: SentencePair, names: set[str]) -> tuple[int, int] | None:
    """The words B gives as the title of a name with any word of ``names``: a capitalised run holding a role
    word just before it, or the appositive between commas just after it."""
    tb, text = pair.tb, pair.b_text
    at = next((k for k, t in enumerate(tb) if t.norm in names), None)
    if at is None:
        return None
    first = at
    while first > 0 and capitalised(tb[first - 1]) and _spaced(text, tb[first - 1], tb[first]):
        first -= 1
    if first < at and any(t.norm in ROLE_WORDS for t in tb[first:at]):
        return first, at
    if (lower := _lower_case_title(pair, at)) is not None:
        return lower
    end = at
    while end + 1 < len(tb) and capitalised(tb[end + 1]) and _name_joined(text, tb[end], tb[end + 1]):
        end += 1
    if end + 1 >= len(tb) or text[tb[end].end : tb[end + 1].start].strip() != ",":
        return None
    most = pair.config.max_appositive_tokens
    stop = end + 2  # the appositive runs from the word after the comma to the next comma
    while stop < len(tb) and stop - end <= most and "," not in text[tb[stop - 1].end : tb[stop].start]:
        stop += 1
    return (end + 1, stop) if stop - end - 1 <= most else None
