"""A pair's relation in each stored document, with its confidence and each piece of
evidence behind it, read from the store's own columns (``relations.confidence``
and ``relation_evidence``, v4): what the analysis of each article said about the
two, as against the pair page's windows, which are scored again over the corpus.

A piece carried from other actors' relation (``EvidenceRef.via``, e.g. a country
following its leaders) names them, so a reader sees why a country pair holds a
score its own words do not show.
"""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import and_, func, select

from ..store import models as m
from ..store.core import Store
from ..store.queries import actor_names

R, RE, D = m.relations.c, m.relation_evidence.c, m.documents.c

_LEADERS = "leaders:"


class RelationPiece(BaseModel):
    ref: str  # the statement, quote or event id in its document
    kind: str
    weight: float  # its weight in the score (confidence x mode)
    via: str | None = None  # "leaders:<a>~<b>": carried from those leaders' relation
    via_label: str | None = None  # the same, with the actors' names
    text: str | None = None


class DocumentRelation(BaseModel):
    doc_id: str
    date: str | None
    title: str | None
    score: float
    confidence: float | None  # None: the analysis computed none (stored before v4 fields)
    pieces: list[RelationPiece]


class PairDocuments(BaseModel):
    total: int  # documents with a relation of the pair (the list holds the latest ones)
    documents: list[DocumentRelation]


def via_actors(via: str) -> list[str]:
    """The actor ids a ``via`` names (``leaders:person:a~person:b`` -> both ids)."""
    if not via.startswith(_LEADERS):
        return []
    return [part for part in via[len(_LEADERS) :].split("~") if part]


def via_label(via: str, names: dict[str, str]) -> str:
    ids = via_actors(via)
    if not ids:
        return via
    return "via leaders " + " ~ ".join(names.get(i, i) for i in ids)


class CarriedChain(BaseModel):
    """Other actors' relation a pair's evidence is carried from (its leaders')."""

    via: str  # "leaders:<a>~<b>"
    label: str  # "via leaders A ~ B"
    actors: list[str]  # the two ids, for a link to their own pair page
    documents: int  # documents (of those listed) whose relation carries it
    pieces: int


def carried_chains(found: PairDocuments) -> list[CarriedChain]:
    """The ``via`` chains the listed documents' relations rest on, most documents first."""
    docs: dict[str, set[str]] = {}
    pieces: dict[str, int] = {}
    labels: dict[str, str] = {}
    for document in found.documents:
        for piece in document.pieces:
            if piece.via:
                docs.setdefault(piece.via, set()).add(document.doc_id)
                pieces[piece.via] = pieces.get(piece.via, 0) + 1
                labels[piece.via] = piece.via_label or piece.via
    chains = [
        CarriedChain(
            via=via, label=labels[via], actors=via_actors(via), documents=len(ids),
            pieces=pieces[via],
        )
        for via, ids in docs.items()
    ]  # fmt: skip
    return sorted(chains, key=lambda c: (-c.documents, c.via))


def via_labels(store: Store, vias: set[str]) -> dict[str, str]:
    """Each ``via`` with the actors' names ("via leaders A ~ B")."""
    names = actor_names(store, {i for via in vias for i in via_actors(via)})
    return {via: via_label(via, names) for via in vias}


def pair_document_relations(store: Store, a_id: str, b_id: str, limit: int = 30) -> PairDocuments:
    """The pair's stored per-document relations, latest first, with their evidence."""
    lo, hi = min(a_id, b_id), max(a_id, b_id)
    pair = and_(R.a == lo, R.b == hi)
    with store.read() as connection:
        total = connection.execute(select(func.count()).where(pair)).scalar_one()
        rows = list(
            connection.execute(
                select(R.doc_id, D.date, D.title, R.score, R.confidence)
                .join(m.documents, D.id == R.doc_id)
                .where(pair)
                .order_by(D.date.desc(), R.doc_id)
                .limit(limit)
            )
        )
        doc_ids = [r[0] for r in rows]
        pieces: dict[str, list[RelationPiece]] = {d: [] for d in doc_ids}
        if doc_ids:
            query = (
                select(RE.doc_id, RE.ref, RE.kind, RE.weight, RE.via, RE.text)
                .where(RE.a == lo, RE.b == hi, RE.doc_id.in_(doc_ids))
                .order_by(RE.doc_id, RE.ord)
            )
            for doc_id, ref, kind, weight, via, text in connection.execute(query):
                pieces[doc_id].append(
                    RelationPiece(ref=ref, kind=kind, weight=weight, via=via, text=text)
                )
    labels = via_labels(store, {p.via for ps in pieces.values() for p in ps if p.via})
    for found in pieces.values():
        for piece in found:
            if piece.via:
                piece.via_label = labels[piece.via]
    return PairDocuments(
        total=total,
        documents=[
            DocumentRelation(
                doc_id=r[0], date=r[1], title=r[2], score=r[3], confidence=r[4],
                pieces=pieces[r[0]],
            )
            for r in rows
        ],
    )  # fmt: skip
