"""Relative clauses in attributions, read on the parse (session 12).

Three named rules, applied to the attributions ``find_reported`` gathered:

* ``quotes.verb.relative_source``: "a raft of rules that promise to Y", "the
  senators, who said Y": the relative pronoun only points back; the source span is
  its antecedent (the noun the relative clause modifies) through the pronoun
  ("the senators, who"); the speaker is resolved from the antecedent
  (``reported.antecedent_of``) through the actor layer.
* ``quotes.content.relative_object``: "Lula, whom Milei had called a communist":
  when the cue verb heads a relative clause whose pronoun fills its object, the
  pronoun and the clause's subject are no content; the content is what follows the
  verb ("a communist"); with nothing after the verb ("the plan that he announced")
  the attribution is left as it was.
* ``quotes.content.aside_relative``: "he said he backed Scott, who has never faced a
  race": a relative clause set off by a comma at the end of an unquoted content
  is the writer's aside about a noun in it, not the reported words: the content
  ends before its comma. A relative clause stays content only when its verb is
  the reporting verb's complement; a part with a quote mark is never cut.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from . import rulebook as R
from .reported import Attribution, Offsets, trim

# relative pronouns and adverbs that open a relative clause
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
_RELATIVE_OPENERS = _RELATIVE_PRONOUNS | {"whose", "where", "when"}
_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd"})
_QUOTE_CHARS = set('"“”„«»‹›')


def apply_relatives(doc: Doc, text: str, found: list[Attribution], on: R.On) -> list[Attribution]:
    """The attributions with the three relative-clause rules applied (those on)."""
    out: list[Attribution] = []
    for a in found:
        if on(R.RELATIVE_SOURCE):
            a = relative_source(text, a)
        if on(R.RELATIVE_OBJECT) and a.via == "verb" and a.content is not None:
            a = relative_object(doc, text, a)
        if on(R.ASIDE_RELATIVE) and a.via in ("verb", "noun", "adjective"):
            a = aside_relative(doc, text, a)
        out.append(a)
    return out


def relative_source(text: str, a: Attribution) -> Attribution:
    """A source that is a bare relative pronoun takes its antecedent's span."""
    if a.source is None or a.speaker_at is None:
        return a
    if text[a.source[0] : a.source[1]].lower() not in _RELATIVE_PRONOUNS:
        return a
    if a.principal_at is not None:  # a spokesperson's speaker_at names another person
        return a
    # the antecedent through the pronoun ("the senators, who"): the name the speaker
    # is resolved from, and the word that ties the clause to it
    start = min(a.speaker_at[0], a.source[0])
    return replace(a, source=(start, max(a.speaker_at[1], a.source[1])))


def _token_at(doc: Doc, start: int) -> Token | None:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def relative_object(doc: Doc, text: str, a: Attribution) -> Attribution:
    """ "whom Milei had called a communist": content is what follows the verb.

    Returns the attribution unchanged when the shape is not there or the relative
    clause leaves nothing after the verb ("the plan that he announced").
    """
    assert a.content is not None
    verb = _token_at(doc, a.cue[0])
    if verb is None or verb.dep_ != "relcl":
        return a
    first = _token_at(doc, a.content[0])
    if first is None or first.i >= verb.i or first.lower_ not in _RELATIVE_PRONOUNS:
        return a
    # the pronoun fills the verb's object (directly or through a preposition)
    filler = first if first.head == verb else first.head if first.head.head == verb else None
    if filler is None or first.dep_ not in _OBJECT_DEPS:
        return a
    rest = trim(text, a.cue[1], a.content[1])
    if rest[1] - rest[0] < 2:
        return a
    return replace(a, content=rest)


def _trailing_aside(doc: Doc, text: str, content: Offsets) -> Offsets | None:
    """The content less a comma-set relative clause that ends it, if there is one."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    last = span[-1]
    for token in span:
        if token.dep_ != "relcl" or token.head.i < span.start or token.head.i >= token.i:
            continue
        left = token.left_edge
        if (
            left.i <= span.start
            or left.lower_ not in _RELATIVE_OPENERS
            and not any(c.lower_ in _RELATIVE_OPENERS for c in left.children)
        ):
            continue
        comma = doc[left.i - 1]
        if comma.text != ",":
            continue
        if token.right_edge.i < last.i:
            continue  # the clause ends before the content does: not a trailing aside
        if any(ch in _QUOTE_CHARS for ch in text[content[0] : content[1]]):
            return None  # quoted words are the speaker's, asides included
        cut = trim(text, content[0], comma.idx)
        if cut[1] - cut[0] < 2:
            return None
        return cut
    return None


def aside_relative(doc: Doc, text: str, a: Attribution) -> Attribution:
    """An unquoted content (and its rest) ends before a trailing relative aside."""
    content = a.content
    rest = a.rest
    if content is not None and (cut := _trailing_aside(doc, text, content)) is not None:
        content = cut
    if rest is not None and (cut := _trailing_aside(doc, text, rest)) is not None:
        rest = cut
    if content is a.content and rest is a.rest:
        return a
    return replace(a, content=content, rest=rest)
