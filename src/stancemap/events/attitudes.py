"""An attitude predicated of someone towards someone: "Republicans have been critical of
Clinton", "X, a critic of Y", "Schlafly had been a strong supporter of Trump", "unions were
among the earliest supporters of Clinton".

No verb carries these: the event word is an adjective after a verb of being, or a person
noun that is the subject's predicate, its apposition or what "among" places it in. The
words are the adjectives and agent nouns WordNet derives from a word our lexicon codes on
its own as criticism, support or refusal, and the adjectives of anger, which are criticism
("furious at X") (``data/events/attitude_words.tsv``, written by ``attitude_import.py``:
"critical" <- criticism, "supporter" <- support). The one who holds
the attitude is the subject (or the name the noun is apposed to); the one it is held
towards is the object of the adjective's preposition or the noun's "of", and both must be
named: "critical of the plan" names no one and is no event. Rule
``events.trigger.attitude_predicates``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import read_table
from ..rules import declare
from .lexicon import TriggerEntry
from .parts import DocContext, Frame
from .roles import RoleFinder

ATTITUDE_PREDICATES = declare(
    "events.trigger.attitude_predicates",
    "'X has been critical of Y', 'X, a critic of Y', 'X was a strong supporter of Y': an "
    "adjective after a verb of being, or a person noun predicated of or apposed to X, that "
    "WordNet derives from a word coded as criticism, support or refusal, or an adjective "
    "of anger ('furious at Y'; attitude_words.tsv), with Y its object, is that event from X "
    "to Y",
    order=41,
)
WORDS_FILE = "events/attitude_words.tsv"
# the prepositions an adjective of attitude takes its object with ("critical of",
# "supportive of", "defiant towards")
ADJECTIVE_PREPS = ("of", "to", "toward", "towards", "at", "with", "about")
NOUN_PREPS = ("of",)
SUBJECTS = ("nsubj", "nsubjpass")
RELATIVE_TAGS = ("WP", "WDT")  # "who", "that", "which" as a relative clause's subject


@lru_cache(maxsize=1)
def attitude_words() -> dict[tuple[str, str], TriggerEntry]:
    """(lemma, "A" or "N") -> the row the word is coded with."""
    out: dict[tuple[str, str], TriggerEntry] = {}
    for row in read_table(WORDS_FILE, required=("word", "pos", "code", "type")):
        entry = TriggerEntry(
            row["word"], row["pos"], "event", row["code"], (), row["type"],
            f"{WORDS_FILE}:{row['_line']}",
        )  # fmt: skip
        out[(row["word"], row["pos"])] = entry
    return out


def _row(tok: Token) -> TriggerEntry | None:
    if tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "oprd"):
        return attitude_words().get((tok.lemma_.lower(), "A"))
    if tok.pos_ == "NOUN" and tok.dep_ in ("attr", "appos", "pobj"):
        return attitude_words().get((tok.lemma_.lower(), "N"))
    return None


def _holder(tok: Token) -> tuple[Token, list[Token]] | None:
    """(the verb that carries the attitude's mode, the phrases that name its holder)."""
    if tok.dep_ in ("acomp", "oprd", "attr"):
        verb = tok.head
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if verb.dep_ == "relcl" and any(s.tag_ in RELATIVE_TAGS for s in subjects):
            named = verb.head  # "Erickson, a host who has been critical of X": Erickson
            return verb, [named, named.head] if named.dep_ == "appos" else [named]
        return verb, subjects
    if tok.dep_ == "appos":  # "X, a critic of Y": the name the noun renames
        return tok.head, [tok.head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "among" and tok.head.head.pos_ in ("AUX", "VERB"):
        verb = tok.head.head  # "were among the earliest supporters of X"
        return verb, [c for c in verb.children if c.dep_ in SUBJECTS]
    return None


def attitude_frame(tok: Token, ctx: DocContext, roles: RoleFinder) -> Frame | None:
    """The event an attitude word predicates, or None."""
    row = _row(tok)
    if row is None:
        return None
    held = _holder(tok)
    if held is None:
        return None
    verb, holders = held
    source = [a for h in holders for a in roles.actors(h, ctx)]
    preps = ADJECTIVE_PREPS if row.pos == "A" else NOUN_PREPS
    heads = [tok]
    if row.pos == "A" and tok.dep_ == "acomp":  # the parser may hang "at Y" on the verb
        heads.append(verb)
    preps_of = [
        p
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in preps and p.i > tok.i
    ]
    objects = [o for p in preps_of for o in p.children if o.dep_ == "pobj"]
    target = [a for o in objects for a in roles.actors(o, ctx) if a not in source]
    if not source or not target:
        return None
    return Frame(
        row,
        row.cameo,
        row.type or "",
        verb,
        (tok.idx, tok.idx + len(tok)),
        [tok, verb],
        list(dict.fromkeys(source)),
        list(dict.fromkeys(target)),
        set(),
        # the verb of being reads the mode ("has not been critical of", "would be"); an
        # apposed noun has none
        nominal=verb.pos_ not in ("AUX", "VERB"),
    )
