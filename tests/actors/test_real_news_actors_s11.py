"""Actor misreads a new user met on real news (issues 12/14, session 11): a town NER
reads as a person, the confidence of a title's nationality word, a possessive
pronoun's nominal. Sentences written for these tests; each rule also has a test with
the rule off that fails the other way."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest


def _at(layer: Any, text: str, surface: str, nth: int = 0) -> Any:
    match = list(re.finditer(rf"\b{re.escape(surface)}\b", text))[nth]
    actor_id = layer.actor_at(match.start(), match.end())
    return layer.actor(actor_id) if actor_id else None


@pytest.fixture(scope="module")
def layer_off(analyzer: Any) -> Callable[..., Any]:
    """The actors stage with some rules switched off."""
    from stancemap.config import load_settings
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    def run(text: str, rules: list[str], date: str | None = "2024-03-01") -> Any:
        settings = load_settings()
        disable = [*settings.rules.disable, *rules]
        off = analyzer.derive(
            settings.model_copy(
                update={"rules": settings.rules.model_copy(update={"disable": disable})}
            )
        )
        doc = next(parse_documents(off.nlp, [text], off.settings.nlp))
        return off.actors(doc, make_document(text, date=date))

    return run


# ---------------------------------------------------------------- a town's other spelling

TOWNS = [
    # GeoNames spells it "Khan Yunis"; NER reads "Khan Younis" as a person
    "Israeli tanks shelled Khan Younis on Tuesday, residents said.",
    "Fighting spread to Khan Younis overnight.",
    "Khan Younis was hit by air strikes on Monday.",
]


@pytest.mark.parametrize("text", TOWNS)
def test_a_towns_other_spelling_is_a_place_not_a_person(layer_of: Any, text: str) -> None:
    layer, _ = layer_of(text, "2024-03-01")
    found = _at(layer, text, "Khan Younis")
    assert found is None or (found.type == "location" and found.country == "PSE"), found


def test_a_town_read_as_a_person_with_the_rule_off(layer_off: Any) -> None:
    text = TOWNS[0]
    layer = layer_off(text, ["actors.names.place_spelling"])
    found = _at(layer, text, "Khan Younis")
    assert found is not None and found.type == "person"


def test_a_person_who_speaks_keeps_a_towns_spelling(layer_of: Any) -> None:
    # a name marked as a person (a verb of saying, a title) stays a person
    for text, name in (
        ("Prime Minister Khan Younis said the vote was fair.", "Khan Younis"),
        ("Khan Younis said the border would reopen.", "Khan Younis"),
    ):
        layer, _ = layer_of(text, "2024-03-01")
        found = _at(layer, text, name)
        assert found is not None and found.type == "person", (text, found)


def test_the_gazetteer_reads_variants_only_as_spellings() -> None:
    from stancemap.actors.gazetteer import shipped_gazetteer

    gazetteer = shipped_gazetteer()
    if gazetteer is None:
        pytest.skip("no gazetteer shipped")
    assert gazetteer.get("Khan Younis") is None  # the other readers see no new place
    variant = gazetteer.spelling("Khan Younis")
    assert variant is not None and variant.country == "PSE" and variant.kind == "variant"
    assert gazetteer.spelling("Khan Yunis") is not None
