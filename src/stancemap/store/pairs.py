"""The corpus a pair's relation is scored on, read with the filtering done in SQL.

``relation A B`` scores A and B over the documents that name either of them.
Reading those documents whole (every statement and event record, as JSON)
cost seconds on a store of thousands of documents, though little of it can
move the pair's score. ``pair_corpus`` asks the database for exactly what the
alignment code reads, and builds the same ``Corpus``:

- the documents naming A or B, and the date of each;
- every actor of those documents, from the indexed columns (leaders, sides
  and the joining of one person's ids come from them, as in ``build_corpus``);
- every statement of those documents from its columns - all of them count
  when issues are merged across the corpus - and the whole record only for
  the statements of A, B, and the countries and leaders that stand for them
  (under any id ``build_corpus`` joins to theirs): two states' relation
  follows their leaders' statements as well as their events (``alignment.sides``);
- only the events that involve A, B, or the countries and leaders that stand
  for them (under any of their ids), found through ``event_actors``.

The result equals ``pair_corpus_from_records`` (the whole documents read,
then cut), and scores every pair as the pair's documents read whole and uncut
do; tests check both on both databases.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, case, select

from ..alignment.bodies import voices_of_states
from ..alignment.corpus import Corpus, build_corpus
from ..alignment.names import name_key
from ..alignment.scoring import leaders_of
from ..stances.registry import IssueRegistry
from . import models as m
from .core import Store
from .reader import corpus_rows, natural_order

D, DA, E, EA, S = (
    m.documents.c,
    m.document_actors.c,
    m.events.c,
    m.event_actors.c,
    m.statements.c,
)


def _pair_doc_ids(a_id: str, b_id: str) -> Select:
    return select(DA.doc_id).where(DA.actor_id.in_((a_id, b_id))).distinct()


def pair_documents(store: Store, a_id: str, b_id: str) -> list[str]:
    """Ids of the documents that name actor ``a_id`` or ``b_id``, in order."""
    with store.read() as connection:
        return sorted(connection.execute(_pair_doc_ids(a_id, b_id)).scalars())


def related_actors(leaders: dict[str, list[str]], a_id: str, b_id: str) -> set[str]:
    """A, B, and the countries and leaders that stand for them (``scoring`` counts those)."""
    related = {a_id, b_id}
    for country, people in leaders.items():
        if related & {country, *people}:
            related |= {country, *people}
    return related


def only_pair(corpus: Corpus, a_id: str, b_id: str) -> Corpus:
    """The corpus cut to what can move A and B's score: the statements and the events
    of them, their countries or their leaders (a state pair follows its leaders')."""
    related = related_actors(corpus.leaders, a_id, b_id)
    if corpus.sides is not None:  # a ministry's or spokesperson's relation is its state's
        related |= voices_of_states(corpus.sides, related)
    corpus.statements = [s for s in corpus.statements if s.actor in related]
    corpus.events = [e for e in corpus.events if related & {*e.obs.source, *e.obs.target}]
    return corpus


def rules_key(switches: Any) -> dict[str, Any]:
    """The part of a cached answer's key that names its rule settings: nothing for the
    shipped ones (answers cached before switches reached the corpus still serve them)."""
    patterns = sorted(getattr(switches, "patterns", None) or ())
    return {} if patterns == _shipped_patterns() else {"rules": patterns}


@cache
def _shipped_patterns() -> list[str]:
    from ..config import Settings
    from ..rules import RuleSwitches

    return sorted(RuleSwitches.from_settings(Settings()).patterns)


def pair_corpus_from_records(
    store: Store,
    a_id: str,
    b_id: str,
    registry: IssueRegistry | None = None,
    switches: Any = None,
) -> Corpus:
    """The pair's corpus from the documents read whole (the reference ``pair_corpus`` equals)."""
    doc_ids = pair_documents(store, a_id, b_id)
    rows = corpus_rows(store, doc_ids=doc_ids)
    return only_pair(build_corpus(rows, registry, switches=switches), a_id, b_id)


def pair_corpus(
    store: Store,
    a_id: str,
    b_id: str,
    registry: IssueRegistry | None = None,
    switches: Any = None,
) -> Corpus:
    """The corpus ``relation`` scores A and B on (see the module doc); ``switches``
    (``rules.RuleSwitches``) turn ``alignment.*`` rules off in it and in its scoring."""
    objects = list(_pair_objects(store, a_id, b_id))
    where = store.url
    rows = ((f"{where}#{o['document']['id']}", o) for o in objects)
    corpus = build_corpus(rows, registry, switches=switches)
    return only_pair(corpus, a_id, b_id)


def _pair_objects(store: Store, a_id: str, b_id: str) -> Iterator[dict[str, Any]]:
    """Slim analysis objects of the pair's documents, in document id order."""
    docs = _pair_doc_ids(a_id, b_id).subquery()
    in_docs = select(docs.c.doc_id)
    with store.read() as connection:
        dates: dict[str, str | None] = {
            doc_id: when
            for doc_id, when in connection.execute(
                select(D.id, D.date).where(D.id.in_(in_docs), D.text.is_not(None))
            )
        }
        actors = _actors(connection, in_docs)
        joined = _joined_ids(actors)
        first: dict[str, dict[str, Any]] = {}
        for doc_id in sorted(actors):
            for record in actors[doc_id]:
                first.setdefault(record["id"], record)
        # a superset of the related actors ``only_pair`` keeps (leaders before any join)
        related = related_actors(leaders_of(first.values()), a_id, b_id)
        related |= _compatriots(first.values(), related)  # their states' voices among them
        statements = _statements(connection, in_docs, joined(related))
        events = _events(connection, in_docs, joined(related))
    for doc_id in sorted(dates):
        yield {
            "document": {"id": doc_id, "date": dates[doc_id]},
            "actors": actors.get(doc_id, []),
            "statements": _in_order(statements.get(doc_id, [])),
            "events": _in_order(events.get(doc_id, [])),
        }


def _compatriots(records: Iterable[dict[str, Any]], related: set[str]) -> set[str]:
    """Every actor of the country of a country actor in ``related`` (a superset of the
    state voices ``only_pair`` keeps)."""
    records = list(records)
    codes = {r["country"] for r in records if r["id"] in related and r["type"] == "country"}
    return {r["id"] for r in records if r["country"] in codes} if codes else set()


def _actors(connection: Any, in_docs: Select) -> dict[str, list[dict[str, Any]]]:
    """Each document's actors from the columns ``build_corpus`` reads, sorted by id."""
    rows = connection.execute(
        select(DA.doc_id, DA.actor_id, DA.name, DA.type, DA.country, DA.sector, DA.role)
        .where(DA.doc_id.in_(in_docs))
    )  # fmt: skip
    out: dict[str, list[dict[str, Any]]] = {}
    for doc_id, actor_id, name, kind, country, sector, role in sorted(rows, key=_doc_actor):
        out.setdefault(doc_id, []).append(
            {
                "id": actor_id,
                "name": name,
                "type": kind,
                "country": country,
                "sector": sector,
                "role": role,
            }  # fmt: skip
        )
    return out


def _joined_ids(actors: dict[str, list[dict[str, Any]]]) -> Callable[[set[str]], set[str]]:
    """Given actor ids, every id ``build_corpus`` might join to one of them.

    ``alignment.names`` joins only persons, and only ids whose names end in the
    same word (a surname alone, a middle initial, a suffix): every person whose
    name ends as one of theirs is a candidate. A superset is enough - what is
    read beyond the pair's own is cut by ``only_pair`` - and it costs one
    ``name_key`` per distinct name instead of a second pass over every document.
    """
    last_words: dict[str, set[str]] = {}  # person id -> last words of its names
    keys: dict[str, tuple[str, ...]] = {}
    for records in actors.values():
        for record in records:
            if record["type"] != "person":
                continue
            name = str(record["name"] or "")
            key = keys.get(name)
            if key is None:
                key = keys[name] = name_key(name)
            if key:
                last_words.setdefault(record["id"], set()).add(key[-1])
    by_word: dict[str, set[str]] = {}
    for person, words in last_words.items():
        for word in words:
            by_word.setdefault(word, set()).add(person)

    def candidates(ids: set[str]) -> set[str]:
        out = set(ids)
        for actor_id in ids:
            for word in last_words.get(actor_id, ()):
                out |= by_word[word]
        return out

    return candidates


def _statements(
    connection: Any, in_docs: Select, pair: set[str]
) -> dict[str, list[dict[str, Any]]]:
    """Every statement of the documents; whole records only for the pair's own."""
    query = select(
        S.doc_id, S.statement_id, S.actor_id, S.issue_id, S.issue_label, S.polarity,
        case((S.actor_id.in_(sorted(pair)), S.record), else_=None),
    ).where(S.doc_id.in_(in_docs))  # fmt: skip
    out: dict[str, list[dict[str, Any]]] = {}
    for doc_id, st_id, actor, issue, label, polarity, record in connection.execute(query):
        if record is not None:
            obj = json.loads(record)
        else:  # only counted in the issue merge, then cut: the columns suffice
            obj = {
                "id": st_id, "actor": actor, "polarity": polarity,
                "issue": {"id": issue, "label": label},
            }  # fmt: skip
        out.setdefault(doc_id, []).append(obj)
    return out


def _events(
    connection: Any, in_docs: Select, related: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    """The records of the events that involve any ``related`` actor, by document."""
    keys = (
        select(EA.doc_id, EA.event_id)
        .where(EA.actor_id.in_(sorted(related)), EA.doc_id.in_(in_docs))
        .distinct()
        .subquery()
    )
    query = select(E.doc_id, E.record).join(
        keys, and_(keys.c.doc_id == E.doc_id, keys.c.event_id == E.event_id)
    )
    out: dict[str, list[dict[str, Any]]] = {}
    for doc_id, record in connection.execute(query):
        out.setdefault(doc_id, []).append(json.loads(record))
    return out


def _doc_actor(row: Any) -> tuple[str, str]:
    return row[0], row[1]


def _in_order(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(records, key=lambda r: natural_order(r["id"]))
