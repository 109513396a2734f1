"""Every code example of README.md and docs/*.md runs (see tests/markdown_examples.py for
the rules and the ``<!-- docs-test: skip REASON -->`` marker)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.markdown_examples import (
    ROOT,
    RUNNABLE,
    SHOWN,
    Block,
    ExampleError,
    Session,
    doc_files,
    extract_blocks,
    run_block,
    run_file,
)

FILES = doc_files()


def _id(path: Path) -> str:
    return str(path.relative_to(ROOT))


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_examples_run(path: Path, tmp_path: Path) -> None:
    run_file(path, tmp_path)


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_every_block_is_declared(path: Path) -> None:
    """A block names its language, and a block that does not run says why."""
    for block in extract_blocks(path):
        assert block.language, f"{block.where}: a code block without a language"
        assert block.language in RUNNABLE | SHOWN, (
            f"{block.where}: unknown language {block.language!r}: add it to RUNNABLE or SHOWN"
        )
        assert block.action in ("run", "show", "skip", "ci"), (
            f"{block.where}: unknown docs-test action {block.action!r}"
        )
        if block.action in ("skip", "ci"):
            assert block.reason, f"{block.where}: docs-test: {block.action} needs a reason"
        if block.action == "skip":
            assert block.language in RUNNABLE, f"{block.where}: skip on a block that never runs"


def test_readme_install_command_is_run_by_ci() -> None:
    """The README's install-and-parse command is run verbatim by .ci/run."""
    ci_blocks = [b for b in extract_blocks(ROOT / "README.md") if b.action == "ci"]
    assert ci_blocks, "README.md: the install command should be marked docs-test: ci"
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "tests.markdown_examples ci README.md" in script


def test_ci_blocks_elsewhere_are_copies_of_the_readme_ones() -> None:
    """Only the README's ci blocks are run (by .ci/run); a copy elsewhere must not drift."""
    readme = {b.code for b in extract_blocks(ROOT / "README.md") if b.action == "ci"}
    for path in FILES:
        for block in extract_blocks(path):
            if block.action == "ci":
                assert block.code in readme, f"{block.where}: differs from the README's command"


# --------------------------------------------------------------------------- the runner


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_runner_checks_pycon_output(tmp_path: Path) -> None:
    page = _write(tmp_path, "```pycon\n>>> 1 + 1\n3\n```\n")
    with pytest.raises(ExampleError, match="doctest failed"):
        run_file(page, tmp_path / "run")


def test_runner_shares_a_namespace_per_file(tmp_path: Path) -> None:
    page = _write(tmp_path, "```python\nx = 41\n```\n\ntext\n\n```pycon\n>>> x + 1\n42\n```\n")
    assert len(run_file(page, tmp_path / "run")) == 2


def test_runner_checks_console_output_in_order(tmp_path: Path) -> None:
    ok = "```console\n$ printf 'a\\nb 1\\nc\\n'\na\nb …\n$ echo done\ndone\n```\n"
    run_file(_write(tmp_path, ok), tmp_path / "ok")
    bad = "```console\n$ printf 'a\\nb\\n'\nb\na\n```\n"
    with pytest.raises(ExampleError, match="did not print 'a'"):
        run_file(_write(tmp_path, bad), tmp_path / "bad")


def test_runner_fails_on_exit_status(tmp_path: Path) -> None:
    with pytest.raises(ExampleError, match="exited 3"):
        run_file(_write(tmp_path, "```bash\nexit 3\n```\n"), tmp_path / "run")


def test_markers(tmp_path: Path) -> None:
    page = _write(
        tmp_path,
        "<!-- docs-test: skip needs the network -->\n```bash\nexit 1\n```\n\n"
        "```text\nnot run\n```\n\n```python\nimport os\n```\n",
    )
    blocks = extract_blocks(page)
    assert [(b.action, b.reason) for b in blocks] == [
        ("skip", "needs the network"),
        ("show", ""),
        ("run", ""),
    ]
    assert [b.language for b in run_file(page, tmp_path / "run")] == ["python"]


def test_runner_runs_in_a_scratch_copy_of_examples(tmp_path: Path) -> None:
    session = Session.create(tmp_path / "run")
    block = Block(tmp_path / "x.md", 1, "console", "$ ls examples\nforum-article.txt\n")
    run_block(block, session)
