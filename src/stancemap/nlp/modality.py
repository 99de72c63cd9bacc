"""Is a clause asserted as fact, denied, announced, hypothetical or background?

Read from the dependency parse around a predicate (and the verb that governs
it, for "did not agree to meet"): negation, modal auxiliaries, conditional
clauses, perfect tenses. Shared by every stage (session 29, moved here from
``events/modality.py``): the events stage reads an event's mode with these tests
(``events/finish.py``), ``nlp.clause_mode`` reads the mode of what a quote or a
statement says with the same ones. The event's date and position decide "historical".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import word_list, words_by_kind
from .reporting import load_lexicon

# verbs whose infinitive complement did not happen ("failed to agree")
FAILURE_VERBS = {"fail", "neglect"}
# objects of "do" that stand for an act named elsewhere ("not ready to do that, extending")
PRO_ACTS = {"that", "so", "it", "this"}
# verbs whose clause complement is said not to have happened ("denied that its troops had
# fired"), and nouns of a claim such a verb can take ("rejected reports that it had sent")
DENIAL_VERBS = {"deny", "refute", "rebut", "disprove"}
DENIAL_OF_A_CLAIM = {"deny", "refute", "rebut", "dismiss", "reject"}
CLAIM_NOUNS = {"report", "claim", "allegation", "accusation", "suggestion", "charge", "rumour"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_AUX = {"could", "might", "may", "can"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# what people think, not only what they say, frames a reported clause ("believes it would")
REPORTING_CLASSES = ("speech", "belief")


@lru_cache(maxsize=1)
def speech_lemmas() -> frozenset[str]:
    """Verbs that report words or beliefs: the shared reporting lexicon
    (``nlp.reporting``, ``data/quotes/reporting_verbs.tsv``), the quotes stage's too."""
    verbs = load_lexicon().verbs
    return frozenset(v for v, (cls, _frame) in verbs.items() if cls in REPORTING_CLASSES)


def is_speech(lemma: str) -> bool:
    return lemma.lower() in speech_lemmas()


BACKGROUND_ADVERBS = {"previously", "formerly", "earlier", "once", "already"}
# a period that is the story's own time: "during this campaign", "the current crisis"
NOW_WORDS = {"this", "these", "current", "ongoing", "present"}


# session 33 (``events.mode.contracted_would``, set by the events stage): "he'd welcome X"
# - a contracted "'d" the tagger reads as a modal (MD) is "would" ("he'd visited", "'d" as
# "had", is tagged VBD and stays as it is)
contracted_would_on: ContextVar[bool] = ContextVar("contracted_would", default=False)
CONTRACTED_WOULD = "'d"


# session 67 MD (``events.mode.typographic_contraction``, set by the events stage): "they’ll
# attack", "he’d support" - a contraction written with a typographic apostrophe (as most
# news sites print it) is read as the one written with a straight one ("'ll", "'d")
typographic_contraction_on: ContextVar[bool] = ContextVar("typographic_contraction", default=False)
TYPOGRAPHIC_APOSTROPHES = frozenset({"\u2019", "\u2018", "\u02bc", "\u00b4"})


def _aux_word(child: Token) -> str:
    word = child.lower_
    if typographic_contraction_on.get() and word[:1] in TYPOGRAPHIC_APOSTROPHES:
        word = "'" + word[1:]
    if word == CONTRACTED_WOULD and child.tag_ == "MD" and contracted_would_on.get():
        return "would"
    return word


def _aux_words(token: Token) -> set[str]:
    return {_aux_word(c) for c in token.children if c.dep_ in ("aux", "auxpass")}


def failed(token: Token) -> bool:
    """The act is the infinitive of a failure verb ("failed to agree"): it did not happen,
    and nobody refused it."""
    return token.dep_ == "xcomp" and token.head.lemma_ in FAILURE_VERBS


def is_negated(tokens: list[Token]) -> bool:
    """Any of the predicate's tokens carries a negation ("not", "never", "no talks"),
    or is the complement of a failure verb ("failed to agree")."""
    for token in tokens:
        if token.dep_ == "xcomp" and token.head.lemma_ in FAILURE_VERBS:
            return True
        if is_denied(token) or spells_out_a_refusal(token):
            return True
        for child in token.children:
            if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in ("never",)):
                return True
            if token.pos_ in ("NOUN", "PROPN") and child.dep_ == "det" and child.lower_ == "no":
                return True
    return False


# a subject that denies the predicate of everyone it names: "nobody", "no country",
# "neither X nor Y"
NEGATIVE_SUBJECTS = {"nobody", "none", "neither", "noone"}
NEGATIVE_DETERMINERS = {"no", "neither"}


