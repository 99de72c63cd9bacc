"""An act with no political party is no event: an actor-kind gate on both sides.

Session 53 (engineer NP, issue 12). On the judged Lee stories (ABC news 2001-2002) the
largest kind of reading judged no event is an act no political actor takes part in: a
road crash ("a man who was injured in a crash has died"), a storm ("a storm hit the
fleet"), a fire, a rescue ("four people were rescued after power lines fell across their
car"), a yacht race, ordinary crime ("stealing a car"). PLOVER codes acts between
political actors - states, governments, parties, armed groups, police, officials,
organised civil society; none of those takes part there.

- ``events.sense.no_political_party``: each side of the act is read - its actors where the
  frame has some, else the heads of the clause's own subject (the source side: ``nsubj``,
  a passive's agent) or object (the target side: ``dobj``, a passive's subject). A side is
  *political* where an actor is a country or of a political, armed or organised sector (not
  ``ORDINARY_SECTORS``: civilians, business, crime, health, education, the media, unknown
  people, none), or a head is an agents-lexicon noun of such a sector, an armed word or a
  weapon; it is *unknown* where a head is a personal pronoun, a name no actor reads, or a
  noun of an act (WordNet ``noun.act``: "the attack", "the bombing" are someone's). A side
  is *apolitical* where its actors are all ordinary (a person the KB gives no political
  sector, a company, a place, civilians) or its head is a noun of an ordinary person or
  group, or of a thing, phenomenon, event or state (the WordNet lexicographer file of the
  noun's most frequent sense, ``data/events/noun_lexnames.tsv``: storm, crash, car, fire).
  The act is no event where neither side is political or unknown and at least one is
  apolitical, no armed word or weapon stands around the verb, and it is no protest
  (PROTEST needs no political source: "residents rallied" stays).

Session 54 (engineer NV, issue 12, second try). Judged blind, session 53's rule lost on the
Lee check stories: it dropped acts of an authority told of ordinary people (arrests,
detentions, formal charges) and residents' or victims' accusations against an authority,
and a dropped reading let the token's next reading be coded in its place. Now:

- an authority is never an ordinary party: a subject or object head, or a noun anywhere in
  the act's own clause (its arguments and their phrases, not an adverbial, coordinated or
  complement clause), that names an authority or where it acts - an agents-lexicon noun
  of an authority's sector (``AUTHORITY_SECTORS``: police, council, army), or a noun whose most
  frequent WordNet sense lies under court, jury, judge, prosecutor, coroner, law
  enforcement agency, lawman, government, legal proceeding, inquest, verdict, litigant
  (defendant), detention, correctional institution, bail or arrest (``data/events/authority_nouns.txt``, by
  ``events.violence_import``): "the driver appeared in court", "was taken into custody";
- COERCE of an authority's own kind (CAMEO 172 to 175: sanctions, arrest, detention or
  charge, expulsion, repression) stays whoever the text makes its subject ("the man faces
  charges"); so does an ACCUSE whose clause names an authority or a name no actor reads
  ("flood victims complained about the response of the SES");
- a veto: where this rule says no event, the token yields no event at all
  (``DocContext.sense_vetoes``, read by ``FrameBuilder``): no later row of the verb, no
  other complement of a support verb, no row of a verb over a noun it undergoes, and the
  coder consumes the token's clause, so no noun or verb inside it is read in its place.

Session 55 (engineer NV, issue 12): switched on, after it kept what earlier sessions' tests
keep (``violence_kept.py``): a weapon as a side's head or as the noun a participle
modifies ("missiles targeting a city"), a clash in the sentence ("died in clashes": WordNet
conflict acts) and a protest in the act's own clause ("called off the rally").

Session 56 (engineer NV): three rules refine what this one reads - an organised body,
campaign or organizer is a party (``events.sense.organised_party``, off), a month is no
march and no name (``events.sense.month_not_protest``, off; both ``organised_parties.py``),
and the teller of an act is no party to it (``events.sense.teller_no_party``,
``teller_parties.py``, on since session 56 by the blind criterion).

Session 68 (engineer PB, issue 12): ``events.sense.private_modifiers`` (off) - two misreads
that kept this rule and ``events.sense.firm_parties`` off sentences of technology and
entertainment (found by session 68 PA): a KB actor whose only political sign is a CAMEO
code of a multinational firm (Phoenix's ``MNC``: Sony, Disney) is no political actor, and a
country named only as a modifier of a private person ("US rapper Snoop Dogg": a noun of
``data/events/private_people_nouns.txt``, WordNet entertainers, creators, athletes,
businesspeople and celebrities), of a firm (``lexicon/firm_nouns.tsv``, an actor of an
ordinary sector or an MNC code) or of a made thing (``made_things.made_thing``: "the UK
version of the phone") is no party: neither makes the sentence political nor a side's head
noun political. Session 69 (engineer PA): the switch is a plain setting, as the other sense
switches are (``teller_on``, ``wordnet_on``): ``sense.apply_sense`` sets ``private_modifiers_on``
from the settings for every frame it reads, and the functions below read it
(``private_on``), so ``firm_parties`` and ``private_ends``, which read ``_political_sentence``
once the parties are final, follow it too (session 68 PB marked the Doc the rule had last
run on, which an ablation re-run of the same Doc under other settings kept).
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Span, Token

from ..actors.lexicon import agent_words, singular
from ..datafiles import word_list
from ..rules import declare, rule
from . import arguments as args
from .lexnames import noun_lexnames
from .organised_parties import organised_head, undated
from .parts import DocContext, Frame
from .sense import kinds_around, sense_words
from .teller_parties import teller_tokens
from .violence_kept import clash_in, noun_forms, participle_doer, protest_in, weapon_head

NO_POLITICAL_PARTY = "events.sense.no_political_party"
PRIVATE_MODIFIERS = declare(
    "events.sense.private_modifiers",
    "'US rapper Snoop Dogg hit a photographer', 'it is four times as fast as Sony's "
    "Qrio': for no_political_party and firm_parties, an actor whose only political sign is "
    "a multinational firm's CAMEO code (MNC: Sony, Disney) is no political actor, and a "
    "country named only as a modifier of a private person (WordNet entertainers, creators, "
    "athletes, businesspeople, celebrities: private_people_nouns.txt), a firm (firm_nouns, "
    "an ordinary-sector actor) or a made thing (made_things) is no party of the act or of "
    "the sentence",
    order=4.69,
)
# events.sense.private_modifiers is on (set from the settings by sense.apply_sense, as the
# other sense switches are; session 69 PA - session 68 PB marked the Doc it ran on)
private_modifiers_on: ContextVar[bool] = ContextVar("private_modifiers_on", default=False)
# a CAMEO code of a multinational firm (Phoenix codes Sony, Disney "MNC"): no state's
MNC_CODE = "MNC"
# a country modifying a noun this way says whose or where, not who acts
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
# sectors of actors who are no political party (PLOVER/CAMEO codes): civilians,
# business, criminals, health, education, agriculture, unknown (the media speak in politics)
ORDINARY_SECTORS = frozenset(("CVL", "BUS", "MNC", "CRM", "HLH", "EDU", "AGR", "UNK"))
# actor types that are no party by themselves (a place is where, not who)
ORDINARY_TYPES = ("location", "other")
# WordNet lexicographer files of a head noun that names no one who could act politically
THING_FILES = frozenset(
    f"noun.{name}"
    for name in (
        "artifact",
        "phenomenon",
        "event",
        "object",
        "substance",
        "state",
        "body",
        "animal",
        "plant",
        "food",
        "location",
        "shape",
        "quantity",
        "time",
    )
)
ORDINARY_FILES = frozenset(("noun.person", "noun.group"))
# pronouns that name no one by themselves
IMPERSONAL = frozenset(("it", "this", "that", "what", "which", "something", "nothing"))
NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC")
# prepositions of place: a country named after one tells where an act happened
PLACE_PREPS = ("in", "at", "near", "off", "outside", "inside", "across", "throughout", "around")
# a noun's modifiers that name whose it is ("the Democratic platform", "Iran's navy")
OWNER_DEPS = ("compound", "amod", "poss", "nmod")
# PROTEST needs no political source ("residents rallied"); the rest of PLOVER's types
# are read
KEPT_TYPES = ("PROTEST",)
# CAMEO codes of acts an authority takes, where the text leaves the doer unsaid ("40
# people were arrested", "developers were permitted to build"): 08 yielding (easing
# sanctions, allowing, releasing), 172 administrative sanctions, 173 arrest, detention or
# charge, 174 expulsion or deportation, 175 repression (the CAMEO codebook's 17x but 171)
AUTHORITY_CODES = ("08", "172", "173", "174", "175")
# COERCE codes only an authority acts by, whoever the text makes the subject ("the man
# faces charges", "appeared in court": the undergoer): 172 to 175 (session 54)
AUTHORITY_COERCE = ("172", "173", "174", "175")
# sectors of an authority (government, police, courts, the armed forces, legislatures,
# intelligence services, international missions; not a hospital or a church)
AUTHORITY_SECTORS = frozenset(("GOV", "COP", "JUD", "MIL", "LEG", "SPY", "IGO"))
# clauses of their own under the act's verb, whose nouns are not the act's (session 54)
OTHER_CLAUSES = ("advcl", "conj", "ccomp", "parataxis", "relcl", "csubj", "cc", "punct")
# acts of words: where the text leaves the speaker unsaid ("what is being criticized as
# a use-it-or-lose-it approach") someone speaks, and may be a party
WORDS_TYPES = ("ACCUSE", "REQUEST", "REJECT", "THREATEN")

POLITICAL, UNKNOWN, APOLITICAL, NONE = "political", "unknown", "apolitical", "none"


@lru_cache(maxsize=1)
def violence_nouns() -> frozenset[str]:
    """Nouns of violence and of the armed (``data/events/violence_nouns.txt``, from
    WordNet by ``events.violence_import``) with the project's armed and weapon words."""
    words = sense_words()
    return word_list("events/violence_nouns.txt") | words["armed"] | words["weapon"]


