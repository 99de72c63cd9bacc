"""Who an event's source, target and location are, read from the parse.

The actors stage decides who a stretch of text refers to; this module only
decides *which stretch* plays which role, then asks ``ActorLayer``. A phrase
may name several actors ("the US and Jordan", "Hungarian and Romanian
officials"): every conjunct counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.lexicon import agent_words, singular
from ..actors.speaking_groups import people_nouns
from ..datafiles import constants, word_list
from ..nlp.text import doc_text
from ..nlp.view import doc_view
from ..nlp.words import pronouns
from ..rules import declare
from .setting_places import event_noun, setting_place_on

TITLE_CONJUNCT_NAME = declare(
    "events.args.title_conjunct_name",
    "'President Obama and Vice President Joe Biden met': where the parser makes the second "
    "title ('President') the conjunct and hangs its name ('Joe Biden') as an apposition of "
    "the first name, with no comma between, the name is that conjunct's, not lost",
)
# set per document by the events stage from its switches (like sense_nouns.wordnet_on)
title_conjunct_on: ContextVar[bool] = ContextVar("title_conjunct_name", default=True)

RELATED_PERSON_HEAD = declare(
    "events.args.related_person_head",
    "'denouncing the GOP presidential nominee', 'Trump's running mate', 'a partner at his "
    "firm': a "
    "common noun of a kind of person (its first WordNet 3.0 sense is in noun.person, "
    "lexicon/people_nouns.txt) that neither the agents lexicon nor the staff and office "
    "titles of constants [alignment] list (no official, soldier, aide or chairman, who act "
    "for the body that modifies them) names someone tied to the person or party named by "
    "the name or possessor before it or its 'of' complement, not that actor: the phrase "
    "takes no party from them; its own apposition comes first ('South Korean conservative "
    "candidate Kim Moon-soo' is Kim); without one, a country, a body or an agent stays "
    "('UN inspectors', 'Ugandan opposition candidates')",
)
related_person_on: ContextVar[bool] = ContextVar("related_person_head", default=False)
CITY_MODIFIER_NO_PARTY = declare(
    "events.args.city_modifier_no_party",
    "'a 26-year-old Berlin man', 'the home of a Berlin woman': a city compounded before a "
    "common noun of a kind of person or place (first WordNet sense noun.person, "
    "noun.location) that names no actor is where the person is from or the place is, not a "
    "party (the actors stage may read a capital as its country's government, 'Berlin "
    "said'); other heads ('an Ankara proposal': the Turkish government's), a possessive, a "
    "country, region or state, and a phrase the actors stage reads as a body ('Berlin "
    "police') keep their actor",
    order=40.95,
)
city_modifier_on: ContextVar[bool] = ContextVar("city_modifier_no_party", default=False)
UNNAMED_STAFF_NO_PERSON = declare(
    "events.args.unnamed_staff_no_person",
    "'a Clinton aide criticized Trump', 'Trump's campaign manager attacked her': a staff or "
    "campaign title (constants [alignment] staff_titles, campaign_titles; not a "
    "spokesperson, who speaks for the one named) that names no one itself is another, "
    "unnamed person: the person its name or possessor names is no party to the act (a "
    "body or country stays: 'Kremlin aides', 'the RNC chairman'); its own apposition "
    "comes first ('Clinton aide Huma Abedin')",
    order=40.96,
)
unnamed_staff_on: ContextVar[bool] = ContextVar("unnamed_staff_no_person", default=False)
# events.args.compared_no_party (events/compared.py): a "than" object names no party
compared_on: ContextVar[bool] = ContextVar("compared_no_party", default=False)
CLAUSE_INSIDE_NO_PARTY = declare(
    "events.args.clause_inside_no_party",
    "'advised the militant group on how to develop its own missiles': a phrase that names no "
    "actor by its head, modifiers, 'of' complement or apposition is not read from a name "
    "inside a clause under a preposition of one of its nouns (a gerund or a 'how to' "
    "infinitive): that name is the clause's party, not the phrase's",
    order=40.98,
)
clause_inside_on: ContextVar[bool] = ContextVar("clause_inside_no_party", default=False)
ABSTRACT_HEAD_NO_PLACE = declare(
    "events.args.abstract_head_no_place",
    "'conducted air strikes in support of the Syrian government': a place phrase ('in', "
    "'at', ...) whose head is a common noun of an act, event, message, thought, state or "
    "feeling (first WordNet sense; 'support', 'name', 'wake', 'custody') is a place only "
    "where a word of it is tagged a place ('in the heart of Kabul'); an actor of its 'of' "
    "complement is no place, so no location and no target or source from it",
    order=59.5,
)
abstract_place_on: ContextVar[bool] = ContextVar("abstract_head_no_place", default=False)
ABSTRACT_HEAD_OPPOSED_PARTY = declare(
    "events.args.abstract_head_opposed_party",
    "with abstract_head_no_place: 'positions in defiance of the UN', 'a strike in protest of "
    "X', 'expelled diplomats in response to X's move': an 'in' phrase whose head is a noun "
    "of acting against someone (the cause nouns of data/events/cause_phrases.tsv less those "
    "of support and solidarity, backing_nouns.txt) or of answering (reply_nouns.txt) is no "
    "place, but the party its complement names ('of', 'against', 'at', 'with', 'to'; a "
    "reply noun's 'to'/'for', read as reply_phrase_target reads it) is still the phrase's "
    "party, as cause_phrase_target and reply_phrase_target read such a phrase on the "
    "predicate; 'in support of X' stays no party",
    order=59.6,
)
abstract_opposed_on: ContextVar[bool] = ContextVar("abstract_head_opposed_party", default=False)
# the WordNet lexicographer files of a noun that names no place by itself
ABSTRACT_FILES = frozenset(
    {
        "noun.act",
        "noun.event",
        "noun.communication",
        "noun.cognition",
        "noun.attribute",
        "noun.state",
        "noun.feeling",
        "noun.motive",
        "noun.phenomenon",
        "noun.process",
        "noun.time",
    }
)

# Children that start a phrase of their own: not part of the head's actor.
_DETACHED = {"conj", "cc", "relcl", "acl", "appos", "advcl", "punct", "ccomp", "xcomp", "parataxis"}
_PREMODIFIERS = {"amod", "compound", "poss", "nmod", "nummod", "det"}
TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "toward",
    "towards",
    "into",
    "at",
    "from",
    "for",
    "over",
)
LOCATION_PREPS = ("in", "at", "near", "inside", "outside")
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# one pronoun list for every stage (data/lexicon/pronouns.tsv)
PRONOUNS = pronouns()
FIRST_PERSON = pronouns(person=1)


def own_tokens(head: Token) -> list[Token]:
    """The head's phrase without conjuncts, clauses and appositions, in text order."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in _DETACHED]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "acl", "advcl"))
    return sorted(out, key=lambda t: t.i)


