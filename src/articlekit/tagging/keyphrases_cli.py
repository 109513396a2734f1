"""``articlekit keywords`` and ``articlekit train-keyphrases``.

Registered through :data:`articlekit.cli.COMMAND_MODULES`; each command is a pair
``_add_<name>(subparsers)`` / ``_run_<name>(args)`` like the core commands.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from articlekit.errors import InputError
from articlekit.model import Article
from articlekit.tagging._cli_common import (
    add_inputs_argument,
    add_quiet_argument,
    iter_articles,
    load_model_or_report,
    reporting_warnings,
    write_jsonl_record,
)
from articlekit.tagging.keyphrases import KeyphraseModel, Keyword, KeywordExtractor

__all__ = ["add_commands"]


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the keyphrase commands to the ``articlekit`` argument parser.

    Example:
        >>> import argparse
        >>> parser = argparse.ArgumentParser(prog="articlekit")
        >>> add_commands(parser.add_subparsers(dest="command"))
        >>> parser.parse_args(["keywords", "a.txt", "--top-k", "5"]).top_k
        5
    """
    _add_keywords(sub)
    _add_train_keyphrases(sub)


# --------------------------------------------------------------------------- keywords


def _add_keywords(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "keywords",
        help="extract keyphrases from articles",
        description="Extract keyphrases from article files (or folders, globs, .jsonl of "
        "Articles, '-' for stdin): unsupervised by default, or with a model written by "
        "train-keyphrases. Writes one JSON object per input: "
        "{input, keywords: [{phrase, score, count, span}]}.",
    )
    add_inputs_argument(p)
    p.add_argument("--top-k", type=int, default=10, help="keyphrases per input (default: 10)")
    p.add_argument("--model", metavar="MODEL", help="a keyphrase model from train-keyphrases")
    p.add_argument("--language", default="en", help="language of the inputs (default: en)")
    add_quiet_argument(p)
    p.set_defaults(func=_run_keywords)


def _keyword_json(k: Keyword) -> dict[str, object]:
    span = None if k.first_span is None else [k.first_span.start, k.first_span.end]
    return {"phrase": k.phrase, "score": k.score, "count": k.count, "span": span}


def _run_keywords(args: argparse.Namespace) -> int:
    if args.top_k < 1:
        raise InputError("--top-k must be at least 1")
    if args.model:
        model = load_model_or_report(KeyphraseModel.load, args.model)
        if model is None:
            return 1
        extract = model.extract
    else:
        print(
            "articlekit: no --model given: unsupervised keyphrases (extract_keywords)",
            file=sys.stderr,
        )
        extract = KeywordExtractor(language=args.language).extract
    failed = 0
    for name, article in iter_articles(args.inputs, args.quiet, "keywords"):
        if article is None:
            failed += 1
            continue
        kws = reporting_warnings(name, args.quiet, extract, article, args.top_k)
        write_jsonl_record({"input": name, "keywords": [_keyword_json(k) for k in kws]})
    return 1 if failed else 0


# --------------------------------------------------------------------------- train


def _add_train_keyphrases(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "train-keyphrases",
        help="train a keyphrase model on articles with known keyphrases",
        description="Train a KeyphraseModel. Keyphrases come from each article's 'Tags:' "
        "(--keyphrases-from tags) or from a JSON file mapping input names (as given, or "
        "file names) to lists of phrases; a JSON Lines file of {input, keyphrases} objects "
        "works too.",
    )
    add_inputs_argument(p)
    p.add_argument(
        "--keyphrases-from",
        required=True,
        metavar="tags|FILE",
        help="'tags' (each article's tags) or a JSON / JSON Lines file of keyphrases",
    )
    p.add_argument("--out", required=True, metavar="MODEL", help="where to write the model")
    p.add_argument(
        "--classifier",
        choices=("gbm", "logreg"),
        default="gbm",
        help="gradient-boosted trees (default) or logistic regression",
    )
    p.add_argument("--language", default="en", help="language of the inputs (default: en)")
    add_quiet_argument(p)
    p.set_defaults(func=_run_train_keyphrases)


def _read_keyphrase_file(path: str) -> dict[str, list[str]]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read keyphrase file ({exc.strerror})") from exc
    try:
        data = json.loads(text)
        records = (
            data if isinstance(data, dict) else {str(r["input"]): r["keyphrases"] for r in data}
        )
    except (json.JSONDecodeError, TypeError, KeyError):
        try:
            records = {}
            for line in text.splitlines():
                if line.strip():
                    r = json.loads(line)
                    records[str(r["input"])] = r["keyphrases"]
        except (json.JSONDecodeError, TypeError, KeyError) as exc:
            raise InputError(
                f"{path}: expected a JSON object {{input: [phrases]}} or JSON Lines of "
                f'{{"input": ..., "keyphrases": [...]}} ({exc})'
            ) from exc
    out: dict[str, list[str]] = {}
    for name, phrases in records.items():
        if not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
            raise InputError(f"{path}: the keyphrases of {name!r} are not a list of strings")
        out[str(name)] = phrases
    return out


def _run_train_keyphrases(args: argparse.Namespace) -> int:
    source = args.keyphrases_from
    table = None if source == "tags" else _read_keyphrase_file(source)
    docs: list[Article] = []
    labels: list[list[str]] = []
    failed = 0
    for name, article in iter_articles(args.inputs, args.quiet):
        if article is None:
            failed += 1
            continue
        if table is None:
            phrases = list(article.tags)
        else:
            found = table.get(name, table.get(Path(name).name))
            if found is None:
                print(f"articlekit: {name}: no keyphrases in {source}; skipped", file=sys.stderr)
                continue
            phrases = found
        docs.append(article)
        labels.append(phrases)
    if not any(labels):
        raise InputError(f"no training article has keyphrases (from {source})")
    model = KeyphraseModel(classifier=args.classifier, language=args.language)
    model.fit(docs, labels)
    model.save(args.out)
    print(
        f"articlekit: trained on {len(docs)} articles; model written to {args.out}", file=sys.stderr
    )
    return 1 if failed else 0
