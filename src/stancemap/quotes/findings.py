"""Findings of polls and studies: the document is the source, its result the content.

* "In a CNN poll, Clinton held a lead": a sentence opening on "in" + a poll,
  survey or report, then a comma; the rest of the sentence is its finding.
  ("For Rubio, ..." was tried the same way and left out: on PolNeAR train it
  mostly frames an outcome for someone, not their view.)
* "Mr. Lee is ahead in recent polls": a clause placed "in" a poll or survey
  mid-sentence; the clause before "in" is the finding.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..datafiles import constants
from ..nlp.view import doc_view
from .reported import Attribution, Offsets, source_span, trim

# "In a CNN poll, ...": the documents whose findings a sentence may open on
_OPENING_NOUNS = frozenset({"poll", "survey", "study", "report", "analysis", "interview"})
# what a poll is called when a clause is placed in it mid-sentence; "report" and
# "interview" are left out there: "said in an interview" is an occasion, not a finding
_PLACED_NOUNS = frozenset({"poll", "survey", "average"})
_C = constants("quotes")
_MIN_WORDS = int(_C["poll_min_words"])


def _finding(text: str, prep: Token, poll: Token, content: Offsets) -> Attribution | None:
    if len(text[content[0] : content[1]].split()) < _MIN_WORDS:
        return None
    return Attribution(
        content=content,
        cue=(prep.idx, prep.idx + len(prep)),
        source=source_span(poll),
        cls="evidence",
        lemma="in",
        confidence=float(_C["poll_confidence"]),
        via="phrase",
    )


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def opening_findings(doc: Doc, text: str) -> list[Attribution]:
    """ "In a CNN poll, Y": the rest of the sentence after the comma."""
    found = []
    for sent in doc.sents:
        first = sent[0]
        if first.lower_ != "in" or first.dep_ != "prep":
            continue
        poll = _pobj(first)
        if poll is None or poll.lemma_.lower() not in _OPENING_NOUNS:
            continue
        comma = poll.right_edge.i + 1
        if comma >= sent.end or doc[comma].text != ",":
            continue
        finding = _finding(text, first, poll, trim(text, doc[comma].idx + 1, sent.end_char))
        if finding is not None:
            found.append(finding)
    return found


def _placed_poll(prep: Token) -> Token | None:
    """ "in recent polls", "in the average of polls": the poll phrase, else None."""
    pobj = _pobj(prep)
    if pobj is None:
        return None
    if pobj.lemma_.lower() in _PLACED_NOUNS:
        return pobj
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = _pobj(of) if of is not None else None
    return pobj if inner is not None and inner.lemma_.lower() in _PLACED_NOUNS else None


def placed_findings(doc: Doc, text: str) -> list[Attribution]:
    """ "X leads in the latest poll": the clause before "in", the poll its source."""
    found = []
    view = doc_view(doc)
    lower, dep = view.lower, view.dep
    for i in range(len(doc)):
        if lower[i] != "in" or dep[i] != "prep":
            continue  # most words: no Token made
        prep = doc[i]
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i == prep.sent.start:
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        poll = _placed_poll(prep)
        if poll is None:
            continue
        finding = _finding(text, prep, poll, trim(text, verb.left_edge.idx, prep.idx))
        if finding is not None:
            found.append(finding)
    return found
