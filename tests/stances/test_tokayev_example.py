"""The acceptance example: Tokayev and Putin, end to end through every stage.

This depends on the actors, quotes and events stages as much as on stances:
it checks what a careful analyst reads out of the article, nothing less.
"""

from __future__ import annotations

import pytest

from stancemap.records import Analysis
from stancemap.stances.issues import parse_issue_id

pytestmark = pytest.mark.slow


def _actor(result: Analysis, surname: str) -> str:
    found = [a for a in result.actors if surname in a.name]
    assert found, f"no actor named like {surname}: {[a.name for a in result.actors]}"
    return max(found, key=lambda a: len(a.mentions)).id


def _positions(result: Analysis, actor: str) -> dict[str, tuple[int, str]]:
    """frame -> (polarity, issue id) of the actor's most confident statement on it."""
    out: dict[str, tuple[int, str, float]] = {}
    for st in result.statements:
        if st.actor != actor:
            continue
        frame = parse_issue_id(st.issue.id)[0]
        if frame not in out or st.confidence > out[frame][2]:
            out[frame] = (st.polarity, st.issue.id, st.confidence)
    return {k: (v[0], v[1]) for k, v in out.items()}


def test_tokayev_and_putin_stand_apart(tokayev: Analysis) -> None:
    tok = _actor(tokayev, "Tokayev")
    putin = _actor(tokayev, "Putin")
    t, p = _positions(tokayev, tok), _positions(tokayev, putin)
    # recognition of the two republics: Tokayev against, Putin (through Russia) for
    assert t["recognition"][0] == -1
    assert p["recognition"][0] == 1
    # the war: Putin for ("forced and necessary"), Tokayev not (fully) for
    assert p["war"][0] == 1 and t["war"][0] == -1
    # the West's economy: Tokayev "solid position", Putin "systematic mistakes"
    assert t["economy"][0] == 1 and p["economy"][0] == -1
    # the same issue ids on both sides, so the relation can list them
    for frame in ("recognition", "war", "economy"):
        assert t[frame][1] == p[frame][1]


def test_their_relation_is_negative_with_the_disagreements_listed(tokayev: Analysis) -> None:
    tok = _actor(tokayev, "Tokayev")
    putin = _actor(tokayev, "Putin")
    (rel,) = [r for r in tokayev.relations if {r.a, r.b} == {tok, putin}]
    assert rel.score < 0
    frames = {parse_issue_id(i)[0] for i in rel.disagree}
    assert {"recognition", "war", "economy"} <= frames
    assert not rel.agree
    assert rel.evidence  # statement and event ids behind the score


def test_their_countries_follow_them(tokayev: Analysis) -> None:
    """Kazakhstan ~ Russia follows its leaders' relation: negative, with evidence words."""
    kaz = next(a.id for a in tokayev.actors if a.type == "country" and a.country == "KAZ")
    rus = next(a.id for a in tokayev.actors if a.type == "country" and a.country == "RUS")
    (rel,) = [r for r in tokayev.relations if {r.a, r.b} == {kaz, rus}]
    assert rel.score < 0
    assert rel.evidence_spans
    for ref in rel.evidence_spans:
        assert ref.span is not None
        assert tokayev.text[ref.span.start : ref.span.end] == ref.span.text


def test_a_country_follows_its_leader_towards_the_other_leader(tokayev: Analysis) -> None:
    """Kazakhstan ~ Putin follows Tokayev ~ Putin (a break), not the aid Putin once sent:
    negative, and the evidence it carries names the leaders' pair with its words."""
    kaz = next(a.id for a in tokayev.actors if a.type == "country" and a.country == "KAZ")
    tok = _actor(tokayev, "Tokayev")
    putin = _actor(tokayev, "Putin")
    (rel,) = [r for r in tokayev.relations if {r.a, r.b} == {kaz, putin}]
    assert rel.score < 0
    leaders = f"leaders:{min(tok, putin)}~{max(tok, putin)}"
    carried = [e for e in rel.evidence_spans if e.via == leaders]
    assert carried and all(e.span is not None and e.span.text for e in carried)
    assert rel.confidence is not None and 0 < rel.confidence < 1


def test_no_relation_without_evidence_and_none_within_one_side(tokayev: Analysis) -> None:
    kinds = {a.id: a for a in tokayev.actors}
    for rel in tokayev.relations:
        assert rel.evidence and rel.evidence_spans
        a, b = kinds.get(rel.a), kinds.get(rel.b)
        if a is not None and b is not None and "country" in (a.type, b.type):
            other = b if a.type == "country" else a
            country = a if a.type == "country" else b
            # a country and its own government people are one side
            assert not (other.sector == "GOV" and other.country == country.country)