def char_span(tokens: Iterable[Token]) -> tuple[int, int]:
    items = list(tokens)
    start = min(t.idx for t in items)
    end = max(t.idx + len(t) for t in items)
    return start, end


def conjuncts(head: Token) -> list[Token]:
    """The head and every token coordinated with it ("the US and Jordan")."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
            named = title_conjunct_name(child) if title_conjunct_on.get() else None
            if named is not None:
                out.append(named)
    return out


def title_conjunct_name(conj: Token) -> Token | None:
    """The proper name the parser hung as an apposition of the first conjunct though it
    follows the conjunct ``conj`` directly, with no comma ("President Obama and Vice
    [President] [Joe Biden]"): ``conj`` is then only that name's title (its subtree ends
    at it and holds no name of its own). None for a true apposition ("X, a lawyer")."""
    if conj.pos_ not in ("PROPN", "NOUN") or conj.right_edge.i != conj.i:
        return None
    if conj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return None  # the conjunct names someone itself
    for appos in conj.head.children:
        if (
            appos.dep_ == "appos"
            and appos.i > conj.i
            and appos.left_edge.i == conj.i + 1
            and appos.pos_ == "PROPN"
            and appos.ent_type_ == "PERSON"
        ):
            return appos
    return None


def related_person(head: Token) -> bool:
    """See ``RELATED_PERSON_HEAD``: the token is a common noun of a kind of person that the
    agents lexicon does not list, alone or with the noun before it ("party chairman")."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    lemma = head.lemma_.lower()
    if lemma not in people_nouns():
        return False
    if lemma in _acting_titles() or singular(head.lower_) in _acting_titles():
        return False
    words = agent_words()
    keys = {lemma, singular(head.lower_), *(k for k in key_lemmas(head) if " " in k)}
    return not any(k in words or singular(k) in words for k in keys)


