"""Who did it and to whom: source and target of a predicate, read from the parse.

Rule group ``events.args.*``. ``arguments.py`` turns a phrase into actors
(through ``ActorLayer``); this module decides which phrase plays which role.
A source that the sentence does not name stays empty: nothing here guesses.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.owner_limits import POSSESSOR_JOINED_SUBJECT, joined_subject, layer_country_at
from ..datafiles import word_list
from ..nlp import modality as mod
from ..nlp import words
from ..nlp.reporting import speech_verbs
from ..records import Actor, Quote
from ..rules import declare
from . import arguments as args
from .acquired import (
    ACQUIRED_EVENT_GIVER,
    GIVEN_TYPES,
    RELATIVE_SECOND_SUBJECT,
    acquiring_verb,
    second_subject,
)
from .adjunct_nouns import ADJUNCT_NOUN_DOER, adjunct_subject
from .adverb_gerunds import DEGREE_PHRASE_GERUND, degree_governor
from .arg_shapes import (
    AT_THE_HANDS,
    FROM_SOURCE_TYPES,
    KIN_SENSE_POSSESSOR,
    NOUN_FROM_SOURCE,
    OBJECT_CONTROL,
    OCCASION_NOT_PARTY,
    POSSESSOR_OWNS_PHRASE,
    RECEIVED_FROM_GIVER,
    RELATIONAL_POSSESSOR,
    SCARE_QUOTED_VERB,
    SPEAKER_PRONOUN_ONLY,
    SPEAKER_PRONOUNS,
    WE_NOT_ONE_PERSON,
    WITH_ABSOLUTE,
    controller,
    givers,
    hands_doers,
    is_hands,
    is_occasion,
    is_we_phrase,
    is_with_absolute,
    kin_sense_other,
    possessor_only,
    related_other,
    scare_quoted_object,
)
from .backers import BACKER_NOT_PARTY, backers
from .by_doers import BY_PHRASE_DOER, gerund_doers, misparsed_passive
from .claim_subjects import claim_clause
from .clause_owner import CLAUSE_OWNER, clause_owners
from .compared import COMPARED_NO_PARTY, passed_over
from .described import (
    DESCRIBED_PARTY,
    SUBJECT_RULES,
    described_party,
    referring_rules,
)
from .descriptor_names import DESCRIPTOR_NAMES_HEAD, close_apposition_name
from .directives import ADDRESSEE_OF_DIRECTIVE
from .doers import (
    HEADLINE_PASSIVE,
    PARTICLE_OBJECT_PREDICATE,
    SWALLOWED_SUBJECT,
    headline_patient,
    particle_objects,
    swallowed_subject,
)
from .dying import DYING_SUBJECT_PATIENT, dying_verb
from .embedded import PARTICIPLE_PATIENT, TEMPORAL_MARKS, is_passive_participle, relative_antecedent
from .finite_conjuncts import (
    FINITE_CONJUNCT,
    MODAL_CONJUNCT_SUBJECT,
    finite_governor,
    modal_governor,
)
from .fronted_appositions import (
    FRONTED_APPOSITION_SUBJECT,
    fronted_apposition_antecedent,
    fronted_apposition_subject,
)
from .fronted_conjuncts import FRONTED_CONJUNCT, fronted_subject
from .given_things import (
    OFFERED_THING_NO_PARTY,
    RECIPIENT_OVER_THEME,
    THING_PARTY_PREPS,
    free_relative,
    is_giving_verb,
    names_actor,
    participle_thing,
    receivers,
    things,
)
from .granted_acts import DATIVE_INFINITIVE, dative_doer
from .joint_things import joint_nouns
from .listed_parties import LISTED_APPOSITIVE, listed_members
from .matching import STATIVE_PASSIVES, TriggerMatcher, for_clauses
from .means_phrases import BY_MEANS_NOT_AGENT, means_only
from .offices import body_acted_for
from .own_acts import OWN_NAMED_ACT_OBJECT, own_named_acts
from .own_means import OWN_MEANS_OBJECT, OWN_OBJECT_NAMES_OTHER, names_other, own_means
from .own_pronoun_phrases import (
    OWN_PRONOUN_PHRASE,
    own_pronoun_phrases,
    pronoun_owner,
    stands_for_source,
)
from .owned_infinitive import OWNED_INFINITIVE, infinitive_owner
from .parties import (
    COORDINATED_MODIFIER,
    NOUN_GERUND,
    PREP_GERUND_OWNER,
    SOURCES_RESTATED,
    coordinated_modifiers,
    gerund_owner,
    prep_gerund_owner,
    restates_sources,
)
from .parts import DocContext, Tuning
from .party_phrases import (
    APPOSITIVE_NAMES_DESCRIPTION,
    APPOSITIVE_OVER_POSSESSOR,
    BLAMED_SUBJECT,
    MEMBERS_NOT_BODY,
    TOPIC_NOT_PARTY,
    appositive_names,
    appositive_renames,
    blamed,
    bodies_of_members,
    is_topic,
)
from .passive_args import (
    AGENT_NOT_PATIENT,
    APPOSITIVE_NAME_FIRST,
    APPOSITIVE_RELATIVE,
    PASSIVE_OWN_SUBJECT,
    own_passive_subject,
    passive_patients,
    renamed,
)
from .patient_clauses import (
    PASSIVE_RELATIVE_PATIENT,
    REDUCED_PASSIVE_PATIENT,
    passive_relative,
    reduced_passive,
)
from .place_modifier import CITY_VENUE_NOT_DOER, MISREAD_CITY_VENUE, city_modifier, misread_city
from .psych_passives import PSYCH_PASSIVE_EXPERIENCER, experiencer, stimuli
from .purpose_clause import PURPOSE_OWN_ARGUMENTS
from .reason_phrases import REASON_PHRASE_NOT_TARGET, drop_reasons
from .relative_doer import RELATIVE_DOER, relative_doer
from .renamed_objects import DESCRIBED_PERSON_NAMED, renamed_actors
from .scene_acts import (
    ACT_SUBJECT_DOER,
    PASSIVE_IN_ACT_DOER,
    SCENE_TYPES,
    is_force_act,
    scene_acts,
)
from .support_verbs import MEDIUM_NO_TARGET, is_medium
from .undergone import UNDERGONE_EVENT, doers, undergoing_verb
from .venues import VENUE_NOT_PARTY, VENUE_TYPES, venue_free, venues
from .who_antecedent import WHO_CLAUSE_OVER_PLACE, clause_reaches, described_name, over_place

PASSIVE_AGENT = declare(
    "events.args.passive_agent", "'was attacked by X': X is the source, not the subject", order=10
)
RELATIVE_HEAD = declare(
    "events.args.relative_head",
    "'the rebels who attacked X': a relative clause's head noun is its subject",
    order=20,
)
PARTICIPLE_ISSUER = declare(
    "events.args.participle_issuer",
    "'issued a declaration demanding X': a participle on an object has the verb's subject",
    order=21,
)
RELATIVE_PRONOUN = declare(
    "events.args.relative_pronoun",
    "'the rebels who attacked X': a relative pronoun subject stands for the clause's head noun",
    order=23,
)
PASSIVE_HEAD_CHAIN = declare(
    "events.args.passive_head_chain",
    "'X is expected to visit Y', 'Y was attacked by X and retaliated': an active verb "
    "chained to a passive one has the passive's subject",
    order=24,
)
CLAUSE_CHAIN = declare(
    "events.args.clause_chain",
    "infinitives, coordinated verbs and purpose clauses share their governing verb's subject",
    order=22,
)
ADJUNCT_PARTICIPLE = declare(
    "events.args.adjunct_participle",
    "'after meeting Putin, Erdogan said ...', 'while visiting Kyiv, X ...': a participle "
    "clause with no subject of its own has the subject of the verb it is attached to",
    order=22.5,
)
IGO_OFFICIAL = declare(
    "events.args.igo_official",
    "'U.N. envoy X', 'EU foreign policy chief X': an official named with "
    "an intergovernmental body before the name acts for that body (the body, then the official)",
    order=29,
)
ADJECTIVE_CHAIN = declare(
    "events.args.adjective_chain",
    "'X is ready / willing / prepared to meet Y': an adjective's infinitive has the "
    "subject of the adjective's copula (the subject of the governing predicate)",
    order=22.3,
)
NOUN_OF_PATIENT = declare(
    "events.args.noun_of_patient",
    "'Russia's invasion of Ukraine', 'launched a bombing of X': once an event noun's doer "
    "is named, its 'of' object is the target (with no doer, 'the visit of X', it is not)",
    order=42,
)
NOUN_INFINITIVE = declare(
    "events.args.noun_infinitive",
    "'X made a decision to withdraw', 'announced plans to send', 'rejected calls to resign': "
    "an infinitive on the object of a verb with no second object has that verb's subject",
    order=22.4,
)
PLURAL_SPEAKER = declare(
    "events.args.plural_speaker",
    "'they' / 'their' of a reported clause is its speaker only when the speaker is plural "
    "('the rebels said they ...'; not 'they attacked it, the army said')",
    order=33.5,
)
OWNER_NUMBER = declare(
    "events.args.owner_number",
    "'its' / 'their' owns through the nearest earlier body of the same number: 'X said "
    "Armenian forces shelled its positions' is X's, 'called on the rebels to lay down "
    "their arms' is not the country named before",
    order=31.2,
)
OWN_OBJECT = declare(
    "events.args.own_object",
    "'Russia withdrew its ambassador from X', 'sent their troops to X': an object owned by "
    "a pronoun that agrees with the source is the source's own, not the target",
    order=44,
)
OWN_OBJECT_RESOLVED_OTHER = declare(
    "events.args.own_object_resolved_other",
    "'X endorsed Trump. He acknowledged her backing': a possessive pronoun the actors stage "
    "resolved to an actor other than the sources does not make the object the source's own",
    order=44.2,
)
POSSESSIVE_ANTECEDENT = declare(
    "events.args.possessive_antecedent",
    "'its forces', 'their troops' with no named subject: the nearest earlier organisation "
    "or country in the sentence owns them",
    order=31,
)
POSSESSIVE_SPEAKER = declare(
    "events.args.possessive_speaker",
    "'its forces shelled X, the ministry said', 'X said its troops ...': with no owner named "
    "before it, a possessive that agrees with the speaker of the reported clause is the speaker",
    order=31.5,
)
FIRST_PERSON = declare(
    "events.args.first_person_speaker", "'we', 'our' inside a quote: the quote's speaker", order=32
)
SPEAKER_OF_CLAUSE = declare(
    "events.args.speaker_of_clause",
    "'X said it would ...', 'X said Y attacked it': a third-person pronoun of a reported "
    "clause that agrees with the speaker (it: not a person; he/she: a person) is the speaker",
    order=33,
)
PURPOSE_TARGET = declare(
    "events.args.purpose_target",
    "'began a strike to protest against X': the purpose clause names the target",
    order=40,
)
CLAUSE_OF_OBJECT = declare(
    "events.args.clause_of_object",
    "'insisted on demands that X grant ...', 'rejected the blame put on it by X': the "
    "subject or agent of an object's clause is the target",
    order=41,
)
_PLURAL_THIRD = words.pronouns(person=3, number="pl")
# "the border is hard to defend": the copula's subject is the infinitive's object
OBJECT_RAISING = word_list("lexicon/object_raising_adjectives.txt")
# "too big to fail", "strong enough to win": a measure, not the subject's act
DEGREE_WORDS = word_list("lexicon/degree_words.txt")
# a token that is no noun phrase's head, or names no one, cannot be a pronoun's antecedent
_NOT_HEADS = ("compound", "amod", "poss", "nmod", "npadvmod")
_NOT_REFERENTS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY")
_ONE_BODY = ("country", "organization", "organisation", "igo", "ngo", "party")
OWNER_ACTOR_TYPES = ("country", "organization", "organisation", "igo", "ngo", "group", "party")


class RoleFinder:
    """Sources and targets of verbs and event nouns."""

    def __init__(self, matcher: TriggerMatcher, tuning: Tuning) -> None:
        self.matcher = matcher
        self.tuning = tuning
        # events.args.prep_gerund_owner reads only in the stage's late pass (its
        # owner fills an empty source of an event kept without it, ``late_sources``)
        self.late_owner = False

    # ----------------------------------------------------------------- subjects

    def subject(self, tok: Token) -> Token | None:
        """The token naming who does ``tok``, following clause chains up to the subject."""
        on = self.tuning.on
        current = tok
        active = not any(c.dep_ == "auxpass" for c in tok.children)
        for _ in range(6):
            subj = args.children(current, "nsubj")
            relative = current.dep_ == "relcl" and bool(subj) and _relative_word(subj[0])
            second = second_subject(current) if relative and on(RELATIVE_SECOND_SUBJECT) else None
            if second is not None:  # "the reasons that Trump refuses": Trump
                return second
            placed = over_place(current) if relative and on(WHO_CLAUSE_OVER_PLACE) else None
            if placed is not None:  # "a developer in Virginia, who introduced": the developer
                return placed
            if relative and on(FRONTED_APPOSITION_SUBJECT):
                named = fronted_apposition_antecedent(current)
                if named is not None:  # "On Monday, Russia, which has opposed": Russia
                    return named
            if relative and on(RELATIVE_PRONOUN):  # "the rebels who attacked": the rebels
                return current.head
            if subj:
                return subj[0]
            if active and on(FRONTED_APPOSITION_SUBJECT):
                named = fronted_apposition_subject(current)
                if named is not None:  # "On Monday, Russia, ..., condemned": Russia
                    return named
            if current.i == tok.i and on(PASSIVE_OWN_SUBJECT) and own_passive_subject(tok):
                return None  # "because he is being audited": not the governing verb's doer
            swallowed = swallowed_subject(current) if on(SWALLOWED_SUBJECT) else None
            if swallowed is not None:  # "As X vetoes it, Clinton apparently disagrees"
                return swallowed
            if current.i != tok.i and active and on(PASSIVE_HEAD_CHAIN):
                patient = args.children(current, "nsubjpass")
                # "X is expected to visit": X visits; a pronoun stays open here ("it
                # could be used to threaten": not the speaker, maybe not anyone named)
                if patient and not args.is_pronoun(patient[0]):
                    return patient[0]
            if is_passive_participle(current) and on(PARTICIPLE_PATIENT):
                return None  # "the army, backed by Russia": the army is no doer
            late = self.late_owner and on(PREP_GERUND_OWNER)
            held = prep_gerund_owner(current) if late else None
            if held is not None:  # "his position on banning Muslims": his
                return held
            owner = gerund_owner(current) if on(NOUN_GERUND) else None
            if owner is not None:  # "China has no intention of attacking", "X's plan of"
                kind, word = owner
                if kind == "owner":
                    return word
                current = word
                continue
            if self._patient_clause(current, tok, active):
                return None  # "the village, which was shelled": the village is no doer
            if current.dep_ in ("relcl", "acl") and current.head.pos_ in ("NOUN", "PROPN", "PRON"):
                granted = dative_doer(current) if on(DATIVE_INFINITIVE) else None
                if granted is not None:  # "gave Iran a chance to negotiate": Iran
                    return granted
                owning = infinitive_owner(current) if on(OWNED_INFINITIVE) else None
                if owning is not None:  # "questioned Cruz's attempt to attack Y": Cruz
                    return owning
                if _object_infinitive(current) and on(NOUN_INFINITIVE):
                    # "X made a decision to withdraw", "X rejected calls to resign": X
                    current = current.head.head
                    continue
                if current.tag_ == "VBG" and current.head.dep_ in ("dobj", "obj"):
                    if not on(PARTICIPLE_ISSUER):
                        return None
                    current = current.head.head
                    continue
                return current.head if on(RELATIVE_HEAD) else None
            if (
                current.dep_ == "acomp"
                and current.pos_ == "ADJ"
                and on(ADJECTIVE_CHAIN)
                and current.lemma_.lower() not in OBJECT_RAISING
                and not any(c.lower_ in DEGREE_WORDS for c in current.children)
            ):
                current = current.head  # "X is ready to meet Y": the copula's subject
                continue
            controlling = controller(current) if on(OBJECT_CONTROL) else None
            if controlling is not None:  # "drove his followers to donate": the followers
                return controlling
            governor = finite_governor(current) if on(FINITE_CONJUNCT) else None
            if governor is None and on(MODAL_CONJUNCT_SUBJECT):
                governor = modal_governor(current)  # "said X would Y and condemned Z"
            if governor is not None:  # "ordered Y to shut A and expelled B": the orderer
                current = governor
                continue
            fronted = fronted_subject(current) if on(FRONTED_CONJUNCT) else None
            if fronted is not None:  # "she has promised X, opposed Y": she opposed Y
                return fronted
            purpose = current.dep_ == "advcl" and not _temporal(current)
            if (current.dep_ in ("xcomp", "conj") or purpose) and on(CLAUSE_CHAIN):
                current = current.head
                continue
            if _adjunct_participle(current) and on(ADJUNCT_PARTICIPLE):
                # "after meeting Putin, Erdogan said": Erdogan met Putin
                current = current.head.head if current.dep_ == "pcomp" else current.head
                continue
            degree = degree_governor(current) if on(DEGREE_PHRASE_GERUND) else None
            if degree is not None:  # "X stopped short of blaming Y": X blamed
                current = degree
                continue
            return None
        return None

    def _patient_clause(self, clause: Token, tok: Token, active: bool) -> bool:
        """``clause`` (``tok`` or a verb it chains to) says what was done to its head
        noun: a passive relative clause reached from a passive verb, or ``tok`` itself a
        bare past participle (``patient_clauses``)."""
        on = self.tuning.on
        if not active and on(PASSIVE_RELATIVE_PATIENT) and passive_relative(clause):
            return True
        return clause.i == tok.i and on(REDUCED_PASSIVE_PATIENT) and reduced_passive(clause)

    def speaker_of_clause(self, tok: Token, ctx: DocContext) -> list[str]:
        """For "X said it would ...", "X said Y attacked it": the actor of the speech
        verb's subject, when the pronoun can refer to it. The speaker is the target of
        what it reports only this way (the clause itself refers to it); targets are
        otherwise read from the reported clause's own words."""
        if tok.lower_ not in SPEAKER_PRONOUNS and self.tuning.on(SPEAKER_PRONOUN_ONLY):
            return []  # "“You will lose support,” said X": the addressee, not X
        speech = reporting_verb(tok)
        if speech is None:
            return []
        subj = self.subject(speech)
        if subj is None or args.is_pronoun(subj):
            return []
        if tok.lower_ in _PLURAL_THIRD and self.tuning.on(PLURAL_SPEAKER) and not _plural(subj):
            return []  # "they attacked the convoy, the army said": someone else
        return [
            a for a in args.phrase_actors(subj, ctx.actors) if _agrees(tok, ctx.actors.actor(a))
        ]

    def quote_at(self, start: int, ctx: DocContext) -> Quote | None:
        for quote in ctx.quotes:
            if quote.content.start <= start < quote.content.end:
                return quote
        return None

    def actors(self, tok: Token, ctx: DocContext) -> list[str]:
        """Actors a subject/object token names, resolving pronouns where the parse allows."""
        if self.tuning.on(DESCRIBED_PERSON_NAMED):
            # "attacked his opponent, Senator X": X, not the description nor its "his"
            renamed = renamed_actors(tok, ctx.actors)
            if renamed:
                return renamed
        found = args.phrase_actors(tok, ctx.actors)
        if self.tuning.on(APPOSITIVE_NAMES_DESCRIPTION):
            # "a super PAC supporting X, Conservative Solutions PAC": the named PAC
            found = appositive_names(tok, found, ctx.actors) or found
        if found and self.tuning.on(DESCRIPTOR_NAMES_HEAD):
            # "Japanese carmaker Toyota accused X": Toyota, not the generic carmaker
            found = close_apposition_name(tok, found, ctx.actors) or found
        if found and self.tuning.on(POSSESSOR_OWNS_PHRASE):
            # "Ohio's procedure for removing voters": Ohio's, not the voters
            found = possessor_only(tok, found, ctx.actors)
        if found and self.tuning.on(BACKER_NOT_PARTY):
            # "Iranian-backed militias": Iran backs them, it is not them
            backing = backers(tok, ctx.actors)
            found = [a for a in found if a not in backing]
        if found and self.tuning.on(APPOSITIVE_OVER_POSSESSOR):
            # "Clinton's opponent, Senator Sanders": Sanders, not Clinton
            found = appositive_renames(tok, ctx.actors) or found
        if found and self.tuning.on(RELATIONAL_POSSESSOR):
            # "her party rival", "his son": another person than "her" / "his"
            found = related_other(tok, found, ctx.actors)
        if found and self.tuning.on(KIN_SENSE_POSSESSOR):
            # "his boy was murdered": the boy, not "his"
            found = kin_sense_other(tok, found, ctx.actors)
        if found and self.tuning.on(MEMBERS_NOT_BODY):
            # "the two NATO members": member states, not NATO
            member_of = bodies_of_members(tok, ctx.actors)
            found = [a for a in found if a not in member_of]
        if found and self.tuning.on(IGO_OFFICIAL):
            # the body first, the official kept beside it (his own record says his
            # country or none; the actor layer reads the office)
            bodies = [body_acted_for(tok, a, ctx.actors) for a in found]
            found = list(
                dict.fromkeys(x for b, a in zip(bodies, found, strict=True) for x in (b, a) if x)
            )
        if found and self.tuning.on(COORDINATED_MODIFIER):
            # "Macron and Chancellor Merz": "Macron and Chancellor" parsed as a modifier
            joined = coordinated_modifiers(tok, ctx.actors)
            found = list(dict.fromkeys([*joined, *found]))
        if found and self.tuning.on(LISTED_APPOSITIVE):
            # "Saudi Arabia, the UAE, Bahrain and Egypt": a list, not a renaming
            found = [*found, *listed_members(tok, found, ctx.actors)]
        if found:
            return found
        if self.tuning.on(CLAUSE_OWNER):  # "troops sent by X", "a committee based in X"
            found = clause_owners(tok, ctx.actors)
            if found:
                return found
        antecedent = relative_antecedent(tok) if self.tuning.on(RELATIVE_PRONOUN) else None
        if antecedent is not None:  # "the village, which was attacked": the village
            return args.phrase_actors(antecedent, ctx.actors)
        owner = next((c for c in tok.children if c.dep_ == "poss" and args.is_pronoun(c)), None)
        if (
            owner is not None
            and self.tuning.on(POSSESSOR_JOINED_SUBJECT)
            and joined_subject(owner, layer_country_at(ctx.actors))
        ):
            return []  # "India and Pakistan said their armies": no one owner
        if owner is not None and self.tuning.on(POSSESSIVE_ANTECEDENT):
            found = self._antecedent(owner, ctx)  # "its forces": the forces' owner
            if not found and self.tuning.on(POSSESSIVE_SPEAKER):
                # "its forces shelled X, the ministry said": the speaker owns them
                found = self.speaker_of_clause(owner, ctx)
            if found:
                return found
        if not args.is_pronoun(tok):
            if self.tuning.on(DESCRIBED_PARTY):
                # "The union agreed": the union named before, by the actors stage's rules
                rules = referring_rules(self.tuning.active(SUBJECT_RULES))
                return described_party(tok, ctx.actors, rules)
            return []
        quote = self.quote_at(tok.idx, ctx)
        if tok.lower_ in args.FIRST_PERSON:
            if not self.tuning.on(FIRST_PERSON):
                return []
            return [quote.speaker] if quote is not None and quote.speaker else []
        if self.tuning.on(SPEAKER_OF_CLAUSE):
            return self.speaker_of_clause(tok, ctx)
        return []

    def addressee(
        self, pronoun: Token, addressed: list[Token], ctx: DocContext, exclude: list[str]
    ) -> list[str]:
        """ "X told Y that it must ...": the one addressed, when the pronoun agrees with it."""
        if not self.tuning.on(ADDRESSEE_OF_DIRECTIVE):
            return []
        for phrase in addressed:
            found = [
                a
                for a in self.actors(phrase, ctx)
                if a not in exclude and _agrees(pronoun, ctx.actors.actor(a))
            ]
            if found:
                return found
        return []

    def _antecedent(self, pronoun: Token, ctx: DocContext) -> list[str]:
        """ "its"/"their": the nearest earlier organisation or country named in the sentence."""
        if pronoun.lower_ not in ("its", "their"):
            return []
        start = pronoun.sent.start_char
        agree = self.tuning.on(OWNER_NUMBER)
        for mention in reversed(ctx.actors.mentions_in(start, pronoun.idx)):
            actor = ctx.actors.actor(mention.actor_id)
            if actor is None or actor.type not in OWNER_ACTOR_TYPES:
                continue
            if agree and not _number_agrees(pronoun, mention.start, mention.end, actor.type):
                continue  # "Armenian forces had shelled its positions": not the forces'
            return [mention.actor_id]
        return []

    def source(self, tok: Token, ctx: DocContext, inherited: list[str] | None) -> list[str]:
        if self.tuning.on(BLAMED_SUBJECT) and blamed(tok) is not None:
            return self.reporter(tok, ctx)  # "X said Russia was to blame": X, else none
        if self.tuning.on(PSYCH_PASSIVE_EXPERIENCER):
            feeler = self._feeler(tok, ctx)  # "X was outraged by Y's remarks": X, not Y
            if feeler is not None:
                return self.actors(feeler, ctx)
        agents = args.prep_objects(tok, ["by"])
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        passive = passive or (is_passive_participle(tok) and self.tuning.on(PARTICIPLE_PATIENT))
        if agents and not passive and self.tuning.on(HEADLINE_PASSIVE):
            passive = self._headline_patient(tok) is not None  # "Iran condemned by UN"
        if agents and not passive and self.tuning.on(BY_PHRASE_DOER):
            # "were re-arrested by Israeli forces" parsed with no auxiliary: the agent
            passive = misparsed_passive(tok)
            doers = None if passive else gerund_doers(tok, ctx.actors)
            if doers is not None:  # "reported shelling by government forces": the forces
                return [a for doer in doers for a in self.actors(doer, ctx)]
        if agents and passive and self.tuning.on(PASSIVE_AGENT):
            found = [a for agent in agents for a in self.actors(agent, ctx)]
            if found and self.tuning.on(AGENT_NOT_PATIENT):
                # "X was rebuked by critics of his plan": X is not its own critic
                done_to = {a for p in passive_patients(tok) for a in self.actors(p, ctx)}
                found = [a for a in found if a not in done_to]
            return found
        if self.tuning.on(AT_THE_HANDS):  # "killed at the hands of the police"
            found = [a for doer in hands_doers(tok) for a in self.actors(doer, ctx)]
            if found:
                return found
        if self.tuning.on(RECEIVED_FROM_GIVER):  # "receiving support from X": X gives
            found = [a for giver in givers(tok) for a in self.actors(giver, ctx)]
            if found:
                return found
        if self._died(tok, ctx):
            # "Five civilians died in Russian air raids": Russia, never the civilians
            return self._scene_doers(tok, ctx, died=True)
        if self.tuning.on(PASSIVE_IN_ACT_DOER):  # "was killed in a U.S. drone strike"
            found = self._scene_doers(tok, ctx)
            if found:
                return found
        subj = self.subject(tok)
        if subj is None and tok.lemma_ in STATIVE_PASSIVES:
            subj = next(iter(args.children(tok, "nsubjpass")), None)
        if subj is not None and self.tuning.on(APPOSITIVE_NAME_FIRST):
            found = self._renamed_actors(subj, tok, ctx)
            if found:  # "Kasich, a Republican who has refused": Kasich, not the party
                return found
        if subj is not None and self.tuning.on(WHO_CLAUSE_OVER_PLACE) and clause_reaches(subj, tok):
            name = described_name(subj)  # "Tim Hess, a developer in Virginia, who": Hess
            if name is not None and not args.phrase_actors(subj, ctx.actors):
                found = self.actors(name, ctx)  # the name here, before a described referent
                if found:
                    return found
        if subj is not None:
            act = self.tuning.on(ACT_SUBJECT_DOER) and is_force_act(subj, self.matcher.match_noun)
            # "the army's shelling of Homs killed ...": the shelling's doer, never Homs
            found = self.noun_source(subj, ctx) if act else self.actors(subj, ctx)
            if act and not found:  # "an attack carried out by Hamas killed": the act's doer
                found = self._act_doers(subj, ctx)
            if found:
                return found
            named = renamed(subj, tok) if self.tuning.on(APPOSITIVE_RELATIVE) else None
            if named is not None:  # "Hezbollah, a group that fought Israel": Hezbollah
                # the name itself, not a place in it ("Citizens for Peru, a group that")
                found = args.phrase_actors(named, ctx.actors, head_only=True)
                if found:
                    return found
            if self.tuning.on(RELATIVE_DOER) and self.matcher.match_noun(subj) is not None:
                doer = relative_doer(subj)  # "the strike, which Israel carried out, killed"
                found = self.actors(doer, ctx) if doer is not None else []
                if found:
                    return found
        return list(inherited or [])

    def _renamed_actors(self, subj: Token, tok: Token, ctx: DocContext) -> list[str]:
        """The actor of the name a described apposition ``subj`` renames, when ``tok``
        stands in a clause on it ("Kasich, a Republican who ..."): the mention that
        covers the whole name; [] where no mention covers all of it."""
        named = renamed(subj, tok) if self.tuning.on(APPOSITIVE_RELATIVE) else None
        if named is None:
            return []
        covering = ctx.actors.mention_at(named.idx, named.idx + len(named))
        if covering is None:
            return []
        if not _a_person(ctx.actors.actor(covering.actor_id)):
            # "Priorities USA, a super PAC supporting X": a body or country read from only
            # part of the name (the country of "USA") is not the name's; a person's
            # mention may leave a title out ("Gov. John Kasich")
            start = min(
                (c.left_edge.idx for c in named.children if c.dep_ == "compound"), default=named.idx
            )
            if covering.start > start:
                return []
        return [covering.actor_id]

    def _act_doers(self, act: Token, ctx: DocContext) -> list[str]:
        """The actors inside an act-of-force subject that are not its "of" patients
        ("an attack carried out by Hamas": Hamas; "the shelling of Homs": no one)."""
        of_objects = [
            o
            for p in act.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in args.children(p, "pobj")
        ]
        patients = {a for o in of_objects for a in self.actors(o, ctx)}
        return [a for a in self.actors(act, ctx) if a not in patients]

    def _feeler(self, tok: Token, ctx: DocContext) -> Token | None:
        """The one who feels of a passive verb of feeling read as disapproval."""
        if tok.pos_ != "VERB" or tok.tag_ != "VBN":
            return None
        row = self.matcher.match_verb(tok, ctx.actors)
        return experiencer(tok, row.type if row is not None else None)

    def _died(self, tok: Token, ctx: DocContext) -> bool:
        """``tok`` is a verb of dying coded as force, in an act of force ("died in
        clashes", "died in air raids", "die at the hands of X":
        ``events.args.dying_subject_patient``)."""
        if not self.tuning.on(DYING_SUBJECT_PATIENT) or not dying_verb(tok):
            return False
        row = self.matcher.match_verb(tok, ctx.actors)
        if row is None or row.type not in SCENE_TYPES:
            return False
        # only a death in an act ("in air raids", "at the hands of X"): "when Wallace died
        # in 1998" is no act of anyone's, and is left as it was
        return bool(scene_acts(tok, self.matcher.match_noun, True, True) or hands_doers(tok))

    def _scene_doers(self, tok: Token, ctx: DocContext, died: bool = False) -> list[str]:
        """The named doers of the act of force an agentless passive happened in, less
        the passive's own patients ("X was killed in a U.S. strike": the U.S.); ``died``:
        ``tok`` is a verb of dying, its subject the patient ("X died in a U.S. strike")."""
        row = self.matcher.match_verb(tok, ctx.actors) if tok.pos_ == "VERB" else None
        force = row is not None and row.type in SCENE_TYPES
        nouns = scene_acts(tok, self.matcher.match_noun, force or died, died)
        found = [a for n in nouns for a in self.noun_source(n, ctx)]
        if not found:
            return []
        patients = args.children(tok, "nsubjpass") + ([tok.head] if tok.dep_ == "acl" else [])
        if died:
            subject = self.subject(tok)
            patients += [subject] if subject is not None else []
        done_to = {a for p in patients for a in self.actors(p, ctx)}
        return [a for a in dict.fromkeys(found) if a not in done_to]

    def reporter(self, tok: Token, ctx: DocContext) -> list[str]:
        """Who reports the clause of ``tok``: the speech verb's subject, else the speaker
        of the quote it stands in, else no one."""
        speech = reporting_verb(tok)
        subj = self.subject(speech) if speech is not None else None
        if subj is not None:
            found = self.actors(subj, ctx)
            if found:
                return found
        quote = self.quote_at(tok.idx, ctx)
        return [quote.speaker] if quote is not None and quote.speaker else []

    # ----------------------------------------------------------------- targets

    def purpose_targets(self, tok: Token, ctx: DocContext, exclude: list[str]) -> list[str]:
        """ "began a hunger strike to protest against Sweden's decision": the purpose
        clause (or the uncoded infinitive) names who the act is aimed at."""
        if not self.tuning.on(PURPOSE_TARGET):
            return []
        own = self.tuning.on(PURPOSE_OWN_ARGUMENTS)
        for clause in args.children(tok, "advcl", "xcomp"):
            if _temporal(clause):
                continue
            found = self.targets(clause, ctx, exclude, clause_subjects=not own)
            found = found or self.purpose_targets(clause, ctx, exclude)
            if found:
                return found
        return []

    def targets(
        self,
        tok: Token,
        ctx: DocContext,
        exclude: list[str],
        verbal: bool = False,
        clause_subjects: bool = True,
        claim_subjects: bool = True,
    ) -> list[str]:
        """Who the verb acts on: dative, object (or passive subject), then prepositions;
        ``verbal``: the verb's reading is one of words (its medium is no target);
        ``clause_subjects``: a clausal complement's subject may be the target ("allowed
        the leader to hold a rally"; not for a purpose clause's own arguments);
        ``claim_subjects`` False: not a finite indicative clause's ("learned that the South
        no longer gave them": ``claim_subjects.CLAIM_SUBJECT_NO_TARGET``)."""
        objects = self.matcher.objects(tok)
        preps = args.prep_objects(tok, args.TARGET_PREPS)
        if self.tuning.on(TOPIC_NOT_PARTY):  # "clash over EU budget": the topic
            preps = [p for p in preps if not is_topic(p, ctx.actors)]
        if preps and self.tuning.on(COMPARED_NO_PARTY):  # "vote for X over Y": not Y
            preps = [p for p in preps if not passed_over(p)]
        if preps and self.tuning.on(VENUE_NOT_PARTY):  # "held talks at the Hilton"
            held = venues(tok, preps, self.matcher, ctx.actors)
            preps = [p for p in preps if p.i not in held]
        if preps and self.tuning.on(WITH_ABSOLUTE):  # ", with Democrats digging in"
            preps = [p for p in preps if not is_with_absolute(p)]
        if preps and self.tuning.on(OCCASION_NOT_PARTY):  # "vote at the convention"
            preps = [p for p in preps if not is_occasion(p, self._meeting_noun)]
        if preps and self.tuning.on(REASON_PHRASE_NOT_TARGET):
            # "charged a man for helping the Islamic State group": the reason, no party
            preps = drop_reasons(tok, objects, preps, ctx.actors)
        if preps and self.tuning.on(AT_THE_HANDS):  # "at the hands of X": the doer
            preps = [p for p in preps if not is_hands(p)]
        if preps and verbal and self.tuning.on(MEDIUM_NO_TARGET) and tok.pos_ == "VERB":
            # "lashed out at X on Twitter", "in an interview": the medium, not the target
            object_event = any(self._event_object(o) for o in objects)
            preps = [p for p in preps if not is_medium(tok, p, ctx.actors, object_event)]
        if exclude and objects and self.tuning.on(OWN_OBJECT):
            own = [o for o in objects if self._own_object(tok, o, exclude, ctx)]
            # "recalled its ambassador to Austria": the own object's place is the target
            preps += [p for o in own for p in args.prep_objects(o, args.TARGET_PREPS)]
            objects = [o for o in objects if o not in own]
        if exclude and objects and self.tuning.on(OWN_NAMED_ACT_OBJECT):
            # "reaffirmed Havana's support for X": the source's own act; its party is X
            own_acts = own_named_acts(objects, exclude, ctx.actors, self._event_object)
            preps += [p for o in own_acts for p in args.prep_objects(o, args.TARGET_PREPS)]
            objects = [o for o in objects if o not in own_acts]
        if exclude and (objects or preps) and self.tuning.on(OWN_PRONOUN_PHRASE):
            # "the withdrawal of its troops from X", "at its customs": the source's own
            subject = self.subject(tok)

            def owned(noun: Token) -> bool:
                owner = pronoun_owner(noun)
                return owner is not None and stands_for_source(
                    owner, subject, exclude, ctx, lambda o, a: _agrees(o, ctx.actors.actor(a))
                )

            objects, preps = own_pronoun_phrases(objects, preps, owned, ctx)
        if exclude and objects and self.tuning.on(OWN_MEANS_OBJECT):
            # "Germany sent tanks to the border": the tanks are Germany's own
            means = own_means(tok, objects, exclude, ctx.actors, lambda o: self.actors(o, ctx))
            objects = [o for o in objects if o not in means]
        if objects and self.tuning.on(VENUE_NOT_PARTY):  # "held talks at the Hilton"
            objects = [w for o in objects for w in venue_free(o, self.matcher, ctx.actors)]
        if not objects and self.tuning.on(PARTICLE_OBJECT_PREDICATE):
            objects = particle_objects(tok)  # "called out Trump" parsed as a predicate
        giving = is_giving_verb(tok)
        given: list[Token] = []
        sent_ones: list[Token] = []
        if giving and objects:  # "offers voters a change from Obama's policies": not Obama
            given = self._given(tok, objects, ctx)
            if self.tuning.on(RECIPIENT_OVER_THEME) and receivers(tok):
                # "sent Kerry to Moscow", "returned Ukrainian prisoners to the border": a
                # named one sent comes after the receiver, not before
                sent_ones = [o for o in given if names_actor(o, ctx.actors)]
                given = [o for o in given if o not in sent_ones]
            objects = [o for o in objects if o not in given and o not in sent_ones]
        # "the radical change offered by Trump": the noun is what is offered, no party
        given_head = (
            giving
            and self.tuning.on(OFFERED_THING_NO_PARTY)
            and participle_thing(tok)
            and not names_actor(tok.head, ctx.actors)
        )
        candidates = args.children(tok, "dative") + objects + preps + sent_ones
        if (given or given_head) and self.tuning.on(OFFERED_THING_NO_PARTY):
            if given and not receivers(tok):  # "granted Haddad's request": Haddad receives
                candidates += [c for g in given for c in g.children if c.dep_ == "poss"]
            # "offered support for Haddad", "the deal with Russia offered by X": an event
            # given names its own party
            candidates += [
                p
                for g in given + ([tok.head] if given_head else [])
                if self._event_object(g) or g.lemma_.lower() in joint_nouns()
                for p in args.prep_objects(g, THING_PARTY_PREPS)
                if not is_topic(p, ctx.actors)
            ]
        if self.tuning.on(RECEIVED_FROM_GIVER) and givers(tok):
            receiver = self.subject(tok)  # "X is receiving support from Y": X receives
            candidates = ([receiver] if receiver is not None else []) + candidates
        quoted = scare_quoted_object(tok) if self.tuning.on(SCARE_QUOTED_VERB) else None
        if quoted is not None:  # 'that X “attacked” Y' parsed as an adjective on Y
            candidates.insert(0, quoted)
        blamed_one = blamed(tok) if self.tuning.on(BLAMED_SUBJECT) else None
        if blamed_one is not None:  # "Russia was to blame": Russia is blamed
            candidates.insert(0, blamed_one)
        if self._died(tok, ctx):
            dead = self.subject(tok)  # "Five civilians died in air raids": the civilians
            if dead is not None:
                candidates.insert(0, dead)
        if given_head:  # "the change offered by Trump": the head is the thing given, no patient
            pass
        elif is_passive_participle(tok) and self.tuning.on(PARTICIPLE_PATIENT):
            candidates.insert(0, tok.head)  # "the militia, backed by Russia": the militia
        elif self.tuning.on(REDUCED_PASSIVE_PATIENT) and reduced_passive(tok):
            candidates.insert(0, tok.head)  # "soldiers captured last year": the soldiers
        if self.tuning.on(PSYCH_PASSIVE_EXPERIENCER) and self._feeler(tok, ctx) is not None:
            candidates = stimuli(tok) + candidates  # "X was outraged by Y's remarks": Y
        patient = self._headline_patient(tok) if self.tuning.on(HEADLINE_PASSIVE) else None
        if patient is not None:
            candidates.insert(0, patient)  # "Iran condemned by UN": Iran
        trailing = self.tuning.on(TRAILING_ATTRIBUTION)
        what_given = giving and self.tuning.on(OFFERED_THING_NO_PARTY)
        for clause in args.children(tok, "ccomp") if clause_subjects else []:
            # "allowed the leader to hold a rally"
            if what_given and free_relative(clause):
                continue  # "offers voters what they want": the thing given, no party
            if not claim_subjects and claim_clause(clause):
                continue  # "argued that the Fed needs to ...": what is claimed, no party
            if not (trailing and trailing_attribution(tok, clause)):  # not ", officials said"
                candidates += args.children(clause, "nsubj")
        if self.tuning.on(CLAUSE_OF_OBJECT):
            for noun in objects + preps:
                for clause in args.children(noun, "acl", "ccomp"):
                    candidates += args.children(clause, "nsubj")
                    # "rejected the blame put on her country by X": X is rejected
                    candidates += args.prep_objects(clause, ["by"])
        return self._first_named(candidates, ctx, exclude)

    def _given(self, verb: Token, objects: list[Token], ctx: DocContext) -> list[Token]:
        """The objects of a verb of giving that are the thing given and so no party
        (``given_things.py``): all of them where a receiver is named
        (``recipient_over_theme``), else - no receiver named - those that are no named
        actor themselves (``offered_thing_no_party``)."""
        if receivers(verb):
            return things(verb, objects) if self.tuning.on(RECIPIENT_OVER_THEME) else []
        if self.tuning.on(OFFERED_THING_NO_PARTY):
            return [o for o in things(verb, objects) if not names_actor(o, ctx.actors)]
        return []

    def _headline_patient(self, verb: Token) -> Token | None:
        """The patient of a headline passive (``doers.headline_patient``), None where the
        'by' phrase is a means, a time or a measure ("conferred by phone",
        ``means_phrases``)."""
        patient = headline_patient(verb)
        if patient is not None and self.tuning.on(BY_MEANS_NOT_AGENT) and means_only(verb):
            return None
        return patient

    def _event_object(self, noun: Token) -> bool:
        """The trigger lexicon codes ``noun`` ("imposed sanctions on X": sanctions)."""
        row = self.matcher.match_noun(noun)
        return row is not None and bool(row.type)

    def _meeting_noun(self, noun: Token) -> bool:
        """The trigger lexicon codes ``noun`` as a meeting ("summit", "talks")."""
        row = self.matcher.match_noun(noun)
        return row is not None and row.type in VENUE_TYPES

    def _own_object(self, verb: Token, noun: Token, source: list[str], ctx: DocContext) -> bool:
        """ "Russia withdrew its ambassador": the possessive agrees with the source (it:
        not a person; he/she: a person; they: any) and the subject is the only noun
        before it in the sentence that it could stand for ("X said Y attacked its
        positions" is left alone)."""
        owner = next((c for c in noun.children if c.dep_ == "poss" and args.is_pronoun(c)), None)
        if owner is None or owner.lower_ in args.FIRST_PERSON:
            return False
        if self.tuning.on(DESCRIBED_PERSON_NAMED) and any(
            a not in source for a in renamed_actors(noun, ctx.actors)
        ):
            return False  # "attacked his opponent, Senator X": X, someone else
        if self.tuning.on(OWN_OBJECT_RESOLVED_OTHER):
            # "He acknowledged her backing": "her" read as another actor is that one's
            read = ctx.actors.mentions_in(owner.idx, owner.idx + len(owner.text))
            if read and not any(m.actor_id in source for m in read):
                return False
        if self.tuning.on(OWN_OBJECT_NAMES_OTHER) and names_other(noun, source, ctx.actors):
            return False  # "met his Chinese counterpart": China's, not his
        subj = self.subject(verb)
        if subj is None:
            return False
        if not any(_agrees(owner, ctx.actors.actor(a)) for a in source):
            return False
        plural = owner.lower_ in _PLURAL_THIRD
        own = {t.i for c in args.conjuncts(subj) for t in c.subtree}
        for tok in owner.sent:
            if tok.i >= owner.i:
                break
            if tok.i in own or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in _NOT_HEADS:
                continue
            if tok.ent_type_ in _NOT_REFERENTS:
                continue
            if plural == (tok.tag_ in ("NNS", "NNPS")):
                return False  # another noun it could stand for
        return True

    def _first_named(
        self, candidates: list[Token], ctx: DocContext, exclude: list[str]
    ) -> list[str]:
        restated = self.tuning.on(SOURCES_RESTATED)
        for cand in candidates:
            if restated and restates_sources(cand, exclude):
                continue  # "A and B ..., leaving the two NATO members at odds": A and B
            found = [a for a in self.actors(cand, ctx) if a not in exclude]
            if found and self.tuning.on(WE_NOT_ONE_PERSON) and is_we_phrase(cand, ctx.actors):
                # "“Iran threatens our country,” Netanyahu said": not Netanyahu alone
                found = [a for a in found if not _a_person(ctx.actors.actor(a))]
            if found:
                return found
        return []

    def noun_source(self, tok: Token, ctx: DocContext) -> list[str]:
        """ "Russia's war", "US sanctions", "protests by farmers"."""
        pre = [c for c in tok.children if c.dep_ in args._PREMODIFIERS and c.i < tok.i]
        found: list[str] = []
        for child in pre:
            if child.dep_ == "det":
                continue
            if self.tuning.on(CITY_VENUE_NOT_DOER) and city_modifier(child):
                continue  # "the Paris attacks": where, not who
            if self.tuning.on(MISREAD_CITY_VENUE) and misread_city(child, ctx.actors):
                continue  # "the Benghazi attack", the city tagged an organisation
            found += (
                self.actors(child, ctx)
                if args.is_pronoun(child)
                else args.phrase_actors(child, ctx.actors)
            )
        for agent in args.prep_objects(tok, ["by"]):
            found += self.actors(agent, ctx)
        if not found and self.tuning.on(AT_THE_HANDS):  # "deaths at the hands of X"
            found += [a for doer in hands_doers(tok) for a in self.actors(doer, ctx)]
        if not found and self.tuning.on(UNDERGONE_EVENT):
            verb = undergoing_verb(tok)  # "came under fire from X", "suffered an attack by X"
            if verb is None and self.tuning.on(ACQUIRED_EVENT_GIVER):
                verb = self._acquiring_verb(tok)  # "earned the backing of X"
            for doer in doers(tok, verb) if verb is not None else []:
                found += self.actors(doer, ctx)
        if not found and self.tuning.on(NOUN_FROM_SOURCE) and self._from_source(tok):
            # "some help from Sen. Sanders": Sanders helps
            found += [
                a for giver in args.prep_objects(tok, ["from"]) for a in self.actors(giver, ctx)
            ]
        if not found and self.tuning.on(ADJUNCT_NOUN_DOER):
            subject = adjunct_subject(tok)  # "After a meeting with X, Y said": Y met X
            found += self.actors(subject, ctx) if subject is not None else []
        return list(dict.fromkeys(found))

    def _acquiring_verb(self, noun: Token) -> Token | None:
        """The verb of getting over an event noun of a kind one is given (``acquired``)."""
        verb = acquiring_verb(noun)
        row = self.matcher.match_noun(noun) if verb is not None else None
        return verb if row is not None and row.type in GIVEN_TYPES else None

    def _from_source(self, noun: Token) -> bool:
        """An event noun whose "from" object gives, says or does it (``FROM_SOURCE_TYPES``),
        and no undergoing verb over it ("received aid from X" reads its own doers)."""
        row = self.matcher.match_noun(noun)
        if row is None or row.type not in FROM_SOURCE_TYPES:
            return False
        return undergoing_verb(noun) is None

    def noun_targets(self, tok: Token, ctx: DocContext, exclude: list[str]) -> list[str]:
        candidates = args.prep_objects(tok, args.TARGET_PREPS)
        if candidates and self.tuning.on(AT_THE_HANDS):  # "deaths at the hands of X"
            candidates = [p for p in candidates if not is_hands(p)]
        if self.tuning.on(TOPIC_NOT_PARTY):  # "a row over EU budget": the topic
            candidates = [p for p in candidates if not is_topic(p, ctx.actors)]
        if candidates and self.tuning.on(VENUE_NOT_PARTY):  # "the meeting at the Club"
            held = venues(tok, candidates, self.matcher, ctx.actors)
            candidates = [p for p in candidates if p.i not in held]
        if candidates and self.tuning.on(OCCASION_NOT_PARTY):  # "a protest at the debate"
            candidates = [p for p in candidates if not is_occasion(p, self._meeting_noun)]
        verb = undergoing_verb(tok) if self.tuning.on(UNDERGONE_EVENT) else None
        if verb is None and self.tuning.on(ACQUIRED_EVENT_GIVER):
            verb = self._acquiring_verb(tok)  # "earned the backing of X": X backs the subject
        undergoer = self.subject(verb) if verb is not None else None
        if undergoer is not None:  # "X came under attack", "X was the target of an attack"
            candidates.insert(0, undergoer)
        if exclude and self.tuning.on(NOUN_OF_PATIENT):
            # "Russia's invasion of Ukraine": with the doer named, "of" names the patient
            candidates += args.prep_objects(tok, ["of"])
        for clause in args.children(tok, "acl", "ccomp"):  # "demands that the government ..."
            candidates += args.children(clause, "nsubj")
        return self._first_named(candidates, ctx, exclude)

    def demand_target(self, tok: Token, ctx: DocContext, source: list[str]) -> list[str]:
        """ "demanded that the US cancel" (clause subject), "urged the EC to" (object),
        "called for Iran to stop" (the subject of the infinitive after "for")."""
        clauses = args.children(tok, "ccomp", "xcomp") + for_clauses(tok)
        clauses += [c for p in args.prep_objects(tok, ["for"]) for c in [p] if c.pos_ == "VERB"]
        for clause in clauses:
            if self.tuning.on(TRAILING_ATTRIBUTION) and trailing_attribution(tok, clause):
                continue  # "demanded the withdrawal of X ..., diplomats quoted a declaration"
            subj = self.subject(clause) if clause.dep_ != "xcomp" else None
            subj = subj or next(iter(args.children(clause, "nsubj")), None)
            if subj is not None:
                found = [a for a in self.actors(subj, ctx) if a not in source]
                if found:
                    return found
        for obj in self.matcher.objects(tok) + args.prep_objects(tok, ["on", "to", "from"]):
            found = [a for a in self.actors(obj, ctx) if a not in source]
            if found:
                return found
        return []


