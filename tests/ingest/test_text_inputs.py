"""Plain text, directories, globs and stdin: text kept exactly as read; bad files skipped."""

from __future__ import annotations

import io
from pathlib import Path

from stancemap.ingest import IngestOptions, ingest

from .conftest import ARTICLE_A, ARTICLE_B, ARTICLE_C, docs, run, skips


def test_txt_text_is_byte_for_byte_the_file(write) -> None:  # type: ignore[no-untyped-def]
    raw = "Title line\r\n\r\n“Quote,” she said — and left.\r\nLeave a Reply\r\nNice post\r\n"
    path = write("story.txt", raw + ARTICLE_A)
    [doc] = docs(run([path]))
    assert doc.text == raw + ARTICLE_A
    assert doc.id == "story"
    assert doc.source == str(path)
    # the comment section is listed, not removed (page chrome above it may be listed too)
    [tail] = [e for e in doc.excluded if e.reason == "comment-section"]
    assert doc.text[tail.start :].startswith("Leave a Reply")


def test_document_carries_language_date_and_hash(write) -> None:  # type: ignore[no-untyped-def]
    path = write("a.txt", "Budget vote\nMarch 4, 2023\n\n" + ARTICLE_A)
    [doc] = docs(run([path], default_date="2000-01-01"))
    assert doc.language == "en"
    assert doc.date == "2023-03-04"  # the dateline beats the fallback
    assert doc.info().sha256 == doc.sha256 and len(doc.sha256) == 64


def test_fallback_date_when_the_text_has_none(write) -> None:  # type: ignore[no-untyped-def]
    [doc] = docs(run([write("a.txt", ARTICLE_A)], default_date="2022-06-17"))
    assert doc.date == "2022-06-17"


def test_directory_is_walked_in_order_and_hidden_files_left_out(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write("b/2.txt", ARTICLE_B)
    write("a/1.txt", ARTICLE_A)
    write(".git/x.txt", ARTICLE_C)
    write("a/.draft.txt", ARTICLE_C)
    items = run([tmp_path])
    assert [d.id for d in docs(items)] == ["1", "2"]
    assert skips(items) == []


def test_glob_pattern(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write("x/one.txt", ARTICLE_A)
    write("x/two.md", ARTICLE_B)
    write("x/three.txt", ARTICLE_C)
    assert [d.id for d in docs(run([tmp_path / "x" / "*.txt"]))] == ["one", "three"]
    [miss] = run([tmp_path / "nothing-*.txt"])
    assert "no file matches" in miss.reason


def test_missing_path_is_reported_and_the_batch_goes_on(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    good = write("good.txt", ARTICLE_A)
    items = run([tmp_path / "nope.txt", good])
    assert "no such file" in skips(items)[0].reason
    assert [d.id for d in docs(items)] == ["good"]


def test_bad_files_each_get_a_clear_reason_and_none_stops_the_batch(write) -> None:  # type: ignore[no-untyped-def]
    paths = [
        write("1-good.txt", ARTICLE_A),
        write("2-empty.txt", b""),
        write("3-blank.txt", "   \n\n  "),
        write("4-binary.txt", bytes(range(256)) * 40),
        write(
            "5-latin1.txt",
            "Le ministre a démissionné hier soir à Paris, après un vote décisif.".encode("latin-1"),
        ),
        write("6-photo.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        write("7-good.txt", ARTICLE_B),
    ]
    items = run(paths, languages=())
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skips(items)}
    assert reasons["2-empty.txt"].startswith("empty file")
    assert reasons["3-blank.txt"].startswith("empty document")
    assert reasons["4-binary.txt"].startswith("binary file")
    assert "unsupported format '.png'" in reasons["6-photo.png"]
    assert [d.id for d in docs(items)] == ["1-good", "5-latin1", "7-good"]
    assert "démissionné" in docs(items)[1].text


def test_fifty_megabyte_text_streams_through_and_a_lower_limit_refuses_it(write) -> None:  # type: ignore[no-untyped-def]
    block = ARTICLE_A.encode() * (50_000_000 // len(ARTICLE_A.encode()) + 1)
    path = write("huge.txt", block[:50_000_000])
    [doc] = docs(run([path]))
    assert len(doc.text) == 50_000_000
    [skip] = run([path], max_bytes=10_000_000)
    assert "too large" in skip.reason and "max_bytes" in skip.reason


def test_stdin_is_plain_text_kept_as_read() -> None:
    raw = "  Leading spaces stay.\n" + ARTICLE_C
    _, stream = ingest(["-"], IngestOptions(), stdin=io.BytesIO(raw.encode()))
    [doc] = list(stream)
    assert doc.text == raw and doc.id == "stdin"


def test_unsupported_language_is_skipped_with_kind_language(write) -> None:  # type: ignore[no-untyped-def]
    german = (
        "Die Bundesregierung hat am Montag beschlossen, die Hilfen auszuweiten. "
        "Der Kanzler sagte, man werde die Partner nicht im Stich lassen."
    )
    path = write("de.txt", german)
    [skip] = run([path])
    assert skip.kind == "language" and "'de'" in skip.reason
    [doc] = run([path], languages=("en", "de"))
    assert doc.language == "de"


def test_min_chars_setting(write) -> None:  # type: ignore[no-untyped-def]
    [skip] = run([write("short.txt", "Too short.")], min_chars=50)
    assert "too short" in skip.reason


def test_an_unexpected_reader_failure_is_a_skip_and_the_batch_goes_on(write, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stancemap.ingest import sources

    def explode(*args: object, **kwargs: object) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(sources, "extract_html", explode)
    items = run([write("a.html", "<html><body><p>x</p></body></html>"), write("b.txt", ARTICLE_B)])
    assert "unexpected error while reading (RecursionError" in skips(items)[0].reason
    assert [d.id for d in docs(items)] == ["b"]


def test_an_unexpected_failure_after_reading_is_a_skip_too(write, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from stancemap.ingest import readers

    calls = iter([ValueError("odd text"), None])

    def flaky(text: str):  # type: ignore[no-untyped-def]
        error = next(calls)
        if error:
            raise error
        from stancemap.ingest.language import LanguageGuess

        return LanguageGuess("en", 1.0)

    monkeypatch.setattr(readers, "detect_language", flaky)
    items = run([write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)])
    assert "unexpected error in ingest (ValueError: odd text)" in skips(items)[0].reason
    assert [d.id for d in docs(items)] == ["b"]
