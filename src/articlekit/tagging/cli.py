"""``articlekit train``, ``articlekit tag`` and ``articlekit evaluate``.

Registered through :data:`articlekit.cli.COMMAND_MODULES`; each command is a pair
``_add_<name>(subparsers)`` / ``_run_<name>(args)`` like the core commands. INPUTS are article
files, folders, glob patterns, ``-`` for stdin, or ``.jsonl`` files written by
``articlekit parse --to jsonl`` (one Article per line).
"""

from __future__ import annotations

import argparse
import json
import sys

from articlekit.errors import InputError
from articlekit.tagging._cli_common import (
    Progress,
    add_inputs_argument,
    add_quiet_argument,
    load_model_or_report,
    read_articles,
    reporting_warnings,
    write_records,
)

__all__ = ["add_commands", "read_articles"]


def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``train``, ``tag`` and ``evaluate`` to the ``articlekit`` argument parser.

    Example:
        >>> import argparse
        >>> parser = argparse.ArgumentParser(prog="articlekit")
        >>> add_commands(parser.add_subparsers(dest="command"))
        >>> parser.parse_args(["tag", "a.txt", "--k", "3"]).k
        3
    """
    _add_train(sub)
    _add_tag(sub)
    _add_evaluate(sub)


# --------------------------------------------------------------------------- train


def _add_train(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "train",
        help="train a tagger on tagged articles",
        description="Train a KeywordTagger on articles that carry tags (a 'Tags:' line, front "
        "matter, HTML meta, or the tags of Articles in JSONL) and save it to --out. Articles "
        "without tags are skipped.",
    )
    add_inputs_argument(p)
    p.add_argument("--out", metavar="MODEL", required=True, help="where to write the model")
    p.add_argument(
        "--min-count",
        type=int,
        default=2,
        help="learn a tag only if at least this many articles carry it (default: 2)",
    )
    p.add_argument(
        "--cv", type=int, default=0, metavar="K", help="also print K-fold cross-validated figures"
    )
    p.add_argument("--jobs", type=int, default=1, help="parallel jobs for training")
    p.add_argument("--seed", type=int, default=0, help="random seed (default: 0)")
    add_quiet_argument(p)
    p.set_defaults(func=_run_train)


def _run_train(args: argparse.Namespace) -> int:
    from articlekit.tagging.metrics import cross_validate_tagger
    from articlekit.tagging.tagger import KeywordTagger

    articles, _names, failed = read_articles(args.inputs, quiet=args.quiet)
    tagged = [a for a in articles if a.tags]
    if not tagged:
        raise InputError("no tagged articles among the inputs: nothing to learn from")
    tagger = KeywordTagger(min_count=args.min_count, n_jobs=args.jobs, random_state=args.seed)
    if args.cv and args.cv >= 2:
        progress = Progress("cross-validation folds", args.quiet)
        try:
            result = cross_validate_tagger(
                tagger,
                tagged,
                cv=args.cv,
                random_state=args.seed,
                progress=lambda done, total: progress.step(1, total),
            )
        except ValueError as exc:
            raise InputError(f"cannot cross-validate: {exc}") from exc
        progress.close()
        print(
            f"cross-validated ({args.cv} folds, iterative stratification): "
            f"micro-F1 {result.micro_f1:.3f}  macro-F1 {result.macro_f1:.3f}  "
            f"example-F1 {result.example_f1:.3f}"
        )
    try:
        tagger.fit(tagged)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    tagger.save(args.out)
    print(
        f"trained on {len(tagged)} tagged articles ({len(articles) - len(tagged)} untagged "
        f"skipped): {len(tagger.classes_)} tags -> {args.out}",
        file=sys.stderr,
    )
    return 1 if failed else 0


# --------------------------------------------------------------------------- tag


def _add_tag(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "tag",
        help="tag articles with a trained tagger (or keywords without one)",
        description="Predict tags for articles with a model from 'articlekit train'. Without "
        "--model, falls back to unsupervised keyword extraction and says so on stderr. Writes "
        "{input, tags, suggestions: [{tag, score}]} per article.",
    )
    add_inputs_argument(p)
    p.add_argument("--model", metavar="MODEL", help="a model written by 'articlekit train'")
    p.add_argument("--k", type=int, default=5, help="suggestions per article (default: 5)")
    p.add_argument(
        "--to",
        choices=("json", "jsonl"),
        default=None,
        help="output format (default: json for one input, jsonl for several)",
    )
    add_quiet_argument(p)
    p.set_defaults(func=_run_tag)


def _run_tag(args: argparse.Namespace) -> int:
    if args.k < 1:
        raise InputError("--k must be at least 1")
    articles, names, failed = read_articles(args.inputs, quiet=args.quiet)
    records: list[dict[str, object]] = []
    if args.model:
        from articlekit.tagging.tagger import KeywordTagger

        tagger = load_model_or_report(KeywordTagger.load, args.model)
        if tagger is None:
            return 1
        progress = Progress("tagging", args.quiet)
        batch = 256
        for start in range(0, len(articles), batch):
            chunk = articles[start : start + batch]
            tags = tagger.predict(chunk)
            proba = tagger.predict_proba(chunk)
            for i, art_tags in enumerate(tags):
                order = proba[i].argsort(kind="stable")[::-1][: args.k]
                records.append(
                    {
                        "input": names[start + i],
                        "tags": art_tags,
                        "suggestions": [
                            {"tag": tagger.classes_[j], "score": round(float(proba[i, j]), 6)}
                            for j in order
                        ],
                    }
                )
            progress.step(len(chunk), len(articles))
        progress.close()
    else:
        try:
            from articlekit.tagging.keyphrases import extract_keywords
        except ImportError:
            raise InputError(
                "no --model given and keyword extraction is not available: "
                "train a model with 'articlekit train'"
            ) from None
        print(
            "articlekit: no --model given: falling back to unsupervised keyword extraction "
            "(train a tagger with 'articlekit train' for your own tags)",
            file=sys.stderr,
        )
        for name, art in zip(names, articles, strict=True):
            kws = reporting_warnings(name, args.quiet, extract_keywords, art, top_k=args.k)
            records.append(
                {
                    "input": name,
                    "tags": [k.phrase for k in kws],
                    "suggestions": [
                        {"tag": k.phrase, "score": round(float(k.score), 6)} for k in kws
                    ],
                    "source": "keywords",
                }
            )
    write_records(records, args.to)
    return 1 if failed else 0


# --------------------------------------------------------------------------- evaluate


def _add_evaluate(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "evaluate",
        help="evaluate a trained tagger on tagged articles",
        description="Predict tags for tagged articles with --model and print precision, recall "
        "and F1 per tag, micro and macro averages and example-based F1.",
    )
    add_inputs_argument(p)
    p.add_argument("--model", metavar="MODEL", required=True, help="a model from 'train'")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--max-tags", type=int, default=None, help="show at most N tags")
    add_quiet_argument(p)
    p.set_defaults(func=_run_evaluate)


def _run_evaluate(args: argparse.Namespace) -> int:
    from articlekit.tagging.metrics import evaluate
    from articlekit.tagging.tagger import KeywordTagger

    tagger = load_model_or_report(KeywordTagger.load, args.model)
    if tagger is None:
        return 1
    articles, _names, failed = read_articles(args.inputs, quiet=args.quiet)
    tagged = [a for a in articles if a.tags]
    if not tagged:
        raise InputError("no tagged articles among the inputs: nothing to evaluate against")
    report = evaluate(tagger, tagged)
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), indent=2) + "\n")
    else:
        sys.stdout.write(report.format_table(args.max_tags) + "\n")
    return 1 if failed else 0
