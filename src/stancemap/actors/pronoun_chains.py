"""A document's he/she chains decided as a whole (rule ``actors.coref.entity_chains``).

The one-pass resolver (``coref.person_pronoun``) gives each he/him/his/she/her a person
as it meets it, from the remembered mentions before it - its own earlier pronoun links
among them. A wrong early link is then the antecedent of every later pronoun, and a
constraint on one pronoun (binding: "She applauded him" - him is not She's person) only
pushes that pronoun to the next nearest name. Run after every name is settled, this pass
decides the pronouns again over ENTITIES - each person of the document with the named
mentions it has and the pronouns given to it so far:

* agreement over the whole cluster: an entity whose gender the KB or an honorific does not
  give takes the gender its own pronouns show (decided in a first pass, then used as a
  hard constraint in the second: "Cruz ... he ... he ... She applauded him": not Cruz);
* binding: a non-reflexive object pronoun is not the person its own clause's named subject
  names (rule ``actors.coref.chains_binding``);
* a he/him/his inside a quotation is not that quotation's speaker (rule
  ``quoted_pronoun_not_speaker``), as a constraint on the choice, not a later move;
* salience as the one-pass resolver reads it: this sentence's subject for a possessive,
  subject or reflexive, then sentence by sentence back, the latest subject, else the
  latest mention (named or a pronoun already in the chain), in text order; a pronoun of
  the narrative never takes a pronoun inside a quotation as its antecedent;
* ``actors.coref.chains_nearer_objects`` (on with entity_chains): a name earlier in the
  pronoun's own sentence that is no subject ("he likes Clinton and may endorse her")
  comes before the sentences above;
* ``actors.coref.chains_bound_near``: when a constraint removed the most salient entity, the
  pronoun takes another only if that one is mentioned in its sentence or the one before;
  else it names no one (a far name is more often wrong than right).

Reflexives its own clause decides (``reflexive_own_clause``) keep that person; an
indefinite person ("A woman ... her", ``indefinite_person``) is an entity that names no
actor. Offsets and evidence are the pronoun's own, as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from ..datafiles import word_list
from ..nlp.quote_marks import QuotedSpan, find_quoted
from ..nlp.view import DocView, doc_view
from ..rules import declare
from .coref import (
    INDEFINITE_PERSON,
    PERSON_PRONOUNS,
    REFLEXIVE,
    REFLEXIVE_OWN_CLAUSE,
    coargument_subjects,
    higher_clause_subjects,
    reflexive_referent,
    unnamed_people,
)
from .first_names import name_gender
from .named_parties import BY_NAME_HOWS
from .quoted_pronouns import (
    QUOTED_PRONOUN_NOT_SPEAKER,
    _speaker_tokens,
    drop_marked,
    rebind,
)
from .spans import POSSESSIVE_MARKS, is_subject

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..records import ActorMention
    from .resolve import DocumentResolver

ENTITY_CHAINS = declare(
    "actors.coref.entity_chains",
    "he/she decided over entities as a whole: a person of unknown gender takes the gender "
    "of its own pronouns, a quotation's speaker excludes an entity (also one a subject "
    "pronoun names)",
)
CHAINS_BINDING = declare(
    "actors.coref.chains_binding",
    "with entity_chains: a non-reflexive object pronoun is never the person its own "
    "clause's named subject names ('Ryan met Trump. Ryan criticized him': not Ryan); where "
    "the chain chose that person, the pronoun names no one, unless "
    "chains_binding_higher_subject finds it another",
)
CHAINS_BINDING_HIGHER = declare(
    "actors.coref.chains_binding_higher_subject",
    "with chains_binding: the object pronoun "
    "takes the person named by the subject of the clause just above its own, if that one "
    "fits and is within reach ('Brandt said that Quist had misled him': Brandt), else no one",
)
CHAINS_NEARER_OBJECTS = declare(
    "actors.coref.chains_nearer_objects",
    "with entity_chains: when no subject of the pronoun's own sentence fits, a person named "
    "earlier in that sentence ('he likes Clinton and may endorse her') comes before the "
    "sentences above (one pass took its subjects only)",
)
CHAINS_BOUND_NEAR = declare(
    "actors.coref.chains_bound_near",
    "with entity_chains: when binding or a quotation's speaker removed the most salient "
    "entity, a pronoun takes another only if it is mentioned in the pronoun's sentence or "
    "the one before, else no one",
)
FIRST_NAME_GENDER = declare(
    "actors.coref.first_name_gender",
    "with entity_chains: a person the KB and an honorific give no gender takes its first "
    "name's usual gender (lexicon/first_name_gender.tsv, derived from the US SSA baby-name "
    "counts) before its own pronouns are counted; a first name of no clear gender stays unknown",
)
CHAINS_SPEAKER_FIRST = declare(
    "actors.coref.chains_speaker_first",
    "with entity_chains: a pronoun that is the speaker of a quotation ('\"She has nothing "
    "to prove,\" he said') is decided before the pronouns inside that quotation, so the "
    "speaker constraint on them reads the speaker's entity",
)
CHAINS_ABSTAIN = declare(
    "actors.coref.chains_abstain",
    "with entity_chains: the chain's person stands when evidence gives it the pronoun's "
    "gender (KB, honorific, first name, its own plain he/she); a person of unknown gender, "
    "or no one, replaces the one-pass person only when that one breaks a constraint "
    "(such a gender, binding, the quotation's speaker)",
)
FIRST_NAME_YIELDS = declare(
    "actors.coref.first_name_yields",
    "with first_name_gender: a first name's gender is no hard filter where the document's "
    "own he/she says otherwise: a person whose gender only its first name gives takes the "
    "gender of the plain pronouns of the narrative that can be only theirs (the one person "
    "named in the pronoun's sentence and the one before), at least two and twice the other "
    "(an honorific or the KB already come before the first name)",
)
CHAINS_NAME_COMMANDED = declare(
    "actors.coref.chains_name_commanded",
    "with entity_chains: a subject he/she is not the person a name later in its own clause "
    "names ('He dismisses accusations that Trump exploited ...': not Trump; binding "
    "condition C), a name in its own apposition ('he (Trump)') and a coordinated clause "
    "with a subject of its own apart",
)


@dataclass
class _Entry:
    """One mention of an entity: a named mention, a pronoun of the chain, an unnamed person."""

    key: str  # actor id; "" for an unnamed person ("a woman")
    start: int
    sentence: int
    subject: bool
    named: bool = False  # a name or title, not a pronoun of the chain


@dataclass
class _Pronoun:
    token: Token
    gender: str
    sentence: int
    salient_own: bool  # possessive, reflexive or subject: this sentence's subject first
    fixed: str | None = None  # a reflexive its own clause decides
    named_bound: frozenset[str] = frozenset()  # people its clause's named subject names
    higher: list[Token] = field(default_factory=list)  # the subject of the clause above
    speakers: list[Token] = field(default_factory=list)  # subjects of its quotation's verbs
    quoted: bool = False  # inside quotation marks
    unnamed: list[_Entry] = field(default_factory=list)
    greedy: str | None = None  # the one-pass resolver's person
    commanded: frozenset[str] = frozenset()  # people named later in its clause (condition C)


def settle_pronoun_chains(resolver: DocumentResolver) -> None:
    """Decide every he/she pronoun of the document again, jointly (see the module)."""
    switches = resolver.switches
    if not switches.enabled(ENTITY_CHAINS):
        return
    tokens = [t for t in resolver.pronoun_tokens if t.lower_ in PERSON_PRONOUNS]
    if not tokens:
        return
    starts = {t.idx for t in tokens}
    named = _named_entries(resolver, starts)
    people = _named_people(resolver)
    pronouns = [_pronoun(resolver, t, people) for t in tokens]
    for p in pronouns:
        p.greedy = _pronoun_mention(resolver, p.token)
    chains = _Chains(
        resolver,
        named,
        pronouns,
        switches.enabled(CHAINS_BOUND_NEAR),
        switches.enabled(CHAINS_NEARER_OBJECTS),
    )
    first = chains.run({})
    decided = chains.run(chains.genders(first))
    if switches.enabled(CHAINS_ABSTAIN):
        decided = chains.abstain(decided)
    _apply(resolver, pronouns, decided)


def _named_entries(resolver: DocumentResolver, pronoun_starts: set[int]) -> list[_Entry]:
    doc = resolver.doc
    out = []
    for m in resolver.mentions:
        if m.start in pronoun_starts or not resolver.is_person(m.actor_id):
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        root = span.root
        sentence = resolver.sent_index.get(root.i, 0)
        out.append(_Entry(m.actor_id, m.start, sentence, is_subject(root), named=True))
    out.sort(key=lambda e: e.start)
    return out


def _named_people(resolver: DocumentResolver) -> tuple[list[int], list[ActorMention]]:
    """The mentions by name of people, by start (a stable sort keeps the list's order), with
    their starts: ``commanded_people`` bisects them instead of reading every mention for
    every pronoun (session 48). No mention changes while the pronouns are read."""
    kept = sorted(
        (m for m in resolver.mentions if m.how in BY_NAME_HOWS and resolver.is_person(m.actor_id)),
        key=lambda m: m.start,
    )
    return [m.start for m in kept], kept


def _pronoun(
    resolver: DocumentResolver,
    token: Token,
    people: tuple[list[int], list[ActorMention]] | None = None,
) -> _Pronoun:
    gender = PERSON_PRONOUNS[token.lower_]
    sentence = resolver.sent_index.get(token.i, 0)
    reflexive = token.lower_ in REFLEXIVE
    item = _Pronoun(
        token,
        gender,
        sentence,
        salient_own=reflexive or token.tag_ == "PRP$" or is_subject(token),
    )
    switches = resolver.switches
    if reflexive and switches.enabled(REFLEXIVE_OWN_CLAUSE):
        own = reflexive_referent(resolver, token, gender)
        if own is not None:
            item.fixed = own.id
    if switches.enabled(CHAINS_BINDING) and _plain_object(token):
        item.named_bound = frozenset(
            m.actor_id
            for subject in _binding_subjects(token)
            if subject.pos_ != "PRON"
            for m in resolver.mentions
            if m.start <= subject.idx < m.end
            and m.how != "pronoun"
            and resolver.is_person(m.actor_id)
        )
        if item.named_bound and switches.enabled(CHAINS_BINDING_HIGHER):
            item.higher = [t for t in higher_clause_subjects(token) if t.i < token.i]
    if switches.enabled(CHAINS_NAME_COMMANDED) and not reflexive:
        item.commanded = commanded_people(resolver, token, people)
    if switches.enabled(INDEFINITE_PERSON):
        item.unnamed = [
            _Entry(u.actor_id, u.start, u.sentence, u.subject, named=True)
            for u in unnamed_people(resolver, token, sentence, gender)
        ]
    return item


_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a quotation mark, not an apostrophe ("he's", "Trump's"): a quotation opens between them
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u2018]|(?<![A-Za-z])['\u2019]")


def _quotations(resolver: DocumentResolver) -> list[tuple[int, int]]:
    """The document's quotations (inner offsets), found once per document."""
    kept: tuple[str, list[tuple[int, int]]] | None = getattr(resolver, "_quotations", None)
    text = resolver.document.text
    if kept is None or kept[0] != text:
        kept = (text, [(q.inner_start, q.inner_end) for q in find_quoted(text)])
        resolver._quotations = kept  # type: ignore[attr-defined]
    return kept[1]


def _inside(quotes: list[tuple[int, int]], position: int) -> bool:
    return any(start <= position < end for start, end in quotes)


def _subtree(view: DocView, i: int) -> set[int]:
    """The positions of ``Token.subtree`` (the word and all below it), read on the view
    without a Token per word."""
    out, todo = {i}, [i]
    while todo:
        for child in view.children[todo.pop()]:
            if child not in out:
                out.add(child)
                todo.append(child)
    return out


def commanded_people(
    resolver: DocumentResolver,
    token: Token,
    people: tuple[list[int], list[ActorMention]] | None = None,
) -> frozenset[str]:
    """Rule ``chains_name_commanded``: the people named (no pronoun) after a subject pronoun
    inside its own clause - its verb's words, less the pronoun's own phrase ("he (Trump)")
    and a coordinated clause with a subject of its own ("He left and Trump stayed").
    ``people``: ``_named_people`` of the resolver as it is now (else read here)."""
    if token.dep_ not in _CLAUSE_SUBJECTS or token.tag_ == "PRP$":
        return frozenset()
    verb = token.head
    if verb.i == token.i:
        return frozenset()
    view = doc_view(token.doc)
    apart = _subtree(view, token.i)
    for child in view.children[verb.i]:
        if view.dep[child] == "conj" and any(
            view.dep[c] in _CLAUSE_SUBJECTS for c in view.children[child]
        ):
            apart |= _subtree(view, child)
    clause = {i for i in _subtree(view, verb.i) if i > token.i and i not in apart}
    if not clause:
        return frozenset()
    first, last = min(clause), max(clause)
    doc = resolver.doc
    quotes = _quotations(resolver)
    quoted = _inside(quotes, token.idx)
    text = resolver.document.text
    out = set()
    low, high = doc[first].idx, doc[last].idx
    # a name, not a description ("the president") another rule linked, within the clause
    starts, named = people if people is not None else _named_people(resolver)
    for m in named[bisect_left(starts, low) : bisect_right(starts, high)]:
        if _inside(quotes, m.start) != quoted or _QUOTE_MARK.search(text, token.idx, m.start):
            continue  # 'he said, "this is Bill Clinton"': a speaker may name himself
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and len(span) > 0 and span.root.i in clause:
            out.add(m.actor_id)
    return frozenset(out)


_OBJECT_CASE = frozenset({"him", "her"})
_DIRECT_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "obj"})
_NOUN_PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _plain_object(token: Token) -> bool:
    """Rule ``chains_binding`` reads only a direct object in the object case: "his" as an
    object is a possessive ("pay his"), a "her" before a noun may be one ("tweeted her
    thanks"), and a preposition's object may be an adjunct's, which its clause's subject
    can be ("twirl before him", "with Cruz behind him")."""
    if token.lower_ not in _OBJECT_CASE or token.dep_ not in _DIRECT_OBJECT_DEPS:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not (token.lower_ == "her" and after is not None and after.pos_ in _NOUN_PHRASE_POS)


