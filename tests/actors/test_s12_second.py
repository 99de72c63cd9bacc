"""Actor misreads of real news, second round (issues 12/14, session 12, engineer C2): a
person's name modifying a noun of people against that person ("Obama opponents") and a
headline "X v. Y" that NER tags as one person. Sentences written for these tests; each
rule has a test with the rule off that fails the other way."""

from __future__ import annotations

from typing import Any

import pytest

from .test_real_news_actors import _at

# ---------------------------------------------------------------- people against a person

OPPONENTS = "actors.names.opponents"
AGAINST = [
    ("The governor hopes to win over Obama opponents in rural counties.", "Obama opponents"),
    ("Putin's critics marched through the city on Sunday.", "Putin's critics"),
    ("A Merkel rival said the budget would fail.", "Merkel rival"),
    ("Erdogan's enemies were blamed for the unrest.", "Erdogan's enemies"),
]


@pytest.mark.parametrize(("text", "surface"), AGAINST)
def test_people_against_a_person_are_a_group_not_the_person(
    layer_of: Any, text: str, surface: str
) -> None:
    layer, _ = layer_of(text, "2016-06-01")
    found = _at(layer, text, surface)
    assert found is not None and found.type == "group", found
    assert not found.id.startswith("person:"), found
    assert " of " in (found.role or ""), found


@pytest.mark.parametrize(("text", "surface"), AGAINST[:2])
def test_people_against_a_person_are_the_person_with_the_rule_off(
    layer_off: Any, text: str, surface: str
) -> None:
    layer = layer_off(text, [OPPONENTS], "2016-06-01")
    name = surface.split()[0].removesuffix("'s")
    found = _at(layer, text, name)
    assert found is not None and found.type == "person", found


def test_a_critic_titling_a_name_is_left_to_that_name(layer_of: Any) -> None:
    text = "Putin critic Alexei Navalny said the vote was rigged."
    layer, _ = layer_of(text, "2020-06-01")
    found = _at(layer, text, "Alexei Navalny")
    assert found is not None and found.type == "person", found
    assert not any(a.type == "group" and "critic" in a.name for a in layer.actors.values()), (
        layer.actors
    )


def test_followers_stay_followers(layer_of: Any) -> None:
    text = "The speaker was booed by Sanders supporters at the convention."
    layer, _ = layer_of(text, "2016-07-25")
    found = _at(layer, text, "Sanders supporters")
    assert found is not None and found.type == "group", found


def test_the_opponent_nouns_come_from_wordnet() -> None:
    from stancemap.actors.namesakes import FOLLOWER_NOUNS, OPPONENT_NOUNS

    assert {"opponent", "critic", "rival", "detractor", "adversary", "enemy", "foe"} <= set(
        OPPONENT_NOUNS
    )
    # mostly acts or relations, or champions (rival.n.01's hyponyms), or followers
    assert not {"opposition", "competition", "opposite", "champion", "favorite"} & set(
        OPPONENT_NOUNS
    )
    assert not set(FOLLOWER_NOUNS) & set(OPPONENT_NOUNS)


def test_the_importer_reproduces_the_shipped_list() -> None:
    from stancemap.actors import opponents_import
    from stancemap.actors.namesakes import OPPONENT_NOUNS

    if not (opponents_import.WORDNET / "data.noun").exists():
        pytest.skip("no WordNet (Debian package wordnet-base)")
    assert set(opponents_import.opponent_nouns(opponents_import.WORDNET)) == OPPONENT_NOUNS


# ---------------------------------------------------------------- "X v. Y" headlines

CONTEST = "actors.names.contest_split"
HEADLINES = [
    ("Lula v. Milei: no handshake at the Mercosur summit", "Lula", "Milei"),
    ("Macron vs. Meloni: the row over migrants deepens", "Macron", "Meloni"),
]


@pytest.mark.parametrize(("text", "left", "right"), HEADLINES)
def test_a_contest_between_two_names_is_two_people(
    layer_of: Any, text: str, left: str, right: str
) -> None:
    layer, _ = layer_of(text, "2024-03-01")
    one, other = _at(layer, text, left), _at(layer, text, right)
    assert one is not None and other is not None and one.id != other.id, (one, other)
    assert one.type == other.type == "person", (one, other)
    assert not any(" v" in a.name.lower() for a in layer.actors.values() if a.type == "person")


def test_a_contest_headline_is_one_person_with_the_rule_off(layer_off: Any) -> None:
    text, left, right = HEADLINES[0]
    layer = layer_off(text, [CONTEST])
    one, other = _at(layer, text, left), _at(layer, text, right)
    assert one is not None and one == other, (one, other)


def test_contest_sides_need_capitalised_words(analyzer: Any) -> None:
    from spacy.tokens import Span

    from stancemap.actors.candidates import _contest_sides

    doc = analyzer.nlp("Smith vs. Jones was the big fight.")
    whole = Span(doc, 0, 3, label="PERSON")
    assert [s.text for s in _contest_sides(whole)] == ["Smith", "Jones"]
    lower = analyzer.nlp("Smith vs. the rest was the big fight.")
    assert [s.text for s in _contest_sides(Span(lower, 0, 4, label="PERSON"))] == [
        "Smith vs. the rest"
    ]
    assert [s.text for s in _contest_sides(Span(doc, 0, 3, label="ORG"))] == ["Smith vs. Jones"]


# ---------------------------------------------------------------- people against a body

BODIES = "actors.names.opponents_of_bodies"
AGAINST_BODIES = [
    ("Kremlin critics were detained in Moscow on Saturday.", "Kremlin critics"),
    ("Russia's enemies want to divide the country, the minister said.", "Russia's enemies"),
]


@pytest.mark.parametrize(("text", "surface"), AGAINST_BODIES)
def test_people_against_a_body_are_a_group_of_no_country(
    layer_of: Any, text: str, surface: str
) -> None:
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, surface)
    assert found is not None and found.type == "group" and found.country is None, found


@pytest.mark.parametrize(("text", "surface"), AGAINST_BODIES)
def test_people_against_a_body_are_the_body_with_the_rule_off(
    layer_off: Any, text: str, surface: str
) -> None:
    layer = layer_off(text, [BODIES])
    found = _at(layer, text, surface.split()[0].removesuffix("'s"))
    assert found is not None and found.type == "country", found
