"""Credit, byline and agency lines: names there are no actors of the story.

Rule ``actors.names.credit_line``: "Reporting by X; Editing by Y", "Photo:
X/AFP", "By Jane Doe", "(Reuters)" - even where ingest left the line in the
text. The cues are a word list (``data/kb/credit_cues.txt``).
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..datafiles import word_list
from ..rules import declare

CREDIT_LINE = declare(
    "actors.names.credit_line",
    "a name in a credit, byline or agency line ('Reporting by X; Editing by Y', 'Photo: "
    "X/AFP', '(Reuters)') is no actor, even where ingest left the line in the text",
)
_CREDIT_CUES = word_list("kb/credit_cues.txt")
_CREDIT = re.compile(
    r"(?:^|[\n;|(])\s*(?:"
    + "|".join(sorted((re.escape(c) for c in _CREDIT_CUES), key=len, reverse=True))
    # "Reporting by A", "Photo: A", and the next names of a list ("by A and B", "A, B")
    + r")\s*(?:by\b|:)\s*(?:[^\n;|.!?:]{0,60}?(?:,|\band\b)\s*)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:^|\n)\s*by\s*$", re.IGNORECASE)  # "By Jane Doe" on a line of its own
_AGENCY_SLOT = re.compile(r"(?:\(\s*$|/\s*$)")  # "(Reuters)", "Photo: Jane Doe/AFP"


def in_credit_line(text: str, ent: Span) -> bool:
    """The name sits in a credit line: a credit cue and "by" or ":" open its line (or a
    stretch after ';', '|', '(') right before it, or it is an agency in "(...)" or after
    a slash."""
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    before = text[max(line_start, ent.start_char - 120) : ent.start_char]
    if _CREDIT.search(before) or _BYLINE.search(before):
        return True
    after = text[ent.end_char : ent.end_char + 2]
    return (
        bool(_AGENCY_SLOT.search(before)) and after[:1] in (")", "\n", "") and (ent.label_ == "ORG")
    )
