"""Attributions marked by a single word: "reportedly", and a poll cited mid-sentence.

* "The agency reportedly hired him": an adverb from ``data/quotes/reporting_adverbs.tsv``
  marks its clause as someone's report; the source is unnamed, so none is looked for.
* "Mr. Lee is ahead in recent polls": a clause placed "in" a poll or survey is that
  poll's finding; the poll is the source. (A sentence *opening* on "In a poll," is
  read in ``nonverbal``.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .reported import _CONFIDENCE, Attribution, Offsets, _subtree, source_span, trim

# what a poll is called when a clause is placed in it; "report" and "interview" are
# left out: "in an interview" is the occasion of someone's words, not a finding
_POLL_NOUNS = frozenset({"poll", "survey", "average"})


def adverb_attributions(doc: Doc, lexicon: Lexicon, text: str) -> list[Attribution]:
    found = []
    for adverb in doc:
        cls = lexicon.adverbs.get(adverb.lower_)
        if cls is None or adverb.dep_ != "advmod" or adverb.head.pos_ not in ("VERB", "AUX"):
            continue
        content = trim(text, *_subtree(adverb.head))
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        found.append(
            Attribution(
                content=content,
                cue=(adverb.idx, adverb.idx + len(adverb)),
                source=None,
                cls=cls,
                lemma=adverb.lower_,
                confidence=round(_CONFIDENCE[cls] - 0.25, 2),
                via="adverb",
                writer=True,
            )
        )
    return found


def _poll_of(prep: Token) -> Token | None:
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    if pobj.lemma_.lower() in _POLL_NOUNS:
        return pobj
    # "in the RealClearPolitics average of polls", "in polls of Iowa voters"
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return pobj if inner is not None and inner.lemma_.lower() in _POLL_NOUNS else None


def poll_attributions(doc: Doc, text: str) -> list[Attribution]:
    """ "X leads in the latest poll": the clause before "in", the poll its source."""
    found = []
    for prep in doc:
        if prep.lower_ != "in" or prep.dep_ != "prep" or prep.i == prep.sent.start:
            continue
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        poll = _poll_of(prep)
        if poll is None:
            continue
        clause: Offsets = trim(text, verb.left_edge.idx, prep.idx)
        if clause[1] <= clause[0] or len(text[clause[0] : clause[1]].split()) < 3:
            continue
        found.append(
            Attribution(
                content=clause,
                cue=(prep.idx, prep.idx + len(prep)),
                source=source_span(poll),
                cls="evidence",
                lemma="in",
                confidence=0.5,
                via="phrase",
            )
        )
    return found
