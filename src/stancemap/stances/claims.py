"""Claims judged by their predicate: what a speaker says a thing is.

Rule ``stances.claims.predicate``: inside a quote, "the vote was rigged", "the
deal was a good compromise", "the operation was precise and necessary" judge
the clause's subject with the predicate's word; "X called the election a
fraud" judges the object. The claim's target is the subject's head: the issue
frame it triggers where it triggers one ("vote" and "election" are one
target), else its lemma, else - for "it", "this" - the last thing judged. Two
speakers judging one target oppositely then disagree through the ordinary
issue pairing (``claim-<target>``), whatever words each used and without
either addressing the other.

When the judged thing is an actor or an actor's act ("Finland's decision was a
provocation", "Japan is a steadfast ally") this rule reads nothing: taken as the
speaker's position towards that actor it lost on the unseen relation set (session
9). Rule ``stances.claims.judged_act`` reads the narrower case, a noun that names
an act or a message of the actor's ("Finland's decision", "remarks by Macron"),
in a quote, as the speaker's position towards that actor. A
state's forces or agents ("the Russian
peacekeepers", "the forces") are judged as that state's side: the target is
``state.<code>``, so two nouns for one army are one target.

Signs: the stance lexicon's evaluative cues first, else AFINN-165
(``data/stances/claim_words.tsv``, built by ``claim_import``); negation and
modality through ``polarity.cue_polarity``. Confidences come from ``[stances]``
in ``data/constants.toml``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import groupby
from typing import Protocol

from spacy.tokens import Token

from ..datafiles import read_table, word_list
from ..nlp.view import doc_view
from ..rules import declare, rule
from .agent_owner import PARTICIPLE_AGENT_OWNER, participle_agent
from .claim_model import load_model
from .claim_passage import (
    LEARNED_SAME_KEY,
    TWO_CLAIMANTS_SAME_MATTER,
    WEAK,
    WEAK_REPLY,
    claimants_in,
    reply_to,
    same_key_near,
    same_matter,
)
from .claim_signs import (
    NOTHING_ABOUT,
    WORDNET_PREDICATE,
    denied_fault,
    nothing_about,
    wordnet_sign,
)
from .contrary_claims import (
    CONTRARY,
    MET_WORDNET,
    UNSIGNED,
    claim_notes,
    predicate_words,
    reads_unsigned,
    scale_verb,
)
from .demonym_acts import DEMONYM_ACT_OWNER, demonym_owner
from .extract import ALIGNMENT, Finding
from .lexicon import claim_words
from .polarity import cue_polarity
from .said_of import SAID_OF_OWNER, said_of_owner
from .stance_free import STANCE_FREE_ROWS, predicate_sign
from .topics import lemma

_JUDGED_DEPS = ("acomp", "attr", "oprd")
_ISSUE = "issue:"  # a target that is an issue frame's id


DERIVED_NOUN_SIGN = declare(
    "stances.claims.derived_noun_sign",
    "an act noun AFINN and VADER leave unsigned takes the AFINN sign of its WordNet "
    "derivational verb ('was a provocation' as 'provoke'; claim_words.tsv rows 'wordnet=')",
    order=44,
)


LEARNED_POLARITY = declare(
    "stances.claims.learned_polarity",
    "a quote whose content no rule signs ('the truce is holding', 'the ceasefire is "
    "collapsing') takes the sign of the learned claim-polarity model when it is confident "
    "(data/stances/claim_polarity.json); two speakers' opposite claims about one matter (one "
    "head noun, WordNet synonyms, one issue frame) disagree",
    order=70,
)


TWO_CLAIMANTS = declare(
    "stances.claims.two_claimants",
    "with learned_polarity: in a passage where exactly two speakers make signed claims, a "
    "learned claim and the other speaker's opposite claim in the same or the next sentence "
    "judge one matter though they name it with different nouns ('the port deal' / 'the "
    "project')",
    order=71,
)


class _Context(Protocol):  # the part of ``relations.Context`` this module reads
    def actor_of(self, tok: Token) -> str | None: ...
    def sentence(self, tok: Token) -> tuple[int, int]: ...


@lru_cache(maxsize=1)
def wordnet_signs() -> dict[str, tuple[int, float]]:
    """word or collocation -> (sign, weight), from ``data/stances/wordnet_signs.tsv``
    (built by ``wordnet_sign_import``; read by ``stances.relations.naming_wordnet_sign``)."""
    rows = read_table("stances/wordnet_signs.tsv", required=("word", "sign", "weight", "source"))
    return {r["word"]: (int(r["sign"]), float(r["weight"])) for r in rows}


def _sign_of(tok: Token, ctx: object) -> tuple[int, float] | None:
    """The judging sign of one word: an evaluative cue, else its AFINN valence."""
    lexicon = ctx.lexicon  # type: ignore[attr-defined]
    cue = lexicon.cue("evaluative", lemma(tok))
    if cue is not None:
        return cue.sign, cue.weight
    on = getattr(ctx, "on", ())
    if STANCE_FREE_ROWS in on:  # "turnout rose": no sign from a word of movement
        return predicate_sign(tok, on, DERIVED_NOUN_SIGN in on, lemma)
    words = claim_words(DERIVED_NOUN_SIGN in ctx.on)  # type: ignore[attr-defined]
    hit = words.get(tok.lower_) or words.get(lemma(tok))
    if hit is None and WORDNET_PREDICATE in on:
        hit = wordnet_sign(tok, wordnet_signs())  # "the accord was momentous"
    return hit


def _judgement(word: Token, ctx: object) -> tuple[Token, tuple[int, float]] | None:
    """The word that judges, and its sign: the predicate itself, a conjunct ("precise
    and necessary"), or an adjective on a predicate noun ("a good compromise")."""
    return _judging_word(word, ctx)


def _judging_word(word: Token, ctx: object) -> tuple[Token, tuple[int, float]] | None:
    lexicon = ctx.lexicon  # type: ignore[attr-defined]
    conjuncts = [word, *word.conjuncts]
    for tok in conjuncts:  # the stance lexicon's own judging words first ("forced and necessary")
        cue = lexicon.cue("evaluative", lemma(tok))
        if cue is not None:
            return tok, _for_whom(tok, (cue.sign, cue.weight), ctx)
    for tok in conjuncts:
        hit = _sign_of(tok, ctx)
        if hit is not None:
            return tok, _for_whom(tok, hit, ctx)
    if word.pos_ in ("NOUN", "PROPN"):
        for mod in (c for c in word.children if c.dep_ == "amod"):
            hit = _sign_of(mod, ctx)
            if hit is not None:
                return word, _for_whom(word, hit, ctx)
    return None


def _for_whom(tok: Token, hit: tuple[int, float], ctx: object) -> tuple[int, float]:
    """A good thing for a bad one is bad ("a reward for terrorism", "a gift to
    extremists"), a blow to a bad one good ("a blow to terrorism"); for a good
    one the word keeps its sign ("a victory for democracy", "a threat to peace")."""
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to")):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            other = _sign_of(pobj, ctx)
            if other is not None and other[0] < 0:
                return -hit[0], hit[1]
    return hit


def _predicate(tok: Token, ctx: object) -> tuple[Token, Token] | None:
    """(judged subject, judging word) when ``tok`` heads a judging predicate."""
    words = ctx.words  # type: ignore[attr-defined]
    if denied_fault(tok, NOTHING_ABOUT in ctx.on):  # type: ignore[attr-defined]
        return nothing_about(tok)  # "there was nothing unusual about the census"
    if (
        tok.pos_ in ("ADJ", "NOUN")
        and tok.dep_ in ("ccomp", "xcomp")
        and words.get("naming", lemma(tok.head)) is not None
    ):  # "declared the election clean", parsed as a small clause
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        return (subj, tok) if subj is not None else None
    if tok.dep_ in ("acomp", "attr") and _copula(tok.head, ctx):
        if tok.head.dep_ in ("relcl", "acl") and MODIFIER_CLAUSE in ctx.on:  # type: ignore[attr-defined]
            return None  # "places that were economically depressed": a noun described
        subj = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and tok.head.dep_ == "conj":
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subj is None and tok.head.dep_ == "ccomp" and tok.head.head.tag_ in ("VBD", "VBN"):
            # "the deal agreed in Luxembourg was a good compromise": a reduced relative
            # parsed as the clause's verb, the copula left without its subject
            subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        return (subj, tok) if subj is not None else None
    if tok.pos_ == "VERB" and tok.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in tok.children):
        if MODIFIER_CLAUSE in ctx.on and (  # type: ignore[attr-defined]
            tok.dep_ in ("acl", "relcl") or not _finite(tok)
        ):
            return None  # "steel being dumped onto the market": a noun described, no claim
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        return (subj, tok) if subj is not None else None  # "the vote was rigged"
    if tok.pos_ == "VERB" and words.get("naming", lemma(tok)) is not None:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
        named = next((c for c in tok.children if c.dep_ in _JUDGED_DEPS), None)
        if named is None:  # "described the vote as a farce"
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"):
                named = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and named is None:  # "called the election a fraud" parsed as one NP
            named = next((c for c in obj.children if c.dep_ in _JUDGED_DEPS), None)
        return (obj, named) if obj is not None and named is not None else None
    return None


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _copula(verb: Token, ctx: object) -> bool:
    """Whether ``verb`` links its subject to a predicate word: the stance words' copulas."""
    return ctx.words.get("copula", lemma(verb)) is not None  # type: ignore[attr-defined]


