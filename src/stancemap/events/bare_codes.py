"""A dictionary verb's bare code with no party is no event.

Rule ``events.sense.light_verb_needs_party`` (for light verbs): the imported CAMEO dictionary gives many
common verbs a code with no condition ("come": 040, "want": 030, "lead": 060). A
PETRARCH-style coder codes such a verb only between two actors; here, where the verb's
arguments name no actor and no one at all (no name, no agent noun such as "police") ("where is the money supposed to come from?", "states
that may not want to chip in"), it predicates nothing between anyone and is dropped. The
project's own rows (weight 1) and rows with conditions on their words keep their event.
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Token

from ..actors.lexicon import agent_words
from ..datafiles import read_table, word_list
from ..rules import rule
from . import arguments as args
from .lexicon import is_bare
from .matching import is_agent_noun
from .parts import DocContext, Frame

# the arguments that may hold a party: subject, object, passive agent
PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "obj", "dative")
NAMED = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def _party_like(tok: Token) -> bool:
    """A name, or a noun of the agents lexicon ("police", "protesters", "officials")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in NAMED or is_agent_noun(tok)


def names_a_party(verb: Token) -> bool:
    """Some subject, object or "by" agent of the verb names someone, even with no actor."""
    heads = args.children(verb, *PARTY_DEPS)
    heads += [p for a in args.children(verb, "agent") for p in args.children(a, "pobj")]
    return any(_party_like(h) for h in heads)


