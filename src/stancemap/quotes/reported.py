"""Reported speech on the dependency parse: who says / thinks / wants what.

Four shapes, each giving a cue, a source (as written) and a content span:

* a reporting verb with a clausal complement: "X said (that) Y", "Y, X said",
  "X vowed to Y", "X called for Y to Z", "X said so"; with a direct object for
  stance verbs ("X criticized Y") and for clause verbs ("X noted the change");
* a reporting noun with a "that" clause: "X's claim that Y";
* a source phrase: "according to X, Y", "in X's view, Y";
* a passive pointing back: "Y. This was said by X" (content = the sentence before).

A verb with a subject but no complement is kept as a *dangling* cue (content
None): the stage joins it to an adjacent quotation ("“Y,” he said").
"according to X" attached to a verb that already has a speaker is a channel
of that attribution, not a new one ("X said, according to agencies").
Shapes with no reporting verb (headlines, predicate adjectives, poll openings)
are in ``nonverbal``, which also gathers everything (``find_reported``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..datafiles import constants, word_list
from ..nlp.view import doc_view
from ..nlp.words import pronouns
from . import rulebook as R
from . import tags
from .lexicon import Lexicon
from .wordnet_cues import could_speak, load_wordnet_cues

Offsets = tuple[int, int]

_TRIM = set(" \t\r\n,;:—–-\"“”„«»‹›‘’'`")
_END_PUNCT = set(".!?")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# personal pronouns come from the shared list (data/lexicon/pronouns.tsv); the
# demonstratives and relatives beside them are closed words of these shapes only
_IT = pronouns(person=3, gender="n", forms=("subject",))  # it
_THEM = pronouns(person=3, number="pl", forms=("object",))  # them
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_POINTING_BACK = _IT | _DEMONSTRATIVES | {"which"}  # "This was said by X"
_FIRST_PERSON = pronouns(person=1, forms=("subject", "object"))  # i, me, we, us
_FIRST_PERSON_OWNERS = pronouns(person=1, forms=("possessive",))  # my, our
# complements that carry the content, by frame
_CLAUSE_DEPS = ("ccomp",)
_TO_DEPS = ("ccomp", "xcomp")
# the verbs a cue may hang from and still borrow their subject ("..., saying that Y")
_BORROW_DEPS = ("advcl", "conj", "xcomp", "pcomp", "acl")
# a verb under one of these is a clause of its own, not a noun's modifier
_CLAUSE_COMPLEMENTS = frozenset({"ccomp", "xcomp", "pcomp", "advcl", "csubj", "oprd"})
_OBJECT_COMPLEMENTS = ("oprd", "xcomp", "ccomp", "attr", "dobj")
_SEEM_COMPLEMENTS = ("xcomp", "ccomp", "acomp", "attr", "oprd")
_ADDRESSEE_PREPS = frozenset({"on", "upon"})  # "called on X": X is asked, not said
_TOPIC_PREPS = ("for", "about", "to", "on", "against", "of")
_OBJECT_PREPS = ("of", "as", "for", "to", "over", "about", "on")
_NAME_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
_PERSON_ENTITIES = frozenset({"PERSON"})
_RELATIVE = frozenset({"who", "that", "which"})
_ANSWER_WORDS = frozenset({"so", "yes", "no"})  # a whole answer standing for a clause
# pronoun objects that stand for a quotation nearby ("“Y,” he said it"): no content
_OBJECT_NOT_CONTENT = _IT | _THEM | {"this"}
# verbs whose noun object is a thing won or held, not words: "claimed victory",
# "declared an emergency", "maintains a lead", "sought office", "found jobs"
_OBJECT_NOT_REPORTED = frozenset({"claim", "declare", "maintain", "seek", "find", "continue"})
# verbs whose "that"-clause is a fact or a result, not someone's words or views;
# "know" presupposes its clause is true (the writer's fact), and on PolNeAR train
# two in three of its clauses were not annotated as attributions
_NOT_REPORTING = frozenset({"be", "mean", "ensure", "make", "have", "do", "seem", "appear", "know"})
# verbs of appointing (WordNet appoint.v.01, name.v.03): "named Y its spokeswoman"
_APPOINTING = word_list("quotes/appointing_verbs.txt")
_OBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})
# money and amounts (WordNet noun.possession, noun.quantity): "wrote a check"
_THINGS = word_list("quotes/possession_nouns.txt")
_C = constants("quotes")
# by the reporting word's class; "unlisted": any verb with a "that" clause
_CONFIDENCE: dict[str, float] = {cls: float(v) for cls, v in _C["confidence"].items()}


@dataclass
class Attribution:
    """One attribution found on the parse (character offsets into the document)."""

    content: Offsets | None
    cue: Offsets
    source: Offsets | None
    cls: str
    lemma: str
    confidence: float
    via: str  # "verb", "noun", "phrase", "passive"
    channel: Offsets | None = None
    first_person: bool = False  # the source is "I"/"we": resolved to the quote around it
    speaker_at: Offsets | None = None  # where the speaker is named, when not the source itself
    # whom a spokesperson speaks for ("a spokesman for X, Y, said": X), see spokespeople.py
    principal_at: Offsets | None = None
    rest: Offsets | None = None  # "Y1, X said, Y2": the content's part after the cue clause
    # no speaker to look for: the writer's perception ("X seemed to Y") or an unnamed
    # source ("X reportedly did Y", "X is seen as Y")
    writer: bool = False
    # the spokes-noun speaks, named by no one: "a spokesman for the president, Joe Biden"
    unnamed: bool = False


def antecedent_of(subject: Token, appositive: bool = False) -> Offsets | None:
    """ "Sanders, who said ...": the relative pronoun's speaker is named by its head.

    With ``appositive``, a head in apposition to a person's name that is no person's name
    itself speaks by that name: "Donald Trump, billionaire Republican who disparages Y" is
    Trump's, not the party's."""
    verb = subject.head
    # spaCy makes a new Token object on every access: tokens compare with ==, never `is`
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl" and verb.head != verb:
        head = verb.head
        if appositive and head.dep_ == "appos" and head.ent_type_ not in _PERSON_ENTITIES:
            named = head.head
            if named.pos_ == "PROPN" and named.ent_type_ in _PERSON_ENTITIES:
                return source_span(named)
        return source_span(head)
    return None


def trim(text: str, start: int, end: int) -> Offsets:
    """Strip spaces, commas, dashes and quote marks from both ends, and a final full stop."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and (text[end - 1] in _TRIM or text[end - 1] in _END_PUNCT):
        end -= 1
    return start, end


