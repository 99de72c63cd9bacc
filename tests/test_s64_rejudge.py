"""Session 64 RJ: bench/rejudge.py - blind re-judge items where a config changes judged
real-news readings, and the verdicts written back into the judged file.

Synthetic judged files over hand-made analyses (``news_items.items_of``), so no test needs
../shared; one test runs the whole pipeline on a made-up article in a fake PolNeAR folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

from bench_modules import load_bench
from stancemap.evaluate.news_file import read_judged
from stancemap.evaluate.news_items import items_of
from stancemap.evaluate.news_score import report

ARTICLE = "outlet_2016-03-01_made-up-story"
TEXT = (
    "Moldova and Romania quarrel\n\n"
    "Moldova accused Romania of meddling. Romania denied it. "
    "Later Moldova praised Ukraine for its help."
)
ACTORS = [
    {"id": "country:MDA", "name": "Moldova", "mentions": []},
    {"id": "country:ROU", "name": "Romania", "mentions": []},
    {"id": "country:UKR", "name": "Ukraine", "mentions": []},
]


def _rejudge() -> ModuleType:
    return load_bench("rejudge")


def _at(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


def _event(word: str, kind: str, source: str, target: str, nth: int = 0) -> dict:
    start, end = _at(word, nth)
    sentence = TEXT.rfind("\n", 0, start) + 1
    stop = TEXT.find(".", end) + 1
    return {
        "type": kind,
        "cameo": None,
        "mode": None,
        "trigger": {"start": start, "end": end},
        "evidence": {"start": max(sentence, TEXT.rfind(". ", 0, start) + 2), "end": stop},
        "source": [source],
        "target": [target],
    }


ACCUSE = _event("accused", "ACCUSE", "country:MDA", "country:ROU")
DENY = _event("denied", "REJECT", "country:ROU", "country:MDA")
PRAISE = _event("praised", "SUPPORT", "country:MDA", "country:UKR")


def _events(*events: dict) -> list[dict]:
    return items_of(ARTICLE, TEXT, {"actors": ACTORS, "events": list(events)}, "events")


def _judged_file(tmp_path: Path) -> tuple[Path, list[dict]]:
    """A judged events file: the accusation right, the denial no_event, a missed event at
    "praised"."""
    accuse, deny = _events(ACCUSE, DENY)
    accuse.update(verdict="right", args_verdict="right", cause=None)
    deny.update(verdict="no_event", args_verdict=None, cause="plain speech")
    start, end = _at("praised")
    missed = {
        "article": ARTICLE,
        "start": start,
        "end": end,
        "type": "SUPPORT",
        "source": "Moldova",
        "target": "Ukraine",
        "missed": True,
    }
    items = []
    for item in (accuse, deny):
        items.append({k: v for k, v in item.items() if k not in ("text", "sentence")})
    items.append(missed)
    header = {"what": "events", "part": "tune", "judge": "J", "articles": [ARTICLE]}
    path = tmp_path / "events_tune_sX.jsonl"
    lines = [json.dumps(header)] + [json.dumps(i) for i in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, items


def test_compare_lists_lost_new_and_missed(tmp_path: Path) -> None:
    rejudge = _rejudge()
    _, judged = _judged_file(tmp_path)
    off = _events(ACCUSE, DENY, PRAISE)
    # on: the accusation is gone, the denial read as another type, a new event appears,
    # and the missed praise is no longer found
    other_deny = {**DENY, "type": "ACCUSE"}
    new = _event("meddling", "ACCUSE", "country:MDA", "country:ROU")
    on = _events(other_deny, new)
    found = rejudge.compare(judged, off, on)
    assert sorted(found["lost"]) == [(0, "dropped"), (1, "changed")]
    assert sorted((i["text"], i["read_as"], i["status"]) for i in found["new"]) == [
        ("denied", "ACCUSE", "changed"),
        ("meddling", "ACCUSE", "new"),
    ]
    assert [m[0] for m in found["missed"]] == [2]
    # nothing changes where both configs read the same
    same = rejudge.compare(judged, off, off)
    assert same == {"lost": [], "new": [], "missed": [], "args": []}


def test_a_reading_both_configs_leave_unjudged_is_not_new(tmp_path: Path) -> None:
    rejudge = _rejudge()
    _, judged = _judged_file(tmp_path)
    both = _events(ACCUSE, DENY, PRAISE)
    found = rejudge.compare(judged, both, both)
    assert found["new"] == []  # the praise is unjudged under both: not the rule's doing


def _blind(tmp_path: Path) -> tuple[Path, list[dict], dict, dict]:
    rejudge = _rejudge()
    path, judged = _judged_file(tmp_path)
    off = _events(ACCUSE, DENY, PRAISE)
    on = _events(_event("meddling", "ACCUSE", "country:MDA", "country:ROU"))
    found = rejudge.compare(judged, off, on)
    items, key = rejudge.build(path, judged, found, {ARTICLE: TEXT}.get, on)
    return path, items, key, found


def test_the_judge_items_are_blind(tmp_path: Path) -> None:
    _, items, key, _ = _blind(tmp_path)
    assert len(items) == 4 and set(key) == {i["id"] for i in items}
    kinds = sorted(k["kind"] for k in key.values())
    assert kinds == ["lost", "lost", "missed", "new"]
    for item in items:
        shown = json.dumps(item)
        # no old verdict, no config, no kind of change
        for word in ("verdict_before", "plain speech", "lost", "dropped", "config", '"new"'):
            assert word not in shown
        assert item["title"] == "Moldova and Romania quarrel"
        assert item["verdict"] is None
    accuse = next(i for i in items if i.get("trigger") == "accused")
    assert accuse["sentence"] == "Moldova accused Romania of meddling."
    assert accuse["reading"].startswith("event ACCUSE")
    assert "Romania" in accuse["reading"]
    deny = next(i for i in items if i.get("trigger") == "denied")
    assert deny["previous_sentence"] == "Moldova accused Romania of meddling."
    missed = next(i for i in items if i["what"] == "missed event")
    assert missed["passage"] == "praised"
    assert "SUPPORT" in missed["described"] and missed["read_there"] == ["nothing read"]
    lost = {k["verdict_before"] for k in key.values() if k["kind"] == "lost"}
    assert lost == {"right", "no_event"}
    # the key quotes no article text
    assert "Moldova accused" not in json.dumps(key)


def test_store_writes_verdicts_back_and_keeps_other_lines(tmp_path: Path) -> None:
    rejudge = _rejudge()
    path, items, key, _ = _blind(tmp_path)
    before = path.read_text(encoding="utf-8").split("\n")
    for item in items:
        if item.get("trigger") == "accused":
            item.update(verdict="no_event", cause="campaign pledge line")
        elif item.get("trigger") == "meddling":
            item.update(verdict="wrong", args_verdict="right", cause="not an act")
        elif item["what"] == "missed event":
            item.update(verdict="right", reading_verdict=None, cause="praise is SUPPORT")
        # the denial stays unjudged (verdict null): its line must not change
    judged = tmp_path / "JUDGED.json"
    judged.write_text(json.dumps({"items": items}), encoding="utf-8")
    keyfile = tmp_path / "KEY.json"
    keyfile.write_text(json.dumps(key), encoding="utf-8")
    counts = rejudge.store(judged, keyfile, "J64x")
    assert dict(counts[path.name]) == {"lost": 1, "new": 1, "missed": 1}
    after = path.read_text(encoding="utf-8").split("\n")
    assert after[0] == before[0] and after[2] == before[2]  # header and denial untouched
    assert after[-1] == ""  # the final newline kept
    header, stored = read_judged(path)
    accuse, deny, missed, added = stored
    assert accuse["verdict"] == "no_event" and accuse["verdict_before"] == "right"
    assert accuse["rejudged"] == "J64x" and accuse["args_verdict"] is None
    assert accuse["args_verdict_before"] == "right"
    assert "rejudged" not in deny
    assert missed["missed"] and missed["rejudged"] == "J64x"
    assert missed["rejudge_verdict"] == "right"
    assert added["added"] == "J64x" and added["verdict"] == "wrong"
    assert added["read_as"] == "ACCUSE" and "text" not in added and "sentence" not in added
    # the scorer reads the stored file: the new reading is judged now, the rejudged verdict
    # counts
    on = _events(_event("meddling", "ACCUSE", "country:MDA", "country:ROU"))
    scored = report(stored, on)
    assert scored["new"] == 0 and scored["kept"] == {"wrong": 1}
    assert scored["dropped"] == {"no_event": 2}


def test_store_refuses_a_line_changed_since_collect(tmp_path: Path) -> None:
    rejudge = _rejudge()
    path, items, key, _ = _blind(tmp_path)
    for item in items:
        item["verdict"] = "right"
    judged = tmp_path / "JUDGED.json"
    judged.write_text(json.dumps({"items": items}), encoding="utf-8")
    keyfile = tmp_path / "KEY.json"
    keyfile.write_text(json.dumps(key), encoding="utf-8")
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[1] = lines[1].replace('"right"', '"wrong"', 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ValueError, match="changed since collect"):
        rejudge.store(judged, keyfile, "J64x")


def test_store_adds_a_reading_once(tmp_path: Path) -> None:
    rejudge = _rejudge()
    path, items, key, _ = _blind(tmp_path)
    new = [i for i in items if i.get("trigger") == "meddling"]
    new[0]["verdict"] = "right"
    judged = tmp_path / "JUDGED.json"
    judged.write_text(json.dumps({"items": new}), encoding="utf-8")
    keyfile = tmp_path / "KEY.json"
    keyfile.write_text(json.dumps(key), encoding="utf-8")
    rejudge.store(judged, keyfile, "A")
    again = rejudge.store(judged, keyfile, "B")
    assert dict(again[path.name]) == {"already": 1}
    assert len(read_judged(path)[1]) == 4


RELATION_TEXT = TEXT


def _relations(*pairs: tuple[str, str, float, str]) -> list[dict]:
    relations = []
    for a, b, score, word in pairs:
        start, end = _at(word)
        relations.append(
            {
                "a": a,
                "b": b,
                "score": score,
                "evidence_spans": [
                    {
                        "id": "e1",
                        "kind": "event",
                        "weight": 0.5,
                        "span": {"start": start, "end": end},
                    }
                ],
            }
        )
    analysis = {"actors": ACTORS, "relations": relations, "statements": []}
    return items_of(ARTICLE, TEXT, analysis, "relations")


def test_relations_lost_pair_and_missed_pair() -> None:
    rejudge = _rejudge()
    (pair,) = _relations(("country:MDA", "country:ROU", -1.0, "accused"))
    pair.update(verdict="right", cause=None)
    start, end = _at("praised")
    missed = {
        "article": ARTICLE,
        "names": ["Moldova", "Ukraine"],
        "sign": "+",
        "start": start,
        "end": end,
        "missed": True,
    }
    judged = [pair, missed]
    off = _relations(
        ("country:MDA", "country:ROU", -1.0, "accused"),
        ("country:MDA", "country:UKR", 1.0, "praised"),
    )
    on = _relations(("country:ROU", "country:UKR", 1.0, "denied"))
    found = rejudge.compare(judged, off, on)
    assert found["lost"] == [(0, "dropped")]
    assert [i["pair"] for i in found["new"]] == [["country:ROU", "country:UKR"]]
    assert found["missed"] == [
        (1, ["found", "found_as_expected", "found_pair", "found_pair_signed"], [])
    ]
    item = rejudge.judge_item(found["new"][0], TEXT)
    assert item["reading"] == "relation Romania - Ukraine: aligned (+)"
    assert item["evidence"] == ["denied"]
    shown = rejudge.missed_item(missed, TEXT, on)
    assert shown["described"] == "relation Moldova - Ukraine: aligned (+)"


def test_collect_skips_without_the_articles(tmp_path: Path, capsys) -> None:
    rejudge = _rejudge()
    path, _ = _judged_file(tmp_path)
    on = tmp_path / "on.toml"
    on.write_text("[rules]\nenable = []\n", encoding="utf-8")
    out, key = tmp_path / "IN.json", tmp_path / "KEY.json"
    code = rejudge.main(
        [
            "collect",
            str(path),
            "--config",
            str(on),
            "--polnear",
            str(tmp_path / "none"),
            "--out",
            str(out),
            "--key",
            str(key),
        ]
    )
    assert code == 0 and not out.exists()
    assert "skipped" in capsys.readouterr().err


PLEDGE = "events.sense.policy_pledge_no_event"
STORY = (
    "Kennedy sets out tax plan\n\n"
    "The Liberal Democrats have pledged to increase income tax. "
    "Michael Howard promised to cut taxes."
)


def test_collect_on_a_made_up_article(tmp_path: Path, analyzer) -> None:
    """The whole pipeline with the pledge rule off and on (session 63; shipped on since
    session 64): the judged pledge readings are listed as lost, blind."""
    from stancemap.config import Settings, load_settings
    from stancemap.evaluate.judged_news import analyse
    from stancemap.pipeline import Pipeline

    assert PLEDGE not in Settings().rules.disable
    rejudge = _rejudge()
    root = tmp_path / "polnear"
    for folder in ("train", "dev"):
        (root / folder / "text").mkdir(parents=True)
    stem = "outlet_2005-02-10_tax-plan"
    (root / "train" / "text" / f"{stem}.txt").write_text(STORY, encoding="utf-8")
    on, off = tmp_path / "on.toml", tmp_path / "off.toml"
    on.write_text(f'[rules]\nenable = ["{PLEDGE}"]\n', encoding="utf-8")
    off.write_text(f'[rules]\ndisable = ["{PLEDGE}"]\n', encoding="utf-8")

    def pipeline_of(config: Path | None) -> Pipeline:
        return Pipeline(load_settings(config), nlp=analyzer.nlp)

    default = items_of(stem, STORY, analyse(pipeline_of(off), stem, STORY), "events")
    pledges = [i for i in default if i["text"] in ("pledged", "promised")]
    assert len(pledges) == 2
    header = {"what": "events", "part": "tune", "judge": "J", "articles": [stem]}
    judged = [
        {**{k: v for k, v in i.items() if k not in ("text", "sentence")}, "verdict": "right"}
        for i in pledges
    ]
    path = tmp_path / "events_tune_sY.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in [header, *judged]) + "\n", encoding="utf-8")
    sheet, key, counts = rejudge.collect([path], on, off, root, pipeline_of)
    assert counts[path.name]["lost"] == 2 and counts[path.name]["missed"] == 0
    assert sorted(i["trigger"] for i in sheet["items"]) == ["pledged", "promised"]
    assert {k["verdict_before"] for k in key.values()} == {"right"}


def test_a_missed_event_described_by_its_expected_reading() -> None:
    start, end = _at("praised")
    missed = {
        "article": ARTICLE,
        "start": start,
        "end": end,
        "expected": {"type": "SUPPORT", "source": "Moldova", "target": "Ukraine"},
        "missed": True,
    }
    shown = _rejudge().missed_item(missed, TEXT, _events(PRAISE))
    assert shown["described"] == "event SUPPORT, source Moldova, target Ukraine"
    assert shown["read_there"] == [
        "at 'praised': event SUPPORT, mode asserted, source ['Moldova'], target ['Ukraine']"
    ]
