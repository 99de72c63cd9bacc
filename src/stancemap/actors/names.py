"""Names in a document (NER, KB entity-ruler spans, proper-noun runs NER missed).

``resolve_name`` reads one name span; who it names is the first answer of the
ordered rules ``actors.names.*`` (signature ``rule(resolver, name) -> Resolution
| None``):

* ``speaking_place`` (10): a place or an unknown name that is the subject of a
  speech verb ("Jordan said" after "Jim Jordan") is a person of this document
  spelt like it;
* ``namesake_here`` (20): a KB person not yet in this document, when a person
  already here goes by the same name;
* ``place_in_context`` (25): a one-word name the KB knows only as a person that is a
  GeoNames place, where the parse makes it a place ("fighting in Goma"; ``gazetteer``);
* ``kb`` (30): the KB's reading (entity-ruler id, else the alias index);
* ``in_document`` (40): a person of this document by surname, a spelling seen
  here, or a near spelling ("Orbon" after "Orbán");
* ``seat`` (50): a seat of government ("the Kremlin") -> its country;
* ``titled`` (60): the name with the title words written before it ("US
  Senator" Marco Rubio) linked as a whole;
* ``fuzzy`` (70): a KB name spelt nearly the same ("Tokajew");
* ``place_spelling`` (75): an unknown name of several words that is a GeoNames city or
  another spelling of one ("Khan Younis"), with nothing making it a person: a place;
* ``new`` (80): a new actor with a stable id (see ``newactors``).

Around the chain: a name in a credit line is skipped (``actors.names.credit_line``);
a country word modifying an agent noun ("Turkish" in "the Turkish president") is
left to the noun phrase; a person takes what the text says about them
(``actors.descriptor.*``); a national body named after another country's is that
country's (``owned_elsewhere``); a capital after "in" is kept as a place at low
confidence (``place_use``).
"""

from __future__ import annotations

import weakref
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import JaroWinkler
from spacy.tokens import Span

from ..datafiles import constants, read_table, word_list
from ..rules import declare, rule
from .belief_names import belief_name
from .compound_things import thing_compound
from .credits import CREDIT_LINE, in_credit_line
from .family_names import FAMILY_NAMES
from .firm_names import fuzzy_country_refused
from .first_names import ending_gender, first_name_genders
from .former_titles import FORMER_TITLE_BODY, former_title_body
from .given_name_places import GIVEN_NAME_PLACE
from .headline_words import headline_common_words
from .hyphen_pairs import HYPHEN_PAIR, hyphen_pair
from .linker import HONORIFIC_GENDER, HONORIFIC_GENDER_RULE, Resolution, new_id
from .longer_places import LONGER_NAME, LONGER_PLACE, country_in_longer_name, inside_longer_place
from .month_names import MONTH_BEFORE_NAME, name_after_month
from .name_context import as_us_state, named_thing, place_noun_name
from .name_lists import NAME_LIST, name_list
from .nationality import looks_like_full_name
from .newactors import as_described, new_actor, owned_elsewhere, phrase_owner_start
from .nominals import (
    agent_entry,
    agent_head,
    coordinated_modifier,
)
from .normalize import fold
from .org_people import ORG_TAGGED_PERSON, ORG_TAGGED_TEAM, org_tagged_person, org_tagged_team
from .place_demonyms import DEMONYM_TAGGED_PLACE, as_demonym
from .placed_by_text import PLACED_BY_TEXT, placed_by_text
from .region_bodies import REGION_BODY, region_body
from .spans import (
    UNTAGGED,
    in_person_title,
    is_place_use,
    is_speech_subject,
    trim,
    with_titles,
)
from .supporters import supporter_starts
from .thing_names import structure_name, thing_name
from .titles import ABBREVIATED_TITLE_ALONE, abbreviated_title_alone, after_abbreviated_title
from .venues import is_igo_city_place
from .work_names import thing_named

if TYPE_CHECKING:
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]
OWNED_ELSEWHERE = declare(
    "actors.names.owned_elsewhere",
    "'Ivory Coast's Supreme Court': a national body named after another country's "
    "institution is the possessor's (the KB's same-named body keeps only its sector)",
)
TITLE_WORDS = declare(
    "actors.names.title_words",
    "'British' or 'Information' in 'Nigeria's Information Minister X': a demonym or "
    "unknown body inside a person's title is the person's description, not an actor",
)
TITLE_SEAT = declare(
    "actors.names.title_seat",
    "'Kremlin spokesman Dmitry Peskov': a seat of government in a person's title names its "
    "country, as in 'the Kremlin spokesman' (title_words leaves it no mention)",
)
BACKER_STATE = declare(
    "actors.names.backer_state",
    "'Russian-backed separatists': a demonym hyphened to a participle of support names the "
    "state that backs them, not its people",
)
FORCE_ACT_STATE = declare(
    "actors.names.force_act_state",
    "'the Turkish offensive', 'a Russian invasion': a demonym on a noun the event lexicon "
    "codes as force (CAMEO 18-20) names the state that acts, not its people",
)
TITLE_OF = declare(
    "actors.names.title_of_phrase",
    "'State' in 'Secretary of State Hillary Clinton': the object of 'of' that completes an "
    "agents-lexicon title written before a person's name is part of the title, no actor",
)
TITLE_OF_ANYWHERE = declare(
    "actors.names.title_of_anywhere",
    "'State' in 'Hillary Clinton, the Secretary of State,', 'As Secretary of State, X', "
    "'the head of State': the object of 'of' that completes an agents-lexicon title of one "
    "office (a singular noun: not 'members of Congress') is part of the title wherever the "
    "title stands (title_of_phrase reads it only before a name)",
)
UNTAGGED_DOER = declare(
    "actors.names.untagged_doer",
    "a proper-noun run NER missed that is the subject (or 'by' agent) of a verb and names "
    "no place becomes a new actor ('Vetevendosje protested ...')",
)
PLACE_USE = declare(
    "actors.names.place_use",
    "'talks in Moscow': a capital after a locative preposition is kept as its country "
    "at the low place_use confidence",
)

