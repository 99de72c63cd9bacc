"""The store's tables (SQLAlchemy 2 Core metadata).

One row per record of the contract, keyed by the document it came from, so
re-ingesting a document deletes and rewrites exactly its rows. The columns
are what queries filter and sort on; ``record`` keeps the whole record as
JSON so an export gives back the contract object, fields added later
included. Dates are ``YYYY-MM-DD`` strings on every database: they compare
and group (``substr(date, 1, 7)`` is the month) the same everywhere.

The migrations in ``migrations/versions`` create these tables; the metadata
here is what the code reads and writes, and a test checks the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("id", String(200), primary_key=True),
    Column("sha256", String(64), nullable=False, index=True),
    Column("source", Text),
    Column("title", Text),
    Column("date", String(10), index=True),
    Column("language", String(16)),
    Column("author", Text),
    Column("duplicate_of", String(200), index=True),
    Column("text", Text),  # NULL for a near-duplicate: its text is not stored twice
    Column("excluded", Text),  # JSON list of boilerplate stretches
    Column("schema", String(40)),
    Column("ingested_at", String(32)),
    Column("minhash", Text),  # v2: MinHash signature, so later runs still group near-duplicates
)

document_actors = Table(
    "document_actors",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("actor_id", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(20)),
    Column("country", String(8)),
    Column("sector", Text),
    Column("role", Text),
    Column("wiki", Text),
    Column("confidence", Float),
    Column("record", Text, nullable=False),  # the Actor without its mentions
    Index("ix_document_actors_actor", "actor_id"),
    Index("ix_document_actors_actor_doc", "actor_id", "doc_id"),  # v3
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("ord", Integer, primary_key=True),
    Column("actor_id", String(200), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_mentions_actor", "actor_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("quote_id", String(40), primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("speaker", String(200)),
    Column("channel", String(200)),
    Column("within", String(40)),
    Column("embedded", Boolean, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content_text", Text, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),
    Column("reports", String(10)),  # "speech" or "attitude" (Quote.reports), v5
    Index("ix_quotes_speaker", "speaker"),
)

events = Table(
    "events",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("event_id", String(40), primary_key=True),
    Column("type", String(40), nullable=False),
    Column("mode", String(40)),
    Column("cameo", String(10)),
    Column("date", String(10)),
    Column("confidence", Float, nullable=False),
    Column("reported_by", String(40)),
    Column("trigger_text", Text, nullable=False),
    Column("evidence_text", Text),
    Column("record", Text, nullable=False),
    Index("ix_events_type", "type"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("event_id", String(40), primary_key=True),
    Column("role", String(8), primary_key=True),  # "source" or "target"
    Column("actor_id", String(200), primary_key=True),
    Index("ix_event_actors_actor", "actor_id", "role"),
    Index("ix_event_actors_actor_doc", "actor_id", "doc_id"),  # v3
)

statements = Table(
    "statements",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("statement_id", String(40), primary_key=True),
    Column("actor_id", String(200), nullable=False),
    Column("issue_id", Text, nullable=False),
    Column("issue_label", Text, nullable=False),
    Column("polarity", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("text", Text),
    Column("record", Text, nullable=False),
    Index("ix_statements_actor", "actor_id"),
    Index("ix_statements_issue", "issue_id"),
    Index("ix_statements_actor_doc", "actor_id", "doc_id"),  # v3
)

relations = Table(
    "relations",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("a", String(200), primary_key=True),
    Column("b", String(200), primary_key=True),
    Column("score", Float, nullable=False),
    Column("cooperation", Integer, nullable=False),
    Column("conflict", Integer, nullable=False),
    Column("record", Text, nullable=False),
    Column("confidence", Float),  # v4: Relation.confidence (None: not computed)
    Index("ix_relations_a", "a"),
    Index("ix_relations_b", "b"),
)

# v4: each piece of a relation's evidence (Relation.evidence_spans), in order
relation_evidence = Table(
    "relation_evidence",
    metadata,
    Column("doc_id", String(200), primary_key=True),
    Column("a", String(200), primary_key=True),
    Column("b", String(200), primary_key=True),
    Column("ord", Integer, primary_key=True),
    Column("ref", String(80), nullable=False),  # the statement, quote or event id
    Column("kind", String(10), nullable=False),
    Column("weight", Float, nullable=False),  # its weight in the score (confidence x mode)
    Column("via", Text),  # "leaders:<a>~<b>": carried from those leaders' relation
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Index("ix_relation_evidence_pair", "a", "b"),
)

# v3: ``generation`` goes up with every document written (``cache.mark_changed``)
store_state = Table(
    "store_state",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

# v3: answers computed over many documents (``cache.cached``), valid for one generation
query_cache = Table(
    "query_cache",
    metadata,
    Column("kind", String(40), primary_key=True),
    Column("key", String(64), primary_key=True),
    Column("generation", BigInteger, nullable=False),
    Column("payload", Text, nullable=False),
)

# Every table holding rows derived from one document, children first.
DERIVED = (
    relation_evidence,
    relations,
    statements,
    event_actors,
    events,
    quotes,
    mentions,
    document_actors,
)
