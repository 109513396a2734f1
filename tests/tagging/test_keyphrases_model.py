"""Tests of the trainable KeyphraseModel (texts written for these tests)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone

import articlekit as ak
from articlekit.tagging import KeyphraseModel
from articlekit.tagging.keyphrases import FEATURE_NAMES

TOPICS = [
    (
        "solar panels",
        "Roof owners install {k} to cut bills. The {k} face south. Neighbours "
        "watch the meter while the grid operator pays for surplus energy.",
    ),
    (
        "wind turbines",
        "Engineers tested new {k} off the coast. The {k} survived the storm and "
        "the harbour crew checked every blade after the long winter.",
    ),
    (
        "heat pumps",
        "Many households replace gas boilers with {k}. Installers say {k} work "
        "well in cold weather when the house has good insulation.",
    ),
    (
        "battery storage",
        "The town council approved {k} next to the school. With {k} the "
        "evening demand peak is covered and the old diesel generator retires.",
    ),
]


def corpus(n: int = 3) -> tuple[list[str], list[list[str]]]:
    docs, gold = [], []
    for i in range(n):
        for k, template in TOPICS:
            docs.append(f"Report {i}. " + template.format(k=k))
            gold.append([k])
    return docs, gold


@pytest.fixture(scope="module")
def model() -> KeyphraseModel:
    docs, gold = corpus()
    return KeyphraseModel(top_k=5, n_estimators=30, max_leaf_nodes=4, min_samples_leaf=1).fit(
        docs, gold
    )


def test_taught_phrases_rank_first(model: KeyphraseModel) -> None:
    new = (
        "Farmers lease land for wind turbines. Wind turbines pay rent to the farmers "
        "while the village debates the view."
    )
    top = model.extract(new, top_k=3)
    assert top[0].phrase.lower() == "wind turbines"
    assert top[0].score > top[-1].score


def test_estimator_conventions(model: KeyphraseModel) -> None:
    params = model.get_params()
    assert params["n_estimators"] == 30
    fresh = clone(model)
    assert fresh.get_params() == params
    assert not hasattr(fresh, "params_")
    with pytest.raises(ak.NotFittedError):
        fresh.extract("anything at all")
    assert model.predict(["Solar panels again."])[0]


def test_features_have_names(model: KeyphraseModel) -> None:
    assert len(FEATURE_NAMES) == len(set(FEATURE_NAMES))
    assert "keyphraseness" in FEATURE_NAMES


@pytest.mark.parametrize("classifier", ["gbm", "logreg"])
def test_save_load_identity(tmp_path: Path, classifier: str) -> None:
    docs, gold = corpus()
    m = KeyphraseModel(classifier=classifier, n_estimators=10).fit(docs, gold)  # type: ignore[arg-type]
    path = tmp_path / "kp.akm"
    m.save(path)
    loaded = KeyphraseModel.load(path)
    assert loaded.get_params() == m.get_params()
    for text in docs[:4]:
        assert loaded.extract(text) == m.extract(text)
    X = np.random.default_rng(0).random((5, len(FEATURE_NAMES)))
    np.testing.assert_array_equal(loaded.decision_function(X), m.decision_function(X))


def test_load_rejects_damaged_and_foreign_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.akm"
    bad.write_bytes(b"not a model")
    with pytest.raises(ak.ModelFileError):
        KeyphraseModel.load(bad)
    with pytest.raises(ak.ModelFileError):
        KeyphraseModel.load(tmp_path / "missing.akm")


def test_tree_evaluator_matches_sklearn() -> None:
    from sklearn.ensemble import HistGradientBoostingClassifier

    rng = np.random.default_rng(1)
    X = rng.random((300, len(FEATURE_NAMES)))
    y = (X[:, 0] + X[:, 3] > 1).astype(int)
    m = KeyphraseModel(n_estimators=20, learning_rate=0.1)
    m.params_ = m._train(X, y)
    ref = HistGradientBoostingClassifier(
        max_iter=20, learning_rate=0.1, max_leaf_nodes=15, early_stopping=False, random_state=0
    ).fit(X, y)
    np.testing.assert_allclose(m.decision_function(X), ref.decision_function(X), atol=1e-9)


def test_compiled_and_numpy_tree_walkers_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    from articlekit.tagging import keyphrases as kp

    rng = np.random.default_rng(2)
    X = rng.random((400, len(FEATURE_NAMES)))
    y = ((X[:, 0] > 0.5) ^ (X[:, 5] * X[:, 7] > 0.2)).astype(int)
    m = KeyphraseModel(n_estimators=30, learning_rate=0.2, min_samples_leaf=1)
    m.params_ = m._train(X, y)
    compiled = kp._compiled_trees(m.params_)
    assert compiled is not None  # scikit-learn's walker is available here
    # values exactly at a split threshold go left in both walkers
    X[:50, 0] = m.params_["threshold"][~m.params_["is_leaf"]][:1]
    fast = kp._tree_predict(X, m.params_, compiled[0])
    np.testing.assert_array_equal(fast, kp._tree_predict(X, m.params_))
    np.testing.assert_array_equal(m.decision_function(X), fast + m.params_["baseline"][0])
    # without the compiled walker the model falls back to numpy, with the same scores
    fresh = KeyphraseModel(n_estimators=30, learning_rate=0.2, min_samples_leaf=1)
    fresh.params_ = m.params_
    monkeypatch.setattr(kp, "_compiled_trees", lambda trees: None)
    np.testing.assert_array_equal(fresh.decision_function(X), m.decision_function(X))


def test_has_digit_feature() -> None:
    docs = [
        "The COVID-19 vaccines reached the clinics. COVID-19 vaccines were free.",
        "Solar panels on roofs. Solar panels save money for the town.",
    ] * 2
    m = KeyphraseModel(n_estimators=5, min_samples_leaf=1).fit(
        docs, [["COVID-19 vaccines"], ["solar panels"]] * 2
    )
    from articlekit.tagging import keyphrases as kp

    an = kp._analyse(docs[0], kp._language_data("en"), 4)
    keys = sorted(an.cands)
    X = kp._features(
        an,
        keys,
        m._word_idf(),
        m.phrase_document_frequency_,
        m.keyphraseness_,
        m.n_documents_,
        word_kp=m._word_kp(),
        word_prior=m.word_prior_,
    )
    col = X[:, FEATURE_NAMES.index("has_digit")]
    digits = {k: bool(v) for k, v in zip(keys, col, strict=True)}
    assert digits[kp._key_of("COVID-19 vaccines")]
    assert not digits[kp._key_of("vaccines")]
    assert not digits[kp._key_of("clinics")]


def test_fit_from_article_tags_and_errors() -> None:
    arts = [
        ak.parse(
            f"Title {i}\n\nBird migration over the lake. Bird migration peaks.\n\n"
            "Tags: bird migration\n"
        )
        for i in range(3)
    ]
    m = KeyphraseModel(n_estimators=20, min_samples_leaf=1).fit(arts)
    assert m.extract(arts[0], top_k=1)[0].phrase.lower() == "bird migration"
    with pytest.raises(ak.InputError):
        KeyphraseModel().fit(["a text"], [["a"], ["b"]])
    with pytest.raises(ak.InputError):
        KeyphraseModel().fit(["plain words here"], [["absent phrase"]])


def test_deterministic() -> None:
    docs, gold = corpus()
    a = KeyphraseModel(n_estimators=10).fit(docs, gold).extract(docs[0])
    b = KeyphraseModel(n_estimators=10).fit(docs, gold).extract(docs[0])
    assert a == b


def test_feature_rows_match_feature_names(model: KeyphraseModel) -> None:
    from articlekit.tagging.keyphrases import _analyse, _features, _language_data

    an = _analyse(corpus()[0][0], _language_data("en"), 4)
    keys = sorted(an.cands)
    X = _features(an, keys, model._word_idf(), {}, model.keyphraseness_, 3)
    assert X.shape == (len(keys), len(FEATURE_NAMES))
    assert np.isfinite(X).all()


def test_learns_lone_words_as_keyphrases() -> None:
    """A model can learn keyphrases that are not noun phrases (here an -ed word), because
    such words are candidates of their own for trained models."""
    docs = [
        f"Report {i}. The crew {w} the harbour crane. Later the crane was {w} again "
        f"while the engineers watched the {o} tower."
        for i, (w, o) in enumerate(
            [("repaired", "red"), ("painted", "blue"), ("inspected", "old"), ("cleaned", "tall")]
            * 3
        )
    ]
    gold = [[d.split()[4]] for d in docs]
    m = KeyphraseModel(n_estimators=20, min_samples_leaf=1).fit(docs, gold)
    new = "Report 9. The crew welded the harbour crane. The crane was welded again."
    assert m.extract(new, top_k=1)[0].phrase == "welded"


@pytest.mark.parametrize(("gold_form", "solid"), [("email", True), ("e-mail", False)])
def test_learns_how_hyphenated_keyphrases_are_written(gold_form: str, solid: bool) -> None:
    """Training keyphrases written solid ("email") match the hyphenated candidate
    ("e-mail"), and the model then writes that word the way its training keyphrases do."""
    docs = [
        f"Report {i}. Staff read e-mail at the {place}. The e-mail volume grew while the "
        f"{place} stayed quiet."
        for i, place in enumerate(["office", "depot", "library", "station"] * 3)
    ]
    m = KeyphraseModel(n_estimators=20, min_samples_leaf=1).fit(docs, [[gold_form]] * len(docs))
    assert m.join_hyphens_ is solid
    new = "Report 9. Clerks answer e-mail in the bakery. The e-mail never stops."
    assert m.extract(new, top_k=1)[0].phrase == gold_form


def test_word_prior_generalises_from_letters() -> None:
    from articlekit.tagging.keyphrases import _WordPrior

    counts = {(w, True): 3 for w in ("migration", "radiation", "navigation", "irrigation")}
    counts.update({(w, False): 3 for w in ("quickly", "sadly", "badly", "gladly")})
    prior = _WordPrior.fit(counts)
    assert prior.score("filtration") > prior.score("madly")
    assert prior.score("filtration") == prior.score("filtration")  # cached, stable


def test_context_prior_learns_from_the_words_around_keyphrases() -> None:
    from articlekit.tagging import keyphrases as kp

    lang = kp._language_data("en")
    an = kp._analyse('The mayor said "bridges matter" on Monday.', lang, 4)
    bridges = an.cands[kp._key_of("bridges")]
    (first, end), *_ = bridges.occurrences
    assert an.tokens[first:end] == ["bridges"]
    assert an.quoted[first] and not an.quoted[an.tokens.index("mayor")]
    left, right = kp._context_sides(an.tokens, an.quoted, first, end)
    assert left == ['L:"', 'LL:said_"', "Q"] and right == ["R:matter", 'RR:matter_"']
    # keyphrases always follow "the": the prior learns it, and scores unseen words by it
    docs = [f"The {w} and a {v} met near the {w}." for w, v in [("cat", "dog"), ("sun", "sea")] * 5]
    gold = [{("cat",)}, {("sun",)}] * 5
    analyses = [kp._analyse(d, lang, 4) for d in docs]
    prior = kp._ContextPrior.fit(analyses, gold)
    new = kp._analyse("The owl and a fox met.", lang, 4)
    owl, fox = prior.score(new, [kp._key_of("owl"), kp._key_of("fox")])
    assert owl > fox


def test_load_refuses_an_older_format_clearly(tmp_path: Path) -> None:
    from articlekit.tagging import keyphrases as kp
    from articlekit.tagging.persist import load_model, save_model

    docs, gold = corpus()
    path = tmp_path / "kp.akm"
    KeyphraseModel(n_estimators=5).fit(docs, gold).save(path)
    params, arrays = load_model(path, kp._MODEL_KIND)
    params["format"] = 3
    del arrays["context_prior_coef"], arrays["context_prior_intercept"]
    save_model(path, kp._MODEL_KIND, params, arrays)
    with pytest.raises(ak.ModelFileError, match="older articlekit"):
        KeyphraseModel.load(path)
