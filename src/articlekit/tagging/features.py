"""Features from the structure of an article: field-weighted TF-IDF over words and characters.

An :class:`~articlekit.Article` is split into fields — title, headings, body, summary, meta
description, reference titles — and each field's term counts are multiplied by the field's
weight before they are added up, so a word in the title counts more than the same word deep in
the body. One vocabulary is shared by all fields; the weighted counts then get sublinear term
frequency, inverse document frequency and L2 normalisation, as in
:class:`sklearn.feature_extraction.text.TfidfVectorizer`. A plain string is a body-only article.

Example:
    >>> import articlekit as ak
    >>> from articlekit.tagging.features import article_fields
    >>> art = ak.Article(title="Oil prices", sections=[ak.Section(heading="Markets",
    ...     blocks=[ak.Paragraph(text="Crude rose.")])])
    >>> fields = article_fields(art)
    >>> fields["title"], fields["headings"]
    ('Oil prices', 'Markets')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

from articlekit.model import Article

FIELDS: tuple[str, ...] = ("title", "headings", "body", "summary", "meta_description", "references")
"""The fields of an article that tagging features are taken from, in a fixed order (the
keys of :func:`article_fields` and of ``KeywordTagger(field_weights=...)``).

Example:
    >>> from articlekit.tagging import FIELDS
    >>> FIELDS[:3]
    ('title', 'headings', 'body')
