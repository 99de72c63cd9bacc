"""NGEC actor-resolution scorer (``stancemap eval actors FILE``).

Each gold case is a mention (+ optional date) with some of: ``country``
(ISO3, or the CAMEO bloc codes IGO/UNO/EUR), ``code_1`` (PLOVER/CAMEO sector,
``code_2`` an accepted alternative), ``title``/``wiki`` (Wikipedia title).
Scoring rules, written down because the gold leaves them open:

* an empty gold country/sector means "none": right when stancemap gives none;
  sector "UNK" counts as none too; "????" is not scored;
* the predicted country is the actor's ISO3, else its CAMEO bloc code;
* ``cameo``: where the gold country is a bloc code (IGO, UNO, EUR, ...), that
  code must be the actor's own ``cameo`` field with ``country`` (ISO3) empty,
  so the two conventions can be scored apart;
* a case scores a field only when the gold has that field.

Cases are grouped by what stancemap made of the mention: named people,
organisations, places, generic agents (nominal roles included); a mention
it could not resolve is grouped by its shape (lower-case start: generic agent,
else a named person for 2-4 capitalised words, else an organisation).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import Settings
from ..records import is_agent_id
from .metrics import accuracy
from .split import select

if TYPE_CHECKING:
    from ..pipeline import Pipeline

# from ../shared/README.md: the Phoenix actor dictionaries on the same dev half
PHOENIX_BASELINE = {"country": 0.461, "sector": 0.403}
GROUPS = ("people", "organisations", "places", "agents")


def _group(found: Any, mention: str) -> str:
    if found is not None:
        if found.how in ("agent", "role") or is_agent_id(found.id):
            return "agents"
        if found.type == "person":
            return "people"
        if found.type in ("country", "location"):
            return "places"
        return "organisations"
    words = mention.split()
    if not words or words[0][:1].islower():
        return "agents"
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
        return "people"
    return "organisations"


def _country_ok(gold: str, found: Any) -> bool:
    predicted = (found.country or found.cameo) if found is not None else None
    if not gold:
        return predicted is None
    return predicted == gold


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    from ..actors.countries import known_country_codes

    return frozenset(known_country_codes())


def _cameo_ok(gold: str, found: Any) -> bool:
    """The bloc code is the actor's ``cameo`` and its ISO3 ``country`` stays empty."""
    return found is not None and found.cameo == gold and found.country is None


def _sector_ok(gold: dict[str, Any], found: Any) -> bool:
    predicted = found.sector if found is not None else None
    accepted = {gold.get("code_1") or None, gold.get("code_2") or None}
    if "UNK" in accepted or accepted == {None}:
        return predicted in (None, "UNK")
    return predicted in accepted - {None}


def score_cases(cases: list[dict[str, Any]], link: Any) -> dict[str, Any]:
    """Score ``link(mention, date) -> Resolution | None`` on NGEC cases."""
    tallies: dict[str, dict[str, list[int]]] = {
        g: {"country": [0, 0], "sector": [0, 0], "wiki": [0, 0], "cameo": [0, 0]}
        for g in (*GROUPS, "all")
    }
    misses: list[dict[str, Any]] = []
    for case in cases:
        expected = case.get("expected", {})
        found = link(case["mention"], case.get("date"))
        group = _group(found, case["mention"])
        checks: dict[str, bool] = {}
        if "country" in expected:
            checks["country"] = _country_ok(expected["country"] or "", found)
        if expected.get("country") and expected["country"] not in _iso3():
            # a bloc's CAMEO code (IGO, UNO, EUR): in its own field, ``country`` left ISO3
            checks["cameo"] = _cameo_ok(expected["country"], found)
        if "code_1" in expected and expected["code_1"] != "????":
            checks["sector"] = _sector_ok(expected, found)
        title = expected.get("title") or expected.get("wiki")
        if title:
            checks["wiki"] = found is not None and found.wiki == title
        for name, ok in checks.items():
            for key in (group, "all"):
                tallies[key][name][0] += int(ok)
                tallies[key][name][1] += 1
        if not all(checks.values()):
            misses.append(
                {
                    "id": case.get("id"),
                    "mention": case["mention"],
                    "expected": expected,
                    "got": None
                    if found is None
                    else {
                        "id": found.id,
                        "country": found.country or found.cameo,
                        "sector": found.sector,
                        "wiki": found.wiki,
                    },
                }
            )
    out: dict[str, Any] = {"cases": len(cases)}
    for key in ("all", *GROUPS):
        out[key] = {
            name: {"accuracy": accuracy(ok, n), "n": n} for name, (ok, n) in tallies[key].items()
        }
    out["baseline_phoenix"] = dict(PHOENIX_BASELINE)
    out["misses"] = misses
    return out


