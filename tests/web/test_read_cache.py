"""The pair page's report and the network come from the store's query cache between
two writes: the cached answer equals the computed one, and a write makes it new."""

from __future__ import annotations

import networkx as nx
from sqlalchemy import select
from web_builders import summit
from web_support import fill_store

from stancemap.store import models as m
from stancemap.store.core import Store
from stancemap.web import queries_extra as extra


def network_of(graph: nx.Graph) -> tuple[list, list]:
    nodes = sorted((n, sorted(d.items())) for n, d in graph.nodes(data=True))
    edges = sorted((min(u, v), max(u, v), sorted(d.items())) for u, v, d in graph.edges(data=True))
    return nodes, edges


def cached_kinds(store: Store) -> list[str]:
    with store.read() as connection:
        return sorted(connection.execute(select(m.query_cache.c.kind)).scalars())


def test_cached_answers_equal_computed_ones_until_a_write(tmp_path) -> None:
    with Store(fill_store(tmp_path / "corpus.db")) as store:
        first = extra.pair_report(store, "person:ann-lee", "person:bob-roe")
        again = extra.pair_report(store, "Ann Lee", "Bob Roe")  # names reach the same answer
        assert again[0].model_dump() == first[0].model_dump()
        assert [s.model_dump() for s in again[1]] == [s.model_dump() for s in first[1]]
        assert len(first[0].points) == 5 and len(first[1]) == 1
        net = extra.discourse_network(store, kind="congruence")
        assert network_of(extra.discourse_network(store, kind="congruence")) == network_of(net)
        assert net.number_of_edges() == 1
        assert cached_kinds(store) == ["web.network", "web.pair.v4"]

        # June: agreeing again; the cached answers are not served after this write
        store.write(summit("summit-06-05", "2025-06-05", agree=True))
        after = extra.pair_report(store, "person:ann-lee", "person:bob-roe")
        assert len(after[0].points) == 6
        assert cached_kinds(store) == ["web.pair.v4"]  # the older generation's answers are gone
        moved = extra.discourse_network(store, kind="congruence")
        assert network_of(moved) == network_of(net)  # one more agreeing document: same edge
        assert cached_kinds(store) == ["web.network", "web.pair.v4"]


def test_the_actor_page_and_profile_are_cached_until_a_write(tmp_path) -> None:
    from stancemap.store import queries
    from stancemap.web import read_cache

    with Store(fill_store(tmp_path / "corpus.db")) as store:
        fresh = queries.actor_profile(store, "person:bob-roe", top=10)
        assert read_cache.actor_profile(store, "person:bob-roe").model_dump() == fresh.model_dump()
        assert read_cache.actor_profile(store, "person:bob-roe").model_dump() == fresh.model_dump()
        page = read_cache.actor_page(store, "person:bob-roe")
        assert page.profile.model_dump() == fresh.model_dump()
        assert [e.date for e in page.events] == [
            "2025-05-20",
            "2025-05-05",
            "2025-04-20",
            "2025-04-05",
        ]
        assert cached_kinds(store) == ["web.actor", "web.actor_page"]
        store.write(summit("summit-06-05", "2025-06-05", agree=False))
        assert read_cache.actor_page(store, "person:bob-roe").events[0].date == "2025-06-05"
