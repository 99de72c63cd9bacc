"""A pronoun in a clause under another takes the subjects of the clauses above first
(session 34 CO, ``actors.coref.chains_clauses_above_first``): "Dole said that Quist had
misled her" - binding forbids Quist, and the sentence offers Dole, the clause above's
subject, before any other subject. Sentences written for these tests, with people the KB
does not know (their genders come from their first names); each case is also run with the
rule off, where the chain ranks the latest subject of the sentence first."""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings

from .test_real_news_actors import _at

ABOVE = "actors.coref.chains_clauses_above_first"


@pytest.fixture(scope="module")
def layer_rules(analyzer: Any) -> Any:
    """The actors stage under the shipped rules with ``disable`` switched off and the
    rule of this file on."""
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def run(text: str, disable: tuple[str, ...] = ()) -> Any:
        # the rule ships off (session 34 lead): switched on unless this run switches it off
        enable = () if ABOVE in disable else (ABOVE,)
        on = analyzer.derive(rule_settings.with_rules(disable=disable, enable=enable))
        doc = next(parse_documents(on.nlp, [text], on.settings.nlp))
        return on.actors(doc, make_document(text, date="2016-10-10"))

    return run


def _name(layer: Any, text: str, surface: str) -> str | None:
    actor = _at(layer, text, surface)
    return actor.name if actor is not None else None


WOMEN = "Karen Dole met Tom Brandt and Anna Quist in Ohio on Monday. "
MEN = "Tom Brandt met Mark Ellis and Chris Quist in Ohio on Monday. "

# (text, pronoun, the person with the rule on, the person with it off)
CASES = [
    # an object pronoun bound in its own clause: off, the chain's Quist is bound away -> no one
    (WOMEN + "Dole said that Quist had misled her.", "her", "Karen Dole", None),
    (WOMEN + "Dole smiled when Quist thanked her.", "her", "Karen Dole", None),
    (MEN + "Brandt said that Quist had misled him.", "him", "Tom Brandt", None),
    # a conjoined verb shares its clause's place: the clause above is still said's
    (WOMEN + "Dole said that Quist lied and insulted her.", "her", "Karen Dole", "Anna Quist"),
    # a preposition's object on the verb's object noun: the verb's argument (off: Quist)
    (
        MEN + "Brandt said Quist had made false claims about him.",
        "him",
        "Tom Brandt",
        "Chris Quist",
    ),
    # a subject pronoun: the subject of its own clause's head, not the adverbial clause's
    (
        MEN + "Brandt, after Ellis attacked Quist, said he would resign.",
        "he",
        "Tom Brandt",
        "Mark Ellis",
    ),
]


@pytest.mark.parametrize(("text", "surface", "on", "off"), CASES)
def test_the_clause_above_comes_first(
    layer_rules: Any, text: str, surface: str, on: str, off: str | None
) -> None:
    assert _name(layer_rules(text), text, surface) == on
    assert _name(layer_rules(text, (ABOVE,)), text, surface) == off


# a clause above whose subject is a thing offers the thing's possessor (the writer's
# "Quist's letter": Quist wrote it), before the subject of the clause above that
POSSESSOR = WOMEN + "Dole said that Quist's letter asking voters to back her was a fraud."


def test_the_possessor_of_a_thing_subject_above_is_offered(layer_rules: Any) -> None:
    assert _name(layer_rules(POSSESSOR), POSSESSOR, "her") == "Anna Quist"


# an adjunct's object on the verb may be its own subject's: the rule offers nothing
ADJUNCT = MEN + "Brandt said that Quist had brought his son with him."


def test_an_adjunct_object_is_left_to_the_chain(layer_rules: Any) -> None:
    assert _name(layer_rules(ADJUNCT), ADJUNCT, "him") == _name(
        layer_rules(ADJUNCT, (ABOVE,)), ADJUNCT, "him"
    )


# a possessive is left to its own clause's subject, which binding does not forbid
POSSESSIVE = WOMEN + "Dole said that Quist had lost her seat."


def test_a_possessive_keeps_its_own_clause_subject(layer_rules: Any) -> None:
    assert _name(layer_rules(POSSESSIVE), POSSESSIVE, "her") == "Anna Quist"


# the clause above names a man: "her" does not take him, the chain goes on as before
MAN_ABOVE = WOMEN + "Brandt said that Quist had praised her."


def test_a_clause_above_of_the_other_gender_is_passed_over(layer_rules: Any) -> None:
    assert _name(layer_rules(MAN_ABOVE), MAN_ABOVE, "her") != "Tom Brandt"
