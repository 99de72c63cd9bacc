"""The clause that frames a quotation, whatever its verb.

A quotation that no reporting verb claims is still framed by the clause next
to it: "“Y,” Trump quipped", "“Y,” said the senator", "He tweeted: “Y”".
News uses many framing verbs (quip, tweet, mock, dub, shoot back...), so next
to quote marks any verb with a subject serves as the cue; away from quote
marks only the lexicon's reporting verbs do (see ``reported``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..datafiles import constants
from ..nlp.quote_marks import QuotedSpan
from ..nlp.text import doc_text
from .reported import Attribution, source_span, trim

_GLUE_AFTER = re.compile(r"[\s,;:—–-]*")
_C = constants("quotes")
_MAX_CLAUSE_TOKENS = int(_C["framing_clause_tokens"])  # "“Y,” the senator ... told reporters"
_CONFIDENCE = float(_C["framing_clause_confidence"])
_FINITE = frozenset({"VBD", "VBZ", "VBP"})  # a tag's finite verb ("wrote", "says")


def _verb_with_subject(tokens: list[Token], q: QuotedSpan) -> tuple[Token, Token] | None:
    for token in tokens:
        if token.pos_ not in ("VERB", "AUX") or token.dep_ == "aux":
            continue
        subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and not (q.start <= subject.idx < q.end):
            return token, subject
    return None


def _attribution(verb: Token, subject: Token, q: QuotedSpan, text: str) -> Attribution:
    return Attribution(
        content=trim(text, q.inner_start, q.inner_end),
        cue=(verb.idx, verb.idx + len(verb)),
        source=source_span(subject),
        cls="speech",
        lemma=verb.lemma_.lower(),
        confidence=_CONFIDENCE,
        via="adjacent",
    )


def clause_after(doc: Doc, q: QuotedSpan) -> Attribution | None:
    """ "“Y,” Trump quipped" / "“Y,” said the senator": a short clause right after."""
    text = doc_text(doc)
    start = _GLUE_AFTER.match(text, q.end)
    pos = start.end() if start else q.end
    if pos >= len(text) or "\n" in text[q.end : pos] or not text[pos].isalpha():
        return None
    closing = text[q.inner_start : q.inner_end].rstrip()[-1:]
    if closing == "." and "," not in text[q.end : pos]:
        return None  # “Y.” ends the sentence: what follows is a new one
    span = doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    first = span[0]
    sent_end = first.sent.end
    tokens = []
    for token in doc[first.i : min(sent_end, first.i + _MAX_CLAUSE_TOKENS)]:
        if token.is_punct and token.text not in (",", "-"):
            break
        tokens.append(token)
    found = _verb_with_subject(tokens, q)
    return _attribution(*found, q, text) if found else None


def clause_before(doc: Doc, q: QuotedSpan) -> Attribution | None:
    """ "He tweeted: “Y”": a clause ending in a colon (or comma) right before."""
    text = doc_text(doc)
    head = text[: q.start].rstrip(" \t")
    if not head.endswith((":", ",")):
        return None
    span = doc.char_span(len(head) - 1, len(head), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    colon = span[0]
    sent_start = colon.sent.start
    tokens = list(doc[max(sent_start, colon.i - _MAX_CLAUSE_TOKENS) : colon.i])
    tokens.reverse()  # the verb nearest the colon frames the quotation
    found = _verb_with_subject(tokens, q)
    if found is None:
        return None
    verb, _ = found
    if verb.right_edge.i > colon.i and not any(
        t.i > colon.i for t in verb.rights if t.dep_ == "punct"
    ):
        return None  # the verb's own clause runs on past the colon
    return _attribution(*found, q, text)