# "no-one" as the tokenizer splits it: "no", "-", "one", each a subject of the verb
# (session 68 MD); the words of English's negative pronoun, not a list of names
HYPHENED_NO_ONE = ("no", "-", "one")


def hyphened_negative_subject(token: Token, depth: int = 3) -> bool:
    """The act's clause (climbing its infinitive chain as ``negative_subject`` does) has
    the subject "no-one", which the tokenizer splits in three: "No-one has condemned X",
    "no-one has yet nominated to contest the leadership"."""
    node = token
    for _ in range(depth):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            break
        node = node.head
    for subject in node.children:
        if subject.dep_ not in ("nsubj", "nsubjpass") or subject.lower_ != HYPHENED_NO_ONE[-1]:
            continue
        at = subject.i - len(HYPHENED_NO_ONE) + 1
        if at >= 0 and tuple(t.lower_ for t in subject.doc[at : subject.i + 1]) == HYPHENED_NO_ONE:
            return True
    return False


def negative_subject(token: Token, depth: int = 3) -> bool:
    """The act's clause (climbing its infinitive chain: "is inclined to attack", "wants
    to meet") has a negative subject: "Neither X nor Y is inclined to attack Z", "No
    country condemned the strike", "Nobody asked him to resign"."""
    node = token
    for _ in range(depth):
        if node.dep_ not in ("xcomp", "acomp") or node.head.i == node.i:
            break
        node = node.head
    for subject in node.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if subject.lower_ in NEGATIVE_SUBJECTS:
            return True
        if any(
            c.dep_ in ("det", "preconj") and c.lower_ in NEGATIVE_DETERMINERS
            for c in subject.children
        ):
            return True
    return False


WH_TAGS = ("WDT", "WP", "WP$", "WRB")


