"""Imported CAMEO patterns read only for the verb they were written for (session 55, TR).

Rule ``events.trigger.own_verb_rows``: the PETRARCH2 CAMEO verb dictionary lists its
verbs in blocks of near-synonyms (``---  ARRIVE  [040]  ---``: approach, arrive, come) and
each pattern of a block names, in its comment, the verb it was written for::

    - &MILITARY *            [072]     # ARRIVE     troops arriving: military aid
    - * (UNDER FIRE)         [:111]    # COME       came under fire: criticism

``phoenix.dictionary_rows`` reads every pattern of a block for every verb of the block,
which is how PETRARCH reads it, so 35,947 of the 42,011 rows of ``cameo_verbs.tsv`` are
rows written for another verb than the one they are read on: "soldiers came under fire
from gunmen" is read military aid (072) by ARRIVE's "&MILITARY *" lent to "come". A
pattern's words (its subject, particle, object or preposition) were chosen to fix the
sense of its own verb; on a block neighbour they fix nothing ("come" is not "arrive").

Under the rule the events stage reads ``data/events/cameo_own_rows.tsv`` in place of
``cameo_verbs.tsv``: the same importer's rows (``phoenix.dictionary_rows``) with a block's
pattern read for a verb only where

- the pattern's comment names that verb (an inflected form - "# CALLED_OFF", "# THREW" -
  is read through the block's listed inflections, WordNet's ``verb.exc`` and the regular
  endings; a comment may name several: "# CONFIRM , REAFFIRM"), or
- the verb the comment names is a synonym of the verb's most frequent WordNet 3.0 sense
  ("assure" in ensure's first synset {guarantee, ensure, insure, assure, secure}): the
  reading verb's dominant sense is then the pattern verb's too;
- a pattern whose comment names no verb of its block (none, or an editor's initials) is
  read for every verb of the block, as before.

The verbs' own bare rows (their block's or their own code) are all kept, and so is
everything the project wrote itself (``triggers.tsv`` is read first and untouched); the
dictionary's other tables (consultation, whole-set and no-event patterns) are left as they
are. Written by this module's importer, which a test shows reproduces the table:

    python -m stancemap.events.own_verb_rows ../shared/reference/phoenix-dictionaries/CAMEO.2.0.txt

CAMEO.2.0.txt: openeventdata/petrarch2, MIT licence, Copyright (c) 2015 Open Event Data
Alliance. WordNet 3.0 Copyright 2006 by Princeton University (see data/events/README.md).
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections.abc import Callable
from pathlib import Path

from ..datafiles import data_path
from ..rules import declare
from ..wordnet_files import WORDNET, senses, synsets
from .lexicon import COLUMNS
from .ontology import load_ontology
from .phoenix import _BLOCK, _WORD, _word, dictionary_rows, verb_part

OWN_VERB_ROWS = declare(
    "events.trigger.own_verb_rows",
    "an imported CAMEO pattern is read only for the verb its comment says it was written "
    "for, or a verb whose most frequent WordNet sense has that verb as a synonym, not for "
    "every verb of its block ('came under fire' is no aid by ARRIVE's '&MILITARY *'; "
    "data/events/cameo_own_rows.tsv); bare rows and the project's own rows untouched",
    order=10.5,
)
TABLE = "events/cameo_own_rows.tsv"
SHIPPED = "events/cameo_verbs.tsv"

HEADER = """\
# CAMEO verb patterns of the PETRARCH2 CAMEO verb dictionary, each read only for the verb its
# comment names (or a verb whose most frequent WordNet sense has it as a synonym); bare rows as
# in cameo_verbs.tsv. version: {version}
# Source: openeventdata/petrarch2 CAMEO.2.0.txt (sha256 {digest}), MIT licence,
# Copyright (c) 2015 Open Event Data Alliance; WordNet 3.0 Copyright 2006 by Princeton
# University (see data/events/README.md).
# Written by stancemap.events.own_verb_rows; do not edit by hand, re-run the importer.
# Format: triggers.tsv (see its header). Read in place of cameo_verbs.tsv under rule
# events.trigger.own_verb_rows.
"""

# regular verb endings and what they replace ("tries" -> try, "stopped" -> stop)
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
)


def _exceptions(root: Path) -> dict[str, set[str]]:
    """Inflected form -> base forms, WordNet's ``verb.exc`` ("threw" -> throw)."""
    out: dict[str, set[str]] = {}
    path = root / "verb.exc"
    for line in path.read_text("latin-1").splitlines() if path.exists() else []:
        form, *bases = line.split()
        out.setdefault(form, set()).update(bases)
    return out


