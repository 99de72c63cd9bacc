"""Write ``data/events/cameo_verbs.tsv`` (and ``cameo_consult_patterns.tsv``) from a
PETRARCH CAMEO verb dictionary.

    .venv/bin/python -m stancemap.events.cameo_import ../shared/reference/phoenix-dictionaries/CAMEO.2.0.txt

The dictionary (openeventdata/petrarch2, MIT, Copyright (c) 2015 Open Event
Data Alliance) is read by ``phoenix.dictionary_rows``; what is written is
derived data in the trigger lexicon's format: verb lemma (with particle),
conditions on its object, subject or preposition, CAMEO code. The PLOVER type
comes from ``cameo_plover.tsv`` when the lexicon is loaded. Source and licence
are written into the file's header and into ``data/events/README.md``.

``cameo_consult_patterns.tsv`` holds the consultation patterns (CAMEO 04) of the
dictionary's blocks of public-statement verbs ("SPEAK * (WITH)": 046), which
``cameo_verbs.tsv`` leaves out with the statements; the lexicon reads them under
rule ``events.trigger.dictionary_consult_patterns``.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

from ..datafiles import data_path
from .lexicon import COLUMNS
from .ontology import load_ontology
from .phoenix import DictionaryRow, dictionary_rows

HEADER = """\
# CAMEO verb patterns derived from the PETRARCH2 CAMEO verb dictionary. version: {version}
# Source: openeventdata/petrarch2 CAMEO.2.0.txt (sha256 {digest}), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance (see data/events/README.md).
# Written by stancemap.events.cameo_import; do not edit by hand, re-run the importer.
# Format: triggers.tsv (see its header). Rows for a lemma: patterns before the bare verb.
# A bare verb's "!inf": not coded when the verb has a "to" infinitive (phoenix.bare_requires).
# Loaded after triggers.tsv with [events] dictionary_weight (data/constants.toml).
"""

CONSULT_FILE = "cameo_consult_patterns.tsv"
SET_PATTERNS_FILE = "cameo_set_patterns.tsv"
SET_PATTERNS_HEADER = """\
# Patterns of the PETRARCH2 CAMEO verb dictionary over synonym sets whose members follow a
# comment line ("&CURRENCY": "GIVE * &CURRENCY" 071, "PAY * &CURRENCY" 061): cameo_verbs.tsv
# reads such a set as ending at the comment, so these rows are not in it. version: {version}
# Source: openeventdata/petrarch2 CAMEO.2.0.txt (sha256 {digest}), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance (see data/events/README.md).
# Written by stancemap.events.cameo_import; do not edit by hand, re-run the importer.
# Format: triggers.tsv (see its header). Read before the dictionary's bare verbs under rule
# events.trigger.dictionary_whole_sets.
"""
NO_EVENT_FILE = "cameo_no_event_patterns.tsv"
NO_EVENT_HEADER = """\
# No-event patterns of the PETRARCH2 CAMEO verb dictionary (coded [---]: "AVOID * ATTACK",
# "DELIVER * DEFEAT"): where one fits a verb's phrase, the dictionary's rows for that verb do
# not fire. version: {version}
# Source: openeventdata/petrarch2 CAMEO.2.0.txt (sha256 {digest}), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance (see data/events/README.md).
# Written by stancemap.events.cameo_import; do not edit by hand, re-run the importer.
# Format: triggers.tsv (see its header), role "none". Read before the dictionary's rows of
# each verb under rule events.trigger.dictionary_no_event_patterns; not where the dictionary
# codes the same verb and phrase as an event (rule
# events.trigger.dictionary_no_event_uncontested).
# Patterns the importer would read only in part are left out.
"""
CONSULT_HEADER = """\
# Consultation patterns (CAMEO 04) of the PETRARCH2 CAMEO verb dictionary's blocks of
# public-statement verbs ("SPEAK * (WITH)": 046), which cameo_verbs.tsv leaves out with
# the statements. version: {version}
# Source: openeventdata/petrarch2 CAMEO.2.0.txt (sha256 {digest}), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance (see data/events/README.md).
# Written by stancemap.events.cameo_import; do not edit by hand, re-run the importer.
# Format: triggers.tsv (see its header). Read after cameo_verbs.tsv under rule
# events.trigger.dictionary_consult_patterns.
"""


def write_cameo_verbs(source: Path, target: Path, version: str = "1") -> int:
    """Derive the rows from ``source`` and write them to ``target``; returns the row count."""
    raw = source.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    rows = dictionary_rows(text, load_ontology())
    digest = hashlib.sha256(raw).hexdigest()[:16]

    def write(path: Path, header: str, table: list[str]) -> None:
        # one shape for every table the importer writes: header, columns, rows
        head = [header.format(version=version, digest=digest), "\t".join(COLUMNS) + "\n"]
        path.write_text("".join(head + table), "utf-8")

    def event_line(row: DictionaryRow) -> str:
        return f"{row.lemma}\tV\tevent\t{row.cameo}\t{row.requires}\t-\n"

    write(target, HEADER, [event_line(r) for r in rows])
    consults = dictionary_rows(text, load_ontology(), statement_events=True)
    write(target.with_name(CONSULT_FILE), CONSULT_HEADER, [event_line(r) for r in consults])
    known = {(r.lemma, r.cameo, r.requires) for r in rows}
    whole = dictionary_rows(text, load_ontology(), whole_sets=True)
    fresh = [r for r in whole if (r.lemma, r.cameo, r.requires) not in known]
    write(target.with_name(SET_PATTERNS_FILE), SET_PATTERNS_HEADER, [event_line(r) for r in fresh])
    none = dictionary_rows(text, load_ontology(), no_event=True)
    no_lines = [f"{r.lemma}\tV\tnone\t-\t{r.requires}\t-\n" for r in none]
    write(target.with_name(NO_EVENT_FILE), NO_EVENT_HEADER, no_lines)
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionary", type=Path, help="CAMEO.2.0.txt")
    parser.add_argument("--out", type=Path, default=data_path("events/cameo_verbs.tsv"))
    parser.add_argument("--version", default="2026.11.2")
    options = parser.parse_args()
    count = write_cameo_verbs(options.dictionary, options.out, options.version)
    print(f"wrote {count} rows to {options.out}")


if __name__ == "__main__":
    main()
