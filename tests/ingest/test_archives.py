"""WARC, gzip and zip: members read like files; damage reported, earlier documents kept."""

from __future__ import annotations

import gzip
import io
import zipfile
import zlib
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .conftest import ARTICLE_A, ARTICLE_B, ARTICLE_C, docs, run, skips


def _html(title: str, text: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    return f"<html><head><title>{title}</title></head><body><article>{paragraphs}</article></body></html>".encode()


def _warc(
    path: Path, captures: list[tuple[str, str, bytes, str]], *, compress: bool = True
) -> Path:
    """captures: (uri, status, body, content type); a request record precedes each."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        for uri, status, body, content_type in captures:
            writer.write_record(
                writer.create_warc_record(
                    uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")
                )
            )
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    return path


def _gzip_member_ends(data: bytes) -> set[int]:
    ends, pos = set(), 0
    while pos < len(data):
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflater.decompress(data[pos:])
        pos = len(data) - len(inflater.unused_data)
        ends.add(pos)
    return ends


CAPTURES = [
    ("https://news.example/a", "200 OK", _html("Fuel", ARTICLE_A), "text/html; charset=utf-8"),
    ("https://news.example/logo.png", "200 OK", b"\x89PNG\r\n\x1a\n", "image/png"),
    ("https://news.example/gone", "404 Not Found", _html("Gone", ARTICLE_C), "text/html"),
    ("https://news.example/b", "200 OK", _html("Farm", ARTICLE_B), "text/html"),
    (
        "https://news.example/c.txt",
        "200 OK",
        ARTICLE_C.encode("cp1252"),
        "text/plain; charset=windows-1252",
    ),
]


def test_warc_gz_yields_one_document_per_html_or_text_capture(tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.warc.gz", CAPTURES)
    items = run([path])
    assert skips(items) == []
    assert [d.source for d in docs(items)] == [
        "https://news.example/a",
        "https://news.example/b",
        "https://news.example/c.txt",
    ]
    assert docs(items)[0].title == "Fuel" and "cut fuel taxes" in docs(items)[0].text
    assert docs(items)[2].text == ARTICLE_C


def test_uncompressed_warc_without_suffix_is_sniffed(tmp_path: Path) -> None:
    path = _warc(tmp_path / "crawl.data", CAPTURES[:1], compress=False)
    assert [d.title for d in docs(run([path]))] == ["Fuel"]


def test_truncated_warc_keeps_earlier_records_and_says_so(tmp_path: Path) -> None:
    full = _warc(tmp_path / "full.warc.gz", CAPTURES).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    ends = sorted(_gzip_member_ends(full))
    cut.write_bytes(full[: (ends[-2] + ends[-1]) // 2])  # inside the last capture
    items = run([cut])
    assert [d.source for d in docs(items)][:2] == [
        "https://news.example/a",
        "https://news.example/b",
    ]
    [skip] = skips(items)
    assert skip.source == str(cut) and "truncated or corrupt" in skip.reason
    assert "kept" in skip.reason


@pytest.mark.parametrize("compress", [False, True])
def test_a_warc_cut_anywhere_reports_the_damage_and_never_yields_a_partial_capture(
    tmp_path: Path, compress: bool
) -> None:
    full = _warc(tmp_path / "full.warc", CAPTURES, compress=compress).read_bytes()
    whole = {d.source: d.text for d in docs(run([tmp_path / "full.warc"]))}
    # A cut exactly between two gzip members leaves a smaller, valid archive:
    # no reader can tell it from a complete one, so such cuts are not counted.
    boundaries = _gzip_member_ends(full) if compress else set()
    for percent in range(5, 100, 5):
        size = len(full) * percent // 100
        cut = tmp_path / f"cut{percent}.warc"
        cut.write_bytes(full[:size])
        items = run([cut])
        if size in boundaries:
            assert all(doc.text == whole[doc.source] for doc in docs(items))
            continue
        assert any("truncated" in s.reason or "not a readable" in s.reason for s in skips(items)), (
            percent
        )
        for doc in docs(items):
            assert doc.text == whole[doc.source], (percent, doc.source)


def test_not_a_warc_at_all(write) -> None:  # type: ignore[no-untyped-def]
    [skip] = run([write("fake.warc", "just some words, not an archive")])
    assert "not a readable WARC" in skip.reason


def test_gzipped_text_and_jsonl(write) -> None:  # type: ignore[no-untyped-def]
    text_gz = write("story.txt.gz", gzip.compress(ARTICLE_A.encode()))
    jsonl_gz = write(
        "feed.jsonl.gz",
        gzip.compress(b'{"text": "' + ARTICLE_C.replace("\n", "\\n").encode() + b'"}\n'),
    )
    first, second = docs(run([text_gz, jsonl_gz]))
    assert first.id == "story" and first.text == ARTICLE_A and first.source == str(text_gz)
    assert second.text == ARTICLE_C and second.source == f"{jsonl_gz}:1"


def test_truncated_gzip_keeps_the_records_read_before(write) -> None:  # type: ignore[no-untyped-def]
    lines = "".join(
        f'{{"id": "r{i}", "text": "{t.replace(chr(10), " ")}"}}\n'
        for i, t in enumerate([ARTICLE_A, ARTICLE_B, ARTICLE_C] * 30)
    )
    data = gzip.compress(lines.encode())
    path = write("cut.jsonl.gz", data[: len(data) - 40])
    items = run([path], dedup=False)
    assert len(docs(items)) > 50
    assert "truncated or corrupt compressed data" in skips(items)[-1].reason


def test_zip_members_are_read_by_their_own_format(write, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("news/one.txt", ARTICLE_A)
        archive.writestr("news/two.html", _html("Farm", ARTICLE_B))
        archive.writestr("__MACOSX/._one.txt", b"\x00\x05junk")
        archive.writestr("rows.csv", "title,text\nTalks," + '"' + ARTICLE_C + '"\n')
        archive.writestr("empty.txt", "")
    path = write("bundle.zip", buffer.getvalue())
    items = run([path])
    assert [d.id for d in docs(items)][:2] == ["one", "two"]
    assert docs(items)[2].title == "Talks"
    assert [s.source for s in skips(items)] == [f"{path}!empty.txt"]


class _Unseekable(io.RawIOBase):
    """A write-only sink zipfile cannot seek in: it then writes data descriptors."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:  # type: ignore[no-untyped-def, override]
        self.data += bytes(b)
        return len(b)


@pytest.mark.parametrize("streamed", [False, True])
def test_truncated_zip_keeps_its_complete_members(write, streamed: bool) -> None:  # type: ignore[no-untyped-def]
    sink: io.BytesIO | _Unseekable = _Unseekable() if streamed else io.BytesIO()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as archive:  # type: ignore[arg-type]
        archive.writestr("one.txt", ARTICLE_A)
        archive.writestr("two.txt", ARTICLE_B)
        archive.writestr("three.txt", ARTICLE_C)
    data = bytes(sink.data) if isinstance(sink, _Unseekable) else sink.getvalue()
    cut_at = data.rfind(b"three.txt", 0, data.find(b"PK\x01\x02")) + 40  # inside three.txt
    path = write("cut.zip", data[:cut_at])
    items = run([path])
    assert [(d.id, d.text) for d in docs(items)] == [("one", ARTICLE_A), ("two", ARTICLE_B)]
    member, archive_skip = skips(items)
    assert member.source == f"{path}!three.txt" and "cut short" in member.reason
    assert (
        "truncated or corrupt zip" in archive_skip.reason
        and "2 complete members" in archive_skip.reason
    )


def test_zip_cut_before_any_complete_member_is_a_clear_skip(write) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("one.txt", ARTICLE_A)
    data = buffer.getvalue()
    items = run([write("cut.zip", data[: len(data) // 2])])
    assert docs(items) == []
    assert "not a readable zip archive" in skips(items)[-1].reason


def test_corrupt_zip_member_is_skipped_and_the_others_read(write) -> None:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("a.txt", ARTICLE_A)
        archive.writestr("b.txt", ARTICLE_B)
    data = bytearray(buffer.getvalue())
    at = data.find(b"Opposition leaders")
    data[at : at + 10] = b"XXXXXXXXXX"  # breaks a.txt's CRC
    items = run([write("bad.zip", bytes(data))])
    assert [d.id for d in docs(items)] == ["b"]
    assert skips(items)[0].source.endswith("!a.txt")


def test_salvage_stops_at_a_member_that_inflates_past_the_limit() -> None:
    from stancemap.ingest.zipsalvage import salvage_zip

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("small.txt", ARTICLE_A)
        archive.writestr("bomb.txt", b"0" * 5_000_000)
    found = list(salvage_zip(buffer.getvalue(), max_member_bytes=1_000_000))
    assert found[0].data == ARTICLE_A.encode()
    assert found[1].data is None and "size limit" in (found[1].problem or "")
