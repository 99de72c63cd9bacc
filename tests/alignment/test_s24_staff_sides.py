"""Session 24 (S): staff are one side with whom they serve (``alignment.sides.staff_of``;
ties read by ``actors.affiliation`` from the title's syntax); an official's tie to an
organisation is recorded but makes no side (``official_of`` was removed, session 24 K).
Invented people and bodies."""

from __future__ import annotations

import pytest

from stancemap.alignment import relate_document
from stancemap.records import Actor, Affiliation, Issue, Span, Statement
from stancemap.rules import RuleSwitches

STAFF = "alignment.sides.staff_of"
TEXT = (
    "Tom Keller, the campaign manager of Ellen Brandt, said Brandt was wrong on trade. "
    "Ann Ruiz, chairwoman of the Unity League, said the league was wrong too. "
    "Bo Lind, a leader of the Unity League, said Ruiz was wrong."
)


def _at(words: str) -> Span:
    start = TEXT.index(words)
    return Span(start=start, end=start + len(words), text=words)


def _person(pid: str, name: str, ties: list[Affiliation] | None = None) -> Actor:
    return Actor(id=pid, name=name, type="person", mentions=[_at(name)], affiliations=ties or [])


ACTORS = [
    _person("keller", "Tom Keller",
            [Affiliation(actor="brandt", kind="staff", span=_at("campaign manager of Ellen Brandt"))]),
    _person("brandt", "Ellen Brandt"),
    _person("ruiz", "Ann Ruiz",
            [Affiliation(actor="league", kind="official", span=_at("chairwoman of the Unity League"))]),
    _person("lind", "Bo Lind",
            [Affiliation(actor="league", kind="official", span=_at("leader of the Unity League"))]),
    Actor(id="league", name="Unity League", type="organization", mentions=[_at("Unity League")]),
]  # fmt: skip


def _said(sid: str, actor: str, target: str, words: str) -> Statement:
    return Statement(id=sid, actor=actor, issue=Issue(id=f"alignment:{target}", label=target),
                     polarity=-1, evidence=[], confidence=0.8, text=_at(words),
                     target=target, target_kind="actor")  # fmt: skip


STATEMENTS = [
    _said("s1", "keller", "brandt", "said Brandt was wrong on trade"),
    _said("s2", "ruiz", "league", "said the league was wrong too"),
    _said("s3", "lind", "ruiz", "said Ruiz was wrong"),
]


def _switches(off: tuple[str, ...]) -> RuleSwitches:
    """The shipped rules with STAFF on but where ``off`` names it (session 64: not every
    rule on but ``off``)."""
    return RuleSwitches.shipped(on=[r for r in (STAFF,) if r not in off], off=off)


def _pairs(off: tuple[str, ...]) -> set[frozenset[str]]:
    rels = relate_document(STATEMENTS, [], actors=ACTORS, quotes=[],
                           switches=_switches(off))  # fmt: skip
    return {frozenset((r.a, r.b)) for r in rels}


def test_staff_and_principal_are_one_side() -> None:
    assert frozenset(("keller", "brandt")) in _pairs((STAFF,))
    assert frozenset(("keller", "brandt")) not in _pairs(())


def test_an_official_and_the_organisation_keep_their_relation() -> None:
    # an official's tie is recorded, but no rule makes the two one side
    assert frozenset(("ruiz", "league")) in _pairs(())


def test_two_officials_of_one_organisation_keep_their_relation() -> None:
    # a party's or a league's leaders can be opposed: only staff of one principal pool
    assert frozenset(("lind", "ruiz")) in _pairs(())


CASES = [
    (
        "Senator Ellen Brandt arrived in Iowa. Brandt campaign manager Tom Keller said the "
        "race was close.",
        "Tom Keller",
        "Ellen Brandt",
    ),
    (
        "Senator Ellen Brandt arrived in Iowa. Her campaign manager, Tom Keller, said the "
        "race was close.",
        "Tom Keller",
        "Ellen Brandt",
    ),
    (
        "Senator Ellen Brandt arrived in Iowa. Tom Keller, a senior adviser to Brandt, said "
        "the race was close.",
        "Tom Keller",
        "Ellen Brandt",
    ),
    (
        "Senator Ellen Brandt arrived in Iowa. Tom Keller, a spokesman for the Brandt "
        "campaign, said the race was close.",
        "Tom Keller",
        "Ellen Brandt",
    ),
]


@pytest.mark.parametrize(("text", "person", "principal"), CASES)
def test_the_title_ties_the_person_to_the_principal(analyzer, text, person, principal) -> None:  # type: ignore[no-untyped-def]
    result = analyzer.analyze_text(text, doc_id="s24-staff")
    ids = {a.name: a.id for a in result.actors}
    held = {t.actor for a in result.actors if a.name == person for t in a.affiliations}
    assert ids[principal] in held


def test_a_former_adviser_is_tied_to_no_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ("Senator Ellen Brandt arrived in Iowa. Tom Keller, a former adviser to Brandt, "
            "said she would lose.")  # fmt: skip
    result = analyzer.analyze_text(text, doc_id="s24-former")
    assert all(not a.affiliations for a in result.actors if a.name == "Tom Keller")


def test_party_members_are_not_tied(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = ("Republican Senator Ellen Brandt attacked Republican Governor Tom Keller on "
            "Monday, calling his tax plan a disaster.")  # fmt: skip
    result = analyzer.analyze_text(text, doc_id="s24-party")
    assert all(not a.affiliations for a in result.actors)
