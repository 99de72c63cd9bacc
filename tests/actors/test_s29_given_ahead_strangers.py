"""Session 29: actors the pipeline invents (a given name apart from the full name) or
misreads as a KB stranger (a lone word or near spelling landing on a foreign office
holder of long ago)."""

from __future__ import annotations

GIVEN = "actors.names.given_name_ahead"
STRANGER = "actors.names.kb_stranger"  # shipped off (session 29 lead): switched on here
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


LIKE = "\u201cI like Paul, but these are horrible times for our country,\u201d Trump said."
SENATOR = "Republican Sen. John McCain says the loose talk in the campaign hurts the party."


def test_a_lone_word_of_a_former_foreign_leader_is_a_new_person(layer_with, layer_off) -> None:
    layer = layer_with(LIKE, [STRANGER], date="2016-08-05")
    assert _ids(layer, LIKE, "Paul")[0].startswith("new:person:")
    off = layer_off(LIKE, [STRANGER], date="2016-08-05")
    assert _ids(off, LIKE, "Paul") == ["leader:paul-grc"]


def test_a_near_spelling_of_a_stranger_is_a_new_person(layer_with, layer_off) -> None:
    layer = layer_with(SENATOR, [STRANGER], date="2016-02-08")
    found = _ids(layer, SENATOR, "John McCain")
    assert found and found[0].startswith("new:person:")
    assert layer.actors[found[0]].country != "LBR"
    off = layer_off(SENATOR, [STRANGER], date="2016-02-08")
    assert _ids(off, SENATOR, "John McCain") == ["leader:johnny-mcclain-lbr"]


def test_the_link_stands_where_the_country_is_in_the_story(layer_with) -> None:
    text = "Greece mourned its king. Paul was buried near Athens on Monday."
    layer = layer_with(text, [STRANGER], date="1970-01-01")
    assert _ids(layer, text, "Paul") == ["leader:paul-grc"]


def test_a_hand_written_record_keeps_its_surname(layer_with) -> None:
    text = "Clinton won the primary in Delaware on Tuesday, her aides said."
    layer = layer_with(text, [STRANGER], date="2016-04-27")
    assert _ids(layer, text, "Clinton") == ["person:hillary-clinton"]


def test_a_sitting_office_holder_keeps_a_lone_surname(layer_with) -> None:
    text = "Putin said on Monday that the talks would go on."
    layer = layer_with(text, [STRANGER], date="2016-09-15")
    assert _ids(layer, text, "Putin") == ["person:vladimir-putin"]


def test_an_office_word_before_the_name_supports_the_link(layer_with) -> None:
    text = (
        "A group of Moroccan diplomats held their first meeting with President Obama at a "
        "lunch hosted by the Ambassador of Kingdom of Morocco."
    )
    layer = layer_with(text, [STRANGER], date="2024-03-01")
    assert _ids(layer, text, "Obama") == ["person:barack-obama"]
