"""Per-document relations between actor pairs, from statements and events.

A relation exists only where evidence stands between the two actors: a pair
of statements on one issue, a position one takes towards the other, or an
event whose source and target they are (or, for two states, such evidence
between their office holders). Each relation names its
evidence: the ids (``evidence``) and, in ``evidence_spans``, each statement,
quote and event with the words it was read from and the weight it carries.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace

from ..datafiles import constants, word_list
from ..records import (
    Actor,
    Event,
    EvidenceRef,
    Quote,
    Relation,
    Span,
    Statement,
    is_agent_id,
)
from ..rules import declare
from ..stances.modes import NEVER_REAL
from ..stances.modes import unreal as unreal_mode
from .aid_requests import AID_REQUEST, aid_requests
from .aid_requests import ALLY_TYPE as AID_TYPE
from .aimed_together import AIMED_TOGETHER, aimed_together
from .attempts import attempt_ids, attempt_rule
from .bodies import TITLE_NAMES_STATE
from .carried import carried_part
from .confidence import Doc, predict, relation_features
from .direct_sign import DIRECT_OVER_SHARED, direct_over_shared
from .evidence_weight import DIRECT_WEIGHT
from .intensity import Intensity, default_intensity
from .names import NameIndex, join_ids
from .nationals import OWN_COUNTRY, drop_nationals
from .official_requests import OFFICIAL_REQUEST, drop_official_requests
from .peace_appeals import JOINT_PEACE_APPEAL, PEACE_APPEAL, peace_appeals
from .poll_shares import POLL_SHARE, drop_poll_shares
from .request_beside import REQUEST_BESIDE_SIGNED, requests_yield
from .request_parties import SEVERAL_ADDRESSEES, drop_joint_appeals, drop_several_addressees
from .restraint import RESTRAINT, without_restraints
from .scoring import (
    HOSTILE_REQUEST,
    EventObs,
    Observation,
    PairScore,
    StanceObs,
    acted_each,
    hostile_request,
    mode_weight,
    score_pairs,
    weigh_lead,
    weighted_mean,
)
from .sides import Sides, settle
from .sides_members import PARTY_MEMBER_SIDE, drop_member_sides
from .siding_phrases import SIDING_PHRASE, sided_acts, sided_targets, without_sided_positions
from .story_time import BACKGROUND_BEHIND, BACKGROUND_STAYS, background_refs, behind_story
from .told_unreal import told_rule, told_unreal
from .voices import (
    CUE_IS_WORDS,
    VOICE,
    principals_of,
    told_by_spokespeople,
)

WITNESS_CAP = float(constants("alignment")["witness_cap"])
SOURCE_MODE = declare(
    "alignment.relations.source_mode_weight",
    "an event a statement rests on is named in the relation's evidence with the statement's "
    "weight times its mode's ('Last year, he praised Y' under today's criticism weighs less "
    "than the criticism), as the score weighs it",
)
LEARNED_CONFIDENCE = declare(
    "alignment.relations.learned_confidence",
    "a relation's confidence is the chance an analyst would sign it, from a logistic "
    "regression over its evidence's kinds, event class and mode, and its ends "
    "(alignment/confidence.py, fitted on hand-judged real-news relations); off: the "
    "noisy-or of its witnesses",
)
NEUTRAL_NO_SIGN = declare(
    "alignment.relations.neutral_no_sign",
    "an event of a neutral type (relation 'neutral' in data/stances/intensity.tsv: a request, "
    "'asked Y to fact-check') gives a document's relation no sign and no evidence: it says "
    "the two dealt with each other, not which way they lean (judged real news: of 20 "
    "relations resting on a request alone, 3 right, 4 of the wrong sign, 13 not signable)",
)
ADVICE_NO_SIGN = declare(
    "alignment.relations.advice_no_sign",
    "a request made with a verb of giving advice (one of whose two most frequent WordNet "
    "senses is advise.v.01: data/stances/advising_verbs.txt, by stances/advice_import.py; "
    "not a hostile request code) gives a document's relation no sign and no evidence: the "
    "adviser works for the one advised ('an oncologist who advised Obama on the overhaul', "
    "'who is now advising Clinton's campaign'), no pressure on him (the stance rule "
    "stances.relations.advice_request reads the advice where the parse gives it; session 40 RP)",
)
VISITS_APART = declare(
    "alignment.relations.visits_apart",
    "leaders who each made a visit ('X, Y and Z arrived in Addis Ababa for the summit': "
    "CAMEO 042, make a visit) are no partners of one another, as with 'both': each still "
    "relates to the host it visited",
)
# the CAMEO code of making a visit: a journey each source makes on its own
_VISIT = "042"

PUBLIC_NO_PARTY = declare(
    "alignment.relations.public_no_party",
    "the general public is no party to a document's relation: a generic agent of a public "
    "sector (civilians, people, voters, residents: constants public_sectors) or a "
    "demonym's people ('Americans', 'Germans') gets no relation; in campaign news such "
    "ends rest on polls, canvassing and passing mentions ('Clinton is targeting black "
    "voters', 'Trump receiving 20 percent support from Latino voters'); events keep them",
)
GENERIC_NO_PARTY = declare(
    "alignment.relations.generic_no_party",
    "a generic agent none of whose mentions names anyone in particular (no name, pronoun "
    "resolved to it, definite determiner, count or resolved possessor: 'even with a court "
    "order', 'any party', 'the era of big government', 'politicians and activists are "
    "decrying'; the record's generic flag, actors/generic_agents.py) is no party to a "
    "document's relation; events keep it",
)
PUBLIC_SECTORS = frozenset(s.upper() for s in constants("alignment")["public_sectors"])


UNREAL_EVIDENCE = declare(
    "alignment.score.unreal_evidence",
    "a relation whose every piece of evidence is of a mode of what has not happened "
    "(hypothetical, conditional, future: constants unreal_modes; an event of the mode, or a "
    "statement resting only on such events) scores its evidence's best mode weight times its "
    "sign, not +-1: 'officials should be focused on stabilizing Libya' alone gives +0.3, "
    "not +1.0 (session 27: the mode weighed the evidence, so a relation of such evidence "
    "alone still scored +-1); evidence of the story's own mode keeps the score",
)
UNREAL_NO_RELATION = declare(
    "alignment.relations.unreal_no_relation",
    "a relation whose every piece of evidence is of a mode of what has not happened "
    "(hypothetical, conditional, future: constants unreal_modes) is no relation: it says "
    "what might be between the two, not what is (the strict real-news judges count such "
    "relations as none; session 27)",
)
UNREAL_MODES = frozenset(m.lower() for m in constants("alignment")["unreal_modes"])
SAID_MODE = declare(
    "alignment.relations.said_mode_unreal",
    "a statement read from a clause that says what is not (so) - its mode (the statement's "
    "mode field, stances/modes.py) conditional or a question, or hypothetical or future "
    "where it is not its holder's own quote ('Bernie would probably encourage people to "
    "back Clinton', said by another) - is unreal evidence like an event of an unreal mode: "
    "a relation resting only on such evidence is none (unreal_no_relation) or scores its "
    "mode weight (unreal_evidence); also in the corpus series (session 28)",
)
SAID_CONDITIONAL = declare(
    "alignment.relations.said_conditional_unreal",
    "the narrow form of said_mode_unreal (session 29): only a statement read from a "
    "conditional or a question - its mode field, whoever holds it ('if Sanders had won "
    "half of the coin tosses, he would have finished ahead'; 'Does X back Y?') - is unreal "
    "evidence (unreal_no_relation / unreal_evidence); a hypothetical or future one stays "
    "real evidence (on real news 'I think it is good' read hypothetical and 'reports Beck "
    "will endorse Cruz on Saturday' future); with said_mode_unreal on, that rule decides",
)
CONFIDENCE_FLOOR = declare(
    "alignment.relations.confidence_floor",
    "a relation whose learned confidence (alignment.relations.learned_confidence: the chance "
    "an analyst would sign it, from its evidence's kinds, weights, event class and mode and "
    "its ends) is under constants relation_confidence_floor (0.3) is none: it rests on "
    "evidence too weak to sign (judged real-news tune relations under 0.3: 25 no-relation, 1 "
    "wrong, 1 right; session 29 NA)",
)
CONFIDENCE_FLOOR_VALUE = float(constants("alignment")["relation_confidence_floor"])
ASKED_TYPES = frozenset(t.upper() for t in constants("alignment")["asked_types"])

PLACES_NO_PARTY = declare(
    "alignment.relations.places_are_no_party",
    "a place an event acts on ('shelled the town of X') is no party to a relation; the event "
    "keeps it as its target for event data",
)
DOCUMENT_MODIFIER_NO_PARTY = declare(
    "alignment.relations.document_modifier_no_party",
    "an actor an event's sentence names only as the modifier of a noun of a document, "
    "agreement, order or emblem ('a rally to protest the Iran nuclear deal', 'criticized "
    "the Paris agreement', 'the Confederate battle flag'; WordNet 3.0 "
    "lexicon/document_nouns.txt, actors/document_modifiers.py; not a person or an "
    "organisation, its author or issuer: 'the Comey letter', 'U.N. Security Council "
    "resolutions') is no party to that event's relation; the event keeps it (session 26 R6)",
)
THING_MODIFIER_NO_PARTY = declare(
    "alignment.relations.thing_modifier_no_party",
    "an actor an event's sentence names only as a compound or noun modifier of a common noun "
    "none of whose WordNet 3.0 senses is a person or a group (lexicon/people_nouns.txt, "
    "group_nouns.txt: 'voted for the Iraq war', 'delay the Cadillac tax', 'bought the Federal "
    "mine', 'Social Security numbers', 'a court ruling'; actors/document_modifiers.py, the "
    "actors' thing_modifier_mentions) is no party to that event's relation: the name says "
    "what the thing is about or of what kind, not who acts; a person or organisation the KB "
    "knows stays ('the Clinton emails': author or owner); the event keeps it (session 29 NA)",
)


MEMBERSHIP_ACT = declare(
    "alignment.sides.membership_act",
    "a person's act on an organisation whose trigger is a verb of membership or office (one of "
    "its two most frequent WordNet senses is joining, founding, heading, chairing, managing or "
    "serving: data/lexicon/membership_verbs.txt, their written forms, by "
    "alignment/membership_import.py) makes her one "
    "of the body's side, no relation between them: 'Steyer founded NextGen Climate', "
    "'Brainard joined the Fed', 'Chelsea will manage the foundation' say who belongs to what, "
    "not how one leans towards the other (judged real news: own side); the event keeps both "
    "(session 28 SG)",
)
MEMBERSHIP_FORMS = frozenset(word_list("lexicon/membership_verbs.txt"))
MEMBER_TYPES = frozenset({"person"})
BODY_TYPES = frozenset({"organization", "organisation", "group", "party"})

CONTEST_APART = declare(
    "alignment.score.contest_apart",
    "the subjects of a verb of contest with no one as its object ('Christie, Bush and Kasich "
    "are competing in the establishment lane', 'X and Y vie for the nomination'; a verb whose "
    "most frequent WordNet sense is competing or getting the better of someone, "
    "data/events/rivalry_verbs.txt) each stand in the race, not against one another: no "
    "rivals by the coordination, as with 'both' (alignment.score.co_sources_each); each "
    "still relates to a target it names (session 28 SG)",
)
CORPUS_DOCUMENT_RULES = declare(
    "alignment.corpus.document_rules",
    "the corpus series (shifts, timelines) reads each document's events as its relations do "
    "under alignment.sides.membership_act and alignment.score.contest_apart (each where that "
    "rule is on too): a person's act of membership or office on a body relates neither to "
    "the other, and the subjects of a contest verb with no object each stand in the race "
    "(session 28 SG noticed the corpus did not; session 29 SG)",
)


def _verb_forms(bases: frozenset[str] | set[str]) -> frozenset[str]:
    """Every written form of the verbs: the base, its regular inflections and irregular
    pasts ("lead" -> "leads", "leading", "led")."""
    from ..nlp.lemmas import inflections, irregular_pasts

    past: dict[str, list[str]] = {}
    for form, base in irregular_pasts().items():
        past.setdefault(base, []).append(form)
    out: set[str] = set()
    for base in bases:
        out |= {base, *inflections(base), *past.get(base, [])}
    # a form that is another verb's irregular past is that verb's ("found": find)
    other = {form for form, base in irregular_pasts().items() if base not in bases}
    return frozenset(out - other)


def membership_bodies(
    trigger: str, source: Iterable[str], target: Iterable[str], kind: Mapping[str, str]
) -> frozenset[str]:
    """The bodies an event's person sources belong to by it (``MEMBERSHIP_ACT``): a trigger
    of a membership verb, a person among the sources and the organisations or parties
    among the targets (``kind``: actor id -> type, lower case); empty otherwise."""
    words = trigger.lower().split()
    if not words or words[0] not in MEMBERSHIP_FORMS:
        return frozenset()
    if not any(kind.get(s) in MEMBER_TYPES for s in source):
        return frozenset()
    return frozenset(t for t in target if kind.get(t) in BODY_TYPES)


def membership_events(events: list[Event], actors: list[Actor]) -> dict[str, frozenset[str]]:
    """Event id -> the bodies its person sources belong to by the event
    (``MEMBERSHIP_ACT``, ``membership_bodies``)."""
    kind = {a.id: (a.type or "").lower() for a in actors}
    out: dict[str, frozenset[str]] = {}
    for e in events:
        bodies = membership_bodies(e.trigger.text, e.source, e.target, kind)
        if bodies:
            out[e.id] = bodies
    return out


def is_contest(trigger: str, source: Iterable[str], target: Iterable[str]) -> bool:
    """Whether an event is a contest verb's with two or more sources and no target
    (``CONTEST_APART``)."""
    global _CONTEST_FORMS
    if _CONTEST_FORMS is None:
        _CONTEST_FORMS = _verb_forms(word_list("events/rivalry_verbs.txt"))
    words = trigger.lower().split()
    return len(set(source)) > 1 and not list(target) and bool(words) and words[0] in _CONTEST_FORMS


def contest_events(events: list[Event]) -> set[str]:
    """Ids of the events of a contest verb with two or more sources and no target
    (``CONTEST_APART``)."""
    return {e.id for e in events if is_contest(e.trigger.text, e.source, e.target)}


_CONTEST_FORMS: frozenset[str] | None = None
_ADVISING_FORMS: frozenset[str] | None = None
_HOSTILE_REQUEST_CODES = frozenset(
    code for pair in constants("events")["hostile_request_codes"].values() for code in pair
)


def advice_events(events: list[Event]) -> set[str]:
    """Ids of the requests made with a verb of giving advice (``ADVICE_NO_SIGN``): type
    REQUEST, a code no hostile request's, a trigger whose first word is a written form of
    a verb of data/stances/advising_verbs.txt."""
    global _ADVISING_FORMS
    if _ADVISING_FORMS is None:
        _ADVISING_FORMS = _verb_forms(word_list("stances/advising_verbs.txt"))
    out: set[str] = set()
    for e in events:
        words = e.trigger.text.lower().split()
        if (
            e.type.upper() == "REQUEST"
            and (e.cameo or "") not in _HOSTILE_REQUEST_CODES
            and words
            and words[0] in _ADVISING_FORMS
        ):
            out.add(e.id)
    return out


ADVICE_TO_OPPONENT = declare(
    "alignment.score.advice_to_opponent",
    "advice read as support (stances.relations.advice_request) is a demand where the two "
    "sides are opposed elsewhere in the document: if anyone of the adviser's side (herself, "
    "her spokesperson, principal, state or its agencies: sides.affiliated) has a relation of "
    "negative sign to anyone of the other's side resting on other evidence, the position "
    "weighs as the request it was read from ('Rwanda's spokeswoman accused Tshisekedi of "
    "warmongering ... and advised Kinshasa to return to the talks'; session 29 SG)",
)
ADVICE_FORMS: frozenset[str] | None = None


def advice_positions(
    statements: list[Statement], events: list[Event]
) -> dict[str, tuple[str, str]]:
    """Statement id -> (holder, the one it is for) of the positions read from advice: a
    position for an actor resting only on REQUEST events whose trigger is a verb of
    advising or proposing (data/stances/advice_verbs.txt)."""
    global ADVICE_FORMS
    if ADVICE_FORMS is None:
        ADVICE_FORMS = _verb_forms(word_list("stances/advice_verbs.txt"))
    asked = {
        e.id
        for e in events
        if e.type.upper() == "REQUEST"
        and (words := e.trigger.text.lower().split())
        and words[0] in ADVICE_FORMS
    }
    out: dict[str, tuple[str, str]] = {}
    for s in statements:
        if s.polarity <= 0 or not s.evidence or not set(s.evidence) <= asked:
            continue
        if s.target_kind == "actor" and s.target:
            out[s.id] = (s.actor, s.target)
    return out


def _advice_to_opponents(
    pairs: Mapping[tuple[str, str], PairScore],
    advised: Mapping[str, tuple[str, str]],
    sides: Sides,
    table: Mapping[str, Intensity],
) -> None:
    """Advice between two opposed sides weighs as the request it was (in place,
    ``ADVICE_TO_OPPONENT``)."""

    def side(a: str, b: str) -> bool:
        return a == b or sides.affiliated(a, b)

    signs: dict[tuple[str, str], float] = {}
    for key, pair in pairs.items():
        other = [o for o in pair.observations if not set(o.refs) & set(advised)]
        if other:
            signs[key] = weighted_mean(other)
    request = table["REQUEST"].value / 10.0 if "REQUEST" in table else -0.1

    def opposed(h: str, t: str) -> bool:
        return any(
            sign < 0 and ((side(x, h) and side(y, t)) or (side(x, t) and side(y, h)))
            for (x, y), sign in signs.items()
        )

    verdict: dict[str, bool] = {}
    for pair in pairs.values():
        for obs in pair.observations:
            for ref in set(obs.refs) & set(advised):
                if ref not in verdict:
                    verdict[ref] = opposed(*advised[ref])
                if verdict[ref]:
                    obs.value = request


def stance_obs(
    statements: list[Statement],
    prefix: str = "",
    quotes: list[Quote] | None = None,
    events: list[Event] | None = None,
) -> list[StanceObs]:
    """Statements as scorer observations; ``prefix`` qualifies ids ("doc#s1"); with
    ``quotes`` and ``events`` each says whether it is its holder's own (``direct_statement``)."""
    speakers = {q.id: (q.speaker, q.speaks_for) for q in quotes or []}
    doers = {e.id: tuple(e.source) for e in events or []}
    return [
        StanceObs(
            s.actor,
            s.issue.id,
            s.polarity,
            s.confidence,
            prefix + s.id,
            tuple(prefix + e for e in s.evidence),
            mode=s.mode,
            direct=direct_statement(s.actor, s.evidence, speakers, doers),
            spans=tuple(sp.start for sp in s.spans) or ((s.text.start,) if s.text else ()),
        )
        for s in statements
    ]


