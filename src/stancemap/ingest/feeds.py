"""RSS 2.0, RSS 1.0 (RDF) and Atom feed files: one document per item or entry.

The item body is the fullest of ``content:encoded`` / Atom ``content`` /
``description`` / ``summary``; its HTML is flattened to text. The XML parser
neither resolves entities nor touches the network (no XXE from a hostile feed).
"""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

from .dates import normalize_date
from .html import fragment_to_text
from .language import normalize_language
from .model import RawDocument, Skip

_BODY_TAGS = ("encoded", "content", "description", "summary")
_DATE_TAGS = ("pubDate", "published", "date", "updated", "issued", "modified")


def looks_like_feed(head: bytes) -> bool:
    """True when the start of a file is an RSS, RDF or Atom document."""
    probe = head[:4096].lower()
    return b"<rss" in probe or b"<feed" in probe or b"<rdf:rdf" in probe


def read_feed(data: bytes, source: str) -> Iterator[RawDocument | Skip]:
    """Yield one RawDocument per feed item; a Skip for items without text."""
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        yield Skip(source, f"not a readable RSS/Atom feed: {exc}")
        return
    if root is None:
        yield Skip(source, "not a readable RSS/Atom feed (no XML element found)")
        return
    feed_lang = normalize_language(_first_text(root, ("language",)))
    items = [
        el for el in root.iter() if isinstance(el.tag, str) and _local(el.tag) in ("item", "entry")
    ]
    if not items:
        yield Skip(source, "feed has no <item> or <entry> elements")
        return
    for number, item in enumerate(items, start=1):
        where = f"{source}#item{number}"
        body = _first_text(item, _BODY_TAGS) or ""
        text = fragment_to_text(body) if "<" in body else " ".join(body.split())
        if not text:
            yield Skip(where, "feed item has no text (no content, description or summary)")
            continue
        yield RawDocument(
            text=text,
            source=_link(item) or where,
            title=_first_text(item, ("title",)),
            date=normalize_date(_first_text(item, _DATE_TAGS)),
            author=_first_text(item, ("creator", "author", "name")),
            language=feed_lang,
        )


def _local(tag: str) -> str:
    """The tag name without its namespace ("{http://...}encoded" -> "encoded")."""
    return tag.rsplit("}", 1)[-1]


def _children(element: etree._Element, names: tuple[str, ...]) -> list[etree._Element]:
    found: dict[str, etree._Element] = {}
    for child in element.iter():
        if child is element or not isinstance(child.tag, str):
            continue
        name = _local(child.tag)
        if name in names and name not in found:
            found[name] = child
    return [found[name] for name in names if name in found]


def _first_text(element: etree._Element, names: tuple[str, ...]) -> str | None:
    for child in _children(element, names):
        text = "".join(child.itertext()).strip()
        if text:
            return text
    return None


def _link(item: etree._Element) -> str | None:
    for child in _children(item, ("link",)):
        href = child.get("href") or (child.text or "").strip()
        if href:
            return href
    return None
