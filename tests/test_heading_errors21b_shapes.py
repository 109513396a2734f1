"""More shapes of the heading errors left on the real corpora in the twenty-first session, in
small articles written for these tests (in both layouts where the layout matters: compact =
one line a paragraph, no blank lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

from tests.helpers import both_layouts, headings, parse_checked

# A dataset's name opens a sentence the scraper broke after its verb: the line ending on
# "contains" runs on into the lower-case paragraph below it, blank line or not.
BROKEN_AFTER_VERB = """\
New ocean datasets in our weather client

This release adds two gridded products to the package, each with its own fetch function.

Surface Current Archive

The archive is updated monthly and covers the open ocean only.

Coastal Wave Heights

Coastal Wave Heights contains

hourly significant wave heights on a regular quarter-degree grid for every coastline of the northern hemisphere since 1998, with daily and monthly means computed from the hourly fields, a mask of the cells near land where the values are less certain, and a short note for each month on the buoys that were out of service.

Getting started

Install the new version from the usual repository and call the fetch function with a date range.
"""


@pytest.mark.parametrize("text", both_layouts(BROKEN_AFTER_VERB))
def test_a_line_ending_on_its_verb_runs_on_into_lower_case_text(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Surface Current Archive", "Coastal Wave Heights", "Getting started"]


# A homework template: a fenced chunk whose only line is a comment for the student. The "#"
# comment right under the fence is code, not a Markdown heading, and the fence is code too.
FENCED_COMMENT = """\
Making exercise sheets from one template

We write one R Markdown template and fill it in for every student of the course.

Template

Compute the median of the sample you were given and report it to two decimals:

```{r answer-2}
# tip: look at the median function
```

Rendering the sheets

A short loop over the class list renders one sheet a student into the output folder.
"""


@pytest.mark.parametrize("text", both_layouts(FENCED_COMMENT))
def test_a_comment_right_under_a_fence_is_code_not_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Template", "Rendering the sheets"]
    code = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]
    # (the fence, the comment and the closing fence: one block of code)
    assert "```{r answer-2}\n# tip: look at the median function\n```" in code


# A monthly digest: under "Citations", a sentence of prose that merely holds a link is the
# section's text, not a reference entry, and the heading stays in the body; a real entry
# (authors, year, URL) under "References" is still read as one.
DIGEST_WITH_CITATIONS = """\
Community digest for March

Here is what happened in our community this month, from new packages to upcoming events.

New packages

Two new packages joined the suite after review, one for tide gauges and one for pollen counts.

Citations

There were no new citations added to our list this month (you can browse the whole list at https://example.org/citations).

Events

We will be at two conferences in the spring and would love to meet you there.

References

Doe, J. (2021). Counting pollen with open tools. Journal of Open Data, 4(2). https://example.org/pollen
"""


@pytest.mark.parametrize("text", both_layouts(DIGEST_WITH_CITATIONS))
def test_a_prose_sentence_holding_a_link_is_no_reference(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["New packages", "Citations", "Events"]
    assert len(art.references) == 1
    assert art.references[0].url == "https://example.org/pollen"


# What knitr printed, "## " then a printed comment ("## # A tibble: 0 x 0"), is output of the
# code above it, never a heading, even where nothing else around it reads as code.
KNITR_TIBBLE = """\
Flattening nested survey answers

We read the answers of the spring survey and kept the ones that name a station.

Filtering

When no answer matched the station list, the filter gave back an empty table:

## # A tibble: 0 x 0

So we loosened the match to ignore case and accents, and the same call then kept most answers.
"""


@pytest.mark.parametrize("text", both_layouts(KNITR_TIBBLE))
def test_a_printed_knitr_comment_is_output_not_a_heading(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Filtering"]
    code = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]
    assert code == ["## # A tibble: 0 x 0"]