@lru_cache(maxsize=1)
def _acting_titles() -> frozenset[str]:
    """The last words of the staff, campaign and office titles (constants [alignment]):
    people who act for whoever the title names ("Clinton aides", "the RNC chairman")."""
    table = constants("alignment")
    keys = ("staff_titles", "campaign_titles", "official_titles")
    return frozenset(w.lower().split()[-1] for k in keys for w in table[k])


def _own_name_or_reading_without(
    switch: ContextVar[bool], head: Token, actors: ActorLayer, head_only: bool
) -> tuple[bool, list[str]]:
    """A person noun's own name in apposition, (True, its actors); else (False, the
    phrase's actors read with ``switch`` off) for the caller to filter."""
    for appos in (c for c in head.children if c.dep_ == "appos"):
        named = _actor_of_phrase(appos, actors, head_only)
        if named:
            return True, named
    reset = switch.set(False)
    try:
        return False, _actor_of_phrase(head, actors, head_only)
    finally:
        switch.reset(reset)


def _actor_of_phrase(head: Token, actors: ActorLayer, head_only: bool = False) -> list[str]:
    covering = actors.mention_at(head.idx, head.idx + len(head))
    if covering is None and related_person_on.get() and related_person(head):
        # "the GOP presidential nominee": the nominee is not the GOP; their own name first
        # ("South Korean conservative candidate Kim Moon-soo": Kim, not South Korea)
        named, found = _own_name_or_reading_without(related_person_on, head, actors, head_only)
        # only persons and parties are set aside: "UN inspectors", "its European Community
        # partners", "Ugandan opposition candidates" act for (or belong to) a body or country
        if named or not found or not all(_person_or_party(actors, a) for a in found):
            return found
        return []
    if covering is None and unnamed_staff_on.get() and unnamed_staff(head):
        # "a Clinton aide": someone on Clinton's staff, not Clinton; their own name first
        named, found = _own_name_or_reading_without(unnamed_staff_on, head, actors, head_only)
        return found if named else [a for a in found if not is_person(actors, a)]
    if covering is not None:
        # "the Czech and Slovak Republics": names coordinated before the mention
        start, _ = char_span(own_tokens(head))
        text = doc_text(head.doc)
        joined = [
            m.actor_id
            for m in actors.mentions_in(start, covering.start)
            if text[m.end : covering.start].strip(" ,").lower() in ("and", "or")
            and m.end < covering.start
        ]
        # "Hungarian and Romanian officials": a country modifier's conjuncts name agents too
        coordinated = [
            m.actor_id
            for modifier in head.children
            if modifier.dep_ in ("amod", "compound", "nmod")
            for conj in conjuncts(modifier)[1:]
            # from the conjunct's left edge: "South Sudanese" is one name, not "Sudanese"
            if (m := actors.mention_at(conj.left_edge.idx, conj.idx + len(conj))) is not None
            and m.actor_id != covering.actor_id
        ]
        return _unique([*joined, covering.actor_id, *coordinated])
    # "the Turkish and Greek sides of Cyprus": nationality adjectives name the phrase's
    # own actor, before any "of" complement
    # ("Ethiopian soldiers" are Ethiopia's even where only the phrase's own name counts;
    # a possessor is not: "his returns" are not him)
    modifiers = ("amod", "compound", "nmod") if head_only else ("amod", "compound", "nmod", "poss")
    places = _city_modifiers(head) if city_modifier_on.get() else []
    owners = [
        m.actor_id
        for child in head.children
        if child.dep_ in modifiers and child.i < head.i and child not in places
        for conj in conjuncts(child)
        if (m := actors.mention_at(conj.idx, conj.idx + len(conj))) is not None
    ]
    if owners:
        return _unique(owners)
    # "the states of Chad and Niger", "the president of Armenia"
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                found = [
                    a for conj in conjuncts(pobj) for a in _actor_of_phrase(conj, actors, head_only)
                ]
                if found:
                    return _unique(found)
    if head_only:  # the phrase itself must name the actor, not only a possessor ("his returns")
        for appos in (c for c in head.children if c.dep_ == "appos"):
            found = _actor_of_phrase(appos, actors, head_only=True)
            if found:
                return found
        return []
    tokens = own_tokens(head)
    start, end = char_span(tokens)
    # "a 26-year-old Berlin man": the city is where he is from
    place_spans = [char_span(p.subtree) for p in places]
    before = [
        m
        for m in actors.mentions_in(start, head.idx)
        if m.end <= head.idx and not any(a <= m.start and m.end <= b for a, b in place_spans)
    ]
    if before:  # "Hungarian and Romanian officials", "Orbán's government"
        return _unique(m.actor_id for m in before)
    for child in head.children:  # "relations with Congo and Costa Rica", "people in Baghdad"
        if child.dep_ == "prep" and child.lower_ == "than" and compared_on.get():
            continue  # "more upheaval than Clinton": compared, not acted on
        if child.dep_ == "prep":
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if child.lower_ in LOCATION_PREPS and abstract_place_on.get() and no_place(pobj):
                    # "positions in defiance of the UN": no place; and no party, unless the
                    # head is a noun of acting against or answering (ABSTRACT_HEAD_OPPOSED_PARTY)
                    opposed = opposed_party(pobj, actors) if abstract_opposed_on.get() else []
                    if opposed:
                        return opposed
                    continue
                if setting_place(child, pobj, actors):
                    continue  # "the terrorist act in London": where it happened, no party
                found = [a for conj in conjuncts(pobj) for a in _actor_of_phrase(conj, actors)]
                if child.lower_ in LOCATION_PREPS:
                    # "positions in Goma": a place, even where the linker made it a person
                    found = [a for a in found if not is_person(actors, a)]
                if found:
                    return _unique(found)
    for appos in (c for c in head.children if c.dep_ == "appos"):  # "the Minister, Sherpao"
        found = _actor_of_phrase(appos, actors)
        if found:
            return found
    if city_modifier_on.get():  # "the home of a Berlin man": any noun of the phrase
        place_spans = [
            char_span(p.subtree)
            for t in tokens
            if actors.mention_at(t.idx, t.idx + len(t)) is None
            for p in _city_modifiers(t)
        ]
    if clause_inside_on.get():  # "the group on how to develop its own missiles"
        place_spans = place_spans + prepositional_clauses(tokens)
    if abstract_place_on.get():  # "positions in defiance of the UN": no party inside
        place_spans = place_spans + [
            char_span(pobj.subtree)
            for t in tokens
            if t.dep_ == "prep" and t.lower_ in LOCATION_PREPS
            for pobj in t.children
            if pobj.dep_ == "pobj" and no_place(pobj)
        ]
    if setting_place_on.get():  # "accountability for war crimes in Sri Lanka": a setting
        place_spans = place_spans + [
            char_span(pobj.subtree)
            for t in tokens
            if t.dep_ == "prep"
            for pobj in t.children
            if pobj.dep_ == "pobj" and setting_place(t, pobj, actors)
        ]
    inside = [
        m
        for m in actors.mentions_in(start, end)
        if not any(a <= m.start and m.end <= b for a, b in place_spans)
    ]
    if inside and compared_on.get():  # "more radical upheaval than Clinton": not Clinton
        compared = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for t in tokens
            for c in t.children
            if c.dep_ == "prep" and c.lower_ == "than"
        ]
        inside = [m for m in inside if not any(a <= m.start and m.end <= b for a, b in compared)]
    if inside:
        return [inside[0].actor_id]
    return []


