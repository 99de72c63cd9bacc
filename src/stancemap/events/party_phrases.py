"""Phrases that look like parties and are not, or parties the parser cut off: four
argument rules of session 12 (issue 12).

* ``events.args.topic_not_party``: "Scholz and Macron clash over EU budget": the object
  of a topic preposition ("over", "about", ``lexicon/topic_preps.txt``) whose head names
  no actor of its own ("budget") is what the act is about, not whom it is aimed at; an
  actor named only as its modifier (EU) is no target.
* ``events.args.talk_topic_on``: "X and Y agreed on EU budget": for a talk, agreement or
  quarrel (``events/talk_topic_types.txt``), an "on" object whose head names no actor is
  the topic too; for other acts "on" names the target ("sanctions on Russian banks").
* ``events.args.judged_act_patient``: "Russia condemned the attack on Syria", "France
  welcomed the sanctions on Iran": for a judgment (``events/judging_types.txt``), an actor
  named only in an "on"/"against" phrase of the judged object (the patient of what
  is judged) is no target; the judged act's doer ("the US tariffs on China") stays.
* ``events.args.judged_act_of_patient`` (session 29): "the ministry denounced the killing
  of two Palestinian teenagers by Israeli soldiers", "Germany criticised the expulsion of
  its diplomats by Russia": for a judgment, when the judged act noun names its doer by a
  "by" agent, its "of" object is the act's patient, so an actor named only there is no
  target either; the doer is (as for the "on"/"against" patient). With no doer named ("the
  bombing of a Kurdish village", "the visit of X") the "of" object is left alone.
* ``events.args.members_not_body``: "The two NATO members failed to agree": a phrase
  headed by "member" ("NATO members", "NATO member states", "members of the EU") names
  member states, not the intergovernmental body it modifies; the body is no party.
* ``events.args.appositive_over_possessor``: "Clinton's Democratic opponent, Senator
  Sanders, praised ...": an apposition naming an actor renames its head, whose
  possessor only relates to it (the source is Sanders, not Clinton).
* ``events.args.appositive_names_description`` (session 36): "A super PAC supporting
  Rubio, Conservative Solutions PAC, attacked Trump", "a group backing X, the Club for
  Growth, criticised Y": a described head (a determiner, no possessor) that names no actor
  but itself, followed by an apposition closing its phrase whose proper-name head names an
  organisation or group, is that body (the description's bare kind word is no party).
* ``events.args.blamed_subject``: "Moreau said Russia was to blame": "be to blame" is
  an active infinitive with a passive sense (the subject is blamed): the copula's
  subject (a headline's "Russia to blame for blast": the infinitive's) is the target, and the source is the one who reports it (the speech verb's
  subject, or the quote's speaker); nobody else.
Each reads the parse only, and adds or removes nothing the sentence does not say.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.speaking_groups import people_nouns
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args

TOPIC_NOT_PARTY = declare(
    "events.args.topic_not_party",
    "'X and Y clash over EU budget': the object of a topic preposition ('over', 'about') "
    "whose head names no actor is the act's topic; an actor only modifying it is no target",
    order=40.8,
)
TALK_TOPIC_ON = declare(
    "events.args.talk_topic_on",
    "'X and Y agreed on EU budget', 'clash on Iran's oil': for a talk, agreement or "
    "quarrel, an 'on' object whose head names no actor is the topic; an actor named only "
    "inside it is no target ('sanctions on Russian banks' keep theirs)",
    order=45.5,
)
TOPIC_OWNER_ONE_SIDED = declare(
    "events.args.topic_owner_one_sided",
    "'Republican attacks on Clinton's record': an 'on' object's possessor is the target, not "
    "a topic, where the act has one source ('X and Y clash on Iran's oil' is left alone)",
    order=45.6,
)
JUDGED_ACT_PATIENT = declare(
    "events.args.judged_act_patient",
    "'X condemned the attack on Y', 'welcomed the sanctions on Y': for a judgment, an actor "
    "named only in an 'on'/'against' phrase of the judged object (its patient) is no "
    "target (the act's doer, 'the US tariffs on Y', stays)",
    order=45.6,
)
APPOSITIVE_OVER_POSSESSOR = declare(
    "events.args.appositive_over_possessor",
    "'X's Democratic opponent, Senator Y, praised ...': an appositive that names an actor "
    "renames its head; the head's possessor (X) only relates to it and is not the party",
    order=24.8,
)
APPOSITIVE_NAMES_DESCRIPTION = declare(
    "events.args.appositive_names_description",
    "'A super PAC supporting X, Conservative Solutions PAC, attacked Y', 'a group backing X, "
    "the Club for Growth, ...': a described head (determiner, no possessor) naming no actor "
    "but its own kind word, with an apposition closing its phrase whose proper-name head "
    "names an organisation or group, is that body",
    order=24.85,
)
MEMBERS_NOT_BODY = declare(
    "events.args.members_not_body",
    "'the two NATO members failed to agree': a phrase headed by 'member(s)' names member "
    "states, not the intergovernmental body that modifies it (the body is no party)",
    order=24.6,
)
JUDGED_ACT_OF_PATIENT = declare(
    "events.args.judged_act_of_patient",
    "'X denounced the killing of two teenagers by Israeli soldiers', 'criticised the "
    "expulsion of its diplomats by Russia': for a judgment, the 'of' object of a judged act "
    "noun whose doer a 'by' agent names is the act's patient, no target; the doer is",
    order=45.7,
)
BLAMED_SUBJECT = declare(
    "events.args.blamed_subject",
    "'X said Russia was to blame': in 'be to blame' the copula's subject is the one blamed "
    "(the target); the source is the reporting speaker, else none",
    order=24.7,
)
# prepositions whose object is what an act is about (data, one a line)
TOPIC_PREPS = word_list("lexicon/topic_preps.txt")
# event types whose "on" object is what is talked about, agreed or quarrelled over
TALK_TYPES = frozenset(t.upper() for t in word_list("events/talk_topic_types.txt"))
# event types that judge an act: the judged act's patient is not theirs
JUDGING_TYPES = frozenset(t.upper() for t in word_list("events/judging_types.txt"))
# prepositions on an act noun that name whom the act is aimed at
# ("to", "at" are left out: "offered an apology to X", "fired a broadside at X" name the
# target of a verb that only carries its noun's event)
_PATIENT_PREPS = ("on", "against")
# determiners of a description that an apposition may rename ("a group backing X, Y")
_DESCRIBING_DETS = frozenset({"a", "an", "the"})
# actor kinds an apposition may name to rename a description (not a person: "the first
# American to ..., X," has other rules and merges)
_BODY_KINDS = frozenset({"organization", "group"})
# the noun of membership: its phrase names the members, not the body
_MEMBER = "member"
# infinitives that have a passive sense after "be" (retained active: "X is to blame")
PATIENT_INFINITIVES = word_list("lexicon/patient_infinitives.txt")


# ----------------------------------------------------------------- topics


def is_topic(pobj: Token, actors: ActorLayer) -> bool:
    """``pobj`` is the object of a topic preposition and its head names no actor itself
    ("over EU budget": budget; "over Ukraine" names Ukraine and is left alone)."""
    prep = pobj.head
    if pobj.dep_ not in ("pobj", "pcomp") or prep.lower_ not in TOPIC_PREPS:
        return False
    for conj in args.conjuncts(pobj):
        if actors.mention_at(conj.idx, conj.idx + len(conj)) is not None:
            return False
    return True


def topic_only(
    frame_type: str, heads: list[Token], target: list[str], actors: ActorLayer
) -> set[str]:
    """Targets of a talk / agreement / quarrel named only inside an "on" topic of the
    predicate ("agreed on EU budget": EU), not anywhere else in the sentence."""
    if frame_type not in TALK_TYPES or not target:
        return set()
    topics: list[tuple[int, int]] = []
    for head in heads:
        for pobj in args.prep_objects(head, ["on"]):
            if actors.mention_at(pobj.idx, pobj.idx + len(pobj)) is None:
                topics.append((pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)))
    return _only_inside(topics, heads[0], target, actors)


def topic_owners(heads: list[Token], actors: ActorLayer) -> set[str]:
    """Actors named as the possessor of an "on" object that names no actor itself
    ("attacks on Clinton's record": Clinton; rule ``TOPIC_OWNER_ONE_SIDED``)."""
    out: set[str] = set()
    for head in heads:
        for pobj in args.prep_objects(head, ["on"]):
            if actors.mention_at(pobj.idx, pobj.idx + len(pobj)) is not None:
                continue
            for owner in (c for c in pobj.children if c.dep_ == "poss"):
                m = actors.mention_at(owner.idx, owner.idx + len(owner))
                if m is not None:
                    out.add(m.actor_id)
    return out


def judged_patients(
    frame_type: str,
    heads: list[Token],
    trigger: tuple[int, int],
    target: list[str],
    actors: ActorLayer,
    of_patient: bool = False,
) -> tuple[set[str], list[Token]]:
    """Targets of a judgment named only inside an "on"/"against" phrase of the thing
    it judges ("condemned the attack on Syria", "criticised the tariffs on China": the
    act's patient; the parser may hang the phrase on the verb), nowhere else in the
    sentence; and the "by" agents of the judged noun ("the attack on X by NATO"), the
    judged act's doers. The object noun itself names no actor. ``of_patient``
    (``events.args.judged_act_of_patient``): a judged noun's "of" object is a patient
    too where the noun's own "by" agent names its doer ("the killing of X by Y")."""
    if frame_type not in JUDGING_TYPES or not target:
        return set(), []
    spans: list[tuple[int, int]] = []
    doers: list[Token] = []
    own = {t.i for t in heads}
    if any(n.i in own or trigger[0] <= n.idx < trigger[1] for h in heads for n in _objects(h)):
        return set(), []  # "offered an apology to X": the noun is the event, its "to" the target
    for head in heads:
        nouns = [
            n
            for n in _objects(head)
            if actors.mention_at(n.idx, n.idx + len(n)) is None  # "the envoy to the UN"
        ]
        owners = nouns + ([head] if nouns else [])  # "criticised the tariffs [on China]"
        for owner in owners:
            for pobj in args.prep_objects(owner, _PATIENT_PREPS):
                spans.append((pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge)))
        if nouns and not any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
            doers += args.prep_objects(head, ["by"])  # the parser hung the noun's "by" here
        for noun in nouns:  # "the attack on X by NATO", "the tariffs that the US imposed"
            by_doers = [
                p
                for tok in noun.subtree
                if tok.dep_ in ("prep", "agent") and tok.lower_ == "by"
                for p in args.children(tok, "pobj")
            ]
            doers += by_doers
            # "the killing of X by Y": X is the patient; only a "by" on the noun itself (or
            # hung on its "of" object), not one of a clause inside it ("the debate hosted by Z")
            of_objects = args.prep_objects(noun, ["of"]) if of_patient else []
            own_by = args.prep_objects(noun, ["by"]) + [
                d for pobj in of_objects for d in args.prep_objects(pobj, ["by"])
            ]
            for pobj in of_objects if own_by else []:
                spans.append((pobj.left_edge.idx, _end_before(pobj, own_by)))
            for clause in args.children(noun, "relcl", "acl"):
                doers += args.children(clause, "nsubj")
    return _only_inside(spans, heads[0], target, actors), doers


