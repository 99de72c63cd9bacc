"""Who a PolNeAR gold source is, read from its own words, and whether a speaker is that one.

The speaker measures of ``eval polnear``:

* ``speaker_resolved`` (session 42 QS's "resolved", kept for comparison): the gold
  source's entity is the actor of a mention the actors stage recorded inside the gold
  source span. A country read inside a person's name ("Chuck Jordan" -> Jordan) or a
  possessor inside a description ("Pagliano's lawyer" -> Pagliano) is then counted as
  the gold entity, so the measure cannot see those errors.
* ``speaker_person`` (session 44 SK): a person key taken from the gold source span's own
  words, independent of the actors stage. The span's syntactic head names the source:
  a named entity or proper-noun run holding the head ("Sen. Tim Kaine", "The New York
  Post"), or a name in apposition to a common-noun head ("Scott's niece, state Del.
  Marcia Price", "An attorney for X, Y"), or a capitalised word the tagger took for a
  common noun that the article also writes capitalised inside a sentence. Coordinated sources ("Obama and Clinton") name no one person. A
  pronoun head ("he") or a description with no name of its own
  ("his attorney", "Pagliano's lawyer", "sources") is unresolvable: PolNeAR's files
  hold no coreference links (only Source, Cue and Content spans and their events), so
  no key is invented for them. The predicted speaker is right when one written form of
  the speaker actor (its name or a mention) holds every word of the key, or - for a
  person actor only - when such a form lies inside the key and holds its last word
  ("President Obama" said, the person "Obama" speaking; never the country "Jordan" for
  "Chief Chuck Jordan").

Keys are normalised: lower case, accents folded, a leading "the", possessive endings
and abbreviations with a full stop (titles "Sen.", initials "A.") left out.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..records import Actor

Offsets = tuple[int, int]

# entity labels that name a speaker (a person, a body, a place speaking as its government)
_PLACES = {"GPE", "LOC"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"}


@dataclass
class PersonTally:
    """Counts over paired attributions whose gold has a source."""

    correct: int = 0
    keyed: int = 0  # gold sources with a person key
    pronoun: int = 0  # unresolvable: the source is a pronoun
    description: int = 0  # unresolvable: a description naming no one of its own
    group: int = 0  # unresolvable: coordinated sources ("Obama and Clinton")
    unaligned: int = 0  # the gold span does not align with the parse
    no_speaker: int = 0  # keyed pairs whose prediction has no speaker

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "accuracy": round(self.correct / self.keyed, 4) if self.keyed else None,
            "correct": self.correct,
            "total": self.keyed,
            "unresolvable_pronoun": self.pronoun,
            "unresolvable_description": self.description,
            "unresolvable_group": self.group,
            "unaligned": self.unaligned,
            "no_speaker": self.no_speaker,
        }


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def normalise_words(words: list[str]) -> tuple[str, ...]:
    """A name's words as a key: see the module's docstring."""
    out: list[str] = []
    for part in (piece for word in words for piece in word.split("-")):
        folded = _fold(part).strip(',;:"“”‘’()')
        for ending in ("'s", "’s"):
            if folded.endswith(ending):
                folded = folded[: -len(ending)]
        if not folded or folded.endswith(".") or folded in {"'", "’", "s"}:
            continue
        if not out and folded == "the":
            continue
        if any(c.isalnum() for c in folded):
            out.append(folded)
    return tuple(out)


def _name_tokens(token: Token, span: Span) -> list[Token] | None:
    """The name holding ``token`` inside ``span``: its entity or its proper-noun run."""
    doc = token.doc
    run: list[Token] | None = None
    if token.pos_ == "PROPN":
        start = end = token.i
        while start - 1 >= span.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        while end + 1 < span.end and doc[end + 1].pos_ == "PROPN":
            end += 1
        run = list(doc[start : end + 1])
    if token.ent_type_ in _NAME_LABELS:
        for ent in doc.ents:
            if ent.start <= token.i < ent.end:
                inside = [t for t in ent if span.start <= t.i < span.end]
                if run and len(inside) == 1 and ent.label_ in _PLACES and len(run) > 1:
                    return run  # "Chief Chuck Jordan": a place word closing a person's name
                return inside
    return run


def _written_as_name(token: Token) -> bool:
    """A capitalised word the tagger took for a common noun ("Trump" said) that the
    article writes capitalised inside a sentence too, where no sentence start explains it."""
    if not token.text[:1].isupper() or token.pos_ not in {"NOUN", "VERB", "ADJ"}:
        return False
    return (
        any(
            other.text == token.text and not other.is_sent_start and other.i != token.i
            for other in token.doc
        )
        or not token.is_sent_start
    )


def gold_person_key(doc: Doc, source: Offsets) -> tuple[str, ...] | str:
    """The key of the gold source spanning ``source``, or why it has none
    ("pronoun", "description", "group", "unaligned")."""
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span):
        return "unaligned"
    root = span.root
    if root.pos_ == "PRON":
        return "pronoun"
    if any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.children):
        return "group"  # "Obama and Clinton": no one person
    name = _name_tokens(root, span)
    if name is None and _written_as_name(root):
        name = [root]
    if name is None:
        for token in span:
            if token.dep_ == "appos" and token.head.i >= span.start:
                name = _name_tokens(token, span)
                if name is not None:
                    break
    if name is None:
        return "description"
    key = normalise_words([t.text for t in name])
    return key if key else "description"


def actor_words(actor: Actor) -> list[set[str]]:
    """Each written form of an actor (its name, its mentions) as a set of key words."""
    forms = [actor.name, *(m.text for m in actor.mentions)]
    return [set(normalise_words(form.split())) for form in forms]


def speaker_is(key: tuple[str, ...], actor: Actor | None) -> bool:
    """Does the predicted speaker carry every word of the gold key in one written form?"""
    if actor is None:
        return False
    wanted = set(key)
    for form in actor_words(actor):
        if wanted <= form:
            return True
        # "President Obama" / "Chief Chuck Jordan" said, the person "Obama" / "Chuck
        # Jordan" speaking: a person's written form ending the key, titles before it
        if actor.type == "person" and form and form <= wanted and key[-1] in form:
            return True
    return False
