#!/usr/bin/env python3
"""Train the heading model that settles borderline heading candidates, and measure it.

    python benchmarks/train_heading_model.py [--shared ../shared] [--folds 5] [--write]

1. Every rOpenSci blog post (``corpora/ropensci_blog``) is parsed with the rules alone; each
   one-line candidate the rules score gives a row of features (the rules' evidence, the
   line's shape, the blocks around it) and a label: is the line one of the post's headings
   in the truth file?
2. Cross-validation, grouped by post: trees trained on the other folds' posts settle the
   borderline candidates of a fold's posts, in both the blog and the seo layout of each post
   (the seo files are never trained on), and the whole parse is scored against the truth,
   beside the rules alone in the same run.
3. ``--write``: trees trained on every blog post go to
   ``src/articlekit/parse/_heading_trees.py``, generated Python that holds numbers only.

Training is deterministic (fixed seed, no early stopping). When the shared folder is missing
the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
from _common import DEFAULT_SHARED
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

import articlekit as ak
from articlekit.parse import heading_model
from articlekit.parse.heading_model import HeadingModel, _Tree

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "articlekit" / "parse" / "_heading_trees.py"
#: the trees: chosen by the cross-validation below and by held-out blogs (see
#: docs/benchmarks.md); deeper or more trees than this gained nothing there
TREES = 400
DEPTH = 4
LEARNING_RATE = 0.05
MIN_SAMPLES_LEAF = 40
SEED = 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    ap.add_argument("--write", action="store_true", help=f"write the trained model to {OUT}")
    args = ap.parse_args(argv)
    corpora = args.shared / "corpora"
    blog, seo = corpora / "ropensci_blog", corpora / "ropensci_seo"
    if not blog.is_dir() or not (corpora / "structure_eval.py").is_file():
        print(f"corpora not found under {corpora}; pass --shared PATH. Nothing trained.")
        return 0
    sys.path.insert(0, str(corpora))
    import structure_eval  # the corpora's own normalisation and special-section names

    posts = sorted(blog.glob("*.txt"))
    rows = _collect(posts, structure_eval)
    print(f"{len(rows)} candidates from {len(posts)} posts, {sum(r[2] for r in rows)} headings")
    if args.folds:
        _cross_validate(rows, posts, seo, args.folds, structure_eval)
    if args.write:
        model = _train(rows)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_text(heading_model.model_source(model), encoding="utf-8")
        print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(model.trees)} trees)")
    return 0


Row = tuple[str, dict[str, float], bool]  # (post name, features, is a heading)


def _collect(posts: list[Path], structure_eval: Any) -> list[Row]:
    rows: list[Row] = []
    for path in posts:
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        headings = {structure_eval.norm(h["text"]) for h in truth["headings"]}
        with heading_model.collecting() as found:
            ak.parse(path.read_text(encoding="utf-8"), format="text")
        for text, features in found:
            rows.append((path.name, features, structure_eval.norm(text) in headings))
    return rows


def _train(rows: list[Row]) -> HeadingModel:
    names = tuple(sorted(rows[0][1]))
    X = np.array([[r[1][n] for n in names] for r in rows])
    y = np.array([r[2] for r in rows])
    clf = HistGradientBoostingClassifier(
        max_depth=DEPTH,
        max_iter=TREES,
        learning_rate=LEARNING_RATE,
        min_samples_leaf=MIN_SAMPLES_LEAF,
        early_stopping=False,
        random_state=SEED,
    ).fit(X, y)
    trees = []
    for (predictor,) in clf._predictors:
        nodes = predictor.nodes
        leaf = nodes["is_leaf"].astype(bool)
        trees.append(
            _Tree(
                feature=tuple(np.where(leaf, -1, nodes["feature_idx"]).tolist()),
                threshold=tuple(np.where(leaf, 0.0, nodes["num_threshold"]).tolist()),
                left=tuple(np.where(leaf, 0, nodes["left"]).tolist()),
                right=tuple(np.where(leaf, 0, nodes["right"]).tolist()),
                value=tuple(np.where(leaf, nodes["value"], 0.0).tolist()),
            )
        )
    return HeadingModel(
        features=names,
        baseline=float(np.ravel(clf._baseline_prediction)[0]),
        trees=tuple(trees),
    )


def _cross_validate(
    rows: list[Row], posts: list[Path], seo: Path, folds: int, structure_eval: Any
) -> None:
    names = [p.name for p in posts]
    totals: dict[str, Counter[str]] = {}
    for _, test in GroupKFold(folds).split(names, groups=names):
        held = {names[i] for i in test}
        model = _train([r for r in rows if r[0] not in held])
        for layout, folder in (("blog", posts[0].parent), ("seo", seo)):
            files = [folder / n for n in sorted(held) if (folder / n).is_file()]
            with heading_model.rules_only():
                _add(totals, f"{layout} rules alone", files, structure_eval)
            with heading_model.using(model):
                _add(totals, f"{layout} with the model", files, structure_eval)
    print(f"heading P / R / F1, {folds}-fold cross-validation grouped by post:")
    for name, t in totals.items():
        p = t["tp"] / max(1, t["tp"] + t["fp"])
        r = t["tp"] / max(1, t["tp"] + t["fn"])
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"  {name:24s} {p:.4f} / {r:.4f} / {f1:.4f}  (tp {t['tp']}, fp {t['fp']}, fn {t['fn']})"
        )


def _add(
    totals: dict[str, Counter[str]], name: str, files: list[Path], structure_eval: Any
) -> None:
    """Count matched headings as structure_eval does (special-section names aside)."""
    t = totals.setdefault(name, Counter())
    for path in files:
        truth = json.loads(path.with_suffix(".truth.json").read_text(encoding="utf-8"))
        article = ak.parse(path.read_text(encoding="utf-8"), format="text")
        want = Counter(
            structure_eval.norm(h["text"])
            for h in truth["headings"]
            if not structure_eval.special_kind(h["text"])
        )
        got = Counter(
            structure_eval.norm(s.heading)
            for s in article.iter_sections()
            if s.heading
            and structure_eval.norm(s.heading)
            and not structure_eval.special_kind(s.heading)
        )
        hit = sum((want & got).values())
        t["tp"] += hit
        t["fp"] += sum(got.values()) - hit
        t["fn"] += sum(want.values()) - hit


if __name__ == "__main__":
    raise SystemExit(main())
