"""The quotes stage's decisions, as named rules that ``[rules] disable`` switches off.

Every rule here is a branch of the stage (``declare``): the code asks
``on(NAME)`` where it would take the branch. Groups, in the order of work:

* ``quotes.cue.*``     which cues find an attribution on the parse;
* ``quotes.verb.*``    how a reporting verb's content and source are found;
* ``quotes.link.*``    how a quotation joins an attribution;
* ``quotes.speaker.*`` where a speaker comes from when the source names none;
* ``quotes.content.*`` what a quotation's content is;
* ``quotes.nesting.*`` attributions inside another's content.

``stancemap eval ablate GOLD --rules 'quotes.*'`` measures each one.
"""

from __future__ import annotations

from collections.abc import Callable

from ..rules import declare

On = Callable[[str], bool]


def all_on(name: str) -> bool:
    """Every rule on: the default for callers that pass no settings."""
    return True


# ---------------------------------------------------------------- cues
REPORTING_VERB = declare(
    "quotes.cue.reporting_verb",
    "a lexicon reporting verb with its complement: 'X said (that) Y', 'X vowed to Y'",
    order=10,
)
THAT_CLAUSE = declare(
    "quotes.cue.that_clause",
    "any verb with a subject and a 'that' clause reports it: 'X observed that Y'",
    order=11,
)
WORDNET_JUDGMENT = declare(
    "quotes.cue.wordnet_judgment",
    "a verb no lexicon lists that judges in words (WordNet: below criticize, praise, mock or "
    "spurn), with a speaker subject and an object: 'X derided Y', 'X rebuffed Y'",
    order=13,
)
WORDNET_PHRASAL = declare(
    "quotes.cue.wordnet_phrasal",
    "a two-word WordNet verb of judging or of verb.communication (data/quotes/wordnet_cues.tsv) "
    "with a speaker subject and a person after its preposition, the target: 'X lashed out at "
    "Y', 'X took issue with Y', 'X bristled at Y'",
    order=14,
)
REPORTING_NOUN = declare(
    "quotes.cue.reporting_noun",
    "a reporting noun with a 'that' clause or its owner's topic: 'X's claim that Y'",
    order=20,
)
SOURCE_PHRASE = declare(
    "quotes.cue.according_to",
    "a source phrase: 'according to X, Y', 'in X's view, Y'",
    order=30,
)
HEADLINE = declare(
    "quotes.cue.headline",
    "a short name, a colon, the claim: 'Lynch: No outside influence on probe'",
    order=40,
)
ADJECTIVE = declare(
    "quotes.cue.predicate_adjective",
    "a predicate adjective from the lexicon: 'X is confident that Y', 'X was critical of Y'",
    order=50,
)
POLL_OPENING = declare(
    "quotes.cue.poll_opening",
    "a poll or study opening the sentence: 'In a CNN poll, Y'",
    order=60,
)
POLL_PLACED = declare(
    "quotes.cue.poll_placed",
    "a clause placed in a poll: 'X leads in recent polls'",
    order=61,
)
REPORTEDLY = declare(
    "quotes.cue.reportedly",
    "an unnamed source's adverb: 'X reportedly did Y' (no speaker looked for)",
    order=70,
)
TITLE_CASE = declare(
    "quotes.cue.title_case_headline",
    "a title-case line with a reporting verb: 'Senator Praises Trade Deal'",
    order=80,
)
REPORT_KIND = declare(
    "quotes.cue.report_kind",
    "each quote says what it reports (``reports``): 'speech' for words said or written "
    "('X said Y', 'the report shows Y', a quotation), 'attitude' for an attitude or act "
    "('X thanked him for the support', 'X believes Y', 'X wants Y'), by the cue's class",
    order=90,
)
NAMING_DOUBLE_OBJECT = declare(
    "quotes.cue.naming_double_object",
    "'The ministry has named Y its spokeswoman': a cue verb of appointing (WordNet "
    "appoint.v.01 / name.v.03 and below, data/quotes/appointing_verbs.txt) with a second "
    "object reports nothing",
    order=91,
)
WITHOUT_NO_REPORT = declare(
    "quotes.cue.without_no_report",
    "'campaigning without mentioning Sanders': a cue verb under 'without' says it was "
    "not said, thought or done; it reports nothing",
    order=92,
)