def yes_no_question(token: Token, depth: int = 3) -> bool:
    """The act's clause is a yes/no question: its sentence ends in "?", an auxiliary (or
    the copula) comes before the subject ("Does Iran support Hamas?", "Will Iran meet
    Iraq?", "Is Iran ready to attack?") and no wh-word opens it ("Why did Russia attack?"
    takes the attack as done)."""
    sent = token.sent
    last = [t for t in sent if not t.is_space][-1:]
    if not last or last[0].text != "?":
        return False
    node = token
    for _ in range(depth):
        if node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    subjects = [c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects:
        return False
    auxes = [c.i for c in node.children if c.dep_ in ("aux", "auxpass")]
    if node.pos_ == "AUX":
        auxes.append(node.i)
    if not any(a < subjects[0] for a in auxes):
        return False
    return not any(t.tag_ in WH_TAGS for t in sent if t.i < subjects[0])


def _negated_here(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in token.children)


def _does_that(token: Token) -> bool:
    """ "do that", "do so", "do it": a verb that stands for an act named elsewhere."""
    return token.lemma_ == "do" and any(
        c.dep_ in ("dobj", "advmod") and c.lower_ in PRO_ACTS for c in token.children
    )


def spells_out_a_refusal(token: Token) -> bool:
    """ "He is not ready to do that, extending his support to her", "she would not do
    so, endorsing him": a participle clause that names the act a negated "do that"
    stands for is itself not done (the negation's scope reaches the act it names)."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    if any(c.lower_ == "instead" for c in token.subtree):  # "did not do so, backing X instead"
        return False
    main = token.head
    if not _negated_here(main):
        return False
    # "not ready/willing/going to do that": the pro-act hangs off an adjective or a verb
    around = [main, *(c for c in main.children if c.dep_ in ("acomp", "xcomp"))]
    for word in around:
        for act in [word, *(c for c in word.children if c.dep_ == "xcomp")]:
            if _does_that(act):
                return True
    return False


def is_denied(token: Token) -> bool:
    """The clause is what someone denies: "denied that its soldiers had shelled", "rejected
    reports that it had deployed" (a relative clause on the claim is not its content)."""
    head = token
    while head.head.i != head.i:
        gerund = head.tag_ == "VBG" and head.dep_ in ("dobj", "obj")  # "denied deploying"
        if (head.dep_ in ("ccomp", "xcomp") or gerund) and head.head.lemma_.lower() in (
            DENIAL_VERBS
        ):
            return True
        if head.dep_ not in ("xcomp", "conj"):
            break
        head = head.head
    claim = head.head
    return (
        head.dep_ in ("acl", "ccomp")
        and claim.lemma_.lower() in CLAIM_NOUNS
        and claim.dep_ in ("dobj", "obj")
        and claim.head.lemma_.lower() in DENIAL_OF_A_CLAIM
    )


# the characters of a direct quotation a word lies in (``direct_quote_would``), or None
Quotation = tuple[int, int] | None


def reported_by_speech(token: Token, quote: Quotation = None) -> bool:
    """The clause is the complement of a speech verb ("said it would ..."). ``quote``: the
    clause lies in a direct quotation spanning these characters; a speech verb a
    quotation mark separates from it ('"Trump would have a steep hill to climb," said
    Hammond') introduces the speaker's own words, whose "would" is their conditional, not
    the tense of reported speech (``events.mode.direct_quote_would``); one inside the
    quotation ('"he told me he would come"') still reports."""
    head = token
    while head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "ccomp" or not is_speech(head.head.lemma_):
        return False
    if quote is None:
        return True
    speech = head.head
    # the speech verb frames the quotation from outside: a quotation mark lies between it
    # and the "would" ('"... would ...," said X', 'saying, "I would ..."'); a mixed quote
    # the quotes stage calls direct ("said he would advise Trump on the 'threats'") does
    # not make its reported clause the speaker's own
    low, high = sorted((speech.i, token.i))
    if not any(t.is_quote for t in token.doc[low + 1 : high]):
        return True
    # '"I've always said, before it began, that I would support him," said X': the parser
    # hangs the quoted speech verb under the clause it reports; a speech verb before the
    # clause, its complement, still reports it
    return any(c.dep_ == "ccomp" and c.i < head.i and is_speech(c.lemma_) for c in head.children)


FIRST_PERSON = frozenset({"i", "we"})


def hedged_performative(verb: Token) -> bool:
    """ "I would suggest that Clinton not be so presumptuous", "we would urge them to":
    a speech verb (the reporting lexicon) under "would" (no "have") with a first-person
    subject is said, the "would" a hedge of politeness: the act is performed, not
    supposed (read in a direct quotation, ``events.mode.direct_quote_would``). Only the
    verb itself: what it asks for ("them to attack") stays under the "would"."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not any(_aux_word(c) == "would" for c in auxes) or any(c.lemma_ == "have" for c in auxes):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
        return False
    return is_speech(verb.lemma_)


def is_future(tokens: list[Token], quote: Quotation = None) -> bool:
    """will / shall / going to, or "would" in reported speech ("said it would"; not the
    speaker's own "would" in a direct ``quote``)."""
    for token in tokens:
        aux = _aux_words(token)
        if aux & FUTURE_AUX:
            return True
        if "would" in aux and reported_by_speech(token, quote):
            return True
        if token.lower_ == "going" and any(c.dep_ == "xcomp" for c in token.children):
            return True
    return False


def is_hypothetical(tokens: list[Token], habitual: bool = False, quote: Quotation = None) -> bool:
    """could / might / may, unreported "would", or inside an if/unless clause.
    ``habitual``: a habitual past "would" ("he would often visit") is no hypothetical
    (``habitual_would``); ``quote``: a direct quotation the words lie in (its "would" under
    a speech verb outside it is the speaker's own: ``direct_quote_would``)."""
    for token in tokens:
        aux = _aux_words(token)
        if aux & HYPOTHETICAL_AUX:
            return True
        if quote is not None and hedged_performative(token):
            continue  # '"I would suggest that Clinton ...," he said': suggested
        if _unreal_would(token, aux, habitual, quote):
            return True
        clause = token
        while clause.dep_ not in ("advcl", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children
        ):
            return True
    return False


def tense_of(token: Token) -> str:
    """ "pluperfect", "perfect" or "simple" for a verb token."""
    aux = [c for c in token.children if c.dep_ == "aux"]
    if token.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in token.children):
        lowered = {c.lower_ for c in aux}
        if "had" in lowered:
            return "pluperfect"
        if lowered & {"has", "have", "'s", "'ve"}:
            return "perfect"
    return "simple"


def has_background_adverb(tokens: list[Token]) -> bool:
    """ "previously", "once" ...; or a past-tense clause set in a bounded period."""
    return any(
        c.dep_ == "advmod" and c.lower_ in BACKGROUND_ADVERBS for t in tokens for c in t.children
    ) or any(in_past_period(t) for t in tokens)


@lru_cache(maxsize=1)
def past_period_nouns() -> frozenset[str]:
    return word_list("events/past_periods.txt")


def in_past_period(token: Token) -> bool:
    """ "During the primaries, Sanders attacked Clinton": a simple-past verb with a
    "during the/his <period>" adjunct tells what happened then, before the story's news.
    A period with a date of its own ("during the 2008 campaign") is dated by it; only a
    period noun counts, never "during talks" or "during a visit" (often the news)."""
    if token.tag_ != "VBD":
        return False
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "during":
            continue
        for period in prep.children:
            if period.dep_ != "pobj" or period.lemma_.lower() not in past_period_nouns():
                continue
            words = {c.lower_ for c in period.children}
            if words & NOW_WORDS:  # "during this campaign", "during the current crisis"
                continue
            if any(c.dep_ in ("det", "poss") for c in period.children):
                return True
    return False


# verbs whose complement is feared, supposed or predicted, not done ("fears it could be
# used to ...", "is expected to meet")
UNREAL_VERBS = {
    "fear",
    "worry",
    "suspect",
    "dread",
    "imagine",
    "speculate",
    "suppose",
    "think",
    "expect",
    "anticipate",
    "predict",
    "forecast",
}
UNREAL_CLAUSES = ("xcomp", "ccomp", "advcl", "conj", "acl", "relcl", "pcomp")


# the table of contest words (read whole by ``events/contest.py``); its ``prediction``
# kind is read here
CONTEST_TABLE = "events/contest.tsv"
CONTEST_KINDS = ("contest", "margin", "unready", "unwilling", "prediction")


@lru_cache(maxsize=1)
def prediction_words() -> frozenset[str]:
    """Words saying an event is foreseen ("likely", "a matter of time"): the ``prediction``
    kind of ``data/events/contest.tsv``."""
    return words_by_kind(CONTEST_TABLE, CONTEST_KINDS)["prediction"]


def is_predicted(token: Token) -> bool:
    """The event is the subject of a prediction: "an endorsement is likely", "his
    endorsement is only a matter of time" (words: ``prediction`` in
    ``data/events/contest.tsv``)."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.lemma_ != "be":
        return False
    predictions = prediction_words()
    for told in token.head.children:
        if told.dep_ not in ("attr", "acomp"):
            continue
        if told.lemma_.lower() in predictions:
            return True
        for prep in told.children:  # "a matter of time"
            for obj in prep.children if prep.dep_ == "prep" else ():
                phrase = f"{told.lemma_} {prep.lower_} {obj.lemma_}".lower()
                if phrase in predictions:
                    return True
    return False


def in_unreal_clause(
    token: Token,
    depth: int = 5,
    opinion: bool = False,
    habitual: bool = False,
    quote: Quotation = None,
) -> bool:
    """The predicate sits inside what someone fears or supposes, or under a
    could/might/would above it ("is thought to fear it could be used to threaten"),
    or is itself predicted ("an endorsement is only a matter of time"). ``opinion``: a
    clause of its own tense under a verb of opinion is a claim, not a supposition ("I
    think Fox helped Trump": ``opinion_claim``); ``habitual``: a habitual past "would"
    above is no modal (``habitual_would``)."""
    if is_predicted(token):
        return True
    current = token
    for _ in range(depth):
        if current.dep_ not in UNREAL_CLAUSES or current.head.i == current.i:
            return False
        if opinion and opinion_claim(current):
            return False
        current = current.head
        if current.lemma_.lower() in UNREAL_VERBS:
            return True
        aux = _aux_words(current)
        if aux & HYPOTHETICAL_AUX or _unreal_would(current, aux, habitual, quote):
            return True
    return False


def is_withheld(
    token: Token,
    unready: frozenset[str],
    unwilling: frozenset[str],
    withholding: Mapping[str, frozenset[str]],
) -> bool:
    """The predicate is the complement of an act held back: "not ready to support", "is
    unwilling to back", "refrained from endorsing". It did not happen (the complement
    event is negated); the adjectives come from ``data/events/contest.tsv``, the verbs
    (verb -> the complements it withholds: "to", "ing", or a preposition over a gerund)
    from ``data/events/withholding_verbs.tsv``."""
    head = token.head
    if head.i == token.i:
        return False
    lemma = head.lemma_.lower()
    if token.dep_ == "xcomp" and lemma in unwilling:
        return True
    if token.dep_ == "xcomp" and lemma in unready:
        # the negation sits on the adjective or on its copula: "is not ready to"
        holders = [head, head.head] if head.dep_ in ("acomp", "amod", "xcomp") else [head]
        return any(c.dep_ == "neg" for h in holders for c in h.children)
    if token.dep_ == "xcomp" and lemma in withholding:
        form = "ing" if token.tag_ == "VBG" else "to"
        return form in withholding[lemma]
    # "refrained from endorsing": the gerund under "from"
    return (
        token.dep_ in ("pcomp", "pobj")
        and head.head.i != head.i
        and head.lower_ in withholding.get(head.head.lemma_.lower(), frozenset())
    )


OBLIGATION_AUX = {"should", "ought"}
SEMI_MODALS = {"need", "have"}
# "would like to": "like" under "would" is a wish
WISH_WITH_WOULD = "like"


@lru_cache(maxsize=1)
def wish_verbs() -> frozenset[str]:
    """ "want", "hope", "wish", "crave" (``events.wordnet_import``)."""
    return word_list("events/wish_verbs.txt")


def _governing(
    token: Token, depth: int = 5, preps: bool = False, agent: bool = False
) -> list[Token]:
    """The predicate and the verbs whose complement clause it is, nearest first
    (``preps``: a gerund under a preposition climbs to the preposition's head: "might
    achieve better results by coordinating"; ``agent``: also under a passive's "by" agent:
    "can be added by threatening to slap tariffs", ``agent_gerund``)."""
    out = [token]
    current = token
    prep_deps = ("prep", "agent") if agent else ("prep",)
    for _ in range(depth):
        if preps and current.dep_ == "pcomp" and current.head.dep_ in prep_deps:
            prep = current.head
            if prep.head.i == prep.i:
                break
            current = prep.head
            out.append(current)
            continue
        if current.dep_ not in UNREAL_CLAUSES or current.head.i == current.i:
            break
        current = current.head
        out.append(current)
    return out


def modal_above_preposition(
    token: Token, habitual: bool = False, quote: Quotation = None, agent: bool = False
) -> bool:
    """ "the Fed might achieve better results by coordinating with other banks", "would
    have a steep hill to climb in persuading delegates": could/might/may or an unreported
    "would" on a verb above the act, climbing through a preposition's gerund too
    (``habitual``: not a habitual past "would"; ``quote``: a direct quotation the act lies
    in; ``agent``: through a passive's "by" agent too, ``agent_gerund``)."""
    for verb in _governing(token, preps=True, agent=agent)[1:]:
        aux = _aux_words(verb)
        if aux & HYPOTHETICAL_AUX or _unreal_would(verb, aux, habitual, quote):
            return True
    return False


def _unreal_would(verb: Token, aux: set[str], habitual: bool, quote: Quotation = None) -> bool:
    """An unreported "would" on the verb, not (with ``habitual``) a habitual past one."""
    if "would" not in aux or reported_by_speech(verb, quote):
        return False
    return not (habitual and habitual_would(verb))


# adverbs of frequency, a closed class: "would often visit" tells what used to happen
FREQUENCY_ADVERBS = frozenset(
    {
        "often",
        "sometimes",
        "always",
        "usually",
        "frequently",
        "regularly",
        "repeatedly",
        "occasionally",
        "routinely",
        "typically",
        "invariably",
        "constantly",
        "habitually",
        "periodically",
        "seldom",
        "rarely",
    }
)
# determiners of a repeated time ("every week", "each morning") and the "at times" idiom
EVERY = frozenset({"every", "each"})
WHEN_MARKS = frozenset({"when", "whenever"})


def _simple_past(verb: Token) -> bool:
    """A verb told in the simple past: "named", "did not name" (no modal, no perfect)."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lemma_ == "have" for c in auxes):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes)


def habitual_would(verb: Token) -> bool:
    """The verb's "would" is the habitual past ("at times Axelrod would meet Ailes", "he
    would often visit", "he would warn voters ... but did not name any", "when he was
    mayor he would visit every week"), read from the clause: a frequency adverb, "at
    times", an "every"/"each" time phrase, a when-clause in the simple past, or a
    coordinated verb in the simple past. "would have" (a counterfactual) never is."""
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    if not any(_aux_word(c) == "would" for c in auxes) or any(c.lemma_ == "have" for c in auxes):
        return False
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ in FREQUENCY_ADVERBS:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "at"
            and any(g.lower_ == "times" for g in child.children)
        ):
            return True
        if child.dep_ in ("npadvmod", "advmod") and any(
            d.dep_ == "det" and d.lower_ in EVERY for d in child.children
        ):
            return True
        if (
            child.dep_ == "advcl"
            and _simple_past(child)
            and any(m.lower_ in WHEN_MARKS for m in child.children if m.i < child.i)
        ):
            return True
    coordinated = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        coordinated.append(verb.head)
    # a coordinated verb with its own past auxiliary or subject: "but did not name any"
    # (a bare participle shares the "would": "would be released and hired back"); not
    # two reported clauses ("his point was that X would need Y and that he planned Z": a
    # "that" on either is reported speech, its "would" a future in the past)
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(
        _simple_past(c)
        and not any(d.dep_ == "mark" for d in c.children)
        and any(d.dep_ in ("aux", "nsubj", "nsubjpass") and d.i != verb.i for d in c.children)
        for c in coordinated
    )


# verbs of opinion: the words of ``UNREAL_VERBS`` whose most frequent WordNet 3.0 sense
# is in verb.cognition (think.v.01, expect.v.01, anticipate.v.01, speculate.v.01; checked
# against WordNet by tests/nlp/test_s30_mode_rules.py), and believe.v.01 (cognition)
OPINION_VERBS = frozenset({"think", "expect", "anticipate", "speculate", "believe"})


def opinion_claim(clause: Token) -> bool:
    """ "I think Fox News helped Trump", "she believes Russia is arming them": a clause
    with a tense of its own and no modal, the complement of a verb of opinion
    (``OPINION_VERBS``), is the holder's claim, told as fact, not a supposition (the
    hedge does not make it hypothetical). "I think he could win" keeps its own modal."""
    if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in OPINION_VERBS:
        return False
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in clause.children):
        return False
    # both the opinion ("I do think", not "let them think") and its clause told in a
    # tense of their own, with no modal
    return _finite(clause.head) and _finite(clause)


FINITE = ("VBD", "VBZ", "VBP")


def _finite(verb: Token) -> bool:
    """The verb has a tense of its own (past or present) and no modal nor "to"."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") for c in auxes):
        return False
    return verb.tag_ in FINITE or any(c.tag_ in FINITE for c in auxes)


