"""Force, seizure and threats read from their arguments (session 70, engineer ES, issue 12).

Issue 12 asks that ASSAULT, COERCE and THREATEN have an armed actor, a weapon or a physical
target, and that words between politicians be read as words. On the News Articles and BBC
tune drafts (docs/benchmarks.md, session 70 ES) two shapes were left where the
arguments decide the sense and no rule read them:

- ``events.sense.seized_abstraction``: "China is taking concrete steps", "they took my
  height and weight", "the video captured the arrest": a seizure reading (COERCE, CAMEO
  171x: seize or confiscate) of a verb whose every taken thing (direct object, passive
  subject) is a common noun naming no actor whose most frequent WordNet sense is an act,
  an idea, a time, an event, a feeling, a process, a phenomenon, a motive, a shape, a
  quantity, a relation or an attribute of size (``abstract_nouns.txt``; not a state or an
  attribute of power - "seized power", "took control", "took custody" stay - nor words or
  papers - "seized documents" stays), with no armed actor, weapon or physical target around
  and no place or actor inside the taken phrase, takes nothing from anyone: no event.
- ``events.sense.thing_threatens``: "a diplomatic row between X and Y threatens to
  overshadow the campaign", "the scandal threatens to derail his bid": a THREATEN reading of
  a verb whose own subject names no one (``thing_subjects.names_someone``: no name, actor,
  personal pronoun, noun of people or groups), or is a noun with a 'between' phrase (a row,
  a dispute between parties, not a party), is the verb's sense of "be likely to", a sign of
  what may come, not a threat made by anyone: no event, unless an armed actor or a weapon
  is around. A threat is mostly read from the lexicon's role rows ("threaten to"), which
  the sense rules read only through ``role_rows.CLAUSE_RULES``: the rule is one of them.
- ``events.sense.fight_for_cause``: "a lawyer who has been fighting for the rights of
  migrants", "I will fight until my dying breath for the rights of coca farmers": a force
  verb (ASSAULT) with no target, no object and no against/on/at/with/over/about phrase whose
  only aim is a 'for' phrase naming no one (a cause, not a person or a party: "fought for
  Clinton" stays) strives for a cause: no event. ``events.sense.striving_no_struck`` leaves
  force words to ``figurative_force``, which read the striving as criticism (ACCUSE 111);
  this rule runs before it.
- ``events.sense.crowd_force_literal``: "Crowds attack Africans in India", "Nigerians have
  suffered similar attacks": a force word the criticism rules read as words (ACCUSE 111)
  whose source is a crowd of ordinary people (a civilian or unplaced group, no political or
  armed body, no named person), or which has no source and only groups of ordinary people
  as targets, with no word of politics around and no abstract thing struck (an idea, words, an act, a
  state or a quality: "an attack on Iraqi sovereignty", "the fight against impunity"), is
  the force itself: the row's own force code back. "Protesters attacked the plan" stays
  criticism.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import rule
from . import arguments as args
from .lexnames import abstract_nouns
from .parts import DocContext, Frame
from .sense import (
    ARMED_SECTORS,
    FORCE_TYPES,
    POLITICAL_SECTORS,
    _around,
    _force_word,
    _sectors,
    kinds_around,
    sense_words,
)
from .thing_subjects import thing_subject

SEIZED_ABSTRACTION = "events.sense.seized_abstraction"
THING_THREATENS = "events.sense.thing_threatens"
CROWD_FORCE = "events.sense.crowd_force_literal"
FIGHT_FOR_CAUSE = "events.sense.fight_for_cause"

# CAMEO 171: seize or damage property (1711 confiscate, 1712 destroy)
SEIZURE_CODE = "171"
# the WordNet files of a thing no one can take from anyone: an act, an idea, a time, an
# event, a feeling, a change, a quantity, a relation, a shape; not a state or an attribute
# (power, control, custody, the initiative are seized), not words or papers (documents)
UNTAKEABLE_FILES = frozenset(
    {
        "noun.act",
        "noun.cognition",
        "noun.time",
        "noun.event",
        "noun.feeling",
        "noun.process",
        "noun.phenomenon",
        "noun.motive",
        "noun.shape",
        "noun.quantity",
        "noun.relation",
    }
)
# attributes of size and measure ("height", "weight", "temperature") are taken, not seized;
# an attribute of power ("power", "control", "the initiative") is seized: read by the
# noun's own modifiers and its WordNet file alone is not enough, so only these files
PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")


def _taken(tok: Token) -> list[Token]:
    """The taken things: the verb's direct objects, else its passive subjects, with their
    conjuncts ("my height and weight")."""
    heads = args.children(tok, "dobj", "obj") or args.children(tok, "nsubjpass")
    out: list[Token] = []
    for head in heads:
        out.append(head)
        out.extend(c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN"))
    return out


def _measure(noun: Token) -> bool:
    """An attribute of size or measure ('height', 'weight'): a noun.attribute whose
    adjective modifier or owner is a person's ('my height')."""
    return abstract_nouns().get(noun.lemma_.lower()) == "noun.attribute" and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children
    )


