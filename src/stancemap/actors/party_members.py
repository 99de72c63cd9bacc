"""A person the text names as a party's member or officer (session 63 PS, issue 14).

"Tory chairman Liam Fox", "Labour MP X", "Democratic candidate X", "Labour's X",
"X, the Labour candidate", "X, a Tory MP", "X is a Republican senator": the words of the
person's title name a party. The tie is recorded on the person as an affiliation of kind
``member`` (``records.Affiliation``), beside the staff and official ties that
``actors.affiliation`` reads; ``alignment.sides.party_member_one_side`` makes the person
and that party one side (a rift between them stays).

Only the syntax around the name is read, never a list of names or of parties:

- the title words: those inside the person's own mention before its head, no word of a
  name ("the Tory leader" read as Michael Howard), the nouns, proper nouns and adjectives
  right before the name in its sentence (at most ``_TITLE_WORDS``: "Tory chairman", "Labour MP", "Democratic
  presidential candidate"), a possessive right before it ("Labour's X"), or the words of
  a noun in apposition with the name or said of it with "is" ("X, the Labour candidate",
  "X, a Tory MP"): its compounds, modifiers and possessor;
- the party: a word among them that the actors stage linked to an organisation of the
  party sector (``PTY``), or a capitalised word the KB reads as a party's name or as
  "<word> Party" ("Tory" -> the Tory party), where that party is an actor of the document;
  one party only;
- not a title of one for or against another (a noun of the followers or the WordNet
  opponents lexicon: "Republican supporter X", "Democratic rival X"), nor
  an indefinite description ("a Republican president" read as someone);
- not a former title ("former Labour MP", "ex-Tory"), nor a word joined by a hyphen
  ("anti-Labour campaigner", "Tory-led council"), nor a party that is the person's own
  link.

Rule ``actors.affiliation.party_member`` (off; session 63 PS).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..datafiles import word_list
from ..nlp.text import doc_text
from ..records import Affiliation, Span
from ..rules import declare

PARTY_MEMBER = declare(
    "actors.affiliation.party_member",
    "a person whose title words name a party ('Tory chairman Liam Fox', 'Labour MP X', "
    "'Labour's X', 'X, the Democratic candidate', 'X is a Republican senator': a word the "
    "stage linked to a party, or a capitalised word the KB reads as '<word> Party', that "
    "party an actor of the document) is recorded as its member (an affiliation of kind "
    "'member'); not a former title nor a hyphened word (session 63 PS, issue 14)",
)

PARTY_SECTOR = "PTY"
_TITLE_WORDS = 4
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_FORMER = frozenset(
    {"former", "onetime", "one-time", "erstwhile", "ex", "ex-", "retired", "previous", "late"}
)
FOLLOWERS = "lexicon/follower_nouns.txt"
OPPONENTS = "lexicon/opponent_nouns.txt"
_INDEFINITE = frozenset({"a", "an", "another", "any", "every", "each", "some", "no"})
_APPOS_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


@lru_cache(maxsize=1)
def _side_nouns() -> frozenset[str]:
    """Nouns of people for or against another, not of it ("Republican supporter",
    "Democratic rival"): the followers lexicon and the WordNet opponents lexicon."""
    return frozenset(word_list(FOLLOWERS)) | frozenset(word_list(OPPONENTS))


def _of_side(head: Any) -> bool:
    nouns = _side_nouns()
    return head.lower_ in nouns or head.lemma_.lower() in nouns


def _parties(layer: Any) -> dict[str, Any]:
    """The parties the document names (an actor with a mention of its own)."""
    named = {m.actor_id for m in layer.mentions}
    return {
        aid: a
        for aid, a in layer.actors.items()
        if aid in named and a.type == "organization" and (a.sector or "") == PARTY_SECTOR
    }


def _hyphened(token: Any) -> bool:
    """The word is joined to another by a hyphen ("anti-Labour", "Tory-led")."""
    doc = token.doc
    before = (
        token.i > 0 and doc[token.i - 1].text in ("-", "–") and not doc[token.i - 1].whitespace_
    )
    after = token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–") and not token.whitespace_
    return before or after or "-" in token.text


def party_of(
    token: Any, layer: Any, parties: dict[str, Any], kb: Any = None, own: str | None = None
) -> str | None:
    """The document's party a title word names, or None (``own``: the person's id, whose
    own mention over the word - "the Tory leader" - is no reading of it)."""
    if _hyphened(token):
        return None
    mention = layer.mention_at(token.idx, token.idx + len(token.text))
    if mention is not None and mention.actor_id != own:
        return mention.actor_id if mention.actor_id in parties else None
    word = token.text
    if kb is None or not word[:1].isupper() or not word.isalpha():
        return None
    found = {a.id for name in (word, f"{word} Party") for a in kb.lookup(name) if a.id in parties}
    return found.pop() if len(found) == 1 else None


def _before(span: Any) -> list[Any]:
    """The title words right before a name in its sentence (with a possessor's "'s")."""
    doc = span.doc
    first = span.sent.start
    i = span.start
    out: list[Any] = []
    if i - 2 >= first and doc[i - 1].tag_ == "POS":
        return [doc[i - 2]]  # "Labour's Gordon Brown"
    while i > first and len(out) < _TITLE_WORDS and doc[i - 1].pos_ in _TITLE_POS:
        i -= 1
        out.append(doc[i])
    if any(t.lower_ in _FORMER for t in out) or (i > first and doc[i - 1].lower_ in _FORMER):
        return []  # "former Conservative leader William Hague": held no longer
    if out and _of_side(out[0]):
        return []  # "Republican supporter X", "his Democratic rival X": for or against, not of
    return out


def _inside(span: Any) -> list[Any]:
    """The title words inside a person's own mention, before its head ("the Tory leader",
    "Labour MP Bob X" read as one name): no word of a person's name."""
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    if any(t.lower_ in _FORMER for t in span) or _INDEFINITE & {span[0].lower_, before}:
        return []  # "a Republican president": no one in particular
    if _of_side(span.root):
        return []
    return [
        t for t in span if t.i < span.root.i and t.pos_ in _TITLE_POS and t.ent_type_ != "PERSON"
    ]


def _described(span: Any, layer: Any) -> list[Any]:
    """The words of a noun in apposition with the name, or said of it with "is" (not
    another actor's name: "Sir George Young, Labour's Robin Cook" is a list)."""
    head = span.root
    nouns = [c for c in head.children if c.dep_ == "appos"]
    if head.dep_ == "appos":
        nouns.append(head.head)
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":
        nouns += [c for c in head.head.children if c.dep_ == "attr"]
    out: list[Any] = []
    for noun in nouns:
        if noun.i >= span.start and noun.i < span.end:
            continue
        if noun.pos_ == "PROPN" or layer.mention_at(noun.idx, noun.idx + len(noun.text)):
            continue  # a name, not a title
        words = [c for c in noun.children if c.dep_ in _APPOS_DEPS]
        if any(c.lower_ in _FORMER for c in noun.children) or _of_side(noun):
            continue
        out += words
    return out


def party_members(layer: Any, kb: Any = None) -> dict[str, list[Affiliation]]:
    """Person actor id -> the parties its title words name it a member of."""
    doc = getattr(layer, "doc", None)
    if doc is None:
        return {}
    parties = _parties(layer)
    if not parties:
        return {}
    text = doc_text(doc)
    out: dict[str, list[Affiliation]] = {}
    for mention in layer.mentions:
        actor = layer.actors.get(mention.actor_id)
        if actor is None or actor.type != "person" or mention.how == "pronoun":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        found: dict[str, Any] = {}
        for token in [*_inside(span), *_before(span), *_described(span, layer)]:
            party = party_of(token, layer, parties, kb, mention.actor_id)
            if party is not None and party != mention.actor_id:
                found.setdefault(party, token)
        if len(found) != 1:
            continue  # no party, or several ("Labour and Tory MPs"): none
        party, token = next(iter(found.items()))
        held = out.setdefault(mention.actor_id, [])
        if any(a.actor == party for a in held):
            continue
        lo, hi = min(token.idx, mention.start), max(token.idx + len(token.text), mention.end)
        held.append(
            Affiliation(actor=party, kind="member", span=Span(start=lo, end=hi, text=text[lo:hi]))
        )
    return out
