"""A name tagged as a person that the text reads as a firm is an organisation.

Session 62 (engineer AC, issues 12 and 14). Session 61 EN counted about 20 companies typed
as people in 30 BBC tune articles; on every BBC business tune article (347) this tree made
827 new person actors, and about a fifth of them are firms, clubs, brands or places
("Yukos", "Ryanair", "Ferrari", "Ford", "Ericsson", "Manchester United"): NER tags a
one-word brand name PERSON, and a person of no country joins no side, takes "he" and
"his", and is set against his "own" firm by the relation stage. Few have a head noun of
their own to type them by (EN), but the text around them often says what they are:
"budget airline Ryanair", "carmaker Ferrari", "Yukos, the oil firm", and NER itself tags
the same name ORG elsewhere in the story.

Rule ``actors.names.firm_reading``: a new person (no KB entry, no person of the document)
whose name has no courtesy title and whose first word is no given name (the SSA table of
``first_names``) when it has several words, is a new organisation where the document
gives it, at any of its name's places:

* a firm noun right before it or in apposition to it - a WordNet noun of a business, a
  company or a financial institution that is no person first (kinds ``firm`` and
  ``institution`` of ``lexicon/firm_nouns.tsv``, ``firm_import.py``): "airline", "carmaker", "bank", "firm", "manufacturer";
* (tried and left out) more ORG than PERSON tags by NER of the same name in the story: on
  the BBC business tune articles it added about 30 right firms ("Ford", "Audi", "Marsh"), but
  on the Lee tune stories it made organisations of cricketers and tennis players whose
  surnames NER tags ORG ("Langer", "Gambill") and of suburbs ("O'Connor").

A full personal name ("Robert Bosch" the firm) keeps the person reading: the given name
outweighs the evidence this rule reads; so does a name whose last word the document writes
after a courtesy title ("Mr Llwyd", "Lord Butler") or as the surname of a given name
("Alastair Campbell"): NER tags many a British surname ORG.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from ..datafiles import words_by_kind
from ..rules import declare
from .firm_import import KINDS
from .first_names import first_name_genders
from .linker import HONORIFIC_GENDER
from .normalize import fold
from .titles import title_abbreviations

if TYPE_CHECKING:
    from .resolve import DocumentResolver

FIRM_READING = declare(
    "actors.names.firm_reading",
    "'budget airline Ryanair', 'Yukos, the oil firm': a name NER tags as a person that no KB "
    "entry knows, with no courtesy title and no given name first, is a new organisation where "
    "the document writes a WordNet firm noun right before or in apposition to it "
    "(lexicon/firm_nouns.tsv) at one of its places, and never writes its last word after a "
    "courtesy title or a given name",
)
FIRM_NOUNS = "lexicon/firm_nouns.tsv"
# titles that make a name a person's whatever follows ("Lord Browne", "Dr Graham")
PERSON_TITLES = frozenset(HONORIFIC_GENDER) | {"dr", "lord", "lady", "dame", "baroness", "mrs"}


@cache
def firm_nouns() -> frozenset[str]:
    """Nouns of a firm or an institution of business (kinds ``firm``, ``institution``)."""
    kinds = words_by_kind(FIRM_NOUNS, KINDS)
    return kinds["firm"] | kinds["institution"]


@cache
def commercial_nouns() -> frozenset[str]:
    """What a firm owns (kind ``commercial``): shares, profit, sales, shareholder, plant."""
    return words_by_kind(FIRM_NOUNS, KINDS)["commercial"]


def _firm_noun(token: Token) -> bool:
    """A lower-case common noun of a firm ("airline", not "Airline" inside a name)."""
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in firm_nouns()


def _firm_noun_beside(span: Span) -> bool:
    """A firm noun right before the name ("carmaker Ferrari"), or in apposition to it
    ("Yukos, the oil firm", "the business, retailer Littlewoods")."""
    return _described_beside(span, _firm_noun)


def personal_looking(name: str) -> bool:
    """A courtesy title first, or a given name first in a name of several words."""
    words = name.split()
    if not words:
        return True
    first = fold(words[0].rstrip("."))
    return first in PERSON_TITLES or (len(words) > 1 and first in first_name_genders())


def named_as_person(span: Span) -> bool:
    """The document writes the name's last word as a person's: after a courtesy title
    ("Mr Campbell", "Lord Butler") or as the surname of a given name's person entity
    ("Alastair Campbell")."""
    last = fold(span.text.split()[-1])
    doc = span.doc
    for token in doc:
        if fold(token.text) != last or token.i == 0:
            continue
        if fold(doc[token.i - 1].text.rstrip(".")) in PERSON_TITLES:
            return True
    return any(
        e.label_ == "PERSON"
        and len(e) > 1
        and fold(e[-1].text) == last
        and fold(e[0].text) in first_name_genders()
        for e in doc.ents
    )


FIRM_POSSESSION = declare(
    "actors.names.firm_possession",
    "'Yukos shares fell', 'Ford's sales', 'Yukos chief executive X': a name NER tags as a "
    "person that no KB entry knows, with no courtesy title and no given name first, whose "
    "last word the document never writes after a courtesy title or a given name, is a new "
    "organisation where at one of its places it owns a noun of what a firm has - a WordNet "
    "noun of income, capital, a plant, a shareholder, a share, revenue, sales or an "
    "executive (lexicon/firm_nouns.tsv, kind commercial) - as its possessive or a "
    "compound modifier",
)
FIRM_GIVEN_NAME = declare(
    "actors.names.firm_given_name",
    "'Morgan Stanley's profits', 'Marks Spencer shares': a name NER tags as a person that no "
    "KB entry knows, of two to four words with a given name first but no courtesy title, "
    "is a new organisation where at one of its places it owns a noun of what a firm has "
    "(as actors.names.firm_possession reads it), and the document never writes its last "
    "word alone as a person, after a courtesy title or as the surname of another given name",
)
# how a name owns the noun after it: "Ford's sales", "Yukos shares"
OWNING_DEPS = ("poss", "compound")


def _commercial(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_.lower() in commercial_nouns()


def owns_commercial_noun(span: Span) -> bool:
    """The name owns a noun of what a firm has: as its possessive or compound modifier
    ("Ford's sales", "Yukos shares", "Yukos's chief executive"), or the noun is written
    right after it ("Yukos shares" parsed otherwise)."""
    root = span.root
    head = root.head
    if root.dep_ in OWNING_DEPS and head.i >= span.end and _commercial(head):
        return True
    after = span.end
    doc = span.doc
    if after < len(doc) and doc[after].tag_ == "POS":
        after += 1  # "Ford 's sales": the noun after the possessive ending
    return after < len(doc) and _commercial(doc[after]) and doc[after].head.i >= span.end


def _places(span: Span) -> list[Span]:
    """The name's span and every other entity of the document written the same."""
    key = fold(span.text)
    others = [e for e in span.doc.ents if fold(e.text) == key and e.start != span.start]
    return [span, *others]


