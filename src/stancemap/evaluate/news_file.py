"""Judged real-news files: the judge's JSON (quotes the articles) and the repository's
text-free JSON Lines.

The repository form, ``bench/data/realnews/<what>_<part>_<session>.jsonl``: a header object
``{"what", "part", "seed", "tree", "judge", "articles", ...}`` on the first line, then one
judged item per line - article id, offsets, reading and verdict; an event's type, CAMEO
code, mode, source and target names and sentence offsets; a relation's pair, names and
evidence offsets - and ``{"missed": true, ...}`` items (what the tree should output and did
not). No article text: ``strip`` drops every quoting field, keeps an actor name longer than
``QUOTE`` characters as a digest (``news_items.name_key``: the scorer compares names that
way) and cuts any other string that repeats more than ``QUOTE`` characters of the article
(a judge's cause quoting it) to "[...]".
``with_text`` puts the words back from the articles (../shared) for a judge.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .news_items import name_key
from .news_score import key_of
from .split import part_of

QUOTE = 40  # a string field may not repeat more than this many characters of the article
TEXT_FIELDS = ("text", "sentence")
HEADER_FIELDS = ("what", "part", "seed", "tree", "judge", "articles")
TextOf = Callable[[str], str | None]


def read_judged(path: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(header, items) of a judged file in either form: a JSON sample (``items`` inside)
    or the repository's JSON Lines (header first)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in raw.splitlines() if line.strip()]
        if not rows or "what" not in rows[0]:
            raise ValueError(f"{path}: the first line must be the header object")
        return rows[0], rows[1:]
    sample = json.loads(raw)
    header = {k: v for k, v in sample.items() if k not in ("items", "missed")}
    items = list(sample.get("items", []))
    items += [{**m, "missed": True} for m in sample.get("missed", [])]
    return header, items


def write_jsonl(path: Path, header: dict[str, Any], items: Iterable[dict[str, Any]]) -> None:
    lines = [json.dumps(header, ensure_ascii=False)]
    lines += [json.dumps(i, ensure_ascii=False) for i in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scrub(value: str, text: str, longest: int = QUOTE) -> str:
    """``value`` with every run of more than ``longest`` characters that the article
    repeats cut to "[...]"."""
    out, i = [], 0
    while i < len(value):
        j = i + longest + 1
        if j <= len(value) and value[i:j] in text:
            while j < len(value) and value[i : j + 1] in text:
                j += 1
            out.append("[...]")
            i = j
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def _scrub_all(value: Any, text: str) -> Any:
    if isinstance(value, str):
        return scrub(value, text)
    if isinstance(value, list):
        return [_scrub_all(v, text) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_all(v, text) for k, v in value.items()}
    return value


def _sentence_offsets(item: dict[str, Any], text: str | None) -> tuple[int | None, int | None]:
    """An event's sentence as offsets: given, or found in the article nearest its trigger."""
    if item.get("sentence_start") is not None:
        return item["sentence_start"], item.get("sentence_end")
    sentence = item.get("sentence")
    if not sentence or text is None:
        return None, None
    at, best = text.find(sentence), None
    while at >= 0:
        if at <= item["start"] and item["end"] <= at + len(sentence):
            return at, at + len(sentence)
        best = at if best is None else best
        at = text.find(sentence, at + 1)
    return (best, best + len(sentence)) if best is not None else (None, None)


def strip_item(item: dict[str, Any], text: str | None) -> dict[str, Any]:
    """One judged item with no article text: quoting fields dropped (an event's sentence
    kept as offsets), evidence as offsets, other strings cut where they quote the article
    (or, without the article, the item's own quoted fields)."""
    quoted = [str(item.get(f) or "") for f in TEXT_FIELDS]
    quoted += [str(e.get("text") or "") for e in item.get("evidence") or []]
    against = "\n".join([text or "", *quoted])
    out = {k: v for k, v in item.items() if k not in (*TEXT_FIELDS, "status")}
    if "sentence" in item or "sentence_start" in item:
        out["sentence_start"], out["sentence_end"] = _sentence_offsets(item, text)
    if "evidence" in item:
        out["evidence"] = [
            {k: v for k, v in e.items() if k != "text"} for e in item.get("evidence") or []
        ]
    for field in ("source", "target", "names"):
        if isinstance(out.get(field), list):
            out[field] = [name_key(n) if isinstance(n, str) else n for n in out[field]]
    scrubbed: dict[str, Any] = _scrub_all(out, against)
    return scrubbed