# marks of a clause that asks ("asked whether he would", "did not care whether they
# supported"): an indirect yes/no question
QUESTION_MARKS = frozenset({"whether", "if"})
QUESTION_CLAUSES = ("ccomp", "csubj", "attr", "pcomp", "pobj", "advcl")


def indirect_question(token: Token, depth: int = 3) -> bool:
    """The act's clause is an indirect yes/no question, the complement a "whether" (or a
    complement-clause "if") opens: "I didn't care whether they supported Cruz", "asked if
    Russia had armed them", "one criterion was whether or not they support Trump" (its
    "or not" is no negation). An adverbial "if" is a condition, not a question."""
    node = token
    for _ in range(depth):
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            break
        node = node.head
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if "whether" in marks:
        return node.dep_ in QUESTION_CLAUSES
    return "if" in marks and node.dep_ == "ccomp"


def future_above(token: Token, quote: Quotation = None) -> bool:
    """ "we will have to wait for someone to reward him", "said it would create a summer of
    agony, forcing her to fend off both": will / shall, a reported "would" or "going to" on
    a verb whose complement (or participle clause) the act is. A
    clause with a tense of its own ("will meet X and attacked Y", "will visit after Z
    attacked") is not under it: only infinitives and participles inherit the future."""
    chain = _governing(token)  # not through prepositions: "would hold off on backing X"
    for below, verb in zip(chain, chain[1:], strict=False):
        auxes = [c for c in below.children if c.dep_ in ("aux", "auxpass")]
        untensed = any(c.tag_ == "TO" for c in auxes) or (
            below.tag_ in ("VB", "VBG") and not auxes  # "did not want", "are coming": tensed
        )
        if not untensed:
            return False
        if is_future([verb], quote):
            return True
    return False


