"""Who a pronoun or a descriptive subject means: the only place pronouns are resolved.

Rules of the in-document resolver (signature ``rule(resolver, token) -> Resolution | None``):

* ``actors.coref.person_pronoun``: he/she and their forms -> the most salient
  earlier person of the right gender, preferring subjects, the current
  sentence, then recency;
* ``actors.coref.group_pronoun``: "they"/"their" as a subject -> the most recent
  group, body or country subject within reach;
* ``actors.coref.it_body``: "it"/"its" as the subject of an active verb -> the
  most recent body or country subject (never "It was agreed", "it is thought":
  an agentless passive names no one);
* ``actors.coref.descriptive``: "the diplomat", "the official" with no country ->
  the most recent person of that sector in the text.

Switches these read (session 27): ``actors.coref.indefinite_person``
(an indefinite singular person noun naming no actor, "A woman who accused X said ... her", is a
candidate that, chosen, leaves the pronoun unresolved); ``actors.coref.it_thing`` ("it" is no
body when a singular thing noun, WordNet naming no person or group, is a subject after that
body: "The report was released later. It blamed ...").

And, for later stages, ``salient_before``: the most recent subject actor (a
person, or else a non-person) shortly before a position, which
``ActorLayer.salient_before`` answers with (quotes ask it for the speaker of a
quotation with no source of its own).

Descriptive subjects the actors stage left open ("the company said", "the statement
said", "the companies said"): ``described_referent`` over the layer's mentions, rules
``actors.referring.*`` (signature ``rule(phrase) -> ActorMention | None``; the quotes
stage asks it for a source span with no mention of its own):

* ``actors.referring.title``: the nearest person or body the noun describes (role
  head, name, its own phrase: "Senator X", "the lawyer X", "X, a spokeswoman");
* ``actors.referring.person_kind``: the nearest person of a sector the noun allows;
* ``actors.referring.body_kind``: the nearest body of that kind ("the company"), a
  country for "the government";
* ``actors.referring.issuer``: "the statement" -> who issued it, else the nearest body;
* ``actors.referring.plural``: "the companies" -> the first of the actors named together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..datafiles import constants, read_table
from ..errors import KnowledgeBaseError
from ..nlp.words import pronoun_gender, pronouns
from ..records import is_agent_id
from ..rules import declare, rule
from .description_binding import own_subject_actor
from .lexicon import agent_words
from .normalize import fold
from .spans import is_subject

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from ..records import Actor, ActorMention
    from .layer import ActorLayer

# the shared pronoun list (data/lexicon/pronouns.tsv): he/she and their forms by gender,
# they/them/their(selves), it/its(elf)
PERSON_PRONOUNS: dict[str, str] = {
    word: gender
    for word in pronouns(person=3, number="sg")
    if (gender := pronoun_gender(word)) is not None
}
REFLEXIVE = frozenset(pronouns(person=3, forms=("reflexive",))) & frozenset(PERSON_PRONOUNS)
GROUP_PRONOUNS = pronouns(person=3, number="pl")
BODY_PRONOUNS = pronouns(person=3, number="sg", gender="n")
_LOOKBACK_SENTENCES = 3
_BODY_TYPES = ("organization", "country", "group")


def _subject_like(token: Token) -> bool:
    if token.dep_ == "nsubj":
        return True
    return token.dep_ == "poss" and token.head.dep_ in ("nsubj", "nsubjpass")


def _latest(resolver: Any, token: Token, wanted: Any) -> Any:
    """The most recent remembered subject before ``token`` that ``wanted`` accepts."""
    sentence = resolver.sent_index.get(token.i, 0)
    for seen in reversed(resolver.memory):
        if seen.start >= token.idx:
            continue
        if sentence - seen.sentence > resolver.reach:
            break
        actor = resolver.actors.get(seen.actor_id)
        if actor is not None and seen.subject and wanted(actor, seen):
            return seen
    return None


REFLEXIVE_OWN_CLAUSE = declare(
    "actors.coref.reflexive_own_clause",
    "'The mayor, Tom Hart, defended himself': a reflexive is the person of its own clause's "
    "subject phrase (the subject or its appositive), or of the name it stands beside "
    "('Trump himself'), not one named before",
)
_SUBJECTS = ("nsubj", "nsubjpass")


def _own_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` that has one."""
    head = token.head
    for _ in range(8):
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS and c.i != token.i]
        if subjects:
            return subjects[0]
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _people_in(resolver: Any, start: int, end: int, gender: str) -> list[Any]:
    return [
        m
        for m in resolver.mentions
        if start <= m.start
        and m.end <= end
        and resolver.is_person(m.actor_id)
        and resolver.gender.get(m.actor_id) in (None, gender)
    ]


