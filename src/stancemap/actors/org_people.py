"""A given name NER tags as an organisation that the text reads as a person is a person.

Session 69 (engineer AW, issues 12 and 14). The small English NER tags some people's
full names ORG ("Carly Fiorina attacked Donald Trump", both her mentions ORG): the actors
stage then made a new organisation of her, and the stances stage drops an organisation's
claims where a person speaks (session 68 MP: a candidate read as a firm). Firms are named
after people too ("John Lewis", "Charles Schwab", "Arthur Andersen"), so a given name first
is no evidence alone; the rule asks the text for a person's reading as well.

Rule ``actors.names.org_tagged_person``: a name NER tags ORG that no KB entry knows, of two
or three capitalised words whose first is a given name of the SSA table
(``lexicon/first_name_gender.tsv``, ``first_names``) and whose last is no WordNet noun of a
group or a firm's description (``lexicon/group_nouns.txt``, ``firm_heads.tsv``: "Lehman
Brothers", "Virgin Group"), and that no firm test reads as a firm (a firm noun right before
or in apposition, a firm's noun owned: "Ford's sales", firm_names), is a new person where,
at one of its places (the name and every entity written the same), the text gives:

* where the name is its clause's subject (alone, no conjunct), its "by" agent or an
  apposition: the first gendered pronoun after it ("he", "she", "his", "her"), in its own
  sentence or the next, is a subject of the given name's gender, and no other person entity
  it may stand for (one whose given name is not of the other gender) is in the name's
  sentence or before that pronoun;
* a WordNet noun of a kind of person (``lexicon/people_nouns.txt``: "chief", "candidate")
  right before it or in apposition to it, that is no firm noun;
* its last word written elsewhere after a courtesy title, or the same name tagged PERSON
  ("named_as_person").
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from ..datafiles import read_table, word_list
from ..rules import declare
from .firm_names import (
    PERSON_TITLES,
    _described_beside,
    _firm_noun,
    _firm_noun_beside,
    _places,
    described_as_firm,
    firm_heads,
    named_as_person,
    owns_commercial_noun,
)
from .first_names import TABLE, first_name_genders
from .lexicon import singular
from .normalize import fold
from .not_actors import group_nouns
from .work_names import people_nouns

ORG_TAGGED_PERSON = declare(
    "actors.names.org_tagged_person",
    "'Carly Fiorina attacked ... she said' (NER: ORG): a name NER tags ORG that no KB entry "
    "knows, two or three words with a given name first (SSA table) and no group or firm head "
    "last, that no firm test reads as a firm, is a new person where the text gives a person's "
    "reading at one of its places: a he/she of the given name's gender after it, a WordNet "
    "noun of a person right before or in apposition, or its surname after a courtesy title",
)
ORG_TAGGED_TEAM = declare(
    "actors.names.org_tagged_team",
    "with org_tagged_person: 'the Dallas Mavericks' stays an organisation - a name the text "
    "writes after a 'the' that heads it (no person's name takes the article), or whose last "
    "word is the plural of a WordNet noun of a kind of person that no given name of the SSA "
    "table spells ('Mavericks', 'Rangers'), is a team or body, never a person (session 70 CH)",
)
_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}


@cache
def _head_nouns() -> frozenset[str]:
    heads: set[str] = set(group_nouns()) | word_list("lexicon/kin_nouns.txt")
    for words in firm_heads().values():
        heads |= words
    return frozenset(heads)


def _shape(span: Span) -> str | None:
    """The given name's gender when the name is two or three capitalised words with a
    given name first and no group or firm head last; else None."""
    words = span.text.split()
    if not 2 <= len(words) <= 3:
        return None
    if any(not w[:1].isupper() or not w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    first = fold(words[0])
    if first in PERSON_TITLES:
        return None  # a titled name is a person already by other rules
    gender = first_name_genders().get(first)
    last = {fold(words[-1]), singular(fold(words[-1]))}  # "Brothers": brother
    if gender is None or last & _head_nouns():
        return None
    return gender


def _person_noun(token: Token) -> bool:
    """A lower-case WordNet noun of a kind of person, no firm noun ("chief", "candidate")."""
    if token.pos_ != "NOUN" or not token.is_lower or _firm_noun(token):
        return False
    return token.lemma_.lower() in people_nouns()


def _may_be(entity: Span, gender: str) -> bool:
    """A person entity a pronoun of ``gender`` may stand for: its given name is not known
    to be of the other gender ("Donald Trump" is no "she")."""
    other = first_name_genders().get(fold(entity[0].text)) if len(entity) > 1 else None
    return other is None or other == gender


def _doer(place: Span) -> bool:
    """The name is its clause's subject, alone (no conjunct), its "by" agent or an
    apposition: a place a following he/she can stand for ("Boston Globe" in "by the Times
    and Boston Globe - he ..." is none)."""
    root = place.root
    if root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children):
        return False
    if root.dep_ in ("nsubj", "nsubjpass", "appos"):
        return True
    return root.dep_ == "pobj" and root.head.dep_ == "agent"