def direct_statement(
    actor: str,
    evidence: Iterable[str],
    speakers: Mapping[str, tuple[str | None, str | None]],
    doers: Mapping[str, tuple[str, ...]],
) -> bool:
    """Whether a statement is its holder's own words or act: no quote it rests on has
    another speaker (or principal), no event it rests on another source ("Military Times
    found Republicans favored Trump" is the paper's, not the party's). A statement read
    from its holder's own sentence, with no quote or event, is direct."""
    for ref in evidence:
        if ref in speakers and actor not in speakers[ref]:
            return False
        if ref in doers and actor not in doers[ref]:
            return False
    return True


def event_obs(events: list[Event], prefix: str = "") -> list[EventObs]:
    """Events as scorer observations."""
    return [
        EventObs(
            type=e.type,
            source=tuple(e.source),
            target=tuple(e.target),
            confidence=e.confidence,
            ref=prefix + e.id,
            mode=e.mode,
            reported=e.reported_by is not None,
            each=acted_each(
                e.evidence.text if e.evidence else None,
                e.evidence.start if e.evidence else None,
                e.trigger.start,
            ),
        )
        for e in events
    ]


def to_relation(
    pair: PairScore,
    refs: Mapping[str, list[EvidenceRef]] | None = None,
    sources: Mapping[str, list[str]] | None = None,
    intensity: Mapping[str, Intensity] | None = None,
    modes: Mapping[str, str | None] | None = None,
    reality: float = 1.0,
) -> Relation:
    """The contract's relation record for a scored pair.

    ``refs`` (id -> evidence record) fills ``evidence_spans``; ``sources``
    (statement id -> its quote and event ids) adds what each statement rests on,
    an event among them weighed by its mode where ``modes`` (event id -> mode) is
    given (``source_mode_weight``); ``carried`` says what the pair holds only through
    its sides' leaders; ``reality`` (``UNREAL_EVIDENCE``) scales the score of a pair whose
    evidence is all of an unreal mode.
    """
    weights = pair.evidence_weights()
    # evidence taken over from the sides' leaders or from the other voice of a spokesperson
    carried = {
        r: o.via for o in pair.observations if o.via.startswith(("leaders:", VOICE)) for r in o.refs
    }
    named: dict[str, list[EvidenceRef]] = {}
    for ref, weight in weights.items():
        for item in [ref, *(sources or {}).get(ref, [])]:
            known = (refs or {}).get(item)
            if known and item not in named:
                share = weight
                if modes is not None and item != ref and item in modes:
                    factor = mode_weight(modes[item])
                    if factor < 1.0:  # "last year, he praised Y": its mode's share (or
                        # its own weight, where the event is the pair's evidence by itself)
                        share = max(weight * factor, weights.get(item, 0.0))
                update: dict[str, object] = {"weight": round(share, 4), "via": carried.get(ref)}
                named[item] = [k.model_copy(update=update) for k in known]
    return Relation(
        a=pair.a,
        b=pair.b,
        agree=sorted(set(pair.agree)),
        disagree=sorted(set(pair.disagree)),
        cooperation=pair.cooperation,
        conflict=pair.conflict,
        score=round(pair.score * reality, 4),
        evidence=list(weights),
        evidence_spans=[r for group in named.values() for r in group],
        confidence=round(relation_confidence(pair.observations, pair.score), 3),
        carried=carried_part(pair, intensity),
    )


