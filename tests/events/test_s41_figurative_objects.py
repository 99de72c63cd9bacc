"""Session 41 (FG): force and protest words read by the kinds of their arguments
(events/figurative_objects.py). Each rule is switched on and off on sentences written for
these tests; the actors are the cast of test_sense_pairs (politicians of the GOV sector,
countries, places), so the test measures the sense rules, not the actor linker."""

from __future__ import annotations

import pytest
from test_sense_pairs import FORCE, cast_layer

import rule_settings
from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents

ABSTRACT = "events.sense.abstract_struck_no_force"
STRIVING = "events.sense.striving_no_struck"
MEANS = "events.sense.criticism_means"
POLITICIAN = "events.sense.force_on_politician"
FEELING = "events.sense.feeling_is_no_protest"
NO_PARTY = "events.sense.no_political_party"  # session 55: on; it drops these on its own too
MINE = [ABSTRACT, STRIVING, MEANS, POLITICIAN, FEELING]


@pytest.fixture(scope="module")
def types_on(analyzer):
    """(text, trigger, rules off) -> the event types on the trigger word."""

    def run(
        text: str, trigger: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()
    ) -> list[str]:
        stage = EventStage(Settings())
        stage.coder.tuning.switches = rule_settings.switches(list(off), list(on))
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = stage(doc, document, cast_layer(text), [])
        return [e.type for e in events if trigger in e.trigger.text]

    return run


def test_the_rules_are_registered_and_shipped_as_proposed():
    from stancemap.rules import load_all

    names = load_all().names()
    shipped_off = set(Settings().rules.disable)
    for name in MINE:
        assert name in names
        # criticism_means and force_on_politician ship off (no check gain, session 41)
        assert (name in shipped_off) == (name in (MEANS, POLITICIAN))


def test_a_means_of_words_is_criticism_when_switched_on(types_on):
    # the other rules that read force between speakers as criticism, off: this rule alone
    others = (
        "events.sense.figurative_force",
        "events.sense.political_dispute",
        "events.sense.spoken_attack",
        POLITICIAN,
    )
    text = "The union hit Moreau by accusing her of lying about the budget."
    assert types_on(text, "hit", others, (MEANS,)) == ["ACCUSE"]
    assert "ASSAULT" in types_on(text, "hit", others)  # shipped off: the force code stays


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Many families in the region still struggle to get by.", "struggle"),
    ],
)
def test_striving_strikes_no_one(types_on, text, trigger):
    assert not FORCE & set(types_on(text, trigger))
    assert "ASSAULT" in types_on(text, trigger, (STRIVING, NO_PARTY))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Syrian soldiers are struggling against rebel fighters in Aleppo.", "struggling"),
        ("Rebels fought for control of the town.", "fought"),
        ("Police struggled with protesters in Hong Kong.", "struggled"),
    ],
)
def test_striving_leaves_armed_and_struck_fights(types_on, text, trigger):
    assert "ASSAULT" in types_on(text, trigger)


def test_ads_targeting_a_politician_are_criticism(types_on):
    text = "Television ads targeting Minister Haddad ran all week."
    assert types_on(text, "targeting", on=(POLITICIAN,)) == ["ACCUSE"]
    assert "ASSAULT" in types_on(text, "targeting")  # shipped off


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Novak was targeted by a sniper outside his office.", "targeted"),
        ("Missiles targeting Kharkiv hit a school.", "targeting"),
    ],
)
def test_armed_or_placed_targets_stay_force(types_on, text, trigger):
    assert "ASSAULT" in types_on(text, trigger, on=(POLITICIAN,))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Moreau said she was frustrated by the delays.", "frustrated"),
        ("Haddad said he was deeply disturbed by the report.", "disturbed"),
        ("Novak said the decision bothered him.", "bothered"),
    ],
)
def test_a_feeling_is_no_protest(types_on, text, trigger):
    assert "PROTEST" not in types_on(text, trigger)
    assert "PROTEST" in types_on(text, trigger, (FEELING,))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Thousands of farmers protested in Warsaw against the new tax.", "protested"),
        ("Students demonstrated in Belgrade against the election result.", "demonstrated"),
        ("Thousands rallied in Tehran against the government.", "rallied"),
    ],
)
def test_protests_stay_protests(types_on, text, trigger):
    assert "PROTEST" in types_on(text, trigger)


def test_abstract_struck_thing_reads_wordnet_files():
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from stancemap.events.figurative_objects import _abstract

    doc = Doc(Vocab(), words=["adversity", "village", "plan"])
    for tok in doc:
        tok.pos_ = "NOUN"
        tok.lemma_ = tok.text
    assert _abstract(doc[0])  # noun.state
    assert not _abstract(doc[1])  # a place: concrete
    assert not _abstract(doc[2])  # noun.cognition: criticism's object, not this rule's