def _finite(verb: Token) -> bool:
    """The passive participle has a finite auxiliary ("was rigged", "has been rigged"), not
    only "being" ("steel being dumped"): a clause that asserts, not a noun described."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in verb.children)


def _is_event(tok: Token, ctx: object) -> bool:
    events = ctx.events  # type: ignore[attr-defined]
    return any(e.trigger.start <= tok.idx < e.trigger.end for e in events)


def _owners(subj: Token, ctx: _Context) -> tuple[list[str], bool]:
    """Whose act the judged noun names: its possessor or "by"/"of" actor (``_owner``); and
    whether they were read off the noun's own words."""
    owner = _said_of_owner(subj, ctx) if SAID_OF_OWNER in ctx.on else None  # type: ignore[attr-defined]
    if owner is None:
        owner = _owner(subj, ctx)
    if owner is None and DEMONYM_ACT_OWNER in ctx.on:  # type: ignore[attr-defined]
        owner = demonym_owner(subj, ctx)  # type: ignore[arg-type]
    if owner is None and PARTICIPLE_AGENT_OWNER in ctx.on:  # type: ignore[attr-defined]
        owner = participle_agent(subj, ctx.actor_of)  # "proceedings brought by Y"
    if owner is not None:
        return [owner], True
    return [], False


def _said_of_owner(subj: Token, ctx: _Context) -> str | None:
    """A his/her owning the judged noun in a quote said of one person ("'His behavior was
    deplorable,' X said of Y"): that person (rule ``stances.claims.said_of_owner``); it
    comes before the coreference's own reading, which has no name before the pronoun."""
    poss = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
    quote = ctx.quotes.at(subj.idx) if poss is not None else None  # type: ignore[attr-defined]
    if poss is None or quote is None or not quote.speaker:
        return None
    exclude = frozenset(a for a in (quote.speaker, quote.speaks_for) if a)
    return said_of_owner(poss, quote, ctx.actors, exclude)  # type: ignore[attr-defined]


def _owner(subj: Token, ctx: _Context) -> str | None:
    """The actor whose act the subject names: "Finland's decision", "remarks by Macron"."""
    for child in subj.children:
        if child.dep_ == "poss" and (actor := ctx.actor_of(child)) is not None:
            return actor
        if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                if (actor := ctx.actor_of(pobj)) is not None:
                    return actor
    return None


def state_target(subj: Token, ctx: _Context) -> str | None:
    """A claim about a state's forces or agents is a claim about that state's side:
    "the Russian peacekeepers failed" and "the forces fulfilled their mission" judge one
    thing, whatever the noun ("state.RUS")."""
    actor_id = ctx.actor_of(subj)
    actor = ctx.actors.actor(actor_id) if actor_id else None  # type: ignore[attr-defined]
    if actor is None or actor.type != "group" or not actor.country:
        return None
    target = f"state.{actor.country}"
    # "the Haitian police mission ... the same mission": the head word, met again without
    # its actor, is the same target (see ``rekey``)
    ctx.state_heads[lemma(subj)] = target  # type: ignore[attr-defined]
    return target


def rekey(findings: list[Finding], state_heads: dict[str, str]) -> None:
    """Claims on a head word that named a state's forces elsewhere in the document take
    that state's target (in place)."""
    for finding in findings:
        word = finding.frame.removeprefix("claim-")
        if finding.frame.startswith("claim-") and word in state_heads:
            finding.frame = f"claim-{state_heads[word]}"


def remember(ctx: object, last: list[str], target: str, tok: Token) -> None:
    """Record a judged target, and the sentence it was judged in (for ``antecedent``)."""
    last.append(target)
    ctx.judged_in[target] = tok.sent.start  # type: ignore[attr-defined]


