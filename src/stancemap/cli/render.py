"""The readable default view of an analysis: one Rich table per question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ..ingest.safety import terminal_safe
from ..records import Analysis, Relation


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


class _PlainTable(Table):
    """A table whose cells are plain text: control sequences and Rich markup in
    document text (names, quotes, triggers) are shown, never interpreted."""

    def add_row(self, *cells: object, **options: Any) -> None:  # type: ignore[override]
        super().add_row(
            *(c if isinstance(c, Text) else Text(terminal_safe(str(c))) for c in cells), **options
        )


def _safe_table(title: str) -> Table:
    return _PlainTable(title=title)


def render_analysis(result: Analysis, console: Console) -> None:
    names = {a.id: a.name for a in result.actors}

    def who(actor_id: str | None) -> str:
        return names.get(actor_id or "", actor_id or "?")

    doc = result.document
    heading = escape(terminal_safe(doc.title or doc.id))
    console.rule(f"[bold]{heading}[/bold]  ({doc.date or 'undated'})")

    table = _safe_table("Actors")
    for col in ("name", "type", "country", "sector", "role", "mentions"):
        table.add_column(col)
    for a in result.actors:
        table.add_row(
            a.name, a.type, a.country or "", a.sector or "", a.role or "", str(len(a.mentions))
        )
    console.print(table)

    table = _safe_table("Who said what")
    for col in ("speaker", "kind", "content", "conf"):
        table.add_column(col)
    for q in result.quotes:
        table.add_row(who(q.speaker), q.kind, _short(q.content.text), f"{q.confidence:.2f}")
    console.print(table)

    table = _safe_table("Who did what to whom")
    for col in ("source", "event", "mode", "target", "trigger", "date"):
        table.add_column(col)
    for e in result.events:
        table.add_row(
            ", ".join(map(who, e.source)),
            e.type,
            e.mode or "",
            ", ".join(map(who, e.target)),
            e.trigger.text,
            e.date or "",
        )
    console.print(table)

    table = _safe_table("Stances")
    for col in ("actor", "issue", "polarity", "evidence"):
        table.add_column(col)
    sign = {1: Text("for", "green"), -1: Text("against", "red"), 0: Text("neutral")}
    for s in result.statements:
        table.add_row(
            who(s.actor), _short(s.issue.label, 60), sign[s.polarity], ", ".join(s.evidence)
        )
    console.print(table)

    table = _safe_table("Relations")
    for col in ("a", "b", "score", "conf", "agree", "disagree", "coop", "conflict", "carried"):
        table.add_column(col)
    for r in sorted(result.relations, key=lambda r: r.score):
        held = r.carried  # what the pair holds only through its leaders (as the web shows)
        table.add_row(
            who(r.a),
            who(r.b),
            f"{r.score:+.2f}",
            "" if r.confidence is None else f"{r.confidence:.2f}",
            _with_carried(len(r.agree), len(held.agree) if held else 0),
            _with_carried(len(r.disagree), len(held.disagree) if held else 0),
            _with_carried(r.cooperation, held.cooperation if held else 0),
            _with_carried(r.conflict, held.conflict if held else 0),
            _carried(r, who),
        )
    console.print(table)


def _with_carried(own: int, carried: int) -> str:
    """A count of the pair's own, and beside it what its leaders carry ("0 +2 carried")."""
    return f"{own} +{carried} carried" if carried else str(own)


def _carried(relation: Relation, who: Callable[[str], str]) -> str:
    """Evidence a pair holds through others (a country following its leaders): how many
    pieces and from which pair, so a row with no counts of its own still shows its basis."""
    pairs: dict[str, int] = {}
    for ref in relation.evidence_spans:
        if ref.via:
            pairs[ref.via] = pairs.get(ref.via, 0) + 1
    parts = []
    for via, count in pairs.items():
        kind, _, pair = via.partition(":")
        a, _, b = pair.partition("~")
        parts.append(f"{count} via {kind} {who(a)} ~ {who(b)}" if b else f"{count} via {via}")
    return "; ".join(parts)
