"""A new user's view (session 9 audit): two wire passages written for this test, each
with a headline, a dateline, a photo caption and agency lines, keep the contract
beyond its shape: every offset indexes ``text`` (evidence spans too), every relation
has evidence and joins two sides, confidences come from the calibration maps, and no
byline, caption, credit or copyright line gives an actor, a quote or an event."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # the session's spaCy pipeline

SEOUL = (
    "Japan and South Korea pledge closer ties as Seoul hosts talks\n\n"
    "By Jane Doe, Staff Reporter\nPublished March 3, 2025\n\n"
    "SEOUL, March 3 (Reuters) - South Korean President Yoon Suk Yeol and Japanese Prime "
    "Minister Shigeru Ishiba agreed on Monday to expand security cooperation, as both "
    "countries face growing missile threats from North Korea.\n\n"
    "Photo: South Korean President Yoon Suk Yeol shakes hands with Japanese Prime Minister "
    "Shigeru Ishiba in Seoul, March 3, 2025. REUTERS/Kim Hong-Ji\n\n"
    '"We will stand together against any provocation," Yoon told reporters after the '
    "meeting. Ishiba said Tokyo would share missile warning data with Seoul in real time.\n\n"
    'North Korea\'s foreign ministry condemned the talks as a "war rehearsal" and warned '
    "that Pyongyang would respond.\n\nReporting by Jane Doe; Editing by John Smith\n"
)
NILE = (
    "Egypt warns Ethiopia over Nile dam filling\n\n"
    "CAIRO, Aug 12 (AP) \u2014 Egypt's foreign minister Badr Abdelatty accused Ethiopia on "
    "Tuesday of violating international law by starting a new filling of its giant dam on "
    "the Blue Nile.\n\n"
    "The Grand Ethiopian Renaissance Dam on the Blue Nile near Guba, Ethiopia, is seen in "
    "this file photo. (AP Photo/File)\n\n"
    '"Cairo will not stand idly by," Abdelatty said in a statement. Ethiopian Prime '
    "Minister Abiy Ahmed rejected the accusation and said the dam posed no threat to "
    "downstream countries.\n\nSudan called for a return to talks mediated by the African "
    "Union.\n\nCopyright 2025 The Associated Press. All rights reserved.\n"
)
# the lines no actor, quote or event may come from
CHROME = {
    "seoul": ["By Jane Doe", "Published March 3", "Photo: South Korean", "Reporting by Jane"],
    "nile": ["The Grand Ethiopian Renaissance Dam", "Copyright 2025"],
}


@pytest.fixture(scope="module")
def analysed(analyzer: Any) -> dict[str, dict[str, Any]]:
    out = {}
    for doc_id, text in (("seoul", SEOUL), ("nile", NILE)):
        item = analyzer.analyze_text(text, doc_id=doc_id, date="2025-03-03")
        out[doc_id] = json.loads(item.model_dump_json())
    return out


def _spans(rec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for actor in rec["actors"]:
        for mention in actor["mentions"]:
            yield f"actor {actor['id']}", mention
    for quote in rec["quotes"]:
        for key in ("content", "cue", "source"):
            if quote.get(key):
                yield f"quote {quote['id']} {key}", quote[key]
    for event in rec["events"]:
        yield f"event {event['id']} trigger", event["trigger"]
        if event.get("evidence"):
            yield f"event {event['id']} evidence", event["evidence"]
    for statement in rec["statements"]:
        for span in statement.get("spans") or []:
            yield f"statement {statement['id']}", span
    for relation in rec["relations"]:
        for piece in relation.get("evidence_spans") or []:
            yield f"relation {relation['a']}~{relation['b']}", piece["span"]


def _line_of(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1 : text.find("\n", start)]


@pytest.mark.parametrize("doc_id", ["seoul", "nile"])
def test_every_span_indexes_the_text(analysed: dict[str, Any], doc_id: str) -> None:
    rec = analysed[doc_id]
    spans = list(_spans(rec))
    assert len(spans) > 20
    for where, span in spans:
        assert rec["text"][span["start"] : span["end"]] == span["text"], where


@pytest.mark.parametrize("doc_id", ["seoul", "nile"])
def test_no_chrome_line_gives_an_actor_a_quote_or_an_event(
    analysed: dict[str, Any], doc_id: str
) -> None:
    rec = analysed[doc_id]
    text = rec["text"]
    excluded = [(x["start"], x["end"]) for x in rec["document"]["excluded"]]
    for opening in CHROME[doc_id]:
        at = text.index(opening)
        assert any(s <= at < e for s, e in excluded), f"not excluded: {opening!r}"
    for where, span in _spans(rec):
        if where.startswith("relation") or where.startswith("statement"):
            continue  # their spans are the sentences of the items below
        line = _line_of(text, span["start"])
        assert not any(line.startswith(o) for o in CHROME[doc_id]), (where, line)
    names = {a["name"] for a in rec["actors"]}
    assert not names & {"Jane Doe", "John Smith", "Kim Hong-Ji", "Associated Press"}


@pytest.mark.parametrize("doc_id", ["seoul", "nile"])
def test_relations_have_evidence_and_join_two_sides(analysed: dict[str, Any], doc_id: str) -> None:
    rec = analysed[doc_id]
    actors = {a["id"]: a for a in rec["actors"]}
    assert rec["relations"]
    for relation in rec["relations"]:
        assert relation["evidence_spans"], relation
        a, b = actors[relation["a"]], actors[relation["b"]]
        assert a["id"] != b["id"]
        if "country" in (a["type"], b["type"]):
            assert a["country"] != b["country"], (a["id"], b["id"])


def test_confidences_come_from_the_calibration_maps(analysed: dict[str, Any]) -> None:
    path = resources.files("stancemap").joinpath("data", "calibration.toml")
    calibration = tomllib.loads(path.read_text("utf-8"))
    for kind in ("quotes", "events"):
        values = {round(v, 3) for v in calibration[kind]["map"].values()}
        values.add(round(calibration[kind]["default"], 3))
        seen = [round(x["confidence"], 3) for rec in analysed.values() for x in rec[kind]]
        assert len(seen) >= 6
        assert set(seen) <= values, kind
        assert len(set(seen)) >= 2, f"{kind}: one confidence for everything"
