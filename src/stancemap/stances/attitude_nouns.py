"""A feeling or attitude held towards a party, named by a noun (session 72 PP, issue 14).

"Germany's distrust of France", "the union's anger at the government", "contempt for Y
from X", "X voiced its frustration with Y", "Trump's doubts about Obama's birth
certificate": the holder owns (or gives, or voices) a noun of feeling or attitude whose
prepositional complement names the other party - or names a thing that party owns. The
campaign rules read such a noun only where ``data/stances/campaign.tsv`` lists it with its
preposition ("X's attacks on Y", "support for Y"); the nouns of feeling were in no list, and
session 72 PP's census of the judged-missed pairs of the relations tune files counted them
among the pairs with no record between the two.

``stances.campaign.attitude_noun``: a noun of ``data/stances/attitude_nouns.tsv`` (WordNet
3.0 nouns of liking, love, gratitude, dislike, hate, anger, dissatisfaction, doubt, trust,
signed by AFINN-165 / VADER; ``stances.attitude_import``) with a preposition of its object
- toward(s), at, for, of, about, with, against, to, over; "in" only for a noun of belief
("trust in Y", not "anger in Germany") - whose object names party Y, or names no party but
is owned by Y ("anger at Y's decision"). The holder X is the noun's possessor (a named
party; or his/her/its/their where that is the clause subject's own: "Germany voiced its
frustration with Y"), else its "from"/"by" party, else - the noun the object of a verb of
expressing or feeling (``data/stances/feeling_verbs.txt``: express, voice, vent, feel,
harbour) - that verb's subject or the speaker who says "I"/"we". X's position towards Y
is the noun's sign; "no", "little", a negated verb or a verb that takes it back reverse or
void it as for the campaign nouns (``cue_polarity``). Nouns the campaign table reads with
that preposition are left to it; X is never Y.
"""

from __future__ import annotations

from functools import lru_cache, partial
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import read_table, word_list
from ..rules import declare
from .campaign import _parties, _quote_ref, campaign_words, holder_findings
from .extract import _subject
from .owned_objects import owned_targets
from .polarity import cue_polarity
from .topics import lemma, objects_of, reachable_preps

if TYPE_CHECKING:
    from .extract import Finding
    from .relations import Context

ATTITUDE_NOUN = declare(
    "stances.campaign.attitude_noun",
    "'X's distrust of Y', 'X's anger at Y's decision', 'X voiced its frustration with Y': a "
    "WordNet noun of feeling or attitude towards others (attitude_nouns.tsv, AFINN/VADER "
    "sign) whose object preposition names party Y (or a thing Y owns), held by its "
    "possessor, its 'from'/'by' party or the subject of a verb of expressing or feeling: "
    "X's position towards Y, the noun's sign (session 72 PP, issue 14)",
    order=54.5,
)
NOTE = "attitude-noun"
# the prepositions that take the object of a feeling ("anger at", "contempt for", "doubts
# about", "frustration with", "hostility to"); "in" only for a noun of belief
_OBJECT_PREPS = frozenset(
    {"toward", "towards", "at", "for", "of", "about", "with", "against", "to", "over"}
)
_BELIEF = "noun.cognition"
_OWNED_PRONOUNS = frozenset({"his", "her", "its", "their"})
_FIRST = frozenset({"my", "our", "i", "we"})


@lru_cache(maxsize=1)
def attitude_nouns() -> dict[str, tuple[str, int, float]]:
    """noun -> (lexicographer file, sign, weight)."""
    return {
        r["noun"]: (r["lexname"], int(r["sign"]), float(r["weight"]))
        for r in read_table(
            "stances/attitude_nouns.tsv", required=("noun", "lexname", "sign", "weight")
        )
    }


@lru_cache(maxsize=1)
def feeling_verbs() -> frozenset[str]:
    """Verbs whose subject holds the feeling their object names (WordNet; the importer)."""
    return word_list("stances/feeling_verbs.txt")


def _clause_subject_party(noun: Token, ctx: Context) -> str | None:
    """The party the subject of the verb governing ``noun`` names (the nearest verb above)."""
    head = noun.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    subj, _ = _subject(head)
    if subj is None:
        return None
    return next(iter(_parties(ctx, [subj])), None) or ctx.actor_of(subj)


def _speaker(tok: Token, ctx: Context) -> list[str]:
    """The speaker of the quote ``tok`` stands in, where it is I/we/my/our."""
    quote = ctx.quotes.at(tok.idx)
    if tok.lower_ not in _FIRST or quote is None or not quote.speaker:
        return []
    return [quote.speaker]


def _holders(noun: Token, ctx: Context) -> list[str]:
    """Who holds the feeling: the possessor, the 'from'/'by' party, or the subject (or the
    speaker saying I/we) of a verb of expressing or feeling whose object the noun is."""
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        named = _parties(ctx, [poss])
        if named:
            return named
        if poss.lower_ in _FIRST:
            return _speaker(poss, ctx)
        if poss.lower_ in _OWNED_PRONOUNS:
            # "Germany voiced its frustration": the pronoun is the clause subject's own (where
            # the actors stage linked it elsewhere, that reading stands and nothing is read)
            owner, subject = ctx.actor_of(poss), _clause_subject_party(noun, ctx)
            return [subject] if subject is not None and owner in (None, subject) else []
        return []
    preps = reachable_preps(noun)
    for word in ("from", "by"):
        if word in preps:
            named = _parties(ctx, objects_of(preps[word]))
            if named:
                return named
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or lemma(verb) not in feeling_verbs():
        return []
    subj, _ = _subject(verb)
    if subj is None:
        return []
    return _parties(ctx, [subj]) or _speaker(subj, ctx)


def _targets(prep: Token, ctx: Context) -> list[str]:
    """The parties a preposition's object names, else the named owners of its objects
    ("anger at Y's decision")."""
    objects = objects_of(prep)
    return _parties(ctx, objects) or owned_targets(objects, partial(_parties, ctx))


def attitude_noun(tok: Token, ctx: Context) -> list[Finding]:
    """'X's distrust of Y': X's position towards Y, the noun's sign."""
    if tok.pos_ != "NOUN":
        return []
    entry = attitude_nouns().get(lemma(tok)) or attitude_nouns().get(tok.lower_)
    if entry is None:
        return []
    lexname, sign, weight = entry
    allowed = _OBJECT_PREPS | ({"in"} if lexname == _BELIEF else frozenset())
    listed = campaign_words().noun
    preps = [
        (word, prep)
        for word, prep in reachable_preps(tok).items()
        if word in allowed and (lemma(tok), word) not in listed
    ]
    if not preps:
        return []
    found = _holders(tok, ctx)
    if not found:
        return []
    out: list[Finding] = []
    for _word, prep in preps:
        targets = [t for t in _targets(prep, ctx) if t not in found]
        if not targets:
            continue
        pol = cue_polarity(tok, sign, ctx.lexicon, towards_actor=True)
        if pol.sign == 0:
            continue
        conf = float(ctx.table["campaign_noun"]) * weight * pol.factor
        ref = _quote_ref(ctx, tok)
        out += holder_findings(
            ctx, tok, [(h, 1.0, ref) for h in found], targets, pol.sign, conf, NOTE
        )
    return out
