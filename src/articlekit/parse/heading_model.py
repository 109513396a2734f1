"""The heading model: gradient-boosted trees that settle borderline heading candidates.

The text reader scores a one-line candidate with hand-written rules (see
``text.headings._heading_evidence``). Far from the threshold the rules are right; near it, headings
and other short lines look alike to any one rule, and a model that weighs the same evidence
together with the sizes and kinds of the blocks around the line does better (see
docs/benchmarks.md, "Heading model"). The trees are trained by
``benchmarks/train_heading_model.py`` on the rOpenSci blog corpus of ``../shared`` and
shipped as generated Python (``_heading_trees.py``: the trees as nested comparisons of
numbers, compiled once when the package is installed, where reading them from a data file
and compiling them would cost every process a quarter of a second): nothing is learned or
fetched at run time, and the module holds no text.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

_rules_only: ContextVar[bool] = ContextVar("articlekit_heading_rules_only", default=False)
#: (text, features) of every candidate the rules score, while training data is collected
_collected: ContextVar[list[tuple[str, dict[str, float]]] | None] = ContextVar(
    "articlekit_heading_collected", default=None
)
_override: ContextVar[HeadingModel | None] = ContextVar("articlekit_heading_model", default=None)


@dataclass(frozen=True)
class _Tree:
    """One regression tree, its nodes in arrays; a leaf has feature -1."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]


@dataclass(frozen=True)
class HeadingModel:
    """Trees over named features; the summed leaves are the log-odds that a candidate is a
    heading."""

    features: tuple[str, ...]
    baseline: float
    trees: tuple[_Tree, ...]
    _walk: Callable[[list[float]], float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_walk", _compiled(self.trees, len(self.features)))

    def log_odds(self, features: Mapping[str, float]) -> float:
        return self.baseline + self._walk([features[name] for name in self.features])


def _compiled(trees: tuple[_Tree, ...], features: int) -> Callable[[list[float]], float]:
    """One Python function that walks every tree as nested conditional expressions, several
    times as fast as walking the node arrays in a loop (a close call walks 400 trees). The
    source holds nothing but the trees' numbers (indices through int(), thresholds and
    leaves through repr(float())), and it runs with no builtins."""
    source = "\n".join(["def walk(x):", *_walk_body(trees, features)])
    namespace: dict[str, Any] = {}
    exec(compile(source, "<heading model>", "exec"), {"__builtins__": {}}, namespace)
    walk: Callable[[list[float]], float] = namespace["walk"]
    return walk


def _walk_body(trees: tuple[_Tree, ...], features: int) -> list[str]:
    # the features are unpacked into local names (x0, x1, ...) once: a close call makes a
    # few thousand comparisons, and a local is read for a third of what x[i] costs. The
    # leaves are still added tree by tree in the trees' order, so the sum is the same float.
    names = ", ".join(_feature(k) for k in range(features))
    lines = [f"    ({names},) = x"] if features else []
    lines.append("    total = 0.0")
    lines += [f"    total += {_expression(tree, 0)}" for tree in trees]
    lines.append("    return total")
    return lines


def _feature(index: int) -> str:
    """The local name the walk reads feature ``index`` from."""
    return f"x{int(index)}"


def _expression(tree: _Tree, node: int) -> str:
    feature = tree.feature[node]
    if feature < 0:
        return repr(float(tree.value[node]))
    left = _expression(tree, tree.left[node])
    right = _expression(tree, tree.right[node])
    return f"({left} if {_feature(feature)} <= {float(tree.threshold[node])!r} else {right})"


def enabled() -> bool:
    """Does the model settle borderline candidates (not inside :func:`rules_only`)?"""
    return not _rules_only.get()


@contextmanager
def rules_only() -> Iterator[None]:
    """Parse with the rules alone, as the model's training data is collected."""
    token = _rules_only.set(True)
    try:
        yield
    finally:
        _rules_only.reset(token)


@contextmanager
def collecting() -> Iterator[list[tuple[str, dict[str, float]]]]:
    """Parse with the rules alone and list every scored candidate with its features."""
    found: list[tuple[str, dict[str, float]]] = []
    token = _collected.set(found)
    try:
        with rules_only():
            yield found
    finally:
        _collected.reset(token)


def collector() -> list[tuple[str, dict[str, float]]] | None:
    return _collected.get()


@contextmanager
def using(model: HeadingModel) -> Iterator[None]:
    """Parse with ``model`` in place of the shipped one (to evaluate a trained model)."""
    token = _override.set(model)
    try:
        yield
    finally:
        _override.reset(token)


def finds_heading(features: Mapping[str, float]) -> bool:
    """Is a borderline candidate the rules rejected a heading after all? The trees only add
    headings: they never overrule one the rules found, since those rules were written for
    many families of articles and the trees learnt from one (a model that could also drop
    headings lost emoji-led and recipe headings that no rOpenSci post shows)."""
    model = _override.get()
    if model is not None:
        log_odds = model.log_odds(features)
    else:
        # (imported on the first borderline candidate: a process that parses none never
        # reads it)
        from articlekit.parse._heading_trees import BASELINE, FEATURES, walk

        log_odds = BASELINE + walk([features[name] for name in FEATURES])
    return log_odds > _log_odds(HEADING_ABOVE)


#: a borderline line the rules reject is a heading when the trees give it a probability
#: above this (chosen by cross-validation on the corpus and held-out blogs, see
#: docs/benchmarks.md, "Heading model")
HEADING_ABOVE = 0.6


def _log_odds(probability: float) -> float:
    return math.log(probability / (1 - probability))


def model_source(model: HeadingModel) -> str:
    """The Python module that ships ``model`` (see the module docstring)."""
    lines = [
        '"""The heading model\'s trees, generated by benchmarks/train_heading_model.py: do not',
        'edit (see articlekit.parse.heading_model)."""',
        "",
        "# fmt: off",
        f"FEATURES = {model.features!r}",
        f"BASELINE = {model.baseline!r}",
        "",
        "",
        "def walk(x: list[float]) -> float:",
        *_walk_body(model.trees, len(model.features)),
        "",
    ]
    return "\n".join(lines)
