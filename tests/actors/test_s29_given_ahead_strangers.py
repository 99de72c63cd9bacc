"""Session 29: actors the pipeline invents (a given name apart from the full name).
(Session 29's ``actors.names.kb_stranger`` was removed in session 40 CV: it lost a PLOVER
check record and changed no real-news item.)"""

from __future__ import annotations

GIVEN = "actors.names.given_name_ahead"
HEADLINE = (
    "Bolton Slams Neocons For Hillary.\n\nFormer U.N. Ambassador John Bolton said on Thursday "
    "that Hillary Clinton would be a weak president."
)


def _ids(layer, text: str, words: str) -> list[str]:
    return [layer.actors[m.actor_id].id for m in layer.mentions if text[m.start : m.end] == words]


def test_a_headline_given_name_is_the_person_named_in_full_later(layer_of) -> None:
    layer, _ = layer_of(HEADLINE, date="2016-05-05")
    assert _ids(layer, HEADLINE, "Hillary") == ["person:hillary-clinton"]
    assert not any(a.startswith("new:person:") for a in layer.actors)


def test_switched_off_the_given_name_stays_a_new_person(layer_off) -> None:
    layer = layer_off(HEADLINE, [GIVEN], date="2016-05-05")
    assert _ids(layer, HEADLINE, "Hillary")[0].startswith("new:person:")


def test_two_people_of_that_given_name_leave_it_alone(layer_of) -> None:
    text = "Thanks, Joe.\n\nJoe Biden and Joe Scarborough talked on Monday."
    layer, _ = layer_of(text, date="2016-02-26")
    assert _ids(layer, text, "Joe")[0].startswith("new:person:")