def plain_features(
    relation: Relation, doc: Doc, plain: Mapping[tuple[str, str], float] | None
) -> dict[str, float]:
    """The learned confidence's features of a relation, its score read on the scale the
    model was fitted on where ``plain`` gives it (``alignment.score.direct_evidence_weight``
    puts signed events at +/-1: their old intensity / 10 stays the model's input)."""
    features = relation_features(relation, doc)
    if plain is not None and (relation.a, relation.b) in plain:
        features["abs_score"] = abs(plain[(relation.a, relation.b)])
    return features


def relation_confidence(observations: list[Observation], score: float) -> float:
    """How likely the relation's sign is right, read from its evidence.

    Each observation is an independent witness whose weight (its calibrated
    confidence times mode, lead and side factors, capped at ``witness_cap``) is the chance it
    is right: the sign holds if one witness for it is right (noisy-or) and every
    witness against it is wrong. One statement at 0.64 gives 0.64; two for and
    one weak against give more than one alone; 0 without a sign.
    """
    if score == 0:
        return 0.0
    sign = 1.0 if score > 0 else -1.0
    none_right = every_against_wrong = 1.0
    for obs in observations:
        chance = max(0.0, min(WITNESS_CAP, obs.weight))
        if obs.value * sign > 0:
            none_right *= 1.0 - chance
        elif obs.value * sign < 0:
            every_against_wrong *= 1.0 - chance
    return (1.0 - none_right) * every_against_wrong


