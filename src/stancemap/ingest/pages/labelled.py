"""The labelled page set: pasted pages with every line's kind, the title and the date.

One ``.page`` file per page. A header of ``@key: value`` lines ends at
``---``; every following line is ``kind|line as pasted`` (an empty line is an
empty line of the page). The page text is the pasted lines joined by
newlines, so offsets computed on it are those of a real paste.

    @date: 2023-09-22          (or "none": the page states no publication date)
    @date_source: dateline     (dateline, credit, published or none; reported only)
    @dateline: ASTANA|Reuters  (place|agency of the dateline, when there is one)
    ---
    nav|World > Asia Pacific
    h|Kazakhstan says ...       (the first headline line is the title)
    bd|ASTANA, Sept 22 (Reuters) - Kazakhstan will ...

Kinds ``b`` (body), ``h`` (headline) and ``bd`` (body opened by a dateline)
are text the stages read; every other kind is chrome that must be excluded.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError

# label in the file -> class the line classifier predicts
LABELS: dict[str, str] = {
    "b": "body",
    "bd": "body",
    "h": "headline",
    "d": "dateline",
    "by": "byline",
    "cr": "credit",
    "nav": "navigation",
    "rel": "related",
    "leg": "legal",
    "soc": "social",
    "com": "comment",
    "rep": "repeated-headline",
    "spam": "foreign-script",
    "ban": "banner",
    "ui": "page-furniture",
}
KEPT_CLASSES = frozenset({"body", "headline"})


@dataclass
class LabelledPage:
    """A page's text and what a careful reader says about it."""

    id: str
    text: str
    kinds: list[str | None]  # one per line of ``text``; None for an empty line
    date: str | None
    date_source: str | None
    dateline_place: str | None = None
    dateline_agency: str | None = None
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str | None:
        """The first headline line."""
        for line, kind in zip(self.text.split("\n"), self.kinds, strict=False):
            if kind == "headline":
                return line.strip()
        return None

    def labelled_lines(self) -> list[tuple[int, int, str]]:
        """(start, end, kind) of every non-empty line, offsets into ``text``."""
        out = []
        pos = 0
        for line, kind in zip(self.text.split("\n"), self.kinds, strict=False):
            if kind is not None:
                lead = len(line) - len(line.lstrip())
                out.append((pos + lead, pos + len(line.rstrip()), kind))
            pos += len(line) + 1
        return out


def parse_page(raw: str, page_id: str, source: str) -> LabelledPage:
    """One ``.page`` file; ``InputError`` names the file and line of a bad row."""
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        raise InputError(source, "no '---' line between the header and the page")
    meta: dict[str, str] = {}
    for number, row in enumerate(head.splitlines(), start=1):
        key, colon, value = row.partition(":")
        if not row.startswith("@") or not colon:
            raise InputError(source, f"line {number}: header rows are '@key: value'")
        meta[key[1:].strip()] = value.strip()
    offset = head.count("\n") + 2
    lines: list[str] = []
    kinds: list[str | None] = []
    for number, row in enumerate(body.rstrip("\n").split("\n"), start=offset + 1):
        if not row.strip():
            lines.append("")
            kinds.append(None)
            continue
        label, bar, line = row.partition("|")
        if not bar or label not in LABELS:
            raise InputError(
                source, f"line {number}: expected 'kind|text' with kind in {list(LABELS)}"
            )
        lines.append(line)
        kinds.append(LABELS[label])
    date = meta.get("date")
    place, _, agency = meta.get("dateline", "").partition("|")
    return LabelledPage(
        id=page_id,
        text="\n".join(lines) + "\n",
        kinds=kinds,
        date=None if date in (None, "none") else date,
        date_source=meta.get("date_source"),
        dateline_place=place.strip() or None,
        dateline_agency=agency.strip() or None,
        meta=meta,
    )


def load_pages(folder: str | Path) -> list[LabelledPage]:
    """Every ``*.page`` file of ``folder``, sorted by id."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(str(folder), "not a folder of .page files")
    pages = [
        parse_page(path.read_text("utf-8"), path.stem, str(path))
        for path in sorted(folder.glob("*.page"))
    ]
    if not pages:
        raise InputError(str(folder), "no .page files in this folder")
    return pages