"""

#: Default weight of each field's term counts (measured on Reuters: see docs/tagging.md).
DEFAULT_FIELD_WEIGHTS: dict[str, float] = {
    "title": 3.0,
    "headings": 1.5,
    "body": 1.0,
    "summary": 1.0,
    "meta_description": 1.0,
    "references": 0.5,
}

TaggerInput = Article | str
"""What taggers accept: a parsed :class:`~articlekit.Article`, or a plain text (body only)."""


def article_fields(item: TaggerInput) -> dict[str, str]:
    """The text of each feature field of an article (a plain string is all body).

    Args:
        item: an :class:`~articlekit.Article` or a plain text.

    Returns:
        A dict with one string per name in :data:`FIELDS` (empty when absent).

    Example:
        >>> article_fields("just text")["body"]
        'just text'
    """
    if isinstance(item, str):
        return {"title": "", "headings": "", "body": item, "summary": "",
                "meta_description": "", "references": ""}  # fmt: skip
    if not isinstance(item, Article):
        raise TypeError(f"expected an Article or a str, not {type(item).__name__}")
    return {
        "title": item.title or "",
        "headings": "\n".join(s.heading for s in item.iter_sections() if s.heading),
        "body": item.text,
        "summary": item.summary or "",
        "meta_description": item.meta_description or "",
        "references": "\n".join(ref.title for ref in item.references),
    }


class _PrefixTokenizer:
    """Words (two or more word characters) cut to their first ``length`` characters: a
    cheap stemmer ("exporters", "exported", "exports" → "expor")."""

    def __init__(self, length: int) -> None:
        self.length = length

    def __call__(self, text: str) -> list[str]:
        n = self.length
        return [w[:n] for w in _WORD_RE.findall(text)]


_WORD_RE = re.compile(r"(?u)\b\w\w+\b")


class FieldWeightedTfidf:
    """TF-IDF over several weighted fields sharing one vocabulary.

    Args:
        analyzer: ``"word"``, ``"char_wb"`` (character n-grams inside word boundaries) or
            ``"prefix"`` (words cut to their first ``prefix_length`` characters).
        ngram_range: smallest and largest n-gram length.
        min_df: keep terms found in at least this many training documents (all terms when
            none is that frequent, as in a tiny corpus).
        max_features: keep at most this many terms (the most frequent), or all.
        field_weights: the weight of each field's counts (fields not named weigh 0).
        sublinear_tf: use ``1 + log(tf)`` for weighted counts above 1.
        prefix_length: characters kept of each word with ``analyzer="prefix"``.

    Example:
        >>> vec = FieldWeightedTfidf(min_df=1)
        >>> X = vec.fit_transform([article_fields("oil price"), article_fields("gold")])
        >>> X.shape
        (2, 3)
    """

    def __init__(
        self,
        analyzer: Literal["word", "char_wb", "prefix"] = "word",
        ngram_range: tuple[int, int] = (1, 1),
        min_df: int = 1,
        max_features: int | None = None,
        field_weights: Mapping[str, float] | None = None,
        sublinear_tf: bool = True,
        prefix_length: int = 5,
    ) -> None:
        self.analyzer = analyzer
        self.prefix_length = prefix_length
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.field_weights = dict(DEFAULT_FIELD_WEIGHTS if field_weights is None else field_weights)
        self.sublinear_tf = sublinear_tf
        self.vocabulary: list[str] = []
        self.idf: np.ndarray[Any, np.dtype[np.float64]] = np.zeros(0)
        self._counter: CountVectorizer | None = None

    def _vectorizer(self, vocabulary: Sequence[str] | None) -> CountVectorizer:
        if self.analyzer == "prefix":
            return CountVectorizer(
                tokenizer=_PrefixTokenizer(self.prefix_length),
                token_pattern=None,
                ngram_range=tuple(self.ngram_range),
                lowercase=True,
                vocabulary=vocabulary,
                dtype=np.float64,
            )
        return CountVectorizer(
            analyzer=self.analyzer,
            ngram_range=tuple(self.ngram_range),
            lowercase=True,
            vocabulary=vocabulary,
            dtype=np.float64,
        )

    def _active_fields(self) -> list[str]:
        return [f for f in FIELDS if self.field_weights.get(f, 0.0) != 0.0]

    def _weighted_counts(
        self, docs: Sequence[Mapping[str, str]], counter: CountVectorizer, fit: bool
    ) -> sp.csr_matrix:
        fields = self._active_fields()
        texts: list[str] = []
        rows: list[int] = []
        weights: list[float] = []
        for i, doc in enumerate(docs):
            for f in fields:
                text = doc.get(f, "")
                if text:
                    texts.append(text)
                    rows.append(i)
                    weights.append(self.field_weights[f])
        counts = counter.fit_transform(texts) if fit else counter.transform(texts)
        mix = sp.csr_matrix(
            (np.asarray(weights), (np.asarray(rows, dtype=np.int64), np.arange(len(texts)))),
            shape=(len(docs), len(texts)),
        )
        result: sp.csr_matrix = sp.csr_matrix(mix @ counts)
        return result

    def fit_transform(self, docs: Sequence[Mapping[str, str]]) -> sp.csr_matrix:
        """Learn the vocabulary and IDF from ``docs`` (dicts of field texts); return their
        TF-IDF matrix."""
        counter = self._vectorizer(None)
        counts = self._weighted_counts(docs, counter, fit=True)
        names = counter.get_feature_names_out()
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        keep = np.flatnonzero(df >= self.min_df)
        if keep.size == 0:  # a tiny corpus: no term is frequent enough, keep them all
            keep = np.flatnonzero(df > 0)
        if self.max_features is not None and keep.size > self.max_features:
            order = np.argsort(-df[keep], kind="stable")[: self.max_features]
            keep = np.sort(keep[order])
        self.vocabulary = [str(t) for t in names[keep]]
        n = len(docs)
        self.idf = np.log((1.0 + n) / (1.0 + df[keep])) + 1.0
        self._counter = self._vectorizer(self.vocabulary)
        return self._finish(sp.csr_matrix(counts[:, keep]))

    def transform(self, docs: Sequence[Mapping[str, str]]) -> sp.csr_matrix:
        """The TF-IDF matrix of ``docs`` with the learned vocabulary."""
        if self._counter is None:
            self._counter = self._vectorizer(self.vocabulary)
        return self._finish(self._weighted_counts(docs, self._counter, fit=False))

    def _finish(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        X = counts.astype(np.float64)
        X.sum_duplicates()
        if self.sublinear_tf:
            big = X.data > 1.0
            X.data[big] = 1.0 + np.log(X.data[big])
        X = sp.csr_matrix(X @ sp.diags(self.idf))
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=1)).ravel())
        norms[norms == 0.0] = 1.0
        result: sp.csr_matrix = sp.csr_matrix(sp.diags(1.0 / norms) @ X)
        return result

    def set_state(self, vocabulary: list[str], idf: np.ndarray[Any, Any]) -> None:
        """Restore a learned state (used when loading a saved model)."""
        self.vocabulary = list(vocabulary)
        self.idf = np.asarray(idf, dtype=np.float64)
        self._counter = None
