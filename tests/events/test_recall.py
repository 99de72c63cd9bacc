"""Event recall without losing sense: the CAMEO importer's infinitive guard, empty-slot
fallbacks, verb + object patterns before support verbs, unnamed agents as objects.

Sentences were written for these tests; actors are fixed by hand (as in test_coder).
"""

from __future__ import annotations

import re

import pytest

import rule_settings
from stancemap.actors import ActorLayer
from stancemap.errors import StancemapError
from stancemap.events.lexicon import (
    EMPTY_SLOT_FALLBACK,
    is_bare,
    merge_into,
    parse_lexicon,
    parse_requires,
)
from stancemap.events.ontology import load_ontology
from stancemap.events.phoenix import NO_INFINITIVE, dictionary_rows
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, ActorMention, Event

# a small dictionary in the PETRARCH2 format, written for this test
DICTIONARY = """\
####### VERB PATTERNS #######
---  PREDICT   [010]  ---
EXPECT [030]
---  FAIL   [---]  ---
FAIL [120]
---  THREATEN   [130]  ---
THREATEN
---  ASK   [020]  ---
URGE
---  GATHER   [040]  ---
CONVENE
- * (FROM)                 [073]
- * (UNDER FIRE)           [111]
"""


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


def _rows(ontology, **options):
    return {
        (r.lemma, r.requires): r.cameo for r in dictionary_rows(DICTIONARY, ontology, **options)
    }


def test_bare_codes_outside_the_complement_families_need_no_infinitive(ontology):
    rows = _rows(ontology)
    assert rows[("expect", NO_INFINITIVE)] == "030"  # "is expected to meet": not an intent
    assert rows[("fail", NO_INFINITIVE)] == "120"  # "failed to agree": a negated agreement
    assert rows[("threaten", "-")] == "130"  # "threatened to attack" stays a threat
    assert rows[("urge", "-")] == "020"  # "urged X to halt" stays a request
    assert ("expect", "-") not in rows


def test_the_baseline_reads_the_dictionary_as_petrarch_does(ontology):
    rows = _rows(ontology, infinitive_guard=False)
    assert rows[("expect", "-")] == "030" and rows[("fail", "-")] == "120"


def test_named_patterns_come_before_any_word_patterns(ontology):
    order = [r.requires for r in dictionary_rows(DICTIONARY, ontology) if r.lemma == "convene"]
    assert order.index("prep:under=fire") < order.index("prep:from=*") < order.index("!inf")


def test_empty_slot_conditions_parse_and_bad_ones_fail():
    (req,) = parse_requires("!prep:with", "f", 1)
    assert req.negative and req.slot == "!prep:with"
    for bad in ("!object", "!obj=war"):
        with pytest.raises(StancemapError):
            parse_requires(bad, "f", 1)


def test_a_guarded_bare_row_falls_back_only_where_our_slots_are_empty(ontology):
    ours = "lemma\tpos\trole\tcameo\trequires\ttype\nmeet\tV\tevent\t040\tobj=@actor\t-\n"
    theirs = "meet\tV\tevent\t040\t!inf\t-\n"
    kept = parse_lexicon(ours, ontology, "ours")
    merge_into(kept, parse_lexicon(theirs, ontology, "theirs"), guarded=True, fallback=True)
    rows = kept.candidates("meet", "V")
    assert len(rows) == 2 and is_bare(rows[1])
    assert {r.slot for r in rows[1].requires} == {"!inf", "!obj"}
    dropped = parse_lexicon(ours, ontology, "ours")
    merge_into(dropped, parse_lexicon(theirs, ontology, "theirs"), guarded=True)
    assert len(dropped.candidates("meet", "V")) == 1


def _layer(text: str, actors: dict[str, str]) -> ActorLayer:
    layer = ActorLayer()
    for name, country in actors.items():
        actor_id = "t:" + name.lower().replace(" ", "-")
        layer.actors[actor_id] = Actor(id=actor_id, name=name, type="country", country=country)
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            layer.mentions.append(
                ActorMention(start=match.start(), end=match.end(), text=name, actor_id=actor_id)
            )
    layer.__post_init__()
    return layer


@pytest.fixture(scope="module")
def code(analyzer):
    def run(text: str, actors: dict[str, str], stage=None) -> list[Event]:
        document = make_document(text, doc_id="t", date="2011-05-04", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return (stage or analyzer.events)(doc, document, _layer(text, actors), [])

    return run


def _on(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if word in e.trigger.text]


def test_intransitive_uses_get_the_dictionary_code(code):
    assert [e.type for e in _on(code("The two leaders met in Paris on Monday.", {}), "met")] == [
        "CONSULT"
    ]
    assert "PROTEST" in [e.type for e in code("Thousands demonstrated in Cairo.", {})]
    assert not _on(code("The company met the deadline.", {}), "met")


def test_the_fallback_is_a_rule_that_can_be_switched_off(code):
    from stancemap.config import Settings
    from stancemap.events import EventStage

    plain = EventStage(rule_settings.with_rules(Settings(), disable=[EMPTY_SLOT_FALLBACK]))
    assert not _on(code("The two leaders met in Paris on Monday.", {}, plain), "met")


def test_the_infinitive_guard_is_a_rule(code):
    from stancemap.config import Settings
    from stancemap.events import EventStage
    from stancemap.events.matching import FAILED_ATTEMPT

    # session 13: the failure verbs alone are guarded by events.mode.failure_is_no_rejection
    off = [FAILED_ATTEMPT]
    plain = EventStage(rule_settings.with_rules(Settings(), disable=off))
    failed = code("Sudan and Chad failed to agree on a ceasefire.", {"Sudan": "SDN"}, plain)
    assert [e.type for e in _on(failed, "failed")] == ["REJECT"]  # the dictionary's head code


def test_a_verb_and_object_pattern_beats_the_support_verb(code):
    actors = {"Pakistan": "PAK", "India": "IND"}
    events = code("Pakistan lodged a strong protest with India over the shooting.", actors)
    assert [e.type for e in _on(events, "lodged")] == ["ACCUSE"]
    attack = code("Militants launched an attack on an army base in Mali.", {"Mali": "MLI"})
    # same type from the noun: the support verb hands the event over, the noun in the trigger
    assert [e.type for e in _on(attack, "attack")] == ["ASSAULT"]


def test_an_unnamed_agent_is_someone_to_meet(code):
    events = code("The president met rebel negotiators in Doha.", {})
    assert [e.type for e in _on(events, "met")] == ["CONSULT"]
