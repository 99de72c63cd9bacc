"""Contests between two named people: 'her opponent, Y', 'his campaign against Y'
(session 39, engineer CV; issue 14).

A story's lead often tells who stands against whom only by a noun of contest or of
rivalry, with no verb of attack between them: "her opponent, Y", "X makes his case vs.
Y". The judges read these pairs as opposed (docs/judging.md: the story supports the sign).
The readings below, each its own rule (session 40 CV removed ``contest_between``, "the
battle between X and Y", worth nothing measured, and ``rival_title_subject``, "shared a
photo of rival Y", which lost a right check reading), each only between two actors of type person (never a body, a country or a
generic agent; a third person in the phrase gives nothing):

- ``stances.relations.rival_possessor``: a noun of people against someone
  (``data/lexicon/opponent_nouns.txt``, WordNet: opponent, rival, challenger, critic ...)
  that names person Y - by apposition ("her opponent, Y"; "Y, X's rival"), or as the
  title before Y's name ("his rival Y") - and whose possessor names person X.
- ``stances.relations.versus_prep``: "vs."/"versus" with one person as its object,
  against the person its head names or the named subject of its verb ("X makes his case
  vs. Y"); not "v.", the law reports' citation of a case.
- ``stances.relations.contest_against`` (session 40, engineer RM): the same contest nouns
  with "against" person Y, held by their possessor ("his campaign against Y", "X's race
  against Y") or, with no possessor, by the named subject of the verb whose "for" phrase the
  noun is ("X prepares for a campaign against Y"). A verb's own object or "in" phrase ("X
  joined / took part in the campaign against Y") stays with ``stances.against.joined``.
- ``stances.relations.possessed_against`` (session 40, engineer RM): any other noun with a
  person possessor and "against" one person ("X's case against Y", "her lawsuit against
  Y"): the preposition carries the opposition, as in ``stances.against.joined``, and the
  possessor is who holds the noun when no verb does.
- ``stances.relations.against_past_year`` (session 40, engineer RM): neither of the two reads
  a sentence that names a year before the document's or a date years back ("Obama, in his
  2008 campaign against Clinton", "fought his primary against Y eight years ago"): a past
  contest says nothing of how the two stand now (rivals of 2008 allied in 2016).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import word_list
from ..rules import declare
from .extract import ALIGNMENT, Finding
from .standing_mode import standing
from .topics import lemma

if TYPE_CHECKING:
    from .relations import Context

RIVAL_POSSESSOR = declare(
    "stances.relations.rival_possessor",
    "'her opponent, Y', 'his rival Y', 'Y, X's rival': a WordNet "
    "noun of people against someone (lexicon/opponent_nouns.txt) naming person Y by "
    "apposition or as the title before the name, whose possessor is person X: X and Y are "
    "opposed",
    order=20.3,
)
VERSUS_PREP = declare(
    "stances.relations.versus_prep",
    "'X makes his case vs. Y', 'the X versus Y race': a 'vs.'/'versus' "
    "preposition whose object is person Y sets Y against the person its head names, else "
    "the named person who is the subject of the verb it hangs on (any sentence, by the parse)",
    order=20.5,
)
CONTEST_AGAINST = declare(
    "stances.relations.contest_against",
    "'his campaign against Y', 'X's race against Y', 'X prepares for a campaign against Y': "
    "a contest noun (data/stances/contest_nouns.txt) with 'against' person Y, held by its "
    "person possessor, else by the named subject of the verb whose 'for' phrase it is: X and "
    "Y are opposed",
    order=20.6,
)
POSSESSED_AGAINST = declare(
    "stances.relations.possessed_against",
    "'X's case against Y', 'her lawsuit against Y': a noun (no contest noun: "
    "contest_against's) with a person possessor X and 'against' one person Y: X and Y are "
    "opposed",
    order=20.7,
)
AGAINST_PAST_YEAR = declare(
    "stances.relations.against_past_year",
    "contest_against and possessed_against read nothing in a sentence that names a year "
    "before the document's date or a date years back ('his 2008 campaign against Y', 'his "
    "primary against Y eight years ago'): a past contest says nothing of how the two stand "
    "now",
    order=20.8,
)
CONTEST_RULES = (
    RIVAL_POSSESSOR,
    VERSUS_PREP,
    CONTEST_AGAINST,
    POSSESSED_AGAINST,
    AGAINST_PAST_YEAR,
)
# the parser tags a title before a name ("rival Y") a noun or an adjective
_TITLE_POS = frozenset({"NOUN", "ADJ"})
_TITLE_DEPS = frozenset({"compound", "nmod", "amod"})
# not "v.": the law reports' citation of a case ("Roe v. Wade", "Marbury v. Madison")
_VERSUS = frozenset({"vs.", "vs", "versus"})
NOTE = "contest"


@lru_cache(maxsize=1)
def contest_nouns() -> frozenset[str]:
    """Nouns of contest, rivalry or battle from WordNet 3.0 (``contest_import``)."""
    return word_list("stances/contest_nouns.txt")


@lru_cache(maxsize=1)
def opponent_nouns() -> frozenset[str]:
    """Nouns of people against someone from WordNet 3.0 (``actors.namesakes``)."""
    return word_list("lexicon/opponent_nouns.txt")


def person(ctx: Context, tok: Token) -> str | None:
    """The person actor a token names (a name or a pronoun linked to one)."""
    actor_id = ctx.actor_of(tok)
    if actor_id is None:
        return None
    actor = ctx.actors.actor(actor_id)
    return actor_id if actor is not None and actor.type == "person" else None


def people(ctx: Context, head: Token) -> list[str]:
    """The people a phrase and its conjuncts name ("X and Y")."""
    found = [p for t in [head, *head.conjuncts] if (p := person(ctx, t)) is not None]
    return list(dict.fromkeys(found))


def narrated_findings(ctx: Context, tok: Token, parties: list[str], weight: float) -> list[Finding]:
    """Each party against each other one, told by the narrator at ``tok``."""
    conf = round(float(ctx.table["narrated_relation"]) * weight, 3)
    return [opposed_finding(ctx, tok, a, b, conf, NOTE) for a, b in permutations(parties, 2)]


def opposed_finding(
    ctx: Context, tok: Token, holder: str, target: str, conf: float, note: str
) -> Finding:
    """One narrated opposition of ``holder`` to ``target``, evidenced by ``tok``'s sentence
    (shared by the contest, lead-over and criticism-aimed readings)."""
    return narrated_finding(ctx, tok, holder, target, -1, conf, note)


def narrated_finding(
    ctx: Context, tok: Token, holder: str, target: str, sign: int, conf: float, note: str
) -> Finding:
    """One narrated relation of ``holder`` to ``target`` of polarity ``sign``, evidenced by
    ``tok``'s sentence (the standing phrases read either sign)."""
    start, end = ctx.sentence(tok)
    return Finding(
        holder=holder,
        frame=ALIGNMENT,
        args=frozenset({target}),
        polarity=sign,
        confidence=conf,
        start=start,
        end=end,
        evidence=[],
        cue=tok.i,
        notes=("narrated-relation", note),
    )


