"""Article-body extraction on the 181 pages of the article-extraction benchmark.

Compares the body text of the Article that ``articlekit[html]`` returns (``Article.text``:
headings and blocks, without title, references, tags or related articles) with
trafilatura's own plain-text extraction in the same run, using the benchmark's metric
(4-token shingles of ``\\w+`` tokens, per-page normalised tp/fp/fn, mean precision and
recall, F1 from the means, ± bootstrap std over 1,000 page resamples). Also times
trafilatura alone (``trafilatura.extract(html)``, its defaults) beside articlekit's whole
HTML parse (``ak.parse(html, format="html")``: page metadata, extraction, structure
mapping, assembly), in CPU seconds (``time.process_time``) so a busy machine does not
distort the ratio; each page is timed ``--repeat`` times (default 3) and the fastest
of the repeats is kept for both systems.

Usage::

    nice -n 10 .venv/bin/python benchmarks/html_extraction.py [--shared ../shared] [--limit N]
        [--repeat 3] [--worst 10] [--json]
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
    ap.add_argument("--repeat", type=int, default=3, help="time each page N times, keep the best")
    ap.add_argument(
        "--worst", type=int, default=0, help="list the N pages where articlekit loses most F1"
    )
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
        best_theirs = best_ours = float("inf")
        baseline = body = ""
        # alternate the two systems so that both see the same state of the machine
        for _ in range(max(1, args.repeat)):
            start = time.process_time()
            baseline = trafilatura.extract(html) or ""
            best_theirs = min(best_theirs, time.process_time() - start)
            start = time.process_time()
            try:
                body = ak.parse(html, format="html").text
            except ak.ArticleKitError:
                body = ""
            best_ours = min(best_ours, time.process_time() - start)
        if not body:
            failures += 1
        t_theirs += best_theirs
        t_ours += best_ours
        theirs.append(page_scores(expected, baseline))
        ours.append(page_scores(expected, body))
    result = {
        "pages": len(names),
        "articlekit": summarise(ours),
        "trafilatura": summarise(theirs),
        "cpu_seconds_articlekit": t_ours,
        "cpu_seconds_trafilatura": t_theirs,
        "overhead": t_ours / t_theirs - 1 if t_theirs else None,
        "repeat": args.repeat,
        "failures": failures,
        "trafilatura_version": trafilatura.__version__,
        "articlekit_version": ak.__version__,
        "machine": f"{platform.platform()}, Python {platform.python_version()}, "
        f"{platform.processor() or platform.machine()}",
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    if args.worst:

        def f1(row: tuple[float, float, bool]) -> float:
            return 2 * row[0] * row[1] / (row[0] + row[1]) if row[0] + row[1] else 0.0

        order = sorted(range(len(names)), key=lambda k: f1(ours[k]) - f1(theirs[k]))
        print(f"pages where articlekit loses most F1 against trafilatura (of {len(names)}):")
        for k in order[: args.worst]:
            print(
                f"  {names[k][:16]}  ours P={ours[k][0]:.3f} R={ours[k][1]:.3f}  "
                f"trafilatura P={theirs[k][0]:.3f} R={theirs[k][1]:.3f}"
            )
    print(f"{len(names)} pages; {result['machine']}")
    print(f"{'system':<22}{'F1':>16}{'precision':>16}{'recall':>16}{'accuracy':>16}{'CPU s':>10}")
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
        f"articlekit's whole HTML parse: {100 * (t_ours / t_theirs - 1):+.0f}% CPU time over "
        "trafilatura alone"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
