"""A speech verb in the clause right after a quotation, read by word order when the parse
gives it no subject (``quotes.link.speech_clause_after``).

"“Y,” Rep. Elijah E. Cummings (D-Md.) said in a phone interview", "“Y,” said Leslie
Wimes, a Florida activist": a long quotation and its tag often parse as one sentence, so
the tag's verb has no subject (``adjacent.clause_after`` then finds none) or the bracket
stops the clause. After a quotation that closes on a comma, question or exclamation mark,
the first finite verb of the next few words (a bracketed stretch skipped) that the
lexicon classes as speech is the cue; the words before it are the source ("X said"), or,
when the verb comes first, the words after it up to a comma or the sentence's end ("said
X, ..."). Word order and the lexicon's speech class only; who the source is, the actors
stage says.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..datafiles import constants
from ..nlp.quote_marks import QuotedSpan
from ..nlp.reporting import Lexicon
from ..nlp.text import doc_text
from .reported import Attribution, trim

_GLUE_AFTER = re.compile(r"[^\S\n]*[,;:—–-]?[^\S\n]*")
_C = constants("quotes")
_MAX_TOKENS = int(_C["framing_clause_tokens"])
_CONFIDENCE = float(_C["framing_clause_confidence"])
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_STOP = frozenset({".", "!", "?", ";", ":"})
_MARKS = set('“”„«»‹›"‘’')


def _words(doc: Doc, first: Token) -> list[Token]:
    """The next few tokens of the tag, a bracketed stretch left out, up to a stop."""
    out: list[Token] = []
    depth = 0
    for token in doc[first.i : min(len(doc), first.i + 3 * _MAX_TOKENS)]:
        if token.text == "(":
            depth += 1
            continue
        if token.text == ")":
            depth = max(0, depth - 1)
            continue
        if depth:
            continue
        if token.text in _STOP or token.text in _MARKS or "\n" in token.text:
            break
        out.append(token)
        if len(out) >= _MAX_TOKENS:
            break
    return out


def _span(tokens: list[Token]) -> tuple[int, int]:
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def speech_clause_after(doc: Doc, q: QuotedSpan, lexicon: Lexicon) -> Attribution | None:
    """The attribution of a tag "“Y,” X said ..." / "“Y,” said X, ..." read by word order."""
    text = doc_text(doc)
    if not q.closed:
        return None
    closing = text[q.inner_start : q.inner_end].rstrip()[-1:]
    if closing not in (",", "?", "!", "—", "-"):
        return None  # “Y.” ends its sentence: what follows is a new one
    glue = _GLUE_AFTER.match(text, q.end)
    pos = glue.end() if glue else q.end
    if pos >= len(text) or not text[pos].isalpha():
        return None
    span = doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    words = _words(doc, span[0])
    verb_at = next(
        (
            i
            for i, t in enumerate(words)
            if t.tag_ in _FINITE and t.pos_ in ("VERB", "AUX") and lexicon.is_speech(t.lemma_)
        ),
        None,
    )
    if verb_at is None:
        return None
    verb = words[verb_at]
    if verb_at == 0:  # "said Leslie Wimes, a ...": up to the comma
        after: list[Token] = []
        for t in words[1:]:
            if t.text == ",":
                break
            after.append(t)
        source = after
    else:
        source = words[:verb_at]
        if any(t.text == "," for t in source):
            source = source[: [t.text for t in source].index(",")]  # "Flynn, an adviser, said"
    if not source or any(t.pos_ in ("VERB", "AUX") for t in source):
        return None
    if not (source[0].text[:1].isupper() or source[0].pos_ in ("DET", "PRON", "PROPN")):
        return None
    return Attribution(
        content=trim(text, q.inner_start, q.inner_end),
        cue=(verb.idx, verb.idx + len(verb)),
        source=_span(source),
        cls="speech",
        lemma=verb.lemma_.lower(),
        confidence=_CONFIDENCE,
        via="adjacent",
    )
