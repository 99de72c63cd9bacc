"""The NLP layer: paragraph splitting keeps offsets exact; headlines stay apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc

from shared_data import shared_path
from stancemap.config import NlpSettings
from stancemap.errors import ConfigError
from stancemap.nlp import parse_documents, resolve_model_name
from stancemap.nlp.pipeline import split_paragraphs


@pytest.mark.parametrize(
    "text",
    [
        "One line",
        "Headline\n\nBody one. Body two.\n",
        "\n\nLeading blank lines\r\nWindows line\r\n\r\nend",
        "A" * 50 + ". " + "B" * 50 + ". " + "C" * 10,
        "",
    ],
)
def test_split_paragraphs_concatenates_back_to_the_text(text):
    pieces = split_paragraphs(text, max_chars=40)
    assert "".join(pieces) == text
    assert all(len(p) <= 40 for p in pieces)


def test_long_paragraph_is_cut_after_a_sentence_end():
    text = "First sentence here. Second sentence here. Third one."
    pieces = split_paragraphs(text, max_chars=30)
    assert pieces[0] == "First sentence here. "


def test_unknown_model_is_a_config_error():
    assert resolve_model_name("my_model") == "my_model"
    from stancemap.nlp import load_pipeline

    with pytest.raises(ConfigError, match="no_such_pipeline"):
        load_pipeline(NlpSettings(model="no_such_pipeline"))


def test_headline_does_not_merge_with_the_next_paragraph(analyzer):
    text = "Leaders meet in Paris\n\nThe talks began on Monday. They ended late.\n"
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    assert doc.text == text
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Leaders meet in Paris"
    assert "The talks began on Monday." in sentences


def test_many_documents_come_back_in_order_with_exact_text(analyzer):
    texts = [f"Title {i}\n\nParagraph {i} says hello.\n" for i in range(7)]
    docs = list(parse_documents(analyzer.nlp, texts, analyzer.settings.nlp))
    assert [d.text for d in docs] == texts


def test_doc_text_is_the_text_and_cached(analyzer):
    from stancemap.nlp.text import doc_text

    text = "Paris\n\nThe talks went on.\n"
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    assert doc_text(doc) == text
    doc.user_data["stancemap.text"] = "cached"  # the second call reads the cache
    assert doc_text(doc) == "cached"


# ---------------------------------------------------------------- compiled attribute ruler
# The compiled ruler must give spaCy's own output, token for token: on synthetic
# patterns that exercise every construct (pattern order, NOT_IN with "", REGEX,
# multi-token targets, an operator left to spaCy's Matcher), on the project's
# examples, and on >= 300 news documents from ../shared.


def _token_rows(doc):
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_)
        for t in doc
    ]


def _synthetic_doc(vocab):
    words = ["The", "dog", "is", "n't", "gon", "na", "bark", " ", "y'", "all", "said", "."]
    tags = ["DT", "NN", "VBZ", "RB", "VBG", "TO", "VB", "_SP", "PRP", "DT", "VBD", "."]
    deps = [
        "det",
        "nsubj",
        "aux",
        "neg",
        "aux",
        "aux",
        "ccomp",
        "",
        "nsubj",
        "appos",
        "ROOT",
        "punct",
    ]
    heads = [1, 6, 6, 6, 6, 6, 10, 6, 10, 8, 10, 10]
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=heads)


SYNTHETIC_PATTERNS = [
    {"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET", "MORPH": "PronType=Art"}},
    {"patterns": [[{"TAG": "DT", "LOWER": "the"}]], "attrs": {"MORPH": "Definite=Def"}},
    {
        "patterns": [[{"TAG": {"NOT_IN": ["TO", ""]}, "DEP": {"IN": ["aux"]}}]],
        "attrs": {"POS": "AUX"},
    },
    {"patterns": [[{"TAG": "RB", "LOWER": {"IN": ["not", "n't"]}}]], "attrs": {"LEMMA": "not"}},
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "to"}, "index": 1},
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}},
    {"patterns": [[{"TEXT": "said"}, {"ORTH": "."}]], "attrs": {"DEP": "root"}, "index": -2},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "_SP", "POS": "SPACE"}},
    # an operator: not compiled, left to spaCy's Matcher inside the component
    {"patterns": [[{"TAG": "NN", "OP": "+"}]], "attrs": {"POS": "NOUN"}},
    {"patterns": [[{"TAG": "VBZ"}], [{"TAG": "VBD"}]], "attrs": {"POS": "VERB"}},
    # a later pattern overwrites an earlier one on the same token
    {"patterns": [[{"LOWER": "is"}]], "attrs": {"POS": "AUX", "LEMMA": "be"}},
]


def test_compiled_ruler_matches_spacy_on_every_pattern_construct():
    import spacy
    from spacy.pipeline import AttributeRuler

    from stancemap.nlp.attribute_ruler import compile_ruler

    nlp = spacy.blank("en")
    ruler = AttributeRuler(nlp.vocab)
    ruler.add_patterns(SYNTHETIC_PATTERNS)
    compiled = compile_ruler(ruler)
    assert compiled is not None
    assert compiled.compiled_count == len(SYNTHETIC_PATTERNS) - 1  # the OP one is not
    assert len(compiled.leftover) == 1
    expected, got = ruler(_synthetic_doc(nlp.vocab)), compiled(_synthetic_doc(nlp.vocab))
    assert _token_rows(got) == _token_rows(expected)
    # the ruler did change things, so the comparison is not between two untouched docs
    assert _token_rows(expected) != _token_rows(_synthetic_doc(nlp.vocab))
    assert [t.lemma_ for t in got][4:10] == ["", "to", "", "", "you", ""]


def test_ruler_writing_other_attributes_is_left_to_spacy():
    import spacy

    from stancemap.nlp.attribute_ruler import compile_ruler, install

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([{"patterns": [[{"LOWER": "uk"}]], "attrs": {"NORM": "britain"}}])
    assert compile_ruler(ruler) is None
    assert install(nlp) == []
    assert nlp.get_pipe("attribute_ruler") is ruler


def test_compiled_components_are_switchable_in_settings():
    from spacy.pipeline import AttributeRuler, Lemmatizer

    from stancemap.nlp import load_pipeline
    from stancemap.nlp.attribute_ruler import CompiledAttributeRuler
    from stancemap.nlp.memo_lemmatizer import MemoLemmatizer

    on = load_pipeline(NlpSettings(entity_ruler=False))
    off = load_pipeline(
        NlpSettings(entity_ruler=False, compiled_attribute_ruler=False, memo_lemmatizer=False)
    )
    assert isinstance(on.get_pipe("attribute_ruler"), CompiledAttributeRuler)
    assert isinstance(on.get_pipe("lemmatizer"), MemoLemmatizer)
    assert isinstance(off.get_pipe("attribute_ruler"), AttributeRuler)
    assert isinstance(off.get_pipe("lemmatizer"), Lemmatizer)
    assert on.pipe_names == off.pipe_names
    text = "Officials said they were meeting the leaders in Paris."
    assert _token_rows(on(text)) == _token_rows(off(text))


def test_memo_lemmatizer_leaves_other_lemmatizers_alone():
    import spacy
    from spacy.pipeline import Lemmatizer

    from stancemap.nlp.memo_lemmatizer import install, is_memoisable

    class ReadsContext(Lemmatizer):  # a subclass may read more than the token's own word
        pass

    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert is_memoisable(nlp.get_pipe("lemmatizer"))
    assert not is_memoisable(ReadsContext(nlp.vocab, None, mode="rule"))
    assert install(spacy.blank("en")) == []


def _both_ways(texts):
    """Each text through spaCy's stock pipeline and through the same pipeline with
    the compiled ruler and the memo lemmatizer: the components before the ruler
    run once (the same input for both), the ruler and everything after it run on
    each copy."""
    import spacy

    from stancemap.nlp.attribute_ruler import compile_ruler
    from stancemap.nlp.memo_lemmatizer import MemoLemmatizer

    stock = spacy.load(resolve_model_name("auto"))
    names = stock.pipe_names
    cut = names.index("attribute_ruler")
    compiled = compile_ruler(stock.get_pipe("attribute_ruler"))
    assert compiled is not None and len(compiled.leftover) == 0
    ours_of = {
        "attribute_ruler": compiled,
        "lemmatizer": MemoLemmatizer(_own_copy(stock.get_pipe("lemmatizer"))),
    }
    with stock.select_pipes(enable=names[:cut]):
        parsed = list(stock.pipe(texts))
    for doc in parsed:
        ours, theirs = doc.copy(), doc.copy()
        for name in names[cut:]:
            component = stock.get_pipe(name)
            theirs = component(theirs)
            ours = ours_of.get(name, component)(ours)
        yield theirs, ours


def _own_copy(lemmatizer):
    """The same lemmatizer with its own tables: the memo turns its copy's word lists into
    sets, and the stock one must keep spaCy's lists for the comparison to mean anything."""
    from spacy.lookups import Lookups

    tables = Lookups()
    for name in lemmatizer.lookups.tables:
        tables.add_table(name, dict(lemmatizer.lookups.get_table(name)))
    copy = type(lemmatizer)(
        lemmatizer.vocab, None, mode=lemmatizer.mode, overwrite=lemmatizer.overwrite
    )
    copy.lookups = tables
    return copy


