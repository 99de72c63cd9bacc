"""Real-news precision as a standing measure (session 25): the text-free judged format,
``strip``, the scoring of ``stancemap eval realnews`` and its CLI.

A small synthetic article and hand-written analyses: no ../shared and (but for the last
test) no parse.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.evaluate import judged_news, news_file, news_items, news_score
from stancemap.evaluate.split import part_of

STEM = "cnn_2016-01-06_moldova-rift"  # a tune id (split.part_of)
TEXT = (
    "Moldova And Romania Quarrel\n\n"
    "Moldova accused Romania of meddling in the long-running dispute over the river border. "
    "Romania denied it on Tuesday and said that the accusation was entirely without any basis. "
    "The Moldovan Foreign Ministry of the small landlocked eastern republic praised Romania."
)
ACCUSED = TEXT.index("accused")
DENIED = TEXT.index("denied")
PRAISED = TEXT.index("praised")
LONG = "The Moldovan Foreign Ministry of the small landlocked eastern republic"  # > 40 chars


def _sentence(at: int) -> tuple[int, int]:
    start = TEXT.rfind(". ", 0, at)
    start = TEXT.index("\n\n") + 2 if start < 0 else start + 2
    return start, TEXT.index(".", at) + 1


def _event(etype: str, at: int, word: str, source: str, target: str) -> dict[str, Any]:
    start, end = _sentence(at)
    return {
        "type": etype,
        "cameo": "000",
        "mode": None,
        "trigger": {"start": at, "end": at + len(word)},
        "evidence": {"start": start, "end": end},
        "source": [source],
        "target": [target],
    }


ACTORS = [
    {"id": "country:MDA", "name": "Moldova", "mentions": []},
    {"id": "country:ROU", "name": "Romania", "mentions": []},
    {"id": "org:mfa", "name": LONG, "mentions": []},
]


def _events(accuse: str = "ACCUSE", praise_target: str = "country:ROU") -> dict[str, Any]:
    return {
        "actors": ACTORS,
        "events": [
            _event(accuse, ACCUSED, "accused", "country:MDA", "country:ROU"),
            _event("REJECT", DENIED, "denied", "country:ROU", "country:MDA"),
            _event("SUPPORT", PRAISED, "praised", "org:mfa", praise_target),
        ],
    }


def _relations(score: float = -0.5, extra: bool = False) -> dict[str, Any]:
    def ref(id_: str, at: int) -> dict[str, Any]:
        start, end = _sentence(at)
        return {"id": id_, "kind": "event", "span": {"start": start, "end": end}, "weight": 0.5}

    relations = [
        {
            "a": "country:ROU",
            "b": "country:MDA",
            "score": score,
            "evidence_spans": [ref("e1", ACCUSED)],
        }
    ]
    if extra:
        relations.append(
            {
                "a": "org:mfa",
                "b": "country:ROU",
                "score": 0.4,
                "evidence_spans": [ref("e3", PRAISED)],
            }
        )
    return {"actors": ACTORS, "statements": [], "relations": relations}


def _events_later() -> dict[str, Any]:
    """A later reading: the praise gone, a new CONSULT on "said"."""
    analysis = _events()
    del analysis["events"][2]
    said = TEXT.index("said")
    analysis["events"].append(_event("CONSULT", said, "said", "country:ROU", "country:MDA"))
    return analysis


def _judged_events() -> list[dict[str, Any]]:
    items = news_items.items_of(STEM, TEXT, _events(), "events")
    for item, verdict, args in zip(
        items, ("right", "wrong", "no_event"), ("right", "wrong", None), strict=True
    ):
        item["verdict"], item["args_verdict"] = verdict, args
    items[2]["cause"] = "not an event: " + TEXT[PRAISED - 30 : PRAISED + 20]  # quotes 50 chars
    return items


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return []


def _quotes(value: str, text: str, longest: int = 40) -> bool:
    """Whether ``value`` holds a substring of ``text`` longer than ``longest``."""
    return any(value[i : i + longest + 1] in text for i in range(len(value) - longest))


def test_the_synthetic_article_is_a_tune_article() -> None:
    assert part_of(STEM) == "tune" and _quotes(LONG, TEXT)


# --- the format -------------------------------------------------------------------------


def test_both_forms_read_to_a_header_and_items(tmp_path: Path) -> None:
    items = _judged_events()
    sample = {"what": "events", "seed": 7, "articles": [STEM], "read": 3, "items": items}
    (tmp_path / "s.json").write_text(json.dumps(sample))
    header, read = news_file.read_judged(tmp_path / "s.json")
    assert header == {"what": "events", "seed": 7, "articles": [STEM], "read": 3}
    assert read == items
    head, stripped = news_file.strip(header, items, lambda stem: TEXT, tree="abc", judge="Q")
    news_file.write_jsonl(tmp_path / "events_tune_s0.jsonl", head, stripped)
    lines = (tmp_path / "events_tune_s0.jsonl").read_text().splitlines()
    assert len(lines) == 4
    assert list(json.loads(lines[0]))[:6] == ["what", "part", "seed", "tree", "judge", "articles"]
    assert json.loads(lines[0])["part"] == "tune" and json.loads(lines[0])["read"] == 3
    assert news_file.read_judged(tmp_path / "events_tune_s0.jsonl") == (head, stripped)
    (tmp_path / "bad.jsonl").write_text(json.dumps(stripped[0]) + "\n")
    with pytest.raises(ValueError, match="header"):
        news_file.read_judged(tmp_path / "bad.jsonl")


def test_missed_items_of_a_judge_s_json_are_marked(tmp_path: Path) -> None:
    sample = {
        "what": "events",
        "articles": [STEM],
        "items": [],
        "missed": [{"article": STEM, "start": DENIED, "end": DENIED + 6, "expected": "REJECT"}],
    }
    (tmp_path / "s.json").write_text(json.dumps(sample))
    _, items = news_file.read_judged(tmp_path / "s.json")
    assert items == [{**sample["missed"][0], "missed": True}]  # type: ignore[index]


# --- strip: no text leaks -----------------------------------------------------------------


@pytest.mark.parametrize("what", ["events", "relations"])
def test_no_field_of_a_stripped_record_quotes_the_article(what: str) -> None:
    if what == "events":
        items = _judged_events()
    else:
        items = news_items.items_of(STEM, TEXT, _relations(extra=True), "relations")
        items[0]["cause"] = "sign right: " + TEXT[ACCUSED : ACCUSED + 60]
    assert any(_quotes(s, TEXT) for i in items for s in _strings(i))  # the judge's form quotes
    for text_of in (lambda stem: TEXT, lambda stem: None):  # with or without the article
        _, stripped = news_file.strip({"what": what, "articles": [STEM]}, items, text_of)
        for record in stripped:
            for value in _strings(record):
                assert not _quotes(value, TEXT), (record, value)
            assert "text" not in record and "sentence" not in record
            for evidence in record.get("evidence", []):
                assert set(evidence) == {"id", "kind", "weight", "start", "end", "via"}


def test_strip_keeps_offsets_names_and_verdicts() -> None:
    items = _judged_events()
    _, (accuse, reject, praise) = news_file.strip(
        {"what": "events", "articles": [STEM]}, items, lambda stem: TEXT
    )
    assert (accuse["start"], accuse["end"], accuse["read_as"]) == (ACCUSED, ACCUSED + 7, "ACCUSE")
    assert (accuse["source"], accuse["target"]) == (["Moldova"], ["Romania"])
    assert (accuse["verdict"], accuse["args_verdict"], reject["verdict"]) == (
        "right",
        "right",
        "wrong",
    )
    assert TEXT[accuse["sentence_start"] : accuse["sentence_end"]] == items[0]["sentence"]
    # a name that is a phrase of the article is kept as a digest; a quoting cause is cut
    assert praise["source"] == [news_items.name_key(LONG)] and praise["source"][0].startswith("#")
    assert praise["cause"].startswith("not an event: ") and "[...]" in praise["cause"]


def test_strip_finds_a_sentence_given_as_words_only() -> None:
    (item,) = news_items.items_of(STEM, TEXT, _events(), "events")[:1]
    del item["sentence_start"], item["sentence_end"]  # a sample drawn before session 25
    (stripped,) = news_file.strip({"what": "events"}, [item], lambda stem: TEXT)[1]
    assert TEXT[stripped["sentence_start"] : stripped["sentence_end"]] == item["sentence"]


def test_with_text_puts_back_what_strip_took() -> None:
    for items in (
        _judged_events(),
        news_items.items_of(STEM, TEXT, _relations(extra=True), "relations"),
    ):
        _, stripped = news_file.strip({"what": "x", "articles": [STEM]}, items, lambda s: TEXT)
        full = news_file.with_text(stripped, lambda stem: TEXT)
        for before, after in zip(items, full, strict=True):
            assert after.get("sentence") == before.get("sentence")
            if "pair" not in before:
                assert after["text"] == before["text"]
            else:
                assert [e["text"] for e in after["evidence"]] == [
                    e["text"] for e in before["evidence"]
                ]


# --- scoring ------------------------------------------------------------------------------


def _stripped(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return news_file.strip({"what": "x", "articles": [STEM]}, items, lambda s: TEXT)[1]


def test_a_stripped_file_scores_as_the_judge_s_json() -> None:
    judged = _judged_events()
    now = news_items.items_of(STEM, TEXT, _events(), "events")
    assert news_score.report(_stripped(judged), now) == news_score.report(judged, now)
    result = news_score.report(_stripped(judged), now)
    assert result["kept"] == {"right": 1, "wrong": 1, "no_event": 1}
    assert (result["new"], result["changed"], result["precision"]) == (0, 0, 0.333)
    assert result["args"] == {"right": 1, "wrong": 1, "precision": 0.5}


def test_new_changed_and_dropped_readings_and_the_bounds() -> None:
    judged = _stripped(_judged_events())
    analysis = _events(accuse="DISAPPROVE")  # the judged ACCUSE read otherwise: changed
    del analysis["events"][2]  # the no_event one gone: dropped
    analysis["events"].append(
        _event("CONSULT", TEXT.index("said"), "said", "country:ROU", "country:MDA")
    )
    now = news_items.items_of(STEM, TEXT, analysis, "events")
    result = news_score.report(judged, now)
    assert result["kept"] == {"wrong": 1} and result["dropped"] == {"no_event": 1}
    assert (result["changed"], result["changed_readings"], result["new"]) == (1, 1, 1)
    # kept 1 (0 right) and 2 unjudged readings: all wrong 0/3, all right 2/3
    assert result["precision"] == 0.0 and result["precision_bounds"] == [0.0, 0.667]
    statuses = {(i["read_as"], i["status"]) for i in news_score.unjudged_readings(judged, now)}
    assert statuses == {("DISAPPROVE", "changed"), ("CONSULT", "new")}


def test_events_the_tree_marks_unreal_leave_the_asserted_precision() -> None:
    judged = _stripped(_judged_events())
    judged[2]["cause"] = "hypothetical"  # the praise: judged not to exist, as hypothetical
    analysis = _events()
    result = news_score.report(judged, news_items.items_of(STEM, TEXT, analysis, "events"))
    # unmarked: all three count among what the tree asserts (1 right of 3)
    assert result["asserted"] == {"kept": 3, "precision": 0.333}
    assert result["unreal_marked"] == {"judged": 1, "marked": 0}
    analysis["events"][2]["mode"] = "hypothetical"
    result = news_score.report(judged, news_items.items_of(STEM, TEXT, analysis, "events"))
    assert result["asserted"] == {"kept": 2, "precision": 0.5}
    assert result["unreal_marked"] == {"judged": 1, "marked": 1}
    assert result["precision"] == 0.333  # the plain precision counts every kept reading


def test_an_event_kept_with_other_arguments_must_have_them_judged_again() -> None:
    judged = _stripped(_judged_events())
    now = news_items.items_of(STEM, TEXT, _events(), "events")
    now[0]["target"] = []
    assert news_score.report(judged, now)["args"] == {"changed": 1, "wrong": 1, "precision": 0.0}
    # a long name compares by its digest: the praise event's arguments are still judged alike
    judged[2]["args_verdict"] = "right"
    assert news_score.args_precision(judged[2:], now)["right"] == 1


def test_missed_items_count_found_when_an_event_or_relation_covers_them() -> None:
    said = TEXT.index("said")
    missed = [
        {"missed": True, "article": STEM, "start": said, "end": said + 4, "expected": "CONSULT"},
        {
            "missed": True,
            "article": STEM,
            "start": ACCUSED,
            "end": ACCUSED + 7,
            "expected": "ACCUSE",
        },
        {"missed": True, "article": STEM, "start": DENIED, "end": DENIED + 6, "expected": "YIELD"},
    ]
    now = news_items.items_of(STEM, TEXT, _events(), "events")
    result = news_score.report(_stripped(_judged_events()) + missed, now)
    base = {"items": 3, "found": 2, "found_as_expected": 1, "recall": 0.667}
    assert {k: result["missed"][k] for k in base} == base  # typed fields come besides
    assert result["kept"] == {"right": 1, "wrong": 1, "no_event": 1}  # missed items apart
    pair = {"missed": True, "article": STEM, "pair": ["org:mfa", "country:ROU"], "expected": "+"}
    rel_now = news_items.items_of(STEM, TEXT, _relations(extra=True), "relations")
    assert news_score.missed_found(pair, rel_now) == (True, True)
    assert news_score.missed_found(
        pair, news_items.items_of(STEM, TEXT, _relations(), "relations")
    ) == (False, False)


def test_relations_score_sign_precision_by_kind_and_new_pairs() -> None:
    judged = news_items.items_of(STEM, TEXT, _relations(), "relations")
    judged[0]["verdict"] = "right"
    now = news_items.items_of(STEM, TEXT, _relations(extra=True), "relations")
    result = news_score.report(_stripped(judged), now)
    assert result["kept"] == {"right": 1} and result["sign_precision"] == 1.0
    assert result["by_kind"] == {"event": {"right": 1, "sign_precision": 1.0}}
    assert (result["new"], result["new_by_kind"], result["precision_bounds"]) == (
        1,
        {"event": 1},
        [0.5, 1.0],
    )


def test_merge_appends_judged_readings_stripped_and_a_later_verdict_settles_a_change() -> None:
    header = {"what": "events", "articles": [STEM]}
    judged = _stripped(_judged_events())
    now = news_items.items_of(STEM, TEXT, _events(accuse="DISAPPROVE"), "events")
    unknown = news_score.unjudged_readings(judged, now)
    assert [i["read_as"] for i in unknown] == ["DISAPPROVE"] and unknown[0]["text"] == "accused"
    unknown[0]["verdict"] = "right"
    other = {**unknown[0], "article": "cnn_2016-02-01_other-story"}
    unjudged = {**now[1], "read_as": "YIELD"}
    merged, counts = news_file.merge(
        header, judged, [unknown[0], unknown[0], other, unjudged], lambda s: TEXT, "Q"
    )
    assert counts == {"added": 1, "unjudged": 1, "already": 1, "other_article": 1}
    assert merged[:3] == judged and merged[3]["judge"] == "Q"
    assert "text" not in merged[3] and "status" not in merged[3]
    result = news_score.report(merged, now)
    # the old ACCUSE verdict is superseded by the verdict on the new reading
    assert (result["changed"], result["changed_readings"], result["kept"]["right"]) == (0, 0, 1)


# --- the evaluation and the CLI -------------------------------------------------------------


class _FakePipeline:
    """Stands in for ``Pipeline(settings)``: returns a hand-written analysis."""

    analysis: dict[str, Any] = {}

    def __init__(self, settings: Any) -> None:
        self.settings = settings

    def analyze(self, text: str, date: str | None = None, doc_id: str | None = None) -> Any:
        assert (text, date, doc_id) == (TEXT, "2016-01-06", STEM)
        return SimpleNamespace(
            model_dump=lambda **kw: {"statements": [], "relations": [], **self.analysis}
        )


def _polnear(tmp_path: Path) -> Path:
    root = tmp_path / "polnear"
    for folder in ("train", "dev"):
        (root / folder / "text").mkdir(parents=True)
    (root / "dev" / "text" / f"{STEM}.txt").write_text(TEXT, encoding="utf-8")
    return root


def _file(tmp_path: Path) -> Path:
    head, items = news_file.strip(
        {"what": "events", "articles": [STEM]}, _judged_events(), lambda s: TEXT
    )
    path = tmp_path / "events_tune_s0.jsonl"
    news_file.write_jsonl(path, head, items)
    return path


def test_eval_realnews_prints_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import stancemap.pipeline

    monkeypatch.setattr(stancemap.pipeline, "Pipeline", _FakePipeline)
    _FakePipeline.analysis = _events_later()
    path, polnear = _file(tmp_path), _polnear(tmp_path)
    result = CliRunner().invoke(
        app, ["eval", "realnews", str(path), "--polnear", str(polnear), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["what"], report["part"], report["judged"], report["read"]) == (
        "events",
        "tune",
        3,
        3,
    )
    assert report["kept"] == {"right": 1, "wrong": 1} and report["dropped"] == {"no_event": 1}
    assert report["new"] == 1 and report["precision_bounds"] == [0.333, 0.667]
    table = CliRunner().invoke(app, ["eval", "realnews", str(path), "--polnear", str(polnear)])
    assert table.exit_code == 0 and "precision_bounds" not in table.stdout  # lists are left out
    assert "kept.right" in table.stdout


def test_list_new_prints_a_sample_to_judge_with_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stancemap.pipeline

    monkeypatch.setattr(stancemap.pipeline, "Pipeline", _FakePipeline)
    _FakePipeline.analysis = _events_later()
    path, polnear = _file(tmp_path), _polnear(tmp_path)
    result = CliRunner().invoke(
        app, ["eval", "realnews", str(path), "--polnear", str(polnear), "--list-new"]
    )
    assert result.exit_code == 0, result.output
    sample = json.loads(result.stdout)
    (item,) = sample["items"]
    assert (item["text"], item["status"], item["target"], item["verdict"]) == (
        "said",
        "new",
        ["Moldova"],
        None,
    )
    assert item["sentence"].startswith("Romania denied it")
    assert json.loads(result.stderr)["new"] == 1
    # judged and merged back: nothing new any more
    item["verdict"], item["args_verdict"] = "no_event", None
    (tmp_path / "new.json").write_text(json.dumps(sample))
    header, judged = news_file.read_judged(path)
    _, new = news_file.read_judged(tmp_path / "new.json")
    merged, _ = news_file.merge(header, judged, new, lambda s: TEXT)
    now = judged_news.read_now(_FakePipeline(None), judged_news.Articles(polnear), [STEM], "events")
    assert news_score.report(merged, now)["new"] == 0


def test_eval_realnews_skips_cleanly_without_the_articles(tmp_path: Path) -> None:
    path = _file(tmp_path)
    result = CliRunner().invoke(
        app, ["eval", "realnews", str(path), "--polnear", str(tmp_path / "no"), "--json"]
    )
    assert result.exit_code == 0
    assert "skipped" in result.stderr and "absent" in json.loads(result.stdout)["skipped"]


def test_the_bench_script_strips_and_merges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bench_modules import load_bench

    bench = load_bench("real_news_sample")
    monkeypatch.setattr(bench, "POLNEAR", _polnear(tmp_path))
    sample = {"what": "events", "seed": 1, "articles": [STEM], "items": _judged_events()}
    (tmp_path / "s.json").write_text(json.dumps(sample))
    out = tmp_path / "events_tune_s0.jsonl"
    assert bench.main(["strip", str(tmp_path / "s.json"), "--out", str(out), "--judge", "Q"]) == 0
    assert not _quotes(out.read_text(), TEXT)
    assert news_file.read_judged(out)[0]["judge"] == "Q"
    assert bench.main(["text", str(out), "--out", str(tmp_path / "back.json")]) == 0
    _, back = news_file.read_judged(tmp_path / "back.json")
    assert [i["sentence"] for i in back] == [i["sentence"] for i in _judged_events()]
    extra = {**_judged_events()[0], "read_as": "DISAPPROVE", "verdict": "wrong"}
    (tmp_path / "new.json").write_text(json.dumps({"what": "events", "items": [extra]}))
    assert bench.main(["merge", str(out), str(tmp_path / "new.json")]) == 0
    assert len(news_file.read_judged(out)[1]) == 4 and not _quotes(out.read_text(), TEXT)


def test_eval_realnews_on_the_pipeline_keeps_every_verdict_of_its_own_reading(
    tmp_path: Path,
) -> None:
    """End to end (the real parse): judge everything one run reads, score it again."""
    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    polnear = _polnear(tmp_path)
    analysis = judged_news.analyse(Pipeline(load_settings()), STEM, TEXT)
    items = news_items.items_of(STEM, TEXT, analysis, "events")
    assert items, "the article has events"
    for item in items:
        item["verdict"], item["args_verdict"] = "right", "right"
    head, stripped = news_file.strip({"what": "events", "articles": [STEM]}, items, lambda s: TEXT)
    news_file.write_jsonl(tmp_path / "f.jsonl", head, stripped)
    result = CliRunner().invoke(
        app, ["eval", "realnews", str(tmp_path / "f.jsonl"), "--polnear", str(polnear), "--json"]
    )
    report = json.loads(result.stdout)
    assert report["kept"] == {"right": len(items)} and report["precision"] == 1.0
    assert (report["new"], report["changed"], report["dropped"]) == (0, 0, {})
    assert report["args"] == {"right": len(items), "precision": 1.0}


# --- the files kept in the repository ------------------------------------------------------

REALNEWS = Path(__file__).resolve().parents[1] / "bench" / "data" / "realnews"
TUNE_FILES = ("relations_tune_s24.jsonl", "events_tune_s24.jsonl")


@pytest.mark.parametrize("name", TUNE_FILES)
def test_the_repository_s_judged_files_carry_no_text(name: str) -> None:
    header, items = news_file.read_judged(REALNEWS / name)
    assert {"what", "part", "seed", "tree", "judge", "articles"} <= set(header)
    assert header["part"] == "tune" and all(part_of(a) == "tune" for a in header["articles"])
    # a census: every item the tree read was judged (later verdicts, merged, name their judge)
    assert sum("judge" not in i for i in items) == header["read"]
    for item in items:
        assert not {"text", "sentence"} & set(item) and item["article"] in header["articles"]
        assert item["verdict"] in ("right", "wrong", "no_event", "no_relation")
        assert all("text" not in e for e in item.get("evidence", []))


@pytest.mark.parametrize("name", TUNE_FILES)
def test_the_repository_s_judged_files_quote_no_article(name: str) -> None:
    from shared_data import shared_path

    articles = judged_news.Articles(shared_path("gold", "polnear"))
    _, items = news_file.read_judged(REALNEWS / name)
    for item in items:
        text = articles.text(item["article"])
        assert text is not None
        fields = {k: v for k, v in item.items() if k != "article"}
        assert not any(_quotes(value, text) for value in _strings(fields)), item


# --- merged events: read at every mention (session 30) -------------------------------------

SAID = TEXT.index("said")


def _accuse_twice(merged: bool, unjudged: bool = False) -> list[dict[str, Any]]:
    """The accusation read at "accused" and again at "said" (and, with ``unjudged``, at
    "praised"): two events, or one merged event whose later mentions are the others."""
    places = [(ACCUSED, "accused"), (SAID, "said")] + ([(PRAISED, "praised")] if unjudged else [])
    events = [_event("ACCUSE", at, word, "country:MDA", "country:ROU") for at, word in places]
    if merged:
        events[0]["mentions"] = [dict(e["trigger"]) for e in events[1:]]
        events = events[:1]
    return news_items.items_of(STEM, TEXT, {"actors": ACTORS, "events": events}, "events")


def _judged_twice() -> list[dict[str, Any]]:
    """The accusation at "accused" judged right, its repetition at "said" judged wrong."""
    items = _accuse_twice(merged=False)
    for item, verdict in zip(items, ("right", "wrong"), strict=True):
        item["verdict"], item["args_verdict"] = verdict, "right"
    return items


def test_an_event_item_carries_its_later_mentions() -> None:
    (item,) = _accuse_twice(merged=True)
    assert item["mentions"] == [[SAID, SAID + 4]]
    assert [i["mentions"] for i in _accuse_twice(merged=False)] == [[], []]


def test_a_judged_item_at_a_later_mention_is_kept() -> None:
    judged, now = _judged_twice(), _accuse_twice(merged=True)
    out = news_score.report(judged, now)
    assert out["kept"] == {"right": 1, "wrong": 1} and out["dropped"] == {}
    assert out["precision"] == 0.5 and out["kept_by_mention"] == 1
    assert out["args"]["right"] == 2
    # the scorer before session 30: the repetition reads as dropped, precision 1.0
    old = news_score.report(judged, now, first_mention=True)
    assert old["kept"] == {"right": 1} and old["dropped"] == {"wrong": 1}
    assert old["precision"] == 1.0 and "kept_by_mention" not in old


def test_merging_moves_no_figure() -> None:
    """Merging two readings into one event neither drops a judged item nor hides a wrong or
    unjudged one: every figure is that of the same events unmerged."""
    judged = _judged_twice()
    for unjudged in (False, True):
        apart = news_score.report(judged, _accuse_twice(merged=False, unjudged=unjudged))
        merged = news_score.report(judged, _accuse_twice(merged=True, unjudged=unjudged))
        assert merged.pop("kept_by_mention") == 1 and apart.pop("kept_by_mention") == 0
        assert merged.pop("new_at_mentions") == unjudged and apart.pop("new_at_mentions") == 0
        assert merged == apart
    assert merged["new"] == 1 and merged["precision_bounds"] == [0.333, 0.667]
    (new,) = news_score.unjudged_readings(judged, _accuse_twice(merged=True, unjudged=True))
    assert (new["start"], new["mention_of"], new["status"]) == (
        PRAISED,
        [ACCUSED, ACCUSED + 7],
        "new",
    )
    assert (
        news_score.unjudged_readings(
            judged, _accuse_twice(merged=True, unjudged=True), first_mention=True
        )
        == []
    )


def test_a_missed_item_is_found_at_a_later_mention() -> None:
    missed = {"article": STEM, "start": SAID, "end": SAID + 4, "expected": "ACCUSE", "missed": True}
    judged = [*_judged_twice()[:1], missed]
    assert news_score.report(judged, _accuse_twice(merged=True))["missed"]["found"] == 1
    old = news_score.report(judged, _accuse_twice(merged=True), first_mention=True)
    assert old["missed"]["found"] == 0


def test_a_judged_merged_event_covers_its_own_later_mentions() -> None:
    (judged,) = _accuse_twice(merged=True)
    judged["verdict"] = "right"
    for now in (_accuse_twice(merged=True), _accuse_twice(merged=False)):
        out = news_score.report([judged], now)
        assert (out["new"], out["changed_readings"], out["kept"]) == (0, 0, {"right": 1})


def _event_item(start: int, read_as: str, source: list[str], target: list[str]) -> dict[str, Any]:
    return {
        "article": STEM,
        "start": start,
        "end": start + 5,
        "read_as": read_as,
        "source": source,
        "target": target,
    }


def test_typed_recall_counts_the_judge_s_type_family_and_parties() -> None:
    """A judged missed event found by any event in its span is not found with its type:
    the typed fields count the judge's type (0.5 names as 2021 ones), its family, its
    parties (session 36)."""
    missed = [  # judge's type, parties: found with all three
        {
            "missed": True,
            "article": STEM,
            "start": 0,
            "end": 20,
            "type": "ACCUSE",
            "source": "Donald Trump",
            "target": "Hillary Clinton",
        },
        # a DISAPPROVE (0.5 name of ACCUSE) read with the wrong target: typed, not parties
        {
            "missed": True,
            "article": STEM,
            "start": 100,
            "end": 120,
            "type": "DISAPPROVE",
            "source": "Trump",
            "target": "Clinton",
        },
        # same family (verbal conflict), not the type
        {"missed": True, "article": STEM, "start": 200, "end": 220, "type": "THREATEN"},
        # an event in the span of another family: found, not typed, not family
        {"missed": True, "article": STEM, "start": 300, "end": 320, "type": "SUPPORT"},
        {"missed": True, "article": STEM, "start": 400, "end": 420, "type": "SUPPORT"},
    ]
    now = [
        _event_item(5, "ACCUSE", ["Donald Trump"], ["Clinton"]),
        _event_item(105, "ACCUSE", ["Donald Trump"], ["Bernie Sanders"]),
        _event_item(205, "REJECT", [], []),
        _event_item(305, "ASSAULT", [], []),
    ]
    result = news_score.report(missed, now)["missed"]
    assert result["found"] == 4
    assert result["typed_items"] == 5
    assert result["found_typed"] == 2
    assert result["found_family"] == 3
    assert result["found_typed_with_parties"] == 1
    assert result["recall_typed"] == 0.4
    assert result["recall_typed_with_parties"] == 0.2
    assert news_score.party_matches("Clinton", ["Hillary Clinton"])
    assert not news_score.party_matches("Hillary Clinton", ["Bernie Sanders"])
    assert news_score.party_matches(None, [])


def test_a_judges_per_role_arguments_verdict_is_merged_as_one_word() -> None:
    # session 37: a judge wrote {"source": ..., "target": ...}; the scorer counts words
    assert news_file.args_verdict_word({"source": "right", "target": "right"}) == "right"
    assert news_file.args_verdict_word({"source": "right", "target": "missing"}) == "wrong"
    assert news_file.args_verdict_word("source right, target wrong") == "wrong"
    assert news_file.args_verdict_word("source right, target right") == "right"
    assert news_file.args_verdict_word("right") == "right"
    assert news_file.args_verdict_word(None) is None


def test_a_missed_relation_with_names_is_found_only_by_a_relation_of_those_two() -> None:
    missed = {
        "missed": True,
        "article": "a",
        "start": 0,
        "end": 40,
        "names": ["Bernie Sanders", "Hillary Clinton"],
        "sign": "-",
    }
    evidence = [{"start": 5, "end": 20}]
    other_pair = {
        "article": "a",
        "pair": ["x", "y"],
        "names": ["Donald Trump", "Hillary Clinton"],
        "read_as": "-",
        "evidence": evidence,
    }
    # the lenient reading counts any relation whose evidence overlaps the span
    assert news_score.missed_found(missed, [other_pair]) == (True, True)
    assert news_score.missed_pair_found(missed, [other_pair]) == (False, False)
    right_pair_wrong_sign = {**other_pair, "names": ["Clinton", "Sanders"], "read_as": "+"}
    assert news_score.missed_pair_found(missed, [right_pair_wrong_sign]) == (True, False)
    signed = {**right_pair_wrong_sign, "read_as": "-"}
    assert news_score.missed_pair_found(missed, [signed]) == (True, True)
    assert news_score.missed_pair_found(missed, [{**signed, "article": "b"}]) == (False, False)
    report = news_score.report([missed], [other_pair, signed])
    assert {k: report["missed"][k] for k in ("pair_items", "found_pair", "found_pair_signed")} == {
        "pair_items": 1,
        "found_pair": 1,
        "found_pair_signed": 1,
    }


def test_a_later_mention_carries_its_own_sentence_for_the_judge() -> None:
    text = "Smith attacked Jones on Monday. Later, the attack was repeated in Ohio. Then rain."
    at = text.index("attack was")
    item = {"article": STEM, "start": at, "end": at + 6, "sentence_start": 0, "sentence_end": 31}
    (plain,) = news_file.with_text([item], lambda stem: text)
    assert "mention_sentence" not in plain  # the event's own trigger: its sentence is enough
    (mention,) = news_file.with_text([{**item, "mention_of": [6, 14]}], lambda stem: text)
    assert mention["sentence"] == "Smith attacked Jones on Monday."
    assert mention["mention_sentence"] == "Later, the attack was repeated in Ohio."


def test_the_tree_s_mode_is_read_against_the_judge_s_mode_seen() -> None:
    judged = _stripped(_judged_events())
    judged[0]["mode_seen"] = "asserted"
    judged[1]["mode_seen"] = "hypothetical (a fear)"  # the note after the mode is dropped
    judged[2]["mode_seen"] = "disapprove"  # not a judge's mode (s28 holds the tree's): left out
    analysis = _events()
    result = news_score.report(judged, news_items.items_of(STEM, TEXT, analysis, "events"))
    assert result["mode"]["cells"] == {"asserted|asserted": 1, "asserted|hypothetical": 1}
    assert (result["mode"]["items"], result["mode"]["agree"], result["mode"]["same_mode"]) == (
        2,
        1,
        1,
    )
    assert (result["mode"]["judge_unreal"], result["mode"]["unreal_marked"]) == (1, 0)
    analysis["events"][1]["mode"] = "negated"  # marked unreal, another unreal mode
    analysis["events"][0]["mode"] = "historical"  # real: agrees, not the same mode
    result = news_score.report(judged, news_items.items_of(STEM, TEXT, analysis, "events"))
    assert result["mode"]["cells"] == {"historical|asserted": 1, "negated|hypothetical": 1}
    assert (result["mode"]["agree"], result["mode"]["same_mode"]) == (2, 0)
    assert result["mode"]["unreal_marked"] == 1 and result["mode"]["agreement"] == 1.0


def test_the_tree_s_future_agrees_with_a_stated_intent() -> None:
    assert news_score.mode_agreement([("future", "intent"), ("future", "planned")])["agree"] == 2
    assert news_score.mode_agreement([("asserted", "planned")])["agree"] == 0
    assert news_score.judge_mode("intent (stating it is real)") == "intent"
    assert news_score.judge_mode(None) is None and news_score.tree_mode("disapprove") == "asserted"
