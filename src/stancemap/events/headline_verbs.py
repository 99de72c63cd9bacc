"""A headline's verb that the tagger read as a noun: "Iran, Saudi Arabia Clash Over Yemen",
"Clinton, Trump spar over taxes". A headline drops its auxiliaries and articles, and a
present-tense verb after a plural subject looks like a noun, so the sentence has no verb
at all and the coder (which starts from verbs) reads nothing, or reads the word as a bare
event noun with no parties.

Rule ``events.trigger.headline_noun_verbs``: in a sentence with no verb and no auxiliary,
a noun or proper noun that no actor mention covers and has no determiner or possessive,
right after actors named with only commas and "and" between them that open the sentence
(or follow a kicker's colon), whose word is a verb of the lexicon (a bare event row) in
the form that agrees with them (bare after two or a plural, "-s" after one: "Putin Slams
NATO", while "Trump Rally" stays a noun), is read as that verb: the actors are its source,
its prepositions and objects give the target as a verb's would. Read from the parse, the
actor mentions and the lexicon, no word list.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .criticism_verbs import (
    CRITICISM_ROW,
    CRITICISM_TYPE,
    between_people,
    headline_criticism_row,
)
from .lexicon import Lexicon, TriggerEntry
from .parts import DocContext, Frame

HEADLINE_NOUN_VERBS = declare(
    "events.trigger.headline_noun_verbs",
    "'Iran, Saudi Arabia Clash Over Yemen': in a verbless sentence, a noun that is a "
    "lexicon verb, after a phrase naming actors, is read as that verb with them as source",
    order=41,
)

HEADLINE_NAME_VERB = declare(
    "events.trigger.headline_name_verb",
    "'Obama slams Trump over ban', 'Ryan rebuffs Trump on trade': a headline whose only "
    "verb is a name the tagger misread counts as verbless, and its verb's target is the "
    "actor named right after it (past 'back', 'at', 'against') when the parse gives none",
    order=41.5,
)

HEADLINE_CLAUSE_VERBS = declare(
    "events.trigger.headline_clause_verbs",
    "'Al-Awlaki extols Nidal Hasan, the psychiatrist who killed 13': a headline whose verbs "
    "all stand in clauses that modify its nouns (relative, participle) counts as verbless, "
    "so its main verb the tagger read as a noun is read (headline_noun_verbs)",
    order=41.6,
)

NOMINAL = ("NOUN", "PROPN")
# the clauses that modify a noun: a verb inside one is not the sentence's own
NOUN_CLAUSES = ("relcl", "acl")
# the words a headline verb's object may follow ("fires back at X", "lashes out at X")
OBJECT_MARKERS = ("back", "out", "at", "against", "on", "with", "to")


def in_noun_clause(tok: Token) -> bool:
    """``tok`` stands in a clause that modifies a noun ("the psychiatrist who killed 13",
    "a man named Tom"): it or an ancestor is a relative or participle clause on a noun."""
    return any(t.dep_ in NOUN_CLAUSES and t.head.pos_ in NOMINAL for t in (tok, *tok.ancestors))


def verbless(sent: SpacySpan, ctx: DocContext | None = None, clauses: bool = False) -> bool:
    """No verb or auxiliary in the sentence; with ``ctx`` (rule
    ``events.trigger.headline_name_verb``), none outside an actor mention ("Obama slams
    Trump over ban" tags "Trump" a verb); with ``clauses`` (rule
    ``events.trigger.headline_clause_verbs``), none outside a clause that modifies a noun,
    and the sentence's root a noun (the misread verb)."""
    if clauses and sent.root.pos_ not in NOMINAL:
        clauses = False  # a sentence with a verb at its root has its own verb
    for t in sent:
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if clauses and in_noun_clause(t):
            continue
        if ctx is None or t.pos_ == "AUX" or ctx.actors.actor_at(t.idx, t.idx + len(t)) is None:
            return False
    return True


def following_actor(tok: Token, ctx: DocContext) -> list[str]:
    """The actor named right after a headline verb, past at most two of 'back', 'at',
    'against' ... ("Ryan rebuffs Trump", "Trump fires back at Warren"), else none."""
    doc = tok.doc
    i, skipped = tok.i + 1, 0
    while i < tok.sent.end and doc[i].lower_ in OBJECT_MARKERS and skipped < 2:
        i, skipped = i + 1, skipped + 1
    if i >= tok.sent.end:
        return []
    found = ctx.actors.actor_at(doc[i].idx, doc[i].idx + len(doc[i]))
    return [found] if found is not None else []