def antecedent(subj: Token, ctx: object, last: list[str]) -> str | None:
    """The last thing judged, for a pronoun subject ("it was a mistake").

    With ``stances.claims.near_antecedent`` on, only when it was judged in this sentence
    or the one before: a pronoun does not reach back across paragraphs, where "this"
    or "it" names something else ("This could be the great Trojan horse", a page after
    a holiday was praised). An "it" before an extraposed clause ("it's fair to say
    that ...", "it is clear that ...") points at the clause, not at a thing."""
    if not last:
        return None
    if NEAR_ANTECEDENT not in ctx.on:  # type: ignore[attr-defined]
        return last[-1]
    if subj.lower_ == "it" and any(c.dep_ in ("ccomp", "xcomp") for c in subj.head.children):
        return None
    judged = ctx.judged_in.get(last[-1])  # type: ignore[attr-defined]
    sent = subj.sent
    near = {sent.start}
    if sent.start > 0:
        near.add(subj.doc[sent.start - 1].sent.start)
    return last[-1] if judged in near else None


def perfect(carrier: Token) -> bool:
    """``carrier`` is a past participle with a bare "have" among its auxiliaries ("may
    have violated", "might have been"): a perfect, what is said to have been done."""
    if carrier.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VB" for c in carrier.children)


def unasserted(tok: Token, word: Token, ctx: object, hedged: bool = False) -> bool:
    """A claim its speaker does not assert: under a weak modal ("this could be a
    disaster", "a push would be fruitless") or in a conditional ("if X is elected, it
    is a disaster"). Rule ``stances.claims.asserted``; the modal weights are the stance
    lexicon's, the limit and the conditional marks ``[stances]`` constants. ``hedged``
    (``stances.claims.hedged_charge``): a weak modal over a perfect ("may have violated")
    does not count; "if" still does."""
    lexicon = ctx.lexicon  # type: ignore[attr-defined]
    table = ctx.table  # type: ignore[attr-defined]
    limit = float(table["claim_asserted_modal_weight"])
    marks = set(table["claim_conditional_marks"])
    carriers = [tok, word]
    if tok.dep_ in _JUDGED_DEPS:
        carriers.append(tok.head)  # the copula: "could be a disaster"
    for carrier in carriers:
        for child in carrier.children:
            modal = lemma(child)
            weak = lexicon.has("modal", modal) and lexicon.weight("modal", modal) < limit
            if child.dep_ == "aux" and weak and not (hedged and perfect(carrier)):
                return True
    node = carriers[-1]
    while True:  # the clause, or one above it, is an "if" clause or has one
        clauses = [node, *(c for c in node.children if c.dep_ == "advcl")]
        for clause in clauses:
            if clause.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in marks for c in clause.children
            ):
                return True
        if node.head.i == node.i or node.dep_ == "ROOT":
            return False
        node = node.head


CONCEDED = declare(
    "stances.claims.conceded",
    "a predicate claim its speaker concedes or asks is no claim set against others: not in a "
    "concessive clause ('although the elections were a step forward, ...') nor in a question",
    order=54,
)


def conceded(tok: Token, word: Token, ctx: object) -> bool:
    """A claim granted on the way to another point or asked, not asserted: the clause of
    ``tok`` (or one above it, up to its sentence's root) is opened by a concessive mark
    ("although", "though", "even though", ``[stances] claim_concessive_marks``), or the
    sentence is a question (it ends with "?"). Rule ``stances.claims.conceded``."""
    marks = set(ctx.table["claim_concessive_marks"])  # type: ignore[attr-defined]
    sent = tok.sent
    last = sent[-1]
    while last.is_space and last.i > sent.start:
        last = last.nbor(-1)
    if last.text == "?" or (last.is_quote and last.i > sent.start and last.nbor(-1).text == "?"):
        return True
    node = tok
    while True:
        clause_head = node.dep_ in ("advcl", "ccomp", "conj") or node.i == tok.i
        if clause_head and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ == "ROOT":
            return False
        node = node.head


class Targets(dict[str, tuple[str, frozenset[str]]]):
    """A document's claim keys -> (head word, marks), as ``Context.claim_targets`` holds
    them, with what session 15's target rules need beside: the first token a set of marks
    was claimed at (``first``), the issue frames a claim subject's head triggered and where
    (``frames``), and whether ``stances.claims.earlier_mention`` is on (``earlier``)."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.first: dict[tuple[str, frozenset[str]], int] = {}
        self.frames: dict[str, dict[str, int]] = {}
        self.mentioned: dict[str, int] = {}  # head -> character offset of its first noun
        self.earlier = False
        # key -> (token index of the bare definite subject, first token of the sentences an
        # antecedent may lie in): ``stances.claims.definite_bridge``'s candidates
        self.bridges: dict[str, tuple[int, int]] = {}
        self.bridge_only: set[str] = set()  # keys of generic nouns: kept only when bridged
        # (context, judged targets, pronouns) when ``stances.claims.learned_polarity`` is on
        self.reader: tuple[object, list[str], frozenset[str]] | None = None


def targets_of(ctx: object) -> Targets:
    """``ctx.claim_targets`` as a ``Targets`` (made one on first use)."""
    found = ctx.claim_targets  # type: ignore[attr-defined]
    if not isinstance(found, Targets):
        found = Targets(found)
        ctx.claim_targets = found  # type: ignore[attr-defined]
    return found


EARLIER_MENTION = declare(
    "stances.claims.earlier_mention",
    "a bare 'the deal' judged by one speaker is the one deal an EARLIER claim named in "
    "full ('the peace deal signed in Nairobi', also an issue frame's trigger), never one "
    "named only later ('the pay' is not 'her daughter's pay' claimed after it)",
    order=61,
)
TIME_BOUND = declare(
    "stances.claims.time_bound",
    "a claim tied to another time by a temporal clause ('how bleak the economy had been "
    "when Obama took office') judges the thing then: it meets no claim about it now",
    order=62,
)
ACT_ASSERTED = declare(
    "stances.claims.act_asserted",
    "a judged act ('Trump's misinformation may be strategic') counts only when asserted: "
    "not under 'may', 'could', 'might', 'would', not in an 'if' clause (judged_act)",
    order=64,
)


SAME_TARGET = declare(
    "stances.claims.same_target",
    "two claims meet only when they judge the same thing: a noun's names, compounds and "
    "owners must agree ('the AP report' is not 'the IG's report'; a bare 'the deal' is the "
    "one 'deal' the story names), and a name, date or number judges no thing",
    order=50,
)

# named-entity labels that name an actor (left to the attitude cues) or a date or number:
# no thing two speakers can judge ("today is a disaster", "82 percent were ...")
_NO_TARGET_ENTS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "NORP",
        "DATE",
        "TIME",
        "PERCENT",
        "MONEY",
        "QUANTITY",
        "CARDINAL",
        "ORDINAL",
    }
)
# the prepositions whose object names which one of a kind is meant ("the summit in
# Vilnius", "sanctions on Venezuela", "the war against Iraq")
_WHICH_PREPS = frozenset({"of", "in", "on", "for", "with", "against", "from", "over", "at"})


def _which(tok: Token, ctx: _Context) -> str | None:
    """The mark a modifier gives which one is meant: the actor it names, else a name's or
    a noun's lower-case form."""
    actor = ctx.actor_of(tok)
    if actor is not None:
        return actor
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return tok.lower_
    return lemma(tok) if tok.pos_ == "NOUN" else None


