"""Several people's names tagged as one span (session 40, engineer NM, issue 12/14):
"focus on Rubio and Cruz", "such as Christie and Jindal". Rule ``actors.names.name_list``:
a span holding "and" / "or" / a comma between parts that each look like a name is a list,
each part read as a name of its own (a span not tagged PERSON only where every part is a
person the KB or the document knows). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from .rule_twins import actors_of as _actors
from .rule_twins import twin_fixtures
from .test_real_news_actors import _at

RULE = "actors.names.name_list"


on, off = twin_fixtures(RULE)


LISTS = [
    (
        "Chris Christie and Bobby Jindal campaigned in Iowa. "
        "This is where candidates such as Christie and Jindal are ubiquitous.",
        "Christie and Jindal",
    ),
    (
        "Leon Panetta testified last year. "
        "After, investigators interviewed Rice, Rhodes, Petraeus and Panetta, along with others.",
        "Petraeus and Panetta",
    ),
]


@pytest.mark.parametrize(("text", "joined"), LISTS)
def test_a_list_of_names_is_two_people(on: Any, off: Any, text: str, joined: str) -> None:
    first, last = joined.split(" and ")
    layer = _actors(on, text)
    one, two = _at(layer, text, first, -1), _at(layer, text, last, -1)
    assert one is not None and two is not None, (one, two)
    assert one.type == two.type == "person" and one.id != two.id
    assert last in two.name
    whole = _at(_actors(off, text), text, joined)
    assert whole is not None and whole.name == joined  # off: one actor of both names


def test_an_organisation_of_two_names_stays_whole(on: Any, off: Any) -> None:
    # neither part is a person anyone knows: no list (the parts are no people)
    text = "The show is also streamed on Hulu and Ora's site, the company said."
    layer_on, layer_off = _actors(on, text), _actors(off, text)
    assert _at(layer_on, text, "Hulu") == _at(layer_off, text, "Hulu")
    assert _at(layer_on, text, "Ora") == _at(layer_off, text, "Ora")


def test_list_parts_of_written_spans(on: Any) -> None:
    from stancemap.actors.name_lists import list_parts

    doc = on.nlp.make_doc("They met Petraeus and Panetta and Robert Downey , Jr. and Obama , party")
    from spacy.tokens import Span

    assert [p.text for p in list_parts(Span(doc, 2, 5, label="PERSON"))] == [
        "Petraeus",
        "Panetta",
    ]
    assert list_parts(Span(doc, 6, 10, label="PERSON")) is None  # "Robert Downey, Jr."
    assert list_parts(Span(doc, 11, 14, label="ORG")) is None  # "Obama, party"
    assert list_parts(Span(doc, 2, 3, label="PERSON")) is None  # no coordinator
