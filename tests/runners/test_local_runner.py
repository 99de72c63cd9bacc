"""The multi-process runner: order, identity with one worker, failures, dead workers."""

from __future__ import annotations

import pytest

from stancemap.ingest import make_document
from stancemap.runners import analyze_stream
from stancemap.runners.local import WorkerStartError

FAKE = "fake_pipeline:FakePipeline"


def _docs(texts: list[str]):
    return [make_document(t, doc_id=f"d{i}") for i, t in enumerate(texts)]


def test_two_workers_keep_input_order_and_spread_the_work():
    texts = [" ".join(["word"] * (i + 1)) for i in range(40)]
    results = list(analyze_stream(_docs(texts), workers=2, batch_size=3, factory=FAKE))
    assert [r.doc_id for r in results] == [f"d{i}" for i in range(40)]
    assert [r.words for r in results] == list(range(1, 41))
    assert len({r.pid for r in results}) == 2


def test_a_failing_document_is_reported_in_place_and_the_batch_goes_on():
    texts = ["one two", "FAIL this", "three four five"]
    results = list(analyze_stream(_docs(texts), workers=2, batch_size=1, factory=FAKE))
    assert [type(r).__name__ for r in results] == ["FakeResult", "Failure", "FakeResult"]
    assert results[1].reason == "asked to fail"


def test_a_short_stream_stays_in_this_process():
    import os

    results = list(analyze_stream(_docs(["a", "b c", "d"]), workers=2, batch_size=2, factory=FAKE))
    assert [r.words for r in results] == [1, 2, 1]
    assert {r.pid for r in results} == {os.getpid()}


def test_a_document_that_kills_its_worker_fails_alone():
    texts = ["a b", "c d e", "KILL me", "f", "g h", "i j k l"]
    results = list(analyze_stream(_docs(texts), workers=2, batch_size=1, factory=FAKE))
    kinds = [type(r).__name__ for r in results]
    assert kinds == [
        "FakeResult",
        "FakeResult",
        "Failure",
        "FakeResult",
        "FakeResult",
        "FakeResult",
    ]
    assert "worker process died" in results[2].reason
    assert [r.words for r in results if type(r).__name__ == "FakeResult"] == [2, 3, 1, 2, 4]


def test_a_pipeline_that_cannot_load_stops_the_run_with_its_reason():
    with pytest.raises(WorkerStartError, match="knowledge base is malformed"):
        list(
            analyze_stream(
                _docs(["a", "b"]), workers=2, batch_size=1, factory="fake_pipeline:BrokenPipeline"
            )
        )


@pytest.mark.slow
def test_real_pipeline_gives_identical_output_with_two_workers():
    texts = [
        'The president of France said on Monday that "the border will not move".',
        "Russia's foreign minister rejected the plan, the agency reported.",
        "Germany and Poland signed a trade agreement in Warsaw on Friday.",
        "Protesters clashed with police in the capital, officials said.",
    ]
    one = [r.model_dump_json() for r in analyze_stream(_docs(texts), workers=1)]
    two = [r.model_dump_json() for r in analyze_stream(_docs(texts), workers=2, batch_size=1)]
    assert one == two
    assert all('"quotes"' in r for r in one)


def test_a_batch_submitted_after_a_worker_died_is_retried_not_raised():
    # session 37: under load the pool can be marked broken before the dead worker's own
    # future is drained; submit itself then raises, and that stopped the whole stream
    from concurrent.futures.process import BrokenProcessPool

    from stancemap.runners import local

    class BrokenPool:
        def submit(self, *args, **kwargs):
            raise BrokenProcessPool("a child process terminated abruptly")

    future = local._submit(BrokenPool(), [])
    with pytest.raises(BrokenProcessPool):
        future.result()
