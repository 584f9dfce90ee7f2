"""htmldate's date search as trafilatura runs it, extensive and not, with the page's tree copied and pruned once.

``extract.publication_date`` asks htmldate twice of a dated page: its extensive search, as trafilatura does, and the
search without its fallbacks, to confirm a 1 January or a date only the text states. Each ``htmldate.find_date`` call
on a tree copies the whole tree and prunes the copy (its cleaning list, then ``discard_unwanted``): on the Scale WARC
the second call cost as much as the first. The pruning does not depend on the search's mode, so ``htmldate_days``
runs ``find_date``'s steps for both modes over one pruned copy, in ``find_date``'s order, the search without
fallbacks last since its final step strips scripts and styles from that copy in place. The answers are those of two
``find_date`` calls (htmldate 1.11.0, the version the lock file pins; ``tests/test_htmldate_search.py`` compares
them page by page).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from copy import deepcopy
from typing import Any


def htmldate_days(tree: Any, url: str | None) -> Iterator[str | None]:
    """``htmldate.find_date(tree, url=url)`` with trafilatura's date parameters (``set_date_params``): first with
    its extensive search, then — when the caller asks for the next answer — without it."""
    from htmldate.core import clean_html, discard_unwanted
    from htmldate.settings import CLEANING_LIST
    from htmldate.utils import Extractor
    from htmldate.validators import get_max_date, get_min_date
    from trafilatura.settings import set_date_params

    params = set_date_params(True)
    latest, earliest = get_max_date(params["max_date"]), get_min_date(None)
    if url is None:
        canonical = tree.find('.//link[@rel="canonical"]')
        url = canonical.get("href") if canonical is not None else None
    pruned: list[Any] = []

    def search_tree() -> Any:
        if not pruned:
            copied = deepcopy(tree)
            try:
                pruned.append(discard_unwanted(clean_html(copied, CLEANING_LIST)))
            except ValueError:  # as htmldate: lxml's cleaner refuses NULL bytes and control characters
                pruned.append(copied)
        return pruned[0]

    for extensive in (True, False):
        options = Extractor(extensive, latest, earliest, params["original_date"], "%Y-%m-%d")
        yield _found_date(tree, url, options, search_tree)


def _found_date(tree: Any, url: str | None, options: Any, search_tree: Callable[[], Any]) -> Any:
    """The body of ``htmldate.find_date`` after its options are set, the pruned tree given."""
    from htmldate.core import (
        FREE_TEXT_EXPRESSIONS,
        MAX_SEGMENT_LEN,
        MIN_SEGMENT_LEN,
        TIMESTAMP_LOOSE_PATTERN,
        TIMESTAMP_PATTERN,
        check_extracted_reference,
        clean_html,
        compare_reference,
        date_candidates,
        examine_abbr_elements,
        examine_elements,
        examine_header,
        examine_time_elements,
        extract_url_date,
        idiosyncrasies_search,
        img_search,
        json_search,
        pattern_search,
        search_page,
        serialize,
    )

    # find_date's steps, each answer returned as it returns it (``is not None``, as find_date tests them)
    found = extract_url_date(url, options)
    if found is not None:
        return found
    found = examine_header(tree, options) or json_search(tree, options)
    if found is not None:
        return found
    found = examine_abbr_elements(tree, options)
    if found is not None:
        return found
    pruned = search_tree()
    found = examine_elements(date_candidates(pruned, options.extensive), options) \
        or examine_elements(pruned.xpath(".//title|.//h1"), options) or examine_time_elements(pruned, options)
    if found is not None:
        return found
    htmlstring = serialize(pruned)
    found = pattern_search(htmlstring, TIMESTAMP_PATTERN, options) or img_search(pruned, options) \
        or idiosyncrasies_search(htmlstring, options)
    if found is not None:
        return found
    if not options.extensive:  # the search without fallbacks: a bare date of the text alone
        clean_html(pruned, ["script", "style"])
        return pattern_search(" ".join(pruned.itertext()), TIMESTAMP_LOOSE_PATTERN, options)
    reference = None
    for segment in FREE_TEXT_EXPRESSIONS(pruned):
        segment = segment.strip()
        if MIN_SEGMENT_LEN < len(segment) < MAX_SEGMENT_LEN:
            reference = compare_reference(reference, segment, options)
    return check_extracted_reference(reference, options) or search_page(htmlstring, options)
