"""Writing documents: round trip, replace on re-write, near-duplicates as links."""

from __future__ import annotations

from store_builders import synthetic

from stancemap.records import Analysis
from stancemap.store.ingest import ingest_analyses
from stancemap.store.reader import corpus_rows, iter_analyses, load_analysis


def _canonical(analysis: Analysis) -> dict:
    data = analysis.to_json_dict()
    data["actors"] = sorted(data["actors"], key=lambda a: a["id"])
    return data


def test_an_analysis_comes_back_as_written(store):
    original = synthetic("doc-1", "2024-03-01", extra_quotes=2)
    store.write(original)
    back = load_analysis(store, "doc-1")
    assert back is not None
    assert _canonical(back) == _canonical(original)
    for quote in back.quotes:  # offsets still index the text exactly
        assert back.text[quote.content.start : quote.content.end] == quote.content.text


def test_rewriting_a_document_replaces_its_rows(store):
    store.write(synthetic("doc-1", "2024-03-01", extra_quotes=3))
    store.write(synthetic("doc-2", "2024-03-02"))
    assert store.count("quotes") == 5 + 2
    store.write(synthetic("doc-1", "2024-03-01", extra_quotes=0))
    store.write(synthetic("doc-1", "2024-03-01", extra_quotes=0))
    assert store.count("documents") == 2
    assert store.count("quotes") == 2 + 2
    assert store.count("statements") == 4
    assert store.count("mentions") == 2 * 4  # two speakers and two countries each


def test_a_near_duplicate_is_linked_not_stored_twice(store):
    first = synthetic("doc-1", "2024-03-01")
    copy = synthetic("doc-1-copy", "2024-03-01", extra_quotes=1)
    copy.document.duplicate_of = "doc-1"
    counts = ingest_analyses(store, [("a", first.to_json_dict()), ("b", copy.to_json_dict())])
    assert (counts.stored, counts.duplicates) == (1, 1)
    assert store.count("documents") == 2
    assert store.count("quotes") == 2  # the copy's findings are not counted again
    assert load_analysis(store, "doc-1-copy") is None
    assert [a.document.id for a in iter_analyses(store)] == ["doc-1"]


def test_ingesting_analyses_again_changes_nothing(store):
    rows = [(f"line {n}", synthetic(f"d{n}", f"2024-01-0{n + 1}").to_json_dict()) for n in range(3)]
    assert ingest_analyses(store, rows).stored == 3
    again = ingest_analyses(store, rows)
    assert (again.stored, again.skipped) == (0, 3)
    assert store.count("documents") == 3 and store.count("statements") == 6


def test_corpus_rows_are_what_build_corpus_reads(store):
    from stancemap.alignment.corpus import build_corpus

    for n in range(3):
        store.write(synthetic(f"d{n}", f"2024-0{n + 1}-01", stance_b=-1 if n == 2 else 1))
    from_store = build_corpus(corpus_rows(store))
    from_json = build_corpus((str(n), a.to_json_dict()) for n, a in enumerate(iter_analyses(store)))
    assert from_store.statements == from_json.statements
    assert [e.obs for e in from_store.events] == [e.obs for e in from_json.events]
    assert len(from_store.statements) == 6
