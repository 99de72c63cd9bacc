"""Force and protest words read by the kinds of their arguments (session 41, issue 12).

The other sense rules (``events.sense``, ``spoken_attacks``) read the words around a force
verb: an armed actor, a weapon or a physical target makes it literal, words of politics
or people on both sides make it criticism. These rules read what the verb strikes and how:

- ``events.sense.abstract_struck_no_force``: "fight climate change", "overcoming
  adversity", "beat analysts' expectations", "fighting against his flaws": an ASSAULT or
  THREATEN verb whose struck thing (object, passive subject, against/on phrase) is a common
  noun whose most frequent WordNet sense is a state, attribute, phenomenon, process,
  feeling, event or quantity (``data/events/abstract_nouns.txt``, imported from
  WordNet; a date in an on/at phrase is no struck thing) strikes no one: no event, unless an armed actor, weapon or physical target is
  around. Objects of words and policy (noun.communication / cognition / act: "attacked the
  plan") are left to the criticism rules.
- ``events.sense.striving_no_struck``: "struggles to break through", "many still struggle",
  "they were fighting to find a path": an active ASSAULT verb with no object, no target and
  no on/against/at phrase, no armed actor or country as its source, strives; no event.
- ``events.sense.criticism_means``: "hit Snowden back by accusing him": a force verb whose
  means ('by' + gerund) is a verb of communication (its most frequent WordNet sense,
  ``trigger_lexnames.tsv``) or of criticism (``criticism_verbs.tsv``), aimed at people or
  political bodies (or, with no target, done by them), nothing armed, is criticism (ACCUSE
  111).
- ``events.sense.force_on_politician``: "ads and mailers targeting Trump", "was targeted by
  attacks from liberal groups": a force word (``sense.tsv``) whose every target is a person
  or a political body, whose source is unnamed or a speaker, and whose doer (subject,
  'by' agent, the noun a participle modifies) is a named organisation or person or a noun
  of words (WordNet noun.communication), nothing armed, is criticism (ACCUSE 111).
- ``events.sense.feeling_is_no_protest``: "his views have upset members of his party",
  "seemed frustrated", "was deeply disturbed": a PROTEST verb with a WordNet sense of
  emotion and none of communication, read for its experiencer (passive or adjectival, or
  with an object and no one as its doer), is a feeling, no protest: no event ("protests
  erupted" keeps its code).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..datafiles import constants
from ..rules import rule
from . import arguments as args
from .criticism_verbs import criticism_key
from .lexnames import abstract_nouns, lexnames, trigger_senses
from .parts import DocContext, Frame
from .sense import (
    ARMED_SECTORS,
    FORCE_TYPES,
    POLITICAL_SECTORS,
    _armed,
    _force_word,
    _sectors,
    sense_words,
)
from .spoken_attacks import _criticism_noun, _speakers, armed_around, named_deed

# the abstract WordNet files of a thing one cannot strike (a state, a quality, a change);
# communication, cognition and act (words, plans, policies) are criticism's objects
STRUCK_ABSTRACT = frozenset(
    {
        "noun.state",
        "noun.attribute",
        "noun.phenomenon",
        "noun.process",
        "noun.feeling",
        "noun.event",
        "noun.quantity",
        "noun.motive",
        "noun.relation",
        "noun.shape",
    }
)
# entity labels of a named party or place: never an abstract thing
PARTY_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC")
STRUCK_PREPS = ("against", "on", "upon", "at")
TIME_LABELS = ("DATE", "TIME")
ACTOR_TYPES_NOT_SPEAKING = ("country", "location")


def _passive(tok: Token) -> bool:
    if args.children(tok, "nsubjpass", "auxpass"):
        return True
    return tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod")


def _struck_things(tok: Token) -> list[Token]:
    """The heads of what a verb strikes: its objects, its passive subject, its
    against/on/at phrases."""
    out = args.children(tok, "dobj", "obj", "nsubjpass")
    # "clashed ... on Monday": a day is when, not what is struck
    out += [o for o in args.prep_objects(tok, STRUCK_PREPS) if o.ent_type_ not in TIME_LABELS]
    return out


def _abstract(noun: Token) -> bool:
    """A common noun (or an untagged capitalised one, as in a headline) whose most
    frequent WordNet sense is an abstract thing that cannot be struck."""
    if noun.ent_type_ in PARTY_LABELS or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return abstract_nouns().get(noun.lemma_.lower()) in STRUCK_ABSTRACT


@rule(
    "events.sense.abstract_struck_no_force",
    order=16.1,
    doc="'fight climate change', 'overcoming adversity', 'beat expectations': an ASSAULT or "
    "THREATEN verb whose struck things (object, passive subject, against/on/at phrase) are "
    "all nouns whose first WordNet sense is a state, attribute, phenomenon, process, "
    "feeling, event or quantity (abstract_nouns.txt; a date is none), nothing armed: no "
    "event",
)
def abstract_struck_no_force(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    # after events.sense.figurative_force: a politician's attack on a rival's temperament
    # (noun.attribute) is criticism; what force is left strikes a thing no one can strike
    if frame.type not in ("ASSAULT", "THREATEN") or frame.nominal or tok.pos_ != "VERB":
        return frame
    struck = _struck_things(tok)
    if not struck or not all(_abstract(s) for s in struck):
        return frame
    if _armed_or_state(frame.target, ctx) or _armed_or_state(frame.source, ctx):
        return frame
    if _armed(frame, tok, ctx) or armed_around(frame, tok):
        return frame
    return None


def _armed_or_state(ids: list[str], ctx: DocContext) -> bool:
    for actor_id in ids:
        actor = ctx.actors.actor(actor_id)
        if actor is not None and (
            actor.type in ACTOR_TYPES_NOT_SPEAKING or actor.sector in ARMED_SECTORS
        ):
            return True
    return False


@rule(
    "events.sense.striving_no_struck",
    order=9.6,
    doc="'struggles to break through', 'many still struggle', 'were fighting to find a "
    "path': an active ASSAULT verb (a force word only with a to-infinitive) with no "
    "object, target, complement noun, "
    "against/on/at/with/over/about phrase or second doer (a quarrel), no armed actor or "
    "country as source and nothing armed around, strikes no one: no event",
)
def striving_no_struck(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    # before events.sense.figurative_force, which reads a politician's fight as criticism
    if frame.type != "ASSAULT" or frame.nominal or tok.pos_ != "VERB" or frame.target:
        return frame
    if _passive(tok) or args.children(tok, "dobj", "obj", "dative", "attr", "prt"):
        return frame
    if args.prep_objects(tok, (*STRUCK_PREPS, "with", "over", "about")):
        return frame
    if _force_word(frame, tok) and not args.children(tok, "xcomp"):
        return frame  # "Biden tried to attack": a politician's attack is figurative_force's
    if tok.lemma_.lower() in sense_words()["quarrel"] or len(frame.source) > 1:
        return frame  # "Novak and Haddad clashed": each the other's target
    if any(args.children(s, "conj") for s in args.children(tok, "nsubj")):
        return frame
    if _armed_or_state(frame.source, ctx) or _armed(frame, tok, ctx) or armed_around(frame, tok):
        return frame
    return None


def _communicating(verb: Token) -> bool:
    """A verb whose most frequent WordNet sense is of communication, or of criticism."""
    if criticism_key(verb) is not None:
        return True
    return lexnames().get((verb.lemma_.lower(), "V")) == "verb.communication"


def _means_of(tok: Token) -> list[Token]:
    """The verbs that give a verb's means: 'by accusing him'."""
    return [v for v in args.prep_objects(tok, ["by"]) if v.pos_ == "VERB"]


