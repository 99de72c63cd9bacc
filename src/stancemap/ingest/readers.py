"""The ingest pipeline: inputs to clean, dated, de-duplicated ``Document`` records.

Steps, for each raw document a reader yields:
 1. repair     - mojibake repair for text pulled out of markup or records
                 (plain text files and stdin stay exactly as read)
 2. size       - empty or too-short texts are skipped
 3. identity   - sha256 of the text; done in an earlier run (resume) or an
                 exact duplicate of an earlier document: skipped
 4. language   - detected (langdetect); unsupported languages are skipped
 5. date       - --date, else metadata, else the page's own (dateline, credit
                 line; never a "now" banner: ingest/pages), else --default-date
 6. near-dups  - MinHash/LSH: a syndicated copy is kept, ``duplicate_of`` set
 7. cleaning   - chrome lines and the dateline listed in ``excluded`` (text unchanged)

Everything streams: one document at a time, so memory stays flat as the
corpus grows (only hashes and signatures are remembered).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from ..errors import InputError
from .decode import decode_bytes, repair_text, without_surrogates
from .document import Document, page_fields
from .identity import DuplicateIndex, content_id, content_sha256, decode_minhash, minhash_of
from .language import detect_language
from .model import IngestOptions, RawDocument, Skip
from .resume import ResumeState
from .sources import printable_name, read_inputs

__all__ = [
    "IngestOptions",
    "IngestReport",
    "Skip",
    "decode_text",
    "ingest",
    "iter_documents",
    "read_text_file",
]


@dataclass
class IngestReport:
    """Counts for the end-of-batch summary: documents by language, skips by kind."""

    documents: int = 0
    near_duplicates: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)

    def summary(self) -> str:
        """One line for standard error."""
        langs = ", ".join(f"{k} {v}" for k, v in self.languages.most_common()) or "none"
        skips = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items())) or "none"
        return (
            f"ingested {self.documents} documents (languages: {langs}; "
            f"near-duplicates: {self.near_duplicates}); skipped: {skips}"
        )


class Ingester:
    """Turns raw documents into Documents, remembering what it has seen."""

    def __init__(self, options: IngestOptions, state: ResumeState | None = None) -> None:
        self.options = options
        self.state = state
        self.report = IngestReport()
        self.index = DuplicateIndex(near_threshold=options.near_duplicate_threshold)
        self._ids: dict[str, str] = {}  # id -> sha256 prefix, to keep ids unique in a batch
        self.switches = options.switches()  # [rules] disable, for the page reader
        if state is not None:
            for entry in state.earlier():
                signature = decode_minhash(entry["minhash"]) if entry.get("minhash") else None
                self.index.add(entry["id"], entry["sha256"], signature, entry.get("duplicate_of"))
                self._ids[entry["id"]] = entry["sha256"][:16]

    def run(self, items: Iterable[RawDocument | Skip]) -> Iterator[Document | Skip]:
        """Documents and skips, in input order."""
        for item in items:
            if isinstance(item, Skip):
                item.source = printable_name(item.source)
                item.reason = without_surrogates(item.reason)
                result: Document | Skip = item
            else:
                result = self._finish_safely(_clean_strings(item))
            if isinstance(result, Skip):
                self.report.skipped[result.kind] += 1
            else:
                self.report.documents += 1
                self.report.languages[result.language or "unknown"] += 1
                self.report.near_duplicates += result.duplicate_of is not None
            yield result

    def _finish_safely(self, raw: RawDocument) -> Document | Skip:
        try:
            return self.finish(raw)
        except Exception as exc:  # one odd document must not end a batch
            return Skip(raw.source, f"unexpected error in ingest ({type(exc).__name__}: {exc})")

    def finish(self, raw: RawDocument) -> Document | Skip:
        """One raw document through repair, identity, language, date and cleaning."""
        options = self.options
        text = raw.text if raw.plain or not options.repair else repair_text(raw.text)
        if not text.strip():
            return Skip(raw.source, "empty document (no text)")
        if len(text.strip()) < options.min_chars:
            return Skip(
                raw.source, f"too short ({len(text.strip())} characters < {options.min_chars})"
            )
        sha = content_sha256(text)
        if self.state is not None and self.state.seen(sha):
            return Skip(raw.source, "already processed in an earlier run (resume state)", "resumed")
        earlier = self.index.exact(sha) if options.dedup else None
        if earlier is not None:
            return Skip(raw.source, f"exact duplicate of document '{earlier}'", "duplicate")
        guess = detect_language(text)
        language = guess.code or raw.language
        if options.languages and language is not None and language not in options.languages:
            return Skip(
                raw.source,
                f"language '{language}' is not supported "
                f"(supported: {', '.join(options.languages)}; see --languages or [ingest] languages)",
                "language",
            )
        doc_id = self._unique_id(raw.id or content_id(text), sha)
        signature = minhash_of(text) if options.dedup else None
        duplicate_of = self.index.near(signature) if signature is not None else None
        if options.dedup:
            self.index.add(doc_id, sha, signature, duplicate_of)
        if self.state is not None:
            self.state.remember_signature(doc_id, signature)
        # title, date and chrome as the page states them (ingest/pages); --date wins
        page = page_fields(
            text,
            title=raw.title,
            date=raw.date,
            user_date=options.date,
            default_date=options.default_date,
            strip_boilerplate=options.strip_boilerplate,
            switches=self.switches,
            tagger=options.nlp_model,  # [nlp] model tags the page's name-dense lines
        )
        return Document(
            id=doc_id,
            text=text,
            source=raw.source,
            title=page.title,
            date=page.date,
            language=language,
            excluded=page.excluded,
            duplicate_of=duplicate_of,
            author=raw.author,
            encoding=raw.encoding,
            date_source=page.date_source,
            dateline=page.dateline,
            period=options.period,
        )

    def _unique_id(self, doc_id: str, sha: str) -> str:
        """``doc_id``, or ``doc_id-<hash>`` when another text already holds it."""
        holder = self._ids.get(doc_id)
        if holder is not None and holder != sha[:16]:
            doc_id = f"{doc_id}-{sha[:8]}"
        self._ids[doc_id] = sha[:16]
        return doc_id


def _clean_strings(raw: RawDocument) -> RawDocument:
    """Lone surrogates out of every string field (each would break UTF-8 output)."""
    raw.text = without_surrogates(raw.text)
    raw.source = printable_name(raw.source)
    for name in ("id", "title", "author", "date", "language"):
        value = getattr(raw, name)
        if isinstance(value, str):
            setattr(raw, name, without_surrogates(value))
    return raw


def ingest(
    inputs: Iterable[str],
    options: IngestOptions | None = None,
    *,
    state: ResumeState | None = None,
    stdin: IO[bytes] | None = None,
) -> tuple[Ingester, Iterator[Document | Skip]]:
    """The ingester (for its report) and the stream of Documents and Skips for ``inputs``."""
    ingester = Ingester(options or IngestOptions(), state)
    return ingester, ingester.run(read_inputs(inputs, ingester.options, stdin=stdin))


def iter_documents(
    paths: Iterable[str],
    *,
    date: str | None = None,
    strip_boilerplate: bool = True,
    max_bytes: int = 60_000_000,
    options: IngestOptions | None = None,
    state: ResumeState | None = None,
) -> Iterator[Document | Skip]:
    """Yield one Document per readable input, a Skip for each unreadable one.

    ``options`` (when given) wins over the keyword shortcuts kept for old callers.
    """
    if options is None:
        options = IngestOptions(
            default_date=date, strip_boilerplate=strip_boilerplate, max_bytes=max_bytes
        )
    _, stream = ingest(paths, options, state=state)
    return stream


def read_text_file(path: Path, *, max_bytes: int = 60_000_000) -> str:
    """A text file decoded as read (kept for callers of the first version)."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(str(path), f"too large ({size} bytes > limit {max_bytes})")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read file: {exc.strerror or exc}") from None
    return decode_text(data, str(path), max_bytes=max_bytes)


def decode_text(data: bytes, source: str, *, max_bytes: int = 60_000_000) -> str:
    """Bytes to text with encoding detection; ``InputError`` for empty or binary data."""
    if len(data) > max_bytes:
        raise InputError(source, f"too large ({len(data)} bytes > limit {max_bytes})")
    return decode_bytes(data, source).text