def _given_name_firm(span: Span) -> bool:
    """A name of several words with a given name first that reads as a firm (rule
    ``FIRM_GIVEN_NAME``): a commercial noun owned at one of its places, and its last word
    never a person's alone, after a title or another given name."""
    words = span.text.split()
    if not 2 <= len(words) <= 4 or fold(words[0].rstrip(".")) in PERSON_TITLES:
        return False
    if fold(words[0]) not in first_name_genders():
        return False
    last, before_last = fold(words[-1]), fold(words[-2])
    doc = span.doc
    for token in doc:
        if not token.i or fold(token.text) != last:
            continue
        previous = fold(doc[token.i - 1].text.rstrip("."))
        if previous != before_last:
            return False  # "Greaves said", "Mr Greaves", "Peter Greaves": a person's surname
    # a firm noun beside is too weak against a given name ("the Mayor of London, Ken
    # Livingstone, business groups": a list parsed as an apposition)
    return any(owns_commercial_noun(p) for p in _places(span))


FIRM_APPOSITION = declare(
    "actors.names.firm_apposition",
    "'oil giant Yukos', 'food group Kraft', 'accountancy firm Grant Thornton', 'Yukos, the "
    "oil giant': a name NER tags as a person that no KB entry knows, with no courtesy or "
    "abbreviated title, "
    "is a new organisation where at one of its places a description of a body stands right "
    "before it or in apposition - a WordNet noun of an enterprise, a team, a club or a group "
    "(lexicon/firm_heads.tsv) with a lower-case modifier, a trade noun for 'giant' or "
    "'maker' - and the document never writes its last word after a courtesy title or a "
    "given name; a name with a given name first only after a firm noun (firm_nouns.tsv) "
    "right before it, its last word never a person's alone",
)
FIRM_HEADS = "lexicon/firm_heads.tsv"
HEAD_KINDS = ("body", "described")
# a modifier that gives a description's trade: "oil giant", "plane-making giant"
TRADE_TAGS = ("NN", "NNS", "VBG")
MODIFIER_DEPS = ("compound", "amod", "nmod")


