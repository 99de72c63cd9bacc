"""A role word's office named by its formal title: "the home secretary" is the "Secretary of
State for the Home Department" (session 63, engineer RO; issues 12 and 14).

Session 62 (DT, DT2) read undated BBC and Lee stories over their period; the blind judges
still preferred the defaults, because "the home secretary" and "the foreign secretary"
went to the wrong person or to nobody. The KB has the offices (CIA World Leaders cabinets:
Blunkett's "Secretary of State for the Home Office" to 2004-12, Clarke's "Secretary of
State for the Home Department" from 2005-01, Straw's "Secretary of State for Foreign and
Commonwealth Affairs"), but a role word reached a title only where the title *starts*
with its noun: "the home secretary" was read as the lexicon noun "secretary", so any
"Secretary of State for X" of the text answered it, and no KB title answered it at all.

Rule ``actors.link.formal_office_title``: a role phrase - a head noun of the
secretary/minister family and the domain words before it ("home secretary", "work and
pensions secretary", "interior minister") - names a formal title with the same head where
every domain word is among the title's domain words, the title being "<head> [of state]
for/of <domain>" or "<domain> <head>" (``title_domain``). Irregular domain words are a
small versioned table (``lexicon/office_domain_aliases.tsv``: defence ~ defense, Welsh ~
Wales). A junior post ("Minister of State", "Deputy ...", "Chief Secretary to ...") is
no title of the office. The phrase is read from the parse (``role_phrase``): the nouns
and names before the head, and an adjective only right before it ("foreign"), so "the new
home secretary" is "home secretary"; country words are the country, not the domain;
"former", "shadow", "deputy" make it no phrase of the sitting office. A person of the text
answers where the KB gives him the title on any day of the document's period
(``held_in_period``: Clarke's Home Department term starts 2005-01-01, after the BBC
period's middle day), never one the text described as "shadow" (``shadow_described``: a
shadow minister's role read from the text drops the word). Where the rule is on,
the phrase (not only the lexicon noun) is what the text's people and the KB's titles are
matched with (``office_words.role_names``, ``titles.office_holder``,
``nominals.role_holder``), and a phrase no country places ("the home secretary" in a
British story) and no person of the text answers takes the holder of that title in the
story's country - the one the document's mentions name far more than any other - on the
document's date or through its whole period (``story_holder``); none in an undated
document, none where the office changed hands in the period. (Any country's holder was
tried first: "Secretary of State for Foreign Affairs" is a title of ten countries' cabinets
in 2005, so a phrase alone never names one person.)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..datafiles import read_table
from ..rules import declare
from .normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Token

FORMAL_TITLE = declare(
    "actors.link.formal_office_title",
    "'the home secretary' names the formal title 'Secretary of State for the Home "
    "Department': a role phrase (domain words + secretary/minister) matches a title with "
    "the same head whose domain holds every domain word (lexicon/office_domain_aliases.tsv "
    "for defence ~ defense), for the text's people (also one the KB gives that title in the "
    "document's period; none described as 'shadow') and the KB's holders; a phrase no "
    "country places takes the holder in the story's country (session 63 RO)",
)

ALIASES = "lexicon/office_domain_aliases.tsv"
HEADS = frozenset({"secretary", "minister"})
_STOP = frozenset({"the", "and", "of", "for", "&"})
# a title starting so is a post under the office, or another kind of post
_UNDER = frozenset(
    {"deputy", "vice", "under", "junior", "parliamentary", "shadow", "chief", "permanent",
     "assistant", "principal", "acting", "first", "second", "dep", "former", "general"}
)  # fmt: skip
# a phrase with one of these is not the sitting office's holder
_NOT_SITTING = frozenset({"former", "ex", "shadow", "deputy", "junior", "under", "assistant"})
_SPLIT = re.compile(r"[^a-z0-9&]+")


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """A role word's irregular domain word -> the word titles write."""
    rows = read_table(ALIASES, required=("word", "title_word"), unique="word")
    return {r["word"]: r["title_word"] for r in rows}


def _words(text: str) -> list[str]:
    table = aliases()
    return [table.get(w, w) for w in _SPLIT.split(fold(text)) if w]


@lru_cache(maxsize=65536)
def title_domain(title: str) -> tuple[str, frozenset[str]] | None:
    """(head, domain words) of a formal title of the secretary/minister family: "Secretary
    of State for the Home Department" -> (secretary, {home, department}), "Foreign
    Minister" -> (minister, {foreign}); None for another title or a junior post."""
    words = _words(title)
    if not words or words[0] in _UNDER:
        return None
    if words[0] in HEADS:
        head, rest = words[0], words[1:]
        if rest[:2] == ["of", "state"]:
            if head == "minister":
                return None  # "Minister of State for X": a junior minister
            rest = rest[2:]
        if not rest or rest[0] not in ("of", "for"):
            return None  # "Secretary General", "Minister without Portfolio"
        domain = frozenset(w for w in rest[1:] if w not in _STOP)
    elif words[-1] in HEADS:
        head = words[-1]
        domain = frozenset(w for w in words[:-1] if w not in _STOP)
    else:
        return None
    return (head, domain) if domain else None


