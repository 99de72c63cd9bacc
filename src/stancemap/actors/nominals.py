"""Nominal roles and generic agents: a noun of the agents lexicon heading a noun phrase.

"the Turkish president" (the office holder on the date, or the person of this
document with that role), "the president" (the last holder named here),
"Russian troops" (RUS/MIL), "Afghan rebel leaders" (a group of AFG), "the Bush
administration" (the country of the person named as modifier), "Hungarian and
Romanian officials" (an agent per country). A role noun set beside a name ("X,
the French foreign minister") is a mention of that name's actor
(``actors.descriptor.appositive``). Generic agents count only where the text
says whose they are.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ..datafiles import constants, word_list
from ..rules import declare
from .agents import named_inside, subordinate
from .compound_agents import COMPOUND_AGENT_HEAD_COUNTRY, head_modifiers_start
from .coordinated import coordinated_countries
from .coref import descriptive
from .description_binding import own_subject_actor
from .document_period import PeriodDate
from .formal_titles import (
    FORMAL_TITLE,
    held_in_period,
    is_role_phrase,
    role_phrase,
    shadow_described,
    story_holder,
)
from .lexicon import AgentWord, singular
from .linker import Resolution, agent_id
from .name_context import US, us_state_country
from .normalize import fold
from .not_actors import (
    ACT_USE,
    PREDICATIVE_ROLE,
    VERB_IDIOM_OBJECT,
    act_use,
    predicative_role,
    verb_idiom_object,
)
from .office_words import OFFICE_WORD_DESCRIBED, described_holder, office_word, role_names
from .possessor import owner_name, person_owned, possessor_country
from .sentence_country import set_aside
from .shared_demonyms import SHARED_DEMONYM, decided_country, shared_demonym
from .spans import NOT_THIS_ONE, POSSESSIVE_MARKS, PREMODIFIERS, ethnic, names_a_person
from .speaking_groups import add_speaking_group, speaking_group
from .supporters import SUPPORTER_NOT_OWNER, after_supporter
from .titles import UNDATED_NO_HOLDER, ever_held
from .venues import posted_abroad

if TYPE_CHECKING:
    from .resolve import DocumentResolver

_CONFIDENCE = constants("actors")["confidence"]
GATHERING_COMPOUND = declare(
    "actors.agent.gathering_compound",
    "'a dinner party', 'a garden party': an agent noun that with the word before it is a "
    "WordNet social gathering (lexicon/gathering_compounds.txt) names no actor",
)


@lru_cache(maxsize=1)
def gathering_compounds() -> frozenset[str]:
    return word_list("lexicon/gathering_compounds.txt")


REGION_OFFICE = declare(
    "actors.agent.region_office",
    "'the governor of Texas': a role noun completed by a first-level region of one country "
    "(a US state, an ISO 3166-2 region) is an office of that country",
)
BODY_IN_PHRASE = declare(
    "actors.agent.body_in_phrase",
    "'Tamil Tiger rebels': an agent phrase that names a KB body (its name or the name's "
    "plural) is that body, with the body's country, never its sentence's country",
)
TITLE_BEFORE_NAME = declare(
    "actors.agent.title_before_name",
    "'Macron and German Chancellor Friedrich Merz' (the parse cuts the title off the name): "
    "a singular role noun written right before a full personal name is that person's "
    "title, never the office holder on the date",
)
PERSON_POSSESSOR_APART = declare(
    "actors.agent.person_possessor_apart",
    "'Tusk's government', 'Prime Minister X's cabinet': the person named as possessor is a "
    "mention of that person, not of the body; the body's mention is the words after the "
    "possessive, so a name never points to both",
)


POSSESSOR_NAME_NO_PLACE = declare(
    "actors.agent.possessor_name_no_place",
    "'Paul Kagame's government': the words of a person's name written as possessor before a "
    "body noun are never read as the body's place ('Paul' is also a town of Cabo Verde); the "
    "body's country comes from the words after the possessive, else from the person",
)


POSSESSED_BODY_TYPE = declare(
    "actors.agent.possessed_body_type",
    "'Prime Minister Donald Tusk's government': a body after a person named as possessor is "
    "of the type its own words give (a government is a group), not a person because a "
    "title starts the phrase (with person_possessor_apart)",
)
SEAT_VOICE = declare(
    "actors.agent.seat_voice",
    "'an Elysee spokeswoman', 'a Kremlin spokesman': a role noun of no office modified by a "
    "seat of government (the KB's seats) is that government's body speaking, a GOV group "
    "of the seat's country, as 'a Kremlin official' is - not a person",
)


def seat_modifier(resolver: DocumentResolver, start: int, token: Token) -> str | None:
    """The country of a seat of government ("Elysee", "Downing Street") written as a
    name among the modifiers [start, token) of a role noun, or None."""
    seats = resolver.linker.seats
    for ent in resolver.doc.ents:
        if start <= ent.start and ent.end <= token.i:
            words = [t.text for t in ent if t.lower_ not in ("the", "'s", "’s")]
            iso3 = seats.get(fold(" ".join(words)))
            if iso3 is None and len(words) > 1:
                iso3 = seats.get(fold(words[0]))  # "Elysee Palace"
            if iso3 is not None:
                return iso3
    return None


SHARED_HEAD = declare(
    "actors.agent.shared_head_demonym",
    "'Kampuchean guerrilla bases', 'Chadian rebel-held towns': an agent noun modifying "
    "another noun takes the country word written right before it, which the parse hung on "
    "the other noun",
)


def shared_head_start(token: Token, start: int) -> int:
    """Where an agent noun's phrase starts when the agent noun (with no modifier of its
    own) modifies another noun, directly ("guerrilla bases") or through a participle
    ("rebel-held towns"), and a country word right before it modifies that noun instead
    (rule ``SHARED_HEAD``); not when an "of" phrase names what the noun is ("the separatist
    republics of X": those named are the actors)."""
    if start != token.i or token.dep_ not in ("compound", "npadvmod", "nmod", "amod"):
        return start
    noun = token.head
    if noun.tag_ == "VBN" and noun.dep_ == "amod" and noun.head.i > noun.i:
        noun = noun.head  # "rebel-held towns"
    if noun.i <= token.i or noun.pos_ not in ("NOUN", "PROPN"):
        return start
    if any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(o.pos_ == "PROPN" for o in prep.children)
        for prep in noun.rights
    ):
        return start  # "the Ukrainian separatist republics of X": the named places are meant
    for child in noun.lefts:
        if child.right_edge.i != token.i - 1 or child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if child.ent_type_ in ("NORP", "GPE"):
            return child.left_edge.i
    return start


