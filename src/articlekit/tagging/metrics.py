"""How good is a tagger: a typed evaluation report and multi-label cross-validation.

Example:
    >>> from articlekit.tagging import evaluate
    >>> report = evaluate([["a"], ["a", "b"]], [["a"], ["a"]])
    >>> round(report.micro.f1, 3), report.per_tag["b"].support
    (0.8, 1)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

import numpy as np

from articlekit.model import Article

Labels = Sequence[Sequence[str]]


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 (0.0 where undefined), with the number of true labels.

    Example:
        >>> from articlekit.tagging import evaluate
        >>> report = evaluate([["a"], ["a", "b"]], [["a"], ["b"]])
        >>> scores = report.per_tag["a"]
        >>> scores.precision, scores.recall, scores.support
        (1.0, 0.5, 2)
    """

    precision: float
    recall: float
    f1: float
    support: int

    @staticmethod
    def from_counts(tp: int, fp: int, fn: int) -> Scores:
        """Scores from true positives, false positives and false negatives.

        Example:
            >>> Scores.from_counts(tp=3, fp=1, fn=1).f1
            0.75
        """
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return Scores(p, r, f, tp + fn)


@dataclass(frozen=True)
class TaggingReport:
    """The evaluation of multi-label predictions.

    Attributes:
        micro: scores over all (item, tag) decisions pooled.
        macro: unweighted mean of the per-tag scores (tags with true or predicted labels).
        per_tag: scores of each tag, with its support (number of true labels).
        example_f1: mean over items of the F1 between true and predicted tag sets (an item
            with no true and no predicted tag counts as 1).
        n_items: number of evaluated items.

    Example:
        >>> r = evaluate([["a"]], [["a"]])
        >>> r.micro.f1, r.example_f1, r.n_items
        (1.0, 1.0, 1)
    """

    micro: Scores
    macro: Scores
    per_tag: dict[str, Scores]
    example_f1: float
    n_items: int
    extra: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-serialisable dict of the report.

        Example:
            >>> evaluate([["a"]], [["a"]]).to_dict()["micro"]["f1"]
            1.0
        """

        def sc(s: Scores) -> dict[str, float | int]:
            return {"precision": s.precision, "recall": s.recall, "f1": s.f1, "support": s.support}

        return {
            "n_items": self.n_items,
            "micro": sc(self.micro),
            "macro": sc(self.macro),
            "example_f1": self.example_f1,
            "per_tag": {t: sc(s) for t, s in self.per_tag.items()},
            **({"extra": dict(self.extra)} if self.extra else {}),
        }

    def format_table(self, max_tags: int | None = None) -> str:
        """The report as a plain-text table (tags by support, most frequent first).

        Example:
            >>> print(evaluate([["a"]], [["a"]]).format_table().splitlines()[0])
            tag                         precision  recall      f1  support
        """
        lines = [f"{'tag':<26} {'precision':>10} {'recall':>7} {'f1':>7} {'support':>8}"]
        tags = sorted(self.per_tag.items(), key=lambda kv: (-kv[1].support, kv[0]))
        if max_tags is not None:
            tags = tags[:max_tags]
        for tag, s in tags:
            lines.append(
                f"{tag[:26]:<26} {s.precision:>10.3f} {s.recall:>7.3f} {s.f1:>7.3f} {s.support:>8}"
            )
        lines.append("")
        for name, s in (("micro avg", self.micro), ("macro avg", self.macro)):
            lines.append(
                f"{name:<26} {s.precision:>10.3f} {s.recall:>7.3f} {s.f1:>7.3f} {s.support:>8}"
            )
        lines.append(f"{'example-based F1':<26} {'':>10} {'':>7} {self.example_f1:>7.3f}")
        lines.append(f"{'items':<26} {'':>10} {'':>7} {'':>7} {self.n_items:>8}")
        return "\n".join(lines)


def _report(y_true: Labels, y_pred: Labels) -> TaggingReport:
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true label lists but {len(y_pred)} predicted")
    counts: dict[str, list[int]] = {}
    ex = 0.0
    for truth, pred in zip(y_true, y_pred, strict=True):
        t, p = set(truth), set(pred)
        for tag in t | p:
            c = counts.setdefault(tag, [0, 0, 0])
            if tag in t and tag in p:
                c[0] += 1
            elif tag in p:
                c[1] += 1
            else:
                c[2] += 1
        ex += 1.0 if not t and not p else 2 * len(t & p) / (len(t) + len(p))
    per_tag = {tag: Scores.from_counts(*counts[tag]) for tag in sorted(counts)}
    tp = sum(c[0] for c in counts.values())
    fp = sum(c[1] for c in counts.values())
    fn = sum(c[2] for c in counts.values())
    micro = Scores.from_counts(tp, fp, fn)
    n = len(per_tag)
    macro = Scores(
        sum(s.precision for s in per_tag.values()) / n if n else 0.0,
        sum(s.recall for s in per_tag.values()) / n if n else 0.0,
        sum(s.f1 for s in per_tag.values()) / n if n else 0.0,
        fn + tp,
    )
    return TaggingReport(micro, macro, per_tag, ex / len(y_true) if y_true else 0.0, len(y_true))


@overload
def evaluate(y_true_or_tagger: Labels, y_pred_or_items: Labels) -> TaggingReport: ...
@overload
def evaluate(
    y_true_or_tagger: Any, y_pred_or_items: Sequence[Article | str], y_true: Labels | None = None
) -> TaggingReport: ...


def evaluate(
    y_true_or_tagger: Any, y_pred_or_items: Any, y_true: Labels | None = None
) -> TaggingReport:
    """Evaluate multi-label predictions: ``evaluate(y_true, y_pred)``, or
    ``evaluate(tagger, articles)`` (true tags from each Article's ``.tags``), or
    ``evaluate(tagger, texts, y_true)``.

    Macro figures average over every tag that occurs in the truth or the predictions.

    Example:
        >>> r = evaluate([["a", "b"], ["b"]], [["a"], ["b", "c"]])
        >>> round(r.micro.precision, 2), round(r.micro.recall, 2)
        (0.67, 0.67)
    """
    if hasattr(y_true_or_tagger, "predict"):
        items = list(y_pred_or_items)
        if y_true is None:
            if not all(isinstance(a, Article) for a in items):
                raise ValueError("evaluate(tagger, items) without y_true needs Articles")
            y_true = [list(a.tags) for a in items]
        return _report(y_true, y_true_or_tagger.predict(items))
    return _report(y_true_or_tagger, y_pred_or_items)


@dataclass(frozen=True)
class CrossValidationResult:
    """Per-fold reports of :func:`cross_validate_tagger` and their means.

    Example:
        >>> r = CrossValidationResult(folds=[evaluate([["a"]], [["a"]])])
        >>> r.micro_f1, r.macro_f1
        (1.0, 1.0)
    """

    folds: list[TaggingReport]

    @property
    def micro_f1(self) -> float:
        """Mean micro-F1 over the folds."""
        return float(np.mean([f.micro.f1 for f in self.folds]))

    @property
    def macro_f1(self) -> float:
        """Mean macro-F1 over the folds."""
        return float(np.mean([f.macro.f1 for f in self.folds]))

    @property
    def example_f1(self) -> float:
        """Mean example-based F1 over the folds."""
        return float(np.mean([f.example_f1 for f in self.folds]))


def cross_validate_tagger(
    tagger: Any,
    items: Sequence[Article | str],
    y: Labels | None = None,
    *,
    cv: int = 5,
    random_state: int = 0,
    progress: Callable[[int, int], None] | None = None,
) -> CrossValidationResult:
    """Cross-validate a tagger with iterative stratification (Sechidis et al., 2011, from the
    ``iterative-stratification`` package), so every fold gets its share of each tag, even
    rare ones.

    Args:
        tagger: an unfitted estimator with ``fit`` and ``predict`` (cloned for each fold).
        items: Articles (tags from ``.tags``) or texts with ``y``.
        y: the tags of each item, or None to read Articles' ``.tags``.
        cv: number of folds.
        random_state: seed of the split.
        progress: called as ``progress(done, total)`` after each fold.

    Example:
        >>> import articlekit as ak
        >>> texts = ["oil crude", "gold ounce"] * 6
        >>> tags = [["oil"], ["gold"]] * 6
        >>> res = cross_validate_tagger(ak.KeywordTagger(threshold_cv=0), texts, tags, cv=3)
        >>> len(res.folds), res.micro_f1
        (3, 1.0)
    """
    from iterstrat.ml_stratifiers import (  # type: ignore[import-untyped]
        MultilabelStratifiedKFold,
    )
    from sklearn.base import clone

    items = list(items)
    if y is None:
        if not all(isinstance(a, Article) for a in items):
            raise ValueError("cross_validate_tagger(tagger, items) without y needs Articles")
        labels = [list(a.tags) for a in items if isinstance(a, Article)]
    else:
        labels = [list(t) for t in y]
    tags = sorted({t for ts in labels for t in ts})
    index = {t: j for j, t in enumerate(tags)}
    Y = np.zeros((len(items), max(1, len(tags))), dtype=np.int8)
    for i, ts in enumerate(labels):
        for t in ts:
            Y[i, index[t]] = 1
    splitter = MultilabelStratifiedKFold(n_splits=cv, shuffle=True, random_state=random_state)
    reports = []
    for k, (tr, te) in enumerate(splitter.split(np.zeros((len(items), 1)), Y)):
        model = clone(tagger)
        model.fit([items[i] for i in tr], [labels[i] for i in tr])
        pred = model.predict([items[i] for i in te])
        reports.append(_report([labels[i] for i in te], pred))
        if progress is not None:
            progress(k + 1, cv)
    return CrossValidationResult(reports)
