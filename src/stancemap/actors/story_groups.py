"""A bare group noun doing what its clause says in a one-country story (session 39, AF).

"Activists staged a sit-in", "Union members criticized the decision", "administration
officials have ruled that out": a plural noun of the agents lexicon (CAMEO/Phoenix agents:
OPP, LAB, GOV, ...) whose phrase names no country is set aside for its sentence's one
country (``actors.agent.sentence_country``). In a story about one country most sentences
name none, so such a group was no actor at all and the event it does had no source.

Rule ``actors.agent.story_group``: such a phrase that is the doer of its clause (the
subject of a finite verb, the "by" agent of a finite passive, or a conjunct of either:
``acting_groups.acting_subject``), names no one in particular (no definite determiner,
possessor or count: ``acting_groups.names_no_one``), has no name among or after its words,
is no group of the public (``[alignment] public_sectors``: "people", "voters", "customers"
act in a story's clauses as often as not without doing anything a coder codes) and whose
sentence names no country is the generic agent of that sector of the story's
country: the only country the document's own mentions name, else the one they name far
more than every other (``[actors.national_body]``), else the dateline's - the test
``actors.agent.definite_body_story`` reads (``definite_bodies.home_country``). Where the
dateline and the mentions disagree, or nothing says, it stays as it was: never a guess.

Read after ``place_countryless`` and the definite bodies, before ``place_acting_groups``
(which makes the countryless agent of what is still left), and after the names, so a
group is never an antecedent the pronoun rules read. Only the parse, the agents lexicon
and the document's own mentions are read: no word list of this module's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..datafiles import constants
from ..rules import declare
from .acting_groups import acting_subject, named_after, names_no_one
from .definite_bodies import home_country, named_inside, untaken_countryless
from .linker import Resolution, agent_id
from .sentence_country import sentence_countries

if TYPE_CHECKING:
    from .resolve import DocumentResolver

STORY_GROUP = declare(
    "actors.agent.story_group",
    "'Activists staged a sit-in', 'Labor unions attacked': a bare plural agents-lexicon "
    "group noun (no determiner, possessor, count or name; not the public, CVL) that is its "
    "finite verb's doer "
    "and whose sentence names no country is that sector's generic agent of the story's "
    "one country (definite_body_story's test); none where the story names no one country",
)
_CONFIDENCE = constants("actors")["confidence"]
# the public ("people", "voters", "customers": CVL) is no body acting in the story
_PUBLIC = frozenset(constants("alignment")["public_sectors"])


def place_story_groups(resolver: DocumentResolver) -> None:
    """Give each bare acting group noun still without an actor the story's country."""
    if not resolver.switches.enabled(STORY_GROUP) or not resolver.countryless:
        return
    by_sentence: dict[int, set[str]] | None = None
    home: str | None = None
    home_read = False
    for item in untaken_countryless(resolver):
        token = item.token
        if token.tag_ != "NNS" or token.ent_type_ or item.sector in _PUBLIC:
            continue  # a plural common noun ("an official said" is one person), no public
        if not acting_subject(token) or not names_no_one(token) or named_after(token):
            continue
        if named_inside(resolver, item.start_tok, token):
            continue  # a name among its words says whose; the rules that read it decided
        if by_sentence is None:
            by_sentence = sentence_countries(resolver)
        if by_sentence.get(resolver.sent_index.get(token.i, 0)):
            continue  # its sentence names a country (or several): sentence_country decided
        if not home_read:
            home, home_read = home_country(resolver), True
        if home is None:
            return
        found = Resolution(
            id=agent_id(home, item.sector),
            name=resolver.phrase_text(item.start_tok, token),
            type="group",
            country=home,
            sector=item.sector,
            how="agent",
            confidence=_CONFIDENCE["story_country_agent"],
        )
        resolver.add_phrase(item.start_tok, token, found)