def _span(tokens: list[Token]) -> Offsets:
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last)


def _subtree(token: Token) -> Offsets:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def source_span(subject: Token) -> Offsets:
    """The subject as a name: its left edge to the head word, plus "of"/"for" phrases.

    Relative clauses and appositions are left out ("Putin, who ...").
    """
    end_token = subject
    for child in subject.rights:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "for", "at", "from")
            or child.dep_ in ("compound", "flat", "nummod")
        ):
            end_token = child.right_edge
        else:
            break
    return subject.left_edge.idx, end_token.idx + len(end_token)


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject (its first ``nsubj``, else the agent of a passive). A dateline the
    parser made a subject ("TEHRAN — Iran's foreign ministry said") is no speaker: the
    page reader marks it excluded (``ingest.pages``), and quotes stop there."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:
        pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            return pobj
    return None


def _could_speak(subject: Token) -> bool:
    """A pronoun or a named person, group or place: something that can say or think."""
    return subject.pos_ == "PRON" or subject.ent_type_ in _NAME_ENTITIES


def _pointing(subject: Token) -> bool:
    """ "that is a distortion", "it was wrong": a subject pointing at a thing."""
    return subject.pos_ == "PRON" and subject.lower_ in _DEMONSTRATIVES | _IT


def _borrowed_subject(verb: Token, demonstrative: bool = False) -> Token | None:
    """The subject of the verb this one hangs from: "X left, saying Y" -> X.

    In "X said the deal was dead, echoing Y" the parser hangs "echoing" from "was",
    whose subject (the deal) cannot echo; the reporting verb above it (said) lends
    its subject instead, when the nearer one names no one.
    """
    current = verb
    nearest: Token | None = None
    for _ in range(4):
        if current.head == current:  # the root (`is` was always false here)
            break
        if (
            current.dep_ == "ccomp"
            and nearest is not None
            and not (_could_speak(nearest) and not (demonstrative and _pointing(nearest)))
        ):
            speaker = _subject_of(current.head)
            return speaker if speaker is not None and _could_speak(speaker) else nearest
        if current.dep_ not in _BORROW_DEPS:
            break
        current = current.head
        if nearest is None:
            nearest = _subject_of(current)
            if (
                nearest is not None
                and _could_speak(nearest)
                and not (demonstrative and _pointing(nearest))
            ):
                return nearest
    return nearest


# clauses a comma participle may be parsed inside of, below the main clause
_EMBEDDED = frozenset({"ccomp", "relcl", "advcl", "xcomp", "acl", "pcomp"})
_SET_OFF = frozenset({",", "—", "–", "-", "--"})


def _speaks_or_group(subject: Token) -> bool:
    """A subject that can speak, or a noun with an "of" phrase of one ("groups of protesters")."""
    if could_speak(subject):
        return True
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(o.dep_ == "pobj" and could_speak(o) for o in p.children)
        for p in subject.children
    )


