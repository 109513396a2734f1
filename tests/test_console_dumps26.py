"""Console transcripts a scraper left unfenced: a prompt line and what the command printed
(a column header over its rows, a memory report) form one code block, and the prose,
headings and lists around them stay what they are."""

from __future__ import annotations

import pytest

from tests.helpers import headings, in_layout, parse_checked

LAYOUTS = ["spaced", "compact"]


def _code_blocks(text: str) -> list[str]:
    art = parse_checked(text)
    return [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]


_PODS = """Deploying the Greeter Service

This walk-through deploys a tiny greeter service to a test cluster and checks that it runs.

Check the pods

Once the manifests are applied, list the pods in the namespace to see whether they came up:

kubectl get pods -n greeter

NAME READY STATUS AGE

greeter-7d9f 1/1 Running 4m

Everything is running, so the service can now take traffic from the gateway.

Next steps

- Add a readiness probe
- Scale the deployment to three replicas
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_column_header_and_rows_join_the_command(layout: str) -> None:
    text = in_layout(_PODS, layout)
    art = parse_checked(text)
    assert "NAME READY STATUS AGE" not in headings(art)
    code = _code_blocks(text)
    assert any(
        "kubectl get pods" in block and "NAME READY STATUS AGE" in block and "greeter-7d9f" in block
        for block in code
    )
    assert headings(art) == ["Check the pods", "Next steps"]
    items = [b for s in art.iter_sections() for b in s.blocks if b.kind == "list"]
    assert len(items) == 1


_LOWER = """Checking the release

The chart installs one release; list the releases to confirm it:

helm list -n shop

name namespace revision status

storefront shop 2 deployed

The second revision is deployed and the old one was replaced without downtime.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_lower_case_column_header_over_a_row(layout: str) -> None:
    text = in_layout(_LOWER, layout)
    art = parse_checked(text)
    assert "name namespace revision status" not in headings(art)
    assert any("storefront shop 2 deployed" in block for block in _code_blocks(text))


_CAPS_HEADING = """Running the Migration

Run the migration tool once against the staging database:

npm run migrate

GETTING STARTED WITH BACKUPS

Before anything else, take a snapshot of the database so that a failed migration can be rolled back quickly.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_capitalised_heading_under_a_command_is_no_column_header(layout: str) -> None:
    text = in_layout(_CAPS_HEADING, layout)
    code = _code_blocks(text)
    assert not any("GETTING STARTED" in block for block in code)


_HOST = """Measuring Memory

We start from an idle virtual machine and measure how much memory it uses.

Memory at rest

vagrant@devbox:~$ free -m
               total        used        free
Mem:             971         170         502
Swap:           1941           0        1941

The base system takes about a fifth of the memory before anything is installed.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_host_prompt_joins_the_output_under_it(layout: str) -> None:
    text = in_layout(_HOST, layout)
    art = parse_checked(text)
    code = _code_blocks(text)
    assert any("vagrant@devbox:~$ free -m" in block and "Swap:" in block for block in code)
    assert not any("Memory at rest" in block for block in code)
    paragraphs = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "paragraph"]
    assert any(p.startswith("The base system") for p in paragraphs)


_TWO_COMMANDS = """Measuring the Cluster
We deploy one service and then look at what the node has left after a while of idling.
ops@edge-node:~$ kubectl get pods
NAME                     READY   STATUS    RESTARTS   AGE
greeter-6d8f7c9b-x2kqp   2/2     Running   0          84s
Node usage with the service idle
ops@edge-node:~$ kubectl top node
NAME        CPU(cores)   CPU%   MEMORY(bytes)   MEMORY%
edge-node   166m         8%     1341Mi          71%
The node has plenty of room left for another service, so we go on and add one.
"""


def test_caption_between_two_transcripts_stays_text() -> None:
    art = parse_checked(_TWO_COMMANDS)
    code = [b.text for s in art.iter_sections() for b in s.blocks if b.kind == "code"]
    assert len(code) == 2
    assert code[0].startswith("ops@edge-node:~$ kubectl get pods")
    assert code[1].startswith("ops@edge-node:~$ kubectl top node")
    assert not any("Node usage" in block for block in code)
    assert not any("plenty of room" in block for block in code)
