"""What the resolver reads in a document, in text order, outside boilerplate.

Names (NER and KB entity-ruler spans of the labels in ``spans.NAME_LABELS``),
proper-noun runs NER missed ("Orbon then left ..."), nouns heading an agents
lexicon phrase, and pronouns. At one offset a name comes before a token.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..datafiles import read_table
from ..nlp.view import doc_view
from ..rules import declare
from .coref import BODY_PRONOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS
from .demonym_people import DEMONYM_PEOPLE_NOUN, demonym_people_span
from .given_name_places import GIVEN_NAME_PLACE, given_name_place
from .glued_words import GLUED_LABELS, glued_cut
from .headline_cut import CUT_LABELS, headline_cut, headline_lead_verb
from .name_joins import COUNTRY_INSIDE_NAME, KB_NAME_JOIN, TRUNCATED_ORG_JOIN, joined_ents
from .nominals import agent_head
from .normalize import fold
from .not_actors import (
    LOWERCASE_PERSON,
    NAME_WORD_COMPOUND,
    lowercase_person,
    name_word_compound,
)
from .spans import NAME_LABELS, UNTAGGED
from .speaking_groups import speaking_group
from .untagged_demonyms import UNTAGGED_DEMONYM, untagged_demonym

if TYPE_CHECKING:
    from ..ingest import Document
    from .resolve import DocumentResolver

ALL_PRONOUNS = frozenset(PERSON_PRONOUNS) | GROUP_PRONOUNS | BODY_PRONOUNS
SURNAME_SUBJECT = declare(
    "actors.names.surname_subject",
    "'Sanders later left': a sentence's first word that the tagger made a noun, is its "
    "subject and is a KB person's surname, is read as a name",
)


class Excluded:
    """Boilerplate stretches of a document, asked whether a span touches one."""

    def __init__(self, document: Document) -> None:
        self.stretches = sorted((ex.start, ex.end) for ex in document.excluded)
        self._starts = [start for start, _ in self.stretches]

    def __call__(self, start: int, end: int) -> bool:
        """True when ``start`` or ``end`` falls inside an excluded stretch."""
        if not self.stretches:
            return False
        # only stretches starting at or before ``end`` can hold either edge
        for ex_start, ex_end in self.stretches[: bisect_right(self._starts, end)]:
            if ex_start <= start < ex_end or ex_start < end <= ex_end:
                return True
        return False


def candidates(resolver: DocumentResolver) -> list[Span | Token]:
    """Entities, agent-noun heads and pronouns, in text order, outside boilerplate."""
    doc = resolver.doc
    excluded = Excluded(resolver.document)
    items: list[tuple[int, int, Span | Token]] = []
    ent_tokens: set[int] = set()
    common_first = resolver.switches.enabled(COMMON_NOUN_FIRST)
    contest = resolver.switches.enabled(CONTEST_SPLIT)
    lower_person = resolver.switches.enabled(LOWERCASE_PERSON)
    name_compound = resolver.switches.enabled(NAME_WORD_COMPOUND)
    hyphen_tail = resolver.switches.enabled(HYPHEN_GIVEN_NAME)
    name_tail = resolver.switches.enabled(RULER_NAME_TAIL)
    given_place = resolver.switches.enabled(GIVEN_NAME_PLACE)
    named_here = _names_elsewhere(doc) if resolver.switches.enabled(NAME_NOUN_FIRST) else None
    title_lines: dict[int, bool] = {}
    kb_join = resolver.switches.enabled(KB_NAME_JOIN)
    truncated = resolver.switches.enabled(TRUNCATED_ORG_JOIN)
    inside = resolver.switches.enabled(COUNTRY_INSIDE_NAME)
    ents = (
        joined_ents(resolver.linker, doc.ents, kb_join=kb_join, truncated=truncated, inside=inside)
        if kb_join or truncated or inside
        else doc.ents
    )
    people_noun = resolver.switches.enabled(DEMONYM_PEOPLE_NOUN)
    for whole in ents:
        if people_noun:
            whole = demonym_people_span(resolver, whole)  # "Afghan interpreters", one group
        if hyphen_tail:
            whole = hyphen_given_name(whole)  # "Han Duck-soo", not "Han Duck"
        if name_tail:
            whole = ruler_name_tail(resolver, whole)  # "President Xi Jinping", not "President Xi"
        if given_place:
            whole = given_name_place(whole)  # "Chief Chuck Jordan": a surname, not the country
        if common_first and _common_noun_first(resolver, whole):
            continue  # "Lorry drivers blocked ...": a capitalised noun, no person
        if (lower_person and lowercase_person(whole)) or (
            name_compound and name_word_compound(whole)
        ):
            ent_tokens.update(range(whole.start, whole.end))
            continue  # "jeff", "a Trojan horse": no name of anyone
        for ent in _contest_sides(whole) if contest else (whole,):
            cut = headline_cut(resolver, ent, title_lines) if ent.label_ in CUT_LABELS else None
            if cut is not None:  # "Putin Slams NATO": the name ends before the verb
                ent = cut[0]
                ent_tokens.add(cut[1])  # the verb; the words after it are read again
            lead = (
                headline_lead_verb(resolver, ent, title_lines)
                if cut is None and ent.label_ in CUT_LABELS
                else None
            )
            if lead is not None:  # "Ruto Slams Museveni": the name starts after the verb
                ent = lead[0]
                ent_tokens.add(lead[1])
            glued = glued_cut(resolver, ent, title_lines) if ent.label_ in GLUED_LABELS else None
            if glued is not None:  # "Beyond Trump", "Trump Should Win": a common word cut off
                ent = glued[0]
                ent_tokens.update(glued[1])
            if ent.label_ in NAME_LABELS and not excluded(ent.start_char, ent.end_char):
                items.append((ent.start_char, 0, ent))
                ent_tokens.update(range(ent.start, ent.end))
    run: list[Token] = []
    # every token is looked at: through the per-document view, a Token made only
    # for the tokens kept
    view = doc_view(doc)
    lower, pos, tag, words, idx = view.lower, view.pos, view.tag, view.text, view.idx
    untagged = resolver.switches.enabled(UNTAGGED_DEMONYM)
    for i in range(len(doc)):
        if i in ent_tokens or excluded(idx[i], idx[i] + len(words[i])):
            run = _flush_run(run, items, resolver, title_lines)
            continue
        demonym = untagged_demonym(resolver, doc[i]) if untagged else None
        if demonym is not None:  # "Malian outposts were shelled": a demonym NER missed
            run = _flush_run(run, items, resolver, title_lines)
            items.append((idx[i], 0, demonym))
            continue
        pronoun = lower[i] in ALL_PRONOUNS and (pos[i] == "PRON" or tag[i] == "PRP$")
        if pronoun or pos[i] in ("NOUN", "PROPN") and agent_head(resolver, doc[i]):
            items.append((idx[i], 1, doc[i]))
            run = _flush_run(run, items, resolver, title_lines)
        elif pos[i] == "NOUN" and speaking_group(resolver, doc[i]):
            items.append((idx[i], 1, doc[i]))  # "Many artists said": a group speaker
            run = _flush_run(run, items, resolver, title_lines)
        elif pos[i] == "PROPN" and words[i][:1].isupper():
            run.append(doc[i])  # a name NER missed ("Orbon then left ...")
        elif pos[i] == "NOUN" and (
            _surname_subject(resolver, doc[i])
            or (named_here is not None and _named_first(doc[i], named_here))
        ):
            run = _flush_run(run, items, resolver, title_lines)
            run.append(doc[i])  # "Sanders later left": the tagger's noun is a surname
        else:
            run = _flush_run(run, items, resolver, title_lines)
    _flush_run(run, items, resolver, title_lines)
    items.sort(key=lambda x: (x[0], x[1]))
    return [item for _, _, item in items]


HYPHEN_GIVEN_NAME = declare(
    "actors.names.hyphen_given_name",
    "'Prime Minister Han Duck-soo said': a name (no NORP) that NER ends at a hyphen written "
    "without spaces before a proper noun outside any entity takes the hyphen and that word",
)


def hyphen_given_name(ent: Span) -> Span:
    """See ``HYPHEN_GIVEN_NAME``: the entity with its hyphened tail, else the entity."""
    doc = ent.doc
    if ent.label_ == "NORP" or ent.end + 1 >= len(doc) or ent[-1].whitespace_:
        return ent
    hyphen, tail = doc[ent.end], doc[ent.end + 1]
    if hyphen.text != "-" or hyphen.whitespace_ or not tail.is_alpha:
        return ent
    if tail.pos_ != "PROPN" or tail.ent_type_:
        return ent
    after = doc[tail.i + 1] if tail.i + 1 < len(doc) else None
    if after is not None and not tail.whitespace_ and after.text == "-":
        return ent  # "Han Duck-soo-led": a longer compound, no name
    return Span(doc, ent.start, tail.i + 1, label=ent.label_)


RULER_NAME_TAIL = declare(
    "actors.names.ruler_name_tail",
    "'Chinese President Xi Jinping': a KB name the entity ruler ends inside a longer name "
    "(its last word a compound of capitalised proper nouns after it that no entity holds) "
    "takes those words: one person, one mention, no second name 'Jinping'",
)


def ruler_name_tail(resolver: DocumentResolver, ent: Span) -> Span:
    """See ``RULER_NAME_TAIL``: the KB person's span run on to the proper noun its last
    word is a compound of, when those words are words of one of that person's KB names
    ("Jinping" of "Xi Jinping"; never "Administration" after "Obama"), else the entity."""
    actor = resolver.linker.kb.actors.get(ent.ent_id_) if ent.ent_id_ else None
    if ent.label_ != "PERSON" or actor is None or actor.type != "person":
        return ent
    doc = ent.doc
    head = ent[-1].head
    if ent[-1].dep_ != "compound" or head.i < ent.end or head.i - ent.end > 2:
        return ent
    tail = doc[ent.end : head.i + 1]
    if any(t.pos_ != "PROPN" or t.ent_iob_ != "O" or not t.text[:1].isupper() for t in tail):
        return ent
    if any(t.head.i != head.i for t in tail[:-1]):
        return ent
    words = {w for n in actor.names() for w in fold(n).split()}
    if any(fold(t.text) not in words for t in tail):
        return ent
    return Span(doc, ent.start, head.i + 1, label=ent.label_, span_id=ent.ent_id_)


CONTEST_SPLIT = declare(
    "actors.names.contest_split",
    "'Lula v. Milei: no handshake': a PERSON name holding a contest word (v., vs, vs., "
    "versus) between capitalised words is two names, one each side",
)
CONTEST_WORDS = frozenset({"v", "v.", "vs", "vs.", "versus"})


def _contest_sides(ent: Span) -> tuple[Span, ...]:
    """See ``CONTEST_SPLIT``: the two sides of "X v. Y" tagged as one PERSON (the contest
    word's own full stop, when tokenised apart, goes with it), else the name itself."""
    if ent.label_ != "PERSON" or len(ent) < 3:
        return (ent,)
    doc = ent.doc
    for i in range(ent.start + 1, ent.end - 1):
        if doc[i].lower_ not in CONTEST_WORDS:
            continue
        after = i + 2 if doc[i + 1].text == "." and not doc[i].text.endswith(".") else i + 1
        if after >= ent.end or not doc[i - 1].text[:1].isupper():
            continue
        if not doc[after].text[:1].isupper():
            continue
        return (
            Span(doc, ent.start, i, label=ent.label_),
            Span(doc, after, ent.end, label=ent.label_),
        )
    return (ent,)


COMMON_NOUN_FIRST = declare(
    "actors.names.common_noun_first",
    "'Lorry drivers blocked the road': a one-word PERSON that opens a sentence, modifies the "
    "common noun after it and is, lower-cased, a WordNet noun of data/events/sense_nouns.tsv "
    "and nobody's name in the KB is that noun, capitalised by its place, not a person",
)


@lru_cache(maxsize=1)
def _wordnet_nouns() -> frozenset[str]:
    return frozenset(row["word"] for row in read_table("events/sense_nouns.tsv"))


def _common_noun_first(resolver: DocumentResolver, ent: Span) -> bool:
    """See ``COMMON_NOUN_FIRST``."""
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_sent_start:
        return False
    token = ent[0]
    head = token.head
    if token.dep_ != "compound" or head.i != token.i + 1 or head.pos_ != "NOUN":
        return False
    if token.lower_ not in _wordnet_nouns():
        return False
    kb = resolver.linker.kb
    return not kb.lookup(token.text) and not kb.surnames.get(fold(token.text))


def _surname_subject(resolver: DocumentResolver, token: Token) -> bool:
    """A capitalised first word of a sentence, tagged a noun, that is the subject and a KB
    person's surname ("Sanders later left"; rule ``actors.names.surname_subject``)."""
    if not token.is_sent_start or not token.text[:1].isupper() or token.dep_ != "nsubj":
        return False
    if not resolver.switches.enabled(SURNAME_SUBJECT):
        return False
    return bool(resolver.linker.kb.surnames.get(fold(token.text)))


NAME_NOUN_FIRST = declare(
    "actors.names.name_noun_first",
    "'Donald Trump spoke. Trump supporters cheered': a sentence's capitalised first word the "
    "tagger made a common noun (any function) that this document writes elsewhere, not first "
    "in a sentence, as the last word of a PERSON name is read as that name",
)


def _names_elsewhere(doc: Doc) -> frozenset[str]:
    """Folded words the document writes as names away from a sentence's start: the last
    word of a PERSON entity."""
    out: set[str] = set()
    for ent in doc.ents:
        last = ent[-1]
        if last.is_sent_start or not (last.text[:1].isupper() and last.is_alpha):
            continue
        if ent.label_ == "PERSON":
            out.add(fold(last.text))
    return frozenset(out)


def _named_first(token: Token, named: frozenset[str]) -> bool:
    """See ``NAME_NOUN_FIRST``."""
    if not token.is_sent_start or not token.text[:1].isupper() or not token.is_alpha:
        return False
    return token.text[1:].islower() and fold(token.text) in named


def _flush_run(
    run: list[Token],
    items: list[tuple[int, int, Span | Token]],
    resolver: DocumentResolver,
    title_lines: dict[int, bool],
) -> list[Token]:
    if run:
        span = Span(run[0].doc, run[0].i, run[-1].i + 1, label=UNTAGGED)
        cut = headline_cut(resolver, span, title_lines)
        if cut is not None:  # a headline's verb in a run NER missed: a name each side
            items.append((cut[0].start_char, 0, cut[0]))
            if cut[1] + 1 < span.end:
                rest = Span(span.doc, cut[1] + 1, span.end, label=UNTAGGED)
                items.append((rest.start_char, 0, rest))
        else:
            glued = glued_cut(
                resolver, span, title_lines
            )  # "Hail Trump for ...": the verb is no name
            items.append((span.start_char, 0, span if glued is None else glued[0]))
    return []