TRAILING_ATTRIBUTION = declare(
    "events.args.trailing_attribution_no_target",
    "'X demanded the withdrawal of Serbian forces ..., diplomats quoted a declaration as "
    "saying': a clause of a verb of speech set off by a comma after the demand is the "
    "report's attribution the parser hung under the demand, not what is demanded: its "
    "subject is no target",
)


def trailing_attribution(tok: Token, clause: Token) -> bool:
    """``clause`` is a speech verb's clause after ``tok`` whose own subject comes right
    after a comma (rule ``TRAILING_ATTRIBUTION``)."""
    if clause.i <= tok.i or clause.lemma_.lower() not in speech_verbs():
        return False
    for subject in clause.children:
        first = subject.left_edge.i
        if subject.dep_ == "nsubj" and first > tok.i and clause.doc[first - 1].text == ",":
            return True  # ", diplomats quoted", ", officials said"
    return False


def _a_person(actor: Actor | None) -> bool:
    return actor is not None and actor.type == "person"


def _agrees(pronoun: Token, actor: Actor | None) -> bool:
    """ "it"/"its" is no person, "he"/"she" is one; "they" may be either (a body, people)."""
    if actor is None:
        return False
    gender = words.pronoun_gender(pronoun.lower_)
    if gender in ("m", "f"):
        return actor.type == "person"
    if pronoun.lower_ in words.pronouns(person=3, number="sg", gender="n"):
        return actor.type != "person"
    return True


