"""KeywordTagger: a multi-label tag classifier that learns a site's tags from tagged articles.

One linear SVM per tag on field-weighted TF-IDF (:mod:`articlekit.tagging.features`) over
word 1-2-grams and word prefixes (words cut to 5 characters, a cheap stemmer; character
n-grams are available too); a per-tag decision threshold tuned on decision scores from a
cross-validation stratified on that tag; a sigmoid fitted on the same scores turns decision
values into calibrated scores in [0, 1] for :meth:`KeywordTagger.suggest`. It follows
scikit-learn's estimator conventions, so ``clone``, ``Pipeline``, ``GridSearchCV`` and
``cross_val_score`` work with raw texts.
"""

from __future__ import annotations

import os
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from joblib import Parallel, delayed
from sklearn.base import BaseEstimator
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from articlekit._version import __version__
from articlekit.errors import ModelFileError, NotFittedError
from articlekit.model import Article
from articlekit.tagging.features import (
    DEFAULT_FIELD_WEIGHTS,
    FieldWeightedTfidf,
    TaggerInput,
    article_fields,
)
from articlekit.tagging.persist import load_model, save_model

MODEL_KIND = "keyword_tagger"
_MIN_CV_F1 = 0.1
FloatArray = np.ndarray[Any, np.dtype[np.float64]]


