"""Argument shapes of session 27 (issue 12, arguments on real news).

- ``events.args.acquired_event_giver``: "Cruz earned the backing of two Republicans",
  "picked up the endorsement of Gov. Walker", "garnered the support of X": a verb of
  getting (its WordNet 3.0 sense under get.v.01, receive.v.01, acquire.v.05 "win, gain"
  or earn.v.02 "garner": ``data/events/acquiring_verbs.txt``) whose direct object is an
  event noun of support, aid, cooperation, agreement or criticism is undergone by its
  subject: the noun's event, the subject its target, the noun's "of"/"from"/"by" object
  (or possessor) its source - as ``undergone.py`` reads "won the support of X" for the
  verbs its hand table lists (those are left to it). Without it the verb's own dictionary code makes the receiver
  the source ("Cruz earned" SUPPORT of the Republicans: backwards) or the noun stands
  alone with no one.
- ``events.args.relative_second_subject``: "one of the reasons that Trump refuses to
  ...": where the parser gives a relative clause two subjects, the relative word and a
  noun after it, the noun is the subject (the relative word is the clause's object or
  adjunct); the relative clause's head noun is no doer.

    python -m stancemap.events.acquired [/usr/share/wordnet]   # rewrites the verb list
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..datafiles import data_path, read_table, word_list
from ..rules import declare
from . import arguments as args
from .undergone import listed_verbs

ACQUIRED_EVENT_GIVER = declare(
    "events.args.acquired_event_giver",
    "'earned the backing of X', 'picked up the endorsement of X', 'garnered the support of "
    "X': a verb of getting (WordNet get.v.01, receive.v.01, acquire.v.05, earn.v.02: "
    "data/events/acquiring_verbs.txt) over an object event noun of support, aid, "
    "cooperation, agreement or criticism: the noun's event, undergone by the subject (the "
    "target); the noun's 'of'/'from'/'by' object or possessor is the source",
    order=45.1,
)
RELATIVE_SECOND_SUBJECT = declare(
    "events.args.relative_second_subject",
    "'the reasons that Trump refuses to': a relative clause the parser gave two subjects, "
    "the relative word first and a noun after it, has the noun as its subject (not the "
    "clause's head noun)",
    order=10.2,
)

# event types one receives from a giver: "the backing of X", "the condemnation of X"
GIVEN_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE", "AGREE", "ACCUSE"})
ACQUIRING_FILE = "events/acquiring_verbs.txt"
# WordNet 3.0 verb offsets: get.v.01 (come into the possession of), receive.v.01,
# acquire.v.05 (win, gain), earn.v.02 (earn, garner)
ROOTS = ("02210873", "02210137", "02288313", "02290214")
PARTICLES = ("up", "in")


@lru_cache(maxsize=1)
def acquiring_verbs() -> frozenset[str]:
    return word_list(ACQUIRING_FILE)


@lru_cache(maxsize=1)
def own_act_verbs() -> frozenset[str]:
    """Verbs our trigger lexicon (``triggers.tsv``) reads as the subject's own act over a
    thing ("welcomed the decision", "accepted the offer of X"): accepting or welcoming
    is done, not undergone. A row over an actor object ("received the minister") is not
    such an act over a thing."""
    return frozenset(
        row["lemma"].lower()
        for row in read_table("events/triggers.tsv", required=("lemma", "pos", "role"))
        if row["pos"] == "V" and row["role"] == "event" and "@actor" not in row.get("requires", "")
    )


def verb_key(verb: Token) -> str:
    """The verb's lemma, with its particle ("pick up")."""
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    lemma = verb.lemma_.lower()
    return f"{lemma} {particle.lower_}" if particle is not None else lemma


def acquired_objects(verb: Token) -> list[Token]:
    """The direct objects of an active verb of getting ("earned the backing of X")."""
    key = verb_key(verb)
    if verb.pos_ != "VERB" or key not in acquiring_verbs() or key in own_act_verbs():
        return []  # "accepted the offer of X": the subject's own act
    if verb.lemma_.lower() in listed_verbs():
        return []  # "won the support of X": the hand table's (undergone.py)
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return []  # "support was earned": not the subject's
    return args.children(verb, "dobj", "obj")


def acquiring_verb(noun: Token) -> Token | None:
    """The verb of getting whose object ``noun`` is, if any."""
    if noun.dep_ not in ("dobj", "obj"):
        return None
    return noun.head if noun in acquired_objects(noun.head) else None


def second_subject(clause: Token) -> Token | None:
    """See ``RELATIVE_SECOND_SUBJECT``: the noun subject after a relative-word subject."""
    if clause.dep_ != "relcl":
        return None
    subjects = args.children(clause, "nsubj")
    if len(subjects) < 2 or subjects[0].lower_ not in ("that", "which", "who", "whom"):
        return None
    # a name, a common noun or a personal pronoun ("the reasons that he refuses"); not a
    # floated quantifier ("superstars who both shared": "both" is the relative's own)
    later = [
        s
        for s in subjects[1:]
        if s.i < clause.i and (s.pos_ in ("NOUN", "PROPN") or s.tag_ == "PRP")
    ]
    return later[0] if later else None


def import_verbs(root: Path) -> list[str]:
    """Verbs one of whose two most frequent senses (any sense for a particle verb) lies
    under ``ROOTS``: one-word verbs, and two-word ones whose second word is a particle."""
    from ..wordnet_files import senses, synsets, under

    below = under(synsets(root / "data.verb"), set(ROOTS))
    out = []
    for lemma, offsets in senses(root / "index.verb").items():
        words = lemma.split("_")
        if not all(w.isalpha() for w in words):
            continue
        if len(words) == 1 and set(offsets[:2]) & below:
            out.append(lemma)
        elif len(words) == 2 and words[1] in PARTICLES and set(offsets) & below:
            out.append(" ".join(words))
    return sorted(out)


def main(argv: list[str]) -> None:
    from ..wordnet_files import WORDNET, write_word_list

    root = Path(argv[0]) if argv else WORDNET
    header = [
        "Verbs of getting: one of the two most frequent WordNet 3.0 senses (any sense for a",
        "verb with the particle 'up' or 'in') lies under get.v.01, receive.v.01,",
        "acquire.v.05 or earn.v.02 (rule events.args.acquired_event_giver).",
        "Imported from Princeton WordNet 3.0 (Debian wordnet-base) by",
        "`python -m stancemap.events.acquired`: do not edit by hand. WordNet 3.0",
        "Copyright 2006 by Princeton University, WordNet licence (data/events/README.md).",
    ]
    write_word_list(data_path(ACQUIRING_FILE), [f"# {h}" for h in header], import_verbs(root))


if __name__ == "__main__":
    main(sys.argv[1:])