MUST_AUX = {"must"}
HORTATIVE = "let"


def must_or_let_us(token: Token, agent: bool = False) -> bool:
    """ "we must also stand together to protect everyone", "let us praise and affirm him":
    must on the predicate or on a verb above it, or the complement of a first-person "let"
    (an exhortation), is not done (``agent``: climbing a passive's "by" agent too)."""
    chain = _governing(token, preps=True, agent=agent)
    if any(_aux_words(t) & MUST_AUX for t in chain):
        return True
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    head = node.head
    return (
        node.dep_ in ("ccomp", "xcomp")
        and head.lemma_.lower() == HORTATIVE
        and any(
            c.dep_ in ("nsubj", "dobj") and c.lower_ in ("us", "'s")
            for c in [*head.children, *node.children]
        )
    )


def under_obligation(token: Token) -> bool:
    """ "should be focused on bringing them to justice", "we need to cooperate": should /
    ought on the predicate or a verb it is the complement of, or the "to" infinitive of
    the semi-modals "need to" / "have to"."""
    chain = _governing(token)
    if under_should(token):
        return True
    return any(
        clause.dep_ == "xcomp"
        and clause.head.lemma_.lower() in SEMI_MODALS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)
        for clause in chain[:-1]
    )


def under_should(token: Token) -> bool:
    """should / ought on the predicate or a verb it is the complement of ("China should
    reject him", "said Muslims should be banned"): the act is asked for."""
    return modal_on(token, OBLIGATION_AUX)


