"""The acceptance example with upstream records made by hand.

The actors and quotes an analyst reads out of the article (see
../shared/examples/tokayev-putin.expected.md) are built here directly, so this
checks the stances and relations logic alone, whatever state the other stages
are in. ``test_tokayev_example.py`` checks the whole pipeline.
"""

from __future__ import annotations

import pytest
from stance_builders import KAZ, PUTIN, RUS, TOKAYEV, UKR, layer_for

from stancemap.alignment import relate_document
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Quote, Span, Statement
from stancemap.stances import StanceStage
from stancemap.stances.issues import parse_issue_id

WEST = Actor(id="WEST", name="the West", type="group")
USA = Actor(id="USA", name="United States", type="country", country="USA")
EU = Actor(id="EU", name="European Union", type="organization")
DPR = Actor(id="DPR", name="Donetsk People's Republic", type="group")
LPR = Actor(id="LPR", name="Luhansk People's Republic", type="group")

ALIASES = {
    "tokayev": (
        TOKAYEV,
        ["Kassym-Jomart Tokayev", "Tokayev", "Tokaev", "Tokyev", "Tokyo", "Kazakh president"],
    ),
    "putin": (PUTIN, ["Vladimir Putin", "Putin", "Kremlin chief"]),
    "kaz": (KAZ, ["Kazakhstan"]),
    "rus": (RUS, ["Russia", "Moscow"]),
    "ukr": (UKR, ["Ukraine"]),
    "west": (WEST, ["West"]),
    "usa": (USA, ["United States", "US"]),
    "eu": (EU, ["EU", "European bureaucracy"]),
    "dpr": (DPR, ["Donetsk"]),
    "lpr": (LPR, ["Luhansk"]),
}

# (content as written, speaker): the attributions the analyst lists
QUOTES = [
    (
        "Kazakhstan will not recognize the eastern Ukrainian separatist republics of Donetsk and Luhansk as independent states",
        "tokayev",
    ),
    (
        "And of course, this principle also applies to quasi-state areas like Donetsk and Luhansk.",
        "tokayev",
    ),
    ("There are different views, we are an open society,", "tokayev"),
    ("There is a crisis", "tokayev"),
    (
        "But at the same time, you have to realize that the United States and the West are generally in a solid position when it comes to economic development.",
        "tokayev",
    ),
    (
        "They are contributing to the progress of other countries. I think that is our failure.",
        "tokayev",
    ),
    (
        "In the current situation, against the background of increasing risks and threats to us, Russia’s decision to conduct a special military operation was forced and necessary,",
        "putin",
    ),
    ("literally pumped up Ukraine with its weapons and its military advisers,", "putin"),
    (
        "systematic mistakes in the economic policy of the current US government and European bureaucracy.",
        "putin",
    ),
]


@pytest.fixture(scope="module")
def read(analyzer, tokayev) -> tuple[list[Statement], str]:  # type: ignore[no-untyped-def]
    text = tokayev.text  # the article exactly as read (the fixture skips where ../shared is absent)
    document = make_document(text, doc_id="tokayev-putin")
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    layer = layer_for(text, ALIASES)
    quotes = []
    for i, (content, speaker) in enumerate(QUOTES, start=1):
        start = text.index(content)
        span = Span(start=start, end=start + len(content), text=content)
        quotes.append(
            Quote(id=f"q{i}", kind="direct", content=span, speaker=speaker, confidence=0.9)
        )
    statements = StanceStage(analyzer.settings)(doc, document, layer, quotes, [])
    for st in statements:
        assert st.text is not None and text[st.text.start : st.text.end] == st.text.text
    return statements, text


def _pos(statements: list[Statement], actor: str) -> dict[str, Statement]:
    return {parse_issue_id(s.issue.id)[0]: s for s in statements if s.actor == actor}


def test_positions(read) -> None:  # type: ignore[no-untyped-def]
    statements, _ = read
    t, p = _pos(statements, "tokayev"), _pos(statements, "putin")
    assert t["recognition"].polarity == -1 and p["recognition"].polarity == 1
    assert t["recognition"].issue.id == p["recognition"].issue.id == "recognition:DPR+LPR"
    assert t["war"].polarity == -1 and p["war"].polarity == 1
    assert t["economy"].polarity == 1 and p["economy"].polarity == -1
    assert t["war"].issue.id == p["war"].issue.id
    assert t["economy"].issue.id == p["economy"].issue.id


def test_relation(read) -> None:  # type: ignore[no-untyped-def]
    statements, _ = read
    rels = {(r.a, r.b): r for r in relate_document(statements, [])}
    rel = rels[("putin", "tokayev")]
    assert rel.score < 0
    assert {parse_issue_id(i)[0] for i in rel.disagree} >= {"recognition", "war", "economy"}
