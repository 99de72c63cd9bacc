"""Re-judging, blind, the judged real-news readings a rule changes (session 64 RJ).

A rule can lose a reading a judged file (``bench/data/realnews/*.jsonl``) calls right only
because the verdict was given before a judging line said otherwise (docs/judging.md: "a
campaign pledge of policy to voters is no event", session 62), or make readings nobody
judged yet. Session 53 re-judged such items by hand for charges; this script does it for
any rule or group of rules, against ``stancemap eval realnews``'s own scorer
(``stancemap.evaluate.news_score``: the same item keys, mentions and re-keyed pairs).

    python bench/rejudge.py collect FILE.jsonl --config on.toml [--config-off off.toml] \
        --out IN.json --key KEY.json
    (give IN.json to blind judges: each item takes "verdict", events also "args_verdict",
     missed items also "reading_verdict", and "cause")
    python bench/rejudge.py store JUDGED.json KEY.json --judge NAME

A data change (two trees, session 65 RK): run ``dump`` with the off tree's ``src`` first on
``PYTHONPATH``, then ``collect`` on the on tree with the dumped readings as the off side:

    PYTHONPATH=OFF/src python bench/rejudge.py dump FILE.jsonl ... [--config C] \
        --out READINGS.json
    PYTHONPATH=ON/src python bench/rejudge.py collect FILE.jsonl ... [--config C] \
        --off-readings READINGS.json --out IN.json --key KEY.json

``collect`` analyses the file's articles under both configs (off: the shipped defaults
unless ``--config-off``; or, with ``--off-readings``, the readings ``dump`` wrote on another
tree; on: the shipped defaults where ``--config`` is not given) and lists, as blind judge items in a seeded random order:
(a) ``lost``: judged readings the off-config keeps and the on-config drops or reads
otherwise (the old reading is shown); (b) ``new``: readings of the on-config that no judged
item covers and the off-config does not make; (c) ``missed``: the judges' missed events or
pairs the off-config finds and the on-config does not (the judge's description is shown,
with what the on-config reads there). IN.json says neither which config made what nor any
old verdict; KEY.json maps each item id to its file, line, kind and ``verdict_before`` (no
article text: a new reading is kept there as the repository keeps items,
``news_file.strip_item``). Printed: counts only (IN.json quotes the articles).

``store`` writes the verdicts back: a lost item keeps its old verdict as ``verdict_before``
(and ``cause_before``) and names the judge in ``rejudged`` (as session 53 did); a new
reading is appended as a judged item with ``added``; a missed item stays missed and gets the
judges' note (``rejudged``, ``rejudge_verdict``, ``rejudge_reading_verdict``,
``rejudge_cause``). Every other line of the file stays byte-identical. Allowed only where a
judging line was written after the verdict, or for new readings of a rule
(docs/judging.md, "Re-judging").
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stancemap.evaluate.news_file import args_verdict_word, read_judged, scrub, strip_item
from stancemap.evaluate.news_items import title_end
from stancemap.evaluate.news_score import (
    by_mention,
    key_of,
    missed_found,
    missed_pair_found,
    missed_pair_found_kb,
    rekeyed,
    unjudged_readings,
)

SEED = 64
QUESTIONS = {
    "event": (
        "Judge this event reading under docs/judging.md (Events): verdict right, wrong or "
        "no_event; where right or wrong also args_verdict (right / wrong) for its source and "
        "target; cause in a few words."
    ),
    "relation": (
        "Judge this relation under docs/judging.md (Relations): verdict right (the story "
        "supports this sign between the two), wrong (they are related with the other sign) "
        "or no_relation; cause in a few words."
    ),
    "missed event": (
        "A judge listed this as an event the tool should read. Under docs/judging.md, is it "
        "one, as described? verdict right, wrong (another type or other parties) or "
        "no_event; reading_verdict: is what is read there now right, wrong or no_event "
        "(null where nothing is read); cause in a few words."
    ),
    "missed relation": (
        "A judge listed this pair, with this sign, as a relation the tool should read. Under "
        "docs/judging.md, is it? verdict right, wrong (the other sign) or no_relation; "
        "reading_verdict: is what is read there now right, wrong or no_relation (null where "
        "nothing is read); cause in a few words."
    ),
}


# ---------------------------------------------------------------------- comparing


def judged_states(judged: list[dict[str, Any]], now: list[dict[str, Any]]) -> dict[int, str]:
    """Each judged (not missed) item with a verdict, by index: "kept", "changed" or
    "dropped" on ``now`` (already read at every mention), as ``news_score.carry`` counts it."""
    current: dict[Any, set[str]] = {}
    for item in now:
        current.setdefault(key_of(item), set()).add(item["read_as"])
    plain = [i for i in judged if not i.get("missed")]
    for key, item in rekeyed(plain, now).items():
        current.setdefault(key, set()).add(item["read_as"])
    readings = {(key_of(i), i["read_as"]) for i in plain if i.get("verdict")}
    out: dict[int, str] = {}
    for index, item in enumerate(judged):
        if item.get("missed") or item.get("verdict") is None:
            continue
        read = current.get(key_of(item), set())
        if item["read_as"] in read:
            out[index] = "kept"
        elif read and not any((key_of(item), r) in readings for r in read):
            out[index] = "changed"
        elif read:
            out[index] = "kept_elsewhere"  # another judged verdict covers this place's reading
        else:
            out[index] = "dropped"
    return out


def missed_flags(
    missed: dict[str, Any], now: list[dict[str, Any]], name_ids: Any = None
) -> tuple[bool, ...]:
    """Every way ``news_score.report`` counts a judged missed item found on ``now``."""
    flags = list(missed_found(missed, now))
    if len(missed.get("names") or []) == 2:
        flags += missed_pair_found(missed, now)
        if name_ids is not None:
            flags += missed_pair_found_kb(missed, now, name_ids)
    return tuple(flags)


FLAGS = (
    "found",
    "found_as_expected",
    "found_pair",
    "found_pair_signed",
    "found_pair_kb",
    "found_pair_signed_kb",
)


def _flag_names(flags: tuple[bool, ...]) -> list[str]:
    """The names of the ways (``report``'s fields) a missed item counts found."""
    return [name for name, flag in zip(FLAGS, flags, strict=False) if flag]


def compare(
    judged: list[dict[str, Any]],
    now_off: list[dict[str, Any]],
    now_on: list[dict[str, Any]],
    ids_off: Any = None,
    ids_on: Any = None,
) -> dict[str, list[Any]]:
    """What the on-config changes of a judged file: ``lost`` (judged item indexes kept off,
    not kept on, with their state on), ``new`` (the on-config's unjudged readings the
    off-config does not make), ``missed`` (indexes of missed items found off in some way,
    not on) and ``args`` (indexes of kept events whose arguments differ on)."""
    off, on = by_mention(now_off), by_mention(now_on)
    before, after = judged_states(judged, off), judged_states(judged, on)
    lost = [(i, after[i]) for i, s in before.items() if s == "kept" and after[i] != "kept"]
    old = {(key_of(i), i["read_as"]) for i in unjudged_readings(judged, off, first_mention=True)}
    new = [
        i
        for i in unjudged_readings(judged, on, first_mention=True)
        if (key_of(i), i["read_as"]) not in old
    ]
    missed = []
    for index, item in enumerate(judged):
        if not item.get("missed"):
            continue
        was, now = missed_flags(item, off, ids_off), missed_flags(item, on, ids_on)
        if any(w and not n for w, n in zip(was, now, strict=True)):
            missed.append((index, _flag_names(was), _flag_names(now)))
    args = []
    for index, state in after.items():
        item = judged[index]
        if state != "kept" or "pair" in item or item.get("args_verdict") is None:
            continue
        if _event_args(item, off) and not _event_args(item, on):
            args.append(index)
    return {"lost": lost, "new": new, "missed": missed, "args": args}


def _event_args(item: dict[str, Any], now: list[dict[str, Any]]) -> bool:
    """Whether ``now`` reads the judged event at its place with its type and arguments."""
    from stancemap.evaluate.news_score import _args

    return any(
        key_of(n) == key_of(item) and n["read_as"] == item["read_as"] and _args(n) == _args(item)
        for n in now
        if "pair" not in n
    )


# ---------------------------------------------------------------------- judge items


BOUNDARIES = ("\n", ". ", "? ", "! ")


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (after a line break or a full stop,
    question or exclamation mark and a space)."""
    found = [text.rfind(m, 0, at) + len(m) for m in BOUNDARIES if text.rfind(m, 0, at) >= 0]
    return max(found, default=0)


def previous_sentence(text: str, start: int) -> str:
    """The sentence before the one that holds ``start``; "" at the top."""
    before = text[: _sentence_start(text, start)].rstrip()
    if not before:
        return ""
    return before[_sentence_start(before, len(before) - 1) :].strip()


def sentence_at(text: str, start: int, end: int) -> str:
    """The sentence around ``start``-``end``."""
    stops = [i for i in (text.find(m, end) for m in BOUNDARIES) if i >= 0]
    return text[_sentence_start(text, start) : min(stops, default=len(text)) + 1].strip()


def render(item: dict[str, Any]) -> str:
    """A reading (a judged item or one of this tree) as a judge reads it."""
    if "pair" in item:
        sign = "aligned (+)" if item["read_as"] == "+" else "opposed (-)"
        a, b = item.get("names") or item["pair"]
        return f"relation {a} - {b}: {sign}"
    cameo = f" (CAMEO {item['cameo']})" if item.get("cameo") else ""
    return (
        f"event {item['read_as']}{cameo}, mode {item.get('mode') or 'asserted'}, "
        f"source {item.get('source') or '-'}, target {item.get('target') or '-'}"
    )


def judge_item(item: dict[str, Any], text: str) -> dict[str, Any]:
    """One blind item for a reading (judged before or new): title, sentence(s), reading."""
    what = "relation" if "pair" in item else "event"
    out: dict[str, Any] = {"what": what, "title": text[: title_end(text)].strip()}
    if what == "event":
        if item.get("sentence_start") is not None and "mention_of" not in item:
            start, end = item["sentence_start"], item["sentence_end"]
        else:
            start, end = item["start"], item["end"]
        sentence = (
            text[start:end]
            if item.get("sentence_start") is not None and "mention_of" not in item
            else sentence_at(text, start, end)
        )
        out["previous_sentence"] = previous_sentence(text, start)
        out["sentence"] = sentence
        out["trigger"] = text[item["start"] : item["end"]]
        out["reading"] = render(item)
        out.update(verdict=None, args_verdict=None, cause=None)
    else:
        spans = [
            (e["start"], e["end"]) for e in item.get("evidence") or [] if e.get("start") is not None
        ]
        first = min((s for s, _ in spans), default=item.get("start") or 0)
        out["previous_sentence"] = previous_sentence(text, first)
        out["evidence"] = [text[s:e] for s, e in sorted(set(spans))]
        out["reading"] = render(item)
        out.update(verdict=None, cause=None)
    out["question"] = QUESTIONS[what]
    return out


def missed_item(item: dict[str, Any], text: str, on: list[dict[str, Any]]) -> dict[str, Any]:
    """One blind item for a judged missed event or pair: the judge's description and what
    the on-config reads there (an event overlapping the span; a relation of the named pair
    or with evidence overlapping the span)."""
    start, end = item.get("start") or 0, item.get("end") or 0
    what = "missed relation" if ("names" in item or "pair" in item) else "missed event"
    there = []
    for reading in on:
        if reading["article"] != item["article"] or "mention_of" in reading:
            continue
        if what == "missed event" and "pair" not in reading:
            if reading["start"] < end and start < reading["end"]:
                there.append(f"at '{text[reading['start'] : reading['end']]}': {render(reading)}")
        elif what == "missed relation" and "pair" in reading:
            names = item.get("names") or []
            same = (
                len(names) == 2
                and missed_pair_found({"article": item["article"], "names": names}, [reading])[0]
            )
            near = any(
                e.get("start") is not None and e["start"] < end and start < e["end"]
                for e in reading.get("evidence") or []
            )
            if same or near:
                there.append(render(reading))
    if what == "missed event":
        expected = item.get("expected")
        told = {**expected, **item} if isinstance(expected, dict) else {"type": expected, **item}
        described = (
            f"event {told.get('type') or '?'}, source "
            f"{told.get('source') or '-'}, target {told.get('target') or '-'}"
        )
    else:
        sign = {"+": "aligned (+)", "-": "opposed (-)"}.get(str(item.get("sign")), "sign not given")
        names = item.get("names") or item.get("pair") or ["?", "?"]
        described = f"relation {names[0]} - {names[1]}: {sign}"
    return {
        "what": what,
        "title": text[: title_end(text)].strip(),
        "previous_sentence": previous_sentence(text, start),
        "passage": text[start:end],
        "described": described,
        "read_there": there or ["nothing read"],
        "verdict": None,
        "reading_verdict": None,
        "cause": None,
        "question": QUESTIONS[what],
    }


def _line_numbers(path: Path) -> list[int]:
    """The raw line number of each judged item (``read_judged``'s order: blank lines skipped,
    the header first)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    numbers = [n for n, line in enumerate(lines) if line.strip()]
    return numbers[1:]


def _sha(line: str) -> str:
    return hashlib.sha256(line.encode("utf-8")).hexdigest()[:16]


def build(
    path: Path,
    judged: list[dict[str, Any]],
    found: dict[str, list[Any]],
    text_of: Any,
    now_on: list[dict[str, Any]],
    prefix: str = "",
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The blind items and the key of one file's changes (``compare``'s ``found``)."""
    raw = path.read_text(encoding="utf-8").split("\n")
    lines = _line_numbers(path)
    items: list[tuple[dict[str, Any], dict[str, Any]]] = []
    for index, state in found["lost"]:
        item = judged[index]
        line = lines[index]
        items.append(
            (
                judge_item(item, text_of(item["article"])),
                {
                    "kind": "lost",
                    "state_on": state,
                    "line": line,
                    "sha": _sha(raw[line]),
                    "verdict_before": item.get("verdict"),
                },
            )
        )
    for item in found["new"]:
        text = text_of(item["article"])
        items.append(
            (
                judge_item(item, text),
                {"kind": "new", "status": item.get("status"), "item": strip_item(item, text)},
            )
        )
    on = by_mention(now_on)
    for index, was, now in found["missed"]:
        item = judged[index]
        line = lines[index]
        items.append(
            (
                missed_item(item, text_of(item["article"]), on),
                {
                    "kind": "missed",
                    "line": line,
                    "sha": _sha(raw[line]),
                    "verdict_before": "missed",
                    "found_off": was,
                    "found_on": now,
                },
            )
        )
    random.Random(f"{SEED}:{path.name}").shuffle(items)
    blind, key = [], {}
    for n, (shown, secret) in enumerate(items, 1):
        ident = f"{prefix}{n:03d}"
        blind.append({"id": ident, **shown})
        key[ident] = {"file": str(path), **secret}
    return blind, key


# ---------------------------------------------------------------------- collect


def pipeline_for(config: Path | None) -> Any:
    """The pipeline ``stancemap eval realnews --config CONFIG`` reads with."""
    from stancemap.config import load_settings
    from stancemap.pipeline import Pipeline

    return Pipeline(load_settings(config))


def read_under(
    path: Path,
    config: Path | None,
    polnear: Path | None = None,
    pipeline_of: Callable[[Path | None], Any] = pipeline_for,
) -> dict[str, Any]:
    """The file's articles read under one config, as ``stancemap eval realnews`` reads
    them: items, texts, and the judge's missed pair names as actor ids."""
    from stancemap.evaluate.judged_news import articles_for, read_now
    from stancemap.evaluate.pair_names import judged_name_ids

    header, judged = read_judged(path)
    articles = articles_for(header, polnear)
    if not articles.exists():
        raise FileNotFoundError(f"the articles of {path.name} are absent ({articles.root})")
    stems = header.get("articles") or sorted({i["article"] for i in judged})
    pipeline = pipeline_of(config)
    analyses: dict[str, tuple[dict[str, Any], str]] = {}
    now = read_now(pipeline, articles, stems, header["what"], keep=analyses)
    ids = None
    if header["what"] == "relations":
        ids = judged_name_ids(judged, analyses, pipeline.actors.linker)
    return {"now": now, "texts": {s: t for s, (_, t) in analyses.items()}, "ids": ids}


def _memo(pipeline_of: Callable[[Path | None], Any]) -> Callable[[Path | None], Any]:
    """``pipeline_of`` building each config's pipeline once (one load for every file)."""
    built: dict[Path | None, Any] = {}

    def get(config: Path | None) -> Any:
        if config not in built:
            built[config] = pipeline_of(config)
        return built[config]

    return get


def _ids_out(ids: Any) -> Any:
    """``read_under``'s missed pair name ids as JSON: [article, name, [ids]] rows."""
    if ids is None:
        return None
    return [[a, n, sorted(v)] for (a, n), v in sorted(ids.items())]


def _ids_in(rows: Any) -> Any:
    """``_ids_out`` read back."""
    if rows is None:
        return None
    return {(a, n): frozenset(v) for a, n, v in rows}


def dump(
    paths: list[Path],
    config: Path | None = None,
    polnear: Path | None = None,
    pipeline_of: Callable[[Path | None], Any] = pipeline_for,
) -> dict[str, Any]:
    """The readings this tree makes of each judged file under ``config`` (default: the
    shipped defaults), by file name, for ``collect --off-readings`` on another tree: each
    file's items (``now``, as ``read_under`` gives them) and missed pair name ids; a file
    whose articles are absent is ``{"skipped": why}``."""
    import stancemap

    get = _memo(pipeline_of)
    files: dict[str, Any] = {}
    for path in paths:
        try:
            read = read_under(path, config, polnear, get)
        except FileNotFoundError as exc:
            files[path.name] = {"skipped": str(exc)}
            continue
        files[path.name] = {"now": read["now"], "ids": _ids_out(read["ids"])}
    return {
        "tree": str(Path(stancemap.__file__).resolve().parent),
        "config": None if config is None else str(config),
        "files": files,
    }


def off_from(readings: dict[str, Any], path: Path) -> dict[str, Any]:
    """One file's off side from ``dump``'s output."""
    got = readings["files"].get(path.name)
    if got is None:
        raise ValueError(f"{path.name} is not in the off readings")
    if "skipped" in got:
        raise FileNotFoundError(got["skipped"])
    return {"now": got["now"], "ids": _ids_in(got["ids"])}


def collect(
    paths: list[Path],
    on: Path | None,
    off: Path | None = None,
    polnear: Path | None = None,
    pipeline_of: Callable[[Path | None], Any] = pipeline_for,
    off_readings: dict[str, Any] | None = None,
    on_dump: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], dict[str, Any], dict[str, dict[str, Any]]]:
    """(IN, KEY, counts per file) for the judged files under the two configs (the off side
    from ``off_readings``, ``dump``'s output of another tree, where given); ``on_dump``,
    where given, gets the on side's readings as ``dump`` writes them (one analysis for both)."""
    items: list[dict[str, Any]] = []
    key: dict[str, Any] = {}
    counts: dict[str, dict[str, Any]] = {}
    get = _memo(pipeline_of)
    for number, path in enumerate(paths, 1):
        header, judged = read_judged(path)
        if off_readings is not None:
            read_off = off_from(off_readings, path)
        else:
            read_off = read_under(path, off, polnear, get)
        read_on = read_under(path, on, polnear, get)
        if on_dump is not None:
            on_dump.setdefault("files", {})[path.name] = {
                "now": read_on["now"],
                "ids": _ids_out(read_on["ids"]),
            }
        found = compare(judged, read_off["now"], read_on["now"], read_off["ids"], read_on["ids"])
        prefix = f"f{number}-" if len(paths) > 1 else ""
        blind, secret = build(
            path, judged, found, read_on["texts"].get, read_on["now"], prefix=prefix
        )
        items += blind
        key.update(secret)
        counts[path.name] = {
            "lost": len(found["lost"]),
            "lost_by_verdict_before": dict(
                Counter(str(judged[i].get("verdict")) for i, _ in found["lost"])
            ),
            "new": len(found["new"]),
            "missed": len(found["missed"]),
            "args_changed_not_listed": len(found["args"]),
        }
    sheet: dict[str, Any] = {
        "instructions": (
            "Judge each item by docs/judging.md alone (a copy is given with this file): fill "
            "verdict (and args_verdict for events, reading_verdict for missed items) and "
            "cause. Do not guess where an item comes from; an item that cannot be judged "
            "keeps verdict null."
        ),
        "items": items,
    }
    return sheet, key, counts


