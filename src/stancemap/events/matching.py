"""Which lexicon row a verb or noun matches, with the row's conditions checked on the parse.

Rule group ``events.trigger.*``: the lexicon sources (our triggers, the CAMEO
dictionary) are declared in ``stage.py``; the matching decisions here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.lexicon import agent_words, singular
from ..datafiles import constants, read_table, word_list
from ..nlp.modality import FAILURE_VERBS
from ..nlp.view import DocView, doc_view
from ..rules import declare
from . import arguments as args
from .authorised_acts import AUTHORISED_ACT, authorised_act_row
from .codes import reject_code
from .conditional_family import CONDITIONAL_FAMILY, family_row
from .consult_party import CONSULT, CONSULT_NEEDS_PARTY, no_party
from .criticism_verbs import CRITICISM_VERBS, criticism_row
from .denials import DENIAL, denial_row
from .directed_causatives import DIRECTED_CAUSATIVE, causative_row
from .lexicon import CONSULT_PATTERNS_FILE, Lexicon, TriggerEntry, is_bare
from .light_nouns import (
    DERIVED_VERB_MARK,
    LIGHT_ROW,
    LIGHT_VERB_NOUNS,
    LIGHT_VERB_NOUNS_DICTIONARY,
    wordnet_light_verbs,
)
from .multiwords import (
    MULTIWORD_NO_EVENT,
    POSSESSIVE,
    REFLEXIVE,
    is_event_sense,
    realised_multiword,
)
from .named_predicative import NAMED_PREDICATIVE_OBJECT, named_predicative
from .near_verbs import NEAR_VERBS, near_row
from .neighbour_rows import NEIGHBOUR_ROWS, neighbour_rows
from .non_events import NonEvents
from .parts import Tuning
from .placed_acts import PLACED_ACT, placed_act_row
from .pursuit_criticism import PURSUIT_CRITICISM, pursuit_row
from .rejected_charges import CHARGE_TYPES, REJECTED_CHARGE, charge_row, rejecting
from .rejected_parties import REJECTED_PARTY, rejected_party_row
from .relative_object import RELATIVE_CLAUSE_OBJECT, relative_object
from .request_nouns import REJECTED_REQUEST_NOUN, REQUEST_NOUNS, REQUEST_TYPE, request_row
from .sent_goods import SENT_GOODS, sent_goods_rows
from .specific_rows import PHRASE_OBJECT_ROW, meets_phrase, phrase_rows_first
from .support_verbs import (
    AIMED_SUPPORT,
    PATIENT_NO_OWN_CODE,
    aimed_row,
    bare_rows_dropped,
    is_kind,
)
from .ultimatums import (
    EXPELLED_MEMBER,
    ORDERED_FORCES,
    SUMMONED_ENVOY,
    ULTIMATUM,
    expelled_member_row,
    ordered_forces_row,
    summoned_envoy_row,
    ultimatum_row,
)

ACTOR_WORD = "@actor"  # lexicon requirement: the slot must name an actor
# "Israel is opposed to X": adjectival passives whose subject is the actor, not the patient
STATIVE_PASSIVES = {"oppose", "commit", "dedicate", "engage", "involve"}

SURFACE_LEMMAS = declare(
    "events.trigger.surface_lemmas",
    "try naive lemmas of the surface form when the tagger's lemma fails ('staged' -> 'stage')",
    order=20,
)
NOUN_MODIFIER_KEYS = declare(
    "events.trigger.noun_modifier_keys",
    "a noun with its modifier or 'of' complement ('hunger strike', 'state of emergency')",
    order=30,
)

FOR_TO_CLAUSE = declare(
    "events.trigger.for_to_clause",
    "'called for Iran to halt': the 'for' of a for-to clause is the verb's particle",
    order=23,
)

AGENT_NOUNS = declare(
    "events.trigger.agent_nouns_are_someone",
    "'@actor' conditions accept a noun of the agents lexicon the actor layer did not link "
    "('met rebel negotiators', 'visited officials'): an unnamed actor is still someone",
    order=25,
)
POSSESSOR_ACTOR = declare(
    "events.trigger.possessor_is_someone",
    "'@actor' conditions accept an object an actor possesses ('backed Iran's right to', "
    "'praised Morocco's reforms'): the act is aimed at its possessor",
    order=25,
)
DECIDING_VERB = declare(
    "events.trigger.deciding_verb_infinitive",
    "infinitive_carries_the_act for deciding verbs only (WordNet decide.v.01 and below: "
    "vote, choose, elect): 'voted to hold X in contempt' is not the dictionary's bare "
    "intent to cooperate (AGREE) on 'voted'",
    order=22,
)
FAILURE_ROW = "rule:failure-verb"
FAILED_ATTEMPT = declare(
    "events.mode.failure_is_no_rejection",
    "'the two countries failed to agree': a failure verb with a 'to' infinitive carries the "
    "infinitive's act, negated (not the dictionary's bare REJECT on 'fail'), and a "
    "cooperative act that failed is no rejection by either party",
    order=22,
)
DATE_NO_EVENT = declare(
    "events.trigger.date_is_no_event",
    "a noun inside a date ('since March', 'in early May') is no event noun: the month "
    "'March' is no march (spaCy's DATE entity)",
    order=21,
)
NO_ADJECTIVAL_PARTICIPLE = declare(
    "events.trigger.no_adjectival_participle",
    "a participle used as an adjective before its noun ('the disputed border') predicates "
    "nothing: no trigger",
    order=21,
)
BARE_VERB_YIELDS = declare(
    "events.trigger.bare_verb_yields_to_noun",
    "a dictionary verb's bare code yields to an event noun after on/into/to ('went on "
    "strike' is a strike, not a CONSULT on 'went'; 'went to war')",
    order=26,
)
# the prepositions whose objects the frame builder reads as a support verb's complement
YIELD_PREPS = ("on", "into", "to")
JOINED_EVENT = declare(
    "events.trigger.joined_event_noun",
    "'thousands joined the march', 'attended the protest': a verb whose most frequent "
    "WordNet sense is to join, take part in or attend yields its bare dictionary code "
    "(CONSULT) to the event noun it takes as object or 'in' object",
    order=26,
)
DEVERBAL_NOUNS = declare(
    "events.trigger.deverbal_nouns",
    "a noun the lexicon lacks names the act of the verb it is formed from ('made a request', "
    "'issued a threat', 'expressed its support'; data/events/nominalizations.tsv)",
    order=31,
)
SUPPORT_NOUN_HYPERNYMS = declare(
    "events.trigger.support_noun_hypernyms",
    "'paid tribute to X', 'made an appeal to X', 'delivered a tirade against X': the object "
    "of a support verb (a light row of the lexicon, or a WordNet verb of undergoing) that "
    "the lexicon lacks and that names an act in words names the act of its nearest WordNet "
    "hypernym the lexicon codes (tribute -> commendation, appeal -> request, tirade -> "
    "denouncement; data/events/event_noun_hypernyms.tsv)",
    order=31.2,
)
FORCE_NOUNS = declare(
    "events.trigger.force_nouns",
    "a noun the lexicon lacks whose most frequent WordNet sense is a military action or an "
    "attack and that is its own verb ('the raid on the camp', 'an ambush') takes the "
    "dictionary verb's bare attack or coercion code (data/events/force_nouns.txt)",
    order=31,
)
PREPOSITION_NO_PARTICLE = declare(
    "events.trigger.preposition_is_no_particle",
    "a preposition with its own object is no particle: a dictionary phrasal verb's bare code "
    "('TIE IN': 060) is not coded on 'were tied in the polls'; rows that name a slot still "
    "match",
    order=27,
)
HYPHENATED_NOUNS = declare(
    "events.trigger.hyphenated_nouns",
    "a noun the tokenizer split at its hyphens ('sit - in', 'walk - out') is looked up "
    "whole, with and without the hyphens ('sit-in', 'walkout')",
    order=32,
)
PARTITIVE_OBJECTS = declare(
    "events.trigger.partitive_objects",
    "an object that names a part of its 'of' complement ('captured part of a stronghold', "
    "'took half of the city') is read through: its own word matches no object pattern "
    "(data/events/partitives.txt), so the idiom 'take part' (AGREE) is not coded",
    order=28,
)
AMOUNT_IN_OBJECTS = declare(
    "events.trigger.amount_in_objects",
    "an object that is an amount ('suspended 5 million euros in aid', 'pledged $50 million "
    "in loans') is read through its 'in' complement too: the dictionary's object patterns "
    "see the aid or loan the amount is of",
    order=28.5,
)
OBJECT_PATTERN_FIRST = declare(
    "events.trigger.object_pattern_first",
    "a support verb with an object some row names ('lodged a protest': 110 in the CAMEO "
    "dictionary) takes that verb + object pattern before handing the event to the noun",
    order=24,
)


VISIT_NEEDS_TRAVELLER = declare(
    "events.sense.visit_needs_traveller",
    "'the crisis led to protests in Tehran': a visit (CAMEO 042/043) read from a row that "
    "asks only for some object or preposition object, on a verb whose subject is a common "
    "noun naming no actor, no person and no agent, is no visit: things cause, people travel",
    order=29.3,
)
VISIT_CODES = ("042", "043")


PARTICLE_VERBS = declare(
    "events.trigger.particle_verbs",
    "a verb with a particle ('turned down an offer') is the particle verb: its own rows, "
    "else the one-word verbs of its most frequent WordNet sense ('turn down': reject), "
    "not the bare verb's rows "
    "(data/events/particle_verbs.tsv)",
    order=29,
)
TIME_IS_NO_PARTICLE = declare(
    "events.trigger.time_is_no_particle",
    "a preposition whose object is a date or time is no particle and fills no preposition "
    "slot: 'called Y on Tuesday' is no 'call on' (a request), 'met in January' no 'meet in'",
    order=27,
)


TIME_ENTITIES = ("DATE", "TIME")


def _holds_a_time(prep: Token) -> bool:
    return _holds_a_time_at(doc_view(prep.doc), prep.i)


def _holds_a_time_at(view: DocView, i: int) -> bool:
    """``_holds_a_time`` of the token at ``i``, read from the document's view."""
    dep, ent_type = view.dep, view.ent_type
    return any(dep[o] == "pobj" and ent_type[o] in TIME_ENTITIES for o in view.children[i])