def modal_on(token: Token, words: Iterable[str]) -> bool:
    """One of the modal ``words`` on the predicate or a verb it is the complement of."""
    wanted = set(words)
    return any(_aux_words(t) & wanted for t in _governing(token))


def wished_for(token: Token) -> bool:
    """ "hope one day to harness that power", "would like to go to meet": the complement
    of a verb of wishing (WordNet want.v.01, hope.v.01, wish.v.01) or of "would like"."""
    for verb in _governing(token)[1:]:
        forms = _forms(verb)
        if forms & wish_verbs():
            return True
        if WISH_WITH_WOULD in forms and "would" in _aux_words(verb):
            return True
    return False


def unwished(token: Token) -> bool:
    """ "do not want to vote for X", "never hoped to meet": the complement of a negated verb
    of wishing (WordNet want.v.01, hope.v.01, wish.v.01) is not done."""
    for verb in _governing(token)[1:]:
        if _forms(verb) & wish_verbs():
            return _negated_here(verb)
    return False


COUNTERFACTUAL_AUX = {"should", "ought", "would"}


def counterfactual(token: Token) -> bool:
    """ "should have congratulated me", "would have met him": should / ought / would with a
    perfect "have" on the predicate's own participle: the act was not done ("must have",
    "could have" are guesses about the past, not here)."""
    if token.tag_ != "VBN":
        return False
    aux = [c.lower_ for c in token.children if c.dep_ == "aux"]
    return "have" in aux and bool(set(aux) & COUNTERFACTUAL_AUX)


