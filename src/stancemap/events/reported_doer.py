"""A state body reporting an act done with no doer named is the doer.

Rule ``events.args.reporting_body_doer``: "Two suspected spies were arrested on Sunday, the
Iranian intelligence ministry said", "Troops were deployed to the border, the Israeli
defence ministry said", "Pakistan's foreign ministry said the envoy was expelled". Wire
copy reports a government's own acts of authority in the agentless passive and names the
government only as the one who says so. Where an event's verb is a passive with no "by"
agent and no other rule found its source, and the clause is the complement of a speech
verb whose subject is a state body (a country, or a body - not a person - of the
government, military, police, intelligence or judicial sector), that body is the source.

Not for violence, protest, threats or accusations (CAMEO 11, 13, 14, 18-20): a state
reporting casualties or attacks in the passive reports what was done to its side ("five
soldiers were killed, the ministry said"). Not where the clause places the act in another
country than the speaker's ("two men were detained in Moscow, the US State Department
said"), and not for an arrest or expulsion whose patient is the speaker's own ("two
Iranian diplomats were expelled, Iran said").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame
from .roles import RoleFinder, reporting_verb

REPORTING_BODY_DOER = declare(
    "events.args.reporting_body_doer",
    "'two spies were arrested, the Iranian intelligence ministry said': an agentless passive "
    "act of authority (not violence, protest, threat or accusation) reported by a state body "
    "(a country, or a government, military, police, intelligence or judicial body, not a "
    "person) has that body as its source, unless the clause places it in another country",
    order=45,
)
# CAMEO roots whose agentless passive a state reports as its own act
ACT_ROOTS = frozenset(
    {"02", "03", "04", "05", "06", "07", "08", "09", "10", "12", "15", "16", "17"}
)
# "the border crossing was closed": a blockade or restriction of movement (CAMEO 191) is
# no violence
ACT_CODES = frozenset({"191"})
# roots whose patient, when the speaker's own, shows the speaker is not the doer
DONE_TO_ROOTS = frozenset({"16", "17"})
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
# prepositions that place the act itself (not where it is aimed: "to", "into")
PLACING_PREPS = ("in", "at", "near", "inside", "outside", "off", "from", "within", "across")


def _agentless_passive(verb: Token) -> bool:
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return False
    return not any(c.lower_ == "by" and c.dep_ in ("agent", "prep") for c in verb.children)


def _own_patient(verb: Token, country: str, actors: ActorLayer) -> bool:
    """The passive subject's own words name the speaker's country ("two Iranian diplomats")."""
    for patient in args.children(verb, "nsubjpass"):
        named = [t for t in patient.subtree if t.ent_type_ in ("NORP", "GPE")]
        for tok in named:  # the country is in the words, not only in the actor's record
            mentions = actors.mentions_in(tok.idx, tok.idx + len(tok))
            mentions = mentions or actors.mentions_in(*args.char_span(patient.subtree))
            if any(_country(m.actor_id, actors) == country for m in mentions):
                return True
    return False


def _country(actor_id: str, actors: ActorLayer) -> str | None:
    actor = actors.actor(actor_id)
    return actor.country if actor is not None else None


def _state_body(actor_id: str, actors: ActorLayer) -> bool:
    """A country or a body of the state; never a person (on real news a person's
    'X said' reported others' acts: "the cause has not been determined, said O'Neill")."""
    actor = actors.actor(actor_id)
    if actor is None or not actor.country or actor.type == "person":
        return False
    return actor.type == "country" or (actor.sector or "") in STATE_SECTORS


def reporting_body(
    frame: Frame, code: str | None, target: list[str], ctx: DocContext, roles: RoleFinder
) -> list[str]:
    """The state body that reports ``frame``'s agentless act, or nothing."""
    head = frame.head
    if frame.nominal or not code or not _agentless_passive(head):
        return []
    if code[:2] not in ACT_ROOTS and code[:3] not in ACT_CODES:
        return []
    speech = reporting_verb(head)
    subj = roles.subject(speech) if speech is not None else None
    if subj is None or args.is_pronoun(subj):
        return []
    bodies = [a for a in roles.actors(subj, ctx) if _state_body(a, ctx.actors)]
    countries = {c for a in bodies if (c := _country(a, ctx.actors))}
    if len(countries) != 1:
        return []
    (country,) = countries
    placed = [
        a
        for p in args.prep_objects(head, PLACING_PREPS)
        for a in args.phrase_actors(p, ctx.actors)
        if not args.is_person(ctx.actors, a)
    ]
    if any(_country(a, ctx.actors) not in (None, country) for a in placed):
        return []  # "detained in Moscow, the US State Department said"
    if code[:2] in DONE_TO_ROOTS and _own_patient(head, country, ctx.actors):
        return []  # "two Iranian diplomats were expelled, Iran said"
    return [a for a in bodies if a not in target]
