"""Staff and officials: a person the text names by a title of another actor.

Session 24 (engineer S). "Clinton campaign manager Robby Mook", "his campaign manager,
Jeff Weaver", "Tad Devine, a senior adviser to Mr. Sanders", "a spokesman for the Cruz
campaign, Rick Tyler", "Reince Priebus, chairman of the Republican National Committee":
the person (Y) holds a title (a staff noun or an office) of another actor (X), and the two
are one side - a relation between them is an artefact of reading ("Mook released a memo
...; Clinton said ...") and ``alignment.sides`` drops it (``staff_of``; an official's
tie to an organisation is recorded but makes no side).

Only the syntax of the title is read, never a list of names:

- the title: a noun of ``staff_titles`` (a spokesman, an adviser, an aide, a press
  secretary - several words matched as compounds before the last), of
  ``campaign_titles`` with a team word ("campaign manager", "chairman of X's campaign"),
  or, towards an organisation only, of ``official_titles`` ("chairman of the RNC",
  "NRA chief");
- the person: the title's appositive ("his campaign manager, Jeff Weaver"), the name the
  title is an appositive of ("Y, a senior adviser to X") or a compound of ("Clinton
  campaign manager Robby Mook"), or the subject of "is" with the title as attribute;
- the principal: the title's possessor ("X's", also a pronoun the actors stage resolved:
  "his"), a name compounded on the title or on its team word ("Clinton campaign
  manager"), or the object of "for", "to", "of", "on", "with" or "at" (through a team
  word: "a senior adviser on the Sanders campaign").

A title held no longer ("former adviser") ties no one. Two actors of one party are never
tied this way (a party member is no title): intra-party attacks in a primary stay
relations. Each tie keeps its evidence: the title's words.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Literal

from ..datafiles import constants
from ..nlp.text import doc_text
from ..records import Affiliation, Span
from ..rules import RuleSwitches, declare
from .party_members import PARTY_MEMBER, party_members

PAST_CAMPAIGN = declare(
    "actors.affiliation.past_campaign",
    "'her 2008 campaign manager', 'a strategist for her 2008 campaign': a title whose words "
    "(or its team word's) carry a year before the document's is held no longer: it ties no "
    "one (as 'former adviser' does not)",
)

Tie = Literal["staff", "official"]
STAFF: Tie = "staff"
OFFICIAL: Tie = "official"

_PREPS = frozenset({"for", "to", "of", "on", "with", "at"})


def _titles(words: list[str]) -> dict[str, list[tuple[str, ...]]]:
    """Last word -> the titles (word tuples) ending in it."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        parts = tuple(w.lower().split())
        out.setdefault(parts[-1] if "of" not in parts else parts[0], []).append(parts)
    return out


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    table = constants("alignment")
    return {
        "staff": _titles(table["staff_titles"]),
        "campaign": frozenset(w.lower() for w in table["campaign_titles"]),
        "team": frozenset(w.lower() for w in table["team_words"]),
        "official": frozenset(w.lower() for w in table["official_titles"]),
        "former": frozenset(w.lower() for w in table["former_words"]),
    }


def _word(token: Any) -> str:
    return str(token.lower_)


def _lemma(token: Any) -> str:
    return str(token.lemma_).lower()


def _staff_title(token: Any, staff: dict[str, list[tuple[str, ...]]]) -> bool:
    """``token`` heads a staff title ("adviser", "press secretary", "chief of staff")."""
    for key in {_word(token), _lemma(token)}:
        for title in staff.get(key, ()):
            if "of" in title:  # "chief of staff": the head, then "of" and its object
                obj = _of_object(token)
                if obj is not None and _word(obj) == title[-1]:
                    return True
                continue
            before = [c for c in token.lefts if c.dep_ == "compound"]
            words = before[-(len(title) - 1) :] if len(title) > 1 else []
            if len(words) == len(title) - 1 and tuple(_word(w) for w in words) == title[:-1]:
                return True
    return False


def _of_object(token: Any) -> Any:
    for child in token.rights:
        if child.dep_ == "prep" and _word(child) == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _is_former(token: Any, former: frozenset[str]) -> bool:
    return any(
        c.dep_ in ("amod", "compound", "advmod") and (_word(c) in former or _word(c) == "ex-")
        for c in token.lefts
    ) or any(_word(c).startswith("ex-") for c in token.lefts)


def _year_before(token: Any, year: int) -> bool:
    """The token writes a year (four digits) before ``year``."""
    text = str(token.text)
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) < year


def _past_title(token: Any, teams: list[Any], year: int) -> bool:
    """The title, its team word or a team word it is "in/for/of/..." carries a year
    before the document's ("her 2008 campaign manager", "an adviser to her 2008
    campaign", "manager in her 2008 campaign"; rule ``PAST_CAMPAIGN``)."""
    near = list(token.lefts)
    for team in teams:
        near += list(team.children)
    for child in token.rights:
        if child.dep_ == "prep":
            near += [c for g in child.children if g.dep_ == "pobj" for c in g.children]
    return any(_year_before(t, year) for t in near)