@cache
def _object_control_verbs() -> frozenset[str]:
    return frozenset(word_list("lexicon/object_control_verbs.txt"))


def _binding_subjects(token: Token) -> list[Token]:
    """The subjects that bind the object pronoun (``coargument_subjects``), less two the
    parse offers wrongly: a possessor made subject ("Schultz's 12 years ... give her": the
    years give), and the object of a verb of no object control standing for an
    infinitive's doer ("I emailed Brafman to thank him": I thank; WordNet frame 24 verbs,
    ``lexicon/object_control_verbs.txt``): there the pronoun is not bound at all."""
    out: list[Token] = []
    for subject in coargument_subjects(token):
        if any(c.dep_ == "case" and c.text in POSSESSIVE_MARKS for c in subject.children):
            continue
        if subject.dep_ in ("dobj", "obj") and subject.head.lemma_.lower() not in (
            _object_control_verbs()
        ):
            continue  # the doer is unsure (the list misses verbs: "whom X empowered to help him")
        out.append(subject)
    return out


def _quote_speakers(resolver: DocumentResolver, pronouns: list[_Pronoun]) -> list[QuotedSpan]:
    """Each pronoun inside a quotation: whether it is, and the subjects of the reporting
    verbs the parse ties to that quotation (a pronoun that is itself such a subject - a
    quotation the marks pair wrongly - has none)."""
    spans = list(find_quoted(resolver.document.text))
    speaking: set[int] = set()
    by_span = []
    for span in spans:
        inside = [
            p for p in pronouns if span.inner_start <= p.token.idx and p.token.idx < span.inner_end
        ]
        if not inside:
            continue
        subjects = _speaker_tokens(resolver.doc, span)
        speaking |= {t.i for t in subjects}
        by_span.append((inside, subjects))
    for inside, subjects in by_span:
        for p in inside:
            p.quoted = True
            if p.token.i not in speaking:
                p.speakers += [t for t in subjects if t.i != p.token.i]
    return spans


