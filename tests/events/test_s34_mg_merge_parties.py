"""Session 34 (engineer MG): a merged event keeps each mention's parties
(``events.merge.party_named_in_own_sentence``, ``events/merge.py``): a later mention fills
a role the first lacks only with a party the first mention's own sentence names; else the
two are two acts, each its own event with its own sentence as evidence. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner

from stancemap.events.merge import merge_events
from stancemap.events.parts import Coded

NAMED = "events.merge.party_named_in_own_sentence"


@pytest.fixture(scope="module")
def runner(analyzer):
    # the rule ships off (session 34 lead): these tests switch it on to see it
    return StageRunner(analyzer, on=(NAMED,))


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # one doer, two acts of one type: the second names someone, the first names no one
        (
            "Novak criticized the new tax plan. Later Novak criticized Haddad over the budget.",
            "criticized",
            "ACCUSE",
        ),
        (
            "Novak argued that the system gives too much power to elites. Novak also argued "
            "that Haddad could not win without the elites.",
            "argued",
            "ACCUSE",
        ),
        (
            "Novak praised the new tax plan. Novak praised Haddad for the plan.",
            "praised",
            "SUPPORT",
        ),
    ],
)
def test_a_party_the_first_sentence_does_not_name_is_not_lent(runner, text, word, kind):
    merged = [e for e in runner.on(text, word, (NAMED,)) if e.type == kind]
    assert [e.target for e in merged] == [["p:Haddad"]]  # the old reading: the first took it
    assert len(merged[0].mentions) == 1
    assert "Haddad" not in merged[0].evidence.text  # ... with a sentence that never names him
    split = [e for e in runner.on(text, word) if e.type == kind]
    assert [e.target for e in split] == [[], ["p:Haddad"]]
    assert all(e.source == ["p:Novak"] for e in split)
    assert all(e.mentions == [] for e in split)
    # each event's evidence is its own sentence, and the one with Haddad names him
    assert "Haddad" in split[1].evidence.text
    assert "Haddad" not in split[0].evidence.text


def test_a_later_mention_naming_no_more_still_merges(runner):
    text = "Novak criticized Haddad over the budget. Later Novak criticized Haddad again."
    found = [e for e in runner.events(text) if e.type == "ACCUSE"]
    assert [(e.source, e.target, len(e.mentions)) for e in found] == [
        (["p:Novak"], ["p:Haddad"], 1)
    ]


# merge_events itself, with coded predications built by hand: sentence 1 is [0, 100),
# sentence 2 is [100, 200); ``named`` says which actors each sentence names.


def _coded(start: int, source: list[str], target: list[str]) -> Coded:
    sentence = (0, 100) if start < 100 else (100, 200)
    return Coded(
        trigger=(start, start + 5),
        type="ACCUSE",
        cameo="111",
        source=source,
        target=target,
        modality=None,
        subtype=None,
        context=[],
        date=None,
        location=None,
        evidence=sentence,
        reported_by=None,
        confidence=0.6,
    )


def _named(by_sentence: dict[int, set[str]]):
    return lambda bounds: by_sentence[bounds[0]]


@pytest.mark.parametrize(
    ("first", "later", "named_first", "events"),
    [
        # the first sentence names the target its role finder missed ("will meet with him"):
        # one event, the target filled
        ((["a"], []), (["a"], ["b"]), {"a", "b"}, [(["a"], ["b"], 1)]),
        # it does not: two acts of one doer
        ((["a"], []), (["a"], ["b"]), {"a"}, [(["a"], [], 0), (["a"], ["b"], 0)]),
        # the same for a source the first lacks
        (([], ["b"]), (["a"], ["b"]), {"b"}, [([], ["b"], 0), (["a"], ["b"], 0)]),
        (([], ["b"]), (["a"], ["b"]), {"a", "b"}, [(["a"], ["b"], 1)]),
        # a later mention lending nothing merges whatever the first sentence names
        ((["a"], ["b"]), (["a"], []), set(), [(["a"], ["b"], 1)]),
    ],
)
def test_merge_lends_only_a_party_the_first_sentence_names(first, later, named_first, events):
    coded = [_coded(10, *first), _coded(110, *later)]
    named = _named({0: named_first, 100: set(later[0]) | set(later[1])})
    merged = merge_events(coded, named_in=named)
    assert [(e.source, e.target, len(e.mentions)) for e in merged] == events


def test_without_the_rule_the_first_takes_the_later_party():
    coded = [_coded(10, ["a"], []), _coded(110, ["a"], ["b"])]
    merged = merge_events(coded)
    assert [(e.source, e.target, e.evidence) for e in merged] == [(["a"], ["b"], (0, 100))]


def test_a_split_mention_can_still_merge_with_a_later_repeat():
    # "A criticized the plan. A criticized B. A criticized B again.": the second and third
    # are one event, the first stays alone
    coded = [_coded(10, ["a"], []), _coded(110, ["a"], ["b"]), _coded(150, ["a"], ["b"])]
    named = _named({0: {"a"}, 100: {"a", "b"}})
    merged = merge_events(coded, named_in=named)
    assert [(e.trigger[0], e.target, e.mentions) for e in merged] == [
        (10, [], []),
        (110, ["b"], [(150, 155)]),
    ]
