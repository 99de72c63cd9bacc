"""Session 45 (JS): rule ``stances.claims.judged_subject_defers`` - with
``stances.claims.judged_subject`` on, the learned model reads no clause a narrower stance
rule owns, whether that rule is on or off: the open lexicon signs its verb, object or
predicate word (judged_deed, judged_party, claims.predicate), it acts on another party or a
signed adverb tells how (judged_conduct), it is "has not done enough" (not_done_enough), or
its subject is an owned noun naming no act (judged_act). Sentences written for these tests."""

from __future__ import annotations

import pytest

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

RULE = "stances.claims.judged_subject"
DEFERS = "stances.claims.judged_subject_defers"
NOT_ENOUGH = "stances.campaign.not_done_enough"


def analyzer(*, on: bool, defers: bool = True, off: tuple[str, ...] = ()) -> Analyzer:
    settings = load_settings()
    disable = [r for r in settings.rules.disable if r != RULE] + list(off)
    if not on:
        disable.append(RULE)
    if not defers:
        disable.append(DEFERS)
    rules = settings.rules.model_copy(update={"disable": disable, "enable": []})
    return Analyzer(settings.model_copy(update={"rules": rules}))


ON, OLD, OFF = analyzer(on=True), analyzer(on=True, defers=False), analyzer(on=False)


def pairs(text: str, run: Analyzer) -> dict[frozenset[str], float]:
    result = run.analyze_text(text, doc_id="s45js", date="2016-03-02")
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


CRUZ_RUBIO = frozenset(("Ted Cruz", "Marco Rubio"))


@pytest.mark.parametrize(
    "text",
    [
        # no word of the clause is signed by a lexicon; it is the model's to read
        "Ted Cruz said on Tuesday that Marco Rubio had gone soft on Iran.",
        "Ted Cruz said on Tuesday that Marco Rubio had been in Washington too long.",
    ],
)
def test_a_clause_no_narrower_rule_owns_is_still_read(text: str) -> None:
    assert CRUZ_RUBIO not in pairs(text, OFF)
    assert pairs(text, ON)[CRUZ_RUBIO] < 0


def test_an_outcome_the_lexicon_signs_is_left_to_judged_deed() -> None:
    # "lost" is signed, but it is what befell Rubio: judged_deed deliberately reads no charge
    text = "Ted Cruz said on Tuesday that Marco Rubio lost the primary in Florida."
    assert pairs(text, OLD)[CRUZ_RUBIO] < 0  # the learned model alone reads a charge
    assert CRUZ_RUBIO not in pairs(text, ON)


@pytest.mark.parametrize(
    "text",
    [
        # acts on another party with an adverb of degree, not of manner: judged_conduct's call
        '"Canada hit Mexico hard in the talks," Ann Walker said.',
        # a signed adverb on a verb that acts on no one
        "Ann Walker said Canada badly needs the money.",
    ],
)
def test_how_an_actor_acted_is_left_to_judged_conduct(text: str) -> None:
    pair = frozenset(("Ann Walker", "Canada"))
    assert pairs(text, OLD).get(pair, 0) < 0
    assert pair not in pairs(text, ON)


def test_not_done_enough_is_its_own_rules_even_when_that_rule_is_off() -> None:
    text = '"Hungary has not done enough to stop the smuggling of weapons," Lena Brandt said.'
    pair = frozenset(("Lena Brandt", "Hungary"))
    old = analyzer(on=True, defers=False, off=(NOT_ENOUGH,))
    new = analyzer(on=True, off=(NOT_ENOUGH,))
    assert pairs(text, old).get(pair, 0) < 0
    assert pair not in pairs(text, new)
    assert pairs(text, ON)[pair] < 0  # read by stances.campaign.not_done_enough itself
