"""What the text says about a person: role, country and sector from the words around a name.

Each rule reads one construction and returns a ``Description`` (or None):

* ``actors.descriptor.premodifier``: titles written before the name, membership
  included ("UK Defence Secretary Ben Wallace", "Foreign Ministry spokesperson
  X", "the German Chancellor X");
* ``actors.descriptor.appositive``: "X, the French foreign minister," and "the
  official representative of the ministry, X" (one actor, not two);
* ``actors.descriptor.of_body``: "X of the Labour Party", "X from the provincial council";

The rules only read the parse; ``describe_words`` turns the words they found into
country (a country's name, demonym or seat, or a known body's country), sector
and role (the agents lexicon). The resolver fills an unknown person from the
description and, where the KB says otherwise on the document date, lets the text
win and records the disagreement (``Actor.kb_conflict``).

Signature of the group: ``rule(linker, span) -> Description | None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.tokens import Span

from ..datafiles import constants
from ..rules import declare, rule
from .normalize import fold

_FORMER = {"former", "ex", "retired", "erstwhile", "onetime", "then"}
# Westminster's opposition names a spokesperson for each ministry its "shadow" minister
_SHADOW = {"shadow"}
SHADOW_OPPOSITION = declare(
    "actors.roles.shadow_opposition",
    "'Shadow Defence Minister X', 'the shadow treasurer': a post written with 'shadow' "
    "before it is the opposition's spokesperson for that ministry (sector OPP), not the "
    "government's; so a shadow minister is not one side with the government he attacks",
)
_HYPHENS = ("-", "‐", "‑")
_SKIP = {"the", "a", "an", "'s", "’s", ",", "-", "—", "–", "(", ")"}


@dataclass
class Description:
    """Role, country and sector the text gives a person, and where it says so."""

    country: str | None = None
    cameo: str | None = None
    sector: str | None = None
    role: str | None = None
    start: int = 0
    end: int = 0
    rule: str = ""

    @property
    def says_role(self) -> bool:
        return self.role is not None and self.sector is not None

    def fill(self, other: Description) -> None:
        """Take from ``other`` what this one leaves open."""
        for name in ("country", "cameo", "sector", "role"):
            if getattr(self, name) is None and getattr(other, name) is not None:
                setattr(self, name, getattr(other, name))


def describe_words(
    linker: Any, words: list[str], place_words: list[str] | None = None
) -> Description | None:
    """Country, sector and role named by ``words`` ("UK Defence Secretary", "of Russia")."""
    words = [w for w in words if w.lower() not in _SKIP]
    if not words:
        return None
    # places are read in the words as tokenised ("Washington-based" -> "Washington")
    places = [w for w in place_words if w.lower() not in _SKIP] if place_words else words
    country, cameo = linker.where(places)
    found = linker.find_agent(words)
    sector = role = None
    if found is not None:
        entry, i, j = found
        if entry.sector != "UNK":
            sector = entry.sector
            first = _role_start(linker, words, i) if entry.kind == "person" else i
            role = " ".join(words[first:j])
            member = _member_of(linker, words, j)
            if entry.kind == "person" and member is not None:
                sector = member  # "representative of the ministry": the body's sector
    else:
        body = _body(linker, words)
        if body is not None:
            country = country or body.country
            cameo = cameo or body.cameo
            sector = body.sector
    sector = shadow_post(linker, words, sector)
    if any(fold(w) in _FORMER for w in words) and sector is not None:
        sector = "ELI"  # a former office holder: an elite, no longer in office
        role = f"former {role}" if role else None
    if country is None and cameo is None and sector is None:
        return None
    return Description(country=country, cameo=cameo, sector=sector, role=role)


def shadow_post(linker: Any, words: list[str], sector: str | None) -> str | None:
    """``sector`` of a post written with ``words``: OPP for a government post written with
    "shadow" ("Shadow Defence Minister": the opposition's; rule ``SHADOW_OPPOSITION``)."""
    if sector != "GOV" or not any(fold(w) in _SHADOW for w in words):
        return sector
    return "OPP" if linker.switches.enabled(SHADOW_OPPOSITION) else sector


def _role_start(linker: Any, words: list[str], i: int) -> int:
    """Where a role's own words begin: the words before the lexicon noun that are no
    place, owner or "former" ("Information Minister", "Trade Commissioner", "Deputy
    Secretary"; not "Nigeria's" or "British")."""
    while i > 0:
        word = words[i - 1]
        if not word[:1].isalpha() or fold(word) in _FORMER or fold(word) in _NOT_ROLE:
            break
        if linker.where([word]) != (None, None):
            break
        i -= 1
    return i


# words before a role noun that say which one, not what post ("the new minister")
_NOT_ROLE = {"new", "then", "current", "incoming", "outgoing", "acting", "interim", "top",
             "senior", "said", "told", "and", "or", "of", "by", "to", "for", "with"}  # fmt: skip


def _member_of(linker: Any, words: list[str], after: int) -> str | None:
    """The sector of the body a role is "of" ("head of the ministry", "leader of the
    opposition"); None when what follows is a place ("president of Mongolia")."""
    rest = words[after:]
    if not rest or fold(rest[0]) not in ("of", "at", "in"):
        return None
    tail = rest[1:]
    body = _body(linker, tail)
    if body is not None and body.sector:
        return str(body.sector)
    found = linker.find_agent(tail)
    if found is not None and found[0].kind == "group" and found[0].sector != "UNK":
        return str(found[0].sector)
    return None


def _body(linker: Any, words: list[str]) -> Any:
    """A KB organisation named among ``words`` ("the Labour Party")."""
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            for actor in linker.kb.lookup(" ".join(words[i:j])):
                if actor.type == "organization":
                    return actor
    return None


def _joined_words(tokens: list[Any]) -> list[str]:
    """The words as written: tokens joined where the text has no space between them
    ("Secretary-General", not "Secretary", "-", "General" - whose last word would read
    as a military rank)."""
    words: list[str] = []
    glue = False
    for token in tokens:
        joined = glue or token.text in _HYPHENS
        if words and joined and not token.doc[token.i - 1].whitespace_:
            words[-1] += token.text
        else:
            words.append(token.text)
        glue = token.text in _HYPHENS and not token.whitespace_
    return words


def _described(linker: Any, tokens: list[Any], name: str) -> Description | None:
    if not tokens:
        return None
    found = describe_words(linker, _joined_words(tokens), [t.text for t in tokens])
    if found is not None:
        found.start = tokens[0].idx
        found.end = tokens[-1].idx + len(tokens[-1])
        found.rule = name
        if linker.switches.enabled(STAFF_SECTOR) and staff_role(found.role):
            principal = _principal(linker, tokens)
            if principal is not None:
                found.sector = principal.sector
    return found


STAFF_SECTOR = declare(
    "actors.descriptor.staff_sector",
    "'Clinton's chief of staff John Podesta', 'a chief of staff to President Bill Clinton': a "
    "staff title (constants [alignment] staff_titles) with a person or organisation as "
    "principal takes the principal's sector, not the title word's own (MIL for 'chief of staff'), "
    "and, being no office a KB record holds, never makes a KB person someone else",
)


def staff_role(role: str | None) -> bool:
    """The role's last words are a staff title ("chief of staff", "press secretary"), held
    now (a "former spokesman" keeps the former holder's ELI)."""
    if not role or role.startswith("former "):
        return False
    words = fold(role).split()
    titles = constants("alignment")["staff_titles"]
    return any(words[-len(t.split()) :] == fold(t).split() for t in titles)


_PRINCIPAL_LABELS = frozenset({"PERSON", "ORG"})


def _principal(linker: Any, tokens: list[Any]) -> Any:
    """The KB person or organisation a title's words name as whom the title serves: a
    possessor, a compound or the object of a preposition ("Clinton's", "Pentagon", "to
    President Bill Clinton"); None when they name none (a country keeps the title's own
    sector: "the Israeli chief of staff" heads an army)."""
    runs: list[list[Any]] = []
    for token in tokens:
        if token.ent_type_ not in _PRINCIPAL_LABELS or token.dep_ == "case":
            continue
        if runs and runs[-1][-1].i == token.i - 1 and runs[-1][-1].ent_type_ == token.ent_type_:
            runs[-1].append(token)
        else:
            runs.append([token])
    for run in runs:
        found = linker.by_name(" ".join(t.text for t in run), None, allow_surname=True)
        if found is not None and found.type in ("person", "organization") and found.sector:
            return found
    return None


@rule(
    "actors.descriptor.premodifier", order=10, doc="'UK Defence Secretary X': titles before a name"
)
def premodifier(linker: Any, span: Span) -> Description | None:
    doc = span.doc
    start = span.start
    while start > 0:
        before = doc[start - 1]
        if (
            before.dep_ == "case"
            and start > 1
            and before.head.i == start - 2
            and before.head.dep_ == "poss"
            and start <= before.head.head.i < span.end
        ):
            start -= 2  # "Nigeria's" in "Nigeria's Information Minister X"
            continue
        inner_hyphen = before.text in _HYPHENS and not before.whitespace_
        if inner_hyphen and start > 1 and not doc[start - 2].whitespace_:
            start -= 1  # the hyphen inside "Secretary-General"
            continue
        if not (
            before.dep_ in ("compound", "amod", "nmod", "poss", "case", "det")
            and start <= before.head.i < span.end
            and before.ent_type_ in ("", "NORP", "GPE", "ORG")
        ):
            break
        start -= 1
    return _described(linker, list(doc[start : span.start]), "actors.descriptor.premodifier")


@rule(
    "actors.descriptor.appositive",
    order=20,
    doc="'X, the French foreign minister,' and 'the representative of the ministry, X'",
)
def appositive(linker: Any, span: Span) -> Description | None:
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and not (span.start <= child.i < span.end):
            tokens = [t for t in _own_phrase(child) if not (span.start <= t.i < span.end)]
            if linker.switches.enabled(ROLE_FOR_PERSON):
                served = _served_person(child)
                if served is not None:  # "X, communications director for President Y"
                    inside = {t.i for t in served[0].subtree}
                    own = [t for t in tokens if t.i not in inside]
                    return _serving(linker, own, served)
            return _described(linker, tokens, "actors.descriptor.appositive")
    head = root.head
    if (
        root.dep_ == "appos"
        and head.pos_ in ("NOUN", "PROPN")
        and not (span.start <= head.i < span.end)
    ):
        if linker.switches.enabled(SPOKESPERSON_FOR):
            voice = _voice_of(linker, head, span)
            if voice is not None:
                return voice  # "A spokesman for President X, Y": Y is the spokesman
        tokens = [t for t in head.subtree if t.i < span.start and not t.is_punct]
        return _described(linker, tokens, "actors.descriptor.appositive")
    return None


SPOKESPERSON_FOR = declare(
    "actors.descriptor.spokesperson_for",
    "'A spokesman for President X, Y,': a name set beside another person's name inside "
    "'<role> for/of ...' renames the role noun, not that person: Y is the spokesman, of "
    "the principal's country",
)


def _voice_of(linker: Any, head: Any, span: Span) -> Description | None:
    """When the appositive's head is another person's name that is the object of
    "for"/"of"/"to" on a person role noun ("spokesman for President X, Y"), the role
    noun's phrase describes the name, with the principal's country when its words name
    none (rule ``SPOKESPERSON_FOR``)."""
    if head.ent_type_ != "PERSON" or head.dep_ != "pobj":
        return None
    prep = head.head
    role = prep.head
    if prep.lower_ not in ("for", "of", "to") or role.pos_ != "NOUN" or role.i >= prep.i:
        return None
    entry = linker.agents.get(role.lemma_.lower()) or linker.agents.get(role.lower_)
    if entry is None or entry.kind != "person":
        return None
    tokens = [t for t in role.subtree if t.i < span.start and not t.is_punct]
    found = _described(linker, tokens, "actors.descriptor.spokesperson_for")
    if found is None or found.country is not None or found.cameo is not None:
        return found
    principal = [t for t in head.subtree if t.ent_type_ == "PERSON" and t.i < span.start]
    if principal:
        text = " ".join(t.text for t in principal)
        person = linker.by_name(text, None)
        if person is not None and person.type == "person":
            found.country = person.country
    return found


ROLE_FOR_PERSON = declare(
    "actors.descriptor.role_for_person",
    "'X, communications director for President Y,': a 'for/to' phrase whose object is "
    "another person's name (no determiner) describes that person, not X: X's role is read "
    "from the appositive without it (none when it names no post), and X takes that "
    "person's country when those words name none",
)


def _served_person(head: Any) -> tuple[Any, list[Any]] | None:
    """The "for/to" on the appositive's (singular) head noun whose object is a person's
    name ("director [for] President [Erdogan]"), with that name's tokens; None otherwise
    ("of" is left alone: "the founder of the company Theranos", "a critic of Y").
    Only that phrase is cut from the description: "an adviser to Y and a professor at Z"
    keeps the professor."""
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return None  # a plural ("aides to President Y") describes no one person
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "to") or prep.i < head.i:
            continue
        for pobj in prep.children:
            if any(c.dep_ == "det" for c in pobj.children):
                continue  # "for the Obama White House", "the company Theranos": no person
            if pobj.dep_ == "pobj" and pobj.ent_type_ == "PERSON":
                ent = next(e for e in pobj.doc.ents if e.start <= pobj.i < e.end)
                return prep, list(ent)
    return None


