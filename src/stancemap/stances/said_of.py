"""A pronoun in a quote said OF a named person is that person (``stances.claims.said_of``).

"'He is a liar,' Rubio said of Trump", "Rubio said of Trump: 'he has no plan'", "Asked
about Trump, Rubio said he had failed the voters": the reporting verb (or a participle on
it, "asked about", "speaking of") names whom the quote is about, so a he/she/him/her in
the content stands for that person even where the actors stage's coreference, or the
nearness test of ``actors.clear_pronouns``, chose nobody or the wrong one (the name comes
after the pronoun, the speaker is the nearer person). The judged rules
(``stances.claims.judged_party``, ``stances.claims.judged_deed``) then read the content as
they read a named subject - the sign is theirs, from their lexicons; this rule only says
who "he" is.

Only where it is clear: the quote is a quotation (in reported words, "X said of Y that
he would vote", "he" is as often the speaker, so there only when the speaker has the other
gender); the report names exactly one party this way, a person; the
pronoun agrees with them in gender (an honorific or the stage's he/she links, as
``clear_pronouns`` reads it); it is not the speaker or whom he speaks for; and no other
person the quote names before the pronoun agrees with it ("'Obama let him down,' she said
of Trump" keeps "him" for Trump, but "'Obama said he would win,' she said of Trump" leaves
"he" alone). Syntax only: no word list beyond the prepositions (of, about, on).

Session 47: the frequent signed form is a possessive ("'His behavior was deplorable,' X
said of Y"). Rule ``stances.claims.said_of_owner`` gives a his/her the same person, by the
same test, as the owner of the judged noun for ``stances.claims.judged_act`` and for the
learned model of ``stances.claims.judged_subject``; rule ``stances.claims.said_of_learned``
lets that model read a clause whose subject is such a he/she ("'He has been a great
friend,' X said about Y") as a clause about Y.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.clear_pronouns import _agrees, pronoun_party
from ..actors.coref import PERSON_PRONOUNS
from ..actors.named_parties import CLAUSE_SUBJECT_DEPS, UNNAMED_HOWS
from ..records import Quote, is_agent_id
from ..rules import declare

SAID_OF = declare(
    "stances.claims.said_of",
    "with stances.claims.judged_party / judged_deed: a he/she/him/her in a quote whose "
    "reporting verb names one person with 'of' or 'about' ('\"He is a liar,\" X said of Y', "
    "'asked about Y, X said he had failed') is that person, when the pronoun agrees with "
    "them and no other person the quote names before it does",
    order=76.15,
)
SAID_OF_OWNER = declare(
    "stances.claims.said_of_owner",
    "with stances.claims.judged_act and judged_subject: a his/her in a quote whose reporting "
    "verb names one person with 'of', 'about' or 'on' ('\"His behavior was deplorable,\" X "
    "said of Y') owns the judged noun as that person, by the test of stances.claims.said_of",
    order=76.16,
)
SAID_OF_LEARNED = declare(
    "stances.claims.said_of_learned",
    "with stances.claims.judged_subject: a quote clause whose subject is a he/she that "
    "stances.claims.said_of reads as Y ('\"He has been a great friend,\" X said about Y') "
    "is judged by the learned claim model as a clause about Y",
    order=76.17,
)
CLEAR_PRONOUN = declare(
    "stances.claims.judged_subject_clear_pronoun",
    "with stances.claims.judged_subject: a quote clause whose subject is a he/she "
    "whose antecedent is clear by agreement alone (the test of "
    "stances.claims.judged_pronoun: one person named near before it agrees) is judged by the "
    "learned claim model as a clause about that person",
    order=76.18,
)

# "said of Y", "said about Y", "commented on Y": only a named person as its object counts
_ABOUT = frozenset({"of", "about", "on"})
# a participle on the reporting verb that names the matter: "asked about Y", "speaking of Y"
_PARTICIPLE_TAGS = frozenset({"VBN", "VBG"})
_POSSESSIVE_TAGS = frozenset({"PRP$", "WP$"})


def _named_person(tok: Token, actors: ActorLayer) -> str | None:
    """The person a token names by a name, alias or title (never a pronoun or an agent)."""
    if tok.pos_ == "PRON":
        return None
    mention = actors.mention_at(tok.idx, tok.idx + len(tok))
    if mention is None or mention.how in UNNAMED_HOWS or is_agent_id(mention.actor_id):
        return None
    actor = actors.actor(mention.actor_id)
    if actor is None or actor.type != "person":
        return None
    return mention.actor_id


def about_person(quote: Quote, actors: ActorLayer) -> str | None:
    """The one person the quote's reporting verb says it is about: an 'of'/'about' object
    of the verb, or of a participle hanging on it ("Asked about Y, X said ..."); None
    when there is none or more than one."""
    doc = actors.doc
    if doc is None or quote.cue is None:
        return None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None:
        return None
    verb = span.root
    heads = [verb] + [c for c in verb.children if c.dep_ == "advcl" and c.tag_ in _PARTICIPLE_TAGS]
    found: set[str] = set()
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _ABOUT:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                for part in (obj, *obj.conjuncts):
                    person = _named_person(part, actors)
                    found.add(person if person is not None else "")
    found.discard("")
    return next(iter(found)) if len(found) == 1 else None


def said_of_party(
    tok: Token, quote: Quote, actors: ActorLayer, exclude: frozenset[str]
) -> str | None:
    """The person a he/she/him/her in ``quote``'s content stands for by rule
    ``stances.claims.said_of`` (see the module's doc), else None; ``exclude``: the persons
    it cannot be (the speaker and whom he speaks for)."""
    if tok.tag_ in _POSSESSIVE_TAGS or tok.lower_ in ("his", "hers"):
        return None
    return _said_of(tok, quote, actors, exclude)


def said_of_owner(
    tok: Token, quote: Quote, actors: ActorLayer, exclude: frozenset[str]
) -> str | None:
    """The person a possessive his/her in ``quote``'s content stands for ("'His behavior
    was deplorable,' X said of Y": Y), by the same test as ``said_of_party`` (rule
    ``stances.claims.said_of_owner``), else None."""
    if tok.tag_ not in _POSSESSIVE_TAGS and tok.dep_ != "poss":
        return None
    return _said_of(tok, quote, actors, exclude)


def _said_of(tok: Token, quote: Quote, actors: ActorLayer, exclude: frozenset[str]) -> str | None:
    gender = PERSON_PRONOUNS.get(tok.lower_)
    if gender is None:
        return None
    if not quote.content.start <= tok.idx < quote.content.end:
        return None
    if quote.kind != "direct" and (quote.speaker is None or _agrees(actors, quote.speaker, gender)):
        return None  # "X said of Y that he would vote": in reported words "he" is often X
    person = about_person(quote, actors)
    if person is None or person in exclude or not _agrees(actors, person, gender):
        return None
    for m in actors.mentions_in(quote.content.start, tok.idx):
        if m.how in UNNAMED_HOWS or m.actor_id in exclude or m.actor_id == person:
            continue
        other = actors.actor(m.actor_id)
        if other is not None and other.type == "person" and _agrees(actors, m.actor_id, gender):
            return None  # another person the quote names first could be "he"
    return person


def said_of_subject(
    head: Token, quote: Quote, actors: ActorLayer, exclude: frozenset[str], on: frozenset[str]
) -> str | None:
    """The person a quote clause headed by ``head`` is about by these rules: its he/she
    subject (``stances.claims.said_of_learned``) or the his/her owning its subject noun
    (``stances.claims.said_of_owner``), read as the person the quote is said of; else,
    with ``stances.claims.judged_subject_clear_pronoun``, the person the actors stage gave
    a he/she subject when its antecedent is clear (``clear_pronouns.pronoun_party``)."""
    subj = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    if subj is None:
        return None
    clear = CLEAR_PRONOUN in on
    if subj.pos_ == "PRON":
        found = said_of_party(subj, quote, actors, exclude) if SAID_OF_LEARNED in on else None
        if found is None and clear:
            found = pronoun_party(subj, actors, exclude)
        return found
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    if subj.pos_ != "NOUN" or poss is None:
        return None
    # no clear-antecedent reading of a his/her here: "X said her decision showed the coalition
    # had fallen apart" judges the decision's effect, not her (W18 tune, session 47); a
    # possessed act noun the lexicon signs is judged_act's already
    return said_of_owner(poss, quote, actors, exclude) if SAID_OF_OWNER in on else None
