"""Actor misreads of real news, session 14 (issues 12/14, engineer C). Sentences written
for these tests; each rule has a test with the rule off that fails the other way."""

from __future__ import annotations

from typing import Any

import pytest

from .test_real_news_actors import _at


def _mention(layer: Any, text: str, surface: str) -> Any:
    """The mention that starts where ``surface`` starts (None: no mention there)."""
    start = text.index(surface)
    return next((m for m in layer.mentions if m.start == start), None)


# ---------------------------------------------------------------- a seat in a title

TITLE_SEAT = "actors.names.title_seat"
SEATED = "Kremlin spokesman Dmitry Peskov told reporters the meeting was useful."


def test_a_seat_in_a_title_names_its_country(layer_of: Any) -> None:
    layer, _ = layer_of(SEATED, "2024-03-01")
    seat = _at(layer, SEATED, "Kremlin")
    assert seat is not None and seat.id == "country:RUS", seat
    person = _at(layer, SEATED, "Dmitry Peskov")
    assert person is not None and person.type == "person", person


def test_a_seat_in_a_title_has_no_mention_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(SEATED, [TITLE_SEAT])
    assert _at(layer, SEATED, "Kremlin") is None


# ---------------------------------------------------------------- the head of a body

HEAD_OF_BODY = "actors.agent.head_of_body"
HEADED = "The head of Ghana's electoral commission announced the results on Monday."


def test_the_head_of_a_body_is_the_body_not_the_head_of_state(layer_of: Any) -> None:
    layer, _ = layer_of(HEADED, "2024-03-01")
    head = _at(layer, HEADED, "head")
    assert head is not None and head.type != "person", head
    assert (head.country, head.sector) == ("GHA", "GOV"), head


def test_the_head_of_a_country_is_still_its_office_holder(layer_of: Any) -> None:
    text = "The president of Ghana announced the results on Monday."
    layer, _ = layer_of(text, "2024-03-01")
    head = _at(layer, text, "president")
    assert head is not None and head.type == "person" and head.country == "GHA", head


def test_the_head_of_a_body_is_the_head_of_state_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(HEADED, [HEAD_OF_BODY])
    head = _at(layer, HEADED, "head")
    assert head is not None and head.type == "person", head


# ---------------------------------------------------------------- a backer's demonym

BACKER_STATE = "actors.names.backer_state"
BACKED = "Iranian-backed fighters fired rockets at the base."


def test_a_backers_demonym_is_the_state(layer_of: Any) -> None:
    layer, _ = layer_of(BACKED, "2024-03-01")
    backer = _at(layer, BACKED, "Iranian")
    assert backer is not None and backer.id == "country:IRN", backer


def test_a_demonym_led_is_not_support(layer_of: Any) -> None:
    text = "Saudi-led forces bombed the port."
    layer, _ = layer_of(text, "2024-03-01")
    assert all(a.type != "country" for a in layer.actors.values()), layer.actors


def test_a_backers_demonym_is_its_people_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(BACKED, [BACKER_STATE])
    backer = _at(layer, BACKED, "Iranian")
    assert backer is not None and backer.type == "group", backer


# ---------------------------------------------------------------- "X in <place>"

PLACE_IN_PHRASE = "actors.agent.place_in_phrase"
PLACED = "Rebels in Mali seized the town on Sunday."


def test_a_group_placed_by_its_phrase_is_one_mention(layer_of: Any) -> None:
    layer, _ = layer_of(PLACED, "2024-03-01")
    group = _mention(layer, PLACED, "Rebels")
    assert group is not None and group.text == "Rebels in Mali", group
    assert layer.actor(group.actor_id).sector == "REB"
    place = _at(layer, PLACED, "Mali")
    assert place is not None and place.id == "country:MLI", place


def test_a_phrase_with_a_verb_is_not_taken_in(layer_of: Any) -> None:
    text = "Soldiers stationed in Mali seized the town on Sunday."
    layer, _ = layer_of(text, "2024-03-01")
    group = _mention(layer, text, "Soldiers")
    assert group is None or group.text == "Soldiers", group


def test_the_mention_is_the_noun_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(PLACED, [PLACE_IN_PHRASE])
    group = _mention(layer, PLACED, "Rebels")
    assert group is not None and group.text == "Rebels", group


# ---------------------------------------------------------------- the counted index


