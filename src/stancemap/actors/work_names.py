"""Names of works, products and made things read as actors (session 68 AW, issues 12 and 14).

In BBC technology and entertainment stories the actor layer made actors of things: a play
("Uganda bans Vagina Monologues": a new person, then a -0.7 relation Uganda ~ the play),
films ("Ocean's Twelve", "Tulip Fever"), a report title, a robot ("Asimo"), a product.
Two readings of the parse say so, each a rule:

* ``actors.names.work_entity``: NER itself tags the words a work of art or a product
  (WORK_OF_ART, PRODUCT). The candidates pass skips those entities, but their proper nouns
  were read again as an untagged run, and the same title tagged PERSON in a headline became
  a person. A name no KB entry knows (a new person or organisation) whose words all lie
  inside one WORK_OF_ART or PRODUCT entity, or whose text (less a leading "the") is the
  whole text of such an entity in the same document, names the work: no actor - unless
  the document tags it as a name (PERSON, ORG, GPE, NORP, ...) as often as a work
  ("the PTC" inside an over-long title stays the council the story names), or it is the
  last word of a PERSON name there (a surname: ``actors.names.stray_surname`` reads it), or
  its last word is a kind of person (``lexicon/people_nouns.txt``: "the Log Cabin
  Republicans", tagged a product and a work of art, are a group), or the story makes the
  tagged words the subject of an active verb ("HuffPost asked", "AbbVie and Shire called
  off a deal", tagged products: a firm acts, a work does not). Only a name that opens
  the work entity counts as inside it: "Assuming Principals agree ..." tagged a work is a
  title NER ran on into the text.
* ``actors.names.kind_described_thing``: the text says what kind of thing the name is: a
  lower-case noun right before it ("the play The Vagina Monologues", "humanoid robot
  Asimo", "period drama Tulip Fever"), in apposition to it, or whose participle "called"
  / "named" / "dubbed" it completes ("a technology called EV-DO"), whose most frequent
  WordNet sense is a creation (a work, a product), a dramatic composition, a piece of
  music or an instrumentality (a device, a machine, equipment), and none of whose
  senses is a group, a person, a periodical or a website (``lexicon/work_kind_nouns.txt``, written by
  ``python -m stancemap.actors.work_names``: "newspaper", "magazine", "network", a firm's
  nouns, are left out, since they also name the body that makes them), with no common
  noun compounded before it ("search engine Yahoo", "investment vehicle X", "think tank":
  such a pair is often a firm's trade). A new person or
  organisation of that name is no actor wherever the document writes it (one article,
  one reading).

Both leave KB actors alone and act only on new persons and organisations the document has
not named before in another way ("Omar Mateen ... Mateen" with "Mateen" tagged a work), and
never a name that looks like a person's (a courtesy title or a given name first: "Ms Caird
said", tagged a work after a closing quote; "the film Tom Wexley directed", parsed as an
apposition - so "the film Vera Drake" stays an actor too), so a
firm named as a maker ("Honda's robot") stays, and neither reads a name whose last word is a noun with a
WordNet sense in noun.group ("the Law Society", "... Alliance": a body, whatever NER tagged).

WordNet 3.0 Copyright 2006 by Princeton University (the WordNet licence, which permits
use, copying and distribution with its notice; see data/events/README.md).
"""

from __future__ import annotations

import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from ..datafiles import data_path, read_table, word_list
from ..events.lexnames import noun_lexnames
from ..records import is_new_id
from ..rules import declare
from .firm_names import personal_looking
from .lexicon import singular
from .normalize import fold
from .not_actors import group_nouns

if TYPE_CHECKING:
    from .linker import Resolution
    from .resolve import DocumentResolver

