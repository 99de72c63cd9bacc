"""Where a cue's topic is: the clause it judges, the frame words in it, the argument actors.

Syntax helpers for ``extract``: a cue's region (what it is about), the frame
trigger nearest to it, the phrase that names the issue's arguments, and a
free-text topic name when no frame fits.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import Frame, Lexicon

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "agent"}
HOLDER_DEPS = {"nsubj", "csubj", "agent"}  # in a passive the subject is the topic


def lemma(tok: Token) -> str:
    """The lower-case lemma (the lower-case form where the lemmatiser gives none)."""
    return tok.lemma_.lower() or tok.lower_


class FrameMatcher:
    """Lemma-sequence lookup of frame triggers ("military operation", "war")."""

    def __init__(self, lex: Lexicon) -> None:
        self.by_trigger = lex.frames_by_trigger()
        self.longest = max((len(t) for t in self.by_trigger), default=1)

    def match_at(self, doc: Doc, i: int) -> tuple[Frame, int] | None:
        """The frame whose trigger starts at token ``i``, and the trigger's length."""
        for n in range(self.longest, 0, -1):
            if i + n > len(doc):
                continue
            lemmas = tuple(lemma(doc[j]) for j in range(i, i + n))
            lowers = tuple(doc[j].lower_ for j in range(i, i + n))
            frame = self.by_trigger.get(lemmas) or self.by_trigger.get(lowers)
            if frame is not None:
                return frame, n
        return None

    def nearest(self, doc: Doc, region: list[Token], cue: Token) -> tuple[Frame, Token] | None:
        """The frame evoked closest to the cue within its region, and its trigger's head."""
        hits: list[tuple[int, Frame, Token]] = []
        covered = -1  # a token inside a longer trigger ("carbon tax") starts no other ("tax")
        for tok in sorted(region, key=lambda t: t.i):
            if tok.i <= covered:
                continue
            match = self.match_at(doc, tok.i)
            if match is not None:
                frame, length = match
                covered = tok.i + length - 1
                distance = min(abs(j - cue.i) for j in range(tok.i, tok.i + length))
                hits.append((distance, frame, doc[tok.i : tok.i + length].root))
        if not hits:
            return None
        best = min(hits, key=lambda h: h[0])
        return best[1], best[2]


def clause_head(tok: Token) -> Token:
    """The verb or auxiliary heading the clause a word sits in (the word itself if none)."""
    node = tok
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") and node != tok:
            return node
        if node.head == node:
            return node
        node = node.head
    return node


def region_of(cue: Token, kind: str) -> list[Token]:
    """The tokens that say what the cue is about."""
    if kind in ("attitude", "predicate"):
        skip: set[int] = set()
        for child in cue.children:
            if child.dep_ in HOLDER_DEPS:
                skip.update(t.i for t in child.subtree)
        return [t for t in cue.subtree if t.i not in skip and t.i != cue.i]
    # an evaluative word judges the clause it sits in ("X is in a solid position")
    clause = clause_head(cue)
    return [t for t in clause.subtree if t.i != cue.i]


def noun_phrase(tok: Token) -> list[Token]:
    """The phrase a trigger word heads or modifies ("economic" -> "the economic policy of X")."""
    node = tok
    while node.dep_ in ("amod", "compound") and node.head != node:
        node = node.head
    return list(node.subtree)


def arg_tokens(cue: Token, kind: str, trigger: Token | None) -> list[Token]:
    """Where the issue's argument actors are named."""
    out: list[Token] = []
    if trigger is not None:
        out += noun_phrase(trigger)
    if kind == "predicate":  # "recognized the DPR and LPR": the objects
        for child in cue.children:
            if child.dep_ in ("dobj", "obj", "oprd", "prep", "dative"):
                out += list(child.subtree)
    elif kind == "evaluative":  # "the West is in a solid position": the clause subject
        clause = clause_head(cue)
        for child in clause.children:
            if child.dep_ in SUBJECT_DEPS:
                out += list(child.subtree)
    return out


def topic_candidates(head: Token) -> list[Token]:
    """The object noun, then nouns it leads to through "of"-phrases and "to"-infinitives.

    "the decision to raise fuel taxes" reaches "taxes"; "people accused of
    rape" stops at "people" (a participle clause describes, it names no topic).
    """
    out = [head]
    frontier = [head]
    while frontier and len(out) < 12:
        node = frontier.pop(0)
        for child in node.children:
            step = child.dep_ in ("prep", "pobj", "dobj", "compound") or (
                child.dep_ == "acl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            )
            if step and child.i > head.i:
                out.append(child)
                frontier.append(child)
    return out


def compound_name(noun: Token) -> str:
    """A noun with its compound modifiers, lemmatised: "fuel taxes" -> "fuel_tax"."""
    head = noun.head if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") else noun
    parts = [lemma(c) for c in head.children if c.dep_ == "compound" and c.i < head.i]
    return "_".join([*parts, lemma(head)])


def reachable_preps(tok: Token) -> dict[str, Token]:
    """Prepositions under a word, also through "away" ("break away from"): lemma -> token."""
    out: dict[str, Token] = {}
    for child in tok.children:
        if child.dep_ == "prep":
            out.setdefault(lemma(child), child)
        elif child.dep_ in ("advmod", "prt"):
            for grand in child.children:
                if grand.dep_ == "prep":
                    out.setdefault(lemma(grand), grand)
    return out


def objects_of(tok: Token, deps: tuple[str, ...] = ("pobj",)) -> list[Token]:
    """The objects of a verb or preposition, with their conjuncts ("from X and Y")."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in deps:
            out += [child, *child.conjuncts]
    return out
