"""A signed formal agreement coded AGREE, not SUPPORT (session 55, TR).

Rule ``events.trigger.signed_agreement_agree``: CAMEO 057 "sign formal agreement" is
mapped to PLOVER SUPPORT in ``data/events/cameo_plover.tsv``, as the PLOVER 2021 conversion
table the file was written from says (``../shared/reference/plover/CAMEO2PLOVER-2021.txt``:
``057: SUPPORT, , diplomatic # Sign formal agreement``), and as the PLOVER gold standard
records derived from the CAMEO manual code it ("Czechia and China signed an agreement":
SUPPORT). The project's blind wire sets (``tests/events/data/wire_*.jsonl``), written by
judges from the PLOVER type definitions, code a signed deal, memorandum or treaty AGREE:
the parties commit to what they agreed. The two sources disagree, so the mapping stays as
its source has it and this rule, shipped off, codes an event whose CAMEO code is 057 (or
under it) AGREE, keeping its code and context; its worth is measured on both kinds of gold
(docs/benchmarks.md, session 55 TR).
"""

from __future__ import annotations

from dataclasses import replace

from ..rules import declare
from .parts import Coded

SIGNED_AGREEMENT_AGREE = declare(
    "events.trigger.signed_agreement_agree",
    "an event coded CAMEO 057 ('signed an accord with X') is typed AGREE, as the wire sets "
    "code a signed agreement, not SUPPORT as the PLOVER 2021 conversion table maps 057",
    order=10.6,
)
SIGNED_CODE = "057"  # CAMEO: sign formal agreement
FROM_TYPE = "SUPPORT"
TO_TYPE = "AGREE"


def agreement_typed(item: Coded) -> Coded:
    """The item typed AGREE where it is a SUPPORT coded 057; otherwise itself."""
    if item.type == FROM_TYPE and (item.cameo or "").startswith(SIGNED_CODE):
        return replace(item, type=TO_TYPE)
    return item
