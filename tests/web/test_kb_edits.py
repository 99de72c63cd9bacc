"""KB edits through the web: the write token, validation, the user's layer, re-linking.

The knowledge base here is small (one hand-written base file and the user's
layer, no shipped KB), so that edits and re-linking run in a moment; the
layering itself is the shipped code's (``load_kb`` over extra files).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from web_support import WRITE_TOKEN, fill_store, make_client, web_settings

from stancemap.actors.kb import load_kb

BASE = [
    {"id": "person:ann-lee", "name": "Ann Lee", "type": "person", "country": "FRA",
     "roles": [{"title": "Minister of Trade", "office": "OTHER", "country": "FRA",
                "sector": "GOV", "start": "2024-01-01"}]},
    {"id": "person:carl-ode", "name": "Carl Ode", "type": "person", "aliases": ["C. Ode"]},
]  # fmt: skip


def bearer(token: str = WRITE_TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def small_kb(extra: list[str]):  # type: ignore[no-untyped-def]
    return load_kb(extra, shipped=False)


@pytest.fixture
def kb_files(tmp_path: Path) -> tuple[Path, Path]:
    base = tmp_path / "base.jsonl"
    base.write_text("".join(json.dumps(r) + "\n" for r in BASE), encoding="utf-8")
    return base, tmp_path / "user-kb.jsonl"


def kb_client(kb_files: tuple[Path, Path], store: Path | None = None, **web: object):  # type: ignore[no-untyped-def]
    base, user = kb_files
    settings = web_settings(write_token=WRITE_TOKEN, user_kb=str(user), **web)
    settings = settings.model_copy(
        update={"actors": settings.actors.model_copy(update={"extra_kb": [str(base)]})}
    )
    from fastapi.testclient import TestClient

    from stancemap.web import create_app
    from stancemap.web.corpus import open_corpus

    corpus = open_corpus(store) if store is not None else None
    return TestClient(create_app(settings, corpus=corpus, kb_loader=small_kb))


def layer_lines(kb_files: tuple[Path, Path]) -> list[dict]:
    user = kb_files[1]
    if not user.exists():
        return []
    return [json.loads(line) for line in user.read_text("utf-8").splitlines() if line.strip()]


def test_an_edit_needs_the_write_token(kb_files) -> None:
    with kb_client(kb_files) as client:
        body = {"name": "Dora Fen"}
        assert client.post("/api/kb/actors", json=body).status_code == 401
        wrong = client.post("/api/kb/actors", json=body, headers=bearer("w-not-the-token"))
        assert wrong.status_code == 401 and wrong.headers["www-authenticate"] == "Bearer"
    assert layer_lines(kb_files) == []


def test_edits_are_refused_when_the_operator_set_no_layer_or_no_token(kb_files) -> None:
    with make_client(None, web_settings(write_token=WRITE_TOKEN)) as client:
        response = client.post("/api/kb/actors", json={"name": "Dora Fen"}, headers=bearer())
        assert response.status_code == 403 and "user_kb" in response.json()["error"]
    settings = web_settings(user_kb=str(kb_files[1]))  # no write token: writes are off
    with make_client(None, settings) as client:
        response = client.post("/api/kb/actors", json={"name": "Dora Fen"}, headers=bearer())
        assert response.status_code == 403 and "write_token" in response.json()["error"]
    assert layer_lines(kb_files) == []


def test_a_new_actor_is_added_to_the_layer_and_read_back(kb_files, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    body = {"name": "Dora Fen", "country": "deu", "sector": "GOV", "aliases": ["D. Fen"]}
    with kb_client(kb_files) as client:
        response = client.post("/api/kb/actors", json=body, headers=bearer())
        assert response.status_code == 201, response.text
        made = response.json()
        assert made["id"] == "person:dora-fen" and made["created"] is True
        assert made["actor"]["country"] == "DEU" and made["actor"]["aliases"] == ["D. Fen"]
        record = client.get("/api/kb/actors/person:dora-fen").json()
        assert record["actor"]["name"] == "Dora Fen"
        assert record["source"].startswith(str(kb_files[1]))
        assert record["layer"]["sector"] == "GOV"
    assert [r["id"] for r in layer_lines(kb_files)] == ["person:dora-fen"]
    assert all(WRITE_TOKEN not in r.getMessage() for r in caplog.records)


def test_a_known_actor_is_corrected_over_the_base_kb(kb_files) -> None:
    with kb_client(kb_files) as client:
        body = {"id": "person:ann-lee", "name": "Ann B. Lee", "country": "DEU"}
        response = client.post("/api/kb/actors", json=body, headers=bearer())
        assert response.status_code == 200 and response.json()["created"] is False
        actor = client.get("/api/kb/actors/person:ann-lee").json()["actor"]
    # the user's name and country win; the old name still finds the actor; the term stays
    assert actor["name"] == "Ann B. Lee" and actor["country"] == "DEU"
    assert "Ann Lee" in actor["aliases"]
    assert [r["title"] for r in actor["roles"]] == ["Minister of Trade"]
    # the layer keeps only what the user gave
    assert layer_lines(kb_files) == [
        {"id": "person:ann-lee", "name": "Ann B. Lee", "type": "person", "country": "DEU"}
    ]
    kb = small_kb([str(kb_files[0]), str(kb_files[1])])
    assert [a.id for a in kb.lookup("Ann Lee")] == ["person:ann-lee"]
    assert kb.get("person:ann-lee").country_on("2025-01-01") == "FRA"  # the dated term's


def test_a_dated_term_is_corrected_by_giving_it_again(kb_files) -> None:
    term = {"title": "Minister of Trade", "office": "OTHER", "country": "FRA",
            "sector": "GOV", "start": "2024-01-01"}  # fmt: skip
    with kb_client(kb_files) as client:
        body = {"id": "person:ann-lee", "roles": [{**term, "end": "2025-06-30"}]}
        assert client.post("/api/kb/actors", json=body, headers=bearer()).status_code == 200
        second = {"id": "person:ann-lee", "roles": [{"title": "Ambassador", "country": "FRA",
                                                     "start": "2025-07-01"}]}  # fmt: skip
        assert client.post("/api/kb/actors", json=second, headers=bearer()).status_code == 200
        roles = client.get("/api/kb/actors/person:ann-lee").json()["actor"]["roles"]
    assert [(r["title"], r.get("end")) for r in roles] == [
        ("Minister of Trade", "2025-06-30"),
        ("Ambassador", None),
    ]
    kb = small_kb([str(kb_files[0]), str(kb_files[1])])
    ann = kb.get("person:ann-lee")
    assert ann.role_on("2025-03-01").title == "Minister of Trade"
    assert ann.role_on("2025-08-01").title == "Ambassador"
    # one layer record per actor: the second edit was merged into the first
    assert [r["id"] for r in layer_lines(kb_files)] == ["person:ann-lee"]


@pytest.mark.parametrize(
    "body,needle",
    [
        ({"name": "Dora Fen", "country": "XXX"}, "country"),
        ({"name": "Dora Fen", "sector": "NOPE"}, "sector"),
        ({"name": "Dora Fen", "type": "robot"}, "type"),
        ({"name": "Dora Fen", "roles": [{"title": "Envoy", "start": "2025-13-01"}]}, "roles[0].start"),
        ({"name": "Dora Fen", "roles": [{"title": "Envoy", "start": "2025-05-01",
                                         "end": "2025-01-01"}]}, "ends before it starts"),
        ({"name": "Dora Fen", "roles": [{"title": "Envoy", "start": "May 2025"}]}, "start"),
        ({"name": "Dora Fen", "colour": "red"}, "colour"),
        ({"id": "person:nobody-known"}, "needs a 'name'"),
        ({"aliases": ["x"]}, "needs a 'name'"),
    ],
)  # fmt: skip
def test_a_bad_edit_is_refused_with_the_field_and_nothing_written(kb_files, body, needle) -> None:
    with kb_client(kb_files) as client:
        response = client.post("/api/kb/actors", json=body, headers=bearer())
    assert response.status_code == 422, response.text
    assert needle in response.json()["error"]
    assert layer_lines(kb_files) == []


def test_a_name_another_actor_carries_is_refused_unless_allowed(kb_files) -> None:
    with kb_client(kb_files) as client:
        body = {"name": "Dora Fen", "aliases": ["C. Ode"]}
        refused = client.post("/api/kb/actors", json=body, headers=bearer())
        assert refused.status_code == 409 and "person:carl-ode" in refused.json()["error"]
        assert layer_lines(kb_files) == []
        allowed = client.post(
            "/api/kb/actors", json={**body, "allow_shared_names": True}, headers=bearer()
        )
        assert allowed.status_code == 201
    assert [r["id"] for r in layer_lines(kb_files)] == ["person:dora-fen"]


def test_an_edit_reaches_the_pipeline_settings(kb_files) -> None:
    with kb_client(kb_files) as client:
        service = client.app.state.analysis
        assert str(kb_files[1]) not in service.settings.actors.extra_kb  # empty layer: not read
        client.post("/api/kb/actors", json={"name": "Dora Fen"}, headers=bearer())
        assert service.settings.actors.extra_kb == [str(kb_files[0]), str(kb_files[1])]


def test_reresolve_relinks_stored_actors_with_the_edited_kb(kb_files, tmp_path) -> None:
    store = fill_store(tmp_path / "corpus.db")
    with kb_client(kb_files, store) as client:
        before = client.get("/api/actors/person:bob-roe").json()
        assert before["actor"]["country"] is None
        body = {"name": "Robert Roe", "aliases": ["Bob Roe"], "country": "GBR", "reresolve": True}
        response = client.post("/api/kb/actors", json=body, headers=bearer())
        assert response.status_code == 201, response.text
        counts = response.json()["reresolve"]
        assert counts["documents"] == 10 and counts["changed_documents"] == 10
        relinked = client.get("/api/actors/person:robert-roe").json()
        assert relinked["actor"]["country"] == "GBR"
        assert relinked["actor"]["documents"] == 10
        gone = client.get("/api/actors/person:bob-roe")  # the store names no such actor now
        assert gone.status_code in (404, 422) and "bob-roe" in gone.json()["error"]
        # quotes followed their speaker to the new id
        quotes = client.get("/api/quotes?speaker=person:robert-roe").json()["items"]
        assert {q["content"] for q in quotes} == {"we will never agree to that"}


def test_reresolve_makes_relations_with_the_served_settings_switches(kb_files, tmp_path) -> None:
    """An edit's re-linking remakes each stored document's relations with the rule
    switches of the settings the site was served with, not the shipped ones."""
    from stancemap.alignment import relate_document
    from stancemap.rules import RuleSwitches
    from stancemap.store import Store
    from stancemap.store.reader import load_analysis

    learned = "alignment.relations.learned_confidence"
    store = fill_store(tmp_path / "corpus.db")
    with kb_client(kb_files, store) as client:
        settings = client.app.state.analysis.settings
        shipped = list(settings.rules.disable)
        assert learned not in shipped  # shipped on since session 17
        on = [*shipped, learned]  # served with it OFF: the noisy-or confidences
        assert on != shipped
        served = settings.model_copy(
            update={"rules": settings.rules.model_copy(update={"disable": on})}
        )
        client.app.state.kb_editor.settings = served
        body = {"name": "Robert Roe", "aliases": ["Bob Roe"], "reresolve": True}
        assert client.post("/api/kb/actors", json=body, headers=bearer()).status_code == 201
    with Store(store) as opened:
        doc = next(iter(opened.known_documents()))["id"]
        analysis = load_analysis(opened, doc)
    assert analysis is not None and analysis.relations

    def remade(switches: RuleSwitches) -> list[float]:
        relations = relate_document(
            analysis.statements, analysis.events, actors=analysis.actors,
            quotes=analysis.quotes, switches=switches,
        )  # fmt: skip
        return sorted(r.confidence for r in relations)

    stored = sorted(r.confidence for r in analysis.relations)
    assert stored == remade(RuleSwitches(on))
    assert stored != remade(RuleSwitches(shipped))  # the shipped switches give other values


def test_the_actor_page_form_saves_and_reports(kb_files, tmp_path) -> None:
    store = fill_store(tmp_path / "corpus.db")
    with kb_client(kb_files, store) as client:
        page = client.get("/actors/person:bob-roe", headers=bearer())
        assert 'id="kb-edit"' in page.text and 'action="/kb/actors"' in page.text
        assert 'id="kb-edit"' not in client.get("/actors/person:bob-roe").text  # no token
        form = {"actor_id": "person:bob-roe", "page": "person:bob-roe", "name": "Bob Roe",
                "country": "GBR", "role_title": "Trade envoy", "role_start": "2025-01-01"}  # fmt: skip
        assert client.post("/kb/actors", data=form).status_code == 401
        saved = client.post("/kb/actors", data=form, headers=bearer(), follow_redirects=False)
        assert saved.status_code == 303
        assert saved.headers["location"].startswith("/actors/person%3Abob-roe?kb=person%3Abob-roe")
        shown = client.get(saved.headers["location"], headers=bearer())
        assert 'id="kb-saved"' in shown.text
        bad = client.post("/kb/actors", data={**form, "role_start": "2025-02-30"},
                          headers={**bearer(), "accept": "text/html"})  # fmt: skip
        # the first term is kept, so the bad one is the second
        assert bad.status_code == 422 and "roles[1].start" in bad.text
    record = layer_lines(kb_files)
    assert record == [
        {"id": "person:bob-roe", "type": "person", "name": "Bob Roe", "country": "GBR",
         "roles": [{"title": "Trade envoy", "start": "2025-01-01"}]}
    ]  # fmt: skip
