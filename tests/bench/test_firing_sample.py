"""bench/firing_sample.py: the readings a rule changes, blind A/B items of them, their score.

Pure functions over hand-made analyses and firings (no parse)."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

from bench_modules import load_bench

TEXT = "Moldova accused Romania of meddling. Romania denied it, Lee said.\nNext line."


def _bench() -> ModuleType:
    return load_bench("firing_sample")


def _analysis(event_type: str, target: list[str], speaker: str | None, sign: float) -> dict:
    actors = [
        {"id": "country:MDA", "name": "Moldova"},
        {"id": "country:ROU", "name": "Romania"},
        {"id": "p:lee", "name": "Lee"},
    ]
    return {
        "actors": actors,
        "events": [
            {
                "type": event_type,
                "mode": None,
                "trigger": {"start": 8, "end": 15, "text": "accused"},
                "evidence": {"start": 0, "end": 36},
                "source": ["country:MDA"],
                "target": target,
            }
        ],
        "quotes": [{"content": {"start": 37, "end": 54}, "speaker": speaker}],
        "relations": [
            {"a": "country:ROU", "b": "country:MDA", "score": sign, "evidence_spans": []},
            {"a": "p:lee", "b": "country:MDA", "score": 0.0, "evidence_spans": []},
        ],
    }


def test_diff_names_each_changed_reading_and_nothing_else() -> None:
    b = _bench()
    before = b.readings(_analysis("ACCUSE", ["country:ROU"], "p:lee", -0.5))
    assert b.diff(before, before) == []
    after = b.readings(_analysis("ACCUSE", [], None, -0.5))
    found = {f["kind"]: f for f in b.diff(before, after)}
    assert set(found) == {"event", "quote"}  # the relation's sign is the same
    assert found["event"]["change"] == "changed"
    assert found["event"]["default"][0]["target"] == ["Romania"]
    assert found["event"]["with_rule"][0]["target"] == []
    assert found["quote"]["default"] == {"speaker": "Lee"}
    assert found["quote"]["with_rule"] == {"speaker": None}
    # a relation whose sign turns, and one with no score (not a reading)
    flipped = b.readings(_analysis("ACCUSE", ["country:ROU"], "p:lee", 0.5))
    (rel,) = b.diff(before, flipped)
    assert (rel["kind"], rel["key"], rel["change"]) == ("relation", "Moldova | Romania", "changed")
    # an event no longer read is removed; read only with the rule, added
    gone = b.readings({**_analysis("ACCUSE", [], "p:lee", -0.5), "events": []})
    assert [f["change"] for f in b.diff(before, gone) if f["kind"] == "event"] == ["removed"]
    assert [f["change"] for f in b.diff(gone, before) if f["kind"] == "event"] == ["added"]


def test_sentence_of_widens_a_span_to_its_sentence() -> None:
    b = _bench()
    assert b.sentence_of(TEXT, [[8, 15]]) == "Moldova accused Romania of meddling."
    assert b.sentence_of(TEXT, [[45, 51]]) == "Romania denied it, Lee said."
    assert b.sentence_of(TEXT, [[8, 15], [45, 51]]) == (
        "Moldova accused Romania of meddling. [...] Romania denied it, Lee said."
    )


def _firings() -> list[dict[str, Any]]:
    out = []
    for rule in ("events.x.first_rule", "quotes.y.second_rule"):
        for n in range(10):
            out.append(
                {
                    "rule": rule,
                    "article": f"art{n}",
                    "title": "Title",
                    "sentence": TEXT,
                    "kind": "quote",
                    "change": "changed",
                    "default": {"speaker": f"Default{n}"},
                    "with_rule": {"speaker": f"Rule{n}"},
                }
            )
    return out


def test_sample_is_blind_and_its_key_says_the_rule_and_side() -> None:
    b = _bench()
    items, key = b.sample(_firings(), per_rule=6, seed=4343)
    assert len(items) == 12 and key["firings"] == {
        "events.x.first_rule": 10,
        "quotes.y.second_rule": 10,
    }
    text = json.dumps(items)
    assert "first_rule" not in text and "second_rule" not in text and "art" not in text
    for item in items:
        assert set(item) == {"id", "title", "sentence", "what", "A", "B", "better", "cause"}
        side = key["items"][item["id"]]["rule_side"]
        other = "B" if side == "A" else "A"
        assert "Rule" in item[side] and "Default" in item[other]
    sides = {key["items"][i["id"]]["rule_side"] for i in items}
    assert sides == {"A", "B"}  # both orders occur
    # the rules' items are interleaved, not grouped by rule
    rules = [key["items"][i["id"]]["rule"] for i in items]
    assert rules != sorted(rules)
    # nothing read renders as such
    assert b.render("event", None) == b.NOTHING


def test_score_counts_each_verdict_against_the_key() -> None:
    b = _bench()
    key = {
        "firings": {"r.one": 9, "r.two": 3, "r.three": 2},
        "items": {
            "i1": {"rule": "r.one", "rule_side": "A"},
            "i2": {"rule": "r.one", "rule_side": "B"},
            "i3": {"rule": "r.one", "rule_side": "B"},
            "i4": {"rule": "r.one", "rule_side": "A"},
            "i5": {"rule": "r.one", "rule_side": "A"},
            "i6": {"rule": "r.two", "rule_side": "A"},
            "i7": {"rule": "r.two", "rule_side": "B"},
            "i8": {"rule": "r.three", "rule_side": "A"},
        },
    }
    judged = [
        {"id": "i1", "better": "A"},  # rule
        {"id": "i2", "better": "B"},  # rule
        {"id": "i3", "better": "both_right"},
        {"id": "i4", "better": "both_wrong"},
        {"id": "i5", "better": "A"},  # rule
        {"id": "i6", "better": "B"},  # default
        {"id": "i7", "better": "B"},  # rule
        {"id": "i8", "better": None},
    ]
    rows = b.score(judged, key)
    one, two, three = rows["r.one"], rows["r.two"], rows["r.three"]
    assert (one["firings"], one["judged"], one["rule_better"], one["default_better"]) == (
        9,
        5,
        3,
        0,
    )
    assert (one["both_right"], one["both_wrong"], one["verdict"]) == (1, 1, "ON")
    # 1 rule better, 1 default better: not more, and 1 in 2 > 1 in 5
    assert (two["rule_better"], two["default_better"], two["verdict"]) == (1, 1, "OFF")
    assert (three["judged"], three["verdict"]) == (0, "not judged")
    # default better in 1 of 5 is allowed, in 2 of 6 not
    assert b.verdict({"judged": 5, "rule_better": 2, "default_better": 1}) == "ON"
    assert b.verdict({"judged": 6, "rule_better": 3, "default_better": 2}) == "OFF"