def test_memo_lemmatizer_keeps_spacy_word_lists_and_no_unbounded_cache():
    import spacy

    from stancemap.nlp.memo_lemmatizer import MemoLemmatizer

    stock = spacy.load(resolve_model_name("auto"))
    lemmatizer = stock.get_pipe("lemmatizer")
    copy = _own_copy(lemmatizer)
    memo = MemoLemmatizer(copy)
    index = copy.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    stock_index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, list) for words in stock_index.values())
    assert {k: set(v) for k, v in stock_index.items()} == dict(index.items())
    with stock.select_pipes(disable=["lemmatizer"]):
        doc = stock("The ministers were meeting their counterparts; talks continued.")
    theirs = lemmatizer(doc.copy())
    ours = memo(doc.copy())
    assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
    assert "minister" in [t.lemma_ for t in ours]
    assert copy.cache == {}  # spaCy's own cache of the answers would grow with the stream
    assert len(memo.memo) > 0


def _assert_identical(texts):
    tokens = 0
    for theirs, ours in _both_ways(texts):
        assert _token_rows(ours) == _token_rows(theirs), theirs.text[:80]
        tokens += len(theirs)
    return tokens


def test_compiled_ruler_is_identical_on_the_examples():
    from stancemap.nlp.pipeline import split_paragraphs

    root = Path(__file__).resolve().parents[1] / "examples"
    texts = [p.read_text("utf-8") for p in sorted(root.rglob("*.txt"))]
    assert len(texts) >= 10
    # as the project parses them: paragraph by paragraph
    pieces = [piece for text in texts for piece in split_paragraphs(text, 100_000)]
    assert _assert_identical(pieces) > 500