@cache
def firm_heads() -> dict[str, frozenset[str]]:
    """kind -> head nouns of a firm's description (``lexicon/firm_heads.tsv``)."""
    return words_by_kind(FIRM_HEADS, HEAD_KINDS)


def _trade_modifier(head: Token, any_word: bool) -> bool:
    """A lower-case modifier before ``head``: a noun or a gerund of a trade ("oil", "parts",
    "plane-making"), or (``any_word``) any lower-case word ("local club")."""
    for child in head.lefts:
        if child.dep_ not in MODIFIER_DEPS or not child.is_lower or not child.is_alpha:
            continue
        if any_word or child.tag_ in TRADE_TAGS:
            return True
    return False


def _body_description(token: Token) -> bool:
    """A firm noun, or a head of a firm's description with its modifier ("oil giant",
    "food group", "football club")."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    lemma = token.lemma_.lower()
    if lemma in firm_nouns():
        return True
    heads = firm_heads()
    if lemma in heads["body"]:
        return _trade_modifier(token, any_word=True)
    return lemma in heads["described"] and _trade_modifier(token, any_word=False)


def _described_beside(span: Span, test) -> bool:
    """``test`` holds of the word right before the name, or of a noun in apposition."""
    if span.start > 0 and test(span.doc[span.start - 1]):
        return True
    root = span.root
    if root.dep_ == "appos" and test(root.head):
        return True
    return any(child.dep_ == "appos" and test(child) for child in root.children)


def _surname_alone(span: Span) -> bool:
    """The name's last word stands as a person's elsewhere in the document: after a
    courtesy title, or in a person's name with another first word ("Mr Thornton",
    "Ann Thornton")."""
    words = span.text.split()
    last, first = fold(words[-1]), fold(words[0])
    doc = span.doc
    for token in doc:
        if (
            token.i
            and fold(token.text) == last
            and fold(doc[token.i - 1].text.rstrip(".")) in PERSON_TITLES
        ):
            return True
    return any(
        e.label_ == "PERSON" and fold(e[-1].text) == last and fold(e[0].text) != first
        for e in doc.ents
    )


def _titled(words: list[str]) -> bool:
    """A courtesy title or an abbreviated title first ("Mr", "Lord", "Gen", "Sen")."""
    first = fold(words[0].rstrip("."))
    return first in PERSON_TITLES or first in title_abbreviations()


def described_as_firm(span: Span) -> bool:
    """The test of rule ``FIRM_APPOSITION`` (its switch read by the caller)."""
    words = span.text.split()
    if not words or _titled(words):
        return False
    places = _places(span)
    if len(words) > 1 and fold(words[0]) in first_name_genders():
        # "accountancy firm Grant Thornton": only a firm noun right before, never a
        # description of a maker or giant ("film maker Michael Moore")
        if _surname_alone(span):
            return False
        doc = span.doc
        return any(p.start > 0 and _firm_noun(doc[p.start - 1]) for p in places)
    if named_as_person(span):
        return False
    return any(_described_beside(p, _body_description) for p in places)


FIRM_ONE_READING = declare(
    "actors.names.firm_one_reading",
    "'Ericsson' tagged ORG in one sentence and PERSON in another: a name NER tags as a "
    "person that no KB entry knows, with no courtesy or abbreviated title ('Gen') and no "
    "given name first, whose "
    "last word the document never writes after a courtesy title or a given name, is the "
    "new organisation NER tags the same name as (ORG, or a proper noun left untagged) "
    "elsewhere in the document, where the "
    "document calls something 'the company', 'the firm', 'the bank' (a definite WordNet "
    "firm noun of lexicon/firm_nouns.tsv, kind firm): one article, one reading",
)
DEFINITE = ("the", "this")


@cache
def _definite_firm_nouns() -> frozenset[str]:
    return words_by_kind(FIRM_NOUNS, KINDS)["firm"]


def _firm_called_back(doc) -> bool:
    """The document writes a definite firm noun: "the company", "the firm", "the bank"."""
    nouns = _definite_firm_nouns()
    return any(
        t.pos_ == "NOUN"
        and t.is_lower
        and t.lemma_.lower() in nouns
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in t.children)
        for t in doc
    )


def tagged_firm_elsewhere(span: Span) -> bool:
    """The test of rule ``FIRM_ONE_READING`` (its switch read by the caller)."""
    words = span.text.split()
    if not words or _titled(words) or personal_looking(span.text) or named_as_person(span):
        return False
    return _read_otherwise(span) and _firm_called_back(span.doc)


def _read_otherwise(span: Span) -> bool:
    """The same words stand elsewhere in the document as a whole name tagged ORG, or as
    proper nouns NER left untagged (which the actors stage reads as an organisation), no
    part of a longer name ("Coal" of "Patriot Coal" is none)."""
    doc, size = span.doc, len(span)
    words = [fold(t.text) for t in span]
    for start in range(len(doc) - size + 1):
        if start == span.start or fold(doc[start].text) != words[0]:
            continue
        other = doc[start : start + size]
        if [fold(t.text) for t in other] != words:
            continue
        if _whole_org(other) or _whole_untagged(other):
            return True
    return False


def _whole_org(span: Span) -> bool:
    """An ORG entity of exactly these words (not "Coal" inside "Patriot Coal")."""
    doc = span.doc
    if span[0].ent_iob_ != "B" or any(t.ent_type_ != "ORG" for t in span):
        return False
    return span.end == len(doc) or doc[span.end].ent_iob_ != "I"


def _whole_untagged(span: Span) -> bool:
    """Untagged proper nouns with no proper noun right before or after them."""
    doc = span.doc
    if any(t.ent_type_ or t.pos_ != "PROPN" for t in span):
        return False
    before = span.start > 0 and doc[span.start - 1].pos_ == "PROPN"
    after = span.end < len(doc) and doc[span.end].pos_ == "PROPN"
    return not (before or after)


def reads_as_firm(resolver: DocumentResolver, span: Span) -> bool:
    """The rules' test for a name about to become a new person (see the module doc)."""
    switches = resolver.switches
    if switches.enabled(FIRM_APPOSITION) and described_as_firm(span):
        return True
    if switches.enabled(FIRM_ONE_READING) and tagged_firm_elsewhere(span):
        return True
    reading, owning = switches.enabled(FIRM_READING), switches.enabled(FIRM_POSSESSION)
    if not (reading or owning):
        return _given_name_firm(span) if switches.enabled(FIRM_GIVEN_NAME) else False
    if personal_looking(span.text):
        return switches.enabled(FIRM_GIVEN_NAME) and _given_name_firm(span)
    if named_as_person(span):
        return False
    places = _places(span)
    if reading and any(_firm_noun_beside(place) for place in places):
        return True
    return owning and any(owns_commercial_noun(place) for place in places)