def target_marks(subj: Token, ctx: _Context) -> list[Token]:
    """The words that say which thing of its kind the subject is, in text order: its
    compounds and possessors ("the asylum deal", "the IG's report"), a name or nationality
    adjective ("the Venezuelan election"), and a name or actor in a prepositional phrase on
    it or on its participle ("the summit in Vilnius", "the deal agreed in Luxembourg")."""
    out: list[Token] = []
    for child in subj.children:
        if (
            child.dep_ in ("compound", "nmod", "poss")
            and child.pos_ != "PRON"
            or child.dep_ == "amod"
            and (child.pos_ == "PROPN" or child.ent_type_ in ("NORP", "GPE"))
        ):
            out.append(child)
        elif child.dep_ in ("prep", "acl"):
            preps = (
                [child] if child.dep_ == "prep" else [c for c in child.children if c.dep_ == "prep"]
            )
            for prep in (p for p in preps if p.lower_ in _WHICH_PREPS):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if pobj.pos_ == "PROPN" or ctx.actor_of(pobj) or pobj.ent_type_:
                        out.append(pobj)
    return sorted(out, key=lambda t: t.i)


GENERIC_APART = declare(
    "stances.claims.generic_apart",
    "a claim about a kind ('such deals are harmful', 'any deal is bad') does not meet a claim "
    "about one thing of that kind ('this deal is a great deal')",
    order=55,
)
# determiners that speak of a kind, not of one thing ("such deals", "any deal", "all deals");
# a bare plural is left alone: in news "talks were a failure" names the talks of the story
_KIND_DETS = frozenset({"such", "any", "all", "every"})


def generic(subj: Token) -> bool:
    """The subject names a kind rather than one thing: "such deals", "any deal", "all
    deals", "every deal"."""
    return any(
        c.lower_ in _KIND_DETS and c.dep_ in ("det", "predet", "amod") and c.i < subj.i
        for c in subj.children
    )


def time_bound(tok: Token, word: Token, marks: frozenset[str]) -> bool:
    """The claim's clause has a temporal clause of its own ("had been bleak when Obama
    took office"): it judges the thing at that time (rule ``stances.claims.time_bound``;
    the marks are ``[stances] claim_time_marks``)."""
    carriers = {tok, word}
    if tok.dep_ in _JUDGED_DEPS:
        carriers.add(tok.head)  # the copula
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children)
        for carrier in carriers
        for c in carrier.children
    )


def marked_target(subj: Token, ctx: _Context) -> str | None:
    """``same_target``'s key for a noun subject: its lemma with the marks of which one
    ("asylum-deal", "summit-vilnius"); None for a name, date or number. The marks are
    kept in ``ctx.claim_targets`` for ``settle_targets``."""
    if subj.ent_type_ in _NO_TARGET_ENTS or not lemma(subj).isalpha():
        return None
    head = lemma(subj)
    if GENERIC_APART in ctx.on and generic(subj):  # type: ignore[attr-defined]
        head = f"kind.{head}"  # a kind: met only by other claims about the kind
    found = [(t, _which(t, ctx)) for t in target_marks(subj, ctx)]
    marks = frozenset(m for _, m in found if m)
    words = [t.lower_ for t, m in found if m and t.i < subj.i]
    after = [t.lower_ for t, m in found if m and t.i > subj.i]
    key = "-".join([*words, head, *after])
    targets = targets_of(ctx)
    targets[key] = (head, marks)
    targets.first.setdefault((head, marks), subj.i)
    if head not in targets.mentioned:
        targets.mentioned[head] = next(
            (t.idx for t in subj.doc if t.pos_ == "NOUN" and lemma(t) == head), subj.idx
        )
    targets.earlier = EARLIER_MENTION in ctx.on  # type: ignore[attr-defined]
    if DEFINITE_BRIDGE in ctx.on and not marks and key not in targets.bridges:  # type: ignore[attr-defined]
        window = bridge_window(subj, int(ctx.table["bridge_sentences"]))  # type: ignore[attr-defined]
        if window is not None:
            targets.bridges[key] = (subj.i, window)
    return key


DEFINITE_BRIDGE = declare(
    "stances.claims.definite_bridge",
    "a bare definite subject met for the first time ('the result had been stolen', 'the "
    "measures were dead on arrival') judges what another speaker judged just before under "
    "another word ('the vote', 'the asylum package'): the two claims are about one matter",
    order=67,
)
_BRIDGE_DETS = frozenset({"the", "these", "those"})
_BRIDGE_OWN = frozenset({"prep", "acl", "relcl", "compound", "nmod", "poss", "appos", "nummod"})


@lru_cache(maxsize=1)
def matter_nouns() -> frozenset[str]:
    """Nouns that can name a matter two speakers judge (WordNet, ``opposing_import``)."""
    return word_list("stances/matter_nouns.txt")


def bridge_window(subj: Token, sentences: int) -> int | None:
    """For a subject that may refer back to another speaker's matter, the first token of
    the sentences its antecedent may lie in (its own and ``sentences`` before); else None.

    The subject is a definite description with nothing of its own that says which one -
    "the", "these" or "those", maybe an adjective, no compound, owner, name, number or
    phrase after it ("the result", "the new measures", not "the result of the primary")
    -, its head a noun that can name a matter (``matter_nouns``), met here for the first
    time in the text: a description with no antecedent of its own head."""
    if subj.pos_ != "NOUN" or lemma(subj) not in matter_nouns():
        return None
    dets = [c for c in subj.children if c.dep_ == "det"]
    if len(dets) != 1 or dets[0].lower_ not in _BRIDGE_DETS:
        return None
    if any(c.dep_ in _BRIDGE_OWN or c.ent_type_ for c in subj.children):
        return None
    head = lemma(subj)
    if any(t.pos_ == "NOUN" and lemma(t) == head for t in subj.doc[: subj.i]):
        return None  # met before: its own antecedent
    sent = subj.sent
    for _ in range(sentences):
        if sent.start == 0:
            break
        sent = subj.doc[sent.start - 1].sent
    return sent.start


