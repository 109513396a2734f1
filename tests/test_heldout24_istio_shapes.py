"""Shapes met in the twenty-fourth held-out sample (a service mesh's blog: tutorials whose
steps are headings over their commands), in small articles written for these tests, in
both layouts (compact = one line a paragraph, no blank lines; spaced = blank lines between
blocks)."""

from __future__ import annotations

import pytest

import articlekit as ak
from tests.helpers import headings, in_layout, parse_checked

LAYOUTS = ("spaced", "compact")


def _code(art: ak.Article) -> list[str]:
    return [b.text for s in art.iter_sections() for b in s.blocks if isinstance(b, ak.CodeBlock)]


# A tutorial names each step in a short title-case line right over its command, with no
# sentence between: the step names are headings, the commands their code.
STEPS_OVER_COMMANDS = """\
Trying the gateway on a laptop

This walk-through sets up a throwaway cluster and puts the gateway in front of one service.

Getting ready

You need a container runtime and the command-line tools installed first.

Start Cluster

$ lanectl create cluster --name demo

Install Gateway

$ lanectl install gateway --profile minimal

Deploy the Echo Service

$ kubectl apply -f echo.yaml

Check the Routes

$ lanectl routes list

Every route should point at the echo service now.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_step_names_over_commands_are_headings(layout: str) -> None:
    art = parse_checked(in_layout(STEPS_OVER_COMMANDS, layout))
    found = headings(art)
    for step in ("Start Cluster", "Install Gateway", "Deploy the Echo Service", "Check the Routes"):
        assert step in found
    code = _code(art)
    assert "$ lanectl create cluster --name demo" in code
    assert all("Install Gateway" not in c for c in code)


# One lead-in over its code, sentence-like or not, stays a paragraph: two lines of that
# shape are no habit of the article's sections.
ONE_LEAD_IN = """\
Rotating the signing keys

Keys expire after ninety days, so the rotation is worth scripting early on.

Before you start

Make sure the old key is still valid for at least a day.

Generate the New Key

$ keytool rotate --days 90

Upload the New Key

$ keytool upload --target staging

Both keys are accepted until the old one expires.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_two_lead_ins_over_code_are_no_step_headings(layout: str) -> None:
    art = parse_checked(in_layout(ONE_LEAD_IN, layout))
    found = headings(art)
    assert "Before you start" in found
    assert "Generate the New Key" not in found
    assert "Upload the New Key" not in found


# Two capitalised words the command above printed are its output, not the next step.
ECHOED_WORDS = """\
Saying hello from the shell

The shell can print a greeting before anything else runs.

$ echo Hello World
Hello World
$ date --utc

That is all the shell needs for now.
"""


def test_words_a_command_printed_stay_in_its_code() -> None:
    art = parse_checked(in_layout(ECHOED_WORDS, "compact"))
    assert "Hello World" not in headings(art)
    assert any("Hello World\n$ date --utc" in c for c in _code(art))


# A command's report glued under it repeats the names the command gave ("Removed route:
# orders-v2 canary" under "$ lanectl remove route orders-v2 canary"): output, not the next
# heading. The next step's name, glued under a command too, stays a heading.
COMMAND_REPORTS = """\
Cleaning up the demo

When you are done, remove what the walk-through created.

Remove the canary route:

$ lanectl remove route orders-v2 canary
Removed route: orders-v2 canary

Delete the cluster, too:

$ lanectl delete cluster --name demo
Deleted cluster: demo

Wrapping up

The gateway and its routes are gone, and the laptop is as it was before.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_report_naming_what_the_command_named_is_output(layout: str) -> None:
    art = parse_checked(in_layout(COMMAND_REPORTS, layout))
    found = headings(art)
    assert "Removed route: orders-v2 canary" not in found
    assert "Wrapping up" in found
    assert any(c.endswith("Removed route: orders-v2 canary") for c in _code(art))


# An incident note signed by a group on its last line, the page's summary under it: the
# signature closes the last section, it heads no empty one.
GROUP_SIGNATURE = """\
A faulty image was published for two weeks

Between the 3rd and the 17th a rebuilt image of the agent carried an old fix set.

What happened

A manual push during an embargo left the pipeline pointing at a stale branch, and a later revert rebuilt the image from it.

We are sorry for the trouble and are changing the pipeline so that it cannot happen again.

The release managers for 2.4

Summary

A faulty agent image was available for two weeks.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_group_signature_at_the_end_is_no_heading(layout: str) -> None:
    art = parse_checked(in_layout(GROUP_SIGNATURE, layout))
    found = headings(art)
    assert "What happened" in found
    assert "The release managers for 2.4" not in found


# "OR" alone between two ways of doing a step joins the alternatives; it heads nothing.
ALTERNATIVES = """\
Seeding the ratings table

The demo reads its ratings from a table you fill in once.

Load the rows with the hosted client:

$ dbsh --host $DB_HOST -f seed.sql

OR

To seed it from your own copy of the rows:

- Export the rows to a file

- Load the file with the local client

Either way the table now holds two rows.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_or_between_two_commands_is_no_heading(layout: str) -> None:
    art = parse_checked(in_layout(ALTERNATIVES, layout))
    assert "OR" not in headings(art)
