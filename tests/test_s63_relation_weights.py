"""Session 63 (RW, issue 14): direct evidence and co-stances on one scale (rule shipped
off). Sentences written for these tests."""

from __future__ import annotations

from rule_pairs import pairs_of
from rule_settings import switches, with_rules
from stancemap.alignment.intensity import default_intensity
from stancemap.alignment.scoring import EventObs, StanceObs, score_pairs
from stancemap.config import Settings
from stancemap.pipeline import Analyzer

DIRECT = "alignment.score.direct_evidence_weight"
DATE = "2005-02-10"

CRITICS = (
    "Caroline Lucas criticised Gordon Brown on Monday. Caroline Lucas condemned the "
    "Conservatives over their tax plans. Gordon Brown also condemned the Conservatives "
    "over their tax plans."
)
LUCAS_BROWN = frozenset(("Caroline Lucas", "Gordon Brown"))
JOHNSON_KEN = frozenset(("Boris Johnson", "Ken Livingstone"))


def _pairs(text: str, enable: list[str]) -> dict[frozenset[str], float]:
    analyzer = Analyzer(with_rules(enable=enable))
    return pairs_of(analyzer.analyze_text(text, doc_id="s63rw", date=DATE))


def test_the_rule_ships_off() -> None:
    assert DIRECT in set(Settings().rules.disable)


def test_an_accusation_between_the_two_outweighs_a_shared_critic_of_a_third() -> None:
    off = _pairs(CRITICS, [])
    on = _pairs(CRITICS, [DIRECT])
    assert off[LUCAS_BROWN] > 0  # the co-critics of the Tories read as allies
    assert on[LUCAS_BROWN] < 0
    # the pairs with the third party keep their sign
    for name in ("Caroline Lucas", "Gordon Brown"):
        key = frozenset((name, "Conservative Party"))
        assert off[key] < 0 and on[key] < 0


def test_a_request_keeps_its_weak_sign_beside_praise() -> None:
    """A neutral type is no signed act: it keeps intensity / 10 and does not outweigh
    praise."""
    text = (
        "Boris Johnson urged Ken Livingstone to stand firm on Monday. Boris Johnson "
        "praised Ken Livingstone."
    )
    assert _pairs(text, [DIRECT])[JOHNSON_KEN] > 0
    alone = "Boris Johnson urged Ken Livingstone to stand firm on Monday."
    assert _pairs(alone, [DIRECT])[JOHNSON_KEN] == _pairs(alone, [])[JOHNSON_KEN]


def _stance(actor: str, issue: str, polarity: int, ref: str) -> StanceObs:
    return StanceObs(actor, issue, polarity, 0.8, ref)


def test_a_co_stance_shrinks_with_its_holders() -> None:
    """Four critics of one party: each co-stance pair weighs a third of a pair of two, so
    one accusation between two of them signs that pair."""
    third = "alignment:party:con"
    stances = [_stance(x, third, -1, f"s{i}") for i, x in enumerate("abcd")]
    acc = [EventObs("ACCUSE", ("a",), ("b",), 0.3, "e1")]
    on = score_pairs(stances, acc, default_intensity(), switches(enable=[DIRECT]))
    off = score_pairs(stances, acc, default_intensity(), switches())
    assert off[("a", "b")].score > 0
    assert on[("a", "b")].score < 0
    assert on[("c", "d")].score == 1.0  # the co-stance alone keeps its sign
    shared = [o for o in on[("c", "d")].observations if o.shared]
    assert abs(shared[0].weight - 0.8 * 0.25 / 3) < 1e-9


def test_a_historical_position_weighs_less_under_the_rule() -> None:
    towards = "alignment:person:b"
    stances = [
        StanceObs("person:a", towards, 1, 0.8, "s1", mode="historical"),
        StanceObs("person:a", towards, -1, 0.6, "s2"),
    ]
    on = score_pairs(stances, [], default_intensity(), switches(enable=[DIRECT]))
    # pooled into one position (mean of the two signs by confidence), its weight scaled
    # by the mean mode factor: (0.3 + 1.0) / 2
    obs = on[("person:a", "person:b")].observations[0]
    assert abs(obs.weight - 0.7 * 0.65) < 1e-9
    off = score_pairs(stances, [], default_intensity(), switches())
    assert abs(off[("person:a", "person:b")].observations[0].weight - 0.7) < 1e-9


def test_without_switches_the_old_weights_hold() -> None:
    acc = [EventObs("ACCUSE", ("a",), ("b",), 0.8, "e1")]
    assert score_pairs([], acc, default_intensity())[("a", "b")].score == -0.3
    on = score_pairs([], acc, default_intensity(), switches(enable=[DIRECT]))
    assert on[("a", "b")].score == -1.0
