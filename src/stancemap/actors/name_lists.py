"""Several people's names tagged as one: "focus on Rubio and Cruz", "Petraeus and Panetta".

The tagger sometimes reads a coordination of names as one PERSON span, which then becomes
one new person nobody knows ("Rubio and Cruz"). No one person's name holds a coordinating
"and" / "or" or a comma between names, so such a span is a list (rule
``actors.names.name_list``): it is cut at the coordinators, and each part that looks like a
name on its own (one to four words, each capitalised or an initial, the first a word of
two letters or more, no name suffix such as "Jr.") is read as a name of its own by the usual
rules. A part that does not look like a name leaves the span whole ("Smith, Jr.", "Obama,
party"). A span tagged otherwise (ORG: "Christie and Jindal", FAC: "Rubio and Cruz") is a list only
where every part is a person the KB or this document knows by that name ("Hulu and Ora", "Standard & Poor",
"Center for Media and Public Affairs" stay whole).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

NAME_LIST = declare(
    "actors.names.name_list",
    "'focus on Rubio and Cruz' tagged as one name: a PERSON span that holds 'and' / 'or' / "
    "a comma between parts that each look like a name (capitalised words or initials, no "
    "suffix) is a list, each part read as a name of its own; a span of another label only "
    "where each part is a person the KB or this document knows (session 40 NM)",
)
_COORDINATORS = frozenset({"and", "or", ","})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "esq", "phd", "md"})
_MAX_WORDS = 4
_NO_NAMES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})


def _looks_like_name(part: Span) -> bool:
    if not 1 <= len(part) <= _MAX_WORDS:
        return False
    first = part[0].text
    if len(first) < 2 or not first[:1].isupper() or not first.replace("'", "").isalpha():
        return False
    for token in part:
        word = token.text.rstrip(".")
        if word.lower() in _SUFFIXES or not word[:1].isupper():
            return False
        if not (word.replace("-", "").replace("'", "").isalpha()):
            return False
    return True


def list_parts(ent: Span) -> list[Span] | None:
    """The parts of a name span cut at its coordinators when each looks like a name of
    its own, else None."""
    cuts = [t.i for t in ent if t.lower_ in _COORDINATORS]
    if not cuts:
        return None
    parts: list[Span] = []
    start = ent.start
    for i in [*cuts, ent.end]:
        if i > start:
            parts.append(Span(ent.doc, start, i, label="PERSON"))
        elif i < ent.end and ent.doc[i].lower_ != "and":
            return None  # two commas, or a comma at the edge
        start = i + 1
    if len(parts) < 2 or not all(_looks_like_name(p) for p in parts):
        return None
    return parts


def name_list(
    resolver: DocumentResolver,
    ent: Span,
    read: Callable[[DocumentResolver, Span], None],
    known: Callable[[DocumentResolver, Span], bool],
) -> bool:
    """Read each name of a list tagged as one name span with ``read``; True if done.
    ``known``: whether a part names a person the KB or this document knows."""
    if ent.label_ in _NO_NAMES:
        return False
    parts = list_parts(ent)
    if parts is None:
        return False
    if ent.label_ != "PERSON" and not all(known(resolver, p) for p in parts):
        return False
    for part in parts:
        read(resolver, part)
    return True