_CLAIM_NOTES = frozenset({"predicate-claim", "outcome"})


def _bridge_only(subj: Token, ctx: object) -> str | None:
    """A generic noun's claim key ("the measures", "the plan") when
    ``stances.claims.definite_bridge`` may read it as another speaker's matter; the claim
    is dropped again unless it does (``bridge``). None otherwise, as before the rule."""
    on = ctx.on  # type: ignore[attr-defined]
    if DEFINITE_BRIDGE not in on or SAME_TARGET not in on:
        return None
    if bridge_window(subj, int(ctx.table["bridge_sentences"])) is None:  # type: ignore[attr-defined]
        return None
    key = marked_target(subj, ctx)  # type: ignore[arg-type]
    if key is not None:
        targets_of(ctx).bridge_only.add(key)
    return key


def bridge(findings: list[Finding], targets: Targets) -> None:
    """Rule ``stances.claims.definite_bridge`` (in place): each claim key a bare first-met
    definite subject gave takes the matter of the last claim before it, in its window, whose
    holder is not the subject's speaker - when exactly one such claim's matter is there."""
    for key, (at, window) in sorted(targets.bridges.items(), key=lambda kv: kv[1]):
        frame = f"claim-{key}"
        mine = [f for f in findings if f.frame == frame and f.cue is not None]
        if not mine:
            continue
        holders = {f.holder for f in mine}
        before = [
            f
            for f in findings
            if set(f.notes) & _CLAIM_NOTES
            and f.cue is not None
            and window <= f.cue < at
            and f.holder not in holders
            and f.frame != frame
            and "@" not in f.frame
            and f.frame.removeprefix("claim-") not in targets.bridge_only
        ]
        matters = {f.frame for f in before}
        if len(matters) != 1:
            continue  # none, or several things judged: which one is meant is not told
        matter = matters.pop()
        for f in findings:
            if f.frame == frame:
                f.frame = matter
    # a generic noun's claim that names no other speaker's matter is no claim (as before)
    unbridged = {f"claim-{key}" for key in targets.bridge_only}
    findings[:] = [f for f in findings if f.frame not in unbridged]


def settle_targets(findings: list[Finding], targets: dict[str, tuple[str, frozenset[str]]]) -> None:
    """Claims on one kind of thing meet when they name the same one (in place): a claim
    whose marks are part of exactly one fullest set of marks for its head word takes that
    one's key ("the deal" -> "asylum-deal"); one that fits several ("the report" beside
    "the AP report" and "the IG's report") is left on a key of its own, met by no other."""
    learned = isinstance(targets, Targets) and targets.reader is not None
    if learned:
        findings += learned_claims(findings, targets)  # type: ignore[arg-type]
    by_head: dict[str, set[frozenset[str]]] = {}
    for head, marks in targets.values():
        by_head.setdefault(head, set()).add(marks)
    fullest = {
        head: [m for m in sets if not any(m < other for other in sets)]
        for head, sets in by_head.items()
    }
    key_of: dict[tuple[str, frozenset[str]], str] = {}
    for key, value in sorted(targets.items()):
        key_of.setdefault(value, key)
    earlier = isinstance(targets, Targets) and targets.earlier
    for finding in findings:
        key = finding.frame.removeprefix("claim-")
        if not finding.frame.startswith("claim-") or key not in targets:
            continue
        head, marks = targets[key]
        if earlier and not marks and finding.cue is not None:
            _settle_bare(finding, head, fullest[head], key_of, targets)  # type: ignore[arg-type]
            continue
        wider = [m for m in fullest[head] if marks <= m]
        if len(wider) == 1:
            finding.frame = f"claim-{key_of[(head, wider[0])]}"
        else:  # which one is meant is not told: its own key
            finding.frame = f"claim-{key}@{finding.start}"
    if isinstance(targets, Targets) and targets.bridges:
        bridge(findings, targets)
    if learned:
        meet_learned(findings, targets)  # type: ignore[arg-type]


def _settle_bare(
    finding: Finding,
    head: str,
    fullest: list[frozenset[str]],
    key_of: dict[tuple[str, frozenset[str]], str],
    targets: Targets,
) -> None:
    """A bare "the deal" (rule ``stances.claims.earlier_mention``): the one thing of its
    head an earlier claim named in full - a set of marks or an issue frame -; where none
    did, the one the story names in full when the noun was already the story's before this
    sentence ("the merger" of a story about one merger); else its own bare key (met by
    other bare claims); with several, a key of its own."""
    cue = finding.cue if finding.cue is not None else 0
    named: list[str] = [
        f"claim-{key_of[(head, m)]}"
        for m in fullest
        if m and targets.first.get((head, m), cue) < cue
    ]
    named += [frame for frame, at in targets.frames.get(head, {}).items() if at < cue]
    if not named and targets.mentioned.get(head, finding.start) < finding.start:
        named = [f"claim-{key_of[(head, m)]}" for m in fullest if m]
    if len(named) == 1:
        finding.frame = named[0]
    elif named:
        finding.frame = f"{finding.frame}@{finding.start}"


def _frame_of(subj: Token, ctx: object) -> str | None:
    """The id of the issue frame the subject's words trigger, the longest trigger that
    ends on the head ("the carbon tax", not "tax"), or None."""
    frames = ctx.frames  # type: ignore[attr-defined]
    for i in range(subj.left_edge.i, subj.i + 1) if frames is not None else ():
        found = frames.match_at(subj.doc, i)
        if found is not None and i + found[1] > subj.i:
            return str(found[0].id)
    return None


def _target(subj: Token, ctx: object, last: list[str], pronouns: frozenset[str]) -> str | None:
    if subj.lower_ in pronouns:
        return antecedent(subj, ctx, last)
    state = state_target(subj, ctx) if STATE_TARGETS in ctx.on else None  # type: ignore[attr-defined, arg-type]
    if state is not None:
        return state
    if subj.pos_ not in ("NOUN", "PROPN"):
        return None
    if SAME_TARGET in ctx.on and (  # type: ignore[attr-defined]
        subj.ent_type_ in _NO_TARGET_ENTS or not lemma(subj).isalpha()
    ):
        return None
    if ctx.lexicon.has("generic", lemma(subj)):  # type: ignore[attr-defined]
        # "the decision to ... was necessary": the issue cues read its topic; a bare "the
        # measures" met first here may still name another speaker's matter (kept only then)
        return _bridge_only(subj, ctx)
    frame = _frame_of(subj, ctx)
    if frame is not None:
        # "the vote" and "the election": one issue frame, one target - the issue itself,
        # so a claim meets the issue cues' stances on it ("the election was fair")
        targets_of(ctx).frames.setdefault(lemma(subj), {}).setdefault(frame, subj.i)
        return f"{_ISSUE}{frame}"
    if SAME_TARGET in ctx.on:  # type: ignore[attr-defined]
        return marked_target(subj, ctx)  # type: ignore[arg-type]
    return lemma(subj)