UNDONE_SUPPORT = declare(
    "events.trigger.undone_support",
    "'unendorsed Y': a verb 'un-X' no lexicon has, whose X supports, is a refusal of that "
    "support (REJECT, CAMEO 12x), never no event",
    order=29,
)
UNDOING_PREFIX = "un"
# acts of support that an "un-" verb takes back
SUPPORTING = ("SUPPORT", "COOPERATE", "AGREE")
PARTICLE_NOT_BARE = declare(
    "events.trigger.particle_verb_not_bare",
    "a particle verb with rows of its own, or with no one-word WordNet synonym, is never "
    "read as the bare verb ('backed off' is no 'back': support)",
    order=29,
)


ADVERB_PARTICLES = declare(
    "events.trigger.adverb_particles",
    "'Ailes stepped down as chairman': an adverb the parser hangs on the verb (advmod, RB) "
    "right after it, that with the verb makes a WordNet particle verb "
    "(data/events/particle_verbs.tsv: 'step down': resign), is that verb's particle, as a "
    "parsed particle (prt) is ('turned down an offer')",
    order=29,
)


@lru_cache(maxsize=1)
def particle_verb_table() -> dict[str, tuple[str, ...]]:
    """ "turn down" -> ("refuse", "reject", "decline"), from data/events/particle_verbs.tsv
    (imported from WordNet by ``events.wordnet_import``); "-" is no one-word synonym."""
    table = read_table("events/particle_verbs.tsv", required=("phrase", "synonyms"))
    return {row["phrase"]: tuple(w for w in row["synonyms"].split() if w != "-") for row in table}


def particles(tok: Token) -> list[str]:
    """The verb's particles, as the parser marks them: "down" of "turned down". (Reading
    the adverbs "away" and "back" as particles too, "walked away", lost two PLOVER check
    targets and gained nothing: session 10.)"""
    view = doc_view(tok.doc)  # no Token per child: asked for every verb
    dep, lower = view.dep, view.lower
    return [lower[c] for c in view.children[tok.i] if dep[c] == "prt"]


