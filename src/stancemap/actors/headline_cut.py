"""A title-case headline's verb is no part of the name before it.

In "Clinton And Trump Spar Over Taxes" or "Putin Slams NATO Over Expansion" every word
is capitalised, so NER runs the name on through the verb ("Trump Spar Over Taxes",
"Putin Slams NATO"). In a line set in title case (or capitals), a PERSON/ORG name, or a
proper-noun run NER missed, is cut before a word that is a form of a verb of the event
lexicon (``data/events/triggers.tsv``, ``cameo_verbs.tsv``) or of the reporting lexicon,
after a capitalised word, unless a KB name holds that word ("Mark Warner", "Will Hurd")
or it is a KB person's surname. The words after the verb are read again on their own
("NATO"). Rule ``actors.names.headline_verb_cut``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import constants, read_table
from ..nlp.lemmas import inflections, irregular_pasts
from ..nlp.reporting import speech_verbs
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .resolve import DocumentResolver

HEADLINE_VERB_CUT = declare(
    "actors.names.headline_verb_cut",
    "'Putin Slams NATO Over Expansion': in a title-case line a PERSON/ORG name (or proper-"
    "noun run) ends before a form of an event or reporting verb that no KB name holds",
)

_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_Q = constants("quotes")  # the one definition of a title-case line (quotes/titles.py)
_TITLE_SHARE = float(_Q["title_share"])
_MIN_WORDS = int(_Q["title_min_words"])
_MAX_WORDS = int(_Q["title_max_words"])
_LINKING = frozenset(
    {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with"}
)
_LEXICONS = ("events/triggers.tsv", "events/cameo_verbs.tsv")
CUT_LABELS = frozenset({"PERSON", "ORG"})


@lru_cache(maxsize=1)
def verb_forms() -> frozenset[str]:
    """Every form of the one-word verbs of the event and reporting lexicons."""
    bases: set[str] = set(speech_verbs())
    for name in _LEXICONS:
        for row in read_table(name):
            if row["pos"] == "V" and " " not in row["lemma"]:
                bases.add(row["lemma"].lower())
    bases = {b for b in bases if b.isalpha()}
    forms = set(bases)
    for base in bases:
        forms |= inflections(base)
    forms |= {past for past, base in irregular_pasts().items() if base in bases}
    return frozenset(forms)


def is_title_line(words: list[str]) -> bool:
    """Enough of a line's words capitalised, within a title's length (as quotes/titles.py)."""
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
        return False
    content = [w for w in words if w.lower() not in _LINKING]
    if not content:
        return False
    return sum(w[0].isupper() for w in content) / len(content) >= _TITLE_SHARE


def in_title_line(text: str, start: int, cache: dict[int, bool]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    if line_start not in cache:
        line_end = text.find("\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        cache[line_start] = is_title_line([m.group() for m in _WORD.finditer(line)])
    return cache[line_start]


def _kb_holds(resolver: DocumentResolver, span: Span, i: int) -> bool:
    """A KB name among the span's word runs that holds token ``i``, or its surname."""
    kb = resolver.linker.kb
    word = span.doc[i].text
    if kb.surnames.get(fold(word)):
        return True
    for a in range(span.start, i + 1):
        for b in range(i + 1, span.end + 1):
            if b - a > 1 and kb.lookup(span.doc[a:b].text):
                return True
    return False


def headline_cut(
    resolver: DocumentResolver, span: Span, cache: dict[int, bool]
) -> tuple[Span, int] | None:
    """See ``HEADLINE_VERB_CUT``: the name before the verb and the verb's token index,
    or None when the span is not cut."""
    if len(span) < 2 or not resolver.switches.enabled(HEADLINE_VERB_CUT):
        return None
    doc = span.doc
    if not in_title_line(resolver.document.text, span.start_char, cache):
        return None
    forms = verb_forms()
    for i in range(span.start + 1, span.end):
        token = doc[i]
        if token.lower_ not in forms or not token.text[:1].isupper():
            continue
        before = doc[i - 1].text
        if not before[:1].isupper() or before.lower() in _LINKING:
            continue
        if _kb_holds(resolver, span, i):
            continue
        return Span(doc, span.start, i, label=span.label_), i
    return None


HEADLINE_VERB_LEAD = declare(
    "actors.names.headline_verb_lead",
    "'Ruto Slams Museveni's Fishing Ban': in a title-case line a PERSON/ORG name that starts "
    "with a form of an event or reporting verb right after a capitalised word (the name "
    "before it) starts after the verb",
)


def headline_lead_verb(
    resolver: DocumentResolver, span: Span, cache: dict[int, bool]
) -> tuple[Span, int] | None:
    """See ``HEADLINE_VERB_LEAD``: the name after the verb and the verb's token index, or
    None when the span does not start with such a verb."""
    if len(span) < 2 or span.start == 0 or not resolver.switches.enabled(HEADLINE_VERB_LEAD):
        return None
    doc = span.doc
    token, before = doc[span.start], doc[span.start - 1]
    if token.lower_ not in verb_forms() or not token.text[:1].isupper():
        return None
    if not before.text[:1].isupper() or before.lower_ in _LINKING or "\n" in before.whitespace_:
        return None
    if not in_title_line(resolver.document.text, span.start_char, cache):
        return None
    if _kb_holds(resolver, span, span.start):
        return None  # "Will Hurd": a KB name holds the word
    return Span(doc, span.start + 1, span.end, label=span.label_), span.start