SURNAME_PERSON = declare(
    "actors.names.surname_person",
    "a one-word name nobody here or in the KB reads that is a KB person's surname "
    "('Sanders said') is a new person, never a new organisation",
)
NATIONAL_BRANCH = declare(
    "actors.names.national_branch",
    "'the Palestinian Red Crescent': a transnational NGO named with a country word its own "
    "names lack is that country's society, an NGO of that country",
)
PLACE_ADJECTIVE = declare(
    "actors.names.place_adjective",
    "'the Syrian city of Homs': a demonym on a place noun (lexicon/place_nouns.txt) completed "
    "by 'of <Name>' describes the named place, no people; a name nothing else knows is a "
    "place of the demonym's country",
)
TITLE_COUNTRY = declare(
    "actors.names.title_country",
    "'French' in 'French President Emmanuel Macron': the demonym of a person's title is a "
    "mention of its country, so the person's country is an actor of the document (the side "
    "relations carried through leaders need)",
)
ROLE_COUNTRY = declare(
    "actors.names.role_country",
    "'Turkish' in 'the Turkish president said': the demonym on a singular role noun of one "
    "person is a mention of its country, as 'US' in 'the US president' is",
)
TITLE_COUNTRY_RELIABILITY = declare(
    "actors.names.title_country_reliability",
    "a country first met as a title's demonym ('the Ethiopian prime minister') is an actor "
    "of the confidence such countries earn on the tune gold ([actors.confidence] "
    "title_country_actor), not the mention's rank below the titled name (title_country)",
)
PLACE_NOUNS = word_list("lexicon/place_nouns.txt")


@dataclass
class Name:
    """One name span being resolved, with its KB reading computed once."""

    span: Span
    text: str
    label: str
    kb: Resolution | None


TITLE_NAMESAKE = declare(
    "actors.names.title_namesake",
    "'Secretary Clinton', 'Senator Clinton': an office word before a lone surname several KB "
    "people carry picks the one whose recorded roles hold that word (Hillary, not Bill)",
)
WORD_PREFIX = declare(
    "actors.names.word_prefix",
    "'un' in 'un-endorsed', 'non' in 'non-aligned': a lower-case span the tokenizer split off "
    "a hyphenated word (hyphen, then a letter, no space) is a prefix, not a name",
)


def word_prefix(ent: Span) -> bool:
    """A lower-case one-token span followed at once by a hyphen and a letter."""
    if len(ent) != 1 or not ent.text.isalpha() or not ent.text.islower():
        return False
    doc = ent.doc
    end = ent.end
    if end + 1 >= len(doc) or doc[end].text != "-" or ent[-1].whitespace_:
        return False
    return not doc[end].whitespace_ and doc[end + 1].text[:1].isalpha()


