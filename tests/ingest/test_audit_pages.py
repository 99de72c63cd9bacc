"""A new user's audit, session 10: six pasted news pages written for it, in three
outlets' layouts (``data/audit_pages``; their chrome lines were listed before any page
was analysed). What the contract and the page reader promise must hold on each: every
chrome line is excluded and gives no actor, quote, event or statement; every offset
indexes ``text``; every relation has evidence and joins two sides; confidences come
from the calibration maps. ``bench/new_user_audit.py`` counts the same and the signs."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # the session's spaCy pipeline

PAGES = Path(__file__).parent / "data" / "audit_pages"
EXPECTED = tomllib.loads((PAGES / "expected.toml").read_text("utf-8"))


@pytest.fixture(scope="module")
def analysed(analyzer: Any) -> dict[str, dict[str, Any]]:
    out = {}
    for page in EXPECTED:
        text = (PAGES / f"{page}.txt").read_text("utf-8")
        out[page] = json.loads(analyzer.analyze_text(text, doc_id=page).model_dump_json())
    return out


def _chrome_lines(text: str, openings: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each chrome line: a one-word opening is the whole line ("Japan"
    in a topic list, never "Japanese Prime Minister ..."), a longer one opens it
    (as ``bench/new_user_audit.py`` reads them)."""
    out, at = [], 0
    for line in text.split("\n"):
        bare = line.strip()
        for opening in openings:
            rest = bare[len(opening) :] if bare.startswith(opening) else None
            opens = " " in opening and rest is not None
            # as whole words: "North Korea" opens no "North Korea's foreign ministry ..."
            if opens and rest and (rest[0].isalnum() or rest[0] in "'\u2019"):
                opens = False
            if bare and (bare == opening or opens):
                out.append((at, at + len(line.rstrip())))
                break
        at += len(line) + 1
    return out


def _spans(rec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for actor in rec["actors"]:
        for mention in actor["mentions"]:
            yield "mention", mention
    for quote in rec["quotes"] + rec["embedded_quotes"]:
        for key in ("content", "cue", "source"):
            if quote.get(key):
                yield f"quote {key}", quote[key]
    for event in rec["events"]:
        yield "event trigger", event["trigger"]
    for statement in rec["statements"]:
        for span in statement.get("spans") or []:
            yield "statement", span
    for relation in rec["relations"]:
        for piece in relation["evidence_spans"]:
            if piece.get("span"):
                yield "relation evidence", piece["span"]


@pytest.mark.parametrize("page", list(EXPECTED))
def test_every_chrome_line_is_excluded_and_gives_nothing(
    analysed: dict[str, dict[str, Any]], page: str
) -> None:
    rec = analysed[page]
    excluded = [(x["start"], x["end"]) for x in rec["document"]["excluded"]]
    chrome = _chrome_lines(rec["text"], EXPECTED[page]["chrome"])
    assert len(chrome) >= 10
    for start, end in chrome:
        assert any(s <= start and end <= e for s, e in excluded), rec["text"][start:end]
    for where, span in _spans(rec):
        if where != "relation evidence":
            assert not any(s <= span["start"] < e for s, e in chrome), (where, span)


@pytest.mark.parametrize("page", list(EXPECTED))
def test_every_span_indexes_the_text(analysed: dict[str, dict[str, Any]], page: str) -> None:
    rec = analysed[page]
    spans = list(_spans(rec))
    assert len(spans) >= 20
    for where, span in spans:
        assert rec["text"][span["start"] : span["end"]] == span["text"], where


@pytest.mark.parametrize("page", list(EXPECTED))
def test_relations_have_evidence_and_join_two_sides(
    analysed: dict[str, dict[str, Any]], page: str
) -> None:
    rec = analysed[page]
    actors = {a["id"]: a for a in rec["actors"]}
    assert rec["relations"]
    for relation in rec["relations"]:
        assert relation["evidence_spans"], relation
        a, b = actors[relation["a"]], actors[relation["b"]]
        if "country" in (a["type"], b["type"]):
            assert a["country"] != b["country"], (a["id"], b["id"])


def test_confidences_come_from_the_calibration_maps(
    analysed: dict[str, dict[str, Any]],
) -> None:
    path = resources.files("stancemap").joinpath("data", "calibration.toml")
    calibration = tomllib.loads(path.read_text("utf-8"))
    for kind in ("quotes", "events"):
        values = {round(v, 3) for v in calibration[kind]["map"].values()}
        values.add(round(calibration[kind]["default"], 3))
        seen = [round(x["confidence"], 3) for rec in analysed.values() for x in rec[kind]]
        assert len(seen) >= 20 and set(seen) <= values, kind


def test_a_carried_country_pair_says_what_it_carries(
    analysed: dict[str, dict[str, Any]],
) -> None:
    """Every relation whose evidence is all carried from leaders names them in
    ``carried`` (the pages hold several: France ~ Germany, Canada ~ Mexico, ...)."""
    whole = [
        r
        for rec in analysed.values()
        for r in rec["relations"]
        if r["evidence_spans"] and all(e["via"] for e in r["evidence_spans"])
    ]
    assert len(whole) >= 3
    for relation in whole:
        assert relation["carried"] and relation["carried"]["via"], relation
