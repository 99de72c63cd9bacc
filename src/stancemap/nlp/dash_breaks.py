"""A dash glued after a sentence's closing stop ends that sentence; the next word starts one.

A text that lost its line breaks when it was made (the News Articles set, session 70) writes
a paragraph break as a dash glued to the stop before it: 'killed in the riot.-It was',
'the driving force.- Chadian soldiers fight', 'the nature of the explosion."- READ MORE'.
Once ``nlp.tokens.glued_punctuation`` cuts that dash into a token of its own, spaCy's parser
reads it as the first word of the next sentence ('- Chadian soldiers' becomes one noun
phrase, an actor's name beginning with a dash) or, after a closing quote, as no boundary at
all: 'Police are investigating the nature of the explosion."- READ MORE: Taliban kills ...'
is parsed as one sentence whose root is 'kills', so the quoted 'investigating' becomes its
complement and its event is lost (session 72 GT, NA tune census).

With rule ``nlp.sentences.glued_dash_break`` on, a component before the parser marks the
boundary the typography gives: a dash token (one or more dashes) right after a full stop,
'?' or '!' - closing quotes or brackets between them or not - ends the sentence of that stop,
and the word after the dash, where it begins with a capital, a digit or an opening quote or
bracket, starts the next one (the closing quotes or brackets between the stop and the dash
stay in the stop's sentence). spaCy's parser keeps preset sentence starts, so the dash is the
old sentence's last token and never part of the new one's first phrase. Nothing else is
decided: a dash after a comma or a colon ('Mistura,-Jaafari', 'said:-"We') or before a
lower-case word ('the list.- and') is left to the parser. Typography only, never a word.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..rules import declare

GLUED_DASH_BREAK = declare(
    "nlp.sentences.glued_dash_break",
    "'killed in the riot.-It was', 'the explosion.\"- READ MORE': a dash right after a "
    "sentence's closing stop ends that sentence and the capitalised word after it starts the "
    "next (a line break the text lost), set before the parser",
)

COMPONENT = "stancemap_glued_dash_break"
_DASHES = frozenset("-\u2013\u2014")
_STOPS = frozenset({".", "?", "!"})
_CLOSERS = frozenset({'"', "\u201d", "\u2019", "'", ")", "]"})
_OPENERS = frozenset({'"', "\u201c", "\u2018", "'", "(", "["})


def _is_dash(token: Token) -> bool:
    return bool(token.text) and all(ch in _DASHES for ch in token.text)


def _stop_before(doc: Doc, i: int) -> int | None:
    """The index of the sentence's closing stop token ``i`` follows, closers between or
    not; None where it follows none."""
    j = i - 1
    while j >= 0 and doc[j].text in _CLOSERS:
        j -= 1
    return j if j >= 0 and doc[j].text in _STOPS else None


def _starts_sentence(token: Token) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or first in _OPENERS


def mark_breaks(doc: Doc) -> Doc:
    """Preset the sentence boundary after each dash that follows a closing stop: the
    closing quotes or brackets after the stop and the dash end the stop's sentence."""
    for i in range(1, len(doc) - 1):
        dash, after = doc[i], doc[i + 1]
        if not (_is_dash(dash) and _starts_sentence(after)):
            continue
        stop = _stop_before(doc, i)
        if stop is None:
            continue
        for token in doc[stop + 1 : i + 1]:
            token.is_sent_start = False
        after.is_sent_start = True
    return doc


@Language.component(COMPONENT)
def _component(doc: Doc) -> Doc:
    return mark_breaks(doc)


def install(nlp: Language) -> None:
    """Add the component before whatever sets sentences (the parser or a senter); last
    where there is neither (its boundaries are then the doc's sentences)."""
    if COMPONENT in nlp.pipe_names:
        return
    before = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if before is None:
        nlp.add_pipe(COMPONENT)
    else:
        nlp.add_pipe(COMPONENT, before=before)