def evidence_index(
    statements: list[Statement], events: list[Event], quotes: list[Quote] | None
) -> tuple[dict[str, list[EvidenceRef]], dict[str, list[str]]]:
    """id -> evidence records (with their words) for every statement, quote and event;
    and statement id -> the quote and event ids it rests on."""
    refs: dict[str, list[EvidenceRef]] = {}
    for q in quotes or []:
        refs[q.id] = [EvidenceRef(id=q.id, kind="quote", span=q.content)]
    for e in events:
        refs[e.id] = [EvidenceRef(id=e.id, kind="event", span=e.evidence or e.trigger)]
    for s in statements:
        spans: list[Span | None] = list(s.spans) or [s.text]
        refs[s.id] = [EvidenceRef(id=s.id, kind="statement", span=x) for x in spans]
    return refs, {s.id: list(s.evidence) for s in statements}


def _starts(
    statements: list[Statement], events: list[Event], quotes: list[Quote] | None
) -> dict[str, int]:
    """id -> where in the text the evidence starts (its first span)."""
    out: dict[str, int] = {q.id: q.content.start for q in quotes or []}
    for e in events:
        out[e.id] = (e.evidence or e.trigger).start
    for s in statements:
        spans = [x for x in [*s.spans, s.text] if x is not None]
        if spans:
            out[s.id] = min(x.start for x in spans)
    return out


