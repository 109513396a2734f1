"""The train / tag / evaluate commands, through articlekit.cli.main."""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path

import pytest

from articlekit.cli import main

from .corpus import article_file_text, make_texts


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus")
    texts, labels = make_texts(48)
    for i, (text, tags) in enumerate(zip(texts, labels, strict=True)):
        (root / f"a{i:03d}.txt").write_text(article_file_text(text, tags), encoding="utf-8")
    (root / "untagged.txt").write_text("Title\n\nfootball coach league match.\n")
    return root


@pytest.fixture(scope="module")
def model(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("m") / "tagger.akm"
    assert main(["train", str(corpus), "--out", str(out), "--quiet"]) == 0
    return out


def test_train_with_cv(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "t.akm"
    assert main(["train", str(corpus), "--out", str(out), "--cv", "3", "--min-count", "2"]) == 0
    captured = capsys.readouterr()
    assert "micro-F1" in captured.out and "macro-F1" in captured.out
    assert "4 tags" in captured.err
    assert "\r" not in captured.err  # no progress bar when not on a terminal
    assert out.is_file()


def test_tag(model: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    probe = corpus / "untagged.txt"
    assert main(["tag", str(probe), "--model", str(model), "--k", "2"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["tags"] == ["sport"]
    assert len(record["suggestions"]) == 2
    assert 0.0 <= record["suggestions"][0]["score"] <= 1.0
    assert main(["tag", str(corpus), "--model", str(model), "--to", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 49 and all("tags" in json.loads(line) for line in lines)


def test_tag_jsonl_input(
    model: Path, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    jsonl = tmp_path / "arts.jsonl"
    assert main(["parse", str(corpus), "--to", "jsonl", "--out", str(jsonl)]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(jsonl), "--model", str(model)]) == 0
    out = capsys.readouterr().out
    assert "micro avg" in out and "sport" in out
    assert main(["evaluate", str(jsonl), "--model", str(model), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["micro"]["f1"] > 0.9


def test_bad_model_file(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.akm"
    bad.write_text("nope")
    assert main(["tag", str(corpus / "a000.txt"), "--model", str(bad)]) == 1
    assert "model file" in capsys.readouterr().err
    assert main(["evaluate", str(corpus), "--model", str(bad)]) == 1


def test_train_without_tags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.txt").write_text("Title\n\nNo tags here.\n")
    assert main(["train", str(tmp_path), "--out", str(tmp_path / "m.akm")]) == 1
    assert "no tagged articles" in capsys.readouterr().err


def test_cold_start_falls_back_to_keywords(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if importlib.util.find_spec("articlekit.tagging.keyphrases") is None:
        pytest.skip("articlekit.tagging.keyphrases is not there yet")
    keyphrases = importlib.import_module("articlekit.tagging.keyphrases")
    if not hasattr(keyphrases, "extract_keywords"):
        pytest.skip("extract_keywords is not there yet")
    assert main(["tag", str(corpus / "a001.txt"), "--k", "3"]) == 0
    captured = capsys.readouterr()
    assert "unsupervised keyword extraction" in captured.err
    record = json.loads(captured.out)
    assert record["source"] == "keywords" and 1 <= len(record["tags"]) <= 3


def test_progress_only_on_a_terminal() -> None:
    import io

    from articlekit.tagging._cli_common import Progress

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    p = Progress("reading", quiet=False, stream=tty)
    p.step()
    p.close()
    assert "reading: 1" in tty.getvalue()
    quiet = Tty()
    p = Progress("reading", quiet=True, stream=quiet)
    p.step()
    p.close()
    assert quiet.getvalue() == ""
    pipe = io.StringIO()
    p = Progress("reading", quiet=False, stream=pipe)
    p.step()
    p.close()
    assert pipe.getvalue() == ""


def test_subprocess_entry_point(corpus: Path, model: Path) -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "articlekit",
            "tag",
            str(corpus / "a002.txt"),
            "--model",
            str(model),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(out.stdout)["tags"]