def named_by_noun(
    noun: Token, party_of: Callable[[Token], str | None], title_deps: frozenset[str]
) -> tuple[str, Token] | None:
    """The party (``party_of`` a token) a relation noun names, and the token that carries
    the possessor: 'her opponent, Y' (Y its apposition), 'Y, X's rival' (it Y's
    apposition), 'his rival Y' (the title, a ``title_deps`` child of Y's name, the
    possessor on the name); shared with ``ally_possessor`` (session 68)."""
    for child in noun.children:
        if child.dep_ == "appos" and (p := party_of(child)) is not None:
            return p, noun
    head = noun.head
    if noun.dep_ == "appos" and (p := party_of(head)) is not None:
        return p, noun
    if noun.dep_ in title_deps and head.i > noun.i:
        p = party_of(head)
        if p is not None and party_of(noun) is None:
            return p, head
    return None


def _named_rival(ctx: Context, noun: Token) -> tuple[str, Token] | None:
    """The person an opponent noun names (``named_by_noun``)."""
    return named_by_noun(noun, lambda t: person(ctx, t), _TITLE_DEPS)


def rival_possessor(tok: Token, ctx: Context) -> list[Finding]:
    """'Her opponent, Y': the possessor and the person named are opposed."""
    if tok.pos_ not in _TITLE_POS or lemma(tok) not in opponent_nouns():
        return []
    named = _named_rival(ctx, tok)
    if named is None:
        return []
    rival, carrier = named
    for owner in (c for t in {tok, carrier} for c in t.children if c.dep_ == "poss"):
        holder = person(ctx, owner)
        if holder is not None and holder != rival:
            # a noun of standing: its mode may be 'standing' (stances.mode.standing_undated)
            return standing(
                narrated_findings(
                    ctx, tok, [holder, rival], float(ctx.table["between_wordnet_weight"])
                ),
                rival=True,
            )
    return []


