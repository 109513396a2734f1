"""Keyphrase benchmark: articlekit vs YAKE 0.7.3 on four standard datasets.

Protocol (see ``../shared/data/keyphrases/README.md``): lowercase, split on every
non-alphanumeric character, Porter-stem each token (nltk's ``PorterStemmer``), exact match;
predictions de-duplicated after normalisation, then cut at k; F1@k per document,
macro-averaged over the test documents; *all* gold counted (absent gold hurts recall).
DUC-2001 has no train split: the trained model is cross-validated on contiguous blocks of
``wan_order`` (documents of one topic cluster stay together).

The texts are read at benchmark time only; nothing of them is stored in the project.

Requirements (benchmark only, not project dependencies)::

    .venv/bin/pip install yake==0.7.3 nltk

Run::

    .venv/bin/python benchmarks/keyphrases.py [--shared ../shared] [--datasets inspec ...]
        [--skip-yake] [--skip-trained] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from articlekit import Article, Paragraph, Section
from articlekit.tagging import KeywordExtractor
from articlekit.tagging.keyphrases import KeyphraseModel

DATASETS = ("inspec", "semeval2010", "duc2001", "500n-kpcrowd")
KS = {"inspec": (5, 10), "semeval2010": (5, 10, 15), "duc2001": (5, 10), "500n-kpcrowd": (5, 10)}
MAIN_K = {"inspec": 10, "semeval2010": 15, "duc2001": 10, "500n-kpcrowd": 10}
DUC_FOLDS = 5

_SPLIT_RE = re.compile(r"[^a-z0-9]+")


def _stemmer() -> Callable[[str], str]:
    try:
        from nltk.stem import PorterStemmer
    except ImportError:
        sys.exit("benchmarks/keyphrases.py needs nltk: .venv/bin/pip install nltk")
    ps = PorterStemmer()
    cache: dict[str, str] = {}

    def stem(word: str) -> str:
        out = cache.get(word)
        if out is None:
            out = cache[word] = ps.stem(word)
        return out

    return stem


STEM = _stemmer()


def norm(phrase: str) -> str:
    return " ".join(STEM(t) for t in _SPLIT_RE.split(phrase.lower()) if t)


def gold_items(rec: dict[str, Any]) -> list[set[str]]:
    """Gold items as sets of normalised alternatives, de-duplicated."""
    items: list[set[str]] = []
    seen: set[str] = set()
    variants = rec.get("keyphrase_variants") or [[k] for k in rec["keyphrases"]]
    for alts in variants:
        forms = {norm(a) for a in alts} - {""}
        if not forms or forms & seen:
            continue
        seen |= forms
        items.append(forms)
    return items


def f1_at_k(pred: Sequence[str], gold: list[set[str]], k: int) -> float:
    ranked: list[str] = []
    for p in pred:
        n = norm(p)
        if n and n not in ranked:
            ranked.append(n)
        if len(ranked) == k:
            break
    unmatched = list(gold)
    hits = 0
    for p in ranked:
        for i, g in enumerate(unmatched):
            if p in g:
                hits += 1
                del unmatched[i]
                break
    if hits == 0 or not gold:
        return 0.0
    precision, recall = hits / k, hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def load(shared: Path, name: str, split: str) -> list[dict[str, Any]]:
    path = shared / "data" / "keyphrases" / name / f"{split}.jsonl"
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def to_article(rec: dict[str, Any]) -> Article:
    """The record as an Article: title separate from the body (as a parsed article)."""
    text: str = rec["text"]
    title: str | None = rec.get("title")
    body = text
    if title and text.startswith(title):
        body = text[len(title) :].lstrip("\n")
    paras = [Paragraph(text=p) for p in re.split(r"\n\s*\n", body) if p.strip()]
    return Article(title=title or None, sections=[Section(blocks=paras)])


def evaluate(
    docs: list[dict[str, Any]], predict: Callable[[dict[str, Any]], list[str]], ks: Sequence[int]
) -> tuple[dict[int, float], float]:
    scores: dict[int, list[float]] = {k: [] for k in ks}
    cpu = 0.0
    for rec in docs:
        t0 = time.process_time()
        pred = predict(rec)
        cpu += time.process_time() - t0
        gold = gold_items(rec)
        for k in ks:
            scores[k].append(f1_at_k(pred, gold, k))
    ms = cpu * 1000 / max(len(docs), 1)
    return {k: 100 * statistics.fmean(v) for k, v in scores.items()}, ms


N_PRED = 30  # ranked list asked from each system; the protocol de-duplicates then cuts at k


def yake_predict() -> Callable[[dict[str, Any]], list[str]]:
    try:
        import yake
    except ImportError:
        sys.exit("benchmarks/keyphrases.py needs YAKE: .venv/bin/pip install yake==0.7.3")
    ext = yake.KeywordExtractor(lan="en", n=3, top=N_PRED)

    def predict(rec: dict[str, Any]) -> list[str]:
        title = rec.get("title") or ""
        text = rec["text"] if title in rec["text"] else f"{title}\n{rec['text']}"
        return [kw for kw, _ in ext.extract_keywords(text)]

    return predict


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (default ../shared)")
    ap.add_argument("--datasets", nargs="+", default=list(DATASETS), choices=DATASETS)
    ap.add_argument("--skip-yake", action="store_true")
    ap.add_argument("--skip-trained", action="store_true")
    ap.add_argument("--skip-unsupervised", action="store_true")
    ap.add_argument("--limit", type=int, default=0, help="at most N test documents each")
    ap.add_argument("--classifier", default="gbm", choices=("gbm", "logreg"))
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "data" / "keyphrases").is_dir():
        print(
            f"benchmarks/keyphrases.py: no keyphrase data under {shared / 'data' / 'keyphrases'}"
            " (pass --shared PATH to the shared folder)",
            file=sys.stderr,
        )
        return 2
    rows: list[str] = []
    print(
        f"# keyphrase benchmark {date.today()} {platform.machine()} "
        f"{platform.processor() or ''} python {platform.python_version()}"
    )
    header = f"{'dataset':14} {'system':28} " + " ".join(
        f"{'F1@' + str(k):>6}" for k in (5, 10, 15)
    )
    print(header + f" {'CPU ms/doc':>10}")
    for name in args.datasets:
        test = load(shared, name, "test")
        if args.limit:
            test = test[: args.limit]
        train = load(shared, name, "train")
        ks = KS[name]
        arts = {r["id"]: to_article(r) for r in test}

        def show(system: str, res: dict[int, float], ms: float, name: str = name) -> None:
            cells = " ".join(f"{res[k]:6.1f}" if k in res else f"{'':6}" for k in (5, 10, 15))
            line = f"{name:14} {system:28} {cells} {ms:10.1f}"
            rows.append(line)
            print(line, flush=True)

        if not args.skip_yake:
            res, ms = evaluate(test, yake_predict(), ks)
            show("YAKE 0.7.3", res, ms)
        if not args.skip_unsupervised:
            plain = KeywordExtractor(top_k=N_PRED)
            res, ms = evaluate(
                test, lambda r, e=plain, a=arts: [k.phrase for k in e.extract(a[r["id"]])], ks
            )
            show("extract_keywords", res, ms)
            # unsupervised, with document frequencies from the unlabelled corpus
            corpus = [to_article(r) for r in (train or test)]
            fitted = KeywordExtractor(top_k=N_PRED).fit(corpus)
            res, ms = evaluate(
                test, lambda r, e=fitted, a=arts: [k.phrase for k in e.extract(a[r["id"]])], ks
            )
            show(f"KeywordExtractor(df:{'train' if train else 'test'})", res, ms)
        if not args.skip_trained:
            if train:
                model = KeyphraseModel(top_k=N_PRED, classifier=args.classifier)
                model.fit([to_article(r) for r in train], [r["keyphrases"] for r in train])
                res, ms = evaluate(
                    test, lambda r, m=model, a=arts: [k.phrase for k in m.extract(a[r["id"]])], ks
                )
                show(f"KeyphraseModel({args.classifier})", res, ms)
            else:
                ordered = sorted(test, key=lambda r: r["wan_order"])
                size = math_ceil(len(ordered), DUC_FOLDS)
                per_fold: dict[int, list[float]] = {k: [] for k in ks}
                total_ms = 0.0
                for f in range(DUC_FOLDS):
                    held = ordered[f * size : (f + 1) * size]
                    rest = ordered[: f * size] + ordered[(f + 1) * size :]
                    model = KeyphraseModel(top_k=N_PRED, classifier=args.classifier)
                    model.fit([to_article(r) for r in rest], [r["keyphrases"] for r in rest])
                    res, ms = evaluate(
                        held,
                        lambda r, m=model, a=arts: [k.phrase for k in m.extract(a[r["id"]])],
                        ks,
                    )
                    for k in ks:
                        per_fold[k].append(res[k] * len(held))
                    total_ms += ms * len(held)
                res = {k: sum(v) / len(ordered) for k, v in per_fold.items()}
                show(
                    f"KeyphraseModel({args.classifier},{DUC_FOLDS}cv)", res, total_ms / len(ordered)
                )
    return 0


def math_ceil(n: int, d: int) -> int:
    return -(-n // d)


if __name__ == "__main__":
    raise SystemExit(main())