WORK_ENTITY = declare(
    "actors.names.work_entity",
    "'Uganda bans Vagina Monologues ... banned the play The Vagina Monologues': a new person "
    "or organisation whose words all lie inside one WORK_OF_ART or PRODUCT entity (opening it), or whose "
    "text is the whole text of such an entity of the document, names a work or product, no "
    "actor - unless the document tags it as a name (its first sentence aside) at least as "
    "often, writes it as a PERSON name's last word, makes it an active verb's subject "
    "('HuffPost asked'), it ends in a WordNet kind of person ('the Log Cabin "
    "Republicans'), or it has a courtesy title or given name first",
)
KIND_DESCRIBED_THING = declare(
    "actors.names.kind_described_thing",
    "'humanoid robot Asimo', 'the play X', 'period drama Tulip Fever', 'a technology called "
    "EV-DO': a new person or organisation right after, in apposition to, or 'called' by a "
    "lower-case noun whose first WordNet sense is a creation, composition, piece of music or "
    "device and no sense a group or person (lexicon/work_kind_nouns.txt), with no noun "
    "compounded before it ('search engine Yahoo' stays), is a thing, no actor, wherever the "
    "document writes that name; never a name with a courtesy title or given name first",
)

VERSION = "2026.12.1"
LIST = "lexicon/work_kind_nouns.txt"
# (lemma, sense index in index.noun order) of the roots a kind noun's first sense lies under
KIND_ROOTS = (
    ("creation", 1),  # creation.n.02: an artifact brought into existence (film, book, product)
    ("dramatic_composition", 0),  # play, drama, comedy
    ("music", 0),  # opera, symphony
    ("instrumentality", 2),  # instrumentality.n.03: device, machine, robot, console, phone
)
# a periodical or a website also stands for those who publish it ("the tabloid X said")
NOT_KINDS = (("group", 0), ("person", 0), ("periodical", 0), ("newspaper", 0), ("web_site", 0))
WORK_LABELS = frozenset({"WORK_OF_ART", "PRODUCT"})
CALLING = frozenset({"call", "name", "dub", "title", "brand"})
# first WordNet senses of a noun that a name "called" X is a thing's name
CALLED_LEXNAMES = frozenset({"noun.artifact", "noun.act", "noun.communication", "noun.cognition"})
ARTICLES = ("the ", "a ", "an ")


@lru_cache(maxsize=1)
def kind_nouns() -> frozenset[str]:
    actors = {
        fold(r["noun"])
        for r in read_table("lexicon/referring_nouns.tsv", required=("noun", "refers"))
        if r["refers"] != "document"
    }
    return frozenset(word_list(LIST) - actors)


def _key(text: str) -> str:
    """A name's folded text, less a leading article ("The Vagina Monologues")."""
    folded = fold(" ".join(text.split()))
    for article in ARTICLES:
        if folded.startswith(article):
            return folded[len(article) :]
    return folded


class _Readings:
    """What one document's entities say of names: folded text -> times tagged as a work,
    times tagged otherwise (outside the first sentence); the spans of its work entities; surnames of its PERSON names."""

    def __init__(self, doc: Doc) -> None:
        self.works: Counter[str] = Counter()
        self.names: Counter[str] = Counter()
        self.surnames: set[str] = set()
        self.spans: list[tuple[int, int]] = []
        self.subjects: set[str] = set()
        for ent in doc.ents:
            key = _key(ent.text)
            if _active_subject(ent.root):
                self.subjects.add(key)
            if ent.label_ in WORK_LABELS:
                self.works[key] += 1
                self.spans.append((ent.start, ent.end))
            else:  # a name, or any other reading NER gives the words ("Mateen" a DATE)
                if ent.sent.start != 0:  # a title-case headline tags any title a name
                    self.names[key] += 1
                if len(ent) > 1:  # "Wendy Caird" (tagged ORG) ... "Ms Caird"
                    self.surnames.add(fold(ent[-1].text))

    def inside_work(self, span: Span) -> bool:
        """The span opens a work entity (after its "the") and ends inside it ("MTV Smut
        Peddlers" of "MTV Smut Peddlers: Targeting Kids with ..."); not a word in the
        middle of a title NER ran on into the text ("Assuming Principals agree ...")."""
        doc = span.doc
        return any(
            span.end <= end
            and (start == span.start or (start + 1 == span.start and doc[start].lower_ == "the"))
            for start, end in self.spans
        )


