"""Read PolNeAR gold attributions (brat standoff) into plain spans.

A split folder holds ``text/<article>.txt`` and ``attributions/<article>_<annotator>.ann``.
Some articles were annotated twice; the first annotator file in name order is
used, so the choice is deterministic. Offsets index the ``.txt`` as read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

Offsets = tuple[int, int]

_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?")
_EVENT = re.compile(r"^(E\d+)\t(.+)$")


@dataclass
class GoldAttribution:
    content: list[Offsets] = field(default_factory=list)  # fragments; empty when none
    cue: list[Offsets] = field(default_factory=list)
    source: list[Offsets] = field(default_factory=list)


@dataclass
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution]


def _fragments(ranges: str) -> list[Offsets]:
    out = []
    for part in ranges.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return out


def parse_ann(content: str) -> list[GoldAttribution]:
    """Attribution events of one .ann file; lines of other kinds are ignored."""
    bounds: dict[str, list[Offsets]] = {}
    events: list[str] = []
    for line in content.splitlines():
        match = _TEXT_BOUND.match(line)
        if match:
            bounds[match.group(1)] = _fragments(match.group(3).strip())
            continue
        match = _EVENT.match(line)
        if match:
            events.append(match.group(2))
    out = []
    for event in events:
        gold = GoldAttribution()
        for arg in event.split():
            role, _, ref = arg.partition(":")
            spans = bounds.get(ref, [])
            if role.startswith("Content"):
                gold.content.extend(spans)
            elif role == "Cue":
                gold.cue.extend(spans)
            elif role == "Source":
                gold.source.extend(spans)
        if gold.content:
            out.append(gold)
    return out


def load_split(path: Path, limit: int | None = None) -> list[GoldArticle]:
    """The annotated articles of one split, in name order (the first ``limit`` of them)."""
    anns: dict[str, Path] = {}
    for ann in sorted((path / "attributions").glob("*.ann")):
        article = ann.stem.rsplit("_", 1)[0]
        anns.setdefault(article, ann)  # first annotator in name order
    articles = []
    for article, ann in sorted(anns.items()):
        text_path = path / "text" / f"{article}.txt"
        if not text_path.exists():
            continue
        # newline="" keeps "\r\n" as is: gold offsets count every character of the file
        with text_path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        articles.append(GoldArticle(article, text, parse_ann(ann.read_text("utf-8"))))
        if limit is not None and len(articles) >= limit:
            break
    return articles
