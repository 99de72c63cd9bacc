"""Through ingest: ``--date`` (IngestOptions.date) sets, ``--default-date`` only fills."""

from __future__ import annotations

from pathlib import Path

from stancemap.ingest import Document, IngestOptions, ingest

PAGE = (
    "Saturday, 30 September 2023, 09:12 GMT\n"
    "World » Europe\n"
    "Slovak election: populist party wins most votes\n"
    "BRATISLAVA, Sept. 30, 2023 (Danube Wire) - A populist party that opposes military aid "
    "to Ukraine won the most votes in Slovakia's election on Saturday, results showed.\n\n"
    "The party's leader said he was ready to talk to all parties about forming a government.\n"
)


def _read(tmp_path: Path, **options: object) -> Document:
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    _, stream = ingest([str(path)], IngestOptions(**options))  # type: ignore[arg-type]
    [doc] = [d for d in stream if isinstance(d, Document)]
    return doc


def test_the_page_date_is_the_dateline_not_the_banner(tmp_path: Path) -> None:
    doc = _read(tmp_path, default_date="2000-01-01")
    assert (doc.date, doc.date_source) == ("2023-09-30", "dateline")
    assert doc.title == "Slovak election: populist party wins most votes"
    assert doc.dateline is not None and doc.dateline.agency == "Danube Wire"
    assert doc.text == PAGE
    assert doc.text[doc.excluded[0].start : doc.excluded[0].end].startswith("Saturday")


def test_date_flag_wins_over_the_page(tmp_path: Path) -> None:
    doc = _read(tmp_path, date="2023-10-02", default_date="2000-01-01")
    assert (doc.date, doc.date_source) == ("2023-10-02", "user")


def test_default_date_fills_only_a_page_without_one(tmp_path: Path) -> None:
    path = tmp_path / "bare.txt"
    path.write_text(
        "Ministers met in Brussels and said the talks on the budget would go on next week.\n",
        "utf-8",
    )
    _, stream = ingest([str(path)], IngestOptions(default_date="2000-01-01"))
    [doc] = [d for d in stream if isinstance(d, Document)]
    assert (doc.date, doc.date_source) == ("2000-01-01", "default")
