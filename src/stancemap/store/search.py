"""Full-text search: FTS5 on SQLite, ``to_tsvector`` + GIN on PostgreSQL.

The user's text becomes words (letters and digits) joined by AND; on SQLite
each word is quoted, so FTS5 query syntax in the input is only ever words.
The words travel as a bound parameter on both databases.
"""

from __future__ import annotations

import re

from sqlalchemy import ColumnElement, func, literal_column, select, text

from . import models as m
from .core import Store
from .rows import SearchHit

_WORD = re.compile(r"\w+", re.UNICODE)
D, Q, DA = m.documents.c, m.quotes.c, m.document_actors.c


def words(query: str) -> list[str]:
    return _WORD.findall(query)


def _fts5_query(query: str) -> str:
    return " ".join(f'"{w}"' for w in words(query))


def _pg_vector(column: ColumnElement) -> ColumnElement:
    # the same expression as the GIN index (migration 0002), so the index is used
    return func.to_tsvector(literal_column("'english'"), column)


def _pg_query(query: str) -> ColumnElement:
    return func.plainto_tsquery(literal_column("'english'"), " ".join(words(query)))


def quote_matches(store: Store, query: str) -> ColumnElement[bool]:
    """A condition on ``quotes`` rows: the content matches every word of ``query``."""
    if not words(query):
        return literal_column("1") == 0  # type: ignore[return-value]
    if store.dialect == "sqlite":
        matching = text("SELECT rowid FROM quote_fts WHERE quote_fts MATCH :fts_words").bindparams(
            fts_words=_fts5_query(query)
        )
        return literal_column("quotes.rowid").in_(matching.columns(literal_column("rowid")))  # type: ignore[no-any-return]
    return _pg_vector(Q.content_text).op("@@")(_pg_query(query))  # type: ignore[no-any-return]


def search(store: Store, query: str, *, limit: int = 20) -> list[SearchHit]:
    """Quotes and documents whose words match ``query`` (quotes first, best match first)."""
    if not words(query):
        return []
    hits: list[SearchHit] = []
    with store.read() as connection:
        if store.dialect == "sqlite":
            quote_sql = text(
                "SELECT q.doc_id, q.quote_id, d.date, d.title, q.speaker, "
                "snippet(quote_fts, 0, '[', ']', '…', 16) FROM quote_fts "
                "JOIN quotes q ON q.rowid = quote_fts.rowid JOIN documents d ON d.id = q.doc_id "
                "WHERE quote_fts MATCH :q ORDER BY rank LIMIT :n"
            )
            doc_sql = text(
                "SELECT d.id, d.date, d.title, snippet(document_fts, 0, '[', ']', '…', 16) "
                "FROM document_fts JOIN documents d ON d.rowid = document_fts.rowid "
                "WHERE document_fts MATCH :q ORDER BY rank LIMIT :n"
            )
            params = {"q": _fts5_query(query), "n": limit}
            quote_rows = list(connection.execute(quote_sql, params))
            doc_rows = list(connection.execute(doc_sql, params))
        else:
            tsq = _pg_query(query)
            opts = "StartSel=[, StopSel=], MaxWords=24, MinWords=8"
            qv = _pg_vector(Q.content_text)
            quote_rows = list(
                connection.execute(
                    select(Q.doc_id, Q.quote_id, D.date, D.title, Q.speaker,
                           func.ts_headline(literal_column("'english'"), Q.content_text, tsq, opts))
                    .join(m.documents, D.id == Q.doc_id)
                    .where(qv.op("@@")(tsq))
                    .order_by(func.ts_rank(qv, tsq).desc(), Q.doc_id, Q.quote_id)
                    .limit(limit)
                )
            )  # fmt: skip
            dv = _pg_vector(func.coalesce(D.text, ""))
            doc_rows = list(
                connection.execute(
                    select(D.id, D.date, D.title,
                           func.ts_headline(literal_column("'english'"), D.text, tsq, opts))
                    .where(dv.op("@@")(tsq))
                    .order_by(func.ts_rank(dv, tsq).desc(), D.id)
                    .limit(limit)
                )
            )  # fmt: skip
        speakers = {r[4] for r in quote_rows if r[4]}
        names = dict(
            connection.execute(
                select(DA.actor_id, func.max(DA.name))
                .where(DA.actor_id.in_(speakers))
                .group_by(DA.actor_id)
            ).all()
        ) if speakers else {}  # fmt: skip
    for r in quote_rows:
        hits.append(
            SearchHit(
                kind="quote",
                doc_id=r[0],
                quote_id=r[1],
                date=r[2],
                title=r[3],
                speaker_name=names.get(r[4]) if r[4] else None,
                snippet=" ".join(str(r[5]).split()),
            )
        )
    for r in doc_rows:
        hits.append(
            SearchHit(
                kind="document",
                doc_id=r[0],
                quote_id=None,
                date=r[1],
                title=r[2],
                speaker_name=None,
                snippet=" ".join(str(r[3]).split()),
            )
        )
    return hits


__all__ = ["quote_matches", "search", "words"]
