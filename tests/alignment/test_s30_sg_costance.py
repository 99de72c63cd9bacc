"""Session 30 (engineer SG, issue 14): when two actors' stances are a stance they share.

- ``alignment.score.co_stance_strong``: two positions towards a third party are a shared
  stance only where both are direct (the holder's own words or act), asserted and unmixed;
- ``alignment.score.co_stance_opposed_apart``: one for a third party and one against it
  are no shared stance (no relation of the two);
- ``alignment.score.shared_issue_asserted``: two positions on one issue are a shared stance
  (agreement or disagreement) only where both are asserted.

Records written for these tests (invented people).
"""

from __future__ import annotations

from typing import Any

from stancemap.alignment.corpus import build_corpus
from stancemap.alignment.intensity import default_intensity
from stancemap.alignment.relations import direct_statement
from stancemap.alignment.scoring import StanceObs, score_pairs
from stancemap.config import RuleSettings
from stancemap.rules import RuleSwitches

STRONG = "alignment.score.co_stance_strong"
OPPOSED = "alignment.score.co_stance_opposed_apart"
ASSERTED = "alignment.score.shared_issue_asserted"
MINE = (STRONG, OPPOSED, ASSERTED)
ZED = "alignment:person:z"  # a position towards a third party, person:z
PAIR = ("person:a", "person:b")


# session 38's rules on pairs resting on one shared stance alone: off, to read these alone
ALONE = (
    "alignment.score.co_target_alone_no_pair",
    "alignment.score.co_opposed_alone_no_pair",
    "alignment.score.shared_alone_no_pair",
    # session 45 SA's narrow forms of it (shipped off)
    "alignment.score.shared_generic_issue_no_pair",
    "alignment.score.shared_named_issue_no_pair",
)


def _switches(*off: str) -> RuleSwitches:
    """The shipped switches with this session's rules on, ``off`` off (and session 38's
    ``ALONE``)."""
    shipped = (n for n in RuleSettings().disable if n not in MINE)
    return RuleSwitches(disabled=[*shipped, *ALONE, *off])


def _pair(stances: list[StanceObs], *off: str) -> tuple[list[str], list[str]] | None:
    pairs = score_pairs(stances, [], default_intensity(), _switches(*off))
    pair = pairs.get(PAIR)
    return (sorted(pair.agree), sorted(pair.disagree)) if pair else None


def _two(
    issue: str = ZED,
    pol: tuple[int, int] = (-1, -1),
    conf: tuple[float, float] = (0.6, 0.6),
    mode: tuple[str | None, str | None] = ("asserted", "asserted"),
    direct: tuple[bool, bool] = (True, True),
) -> list[StanceObs]:
    return [
        StanceObs(actor, issue, p, c, f"s{i}", mode=m, direct=d)
        for i, (actor, p, c, m, d) in enumerate(zip(PAIR, pol, conf, mode, direct, strict=True))
    ]


def test_two_who_both_denounce_a_third_share_that_stance() -> None:
    # "Coffman denounced Z's remarks; Graham said Z's jabs were unacceptable"
    both = _two()
    assert _pair(both) == ([ZED], []) == _pair(both, STRONG) == _pair(both, OPPOSED)


def test_an_unreal_stance_towards_a_third_is_no_shared_stance() -> None:
    # "the delegates are unlikely to favor Z" beside "I might vote for Z"
    for mode in ("hypothetical", "conditional", "negated", "future", "historical", "question"):
        stances = _two(pol=(1, 1), mode=("asserted", mode))
        assert _pair(stances) is None
        assert _pair(stances, STRONG) == ([ZED], [])


def test_a_stance_told_by_another_is_no_shared_stance() -> None:
    # "Military Times found Republicans favored Z" (the paper's finding) beside "troops backed Z"
    stances = _two(pol=(1, 1), direct=(False, True))
    assert _pair(stances) is None
    assert _pair(stances, STRONG) == ([ZED], [])


def test_one_for_and_one_against_a_third_are_no_pair() -> None:
    # "Ryan is not ready to support Z" beside "Priebus works with Z": no relation of the two
    stances = _two(pol=(1, -1))
    assert _pair(stances) is None
    assert _pair(stances, OPPOSED) == ([], [ZED])
    assert _pair(stances, STRONG) is None  # each rule alone drops what it reads


