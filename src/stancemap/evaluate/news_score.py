"""Verdicts of judged real-news items carried to a later reading of the same articles.

An item is where it is (article and trigger span; article and pair for a relation, either
order) and how it is read (``read_as``: an event's type, a mention's actor, a relation's
sign). On a later tree a judged item read the same way is *kept* with its verdict, one whose
place is read otherwise is *changed* (judge it again), one no longer read is *dropped*
(counted by its verdict). A reading of this tree that no judged item has is *new* (its place
was never judged) or a *changed reading* (its place was judged, as something else); both are
unjudged, and the precision bounds count them all right / all wrong. A relation whose pair is
gone is looked for under another pair with the same evidence spans (an end re-keyed by a
merge, ``rekeyed``). A judged "missed" item (``{"missed": true, ...}``: an event or relation
the tree should output and did not) counts found when an event's trigger or a relation's
evidence now overlaps its span (a relation: the same pair, either order).

A merged event (``events.merge``: the same event mentioned again) is read at each of its
mentions, not only at its first (``by_mention``, session 30): a judged item at a later
mention is kept (or changed) with the event's reading, and an unjudged later mention is a
new reading. So merging neither drops a judged item nor hides a wrong or unjudged one: the
figures are those of the same events unmerged, but for the arguments the merged event
carries. ``first_mention=True`` scores as before (the event at its trigger only).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from .news_items import name_key

Key = tuple[Any, ...]
# Modes that say the act did not (yet) happen: a user who wants what happened filters
# them out, so precision is also reported over the other readings (session 26).
UNREAL_MODES = frozenset({"hypothetical", "negated", "future"})
UNREAL_CAUSES = frozenset({"hypothetical", "negated"})
# The judge's ``mode_seen`` (judged files since session 27; s29 adds a note after the mode)
# and the tree's mode read as real or not: a stated intent is itself an act (session 42).
JUDGE_MODES = frozenset(
    {"asserted", "historical", "reported", "intent", "planned", "future", "hypothetical", "negated"}
)
JUDGE_REAL = frozenset({"asserted", "historical", "reported", "intent"})
TREE_MODES = frozenset({"historical", "hypothetical", "future", "negated"})
SAME_MODE = frozenset({("future", "planned"), ("future", "intent"), ("asserted", "reported")})


def tree_mode(mode: Any) -> str:
    """The tree's event mode; none, or a subtype ("disapprove"), is asserted."""
    return mode if mode in TREE_MODES else "asserted"


def judge_mode(seen: Any) -> str | None:
    """The judge's mode without its note ("intent (the statement is real)"); None where the
    field holds something else (s28's holds the tree's own mode or subtype)."""
    mode = str(seen or "").split(" ")[0]
    return mode if mode in JUDGE_MODES else None


