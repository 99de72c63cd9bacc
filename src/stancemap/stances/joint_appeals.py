"""A request addressed to two joined parties is a third party's appeal (session 67 RQ, issue 14).

"The United States, the European Union and the Group of eight ... have all called on India
and Pakistan to exercise restraint": the events stage reads one REQUEST from the three
askers to both addressees, and a REQUEST scores -0.1 (neutral in
``data/stances/intensity.tsv``), so each asker comes out faintly opposed to India and to
Pakistan, and the carries set the United States against both countries' leaders: nine
readings on the judged Lee tune file, all no relation ("third-party appeal for restraint;
neither aligned nor opposed"). Session 66 RS's ``alignment.relations.request_several_
addressees`` dropped pairs resting on requests with two or more *targets*, and lost right
readings on the judged checks: a request's targets also hold the parties its content names
("called for steep new tariffs on goods from China and Mexico", "a special prosecutor to
investigate the Clinton Foundation and the State Department") - Trump against both, right.
Only the parse tells the one asked from the one asked about.

``stances.relations.joint_appeal_addressees``: a REQUEST whose trigger verb's addressee -
its direct object ("urged X and Y to ..."), or the object of 'on'/'upon' ("called on X and
Y to ...") or 'with' ("pleaded with X and Y") - is a coordination ("X and Y", a conj in the
parse), and every one of whose two or more targets is named inside that addressee phrase,
is an appeal to several parties at once. The ids go to the alignment stage
(``alignment/request_parties.py``, ``drop_joint_appeals``): where two of the addressees are
set against each other in the story (their own pair scores below zero: an appeal to both
sides of a quarrel), a pair every piece of whose evidence is such an appeal (a neutral
request; a hostile one is a DEMAND by then), its carries to the addressees' leaders
included, is no pair. Addressees with no quarrel between them ("urged X and Y to
apologise") are pressed together and keep their pairs - added after the first form
(without it) lost one right reading on a judged check file (s29, totals only), so that
file's figure for this form is not blind. A request to one party, or one
whose targets include a party of its content, is left as it was; any signed evidence keeps
the pair.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..records import Actor, Event
from ..rules import declare

JOINT_APPEAL = declare(
    "stances.relations.joint_appeal_addressees",
    "a REQUEST whose verb's addressee in the parse (its object: 'urged X and Y to'; or the "
    "object of 'on'/'upon'/'with': 'called on India and Pakistan to exercise restraint', "
    "'pleaded with X and Y') is a coordination naming every one of its two or more targets "
    "is a third party's appeal to several parties; where two of them are set against each "
    "other in the story (their pair scores below zero) it is an appeal to both sides, and a "
    "pair resting only on such appeals (and their carries to the addressees' leaders) is no "
    "pair; a request whose targets include "
    "a party its content names ('called for tariffs on China and Mexico') is left alone "
    "(session 67 RQ, issue 14; the parse-read form of alignment.relations."
    "request_several_addressees)",
    order=58.8,
)
_REQUEST = "REQUEST"
_OBJECTS = frozenset({"dobj", "obj"})
# the prepositions that name the one asked after a verb of asking: "called on/upon Y",
# "pleaded with Y", "appealed to Y"
_ADDRESS_PREPS = frozenset({"on", "upon", "with", "to"})


def _trigger_verb(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ == "VERB"]
    return verbs[0] if len(verbs) == 1 else None


def _addressees(verb: Token) -> list[Token]:
    """The heads of the phrases that name whom ``verb`` asks."""
    out = [c for c in verb.children if c.dep_ in _OBJECTS]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in _ADDRESS_PREPS:
            out += [p for p in c.children if p.dep_ == "pobj"]
    # "called on India and Pakistan": the parser may hang the preposition on a particle
    for c in verb.children:
        if c.dep_ == "prt" and c.lower_ in _ADDRESS_PREPS:
            out += [d for d in verb.children if d.dep_ in _OBJECTS]
    return out


def _inside(actor: Actor | None, start: int, end: int) -> bool:
    return actor is not None and any(start <= m.start and m.end <= end for m in actor.mentions)


def joint_appeals(doc: Doc, events: Iterable[Event], actors: Iterable[Actor]) -> frozenset[str]:
    """Ids of the REQUEST events addressed, by the parse, to two or more joined parties
    that are all its targets."""
    by_id = {a.id: a for a in actors}
    out: set[str] = set()
    for e in events:
        targets = set(e.target)
        if e.type.upper() != _REQUEST or len(targets) < 2:
            continue
        verb = _trigger_verb(doc, e)
        if verb is None:
            continue
        for head in _addressees(verb):
            if not any(c.dep_ == "conj" for c in head.children):
                continue
            tokens = list(head.subtree)
            start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
            if all(_inside(by_id.get(t), start, end) for t in targets):
                out.add(e.id)
                break
    return frozenset(out)
