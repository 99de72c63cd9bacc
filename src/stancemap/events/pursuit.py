"""Going after someone is no visit: "Trump went after Clinton over her emails".

Rule ``events.sense.pursuit_is_no_visit``: WordNet has two-word verbs "X after" (go after,
chase after, run after: pursue; look after, take after) whose sense is not the one-word
verb's (``data/events/after_verbs.txt``, from ``events.wordnet_import``). When a verb has an
"after" phrase that names someone (an actor, a name, an agent noun or a personal pronoun),
the verb is that two-word verb, so the code the dictionary gives the bare verb ("go": a
visit, CAMEO 04) is not its act: no event. "went to Ohio after the debate" (a time, not
someone) and rows written for the phrase itself keep their code.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .bare_codes import _party_like
from .parts import DocContext, Frame

AFTER = "after"


@lru_cache(maxsize=1)
def after_verbs() -> frozenset[str]:
    """ "go after", "chase after", "run after" (WordNet 3.0)."""
    return word_list("events/after_verbs.txt")


def _someone(tok: Token, ctx: DocContext) -> bool:
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which")
    return _party_like(tok) or bool(args.phrase_actors(tok, ctx.actors, head_only=True))


def goes_after_someone(verb: Token, ctx: DocContext) -> bool:
    """The verb and "after" make a WordNet verb, and the "after" phrase names someone."""
    if f"{verb.lemma_.lower()} {AFTER}" not in after_verbs():
        return False
    return any(_someone(p, ctx) for p in args.prep_objects(verb, [AFTER]))


@rule(
    "events.sense.pursuit_is_no_visit",
    order=12,
    doc="'went after Clinton over her emails': a verb with an 'after' phrase naming someone "
    "is WordNet's two-word verb (go after, chase after: pursue), not the bare verb the "
    "dictionary codes (a visit): no event",
)
def pursuit_is_no_visit(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ != "VERB":
        return frame
    if frame.row.lemma.lower() != tok.lemma_.lower():
        return frame  # a row of a phrase ("go on visit") or of another word
    return None if goes_after_someone(tok, ctx) else frame