def _spans(
    statements: list[Statement], events: list[Event], quotes: list[Quote] | None
) -> dict[str, tuple[int, int]]:
    """id -> the stretch of text the evidence covers (first to last of its spans)."""
    out: dict[str, tuple[int, int]] = {q.id: (q.content.start, q.content.end) for q in quotes or []}
    for e in events:
        at = e.evidence or e.trigger
        out[e.id] = (at.start, at.end)
    for s in statements:
        spans = [x for x in [*s.spans, s.text] if x is not None]
        if spans:
            out[s.id] = (min(x.start for x in spans), max(x.end for x in spans))
    return out


def _without_places(acts: list[EventObs], places: set[str]) -> list[EventObs]:
    """Events with the places they act on left out of their parties: a town is where a
    war is fought, not a side of it (the event still names it as its target)."""
    if not places:
        return acts
    return [
        replace(
            a,
            source=tuple(x for x in a.source if x not in places),
            target=tuple(x for x in a.target if x not in places),
        )
        for a in acts
    ]


def _without_modifiers(
    acts: list[EventObs], events: list[Event], actors: list[Actor], field: str = "modifier_mentions"
) -> list[EventObs]:
    """Events without the ends their sentence names only as a document's modifier
    (``DOCUMENT_MODIFIER_NO_PARTY``; ``field`` "thing_modifier_mentions": a thing's,
    ``THING_MODIFIER_NO_PARTY``): an end none of whose mentions inside the event's
    evidence is anything but such a modifier (an end with no mention there stays)."""
    flagged = {
        a.id: {(m.start, m.end) for m in getattr(a, field)} for a in actors if getattr(a, field)
    }
    if not flagged:
        return acts
    mentions = {a.id: [(m.start, m.end) for m in a.mentions] for a in actors if a.id in flagged}
    spans = {
        e.id: (e.evidence.start, e.evidence.end) if e.evidence else (e.trigger.start, e.trigger.end)
        for e in events
    }

    def only_modifier(actor_id: str, ref: str) -> bool:
        if actor_id not in flagged or ref not in spans:
            return False
        lo, hi = spans[ref]
        inside = [m for m in mentions[actor_id] if lo <= m[0] and m[1] <= hi]
        return bool(inside) and all(m in flagged[actor_id] for m in inside)

    return [
        replace(
            a,
            source=tuple(x for x in a.source if not only_modifier(x, a.ref)),
            target=tuple(x for x in a.target if not only_modifier(x, a.ref)),
        )
        for a in acts
    ]


