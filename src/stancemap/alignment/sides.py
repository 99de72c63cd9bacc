"""Sides: which actors speak for one another, and so are neither aligned nor opposed.

A country, its government bodies and the people who speak for it in office
(a ministry and its spokeswoman, a government and its minister) are one side:
a relation between them is an artefact of reading ("the ministry said ...;
Russia said ...") and is dropped. Two office holders of one country are not
one side (a president and a prime minister of rival parties can be opposed),
unless one of them is a spokesperson.

The relation of two countries follows their leaders' relation in the same
story: when an office holder of one state has a relation with the other state
or its office holder, the states' own observations (often background: a trade
figure, an old treaty) weigh ``state_own_weight`` beside the leaders'. So does
a country's relation with a foreign office holder, where its own office
holders have a relation with that person ("Chile ~ Milei" follows
"Boric ~ Milei"; an old trade deal between the two weighs less); that
relation is only re-weighed, never made where the text gives the pair no
evidence of its own. The observations carried over name the leaders' pair in
``via`` ("leaders:<a>~<b>"), and their evidence is named with its words. A
state's own event is not spread to its officials as a source, nor a deed done to a
state; what is said of a state, it answers through the office holders the story
names (``holders_answer_for_state``, session 12: "Russia called Finland's decision a
provocation" is against Finland's prime minister too, carried and weaker).

Session 24: beyond states, a person the text names by a staff title of another actor
("Clinton campaign manager Robby Mook", "Y, a senior adviser to X") is that actor's side
(``staff_of``), and so are two staff of one actor; two members of one party are not (a
primary's attacks stay), nor an official and the organisation ("Y, chairman of the
RNC": a tie recorded, no side; the rule that made one, ``official_of``, changed nothing
on real news and was removed in session 24). The ties come from the actor records'
``affiliations`` (``actors.affiliation``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..datafiles import constants
from ..rules import declare
from .bodies import ACTED_ON, NAMES_STATE, VOICE_FOR_STATE, voices_speak_for_state
from .leader_carry import carry_to_affiliates
from .story_time import story_time
from .voices import COMPATRIOT_WORDS, VOICE, VOICES, pool_voices

AFFILIATED = declare(
    "alignment.sides.affiliated",
    "a country, its government bodies, its office holders and their spokespeople are one "
    "side: no relation between them",
    order=10,
)
VOICE_OF_STATE_BODY = declare(
    "alignment.sides.voice_of_state_body",
    "with affiliated: a person the quotes name speaking for another (a spokesperson: "
    "``voices``) is one side with the office holders of their own state, whatever role word "
    "the actors stage kept ('the foreign office spokesperson said the prime minister's "
    "government ...': her own prime minister)",
    order=10.5,
)
BREAKAWAY = declare(
    "alignment.sides.breakaway_own_side",
    "a breakaway republic, which the KB files under the state it is recognised as part of "
    "(a country actor with a sector: PRE), is a side of its own: never that state's side, "
    "nor that state when leaders' relations are carried to states",
    order=5,
)
STATES_FOLLOW_LEADERS = declare(
    "alignment.sides.states_follow_leaders",
    "two countries' relation follows their leaders' relation in the same story",
    order=20,
)
HOLDERS_ANSWER = declare(
    "alignment.sides.holders_answer_for_state",
    "a foreign actor's words on a country or its government (statements and verbal events, "
    "not deeds) hold, carried and weaker, for that country's office holders the story names "
    "('Russia called Finland's decision a provocation': Russia ~ Finland's prime minister)",
    order=40,
)
HOLDER_HAS_ROLE = declare(
    "alignment.sides.holder_has_role",
    "in the state carries a person stands for a state only with a role (an office the KB "
    "dates to the story, or the text names): one with the KB's state sector alone (a "
    "candidate before he holds office) is no state's leader or office holder; in one story",
    order=15,
)
STAFF_OF = declare(
    "alignment.sides.staff_of",
    "a person the text names by a staff title of another actor ('X's campaign manager, Y', "
    "'Y, a senior adviser to X', 'X spokesman Y', 'a spokesman for the X campaign') is that "
    "actor's side, and so is another of that actor's staff: no relation between them "
    "(actors.affiliation reads the title's syntax; session 24)",
    order=11,
)
OWNED_BODY = declare(
    "alignment.sides.owned_body",
    "a body the text names as a person's own - its possessor or a name compounded before "
    "it ('Obama won his party's nomination', 'the Sanders campaign', 'his website, "
    "Infowars.com'; not a kind of person: 'his critics') - is that person's side: no "
    "relation between them (actors/owned_bodies.py, the actors' owned_by field; session 26)",
    order=12,
)
OWNED_RIFT = declare(
    "alignment.sides.owned_body_rift",
    "with owned_body on, a person at odds with a body of their own (a negative relation: "
    "'Trump lashed out at his party', 'his own campaign undercut him') keeps the relation: "
    "a rift inside one side is news, as a primary's attacks between members of one party "
    "are; support between them ('Obama won his party's nomination', 'we will unify our "
    "party') is the side itself and no relation (session 27)",
    order=12.5,
)
COUNTRY_FOLLOWS_LEADER = declare(
    "alignment.sides.country_follows_its_leader",
    "a country's relation with a foreign leader follows its own leaders' relation with "
    "that leader in the same story",
    order=30,
)


@dataclass(frozen=True)
class ActorSide:
    id: str
    type: str | None
    country: str | None
    sector: str | None
    role: str | None

    def speaks_for_state(self, sectors: frozenset[str], contingents: frozenset[str]) -> bool:
        if self.type == "country":
            return False
        if self.type == "group" and (self.sector or "") in contingents:
            # "Russian peacekeepers": a country's contingent of an intergovernmental
            # force (its country from a nationality word) acts for that state
            return True
        return (self.sector or "") in sectors

    def is_spokesperson(self, words: tuple[str, ...]) -> bool:
        role = (self.role or "").lower()
        return any(w in role for w in words)


def _get(actor: Any, key: str) -> Any:
    return actor.get(key) if isinstance(actor, dict) else getattr(actor, key, None)


class Sides:
    """Affiliation between the actors of a document or corpus."""

    def __init__(
        self,
        actors: Iterable[Any],
        principals: Mapping[str, str] | None = None,
        told: frozenset[str] = frozenset(),
        in_story: bool = False,
        enabled: Callable[[str], bool] | None = None,
        evidence_at: Mapping[str, tuple[int, int]] | None = None,
        doers: Mapping[str, frozenset[str]] | None = None,
        titles: Mapping[str, list[tuple[int, int, str]]] | None = None,
        background: frozenset[str] = frozenset(),
    ) -> None:
        table = constants("alignment")
        breakaway = enabled is None or enabled(BREAKAWAY)
        # a person without a role leads no state in the carries (``leader_state``): one
        # story's actors only, whose roles are read for its date (a corpus keeps none)
        self.role_gate = in_story and (enabled is None or enabled(HOLDER_HAS_ROLE))
        self.voice_of_state = enabled is None or enabled(VOICE_OF_STATE_BODY)
        # the actors of one story (``relate_document``), not of a corpus
        self.in_story = in_story
        # spokesperson id -> whom the quotes name them speaking for (``voices``), and
        # the events their quotes tell
        self.principals = dict(principals or {})
        self.told = told
        self.sectors = frozenset(table["state_sectors"])
        self.contingents = frozenset(table["contingent_sectors"])
        self.spoke_words = tuple(w.lower() for w in table["spokesperson_words"])
        self.state_own_weight = float(table["state_own_weight"])
        # where the story's evidence and each actor's mentions lie (one story only):
        # ``bodies.names_state`` reads them
        self.evidence_at = dict(evidence_at or {})
        # evidence id -> who holds it (a statement's actor) or did it (an event's sources)
        self.doers = dict(doers or {})
        # speaker id -> the source phrases of their own quotes (start, end, words): a
        # spokesperson's title with her name (``bodies.voice_title_names_state``)
        self.titles = dict(titles or {})
        # evidence ids resting only on background acts, which the carries leave behind
        # (``story_time``, rule alignment.carry.background_stays; empty: carry everything)
        self.background = background
        actors = list(actors)
        # person id -> the actors the text names them staff of (session 24); an official's
        # tie to an organisation is recorded on the actor but makes no side
        staff_on = enabled is None or enabled(STAFF_OF)
        self.ties: dict[str, frozenset[str]] = {}
        for actor in actors:
            held = [t for t in _get(actor, "affiliations") or () if _get(t, "kind") == "staff"]
            if staff_on and held and _get(actor, "id") is not None:
                self.ties[_get(actor, "id")] = frozenset(_get(t, "actor") for t in held)
        # body id -> the persons the text names as its owner (session 26): one side
        self.owners: dict[str, frozenset[str]] = {}
        if enabled is None or enabled(OWNED_BODY):
            for actor in actors:
                owners = _get(actor, "owned_by") or ()
                if owners and _get(actor, "id") is not None:
                    self.owners[_get(actor, "id")] = frozenset(owners)
        self._records = actors if in_story else []
        self._mentions: dict[str, list[tuple[int, int, str]]] | None = None
        self.actors: dict[str, ActorSide] = {}
        for actor in actors:
            aid = _get(actor, "id")
            if aid is None:
                continue
            country = _get(actor, "country")
            if _get(actor, "type") == "country" and (
                not country or (breakaway and _get(actor, "sector"))
            ):
                country = aid  # a state of its own ("the Donetsk People's Republic")
            self.actors[aid] = ActorSide(
                aid, _get(actor, "type"), country, _get(actor, "sector"), _get(actor, "role")
            )

    @property
    def mentions(self) -> dict[str, list[tuple[int, int, str]]]:
        """actor id -> its mentions (start, end, words) in the story; none for a corpus.
        Read only where a carry asks (``bodies.names_state``)."""
        if self._mentions is None:
            self._mentions = {
                aid: [
                    (int(_get(m, "start")), int(_get(m, "end")), str(_get(m, "text") or ""))
                    for m in _get(actor, "mentions") or ()
                ]
                for actor in self._records
                if (aid := _get(actor, "id")) is not None
            }
        return self._mentions

    def state_of(self, actor_id: str) -> str | None:
        """The country an actor speaks for: itself for a country, its own for a state actor."""
        side = self.actors.get(actor_id)
        if side is None or not side.country:
            return None
        if side.type == "country" or side.speaks_for_state(self.sectors, self.contingents):
            return side.country
        if side.is_spokesperson(self.spoke_words):
            return side.country  # a spokeswoman speaks for her state, whatever sector is known
        return None

    def leader_state(self, actor_id: str) -> str | None:
        """``state_of`` for the state carries: a person with no role (no office on the
        story's date, none named in the text) stands for no state there."""
        side = self.actors.get(actor_id)
        if self.role_gate and side is not None and side.type == "person" and not side.role:
            return None
        return self.state_of(actor_id)

    def owned(self, a: str, b: str) -> bool:
        """One is a body the text names as the other's own ("his party", "the Sanders
        campaign": ``OWNED_BODY``)."""
        return bool(self.owners) and (a in self.owners.get(b, ()) or b in self.owners.get(a, ()))

    def affiliated(self, a: str, b: str, owners: bool = True) -> bool:
        """One side: a state and its state actors; a spokesperson and their government;
        with ``owners``, a person and a body of their own."""
        if self.principals and self.one_voice(a, b):
            return True
        if self.ties and self.tied(a, b):
            return True
        if owners and self.owned(a, b):
            return True  # "Obama won his party's nomination": his own body
        sa, sb = self.actors.get(a), self.actors.get(b)
        if sa is None or sb is None:
            return False
        state_a, state_b = self.state_of(a), self.state_of(b)
        if state_a is None or state_a != state_b:
            return False
        if sa.type == "country" or sb.type == "country":
            return True
        if sa.type != "person" or sb.type != "person":
            return True  # a ministry and its minister, a government and its army
        if self.voice_of_state and (a in self.principals or b in self.principals):
            return True  # a spokesperson of a body of this state (VOICE_OF_STATE_BODY)
        return sa.is_spokesperson(self.spoke_words) or sb.is_spokesperson(self.spoke_words)

    def tied(self, a: str, b: str) -> bool:
        """One is the other's staff, or both are staff of one actor."""
        if b in self.ties.get(a, ()) or a in self.ties.get(b, ()):
            return True
        return bool(self.ties.get(a, frozenset()) & self.ties.get(b, frozenset()))

    def one_voice(self, a: str, b: str) -> bool:
        """A spokesperson and the one they speak for, or two who speak for the same one."""
        pa, pb = self.principals.get(a), self.principals.get(b)
        return pa == b or pb == a or (pa is not None and pa == pb)

    def compatriot_words(self, third: str, voice: str, refs: list[str]) -> bool:
        """``refs`` are ``third``'s own words (every one held by her alone) and ``voice`` is a
        state of which ``third`` is (``voices.COMPATRIOT_WORDS``)."""
        state, person = self.actors.get(voice), self.actors.get(third)
        if state is None or person is None or state.type != "country" or not refs:
            return False
        if person.country is None or person.country != state.country:
            return False
        return all(self.doers.get(ref) == frozenset({third}) for ref in refs)

    def country_actor(self, code: str) -> str | None:
        for side in self.actors.values():
            if side.type == "country" and side.country == code:
                return side.id
        return None


def settle(
    pairs: Mapping[tuple[str, str], Any], sides: Sides | None, switches: Any = None
) -> dict[tuple[str, str], Any]:
    """Drop pairs of one side; make pairs of states follow their leaders' relation.

    ``pairs`` maps (a, b) to a ``scoring.PairScore``; the result is a new mapping
    (the PairScores of states are replaced, never edited in place).
    """
    if sides is None:
        return dict(pairs)
    enabled = switches.enabled if switches is not None else (lambda _name: True)
    out = dict(pairs)
    rift = enabled(OWNED_RIFT) and bool(sides.owners)

    def other_sides(pairs: Mapping[tuple[str, str], Any]) -> dict[tuple[str, str], Any]:
        return {k: p for k, p in pairs.items() if not _one_side(sides, k, p, rift)}

    if enabled(AFFILIATED):
        out = other_sides(out)
    if sides.principals and enabled(VOICES):
        guard = sides.compatriot_words if enabled(COMPATRIOT_WORDS) else None
        out = pool_voices(
            out,
            sides.principals,
            sides.told,
            enabled,
            guard,
        )
        if enabled(AFFILIATED):  # a third actor of the voices' own side gets no pair
            out = other_sides(out)
    if enabled(STATES_FOLLOW_LEADERS):
        out = _states_follow_leaders(out, sides, enabled)
    if enabled(VOICE_FOR_STATE):  # a ministry's or spokesperson's relation is its state's
        out = voices_speak_for_state(
            out, sides, gate=enabled(NAMES_STATE), acted_on=enabled(ACTED_ON)
        )
    if switches is not None:  # shipped off: a leader's pair is his country's (session 55)
        out = carry_to_affiliates(out, sides, enabled)
    return out


def _one_side(sides: Sides, key: tuple[str, str], pair: Any, rift: bool) -> bool:
    """The pair is of one side; with ``rift`` (``OWNED_RIFT``) a person at odds with a body
    of their own ("Trump lashed out at his party") is not."""
    if not sides.affiliated(*key):
        return False
    if rift and pair.score < 0 and sides.owned(*key):
        return sides.affiliated(*key, owners=False)
    return True


def _states_follow_leaders(
    out: dict[tuple[str, str], Any], sides: Sides, enabled: Callable[[str], bool]
) -> dict[tuple[str, str], Any]:
    """States follow their leaders' relations; their office holders answer for them."""
    from .scoring import Observation, PairScore  # late: scoring imports nothing from here

    if enabled(COUNTRY_FOLLOWS_LEADER):
        out = _countries_follow_leaders(out, sides)
    # the observations between one state's office holder and another state or its
    # office holder ("Sybiha thanked Romania" weighs on Ukraine ~ Romania); those a
    # country ~ person pair carries from its leaders are counted once, at the source
    between: dict[tuple[str, str], list[Any]] = {}
    for (a, b), pair in out.items():
        sa, sb = sides.actors.get(a), sides.actors.get(b)
        if sa is None or sb is None or "person" not in (sa.type, sb.type):
            continue
        if {sa.type, sb.type} - {"person", "country"}:
            continue
        ca, cb = sides.leader_state(a), sides.leader_state(b)
        if ca is None or cb is None or ca == cb:
            continue
        key = (min(ca, cb), max(ca, cb))
        carried = [
            Observation(o.value, o.weight, o.kind, o.key, o.refs, via=f"leaders:{a}~{b}")
            for o in story_time(pair.observations, sides.background)
            if not o.via
        ]
        if not carried and any(not o.via for o in pair.observations):
            continue  # only background (alignment.carry.background_stays): nothing to carry
        between.setdefault(key, []).extend(carried)
    for (ca, cb), observations in between.items():
        xa, xb = sides.country_actor(ca), sides.country_actor(cb)
        if xa is None or xb is None:
            continue
        key = (min(xa, xb), max(xa, xb))
        old = out.get(key)
        new = PairScore(key[0], key[1])
        if old is not None:
            new.agree, new.disagree = list(old.agree), list(old.disagree)
            new.cooperation, new.conflict = old.cooperation, old.conflict
            new.observations = [
                Observation(o.value, o.weight * sides.state_own_weight, o.kind, o.key, o.refs)
                for o in old.observations
            ]
        new.observations += [
            Observation(o.value, o.weight, o.kind, o.key, o.refs, via=o.via or "leaders")
            for o in observations
        ]
        out[key] = new
    if sides.in_story and enabled(HOLDERS_ANSWER):
        out = _holders_answer(out, sides)
    return out


@lru_cache(maxsize=64)
def _is_word(event_type: str) -> bool:
    """An event type of a verbal quad in the PLOVER ontology (a type it lacks is a deed)."""
    from ..events.ontology import load_ontology  # late: read once, where states are settled

    try:
        return not load_ontology().type_of(event_type).material
    except KeyError:
        return False


def _holders_answer(pairs: dict[tuple[str, str], Any], sides: Sides) -> dict[tuple[str, str], Any]:
    """A state's (or its government body's) own relation with an actor of another
    state, carried to the first state's office holders in the story.

    "Russia called Finland's decision a provocation" sets Russia against Finland's
    prime minister too: what is said of a state is said of those who govern it ("Arin
    thanked Latvia": Arin ~ Latvia's president, weaker). Only words are carried
    (statements, and events of a verbal quad of the PLOVER ontology): deeds between
    states stay between the states ("Greece and Bulgaria clash", "Russia sent Kazakhstan
    aid" reach no official). The other
    party must be of a known, different state (a country, a state body, an office
    holder, a spokesperson), so a candidate or a party at home is never set against the
    government this way. Only in one story (``Sides.in_story``): a corpus's office
    holders of a state are every one its stories ever named. Only pairs with no evidence
    of their own are made, their observations weighing ``state_own_weight`` and named
    ``via`` "leaders:<a>~<b>" (the state pair they come from); a pair's own evidence is
    never re-weighed, and nothing carried is carried again.
    """
    from .scoring import PairScore  # late: scoring imports nothing from here

    holders: dict[str, list[str]] = {}  # state -> its office holders in the story
    for aid, side in sides.actors.items():
        state = sides.leader_state(aid)
        if side.type != "person" or not state or aid in sides.principals:
            continue  # not an office holder: a body, or one who speaks for another
        if not side.is_spokesperson(sides.spoke_words):
            holders.setdefault(state, []).append(aid)
    made: dict[tuple[str, str], PairScore] = {}
    for (a, b), pair in sorted(pairs.items()):
        for x, y in ((a, b), (b, a)):
            sx = sides.actors.get(x)
            if sx is None or sx.type == "person":
                continue
            state, other = sides.state_of(x), sides.state_of(y)
            if state is None or other is None or state == other:
                continue
            own = [
                o
                for o in story_time(pair.observations, sides.background)
                if (not o.via or o.via.startswith(VOICE)) and (o.kind == "issue" or _is_word(o.key))
            ]
            for holder in holders.get(state, []):
                key = (min(y, holder), max(y, holder))
                if holder == y or key in pairs or sides.affiliated(y, holder):
                    continue
                new = made.setdefault(key, PairScore(key[0], key[1]))
                new.observations += [
                    o.carried(sides.state_own_weight, f"leaders:{a}~{b}") for o in own
                ]
    return {**pairs, **{k: p for k, p in made.items() if p.observations}}


def _countries_follow_leaders(
    pairs: dict[tuple[str, str], Any], sides: Sides
) -> dict[tuple[str, str], Any]:
    """A country ~ foreign person pair re-weighed by the country's persons ~ that person.

    Only pairs that have evidence of their own are touched, so a relation is never
    made from co-occurrence; the leaders' pairs themselves stay as they are.
    """
    from .scoring import Observation, PairScore  # late: scoring imports nothing from here

    persons_of: dict[str, list[str]] = {}  # state -> its persons in office with a relation
    for key in pairs:
        for x in key:
            side = sides.actors.get(x)
            state = sides.leader_state(x)
            if side is not None and side.type == "person" and state is not None:
                persons_of.setdefault(state, [])
                if x not in persons_of[state]:
                    persons_of[state].append(x)
    out = dict(pairs)
    for (a, b), pair in pairs.items():
        sa, sb = sides.actors.get(a), sides.actors.get(b)
        if sa is None or sb is None or {sa.type, sb.type} != {"country", "person"}:
            continue
        country, person = (a, b) if sa.type == "country" else (b, a)
        own, theirs = sides.state_of(country), sides.state_of(person)
        if own is None or theirs is None or own == theirs:
            continue
        carried = []
        for leader in persons_of.get(own, []):
            lead = pairs.get((min(leader, person), max(leader, person)))
            if lead is None:
                continue
            via = f"leaders:{lead.a}~{lead.b}"
            carried += [
                Observation(o.value, o.weight, o.kind, o.key, o.refs, via=via)
                for o in story_time(lead.observations, sides.background)
            ]
        if not carried:
            continue
        new = PairScore(a, b, list(pair.agree), list(pair.disagree))
        new.cooperation, new.conflict = pair.cooperation, pair.conflict
        new.observations = [
            Observation(o.value, o.weight * sides.state_own_weight, o.kind, o.key, o.refs, o.via)
            for o in pair.observations
        ] + carried
        out[(a, b)] = new
    return out