def strip(
    header: dict[str, Any],
    items: Iterable[dict[str, Any]],
    text_of: TextOf,
    tree: str | None = None,
    judge: str | None = None,
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The repository form of a judged sample: the header (its part from the articles'
    split) and the items stripped of article text."""
    articles = list(header.get("articles") or sorted({i["article"] for i in items}))
    parts = sorted({part_of(a) for a in articles})
    head: dict[str, Any] = {
        "what": header["what"],
        "part": parts[0] if len(parts) == 1 else "mixed",
        "seed": header.get("seed"),
        "tree": tree if tree is not None else header.get("tree"),
        "judge": judge if judge is not None else header.get("judge"),
        "articles": articles,
    }
    head.update({k: v for k, v in header.items() if k not in head and k not in HEADER_FIELDS})
    return head, [strip_item(i, text_of(i["article"])) for i in items]


def _sentence_around(text: str, start: int, end: int) -> str:
    """The words from the sentence end (or line break) before ``start`` to the one after ``end``."""
    ends = [text.rfind(mark, 0, start) for mark in (". ", "? ", "! ", "\n")]
    begin = max(ends) + 1
    stops = [i for i in (text.find(mark, end) for mark in (".", "?", "!", "\n")) if i >= 0]
    return text[begin : min(stops, default=len(text)) + 1].strip()


def with_text(items: Iterable[dict[str, Any]], text_of: TextOf) -> list[dict[str, Any]]:
    """Items with their words back from the article (``text``, an event's ``sentence``,
    each evidence's ``text``), for a judge; items of an absent article stay as they are."""
    out = []
    for item in items:
        text = text_of(item["article"])
        if text is None:
            out.append(dict(item))
            continue
        full = dict(item)
        if "start" in item and "pair" not in item and item.get("end") is not None:
            full["text"] = text[item["start"] : item["end"]]
        if item.get("sentence_start") is not None:
            full["sentence"] = text[item["sentence_start"] : item["sentence_end"]]
        if item.get("mention_of") and item.get("end") is not None:
            # a later mention of an event: the judge reads the mention where it stands, not the
            # event's first sentence (session 40: a judge read "sentence" for the mention)
            full["mention_sentence"] = _sentence_around(text, item["start"], item["end"])
        if "evidence" in item:
            full["evidence"] = [
                {**e, "text": text[e["start"] : e["end"]] if e.get("start") is not None else None}
                for e in item["evidence"]
            ]
        out.append(full)
    return out


def args_verdict_word(verdict: Any) -> Any:
    """A judge's per-role arguments verdict (``{"source": "right", "target": "wrong"}``
    or "source right, target wrong") as the one word the scorer counts: "right" only
    when every role is right. Other values pass unchanged; the scorer hashes the word,
    and a per-role object stopped it (session 37)."""
    if isinstance(verdict, dict):
        roles = [str(v) for v in verdict.values()]
    elif isinstance(verdict, str) and "," in verdict:
        roles = [part.split()[-1] for part in verdict.split(",") if part.strip()]
    else:
        return verdict
    return "right" if roles and all(r == "right" for r in roles) else "wrong"


def merge(
    header: dict[str, Any],
    items: list[dict[str, Any]],
    new: Iterable[dict[str, Any]],
    text_of: TextOf,
    judge: str | None = None,
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """``items`` with the judged ones of ``new`` appended (stripped; ``judge`` noted on
    each): unjudged items, readings already judged and items of other articles are left
    out and counted."""
    articles = set(header.get("articles") or [])
    seen = {(key_of(i), i.get("read_as"), bool(i.get("missed"))) for i in items}
    out, counts = list(items), {"added": 0, "unjudged": 0, "already": 0, "other_article": 0}
    for item in new:
        if item.get("verdict") is None and not item.get("missed"):
            counts["unjudged"] += 1
            continue
        if articles and item["article"] not in articles:
            counts["other_article"] += 1
            continue
        place = (key_of(item), item.get("read_as"), bool(item.get("missed")))
        if place in seen:
            counts["already"] += 1
            continue
        seen.add(place)
        stripped = strip_item(item, text_of(item["article"]))
        if "args_verdict" in stripped:
            stripped["args_verdict"] = args_verdict_word(stripped["args_verdict"])
        if judge:
            stripped["judge"] = judge
        out.append(stripped)
        counts["added"] += 1
    return out, counts
