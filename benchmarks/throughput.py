"""Throughput and memory of ``ak.parse_many`` over the real corpus replicated to many documents.

    python benchmarks/throughput.py [--shared ../shared] [--docs 20000] [--small 2000]

Each measurement runs in a fresh child process (``--child``) that streams the corpus texts
(``ropensci_blog`` + ``ropensci_seo``, 1,282 files, cycled to ``--docs`` documents, as
``str``) through ``parse_many`` and drops every Article, so what is measured is the parser
and the streaming machinery, not what a caller keeps. It reports:

* single process (``jobs=1``) MB/s: wall clock and CPU seconds;
* the ``jobs=2`` speed-up over ``jobs=1`` (wall clock: only meaningful on an idle machine,
  so the load average is printed beside it);
* peak RSS (``ru_maxrss``) of the parent and of the largest worker at ``--small`` and
  ``--docs`` documents: streaming means both stay flat.

Targets: >= 5 MB/s single process, jobs=2 >= 1.7x jobs=1, peak memory within 10%.

    python benchmarks/throughput.py --dask [--dask-docs 1282]

parses the corpus (each file once, or cycled to ``--dask-docs``) through
``articlekit.dask.parse_bag`` on a two-worker ``dask.distributed.LocalCluster`` (loopback,
no dashboard) and checks that every Article's JSON is byte for byte what ``parse_many``
gives in one process.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_SHARED, corpus_files, machine, missing_corpus

MB = 1_000_000


def child(shared: Path, docs: int, jobs: int, output: str = "article") -> dict[str, float]:
    import articlekit as ak

    files = corpus_files(shared)
    assert files is not None
    texts = [f.read_text(encoding="utf-8") for f in files]
    sizes = [len(t.encode("utf-8")) for t in texts]
    nbytes = sum(itertools.islice(itertools.cycle(sizes), docs))
    ak.parse(texts[0])  # imports and compiled patterns, before the clock starts
    w0, c0 = time.perf_counter(), time.process_time()
    count = 0
    sources = itertools.islice(itertools.cycle(texts), docs)
    for art in ak.parse_many(sources, jobs=jobs, output=output):  # type: ignore[call-overload]
        count += not isinstance(art, ak.ParseFailure)
    wall = time.perf_counter() - w0
    cpu = time.process_time() - c0
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids_cpu = kids.ru_utime + kids.ru_stime if jobs > 1 else 0.0
    return {
        "docs": count,
        "mb": nbytes / MB,
        "wall": wall,
        "cpu": cpu + kids_cpu,
        "cpu_parent": cpu,
        "cpu_workers": kids_cpu,
        "load": os.getloadavg()[0],
        "rss_parent_mb": me.ru_maxrss / 1024,
        "rss_worker_mb": kids.ru_maxrss / 1024 if jobs > 1 else 0.0,
    }


def run(shared: Path, docs: int, jobs: int, output: str) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", "--shared", str(shared)]
    cmd += ["--docs", str(docs), "--jobs", str(jobs), "--output", output]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])  # type: ignore[no-any-return]


def dask_check(shared: Path, docs: int) -> int:
    """The corpus through a 2-worker LocalCluster vs parse_many: equal JSON, and timings."""
    import warnings

    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    warnings.filterwarnings("ignore", message=".*large graph.*")

    import articlekit as ak
    from articlekit.dask import parse_bag

    files = corpus_files(shared)
    assert files is not None
    texts = [f.read_text(encoding="utf-8") for f in files]
    texts = list(itertools.islice(itertools.cycle(texts), docs))
    mb = sum(len(t.encode("utf-8")) for t in texts) / MB
    w0, c0 = time.perf_counter(), time.process_time()
    expected = [a.model_dump_json() for a in ak.parse_many(texts)]  # type: ignore[union-attr]
    one_wall, one_cpu = time.perf_counter() - w0, time.process_time() - c0
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: ak.parse("warm\n\nup\n"))  # imports, before the clock starts
        w0 = time.perf_counter()
        bag = db.from_sequence(texts, npartitions=max(2, docs // 100))
        got = parse_bag(bag, output="json").compute()
        dask_wall = time.perf_counter() - w0
    same = got == expected
    differ = sum(a != b for a, b in zip(got, expected, strict=False))
    differ += abs(len(got) - len(expected))
    print(f"# {machine()}")
    print(f"# load average at start: {os.getloadavg()[0]:.1f}")
    print(f"corpus: {len(texts):,} documents, {mb:.2f} MB")
    print(f"parse_many jobs=1: {one_wall:.1f} s wall, {one_cpu:.1f} CPU s")
    print(f"dask LocalCluster, 2 worker processes: {dask_wall:.1f} s wall")
    print(
        f"JSON byte for byte equal: {same} ({len(got):,} vs {len(expected):,} records, "
        f"{differ} differ)"
    )
    return 0 if same else 1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    ap.add_argument("--docs", type=int, default=20_000, help="documents in the large run")
    ap.add_argument("--small", type=int, default=2_000, help="documents in the small run")
    ap.add_argument("--jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument(
        "--output",
        choices=("article", "json"),
        default="article",
        help="what parse_many yields: Articles (default) or their JSON, made in the workers",
    )
    ap.add_argument("--dask", action="store_true", help="the Dask equality check instead")
    ap.add_argument(
        "--only", choices=("1", "2"), help="run only the jobs=1 or the jobs=2 pair (no summary)"
    )
    ap.add_argument("--dask-docs", type=int, default=0, help="documents (default: the corpus)")
    args = ap.parse_args(argv)
    if corpus_files(args.shared) is None:
        missing_corpus(args.shared)
        return 0
    if args.dask:
        return dask_check(args.shared, args.dask_docs or len(corpus_files(args.shared) or []))
    if args.child:
        print(json.dumps(child(args.shared, args.docs, args.jobs, args.output)))
        return 0

    print(f"# {machine()}")
    print(f"# load average at start: {os.getloadavg()[0]:.1f} (wall-clock figures need ~0)")
    print(f"# parse_many(output={args.output!r})")
    print(
        f"{'run':24}{'docs':>8}{'MB':>9}{'wall s':>9}{'MB/s':>8}{'CPU s':>9}{'MB/CPU s':>10}"
        f"{'parent RSS':>12}{'worker RSS':>12}"
    )
    results = {}
    runs = [(args.small, 1), (args.docs, 1), (args.small, 2), (args.docs, 2)]
    if args.only:
        runs = [r for r in runs if r[1] == int(args.only)]
    for docs, jobs in runs:
        r = run(args.shared, docs, jobs, args.output)
        results[docs, jobs] = r
        print(
            f"{f'jobs={jobs}':24}{int(r['docs']):8d}{r['mb']:9.1f}{r['wall']:9.1f}"
            f"{r['mb'] / r['wall']:8.2f}{r['cpu']:9.1f}{r['mb'] / r['cpu']:10.2f}"
            f"{r['rss_parent_mb']:10.0f}MB{r['rss_worker_mb']:10.0f}MB",
            flush=True,
        )
    if args.only:
        return 0
    big1, big2 = results[args.docs, 1], results[args.docs, 2]
    speedup = big1["wall"] / big2["wall"]
    # What an idle 2-CPU machine would give, from CPU seconds: the jobs=2 run needs at least
    # its total CPU time spread over 2 CPUs, and at least the parent's and each worker's own.
    parent, workers = big2["cpu_parent"], big2["cpu_workers"]
    floor = max((parent + workers) / 2, parent, workers / 2)
    print(
        f"single process: {big1['mb'] / big1['wall']:.2f} MB/s wall, "
        f"{big1['mb'] / big1['cpu']:.2f} MB/s per CPU second (target >= 5)"
    )
    print(
        f"jobs=2 speed-up over jobs=1 at {args.docs} docs: {speedup:.2f}x wall clock "
        f"(load average {big1['load']:.1f} / {big2['load']:.1f} at the end of the runs; "
        "target >= 1.7)"
    )
    print(
        f"jobs=2 CPU: parent {parent:.1f} s, workers {workers:.1f} s, vs {big1['cpu']:.1f} s "
        f"for jobs=1: on an idle 2-CPU machine at best {big1['cpu'] / floor:.2f}x"
    )
    for jobs, key in ((1, "rss_parent_mb"), (2, "rss_parent_mb"), (2, "rss_worker_mb")):
        small, big = results[args.small, jobs][key], results[args.docs, jobs][key]
        who = "parent" if key == "rss_parent_mb" else "largest worker"
        print(
            f"peak RSS jobs={jobs} {who}: {small:.0f} MB at {args.small} docs, {big:.0f} MB at "
            f"{args.docs} docs: {100 * (big - small) / small:+.1f}% (target within 10%)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