def reflexive_referent(resolver: Any, token: Token, gender: str) -> Any:
    """The person a reflexive names: beside a name ("Trump himself", "Wilder - himself
    the first ..."), that name's person; else the subject's own mention if it is a person,
    else the last person mentioned inside the subject phrase ("The first American ...,
    David Brown,"). None (the other readings decide) when the subject comes later or its
    phrase holds no person of that gender resolved so far."""
    head = token.head
    if head.i < token.i and head.pos_ == "PROPN" and token.dep_ in ("appos", "npadvmod"):
        beside = _people_in(resolver, head.idx, head.idx + len(head), gender)
        beside = beside or [
            m for m in _people_in(resolver, 0, token.idx, gender) if m.start <= head.idx < m.end
        ]
        if beside:
            return resolver.again(beside[-1].actor_id, "pronoun", "pronoun")
    subject = _own_subject(token)
    if subject is None or subject.i > token.i:
        return None
    doc = token.doc
    start = doc[subject.left_edge.i].idx
    end = doc[subject.right_edge.i].idx + len(doc[subject.right_edge.i])
    people = _people_in(resolver, start, min(end, token.idx), gender)
    if not people:
        return None
    own = [m for m in people if m.start <= subject.idx < m.end]
    choice = own[-1] if own else max(people, key=lambda m: m.start)
    return resolver.again(choice.actor_id, "pronoun", "pronoun")


_OBJECT_DEPS = ("dobj", "dative", "iobj", "pobj", "obj")
_CLAUSE_UP = ("xcomp",)  # an infinitive with no subject of its own: its controller's clause


def _clause_verb(token: Token) -> Token | None:
    """The verb whose argument the object pronoun is: its head for an object ("praised
    him"), through one preposition ("talked to him", "a date with her") and the noun that
    preposition modifies when that noun is the verb's own object."""
    if token.dep_ not in _OBJECT_DEPS or token.tag_ == "PRP$":
        return None
    head = token.head
    if token.dep_ == "pobj":
        if head.dep_ != "prep":
            return None
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("dobj", "obj"):
            head = head.head  # "strike up a date with her": the verb of the noun
    return head if head.pos_ in ("VERB", "AUX") else None


def coargument_subjects(token: Token) -> list[Token]:
    """The subject of the object pronoun's own clause: its verb's subject, or for an
    infinitive with none ("trying to strike up a date with her") the controller - the
    object of the verb above when it has one ("urged Trump to help her"), else its subject."""
    verb = _clause_verb(token)
    subjects: list[Token] = []
    for _ in range(4):
        if verb is None:
            break
        own = [c for c in verb.children if c.dep_ in _SUBJECTS or c.dep_ == "agent"]
        if own:
            subjects = [
                next((g for g in c.children if g.dep_ == "pobj"), c) if c.dep_ == "agent" else c
                for c in own
            ]
            break
        if verb.dep_ not in _CLAUSE_UP:
            break
        above = verb.head
        objects = [c for c in above.children if c.dep_ in ("dobj", "obj") and c.i < verb.i]
        if objects:
            subjects = objects
            break
        verb = above
    subjects += [c for s in subjects for c in s.conjuncts]  # "Trump and Pence praised him"
    return [s for s in subjects if s.i != token.i]


def higher_clause_subjects(token: Token) -> list[Token]:
    """The subject of the nearest clause above the object pronoun's own ("Brandt said that
    Quist had misled him": Brandt): binding excludes its own clause's subject, not that one,
    the antecedent the sentence itself offers (rule ``chains_binding_higher_subject``)."""
    bound = {t.i for t in coargument_subjects(token)}
    verb = _clause_verb(token)
    for _ in range(6):
        if verb is None:
            break
        own = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if own and not any(c.i in bound for c in own):
            return [*own, *(c for s in own for c in s.conjuncts)]
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return []


