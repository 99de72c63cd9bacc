"""Ultimatums and suspended members: two verb shapes the CAMEO dictionary codes only for
the words its patterns name.

Rule ``events.trigger.ultimatum``: a verb of giving a party a span of time to do something
("ECOWAS gave Niger's junta one week to reinstate Bazoum", "granted the rebels 48 hours to
leave") gives an ultimatum: THREATEN, CAMEO 139. The dictionary names "two weeks", "hours"
and "deadline" as objects of "give"; "one week", "ten days" or a period the parser hangs
as an adverb ("one week" as npadvmod) went uncoded. Needs: the verb (``ultimatum_words.tsv``),
a period (a DATE/TIME entity or a unit of time) among its objects or adverbs, a "to"
infinitive (the demanded act) and a recipient that names a party.

Rule ``events.trigger.expelled_member``: a verb of suspending or expelling
(``expelling_verbs.tsv``: WordNet suspend.v.04, expel.v.01, eject.v.01) whose object names
a party ("ECOWAS suspended Guinea from all its decision-making bodies", "the Commonwealth
expelled Fiji") sanctions it: SANCTION, CAMEO 160 (a suspension) or 166 (expel). The
dictionary's "suspend" rows name only things suspended (aid, talks, flights); a party
suspended from a body was no event, and its bare "expel" deports (174, COERCE): a state or
organisation expelled is a member sanctioned, and this reading comes first; a person
expelled keeps the dictionary's rows, this one is taken only where no other event row
fits. A named sanctioner (subject or "by" agent) is needed.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import read_table, words_by_kind
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .sense_nouns import _imported as sense_kinds

ULTIMATUM = declare(
    "events.trigger.ultimatum",
    "'gave Niger's junta one week to reinstate Bazoum': a verb of giving "
    "(data/events/ultimatum_words.tsv) with a period, a 'to' infinitive and a party as "
    "recipient is an ultimatum (THREATEN, 139)",
    order=29.4,
)
EXPELLED_MEMBER = declare(
    "events.trigger.expelled_member",
    "'ECOWAS suspended Guinea from its bodies', 'expelled Fiji': a verb of suspending or "
    "expelling (WordNet suspend.v.04, expel.v.01, eject.v.01; data/events/expelling_verbs.tsv) "
    "with a party as object and a named subject is a SANCTION (160, 166 for expelling)",
    order=29.5,
)
ULTIMATUM_ROW = "rule:ultimatum"
EXPELLED_ROW = "rule:expelled_member"
THREATEN_TYPE = "THREATEN"
ULTIMATUM_CODE = "139"
SANCTION_TYPE = "SANCTION"
TIME_ENTITIES = ("DATE", "TIME")
MEMBER_TYPES = ("country", "organization")


@lru_cache(maxsize=1)
def _ultimatum_words() -> dict[str, frozenset[str]]:
    """ "give", "grant" (verb); "week", "hour", "deadline" (period)."""
    return words_by_kind("events/ultimatum_words.tsv", ("verb", "period"))


@lru_cache(maxsize=1)
def expelling_verbs() -> dict[str, str]:
    """ "suspend" -> 160, "expel" -> 166 (data/events/expelling_verbs.tsv)."""
    return {
        row["verb"].lower(): row["cameo"]
        for row in read_table(
            "events/expelling_verbs.tsv", required=("verb", "cameo"), unique="verb"
        )
    }


def _period(tok: Token) -> bool:
    return tok.ent_type_ in TIME_ENTITIES or tok.lemma_.lower() in _ultimatum_words()["period"]


def _to_infinitive(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and any(
        a.dep_ == "aux" and a.tag_ == "TO" for a in tok.children
    )


def _parties(heads: list[Token], actors: ActorLayer, head_only: bool = False) -> list[str]:
    """Actors the phrases name (``head_only``: the phrase's own name, not a place in it:
    "aid deliveries in Baghdad" names no party)."""
    return [
        a
        for h in heads
        if not args.is_pronoun(h)
        for c in args.conjuncts(h)
        for a in args.phrase_actors(c, actors, head_only=head_only)
    ]


def _country(actor_id: str, actors: ActorLayer) -> str | None:
    actor = actors.actor(actor_id)
    return actor.country if actor is not None else None


def ultimatum_row(verb: Token, actors: ActorLayer | None) -> TriggerEntry | None:
    """A THREATEN 139 row for "gave X <period> to <act>", else None."""
    if actors is None or verb.lemma_.lower() not in _ultimatum_words()["verb"]:
        return None
    kids = list(verb.children)
    periods = [c for c in kids if c.dep_ in ("dobj", "npadvmod", "dative") and _period(c)]
    if not periods:
        return None
    infinitives = [c for c in kids if c.dep_ in ("advcl", "xcomp", "ccomp") and _to_infinitive(c)]
    for period in periods:
        infinitives += [
            c for c in period.children if c.dep_ in ("acl", "relcl") and _to_infinitive(c)
        ]
    if not infinitives:
        return None
    recipients = [c for c in kids if c.dep_ in ("dobj", "dative", "iobj") and c not in periods]
    if not _parties(recipients, actors, head_only=True):
        return None
    return TriggerEntry(
        verb.lemma_.lower(), "V", "event", ULTIMATUM_CODE, (), THREATEN_TYPE, ULTIMATUM_ROW
    )


def expelled_member_row(verb: Token, actors: ActorLayer | None) -> tuple[TriggerEntry, bool] | None:
    """A SANCTION row for a party suspended or expelled by a named party, else None; with
    whether every party suspended is a state or an organisation (a member: the reading
    comes before the dictionary's, whose bare "expel" deports a person, 174)."""
    code = expelling_verbs().get(verb.lemma_.lower())
    if actors is None or code is None:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    members = args.children(verb, "nsubjpass") if passive else args.children(verb, "dobj", "obj")
    doers = args.prep_objects(verb, ["by"]) if passive else args.children(verb, "nsubj")
    suspended = _parties(members, actors, head_only=True)
    by = _parties(doers, actors)
    if not suspended or not by or set(suspended) <= set(by):
        return None
    row = TriggerEntry(verb.lemma_.lower(), "V", "event", code, (), SANCTION_TYPE, EXPELLED_ROW)
    found = [actors.actor(a) for a in suspended]
    every_member = all(a is not None and a.type in MEMBER_TYPES for a in found)
    return row, every_member


ORDERED_FORCES = declare(
    "events.trigger.ordered_forces",
    "'ordered ten army battalions to the border', 'ordered the army onto the streets': a "
    "verb of ordering (WordNet order.v.01, command.v.02, direct.v.04) with an armed body as "
    "object and a destination (to, onto, into) deploys it (MOBILIZE, 154), before the "
    "dictionary's travel readings of 'order ... to' (042)",
    order=29.6,
)
ORDERED_ROW = "rule:ordered_forces"
MOBILIZE_TYPE = "MOBILIZE"
DEPLOY_CODE = "154"


@lru_cache(maxsize=1)
def _ordered_words() -> dict[str, frozenset[str]]:
    """ "order" (verb); "army", "troop", "battalion" (force); "to", "onto" (to)."""
    return words_by_kind("events/ordered_forces.tsv", ("verb", "force", "to"))


def _force(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return lemma in _ordered_words()["force"] or lemma in sense_kinds()["armed"]


def ordered_forces_row(verb: Token, actors: ActorLayer | None) -> TriggerEntry | None:
    """A MOBILIZE 154 row for forces ordered somewhere by a named party, else None."""
    words = _ordered_words()
    if actors is None or verb.lemma_.lower() not in words["verb"]:
        return None
    forces = [o for d in args.children(verb, "dobj", "obj") for o in args.conjuncts(d)]
    forces = [o for o in forces if _force(o)]
    if not forces:
        return None
    places = args.prep_objects(verb, sorted(words["to"]))
    for force in forces:
        places += args.prep_objects(force, sorted(words["to"]))
    if not places or not _parties(args.children(verb, "nsubj"), actors):
        return None
    return TriggerEntry(
        verb.lemma_.lower(), "V", "event", DEPLOY_CODE, (), MOBILIZE_TYPE, ORDERED_ROW
    )


SUMMONED_ENVOY = declare(
    "events.trigger.summoned_envoy",
    "'Kenya summoned the Ugandan envoy to protest the arrests': summoning (WordNet "
    "summon.v.01, .v.02) a diplomat (WordNet diplomat.n.01 and the nouns under it) is an "
    "official complaint to the diplomat's state (ACCUSE, 114), not a meeting (040)",
    order=29.7,
)
SUMMONED_ROW = "rule:summoned_envoy"
ACCUSE_TYPE = "ACCUSE"
COMPLAINT_CODE = "114"


@lru_cache(maxsize=1)
def _summon_words() -> dict[str, frozenset[str]]:
    """ "summon" (verb); "ambassador", "envoy", "chargé" (envoy)."""
    return words_by_kind("events/summoned_envoys.tsv", ("verb", "envoy"))


def summoned_envoy_row(verb: Token, actors: ActorLayer | None) -> TriggerEntry | None:
    """An ACCUSE 114 row for a diplomat summoned by a named party, else None."""
    words = _summon_words()
    if actors is None or verb.lemma_.lower() not in words["verb"]:
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    summoned = args.children(verb, "nsubjpass") if passive else args.children(verb, "dobj", "obj")
    summoned = [o for s in summoned for o in args.conjuncts(s)]
    envoys = [o for o in summoned if o.lemma_.lower() in words["envoy"]]
    doers = args.prep_objects(verb, ["by"]) if passive else args.children(verb, "nsubj")
    summoners = _parties(doers, actors)
    if not envoys or not summoners:
        return None
    # "France summoned its ambassador to Australia": its own envoy, recalled, no complaint
    if any(args.is_pronoun(c) for e in envoys for c in args.children(e, "poss")):
        return None
    home = {_country(a, actors) for a in summoners} - {None}
    if home & {_country(a, actors) for a in _parties(envoys, actors, head_only=True)}:
        return None
    return TriggerEntry(
        verb.lemma_.lower(), "V", "event", COMPLAINT_CODE, (), ACCUSE_TYPE, SUMMONED_ROW
    )