def bare_code_needs_party(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    """A verb coded only by the imported dictionary's bare code (no condition on its
    words), whose arguments name no actor as source or target, is no event (read by
    ``events.sense.light_verb_needs_party``)."""
    if frame.nominal or frame.source or frame.target:
        return frame
    if frame.row.weight >= 1 or not is_bare(frame.row) or frame.row.role == "light":
        return frame
    return frame if names_a_party(tok) else None


@lru_cache(maxsize=1)
def light_verbs() -> frozenset[str]:
    """ "come", "want", "expect", "use": verbs whose most frequent WordNet sense is of
    change, cognition, consumption, emotion, motion, perception, possession or state."""
    return word_list("events/light_verbs.txt")


@rule(
    "events.sense.light_verb_needs_party",
    order=30,
    doc="a light verb, whose most frequent WordNet sense "
    "is of motion, state, cognition, emotion, perception, possession, consumption or change "
    "('come', 'want', 'expect', 'use'), coded only by the dictionary's bare code, with no one "
    "as an argument, is no event",
)
def light_verb_needs_party(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if tok.lemma_.lower() not in light_verbs():
        return frame
    return bare_code_needs_party(frame, tok, ctx)


# CAMEO's verbal families a light verb's bare code falls in: appeal (02), intent (03),
# consult (04). A material code ("march": 140 PROTEST) is the verb's own deed.
VERBAL_FAMILIES = ("02", "03", "04")


def own_bare_code(frame: Frame, tok: Token) -> str | None:
    """The imported dictionary's bare, unweighted code that a light verb's (not a noun's)
    frame still carries as its own (not recoded since), or None: the first test of every
    light-verb rule below."""
    if frame.nominal or tok.lemma_.lower() not in light_verbs():
        return None
    if frame.row.weight >= 1 or not is_bare(frame.row):
        return None
    code = frame.code or ""
    return code if code == frame.row.cameo else None


@rule(
    "events.sense.light_verb_needs_pattern",
    order=31,
    doc="a light verb ('come', 'want', 'expect') coded only by the dictionary's bare row "
    "with an appeal, intent or consultation code (CAMEO 02-04) is no event even with a party "
    "('Clinton wants to raise taxes'); a patterned row ('came to Ohio'), a material code, a "
    "support verb's event noun ('held talks'), a direct object ('weighs the bill') or a "
    "consultation with a plural or coordinated subject ('the two leaders met') still codes",
)
def light_verb_needs_pattern(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    code = own_bare_code(frame, tok)
    if code is None or frame.row.role == "light" or code[:2] not in VERBAL_FAMILIES:
        return frame  # not a light verb's own bare row, or a material code
    if code.startswith("04") and _several(tok):  # "the two leaders met": among themselves
        return frame
    if args.children(tok, "dobj", "obj"):  # "weighs the decree": the topic stays the verb's
        return frame
    return None


def _several(verb: Token) -> bool:
    """The verb's subject is plural or coordinated ("the leaders", "X and Y")."""
    subjects = args.children(verb, "nsubj", "nsubjpass")
    return any(s.tag_ in ("NNS", "NNPS") or args.children(s, "conj") for s in subjects)


THING_OBJECT = "events.sense.bare_code_thing_object"
# CAMEO's families from threats on (13-20: threaten, protest, force) act on places and things
MATERIAL_FROM = "13"


@lru_cache(maxsize=1)
@cache  # read once: it was read again for every new (verb, family) people_family met
def _dictionary_objects() -> dict[tuple[str, str], list[frozenset[str]]]:
    """(verb, code family) -> the object words of each of the imported dictionary's rows
    that names its object (``cameo_verbs.tsv``, ``obj=`` conditions)."""
    out: dict[tuple[str, str], list[frozenset[str]]] = {}
    for row in read_table("events/cameo_verbs.tsv", required=("lemma", "cameo", "requires")):
        for cond in row["requires"].split(";"):
            if cond.startswith("obj=") and row["cameo"] != "-":
                words = frozenset(cond[4:].split("|"))
                out.setdefault((row["lemma"], row["cameo"][:3]), []).append(words)
    return out


@lru_cache(maxsize=4096)
def people_family(verb: str, family: str) -> bool:
    """The dictionary's rows of ``verb`` in this code family (its first three digits) that
    name an object mostly name people: "release" 0841 prisoners, hostages, activists."""
    named = _dictionary_objects().get((verb, family), [])
    if len(named) < 2:
        return False
    words = agent_words()
    people = [ws for ws in named if any(w in words for w in ws)]
    return 2 * len(people) >= len(named)


def logical_objects(verb: Token) -> list[Token]:
    """The verb's objects: a passive's subject, and the noun a past participle modifies
    ("a poll released on Tuesday")."""
    found = args.children(verb, "dobj", "obj")
    if args.children(verb, "auxpass"):
        found += args.children(verb, "nsubjpass")
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and not args.children(verb, "nsubj"):
        found.append(verb.head)
    return found


def _names_someone(tok: Token, ctx: DocContext) -> bool:
    """A name, an agent noun, an actor, a personal pronoun or a count ("freed 12")."""
    if tok.pos_ == "PRON":
        return tok.lower_ not in ("it", "this", "that", "what", "which")
    if tok.pos_ == "NUM" or tok.like_num:
        return True
    return _party_like(tok) or ctx.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None


@rule(
    THING_OBJECT,
    order=31,
    doc="'a poll released on Tuesday': the dictionary's bare code of a verb whose patterned "
    "rows in that code family name people as objects ('release' prisoners, hostages: CAMEO "
    "084) does not fit an object that names no one: no event (not for threats and force, "
    "CAMEO 13-20, which act on things too)",
)
def bare_code_thing_object(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ != "VERB" or frame.row.role != "event":
        return frame
    if frame.row.weight >= 1 or not is_bare(frame.row) or frame.code != frame.row.cameo:
        return frame
    if (frame.code or "")[:2] >= MATERIAL_FROM:
        return frame  # "airstrikes targeted militant camps": force acts on things too
    objects = logical_objects(tok)
    if not objects or any(_names_someone(o, ctx) for o in objects):
        return frame
    return None if people_family(frame.row.lemma, (frame.code or "")[:3]) else frame


DEMAND_FAMILY = "10"


@rule(
    "events.sense.light_verb_demand_needs_pattern",
    order=31,
    doc="light_verb_needs_pattern for the demand family (CAMEO 10): 'we need to respect the "
    "police', 'Obama pushes positive', 'do we need to risk a defeat' - a light verb's bare "
    "demand code is no event; 'needs Iran to stop' (someone and an infinitive) still codes",
)
def light_verb_demand_needs_pattern(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    code = own_bare_code(frame, tok)
    if code is None or frame.row.role == "light" or not code.startswith(DEMAND_FAMILY):
        return frame
    if args.prep_objects(tok, ["for"]):
        return frame  # "lobbying groups push for free trade": a call for something
    for clause in args.children(tok, "xcomp", "ccomp"):
        doers = args.children(tok, "dobj", "obj") + args.children(clause, "nsubj")
        if any(_names_someone(d, ctx) for d in doers):
            return frame  # "needs Iran to stop enrichment": a demand on Iran
    return None


# CAMEO 06: engage in material cooperation (060 cooperate, 061 economically ...)
COOPERATION_FAMILY = "06"
PARTNER_PREPS = ["with", "from", "to", "between", "among"]


@rule(
    "events.sense.light_verb_cooperation_needs_partner",
    order=31,
    doc="'the campaign buys ad time', 'the tweet linked to articles': a light verb coded only "
    "by the dictionary's bare material cooperation row (CAMEO 06) whose object and with / "
    "from / to phrases name no one has no partner to cooperate with: no event",
)
def light_verb_cooperation_needs_partner(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    code = own_bare_code(frame, tok)
    if code is None or frame.row.role != "event" or not code.startswith(COOPERATION_FAMILY):
        return frame
    if _several(tok):  # "the two firms linked up": among themselves
        return frame
    others = logical_objects(tok) + args.prep_objects(tok, PARTNER_PREPS)
    others += args.children(tok, "dative")
    return frame if any(_names_someone(o, ctx) for o in others) else None


# CAMEO 04 (consult) and 06 (material cooperation): acts between two parties
PARTNER_FAMILIES = ("04", "06")
BARE_PARTNER = "events.sense.bare_partner_code_needs_partner"
MISPARSED_OBJECTS = ("ccomp", "xcomp", "oprd", "attr", "dep", "npadvmod", "appos")


def _owned_by_someone(tok: Token, ctx: DocContext) -> bool:
    """A thing whose possessor names someone ("Gore's campaign", "their talks")."""
    return any(_names_someone(p, ctx) for p in args.children(tok, "poss"))


def _no_counterpart(frame: Frame, tok: Token, ctx: DocContext, families: tuple[str, ...]) -> bool:
    """The verb's frame is the imported dictionary's bare, unweighted row of one of these
    code families, still its own code, with no target, a single subject, and no object,
    dative or with / from / to / between / among phrase naming someone (or owned by
    someone): nobody to act with or upon."""
    if frame.nominal or tok.pos_ != "VERB" or frame.row.role != "event":
        return False
    if frame.row.weight >= 1 or not is_bare(frame.row) or frame.code != frame.row.cameo:
        return False
    if not (frame.code or "").startswith(families) or frame.target:
        return False
    if _several(tok):  # "the leaders met", "scholars have debated": among themselves
        return False
    others = logical_objects(tok) + args.prep_objects(tok, PARTNER_PREPS)
    others += args.children(tok, "dative")
    # a name the parse hangs off the verb as a clause or complement ("congratulated
    # Tunisia's president-elect Kais Saied" with "Saied" a ccomp) is still its object
    others += [c for c in args.children(tok, *MISPARSED_OBJECTS) if c.pos_ in ("PROPN", "PRON")]
    return not any(_names_someone(o, ctx) or _owned_by_someone(o, ctx) for o in others)


@rule(
    BARE_PARTNER,
    order=31,
    doc="'decided to address the issue', 'can't handle tough questions', 'the meeting "
    "managed to delay the news conference': any verb (not only a light verb) coded only by the imported "
    "dictionary's bare consultation or cooperation row (CAMEO 04, 06), whose subject is "
    "single and whose objects, dative and with / from / to / between / among phrases name no "
    "one (nor a possessor of them), has no counterpart to consult or cooperate with: no event "
    "('discussed it with Brafman', 'managed Gore's campaign', 'the two leaders met' stay)",
)
def bare_partner_code_needs_partner(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return None if _no_counterpart(frame, tok, ctx, PARTNER_FAMILIES) else frame


# CAMEO 05 (diplomatic cooperation: praise, endorse, recognise, apologise)
SUPPORT_FAMILIES = ("05",)


@rule(
    "events.sense.bare_support_code_needs_counterpart",
    order=31,
    doc="'exposed clear rifts', 'celebrates a CD recording', "
    "'persuading buyers of his coal': bare_partner_code_needs_partner for the dictionary's "
    "bare diplomatic-cooperation row (CAMEO 05): with no target and no one named as object "
    "or partner there is no one supported: no event ('praised Obama's record' stays)",
)
def bare_support_code_needs_counterpart(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    return None if _no_counterpart(frame, tok, ctx, SUPPORT_FAMILIES) else frame


# where a military operation is done, not with whom ("operations in Gaza")
PLACE_ACTORS = ("location",)


def _partner_actors(frame: Frame, ctx: DocContext) -> list[str]:
    """The frame's targets that are parties, not places."""
    found = [(i, ctx.actors.actor(i)) for i in frame.target]
    return [i for i, a in found if a is None or a.type not in PLACE_ACTORS]


@rule(
    "events.sense.cooperation_pattern_needs_partner",
    order=31,
    doc="'the army carried out operations in Gaza', 'conducted exercises': an imported "
    "dictionary pattern coding material cooperation (CAMEO 06) whose frame has no party "
    "to cooperate with (no target but places, no with / from / to / between phrase, "
    "passive agent or dative naming someone, a single subject) is no cooperation: no event",
)
def cooperation_pattern_needs_partner(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.nominal or tok.pos_ != "VERB" or frame.row.role != "event":
        return frame
    if frame.row.weight >= 1 or is_bare(frame.row):
        return frame  # the project's own rows; bare rows have their own rules
    code = frame.code or ""
    if code != frame.row.cameo or not code.startswith(COOPERATION_FAMILY):
        return frame
    if _partner_actors(frame, ctx) or _several(tok):
        return frame  # "the two armies carried out joint manoeuvres"
    others = args.prep_objects(tok, PARTNER_PREPS) + args.children(tok, "dative")
    # a passive's agent is the other party ("supported by Chadian troops")
    others += [o for a in args.children(tok, "agent") for o in args.children(a, "pobj")]
    return frame if any(_names_someone(o, ctx) for o in others) else None
