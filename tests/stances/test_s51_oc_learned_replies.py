"""Session 51 OC: two speakers' opposite claims on one matter (issue 14).

``stances.claims.learned_same_key``: a learned claim meets another speaker's opposite claim on
the very same claim key within ``[stances] bridge_sentences`` sentences, however many speakers
the text quotes (``two_claimants`` alone needs exactly two claimants in the whole text).

``stances.claims.weak_reply``: a quote sentence the claim model signs below its threshold is a
claim only where it answers another speaker's sure opposite claim (one key nearby, or the only
two claimants in adjacent sentences, counting it).

Passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

LEARNED = "stances.claims.learned_polarity"
SAME_KEY = "stances.claims.learned_same_key"
WEAK = "stances.claims.weak_reply"
MINE = (SAME_KEY, WEAK)

ROAD = "Transport Minister Lena Varga said the new toll road had cut journey times across the province."
SCHOOL = " Union leader Maria Ruiz said the school reform was a disaster for teachers."
FAILURE = " Opposition leader Tomas Berg said the toll road was a costly failure."
ASIDE = " The city council met on Monday to discuss the schedule."
# the model leans negative here, below its threshold: a weak claim
NOISIER = " Opposition leader Tomas Berg said the road had made the valley noisier than before."
# a weak lean of the same sign as the minister's sure claim: no reply to it
PAYING = " Opposition leader Tomas Berg said drivers were paying more than ever to reach the city."
HOSPITAL = (
    " Opposition leader Tomas Berg said the new hospital had made the valley noisier than before."
)

VARGA_BERG = frozenset({"Lena Varga", "Tomas Berg"})


def _pipeline(analyzer, *enable: str):  # type: ignore[no-untyped-def]
    # the rules not named are stated off, so these tests hold whether they ship on or off
    off = [rule for rule in MINE if rule not in enable]
    return Pipeline(with_rules(enable=[LEARNED, *enable], disable=off), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer)


@pytest.fixture(scope="module")
def same_key(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, SAME_KEY)


@pytest.fixture(scope="module")
def weak(analyzer):  # type: ignore[no-untyped-def]
    return _pipeline(analyzer, WEAK)


def _pairs(pipeline, text: str) -> dict[frozenset[str], bool]:  # type: ignore[no-untyped-def]
    """Each related pair of names -> whether the relation is negative."""
    analysis = pipeline.analyze(text)
    names = {a.id: a.name for a in analysis.actors}
    return {frozenset({names[r.a], names[r.b]}): r.score < 0 for r in analysis.relations}


def test_same_key_meets_past_a_third_claimant(off, same_key) -> None:  # type: ignore[no-untyped-def]
    text = ROAD + SCHOOL + FAILURE
    assert VARGA_BERG not in _pairs(off, text)  # three claimants: the learned claim is dropped
    assert _pairs(same_key, text).get(VARGA_BERG) is True


def test_same_key_two_matters_do_not_meet(same_key) -> None:  # type: ignore[no-untyped-def]
    # the road praised, the school reform blamed: three claimants, and no one key for these two
    pairs = _pairs(same_key, ROAD + SCHOOL + FAILURE)
    assert frozenset({"Lena Varga", "Maria Ruiz"}) not in pairs
    assert frozenset({"Maria Ruiz", "Tomas Berg"}) not in pairs


def test_same_key_far_claims_do_not_meet(same_key) -> None:  # type: ignore[no-untyped-def]
    text = ROAD + SCHOOL + ASIDE + ASIDE + FAILURE
    assert VARGA_BERG not in _pairs(same_key, text)


def test_weak_reply_to_a_sure_claim(off, weak) -> None:  # type: ignore[no-untyped-def]
    text = ROAD + NOISIER
    assert VARGA_BERG not in _pairs(off, text)  # the reply is below the model's threshold
    assert _pairs(weak, text).get(VARGA_BERG) is True


def test_weak_lean_of_the_same_sign_is_no_reply(weak) -> None:  # type: ignore[no-untyped-def]
    assert VARGA_BERG not in _pairs(weak, ROAD + PAYING)


def test_weak_reply_far_away_is_none(weak) -> None:  # type: ignore[no-untyped-def]
    assert VARGA_BERG not in _pairs(weak, ROAD + ASIDE + ASIDE + NOISIER)


def test_weak_reply_with_a_third_claimant_between_is_none(weak) -> None:  # type: ignore[no-untyped-def]
    # the passage holds three claimants and the two claims no one key: nothing says who answers
    assert VARGA_BERG not in _pairs(weak, ROAD + SCHOOL + NOISIER)


def test_weak_claims_never_meet_each_other(weak) -> None:  # type: ignore[no-untyped-def]
    text = NOISIER.strip() + HOSPITAL.replace("Tomas Berg", "Lena Varga", 1)
    assert VARGA_BERG not in _pairs(weak, text)


def test_one_speaker_does_not_answer_himself(weak) -> None:  # type: ignore[no-untyped-def]
    # the minister's own weak lean after her sure claim: one side, no pair with anyone
    text = ROAD + NOISIER.replace("Opposition leader Tomas Berg", "Varga")
    assert _pairs(weak, text) == {}


def test_two_speakers_told_in_one_sentence_are_no_reply(weak) -> None:  # type: ignore[no-untyped-def]
    text = ROAD.removesuffix(".") + ", and" + NOISIER.replace(" Opposition", " opposition")
    assert VARGA_BERG not in _pairs(weak, text)


def test_a_spokesman_does_not_answer_his_leader(weak) -> None:  # type: ignore[no-untyped-def]
    # one side (judged_subject.one_side: a spokesperson and his leader) is never opposed
    text = ROAD.replace("Transport Minister Lena Varga", "Russian President Vladimir Putin")
    text += NOISIER.replace("Opposition leader Tomas Berg", "Kremlin spokesman Dmitry Peskov")
    assert _pairs(weak, text) == {}
