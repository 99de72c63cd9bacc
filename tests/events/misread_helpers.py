"""Run the events stage on a sentence with hand-fixed actors (test_sense_pairs.cast_layer),
with chosen rules switched off, for the tests of misreads a new user saw on real news."""

from __future__ import annotations

from typing import Any

from test_sense_pairs import cast_layer  # same folder (pytest puts it on the path)

from stancemap.config import Settings
from stancemap.events import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Event


class StageRunner:
    """One events stage per set of rules switched off, on top of the shipped ones."""

    def __init__(self, analyzer, on: tuple[str, ...] = ()) -> None:
        self.analyzer = analyzer
        self.stages: dict[tuple[str, ...], EventStage] = {}
        # shipped-off rules a test file is about: on in every stage unless ``off`` names them
        self.switched_on = tuple("+" + name for name in on)

    def stage(self, off: tuple[str, ...]) -> EventStage:
        """``off`` names rules to switch off; "+name" switches a shipped-off rule on."""
        off = (*self.switched_on, *off)
        if off not in self.stages:
            settings = Settings()
            enable = {name[1:] for name in off if name.startswith("+")}
            disable = [n for n in settings.rules.disable if n not in enable]
            disable += [n for n in off if not n.startswith("+")]
            rules = settings.rules.model_copy(update={"disable": disable})
            self.stages[off] = EventStage(settings.model_copy(update={"rules": rules}))
        return self.stages[off]

    def events(self, text: str, off: tuple[str, ...] = (), date: str = "2016-06-10") -> list[Event]:
        document = make_document(text, doc_id="t", date=date, strip_boilerplate=False)
        doc = next(parse_documents(self.analyzer.nlp, [text], self.analyzer.settings.nlp))
        return self.stage(off)(doc, document, cast_layer(text), [])

    def on(self, text: str, word: str, off: tuple[str, ...] = (), date: str = "2016-06-10"):
        """The events whose trigger holds ``word``."""
        return [e for e in self.events(text, off, date) if word in e.trigger.text]


def one(runner: StageRunner, text: str, word: str, off: tuple[str, ...] = ()) -> Any:
    """The one event whose trigger is ``word`` (with the rules ``off`` switched off)."""
    found = runner.on(text, word, off)
    assert len(found) == 1, runner.events(text, off)
    return found[0]


def codes(ids: list[str]) -> list[str]:
    """The last part of each actor id (a country actor's code), sorted."""
    return sorted(a.split(":")[-1] for a in ids)


def reality_features(runner: StageRunner, monkeypatch, text: str, word: str) -> dict[str, float]:
    """Every feature the learned reality (and its fitting script) records for the one event
    whose trigger holds ``word``."""
    from stancemap.events import reality

    seen: list[tuple[str, dict[str, float]]] = []

    def record(doc, item, feats):
        seen.append((doc.text[item.trigger[0] : item.trigger[1]], feats))

    monkeypatch.setattr(reality, "RECORDER", record)
    runner.events(text)
    found = [f for trigger, f in seen if word in trigger]
    assert len(found) == 1, seen
    return found[0]
