"""How a CAMEO code changes when the event is only intended, threatened,
refused or demanded.

CAMEO (and PLOVER after it) codes "X will give aid" not as aid but as the intent
to give aid (03x, AGREE), "X threatens to cut ties" as a threat (13x), "X refuses
to meet" as a rejection (12x) and "X demands that Y withdraw" as a demand (10x).
These tables say which code of the target family matches the complement.
"""

from __future__ import annotations

from .ontology import Ontology

COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"}
MATERIAL_CONFLICT = {"PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT"}
# acts whose holding back, refusal or negation is no act towards anyone: force, coercion,
# protest, sanctions, threats, accusations and rejections ("refrained from criticizing X",
# "declined to condemn X", "would not attack X")
HOSTILE_TYPES = frozenset({*MATERIAL_CONFLICT, "ACCUSE", "THREATEN", "REJECT"})

_INTENT = {  # complement code prefix -> intent code (longest prefix first)
    "061": "0311",
    "062": "0312",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "04": "036",
    "05": "032",
    "06": "031",
    "07": "033",
    "08": "035",
    "03": "",
}
_THREAT = {
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "164": "134",
    "165": "134",
    "166": "136",
    "1722": "1322",
    "1723": "1323",
    "1724": "1324",
    "172": "132",
    "173": "132",
    "174": "132",
    "192": "1382",
    "204": "1385",
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "131",
    "18": "138",
    "19": "138",
    "20": "138",
}
_REJECT = {
    "0841": "1243",
    "04": "125",
    "05": "120",
    "06": "121",
    "07": "122",
    "08": "124",
    "03": "120",
}
_DEMAND = {
    "0841": "1053",
    "087": "1056",
    "04": "106",
    "05": "102",
    "06": "101",
    "07": "103",
    "08": "105",
}
_REFINE = {  # generic aid codes -> (military, humanitarian, economic, peacekeeping)
    "070": ("072", "073", "071", "074"),
    "033": ("0332", "0333", "0331", "0334"),
    "162": ("1622", "1623", "1621", None),
}
MILITARY_WORDS = {
    "military",
    "arm",
    "arms",
    "weapon",
    "troop",
    "defence",
    "defense",
    "ammunition",
    "tank",
    "missile",
    "adviser",
    "advisor",
}
HUMANITARIAN_WORDS = {
    "humanitarian",
    "food",
    "medicine",
    "medical",
    "relief",
    "refugee",
    "shelter",
    "vaccine",
}
ECONOMIC_WORDS = {
    "economic",
    "financial",
    "economy",
    "loan",
    "credit",
    "budget",
    "fund",
    "money",
    "grant",
    "trade",
    "investment",
}


def _by_prefix(table: dict[str, str], code: str) -> str | None:
    for size in (4, 3, 2):
        hit = table.get(code[:size])
        if hit is not None:
            return hit
    return None


def intent_code(code: str, ontology: Ontology) -> str:
    """The code for announcing (not yet doing) the complement event."""
    entry = ontology.lookup(code)
    if entry is None:
        return "030"
    if entry.type in COOPERATIVE:
        hit = _by_prefix(_INTENT, code)
        return code if hit == "" else (hit or "030")
    if entry.type in MATERIAL_CONFLICT:
        return threat_code(code)
    return code


def threat_code(code: str) -> str:
    """The code for threatening to do the complement event."""
    return _by_prefix(_THREAT, code) or "130"


def reject_code(code: str) -> str:
    """The code for refusing (or declaring one will not do) the complement event."""
    return _by_prefix(_REJECT, code) or "120"


def demand_code(code: str) -> str:
    """The code for demanding that the target do the complement event."""
    return _by_prefix(_DEMAND, code) or "100"


def refine_code(code: str, words: set[str]) -> str:
    """Narrow a generic aid code by what is given: arms, food, money, peacekeepers."""
    options = _REFINE.get(code)
    if options is None:
        return code
    military, humanitarian, economic, peacekeeping = options
    if "peacekeeping" in words and peacekeeping:
        return peacekeeping
    if words & MILITARY_WORDS:
        return military
    if words & HUMANITARIAN_WORDS:
        return humanitarian
    if words & ECONOMIC_WORDS:
        return economic
    return code