@lru_cache(maxsize=1)
def political_person_nouns() -> frozenset[str]:
    """Nouns of political persons (candidate, nominee, supporter, delegate:
    ``data/events/political_person_nouns.txt``, from WordNet by ``events.violence_import``)."""
    return word_list("events/political_person_nouns.txt")


@lru_cache(maxsize=1)
def authority_nouns() -> frozenset[str]:
    """Nouns of an authority and of where it acts (court, jury, magistrate, police,
    custody, jail, hearing: ``data/events/authority_nouns.txt``, from WordNet by
    ``events.violence_import``; session 54)."""
    return word_list("events/authority_nouns.txt")


def authority_word(tok: Token) -> bool:
    """A noun of an authority: of ``authority_nouns``, or of the agents lexicon in one of
    ``AUTHORITY_SECTORS`` (police, council, army)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    lemma, lower = tok.lemma_.lower(), tok.lower_
    if lemma in authority_nouns() or lower in authority_nouns():
        return True
    agent = agent_words().get(lemma) or agent_words().get(singular(lower))
    return agent is not None and agent.sector in AUTHORITY_SECTORS


def _own_clause(tok: Token) -> list[Token]:
    """The tokens of the act's own clause: its arguments and their phrases, not a clause
    of its own under it (adverbial, coordinated, complement, relative)."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ not in OTHER_CLAUSES:
            out += list(child.subtree)
    return out


