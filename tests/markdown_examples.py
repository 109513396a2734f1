"""Run the code examples of README.md and docs/*.md, so that they cannot rot.

The rules (also in docs/contributing-docs.md):

* Every fenced code block names its language. Blocks in ``python``, ``pycon``, ``console``,
  ``bash``, ``sh`` or ``shell`` are examples and are run; other languages (``text``,
  ``json``, ``toml``, …) are shown as they are (synopses, output, data).
* The blocks of one file run in order, in one scratch directory that holds a copy of
  ``examples/``; ``python`` and ``pycon`` blocks share one namespace per file, like a
  Python session.
* ``python`` blocks are executed; ``pycon`` blocks (``>>>`` prompts) are doctests, so the
  output they show is checked (``...`` / ``…`` match anything; whitespace is normalised).
* ``console`` blocks: each ``$ `` line is a command (run by bash; a trailing ``\\``
  continues it), the lines after it are output that must appear, in that order, in what
  the command prints on stdout and stderr (``…`` / ``...`` match anything). A command must
  exit 0. ``bash`` / ``sh`` / ``shell`` blocks run as one script (``set -e``).
* An HTML comment on the line right before a block changes this:
  ``<!-- docs-test: skip REASON -->`` never runs it (the reason is required), and
  ``<!-- docs-test: ci REASON -->`` marks a block that ``.ci/run`` runs itself
  (``python -m tests.markdown_examples ci FILE DIR``) because it installs packages.

``python -m tests.markdown_examples list FILE`` shows what would run.
"""

from __future__ import annotations

import doctest
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNNABLE = {"python", "pycon", "console", "bash", "sh", "shell"}
SHOWN = {
    "text",
    "json",
    "jsonl",
    "toml",
    "yaml",
    "ini",
    "markdown",
    "md",
    "html",
    "diff",
    "csv",
    "tsv",
}
COMMAND_TIMEOUT = 300

_FENCE_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")
_MARKER = re.compile(r"^\s*<!--\s*docs-test:\s*(?P<action>[\w-]+)\s*(?P<reason>.*?)\s*-->\s*$")
_WILDCARD = re.compile(r"\s*(?:\.\.\.|…)\s*")


@dataclass
class Block:
    """One fenced code block of a Markdown file."""

    path: Path
    line: int  # 1-based line of the opening fence
    language: str
    code: str
    action: str = "run"  # "run", "show", "skip" or "ci"
    reason: str = ""

    @property
    def where(self) -> str:
        try:
            name = self.path.relative_to(ROOT)
        except ValueError:
            name = self.path
        return f"{name}:{self.line}"


def extract_blocks(path: Path) -> list[Block]:
    """The fenced code blocks of ``path`` with the action each gets."""
    lines = path.read_text(encoding="utf-8").split("\n")
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        if not m:
            i += 1
            continue
        fence, indent = m.group("fence"), len(m.group("indent"))
        language = (m.group("info").split() or [""])[0].lower()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines):
            close = lines[i].strip()
            if close.startswith(fence[0] * len(fence)) and set(close) == {fence[0]}:
                break
            line = lines[i]
            body.append(line[indent:] if line[:indent].strip() == "" else line.lstrip())
            i += 1
        i += 1
        j = start - 1
        while j >= 0 and not lines[j].strip():
            j -= 1
        marker = _MARKER.match(lines[j]) if j >= 0 else None
        block = Block(path, start + 1, language, "\n".join(body) + "\n")
        if marker:
            block.action = marker.group("action")
            block.reason = marker.group("reason").lstrip("—–-: ").strip()
        elif language not in RUNNABLE:
            block.action = "show"
        blocks.append(block)
    return blocks


def doc_files() -> list[Path]:
    """README.md and every Markdown file under docs/."""
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


# --------------------------------------------------------------------------- running


@dataclass
class Session:
    """The state the blocks of one file share: a scratch directory and a namespace."""

    cwd: Path
    namespace: dict[str, object] = field(default_factory=dict)

    @classmethod
    def create(cls, cwd: Path) -> Session:
        cwd.mkdir(parents=True, exist_ok=True)
        shutil.copytree(ROOT / "examples", cwd / "examples", dirs_exist_ok=True)
        return cls(cwd=cwd, namespace={"__name__": "__docs_example__"})

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        bindir = str(Path(sys.executable).parent)
        env["PATH"] = bindir + os.pathsep + env.get("PATH", "")
        env["VIRTUAL_ENV"] = str(Path(sys.executable).parent.parent)
        env.setdefault("COLUMNS", "100")
        env.pop("PYTHONSTARTUP", None)
        return env


class ExampleError(AssertionError):
    """A documentation example failed."""


