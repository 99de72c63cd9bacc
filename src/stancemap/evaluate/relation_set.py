"""Score relations against the project's own relation test set.

The set (``tests/alignment/data/relation_set.toml``) holds short passages
written for stancemap with the sign an analyst gives each actor pair, words
that the relation's evidence must cover, and pairs that are one side. Items
are split tune/check by ``split.part_of(item id)``.

Scores: sign accuracy over expected pairs (a missing relation counts wrong),
evidence hits (the expected words lie inside one evidence span), relations
without evidence, relations between one side, and relations between actors
that are merely named in one story (``no_relation``).
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Analysis, Relation
from .split import select


@dataclass
class PairResult:
    item: str
    a: str
    b: str
    expected: int
    score: float | None
    evidence_ok: bool
    kind: str = ""  # what the item was written to test ("spokesperson", ...), if it says

    @property
    def correct(self) -> bool:
        return self.score is not None and self.score * self.expected > 0


@dataclass
class SetResult:
    pairs: list[PairResult] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # relations without evidence
    one_side: list[str] = field(default_factory=list)  # relations between one side
    cooccurrence: list[str] = field(default_factory=list)  # relations of merely co-named pairs
    unnamed: list[str] = field(default_factory=list)  # evidence ids without their words

    def summary(self) -> dict[str, Any]:
        n = len(self.pairs) or 1
        return {
            "pairs": len(self.pairs),
            "sign_accuracy": round(sum(p.correct for p in self.pairs) / n, 3),
            "found": round(sum(p.score is not None for p in self.pairs) / n, 3),
            "evidence_hit": round(sum(p.evidence_ok for p in self.pairs) / n, 3),
            "relations_without_evidence": len(self.unsupported),
            "relations_of_one_side": len(self.one_side),
            "relations_from_cooccurrence": len(self.cooccurrence),
            "evidence_without_words": len(self.unnamed),
        }

    def by_kind(self) -> dict[str, str]:
        """Right / pairs per item kind (items that name their kind)."""
        out: dict[str, list[int]] = {}
        for p in self.pairs:
            if p.kind:
                right_total = out.setdefault(p.kind, [0, 0])
                right_total[0] += p.correct
                right_total[1] += 1
        return {kind: f"{right}/{total}" for kind, (right, total) in sorted(out.items())}


def load_items(path: Path, part: str = "all") -> list[dict[str, Any]]:
    with path.open("rb") as fh:
        items = tomllib.load(fh)["item"]
    return select(items, lambda i: i["id"], part)


def _plain(name: str) -> str:
    """Lower case without accents: the set writes "Erdogan" and "Vucic", the KB
    "Erdoğan" and "Vučić"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_actor(result: Analysis, name: str) -> str | None:
    """The actor named ``name`` exactly, else whose name starts with or contains it
    (most mentions first): "Russia" is the country, not the "Russian" people.
    Accents and case do not count."""
    low = _plain(name)
    found = [a for a in result.actors if low in _plain(a.name)]
    if not found:
        return None
    return max(
        found,
        key=lambda a: (_plain(a.name) == low, _plain(a.name).startswith(low), len(a.mentions)),
    ).id


def relation_of(result: Analysis, a: str, b: str) -> Relation | None:
    for rel in result.relations:
        if {rel.a, rel.b} == {a, b}:
            return rel
    return None


def score_item(item: dict[str, Any], result: Analysis, out: SetResult) -> None:
    for pair in item.get("pairs", []):
        a, b = find_actor(result, pair["a"]), find_actor(result, pair["b"])
        rel = relation_of(result, a, b) if a and b else None
        spans = [e.span.text for e in rel.evidence_spans if e.span] if rel else []
        out.pairs.append(
            PairResult(
                item=item["id"],
                a=pair["a"],
                b=pair["b"],
                expected=int(pair["sign"]),
                score=rel.score if rel is not None and rel.score != 0 else None,
                evidence_ok=any(pair["evidence"] in s for s in spans),
                kind=item.get("kind", ""),
            )
        )
    for rel in result.relations:
        if not rel.evidence:
            out.unsupported.append(f"{item['id']}: {rel.a} ~ {rel.b}")
        worded = {e.id for e in rel.evidence_spans if e.span is not None and e.span.text}
        for ref in rel.evidence:
            if ref not in worded:
                out.unnamed.append(f"{item['id']}: {rel.a} ~ {rel.b}: {ref}")
    for x, y in item.get("same_side", []):
        a, b = find_actor(result, x), find_actor(result, y)
        if a and b and relation_of(result, a, b) is not None:
            out.one_side.append(f"{item['id']}: {x} ~ {y}")
    for x, y in item.get("no_relation", []):
        a, b = find_actor(result, x), find_actor(result, y)
        if a and b and relation_of(result, a, b) is not None:
            out.cooccurrence.append(f"{item['id']}: {x} ~ {y}")


def evaluate_relation_set(path: Path, analyzer: Any, part: str = "all") -> SetResult:
    """Analyse every item of ``part`` and score it."""
    out = SetResult()
    for item in load_items(path, part):
        result = analyzer.analyze_text(item["text"], doc_id=item["id"], date=item.get("date"))
        score_item(item, result, out)
    return out


def main(argv: list[str] | None = None) -> None:
    """``python -m stancemap.evaluate.relation_set [PATH] [--part tune|check|all] [--errors]``.

    Prints the summary per part; ``--errors`` lists wrong pairs, for tune only
    (check errors are not for reading).
    """
    import argparse
    import json

    from ..config import load_settings
    from ..pipeline import Analyzer

    parser = argparse.ArgumentParser(prog="python -m stancemap.evaluate.relation_set")
    parser.add_argument(
        "path", nargs="?", default="tests/alignment/data/relation_set.toml", type=Path
    )
    parser.add_argument("--part", default="both", choices=("tune", "check", "all", "both"))
    parser.add_argument("--errors", action="store_true", help="list tune's wrong pairs")
    parser.add_argument("--disable", action="append", default=[], help="a rule to switch off")
    parser.add_argument("--enable", action="append", default=[], help="a shipped-off rule on")
    args = parser.parse_args(argv)
    settings = load_settings()
    if args.disable or args.enable:
        off = [r for r in settings.rules.disable if r not in args.enable]
        rules = settings.rules.model_copy(update={"disable": [*off, *args.disable]})
        settings = settings.model_copy(update={"rules": rules})
    pipeline = Analyzer(settings)
    parts = ("tune", "check") if args.part == "both" else (args.part,)
    for part in parts:
        result = evaluate_relation_set(args.path, pipeline, part)
        print(part, json.dumps({**result.summary(), "by_kind": result.by_kind()}))
        if args.errors and part == "tune":
            for p in result.pairs:
                if not p.correct or not p.evidence_ok:
                    print(
                        "  ",
                        p.item,
                        p.a,
                        p.b,
                        "expected",
                        p.expected,
                        "score",
                        p.score,
                        "evidence_ok",
                        p.evidence_ok,
                    )
            for line in result.unsupported + result.one_side + result.cooccurrence:
                print("  ", line)


if __name__ == "__main__":
    main()
