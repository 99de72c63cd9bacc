"""bench/polnear_shifts.py: ``--disable`` reaches the analysis, not only the corpus
reading (session 16: a bisection with it once showed nothing because the analysis ran with
the shipped switches). No parse: the stream is replaced by one that records its settings."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from bench_modules import load_bench

RULE = "actors.names.given_name_here"


def _bench() -> ModuleType:
    return load_bench("polnear_shifts")


@pytest.mark.parametrize("disable", [(), (RULE,)])
def test_the_analysis_runs_with_the_disabled_rules(disable, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import stancemap.runners
    from stancemap.config import Settings

    bench = _bench()
    text = "Ann Lee praised Bob Roe on Monday."
    monkeypatch.setattr(
        bench, "articles", lambda limit=None: iter([("a1", "2016-01-02", text, "dev")])
    )
    monkeypatch.setattr(bench, "read_facts", lambda path: [{"a": "Ann Lee", "b": "Bob Roe"}])
    seen: list[Any] = []

    def stream(docs, settings, workers=1, batch_size=8):  # type: ignore[no-untyped-def]
        seen.append(settings)
        for doc in docs:
            yield type(
                "Done", (), {"to_json_dict": lambda self, d=doc: {"document": {"id": d.id}}}
            )()

    monkeypatch.setattr(stancemap.runners, "analyze_stream", stream)
    cache = tmp_path / "cache.jsonl"
    bench.analyse(cache, None, disable=disable)
    assert len(seen) == 1
    shipped = Settings().rules.disable
    assert seen[0].rules.disable == [*shipped, *disable]
    assert (RULE in seen[0].rules.disable) == bool(disable) or RULE in shipped
    assert [json.loads(line)["document"]["id"] for line in cache.read_text().splitlines()] == ["a1"]


@pytest.mark.parametrize("disable", [(), (RULE,)])
def test_the_corpus_is_read_with_the_shipped_off_list(disable, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Session 17: the corpus reading had only ``disable`` off, so every shipped-off
    alignment rule was ON in the facts check, unlike `stancemap shifts`."""
    import stancemap.alignment.corpus as corpus_module
    from stancemap.config import Settings

    bench = _bench()
    seen: list[Any] = []

    def load(path, switches=None, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(switches)
        raise RuntimeError("recorded")

    monkeypatch.setattr(corpus_module, "load_corpus", load)
    with pytest.raises(RuntimeError, match="recorded"):
        bench.check_facts(tmp_path / "cache.jsonl", [], disable=disable)
    shipped = Settings().rules.disable
    assert shipped, "the project ships rules off"
    assert list(seen[0].patterns) == [*shipped, *disable]
    assert not any(seen[0].enabled(name) for name in shipped if "*" not in name)