# ---------------------------------------------------------------- reporting verbs
INVERTED = declare(
    "quotes.verb.inverted",
    "'Y, X said': the parser hangs the cue under Y's verb; Y around it is the content",
    order=10,
)
AS_TAG = declare(
    "quotes.verb.as_tag",
    "'As X said, Y': a tag clause before its host clause (an 'as' clause too) gives the host",
    order=11,
)
TAG_SET_OFF = declare(
    "quotes.verb.tag_set_off",
    "'Y, X said' is a tag only when set off by punctuation (or opening the sentence): "
    "'she believes we must continue to push' has no tag 'continue' with content 'she believes'",
    order=12,
)
TAG_OPENER = declare(
    "quotes.verb.tag_opener",
    "'At the same time, X stressed, Y' with the opener parsed under the tag: the clause "
    "after the tag is still its content",
    order=12,
)
PASSIVE_BACK = declare(
    "quotes.verb.passive_back",
    "'This was said by X': the content is the sentence before",
    order=20,
)
SEEMING_REPORT = declare(
    "quotes.verb.seeming_report",
    "'X seemed to think Y', 'X appeared to suggest that Y': a verb of seeming whose "
    "complement is a reporting verb is no writer's attribution; the reporting verb is X's",
    order=22,
)
PASSIVE_AGENT = declare(
    "quotes.verb.passive_agent",
    "'Clinton was endorsed by dozens of papers': a passive stance or clause verb with a "
    "'by' agent has its subject as content (the agent is the source)",
    order=21,
)
BORROWED_SUBJECT = declare(
    "quotes.verb.borrowed_subject",
    "'X left, saying Y': a subjectless cue borrows the subject of the verb it hangs from",
    order=30,
)
DEMONSTRATIVE_NO_SPEAKER = declare(
    "quotes.verb.demonstrative_no_speaker",
    "'He said that is a distortion, describing Y': a demonstrative or 'it' subject of the "
    "verb a cue hangs from cannot speak; the reporting verb above lends its subject",
    order=32,
)
MAIN_CLAUSE_PARTICIPLE = declare(
    "quotes.verb.main_clause_participle",
    "'X said he doubted Y, arguing that Z': a participle set off by a comma that the parse "
    "hangs inside an embedded clause (complement, relative or adverbial) with its own "
    "subject is controlled by the main clause's subject, not the embedded one",
    order=31,
)
NOUN_PARTICIPLE_AUTHOR = declare(
    "quotes.verb.noun_participle_author",
    "'Trump unleashed tweets criticizing X', 'a Donald Trump tweet attacking Y', 'artists "
    "writing songs': a participle modifying a noun (acl) with no subject of its own speaks as "
    "that noun when it can speak, else as the noun's possessor or name modifier, else as the "
    "subject of the verb the noun (or its 'of' phrase) is the object of",
    order=32,
)
PASSIVE_AGENT_THINGS = declare(
    "quotes.verb.passive_agent_things",
    "'Its good works will be continued by the foundation': a verb whose object is a thing "
    "held or done, not words ('continue', 'maintain', 'claim', 'seek', 'find'), makes no "
    "passive report with passive_agent",
    order=33,
)
PASSIVE_SUBJECT = declare(
    "quotes.verb.passive_subject",
    "'X was quoted as saying Y': a cue hanging from a passive verb speaks as its subject",
    order=35,
)
COORDINATED = declare(
    "quotes.verb.coordinated",
    "'X said A and said B': two attributions of one speaker, A cut before 'and'",
    order=40,
)
DANGLING = declare(
    "quotes.verb.dangling",
    "a speech verb with a subject and no content is kept to join a quotation ('he said')",
    order=50,
)
RELATIVE_SOURCE = declare(
    "quotes.verb.relative_source",
    "'rules that promise to Y', 'the senators, who said Y': a relative pronoun is no "
    "source; the source span is its antecedent, the noun the relative clause modifies",
    order=37,
)
IMPERATIVE = declare(
    "quotes.verb.no_imperative",
    "an imperative ('Read the full story') is no one's statement: dropped",
    order=60,
)