@rule(
    "actors.coref.person_pronoun",
    order=5,
    doc="he/she: the salient earlier person of that gender (subjects, this sentence, recency)",
)
def person_pronoun(resolver: Any, token: Token) -> Any:
    gender = PERSON_PRONOUNS.get(token.lower_)
    if gender is None:
        return None
    if token.lower_ in REFLEXIVE and resolver.switches.enabled(REFLEXIVE_OWN_CLAUSE):
        own = reflexive_referent(resolver, token, gender)  # "defended himself"
        if own is not None:
            return own
    sentence = resolver.sent_index.get(token.i, 0)
    candidates = person_candidates(resolver, gender, token.idx, sentence)
    if resolver.switches.enabled(INDEFINITE_PERSON):
        candidates = sorted(
            candidates + unnamed_people(resolver, token, sentence, gender), key=lambda s: s.start
        )
    if not candidates:
        return None
    same = [s for s in candidates if s.sentence == sentence]
    choice = None
    if token.lower_ in REFLEXIVE or token.tag_ == "PRP$" or is_subject(token):
        subjects = [s for s in same if s.subject]  # "his", "himself": this sentence's subject
        choice = subjects[-1] if subjects else None
    if choice is None:
        for back in range(0, resolver.reach + 1):
            here = [s for s in candidates if s.sentence == sentence - back]
            subjects = [s for s in here if s.subject]
            if back == 0 and not subjects:
                continue
            if subjects:
                choice = subjects[-1]
                break
            if here and back > 0:
                choice = here[-1]
                break
    if choice is None or not choice.actor_id:
        return None  # no one, or someone the text never names ("A woman ... said ... her")
    return resolver.again(choice.actor_id, "pronoun", "pronoun")


INDEFINITE_PERSON = declare(
    "actors.coref.indefinite_person",
    "'A woman who has accused X said that X tried to date her': a subject that is an "
    "indefinite singular noun of a kind of person (WordNet noun.person), naming no actor, "
    "(or only a generic agent) is a new person the pronoun may stand for; chosen, the "
    "pronoun names no actor",
)
_INDEFINITE = frozenset({"a", "an", "another", "one"})


def _person_subjects(resolver: Any, doc: Doc) -> list[Token]:
    """The document's singular common-noun subjects of a kind of person ("a woman"), in
    text order: found once per document (kept on the resolver), not once per pronoun."""
    kept: tuple[Doc, list[Token]] | None = getattr(resolver, "_person_subjects", None)
    if kept is None or kept[0] is not doc:
        people = _people_nouns()
        found = [
            t for t in doc if t.dep_ in _SUBJECTS and t.tag_ == "NN" and t.lemma_.lower() in people
        ]
        kept = (doc, found)
        resolver._person_subjects = kept
    return kept[1]


@dataclass
class _Unnamed:
    """A remembered-subject stand-in for an unnamed person (``INDEFINITE_PERSON``)."""

    actor_id: str
    start: int
    sentence: int
    subject: bool


def unnamed_people(resolver: Any, token: Token, sentence: int, gender: str) -> list[Any]:
    """Subjects before ``token``, within reach, that are an indefinite singular noun of a
    kind of person ("a woman", "an activist") covered by no mention, less the subject of the
    pronoun's own clause and any phrase holding the pronoun ("a woman who met him"); one
    named by its appositive stands for that person ("a former congressman, Mark Siljander")."""
    bound = {t.i for t in coargument_subjects(token)} if token.lower_ not in REFLEXIVE else set()
    out: list[Any] = []
    for other in _person_subjects(resolver, token.doc):
        if other.i >= token.i:
            break
        if other.i in bound:
            continue
        here = resolver.sent_index.get(other.i, 0)
        if sentence - here > resolver.reach:
            continue
        det = [c for c in other.children if c.dep_ == "det"]
        if not det or det[0].lower_ not in _INDEFINITE:
            continue
        if other.left_edge.i <= token.i <= other.right_edge.i:
            continue
        if _noun_gender(other.lower_) not in (None, gender):
            continue  # "A spokeswoman for X did not return a message. He is holding a rally"
        if any(
            m.start <= other.idx < m.end and not is_agent_id(m.actor_id) for m in resolver.mentions
        ):
            continue  # a named actor ("a Trump spokesman" may be read as his); a generic one stays
        appositive = [
            m
            for c in other.children
            if c.dep_ == "appos"
            for m in resolver.mentions
            if m.start <= c.idx < m.end and resolver.is_person(m.actor_id)
        ]
        if appositive:  # "A former congressman, Mark Siljander, ... his work": that person
            if resolver.gender.get(appositive[0].actor_id) in (None, gender):
                out.append(_Unnamed(appositive[0].actor_id, other.idx, here, True))
            continue
        out.append(_Unnamed("", other.idx, here, True))
    return out


