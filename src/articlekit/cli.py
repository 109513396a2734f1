"""The ``articlekit`` command line (also ``python -m articlekit``).

Each command is a pair of functions: ``_add_<name>(subparsers)`` declares its arguments,
``_run_<name>(args)`` does the work and returns the exit code. Commands of optional parts
(tagging) register themselves through :data:`COMMAND_MODULES`.

Exit codes: 0 success, 1 some inputs failed (the others were still processed), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from articlekit._version import __version__
from articlekit.corpus import BadRecord, ParseFailure, expand_paths, numbered_jsonl, parse_many
from articlekit.errors import InputError
from articlekit.model import Article
from articlekit.options import ParseOptions

#: modules that add sub-commands: each has ``add_commands(subparsers) -> None``
COMMAND_MODULES = ("articlekit.tagging.cli", "articlekit.tagging.keyphrases_cli")

OUTPUT_FORMATS = ("json", "jsonl", "markdown", "text", "html")
INPUT_FORMATS = ("auto", "text", "markdown", "html")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the whole CLI (also used to generate its reference docs)."""
    parser = argparse.ArgumentParser(
        prog="articlekit",
        description="Parse semi-structured articles into typed documents and tag them.",
    )
    parser.add_argument("--version", action="version", version=f"articlekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    _add_parse(sub)
    _add_schema(sub)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        module.add_commands(sub)
    return parser


# --------------------------------------------------------------------------- parse


def _add_parse(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "parse",
        help="parse articles into typed documents",
        description="Parse article files (or folders, globs, '-' for stdin) and write them "
        "as JSON (default), JSON Lines, Markdown or text.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article file, folder, glob pattern, or '-' for stdin",
    )
    p.add_argument(
        "--to",
        choices=OUTPUT_FORMATS,
        default=None,
        help="output format (default: json for one input, jsonl for several)",
    )
    p.add_argument(
        "--from",
        dest="from_format",
        choices=INPUT_FORMATS,
        default="auto",
        help="input format (default: auto)",
    )
    p.add_argument("--out", metavar="PATH", help="write here instead of stdout")
    p.add_argument(
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="parallel worker processes (default: 1); output order is input order",
    )
    p.add_argument(
        "--records",
        action="store_true",
        help='INPUT files are JSON Lines records: {"text": ...} or {"path": ...} '
        '(optional "id", "format")',
    )
    p.add_argument(
        "--root",
        metavar="DIR",
        default=".",
        help="with --records: relative record paths are read from DIR, and a record path "
        "that leads outside DIR is refused (default: the current folder)",
    )
    p.add_argument("--quiet", action="store_true", help="no progress display on a terminal")
    p.set_defaults(func=_run_parse)


#: stdin is read like a file: at most 4 bytes per character of ParseOptions.max_chars
_STDIN_OPTIONS = ParseOptions()


def _read_stdin() -> bytes:
    limit = _STDIN_OPTIONS.max_chars * 4
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            f"more than {limit:,} bytes, over the limit of "
            f"{_STDIN_OPTIONS.max_chars:,} characters (ParseOptions.max_chars)"
        )
    return data


def _iter_inputs(inputs: Sequence[str]) -> Iterator[tuple[str, str | Path]]:
    for arg in inputs:
        if arg == "-":
            yield "<stdin>", "-"
            continue
        found = False
        for path in expand_paths([arg]):
            found = True
            yield str(path), path
        if not found:
            yield arg, Path(arg)


def _iter_sources(
    items: Sequence[tuple[str, str | Path]], records: bool, names: deque[str]
) -> Iterator[Any]:
    """What parse_many reads, lazily; the display name of each goes to ``names`` (so a
    result, which comes back in input order, can be matched with its name)."""
    for name, source in items:
        if source == "-":
            try:
                data: Any = _read_stdin()
            except InputError as exc:
                data = BadRecord(name, str(exc))
            names.append(name)
            yield data
        elif records:
            try:
                for lineno, record in numbered_jsonl(source):
                    names.append(f"{name}:{lineno}")
                    yield record
            except InputError as exc:
                names.append(name)
                yield BadRecord(name, str(exc))
        else:
            names.append(name)
            yield source


