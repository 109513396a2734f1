"""CLI tests of ``articlekit keywords`` and ``articlekit train-keyphrases``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articlekit.cli import main

ARTICLES = {
    "solar.txt": "Solar panels\n\nRoof owners install solar panels. Solar panels face south.\n\n"
    "Tags: solar panels\n",
    "wind.txt": "Wind turbines\n\nEngineers test wind turbines at sea. Wind turbines survive "
    "storms.\n\nTags: wind turbines\n",
    "heat.txt": "Heat pumps\n\nHouseholds buy heat pumps. Heat pumps work in cold weather.\n\n"
    "Tags: heat pumps\n",
}


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_keywords_unsupervised(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords", str(folder / "solar.txt"), "--top-k", "2"]) == 0
    out, err = capsys.readouterr()
    rec = json.loads(out)
    assert rec["input"].endswith("solar.txt")
    assert rec["keywords"][0]["phrase"].lower() == "solar panels"
    assert len(rec["keywords"]) <= 2
    assert "extract_keywords" in err


def test_keywords_names_the_input_in_another_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "precios.txt").write_text(
        "El precio del alquiler\n\nEl precio medio del alquiler sube con los datos para "
        "cada ciudad, según el informe del mercado.\n",
        encoding="utf-8",
    )
    paths = [str(tmp_path / "precios.txt"), str(tmp_path / "solar.txt")]
    (tmp_path / "solar.txt").write_text(ARTICLES["solar.txt"], encoding="utf-8")
    assert main(["keywords", *paths]) == 0  # a warning, not a failure
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2  # both inputs still get their keyphrases
    warned = [line for line in err.splitlines() if "warning" in line]
    assert warned == [
        f"articlekit: {paths[0]}: warning: the text looks like 'es': keyphrase extraction "
        "supports en, so its keyphrases may be poor"
    ]
    assert main(["keywords", "-q", paths[0]]) == 0
    assert "warning" not in capsys.readouterr().err


def test_train_then_keywords_with_model(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = folder / "kp.akm"
    assert (
        main(
            [
                "train-keyphrases",
                str(folder),
                "--keyphrases-from",
                "tags",
                "--out",
                str(model),
                "--classifier",
                "logreg",
            ]
        )
        == 0
    )
    assert model.is_file()
    capsys.readouterr()
    assert main(["keywords", str(folder / "wind.txt"), "--model", str(model)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec["keywords"][0]["phrase"].lower() == "wind turbines"


def test_train_from_json_file(folder: Path) -> None:
    gold = folder / "gold.json"
    gold.write_text(json.dumps({n: [n.split(".")[0]] for n in ARTICLES}), encoding="utf-8")
    model = folder / "m.akm"
    assert (
        main(
            [
                "train-keyphrases",
                *(str(folder / n) for n in ARTICLES),
                "--keyphrases-from",
                str(gold),
                "--out",
                str(model),
                "--classifier",
                "logreg",
            ]
        )
        == 0
    )
    assert model.is_file()


def test_bad_inputs_give_clear_errors(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keywords", str(folder / "missing.txt")]) == 1
    assert "missing.txt" in capsys.readouterr().err
    bad = folder / "bad.json"
    bad.write_text("not json", encoding="utf-8")
    assert (
        main(
            [
                "train-keyphrases",
                str(folder),
                "--keyphrases-from",
                str(bad),
                "--out",
                str(folder / "x.akm"),
            ]
        )
        == 1
    )
    assert "bad.json" in capsys.readouterr().err
    junk = folder / "junk.akm"
    junk.write_bytes(b"junk")
    assert main(["keywords", str(folder / "solar.txt"), "--model", str(junk)]) == 1
    assert "junk.akm" in capsys.readouterr().err


def test_keywords_reads_jsonl_like_the_tagger_commands(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """keywords reads the same inputs as train/tag/evaluate (shared input loading)."""
    jsonl = folder / "arts.jsonl"
    assert main(["parse", str(folder), "--to", "jsonl", "--out", str(jsonl)]) == 0
    capsys.readouterr()
    assert main(["keywords", str(jsonl), "--top-k", "1", "--quiet"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["input"] for r in records] == [f"{jsonl}:{i}" for i in (1, 2, 3)]
    assert {r["keywords"][0]["phrase"].lower() for r in records} == {
        "heat pumps",
        "solar panels",
        "wind turbines",
    }
