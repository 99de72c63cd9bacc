"""A "to" complement continued by bare verbs the parser hangs on the cue
(``quotes.content.coordinated_complement``).

"Halden wants to triple A, grow B and create C": the parser makes "grow" a conjunct of
"wants", so the content stopped after A. A bare verb with no subject of its own, right
after the complement with only a comma or a conjunction between, continues it; a new
clause with its own subject ("and voters cheered") does not. Sentences written for the
test.
"""

from __future__ import annotations

RULE = "quotes.content.coordinated_complement"


def _content(quotes_without, text: str, cue: str, disable: tuple[str, ...] = ()) -> str:  # type: ignore[no-untyped-def]
    found = [q for q in quotes_without(text, disable) if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1
    return found[0].content.text


def test_a_list_of_infinitives_is_one_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Halden wants to triple the size of the militia, grow the navy and create a new reserve program."
    whole = "to triple the size of the militia, grow the navy and create a new reserve program"
    assert _content(quotes_without, text, "wants") == whole
    # the misread: only the first infinitive
    assert _content(quotes_without, text, "wants", (RULE,)) == "to triple the size of the militia"


def test_an_adjunct_before_the_second_verb(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Halden is promising to meet and in some cases exceed his goals without new taxes."
    whole = "to meet and in some cases exceed his goals without new taxes"
    assert _content(quotes_without, text, "promising") == whole
    assert _content(quotes_without, text, "promising", (RULE,)) == "to meet"


def test_a_clause_with_its_own_subject_is_not_content(quotes_without) -> None:  # type: ignore[no-untyped-def]
    text = "Halden promised to cut taxes and voters cheered."
    assert _content(quotes_without, text, "promised") == "to cut taxes"
