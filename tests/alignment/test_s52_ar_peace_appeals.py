"""Session 52 (AR, issue 14): ``alignment.relations.peace_appeal_no_sign`` (ships off).

A request whose content is an appeal to make peace (talks, a ceasefire, mediation: the
words of CAMEO's appeals to de-escalate, negotiate, settle, accept mediation) gives its pairs
no sign; other requests and demands keep theirs. Each test reads the rule on and off.
Sentences and records written for these tests.
"""

from __future__ import annotations

from functools import lru_cache

from rule_pairs import pair_scores
from rule_settings import with_rules
from stancemap.alignment.peace_appeals import content_words, peace_appeals
from stancemap.alignment.peace_import import peace_words, read_rows
from stancemap.datafiles import word_list
from stancemap.pipeline import Analyzer
from stancemap.records import Event, Span

RULE = "alignment.relations.peace_appeal_no_sign"
JOINT = "alignment.relations.joint_peace_appeal_no_sign"


@lru_cache(maxsize=4)
def _analyzer(rule: str, on: bool) -> Analyzer:
    """``rule`` on or off, with the other form of the rule off whatever the shipped list
    says (the broad form fires wherever the joint one does)."""
    other = JOINT if rule == RULE else RULE
    if on:
        return Analyzer(with_rules(enable=[rule], disable=[other]))
    return Analyzer(with_rules(disable=[rule, other]))


def pairs(text: str, on: bool, rule: str = RULE) -> dict[frozenset[str], float]:
    return pair_scores(_analyzer(rule, on), text, "s52ar-p", "2016-05-02")


def test_a_joint_appeal_for_talks_signs_no_pair() -> None:
    text = (
        "France and Germany called on Armenia and Azerbaijan to hold talks and end the "
        "fighting over the disputed region."
    )
    off, on = pairs(text, False), pairs(text, True)
    assert off[frozenset(("France", "Armenia"))] < 0  # the appeal read as opposition
    assert off[frozenset(("Germany", "Azerbaijan"))] < 0
    assert not {p for p in on if p & {"France", "Germany"}}
    assert pairs(text, False, JOINT) == off  # the narrow form: two addressees, it fires too
    assert not {p for p in pairs(text, True, JOINT) if p & {"France", "Germany"}}


def test_an_appeal_for_a_ceasefire_to_one_party_signs_no_pair() -> None:
    text = "Japan urged Russia to agree to a ceasefire in the region."
    assert pairs(text, False)[frozenset(("Japan", "Russia"))] < 0
    assert frozenset(("Japan", "Russia")) not in pairs(text, True)
    # the narrow form reads an appeal to one party as the request it is
    assert pairs(text, True, JOINT) == pairs(text, False, JOINT) == pairs(text, False)


def test_other_requests_keep_their_sign() -> None:
    for text, pair in (
        ("Britain called on Iran to release the detained sailors.", ("Iran", "United Kingdom")),
        ("Canada urged Venezuela to hold free elections.", ("Canada", "Venezuela")),
        ("Germany demanded that Turkey hand over the two suspects.", ("Germany", "Turkey")),
    ):
        assert pairs(text, True)[frozenset(pair)] < 0, text
        assert pairs(text, True) == pairs(text, False)


def _event(
    eid: str,
    kind: str,
    text: str,
    trigger: str,
    cameo: str | None = "020",
    target: tuple[str, ...] = ("b", "c"),
) -> Event:
    at = text.index(trigger)
    return Event(
        id=eid,
        type=kind,
        cameo=cameo,
        trigger=Span(start=10 + at, end=10 + at + len(trigger), text=trigger),
        source=["a"],
        target=list(target),
        confidence=0.8,
        evidence=Span(start=10, end=10 + len(text), text=text),
    )


def test_peace_appeals_read_the_content_in_the_clause_after_the_trigger() -> None:
    talks = "The envoy urged both sides to resume negotiations at once."
    events = [
        _event("e1", "REQUEST", talks, "urged"),  # "negotiations": a plural of the data's word
        _event("e2", "DEMAND", talks, "urged"),  # a demand keeps its sign
        _event("e3", "REQUEST", talks, "urged", cameo="0241"),  # a hostile request code
        _event("e4", "REQUEST", "Talks failed; the envoy urged them to resign.", "urged"),
        _event("e5", "REQUEST", "The envoy urged them to agree a cease-fire.", "urged"),
    ]
    assert peace_appeals(events) == {"e1", "e5"}
    assert content_words(events[3]) == ["them", "to", "resign"]
    one = _event("e6", "REQUEST", talks, "urged", target=("b",))
    with_source = _event("e7", "REQUEST", talks, "urged", target=("a", "b"))
    assert peace_appeals([*events, one, with_source]) == {"e1", "e5", "e6", "e7"}
    assert peace_appeals([*events, one, with_source], joint=True) == {"e1", "e5"}


def test_the_shipped_words_are_the_importers_and_leave_out_words_of_stopping() -> None:
    words = peace_words(read_rows())
    assert sorted(word_list("stances/peace_appeal_words.txt")) == sorted(words)
    assert {"ceasefire", "dialogue", "mediation", "talks"} <= set(words)
    assert not {"end", "halt", "support", "war", "withdrawal", "restraint"} & set(words)


def test_the_importer_keeps_words_of_the_peace_process_only() -> None:
    rows = [
        ["call", "V", "event", "026", "prep:for=parley|matter"],
        ["hold", "V", "event", "046", "obj=parley"],
        ["discuss", "V", "event", "111", "obj=matter"],
        ["discuss", "V", "event", "112", "obj=matter"],
        ["call", "V", "event", "0256", "prep:for=end"],
    ]
    assert peace_words(rows) == ["parley"]