def title_before_name(token: Token) -> bool:
    """The role noun is followed at once by a person's name of two words or more
    ("Chancellor" in "... and German Chancellor Friedrich Merz"), whatever the parse
    made of the two (rule ``TITLE_BEFORE_NAME``)."""
    doc = token.doc
    nxt = token.i + 1
    if nxt >= len(doc) or token.tag_ not in ("NN", "NNP") or token.whitespace_ == "":
        return False
    first = doc[nxt]
    label = first.ent_type_
    if label not in ("PERSON", "ORG") or first.ent_iob_ != "B":
        return False
    end = nxt + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == label:
        end += 1
    if label == "ORG":
        # a name the tagger took for a body, titled by this noun in the parse
        # ("spokeswoman Maud Bregeon"): the same reading as ``titled_person_name``
        words = [t.text for t in doc[nxt:end]]
        return (
            token.dep_ == "compound"
            and nxt <= token.head.i < end
            and 2 <= len(words) <= 5
            and all(w[:1].isupper() and w.isalpha() for w in words)
        )
    return end - nxt >= 2


def agent_entry(resolver: DocumentResolver, token: Token) -> AgentWord | None:
    """The agents-lexicon entry a noun heads ("foreign minister", "troops"), or None."""
    words = resolver.linker.agents
    lemma = singular(token.lower_)
    left = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.i == token.i - 1]
    if left:
        pair = f"{fold(left[0].text)} {lemma}"
        if pair in gathering_compounds() and resolver.switches.enabled(GATHERING_COMPOUND):
            return None  # "a dinner party": a social gathering, no political party
        if pair in words:
            return words[pair]
    return words.get(lemma) or words.get(token.lower_)


def agent_head(resolver: DocumentResolver, token: Token) -> bool:
    if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
        return False  # "President" in "President Emmanuel Macron" is a title
    return agent_entry(resolver, token) is not None


