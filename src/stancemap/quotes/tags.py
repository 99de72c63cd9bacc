"""Speech tags set inside a sentence, and passives that name no speaker, on the parse.

* a tag (``is_tag``, ``host_pieces``): "The deal, X said, is dead", "At the same
  time, X stressed, the talks go on", "As X said, Y": the reporting verb hangs from
  the clause it reports; X is the speaker and the host clause, less the tag, is the
  content. When the parser hangs the opener ("At the same time") under the tag
  itself, the clause after the tag is still the tag's content
  (``opens_with_adverbial``).
* ``is_agentless_passive``: "It was agreed that Y", "Y is thought to Z", "it is
  believed": a reporting verb in the passive with no "by X" names no speaker, so
  none is looked for (never the last speaker before it).
* ``passive_subject``: "X was quoted as saying Y", "X was heard saying Y": a cue
  hanging from a passive verb takes the passive subject as its speaker.

Rules (``rulebook``): ``quotes.verb.inverted``, ``quotes.verb.as_tag``,
``quotes.verb.tag_opener``, ``quotes.speaker.agentless_passive``,
``quotes.verb.passive_subject``.
"""

from __future__ import annotations

from spacy.tokens import Token

Offsets = tuple[int, int]

_TAG_DEPS = ("parataxis", "ccomp", "advcl")
_OPENER_DEPS = ("prep", "advmod", "npadvmod")
_WH_ADVERBS = ("WRB",)
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# how a cue hangs from the verb whose passive subject speaks ("quoted as saying")
_LENDING_DEPS = ("advcl", "xcomp", "pcomp", "oprd", "ccomp")
# what may speak: "he", "Lavrov", "the minister" (the actors stage says who)
_SPEAKER_POS = frozenset({"PRON", "PROPN", "NOUN"})


def is_tag(verb: Token, *, as_tag: bool) -> bool:
    """A reporting verb hanging from the clause it reports, with its own subject:
    "Y, X said" and "The deal, X said, is dead"; "as X said" when ``as_tag``."""
    if verb.head.i == verb.i or verb.dep_ not in _TAG_DEPS:
        return False
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if not marks:
        return True
    # "..., after he said so" is a subordinate clause; "as X said" is a tag
    return as_tag and len(marks) == 1 and marks[0].lower_ == "as"


def set_off(verb: Token) -> bool:
    """A tag clause stands apart from its host: punctuation (a comma, a quote mark, a
    dash) right before it, or it opens the sentence ("As X said, Y"). A clause that
    follows its head word with nothing between ("she believes we must continue") is
    that word's complement, whatever the parse's label."""
    # the parser may hang the comma before the tag under it: the tag's first word
    first = next((t for t in verb.subtree if not t.is_punct), verb)
    return first.i == first.sent.start or verb.doc[first.i - 1].is_punct


def has_as_mark(verb: Token) -> bool:
    """ "as X said": the tag clause opens on "as"."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def opens_with_adverbial(verb: Token) -> bool:
    """ "At the same time, X stressed": the tag's first word opens the sentence as an
    adverbial before the tag's (active) subject (the parser hung the opener under it)."""
    lefts = sorted(verb.lefts, key=lambda t: t.i)
    subject = next((c for c in lefts if c.dep_ == "nsubj"), None)
    # "When X was revealed, Y": a wh-adverb opens a subordinate clause, not a tag
    return (
        bool(lefts)
        and subject is not None
        and lefts[0].dep_ in _OPENER_DEPS
        and lefts[0].tag_ not in _WH_ADVERBS
    )


def host_pieces(verb: Token) -> tuple[list[Token], list[Token]]:
    """The host clause's tokens before and after the tag clause."""
    own = {t.i for t in verb.subtree}
    tokens = [t for t in verb.head.subtree if t.i not in own]
    before = [t for t in tokens if t.i < verb.left_edge.i]
    after = [t for t in tokens if t.i > verb.right_edge.i]
    return before, after


def is_agentless_passive(verb: Token) -> bool:
    """ "It was agreed that", "is thought to", "it is believed": passive, no "by X"."""
    children = list(verb.children)
    if any(c.dep_ == "agent" for c in children):
        return False
    return any(c.dep_ == "auxpass" for c in children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "nsubjpass" for c in children)
    )


def passive_subject(verb: Token) -> Token | None:
    """ "X was quoted as saying Y": the subject of the passive verb the cue hangs from."""
    if verb.dep_ not in _LENDING_DEPS or verb.head.i == verb.i:
        return None
    host = verb.head
    if host.pos_ == "ADP" and host.lower_ == "as" and host.head.i != host.i:
        host = host.head  # "quoted as saying": the cue is the object of "as"
    if not any(c.dep_ == "auxpass" for c in host.children):
        return None
    subject = next((c for c in host.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.pos_ not in _SPEAKER_POS:
        return None
    return subject
