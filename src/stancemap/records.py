"""The output contract (`stancemap/analysis@1`) as types, plus the few
internal records that stages hand to one another.

Every stage reads records from the stages before it and returns new ones; it
never edits another stage's records. The public shape is defined by
``../shared/contract/analysis-v1.md``: fields may be added, never renamed or
dropped. ``stancemap schema`` prints the JSON Schema generated from ``Analysis``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_ID = "stancemap/analysis@1"

# The id of a generic agent, an actor read from a common noun ("the army", "Russian
# officials"): "agent:<country>:<sector>[...]" (``actors.linker.agent_id``), no named actor.
AGENT_PREFIX = "agent:"


def is_agent_id(actor_id: str) -> bool:
    """``actor_id`` is a generic agent's, not a named actor's."""
    return actor_id.startswith(AGENT_PREFIX)


# The id of an actor that is not in the KB, read from the text itself:
# "new:<type>:<hash of the folded name>" (``actors.linker.new_id``).
NEW_PREFIX = "new:"


def is_new_id(actor_id: str, kind: str | None = None) -> bool:
    """``actor_id`` is a new actor's (not in the KB); of type ``kind`` when it is given."""
    return actor_id.startswith(NEW_PREFIX if kind is None else f"{NEW_PREFIX}{kind}:")


ActorType = Literal["person", "organization", "country", "group", "location", "other"]
QuoteKind = Literal["direct", "indirect", "mixed"]
# what a quote reports: words said or written ("X said Y", "the report shows Y", a
# quotation), or an attitude or act towards its content ("X thanked Y for Z", "X
# believes Y", "X wants Y", "X criticized Y"); read from the cue's class (quotes.cue.report_kind)
QuoteReports = Literal["speech", "attitude"]


class Record(BaseModel):
    """Base for every record: unknown fields are refused, so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A stretch of the document's ``text``: ``text[start:end] == span.text``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Excluded(Record):
    """A stretch of ``text`` judged boilerplate: nothing is extracted from it."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    reason: str | None = None


