"""What the tagging commands share: reading INPUTS, progress on a terminal, JSON output.

Used by :mod:`articlekit.tagging.cli` (``train``, ``tag``, ``evaluate``) and
:mod:`articlekit.tagging.keyphrases_cli` (``keywords``, ``train-keyphrases``), so every
command reads the same kinds of input (article files, folders, glob patterns, ``-`` for
stdin, ``.jsonl`` files written by ``articlekit parse --to jsonl``), reports a failing input
the same way, shows progress only on a terminal, and writes JSON the same way.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, ParamSpec, TypeVar

from articlekit._files import open_regular_file
from articlekit.corpus import expand_paths
from articlekit.errors import ArticleKitError, InputError, ModelFileError
from articlekit.model import Article
from articlekit.parse import parse, parse_file

__all__ = [
    "Progress",
    "add_inputs_argument",
    "add_quiet_argument",
    "iter_articles",
    "load_model_or_report",
    "read_articles",
    "write_jsonl_record",
    "write_records",
]

T = TypeVar("T")
P = ParamSpec("P")

INPUTS_HELP = "article file, folder, glob pattern, .jsonl of Articles, or '-' for stdin"


def add_inputs_argument(p: argparse.ArgumentParser) -> None:
    """The positional INPUT... argument every tagging command takes."""
    p.add_argument("inputs", nargs="+", metavar="INPUT", help=INPUTS_HELP)


def add_quiet_argument(p: argparse.ArgumentParser) -> None:
    """``-q/--quiet``: no progress display."""
    p.add_argument("-q", "--quiet", action="store_true", help="no progress display")


class Progress:
    """A one-line progress counter on stderr, shown only on a terminal and not with --quiet.

    Example:
        >>> import io
        >>> p = Progress("reading", quiet=False, stream=io.StringIO())  # not a terminal
        >>> p.step(); p.close(); p.active
        False
    """

    def __init__(self, label: str, quiet: bool, stream: IO[str] | None = None) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.label = label
        self.active = not quiet and self.stream.isatty()
        self.count = 0

    def step(self, n: int = 1, total: int | None = None) -> None:
        self.count += n
        if self.active:
            of = f"/{total}" if total else ""
            self.stream.write(f"\r{self.label}: {self.count}{of}")
            self.stream.flush()

    def close(self) -> None:
        if self.active and self.count:
            self.stream.write("\n")
            self.stream.flush()


def report_failure(name: str, exc: Exception) -> None:
    """One line on stderr naming the input that failed and why."""
    msg = str(exc)
    print(f"articlekit: {msg if msg.startswith(name) else f'{name}: {msg}'}", file=sys.stderr)


def _iter_jsonl(path: Path) -> Iterator[Article]:
    # a regular file only: a FIFO or device named on the command line is refused, not read
    with io.TextIOWrapper(open_regular_file(path), encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield Article.model_validate_json(line)
            except ValueError as exc:
                raise InputError(f"{path}:{lineno}: not an Article in JSON ({exc})") from exc


def _sources(inputs: Sequence[str]) -> Iterator[Path | str]:
    for arg in inputs:
        if arg == "-":
            yield "-"
            continue
        paths = list(expand_paths([arg]))
        yield from paths or [Path(arg)]


def iter_articles(
    inputs: Sequence[str], quiet: bool = True, label: str = "reading"
) -> Iterator[tuple[str, Article | None]]:
    """Each article named by CLI inputs with a name for it, or ``(name, None)`` after a
    message on stderr when an input cannot be read.

    Args:
        inputs: files, folders, globs, ``-`` (stdin) or ``.jsonl`` files of Articles (each
            line an Article, named ``FILE:LINE``).
        quiet: no progress display.
        label: the progress label.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.txt").write_text("Title\\n\\nBody.\\n")
        >>> [(pathlib.Path(n).name, a.title) for n, a in iter_articles([str(d)])]
        [('a.txt', 'Title')]
    """
    progress = Progress(label, quiet)
    try:
        for source in _sources(inputs):
            name = "<stdin>" if source == "-" else str(source)
            try:
                if isinstance(source, Path) and source.suffix == ".jsonl":
                    if not source.is_file():
                        raise InputError(f"{source}: no such file")
                    for i, art in enumerate(_iter_jsonl(source), 1):
                        progress.step()
                        yield f"{source}:{i}", art
                    continue
                article = parse(sys.stdin.buffer.read()) if source == "-" else parse_file(source)
            except ArticleKitError as exc:
                report_failure(name, exc)
                yield name, None
                continue
            progress.step()
            yield name, article
    finally:
        progress.close()


def read_articles(
    inputs: Sequence[str], quiet: bool = True
) -> tuple[list[Article], list[str], int]:
    """All the articles named by CLI inputs (failures reported on stderr and skipped).

    Returns:
        ``(articles, names, failed)``: the articles, a name for each, and how many inputs
        failed.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp())
        >>> _ = (d / "a.txt").write_text("Title\\n\\nBody.\\n\\nTags: x\\n")
        >>> arts, names, failed = read_articles([str(d)])
        >>> arts[0].tags, failed
        (['x'], 0)
    """
    articles: list[Article] = []
    names: list[str] = []
    failed = 0
    for name, article in iter_articles(inputs, quiet):
        if article is None:
            failed += 1
        else:
            articles.append(article)
            names.append(name)
    return articles, names, failed


def reporting_warnings(
    name: str, quiet: bool, call: Callable[P, T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """``call(*args, **kwargs)``, with each warning it raises printed on stderr as one line
    naming the input (``articlekit: news.txt: warning: …``), not as Python's source-line
    report, and not at all with --quiet."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call(*args, **kwargs)
    if not quiet:
        for w in caught:
            print(f"articlekit: {name}: warning: {w.message}", file=sys.stderr)
    return result


def load_model_or_report(load: Callable[[str], T], path: str) -> T | None:
    """``load(path)``, or None after printing the :class:`ModelFileError` on stderr."""
    try:
        return load(path)
    except ModelFileError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return None


def write_jsonl_record(record: object, stream: IO[str] | None = None) -> None:
    """One JSON object on one line, flushed (for streaming output)."""
    out = sys.stdout if stream is None else stream
    out.write(json.dumps(record, ensure_ascii=False) + "\n")
    out.flush()


def write_records(records: Iterable[object], to: str | None, stream: IO[str] | None = None) -> None:
    """Records as ``"jsonl"`` (one per line) or ``"json"`` (an indented list); ``to=None``
    picks JSON with one bare object for a single record and JSON Lines for several."""
    items = list(records)
    out = sys.stdout if stream is None else stream
    fmt = to or ("json" if len(items) == 1 else "jsonl")
    if fmt == "json":
        payload: object = items[0] if len(items) == 1 and to is None else items
        out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    else:
        for rec in items:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    out.flush()
