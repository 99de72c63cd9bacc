"""The JSON API over a real SQLite store: shapes, filters, pages, errors, OpenAPI."""

from __future__ import annotations

import jsonschema
import pytest

from stancemap.records import json_schema

ANN, BOB = "person:ann-lee", "person:bob-roe"


def test_documents_page_through_newest_first(db_client):
    first = db_client.get("/api/documents", params={"limit": 4}).json()
    assert [d["date"] for d in first["items"]] == sorted(
        (d["date"] for d in first["items"]), reverse=True
    )
    assert first["next_offset"] == 4 and first["limit"] == 4
    seen = [d["id"] for d in first["items"]]
    offset = first["next_offset"]
    while offset is not None:
        page = db_client.get("/api/documents", params={"limit": 4, "offset": offset}).json()
        seen += [d["id"] for d in page["items"]]
        offset = page["next_offset"]
    assert len(seen) == len(set(seen)) >= 10
    row = first["items"][0]
    assert (row["actors"], row["quotes"]) == (2, 2)


def test_documents_filter_by_date(db_client):
    items = db_client.get(
        "/api/documents", params={"since": "2025-02-01", "until": "2025-02-28"}
    ).json()["items"]
    assert sorted(d["id"] for d in items) == ["summit-02-05", "summit-02-20"]


def test_document_is_the_contract_object(db_client):
    data = db_client.get("/api/documents/summit-04-05").json()
    jsonschema.validate(data, json_schema())
    assert data["schema"] == "stancemap/analysis@1"
    assert data["text"][data["quotes"][0]["content"]["start"] :].startswith("the tariff")


def test_unknown_document_is_404_with_a_message(db_client):
    response = db_client.get("/api/documents/nope")
    assert response.status_code == 404
    assert "nope" in response.json()["error"]


def test_actor_profile_and_filters(db_client):
    profile = db_client.get(f"/api/actors/{ANN}").json()
    assert profile["actor"]["name"] == "Ann Lee"
    assert profile["roles"][0]["role"] == "Minister"
    assert profile["stances"][0]["oppose"] == 10
    assert [o["id"] for o in profile["opponents"]] == [BOB] or [
        a["id"] for a in profile["allies"]
    ] == [BOB]
    quotes = db_client.get(
        "/api/quotes", params={"speaker": "Bob Roe", "since": "2025-05-01"}
    ).json()
    assert {q["doc_id"] for q in quotes["items"]} == {"summit-05-05", "summit-05-20"}
    events = db_client.get("/api/events", params={"source": BOB, "type": "reject"}).json()
    assert len(events["items"]) == 4  # April and May only
    assert events["items"][0]["target"][0]["name"] == "Ann Lee"
    against = db_client.get("/api/statements", params={"actor": BOB, "polarity": 1}).json()
    assert {s["date"][:7] for s in against["items"]} == {"2025-04", "2025-05"}


def test_relation_by_month_with_evidence_and_shift(db_client):
    data = db_client.get("/api/relation", params={"a": "Ann Lee", "b": "Bob Roe"}).json()
    points = data["relation"]["points"]
    assert [p["start"] for p in points] == [f"2025-0{m}-01" for m in range(1, 6)]
    assert all(p["score"] > 0 for p in points[:3]) and all(p["score"] < 0 for p in points[3:])
    april = points[3]
    assert {e["kind"] for e in april["evidence"]} == {"statement", "event"}
    assert [s["start"] for s in data["shifts"]] == ["2025-04-01"]
    assert data["shifts"][0]["direction"] == "towards disagreement"
    # the turn dated to the day: between the last agreeing summit (20 March) and the
    # first opposed one (5 April), whatever the window
    (turn,) = data["turns"]
    assert (turn["last_before"], turn["date"]) == ("2025-03-20", "2025-04-05")
    assert turn["direction"] == "towards disagreement" and turn["before"] > 0 > turn["after"]
    assert (turn["articles_before"], turn["articles_after"], turn["sign_change"]) == (6, 4, True)
    weekly = db_client.get("/api/relation", params={"a": ANN, "b": BOB, "by": "week"}).json()
    assert [t["date"] for t in weekly["turns"]] == ["2025-04-05"]
    # each stored document's relation: its confidence and its evidence, latest first
    documents = data["documents"]
    assert documents["total"] == 10 and len(documents["documents"]) == 10
    latest, earliest = documents["documents"][0], documents["documents"][-1]
    assert (latest["date"], latest["confidence"]) == ("2025-05-20", 0.8)
    assert [p["ref"] for p in latest["pieces"]] == ["s1", "s2", "e1"]
    assert (earliest["date"], earliest["confidence"]) == ("2025-01-05", 0.55)
    assert all(p["via"] is None for d in documents["documents"] for p in d["pieces"])