class DatelineInfo(Record):
    """A story's dateline ("ASTANA, Sept 22 (Reuters) -"): where, when, which agency.

    ``start``/``end`` index ``text``; the stretch is also in ``excluded``.
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    place: str | None = None
    region: str | None = None
    agency: str | None = None
    date: str | None = None  # full date written in the dateline, when it has a year


class DatePeriod(Record):
    """The period a document is known to fall in when its own day is not (session 62 DT):
    an undated corpus whose documentation gives its years ("the BBC News articles of
    2004-2005"). Both ends are inclusive ISO dates."""

    start: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    end: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class DocumentInfo(Record):
    id: str
    sha256: str
    source: str | None = None
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    language: str | None = None
    excluded: list[Excluded] = Field(default_factory=list)
    duplicate_of: str | None = None
    author: str | None = None  # byline from HTML/feed/record metadata (ingest)
    # where ``date`` came from: "user" (--date), "metadata" (HTML/feed/record),
    # "dateline", "page" (a credit/byline line), "dateline+banner-year",
    # "default" (--default-date); null when there is no date
    date_source: str | None = None
    dateline: DatelineInfo | None = None
    # session 62 DT: the period the document falls in, given by its reader or caller where
    # its day is unknown (``date`` stays null); read only by ``actors.link.document_period``
    period: DatePeriod | None = None


class Affiliation(Record):
    """A tie the text names between a person and another actor (session 24): the person
    is ``actor``'s staff ("X's campaign manager", "an adviser to X") or an official of
    the organisation ``actor`` ("chairman of the RNC"); ``span`` holds the title's words.
    Session 63: ``member`` - the person's title words name a party ("Labour MP X"; rule
    ``actors.affiliation.party_member``)."""

    actor: str
    kind: Literal["staff", "official", "member"]
    span: Span


class Actor(Record):
    id: str
    name: str
    type: ActorType
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: list[Span] = Field(default_factory=list)
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    wiki: str | None = None
    # PLOVER/CAMEO code of an intergovernmental or transnational actor (IGO, UNO, EUR, ...),
    # beside the ISO3 ``country``, so that either convention can be scored
    cameo: str | None = None
    # what the KB says on the document date where the text says otherwise (the text wins)
    kb_conflict: str | None = None
    # set only where neither the KB nor the text gave ``country``: the weak source it came
    # from ("wikipedia-nationality": the nationality of the person's Wikipedia article)
    country_source: str | None = None
    # session 24: the actors the text names this person staff or an official of (one side)
    affiliations: list[Affiliation] = Field(default_factory=list)
    # session 25: a generic agent none of whose mentions names anyone in particular ("even
    # with a court order", "any party": no name, antecedent, determiner or count; see
    # actors/generic_agents.py); set only then. No relation party under
    # alignment.relations.generic_no_party
    generic: bool | None = None
    # session 26: the persons the text names as this body's owner ("his party", "Trump's
    # campaign", "his website, Infowars.com": a possessor or a compounded name; see
    # actors/owned_bodies.py); one side with them under alignment.sides.owned_body
    owned_by: list[str] = Field(default_factory=list)
    # session 26: this actor's mentions that only modify a noun of a document, agreement,
    # order or emblem ("the Iran nuclear deal", "a court order"; actors/document_modifiers.py):
    # no relation party there under alignment.relations.document_modifier_no_party
    modifier_mentions: list[Span] = Field(default_factory=list)
    # session 29: this actor's mentions that only modify (compound or noun modifier) a
    # common noun naming no person or group ("the Iraq war", "the Cadillac tax", "a court
    # ruling"; actors/document_modifiers.py): no relation party there under
    # alignment.relations.thing_modifier_no_party
    thing_modifier_mentions: list[Span] = Field(default_factory=list)


class Quote(Record):
    id: str
    kind: QuoteKind
    content: Span
    cue: Span | None = None
    source: Span | None = None
    speaker: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    channel: str | None = None  # actor id of an intermediary ("according to Russian agencies")
    channel_span: Span | None = None
    # id of the quote whose content holds this one's cue ("X said voters think Y")
    within: str | None = None
    # actor id of whom a spokesperson speaks for ("a spokesman for X, Y, said": X)
    speaks_for: str | None = None
    # "speech" or "attitude" (QuoteReports); None when quotes.cue.report_kind is off
    reports: QuoteReports | None = None
    # session 29: the mode of what the quote says, read from the clause heading its content
    # (nlp/clause_mode.py, the clause tests the events read their modes with): "asserted",
    # "negated", "hypothetical", "conditional", "question" or "future"; None when its
    # content holds no word
    mode: str | None = None


class MentionParties(Record):
    """One mention of a merged event as its own sentence tells it (session 36): its
    trigger and evidence, the event's parties that sentence names (its own reading's
    roles, and the merged event's parties an actor mention inside it names), and its own
    confidence (its learned reality where recorded, else the coder's)."""

    trigger: Span
    evidence: Span
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)


class Event(Record):
    id: str
    type: str
    mode: str | None = None
    cameo: str | None = None
    trigger: Span
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    context: list[str] = Field(default_factory=list)
    location: Span | None = None
    reported_by: str | None = None  # quote id when the event is a speaker's claim
    evidence: Span | None = None  # the sentence or clause that carries the event
    mentions: list[Span] = Field(default_factory=list)  # later mentions merged into this one
    # kept for the output contract (fields are never dropped): the retired event-ness model's
    # probability (session 16-17); since session 27 nothing sets it, so it is always null
    eventness: float | None = Field(default=None, ge=0.0, le=1.0)
    # the learned probability that the event is real (events.reality.confidence on): it is
    # then the event's confidence, calibrated as fitted; the coder's own confidence is kept
    reality: float | None = Field(default=None, ge=0.0, le=1.0)
    coded_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    # session 36, additive (not in ../shared/contract): for a merged event (``mentions``
    # not empty) each of its mentions, the first included, with the parties its own
    # sentence names; empty for an event told once
    mention_parties: list[MentionParties] = Field(
        default_factory=list,
        description="each mention of a merged event (the first included): its trigger, "
        "evidence, the source and target actor ids its own sentence names, its confidence",
    )
    # session 67 lead, additive: what the parse said of the event's parties that relations
    # need again when stored documents are re-resolved without a parse (store/reresolve.py):
    # its sources acted together ("X and Y attacked the plan": no rivals; set where
    # stances.relations.co_sources_together or joint_subject_act reads it), and a request
    # addressed to two or more joined parties (stances.relations.joint_appeal_addressees)
    sources_together: bool | None = None
    joint_appeal: bool | None = None
    # session 70 RE, additive: "attempt" where the event is unreal because a word of attempt
    # governs it ("tried to meet X", "a bid to oust Y": events.mode.attempted_act), marked by
    # ``pipeline.marked_parties`` from the parse (events/prospects.attempted_events); the
    # attempt itself happened, so alignment.relations.attempt_shows_intent reads it as real
    # evidence of its source's intent. None for every other event
    prospect: str | None = None


