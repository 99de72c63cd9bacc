"""The readable tables of ``stancemap analyze`` (cli/render.py), on built records."""

from __future__ import annotations

from rich.console import Console

from stancemap.cli.render import render_analysis
from stancemap.records import (
    Actor,
    Analysis,
    DocumentInfo,
    Event,
    Issue,
    Quote,
    Relation,
    Span,
    Statement,
)

TEXT = "Lee Morgan said the budget was dead. Morgan criticised Springfield."


def _span(text: str) -> Span:
    start = TEXT.index(text)
    return Span(start=start, end=start + len(text), text=text)


def _analysis() -> Analysis:
    lee = Actor(
        id="person:lee",
        name="Lee Morgan",
        type="person",
        country="USA",
        sector="GOV",
        role="Mayor of Springfield",
        mentions=[_span("Lee Morgan"), _span("Morgan criticised")],
    )
    town = Actor(
        id="city:springfield", name="Springfield", type="location", mentions=[_span("Springfield")]
    )
    return Analysis(
        document=DocumentInfo(id="d1", sha256="0" * 64, title="Budget row", date="2024-11-14"),
        text=TEXT,
        actors=[lee, town],
        quotes=[
            Quote(
                id="q1",
                kind="indirect",
                content=_span("the budget was dead"),
                cue=_span("said"),
                source=_span("Lee Morgan"),
                speaker="person:lee",
                confidence=0.85,
            )
        ],
        events=[
            Event(
                id="e1",
                type="ACCUSE",
                cameo="111",
                trigger=_span("criticised"),
                source=["person:lee"],
                target=["city:springfield"],
                date="2024-11-14",
                confidence=0.7,
            )
        ],
        statements=[
            Statement(
                id="s1",
                actor="person:lee",
                issue=Issue(id="budget", label="the budget"),
                polarity=-1,
                evidence=["q1"],
                confidence=0.6,
            )
        ],
        relations=[Relation(a="person:lee", b="city:springfield", score=-0.5, conflict=1)],
    )


def _rendered() -> str:
    console = Console(record=True, width=200, color_system=None)
    render_analysis(_analysis(), console)
    return console.export_text()


def test_every_table_is_there_with_its_rows() -> None:
    out = _rendered()
    for title in ("Actors", "Who said what", "Who did what to whom", "Stances", "Relations"):
        assert title in out
    assert "Budget row" in out and "2024-11-14" in out
    actors_row = next(line for line in out.splitlines() if "Mayor of Springfield" in line)
    assert "Lee Morgan" in actors_row and "USA" in actors_row and "GOV" in actors_row
    assert "2" in actors_row.split("Mayor of Springfield")[1]  # two mentions


def test_ids_are_shown_as_names_and_numbers_formatted() -> None:
    out = _rendered()
    quote_row = next(line for line in out.splitlines() if "the budget was dead" in line)
    assert "Lee Morgan" in quote_row and "person:lee" not in quote_row and "0.85" in quote_row
    event_row = next(line for line in out.splitlines() if "criticised" in line)
    assert "ACCUSE" in event_row and "Springfield" in event_row
    stance_row = next(line for line in out.splitlines() if "the budget" in line and "q1" in line)
    assert "against" in stance_row
    relation_row = next(line for line in out.splitlines() if "-0.50" in line)
    assert "Lee Morgan" in relation_row and "Springfield" in relation_row


def test_markup_in_document_text_is_shown_not_interpreted() -> None:
    analysis = _analysis()
    analysis.actors[0].name = "[bold]Lee[/bold]"
    console = Console(record=True, width=200, color_system=None)
    render_analysis(analysis, console)
    assert "[bold]Lee[/bold]" in console.export_text()


def test_a_pair_carried_from_its_leaders_names_them_and_its_confidence() -> None:
    from stancemap.records import EvidenceRef

    analysis = _analysis()
    analysis.actors.append(Actor(id="country:fra", name="France", type="country"))
    analysis.relations.append(
        Relation(
            a="country:fra",
            b="city:springfield",
            score=-0.75,
            confidence=0.42,
            evidence_spans=[
                EvidenceRef(id="e1", kind="event", via="leaders:person:lee~city:springfield"),
                EvidenceRef(id="s1", kind="statement", via="leaders:person:lee~city:springfield"),
                EvidenceRef(id="q1", kind="quote"),
            ],
        )
    )
    console = Console(record=True, width=250, color_system=None)
    render_analysis(analysis, console)
    lines = console.export_text().splitlines()
    row = next(line for line in lines if "-0.75" in line)
    assert "0.42" in row
    assert "2 via leaders Lee Morgan ~ Springfield" in row
    plain = next(line for line in lines if "-0.50" in line)
    assert "via" not in plain


def test_a_carried_pair_counts_what_its_leaders_hold_beside_its_own() -> None:
    """The table reads ``Relation.carried`` as the JSON and the web do: a country pair
    with no issue of its own shows the leaders' disagreements as carried."""
    from stancemap.records import CarriedPart, EvidenceRef

    analysis = _analysis()
    analysis.actors.append(Actor(id="country:fra", name="France", type="country"))
    via = "leaders:person:lee~city:springfield"
    analysis.relations.append(
        Relation(
            a="country:fra",
            b="city:springfield",
            score=-0.75,
            evidence_spans=[EvidenceRef(id="s1", kind="statement", via=via)],
            carried=CarriedPart(disagree=["budget", "taxes"], conflict=1, via=[via]),
        )
    )
    console = Console(record=True, width=250, color_system=None)
    render_analysis(analysis, console)
    lines = console.export_text().splitlines()
    row = next(line for line in lines if "-0.75" in line)
    assert "0 +2 carried" in row and "0 +1 carried" in row
    plain = next(line for line in lines if "-0.50" in line)
    assert "carried" not in plain