def read_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    cases.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
    return cases


def evaluate_actors(
    path: Path,
    settings: Settings | None = None,
    *,
    part: str = "all",
    pipeline: Pipeline | None = None,
) -> dict[str, Any]:
    """Country / sector / wiki-title accuracy of context-free resolution on NGEC cases.

    Linking goes through the library API: ``pipeline``'s actors stage (a loaded
    ``Pipeline`` is reused; ``settings``, when given and different, derive one from
    it), else a ``Pipeline(settings)`` built here.

    Two ablations score the same cases again with a smaller KB:

    * ``unseen_names``: every hand-written KB record (``people.jsonl``,
      ``organizations.jsonl``, ...) that a case resolves to is taken out - those
      files were grown with the dev cases in view - while the generated
      office-holder lists (``stancemap kb build``, imported from reference data
      that never saw the cases) stay: how stancemap does on a name nobody wrote
      down for it;
    * ``no_kb_entry``: the person or body a case resolves to is taken out
      altogether, imported facts included (titles, demonyms, agent nouns and
      context still work).

    The held-back gold half lies between these and the full score.
    """
    from ..pipeline import Pipeline

    if pipeline is None:
        pipeline = Pipeline(settings, stages=("actors",))
    elif settings is not None and settings != pipeline.settings:
        pipeline = pipeline.derive(settings)
    stage = pipeline.actors
    cases = select(read_cases(path), lambda c: str(c["id"]), part)
    result = score_cases(cases, stage.link)
    result["part"] = part
    named = _named_ids(stage, cases)
    for key, keep_imported in (("unseen_names", True), ("no_kb_entry", False)):
        blind = _without(stage, named, keep_imported=keep_imported)
        unseen = score_cases(cases, blind.link)
        result[key] = {k: unseen[k] for k in ("all", *GROUPS)}
        if part == "tune":
            result[key]["misses"] = unseen["misses"]  # errors are read on tune only
    return result


def _named_ids(stage: Any, cases: list[dict[str, Any]]) -> set[str]:
    named = set()
    for case in cases:
        found = stage.link(case["mention"], case.get("date"))
        # people and bodies a case names; intergovernmental bodies (cameo) are seed data, kept
        named_body = found is not None and found.kb is not None and found.cameo is None
        if named_body and found is not None and found.type in ("person", "organization"):
            named.add(found.id)
    return named


def _without(stage: Any, named: set[str], *, keep_imported: bool) -> Any:
    """A linker over the KB less the ``named`` actors (their imported facts kept or not)."""
    from ..actors.countries import country_actors, known_country_codes
    from ..actors.kb import GENERATED_FILES, KnowledgeBase, read_jsonl, shipped_files
    from ..actors.linker import Linker

    kb = KnowledgeBase()
    for actor in country_actors():
        kb.add(actor)
    codes = known_country_codes()
    for name, text in shipped_files():
        generated = name.rsplit("/", 1)[-1] in GENERATED_FILES
        for actor in read_jsonl(name, text, codes, trusted=generated):
            if actor.id in named and not (generated and keep_imported):
                continue
            kb.add(actor)
    return Linker(kb, stage.settings.actors.fuzzy_threshold, stage.switches)
