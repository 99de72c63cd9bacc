"""JSON Lines, JSON and CSV/TSV: configurable text field and metadata columns."""

from __future__ import annotations

import csv
import io
import json

from .conftest import ARTICLE_A, ARTICLE_B, ARTICLE_C, docs, run, skips


def _jsonl(*records: object) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def test_jsonl_with_default_field_names(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "news.jsonl",
        _jsonl(
            {"id": "n1", "text": ARTICLE_A, "title": "Fuel", "date": "2023-03-04T10:00:00Z",
             "url": "https://x.example/1", "author": ["A. One", "B. Two"], "language": "en"},
            {"headline": "Farm", "content": ARTICLE_B, "published_at": "May 6, 2023"},
        ),
    )  # fmt: skip
    first, second = docs(run([path]))
    assert (first.id, first.title, first.date, first.source) == (
        "n1",
        "Fuel",
        "2023-03-04",
        "https://x.example/1",
    )
    assert first.author == "A. One, B. Two" and first.text == ARTICLE_A
    assert second.title == "Farm" and second.date == "2023-05-06"
    assert second.id == second.sha256[:16]  # no id field: content id
    assert second.source == f"{path}:2"


def test_configured_text_field_and_columns_including_nested(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "x.jsonl",
        _jsonl({"doc": {"body": ARTICLE_C}, "meta": {"when": "2021-02-03"}, "hed": "Talks"}),
    )
    [doc] = docs(run([path], fields={"text": "doc.body", "date": "meta.when", "title": "hed"}))
    assert doc.text == ARTICLE_C and doc.date == "2021-02-03" and doc.title == "Talks"


def test_missing_text_field_and_bad_lines_are_reported_per_line(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "mixed.jsonl",
        _jsonl({"text": ARTICLE_A})
        + "{not json\n"
        + _jsonl({"summary": "no body here"}, ["a", "list"], {"text": 42}, {"text": ARTICLE_B}),
    )
    items = run([path])
    assert [d.text for d in docs(items)] == [ARTICLE_A, ARTICLE_B]
    reasons = {s.source: s.reason for s in skips(items)}
    assert "not valid JSON" in reasons[f"{path}:2"]
    assert "no text field" in reasons[f"{path}:3"] and "'summary'" in reasons[f"{path}:3"]
    assert "--text-field" in reasons[f"{path}:3"]
    assert "must be an object" in reasons[f"{path}:4"]
    assert "holds int" in reasons[f"{path}:5"]


def test_configured_field_that_is_absent_names_it(write) -> None:  # type: ignore[no-untyped-def]
    [skip] = run([write("a.jsonl", _jsonl({"text": ARTICLE_A}))], fields={"text": "maintext"})
    assert "'maintext'" in skip.reason


def test_invalid_utf8_inside_a_jsonl_line_does_not_lose_the_record(write) -> None:  # type: ignore[no-untyped-def]
    line = json.dumps({"text": ARTICLE_A.replace("minister", "ministre")}).encode()
    bad = line.replace(b"ministre", b"minist\xe8re", 1)
    [doc] = docs(run([write("bad.jsonl", bad + b"\n")]))
    assert "ministère" in doc.text


def test_json_array_and_wrapped_list(write) -> None:  # type: ignore[no-untyped-def]
    arr = write("a.json", json.dumps([{"text": ARTICLE_A}, {"text": ARTICLE_B}]))
    wrapped = write("w.json", json.dumps({"status": "ok", "articles": [{"text": ARTICLE_C}]}))
    assert len(docs(run([arr]))) == 2
    assert [d.text for d in docs(run([wrapped]))] == [ARTICLE_C]
    [skip] = run([write("t.json", '{"text": "unterminated')])
    assert "not valid JSON" in skip.reason


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


def test_csv_rows_with_metadata_columns(write) -> None:  # type: ignore[no-untyped-def]
    path = write(
        "n.csv",
        _csv(
            [
                ["story_id", "headline", "body", "pub"],
                ["7", "Fuel", ARTICLE_A, "2023-03-04"],
                ["8", "Farm", ARTICLE_B, ""],
            ]
        ),
    )
    items = run([path], fields={"text": "body", "id": "story_id", "date": "pub"})
    first, second = docs(items)
    assert (first.id, first.title, first.date, first.text) == ("7", "Fuel", "2023-03-04", ARTICLE_A)
    assert second.id == "8" and second.date is None


def test_tsv(write) -> None:  # type: ignore[no-untyped-def]
    path = write("n.tsv", _csv([["title", "text"], ["Talks", ARTICLE_C]], delimiter="\t"))
    [doc] = docs(run([path]))
    assert doc.title == "Talks" and doc.text == ARTICLE_C


def test_csv_without_the_text_column_is_one_clear_skip(write) -> None:  # type: ignore[no-untyped-def]
    [skip] = run([write("n.csv", _csv([["a", "b"], ["1", "2"]]))])
    assert "no text column" in skip.reason and "(a, b)" in skip.reason


def test_malformed_csv_rows_are_skipped_and_good_rows_kept(write) -> None:  # type: ignore[no-untyped-def]
    content = (
        _csv([["title", "text"], ["One", ARTICLE_A]])
        + "Two,extra,field,here\n"
        + _csv([["Three", ARTICLE_C]])
        + 'Four,"unterminated quote\n'
    )
    items = run([write("m.csv", content)])
    assert [d.title for d in docs(items)] == ["One", "Three"]
    reasons = [s.reason for s in skips(items)]
    assert any("4 fields where the header has 2" in r for r in reasons)
    assert any("malformed CSV row" in r and "unexpected end of data" in r for r in reasons)


def test_csv_in_a_legacy_encoding(write) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le président a déclaré que les négociations reprendraient à Genève la semaine prochaine."
    )
    path = write("fr.csv", _csv([["text"], [text]]).encode("cp1252"))
    [doc] = docs(run([path], languages=()))
    assert doc.text == text


def test_empty_and_binary_csv(write) -> None:  # type: ignore[no-untyped-def]
    assert "empty file" in run([write("e.csv", b"")])[0].reason
    assert "binary file" in run([write("b.csv", b"\x00\x01\x02" * 100)])[0].reason
