"""Standings in an electoral contest and withheld acts, read from the parse.

"Clinton leads Trump in the polls", "defeated Sanders in the primary", "the race was
dominated by Trump and Cruz", "beat Trump by six points": the verb ranks rivals in a
contest; it is neither cooperation nor force between them. "Not ready to support",
"refrained from endorsing": the support is withheld, a refusal, never support.

Rules ``events.sense.contest_standing`` and ``events.sense.withheld_act`` (run with the
other sense rules); the words live in ``data/events/contest.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import rule
from . import arguments as args
from . import modality as mod
from .codes import COOPERATIVE, reject_code
from .parts import DocContext, Frame
from .sense import FORCE_TYPES, _armed, _around

KINDS = ("contest", "margin", "unready", "unwilling", "withholding", "prediction")
# acts a contest frame turns into a standing: force ("defeated", "crushed") and the
# cooperation some rank verbs are coded as ("leads", "tied with")
STANDING_TYPES = (*FORCE_TYPES, "COOPERATE")
# bodies that run in a contest besides people: parties and the opposition
RIVAL_SECTORS = ("PTY", "OPP")


@lru_cache(maxsize=1)
def contest_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/contest.tsv``."""
    return words_by_kind("events/contest.tsv", KINDS)


def in_contest(frame: Frame, tok: Token) -> bool:
    """A word of a contest among the predicate's arguments ("in the polls", "the race was
    dominated by"), or a winning margin ("by six points")."""
    words = contest_words()
    if _around(frame, tok) & words["contest"]:
        return True
    return any(o.lemma_.lower() in words["margin"] for o in args.prep_objects(tok, ["by"]))


def _rivals(frame: Frame, ctx: DocContext) -> bool:
    """Whoever the event names could stand in one contest: people and parties, never a
    state, an agency or a place ("the government arrested activists before the
    election" is an arrest)."""
    for actor_id in (*frame.source, *frame.target):
        actor = ctx.actors.actor(actor_id)
        if actor is None:
            continue
        if actor.type != "person" and actor.sector not in RIVAL_SECTORS:
            return False
    return True


@rule(
    "events.sense.contest_standing",
    order=5,
    doc="'leads X in the polls', 'defeated X in the primary', 'beat X by six points': a force "
    "or cooperation verb in an electoral contest between people or parties ranks rivals; "
    "no event (unless armed)",
)
def contest_standing(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in STANDING_TYPES or not in_contest(frame, tok):
        return frame
    if not _rivals(frame, ctx):
        return frame
    if frame.type != "COOPERATE" and _armed(frame, tok, ctx):
        return frame
    return None


def _count(token: Token) -> bool:
    """A number or a margin unit ("1,428", "50 percent")."""
    return token.like_num or token.lemma_.lower() in contest_words()["margin"]


def has_score(tok: Token) -> bool:
    """The verb carries a score, "N to M": "leads X, 1,428 to 1,153", "leads X 50 percent
    to 44 percent" (the "to" hangs on the first count or on the verb)."""
    counts = [c for c in tok.children if c.dep_ == "npadvmod" and _count(c)]
    for first in counts:
        for holder in (first, tok):
            for second in args.prep_objects(holder, ["to"]):
                if _count(second):
                    return True
    return False


@rule(
    "events.sense.contest_score",
    order=6,
    doc="'leads X, 1,428 to 1,153', 'leads X 50 percent to 44 percent': a verb carrying a "
    "score between people or parties is a standing, whatever it was coded as; no event",
)
def contest_score(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or not has_score(tok) or not _rivals(frame, ctx):
        return frame
    return None


_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis"})


def has_percent_score(tok: Token) -> bool:
    """The verb's own phrases (no clause under it) hold a score in percent or points,
    "N to M percent", "N percent to M percent" ("would beat X 52 to 38 percent")."""
    own = [tok]
    stack = [c for c in tok.children if c.dep_ not in _CLAUSES]
    while stack:
        t = stack.pop()
        own.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _CLAUSES)
    at = {t.i for t in own}
    doc = tok.doc
    margin = contest_words()["margin"]
    for t in own:
        if not t.like_num or t.i + 2 >= len(doc) or doc[t.i + 1].lower_ != "to":
            continue
        second = doc[t.i + 2]
        if not second.like_num or second.i not in at:
            continue
        around = doc[t.i : min(len(doc), t.i + 5)]
        if any(x.ent_type_ == "PERCENT" or x.lemma_.lower() in margin for x in around):
            return True
    return False


@rule(
    "events.sense.percent_score",
    order=6,
    doc="'Sanders would beat the New York businessman 52 to 38 percent': a force or "
    "cooperation verb carrying a score in percent or points ('N to M percent') is a poll "
    "or vote count, whoever its parties; no event",
)
def percent_score(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in STANDING_TYPES or not has_percent_score(tok):
        return frame
    return None


def is_withheld(tok: Token) -> bool:
    words = contest_words()
    return mod.is_withheld(tok, words["unready"], words["unwilling"], words["withholding"])


@rule(
    "events.sense.withheld_act",
    order=40,
    doc="'not ready to support X', 'refrained from endorsing X', 'unwilling to back X': a "
    "cooperative act held back is a refusal of it (CAMEO 12x), never the act",
)
def withheld_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in COOPERATIVE or not is_withheld(frame.head):
        return frame
    return _as_refusal(frame)


def _as_refusal(frame: Frame) -> Frame:
    """A cooperative act held back is a refusal of it (CAMEO 12x); a held-back act that is
    itself negated ("not ready to not support") is left as it is."""
    if mod.is_negated([frame.head]):
        return frame
    frame.code = reject_code(frame.code or "")
    frame.type = "REJECT"
    return frame


def held_off(token: Token) -> bool:
    """ "hold off on backing X", "held back from endorsing X": the gerund under "on" or
    "from" of a particle verb of withholding (``contest.tsv``, WordNet wait.v.02)."""
    head = token.head
    if (
        token.dep_ not in ("pcomp", "pobj")
        or head.i == token.i
        or head.lower_ not in ("on", "from")
    ):
        return False
    verb = head.head
    lemma = verb.lemma_.lower()
    phrases = {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "advmod")}
    return bool(phrases & contest_words()["withholding"])


@rule(
    "events.sense.held_off_act",
    order=40.5,
    doc="'decided to hold off on backing X', 'held back from endorsing X': a cooperative act "
    "that a particle verb of withholding puts off is a refusal of it for now (CAMEO 12x), "
    "never the act (withheld_act reads one-word verbs: 'refrained from')",
)
def held_off_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in COOPERATIVE or not held_off(frame.head):
        return frame
    return _as_refusal(frame)
