"""Standings in an electoral contest and withheld acts, read from the parse.

"Clinton leads Trump in the polls", "defeated Sanders in the primary", "the race was
dominated by Trump and Cruz", "beat Trump by six points": the verb ranks rivals in a
contest; it is neither cooperation nor force between them. "Not ready to support",
"refrained from endorsing": the support is withheld, a refusal, never support.

Rules ``events.sense.contest_standing`` and ``events.sense.withheld_act`` (run with the
other sense rules); the words live in ``data/events/contest.tsv``, the verbs of withholding
in ``data/events/withholding_verbs.tsv`` (read from WordNet 3.0 by
``events.withholding_import``). A hostile act held back or refused ("refrained from
criticizing X") is negated, as "did not criticize X" (``events.sense.withheld_hostile_act``);
refusing one ("declined to criticize X") is a REJECT of X, as the PLOVER gold codes it.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table, words_by_kind
from ..errors import KnowledgeBaseError
from ..nlp import modality as mod
from ..rules import rule
from . import arguments as args
from .codes import COOPERATIVE, HOSTILE_TYPES, reject_code
from .parts import DocContext, Frame
from .sense import FORCE_TYPES, _armed, _around

KINDS = mod.CONTEST_KINDS  # one list with nlp.modality, which reads its "prediction" kind
# acts a contest frame turns into a standing: force ("defeated", "crushed") and the
# cooperation some rank verbs are coded as ("leads", "tied with")
STANDING_TYPES = (*FORCE_TYPES, "COOPERATE")
FILE = "events/withholding_verbs.tsv"
COMPLEMENTS = frozenset({"to", "ing", "from", "on", "at", "of"})
# bodies that run in a contest besides people: parties and the opposition
RIVAL_SECTORS = ("PTY", "OPP")


@lru_cache(maxsize=1)
def contest_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/contest.tsv``."""
    return words_by_kind(mod.CONTEST_TABLE, KINDS)


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


@lru_cache(maxsize=1)
def withholding_verbs() -> dict[str, dict[str, frozenset[str]]]:
    """kind ("withholding", "refusal") -> verb or particle phrase -> the complements it
    withholds ("to", "ing", or the preposition over a gerund), from
    ``data/events/withholding_verbs.tsv``."""
    out: dict[str, dict[str, frozenset[str]]] = {"withholding": {}, "refusal": {}}
    for row in read_table(FILE, required=("verb", "kind", "complements", "sense"), unique="verb"):
        if row["kind"] not in out:
            raise KnowledgeBaseError(
                f"data/{FILE}", int(row["_line"]), "kind", f"{row['kind']!r} not in {tuple(out)}"
            )
        forms = frozenset(c.strip() for c in row["complements"].split(",") if c.strip())
        if not forms <= COMPLEMENTS:
            raise KnowledgeBaseError(
                f"data/{FILE}", int(row["_line"]), "complements", f"{sorted(forms - COMPLEMENTS)}"
            )
        out[row["kind"]][row["verb"].lower()] = forms
    return out


def withheld_by_verb(tok: Token) -> bool:
    """The predicate is held back by a verb of withholding ("refrained from attacking",
    "held off on attacking", "stopped short of condemning"); the adjectives of readiness
    ("not ready to attack") are events.mode.negated_commitment's."""
    empty: frozenset[str] = frozenset()
    return mod.is_withheld(tok, empty, empty, _one_word()) or held_off(tok)


def _one_word(kind: str = "withholding") -> dict[str, frozenset[str]]:
    return {v: f for v, f in withholding_verbs()[kind].items() if " " not in v}


def is_withheld(tok: Token) -> bool:
    words = contest_words()
    return mod.is_withheld(tok, words["unready"], words["unwilling"], _one_word())


@rule(
    "events.sense.withheld_act",
    order=40,
    doc="'not ready to support X', 'refrained from endorsing X', 'unwilling to back X': a "
    "cooperative act held back is a refusal of it (CAMEO 12x), never the act",
)
def withheld_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in COOPERATIVE or not is_withheld(frame.head):
        return frame
    refusal = _as_refusal(frame)
    if refusal.type == "REJECT" and by_negated_readiness(frame.head):
        ctx.readiness_refusals.add(frame.head.i)  # the negation made it a refusal
    return refusal


def by_negated_readiness(token: Token) -> bool:
    """The predicate is the infinitive of an adjective of readiness ("ready", "willing",
    "prepared": ``contest.tsv`` kind unready), which ``is_withheld`` holds back only under
    a negation ("is not ready to support X"): that negation is what makes the act a
    refusal."""
    head = token.head
    return (
        head.i != token.i
        and token.dep_ == "xcomp"
        and head.lemma_.lower() in contest_words()["unready"]
    )


def _as_refusal(frame: Frame) -> Frame:
    """A cooperative act held back is a refusal of it (CAMEO 12x); a held-back act that is
    itself negated ("not ready to not support") is left as it is."""
    if mod.is_negated([frame.head]):
        return frame
    frame.code = reject_code(frame.code or "")
    frame.type = "REJECT"
    return frame


def held_off(token: Token) -> bool:
    """ "hold off on backing X", "held off endorsing X", "stopped short of endorsing X":
    a gerund under a preposition of a particle verb of withholding (the preposition may
    hang on the particle: "short of"), or its gerund complement (``withholding_verbs.tsv``:
    WordNet wait.v.02, and "stop short")."""
    head = token.head
    if head.i == token.i:
        return False
    if token.dep_ in ("pcomp", "pobj") and head.pos_ == "ADP":
        verb, form = head.head, head.lower_
    elif token.dep_ in ("xcomp", "dobj", "ccomp", "advcl") and token.tag_ == "VBG":
        verb, form = head, "ing"
    else:
        return False
    phrases = withholding_verbs()["withholding"]
    if verb.dep_ in ("prt", "advmod") and verb.head.i != verb.i:  # "stopped short of"
        particles, verb = [verb], verb.head
    else:
        particles = [c for c in verb.children if c.dep_ in ("prt", "advmod")]
    lemma = verb.lemma_.lower()
    return any(form in phrases.get(f"{lemma} {c.lower_}", ()) for c in particles)


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


@rule(
    "events.sense.withheld_hostile_act",
    order=39.5,
    doc="'refrained from criticizing X', 'held off on attacking X', 'stopped short of "
    "condemning X': a hostile act held back did not happen: negated, like 'did not "
    "criticize X' (no act between them; events.mode.negated_hostile_no_event drops it)",
)
def withheld_hostile_act(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or frame.type not in HOSTILE_TYPES:
        return frame
    if withheld_by_verb(frame.head):
        ctx.withheld_acts.add(frame.head.i)  # the finisher marks it negated
    return frame