def test_a_mixed_stance_towards_a_third_is_no_shared_stance() -> None:
    weak = _two(conf=(0.2, 0.8))  # confidence is no test: "X endorsed Z" read from an event
    assert _pair(weak) == ([ZED], [])
    mixed = [*_two(), StanceObs("person:a", ZED, 1, 0.4, "s9")]  # a for and against Z
    assert _pair(mixed) is None and _pair(mixed, STRONG) == ([ZED], [])


def test_an_issue_shared_needs_two_real_positions() -> None:
    # "last year, police reported attacks" beside "she would support it", told by another
    unreal = _two(issue="topic-war", mode=("historical", "future"), direct=(True, False))
    assert _pair(unreal) is None
    assert _pair(unreal, ASSERTED) == (["topic-war"], [])
    # the third-party rules leave issues alone, the issue rule third parties
    assert _pair(unreal, ASSERTED) == _pair(unreal, ASSERTED, STRONG, OPPOSED)
    # a negated position is one ("will not recognise"), and so is one's own future
    own = _two(issue="recognition", pol=(-1, 1), mode=("negated", "future"))
    assert _pair(own) == ([], ["recognition"])
    unreal = _two(mode=("asserted", "future"))
    assert _pair(unreal, STRONG) == ([ZED], [])


def test_opposing_claims_on_an_issue_stay_a_disagreement() -> None:
    # opposite positions on one issue are the disagreement issue 14 asks for
    stances = _two(issue="ceasefire", pol=(1, -1), conf=(0.2, 0.8))
    assert _pair(stances) == ([], ["ceasefire"]) == _pair(stances, ASSERTED)
    unread = _two(issue="ceasefire", pol=(1, -1), mode=(None, "asserted"))  # no clause read
    assert _pair(unread) == ([], ["ceasefire"])


def test_a_direct_statement_is_its_holders_own() -> None:
    speakers = {"q1": ("person:a", None), "q2": ("person:c", None), "q3": ("person:s", "person:a")}
    doers = {"e1": ("person:a", "person:b"), "e2": ("person:c",)}
    assert direct_statement("person:a", [], speakers, doers)  # read from her own sentence
    assert direct_statement("person:a", ["q1", "e1"], speakers, doers)
    assert direct_statement("person:a", ["q3"], speakers, doers)  # her spokesperson
    assert not direct_statement("person:a", ["q2"], speakers, doers)  # another's words
    assert not direct_statement("person:a", ["q1", "e2"], speakers, doers)  # another's act


def _document() -> dict[str, Any]:
    text = "Pollsters found voters favored Z. Ann Lee backs Z."
    return {
        "schema": "stancemap/analysis-v1",
        "document": {"id": "d1", "date": "2016-03-01"},
        "text": text,
        "actors": [
            {"id": "person:a", "name": "Ann Lee", "type": "person"},
            {"id": "org:poll", "name": "Pollsters", "type": "organization"},
            {"id": "person:z", "name": "Zed Moe", "type": "person"},
        ],
        "quotes": [
            {"id": "q1", "speaker": "org:poll", "speaks_for": None},
            {"id": "q2", "speaker": "person:a", "speaks_for": None},
        ],
        "events": [],
        "statements": [
            {
                "id": f"s{i}",
                "actor": actor,
                "issue": {"id": ZED, "label": "alignment with Zed Moe"},
                "polarity": 1,
                "confidence": 0.6,
                "evidence": [quote],
                "mode": "asserted",
            }
            for i, (actor, quote) in enumerate([("person:voters", "q1"), ("person:a", "q2")])
        ],
    }


def test_the_corpus_knows_whose_words_a_statement_rests_on() -> None:
    corpus = build_corpus([("d1", _document())], switches=_switches())
    direct = {s.actor: (s.obs().direct, s.obs().mode) for s in corpus.statements}
    assert direct == {"person:voters": (False, "asserted"), "person:a": (True, "asserted")}


def test_a_corpus_window_keeps_its_co_stances() -> None:
    # applied per monthly window the rules added false shifts on the PolNeAR controls
    stances = _two(pol=(1, -1), mode=("asserted", "negated"), direct=(False, True))
    pairs = score_pairs(stances, [], default_intensity(), _switches(), in_document=False)
    assert sorted(pairs[PAIR].disagree) == [ZED]
