"""Cross-validation of the trained keyphrase model on the *train* splits, for choosing changes.

Choosing a change on the test split of ``benchmarks/keyphrases.py`` tunes the model to 50
(500N-KPCrowd) or 100 (SemEval-2010) test documents; this script measures on the train
splits instead: k-fold cross-validation with **interleaved** folds (document i is in fold
i mod k; the 500N-KPCrowd train split is sorted by category, and contiguous folds would
hold whole categories out). DUC-2001 has no train split: as in the benchmark, 5 contiguous
blocks of ``wan_order`` of its test documents (one topic cluster stays in one block).
Same protocol as ``benchmarks/keyphrases.py`` (Porter-stemmed exact match, all gold,
macro-averaged F1@k); the texts are read at run time only.

Compare two versions paired per document (the noise of one run is mostly which documents
are hard, which a paired difference removes)::

    .venv/bin/python benchmarks/keyphrases_cv.py --datasets 500n-kpcrowd --out /tmp/base.json
    # ... change the model ...
    .venv/bin/python benchmarks/keyphrases_cv.py --datasets 500n-kpcrowd --compare /tmp/base.json

``--params '{"max_leaf_nodes": 7}'`` passes keyword arguments to ``KeyphraseModel``.
Needs nltk (benchmark only), like ``benchmarks/keyphrases.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from keyphrases import DATASETS, DUC_FOLDS, N_PRED, f1_at_k, gold_items, load, to_article

from articlekit.tagging.keyphrases import KeyphraseModel

KS = (5, 10, 15)
MAIN_K = {"inspec": 10, "semeval2010": 15, "duc2001": 10, "500n-kpcrowd": 10}


def folds_of(name: str, n: int, folds: int) -> list[list[int]]:
    """The held-out document indices of each fold."""
    if name == "duc2001":
        size = -(-n // DUC_FOLDS)
        return [list(range(f * size, min(n, (f + 1) * size))) for f in range(DUC_FOLDS)]
    return [[i for i in range(n) if i % folds == f] for f in range(folds)]


def cross_validate(
    recs: list[dict[str, Any]], name: str, folds: int, params: dict[str, Any]
) -> tuple[dict[int, list[float]], float]:
    """Per-document F1@k (in document order) and CPU ms of prediction per document."""
    arts = [to_article(r) for r in recs]
    scores: dict[int, list[float]] = {k: [0.0] * len(recs) for k in KS}
    cpu = 0.0
    for held in folds_of(name, len(recs), folds):
        out = set(held)
        train = [i for i in range(len(recs)) if i not in out]
        model = KeyphraseModel(top_k=N_PRED, **params)
        model.fit([arts[i] for i in train], [recs[i]["keyphrases"] for i in train])
        for i in held:
            t0 = time.process_time()
            pred = [kw.phrase for kw in model.extract(arts[i])]
            cpu += time.process_time() - t0
            gold = gold_items(recs[i])
            for k in KS:
                scores[k][i] = f1_at_k(pred, gold, k)
    return scores, cpu * 1000 / max(len(recs), 1)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (default ../shared)")
    ap.add_argument("--datasets", nargs="+", default=list(DATASETS), choices=DATASETS)
    ap.add_argument("--folds", type=int, default=3, help="folds on a train split (default 3)")
    ap.add_argument("--params", default="{}", help="KeyphraseModel arguments as JSON")
    ap.add_argument("--out", help="write the per-document F1 to this JSON file")
    ap.add_argument("--compare", help="a JSON file of --out: print paired differences")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "data" / "keyphrases").is_dir():
        print(
            f"keyphrases_cv.py: no keyphrase data under {shared}/data/keyphrases", file=sys.stderr
        )
        return 2
    params = json.loads(args.params)
    before = json.loads(Path(args.compare).read_text()) if args.compare else {}
    results: dict[str, dict[str, list[float]]] = {}
    warnings.filterwarnings("ignore", category=UserWarning)  # a few texts look non-English
    for name in args.datasets:
        recs = load(shared, name, "train")
        split = "train"
        if not recs:
            recs, split = sorted(load(shared, name, "test"), key=lambda r: r["wan_order"]), "test"
        t0 = time.time()
        scores, ms = cross_validate(recs, name, args.folds, params)
        results[name] = {str(k): v for k, v in scores.items()}
        cells = " ".join(f"F1@{k} {100 * statistics.fmean(v):5.2f}" for k, v in scores.items())
        print(
            f"{name:14} {split} {len(recs):4} docs  {cells}  {ms:6.1f} ms/doc"
            f"  ({time.time() - t0:.0f} s)",
            flush=True,
        )
        old = before.get(name, {}).get(str(MAIN_K[name]))
        if old is not None and len(old) == len(recs):
            diff = [100 * (b - a) for a, b in zip(old, scores[MAIN_K[name]], strict=True)]
            se = statistics.stdev(diff) / math.sqrt(len(diff))
            print(
                f"{'':14} F1@{MAIN_K[name]} vs --compare: {statistics.fmean(diff):+.2f} ± {se:.2f}"
            )
    if args.out:
        Path(args.out).write_text(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