def public_ends(actors: list[Actor]) -> set[str]:
    """Ids of the actors that are the general public: a generic agent (``agent:`` id) of
    a public sector, or a demonym's people (an agent id ending ``:people``)."""
    return {
        a.id
        for a in actors
        if is_agent_id(a.id)
        and ((a.sector or "").upper() in PUBLIC_SECTORS or a.id.endswith(":people"))
    }


def said_rule(on: Callable[[str], bool] | None) -> tuple[bool, frozenset[str] | None]:
    """Whether statements' own modes make evidence unreal, and the modes that do (None:
    every unreal one, ``SAID_MODE``; ``NEVER_REAL``: the narrow ``SAID_CONDITIONAL``)."""
    if on is None or on(SAID_MODE):
        return True, None
    if on(SAID_CONDITIONAL):
        return True, NEVER_REAL
    return False, None


def reality_of(
    statements: list[Statement],
    events: list[Event],
    quotes: list[Quote] | None = None,
    said_mode: bool = False,
    actors: list[Actor] | None = None,
    said_only: frozenset[str] | None = None,
    told: bool = False,
    attempts: bool = False,
) -> dict[str, float]:
    """Evidence id -> how real it is: an event of an unreal mode (``UNREAL_MODES``) its
    mode's weight, a statement resting only on such events the best of theirs; 1.0 for
    anything else (a quote, an event of the story's own mode, a statement with a quote).
    A request or demand (``ASKED_TYPES``: the asking happened) and a speaker's own act told
    in her quote ("he said he would vote for X": a position taken now) are real.
    ``said_mode`` (``SAID_MODE``): a statement whose own mode says what is not (so) is
    unreal too, at its mode's weight (``stances.modes.unreal``); ``said_only`` narrows that
    to the statements whose mode is one of these (``SAID_CONDITIONAL``: ``NEVER_REAL``).
    ``told`` (``told_unreal.TOLD_UNREAL``): a statement told by another in a question,
    conditional or hypothetical is unreal too. ``attempts``
    (``attempts.ATTEMPT_INTENT``): an event marked as an attempt (``Event.prospect``) is
    real, as a request is."""
    speakers = {q.id: q.speaker for q in quotes or [] if q.speaker}
    return reality_table(
        ((e.id, e.type, e.mode, e.reported_by, tuple(e.source)) for e in events),
        ((s.id, s.actor, tuple(s.evidence), s.mode) for s in statements),
        speakers,
        said_mode,
        quote_voices(
            ((q.id, q.speaker, q.speaks_for) for q in quotes or []),
            {a.id: (a.type, a.country) for a in actors or []},
        ),
        said_only,
        told,
        attempt_ids((e.id, e.prospect) for e in events) if attempts else frozenset(),
    )


def quote_voices(
    quotes: Iterable[tuple[str, str | None, str | None]],
    actors: Mapping[str, tuple[str, str | None]],
) -> dict[str, frozenset[str]]:
    """Quote id -> whom its words are their own: the speaker, whom a spokesperson speaks
    for, and the speaker's own country (a president saying "Serbia will not recognize",
    as ``stances.extract`` gives both the position). ``actors``: id -> (type, country)."""
    states = {c or i: i for i, (kind, c) in actors.items() if kind == "country"}
    out: dict[str, frozenset[str]] = {}
    for ref, speaker, principal in quotes:
        if not speaker:
            continue
        voices = {speaker} | ({principal} if principal else set())
        country = actors.get(speaker, ("", None))[1]
        if country and country in states:
            voices.add(states[country])
        out[ref] = frozenset(voices)
    return out


def reality_table(
    events: Iterable[tuple[str, str, str | None, str | None, tuple[str, ...]]],
    statements: Iterable[tuple[str, str, tuple[str, ...], str | None]],
    speakers: Mapping[str, str],
    said_mode: bool = False,
    voices: Mapping[str, frozenset[str]] | None = None,
    said_only: frozenset[str] | None = None,
    told: bool = False,
    attempts: frozenset[str] = frozenset(),
) -> dict[str, float]:
    """``reality_of`` over plain values, as the corpus reads them from JSON: events as
    (id, type, mode, reported_by, source), statements as (id, actor, evidence, mode),
    ``speakers`` quote id -> speaker; ids may be document-qualified ("doc#e1") as long as
    they are so everywhere. ``attempts``: the ids of events that are attempts
    (``attempts.ATTEMPT_INTENT`` on): real, as a request is."""
    out: dict[str, float] = {}
    acts: set[str] = set()
    for ref, etype, mode, reported_by, source in events:
        acts.add(ref)
        if (mode or "").lower() not in UNREAL_MODES or etype.upper() in ASKED_TYPES:
            continue
        if ref in attempts:
            continue  # "X led the effort to defeat Y": the attempt happened (intent now)
        if reported_by is not None and speakers.get(reported_by) in source:
            continue  # "Sarkozy said he would vote for Macron": his position, now
        out[ref] = mode_weight(mode)
    for ref, actor, evidence, mode in statements:
        if evidence and all(e in out for e in evidence):
            out[ref] = max(out[e] for e in evidence)
        elif (
            said_mode
            and mode
            and (said_only is None or mode.lower() in said_only)
            and not any(e in acts and e not in out for e in evidence)
        ):
            # (a statement resting on a real event is as real as the event)
            own = any(
                actor in (voices or {}).get(e, frozenset()) or speakers.get(e) == actor
                for e in evidence
            )
            if unreal_mode(mode, own):
                out[ref] = mode_weight(mode)
        if (
            told
            and ref not in out
            and not any(e in acts and e not in out for e in evidence)
            and told_unreal(actor, evidence, mode, speakers, voices or {})
        ):
            out[ref] = mode_weight(mode)  # "I think Bernie would back her", said by another
    return out


