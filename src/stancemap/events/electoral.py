"""Polls, scores and electoral rivals read from the parse: a standing is no act.

Session 26 (engineer V). On real news a fifth of the events that should not exist rank
rivals or report a poll ("Clinton beats Cruz 42-40", "48 percent chose him", "enjoys 48%
support", "could defeat Mrs. Clinton", "is challenging Rep. X in the primary"). The rules
of ``contest.py`` read a contest word among the verb's own arguments and a score "N to
M"; these read what they miss:

- ``events.sense.dash_score``: a force or cooperation verb carrying a score written with a
  dash or "to" on the verb or its named object ("beats Cruz 42-40", "leads Sanders, 1,428
  to 1,153"), or a bare-number margin ("leads Sanders by 271 ..."), between people or
  parties: no event.
- ``events.sense.poll_share_verb``: a verb whose subject is a share ("48 percent chose him",
  "just 13% of registered voters approved") or whose object is a share of a stance or a
  contest ("enjoys 48% support", "won 52 percent of the vote") reports a poll or a count:
  no event (unless armed).
- ``events.sense.rival_standing``: a force, accusation, consultation or cooperation verb
  whose most frequent WordNet sense is competing or getting the better of someone
  (compete.v.01, get_the_better_of.v.01: "beat", "defeat", "compete", "vie";
  ``data/events/rivalry_verbs.txt``) between politicians - every actor it names is a
  person of a political sector or a party, at least one named - and not armed: a standing
  in a contest, no event ("he could beat Hillary Clinton", "Rubio is competing with Bush").
- ``events.sense.contest_arena``: an accusation, consultation, cooperation or force verb
  whose arena is an electoral contest - a contest word heads its "in"/"for" phrase, its
  object, or the object of its infinitive ("is challenging X in the primary", "faces a
  re-election battle", "struggled to win the nomination") - between people or parties:
  a contest, no act towards anyone. "Accused X of rigging the election" keeps (the
  contest word is under "of").
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import rule
from . import arguments as args
from .contest import STANDING_TYPES, _rivals, contest_words
from .parts import DocContext, Frame
from .sense import FORCE_TYPES, POLITICAL_SECTORS, _armed

DASH_SCORE = "events.sense.dash_score"
POLL_SHARE = "events.sense.poll_share_verb"
RIVAL_STANDING = "events.sense.rival_standing"
CONTEST_ARENA = "events.sense.contest_arena"

DASHES = frozenset(("-", "–", "—", "to"))
SHARE_WORDS = frozenset(("percent", "%", "percentage", "per cent"))
# the kinds of events a share of respondents or of the vote is misread as
SHARE_OBJECT_TYPES = ("SUPPORT", "AGREE", "CONSULT", "COOPERATE", "CONCEDE", *FORCE_TYPES)
RIVAL_TYPES = (*FORCE_TYPES, "ACCUSE", "CONSULT", "COOPERATE")
ARENA_TYPES = (*FORCE_TYPES, "ACCUSE", "CONSULT", "COOPERATE")
ARENA_PREPS = ("in", "for")
NOT_A_SCORE = frozenset(("DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"))


@lru_cache(maxsize=1)
def rivalry_verbs() -> frozenset[str]:
    """Verbs whose most frequent WordNet sense is competing or defeating someone."""
    return frozenset(word_list("events/rivalry_verbs.txt"))


def _number(t: Token) -> bool:
    return t.like_num and t.ent_type_ not in NOT_A_SCORE


def _score_on(holder: Token, tok: Token) -> bool:
    """A number on the verb or on a named object of it followed by a dash or "to" and a
    second number ("Cruz 42-40", "Sanders, 1,428 to 1,153")."""
    doc = tok.doc
    if holder.i != tok.i and holder.pos_ != "PROPN":
        return False  # "killed 3-4 people" counts the victims
    for first in holder.children:
        if first.dep_ not in ("nummod", "npadvmod", "appos", "quantmod") or not _number(first):
            continue
        if first.i + 2 >= len(doc) or doc[first.i + 1].lower_ not in DASHES:
            continue
        if _number(doc[first.i + 2]):
            return True
    return False


def has_dash_score(tok: Token) -> bool:
    """A score on the verb or its named objects, or a bare-number "by" margin."""
    holders = [tok, *args.children(tok, "dobj", "obj")]
    if any(_score_on(h, tok) for h in holders):
        return True
    # "leads Sanders by 271": a bare number under "by" (the counted noun parsed elsewhere)
    return any(o.like_num and not list(o.children) for o in args.prep_objects(tok, ["by"]))


@rule(
    DASH_SCORE,
    order=6.1,
    doc="'Clinton beats Cruz 42-40', 'leads Sanders, 1,428 to 1,153', 'leads Sanders by "
    "271': a force or cooperation verb carrying a dashed or 'to' score on itself or its "
    "named object, or a bare-number margin, between people or parties is a standing: no event",
)
def dash_score(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in STANDING_TYPES or not _rivals(frame, ctx):
        return frame
    return None if has_dash_score(tok) else frame


def _share(t: Token) -> bool:
    return t.lemma_.lower() in SHARE_WORDS or t.lower_ in SHARE_WORDS


def share_subject(tok: Token) -> bool:
    """The verb's subject is a share: "48 percent chose him", "13% of voters approved"."""
    return any(_share(s) for s in args.children(tok, "nsubj"))


