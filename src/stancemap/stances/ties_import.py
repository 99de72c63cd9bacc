"""Build ``data/stances/ties_wordnet.tsv``: the tie words of ``stances.ties.*`` read from
Princeton WordNet 3.0, with a small hand part (``data/stances/ties_hand.tsv``) only for
what WordNet cannot say (issue 14, session 23).

``data/stances/ties.tsv`` was written by hand (session 22). This importer derives its
classes from WordNet instead; the pipeline reads the derived file only with rule
``stances.ties.wordnet_words`` (otherwise the hand list):

- ``tie``: the one-word lemmas of the senses of a standing tie (alliance.n.2-4,
  treaty.n.1, relationship.n.1/3, partnership.n.2/3, tie.n.2, relation.n.6,
  cooperation.n.1/2, agreement.n.1, union.n.4, entente.n.2, covenant.n.1) and of their
  hyponyms (kinds, not instances: "bloc", "axis", "friendship", "convention", "deal"),
  and the nouns WordNet derives from the verbs of allying ("ally" -> "alliance",
  "cooperate" -> "cooperation", "collaborate", "affiliate", "associate", "partner");
- ``end``: verbs (one word, or verb + particle: "break off") of the senses that end a tie
  or a pact (end.v.2, interrupt/break.v.1 and its troponyms, break_off.v.10, sever.v.1,
  cancel.v.1/3, revoke.v.2, annul.v.1, abrogate.v.1, repudiate.v.1-2, renounce.v.3,
  discard "scrap", dissolve.v.10, denounce.v.3, cut_off.v.2, freeze/suspend.v.4-5,
  downgrade.v.1, abandon.v.2/4,
  quit.v.1, dump/ditch.v.2, withdraw.v.2, leave.v.8, exit.v.1);
- ``leave``: the verbs of leaving a body of members (leave.v.8 "remove oneself from an
  association" and its troponyms, quit.v.2, secede.v.1, exit.v.1, withdraw.v.2);
- ``ended``: intransitive verbs saying a tie ends (end.v.1, expire.v.1,
  lapse.v.2, dissolve.v.3, collapse.v.1/4/7, die.v.10, unravel.v.3);
- ``make``: verbs that make, mend or deepen a tie (sign.v.2, establish.v.1/2, form.v.1,
  strengthen.v.1/2, intensify/deepen.v.1, restore.v.1/5, renew.v.1, revive.v.4,
  resume.v.1, improve.v.1, expand.v.3/7, broaden.v.2, formalize.v.1/2, conclude.v.5,
  seal.v.3, cement.v.1, reaffirm.v.1, normalize.v.1/2, boost.v.2/3, upgrade.v.2,
  rebuild.v.1, repair/mend.v.1, forge.v.7), strengthen.v.1 with its troponyms.
- session 24, for ``stances.ties.switched/dropped/quit_led`` (``ties_moved.py``):
  ``switch`` (switch.v.3/4, turn_to.v.2 keyed "turn to"), ``switch_noun`` (the nouns
  derived from switch.v.3/4), ``loyalty`` (what moves: allegiance.n.1/2, loyalty.n.2,
  support.n.2, recognition.n.1), ``remove`` (remove.v.2 "remove from a position" and its
  troponyms: drop.v.5, oust, expel), ``resign`` (resign.v.1/2), ``body`` (a government
  one quits: cabinet.n.2, government.n.1, administration.n.2, presidency.n.1, ticket.n.4)
  and ``party_noun`` (party.n.1, movement.n.4); the hand part adds ``leader`` ("Congress
  leader X").
  end.v.1/2 are taken without their troponyms, which finish or settle a deal ("finalize",
  "settle") or say nothing of ties ("heckle", "interject").

Weights: a word of a root sense 1.0, of a first hyponym 0.9, deeper 0.8; minus 0.1 when
the word's most frequent sense is in none of its class's senses ("tie" is first a
necktie). Signs: end, leave, ended -1; make +1. ``EXCLUDED`` drops the few words a root's
troponyms bring that say the opposite (end.v.2's "finalize" makes a deal), each with why.
The hand part keeps what WordNet has no way to say: verbs with their preposition
("withdraw from", "pull out of"), the copula complements of "over" ("that alliance is
finished"); each hand row says why. (The following classes ``follow``, ``follow_actor``,
``guidance`` and ``defer`` went with ``stances.ties.following``, removed in session 40.)

    apt-get install wordnet-base        # only the importer needs it
    .venv/bin/python -m stancemap.stances.ties_import [/usr/share/wordnet]

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from ..datafiles import data_path, read_table
from ..wordnet_files import WORDNET, Pointers, lexical_pointers, senses

VERSION = "2026.12.1"
OUT = "stances/ties_wordnet.tsv"
HAND = "stances/ties_hand.tsv"

# (kind, sign, [(lemma, sense number, depth of hyponyms taken)])
NOUN_ROOTS: list[tuple[str, int, list[tuple[str, int, int]]]] = [
    (
        "tie",
        -1,
        [
            ("alliance", 2, 1), ("alliance", 3, 1), ("alliance", 4, 1), ("treaty", 1, 2),
            ("relationship", 1, 1), ("relationship", 3, 1), ("partnership", 2, 1),
            ("partnership", 3, 1), ("tie", 2, 1), ("relation", 6, 1), ("cooperation", 1, 0),
            ("cooperation", 2, 0), ("agreement", 1, 1), ("union", 4, 0), ("entente", 2, 0),
            ("covenant", 1, 0),
        ],
    ),
    # session 24 (engineer T), stances.ties.moved: a government or bloc one quits or is
    # dropped from ("quit X's cabinet"), and what one moves from a partner to another
    # ("switched recognition from Taipei to Beijing", "shifted its allegiance to X")
    (
        "body",
        -1,
        [("cabinet", 2, 0), ("government", 1, 0), ("administration", 2, 0),
         ("presidency", 1, 0), ("ticket", 4, 0)],
    ),
    (
        "loyalty",
        1,
        [("allegiance", 1, 0), ("allegiance", 2, 0), ("loyalty", 2, 0), ("support", 2, 0),
         ("recognition", 1, 0)],
    ),
    # a party or movement named for its leader ("the party of X", "X's movement")
    ("party_noun", 1, [("party", 1, 0), ("movement", 4, 0)]),
]  # fmt: skip
# verbs whose derived nouns (WordNet "+" pointers) are ties: "ally" -> "alliance"
TIE_VERBS = [("ally", 1), ("cooperate", 1), ("collaborate", 1), ("affiliate", 1),
             ("associate", 1), ("partner", 1), ("federate", 1)]  # fmt: skip
VERB_ROOTS: list[tuple[str, int, list[tuple[str, int, int]]]] = [
    (
        "end",
        -1,
        [
            ("end", 2, 0), ("break", 1, 1), ("break", 10, 0), ("sever", 1, 0),
            ("cancel", 1, 0), ("cancel", 3, 0), ("revoke", 2, 0), ("annul", 1, 0),
            ("abrogate", 1, 0), ("repudiate", 1, 0), ("repudiate", 2, 0), ("renounce", 3, 0),
            ("scrap", 1, 0), ("dissolve", 10, 0), ("suspend", 4, 0), ("suspend", 5, 0),
            ("downgrade", 1, 0), ("abandon", 2, 0), ("abandon", 4, 0), ("quit", 1, 0),
            ("dump", 2, 0), ("withdraw", 2, 0), ("leave", 8, 0), ("exit", 1, 0),
            ("denounce", 3, 0), ("cut_off", 2, 0),
        ],
    ),
    (
        "leave",
        -1,
        [("leave", 8, 1), ("quit", 2, 0), ("secede", 1, 0), ("exit", 1, 0), ("withdraw", 2, 0)],
    ),
    (
        "ended",
        -1,
        [("end", 1, 0), ("expire", 1, 0), ("lapse", 2, 0), ("dissolve", 3, 0),
         ("collapse", 1, 0), ("collapse", 4, 0), ("collapse", 7, 0), ("die", 10, 0),
         ("unravel", 3, 0)],
    ),
    (
        "make",
        1,
        [
            ("sign", 2, 0), ("establish", 1, 0), ("establish", 2, 0), ("form", 1, 0),
            ("strengthen", 1, 1), ("strengthen", 2, 0), ("deepen", 1, 0), ("restore", 1, 0),
            ("restore", 5, 0), ("renew", 1, 0), ("revive", 4, 0), ("resume", 1, 0),
            ("improve", 1, 0), ("expand", 3, 0), ("expand", 7, 0), ("broaden", 2, 0),
            ("formalize", 1, 0), ("formalize", 2, 0), ("conclude", 5, 0), ("seal", 3, 0),
            ("cement", 1, 0), ("reaffirm", 1, 0), ("normalize", 1, 0), ("normalize", 2, 0),
            ("boost", 2, 0), ("boost", 3, 0), ("upgrade", 2, 0), ("rebuild", 1, 0),
            ("mend", 1, 0), ("forge", 7, 0),
        ],
    ),
    # session 24 (engineer T), stances.ties.moved: moving to another partner (switch.v.3
    # "leave for another", switch.v.4 "change over", turn_to.v.2 "turned to X for ..."),
    # dropping a member (remove.v.2 "remove from a position" and its troponyms: drop.v.5
    # "terminate an association with; drop him from the Republican ticket", oust, expel),
    # quitting a post (resign.v.1/2: vacate, step down)
    ("switch", 1, [("switch", 3, 0), ("switch", 4, 0), ("turn_to", 2, 0)]),
    ("remove", -1, [("remove", 2, 1)]),
    ("resign", -1, [("resign", 1, 0), ("resign", 2, 0)]),
]  # fmt: skip
# verbs whose derived nouns (WordNet "+" pointers) name a move to another partner: "the
# switch to Beijing" (session 24)
SWITCH_VERBS = [("switch", 3), ("switch", 4)]
PARTICLES = {"off", "up", "out", "down", "away", "back"}
# words a root's troponyms bring that do not say the class, with why
EXCLUDED: dict[tuple[str, str], str] = {
    ("tie", "account"): "business_relationship.n.1; in news first a report ('by his account')",
    ("tie", "reservation"): "agreement.n.1 hyponym; in news a doubt or a booking",
    ("tie", "sale"): "agreement.n.1 hyponym; a sale is no standing tie",
    ("tie", "submission"): "agreement.n.1 hyponym; in news a document handed in",
    ("tie", "assimilation"): "relationship.n.3 hyponym; absorption, not a tie between two",
    ("tie", "combination"): "alliance.n.3 hyponym; in news first a mix of things",
    ("end", "avoid"): "annul.v.1's legal sense; in news 'avoid' keeps away from, ends nothing",
    ("ended", "run"): "unravel.v.3's 'run' (a stocking runs); 'the pact runs to 2030' lasts",
    ("ended", "give"): "collapse.v.1's 'give way'; 'the alliance gave X arms' ends nothing",
    ("make", "doctor"): "mend.v.1's 'repair'; in news 'doctor' falsifies",
    ("make", "bushel"): "mend.v.1's tailoring sense; never said of a tie",
    (
        "body",
        "establishment",
    ): "administration.n.2; in news first the ruling elite, no body one quits",
    ("body", "brass"): "administration.n.2; in news the metal or military officers",
    ("body", "organization"): "administration.n.2; any organisation, not a government",
    ("body", "organisation"): "administration.n.2; any organisation, not a government",
    ("body", "authorities"): "government.n.1; plural, never the object of quitting one's post",
    ("party_noun", "front"): "movement.n.4; in news first a front line or a facade",
    ("loyalty", "dedication"): "allegiance.n.1; in news a ceremony or devotion to a task",
    ("loyalty", "commitment"): "allegiance.n.1; in news first a pledge to do something",
    ("loyalty", "acknowledgment"): "recognition.n.1; in news thanks or an admission",
    ("loyalty", "acknowledgement"): "recognition.n.1; in news thanks or an admission",
    ("switch", "change"): "switch.v.3's 'change'; 'changed its position on X' moves to no partner",
    ("switch", "exchange"): "switch.v.4's 'exchange' trades things, moves to no partner",
    ("remove", "bench"): "remove.v.2 troponym for players taken out of a game",
    ("remove", "invalid"): "remove.v.2 troponym for firemen retired from duty",
    ("remove", "can"): "remove.v.2 troponym 'can'; in news the modal verb",
    ("remove", "terminate"): "remove.v.2 troponym; in news first ends a contract or programme",
    ("remove", "displace"): "remove.v.2 troponym; in news first drives people from homes",
    ("resign", "give up"): "resign.v.1; in news first surrenders a thing or an effort",
    ("resign", "renounce"): "resign.v.1; renouncing a claim is stances.ties.ended's 'end'",
}


def _sense(index: dict[str, list[str]], word: str, number: int) -> str:
    offsets = index.get(word, [])
    if len(offsets) < number:
        raise SystemExit(f"WordNet has no sense {number} of {word!r}")
    return offsets[number - 1]


def _below(graph: Pointers, root: str, depth: int) -> dict[str, int]:
    """offset -> depth of ``root`` and its hyponyms (kinds, not instances) down to ``depth``."""
    out = {root: 0}
    todo = [root]
    while todo:
        offset = todo.pop()
        if out[offset] >= depth:
            continue
        for symbol, target, _pos, _a, _b in graph[offset][2]:
            if symbol == "~" and target not in out:
                out[target] = out[offset] + 1
                todo.append(target)
    return out


def _usable(word: str, kind: str) -> str | None:
    """The lemma as the rules key it ("break off"), or None when no rule could read it."""
    parts = word.split("_")
    if not all(p.isalpha() for p in parts):
        return None
    if len(parts) == 1:
        return word
    if kind in ("end", "remove", "resign") and len(parts) == 2 and parts[1] in PARTICLES:
        return " ".join(parts)
    if kind == "switch" and len(parts) == 2 and parts[1] == "to":  # "turn to", keyed with "to"
        return " ".join(parts)
    return None


Row = tuple[str, str, int, float, str]  # kind, words, sign, weight, source


def _class_rows(
    graph: Pointers,
    index: dict[str, list[str]],
    kind: str,
    sign: int,
    roots: list[tuple[str, int, int]],
    pos: str,
) -> dict[str, Row]:
    found: dict[str, tuple[int, str]] = {}  # word -> (depth, root it came from)
    offsets: set[str] = set()
    for word, number, depth in roots:
        root = _sense(index, word, number)
        for offset, d in _below(graph, root, depth).items():
            offsets.add(offset)
            for lemma in graph[offset][1]:
                key = _usable(lemma, kind)
                if key is None or (kind, key) in EXCLUDED:
                    continue
                if key not in found or found[key][0] > d:
                    found[key] = (d, f"{word}.{pos}.{number}")
    rows: dict[str, Row] = {}
    for key, (depth, source) in found.items():
        weight = 1.0 - 0.1 * min(depth, 2)
        first = index.get(key.replace(" ", "_"), [None])[0]
        if first not in offsets:
            weight -= 0.1
        rows[key] = (
            kind,
            key,
            sign,
            round(weight, 1),
            f"wordnet:{source}" + (f"+{depth}" if depth else ""),
        )
    return rows


def _derived_nouns(
    nouns: Pointers, verbs: Pointers, index_v: dict[str, list[str]]
) -> dict[str, str]:
    """noun -> verb sense it derives from: the "+" pointers of the allying verbs."""
    return _derived(nouns, verbs, index_v, TIE_VERBS, ("04", "14", "24", "26"))


def _derived(
    nouns: Pointers,
    verbs: Pointers,
    index_v: dict[str, list[str]],
    roots: list[tuple[str, int]],
    lexfiles: tuple[str, ...],
) -> dict[str, str]:
    """noun -> verb sense it derives from: the "+" pointers of ``roots`` to nouns of
    ``lexfiles`` (04 acts, 07 events, 14 groups, 24 relations, 26 states)."""
    out: dict[str, str] = {}
    for word, number in roots:
        offset = _sense(index_v, word, number)
        _lex, words, links = verbs[offset]
        for symbol, target, pos, source_no, target_no in links:
            if symbol != "+" or pos != "n":
                continue
            if source_no and words[source_no - 1] != word:
                continue
            noun = nouns[target][1][target_no - 1] if target_no else None
            if noun and noun.isalpha() and nouns[target][0] in lexfiles:
                out.setdefault(noun, f"{word}.v.{number}")
    return out


def derive(root: Path = WORDNET) -> list[Row]:
    nouns, verbs = lexical_pointers(root / "data.noun"), lexical_pointers(root / "data.verb")
    index_n, index_v = senses(root / "index.noun"), senses(root / "index.verb")
    rows: dict[tuple[str, str], Row] = {}
    for kind, sign, roots in NOUN_ROOTS:
        for key, row in _class_rows(nouns, index_n, kind, sign, roots, "n").items():
            rows[(kind, key)] = row
    for noun, source in _derived_nouns(nouns, verbs, index_v).items():
        rows.setdefault(("tie", noun), ("tie", noun, -1, 0.9, f"wordnet:derived from {source}"))
    for kind, sign, roots in VERB_ROOTS:
        for key, row in _class_rows(verbs, index_v, kind, sign, roots, "v").items():
            rows[(kind, key)] = row
    for noun, source in _derived(nouns, verbs, index_v, SWITCH_VERBS, ("04", "07")).items():
        if ("switch_noun", noun) not in EXCLUDED:
            rows[("switch_noun", noun)] = (
                "switch_noun",
                noun,
                1,
                0.9,
                f"wordnet:derived from {source}",
            )
    return sorted(rows.values(), key=lambda r: (_KINDS.index(r[0]), r[1]))


_KINDS = ["tie", "end", "end_from", "leave", "ended", "over", "make", "body", "loyalty", "party_noun", "switch", "switch_noun", "remove", "resign",
          "leader"]  # fmt: skip


def hand_rows() -> list[Row]:
    return [
        (r["kind"], r["words"], int(r["sign"]), float(r["weight"]), f"hand: {r['why']}")
        for r in read_table(HAND, required=("kind", "words", "sign", "weight", "why"))
    ]


def build(root: Path = WORDNET) -> list[Row]:
    """The derived rows, then the hand rows WordNet lacks (a hand row replaces nothing:
    a pair the derivation already has keeps its derived row)."""
    rows = derive(root)
    have = {(r[0], r[1]) for r in rows}
    rows += [r for r in hand_rows() if (r[0], r[1]) not in have]
    return sorted(
        rows, key=lambda r: (_KINDS.index(r[0]), r[0] == "", r[4].startswith("hand"), r[1])
    )


def write(rows: list[Row], out: Path) -> None:
    header = [
        "kind\twords\tsign\tweight\tsource",
        "# Generated by python -m stancemap.stances.ties_import from Princeton WordNet 3.0",
        "# (WordNet licence, see data/events/README.md) and data/stances/ties_hand.tsv; do not",
        f"# edit. Version {VERSION}. Kinds as in data/stances/ties.tsv; read by stances.ties.*",
        "# with rule stances.ties.wordnet_words. source: wordnet:<root sense>[+hyponym depth],",
        "# or hand: why WordNet cannot give the row.",
    ]
    lines = [f"{k}\t{w}\t{s}\t{wt}\t{src}" for k, w, s, wt, src in rows]
    out.write_text("\n".join(header + lines) + "\n", "utf-8")
    print(f"{len(rows)} rows -> {out}")


def main(argv: list[str]) -> None:
    root = Path(argv[0]) if argv else WORDNET
    write(build(root), data_path(OUT))


if __name__ == "__main__":
    main(sys.argv[1:])
