"""Session 19: whose act a judged act noun names (issue 14, ``stances.claims.judged_act``).

``stances.claims.between_owner``: "the talks between A and B had been useful" said by X is
X's position towards A and B (not towards X's own principal). ``stances.claims.event_doer``:
"the visit was a disgrace" said by X after "O visited Kyiv" is X's position towards O, the
doer of the earlier event coded on the same word or its verb. Passages written for these
tests.
"""

from __future__ import annotations

import unicodedata

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

BETWEEN = "stances.claims.between_owner"
DOER = "stances.claims.event_doer"


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[BETWEEN, DOER]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[BETWEEN, DOER]), nlp=analyzer.nlp)


def _plain(name: str) -> str:
    """The name without accents (the knowledge base writes "Vučić")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _towards(pipeline: Pipeline, text: str) -> dict[tuple[str, str], int]:
    """(holder name, actor name) -> polarity of the statements that target an actor."""
    analysis = pipeline.analyze(text)
    names = {a.id: _plain(a.name) for a in analysis.actors}
    return {
        (names[s.actor], names[s.target]): s.polarity
        for s in analysis.statements
        if s.target in names
    }


TALKS = (
    "Chilean Foreign Minister Alberto van Klaveren said on Tuesday that the talks between"
    " Argentine President Javier Milei and Brazilian President Luiz Inacio Lula da Silva"
    " had been very helpful."
)


def test_talks_between_two_leaders_judged_by_a_third(on, off) -> None:  # type: ignore[no-untyped-def]
    found = _towards(on, TALKS)
    targets = {b for (a, b), pol in found.items() if a == "Alberto van Klaveren" and pol > 0}
    assert "Javier Milei" in targets and any("Lula" in name for name in targets)
    assert not any(a == "Alberto van Klaveren" for a, _ in _towards(off, TALKS))


VISIT = (
    "Serbian President Aleksandar Vucic travelled to Minsk and visited a tractor plant on"
    " Monday. Lithuanian Foreign Minister Gabrielius Landsbergis said the visit was shameful."
)


def test_the_visit_is_the_visitors_act(on, off) -> None:  # type: ignore[no-untyped-def]
    assert _towards(on, VISIT).get(("Gabrielius Landsbergis", "Aleksandar Vucic")) == -1
    assert ("Gabrielius Landsbergis", "Aleksandar Vucic") not in _towards(off, VISIT)


MODIFIED = (
    "Serbian President Aleksandar Vucic visited a tractor plant in Minsk on Monday."
    " Lithuanian Foreign Minister Gabrielius Landsbergis said the earlier visit by German"
    " officials was useful."
)


def test_a_modified_act_noun_is_not_the_earlier_event(on) -> None:  # type: ignore[no-untyped-def]
    assert ("Gabrielius Landsbergis", "Aleksandar Vucic") not in _towards(on, MODIFIED)
