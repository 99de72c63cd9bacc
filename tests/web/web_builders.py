"""Hand-built analyses for the web tests (no NLP): spans are found in the text by search."""

from __future__ import annotations

from typing import Any

from stancemap.ingest.identity import content_sha256
from stancemap.records import Analysis


def span(text: str, part: str, after: int = 0) -> dict[str, Any]:
    start = text.index(part, after)
    return {"start": start, "end": start + len(part), "text": part}


def analysis(
    doc_id: str,
    text: str,
    *,
    date: str | None = "2025-03-01",
    actors: list[dict[str, Any]] | None = None,
    quotes: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
    statements: list[dict[str, Any]] | None = None,
    relations: list[dict[str, Any]] | None = None,
    excluded: list[dict[str, Any]] | None = None,
    title: str | None = None,
) -> Analysis:
    return Analysis.model_validate(
        {
            "document": {
                "id": doc_id,
                "sha256": content_sha256(text),
                "date": date,
                "title": title or text.split("\n", 1)[0][:80],
                "language": "en",
                "excluded": excluded or [],
            },
            "text": text,
            "actors": actors or [],
            "quotes": quotes or [],
            "events": events or [],
            "statements": statements or [],
            "relations": relations or [],
        }
    )


def actor(actor_id: str, name: str, text: str, *names: str, **extra: Any) -> dict[str, Any]:
    mentions = []
    for part in names:
        at = 0
        while (found := text.find(part, at)) >= 0:
            mentions.append({"start": found, "end": found + len(part), "text": part})
            at = found + len(part)
    return {"id": actor_id, "name": name, "type": "person", "mentions": mentions, **extra}


SUMMIT = (
    "Ministers meet on trade\n\n"
    'Ann Lee said "the tariff must go" after the talks. '
    "Bob Roe rejected the plan. "
    'Bob Roe said "we will never agree to that".\n'
    "Share this article"
)


def summit(doc_id: str = "summit", date: str = "2025-03-01", *, agree: bool = False) -> Analysis:
    """Ann Lee and Bob Roe: two quotes, one event, two statements, one relation."""
    text = SUMMIT
    ann = actor("person:ann-lee", "Ann Lee", text, "Ann Lee", country="AAA", role="Minister")
    bob = actor("person:bob-roe", "Bob Roe", text, "Bob Roe")
    q1 = {
        "id": "q1",
        "kind": "direct",
        "content": span(text, "the tariff must go"),
        "cue": span(text, "said"),
        "source": span(text, "Ann Lee"),
        "speaker": ann["id"],
        "confidence": 0.9,
    }
    second = text.index("Bob Roe said")
    q2 = {
        "id": "q2",
        "kind": "direct",
        "content": span(text, "we will never agree to that"),
        "cue": span(text, "said", second),
        "source": span(text, "Bob Roe", second),
        "speaker": bob["id"],
        "confidence": 0.8,
    }
    e1 = {
        "id": "e1",
        "type": "REJECT",
        "trigger": span(text, "rejected"),
        "source": [bob["id"]],
        "target": [ann["id"]],
        "confidence": 0.7,
        "date": date,
    }
    pol = 1 if agree else -1
    statements = [
        {
            "id": "s1",
            "actor": ann["id"],
            "issue": {"id": "tariff", "label": "the tariff"},
            "polarity": -1,
            "evidence": ["q1"],
            "confidence": 0.8,
            "text": span(text, "the tariff must go"),
        },
        {
            "id": "s2",
            "actor": bob["id"],
            "issue": {"id": "tariff", "label": "the tariff"},
            "polarity": -pol,
            "evidence": ["q2"],
            "confidence": 0.7,
            "text": span(text, "we will never agree to that"),
        },
    ]
    relation = {
        "a": ann["id"],
        "b": bob["id"],
        "agree": ["tariff"] if agree else [],
        "disagree": [] if agree else ["tariff"],
        "cooperation": 0,
        "conflict": 0 if agree else 1,
        "score": 0.6 if agree else -0.8,
        "evidence": ["s1", "s2"] if agree else ["s1", "s2", "e1"],
        # what the analysis says of each piece, and how sure it is of the sign
        "evidence_spans": [
            {"id": "s1", "kind": "statement", "span": statements[0]["text"], "weight": 0.8},
            {"id": "s2", "kind": "statement", "span": statements[1]["text"], "weight": 0.7},
            *(
                []
                if agree
                else [{"id": "e1", "kind": "event", "span": e1["trigger"], "weight": 0.7}]
            ),
        ],
        "confidence": 0.55 if agree else 0.8,
    }
    tail = text.index("Share this article")
    return analysis(
        doc_id,
        text,
        date=date,
        actors=[ann, bob],
        quotes=[q1, q2],
        events=[] if agree else [e1],
        statements=statements,
        relations=[relation],
        excluded=[{"start": tail, "end": len(text), "reason": "share button"}],
    )


CARRIED = "Aland and Borland fell out over the tariff.\n"


def carried_by_leaders(doc_id: str = "carried", date: str = "2025-06-10") -> Analysis:
    """Two countries whose only evidence is carried from their leaders' relation
    (``via``: Ann Lee and Bob Roe), as ``alignment`` marks a country following them."""
    text = CARRIED
    countries = [
        {**actor("country:aaa", "Aland", text, "Aland"), "type": "country"},
        {**actor("country:bbb", "Borland", text, "Borland"), "type": "country"},
    ]
    relation = {
        "a": "country:aaa",
        "b": "country:bbb",
        "score": -0.7,
        "evidence": ["s1"],
        "evidence_spans": [
            {
                "id": "s1",
                "kind": "statement",
                "span": span(text, "fell out over the tariff"),
                "weight": 0.5,
                "via": "leaders:person:ann-lee~person:bob-roe",
            }
        ],
        "confidence": 0.66,
    }
    return analysis(doc_id, text, date=date, actors=countries, relations=[relation])
