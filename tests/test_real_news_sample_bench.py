"""bench/real_news_sample.py: how judged items are drawn and carried to a later reading.

Pure functions over hand-made analyses (no parse): an item read the same way keeps its
verdict, one read otherwise is changed, one no longer read is dropped with its verdict.
"""

from __future__ import annotations

from types import ModuleType

from bench_modules import load_bench

TEXT = "Moldova accused Romania of meddling. Romania denied it."


def _bench() -> ModuleType:
    return load_bench("real_news_sample")


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


REL_TEXT = (
    "Lisbon Talks Collapse\n\n"
    "Portugal condemned Spain over the dam. "
    "\u201cSpain lies,\u201d the Portuguese minister said. Madrid praised Lisbon."
)


def _relation_analysis(score: float = -0.6, via: str | None = None) -> dict:
    """Two countries with a relation on an event, a statement on a quote, a headline
    claim and (optionally carried) a second event."""
    condemned = REL_TEXT.index("Portugal condemned")
    quote = REL_TEXT.index("Spain lies")
    actors = [
        {"id": "country:PRT", "name": "Portugal", "mentions": []},
        {"id": "country:ESP", "name": "Spain", "mentions": []},
    ]
    statements = [
        {"id": "s1", "evidence": ["q1"]},
        {"id": "s2", "evidence": []},
    ]

    def ref(id_: str, kind: str, start: int, end: int, weight: float, via_: str | None = None):
        span = {"start": start, "end": end, "text": REL_TEXT[start:end]}
        return {"id": id_, "kind": kind, "span": span, "weight": weight, "via": via_}

    relations = [
        {
            # the pair in the other order: matched either way
            "a": "country:PRT",
            "b": "country:ESP",
            "score": score,
            "evidence_spans": [
                ref("e1", "event", condemned, condemned + 38, 0.3, via),
                ref("s1", "statement", quote, quote + 10, 0.5),
                ref("s2", "statement", 0, 21, 0.2),
            ],
        },
        {"a": "country:ESP", "b": "country:FRA", "score": 0.0, "evidence_spans": []},
    ]
    return {"actors": actors, "statements": statements, "relations": relations}


def test_relation_items_name_the_pair_sign_and_each_evidence_kind() -> None:
    (item,) = _bench().items_of("a1", REL_TEXT, _relation_analysis(), "relations")
    assert item["pair"] == ["country:ESP", "country:PRT"]
    assert item["names"] == ["Spain", "Portugal"]
    assert (item["read_as"], item["score"]) == ("-", -0.6)
    kinds = [(e["id"], e["kind"]) for e in item["evidence"]]
    assert kinds == [("e1", "event"), ("s1", "statement:quote"), ("s2", "headline")]
    # the heaviest evidence names the relation's kind; spans index the text
    assert item["kind"] == "statement:quote"
    for e in item["evidence"]:
        assert e["text"] == REL_TEXT[e["start"] : e["end"]]
    assert item["verdict"] is None and item["cause"] is None


def test_carried_and_voice_evidence_are_their_own_kinds() -> None:
    bench = _bench()
    carried = _relation_analysis(via="leaders:person:a~person:b")
    (item,) = bench.items_of("a1", REL_TEXT, carried, "relations")
    assert item["evidence"][0]["kind"] == "carried"
    voice = _relation_analysis(via="voice:person:a")
    (item,) = bench.items_of("a1", REL_TEXT, voice, "relations")
    assert item["evidence"][0]["kind"] == "voice"


def test_relation_verdicts_follow_the_sign_and_give_sign_precision_by_kind() -> None:
    bench = _bench()
    judged = bench.items_of("a1", REL_TEXT, _relation_analysis(), "relations")
    judged[0]["verdict"] = "right"
    same = bench.score(judged, bench.items_of("a1", REL_TEXT, _relation_analysis(), "relations"))
    assert same["kept"] == {"right": 1} and same["sign_precision"] == 1.0
    assert same["by_kind"] == {"statement:quote": {"right": 1, "sign_precision": 1.0}}
    # the sign turned: judge it again
    turned = bench.items_of("a1", REL_TEXT, _relation_analysis(0.4), "relations")
    assert bench.score(judged, turned)["changed"] == 1
    # the pair is no longer related: dropped with its verdict
    gone = bench.items_of("a1", REL_TEXT, _relation_analysis(0.0), "relations")
    assert bench.score(judged, gone)["dropped"] == {"right": 1}


def test_sign_precision_leaves_out_relations_that_should_not_exist() -> None:
    bench = _bench()
    judged = [
        {"article": "a", "pair": ["x", str(i)], "read_as": "-", "kind": "event", "verdict": v}
        for i, v in enumerate(["right", "right", "wrong", "no_relation"])
    ]
    result = bench.score(judged, [dict(i) for i in judged])
    assert result["precision"] == 0.5
    assert result["sign_precision"] == 0.667
    assert result["by_kind"]["event"]["no_relation"] == 1


def test_a_draw_by_kind_takes_only_relations_of_that_kind() -> None:
    bench = _bench()
    items = [
        {"article": "a", "start": s, "pair": ["x", str(s)], "kind": "claim" if s % 5 else "voice"}
        for s in range(50)
    ]
    voices = bench.draw_kind(items, "voice", 3, 20)
    assert len(voices) == 10 and {i["kind"] for i in voices} == {"voice"}
    assert len(bench.draw_kind(items, "claim", 3, 4)) == 4
    assert bench.draw_kind(items, "headline", 3, 4) == []


def test_a_blind_sample_draws_only_check_articles(tmp_path) -> None:
    # session 41: a draw from the tune part gave a "check" sample of tune articles, which
    # engineers may have read; --part check draws from the check articles alone
    from stancemap.evaluate.split import part_of

    stems = [f"outlet_2016-01-{d:02d}_story-{d}" for d in range(1, 41)]
    for folder, group in (("train", stems[:20]), ("dev", stems[20:])):
        (tmp_path / folder / "text").mkdir(parents=True)
        for stem in group:
            (tmp_path / folder / "text" / f"{stem}.txt").write_text("x", encoding="utf-8")
    bench = _bench()
    check = bench.tune_articles(tmp_path, "check")
    tune = bench.tune_articles(tmp_path)
    assert check and tune
    assert all(part_of(p.stem) == "check" for p in check)
    assert all(part_of(p.stem) == "tune" for p in tune)
    assert len(check) + len(tune) == len(stems)
