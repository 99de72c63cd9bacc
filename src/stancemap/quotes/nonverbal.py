"""Attributions with no reporting verb: headlines, predicate adjectives, poll openings.

* "Lynch: No outside influence on probe" - a short name, a colon, the claim;
* "X is confident that Y", "X was critical of Y" - a predicate adjective from the
  lexicon (``data/quotes/reporting_adjectives.tsv``);
* "In a CNN poll, Y", "X leads in recent polls" - a poll's finding (``findings``);
* "X reportedly did Y" - an unnamed source (``unnamed``);
* "Senator Praises Trade Deal" - a title-case line (``titles``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..nlp.text import doc_text
from ..nlp.view import doc_view
from . import rulebook as R
from .findings import opening_findings, placed_findings
from .lexicon import Lexicon
from .relatives import apply_relatives
from .reported import (
    _C,
    _CONFIDENCE,
    _FIRST_PERSON,
    Attribution,
    Offsets,
    _noun_attributions,
    _phrase_attributions,
    _span,
    _subject_of,
    _subtree,
    _verb_attributions,
    antecedent_of,
    source_span,
    trim,
)
from .titles import title_attributions
from .unnamed import adverb_attributions

_HEADLINE_NAME_TOKENS = int(_C["headline_name_tokens"])


def _headline_attributions(doc: Doc, text: str) -> list[Attribution]:
    """ "Lynch: No outside influence on probe": a short name, a colon, then the claim.

    Headlines and interview lines credit a statement this way; the name is a few
    capitalised words at the start of a sentence ("Former AG Mukasey at RNC:",
    "Poll:"), the claim a few words up to the end of its sentence and line.
    """
    found = []
    for sent in doc.sents:
        colon = next((t for t in sent[: _HEADLINE_NAME_TOKENS + 1] if t.text == ":"), None)
        if colon is None or colon.i == sent.start or colon.i + 1 >= len(doc):
            continue
        name = list(doc[sent.start : colon.i])
        if not _is_headline_name(name):
            continue
        claim_sent = doc[colon.i + 1].sent  # the parser may end a sentence at the colon
        line_end = text.find("\n", colon.idx)
        end = claim_sent.end_char if line_end < 0 else min(claim_sent.end_char, line_end)
        content = trim(text, colon.idx + 1, end)
        if len(text[content[0] : content[1]].split()) < 3:
            continue
        found.append(
            Attribution(
                content=content,
                cue=(colon.idx, colon.idx + 1),
                source=_span(name),
                cls="speech",
                lemma=":",
                confidence=_C["headline_confidence"],
                via="headline",
            )
        )
    return found


def _is_headline_name(name: list[Token]) -> bool:
    """Capitalised words (small linking words allowed), no verb, not opening on an article."""
    if name[0].pos_ in ("DET", "PRON") or any(t.pos_ in ("VERB", "AUX", "NUM") for t in name):
        return False
    words = [t for t in name if t.is_alpha]
    if not words or not words[0].text[0].isupper():
        return False
    return all(t.text[0].isupper() or t.pos_ in ("ADP", "CCONJ") for t in words)


def _adjective_attributions(doc: Doc, lexicon: Lexicon, text: str) -> list[Attribution]:
    """ "X is confident that Y", "X was critical of Y", "X is eager to Y".

    A predicate adjective from the lexicon, the copula's subject as source; the
    content is the adjective's clause, its "to ..." complement or the object of
    its first preposition (the cue then runs to the preposition: "critical of").
    """
    found = []
    dep = doc_view(doc).dep
    for i in range(len(doc)):
        if dep[i] != "acomp":
            continue  # checked below as well; here it spares the Token of every other word
        adj = doc[i]
        cls = lexicon.adjectives.get(adj.lower_) or lexicon.adjectives.get(adj.lemma_.lower())
        if cls is None or adj.dep_ != "acomp":
            continue
        subject = _subject_of(adj.head)
        if subject is None:
            continue
        cue = (adj.idx, adj.idx + len(adj))
        content: Offsets | None = None
        # "to ..." after a belief adjective is likelihood, not a view ("certain to rise")
        deps = ("ccomp", "xcomp") if cls == "intention" else ("ccomp",)
        clauses = [c for c in adj.children if c.dep_ in deps]
        clauses += [
            c
            for c in adj.head.children
            if c.dep_ == "ccomp" and c.i > adj.i and any(g.dep_ == "mark" for g in c.children)
        ]
        if clauses:
            content = trim(text, *_subtree(clauses[0]))
        else:
            prep = next(
                (
                    c
                    for c in adj.rights
                    if c.dep_ == "prep" and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                ),
                None,
            )
            if prep is not None:
                obj = next(g for g in prep.children if g.dep_ in ("pobj", "pcomp"))
                content = trim(text, *_subtree(obj))
                cue = (cue[0], prep.idx + len(prep))
        if content is None or content[1] - content[0] < 2:
            continue
        found.append(
            Attribution(
                content=content,
                cue=cue,
                source=source_span(subject),
                cls=cls,
                lemma=adj.lemma_.lower(),
                confidence=round(_CONFIDENCE[cls] - _C["adjective_penalty"], 2),
                via="adjective",
                first_person=subject.lower_ in _FIRST_PERSON,
                speaker_at=antecedent_of(subject),
            )
        )
    return found


def find_reported(doc: Doc, lexicon: Lexicon, on: R.On = R.all_on) -> list[Attribution]:
    """Every verb, noun, phrase, headline, adjective and poll attribution, in text order.

    ``on(rule)`` says which of the ``quotes.cue.*`` rules are switched on.
    """
    text = doc_text(doc)
    verbal = _verb_attributions(doc, lexicon, text, on)
    # "In an interview, X said Y": the interview is the occasion, X the source
    spoken = [a.cue for a in verbal if a.source is not None]
    polls = opening_findings(doc, text) if on(R.POLL_OPENING) else []
    polls += placed_findings(doc, text) if on(R.POLL_PLACED) else []
    findings = [
        a
        for a in polls
        if a.content is None or not any(a.content[0] <= c[0] < a.content[1] for c in spoken)
    ]
    found = list(verbal)
    if on(R.REPORTING_NOUN):
        found += _noun_attributions(doc, lexicon, text, under_verb=on(R.NOUN_UNDER_VERB))
    if on(R.SOURCE_PHRASE):
        found += _phrase_attributions(doc, lexicon, text)
    if on(R.HEADLINE):
        found += _headline_attributions(doc, text)
    if on(R.ADJECTIVE):
        found += _adjective_attributions(doc, lexicon, text)
    found += findings
    if on(R.REPORTEDLY):
        found += adverb_attributions(doc, lexicon, text)
    if on(R.TITLE_CASE):
        cues = [a.cue for a in found]
        found += [
            a
            for a in title_attributions(text, lexicon)
            if not any(s < a.cue[1] and a.cue[0] < e for s, e in cues)
        ]
    found = apply_relatives(doc, text, found, on)
    found.sort(key=lambda a: a.cue)
    return found
