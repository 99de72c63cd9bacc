"""Score relations against the project's own relation test set.

The set (``tests/alignment/data/relation_set.toml``) holds short passages
written for stancemap with the sign an analyst gives each actor pair, words
that the relation's evidence must cover, and pairs that are one side. Items
are split tune/check by ``split.part_of(item id)``.

Scores: sign accuracy over expected pairs (a missing relation counts wrong),
evidence hits (the expected words lie inside one evidence span), relations
without evidence, relations between one side, and relations between actors
that are merely named in one story (``no_relation``).

A pair's name finds its actor by ``match_actor``: the exact name or actor id first,
then whole words before parts of words, a person's surname before a body named after
him, a country or body before a person whose given name is the string; two actors
matching equally well are reported (``ambiguous``) and the pair counts as unfound.

Mentions (the default since session 23; ``--no-mentions`` gives the figures of earlier
sessions, which matched names only) also let a name match a mention's exact words, after an exact name and before any part of
a name (whole words of a mention rank with whole words of a name): a set that writes a
state by its capital ("Moscow", "Manila", "the Kremlin") finds the country the text's
"Moscow" was resolved to, as an analyst reads it, rather than nothing or "people in Moscow".
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Actor, Analysis, Relation
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
    # names two actors match equally well ("item: name -> id, id"); such a pair is unfound
    ambiguous: list[str] = field(default_factory=list)
    # items that specify a rule switched off in this run (``needs``): not scored
    skipped: list[str] = field(default_factory=list)
    mentions: bool = True  # names may match a mention's exact words (``--no-mentions``: not)

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
            "ambiguous_names": len(self.ambiguous),
            "skipped_rule_off": len(self.skipped),
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


@dataclass(frozen=True)
class ActorMatch:
    """How a pair's name found its actor: the id, or the ids that matched equally well."""

    name: str
    id: str | None  # None when nothing matched or the match is ambiguous
    candidates: tuple[str, ...] = ()  # the equally best ids (two or more: ambiguous)

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _match_rank(actor: Actor, low: str, mentions: bool = False) -> tuple[int, int, int] | None:
    """How well the folded query ``low`` names ``actor``, best first by tuple order.

    1. the whole name or the actor id, exactly (1, ., .);
    2. where the query lies in the name: whole words (2), the start of a word (1: the
       set writes "Orb" and "Erdo"), inside a word (0: "nchez");
    3. what the name is: a person named by a later word of the name (2: a surname,
       "Katz", "Lula"; "Kishida" is the prime minister before "Kishida's cabinet"), a
       country, organisation, group or any other non-person (1), a person whose FIRST
       word is all the query touches (0: "Israel" in "Israel Katz" merely contains the
       string - the set names people by surname - so the country or a body outranks him).
    """
    plain = _plain(actor.name)
    if plain == low or actor.id.casefold() == low:
        return (1, 0, 0)
    kind_rank = 1 if actor.type != "person" else 2
    if mentions and any(_plain(m.text) == low for m in actor.mentions):
        return (0, 3, kind_rank)  # the text's own words for it
    best: tuple[int, int, int] | None = None
    if mentions and any(f" {low} " in f" {_plain(m.text)} " for m in actor.mentions):
        best = (0, 2, kind_rank)  # whole words of a mention: "Zelenskiy" in "Volodymyr Zelenskiy"
    first_word_end = len(plain.split(" ", 1)[0])
    start = plain.find(low)
    while start >= 0:
        end = start + len(low)
        word_start = start == 0 or not plain[start - 1].isalnum()
        word_end = end == len(plain) or not plain[end].isalnum()
        place = 2 if word_start and word_end else 1 if word_start else 0
        given_name_only = " " in plain and end <= first_word_end
        kind = 1 if actor.type != "person" else 0 if given_name_only else 2
        rank = (0, place, kind)
        best = rank if best is None or rank > best else best
        start = plain.find(low, start + 1)
    return best


def match_actor(result: Analysis, name: str, mentions: bool = False) -> ActorMatch:
    """The actor a pair's ``name`` means (accents and case do not count): an exact name
    or id first, then (``mentions``) a mention's exact words, then the best-placed match
    (see ``_match_rank``); two actors that match equally well are an ambiguity, reported
    as such rather than settled by chance."""
    low = _plain(name)
    ranked = [
        (rank, a.id) for a in result.actors if (rank := _match_rank(a, low, mentions)) is not None
    ]
    if not ranked:
        return ActorMatch(name, None)
    top = max(rank for rank, _id in ranked)
    best = tuple(sorted({actor_id for rank, actor_id in ranked if rank == top}))
    return ActorMatch(name, best[0] if len(best) == 1 else None, best)


def find_actor(result: Analysis, name: str) -> str | None:
    """The id of the actor ``name`` means, or None (not named, or ambiguous)."""
    return match_actor(result, name).id


def relation_of(result: Analysis, a: str, b: str) -> Relation | None:
    for rel in result.relations:
        if {rel.a, rel.b} == {a, b}:
            return rel
    return None


def _actor_id(item: dict[str, Any], result: Analysis, name: str, out: SetResult) -> str | None:
    found = match_actor(result, name, out.mentions)
    if found.ambiguous:
        out.ambiguous.append(f"{item['id']}: {name} -> {', '.join(found.candidates)}")
    return found.id


def score_item(item: dict[str, Any], result: Analysis, out: SetResult) -> None:
    for pair in item.get("pairs", []):
        a, b = _actor_id(item, result, pair["a"], out), _actor_id(item, result, pair["b"], out)
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
        a, b = _actor_id(item, result, x, out), _actor_id(item, result, y, out)
        if a and b and relation_of(result, a, b) is not None:
            out.one_side.append(f"{item['id']}: {x} ~ {y}")
    for x, y in item.get("no_relation", []):
        a, b = _actor_id(item, result, x, out), _actor_id(item, result, y, out)
        if a and b and relation_of(result, a, b) is not None:
            out.cooccurrence.append(f"{item['id']}: {x} ~ {y}")


def evaluate_relation_set(
    path: Path, analyzer: Any, part: str = "all", mentions: bool = True
) -> SetResult:
    """Analyse every item of ``part`` and score it (``mentions``: see the module doc)."""
    from ..rules import RuleSwitches, load_all

    out = SetResult(mentions=mentions)
    switches = RuleSwitches.from_settings(getattr(analyzer, "settings", None))
    known = frozenset(load_all().names())
    for item in load_items(path, part):
        needs = item.get("needs", [])
        if not all(rule in known and switches.enabled(rule) for rule in needs):
            # the item specifies a rule this run has off (a shipped-off rule's own test
            # passage), or one removed from the registry (never on): what it expects holds
            # only with that rule on
            out.skipped.append(item["id"])
            continue
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
    parser.add_argument(
        "--mentions",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="a pair's name may match a mention's exact words ('Moscow' for Russia); "
        "--no-mentions matches names only, as sessions before 23 scored",
    )
    args = parser.parse_args(argv)
    settings = load_settings()
    if args.disable or args.enable:
        off = [r for r in settings.rules.disable if r not in args.enable]
        rules = settings.rules.model_copy(update={"disable": [*off, *args.disable]})
        settings = settings.model_copy(update={"rules": rules})
    pipeline = Analyzer(settings)
    parts = ("tune", "check") if args.part == "both" else (args.part,)
    for part in parts:
        result = evaluate_relation_set(args.path, pipeline, part, args.mentions)
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
            lines = result.unsupported + result.one_side + result.cooccurrence
            for line in lines + result.ambiguous:
                print("  ", line)


if __name__ == "__main__":
    main()
