"""Session 42 (engineer PS): a yielding act's target from the talks it follows (issue 12).
Sentences written for these tests; each case runs with its rule switched on (it ships off)
and also with it off.

``events.args.talks_counterpart_target``: "called off the strike after deliberations with
the government": a CONCEDE or RETREAT with no target yields to the "with" party of the
talks ("after"/"following"/"during" a noun of talks) it follows; the act's own side is
never that party, and talks of another kind of act give it no target.
"""

from __future__ import annotations

import pytest
from party_runner import derived_pipelines, parties  # same folder

RULE = "events.args.talks_counterpart_target"


@pytest.fixture(scope="module")
def events(analyzer):
    get = derived_pipelines(analyzer)

    def run(text: str, off: tuple[str, ...] = ()):
        # the rule ships off (session 42 lead): each case switches it on, then off
        analysis = get(off, (RULE,)).analyze(text, date="2010-01-01")
        return [parties(analysis, e) for e in analysis.events]

    return run


def _of_type(found, kind: str):
    return [f for f in found if f[0] == kind]


def test_strike_called_off_after_deliberations(events):
    text = (
        "The Kenyan teachers' union said it had called off a strike after deliberations "
        "with the Kenyan government."
    )
    on = _of_type(events(text), "CONCEDE")
    assert on and on[0][2] == ["Kenyan government"]
    off = _of_type(events(text, (RULE,)), "CONCEDE")
    assert off and off[0][2] == []


def test_withdrawal_following_negotiations(events):
    text = "Rebel fighters withdrew from the town following negotiations with Ugandan officials."
    on = _of_type(events(text), "RETREAT")
    assert on and on[0][2] == ["Ugandan officials"]
    off = _of_type(events(text, (RULE,)), "RETREAT")
    assert off and off[0][2] == []


def test_talks_with_own_members_give_no_target(events):
    text = "The union called off the strike after a meeting with its members."
    for found in _of_type(events(text), "CONCEDE"):
        assert found[2] == []


def test_no_yielding_act_no_target_from_talks(events):
    # a criticism after talks is aimed where its own words say: the rule reads nothing here
    text = "Peru criticised Chile's fishing policy after talks with Bolivia."
    found = events(text)
    assert found and found == events(text, (RULE,))
    assert all("Bolivia" not in f[2] for f in found)


def test_the_talks_nouns_are_wordnet_s() -> None:
    from stancemap.datafiles import words_by_kind
    from stancemap.events import talks_counterparts_import as imp

    shipped = words_by_kind(imp.FILE, ("noun", "type", "prep"))
    assert {"deliberation", "negotiation", "talks", "mediation"} <= shipped["noun"]
    assert "interview" not in shipped["noun"]  # its first sense is no exchange of views
    if (imp.WORDNET / "data.noun").exists():
        assert set(imp.talks_nouns(imp.WORDNET)) == shipped["noun"]