MODIFIER_CLAUSE = declare(
    "stances.claims.modifier_clause",
    "a predicate in a clause that describes a noun ('places that were depressed', 'steel "
    "being dumped', no finite auxiliary) is no claim; only a clause's own predicate judges",
    order=56,
)


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """Nouns naming a deliberate act or a message (WordNet noun.act / noun.communication,
    ``data/stances/act_nouns.txt`` built by ``act_import``)."""
    return word_list("stances/act_nouns.txt")


@rule(
    "stances.claims.judged_act",
    order=46,
    doc="'Y's decision was a provocation', 'remarks by Y were dangerous' said by X: X's "
    "position towards Y, when the judged noun names an act or a message of Y's",
)
def judged_act(tok: Token, ctx: _Context) -> list[Finding]:
    """A judgement of an actor's deed or words, told by a speaker, is a position on the actor.

    Only a noun naming an act or a message counts ("decision", "remarks", "visit"):
    "Ukraine's losses were heavy" or "Russia's economy is weak" judge no one's deed.
    """
    if tok.dep_ == "conj":
        return []  # read with the first conjunct
    found = _predicate(tok, ctx)
    if found is None:
        return []
    subj, word = found
    if subj.pos_ == "PRON":
        return []
    if lemma(subj) not in act_nouns():  # ("remarks" is tagged a verb)
        return []
    owners, own_words = _owners(subj, ctx)
    if not owners:
        return []
    judged = _judgement(word, ctx)
    if judged is None:
        return []
    judge_tok, (sign, weight) = judged
    quote = ctx.quotes.at(tok.idx)  # type: ignore[attr-defined]
    if quote is None or not quote.speaker:
        return []  # the narrator's own words
    mine = {quote.speaker} if own_words else {quote.speaker, quote.speaks_for}
    owners = [o for o in owners if o not in mine]
    if not owners:
        return []  # a speaker on his own deeds (or, for "between"/an event, his principal's)
    if ACT_ASSERTED in ctx.on and unasserted(tok, word, ctx):  # type: ignore[attr-defined]
        return []  # "may be strategic": not asserted
    pol = cue_polarity(judge_tok, sign, ctx.lexicon, towards_actor=True)  # type: ignore[attr-defined]
    if denied_fault(tok, NOTHING_ABOUT in ctx.on):  # type: ignore[attr-defined]
        # "nothing abnormal about Y's election": the fault the adjective names is denied
        pol = replace(pol, sign=-pol.sign)
    conf = ctx.table["judged_act"] * weight * quote.confidence * pol.factor  # type: ignore[attr-defined]
    start, end = ctx.sentence(tok)
    return [
        Finding(
            holder=quote.speaker,
            frame=ALIGNMENT,
            args=frozenset({owner}),
            polarity=pol.sign,
            confidence=round(conf, 3),
            start=start,
            end=end,
            evidence=[quote.id],
            cue=word.i,
            notes=("judged-act",),
        )
        for owner in owners
    ]


ASSERTED = declare(
    "stances.claims.asserted",
    "a claim judged by its predicate or told by an outcome verb ('the talks failed') counts "
    "only when its speaker asserts it: not under "
    "'could', 'might', 'would', not in an 'if' clause or its consequence",
    order=48,
)
NEAR_ANTECEDENT = declare(
    "stances.claims.near_antecedent",
    "'it' or 'this' as a claim's subject is the last thing judged only when that was "
    "judged in the same or the previous sentence; 'it is fair to say that' judges no thing",
    order=49,
)

STATE_TARGETS = declare(
    "stances.claims.state_targets",
    "a claim about a state's forces or agents ('the peacekeepers failed', 'the forces "
    "fulfilled their mission') is about that state's side, whatever the noun",
    order=47,
)