# ---------------------------------------------------------------- linking quotations
INSIDE_QUOTATION = declare(
    "quotes.link.inside_quotation",
    "a cue inside a closed quotation is the quoted speaker's own words, not an attribution",
    order=5,
)
CUT_UNCLOSED = declare(
    "quotes.link.cut_unclosed",
    "an unclosed quotation ends where a cue clause with a source starts inside it",
    order=8,
)
CONTAINING = declare(
    "quotes.link.containing",
    "a quotation joins the attribution whose content holds most of it: 'X said \"Y\"'",
    order=10,
)
ADJACENT = declare(
    "quotes.link.adjacent_cue",
    "a quotation joins a dangling cue right after or before it: '\"Y,\" he said'",
    order=20,
)
CONTINUATION = declare(
    "quotes.link.continuation",
    '\'"Y," he said, "Z"\': Z continues Y when only Y\'s cue clause lies between',
    order=30,
)
FOLLOWS_CONTENT = declare(
    "quotes.link.follows_content",
    "'X added that Y. \"Z.\"': a quotation right after an attributed content goes on it",
    order=40,
)
NEXT_PARAGRAPH = declare(
    "quotes.link.next_paragraph",
    '\'"Y," he said.<new paragraph>"Z."\': the next sentence\'s quotation keeps the speaker',
    order=50,
)
CONTINUED_SENTENCE = declare(
    "quotes.link.continued_sentence",
    "'“Y,” Tulsa police Chief Chuck Jordan said Monday. “Z.”': a quotation opening the "
    "sentence after the one sentence holding the previous quotation's cue and source (and "
    "no other cue) keeps that speaker, whatever adverbial or cut source the clause has "
    "(quotes/continuing.py)",
    order=55,
)
SPEECH_CLAUSE_AFTER = declare(
    "quotes.link.speech_clause_after",
    "'“Y,” Rep. Elijah E. Cummings (D-Md.) said in an interview' / '“Y,” said Leslie Wimes, "
    "a ...': after a quotation closing on a comma, the first finite speech verb of the next "
    "words (a bracket skipped) is its cue, the words before it (or after it, to a comma) its "
    "source, when the parse gives the tag no subject (quotes/speech_after.py)",
    order=61,
)
FRAMING_CLAUSE = declare(
    "quotes.link.framing_clause",
    "any verb with a subject framing a quotation is its cue: '\"Y,\" Trump quipped'",
    order=60,
)
ORPHAN = declare(
    "quotes.link.orphan_quotation",
    "a quotation no cue claims is still a quote; its speaker comes from context",
    order=70,
)
AFTER_COLON = declare(
    "quotes.link.after_colon",
    "'The Times reports:' then unquoted text: the rest of the line (or next paragraph)",
    order=80,
)


