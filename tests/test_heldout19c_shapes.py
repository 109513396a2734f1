"""Shapes met in the third sample of held-out sample 19 (a runtime security project's blog:
release posts, tutorials, notices), in small articles written for these tests, in both
layouts where it matters (compact = one line a paragraph, no blank lines; spaced = blank
lines between blocks)."""

from __future__ import annotations

import pytest

from articlekit.parse.text import heading_like
from tests.helpers import (
    block_texts,
    both_layouts,
    compact,
    headings,
    parse_checked,
    top_list_items,
)

# A release post whose page kept no title line: it opens on the sentence that announces the
# release, and closes on a conditional clause that leads into the contacts below it.
RELEASE_POST = """\
Today we announce the release of Harrier 2.4.1 🦅!

Fixes

This patch release fixes a handful of small bugs that users reported after the last release.

- The agent no longer crashes when the config file is empty
- The loader accepts proxies given in the environment

Try it

You can install the new packages from the usual repositories, or pull the container image.

Let's meet 🤝

We meet every week in our community calls, where everyone is welcome to join.

If you have any questions

- Join the project channel on the community chat
- Write to the mailing list of the maintainers

Thanks to everyone who helped with this release!
"""


@pytest.mark.parametrize("text", both_layouts(RELEASE_POST))
def test_an_announcing_opening_and_a_conditional_lead_in_are_no_headings(text: str) -> None:
    art = parse_checked(text)
    assert headings(art) == ["Fixes", "Try it", "Let's meet 🤝"]


def test_an_announcing_opening_is_no_title_in_compact_text() -> None:
    art = parse_checked(compact(RELEASE_POST))
    assert art.title is None or not art.title.startswith("Today we announce")


@pytest.mark.parametrize(
    "line",
    [
        "Today we announce the fall release of Harrier 3.0.0 🌱",
        "We're pleased to announce Harrier 1.2",
        "We are very excited to announce the new plugin system",
        "Now we announce the winners",
        "If you have any questions",
        "If we missed a contributor",
        "If I forget to sign off",
    ],
)
def test_announcing_sentences_and_conditional_clauses_are_not_heading_like(line: str) -> None:
    assert not heading_like(line)


@pytest.mark.parametrize(
    "line",
    [
        # a title in Title Case may announce, and may open on "If"
        "We Are Announcing Harrier 3",
        "If You Build It, They Will Come",
        "If I Contribute As An Employee Does My Employer Need To Sign Anything",
        "If you rent, compare the offers first",
        "Announcing Harrier 2.0",
        "Ifs and buts of release planning",
        "What's new in Harrier 2.4? 🆕",
    ],
)
def test_titled_announcements_and_other_lines_stay_heading_like(line: str) -> None:
    assert heading_like(line)


# A tutorial's rules file whose code fence the scraper dropped: a YAML list of mappings,
# each entry's further keys lined up under its first key, reads as configuration (code),
# not as a Markdown list of two items.
RULES_FILE = """\
Counting Failed Logins

With the new field we can write two rules that fire when a user fails too often:

- rule: Too many failed logins in five minutes
  desc: A user failed to log in too many times
  condition: login.failures.recent[300] >= 3
  priority: WARNING
  tags: [auth]

- rule: Too many denied pushes in five minutes
  desc: A user denied too many push prompts
  condition: login.denials.recent[300] >= 2
  priority: WARNING
  tags: [auth]

Both rules ship with the plugin from this release on.
"""


def _list_items(text: str) -> list[str]:
    return top_list_items(parse_checked(text))


@pytest.mark.parametrize("text", both_layouts(RULES_FILE))
def test_a_yaml_list_of_mappings_is_code_not_a_list(text: str) -> None:
    assert _list_items(text) == []
    code = block_texts(parse_checked(text), "code")
    assert any("condition: login.failures.recent[300] >= 3" in c for c in code)


# a Markdown list whose items carry a label and a wrapped line of prose stays a list
LABELLED_LIST = """\
What Changed

The release brings two changes that matter to most users:

- loader: the driver loader now retries a download when the mirror
  answers slowly, up to three times
- rules: the default rules no longer fire on package managers

Upgrade when you can.
"""


@pytest.mark.parametrize("text", both_layouts(LABELLED_LIST))
def test_a_labelled_markdown_list_with_a_wrapped_line_stays_a_list(text: str) -> None:
    assert len(_list_items(text)) == 2


# A porting guide lists which helper of one API stands for which of the other, under the
# typographic bullets a scraper writes for a list: items, though their names score as code.
PORTING_GUIDE = """\
Porting the Probe

The body of the new probe is a copy of the old one, with only the helpers swapped:

\u2022 get_return_value -> probe_get_retval
\u2022 get_arguments -> probe_get_argument
\u2022 copy_from_user -> probe_read

The verifier may still reject the new probe, so test it on an old kernel first.
"""


@pytest.mark.parametrize("text", both_layouts(PORTING_GUIDE))
def test_a_bulleted_list_of_renamings_is_a_list(text: str) -> None:
    assert _list_items(text) == [
        "get_return_value -> probe_get_retval",
        "get_arguments -> probe_get_argument",
        "copy_from_user -> probe_read",
    ]


def test_an_arrow_assignment_under_a_dash_stays_code() -> None:
    # R's right assignment in a diff or a chunk is code: only the typographic bullet reads
    # as a list's marker here
    text = "Fitting the Model\n\nRun it like this:\n\nfit <- lm(y ~ x, data = d)\n- fit -> old_fit\nsummary(old_fit)\n\nThat is all.\n"
    assert _list_items(text) == []


def test_numbered_steps_opening_with_a_conditional_keep_their_run() -> None:
    """A guide's numbered steps, one of them "If you …, …": the comma brings its main
    clause, so it is a step's title like the others, and the run stays whole."""
    steps = [
        "1. Work out what you spend",
        "2. Set a target date",
        "3. If you carry a loan, pay it down first",
        "4. Keep a reserve for the unexpected",
    ]
    body = "Planning ahead pays off when the plan is written down and checked each year."
    blocks = ["Retiring Early, Step by Step", body, *[x for step in steps for x in (step, body)]]
    for text in both_layouts("\n\n".join(blocks) + "\n"):
        assert headings(parse_checked(text)) == steps