def prepositional_clauses(tokens: list[Token]) -> list[tuple[int, int]]:
    """The character spans of the clauses under the prepositions of a phrase's nouns: a
    gerund or "how to" infinitive (``pcomp``), or a gerund the parser made the object
    (``CLAUSE_INSIDE_NO_PARTY``). Not under an adjective: "hackers capable of launching
    attacks against X" names what they are fit for, and X may be the act's target."""
    return [
        char_span(child.subtree)
        for token in tokens
        if token.dep_ == "prep" and token.head.pos_ in ("NOUN", "PROPN")
        for child in token.children
        if child.dep_ == "pcomp" or (child.dep_ == "pobj" and child.tag_ == "VBG")
    ]


def _city_modifiers(head: Token) -> list[Token]:
    """See ``CITY_MODIFIER_NO_PARTY``: the compounds before a common noun ``head`` of a
    kind of person or place (first WordNet sense in noun.person, noun.location) that name
    a city (the caller has found no mention covering the head). Other heads are left
    alone: "an Ankara proposal" is the Turkish government's."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return []
    lemma = head.lemma_.lower()
    if lemma not in people_nouns() and lemma not in _place_heads():
        return []
    from .place_modifier import city_modifier  # place_modifier reads this module

    return [c for c in head.children if c.i < head.i and city_modifier(c)]


def unnamed_staff(head: Token) -> bool:
    """See ``UNNAMED_STAFF_NO_PERSON``: a common noun that is the last word of a staff or
    campaign title and no spokesperson's ("aide", "adviser", "manager")."""
    if head.pos_ != "NOUN" or head.ent_type_:
        return False
    return head.lemma_.lower() in _staff_titles() or singular(head.lower_) in _staff_titles()


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    return word_list("events/place_nouns.txt")


