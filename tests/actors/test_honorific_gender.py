"""A gendered honorific picks among namesakes: "Mrs. Clinton" is never Bill Clinton."""

from __future__ import annotations

import pytest

import rule_settings


def _people(layer, document) -> list[tuple[str, str]]:
    return [
        (document.text[m.start : m.end], layer.actors[m.actor_id].id)
        for m in layer.mentions
        if layer.actors[m.actor_id].type == "person"
    ]


def test_mrs_clinton_alone_is_hillary(linker) -> None:
    found = linker.link("Mrs. Clinton", "2016-03-01")
    assert found is not None and found.id == "person:hillary-clinton"
    found = linker.link("Mr. Clinton", "2016-03-01")
    assert found is not None and found.id == "person:bill-clinton"


def test_switched_off_the_honorific_says_nothing(kb) -> None:
    from stancemap.actors.linker import HONORIFIC_GENDER_RULE, NEAREST_ROLE, Linker

    # nearest_role alone reads a 2016 "Clinton" as Hillary: both off, the honorific's twin
    off = Linker(kb, switches=rule_settings.switches([HONORIFIC_GENDER_RULE, NEAREST_ROLE]))
    found = off.link("Mrs. Clinton", "2016-03-01")
    assert found is None or found.id != "person:hillary-clinton"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # the man is in office on the date and was named first: still not "Mrs. Clinton"
        ("Mr. Clinton won. Mrs. Clinton spoke.", "person:hillary-clinton"),
        (
            "Hillary Clinton spoke. Bill Clinton listened. Mrs. Clinton then left.",
            "person:hillary-clinton",
        ),
    ],
)
def test_in_a_document_the_honorific_passes_over_the_other_gender(
    layer_of, text: str, second: str
) -> None:
    layer, document = layer_of(text, date="1996-03-01")
    people = _people(layer, document)
    assert people[-1] == ("Clinton", second)


def test_a_woman_nobody_knows_is_not_the_man_of_her_surname(layer_of) -> None:
    layer, document = layer_of("Mr. Obama spoke. Mrs. Obama left.", date="2016-03-01")
    people = _people(layer, document)
    assert people[0][1] == "person:barack-obama"
    assert people[1][1] != "person:barack-obama"
