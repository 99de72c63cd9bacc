"""Session 45 (engineer SA, issue 14): ``alignment.score.shared_generic_issue_no_pair``.

The narrow form of ``alignment.score.shared_alone_no_pair`` (both ship off; the tests
switch them): a pair whose only evidence is one generic issue both agree on (an issue
label naming no actor and no proposition) is no pair unless each holder states it - its
own words or act, asserted, in a passage of its own. A shared specific target still
relates two actors: a proposition both judge (issue 14), an issue naming an actor.

Records and passages written for these tests (invented people and organisations).
"""

from __future__ import annotations

from typing import Any

from relation_probe import relation_score
from stancemap.alignment.intensity import default_intensity
from stancemap.alignment.scoring import StanceObs, generic_issue, named_issue, score_pairs
from stancemap.config import RuleSettings
from stancemap.rules import RuleSwitches

RULE = "alignment.score.shared_generic_issue_no_pair"
WIDE = "alignment.score.shared_alone_no_pair"
NAMED = "alignment.score.shared_named_issue_no_pair"
PAIR = ("person:a", "person:b")


def _switches(on: bool) -> RuleSwitches:
    """The shipped switches with this rule ``on`` (the wide form off)."""
    shipped = [n for n in RuleSettings().disable if n not in (RULE, WIDE, NAMED)]
    return RuleSwitches(disabled=[*shipped, WIDE, NAMED, *([] if on else [RULE])])


def _obs(actor: str, issue: str, pol: int, start: int, **kw: Any) -> StanceObs:
    ref = f"s{start}{actor[-1]}"
    return StanceObs(
        actor, issue, pol, 0.6, ref, mode=kw.pop("mode", "asserted"), spans=(start,), **kw
    )


def _pair(stances: list[StanceObs], on: bool = True) -> tuple[list[str], list[str]] | None:
    pair = score_pairs(stances, [], default_intensity(), _switches(on)).get(PAIR)
    return (sorted(pair.agree), sorted(pair.disagree)) if pair else None


def test_generic_issue_is_a_label_naming_no_actor_and_no_proposition() -> None:
    assert generic_issue("climate")
    assert generic_issue("topic-candidate")
    assert not generic_issue("recognition:country:XKX")  # names Kosovo
    assert not generic_issue("claim-accord")  # a proposition judged
    assert not generic_issue("alignment:person:z")  # a third party


def test_two_own_statements_in_passages_of_their_own_keep_the_pair() -> None:
    # "A supports the climate fund. B supports the climate fund."
    stances = [_obs("person:a", "climate", 1, 0), _obs("person:b", "climate", 1, 45)]
    assert _pair(stances) == (["climate"], [])


def test_one_passage_read_for_both_is_no_pair() -> None:
    # "politicians and activists are decrying the attacks": one sentence, both holders
    stances = [_obs("person:a", "migration", -1, 0), _obs("person:b", "migration", -1, 0)]
    assert _pair(stances, on=False) == (["migration"], [])
    assert _pair(stances) is None


def test_a_negated_or_future_or_reported_position_is_no_pair() -> None:
    # "A has not endorsed a candidate. B has not endorsed a candidate either."
    negated = [
        _obs("person:a", "topic-candidate", -1, 0, mode="negated"),
        _obs("person:b", "topic-candidate", -1, 50, mode="negated"),
    ]
    assert _pair(negated, on=False) is not None
    assert _pair(negated) is None
    # "B's campaign said she would support the nominee"
    future = [
        _obs("person:a", "topic-nominee", 1, 0),
        _obs("person:b", "topic-nominee", 1, 80, mode="future"),
    ]
    assert _pair(future) is None
    # B's position read from another speaker's words
    reported = [
        _obs("person:a", "climate", 1, 0),
        _obs("person:b", "climate", 1, 80, direct=False),
    ]
    assert _pair(reported) is None


def test_a_specific_target_keeps_the_pair() -> None:
    # a proposition both judge, read from one passage: issue 14's agreement
    claims = [_obs("person:a", "claim-accord", 1, 0), _obs("person:b", "claim-accord", 1, 0)]
    assert _pair(claims) == (["claim-accord"], [])
    # an issue naming an actor
    kosovo = "recognition:country:XKX"
    named = [_obs("person:a", kosovo, -1, 0), _obs("person:b", kosovo, -1, 0)]
    assert _pair(named) == ([kosovo], [])


def test_opposite_positions_stay_a_disagreement() -> None:
    stances = [_obs("person:a", "climate", 1, 0), _obs("person:b", "climate", -1, 0)]
    assert _pair(stances) == ([], ["climate"])


def test_records_without_switches_keep_their_co_stances() -> None:
    stances = [_obs("person:a", "climate", 1, 0), _obs("person:b", "climate", 1, 0)]
    assert PAIR in score_pairs(stances, [], default_intensity())


UNIONS = (
    "The Riverside Teachers Union has not endorsed a candidate. "
    "The Harbor Nurses Association has not endorsed a candidate either."
)
FUND = "Senator Alma Ruiz supports the climate fund. Governor Tom Brandt supports the climate fund."


def test_two_unions_that_endorsed_nobody_are_no_pair(analyzer: Any) -> None:
    on = relation_score(analyzer, UNIONS, "Riverside", "Harbor", enable=[RULE])
    off = relation_score(analyzer, UNIONS, "Riverside", "Harbor", disable=[RULE])
    assert off is not None and off > 0  # the rule off: a shared abstention reads as allies
    assert on is None


def test_two_who_each_support_the_fund_stay_allies(analyzer: Any) -> None:
    on = relation_score(analyzer, FUND, "Ruiz", "Brandt", enable=[RULE])
    assert on is not None and on > 0
    # the wide form drops them: what this rule keeps
    assert relation_score(analyzer, FUND, "Ruiz", "Brandt", enable=[WIDE], disable=[RULE]) is None


def test_an_issue_naming_actors_agreed_alone_falls_with_its_own_rule() -> None:
    # "A backs the recognition of Kosovo. B backs the recognition of Kosovo."
    kosovo = "recognition:country:XKX"
    assert named_issue(kosovo) and not named_issue("climate") and not named_issue("claim-deal")
    # a bare word after the frame is no actor: "support:fishing-quota" names none
    assert not named_issue("support:fishing-quota")
    named = [_obs("person:a", kosovo, 1, 0), _obs("person:b", kosovo, 1, 60)]
    shipped = [n for n in RuleSettings().disable if n not in (RULE, WIDE, NAMED)]
    on = RuleSwitches(disabled=[*shipped, WIDE, RULE])
    assert PAIR not in score_pairs(named, [], default_intensity(), on)
    assert _pair(named) == ([kosovo], [])  # the generic rule alone keeps it
    # opposite positions stay a disagreement; a proposition stays a pair
    apart = [_obs("person:a", kosovo, 1, 0), _obs("person:b", kosovo, -1, 60)]
    assert PAIR in score_pairs(apart, [], default_intensity(), on)
    claims = [_obs("person:a", "claim-deal", 1, 0), _obs("person:b", "claim-deal", 1, 60)]
    assert PAIR in score_pairs(claims, [], default_intensity(), on)
