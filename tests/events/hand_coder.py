"""The events stage alone on a parsed sentence whose actors are fixed by hand
(``test_coder.build_layer``), with chosen rules on or off: one stage a rule set, kept."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from test_coder import build_layer

import rule_settings
from stancemap.events.stage import EventStage
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents


def hand_coder(analyzer: Any) -> Callable[..., list[Any]]:
    """``run(text, actors, enable=(), disable=())``: the events of ``text``, each name of
    ``actors`` (name -> country or None) an actor wherever it stands."""
    stages: dict[tuple[tuple[str, ...], tuple[str, ...]], EventStage] = {}

    def run(
        text: str,
        actors: dict[str, str | None],
        enable: Iterable[str] = (),
        disable: Iterable[str] = (),
    ) -> list[Any]:
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        key = (tuple(enable), tuple(disable))
        if key not in stages:
            settings = rule_settings.with_rules(enable=key[0], disable=key[1])
            stages[key] = EventStage(settings)
        return stages[key](doc, document, build_layer(text, actors), [])

    return run