# ---------------------------------------------------------------------- store


def _cause(judged: dict[str, Any]) -> Any:
    """The judge's cause, cut where it repeats more than 40 characters of what the item
    quotes (the repository keeps no article text: ``news_file.scrub``)."""
    cause = judged.get("cause")
    if not isinstance(cause, str):
        return cause
    quoted = [judged.get(f) or "" for f in ("title", "previous_sentence", "sentence", "passage")]
    quoted += [str(e) for e in judged.get("evidence") or []]
    return scrub(cause, "\n".join(str(q) for q in quoted))


def store(
    judged_path: Path, key_path: Path, judge: str, root: Path | None = None
) -> dict[str, Counter[str]]:
    """Write the verdicts of a judged IN file back into the judged files the key names
    (a relative path there is read under ``root``, default the working directory)."""
    sheet = json.loads(judged_path.read_text(encoding="utf-8"))
    key = json.loads(key_path.read_text(encoding="utf-8"))
    verdicts = {i["id"]: i for i in sheet["items"] if i.get("verdict") is not None}
    by_file: dict[str, list[tuple[dict[str, Any], dict[str, Any]]]] = {}
    for ident, secret in key.items():
        if ident in verdicts:
            by_file.setdefault(secret["file"], []).append((secret, verdicts[ident]))
    counts: dict[str, Counter[str]] = {}
    for file, pairs in by_file.items():
        path = Path(file) if root is None else root / file
        raw = path.read_text(encoding="utf-8")
        lines = raw.split("\n")
        tail = lines[-1] == ""
        if tail:
            lines = lines[:-1]
        _, items = read_judged(path)
        seen = {(key_of(i), i.get("read_as")) for i in items if not i.get("missed")}
        count: Counter[str] = Counter()
        added = []
        for secret, given in pairs:
            if secret["kind"] in ("lost", "missed"):
                line = secret["line"]
                if _sha(lines[line]) != secret["sha"]:
                    raise ValueError(f"{path}: line {line} changed since collect")
                obj = json.loads(lines[line])
                if secret["kind"] == "lost":
                    _rejudge(obj, given, judge)
                else:
                    obj["rejudged"] = judge
                    obj["rejudge_verdict"] = given["verdict"]
                    obj["rejudge_reading_verdict"] = given.get("reading_verdict")
                    obj["rejudge_cause"] = _cause(given)
                lines[line] = json.dumps(obj, ensure_ascii=False)
                count[secret["kind"]] += 1
            else:
                obj = dict(secret["item"])
                if (key_of(obj), obj.get("read_as")) in seen:
                    count["already"] += 1
                    continue
                seen.add((key_of(obj), obj.get("read_as")))
                obj["verdict"] = given["verdict"]
                if "pair" not in obj:
                    no_event = given["verdict"] == "no_event"
                    word = None if no_event else args_verdict_word(given.get("args_verdict"))
                    obj["args_verdict"] = word
                obj["cause"] = _cause(given)
                obj["added"] = judge
                added.append(json.dumps(obj, ensure_ascii=False))
                count["new"] += 1
        lines += added
        path.write_text("\n".join(lines) + ("\n" if tail else ""), encoding="utf-8")
        counts[path.name] = count
    return counts


