"""A gathering whose purpose is a protest is the protest: "thousands were converging on the
capital for a rally to protest the tax", "students gathered outside the ministry to
protest the cuts". The dictionary codes the verb of coming together as a meeting
(CONSULT 040); a crowd that gathers in order to demonstrate is demonstrating, so the event
is the purpose's PROTEST, with the gathering's subject as its source when the purpose
names none.

Rule ``events.frame.gathered_to_protest``: a verb coded CONSULT with no partner ("with"
phrase or object that is an actor) whose purpose (a "to" infinitive, or a "for" noun) is
coded PROTEST gives that PROTEST, dated and negated by the verb. Read from the parse and
the lexicon's own types, no word list.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame

GATHERED_TO_PROTEST = declare(
    "events.frame.gathered_to_protest",
    "'thousands converged on the capital for a rally to protest the tax': a gathering "
    "(CONSULT) whose purpose is a PROTEST is that PROTEST",
    order=32,
)


def purposes(tok: Token) -> list[Token]:
    """The purpose phrases of ``tok``: "to" infinitives and "for" nouns."""
    out = [
        c
        for c in tok.children
        if c.dep_ in ("advcl", "xcomp")
        and c.pos_ == "VERB"
        and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
    ]
    return out + args.prep_objects(tok, ["for"])


def gathered_to_protest(frame: Frame, tok: Token, ctx: DocContext, builder) -> Frame:
    """The purpose's PROTEST in place of a gathering's CONSULT (see the module doc)."""
    if frame.type != "CONSULT" or args.prep_objects(tok, ["with"]):
        return frame
    if any(args.phrase_actors(o, ctx.actors) for o in args.children(tok, "dobj", "obj")):
        return frame
    for purpose in purposes(tok):
        if purpose.pos_ == "VERB":
            found = builder.frame_verb(purpose, ctx, frame.source, 1)
        else:
            row = builder.matcher.match_noun(purpose)
            found = builder.frame_noun(purpose, ctx, row, frame.source) if row else None
        if found is None or found.type != "PROTEST":
            continue
        found.source = found.source or frame.source
        found.head = tok  # the gathering carries tense, negation and modality
        found.tokens = [tok, *found.tokens]
        found.nominal = False
        return found
    return frame