def _fit_binary(X: sp.csr_matrix, y: np.ndarray[Any, Any], C: float, seed: int) -> FloatArray:
    """Weights and intercept (last element) of one binary linear SVM."""
    if y.min() == y.max():  # one class only in this fold: a constant decision
        out = np.zeros(X.shape[1] + 1)
        out[-1] = 1.0 if y[0] else -1.0
        return out
    clf = LinearSVC(C=C, loss="squared_hinge", dual=True, tol=1e-4, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        clf.fit(X, y)
    return np.concatenate([clf.coef_.ravel(), clf.intercept_]).astype(np.float64)


def _fit_class(
    F: sp.csr_matrix, y: np.ndarray[Any, Any], cv: int, C: float, seed: int
) -> tuple[FloatArray, FloatArray | None]:
    """One tag: the SVM on all data, and its cross-validated decision scores (None when
    the tag has fewer than two positive examples, so no fold could hold one out).

    The folds are stratified on this tag, so each of its positives is held out exactly once
    while the others are learned from (a shared split can put both examples of a rare tag
    in one fold and leave the other folds with none)."""
    w = _fit_binary(F, y, C, seed)
    k = min(cv, int(y.sum()), len(y) - int(y.sum()))
    if k < 2:
        return w, None
    scores = np.zeros(F.shape[0])
    folds = StratifiedKFold(k, shuffle=True, random_state=seed)
    for tr, te in folds.split(np.zeros(len(y)), y):
        wf = _fit_binary(F[tr], y[tr], C, seed)
        scores[te] = F[te] @ wf[:-1] + wf[-1]
    return w, scores


def _best_threshold(scores: FloatArray, y: np.ndarray[Any, Any]) -> tuple[float, float]:
    """The cut on ``scores`` that maximises F1 against ``y`` (SCut), and that F1."""
    pos = int(y.sum())
    if pos == 0:
        return float(scores.max()) + 1e-6, 0.0
    order = np.argsort(-scores, kind="stable")
    s = scores[order]
    tp = np.cumsum(y[order])
    k = np.arange(1, len(s) + 1)
    f1 = 2.0 * tp / (k + pos)
    # only cut between distinct scores
    valid = np.append(s[:-1] > s[1:], True)
    f1 = np.where(valid, f1, -1.0)
    best = int(np.argmax(f1))
    nxt = s[best + 1] if best + 1 < len(s) else s[best] - 1.0
    return float((s[best] + nxt) / 2.0), float(f1[best])


def _fit_sigmoid(scores: FloatArray, y: np.ndarray[Any, Any]) -> tuple[float, float]:
    """Platt scaling: ``p = 1 / (1 + exp(a * s + b))`` fitted by Newton's method, with
    Platt's smoothed targets so that separable data does not give infinite slopes."""
    pos = float(y.sum())
    neg = float(len(y) - pos)
    t = np.where(y > 0, (pos + 1.0) / (pos + 2.0), 1.0 / (neg + 2.0))
    a, b = -1.0, float(np.log((neg + 1.0) / (pos + 1.0)))
    for _ in range(100):
        z = np.clip(a * scores + b, -30.0, 30.0)
        p = 1.0 / (1.0 + np.exp(z))
        d = t - p  # gradient of the log loss w.r.t. z is (t - p)
        w = p * (1.0 - p) + 1e-12
        g = np.array([np.dot(d, scores), d.sum()])
        h = np.array(
            [[np.dot(w, scores * scores), np.dot(w, scores)], [np.dot(w, scores), w.sum()]]
        )
        h += np.eye(2) * 1e-9
        step = np.linalg.solve(h, g)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


class KeywordTagger(BaseEstimator):  # type: ignore[misc]
    """A multi-label tagger: learns which of a closed set of tags an article should carry.

    Args:
        C: regularisation of the per-tag linear SVMs (larger fits the training data harder).
        min_count: a tag is learned only when at least this many training articles carry it.
        field_weights: weight of each field (title, headings, body, summary,
            meta_description, references) in the term counts; None for the defaults.
        word_ngram_range: word n-gram lengths.
        char_ngram_range: character n-gram lengths (inside word boundaries), or None for
            word features only.
        char_weight: weight of the character n-gram block beside the word block.
        prefix_length: words cut to this many characters form a third block of features
            (a cheap stemmer: "exporters", "exported" → "expor"), or None for no such block.
        prefix_weight: weight of the word-prefix block beside the word block.
        min_df: a term must occur in at least this many training articles.
        max_features: keep at most this many terms per block (the most frequent).
        threshold_cv: folds of the cross-validation that tunes per-tag thresholds and the
            score calibration (stratified on each tag; fewer folds for a tag with fewer
            examples, none for a tag with one); 0 or 1 uses decision value 0 and fits the
            calibration on training scores.
        threshold_floor: the lowest decision threshold tuning may choose (cross-validated
            cuts far below 0 overfit rare tags).
        fallback: when no tag passes its threshold, predict the tag whose decision value is
            closest to its threshold.
        n_jobs: parallel jobs for training (None: 1; -1: all cores).
        random_state: seed of the cross-validation split and the SVM solver.

    Example:
        >>> import articlekit as ak
        >>> texts = ["oil crude barrel opec", "crude oil prices", "gold bullion ounce",
        ...          "gold mine ounce", "oil well drilling", "gold price rises"]
        >>> tags = [["oil"], ["oil"], ["gold"], ["gold"], ["oil"], ["gold"]]
        >>> tagger = ak.KeywordTagger(threshold_cv=0).fit(texts, tags)
        >>> tagger.predict(["opec raises crude oil output"])
        [['oil']]
    """

    def __init__(
        self,
        C: float = 1.0,
        min_count: int = 1,
        field_weights: Mapping[str, float] | None = None,
        word_ngram_range: tuple[int, int] = (1, 2),
        char_ngram_range: tuple[int, int] | None = None,
        char_weight: float = 1.0,
        prefix_length: int | None = 5,
        prefix_weight: float = 1.5,
        min_df: int = 2,
        max_features: int | None = None,
        threshold_cv: int = 5,
        threshold_floor: float = -0.7,
        fallback: bool = True,
        n_jobs: int | None = None,
        random_state: int = 0,
    ) -> None:
        self.C = C
        self.min_count = min_count
        self.field_weights = field_weights
        self.word_ngram_range = word_ngram_range
        self.char_ngram_range = char_ngram_range
        self.char_weight = char_weight
        self.prefix_length = prefix_length
        self.prefix_weight = prefix_weight
        self.min_df = min_df
        self.max_features = max_features
        self.threshold_cv = threshold_cv
        self.threshold_floor = threshold_floor
        self.fallback = fallback
        self.n_jobs = n_jobs
        self.random_state = random_state

    # ------------------------------------------------------------------ features

    def _block_specs(self) -> list[tuple[str, float]]:
        """The feature blocks in column order: ``(prefix of feature names, weight)``."""
        specs = [("word", 1.0)]
        if self.prefix_length is not None:
            specs.append(("prefix", float(self.prefix_weight)))
        if self.char_ngram_range is not None:
            specs.append(("char", float(self.char_weight)))
        return specs

    def _blocks(self) -> list[FieldWeightedTfidf]:
        weights = dict(DEFAULT_FIELD_WEIGHTS if self.field_weights is None else self.field_weights)
        blocks = []
        for name, _ in self._block_specs():
            if name == "word":
                analyzer, ngrams = "word", tuple(self.word_ngram_range)
            elif name == "prefix":
                analyzer, ngrams = "prefix", (1, 1)
            else:
                analyzer, ngrams = "char_wb", tuple(self.char_ngram_range)  # type: ignore[arg-type]
            blocks.append(
                FieldWeightedTfidf(
                    analyzer,  # type: ignore[arg-type]
                    ngrams,  # type: ignore[arg-type]
                    self.min_df,
                    self.max_features,
                    weights,
                    prefix_length=int(self.prefix_length or 5),
                )
            )
        return blocks

    def _features(self, X: Iterable[TaggerInput], fit: bool = False) -> sp.csr_matrix:
        docs = [article_fields(x) for x in X]
        mats = []
        for block, (_, weight) in zip(self.vectorizers_, self._block_specs(), strict=True):
            m = block.fit_transform(docs) if fit else block.transform(docs)
            mats.append(m * weight if weight != 1.0 else m)
        out: sp.csr_matrix = sp.hstack(mats, format="csr")
        return out

    def feature_names(self) -> list[str]:
        """Names of the features: ``"word:…"``, ``"prefix:…"`` and ``"char:…"`` terms, in
        column order.

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(prefix_length=None, min_df=1, threshold_cv=0)
            >>> t.fit(["a cat", "a dog"], [["cat"], ["dog"]]).feature_names()[:2]
            ['word:cat', 'word:dog']
        """
        self._check_fitted()
        names: list[str] = []
        for block, (kind, _) in zip(self.vectorizers_, self._block_specs(), strict=True):
            names.extend(f"{kind}:{t}" for t in block.vocabulary)
        return names

    # ------------------------------------------------------------------ fit

    def fit(
        self, X: Sequence[TaggerInput], y: Sequence[Sequence[str]] | None = None
    ) -> KeywordTagger:
        """Learn the tags.

        Args:
            X: Articles (or plain texts).
            y: the tags of each item; None to take them from each Article's ``.tags``.

        Returns:
            self, fitted.

        Example:
            >>> import articlekit as ak
            >>> arts = [ak.parse(f"T{i}\\n\\n{w} text\\n\\nTags: {w}\\n")
            ...         for i, w in enumerate(["cats", "dogs"] * 3)]
            >>> ak.KeywordTagger(threshold_cv=0).fit(arts).classes_
            ['cats', 'dogs']
        """
        items = list(X)
        if y is None:
            if not all(isinstance(x, Article) for x in items):
                raise ValueError("fit(X) without labels needs Articles (tags from .tags)")
            labels = [list(x.tags) for x in items if isinstance(x, Article)]
        else:
            labels = [[str(t) for t in tags] for tags in y]
            if len(labels) != len(items):
                raise ValueError(f"{len(items)} items but {len(labels)} label lists")
        if not items:
            raise ValueError("cannot fit a tagger on no articles")
        counts = Counter(t for tags in labels for t in set(tags))
        classes = sorted(t for t, c in counts.items() if c >= max(1, self.min_count))
        if not classes:
            raise ValueError(f"no tag is carried by at least min_count={self.min_count} articles")
        index = {t: j for j, t in enumerate(classes)}
        Y = np.zeros((len(items), len(classes)), dtype=np.int8)
        for i, tags in enumerate(labels):
            for t in tags:
                if t in index:
                    Y[i, index[t]] = 1

        self.vectorizers_ = self._blocks()
        F = self._features(items, fit=True)
        seed = self.random_state
        cv = self.threshold_cv if self.threshold_cv >= 2 else 0
        # one task per tag: processes, so that liblinear's random generator is not shared
        results = Parallel(n_jobs=self.n_jobs)(
            delayed(_fit_class)(F, Y[:, j], cv, self.C, seed) for j in range(len(classes))
        )
        W = np.vstack([w for w, _ in results])
        self.coef_ = W[:, :-1].astype(np.float32)
        self.intercept_ = W[:, -1].astype(np.float64)
        thresholds = np.zeros(len(classes))
        sig = np.zeros((len(classes), 2))
        train_scores: FloatArray | None = None
        for j, (_, cv_scores) in enumerate(results):
            if cv_scores is not None:
                cut, f1 = _best_threshold(cv_scores, Y[:, j])
                # SCut with a floor, and FBR: a tag the cross-validation could not learn
                # (F1 below 0.1) keeps the SVM's own threshold 0 rather than an overfit cut
                thresholds[j] = max(cut, self.threshold_floor) if f1 >= _MIN_CV_F1 else 0.0
                scores = cv_scores
            else:  # no cross-validation, or a tag with one example: the training scores
                if train_scores is None:
                    train_scores = self._decision(F)
                scores = train_scores[:, j]
            sig[j] = _fit_sigmoid(scores, Y[:, j])
        self.thresholds_ = thresholds
        self.sigmoid_ = sig
        self.classes_ = classes
        self.n_features_ = int(F.shape[1])
        return self

    # ------------------------------------------------------------------ predict

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise NotFittedError("this KeywordTagger is not fitted yet: call fit() or load()")

    def _decision(self, F: sp.csr_matrix) -> FloatArray:
        out: FloatArray = np.asarray(F @ self.coef_.T.astype(np.float64)) + self.intercept_
        return out

    def decision_function(self, X: Sequence[TaggerInput]) -> FloatArray:
        """Raw decision values, one column per tag in :attr:`classes_`.

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> t.decision_function(["apple pie"]).shape
            (1, 2)
        """
        self._check_fitted()
        return self._decision(self._features(X))

    def predict_proba(self, X: Sequence[TaggerInput]) -> FloatArray:
        """Calibrated scores in [0, 1], one column per tag in :attr:`classes_`.

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> p = t.predict_proba(["apple pie"])
            >>> bool(((p >= 0) & (p <= 1)).all())
            True
        """
        return self._proba(self.decision_function(X))

    def _proba(self, S: FloatArray) -> FloatArray:
        z = np.clip(S * self.sigmoid_[:, 0] + self.sigmoid_[:, 1], -500.0, 500.0)
        out: FloatArray = 1.0 / (1.0 + np.exp(z))
        return out

    def predict_indicator(self, X: Sequence[TaggerInput]) -> np.ndarray[Any, Any]:
        """Predictions as a 0/1 matrix (rows: items, columns: :attr:`classes_`).

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> t.predict_indicator(["cherry tart"]).tolist()
            [[0, 1]]
        """
        S = self.decision_function(X)
        Y = (self.thresholds_ < S).astype(np.int8)
        if self.fallback and len(self.classes_):
            empty = ~Y.any(axis=1)
            if empty.any():
                # the tag closest to (or furthest past) its own threshold
                best = np.argmax(S[empty] - self.thresholds_, axis=1)
                Y[np.flatnonzero(empty), best] = 1
        return Y

    def predict(self, X: Sequence[TaggerInput]) -> list[list[str]]:
        """The tags of each item, in the order of :attr:`classes_`.

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> t.predict(["apple pie", "cherry tart"])
            [['x'], ['y']]
        """
        Y = self.predict_indicator(X)
        return [[self.classes_[j] for j in np.flatnonzero(row)] for row in Y]

    def suggest(self, article: TaggerInput, k: int = 5) -> list[tuple[str, float]]:
        """The ``k`` most likely tags of one article with calibrated scores in [0, 1].

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> [tag for tag, score in t.suggest("apple pie", k=1)]
            ['x']
        """
        p = self.predict_proba([article])[0]
        order = np.argsort(-p, kind="stable")[: max(0, k)]
        return [(self.classes_[j], float(p[j])) for j in order]

    def explain(self, article: TaggerInput, tag: str, k: int = 10) -> list[tuple[str, float]]:
        """The features that weigh most for ``tag`` in ``article``: ``(feature, contribution)``
        pairs, largest contribution to the decision value first.

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(prefix_length=None, min_df=1, threshold_cv=0)
            >>> t = t.fit(["oil crude", "gold ounce"], [["oil"], ["gold"]])
            >>> t.explain("crude oil", "oil", k=1)[0][0] in ("word:oil", "word:crude")
            True
        """
        self._check_fitted()
        if tag not in self.classes_:
            raise KeyError(f"unknown tag {tag!r}")
        j = self.classes_.index(tag)
        row = self._features([article]).tocsr()
        contrib = row.data * self.coef_[j, row.indices]
        order = np.argsort(-contrib, kind="stable")[: max(0, k)]
        names = self.feature_names()
        return [(names[row.indices[i]], float(contrib[i])) for i in order]

    def score(self, X: Sequence[TaggerInput], y: Sequence[Sequence[str]]) -> float:
        """Micro-averaged F1 of the predictions on ``X`` against ``y`` (used by
        ``GridSearchCV`` and ``cross_val_score``).

        Example:
            >>> import articlekit as ak
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> t.score(["apple pie", "cherry tart"], [["x"], ["y"]])
            1.0
        """
        from articlekit.tagging.metrics import evaluate

        return evaluate(list(y), self.predict(X)).micro.f1

    # ------------------------------------------------------------------ persistence

    def save(self, path: str | os.PathLike[str]) -> None:
        """Write the fitted tagger to ``path`` in articlekit's safe model format (JSON
        metadata and plain arrays in one zip file; nothing is pickled).

        Example:
            >>> import articlekit as ak, tempfile, os
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> path = os.path.join(tempfile.mkdtemp(), "tagger.akm")
            >>> t.save(path)
            >>> ak.KeywordTagger.load(path).predict(["apple pie"])
            [['x']]
        """
        self._check_fitted()
        params = {k: _jsonable(v) for k, v in self.get_params(deep=False).items()}
        meta = {
            "params": params,
            "classes": list(self.classes_),
            "vocabularies": [b.vocabulary for b in self.vectorizers_],
            "trained_with": __version__,
        }
        arrays: dict[str, np.ndarray[Any, Any]] = {
            "coef": self.coef_,
            "intercept": self.intercept_,
            "thresholds": self.thresholds_,
            "sigmoid": self.sigmoid_,
        }
        for i, b in enumerate(self.vectorizers_):
            arrays[f"idf{i}"] = b.idf
        save_model(path, MODEL_KIND, meta, arrays)

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> KeywordTagger:
        """Read a tagger written by :meth:`save`.

        Raises:
            ModelFileError: the file is damaged, of another format version or not a tagger.

        Example:
            >>> import articlekit as ak, tempfile, os
            >>> t = ak.KeywordTagger(threshold_cv=0)
            >>> t = t.fit(["apple pie", "cherry tart"], [["x"], ["y"]])
            >>> path = os.path.join(tempfile.mkdtemp(), "tagger.akm")
            >>> t.save(path)
            >>> ak.KeywordTagger.load(path).classes_
            ['x', 'y']
        """
        meta, arrays = load_model(path, MODEL_KIND)
        try:
            params = dict(meta["params"])
            # files written before the word-prefix block existed have no prefix block
            params.setdefault("prefix_length", None)
            for key in ("word_ngram_range", "char_ngram_range"):
                if params.get(key) is not None:
                    params[key] = tuple(params[key])
            tagger = cls(**params)
            classes = [str(c) for c in meta["classes"]]
            vocabularies = meta["vocabularies"]
            blocks = tagger._blocks()
            if len(vocabularies) != len(blocks):
                raise ValueError("wrong number of vocabularies")
            for i, (block, vocab) in enumerate(zip(blocks, vocabularies, strict=True)):
                idf = arrays[f"idf{i}"]
                if not isinstance(vocab, list) or idf.shape != (len(vocab),):
                    raise ValueError("vocabulary and idf disagree")
                block.set_state([str(t) for t in vocab], idf)
            n_features = sum(len(b.vocabulary) for b in blocks)
            coef = np.asarray(arrays["coef"], dtype=np.float32)
            intercept = np.asarray(arrays["intercept"], dtype=np.float64)
            thresholds = np.asarray(arrays["thresholds"], dtype=np.float64)
            sigmoid = np.asarray(arrays["sigmoid"], dtype=np.float64)
            n = len(classes)
            if (
                coef.shape != (n, n_features)
                or intercept.shape != (n,)
                or thresholds.shape != (n,)
                or sigmoid.shape != (n, 2)
            ):
                raise ValueError("array shapes do not match the classes and vocabulary")
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelFileError(f"{path}: not a valid KeywordTagger file ({exc})") from exc
        tagger.vectorizers_ = blocks
        tagger.classes_ = classes
        tagger.coef_ = coef
        tagger.intercept_ = intercept
        tagger.thresholds_ = thresholds
        tagger.sigmoid_ = sigmoid
        tagger.n_features_ = n_features
        return tagger


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, Mapping):
        return {str(k): float(v) for k, v in value.items()}
    return value
