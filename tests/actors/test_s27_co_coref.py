"""Coreference that gave relations and events the wrong actor (issue 14, session 27 CO):
a bare surname after the full name of another person who shares it, and 'it' for a body
when a thing came between. Sentences written for these tests; each rule has a test with the
rule off that fails the other way. (Session 27's binding rule ``object_not_coargument`` and
session 31's ``object_not_named_coargument`` were removed in session 40, engineer CX:
``actors.coref.chains_binding`` binds under the whole-chain resolver.)"""

from __future__ import annotations

from typing import Any

import pytest

from .test_real_news_actors import _at

# ---------------------------------------------------------------- a surname after a full name

LATEST_FULL = "actors.names.surname_latest_full"
NAMESAKES = (
    "Hillary Clinton spoke in Ohio. Clinton said the economy was strong. A woman who has "
    "accused Bill Clinton of misconduct said on Tuesday that Clinton had called her."
)
SUBJECT_BEFORE = (
    "Hillary Clinton spoke in Ohio. Clinton said the economy was strong. Bill Clinton "
    "campaigned in Iowa on Tuesday. Clinton told the crowd that the race was close."
)


@pytest.mark.parametrize("text", [NAMESAKES, SUBJECT_BEFORE])
def test_a_surname_is_the_namesake_just_named_in_full(layer_of: Any, text: str) -> None:
    layer, _ = layer_of(text, "2016-10-10")
    found = _at(layer, text, "Clinton", 3)
    assert found is not None and found.name == "Bill Clinton", found


@pytest.mark.parametrize("text", [NAMESAKES, SUBJECT_BEFORE])
def test_the_surname_is_the_most_named_with_the_rule_off(layer_off: Any, text: str) -> None:
    layer = layer_off(text, [LATEST_FULL], date="2016-10-10")
    found = _at(layer, text, "Clinton", 3)
    assert found is not None and found.name == "Hillary Clinton", found


def test_a_full_name_further_back_leaves_the_count_to_decide(layer_of: Any) -> None:
    # Bill Clinton is named in an appositive two sentences back: the most named stays
    text = (
        "Hillary Clinton accused Donald Trump of lying. Clinton said he owed voters an "
        "apology. Her husband, former President Bill Clinton, watched from the audience. "
        "Trump left early. Clinton then turned to the economy."
    )
    layer, _ = layer_of(text, "2016-10-10")
    found = _at(layer, text, "Clinton then", 0)
    assert found is not None and found.name == "Hillary Clinton", found


# ---------------------------------------------------------------- 'it' for a thing

IT_THING = "actors.coref.it_thing"
THING = (
    "The Republican Party met on Monday. The report was released later. "
    "It blamed the media for the loss."
)


def test_it_after_a_thing_subject_is_no_body(layer_of: Any) -> None:
    layer, _ = layer_of(THING, "2016-10-10")
    assert _at(layer, THING, "It") is None


def test_it_is_the_last_body_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(THING, [IT_THING], date="2016-10-10")
    found = _at(layer, THING, "It")
    assert found is not None and found.name == "Republican Party", found


@pytest.mark.parametrize(
    "text",
    [
        "The European Union said on Monday that it would impose sanctions on Russia.",
        # what 'it' said is no antecedent of 'it'
        "The European Union rejected the plan. The proposal, it said, was unacceptable.",
        # a group noun is no thing
        "The European Union met on Monday. The committee was divided. It issued a statement.",
    ],
)
def test_it_stays_the_body_with_no_thing_between(layer_of: Any, text: str) -> None:
    layer, _ = layer_of(text, "2016-10-10")
    found = _at(layer, text, "it" if " it " in text else "It")
    assert found is not None and found.name == "European Union", found


# ---------------------------------------------------------------- an unnamed person

INDEFINITE = "actors.coref.indefinite_person"
COMMANDED = "actors.coref.chains_name_commanded"
UNNAMED = [
    (
        "Hillary Clinton spoke in Ohio. A woman who has accused Bill Clinton of misconduct "
        "said that Bill Clinton was trying to strike up a date with her.",
        "her",
        "Hillary Clinton",
    ),
    ("Donald Trump spoke in Ohio. A Republican senator said he would vote for Trump.", "he",
     "Donald Trump"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pronoun", "off"), UNNAMED)
def test_a_pronoun_for_an_unnamed_person_names_no_actor(
    layer_of: Any, text: str, pronoun: str, off: str
) -> None:
    layer, _ = layer_of(text, "2016-10-10")
    assert _at(layer, text, pronoun) is None


@pytest.mark.parametrize(("text", "pronoun", "off"), UNNAMED)
def test_the_pronoun_is_a_named_person_with_the_rules_off(
    layer_off: Any, text: str, pronoun: str, off: str
) -> None:
    # session 38: "he would vote for Trump" is not Trump by binding condition C either
    layer = layer_off(text, [INDEFINITE, COMMANDED], date="2016-10-10")
    found = _at(layer, text, pronoun)
    assert found is not None and found.name == off, found


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump spoke in Ohio. The billionaire said he would win.",  # definite: may be him
        "Donald Trump spoke in Ohio. A supporter who met him said the speech was great.",
        "Donald Trump spoke in Ohio. A reporter asked him about taxes.",  # its own clause
    ],
)
def test_a_definite_or_bound_person_noun_leaves_the_pronoun_to_the_named(
    layer_of: Any, text: str
) -> None:
    layer, _ = layer_of(text, "2016-10-10")
    pronoun = "he" if " he " in text else "him"
    assert _at(layer, text, pronoun).name == "Donald Trump"


@pytest.mark.parametrize(
    "text",
    [
        # 'its' owning people is a body's; a thing owned by the body keeps it salient
        "The European Union met on Monday. The decision was delayed. Its members disagreed.",
        "The European Union's report tells a different story. Its authors blame Russia.",
    ],
)
def test_its_people_or_an_owned_thing_keep_the_body(layer_of: Any, text: str) -> None:
    layer, _ = layer_of(text, "2016-10-10")
    found = _at(layer, text, "Its")
    assert found is not None and found.name == "European Union", found


def test_an_indefinite_subject_named_by_its_appositive_is_that_person(
    layer_of: Any, layer_off: Any
) -> None:
    text = (
        "Paul Manafort was hired. A former congressman, Mark Siljander, pleaded guilty in "
        "2010 for his work with a charity."
    )
    layer, _ = layer_of(text, "2016-10-10")
    assert _at(layer, text, "his").name == "Mark Siljander"
    chains = "actors.coref.entity_chains"  # on since session 31: it names "his" on its own
    off = _at(layer_off(text, [INDEFINITE, chains], date="2016-10-10"), text, "his")
    assert off is None or off.name != "Mark Siljander"
