"""evaluate() and cross_validate_tagger()."""

from __future__ import annotations

import pytest

from articlekit.tagging import KeywordTagger, cross_validate_tagger, evaluate

from .corpus import make_articles, make_texts


def test_evaluate_lists() -> None:
    r = evaluate([["a", "b"], ["b"], []], [["a"], ["b", "c"], []])
    assert r.n_items == 3
    assert r.micro.precision == pytest.approx(2 / 3)
    assert r.micro.recall == pytest.approx(2 / 3)
    assert r.per_tag["a"].f1 == 1.0
    assert r.per_tag["b"].support == 2 and r.per_tag["b"].recall == 0.5
    assert r.per_tag["c"].precision == 0.0 and r.per_tag["c"].support == 0
    assert r.macro.f1 == pytest.approx((1.0 + 2 / 3 + 0.0) / 3)
    assert r.example_f1 == pytest.approx((2 / 3 + 2 / 3 + 1.0) / 3)
    table = r.format_table()
    assert "micro avg" in table and "example-based F1" in table
    assert r.to_dict()["per_tag"]["b"]["support"] == 2


def test_evaluate_tagger() -> None:
    tagger = KeywordTagger().fit(make_articles())
    test = make_articles(20, seed=5)
    assert (
        evaluate(tagger, test).micro.f1
        == evaluate([a.tags for a in test], tagger.predict(test)).micro.f1
    )
    texts, labels = make_texts(20, seed=6)
    assert evaluate(tagger, texts, labels).n_items == 20
    with pytest.raises(ValueError):
        evaluate(tagger, texts)
    with pytest.raises(ValueError):
        evaluate([["a"]], [])


def test_cross_validate_tagger() -> None:
    calls: list[tuple[int, int]] = []
    res = cross_validate_tagger(
        KeywordTagger(), make_articles(60), cv=3, progress=lambda d, t: calls.append((d, t))
    )
    assert len(res.folds) == 3 and calls == [(1, 3), (2, 3), (3, 3)]
    assert res.micro_f1 > 0.85 and 0 < res.macro_f1 <= 1 and res.example_f1 > 0.85
    again = cross_validate_tagger(KeywordTagger(), make_articles(60), cv=3)
    assert again.micro_f1 == res.micro_f1  # deterministic
    texts, labels = make_texts(30)
    assert len(cross_validate_tagger(KeywordTagger(), texts, labels, cv=2).folds) == 2