def _end_before(pobj: Token, doers: list[Token]) -> int:
    """The end of the "of" phrase ``pobj`` heads, stopping before a "by" agent the
    parser hung inside it ("the killing of two teenagers by soldiers")."""
    end = pobj.right_edge.idx + len(pobj.right_edge)
    for doer in doers:
        by = doer.head
        if pobj.left_edge.i < by.i and by.idx < end:
            end = by.idx
    return end


def _objects(head: Token) -> list[Token]:
    return args.children(head, "dobj", "obj")


def _only_inside(
    spans: list[tuple[int, int]], tok: Token, target: list[str], actors: ActorLayer
) -> set[str]:
    """The targets all of whose mentions in ``tok``'s sentence lie inside ``spans``."""
    if not spans:
        return set()
    sent = tok.sent
    inside: set[str] = set()
    outside: set[str] = set()
    for m in actors.mentions_in(sent.start_char, sent.end_char):
        if any(start <= m.start and m.end <= end for start, end in spans):
            inside.add(m.actor_id)
        else:
            outside.add(m.actor_id)
    return {a for a in target if a in inside and a not in outside}


# ----------------------------------------------------------------- members


def _member_head(head: Token) -> bool:
    """ "members", "member states" (member as compound of the head)."""
    if head.lemma_.lower() == _MEMBER:
        return True
    return any(c.dep_ == "compound" and c.lemma_.lower() == _MEMBER for c in head.children)


