"""A reproach of another named party for what it did or failed to do
(``stances.claims.counterfactual_reproach``, session 68 MP; issue 14).

"Y said X should have acted sooner", "X should never have gone to war, Y said", "Y argued
the minister ought to have resigned": a modal of obligation (should, ought) over a perfect
("have" + past participle) says what the subject ought to have done and did not, or ought
not to have done and did - in the speaker's words, a reproach. The events stage reads the
same shape as no demand (``events.frames.counterfactual_is_no_demand``) and as an act not
done (``events.finish.counterfactual_not_done``); no stance rule read it:
``stances.claims.judged_subject`` leaves every prescribed clause alone ("X should act" is
advice, not a judgement), and the lexicon rules find no signed word in "should have
insisted". Here the grammar is the sign: the speaker is against the clause's subject
(-1), whatever its verb, with no word list.

Only where it is clear, with ``judged_subject``'s gates: a quote sentence's main clause
(not a question, no if / unless / whether above it); active voice (a passive subject,
"X should have been told", is the one acted on); the subject a named party
(``clause_subject_party``: a name, or the owner of the subject noun, "X's government"), or
a he/she the said-of rules read; never the speaker, whom he speaks for, or his own side
(``judged_subject.one_side``); a speaker who can hold a position (``judged_subject.voiced``)
and a cue that reports words, not a finding. A verb of contest as the head ("should have
won by ten points": WordNet verb.competition for its most frequent sense) says what was
expected, not what was owed, and gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors import ActorLayer
from ..actors.named_parties import CLAUSE_SUBJECT_DEPS, clause_subject_party
from ..datafiles import constants
from ..ingest import Document
from ..records import Quote
from ..rules import declare
from .claim_model import verb_classes
from .extract import ALIGNMENT, Finding
from .judged_subject import one_side, position_clauses, speaker_titles
from .modes import ASSERTED
from .said_of import said_of_subject

COUNTERFACTUAL_REPROACH = declare(
    "stances.claims.counterfactual_reproach",
    "a quoted main clause whose subject is another named party under should / ought with "
    "a perfect ('Y said X should have acted sooner', 'X should never have gone to war') is "
    "the speaker's reproach of that party: against it, whatever the verb",
    order=75.7,
)

_OBLIGATION = frozenset({"should", "ought", "shall"})  # "shall" tags "should" in some parses
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# the most frequent sense's lexicographer file of a verb that tells an outcome of a contest
# ("should have won by ten points"): expected, not owed
_NOT_OWED = frozenset({"verb.competition"})
_CONFIDENCE = "judged_act"  # the [stances] weight of a judged deed


def _not_owed(verb: Token) -> bool:
    """The verb's most frequent WordNet sense is one of contest ("should have won"):
    ``claim_verb_classes.tsv``, built from WordNet 3.0 by ``claim_wordnet_import``."""
    row = verb_classes().get(verb.lemma_.lower())
    return row is not None and row[0] in _NOT_OWED


def _perfect_active(verb: Token) -> bool:
    """A past participle with a perfect "have" and no passive auxiliary."""
    if verb.tag_ != "VBN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "auxpass" for c in auxes):
        return False  # "X should have been told": X is the one acted on
    return any(c.lower_ in ("have", "'ve") for c in auxes)


def counterfactual(head: Token) -> Token | None:
    """The past participle of the clause headed by ``head`` where it is should / ought (to)
    + have + past participle, in the active voice: "should have acted", "should not have
    gone", "ought to have resigned" (spaCy heads the last with "ought", the participle its
    xcomp); None where it is not."""
    if head.lower_ == "ought":
        return next((c for c in head.children if c.dep_ == "xcomp" and _perfect_active(c)), None)
    if not _perfect_active(head):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION for c in head.children):
        return head
    return None


def _conditioned(head: Token, piece: list[Token]) -> bool:
    """An if / unless / whether clause holds the head or hangs on it."""
    span = range(piece[0].i, piece[-1].i + 1)
    node = head
    while True:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in node.children):
            return True
        if node.head.i == node.i or node.head.i not in span:
            return False
        node = node.head


def reproaches(
    doc: Doc,
    document: Document,
    actors: ActorLayer,
    quotes: list[Quote],
    found: list[Finding],
    said_of: frozenset[str] = frozenset(),
    parties: bool = False,
) -> list[Finding]:
    """Rule ``stances.claims.counterfactual_reproach`` over a document's quotes; ``said_of``
    and ``parties`` as for ``judged_subject.judged_subjects``."""
    table = constants("stances")
    related = {(f.holder, a, f.start) for f in found if f.frame == ALIGNMENT for a in f.args}
    titles = speaker_titles(quotes)
    out: list[Finding] = []
    for quote, speaker, mine, piece, head in position_clauses(doc, actors, quotes, parties):
        verb = counterfactual(head)
        if verb is None:
            continue
        if _conditioned(head, piece) or _not_owed(verb):
            continue
        party = clause_subject_party(head, actors)
        if party is None and said_of:
            party = said_of_subject(head, quote, actors, frozenset(a for a in mine if a), said_of)
        if party is None or party in mine:
            continue
        subj = next((c for c in head.children if c.dep_ in CLAUSE_SUBJECT_DEPS), None)
        if subj is None:
            continue
        if one_side(speaker, party, actors, quote.speaks_for, titles.get(speaker, ())):
            continue
        sentence = head.sent
        start, end = document.clear_of_excluded(
            sentence.start_char, sentence.start_char + len(sentence.text.rstrip())
        )
        if (speaker, party, start) in related:
            continue
        out.append(
            Finding(
                holder=speaker,
                frame=ALIGNMENT,
                args=frozenset({party}),
                polarity=-1,
                confidence=round(float(table[_CONFIDENCE]) * quote.confidence, 3),
                start=start,
                end=end,
                evidence=[quote.id],
                cue=head.i,
                notes=("counterfactual-reproach",),
                mode=ASSERTED,
            )
        )
    return out
