"""The sense of a trigger from its arguments: literal force or figurative words,
showing or protesting, recalling an envoy or recalling a memory.

Rule group ``events.sense.*``; each rule takes ``(frame, tok, ctx, finder)``
and returns the frame (possibly recoded) or None to drop it. The words live in
``data/events/sense.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import constants, word_list, words_by_kind
from ..rules import rule
from . import arguments as args
from .named_predicative import NAMED_PREDICATIVE_OBJECT, named_predicative_on
from .organised_parties import MONTH_NOT_PROTEST, ORGANISED_PARTY, month_on, organised_on
from .parts import DocContext, Frame, Tuning
from .sense_nouns import WORDNET_NOUNS, wordnet_on, wordnet_words
from .teller_parties import TELLER_NO_PARTY, teller_on
from .undertaking_subjects import UNDERTAKING_BODY, undertaking_body_on

KINDS = (
    "force_verb",
    "armed",
    "weapon",
    "physical",
    "verbal",
    "showing",
    "recalling",
    "situation",
    "advocacy",
    "protecting",
    "quarrel",
    "leaving",
    "talks",
)
FORCE_TYPES = ("ASSAULT", "COERCE", "THREATEN")
ARMED_SECTORS = ("MIL", "REB", "COP", "SPY", "IMG", "INS")
POLITICAL_SECTORS = ("GOV", "LEG", "PTY", "OPP", "JUD", "ELI")


@lru_cache(maxsize=1)
def sense_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/sense.tsv``."""
    return words_by_kind("events/sense.tsv", KINDS)


def _lemmas(tokens: list[Token]) -> set[str]:
    out: set[str] = set()
    for tok in tokens:
        out.add(tok.lemma_.lower())
        out.add(tok.lower_)
    return out


def _argument_tokens(tok: Token) -> list[Token]:
    """The predicate's subject, objects and prepositional phrases (not its clauses)."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in (
            "nsubj",
            "nsubjpass",
            "dobj",
            "obj",
            "prep",
            "agent",
            "dative",
            "npadvmod",
            "prt",  # "clashed over the budget" is sometimes parsed with "over" as a particle
        ):
            out.extend(child.subtree)
    return out


def _around(frame: Frame, tok: Token) -> set[str]:
    """Words of the predicate's arguments; for an event noun that is a verb's object
    ("declared war on the tax plan"), the verb's arguments too."""
    tokens = _argument_tokens(tok)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i:
        tokens += _argument_tokens(tok.head)
    return _lemmas(tokens) | frame.words


def _around_nouns(tok: Token) -> set[str]:
    """Lemmas of the nouns among the predicate's arguments (WordNet's nouns are read on
    nouns only: "an" and "will" are WordNet nouns too)."""
    tokens = _argument_tokens(tok)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "obj") and tok.head.i != tok.i:
        tokens += _argument_tokens(tok.head)
    return {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}


def _sectors(ids: list[str], ctx: DocContext) -> set[str]:
    sectors = set()
    for actor_id in ids:
        actor = ctx.actors.actor(actor_id)
        if actor is not None:
            sectors.add(actor.sector or actor.type.upper())
    return sectors


def armed_side(frame: Frame, ctx: DocContext) -> bool:
    """A side of ``frame`` (source or target) is of an armed sector (police, military,
    rebels, ...): the force and seizure sense gates keep such an act literal."""
    return bool((_sectors(frame.source, ctx) | _sectors(frame.target, ctx)) & set(ARMED_SECTORS))


def kinds_around(frame: Frame, tok: Token, kinds: tuple[str, ...]) -> bool:
    """A word of one of ``kinds`` ("armed", "weapon", "physical") around the predicate: in
    the sense lexicon, or a noun of WordNet's words of that kind."""
    words = sense_words()
    if _around(frame, tok) & set().union(*(words[k] for k in kinds)):
        return True
    wordnet = wordnet_words()
    return bool(wordnet) and bool(_around_nouns(tok) & set().union(*(wordnet[k] for k in kinds)))