def _bases(word: str, exceptions: dict[str, set[str]]) -> set[str]:
    """The base forms an inflected first word may have ("called" -> call, calle)."""
    out = {word} | exceptions.get(word, set())
    for ending, base in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 2:
            stem = word[: len(word) - len(ending)] + base
            out.add(stem)
            if len(stem) > 2 and stem[-1] == stem[-2] and not base:
                out.add(stem[:-1])  # "stopped" -> stopp -> stop
    return out


def pattern_owners(text: str, root: Path = WORDNET) -> dict[int, frozenset[str]]:
    """Line number of each pattern of the dictionary's verb blocks -> the verbs of its
    block its comment names (base forms, lower case, "call off"; "# CONFIRM , REAFFIRM":
    both), empty where the comment names no verb of the block."""
    exceptions = _exceptions(root)
    owners: dict[int, frozenset[str]] = {}
    forms: dict[str, str] = {}  # a block's verbs and their listed inflections
    for number, raw, line in verb_part(text):
        if _BLOCK.match(line):
            forms = {}
            continue
        if line.startswith("-"):
            comment = raw.split("#", 1)[1].replace(",", " ").split() if "#" in raw else []
            named = (_owner(word, forms, exceptions) for word in comment)
            owners[number] = frozenset(verb for verb in named if verb is not None)
            continue
        word = line.split()[0]
        if line[0] in "&{(~" or not _WORD.match(word):
            continue
        verb = _word(word)
        forms[verb] = verb
        listed = re.search(r"\{([^}]*)\}", line)
        for form in listed.group(1).split() if listed else []:
            forms.setdefault(_word(form), verb)
    return owners


def _owner(raw: str, forms: dict[str, str], exceptions: dict[str, set[str]]) -> str | None:
    word = _word(raw)
    if word in forms:
        return forms[word]
    first, _, rest = word.partition(" ")
    for base in sorted(_bases(first, exceptions)):
        candidate = f"{base} {rest}".strip()
        if candidate in forms:
            return forms[candidate]
    return None


def first_sense_synonyms(root: Path = WORDNET) -> Callable[[str], set[str]]:
    """verb -> the words of its most frequent WordNet sense ("call off" as written)."""
    graph = synsets(root / "data.verb")
    ranked = senses(root / "index.verb")

    def synonyms(verb: str) -> set[str]:
        offsets = ranked.get(verb.replace(" ", "_"))
        if not offsets:
            return {verb}
        return {w.split("(")[0].replace("_", " ") for w in graph[offsets[0]][0]} | {verb}

    return synonyms


def keeper(text: str, root: Path = WORDNET) -> Callable[[str, int], bool]:
    """(verb, pattern line) -> whether the pattern is read for that verb (module docstring)."""
    owners = pattern_owners(text, root)
    synonyms = first_sense_synonyms(root)

    def keep(verb: str, line: int) -> bool:
        named = owners.get(line)
        return not named or verb in named or bool(named & synonyms(verb))

    return keep


def write(source: Path, target: Path, version: str = "1", root: Path = WORDNET) -> int:
    """Write the table from the dictionary ``source``; returns the row count."""
    raw = source.read_bytes()
    text = raw.decode("utf-8", errors="replace")
    rows = dictionary_rows(text, load_ontology(), keep=keeper(text, root))
    digest = hashlib.sha256(raw).hexdigest()[:16]
    lines = [HEADER.format(version=version, digest=digest), "\t".join(COLUMNS) + "\n"]
    lines += [f"{r.lemma}\tV\tevent\t{r.cameo}\t{r.requires}\t-\n" for r in rows]
    target.write_text("".join(lines), "utf-8")
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionary", type=Path, help="CAMEO.2.0.txt")
    parser.add_argument("--out", type=Path, default=data_path(TABLE))
    parser.add_argument("--version", default="2026.12.55")
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    options = parser.parse_args()
    count = write(options.dictionary, options.out, options.version, options.wordnet)
    print(f"wrote {count} rows to {options.out}")


if __name__ == "__main__":
    main()