def test_relations_shifts_network_search(db_client):
    pairs = db_client.get("/api/relations", params={"actor": ANN}).json()["items"]
    assert [(p["a"]["id"], p["b"]["id"], p["documents"]) for p in pairs] == [(ANN, BOB, 10)]
    shifts = db_client.get("/api/shifts").json()["items"]
    assert [(s["a"]["id"], s["b"]["id"], s["start"]) for s in shifts] == [(ANN, BOB, "2025-04-01")]
    # the three agreeing months against April's two opposed summits: the sign flipped
    assert (shifts[0]["articles_before"], shifts[0]["articles_after"]) == (6, 2)
    assert shifts[0]["sign_change"] is True
    page = db_client.get("/shifts").text
    assert "sign change" in page and "6 / 2" in page
    early = db_client.get("/api/network", params={"until": "2025-03-31"}).json()
    late = db_client.get("/api/network", params={"since": "2025-04-01"}).json()
    assert [e["weight"] for e in early["edges"]] == [1.0]
    assert [e["weight"] for e in late["edges"]] == [-1.0]
    hits = db_client.get("/api/search", params={"q": "never agree"}).json()["items"]
    assert hits and hits[0]["kind"] == "quote" and hits[0]["speaker_name"] == "Bob Roe"


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/documents", {"since": "March"}),
        ("/api/documents", {"offset": -1}),
        ("/api/documents", {"limit": 0}),
        ("/api/relation", {"a": ANN, "b": BOB, "by": "fortnight"}),
        ("/api/statements", {"polarity": 2}),
        ("/api/search", {"q": ""}),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(db_client, url, params):
    response = db_client.get(url, params=params)
    assert response.status_code == 422
    assert next(iter(params)) in response.json()["error"]


def test_unknown_actor_is_a_clear_422(db_client):
    response = db_client.get("/api/quotes", params={"speaker": "Nobody Known"})
    assert response.status_code == 422
    assert "Nobody Known" in response.json()["error"]


def test_limit_is_capped_by_settings(store_path):
    from web_support import make_client, web_settings

    with make_client(store_path, web_settings(page_size=3, max_page_size=5)) as c:
        assert len(c.get("/api/documents").json()["items"]) == 3
        assert c.get("/api/documents", params={"limit": 500}).json()["limit"] == 5


def test_filters_reach_sql_as_parameters(db_client):
    """Quote characters and LIKE wildcards in a filter are matched as text."""
    for nasty in ("' OR 1=1 --", "%", "_", '"; DROP TABLE documents; --'):
        response = db_client.get("/api/documents", params={"title": nasty})
        assert response.status_code == 200 and response.json()["items"] == []
    assert len(db_client.get("/api/documents").json()["items"]) >= 10


def test_openapi_documents_every_read_endpoint(db_client):
    schema = db_client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/analyze", "/api/documents", "/api/documents/{doc_id}", "/api/actors",
        "/api/actors/{actor}", "/api/quotes", "/api/events", "/api/statements",
        "/api/stances", "/api/relations", "/api/relation", "/api/shifts", "/api/network",
        "/api/search",
    ):  # fmt: skip
        assert path in paths, path
    params = {p["name"] for p in paths["/api/quotes"]["get"]["parameters"]}
    assert {"speaker", "about", "since", "until", "offset", "limit"} <= params
    assert "/documents" not in paths  # pages are not API


def test_server_without_a_store_says_so(tmp_path):
    from web_support import make_client

    with make_client(None) as c:
        response = c.get("/api/documents")
        assert response.status_code == 503
        assert "--db" in response.json()["error"]
        assert c.get("/").status_code == 200
