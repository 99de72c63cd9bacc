"""Session 38 (engineer PG, issue 14): a pair that rests only on one shared stance.

A pair whose only evidence is one shared stance - two actors' positions towards one third
party, or on one issue - is no pair, by kind (each rule alone; a second shared target or
issue, or evidence of another kind between the two, keeps any pair):
- ``alignment.score.co_target_alone_no_pair`` (on): both for the third party;
- ``alignment.score.co_opposed_alone_no_pair`` (on): one for and one against it;
- both against it: a pair still (session 40 CV removed ``co_critics_alone_no_pair``, which
  lost right relations on the blind checks);
- ``alignment.score.shared_alone_no_pair`` (off): one issue both agree on (opposite positions
  on one issue stay a disagreement).

The tests switch each rule as they need. Records written for these tests (invented people).
"""

from __future__ import annotations

from stancemap.alignment.intensity import default_intensity
from stancemap.alignment.scoring import EventObs, StanceObs, congruence_alone, score_pairs
from stancemap.config import RuleSettings
from stancemap.rules import RuleSwitches

ALONE = "alignment.score.co_target_alone_no_pair"
OPPOSED = "alignment.score.co_opposed_alone_no_pair"
SHARED = "alignment.score.shared_alone_no_pair"
MINE = (ALONE, OPPOSED, SHARED)
ZED = "alignment:person:z"  # a position towards a third party, person:z
YOU = "alignment:person:y"
PAIR = ("person:a", "person:b")


def _switches(*on: str) -> RuleSwitches:
    """The shipped switches with only ``on`` of this session's rules on."""
    shipped = [n for n in RuleSettings().disable if n not in MINE]
    return RuleSwitches(disabled=[*shipped, *(n for n in MINE if n not in on)])


def _pair(
    stances: list[StanceObs], events: list[EventObs] | None = None, *on: str
) -> tuple[list[str], list[str], int] | None:
    pairs = score_pairs(stances, events or [], default_intensity(), _switches(*on))
    pair = pairs.get(PAIR)
    return (sorted(pair.agree), sorted(pair.disagree), len(pair.observations)) if pair else None


def _both(
    issue: str = ZED, pol: int = -1, first: int = 0, other: int | None = None
) -> list[StanceObs]:
    """A's and B's positions on ``issue``: ``pol`` both, or A ``pol`` and B ``other``."""
    signs = (pol, pol if other is None else other)
    return [
        StanceObs(actor, issue, sign, 0.6, f"s{first + i}", mode="asserted")
        for i, (actor, sign) in enumerate(zip(PAIR, signs, strict=True))
    ]


def test_the_shipped_states() -> None:
    off = set(RuleSettings().disable)
    assert SHARED in off and ALONE not in off and OPPOSED not in off


def test_two_endorsers_of_one_third_party_are_no_pair() -> None:
    # "the union endorsed Z" ... "the teachers wanted to endorse Z": each relates to Z
    both = _both(pol=1)
    assert _pair(both) == ([ZED], [], 1)  # the rules off: a shared stance
    assert _pair(both, None, ALONE) is None
    # the two stay related to Z
    pairs = score_pairs(both, [], default_intensity(), _switches(ALONE))
    assert ("person:a", "person:z") in pairs and ("person:b", "person:z") in pairs


def test_one_for_and_one_against_one_third_party_are_no_pair() -> None:
    # "A: God bless Z" beside "B questioned Z's commitment"
    apart = _both(pol=1, other=-1)
    assert _pair(apart) == ([], [ZED], 1) == _pair(apart, None, ALONE, SHARED)
    assert _pair(apart, None, OPPOSED) is None
    assert _pair(_both(pol=-1, other=1), None, OPPOSED) is None  # either way round


def test_two_critics_of_one_third_party_stay_a_pair() -> None:
    # "A rebuked Z" ... "B said Z's jabs were unacceptable"
    assert _pair(_both(), None, *MINE) == ([ZED], [], 1)


def test_two_shared_targets_keep_the_pair() -> None:
    # "A and B attacked Z" and, elsewhere, both praised Y: a congruence on two targets
    stances = [*_both(pol=1), *_both(YOU, -1, first=2)]
    assert _pair(stances, None, *MINE) == ([YOU, ZED], [], 2)


def test_evidence_of_another_kind_keeps_the_pair() -> None:
    # beside the shared criticism of Z, A met B: an event between the two
    met = EventObs("CONSULT", ("person:a",), ("person:b",), 0.8, "e1")
    assert _pair(_both(pol=1), [met], ALONE) == ([ZED], [], 2)
    # or A praised B: a position of one towards the other
    praise = StanceObs("person:a", "alignment:person:b", 1, 0.7, "s9", mode="asserted")
    kept = _pair([*_both(pol=1), praise], None, *MINE)
    assert kept is not None and ZED in kept[0]


def test_one_issue_agreed_alone_falls_only_with_its_rule() -> None:
    # "A backs the ceasefire" ... "B backs the ceasefire": an issue, not a third party
    stances = _both("ceasefire", 1)
    assert _pair(stances, None, ALONE, OPPOSED) == (["ceasefire"], [], 1)
    assert _pair(stances, None, SHARED) is None
    # opposite positions on one issue stay the disagreement issue 14 asks for
    apart = _both("ceasefire", 1, other=-1)
    assert _pair(apart, None, *MINE) == ([], ["ceasefire"], 1)
    # an issue and a third party: two shared keys, the pair stays under every rule
    mixed = [*_both("ceasefire", 1), *_both(pol=1, first=2)]
    assert _pair(mixed, None, *MINE) == ([ZED, "ceasefire"], [], 2)


def test_a_corpus_window_keeps_its_shared_stances() -> None:
    # the rules read one document's relations; a corpus window pools many documents
    pairs = score_pairs(_both(pol=1), [], default_intensity(), _switches(ALONE), in_document=False)
    assert PAIR in pairs


def test_congruence_alone_names_what_the_pair_rests_on() -> None:
    def kind(stances: list[StanceObs]) -> str | None:
        return congruence_alone(score_pairs(stances, [], default_intensity(), _switches())[PAIR])

    assert kind(_both(pol=1)) == "endorsers"
    assert kind(_both()) == "critics"
    assert kind(_both(pol=1, other=-1)) == "opposed"
    assert kind(_both("ceasefire", 1)) == "agreed"
    assert kind(_both("ceasefire", -1, other=1)) == "disputed"
    assert kind([*_both(pol=1), *_both(YOU, 1, first=2)]) is None


def test_records_scored_without_switches_keep_their_co_stances() -> None:
    # hand-built records (no rule switches passed) read every co-stance, as before
    pairs = score_pairs(_both("ceasefire", 1), [], default_intensity())
    assert PAIR in pairs