def _rejudge(obj: dict[str, Any], given: dict[str, Any], judge: str) -> None:
    """A judged item re-judged: its old verdict (and cause, and arguments verdict where
    the new one differs) kept as ``*_before``, the judge named in ``rejudged``."""
    if "verdict_before" not in obj:
        obj["verdict_before"] = obj.get("verdict")
        obj["cause_before"] = obj.get("cause")
    obj["verdict"] = given["verdict"]
    obj["cause"] = _cause(given)
    if "pair" not in obj and "args_verdict" in obj:
        if given["verdict"] == "no_event":
            args = None
        elif given.get("args_verdict") is not None:
            args = args_verdict_word(given["args_verdict"])
        else:
            args = obj["args_verdict"]
        if args != obj["args_verdict"] and "args_verdict_before" not in obj:
            obj["args_verdict_before"] = obj["args_verdict"]
        obj["args_verdict"] = args
    obj["rejudged"] = judge


# ---------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    c = sub.add_parser("collect", help="blind items where a config changes judged readings")
    c.add_argument("files", nargs="+", type=Path)
    c.add_argument(
        "--config", type=Path, default=None, help="the on-config (default: shipped defaults)"
    )
    c.add_argument("--config-off", type=Path, default=None, help="default: shipped defaults")
    c.add_argument(
        "--off-readings",
        type=Path,
        default=None,
        help="the off side from `dump` on another tree (a data change), not analysed here",
    )
    c.add_argument("--polnear", type=Path, default=None)
    c.add_argument("--out", type=Path, required=True)
    c.add_argument("--key", type=Path, required=True)
    c.add_argument(
        "--dump-on", type=Path, default=None, help="also write the on side's readings (as dump)"
    )
    d = sub.add_parser("dump", help="write the readings this tree makes (for two trees)")
    d.add_argument("files", nargs="+", type=Path)
    d.add_argument("--config", type=Path, default=None, help="default: shipped defaults")
    d.add_argument("--polnear", type=Path, default=None)
    d.add_argument("--out", type=Path, required=True)
    s = sub.add_parser("store", help="write judged verdicts back into the judged files")
    s.add_argument("judged", type=Path)
    s.add_argument("key", type=Path)
    s.add_argument("--judge", required=True)
    s.add_argument("--root", type=Path, default=None, help="where the key's relative paths are")
    args = parser.parse_args(argv)
    if args.command == "dump":
        readings = dump(args.files, args.config, args.polnear)
        args.out.write_text(json.dumps(readings, ensure_ascii=False) + "\n", "utf-8")
        skipped = [f for f, r in readings["files"].items() if "skipped" in r]
        print(json.dumps({"files": len(readings["files"]), "skipped": skipped}))
        return 0
    if args.command == "collect":
        if args.off_readings is not None and args.config_off is not None:
            parser.error("--off-readings and --config-off: give one off side")
        off_readings = None
        if args.off_readings is not None:
            off_readings = json.loads(args.off_readings.read_text(encoding="utf-8"))
        on_dump: dict[str, Any] | None = None
        if args.dump_on is not None:
            import stancemap

            tree = str(Path(stancemap.__file__).resolve().parent)
            config = None if args.config is None else str(args.config)
            on_dump = {"tree": tree, "config": config, "files": {}}
        try:
            sheet, key, counts = collect(
                args.files,
                args.config,
                args.config_off,
                args.polnear,
                off_readings=off_readings,
                on_dump=on_dump,
            )
        except FileNotFoundError as exc:
            print(f"skipped: {exc}", file=sys.stderr)
            return 0
        args.out.write_text(json.dumps(sheet, indent=1, ensure_ascii=False) + "\n", "utf-8")
        args.key.write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", "utf-8")
        if on_dump is not None:
            args.dump_on.write_text(json.dumps(on_dump, ensure_ascii=False) + "\n", "utf-8")
        print(json.dumps(counts))
        return 0
    stored = store(args.judged, args.key, args.judge, args.root)
    print(json.dumps({f: dict(c) for f, c in stored.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
