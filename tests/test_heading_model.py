"""The heading model that settles borderline heading candidates: the shipped file, how it is
read and checked, and how it changes (and does not change) what the parser decides."""

from __future__ import annotations

import importlib

import articlekit as ak
from articlekit.parse import heading_model
from articlekit.parse.heading_model import HeadingModel, _Tree
from articlekit.parse.text import HEADING_MIN_SCORE, MODEL_BAND_MIN

SPACED = """\
Keeping a Field Notebook Digital

Paper notebooks get wet, torn and lost, so this season our survey team moved every record to tablets that sync each evening.

What we changed

Each observer now fills a short form per plot, and the photos attach to the record before anyone leaves the site.

What stayed the same

The plot codes, the species list and the order of the walk are exactly what the paper sheets used for a decade.
"""


def candidates(source: str) -> list[tuple[str, dict[str, float]]]:
    with heading_model.collecting() as found:
        ak.parse(source, format="text")
    return found


def test_the_shipped_trees_read_the_features_the_parser_gives() -> None:
    trees = importlib.import_module("articlekit.parse._heading_trees")
    found = candidates(SPACED)
    assert {text for text, _ in found} >= {"What we changed", "What stayed the same"}
    for _, features in found:
        assert set(trees.FEATURES) == set(features)
        assert isinstance(trees.walk([features[n] for n in trees.FEATURES]), float)


def test_generated_source_walks_as_the_trees_do() -> None:
    # the shipped module is this source for the trained trees: it must compute what a walk
    # down the node arrays computes
    stump = _Tree(
        feature=(1, 0, -1, -1, -1), threshold=(0.5, 2.0, 0.0, 0.0, 0.0), left=(1, 2, 0, 0, 0),
        right=(4, 3, 0, 0, 0), value=(0.0, 0.0, -1.0, 0.75, 2.5),
    )  # fmt: skip
    model = HeadingModel(features=("words", "short"), baseline=0.25, trees=(stump, stump))
    namespace: dict[str, object] = {}
    exec(heading_model.model_source(model), namespace)
    for words, short in [(1.0, 0.0), (2.0, 0.0), (3.0, 0.0), (3.0, 1.0), (2.0, 0.5)]:
        x = {"words": words, "short": short}
        assert model.log_odds(x) == 0.25 + 2 * _walk(stump, [words, short])
        walk = namespace["walk"]
        assert callable(walk)
        assert namespace["BASELINE"] == 0.25
        assert walk([words, short]) == model.log_odds(x) - 0.25


def _walk(tree: _Tree, x: list[float]) -> float:
    node = 0
    while tree.feature[node] >= 0:
        go_left = x[tree.feature[node]] <= tree.threshold[node]
        node = tree.left[node] if go_left else tree.right[node]
    return tree.value[node]


def test_collecting_lists_candidates_with_the_rules_alone() -> None:
    found = candidates(SPACED)
    assert found, "every one-line candidate the rules score is listed"
    assert heading_model.enabled()  # (only inside the block)
    for _, features in found:
        # the rules' score is the sum of their evidence, which the features carry part by part
        parts = [
            "first",
            "short",
            "title_case",
            "caps_or_number",
            "apart",
            "next",
            "comma",
            "dangling",
            "exclamation",
            "closing",
            "announced",
            "surroundings",
            "compact",
        ]
        assert features["score"] == sum(features[p] for p in parts)


BORDERLINE = """\
Keeping a Field Notebook Digital

Paper notebooks get wet, torn and lost, so this season our survey team moved every record to tablets that sync each evening.

Reading The Records

records <- read_sheets("plots", year = 2024)

The plot codes, the species list and the order of the walk are exactly what the paper sheets used for a decade.

What surprised us?

- nobody missed paper
- the batteries lasted

Sync problems
Most evenings the upload takes a minute, but a tablet out of range keeps its records until the next morning.
"""


def section_headings(source: str) -> list[str]:
    return [s.heading for s in ak.parse(source, format="text").sections if s.heading]


def test_the_trees_only_add_headings_the_rules_rejected_on_a_close_call() -> None:
    # a model that calls every candidate a heading, and one that calls none: the lines the
    # rules take for headings stay headings under both; of the others, only the borderline
    # ones (a score of MODEL_BAND_MIN or more) may become headings
    leaf = (_Tree(feature=(-1,), threshold=(0.0,), left=(0,), right=(0,), value=(0.0,)),)
    yes = HeadingModel(features=("score",), baseline=5.0, trees=leaf)
    no = HeadingModel(features=("score",), baseline=-5.0, trees=leaf)
    scores = {text: f["score"] for text, f in candidates(BORDERLINE)}
    # a line over code: the rules lean against a heading, not clearly
    assert MODEL_BAND_MIN <= scores["Reading The Records"] < HEADING_MIN_SCORE
    assert scores["What surprised us?"] >= HEADING_MIN_SCORE
    found = ["What surprised us?", "Sync problems"]
    with heading_model.rules_only():
        assert section_headings(BORDERLINE) == found
    with heading_model.using(no):
        assert section_headings(BORDERLINE) == found
    with heading_model.using(yes):
        assert section_headings(BORDERLINE) == ["Reading The Records", *found]


def test_the_shipped_model_keeps_plain_section_headings() -> None:
    article = ak.parse(SPACED, format="text")
    assert article.title == "Keeping a Field Notebook Digital"
    assert [s.heading for s in article.sections if s.heading] == [
        "What we changed",
        "What stayed the same",
    ]


def test_parsing_is_the_same_in_every_run_with_the_model() -> None:
    assert ak.parse(BORDERLINE, format="text") == ak.parse(BORDERLINE, format="text")