def _noun_gender(word: str) -> str | None:
    """The gender an English compound person noun marks ("spokeswoman", "congressman")."""
    if word.endswith("woman"):
        return "f"
    if word.endswith("man") and len(word) > 4:
        return "m"
    return None


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from ..datafiles import word_list

    return frozenset(word_list("lexicon/people_nouns.txt"))


def person_candidates(
    resolver: Any, gender: str, before: int, sentence: int, exclude: frozenset[str] = frozenset()
) -> list[Any]:
    """Persons remembered before character ``before``, within reach of ``sentence``, whose
    gender fits the pronoun's (or is unknown), other than ``exclude``; oldest first."""
    return [
        s
        for s in resolver.memory
        if s.start < before
        and sentence - s.sentence <= resolver.reach
        and s.actor_id not in exclude
        and resolver.is_person(s.actor_id)
        and resolver.gender.get(s.actor_id) in (None, gender)
    ]


@rule("actors.coref.group_pronoun", order=10, doc="'they' as a subject: the last group or body")
def group_pronoun(resolver: Any, token: Token) -> Any:
    if token.lower_ not in GROUP_PRONOUNS or not _subject_like(token):
        return None
    seen = _latest(
        resolver,
        token,
        lambda actor, _: actor.type in _BODY_TYPES or is_agent_id(actor.id),
    )
    return resolver.again(seen.actor_id, "pronoun", "group_pronoun") if seen else None


@rule("actors.coref.it_body", order=20, doc="'it said' for a body: the last body subject")
def it_body(resolver: Any, token: Token) -> Any:
    if token.lower_ not in BODY_PRONOUNS or token.dep_ in ("expl", "nsubjpass"):
        return None
    if not _subject_like(token) or _is_passive_or_raising(token):
        return None
    if resolver.switches.enabled(IT_SEEMS) and _it_seems(token):
        return None  # "It seems likely they will": nobody
    things = resolver.switches.enabled(IT_THING)
    seen = _latest(resolver, token, lambda actor, _: actor.type in ("organization", "country"))
    if (
        seen is not None
        and things
        and not _owns_people(token)
        and _thing_subject_after(resolver, token, seen.start)
    ):
        return None  # "The party met. The report came out later. It blamed ...": the report
    return resolver.again(seen.actor_id, "pronoun", "group_pronoun") if seen else None


IT_THING = declare(
    "actors.coref.it_thing",
    "'The party met on Monday. The report was released later. It blamed the media': 'it' is "
    "not the last body subject when a thing (a singular noun no actor covers, whose WordNet "
    "senses name no person or group) is a subject after that body and before 'it', in its "
    "sentence or the one before",
)


@lru_cache(maxsize=1)
def _animate_nouns() -> frozenset[str]:
    """Nouns that may name a person or a body: WordNet's (``people_nouns.txt``, first
    sense a person; ``group_nouns.txt``, any sense a group), the referring nouns of a person,
    body or country ("group", "party") and the agents lexicon's one-word nouns."""
    from ..datafiles import word_list

    referring = {n for n, r in referring_nouns().items() if r.refers != "document"}
    return (
        _people_nouns()
        | frozenset(word_list("lexicon/group_nouns.txt"))
        | frozenset(referring)
        | frozenset(w for w in agent_words() if " " not in w)
    )


def _owns_people(token: Token) -> bool:
    """ "its members", "its hosts": what 'its' owns is people, which a body has, a thing not."""
    return token.dep_ == "poss" and token.head.lemma_.lower() in _people_nouns()


def _owned_by_actor(resolver: Any, other: Token) -> bool:
    """ "Fox News's reporting": a thing whose possessor is an actor keeps that actor salient."""
    return any(
        c.dep_ == "poss" and any(m.start <= c.idx < m.end for m in resolver.mentions)
        for c in other.children
    )


