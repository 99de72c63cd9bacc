"""Recall and sense of session 7: light-verb and object rows of triggers.tsv ("reached a
truce", "offered an apology", "expressed support", "banned imports", "dismissed the
ruling", "spoke by telephone", "was received by", "massed tanks") and a preposition with
its own object that is no particle of a dictionary phrasal verb ("were tied in the polls").

Sentences were written for these tests; actors are fixed by hand (as in test_recall_forms).
"""

from __future__ import annotations

import pytest
from test_recall_forms import _layer, _on

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.events.matching import HYPHENATED_NOUNS, PREPOSITION_NO_PARTICLE, hyphenated_keys
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

ACTORS = {
    "Egypt": "EGY",
    "Israel": "ISR",
    "Hamas": "PSE",
    "Germany": "DEU",
    "Greece": "GRC",
    "China": "CHN",
    "Japanese": "JPN",
    "Serbia": "SRB",
    "France": "FRA",
    "Russia": "RUS",
    "Jordan": "JOR",
    "Pakistani": "PAK",
    "African Union": None,
    "Mali": "MLI",
}


@pytest.fixture(scope="module")
def code(analyzer):
    def run(text: str, disable: tuple[str, ...] = ()):
        settings = Settings()
        if disable:
            settings = rule_settings.with_rules(settings, disable=disable)
        stage = EventStage(settings) if disable else analyzer.events
        document = make_document(text, doc_id="t", date="2012-05-04", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stage(doc, document, _layer(text, ACTORS), [])

    return run


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Israel and Hamas reached a truce after a week of fighting.", "reached", "AGREE"),
        ("Egypt gave its consent to the deployment of foreign troops.", "consent", "AGREE"),
        ("Germany offered an apology to Greece for the massacre.", "offered", "SUPPORT"),
        ("The African Union expressed support for the government of Mali.", "expressed", "SUPPORT"),
        ("China banned imports of Japanese seafood.", "banned", "SANCTION"),
        ("Serbia dismissed the tribunal's ruling as biased.", "dismissed", "REJECT"),
        ("The president of France spoke by telephone with Russia's leader.", "spoke", "CONSULT"),
        (
            "The foreign minister of Egypt was received by the king of Jordan.",
            "received",
            "CONSULT",
        ),
        ("The Pakistani army massed tanks along the frontier.", "massed", "MOBILIZE"),
    ],
)
def test_light_verb_and_object_rows(code, text, word, expected):
    assert [e.type for e in _on(code(text), word)] == [expected]


def test_an_offer_of_something_else_stays_an_intent(code):
    offered = _on(code("Germany offered Greece a loan of ten billion euros."), "offered")
    assert [e.type for e in offered] != ["SUPPORT"]


def test_a_preposition_with_its_object_is_no_particle(code):
    text = "The two candidates were tied in the polls a week before the vote."
    assert not [e for e in code(text) if e.type == "COOPERATE"]
    # the switch is what makes the difference: off, the phrasal verb "tie in" codes 060
    # (the contest rule, which also reads "in the polls" as a standing, is off too)
    # (and session 26's contest_arena, which reads "in the polls" as an arena)
    both = (PREPOSITION_NO_PARTICLE, "events.sense.contest_standing", "events.sense.contest_arena")
    assert [e.type for e in code(text, both)] == ["COOPERATE"]


def test_a_hyphenated_noun_is_looked_up_whole(code, analyzer):
    doc = analyzer.nlp("Tibetan monks held a sit-in outside the office.")
    head = [t for t in doc if t.lower_ == "in" and t.pos_ == "NOUN"]
    assert head, [t.pos_ for t in doc]
    assert hyphenated_keys(head[0]) == ["sit-in", "sitin"]
    assert hyphenated_keys(doc[1]) == []  # "monks": no hyphen
    text = "Opposition lawmakers from Serbia staged a walk-out from parliament."
    assert [e.type for e in _on(code(text), "walk")] == ["PROTEST"]
    assert not _on(code(text, (HYPHENATED_NOUNS,)), "walk")
