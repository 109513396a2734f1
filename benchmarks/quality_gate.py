#!/usr/bin/env python3
"""Quality gate: the parser's structure scores on the real corpora must not fall below the
floors pinned in ``benchmarks/quality_floors.json``.

    python benchmarks/quality_gate.py [--shared ../shared] [--update]

Runs ``corpora/structure_eval.py --adapter articlekit`` from the shared folder on
``ropensci_blog`` and ``ropensci_seo``. Exit 1 when a score is below its floor. With
``--update`` it prints the floors the current scores would allow (it never writes them:
raising a floor is a reviewed change to the JSON file, lowering one needs a reason in the
CHANGELOG). When the shared folder is missing it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "quality_floors.json"


def scores(metrics: dict) -> dict[str, float]:
    """The gated figures of one structure_eval result (``metrics["all"]``)."""
    m = metrics["all"]
    out = {
        "title_acc": m["title_acc"],
        "heading_f1": m["headings"]["f1"],
        "heading_level_acc": m.get("heading_level_acc"),
        "list_item_f1": m["list_items"]["f1"],
        "tags_f1": m["tags"]["f1"],
        "summary_acc": m["summary"]["acc"],
    }
    s = m.get("special_sections")
    if s:
        out.update(
            {
                "ref_title_f1": s["ref_titles"]["f1"],
                "ref_source_acc": s["ref_source_acc"],
                "ref_url_acc": s["ref_url_acc"],
                "ref_description_acc": s["ref_description_acc"],
                "related_title_f1": s["related_titles"]["f1"],
                "related_teaser_acc": s["related_teaser_acc"],
                "related_truncated_acc": s["related_truncated_acc"],
                "highlight_f1": s["highlight_items"]["f1"],
                "no_highlights_acc": s["no_highlights_empty_acc"],
                "meta_description_acc": s["meta_description_acc"],
                "removed_recall": s["removed_recall"],
            }
        )
    return {k: v for k, v in out.items() if v is not None}


def run_eval(shared: Path, corpus: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "result.json"
        cmd = [
            sys.executable,
            str(shared / "corpora" / "structure_eval.py"),
            "--adapter",
            "articlekit",
            "--corpus",
            str(shared / "corpora" / corpus),
            "--json",
            str(out),
            "--quiet",
        ]
        subprocess.run(cmd, check=True)
        return json.loads(out.read_text(encoding="utf-8"))["metrics"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder (default ../shared)")
    ap.add_argument("--update", action="store_true", help="print floors for the current scores")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "corpora" / "structure_eval.py").exists():
        print(f"quality gate: {shared}/corpora not found; skipped (nothing to measure on)")
        return 0
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    failed = []
    current: dict[str, dict[str, float]] = {}
    for corpus, pinned in floors.items():
        got = scores(run_eval(shared, corpus))
        current[corpus] = got
        for key, floor in pinned.items():
            value = got.get(key)
            status = "ok" if value is not None and value >= floor else "BELOW FLOOR"
            print(f"{corpus:16s} {key:24s} {value!s:>8} (floor {floor})  {status}")
            if status != "ok":
                failed.append(f"{corpus}.{key}")
    if args.update:
        print(
            json.dumps(
                {c: {k: round(v - 0.002, 3) for k, v in s.items()} for c, s in current.items()},
                indent=2,
            )
        )
    if failed:
        print("quality gate FAILED: " + ", ".join(failed))
        return 1
    print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