@rule(
    "stances.claims.predicate",
    order=45,
    doc="'the vote was rigged' said by X: X's claim about the vote, set against others' "
    "claims about it",
)
def predicate(
    tok: Token,
    ctx: _Context,
    last: list[str],
    pronouns: frozenset[str],
) -> list[Finding]:
    if LEARNED_POLARITY in ctx.on:  # type: ignore[attr-defined]
        targets_of(ctx).reader = (ctx, last, pronouns)  # read at ``settle_targets``
    if tok.dep_ == "conj":
        return []  # read with the first conjunct
    found = _predicate(tok, ctx)
    judged = _judgement(found[1], ctx) if found is not None else None
    if found is None and CONTRARY in ctx.on:  # type: ignore[attr-defined]
        # "turnout rose": read by its scale alone (AFINN's "rise" +1 judges nothing); a verb
        # of the outcome list ("the talks failed") is stances.claims.outcome's
        found = scale_verb(tok)
        if found is not None and ctx.words.get("outcome", lemma(tok)) is not None:  # type: ignore[attr-defined]
            found = None
    unsigned = found is not None and judged is None and reads_unsigned(ctx.on)  # type: ignore[attr-defined]
    if unsigned and found is not None:
        # stances.claims.contrary_predicate / met_wordnet_sign: handed over unsigned
        judged = (found[1], (1, float(ctx.table["unsigned_claim_weight"])))  # type: ignore[attr-defined]
    if found is None or judged is None:
        return []
    subj, word = found
    judge_tok, (sign, weight) = judged
    if word.i == tok.i and tok.pos_ == "VERB" and _is_event(tok, ctx):
        return []  # "the convoy was attacked": an act told, not a judgement
    quotes = ctx.quotes  # type: ignore[attr-defined]
    # "X called the operation a success": the quote, if any, is the object's
    quote = quotes.at(tok.idx) or (quotes.at(word.idx) if word.i != tok.i else None)
    holder: str | None = None
    refs: list[str] = []
    holder_conf = 1.0
    if quote is not None and quote.speaker:
        holder, refs, holder_conf = quote.speaker, [quote.id], quote.confidence
    if word.i != tok.i and (quote is None or quote.content.start > tok.idx):
        # "X called the vote a fraud", told by the narrator: X, the verb's subject, judges
        nsubj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        holder = (ctx.actor_of(nsubj) if nsubj is not None else None) or holder
    if holder is None:
        return []
    table = ctx.table  # type: ignore[attr-defined]
    pol = cue_polarity(judge_tok, sign, ctx.lexicon)  # type: ignore[attr-defined]
    if denied_fault(tok, NOTHING_ABOUT in ctx.on):  # type: ignore[attr-defined]
        # "nothing unusual about it": the fault the adjective names is denied
        pol = replace(pol, sign=-pol.sign)
    contrary: tuple[str, ...] = ()
    if reads_unsigned(ctx.on):  # type: ignore[attr-defined]
        asserts = pol.sign if unsigned else pol.sign * sign  # its own negation only
        wordnet = None
        if unsigned:
            signs = wordnet_signs()
            wordnet = next(
                (h for t in predicate_words(word) if (h := wordnet_sign(t, signs)) is not None),
                None,
            )
        contrary = claim_notes(word, asserts, wordnet)
    start, end = ctx.sentence(tok)
    forces = STATE_TARGETS in ctx.on and state_target(subj, ctx) is not None  # type: ignore[attr-defined]
    owned = bool(SAID_OF_OWNER in ctx.on and _said_of_owner(subj, ctx))  # type: ignore[attr-defined]
    if PARTICIPLE_AGENT_OWNER in ctx.on and not owned:  # type: ignore[attr-defined]
        owned = lemma(subj) in act_nouns() and bool(participle_agent(subj, ctx.actor_of))
    if not forces and (ctx.actor_of(subj) or _owner(subj, ctx) or owned):
        # "Y's decision was a provocation": a judgement of an actor, left to the attitude
        # cues (read as a stance it lost a pair on the unseen set, twice with the wrong
        # sign; docs/benchmarks.md, Session 9)
        return []
    if ASSERTED in ctx.on and unasserted(tok, word, ctx):  # type: ignore[attr-defined]
        return []
    if CONCEDED in ctx.on and conceded(tok, word, ctx):  # type: ignore[attr-defined]
        return []
    target = _target(subj, ctx, last, pronouns)
    if target is None:
        return []
    if not unsigned:
        remember(ctx, last, target, tok)
    conf = table["predicate_claim"] * weight * holder_conf * pol.factor
    frame = target.removeprefix(_ISSUE) if target.startswith(_ISSUE) else f"claim-{target}"
    if TIME_BOUND in ctx.on and time_bound(tok, word, frozenset(table["claim_time_marks"])):  # type: ignore[attr-defined]
        frame = f"claim-{target.removeprefix(_ISSUE)}@{tok.idx}"  # that time's: met by none
    return [
        Finding(
            holder=holder,
            frame=frame,
            args=frozenset(),
            polarity=0 if unsigned else pol.sign,
            confidence=round(conf, 3),
            start=start,
            end=end,
            evidence=refs,
            cue=word.i,  # the predicate's head: the stage compares its conjuncts' cues
            notes=((UNSIGNED,) if unsigned else ("predicate-claim",)) + contrary,
        )
    ]


# the switches of this module that ``relations.RelationReader`` puts into ``ctx.on`` (session 13)
CLAIM_SWITCHES = (
    WORDNET_PREDICATE,
    NOTHING_ABOUT,
    CONCEDED,
    EARLIER_MENTION,
    TIME_BOUND,
    ACT_ASSERTED,
    GENERIC_APART,
    MODIFIER_CLAUSE,
    DEFINITE_BRIDGE,
    LEARNED_POLARITY,
    TWO_CLAIMANTS,
    TWO_CLAIMANTS_SAME_MATTER,
    LEARNED_SAME_KEY,
    WEAK_REPLY,
    SAID_OF_OWNER,
    CONTRARY,
    MET_WORDNET,
    STANCE_FREE_ROWS,
)

_LEARNED = "learned-claim"
_CONCEDED = "conceded"


def _signed_quotes(findings: list[Finding], ctx: object) -> set[str]:
    """The ids of the quotes some finding already reads a sign from (its evidence names the
    quote, or its cue lies in the quote's content)."""
    out: set[str] = set()
    doc = ctx.doc  # type: ignore[attr-defined]
    quotes = ctx.quotes  # type: ignore[attr-defined]
    for f in findings:
        if not f.polarity:
            continue
        out.update(f.evidence)
        if f.cue is not None and f.cue < len(doc):
            quote = quotes.at(doc[f.cue].idx)
            if quote is not None:
                out.add(quote.id)
    return out


def _clause_matter(head: Token, ctx: object) -> Token | None:
    """The thing a clause judges: the head's subject when it names a thing (a noun, no actor,
    no actor's act), else its object; None for a person, a pronoun or nothing."""
    for deps in (("nsubj", "nsubjpass"), ("dobj", "attr")):
        arg = next((c for c in head.children if c.dep_ in deps), None)
        if arg is None and head.dep_ == "conj":
            arg = next((c for c in head.head.children if c.dep_ in deps), None)
        if arg is None or arg.pos_ not in ("NOUN", "PROPN"):
            continue
        if ctx.actor_of(arg) or _owner(arg, ctx):  # type: ignore[attr-defined, arg-type]
            continue  # an actor or an actor's act: left to the attitude cues
        return arg
    return None


def tokens_between(doc: object, start: int, end: int) -> list[Token]:
    """The tokens whose first character lies in [start, end), in order: found by bisection
    on the offsets (which rise with the index), not by walking the whole document."""
    size = len(doc)  # type: ignore[arg-type]
    lo, hi = 0, size
    while lo < hi:
        mid = (lo + hi) // 2
        if doc[mid].idx < start:  # type: ignore[index]
            lo = mid + 1
        else:
            hi = mid
    out: list[Token] = []
    for i in range(lo, size):
        token = doc[i]  # type: ignore[index]
        if token.idx >= end:
            break
        out.append(token)
    return out


def quote_sentences(doc: object, quote: object) -> Iterator[list[Token]]:
    """The tokens of each sentence of a quote's content that a claim can be read from:
    three words or more, and no question."""
    content = quote.content  # type: ignore[attr-defined]
    tokens = tokens_between(doc, content.start, content.end)
    # the sentence starts rise with the tokens: each sentence's tokens are one run
    starts = doc_view(doc).sent_start  # type: ignore[arg-type]
    for _, run in groupby(tokens, key=lambda t: starts[t.i]):
        piece = list(run)
        words = [t for t in piece if not t.is_punct and not t.is_space]
        if len(words) >= 3 and piece[-1].text != "?":
            yield piece


def _grants(piece: list[Token], head: Token, ctx: object) -> bool:
    """With ``stances.claims.conceded`` on: the quote sentence grants something on the way -
    its clause is conceded or asked (``conceded``), or a clause of it is opened by a
    concessive mark ("although the deal was a success, it needed more work": the model reads
    the whole sentence, the granted praise with it)."""
    on = ctx.on  # type: ignore[attr-defined]
    if CONCEDED not in on or not (LEARNED_SAME_KEY in on or WEAK_REPLY in on):
        return False  # read only for the two rules that set such claims against others
    marks = set(ctx.table["claim_concessive_marks"])  # type: ignore[attr-defined]
    return conceded(head, head, ctx) or any(t.dep_ == "mark" and t.lower_ in marks for t in piece)