def subject_person(ctx: Context, verb: Token) -> str | None:
    """The person named as ``verb``'s subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next((p for s in subjects if (p := person(ctx, s)) is not None), None)


def versus_prep(tok: Token, ctx: Context) -> list[Finding]:
    """'X makes his case vs. Y': the object of 'vs.' against the head's person, or
    the subject's of the verb it hangs on."""
    if tok.lower_ not in _VERSUS or tok.dep_ != "prep":
        return []
    objects = [c for c in tok.children if c.dep_ == "pobj"]
    rivals = [p for obj in objects for p in people(ctx, obj)]
    head = tok.head
    holder = person(ctx, head)
    if holder is None:
        verb = head if head.pos_ in ("VERB", "AUX") else None
        if verb is None and head.dep_ in ("dobj", "obj", "attr") and head.head.pos_ == "VERB":
            verb = head.head  # "make (his) case vs. Y"
        if verb is not None:
            holder = subject_person(ctx, verb)
    if holder is None or len(rivals) != 1 or holder in rivals:
        return []  # "X vs. Y and Z": Y and Z would side with each other against X
    return narrated_findings(
        ctx, tok, [holder, rivals[0]], float(ctx.table["between_wordnet_weight"])
    )


def _contest_holder(ctx: Context, noun: Token) -> str | None:
    """Who wages a contest noun: its person possessor ("his campaign", "X's race"); with no
    possessor, the named subject of the verb whose "for" phrase it is ("X prepares for a
    campaign"). A possessor that names no person gives no one."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if owners:
        return next((p for o in owners if (p := person(ctx, o)) is not None), None)
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    return subject_person(ctx, verb) if verb.pos_ == "VERB" else None


def _against_person(ctx: Context, noun: Token) -> str | None:
    """The one person a noun's "against" phrase names ("against Y"); none for "against Y
    and Z" (Y and Z would then side with each other) or a thing."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "against"]
    rivals = [
        p for prep in preps for o in prep.children if o.dep_ == "pobj" for p in people(ctx, o)
    ]
    return rivals[0] if len(rivals) == 1 else None


def past_year(ctx: Context, tok: Token) -> bool:
    """Whether ``tok``'s sentence names a year before the document's ("in 2008" in a 2016
    story) or a date years back ("eight years ago": a DATE entity ending in "ago" with a
    year in it); no document date, no past."""
    date = ctx.document.date
    if AGAINST_PAST_YEAR not in ctx.on or not date or not date[:4].isdigit():
        return False
    now = int(date[:4])
    if any(
        t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 <= int(t.text) < now
        for t in tok.sent
    ):
        return True
    return any(
        ent.label_ == "DATE" and ent[-1].lower_ == "ago" and any(t.lemma_ == "year" for t in ent)
        for ent in tok.sent.ents
    )


def contest_against(tok: Token, ctx: Context) -> list[Finding]:
    """'His campaign against Y': the contest's holder and its one person object, opposed."""
    if tok.pos_ != "NOUN" or lemma(tok) not in contest_nouns():
        return []
    rival = _against_person(ctx, tok)
    if rival is None:
        return []
    holder = _contest_holder(ctx, tok)
    if holder is None or holder == rival or past_year(ctx, tok):
        return []
    return narrated_findings(ctx, tok, [holder, rival], float(ctx.table["between_wordnet_weight"]))


def possessed_against(tok: Token, ctx: Context) -> list[Finding]:
    """'X's case against Y': the person possessor against the one person named."""
    if tok.pos_ != "NOUN" or lemma(tok) in contest_nouns():
        return []
    owners = [c for c in tok.children if c.dep_ == "poss"]
    rival = _against_person(ctx, tok) if owners else None
    if rival is None:
        return []
    holder = next((p for o in owners if (p := person(ctx, o)) is not None), None)
    if holder is None or holder == rival or past_year(ctx, tok):
        return []
    return narrated_findings(ctx, tok, [holder, rival], float(ctx.table["between_wordnet_weight"]))


READERS = (
    (RIVAL_POSSESSOR, rival_possessor),
    (VERSUS_PREP, versus_prep),
    (CONTEST_AGAINST, contest_against),
    (POSSESSED_AGAINST, possessed_against),
)
