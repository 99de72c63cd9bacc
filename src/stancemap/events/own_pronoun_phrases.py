"""A phrase the source's own pronoun owns, inside the act's object or prepositions, is the
source's side, not its target.

Session 59, engineer TG (issue 12: target countries on the PLOVER dev tune half and the
wire tune sets). Sorting the tune records whose type is right but whose target country is
wrong, the one cause seen more than once is a target that is the source's own body, named
by a noun its possessive pronoun owns where ``events.args.own_object`` does not look: in
the object's 'of' complement ("France completed the withdrawal of its troops from X") or
in a prepositional phrase of the act ("China stopped clearing imports from X at its
customs"). Where the pronoun stands for the source, the noun is the source's own (its
troops) and the event took the source's country for its target; the party the act is
aimed at is named beside it ("from X"). ("At its customs" after "from X" is left alone:
the "its" may be X's.)

Rule ``events.args.own_pronoun_phrase``: on an act with a source,

* a prepositional object of the act's verb owned by its/their (his/her for a person) that
  agrees with a source is no target: its own target prepositions are read in its place
  (as ``own_object`` does for a direct object);
* a direct object naming no actor of its own whose 'of' complement is such an owned noun
  ("the withdrawal of its troops") is no target either: the 'by' agents and the target
  prepositions of the object and of the owned noun are read in its place ("from X";
  "condemned the killing of its citizens by X": X).

The pronoun stands for the source only as ``own_object`` tests it: it agrees with a
source, the actors stage read it as no other actor, and no noun before it in its
sentence but the subject's own words and the nouns whose phrase holds it could be what
it stands for; and, as ``events.args.own_object_names_other`` says of an object, a noun
whose nationality premodifier names another actor is that actor's ("shared intelligence
with their Senegalese counterparts": Senegal's, not the source's). Reads the parse and the actors' layer only; adds no actor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .own_means import names_other
from .parts import DocContext

OWN_PRONOUN_PHRASE = declare(
    "events.args.own_pronoun_phrase",
    "'completed the withdrawal of its troops from X', 'protested the treatment of its "
    "diplomats by X': a noun owned by a pronoun standing for the source, in the object's 'of' "
    "complement or a prepositional phrase of the act, is the source's own, not the target",
    order=44.5,
)
_NOT_HEADS = ("compound", "amod", "poss", "nmod", "npadvmod")
_NOT_REFERENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
_PLURAL_OWNERS = ("their", "theirs")


def pronoun_owner(noun: Token) -> Token | None:
    """The third-person possessive pronoun owning ``noun``, or None."""
    for child in noun.children:
        if (
            child.dep_ == "poss"
            and args.is_pronoun(child)
            and child.lower_ not in args.FIRST_PERSON
        ):
            return child
    return None


def stands_for_source(
    owner: Token,
    subject: Token | None,
    source: list[str],
    ctx: DocContext,
    agrees: Callable[[Token, str], bool],
) -> bool:
    """``owner`` (a possessive pronoun) stands for one of the act's sources: it agrees with
    one, the actors stage read it as no other actor, and no noun before it in its sentence
    could be its referent but the subject's words and the nouns its phrase hangs from."""
    if subject is None or not any(agrees(owner, a) for a in source):
        return False
    if names_other(owner.head, source, ctx.actors):
        return False  # "shared intelligence with their Senegalese counterparts": Senegal's
    read = ctx.actors.mentions_in(owner.idx, owner.idx + len(owner.text))
    if read and not any(m.actor_id in source for m in read):
        return False
    own = {t.i for c in args.conjuncts(subject) for t in c.subtree}
    holders = {t.i for t in owner.ancestors}  # "the withdrawal of its troops": not "its"
    plural = owner.lower_ in _PLURAL_OWNERS
    for tok in owner.sent:
        if tok.i >= owner.i:
            break
        if tok.i in own or tok.i in holders or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.dep_ in _NOT_HEADS or tok.ent_type_ in _NOT_REFERENTS:
            continue
        if plural == (tok.tag_ in ("NNS", "NNPS")):
            return False  # another noun it could stand for
    return True


def _of_complements(noun: Token) -> list[Token]:
    return args.prep_objects(noun, ["of"])


def names_own_actor(noun: Token, ctx: DocContext) -> bool:
    """The noun's own words (itself, a modifier or possessor before it; not a complement)
    name an actor."""
    if ctx.actors.mention_at(noun.idx, noun.idx + len(noun)) is not None:
        return True
    for child in noun.children:
        if child.dep_ in _NOT_HEADS and child.i < noun.i:
            start, end = args.char_span(list(child.subtree))
            if ctx.actors.mentions_in(start, end):
                return True
    return False


def own_pronoun_phrases(
    objects: list[Token],
    preps: list[Token],
    own: Callable[[Token], bool],
    ctx: DocContext,
) -> tuple[list[Token], list[Token]]:
    """(objects, preps) with the source's own owned phrases taken out and the target
    prepositions beside them added to ``preps``. ``own(noun)``: the noun is owned by a
    pronoun standing for the source."""
    kept_preps: list[Token] = []
    added: list[Token] = []
    for noun in preps:
        if own(noun):
            added += args.prep_objects(noun, args.TARGET_PREPS)
        else:
            kept_preps.append(noun)
    kept_objects: list[Token] = []
    for obj in objects:
        owned = [c for c in _of_complements(obj) if own(c)]
        if owned and not names_own_actor(obj, ctx):
            # "condemned the killing of its citizens by X": X, the doer of the act named
            for noun in [obj, *owned]:
                added += args.prep_objects(noun, ("by", *args.TARGET_PREPS))
        else:
            kept_objects.append(obj)
    return kept_objects, kept_preps + [p for p in added if p not in kept_preps]