def _main_clause_subject(verb: Token) -> Token | None:
    """ "X said he doubted Y, arguing that Z": the subject of the sentence's main verb, for a
    participle (VBG, ``advcl``) set off by a comma or dash whose parse head is a verb of an
    embedded clause (complement, relative, adverbial) with a subject of its own; None when
    the shape does not hold, a coordinated clause with its own subject lies between, or the
    main subject cannot speak (the nearest subject is then borrowed as before)."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl":
        return None
    first = min((c for c in verb.children if c.dep_ == "mark"), key=lambda c: c.i, default=verb)
    if first.i == 0 or verb.doc[first.i - 1].text not in _SET_OFF:
        return None
    head = verb.head
    if head.dep_ not in _EMBEDDED or _subject_of(head) is None:
        return None
    current = head
    for _ in range(12):
        if current.head == current:
            break
        if current.dep_ == "conj" and _subject_of(current) is not None:
            return None  # "A said X, and B left, saying Y": B's clause is a main clause too
        current = current.head
    if current.head != current or current == head:
        return None
    subject = _subject_of(current)
    if subject is None or subject.i > verb.i or not _speaks_or_group(subject):
        return None
    return subject


def _participle_author(verb: Token) -> Token | None:
    """ "Trump unleashed a series of tweets criticizing X" -> Trump: for a participle (VBG,
    ``acl``) modifying a noun, the noun itself when it can speak ("artists writing songs"),
    else the noun's possessor or a name compounded before it that can speak ("Trump's
    letter", "a Donald Trump tweet"), else the subject of the verb whose object the noun
    (or the noun its "of" phrase hangs from: "a series of tweets") is, or of the verb a
    preposition before the noun hangs from ("In a statement announcing X, the governor
    said"); None when no one is found (the speaker then comes as before)."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if could_speak(noun):
        return noun
    owners = [
        c
        for c in noun.children
        if c.i < noun.i and c.dep_ in ("poss", "compound") and could_speak(c)
    ]
    if owners:
        return owners[-1]
    current = noun
    for _ in range(3):  # "a series of tweets", "copies of a letter"
        prep = current.head
        if current.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of":
            current = prep.head
        else:
            break
    if current.dep_ == "dobj":
        governor = current.head
    elif current.dep_ == "pobj" and current.head.dep_ == "prep":
        governor = current.head.head
    else:
        return None
    if governor.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject_of(governor)
    if subject is None or not could_speak(subject):
        return None
    return subject


def _has_that_clause(verb: Token) -> bool:
    """A subject and a "that ..." complement: "X observed that Y" whatever the verb."""
    if verb.lemma_.lower() in _NOT_REPORTING or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in verb.children
    )


def _wordnet_judgment(verb: Token, lemma: str) -> bool:
    """A WordNet verb of judging in words ("derided", "rebuffed", "lashed out at") with a
    subject that can speak (its own, or borrowed) and a noun or pronoun object."""
    if not load_wordnet_cues().judges(verb, lemma):
        return False
    if not any(c.dep_ == "dobj" and c.pos_ in _OBJECT_POS for c in verb.children):
        return False
    subject = _subject_of(verb)
    if subject is None and verb.dep_ in _BORROW_DEPS:
        subject = _borrowed_subject(verb)
    return subject is not None and could_speak(subject)


def _wordnet_phrasal(verb: Token, lemma: str) -> Token | None:
    """The target of a two-word WordNet verb of judging or communication ("lashed out at
    Y", "took issue with Y") with a subject that can speak (its own, or borrowed): the
    person after its preposition, or None."""
    target = load_wordnet_cues().target(verb, lemma)
    if target is None:
        return None
    subject = _subject_of(verb)
    if subject is None and verb.dep_ in _BORROW_DEPS:
        subject = _borrowed_subject(verb)
    return target if subject is not None and could_speak(subject) else None


def _as_content(verb: Token, text: str) -> Offsets | None:
    """ "sees the deal as a trap": the object and its "as" phrase, or nothing."""
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is None:
        return None  # "is seen as a threat (by X)": the passive subject stands for the object
    as_prep = next(
        (c for c in (*verb.rights, *obj.rights) if c.dep_ == "prep" and c.lower_ == "as"), None
    )
    if as_prep is None or as_prep.i < obj.i:
        return None
    return trim(text, obj.left_edge.idx, as_prep.right_edge.idx + len(as_prep.right_edge))


def _seeming_content(verb: Token, text: str) -> Offsets | None:
    """ "The senator seemed to waver", "It appears that Y": what seems, with its subject.

    The writer perceives it; the subject is part of the content, not a source.
    """
    complements = [
        c
        for c in verb.rights
        if c.dep_ in _SEEM_COMPLEMENTS or c.dep_ == "prep" and c.lower_ == "like"
    ]
    if not complements:
        return None
    last = max(complements, key=lambda c: c.right_edge.i).right_edge
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None or subject.dep_ == "expl" or subject.lower_ in ("it", "there"):
        first = min(complements, key=lambda c: c.i).left_edge
    else:
        first = subject.left_edge
    return trim(text, first.idx, last.idx + len(last))


