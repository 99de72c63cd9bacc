"""bench/real_news_sample.py: how judged items are drawn and carried to a later reading.

Pure functions over hand-made analyses (no parse): an item read the same way keeps its
verdict, one read otherwise is changed, one no longer read is dropped with its verdict.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench" / "real_news_sample.py"
TEXT = "Moldova accused Romania of meddling. Romania denied it."


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("real_news_sample", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _analysis(event_type: str = "ACCUSE") -> dict:
    actors = [
        {"id": "country:MDA", "name": "Moldova", "mentions": [{"start": 0, "end": 7}]},
        {"id": "country:ROU", "name": "Romania", "mentions": [{"start": 16, "end": 23}]},
    ]
    events = [
        {
            "type": event_type,
            "cameo": "112",
            "mode": None,
            "trigger": {"start": 8, "end": 15},
            "evidence": {"start": 0, "end": 36},
            "source": ["country:MDA"],
            "target": ["country:ROU"],
        }
    ]
    return {"actors": actors, "events": events}


def test_event_items_index_the_text_and_name_their_actors() -> None:
    (item,) = _bench().items_of("a1", TEXT, _analysis(), "events")
    assert item["text"] == "accused" == TEXT[item["start"] : item["end"]]
    assert item["sentence"] == "Moldova accused Romania of meddling."
    assert (item["source"], item["target"]) == (["Moldova"], ["Romania"])
    assert item["verdict"] is None


def test_mention_items_carry_the_actor_they_are_read_as() -> None:
    items = _bench().items_of("a1", TEXT, _analysis(), "mentions")
    assert [(i["text"], i["read_as"]) for i in items] == [
        ("Moldova", "country:MDA"),
        ("Romania", "country:ROU"),
    ]


def test_the_draw_is_seeded_and_in_text_order() -> None:
    bench = _bench()
    items = [{"article": "a", "start": s, "end": s + 1} for s in range(50)]
    first, again = bench.draw(items, 7, 10), bench.draw(items, 7, 10)
    assert first == again and len(first) == 10
    assert [i["start"] for i in first] == sorted(i["start"] for i in first)
    assert bench.draw(items, 8, 10) != first


def test_verdicts_are_kept_changed_or_dropped() -> None:
    bench = _bench()
    judged = bench.items_of("a1", TEXT, _analysis(), "mentions")
    judged[0]["verdict"], judged[1]["verdict"] = "right", "wrong"
    same = bench.items_of("a1", TEXT, _analysis(), "mentions")
    assert bench.score(judged, same) == {
        "kept": {"right": 1, "wrong": 1},
        "dropped": {},
        "changed": 0,
        "unjudged": 0,
        "precision": 0.5,
    }
    # the wrong reading is gone: precision counts only what is still read
    assert bench.score(judged, same[:1])["precision"] == 1.0
    assert bench.score(judged, same[:1])["dropped"] == {"wrong": 1}


def test_an_event_read_as_another_type_must_be_judged_again() -> None:
    bench = _bench()
    (judged,) = bench.items_of("a1", TEXT, _analysis(), "events")
    judged["verdict"] = "right"
    now = bench.items_of("a1", TEXT, _analysis("DISAPPROVE"), "events")
    result = bench.score([judged], now)
    assert result["changed"] == 1 and result["kept"] == {} and result["precision"] is None
