"""``stancemap ingest`` with the real pipeline, on a few short texts: idempotent,
resumable, near-duplicates linked; ``--replace`` redoes; ``reresolve`` re-links."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_builders import synthetic
from typer.testing import CliRunner

from stancemap.cli.main import app
from stancemap.records import Actor
from stancemap.store import Store
from stancemap.store.reader import iter_analyses, load_analysis
from stancemap.store.reresolve import relink, reresolve

runner = CliRunner()

FIRST = (
    "Ministers meet over fishing rights\n\n"
    "The Norwegian prime minister said on Monday that the quota deal was fair. "
    '"We will not reopen it," the minister told reporters in Oslo. '
    "Spain criticised Norway for closing its waters to Spanish boats."
)
SECOND = (
    "Parliament debates the harbour budget\n\n"
    "The opposition leader accused the government of hiding the true cost of the new harbour. "
    "The finance minister said the budget would be published next week."
)


def _texts(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a.txt").write_text(FIRST, "utf-8")
    (folder / "b.txt").write_text(SECOND, "utf-8")
    # the same story with one more sentence: a near-duplicate of a.txt
    (folder / "c.txt").write_text(FIRST + " Talks resume in June.", "utf-8")
    return folder


@pytest.mark.slow
def test_ingest_is_idempotent_and_links_near_duplicates(store_url, tmp_path):
    folder = _texts(tmp_path / "news")
    args = ["ingest", str(folder), "--db", store_url, "--date", "2024-05-02"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    assert "stored 2 documents, linked 1 near-duplicates" in first.output
    with Store(store_url) as store:
        counts = {t: store.count(t) for t in ("documents", "quotes", "events", "mentions")}
        assert counts["documents"] == 3 and counts["quotes"] > 0 and counts["mentions"] > 0
        stored = {a.document.id: a for a in iter_analyses(store)}
        assert len(stored) == 2
        for analysis in stored.values():  # offsets index the stored text exactly
            for actor in analysis.actors:
                for span in actor.mentions:
                    assert analysis.text[span.start : span.end] == span.text
    again = runner.invoke(app, args)
    assert "stored 0 documents" in again.output and "skipped 3" in again.output
    redo = runner.invoke(app, [*args, "--replace"])
    assert "stored 2 documents, linked 1 near-duplicates" in redo.output
    with Store(store_url) as store:
        assert {t: store.count(t) for t in counts} == counts


def test_reresolve_relinks_actors_and_what_names_them(store):
    analysis = synthetic("d1", "2024-02-01")
    # as if the KB did not know Ole Berg when the document was analysed
    renamed = {"person:ole-berg": "new:ole-berg"}
    old = analysis.model_copy(
        update={
            "actors": [
                a.model_copy(update={"id": renamed.get(a.id, a.id), "role": None})
                for a in analysis.actors
            ],
            "quotes": [
                q.model_copy(update={"speaker": renamed.get(q.speaker, q.speaker)})
                for q in analysis.quotes
            ],
            "statements": [
                s.model_copy(update={"actor": renamed.get(s.actor, s.actor)})
                for s in analysis.statements
            ],
        }
    )
    store.write(old)
    known = {"Ole Berg": Actor(id="person:ole-berg", name="Ole Berg", type="person", role="PM")}

    def resolve(name: str, when: str | None) -> Actor | None:
        return known.get(name)

    counts = reresolve(store, resolve)
    assert (counts.documents, counts.changed_documents, counts.relinked_actors) == (1, 1, 1)
    back = load_analysis(store, "d1")
    assert back is not None
    assert {a.id for a in back.actors} >= {"person:ole-berg"}
    assert "new:ole-berg" not in {a.id for a in back.actors}
    assert [q.speaker for q in back.quotes] == ["person:ana-ruiz", "person:ole-berg"]
    assert {s.actor for s in back.statements} == {"person:ana-ruiz", "person:ole-berg"}
    assert ("person:ana-ruiz", "person:ole-berg") in {(r.a, r.b) for r in back.relations}
    ole = next(a for a in back.actors if a.id == "person:ole-berg")
    assert ole.role == "PM" and ole.mentions  # mentions kept, role from the KB
    # a second run finds nothing to change
    assert reresolve(store, resolve).changed_documents == 0


def test_relink_merges_two_actors_the_kb_now_knows_as_one():
    analysis = synthetic("d1", "2024-02-01")
    same = Actor(id="country:ESP", name="Spain", type="country", country="ESP")

    def resolve(name: str, when: str | None) -> Actor | None:
        return same if name in ("Spain", "Norway") else None

    merged, changed = relink(analysis, resolve)
    assert changed == 1  # Norway became Spain; Spain itself is unchanged
    assert [a.id for a in merged.actors].count("country:ESP") == 1
    spain = next(a for a in merged.actors if a.id == "country:ESP")
    assert [m.text for m in spain.mentions] == ["Spain", "Norway"]
    assert merged.events[0].target == ["country:ESP"]