def pair_reality(pair: PairScore, reality: Mapping[str, float]) -> float:
    """How real a pair's best evidence is (1.0 when any piece is of the story's own mode)."""
    best = 0.0
    for obs in pair.observations:
        for ref in obs.refs:
            best = max(best, reality.get(ref, 1.0))
    return best if best > 0 else 1.0


def _leaning(kind: str, table: Mapping[str, Intensity]) -> bool:
    """Whether an event of type ``kind`` leans a way (its relation is not 'neutral')."""
    info = table.get(kind.upper())
    return info is None or info.relation != "neutral"


def _source_phrases(quotes: list[Quote]) -> dict[str, list[tuple[int, int, str]]]:
    """Speaker id -> the source phrases of their quotes ("Iranian foreign ministry
    spokesman Esmaeil Baghaei"), each (start, end, words)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for q in quotes:
        if q.speaker and q.source is not None and q.source.text:
            out.setdefault(q.speaker, []).append((q.source.start, q.source.end, q.source.text))
    return out


def relate_document(
    statements: list[Statement],
    events: list[Event],
    intensity: Mapping[str, Intensity] | None = None,
    actors: list[Actor] | None = None,
    quotes: list[Quote] | None = None,
    switches: object = None,
    joint: frozenset[str] = frozenset(),
    appeals: frozenset[str] = frozenset(),
) -> list[Relation]:
    """Relations for every pair of actors with evidence between them in one document.

    ``agree``/``disagree`` list the shared issues; ``cooperation``/``conflict``
    count the events between the two; ``score`` weighs both (see ``scoring``).
    An event relates only its own source and target actors. With ``actors``,
    a surname-only person joins the document's one full name of that surname
    (``names``), pairs of one side are dropped and two states follow their
    office holders' relation (see ``sides``).
    """
    table = intensity if intensity is not None else default_intensity()
    # what the parse marked on the events themselves (session 67 lead): a stored analysis
    # re-resolved without its parse keeps these readings
    joint = joint | {e.id for e in events if e.sources_together}
    appeals = appeals | {e.id for e in events if e.joint_appeal}
    aliases: dict[str, str] = {}
    on = getattr(switches, "enabled", None)
    if on is not None and on(RESTRAINT):  # shipped off: only where switches name it on
        statements = without_restraints(statements, events)  # "did not attack Y"
    sided: dict[str, frozenset[str]] = {}
    if actors and on is not None and on(SIDING_PHRASE):  # shipped off (session 71 CS)
        sided = sided_targets(events, actors)  # "air strikes in support of Y"
        statements = without_sided_positions(statements, sided)
    stances, acts = stance_obs(statements, quotes=quotes, events=events), event_obs(events)
    if sided:
        acts = sided_acts(acts, sided)
    if on is None or on(HOSTILE_REQUEST):
        hostile = {e.id for e in events if hostile_request(e.type, e.cameo)}
        acts = [replace(a, type="DEMAND") if a.ref in hostile else a for a in acts]
    if on is not None and on(AID_REQUEST):  # shipped off (session 71 CS): "asked Y for aid"
        aid = aid_requests(events)
        acts = [replace(a, type=AID_TYPE) if a.ref in aid else a for a in acts]
    if on is None or on(NEUTRAL_NO_SIGN):
        acts = [a for a in acts if _leaning(a.type, table)]
    if on is None or on(ADVICE_NO_SIGN):
        advice = advice_events(events)
        acts = [a for a in acts if a.ref not in advice]
    if on is not None and (on(PEACE_APPEAL) or on(JOINT_PEACE_APPEAL)):  # both shipped off
        # "called on X and Y to resolve it through dialogue"; the joint form: two addressees
        peace = peace_appeals(events, joint=not on(PEACE_APPEAL))
        acts = [a for a in acts if a.ref not in peace]
    if on is None or on(VISITS_APART):
        visits = {e.id for e in events if (e.cameo or "").startswith(_VISIT)}
        acts = [replace(a, each=True) if a.ref in visits else a for a in acts]
    if on is None or on(CONTEST_APART):
        contests = contest_events(events)
        acts = [replace(a, each=True) if a.ref in contests else a for a in acts]
    if on is not None and on(AIMED_TOGETHER):  # shipped off: only where switches name it on
        together = aimed_together(events, table)  # "X and Y launched attacks on the caves"
        acts = [replace(a, each=True) if a.ref in together else a for a in acts]
    if joint:  # "X and Y lamented illegal immigration": read from the parse by the stances
        # stage where stances.relations.joint_subject_act is on (stances/joint_subjects.py)
        acts = [replace(a, each=True) if a.ref in joint else a for a in acts]
    if actors and (on is None or on(MEMBERSHIP_ACT)):
        joined = membership_events(events, actors)
        acts = [
            replace(a, target=tuple(t for t in a.target if t not in joined[a.ref]))
            if a.ref in joined
            else a
            for a in acts
        ]
    if actors:
        enabled = getattr(switches, "enabled", None)
        if enabled is None or enabled(PLACES_NO_PARTY):
            acts = _without_places(acts, {a.id for a in actors if a.type == "location"})
        if enabled is None or enabled(DOCUMENT_MODIFIER_NO_PARTY):
            acts = _without_modifiers(acts, events, actors)
        if enabled is None or enabled(THING_MODIFIER_NO_PARTY):
            acts = _without_modifiers(acts, events, actors, "thing_modifier_mentions")
        records = [{"id": a.id, "name": a.name, "type": a.type} for a in actors]
        aliases = NameIndex(enabled).add_document("", records)
        if aliases:  # "Ryan" beside "Paul Ryan": one person (the actor layer kept two)
            stances, acts = join_ids(stances, acts, aliases)
    pairs = score_pairs(stances, acts, table, switches)
    if on is not None and on(REQUEST_BESIDE_SIGNED):  # shipped off (session 57 RA)
        pairs = requests_yield(pairs, table)  # "urged Y to ..., would campaign for her"
    if on is not None and on(DIRECT_OVER_SHARED):  # shipped off (session 62 RS)
        pairs = direct_over_shared(pairs)  # "X criticised Y", both against Z: not aligned
    if actors and on is not None and on(OFFICIAL_REQUEST):  # shipped off (session 62 RS)
        pairs = drop_official_requests(pairs, actors, table)  # she urged her own charity
    # session 56 SP, both shipped off: the story's relation is today's (``story_time``)
    background = (
        background_refs(statements, events)
        if on is not None and (on(BACKGROUND_BEHIND) or on(BACKGROUND_STAYS))
        else frozenset()
    )
    if on is not None and on(BACKGROUND_BEHIND):
        pairs = behind_story(pairs, background)
    if actors and (on is None or on(PUBLIC_NO_PARTY)):
        public = public_ends(actors)
        pairs = {k: p for k, p in pairs.items() if not (public & set(k))}
    if actors and (on is None or on(GENERIC_NO_PARTY)):
        generic = {a.id for a in actors if a.generic}
        pairs = {k: p for k, p in pairs.items() if not (generic & set(k))}
    weigh_lead(pairs, _starts(statements, events, quotes), switches)
    spans = _spans(statements, events, quotes)
    principals = principals_of(quotes or [])
    told = told_by_spokespeople(
        quotes or [], events, principals, cues=on is None or on(CUE_IS_WORDS)
    )
    sides = (
        Sides(
            actors,
            principals,
            told,
            in_story=True,
            enabled=getattr(switches, "enabled", None),
            evidence_at=spans,
            doers={
                **{s.id: frozenset({s.actor}) for s in statements},
                **{e.id: frozenset(e.source) for e in events},
            },
            titles=_source_phrases(quotes or []) if on is None or on(TITLE_NAMES_STATE) else None,
            background=background if on is not None and on(BACKGROUND_STAYS) else frozenset(),
        )
        if actors
        else None
    )
    pairs = settle(pairs, sides, switches)
    if actors and on is not None and on(PARTY_MEMBER_SIDE):  # shipped off (session 63 PS)
        pairs = drop_member_sides(pairs, actors, table)  # Tory chairman X ~ the Tories
    if actors and (on is None or on(OWN_COUNTRY)):
        pairs = drop_nationals(pairs, actors)  # a person and their own country: one side
    if on is not None and on(SEVERAL_ADDRESSEES):  # shipped off (session 66 RS)
        pairs = drop_several_addressees(pairs, acts, table)  # "called on A and B to ..."
    if appeals:  # shipped off (session 67 RQ): read from the parse by the stances stage where
        # stances.relations.joint_appeal_addressees is on (stances/joint_appeals.py)
        pairs = drop_joint_appeals(pairs, appeals, acts, table)  # "called on India and Pakistan"
    if sides is not None and (on is None or on(ADVICE_TO_OPPONENT)):
        advised = advice_positions(statements, events)
        if advised:
            _advice_to_opponents(pairs, advised, sides, table)
    refs, sources = evidence_index(statements, events, quotes)
    modes = {e.id: e.mode for e in events} if on is None or on(SOURCE_MODE) else None
    shrink = on is None or on(UNREAL_EVIDENCE)
    drop_unreal = on is None or on(UNREAL_NO_RELATION)
    said, said_only = said_rule(on)
    told_others = told_rule(on)  # (``told`` above: the spokespeople's words)
    reality = (
        reality_of(
            statements, events, quotes, said, actors, said_only, told_others, attempt_rule(on)
        )
        if shrink or drop_unreal
        else {}
    )
    out = []
    plain: dict[tuple[str, str], float] = {}  # session 63 RW: the score before the rule's scale
    for _, pair in sorted(pairs.items()):
        if not pair.observations or all(o.weight <= 0 for o in pair.observations):
            continue  # no evidence, no relation
        real = pair_reality(pair, reality) if reality else 1.0
        if drop_unreal and real < 1.0:
            continue  # "officials should be focused on ...": what might be, not what is
        out.append(to_relation(pair, refs, sources, table, modes, real if shrink else 1.0))
        plain[(pair.a, pair.b)] = round(pair.plain_score * (real if shrink else 1.0), 4)
    if actors and on is not None and on(POLL_SHARE):
        out = drop_poll_shares(out, actors)  # shipped off: only where switches name it on
    # learned only where the caller passes its switches (the pipeline, its window path and
    # the store's re-resolution do): without them (hand-built records) it stays the noisy-or
    if actors is not None and on is not None and on(LEARNED_CONFIDENCE):
        doc = Doc(actors, events, statements, quotes)
        # the learned model was fitted on the scores before direct_evidence_weight's scale
        # (shipped off): it reads them (``plain_features``), the relation keeps the new one
        plain_of = plain if on(DIRECT_WEIGHT) else None
        out = [
            r.model_copy(update={"confidence": round(predict(plain_features(r, doc, plain_of)), 3)})
            if r.score
            else r
            for r in out
        ]
        if on(CONFIDENCE_FLOOR):
            # "a number of factors make a Rubio surge unlikely, insiders said": too weak to sign
            out = [r for r in out if not r.score or (r.confidence or 0.0) >= CONFIDENCE_FLOOR_VALUE]
    return out