def _render(article: Article, fmt: str) -> str:
    if fmt == "json":
        return article.model_dump_json(indent=2) + "\n"
    if fmt == "jsonl":
        return article.model_dump_json() + "\n"
    if fmt == "markdown":
        return article.to_markdown()
    if fmt == "html":
        return article.to_html()
    return article.to_text()


class Progress:
    """``parsed 1,234/20,000  85.3 docs/s  ETA 3m17s`` on stderr, redrawn at most five
    times a second, and only when stderr is a terminal (never in pipes, logs or tests)."""

    def __init__(
        self, label: str, total: int | None, quiet: bool = False, stream: IO[str] | None = None
    ) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.label = label
        self.total = total
        self.count = 0
        self.failed = 0
        self.active = not quiet and _isatty(self.stream)
        self.start = time.monotonic()
        self.shown = 0.0

    def step(self, failed: bool = False) -> None:
        self.count += 1
        self.failed += failed
        now = time.monotonic()
        if self.active and (now - self.shown >= 0.2 or self.count == self.total):
            self.shown = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self.start, 1e-9)
        rate = self.count / elapsed
        done = f"{self.count:,}" + (f"/{self.total:,}" if self.total else "")
        text = f"{self.label} {done}  {rate:,.1f} docs/s"
        if self.total and rate > 0 and self.count < self.total:
            text += f"  ETA {_duration((self.total - self.count) / rate)}"
        if self.failed:
            text += f"  {self.failed:,} failed"
        return text

    def close(self) -> None:
        if self.active and self.count:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds // 60 % 60:02d}m"


def _run_parse(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        print("articlekit: --jobs must be at least 1", file=sys.stderr)
        return 2
    items = list(_iter_inputs(args.inputs))
    fmt = args.to or ("json" if len(items) == 1 and not args.records else "jsonl")
    names: deque[str] = deque()
    sources = _iter_sources(items, args.records, names)
    # JSON Lines are made in the workers: the parent only writes strings
    results = parse_many(
        sources,
        format=args.from_format,
        jobs=args.jobs,
        errors="collect",
        root=args.root if args.records else None,
        output="json" if fmt == "jsonl" else "article",
    )
    progress = Progress("parsed", None if args.records else len(items), args.quiet)
    failed = 0
    with _output(args.out) as out:
        first = True
        for result in results:
            name = names.popleft()
            progress.step(isinstance(result, ParseFailure))
            if isinstance(result, ParseFailure):
                failed += 1
                msg = result.error
                if progress.active:
                    sys.stderr.write("\r\x1b[K")
                print(
                    f"articlekit: {msg if msg.startswith(name) else f'{name}: {msg}'}",
                    file=sys.stderr,
                )
                continue
            if fmt in ("markdown", "text", "html") and not first:
                out.write("\n")
            out.write(result + "\n" if isinstance(result, str) else _render(result, fmt))
            out.flush()
            first = False
    progress.close()
    return 1 if failed else 0


class _output:
    """stdout, or a file written atomically (a temporary file renamed into place)."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.handle: IO[str] | None = None
        self.tmp: str | None = None

    def __enter__(self) -> IO[str]:
        if self.path is None:
            return sys.stdout
        target = Path(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="\n")
        return self.handle

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if self.handle is None or self.tmp is None or self.path is None:
            return
        self.handle.close()
        if exc_type is None:
            os.replace(self.tmp, self.path)
        else:
            os.unlink(self.tmp)


# --------------------------------------------------------------------------- schema


def _add_schema(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of an Article",
        description="Print the JSON Schema that every parsed Article follows.",
    )
    p.set_defaults(func=_run_schema)


def article_schema() -> dict[str, object]:
    """The published JSON Schema of :class:`~articlekit.Article`."""
    return Article.model_json_schema()


def _run_schema(args: argparse.Namespace) -> int:
    sys.stdout.write(json.dumps(article_schema(), indent=2, sort_keys=True) + "\n")
    return 0


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit code (0 ok, 1 some inputs failed, 2 usage error)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except InputError as exc:
        print(f"articlekit: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `articlekit parse … | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
