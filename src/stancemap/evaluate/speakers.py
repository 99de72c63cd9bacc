"""The project's speaker set: who says it, when the text names the speaker by description.

``tests/quotes/data/speakers.jsonl`` holds short passages written for the project,
one quotation each whose speaker is a descriptive subject ("the diplomat said",
"the statement said", "the companies said"), a pronoun, a speech tag in mid
sentence, or nobody at all ("It was agreed that Y"). Each record names the target
quotation by its source as written (``source``) or, for a quotation with no
source, by its cue (``cue``), and the speaker expected: the text of one mention of
the actor meant, or null when no one is.

A record counts as right when the pipeline finds that quotation and its speaker is
an actor one of whose mentions (or whose name) is or holds the expected text; for a null
speaker, when the quotation has none. A quotation not found counts as wrong.
Records split into tune and check by ``split.part_of`` like every dev set.

    python -m stancemap.evaluate.speakers [--part tune|check] [--ablate 'actors.referring.*']
        [--disable 'actors.referring.*'] [--errors]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

from ..config import Settings, load_settings
from ..records import Analysis, Quote
from ..rules import load_all
from .split import part_of

DEFAULT_SET = Path(__file__).resolve().parents[3] / "tests" / "quotes" / "data" / "speakers.jsonl"


@dataclass
class SpeakerCase:
    id: str
    kind: str
    text: str
    speaker: str | None
    source: str | None = None
    cue: str | None = None


@dataclass
class SpeakerScore:
    right: int = 0
    total: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)  # kind -> [right, total]
    wrong: list[str] = field(default_factory=list)  # "id: what came out"

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "accuracy": round(self.accuracy, 4),
            "right": self.right,
            "total": self.total,
            "by_kind": {k: f"{r}/{n}" for k, (r, n) in sorted(self.by_kind.items())},
        }


def load_cases(path: Path = DEFAULT_SET, part: str | None = None) -> list[SpeakerCase]:
    cases = []
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if row.get("source") is None and row.get("cue") is None:
            raise ValueError(f"{path}:{number}: a case names its quotation by source or cue")
        case = SpeakerCase(
            id=row["id"],
            kind=row["kind"],
            text=row["text"],
            speaker=row["speaker"],
            source=row.get("source"),
            cue=row.get("cue"),
        )
        if part is None or part_of(case.id) == part:
            cases.append(case)
    return cases


def target_quote(case: SpeakerCase, analysis: Analysis) -> Quote | None:
    """The quotation the case is about: the last one with that source (or cue)."""
    quotes = [*analysis.quotes, *analysis.embedded_quotes]
    if case.source is not None:
        found = [q for q in quotes if q.source is not None and q.source.text == case.source]
    else:
        found = [q for q in quotes if q.cue is not None and q.cue.text == case.cue]
    return max(found, key=lambda q: q.content.start) if found else None


def is_right(case: SpeakerCase, analysis: Analysis) -> tuple[bool, str]:
    quote = target_quote(case, analysis)
    if quote is None:
        return False, "quotation not found"
    if case.speaker is None:
        return quote.speaker is None, f"speaker {quote.speaker}"
    actor = next((a for a in analysis.actors if a.id == quote.speaker), None)
    if actor is None:
        return False, "no speaker"
    # the expected text as one of the actor's mentions or its name, or inside one
    # ("Ministry of External Affairs" in "Indian Ministry of External Affairs")
    named = {m.text for m in actor.mentions} | {actor.name}
    right = any(case.speaker in name for name in named)
    return right, f"speaker {actor.name} ({actor.id})"


def score(cases: list[SpeakerCase], analyses: list[Analysis]) -> SpeakerScore:
    result = SpeakerScore()
    for case, analysis in zip(cases, analyses, strict=True):
        right, said = is_right(case, analysis)
        tally = result.by_kind.setdefault(case.kind, [0, 0])
        tally[1] += 1
        result.total += 1
        if right:
            tally[0] += 1
            result.right += 1
        else:
            result.wrong.append(f"{case.id}: {said}")
    return result


def evaluate_speakers(
    cases: list[SpeakerCase], settings: Settings | None = None, pipeline: Any = None
) -> SpeakerScore:
    from ..pipeline import Pipeline

    pipeline = pipeline or Pipeline(settings or load_settings())
    analyses = [pipeline.analyze(c.text, date="2016-06-01", doc_id=c.id) for c in cases]
    return score(cases, analyses)


def with_disabled(settings: Settings, names: list[str]) -> Settings:
    rules = settings.rules.model_copy(update={"disable": [*settings.rules.disable, *names]})
    return settings.model_copy(update={"rules": rules})


def ablate_speakers(
    cases: list[SpeakerCase], pattern: str, settings: Settings | None = None
) -> dict[str, float]:
    """Each rule matching ``pattern`` switched off in turn: accuracy on minus off."""
    from ..pipeline import Pipeline

    settings = settings or load_settings()
    full = Pipeline(settings)
    parsed = full.parse([{"text": c.text, "date": "2016-06-01", "id": c.id} for c in cases])
    base = score(cases, [a for a in full.run(parsed) if isinstance(a, Analysis)]).accuracy
    gains = {"(all on)": base}
    for rule in load_all().all():
        if not fnmatchcase(rule.name, pattern):
            continue
        analyses = [a for a in full.run(parsed, with_disabled(settings, [rule.name]))]
        off = score(cases, [a for a in analyses if isinstance(a, Analysis)]).accuracy
        gains[rule.name] = round(base - off, 4)
    return gains


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET)
    parser.add_argument("--part", choices=("tune", "check"), default=None)
    parser.add_argument("--ablate", default=None, help="rule pattern, e.g. 'actors.coref.*'")
    parser.add_argument("--errors", action="store_true", help="list wrong cases (tune only)")
    parser.add_argument("--disable", action="append", default=[], help="rule pattern to switch off")
    args = parser.parse_args(argv)
    cases = load_cases(args.set, args.part)
    settings = with_disabled(load_settings(), args.disable)
    if args.ablate:
        print(json.dumps(ablate_speakers(cases, args.ablate, settings), indent=1))
        return
    result = evaluate_speakers(cases, settings)
    print(json.dumps({"part": args.part or "all", **result.as_dict()}, indent=1))
    if args.errors:
        if args.part != "tune":
            raise SystemExit("errors are read on the tune part only")
        print("\n".join(result.wrong))


if __name__ == "__main__":
    main()
