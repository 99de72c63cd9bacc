"""A speaker's clause judging another named actor (``stances.claims.judged_subject``).

"Spokesperson Y said that Prime Minister X was stoking tensions", "Y said X had broken
his promise", "Y said X's remarks were a blood libel": a sentence of a quote's content
whose clause SUBJECT is another named party (or a noun that party owns, "X's remarks",
"X's case") judges that party. No lexicon cue, no judged-act noun and no second claimant
is needed: the learned claim-polarity model (``claim_model.load_model().judge``, at its
own threshold) signs the clause, and its sign is the speaker's position towards the
subject's actor.

``stances.claims.predicate`` leaves such clauses alone on purpose (an actor judged by a
predicate lost on the unseen set in session 9, read by lexicon words); this rule reads
them only where the model is confident, only when the subject is the clause's subject
(not an object, not a clause further down), only when asserted (``claims.unasserted``:
no weak modal, no "if"), not when prescribed ("X should / must / needs to act"), only for a
named party (no generic agent, "some people", nor pronoun), and never for the speaker himself or his principal. A sentence
some other finding already relates the speaker to the subject's actor in adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import SimpleNamespace

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.named_parties import CLAUSE_SUBJECT_DEPS, clause_subject_party, named_party
from ..alignment.sides import Sides
from ..datafiles import constants
from ..ingest import Document
from ..nlp.reporting import load_lexicon
from ..nlp.view import doc_view, positions_from
from ..records import Quote
from ..rules import declare
from .claim_model import load_model
from .claims import (
    DERIVED_NOUN_SIGN,
    _for_whom,
    _sign_of,
    act_nouns,
    quote_sentences,
    unasserted,
)
from .conduct import acts_on_party, done_not_enough, manner_signed
from .extract import ALIGNMENT, Finding
from .lexicon import Lexicon
from .party_voice import party_voice
from .said_of import said_of_subject
from .topics import lemma

JUDGED_SUBJECT = declare(
    "stances.claims.judged_subject",
    "a quoted clause whose subject is another named party or that party's words or act "
    "('Y said X was stoking tensions', 'X's case was a libel') is the speaker's position "
    "towards that party, signed by the learned claim model at its threshold",
    order=75,
)
LEXICON_VETO = declare(
    "stances.claims.judged_subject_lexicon_veto",
    "with stances.claims.judged_subject: no finding where the open lexicon (evaluative "
    "cues, AFINN/VADER claim words) signs the clause's object or predicate word, else the "
    "verb, the other way than the model ('X had launched an unprovoked attack' read +1)",
    order=75.5,
)

OWN_SIDE = declare(
    "stances.claims.judged_subject_own_side",
    "with stances.claims.judged_subject: no finding between one side - the speaker's own "
    "country, or an actor the alignment step's sides hold one side with the speaker "
    "(alignment.sides: a state, its bodies, its office holders with their spokespeople, "
    "a spokesperson and whom she speaks for): a spokeswoman saying 'Sharif's government "
    "wanted peaceful relations' judges no one",
    order=75.2,
)

DEFERS = declare(
    "stances.claims.judged_subject_defers",
    "with stances.claims.judged_subject: no finding from a clause a narrower stance rule "
    "owns, on or off - the open lexicon signs its verb, object or predicate word (judged_deed, "
    "judged_party, claims.predicate: 'X lost the primary', 'X's losses were terrible'), "
    "it acts on another party or a signed adverb tells how (judged_conduct: 'X hit Y hard', "
    "'X badly needs money'), it is 'has not done enough' (not_done_enough), or its subject "
    "is an owned noun naming no act or message (judged_act: 'X's economy')",
    order=75.1,
)

_PREDICATE_DEPS = ("dobj", "attr", "acomp")  # what the subject did or is
# "X should / must / needs to act": a prescription to X, not a judgement of X
_DEONTIC = frozenset({"should", "must", "ought", "need"})
# a cue the shared reporting lexicon files as "evidence" ("a poll showed", "the inquiry
# found", "in a survey") reports a finding, which is nobody's position
_EVIDENCE = "evidence"
_CONFIDENCE = "judged_act"  # the [stances] weight of a judged deed, times the model's


def own_state(holder: str, party: str, actors: ActorLayer) -> bool:
    """The party is the holder's own country ("America is already great", said by its
    president): one side, no relation."""
    actor, own = actors.actor(party), actors.actor(holder)
    if actor is None or own is None or actor.type != "country":
        return False
    return own.country is not None and own.country == actor.country


def one_side(
    holder: str,
    party: str,
    actors: ActorLayer,
    principal: str | None = None,
    titles: Sequence[str] = (),
) -> bool:
    """The holder and the party are one side: the holder's own country (``own_state``), or
    affiliated by the alignment step's ``Sides`` (a state and its bodies and office holders,
    a spokesperson and her government or leader, a spokesperson and ``principal``, whom
    her quote names her speaking for). ``titles``, the source phrases of the holder's
    quotes ("Foreign Office spokesperson Mumtaz Zahra Baloch"), count with her KB role
    where ``Sides`` asks whether she is a spokesperson."""
    if own_state(holder, party, actors):
        return True
    own, other = actors.actor(holder), actors.actor(party)
    if own is None or other is None:
        return False
    role = " ".join(r for r in (own.role, *titles) if r)
    records = [own.model_copy(update={"role": role or None}), other]
    principals = {holder: principal} if principal else None
    return Sides(records, principals=principals).affiliated(holder, party)


def _prescribed(head: Token) -> bool:
    """ "the U.S. should lead", "X needs to secure the border": told what to do."""
    if any(c.dep_ == "aux" and c.lower_ in _DEONTIC for c in head.children):
        return True
    return head.lemma_.lower() in _DEONTIC and any(c.dep_ == "xcomp" for c in head.children)


def _reports_position(doc: Doc, quote: Quote) -> bool:
    """The quote's cue reports words or thought, not a finding: no cue word of the shared
    reporting lexicon's class "evidence" (verbs, then nouns: "showed", "found", "poll")."""
    if quote.cue is None:
        return True
    lexicon = load_lexicon()
    lemmas = doc_view(doc).lemma  # the cue's words by bisection, not a walk of the doc
    for i in positions_from(doc, quote.cue.start, quote.cue.end):
        lemma = lemmas[i].lower()
        verb = lexicon.verbs.get(lemma)
        cls = verb[0] if verb is not None else lexicon.nouns.get(lemma)
        if cls == _EVIDENCE:
            return False
    return True


