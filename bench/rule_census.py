"""A census of the named rules: which ever fire on a corpus, and where.

    .venv/bin/python bench/rule_census.py OUT.json [--md OUT.md] [--articles 300]
        [--confirm 40] [--spread 80] [--rules 'quotes.*'] [--seed 18] [--limit N]

The pipeline runs once over a corpus and records, per rule and per document:

* **reached** - the rule's switch (``switches.enabled(name)``) was asked for by a stage and
  answered "on" while a document was analysed (the decision point ran; the guarded branch
  may still have done nothing), or, for a registered function (``@rule``), it was
  called and returned a decision (not None / False / empty; for ``events.sense.*``, which
  pass a frame through, a frame changed in place, another frame or None). A function is
  counted wherever it is called from (the registry or a module's own list of steps): its
  ``__code__`` is swapped for a counting trampoline while the census runs.
* **effect** - the rule switched off (``[rules] disable``, the same parse) changes the
  document's analysis (the contract's JSON). Tried on up to ``--confirm`` documents where
  the rule was reached, one of each corpus in turn (or, for a switch read only while the
  stages were built, on ``--spread`` documents spread over the corpus); the first change
  ends the trial. A second run with nothing switched off must change nothing
  (``unstable`` = 0), or no effect means anything.

Verdicts: ``fires`` (an effect was seen), ``reached`` (asked or decided, no effect in the
trial), ``built`` (read only while building, no effect in the spread), ``corpus`` (a rule
of a module that acts across documents, not reached here), ``never`` (never asked while on,
never decided), ``off`` (shipped off: not tried).

What it cannot see: a switch read once when a stage is built (``self.x = on(NAME)``) has
no per-document reach - only the spread trial speaks for it; an effect is looked for on a
few documents only, so "reached, no effect seen" is not "no effect"; ``ingest.*`` rules act
before the parse and are tried by reading the text again; a rule that acts outside
``Pipeline`` (corpus views, the store, the web front) is not exercised.

Corpus parts: ``read`` (sets whose errors may be read: PLOVER dev tune, the wire sanity and
second sets, the relation set's tune part, relation_fresh's W part and W2 tune part, the
founding example, PolNeAR tune articles outside /tmp/t17/blind_all.json) and ``unread``
(PLOVER dev check, the third wire set, the relation set's check part, W2's check part:
counts only). Output: per rule, counts of documents by part, as JSON and a markdown table;
no document's text or id is written.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import tomllib
import types
from collections import defaultdict
from collections.abc import Callable
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "gold" / "polnear"
PLOVER = SHARED / "gold" / "plover-gsr" / "dev.jsonl"
FOUNDING = SHARED / "examples"
EVENTS = ROOT / "tests" / "events" / "data"
ALIGNMENT = ROOT / "tests" / "alignment" / "data"
BLIND = Path("/tmp/t17/blind_all.json")
PARTS = ("read", "unread")
# modules whose rules act on many documents' records (corpus views, shifts), not in the
# per-document pipeline: a rule of theirs never reached here is "corpus", not "never"
CORPUS_LEVEL = (
    "stancemap.alignment.corpus",
    "stancemap.alignment.names",
    "stancemap.alignment.turns",
    "stancemap.alignment.timeseries",
)


class Item(NamedTuple):
    """One document of the corpus: where it comes from and whether it may be read."""

    key: str  # "set:number" - never the record id (an unread id is not written)
    corpus: str
    part: str  # "read" | "unread"
    text: str
    date: str | None


# ---------------------------------------------------------------------- corpus


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def corpus(articles: int, seed: int, blind: Path = BLIND) -> list[Item]:
    """The census corpus (missing sets are left out: ../shared may be absent)."""
    from stancemap.evaluate.split import part_of

    items: list[Item] = []

    def add(name: str, records: list[tuple[str, str | None, str]]) -> None:
        for n, (part, date, text) in enumerate(records):
            items.append(Item(f"{name}:{n}", name, part, text, date))

    def tune_read(record_id: str) -> str:
        return "read" if part_of(record_id) == "tune" else "unread"

    if PLOVER.exists():
        add("plover_dev", [(tune_read(r["id"]), r["date"], r["text"]) for r in _jsonl(PLOVER)])
    for name, part in (("wire_sanity", "read"), ("wire_second", "read"), ("wire_third", "unread")):
        path = EVENTS / f"{name}.jsonl"
        if path.exists():
            add(name, [(part, r.get("date"), r["text"]) for r in _jsonl(path)])
    for name in ("relation_set", "relation_fresh"):
        path = ALIGNMENT / f"{name}.toml"
        if not path.exists():
            continue
        with path.open("rb") as fh:
            records = tomllib.load(fh)["item"]

        def fresh_part(rid: str) -> str:
            # W (rel-800..859) was read in session 17; W2 (rel-860..919) by tune/check
            number = int(rid.rsplit("-", 1)[1]) if rid.rsplit("-", 1)[-1].isdigit() else 0
            return "read" if number < 860 else tune_read(rid)

        parts = tune_read if name == "relation_set" else fresh_part
        add(name, [(parts(r["id"]), r.get("date"), r["text"]) for r in records])
    if FOUNDING.exists():
        add(
            "founding",
            [("read", None, p.read_text("utf-8")) for p in sorted(FOUNDING.glob("*.txt"))],
        )
    if POLNEAR.exists() and articles > 0:
        skip = set(json.loads(blind.read_text())["articles"]) if blind.exists() else None
        if skip is None:
            print(
                f"{blind} absent: no PolNeAR articles (the blind ones must be left out)",
                file=sys.stderr,
            )
        else:
            paths = sorted(
                p
                for folder in ("train", "dev")
                for p in (POLNEAR / folder / "text").glob("*.txt")
                if part_of(p.stem) == "tune" and p.stem not in skip
            )
            chosen = sorted(random.Random(seed).sample(paths, min(articles, len(paths))))
            add(
                "polnear_tune",
                [
                    (
                        "read",
                        p.stem.split("_")[1] if p.stem.count("_") >= 2 else None,
                        p.read_text("utf-8"),
                    )
                    for p in chosen
                ],
            )
    return items


# ---------------------------------------------------------------------- hooks


class Recorder:
    """Counts, per rule, the documents in which it was reached (see the module doc)."""

    def __init__(self) -> None:
        self.current: str | None = None  # the document being analysed, None while building
        self.on = True
        self.reached: dict[str, set[str]] = defaultdict(set)
        self.built: set[str] = set()
        self.calls: dict[str, int] = defaultdict(int)
        self.decided: dict[str, set[str]] = defaultdict(set)  # a function's decisions

    def hit(self, name: str, decision: bool = False) -> None:
        if not self.on:
            return
        if self.current is None:
            self.built.add(name)
        else:
            self.reached[name].add(self.current)
            if decision:
                self.decided[name].add(self.current)


def _state(value: Any) -> Any:
    """What an argument holds (its fields, lists copied): a rule may change it in place."""
    fields = getattr(value, "__dict__", None)
    if fields is None:
        return None
    return {k: list(v) if isinstance(v, list) else v for k, v in fields.items()}


def _decided(group: str, args: tuple[Any, ...], result: Any, before: Any = None) -> bool:
    if group == "events.sense":
        # a frame in; the same frame unchanged (nothing done), a changed one (fields set in
        # place, or another frame) or None (dropped)
        if result is None:
            return True
        if not args or result is not args[0]:
            return not (args and result == args[0])
        return before is not None and _state(result) != before
    if result is None or result is False:
        return False
    return not (isinstance(result, (list, tuple, set, dict, str)) and not result)


def _trampoline(*args: Any, **kwargs: Any) -> Any:
    # its code replaces a rule function's own, with the rule function's globals: the
    # census's dispatch is found there by the code object (one copy per rule function)
    return __census_dispatch__[sys._getframe().f_code](*args, **kwargs)  # type: ignore[name-defined]  # noqa: F821


def install(recorder: Recorder) -> Callable[[], None]:
    """Hook the registry's switch queries and every rule function; returns the undo.

    A rule function is counted where ever it is called from (through the registry or
    from a module's own list of steps): its ``__code__`` becomes a trampoline that counts
    and calls a copy of the function."""
    from stancemap import rules as R

    registry = R.load_all()
    original_enabled = R.RuleSwitches.enabled
    rules_file = R.__file__

    def enabled(self: Any, name: str) -> bool:
        answer = original_enabled(self, name)
        # any rule's switch, asked by a stage (not by the registry listing a group): a
        # function rule's switch may also guard code outside the function
        if answer and sys._getframe(1).f_code.co_filename != rules_file:
            recorder.hit(name)
        return answer

    swapped: list[tuple[Any, Any]] = []
    injected: list[tuple[dict[str, Any], Any]] = []
    for item in registry.all():
        func = item.func
        if func is None or func.__closure__:
            continue  # (none is a closure today; such a one would be counted by its switch)
        copy = types.FunctionType(func.__code__, func.__globals__, func.__name__, func.__defaults__)
        copy.__kwdefaults__ = func.__kwdefaults__
        code = _trampoline.__code__.replace(
            co_name=func.__name__, co_qualname=f"census:{item.name}"
        )
        func.__globals__.setdefault("__census_dispatch__", {})[code] = _counter(
            recorder, item.name, item.group, copy
        )
        if func.__globals__.get("sys") is not sys:
            injected.append((func.__globals__, func.__globals__.get("sys")))
            func.__globals__["sys"] = sys
        swapped.append((func, func.__code__))
        func.__code__ = code
    R.RuleSwitches.enabled = enabled  # type: ignore[method-assign]

    def undo() -> None:
        R.RuleSwitches.enabled = original_enabled  # type: ignore[method-assign]
        for func, code in swapped:
            func.__code__ = code
            func.__globals__.pop("__census_dispatch__", None)
        for space, old in injected:
            if old is None:
                space.pop("sys", None)
            else:
                space["sys"] = old

    return undo


def _counter(recorder: Recorder, name: str, group: str, copy: Callable[..., Any]) -> Any:
    passes = group == "events.sense"  # these return the frame they were given

    def counted(*args: Any, **kwargs: Any) -> Any:
        before = _state(args[0]) if passes and args and recorder.on else None
        result = copy(*args, **kwargs)
        if recorder.on:
            recorder.calls[name] += 1
            if _decided(group, args, result, before):
                recorder.hit(name, decision=True)
        return result

    return counted


# ---------------------------------------------------------------------- runs


def _json(result: Any) -> str:
    record = (
        result.to_json_dict()
        if hasattr(result, "to_json_dict")
        else {"failure": getattr(result, "reason", str(result))}
    )
    return json.dumps(record, sort_keys=True)


def _settings(off: list[str]) -> Any:
    from stancemap.config import load_settings

    settings = load_settings()
    rules = settings.rules.model_copy(update={"disable": [*settings.rules.disable, *off]})
    return settings.model_copy(update={"rules": rules})


def census(
    items: list[Item],
    patterns: list[str],
    confirm: int,
    spread_size: int = 40,
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
) -> dict[str, Any]:
    """Reach per rule over ``items``, then the effect trials; the JSON report."""
    from stancemap.ingest import make_document
    from stancemap.pipeline import Pipeline
    from stancemap.rules import load_all

    recorder = Recorder()
    undo = install(recorder)
    try:
        pipeline = Pipeline(_settings([]))
        documents = []
        for n, item in enumerate(items):
            recorder.current = item.key
            documents.append(
                make_document(
                    item.text,
                    doc_id=f"doc{n}",
                    date=item.date,
                    switches=pipeline.switches,
                    tagger=pipeline.settings.nlp.model,
                )
            )
        recorder.current = None
        recorder.on = False
        parsed = pipeline.parse(documents)
        recorder.on = True
        baseline: dict[str, str] = {}
        started = time.monotonic()
        for n, (item, one) in enumerate(zip(items, parsed, strict=True)):
            recorder.current = item.key
            baseline[item.key] = _json(next(pipeline.run([one])))
            if n % 100 == 99:
                log(f"  {n + 1}/{len(items)} analysed ({time.monotonic() - started:.0f}s)")
        recorder.current = None
        recorder.on = False

        by_key = {item.key: (item, p) for item, p in zip(items, parsed, strict=True)}
        registry = load_all()
        # the same stages again, nothing switched off: a change here would make every
        # effect below meaningless
        spread = [items[i].key for i in _spread(len(items), spread_size)]
        same = pipeline.derive(_settings([]))
        unstable = sum(_json(next(same.run([by_key[k][1]]))) != baseline[k] for k in spread)
        rules = [r for r in registry.all() if any(fnmatchcase(r.name, p) for p in patterns)]
        out: dict[str, Any] = {}
        shortest = _order(items)
        for count, r in enumerate(rules):
            off = not pipeline.switches.enabled(r.name)
            reached = recorder.reached.get(r.name, set())
            row: dict[str, Any] = {
                "kind": "function" if r.func is not None else "declared",
                "module": r.module,
                "shipped_off": off,
                "built": r.name in recorder.built,
                "reached": {
                    part: sum(1 for k in reached if by_key[k][0].part == part) for part in PARTS
                },
                "reached_by_corpus": _by_corpus(reached, by_key),
            }
            decided = recorder.decided.get(r.name, set())
            if r.func is not None:
                row["calls"] = recorder.calls.get(r.name, 0)
                row["decided"] = {
                    part: sum(1 for k in decided if by_key[k][0].part == part) for part in PARTS
                }
            if not off and confirm != 0:
                tried = (
                    # where a function decided first, then where its switch was asked
                    (
                        _interleaved(decided, by_key, shortest)
                        + _interleaved(reached - decided, by_key, shortest)
                    )[: confirm if confirm > 0 else None]
                    if reached
                    else (spread if r.name in recorder.built or r.stage == "ingest" else [])
                )
                row["effect"] = _trial(pipeline, r.name, tried, by_key, baseline, make_document)
            out[r.name] = row
            if count % 25 == 24:
                log(f"  {count + 1}/{len(rules)} rules tried")
        return {
            "corpus": _corpus_counts(items),
            "confirm": confirm,
            "spread": len(spread),
            "unstable": unstable,
            "rules": out,
        }
    finally:
        undo()


def _order(items: list[Item]) -> Callable[[str], tuple[int, int]]:
    """Shortest text first (a trial stops at the first change), then corpus order."""
    place = {item.key: (len(item.text), n) for n, item in enumerate(items)}
    return lambda key: place[key]


def _interleaved(
    keys: set[str], by_key: dict[str, Any], order: Callable[[str], tuple[int, int]]
) -> list[str]:
    """One document of each corpus in turn (shortest first within each): the effect of a
    quotes rule shows in articles, an events rule's in wire sentences."""
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(keys, key=order):
        groups[by_key[key][0].corpus].append(key)
    out: list[str] = []
    lists = [groups[c] for c in sorted(groups)]
    for n in range(max((len(x) for x in lists), default=0)):
        out.extend(x[n] for x in lists if n < len(x))
    return out


def _spread(total: int, k: int) -> list[int]:
    if total == 0 or k <= 0:
        return []
    step = max(1, total // k)
    return list(range(0, total, step))[:k]


def _by_corpus(keys: set[str], by_key: dict[str, Any]) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for key in keys:
        out[by_key[key][0].corpus] += 1
    return dict(sorted(out.items()))


def _corpus_counts(items: list[Item]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(PARTS, 0))
    for item in items:
        out[item.corpus][item.part] += 1
    return dict(out)


_QUOTES_ONLY: dict[int, Any] = {}  # pipeline -> the same with the actors and quotes stages
_QUOTES_BASELINE: dict[int, dict[str, str]] = {}


def _trial(
    pipeline: Any,
    name: str,
    keys: list[str],
    by_key: dict[str, Any],
    baseline: dict[str, str],
    make_document: Any,
) -> dict[str, Any]:
    """Run the stages with ``name`` off on ``keys`` until one analysis changes.

    A ``quotes.*`` rule is read only in quotes/, and later stages read only the quotes
    (and actors) it produced: its trial runs the actors and quotes stages alone, against a
    baseline of the same two stages."""
    only_quotes = name.startswith("quotes.")
    derived = pipeline.derive(_settings([name]), stages=("quotes",) if only_quotes else None)
    if only_quotes:
        same = _QUOTES_ONLY.setdefault(id(pipeline), pipeline.derive(stages=("quotes",)))
        cache = _QUOTES_BASELINE.setdefault(id(pipeline), {})
    tried = 0
    for key in keys:
        item, parsed = by_key[key]
        tried += 1
        if name.startswith("ingest."):
            document = make_document(
                item.text,
                doc_id=parsed.document.id,
                date=item.date,
                switches=derived.switches,
                tagger=derived.settings.nlp.model,
            )
            if document.text != parsed.document.text or document != parsed.document:
                result = next(derived.pipe([document]))
            else:
                result = next(derived.run([parsed]))
        else:
            result = next(derived.run([parsed]))
        if only_quotes and key not in cache:
            cache[key] = _json(next(same.run([parsed])))
        if _json(result) != (cache[key] if only_quotes else baseline[key]):
            return {"tried": tried, "changed": True, "part": item.part}
    return {"tried": tried, "changed": False}


# ---------------------------------------------------------------------- report


def verdict(row: dict[str, Any]) -> str:
    """One word per rule: off / fires / reached / built / corpus / never."""
    if row["shipped_off"]:
        return "off"
    effect = row.get("effect") or {}
    if effect.get("changed"):
        return "fires"
    if sum(row["reached"].values()):
        return "reached"  # its switch ran, no change seen in the trial
    if row["built"]:
        return "built"  # read while building: no per-document reach; no change seen
    if row["module"] in CORPUS_LEVEL:
        return "corpus"  # acts across documents: not seen by a per-document census
    return "never"


def markdown(report: dict[str, Any]) -> str:
    lines = [
        "| rule | kind | verdict | reached (read) | reached (unread) | effect trial |",
        "|---|---|---|---|---|---|",
    ]
    for name, row in report["rules"].items():
        effect = row.get("effect")
        trial = (
            "-"
            if effect is None
            else (
                f"changed after {effect['tried']}"
                if effect["changed"]
                else f"no change in {effect['tried']}"
            )
        )
        lines.append(
            f"| `{name}` | {row['kind']} | {verdict(row)} | {row['reached']['read']} | "
            f"{row['reached']['unread']} | {trial} |"
        )
    counts: dict[str, int] = defaultdict(int)
    for row in report["rules"].values():
        counts[verdict(row)] += 1
    lines.append("")
    lines.append("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return "\n".join(lines) + "\n"


def jointly(
    items: list[Item],
    names: list[str],
    log: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
) -> dict[str, Any]:
    """Every document with all of ``names`` off at once against all on (the same parse);
    while the output changes, halves the set: the rules whose absence, alone or with the
    others, changes nothing on the whole corpus, and those that do.

    Quicker than a whole-corpus trial per rule, and stronger: two rules that stand in for
    each other (each alone worth nothing) show here as a change."""
    from stancemap.pipeline import Pipeline

    pipeline = Pipeline(_settings([]))
    parsed = pipeline.parse(
        [{"text": i.text, "id": f"doc{n}", "date": i.date} for n, i in enumerate(items)]
    )
    only_quotes = all(n.startswith("quotes.") for n in names)
    stages = ("quotes",) if only_quotes else None
    base = pipeline.derive(stages=stages) if only_quotes else pipeline
    baseline = [_json(r) for r in base.run(parsed)]

    def changed(group: list[str]) -> int:
        derived = pipeline.derive(_settings(group), stages=stages)
        return sum(_json(r) != b for r, b in zip(derived.run(parsed), baseline, strict=True))

    quiet: list[str] = []
    loud: dict[str, int] = {}
    todo = [list(names)]
    while todo:
        group = todo.pop()
        if not group:
            continue
        n = changed(group)
        log(f"  {len(group)} rules off together: {n} documents change")
        if n == 0:
            quiet.extend(group)
        elif len(group) == 1:
            loud[group[0]] = n
        else:
            half = len(group) // 2
            todo += [group[:half], group[half:]]
    return {
        "documents": len(items),
        "stages": "actors+quotes" if only_quotes else "all",
        "no_change": sorted(quiet),
        "changes": dict(sorted(loud.items())),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="the JSON report")
    parser.add_argument("--md", type=Path, help="also a markdown table")
    parser.add_argument("--articles", type=int, default=300, help="PolNeAR tune articles")
    parser.add_argument("--seed", type=int, default=18)
    parser.add_argument(
        "--confirm",
        type=int,
        default=40,
        help="documents per effect trial (-1: every document where the rule was reached)",
    )
    parser.add_argument(
        "--spread",
        type=int,
        default=80,
        help="documents for a switch read only while building (no per-document reach)",
    )
    parser.add_argument("--rules", action="append", help="fnmatch patterns (default all)")
    parser.add_argument("--limit", type=int, help="first N documents only (a quick try)")
    parser.add_argument(
        "--jointly",
        type=Path,
        help="a census JSON: its rules (of --rules) reached with no effect seen, switched "
        "off together over the whole corpus (halved while the output changes); OUT gets "
        "which change nothing",
    )
    args = parser.parse_args(argv)

    items = corpus(args.articles, args.seed)
    if args.limit:
        items = items[: args.limit]
    print(f"{len(items)} documents", file=sys.stderr)
    if args.jointly:
        rows = json.loads(args.jointly.read_text("utf-8"))["rules"]
        names = [
            n
            for n, row in rows.items()
            if verdict(row) in ("reached", "built", "never")
            and any(fnmatchcase(n, p) for p in args.rules or ["*"])
        ]
        found = jointly(items, names)
        args.out.write_text(json.dumps(found, indent=1, sort_keys=True) + "\n", "utf-8")
        print(
            json.dumps(
                {k: len(v) if k != "documents" else v for k, v in found.items() if k != "stages"}
            )
        )
        return
    report = census(items, args.rules or ["*"], args.confirm, args.spread)
    if report["unstable"]:
        print(
            f"{report['unstable']} documents changed on a second run: effects unreliable",
            file=sys.stderr,
        )
    args.out.write_text(json.dumps(report, indent=1, sort_keys=True) + "\n", "utf-8")
    if args.md:
        args.md.write_text(markdown(report), "utf-8")
    counts: dict[str, int] = defaultdict(int)
    for row in report["rules"].values():
        counts[verdict(row)] += 1
    print(json.dumps({"documents": len(items), "verdicts": dict(sorted(counts.items()))}))


if __name__ == "__main__":
    main()
