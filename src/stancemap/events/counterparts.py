"""Who the other party of an act is, read from the parse.

- "We will defend our workers": protecting one's own has no other party (no event);
  "defended Ukraine" keeps its target.
- "Turkey will join the coalition against Russia", "backed the sanctions against Iran":
  the one the cooperation is against is not its target.
- "Novak and Haddad sparred over the budget": a quarrel between equals is criticism
  with one of them the target (the relation holds both ways).
- "Russia walked away from the talks with Ukraine", "quit the negotiations": leaving
  talks halts them (CAMEO 164, PLOVER SANCTION by CAMEO2PLOVER), aimed at the talks'
  other party when it is named.

Rules ``events.sense.defending_own``, ``events.sense.cooperation_not_with_enemy``,
``events.sense.left_the_talks`` (run with the other sense rules) and
``events.args.quarrel_both_sides`` (run by the coder after the source's side is taken out
of the target); the words live in ``data/events/sense.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import declare, rule
from . import arguments as args
from .parts import DocContext, Frame, Tuning
from .sense import sense_words

# the cooperative types whose target is the one cooperated with
COOPERATIVE_TYPES = ("AGREE", "SUPPORT", "COOPERATE", "CONSULT", "AID")
# a possessor that makes the object the source's own ("our workers", "its citizens")
OWN_POSSESSORS = ("our", "its", "their", "my", "his", "her", "own")


def _countries(ids: list[str], ctx: DocContext) -> set[str]:
    found = (ctx.actors.actor(i) for i in ids)
    return {a.country for a in found if a is not None and a.country}


def _owned_objects(tok: Token) -> list[Token]:
    """Objects of the verb that a possessive pronoun or "own" makes someone's own."""
    out = []
    for obj in args.children(tok, "dobj", "obj"):
        if any(c.lower_ in OWN_POSSESSORS for c in obj.children if c.dep_ in ("poss", "amod")):
            out.append(obj)
    return out


@rule(
    "events.sense.defending_own",
    order=40,
    doc="'we will defend our workers', 'protect its citizens': protecting the source's own "
    "people is no cooperation with anyone (no event); a target of another country keeps it",
)
def defending_own(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in COOPERATIVE_TYPES:
        return frame
    if frame.head.lemma_.lower() not in sense_words()["protecting"]:
        return frame
    owned = _owned_objects(frame.head)
    if not owned:
        return frame
    # "defend its ally Ukraine": a named actor of another country is someone else
    named: list[str] = []
    for obj in owned:
        named += args.phrase_actors(obj, ctx.actors, head_only=True)
    others = _countries(named, ctx) - _countries(frame.source, ctx)
    return frame if others else None


def _against_phrases(tok: Token) -> list[Token]:
    """ "joined the coalition against Z", "backed sanctions against Z", "allied with X
    against Z": the objects of 'against' on the verb or on its objects."""
    found = args.prep_objects(tok, ["against"])
    for obj in args.children(tok, "dobj", "obj"):
        found += args.prep_objects(obj, ["against"])
    return found


@rule(
    "events.sense.cooperation_not_with_enemy",
    order=41,
    doc="'Turkey will join the coalition against Russia', 'backed the sanctions against "
    "Iran': the one a cooperative act is against is not its target",
)
def cooperation_not_with_enemy(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in COOPERATIVE_TYPES or not frame.target:
        return frame
    enemies: set[str] = set()
    for phrase in _against_phrases(frame.head):
        enemies.update(args.phrase_actors(phrase, ctx.actors))
    if enemies:
        frame.target = [t for t in frame.target if t not in enemies]
    return frame


QUARREL_BOTH_SIDES = declare(
    "events.args.quarrel_both_sides",
    "'Novak and Haddad sparred over the budget': a verbal quarrel with two subjects and no "
    "target is criticism of the second by the first (the relation is one pair; run after "
    "the source's side is taken out of the target)",
    order=46,
)


def quarrel_both_sides(frame: Frame, tuning: Tuning) -> Frame:
    """Split a quarrel's co-subjects into source and target (``QUARREL_BOTH_SIDES``)."""
    if not tuning.on(QUARREL_BOTH_SIDES) or frame.nominal or frame.type != "ACCUSE":
        return frame
    if frame.target or len(frame.source) < 2:
        return frame
    if frame.head.lemma_.lower() not in sense_words()["quarrel"]:
        return frame
    frame.source, frame.target = frame.source[:1], frame.source[1:]
    return frame


def _talks_left(noun: Token) -> Token | None:
    """The verb of leaving that a talks noun is left by: "walked away from the talks",
    "walked out of the talks", "quit the talks"; or None."""
    words = sense_words()
    head = noun.head
    if noun.dep_ in ("dobj", "obj"):
        return head if head.lemma_.lower() in words["leaving"] else None
    if noun.dep_ != "pobj" or head.lower_ not in ("from", "of"):
        return None
    # "away from" / "out of": the preposition hangs on the adverb or particle
    verb = head.head
    if verb.lower_ in ("away", "out") and verb.head.i != verb.i:
        verb = verb.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in words["leaving"] else None


@rule(
    "events.sense.left_the_talks",
    order=43,
    doc="'walked away from the talks with Ukraine', 'quit the negotiations': leaving talks "
    "halts them (CAMEO 164), by the one who leaves, aimed at the talks' other party",
)
def left_the_talks(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    words = sense_words()
    if frame.nominal:
        verb = _talks_left(tok) if tok.lemma_.lower() in words["talks"] else None
    else:  # "walked out of the negotiations": the verb's own frame (a walkout, 143)
        talks = [t for t in tok.subtree if t.lemma_.lower() in words["talks"]]
        left = (_talks_left(t) for t in talks)
        verb = tok if any(v is not None and v.i == tok.i for v in left) else None
    if verb is None:
        return frame
    leavers: list[str] = []
    for subject in args.children(verb, "nsubj"):
        leavers += args.phrase_actors(subject, ctx.actors)
    frame.code = str(constants("events")["left_talks_code"])
    frame.type = "SANCTION"
    if leavers:
        frame.source = leavers
    frame.target = [t for t in frame.target if t not in frame.source]
    return frame


PRESS_IS_NO_PARTY = declare(
    "events.args.press_is_no_party",
    "'Novak told reporters to wait': a demand whose every target is the press (journalists, "
    "sector JRN) is a statement to the press, no REQUEST of it (run by the coder)",
    order=46.6,
)
PRESS_SECTORS = ("JRN",)


def press_is_no_party(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame | None:
    """None for a REQUEST aimed only at journalists (``PRESS_IS_NO_PARTY``)."""
    if not tuning.on(PRESS_IS_NO_PARTY) or frame.type != "REQUEST" or not frame.target:
        return frame
    found = [ctx.actors.actor(i) for i in frame.target]
    press = all(a is not None and a.sector in PRESS_SECTORS for a in found)
    return None if press else frame
