"""Queries on a small store where Ana Ruiz and Ole Berg agree for three months, then part."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from store_builders import synthetic

from stancemap.errors import InputError
from stancemap.store import queries, search, timeline


@pytest.fixture
def filled(store):
    for n in range(6):
        parted = n >= 3
        store.write(
            synthetic(
                f"d{n}",
                f"2024-0{n + 1}-15",
                stance_b=-1 if parted else 1,
                event_type="ACCUSE" if parted else "COOPERATE",
                extra_quotes=1 if n == 0 else 0,
                names_norway=n == 5,
            )
        )
    return store


def test_actors_are_counted_by_documents(filled):
    rows = {r.id: r for r in queries.list_actors(filled)}
    assert rows["person:ana-ruiz"].documents == 6
    assert rows["person:ana-ruiz"].quotes == 7  # one a month, one extra in January
    assert rows["person:ole-berg"].statements == 6
    assert [r.id for r in queries.list_actors(filled, match="berg")] == ["person:ole-berg"]


def test_find_actor_by_id_name_or_part(filled):
    assert queries.find_actor(filled, "person:ole-berg").name == "Ole Berg"
    assert queries.find_actor(filled, "OLE BERG").id == "person:ole-berg"
    assert queries.find_actor(filled, "ruiz").id == "person:ana-ruiz"
    assert queries.find_actor(filled, "Nobody") is None


def test_actor_profile(filled):
    profile = queries.actor_profile(filled, "Spain", top=3)
    assert profile.actor.id == "country:ESP"
    assert {(e.type, e.count) for e in profile.events_given} == {("COOPERATE", 3), ("ACCUSE", 3)}
    assert profile.events_received == []
    ana = queries.actor_profile(filled, "Ana Ruiz", top=3)
    assert [(r.role, r.first, r.last) for r in ana.roles] == [
        ("President of Spain", "2024-01-15", "2024-06-15")
    ]
    assert [(s.label, s.support, s.oppose) for s in ana.stances] == [("fishing quota", 6, 0)]
    assert len(ana.top_quotes) == 3 and ana.top_quotes[0].confidence == 0.9


def test_allies_and_opponents_from_relations(store):
    for n in range(3):
        store.write(synthetic(f"a{n}", f"2024-01-1{n}", stance_b=-1))
    profile = queries.actor_profile(store, "Ole Berg")
    assert [p.id for p in profile.opponents] == ["person:ana-ruiz"]
    assert profile.opponents[0].documents == 3 and profile.opponents[0].score < 0
    assert profile.allies == []


def test_quotes_by_speaker_about_and_since(filled):
    ole = queries.quotes(filled, speaker="Ole Berg", since="2024-04-01")
    assert [(q.doc_id, q.content) for q in ole] == [
        ("d5", "We opposes the fishing quota now."),
        ("d5", "Norway will gain from the deal."),
        ("d4", "We opposes the fishing quota now."),
        ("d3", "We opposes the fishing quota now."),
    ]
    about_norway = queries.quotes(filled, about="Norway")
    assert [(q.doc_id, q.quote_id) for q in about_norway] == [("d5", "q3")]
    harbour = queries.quotes(filled, about="harbour")
    assert [q.doc_id for q in harbour] == ["d0"]
    assert queries.quotes(filled, speaker="Ana Ruiz", until="2024-01-31", limit=1)[0].doc_id == "d0"
    with pytest.raises(InputError, match="not a date"):
        queries.quotes(filled, since="March")


def test_events_by_source_target_type(filled):
    accusations = queries.events(filled, source="Spain", target="Norway", type="accuse")
    assert [e.doc_id for e in accusations] == ["d5", "d4", "d3"]
    assert accusations[0].source[0].name == "Spain"
    assert accusations[0].evidence == "Spain met Norway in Oslo."
    assert queries.events(filled, source="Norway") == []
    assert len(queries.events(filled, since="2024-06-01")) == 1


def test_stances_on_an_issue(filled):
    rows = {r.actor: r for r in queries.stances(filled, issue="fishing")}
    assert (rows["person:ana-ruiz"].support, rows["person:ana-ruiz"].oppose) == (6, 0)
    assert (rows["person:ole-berg"].support, rows["person:ole-berg"].oppose) == (3, 3)
    assert queries.stances(filled, issue="support:fishing-quota", since="2024-06-01")[0].last == (
        "2024-06-15"
    )
    assert queries.stances(filled, issue="climate") == []


def test_relation_by_month_turns_with_evidence(filled):
    report = timeline.relation(filled, "ana", "ole", by="month")
    scores = [(p.start, p.score) for p in report.points]
    assert [s for _, s in scores] == [1.0, 1.0, 1.0, -1.0, -1.0, -1.0]
    assert scores[3][0] == "2024-04-01"
    april = report.points[3]
    assert april.disagree == ["fishing quota"]
    assert {e.ref for e in april.evidence} == {"d3#s1", "d3#s2"}
    assert {e.text for e in april.evidence} == {
        "We backs the fishing quota now.",
        "We opposes the fishing quota now.",
    }
    whole = timeline.relation(filled, "Spain", "Norway", by="all")
    assert len(whole.points) == 1 and whole.points[0].start is None
    assert whole.points[0].cooperation == 3 and whole.points[0].conflict == 3
    assert {e.kind for e in whole.points[0].evidence} == {"event"}


def test_shifts_since(store):
    for month in range(1, 5):  # three reports a month; they part in April
        for day in (5, 15, 25):
            store.write(
                synthetic(
                    f"m{month}-{day}",
                    f"2024-0{month}-{day:02d}",
                    stance_b=-1 if month == 4 else 1,
                    event_type="ACCUSE" if month == 4 else "COOPERATE",
                    issue=f"support:quota-{day}",  # three issues: three observations a month
                    label=f"quota {day}",
                )
            )
    found = timeline.shifts(store, window="month")
    assert [(s.a.id, s.b.id, s.start) for s in found] == [
        ("country:ESP", "country:NOR", "2024-04-01"),
        ("person:ana-ruiz", "person:ole-berg", "2024-04-01"),
    ]
    assert found[1].direction == "towards disagreement"
    assert found[1].issues == ["quota 15", "quota 25", "quota 5"]
    assert {e.doc_id for e in found[1].evidence} == {"m4-5", "m4-15", "m4-25"}
    # the three months before were the baseline (nine reports), April the window
    assert (found[1].articles_before, found[1].articles_after) == (9, 3)
    assert found[1].sign_change
    assert timeline.shifts(store, window="month", since="2024-05-01") == []
    # dated to the day: nine reports held the old course, three the new; the sign flipped
    [turn] = [t for t in timeline.shifts(store, method="turns") if t.a.id == "person:ana-ruiz"]
    assert (turn.start, turn.last_before) == ("2024-04-05", "2024-03-25")
    assert (turn.articles_before, turn.articles_after, turn.sign_change) == (9, 3, True)


def test_search_quotes_and_documents(filled):
    hits = search.search(filled, "harbour talks")
    assert [(h.kind, h.doc_id) for h in hits] == [("quote", "d0"), ("document", "d0")]
    assert "harbour" in hits[0].snippet.lower()
    assert hits[0].speaker_name == "Ana Ruiz"
    assert search.search(filled, "   ") == []


@pytest.mark.parametrize(
    "hostile",
    ["'; DROP TABLE documents; --", '" OR 1=1 --', "%", "_", "NEAR(harbour talks)", "a\\'b"],
)
def test_hostile_arguments_are_only_data(filled, hostile):
    assert queries.find_actor(filled, hostile) is None
    assert queries.list_actors(filled, match=hostile) == []
    assert queries.stances(filled, issue=hostile) == []
    assert queries.quotes(filled, about=hostile) == []
    search.search(filled, hostile)  # no syntax error from the full-text engine
    with filled.read() as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar_one() == 6