def learned_claims(findings: list[Finding], targets: Targets) -> list[Finding]:
    """Rule ``stances.claims.learned_polarity``: one claim for each sentence of a quote's
    content that no finding signs, when the model is confident of its sign; its target is
    the clause's matter, keyed as ``predicate`` keys its subjects (``_target``)."""
    assert targets.reader is not None
    ctx, last, pronouns = targets.reader
    doc = ctx.doc  # type: ignore[attr-defined]
    model = load_model()
    signed = _signed_quotes(findings, ctx)
    out: list[Finding] = []
    for quote in ctx.all_quotes:  # type: ignore[attr-defined]
        if not quote.speaker or quote.id in signed:
            continue
        for piece in quote_sentences(doc, quote):
            span = range(piece[0].i, piece[-1].i + 1)
            # a sentence wholly inside the quote has no head outside it and is not read: reading
            # it too (its root by index, session 22 C2) changed 4 relations on 561 PolNeAR tune
            # articles, the 3 it added all wrong (reports and descriptions paired as disputes)
            head = next((t for t in piece if t.head.i not in span), None)
            if head is None:
                continue
            matter = _clause_matter(head, ctx)
            if matter is None or (ASSERTED in ctx.on and unasserted(head, head, ctx)):  # type: ignore[attr-defined]
                continue
            judged = model.judge(piece)
            weak = judged is None and WEAK_REPLY in ctx.on  # type: ignore[attr-defined]
            if weak:  # stances.claims.weak_reply: kept only as a reply (``meet_learned``)
                judged = model.lean(piece)
            if judged is None:
                continue
            target = _target(matter, ctx, last, pronouns)
            if target is None:
                continue
            sign, prob = judged
            frame = target.removeprefix(_ISSUE) if target.startswith(_ISSUE) else f"claim-{target}"
            start, end = ctx.sentence(head)  # type: ignore[attr-defined]
            conf = ctx.table["predicate_claim"] * prob * quote.confidence  # type: ignore[attr-defined]
            out.append(
                Finding(
                    holder=quote.speaker,
                    frame=frame,
                    args=frozenset(),
                    polarity=sign,
                    confidence=round(conf, 3),
                    start=start,
                    end=end,
                    evidence=[quote.id],
                    cue=matter.i,
                    notes=(
                        _LEARNED,
                        f"matter={lemma(matter)}",
                        *((WEAK,) if weak else ()),
                        # a clause granted on the way ("although the deal was a success, ..."):
                        # learned_same_key and weak_reply set no such claim against another
                        *((_CONCEDED,) if _grants(piece, head, ctx) else ()),
                    ),
                )
            )
    return out


def _two_claimants_near(
    claims: list[Finding], targets: Targets
) -> Callable[[Finding, Finding], bool]:
    """Rule ``stances.claims.two_claimants``: when exactly two speakers hold the signed
    claims of a passage, two of their claims in the same or adjacent sentences meet."""
    assert targets.reader is not None
    ctx = targets.reader[0]
    holders = {f.holder for f in claims}
    # stances.claims.two_claimants_same_matter: a story quotes many people; a third speaker's
    # claim sentences away says nothing of whether these two answer each other, so only the
    # passage's claimants count - when the two claims show one matter (issue 14)
    passage = TWO_CLAIMANTS_SAME_MATTER in ctx.on and len(holders) > 2  # type: ignore[attr-defined]
    if TWO_CLAIMANTS not in ctx.on or (len(holders) != 2 and not passage):  # type: ignore[attr-defined]
        return lambda mine, other: False
    starts = [sent.start_char for sent in ctx.doc.sents]  # type: ignore[attr-defined]

    def near(mine: Finding, other: Finding) -> bool:
        a, b = bisect_right(starts, mine.start), bisect_right(starts, other.start)
        if abs(a - b) > 1:
            return False
        if not passage:
            return True
        alone = len(claimants_in(claims, starts, min(a, b), max(a, b))) == 2
        return alone and same_matter(mine, other, ctx, targets)

    return near


def meet_learned(findings: list[Finding], targets: Targets) -> None:
    """After the targets are settled (in place): a learned claim whose matter is one
    another speaker's opposite claim judges under a synonym takes that claim's frame;
    a learned claim that meets no opposite claim of another speaker is dropped (the model
    only ever adds disagreements)."""
    signed = [f for f in findings if f.polarity and set(f.notes) & (_CLAIM_NOTES | {_LEARNED})]
    weak = [f for f in signed if WEAK in f.notes]  # stances.claims.weak_reply's
    claims = [f for f in signed if WEAK not in f.notes]  # the sure claims: claimants, partners
    learned = [f for f in claims if _LEARNED in f.notes]
    near = _two_claimants_near(claims, targets)
    assert targets.reader is not None
    ctx = targets.reader[0]
    same_key = same_key_near(ctx, LEARNED_SAME_KEY in ctx.on)  # type: ignore[attr-defined]
    met_near: set[int] = set()  # learned claims that met their opposite through two_claimants
    for mine in learned:
        for other in claims:
            if other is mine or other.holder == mine.holder or other.polarity == mine.polarity:
                continue
            granted = _CONCEDED in mine.notes or _CONCEDED in other.notes
            if other.frame == mine.frame and (
                near(mine, other) or (same_key(mine, other) and not granted)
            ):
                met_near.update({id(mine), id(other)})
                break
            if near(mine, other):
                met_near.update({id(mine), id(other)})
                if _LEARNED in other.notes and other.frame > mine.frame:
                    other.frame = mine.frame  # two learned claims: the smaller key
                else:
                    mine.frame = other.frame
                break
    one_key = same_key_near(ctx, True)  # stances.claims.weak_reply (weak claims only if on)
    for mine in (w for w in weak if _CONCEDED not in w.notes):
        near_mine = _two_claimants_near([*claims, mine], targets)
        answered = reply_to(mine, claims, near_mine, one_key, ctx)
        if answered is not None:
            met_near.update({id(mine), id(answered)})
            mine.frame = answered.frame
    kept = []
    for f in findings:
        if _LEARNED in f.notes and (
            id(f) not in met_near
            or not any(
                o.frame == f.frame and o.holder != f.holder and o.polarity == -f.polarity
                for o in signed
            )
        ):
            continue
        kept.append(f)
    findings[:] = kept
