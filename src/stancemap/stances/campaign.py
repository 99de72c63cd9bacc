"""Person-to-person campaign language read as statements between people (``stances.campaign.*``).

"X slammed Y", with an actor as the direct object of an attitude verb, is read
by the attitude cues (``extract``). These rules read the other ways a news
story says one person attacks or backs another:

- judgment: a verb of judging a person that is no attitude cue ("X chided Y",
  "X admires Y"): Levin's judgment and admire verb classes signed by AFINN
  (``data/stances/judgment_verbs.tsv``, built by ``judgment_import``);
- passive: "Y was mocked by X";
- possessed: "X slammed Y's plan" (X against Y, weaker than "X slammed Y");
- owned act: "X condemned the tariffs Y imposed", "the plan put forward by Y" (the
  act's doer named in its own clause; as weak as a possessed act);
- prior act: "Y imposed tariffs. X condemned the tariffs." (the doer named in the
  sentence before, as the subject of the verb whose object the act noun was; weaker);
- act by: "X condemned the arrest of Z by Y" (an act noun's "by" phrase names its doer);
- phrase: "X lashed out at Y", "X threw his support behind Y"; aimed at another's words,
  "X hit back at accusations by Y", at their author (``phrase_claim``, session 13);
- noun: "X's attacks on Y", "praise for Y from X";
- agent: "X, a fierce critic of Y", "X is an ally of Y";
- adjective: "X was critical of Y", "X made comments supportive of Y's bid";
- participle: "X went after Bush, mocking him", "X won by mocking Y": an -ing clause
  with no subject of its own is done by the subject of the clause it hangs on;
- light verb: "X unleashed attacks on Y", "X launched a broadside against Y": the
  subject of a support verb of an attack or praise noun (``light`` rows) holds it; so
  does the subject of a verb that takes the noun back ("X withdrew his support for Y",
  against Y: ``stances.polarity.reversal``);
- split prefix: "X un-endorsed Y", the prefix cut off by the hyphen, read by word order;
- judged conduct: '"Canada has treated us unfairly," X said' (``conduct.py``).

The holder is the subject (or, inside a quote, the speaker speaking of
him/herself), as for the attitude cues; negation, modals and hedges act on the
sign and the confidence through ``cue_polarity``. Each finding carries its
sentence as evidence span; confidences come from ``[stances]`` in
``data/constants.toml``, words from ``data/stances/campaign.tsv``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..datafiles import read_table, word_list
from ..rules import declare, rule
from .against import joined
from .claim_nouns import is_claim_noun
from .conduct import judged_conduct, not_done_enough
from .extract import ALIGNMENT, Finding, _subject
from .owned_objects import OWNED_OBJECT_TARGET, owned_targets
from .polarity import cue_polarity, reversing_verb
from .standing_mode import STANDING_AGENT, standing
from .topics import lemma, objects_of, reachable_preps

if TYPE_CHECKING:
    from .relations import Context

Holders = Callable[[Token], list[tuple[str, float, list[str]]]]


@dataclass(frozen=True)
class CampaignWords:
    judgment: dict[str, tuple[int, float]]  # verb -> (sign, weight)
    phrase: dict[tuple[str, ...], tuple[int, float]]  # (verb, [object noun,] prep)
    noun: dict[tuple[str, str], tuple[int, float]]  # (noun, prep)
    agent: dict[tuple[str, str], tuple[int, float]]
    adjective: dict[tuple[str, str], tuple[int, float]]  # (adjective, prep)
    person: frozenset[str]
    light: frozenset[str]  # support verbs of an attack/praise noun ("launch", "unleash")


@lru_cache(maxsize=1)
def campaign_words() -> CampaignWords:
    judgment = {
        r["lemma"]: (int(r["sign"]), float(r["weight"]))
        for r in read_table("stances/judgment_verbs.tsv", required=("lemma", "sign", "weight"))
    }
    phrase: dict[tuple[str, ...], tuple[int, float]] = {}
    noun: dict[tuple[str, str], tuple[int, float]] = {}
    agent: dict[tuple[str, str], tuple[int, float]] = {}
    adjective: dict[tuple[str, str], tuple[int, float]] = {}
    closed: dict[str, set[str]] = {"person": set(), "light": set()}
    for r in read_table("stances/campaign.tsv", required=("kind", "words")):
        words = tuple(r["words"].lower().split())
        if r["kind"] in closed:
            closed[r["kind"]].add(words[-1])
            continue
        value = (int(r["sign"]), float(r["weight"]))
        if r["kind"] == "phrase":
            phrase[words] = value
        elif r["kind"] in ("noun", "agent", "adjective"):
            table = {"noun": noun, "agent": agent, "adjective": adjective}[r["kind"]]
            table[(words[0], words[-1])] = value
    return CampaignWords(
        judgment,
        phrase,
        noun,
        agent,
        adjective,
        frozenset(closed["person"]),
        frozenset(closed["light"]),
    )


def verb_sign(tok: Token, ctx: Context) -> tuple[int, float] | None:
    """(sign, weight) of a verb of judging or attacking/backing a person: an attitude cue
    of one word, else a judgment verb."""
    cue = ctx.lexicon.cue("attitude", lemma(tok))
    if cue is not None and len(cue.words) == 1:
        return cue.sign, cue.weight
    return campaign_words().judgment.get(lemma(tok))


def _parties(ctx: Context, heads: list[Token]) -> list[str]:
    out: list[str] = []
    for head in heads:
        for tok in [head, *head.conjuncts]:
            actor = ctx.actor_of(tok)
            mention = ctx.actors.mention_at(tok.idx, tok.idx + len(tok))
            if actor is not None and mention is not None and mention.how != "pronoun":
                out.append(actor)
    return list(dict.fromkeys(out))


def holder_findings(
    ctx: Context,
    tok: Token,
    holders: list[tuple[str, float, list[str]]],
    targets: list[str],
    sign: int,
    confidence: float,
    note: str,
) -> list[Finding]:
    """Each (holder, its confidence, its evidence) towards each target, the holder's own self
    left out: the findings of a verb read in ``tok``'s sentence (campaign verbs, ties)."""
    start, end = ctx.sentence(tok)
    return [
        Finding(
            holder=holder,
            frame=ALIGNMENT,
            args=frozenset({target}),
            polarity=sign,
            confidence=round(min(1.0, confidence * holder_conf), 3),
            start=start,
            end=end,
            evidence=list(evidence),
            cue=tok.i,
            notes=(note,),
        )
        for holder, holder_conf, evidence in holders
        for target in targets
        if target != holder
    ]