def _forms(verb: Token) -> set[str]:
    """The verb's lemma and its base forms read off the word ("hopes" -> "hope", where the
    lemmatizer gives "hop")."""
    word = verb.lower_
    forms = {verb.lemma_.lower(), word}
    if word.endswith(("s", "d")):
        forms.add(word[:-1])
    if word.endswith("ing"):
        forms |= {word[:-3], word[:-3] + "e"}
    return forms


# the marks of a condition whose consequent is not asserted ("whether" is no condition)
CONSEQUENT_MARKS = frozenset({"if", "unless"})


def conditional_consequent(tok: Token) -> bool:
    """The clause is the consequent of an if/unless clause ("if he wins, we will oppose
    him") or sits inside one ("if we back him, ..."), climbing infinitives, coordination
    and complements but not a verb of saying ("he said that if ..."). The events stage
    does not use it (an event's consequent keeps its own mode); the stances' clause mode
    does (``stances.modes``, session 28)."""
    node = tok
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in CONSEQUENT_MARKS for c in child.children
            ):
                return True
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in CONSEQUENT_MARKS for c in node.children
        ):
            return True
        if node.dep_ not in ("xcomp", "conj", "acomp", "ccomp") or node.head.i == node.i:
            break
        if node.dep_ == "ccomp" and is_speech(node.head.lemma_):
            break  # "he said that if ...": the saying is no condition
        node = node.head
    return False


# the auxiliaries that open an inverted condition: "had he won", "were they to attack",
# "should he win" (a closed class of English grammar)
INVERTED_CONDITION_AUX = frozenset({"had", "were", "should"})


def _inverted(verb: Token) -> bool:
    """The verb's clause opens with had / were / should before its subject, has no mark
    and is not the sentence's main clause, in a sentence that asks nothing."""
    if verb.head.i == verb.i or any(c.dep_ == "mark" for c in verb.children):
        return False
    doc = verb.doc
    first = verb.left_edge.i
    while first < verb.i and (doc[first].is_punct or doc[first].is_quote):
        first += 1
    opener = doc[first]
    if opener.lower_ not in INVERTED_CONDITION_AUX:
        return False
    if opener.i != verb.i and not (opener.head.i == verb.i and opener.dep_ in ("aux", "auxpass")):
        return False
    subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    if not subjects or subjects[0] < opener.i:
        return False
    last = [t for t in verb.sent if not (t.is_space or t.is_quote)][-1:]
    return not (last and last[0].text == "?")


def inverted_condition(token: Token, depth: int = 3) -> bool:
    """The act lies in an inverted condition: '"it would have been cool" had Hillary
    Clinton congratulated him', "Were Russia to attack Ukraine, NATO would respond",
    "Should he win, ...": a clause (not the main one) opened by had / were / should before
    its subject, with no "if" and no question mark, is an "if" clause: the act is not
    asserted (``nlp.mode.inverted_condition``)."""
    return any(_inverted(node) for node in _governing(token, depth))