def _reports_on(token: Token, other: Token) -> bool:
    """The pronoun's verb governs ``other``'s clause ("it said the plan failed"), or is a
    parenthetical on it ("The plan, it said, failed")."""
    verb = token.head
    if verb in other.ancestors:
        return True
    return verb.dep_ == "parataxis" and verb.head.i == other.head.i


def _thing_subject_after(resolver: Any, token: Token, after: int) -> bool:
    """A singular subject noun between character ``after`` and ``token`` that no mention
    covers and that names no person or group (rule ``IT_THING``)."""
    doc = token.doc
    animate = _animate_nouns()
    sentence = resolver.sent_index.get(token.i, 0)
    for other in doc[: token.i]:
        if other.idx <= after or other.dep_ not in _SUBJECTS or other.tag_ not in ("NN", "NNP"):
            continue
        if sentence - resolver.sent_index.get(other.i, 0) > 1:
            continue  # a thing this or the previous sentence is about, no older one
        if other.pos_ not in ("NOUN", "PROPN") or other.ent_type_ in (
            "PERSON",
            "ORG",
            "GPE",
            "NORP",
        ):
            continue
        if other.lemma_.lower() in animate or other.lower_ in animate:
            continue
        if any(m.start <= other.idx < m.end for m in resolver.mentions):
            continue
        if _reports_on(token, other) or _owned_by_actor(resolver, other):
            continue  # "The proposal, it said, was unacceptable": what 'it' said
        return True
    return False


IT_SEEMS = declare(
    "actors.coref.it_seems",
    "'It seems likely they will', 'it appears that': 'it' as the subject of seem/appear with "
    "an adjective or a clause after it is no body",
)
_SEEMING = frozenset({"seem", "appear"})


def _it_seems(token: Token) -> bool:
    """ "It seems (pretty likely / that ...)": the subject of seem/appear with an adjective
    or clause complement (rule ``IT_SEEMS``)."""
    head = token.head
    return head.lemma_ in _SEEMING and any(
        c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in head.children
    )


def _is_passive_or_raising(token: Token) -> bool:
    """ "It was agreed", "it is thought to", "it is said that": nobody in particular."""
    head = token.head
    if any(c.dep_ in ("auxpass", "expl") for c in head.children):
        return True
    return any(c.dep_ in ("ccomp", "xcomp") for c in head.children) and head.lemma_ == "be"


@rule(
    "actors.coref.descriptive",
    order=30,
    doc="'the diplomat said' with no country: the last person of that sector",
)
def descriptive(resolver: Any, token: Token, entry: Any = None) -> Any:
    if entry is None or entry.kind != "person" or entry.sector in (None, "UNK"):
        return None
    det = [c for c in token.children if c.dep_ == "det"]
    if not det or det[0].lower_ not in ("the", "this", "that"):
        return None

    def person(actor: Any) -> bool:
        return bool(actor.type == "person" and not is_agent_id(actor.id))

    # its title first ("the lawyer X" before "Judge Y"), then its sector; never the
    # subject of its own clause ("Governor X met with the president")
    bound = own_subject_actor(resolver, token)
    noun = entry.phrase
    seen = _latest(
        resolver,
        token,
        lambda actor, s: (
            person(actor) and actor.id != bound and _seen_described(resolver, actor, s, noun)
        ),
    ) or _latest(
        resolver,
        token,
        lambda actor, _: person(actor) and actor.id != bound and actor.sector == entry.sector,
    )
    return resolver.again(seen.actor_id, "role", "descriptive") if seen else None


def _seen_described(resolver: Any, actor: Any, seen: Any, noun: str) -> bool:
    mention = next((m for m in resolver.mentions if m.start == seen.start), None)
    if mention is None:
        return False
    return described_as(actor, resolver.doc, mention.start, mention.end, noun)


# ---------------------------------------------------------------- for later stages


def salient_before(
    layer: ActorLayer, doc: Doc, position: int, *, person: bool = True
) -> ActorMention | None:
    """The most recent subject actor (a person, or else a non-person) shortly before."""
    window_start = _window_start(doc, position)
    candidates = [
        m
        for m in layer.mentions_in(window_start, position)
        if m.how != "pronoun" or m.confidence >= 0.5  # a weak pronoun link is no antecedent
    ]
    wanted = [m for m in candidates if _is_person(layer, m) == person]
    subjects = [m for m in wanted if _is_subject(doc, m)]
    for pool in (subjects, wanted):
        if pool:
            return max(pool, key=lambda m: m.start)
    return None