def mode_agreement(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The tree's mode against the judge's over kept judged events (session 42): agree when
    both read the act as real or both as not real (the tree's future agrees with a stated
    intent), the same mode (future ~ planned ~ intent, asserted ~ reported), and the
    confusion table ``cells`` ("tree|judge": n)."""
    cells = Counter(pairs)
    items = sum(cells.values())
    agree = sum(
        n
        for (tree, judge), n in cells.items()
        if (tree == "future" and judge == "intent")
        or ((tree in ("asserted", "historical")) == (judge in JUDGE_REAL))
    )
    same = sum(
        n for (tree, judge), n in cells.items() if tree == judge or (tree, judge) in SAME_MODE
    )
    unreal = sum(n for (_, judge), n in cells.items() if judge not in JUDGE_REAL)
    marked = sum(
        n
        for (tree, judge), n in cells.items()
        if judge not in JUDGE_REAL and tree not in ("asserted", "historical")
    )
    return {
        "items": items,
        "agree": agree,
        "agreement": _ratio(agree, items),
        "same_mode": same,
        "judge_unreal": unreal,
        "unreal_marked": marked,
        "cells": {f"{t}|{j}": n for (t, j), n in sorted(cells.items())},
    }


def key_of(item: dict[str, Any]) -> Key:
    """Where an item is: article and span, or article and pair for a relation."""
    if "pair" in item:
        return (item["article"], *sorted(item["pair"]))
    return (item["article"], item["start"], item["end"])


def spans_of(item: dict[str, Any]) -> frozenset[tuple[int, int]]:
    """A relation item's evidence spans (empty for items drawn without evidence)."""
    return frozenset(
        (e["start"], e["end"])
        for e in item.get("evidence") or []
        if e.get("start") is not None and e.get("end") is not None
    )


def by_mention(now: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The readings of this tree with each event read at its trigger and at every later
    mention (a copy with the mention's offsets, ``mention_of`` the trigger's, no words)."""
    out: list[dict[str, Any]] = []
    for item in now:
        out.append(item)
        if "pair" in item:
            continue
        for start, end in item.get("mentions") or []:
            if (start, end) == (item["start"], item["end"]):
                continue
            out.append(
                {
                    **item,
                    "start": start,
                    "end": end,
                    "text": None,
                    "mentions": [],
                    "mention_of": [item["start"], item["end"]],
                }
            )
    return out


def rekeyed(judged: Iterable[dict[str, Any]], now: Iterable[dict[str, Any]]) -> dict[Key, Any]:
    """Judged relations whose pair is gone but whose evidence is read on this tree by
    another pair of the same article (an end re-keyed: a merge gave an actor a new id):
    judged key -> that relation. Only relations whose pair no judged item names are
    candidates; a relation matches on the same set of evidence spans, and if several do,
    on sharing an end with the judged pair; an unclear match is no match (session 17)."""
    now = [i for i in now if "pair" in i]
    judged = [i for i in judged if "pair" in i and not i.get("missed")]
    named = {key_of(i) for i in judged}
    present = {key_of(i) for i in now}
    free: dict[tuple[str, frozenset[tuple[int, int]]], list[dict[str, Any]]] = {}
    for item in now:
        spans = spans_of(item)
        if spans and key_of(item) not in named:
            free.setdefault((item["article"], spans), []).append(item)
    out: dict[Key, dict[str, Any]] = {}
    taken: set[Key] = set()
    for item in judged:
        if key_of(item) in present:
            continue
        found = free.get((item["article"], spans_of(item)), [])
        if len(found) > 1:
            found = [f for f in found if set(f["pair"]) & set(item["pair"])]
        if len(found) == 1 and key_of(found[0]) not in taken:
            taken.add(key_of(found[0]))
            out[key_of(item)] = found[0]
    return out


def sign_precision(verdicts: Counter[str]) -> float | None:
    """Right signs among the relations that should exist (right + wrong sign)."""
    signed = verdicts["right"] + verdicts["wrong"]
    return round(verdicts["right"] / signed, 3) if signed else None


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def carry(judged: Iterable[dict[str, Any]], now: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Verdicts carried to the current reading: kept, changed, dropped, and precision
    (right / kept judged items); for relations the sign precision by kind, re-keyed pairs
    and the precision at or above a confidence. Missed items are left out (``report``)."""
    judged = [i for i in judged if not i.get("missed")]
    now = list(now)
    current: dict[Key, set[str]] = {}
    confidence: dict[Key, float] = {}  # a relation's confidence on this tree
    mode: dict[Key, Any] = {}  # an event reading's mode on this tree
    moved = rekeyed(judged, now)  # a pair re-keyed by a merge: judged key -> its relation
    for item in now:
        current.setdefault(key_of(item), set()).add(item["read_as"])
        if item.get("confidence") is not None:
            confidence[(*key_of(item), item["read_as"])] = item["confidence"]
        if "pair" not in item:
            mode[(*key_of(item), item["read_as"])] = item.get("mode")
    for key, item in moved.items():
        current.setdefault(key, set()).add(item["read_as"])
        if item.get("confidence") is not None:
            confidence[(*key, item["read_as"])] = item["confidence"]
    judged_readings = {(key_of(i), i["read_as"]) for i in judged if i.get("verdict")}
    sure: list[tuple[float, str]] = []
    kept: Counter[str] = Counter()
    asserted: Counter[str] = Counter()  # kept events this tree does not mark unreal
    unreal = [0, 0]  # judged not to exist as hypothetical/negated: kept, marked unreal
    modes: list[tuple[str, str]] = []  # kept events with a judge's mode: (tree, judge)
    dropped: Counter[str] = Counter()
    changed = unjudged = 0
    by_kind: dict[str, Counter[str]] = {}
    for item in judged:
        verdict = item.get("verdict")
        if verdict is None:
            unjudged += 1
            continue
        read = current.get(key_of(item), set())
        if item["read_as"] in read:
            kept[verdict] += 1
            if "pair" in item:
                by_kind.setdefault(str(item.get("kind")), Counter())[verdict] += 1
                at = confidence.get((*key_of(item), item["read_as"]))
                if at is not None:
                    sure.append((at, verdict))
            elif "mode" in item:  # an event (mentions have no mode)
                marked = mode.get((*key_of(item), item["read_as"])) in UNREAL_MODES
                if not marked:
                    asserted[verdict] += 1
                if item.get("cause") in UNREAL_CAUSES:
                    unreal[0] += 1
                    unreal[1] += marked
                seen = judge_mode(item.get("mode_seen"))
                if seen is not None:
                    modes.append((tree_mode(mode.get((*key_of(item), item["read_as"]))), seen))
        elif read:
            # read otherwise; unless a later verdict on this place judges that reading
            if not any((key_of(item), r) in judged_readings for r in read):
                changed += 1
        else:
            dropped[verdict] += 1
    total = sum(kept.values())
    out: dict[str, Any] = {
        "kept": dict(kept),
        "dropped": dict(dropped),
        "changed": changed,
        "unjudged": unjudged,
        "precision": _ratio(kept["right"], total),
    }
    if asserted or unreal[0]:
        out["asserted"] = {
            "kept": sum(asserted.values()),
            "precision": _ratio(asserted["right"], sum(asserted.values())),
        }
        out["unreal_marked"] = {"judged": unreal[0], "marked": unreal[1]}
    if modes:
        out["mode"] = mode_agreement(modes)
    if any("pair" in item for item in judged):
        out["rekeyed"] = len(moved)  # kept or changed under another pair (session 17)
    if by_kind:
        out["sign_precision"] = sign_precision(kept)
        out["by_kind"] = {
            k: {**dict(c), "sign_precision": sign_precision(c)} for k, c in sorted(by_kind.items())
        }
    if sure:  # precision among the kept relations at or above a confidence (session 16)
        out["at_confidence"] = {
            str(t): {"kept": len(above), "precision": _ratio(above.count("right"), len(above))}
            for t in (0.3, 0.5, 0.7)
            for above in [[v for c, v in sure if c >= t]]
        }
    return out


def unjudged_readings(
    judged: Iterable[dict[str, Any]], now: Iterable[dict[str, Any]], first_mention: bool = False
) -> list[dict[str, Any]]:
    """The readings of this tree that no judged item judges, each with ``status``: "new"
    (no judged item is at its place) or "changed" (its place was judged, read otherwise);
    an event's later mentions are readings too unless ``first_mention``; a judged event's
    own later mentions (files judged since session 30 carry them) count as judged."""
    judged = [i for i in judged if not i.get("missed") and i.get("verdict")]
    now = list(now) if first_mention else by_mention(now)
    readings = {(key_of(i), i["read_as"]) for i in judged}
    places = {key_of(i) for i in judged}
    by_key = {key_of(i): i for i in judged}
    for item in judged:  # a judged merged event covers its own later mentions
        for start, end in item.get("mentions") or []:
            places.add((item["article"], start, end))
            readings.add(((item["article"], start, end), item["read_as"]))
    for key, item in rekeyed(judged, now).items():  # judged under its old pair
        places.add(key_of(item))
        readings.add((key_of(item), by_key[key]["read_as"]))
    out = []
    for item in now:
        if (key_of(item), item["read_as"]) in readings:
            continue
        status = "changed" if key_of(item) in places else "new"
        out.append({**item, "status": status})
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def missed_found(missed: dict[str, Any], now: Iterable[dict[str, Any]]) -> tuple[bool, bool]:
    """(found, found as expected) for a judged missed item: an event whose trigger overlaps
    its span (read as its ``expected`` type), or a relation of its pair (either order, with
    its ``expected`` sign) - or, where it names no pair, whose evidence overlaps its span."""
    span = (missed.get("start") or 0, missed.get("end") or 0)
    expected = missed.get("expected")
    found = False
    for item in now:
        if item["article"] != missed["article"]:
            continue
        if "pair" in item:
            if missed.get("pair"):
                hit = sorted(item["pair"]) == sorted(missed["pair"])
            else:
                hit = any(_overlaps(span, s) for s in spans_of(item))
        else:
            hit = _overlaps(span, (item["start"], item["end"]))
        if hit:
            found = True
            if expected is None or item["read_as"] == expected:
                return True, True
    return found, False


def _family(name: str) -> str | None:
    """A PLOVER type's broad family (its quad in ``plover.toml``: verbal / material
    cooperation / conflict), PLOVER 0.5 names read as their 2021 ones; None if unknown."""
    from ..events.ontology import load_ontology

    ontology = load_ontology()
    canonical = ontology.canonical_type(name)
    if canonical not in ontology.types:
        return None
    return ontology.types[canonical].quad


def _name_words(name: str) -> set[str]:
    return {w for w in "".join(c if c.isalnum() else " " for c in name.casefold()).split()}


def party_matches(judged: str | None, read: Iterable[str]) -> bool:
    """Whether an event's party names (``read``) include the judge's party: no judged party
    asks for none; else a name equal to it, or one whose words hold the other's words
    ("Trump" / "Donald Trump"), case apart."""
    if not judged:
        return True
    want = _name_words(judged)
    for name in read:
        have = _name_words(name)
        if want and have and (want <= have or have <= want):
            return True
    return False


def missed_typed(missed: dict[str, Any], now: Iterable[dict[str, Any]]) -> tuple[bool, bool, bool]:
    """For a judged missed event with a type: (an event in its span has the judge's type,
    one has the type's family, one has the type and the judge's source and target).
    PLOVER 0.5 names equal the 2021 ones (docs/judging.md)."""
    from ..events.ontology import load_ontology

    ontology = load_ontology()
    expected = missed.get("type") or missed.get("expected")
    if not expected or missed.get("pair"):
        return False, False, False
    want = ontology.canonical_type(str(expected))
    family = _family(want)
    span = (missed.get("start") or 0, missed.get("end") or 0)
    typed = same_family = with_parties = False
    for item in now:
        if item["article"] != missed["article"] or "pair" in item:
            continue
        if not _overlaps(span, (item["start"], item["end"])):
            continue
        read = ontology.canonical_type(str(item["read_as"]))
        if read == want:
            typed = True
            if party_matches(missed.get("source"), item.get("source") or []) and party_matches(
                missed.get("target"), item.get("target") or []
            ):
                with_parties = True
        if family is not None and _family(read) == family:
            same_family = True
    return typed, same_family, with_parties


def typed_recall(missed: list[dict[str, Any]], now: list[dict[str, Any]]) -> dict[str, Any]:
    """The typed recall of judged missed events (session 36): ``found`` counts any event in
    the span, which overstates recall; these count an event of the judge's type, of its
    family, and of its type with the judge's parties, over the items the judge typed."""
    typed = [m for m in missed if (m.get("type") or m.get("expected")) and not m.get("pair")]
    hits = [missed_typed(m, now) for m in typed]
    found_typed = sum(t for t, _, _ in hits)
    found_family = sum(f for _, f, _ in hits)
    found_parties = sum(p for _, _, p in hits)
    return {
        "typed_items": len(typed),
        "found_typed": found_typed,
        "found_family": found_family,
        "found_typed_with_parties": found_parties,
        "recall_typed": _ratio(found_typed, len(typed)),
        "recall_family": _ratio(found_family, len(typed)),
        "recall_typed_with_parties": _ratio(found_parties, len(typed)),
    }


def report(
    judged: Iterable[dict[str, Any]],
    now: Iterable[dict[str, Any]],
    first_mention: bool = False,
    name_ids: dict[tuple[str, str], frozenset[str]] | None = None,
) -> dict[str, Any]:
    """``carry`` with what a standing measure needs besides: new and changed readings, the
    precision bounds counting them all right / all wrong, events' argument precision, and
    the recall of the judged missed items. Events are read at every mention (``by_mention``)
    unless ``first_mention``; ``kept_by_mention`` counts the judged items kept only at a
    later mention of an event. ``name_ids`` (``pair_names.judged_name_ids``): the judge's
    names of missed pairs as actor ids, for the pair recall through the KB (session 43)."""
    judged = list(judged)
    now = list(now) if first_mention else by_mention(now)
    out = carry(judged, now)
    if not first_mention and any("pair" not in i and not i.get("missed") for i in judged):
        home = {(key_of(i), i["read_as"]) for i in now if "mention_of" not in i}
        later = {(key_of(i), i["read_as"]) for i in now if "mention_of" in i}
        out["kept_by_mention"] = sum(
            (key_of(i), i["read_as"]) in later - home
            for i in judged
            if i.get("verdict") and not i.get("missed")
        )
    unknown = unjudged_readings(judged, now, first_mention=True)
    new = sum(i["status"] == "new" for i in unknown)
    out["new"] = new
    if not first_mention:  # of them, later mentions of an event (unjudged before session 30)
        out["new_at_mentions"] = sum(i["status"] == "new" and "mention_of" in i for i in unknown)
    out["changed_readings"] = len(unknown) - new
    right, kept = out["kept"].get("right", 0), sum(out["kept"].values())
    pool = kept + len(unknown)
    out["precision_bounds"] = [_ratio(right, pool), _ratio(right + len(unknown), pool)]
    if any("pair" in i for i in unknown):
        out["new_by_kind"] = dict(sorted(Counter(str(i.get("kind")) for i in unknown).items()))
    events = [i for i in judged if "args_verdict" in i and not i.get("missed")]
    if events:
        out["args"] = args_precision(events, now)
    missed = [i for i in judged if i.get("missed")]
    if missed:
        hits = [missed_found(m, now) for m in missed]
        out["missed"] = {
            "items": len(missed),
            "found": sum(f for f, _ in hits),
            "found_as_expected": sum(e for _, e in hits),
            "recall": _ratio(sum(f for f, _ in hits), len(missed)),
        }
        if any("pair" not in m for m in missed):
            out["missed"].update(typed_recall(missed, now))
        named = [m for m in missed if len(m.get("names") or []) == 2]
        if named:
            pairs = [missed_pair_found(m, now) for m in named]
            out["missed"].update(
                {
                    "pair_items": len(named),
                    "found_pair": sum(f for f, _ in pairs),
                    "found_pair_signed": sum(s for _, s in pairs),
                    "recall_pair_signed": _ratio(sum(s for _, s in pairs), len(named)),
                }
            )
            if name_ids is not None:  # added fields; the word-match ones above unchanged
                kb = [missed_pair_found_kb(m, now, name_ids) for m in named]
                out["missed"].update(
                    {
                        "found_pair_kb": sum(f for f, _ in kb),
                        "found_pair_signed_kb": sum(s for _, s in kb),
                        "recall_pair_signed_kb": _ratio(sum(s for _, s in kb), len(named)),
                    }
                )
    return out


def _same_pair(judged: list[str], read: list[str]) -> bool:
    """Whether a relation's two names (``read``) are the judge's two, in either order."""
    if len(read) != 2:
        return False
    first, second = judged
    return (party_matches(first, [read[0]]) and party_matches(second, [read[1]])) or (
        party_matches(first, [read[1]]) and party_matches(second, [read[0]])
    )


def missed_pair_found(missed: dict[str, Any], now: Iterable[dict[str, Any]]) -> tuple[bool, bool]:
    """(found, found with the judge's sign) for a judged missed relation that names its two
    parties (``names``, ``sign``): a relation of this article between those two names, in
    either order. Stricter than ``missed_found``, which for such items counts any relation
    whose evidence overlaps the span, whatever its pair (session 38 RR's finding)."""
    found = False
    for item in now:
        if item["article"] != missed["article"] or "pair" not in item:
            continue
        if _same_pair(missed["names"], list(item.get("names") or [])):
            found = True
            if item.get("read_as") == missed.get("sign"):
                return True, True
    return found, False


def missed_pair_found_kb(
    missed: dict[str, Any],
    now: Iterable[dict[str, Any]],
    name_ids: dict[tuple[str, str], frozenset[str]],
) -> tuple[bool, bool]:
    """``missed_pair_found`` through the KB as well (session 43): a relation of the article
    whose two actor ids are one of each judge's name's ids (``name_ids``: the actors
    stage's linking of the name, or the article's mentions written so;
    ``pair_names``), in either order - or one the word match finds."""
    now = list(now)
    found, signed = missed_pair_found(missed, now)
    if signed:
        return True, True
    article = missed["article"]
    first, second = (name_ids.get((article, n), frozenset()) for n in missed["names"])
    if not first or not second:
        return found, False
    for item in now:
        if item["article"] != article or "pair" not in item:
            continue
        a, b = item["pair"]
        if (a in first and b in second) or (b in first and a in second):
            found = True
            if item.get("read_as") == missed.get("sign"):
                return True, True
    return found, False


def _args(item: dict[str, Any]) -> tuple[list[str], list[str]]:
    """An event's source and target names as a text-free file keeps them, sorted."""
    source = sorted(name_key(n) for n in item.get("source") or [])
    return source, sorted(name_key(n) for n in item.get("target") or [])


def args_precision(
    judged: Iterable[dict[str, Any]], now: Iterable[dict[str, Any]]
) -> dict[str, Any]:
    """Argument verdicts of the kept events whose source and target (by name) are read as
    judged; an event kept with other arguments is ``changed`` (judge its arguments again)."""
    args: dict[tuple[Key, str], list[tuple[list[str], list[str]]]] = {}
    for item in now:
        if "pair" not in item:
            args.setdefault((key_of(item), item["read_as"]), []).append(_args(item))
    verdicts: Counter[str] = Counter()
    for item in judged:
        verdict = item.get("args_verdict")
        read = args.get((key_of(item), item["read_as"]))
        if verdict is None or read is None:
            continue
        verdicts[verdict if _args(item) in read else "changed"] += 1
    return {**dict(verdicts), "precision": sign_precision(verdicts)}
