"""The typed records store queries return (CLI tables, ``--json``, the web front)."""

from __future__ import annotations

from pydantic import BaseModel


class Row(BaseModel):
    """Base of every query result: ``model_dump(mode="json")`` is its ``--json`` form."""


class ActorRef(Row):
    id: str
    name: str


class ActorSummary(Row):
    id: str
    name: str
    type: str | None = None
    country: str | None = None
    documents: int = 0
    mentions: int = 0
    quotes: int = 0
    statements: int = 0


class RoleSpan(Row):
    role: str
    first: str | None
    last: str | None
    documents: int


class IssueStance(Row):
    issue: str
    label: str
    support: int
    oppose: int
    neutral: int

    @property
    def net(self) -> int:
        return self.support - self.oppose


class QuoteRow(Row):
    doc_id: str
    date: str | None
    title: str | None = None
    quote_id: str
    kind: str
    speaker: str | None
    speaker_name: str | None
    content: str
    confidence: float
    reports: str | None = None  # "speech" or "attitude" (Quote.reports)


class EventCount(Row):
    type: str
    count: int


class Partner(Row):
    id: str
    name: str
    score: float  # mean of the per-document relation scores
    documents: int


class ActorProfile(Row):
    actor: ActorSummary
    wiki: str | None = None
    roles: list[RoleSpan]
    stances: list[IssueStance]
    top_quotes: list[QuoteRow]
    events_given: list[EventCount]
    events_received: list[EventCount]
    allies: list[Partner]
    opponents: list[Partner]


class EventRow(Row):
    doc_id: str
    date: str | None
    event_id: str
    type: str
    mode: str | None
    source: list[ActorRef]
    target: list[ActorRef]
    trigger: str
    evidence: str | None
    confidence: float


class StanceRow(Row):
    actor: str
    name: str
    issue: str
    label: str
    support: int
    oppose: int
    neutral: int
    last: str | None
    example: str | None


class Evidence(Row):
    ref: str  # "doc#s1" or "doc#e2"
    doc_id: str
    date: str | None
    kind: str  # "statement" or "event"
    text: str | None
    # "leaders:<a>~<b>": read from those actors' relation, not A's and B's own words
    # (two states following their leaders, ``alignment.sides``); None: the pair's own
    via: str | None = None


class RelationPoint(Row):
    start: str | None
    end: str | None
    score: float
    agree: list[str]  # issue labels
    disagree: list[str]
    cooperation: int
    conflict: int
    evidence: list[Evidence]


class RelationReport(Row):
    a: ActorRef
    b: ActorRef
    by: str
    points: list[RelationPoint]


class ShiftRow(Row):
    a: ActorRef
    b: ActorRef
    start: str
    end: str
    before: float
    after: float
    p_value: float
    direction: str
    issues: list[str]
    evidence: list[Evidence]
    # added in session 5 (issue 14): "window" or "change-point" (a turn dated to the day
    # of its first evidence, start == end); the last evidence before it; what it left
    method: str = "window"
    last_before: str | None = None
    evidence_before: list[Evidence] = []
    # added in session 7 (issue 14): the documents behind the observations before and
    # after (how long the old course held, how long the new one lasts), and whether
    # the sign flipped (aligned to opposed or back), as ``stancemap shifts --json``
    articles_before: int = 0
    articles_after: int = 0
    sign_change: bool = False


class SearchHit(Row):
    kind: str  # "document" or "quote"
    doc_id: str
    quote_id: str | None
    date: str | None
    title: str | None
    speaker_name: str | None
    snippet: str