def bare_row(lexicon: Lexicon, word: str) -> TriggerEntry | None:
    """The lexicon's bare event row for ``word`` as a verb (no condition to test)."""
    for row in lexicon.candidates(word, "V"):
        if row.role == "event" and row.type and all(r.negative for r in row.requires):
            return row
    return None


def opening_actors(tok: Token, ctx: DocContext) -> list[tuple[str, Token]]:
    """The actors named just before ``tok``, in order, with the last token of each mention,
    when only names, commas and "and" stand between them and ``tok`` ("Iran, Saudi
    Arabia Clash"); the parse of a verbless headline is too poor to find its subject."""
    found: list[tuple[str, Token]] = []
    i = tok.i - 1
    doc = tok.doc
    while i >= tok.sent.start:
        word = doc[i]
        if word.is_punct and word.text == "," or word.pos_ == "CCONJ":
            i -= 1
            continue
        mention = ctx.actors.mention_at(word.idx, word.idx + len(word))
        if mention is None:
            break
        if not found or found[-1][0] != mention.actor_id:
            found.append((mention.actor_id, word))
        while i >= tok.sent.start and doc[i].idx >= mention.start:
            i -= 1
    # the names open the headline, or follow its kicker ("Poll: X, Y Clash"), never a
    # phrase of their own ("fireworks over Clinton aides")
    if i >= tok.sent.start and doc[i].text not in (":", "-", "\u2013", "\u2014", "|"):
        return []
    return found[::-1]


def verb_forms(word: str, plural: bool) -> list[str]:
    """The verb a headline form can be: after one singular subject a present tense takes
    "-s" ("Putin Slams NATO"); after a plural or coordinated subject it is bare ("Iran,
    Saudi Arabia Clash"), so "Trump Rally" stays a noun."""
    if plural:
        return [word]
    if not word.endswith("s") or word.endswith("ss"):
        return []
    forms = [word[:-1]]
    if word.endswith(("ses", "xes", "zes", "ches", "shes", "oes")):  # "clashes", "vetoes"
        forms.append(word[:-2])
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    return forms


def headline_verb(
    tok: Token, ctx: DocContext, lexicon: Lexicon, criticism: bool = False
) -> tuple[TriggerEntry, list[str]] | None:
    """``tok``'s bare verb row and its subject's actors when ``tok`` is a headline verb
    read as a noun, else None (the caller checks the sentence is verbless)."""
    if tok.pos_ not in NOMINAL or tok.i == tok.sent.start:
        return None
    if any(c.dep_ in ("case", "det", "poss") for c in tok.children):
        return None  # "Clinton aides' deals", "the rally": a noun phrase
    if ctx.actors.actor_at(tok.idx, tok.idx + len(tok)) is not None:
        return None
    subjects = opening_actors(tok, ctx)
    if not subjects:
        return None
    plural = len(subjects) > 1 or subjects[0][1].tag_ in ("NNS", "NNPS")
    for form in verb_forms(tok.lower_, plural):
        row = bare_row(lexicon, form)
        if criticism and (row is None or (row.weight < 1 and row.type != CRITICISM_TYPE)):
            # "Sanders rips Clinton": a WordNet verb of criticism over the dictionary's
            # bare force code (events.trigger.criticism_verbs; people checked by the caller)
            after = tok.nbor(1).lower_ if tok.i + 1 < tok.sent.end else ""
            row = headline_criticism_row(f"{form} {after}") or headline_criticism_row(form) or row
        if row is not None:
            return row, [actor for actor, _ in subjects]
    return None


def noun_verb_frame(
    tok: Token,
    ctx: DocContext,
    lexicon: Lexicon,
    roles,
    next_actor: bool = False,
    criticism: bool = False,
) -> Frame | None:
    found = headline_verb(tok, ctx, lexicon, criticism)
    if found is None:
        return None
    row, source = found
    words = {t.lemma_.lower() for o in args.children(tok, "dobj") for t in o.subtree}
    target = [a for a in roles.targets(tok, ctx, source) if a not in source]
    if not target and next_actor:  # "Obama slams Trump over ban": the parse has no object
        target = [a for a in following_actor(tok, ctx) if a not in source]
    if row.source == CRITICISM_ROW and not (
        target and between_people(source, ctx.actors) and between_people(target, ctx.actors)
    ):
        return None  # "Sanders rips Clinton": criticism only between people
    return Frame(
        row,
        row.cameo,
        row.type or "",
        tok,
        (tok.idx, tok.idx + len(tok)),
        [tok],
        source,
        target,
        words,
    )
