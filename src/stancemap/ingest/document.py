"""The ``Document`` record every later stage starts from."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import DatelineInfo, DatePeriod, DocumentInfo, Excluded
from ..rules import RuleSwitches
from .identity import content_id, content_sha256
from .pages import read_page


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
    date_source: str | None = None  # see DocumentInfo.date_source
    dateline: DatelineInfo | None = None
    period: DatePeriod | None = None  # session 62 DT: a known period where no day is known

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
            date_source=self.date_source,
            dateline=self.dateline,
            period=self.period,
        )

    def is_excluded(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a boilerplate stretch."""
        if not self.excluded:  # most documents; asked for every token by some stages
            return False
        return any(ex.start <= start and end <= ex.end for ex in self.excluded)

    def clear_of_excluded(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) less the excluded stretches overlapping its ends.

        A sentence that opens with a dateline ("MOSCOW (Reuters) - ...") is the
        evidence of what follows it; the dateline itself is nobody's evidence.
        A span wholly inside a stretch is returned as it is.
        """
        for ex in sorted(self.excluded, key=lambda e: e.start):
            if ex.start <= start < ex.end < end:
                start = ex.end
            elif start < ex.start < end <= ex.end:
                end = ex.start
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end


@dataclass
class PageFields:
    """Title, date (and where it came from), dateline and chrome of one text."""

    title: str | None
    date: str | None
    date_source: str | None
    dateline: DatelineInfo | None
    excluded: list[Excluded]


def page_fields(
    text: str,
    *,
    title: str | None = None,
    date: str | None = None,
    user_date: str | None = None,
    default_date: str | None = None,
    strip_boilerplate: bool = True,
    switches: RuleSwitches | None = None,
    tagger: str = "auto",
) -> PageFields:
    """Read ``text`` as a pasted page and settle its title and date.

    ``title``/``date`` are metadata (HTML, feed, record fields) and win over
    what the page says. The date is, in order: ``user_date`` (``--date``
    sets it), the metadata date, the page's own publication date (dateline,
    credit line; never a "now" banner), ``default_date`` (``--default-date``
    only fills a missing one). ``switches`` turns ``ingest.pages.*`` rules off;
    ``tagger`` is ``[nlp] model``, the pipeline whose tagger reads name-dense lines.
    """
    reading = read_page(text, exclude=strip_boilerplate, switches=switches, tagger=tagger)
    dateline = None
    if reading.dateline is not None:
        found = reading.dateline
        dateline = DatelineInfo(
            start=found.start,
            end=found.end,
            place=found.place,
            region=found.region,
            agency=found.agency,
            date=reading.dateline_date,
        )
    chosen: tuple[str | None, str | None] = (None, None)
    for value, source in (
        (user_date, "user"),
        (date, "metadata"),
        (reading.date, reading.date_source),
        (default_date, "default"),
    ):
        if value:
            chosen = (value, source)
            break
    return PageFields(
        title=title or reading.title,
        date=chosen[0],
        date_source=chosen[1],
        dateline=dateline,
        excluded=reading.excluded,
    )


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
    default_date: str | None = None,
    switches: RuleSwitches | None = None,
    tagger: str = "auto",
    period: DatePeriod | None = None,
) -> Document:
    """Wrap a text; ``text`` is kept exactly, chrome is only listed in ``excluded``.

    ``date`` is the caller's date and wins; ``default_date`` fills a missing one.
    ``switches`` (``RuleSwitches.from_settings(settings)``) turns ``ingest.pages.*``
    rules off; ``tagger`` is ``[nlp] model`` (the page reader's tagger).
    """
    fields = page_fields(
        text,
        title=title,
        user_date=date,
        default_date=default_date,
        strip_boilerplate=strip_boilerplate,
        switches=switches,
        tagger=tagger,
    )
    if doc_id is None:
        doc_id = content_id(text)
    return Document(
        id=doc_id,
        text=text,
        source=source,
        title=fields.title,
        date=fields.date,
        language=language,
        excluded=fields.excluded,
        author=author,
        date_source=fields.date_source,
        dateline=fields.dateline,
        period=period,
    )