@lru_cache(maxsize=1)
def _share_words() -> tuple[frozenset[str], frozenset[str]]:
    """(the nouns of a stance or a contest, those of a contest or a margin) for
    ``share_object``: built once, not per verb (the abstract nouns are some 9,600)."""
    from .complement_sense import abstract_nouns

    contest = contest_words()["contest"] | contest_words()["margin"]
    return frozenset(abstract_nouns()) | contest, contest


def share_object(tok: Token) -> bool:
    """The verb's object is a share of a stance or a contest ("enjoys 48% support", "won
    52 percent of the vote"): a share modifies the object, or heads it with an "of" phrase
    naming a stance or a contest."""
    stance, contest = _share_words()
    for o in args.children(tok, "dobj", "obj"):
        head = o.lemma_.lower()
        if _share(o):
            counted = [p.lemma_.lower() for p in args.prep_objects(o, ["of"])]
            if any(c in contest for c in counted):
                return True
            continue
        if head in stance and any(
            _share(c) or (c.ent_type_ == "PERCENT" and c.dep_ in ("compound", "nummod", "amod"))
            for c in o.children
        ):
            return True
    return False


@rule(
    POLL_SHARE,
    order=6.2,
    doc="'48 percent chose him', 'just 13% of voters approved', 'enjoys 48% support', "
    "'won 52 percent of the vote': a verb whose subject is a share, or whose object is a "
    "share of a stance or a contest, reports a poll or a count: no event (unless armed)",
)
def poll_share_verb(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return frame
    found = share_subject(tok) or (frame.type in SHARE_OBJECT_TYPES and share_object(tok))
    if not found or _armed(frame, tok, ctx):
        return frame
    return None


def _politicians(frame: Frame, ctx: DocContext) -> bool:
    """Each actor named a politician (a person of a political sector) or a party, or a
    person of no known sector beside at least one of them: rivals for office, not
    fighters ("Clinton would beat out Trump and Cruz")."""
    political = 0
    for actor_id in (*frame.source, *frame.target):
        actor = ctx.actors.actor(actor_id)
        if actor is None:
            continue
        if actor.sector in ("PTY", "OPP") or (
            actor.type == "person" and actor.sector in POLITICAL_SECTORS
        ):
            political += 1
        elif actor.type != "person" or actor.sector is not None:
            return False
    return political > 0


@rule(
    RIVAL_STANDING,
    order=6.3,
    doc="'he could beat Hillary Clinton', 'Rubio is competing with Bush': a force, "
    "accusation, consultation or cooperation verb whose most frequent WordNet sense is "
    "competing or defeating (rivalry_verbs.txt) between politicians, not armed, is a "
    "standing among rivals: no event",
)
def rival_standing(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in RIVAL_TYPES:
        return frame
    if tok.lemma_.lower() not in rivalry_verbs() or not _politicians(frame, ctx):
        return frame
    return frame if _armed(frame, tok, ctx) or _instrument(tok) else None


def _instrument(tok: Token) -> bool:
    """A thing in a "with" phrase ("beat him with a stick"): the verb is physical."""
    return any(o.pos_ == "NOUN" and o.ent_type_ == "" for o in args.prep_objects(tok, ["with"]))


def _contest_head(t: Token) -> bool:
    lemma = t.lemma_.lower()
    words = contest_words()["contest"]
    return lemma in words or t.lower_ in words or lemma.removeprefix("re-") in words


def arena(tok: Token, verbal: bool = False) -> bool:
    """A contest word heads the verb's "in"/"for" phrase or object, or the object of its
    infinitive ("struggled to win the nomination"); a compound of the object's head
    counts ("a re-election battle": re, -, election). For an accusation (``verbal``) only
    an "in" phrase and the infinitive's object: "criticized the election", "attacked her
    for her vote" are accusations."""
    objects = args.children(tok, "dobj", "obj")
    if verbal:
        # "is challenging Rep. X, the chair, in the primary": "in" may hang on the object
        heads = [
            *args.prep_objects(tok, ["in"]),
            *(p for o in objects for p in args.prep_objects(o, ["in"])),
        ]
    else:
        heads = [*args.prep_objects(tok, ARENA_PREPS), *objects]
    for x in args.children(tok, "xcomp"):
        heads += args.children(x, "dobj", "obj")
    for h in heads:
        if _contest_head(h):
            return True
        compounds = [c for c in h.children if c.dep_ == "compound"]
        if compounds and _contest_head(compounds[-1]):
            return True
    return False


@rule(
    CONTEST_ARENA,
    order=6.4,
    doc="'is challenging Rep. X in the primary', 'faces a tough re-election battle', "
    "'struggled to win the nomination': an accusation, consultation, cooperation or force "
    "verb whose 'in'/'for' phrase, object or infinitive's object is headed by a contest "
    "word, between people or parties: a contest, no event",
)
def contest_arena(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in ARENA_TYPES or tok.pos_ not in ("VERB", "AUX"):
        return frame
    if not arena(tok, frame.type == "ACCUSE") or not _rivals(frame, ctx):
        return frame
    return frame if _armed(frame, tok, ctx) else None