def test_the_counted_index_answers_as_the_walk(analyzer: Any, monkeypatch: Any) -> None:
    """``CountedIndex.between`` gives ``counted_mentions``'s answer at every call, while
    ``place_countryless`` adds mentions between the calls."""
    from stancemap.actors import sentence_country
    from stancemap.actors.attribution_sides import same_side_countries

    calls: list[int] = []

    def both(resolver: Any, token_i: int, counted: Any = None) -> Any:
        sent = resolver.doc[token_i].sent
        walked = sorted(sentence_country.counted_mentions(resolver, sent.start, sent.end))
        assert counted is not None and sorted(counted(sent.start, sent.end)) == walked
        calls.append(token_i)
        return same_side_countries(resolver, token_i, counted)

    monkeypatch.setattr(sentence_country, "same_side_countries", both)
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    text = (
        "Gunmen attacked a convoy, Chadian officials said. Soldiers returned fire. "
        "Militants in the north attacked a base, and a local official said Sudan "
        "was to blame. Officials said rebels had crossed from Chad."
    )
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    analyzer.actors(doc, make_document(text, date="2024-03-01"))
    assert calls


# ---------------------------------------------------------------- a demonym on force

FORCE_ACT_STATE = "actors.names.force_act_state"
FORCE = "The Turkish offensive began before dawn on Monday."


def test_a_demonym_on_an_act_of_force_is_the_state(layer_of: Any) -> None:
    layer, _ = layer_of(FORCE, "2024-03-01")
    actor = _at(layer, FORCE, "Turkish")
    assert actor is not None and actor.id == "country:TUR", actor


def test_a_demonym_on_an_act_of_force_is_its_people_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(FORCE, [FORCE_ACT_STATE])
    actor = _at(layer, FORCE, "Turkish")
    assert actor is not None and actor.type == "group", actor


# ---------------------------------------------------------------- reflexives

REFLEXIVE = "actors.coref.reflexive_own_clause"
REFLEXIVES = [
    (
        "Maria Lopez met the mayor on Friday. The mayor, Tom Hart, defended himself "
        "against the charges.",
        "Tom Hart",
    ),
    (
        "Paul Grant spoke first. The first nurse to join the strike, Sam Cole, found "
        "himself in court.",
        "Sam Cole",
    ),
]


@pytest.mark.parametrize(("text", "person"), REFLEXIVES)
def test_a_reflexive_is_its_own_clauses_subject(layer_of: Any, text: str, person: str) -> None:
    layer, _ = layer_of(text, "2024-03-01")
    assert _at(layer, text, "himself") == _at(layer, text, person)


@pytest.mark.parametrize(("text", "person"), REFLEXIVES)
def test_a_reflexive_goes_to_an_earlier_person_with_the_rule_off(
    layer_off: Any, text: str, person: str
) -> None:
    # the whole-chain resolver (on since session 31) binds reflexives on its own: off too
    layer = layer_off(text, [REFLEXIVE, "actors.coref.entity_chains"])
    assert _at(layer, text, "himself") != _at(layer, text, person)


def test_a_reflexive_beside_a_name_is_that_person(layer_of: Any) -> None:
    text = "Paul Grant spoke on Monday. The gift went to Sam Cole himself, an aide said."
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "himself")
    assert found is not None and found == _at(layer, text, "Sam Cole"), found


# ---------------------------------------------------------------- an embassy abroad

POSTED = "actors.agent.posted_abroad"
EMBASSY = "Norway reopened an embassy in Chile after a long pause."


def test_an_embassy_abroad_is_not_the_host_countrys(layer_of: Any) -> None:
    layer, _ = layer_of(EMBASSY, "2024-03-01")
    found = _at(layer, EMBASSY, "embassy")
    assert found is None or found.country != "CHL", found


def test_an_embassy_abroad_takes_the_host_country_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(EMBASSY, [POSTED])
    found = _at(layer, EMBASSY, "embassy")
    assert found is not None and found.country == "CHL", found


# ---------------------------------------------------------------- pro- and anti-

STANCE_PREFIX = "actors.agent.stance_prefix"
AGAINST = "Anti-Japanese protesters marched through the city on Sunday."
FOR = "A pro-Turkish militia in Syria shelled the village."


def test_a_name_after_anti_is_not_the_groups_country(layer_of: Any) -> None:
    layer, _ = layer_of(AGAINST, "2024-03-01")
    assert all(a.country != "JPN" for a in layer.actors.values()), layer.actors


def test_a_name_after_pro_leaves_the_group_to_its_place(layer_of: Any) -> None:
    layer, _ = layer_of(FOR, "2024-03-01")
    group = _at(layer, FOR, "militia")
    assert group is not None and group.country == "SYR", group


def test_a_name_after_anti_is_the_groups_country_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(AGAINST, [STANCE_PREFIX])
    group = _at(layer, AGAINST, "protesters")
    assert group is not None and group.country == "JPN", group
