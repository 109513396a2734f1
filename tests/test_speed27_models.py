"""Speed work of session 27 on the heading model's walk: the generated walk reads the
features from local names instead of indexing the list for every comparison. The trees and
the order their leaves are added in are unchanged, so every sum is the same float: checked
here against a walk down the node arrays of the trees the shipped module holds."""

from __future__ import annotations

import ast
import importlib
import inspect
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit as ak
from articlekit.parse import heading_model
from articlekit.parse.heading_model import HeadingModel, _Tree

TREES = importlib.import_module("articlekit.parse._heading_trees")


def _number(node: ast.expr) -> float:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_number(node.operand)
    assert isinstance(node, ast.Constant) and isinstance(node.value, float | int)
    return float(node.value)


def _feature_index(node: ast.expr) -> int:
    assert isinstance(node, ast.Name) and node.id.startswith("x")
    return int(node.id[1:])


def _tree(expression: ast.expr) -> _Tree:
    """The node arrays of one tree written as nested conditional expressions."""
    feature: list[int] = []
    threshold: list[float] = []
    left: list[int] = []
    right: list[int] = []
    value: list[float] = []

    def node(e: ast.expr) -> int:
        k = len(feature)
        feature.append(-1)
        threshold.append(0.0)
        left.append(0)
        right.append(0)
        value.append(0.0)
        if isinstance(e, ast.IfExp):
            assert isinstance(e.test, ast.Compare) and isinstance(e.test.ops[0], ast.LtE)
            feature[k] = _feature_index(e.test.left)
            threshold[k] = _number(e.test.comparators[0])
            left[k] = node(e.body)
            right[k] = node(e.orelse)
        else:
            value[k] = _number(e)
        return k

    node(expression)
    return _Tree(tuple(feature), tuple(threshold), tuple(left), tuple(right), tuple(value))


def shipped_model() -> HeadingModel:
    """The model the shipped module holds, read back from its source."""
    source = inspect.getsource(TREES)
    walk = next(n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef))
    trees = [_tree(s.value) for s in walk.body if isinstance(s, ast.AugAssign)]
    return HeadingModel(features=TREES.FEATURES, baseline=TREES.BASELINE, trees=tuple(trees))


MODEL = shipped_model()


def reference_walk(model: HeadingModel, x: list[float]) -> float:
    """The sum of the leaves, tree by tree in order, walking the node arrays."""
    total = 0.0
    for tree in model.trees:
        node = 0
        while tree.feature[node] >= 0:
            go_left = x[tree.feature[node]] <= tree.threshold[node]
            node = tree.left[node] if go_left else tree.right[node]
        total += tree.value[node]
    return total


def test_the_shipped_module_is_the_generated_source_of_its_trees() -> None:
    assert len(MODEL.trees) == 400
    assert heading_model.model_source(MODEL) == inspect.getsource(TREES)


def test_the_walk_reads_each_feature_from_a_local_name() -> None:
    source = heading_model.model_source(MODEL)
    assert "x[" not in source  # (no list indexing left in the walk)
    names = ", ".join(f"x{k}" for k in range(len(MODEL.features)))
    assert f"    ({names},) = x\n" in source


# values at, just around and between the trees' thresholds, feature by feature
_THRESHOLDS: dict[int, list[float]] = {}
for _t in MODEL.trees:
    for _f, _th in zip(_t.feature, _t.threshold, strict=True):
        if _f >= 0:
            _THRESHOLDS.setdefault(_f, []).append(_th)


@st.composite
def feature_vectors(draw: st.DrawFn) -> list[float]:
    x = []
    for k in range(len(MODEL.features)):
        cuts = _THRESHOLDS.get(k, [0.0])
        cut = draw(st.sampled_from(cuts))
        x.append(
            draw(
                st.one_of(
                    st.just(cut),
                    st.just(math.nextafter(cut, math.inf)),
                    st.just(math.nextafter(cut, -math.inf)),
                    st.floats(-5.0, 200.0, allow_nan=False),
                    st.integers(0, 3).map(float),
                )
            )
        )
    return x