def coordinated_modifier(resolver: DocumentResolver, token: Token) -> bool:
    """A conjunct of a modifier of an agent noun ("Romanian" in "Hungarian and
    Romanian officials"): the noun phrase pass reads it as an agent of its own."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return (
        head.i != token.i
        and head.dep_ in ("amod", "compound", "nmod")
        and agent_head(resolver, head.head)
    )


def modifiers_start(resolver: DocumentResolver, token: Token) -> int:
    """First token of the contiguous modifiers before ``token`` (article left out)."""
    start = token.i
    for child in reversed(list(token.lefts)):
        if child.dep_ not in PREMODIFIERS or child.right_edge.i != start - 1:
            break  # "Russia's foreign minister": poss, amod; a comma or clause stops it
        start = child.left_edge.i
    while start < token.i and resolver.doc[start].dep_ in ("det", "predet", "nummod"):
        start += 1  # "the Turkish president" -> "Turkish president"
    return start


def nominal(resolver: DocumentResolver, token: Token) -> None:
    """Resolve the noun phrase an agent noun heads and add it as a mention."""
    doc, linker = resolver.doc, resolver.linker
    entry = agent_entry(resolver, token)
    if entry is None and speaking_group(resolver, token):
        add_speaking_group(resolver, token)  # "Many artists said"
        return
    if entry is None or token.i in resolver.taken:
        return
    if resolver.switches.enabled("actors.descriptor.appositive") and names_a_person(token):
        # "the official representative of the ministry, X": X's description, one
        # actor; the noun becomes a mention of X once X is resolved
        resolver.appositive_roles.append((modifiers_start(resolver, token), token))
        return
    if entry.sector == "UNK":
        return
    if resolver.switches.enabled(VERB_IDIOM_OBJECT) and verb_idiom_object(token):
        return  # "joined forces": part of the verb
    if resolver.switches.enabled(ACT_USE) and act_use(token):
        return  # "met with fierce opposition": the act of opposing, no party
    if resolver.switches.enabled(PREDICATIVE_ROLE) and predicative_role(token):
        return  # "she became a U.S. citizen": what the subject is
    if (
        entry.kind == "person"
        and resolver.switches.enabled(TITLE_BEFORE_NAME)
        and title_before_name(token)
    ):
        return  # "German Chancellor Friedrich Merz": the name is the person, as parsed right
    start_tok = modifiers_start(resolver, token)
    if resolver.switches.enabled(COMPOUND_AGENT_HEAD_COUNTRY):
        # "Indian coast guard personnel": "Indian" hangs on the head, "personnel"
        head_entry = agent_entry(resolver, token.head)
        start_tok = head_modifiers_start(
            resolver, token, start_tok, head_entry is not None and head_entry.sector != "UNK"
        )
    if resolver.switches.enabled(SHARED_HEAD):
        start_tok = shared_head_start(token, start_tok)  # "Kampuchean guerrilla bases"
    if resolver.switches.enabled(SUPPORTER_NOT_OWNER):
        start_tok = after_supporter(doc, start_tok, token.i)  # "UN-backed government"
    if resolver.switches.enabled(STANCE_PREFIX):
        start_tok = after_stance_prefix(doc, start_tok, token.i)  # "anti-American protesters"
    modifiers = {t.lower_ for t in doc[start_tok : token.i]}
    plural = entry.kind == "person" and token.tag_ in ("NNS", "NNPS")
    if entry.kind == "person" and not plural and modifiers & NOT_THIS_ONE:
        return  # "the next president": no one person of the text
    if (
        entry.kind == "person"
        and not plural
        and token.dep_ == "pobj"
        and token.head.lower_ == "as"
        and resolver.switches.enabled(ROLE_AFTER_AS)
    ):
        return  # "elected as U.S. president": a role someone takes, not its holder today
    words = [t.text for t in doc[start_tok : token.i + 1]]
    owner_country: str | None = None
    if entry.kind != "person" and resolver.switches.enabled(POSSESSOR_NAME_NO_PLACE):
        owned = after_person_possessor(doc, start_tok, token)
        owner = possessor_country_of_name(resolver, owned) if owned is not None else None
        if owned is not None and owner is not None:
            # only where the name's own words would be misread: one of them a place
            # ("Paul", a town of Cabo Verde) or a namesake ("Daniel", another country's)
            place, cameo = linker.where(words)
            if (
                place is not None
                or cameo is not None
                or leader_of(resolver, start_tok, token) not in (None, owner)
            ):
                # "Paul Kagame's government": the body is "government", Kagame's state's
                words = [t.text for t in doc[owned : token.i + 1]]
                owner_country = owner
    if plural:
        plural_role(resolver, token, start_tok, words)
        return  # "leaders" is no one person; "Afghan rebel leaders" is a group of AFG
    right = [t for t in token.rights if t.dep_ == "prep" and t.lower_ in ("of", "in", "from")]
    if posted_abroad(resolver, token):  # "diplomats in Brussels": their post, not their side
        right = [t for t in right if t.lower_ not in ("in", "at")]
    tail: list[str] = []
    for prep in right:
        tail += [t.text for t in prep.subtree]
    ethnic_phrase = any(ethnic(doc, t.i + 1) for t in doc[start_tok : token.i])
    if ethnic_phrase:
        # "ethnic Albanian guerrillas": a minority, not the nationals of Albania
        country, cameo = None, None
    else:
        country, cameo = linker.where(words)
    country = us_state_country(resolver, words, country)  # "Georgia voters" in US news
    shared = None
    if country is None and cameo is None and resolver.switches.enabled(SHARED_DEMONYM):
        shared = shared_demonym(resolver, words)  # "Congolese": COD or COG
        if shared is not None:
            country = decided_country(resolver, token, shared[1])
    body = None
    if country is None and cameo is None and shared is None:
        body = _body_country(resolver, words)  # "Tamil Tiger rebels": the LTTE's
        country = body
    led: Resolution | None = None
    last: Token | None = None  # the mention's last token, when not the noun's
    if country is None and cameo is None and tail:
        # "the president of Mongolia", but not "the head of the FBI": only a country counts
        country, cameo = linker.where(tail, countries_only=entry.kind == "person")
        if country is not None and entry.kind == "person":
            led = body_led(resolver, token)  # "the head of Kenya's electoral commission"
        if country is None and cameo is None and entry.kind == "person":
            country = _region_country(resolver, token)  # "the governor of Texas"
        elif entry.kind != "person" and (country is not None or cameo is not None):
            last = placing_phrase_end(resolver, right)  # "Rebels in the Ivory Coast"
    det = doc[start_tok - 1].lower_ if start_tok > 0 else ""
    span_start = doc[start_tok].idx
    span_end = token.idx + len(token) if last is None else last.idx + len(last)
    text = resolver.document.text[span_start:span_end]
    found: Resolution | None = None
    if (
        entry.kind == "person"
        and entry.office is None
        and country is not None
        and resolver.switches.enabled(SEAT_VOICE)
        and seat_modifier(resolver, start_tok, token) == country
    ):
        # "an Elysee spokeswoman": the presidency speaking, not a person of its own
        found = Resolution(
            id=agent_id(country, entry.sector),
            name=text,
            type="group",
            country=country,
            sector=entry.sector,
            how="agent",
            confidence=_CONFIDENCE["agent"],
        )
    elif led is not None:
        found = led
    elif entry.kind == "person" and subordinate(
        [t.text for t in doc[start_tok : token.i + 1]], resolver.switches
    ):
        # "the deputy chief of X": under the office, no holder of it (read as an agent)
        if country is None and cameo is None:
            return
    elif entry.kind == "person":
        phrase, formal = entry.phrase, False
        if resolver.switches.enabled(FORMAL_TITLE):
            # "the home secretary": the office's whole phrase, not the noun "secretary"
            said = role_phrase(linker, start_tok, token, entry.phrase)
            formal = is_role_phrase(said)
            phrase = said if formal else entry.phrase
        found = role_holder(resolver, entry, country, token, det, phrase)
        if (
            found is None
            and formal
            and country is None
            and cameo is None
            and entry.office not in ("HOG", "HOS", "LEADER")  # every country has one
            and det in ("the", "this", "that")
        ):
            found = story_holder(resolver, entry, phrase)  # the story's country's holder
        if found is None and country is None and cameo is None:
            if (
                resolver.switches.enabled(OFFICE_WORD_DESCRIBED)
                and isinstance(resolver.date, PeriodDate)
                and office_word(entry, token, start_tok)
            ):
                # "the home secretary": one the text described so, never the last minister
                found = described_holder(resolver, token, start_tok)
                if found is None:
                    return
            elif resolver.switches.enabled("actors.coref.descriptive"):
                found = descriptive(resolver, token, entry)
            if found is None:
                return  # "a minister" with no country and no antecedent: nobody in particular
    leader_country = None
    if country is None and cameo is None:
        leader_country = owner_country or leader_of(
            resolver, start_tok, token
        )  # "the Bush administration"
        if leader_country is None and shared is None and body is None:
            leader_country = possessor_country(resolver, token)  # "its forces"
    if found is None:
        if country is None and cameo is None and leader_country is None and shared is None:
            # generic agents count only where the text says whose they are: maybe
            # their sentence does (``sentence_country``), unless a person owns them
            if not person_owned(resolver, token):
                set_aside(resolver, start_tok, token, entry.sector)
            return
        found = linker.agent(words + tail, resolver.date, mention=text)
        if found is None:
            return
        if country == US and found.country != US and found.sector is not None:
            found.country = US  # the phrase's country word is a US state here
            found.id = agent_id(US, found.sector)
        if (shared is not None or body is not None) and found.country is None:
            # the country the text decided, or none: a group of its own, never the
            # sentence's other country
            extra = "" if country is not None or shared is None else f":{fold(shared[0])}"
            found.country = country
            found.id = agent_id(country, found.sector, extra)
        if leader_country is not None and found.country is None:
            found.country = leader_country
            found.id = agent_id(leader_country, found.sector)
            found.name = owner_name(resolver, token, found.name)  # not "his ministry"
    if resolver.switches.enabled(PERSON_POSSESSOR_APART):
        cut = after_person_possessor(doc, start_tok, token)
        if cut is not None:  # "Tusk's government": the body is "government", Tusk is Tusk
            span_start = doc[cut].idx
            text = resolver.document.text[span_start:span_end]
            state = linker.country(found.country, resolver.date) if found.country else None
            if state is not None and found.id not in resolver.actors:
                found.name = f"{state.name}'s {text}"  # "Poland's government", not Tusk's
            if (
                found.type == "person"
                and entry.kind != "person"
                and resolver.switches.enabled(POSSESSED_BODY_TYPE)
            ):
                # "Prime Minister Donald Tusk's government": the title before the possessor
                # made the phrase a person; the body is what its own words after it say
                read = linker.agent(
                    [t.text for t in doc[cut : token.i + 1]] + tail, resolver.date, mention=text
                )
                if read is not None and read.type != "person":
                    found.type = read.type
    resolver.taken.update(range(start_tok, token.i + 1))
    resolver.add(span_start, span_end, text, found, token)
    if entry.kind != "person":
        coordinated_agents(resolver, token, start_tok, country)


def possessor_country_of_name(resolver: DocumentResolver, owned: int) -> str | None:
    """The country of the KB person whose whole name is written as possessor just before
    token ``owned`` ("President Daniel Noboa's government": Noboa's, never that of a
    person called "Daniel"), or None."""
    doc = resolver.doc
    end = owned - 1  # the possessive mark
    start = end
    while start > 0 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    if start == end:
        return None
    name = doc[start:end].text
    found = resolver.linker.by_name(name, resolver.date, allow_surname=True)
    if found is not None and found.type == "person" and found.country:
        return str(found.country)
    return None


def after_person_possessor(doc: Any, start_tok: int, token: Token) -> int | None:
    """The first token after a person's name written as possessor before ``token``
    ("Prime Minister Donald Tusk's government": "government"), or None."""
    for i in range(token.i - 1, start_tok, -1):
        if doc[i].lower_ in POSSESSIVE_MARKS and doc[i - 1].ent_type_ == "PERSON":
            return i + 1
    return None


STANCE_PREFIX = declare(
    "actors.agent.stance_prefix",
    "'anti-American protesters', 'a pro-Russian party in Ukraine': a name after the prefix "
    "pro- or anti- says whom the group is for or against, not whose it is; the agent is read "
    "from the words after it",
)
_STANCE_PREFIXES = ("pro", "anti")


def after_stance_prefix(doc: Any, start: int, end: int) -> int:
    """The first token after the last "pro-<Name>"/"anti-<Name>" inside [start, end)
    (``start`` when there is none)."""
    first = start
    for i in range(start, end - 2):
        prefix, dash, name = doc[i], doc[i + 1], doc[i + 2]
        if prefix.lower_ not in _STANCE_PREFIXES or dash.text != "-":
            continue
        if prefix.whitespace_ or dash.whitespace_ or not name.text[:1].isupper():
            continue
        first = i + 3
    return first


PLACE_IN_PHRASE = declare(
    "actors.agent.place_in_phrase",
    "'Rebels in the Ivory Coast': a group whose country only its 'in/of/from' phrase names "
    "is one mention through that phrase (the place stays a mention of its own)",
)


def placing_phrase_end(resolver: DocumentResolver, right: list[Token]) -> Token | None:
    """The last word of the first "in/of/from" phrase among ``right`` that names a
    country, when the phrase is a plain noun phrase (no verb, no punctuation); else None
    (rule ``PLACE_IN_PHRASE``)."""
    if not resolver.switches.enabled(PLACE_IN_PHRASE):
        return None
    for prep in right:
        words = list(prep.subtree)
        if any(t.pos_ in ("VERB", "AUX", "PUNCT", "PRON") for t in words):
            continue
        if words[-1].i - words[0].i + 1 != len(words):
            continue
        country, cameo = resolver.linker.where([t.text for t in words])
        if country is not None or cameo is not None:
            return words[-1]
    return None


PLURAL_MEMBERS = declare(
    "actors.agent.plural_members",
    "'Republican leaders': holders of a role written in the plural are several people, so a "
    "KB body named before the noun is theirs ('Republican lawmakers' already were), not the "
    "sentence country's government",
)
ROLE_AFTER_AS = declare(
    "actors.agent.role_after_as",
    "'if she is elected as U.S. president', 'served as secretary of state': a one-person role "
    "that is the object of 'as' is a role someone has or takes, not its holder on the date",
)
PARTY_ADJECTIVE = declare(
    "actors.agent.party_adjective",
    "'Democratic senators': a capitalised word before a plural role noun that, with 'Party' "
    "after it, is the KB name of one party ('Democratic Party') makes them that party's "
    "people, as 'Republican leaders' already were",
)
HEAD_OF_BODY = declare(
    "actors.agent.head_of_body",
    "'the head of Kenya's electoral commission': a role noun whose 'of' object is a body "
    "(an agent noun that is no person) heads that body, not the country's office",
)


def body_led(resolver: DocumentResolver, token: Token) -> Resolution | None:
    """The body a role noun's "of" object names, read as an agent phrase ("the head of
    Kenya's electoral commission" -> Kenya's GOV body, as CAMEO codes a body's head), when
    that object is an agent noun of no person; else None (rule ``HEAD_OF_BODY``)."""
    if not resolver.switches.enabled(HEAD_OF_BODY):
        return None
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN"):
                continue
            entry = agent_entry(resolver, obj)
            if entry is None or entry.kind == "person" or entry.sector in (None, "UNK"):
                continue
            words = [t.text for t in obj.subtree if t.i <= obj.i]
            text = resolver.document.text[token.idx : obj.idx + len(obj)]
            found = resolver.linker.agent(words, resolver.date, mention=text)
            if found is not None and found.type != "person" and found.country:
                return found
    return None


def _region_country(resolver: DocumentResolver, token: Token) -> str | None:
    """The country of the first-level region named right after a role noun ("the governor
    of Texas", "the premier of New South Wales"): a US state or an ISO 3166-2 region of
    one country only (rule ``actors.agent.region_office``)."""
    if not resolver.switches.enabled(REGION_OFFICE):
        return None
    for prep in token.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            words = [t for t in obj.subtree if t.text[:1].isupper()]
            name = " ".join(t.text for t in words)
            regions = resolver.linker.regions.get(fold(name))
            if regions and len(regions) == 1:
                return regions[0]
            gazetteer = resolver.linker.places.gazetteer
            place = gazetteer.get(name) if gazetteer is not None else None
            if place is not None and place.kind == "state":
                return place.country
    return None


def _body_country(resolver: DocumentResolver, words: list[str]) -> str | None:
    """The country of a KB body the phrase names before its agent noun ("Tamil Tiger
    rebels": the Tamil Tigers, LKA; the bulk dictionaries' bodies count), or None
    (rule ``actors.agent.body_in_phrase``)."""
    if len(words) < 2 or not resolver.switches.enabled(BODY_IN_PHRASE):
        return None
    body = named_inside(resolver.linker, words, len(words) - 1, fallback=True)
    return body.country if body is not None else None


def party_named_by_adjective(linker: Any, words: list[str]) -> Any:
    """The one KB party whose name is a capitalised word of ``words`` followed by "Party"
    ("Democratic" -> the Democratic Party), or None (rule ``PARTY_ADJECTIVE``)."""
    for word in words:
        if not word[:1].isupper() or not word.isalpha():
            continue
        parties = [
            a
            for a in linker.kb.lookup(f"{word} Party")
            if a.type == "organization" and a.sector == "PTY"
        ]
        if len(parties) == 1:
            return parties[0]
    return None


def plural_role(resolver: DocumentResolver, token: Token, start_tok: int, words: list[str]) -> None:
    """ "Afghan rebel leaders", "Macedonian ministers": several holders of a role,
    read as a group of that country when the phrase names one (else nobody)."""
    linker = resolver.linker
    country, _ = linker.where(words, countries_only=True)
    entry = agent_entry(resolver, token)
    kind = linker.find_agent(words[:-1])  # "rebel" in "rebel leaders" says which
    sector = kind[0].sector if kind is not None else entry.sector if entry else None
    if country is None and resolver.switches.enabled(PLURAL_MEMBERS) and len(words) > 1:
        body = named_inside(linker, words, len(words) - 1)
        if body is None and resolver.switches.enabled(PARTY_ADJECTIVE):
            body = party_named_by_adjective(linker, words[:-1])  # "Democratic senators"
        if body is not None:  # "Republican leaders": the party's, as "Republican lawmakers"
            found = linker.from_kb(
                body, resolver.date, how="alias", confidence=_CONFIDENCE["body_inside"]
            )
            resolver.add_phrase(start_tok, token, found)
            return
    if country is None:
        set_aside(resolver, start_tok, token, sector)  # its sentence may say whose
        return
    if sector in (None, "UNK"):
        return
    text = resolver.phrase_text(start_tok, token)
    found = Resolution(
        id=agent_id(country, sector),
        name=text,
        type="group",
        country=country,
        sector=sector,
        how="agent",
        confidence=_CONFIDENCE["country_group"],
    )
    resolver.add_phrase(start_tok, token, found)
    # "the Iranian and Egyptian foreign ministers": a group of each further country
    coordinated_countries(resolver, token, start_tok, country, sector)


def leader_of(resolver: DocumentResolver, start_tok: int, token: Token) -> str | None:
    """The country of a KB person named as a modifier of a government noun
    ("the Bush administration", "the Mugabe government")."""
    for modifier in resolver.doc[start_tok : token.i]:
        if modifier.ent_type_ != "PERSON":
            continue
        found = resolver.linker.by_name(modifier.text, resolver.date, allow_surname=True)
        if found is not None and found.type == "person" and found.country:
            return found.country
    return None


def coordinated_agents(
    resolver: DocumentResolver, token: Token, start_tok: int, country: str | None
) -> None:
    """ "Senior Hungarian and Romanian officials": each coordinated country
    modifier names an agent of its own (ROU officials beside HUN officials)."""
    linker = resolver.linker
    for modifier in resolver.doc[start_tok : token.i]:
        if modifier.dep_ != "conj" or not coordinated_modifier(resolver, modifier):
            continue
        other, _ = linker.where([modifier.text], countries_only=True)
        if other is None or other == country:
            continue
        found = linker.agent([modifier.text, token.text], resolver.date, mention=modifier.text)
        if found is None or found.country != other:
            continue
        end = modifier.idx + len(modifier)
        resolver.add(modifier.idx, end, modifier.text, found, modifier)


def role_holder(
    resolver: DocumentResolver,
    entry: Any,
    country: str | None,
    token: Token,
    det: str,
    phrase: str | None = None,
) -> Resolution | None:
    """Who "the Turkish president" / "the president" names in this document; ``phrase``
    the office's whole phrase where ``actors.link.formal_office_title`` read one ("home
    secretary"), else the lexicon noun."""
    noun = phrase or entry.phrase
    if country is not None:
        # a person of this document holding that role wins over the KB
        for actor_id in resolver.recent_people():
            actor = resolver.actors[actor_id]
            if actor.country == country and holds_role(resolver, actor.role, entry, noun):
                return resolver.again(actor_id, "role", "role_holder")
        found = resolver.linker.office_holder(entry.office, country, resolver.date, noun)
        undated = resolver.date is None or isinstance(resolver.date, PeriodDate)
        if found is None and undated and resolver.switches.enabled(UNDATED_NO_HOLDER):
            # undated: no holder of today, but one the text itself names still counts
            for actor_id in resolver.recent_people():
                if ever_held(resolver.linker, entry.office, country, actor_id):
                    return resolver.again(actor_id, "role", "role_holder")
        return found
    if det not in ("the", "this", "that") or entry.office == "LEADER":
        return None  # "the leader"/"the head" alone is too vague to follow
    # a bare "the president": the most recent person of this document with that title
    sentence = resolver.sent_index.get(token.i, 0)
    bound = own_subject_actor(resolver, token)  # "Governor X met with the president"
    formal = resolver.switches.enabled(FORMAL_TITLE) and is_role_phrase(noun)
    for seen in reversed(resolver.memory):
        earlier = resolver.actors.get(seen.actor_id)
        if earlier is None or earlier.type != "person" or seen.start >= token.idx:
            continue
        if earlier.id == bound:
            continue
        if sentence - seen.sentence > resolver.reach * 2:
            break
        if formal and shadow_described(resolver, earlier, seen.start):
            continue  # "Shadow Home Secretary David Davis" holds no office
        if role_names(resolver.switches, earlier.role, noun) or (
            formal and held_in_period(resolver, earlier.id, noun)
        ):
            return resolver.again(earlier.id, "role", "bare_role")
    return None


def holds_role(
    resolver: DocumentResolver, role: str | None, entry: AgentWord, phrase: str | None = None
) -> bool:
    """The role a person of this document holds is the one ``entry`` names: the same
    lexicon noun ("Information Minister" for "the Nigerian minister"), the same named
    office ("Federal Chancellor of Germany" for "the German chancellor"), or a role
    that starts with the noun. (A bare "the chancellor" is the coreference rules'.)"""
    if not role:
        return False
    if role_names(resolver.switches, role, phrase or entry.phrase):
        return True
    if phrase is not None and phrase != entry.phrase:
        return False  # "home secretary": that office's title only (formal_office_title)
    if not resolver.switches.enabled(SAME_ROLE):
        return False
    held = resolver.linker.find_agent(role.split())
    if held is None:
        return False
    if held[0].phrase == entry.phrase:
        return True
    return entry.office is not None and entry.office != "LEADER" and held[0].office == entry.office


SAME_ROLE = declare(
    "actors.descriptor.same_role",
    "'the German chancellor' later in the text is the person of this text of that country "
    "whose role names the same lexicon noun or the same office ('Federal Chancellor of "
    "Germany'), not only a role that starts with the noun",
)


def join_appositive_roles(resolver: DocumentResolver) -> None:
    """Each role noun set beside a name becomes a mention of that name's actor."""
    doc = resolver.doc
    for start_tok, token in resolver.appositive_roles:
        partner = (
            token.head
            if token.dep_ == "appos"
            else next(
                c
                for c in token.children
                if c.dep_ == "appos" and (c.ent_type_ == "PERSON" or c.pos_ == "PROPN")
            )
        )
        named = resolver.named_mention_at(partner.idx)
        while start_tok < token.i and (
            start_tok in resolver.taken or doc[start_tok].lower_ in POSSESSIVE_MARKS
        ):
            start_tok += 1  # "Russia's" stays the country's own mention
        if named is None or token.i in resolver.taken:
            continue
        start, end = doc[start_tok].idx, token.idx + len(token)
        found = resolver.again(named.actor_id, "role", "role_holder")
        resolver.add(start, end, resolver.document.text[start:end], found, token)