@rule(
    "events.sense.criticism_means",
    order=12.3,
    doc="'hit Snowden back by accusing him': a force code on a verb whose means ('by' + "
    "gerund) is a verb of communication (most frequent WordNet sense) or criticism, aimed "
    "at people or political bodies (or done by them, no target), nothing armed, is "
    "criticism (CAMEO 111)",
)
def criticism_means(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or frame.nominal or tok.pos_ != "VERB":
        return frame
    if not any(_communicating(v) for v in _means_of(tok)):
        return frame
    # between speakers: "defeat the Islamic State by calling for X" keeps its force
    if not (
        _politicians(frame.target, ctx) or (not frame.target and _politicians(frame.source, ctx))
    ):
        return frame
    if _armed(frame, tok, ctx) or armed_around(frame, tok):
        return frame
    return _as_criticism(frame)


def _as_criticism(frame: Frame) -> Frame:
    """A force word read as words: criticism (the figurative force code, ACCUSE)."""
    frame.code = str(constants("events")["figurative_force_code"])
    frame.type = "ACCUSE"
    return frame


def _doers(tok: Token) -> list[Token]:
    """Who does a verb: its active subject, its 'by' agent, the noun a participle modifies
    ("ads targeting Trump")."""
    out = args.children(tok, "nsubj")
    for agent in args.children(tok, "agent"):  # "by $4.4 million in attacks from X"
        out += [t for t in agent.subtree if t.pos_ in ("NOUN", "PROPN") and t.i != agent.i]
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        out.append(tok.head)
        if tok.head.dep_ == "conj":  # "ads and mailers targeting X": the first conjunct
            out.append(tok.head.head)
    return out


def _speaking_doer(noun: Token) -> bool:
    """A named person or organisation, or a noun of words (WordNet noun.communication:
    ads, statements) or of criticism (criticism_verbs.tsv: attacks)."""
    if noun.ent_type_ in ("PERSON", "ORG"):
        return True
    if noun.pos_ != "NOUN":
        return False
    return _criticism_noun(noun) or abstract_nouns().get(noun.lemma_.lower()) == (
        "noun.communication"
    )


def _politicians(ids: list[str], ctx: DocContext) -> bool:
    sectors = _sectors(ids, ctx)
    return bool(sectors) and sectors <= {"PERSON", *POLITICAL_SECTORS}


@rule(
    "events.sense.force_on_politician",
    order=12.4,
    doc="'ads and mailers targeting Trump', 'was targeted by attacks from liberal groups': "
    "a force word whose targets are all people or political bodies, source unnamed or a "
    "speaker, doer a named person or organisation or a noun of words (WordNet "
    "noun.communication), nothing armed, is criticism (CAMEO 111)",
)
def force_on_politician(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type not in FORCE_TYPES or frame.nominal or tok.pos_ != "VERB":
        return frame
    if not _force_word(frame, tok) or not _politicians(frame.target, ctx):
        return frame
    if frame.source and not _speakers(frame.source, ctx):
        return frame
    if not any(_speaking_doer(d) for d in _doers(tok)):
        return frame
    if _armed(frame, tok, ctx) or armed_around(frame, tok) or named_deed(tok):
        return frame
    return _as_criticism(frame)


@rule(
    "events.sense.feeling_is_no_protest",
    order=20.1,
    doc="'his views have upset members of his party', 'seemed frustrated', 'was deeply "
    "disturbed': a PROTEST verb with a WordNet sense of emotion and none of communication "
    "(trigger_senses.tsv), read for its experiencer (passive or adjectival, or with an "
    "object and no one as doer), is a feeling, no protest: no event",
)
def feeling_is_no_protest(frame: Frame, tok: Token, ctx: DocContext) -> Frame | None:
    if frame.type != "PROTEST" or frame.nominal or tok.pos_ not in ("VERB", "ADJ"):
        return frame
    lemma = tok.lemma_.lower()
    names = trigger_senses().get((lemma, "V"), (0, ()))[1]
    if not names:
        first = lexnames().get((lemma, "V"))
        names = (first,) if first else ()
    if "verb.emotion" not in names or "verb.communication" in names:
        return frame
    # the experiencer's reading: "was frustrated", "deeply disturbed by", or a thing that
    # upsets someone ("his views have upset members"); "protests erupted" has neither
    experienced = _passive(tok) or tok.dep_ in ("acomp", "xcomp", "amod", "oprd")
    caused = not frame.source and bool(args.children(tok, "dobj", "obj"))
    return None if experienced or caused else frame
