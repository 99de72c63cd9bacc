"""Import the one list of firm nouns from Princeton WordNet 3.0 (the Debian package
``wordnet-base``, ``/usr/share/wordnet``) into ``data/lexicon/firm_nouns.tsv``.

Session 62 left two WordNet lists of firm nouns, each with its own importer and criterion:
``lexicon/firm_nouns.txt`` (AC, read by ``actors.names.firm_reading``) and
``events/firm_nouns.txt`` (EP, read by ``events.sense.firm_parties``). Session 63 (engineer
FT, issues 12 and 14) made them one table written by this one importer, each noun with the
kind that tells the two readers apart, so that each reads exactly the words it read before:

* ``firm`` - both criteria hold: "airline", "bank", "carmaker", "company", "firm",
  "insurer", "manufacturer";
* ``institution`` - a sense under business.n.01, company.n.01 or
  financial_institution.n.01 and a first sense that is no person (AC's criterion), but not
  a commercial body among the two most frequent senses (EP's): "agency", "charity",
  "newspaper", "fleet", "chain". A name written after one is an organisation, but not
  necessarily a firm whose acts are commerce;
* ``trader`` - one of the two most frequent senses under company.n.01, business.n.01,
  financial_institution.n.01, businessperson.n.01 or manufacturer.n.01, none under
  political_unit.n.01, political_party.n.01, government_agency.n.01, central_bank.n.01,
  nongovernmental_organization.n.01 or foundation.n.02, the first no noun.communication
  (EP's criterion), but a person first (so not AC's): "retailer", "supplier", "broker". An
  organisation called so is a firm; a name written after one may be a person
  ("businessman X");
* ``commercial`` (session 63 FT, rule ``actors.names.firm_possession``) - what a firm has
  and a person seldom does, a noun whose first sense lies under income.n.01 (profit,
  earnings, dividend, sales), capital.n.01 (stock), plant.n.01 (factory, refinery, works)
  or stockholder.n.01 (shareholder), or is share.n.01, gross.n.01 (revenue), sale.n.01, work_force.n.01,
  executive.n.01 or chief_executive_officer.n.01: "Yukos shares", "Ford's profits", "Yukos
  chief executive X" (not corporate_executive.n.01, which holds "president").

``firm_names.firm_nouns()`` reads ``firm`` and ``institution``; ``events.firm_parties``
reads ``firm`` and ``trader``; ``firm_names.commercial_nouns()`` reads ``commercial``.

    python -m stancemap.actors.firm_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path
from ..wordnet_files import LEXNAMES, WORDNET, lexfiles, senses, synsets, under, write_word_list

VERSION = "2026.12.2"
OUT = "lexicon/firm_nouns.tsv"
KINDS = ("firm", "institution", "trader", "commercial")
# (lemma, sense index in index.noun order) of the roots a firm noun has a sense under (AC)
FIRM_ROOTS = (("business", 0), ("company", 0), ("financial_institution", 0))
# a commercial body and its people (EP)
TRADE_ROOTS = (
    ("company", 0),
    ("business", 0),
    ("financial_institution", 0),
    ("businessperson", 0),
    ("manufacturer", 0),
)
# a state, a party, a government agency, a central bank, a charity or foundation (EP)
POLITICAL_ROOTS = (
    ("political_unit", 0),
    ("party", 0),
    ("agency", 1),
    ("central_bank", 0),
    ("nongovernmental_organization", 0),
    ("foundation", 1),
)
TOP = 2
# a noun whose most frequent sense is a message ("newspaper") names a firm only in its
# second sense: the name it modifies may be the thing (EP)
THING_FILES = ("noun.communication",)
# what a firm owns: a first sense under these kinds, or one of the ``OWNED_SENSES``
OWNED_KINDS = (
    ("income", 0),
    ("capital", 0),
    ("plant", 0),
    ("stockholder", 0),
)
OWNED_SENSES = (
    ("share", 0),
    ("revenue", 0),
    ("sale", 0),
    ("executive", 0),
    ("ceo", 0),
    ("workforce", 0),
)


def _roots(index: dict[str, list[str]], pairs: tuple[tuple[str, int], ...]) -> set[str]:
    return {index[w][i] for w, i in pairs}


def firm_nouns(root: Path) -> list[str]:
    """AC's criterion (session 62): a sense under ``FIRM_ROOTS``, the first no person."""
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    firms = under(graph, _roots(index, FIRM_ROOTS), instances=False)
    people = under(graph, {index["person"][0]})
    return sorted(
        w
        for w, offsets in index.items()
        if w.isalpha() and any(o in firms for o in offsets) and offsets[0] not in people
    )


def trading_nouns(root: Path) -> list[str]:
    """EP's criterion (session 62): one of the ``TOP`` most frequent senses under
    ``TRADE_ROOTS``, none under ``POLITICAL_ROOTS``, the first no message."""
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    firms = under(graph, _roots(index, TRADE_ROOTS), instances=False)
    political = under(graph, _roots(index, POLITICAL_ROOTS), instances=False)
    files = lexfiles(root / "data.noun")
    return sorted(
        w
        for w, offsets in index.items()
        if w.isalpha()
        and LEXNAMES.get(files.get(offsets[0], "")) not in THING_FILES
        and any(o in firms for o in offsets[:TOP])
        and not any(o in political for o in offsets[:TOP])
    )


def commercial_nouns(root: Path) -> list[str]:
    """What a firm owns: a first sense under ``OWNED_KINDS`` or among ``OWNED_SENSES``."""
    graph = synsets(root / "data.noun")
    index = senses(root / "index.noun")
    wanted = under(graph, _roots(index, OWNED_KINDS), instances=False)
    wanted |= _roots(index, OWNED_SENSES)
    return sorted(w for w, offsets in index.items() if w.isalpha() and offsets[0] in wanted)


def firm_table(root: Path) -> list[tuple[str, str]]:
    """(word, kind) rows, sorted by word (see the module doc)."""
    named, trading = set(firm_nouns(root)), set(trading_nouns(root))
    owned = set(commercial_nouns(root)) - named - trading
    rows: dict[str, str] = {}
    for word in named | trading:
        rows[word] = (
            "firm"
            if word in named and word in trading
            else ("institution" if word in named else "trader")
        )
    rows.update(dict.fromkeys(owned, "commercial"))
    return sorted(rows.items())


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    rows = firm_table(root)
    header = [
        "# Nouns of firms, from Princeton WordNet 3.0 (WordNet licence, see",
        "# data/events/README.md). Generated by python -m stancemap.actors.firm_import;",
        "# do not edit. Kinds (the importer's doc says which WordNet senses give each):",
        "# firm - a firm in both readers' sense (airline, bank, carmaker);",
        "# institution - an institution of business, not first a person, not only a trader's",
        "#   (agency, charity, newspaper): read by actors.names.firm_reading with firm;",
        "# trader - a commercial body or its people, a person first (retailer, supplier):",
        "#   read by events.sense.firm_parties with firm;",
        "# commercial - what a firm owns (share, profit, sales, shareholder, factory): read by",
        "#   actors.names.firm_possession.",
        f"# Version {VERSION}.",
        "word\tkind",
    ]
    out = data_path(OUT)
    write_word_list(out, header, [f"{w}	{k}" for w, k in rows])


if __name__ == "__main__":
    main(sys.argv[1:])
