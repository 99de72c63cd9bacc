"""Attributions with an unnamed source: "The agency reportedly hired him".

An adverb from ``data/quotes/reporting_adverbs.tsv`` marks its clause as someone's
report; the source is unnamed, so no speaker is looked for.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp.view import doc_view
from .lexicon import Lexicon
from .reported import _C, _CONFIDENCE, Attribution, _subtree, trim


def adverb_attributions(doc: Doc, lexicon: Lexicon, text: str) -> list[Attribution]:
    found = []
    lower = doc_view(doc).lower
    for i in range(len(doc)):
        if lexicon.adverbs.get(lower[i]) is None:
            continue  # most words: no Token made
        adverb = doc[i]
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
                confidence=round(_CONFIDENCE[cls] - _C["adverb_penalty"], 2),
                via="adverb",
                writer=True,
            )
        )
    return found