def _serving(linker: Any, tokens: list[Any], served: tuple[Any, list[Any]]) -> Description | None:
    """The description of one who serves another person: the role words before the
    "for/to", and the served person's country where those words name none."""
    found = _described(linker, tokens, ROLE_FOR_PERSON) if tokens else None
    if found is not None and linker.switches.enabled(STAFF_SECTOR) and staff_role(found.role):
        principal = _principal(linker, served[1])
        if principal is not None:  # "a chief of staff to President Bill Clinton"
            found.sector = principal.sector
    if found is None:
        found = Description(rule=ROLE_FOR_PERSON)
        if tokens:
            found.start = tokens[0].idx
            found.end = tokens[-1].idx + len(tokens[-1])
    if found.country is None and found.cameo is None:
        person = linker.by_name(" ".join(t.text for t in served[1]), None)
        if person is not None and person.type == "person" and person.country:
            found.country = person.country
    if found.country is None and found.cameo is None and found.sector is None:
        return None
    return found


# clauses and further appositions inside an appositive say something about other things
# ("the chief executive of Ora Media -- the company that owns ...")
_OTHER_CLAUSES = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "ccomp"})
_BREAKS = frozenset({",", "--", "—", "–", "(", ";", ":"})


def _own_phrase(head: Any) -> list[Any]:
    """The appositive noun phrase without the clauses and appositions hung on it, and
    no further than the first comma or dash after its head."""
    left_out: set[int] = set()
    for token in head.subtree:
        if token.i != head.i and token.dep_ in _OTHER_CLAUSES:
            left_out.update(t.i for t in token.subtree)
    out = []
    for token in head.subtree:
        if token.i > head.i and token.text in _BREAKS:
            break
        if token.i not in left_out:
            out.append(token)
    return out


@rule("actors.descriptor.of_body", order=30, doc="'X of the Labour Party', 'X from the council'")
def of_body(linker: Any, span: Span) -> Description | None:
    for child in span.root.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "from") and child.i >= span.end:
            tokens = [t for t in child.subtree if t.i > child.i]
            found = _described(linker, tokens, "actors.descriptor.of_body")
            if found is not None:
                found.role = None  # "of Y" says whose, not which post
                return found
    return None


def describe(linker: Any, span: Span, switches: Any) -> Description | None:
    """What the active descriptor rules say about the person named by ``span``."""
    out: Description | None = None
    for item in switches.active("actors.descriptor."):
        if item.func is None:
            continue  # a declared switch, read where it acts
        found = item.func(linker, span)
        if found is None:
            continue
        if out is None:
            out = found
        else:
            out.fill(found)
    return out
