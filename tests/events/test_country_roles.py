"""Source/target countries of events through the full analyzer, on sentences written
for these tests, and the scorer's list of country misses."""

from __future__ import annotations

import json

from stancemap.config import Settings
from stancemap.evaluate.plover import evaluate_plover
from stancemap.ingest import make_document


def _countries(analyzer, text: str, date: str = "1999-05-04") -> list[tuple[str, set, set]]:
    document = make_document(text, doc_id="t", date=date, strip_boilerplate=False)
    analysis = next(iter(analyzer.analyze_documents([document])))
    by_id = {a.id: a for a in analysis.actors}

    def codes(ids):
        return {by_id[i].country or by_id[i].sector for i in ids if i in by_id}

    return [(e.type, codes(e.source), codes(e.target)) for e in analysis.events]


def test_coordinated_demonym_sources(analyzer):
    events = _countries(analyzer, "Senior Chilean and Peruvian diplomats agreed to cooperate.")
    assert ("AGREE", {"CHL", "PER"}, set()) in events


def test_coordinated_demonym_targets(analyzer):
    events = _countries(analyzer, "Kenya criticised Somali and Ethiopian troops on Monday.")
    assert any(target == {"SOM", "ETH"} for _, _, target in events)


def test_possessive_court_is_the_possessors(analyzer):
    events = _countries(analyzer, "Ghana's Supreme Court allowed the opposition leader to run.")
    assert any(source == {"GHA"} for _, source, _ in events)


def test_titled_unknown_people_on_both_sides(analyzer):
    text = "Chilean Foreign Minister Ola Brennvik telephoned Peruvian Defence Minister Ana Rask."
    events = _countries(analyzer, text)
    assert ("CONSULT", {"CHL"}, {"PER"}) in events


def test_misses_list_names_the_wrong_countries(tmp_path):
    record = {
        "id": "m1",
        "date": "1999-05-04",
        "event": "AGREE",
        "text": "Senior Chilean officials agreed to cooperate with Peru.",
        "source": [{"actorText": "Bolivia", "code": "BOL"}],
        "target": [{"actorText": "Peru", "code": "PER"}],
        "textInfo": {"markup": "Senior Chilean officials (EVT: agreed) to cooperate."},
    }
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n")
    result = evaluate_plover(path, Settings())
    [miss] = result["misses"]
    assert miss["id"] == "m1" and miss["gold_type"] == "AGREE"
    assert miss["gold_source"] == ["BOL"] and miss["gold_source_names"] == ["Bolivia"]
    assert miss["pred_source"] == ["CHL"]
    assert miss["text"] == record["text"]


def test_place_visited_is_the_host(analyzer):
    events = _countries(analyzer, "Chilean President Ola Brennvik arrived in Lima on Tuesday.")
    assert ("CONSULT", {"CHL"}, {"PER"}) in events
