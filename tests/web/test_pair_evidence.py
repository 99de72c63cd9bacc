"""The pair page's per-document relations: confidence and evidence from the store's
own columns, a piece carried from the leaders' relation named with their names."""

from __future__ import annotations

from web_builders import carried_by_leaders, summit
from web_support import make_client

from stancemap.store.core import Store
from stancemap.web.pair_evidence import carried_chains, pair_document_relations, via_actors


def test_carried_evidence_names_the_leaders(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.write(summit("summit-1", "2025-04-05"))  # the leaders' names are stored
        store.write(carried_by_leaders())
        found = pair_document_relations(store, "country:bbb", "country:aaa")  # either order
    assert found.total == 1
    [document] = found.documents
    assert (document.doc_id, document.score, document.confidence) == ("carried", -0.7, 0.66)
    [piece] = document.pieces
    assert piece.via == "leaders:person:ann-lee~person:bob-roe"
    assert piece.via_label == "via leaders Ann Lee ~ Bob Roe"
    assert piece.text == "fell out over the tariff"


def test_unknown_leaders_keep_their_ids_and_the_list_is_cut_to_the_latest(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.write(carried_by_leaders())  # no document names the leaders yet
        carried = pair_document_relations(store, "country:aaa", "country:bbb")
        for day in (5, 6, 7):
            store.write(summit(f"summit-{day}", f"2025-04-0{day}"))
        latest = pair_document_relations(store, "person:ann-lee", "person:bob-roe", limit=2)
    assert carried.documents[0].pieces[0].via_label == (
        "via leaders person:ann-lee ~ person:bob-roe"
    )
    assert latest.total == 3
    assert [d.doc_id for d in latest.documents] == ["summit-7", "summit-6"]


def test_via_actors_reads_ids_holding_colons():
    assert via_actors("leaders:person:a-b~country:XYZ") == ["person:a-b", "country:XYZ"]
    assert via_actors("something else") == []


def test_carried_chains_count_documents_and_pieces(tmp_path):
    with Store(tmp_path / "s.db") as store:
        store.write(summit("summit-1", "2025-04-05"))
        store.write(carried_by_leaders("carried-1", "2025-06-10"))
        store.write(carried_by_leaders("carried-2", "2025-06-11"))
        countries = pair_document_relations(store, "country:aaa", "country:bbb")
        leaders = pair_document_relations(store, "person:ann-lee", "person:bob-roe")
    [chain] = carried_chains(countries)
    assert chain.via == "leaders:person:ann-lee~person:bob-roe"
    assert chain.label == "via leaders Ann Lee ~ Bob Roe"
    assert chain.actors == ["person:ann-lee", "person:bob-roe"]
    assert (chain.documents, chain.pieces) == (2, 2)
    assert carried_chains(leaders) == []  # their own words


def test_a_pair_with_only_carried_evidence_says_what_it_rests_on(tmp_path):
    path = tmp_path / "s.db"
    with Store(path) as store:
        store.write(summit("summit-1", "2025-04-05"))
        store.write(carried_by_leaders())
    with make_client(path) as client:
        html = client.get("/pair", params={"a": "country:aaa", "b": "country:bbb"}).text
        own = client.get("/pair", params={"a": "person:ann-lee", "b": "person:bob-roe"}).text
    assert "share no statements or events in the store" not in html
    assert 'id="no-own-evidence"' in html and "rests on their leaders" in html
    # the via chain links the leaders' own pair page, and the carried words are shown
    assert 'href="/pair?a=person%3Aann-lee&amp;b=person%3Abob-roe&amp;by=month"' in html
    carried = html.split('id="carried-evidence"', 1)[1].split("</ul>", 1)[0]
    assert "via leaders Ann Lee ~ Bob Roe" in carried and "fell out over the tariff" in carried
    assert 'id="rests-on"' not in own and 'id="no-own-evidence"' not in own