def _is_person(layer: ActorLayer, mention: ActorMention) -> bool:
    actor = layer.actor(mention.actor_id)
    return actor is not None and actor.type == "person"


def _is_subject(doc: Doc, mention: ActorMention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    return span.root.dep_ in ("nsubj", "nsubjpass") or (
        span.root.dep_ == "pobj" and span.root.head.dep_ == "agent"
    )


def _window_start(doc: Doc, position: int) -> int:
    token = doc.char_span(position, position + 1, alignment_mode="expand")
    if token is None or len(token) == 0:
        return max(0, position - 600)
    start = token[0].sent.start
    for _ in range(_LOOKBACK_SENTENCES):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return int(doc[start].idx)


# ---------------------------------------------------------------- descriptive subjects
#
# "The diplomat said", "the company said", "the statement said", "the companies said":
# a definite noun phrase naming no one, whose referent the actors stage left open. The
# quotes stage asks ``described_referent`` for the speaker; the rules below each know
# one kind of referring noun (``data/lexicon/referring_nouns.tsv``) and pick the
# nearest compatible antecedent among the layer's mentions before it. Agreement:
# number (one actor, or a sentence naming several for a plural), person or body,
# the noun as the antecedent's title or description, sector, then salience (a
# subject first) and recency (sentence by sentence, back to ``reach_sentences``).
# Signature of the group ``actors.referring.*``: rule(phrase) -> ActorMention | None.

_COREF = constants("coref")
_REACH = int(_COREF["reach_sentences"])  # sectors and kinds: the last few sentences
_TITLE_REACH = int(_COREF["title_reach_sentences"])  # a title names its holder further on
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True)
class ReferringNoun:
    noun: str
    refers: str  # person, body, country, document; "described": a noun of no listed kind
    sectors: frozenset[str]


@lru_cache(maxsize=1)
def referring_nouns() -> dict[str, ReferringNoun]:
    out: dict[str, ReferringNoun] = {}
    for row in read_table(
        "lexicon/referring_nouns.tsv", required=("noun", "refers"), unique="noun"
    ):
        if row["refers"] not in ("person", "body", "country", "document"):
            raise KnowledgeBaseError(
                "lexicon/referring_nouns.tsv", int(row["_line"]), "refers", "unknown kind"
            )
        sectors = frozenset(s.strip() for s in row["sectors"].split(",") if s.strip())
        out[row["noun"]] = ReferringNoun(row["noun"], row["refers"], sectors)
    return out


@dataclass
class Candidate:
    """An earlier mention the phrase may refer to."""

    mention: ActorMention
    actor: Actor
    distance: int  # sentences back (0: the phrase's own sentence)
    subject: bool
    plural: bool  # "Israeli officials": many, never what "the group" or "the official" means


@dataclass
class Phrase:
    """A definite descriptive subject and what it may refer to."""

    layer: ActorLayer
    doc: Doc
    head: Token
    noun: ReferringNoun
    plural: bool
    candidates: list[Candidate] = field(default_factory=list)

    def nearest(self, accept: Any, reach: int = _REACH) -> ActorMention | None:
        """Sentence by sentence back: the last accepted subject, else the last accepted."""
        for distance in range(reach + 1):
            here = [
                c for c in self.candidates if c.distance == distance and not c.plural and accept(c)
            ]
            if not here:
                continue
            subjects = [c for c in here if c.subject]
            return (subjects or here)[-1].mention
        return None

    def several(self, accept: Any) -> ActorMention | None:
        """A plural: the first of the nearest sentence naming two accepted actors or more."""
        for distance in range(_REACH + 1):
            here = [c for c in self.candidates if c.distance == distance and accept(c)]
            if len({c.actor.id for c in here}) >= 2:
                return here[0].mention
            if len(here) == 1 and here[0].plural:
                return here[0].mention  # "Israeli officials ... the officials said"
        return None