def _is_body(actors: ActorLayer, actor_id: str) -> bool:
    actor = actors.actor(actor_id)
    return actor is not None and actor.sector == "IGO"


def bodies_of_members(head: Token, actors: ActorLayer) -> set[str]:
    """IGO actors named only as the body whose members ``head``'s phrase names: a
    premodifier ("NATO members") or the "of" object ("members of NATO")."""
    out: set[str] = set()
    for conj in args.conjuncts(head):
        if not _member_head(conj):
            continue
        if actors.mention_at(conj.idx, conj.idx + len(conj)) is not None:
            continue  # the linker read the phrase itself as an actor: leave it
        spans = []
        for child in conj.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and child.i < conj.i:
                spans.append(child)
            if child.dep_ == "prep" and child.lower_ == "of":
                spans += [c for c in child.children if c.dep_ == "pobj"]
        for tok in spans:
            for sub in tok.subtree:
                mention = actors.mention_at(sub.idx, sub.idx + len(sub))
                if mention is not None and _is_body(actors, mention.actor_id):
                    out.add(mention.actor_id)
    return out


# ----------------------------------------------------------------- appositives


def appositive_renames(head: Token, actors: ActorLayer) -> list[str]:
    """For "X's opponent, Senator Y": the actors the apposition names (Y), when the head
    names no actor itself and a possessor would otherwise stand for the phrase; else []."""
    if actors.mention_at(head.idx, head.idx + len(head)) is not None:
        return []
    if not any(c.dep_ == "poss" for c in head.children):
        return []
    for appos in (c for c in head.children if c.dep_ == "appos"):
        found = args.phrase_actors(appos, actors, head_only=True)
        if found:
            return found
    return []