def phrase_parts(phrase: str) -> tuple[str, frozenset[str]] | None:
    """(head, domain words) of a role phrase ("home secretary" -> (secretary, {home})),
    None where it has no domain word, another head, or names no sitting holder."""
    words = _words(phrase)
    if len(words) < 2 or words[-1] not in HEADS or _NOT_SITTING & set(words):
        return None
    domain = frozenset(w for w in words[:-1] if w not in _STOP)
    return (words[-1], domain) if domain else None


def names_title(phrase: str, title: str | None) -> bool:
    """Whether the role phrase names the formal ``title``: the same head, every domain
    word of the phrase among the title's."""
    if not title:
        return False
    parts, formal = phrase_parts(phrase), title_domain(title)
    if parts is None or formal is None:
        return False
    return parts[0] == formal[0] and parts[1] <= formal[1]


def is_role_phrase(phrase: str) -> bool:
    """The phrase is one this rule reads (a head of the family and a domain word)."""
    return phrase_parts(phrase) is not None


def role_phrase(linker: Any, start_tok: int, token: Token, noun: str) -> str:
    """The role phrase of a role noun ``token`` whose modifiers start at ``start_tok``:
    the nouns and names right before it and an adjective only right before the head
    ("the new home secretary" -> "home secretary"), country words left out ("the British
    foreign secretary" -> "foreign secretary"), "former"/"shadow" kept (no sitting
    holder). ``noun`` (the lexicon phrase) where no such word stands before it."""
    doc = token.doc
    kept: list[str] = []
    i = token.i - 1
    while i >= start_tok:
        t = doc[i]
        low = fold(t.text)
        if low in _NOT_SITTING:
            kept.insert(0, low)
        elif t.dep_ == "case" or t.tag_ == "POS" or t.is_punct or t.pos_ == "DET":
            break  # "Britain's foreign secretary": the owner is no domain word
        elif _country_word(linker, t):
            pass
        elif (
            t.pos_ in ("NOUN", "PROPN")
            or (t.pos_ == "CCONJ" and low == "and" and kept)
            or t.pos_ == "ADJ"
            and i == token.i - 1
        ):
            kept.insert(0, low)
        else:
            break
        i -= 1
    while kept and kept[0] == "and":
        kept.pop(0)
    if not kept:
        return noun
    return " ".join([*kept, fold(token.lemma_ or token.text)])


def _country_word(linker: Any, token: Token) -> bool:
    """The token names a country (a demonym, or a country name the KB knows)."""
    low = fold(token.text)
    if low in linker.demonyms or low in ("uk", "us", "u.s.", "u.k."):
        return True
    if token.ent_type_ in ("GPE", "NORP"):
        span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        words = [t.text for t in span] if span is not None else [token.text]
        country, _ = linker.where(words, countries_only=True)
        return country is not None
    return False


def story_holder(resolver: Any, entry: Any, phrase: str) -> Any:
    """The holder of the phrase's office in the story's country (``story_country``) on
    the document's date or through its period; None with no such country or holder, or
    in an undated document."""
    if resolver.date is None:
        return None
    country = story_country(resolver)
    if country is None:
        return None
    return resolver.linker.office_holder(entry.office, country, resolver.date, phrase)


def story_country(resolver: Any) -> str | None:
    """The country the document names far more than any other (``national_bodies``'
    thresholds): its actors' mentions resolved so far and the country names and demonyms
    of its whole text (the nominal pass runs before every place is a mention)."""
    from collections import Counter

    from .national_bodies import _LIMITS
    from .sentence_country import _counted

    counted = list(_counted(resolver))
    counts = Counter(country for _, country in counted)
    seen = {start for start, _ in counted}
    for ent in resolver.doc.ents:
        if ent.label_ in ("GPE", "NORP") and ent.start_char not in seen:
            country, _ = resolver.linker.where([t.text for t in ent], countries_only=True)
            if country is not None:
                counts[country] += 1
    if not counts:
        return None
    (top, n), *_ = counts.most_common(1)
    if n < _LIMITS["min_mentions"] or n < _LIMITS["min_share"] * sum(counts.values()):
        return None
    return str(top)


def held_in_period(resolver: Any, actor_id: str, phrase: str) -> bool:
    """The text's person held a formal title the phrase names (in the KB) on the
    document's date or on any day of its period: "Charles Clarke ... the home secretary"
    in a 2004-2005 story, though on the period's middle day the KB has him in no office."""
    from .document_period import PeriodDate

    date = resolver.date
    actor = resolver.linker.kb.get(actor_id)
    if actor is None or date is None:
        return False
    days = date.days() if isinstance(date, PeriodDate) else [date]
    return any(
        names_title(phrase, r.title) and any(r.active_on(d) for d in days) for r in actor.roles
    )


def shadow_described(resolver: Any, actor: Any, start: int) -> bool:
    """The text described the person at ``start`` as a shadow office holder ("Shadow Home
    Secretary David Davis"): no holder of the office itself."""
    from .coref import described_as

    mention = next((m for m in resolver.mentions if m.start == start), None)
    return mention is not None and described_as(
        actor, resolver.doc, mention.start, mention.end, "shadow"
    )
