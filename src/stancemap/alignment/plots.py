"""Pictures: a pair's alignment over time, an actor's stances, a discourse network.

matplotlib with the Agg backend (no display needed); the file suffix picks the
format (.png or .svg).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402

from .corpus import Corpus  # noqa: E402
from .timeseries import Shift, WindowPoint  # noqa: E402

FORMATS = (".png", ".svg")


def _check(path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"unknown picture format '{path.suffix}': use .png or .svg")
    return path


def plot_pair(
    points: list[WindowPoint], title: str, path: str | Path, shifts: list[Shift] | None = None
) -> Path:
    """A line of the pair's score per window, shifts marked."""
    path = _check(path)
    fig, ax = plt.subplots(figsize=(8, 3.5))
    xs = [p.start for p in points]
    ax.plot(xs, [p.score for p in points], marker="o", color="#2b6cb0")  # type: ignore[arg-type]
    ax.axhline(0, color="#999999", linewidth=0.8)
    for shift in shifts or []:
        ax.axvline(shift.start, color="#c53030", linestyle="--", linewidth=1)  # type: ignore[arg-type]
        ax.annotate(
            f"shift {shift.delta:+.2f}",
            (shift.start, shift.after),
            color="#c53030",
            fontsize=8,  # type: ignore[arg-type]
        )
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("alignment score")
    ax.set_title(title)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_stances(corpus: Corpus, actor: str, path: str | Path) -> Path:
    """A table of one actor's issues: statements for, against, neutral, and the latest position."""
    path = _check(path)
    rows: dict[str, list[int]] = {}
    latest: dict[str, tuple[date, int]] = {}
    for st in corpus.statements:
        if st.actor != actor:
            continue
        row = rows.setdefault(st.issue, [0, 0, 0])
        row[0 if st.polarity > 0 else 1 if st.polarity < 0 else 2] += 1
        when = st.date or date.min
        if st.issue not in latest or when >= latest[st.issue][0]:
            latest[st.issue] = (when, st.polarity)
    words = {1: "for", -1: "against", 0: "neutral"}
    cells = []
    for issue, (pos, neg, neu) in sorted(rows.items()):
        when, polarity = latest[issue]
        last = words[polarity] + (f" ({when.isoformat()})" if when != date.min else "")
        cells.append([corpus.issue_labels.get(issue, issue)[:60], pos, neg, neu, last])
    fig, ax = plt.subplots(figsize=(9, 0.5 + 0.35 * max(1, len(cells))))
    ax.axis("off")
    if cells:
        table = ax.table(
            cellText=cells,
            colLabels=["issue", "for", "against", "neutral", "latest"],
            loc="center",
        )
        table.auto_set_font_size(False)
        table.set_fontsize(8)
        table.auto_set_column_width(list(range(5)))
    else:
        ax.text(0.5, 0.5, "no statements", ha="center", va="center")
    ax.set_title(f"Stances of {corpus.name(actor)}")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_network(graph: nx.Graph, path: str | Path, title: str = "") -> Path:
    """A spring-layout picture; edge colour by sign, width by weight."""
    path = _check(path)
    fig, ax = plt.subplots(figsize=(8, 6))
    ax.axis("off")
    if graph.number_of_nodes():
        layout = nx.spring_layout(graph, seed=7)
        colors = [
            "#d69e2e" if graph.nodes[n].get("kind") == "issue" else "#4299e1" for n in graph.nodes
        ]
        edges = list(graph.edges(data=True))
        sign = [d.get("polarity", d.get("weight", 0)) for _, _, d in edges]
        nx.draw_networkx_nodes(graph, layout, node_color=colors, node_size=300, ax=ax)
        nx.draw_networkx_edges(
            graph,
            layout,
            edge_color=["#2f855a" if s >= 0 else "#c53030" for s in sign],
            width=[0.5 + min(4.0, abs(float(d.get("weight", 1)))) for _, _, d in edges],
            ax=ax,
        )
        labels = {n: str(graph.nodes[n].get("label", n))[:30] for n in graph.nodes}
        nx.draw_networkx_labels(graph, layout, labels=labels, font_size=7, ax=ax)
    ax.set_title(title)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path