# ---------------------------------------------------------------- speakers
AGENTLESS_PASSIVE = declare(
    "quotes.speaker.agentless_passive",
    "'It was agreed that Y', 'Y is thought to Z': a passive cue with no 'by X' names no "
    "speaker, and none is taken from context",
    order=5,
)
FIRST_PERSON = declare(
    "quotes.speaker.first_person",
    "'I'/'we' inside a quotation speak as that quotation's speaker",
    order=10,
)
PAST_DATELINE = declare(
    "quotes.speaker.past_dateline",
    "'MOSCOW (Reuters) - Minister X said': a source whose head lies in an excluded "
    "stretch (a dateline) hands over to its appositive outside it",
    order=20,
)
DATELINE_CO_SUBJECT = declare(
    "quotes.speaker.dateline_co_subject",
    "'OTTAWA, April 3 (Wire) - Minister X condemned A, and said B': when the parse "
    "makes the dateline's place one subject of the verb and the name another, the "
    "source (also one borrowed by a conjoined cue) hands over to the subject outside "
    "the stretch, never to the context's most recent subject",
    order=21,
)
PLURAL_GROUP = declare(
    "quotes.speaker.plural_group",
    "'X and Y agreed A, the two leaders said': a plural source is never one person: it "
    "is the people a coordination just named (in number when it says one), one quote "
    "each; with no such group a person found for it is dropped",
    order=22,
)
PLURAL_OWN_GROUP = declare(
    "quotes.speaker.plural_own_group",
    "'Many artists writing songs about him said A': a plural source that is not definite "
    "('the', 'these', 'both') or that carries its own clause is a group of its own, never "
    "the people a coordination named before",
    order=23,
)
PLURAL_NAMED = declare(
    "quotes.speaker.plural_named",
    "'Sanders said A', 'Khans: A': a capitalised word the tagger calls plural (NNS, NNPS), no "
    "determiner, that the actors stage links by name to one person, is that person, not a "
    "plural description (plural_group leaves it open)",
    order=24,
)
SPOKESPERSON = declare(
    "quotes.speaker.spokesperson",
    "'A spokesman for X, Y, said', 'X's spokesman, Y, said': Y speaks, not X; the quote "
    "records X as the one Y speaks for ('speaks_for'), also for 'Y, a spokesman for X'",
    order=25,
)
SPOKESPERSON_BODY = declare(
    "quotes.speaker.spokesperson_body",
    "'the Kremlin spokesman said', 'a White House spokeswoman said': with no name and no "
    "'for' phrase, the body before the spokes-noun is the one the spokesperson speaks for",
    order=26,
)
SPOKESPERSON_NAMED_BEFORE = declare(
    "quotes.speaker.spokesperson_named_before",
    "'Y is the spokeswoman of X. She said ...', 'X appointed Y as its spokeswoman': a "
    "person the document names as a spokesperson outside any source speaks for X in "
    "each quote (a quote's own frame comes first)",
    order=27,
)
PRINCIPAL_DESCRIBED = declare(
    "quotes.speaker.principal_described",
    "'a spokeswoman for the ministry', 'the ministry's spokeswoman, Y': a principal named "
    "by a definite description is the body it describes (the actors stage's referring "
    "rules); with no spokesperson named, that body speaks",
    order=27,
)
HEAD_MENTION = declare(
    "quotes.speaker.head_mention",
    "'Kenyan opposition leader Raila Odinga said': of the mentions inside a source, the "
    "one holding the subject's head word speaks, not a longer modifier's (the group)",
    order=24,
)
UNNAMED_SPOKESPERSON = declare(
    "quotes.speaker.unnamed_spokesperson",
    "'A spokesman for the president, Joe Biden, said': a name in apposition to the "
    "principal names the principal; the spokesperson is unnamed and speaks for it",
    order=26,
)
COMPOUND_PRINCIPAL = declare(
    "quotes.speaker.compound_principal",
    "'a ministry spokeswoman said': the bare noun before the spokes-noun describes a body "
    "named before, as 'the ministry' would (the actors stage's referring rules)",
    order=27,
)
OF_AFTER_NAME = declare(
    "quotes.principal.of_after_name",
    "'Spokesperson X of India's foreign ministry said': with no principal on the spokes-noun "
    "itself, the 'of'/'for' phrase on the name it titles is the one X speaks for",
    order=93,
)
NOUN_UNDER_VERB = declare(
    "quotes.source.noun_under_verb",
    "'X said in a statement that Y', 'X wrote in a letter that Y': a reporting noun whose "
    "'that' clause the parser hangs on it, under 'in' on a verb, has that verb's subject "
    "as its source (the quote had none)",
    order=95,
)
SPOKES_TITLE = declare(
    "quotes.principal.spokes_title",
    "'Y, press secretary to X, said', 'X's press secretary Y said': a spokes title of two "
    "words (the data's spokesperson words: 'press secretary') names a spokesperson as the "
    "one-word nouns do, and 'to X' on it names the principal as 'for X' does",
    order=94,
)
NAMED_REDUCED = declare(
    "quotes.speaker.named_reduced_relative",
    "'The party named Y its spokeswoman': when the parser reads 'named' as a reduced "
    "relative of the subject and Y as a predicate, the subject is the principal, Y the "
    "spokesperson (with spokesperson_named_before)",
    order=27,
)
PRONOUN_OUTSIDE_CONTENT = declare(
    "quotes.speaker.pronoun_outside_content",
    "'Also, Trump isn't a conservative, he said': a tag's pronoun is not the actor its own "
    "content names by name; the salient person before the content speaks",
    order=28,
)
SALIENT_OUTSIDE_QUOTATIONS = declare(
    "quotes.speaker.salient_outside_quotations",
    "'“Trump is disgusting,” read one. “Anybody but Trump,” was another.': a salient actor "
    "named inside a quotation is talked about, not a speaker for the next quotation",
    order=29,
)
RELAYED_PRINCIPAL = declare(
    "quotes.speaker.relayed_principal",
    "'“President B welcomed Z,” the White House spokeswoman said': a spokesperson "
    "relaying what an office holder of the state they speak for did speaks for that "
    "office holder (the quotation's subject), not for the state",
    order=27,
)
POSSESSOR_NOT_SPEAKER = declare(
    "quotes.speaker.possessor_not_speaker",
    "'Her running mate, Tim Kaine, agreed that P', 'Trump's lawyer said': the possessor of a "
    "source's people noun does not speak; the noun's appositive name does, else the noun alone",
    order=64,
)
APPOSITIVE_ANTECEDENT = declare(
    "quotes.speaker.appositive_antecedent",
    "'Donald Trump, billionaire Republican who disparages Y': a relative clause on a noun in "
    "apposition to a person's name is that person's, not the noun's",
    order=65,
)
LATE_GROUP = declare(
    "quotes.speaker.late_group",
    "'Federal and state officials said Y', 'environmentalists worry that Y': a quote left "
    "with no speaker whose source's head word lies in a group the actors stage read late "
    "(actors.agent.subject_group_source_only, actors.agent.unlisted_subject_group_source_only) "
    "takes that group as its speaker; the events read the quotes as they were without it",
    order=31,
)
SALIENT_SPEAKER = declare(
    "quotes.speaker.salient",
    "a quotation without a source takes the most salient actor mentioned before it",
    order=30,
)
DASH_BYLINE = declare(
    "quotes.speaker.dash_byline",
    "'“Y.” ― Julie Diaz, Miami': a quotation with no cue signed after a dash by a name "
    "ending its line takes that name as source and its actor as speaker, not the salient "
    "actor before it (quotes/bylines.py)",
    order=29,
)
DASH_BYLINE_PARAGRAPH = declare(
    "quotes.speaker.dash_byline_paragraph",
    "'“A.” And “B.” ― Julie Diaz': a dash byline closing a paragraph signs every "
    "quotation of that line with no cue, not only the one right before the dash: "
    "quotes.speaker.dash_byline's signature generalised to the paragraph (quotes/bylines.py)",
    order=29,
)
SALIENT_MAIN_CLAUSE = declare(
    "quotes.speaker.salient_main_clause",
    "'X, whom Y had called a communist, arrived. “Z.”': the salient speaker is a main "
    "clause's subject (X), never a relative or other subordinate clause's (Y)",
    order=31,
)

