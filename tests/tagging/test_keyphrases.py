"""Unit tests of the unsupervised keyphrase extractor (texts written for these tests)."""

from __future__ import annotations

import warnings

import pytest
from sklearn.base import clone

import articlekit as ak
from articlekit.tagging import Keyword, KeywordExtractor, extract_keywords
from articlekit.tagging.keyphrases import (
    _analyse,
    _function_word_languages,
    _language_data,
    _stem,
    supported_languages,
)

TEXT = (
    "Neural networks for weather forecasting\n"
    "We train neural networks on satellite images. A neural network learns the "
    "cloud patterns, and the forecasting model improves with more satellite images. "
    "The model runs on a small cluster; models like this one need careful tuning."
)


def phrases(kws: list[Keyword]) -> list[str]:
    return [k.phrase for k in kws]


def test_returns_keywords_with_scores_counts_and_spans() -> None:
    kws = extract_keywords(TEXT, top_k=5)
    assert 0 < len(kws) <= 5
    assert all(isinstance(k, Keyword) for k in kws)
    scores = [k.score for k in kws]
    assert scores == sorted(scores, reverse=True)
    for k in kws:
        assert k.count >= 1
        assert k.first_span is not None
        # the span points at the phrase (any inflection) in the text
        assert k.first_span.slice(TEXT).lower().split()[0][:4] == k.phrase.lower().split()[0][:4]


def test_top_phrases_are_the_topic() -> None:
    top = [p.lower() for p in phrases(extract_keywords(TEXT, top_k=4))]
    assert "neural networks" in top
    assert "satellite images" in top


def test_candidates_stop_at_stopwords_punctuation_and_verbs() -> None:
    an = _analyse(
        "The quick fox jumps. Solar panels quickly changed everything.", _language_data("en"), 4
    )
    surfaces = {max(c.surfaces, key=c.surfaces.__getitem__) for c in an.cands.values() if c.maximal}
    assert "Solar panels" in surfaces
    assert not any("The" in s or "changed" in s or "quickly" in s for s in surfaces)
    assert not any("." in s for s in surfaces)


def test_deduplicated_by_stem_and_surface_form_kept() -> None:
    text = "Models matter. The model is small. Models are everywhere. Model size counts."
    kws = extract_keywords(text, top_k=10)
    stems = [" ".join(_stem(w) for w in k.phrase.lower().split()) for k in kws]
    assert len(stems) == len(set(stems))
    assert sum(1 for k in kws if k.phrase.lower() in ("model", "models")) == 1
    # the phrase is spelt as in the text
    for k in kws:
        assert k.phrase in text


def test_stemmer() -> None:
    assert _stem("models") == _stem("model")
    assert _stem("studies") == _stem("study")
    assert _stem("networks") == _stem("network")
    assert _stem("class") == "class"


def test_article_title_and_headings_count() -> None:
    art = ak.parse(
        "Coral reefs under heat stress\n\n"
        "Ocean temperatures rise every year. Divers report bleaching in shallow water.\n\n"
        "Coral bleaching\n\n"
        "Bleaching happens when the water is too warm for too long.\n"
    )
    kws = extract_keywords(art, top_k=3)
    assert any("coral" in k.phrase.lower() for k in kws)


def test_spans_of_an_article_point_into_the_source() -> None:
    source = "Glacier melt\n\nGlacier melt raises sea levels across the coast.\n"
    art = ak.parse(source)
    for k in extract_keywords(art, top_k=5):
        if k.first_span is not None:
            assert k.first_span.slice(source).lower() == k.phrase.lower() or (
                _stem(k.first_span.slice(source).lower()) is not None
            )


def test_empty_and_stopword_only_text() -> None:
    assert extract_keywords("") == []
    assert extract_keywords("and the of it is") == []


def test_unsupported_language_names_it() -> None:
    with pytest.raises(ak.InputError, match="'xx'"):
        extract_keywords("Bonjour le monde", language="xx")
    assert "en" in supported_languages()


