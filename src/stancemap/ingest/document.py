"""The ``Document`` record every later stage starts from."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import DocumentInfo, Excluded
from .boilerplate import find_boilerplate
from .identity import content_id, content_sha256


@dataclass
class Document:
    """A text to analyse and what ingest learnt about it.

    ``text`` is what every offset indexes; ``excluded`` lists boilerplate
    stretches of it; ``duplicate_of`` names the first near-identical document.
    """

    id: str
    text: str
    source: str | None = None
    title: str | None = None
    date: str | None = None
    language: str | None = None
    excluded: list[Excluded] = field(default_factory=list)
    duplicate_of: str | None = None
    author: str | None = None
    encoding: str | None = None  # how the bytes were decoded (reports only)

    @property
    def sha256(self) -> str:
        """The content identity (hash of ``text``)."""
        return content_sha256(self.text)

    def info(self) -> DocumentInfo:
        """The contract's ``document`` object."""
        return DocumentInfo(
            id=self.id,
            sha256=self.sha256,
            source=self.source,
            title=self.title,
            date=self.date,
            language=self.language,
            excluded=list(self.excluded),
            duplicate_of=self.duplicate_of,
            author=self.author,
        )

    def is_excluded(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a boilerplate stretch."""
        return any(ex.start <= start and end <= ex.end for ex in self.excluded)


def make_document(
    text: str,
    *,
    doc_id: str | None = None,
    source: str | None = None,
    title: str | None = None,
    date: str | None = None,
    language: str | None = "en",
    strip_boilerplate: bool = True,
    author: str | None = None,
) -> Document:
    """Wrap a text; ``text`` is kept exactly, boilerplate is only listed."""
    excluded = find_boilerplate(text) if strip_boilerplate else []
    if doc_id is None:
        doc_id = content_id(text)
    if title is None:
        first = text.strip().split("\n", 1)[0].strip()
        title = first[:200] or None
    return Document(
        id=doc_id,
        text=text,
        source=source,
        title=title,
        date=date,
        language=language,
        excluded=excluded,
        author=author,
    )