class Issue(Record):
    id: str
    label: str


TargetKind = Literal["actor", "proposition", "issue"]


class Statement(Record):
    id: str
    actor: str
    issue: Issue
    polarity: Literal[1, -1, 0]
    evidence: list[str]
    confidence: float = Field(ge=0.0, le=1.0)
    text: Span | None = None  # the words the stance was read from
    # what the statement is about: an actor id, a proposition ("claim-army": the army
    # failed / fulfilled its duty) or an issue id; ``polarity`` is towards it
    target: str | None = None
    target_kind: TargetKind | None = None
    spans: list[Span] = Field(default_factory=list)  # every passage it was read from
    # session 28: the mode of the clause it was read from (stances/modes.py): "asserted",
    # "negated", "hypothetical", "conditional", "question" or "future" ("Bernie would
    # probably encourage people to back Clinton": hypothetical; "if he wins, we will oppose
    # him": conditional), the most real of its passages'; an event's mode where it rests
    # on an event; "standing" (session 69 MP, stances/standing_mode.py) where it was read
    # from a noun of standing ("Y, a Trump ally"): asserted in its document, no dated
    # evidence in the corpus series; None where no clause was read
    mode: str | None = None


class EvidenceRef(Record):
    """One piece of evidence behind a relation: a statement, quote or event, and its words."""

    id: str
    kind: Literal["statement", "quote", "event"]
    span: Span | None = None
    weight: float = 0.0  # how much it weighs in the score (confidence x mode)
    # "leaders:<a>~<b>": carried from those leaders' relation (a country follows its leaders)
    via: str | None = None


class CarriedPart(Record):
    """What a relation holds only through the two sides' leaders (evidence ``via``
    "leaders:<a>~<b>": two countries whose presidents take sides), in the terms of the
    relation's own fields, which count the pair's own statements and events alone.
    Computed in one place, ``alignment.carried.carried_part``."""

    agree: list[str] = Field(default_factory=list)  # issue ids, not among the relation's own
    disagree: list[str] = Field(default_factory=list)
    cooperation: int = 0  # the leaders' events between them, by the intensity table
    conflict: int = 0
    via: list[str] = Field(default_factory=list)  # the leaders' pairs it is carried from


class Relation(Record):
    a: str
    b: str
    agree: list[str] = Field(default_factory=list)
    disagree: list[str] = Field(default_factory=list)
    cooperation: int = 0
    conflict: int = 0
    score: float = Field(ge=-1.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    evidence_spans: list[EvidenceRef] = Field(default_factory=list)  # each piece, with its words
    # how likely an analyst would sign it (it should exist and its sign is right), learned from
    # hand-judged relations (alignment/confidence.py); without the pipeline's rule switches
    # (hand-built records) the noisy-or of its evidence (alignment/relations.py); None: not computed
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    # session 10: what the relation holds only through the sides' leaders; None: nothing
    carried: CarriedPart | None = None


class Analysis(Record):
    """One analysed document: the object ``stancemap analyze --json`` prints."""

    schema_: str = Field(default=SCHEMA_ID, alias="schema")
    document: DocumentInfo
    text: str
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)  # outermost attributions
    # attributions inside another's content, each naming it in ``within``
    embedded_quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict:
        return self.model_dump(by_alias=True, mode="json")


# ---------------------------------------------------------------- internal records


class ActorMention(Record):
    """One place in the text that refers to an actor (a name, a title, a pronoun).

    Produced by the actors stage; the quotes, events and stances stages look up
    who a span refers to through these, never by re-linking names themselves.
    """

    start: int
    end: int
    text: str
    actor_id: str
    how: Literal["name", "alias", "fuzzy", "role", "agent", "pronoun", "short", "new"] = "name"
    confidence: float = 1.0


def json_schema() -> dict:
    """The JSON Schema of one analysis object (``stancemap schema``)."""
    schema = Analysis.model_json_schema(by_alias=True)
    schema["$id"] = SCHEMA_ID
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