def _warnings_of(text: str) -> list[str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = extract_keywords(text)
    assert isinstance(out, list)  # never a crash
    return [str(w.message) for w in caught]


def test_non_english_text_warns_not_crashes() -> None:
    text = " ".join(["Der schnelle braune Fuchs springt über den faulen Hund"] * 6)
    messages = _warnings_of(text)
    assert messages and "supports en" in messages[0]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Der Bericht ist fertig und wird morgen mit den Zahlen veröffentlicht.", "'de'"),
        ("Le rapport sur les loyers est publié dans la presse avec une carte.", "'fr'"),
        ("El informe del mercado se publica con los datos para cada ciudad.", "'es'"),
        ("Il rapporto della banca è pronto e sarà pubblicato con una mappa.", "'it'"),
        ("Машинное обучение и анализ данных в научных исследованиях", "CYRILLIC"),
        ("データ分析の入門。統計の基本を学ぶ。", "script"),
    ],
)
def test_a_short_text_in_another_language_is_named(text: str, named: str) -> None:
    messages = _warnings_of(text)
    assert len(messages) == 1 and named in messages[0]


@pytest.mark.parametrize(
    "text",
    [
        "Machine Learning Models",
        "The Los Angeles team met in Las Vegas (Smith et al. 2020); the OS had NA values.",
        "Café owners in São Paulo and Zürich read the menu à la carte.",
    ],
)
def test_english_with_foreign_names_does_not_warn(text: str) -> None:
    assert _warnings_of(text) == []


def test_function_words_name_no_english_stopword() -> None:
    """Data check: a language-naming word that is an English stopword would count for both."""
    english = _language_data("en").stopwords
    assert not [w for w in _function_word_languages() if w in english]


def test_estimator_conventions() -> None:
    ex = KeywordExtractor(top_k=3, max_words=3)
    assert ex.get_params()["top_k"] == 3
    c = clone(ex)
    assert c.get_params() == ex.get_params()
    assert not hasattr(ex, "document_frequency_")
    corpus = [TEXT, "Satellite images of cloud cover.", "Weather models and cloud cover."]
    assert ex.fit(corpus) is ex
    assert ex.n_documents_ == 3
    assert ex.document_frequency_["cloud"] == 3
    out = ex.transform([TEXT])
    assert len(out) == 1 and len(out[0]) <= 3
    ex.set_params(top_k=2)
    assert len(ex.extract(TEXT)) <= 2


def test_fitted_idf_demotes_corpus_wide_words() -> None:
    corpus = [
        f"Weather report {i}: cloud cover and {w} today."
        for i, w in enumerate(["rain", "snow", "hail", "fog", "wind"])
    ]
    doc = "Weather report: cloud cover, then thunderstorm warnings and thunderstorm damage."
    ex = KeywordExtractor(top_k=1).fit(corpus)
    assert "thunderstorm" in ex.extract(doc)[0].phrase.lower()


def test_deterministic() -> None:
    a = extract_keywords(TEXT, top_k=10)
    b = extract_keywords(TEXT, top_k=10)
    assert a == b


def test_exported_from_package() -> None:
    assert ak.extract_keywords is extract_keywords
    assert ak.Keyword is Keyword


def test_common_verbs_break_phrases() -> None:
    """Verbs from the shipped lexicon end a noun phrase, even in their -s form."""
    an = _analyse("The startup acquires cloud storage to small firms.", _language_data("en"), 4)
    surfaces = {max(c.surfaces, key=c.surfaces.__getitem__) for c in an.cands.values() if c.maximal}
    assert "cloud storage" in surfaces
    assert not any("acquires" in s for s in surfaces)


def test_lone_verbs_are_counted_but_not_extracted_unsupervised() -> None:
    """Words outside noun phrases (verbs, adjectives) are one-word candidates for trained
    models; the unsupervised scores never return them."""
    text = "The startup acquires cloud storage. It acquires backups and acquires servers."
    an = _analyse(text, _language_data("en"), 4)
    lone = an.cands[(_stem("acquires"),)]
    assert lone.other == 3 and lone.maximal == 0
    assert not any("acquires" in k.phrase for k in extract_keywords(text, top_k=20))