def authority_in_clause(tok: Token, ctx: DocContext, names: bool = False) -> bool:
    """The act's own clause names an authority ("appeared in court", "was taken into
    custody"), or, with ``names``, a name no actor reads (it may be one)."""
    for t in undated(_own_clause(tok)):  # "in March" is no name (session 56, off)
        if authority_word(t):
            return True
        named = t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "GPE")
        if names and named and ctx.actors.actor_at(t.idx, t.idx + len(t)) is None:
            return True
    return False


def private_on() -> bool:
    """``events.sense.private_modifiers`` is on (the settings, read by ``apply_sense``)."""
    return private_modifiers_on.get()


@lru_cache(maxsize=1)
def private_people_nouns() -> frozenset[str]:
    """Nouns of private people of entertainment, art, sport and business (singer, rapper,
    actor, athlete, tycoon: ``data/events/private_people_nouns.txt``, WordNet 3.0, written by
    session 68 PA's ``events.private_people_import``)."""
    return word_list("events/private_people_nouns.txt")


def _mnc(actor: object) -> bool:
    code = getattr(actor, "cameo", None) or ""
    return code.startswith(MNC_CODE)


def _political_actor(actor_id: str, ctx: DocContext, private: bool | None = None) -> bool:
    """A country, an actor with a CAMEO code or of a political sector; with
    ``events.sense.private_modifiers`` (``private``, else the setting) a firm's MNC code
    is none."""
    actor = ctx.actors.actor(actor_id)
    if actor is None:
        return False
    if private is None:
        private = private_on()
    if actor.type != "country" and _mnc(actor) and private:
        # session 68 PB: a firm's code is no state's (Sony, Disney)
        return actor.sector is not None and actor.sector not in ORDINARY_SECTORS
    if actor.type == "country" or actor.cameo:
        return True
    return actor.sector is not None and actor.sector not in ORDINARY_SECTORS


