"""Which role of a first mention a later mention may fill in a merge (session 38, issue 12).

``merge.py`` makes repeated mentions of one event a single event, and the first mention
takes the roles it lacks from the later ones. Where the first mention's own sentence has no
word at all in that role ("RNC spokesman Sean Spicer ... urged that everyone take a deep
breath", no one urged; "Sanders argues the system gives too much power", no one argued
against), the party lent is one the sentence never names: the event would carry a party
its evidence does not give. ``events.merge.lent_role_has_a_word``: a later mention fills
such a role only where the first's sentence names that party or has a word in the role
that names no actor by itself (a description or pronoun the actors stage left open: "she
attacks rival's foreign policy", "a quartet of groups ... spent $1.1 million supporting
him"); else the two are two events, each with its own parties (as
``events.merge.party_named_in_own_sentence`` splits, which also refuses the open word).
Parse only: the role's word is the trigger's subject (or "by" agent, possessor) and its
object, dative or a target preposition's object.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..rules import declare
from . import arguments as args

LENT_ROLE_HAS_A_WORD = declare(
    "events.merge.lent_role_has_a_word",
    "'X urged that everyone relax' ... 'they suggested a speech by Trump': a later mention "
    "fills a role the first mention lacks only where the first's sentence names the party "
    "or has a word in that role (a description or pronoun left unnamed); where no word "
    "stands in the role the two are two events and the role stays empty",
    order=12,
)

# the first mention's sentence has a word in a role: (trigger bounds, role) -> bool
RoleWord = Callable[[tuple[int, int], str], bool]
_VERBS = ("VERB", "AUX")


def role_word(
    doc: Doc,
    subject: Callable[[Token], Token | None],
    objects: Callable[[Token], list[Token]],
) -> RoleWord:
    """``has(trigger, role)``: the trigger's phrase has a word standing in ``role``
    ("source" or "target"); True where the trigger is not found (lend as before)."""

    def has(bounds: tuple[int, int], role: str) -> bool:
        span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        if span is None:
            return True
        tok = span.root
        if role == "source":
            return _source_word(tok, subject)
        return _target_word(tok, objects)

    return has


def _source_word(tok: Token, subject: Callable[[Token], Token | None]) -> bool:
    if args.prep_objects(tok, ["by"]):
        return True
    if tok.pos_ in _VERBS:
        return subject(tok) is not None
    # an event noun: its possessor or a name before it ("Russia's attack", "the U.S. strike")
    if args.children(tok, "poss"):
        return True
    if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" for c in tok.children):
        return True
    return tok.dep_ in ("dobj", "obj", "pobj") and subject(tok.head) is not None


def _target_word(tok: Token, objects: Callable[[Token], list[Token]]) -> bool:
    if args.children(tok, "dative", "iobj"):
        return True
    if args.prep_objects(tok, list(args.TARGET_PREPS)):
        return True
    if tok.pos_ in _VERBS:
        return bool(objects(tok))
    return bool(args.prep_objects(tok, ["of", "by"]))