def resolve_name(resolver: DocumentResolver, ent: Span) -> None:
    """Resolve one name span and add it as a mention (or leave it)."""
    if ent.start in resolver.taken:
        return
    if resolver.switches.enabled(CREDIT_LINE) and in_credit_line(resolver.document.text, ent):
        return
    if resolver.switches.enabled(DEMONYM_TAGGED_PLACE):
        ent = as_demonym(resolver, ent) or ent  # "Kyrgyz" in "Kyrgyz border posts" (GPE)
    if resolver.switches.enabled(HYPHEN_PAIR) and hyphen_pair(resolver, ent):
        return  # "Ramaphosa-Trump Meeting Ends": two known names, one mention each
    if resolver.switches.enabled(MONTH_BEFORE_NAME):
        rest = name_after_month(resolver, ent)
        if rest is not None:  # "In August Trump met": a date, then the name
            resolve_name(resolver, rest)
            return
    if resolver.switches.enabled(ABBREVIATED_TITLE_ALONE) and abbreviated_title_alone(ent):
        return  # "Atty" in "Atty. Gen. Loretta Lynch": her title, no actor
    if resolver.switches.enabled(NAME_LIST) and name_list(resolver, ent, resolve_name, _a_person):
        return  # "focus on Rubio and Cruz": two names, each read on its own
    if resolver.switches.enabled(WORD_PREFIX) and word_prefix(ent):
        return  # "un" in "un-endorsed": a prefix the tokenizer split off, no UN
    if resolver.switches.enabled(LONGER_PLACE) and inside_longer_place(resolver, ent):
        return  # "Jersey" in "New Jersey", "China" in "the South China Sea"
    if resolver.switches.enabled(LONGER_NAME) and country_in_longer_name(resolver, ent):
        return  # "USA" in "USA TODAY": a newspaper, not the country
    if resolver.switches.enabled(REGION_BODY) and region_body(resolver, ent):
        return  # "the Virginia General Assembly" is no UN body
    if resolver.switches.enabled(PLACED_BY_TEXT):
        placed = placed_by_text(resolver, ent)
        if placed is not None:  # "the north Lebanese port of Tripoli"
            resolver.add(ent.start_char, ent.end_char, ent.text, placed, ent)
            return
    linker = resolver.linker
    modifier = ent.root.dep_ in ("amod", "compound", "nmod") and agent_head(resolver, ent.root.head)
    if not modifier and demonym_as_person(resolver, ent):
        # "The Nigerien junta leader X": NER read the demonym as a person of its own
        title_country(resolver, ent)
        return
    if not modifier and resolver.switches.enabled(TITLE_WORDS) and title_word(resolver, ent):
        # "British" in "British Foreign Secretary Jack Straw": the person's description;
        # the country it names stays the person's side (``TITLE_COUNTRY``)
        title_country(resolver, ent)
        return
    if resolver.switches.enabled(FORMER_TITLE_BODY) and former_title_body(ent):
        return  # "U.N." in "Former U.N. Ambassador John Bolton": his past affiliation
    if resolver.switches.enabled(TITLE_OF) and title_of_phrase(
        resolver, ent, anywhere=resolver.switches.enabled(TITLE_OF_ANYWHERE)
    ):
        return  # "State" in "Secretary of State Hillary Clinton"
    if ent.label_ == "NORP" and (modifier or coordinated_modifier(resolver, ent.root)):
        if modifier and role_demonym(resolver, ent):
            title_country(resolver, ent, ROLE_COUNTRY)  # "Turkish" in "the Turkish president"
        return  # "Russian" in "Russian troops": the noun phrase pass reads it
    if ent.label_ == "NORP" and resolver.switches.enabled(PLACE_ADJECTIVE):
        named = described_place(ent)
        if named is not None:  # "the north Lebanese port of Tripoli": no people
            place_of_demonym(resolver, ent, named)
            return
    if ent.label_ == "NORP" and backer_state(resolver, ent):
        return  # "Russian" in "Russian-backed separatists": the state
    if ent.label_ == "NORP" and force_act_state(resolver, ent):
        return  # "Turkish" in "the Turkish offensive": the state
    span = trim(ent)
    if span is None:
        return
    text = span.text
    if modifier:
        # "Turkish" in "the Turkish president" is no actor of its own; "US" in "US
        # government" or "Kremlin" in "the Kremlin spokesman" still name their country
        seat = linker.seats.get(fold(text))
        kb = linker.by_name(text, resolver.date)
        if kb is None and seat is not None:
            kb = linker.country(seat, resolver.date, how="alias")
        if kb is not None and kb.type in ("country", "organization"):
            kb = as_us_state(resolver, span, kb)  # "Georgia voters" in US news
            resolver.add(span.start_char, span.end_char, text, kb, span)
        return
    if span.label_ == "ORG" and resolver.switches.enabled(ABBREVIATED_TITLE_ALONE):
        span = titled_person(span)  # "Amb. Samantha Power" tagged as an organisation
    found = untagged(resolver, span) if span.label_ == UNTAGGED else link_name(resolver, span)
    if found is None:
        return
    if (
        found.type == "organization"
        and found.country
        and resolver.switches.enabled(OWNED_ELSEWHERE)
    ):
        found = owned_elsewhere(resolver, span, found)
    if found.type == "organization" and resolver.switches.enabled(NATIONAL_BRANCH):
        found = national_branch(resolver, span, found)
    if found.type == "person":
        found = as_described(resolver, span, found)
    if is_igo_city_place(resolver, span, found.type, found.sector):
        return  # "diplomats in Brussels": the city as a place, not the EU
    if named_thing(resolver, span, found):
        return  # "the Amazon fund" is not the company
    if thing_name(resolver, span, found):
        return  # "the Affordable Care Act": a law, no actor
    if thing_compound(resolver, span, found):
        return  # "the Cadillac tax": the name only says which tax
    if thing_named(resolver, span, found):
        return  # "the play The Vagina Monologues", "humanoid robot Asimo": a made thing
    if belief_name(resolver, span, found):
        return  # "radical Islam", "God bless America": a faith, no actor
    if headline_common_words(resolver, span, found):
        return  # "Buy Mines, Sell Coal.": the headline capitalised "coal"
    if structure_name(resolver, span, found):
        # "Trump Tower": a building, a place actor (a visit's target), no person
        found.type = "location"
        found.id = new_id(found.name, "location")
    found = as_us_state(resolver, span, found)  # "Georgia" among other US states
    found = place_noun_name(resolver, span, found)  # "the Tigray district"
    if (
        found.type == "country"
        and resolver.switches.enabled(PLACE_USE)
        and is_place_use(span)
        and fold(text) in linker.seats
    ):
        # "talks in Moscow": the city as a place more than as the government; kept
        # (event coders count the place's country as a target) at low confidence
        found.confidence = min(found.confidence, _CONFIDENCE["place_use"])
    start = span.start_char
    if found.type == "organization" and found.country:
        # "[Russian] foreign ministry spokeswoman": the body's mention names its state
        owned = phrase_owner_start(resolver, span, found.country)
        start = start if owned is None else owned
    resolver.add(start, span.end_char, resolver.document.text[start : span.end_char], found, span)


def titled_person(span: Span) -> Span:
    """``span`` as a person's name when an abbreviated title stands before it and its
    first word is a given name ("Amb. Samantha Power"); else ``span`` as it is."""
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not after_abbreviated_title(span):
        return span
    if fold(words[0]) not in first_name_genders():
        return span
    return Span(span.doc, span.start, span.end, label="PERSON")


def _a_person(resolver: DocumentResolver, span: Span) -> bool:
    """A person of this document by that name, or one the KB knows by it (a surname)."""
    if known_person(resolver, span.text, span) is not None:
        return True
    found = resolver.linker.by_name(span.text, resolver.date, allow_surname=True)
    return found is not None and found.type == "person"