def _noun_of(head: Token) -> ReferringNoun | None:
    nouns = referring_nouns()
    lemma = head.lemma_.lower()
    left = head.doc[head.i - 1] if head.i > 0 else None
    if left is not None and left.dep_ in ("compound", "amod"):
        pair = nouns.get(f"{left.lower_} {lemma}")
        if pair is not None:
            return pair
    known = nouns.get(lemma) or nouns.get(head.lower_)
    if known is None and head.pos_ == "NOUN":
        # a noun of no listed kind ("the billionaire", "the oil major"): only the
        # title rule may follow it, to an actor the text described with that noun
        return ReferringNoun(lemma, "described", frozenset())
    return known


def referring_phrase(layer: ActorLayer, doc: Doc, start: int, end: int) -> Phrase | None:
    """The phrase at [start, end) if it is a definite descriptive subject naming no one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    head = span.root
    if head.pos_ != "NOUN" or head.ent_type_ in ("PERSON", "ORG", "GPE"):
        return None  # "the Central and East European Coalition" is a name, not a description
    det = [c for c in head.children if c.dep_ in ("det", "predet") and c.i < head.i]
    if not det or det[0].lower_ not in _DEFINITE:
        return None  # "a diplomat said": someone, not someone named before
    noun = _noun_of(head)
    if noun is None:
        return None
    plural = head.tag_ in ("NNS", "NNPS") or det[0].lower_ in ("both", "these", "those")
    phrase = Phrase(layer, doc, head, noun, plural)
    phrase.candidates = _candidates(layer, doc, head, start)
    return phrase


def _candidates(layer: ActorLayer, doc: Doc, head: Token, position: int) -> list[Candidate]:
    sent_start = head.sent.start
    first = sent_start
    for _ in range(_TITLE_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    sentences = {}  # sentence start token -> distance
    token = head.sent
    distance = 0
    while True:
        sentences[token.start] = distance
        if token.start == first or token.start == 0:
            break
        token = doc[token.start - 1].sent
        distance += 1
    out = []
    for m in layer.mentions_in(doc[first].idx, position):
        if m.how == "pronoun" and m.confidence < 0.5:
            continue  # a weak pronoun link is no antecedent
        actor = layer.actor(m.actor_id)
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if actor is None or span is None or len(span) == 0:
            continue
        root = span.root
        subject = root.dep_ in _SUBJECT_DEPS or (root.dep_ == "pobj" and root.head.dep_ == "agent")
        distance = sentences.get(root.sent.start, _TITLE_REACH)
        out.append(Candidate(m, actor, distance, subject, plural=root.tag_ == "NNS"))
    return out


def _person_actor(actor: Actor) -> bool:
    return actor.type == "person" and not is_agent_id(actor.id)


def _body_actor(actor: Actor) -> bool:
    return actor.type in ("organization", "group") or is_agent_id(actor.id)


def _described_as(candidate: Candidate, doc: Doc, noun: str) -> bool:
    return described_as(candidate.actor, doc, candidate.mention.start, candidate.mention.end, noun)


def described_as(actor: Actor, doc: Doc, start: int, end: int, noun: str) -> bool:
    """The noun is the antecedent's title or description: the head of its role
    ("senator" of "United States Senator from Florida", never "state" of "Secretary of
    State"), its name, a title in its own phrase ("Senator X", "the lawyer X"), an
    appositive head ("X, a spokeswoman for Y")."""
    role = re.split(r"\b(?:of|from|for|in|to)\b", fold(actor.role or ""), maxsplit=1)[0]
    words = set(role.split()) | set(fold(actor.name).split())
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span) > 0:
        root = span.root
        words |= {fold(t.lemma_) for t in span}
        heads = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
            heads.append(root.head)  # "the billionaire Warren Buffett"
        if span.start > 0 and doc[span.start - 1].pos_ == "NOUN":
            heads.append(doc[span.start - 1])  # "the lawyer Ruth Adler", however parsed
        for head in [root, *heads]:
            words.add(fold(head.lemma_))
            words |= {
                fold(c.lemma_)
                for c in head.children
                if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN")
            }
    return all(w in words for w in noun.split())


def _sector_fits(phrase: Phrase, actor: Actor) -> bool:
    """The antecedent's sector is one the noun allows. A person of no known sector is
    no judge or general (only its title can say so); a body of none may be the company."""
    sectors = phrase.noun.sectors
    if not sectors and phrase.noun.refers == "person":
        entry = agent_words().get(phrase.noun.noun)
        sectors = frozenset({entry.sector}) if entry and entry.sector != "UNK" else frozenset()
    if not sectors:
        return True
    if actor.sector is None:
        return not _person_actor(actor)
    return actor.sector in sectors


@rule(
    "actors.referring.title",
    order=40,
    doc="'the senator said': the nearest person (or body) whose title or description it is",
)
def subject_title(phrase: Phrase) -> ActorMention | None:
    if phrase.plural or phrase.noun.refers not in ("person", "body", "described"):
        return None

    def kind(actor: Actor) -> bool:
        if phrase.noun.refers == "described":
            return _person_actor(actor) or _body_actor(actor)
        return _person_actor(actor) if phrase.noun.refers == "person" else _body_actor(actor)

    return phrase.nearest(
        lambda c: kind(c.actor) and _described_as(c, phrase.doc, phrase.noun.noun),
        reach=_TITLE_REACH,
    )


@rule(
    "actors.referring.person_kind",
    order=45,
    doc="'the diplomat said': the nearest person of a sector the noun allows, subjects first",
)
def subject_person_kind(phrase: Phrase) -> ActorMention | None:
    if phrase.plural or phrase.noun.refers != "person":
        return None
    return phrase.nearest(lambda c: _person_actor(c.actor) and _sector_fits(phrase, c.actor))


@rule(
    "actors.referring.body_kind",
    order=50,
    doc="'the company said', 'the government said': the nearest body (country) of that kind",
)
def subject_body_kind(phrase: Phrase) -> ActorMention | None:
    if phrase.plural or phrase.noun.refers not in ("body", "country"):
        return None
    if phrase.noun.refers == "country":
        return phrase.nearest(lambda c: c.actor.type == "country")
    return phrase.nearest(lambda c: _body_actor(c.actor) and _sector_fits(phrase, c.actor))


@rule(
    "actors.referring.issuer",
    order=55,
    doc="'the statement said': whoever issued it ('X issued a statement'), else the nearest body",
)
def subject_issuer(phrase: Phrase) -> ActorMention | None:
    if phrase.plural or phrase.noun.refers != "document":
        return None
    issued = _issuing_verb(phrase)
    if issued is not None:
        # "The ministry issued a statement. The statement said ...": its subject, and
        # no one else when that subject is no actor ("a group of parents sent a letter")
        subject = next((c for c in issued.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        return next(
            (
                c.mention
                for c in reversed(phrase.candidates)
                if subject.left_edge.idx <= c.mention.start < subject.right_edge.idx + 1
            ),
            None,
        )
    return phrase.nearest(lambda c: _body_actor(c.actor) and c.subject)


def _issuing_verb(phrase: Phrase) -> Token | None:
    """The nearest verb before the phrase, within reach, whose object is a document noun."""
    documents = {n for n, r in referring_nouns().items() if r.refers == "document"}
    doc, head = phrase.doc, phrase.head
    first = head.sent.start
    for _ in range(_REACH):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : head.sent.start]):
        if token.dep_ == "dobj" and token.lemma_.lower() in documents and token.head.pos_ == "VERB":
            return token.head
    return None


@rule(
    "actors.referring.plural",
    order=60,
    doc="'the companies said', 'the two leaders said': the actors just named together (the first)",
)
def subject_plural(phrase: Phrase) -> ActorMention | None:
    if not phrase.plural or phrase.noun.refers in ("document", "described"):
        return None
    refers = phrase.noun.refers
    if refers == "person":
        return phrase.several(lambda c: _person_actor(c.actor))
    if refers == "country":
        return phrase.several(lambda c: c.actor.type == "country")
    return phrase.several(lambda c: _body_actor(c.actor) and _sector_fits(phrase, c.actor))


SUBJECT_RULES = "actors.referring."


def described_referent(
    layer: ActorLayer, doc: Doc, start: int, end: int, rules: list[Any]
) -> ActorMention | None:
    """Who a definite descriptive subject at [start, end) means (``rules``: the active
    ``actors.referring.*`` rules, in order), or None."""
    if not rules:
        return None
    phrase = referring_phrase(layer, doc, start, end)
    if phrase is None:
        return None
    for item in rules:
        found = item.func(phrase)
        if found is not None:
            return found
    return None
