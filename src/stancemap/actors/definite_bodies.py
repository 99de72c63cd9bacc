"""Definite descriptions of a body that name no country: "The government refused ...",
"the appeals court ruled", "the party condemned".

The agents lexicon reads the noun (a group noun: government, administration, ministry,
court, army, police, party, opposition ...), but the phrase's own words say whose it is
not, and ``sentence_country`` gives it a country only where its sentence names exactly
one. Left there, the phrase is no actor, and an event it is the subject of has no
source. Two rules, read after every other mention of the document is resolved:

* ``actors.agent.definite_body_antecedent``: the bare phrase ("the party", not "the
  state party") takes back the one body named before it (within ``[coref]
  title_reach_sentences``) of its own sector and number whose name holds the noun ("the
  Republican Party ... the party", "technology companies ... these companies"); a
  singular noun only a named body, never a generic group ("a San Francisco company ...
  the company" may be another company); none where two such are named (both parties of
  a US story), and never a person ("President X ... the government");
* ``actors.agent.definite_body_story``: else, a state body (GOV, LEG, JUD, MIL, COP,
  SPY) whose sentence names no country (or names only the other side of its act, as
  ``sentence_country_other_side`` reads it) is that body of the story's country: the
  only country the document's own mentions name, else the one they name far more than
  every other (``[actors.national_body]``), else the country of the dateline's place.
  Where the dateline and the mentions disagree, or nothing says, it stays no actor:
  never a guess.
* ``actors.agent.definite_body_sole_country`` (session 44, engineer CS; read only where
  ``definite_body_story`` is off): the same state body takes the story's country only
  where the document's mentions name exactly one country (and a dateline naming a
  country names the same) - never the most-named of several, never the dateline alone.

A phrase with a possessor ("its forces", "his party") or no definite determiner
("officials said", "a court"), and a singular noun whose first WordNet sense is a
person ("the lawmaker", ``lexicon/people_nouns.txt``), are left to the rules that read
those.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import constants
from ..records import is_agent_id
from ..rules import declare
from .lexicon import singular
from .linker import Resolution, agent_id
from .national_bodies import STATE_SECTORS, story_country
from .nominals import agent_entry
from .normalize import fold
from .sentence_country import Countryless, _counted, _other_side_only, sentence_countries
from .speaking_groups import people_nouns

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .resolve import DocumentResolver

ANTECEDENT = declare(
    "actors.agent.definite_body_antecedent",
    "'the Republican Party ... the party said': a bare definite group noun naming no "
    "country is the one body of its sector and number named before it whose name holds "
    "the noun (a singular one a named body only; none where two are, never a person)",
)
STORY = declare(
    "actors.agent.definite_body_story",
    "'The government refused', 'the appeals court ruled': a definite state-body noun whose "
    "sentence names no country is that body of the story's country (the only one its "
    "mentions name, else the one they name far more, else the dateline's); none where "
    "nothing says or they disagree",
)
SOLE_COUNTRY = declare(
    "actors.agent.definite_body_sole_country",
    "'Kenya held elections. The government criticized ...': a definite state-body noun "
    "whose sentence names no country of its own side is that body of the one country the "
    "document's mentions name, only where they name exactly one (and a dateline agrees); "
    "never the most-named of several (a stricter definite_body_story)",
)
SOURCE_ONLY = declare(
    "actors.agent.definite_body_sole_country_source_only",
    "definite_body_sole_country read only as an event's source: the events stage decides "
    "which events there are, their merge and their learned reality without it, and the "
    "body only fills the empty source of an event kept anyway; no quote takes it as "
    "speaker (read where definite_body_story and definite_body_sole_country are off)",
)
_CONFIDENCE = constants("actors")["confidence"]
_REACH = int(constants("coref")["title_reach_sentences"])
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_PUBLIC = frozenset(constants("alignment")["public_sectors"])
_RESTRICTIVE = frozenset({"prep", "relcl", "acl"})


def _other_kind(resolver: DocumentResolver, token: Token) -> bool:
    """ "credit rating agencies", "the state party": a common noun compounded onto the
    head that, with it, is no agents-lexicon phrase ("appeals court" is) says another
    kind of body than the head alone."""
    for child in token.lefts:
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i == token.i - 1:
            pair = f"{fold(child.text)} {singular(token.lower_)}"
            return pair not in resolver.linker.agents
    return False


def _definite(token: Token) -> bool:
    """ "the government", not "a government", "its government" or bare "officials"."""
    children = list(token.children)
    if any(c.dep_ == "poss" for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE and c.i < token.i for c in children)


def _antecedent(resolver: DocumentResolver, token: Token, sector: str) -> str | None:
    """The actor id of the one body or group of ``sector`` named before ``token`` within
    reach whose name (or role) holds ``token``'s noun; None where there is none, or two
    or more ("the Democratic Party ... the Republican Party ... the party": a guess)."""
    noun = fold(token.lemma_)
    if not noun or sector in _PUBLIC:
        return None  # "the voters", "the public": people, not a body named before
    plural = token.tag_ == "NNS"
    sentence = resolver.sent_index.get(token.i, 0)
    position = token.idx
    found: set[str] = set()
    for mention in resolver.mentions:
        if mention.start >= position or mention.how == "pronoun":
            continue
        actor = resolver.actors.get(mention.actor_id)
        if actor is None or actor.type not in ("organization", "group"):
            continue
        if actor.sector != sector or actor.id in found:
            continue
        if not plural and is_agent_id(actor.id):
            continue  # "the company" is a named body, not the country's bag of companies
        root = resolver.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if root is None or len(root) == 0:
            continue
        if sentence - resolver.sent_index.get(root.root.i, 0) > _REACH:
            continue
        if (root.root.tag_ in ("NNS", "NNPS")) != plural:
            continue  # "the company" is no "technology companies": number agrees
        words = set(fold(actor.name).split()) | set(fold(actor.role or "").split())
        words |= {fold(t.lemma_) for t in root}
        if noun in words:
            found.add(actor.id)
    return next(iter(found)) if len(found) == 1 else None


def _dateline_country(resolver: DocumentResolver) -> str | None:
    """The country of the dateline's region or place ("NAIROBI (Reuters) -"), or None."""
    dateline = resolver.document.dateline
    if dateline is None:
        return None
    for name in (dateline.region, dateline.place):
        if not name:
            continue
        country, _ = resolver.linker.where([name.title()], countries_only=False)
        if country is not None:
            return country
    return None