class _Chains:
    """The joint decision: two passes over the pronouns in text order."""

    def __init__(
        self,
        resolver: DocumentResolver,
        named: list[_Entry],
        pronouns: list[_Pronoun],
        near_only: bool,
        hobbs: bool = True,
    ) -> None:
        self.hobbs = hobbs
        self.resolver = resolver
        self.named = named
        self.pronouns = pronouns
        self.near_only = near_only
        self.quotes = [(q.inner_start, q.inner_end) for q in _quote_speakers(resolver, pronouns)]
        self.known = {e.key: resolver.gender.get(e.key) for e in named}
        if resolver.switches.enabled(FIRST_NAME_GENDER):
            plain = (
                self.plain_genders()
                if resolver.switches.enabled(FIRST_NAME_YIELDS)
                else dict[str, str]()
            )
            for key, gender in self.known.items():
                if gender is None and key in resolver.actors:
                    self.known[key] = plain.get(key) or name_gender(resolver.actors[key].name)
        self.speaker_first = resolver.switches.enabled(CHAINS_SPEAKER_FIRST)
        self.not_speaker = resolver.switches.enabled(QUOTED_PRONOUN_NOT_SPEAKER)

    # ------------------------------------------------------------ one pass

    def run(self, inferred: dict[str, str]) -> dict[int, str | None]:
        """Pronoun index -> entity key (actor id; "" or None: no one)."""
        self.inferred = inferred
        self.chain: list[_Entry] = []
        decided: dict[int, str | None] = {}
        for n in self._order():
            p = self.pronouns[n]
            if n in decided:
                continue
            if p.fixed is not None:
                decided[n] = p.fixed
                self._join(p, p.fixed)
                continue
            ranked = self._ranked(p, decided)
            decided[n] = self._unbound(p, ranked, self._choose(p, ranked))
            self._join(p, decided[n])
        return decided

    def _order(self) -> list[int]:
        """Text order; with ``chains_speaker_first``, a pronoun that speaks a quotation
        comes right before the first pronoun inside that quotation."""
        order = list(range(len(self.pronouns)))
        if not self.speaker_first:
            return order
        at = {p.token.i: n for n, p in enumerate(self.pronouns)}
        out: list[int] = []
        placed: set[int] = set()
        for n in order:
            for speaker in self.pronouns[n].speakers:
                m = at.get(speaker.i)
                if m is not None and m > n and m not in placed and self.pronouns[m].fixed is None:
                    out.append(m)
                    placed.add(m)
            if n not in placed:
                out.append(n)
                placed.add(n)
        return out

    def _choose(self, p: _Pronoun, ranked: list[tuple[str, bool]]) -> str | None:
        if not ranked:
            return None
        key, constrained = ranked[0]
        if constrained and self.near_only:
            entries = [e for e in self._entries(p) if e.key == key]
            if not entries or p.sentence - max(e.sentence for e in entries) > 1:
                return None
        return key or None

    def _unbound(self, p: _Pronoun, ranked: list[tuple[str, bool]], key: str | None) -> str | None:
        """Rule ``chains_binding``: an object pronoun the chain gave its own clause's named
        subject ("Ryan criticized him") is not that person. It names no one, unless the subject
        of the clause above (``chains_binding_higher_subject``) is there: salience order
        alone moved such pronouns to wrong next candidates (session 27's binding)."""
        if not key or key not in p.named_bound:
            return key
        others = {name or f"unnamed:{n}" for n, (name, _) in enumerate(ranked)} - p.named_bound
        for key in self._entities_at(p.higher):  # rule chains_binding_higher_subject
            if key in others:
                return key
        return None

    def _entities_at(self, tokens: list[Token]) -> list[str]:
        """The entity of each token: a named person's mention over it, or the entity the
        chain gave it as a pronoun."""
        out: list[str] = []
        for token in tokens:
            out += [e.key for e in self.chain if e.start == token.idx and e.key]
            out += [
                m.actor_id
                for m in self.resolver.mentions
                if m.start <= token.idx < m.end
                and m.how != "pronoun"
                and self.resolver.is_person(m.actor_id)
            ]
        return out

    def _join(self, p: _Pronoun, key: str | None) -> None:
        if key:
            self.chain.append(_Entry(key, p.token.idx, p.sentence, is_subject(p.token)))

    # ------------------------------------------------------------ salience

    def _entries(self, p: _Pronoun) -> list[_Entry]:
        """The mentions before ``p`` within reach, in text order; for a pronoun of the
        narrative, no pronoun inside a quotation (a speaker's "he" is no antecedent of the
        narrator's: '"... endorsed him," Tester said. He dismissed ...')."""
        reach = self.resolver.reach
        return sorted(
            (
                e
                for e in (*self.named, *self.chain, *p.unnamed)
                if e.start < p.token.idx
                and 0 <= p.sentence - e.sentence <= reach
                and (e.named or p.quoted or not self._quoted(e.start))
            ),
            key=lambda e: e.start,
        )

    def _excluded(self, p: _Pronoun, decided: dict[int, str | None]) -> set[str]:
        """Entities a constraint removes: its quotation's speakers, each a named person or the
        entity the chain gave a subject pronoun, and the people named later in its clause."""
        tokens = p.speakers if self.not_speaker else []
        out: set[str] = set(p.commanded)
        for subject in tokens:
            chained = [e.key for e in self.chain if e.start == subject.idx]
            if chained or subject.lower_ in PERSON_PRONOUNS:
                out.update(k for k in chained if k)
                continue
            for m in self.resolver.mentions:
                if m.start <= subject.idx < m.end and self.resolver.is_person(m.actor_id):
                    out.add(m.actor_id)
        return out

    def _quoted(self, position: int) -> bool:
        return any(start <= position < end for start, end in self.quotes)

    def _fits(self, key: str, gender: str) -> bool:
        if not key:
            return True  # an unnamed person was matched by its own noun
        known = self.known.get(key) or self.resolver.gender.get(key) or self.inferred.get(key)
        return known in (None, gender)

    def _ranked(self, p: _Pronoun, decided: dict[int, str | None]) -> list[tuple[str, bool]]:
        """Entities for ``p``, most salient first, each with whether a constraint removed a
        more salient one before it."""
        entries = [e for e in self._entries(p) if self._fits(e.key, p.gender)]
        excluded = self._excluded(p, decided)
        order: list[_Entry] = []
        same = [e for e in entries if e.sentence == p.sentence]
        if p.salient_own:
            order += [e for e in reversed(same) if e.subject]
        for back in range(self.resolver.reach + 1):
            here = [e for e in entries if e.sentence == p.sentence - back]
            order += [e for e in reversed(here) if e.subject]
            if back > 0:
                order += [e for e in reversed(here) if not e.subject]
            elif self.hobbs:  # a name before it in its sentence, on its side of the quotes
                order += [
                    e
                    for e in reversed(here)
                    if not e.subject and e.named and self._quoted(e.start) == p.quoted
                ]
        out: list[tuple[str, bool]] = []
        seen: set[str] = set()
        constrained = False
        for e in order:
            name = e.key or f"unnamed:{e.start}"
            if name in seen:
                continue
            seen.add(name)
            if e.key and e.key in excluded:
                constrained = True
                continue
            out.append((e.key, constrained))
        return out

    def plain_genders(self) -> dict[str, str]:
        """Rule ``first_name_yields``: the gender the document's own plain pronouns give a
        person of unknown gender: pronouns of the narrative (outside quotation marks) for
        which that person is the only one named in the pronoun's sentence (before it) and
        the sentence before; at least two, and twice those of the other gender."""
        counts: dict[str, dict[str, int]] = {}
        for p in self.pronouns:
            if p.quoted or p.fixed is not None:
                continue
            near = {
                e.key
                for e in self.named
                if e.key and e.start < p.token.idx and 0 <= p.sentence - e.sentence <= 1
            }
            if len(near) != 1:
                continue
            (key,) = near
            if self.known.get(key) is None:
                by = counts.setdefault(key, {"m": 0, "f": 0})
                by[p.gender] += 1
        out = {}
        for key, by in counts.items():
            for gender, other in (("m", "f"), ("f", "m")):
                if by[gender] >= 2 and by[gender] >= 2 * by[other]:
                    out[key] = gender
        return out

    # ------------------------------------------------------------ abstaining

    def gender_of(self, key: str) -> str | None:
        """The gender the evidence gives an entity: the KB, an honorific, its first name
        (``first_name_gender``) or its own plain pronouns; None: unknown."""
        return self.known.get(key) or self.resolver.gender.get(key) or self.inferred.get(key)

    def abstain(self, decided: dict[int, str | None]) -> dict[int, str | None]:
        """Rule ``chains_abstain``: a move the evidence does not back is not made. The
        chain's person stands when the evidence gives it the pronoun's gender (the KB, an
        honorific, its first name, its own plain pronouns); a person of unknown gender, or
        no one, replaces the one-pass person only when that one breaks a constraint (a
        gender the evidence gives, binding, the quotation's speaker). Unknown gender is no
        evidence either way."""
        out = dict(decided)
        for n, p in enumerate(self.pronouns):
            chosen = decided.get(n) or None
            old = p.greedy
            if chosen == old or p.fixed is not None:
                continue
            if chosen is not None and self.gender_of(chosen) == p.gender:
                continue  # a person the evidence makes of that gender
            if old is not None and (
                self.gender_of(old) not in (None, p.gender)
                or old in self._excluded(p, decided)
                or old in p.named_bound
                or old in p.commanded
            ):
                continue  # the one-pass person is ruled out
            out[n] = old
        return out

    # ------------------------------------------------------------ cluster gender

    def genders(self, decided: dict[int, str | None]) -> dict[str, str]:
        """The gender each entity of unknown gender shows by its own pronouns: the larger
        count when it is at least twice the other. Only a pronoun of the narrative (outside
        quotation marks) whose entity is named in its sentence or the one before counts:
        a link the text makes plainly ("Garcia shook his head")."""
        counts: dict[str, dict[str, int]] = {}
        for n, key in decided.items():
            p = self.pronouns[n]
            if not key or p.quoted or self.known.get(key) or self.resolver.gender.get(key):
                continue
            if not any(
                e.key == key and e.start < p.token.idx and 0 <= p.sentence - e.sentence <= 1
                for e in self.named
            ):
                continue
            by = counts.setdefault(key, {"m": 0, "f": 0})
            by[p.gender] += 1
        out = {}
        for key, by in counts.items():
            if by["m"] > by["f"] and by["m"] >= 2 * by["f"]:
                out[key] = "m"
            elif by["f"] > by["m"] and by["f"] >= 2 * by["m"]:
                out[key] = "f"
        return out


def _pronoun_mention(resolver: DocumentResolver, token: Token) -> str | None:
    """The person the one-pass resolver gave ``token`` (None: none)."""
    for m in resolver.mentions:
        if m.start == token.idx and m.how == "pronoun" and m.end == token.idx + len(token):
            return m.actor_id or None
    return None


def _apply(
    resolver: DocumentResolver, pronouns: list[_Pronoun], decided: dict[int, str | None]
) -> None:
    """Give each pronoun its entity: change, add or drop its mention (and memory)."""
    dropped: set[int] = set()
    for n, p in enumerate(pronouns):
        token = p.token
        key = decided.get(n) or None
        mention = next(
            (
                m
                for m in resolver.mentions
                if m.start == token.idx and m.how == "pronoun" and m.end == token.idx + len(token)
            ),
            None,
        )
        seen = next((s for s in resolver.memory if s.start == token.idx), None)
        if mention is None:
            if key is not None:
                resolver.add(
                    token.idx,
                    token.idx + len(token),
                    token.text,
                    resolver.again(key, "pronoun", "pronoun"),
                    token,
                )
            continue
        rebind(resolver, mention, seen, key, dropped)
    drop_marked(resolver, dropped)