def _active_subject(token: Token) -> bool:
    """The subject of an active verb, or a conjunct of one ("HuffPost asked", "AbbVie and
    Shire called off a deal"): a work or product does not act, a firm NER read as one does."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "nsubj" and token.head.pos_ == "VERB"


@lru_cache(maxsize=8)
def _readings(doc: Doc) -> _Readings:
    return _Readings(doc)


def _new_body_or_person(found: Resolution) -> bool:
    return is_new_id(found.id) and found.type in ("organization", "person")


def work_entity(span: Span) -> bool:
    """The test of rule ``WORK_ENTITY`` (its switch read by the caller)."""
    readings = _readings(span.doc)
    key = _key(span.text)
    if not key or _people_word_last(span) or key in readings.subjects:
        return False
    if len(span) == 1 and key in readings.surnames:
        return False
    if len(span) > 1 and fold(span[-1].text) in readings.surnames and key not in readings.works:
        return False
    works = readings.works[key]
    named = readings.names[key]
    if works > named:
        return True  # the document's NER tags this very text a work more often than a name
    # words inside a longer title ("MTV Smut Peddlers: Targeting Kids with ..."), written
    # nowhere in the document as a name of their own
    return readings.inside_work(span) and named == 0


@lru_cache(maxsize=1)
def people_nouns() -> frozenset[str]:
    return word_list("lexicon/people_nouns.txt")


def _people_word_last(span: Span) -> bool:
    """The name ends in a noun whose first WordNet sense is a kind of person ("the Log
    Cabin Republicans", "Scissor Sisters"): a group of people, whatever NER tagged."""
    last = span[-1]
    nouns = people_nouns()
    return last.lower_ in nouns or singular(last.lower_) in nouns or last.lemma_.lower() in nouns


def _kind_noun(token: Token) -> bool:
    """A lower-case common noun whose first WordNet sense is a made thing, with no common
    noun compounded before it ("search engine Yahoo", "think tank")."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    nouns = kind_nouns()
    if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
        return False
    # "search engine Yahoo", "investment vehicle X", "think tank": a noun compounded with
    # another names a kind WordNet does not weigh as one word, often a firm's trade
    return not any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in token.lefts)


def described_as_kind(span: Span) -> bool:
    """A kind noun right before the name ("robot Asimo", "the play The X"), in apposition
    to it, or the noun a participle of calling that the name completes modifies ("a
    technology called EV-DO")."""
    doc = span.doc
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "the" and before > 0:
        before -= 1  # "the play The Vagina Monologues": NER left "The" outside
    if (
        before >= 0
        and _kind_noun(doc[before])
        and doc[before].head.i in range(span.start, span.end)
    ):
        return True
    if before >= 0 and _kind_noun(doc[before]) and doc[before].dep_ in ("compound", "nmod"):
        return True
    root = span.root
    kind = doc[before] if before == span.start - 1 >= 0 else None
    if (
        kind is not None
        and _kind_noun(kind)
        and kind.head.i not in (kind.i, root.i)
        and kind.head == root.head
    ):
        return True  # "robot Asimo has got faster": the parser made both the verb's subject
    if root.dep_ == "appos" and _kind_noun(root.head):
        return True
    if any(_next_apposition(span, child) and _kind_noun(child) for child in root.children):
        return True
    head = root.head
    if (
        root.dep_ == "nsubj"
        and head.dep_ == "relcl"
        and head.head.i == span.start - 1
        and _kind_noun(head.head)
        and _no_gap(head, root)
    ):
        return True  # "humanoid robot Kiro has learned to climb": the parser's relative clause
    return (
        root.dep_ in ("oprd", "dobj", "attr", "xcomp")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in CALLING
        and head.dep_ in ("acl", "relcl")
        and _called_thing(head.head)
    )


def _next_apposition(span: Span, child: Token) -> bool:
    """An apposition that opens right after the name's comma ("Supervolcano, a docu-drama");
    not one further on, which the parser often hangs there wrongly ("Nesa Guzman, 21, a
    squad car pulled up", "Khizr Khan, the father of ..., calls")."""
    end = span.end
    return (
        child.dep_ == "appos"
        and end < len(span.doc)
        and span.doc[end].text == ","
        and child.left_edge.i == end + 1
    )


def _no_gap(verb: Token, subject: Token) -> bool:
    """The verb has a complement of its own, so its clause is no relative clause on the
    noun before its subject ("the film Spielberg directed" has its object gap there)."""
    return any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "acomp", "attr", "prt", "advmod")
        for c in verb.children
        if c.i != subject.i
    )


