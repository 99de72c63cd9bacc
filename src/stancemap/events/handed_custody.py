"""People or papers handed over to another party.

Rule ``events.trigger.handed_custody``: "Montenegro could hand over a suspected smuggler to
Serbia", "Azerbaijan handed over 32 Armenian soldiers to Yerevan", "the police handed over
files on the networks to Chinese investigators". The CAMEO dictionary codes "hand over"
only for the objects its patterns name (suspect, national, fugitive, aid), so a person or a
document of any other word was no event. A verb of handing over (one whose most frequent
WordNet 3.0 sense is pass.v.05 "place into the hands or custody of", hand_over.v.01 or
extradite.v.01, so not "give", "pass" or "deliver":
``data/events/handing_verbs.txt``, imported by ``events.wordnet_import``), with a named
giver as subject and an actor it goes to ("to" object or dative), where no row of the
lexicon but a support verb's, the dictionary's bare code ("turn over": 080) or a custody
row (063) fits, is:

- with a person or group as object (a WordNet person or group noun,
  ``data/events/party_nouns.txt``): a release of persons (CAMEO 0841, RETREAT) when the
  people belong to the receiver's country ("Armenian soldiers" to Yerevan: the lexicon's
  "hand over" + national row read it as custody), else a handing over into custody
  (CAMEO 063, judicial cooperation);
- with a document or information as object (a noun whose most frequent WordNet sense is
  in noun.communication or noun.cognition, ``sense_nouns.tsv`` ``verbal``): sharing
  information (CAMEO 064, COOPERATE).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .given_goods import _recipients
from .lexicon import TriggerEntry, is_bare
from .sense_nouns import _imported as sense_noun_kinds

HANDED_CUSTODY = declare(
    "events.trigger.handed_custody",
    "'handed over 32 Armenian soldiers to Yerevan', 'handed over files to Chinese "
    "investigators': a verb of handing over (WordNet pass.v.05, hand_over, extradite) with "
    "a person or document as object and an actor it goes to is a release (0841, to the "
    "people's own country), custody (063) or shared information (064)",
    order=29.05,
)
HANDED_ROW = "rule:handed_custody"
CUSTODY = "063"


@lru_cache(maxsize=1)
def handing_verbs() -> frozenset[str]:
    """ "hand over", "turn over", "hand", "extradite" (data/events/handing_verbs.txt)."""
    return frozenset(word_list("events/handing_verbs.txt"))


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    return frozenset(word_list("events/party_nouns.txt"))


def _handing(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt"}
    return bool(keys & handing_verbs())


def _countries(tokens: list[Token], actors: ActorLayer) -> set[str]:
    found = {a for t in tokens for a in args.phrase_actors(t, actors)}
    return {c for a in found if (c := getattr(actors.actors.get(a), "country", None))}


def _named_by(rows: list[TriggerEntry], objects: list[Token]) -> bool:
    """An object's head or compound is a word the rows name ("suspect", "fugitive")."""
    named = {w for r in rows for need in r.requires if need.slot == "obj" for w in need.words}
    words = {t.lemma_.lower() for o in objects for t in (o, *args.children(o, "compound"))}
    return bool(words & named)


def handed_row(
    verb: Token, rows: list[TriggerEntry], actors: ActorLayer | None
) -> TriggerEntry | None:
    """A release, custody or information row for a verb of handing over (see the module)."""
    if actors is None or not _handing(verb):
        return None
    if any(r.weight >= 1 and is_bare(r) for r in rows):
        return None  # a verb our lexicon codes by itself ("extradite": 063)
    custody = [r for r in rows if r.cameo == CUSTODY]  # "hand over" + a national: 063
    named = [r for r in rows if r not in custody and r.role != "light"]
    if any(r.weight >= 1 or not is_bare(r) for r in named):
        return None  # a row of ours, or a dictionary pattern that names its words
    objects = [o for d in args.children(verb, "dobj", "obj") for o in args.conjuncts(d)]
    if not objects or any(o.pos_ not in ("NOUN", "PROPN") for o in objects):
        return None
    subjects = {a for s in args.children(verb, "nsubj") for a in args.phrase_actors(s, actors)}
    if not subjects:
        return None  # no giver named
    recipients = _recipients(verb)
    if not [a for r in recipients for a in args.phrase_actors(r, actors) if a not in subjects]:
        return None
    words = {o.lemma_.lower() for o in objects}
    if custody and _named_by(custody, objects):
        return None  # "handed over a drug trafficking suspect": custody by the row's word
    if words <= _party_nouns():
        own = _countries(objects, actors) & _countries(recipients, actors)
        code, kind = ("0841", "RETREAT") if own else (CUSTODY, "COOPERATE")
    elif words <= sense_noun_kinds()["verbal"]:
        code, kind = "064", "COOPERATE"
    else:
        return None
    if custody and code == CUSTODY:
        return None  # the lexicon's own custody row reads it already
    return TriggerEntry(verb.lemma_.lower(), "V", "event", code, (), kind, HANDED_ROW)
