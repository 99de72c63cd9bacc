"""A body named inside a person's former title ("Former U.N. Ambassador John Bolton",
"ex-FBI director James Comey"): the person's past affiliation, no actor of its own.

The title is read by the parse: the name span modifies a chain of title words that
ends in a person's name (``spans.in_person_title``), and a word of that title - or the
prefix glued to the span by a hyphen ("Ex-FBI") - marks it past (``agents.FORMER``).
The body did nothing in the sentence: the person speaks or acts, and the body they
once served is a description of them, as a demonym in "British Foreign Secretary
Jack Straw" is (rule ``actors.names.title_words``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..rules import declare
from .agents import FORMER
from .spans import in_person_title

FORMER_TITLE_BODY = declare(
    "actors.names.former_title_body",
    "'Former U.N. Ambassador John Bolton', 'ex-FBI director James Comey': a body named "
    "inside a person's former title (a title word or a glued prefix in agents.FORMER) is "
    "the person's past affiliation, no actor of its own (session 41 AP)",
)
_TITLE_DEPS = ("compound", "amod", "nmod")


def _title_chain(span: Span) -> list[Token] | None:
    """The title words from the span's root up to (not including) the person's name,
    or None when the span is not inside a title before a person's name."""
    if not in_person_title(span):
        return None
    chain: list[Token] = []
    token = span.root
    while token.dep_ in _TITLE_DEPS and token.head.i > token.i:
        token = token.head
        if token.ent_type_ == "PERSON" and not (span.start <= token.i < span.end):
            return chain
        chain.append(token)
    return None


def _name_start(span: Span, chain: list[Token]) -> int:
    """First token of the person's name the title stands before."""
    last = chain[-1] if chain else span.root
    person = last.head
    start = person.i
    while start > 0 and span.doc[start - 1].ent_type_ == "PERSON" and start - 1 > last.i:
        start -= 1
    return start


def former_title_body(span: Span) -> bool:
    """An organisation's name inside the title before a person's name, and that title
    is a past one: a FORMER word stands in it (before the name), or the span itself
    begins with one glued by a hyphen ("Ex-FBI")."""
    if span.label_ != "ORG":
        return False
    chain = _title_chain(span)
    if chain is None:
        return False
    doc = span.doc
    if len(span) >= 3 and span[0].lower_ in FORMER and span[1].text == "-":
        return True  # "Ex-FBI director James Comey"
    end = _name_start(span, chain)
    # the title's words: the chain and the modifiers to its left, up to the name
    start = min(t.left_edge.i for t in [span.root, *chain])
    return any(doc[i].lower_ in FORMER for i in range(start, end))