def _called_thing(token: Token) -> bool:
    """A lower-case noun called something that is a made thing, an act, a communication or
    an idea and has no sense of a body ("a technology called X", "an initiative called X";
    not "a group called X", "a man called X")."""
    if token.pos_ != "NOUN" or not token.is_lower:
        return False
    lemma = token.lemma_.lower()
    if lemma in group_nouns() or token.lower_ in group_nouns():
        return False
    return _kind_noun(token) or noun_lexnames().get(lemma) in CALLED_LEXNAMES


@lru_cache(maxsize=8)
def _described_keys(doc: Doc) -> frozenset[str]:
    """Folded names a kind noun describes somewhere in the document (entities and runs of
    proper nouns the parser left untagged)."""
    keys: set[str] = set()
    spans: list[Span] = [
        e for e in doc.ents if e.label_ in ("PERSON", "ORG", "WORK_OF_ART", "PRODUCT")
    ]
    run: list[Token] = []
    for token in list(doc) + [None]:  # proper-noun runs NER left untagged
        if token is not None and not token.ent_type_ and token.pos_ == "PROPN":
            run.append(token)
            continue
        if run:
            spans.append(doc[run[0].i : run[-1].i + 1])
            run = []
    for span in spans:
        if described_as_kind(span):
            keys.add(_key(span.text))
    return frozenset(keys)


def kind_described(span: Span) -> bool:
    """The test of rule ``KIND_DESCRIBED_THING`` (its switch read by the caller)."""
    key = _key(span.text)
    return bool(key) and key in _described_keys(span.doc)


def _body_word_last(span: Span) -> bool:
    """The name ends in a noun with a WordNet sense in noun.group ("the Law Society", "the
    Making Decisions Alliance"): a body, whatever NER tagged it."""
    last = span[-1]
    groups = group_nouns()
    return last.lower_ in groups or last.lemma_.lower() in groups


def thing_named(resolver: DocumentResolver, span: Span, found: Resolution) -> bool:
    """The span names a work, product or made thing, no actor (rules ``WORK_ENTITY``,
    ``KIND_DESCRIBED_THING``)."""
    if not _new_body_or_person(found) or _body_word_last(span) or personal_looking(span.text):
        return False  # "the film Tom Wexley directed" (parsed in apposition): a person
    if found.id in resolver.actors:
        return False  # "Omar Mateen ... Mateen": a name of an actor the story already names
    on = resolver.switches.enabled
    return (on(WORK_ENTITY) and work_entity(span)) or (
        on(KIND_DESCRIBED_THING) and kind_described(span)
    )


def import_nouns(root: Path) -> list[str]:
    from ..wordnet_files import first_sense_nouns

    return first_sense_nouns(root, KIND_ROOTS, NOT_KINDS)


def main(argv: list[str]) -> None:
    from ..wordnet_files import WORDNET, write_word_list

    root = Path(argv[0]) if argv else WORDNET
    header = [
        "# Nouns of kinds of made things that name no body ('the play X', 'robot Asimo',",
        "# 'a technology called X'): a one-word noun whose most frequent WordNet 3.0 sense lies",
        "# under one of work_names.KIND_ROOTS (creations, dramatic compositions,",
        "# music, instrumentalities) and none of whose senses lies under group.n.01 or",
        "# person.n.01, nor under periodical.n.01, newspaper.n.01 or web_site.n.01 (who",
        "# publishes one speaks through it). Generated by python -m stancemap.actors.work_names",
        "# from Princeton",
        "# WordNet 3.0 (WordNet licence, see data/events/README.md); do not edit.",
        f"# Version {VERSION}.",
    ]
    nouns = import_nouns(root)
    write_word_list(data_path(LIST), header, nouns)


if __name__ == "__main__":
    main(sys.argv[1:])