def _verb_content(
    verb: Token,
    frame: str,
    text: str,
    cls: str = "speech",
    nouns: frozenset[str] = frozenset(),
    on: R.On = R.all_on,
    lexicon: Lexicon | None = None,
) -> Offsets | None:
    if frame == "as":
        return _as_content(verb, text)
    if frame == "seem":
        return _seeming_content(verb, text)
    deps = _CLAUSE_DEPS if frame == "clause" else _TO_DEPS
    complements = [c for c in verb.children if c.dep_ in deps]
    if not complements and frame == "clause":
        # "said legalizing it could help": the parser may hang a clause as xcomp
        complements = [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    if complements:
        # the clause right after the cue: a parser may hang a later clause from the
        # cue too ("said he saw no need, telling X that we deal with ...")
        after = [c for c in complements if c.left_edge.i > verb.i]
        if after:
            comp = min(after, key=lambda c: c.i)
        else:
            comp = max(complements, key=lambda c: len(list(c.subtree)))
        span = _subtree(comp)
        if on(R.SPLIT_COMPLEMENT):
            span = (span[0], _split_rest(comp, complements, span[1], lexicon))
        if on(R.COORDINATED_COMPLEMENT):
            span = (span[0], _continued_infinitive(verb, comp, span[1]))
        return trim(text, *span)
    answer = next((c for c in verb.children if c.lower_ in _ANSWER_WORDS and c.i > verb.i), None)
    if answer is not None and cls == "speech":
        return answer.idx, answer.idx + len(answer)  # "said so", "said yes", "said no"
    if frame == "to" and cls == "speech":
        about = _about_prep(verb)
        if about is not None:
            # "was asked about the vote", "warned about the risks": the topic is the content
            pobj = next(c for c in about.children if c.dep_ in ("pobj", "pcomp"))
            return trim(text, *_subtree(pobj))
    if frame != "object" and on(R.OBJECT_NOT_WORDS) and _object_is_thing(verb):
        return None  # "wrote a $500,000 check": money, not words
    if frame == "object" or _object_as_content(verb, frame, cls, nouns):
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
        if objects:
            first = min(objects, key=lambda c: c.i)
            last = first.right_edge
            # "called him a liar", "accused the West of arming Ukraine": the object's
            # complement belongs to the content; time, place and manner adjuncts do not
            for child in verb.rights:
                if child.i <= first.i:
                    continue
                if child.dep_ in _OBJECT_COMPLEMENTS or (
                    child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS and not _is_when(child)
                ):
                    last = child.right_edge
                else:
                    break
            return trim(text, first.left_edge.idx, last.idx + len(last))
        prep = _topic_prep(verb)
        if prep is not None:
            pobj = next(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
            if on(R.ADDRESSEE) and _is_addressee(prep, pobj):
                return None  # "called on Turkey": the one asked, not what was asked
            return trim(text, *_subtree(pobj))
        for_clause = _for_clause(verb)
        if for_clause is not None:
            mark = next(g for g in for_clause.children if g.dep_ == "mark")
            return trim(text, mark.idx + len(mark), _subtree(for_clause)[1])
    return None


def _split_rest(
    comp: Token, complements: list[Token], end: int, lexicon: Lexicon | None = None
) -> int:
    """ "discovered that attempts to hack the system were made by people": the parser
    made "made" a second complement of the cue; one that starts right after the first
    ends, with no subject, mark or punctuation of its own, is the rest of the first,
    unless it is a reporting verb ("X said A and Democrats accused B": a new report)."""
    nxt = comp.right_edge.i + 1
    for other in complements:
        if other.left_edge.i != nxt or other.i == comp.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in other.children):
            return end
        if other.left_edge.is_punct:
            return end
        if lexicon is not None and lexicon.verb_class(
            lexicon.verb_lemma(other.lemma_, other.lower_) or other.lemma_.lower()
        ):
            return end
        return _subtree(other)[1]
    return end


_BARE_VERB_TAGS = frozenset({"VB", "VBP"})


def _continued_infinitive(verb: Token, comp: Token, end: int) -> int:
    """ "wants to triple A, grow B and create C", "promising to meet and in some cases
    exceed X": the parser hangs the next bare verb on the cue, not on the "to" verb;
    with no subject of its own and only a comma or a conjunction between, it continues
    the complement (the end of the content moves past it)."""
    if comp.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
        return end
    doc = verb.doc
    for conj in (c for c in verb.rights if c.dep_ in ("conj", "dep") and c.idx >= end):
        if conj.tag_ not in _BARE_VERB_TAGS or conj.pos_ != "VERB":
            break
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in conj.children):
            break
        between = doc[comp.right_edge.i + 1 : conj.left_edge.i]
        if not all(t.text == "," or t.dep_ == "cc" for t in between):
            break
        right = conj.right_edge
        end = right.idx + len(right)
        comp = conj
    return end


