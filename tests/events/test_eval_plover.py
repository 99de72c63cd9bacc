"""The PLOVER scorer, on records written here and (when present) on the dev gold."""

from __future__ import annotations

import json

from shared_data import shared_path
from stancemap.config import Settings
from stancemap.evaluate.plover import evaluate_plover, pick_event
from stancemap.records import Event, Span

RECORDS = [
    {
        "id": "a",
        "date": "2001-03-02",
        "event": "FIGHT",
        "mode": "",
        "text": "Rebels attacked the army base.",
        "source": [{"actorText": "Rebels", "code": "XXX"}],
        "target": "",
        "textInfo": {"markup": "(SRC: Rebels) (EVT: attacked) the army base."},
    },
    {
        "id": "b",
        "date": "2001-03-02",
        "event": "DEMAND",
        "text": "Students demanded new elections.",
        "textInfo": {"markup": "Students (EVT: demanded) new elections."},
    },
    {
        "id": "c",
        "date": "2001-03-02",
        "event": "PROTEST",
        "mode": "strike-hun",
        "text": "The weather was mild.",
        "textInfo": {"markup": "The weather was mild."},
    },
]


def test_scorer_on_written_records(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n")
    result = evaluate_plover(path, Settings())
    ours = result["stancemap"]
    assert result["records"] == 3
    # FIGHT == ASSAULT and DEMAND == REQUEST; the third sentence has no event
    assert ours["type_accuracy"] == round(2 / 3, 4)
    assert ours["sentences_with_an_event"] == round(2 / 3, 4)
    assert ours["predicted_per_gold"] == round(2 / 3, 4)
    assert ours["mode_accuracy"] == 1.0  # neither scored event has a specific mode
    assert ours["mode_accuracy_where_gold_has_mode"] == 0.0
    assert result["baseline_reported"]["type_accuracy"] == 0.521


MODALITY_RECORDS = [
    {
        "id": "n",
        "date": "2001-03-02",
        "event": "ASSAULT",
        "mode": "negated",
        "text": "Rebels did not attack the army base.",
        "textInfo": {"markup": "Rebels did not (EVT: attack) the army base."},
    },
    {
        "id": "h",
        "date": "2001-03-02",
        "event": "SANCTION",
        "mode": "hypothetical",
        "text": "Russia could impose sanctions on Moldova.",
        "textInfo": {"markup": "Russia could (EVT: impose sanctions) on Moldova."},
    },
    {
        "id": "p",
        "date": "2001-03-02",
        "event": "ASSAULT",
        "mode": "",
        "text": "Rebels attacked the army base.",
        "textInfo": {"markup": "Rebels (EVT: attacked) the army base."},
    },
]


def test_negated_gold_is_scored_on_the_events_own_mode(tmp_path):
    # "negated" is how the event is asserted (Event.mode), not PLOVER's event-specific
    # mode of the CAMEO code: it must not count as a missed event-specific mode
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in MODALITY_RECORDS) + "\n")
    ours = evaluate_plover(path, Settings())["stancemap"]
    assert ours["modality_accuracy_where_gold_has_modality"] == 1.0
    assert ours["plain_events_marked_negated_or_hypothetical"] == 0
    assert ours["mode_accuracy_where_gold_has_mode"] == 0.0  # no event-specific gold mode


def _event(start, end, confidence):
    return Event(
        id="e",
        type="AID",
        trigger=Span(start=start, end=end, text="x" * (end - start)),
        confidence=confidence,
    )


def test_pick_event_prefers_the_gold_words():
    on_words, off_words = _event(0, 4, 0.5), _event(10, 14, 0.9)
    assert pick_event([off_words, on_words], [(2, 6)]) is on_words
    assert pick_event([off_words, on_words], [(40, 44)]) is off_words
    assert pick_event([], [(0, 1)]) is None


def test_dev_gold_smoke():
    path = shared_path("gold", "plover-gsr", "dev.jsonl")
    result = evaluate_plover(path, Settings(), limit=25)
    ours = result["stancemap"]
    assert result["records"] == 25
    assert 0.0 <= ours["source_country_accuracy"] <= 1.0
    assert ours["type_accuracy"] >= 0.5
    assert ours["predicted_per_gold"] <= 1.5


def test_cameo_country_codes_map_to_iso3():
    from stancemap.evaluate.plover import cameo_to_iso3

    table = cameo_to_iso3()
    assert table["JAP"] == "JPN" and table["ROM"] == "ROU"
    assert "USA" not in table  # identical codes are not listed


def test_igo_official_scores_as_igo_either_convention():
    from stancemap.evaluate.plover import _actor_codes
    from stancemap.records import Actor, Analysis, DocumentInfo

    actors = [
        Actor(id="p", name="Envoy", type="person", sector="GOV", cameo="UNO"),
        Actor(id="n", name="Red Cross", type="organization", sector="NGO"),
        Actor(id="c", name="Kenya", type="country", country="KEN", cameo="AFR"),
        Actor(id="x", name="Someone", type="person"),
    ]
    analysis = Analysis(document=DocumentInfo(id="d", sha256="0"), text="", actors=actors)
    assert _actor_codes(["p"], analysis) == {"IGO"}
    assert _actor_codes(["n"], analysis) == {"NGO"}
    assert _actor_codes(["c"], analysis) == {"KEN"}  # a country wins over its region
    assert _actor_codes(["x"], analysis) == set()


def test_the_dictionary_only_coder_keeps_the_config_s_rule_switches() -> None:
    # session 41: it was built with no switches, so every rule the config ships off ran in
    # the PETRARCH-style baseline that eval plover reports beside stancemap
    from stancemap.config import load_settings
    from stancemap.evaluate.plover import dictionary_coder
    from stancemap.events.lexicon import Lexicon
    from stancemap.events.ontology import load_ontology

    settings = load_settings()
    shipped_off = "events.trigger.light_verb_nouns"
    assert shipped_off in settings.rules.disable
    coder = dictionary_coder(settings, load_ontology(), Lexicon())
    assert not coder.tuning.on(shipped_off)
    assert coder.tuning.on("events.trigger.headline_clause_verbs")
