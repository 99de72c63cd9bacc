"""A relation's confidence and each piece of its evidence (with ``via``) are stored
in columns of their own (v4), on both databases; a store written before v4 keeps
every row and gains them, filled from the records it already held."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from store_builders import synthetic

from stancemap.records import Analysis, EvidenceRef, Span
from stancemap.store import Store
from stancemap.store import models as m
from stancemap.store.engine import make_engine, schema_revision, upgrade_schema
from stancemap.store.reader import load_analysis
from stancemap.store.writer import _document_row, derived_rows

VIA = "leaders:person:ana-ruiz~person:ole-berg"


def _with_carried_evidence(doc_id: str) -> Analysis:
    """The synthetic document, its country pair also holding a piece carried from
    its leaders (as ``alignment`` marks a country following its leaders)."""
    analysis = synthetic(doc_id, "2024-03-01")
    countries = next(r for r in analysis.relations if r.a.startswith("country:"))
    statement = analysis.statements[0]
    assert statement.text is not None
    carried = EvidenceRef(
        id=statement.id,
        kind="statement",
        span=Span(**statement.text.model_dump()),
        weight=0.4,
        via=VIA,
    )
    countries.evidence_spans.append(carried)
    countries.confidence = 0.61
    return analysis


def _stored(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    r, e = m.relations.c, m.relation_evidence.c
    with store.read() as connection:
        relations = list(
            connection.execute(select(r.doc_id, r.a, r.b, r.confidence).order_by(r.a, r.b))
        )
        pieces = list(
            connection.execute(
                select(
                    e.doc_id, e.a, e.b, e.ord, e.ref, e.kind, e.weight, e.via, e.start, e.text
                ).order_by(e.a, e.b, e.ord)
            )
        )
    return [tuple(x) for x in relations], [tuple(x) for x in pieces]


def test_confidence_and_via_round_trip(store):
    analysis = _with_carried_evidence("doc-1")
    store.write(analysis)
    relations, pieces = _stored(store)
    # the people's confidence as the hand-built records got it (relate_document without
    # switches: the noisy-or); stored and read back unchanged
    people = next(r.confidence for r in analysis.relations if r.a == "person:ana-ruiz")
    assert [(a, b, c) for _, a, b, c in relations] == [
        ("country:ESP", "country:NOR", 0.61),
        ("person:ana-ruiz", "person:ole-berg", people),
    ]
    carried = [p for p in pieces if p[7] is not None]
    assert len(carried) == 1
    assert carried[0][1:3] == ("country:ESP", "country:NOR") and carried[0][7] == VIA
    text = analysis.text
    for piece in pieces:  # each piece's offsets index the stored text exactly
        assert text[piece[8] : piece[8] + len(piece[9])] == piece[9]
    back = load_analysis(store, "doc-1")
    assert back is not None and back.relations == analysis.relations


def test_rewriting_a_document_replaces_its_evidence_rows(store):
    store.write(_with_carried_evidence("doc-1"))
    before = store.count("relation_evidence")
    store.write(_with_carried_evidence("doc-1"))
    assert store.count("relation_evidence") == before == 1 + 2 + 1
    store.write(synthetic("doc-1", "2024-03-01"))  # no carried piece any more
    assert store.count("relation_evidence") == before - 1


# the columns later versions added to v3's tables: v4 relations.confidence, v5 quotes.reports
LATER_COLUMNS = {"relations": {"confidence"}, "quotes": {"reports"}}


def _write_as_v3(connection: Any, analysis: Analysis) -> None:
    """What a v3 stancemap wrote: no relation confidence column, no evidence table."""
    connection.execute(insert(m.documents), [_document_row(analysis.document, analysis.text, None)])
    rows = derived_rows(analysis)
    for table in reversed(m.DERIVED):
        if table is m.relation_evidence or not rows[table.name]:
            continue
        later = LATER_COLUMNS.get(table.name, set())
        kept = [{k: v for k, v in row.items() if k not in later} for row in rows[table.name]]
        connection.execute(insert(table), kept)


def test_a_v3_store_keeps_its_rows_and_gains_the_columns_filled(store_url):
    engine = make_engine(store_url)
    upgrade_schema(engine, "0003")
    old = [_with_carried_evidence("doc-1"), synthetic("doc-2", "2024-03-02", stance_b=-1)]
    with engine.begin() as connection:
        for analysis in old:
            _write_as_v3(connection, analysis)
    engine.dispose()

    migrated = Store(store_url)
    assert schema_revision(migrated.engine) == "0005"
    assert migrated.count("documents") == 2
    for table in ("document_actors", "mentions", "quotes", "events", "statements", "relations"):
        assert migrated.count(table) == sum(len(derived_rows(a)[table]) for a in old), table
    for analysis in old:  # every record reads back as it was written
        back = load_analysis(migrated, analysis.document.id)
        assert back is not None and back.to_json_dict() == _sorted(analysis).to_json_dict()
    relations, pieces = _stored(migrated)
    migrated.close()

    # the filled columns equal what this version writes for the same analyses
    assert sorted(relations) == sorted(
        (a.document.id, r.a, r.b, r.confidence) for a in old for r in a.relations
    )
    expected = [
        (row["doc_id"], row["a"], row["b"], row["ord"], row["ref"], row["kind"], row["weight"],
         row["via"], row["start"], row["text"])
        for a in old for row in derived_rows(a)["relation_evidence"]
    ]  # fmt: skip
    assert sorted(pieces, key=repr) == sorted(expected, key=repr)
    assert sum(p[7] == VIA for p in pieces) == 1


def _sorted(analysis: Analysis) -> Analysis:
    return analysis.model_copy(update={"actors": sorted(analysis.actors, key=lambda a: a.id)})


def test_a_damaged_relation_record_does_not_stop_the_upgrade(store_url):
    engine = make_engine(store_url)
    upgrade_schema(engine, "0003")
    kept = synthetic("doc-1", "2024-03-01")
    with engine.begin() as connection:
        _write_as_v3(connection, kept)
        connection.execute(
            m.relations.update().where(m.relations.c.a == "country:ESP").values(record="{not json")
        )
    engine.dispose()
    migrated = Store(store_url)
    relations, pieces = _stored(migrated)
    migrated.close()
    # the damaged relation keeps its row, with nothing filled; the other one is filled
    people = next(r.confidence for r in kept.relations if r.a == "person:ana-ruiz")
    assert people is not None
    assert [(a, c) for _, a, _, c in relations] == [
        ("country:ESP", None),
        ("person:ana-ruiz", people),
    ]
    assert {p[1] for p in pieces} == {"person:ana-ruiz"}


def test_relation_evidence_carried_from_the_leaders_names_its_via(store):
    """``relation`` over the store: a states' window holding its leaders' event and
    stances names the leaders' pair in ``via``; the state's own event and the leaders'
    own pair do not."""
    from stancemap.store import timeline

    analysis = synthetic("doc-1", "2024-03-01")  # Spain acts on Norway (e1)
    for actor in analysis.actors:
        if actor.type == "person":
            actor.sector = "GOV"  # the two are their states' leaders
    own = analysis.events[0]
    leaders = own.model_copy(
        update={"id": "e2", "type": "ACCUSE", "source": ["person:ana-ruiz"],
                "target": ["person:ole-berg"]}
    )  # fmt: skip
    analysis.events.append(leaders)
    store.write(analysis)
    [states] = timeline.relation(store, "country:NOR", "country:ESP", by="all").points
    assert {(e.ref, e.via) for e in states.evidence} == {
        ("doc-1#e1", None),  # Spain's own act on Norway
        ("doc-1#e2", VIA),  # the leaders' event
        ("doc-1#s1", VIA),  # and both leaders' stances on the quota
        ("doc-1#s2", VIA),
    }
    [people] = timeline.relation(store, "person:ana-ruiz", "person:ole-berg", by="all").points
    assert "doc-1#e2" in {e.ref for e in people.evidence}
    assert {e.via for e in people.evidence} == {None}