def _holds_clause(first: Token, last: Token) -> bool:
    """Do the tokens from ``first`` to ``last`` hold a clause or a quotation?

    A clause is a verb standing as a complement ("accused X of lying", "called
    him to resign"); a verb that only modifies a noun ("the request he made")
    is not one. A quote mark means the words themselves are given.
    """
    for token in first.doc[first.i : last.i + 1]:
        if token.is_quote:
            return True
        if token.pos_ in ("VERB", "AUX") and token.dep_ in _CLAUSE_COMPLEMENTS:
            return True
        if token.tag_ == "VBG" and token.dep_ == "pobj":
            return True  # "of arming Ukraine" parsed as a noun object
    return False


def _is_addressee(prep: Token, pobj: Token) -> bool:
    """ "called on Turkey", "called upon them": an actor after "on" with no clause
    is the one addressed (as the object of "urged" is); "called on the reforms"
    names a topic and stays content."""
    if prep.lower_ not in _ADDRESSEE_PREPS:
        return False
    if pobj.ent_type_ not in _NAME_ENTITIES and pobj.pos_ != "PRON":
        return False
    return not _holds_clause(pobj.left_edge, pobj.right_edge)


def _is_when(prep: Token) -> bool:
    """ "on Monday", "for years": a time adjunct, not part of what was said."""
    return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _for_clause(verb: Token) -> Token | None:
    """ "called for the rivals to drop out": the parser makes "for" a clause mark."""
    for child in verb.rights:
        if child.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ == "for" and g.i == verb.i + 1 for g in child.children
        ):
            return child
    return None


def _object_as_content(verb: Token, frame: str, cls: str, nouns: frozenset[str]) -> bool:
    """A clause verb with a noun object reports that object ("noted the change",
    "tweeted a chart"); for "to" verbs only wishes do ("wants a switch"): the
    object of "told"/"urged" is the addressee. A reporting noun as object carries
    its own attribution ("repeated her claim that Y")."""
    if frame == "to" and cls != "intention" or cls in ("belief", "stance"):
        return False
    if verb.lemma_.lower() in _NOT_REPORTING | _OBJECT_NOT_REPORTED:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(c.lower_ not in _OBJECT_NOT_CONTENT for c in objects) and not any(
        c.lemma_.lower() in nouns for c in objects
    )


def _object_is_thing(verb: Token) -> bool:
    """ "wrote a $500,000 check", "writing maximum-limit checks": the first object is a
    noun of money or amounts (WordNet noun.possession, noun.quantity) holding no clause."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.pos_ == "NOUN"
        and obj.lemma_.lower() in _THINGS
        and not _holds_clause(obj.left_edge, obj.right_edge)
    )


def _about_prep(verb: Token) -> Token | None:
    """ "warned about X", "complained to officials about X": the topic after any addressee."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "about":
            return child if any(c.dep_ in ("pobj", "pcomp") for c in child.children) else None
        addressee = child.dep_ == "dobj" or child.dep_ == "prep" and child.lower_ in ("to", "with")
        if not addressee and child.dep_ not in ("prt", "advmod", "npadvmod"):
            return None
    return None


def _topic_prep(verb: Token) -> Token | None:
    """ "called for X", "talked about X": the preposition whose object is the content."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS:
            if any(c.dep_ in ("pobj", "pcomp") for c in child.children):
                return child
            return None
        if child.dep_ not in ("prt", "advmod"):
            return None
    return None


def _inverted_content(
    verb: Token, text: str, on: R.On = R.all_on
) -> tuple[Offsets, Offsets | None] | None:
    """ "Y, X said": the parser hangs "said" under Y's verb; content is Y around it.

    Returns the part before the cue clause and, for "Y1, X said, Y2", the part after;
    "As X said, Y" and "At the same time, X said, Y" with the opener parsed under the
    tag give Y alone (``tags``).
    """
    if not tags.is_tag(verb, as_tag=on(R.AS_TAG)):
        return None
    if on(R.TAG_SET_OFF) and not tags.set_off(verb):
        return None  # "she believes we must continue to push": a complement, not a tag
    before, after = tags.host_pieces(verb)
    rest = trim(text, *_span(after)) if after else None
    if rest is not None and len(text[rest[0] : rest[1]].split()) < 2:
        rest = None
    if not before:
        # "As X said, Y", and "At the same time, X said, Y" with the opener parsed
        # under the tag; not "“Y?” X said, but Z": Z is no content of that tag
        tagged = tags.has_as_mark(verb) or on(R.TAG_OPENER) and tags.opens_with_adverbial(verb)
        return (rest, None) if rest is not None and tagged else None
    # an opener before the tag stays content ("Back home, X said, Y"): PolNeAR counts
    # it as a fragment of the content, and dropping it lost on both dev parts
    return trim(text, *_span(before)), rest


def _passive_back(verb: Token, doc: Doc, text: str) -> Offsets | None:
    """ "This was said by X": the content is the sentence before."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ not in _POINTING_BACK:
        return None
    sent = verb.sent
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    return trim(text, previous.start_char, previous.end_char)


