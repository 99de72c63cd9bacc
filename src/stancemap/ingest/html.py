"""HTML pages to text with trafilatura (main text, title, date, author), and
small HTML fragments (feed item bodies) to text with lxml.
"""

from __future__ import annotations

import re

from ..errors import InputError
from .dates import normalize_date
from .decode import decode_bytes, looks_binary, utf16_without_bom
from .language import normalize_language
from .model import RawDocument

_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "section", "article", "header", "footer", "pre", "figcaption", "dd", "dt",
}  # fmt: skip
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
# htmldate's "extensive" search reads a year in a copyright footer as a
# publication date ("© 2023" -> 2023-01-01): only markup that states a date
# counts here; the text itself is searched later, more carefully.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_\-:.]+)", re.IGNORECASE)


def extract_html(
    data: bytes, source: str, *, doc_id: str | None = None, declared: str | None = None
) -> RawDocument:
    """The main text and metadata of an HTML page; ``InputError`` when it has none."""
    import trafilatura

    if looks_binary(data) and utf16_without_bom(data) is None:
        raise InputError(source, "binary file (NUL or control bytes), not HTML")
    html = _decode_html(data, source, declared)
    try:
        result = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura/lxml raise many types on broken markup
        result = None
        reason = f"{type(exc).__name__}: {exc}"
    else:
        reason = "trafilatura found no main text"
    text = (getattr(result, "text", None) or "").strip()
    if not text:
        # Short or oddly built pages (a bare <p>, a malformed fragment) that
        # trafilatura's article heuristics reject still carry readable text.
        text = fragment_to_text(html)
        # lxml stops at markup nested deeper than libxml2's limit (256 levels)
        # and keeps only what came before: the words are still in the page.
        stripped = _tags_stripped(html)
        if len(stripped) > 2 * len(text):
            text = stripped
    if not text:
        raise InputError(source, f"HTML has no readable text ({reason})")
    return RawDocument(
        text=text,
        source=getattr(result, "url", None) or source,
        id=doc_id,
        title=_clean(getattr(result, "title", None)),
        date=normalize_date(getattr(result, "date", None)),
        author=_clean(getattr(result, "author", None)),
        language=normalize_language(getattr(result, "language", None) or _html_lang(html)),
    )


def _decode_html(data: bytes, source: str, declared: str | None) -> str:
    """Decode with the HTTP charset, else the page's <meta charset>, else detection."""
    if declared is None:
        match = _CHARSET.search(data[:4096])
        declared = match.group(1).decode("ascii") if match else None
    return decode_bytes(data, source, declared=declared).text


def _html_lang(html: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z_-]+)", html[:4096], re.IGNORECASE)
    return match.group(1) if match else None


def _clean(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


_DROPPED = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_BLOCK = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK_TAGS)) + r")\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>")


def _tags_stripped(html: str) -> str:
    """Text of markup no parser would take: tags removed by pattern, blocks as lines."""
    import html as html_lib

    body = _DROPPED.sub(" ", html)
    body = _BLOCK.sub("\n", body)
    body = html_lib.unescape(_TAG.sub("", body))
    lines = (_SPACES.sub(" ", line).strip() for line in body.splitlines())
    return "\n".join(line for line in lines if line)


def fragment_to_text(html: str) -> str:
    """Readable text of an HTML fragment: one line per block, scripts and styles dropped."""
    import lxml.html
    from lxml import etree

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses it in a str
    if not html.strip():
        return ""
    try:
        root = lxml.html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)
