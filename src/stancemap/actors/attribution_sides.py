"""The two sides of an attribution in one sentence: who speaks, and what is said.

"A local official said Russia was to blame", "According to a local official, Russia was
to blame": the country the content names says nothing about whose the speaker is.
``actors.agent.sentence_country`` gives a countryless agent its sentence's one country;
with rule ``actors.agent.sentence_country_same_side`` an agent on the speaker's side of an
attribution the parse shows (a verb of speech and its clausal complement; "according to"
and the clause it hangs on) does not count the countries named in its content. The other
way stays: "Gunmen ambushed a convoy, Nigerian officials said" - the officials' country is
the story's, as wire copy writes it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from ..nlp.reporting import speech_verbs
from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

SAME_SIDE = declare(
    "actors.agent.sentence_country_same_side",
    "'A local official said Russia was to blame': an agent on the speaker's side of a speech "
    "verb (or of 'according to') takes no country its content names from sentence_country",
)

POSTED_CONTENT = declare(
    "actors.agent.posted_not_teller",
    "'The president condemned the attack on the embassy, a Nigerian official said': a "
    "diplomat or embassy (lexicon/posted_nouns.txt) in what is said takes no country named "
    "only on the speaker's side: those are posted abroad, so not the teller's",
)

Split = tuple[frozenset[int], frozenset[int]]  # (speaker's side, content side)


def splits(doc: Doc, start: int, end: int) -> list[Split]:
    """Each attribution in the sentence of tokens [start, end): its two sides."""
    verbs = speech_verbs()
    found: list[Split] = []
    for token in doc[start:end]:
        if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
            content = [c for c in token.children if c.dep_ == "ccomp"]
            if content:
                said = frozenset(t.i for c in content for t in c.subtree)
                found.append((frozenset(t.i for t in token.subtree) - said, said))
            elif token.dep_ in ("ccomp", "parataxis") and token.head.i < token.i:
                # "X condemned Y, an official said": the tag hangs on the content
                tag = frozenset(t.i for t in token.subtree)
                whole = frozenset(t.i for t in token.head.subtree)
                found.append((tag, whole - tag))
        elif token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
            tag = frozenset(t.i for t in token.subtree)
            whole = frozenset(t.i for t in token.head.subtree)
            found.append((tag, whole - tag))
    return found


def speaker_side(found: list[Split], agent: int, named: int) -> bool:
    """Token ``agent`` is on the speaker's side of an attribution whose content holds
    token ``named``. (The other way round is a wire story's habit: "Gunmen ambushed a
    convoy, Nigerian officials said" - the officials' country is the story's.)"""
    return any(agent in s and named in c for s, c in found)


def same_side_countries(
    resolver: DocumentResolver,
    token_i: int,
    counted: Callable[[int, int], Iterable[tuple[int, str]]] | None = None,
) -> set[str] | None:
    """The countries of the actors named in ``token_i``'s sentence (as
    ``sentence_countries`` counts them) but those in the content of an attribution whose
    speaker's side holds ``token_i``; None with the rule off. ``counted`` (token range ->
    (token, country)) answers for ``counted_mentions`` (``CountedIndex.between``)."""
    if not resolver.switches.enabled(SAME_SIDE):
        return None
    if counted is None:
        from .sentence_country import counted_mentions  # it imports this module

        def counted(start: int, end: int) -> Iterable[tuple[int, str]]:
            return counted_mentions(resolver, start, end)

    doc = resolver.doc
    sent = doc[token_i].sent
    found = splits(doc, sent.start, sent.end)
    posted = resolver.switches.enabled(POSTED_CONTENT) and _posted(doc[token_i])
    countries: set[str] = set()
    for mention_i, country in counted(sent.start, sent.end):
        if found and speaker_side(found, token_i, mention_i):
            continue
        if posted and speaker_side(found, mention_i, token_i):
            continue  # "the embassy, a Nigerian official said": not Nigeria's embassy
        countries.add(country)
    return countries


def _posted(token: Token) -> bool:
    """A noun of people (or a building) posted abroad (``venues.POSTED_NOUNS``)."""
    from .venues import POSTED_NOUNS

    return token.lemma_.lower() in POSTED_NOUNS or token.lower_ in POSTED_NOUNS
