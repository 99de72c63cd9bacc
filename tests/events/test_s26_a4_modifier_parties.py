"""Session 26 (engineer A4, issues 12 and 14): a name that only modifies the head of an
act's argument taken as the act's party, the largest cause of wrong relations on real news.
"Glenn Beck spoke at a rally to protest the Iran nuclear deal" read as a protest against
Iran; "a 26-year-old Berlin man" read as Germany. Passages written for these tests; each
shows the party with the rule off and none with it on (the lead switched both on in session 26).
"""

from __future__ import annotations

from typing import Any

import pytest

from relation_probe import relation_score
from rule_settings import with_rules
from stancemap.datafiles import word_list
from stancemap.events import joint_import
from stancemap.pipeline import Pipeline

JOINT = "events.args.joint_thing_no_party"
CITY = "events.args.city_modifier_no_party"


def _events(
    analyzer: Any, text: str, enable: list[str], disable: tuple[str, ...] = (JOINT, CITY)
) -> list[tuple[str, list[str], list[str]]]:
    """Events with the two rules off (the default here), or with ``enable`` on."""
    settings = with_rules(disable=[r for r in disable if r not in enable], enable=enable)
    analysis = Pipeline(settings, nlp=analyzer.nlp).analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return [
        (e.type, [names[s] for s in e.source], [names[t] for t in e.target])
        for e in analysis.events
    ]


def test_a_protest_of_a_deal_is_no_protest_of_its_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Glenn Beck spoke at a rally to protest the Iran nuclear deal."
    # (R6's document_modifier_no_party also keeps Iran out of the relation: off here too, and
    # since session 30 "deal" is a thing head for thing_modifier_no_party: off too)
    both = [
        JOINT,
        "alignment.relations.document_modifier_no_party",
        "actors.generic.thing_head_frequent_group",
    ]
    assert relation_score(analyzer, text, "Beck", "Iran", disable=both) is not None
    assert relation_score(analyzer, text, "Beck", "Iran") is None


def test_an_attack_on_a_deal_keeps_its_source_and_loses_the_modifier(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Senator Tom Cotton attacked the Iran nuclear deal on Tuesday."
    off = _events(analyzer, text, [])
    on = _events(analyzer, text, [JOINT])
    assert [t for _, _, t in off] == [["Iran"]]
    assert [(s, t) for _, s, t in on] == [(["Tom Cotton"], [])]


def test_an_owned_plan_and_an_act_by_its_modifier_keep_their_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text, party in (
        ("Senator Tom Cotton attacked the Iran nuclear program on Tuesday.", "Iran"),
        ("Senator Tom Cotton criticized US sanctions on Tuesday.", "United States"),
        ("Senator Ted Cruz criticized Obama's immigration plan.", "Barack Obama"),
    ):
        assert [t for _, _, t in _events(analyzer, text, [JOINT])] == [[party]], text


def test_a_city_before_a_person_noun_is_no_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "A 29-year-old Berlin woman received death threats from neo-Nazis."
    assert [t for _, _, t in _events(analyzer, text, [])] == [["Germany"]]
    assert [t for _, _, t in _events(analyzer, text, [CITY])] == [[]]


def test_a_city_deeper_in_the_phrase_is_no_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Police raided the home of a 26-year-old Berlin man on Tuesday."
    assert [t for _, _, t in _events(analyzer, text, [])] == [["Germany"]]
    assert [t for _, _, t in _events(analyzer, text, [CITY])] == [[]]


def test_a_capital_as_subject_and_a_named_body_keep_their_actor(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert _events(analyzer, "Moscow criticized the sanctions.", [CITY])[0][1] == ["Russia"]
    found = _events(analyzer, "Berlin police arrested two Syrian men.", [CITY])
    assert found[0][1] == ["Berlin police"]


def test_the_joint_nouns_are_agreements_deals_and_talks() -> None:
    nouns = word_list("lexicon/joint_thing_nouns.txt")
    assert {"deal", "agreement", "treaty", "pact", "talks"} <= nouns
    # a plan, programme or policy belongs to its modifier; sanctions and mediation are acts
    assert not nouns & {"plan", "program", "policy", "sanction", "mediation", "diplomacy"}


@pytest.mark.skipif(not (joint_import.WORDNET / "data.noun").exists(), reason="no WordNet")
def test_the_importer_reproduces_the_shipped_list() -> None:
    assert set(joint_import.joint_nouns(joint_import.WORDNET)) == word_list(
        "lexicon/joint_thing_nouns.txt"
    )


STAFF = "events.args.unnamed_staff_no_person"


def test_an_unnamed_aide_is_not_the_person_served(analyzer) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "A Clinton aide criticized Donald Trump on Tuesday.",
        "Trump's campaign manager criticized Hillary Clinton on Tuesday.",
    ):
        off = _events(analyzer, text, [])
        on = _events(analyzer, text, [STAFF])
        assert len(off) == 1 and len(off[0][1]) == 1, text
        assert [s for _, s, _ in on] == [[]], text


def test_a_named_aide_a_body_and_a_spokesperson_keep_their_party(analyzer) -> None:  # type: ignore[no-untyped-def]
    named = _events(analyzer, "Clinton aide Huma Abedin criticized Trump on Tuesday.", [STAFF])
    assert [s for _, s, _ in named] == [["Huma Abedin"]]
    body = _events(analyzer, "Kremlin aides criticized Obama on Tuesday.", [STAFF])
    assert [s for _, s, _ in body] == [["Russia"]]
    from stancemap.events.arguments import unnamed_staff

    doc = analyzer.nlp("The Clinton spokesman and a Trump adviser met the campaign manager.")
    heads = {t.lower_: unnamed_staff(t) for t in doc if t.pos_ == "NOUN"}
    assert heads == {"spokesman": False, "adviser": True, "campaign": False, "manager": True}
