"""KeywordTagger: learning, prediction, suggestions, explanations, estimator conventions."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

import articlekit as ak
from articlekit.tagging import KeywordTagger, evaluate

from .corpus import make_articles, make_texts


@pytest.fixture(scope="module")
def fitted() -> KeywordTagger:
    return KeywordTagger().fit(make_articles())


def test_public_names() -> None:
    assert ak.KeywordTagger is KeywordTagger
    assert "KeywordTagger" in ak.__all__


def test_learns_tags_from_articles(fitted: KeywordTagger) -> None:
    assert fitted.classes_ == ["gold", "oil", "sport", "tech"]
    test = make_articles(24, seed=1)
    report = evaluate(fitted, test)
    assert report.micro.f1 > 0.9
    assert fitted.predict(["opec crude barrel refinery prices"]) == [["oil"]]


def test_fit_texts_and_labels() -> None:
    texts, labels = make_texts()
    tagger = KeywordTagger(n_jobs=2).fit(texts, labels)
    assert tagger.predict(["football coach league match"]) == [["sport"]]
    assert tagger.score(*make_texts(20, seed=3)) > 0.9


def test_suggest_scores_are_calibrated(fitted: KeywordTagger) -> None:
    out = fitted.suggest("chip software cloud server startup", k=3)
    assert len(out) == 3
    assert out[0][0] == "tech"
    scores = [s for _, s in out]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == sorted(scores, reverse=True)
    assert out[0][1] > 0.5 > out[-1][1]
    proba = fitted.predict_proba(["gold ounce bullion"])
    assert proba.shape == (1, 4)


def test_explain(fitted: KeywordTagger) -> None:
    top = fitted.explain("the refinery bought crude", "oil", k=3)
    assert len(top) == 3
    names = [n for n, _ in top]
    assert any(n in ("word:refinery", "word:crude") for n in names)
    assert top[0][1] >= top[-1][1]
    with pytest.raises(KeyError):
        fitted.explain("x", "nope")


def test_min_count_drops_rare_tags() -> None:
    texts, labels = make_texts()
    labels[0] = [*labels[0], "rare"]
    assert "rare" in KeywordTagger(min_count=1, threshold_cv=0).fit(texts, labels).classes_
    assert "rare" not in KeywordTagger(min_count=2, threshold_cv=0).fit(texts, labels).classes_


def test_fallback_predicts_at_least_one_tag(fitted: KeywordTagger) -> None:
    assert all(len(tags) >= 1 for tags in fitted.predict(["", "zzz qqq"]))
    strict = KeywordTagger().fit(make_articles())
    strict.thresholds_ = np.full(len(strict.classes_), 1e9)
    assert len(strict.predict(["crude opec"])[0]) == 1
    strict.set_params(fallback=False)
    assert strict.predict(["crude opec"]) == [[]]


def test_field_weights_matter() -> None:
    arts = make_articles()
    a = KeywordTagger(threshold_cv=0).fit(arts)
    b = KeywordTagger(threshold_cv=0, field_weights={"body": 1.0}).fit(arts)
    probe = [ak.Article(title="crude oil opec", sections=[ak.Section(blocks=[
        ak.Paragraph(text="chip software")])])]  # fmt: skip
    assert not np.allclose(a.decision_function(probe), b.decision_function(probe))


def test_not_fitted_and_bad_input() -> None:
    with pytest.raises(ak.NotFittedError):
        KeywordTagger().predict(["x"])
    with pytest.raises(ValueError):
        KeywordTagger().fit(["a", "b"])  # texts need labels
    with pytest.raises(ValueError):
        KeywordTagger().fit(["a"], [["x"], ["y"]])
    with pytest.raises(TypeError):
        KeywordTagger().fit([1, 2], [["x"], ["y"]])  # type: ignore[list-item]


def test_estimator_conventions() -> None:
    tagger = KeywordTagger(C=0.7, min_count=2)
    params = tagger.get_params()
    assert params["C"] == 0.7 and params["min_count"] == 2
    copy = clone(tagger)
    assert copy.get_params() == params
    copy.set_params(C=2.0)
    assert copy.C == 2.0 and tagger.C == 0.7
    assert not hasattr(clone(KeywordTagger().fit(*make_texts())), "coef_")


def test_pipeline_grid_search_and_cross_val_score() -> None:
    texts, labels = make_texts(60)
    pipe = Pipeline(
        [
            ("lower", FunctionTransformer(lambda xs: [x.lower() for x in xs])),
            ("tag", KeywordTagger()),
        ]
    )
    pipe.fit(texts, labels)
    assert pipe.predict(["GOLD Bullion OUNCE"]) == [["gold"]]
    scores = cross_val_score(KeywordTagger(), texts, labels, cv=3)
    assert scores.shape == (3,) and scores.min() > 0.8
    grid = GridSearchCV(KeywordTagger(), {"C": [0.1, 1.0]}, cv=3).fit(texts, labels)
    assert grid.best_params_["C"] in (0.1, 1.0)
    assert grid.predict(["opec crude"]) == [["oil"]]


def test_deterministic() -> None:
    arts = make_articles()
    a = KeywordTagger(random_state=3).fit(arts)
    b = KeywordTagger(random_state=3, n_jobs=2).fit(arts)
    assert np.array_equal(a.coef_, b.coef_)
    assert np.array_equal(a.thresholds_, b.thresholds_)
    assert np.array_equal(a.sigmoid_, b.sigmoid_)


def test_prefix_block_generalises_over_word_endings() -> None:
    """The word-prefix block (words cut to ``prefix_length`` characters) is on by default
    and lets an unseen inflection count: "refineries" shares "refin" with "refinery"."""
    tagger = KeywordTagger(min_df=1, threshold_cv=0).fit(
        ["refinery crude", "bullion ounce"], [["oil"], ["gold"]]
    )
    names = tagger.feature_names()
    assert "prefix:refin" in names and "word:refinery" in names
    assert tagger.explain("refineries", "oil", k=1)[0][0] == "prefix:refin"
    plain = KeywordTagger(min_df=1, threshold_cv=0, prefix_length=None).fit(
        ["refinery crude", "bullion ounce"], [["oil"], ["gold"]]
    )
    assert not any(n.startswith("prefix:") for n in plain.feature_names())
    assert (
        plain.decision_function(["refineries"])[0, 1]
        < tagger.decision_function(["refineries"])[0, 1]
    )


def test_threshold_folds_are_stratified_per_tag() -> None:
    """A tag with two examples gets cross-validated scores (each example held out once
    while the other is learned); a tag with one example cannot, and keeps threshold 0."""
    from articlekit.tagging.tagger import _fit_class

    texts, labels = make_texts(30)
    tagger = KeywordTagger(min_df=1)
    tagger.vectorizers_ = tagger._blocks()
    F = tagger._features(texts, fit=True)
    y = np.zeros(len(texts), dtype=np.int8)
    y[[3, 17]] = 1
    _, scores = _fit_class(F, y, 3, 1.0, 0)
    assert scores is not None and scores.shape == (len(texts),)
    y1 = np.zeros(len(texts), dtype=np.int8)
    y1[5] = 1
    assert _fit_class(F, y1, 3, 1.0, 0)[1] is None
    labels[5] = [*labels[5], "single"]
    fitted = KeywordTagger().fit(texts, labels)
    assert fitted.thresholds_[fitted.classes_.index("single")] == 0.0


def test_fallback_picks_the_tag_closest_to_its_threshold(fitted: KeywordTagger) -> None:
    S = fitted.decision_function(["crude opec barrel"])
    strict = clone(fitted)
    for name in ("vectorizers_", "classes_", "coef_", "intercept_", "sigmoid_", "n_features_"):
        setattr(strict, name, getattr(fitted, name))
    j = fitted.classes_.index("oil")
    strict.thresholds_ = S[0] + 1.0  # every tag misses by 1.0 ...
    strict.thresholds_[j] = S[0, j] + 0.5  # ... but "oil" by only 0.5
    assert strict.predict(["crude opec barrel"]) == [["oil"]]
