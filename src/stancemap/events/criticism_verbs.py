"""Verbs of criticism read from WordNet, between people.

Rule ``events.trigger.criticism_verbs``: "Warren ripped Trump over his comments", "Ryan
lambasted the nominee", "the senator excoriated the president": a verb with a WordNet 3.0
sense at or below criticize.v.01, denounce.v.01, condemn.v.01 or attack.v.02 ("attack in
speech or writing"; ``data/events/criticism_verbs.tsv``, imported by
``events.wordnet_import``) is criticism (CAMEO 111) where no lexicon row of ours reads it
(none fits, or only the imported dictionary's bare code, a force code on "rip") and its
object (or its "at"/"on"/"into" object: "lashed out at") names only people or political
bodies. Where criticism is not the verb's most frequent sense (``force``: "rip", "knock",
"savage", whose first sense is bodily force), its subject must name a person or political
body too, the figurative reading of force between politicians; "ripped off", "knocked
out" (a particle that makes another verb) are never read so.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import words_by_kind
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry, is_bare

CRITICISM_VERBS = declare(
    "events.trigger.criticism_verbs",
    "'Warren ripped Trump', 'lambasted the nominee': a WordNet verb of criticism "
    "(criticize.v.01, denounce.v.01, condemn.v.01, attack.v.02) no row of ours reads, "
    "with people or political bodies as its object (and subject, where criticism is not "
    "its first sense), is criticism (CAMEO 111)",
    order=29.5,
)
CRITICISM_ROW = "rule:criticism_verb"
CRITICISM_CODE = "111"
CRITICISM_TYPE = "ACCUSE"
KINDS = ("first", "force")
# the people and political bodies a criticism passes between (events/sense.py's sectors)
PEOPLE = ("PERSON", "GOV", "LEG", "PTY", "OPP", "JUD", "ELI")
TARGET_PREPS = ("at", "on", "into")
PERSONAL_PRONOUNS = ("he", "she", "they", "i", "we", "who")


@lru_cache(maxsize=1)
def criticism_verbs() -> dict[str, frozenset[str]]:
    """kind -> verbs (data/events/criticism_verbs.tsv)."""
    return words_by_kind("events/criticism_verbs.tsv", KINDS)


def criticism_key(tok: Token) -> tuple[str, str] | None:
    """The verb's criticism entry and its kind: "lash out" with its particle, the bare
    verb only when it has no particle ("ripped off" is no criticism)."""
    lemma = tok.lemma_.lower()
    parts = [c.lower_ for c in args.children(tok, "prt")]
    keys = [f"{lemma} {p}" for p in parts] if parts else [lemma]
    for key in keys:
        for kind, words in criticism_verbs().items():
            if key in words:
                return key, kind
    return None


def between_people(ids: list[str], actors: ActorLayer) -> bool:
    """Every actor named is a person or a political body (and one is named)."""
    found = [actors.actor(a) for a in ids]
    sectors = {a.sector or a.type.upper() for a in found if a is not None}
    return bool(sectors) and sectors <= set(PEOPLE)


def _phrase_ids(tokens: list[Token], actors: ActorLayer) -> list[str]:
    return [a for t in tokens for a in args.phrase_actors(t, actors)]


def headline_criticism_row(word: str) -> TriggerEntry | None:
    """The criticism row of a headline's verb read from its form ("rips": "rip"); the
    caller checks that its subject and object are people."""
    for words in criticism_verbs().values():
        if word in words:
            return TriggerEntry(
                word, "V", "event", CRITICISM_CODE, (), CRITICISM_TYPE, CRITICISM_ROW
            )
    return None


def criticism_row(
    tok: Token, rows: list[TriggerEntry], actors: ActorLayer | None
) -> TriggerEntry | None:
    """A criticism row for a verb of criticism between people, or None."""
    if actors is None or tok.pos_ != "VERB":
        return None
    if rows and (rows[0].weight >= 1 or not is_bare(rows[0]) or rows[0].type == CRITICISM_TYPE):
        return None  # a row of ours, a dictionary pattern naming an argument, or criticism
    found = criticism_key(tok)
    if found is None:
        return None
    key, kind = found
    passive = bool(args.children(tok, "nsubjpass"))
    if passive:
        objects = args.children(tok, "nsubjpass")
        subjects = [
            o for agent in args.children(tok, "agent") for o in args.children(agent, "pobj")
        ]
    else:
        objects = args.children(tok, "dobj", "obj") + args.prep_objects(tok, TARGET_PREPS)
        subjects = args.children(tok, "nsubj")
    targets = _phrase_ids(objects, actors)
    if not targets or not between_people(targets, actors):
        return None
    if kind == "force":
        sources = _phrase_ids(subjects, actors)
        pronoun = any(s.lower_ in PERSONAL_PRONOUNS for s in subjects)
        if not (pronoun or (sources and between_people(sources, actors))):
            return None
    return TriggerEntry(key, "V", "event", CRITICISM_CODE, (), CRITICISM_TYPE, CRITICISM_ROW)