def _active_verb(tok: Token) -> bool:
    return tok.pos_ == "VERB" and tok.dep_ not in ("amod", "acl", "relcl", "advcl", "pcomp")


def _judged_objects(
    tok: Token,
    ctx: Context,
    held_by: list[tuple[str, float, list[str]]],
    hit: tuple[int, float],
    how: str,
) -> list[Finding]:
    """The judgment ``hit`` of ``tok`` towards the actors its direct objects name."""
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
    targets = _parties(ctx, objects)
    if not targets:
        return []
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["campaign_judgment"] * hit[1] * pol.factor
    return holder_findings(ctx, tok, held_by, targets, pol.sign, conf, how)


@rule("stances.campaign.judgment", order=50)
def judgment(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X chided Y': a judgment verb that is no attitude cue, with an actor object."""
    if not _active_verb(tok) or ctx.lexicon.cue("attitude", lemma(tok)) is not None:
        return []
    hit = campaign_words().judgment.get(lemma(tok))
    if hit is None or any(c.dep_ == "nsubjpass" for c in tok.children):
        return []
    return _judged_objects(tok, ctx, holders(tok), hit, "campaign-judgment")


@lru_cache(maxsize=1)
def disapproval_verbs() -> frozenset[str]:
    """Verbs of disapproving, from WordNet 3.0 and the CAMEO dictionary (``between_import``)."""
    return word_list("stances/disapproval_verbs.txt")


@rule("stances.campaign.disapproval", order=50.5)
def disapproval(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X rebuked Y', 'X scolded Y': a verb of disapproving (WordNet's criticize.v.01 and
    below, CAMEO 111: data/stances/disapproval_verbs.txt) that is neither an attitude cue
    nor a judgment verb, with an actor object."""
    word = lemma(tok)
    if not _active_verb(tok) or word not in disapproval_verbs():
        return []
    if ctx.lexicon.cue("attitude", word) is not None or word in campaign_words().judgment:
        return []  # read by the attitude cues or stances.campaign.judgment
    if any(c.dep_ in ("nsubjpass", "dative", "oprd") for c in tok.children):
        # passive, or naming: "brand you a liar" - the object is the name, not the judged
        return []
    hit = (-1, float(ctx.table["disapproval_verb_weight"]))
    return _judged_objects(tok, ctx, holders(tok), hit, "campaign-disapproval")


@lru_cache(maxsize=1)
def judging_verbs() -> dict[str, int]:
    """verb -> sign: WordNet 3.0's mock.v.01 (-1) and praise.v.01 (+1) and below
    (``speech_import``)."""
    return {
        row["verb"]: int(row["sign"])
        for row in read_table("stances/judging_verbs.tsv", required=("verb", "sign"))
    }


@rule("stances.campaign.passive", order=51)
def passive(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'Y was mocked by X': the agent holds the stance towards the passive subject."""
    if tok.pos_ != "VERB" or tok.dep_ in ("amod",):
        return []
    hit = verb_sign(tok, ctx)
    if hit is None:
        return []
    targets = _parties(ctx, [c for c in tok.children if c.dep_ == "nsubjpass"])
    agents = [p for c in tok.children if c.dep_ == "agent" for p in objects_of(c)]
    givers = _parties(ctx, agents)
    if not targets or not givers:
        return []
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["campaign_passive"] * hit[1] * pol.factor
    found: list[tuple[str, float, list[str]]] = [(g, 1.0, _quote_ref(ctx, tok)) for g in givers]
    return holder_findings(ctx, tok, found, targets, pol.sign, conf, "campaign-passive")


@rule("stances.campaign.possessed", order=52)
def possessed(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X slammed Y's plan': against (or for) Y through Y's words, acts or record."""
    return _judged_through_object(tok, ctx, holders, _possessors, "campaign-possessed")


def _possessors(obj: Token, ctx: Context) -> list[Token]:
    return [c for c in obj.children if c.dep_ == "poss"]


def _judged_through_object(
    tok: Token,
    ctx: Context,
    holders: Holders,
    owners_of: Callable[[Token, Context], list[Token]],
    kind: str,
    weight: float = 1.0,
) -> list[Finding]:
    """A judging verb's object that is no actor (nor a person noun: "slammed Y's wife"
    says nothing of Y) judges the owners ``owners_of`` finds for it, as weakly as a
    possessed act (``campaign_possessed``); "slammed Y" is the attitude cue's."""
    if not _active_verb(tok):
        return []
    hit = verb_sign(tok, ctx)
    if hit is None:
        return []
    words = campaign_words()
    owners: list[Token] = []
    for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj")):
        if ctx.actor_of(obj) is None and lemma(obj) not in words.person:
            owners += owners_of(obj, ctx)
    targets = _parties(ctx, owners)
    if not targets:
        return []
    pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
    conf = ctx.table["campaign_possessed"] * hit[1] * pol.factor * weight
    return holder_findings(ctx, tok, holders(tok), targets, pol.sign, conf, kind)


def _act_doers(obj: Token, ctx: Context) -> list[Token]:
    """The doer that a clause on ``obj`` names when ``obj`` is what the clause's verb
    does: "the tariffs (that) Y imposed" (a relative clause whose object gap is ``obj``),
    "the plan put forward by Y" (a passive participle's agent). Not a doer: the subject
    of a verb of judging ("the deal Y rejected" is Y's view of it, not Y's act), of a
    negated verb, of a clause with an object of its own ("the city where Y built a
    wall") or a clause of its own below it ("the plan Y said would fail")."""
    out: list[Token] = []
    for clause in obj.children:
        if clause.dep_ not in ("relcl", "acl") or clause.pos_ != "VERB":
            continue
        kids = list(clause.children)
        if verb_sign(clause, ctx) is not None or any(
            c.dep_ in ("neg", "ccomp", "xcomp") or c.tag_ == "WRB" for c in kids
        ):
            continue
        if clause.dep_ == "relcl":
            if any(c.dep_ in ("dobj", "obj") and c.tag_ != "WDT" for c in kids):
                continue  # the object slot is filled: obj is not what was done
            out += [c for c in kids if c.dep_ == "nsubj"]
        elif clause.tag_ == "VBN":
            out += [p for c in kids if c.dep_ == "agent" for p in objects_of(c)]
    return out


@rule("stances.campaign.owned_act", order=52)
def owned_act(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X condemned the tariffs Y imposed', 'X praised the reforms introduced by Y': a
    judgment of an act whose doer the act's own clause names is a judgment of its doer,
    as for a possessed act ("Y's plan", ``possessed``), and as weak."""
    return _judged_through_object(tok, ctx, holders, _unpossessed_doers, "campaign-owned-act")


def _unpossessed_doers(obj: Token, ctx: Context) -> list[Token]:
    if any(c.dep_ == "poss" for c in obj.children):
        return []  # "Y's plan" is possessed's
    return _act_doers(obj, ctx)


@rule("stances.campaign.prior_act", order=52)
def prior_act(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'Y imposed tariffs on steel. X condemned the tariffs.': a judgment of a definite
    act noun that the sentence before made the object of Y's verb is a judgment of Y,
    weaker than an owned act (``campaign_prior_act`` times ``campaign_possessed``). The
    act's target ("the tariffs on Z") is no doer: nothing is read towards Z."""
    weight = float(ctx.table["campaign_prior_act"])
    return _judged_through_object(tok, ctx, holders, _prior_doers, "campaign-prior-act", weight)


_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
_TALK_TYPES = frozenset({"CONSULT"})  # events whose object is a topic, never the doers' act

PRIOR_TALK_VERB = declare(
    "stances.campaign.prior_act_talk_verb",
    "in stances.campaign.prior_act, a verb with no event of its own that the imported CAMEO "
    "dictionary codes as talks by its bare row (CAMEO 04: 'discuss', 'weigh', 'debate') takes "
    "a topic, not its subject's act, as when the events stage codes it CONSULT: the guard "
    "holds when events.sense.bare_partner_code_needs_partner drops a talk with no counterpart "
    "('Lane discussed the decree. Walker praised the decree.' reads nothing of Lane)",
    order=52,
)


@lru_cache(maxsize=1)
def talk_verbs() -> frozenset[str]:
    """One-word verbs the imported dictionary (``events/cameo_verbs.tsv``) codes as
    consultation (CAMEO 04) with no condition on their words ("discuss", "weigh")."""
    out = set()
    for row in read_table(
        "events/cameo_verbs.tsv", required=("lemma", "role", "cameo", "requires")
    ):
        conds = [c for c in row["requires"].split(";") if c and c != "-"]
        if (
            row["role"] == "event"
            and row["cameo"].startswith("04")
            and " " not in row["lemma"]
            and all(c.startswith("!") for c in conds)
        ):
            out.add(row["lemma"])
    return frozenset(out)


def _prior_doers(obj: Token, ctx: Context) -> list[Token]:
    """The subject (and its conjuncts) of the previous sentence's verb whose object has
    ``obj``'s head word, when ``obj`` is definite ("the tariffs") and no doer of its own
    is named here (a possessor: ``possessed``; a clause: ``owned_act``). Not a doer: the subject of a verb
    of judging or of a negated verb ("Y rejected the tariffs", "Y did not impose them"), nor
    of a verb the events stage codes as talks (CONSULT: "Argentina and Chile weigh the
    pipeline", "Y discussed the plan"): a talk's object is its topic, not the talkers' act."""
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in obj.children):
        return []
    if any(c.dep_ == "poss" for c in obj.children) or _act_doers(obj, ctx):
        return []
    sent = obj.sent
    if sent.start == 0:
        return []
    word = lemma(obj)
    talks = {
        span.start  # every mention: the same talks told twice are one event
        for e in ctx.events
        if e.type in _TALK_TYPES
        for span in (e.trigger, *e.mentions)
    }
    coded = {e.trigger.start for e in ctx.events}
    on: frozenset[str] = getattr(ctx, "on", frozenset())
    out: list[Token] = []
    for tok in obj.doc[sent.start - 1].sent:
        verb = tok.head
        if tok.dep_ not in ("dobj", "obj") or lemma(tok) != word or verb.pos_ != "VERB":
            continue
        if verb_sign(verb, ctx) is not None or verb.idx in talks:
            continue  # a view of it ("Y rejected the tariffs"), or its topic ("Y weighs the plan")
        if verb.idx not in coded and lemma(verb) in talk_verbs() and PRIOR_TALK_VERB in on:
            continue  # talks the events stage dropped for want of a counterpart: still a topic
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        out += [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    return out


@rule("stances.campaign.act_by", order=52)
def act_by(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X condemned the arrest of Z by Y', 'X welcomed the release of prisoners by Y': a
    judged object whose "by" phrase names its doer is judged with the doer, as weakly as
    an owned act. The "by" phrase may hang on a noun of the object's own preposition chain
    ("the raid on the embassy in Quito by Y") or, by the parse, on the active verb."""
    return _judged_through_object(tok, ctx, holders, _by_doers, "campaign-act-by")


def _by_doers(obj: Token, ctx: Context) -> list[Token]:
    if any(c.dep_ == "poss" for c in obj.children):
        return []  # "Y's plan" is possessed's
    out: list[Token] = []
    verb = obj.head
    if not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # an active verb's "by" phrase is no agent of the verb: the parse hung the
        # object's on it ("condemned the shelling of the port by Russia")
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"):
            out += [c for c in prep.children if c.dep_ == "pobj"]
    nouns = [obj]
    while nouns:  # the object and the nouns of its preposition chain
        noun = nouns.pop()
        for prep in (c for c in noun.children if c.dep_ == "prep"):
            pobjs = [c for c in prep.children if c.dep_ == "pobj"]
            if prep.lower_ == "by":
                out += pobjs
            else:
                nouns += pobjs
    return out


def _phrase_hits(tok: Token) -> list[tuple[tuple[int, float], Token]]:
    """(sign and weight, preposition) of each campaign phrase the verb heads."""
    table = campaign_words().phrase
    verb = lemma(tok)
    # the middle word of a three-word idiom: an object ("took aim at") or a particle ("lashed out at")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "obj", "prt", "advmod")]
    found: list[tuple[tuple[int, float], Token]] = []
    for prep_word, prep in reachable_preps(tok).items():
        hit = table.get((verb, prep_word))
        for obj in objects:  # "took aim at Y" with "at" under the verb
            hit = hit or table.get((verb, lemma(obj), prep_word))
        if hit is not None:
            found.append((hit, prep))
    for obj in objects:
        for prep_word, prep in reachable_preps(obj).items():  # "at" under "aim"
            hit = table.get((verb, lemma(obj), prep_word))
            if hit is not None:
                found.append((hit, prep))
    return found


@rule("stances.campaign.phrase", order=53)
def phrase(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X lashed out at Y', 'X took aim at Y', 'X threw his support behind Y'."""
    if not _active_verb(tok):
        return []
    out: list[Finding] = []
    for hit, prep in _phrase_hits(tok):
        targets = _parties(ctx, objects_of(prep))
        if targets:
            pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
            conf = ctx.table["campaign_phrase"] * hit[1] * pol.factor
            out += holder_findings(
                ctx, tok, holders(tok), targets, pol.sign, conf, "campaign-phrase"
            )
    return out


@lru_cache(maxsize=1)
def attack_phrases() -> frozenset[tuple[str, str]]:
    """(verb, preposition) of the two-word WordNet verbs of attacking or criticizing
    ("tear into", "lay into"; ``between_import``)."""
    return frozenset(
        tuple(words.split())  # type: ignore[misc]
        for words in word_list("stances/attack_phrases.txt")
    )


@rule("stances.campaign.wordnet_phrase", order=53.1)
def wordnet_phrase(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X tore into Y', 'X laid into Y': a two-word WordNet verb whose first sense is, or
    lies under, criticize.v.01, attack.v.01 or hit.v.03 (data/stances/attack_phrases.txt),
    its preposition's object the target, against."""
    if not _active_verb(tok):
        return []
    verb = lemma(tok)
    out: list[Finding] = []
    for prep_word, prep in reachable_preps(tok).items():
        if (verb, prep_word) not in attack_phrases() or (
            verb,
            prep_word,
        ) in campaign_words().phrase:
            continue
        targets = _parties(ctx, objects_of(prep))
        if targets:
            pol = cue_polarity(tok, -1, ctx.lexicon, towards_actor=True)
            conf = ctx.table["campaign_phrase"] * pol.factor
            out += holder_findings(
                ctx, tok, holders(tok), targets, pol.sign, conf, "campaign-phrase"
            )
    return out


@rule("stances.campaign.phrase_claim", order=53)
def phrase_claim(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X hit back at accusations by Y', 'X lashed out at criticism from Y', 'X fired back
    at Y's remarks': a campaign phrase aimed at another's words (a ``claim`` noun of
    data/stances/relations.tsv) is aimed at whoever the noun names as their author (a
    possessive, or "by"/"from"/"of"), as a response to them is (``relations.response``)."""
    if not _active_verb(tok):
        return []
    out: list[Finding] = []
    for hit, prep in _phrase_hits(tok):
        authors: list[Token] = []
        for obj in objects_of(prep):
            if ctx.actor_of(obj) is not None or not is_claim_noun(ctx, obj):
                continue
            authors += [c for c in obj.children if c.dep_ == "poss"]
            for by in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in _AUTHOR_PREPS):
                authors += objects_of(by)
        targets = _parties(ctx, authors)
        if targets:
            pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
            conf = ctx.table["campaign_phrase"] * hit[1] * pol.factor
            out += holder_findings(
                ctx, tok, holders(tok), targets, pol.sign, conf, "campaign-phrase-claim"
            )
    return out


# the prepositions naming a claim's author ("accusations by Y", "criticism from Y")
_AUTHOR_PREPS = frozenset({"by", "from", "of"})


@rule("stances.campaign.noun", order=54)
def noun(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X's attacks on Y', 'praise for Y from X': the possessor (or 'from/by' X) holds it."""
    if tok.pos_ != "NOUN":
        return []
    preps = reachable_preps(tok)
    givers = _parties(ctx, [c for c in tok.children if c.dep_ == "poss"])
    for word in ("from", "by"):
        if not givers and word in preps:
            givers = _parties(ctx, objects_of(preps[word]))
    return _noun_findings(ctx, tok, [(g, 1.0, _quote_ref(ctx, tok)) for g in givers])


def _noun_findings(
    ctx: Context, tok: Token, found: list[tuple[str, float, list[str]]], verb: Token | None = None
) -> list[Finding]:
    """The findings of an attack or praise noun ("attacks on Y") held by ``found``; with
    the ``verb`` whose object it is, also a preposition the parser hung on the verb right
    after the noun ("dropped [his opposition] to Y")."""
    out: list[Finding] = []
    if not found:
        return out
    preps = reachable_preps(tok)
    if verb is not None:
        for word, prep in reachable_preps(verb).items():
            if prep.i > tok.i:
                preps.setdefault(word, prep)
    for prep_word, prep in preps.items():
        hit = campaign_words().noun.get((lemma(tok), prep_word))
        if hit is None:
            continue
        targets = _parties(ctx, objects_of(prep))
        if not targets and OWNED_OBJECT_TARGET in ctx.on:  # "opposition to Y's plan"
            targets = owned_targets(objects_of(prep), lambda heads: _parties(ctx, heads))
        if targets:
            # "no support for Y"; "withdrew his support for Y" (stances.polarity.reversal)
            pol = cue_polarity(tok, hit[0], ctx.lexicon, towards_actor=True)
            conf = ctx.table["campaign_noun"] * hit[1] * pol.factor
            out += holder_findings(ctx, tok, found, targets, pol.sign, conf, "campaign-noun")
    return out


@rule("stances.campaign.light_verb", order=59)
def light_verb(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X unleashed attacks on Y', 'X launched a broadside against Y': an attack or praise
    noun with no holder of its own ('s, from, by), the object of a support verb (``light``
    rows of data/stances/campaign.tsv), is held by that verb's subject. Only support verbs:
    "X condemned the attacks on Y" is no attack by X."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("dobj", "obj"):
        return []
    # "X withdrew his support for Y": a verb that takes the noun back (a ``reversive``
    # cue) is held by its subject like a support verb, the noun's own pronoun being his
    taken_back = reversing_verb(tok, ctx.lexicon) is not None
    if lemma(tok.head) not in campaign_words().light and not taken_back:
        return []
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if taken_back:
        owners = [c for c in owners if c.tag_ != "PRP$"]
    if owners or {"from", "by"} & set(reachable_preps(tok)):
        return []  # the noun rule's
    return _noun_findings(ctx, tok, holders(tok.head), tok.head)


@rule("stances.campaign.agent", order=55)
def agent(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X, a fierce critic of Y' / 'X is an ally of Y': X holds the stance towards Y."""
    if tok.pos_ != "NOUN":
        return []
    words = campaign_words()
    out: list[Finding] = []
    for prep_word, prep in reachable_preps(tok).items():
        hit = words.agent.get((lemma(tok), prep_word))
        if hit is None:
            continue
        targets = _parties(ctx, objects_of(prep))
        if tok.dep_ == "appos":
            givers, sign, factor = _parties(ctx, [tok.head]), hit[0], 1.0
        elif tok.dep_ == "attr" and lemma(tok.head) == "be":
            subj, _ = _subject(tok.head)
            givers = _parties(ctx, [subj]) if subj is not None else []
            pol = cue_polarity(tok.head, hit[0], ctx.lexicon, towards_actor=True)
            sign, factor = pol.sign, pol.factor
        else:
            continue
        if targets and givers:
            conf = ctx.table["campaign_agent"] * hit[1] * factor
            found = [(g, 1.0, _quote_ref(ctx, tok)) for g in givers]
            read = holder_findings(ctx, tok, found, targets, sign, conf, "campaign-agent")
            if tok.dep_ == "appos" and STANDING_AGENT in ctx.on:
                read = standing(read, rival=sign < 0)  # "X, an ally of Y": a description
            out += read
    return out


@rule("stances.campaign.adjective", order=56)
def adjective(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X was critical of Y', 'X made comments supportive of Y's bid': the subject of the
    copula (or of the verb whose object the adjective describes) holds the stance; through
    Y's bid, plan or words it is weaker, as for a possessed object."""
    if tok.pos_ != "ADJ":
        return []
    if tok.dep_ == "acomp" and tok.head.pos_ in ("AUX", "VERB"):
        verb = tok.head  # "X was critical of Y"
    elif tok.dep_ == "amod" and tok.head.dep_ in ("dobj", "obj") and tok.head.head.pos_ == "VERB":
        verb = tok.head.head  # "X made comments supportive of Y"
    else:
        return []
    words = campaign_words()
    out: list[Finding] = []
    for prep_word, prep in reachable_preps(tok).items():
        hit = words.adjective.get((lemma(tok), prep_word))
        if hit is None:
            continue
        objects = objects_of(prep)
        targets, factor = _parties(ctx, objects), 1.0
        if not targets:  # "supportive of Y's bid"
            owners = [c for o in objects if lemma(o) not in words.person for c in o.children]
            targets = _parties(ctx, [c for c in owners if c.dep_ == "poss"])
            factor = ctx.table["campaign_possessed"]
        if targets:
            pol = cue_polarity(verb, hit[0], ctx.lexicon, towards_actor=True)
            conf = ctx.table["campaign_adjective"] * hit[1] * factor * pol.factor
            out += holder_findings(
                ctx, tok, holders(verb), targets, pol.sign, conf, "campaign-adjective"
            )
    return out


def _controller(tok: Token) -> Token | None:
    """The verb whose subject does what an -ing clause with no subject of its own says:
    "X went after Y, calling him ..." (advcl), "X won by mocking Y" (after by/after/while/
    before/in); None for a finite verb or a participle with its own subject."""
    if tok.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    prep = tok.head
    if tok.dep_ == "pcomp" and prep.lower_ in _CONTROL_PREPS and prep.head.pos_ == "VERB":
        return prep.head
    return None


_CONTROL_PREPS = frozenset({"by", "after", "while", "before", "in", "since"})


@rule("stances.campaign.participle", order=57)
def participle(tok: Token, ctx: Context, holders: Holders) -> list[Finding]:
    """'X went after Bush, mocking him', 'X won by mocking Y': a verb of judging or
    attacking in an -ing clause with no subject of its own, held by the subject of the
    clause it hangs on."""
    if tok.pos_ != "VERB":
        return []
    verb = _controller(tok)
    hit = verb_sign(tok, ctx) if verb is not None else None
    if verb is None or hit is None:
        return []
    return _judged_objects(tok, ctx, holders(verb), hit, "campaign-participle")


def _quote_ref(ctx: Context, tok: Token) -> list[str]:
    quote = ctx.quotes.at(tok.idx)
    return [quote.id] if quote is not None else []


CAMPAIGN_RULES: list[tuple[str, Callable[[Token, Context, Holders], list[Finding]]]] = [
    ("stances.campaign.judgment", judgment),
    ("stances.campaign.disapproval", disapproval),
    ("stances.campaign.passive", passive),
    ("stances.campaign.possessed", possessed),
    ("stances.campaign.owned_act", owned_act),
    ("stances.campaign.prior_act", prior_act),
    ("stances.campaign.act_by", act_by),
    ("stances.campaign.phrase", phrase),
    ("stances.campaign.phrase_claim", phrase_claim),
    ("stances.campaign.wordnet_phrase", wordnet_phrase),
    ("stances.campaign.noun", noun),
    ("stances.campaign.agent", agent),
    ("stances.campaign.adjective", adjective),
    ("stances.campaign.participle", participle),
    ("stances.campaign.light_verb", light_verb),
    ("stances.against.joined", joined),
    ("stances.campaign.judged_conduct", judged_conduct),
    ("stances.campaign.not_done_enough", not_done_enough),
]