def adverb_particles(tok: Token) -> list[str]:
    """``events.trigger.adverb_particles``: the adverb right after the verb that the parser
    read as a modifier (advmod) where WordNet has the verb with it as a particle verb:
    "down" of "stepped down as chairman" (the tagger's RB, not RP)."""
    view = doc_view(tok.doc)
    dep, lower, lemma = view.dep, view.lower, view.lemma
    nxt = tok.i + 1
    if nxt >= view.length or dep[nxt] != "advmod" or nxt not in view.children[tok.i]:
        return []
    phrase = f"{lemma[tok.i].lower()} {lower[nxt]}"
    return [lower[nxt]] if phrase in particle_verb_table() else []


def _talks_row(row: TriggerEntry) -> bool:
    """A consultation pattern of the dictionary's statement blocks that names a partner
    ("speak * (with)", "talk * (between)": lexicon.CONSULT_PATTERNS_FILE)."""
    return row.source.startswith(CONSULT_PATTERNS_FILE) and any(
        r.slot in ("prep:with", "prep:between") for r in row.requires
    )


@lru_cache(maxsize=1)
def _press_and_public() -> frozenset[str]:
    return frozenset(constants("events")["press_and_public_sectors"])


def _talks_partner(verb: Token, actors: ActorLayer | None) -> bool:
    """The verb's "with"/"between" phrase names parties, none of the press or the public
    and no organization the actors stage could not place (no country, no sector: on real
    news, a newspaper the KB lacks): "talked with Putin", not "spoke with reporters",
    "talked with voters" or "spoke with The Huffington Post"."""
    if actors is None:
        return False
    found = [
        actors.actor(a)
        for p in args.prep_objects(verb, ["with", "between"])
        for a in args.phrase_actors(p, actors)
    ]
    return bool(found) and all(
        x is not None
        and (x.sector or "") not in _press_and_public()
        and not (x.type == "organization" and not x.country and not x.sector)
        for x in found
    )


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    """Nouns of people and groups (WordNet noun.person, noun.group; events/party_nouns.txt)."""
    return word_list("events/party_nouns.txt")


def _open_visit(row: TriggerEntry) -> bool:
    """A visit row (042/043) that names no word its slots need ("lead" + "to" anything)."""
    return (
        row.cameo in VISIT_CODES
        and bool(row.requires)
        and all(not r.negative and not r.words for r in row.requires)
    )


@lru_cache(maxsize=1)
def deciding_verbs() -> frozenset[str]:
    """ "vote", "decide", "choose", "elect" (``events.wordnet_import``)."""
    return word_list("events/deciding_verbs.txt")


@lru_cache(maxsize=1)
def partitive_words() -> frozenset[str]:
    """Nouns of a part or share ("part", "half", "rest"), from data/events/partitives.txt."""
    return word_list("events/partitives.txt")


def for_clauses(tok: Token) -> list[Token]:
    """Clauses "for X to do Y" under a verb (the parser makes "for" their mark)."""
    # asked for every verb several times: read the per-document view, not Token objects
    view = doc_view(tok.doc)
    dep, lower, children = view.dep, view.lower, view.children
    return [
        tok.doc[c]
        for c in children[tok.i]
        if dep[c] in ("advcl", "xcomp", "ccomp")
        and any(dep[m] == "mark" and lower[m] == "for" for m in children[c])
    ]


