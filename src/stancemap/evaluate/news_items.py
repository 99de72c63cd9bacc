"""The judgeable items of an analysis of a real-news article: events, actor mentions or
actor-pair relations, each with its article, span and reading (``read_as``).

An item quotes the text it points at (``text``, an event's ``sentence``, each relation
evidence's ``text``) so that a person can judge it; the repository keeps only the offsets
(``news_file.strip``). Used by ``stancemap eval realnews`` and ``bench/real_news_sample.py``.
"""

from __future__ import annotations

import hashlib
from typing import Any

WHATS = ("events", "mentions", "relations")


def items_of(article: str, text: str, analysis: dict[str, Any], what: str) -> list[dict[str, Any]]:
    """The judgeable items of one analysis (the contract's JSON): events, mentions or
    relations."""
    names = {a["id"]: a.get("name", a["id"]) for a in analysis["actors"]}
    if what == "relations":
        return relation_items(article, text, analysis, names)
    if what == "mentions":
        return [
            {
                "article": article,
                "start": m["start"],
                "end": m["end"],
                "text": text[m["start"] : m["end"]],
                "read_as": a["id"],
                "verdict": None,
            }
            for a in analysis["actors"]
            for m in a.get("mentions", [])
        ]
    return [event_item(article, text, e, names) for e in analysis["events"]]


def event_item(
    article: str, text: str, event: dict[str, Any], names: dict[str, str]
) -> dict[str, Any]:
    """One event: its trigger span and type, arguments by name, its sentence (the
    event's evidence span) with offsets, and its later mentions' trigger offsets."""
    span = event.get("evidence") or event["trigger"]
    start, end = event["trigger"]["start"], event["trigger"]["end"]
    return {
        "article": article,
        "start": start,
        "end": end,
        "text": text[start:end],
        "read_as": event["type"],
        "cameo": event.get("cameo"),
        "mode": event.get("mode"),
        "source": [names.get(s, s) for s in event["source"]],
        "target": [names.get(t, t) for t in event["target"]],
        "sentence": text[span["start"] : span["end"]],
        "sentence_start": span["start"],
        "sentence_end": span["end"],
        # later mentions of a merged event (trigger offsets): the scorer reads the event
        # at each of them as well as at its trigger (news_score.by_mention, session 30)
        "mentions": [[m["start"], m["end"]] for m in event.get("mentions") or []],
        "verdict": None,
        "args_verdict": None,
    }


def title_end(text: str) -> int:
    """Where the headline (the text's first paragraph) ends."""
    cut = text.find("\n\n")
    return len(text) if cut < 0 else cut


def evidence_kind(
    ref: dict[str, Any], statements: dict[str, dict[str, Any]], title_end: int
) -> str:
    """What one evidence item of a relation is: event, quote, statement on a quote or an
    event, a headline or other claim statement (claims, rejections), voice, carried."""
    via = ref.get("via") or ""
    if via.startswith("voice:"):
        return "voice"
    if via.startswith("leaders:"):
        return "carried"
    if ref["kind"] != "statement":
        return str(ref["kind"])
    rests = statements.get(ref["id"], {}).get("evidence", [])
    if any(r.startswith("q") for r in rests):
        return "statement:quote"
    if rests:
        return "statement:event"
    span = ref.get("span") or {}
    return "headline" if span.get("end", title_end + 1) <= title_end else "claim"


def relation_items(
    article: str, text: str, analysis: dict[str, Any], names: dict[str, str]
) -> list[dict[str, Any]]:
    """One item per related pair: the pair (sorted ids), its sign and score, and each
    evidence item's kind, weight, span and words; ``kind`` is the heaviest item's."""
    statements = {s["id"]: s for s in analysis.get("statements", [])}
    headline = title_end(text)
    out = []
    for r in analysis.get("relations", []):
        if not r.get("score"):
            continue
        a, b = sorted((r["a"], r["b"]))
        evidence = []
        for ref in r.get("evidence_spans", []):
            span = ref.get("span") or {}
            evidence.append(
                {
                    "id": ref["id"],
                    "kind": evidence_kind(ref, statements, headline),
                    "weight": ref.get("weight", 0.0),
                    "start": span.get("start"),
                    "end": span.get("end"),
                    "text": text[span["start"] : span["end"]] if span else None,
                    "via": ref.get("via"),
                }
            )
        heaviest = max(evidence, key=lambda e: e["weight"], default=None)
        out.append(
            {
                "article": article,
                "pair": [a, b],
                "names": [names.get(a, a), names.get(b, b)],
                "start": min((e["start"] for e in evidence if e["start"] is not None), default=0),
                "end": max((e["end"] for e in evidence if e["end"] is not None), default=0),
                "read_as": "+" if r["score"] > 0 else "-",
                "score": r["score"],
                "confidence": r.get("confidence"),
                "kind": heaviest["kind"] if heaviest else None,
                "evidence": evidence,
                "verdict": None,
                "cause": None,
            }
        )
    return out


NAME_CHARS = 40  # a longer actor name is kept as a digest: it would quote the article


def article_date(stem: str) -> str | None:
    """A PolNeAR article's date from its file stem (outlet_date_slug), else None."""
    return stem.split("_")[1] if stem.count("_") >= 2 else None


def article_period(stem: str) -> tuple[str, str] | None:
    """The known period of an undated corpus's article (session 62 DT): the BBC News
    set's or the Lee corpus's years by the stem, else None (a PolNeAR stem has its date)."""
    from . import bbc_corpus, lee_corpus

    if bbc_corpus.is_bbc(stem):
        return bbc_corpus.PERIOD
    if lee_corpus.is_lee(stem):
        return lee_corpus.PERIOD
    return None


def name_key(name: str) -> str:
    """An actor name as a text-free file keeps it: itself, or where longer than
    ``NAME_CHARS`` (a phrase of the article read as an actor) a digest of it."""
    if len(name) <= NAME_CHARS or name.startswith("#"):
        return name
    return f"#{hashlib.sha256(name.encode('utf-8')).hexdigest()[:16]}"
