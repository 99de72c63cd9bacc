"""In-document resolution: every mention in a parsed document -> one actor.

Three passes over the spaCy ``Doc`` in text order, sharing one discourse
memory (who was mentioned where, as subject or not):

* names (NER and KB entity-ruler spans): KB alias, else a person already in
  the document ("Orbán" after "Viktor Orbán", a misspelt "Orbon"),
  else KB surname / fuzzy, else a new actor with a stable id. A place that is
  the subject of a speech verb ("Jordan said" after "Jim Jordan") is read as a person when it is
  spelt like one already in the document, else as its country's government;
* nominal roles and generic agents (a noun from the agents lexicon heading a
  noun phrase: "the Turkish president", "the Kremlin spokesman", "Russian troops");
* pronouns (he/she and their forms): the most salient earlier person of the
  right gender, preferring subjects, the current sentence, then recency.

Nothing inside ``document.excluded`` (boilerplate) becomes a mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from rapidfuzz.distance import JaroWinkler
from spacy.tokens import Doc, Span, Token

from ..datafiles import constants, word_list
from ..ingest import Document
from ..records import Actor, ActorMention
from ..rules import RuleSwitches, declare
from .coref import BODY_PRONOUNS, GROUP_PRONOUNS, descriptive
from .descriptors import describe
from .layer import ActorLayer
from .lexicon import singular
from .linker import Linker, Resolution, agent_id, new_id
from .normalize import fold, surname_of

NAME_LABELS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "country",
    "LOC": "location",
    "NORP": "group",
    "FAC": "location",
}
SPEECH_VERBS = {
    "say",
    "tell",
    "add",
    "state",
    "declare",
    "announce",
    "claim",
    "insist",
    "argue",
    "warn",
    "note",
    "stress",
    "explain",
    "reply",
    "respond",
    "comment",
    "complain",
    "deny",
    "assert",
    "admit",
    "emphasise",
    "emphasize",
    "write",
    "tweet",
    "urge",
}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
REFLEXIVE = {"himself", "herself"}
_CONSTANTS = constants("actors")
_CONFIDENCE = _CONSTANTS["confidence"]
PLACE_CONFIDENCE = _CONFIDENCE["place_use"]
HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "madam": "f"}
UNTAGGED = "STANCEMAP_PROPN"  # label of proper-noun runs outside NER entities
PREMODIFIERS = {"amod", "compound", "poss", "nmod", "det", "predet", "nummod", "case", "npadvmod"}
# "the next president", "a future leader": the text names no one in particular
NOT_THIS_ONE = {
    "next",
    "future",
    "new",
    "potential",
    "possible",
    "prospective",
    "would-be",
    "another",
    "any",
    "every",
    "some",
    "a",
    "an",
    "no",
}
# a capital after these prepositions is a place ("talks in Moscow"), not a government
LOCATIVE = {
    "in",
    "at",
    "near",
    "to",
    "from",
    "into",
    "outside",
    "inside",
    "across",
    "around",
    "toward",
    "towards",
    "via",
    "through",
    "throughout",
    "between",
    "within",
    "over",
}
# how far back (in sentences) a pronoun or bare title may reach for its antecedent
PRONOUN_REACH = int(_CONSTANTS["pronoun_reach_sentences"])


@dataclass
class Seen:
    """One resolved mention in the discourse memory."""

    actor_id: str
    start: int
    sentence: int
    subject: bool


class DocumentResolver:
    """Resolves the mentions of one parsed document; use once."""

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
        self.date = document.date
        self.actors: dict[str, Actor] = {}
        self.gender: dict[str, str | None] = {}
        self.surface: dict[str, set[str]] = {}  # actor id -> folded spellings seen here
        self.mentions: list[ActorMention] = []
        self.memory: list[Seen] = []
        self.taken: set[int] = set()  # token indices already part of a mention
        self.appositive_roles: list[tuple[int, Token]] = []  # role nouns beside a name
        self.sent_index = {}
        for i, sent in enumerate(doc.sents):
            for token in sent:
                self.sent_index[token.i] = i

    # ------------------------------------------------------------ driver

    def run(self) -> ActorLayer:
        for item in self._candidates():
            if isinstance(item, Span):
                self._name(item)
            elif item.lower_ in PRONOUNS:
                self._pronoun(item)
            elif item.lower_ in _OTHER_PRONOUNS:
                self._body_pronoun(item)
            else:
                self._nominal(item)
        self._join_appositive_roles()
        return ActorLayer(actors=self.actors, mentions=self.mentions, doc=self.doc)

    def _join_appositive_roles(self) -> None:
        """Each role noun set beside a name becomes a mention of that name's actor."""
        for start_tok, token in self.appositive_roles:
            partner = (
                token.head
                if token.dep_ == "appos"
                else next(
                    c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"
                )
            )
            named = next(
                (m for m in self.mentions if m.start <= partner.idx < m.end and m.how != "pronoun"),
                None,
            )
            while start_tok < token.i and (
                start_tok in self.taken or self.doc[start_tok].lower_ in ("'s", "’s")
            ):
                start_tok += 1  # "Russia's" stays the country's own mention
            if named is None or token.i in self.taken:
                continue
            start, end = self.doc[start_tok].idx, token.idx + len(token)
            found = self._again(named.actor_id, "role", _CONFIDENCE["role_holder"])
            self._add(start, end, self.document.text[start:end], found, token)

    def again(self, actor_id: str, how: str, confidence: str) -> Resolution:
        """An actor of this document mentioned again (``confidence``: a key of
        ``[actors.confidence]``); used by the coreference rules."""
        return self._again(actor_id, how, _CONFIDENCE[confidence])

    def _body_pronoun(self, token: Token) -> None:
        """ "they said", "it warned": the group or body meant (rules ``actors.coref.*``)."""
        for item in self.switches.active("actors.coref."):
            if item.name == "actors.coref.descriptive" or item.func is None:
                continue
            found = item.func(self, token)
            if found is not None:
                self._add(token.idx, token.idx + len(token), token.text, found, token)
                return

    def _candidates(self) -> list[Span | Token]:
        """Entities, agent-noun heads and pronouns, in text order, outside boilerplate."""
        items: list[tuple[int, int, Span | Token]] = []
        ent_tokens: set[int] = set()
        for ent in self.doc.ents:
            if ent.label_ in NAME_LABELS and not self._excluded(ent.start_char, ent.end_char):
                items.append((ent.start_char, 0, ent))
                ent_tokens.update(range(ent.start, ent.end))
        run: list[Token] = []
        for token in self.doc:
            if token.i in ent_tokens or self._excluded(token.idx, token.idx + len(token)):
                run = self._flush_run(run, items)
                continue
            pronoun = (token.lower_ in PRONOUNS or token.lower_ in _OTHER_PRONOUNS) and (
                token.pos_ == "PRON" or token.tag_ == "PRP$"
            )
            if pronoun or token.pos_ in ("NOUN", "PROPN") and self._agent_head(token):
                items.append((token.idx, 1, token))
                run = self._flush_run(run, items)
            elif token.pos_ == "PROPN" and token.text[:1].isupper():
                run.append(token)  # a name NER missed ("Orbon then left ...")
            else:
                run = self._flush_run(run, items)
        self._flush_run(run, items)
        items.sort(key=lambda x: (x[0], x[1]))
        return [item for _, _, item in items]

    def _flush_run(
        self, run: list[Token], items: list[tuple[int, int, Span | Token]]
    ) -> list[Token]:
        if run:
            span = Span(self.doc, run[0].i, run[-1].i + 1, label=UNTAGGED)
            items.append((span.start_char, 0, span))
        return []

    def _excluded(self, start: int, end: int) -> bool:
        return any(
            ex.start <= start < ex.end or ex.start < end <= ex.end for ex in self.document.excluded
        )

    # ------------------------------------------------------------ names

    def _name(self, ent: Span) -> None:
        if ent.start in self.taken:
            return
        if self.switches.enabled(CREDIT_LINE) and _in_credit_line(self.document.text, ent):
            return
        text = ent.text
        modifier = ent.root.dep_ in ("amod", "compound", "nmod") and self._agent_head(ent.root.head)
        if ent.label_ == "NORP" and (modifier or self._coordinated_modifier(ent.root)):
            return  # "Russian" in "Russian troops": the noun phrase pass reads it
        span = _trim(ent)
        if span is None:
            return
        text = span.text
        if modifier:
            # "Turkish" in "the Turkish president" is no actor of its own; "US" in "US
            # government" or "Kremlin" in "the Kremlin spokesman" still name their country
            seat = self.linker.seats.get(fold(text))
            kb = self.linker.by_name(text, self.date)
            if kb is None and seat is not None:
                kb = self.linker.country(seat, self.date, how="alias")
            if kb is not None and kb.type in ("country", "organization"):
                self._add(span.start_char, span.end_char, text, kb, span)
            return
        found = self._untagged(span) if span.label_ == UNTAGGED else self._link_name(span)
        if found is None:
            return
        if found.type == "organization" and found.country:
            found = self._owned_elsewhere(span, found)
        if found.type == "person" and found.how not in ("short", "fuzzy"):
            found = self._as_described(span, found)
        if _is_place_use(span) and fold(text) in self.linker.seats and found.type == "country":
            # "talks in Moscow": the city as a place more than as the government; kept
            # (event coders count the place's country as a target) at low confidence
            found.confidence = min(found.confidence, PLACE_CONFIDENCE)
        self._add(span.start_char, span.end_char, text, found, span)

    def _as_described(self, span: Span, found: Resolution) -> Resolution:
        """What the text says about the person comes first: an unknown person takes the
        role, country and sector the words around the name give; a KB person whose
        record says otherwise on the document date takes the text's, and the
        disagreement is kept (``kb_conflict``)."""
        said = describe(self.linker, span, self.switches)
        if said is None:
            return found
        if found.kb is None:  # fill what the name's own reading left open
            if found.country is None and found.cameo is None:
                found.country, found.cameo = said.country, said.cameo
            found.sector = found.sector or said.sector
            found.role = found.role or said.role
            return found
        if not said.says_role or said.sector == "ELI":
            return found
        country_differs = said.country is not None and said.country != found.country
        sector_differs = said.sector != found.sector
        if not (country_differs or sector_differs):
            return found
        found.kb_conflict = (
            f"the KB has {found.role or 'no role'} ({found.country or '-'}, "
            f"{found.sector or '-'}) on {self.date or 'the latest date'}; "
            f"the text says {said.role} ({said.country or '-'}, {said.sector})"
        )
        found.country = said.country or found.country
        found.sector, found.role = said.sector, said.role
        return found

    def _link_name(self, span: Span) -> Resolution | None:
        text = span.text
        label = span.label_ if span.label_ else span.root.ent_type_
        speaking = _is_speech_subject(span)
        date = self.date
        kb_id = span.ent_id_ or (span.root.ent_id_ if span.root.ent_id_ else "")
        found: Resolution | None = None
        if kb_id and kb_id in self.linker.kb.actors:
            found = self.linker.from_kb(self.linker.kb.actors[kb_id], date, how="name")
            if text != found.name:
                found.how = "alias"
        if found is None:
            found = self.linker.by_name(text, date)
        place = found is not None and found.type in ("country", "location")
        if speaking and (found is None or place):
            person = self._similar_person(text, loose=True)
            if person is not None:
                return person
        if found is not None and found.type == "person" and found.id not in self.actors:
            known = self._known_person(text)  # a namesake already in the document wins
            if known is not None and known.id != found.id:
                return known
        if found is not None:
            return found
        if label in ("PERSON", "ORG", "") or span.root.pos_ == "PROPN":
            known = self._known_person(text) or self._similar_person(text, loose=False)
            if known is not None:
                return known
        seat = self.linker.seats.get(fold(text))
        if seat is not None:
            return self.linker.country(seat, date, how="alias")
        titled = self.linker.link(_with_titles(span), date)
        if (
            titled is not None
            and titled.kb is not None
            and titled.how in ("name", "alias", "short")
        ):
            return titled
        fuzzy = self.linker.fuzzy(text, date)
        person_ok = fuzzy is not None and (fuzzy.type != "person" or label == "PERSON")
        if fuzzy is not None and person_ok and (label != "GPE" or fuzzy.type == "country"):
            return fuzzy
        return self._new_actor(span, label)

    def _owned_elsewhere(self, span: Span, found: Resolution) -> Resolution:
        """A national body named after another country's ("Ivory Coast's Supreme Court",
        "the Nigerian Supreme Court"): the possessor or country adjective wins over the
        KB's same-named institution, which keeps only its sector."""
        words = span.text.split()
        generic = self.linker.find_agent(words)
        if generic is None or (generic[1], generic[2]) != (0, len(words)):
            return found  # a proper name ("Gazprom") stays whoever it is
        owner = self._owner_country(span)
        if owner is None or owner == found.country:
            return found
        return Resolution(
            id=new_id(f"{owner} {span.text}", "organization"),
            name=span.text,
            type="organization",
            country=owner,
            sector=found.sector,
            how="new",
            confidence=0.6,
        )

    def _owner_country(self, span: Span) -> str | None:
        """The country written as possessor or adjective right before a name
        ("Israel's Cabinet", "the Kenyan Supreme Court")."""
        owners = [
            t
            for t in span.root.children
            if t.i < span.start and t.dep_ in ("poss", "amod", "compound", "nmod")
        ]
        words = [w.text for t in owners for w in t.subtree if w.lower_ not in ("'s", "’s", "the")]
        owner, _ = self.linker.where(words, countries_only=True) if words else (None, None)
        return owner

    def _untagged(self, span: Span) -> Resolution | None:
        """A proper-noun run NER left out: only a KB name or a person already here."""
        text = span.text
        found = self.linker.by_name(text, self.date)
        if found is not None and found.type in ("person", "organization", "group", "country"):
            known = self._known_person(text)
            return known if known is not None and found.id not in self.actors else found
        return self._known_person(text) or self._similar_person(text, loose=False)

    def _known_person(self, text: str) -> Resolution | None:
        """A person of this document whose surname (or a name seen here) is ``text``."""
        key = fold(text)
        for actor_id in self._recent_people():
            actor = self.actors[actor_id]
            last = surname_of(actor.name)
            if key in self.surface.get(actor_id, set()) or (last and fold(last) == key):
                return self._again(actor_id, "short", 0.85)
        return None

    def _similar_person(self, text: str, *, loose: bool) -> Resolution | None:
        """A person of this document spelt nearly like ``text`` ("Orbon", "Jordan")."""
        key = fold(text)
        if len(key) < 4:
            return None
        best: tuple[float, str] | None = None
        threshold = 0.85 if loose else 0.9
        last = key.split()[-1]
        for actor_id in self._recent_people():
            for spelling in self.surface.get(actor_id, set()):
                if not spelling:
                    continue
                # whole name against whole name, last name against last name
                for mine, theirs in ((key, spelling), (last, spelling.split()[-1])):
                    if (
                        mine[:2] != theirs[:2]
                        or len(theirs) < 4
                        or abs(len(mine) - len(theirs)) > 2
                    ):
                        continue
                    score = JaroWinkler.normalized_similarity(mine, theirs)
                    if score >= threshold and (best is None or score > best[0]):
                        best = (score, actor_id)
        if best is None:
            return None
        return self._again(best[1], "fuzzy", round(0.6 * best[0], 3))

    def _people_of(self, span: Span) -> Resolution | None:
        """A demonym used as a noun ("the Palestinians", "Nigerians"): that country's people."""
        codes = self.linker.demonyms.get(fold(span.text))
        if not codes or len(codes) != 1 or _ethnic(span.doc, span.start):
            return None  # "ethnic Albanians" in Macedonia: not Albania's people
        return Resolution(
            id=agent_id(codes[0], None, ":people"),
            name=span.text,
            type="group",
            country=codes[0],
            how="agent",
            confidence=0.7,
        )

    def _new_actor(self, span: Span, label: str) -> Resolution | None:
        kind = NAME_LABELS.get(label, "other")
        if label == "NORP":
            return self._people_of(span)
        if kind in ("country", "location", "group"):
            return None  # an unknown place is not an actor
        if kind == "person" and fold(span.text) in self.linker.demonyms:
            return self._people_of(span)  # "Ugandan" tagged as a person: its people
        prefix = _with_titles(span).split()[: -len(span.text.split())] if span else []
        country, cameo = self.linker.where(prefix) if prefix else (None, None)
        agent = self.linker.find_agent(prefix) if prefix else None
        sector = agent[0].sector if agent else None
        if kind == "person":
            titled = self._title_actor(span)
            if titled is not None:  # "U.S. Secretary of State X", "Arab League Secretary-General X"
                if titled.sector == "IGO" and titled.country is None:
                    country, cameo, sector = None, None, "IGO"
                elif titled.country is not None:
                    country = titled.country
                    sector = titled.sector or sector
        elif kind == "organization" and country is None and cameo is None:
            # "the Nigerian Union of Teachers", "Israel's Cabinet": a country adjective in
            # the name, or a country as its possessor, gives the body its country
            country, cameo = self.linker.where(span.text.split(), countries_only=True)
            country = country or self._owner_country(span)
            if country is not None and sector is None:
                named = self.linker.find_agent(span.text.split())
                sector = named[0].sector if named else None
        return Resolution(
            id=new_id(span.text, kind),
            name=span.text,
            type=kind,
            country=country,
            sector=sector,
            cameo=cameo,
            how="new",
            confidence=0.5,
        )

    # ------------------------------------------------------------ nominal roles and agents

    def _title_actor(self, span: Span) -> Actor | None:
        """The actor named by the title written right before a new person's name
        ("Russian Foreign Minister", "U.S. Secretary of State", "Arab League
        Secretary-General"): a role, a country or an IGO whose mention ends at most a
        few title words before the name, with no comma or verb in between."""
        doc = span.doc
        start = span.start
        first_of_sentence = span.sent.start
        while (
            start > first_of_sentence
            and span.start - start < 6
            and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "ADP", "PUNCT")
            and (doc[start - 1].pos_ != "ADP" or doc[start - 1].lower_ == "of")
            and (doc[start - 1].pos_ != "PUNCT" or doc[start - 1].text == "-")
        ):
            start -= 1
        if start == span.start:
            return None
        first = doc[start].idx
        best: Actor | None = None
        for mention in self.mentions:
            if first <= mention.start and mention.end <= span.start_char:
                actor = self.actors.get(mention.actor_id)
                if actor is not None and (actor.country or actor.sector == "IGO"):
                    best = actor  # the nearest one before the name wins
        return best

    def _agent_head(self, token: Token) -> bool:
        if token.dep_ == "compound" and token.head.ent_type_ == "PERSON":
            return False  # "President" in "President Emmanuel Macron" is a title
        return self._agent_entry(token) is not None

    def _agent_entry(self, token: Token):  # type: ignore[no-untyped-def]
        words = self.linker.agents
        lemma = singular(token.lower_)
        left = [t for t in token.lefts if t.dep_ in ("compound", "amod") and t.i == token.i - 1]
        if left:
            pair = f"{fold(left[0].text)} {lemma}"
            if pair in words:
                return words[pair]
        return words.get(lemma) or words.get(token.lower_)

    def _nominal(self, token: Token) -> None:
        entry = self._agent_entry(token)
        if entry is None or token.i in self.taken:
            return
        if self.switches.enabled("actors.descriptor.appositive") and _names_a_person(token):
            # "the official representative of the ministry, X": X's description, one
            # actor; the noun becomes a mention of X once X is resolved
            start_tok = self._modifiers_start(token)
            self.appositive_roles.append((start_tok, token))
            return
        if entry.sector == "UNK":
            return
        start_tok = self._modifiers_start(token)
        modifiers = {t.lower_ for t in self.doc[start_tok : token.i]}
        plural = entry.kind == "person" and token.tag_ in ("NNS", "NNPS")
        if entry.kind == "person" and not plural and modifiers & NOT_THIS_ONE:
            return  # "the next president": no one person of the text
        words = [t.text for t in self.doc[start_tok : token.i + 1]]
        if plural:
            self._plural_role(token, start_tok, words)
            return  # "leaders" is no one person; "Afghan rebel leaders" is a group of AFG
        right = [t for t in token.rights if t.dep_ == "prep" and t.lower_ in ("of", "in", "from")]
        tail: list[str] = []
        for prep in right:
            tail += [t.text for t in prep.subtree]
        if any(_ethnic(self.doc, t.i + 1) for t in self.doc[start_tok : token.i]):
            # "ethnic Albanian guerrillas": a minority, not the nationals of Albania
            country, cameo = None, None
        else:
            country, cameo = self.linker.where(words)
        if country is None and cameo is None and tail:
            # "the president of Mongolia", but not "the head of the FBI": only a country counts
            country, cameo = self.linker.where(tail, countries_only=entry.kind == "person")
        det = self.doc[start_tok - 1].lower_ if start_tok > 0 else ""
        span_start = self.doc[start_tok].idx
        span_end = token.idx + len(token)
        text = self.document.text[span_start:span_end]
        found: Resolution | None = None
        if entry.kind == "person":
            found = self._role_holder(entry, country, token, det)
            if found is None and country is None and cameo is None:
                if self.switches.enabled("actors.coref.descriptive"):
                    found = descriptive(self, token, entry)
                if found is None:
                    return  # "a minister" with no country and no antecedent: nobody in particular
        leader_country = None
        if country is None and cameo is None:
            leader_country = self._leader_of(start_tok, token)  # "the Bush administration"
        if found is None:
            if country is None and cameo is None and leader_country is None:
                return  # generic agents count only where the text says whose they are
            found = self.linker.agent(words + tail, self.date, mention=text)
            if found is None:
                return
            if leader_country is not None and found.country is None:
                found.country = leader_country
                found.id = agent_id(leader_country, found.sector)
        for t in self.doc[start_tok : token.i + 1]:
            self.taken.add(t.i)
        self._add(span_start, span_end, text, found, token)
        if entry.kind != "person":
            self._coordinated_agents(token, start_tok, country)

    def _plural_role(self, token: Token, start_tok: int, words: list[str]) -> None:
        """ "Afghan rebel leaders", "Macedonian ministers": several holders of a role,
        read as a group of that country when the phrase names one (else nobody)."""
        country, _ = self.linker.where(words, countries_only=True)
        if country is None:
            return
        entry = self._agent_entry(token)
        kind = self.linker.find_agent(words[:-1])  # "rebel" in "rebel leaders" says which
        sector = kind[0].sector if kind is not None else entry.sector if entry else None
        if sector in (None, "UNK"):
            return
        span_start, span_end = self.doc[start_tok].idx, token.idx + len(token)
        text = self.document.text[span_start:span_end]
        found = Resolution(
            id=agent_id(country, sector),
            name=text,
            type="group",
            country=country,
            sector=sector,
            how="agent",
            confidence=0.7,
        )
        for t in self.doc[start_tok : token.i + 1]:
            self.taken.add(t.i)
        self._add(span_start, span_end, text, found, token)

    def _leader_of(self, start_tok: int, token: Token) -> str | None:
        """The country of a KB person named as a modifier of a government noun
        ("the Bush administration", "the Mugabe government")."""
        for modifier in self.doc[start_tok : token.i]:
            if modifier.ent_type_ != "PERSON":
                continue
            found = self.linker.by_name(modifier.text, self.date, allow_surname=True)
            if found is not None and found.type == "person" and found.country:
                return found.country
        return None

    def _coordinated_modifier(self, token: Token) -> bool:
        """A conjunct of a modifier of an agent noun ("Romanian" in "Hungarian and
        Romanian officials"): the noun phrase pass reads it as an agent of its own."""
        head = token
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        return (
            head is not token
            and head.dep_ in ("amod", "compound", "nmod")
            and self._agent_head(head.head)
        )

    def _coordinated_agents(self, token: Token, start_tok: int, country: str | None) -> None:
        """ "Senior Hungarian and Romanian officials": each coordinated country
        modifier names an agent of its own (ROU officials beside HUN officials)."""
        for modifier in self.doc[start_tok : token.i]:
            if modifier.dep_ != "conj" or not self._coordinated_modifier(modifier):
                continue
            other, _ = self.linker.where([modifier.text], countries_only=True)
            if other is None or other == country:
                continue
            found = self.linker.agent([modifier.text, token.text], self.date, mention=modifier.text)
            if found is None or found.country != other:
                continue
            self._add(modifier.idx, modifier.idx + len(modifier), modifier.text, found, modifier)

    def _modifiers_start(self, token: Token) -> int:
        """First token of the contiguous modifiers before ``token`` (article left out)."""
        start = token.i
        for child in reversed(list(token.lefts)):
            if child.dep_ not in PREMODIFIERS or child.right_edge.i != start - 1:
                break  # "Russia's foreign minister": poss, amod; a comma or clause stops it
            start = child.left_edge.i
        while start < token.i and self.doc[start].dep_ in ("det", "predet", "nummod"):
            start += 1  # "the Turkish president" -> "Turkish president"
        return start

    def _role_holder(self, entry, country: str | None, token: Token, det: str) -> Resolution | None:  # type: ignore[no-untyped-def]
        """Who "the Turkish president" / "the president" names in this document."""
        noun = entry.phrase
        if country is not None:
            # a person of this document holding that role wins over the KB
            for actor_id in self._recent_people():
                actor = self.actors[actor_id]
                if actor.country == country and actor.role and fold(actor.role).startswith(noun):
                    return self._again(actor_id, "role", _CONFIDENCE["role_holder"])
            return self.linker.office_holder(entry.office, country, self.date, noun)
        if det not in ("the", "this", "that") or entry.office == "LEADER":
            return None  # "the leader"/"the head" alone is too vague to follow
        # a bare "the president": the most recent person of this document with that title
        sentence = self.sent_index.get(token.i, 0)
        for seen in reversed(self.memory):
            earlier = self.actors.get(seen.actor_id)
            if earlier is None or earlier.type != "person" or seen.start >= token.idx:
                continue
            if sentence - seen.sentence > PRONOUN_REACH * 2:
                break
            if earlier.role and fold(earlier.role).startswith(noun):
                return self._again(earlier.id, "role", _CONFIDENCE["bare_role"])
        return None

    # ------------------------------------------------------------ pronouns

    def _pronoun(self, token: Token) -> None:
        gender = PRONOUNS[token.lower_]
        sentence = self.sent_index.get(token.i, 0)
        candidates = [
            s
            for s in self.memory
            if s.start < token.idx
            and sentence - s.sentence <= PRONOUN_REACH
            and self._is_person(s.actor_id)
            and self.gender.get(s.actor_id) in (None, gender)
        ]
        if not candidates:
            return
        same = [s for s in candidates if s.sentence == sentence]
        choice: Seen | None = None
        if token.lower_ in REFLEXIVE or token.tag_ == "PRP$":
            subjects = [s for s in same if s.subject]
            choice = subjects[-1] if subjects else None
        if choice is None and same and _is_subject(token):
            subjects = [s for s in same if s.subject]
            choice = subjects[-1] if subjects else None
        if choice is None:
            for back in range(0, PRONOUN_REACH + 1):
                here = [s for s in candidates if s.sentence == sentence - back]
                subjects = [s for s in here if s.subject]
                if back == 0 and not subjects:
                    continue
                if subjects:
                    choice = subjects[-1]
                    break
                if here and back > 0:
                    choice = here[-1]
                    break
        if choice is None:
            return
        found = self._again(choice.actor_id, "pronoun", _CONFIDENCE["pronoun"])
        self._add(token.idx, token.idx + len(token), token.text, found, token)

    # ------------------------------------------------------------ memory

    def _is_person(self, actor_id: str) -> bool:
        actor = self.actors.get(actor_id)
        return actor is not None and actor.type == "person" and not actor_id.startswith("agent:")

    def _recent_people(self) -> list[str]:
        order: list[str] = []
        for seen in reversed(self.memory):
            if seen.actor_id not in order and self._is_person(seen.actor_id):
                order.append(seen.actor_id)
        return order

    def _again(self, actor_id: str, how: str, confidence: float) -> Resolution:
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

    def _add(
        self, start: int, end: int, text: str, found: Resolution, anchor: Span | Token
    ) -> None:
        if self.document.text[start:end] != text:
            raise AssertionError("mention offsets do not index the document text")
        if found.id not in self.actors:
            sector = found.sector if found.type != "country" else None
            if found.kb is not None and found.type == "country" and found.kb.sector == "PRE":
                sector = "PRE"
            self.actors[found.id] = Actor(
                id=found.id,
                name=found.name,
                type=found.type,  # type: ignore[arg-type]
                country=found.country,
                sector=sector,
                role=found.role,
                wiki=found.wiki,
                confidence=found.confidence,
                cameo=found.cameo,
                kb_conflict=found.kb_conflict,
            )
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
        if how in ("name", "alias", "fuzzy", "short", "new") and fold(text):
            self.surface.setdefault(found.id, set()).add(fold(text))
        root = anchor.root if isinstance(anchor, Span) else anchor
        self.memory.append(Seen(found.id, start, self.sent_index.get(root.i, 0), _is_subject(root)))
        if isinstance(anchor, Span):
            self.taken.update(range(anchor.start, anchor.end))
            before = anchor.doc[anchor.start - 1].lower_.rstrip(".") if anchor.start else ""
            if self.gender.get(found.id) is None and before in HONORIFIC_GENDER:
                self.gender[found.id] = HONORIFIC_GENDER[before]  # "Mrs. Clinton"


