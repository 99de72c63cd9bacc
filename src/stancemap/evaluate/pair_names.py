"""The judge's names of a missed relation as the tree's actors (session 43, issue 14).

The strict pair scorer (``news_score.missed_pair_found``) matches a judge's two names to a
relation's actor names word by word: "the GOP establishment" never meets the tree's
"Republican Party", nor a name the tree spells otherwise. This reads each judge's name as
the actors stage would read it, and gives the ids of the article's actors it names:

- the actors stage's linker (``Linker.link``: KB names and aliases, titles, fuzzy spelling,
  ...) reading the name as a mention on the article's date - kept only where the article
  has an actor of that id;
- the article's own mentions: an actor one of whose mentions is written as the name (case
  and leading determiners apart), so a phrase the judge copied from the text is the actor
  the stage linked there.

A gloss the judge added in parentheses ("United Mine Workers (miners' union)") is read
apart: the name without it, and the gloss itself. The scorer counts a missed pair found
"through the KB" where a relation joins an actor of each name (``found_pair_kb``), or where
the word match finds it. A measure only: no reading of the tree changes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .news_items import article_date

_GLOSS = re.compile(r"\(([^()]*)\)")
_DETERMINERS = ("the ", "a ", "an ")

NameIds = dict[tuple[str, str], frozenset[str]]


def forms(name: str) -> list[str]:
    """The spellings of a judge's name to read: itself without a parenthesised gloss,
    and the gloss."""
    outside = " ".join(_GLOSS.sub(" ", name).split())
    glosses = [" ".join(g.split()) for g in _GLOSS.findall(name)]
    return [f for f in dict.fromkeys([outside, *glosses]) if f]


def bare(phrase: str) -> str:
    """A phrase folded for equality: case, leading determiners, a final possessive and
    spacing apart."""
    text = " ".join(phrase.casefold().replace("\u2019", "'").split())
    changed = True
    while changed:
        changed = False
        for det in _DETERMINERS:
            if text.startswith(det) and len(text) > len(det):
                text, changed = text[len(det) :], True
    if text.endswith("'s"):
        text = text[:-2].rstrip()
    return text


def mention_ids(analysis: dict[str, Any], text: str) -> dict[str, set[str]]:
    """Each bare mention phrase of the article -> the ids of the actors linked there."""
    out: dict[str, set[str]] = {}
    for actor in analysis.get("actors", []):
        for m in actor.get("mentions", []):
            phrase = bare(text[m["start"] : m["end"]])
            if phrase:
                out.setdefault(phrase, set()).add(actor["id"])
        if actor.get("name"):
            out.setdefault(bare(actor["name"]), set()).add(actor["id"])
    return out


def name_ids(
    name: str,
    analysis: dict[str, Any],
    text: str,
    linker: Any,
    date: str | None,
    mentions: dict[str, set[str]] | None = None,
) -> frozenset[str]:
    """The ids of the article's actors that the judge's ``name`` names (see the module
    doc): the linker's reading of each form, and actors mentioned as that form."""
    present = {a["id"] for a in analysis.get("actors", [])}
    mentions = mention_ids(analysis, text) if mentions is None else mentions
    out: set[str] = set()
    for form in forms(name):
        out |= mentions.get(bare(form), set())
        if linker is not None:
            found = linker.link(form, date)
            if found is not None and found.id in present:
                out.add(found.id)
    return frozenset(out)


def judged_name_ids(
    judged: Iterable[dict[str, Any]],
    analyses: dict[str, tuple[dict[str, Any], str]],
    linker: Any,
) -> NameIds:
    """(article, judge's name) -> actor ids, for every missed relation naming two parties;
    ``analyses``: article -> (its analysis JSON, its text)."""
    out: NameIds = {}
    tables: dict[str, dict[str, set[str]]] = {}
    for item in judged:
        names = item.get("names") or []
        if not item.get("missed") or len(names) != 2 or item["article"] not in analyses:
            continue
        article = item["article"]
        analysis, text = analyses[article]
        if article not in tables:
            tables[article] = mention_ids(analysis, text)
        date = article_date(article)
        for name in names:
            if (article, name) not in out:
                out[(article, name)] = name_ids(name, analysis, text, linker, date, tables[article])
    return out