def _team_tokens(token: Any, team: frozenset[str]) -> list[Any]:
    """The team words of a title: compounded on it ("campaign manager") or the object of
    its preposition ("chairman of X's campaign", "adviser on the Sanders campaign")."""
    out = [c for c in token.lefts if c.dep_ == "compound" and _lemma(c) in team]
    for child in token.rights:
        if child.dep_ == "prep" and _word(child) in _PREPS:
            out += [g for g in child.children if g.dep_ == "pobj" and _lemma(g) in team]
    return out


def _principal_tokens(token: Any, teams: list[Any], table: dict[str, Any]) -> list[Any]:
    """The tokens that may name the principal of the title headed by ``token``."""
    out: list[Any] = []
    skip = {t.i for t in teams}
    for child in token.children:
        if child.dep_ == "poss":
            out.append(child)
        elif child.dep_ == "compound" and child.i not in skip and child.i < token.i:
            if _lemma(child) not in table["official"] and not _staff_title(child, table["staff"]):
                out.append(child)
        elif child.dep_ == "prep" and _word(child) in _PREPS:
            out += [g for g in child.children if g.dep_ == "pobj" and g.i not in skip]
    for team in teams:
        out += [c for c in team.children if c.dep_ in ("poss", "compound")]
    return out


def _person_tokens(token: Any) -> list[Any]:
    """The tokens that may name the person holding the title headed by ``token``."""
    out = [c for c in token.rights if c.dep_ == "appos"]
    if token.dep_ == "appos" or (token.dep_ == "compound" and token.head.i > token.i):
        out.append(token.head)
    if token.dep_ == "attr" and _lemma(token.head) == "be":
        out += [c for c in token.head.children if c.dep_ == "nsubj"]
    return out


def _actor_of(layer: Any, token: Any) -> str | None:
    """The actor a token names: the mention over it (a pronoun the stage resolved too),
    else, for a proper noun the stage left unmentioned ("Brandt campaign manager"), the
    one person of the story whose name ends in that word."""
    mention = layer.mention_at(token.idx, token.idx + len(token.text))
    if mention is not None:
        return str(mention.actor_id)
    if token.pos_ != "PROPN":
        return None
    word = token.text.lower()
    named = {
        aid
        for aid, actor in layer.actors.items()
        if actor.type == "person" and actor.name.lower().split()[-1:] == [word]
    }
    return named.pop() if len(named) == 1 else None


def affiliations(
    layer: Any, *, date: str | None = None, switches: RuleSwitches | None = None
) -> dict[str, list[Affiliation]]:
    """Person actor id -> the actors the text names them staff or an official of (on the
    document's ``date``, YYYY-MM-DD, when known: a title of an earlier year's campaign
    ties no one)."""
    doc = getattr(layer, "doc", None)
    if doc is None:
        return {}
    switches = switches or RuleSwitches()
    year = int(date[:4]) if date and date[:4].isdigit() and switches.enabled(PAST_CAMPAIGN) else 0
    table = _table()
    text = doc_text(doc)
    out: dict[str, list[Affiliation]] = {}
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        teams = _team_tokens(token, table["team"])
        staff = _staff_title(token, table["staff"]) or (
            bool(teams) and _word(token) in table["campaign"]
        )
        official = _word(token) in table["official"] or _lemma(token) in table["official"]
        if not (staff or official) or _is_former(token, table["former"]):
            continue
        if year and _past_title(token, teams, year):
            continue  # "her 2008 campaign manager": held no longer
        persons = {a for t in _person_tokens(token) if (a := _actor_of(layer, t)) is not None}
        persons = {p for p in persons if _type(layer, p) == "person"}
        if not persons:
            continue
        for t in _principal_tokens(token, teams, table):
            principal = _actor_of(layer, t)
            if principal is None or principal in persons:
                continue
            kind = _type(layer, principal)
            tie: Tie
            if staff and kind in ("person", "organization"):
                tie = STAFF
            elif official and kind == "organization":
                tie = OFFICIAL
            else:
                continue
            lo = min(x.i for x in (token, t, *teams))
            hi = max(x.i for x in (token, t, *teams))
            start, end = doc[lo].idx, doc[hi].idx + len(doc[hi].text)
            span = Span(start=start, end=end, text=text[start:end])
            for person in sorted(persons):
                found = out.setdefault(person, [])
                if all(f.actor != principal for f in found):
                    found.append(Affiliation(actor=principal, kind=tie, span=span))
    return out


def _type(layer: Any, actor_id: str) -> str | None:
    actor = layer.actor(actor_id)
    return actor.type if actor is not None else None


def with_affiliations(
    layer: Any,
    actors: list[Any],
    *,
    date: str | None = None,
    switches: RuleSwitches | None = None,
    kb: Any = None,
) -> list[Any]:
    """The actor records, each person with the staff and office ties the text names (and,
    with ``actors.affiliation.party_member`` on, the parties its title words name it a
    member of: ``party_members``; ``kb`` reads "Tory" as the Tory party)."""
    ties = affiliations(layer, date=date, switches=switches)
    if switches is not None and switches.enabled(PARTY_MEMBER):
        for person, held in party_members(layer, kb).items():
            known = ties.setdefault(person, [])
            known += [t for t in held if all(k.actor != t.actor for k in known)]
    if not ties:
        return actors
    return [
        a.model_copy(update={"affiliations": ties[a.id]}) if a.id in ties else a for a in actors
    ]
