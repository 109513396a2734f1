"""Reuters-21578 ModApte (90 categories) benchmark of articlekit's KeywordTagger.

Trains on ``train.jsonl`` (7,769 documents) and evaluates on ``test.jsonl`` (3,019) through the
public API only (``articlekit.Article``, ``articlekit.KeywordTagger``,
``articlekit.tagging.evaluate``), and runs a plain scikit-learn baseline — TF-IDF word 1–2-grams
+ one-vs-rest LinearSVC — in the same process on the same data.

Usage::

    python benchmarks/reuters.py                       # data in ../shared/data/reuters21578
    python benchmarks/reuters.py --shared /path/to/shared
    python benchmarks/reuters.py --param C=1.0 --param char_ngram_range=[3,5]

The data are not part of the repository (see docs/tagging.md for where they come from).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import articlekit as ak
from articlekit.tagging import evaluate

ROOT = Path(__file__).resolve().parent.parent


def load(path: Path) -> tuple[list[ak.Article], list[list[str]]]:
    """Articles (title + one body paragraph) and their topics from a ModApte JSONL file."""
    articles, labels = [], []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            body = row["body"].strip()
            sections = [ak.Section(blocks=[ak.Paragraph(text=body)])] if body else []
            articles.append(ak.Article(title=row["title"] or None, sections=sections))
            labels.append(list(row["topics"]))
    return articles, labels


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and its live child processes (the
    joblib workers that train in parallel); this process only without psutil."""
    try:
        import psutil
    except ImportError:
        return time.process_time()
    me = psutil.Process()
    total = sum(me.cpu_times()[:2])
    for child in me.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            total += sum(child.cpu_times()[:2])
    return float(total)


def run_tagger(
    train: tuple[list[ak.Article], list[list[str]]],
    test: tuple[list[ak.Article], list[list[str]]],
    params: dict[str, Any],
) -> dict[str, float]:
    tagger = ak.KeywordTagger(**params)
    t0, c0 = time.perf_counter(), cpu_seconds()
    tagger.fit(*train)
    train_s, train_cpu = time.perf_counter() - t0, cpu_seconds() - c0
    t0 = time.process_time()
    pred = tagger.predict(test[0])
    pred_s = time.process_time() - t0
    report = evaluate(test[1], pred)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reuters.akm"
        tagger.save(path)
        size = path.stat().st_size
        loaded = ak.KeywordTagger.load(path)
        same = loaded.predict(test[0][:500]) == pred[:500]
    return {
        "micro_f1": report.micro.f1,
        "macro_f1": report.macro.f1,
        "example_f1": report.example_f1,
        "train_s": train_s,
        "train_cpu": train_cpu,
        "docs_per_s": len(test[0]) / pred_s,
        "model_mb": size / 1e6,
        "tags": float(len(tagger.classes_)),
        "reload_identical": float(same),
    }


def run_baseline(
    train: tuple[list[ak.Article], list[list[str]]],
    test: tuple[list[ak.Article], list[list[str]]],
) -> dict[str, float]:
    """TF-IDF (word 1-2-grams, sublinear tf) + one-vs-rest LinearSVC, default parameters."""
    import pickle

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import MultiLabelBinarizer
    from sklearn.svm import LinearSVC

    def text(a: ak.Article) -> str:
        return (a.title or "") + "\n" + a.text

    mlb = MultiLabelBinarizer()
    Y = mlb.fit_transform(train[1])
    model = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        OneVsRestClassifier(LinearSVC(), n_jobs=2),
    )
    t0, c0 = time.perf_counter(), cpu_seconds()
    model.fit([text(a) for a in train[0]], Y)
    train_s, train_cpu = time.perf_counter() - t0, cpu_seconds() - c0
    t0 = time.process_time()
    P = model.predict([text(a) for a in test[0]])
    pred_s = time.process_time() - t0
    pred = [list(row) for row in mlb.inverse_transform(P)]
    report = evaluate(test[1], pred)
    return {
        "micro_f1": report.micro.f1,
        "macro_f1": report.macro.f1,
        "example_f1": report.example_f1,
        "train_s": train_s,
        "train_cpu": train_cpu,
        "docs_per_s": len(test[0]) / pred_s,
        "model_mb": len(pickle.dumps(model)) / 1e6,
        "tags": float(len(mlb.classes_)),
        "reload_identical": float("nan"),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--shared",
        default=str(ROOT.parent / "shared"),
        help="the shared folder holding data/reuters21578 (default: ../shared)",
    )
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=JSON",
        help="a KeywordTagger parameter, e.g. C=1.0 (repeatable)",
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline")
    parser.add_argument("--jobs", type=int, default=2, help="n_jobs for training (default: 2)")
    args = parser.parse_args(argv)

    data = Path(args.shared) / "data" / "reuters21578"
    if not (data / "train.jsonl").is_file() or not (data / "test.jsonl").is_file():
        print(
            f"reuters benchmark: no train.jsonl/test.jsonl in {data}\n"
            "  give the folder that holds data/reuters21578 with --shared PATH",
            file=sys.stderr,
        )
        return 2
    params: dict[str, Any] = {"n_jobs": args.jobs}
    for item in args.param:
        name, _, value = item.partition("=")
        params[name] = json.loads(value)
        if isinstance(params[name], list):
            params[name] = tuple(params[name])

    train, test = load(data / "train.jsonl"), load(data / "test.jsonl")
    print(
        f"Reuters-21578 ModApte: {len(train[0])} train / {len(test[0])} test documents; "
        f"articlekit {ak.__version__}; python {platform.python_version()}; "
        f"{os.cpu_count()} CPUs; {time.strftime('%Y-%m-%d')}"
    )
    print(f"KeywordTagger params: {params}")
    rows = [("articlekit KeywordTagger", run_tagger(train, test, params))]
    if not args.no_baseline:
        rows.append(("TF-IDF + OvR LinearSVC", run_baseline(train, test)))
    print()
    print(
        "| model | micro-F1 | macro-F1 | example-F1 | train s (wall) | train CPU s "
        "| predict docs/CPU s | model MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        print(
            f"| {name} | {r['micro_f1']:.3f} | {r['macro_f1']:.3f} | {r['example_f1']:.3f} | "
            f"{r['train_s']:.1f} | {r['train_cpu']:.1f} | {r['docs_per_s']:.0f} | "
            f"{r['model_mb']:.1f} |"
        )
    base = dict(rows).get("TF-IDF + OvR LinearSVC")
    if base:
        ours = rows[0][1]
        print(
            f"\nratio to the baseline: micro-F1 x{ours['micro_f1'] / base['micro_f1']:.3f}, "
            f"macro-F1 x{ours['macro_f1'] / base['macro_f1']:.2f}"
        )
    if rows[0][1]["reload_identical"] != 1.0:
        print("WARNING: the reloaded tagger predicted differently", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
