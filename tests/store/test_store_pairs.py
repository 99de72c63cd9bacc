"""``relation`` reads a pair's corpus with the filtering in SQL, and ``relation`` and
``shifts`` answers are cached until the store changes: the answers must be those of
the whole documents read and scored (the path before the cache), on both databases.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from stancemap.alignment import relate_document
from stancemap.alignment.timeseries import Window
from stancemap.records import Actor, Analysis, DocumentInfo, Event, Issue, Span, Statement
from stancemap.stances.registry import IssueRegistry
from stancemap.store import cache, timeline
from stancemap.store import models as m
from stancemap.store.pairs import pair_corpus, pair_corpus_from_records, pair_documents

# id: (name, type, country, sector, role) - two states with leaders, a spokeswoman,
# a ministry, people of no state and an organisation, so leaders and sides matter,
# and persons named by a surname alone or with an initial, so ids are joined
POOL = {
    "country:ESP": ("Spain", "country", "ESP", None, None),
    "country:NOR": ("Norway", "country", "NOR", None, None),
    "country:FRA": ("France", "country", "FRA", None, None),
    "person:ana": ("Ana Ruiz", "person", "ESP", "GOV", "President of Spain"),
    "person:ole": ("Ole Berg", "person", "NOR", "GOV", "Prime Minister of Norway"),
    "person:lea": ("Lea Roux", "person", "FRA", "GOV", "President of France"),
    "person:eva": ("Eva Sol", "person", "ESP", "GOV", "government spokeswoman"),
    "org:esp-defence": ("Spanish defence ministry", "organization", "ESP", "GOV", None),
    "person:max": ("Max Hahn", "person", None, None, "activist"),
    "org:wwf": ("WWF", "organization", None, "NGO", None),
    # ids the corpus joins to another (``alignment.names``): a surname alone, a middle initial
    "new:person:ruiz": ("Ruiz", "person", None, None, None),
    "new:person:ole-k-berg": ("Ole K. Berg", "person", "NOR", "GOV", None),
    "new:person:hahn": ("Hahn", "person", None, None, None),
    "new:person:max-hahn": ("Max Hahn", "person", None, None, None),
}
ISSUES = (
    ("sanctions:RUS", "sanctions on Russia"),
    ("sanctions:IRN+RUS", "sanctions on Iran and Russia"),
    ("sanctions", "sanctions"),
    ("trade:NOR", "trade with Norway"),
    ("fishing-quota", "the fishing quota"),
    ("alignment:person:ole", "Ole Berg"),
    ("alignment:country:ESP", "Spain"),
)
EVENTS = ("COOPERATE", "ACCUSE", "AID", "PROTEST", "CONSULT", "THREATEN", "REJECT")
MODES = (None, None, None, "hypothetical", "negated", "historical")


def varied(doc_id: str, when: str, rng: random.Random) -> Analysis:
    """A document naming some of the pool, with stances and events among them."""
    text = ""
    ids = rng.sample(sorted(POOL), rng.randint(2, 6))
    actors, statements, events = [], [], []
    for actor_id in ids:
        name, kind, country, sector, role = POOL[actor_id]
        start = len(text)
        text += name + ". "
        actors.append(
            Actor(
                id=actor_id, name=name, type=kind, country=country, sector=sector,  # type: ignore[arg-type]
                role=role, mentions=[Span(start=start, end=start + len(name), text=name)],
            )
        )  # fmt: skip
    for n in range(rng.randint(0, 6)):
        issue, label = rng.choice(ISSUES)
        sentence = f"Stance {n}. "
        start = len(text)
        text += sentence
        statements.append(
            Statement(
                id=f"s{n + 1}", actor=rng.choice(ids), issue=Issue(id=issue, label=label),
                polarity=rng.choice((1, -1, -1, 0)), evidence=[f"q{rng.randint(1, 3)}"],  # type: ignore[arg-type]
                confidence=rng.choice((0.5, 0.7, 0.9)),
                text=Span(start=start, end=start + len(sentence) - 1, text=sentence[:-1]),
            )
        )  # fmt: skip
    for n in range(rng.randint(0, 5)):
        sentence = f"Event {n}. "
        start = len(text)
        text += sentence
        source, target = rng.sample(ids, 2)
        events.append(
            Event(
                id=f"e{n + 1}", type=rng.choice(EVENTS), mode=rng.choice(MODES),
                trigger=Span(start=start, end=start + 5, text="Event"),
                source=[source] + ([rng.choice(ids)] if rng.random() < 0.2 else []),
                target=[target] if rng.random() < 0.9 else [],
                date=when if rng.random() < 0.8 else None, confidence=rng.choice((0.4, 0.8)),
                reported_by="q1" if rng.random() < 0.2 else None,
                evidence=Span(start=start, end=start + len(sentence) - 1, text=sentence[:-1]),
            )
        )  # fmt: skip
    return Analysis(
        document=DocumentInfo(id=doc_id, sha256=f"{doc_id:0>64}"[-64:], date=when),
        text=text,
        actors=actors,
        events=events,
        statements=statements,
        relations=relate_document(statements, events, actors=actors),
    )


@pytest.fixture
def varied_store(store):
    rng = random.Random(16)
    first = date(2024, 1, 1)
    for n in range(60):
        store.write(varied(f"d{n:03d}", (first + timedelta(days=n * 4)).isoformat(), rng))
    return store


def _pairs(store) -> list[tuple[str, str]]:
    r = m.relations.c
    with store.read() as connection:
        found = connection.execute(
            select(r.a, r.b).group_by(r.a, r.b).order_by(func.count().desc(), r.a, r.b)
        ).all()
    return [(a, b) for a, b in found]


def test_pair_corpus_equals_the_whole_documents_cut(varied_store):
    pairs = _pairs(varied_store)
    assert len(pairs) >= 10  # the fixture gives many pairs to compare
    registry = IssueRegistry(splits={"sanctions:IRN+RUS": "sanctions-iran"})
    joined: set[str] = set()
    for a, b in pairs[:12]:
        for reg in (None, registry):
            new = pair_corpus(varied_store, a, b, reg)
            old = pair_corpus_from_records(varied_store, a, b, reg)
            assert new.documents == old.documents
            assert new.actor_names == old.actor_names
            assert new.leaders == old.leaders
            assert new.statements == old.statements
            assert new.events == old.events
            assert new.issue_labels == old.issue_labels
            assert new.raw_issues == old.raw_issues
            assert new.sides is not None and old.sides is not None
            assert new.sides.actors == old.sides.actors
            assert new.aliases == old.aliases
            joined |= set(new.aliases)
    assert joined  # the fixture has persons under two ids
    assert any(pair_corpus(varied_store, a, b).events for a, b in pairs[:12])
    assert any(pair_corpus(varied_store, a, b).statements for a, b in pairs[:12])


@pytest.mark.parametrize("by", ["month", "all"])
def test_the_cut_never_moves_a_pairs_score(varied_store, by):
    """The pair's documents scored uncut give every pair the same points: a country's
    pair follows its leaders' statements as well as their events (``alignment.sides``),
    so those statements are kept (the cut once kept only A's and B's own)."""
    pairs = _pairs(varied_store)
    window = Window.parse(by)
    countries = 0
    for a, b in pairs:
        whole = timeline.store_corpus(varied_store, pair_documents(varied_store, a, b))
        expected = timeline.relation_points(varied_store, whole, a, b, window)
        found = timeline.relation_points(
            varied_store, pair_corpus(varied_store, a, b), a, b, window
        )
        assert found == expected, (a, b)
        countries += a.startswith("country:") or b.startswith("country:")
    assert countries >= 10  # pairs a country's leaders can move


@pytest.mark.parametrize("by", ["month", "week", "all", "30d"])
def test_relation_answers_as_the_whole_documents_scored(varied_store, by):
    for a, b in _pairs(varied_store)[:8]:
        old_corpus = pair_corpus_from_records(varied_store, a, b)
        expected = timeline.relation_points(varied_store, old_corpus, a, b, Window.parse(by))
        report = timeline.relation(varied_store, a, b, by=by, use_cache=False)
        assert report.points == expected
        assert timeline.relation(varied_store, a, b, by=by).points == expected  # computed, kept
        assert timeline.relation(varied_store, a, b, by=by).points == expected  # from the cache


def test_cached_answers_are_served_until_a_document_is_written(varied_store):
    a, b = _pairs(varied_store)[0]
    first = timeline.relation(varied_store, a, b, by="month")
    before = timeline.shifts(varied_store, window="month", min_delta=0.3, alpha=0.5)
    assert varied_store.count("query_cache") == 2

    # an answer read from the cache: change the stored payload and it is what comes back
    with varied_store.engine.begin() as connection:
        connection.execute(m.query_cache.update().values(payload="[]"))
    assert timeline.relation(varied_store, a, b, by="month").points == []
    assert timeline.shifts(varied_store, window="month", min_delta=0.3, alpha=0.5) == []

    # writing a document (here: one already there, again) makes every cached answer stale
    with varied_store.engine.connect() as connection:
        generation = cache.generation(connection)
    varied_store.write(varied("d000", "2024-01-01", random.Random(16)))
    with varied_store.engine.connect() as connection:
        assert cache.generation(connection) == generation + 1
    assert timeline.relation(varied_store, a, b, by="month") == first
    assert timeline.shifts(varied_store, window="month", min_delta=0.3, alpha=0.5) == before
    assert varied_store.count("query_cache") == 2  # the stale answers were replaced


def test_shifts_cached_or_not_and_since_filters_the_one_answer(varied_store):
    loose = {"window": "month", "min_delta": 0.3, "alpha": 0.5}
    everything = timeline.shifts(varied_store, use_cache=False, **loose)
    assert everything  # the fixture has turns to find
    assert timeline.shifts(varied_store, **loose) == everything
    since = everything[len(everything) // 2].end
    later = timeline.shifts(varied_store, since=since, **loose)
    assert later == [s for s in everything if s.end >= since]
    assert varied_store.count("query_cache") == 1  # one answer serves every --since


def test_a_registry_is_part_of_the_question(varied_store):
    a, b = _pairs(varied_store)[0]
    merged = IssueRegistry(labels={"sanctions:RUS": "the Russia sanctions"})
    timeline.relation(varied_store, a, b)
    timeline.relation(varied_store, a, b, registry=merged)
    assert varied_store.count("query_cache") == 2


def test_actor_profile_is_cached_until_a_write(varied_store):
    from stancemap.store.queries import actor_profile

    fresh = actor_profile(varied_store, "person:ana")
    assert varied_store.count("query_cache") == 0  # the web keeps its own: not by default
    assert actor_profile(varied_store, "person:ana", use_cache=True) == fresh  # computed, kept
    with varied_store.engine.begin() as connection:
        connection.execute(
            m.query_cache.update().values(
                payload=fresh.model_copy(update={"wiki": "from the cache"}).model_dump_json()
            )
        )
    assert actor_profile(varied_store, "person:ana", use_cache=True).wiki == "from the cache"
    varied_store.write(varied("d001", "2024-01-05", random.Random(3)))
    assert actor_profile(varied_store, "person:ana", use_cache=True) == actor_profile(
        varied_store, "person:ana"
    )