def appositive_names(head: Token, found: list[str], actors: ActorLayer) -> list[str]:
    """For "a super PAC supporting X, Conservative Solutions PAC": the actors the
    apposition's proper name names, when ``head`` is a description (a determiner, no
    possessor) and what it was read as (``found``) is at most its own word's actor; else
    []. "A spokesman for the ministry, John Smith" keeps the ministry (named inside)."""
    if head.pos_ not in ("NOUN", "PROPN") or args.is_pronoun(head):
        return []
    if not any(c.dep_ == "det" and c.lower_ in _DESCRIBING_DETS for c in head.children):
        return []
    if any(c.dep_ == "poss" for c in head.children):
        return []  # events.args.appositive_over_possessor's case
    own = actors.mention_at(head.idx, head.idx + len(head))
    if any(own is None or a != own.actor_id for a in found):
        return []
    for appos in _closing_appositions(head):
        own = actors.mention_at(appos.idx, appos.idx + len(appos))
        if own is None or own.actor_id in found:
            continue  # its head word is no actor's name ("Priorities USA Action": USA)
        if _kind(actors, own.actor_id) in _BODY_KINDS:
            return [own.actor_id]  # a body renames a description, a person does not
    return []


def _kind(actors: ActorLayer, actor_id: str) -> str | None:
    actor = actors.actor(actor_id)
    return str(actor.type) if actor is not None else None


def _closing_appositions(head: Token) -> list[Token]:
    """Appositions headed by a proper name that rename ``head``: its own, or one the parser
    hung on the last noun of the head's modifier ("a PAC supporting Rubio's bid,
    Conservative Solutions PAC,": on "bid") when it closes the head's phrase (nothing but
    punctuation after it), unless that noun is a kind of person (WordNet,
    ``lexicon/people_nouns.txt``: "to draft their governor, X"). ``appositive_names`` takes one whose head word is the name of a
    body (an organisation or group): "the senator from Florida, Marco Rubio" stays."""
    out = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    for tok in head.subtree:
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.head == head:
            continue
        if tok.head.pos_ not in ("NOUN", "PROPN") or tok.head.i < head.i:
            continue
        if tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in people_nouns():
            continue  # "to draft their former governor, Mitch Daniels": the governor's
        rest = head.doc[tok.right_edge.i + 1 : head.right_edge.i + 1]
        if all(t.is_punct for t in rest):
            out.append(tok)
    return out


# ----------------------------------------------------------------- blame


def blamed(tok: Token) -> Token | None:
    """For "blame" in "X is/was to blame (for Y)", or the headline's "X to blame for Y"
    (no copula): X, else None."""
    if tok.lemma_.lower() not in PATIENT_INFINITIVES:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if any(c.dep_ in ("dobj", "obj", "dative", "ccomp") for c in tok.children):
        return None  # "is to blame the ministers": active, with its own object
    own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        return own[0]  # the headline's "Russia to blame for blast"
    copula = tok.head
    if tok.dep_ != "xcomp" or copula.lemma_.lower() != "be":
        return None
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")]
    return subjects[0] if subjects else None