_HOWS = {"name", "alias", "fuzzy", "role", "agent", "pronoun", "short", "new"}
_OTHER_PRONOUNS = GROUP_PRONOUNS | BODY_PRONOUNS


CREDIT_LINE = declare(
    "actors.names.credit_line",
    "a name in a credit, byline or agency line ('Reporting by X; Editing by Y', 'Photo: "
    "X/AFP', '(Reuters)') is no actor, even where ingest left the line in the text",
)
_CREDIT_CUES = word_list("kb/credit_cues.txt")
_CREDIT = re.compile(
    r"(?:^|[\n;|(])\s*(?:"
    + "|".join(sorted((re.escape(c) for c in _CREDIT_CUES), key=len, reverse=True))
    # "Reporting by A", "Photo: A", and the next names of a list ("by A and B", "A, B")
    + r")\s*(?:by\b|:)\s*(?:[^\n;|.!?:]{0,60}?(?:,|\band\b)\s*)?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"(?:^|\n)\s*by\s*$", re.IGNORECASE)  # "By Jane Doe" on a line of its own
_AGENCY_SLOT = re.compile(r"(?:\(\s*$|/\s*$)")  # "(Reuters)", "Photo: Jane Doe/AFP"


def _in_credit_line(text: str, ent: Span) -> bool:
    """The name sits in a credit line: a credit cue and "by" or ":" open its line (or a
    stretch after ';', '|', '(') right before it, or it is an agency in "(...)" or after
    a slash."""
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    before = text[max(line_start, ent.start_char - 120) : ent.start_char]
    if _CREDIT.search(before) or _BYLINE.search(before):
        return True
    after = text[ent.end_char : ent.end_char + 2]
    return (
        bool(_AGENCY_SLOT.search(before)) and after[:1] in (")", "\n", "") and (ent.label_ == "ORG")
    )


def _names_a_person(token: Token) -> bool:
    """The noun stands in apposition with a person's name (either way round)."""
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in token.children)


def _trim(ent: Span) -> Span | None:
    """Drop a leading article and a trailing possessive from an entity span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
        end -= 1
    if start >= end:
        return None
    return Span(doc, start, end, label=ent.label_, kb_id=ent.kb_id_ or ent.ent_id_)


def _with_titles(span: Span) -> str:
    """The entity with the title words written right before it ("US Senator" Marco Rubio)."""
    doc = span.doc
    start = span.start
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod", "nmod")
        and start <= doc[start - 1].head.i < span.end
        and doc[start - 1].ent_type_ in ("", "NORP", "GPE", "ORG")
    ):
        start -= 1
    return doc[start : span.end].text


def _ethnic(doc: Doc, i: int) -> bool:
    """The word before token ``i`` is "ethnic": what follows names an ethnic group
    ("ethnic Turks" in Bulgaria), whose country is not the demonym's."""
    return i > 0 and doc[i - 1].lower_ == "ethnic"


def _is_subject(token: Token) -> bool:
    if token.dep_ in SUBJECT_DEPS:
        return True
    # "Macron's" / "his" inside a subject phrase makes its owner salient too
    return token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS


def _is_place_use(span: Span) -> bool:
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE


def _is_speech_subject(span: Span) -> bool:
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in SPEECH_VERBS
