"""Campaign language done by the one a verb of judging judges (``stances.campaign.for_gerund``).

"X criticized Y for attacking Z", "X thanked Y for endorsing Z", "Y was mocked for calling Z
a liar", "X accused Y of insulting Z": a verb of judging with an actor Y as its object (or
passive subject) gives its reason in an -ing clause with no subject of its own under "for"
or "of". Y, the one judged, is who did the act the clause tells (object control), so an
attitude or judgment verb in that clause is Y's stance towards its object Z - or towards
Z's words or acts ("for criticizing Z's decision", as ``stances.campaign.possessed``). The
judging verb's own stance (X towards Y) is read by the attitude cues as before; this rule
adds only the stance inside its reason.

By syntax and the lexicons alone: the judging verb is one of the attitude cues, the
judgment verbs, WordNet's criticize/mock/praise verbs (``campaign.verb_sign``,
``disapproval_verbs``, ``judging_verbs``); the -ing verb is signed by ``campaign.verb_sign``;
negation, modals and hedges act on its sign through ``cue_polarity``. A clause with a
subject of its own ("criticized Y for Z's attacking W") is not controlled, and a negated
reason ("praised Y for not attacking Z") tells no stance of Y's: both read nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..rules import rule
from .campaign import (
    Holders,
    _parties,
    _quote_ref,
    campaign_words,
    disapproval_verbs,
    holder_findings,
    judging_verbs,
    verb_sign,
)
from .extract import Finding
from .polarity import cue_polarity
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

FOR_GERUND = "stances.campaign.for_gerund"
_REASON_PREPS = frozenset({"for", "of"})


def _judging(verb: Token, ctx: Context) -> bool:
    """A verb of judging someone: an attitude cue, a judgment verb, WordNet's verbs of
    disapproving, mocking or praising."""
    word = lemma(verb)
    return (
        verb_sign(verb, ctx) is not None or word in disapproval_verbs() or word in judging_verbs()
    )


def controller_object(tok: Token, ctx: Context) -> tuple[Token, list[Token]] | None:
    """(judging verb, the tokens naming whom it judges) when ``tok`` is an -ing verb with no
    subject of its own in the "for"/"of" phrase of a verb of judging (or of its object):
    "criticized Y for attacking Z", "Y was praised for backing Z"; else None."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in tok.children):
        return None
    prep = tok.head
    if prep.lower_ not in _REASON_PREPS:
        return None
    verb = prep.head
    while verb.dep_ in ("conj", "appos") and verb.head.i != verb.i:
        verb = verb.head  # "ridiculed X, Y and [Z for criticizing W]": up to the first object
    if verb.dep_ in ("dobj", "obj") and verb.head.pos_ == "VERB":
        verb = verb.head  # "criticized [Y for attacking Z]": the parser hung "for" on Y
    if verb.pos_ != "VERB" or not _judging(verb, ctx):
        return None
    judged = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if not judged:
        judged = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return (verb, judged) if judged else None


@rule(FOR_GERUND, order=57.5)
def for_gerund(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X criticized Y for attacking Z', 'Y was praised for backing Z', 'X accused Y of
    insulting Z': an attitude or judgment verb in an -ing clause with no subject of its own,
    in the 'for'/'of' phrase of a verb of judging whose object (or passive subject) is
    actor Y, is Y's stance towards the clause's object Z (or its possessor: 'for
    criticizing Z's decision', as weak as stances.campaign.possessed)."""
    if tok.pos_ != "VERB":
        return []
    found = controller_object(tok, ctx)
    hit = verb_sign(tok, ctx) if found is not None else None
    if found is None or hit is None:
        return []
    verb, judged = found
    doers = _parties(ctx, judged)
    if not doers:
        return []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    targets, factor = _parties(ctx, objects), 1.0
    if not targets:  # "for criticizing Z's decision": Z through Z's words or acts
        words = campaign_words()
        owners = [
            c
            for o in objects
            if ctx.actor_of(o) is None and lemma(o) not in words.person
            for c in o.children
            if c.dep_ == "poss"
        ]
        targets, factor = _parties(ctx, owners), float(ctx.table["campaign_possessed"])
    if not targets:
        return []
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    if pol.sign == 0 or pol.negated:
        return []  # "praised Y for not attacking Z": what Y did not do is no stance of Y's
    conf = float(ctx.table["campaign_judgment"]) * hit[1] * factor * pol.factor
    held = [(d, 1.0, _quote_ref(ctx, verb)) for d in doers]
    return holder_findings(ctx, tok, held, targets, pol.sign, conf, "campaign-for-gerund")


CONTROLLED_RULES = [(FOR_GERUND, for_gerund)]
