"""Session 19: whose act a judged act noun names (issue 14, ``stances.claims.judged_act``).

``stances.claims.between_owner``: "the talks between A and B had been useful" said by X is
X's position towards A and B (not towards X's own principal). (Session 19's
``stances.claims.event_doer``, "the visit was a disgrace" after "O visited Kyiv", changed nothing
on any set, the blind W5 included, and was removed.) Passages written for these tests.
"""

from __future__ import annotations

import unicodedata

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline

BETWEEN = "stances.claims.between_owner"


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[BETWEEN]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(disable=[BETWEEN]), nlp=analyzer.nlp)


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