# ---------------------------------------------------------------- contents
EMBEDDING_SENTENCE = declare(
    "quotes.content.embedding_sentence",
    "a quotation set in the writer's sentence takes the sentence as content",
    order=10,
)
SCARE_QUOTE = declare(
    "quotes.content.no_scare_quote",
    "a short quoted bit in the writer's sentence is a title or scare quote: dropped",
    order=20,
)

# shipped off (default_config.toml): PolNeAR annotates a stance verb's noun object
# as content ("attacked Machado", "rejected that argument"); on tune it loses 0.05
# content F1 (docs/benchmarks.md, session 9 quotes). For readers who want only words.
HEADLINE_CLAUSE = declare(
    "quotes.content.headline_clause",
    "'Trudeau hits back; Sheinbaum backs Canada': in a headline line a clause under a "
    "non-speech verb is the next headline item, not content (kept with quote marks)",
    order=32,
)
RELATIVE_OBJECT = declare(
    "quotes.content.relative_object",
    "'Lula, whom Milei had called a communist': a cue heading a relative clause whose "
    "pronoun is its object has only what follows the verb as content, never the clause",
    order=33,
)
ASIDE_RELATIVE = declare(
    "quotes.content.aside_relative",
    "'said he backed Scott, who has never faced a race': a comma-set relative clause "
    "ending an unquoted content is the writer's aside, not content",
    order=34,
)
COORDINATED_COMPLEMENT = declare(
    "quotes.content.coordinated_complement",
    "'wants to triple A, grow B and create C': a bare verb with no subject that the parser "
    "hangs on the cue right after its 'to' complement continues that complement",
    order=35,
)
SPLIT_COMPLEMENT = declare(
    "quotes.content.split_complement",
    "'discovered that attempts to hack it were made by X': a second clause the parser "
    "hangs on the cue right after the first, with no subject, mark or comma of its own, "
    "continues the first (the content runs through it)",
    order=37,
)
ADDRESSEE = declare(
    "quotes.content.no_addressee",
    "'called on Turkey' with no clause: the 'on' object is the one addressed, not content",
    order=31,
)
OBJECT_NOT_WORDS = declare(
    "quotes.content.object_not_words",
    "'The fund manager wrote a $500,000 check': a clause verb's noun object naming money or "
    "an amount (WordNet noun.possession, noun.quantity; data/quotes/possession_nouns.txt) "
    "is a thing, not words",
    order=34,
)

# ---------------------------------------------------------------- nesting
CUT_TRAILING = declare(
    "quotes.nesting.cut_trailing",
    "'X said A, echoing a memo that B': an indirect content ends before a new attribution",
    order=10,
)
EMBEDDED = declare(
    "quotes.nesting.embedded",
    "an attribution whose cue lies in another's content is embedded in it (counted once)",
    order=20,
)


NEGATED_CUE = declare(
    "quotes.mode.negated_cue",
    "'delegates have not said who they would vote for': a quote whose cue is negated (or "
    "has a negative subject: 'nobody said') says nothing: its mode is negated, whatever "
    "its content's (session 30)",
    order=90,
)
