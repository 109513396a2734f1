"""The public API as a user's code types it, checked with ``mypy --strict`` in CI.

This file is never run (pytest does not collect it); it is type-checked only. Each
``assert_type`` pins a type users rely on, and each ``# type: ignore[...]`` pins a misuse
that must stay a type error (``warn_unused_ignores`` in strict mode fails the check if it
stops being one). A change that breaks users' type checks fails CI here first; if it is
deliberate, it needs the API snapshot, a CHANGELOG entry and, for removals, a deprecation
period (docs/api-policy.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from typing_extensions import assert_type

import articlekit as ak
from articlekit.tagging import (
    FIELDS,
    CrossValidationResult,
    KeyphraseModel,
    KeywordExtractor,
    Scores,
    TaggingReport,
    article_fields,
    cross_validate_tagger,
    evaluate,
    read_model_info,
)

# --------------------------------------------------------------------------- parsing

art = ak.parse("Title\n\nBody.\n")
assert_type(art, ak.Article)
assert_type(ak.parse(b"Title\n\nBody.\n", "text"), ak.Article)
assert_type(ak.parse("# T\n", format="markdown"), ak.Article)
assert_type(ak.parse_file("examples/forum-article.txt"), ak.Article)
assert_type(ak.parse_file(Path("examples/forum-article.txt"), "auto"), ak.Article)
ak.parse("x", format="pdf")  # type: ignore[arg-type]
ak.parse(42)  # type: ignore[arg-type]

options = ak.ParseOptions(drop_duplicates=True, max_chars=1_000_000)
options = options.with_aliases("references", ["Quellen"]).with_remnants(["Rate this story"])
assert_type(options, ak.ParseOptions)
assert_type(ak.parse("x", options=options), ak.Article)
options.with_aliases("footnotes", ["Notes"])  # type: ignore[arg-type]

results = ak.parse_many([Path("a.txt"), "Title\n\nText.", b"bytes"], jobs=2, errors="collect")
assert_type(results, Iterator[ak.Article | ak.ParseFailure])
for result in results:
    if isinstance(result, ak.ParseFailure):
        assert_type(result.source, str)
        assert_type(result.error, str)
        assert_type(result.index, int)
    else:
        assert_type(result, ak.Article)
ak.parse_many(["x"], errors="ignore")  # type: ignore[call-overload]
assert_type(ak.parse_many(["x"], output="json"), Iterator[str | ak.ParseFailure])
assert_type(ak.expand_paths(["corpus/", "*.md"]), Iterator[Path])

# --------------------------------------------------------------------------- the Article

assert_type(art.schema_version, str)
assert_type(ak.SCHEMA_VERSION, str)
assert_type(ak.__version__, str)
assert_type(art.title, str | None)
assert_type(art.title_span, ak.Span | None)
assert_type(art.byline, str | None)
assert_type(art.published, str | None)
assert_type(art.sections, list[ak.Section])
assert_type(art.highlights, list[str])
assert_type(art.references, list[ak.ReferenceLink])
assert_type(art.links, list[ak.Link])
assert_type(art.tags, list[str])
assert_type(art.summary, str | None)
assert_type(art.meta_description, str | None)
assert_type(art.related, list[ak.RelatedArticle])
assert_type(art.removed, list[ak.Removed])
assert_type(art.warnings, list[ak.ParseWarning])
assert_type(art.field_sources, list[ak.FieldSource])
assert_type(art.text, str)
assert_type(art.headings, list[str])
assert_type(art.to_markdown(), str)
assert_type(art.to_html(standalone=True), str)
assert_type(art.to_text(), str)
assert_type(art.model_dump_json(), str)
assert_type(ak.Article.model_validate_json(art.model_dump_json()), ak.Article)
assert_type(art.iter_sections(), Iterator[ak.Section])
art.title = "changed"  # type: ignore[misc]  # models are frozen

for section in art.iter_sections():
    assert_type(section.heading, str | None)
    assert_type(section.level, int)
    assert_type(section.subsections, list[ak.Section])
    for block in section.blocks:
        if block.kind == "list":
            assert_type(block, ak.ListBlock)
            assert_type(block.lead_in, str | None)
            assert_type(block.ordered, bool)
            for item in block.items:
                assert_type(item, ak.ListItem)
                assert_type(item.text, str)
                assert_type(item.children, list[ak.ListItem])
        elif block.kind == "paragraph":
            assert_type(block, ak.Paragraph)
            assert_type(block.text, str)
        elif block.kind == "code":
            assert_type(block.language, str | None)
        elif block.kind == "table":
            assert_type(block.rows, list[list[str]])
        else:
            assert_type(block, ak.QuoteBlock)
        if block.span is not None:
            assert_type(block.span.slice("source text"), str)

for ref in art.references:
    assert_type(ref.title, str)
    assert_type(ref.source, str | None)
    assert_type(ref.url, str | None)
for rel in art.related:
    assert_type(rel.truncated, bool)
for removed in art.removed:
    reason: str = removed.reason  # a Literal of the documented reasons
for warning in art.warnings:
    assert_type(warning.code, str)
    assert_type(warning.span, ak.Span | None)

# --------------------------------------------------------------------------- errors


def read(path: str) -> ak.Article | None:
    try:
        return ak.parse_file(path)
    except ak.InputError as exc:
        assert_type(exc, ak.InputError)
        error: ValueError = exc  # InputError is also a ValueError
        print(error)
        return None
    except ak.ArticleKitError:
        return None


not_fitted: AttributeError = ak.NotFittedError("x")
model_error: ak.ArticleKitError = ak.ModelFileError("x")

# --------------------------------------------------------------------------- tagging

tagged = [art]
tagger = ak.KeywordTagger(min_count=2, n_jobs=2, random_state=0).fit(tagged)
assert_type(tagger, ak.KeywordTagger)
assert_type(ak.KeywordTagger().fit(["text"], [["tag"]]), ak.KeywordTagger)
assert_type(tagger.predict([art, "plain text"]), list[list[str]])
assert_type(tagger.suggest(art, k=3), list[tuple[str, float]])
assert_type(tagger.explain(art, "tag", k=3), list[tuple[str, float]])
assert_type(tagger.score(["text"], [["tag"]]), float)
tagger.save("site.akm")
assert_type(ak.KeywordTagger.load("site.akm"), ak.KeywordTagger)
tagger.predict(art)  # type: ignore[arg-type]  # a list of articles, not one

report = evaluate(tagger, tagged)
assert_type(report, TaggingReport)
assert_type(report.micro, Scores)
assert_type(report.micro.f1, float)
assert_type(report.example_f1, float)
assert_type(report.per_tag, dict[str, Scores])
assert_type(report.format_table(), str)
cv = cross_validate_tagger(ak.KeywordTagger(), tagged, cv=3)
assert_type(cv, CrossValidationResult)
assert_type(cv.micro_f1, float)

keywords = ak.extract_keywords(art, top_k=5)
assert_type(keywords, list[ak.Keyword])
for kw in keywords:
    assert_type(kw.phrase, str)
    assert_type(kw.score, float)
    assert_type(kw.count, int)
    assert_type(kw.first_span, ak.Span | None)
extractor = KeywordExtractor(top_k=5).fit([art, "text"])
assert_type(extractor, KeywordExtractor)
assert_type(extractor.extract(art), list[ak.Keyword])
model = KeyphraseModel(top_k=5).fit([art], [["bike share"]])
assert_type(model, KeyphraseModel)
assert_type(model.extract("text", top_k=3), list[ak.Keyword])
assert_type(KeyphraseModel.load("keyphrases.akm"), KeyphraseModel)

assert_type(article_fields(art), dict[str, str])
fields: tuple[str, ...] = FIELDS
info = read_model_info("site.akm")