def _where(tok: Token) -> bool:
    """The name tells where, not who: the object of a preposition of place ("in central
    Paris", "off the coast") or a modifier of a noun of place ("the New South Wales
    coast": WordNet noun.location)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPS:
        return True
    if tok.dep_ in ("compound", "amod") and tok.head.pos_ == "NOUN":
        return noun_lexnames().get(tok.head.lemma_.lower()) == "noun.location"
    return False


def _private_noun(noun: Token, ctx: DocContext) -> bool:
    """A private person, a firm or a made thing: a noun of ``private_people_nouns`` or of a
    firm (``lexicon/firm_nouns.tsv``), a name of an actor of an ordinary sector or a
    multinational's code, or a made thing (``made_things.made_thing``)."""
    from .firm_parties import firm_nouns  # they import this module
    from .made_things import made_thing

    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    actor_id = ctx.actors.actor_at(noun.idx, noun.idx + len(noun))
    if actor_id is not None:
        actor = ctx.actors.actor(actor_id)
        if actor is None or actor.type == "country":
            return False
        return _mnc(actor) or (actor.sector is not None and actor.sector in ORDINARY_SECTORS)
    if noun.pos_ != "NOUN":
        return False
    forms = {noun.lemma_.lower(), noun.lower_, singular(noun.lower_)}
    if forms & (private_people_nouns() | firm_nouns()):
        return True
    return made_thing(noun, ctx)


def private_modifier(tok: Token, ctx: DocContext) -> bool:
    """``tok`` (a country's name) only modifies the name or noun of a private person, a firm
    or a made thing ("US rapper Snoop Dogg", "Sony's Japanese robot"): the noun it modifies
    is one, or a noun beside it modifying the same head is ("rapper" in "US rapper Snoop
    Dogg"); only where ``events.sense.private_modifiers`` is on (session 68 PB)."""
    if not private_on() or tok.dep_ not in MODIFIER_DEPS or tok.head.i == tok.i:
        return False
    head = tok.head
    if head.pos_ not in ("NOUN", "PROPN"):
        return False
    beside = [c for c in head.children if c.dep_ in ("compound", "amod") and c.i != tok.i]
    return any(_private_noun(t, ctx) for t in [head, *beside])


def _country_mention(tok: Token, ctx: DocContext) -> bool:
    actor_id = ctx.actors.actor_at(tok.idx, tok.idx + len(tok))
    actor = ctx.actors.actor(actor_id) if actor_id is not None else None
    return actor is not None and actor.type == "country"


def _political_sentence(sent: Span, tok: Token, ctx: DocContext) -> bool:
    """The sentence names a political actor anywhere (the doer a passive leaves unsaid
    may be one: "killed when US planes bombarded vehicles"), or holds a noun of violence
    or of the armed, or the trigger is one ("shot")."""
    mentions = ctx.actors.mentions_in(sent.start_char, sent.end_char)
    doc = sent.doc
    tellers = teller_tokens(tok)  # "police are interviewing a man for ..." (s56, on)
    for m in mentions:
        last = doc.char_span(m.start, m.end, alignment_mode="expand")
        if last is not None and _where(last[-1]):
            continue  # "a fire at a hotel in central Paris": a place, no party
        if last is not None and last[-1].i in tellers:
            continue
        if last is not None and _country_mention(last[-1], ctx) and private_modifier(last[-1], ctx):
            continue  # "US rapper Snoop Dogg" (session 68 PB, off)
        if _political_actor(m.actor_id, ctx):
            return True
    words = violence_nouns()
    if tok.lower_ in words or tok.lemma_.lower() in words:
        return True
    # a noun by its lower-case singular too ("Missiles" tagged a name), and a clash (s55)
    nouns = [t for t in sent if t.pos_ in ("NOUN", "PROPN") and t.i not in tellers]
    return any(noun_forms(t) & words for t in nouns) or clash_in(nouns)