def _untakeable(noun: Token, ctx: DocContext) -> bool:
    """A common noun naming no actor, nothing named inside its phrase, whose first WordNet
    sense is in ``UNTAKEABLE_FILES`` (or a person's measure)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ in PARTY_LABELS:
        return False
    if ctx.actors.actor_at(noun.idx, noun.idx + len(noun.text)) is not None:
        return False
    for word in noun.subtree:
        if word.i != noun.i and (word.ent_type_ in PARTY_LABELS or word.pos_ == "PROPN"):
            return False  # "control of Crimea", "the arrest of Navalny"'s owner is read apart
    if _measure(noun):
        return True
    return abstract_nouns().get(noun.lemma_.lower()) in UNTAKEABLE_FILES


def _armed_parties(frame: Frame, ctx: DocContext) -> bool:
    return bool((_sectors(frame.source, ctx) | _sectors(frame.target, ctx)) & set(ARMED_SECTORS))


@rule(
    SEIZED_ABSTRACTION,
    order=9.8,
    doc="'China is taking concrete steps', 'took my height and weight', 'the video captured "
    "the arrest': a seizure reading (COERCE 171x) of a verb whose every taken thing (object, "
    "passive subject) is a common noun naming no actor whose first WordNet sense is an act, "
    "idea, time, event, feeling, process, phenomenon, motive, shape, quantity or relation "
    "(abstract_nouns.txt; or a person's measure), nothing named in its phrase, nothing armed "
    "around, takes nothing: no event ('seized power', 'took control of X', 'seized "
    "documents' stay)",
)
def seized_abstraction(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "COERCE" or frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return frame
    if not (frame.code or "").startswith(SEIZURE_CODE):
        return frame
    taken = _taken(tok)
    if not taken or not all(_untakeable(t, ctx) for t in taken):
        return frame
    if _armed_parties(frame, ctx) or kinds_around(frame, tok, ("armed", "weapon", "physical")):
        return frame
    return None


def _between(tok: Token) -> bool:
    """Every subject is a common noun with a 'between' phrase: a relation or a dispute
    between parties ("a row between X and Y"), not a party."""
    subjects = args.children(tok, "nsubj")
    return bool(subjects) and all(
        s.pos_ == "NOUN" and args.prep_objects(s, ("between",)) for s in subjects
    )


@rule(
    THING_THREATENS,
    order=9.75,
    doc="'a diplomatic row between X and Y threatens to overshadow the campaign', 'the "
    "scandal threatens to derail his bid': a THREATEN reading of an active verb whose own "
    "subject names no one (no name, actor, personal pronoun, noun of people or groups: "
    "thing_subjects.names_someone) or is a noun with a 'between' phrase is a sign of what "
    "may come, no one's threat: no event, unless an armed actor or a weapon is around (read "
    "on role rows too: role_rows.CLAUSE_RULES)",
)
def thing_threatens(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "THREATEN" or frame.nominal or tok.pos_ not in ("VERB", "AUX"):
        return frame
    if args.children(tok, "auxpass", "nsubjpass"):
        return frame
    if not (thing_subject(tok, ctx, bool(frame.source), bool(frame.target)) or _between(tok)):
        return frame
    if _armed_parties(frame, ctx) or kinds_around(frame, tok, ("armed", "weapon")):
        return frame
    return None


# entity labels of a named party: a 'for' phrase naming one is fought for someone
FOR_PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")
TIME_LABELS = ("DATE", "TIME")
# the phrases of what a fight strikes or is about
STRUCK_OR_ISSUE_PREPS = ("against", "on", "upon", "at", "with", "over", "about")


def _for_cause(tok: Token, ctx: DocContext) -> bool:
    """The verb's 'for' phrases name no one: each head is no name, pronoun, actor, noun of
    people or groups, or time ("the rights of migrants" is a cause; "Clinton", "the
    workers", "him" are people; "for three days" is how long)."""
    from .matching import _party_nouns, is_agent_noun

    causes = [c for c in args.prep_objects(tok, ("for",)) if c.ent_type_ not in TIME_LABELS]
    if not causes:
        return False
    for cause in causes:
        if cause.ent_type_ in FOR_PARTY_LABELS or cause.pos_ in ("PROPN", "PRON", "NUM"):
            return False
        if ctx.actors.actor_at(cause.idx, cause.idx + len(cause.text)) is not None:
            return False
        lemma = cause.lemma_.lower()
        if lemma in _party_nouns() or cause.lower_ in _party_nouns() or is_agent_noun(cause):
            return False
    return True


@rule(
    FIGHT_FOR_CAUSE,
    order=9.65,
    doc="'has been fighting for the rights of migrants', 'I will fight for the rights of coca "
    "farmers': a force verb (ASSAULT, or THREATEN of a future fight) with no object, passive subject or "
    "against/on/at/with/over/about phrase whose only aim is a 'for' phrase naming no one (a "
    "cause) strives: no event ('fought for Clinton', 'fought for the workers' stay), nothing "
    "armed around and no state or armed body its source",
)
def fight_for_cause(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in ("ASSAULT", "THREATEN") or frame.nominal or tok.pos_ != "VERB":
        return frame
    if tok.lemma_.lower() not in sense_words()["force_verb"]:
        return frame
    if args.children(tok, "dobj", "obj", "dative", "attr", "prt", "nsubjpass", "auxpass"):
        return frame
    if args.prep_objects(tok, STRUCK_OR_ISSUE_PREPS) or not _for_cause(tok, ctx):
        return frame
    # the parties read so far may come from the 'for' phrase: the verb's own subject decides
    for subject in args.children(tok, "nsubj"):
        found = ctx.actors.actor_at(subject.idx, subject.idx + len(subject.text))
        actor = ctx.actors.actor(found) if found is not None else None
        if subject.ent_type_ in ("GPE", "LOC") or (
            actor is not None
            and (actor.type in ("country", "location") or actor.sector in ARMED_SECTORS)
        ):
            return frame
    if kinds_around(frame, tok, ("armed", "weapon", "physical")):
        return frame
    return None


# a crowd of ordinary people: civilians, or an unplaced group with no sector
CROWD_SECTORS = ("CVL",)


def _crowd(actor_id: str, ctx: DocContext) -> bool:
    """A generic agent of ordinary people: civilians, or a group with no sector."""
    actor = ctx.actors.actor(actor_id)
    if actor is None or actor.type != "group":
        return False
    return actor.sector is None or actor.sector in CROWD_SECTORS


def _people(actor_id: str, ctx: DocContext) -> bool:
    actor = ctx.actors.actor(actor_id)
    return actor is not None and actor.type in ("person", "group")


def _thing_doer(tok: Token) -> bool:
    """The verb's doer (active subject, passive 'by' agent) is a common noun whose first
    WordNet sense is abstract - words, an act, a state ("hit by a report"): no crowd's
    hands."""
    doers = args.children(tok, "nsubj")
    doers += [o for a in args.children(tok, "agent") for o in args.children(a, "pobj")]
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
        doers += [o for a in args.children(tok, "agent") for o in args.children(a, "pobj")]
    files = abstract_nouns()
    return any(d.pos_ == "NOUN" and files.get(d.lemma_.lower()) is not None for d in doers)


def _no_speaker(ids: list[str], ctx: DocContext) -> bool:
    """No political or armed body and no named person among the actors."""
    sectors = _sectors(ids, ctx)
    return not sectors & {*POLITICAL_SECTORS, *ARMED_SECTORS}


def _words_object(tok: Token) -> bool:
    """An object or against/on phrase that is an idea, words or an act ('the plan')."""
    holders = [tok]
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj", "pobj") and tok.head.i != tok.i:
        holders.append(tok.head)
    objects = [o for h in holders for o in args.children(h, "dobj", "obj")]
    objects += [o for h in holders for o in args.prep_objects(h, ("on", "against"))]
    # any abstract thing struck: words, an idea, an act, a state or a quality ("an attack
    # on Iraqi sovereignty", "the fight against impunity") is no body struck
    files = abstract_nouns()
    return any(o.i != tok.i and files.get(o.lemma_.lower()) is not None for o in objects)


@rule(
    CROWD_FORCE,
    order=12.25,
    doc="'Crowds attack Africans in India', 'Nigerians have suffered similar attacks': a "
    "force word read as criticism (ACCUSE 111) whose source is a crowd of ordinary people "
    "(civilians, an unplaced group; no political or armed body, no named person) - or, with "
    "no source, whose targets are all such groups - striking people (no firm or body), its "
    "doer no abstract noun ('hit by a report'), with no word of politics around and no "
    "abstract thing (WordNet: an idea, words, an act, a state, a quality) as its object or "
    "against/on phrase, is the force itself: the row's force code",
)
def crowd_force_literal(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    row = frame.row
    if frame.type != "ACCUSE" or row.type not in FORCE_TYPES or row.cameo is None:
        return frame
    if not (_force_word(frame, tok) or tok.lemma_.lower() in sense_words()["force_verb"]):
        return frame
    if frame.source:
        if not all(_crowd(s, ctx) for s in frame.source):
            return frame
    elif not frame.target or not all(_crowd(t, ctx) for t in frame.target):
        return frame
    if not _no_speaker(frame.source + frame.target, ctx):
        return frame
    # people are struck, not a firm or a body ("Irish company hit by Iraqi report")
    if not all(_people(t, ctx) for t in frame.target):
        return frame
    if _thing_doer(tok):
        return frame
    if _around(frame, tok) & sense_words()["verbal"] or _words_object(tok):
        return frame
    frame.code = row.cameo
    frame.type = row.type
    return frame
