"""Titles in quote marks are no quotations (``quotes.link.title_not_quotation``).

"X said Monday on CNN's “New Day.”", "Y appeared on “Meet the Press” to say Z": the
marks set off the name of a show, a book or a film, not anyone's words. The quotes
stage linked such a stretch to the nearby attribution as a second piece of content
("New Day" said by X), or made it the content of a verb nearby. A stretch between
marks is a title when it is short, every word of it that is not a small function word
is capitalised, it holds no sentence, and it follows a preposition or a possessive
("on", "in", "CNN's"): the place of a name, not of a quotation.

``quotes.link.addressee_title``: "X told “Good Morning America” that Y" - the same
short title-case stretch right after a verb that takes an addressee (the lexicon's
speech verbs of frame "to": tell, ask, warn, remind), in its object slot and followed
by what was told ("that Y", "to Y", a colon or a quotation), is the one told, a show's
name: no quotation, and an attribution whose content the parser began inside it starts at
the "that" after it (``addressee_title_cut``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from spacy.tokens import Doc

from ..nlp.view import doc_view
from .lexicon import Lexicon
from .marks import QuotedSpan
from .reported import Attribution, trim

_MAX_WORDS = 6
_SMALL = frozenset(
    {"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from"}
)
_BEFORE_TAGS = frozenset({"IN", "POS"})
_CONTENT_OPENERS = frozenset({":", "“", '"', "‘", "'"})
_OBJECT_SLOT = frozenset(
    {"dobj", "dative", "xcomp", "ccomp", "oprd"}
)  # a preposition, a possessive ending


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    if not content or not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in content)


def _title_shaped(text: str, q: QuotedSpan) -> bool:
    """Closed, short, title case and no sentence inside."""
    if not q.closed:
        return False
    inner = text[q.inner_start : q.inner_end].strip().rstrip(".,!?")
    words = inner.split()
    if not 1 <= len(words) <= _MAX_WORDS or any(c in inner for c in ".!?;:"):
        return False
    return _title_case(words)


def is_title(doc: Doc, text: str, q: QuotedSpan) -> bool:
    """Is the quoted stretch a title (a show, a book) rather than someone's words?"""
    if not _title_shaped(text, q):
        return False
    view = doc_view(doc)
    before = bisect_left(view.idx, q.start) - 1  # the token before the opening mark
    if before < 0:
        return False
    token = doc[before]
    return token.tag_ in _BEFORE_TAGS and token.sent.start < before


def is_addressee_title(doc: Doc, text: str, q: QuotedSpan, lexicon: Lexicon) -> bool:
    """ "told “Good Morning America”": a title-shaped stretch right after a speech verb
    that takes an addressee (frame "to") is the one told, not a quotation."""
    if not _title_shaped(text, q):
        return False
    view = doc_view(doc)
    before = bisect_left(view.idx, q.start) - 1
    if before < 0:
        return False
    verb = doc[before]
    if verb.pos_ != "VERB":
        return False
    lemma = lexicon.verb_lemma(verb.lemma_, verb.lower_) or verb.lemma_.lower()
    if lexicon.verb_class(lemma) != "speech" or lexicon.verb_frame(lemma) != "to":
        return False
    # the stretch fills the verb's object slot ("Speaks ‘Directly To White People’"
    # holds no object of "speaks": those are the speaker's words)
    inside = range(before + 2, bisect_left(view.idx, q.inner_end))
    if not any(doc[i].head.i == verb.i and doc[i].dep_ in _OBJECT_SLOT for i in inside):
        return False
    # what was told comes after it ("that Y", "to do Y", a colon or a quotation):
    # "promised “Jobs, Jobs, Jobs”" with nothing after is the promise itself
    after = range(bisect_left(view.idx, q.end), verb.sent.end)
    return any(
        doc[i].dep_ == "mark" or doc[i].tag_ == "TO" or doc[i].text in _CONTENT_OPENERS
        for i in after
    )


def addressee_title_cut(
    doc: Doc, text: str, a: Attribution, titles: list[QuotedSpan]
) -> Attribution:
    """An attribution whose content the parser began inside an addressee title
    ("told “Meet the Press” on Sunday that taxes would rise"): the content is the
    verb's own clause after the title, else the "that" clause inside the content after
    it; with neither, the attribution is kept as it was."""
    if a.content is None:
        return a
    start, end = a.content
    title = next((q for q in titles if q.start <= start < q.end), None)
    if title is None:
        return a
    view = doc_view(doc)
    cue = doc[bisect_left(view.idx, a.cue[0])]
    after = [c for c in cue.children if c.dep_ in ("ccomp", "xcomp") and c.idx >= title.end]
    if after:
        clause = min(after, key=lambda c: c.i)
        right = clause.right_edge
        content = trim(text, clause.left_edge.idx, right.idx + len(right))
        return replace(a, content=content)
    first = bisect_left(view.idx, title.end)
    last = bisect_left(view.idx, end)
    mark = next(
        (doc[i] for i in range(first, last) if doc[i].dep_ == "mark" and doc[i].lower_ == "that"),
        None,
    )
    if mark is None:
        return a
    return replace(a, content=trim(text, mark.idx, end))