def country_named_only_as(
    actor_id: str, tok: Token, ctx: DocContext, kind: Callable[[Token], bool]
) -> bool:
    """``actor_id`` is a country named in ``tok``'s sentence, and every mention of it there
    ends in a word ``kind`` accepts (a private modifier, a place): the one walk
    ``_modifier_only`` and ``private_heads.only_placed`` share."""
    actor = ctx.actors.actor(actor_id)
    if actor is None or actor.type != "country":
        return False
    sent, doc = tok.sent, tok.doc
    found = False
    for m in ctx.actors.mentions_in(sent.start_char, sent.end_char):
        if m.actor_id != actor_id:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span) or not kind(span[-1]):
            return False
        found = True
    return found


def _modifier_only(actor_id: str, tok: Token | None, ctx: DocContext) -> bool:
    """The country ``actor_id`` is named in ``tok``'s sentence only as a private modifier
    ("the US singer" read as the USA; session 68 PB, off)."""
    if tok is None or not private_on():
        return False
    return country_named_only_as(actor_id, tok, ctx, lambda last: private_modifier(last, ctx))


def _actors_side(ids: list[str], ctx: DocContext, tok: Token | None = None) -> str:
    """POLITICAL where an actor of ``ids`` is a country or of a political sector, else
    APOLITICAL (``ids`` not empty)."""
    for actor_id in ids:
        actor = ctx.actors.actor(actor_id)
        if actor is None:
            return UNKNOWN
        if _modifier_only(actor_id, tok, ctx):
            continue  # "the US singer criticised ...": a private person (s68 PB, off)
        if _political_actor(actor_id, ctx, private=None if tok is not None else False):
            return POLITICAL
        if actor.sector is None and actor.type not in ORDINARY_TYPES:
            return UNKNOWN  # a named person or body the KB gives no sector
    return APOLITICAL


def _armed_word(tok: Token) -> bool:
    words = sense_words()
    lemma = tok.lemma_.lower()
    return lemma in words["armed"] or lemma in words["weapon"] or tok.lower_ in words["armed"]


def _owner_kind(tok: Token, ctx: DocContext) -> str | None:
    """What a noun's modifier says of whose it is: an actor's kind, UNKNOWN for a name no
    actor reads, None for anything else (an adjective, a possessive pronoun)."""
    actor_id = ctx.actors.actor_at(tok.idx, tok.idx + len(tok))
    if actor_id is not None:
        if _country_mention(tok, ctx) and private_modifier(tok, ctx):
            return None  # "the US singer": says where, not who (session 68 PB, off)
        return _actors_side([actor_id], ctx, tok)
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAMED:
        return UNKNOWN
    return None


