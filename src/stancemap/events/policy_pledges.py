"""A pledge of a policy, made to no one, is no event: campaigning, not an intent to cooperate.

Session 63 (engineer CP, issue 12: campaign pledges and targetless agreements read as
events). The trigger lexicon reads every verb or noun of intent ("pledge", "promise",
"vow") as CAMEO 030, express intent to cooperate, PLOVER AGREE. On the BBC politics tune
file (``events_tune_s60bbc``) campaign pledges are the largest cause of no-event readings
(session 62 EP): "Mr Kennedy is going into the looming election pledged to increase
taxation", "his party's previous pledge to increase taxes by one penny". The convention
(docs/judging.md, session 62: "A campaign pledge is no event between actors") reads a promise
of a policy to voters as campaigning; a promise to or about an actor is coded like its act
("pledged to work with X" AGREE, "pledged not to do deals with X" REJECT). The verb alone
does not tell them apart (session 62 EP: pledged 3 right / 2 no event); what the pledge
promises does: a policy act names no actor ("to increase taxation", "to scrap tuition
fees", "to release a report"), a cooperation names its partner ("to work with X", "they
will stand by Israel", "to round up suicide bombers").

Rule ``events.sense.policy_pledge_no_event``: an AGREE reading of the bare intent (CAMEO 030:
the coder folded no act of the content into it - "pledged to support the nominee" is 032,
"to hold talks" 036, and stays) with no target,
on a word of promising (``data/events/pledge_words.txt``: WordNet's promise.v.01 "make a
promise or commitment" and its hyponyms pledge, vow, swear, guarantee, undertake, commit,
with their nouns), whose content is a clause (an infinitive or a finite complement: "pledged
to cut taxes", "promised he would act", "the pledge to scrap fees") and which names no
actor outside its own subject or owner - not in the clause promised, not as an object or
a phrase of the word ("pledged $750m of his own money", "promised voters": an actor or a
thing given is left alone) - is no event. Read once the parties are final (``stage.py``,
beside ``events.sense.firm_parties``). A pledge with a negated complement and a party
("pledged not to do deals with either party") names an actor and is left to
``events.sense.pledged_refusal`` (a negated complement with a "with" phrase is never
read here, named actor or not).

Session 65 (engineer EV): rule ``events.sense.pledge_acting_on_actor_kept``. The check above
reads the actor layer's mentions only; a content clause whose act is done to a party the
layer did not link ("pledged to ban all imports from Ruritania", "vowed to take action
against the regime", "to impose sanctions on the junta") was read as a policy and dropped,
though under the session-62 line a promise to or about an actor is coded like its act (an
intended THREATEN or SANCTION). With the rule on, a pledge is kept where the act it promises
takes a participant - the content verb's object, or the object of a preposition on that
verb or on its object ("ban imports *from* X", "sanctions *on* X", "action *against* X") -
that is a name NER reads as a country, a people or an organisation (GPE, NORP, ORG), or a
noun the agents lexicon (``data/kb/agents.tsv``, read through ``actors.lexicon``) reads as
a state, armed or international body (sectors GOV, MIL, SPY, IGO). A policy's beneficiaries
and objects ("cut taxes for families", "to scrap tuition fees") name neither and stay
dropped.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from ..actors.lexicon import agent_words
from ..datafiles import word_list
from ..rules import declare
from .lexnames import noun_lexnames
from .parts import Coded, DocContext
from .pledged_refusals import negated_infinitive, with_party

Read = tuple[Coded, float | None]  # a reading and its learned reality

POLICY_PLEDGE = declare(
    "events.sense.policy_pledge_no_event",
    "'pledged to increase taxation', 'vowed to scrap the fee', 'his pledge to cut taxes': an "
    "AGREE of the bare intent (030, no act of the content coded) with no target on a word of promising (WordNet promise.v.01 and its "
    "hyponyms: pledge_words.txt) whose content is a clause naming no actor, and which names "
    "none outside its subject or owner (no object, no phrase: 'pledged $750m', 'promised to "
    "work with X' stay), is a campaign pledge of policy, no event (docs/judging.md, session 62)",
    order=4.76,
)
OFFERED_THING = declare(
    "events.sense.offered_thing_no_event",
    "'his manifesto will offer sensible policies', 'Labour has offered 22bn savings', 'a firm "
    "that offers online games': an AGREE of the bare intent (030) with no target on a word of "
    "offering or promising (WordNet offer.v.01/.02, promise.v.01: offer_words.txt, "
    "pledge_words.txt) whose object is a thing - no sum of money, no actor - and which names "
    "no actor outside its subject is a product, a policy or a figure of speech offered to no "
    "one, no event ('offered aid' 033, 'offered talks' 036, 'pledged $750m' stay)",
    order=4.77,
)
PLEDGE_ACTING_ON_ACTOR = declare(
    "events.sense.pledge_acting_on_actor_kept",
    "'pledged to ban all imports from Ruritania', 'vowed to take action against the regime': "
    "a pledge whose promised act takes as object (or through a preposition on the act or its "
    "object) a GPE/NORP/ORG name or a state, armed or international body of the agents "
    "lexicon (sectors GOV, MIL, SPY, IGO) acts on a party: an intended event, not a policy "
    "pledge, and policy_pledge_no_event leaves it",
    order=4.755,
)
PLEDGES = "events/pledge_words.txt"
OFFERS = "events/offer_words.txt"
# the bare intent: the coder folded no act of the content into it ("pledged to support X"
# is 032, "to hold talks" 036, "to send troops" 033: a cooperation with someone)
BARE_INTENT = "030"
# what a word of promising governs as its content: "pledged to cut", "promised (that) he
# would", "the pledge to scrap"
CONTENT_DEPS = ("xcomp", "ccomp", "acl")
# the one who promises: its subject, a noun's owner ("his party's pledge")
OWNER_DEPS = frozenset(("nsubj", "nsubjpass", "poss", "agent"))
# a thing promised or given as the word's own object: "pledged $750m", "pledged support"
OBJECT_DEPS = frozenset(("dobj", "obj", "dative"))
# names of parties a promised act can be done to ("from Canada", "against Hamas")
PARTY_NAMES = frozenset(("GPE", "NORP", "ORG"))
# agents lexicon sectors of a body that acts for a state or a league of states
BODY_SECTORS = frozenset(("GOV", "MIL", "SPY", "IGO"))
# how a promised act reaches its participant: its object, a preposition's object
ACT_OBJECT_DEPS = frozenset(("dobj", "obj", "dative"))
QUANTITY = "noun.quantity"  # WordNet's noun.quantity: a unit of money or measure
# an object the parser took from a time phrase ("promised Sunday to end ...")
TIMES = frozenset(("DATE", "TIME"))


@lru_cache(maxsize=1)
def pledge_words() -> frozenset[str]:
    """Words of promising (``pledge_words.txt``, WordNet promise.v.01 and its hyponyms)."""
    return word_list(PLEDGES)


@lru_cache(maxsize=1)
def offer_words() -> frozenset[str]:
    """Words of offering (``offer_words.txt``, WordNet offer.v.01 and offer.v.02)."""
    return word_list(OFFERS)


@lru_cache(maxsize=1)
def _offer_or_pledge_words() -> frozenset[str]:
    return offer_words() | pledge_words()


def _offer_word(tok: Token) -> bool:
    words = _offer_or_pledge_words()
    return tok.pos_ == "VERB" and (tok.lemma_.lower() in words or tok.lower_ in words)


def _money(tok: Token) -> bool:
    """A sum or an amount: "$750m", "500 million euros", "£960m" (parsed as "m" under
    "960"): its head a number, a currency sign or a MONEY entity, or a noun whose first
    WordNet sense is of quantity (m, million, pound, euro). "£22bn savings" is savings."""
    if tok.ent_type_ == "MONEY" or tok.like_num or tok.pos_ in ("NUM", "SYM"):
        return True
    return noun_lexnames().get(tok.lemma_.lower()) == QUANTITY


def _pledge_word(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "NOUN") and (
        tok.lemma_.lower() in pledge_words() or tok.lower_ in pledge_words()
    )


def _content(tok: Token) -> Token | None:
    """The clause a word of promising governs ("pledged to cut taxes"), else None."""
    for child in tok.children:
        if child.dep_ in CONTENT_DEPS and child.pos_ in ("VERB", "AUX"):
            return child
    return None


def _names_another(tok: Token, spans: list[tuple[int, int]]) -> bool:
    """Some actor mention overlaps the word's phrase outside the word itself and the one
    who promises (its subject or owner)."""
    owners = {t.i for c in tok.children if c.dep_ in OWNER_DEPS for t in c.subtree}
    for t in tok.subtree:
        if t.i in owners or t.i == tok.i:
            continue
        start, end = t.idx, t.idx + len(t.text)
        if any(s < end and start < e for s, e in spans):
            return True
    return False


def _party_word(tok: Token) -> bool:
    """A name of a country, people or organisation, or a noun of a state, armed or
    international body (the agents lexicon)."""
    if tok.ent_type_ in PARTY_NAMES and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
        return True
    if tok.pos_ != "NOUN":
        return False
    word = agent_words().get(tok.lemma_.lower()) or agent_words().get(tok.lower_)
    return word is not None and word.sector in BODY_SECTORS


def _participants(act: Token) -> list[Token]:
    """The promised act's object and the objects of prepositions on it or its object, each
    with its conjuncts."""
    heads = [act, *(c for c in act.children if c.dep_ in ACT_OBJECT_DEPS)]
    found = [c for c in act.children if c.dep_ in ACT_OBJECT_DEPS]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep"):
            found += [c for c in prep.children if c.dep_ == "pobj"]
    out = []
    for tok in found:
        out += [tok, *tok.conjuncts]
    return out


def acts_on_party(tok: Token) -> bool:
    """The act a word of promising governs ("pledged to ban imports from X") is done to a
    party: a participant of it (or of the act it leads to: "to take steps to punish X") is
    a country, people or organisation name, or a state body of the agents lexicon."""
    act = _content(tok)
    seen = 0
    while act is not None and seen < 3:
        participants = _participants(act)
        # the participant itself, not a modifier of it: "to visit every Iowa county", "to
        # remain in the fight through the California primary" act on no party
        if any(_party_word(p) for p in participants):
            return True
        act = next((c for c in act.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        seen += 1
    return False


def policy_pledge(
    item: Coded, tok: Token, spans: list[tuple[int, int]], acting_kept: bool = False
) -> bool:
    """An AGREE with no target on a word of promising whose content is a clause, with no
    actor named outside the promiser (subject, owner) and no object of its own (and, with
    ``acting_kept``, no act done to a party: rule ``PLEDGE_ACTING_ON_ACTOR``)."""
    if item.type != "AGREE" or item.target or item.cameo != BARE_INTENT:
        return False  # "pledged to support the nominee" (032), "to hold talks" (036): coded
    if not _pledge_word(tok):
        return False
    if _content(tok) is None:
        return False  # "pledged $750m", "the pledge": what is promised is unsaid or a thing
    refused = negated_infinitive(tok)
    if refused is not None and with_party(refused):
        return False  # "pledged not to do deals with either party": a refusal of a party
    if any(c.dep_ in OBJECT_DEPS for c in tok.children):
        return False  # "promised voters a referendum", "pledged money to support the cause"
    if acting_kept and acts_on_party(tok):
        return False  # "pledged to ban imports from Ruritania": an intended act on a party
    return not _names_another(tok, spans)


def offered_thing(item: Coded, tok: Token, spans: list[tuple[int, int]]) -> bool:
    """An AGREE of the bare intent with no target on a verb of offering or promising whose
    object is a thing (no sum, no actor), naming no actor outside its subject."""
    if item.type != "AGREE" or item.target or item.cameo != BARE_INTENT:
        return False  # "offered aid" (033), "offered talks" (036): a coded cooperation
    if not _offer_word(tok):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    if not objects or any(c.dep_ == "dative" for c in tok.children):
        return False  # "offered to help": rule POLICY_PLEDGE's; "offered them": a party
    if any(_money(o) or o.pos_ not in ("NOUN", "PROPN") or o.ent_type_ in TIMES for o in objects):
        return False  # "pledged $750m": a gift of money; "offer it"; "promised Sunday to"
    return not _names_another(tok, spans)


def without_policy_pledges(
    doc: Doc,
    ctx: DocContext,
    coded: list[Read],
    pledges: bool = True,
    offers: bool = False,
    acting_kept: bool = False,
) -> list[Read]:
    """The stage's readings but the pledges of a policy to no one (rule ``POLICY_PLEDGE``,
    where ``pledges``) and the things offered to no one (rule ``OFFERED_THING``, where
    ``offers``), read once the parties are final; ``acting_kept``: rule
    ``PLEDGE_ACTING_ON_ACTOR``."""
    spans = [(m.start, m.end) for m in ctx.actors.mentions]
    kept = []
    for pair in coded:
        item = pair[0]
        span = doc.char_span(*item.trigger, alignment_mode="expand")
        if span is not None and len(span):
            if pledges and policy_pledge(item, span.root, spans, acting_kept):
                continue
            if offers and offered_thing(item, span.root, spans):
                continue
        kept.append(pair)
    return kept