def _number_agrees(pronoun: Token, start: int, end: int, actor_type: str) -> bool:
    """ "its" needs one body, "their" several: a coordinated phrase or a plural noun that
    names a group; a country or an organisation is one body whatever its form ("the
    United States", "the United Nations")."""
    span = pronoun.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    coordinated = root.dep_ == "conj" or bool(args.children(root, "conj"))
    plural = coordinated or (root.tag_ in ("NNS", "NNPS") and actor_type not in _ONE_BODY)
    return plural == (pronoun.lower_ in _PLURAL_THIRD)


def _object_infinitive(clause: Token) -> bool:
    """ "made a decision to withdraw": a "to" infinitive on the direct object of a verb
    that has no dative ("gave Y permission to ..." is Y's)."""
    if clause.dep_ != "acl" or clause.tag_ != "VB":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    noun = clause.head
    if noun.dep_ not in ("dobj", "obj") or noun.head.pos_ not in ("VERB", "AUX"):
        return False
    return not any(c.dep_ in ("dative", "iobj") for c in noun.head.children)


def _plural(token: Token) -> bool:
    """A plural or coordinated noun phrase ("the rebels", "Kenya and Ethiopia")."""
    return token.tag_ in ("NNS", "NNPS") or bool(args.children(token, "conj"))


def _adjunct_participle(clause: Token) -> bool:
    """ "Speaking in Cairo, X ...", "after meeting Y, X ...": a gerund clause (bare or
    under a preposition) attached to a verb."""
    if clause.tag_ != "VBG":
        return False
    if clause.dep_ == "advcl":
        return True
    return (
        clause.dep_ == "pcomp"
        and clause.head.dep_ == "prep"
        and clause.head.head.pos_ in ("VERB", "AUX")
    )


def _relative_word(token: Token) -> bool:
    """ "who", "which", "that" opening a relative clause (tags WP, WDT)."""
    return token.tag_ in ("WP", "WDT")


def _temporal(clause: Token) -> bool:
    return any(c.lower_ in TEMPORAL_MARKS for c in clause.children if c.dep_ in ("mark", "advmod"))


def reporting_verb(tok: Token) -> Token | None:
    """The speech verb whose clausal complement contains ``tok`` ("X said it would ...")."""
    current = tok
    while current.dep_ not in ("ccomp", "ROOT") and current.head.i != current.i:
        current = current.head
    if current.dep_ == "ccomp" and mod.is_speech(current.head.lemma_):
        return current.head
    return None
