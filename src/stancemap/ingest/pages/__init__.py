"""Pasted pages: chrome lines, the headline, the dateline and the publication date.

``read_page(text)`` returns a ``PageReading``; the text itself is never edited.
"""

from .datelines import Dateline, parse_dateline
from .reading import PageReading, read_page

__all__ = ["Dateline", "PageReading", "parse_dateline", "read_page"]
