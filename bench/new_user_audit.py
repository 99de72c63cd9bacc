"""A new user's audit of pasted news pages (session 10): ``stancemap analyze`` on each
page of ``tests/ingest/data/audit_pages`` and counts of what a user would see wrong.

    python bench/new_user_audit.py [--show]

Counts, per page and in total: chrome lines (``expected.toml``, written before any page
was analysed) left in the text, quotes/events/statements/actor mentions read from a
chrome line, spans whose offsets do not index ``text``, relations without evidence,
relations within one side, quote/event confidences off ``data/calibration.toml``'s
maps, document dates other than the page's, and the analyst's signs: agreed, opposite,
missed, and signed where the analyst gives none. ``--show`` prints every relation
with its names and score (the pages are the audit's own: errors may be read).
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

PAGES = Path(__file__).resolve().parents[1] / "tests" / "ingest" / "data" / "audit_pages"


def analyse(path: Path) -> dict[str, Any]:
    """``stancemap analyze PAGE --json`` as a new user runs it (no date flag), in this
    process."""
    from typer.testing import CliRunner

    from stancemap.cli.main import app

    res = CliRunner().invoke(app, ["analyze", str(path), "--json"])
    if res.exit_code != 0:
        raise SystemExit(f"{path.name}: analyze failed: {res.output}")
    data: dict[str, Any] = json.loads(res.stdout)
    return data


def spans(rec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for actor in rec["actors"]:
        for mention in actor["mentions"]:
            yield "mention", mention
    for quote in rec["quotes"] + rec.get("embedded_quotes", []):
        for key in ("content", "cue", "source"):
            if quote.get(key):
                yield f"quote.{key}", quote[key]
    for event in rec["events"]:
        yield "event.trigger", event["trigger"]
        if event.get("evidence"):
            yield "event.evidence", event["evidence"]
    for statement in rec["statements"]:
        for span in statement.get("spans") or []:
            yield "statement", span
    for relation in rec["relations"]:
        for piece in relation.get("evidence_spans") or []:
            if piece.get("span"):
                yield "relation", piece["span"]
    dateline = rec["document"].get("dateline")
    if dateline:
        yield "dateline", {"start": dateline["start"], "end": dateline["end"], "text": None}


def line_at(text: str, start: int) -> tuple[int, int]:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return begin, len(text) if end < 0 else end


def is_chrome(line: str, openings: list[str]) -> bool:
    """The line opens with a chrome opening. A one-word opening ("Japan", "Share",
    "Menu": a topic list, a button) is the whole line; a longer one opens it as whole
    words ("By Claire Hartmann, Europe Correspondent")."""
    line = line.strip()
    for opening in openings:
        if " " not in opening:
            if line == opening:
                return True
        elif line.startswith(opening):
            rest = line[len(opening) :]
            if not rest or not (rest[0].isalnum() or rest[0] in "'\u2019"):
                return True
    return False


def calibration_values() -> dict[str, set[float]]:
    path = resources.files("stancemap").joinpath("data", "calibration.toml")
    table = tomllib.loads(path.read_text("utf-8"))
    out = {}
    for kind in ("quotes", "events"):
        values = {round(v, 3) for v in table[kind]["map"].values()}
        values.add(round(table[kind]["default"], 3))
        out[kind] = values
    return out


def folded(text: str) -> str:
    """Lower case without accents ("Erdoğan", "Orbán" match "Erdogan", "Orban")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(actor: dict[str, Any], name: str) -> bool:
    return folded(name) in folded(actor.get("name") or "")


