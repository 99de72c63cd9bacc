"""Support verbs by the role their subject plays in their noun's event (WordNet 3.0).

A support verb carries an event named by its object noun. Which role the subject takes
depends on the verb's class (``data/events/support_verbs.tsv``, imported from WordNet by
``events.wordnet_import``):

- ``agent``: verbs of aiming words at someone (aim.v.01, "level criticism or charges at
  somebody" level.v.01, "direct a remark" aim, "hurl insults" hurl.v/throw, "heap scorn upon"
  heap, "lavish praise" lavish): the subject does the noun's act, the "at"/"against"/"on"/
  "upon"/"toward" object on the verb or the noun is its target (rule
  ``events.frame.aimed_support_verbs``; "Warren leveled accusations at Obama");
- ``patient``: verbs of undergoing, incurring and drawing (confront.v.02 "faced the
  consequences", suffer, sustain, undergo, incur, receive a treatment, attract/draw,
  experience): the subject is the noun's target and "from"/"by" its doer. A noun event
  there is the undergone event (``events.frame.patient_support_verbs``, for the verbs the
  hand table ``lexicon/undergone_events.tsv`` lacks: "attracted criticism from X"); over a
  noun that names no event and no one, the dictionary's bare reading of the verb is
  none (``events.frame.patient_support_no_own_code``: "faced a backlash" is no meeting).

The words of a seed synset are kept where that synset is among their ten most frequent
senses ("direct" yes, "take" no). A platform or medium ("on Twitter", "in an interview")
is never the target of a verb (``events.args.medium_no_target``): a WordNet
noun.communication common noun, or a business or media organisation after on/via/through
with no event noun as the verb's object ("imposed sanctions on Gazprom" keeps Gazprom).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list, words_by_kind
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .lexnames import abstract_nouns
from .multiwords import realised_multiword

AIMED_SUPPORT = declare(
    "events.frame.aimed_support_verbs",
    "'leveled accusations at X', 'directed her criticism at X', 'heaped scorn on X': a WordNet "
    "verb of aiming words (support_verbs.tsv, agent) over an event noun, with an at/against/on "
    "object, is the noun's event: the subject its source, that object its target",
    order=29.7,
)
PATIENT_SUPPORT = declare(
    "events.frame.patient_support_verbs",
    "'attracted criticism from X', 'incurred the wrath of X': a WordNet verb of undergoing or "
    "drawing (support_verbs.tsv, patient) over an event noun is the undergone event: the "
    "subject its target, 'from'/'by'/'of' its source",
    order=45.1,
)
PATIENT_NO_OWN_CODE = declare(
    "events.frame.patient_support_no_own_code",
    "'faced a backlash from X': a WordNet verb of undergoing (support_verbs.tsv, patient) "
    "whose object names no event and no one keeps none of the dictionary's bare readings "
    "of the verb (no CONSULT)",
    order=29.8,
)
MEDIUM_NO_TARGET = declare(
    "events.args.medium_no_target",
    "'lashed out at X on Twitter', 'criticised X in an interview', 'on television': the "
    "platform or medium of a verb of words (CAMEO 01-05, 10-13) is never its target: after "
    "'in' a WordNet noun.communication noun, after on/via/through a medium.n.01 noun or a "
    "business or media organisation (or one the knowledge base lacks) when the verb's object "
    "is no event noun",
    order=40,
)
SUPPORT_ROW = "rule:aimed_support_verbs"
KINDS = ("agent", "patient")
AIM_PREPS = ("at", "against", "on", "upon", "toward", "towards")
NOUN_AIM_PREPS = ("at", "against", "toward", "towards")
MEDIUM_PREPS = ("on", "in", "via", "through", "over")
NAMED_MEDIUM_PREPS = ("on", "via", "through")
MEDIUM_SECTORS = ("MED", "BUS")
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})


def is_new(actor_id: str) -> bool:
    """An organisation the knowledge base lacks, named only by the tagger ("Fox News")."""
    return actor_id.startswith("new:organization:")


@lru_cache(maxsize=1)
def support_verbs() -> dict[str, frozenset[str]]:
    """``agent`` / ``patient`` -> single-word verb lemmas (``data/events/support_verbs.tsv``)."""
    return words_by_kind("events/support_verbs.tsv", KINDS)


def is_kind(verb: Token, kind: str) -> bool:
    """The verb is of that class, and no particle or WordNet multiword verb ("pulled back
    units" is no "pull", "faced up to" no "face")."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and verb.lemma_.lower() in support_verbs()[kind]
        and not any(c.dep_ == "prt" for c in verb.children)
        and realised_multiword(verb) is None
    )


