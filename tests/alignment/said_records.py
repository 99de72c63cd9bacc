"""Records shared by the tests of what is said in an unreal mode (sessions 28 and 29,
engineer QM): three people, one span, a direct quote, the rule switches of a test file."""

from __future__ import annotations

from stancemap.records import Actor, Quote, Span
from stancemap.rules import RuleSwitches

AT = Span(start=0, end=10, text="0123456789")

PEOPLE = [
    Actor(id="person:a", name="A", type="person", country="USA"),
    Actor(id="person:b", name="B", type="person", country="USA"),
    Actor(id="person:c", name="C", type="person", country="USA"),
]


def switches(rules: tuple[str, ...], *on: str) -> RuleSwitches:
    """The shipped rules with ``rules`` off but for ``on`` (session 64: not every rule on
    but ``rules``, so a rule shipped off later changes no test of these)."""
    return RuleSwitches.shipped(on=on, off=[r for r in rules if r not in on])


def quote(qid: str, speaker: str) -> Quote:
    return Quote(id=qid, kind="direct", content=AT, speaker=speaker, confidence=0.9)
