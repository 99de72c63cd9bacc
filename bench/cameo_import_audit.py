"""Audit what the CAMEO verb dictionary importer reads, skips and misreads (session 36).

    PYTHONPATH=src .venv/bin/python bench/cameo_import_audit.py [--json]
    [--dictionary ../shared/reference/phoenix-dictionaries/CAMEO.2.0.txt]

Each verb pattern line ("- * ATTACK   [---]") of the dictionary's VERB PATTERNS part is
put in one kind: ``read`` (its code maps to a PLOVER event), ``no_event`` (coded
``[---]``: read only under rule events.trigger.dictionary_no_event_patterns),
``reversed`` (``[:071]``: the object's act, not the subject's; the importer reads no
code), ``statement`` (CAMEO 01x, public statements: no PLOVER event), ``unknown_code`` (a
code the PLOVER table lacks), ``unreadable`` (the code maps but ``phoenix._requirements``
cannot read the pattern: two objects, a subject phrase), ``no_code``. Synonym sets used
by a pattern (``&NAME``) but never defined, or defined empty, are listed: patterns over
them read nothing. Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DICTIONARY = ROOT.parent / "shared" / "reference" / "phoenix-dictionaries" / "CAMEO.2.0.txt"
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_SET = re.compile(r"&[A-Z_]+")


def kind_of(code: str, readable: bool, known: bool) -> str:
    """The kind of one pattern line from its bracketed code."""
    code = code.strip()
    if not code:
        return "no_code"
    if code == "---":
        return "no_event"
    if code.startswith(":"):
        return "reversed"
    first = code.split(":")[0].strip()
    if first.startswith("01"):
        return "statement"
    if not first.isdigit() or not known:
        return "unknown_code"
    return "read" if readable else "unreadable"


def audit(text: str) -> dict[str, Any]:
    """Counts per kind, examples (line numbers) and undefined synonym sets."""
    from stancemap.events.ontology import load_ontology
    from stancemap.events.phoenix import _requirements, synonym_sets, verb_part

    ontology = load_ontology()
    sets = synonym_sets(text)
    whole = synonym_sets(text, whole=True)
    kinds: Counter[str] = Counter()
    examples: dict[str, list[int]] = {}
    used: Counter[str] = Counter()
    for number, _raw, line in verb_part(text):
        if not line.startswith("-") or line.startswith("---"):
            continue
        match = _CODE.search(line)
        pattern = line[1 : match.start()].strip() if match else line[1:].strip()
        for name in _SET.findall(pattern):
            used[name] += 1
        code = match.group(1) if match else ""
        first = code.split(":")[0].strip()
        known = first.isdigit() and ontology.lookup(first) is not None
        readable = _requirements("verb", pattern, sets) is not None
        kind = kind_of(code, readable, known)
        kinds[kind] += 1
        examples.setdefault(kind, [])
        if len(examples[kind]) < 5:
            examples[kind].append(number)
    undefined = sorted(n for n in used if n.rstrip("_") not in whole and n not in whole)
    empty = sorted(n for n in used if n in whole and not sets.get(n) and n not in undefined)
    return {
        "patterns": sum(kinds.values()),
        "kinds": dict(sorted(kinds.items())),
        "example_lines": examples,
        "sets_defined": len(whole),
        "sets_used": len(used),
        "sets_used_undefined": {n: used[n] for n in undefined},
        "sets_read_empty": {n: used[n] for n in empty},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dictionary", type=Path, default=DICTIONARY)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args(argv)
    if not options.dictionary.exists():
        print(f"skipped: {options.dictionary} is absent (../shared not mounted)")
        return 0
    result = audit(options.dictionary.read_text("utf-8", errors="replace"))
    if options.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{result['patterns']} pattern lines")
        for kind, count in result["kinds"].items():
            print(f"  {kind:14} {count:6}  e.g. lines {result['example_lines'][kind]}")
        print(f"synonym sets: {result['sets_defined']} defined, {result['sets_used']} used")
        print(f"  used, never defined: {result['sets_used_undefined']}")
        print(f"  used, read empty:    {result['sets_read_empty']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