def test_compiled_ruler_is_identical_on_300_news_documents():
    from stancemap.nlp.pipeline import split_paragraphs

    plover = shared_path("gold", "plover-gsr", "dev.jsonl")
    polnear = shared_path("gold", "polnear")
    texts = [json.loads(line)["text"] for line in plover.read_text("utf-8").splitlines()]
    articles = sorted(polnear.glob("dev/text/*.txt")) + sorted(polnear.glob("train/text/*.txt"))
    # the opening of each article (headline and first paragraphs), cut where the
    # project cuts: the full 924 articles are checked by bench/ruler_identity.py
    for path in articles[:140]:
        texts.extend(split_paragraphs(path.read_text("utf-8")[:400], 100_000))
    assert len(texts) >= 300
    assert _assert_identical(texts) > 10_000


# ---------------------------------------------------------------- per-document token view


def test_doc_view_gives_what_the_tokens_give(analyzer):
    import gc
    import weakref

    from stancemap.nlp import view as views

    text = (
        "Leaders meet in Paris\n\nPresident Macron said on Monday that France would not "
        "back the plan, and asked Germany for talks to resume.\n"
    )
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    view = views.doc_view(doc)
    assert views.doc_view(doc) is view  # built once per Doc
    assert view.text == [t.text for t in doc]
    assert view.lower == [t.lower_ for t in doc]
    assert view.lemma == [t.lemma_ for t in doc]
    assert view.pos == [t.pos_ for t in doc]
    assert view.tag == [t.tag_ for t in doc]
    assert view.dep == [t.dep_ for t in doc]
    assert view.ent_type == [t.ent_type_ for t in doc]
    assert view.ent_iob == [t.ent_iob for t in doc]
    assert view.idx == [t.idx for t in doc]
    assert view.head == [t.head.i for t in doc]
    assert view.children == [[c.i for c in t.children] for t in doc]
    assert view.depth == [sum(1 for _ in t.ancestors) for t in doc]
    assert "ROOT" in view.dep and any(view.children)
    # the view goes with its Doc (it does not keep the Doc alive)
    gone = weakref.ref(doc)
    del doc, view
    gc.collect()
    assert gone() is None


def test_doc_view_fast_path_follows_the_doc_asked_about(analyzer):
    # the last Doc's view is kept for the next call: asking about two Docs in turn, or
    # about a new Doc after the last one is gone, must give that Doc's own view
    import gc

    from stancemap.nlp import view as views

    first, second = parse_documents(
        analyzer.nlp, ["Lee met Kim.\n", "Ruto phoned Museveni on Monday.\n"], analyzer.settings.nlp
    )
    for _ in range(2):
        assert views.doc_view(first).text == [t.text for t in first]
        assert views.doc_view(second).text == [t.text for t in second]
    assert views.doc_view(first) is views.doc_view(first)
    del first, second
    gc.collect()
    third = next(parse_documents(analyzer.nlp, ["Rain fell.\n"], analyzer.settings.nlp))
    assert views.doc_view(third).text == ["Rain", "fell", ".", "\n"]
