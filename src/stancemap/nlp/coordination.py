"""Coordinated names the parser did not join as ``conj``.

"Kenyan President William Ruto and opposition leader Raila Odinga signed": with a title
before the second name, the small English parser often makes the first name a modifier
(``nmod``) of the second and the second title its ``conj``; or it makes both names
subjects of the verb, the "and" hanging on the first. ``misparsed_conjuncts(head)`` gives
the names coordinated with ``head`` in those two shapes (``head.conjuncts`` misses them),
as the last word of each name:

* a modifier of a proper-noun ``head`` (``nmod``/``compound``) whose phrase holds a
  person's name and an "and"/"or" ("Ruto" above; "Prime Minister Fumio Kishida and" of
  "... and President Yoon Suk Yeol");
* a later sibling of ``head`` with the same subject relation, when ``head`` has an
  "and"/"or" child between them ("Subianto and ... Ibrahim pledged").

Pure parse work; stages decide, by their own rules, whether to read them.
"""

from __future__ import annotations

from spacy.tokens import Token

_AND = ("and", "or")
_SUBJECTS = ("nsubj", "nsubjpass")


def _cc_between(token: Token, start: int, end: int) -> bool:
    return any(c.dep_ == "cc" and c.lower_ in _AND and start < c.i < end for c in token.children)


def misparsed_conjuncts(head: Token) -> list[Token]:
    """Names coordinated with ``head`` that the parse left unjoined, in text order."""
    found: list[Token] = []
    if head.pos_ != "PROPN":
        return found
    for child in head.lefts:
        if child.dep_ not in ("nmod", "compound", "appos"):
            continue
        subtree = list(child.subtree)
        if any(t.dep_ == "cc" and t.lower_ in _AND for t in subtree):
            # the last word of each person's name in the modifier's phrase
            found += [
                t
                for t in subtree
                if t.ent_type_ == "PERSON"
                and (t.i + 1 >= len(t.doc) or t.doc[t.i + 1].ent_iob_ != "I")
            ]
    if head.dep_ in _SUBJECTS and head.head.i != head.i:
        for sibling in head.head.children:
            if (
                sibling.dep_ == head.dep_
                and sibling.i > head.i
                and sibling.pos_ == "PROPN"
                and _cc_between(head, head.i, sibling.left_edge.i)
            ):
                found.append(sibling)
    return sorted(found, key=lambda t: t.i)
