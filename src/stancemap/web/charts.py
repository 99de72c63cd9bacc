"""Server-side SVG charts: geometry here, markup in the templates (autoescaped).

No chart library ships JavaScript to the page: the pair chart is a line of
linked points (each point opens the evidence of its window), the network a
force layout (networkx) of linked nodes and edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import networkx as nx

WIDTH, HEIGHT = 860, 320
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 48, 44, 18, 46
MAX_X_LABELS = 12


@dataclass
class ChartPoint:
    x: float
    y: float
    label: str  # window start date
    score: float
    href: str
    current: bool = False


@dataclass
class ChartTick:
    pos: float
    label: str


@dataclass
class ShiftMark:
    x: float
    label: str


@dataclass
class PairChart:
    width: int
    height: int
    points: list[ChartPoint]
    path: str
    y_ticks: list[ChartTick]
    x_ticks: list[ChartTick]
    shifts: list[ShiftMark]
    zero_y: float
    turns: list[ShiftMark] = field(default_factory=list)  # turns dated to the day
    left: int = PAD_LEFT
    right: int = WIDTH - PAD_RIGHT
    top: int = PAD_TOP
    bottom: int = HEIGHT - PAD_BOTTOM


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def pair_chart(
    points: list[Any],
    shifts: list[Any],
    href_for: Any,
    current: str | None = None,
    turns: list[Any] | None = None,
) -> PairChart:
    """Geometry of a relation-over-time chart.

    ``points`` have ``start`` (YYYY-MM-DD) and ``score`` (-1..1); ``shifts``
    have ``start``, ``before`` and ``after``; ``turns`` have ``date``, ``before``
    and ``after`` (a turn dated to the day); ``href_for(point)`` is the link
    that opens a point's evidence; ``current`` is the start of the open point.
    """
    dated = [(d, p) for p in points if (d := _day(p.start)) is not None]
    dated.sort(key=lambda dp: dp[0])
    left, right = PAD_LEFT, WIDTH - PAD_RIGHT
    top, bottom = PAD_TOP, HEIGHT - PAD_BOTTOM
    first = dated[0][0] if dated else date.today()
    last = dated[-1][0] if dated else first
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        if len(dated) <= 1:
            return (left + right) / 2
        return round(left + (right - left) * (day - first).days / span, 1)

    def y_of(score: float) -> float:
        score = max(-1.0, min(1.0, score))
        return round(top + (bottom - top) * (1 - score) / 2, 1)

    chart_points = [
        ChartPoint(x_of(d), y_of(p.score), p.start, p.score, href_for(p), p.start == current)
        for d, p in dated
    ]
    path = " ".join(f"{'M' if i == 0 else 'L'}{pt.x},{pt.y}" for i, pt in enumerate(chart_points))
    step = max(1, -(-len(chart_points) // MAX_X_LABELS))
    x_ticks = [ChartTick(pt.x, pt.label) for pt in chart_points[::step]]
    y_ticks = [ChartTick(y_of(v), f"{v:+.1f}" if v else "0") for v in (1, 0.5, 0, -0.5, -1)]
    marks = []
    for shift in shifts:
        if (d := _day(shift.start)) is not None and dated:
            marks.append(ShiftMark(x_of(d), f"shift {shift.before:+.2f} \u2192 {shift.after:+.2f}"))
    turn_marks = []
    for turn in turns or []:
        day = _day(turn.date)
        if day is not None and dated:  # a turn inside the last window sits on its point
            label = f"turn {turn.date}: {turn.before:+.2f} \u2192 {turn.after:+.2f}"
            turn_marks.append(ShiftMark(x_of(max(first, min(day, last))), label))
    chart = PairChart(WIDTH, HEIGHT, chart_points, path, y_ticks, x_ticks, marks, y_of(0))
    chart.turns = turn_marks
    return chart


@dataclass
class NetNode:
    id: str
    label: str
    x: float
    y: float
    r: float
    href: str


@dataclass
class NetEdge:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    sign: str  # pos, neg, mid
    title: str
    href: str


@dataclass
class NetworkChart:
    width: int
    height: int
    nodes: list[NetNode] = field(default_factory=list)
    edges: list[NetEdge] = field(default_factory=list)
    dropped: int = 0


def network_chart(
    graph: nx.Graph, node_href: Any, edge_href: Any, max_nodes: int = 60
) -> NetworkChart:
    """Positions of a one-mode actor network (kept to the ``max_nodes`` best connected)."""
    width, height = 900, 620
    chart = NetworkChart(width, height)
    if graph.number_of_nodes() == 0:
        return chart
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n, weight=None), str(n)))
    keep = ranked[:max_nodes]
    chart.dropped = graph.number_of_nodes() - len(keep)
    sub = graph.subgraph(keep)
    strength = {n: sum(abs(d.get("weight", 1)) for *_, d in sub.edges(n, data=True)) for n in sub}
    positions = nx.spring_layout(sub, seed=7, weight=None) if len(sub) > 1 else {keep[0]: (0, 0)}
    pad = 60
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    x_min, x_max, y_min, y_max = min(xs), max(xs), min(ys), max(ys)

    def place(node: Any) -> tuple[float, float]:
        px, py = positions[node]
        fx = (px - x_min) / (x_max - x_min) if x_max > x_min else 0.5
        fy = (py - y_min) / (y_max - y_min) if y_max > y_min else 0.5
        return round(pad + fx * (width - 2 * pad), 1), round(pad + fy * (height - 2 * pad), 1)

    top = max(strength.values()) or 1
    for a, b, data in sub.edges(data=True):
        weight = float(data.get("weight", 0))
        (x1, y1), (x2, y2) = place(a), place(b)
        sign = "pos" if weight > 0 else "neg" if weight < 0 else "mid"
        title = (
            f"{sub.nodes[a].get('label', a)} \u2013 {sub.nodes[b].get('label', b)}: "
            f"weight {weight:+g}"
        )
        width_px = round(1 + 4 * min(1.0, abs(weight) / max(1.0, top / 2)), 1)
        chart.edges.append(NetEdge(x1, y1, x2, y2, width_px, sign, title, edge_href(a, b)))
    for node in sub.nodes:
        x, y = place(node)
        radius = round(5 + 10 * (strength[node] / top), 1)
        label = str(sub.nodes[node].get("label", node))
        chart.nodes.append(NetNode(str(node), label, x, y, radius, node_href(node)))
    return chart