def _clause_verb(token: Token) -> Token:
    """The verb heading the act's clause: up through conjuncts and infinitives ("that
    Germany support and fund X", "when the members get to vote")."""
    node = token
    while (
        node.dep_ in ("conj", "xcomp")
        and node.head.i != node.i
        and node.head.pos_ in ("VERB", "AUX")
    ):
        node = node.head
    return node


# subjects whose verb shows agreement: a singular noun or he / she / it takes "-s" in the
# present indicative, so a bare verb after one is the subjunctive
SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})
SINGULAR_NOUN_TAGS = ("NN", "NNP")
BARE_VERB_TAGS = ("VB", "VBP")


def _singular_subject(verb: Token) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if any(c.dep_ == "conj" for c in subject.children):
        return False  # "the country and Obama hear": plural, an indicative "hear"
    return subject.lower_ in SINGULAR_PRONOUNS or subject.tag_ in SINGULAR_NOUN_TAGS


def subjunctive_clause(token: Token) -> bool:
    """The act lies in a "that" clause told in the mandative subjunctive: "it is essential
    that Germany support the sanctions", "insisted that the minister resign", "asked that
    he be removed" - a bare verb (no tense ending, no modal) after a singular subject, or a
    bare "be", is what someone demands or deems necessary, not what happened
    (``events.mode.subjunctive_clause``). Read by agreement alone: a plural subject's bare
    verb is an indicative and is left alone. Infinitives and conjuncts under the clause's
    verb share it ("that Germany support and fund X")."""
    node = _clause_verb(token)
    if node.dep_ not in ("ccomp", "csubj", "acl", "advcl"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children):
        return False
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        bare_be = len(auxes) == 1 and auxes[0].lower_ == "be"  # "that he be removed"
        if not bare_be:
            return False
    elif node.tag_ not in BARE_VERB_TAGS or node.lower_.endswith("s"):
        return False
    # "it is important that the country and Obama hear from X": after a mandative
    # adjective a bare verb is the subjunctive whatever its subject's number
    return _singular_subject(node) or _mandative_adjective(node)


@lru_cache(maxsize=1)
def mandative_adjectives() -> frozenset[str]:
    """ "essential", "important", "vital" ... (``data/lexicon/mandative_adjectives.txt``)."""
    return word_list("lexicon/mandative_adjectives.txt")


def _mandative_adjective(clause: Token) -> bool:
    """The "that" clause completes a mandative adjective: "it is essential that ...", "X
    is important that ..." (the adjective itself or its copula's complement)."""
    head = clause.head
    words = mandative_adjectives()
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in words
    return any(c.dep_ == "acomp" and c.lemma_.lower() in words for c in head.children)


# conjunctions of time whose clause, in the present tense, tells what will happen when the
# main clause does ("will retaliate when NATO expands", "is likely to meet him when he
# visits"): English puts a future time clause in the present
TIME_MARKS = frozenset({"when", "whenever", "once", "after", "before", "until", "till"})
PRESENT_TAGS = ("VBZ", "VBP")


def future_time_clause(token: Token) -> Token | None:
    """The verb the act's time clause hangs from, where the act lies in a clause opened by
    a conjunction of time (``TIME_MARKS``) and told in the present tense, with no modal:
    the clause then shares the mode of that verb's act ("Putin is likely to meet Erdogan
    when he visits Ankara": the visit is as likely as the meeting;
    ``events.mode.time_clause_shares_mode``). None otherwise."""
    node = _clause_verb(token)
    if node.dep_ != "advcl" or node.head.i == node.i:
        return None
    if not any(
        c.lower_ in TIME_MARKS and c.dep_ in ("mark", "advmod") and c.i < node.i
        for c in node.children
    ):
        return None
    auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" for c in auxes):
        return None
    tensed = [node, *auxes]
    if any(t.tag_ == "VBD" for t in tensed):
        return None
    # "when all 110 members get to vote": a bare verb with its own subject and no auxiliary
    # is a present the tagger read as the base form
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    bare_present = node.tag_ == "VB" and subject and not auxes
    if not (bare_present or any(t.tag_ in PRESENT_TAGS for t in tensed)):
        return None
    return node.head


# relative words that stand for the noun a relative clause describes
RELATIVE_WORDS = frozenset({"who", "which", "that"})


def past_relative(token: Token) -> bool:
    """The act is told in the simple past in a relative clause whose subject is the relative
    word, describing the noun it hangs from ("a mayor who banned smoking in bars", "an
    outfit that endorsed Sanders in the primary", "Merkel, who praised Macron, spoke"):
    what the noun's bearer did before, background to the story
    (``events.mode.past_relative_background``)."""
    node = token
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    if node.dep_ != "relcl" or node.tag_ != "VBD":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in node.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_WORDS for c in node.children)