def _pronoun_after(place: Span, gender: str) -> bool:
    """The name is a doer (``_doer``), the first he/she-type pronoun after it, in its
    sentence or the next, is a subject of ``gender``, and no other person entity that
    pronoun may stand for is in the name's sentence or between."""
    if not _doer(place):
        return False
    doc = place.doc
    sentence = place.sent
    stop = sentence.end
    if stop < len(doc):
        stop = doc[stop].sent.end
    key = fold(place.text)
    for entity in doc.ents:
        if entity.label_ != "PERSON" or fold(entity.text) == key:
            continue
        if sentence.start <= entity.start < stop and _may_be(entity, gender):
            pronoun = _first_pronoun(doc[place.end : stop])
            if pronoun is None or entity.start < pronoun.i:
                return False  # another person the pronoun may stand for
    pronoun = _first_pronoun(doc[place.end : stop])
    if pronoun is None or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _PRONOUNS[pronoun.lower_] == gender


def _first_pronoun(tokens: Span) -> Token | None:
    return next((t for t in tokens if t.lower_ in _PRONOUNS and t.pos_ == "PRON"), None)


def org_tagged_person(span: Span) -> bool:
    """The test of rule ``ORG_TAGGED_PERSON`` (its switch read by the caller)."""
    gender = _shape(span)
    if gender is None:
        return False
    places = _places(span)
    if described_as_firm(span) or any(
        _firm_noun_beside(p) or owns_commercial_noun(p) for p in places
    ):
        return False
    if named_as_person(span):
        return True
    return any(_described_beside(p, _person_noun) or _pronoun_after(p, gender) for p in places)


def _definite(place: Span) -> bool:
    """'the' right before the name, its determiner: the name heads its noun phrase ("the
    Dallas Mavericks won"), not a modifier of another noun ("the Mitch Daniels campaign")."""
    if place.start == 0:
        return False
    before = place.doc[place.start - 1]
    return before.lower_ == "the" and place.start <= before.head.i < place.end


# a given name borne by this many people born 1920-2000 (SSA table) makes a surname of its
# plural ("Andrews", "Peters"); a rarer one does not ("Maverick", 2,191 births)
COMMON_GIVEN_BIRTHS = 10000


@cache
def _common_given_names() -> frozenset[str]:
    rows = read_table(TABLE, required=("name", "births"), unique="name")
    return frozenset(fold(r["name"]) for r in rows if int(r["births"]) >= COMMON_GIVEN_BIRTHS)


def _plural_people_last(span: Span) -> bool:
    """The last word is the plural of a WordNet noun of a kind of person that is no common
    given name ("Mavericks": maverick; not "Daniels", "Andrews")."""
    last = fold(span.text.split()[-1])
    one = singular(last)
    return (
        one != last
        and last.endswith("s")
        and one in people_nouns()
        and one not in _common_given_names()
    )


def org_tagged_team(span: Span) -> bool:
    """The test of rule ``ORG_TAGGED_TEAM`` (its switch read by the caller): a name that
    org_tagged_person would read is a team or body."""
    return _plural_people_last(span) or any(_definite(p) for p in _places(span))