def _voice(speaker: str, actors: ActorLayer) -> bool:
    """The speaker can hold a position: a person, a state, or a state body (a sector of
    the alignment step's ``state_sectors``: government, military); a news outlet, a
    pollster's firm or a party committee reports, it does not side."""
    actor = actors.actor(speaker)
    if actor is None:
        return False
    if actor.type in ("person", "country"):
        return True
    return (actor.sector or "") in constants("alignment")["state_sectors"]


def voiced(quote: Quote, doc: Doc, actors: ActorLayer, parties: bool) -> bool:
    """The quote's speaker can hold a position (``_voice``), or, with ``parties``
    (rule ``stances.claims.party_voice``), is a political party speaking as itself."""
    if not quote.speaker:
        return False
    return _voice(quote.speaker, actors) or (parties and party_voice(quote, doc, actors))


def _subject_pronoun(head: Token) -> bool:
    return any(c.dep_ in CLAUSE_SUBJECT_DEPS and c.pos_ == "PRON" for c in head.children)


def _clause_head(piece: Sequence[Token]) -> Token | None:
    span = range(piece[0].i, piece[-1].i + 1)
    # a sentence wholly inside the quote has no head outside it (as in claims.learned_claims)
    return next((t for t in piece if t.head.i not in span), None)


def _negated(tok: Token, head: Token) -> bool:
    """ "did NOT betray", "is NOT smart", "had NO right": a negation on the verb or the
    word, or "no" as the word's determiner (an adjective's: its noun's, "NO criminal intent")."""
    word = tok.head if tok.dep_ == "amod" else tok
    if any(c.dep_ == "neg" for t in (head, word, tok) for c in t.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def lexicon_sign(head: Token, lexicon: Lexicon) -> int:
    """The sign the open lexicon gives the clause headed by ``head``, read where the
    clause says what the subject did or is: its object or predicate word ("launched an
    ATTACK", "was a FAILURE"), else an adjective on it ("an UNPROVOKED move"), else the
    verb itself ("BETRAYED"); the stance lexicon's evaluative cues first, else AFINN/VADER
    claim words (``claims._sign_of``); a good thing for a bad one is bad ("bore
    RESPONSIBILITY for the strike", ``claims._for_whom``); a negation turns it
    (``_negated``). 0 when no such word is signed."""
    ctx = SimpleNamespace(lexicon=lexicon, on=frozenset({DERIVED_NOUN_SIGN}))
    objects = [c for c in head.children if c.dep_ in _PREDICATE_DEPS]
    mods = [m for o in objects for m in o.children if m.dep_ == "amod"]
    for tok in (*objects, *mods, head):
        hit = _sign_of(tok, ctx)
        if hit is not None:
            sign = _for_whom(tok, hit, ctx)[0]
            return -sign if _negated(tok, head) else sign
    return 0


def narrower_scope(
    head: Token, actors: ActorLayer, lexicon: Lexicon, subject_party: bool = False
) -> str | None:
    """Which narrower stance rule owns the clause headed by ``head`` (rule
    ``stances.claims.judged_subject_defers``), whether that rule is on or off - its
    reading, or its deliberate silence, stands; None where none does and the learned model
    may read it. Only the clause's own words are read, so the answer is the same with the
    narrower rules switched on or off. ``subject_party``: the subject itself is the party
    (a he/she read by ``said_of.said_of_subject``), so no owned noun ("X's remarks")."""
    subj = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
    owned = not subject_party and subj is not None and named_party(subj, actors) is None
    if owned and subj is not None and lemma(subj) not in act_nouns():
        return "owned-no-act"  # "X's losses", "X's economy": no deed of X's (judged_act)
    if lexicon_sign(head, lexicon) != 0:
        return "lexicon"  # the lexicon rules' call: judged_deed, judged_party, predicate
    if manner_signed(head) or acts_on_party(head, lambda t: named_party(t, actors) is not None):
        return "conduct"  # how X treated Y: stances.campaign.judged_conduct
    if done_not_enough(head):
        return "not-done-enough"
    return None


def speaker_titles(quotes: list[Quote]) -> dict[str, list[str]]:
    """Speaker -> the source phrases of their quotes ('a spokeswoman for X'), which
    ``one_side`` reads."""
    titles: dict[str, list[str]] = {}
    for q in quotes:
        if q.speaker and q.source is not None and q.source.text:
            titles.setdefault(q.speaker, []).append(q.source.text)
    return titles


def position_clauses(
    doc: Doc, actors: ActorLayer, quotes: list[Quote], parties: bool = False
) -> Iterator[tuple[Quote, str, set[str | None], list[Token], Token]]:
    """Each sentence of a voiced quote that reports a position, with its speaker, her own ids
    (the speaker and whom she speaks for) and the head of its main clause: the walk
    ``judged_subjects`` and the session 68 reproach rule (``reproach.py``) share."""
    for quote, speaker, piece in voiced_sentences(doc, actors, quotes, parties):
        head = _clause_head(piece)
        if head is not None:
            yield quote, speaker, {speaker, quote.speaks_for}, piece, head


def voiced_sentences(
    doc: Doc, actors: ActorLayer, quotes: list[Quote], parties: bool
) -> Iterator[tuple[Quote, str, list[Token]]]:
    """(quote, speaker, sentence piece) of every quote whose speaker is a voice of the
    judged rules (``parties``: a political party too) and that reports a position."""
    for quote in quotes:
        speaker = quote.speaker
        if not speaker or not voiced(quote, doc, actors, parties):
            continue
        if not _reports_position(doc, quote):
            continue
        for piece in quote_sentences(doc, quote):
            yield quote, speaker, piece


def judged_subjects(
    doc: Doc,
    document: Document,
    actors: ActorLayer,
    quotes: list[Quote],
    found: list[Finding],
    lexicon: Lexicon,
    veto: bool = False,
    own_side: bool = False,
    defer: bool = False,
    said_of: frozenset[str] = frozenset(),
    parties: bool = False,
) -> list[Finding]:
    """Rule ``stances.claims.judged_subject`` over a document's quotes; ``veto``
    (``stances.claims.judged_subject_lexicon_veto``): no finding where the open lexicon
    signs the clause against the model; ``own_side``
    (``stances.claims.judged_subject_own_side``): none between one side (``one_side``);
    ``defer`` (``stances.claims.judged_subject_defers``): none from a clause a narrower
    rule owns (``narrower_scope``); ``said_of``: the rules of ``said_of.said_of_subject``
    on (``stances.claims.said_of_owner``, ``said_of_learned``,
    ``judged_subject_clear_pronoun``), which name the party of a clause whose subject is a
    pronoun or a noun a his/her owns (session 47); ``parties``
    (``stances.claims.party_voice``, session 61): a political party speaking is a voice."""
    model = load_model()
    table = constants("stances")
    ctx = SimpleNamespace(lexicon=lexicon, table=table)
    related = {(f.holder, a, f.start) for f in found if f.frame == ALIGNMENT for a in f.args}
    titles = speaker_titles(quotes)
    out: list[Finding] = []
    for quote, speaker, mine, piece, head in position_clauses(doc, actors, quotes, parties):
        if head.pos_ not in ("VERB", "AUX"):
            continue
        party = clause_subject_party(head, actors)
        pronoun = False
        if party is None and said_of:  # "'His plan failed,' X said of Y" (session 47)
            party = said_of_subject(head, quote, actors, frozenset(a for a in mine if a), said_of)
            pronoun = party is not None and _subject_pronoun(head)
        if party is None or party in mine:
            continue
        if own_side and one_side(speaker, party, actors, quote.speaks_for, titles.get(speaker, ())):
            continue  # a spokeswoman on her own prime minister: one side
        if unasserted(head, head, ctx) or _prescribed(head):
            continue
        if defer and narrower_scope(head, actors, lexicon, pronoun) is not None:
            continue
        judged = model.judge(piece)
        if judged is None or judged[0] == 0:
            continue
        sign, prob = judged
        if veto and lexicon_sign(head, lexicon) == -sign:
            continue  # the clause's own words say the other sign
        sentence = head.sent
        start, end = document.clear_of_excluded(
            sentence.start_char, sentence.start_char + len(sentence.text.rstrip())
        )
        if (speaker, party, start) in related:
            continue
        conf = float(table[_CONFIDENCE]) * prob * quote.confidence
        out.append(
            Finding(
                holder=speaker,
                frame=ALIGNMENT,
                args=frozenset({party}),
                polarity=sign,
                confidence=round(conf, 3),
                start=start,
                end=end,
                evidence=[quote.id],
                cue=head.i,
                notes=("judged-subject",),
            )
        )
    return out