def _armed(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """An armed actor, a weapon or a physical target around the predicate."""
    if kinds_around(frame, tok, ("armed", "weapon", "physical")):
        return True
    if _sectors(frame.source, ctx) & set(ARMED_SECTORS):
        return True
    # a place as the target ("attacked Georgia", "struck Kyiv"): territory is physical
    for actor_id in frame.target:
        actor = ctx.actors.actor(actor_id)
        if actor is not None and actor.type in ("country", "location") and not frame.source:
            return True
        if actor is not None and actor.type == "location":
            return True
    return False


def _verbal(frame: Frame, tok: Token, ctx: DocContext) -> bool:
    """Words of politics around the predicate, or people and parties on both sides."""
    if _around(frame, tok) & sense_words()["verbal"]:
        return True
    wordnet = wordnet_words()
    if wordnet and _around_nouns(tok) & wordnet["verbal"]:
        return True
    people = {"PERSON", *POLITICAL_SECTORS}
    src, tgt = _sectors(frame.source, ctx), _sectors(frame.target, ctx)
    if src and tgt:
        return src <= people and tgt <= people
    # "Moreau and Novak clashed", "the prime minister hit back": politicians and no
    # target named (an armed actor, weapon or physical target was ruled out before)
    return not tgt and bool(src) and src <= people


def _force_word(frame: Frame, tok: Token) -> bool:
    """The force is in the verb ("attacked") or in its object ("opened fire", "declared
    war on", "launched an offensive against")."""
    force = sense_words()["force_verb"]
    if tok.lemma_.lower() in force:
        return True
    return any(o.lemma_.lower() in force for o in args.children(tok, "dobj", "obj"))


@rule(
    "events.sense.figurative_force",
    order=10,
    doc="'attacked the plan', 'clashed over the budget': without an armed actor, weapon or "
    "physical target, force verbs between politicians are criticism (CAMEO 111)",
)
def figurative_force(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or not _force_word(frame, tok):
        return frame
    if _armed(frame, tok, ctx) or not _verbal(frame, tok, ctx):
        return frame
    frame.code = str(constants("events")["figurative_force_code"])
    frame.type = "ACCUSE"
    return frame


# the phrases of a force noun that name what is struck ("strikes on rebel positions",
# "strikes against Syria"); "a strike at the plant" or "in France" is where workers stop
STRUCK_PREPS = ("on", "against")
STRUCK_ENTITIES = ("GPE", "LOC", "FAC")


def _struck(noun: Token) -> list[Token]:
    """What a force noun's own on/against phrase names: the phrase's head nouns and their
    modifiers ("rebel positions", "Islamic State targets"), not their own phrases ("the
    government of X"); for the object of a verb, the verb's phrase too ("authorised strikes
    on X" is often parsed so)."""
    holders = [noun]
    if noun.dep_ in ("dobj", "obj") and noun.head.i != noun.i:
        holders.append(noun.head)
    heads = [obj for h in holders for obj in args.prep_objects(h, list(STRUCK_PREPS))]
    modifiers = [c for h in heads for c in h.children if c.dep_ in ("compound", "amod", "nmod")]
    return heads + modifiers


# armed sources whose members also stop work ("police officers went on strike")
STRIKING_SECTORS = ("COP",)


def _literal_strike(frame: Frame, noun: Token, ctx: DocContext) -> bool:
    """A strike on a place or a physical or armed target, by an armed actor, or with a
    weapon word among its own modifiers: the force, not a stoppage of work."""
    words = sense_words()
    literal = words["armed"] | words["weapon"] | words["physical"]
    wordnet = wordnet_words()
    wn_literal = (wordnet["armed"] | wordnet["weapon"] | wordnet["physical"]) if wordnet else set()
    struck = _struck(noun)
    if any(t.ent_type_ in STRUCK_ENTITIES for t in struck):
        return True
    nouns = {t.lemma_.lower() for t in struck if t.pos_ == "NOUN"}
    if _lemmas(struck) & literal or nouns & wn_literal:
        return True
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    if _lemmas(modifiers) & (words["armed"] | words["weapon"]):
        return True
    if _sectors(frame.target, ctx) & set(ARMED_SECTORS):
        return True
    on_strike = noun.dep_ == "pobj" and noun.head.lower_ == "on"  # "went on strike"
    armed = set(ARMED_SECTORS) - set(STRIKING_SECTORS)
    return not on_strike and bool(_sectors(frame.source, ctx) & armed)


@rule(
    "events.sense.strike_from_arguments",
    order=13,
    doc="'authorised strikes on rebel positions', 'strikes against Syria': a force noun the "
    "lexicon reads as a protest (a labour 'strike') whose own on/against phrase names a "
    "place or a physical or armed target, or whose source or target is armed, is the use of force "
    "(CAMEO 190); 'a strike by teachers', 'a strike at the plant' stay protests",
)
def strike_from_arguments(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "PROTEST" or not frame.nominal or tok.pos_ != "NOUN":
        return frame
    if tok.lemma_.lower() not in sense_words()["force_verb"]:
        return frame
    if not _literal_strike(frame, tok, ctx):
        return frame
    frame.code = str(constants("events")["literal_force_code"])
    frame.type = "ASSAULT"
    return frame


def _political_source(frame: Frame, ctx: DocContext) -> bool:
    """Every source is a person or a political body (no state, crowd or armed group)."""
    sources = _sectors(frame.source, ctx)
    return bool(sources) and sources <= {"PERSON", *POLITICAL_SECTORS}


def _over_an_issue(tok: Token, ctx: DocContext) -> bool:
    """ "clashed over the terms of the bailout": 'over' a thing that is no place."""
    for issue in args.prep_objects(tok, ["over"]):
        if issue.ent_type_ in ("GPE", "LOC", "FAC"):
            return False
        return issue.lemma_.lower() not in sense_words()["physical"]
    return False


@rule(
    "events.sense.political_dispute",
    order=12,
    doc="'finance ministers clashed over the bailout', 'the minister attacked the Greeks': a "
    "force word with no armed actor, weapon or physical target, from politicians or over an "
    "issue, is criticism (CAMEO 111) whoever the target is",
)
def political_dispute(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or not _force_word(frame, tok):
        return frame
    if _armed(frame, tok, ctx):
        return frame
    if not (_political_source(frame, ctx) or _over_an_issue(tok, ctx)):
        return frame
    frame.code = str(constants("events")["figurative_force_code"])
    frame.type = "ACCUSE"
    return frame


@lru_cache(maxsize=1)
def _executing_verbs() -> frozenset[str]:
    """ "carry out", "conduct", "perpetrate" (data/events/executing_verbs.txt)."""
    return word_list("events/executing_verbs.txt")


def _verb_key(verb: Token) -> str:
    parts = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return f"{verb.lemma_.lower()} {parts[0]}" if parts else verb.lemma_.lower()


def _ordered_or_done(noun: Token) -> bool:
    """The noun is the object of a verb of ordering ("ordered an attack on Ukraine") or of
    carrying out ("carried out an attack"): an act ordered or done, not words."""
    if noun.dep_ not in ("dobj", "obj") or noun.head.i == noun.i or noun.head.pos_ != "VERB":
        return False
    from .authorised_acts import authorising_words  # authorised_acts imports the lexicon

    key = _verb_key(noun.head)
    return key in _executing_verbs() or key in authorising_words()["verb"]


@rule(
    "events.sense.ordered_force_is_literal",
    order=12.5,
    doc="'Putin ordered an attack on Ukraine', 'the rebels carried out an attack': a force "
    "noun that a verb of ordering (authorising_verbs.tsv) or of carrying out "
    "(executing_verbs.txt) takes as object is an act, not words: the figurative reading "
    "(CAMEO 111) goes back to the noun's own force code",
)
def ordered_force_is_literal(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    figurative = str(constants("events")["figurative_force_code"])
    if frame.type != "ACCUSE" or frame.code != figurative or frame.row.type not in FORCE_TYPES:
        return frame
    if frame.row.cameo is None:
        return frame
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in sense_words()["force_verb"]:
        return frame
    if not _ordered_or_done(tok):
        return frame
    frame.code = frame.row.cameo
    frame.type = frame.row.type
    return frame


@lru_cache(maxsize=1)
def _gathering_nouns() -> frozenset[str]:
    """WordNet's nouns of a gathering that are no protest (data/events/gathering_nouns.txt)."""
    return word_list("events/gathering_nouns.txt")


# what a protest gathering is held over: "a rally against the war", "for peace", "over pay"
CAUSE_PREPOSITIONS = ("against", "for", "over", "in")
# sources that hold rallies for a campaign; an opposition's rally is a protest ("OPP")
CROWD_FREE = {"PERSON", "LOCATION", *POLITICAL_SECTORS} - {"OPP"}


def _has_cause(noun: Token) -> bool:
    """A phrase, clause or modifier that says what the gathering protests: a
    preposition of cause ("in support of", "against"), a clause ("to protest"), or a
    word of protest among its modifiers ("an anti-war rally", "a protest rally")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in CAUSE_PREPOSITIONS and child.lower_ != "in":
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            objects = args.children(child, "pobj")
            if any(o.lemma_.lower() in ("support", "protest", "solidarity") for o in objects):
                return True
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("acl", "xcomp") and child.pos_ == "VERB" and infinitive:
            return True  # "a rally to protest"; a relative clause ("where he said") is none
        if child.dep_ in ("amod", "compound") and (
            child.lower_.startswith("anti") or child.lemma_.lower() == "protest"
        ):
            return True
    return False


@rule(
    "events.sense.gathering_needs_cause",
    order=19,
    doc="'Trump held a rally in Ohio', 'at a rally in Portland': a protest code on a noun of "
    "a gathering that is no protest in WordNet (rally, meeting: gathering_nouns.txt), with no "
    "cause (against / for / over / in support of, a clause, an 'anti-' or 'protest' "
    "modifier), no target and no crowd as source (only persons, politicians or places), is "
    "a campaign event, not a demonstration: no event",
)
def gathering_needs_cause(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "PROTEST" or frame.target:
        return frame
    nouns = [tok] if tok.pos_ == "NOUN" else args.children(tok, "dobj", "obj")
    gatherings = [n for n in nouns if n.lemma_.lower() in _gathering_nouns()]
    if not gatherings or any(_has_cause(n) for n in gatherings):
        return frame
    if tok.pos_ == "VERB" and _has_cause(tok):
        return frame  # "held a rally against the war" parsed on the verb
    if frame.source and not _sectors(frame.source, ctx) <= CROWD_FREE:
        return frame  # students, workers, protesters rally
    if not frame.source and _unnamed_holder(tok):
        return frame  # "protesters held a rally": a crowd the actor layer does not name
    return None


def _unnamed_holder(tok: Token) -> bool:
    """The verb's subject, or the noun's possessor or "by" agent, is there but names no
    actor (a common noun: "protesters", "thousands of students")."""
    if tok.pos_ == "VERB":
        return bool(args.children(tok, "nsubj", "nsubjpass"))
    owners = [p for p in args.children(tok, "poss") if p.ent_type_ not in ("DATE", "TIME")]
    return bool(owners or args.prep_objects(tok, ["by"]))  # not "last week's rally"


def _own_arms(tok: Token) -> bool:
    """The object is the source's own arms: 'its chemical weapons', 'their own missiles'."""
    weapons = sense_words()["weapon"]
    for obj in args.children(tok, "dobj", "obj"):
        words = list(obj.subtree)
        owned = any(
            w.dep_ == "poss" and w.lower_ in ("its", "their", "our") or w.lower_ == "own"
            for w in words
        )
        if owned and any(w.lemma_.lower() in weapons for w in words):
            return True
    return False


@rule(
    "events.sense.own_arms_are_disarming",
    order=14,
    doc="'Syria destroyed its chemical weapons', 'the rebels handed over their rifles': "
    "force on one's own arms is disarming (RETREAT), not an attack",
)
def own_arms_are_disarming(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in ("ASSAULT", "COERCE") or not _own_arms(tok):
        return frame
    frame.code = str(constants("events")["own_arms_code"])
    frame.type = "RETREAT"
    return frame


@rule(
    "events.sense.literal_force",
    order=15,
    doc="'came under fire from militants', 'attacked by gunmen': a criticism code on a force "
    "word with an armed actor, a weapon or a physical target, and no word of politics, is "
    "the attack itself (CAMEO 190)",
)
def literal_force(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "ACCUSE" or frame.nominal:
        return frame
    force = sense_words()["force_verb"]
    # the verb itself, or what it comes under ("came under fire"); never its object:
    # "condemned the attack" stays a condemnation
    words = {tok.lemma_.lower()} | {o.lemma_.lower() for o in args.prep_objects(tok, ["under"])}
    if not words & force or not _armed(frame, tok, ctx) or _verbal(frame, tok, ctx):
        return frame
    frame.code = str(constants("events")["literal_force_code"])
    frame.type = "ASSAULT"
    return frame


@rule(
    "events.sense.situation_is_no_assailant",
    order=16,
    doc="'I think that hurt him', 'it will kill the deal': force whose subject is a pronoun "
    "standing for a situation (no actor), with no armed actor, weapon or physical target, "
    "is no act of force",
)
def situation_is_no_assailant(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or frame.source or frame.nominal:
        return frame
    situation = sense_words()["situation"]
    subjects = args.children(tok, "nsubj")
    if not subjects or any(s.lower_ not in situation for s in subjects):
        return frame
    return frame if _armed(frame, tok, ctx) else None


def _dictionary_bare(frame: Frame) -> bool:
    """The frame is an imported dictionary's unconditioned code ("dominate: 190" when
    nothing more specific matched): the verb alone, no argument the dictionary tested."""
    return frame.row.weight < 1 and all(r.negative for r in frame.row.requires)


@rule(
    "events.sense.bare_force_needs_arms",
    order=17,
    doc="'a race dominated by X', 'a timeline X could still match': a dictionary verb's bare "
    "force code, on a verb that is no force word, needs an armed actor, a weapon or a "
    "physical target; without one, between politicians or over words, there is no event",
)
def bare_force_needs_arms(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or frame.nominal or not _dictionary_bare(frame):
        return frame
    if _force_word(frame, tok) or _armed(frame, tok, ctx):
        return frame
    # between politicians, or over words and policy: a race, a vote, a timeline
    return None if _verbal(frame, tok, ctx) else frame


def _backs_someone(tok: Token, frame: Frame, ctx: DocContext) -> bool:
    """ "campaigned for Clinton", "stumped for him": the 'for' phrase names an actor
    (a person or a party) that is the frame's target, not a cause ("for reform")."""
    backed = args.prep_objects(tok, ["for"])
    if not backed or not frame.target:
        return False
    named = any(
        o.ent_type_ in ("PERSON", "ORG", "NORP") or o.pos_ in ("PROPN", "PRON") for o in backed
    )
    people = {"PERSON", *POLITICAL_SECTORS}
    return named and bool(_sectors(frame.target, ctx)) and _sectors(frame.target, ctx) <= people


@rule(
    "events.sense.campaigning_for_is_support",
    order=18,
    doc="'will campaign for Clinton', 'stumped for him': campaigning for a person or party "
    "is support (CAMEO 051), not a request; campaigning for a cause keeps its code",
)
def campaigning_for_is_support(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "REQUEST" or frame.nominal:
        return frame
    if tok.lemma_.lower() not in sense_words()["advocacy"] or not _backs_someone(tok, frame, ctx):
        return frame
    frame.code = str(constants("events")["campaigning_for_code"])
    frame.type = "SUPPORT"
    return frame


# the phrases that name what one campaigns for or against ("on" an issue, "on X's behalf")
CAUSE_PREPS = ("for", "against", "on")


@rule(
    "events.sense.campaigning_without_cause",
    order=18,
    doc="'Sanders campaigned in the state in May', 'is not campaigning as tech's champion': "
    "a verb of campaigning (sense.tsv advocacy) with no for/against/on phrase, object or "
    "clause runs a campaign and demands nothing: no REQUEST",
)
def campaigning_without_cause(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "REQUEST" or frame.nominal or tok.pos_ != "VERB":
        return frame
    if tok.lemma_.lower() not in sense_words()["advocacy"]:
        return frame
    if any(c.dep_ == "prep" and c.lower_ in CAUSE_PREPS for c in tok.children):
        return frame
    if args.children(tok, "dobj", "obj", "xcomp", "ccomp") or tok.dep_ == "relcl":
        return frame  # "the policies she campaigned against": the stranded phrase
    return None


@rule(
    "events.sense.showing_not_protest",
    order=20,
    doc="'demonstrated its resolve', 'showed willingness': showing something is no protest",
)
def showing_not_protest(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "PROTEST" or tok.lemma_.lower() not in sense_words()["showing"]:
        return frame
    shown = args.children(tok, "dobj", "obj", "ccomp", "attr")
    return None if shown else frame


def _states_only(ids: list[str], ctx: DocContext) -> bool:
    """Every actor is a state: a country, or a government body or official."""
    found = [ctx.actors.actor(i) for i in ids]
    return bool(found) and all(
        a is not None and (a.type == "country" or a.sector == "GOV") for a in found
    )


def _foreign_states(frame: Frame, ctx: DocContext) -> bool:
    """The targets are states, none of the source's own country."""
    if not _states_only(frame.target, ctx):
        return False
    return not _countries(frame.source, ctx) & _countries(frame.target, ctx)


def _countries(ids: list[str], ctx: DocContext) -> set[str | None]:
    found = (ctx.actors.actor(i) for i in ids)
    return {a.country for a in found if a is not None}


@rule(
    "events.sense.states_do_not_demonstrate",
    order=25,
    doc="a protest by a state is a formal complaint ('Japan filed a protest with China', "
    "'Egypt protested to Israel': ACCUSE), its blocking a restriction ('the government "
    "blocked access': COERCE); crowds demonstrate",
)
def states_do_not_demonstrate(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    # a crowd the linker gave its country ("students throughout Indonesia staged
    # demonstrations") has no one its protest is lodged with: a target is required
    if frame.type != "PROTEST" or not frame.code or not frame.target:
        return frame
    if not _states_only(frame.source, ctx):
        return frame
    numbers = constants("events")
    if frame.code.startswith("144"):  # obstruct, block
        frame.code = str(numbers["state_obstruction_code"])
        frame.type = "COERCE"
    elif frame.code in ("14", "140", "141") and _foreign_states(frame, ctx):
        frame.code = str(numbers["state_protest_code"])  # lodged with another state
        frame.type = "ACCUSE"
    return frame


def apply_sense(
    frame: Frame,
    tok: Token,
    ctx: DocContext,
    tuning: Tuning,
    only: frozenset[str] | None = None,
) -> Frame | None:
    """Run the enabled sense rules in order (of ``only``, where given: the names of the
    rules to run); None when one drops the frame."""
    current: Frame | None = frame
    wordnet_on.set(tuning.on(WORDNET_NOUNS))
    undertaking_body_on.set(tuning.on(UNDERTAKING_BODY))
    named_predicative_on.set(tuning.on(NAMED_PREDICATIVE_OBJECT))
    organised_on.set(tuning.on(ORGANISED_PARTY))
    month_on.set(tuning.on(MONTH_NOT_PROTEST))
    teller_on.set(tuning.on(TELLER_NO_PARTY))
    # events.sense.private_modifiers: a plain setting, read by apolitical_acts (s69 PA)
    _apolitical_acts.private_modifiers_on.set(tuning.on(_apolitical_acts.PRIVATE_MODIFIERS))
    # events.sense.private_heads (session 69 PA), read by private_ends once parties are final
    _private_heads.private_heads_on.set(tuning.on(_private_heads.PRIVATE_HEADS))
    _private_heads.work_force_on.set(tuning.on(_private_heads.WORK_FORCE))  # s69 PA
    _denial_sides.private_denials_on.set(tuning.on(_denial_sides.PRIVATE_DENIALS))  # s69 PA
    for item in tuning.active("events.sense."):
        if current is None:
            break
        if item.func is None:  # a declared switch (events.sense.wordnet_nouns), no rule
            continue
        if only is not None and item.name not in only:
            continue
        current = item.func(current, tok, ctx)
    return current


# the contest and withheld-act rules join this group (registered on import)
from . import acting_subjects as _acting_subjects  # noqa: E402,F401
from . import against as _against  # noqa: E402,F401
from . import agreement_verbs as _agreement_verbs  # noqa: E402,F401
from . import aid_verbs as _aid_verbs  # noqa: E402,F401
from . import apolitical_acts as _apolitical_acts  # noqa: E402,F401
from . import arguing_speech as _arguing_speech  # noqa: E402,F401
from . import background_nouns as _background_nouns  # noqa: E402,F401
from . import bare_codes as _bare_codes  # noqa: E402,F401
from . import calls as _calls  # noqa: E402,F401
from . import claim_clauses as _claim_clauses  # noqa: E402,F401
from . import complement_sense as _complement_sense  # noqa: E402,F401
from . import conflict_nouns as _conflict_nouns  # noqa: E402,F401
from . import contest as _contest  # noqa: E402,F401
from . import counterparts as _counterparts  # noqa: E402,F401
from . import denial_sides as _denial_sides  # noqa: E402,F401
from . import dummy_subject as _dummy_subject  # noqa: E402,F401
from . import electoral as _electoral  # noqa: E402,F401
from . import explored_prospects as _explored_prospects  # noqa: E402,F401
from . import figurative_objects as _figurative_objects  # noqa: E402,F401
from . import held_things as _held_things  # noqa: E402,F401
from . import joint_cooperation as _joint_cooperation  # noqa: E402,F401
from . import joint_events as _joint_events  # noqa: E402,F401
from . import labour_strikes as _labour_strikes  # noqa: E402,F401
from . import legal_charges as _legal_charges  # noqa: E402,F401
from . import made_things as _made_things  # noqa: E402,F401
from . import market_rivalry as _market_rivalry  # noqa: E402,F401
from . import names_with_triggers as _names_with_triggers  # noqa: E402,F401
from . import naming as _naming  # noqa: E402,F401
from . import open_questions as _open_questions  # noqa: E402,F401
from . import pledged_refusals as _pledged_refusals  # noqa: E402,F401
from . import poll_shares as _poll_shares  # noqa: E402,F401
from . import private_heads as _private_heads  # noqa: E402,F401
from . import private_parties as _private_parties  # noqa: E402,F401
from . import published_things as _published_things  # noqa: E402,F401
from . import pursuit as _pursuit  # noqa: E402,F401
from . import request_clauses as _request_clauses  # noqa: E402,F401
from . import rival_battles as _rival_battles  # noqa: E402,F401
from . import seized_ideas as _seized_ideas  # noqa: E402,F401
from . import seized_things as _seized_things  # noqa: E402,F401
from . import sequence as _sequence  # noqa: E402,F401
from . import share_scores as _share_scores  # noqa: E402,F401
from . import spoken_attacks as _spoken_attacks  # noqa: E402,F401
from . import sport as _sport  # noqa: E402,F401
from . import thing_complements as _thing_complements  # noqa: E402,F401
from . import thing_doers as _thing_doers  # noqa: E402,F401
from . import thing_subjects as _thing_subjects  # noqa: E402,F401
from . import topics as _topics  # noqa: E402,F401
from . import undone_acts as _undone_acts  # noqa: E402,F401
from . import withdrawn as _withdrawn  # noqa: E402,F401