def is_agent_noun(tok: Token) -> bool:
    """A noun the agents lexicon lists ("negotiators", "officials", "rebels")."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    words = agent_words()
    lemma = tok.lemma_.lower()
    return lemma in words or singular(tok.lower_) in words


def names_its_object(row: TriggerEntry) -> bool:
    """An event row that names the words its object must be ("lodge" + "protest")."""
    return row.role == "event" and any(
        r.slot == "obj" and r.words and ACTOR_WORD not in r.words for r in row.requires
    )


def _amount(noun: Token) -> bool:
    """A noun that counts or measures ("5 million euros", "$50 million", "two tonnes")."""
    if noun.ent_type_ in ("MONEY", "QUANTITY"):
        return True
    return any(c.dep_ == "nummod" for c in noun.children)


def infinitive_complements(tok: Token) -> list[Token]:
    """Verbs of "to"-infinitive clauses under a verb ("is expected to meet", "failed to
    agree", "urged Iran to halt"): the act is theirs, not the head verb's."""
    return [
        c
        for c in tok.children
        if c.dep_ in ("xcomp", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and any(a.dep_ == "aux" and a.tag_ == "TO" for a in c.children)
    ]


class RowIndex:
    """The rows of one lexicon key, with the rows that name required words indexed by
    (slot, word): a verb with 150 dictionary rows ("launch") is checked only against
    the rows whose words its objects could match, in the lexicon's order."""

    def __init__(self, rows: list[TriggerEntry]) -> None:
        self.rows = rows
        self.always: list[int] = []  # rows no word index can rule out
        self.by_word: dict[tuple[str, str], list[int]] = {}
        for number, row in enumerate(rows):
            req = next((r for r in row.requires if r.words and ACTOR_WORD not in r.words), None)
            if req is None:
                self.always.append(number)
                continue
            for word in req.words:
                self.by_word.setdefault((req.slot, word), []).append(number)
        self.slots = sorted({slot for slot, _ in self.by_word})


# keys with fewer rows are scanned whole: indexing them costs more than it saves
INDEX_FROM_ROWS = 8


class TriggerMatcher:
    """Finds the lexicon row a token triggers.

    What a token's slots hold (objects, subjects, prepositional objects and their
    words) and which rows a verb matches are computed once per token of the
    document being coded (reset by ``_fresh`` when the document or its actor layer
    changes): the frame, speech-demand and complement rules ask about the same
    verbs again and again."""

    def __init__(self, lexicon: Lexicon, tuning: Tuning) -> None:
        self.lexicon = lexicon
        self.tuning = tuning
        self.non_events = NonEvents(tuning)
        self._indexes: dict[tuple[str, str], RowIndex] = {}
        self._memo_of: tuple[object, object] | None = None
        self._slots: dict[tuple[int, str], tuple[list[Token], set[str]]] = {}
        self._rows: dict[int, list[TriggerEntry]] = {}
        self._nouns_of: object = None  # the document whose event nouns ``_nouns`` holds
        self._nouns: dict[int, TriggerEntry | None] = {}
        self._multiwords_of: object = None  # the document whose verbs ``_multiwords`` holds
        self._multiwords: dict[int, bool] = {}

    def _fresh(self, tok: Token, actors: ActorLayer | None) -> None:
        """Forget what was computed for another document or actor layer."""
        memo_of = self._memo_of
        if memo_of is None or memo_of[0] is not tok.doc or memo_of[1] is not actors:
            self._memo_of = (tok.doc, actors)
            self._slots = {}
            self._rows = {}

    def forget_layer(self) -> None:
        """Forget what was computed on the current actor layer (a memo entry made while
        coding one sentence is then never read while coding another: ``layer_reads``)."""
        self._memo_of = None

    def objects(self, tok: Token) -> list[Token]:
        """Direct objects (the passive subject of a passive verb), with their conjuncts."""
        view = doc_view(tok.doc)
        dep = view.dep
        passive = any(dep[c] in ("nsubjpass", "auxpass") for c in view.children[tok.i])
        passive = passive and tok.lemma_ not in STATIVE_PASSIVES
        deps = ("dobj", "obj", "nsubjpass") if passive else ("dobj", "obj")
        found = [o for d in args.children(tok, *deps) for o in args.conjuncts(d)]
        if len(found) < 2 and self.tuning.on(NAMED_PREDICATIVE_OBJECT):
            named = named_predicative(tok)  # "Cruz called Trump a phony": misparsed
            if named is not None:
                return args.conjuncts(named[0])
        if dep[tok.i] == "relcl" and self.tuning.on(RELATIVE_CLAUSE_OBJECT):
            noun = relative_object(tok)  # "an offer (that) the leadership rebuffed"
            if noun is not None:
                return [noun]
        return found

    def object_words(self, heads: list[Token]) -> set[str]:
        """Lemmas of objects, seeing through quantities ("700 kg of medicine") and parts
        ("part of a stronghold": the part's own word is no object word)."""
        lemmas: set[str] = set()
        partitives = self.tuning.on(PARTITIVE_OBJECTS)
        amounts = self.tuning.on(AMOUNT_IN_OBJECTS)
        for head in heads:
            inners = args.prep_objects(head, ["of"])
            if amounts and _amount(head):  # "5 million euros in aid"
                inners = inners + args.prep_objects(head, ["in"])
            if not (partitives and inners and head.lemma_.lower() in partitive_words()):
                lemmas |= args.key_lemmas(head)
            for inner in inners:
                lemmas |= args.key_lemmas(inner)
        return lemmas

    def _slot_tokens(self, slot: str, tok: Token) -> list[Token]:
        if slot == "obj":
            return self.objects(tok)
        if slot == "subj":
            return [c for s in args.children(tok, "nsubj", "nsubjpass") for c in args.conjuncts(s)]
        if slot.startswith("prep:"):
            heads = args.prep_objects(tok, [slot.split(":", 1)[1]])
            if self.tuning.on(TIME_IS_NO_PARTICLE):  # "called Y on Tuesday": no "call on *"
                heads = [h for h in heads if h.ent_type_ not in TIME_ENTITIES]
            return heads
        return []

    def _slot(self, slot: str, tok: Token) -> tuple[list[Token], set[str]]:
        """A slot's head tokens and their words, once per token (see ``_fresh``)."""
        key = (tok.i, slot)
        found = self._slots.get(key)
        if found is None:
            heads = self._slot_tokens(slot, tok)
            found = self._slots[key] = (heads, self.object_words(heads))
        return found

    def _filled(self, slot: str, tok: Token) -> bool:
        """Whether a slot of the verb holds anything (for "!slot" conditions)."""
        if slot == "comp":
            return bool(args.children(tok, "xcomp", "ccomp"))
        if slot == "inf":
            return bool(infinitive_complements(tok))
        return bool(self._slot(slot, tok)[0])

    def _satisfies(self, row: TriggerEntry, tok: Token, actors: ActorLayer | None) -> bool:
        for req in row.requires:
            if req.negative:
                guarded = (self.tuning.on(FAILED_ATTEMPT) and tok.lemma_ in FAILURE_VERBS) or (
                    self.tuning.on(DECIDING_VERB) and tok.lemma_ in deciding_verbs()
                )
                if req.slot == "!inf" and not guarded:
                    continue
                if self._filled(req.slot[1:], tok):
                    return False
                continue
            if req.slot == "comp":
                if not args.children(tok, "xcomp", "ccomp"):
                    return False
                continue
            if req.slot == "inf":  # "told Russia to withdraw": a "to" infinitive
                if not infinitive_complements(tok):
                    return False
                continue
            heads, words = self._slot(req.slot, tok)
            if ACTOR_WORD in req.words:  # "meet @actor": the object must be someone
                named = actors is not None and any(
                    args.phrase_actors(h, actors, head_only=True) for h in heads
                )
                if self.tuning.on(AGENT_NOUNS):  # "met European negotiators": someone, unnamed
                    named = named or any(is_agent_noun(h) for h in heads)
                if not named and actors is not None and self.tuning.on(POSSESSOR_ACTOR):
                    # "backed Iran's right to ...": what is backed is someone's; a pronoun
                    # is mostly the doer's own ("will release his tax returns")
                    named = any(
                        args.phrase_actors(p, actors, head_only=True)
                        for h in heads
                        for p in h.children
                        if p.dep_ == "poss" and p.pos_ != "PRON"
                    )
                if not (named or bool(words & req.words)):
                    return False
                continue
            if not req.accepts(words):
                return False
        return True

    def match_verb(self, tok: Token, actors: ActorLayer | None = None) -> TriggerEntry | None:
        """The first lexicon row whose word and conditions fit this verb."""
        return next(self.verb_rows(tok, actors), None)

    def verb_rows(self, tok: Token, actors: ActorLayer | None = None) -> Iterator[TriggerEntry]:
        """The lexicon rows whose word and conditions fit this verb, best first; stops at
        a "none" row (the word is no event here)."""
        if tok.pos_ != "VERB":
            return
        if tok.dep_ == "amod" and self.tuning.on(NO_ADJECTIVAL_PARTICIPLE):
            return  # "the disputed border", "the attacked convoy": a description
        if self.non_events.verb_is_no_event(tok):
            return  # "according to", "I mean", "claimed 41 percent", "conducted a poll"
        if self.tuning.on(MULTIWORD_NO_EVENT) and self._multiword_memo(tok):
            return  # "made up half the crowd", "came of age", "took place"
        self._fresh(tok, actors)
        rows = self._rows.get(tok.i)
        if rows is None:
            rows = self._rows[tok.i] = list(self._fitting_rows(tok, actors))
        yield from rows

    def _consult_without_party(
        self, tok: Token, actors: ActorLayer | None, rows: list[TriggerEntry]
    ) -> bool:
        """CONSULT rows on a verb whose object names no party (``consult_party.py``)."""
        if not self.tuning.on(CONSULT_NEEDS_PARTY):
            return False
        return any(r.type == CONSULT for r in rows) and no_party(tok, actors)

    def _multiword_memo(self, tok: Token) -> bool:
        """``_multiword_no_event`` once per token of the document (the rules ask about the
        same verbs again and again)."""
        if self._multiwords_of is not tok.doc:
            self._multiwords_of = tok.doc
            self._multiwords = {}
        found = self._multiwords.get(tok.i)
        if found is None:
            found = self._multiwords[tok.i] = self._multiword_no_event(tok)
        return found

    def _multiword_no_event(self, tok: Token) -> bool:
        """The verb heads a WordNet multiword no lexicon row names whose most frequent
        sense is no act between parties (``multiwords.py``)."""
        entry = realised_multiword(tok)
        if entry is None or is_event_sense(entry):
            return False
        key = " ".join(w for w in entry.words if w not in (POSSESSIVE, REFLEXIVE))
        if self.lexicon.candidates(key, "V"):
            return False
        # "fighting broke out": a verb of happening whose subject is an act named by an
        # -ing noun of a coded verb reports that act; the verb's reading stays
        return not (entry.lexnames[0] == "change" and self._gerund_act_subject(tok))

    def _gerund_act_subject(self, tok: Token) -> bool:
        for subject in args.children(tok, "nsubj"):
            word = subject.lower_
            if subject.pos_ == "NOUN" and word.endswith("ing") and len(word) > 5:
                stems = (word[:-3], word[:-3] + "e", word[:-4])
                if any(self.lexicon.candidates(stem, "V") for stem in stems):
                    return True
        return False

    def _fitting_rows(self, tok: Token, actors: ActorLayer | None) -> Iterator[TriggerEntry]:
        rows = list(self._rows_in_order(tok, actors))
        if self.tuning.on(PHRASE_OBJECT_ROW):  # "launched air strikes": 195, not 141
            rows = phrase_rows_first(rows, self._slot("obj", tok)[1])
        if self._consult_without_party(tok, actors, rows):
            rows = [r for r in rows if r.type != CONSULT]  # "discussed his new book"
        if not rows and self.tuning.on(UNDONE_SUPPORT):
            rows = self._reversed_rows(tok, actors)
        if self.tuning.on(REJECTED_CHARGE) and self.rejects_a_charge(tok):
            charge = charge_row(tok, rows)  # "dismissed Washington's criticism"
            rows = [charge, *rows] if charge is not None else rows
        if self.tuning.on(CRITICISM_VERBS):  # "Warren ripped Trump", "lambasted him"
            criticism = criticism_row(tok, rows, actors)
            rows = [criticism, *rows] if criticism is not None else rows
        if not rows and self.tuning.on(NEAR_VERBS):  # "repudiated X": reject's bare code
            near = near_row(tok, self.lexicon, actors)
            rows = [near] if near is not None else rows
        if not rows and self.tuning.on(NEIGHBOUR_ROWS):  # "inked a deal": sign's rows
            rows = neighbour_rows(tok, self.lexicon, lambda r: self._satisfies(r, tok, actors))
        if not rows and self.tuning.on(DENIAL):  # "denied (that) X", "denies any wrongdoing"
            denial = denial_row(tok, self.objects(tok))
            rows = [denial] if denial is not None else rows
        if not rows and self.tuning.on(REJECTED_PARTY):  # "disavowed Duke"
            rejected = rejected_party_row(tok, particles(tok), actors)
            rows = [rejected] if rejected is not None else rows
        if not rows and self.tuning.on(CONDITIONAL_FAMILY):  # every row conditional, one family
            family = family_row(tok, self.lexicon, actors)
            rows = [family] if family is not None else rows
        if self.tuning.on(PURSUIT_CRITICISM):  # "Rubio went after Trump", "took aim at"
            pursuit = pursuit_row(tok, actors)
            rows = [pursuit, *rows] if pursuit is not None else rows
        if self.tuning.on(PATIENT_NO_OWN_CODE):  # "faced a backlash": no meeting
            rows = bare_rows_dropped(
                tok, rows, self.objects(tok), self._event_noun, self._names_someone(actors)
            )
        if self.tuning.on(AIMED_SUPPORT):  # "leveled accusations at X"
            aimed = aimed_row(tok, self.objects(tok), self._event_noun)
            rows = [aimed, *rows] if aimed is not None else rows
        if not rows and self._failure_verb(tok):
            # "failed to agree": the verb carries its infinitive's act (negated), like a
            # support verb its noun; its dictionary code (REJECT) is skipped in _satisfies
            rows = [TriggerEntry(tok.lemma_, "V", "light", None, (), None, FAILURE_ROW)]
        if self.tuning.on(OBJECT_PATTERN_FIRST) and rows and rows[0].role == "light":
            named = self._named_pattern(tok, rows)
            if named is not None and self._noun_type_differs(tok, named):
                rows.remove(named)  # "lodged a protest": the verb + noun pattern (ACCUSE)
                rows.insert(0, named)
        if self.tuning.on(SENT_GOODS):  # "sent 200 tonnes of rice to North Korea"
            rows = sent_goods_rows(tok, rows, actors, self._noun_type)
        # readings that come before the dictionary's, each put first in turn (a later one
        # ends up ahead of an earlier one)
        readings: tuple[tuple[str, Callable[[], TriggerEntry | None]], ...] = (
            # "gave Niger's junta one week to reinstate"
            (ULTIMATUM, lambda: ultimatum_row(tok, actors)),
            # "ordered an attack on", "approved the deployment"
            (AUTHORISED_ACT, lambda: authorised_act_row(tok, self.objects(tok), self._event_noun)),
            # "put sanctions on Russia", "placed tariffs on steel"
            (PLACED_ACT, lambda: placed_act_row(tok, self.objects(tok), self._event_noun, actors)),
            # "ordered ten army battalions to the border"
            (ORDERED_FORCES, lambda: ordered_forces_row(tok, actors)),
            # "summoned the Ugandan envoy to protest"
            (SUMMONED_ENVOY, lambda: summoned_envoy_row(tok, actors)),
            # "ordered three diplomats to leave the country": expel, "force to leave"
            (DIRECTED_CAUSATIVE, lambda: causative_row(tok, self.lexicon, actors)),
        )
        for name, reading in readings:
            if self.tuning.on(name) and (first := reading()) is not None:
                rows = [first, *rows]
        if self.tuning.on(EXPELLED_MEMBER):  # "ECOWAS suspended Guinea from its bodies"
            expelled = expelled_member_row(tok, actors)
            if expelled is not None and (expelled[1] or not any(r.role == "event" for r in rows)):
                rows = [expelled[0], *rows]  # a state or body first; a person: no other row
        if any(r.source.startswith(CONSULT_PATTERNS_FILE) for r in rows):
            rows = [r for r in rows if not _talks_row(r) or _talks_partner(tok, actors)]
        if rows and self.tuning.on(VISIT_NEEDS_TRAVELLER) and self._thing_subject(tok, actors):
            rows = [r for r in rows if not _open_visit(r)]  # "the crisis led to protests"
        if self.tuning.on(LIGHT_VERB_NOUNS) and self._wordnet_light(tok, rows):
            # "had a conversation with X": "have" supports the noun read by its verb
            rows.insert(0, TriggerEntry(tok.lemma_, "V", "light", None, (), None, LIGHT_ROW))
        if self._bare_verb_yields(tok, rows):
            # "went on strike", "went to war": the noun's event, the verb supports it
            support = replace(rows[0], role="light", cameo=None, type=None, requires=())
            rows.insert(0, support)
        yield from rows

    def _thing_subject(self, verb: Token, actors: ActorLayer | None) -> bool:
        """The verb's subject is a common noun that names no actor, person or agent
        ("the crisis", "the decision"): it cannot travel (``VISIT_NEEDS_TRAVELLER``)."""
        subjects = args.children(verb, "nsubj")
        return bool(subjects) and all(
            s.pos_ == "NOUN"
            and not s.ent_type_
            and not is_agent_noun(s)
            and not (actors is not None and args.phrase_actors(s, actors))
            and not any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in s.children)
            and s.lemma_.lower() not in _party_nouns()
            for s in subjects
        )

    @staticmethod
    def _names_someone(actors: ActorLayer | None) -> Callable[[Token], bool]:
        def names(noun: Token) -> bool:
            # the noun's own words, not a "from X" after it ("a backlash from X")
            own = [t for t in args.own_tokens(noun) if t.i <= noun.i]
            start, end = own[0].idx, noun.idx + len(noun)
            return actors is not None and bool(actors.mentions_in(start, end))

        return names

    def _event_noun(self, tok: Token) -> bool:
        row = self.match_noun(tok)
        return row is not None and bool(row.type)

    def _noun_type(self, tok: Token) -> str | None:
        row = self.match_noun(tok)
        return row.type if row is not None else None

    def rejects_a_charge(self, tok: Token) -> bool:
        """A verb of rejecting or denying whose object is an event noun of criticism or
        accusation ("rejected British accusations": ``rejected_charges.py``)."""
        if not rejecting(tok, particles(tok)):
            return False
        found = (self.match_noun(o) for o in self.objects(tok))
        return any(row is not None and row.type in self.charge_types() for row in found)

    def charge_types(self) -> tuple[str, ...]:
        """The event types a verb of rejecting answers with a rejection of their maker: a
        charge, and a request under ``REJECTED_REQUEST_NOUN`` ("dismissed pleas for")."""
        if self.tuning.on(REJECTED_REQUEST_NOUN):
            return (*CHARGE_TYPES, REQUEST_TYPE)
        return CHARGE_TYPES

    def _failure_verb(self, tok: Token) -> bool:
        """A failure verb with a "to" infinitive, under ``FAILED_ATTEMPT``."""
        on = self.tuning.on(FAILED_ATTEMPT)
        return on and tok.lemma_ in FAILURE_VERBS and bool(infinitive_complements(tok))

    def _named_pattern(self, tok: Token, rows: list[TriggerEntry]) -> TriggerEntry | None:
        """The first row naming the verb's object, preferring a row that names the object
        noun itself over one that names a word of its complement ("issued a threat of
        attack" is "issue" + "threat", not "issue" + "attack")."""
        named = [r for r in rows if names_its_object(r)]
        if self.tuning.on(PHRASE_OBJECT_ROW):  # "launched air strikes": 195, not 141
            words = self._slot("obj", tok)[1]
            phrased = next((r for r in named if meets_phrase(r, words)), None)
            if phrased is not None:
                return phrased
        heads = {o.lemma_.lower() for o in self.objects(tok)}
        for row in named:
            if any(r.slot == "obj" and r.words & heads for r in row.requires):
                return row
        return named[0] if named else None

    def _bare_verb_yields(self, tok: Token, rows: list[TriggerEntry]) -> bool:
        """A dictionary verb's bare code first, and an event noun after on/into/to."""
        if not (self.tuning.on(BARE_VERB_YIELDS) and rows and is_bare(rows[0])):
            return False
        if rows[0].weight >= 1:  # our own bare rows are deliberate
            return False
        nouns = args.prep_objects(tok, YIELD_PREPS)
        if self.tuning.on(JOINED_EVENT) and _joining(tok):
            nouns += args.children(tok, "dobj", "obj") + args.prep_objects(tok, ["in"])
        return any(self.match_noun(n) is not None for n in nouns)

    def _noun_type_differs(self, tok: Token, named: TriggerEntry) -> bool:
        """The object nouns' own event type is not the verb + noun pattern's ("protest":
        PROTEST; "lodge a protest": ACCUSE). Where they agree ("launched an attack") the
        support verb hands the event to the noun, whose words join the trigger."""
        nouns = [self.match_noun(o) for o in self.objects(tok)]
        types = {row.type for row in nouns if row is not None}
        return bool(types) and named.type not in types

    def _rows_in_order(self, tok: Token, actors: ActorLayer | None) -> Iterator[TriggerEntry]:
        lemmas = verb_lemmas(tok) if self.tuning.on(SURFACE_LEMMAS) else [tok.lemma_.lower()]
        # what the verb's children say, read once for all its lemmas
        particle_words = self._particle_words(tok)
        if self.tuning.on(ADVERB_PARTICLES):
            particle_words += adverb_particles(tok)
        fors = len(for_clauses(tok)) if self.tuning.on(FOR_TO_CLAUSE) else 0
        with_objects = self._preposition_words_with_objects(tok)
        for lemma in lemmas:
            keys = [f"{lemma} {word}" for word in particle_words]
            keys += [f"{lemma} for"] * fors  # "called for Iran to halt": "call for"
            keys.append(lemma)
            if self.tuning.on(PARTICLE_VERBS):
                keys = self._particle_keys(tok, lemma, keys)
            prepositions = {f"{lemma} {word}" for word in with_objects}
            for key in keys:
                for row in self._candidate_rows(key, tok):
                    if key in prepositions and row.weight < 1 and is_bare(row):
                        continue  # "tied in the polls": "in" is no particle of "tie in"
                    if self._satisfies(row, tok, actors):
                        if row.role == "none":
                            return
                        yield row

    def _particle_words(self, tok: Token) -> list[str]:
        """The lower-case words of ``_particle_like``, read from the document's view."""
        view = doc_view(tok.doc)
        dep, lower = view.dep, view.lower
        out = [c for c in view.children[tok.i] if dep[c] in ("prt", "prep")]
        if self.tuning.on(TIME_IS_NO_PARTICLE):
            out = [c for c in out if not (dep[c] == "prep" and _holds_a_time_at(view, c))]
        return [lower[c] for c in out]

    def _particle_like(self, tok: Token) -> list[Token]:
        """Particles and prepositions that may make a phrasal key ("call on", "pull out");
        a preposition whose object is a time never does ("called Y on Tuesday")."""
        out = [c for c in tok.children if c.dep_ in ("prt", "prep")]
        if self.tuning.on(TIME_IS_NO_PARTICLE):
            out = [c for c in out if not (c.dep_ == "prep" and _holds_a_time(c))]
        return out

    def _reversed_rows(self, tok: Token, actors: ActorLayer | None) -> list[TriggerEntry]:
        """ "Republicans have unendorsed Trump": a verb "un-X" no lexicon has, whose X is
        an act of support, takes back that support: a refusal of it (CAMEO 12x)."""
        lemma = tok.lemma_.lower()
        stem = lemma[len(UNDOING_PREFIX) :]
        if not lemma.startswith(UNDOING_PREFIX) or len(stem) < 4:
            return []
        if self.lexicon.candidates(lemma, "V"):
            return []  # "unite", "undermine": words of their own
        out = []
        for row in self.lexicon.candidates(stem, "V"):
            if row.role == "event" and row.type in SUPPORTING and self._satisfies(row, tok, actors):
                cameo = reject_code(row.cameo or "")
                out.append(replace(row, cameo=cameo, type="REJECT", source=f"un-{row.source}"))
                break
        return out

    def _particle_keys(self, tok: Token, lemma: str, keys: list[str]) -> list[str]:
        """ "turned down an offer": a particle verb is read by its own rows, else through
        its WordNet synonyms ("reject"); with ``particle_verb_not_bare`` the bare verb
        ("turn", "back") is never tried."""
        table = particle_verb_table()
        no_bare = self.tuning.on(PARTICLE_NOT_BARE)
        found_particles = particles(tok)
        if self.tuning.on(ADVERB_PARTICLES):
            found_particles += adverb_particles(tok)
        for particle in found_particles:
            phrase = f"{lemma} {particle}"
            if phrase not in table:
                continue  # no particle verb of WordNet's
            own = keys if phrase in keys else [phrase, *keys]
            if self.lexicon.candidates(phrase, "V"):  # "back off": its own rows
                return [k for k in own if k != lemma] if no_bare else own
            found = [w for w in table[phrase] if self.lexicon.candidates(w, "V")]
            if found:
                return [k for k in keys if k not in (lemma, phrase)] + found[:1]
            return [k for k in own if k != lemma] if no_bare else own
        return keys

    def _preposition_words_with_objects(self, tok: Token) -> list[str]:
        """The words of ``_prepositions_with_objects``'s prepositions, from the view."""
        if not self.tuning.on(PREPOSITION_NO_PARTICLE):
            return []
        view = doc_view(tok.doc)
        dep, lower, children = view.dep, view.lower, view.children
        return [
            lower[c]
            for c in children[tok.i]
            if dep[c] == "prep" and any(dep[o] == "pobj" for o in children[c])
        ]

    def _prepositions_with_objects(self, tok: Token, lemma: str) -> set[str]:
        """Keys "verb prep" whose preposition heads its own object (not a particle)."""
        if not self.tuning.on(PREPOSITION_NO_PARTICLE):
            return set()
        return {
            f"{lemma} {c.lower_}"
            for c in tok.children
            if c.dep_ == "prep" and args.children(c, "pobj")
        }

    def _candidate_rows(self, key: str, tok: Token) -> list[TriggerEntry]:
        """The key's rows that this verb's slot words do not rule out, in lexicon order
        (a superset of the rows ``_satisfies`` accepts)."""
        rows = self.lexicon.candidates(key, "V")
        if len(rows) < INDEX_FROM_ROWS:
            return rows
        index = self._indexes.get((key, "V"))
        if index is None:
            index = self._indexes[(key, "V")] = RowIndex(rows)
        numbers = set(index.always)
        for slot in index.slots:
            for word in self._slot(slot, tok)[1]:
                numbers.update(index.by_word.get((slot, word), ()))
        return [rows[n] for n in sorted(numbers)]

    def match_noun(self, tok: Token) -> TriggerEntry | None:
        """The lexicon row for an event noun ("protests", "hunger strike", "state of emergency"),
        once per token of a document (free nouns, complements and support verbs ask again)."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            return None
        if self.non_events.in_attribution(tok):
            return None  # "thanks to", "in line with": no thanks, no line
        if tok.ent_type_ == "DATE" and self.tuning.on(DATE_NO_EVENT):
            return None  # "since March": a month, not a march
        if self._nouns_of is not tok.doc:
            self._nouns_of = tok.doc
            self._nouns = {}
        if tok.i not in self._nouns:
            self._nouns[tok.i] = self._noun_row(tok)
        return self._nouns[tok.i]

    def _noun_row(self, tok: Token) -> TriggerEntry | None:
        lemma = tok.lemma_.lower()
        keys = []
        if self.tuning.on(NOUN_MODIFIER_KEYS):
            for child in tok.children:
                if child.dep_ in ("compound", "amod") and child.i < tok.i:
                    keys.append(f"{child.lemma_.lower()} {lemma}")
                if child.dep_ == "prep" and child.lower_ == "of":
                    keys.extend(
                        f"{lemma} of {p.lemma_.lower()}" for p in args.children(child, "pobj")
                    )
        if self.tuning.on(HYPHENATED_NOUNS):
            keys.extend(hyphenated_keys(tok))
        keys.append(lemma)
        for key in keys:
            rows = self.lexicon.candidates(key, "N")
            if rows:  # a "none" row ("press release") stops the plain word from matching
                return None if rows[0].role == "none" else rows[0]
        if tok.pos_ != "NOUN" or is_agent_noun(tok):
            return None
        row = self.lexicon.deverbal(lemma) if self.tuning.on(DEVERBAL_NOUNS) else None
        if row is None and self.tuning.on(FORCE_NOUNS) and lemma in force_nouns():
            row = self.lexicon.force_noun(lemma)  # "the raid on the camp"
        if row is None and self.tuning.on(REQUEST_NOUNS) and self.lexicon.deverbal(lemma) is None:
            # "renewed calls for a truce"; "dismissed pleas" only with the rejection rule, which
            # names the asker (without it the request's own target would take the refusal's)
            rejected = self._rejected_object(tok)
            if not rejected or self.tuning.on(REJECTED_REQUEST_NOUN):
                row = request_row(tok, rejected)
        if row is None and self.tuning.on(SUPPORT_NOUN_HYPERNYMS) and self._support_object(tok):
            row = self.lexicon.hypernym_row(lemma)  # "paid tribute to X"
        if row is None and self.tuning.on(LIGHT_VERB_NOUNS) and self._light_object(tok):
            # "had a conversation with X": the verb WordNet derives the noun from
            row = self.lexicon.light_noun(lemma, self.tuning.on(LIGHT_VERB_NOUNS_DICTIONARY))
        return row

    def _wordnet_light(self, tok: Token, rows: list[TriggerEntry]) -> bool:
        """A verb of WordNet's light senses with no light row of its own ("have", "do")
        whose object is a noun read by the verb it is derived from."""
        if tok.lemma_.lower() not in wordnet_light_verbs() or any(r.role == "light" for r in rows):
            return False
        for noun in self.objects(tok):
            row = self.match_noun(noun)
            if row is not None and DERIVED_VERB_MARK in row.source:
                return True
        return False

    def _light_object(self, noun: Token) -> bool:
        """The noun is the direct object of a support verb: a light row of the lexicon,
        or a verb of WordNet's light senses ("had", "did")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
            return False
        lemma = verb.lemma_.lower()
        if lemma in wordnet_light_verbs():
            return True
        return any(r.role == "light" for r in self.lexicon.candidates(lemma, "V"))

    def _support_object(self, noun: Token) -> bool:
        """The noun is the direct object of a support verb: one with a light row in the
        lexicon ("paid", "made", "launched") or a WordNet verb of undergoing ("faced")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj") or verb.pos_ not in ("VERB", "AUX"):
            return False
        rows = self.lexicon.candidates(verb.lemma_.lower(), "V")
        return any(r.role == "light" for r in rows) or is_kind(verb, "patient")

    def _rejected_object(self, noun: Token) -> bool:
        """The noun is the object of a verb of rejecting ("dismissed Australian pleas")."""
        verb = noun.head
        if noun.dep_ not in ("dobj", "obj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return False
        return rejecting(verb, particles(verb))


@lru_cache(maxsize=1)
def force_nouns() -> frozenset[str]:
    """Nouns of a military action or attack that are verbs too (WordNet, derived)."""
    return word_list("events/force_nouns.txt")


def hyphenated_keys(tok: Token) -> list[str]:
    """ "sit-in" and "sitin" for the head "in" of "sit - in" (the words written together
    with hyphens, the head's lemma last); nothing for a noun written on its own."""
    doc = tok.doc
    first = tok.i
    while (
        first >= 2
        and doc[first - 1].text == "-"
        and not doc[first - 1].whitespace_
        and not doc[first - 2].whitespace_
    ):
        first -= 2
    if first == tok.i:
        return []
    words = [doc[i].lower_ for i in range(first, tok.i, 2)] + [tok.lemma_.lower()]
    return ["-".join(words), "".join(words)]


def verb_lemmas(tok: Token) -> list[str]:
    """spaCy's lemma, then naive ones from the surface form: the small model
    sometimes lemmatises "staged" as "stag"."""
    lemma = tok.lemma_.lower()
    word = tok.lower_
    out = [lemma]
    if word.endswith("ied"):
        out.append(word[:-3] + "y")  # "reoccupied" -> "reoccupy" (not "reoccupie")
    if word.endswith("ed"):
        out += [word[:-1], word[:-2]]
        if len(word) > 4 and word[-3] == word[-4]:
            out.append(word[:-3])  # "stopped" -> "stop"
    elif word.endswith("ing"):
        out += [word[:-3], word[:-3] + "e"]
    elif word.endswith("s"):
        out.append(word[:-1])
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def joining_verbs() -> frozenset[str]:
    """ "join", "attend", "participate", "take part" (``events.wordnet_import``)."""
    return word_list("events/joining_verbs.txt")


def _joining(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    keys = {lemma} | {f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "dobj")}
    return bool(keys & joining_verbs())