def home_country(resolver: DocumentResolver) -> str | None:
    """The story's country: the only one its mentions name, else the one they name far
    more (``story_country``), else the dateline's; None where the two disagree."""
    counts = Counter(country for _, country in _counted(resolver))
    story = next(iter(counts)) if len(counts) == 1 else story_country(resolver)
    dateline = _dateline_country(resolver)
    if story is not None and dateline is not None and story != dateline:
        return None
    return story or dateline


def sole_country(resolver: DocumentResolver) -> str | None:
    """The one country the document's own mentions name, where they name exactly one and
    the dateline (if it names a country) names the same; else None: no guess."""
    counts = Counter(country for _, country in _counted(resolver))
    if len(counts) != 1:
        return None
    only = next(iter(counts))
    dateline = _dateline_country(resolver)
    return only if dateline is None or dateline == only else None


def untaken_countryless(resolver: DocumentResolver) -> Iterator[Countryless]:
    """The phrases still without an actor, the longest first ("Union members", not the
    "Union" inside it), none of whose words another rule has taken."""
    for item in sorted(resolver.countryless, key=lambda c: c.start_tok - c.token.i):
        if not any(i in resolver.taken for i in range(item.start_tok, item.token.i + 1)):
            yield item


def named_inside(resolver: DocumentResolver, start: int, head: Token) -> bool:
    """A name among a phrase's words before its head says whose it is."""
    return any(t.ent_type_ or t.pos_ == "PROPN" for t in resolver.doc[start : head.i])


def place_definite_bodies(resolver: DocumentResolver) -> None:
    """Give each definite body phrase still without an actor its antecedent or the
    story's country (rules ``ANTECEDENT`` and ``STORY``)."""
    switches = resolver.switches
    antecedent_on, story_on = switches.enabled(ANTECEDENT), switches.enabled(STORY)
    sole_on = switches.enabled(SOLE_COUNTRY) and not story_on
    # SOURCE_ONLY: the same reading, held back from the quotes and the events' decisions
    late = switches.enabled(SOURCE_ONLY) and not (story_on or sole_on)
    sole_on = sole_on or (late and not resolver.hold_late)
    if not (antecedent_on or story_on or sole_on) or not resolver.countryless:
        return
    by_sentence: dict[int, set[str]] | None = None
    home: str | None = None
    home_read = False
    for item in untaken_countryless(resolver):
        token = item.token
        if not _definite(token) or token.tag_ not in ("NN", "NNS", "NNP"):
            continue
        entry = agent_entry(resolver, token)
        if entry is None or entry.kind == "person":
            continue
        if token.tag_ != "NNS" and token.lemma_.lower() in people_nouns():
            continue  # "the lawmaker" (WordNet: a person): one person, never a group
        if named_inside(resolver, item.start_tok, token):
            continue  # a name among its words says whose; the rules that read it decided
        found: Resolution | None = None
        if _other_kind(resolver, token):
            continue
        if (
            antecedent_on
            and item.start_tok == token.i
            and not any(c.dep_ in _RESTRICTIVE for c in token.rights)
        ):
            # "the party", not "the party of Lincoln" nor "the families of soldiers":
            # words of its own say which one
            actor_id = _antecedent(resolver, token, item.sector)
            if actor_id is not None:
                found = resolver.again(actor_id, "role", "descriptive")
        if found is None and (story_on or sole_on) and item.sector in STATE_SECTORS:
            if by_sentence is None:
                by_sentence = sentence_countries(resolver)
            named = by_sentence.get(resolver.sent_index.get(token.i, 0), set())
            if not home_read:
                home = home_country(resolver) if story_on else sole_country(resolver)
                home_read = True
            if home is None or home in named:
                continue
            if named and not _other_side_only(resolver, token):
                continue  # its sentence names another country, on its own side
            found = Resolution(
                id=agent_id(home, item.sector),
                name=resolver.phrase_text(item.start_tok, token),
                type="group",
                country=home,
                sector=item.sector,
                how="agent",
                confidence=_CONFIDENCE["story_country_agent"],
            )
        if found is not None:
            if late and found.how == "agent":
                resolver.late_ids.add(found.id)
            resolver.add_phrase(item.start_tok, token, found)
