"""A name that only says which law, tax, building or document is meant: "the Cadillac tax",
"the Benghazi report", "the Federal mine" (session 42 AP, rule ``actors.names.thing_compound``).

NER tags "Cadillac" a body or a person; no KB entry knows it, so it became a new actor
taking part in relations ("Democrats ~ Cadillac"). Where such a name is the compound
modifier of a following lower-case noun whose most frequent WordNet sense lies under a
law, rule, plan or programme, a legal document, public assistance, a tax (levy.n.01), a
document (document.n.01-03) or a building or other construction (structure.n.01), and none
of whose senses is a group or a person (``lexicon/thing_compound_heads.txt``, written by
``python -m stancemap.actors.compound_things``), the name is no actor of its own. Acts
("the Iran deal", "the Iraq war", "Syria talks") are no such heads: a name before an act
may be its agent, and session 41's probe that dropped those lost right readings. A name
the KB knows ("the Clinton plan", "the Senate report") and a possessive ("Trump's tower")
are left alone, and so is a noun the stage reads as an actor
(``lexicon/referring_nouns.tsv``). The name must modify such a noun wherever NER names it
in the story: one that also acts ("Carrier announced", "the Senate passed") stays an actor.

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..datafiles import data_path, read_table, word_list
from ..records import is_new_id
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from .linker import Resolution
    from .resolve import DocumentResolver

THING_COMPOUND = declare(
    "actors.names.thing_compound",
    "'the Cadillac tax', 'the Federal mine': a body or person name no KB entry knows that is "
    "the compound modifier of a lower-case noun whose first WordNet sense is a law, plan, "
    "tax, document or building and never a group or person (lexicon/thing_compound_heads.txt) "
    "wherever NER names it in the story is no actor; acts ('the Iran deal') are no such heads",
)

VERSION = "2026.12.1"
LIST = "lexicon/thing_compound_heads.txt"
# (lemma, sense index in index.noun order)
HEAD_ROOTS = (
    ("legal_document", 0),
    ("law", 1),  # law.n.02: a rule or body of rules
    ("rule", 0),
    ("rule", 1),
    ("plan", 0),  # a programme, a scheme
    ("statute", 0),
    ("public_assistance", 0),
    ("levy", 0),  # a tax, a tariff, a duty
    ("document", 0),  # a writing that provides information (a report, a certificate)
    ("document", 1),  # a letter, a summons
    ("document", 2),  # a record (a ledger, an audit)
    ("structure", 0),  # a building or other construction
)
NOT_HEADS = (("group", 0), ("person", 0))


@lru_cache(maxsize=1)
def compound_heads() -> frozenset[str]:
    actors = {
        fold(r["noun"])
        for r in read_table("lexicon/referring_nouns.tsv", required=("noun", "refers"))
        if r["refers"] != "document"
    }
    return frozenset(word_list(LIST) - actors)


def thing_compound(resolver: DocumentResolver, span: Span, found: Resolution) -> bool:
    """The name only modifies a thing noun (rule ``THING_COMPOUND``)."""
    if found.type not in ("organization", "person") or not is_new_id(found.id):
        return False
    if not resolver.switches.enabled(THING_COMPOUND):
        return False
    if not _modifies_thing(span):
        return False
    # every other time NER names it, the name only modifies a thing too: "Carrier" that
    # also "announced" something, or "the Senate" that "passed" it, acts in this story
    return all(_modifies_thing(ent) for ent in span.doc.ents if ent.text == span.text)


def _modifies_thing(span: Span) -> bool:
    """The span is the compound modifier of a lower-case thing noun after it."""
    root = span.root
    if root.dep_ != "compound" or root.head.i < span.end:
        return False
    head = root.head
    if head.pos_ != "NOUN" or not head.text[:1].islower():
        return False
    if any(not t.text[:1].isupper() or t.tag_ == "POS" for t in span.doc[span.end : head.i]):
        return False  # only capitalised words between ("the Cadillac tax"), no possessive
    heads = compound_heads()
    return head.lemma_.lower() in heads or head.lower_ in heads


def import_heads(root: Path) -> list[str]:
    from ..wordnet_files import first_sense_nouns

    return first_sense_nouns(root, HEAD_ROOTS, NOT_HEADS)


def main(argv: list[str]) -> None:
    from ..wordnet_files import WORDNET, write_word_list

    root = Path(argv[0]) if argv else WORDNET
    header = [
        "# Thing nouns a name may modify without acting ('the Cadillac tax', 'the Federal mine'):",
        "# a one-word noun whose most frequent WordNet 3.0 sense lies under one of",
        "# compound_things.HEAD_ROOTS (laws, plans, taxes, documents, buildings) and none of",
        "# whose senses lies under group.n.01 or person.n.01. Generated by",
        "# python -m stancemap.actors.compound_things from Princeton WordNet 3.0 (WordNet",
        "# licence, see data/events/README.md); do not edit.",
        f"# Version {VERSION}.",
    ]
    write_word_list(data_path(LIST), header, import_heads(root))


if __name__ == "__main__":
    main(sys.argv[1:])
