"""The NGEC scorer: rules on made-up cases, and the quality bar on the dev half."""

from __future__ import annotations

from types import SimpleNamespace

from shared_data import shared_path
from stancemap.evaluate.actors import evaluate_actors, score_cases


def _found(country=None, sector=None, wiki=None, cameo=None, type_="person", how="name"):
    return SimpleNamespace(
        id="x:1", country=country, sector=sector, wiki=wiki, cameo=cameo, type=type_, how=how
    )


def test_scoring_rules() -> None:
    answers = {
        "a": _found("RUS", "GOV", "Vladimir Putin"),
        "b": None,
        "c": _found(None, "IGO", cameo="IGO", type_="organization"),
        "d": _found("COL", "MIL"),
    }
    cases = [
        {"mention": "a", "expected": {"country": "RUS", "code_1": "GOV", "wiki": "Vladimir Putin"}},
        {"mention": "b", "expected": {"country": "", "code_1": "UNK"}},  # none expected: right
        {"mention": "c", "expected": {"country": "IGO", "code_1": "????"}},  # ???? not scored
        {"mention": "d", "expected": {"country": "COL", "code_1": "GOV", "code_2": "MIL"}},
    ]
    result = score_cases(cases, lambda mention, date: answers[mention])
    assert result["all"]["country"] == {"accuracy": 1.0, "n": 4}
    assert result["all"]["sector"] == {"accuracy": 1.0, "n": 3}
    assert result["all"]["wiki"] == {"accuracy": 1.0, "n": 1}
    wrong = score_cases(
        [{"mention": "a", "expected": {"country": "UKR"}}], lambda m, d: answers["a"]
    )
    assert wrong["all"]["country"]["accuracy"] == 0.0 and wrong["misses"]


def test_dev_half_meets_the_bar(analyzer, monkeypatch) -> None:
    path = shared_path("gold", "ngec-actors", "dev.jsonl")
    calls = []
    link = analyzer.actors.link
    monkeypatch.setattr(analyzer.actors, "link", lambda m, d=None: calls.append(m) or link(m, d))
    result = evaluate_actors(path, pipeline=analyzer)
    assert len(calls) >= result["cases"]  # the given pipeline's actors stage linked them
    assert result["all"]["country"]["accuracy"] >= 0.85
    assert result["all"]["sector"]["accuracy"] >= 0.75
    assert result["baseline_phoenix"] == {"country": 0.461, "sector": 0.403}
    unseen = result["unseen_names"]["all"]
    assert unseen["country"]["n"] == result["all"]["country"]["n"]
    # without the names it was told about, stancemap can only do worse, never better
    assert unseen["country"]["accuracy"] <= result["all"]["country"]["accuracy"]


def test_a_bloc_code_is_scored_in_its_own_field() -> None:
    cases = [{"mention": "m", "expected": {"country": "UNO", "code_1": "IGO"}}]
    own_field = _found(None, "IGO", cameo="UNO", type_="organization")
    result = score_cases(cases, lambda m, d: own_field)
    assert result["all"]["cameo"] == {"accuracy": 1.0, "n": 1}
    assert result["all"]["country"]["accuracy"] == 1.0
    # a bloc code written into the ISO3 field passes the country check but not this one
    in_country = _found("UNO", "IGO", type_="organization")
    assert score_cases(cases, lambda m, d: in_country)["all"]["cameo"]["accuracy"] == 0.0
    iso3 = [{"mention": "m", "expected": {"country": "RUS"}}]
    assert score_cases(iso3, lambda m, d: _found("RUS"))["all"]["cameo"]["n"] == 0
