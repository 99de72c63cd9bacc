"""Going at a rival in words: "Rubio went after Trump", "Bush took aim at Trump".

Rule ``events.trigger.pursuit_criticism``: WordNet 3.0's two-word verbs of going at someone
- chase.v.01 and quest_for.v.01 ("go after", "chase after"), aim.v.01 ("take aim") and
lam_into.v.01 ("tear into", "lay into", "lace into": attack vigorously) -
(``data/events/pursuit_verbs.tsv``, imported by ``events.wordnet_import`` with the
preposition that names who: after, at, into) between people or political bodies - the
preposition's object names only such actors, the subject does too or is a personal
pronoun - and with no armed actor, weapon or physical target around them, are criticism
(CAMEO 111, ACCUSE): the figurative reading of pursuit and aim between politicians. The
preposition's object is the target, in place of what the argument finder read ("after" is
no preposition it reads; "went after X for her speeches to Y" is no act on Y).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import words_by_kind
from ..rules import declare
from . import arguments as args
from .criticism_verbs import CRITICISM_CODE, CRITICISM_TYPE, PERSONAL_PRONOUNS, between_people
from .lexicon import TriggerEntry
from .parts import DocContext, Frame

PURSUIT_CRITICISM = declare(
    "events.trigger.pursuit_criticism",
    "'Rubio went after Trump', 'Bush took aim at Trump', 'tore into Clinton': WordNet's "
    "two-word verbs of going at someone (chase.v.01, quest_for.v.01, aim.v.01, "
    "lam_into.v.01: pursuit_verbs.tsv) between people or political bodies, nothing armed "
    "around, are criticism (CAMEO 111) of the preposition's object",
    order=29.6,
)
PURSUIT_ROW = "rule:pursuit_criticism"
PREPS = ("after", "at", "into", "for")


@lru_cache(maxsize=1)
def pursuit_verbs() -> dict[str, frozenset[str]]:
    """preposition -> verbs ("after": go, chase; "at": take aim)."""
    return words_by_kind("events/pursuit_verbs.tsv", PREPS)


def _holders(tok: Token) -> dict[str, list[Token]]:
    """Verb key -> the tokens whose prepositions may name who: "go" -> [went]; "take aim"
    -> [took, aim] ("took aim at X" is parsed with "at" on either)."""
    lemma = tok.lemma_.lower()
    out = {lemma: [tok]}
    for obj in args.children(tok, "dobj", "obj"):
        out[f"{lemma} {obj.lemma_.lower()}"] = [tok, obj]
    return out


def pursued(tok: Token) -> list[Token]:
    """The objects of the preposition of the verb's two-word verb of pursuit, or []."""
    return pursuit(tok)[1]


def pursuit(tok: Token) -> tuple[str, list[Token]]:
    """The verb's two-word verb of pursuit with its preposition ("go after") and the
    objects of that preposition, or ("", [])."""
    if tok.pos_ != "VERB":
        return "", []
    for key, holders in _holders(tok).items():
        for prep, verbs in pursuit_verbs().items():
            if key not in verbs:
                continue
            found = [o for h in holders for o in args.prep_objects(h, [prep])]
            found += [
                o
                for h in holders
                for c in h.children
                if c.dep_ == "prt" and c.lower_ == prep
                for o in args.children(h, "dobj", "obj")
            ]
            if found:
                return f"{key} {prep}", found
    return "", []


def _ids(tokens: list[Token], actors: ActorLayer) -> list[str]:
    return [a for t in tokens for a in args.phrase_actors(t, actors)]


def pursuit_row(tok: Token, actors: ActorLayer | None) -> TriggerEntry | None:
    """A criticism row for a verb of pursuit between people, or None."""
    if actors is None:
        return None
    phrase, objects = pursuit(tok)
    if not objects:
        return None
    targets = _ids(objects, actors)
    if not targets or not between_people(targets, actors):
        return None
    subjects = args.children(tok, "nsubj")
    sources = _ids(subjects, actors)
    pronoun = any(s.lower_ in PERSONAL_PRONOUNS for s in subjects)
    if not (pronoun or (sources and between_people(sources, actors))):
        return None
    from .spoken_attacks import armed_around  # spoken_attacks imports the sense rules

    frame_words: set[str] = set()
    probe = Frame(
        TriggerEntry(tok.lemma_, "V", "event", None, (), None, PURSUIT_ROW),
        None,
        "",
        tok,
        (tok.i, tok.i + 1),
        [tok],
        [],
        [],
        frame_words,
    )
    if armed_around(probe, tok):
        return None
    # the row names the phrase: events.sense.pursuit_is_no_visit keeps rows of a phrase
    return TriggerEntry(phrase, "V", "event", CRITICISM_CODE, (), CRITICISM_TYPE, PURSUIT_ROW)


def pursuit_target(frame: Frame, ctx: DocContext) -> list[str]:
    """The pursued one of a pursuit criticism ("went after X for her speeches to Y": X)."""
    if frame.row.source != PURSUIT_ROW:
        return []
    return [a for a in _ids(pursued(frame.head), ctx.actors) if a not in frame.source]