def _reports_inside(verb: Token, lexicon: Lexicon) -> bool:
    """ "seemed to think Y", "appeared to suggest that Y": the complement of a verb of
    seeming is itself a reporting verb (one whose frame is no seeming)."""
    for child in verb.children:
        if child.dep_ != "xcomp" or child.pos_ != "VERB":
            continue
        lemma = lexicon.verb_lemma(child.lemma_, child.lower_)
        if lemma is not None and lexicon.verb_class(lemma) and lexicon.verb_frame(lemma) != "seem":
            return True
    return False


def _passive_patient(verb: Token, text: str) -> Offsets | None:
    """ "Clinton has been endorsed by dozens of papers", "the story was first reported
    by the Post": a passive with a "by" agent reports on its subject (the agent is
    the source, ``_subject_of``); "this was said by X" points back (``_passive_back``)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None or not any(c.dep_ == "pobj" for c in agent.children):
        return None
    patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if patient is None or patient.lower_ in _POINTING_BACK or patient.lower_ in _RELATIVE:
        return None
    return trim(text, *_subtree(patient))


def _channel_of(verb: Token) -> Offsets | None:
    for child in verb.children:
        if child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
            if pobj is not None:
                return source_span(pobj)
    return None


def _coordinated_cue(verb: Token, content: Offsets, lexicon: Lexicon) -> tuple[Token, int] | None:
    """ "said A and said B", parsed with the second "said" inside A: that verb, and
    where A ends (before its "and").

    Only a reporting verb with no subject of its own counts: "said A and B said C"
    has B as the second speaker and the parse is left as it is.
    """
    for token in verb.doc[verb.i + 1 :]:
        if token.idx >= content[1]:
            return None
        if token.idx < content[0] or token.dep_ != "conj" or token.pos_ != "VERB":
            continue
        lemma = lexicon.verb_lemma(token.lemma_, token.lower_)
        if lemma is None or lexicon.verb_class(lemma) is None:
            continue
        if any(c.dep_ in _SUBJECTS for c in token.children):
            continue
        joint = [c for c in token.head.children if c.dep_ in ("cc", "punct") and c.i < token.i]
        end = max(joint, key=lambda c: c.i).idx if joint else token.left_edge.idx
        if end > content[0]:
            return token, end
    return None


def _appoints(verb: Token, lemma: str) -> bool:
    """ "The ministry has named Y its spokeswoman", "Y was named its spokeswoman": a verb
    of appointing with a second object (a predicate noun after the object) reports
    nothing; "named Y as the culprit" and "named three reasons" keep their reading."""
    if lemma not in _APPOINTING:
        return False
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "oprd", "nsubjpass") and c.pos_ in _OBJECT_POS
    ]
    return len(objects) >= 2 and any(c.dep_ == "oprd" and c.i > verb.i for c in objects)


def _verb_attributions(
    doc: Doc, lexicon: Lexicon, text: str, on: R.On = R.all_on
) -> list[Attribution]:
    found: list[Attribution] = []
    if not on(R.REPORTING_VERB) and not on(R.THAT_CLAUSE):
        return found
    reporting_nouns = frozenset(lexicon.nouns)
    coordinated: dict[int, Token] = {}  # a second reporting verb -> the first one's subject
    view = doc_view(doc)  # most tokens are no verb: decided without making their Token
    pos, dep = view.pos, view.dep
    for i in range(len(doc)):
        if pos[i] not in ("VERB", "AUX") or dep[i] in ("amod", "compound"):
            continue
        verb = doc[i]
        if text[max(0, verb.idx - 2) : verb.idx].endswith(("<", "</")):
            continue  # a markup tag ("<tweet author=...>"), not a verb
        lemma = lexicon.verb_lemma(verb.lemma_, verb.lower_) or verb.lemma_.lower()
        cls = lexicon.verb_class(lemma)
        if cls is not None and not on(R.REPORTING_VERB):
            continue
        if cls is not None and on(R.NAMING_DOUBLE_OBJECT) and _appoints(verb, lemma):
            continue  # "named Y its spokeswoman": an appointment, not a report
        if on(R.WITHOUT_NO_REPORT) and verb.dep_ == "pcomp" and verb.head.lower_ == "without":
            continue  # "without mentioning Sanders": not said
        wordnet = False
        target: Token | None = None  # "lashed out at Y": the person after the preposition
        if cls is None:
            if on(R.THAT_CLAUSE) and _has_that_clause(verb):
                cls = "unlisted"  # "observed that ...": a that-clause marks reported content
            elif on(R.WORDNET_JUDGMENT) and _wordnet_judgment(verb, lemma):
                cls, wordnet = "stance", True  # "derided Y": a WordNet verb of judging
            elif on(R.WORDNET_PHRASAL) and (target := _wordnet_phrasal(verb, lemma)) is not None:
                cls, wordnet = "stance", True  # "lashed out at Y": a two-word WordNet verb
            else:
                continue
        frame = lexicon.verb_frame(lemma) or ("object" if cls == "stance" else "clause")
        if frame == "seem" and on(R.SEEMING_REPORT) and _reports_inside(verb, lexicon):
            continue  # "X seemed to think Y": X's attribution is "think", not the writer's
        via = "verb"
        rest: Offsets | None = None
        content = _verb_content(verb, frame, text, cls, reporting_nouns, on, lexicon)
        if target is not None:
            content = trim(text, *_subtree(target))
        if content is None and frame not in ("as", "seem") and on(R.INVERTED):
            inverted = _inverted_content(verb, text, on)
            if inverted is not None:
                content, rest = inverted
        subject = _subject_of(verb) if frame != "seem" else None
        if content is None and frame != "seem" and on(R.PASSIVE_BACK):
            content = _passive_back(verb, doc, text)
            via = "verb" if content is None else "passive"
        if (
            content is None
            and frame in ("object", "clause")
            and on(R.PASSIVE_AGENT)
            and not (on(R.PASSIVE_AGENT_THINGS) and lemma in _OBJECT_NOT_REPORTED)
        ):
            content = _passive_patient(verb, text)  # "Y was endorsed by X"
        if subject is None and verb.i in coordinated:
            subject = coordinated[verb.i]
        # "It was agreed that Y": nobody is named, nobody is looked for
        unnamed = subject is None and on(R.AGENTLESS_PASSIVE) and tags.is_agentless_passive(verb)
        if subject is None and not unnamed and frame != "seem" and on(R.BORROWED_SUBJECT):
            if on(R.NOUN_PARTICIPLE_AUTHOR):
                subject = _participle_author(verb)  # "Trump sent tweets criticizing Y"
            if subject is None and on(R.MAIN_CLAUSE_PARTICIPLE):
                subject = _main_clause_subject(verb)  # "X said he doubted Y, arguing Z"
            if subject is None:
                subject = _borrowed_subject(verb, demonstrative=on(R.DEMONSTRATIVE_NO_SPEAKER))
        if subject is None and not unnamed and frame != "seem" and on(R.PASSIVE_SUBJECT):
            subject = tags.passive_subject(verb)  # "X was quoted as saying Y"
        if content is not None and frame != "seem" and on(R.COORDINATED):
            second = _coordinated_cue(verb, content, lexicon)
            if second is not None:
                # "X said A and said B": two attributions, both X's
                content = trim(text, content[0], second[1])
                if subject is not None:
                    coordinated[second[0].i] = subject
        if content is None and (subject is None or cls != "speech" or not on(R.DANGLING)):
            continue  # dangling cues are kept for speech verbs only
        if subject is None and verb.tag_ == "VB" and verb.dep_ == "ROOT" and on(R.IMPERATIVE):
            continue  # an imperative ("Read the full story"): no one's statement
        if content is not None and content[1] - content[0] < 2:
            continue
        cue = (verb.idx, verb.idx + len(verb))
        particle = next((c for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), None)
        if particle is not None:
            cue = (cue[0], particle.idx + len(particle))
        prep: Token | None = None
        if frame == "to" and cls == "speech":
            prep = _about_prep(verb)
        elif frame in ("object", "to"):
            prep = _topic_prep(verb)
        if prep is not None and prep.i != (particle or verb).i + 1:
            prep = None  # "told reporters about": the cue stays the verb
        if prep is not None and content is not None and prep.idx < content[0]:
            cue = (cue[0], prep.idx + len(prep))  # "called for", "talked about"
        elif frame == "object" and content is not None and _for_clause(verb) is not None:
            cue = (cue[0], doc[verb.i + 1].idx + len(doc[verb.i + 1]))
        if target is not None:
            cue = (cue[0], target.head.idx + len(target.head))  # "lashed out at", "took issue with"
        base = _CONFIDENCE["unlisted" if wordnet else cls]
        confidence = base if subject is not None else base - _C["no_subject_penalty"]
        found.append(
            Attribution(
                content=content,
                cue=cue,
                source=source_span(subject) if subject is not None else None,
                cls=cls,
                lemma=lemma,
                confidence=round(confidence, 2),
                via=via,
                channel=_channel_of(verb),
                first_person=subject is not None and subject.lower_ in _FIRST_PERSON,
                speaker_at=(
                    antecedent_of(subject, on(R.APPOSITIVE_ANTECEDENT))
                    if subject is not None
                    else None
                ),
                rest=rest,
                # the writer's "seems", an unnamed viewer ("is seen as"), an agentless
                # passive ("it is believed")
                writer=frame == "seem" or frame == "as" and subject is None or unnamed,
            )
        )
    return found


def _noun_attributions(
    doc: Doc, lexicon: Lexicon, text: str, under_verb: bool = False
) -> list[Attribution]:
    """Reporting nouns with a "that" clause or a topic ("X's claim that Y"); with
    ``under_verb`` (``quotes.source.noun_under_verb``), a noun under "in" on a verb takes
    the verb's subject as source ("X said in a statement that Y")."""
    found = []
    pos = doc_view(doc).pos
    for i in range(len(doc)):
        if pos[i] != "NOUN":
            continue
        noun = doc[i]
        cls = lexicon.nouns.get(noun.lemma_.lower())
        if cls is None:
            continue
        base = cls
        clause = next(
            (
                c
                for c in noun.children
                if c.dep_ in ("acl", "ccomp")
                and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
            ),
            None,
        )
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if clause is None and owner is not None:
            # "her support for the bill", "his attacks on the press": the topic is the content
            clause = next(
                (
                    p
                    for p in noun.rights
                    if p.dep_ == "prep"
                    and p.lower_ in _TOPIC_PREPS
                    and any(c.dep_ in ("pobj", "pcomp") for c in p.children)
                ),
                None,
            )
            if clause is not None:
                clause = next(c for c in clause.children if c.dep_ in ("pobj", "pcomp"))
        if clause is None:
            continue
        if owner is None:
            by = next(
                (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None
            )
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if owner is None and noun.dep_ in ("dobj", "attr"):
            owner = _subject_of(noun.head)  # "X made the claim that Y"
        if (
            owner is None
            and under_verb
            and noun.dep_ == "pobj"
            and noun.head.lower_ == "in"
            and noun.head.head.pos_ in ("VERB", "AUX")
        ):
            owner = _subject_of(noun.head.head)  # "X said in a statement that Y"
        found.append(
            Attribution(
                content=trim(text, *_subtree(clause)),
                cue=(noun.idx, noun.idx + len(noun)),
                source=source_span(owner) if owner is not None else None,
                cls=cls,
                lemma=noun.lemma_.lower(),
                confidence=round(_CONFIDENCE[base] - _noun_penalty(owner is not None), 2),
                via="noun",
                first_person=owner is not None and owner.lower_ in _FIRST_PERSON_OWNERS,
            )
        )
    return found


def _noun_penalty(owned: bool) -> float:
    return float(_C["noun_owner_penalty"] if owned else _C["noun_no_owner_penalty"])


def _rest_of_sentence(phrase: list[Token], text: str) -> Offsets | None:
    """The sentence around a source phrase, less the phrase: the larger side of it."""
    sent = phrase[0].sent
    p_start = phrase[0].left_edge.idx
    p_end = max(t.right_edge.idx + len(t.right_edge) for t in phrase)
    before = trim(text, sent.start_char, p_start)
    after = trim(text, p_end, sent.end_char)
    best = max(before, after, key=lambda s: s[1] - s[0])
    return best if best[1] - best[0] > 1 else None


def _phrase_attributions(doc: Doc, lexicon: Lexicon, text: str) -> list[Attribution]:
    found = []
    lower = doc_view(doc).lower
    firsts = {phrase.words[0] for phrase in lexicon.phrases}
    for i in range(len(doc)):
        if lower[i] not in firsts:
            continue  # no phrase starts here: no Token made
        token = doc[i]
        for phrase in lexicon.phrases:
            if lower[i] != phrase.words[0]:
                continue
            matched = _match_phrase(token, phrase.words, phrase.how)
            if matched is None:
                continue
            tokens, source = matched
            if phrase.words[0] == "according" and _is_channel(tokens[0], lexicon):
                continue  # a channel of the verb's own attribution
            content = _rest_of_sentence(tokens, text)
            if content is None:
                continue
            src = source_span(source) if source is not None else None
            found.append(
                Attribution(
                    content=content,
                    cue=_span(tokens),
                    source=src,
                    cls=phrase.cls,
                    lemma=" ".join(phrase.words),
                    confidence=_C[
                        "phrase_confidence" if source is not None else "phrase_no_source_confidence"
                    ],
                    via="phrase",
                )
            )
    return found


def _match_phrase(
    token: Token, words: tuple[str, ...], how: str
) -> tuple[list[Token], Token | None] | None:
    doc = token.doc
    if how == "object":
        tokens = list(doc[token.i : token.i + len(words)])
        if len(tokens) != len(words) or any(
            t.lower_ != w and t.lemma_.lower() != w for t, w in zip(tokens, words, strict=True)
        ):
            return None
        pobj = next((c for c in tokens[-1].children if c.dep_ == "pobj"), None)
        return (tokens, pobj) if pobj is not None else None
    # "owner": "in his view" - the first word, then the noun whose possessor is the source
    noun = next(
        (c for c in token.children if c.dep_ == "pobj" and c.lemma_.lower() == words[-1]), None
    )
    if noun is None:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    return [token, noun], owner


def _is_channel(according: Token, lexicon: Lexicon) -> bool:
    head = according.head
    return lexicon.verb_class(head.lemma_.lower()) == "speech" and _subject_of(head) is not None
