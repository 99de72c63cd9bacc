"""In-document resolution: every mention in a parsed document -> one actor.

One pass over the spaCy ``Doc`` in text order (``candidates``), sharing one
discourse memory (who was mentioned where, as subject or not); each candidate
goes to the rules of its kind:

* names (NER and KB entity-ruler spans, proper-noun runs NER missed):
  ``names.resolve_name``, rules ``actors.names.*`` - KB alias, else a person
  already in the document ("Orbán" after "Viktor Orbán", a misspelt "Orbon"),
  else KB surname / fuzzy, else a new actor with a stable id (``newactors``);
* nominal roles and generic agents (a noun from the agents lexicon heading a
  noun phrase: "the Turkish president", "the Kremlin spokesman", "Russian
  troops"): ``nominals.nominal``;
* pronouns: rules ``actors.coref.*`` (``coref``, the only place pronouns are
  resolved).

Nothing inside ``document.excluded`` (boilerplate) becomes a mention.
``DocumentResolver`` holds the document and its memory; the rule modules read
and add through it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from spacy.tokens import Doc, Span, Token

from ..datafiles import constants
from ..ingest import Document
from ..records import Actor, ActorMention, is_agent_id
from ..rules import Rule, RuleSwitches
from . import (  # noqa: F401  (register actors.names rules)
    seat_doer,
    shared_surname,
    surname_shared,
)
from .acronym_expansions import settle_acronym_expansions
from .acronyms import settle_acronyms
from .acted_on import settle_untagged_acted_on
from .body_titles import place_titled_people
from .candidates import ALL_PRONOUNS, candidates
from .definite_bodies import place_definite_bodies
from .described_links import (
    settle_described_people,
    settle_firm_people,
    settle_hyphened_surnames,
)
from .document_period import document_date
from .family_names import join_family_names_first
from .foreign_bodies import settle_foreign_bodies
from .fork import fork
from .given_ahead import join_given_names_ahead
from .halves import place_halves
from .kb_surnames import settle_kb_surnames
from .layer import ActorLayer
from .link_context import settle_party_countries, settle_period_people
from .linker import HONORIFIC_GENDER, Linker, Resolution
from .names import resolve_name
from .namesakes import settle_namesakes
from .national_bodies import place_national_bodies
from .nominals import join_appositive_roles, nominal
from .normalize import fold, surname_of
from .object_groups import place_object_groups
from .office_descriptions import settle_office_descriptions
from .owned_sector_names import read_owned_sector
from .owner_limits import POSSESSOR_JOINED_SUBJECT, joined_subject, resolver_country_at
from .party_groups import settle_party_people
from .platforms import drop_platform_mentions
from .pronoun_chains import settle_pronoun_chains
from .quoted_pronouns import settle_quoted_pronouns
from .role_descriptions import settle_role_descriptions
from .sentence_country import Countryless, place_countryless
from .side_groups import settle_side_groups
from .spans import is_subject
from .stray_names import link_stray_surnames
from .subject_groups import place_subject_groups
from .surname_ahead import join_surnames_ahead
from .surname_country import settle_surname_countries
from .surname_introduced import settle_introduced_surnames
from .titled_surnames import title_cut
from .unlisted_groups import place_unlisted_groups
from .unnamed_country import settle_unnamed_surname_countries

_CONSTANTS = constants("actors")
_CONFIDENCE = _CONSTANTS["confidence"]
# how far back (in sentences) a pronoun or bare title may reach for its antecedent
PRONOUN_REACH = int(_CONSTANTS["pronoun_reach_sentences"])
_HOWS = {"name", "alias", "fuzzy", "role", "agent", "pronoun", "short", "new"}
_SURFACE_HOWS = ("name", "alias", "fuzzy", "short", "new")  # how a spelling names its actor


@dataclass
class Seen:
    """One resolved mention in the discourse memory."""

    actor_id: str
    start: int
    sentence: int
    subject: bool


class DocumentResolver:
    """Resolves the mentions of one parsed document; use once."""

    reach = PRONOUN_REACH

    def __init__(
        self,
        linker: Linker,
        doc: Doc,
        document: Document,
        switches: RuleSwitches | None = None,
    ) -> None:
        self.linker = linker
        self.switches = switches or RuleSwitches()
        self.doc = doc
        self.document = document
        # its own date, else (actors.link.document_period) its known period's
        self.date = document_date(document, self.switches)
        self.actors: dict[str, Actor] = {}
        # a resolution read only as an event's source (``definite_bodies.SOURCE_ONLY``):
        # the actors it gave, and whether it is held back (the layer before it)
        self.late_ids: set[str] = set()
        # of those, the ones read only as an event's target (``object_groups``)
        self.late_target_ids: set[str] = set()
        self.hold_late = False
        self.gender: dict[str, str | None] = {}
        self.surface: dict[str, set[str]] = {}  # actor id -> folded spellings seen here
        self.mentions: list[ActorMention] = []
        self.memory: list[Seen] = []
        self.taken: set[int] = set()  # token indices already part of a mention
        self.appositive_roles: list[tuple[int, Token]] = []  # role nouns beside a name
        self.countryless: list[Countryless] = []  # agents whose sentence may say whose
        self.pronoun_tokens: list[Token] = []  # every pronoun the pass met, in text order
        # people of this document, most recently mentioned last (kept as mentions are
        # added, so asking for them never walks the whole memory)
        self._people: dict[str, None] = {}
        self._surnames: dict[str, str | None] = {}
        self.sent_index: dict[int, int] = {}
        for i, sent in enumerate(doc.sents):
            for position in range(sent.start, sent.end):  # no Token per word
                self.sent_index[position] = i
        self.name_rules: list[Rule] = [
            r for r in self.switches.active("actors.names.") if r.func is not None
        ]
        self.pronoun_rules: list[Rule] = [
            r
            for r in self.switches.active("actors.coref.")
            if r.name != "actors.coref.descriptive" and r.func is not None
        ]

    # ------------------------------------------------------------ driver

    def run(self) -> ActorLayer:
        self.run_common()
        return self.run_late()

    def run_both(self) -> tuple[ActorLayer, ActorLayer | None]:
        """The layer, and - where a resolution was read late (``late_ids``) - the layer
        without it (``hold_late``): the passes before the first late one run once, the
        rest on a copy of the resolver as well (``fork``), not the whole document twice."""
        self.run_common()
        # both late readings read only the set-aside agent phrases: none, nothing to hold
        held = fork(self) if self.countryless else None
        layer = self.run_late()
        if not self.late_ids:
            return layer, None
        if held is None:  # a late reading of another kind: resolve the whole document again
            held = DocumentResolver(self.linker, self.doc, self.document, self.switches)
            held.run_common()
        held.hold_late = True
        return layer, held.run_late()

    def run_common(self) -> None:
        """The passes that run the same whether a late resolution is held back or not."""
        for item in candidates(self):
            if isinstance(item, Span):
                if not read_owned_sector(self, item):  # "its navy": no name, an agent
                    resolve_name(self, title_cut(self, item))  # "Mr Livingstone": the surname
            elif item.lower_ in ALL_PRONOUNS:
                self._pronoun(item)
            else:
                nominal(self, item)
        join_appositive_roles(self)
        settle_untagged_acted_on(self)
        join_surnames_ahead(self)
        join_family_names_first(self)
        settle_party_countries(self)  # before the party's subsets are read
        settle_namesakes(self)
        settle_kb_surnames(self)
        settle_acronyms(self)
        settle_foreign_bodies(self)
        settle_acronym_expansions(self)
        settle_introduced_surnames(self)
        settle_period_people(self)  # after the KB's surnames and the text's own are given
        settle_surname_countries(self)  # 'Mr Howard' in a British story: not John Howard
        settle_unnamed_surname_countries(self)  # nor where nothing Australian is named
        settle_described_people(self)  # "Lord Ashcroft, Tory treasurer": not a US namesake
        settle_firm_people(self)  # "store group May": a firm, not a KB person
        settle_hyphened_surnames(self)  # "Mr Kilroy-Silk": not John Silk
        drop_platform_mentions(self)
        join_given_names_ahead(self)
        place_halves(self)
        place_countryless(self)
        place_national_bodies(self)
        place_titled_people(self)  # after the story's bodies: a title's party is placed

    def run_late(self) -> ActorLayer:
        """The late resolutions (which ``hold_late`` holds back) and every pass after them."""
        place_definite_bodies(self)
        place_subject_groups(self)
        place_unlisted_groups(self)  # after the lexicon's groups: the nouns it lacks
        place_object_groups(self)  # after the doers: what is left is an object
        settle_pronoun_chains(self)
        settle_quoted_pronouns(self)
        # after the pronouns: a description or a team read here moves no pronoun's link
        settle_role_descriptions(self)
        settle_office_descriptions(self)  # the text's own roles first, the KB's after
        settle_side_groups(self)
        settle_party_people(self)
        # last: a stray surname read here moves no pronoun, description or team link
        link_stray_surnames(self)
        return ActorLayer(actors=self.actors, mentions=self.mentions, doc=self.doc)

    def _pronoun(self, token: Token) -> None:
        """A pronoun: the first answer of the ``actors.coref`` rules (see ``coref``)."""
        self.pronoun_tokens.append(token)
        joined = self.switches.enabled(POSSESSOR_JOINED_SUBJECT)
        if joined and joined_subject(token, resolver_country_at(self)):
            return  # "India and Pakistan said their armies ...": both, so neither alone
        for item in self.pronoun_rules:
            found = item.func(self, token)  # type: ignore[misc]
            if found is not None:
                self.add(token.idx, token.idx + len(token), token.text, found, token)
                return

    # ------------------------------------------------------------ memory

    def is_person(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and actor.type == "person" and not is_agent_id(actor_id)

    def recent_people(self) -> list[str]:
        """The people of this document, most recently mentioned first."""
        return list(reversed(self._people))

    def folded_surname(self, actor_id: str) -> str | None:
        """The folded last name of an actor of this document (None: it has none)."""
        if actor_id not in self._surnames:
            last = surname_of(self.actors[actor_id].name)
            self._surnames[actor_id] = fold(last) if last else None
        return self._surnames[actor_id]

    def mentions_between(self, start: int, end: int) -> list[ActorMention]:
        """Mentions lying inside [start, end), in the order they were added."""
        return [m for m in self.mentions if start <= m.start and m.end <= end]

    def named_mention_at(self, position: int) -> ActorMention | None:
        """The first mention added that covers ``position`` and is no pronoun."""
        return next(
            (m for m in self.mentions if m.start <= position < m.end and m.how != "pronoun"),
            None,
        )

    def again(self, actor_id: str, how: str, confidence: str) -> Resolution:
        """An actor of this document mentioned again (``confidence``: a key of
        ``[actors.confidence]``)."""
        return self.again_as(actor_id, how, _CONFIDENCE[confidence])

    def again_as(self, actor_id: str, how: str, confidence: float) -> Resolution:
        actor = self.actors[actor_id]
        return Resolution(
            id=actor.id,
            name=actor.name,
            type=actor.type,
            country=actor.country,
            sector=actor.sector,
            role=actor.role,
            wiki=actor.wiki,
            gender=self.gender.get(actor_id),
            how=how,
            confidence=confidence,
        )

    def phrase_text(self, start_tok: int, token: Token) -> str:
        """The document text of tokens [start_tok, token]: a phrase read as one mention."""
        return self.document.text[self.doc[start_tok].idx : token.idx + len(token)]

    def add_phrase(self, start_tok: int, token: Token, found: Resolution) -> None:
        """Record tokens [start_tok, token] as one mention of ``found``; no later rule
        reads them again."""
        start, end = self.doc[start_tok].idx, token.idx + len(token)
        self.taken.update(range(start_tok, token.i + 1))
        self.add(start, end, self.document.text[start:end], found, token)

    def add(self, start: int, end: int, text: str, found: Resolution, anchor: Span | Token) -> None:
        """Record a mention of ``found`` at [start, end) (an actor on first mention)."""
        if self.document.text[start:end] != text:
            raise AssertionError("mention offsets do not index the document text")
        if found.id not in self.actors:
            self.actors[found.id] = found.record()
            self.gender[found.id] = found.gender
        how = found.how if found.how in _HOWS else "name"
        self.mentions.append(
            ActorMention(
                start=start,
                end=end,
                text=text,
                actor_id=found.id,
                how=cast(Any, how),
                confidence=found.confidence,
            )
        )
        if how in _SURFACE_HOWS and fold(text):
            self.surface.setdefault(found.id, set()).add(fold(text))
        root = anchor.root if isinstance(anchor, Span) else anchor
        self.memory.append(Seen(found.id, start, self.sent_index.get(root.i, 0), is_subject(root)))
        if self.is_person(found.id):
            self._people.pop(found.id, None)
            self._people[found.id] = None
        if isinstance(anchor, Span):
            self.taken.update(range(anchor.start, anchor.end))
            before = anchor.doc[anchor.start - 1].lower_.rstrip(".") if anchor.start else ""
            if self.gender.get(found.id) is None and before in HONORIFIC_GENDER:
                self.gender[found.id] = HONORIFIC_GENDER[before]  # "Mrs. Clinton"
