"""Session 9 trigger and type rules (issue 12): which word carries the act, read from the
parse. A part of what the object names ("captured part of a stronghold") is read through
to the noun inside. Sentences written for these tests; actors fixed by hand with
test_coder.build_layer. Each rule is also switched off, so the test shows what the rule
does."""

from __future__ import annotations

import pytest
from test_coder import build_layer

from stancemap.config import RuleSettings, Settings
from stancemap.events.matching import PARTITIVE_OBJECTS, partitive_words
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

DEFAULT_OFF = tuple(RuleSettings().disable)


@pytest.fixture(scope="module")
def code(analyzer):
    stages: dict[tuple[str | None, str | None], EventStage] = {}

    def run(
        text: str, actors: dict[str, str | None], off: str | None = None, on: str | None = None
    ):
        """Events of ``text`` under the shipped switches, with ``off`` switched off and
        ``on`` (a rule off by default) switched on."""
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        if (off, on) not in stages:
            disable = [r for r in DEFAULT_OFF if r != on] + ([off] if off else [])
            stages[off, on] = EventStage(Settings.model_validate({"rules": {"disable": disable}}))
        return stages[off, on](doc, document, build_layer(text, actors), [])

    return run


@pytest.mark.parametrize(
    "text",
    [
        "Burmese troops captured part of a rebel stronghold near the border.",
        "The rebels have captured part of the city after days of fighting.",
    ],
)
def test_a_part_of_a_place_taken_is_no_idiom_of_taking_part(code, text):
    # the CAMEO dictionary's "take part" (030, AGREE) reaches "capture"
    # through the synonym set of "take"; the stronghold is what was taken
    types = {e.type for e in code(text, {})}
    assert "AGREE" not in types
    assert types & {"COERCE", "ASSAULT"}
    off = {e.type for e in code(text, {}, off=PARTITIVE_OBJECTS)}
    assert "AGREE" in off


def test_taking_part_in_talks_is_unchanged(code):
    # no "of" complement: the idiom stays (an intent to cooperate in the dictionary)
    text = "Iran took part in the talks in Geneva."
    assert {e.type for e in code(text, {"Iran": "IRN"})} == {
        e.type for e in code(text, {"Iran": "IRN"}, off=PARTITIVE_OBJECTS)
    }
    assert "part" in partitive_words() and "control" not in partitive_words()