def national_branch(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution:
    """ "the Palestinian Red Crescent": a transnational NGO of no country named with a
    country word that its own KB names lack is that country's society or section, an NGO
    of that country (CAMEO codes the movement NGO; a national society is the country's)."""
    if found.country is not None or "NGO" not in (found.sector, found.cameo):
        return found
    linker = resolver.linker
    if found.kb is not None and fold(span.text) in {fold(n) for n in found.kb.names()}:
        return found  # the country word is part of the body's own name
    words = span.text.split()
    country, _ = linker.places.where(words[:1], countries_only=True)
    if country is None:
        return found
    return Resolution(
        id=new_id(span.text, "organization"),
        name=span.text,
        type="organization",
        country=country,
        sector="NGO",
        how="new",
        confidence=_CONFIDENCE["new_actor"],
    )


def described_place(ent: Span) -> Span | None:
    """The place name a demonym describes through a place noun completed by "of <Name>"
    ("the Syrian city of Homs", "the autonomous Azerbaijani republic of Nakhichevan"), or
    None."""
    root = ent.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head.pos_ != "NOUN":
        return None
    noun = root.head
    if noun.lemma_.lower() not in PLACE_NOUNS and noun.lower_ not in PLACE_NOUNS:
        return None
    for prep in noun.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.text[:1].isupper():
                    words = [t for t in obj.subtree if t.i <= obj.i and t.text[:1].isupper()]
                    return ent.doc[words[0].i : obj.i + 1] if words else None
    return None


def place_of_demonym(resolver: DocumentResolver, ent: Span, named: Span) -> None:
    """The named place takes the demonym's country when nothing else knows the name (the
    KB, a seat: their reading stands, and ``placed_by_text`` may place it)."""
    linker = resolver.linker
    country, _ = linker.places.where([ent.text], countries_only=True)
    if country is None or linker.by_name(named.text, resolver.date) is not None:
        return
    if linker.link(with_titles(named), resolver.date) is not None:
        return  # "the separatist republics of Donetsk": the quasi-state the phrase names
    if fold(named.text) in linker.seats or named.start in resolver.taken:
        return
    found = linker.bare_place(named.text, country)
    resolver.add(named.start_char, named.end_char, named.text, found, named)


def title_word(resolver: DocumentResolver, ent: Span) -> bool:
    """A demonym ("British") or a one-word name nobody knows that NER cut out of a title
    ("Information" in "Information Minister"), inside the title before a person's name.
    A party ("Republican"), a known name ("Trump spokesman") or a body ("Senate", "Green
    Party") stays an actor of its own."""
    if ent.label_ not in ("NORP", "ORG") or not in_person_title(ent):
        return False
    linker = resolver.linker
    text = ent.text
    if ent.label_ == "NORP":
        return fold(text) in linker.demonyms and linker.by_name(text, resolver.date) is None
    if len(ent) != 1 or ent.ent_id_ or ent.root.ent_id_:
        return False
    if resolver.switches.enabled(TITLE_SEAT) and fold(text) in linker.seats:
        return False  # "Kremlin" in "Kremlin spokesman Dmitry Peskov": the state's seat
    return linker.by_name(text, resolver.date) is None and linker.find_agent([text]) is None


_FORCE_CODES = ("18", "19", "20")


@lru_cache(maxsize=1)
def force_nouns() -> frozenset[str]:
    """One-word nouns the event trigger lexicon codes as an act of force (CAMEO 18-20)."""
    return frozenset(
        row["lemma"].lower()
        for row in read_table("events/triggers.tsv", required=("lemma", "pos", "role", "cameo"))
        if row["pos"] == "N"
        and row["role"] == "event"
        and " " not in row["lemma"]
        and row["cameo"].startswith(_FORCE_CODES)
    )


def force_act_state(resolver: DocumentResolver, ent: Span) -> bool:
    """A one-country demonym modifying a noun of force ("the Turkish offensive") is added
    as a mention of the country (rule ``FORCE_ACT_STATE``). False (nothing added)
    otherwise."""
    if not resolver.switches.enabled(FORCE_ACT_STATE):
        return False
    root = ent.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head.i < root.i:
        return False
    if root.head.pos_ != "NOUN" or root.head.lemma_.lower() not in force_nouns():
        return False
    return _demonym_country(resolver, ent)


def _demonym_country(resolver: DocumentResolver, ent: Span) -> bool:
    """Add a one-word, one-country demonym as a mention of its country (True if added)."""
    linker = resolver.linker
    if len(ent) != 1 or fold(ent.text) not in linker.demonyms:
        return False
    country, _ = linker.places.where([ent.text], countries_only=True)
    found = linker.country(country, resolver.date, how="name") if country else None
    if found is None:
        return False
    resolver.add(ent.start_char, ent.end_char, ent.text, found, ent)
    return True


def backer_state(resolver: DocumentResolver, ent: Span) -> bool:
    """A one-country demonym hyphened to a participle of support ("Russian-backed") is
    added as a mention of the country: the state backs, not its people (rule
    ``BACKER_STATE``). False (nothing added) otherwise."""
    if not resolver.switches.enabled(BACKER_STATE):
        return False
    if len(ent) != 1 or ent.start_char not in supporter_starts(resolver.doc):
        return False
    return _demonym_country(resolver, ent)


def demonym_as_person(resolver: DocumentResolver, ent: Span) -> bool:
    """One word NER tagged a person that is a demonym inside a person's title ("Nigerien"
    in "The Nigerien junta leader X"; rule ``TITLE_COUNTRY``)."""
    if ent.label_ != "PERSON" or len(ent) != 1 or not resolver.switches.enabled(TITLE_COUNTRY):
        return False
    linker = resolver.linker
    if fold(ent.text) not in linker.demonyms or linker.by_name(ent.text, resolver.date):
        return False
    return in_person_title(ent)


def role_demonym(resolver: DocumentResolver, ent: Span) -> bool:
    """A demonym on a singular role noun of one person ("the Turkish president", "the
    Greek prime minister"; rule ``ROLE_COUNTRY``)."""
    if ent.label_ != "NORP" or not resolver.switches.enabled(ROLE_COUNTRY):
        return False
    head = ent.root.head
    entry = agent_entry(resolver, head)
    return entry is not None and entry.kind == "person" and head.tag_ in ("NN", "NNP")


def title_country(resolver: DocumentResolver, ent: Span, rule_name: str = TITLE_COUNTRY) -> None:
    """The country a title's demonym names, added as a mention of it (rule
    ``TITLE_COUNTRY`` or ``ROLE_COUNTRY``); a demonym several countries share
    ("Congolese") adds nothing."""
    if ent.label_ not in ("NORP", "PERSON") or not resolver.switches.enabled(rule_name):
        return
    linker = resolver.linker
    country, _ = linker.places.where(ent.text.split(), countries_only=True)
    if country is None:
        return
    found = linker.country(country, resolver.date, how="name")
    if found is not None:
        first = found.id not in resolver.actors
        found.confidence = _CONFIDENCE["title_country"]
        resolver.add(ent.start_char, ent.end_char, ent.text, found, ent)
        if first and resolver.switches.enabled(TITLE_COUNTRY_RELIABILITY):
            # the mention's 0.4 only ranks it below the name it titles; the country it
            # names is that reliable ([actors.confidence] title_country_actor, measured)
            resolver.actors[found.id].confidence = _CONFIDENCE["title_country_actor"]


def title_of_phrase(resolver: DocumentResolver, ent: Span, *, anywhere: bool = False) -> bool:
    """The name is the object of "of" after a title noun, the three words an
    agents-lexicon title ("secretary of state", "minister of defence"), and that title is
    written before a person's name (or, ``anywhere``, stands anywhere: "X, the Secretary
    of State", "As Secretary of State", "the head of State"): a word of the title."""
    root = ent.root
    if ent.label_ != "ORG" or len(ent) > 2 or root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    title = root.head.head
    if title.i >= root.head.i:
        return False
    if not anywhere and not in_person_title(title.doc[title.i : title.i + 1]):
        return False
    if title.tag_ in ("NNS", "NNPS") and not in_person_title(title.doc[title.i : title.i + 1]):
        return False  # "members of Congress": a body many belong to, no one office
    words = [t.text for t in title.doc[title.i : ent.end]]
    found = resolver.linker.find_agent(words)
    return found is not None and (found[1], found[2]) == (0, len(words))


def title_namesake(resolver: DocumentResolver, span: Span, found: Resolution) -> Resolution | None:
    """The one KB namesake of a lone surname whose recorded roles hold the office word
    written right before it ("Secretary Clinton": Hillary, "President Clinton": Bill), when
    that is not ``found``, another of them; else None (rule ``TITLE_NAMESAKE``)."""
    if len(span) != 1 or span.start == 0:
        return None
    title = span.doc[span.start - 1]
    word = fold(title.text.rstrip("."))
    if not title.text[:1].isupper() or not word.isalpha():
        return None
    linker = resolver.linker
    agent = linker.find_agent([word])
    if agent is None or agent[0].kind != "person":
        return None
    people = [linker.kb.actors[i] for i in linker.kb.surnames.get(fold(span.text), [])]
    holders = [a for a in people if any(word in fold(r.title).split() for r in a.roles)]
    if found.id not in {a.id for a in people} or len(holders) != 1 or holders[0].id == found.id:
        return None
    if any(m.actor_id == found.id and len(m.text.split()) > 1 for m in resolver.mentions):
        return None  # named in full here: "President Clinton" may be her, in a hypothesis
    return linker.from_kb(holders[0], resolver.date, how="short")


def link_name(resolver: DocumentResolver, span: Span) -> Resolution | None:
    """Who a (trimmed) name span names: the first answer of the ``actors.names`` rules."""
    linker = resolver.linker
    text = span.text
    kb_id = span.ent_id_ or (span.root.ent_id_ if span.root.ent_id_ else "")
    if (
        kb_id
        and span.label_ == "PERSON"
        and len(span) > 1
        and resolver.switches.enabled(GIVEN_NAME_PLACE)
        and kb_id in linker.kb.actors
        and linker.kb.actors[kb_id].type in ("country", "location")
    ):
        kb_id = ""  # "Chuck Jordan": the place word's KB id is not the person's
    found: Resolution | None = None
    if kb_id and kb_id in linker.kb.actors:
        found = linker.from_kb(linker.kb.actors[kb_id], resolver.date, how="name")
        if text != found.name:
            found.how = "alias"
    if found is None:
        found = linker.by_name(text, resolver.date)
    other = _other_gender(resolver, span)
    if found is not None and other is not None and found.gender == other:
        # "Mr. Clinton ... Mrs. Clinton": the namesake of the honorific's gender, or nobody
        wanted = {"m": "f", "f": "m"}[other]
        found = linker.by_name(text, resolver.date, allow_surname=True, gender=wanted)
        found = None if found is None or found.gender == other else found
    name = Name(span, text, span.label_ if span.label_ else span.root.ent_type_, found)
    for item in resolver.name_rules:
        answer = item.func(resolver, name)  # type: ignore[misc]
        if answer is not None:
            if answer.type == "person" and resolver.switches.enabled(TITLE_NAMESAKE):
                answer = title_namesake(resolver, span, answer) or answer  # "Secretary Clinton"
            return answer  # type: ignore[no-any-return]
    return None


@rule(
    "actors.names.speaking_place",
    order=10,
    doc="'Jordan said' after 'Jim Jordan': a place "
    "or unknown name that speaks is a person of this document spelt like it",
)
def speaking_place(resolver: DocumentResolver, name: Name) -> Resolution | None:
    place = name.kb is not None and name.kb.type in ("country", "location")
    if (name.kb is None or place) and is_speech_subject(name.span):
        # the surname or a spelling seen here first, then a near spelling
        return known_person(resolver, name.text, name.span) or similar_person(
            resolver, name.text, loose=True, span=name.span
        )
    return None


@rule(
    "actors.names.namesake_here",
    order=20,
    doc="a KB person not yet in this document "
    "yields to a person already here who goes by the same name",
)
def namesake_here(resolver: DocumentResolver, name: Name) -> Resolution | None:
    found = name.kb
    if found is not None and found.type == "person" and found.id not in resolver.actors:
        known = known_person(resolver, name.text, name.span)
        if known is not None and known.id != found.id:
            return known
    return None


@rule(
    "actors.names.place_in_context",
    order=25,
    doc="'fighting in Goma': a one-word name the KB knows only as a person that is a "
    "GeoNames place is the place when the parse says so (after 'in/at/from', or NER calls "
    "it a place) and nothing makes it a person (a title before it, a verb of saying)",
)
def place_in_context(resolver: DocumentResolver, name: Name) -> Resolution | None:
    found = name.kb
    span = name.span
    if found is None or found.type != "person" or len(span) != 1 or found.id in resolver.actors:
        return None  # a person already in this document stays that person
    if found.kb is not None and found.kb.curated:
        return None  # "confidence in Obama": a hand-written person is never a town's name
    if not (is_place_use(span) or name.label in ("GPE", "LOC", "FAC")):
        return None
    if is_speech_subject(span) or with_titles(span) != span.text:
        return None  # "Goma said", "Prime Minister Goma"
    if name.label == "PERSON":
        # NER read a person: only a big city after a locative preposition overrides it
        return resolver.linker.big_city(name.text) if is_place_use(span) else None
    gazetteer = resolver.linker.places.gazetteer
    place = gazetteer.get(name.text) if gazetteer is not None else None
    if place is None or place.kind == "continent":
        return None
    return resolver.linker.bare_place(name.text, place.country)


@rule(
    "actors.names.kb",
    order=30,
    doc="the KB's reading of the name (entity-ruler id, else the alias index)",
)
def kb_reading(resolver: DocumentResolver, name: Name) -> Resolution | None:
    return name.kb


@rule(
    "actors.names.in_document",
    order=40,
    doc="a person of this document by surname, a "
    "spelling seen here, or a near spelling ('Orbon' after 'Orbán')",
)
def in_document(resolver: DocumentResolver, name: Name) -> Resolution | None:
    if name.label in ("PERSON", "ORG", "") or name.span.root.pos_ == "PROPN":
        return known_person(resolver, name.text, name.span) or similar_person(
            resolver, name.text, loose=False, span=name.span
        )
    return None


@rule(
    "actors.names.given_name_here",
    order=45,
    doc="'Bernie said' after 'Bernie Sanders': a one-word person name that is the given "
    "name of exactly one person named in full before it here is that person (not a known "
    "family-name-first family name: 'Lee' of 'Lee Jae-myung')",
)
def given_name_here(resolver: DocumentResolver, name: Name) -> Resolution | None:
    if name.label != "PERSON" or len(name.span) != 1 or not name.text[:1].isupper():
        return None
    key = fold(name.text)
    if key in FAMILY_NAMES:
        return None  # "Lee" of "Lee Jae-myung" is a family name: actors.names.family_name_first
    other = _other_gender(resolver, name.span)
    owners = {
        actor_id
        for actor_id in resolver.recent_people()
        if (other is None or resolver.gender.get(actor_id) != other)
        and any(
            len(s.split()) >= 2 and s.split()[0] == key for s in resolver.surface.get(actor_id, ())
        )
    }
    if len(owners) != 1:
        return None  # nobody, or two people with that given name
    return resolver.again_as(owners.pop(), "short", _CONFIDENCE["short_name"])


@rule(
    "actors.names.seat",
    order=50,
    doc="a seat of government ('the Kremlin', 'Moscow') names its country",
)
def seat(resolver: DocumentResolver, name: Name) -> Resolution | None:
    iso3 = resolver.linker.seats.get(fold(name.text))
    return resolver.linker.country(iso3, resolver.date, how="alias") if iso3 else None


@rule(
    "actors.names.titled",
    order=60,
    doc="the name with the title words before it ('US "
    "Senator' Marco Rubio) linked as a whole to a KB actor",
)
def titled(resolver: DocumentResolver, name: Name) -> Resolution | None:
    # the linker's answer depends only on the mention and the date: asked once per
    # mention text in a document (the whole link chain runs for every name the KB did
    # not read), each caller given its own copy, as callers change what they get
    memo = _TITLED_LINKS.get(resolver)
    if memo is None:
        memo = _TITLED_LINKS[resolver] = {}
    mention = with_titles(name.span)
    if mention in memo:
        kept = memo[mention]
        return replace(kept) if kept is not None else None
    # known_only: the link rules that can only make a new person (kept by no one here)
    # are not run
    found = resolver.linker.link(mention, resolver.date, known_only=True)
    if found is not None and found.kb is not None and found.how in ("name", "alias", "short"):
        memo[mention] = replace(found)
        return found
    memo[mention] = None
    return None


# resolver -> {mention with its titles: titled's answer}, one dictionary per document
_TITLED_LINKS: weakref.WeakKeyDictionary[DocumentResolver, dict[str, Resolution | None]] = (
    weakref.WeakKeyDictionary()
)


@rule(
    "actors.names.fuzzy",
    order=70,
    doc="a KB name spelt nearly the same ('Tokajew'); a "
    "person only for a PERSON entity, a country only for a GPE one",
)
def fuzzy(resolver: DocumentResolver, name: Name) -> Resolution | None:
    found = resolver.linker.fuzzy(name.text, resolver.date)
    if found is None or (found.type == "person" and name.label != "PERSON"):
        return None
    if found.type == "country" and fuzzy_country_refused(resolver, name.span, name.label):
        return None  # "Spanish airline Iberia": not a misspelt Liberia
    if found.gender is not None and found.gender == _other_gender(resolver, name.span):
        return None  # "Mrs. Obama" is not Barack Obama spelt otherwise
    return found if name.label != "GPE" or found.type == "country" else None


def is_known_surname(resolver: DocumentResolver, text: str) -> bool:
    """A one-word name that is some KB person's surname."""
    return " " not in text and bool(resolver.linker.kb.surnames.get(fold(text)))


@rule(
    "actors.names.place_spelling",
    order=75,
    doc="'shelled Khan Younis' (NER: a person): a name of two words or more that no KB "
    "knows, no person of this document bears and nothing marks as a person (a title, a "
    "verb of saying, an active subject) is a GeoNames city or another spelling of one "
    "(kind variant) when the gazetteer has it: a place, not a new person",
)
def place_spelling(resolver: DocumentResolver, name: Name) -> Resolution | None:
    span = name.span
    if name.kb is not None or len(span) < 2 or name.label not in ("PERSON", "ORG", ""):
        return None
    if span.root.dep_ == "nsubj" or is_speech_subject(span) or with_titles(span) != span.text:
        return None  # "Lazaro Cardenas nationalised the oil", "President X": a person
    gazetteer = resolver.linker.places.gazetteer
    place = gazetteer.spelling(name.text) if gazetteer is not None else None
    if place is None or place.kind in ("continent", "state"):
        return None
    if known_person(resolver, name.text, span) is not None:
        return None  # a person of this document goes by the name
    if place.kind == "variant" and _personal_name(resolver, name.text):
        return None  # "Robert Williams" is an old name of an Angolan town, and a person's
    return resolver.linker.bare_place(name.text, place.country)


_GIVEN_NAMES: dict[int, Counter[str]] = {}


def given_name_count(resolver: DocumentResolver, word: str) -> int:
    """How many KB people's names begin with ``word`` (folded)."""
    kb = resolver.linker.kb
    given = _GIVEN_NAMES.get(id(kb))
    if given is None:
        given = Counter(
            fold(a.name.split()[0])
            for a in kb.actors.values()
            if a.type == "person" and " " in a.name
        )
        _GIVEN_NAMES.clear()
        _GIVEN_NAMES[id(kb)] = given
    return given[fold(word)]


def _personal_name(resolver: DocumentResolver, text: str) -> bool:
    """The name's first word begins the names of ``[actors.places] variant_given_name_min``
    KB people or more and its last word is some KB person's surname."""
    kb = resolver.linker.kb
    words = text.split()
    enough = int(constants("actors")["places"]["variant_given_name_min"])
    return given_name_count(resolver, words[0]) >= enough and bool(kb.surnames.get(fold(words[-1])))


@rule(
    "actors.names.new",
    order=80,
    doc="a name nobody knows: a new actor with a stable id and what its title or owner says",
)
def new(resolver: DocumentResolver, name: Name) -> Resolution | None:
    label = name.label
    if (
        label in ("ORG", "")
        and resolver.switches.enabled(SURNAME_PERSON)
        and len(name.span) == 1
        and is_known_surname(resolver, name.text)
    ):
        label = "PERSON"  # "Sanders said": a surname names a person, not a body
    if (
        label == "ORG"
        and resolver.switches.enabled(ORG_TAGGED_PERSON)
        and org_tagged_person(name.span)
        and not (resolver.switches.enabled(ORG_TAGGED_TEAM) and org_tagged_team(name.span))
    ):
        label = "PERSON"  # "Carly Fiorina ... she said" (NER: ORG): a person
    return new_actor(resolver, name.span, label)


def untagged(resolver: DocumentResolver, span: Span) -> Resolution | None:
    """A proper-noun run NER left out: only a KB name or a person already here."""
    text = span.text
    found = resolver.linker.by_name(text, resolver.date)
    if found is not None and found.type in ("person", "organization", "group", "country"):
        known = known_person(resolver, text)
        return known if known is not None and found.id not in resolver.actors else found
    return (
        known_person(resolver, text)
        or similar_person(resolver, text, loose=False)
        or untagged_doer(resolver, span)
    )


def untagged_doer(resolver: DocumentResolver, span: Span) -> Resolution | None:
    """A proper-noun run NER left out that is the subject of a verb, or its "by" agent
    ("Vetevendosje protested ..."), and names no place: a new actor (a person if it looks
    like a full personal name, else a body) - rule ``actors.names.untagged_doer``. Its
    country, if its own words name none, comes from its sentence (``sentence_country``)."""
    if not resolver.switches.enabled(UNTAGGED_DOER):
        return None
    root = span.root
    doer = root.dep_ in ("nsubj", "nsubjpass") or (
        root.dep_ == "pobj" and root.head.dep_ == "agent"
    )
    if not doer or root.head.pos_ not in ("VERB", "AUX", "ADP") or len(span.text) < 3:
        return None
    words = span.text.split()
    linker = resolver.linker
    gazetteer = linker.places.gazetteer
    if linker.places.place(span.text) is not None or (
        gazetteer is not None and gazetteer.get(span.text) is not None
    ):
        return None  # "Goma said" is the parse's business; an unknown place is no actor
    label = "PERSON" if looks_like_full_name(words) and len(words) > 1 else "ORG"
    if label == "ORG" and resolver.switches.enabled(SURNAME_PERSON):
        label = "PERSON" if is_known_surname(resolver, span.text) else label
    return new_actor(resolver, span, label)


def known_person(
    resolver: DocumentResolver, text: str, span: Span | None = None
) -> Resolution | None:
    """A person of this document whose surname (or a name seen here) is ``text``; after
    a gendered honorific ("Mrs. Clinton"), not one known to be of the other gender."""
    key = fold(text)
    other = _other_gender(resolver, span)
    found = [
        actor_id
        for actor_id in resolver.recent_people()
        if not (other is not None and resolver.gender.get(actor_id) == other)
        and (key in resolver.surface.get(actor_id, ()) or key == resolver.folded_surname(actor_id))
    ]
    if len(found) > 1 and other is not None and resolver.switches.enabled(HONORIFIC_NAMESAKE):
        # "Khizr and Ghazala Khan" ... "Mr. Khan": the one whose gender agrees comes first
        found.sort(key=lambda actor_id: _gender_rank(resolver, actor_id, other))
    if found:
        return resolver.again_as(found[0], "short", _CONFIDENCE["short_name"])
    if " " in key and resolver.switches.enabled(TRAILING_NAME):
        # "López Aliaga" after "Rafael López Aliaga": the full name's last words
        words = key.split()
        for actor_id in resolver.recent_people():
            if other is not None and resolver.gender.get(actor_id) == other:
                continue
            if any(
                len(full.split()) > len(words) and full.split()[-len(words) :] == words
                for full in resolver.surface.get(actor_id, ())
            ):
                return resolver.again_as(actor_id, "short", _CONFIDENCE["short_name"])
    return None


HONORIFIC_NAMESAKE = declare(
    "actors.names.honorific_namesake",
    "'Khizr and Ghazala Khan' ... 'Mr. Khan': where several people of this document share "
    "the surname after a gendered honorific, the one of the honorific's gender is taken "
    "first - the gender the text gave them, else their first name's (first_name_gender.tsv), "
    "else that of the table's first names of the same ending - then the most recent "
    "(session 40 NM)",
)


def _gender_rank(resolver: DocumentResolver, actor_id: str, other: str) -> int:
    """0: the text gave the person the honorific's gender; 1: their first name (or its
    ending) has it; 2: nothing says; 3: their first name says the other gender."""
    if resolver.gender.get(actor_id) is not None:
        return 0  # the other gender was left out before
    words = resolver.actors[actor_id].name.split()
    guess = ending_gender(words[0]) if len(words) > 1 and words[0][:1].isupper() else None
    if guess is None:
        return 2
    return 3 if guess == other else 1


TRAILING_NAME = declare(
    "actors.names.trailing_name",
    "'López Aliaga' after 'Rafael López Aliaga': a name of two words or more that is the "
    "last words of a fuller name a person of this document was named by is that person "
    "(a surname of two words)",
)


def _other_gender(resolver: DocumentResolver, span: Span | None) -> str | None:
    """The gender a honorific right before ``span`` rules out (rule
    ``actors.link.honorific_gender``), or None."""
    if span is None or span.start == 0 or not resolver.switches.enabled(HONORIFIC_GENDER_RULE):
        return None
    before = span.doc[span.start - 1].lower_.rstrip(".")
    gender = HONORIFIC_GENDER.get(before)
    return {"m": "f", "f": "m"}.get(gender) if gender else None


OTHER_GIVEN_NAME = declare(
    "actors.names.other_given_name",
    "'Rachel Berg' after 'Alan Berger', 'Jesus Christ' after 'Chris Christie': a full name "
    "whose surname is only spelt like a person's of this document and whose given name is "
    "another (not an initial, neither a prefix of the other) is another person, not a near "
    "spelling of that person (session 39 LK)",
)


def _other_given_name(mine: str, theirs: str) -> bool:
    """Two folded full names whose given names differ while their surnames, only alike,
    differ too ("rachel berg" / "alan berger"; not "joe biden" / "joseph biden")."""
    a, b = mine.split(), theirs.split()
    if len(a) < 2 or len(b) < 2 or a[-1] == b[-1]:
        return False
    first, other = a[0].strip("."), b[0].strip(".")
    if len(first) < 2 or len(other) < 2 or not first.isalpha() or not other.isalpha():
        return False
    return not (first.startswith(other) or other.startswith(first))


def similar_person(
    resolver: DocumentResolver, text: str, *, loose: bool, span: Span | None = None
) -> Resolution | None:
    """A person of this document spelt nearly like ``text`` ("Orbon", "Jordan"), not one
    of the other gender than a honorific before ``span`` says."""
    key = fold(text)
    if len(key) < 4:
        return None
    other = _other_gender(resolver, span)
    best: tuple[float, str] | None = None
    threshold = 0.85 if loose else 0.9
    last = key.split()[-1]
    given_apart = resolver.switches.enabled(OTHER_GIVEN_NAME)
    for actor_id in resolver.recent_people():
        if other is not None and resolver.gender.get(actor_id) == other:
            continue
        if given_apart and _other_given_name(key, fold(resolver.actors[actor_id].name)):
            continue  # "Rachel Berg" is not Alan Berger
        for spelling in resolver.surface.get(actor_id, ()):
            if not spelling:
                continue
            # whole name against whole name, last name against last name
            for mine, theirs in ((key, spelling), (last, spelling.split()[-1])):
                if mine[:2] != theirs[:2] or len(theirs) < 4 or abs(len(mine) - len(theirs)) > 2:
                    continue
                score = JaroWinkler.normalized_similarity(mine, theirs)
                if score >= threshold and (best is None or score > best[0]):
                    best = (score, actor_id)
    if best is None:
        return None
    return resolver.again_as(best[1], "fuzzy", round(_CONFIDENCE["fuzzy_scale"] * best[0], 3))