def run_block(block: Block, session: Session) -> None:
    """Run one block (whatever its action) and raise :class:`ExampleError` if it fails."""
    lang = block.language
    old = Path.cwd()
    os.chdir(session.cwd)
    try:
        if lang == "python":
            _run_python(block, session)
        elif lang == "pycon":
            _run_pycon(block, session)
        elif lang == "console":
            _run_console(block, session)
        elif lang in ("bash", "sh", "shell"):
            _run_script(block, session)
        else:
            raise ExampleError(f"{block.where}: cannot run a {lang or 'plain'} block")
    finally:
        os.chdir(old)


def _run_python(block: Block, session: Session) -> None:
    try:
        code = compile(block.code, block.where, "exec")
        exec(code, session.namespace)
    except Exception as exc:
        raise ExampleError(f"{block.where}: {type(exc).__name__}: {exc}") from exc


def _run_pycon(block: Block, session: Session) -> None:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.code, session.namespace, block.where, str(block.path), 0)
    test.lineno = block.line
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    runner = doctest.DocTestRunner(optionflags=flags, verbose=False)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    session.namespace.update(test.globs)  # DocTest works on a copy of the namespace
    if runner.failures:
        raise ExampleError(f"{block.where}: doctest failed\n" + "".join(report))


def _commands(code: str) -> list[tuple[str, list[str]]]:
    """``(command, expected output lines)`` of a console block."""
    out: list[tuple[str, list[str]]] = []
    lines = code.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("$ "):
            cmd = line[2:]
            while cmd.endswith("\\") and i + 1 < len(lines):
                i += 1
                cmd = cmd[:-1] + "\n" + lines[i]
            out.append((cmd, []))
        elif out and line.strip():
            out[-1][1].append(line)
        elif line.strip():
            raise ExampleError(f"console block: output before the first '$ ' command: {line!r}")
        i += 1
    return out


def _line_pattern(expected: str) -> re.Pattern[str]:
    """``…`` / ``...`` (with the spaces around them) match anything; spaces match spaces."""
    parts = _WILDCARD.split(" ".join(expected.split()))
    return re.compile(".*".join(re.escape(p).replace(r"\ ", r"\s+") for p in parts))


def _shell(cmd: str, session: Session, where: str) -> str:
    try:
        proc = subprocess.run(
            ["bash", "-o", "pipefail", "-c", cmd],
            cwd=session.cwd,
            env=session.env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=COMMAND_TIMEOUT,
        )
    except subprocess.TimeoutExpired as exc:
        raise ExampleError(f"{where}: `{cmd}` took more than {COMMAND_TIMEOUT} s") from exc
    if proc.returncode != 0:
        raise ExampleError(f"{where}: `{cmd}` exited {proc.returncode}:\n{proc.stdout}")
    return proc.stdout


def _run_console(block: Block, session: Session) -> None:
    try:
        commands = _commands(block.code)
    except ExampleError as exc:
        raise ExampleError(f"{block.where}: {exc}") from None
    if not commands:
        raise ExampleError(f"{block.where}: a console block without a '$ ' command")
    for cmd, expected in commands:
        output = _shell(cmd, session, block.where)
        actual = [" ".join(line.split()) for line in output.splitlines()]
        pos = 0
        for want in expected:
            pattern = _line_pattern(want)
            while pos < len(actual) and not pattern.fullmatch(actual[pos]):
                pos += 1
            if pos == len(actual):
                raise ExampleError(
                    f"{block.where}: `{cmd}` did not print {want.strip()!r} "
                    f"(after the lines matched before it); it printed:\n{output}"
                )
            pos += 1


def _run_script(block: Block, session: Session) -> None:
    _shell("set -e\n" + block.code, session, block.where)


def run_file(path: Path, cwd: Path, actions: tuple[str, ...] = ("run",)) -> list[Block]:
    """Run the blocks of ``path`` whose action is in ``actions``; returns the blocks run."""
    session = Session.create(cwd)
    done = []
    for block in extract_blocks(path):
        if block.action in actions:
            run_block(block, session)
            done.append(block)
    return done


def main(argv: list[str]) -> int:
    """``list FILE…`` shows the blocks; ``ci FILE DIR`` runs FILE's ci blocks in DIR."""
    if len(argv) >= 2 and argv[0] == "list":
        for name in argv[1:]:
            for b in extract_blocks(Path(name).resolve()):
                print(f"{b.where}: {b.language or '-'} {b.action} {b.reason}".rstrip())
        return 0
    if len(argv) == 3 and argv[0] == "ci":
        path, cwd = Path(argv[1]).resolve(), Path(argv[2]).resolve()
        session = Session(cwd=cwd, namespace={})
        ran = 0
        for block in extract_blocks(path):
            if block.action == "ci":
                print(f"== {block.where} ({block.reason})\n{block.code}", flush=True)
                if block.language not in ("bash", "sh", "shell"):
                    raise ExampleError(f"{block.where}: ci blocks are shell scripts")
                output = _shell("set -e\n" + block.code, session, block.where)
                lines = output.splitlines()
                print(f"ok: {block.where} exited 0 ({len(lines)} lines of output)")
                ran += 1
        if not ran:
            print(f"{path}: no ci blocks", file=sys.stderr)
            return 1
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
