"""A shadow minister is the opposition's spokesperson, not the government (session 52, lead).

``actors.roles.shadow_opposition``: in Westminster systems the opposition names a
"shadow" minister for each ministry; read as a minister (sector GOV) he was one side with
the government he attacks, and the relation was dropped. Sentences written for these
tests."""

from __future__ import annotations

from typing import Any

from .rule_twins import twin_fixtures

RULE = "actors.roles.shadow_opposition"
SHADOW = (
    "Shadow Health Minister Dana Whitlock says the Government has failed the nation's hospitals."
)
MINISTER = (
    "Health Minister Dana Whitlock says the Government has not failed the nation's hospitals."
)


on, off = twin_fixtures(RULE)


def _person(analysis: Any, name: str) -> Any:
    return next(a for a in analysis.actors if a.name == name)


def test_shadow_minister_is_opposition(on: Any, off: Any) -> None:
    assert _person(on.analyze(SHADOW, date="2023-03-01"), "Dana Whitlock").sector == "OPP"
    assert _person(off.analyze(SHADOW, date="2023-03-01"), "Dana Whitlock").sector == "GOV"


def test_minister_stays_government(on: Any) -> None:
    assert _person(on.analyze(MINISTER, date="2023-03-01"), "Dana Whitlock").sector == "GOV"


ATTACK = (
    "Australian Shadow Health Minister Dana Whitlock accused the Australian Government "
    "of neglecting hospitals."
)


def _opposed(analysis: Any) -> set[frozenset[str]]:
    names = {a.id: a.name for a in analysis.actors}
    return {frozenset((names[r.a], names[r.b])) for r in analysis.relations if r.score < 0}


def test_shadow_minister_opposes_the_government(on: Any, off: Any) -> None:
    pair = frozenset(("Dana Whitlock", "Australian Government"))
    assert pair in _opposed(on.analyze(ATTACK, date="2023-03-01"))
    # off: a minister of the state, one side with its government - no relation
    assert pair not in _opposed(off.analyze(ATTACK, date="2023-03-01"))