FUZZY_COUNTRY_NOT_FIRM = declare(
    "actors.names.fuzzy_country_not_firm",
    "'Spanish airline Iberia' is not a misspelt Liberia: a name spelt nearly like a country "
    "is never that country where NER tags it as an organisation (ORG) or where the "
    "document writes a WordNet firm noun right before it (lexicon/firm_nouns.tsv); such a "
    "name tagged as a place that no KB entry knows is a new organisation",
)
# entity labels of a name the text types as no place (a misspelt country is often tagged a
# person: "Liberria")
BODY_LABELS = frozenset(("ORG",))


def fuzzy_country_refused(resolver: DocumentResolver, span: Span, label: str) -> bool:
    """A near-spelt country is no reading of this name (rule ``FUZZY_COUNTRY_NOT_FIRM``)."""
    if not resolver.switches.enabled(FUZZY_COUNTRY_NOT_FIRM):
        return False
    return label in BODY_LABELS or _firm_noun_before(span)


def place_reads_as_firm(resolver: DocumentResolver, span: Span) -> bool:
    """An unknown name tagged as a place with a firm noun right before one of its places
    ("Spanish airline Iberia"): a new organisation (rule ``FUZZY_COUNTRY_NOT_FIRM``)."""
    return resolver.switches.enabled(FUZZY_COUNTRY_NOT_FIRM) and _firm_noun_before(span)


def _firm_noun_before(span: Span) -> bool:
    """A firm noun right before one of the name's places ("airline Iberia"); an apposition
    is not read for a place-tagged name: "The Jacksonville, Florida-based firm" (parsed
    as "Jacksonville" in apposition to "firm") is a city's name."""
    doc = span.doc
    return any(p.start > 0 and _firm_noun(doc[p.start - 1]) for p in _places(span))
