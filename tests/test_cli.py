"""The ``articlekit`` command: every command, exit codes and error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import articlekit as ak
from articlekit.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "forum-article.txt"


def test_parse_example_to_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLE)]) == 0
    art = ak.Article.model_validate_json(capsys.readouterr().out)
    assert len(art.references) == 3
    assert art.tags[0] == "bike share"


def test_parse_folder_to_jsonl_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First\n\nText one.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second\n\nText two.\n", encoding="utf-8")
    out = tmp_path / "out" / "all.jsonl"
    assert main(["parse", str(tmp_path), "--to", "jsonl", "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["title"] for x in lines] == ["First", "Second"]


def test_parse_markdown_and_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLE), "--to", "markdown"]) == 0
    assert "## Reference Links" in capsys.readouterr().out
    assert main(["parse", str(EXAMPLE), "--to", "text"]) == 0
    assert "Tags: bike share" in capsys.readouterr().out


def test_missing_file_reports_and_continues(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "no-such-file.txt", str(EXAMPLE), "--to", "jsonl"]) == 1
    captured = capsys.readouterr()
    assert "no-such-file.txt" in captured.err and "no such file" in captured.err
    assert len(captured.out.splitlines()) == 1


def test_binary_file_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\x00\x00\x01\x02")
    assert main(["parse", str(bad)]) == 1
    assert "binary" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Article"


def test_usage_errors_exit_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["frobnicate"])
    assert exc.value.code == 2


def test_module_entry_point_and_stdin() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "articlekit", "parse", "-", "--from", "text"],
        input=b"Piped Title\n\nPiped text.\n",
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["title"] == "Piped Title"
    version = subprocess.run(
        [sys.executable, "-m", "articlekit", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert version.stdout.strip() == f"articlekit {ak.__version__}"
