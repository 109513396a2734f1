"""Article-body extraction on the 181 pages of the article-extraction benchmark.

Compares the body text of the Article that ``articlekit[html]`` returns (``Article.text``:
headings and blocks, without title, references, tags or related articles) with
trafilatura's own plain-text extraction in the same run, using the benchmark's metric
(4-token shingles of ``\\w+`` tokens, per-page normalised tp/fp/fn, mean precision and
recall, F1 from the means, ± bootstrap std over 1,000 page resamples). Also times
trafilatura alone beside articlekit's whole HTML parse.

Usage::

    .venv/bin/python benchmarks/html_extraction.py [--shared ../shared] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import random
import sys
import time
from collections import Counter
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
DATA = Path("data") / "article-extraction-benchmark"
_TOKEN = regex.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def page_scores(truth: str, pred: str) -> tuple[float, float, bool]:
    """(precision, recall, exact) of one page as the benchmark defines them."""
    t, p = shingles(truth), shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() | p.keys())
    fp = sum(max(0, p[k] - t[k]) for k in p)
    fn = sum(max(0, t[k] - p[k]) for k in t)
    exact = _TOKEN.findall(truth) == _TOKEN.findall(pred)
    if fp == 0 and fn == 0:
        return 1.0, 1.0, exact
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, exact


def summarise(rows: list[tuple[float, float, bool]], seed: int = 0) -> dict[str, float]:
    def stats(sample: list[tuple[float, float, bool]]) -> tuple[float, float, float, float]:
        p = sum(r[0] for r in sample) / len(sample)
        r = sum(r[1] for r in sample) / len(sample)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = sum(r_[2] for r_ in sample) / len(sample)
        return p, r, f1, acc

    p, r, f1, acc = stats(rows)
    rng = random.Random(seed)
    boot = [stats([rng.choice(rows) for _ in rows]) for _ in range(1000)]

    def std(i: int) -> float:
        vals = [b[i] for b in boot]
        mean = sum(vals) / len(vals)
        return float((sum((v - mean) ** 2 for v in vals) / (len(vals) - 1)) ** 0.5)

    return {
        "precision": p,
        "precision_std": std(0),
        "recall": r,
        "recall_std": std(1),
        "f1": f1,
        "f1_std": std(2),
        "accuracy": acc,
        "accuracy_std": std(3),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default=str(HERE.parent.parent / "shared"), type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args(argv)
    root = Path(args.shared) / DATA
    if not (root / "ground-truth.json").is_file():
        print(
            f"benchmark data not found under {root} (expected ground-truth.json and html/); "
            "pass --shared PATH to the folder that holds data/article-extraction-benchmark",
            file=sys.stderr,
        )
        return 0
    try:
        import trafilatura

        import articlekit as ak
    except ImportError:
        print("this benchmark needs the html extra: pip install 'articlekit[html]'")
        return 0
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    names = sorted(truth)
    if args.limit:
        names = names[: args.limit]
    ours: list[tuple[float, float, bool]] = []
    theirs: list[tuple[float, float, bool]] = []
    t_ours = t_theirs = 0.0
    failures = 0
    for name in names:
        raw = gzip.decompress((root / "html" / f"{name}.html.gz").read_bytes())
        html = raw.decode("utf-8", errors="replace")
        expected = truth[name].get("articleBody") or ""
        start = time.perf_counter()
        baseline = trafilatura.extract(html) or ""
        t_theirs += time.perf_counter() - start
        start = time.perf_counter()
        try:
            body = ak.parse(html, format="html").text
        except ak.ArticleKitError:
            failures += 1
            body = ""
        t_ours += time.perf_counter() - start
        theirs.append(page_scores(expected, baseline))
        ours.append(page_scores(expected, body))
    result = {
        "pages": len(names),
        "articlekit": summarise(ours),
        "trafilatura": summarise(theirs),
        "seconds_articlekit": t_ours,
        "seconds_trafilatura": t_theirs,
        "failures": failures,
        "trafilatura_version": trafilatura.__version__,
        "articlekit_version": ak.__version__,
        "machine": f"{platform.platform()}, Python {platform.python_version()}, "
        f"{platform.processor() or platform.machine()}",
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"{len(names)} pages; {result['machine']}")
    print(f"{'system':<22}{'F1':>16}{'precision':>16}{'recall':>16}{'accuracy':>16}{'seconds':>10}")
    for label, key, secs in (
        ("articlekit[html]", "articlekit", t_ours),
        (f"trafilatura {trafilatura.__version__}", "trafilatura", t_theirs),
    ):
        s = result[key]
        assert isinstance(s, dict)
        cells = "".join(
            f"{s[m]:>9.3f} ± {s[m + '_std']:.3f}" for m in ("f1", "precision", "recall", "accuracy")
        )
        print(f"{label:<22}{cells}{secs:>10.1f}")
    print(
        f"structure mapping overhead: {100 * (t_ours / t_theirs - 1):+.0f}% over trafilatura alone"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