def head_kind(tok: Token, ctx: DocContext) -> str:
    """What a subject's or object's head says of its side (see the module's doc)."""
    lower = tok.lower_
    if tok.pos_ == "PRON" or tok.tag_ in ("PRP", "WP", "EX"):
        if lower in ("who", "that", "which") and tok.head.dep_ in ("relcl", "acl"):
            return head_kind(tok.head.head, ctx)  # "a man who was injured"
        return APOLITICAL if lower in IMPERSONAL else UNKNOWN
    actor_id = ctx.actors.actor_at(tok.idx, tok.idx + len(tok))
    if actor_id is not None:
        return _actors_side([actor_id], ctx, tok)
    if tok.pos_ == "PROPN" or tok.ent_type_ in NAMED or tok.like_num:
        return UNKNOWN
    if tok.pos_ != "NOUN":
        return UNKNOWN  # "many", "all": people of any kind
    owners = {_owner_kind(c, ctx) for c in args.children(tok, *OWNER_DEPS)}
    if POLITICAL in owners or UNKNOWN in owners:
        return POLITICAL if POLITICAL in owners else UNKNOWN  # "the Democratic platform"
    if _armed_word(tok) or weapon_head(tok):
        return POLITICAL  # a weapon, by WordNet too ("shells", session 55)
    lemma = tok.lemma_.lower()
    agent = agent_words().get(lemma) or agent_words().get(singular(lower))
    if agent is not None:
        return APOLITICAL if agent.sector in ORDINARY_SECTORS else POLITICAL
    if lemma in authority_nouns() or lower in authority_nouns():
        return POLITICAL  # "the jury", "the coroner" (session 54)
    if lemma in political_person_nouns() or singular(lower) in political_person_nouns():
        return UNKNOWN  # "the candidates", "his supporters": the agents lexicon lacks them
    if organised_head(tok):
        return UNKNOWN  # "the committee", "the campaign", "organizers" (session 56, off)
    name = noun_lexnames().get(lemma) or noun_lexnames().get(lower)
    if name in THING_FILES or name in ORDINARY_FILES:
        return APOLITICAL
    return UNKNOWN


def _side_heads(tok: Token, source: bool) -> list[Token]:
    """The heads of the clause's own subject (``source``) or object, with conjuncts."""
    if source:
        heads = args.children(tok, "nsubj")
        heads += [o for a in args.children(tok, "agent") for o in args.children(a, "pobj")]
        heads += participle_doer(tok)  # "missiles targeting a city" (session 55)
    else:
        heads = args.children(tok, "dobj", "obj", "nsubjpass")
    heads += [c for h in heads for c in args.children(h, "conj")]
    return heads


def side_kind(ids: list[str], tok: Token, ctx: DocContext, source: bool) -> str:
    if ids:
        return _actors_side(ids, ctx, tok)
    kinds = {head_kind(h, ctx) for h in _side_heads(tok, source)}
    for kind in (POLITICAL, UNKNOWN, APOLITICAL):
        if kind in kinds:
            return kind
    return NONE


def apolitical(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """Neither side is political or unknown, one is apolitical, nothing armed around."""
    if frame.type in KEPT_TYPES:
        return False
    code = frame.code or ""
    if frame.type == "COERCE" and any(code.startswith(c) for c in AUTHORITY_COERCE):
        return False  # "the man faces charges": an authority's act, whoever undergoes it
    if authority_in_clause(tok, ctx, names=frame.type == "ACCUSE"):
        return False  # "appeared in court", "complained to the council"
    if protest_in(undated(_own_clause(tok))):  # "in March": no march (session 56, off)
        return False  # "the farmers called off the rally" (session 55)
    doer = side_kind(frame.source, tok, ctx, source=True)
    authority = any(code.startswith(c) for c in AUTHORITY_CODES)
    if doer == NONE and (frame.type in WORDS_TYPES or authority):
        return False  # someone unsaid speaks or rules
    kinds = {doer, side_kind(frame.target, tok, ctx, source=False)}
    if POLITICAL in kinds or UNKNOWN in kinds or APOLITICAL not in kinds:
        return False
    return not kinds_around(frame, tok, ("armed", "weapon")) and not _political_sentence(
        tok.sent, tok, ctx
    )


@rule(
    NO_POLITICAL_PARTY,
    order=4.7,
    doc="'a man who was injured in a crash has died', 'a storm hit the fleet', 'four people "
    "were rescued': an act neither of whose sides (its actors, else the clause's subject "
    "or object head) is a country, an actor of a political, armed or organised sector, a "
    "person pronoun or an unread name, and one of them ordinary people or a thing or "
    "phenomenon (WordNet lexicographer file), nothing armed around and no authority in its "
    "clause (WordNet), is no event - and vetoes the token: no other reading in its place "
    "(not PROTEST, not COERCE 172-175); s55: a weapon as doer, a clash in the sentence or a "
    "protest in the clause (WordNet) keeps it",
)
def no_political_party(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if not apolitical(frame, tok, ctx):
        return frame
    ctx.sense_vetoes.append(tok.i)  # no event at all here: no other reading in its place
    return None
