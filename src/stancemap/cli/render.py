"""The readable default view of an analysis: one Rich table per question."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from ..records import Analysis


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_analysis(result: Analysis, console: Console) -> None:
    names = {a.id: a.name for a in result.actors}

    def who(actor_id: str | None) -> str:
        return names.get(actor_id or "", actor_id or "?")

    doc = result.document
    console.rule(f"[bold]{doc.title or doc.id}[/bold]  ({doc.date or 'undated'})")

    table = Table(title="Actors", show_lines=False)
    for col in ("name", "type", "country", "sector", "role", "mentions"):
        table.add_column(col)
    for a in result.actors:
        table.add_row(
            a.name, a.type, a.country or "", a.sector or "", a.role or "", str(len(a.mentions))
        )
    console.print(table)

    table = Table(title="Who said what")
    for col in ("speaker", "kind", "content", "conf"):
        table.add_column(col)
    for q in result.quotes:
        table.add_row(who(q.speaker), q.kind, _short(q.content.text), f"{q.confidence:.2f}")
    console.print(table)

    table = Table(title="Who did what to whom")
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

    table = Table(title="Stances")
    for col in ("actor", "issue", "polarity", "evidence"):
        table.add_column(col)
    sign = {1: "[green]for[/green]", -1: "[red]against[/red]", 0: "neutral"}
    for s in result.statements:
        table.add_row(
            who(s.actor), _short(s.issue.label, 60), sign[s.polarity], ", ".join(s.evidence)
        )
    console.print(table)

    table = Table(title="Relations")
    for col in ("a", "b", "score", "agree", "disagree", "coop", "conflict"):
        table.add_column(col)
    for r in sorted(result.relations, key=lambda r: r.score):
        table.add_row(
            who(r.a),
            who(r.b),
            f"{r.score:+.2f}",
            str(len(r.agree)),
            str(len(r.disagree)),
            str(r.cooperation),
            str(r.conflict),
        )
    console.print(table)
