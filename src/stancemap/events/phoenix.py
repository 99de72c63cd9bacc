"""Optional import of a Phoenix / PETRARCH CAMEO verb dictionary.

A user who has ``CAMEO.2.0.txt`` (openeventdata/petrarch2, MIT) may list it in
``[events] extra_lexicons``; stancemap ships none of it. Only the parts that map
onto our coder are read:

* verb lines in a ``--- NAME [code] ---`` block: the verb with its own code, or
  the block's code when the line has none;
* simple object patterns ``- * WORD [code]``: the block's verbs with that object.

Multi-word verbs are written ``+CALL_ON``; ``{...}`` lists inflected forms (our
parser lemmatises, so they are skipped). Codes the PLOVER table does not know
(CAMEO 01x public statements, ``---``) are dropped: they are not PLOVER events.
"""

from __future__ import annotations

import re

from .lexicon import Lexicon, Requirement, TriggerEntry
from .ontology import Ontology

_BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_SIMPLE_PATTERN = re.compile(r"^-\s+\*\s+([A-Z][A-Z\-]*)\s+\[([^\]]*)\]")

IMPORT_WEIGHT = 0.6  # imported rows are broad and stale: trust them less


def _code(raw: str, ontology: Ontology) -> str | None:
    code = raw.split(":", 1)[0].strip()
    if not code.isdigit() or ontology.lookup(code) is None:
        return None
    if code.startswith("01"):
        return None
    return code


def _lemma(word: str) -> str:
    return word.lstrip("+").replace("_", " ").lower()


def parse_phoenix_verbs(text: str, ontology: Ontology, file: str) -> Lexicon:
    """Read a Phoenix CAMEO verb dictionary into lexicon rows."""
    lexicon = Lexicon(version="phoenix")
    in_verbs = False
    block_code: str | None = None
    block_verbs: list[tuple[str, str | None, int]] = []
    block_patterns: list[tuple[str, str, int]] = []

    def flush() -> None:
        for lemma, code, line in block_verbs:
            for word, pattern_code, pline in block_patterns:
                type_name = ontology.lookup(pattern_code).type  # type: ignore[union-attr]
                objects = frozenset({word, word[:-1]} if word.endswith("s") else {word})
                lexicon.add(
                    TriggerEntry(
                        lemma,
                        "V",
                        "event",
                        pattern_code,
                        (Requirement("obj", objects),),
                        type_name,
                        f"{file}:{pline}",
                        IMPORT_WEIGHT,
                    )
                )
            verb_code = code or block_code
            if verb_code is not None:
                type_name = ontology.lookup(verb_code).type  # type: ignore[union-attr]
                lexicon.add(
                    TriggerEntry(
                        lemma,
                        "V",
                        "event",
                        verb_code,
                        (),
                        type_name,
                        f"{file}:{line}",
                        IMPORT_WEIGHT,
                    )
                )
        block_verbs.clear()
        block_patterns.clear()

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_verbs = True
            continue
        if not in_verbs or not line.strip():
            continue
        block = _BLOCK.match(line)
        if block:
            flush()
            block_code = _code(block.group(2), ontology)
            continue
        if line.startswith("-"):
            simple = _SIMPLE_PATTERN.match(line)
            if simple:
                code = _code(simple.group(2), ontology)
                if code is not None:
                    block_patterns.append((simple.group(1).lower(), code, number))
            continue
        if line[0] in "&{(":
            continue
        word = line.split()[0]
        if not re.fullmatch(r"\+?[A-Z][A-Z_\-]*", word):
            continue
        own = _CODE.search(line)
        block_verbs.append((_lemma(word), _code(own.group(1), ontology) if own else None, number))
    flush()
    return lexicon