def one_person(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two person actors where one's whole name is a word of the other's ("Wang" and
    "Wang Yi", "Lee" and "Lee Jae-myung"): one person read twice."""
    if a["type"] != "person" or b["type"] != "person":
        return False
    x, y = folded(a["name"]).replace("-", " ").split(), folded(b["name"]).replace("-", " ").split()
    return (len(x) == 1 and x[0] in y) or (len(y) == 1 and y[0] in x)


def audit(page: str, expected: dict[str, Any], rec: dict[str, Any], show: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    text = rec["text"]
    excluded = [(x["start"], x["end"]) for x in rec["document"].get("excluded") or []]
    chrome_lines = []
    at = 0
    for line in text.split("\n"):
        if line.strip() and is_chrome(line, expected["chrome"]):
            chrome_lines.append((at, at + len(line)))
            inside = any(s <= at and at + len(line.rstrip()) <= e for s, e in excluded)
            counts["chrome lines"] += 1
            counts["chrome lines left in"] += 0 if inside else 1
            if show and not inside:
                print(f"  chrome left in: {line!r}")
        at += len(line) + 1
    for kind, span in spans(rec):
        counts["spans"] += 1
        if span.get("text") is not None and text[span["start"] : span["end"]] != span["text"]:
            counts["bad offsets"] += 1
        begin, _ = line_at(text, span["start"])
        itemised = kind in ("mention", "quote.content", "quote.cue", "event.trigger", "statement")
        if itemised and any(s == begin for s, _e in chrome_lines):
            counts[f"from chrome: {kind}"] += 1
            if show:
                print(f"  from chrome ({kind}): {text[span['start'] : span['end']]!r}")
    actors = {a["id"]: a for a in rec["actors"]}
    maps = calibration_values()
    for kind in ("quotes", "events"):
        for item in rec[kind]:
            counts[f"{kind}"] += 1
            if round(item["confidence"], 3) not in maps[kind]:
                counts[f"{kind} confidence off the map"] += 1
    counts["relations"] += len(rec["relations"])
    judged = set()
    for relation in rec["relations"]:
        a, b = actors[relation["a"]], actors[relation["b"]]
        if not relation.get("evidence_spans"):
            counts["relations without evidence"] += 1
        if "country" in (a["type"], b["type"]) and a.get("country") == b.get("country"):
            counts["relations within one side"] += 1
        if one_person(a, b):
            counts["relations of one person under two ids"] += 1
        if show:
            carried = " (carried)" if relation.get("carried") else ""
            print(
                f"  {a['name']} ~ {b['name']}: {relation['score']:+.2f}{carried} "
                f"agree {relation['agree']} disagree {relation['disagree']}"
                + (f" carried {relation['carried']}" if relation.get("carried") else "")
            )
        for x, y, _sign in expected["signs"]:
            if (matches(a, x) and matches(b, y)) or (matches(a, y) and matches(b, x)):
                judged.add((relation["a"], relation["b"]))
    if rec["document"].get("date") != expected["date"]:
        counts["date not the page's"] += 1
        if show:
            print(f"  date {rec['document'].get('date')} ({rec['document'].get('date_source')})")
    for x, y, sign in expected["signs"]:
        found = [
            r
            for r in rec["relations"]
            if (matches(actors[r["a"]], x) and matches(actors[r["b"]], y))
            or (matches(actors[r["a"]], y) and matches(actors[r["b"]], x))
        ]
        scores = [r["score"] for r in found if r["score"] != 0]
        if sign == "0":
            counts["signs: analyst gives none"] += 1
            if scores:
                counts["signs: signed where the analyst gives none"] += 1
                if show:
                    print(f"  signed, analyst gives none: {x} ~ {y} {scores}")
            continue
        counts["signs: analyst signs"] += 1
        if not scores:
            counts["signs: missed"] += 1
            if show:
                print(f"  missed: {x} ~ {y} {sign}")
        elif all((s > 0) == (sign == "+") for s in scores):
            counts["signs: agreed"] += 1
        else:
            counts["signs: opposite"] += 1
            if show:
                print(f"  opposite: {x} ~ {y} expected {sign}, got {scores}")
    counts["relations not in the analyst's list"] += len(rec["relations"]) - len(judged)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each page's relations")
    args = parser.parse_args(argv)
    expected = tomllib.loads((PAGES / "expected.toml").read_text("utf-8"))
    total: Counter[str] = Counter()
    for page, want in expected.items():
        if args.show:
            print(page)
        counts = audit(page, want, analyse(PAGES / f"{page}.txt"), args.show)
        total.update(counts)
    for key in sorted(total):
        print(f"{key}: {total[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
