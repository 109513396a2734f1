"""Shapes met in the third sample of held-out sample 20 (a database project's blog: release
posts, tutorials, a digest of the team's chat, a survey's results), in small articles written
for these tests, in both layouts where it matters (compact = one line a paragraph, no blank
lines; spaced = blank lines between blocks)."""

from __future__ import annotations

import pytest

from articlekit.parse.text import heading_like
from tests.helpers import both_layouts, headings, parse_checked, top_list_items

# A survey's results: each numbered question heads the answer under it; one of the
# questions runs longer than an unmarked question may.
SURVEY_RESULTS = """\
What our users told us

We asked the people who run the scheduler in production a few questions this spring.

Results

1. How long have you been running the scheduler?

Most of the teams who answered have run it for more than two years, and a handful of them started with the very first public release.

2. Do you run it on virtual machines?

About half of them do, a third run it on their own hardware in a rented rack, and the rest mix the two as their load changes.

3. How often do you upgrade the scheduler, including the small patch releases we ship every month?

Once a year is the most common answer, though a few teams follow every release as soon as it is out and test it on a staging cluster.

4. Would you recommend it?

Nearly everyone said they would, and several offered to talk to teams who are still deciding whether it fits their workload.
"""


@pytest.mark.parametrize("text", both_layouts(SURVEY_RESULTS))
def test_numbered_questions_over_answers_are_headings(text: str) -> None:
    art = parse_checked(text)
    found = headings(art)
    assert (
        "3. How often do you upgrade the scheduler, including the small patch releases we "
        "ship every month?"
    ) in found
    assert "1. How long have you been running the scheduler?" in found
    assert "4. Would you recommend it?" in found
    assert top_list_items(art) == []


# A numbered list of questions with nothing between them stays a list.
QUESTION_LIST = """\
Before the call

Think about these questions before we meet:

1. How many people will use the new system every day, including the night shift at the depot?
2. Which reports do you need every week?
3. Who signs off the budget?

We will go through them together.
"""


@pytest.mark.parametrize("text", both_layouts(QUESTION_LIST))
def test_numbered_questions_in_a_row_stay_a_list(text: str) -> None:
    art = parse_checked(text)
    assert not any(h.startswith(("1.", "2.", "3.")) for h in headings(art))
    assert len(top_list_items(art)) == 3


# A digest of the team's chat: each thread has its topic, the first message of a thread names
# its writer and the day in brackets, the replies name their writer alone on a line.
CHAT_DIGEST = """\
Chat digest for March

Here is what people asked in the chat during the first two weeks of March.

Restarting the queue workers

Priya Natarajan [Mar 2nd]

Is there a safe way to restart the workers without losing the jobs in flight?

tomasz

Yes, send them the drain signal first and wait for the count to reach zero.

Priya Natarajan

Thanks, that worked on the staging cluster.

If the workers crash, check their memory limits

jlee [Mar 9th]

Our workers keep getting killed after an hour or so under load.

tomasz

Look at why the container was stopped: most likely it ran out of memory.

Slow dashboards after the upgrade

okafor [Mar 12th]

The dashboards take ten seconds to load since we upgraded last week.

jlee

Same here, the fix is in the next patch release.
"""


@pytest.mark.parametrize("text", both_layouts(CHAT_DIGEST))
def test_chat_digest_speakers_are_not_headings(text: str) -> None:
    found = headings(parse_checked(text))
    assert not any(name in found for name in ("Priya Natarajan", "tomasz", "jlee"))
    assert not any("[Mar" in h for h in found)
    assert "Restarting the queue workers" in found
    assert "Slow dashboards after the upgrade" in found


@pytest.mark.parametrize("text", both_layouts(CHAT_DIGEST))
def test_chat_digest_topic_with_a_comma_is_a_heading(text: str) -> None:
    assert "If the workers crash, check their memory limits" in headings(parse_checked(text))


# One line naming a person and a date in brackets is not a chat log: the headings of the
# post are left as they are.
ONE_DATED_LINE = """\
Release notes

Changes in this release

Ana Silva [Jan 5th] fixed the importer for files with empty rows.

Known problems

The exporter still drops the last column of wide tables.
"""


@pytest.mark.parametrize("text", both_layouts(ONE_DATED_LINE))
def test_one_dated_name_is_not_a_chat_log(text: str) -> None:
    found = headings(parse_checked(text))
    assert "Changes in this release" in found
    assert "Known problems" in found


# A tutorial's console session: the status line the SQL console printed closes the session,
# right above the prose; it is not a heading.
CONSOLE_SESSION = """\
Unique identifiers across shards

Each shard numbers its rows on its own, so two shards can hand out the same identifier.

Setting up the sequence

Create the table that holds the next value, then register it:

mysql> CREATE TABLE user_seq (id bigint, next_id bigint, primary key (id));
Query OK, 0 rows affected (0.02 sec)

Now every insert into the users table takes its identifier from the sequence.
"""


@pytest.mark.parametrize("text", both_layouts(CONSOLE_SESSION))
def test_sql_console_status_is_not_a_heading(text: str) -> None:
    found = headings(parse_checked(text))
    assert not any("rows affected" in h for h in found)
    assert "Setting up the sequence" in found


@pytest.mark.parametrize(
    "line",
    [
        "Query OK, 1 row affected (0.01 sec)",
        "3 rows in set (0.15 sec)",
        "1 row in set, 1 warning (0.00 sec)",
        "Empty set (0.00 sec)",
    ],
)
def test_sql_console_status_lines_are_not_heading_like(line: str) -> None:
    assert not heading_like(line)