@lru_cache(maxsize=1)
def _staff_titles() -> frozenset[str]:
    table = constants("alignment")
    speaking = {w.lower().split()[-1] for w in table["spokesperson_words"]}
    titles = {w.lower().split()[-1] for k in ("staff_titles", "campaign_titles") for w in table[k]}
    teams = {w.lower() for w in table["team_words"]}  # "chief of staff": not "her staff"
    return frozenset(titles - speaking - teams)


def _person_or_party(actors: ActorLayer, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and (actor.type == "person" or (actor.sector or "").upper() == "PTY")


def is_person(actors: ActorLayer, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and actor.type == "person"


def _unique(ids: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for actor_id in ids:
        if actor_id not in seen:
            seen.append(actor_id)
    return seen


def phrase_actors(head: Token, actors: ActorLayer, head_only: bool = False) -> list[str]:
    """Actor ids a noun phrase refers to, one per conjunct that resolves.

    ``head_only``: only the phrase's own name (or its "of" complement, apposition),
    not a possessor or a name somewhere inside it."""
    return _unique(a for conj in conjuncts(head) for a in _actor_of_phrase(conj, actors, head_only))


def is_pronoun(token: Token) -> bool:
    return token.pos_ == "PRON" or token.lower_ in PRONOUNS


def children(token: Token, *deps: str) -> list[Token]:
    # called for most tokens of every sentence: the view, not a Token per child
    view = doc_view(token.doc)
    dep = view.dep
    return [token.doc[c] for c in view.children[token.i] if dep[c] in deps]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """Objects of the given prepositions under a token, in the order of ``preps``."""
    wanted = list(preps)
    view = doc_view(token.doc)
    dep, lower, kids = view.dep, view.lower, view.children
    found: list[tuple[int, int]] = []
    for child in kids[token.i]:
        if dep[child] in ("prep", "agent", "dative") and lower[child] in wanted:
            for pobj in kids[child]:
                if dep[pobj] in ("pobj", "pcomp"):
                    found.append((wanted.index(lower[child]), pobj))
    return [token.doc[t] for _, t in sorted(found, key=lambda x: x[0])]


def _is_place(token: Token, actors: ActorLayer | None) -> bool:
    if token.ent_type_ in PLACE_LABELS:
        return True
    if any(c.dep_ == "compound" and c.ent_type_ in PLACE_LABELS for c in token.children):
        return True  # "in Montenegro province"
    if abstract_place_on.get() and abstract_head(token):
        # "in support of the Syrian government": no place; "in the heart of Kabul" is one
        return not no_place(token)
    if actors is None:
        return False
    return any(
        (actor := actors.actor(a)) is not None and actor.type in ("country", "location")
        for a in _actor_of_phrase(token, actors)
    )


def setting_place(prep: Token, pobj: Token, actors: ActorLayer) -> bool:
    """``pobj``, under the locative ``prep``, is a place that is only the setting of the
    act its head names (``setting_places.EVENT_NOUN_SETTING``, when on)."""
    if not setting_place_on.get() or prep.lower_ not in LOCATION_PREPS:
        return False
    return event_noun(prep.head) and _is_place(pobj, actors)


def no_place(token: Token) -> bool:
    """An abstract head with no word of its phrase tagged a place ("in support of the
    Syrian government"; not "in the heart of Kabul": ``ABSTRACT_HEAD_NO_PLACE``)."""
    return abstract_head(token) and not any(t.ent_type_ in PLACE_LABELS for t in own_tokens(token))


def opposed_party(head: Token, actors: ActorLayer) -> list[str]:
    """The party an abstract head of acting against someone or of answering names by its
    complement (``ABSTRACT_HEAD_OPPOSED_PARTY``)."""
    # both modules read this one
    from .cause_phrases import backing_nouns, cause_words
    from .reply_phrases import parties_answered, reply_nouns

    lemma = head.lemma_.lower()
    if lemma in reply_nouns():
        answering = parties_answered([head], actors)
        if answering:
            return answering
    words = cause_words()
    if lemma not in words["noun"] or lemma in backing_nouns():
        return []
    for pobj in prep_objects(head, sorted(words["prep"])):
        found = [a for conj in conjuncts(pobj) for a in _actor_of_phrase(conj, actors)]
        if found:
            return _unique(found)
    return []


def abstract_head(token: Token) -> bool:
    """A common noun whose most frequent WordNet sense is in an abstract file
    (``ABSTRACT_HEAD_NO_PLACE``)."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    from .lexnames import noun_lexnames  # lexnames reads WordNet tables on first use

    return noun_lexnames().get(token.lemma_.lower()) in ABSTRACT_FILES


def location_of(tokens: list[Token], actors: ActorLayer | None = None) -> Token | None:
    """The place an event happened ("erupted in Bolivia", "its forces in Lebanon"),
    when a preposition on the predicate or on its object states it."""
    # where the act happened is read whole: "a protest in Ankara" is a place of the act
    # even where EVENT_NOUN_SETTING makes the protest's place no party of the phrase
    reset = setting_place_on.set(False)
    try:
        return _location_of(tokens, actors)
    finally:
        setting_place_on.reset(reset)


def place_actors(location: Token, actors: ActorLayer) -> list[str]:
    """The actors a place phrase ``location_of`` found names: the setting's place too
    ("used water cannon at a protest in Ankara": Turkey, the place of a material act)."""
    reset = setting_place_on.set(False)
    try:
        return phrase_actors(location, actors)
    finally:
        setting_place_on.reset(reset)


def _location_of(tokens: list[Token], actors: ActorLayer | None) -> Token | None:
    heads = list(tokens)
    for token in tokens:
        heads += [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        heads += prep_objects(token, ("at", "on", "against"))  # "fired at targets in X"
    for token in heads:
        for pobj in prep_objects(token, LOCATION_PREPS):
            if _is_place(pobj, actors):
                return pobj
    return None


def key_lemmas(token: Token) -> set[str]:
    """Lemmas a requirement may match: the word, and the word with its modifier."""
    lemma = token.lemma_.lower()
    out = {lemma, token.lower_}
    for child in token.children:
        if child.dep_ in ("compound", "amod") and child.i < token.i:
            out.add(f"{child.lemma_.lower()} {lemma}")
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            out.add(child.lemma_.lower())  # "ended mediation efforts", "aid deliveries"
    return out