def aimed_row(
    tok: Token, objects: list[Token], event_noun: Callable[[Token], bool]
) -> TriggerEntry | None:
    """A support row for a verb of aiming words whose object is an event noun aimed at
    someone ("leveled accusations at X"), else None."""
    if not is_kind(tok, "agent"):
        return None
    nouns = [o for o in objects if o.pos_ == "NOUN" and event_noun(o)]
    if not nouns:
        return None
    # "at"/"on" on the verb; on the noun only "at"/"against"/"toward" ("meeting on Capitol
    # Hill" is where)
    aimed_at = args.prep_objects(tok, AIM_PREPS)
    aimed_at += [o for n in nouns for o in args.prep_objects(n, NOUN_AIM_PREPS)]
    if not any(o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON") for o in aimed_at):
        return None  # "directed the campaign", "was aimed at explaining": no one aimed at
    return TriggerEntry(tok.lemma_.lower(), "V", "light", None, (), None, SUPPORT_ROW)


def patient_objects(tok: Token) -> list[Token]:
    """The direct objects of a verb of undergoing ("attracted criticism"), active only."""
    if not is_kind(tok, "patient"):
        return []
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return []
    return [o for o in args.children(tok, "dobj", "obj") if o.pos_ == "NOUN"]


def bare_rows_dropped(
    tok: Token,
    rows: list[TriggerEntry],
    objects: list[Token],
    event_noun: Callable[[Token], bool],
    names_someone: Callable[[Token], bool],
) -> list[TriggerEntry]:
    """A verb of undergoing over a common noun naming no event and no one loses the rows
    that ask nothing of the parse ("faced a backlash": the dictionary's bare "face")."""
    if not rows or not is_kind(tok, "patient"):
        return rows
    nouns = [o for o in objects if o.pos_ == "NOUN"]
    if not nouns or len(nouns) != len(objects):
        return rows
    if any(event_noun(n) or names_someone(n) for n in nouns):
        return rows
    return [
        r for r in rows if r.role != "event" or any(not q.slot.startswith("!") for q in r.requires)
    ]


@lru_cache(maxsize=1)
def medium_nouns() -> frozenset[str]:
    """WordNet nouns of medium.n.01 (``data/events/medium_nouns.txt``)."""
    return word_list("events/medium_nouns.txt")


def verbal_code(cameo: str | None) -> bool:
    """A CAMEO code of words, not deeds (01-05 verbal cooperation, 10-13 verbal conflict)."""
    return cameo is not None and cameo[:2] in VERBAL_ROOTS


def is_medium(verb: Token, noun: Token, actors: ActorLayer | None, object_event: bool) -> bool:
    """``noun``, the object of a preposition on ``verb``, names the platform or medium of
    the verb's act ("on Twitter", "on television", "in an interview"), not its target:
    after "in" a WordNet noun.communication noun, after on/via/through/over a medium.n.01
    noun, or after on/via/through a business or media organisation (or one the knowledge
    base lacks) when the verb's object is no event noun."""
    prep = noun.head
    if prep.dep_ not in ("prep",) or prep.head.i != verb.i or prep.lower_ not in MEDIUM_PREPS:
        return False
    if noun.pos_ == "NOUN" and not noun.ent_type_:
        lemma = noun.lemma_.lower()
        if prep.lower_ == "in":
            return abstract_nouns().get(lemma) == "noun.communication"
        return lemma in medium_nouns()
    if object_event or actors is None or prep.lower_ not in NAMED_MEDIUM_PREPS:
        return False
    found = args.phrase_actors(noun, actors)
    if not found:
        return False
    for actor_id in found:
        actor = actors.actor(actor_id)
        if actor is None or actor.type != "organization":
            return False
        if actor.sector not in MEDIUM_SECTORS and not (actor.sector is None and is_new(actor_id)):
            return False
    return True
