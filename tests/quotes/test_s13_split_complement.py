"""A clause the parser splits into two complements of the cue
(``quotes.content.split_complement``).

"Investigators discovered that attempts to hack the system were made by people with
ties to foreign agencies": the parser tags "attempts" a verb and hangs "were made" on
"discovered" as a second clause, so the content stopped at "the system". A second
complement right after the first, with no subject, mark or comma of its own and no
reporting verb, is the rest of the first. Sentences written for the test.
"""

from __future__ import annotations

RULE = "quotes.content.split_complement"
TEXT = (
    "Investigators have also discovered that attempts to hack the system were made by "
    "people with ties to foreign agencies."
)


def _content(quotes_without, disable: tuple[str, ...] = ()) -> str:  # type: ignore[no-untyped-def]
    found = [
        q for q in quotes_without(TEXT, disable) if q.cue is not None and q.cue.text == "discovered"
    ]
    assert len(found) == 1
    return found[0].content.text


def test_the_split_clause_is_one_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    assert _content(quotes_without) == (
        "that attempts to hack the system were made by people with ties to foreign agencies"
    )
    # the misread: the content ends where the parser's first clause ends
    assert _content(quotes_without, (RULE,)) == "that attempts to hack the system"
