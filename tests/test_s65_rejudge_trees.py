"""Session 65 RK: bench/rejudge.py across two trees - ``dump`` writes the readings one tree
makes of judged files, ``collect --off-readings`` takes them as the off side (a data
change: the KB of another branch), so the judge items are the same as if both sides had
been analysed in one process.

Two fake "trees" are two fake pipelines over one made-up article in a fake PolNeAR folder
(the judged file and its scorer are the real ones)."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from bench_modules import load_bench

STEM = "outlet_2016-03-01_made-up-story"
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


def _event(word: str, kind: str, source: str, target: str) -> dict[str, Any]:
    start = TEXT.index(word)
    end = start + len(word)
    return {
        "type": kind,
        "cameo": None,
        "mode": None,
        "trigger": {"start": start, "end": end},
        "evidence": {"start": TEXT.rfind(". ", 0, start) + 2, "end": TEXT.find(".", end) + 1},
        "source": [source],
        "target": [target],
    }


ACCUSE = _event("accused", "ACCUSE", "country:MDA", "country:ROU")
DENY = _event("denied", "REJECT", "country:ROU", "country:MDA")
PRAISE = _event("praised", "SUPPORT", "country:MDA", "country:UKR")
# the other tree: the accusation gone, the denial read as another type, a new event, the
# judges' missed praise no longer found
OTHER_DENY = {**DENY, "type": "ACCUSE"}
MEDDLING = _event("meddling", "ACCUSE", "country:MDA", "country:ROU")


class _Analysis:
    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.events = events

    def model_dump(self, **_: Any) -> dict[str, Any]:
        return {"actors": ACTORS, "events": self.events, "relations": [], "statements": []}


class _Tree:
    """A pipeline of one tree: it reads the made-up article as ``events``."""

    def __init__(self, events: list[dict[str, Any]]) -> None:
        self.events = events
        self.analysed = 0

    def analyze(self, text: str, **_: Any) -> _Analysis:
        assert text == TEXT
        self.analysed += 1
        return _Analysis(self.events)


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    """A fake PolNeAR folder with the article, and a judged events file over it: the
    accusation right, the denial no_event, a missed event at "praised"."""
    root = tmp_path / "polnear"
    for folder in ("train", "dev"):
        (root / folder / "text").mkdir(parents=True)
    (root / "train" / "text" / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
    from stancemap.evaluate.news_items import items_of

    accuse, deny = items_of(STEM, TEXT, {"actors": ACTORS, "events": [ACCUSE, DENY]}, "events")
    accuse.update(verdict="right", args_verdict="right", cause=None)
    deny.update(verdict="no_event", args_verdict=None, cause="plain speech")
    start = TEXT.index("praised")
    missed = {
        "article": STEM,
        "start": start,
        "end": start + len("praised"),
        "type": "SUPPORT",
        "source": "Moldova",
        "target": "Ukraine",
        "missed": True,
    }
    items = [{k: v for k, v in i.items() if k not in ("text", "sentence")} for i in (accuse, deny)]
    header = {"what": "events", "part": "check", "judge": "J", "articles": [STEM]}
    path = tmp_path / "events_check_sZ.jsonl"
    lines = [json.dumps(header)] + [json.dumps(i) for i in [*items, missed]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root, path


def test_dump_round_trips_the_readings(tmp_path: Path) -> None:
    rejudge = _rejudge()
    root, path = _setup(tmp_path)
    off_tree = _Tree([ACCUSE, DENY, PRAISE])
    dumped = rejudge.dump([path], None, root, lambda config: off_tree)
    read = json.loads(json.dumps(dumped))  # as written to READINGS.json and read back
    assert set(read["files"]) == {path.name}
    direct = rejudge.read_under(path, None, root, lambda config: off_tree)
    assert rejudge.off_from(read, path) == {"now": direct["now"], "ids": None}
    assert sorted(i["read_as"] for i in read["files"][path.name]["now"]) == [
        "ACCUSE",
        "REJECT",
        "SUPPORT",
    ]
    assert read["tree"].endswith("stancemap")
    # the missed pair name ids (relations) survive JSON too
    ids = {(STEM, "Moldova"): frozenset({"country:MDA"}), (STEM, "Kyiv"): frozenset()}
    assert rejudge._ids_in(json.loads(json.dumps(rejudge._ids_out(ids)))) == ids


def test_collect_with_off_readings_lists_lost_new_and_missed(tmp_path: Path) -> None:
    rejudge = _rejudge()
    root, path = _setup(tmp_path)
    off_tree, on_tree = _Tree([ACCUSE, DENY, PRAISE]), _Tree([OTHER_DENY, MEDDLING])
    readings = json.loads(json.dumps(rejudge.dump([path], None, root, lambda c: off_tree)))
    analysed = off_tree.analysed
    sheet, key, counts = rejudge.collect(
        [path], None, None, root, lambda c: on_tree, off_readings=readings
    )
    assert off_tree.analysed == analysed  # the off side is not analysed again
    assert counts[path.name]["lost"] == 2 and counts[path.name]["new"] == 2
    assert counts[path.name]["missed"] == 1
    assert counts[path.name]["lost_by_verdict_before"] == {"right": 1, "no_event": 1}
    kinds = sorted(k["kind"] for k in key.values())
    assert kinds == ["lost", "lost", "missed", "new", "new"]
    new = {(k["item"]["read_as"], k["item"]["start"]) for k in key.values() if k["kind"] == "new"}
    assert new == {("ACCUSE", TEXT.index("denied")), ("ACCUSE", TEXT.index("meddling"))}
    # the same items, ids and order as one tree with both configs analysed in process
    on_cfg, off_cfg = tmp_path / "on.toml", tmp_path / "off.toml"
    trees = {on_cfg: on_tree, off_cfg: off_tree}
    one = rejudge.collect([path], on_cfg, off_cfg, root, trees.__getitem__)
    assert one == (sheet, key, counts)
    # blind as before: no old verdict, no side, no kind of change
    shown = json.dumps(sheet)
    for word in ("verdict_before", "plain speech", "dropped", "off_readings", '"lost"'):
        assert word not in shown


def test_the_same_readings_on_both_trees_give_no_items(tmp_path: Path) -> None:
    rejudge = _rejudge()
    root, path = _setup(tmp_path)
    tree = _Tree([ACCUSE, DENY, PRAISE])
    readings = json.loads(json.dumps(rejudge.dump([path], None, root, lambda c: tree)))
    sheet, key, counts = rejudge.collect(
        [path], None, None, root, lambda c: tree, off_readings=readings
    )
    assert sheet["items"] == [] and key == {}
    assert counts[path.name]["lost"] == counts[path.name]["new"] == 0


def test_a_file_the_dump_lacks_or_skipped_is_refused(tmp_path: Path) -> None:
    rejudge = _rejudge()
    root, path = _setup(tmp_path)
    tree = _Tree([ACCUSE])
    skipped = rejudge.dump([path], None, tmp_path / "none", lambda c: tree)
    assert "skipped" in skipped["files"][path.name] and tree.analysed == 0
    with pytest.raises(FileNotFoundError):
        rejudge.collect([path], None, None, root, lambda c: tree, off_readings=skipped)
    with pytest.raises(ValueError, match="not in the off readings"):
        rejudge.collect([path], None, None, root, lambda c: tree, off_readings={"files": {}})


def test_cli_takes_one_off_side(tmp_path: Path) -> None:
    rejudge = _rejudge()
    _, path = _setup(tmp_path)
    readings = tmp_path / "R.json"
    readings.write_text(json.dumps({"files": {}}), encoding="utf-8")
    with pytest.raises(SystemExit):
        rejudge.main(
            [
                "collect",
                str(path),
                "--config-off",
                str(tmp_path / "off.toml"),
                "--off-readings",
                str(readings),
                "--out",
                str(tmp_path / "IN.json"),
                "--key",
                str(tmp_path / "KEY.json"),
            ]
        )


def test_collect_dumps_its_on_side_as_dump_does(tmp_path: Path) -> None:
    rejudge = _rejudge()
    root, path = _setup(tmp_path)
    off_tree, on_tree = _Tree([ACCUSE, DENY, PRAISE]), _Tree([OTHER_DENY, MEDDLING])
    readings = rejudge.dump([path], None, root, lambda c: off_tree)
    on_dump: dict[str, Any] = {}
    rejudge.collect(
        [path], None, None, root, lambda c: on_tree, off_readings=readings, on_dump=on_dump
    )
    assert on_dump["files"] == rejudge.dump([path], None, root, lambda c: on_tree)["files"]
    # the on side dumped is the off side of the next comparison: nothing lost from itself
    sheet, _, _ = rejudge.collect([path], None, None, root, lambda c: on_tree, off_readings=on_dump)
    assert sheet["items"] == []
