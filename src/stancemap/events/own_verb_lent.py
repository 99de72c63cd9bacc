"""What ``own_verb_rows`` should still lend across a CAMEO block (session 56, TR).

Session 55's ``events.trigger.own_verb_rows`` reads a pattern of the PETRARCH2 CAMEO verb
dictionary only for the verb its comment names: a pattern's words fix the sense of its
own verb, not of a block neighbour's ("soldiers came under fire" is no aid by ARRIVE's
"&MILITARY *"). Two variants, each shipped off and each a rule of its own, so that a
firing sample (bench/firing_sample.py: a rule alone on the defaults) sees what it changes:

- ``events.trigger.own_verb_said_objects``: ``own_verb_rows`` (whether that rule is on or
  not), except that where the pattern's verb and the reading verb
  are both verbs of communication (the most frequent WordNet 3.0 sense of each is in the
  lexicographer file ``verb.communication``) and the pattern's only words are its object
  ("- * SOLIDARITY [051] # EXPRESS"), the object is what is said, and it codes the act
  whichever verb of saying tells it ("announced their solidarity with X" as "expressed
  solidarity with X"). Such a pattern is lent to the communication verbs of its block as
  before (``data/events/cameo_own_rows_said.tsv``, read in place of ``cameo_own_rows.tsv``).
  This one came from the session 56 question of which reading moved the control pair
  Trump ~ Sanders (docs/benchmarks.md, session 56 TR): its worth is measured on tune and
  check like any other.
- ``events.trigger.own_verb_consult_rows``: the dictionary's consultation patterns of its
  statement blocks (``cameo_consult_patterns.tsv``, rule
  ``events.trigger.dictionary_consult_patterns``) filtered the same way
  (``data/events/cameo_own_consult_patterns.tsv``, 16 rows for 54).

Both tables are written by this module's importer (a test shows it reproduces them):

    python -m stancemap.events.own_verb_lent ../shared/reference/phoenix-dictionaries/CAMEO.2.0.txt

CAMEO.2.0.txt: openeventdata/petrarch2, MIT licence, Copyright (c) 2015 Open Event Data
Alliance. WordNet 3.0 Copyright 2006 by Princeton University (see data/events/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path

from ..datafiles import data_path
from ..rules import declare
from ..wordnet_files import WORDNET, lexfiles, senses
from .lexicon import COLUMNS
from .ontology import load_ontology
from .own_verb_rows import keeper, pattern_owners
from .phoenix import dictionary_rows, verb_part

SAID_OBJECTS = declare(
    "events.trigger.own_verb_said_objects",
    "events.trigger.own_verb_rows, but a CAMEO pattern whose only words are its object is "
    "still lent to the block's verbs of communication when its own verb is one (WordNet "
    "verb.communication, most frequent sense): what is said codes the act ('announced "
    "solidarity' by EXPRESS's '* SOLIDARITY'; data/events/cameo_own_rows_said.tsv)",
    order=10.55,
)
CONSULT_ROWS = declare(
    "events.trigger.own_verb_consult_rows",
    "the CAMEO consultation patterns of the statement blocks are read only for the verb "
    "their comment names, as events.trigger.own_verb_rows reads the verb patterns "
    "(data/events/cameo_own_consult_patterns.tsv)",
    order=10.56,
)
SAID_TABLE = "events/cameo_own_rows_said.tsv"
CONSULT_TABLE = "events/cameo_own_consult_patterns.tsv"
COMMUNICATION = "32"  # WordNet lexicographer file verb.communication

HEADER = """\
# {what} of the PETRARCH2 CAMEO verb dictionary, each pattern read only for the verb its
# comment names (or a verb whose most frequent WordNet sense has it as a synonym){also}.
# version: {version}
# Source: openeventdata/petrarch2 CAMEO.2.0.txt (sha256 {digest}), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance; WordNet 3.0 Copyright 2006 by Princeton
# University (see data/events/README.md).
# Written by stancemap.events.own_verb_lent; do not edit by hand, re-run the importer.
# Format: triggers.tsv (see its header). Read under rule {rule}.
"""


def communication_verbs(root: Path = WORDNET) -> Callable[[str], bool]:
    """verb -> whether its most frequent WordNet sense is a verb of communication."""
    ranked = senses(root / "index.verb")
    files = lexfiles(root / "data.verb")

    def said(verb: str) -> bool:
        offsets = ranked.get(verb.replace(" ", "_"))
        return offsets is not None and bool(offsets) and files.get(offsets[0]) == COMMUNICATION

    return said


def object_patterns(text: str) -> set[int]:
    """Lines of the verb part's patterns whose only words follow the verb, with no
    preposition ("- * SOLIDARITY [051]", not "- * (WITH)" nor "- &MILITARY *")."""
    out = set()
    for number, _raw, line in verb_part(text):
        if line.startswith("-"):
            body = line[1:].split("[", 1)[0].strip()
            if body.startswith("*") and len(body) > 1 and "(" not in body:
                out.add(number)
    return out


def said_keeper(text: str, root: Path = WORDNET) -> Callable[[str, int], bool]:
    """``own_verb_rows.keeper``, and an object pattern of a verb of communication lent to
    the block's other verbs of communication (module docstring)."""
    keep = keeper(text, root)
    owners = pattern_owners(text, root)
    objects = object_patterns(text)
    said = communication_verbs(root)

    def lend(verb: str, line: int) -> bool:
        if keep(verb, line):
            return True
        named = owners.get(line, frozenset())
        return line in objects and said(verb) and any(said(v) for v in named)

    return lend


def write(source: Path, folder: Path, version: str = "1", root: Path = WORDNET) -> dict[str, int]:
    """Write both tables into ``folder`` from the dictionary ``source``; row counts."""
    raw = source.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    digest = hashlib.sha256(raw).hexdigest()[:16]
    ontology = load_ontology()
    said = dictionary_rows(text, ontology, keep=said_keeper(text, root))
    consult = dictionary_rows(text, ontology, statement_events=True, keep=keeper(text, root))
    tables = {
        SAID_TABLE: (said, "CAMEO verb patterns", "; an object pattern of a verb of "
                     "communication also for the block's other verbs of communication",
                     SAID_OBJECTS),
        CONSULT_TABLE: (consult, "Consultation patterns (CAMEO 04) of the statement blocks",
                        "", CONSULT_ROWS),
    }  # fmt: skip
    counts = {}
    for name, (rows, what, also, rule) in tables.items():
        head = HEADER.format(what=what, also=also, version=version, digest=digest, rule=rule)
        lines = [head, "\t".join(COLUMNS) + "\n"]
        lines += [f"{r.lemma}\tV\tevent\t{r.cameo}\t{r.requires}\t-\n" for r in rows]
        (folder / Path(name).name).write_text("".join(lines), "utf-8")
        counts[name] = len(rows)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionary", type=Path, help="CAMEO.2.0.txt")
    parser.add_argument("--out", type=Path, default=data_path(SAID_TABLE).parent)
    parser.add_argument("--version", default="2026.12.56")
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    options = parser.parse_args()
    for name, count in write(
        options.dictionary, options.out, options.version, options.wordnet
    ).items():
        print(f"wrote {count} rows to {options.out / Path(name).name}")


if __name__ == "__main__":
    main()
