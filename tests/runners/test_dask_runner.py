"""The Dask runner on a real LocalCluster of two worker processes."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("distributed", reason="dask distributed is not installed")

from stancemap.ingest import make_document  # noqa: E402
from stancemap.runners.dask_cluster import (  # noqa: E402
    analyze_partitions,
    connect,
    part_path,
    read_partitions,
)

FAKE = "fake_pipeline:FakePipeline"


@pytest.fixture(scope="module")
def client():
    client = connect("local", workers=2)
    yield client
    client.close()
    client.cluster.close()


def _docs(n: int):
    return [make_document(" ".join(["w"] * (i + 1)), doc_id=f"d{i}") for i in range(n)]


def test_partitions_come_back_in_input_order(client, tmp_path):
    seen = []
    totals = analyze_partitions(
        _docs(23), tmp_path, client=client, partition_size=5, factory=FAKE, progress=seen.append
    )
    assert totals == {"partitions": 5, "ok": 23, "failed": 0, "skipped": 0}
    rows = list(read_partitions(tmp_path))
    assert [r["doc_id"] for r in rows] == [f"d{i}" for i in range(23)]
    assert [json.loads(r["analysis"])["words"] for r in rows] == list(range(1, 24))
    assert sorted(s["partition"] for s in seen) == [0, 1, 2, 3, 4]


def test_a_rerun_skips_written_partitions_and_duplicates_nothing(client, tmp_path):
    analyze_partitions(_docs(12), tmp_path, client=client, partition_size=4, factory=FAKE)
    part_path(tmp_path, 1).unlink()  # as if that partition's worker had died
    totals = analyze_partitions(_docs(12), tmp_path, client=client, partition_size=4, factory=FAKE)
    assert totals["skipped"] == 8 and totals["ok"] == 4
    rows = list(read_partitions(tmp_path))
    assert [r["doc_id"] for r in rows] == [f"d{i}" for i in range(12)]


def test_failures_are_rows_not_lost_documents(client, tmp_path):
    docs = _docs(4)
    docs[2] = make_document("FAIL now", doc_id="bad")
    totals = analyze_partitions(docs, tmp_path, client=client, partition_size=2, factory=FAKE)
    assert totals["ok"] == 3 and totals["failed"] == 1
    rows = list(read_partitions(tmp_path))
    assert [(r["doc_id"], r["ok"], r["reason"]) for r in rows][2] == ("bad", False, "asked to fail")


def test_stream_results_yields_in_input_order(client):
    from stancemap.runners.dask_cluster import stream_results

    docs = _docs(9)
    docs[4] = make_document("FAIL here", doc_id="bad")
    out = list(
        stream_results(docs, client=client, partition_size=2, factory=FAKE, decode=json.loads)
    )
    kinds = [type(r).__name__ for r in out]
    assert kinds[4] == "Failure" and kinds.count("Failure") == 1
    assert [r["doc_id"] for i, r in enumerate(out) if i != 4] == [
        d.id for d in docs if d.id != "bad"
    ]