@settings(max_examples=300, deadline=None)
@given(feature_vectors())
def test_the_shipped_walk_sums_what_the_node_arrays_give(x: list[float]) -> None:
    assert TREES.walk(x) == reference_walk(MODEL, x)
    # and a model built from the trees (the generated source compiled at run time) agrees
    assert MODEL.log_odds(dict(zip(MODEL.features, x, strict=True))) == (
        TREES.BASELINE + reference_walk(MODEL, x)
    )


def test_the_walk_of_every_candidate_of_an_article_is_the_reference_sum() -> None:
    text = (
        "Keeping a Field Notebook Digital\n"
        "Paper notebooks get wet, torn and lost, so our team moved every record to tablets.\n"
        "what we changed on the plots\n"
        "Each observer now fills a short form per plot before anyone leaves the site.\n"
        "Photos and sketches\n"
        "They attach to the record at once, and sync each evening when the tablets charge.\n"
    )
    with heading_model.collecting() as found:
        ak.parse(text, format="text")
    assert found
    for _, features in found:
        x = [features[name] for name in TREES.FEATURES]
        assert TREES.walk(x) == reference_walk(MODEL, x)


@pytest.mark.parametrize("features", [1, 2, 3])
def test_generated_walks_of_few_features_unpack_them(features: int) -> None:
    stump = _Tree(
        feature=(features - 1, -1, -1), threshold=(0.5, 0.0, 0.0), left=(1, 0, 0),
        right=(2, 0, 0), value=(0.0, -1.0, 0.75),
    )  # fmt: skip
    names = tuple(f"f{k}" for k in range(features))
    model = HeadingModel(features=names, baseline=0.0, trees=(stump, stump))
    namespace: dict[str, object] = {}
    exec(heading_model.model_source(model), namespace)
    walk = namespace["walk"]
    assert callable(walk)
    for last in (0.0, 0.5, 1.0):
        x = [9.0] * (features - 1) + [last]
        assert (
            walk(x) == reference_walk(model, x) == model.log_odds(dict(zip(names, x, strict=True)))
        )


# --- content stems: the standard library's engine on text with typographic punctuation ---

import regex  # noqa: E402

from articlekit.parse import special  # noqa: E402
from articlekit.parse.vocabulary import DUPLICATE_STOPWORDS  # noqa: E402

_REFERENCE_TOKEN = regex.compile(r"\p{L}[\p{L}\p{N}'\u2019-]{2,}|\p{N}{3,}")


def reference_stems(text: str) -> frozenset[str]:
    """content_stems as it was: the regex engine on every text that is not ASCII."""
    words = set(_REFERENCE_TOKEN.findall(text.casefold())) - DUPLICATE_STOPWORDS
    return frozenset(word[:5] for word in words)


# ASCII, the typographic marks, letters and digits beyond ASCII, and characters that case
# folding turns into ASCII letters (Kelvin sign, sharp s, the "fi" ligature)
_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 '-.,;:!?()\n\t"
    "\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
    "\u00e9\u00c9\u00fc\u00df\u212a\ufb01\u0661\u0662\u0663\u00b2\u0301\u4e2d\U0001f389\u02bc"
)


@settings(max_examples=500)
@given(st.text(alphabet=_ALPHABET, max_size=120))
def test_content_stems_are_the_reference_stems(text: str) -> None:
    assert special.content_stems(text) == reference_stems(text)


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("The caf\u00e9\u2019s owner said \u201cnever again\u201d \u2014 twice, in 2024.", "regex"),
        (
            "Don\u2019t re-run the \u2018nightly\u2019 builds\u2026 they\u2019re 12345 lines.",
            "typographic",
        ),
        ("Stra\u00dfe and STRASSE, \ufb01nal and FINAL, \u212aelvin and kelvin", "ascii"),
        (
            "No\u00a0break\u00a0spaces between\u00a0words \u2013 and dashes\u2013between",
            "typographic",
        ),
        ("digits \u0661\u0662\u0663 and 123 and 45 and \u00b2\u00b2\u00b2", "regex"),
    ],
)
def test_content_stems_of_typographic_and_other_text(text: str, path: str) -> None:
    assert special.content_stems(text) == reference_stems(text)
    # which engine reads it: case folding first (the sharp s and the ligature become ASCII)
    folded = text.casefold()
    if folded.isascii():
        assert path == "ascii"
    else:
        typographic = special._BEYOND_TYPOGRAPHIC.search(folded) is None
        assert path == ("typographic" if typographic else "regex")
