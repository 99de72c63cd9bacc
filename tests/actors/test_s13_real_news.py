"""Actor misreads of real news, session 13 (issues 12/14, engineer C). Sentences written
for these tests; each rule has a test with the rule off that fails the other way."""

from __future__ import annotations

from typing import Any

import pytest

from .test_real_news_actors import _at

# ---------------------------------------------------------------- a headline's verb

VERB_CUT = "actors.names.headline_verb_cut"
HEADLINES = [
    (
        "Erdogan Slams EU Over Refugee Deal\n\nThe Turkish leader spoke on Friday.",
        "Erdogan",
        "person:recep-tayyip-erdogan",
    ),
    (
        "Merkel And Macron Clash Over Budget\n\nThey spoke in Brussels.",
        "Macron",
        "person:emmanuel-macron",
    ),
    ("Macron Warns Johnson On Fishing Rights\n\nThey spoke.", "Macron", "person:emmanuel-macron"),
]


@pytest.mark.parametrize(("text", "name", "actor_id"), HEADLINES)
def test_a_title_case_headline_verb_ends_the_name(
    layer_of: Any, text: str, name: str, actor_id: str
) -> None:
    layer, _ = layer_of(text, "2019-06-01")
    found = _at(layer, text, name)
    assert found is not None and found.id == actor_id, found
    verb = text.split()[1] if text.split()[1] != "And" else text.split()[3]
    assert not any(verb in a.name for a in layer.actors.values()), layer.actors


@pytest.mark.parametrize(("text", "name", "actor_id"), HEADLINES)
def test_the_verb_is_swallowed_with_the_rule_off(
    layer_off: Any, text: str, name: str, actor_id: str
) -> None:
    layer = layer_off(text, [VERB_CUT], "2019-06-01")
    found = _at(layer, text, name)
    assert found is None or found.id != actor_id, found


def test_a_kb_name_holding_a_verb_is_not_cut(layer_of: Any) -> None:
    text = "Senators Warn Donald Trump Over Tariffs Plan\n\nThey wrote a letter."
    layer, _ = layer_of(text, "2019-06-01")
    found = _at(layer, text, "Donald Trump")
    assert found is not None and found.id == "person:donald-trump", found


def test_a_prose_sentence_is_not_read_as_a_headline(layer_of: Any) -> None:
    text = "Angela Merkel met the press in Berlin after the summit on Monday evening."
    layer, _ = layer_of(text, "2019-06-01")
    found = _at(layer, text, "Angela Merkel")
    assert found is not None and found.id == "person:angela-merkel", found


# ---------------------------------------------------------------- a plural group speaker

SPEAKING = "actors.agent.speaking_group"
UNLISTED_GROUP = "actors.agent.unlisted_subject_group_source_only"
SPEAKING_TEXT = "Many painters said the new museum rules were unfair to young talent."


def test_a_plural_people_noun_that_speaks_is_a_group(layer_of: Any) -> None:
    layer, _ = layer_of(SPEAKING_TEXT, "2021-03-01")
    found = _at(layer, SPEAKING_TEXT, "painters")
    assert found is not None and found.type == "group", found
    assert found.name == "Many painters", found


def test_a_plural_people_noun_is_nobody_with_the_rule_off(layer_off: Any) -> None:
    # the late unlisted-group rule (session 47 GN) reads the same plural as a group too
    layer = layer_off(SPEAKING_TEXT, [SPEAKING, UNLISTED_GROUP], "2021-03-01")
    assert _at(layer, SPEAKING_TEXT, "painters") is None


def test_the_group_is_the_quote_speaker(analyzer: Any) -> None:
    result = analyzer.analyze(SPEAKING_TEXT, date="2021-03-01")
    speakers = {q.speaker for q in result.quotes}
    groups = {a.id for a in result.actors if a.name == "Many painters"}
    assert groups and groups <= speakers, (speakers, groups)


def test_a_plural_thing_that_speaks_is_no_group(layer_of: Any) -> None:
    text = "Reports said the new museum rules were unfair to young talent."
    layer, _ = layer_of(text, "2021-03-01")
    assert _at(layer, text, "Reports") is None


# ---------------------------------------------------------------- across an attribution

SAME_SIDE = "actors.agent.sentence_country_same_side"
ACROSS = [
    ("A regional official said Belarus was behind the blackout.", "official"),
    ("According to a regional official, Belarus was behind the blackout.", "official"),
]


@pytest.mark.parametrize(("text", "noun"), ACROSS)
def test_a_country_across_an_attribution_is_not_the_agents(
    layer_of: Any, text: str, noun: str
) -> None:
    layer, _ = layer_of(text, "2023-05-01")
    found = _at(layer, text, noun)
    assert found is None or found.country is None, found


@pytest.mark.parametrize(("text", "noun"), ACROSS)
def test_a_country_across_an_attribution_is_taken_with_the_rule_off(
    layer_off: Any, text: str, noun: str
) -> None:
    layer = layer_off(text, [SAME_SIDE], "2023-05-01")
    found = _at(layer, text, noun)
    assert found is not None and found.country == "BLR", found


def test_a_country_on_the_same_side_is_still_taken(layer_off: Any) -> None:
    # session 20: actors.agent.sentence_country_other_side (tests/actors/test_s20_other_side.py)
    # withholds Belarus, the object of the officials' own act; with it off, same_side
    # still leaves the same-side country to the officials
    text = "Regional officials in the capital blamed Belarus for the blackout, a witness said."
    layer = layer_off(text, ["actors.agent.sentence_country_other_side"], "2023-05-01")
    found = _at(layer, text, "officials")
    assert found is not None and found.country == "BLR", found


# ---------------------------------------------------------------- a backer is not the owner

BACKER = "actors.agent.supporter_names_no_sentence_country"
BACKED = "Iranian-backed gunmen blocked the bridge near the village."


def test_a_backer_names_no_country_for_the_backed_agent(layer_of: Any) -> None:
    layer, _ = layer_of(BACKED, "2023-05-01")
    found = _at(layer, BACKED, "gunmen")
    assert found is None or found.country != "IRN", found


def test_a_backer_gives_its_country_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(BACKED, [BACKER], "2023-05-01")
    found = _at(layer, BACKED, "gunmen")
    assert found is not None and found.country == "IRN", found
