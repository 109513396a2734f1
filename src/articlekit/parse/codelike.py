"""How much a line of plain text looks like source code or program output.

Scrapers flatten code blocks into the text with nothing to mark them, and code lines are
short and unpunctuated, exactly like headings. A line is scored by signals that prose and
headings rarely show (assignments, calls, braces, snake_case, aligned columns) against
signals of prose (a sentence with words). The thresholds live in :data:`CODE_THRESHOLD`.
"""

from __future__ import annotations

import re
from typing import Final

import regex

from articlekit.parse.lines import PAGINATION, ends_sentence, is_journal_citation, may_paginate
from articlekit.parse.links import URL
from articlekit.parse.vocabulary import (
    CHANGE_KINDS,
    COMMAND_LINE_TOOLS,
    EUROPEAN_MONTHS,
    PIPED_COMMANDS,
    SENTENCE_FUNCTION_WORDS,
)

#: a line scoring this much is code on its own; half of it is code beside other code
CODE_THRESHOLD: Final = 2.0
#: a capitalised line of this many words or more ending like a sentence is prose, not code
SENTENCE_MIN_WORDS: Final = 8
#: symbols that open the status lines of command-line tools ("ℹ 2 rows excluded", "✔ Done",
#: a dev server's "➜  Local: http://localhost:5173/")
STATUS_SYMBOLS: Final = "\u2139\u2714\u2716\u2713\u2717\u26a0\u2705\u274c\u279c"

# Each signal: (pattern, weight, needles, firsts). A line is searched for a pattern only if
# it holds one of the needles (substrings the pattern cannot match without, or a quick
# pattern it cannot match without: a hint) and, for patterns anchored at the line start,
# begins with one of ``firsts``: most lines of an article are prose, and these cheap checks
# spare them two dozen regex searches.
_Pattern = re.Pattern[str] | regex.Pattern[str]
_Signal = tuple[_Pattern, float, tuple[str | re.Pattern[str], ...], str]
_ANY: tuple[str, ...] = ()

#: bash's default prompt, "user@host:path$ " (or "# " for root), or a path alone before "$ "
HOST_PROMPT: Final = r"\s*(?:[\w.-]+@[\w.-]+:[~/][^\s$#]*|~[^\s$#]*)[$#] \S"
_HOST_PROMPT: Final = "^" + HOST_PROMPT
#: searched with the standard library's ``re``, which starts a search about twice as fast
#: as ``regex`` (and runs these alternations faster); patterns that scan for a word
#: character are faster in ``regex``. All of them are linear in either engine.
_STDLIB_PATTERNS: Final = (
    r"[\w\]\)'\"]\s*(?:<<?-|->|:=|\+=|-=|\*=|==|!=|=>|%>%|\|>|&&|\|\|)",
    r"\S {2,}\S",
    # an address without its scheme (see _SIGNALS); no possessive runs needed: a label
    # holds no ".", so a host splits into labels one way only, and a host cannot start
    # inside another (the look-behind), so each character is read a bounded number of times
    _HOST_PATH := r"(?<![\w/.@-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?/[\w.~%/:@-]",
)


#: a hint of a call: an opening bracket right after a character that is not white space (a
#: name, "." or "$"); prose puts a space before its brackets. The standard library's engine
#: finds the bracket itself with a fast scan, then looks behind it.
_CALL_HINT: Final = re.compile(r"\((?<=\S\()")


# a checksum beside its file (32 hex digits at least, a space, a name) and a line of a
# base64 block (40 characters at least): neither fits on a shorter line, so a short line
# is not searched for them (most lines of an article are shorter than that)
_CHECKSUM_LINE: Final = r"^\s*[0-9a-f]{32,128} [ *]?[\w./-]+\s*$"
_BASE64_LINE: Final = r"^\s*(?=[^\s]*\d)[A-Za-z0-9+/]{40,}={0,2}\s*$"
#: no line shorter than this holds either of them
LONG_SIGNAL_MIN_CHARS: Final = 34


# a row of a program's table: three gaps of two spaces or more between its columns (see
# _SIGNALS; named for the cheap test of _signals_for)
_TABLE_ROW_PATTERN: Final = r"(?:[^\s.!?] {2,}+\S.*?){2}[^\s.!?] {2,}+\S"


def _compile(pattern: str) -> _Pattern:
    if pattern.startswith("^") or pattern in _STDLIB_PATTERNS:
        return re.compile(pattern)
    return regex.compile(pattern)


#: a command without its prompt: a program's name (COMMAND_LINE_TOOLS) opening a short line,
#: then an argument shaped like code (a flag, a file or a dotted key, "@", "/", "=", "|", a
#: hyphenated name), and no sentence's end ("npm init electron-app@latest my-app", "git
#: config core.sparseCheckout true"; "git is what we use." is prose, and so is a title
#: naming a release, "curl 5.0.0: faster downloads over HTTP/2", with its ": "). The length
#: check comes first, so a long line is not searched further.
_INVOCATION: Final = (
    r"^\s*(?:"
    + "|".join(re.escape(tool) for tool in sorted(COMMAND_LINE_TOOLS, key=len, reverse=True))
    + r") (?=.{0,160}$)(?!.*[.!?:;,]\s*$)(?!.*: )"
    + r"(?=.* (?:--?[A-Za-z]|\S*\.[A-Za-z]|\S*[@/=|]|[a-z]+-\w))"
)
_INVOCATION_FIRSTS: Final = "".join(sorted({tool[0] for tool in COMMAND_LINE_TOOLS}))
#: an object a cluster tool reports on, alone on its line: "kind/name" and at most one past
#: participle ("created", "configured", "unchanged", "deleted"). A kind that carries its API
#: group ("deployment.apps", "ingress.networking.k8s.io") comes with the participle: without
#: one, "twitter.com/someone" is an address, a byline's handle. A kind of one letter is a
#: forum's prefix ("r/gardening", "u/someone"): two letters at least.
_OBJECT_PRINTED: Final = (
    r"^\s*[a-z][a-z0-9-]+(?:/[a-z0-9][\w.-]*(?: [a-z]+ed)?"
    r"|(?:\.[a-z0-9-]+)+/[a-z0-9][\w.-]* [a-z]+ed)\s*$"
)
#: a command piped into a program given a flag or a quoted argument: "linkerd inject x.yml |
#: kubectl apply -f -", "ps aux | grep -i rsession"; it outweighs the words of the command.
#: The line opens with the first command, in lower case, a few words before the pipe (a
#: sentence quoting one, "I ran pbpaste | wc -c in my terminal", is prose; a table's " | "
#: between cells is not followed by a program and a flag).
_PIPE_INTO: Final = (
    r"^\s*[a-z][\w.-]*(?: +[^\s|]+){0,8} *\| *(?:"
    + "|".join(PIPED_COMMANDS)
    + r")(?: +[a-z][\w-]*)? +(?:-|['\"])"
)


_SIGNALS: tuple[_Signal, ...] = tuple(
    (_compile(p), w, needles, firsts)
    for p, w, needles, firsts in (
        # assignment and operators
        (
            r"[\w\]\)'\"]\s*(?:<<?-|->|:=|\+=|-=|\*=|==|!=|=>|%>%|\|>|&&|\|\|)",
            2.0,
            ("<-", "->", "=", "%>%", "|>", "&&", "||"),
            "",
        ),
        (r"^\s*[\w.$\[\]]+\s*=\s*\S", 1.5, ("=",), ""),
        (r"\w\s*=\s*[\w\"'\[({-]", 1.0, ("=",), ""),
        # calls, members, indexing
        (r"[\w.$]\((?:[^()]*\)|$)", 1.5, (_CALL_HINT,), ""),
        (r"\w\.\w+\(", 1.0, (_CALL_HINT,), ""),
        (r"\w\[[\w\"', :$-]*\]", 1.0, ("[",), ""),
        (r"\w::\w", 1.5, ("::",), ""),
        # braces and statement ends: the last character before trailing white space is "{",
        # ";" or ")" (as "(?:[{;]|\)\s*+\{?)\s*+$" said: a ") {" ends in "{" too). Searched
        # backwards ("(?r)"), from the line's end, where the only match can be: a forward
        # search tries every character of the line first. (\Z: the \s*+ takes a final "\n".)
        # A ")" counts unless it closes a note in brackets, set apart by a space, after
        # words that start like a sentence or a name ("Public Library of Science (PLOS)",
        # "Stef (first-timer)", "Results (2024)"): a call's bracket follows its name
        # ("require(x)", "store_data (city = x)"), and a note holds no "=", "_" or quotes.
        (
            r"""(?r)(?:[{;]|(?<!^[\p{Lu}\d][^()]*\s\([^()=_"']*+)\))\s*+\Z""",
            1.0,
            ("{", ";", ")"),
            "",
        ),
        (r"^\s*[}\])]", 1.5, _ANY, "}])"),
        # comments, prompts, console output
        (
            r"^\s*(?:#[!>']|//|/\*|\*/|--\s|>>>\s|\$>?\s|%\s|>\s*\w+\()",
            1.5,
            _ANY,
            "#/*->$%",
        ),
        (r"^\s*\[\d+\]\s", 2.0, _ANY, "["),
        (r"^\s*##?\s*\S*[(_=<]", 1.0, ("(", "_", "=", "<"), "#"),
        # identifiers that prose does not have
        (r"\b[a-z]+_[a-z0-9_]+\b", 1.0, ("_",), ""),
        (r"\b[a-z]+[A-Z][a-zA-Z]*\(", 1.0, (_CALL_HINT,), ""),
        # an address without its scheme, as a program prints an image or a resource:
        # "gcr.io/kubeflow-ci/job:bde79d77", "external-dns.alpha.kubernetes.io/hostname:"
        # (a URL with its scheme is taken out before scoring; the lowercase host cannot
        # start inside a word, and each run is possessive: linear)
        (_HOST_PATH, 1.5, ("/",), ""),
        # markup
        (r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>", 1.5, ("<",), ""),
        (r"^\s*@\w+\{", 2.0, _ANY, "@"),
        # program output: R's str(), tibble headers and footers, knitr's "##", errors
        (r"^\s*\$ ?[\w.]+\s*:", 2.0, _ANY, "$"),
        (r"<(?:chr|dbl|int|fct|lgl|date|dttm|list|num)>", 2.0, ("<",), ""),
        (
            r"^\s*(?:#>|##\s+(?:\[\d|[\w.$]+\s*[:=<(]|\s)|#\s*(?:\u2026|\.\.\.|\u2139|A tibble))",
            2.0,
            _ANY,
            "#",
        ),
        (r"^\s*(?:Error|Warning|Warning message|Traceback)\b.*:", 1.5, (":",), "EWT"),
        # status lines of command-line tools ("✔ Setting active project", "ℹ 2 rows excluded")
        (
            rf"^\s*[{STATUS_SYMBOLS}][\ufe0e\ufe0f]?\s",
            2.0,
            _ANY,
            STATUS_SYMBOLS,
        ),
        # the arrows a package manager or a provisioner prints before each step ("==>
        # Installing python@3.12", "==> default: Booting VM")
        (r"^\s*==> \S", 2.0, _ANY, "="),
        # column-aligned program output or source indentation
        (r"\S {2,}\S", 1.0, ("  ",), ""),
        (r"^ {4,}\S", 1.0, ("    ",), ""),
        # keywords that start statements
        (
            r"^\s*(?:import|from \S+ import|def|class|library|require|return|if\s*\(|for\s*\(|"
            r"while\s*\(|var|let|const|function|package|func|pub fn|fn|use|export|echo|"
            r"sudo|pip|npm|git|cd|mkdir|curl|wget|docker|Rscript|R CMD|python3?|install\.packages|"
            r"brew|apt(?:-get)?|conda|yarn|cargo|bash|chmod)"
            r"\b",
            1.5,
            _ANY,
            "ifdclrwvpuesgnmRbay",
        ),
        # an import or a declaration of a module, which prose never starts a line with in
        # lower case: "from opensearchpy import AWSV4SignerAuth, OpenSearch", "import numpy
        # as np", Go's "package main" and "import (", C#'s "using System.Text;" and
        # "namespace Application"; it outweighs the words it names
        (
            r"^\s*(?:from +\.{0,3}[\w.]* +import +[\w(*]|"
            r"import +[\w.]+(?: +as +\w+)?(?: *, *[\w.]+(?: +as +\w+)?)* *;?\s*$|"
            r"import +\(\s*$|package +[a-z_][\w.]*\s*;?\s*$|"
            r"using +(?:static +)?[A-Z][\w.]*\s*;\s*$|namespace +[\w.]+\s*\{?\s*$)",
            2.5,
            _ANY,
            "fipun",
        ),
        # a package manager's install command: code on its own line ("pip install fastcsv")
        (
            r"^\s*(?:(?:pip3?|npm|yarn|pnpm|brew|apt(?:-get)?|conda|mamba|cargo|gem|composer)"
            r" (?:install|add|i)|jupyter (?:lab|nb|server)extension (?:install|enable))\b",
            1.0,
            _ANY,
            "pnybacmgj",
        ),
        # shell: "restic -r repo init", "git commit -m", and file paths "/srv/photos"
        (
            r"^\s*[a-z][\w.-]*(?: [a-z][\w.-]*)? --?[a-zA-Z]",
            2.0,
            ("-",),
            "abcdefghijklmnopqrstuvwxyz",
        ),
        (r"(?<![\w/])(?:~|\.\.?)?/[\w.-]+/[\w./-]*", 0.5, ("/",), ""),
        # a compiler's or linter's diagnostic: "greet.go:23: unreachable func", "app.py:4:1:
        # E302 expected 2 blank lines" (its message may read as words: it outweighs them)
        (r"^\s*[\w./-]+\.\w{1,5}:\d+(?::\d+)?:(?:\s|$)", 4.0, (":",), ""),
        # a Dockerfile instruction: "FROM golang", "EXPOSE 8080", "ENV PATH=/go/bin" (an
        # ALL-CAPS heading, "FROM THE EDITOR", goes on in capitals)
        (
            r"^(?:FROM|RUN|CMD|COPY|ADD|EXPOSE|ENV|WORKDIR|ENTRYPOINT|ARG|LABEL|USER|VOLUME)"
            r" +(?:[a-z0-9/.\-\[$\"]|\S*=)",
            2.0,
            _ANY,
            "FRCAEWLUV",
        ),
        # a shell command on its own line: "git clone https://…", "curl -sSL https://…",
        # "sudo apt install x" (with the keyword's weight, code), and commands no prose line
        # starts with in lower case ("tar xzf x.tar.gz", "winget install Acme.App")
        (
            r"^\s*(?:git (?:clone|checkout|switch|pull|push|commit|fetch|init|remote|submodule|"
            r"merge|rebase|log|diff|status|stash|tag|add|reset|cherry-pick) +\S|"
            # (an address in a line reads "url" here; "curl 5.0.0 is on CRAN" is the package)
            r"(?:curl|wget) +(?:-|url\b|[\"'])|sudo +[a-z])",
            1.0,
            _ANY,
            "gcws",
        ),
        (
            r"^\s*(?:tar +-?[xcztvjf]{2,5}|(?:winget|choco|snap|dnf|yum|zypper|apk) +"
            r"(?:install|add|upgrade|remove)|pacman +-S\w*) +\S",
            2.0,
            _ANY,
            "twcsdyzap",
        ),
        # a command without its prompt, and a pipe into one (see _INVOCATION)
        (_INVOCATION, 2.0, _ANY, _INVOCATION_FIRSTS),
        (_PIPE_INTO, 3.5, ("|",), "abcdefghijklmnopqrstuvwxyz"),
        # a language toolchain's command: "go get golang.org/x/tools", "kubectl apply -f x"
        (
            r"^\s*(?:go (?:get|install|run|build|test|mod|vet|generate|work)|"
            r"(?:kubectl|helm|terraform|dotnet|mvn|gradle|poetry|uv|deno|rustup|gcloud|aws) "
            r"[a-z][\w-]*|jupyter (?:lab|labextension|notebook|nbextension|nbconvert|kernelspec|"
            r"server|serverextension)\b)\b",
            1.5,
            _ANY,
            "gkhtdmpuraj",
        ),
        # what kubectl prints for each object it touched, a kind and a name joined by "/"
        # and at most one word of what was done: "deployment.apps/web created",
        # "persistentvolumeclaim/data-0 labeled", "pods/counter" (a line of words alone,
        # all in lower case and with no space around its "/", is no sentence or heading)
        (_OBJECT_PRINTED, 2.0, ("/",), "abcdefghijklmnopqrstuvwxyz"),
        # the prompt of a debugger's or profiler's console: "(pprof) top", "(gdb) bt"; it
        # outweighs the words of the command ("(lldb) process attach --name R --waitfor")
        (r"^\s*\((?:pprof|gdb|dlv|lldb|Pdb|pdb|ipdb|jdb)\) ", 4.0, _ANY, "("),
        # a shell prompt before a command: "$ go run .", "$ ./configure" ("$ 5 million" is
        # money), zsh's "❯ lldb -w -n R"; it outweighs the words of the command ("$ kubectl
        # apply -f dns.yaml")
        (r"^\s*(?:\$>?|\u276f) [a-z.~/]", 2.0, _ANY, "$\u276f"),
        # bash's default prompt before a command: "vagrant@vagrant:~$ free -m",
        # "root@web-1:/srv# ls", "~/src/app$ ko apply -f pod.yaml" (a user at a host, then a
        # path: no sentence is written so)
        (_HOST_PROMPT, 4.0, ("$ ", "# "), "abcdefghijklmnopqrstuvwxyz~"),
        # a block's closing word alone on its line: shell's "fi" / "done", Ruby's, Lua's and
        # Mermaid's "end"
        (r"^\s*(?:end|fi|done|esac|endif|endfor|endwhile)\s*$", 2.0, _ANY, "efd"),
        # the prompt of a language's console before its input: "julia> using Plots",
        # "(@v1.6) pkg> add Example", "scala> val x = 1", "sqlite> .tables", "iex(1)> h"
        # (a bare "pkg> add" may name a command in a heading: "pkg> add now updates less")
        (
            r"^\s*(?:\(@?[\w.-]+\) pkg|julia|shell|help\?|scala|ghci|sqlite|mysql|"
            r"mariadb|iex\(\d+\)|irb\([^()]*\)[\d:]*)> ",
            4.0,
            ("> ",),
            "(jpshsgmi",
        ),
        # what Julia's package manager prints: "[8bb1440f] + DelimitedFiles v1.9.1"
        (r"^\s*\[[0-9a-f]{8}\] [+~-] ", 4.0, _ANY, "["),
        # a checksum beside its file, as sha256sum prints it ("6a6ce9cb…3549795c  node.exe"),
        # and a line of a base64 block: a signature's or a key's armor ("iQEcBAEBCAAG…")
        (_CHECKSUM_LINE, 4.0, _ANY, "0123456789abcdef"),
        (_BASE64_LINE, 4.0, _ANY, ""),
        # the word closing a shell here-document ("EOF" under "cat <<EOF > mesh.yaml")
        (r"^\s*(?:EOF|EOT)\s*$", 2.0, _ANY, "E"),
        # an HTTP exchange printed by curl: "HTTP/1.1 200 OK", "GET /status HTTP/1.1"
        (
            r"^\s*(?:HTTP/[123](?:\.[01])? \d{3}\b|"
            r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) /\S* HTTP/[123])",
            4.0,
            _ANY,
            "HGPDO",
        ),
        # Go declarations and go.mod lines: "type Server struct{}", "module example.com/app"
        (
            r"^\s*(?:type \w+ (?:struct|interface|func|map\[|chan |\[)|"
            r"module [\w-]+\.[\w./-]+$|go 1\.\d+$)",
            2.0,
            _ANY,
            "tmg",
        ),
        # a template tag left in the text: '{{image "gopher.png" 800}}', "{% include x %}"
        (r"^\s*\{(?:\{.*\}|%.*%)\}\s*$", 3.0, _ANY, "{"),
        # a template expression inside a line: "{{ .Values.image }}", '"at {{$value}} Mbps"',
        # "{{- include "x" . }}" (a Go, Helm or Jinja template: prose has no "{{" before a
        # "$", a "." or a "-")
        (r"\{\{-?\s*[$.]", 3.0, ("{{",), ""),
        # a commit as git log prints it: "commit 3f9c1e0…", "Author: Jane Doe <jane@x.org>"
        (r"^commit [0-9a-f]{7,40}\b", 2.0, _ANY, "c"),
        (r"^Author: [^<>]+<[^<>@\s]+@[^<>\s]+>$", 2.0, _ANY, "A"),
        # what git prints for a commit's files: "create mode 100644 _posts/new-post.md"
        (r"^\s*(?:create|delete) mode \d{6} \S", 3.0, _ANY, "cd"),
        # a commit message's trailer: "Signed-off-by: Jane Doe <jane@example.org>"
        (
            r"^\s*(?:Signed-off|Co-authored|Reviewed|Acked|Reported|Tested)-by: \S",
            2.0,
            _ANY,
            "SCRAT",
        ),
        # a C preprocessor directive: "#include <TH/THTensor.h>", "#endif" (not a "#" heading)
        (
            r"^\s*#(?:include\s*[<\"]|define\s|undef\s|ifn?def\s|if\s|elif\s|else\s*$|"
            r"endif\b|pragma\s|error\s)",
            3.0,
            _ANY,
            "#",
        ),
        # a table header of TOML or INI: "[dependencies]", "[tool.poetry]", "[[bin]]" (not
        # "[image]", "[photo]": the stand-in a scraper leaves for an image)
        (
            r"^\s*\[\[?(?!(?:image|picture|photo|figure|video)\]\s*$)[a-z_][\w.-]*\]\]?\s*$",
            2.0,
            _ANY,
            "[",
        ),
        # what R CMD check prints: "* checking C++ specification ... NOTE"
        (r"^\s*\* checking .* \.\.\.(?: \w+)?\s*$", 4.5, ("...",), ""),
        # ... and the finding it prints indented under one ("  NOTE Specified C++11: …")
        (r"^ {2,}(?:NOTE|WARNING|ERROR)\b", 4.0, ("  ",), ""),
        # an interactive Python session: "In [3]: c = Cache(1e9)", "Out[6]: 245566747"
        # (it outweighs the words of the statement: "In [1]: import pandas as pd")
        (r"^\s*(?:In|Out) ?\[\d*\]:", 4.0, _ANY, "IO"),
        # the last line of a Python traceback: "ZeroDivisionError: division by zero"
        (
            r"^\s*(?:[a-z_][\w.]*\.)?[A-Z][a-zA-Z]*(?:Error|Exception|Warning|Interrupt|Exit):"
            r"(?:\s|$)",
            2.5,
            ("Error:", "Exception:", "Warning:", "Interrupt:", "Exit:"),
            "",
        ),
        # a log line: a level and a counter ("INFO[0002] Downloading base image …", as
        # logrus prints it), glog's "I0226 23:48:06.457567 …", or a timestamp opening it
        # ("2021-01-29T23:32:26.680310Z error …"; a date alone, "2021-01-29: …", is no log);
        # it outweighs the words of the message
        (
            r"^\s*(?:(?:INFO|WARN|WARNING|ERRO|ERROR|DEBU|DEBUG|TRAC|TRACE|FATA|FATAL|PANI)"
            r"\[\d+\]|[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+ |"
            r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})? )",
            4.0,
            ("[", ":"),  # (the counter's bracket, the time's colons)
            "IWEDTFP0123456789",
        ),
        # a line of Python's logging in its default format, level then logger then message
        # ("INFO:root:Function starting", "WARNING:urllib3.connectionpool:Retrying …"); it
        # outweighs the words of the message
        (
            r"^\s*(?:DEBUG|INFO|WARNING|ERROR|CRITICAL):[\w.-]+:\S",
            4.0,
            (":",),
            "DIWEC",
        ),
        # a row of a program's table: three gaps of two spaces or more between its columns
        # ("NAME   READY   STATUS   AGE"; typewriter spacing after a sentence's end aside)
        (_TABLE_ROW_PATTERN, 2.5, ("  ",), ""),
        # a bytes value as Python prints it: b'BSD 3-Clause License'
        (r"^\s*b(['\"]).*\1\s*$", 2.0, _ANY, "b"),
        # SQL written with its keywords in capitals: a statement or a clause of one, then a
        # name, a value or "*" ("SELECT id FROM jobs", "CREATE TABLE jobs (", "WHERE id = 1";
        # an ALL-CAPS heading, "SELECT COMMITTEE REPORT", goes on in capitals)
        (
            r"^\s*(?:SELECT(?: DISTINCT)?|INSERT INTO|UPDATE|DELETE FROM|"
            r"CREATE (?:(?:UNIQUE )?INDEX|(?:OR REPLACE )?(?:VIEW|FUNCTION)|TABLE|EXTENSION|"
            r"SCHEMA|TRIGGER|TYPE|DATABASE|PUBLICATION|SUBSCRIPTION|SEQUENCE|ROLE|USER|"
            r"MATERIALIZED VIEW)|ALTER TABLE|DROP (?:TABLE|INDEX|VIEW)|"
            r"TRUNCATE|FROM|WHERE|ORDER BY|GROUP BY|HAVING|LIMIT|OFFSET|RETURNING|VALUES|"
            r"(?:LEFT |RIGHT |INNER |FULL |CROSS )?JOIN)"
            r"(?: IF (?:NOT )?EXISTS)? +(?:[a-z_\"`'*(\d]|[A-Z]+\()",
            2.0,
            _ANY,
            "SIUDCATWFOGHLRVJ",
        ),
        # a column of a table definition: "id bigserial PRIMARY KEY,", "payload jsonb,"
        (
            r"^\s*\"?[a-z_][a-z0-9_]*\"? +(?:(?:big|small)?serial|(?:big|small)?int(?:eger|\d)?|"
            r"text|(?:var)?char|jsonb?|timestamp(?:tz)?|boolean|bool|uuid|numeric|decimal|real|"
            r"float\d?|double precision|date|bytea|blob)\b(?:\(\d+(?:, ?\d+)?\))?(?:\[\])?"
            r"(?:,\s*$| +(?:PRIMARY KEY|NOT NULL|NULL|REFERENCES|DEFAULT|UNIQUE|CHECK|"
            r"GENERATED)\b)",
            2.0,
            _ANY,
            'abcdefghijklmnopqrstuvwxyz_"',
        ),
        # a hexadecimal literal, as code writes and programs print an address or a flag:
        # "Flash params set to 0x0020", "mov eax, 0x1F"
        (r"(?<![\w.])0x[0-9a-fA-F]+\b", 1.5, ("0x",), ""),
        # quoted strings followed by code punctuation
        (r"[\"'][^\"'\s]*[\"']\s*[,)\]]", 1.0, ('"', "'"), ""),
    )
)


# The signals a line is searched for are picked with bit masks, bit k standing for
# _SIGNALS[k]: a line's first character allows the signals anchored at the line start that
# accept it (and all the others), each needle the line holds allows the signals that need
# it, and the signals both allow are searched.


def _index_signals() -> tuple[
    dict[str, int], int, tuple[tuple[str, int], ...], tuple[tuple[re.Pattern[str], int], ...], int
]:
    """(first character -> signals it allows; the signals any first character allows;
    (needle, the signals needing it) pairs; (hint, the signals needing it) pairs; the
    signals that need no needle)."""
    unanchored = sum(1 << k for k, s in enumerate(_SIGNALS) if not s[3])
    by_first: dict[str, int] = {}
    by_needle: dict[str, int] = {}
    by_hint: dict[re.Pattern[str], int] = {}
    needless = 0
    for k, (_, _, needles, firsts) in enumerate(_SIGNALS):
        for c in firsts:
            by_first[c] = by_first.get(c, unanchored) | 1 << k
        for needle in needles:
            if isinstance(needle, str):
                by_needle[needle] = by_needle.get(needle, 0) | 1 << k
            else:
                by_hint[needle] = by_hint.get(needle, 0) | 1 << k
        if not needles:
            needless |= 1 << k
    return by_first, unanchored, tuple(by_needle.items()), tuple(by_hint.items()), needless


_BY_FIRST, _UNANCHORED, _BY_NEEDLE, _BY_HINT, _NEEDLESS = _index_signals()

#: what a needle of several characters is looked for behind, the first of them it holds:
#: "Error:" only in a line holding ":", "<-" only in one holding "<", four spaces only in
#: one holding two. A character is found by a scan several times as fast as a string of
#: several (and most lines of prose hold none of these, and skip the longer needles).
_GATES: Final = (":", "<", ">", "|", "&", "%", "{", "  ")


def _gated_needles() -> tuple[tuple[str, int, tuple[tuple[str, int], ...]], ...]:
    """The needles as (gate, the signals needing the gate itself, (longer needle holding
    the gate, its signals) ...): a needle is only looked for in a line holding its gate, a
    part of it (or, with none of _GATES in it, the needle itself)."""
    groups: dict[str, tuple[int, list[tuple[str, int]]]] = {}
    for needle, signals in _BY_NEEDLE:
        gate = next((g for g in _GATES if g in needle), needle) if len(needle) > 1 else needle
        own, longer = groups.get(gate, (0, []))
        if gate == needle:
            own |= signals
        else:
            longer.append((needle, signals))
        groups[gate] = (own, longer)
    return tuple((gate, own, tuple(longer)) for gate, (own, longer) in groups.items())


_NEEDLES_BY_GATE: Final = _gated_needles()
#: the signals only a line of LONG_SIGNAL_MIN_CHARS or more can hold
_LONG_LINE_SIGNALS: Final = sum(
    1 << k for k, s in enumerate(_SIGNALS) if s[0].pattern in (_CHECKSUM_LINE, _BASE64_LINE)
)
#: the character every hint looks for first (it cannot match without it)
_HINTED: Final = "("
assert all(hint.pattern.startswith(r"\(") for hint, _ in _BY_HINT)
_WORD: Final = regex.compile(r"\p{L}{2,}")
# ASCII text as bytes with every letter made "a" and every other byte " ": a run of two
# letters or more then starts where " aa" is (or at the start), and bytes.count finds those
# about three times as fast as a regex lists the words
_LETTER_OR_SPACE: Final = bytes(
    ord("a") if chr(i).isascii() and chr(i).isalpha() else ord(" ") for i in range(256)
)


def _letter_words(text: str) -> int:
    """How many runs of two letters or more ``text`` holds."""
    if text.isascii():
        marked = text.encode("ascii").translate(_LETTER_OR_SPACE)
    elif _NON_ASCII_LETTER.search(text) is None:
        # its characters outside ASCII are no letters ("’", "—", emoji): each breaks a run
        # as "?" does, so the ASCII count holds ("replace" makes each of them a "?")
        marked = text.encode("ascii", "replace").translate(_LETTER_OR_SPACE)
    else:
        return len(_WORD.findall(text))
    return marked.count(b" aa") + marked.startswith(b"aa")


_NON_ASCII_LETTER: Final = regex.compile(r"(?V1)[\p{L}--\p{ASCII}]")


_BLOCK_DRAWING: Final = regex.compile(r"[\u2500-\u259f]")
_ROW_INDEX: Final = regex.compile(r"^\d{1,5}\s+\S+(?:\s+\S+)*$")
# a year, then a few words and nothing else: "2025 in review", "2024 at a glance"
_YEAR_THEN_WORDS: Final = regex.compile(r"(?:19|20)\d\d(?: \p{L}[\p{L}'\u2019-]*){1,5}")
_ASCII_WORD_OR_SPACE: Final = dict.fromkeys(
    (i for i in range(128) if chr(i).isalnum() or chr(i).isspace()), None
)
# the same bytes, deleted from ASCII text encoded (bytes.translate deletes in one C loop)
_ASCII_WORD_OR_SPACE_BYTES: Final = bytes(_ASCII_WORD_OR_SPACE)
_DIGIT: Final = regex.compile(r"\d")
#: words that stand for a value in printed data, beside numbers
NUMERIC_WORDS: Final = ("NA", "NaN", "TRUE", "FALSE", "NULL", "<NA>")
# A numeric word, found in one scan of the line: a whole word (white space or the line's end
# on both sides) of digits and number punctuation with a digit among them, or one of
# NUMERIC_WORDS. The punctuation before the first digit excludes digits and every run is
# possessive, so a word is read once from its start (a "[…]*\d[…]*" would backtrack
# quadratically on "1.1.1.1…x"), and only a word's start passes the look-behind.
_NUMERIC_WORD: Final = regex.compile(
    r"(?<!\S)(?:[.,:eE%+-]*+\d[\d.,:eE%+-]*+|"
    + "|".join(map(regex.escape, NUMERIC_WORDS))
    + r")(?!\S)"
)
# "Updated 14:32 GMT, 2 April 2025" is a date line, not a row of numbers
_MONTH: Final = regex.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
    # the months of the European languages the defaults read ("3. März 2025, 10:15 Uhr")
    rf"|(?i:{EUROPEAN_MONTHS}))\b"
)


# "33 x 28 x 40 cm", "1920×1080": a size, its numbers joined by "x", not a row of values
# (a hexadecimal "0x10" is none)
_DIMENSIONS: Final = regex.compile(r"(?<![\w.])(?!0x)\d[\d.]*+\s?[x\u00d7]\s?\d")


#: lines up to this long have their score remembered while one article is parsed: the
#: heading rules ask again about lines the line marker scored, and short lines ("}", "```",
#: knitr's "## ") recur; long lines are rarely asked twice and would make the memo heavy
MEMO_MAX_CHARS: Final = 200
MEMO_MAX_ENTRIES: Final = 250_000  # about 25 MB of memo at most
_memo: dict[str, float] = {}


def forget_scores() -> None:
    """Start an article with an empty memo (so each parse costs the same, cold)."""
    _memo.clear()


def code_score(text: str) -> float:
    """Positive: looks like code; zero or below: looks like prose or a heading."""
    if len(text) > MEMO_MAX_CHARS:
        return _code_score(text)
    score = _memo.get(text)
    if score is None:
        if len(_memo) >= MEMO_MAX_ENTRIES:
            _memo.clear()
        score = _memo[text] = _code_score(text)
    return score


#: at most this many signal plans are kept (the 1,282 corpus articles need about 1,700;
#: a plan is a few hundred bytes)
PLANS_MAX: Final = 2_048
_plans: dict[int, tuple[tuple[_Pattern, float], ...]] = {}


def _signals_for(first: str, text: str) -> tuple[tuple[_Pattern, float], ...]:
    """The (pattern, weight) of the signals worth searching in ``text``, a line that starts
    with ``first``; the same few sets of signals recur line after line, so each plan is made
    once."""
    allowed = _BY_FIRST.get(first, _UNANCHORED)
    needed = _NEEDLESS
    for gate, own, longer in _NEEDLES_BY_GATE:
        if gate in text:
            needed |= own
            for needle, signals in longer:
                if needle in text:
                    needed |= signals
    if _HINTED in text:  # (most lines hold no bracket: no hint is searched for)
        for hint, signals in _BY_HINT:
            if hint.search(text):
                needed |= signals
    chosen = allowed & needed
    if len(text) < LONG_SIGNAL_MIN_CHARS:
        chosen &= ~_LONG_LINE_SIGNALS
    # two signals slow to search for have a second, cheap test besides their needle: the
    # lines of indented code and the lines with a "/" seldom pass it (exact: a line that
    # fails it cannot match)
    if chosen & _TABLE_ROW and text.strip().count("  ") < TABLE_ROW_GAPS:
        chosen &= ~_TABLE_ROW
    if chosen & _HOST_PATH_SIGNAL and _HOST_END.search(text) is None:
        chosen &= ~_HOST_PATH_SIGNAL
    # a line of base64 is one run of its alphabet between white space: a long line of words
    # holds a space between its ends (and is not searched for the run at every word)
    if chosen & _BASE64_SIGNAL and " " in text.strip():
        chosen &= ~_BASE64_SIGNAL
    plan = _plans.get(chosen)
    if plan is None:
        plan = _plan(chosen)
        if len(_plans) < PLANS_MAX:
            _plans[chosen] = plan
    return plan


#: a row of a program's table has this many gaps of two spaces or more inside it, each
#: holding one "  " at least
TABLE_ROW_GAPS: Final = 3
_TABLE_ROW: Final = sum(
    1 << k for k, s in enumerate(_SIGNALS) if s[0].pattern == _TABLE_ROW_PATTERN
)
_HOST_PATH_SIGNAL: Final = sum(1 << k for k, s in enumerate(_SIGNALS) if s[0].pattern == _HOST_PATH)
_BASE64_SIGNAL: Final = sum(1 << k for k, s in enumerate(_SIGNALS) if s[0].pattern == _BASE64_LINE)
assert _TABLE_ROW and _HOST_PATH_SIGNAL and _BASE64_SIGNAL
#: the end of every address _HOST_PATH finds: its last label, a port maybe, a path's start;
#: the search starts at a "." (a fast scan), where _HOST_PATH tries every character
_HOST_END: Final = re.compile(r"\.[a-z]{2,}(?::\d+)?/[\w.~%/:@-]")


#: (pattern, weight) of each signal, by its bit
_WEIGHED: Final = tuple((s[0], s[1]) for s in _SIGNALS)


def _plan(chosen: int) -> tuple[tuple[_Pattern, float], ...]:
    """The (pattern, weight) of the signals whose bits ``chosen`` sets, in their order (a
    score adds its weights in that order). Found bit by bit from the lowest set one: a plan
    holds a few signals of the sixty, and articles make a thousand plans and more."""
    plan: list[tuple[_Pattern, float]] = []
    while chosen:
        lowest = chosen & -chosen
        plan.append(_WEIGHED[lowest.bit_length() - 1])
        chosen ^= lowest
    return tuple(plan)


def _code_score(text: str) -> float:
    if "://" in text or "www." in text:
        text = _without_urls(text)
    stripped = text.strip()
    if not stripped:
        return 0.0
    first = stripped[0]
    # (a phone number ends in a digit, labelled or not: most lines are spared both calls)
    if stripped[-1].isdigit():
        if len(stripped) <= PHONE_MAX_CHARS and _is_phone_number(stripped):
            return -1.0  # "+1 (555) 010-2334": a contact line, not a call or a row of numbers
        if ": " in stripped and _labelled_phone_number(stripped):
            return -1.0  # "Media enquiries: 020 7946 0000"
    if not first.isalpha() and may_paginate(first) and PAGINATION.fullmatch(stripped.casefold()):
        return -1.0  # "« Previous 1 2 3 Next »", "1 2 3 Next": a page's links, no printed row
    if (
        first in _VERSION_FIRSTS or (first.islower() and stripped[-1] == ")")
    ) and RELEASE_HEADING.fullmatch(stripped):
        # "v2.3.0 (2025-01-10)", "edge-24.7.5 (July 26, 2024)": a release's heading in a
        # changelog (release_heading's test, written out: every line scored passes here)
        return -1.0
    if (
        first == "#"
        and _may_name_changelog_part(stripped)
        and (marked := _ATX_TEXT.fullmatch(stripped))
        and _changelog_heading(marked["text"])
    ):
        # "## [1.4.0] - 2024-03-02", "### Fixed": a changelog's headings with their Markdown
        # marks (short, so the marks alone would make them symbols enough for code)
        return -1.0
    if first in ">." and stripped.startswith(_PYTHON_PROMPTS):
        # ">>> import tidyframe as tf", "...     return x": Python's console prompt before a
        # statement outweighs the words of the statement. After "... " (an ellipsis as
        # often: "... | ... | ..." in a table) the statement must be code on its own.
        statement = _code_score(stripped[4:])
        if statement > 0 and (first == ">" or statement >= CODE_THRESHOLD):
            return statement + PYTHON_PROMPT_WEIGHT
    words = stripped.split()
    letter_words = -1  # (counted when first needed, once)
    if (
        len(words) >= SENTENCE_MIN_WORDS
        and first.isupper()
        and stripped[-1] in ".!?"
        and (letter_words := _letter_words(stripped)) >= 0.7 * len(words)
    ):
        # a sentence of words, whatever code it quotes inline ("The call is: con <- f(x).")
        return -3.0
    if stripped[-1] in ".!?" and "(" in words[0] and _calls_open_a_sentence(stripped):
        # "fs.open(), fs.read() and fs.close() now accept a signal.": names of functions as
        # the subject of a sentence of words, not a statement
        return -1.5
    score = 0.0
    for pattern, weight in _signals_for(first, text):
        if pattern.search(text):
            score += weight
    if first == "[" and _FOOTNOTE.match(stripped) and ends_sentence(stripped):
        score -= 2.0  # "[1] Smith, A. Reusable data. 2022.": a note, not R's printed "[1]"
    if not stripped.isascii() and _BLOCK_DRAWING.search(stripped):
        score += 2.0  # sparklines and box drawing: printed output
    if first.isdigit() and _ROW_INDEX.match(stripped) and not _YEAR_THEN_WORDS.fullmatch(stripped):
        # "4 hp numeric hist": a row of a printed table ("2025 in review", a year and words
        # alone, names a year's story)
        score += 1.5 if sum(w[:1].isupper() for w in words[1:]) < len(words) / 3 else 0.5
    if (
        len(words) >= 3
        # (most lines hold fewer than three numbers, as _enough_numbers asks: no call)
        and (at_most := _numeric_words_at_most(stripped)) >= 3
        and _enough_numbers(at_most, len(words))
    ):
        numeric = len(_NUMERIC_WORD.findall(stripped))
        if (
            _enough_numbers(numeric, len(words))
            and not _MONTH.search(stripped)
            and not _DIMENSIONS.search(stripped)
            # "Ecology Letters, Vol. 27, Issue 4, 2024, pp. 233-249": where a paper appeared
            and not is_journal_citation(stripped)
        ):
            score += 2.0  # rows of numbers: a printed data frame or matrix, not a date
    if (
        _symbol_count(
            _without_language_names(stripped)
            if "C" in stripped or "F" in stripped  # (most lines name no C++, C# or F#)
            else stripped
        )
        / len(stripped)
        > 0.2
    ):
        score += 1.0
    # prose: a sentence of ordinary words
    if len(words) >= 5 and (
        letter_words if letter_words >= 0 else _letter_words(stripped)
    ) >= 0.7 * len(words):
        score -= 1.5
        if first.isupper() and stripped[-1] in ".!?:":
            score -= 1.5
    if len(words) >= 12:
        score -= 1.0
    return score


# one call or more ("useState()", "fs.open(path)", "ggplot2::aes()"), joined by commas,
# "and" or "or", then words only (a name called among them: "… the tidy version of str()")
# to the sentence's end
# (a call's arguments may hold one call: "any(is.na(x))"; the words may hold an aside in
# brackets, "(interactive example)", "(git configuration, environment variables)")
_CALL: Final = (
    r"[A-Za-z_$][\w$]*+(?:(?:\.|::)[A-Za-z_$][\w$]*+)*+"
    r"\((?:[^()]|\([^()]{0,40}+\)){0,40}+\)"
)
_ASIDE: Final = r"\([\p{L}\d][^()]{0,120}+\)"
_CALLS_THEN_WORDS: Final = regex.compile(
    rf"{_CALL}(?:,? (?:(?:and|or) )?{_CALL})*+"
    rf"(?P<words>(?: (?:{_CALL}|{_ASIDE}|[\p{{L}}\d][\p{{L}}\d'\u2019-]*+),?)++)[.!?]"
)


def sentence_opening_with_calls(text: str) -> bool:
    """Is ``text`` a sentence ending in ".", "!" or "?" whose subject is the names of
    functions ("useEffect() runs after every render!")? It is prose: neither code nor a
    heading."""
    return text[-1:] in ".!?" and "(" in text.split(None, 1)[0] and _calls_open_a_sentence(text)


def _calls_open_a_sentence(text: str) -> bool:
    """A sentence whose subject is the names of functions: calls first, then at least
    CALL_SENTENCE_MIN_WORDS words, CALL_SENTENCE_MIN_FUNCTION_WORDS of them the small words
    of prose ("are", "the", "you") that no statement is made of."""
    found = _CALLS_THEN_WORDS.fullmatch(text)
    if found is None:
        return False
    words = found["words"].split()
    small = sum(1 for w in text.split() if w.rstrip(",.!?").casefold() in SENTENCE_FUNCTION_WORDS)
    return len(words) >= CALL_SENTENCE_MIN_WORDS and small >= CALL_SENTENCE_MIN_FUNCTION_WORDS


#: the words after the calls that make a sentence of them, and how many of all its words
#: are function words of prose (one is enough after three words and more: "print(x) shows
#: the value."; a statement's words, "foo(x) or die.", are fewer)
CALL_SENTENCE_MIN_WORDS: Final = 3
CALL_SENTENCE_MIN_FUNCTION_WORDS: Final = 1


#: Python's console prompts: a statement, the lines that go on with it
_PYTHON_PROMPTS: Final = (">>> ", "... ")


#: what the prompt adds to the score of the statement after it ("import numpy as np" alone
#: may be a heading naming code; after ">>> " it is the input of a session)
PYTHON_PROMPT_WEIGHT: Final = 2.0


# a release named in a changelog: "v2.3.0 (2025-01-10)", "[2.3.0] - 2025-01-10", "Version
# 2.3.0", "2.3.0 (2025-01-10)" (a bare "2.3.0" may be what a program printed: a version
# alone needs its "v" or its word), "[Unreleased]", or a release of a channel with its date,
# as a project that ships "edge" or "stable" builds names them: "edge-24.7.5 (July 26,
# 2024)", "stable-2.14.10 (2024-03-01)" (without the date, "python-3.11" is a package's name)
RELEASE_HEADING: Final = regex.compile(
    r"(?:(?:v|Version |Release |version |release )\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?"
    r"(?: \((?:\d{4}-\d{2}-\d{2}|\p{L}+ \d{1,2},? \d{4})\)| [-\u2013\u2014] \d{4}-\d{2}-\d{2})?"
    r"|\[?\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?\]?"
    r"(?: \((?:\d{4}-\d{2}-\d{2}|\p{L}+ \d{1,2},? \d{4})\)| [-\u2013\u2014] \d{4}-\d{2}-\d{2})"
    r"|\p{Ll}{2,12}-\d+(?:\.\d+){1,3}(?:[-+][\w.]+)?"
    r" \((?:\d{4}-\d{2}-\d{2}|\p{L}+ \d{1,2},? \d{4})\)"
    # Keep a Changelog's heading of the changes not released yet
    r"|\[(?:Unreleased|UNRELEASED)\])"
)
_VERSION_FIRSTS: Final = frozenset("vVRr[0123456789")


def release_heading(text: str) -> bool:
    """Does ``text`` name a release the way a changelog heads it (see RELEASE_HEADING)?"""
    first = text[:1]
    if first in _VERSION_FIRSTS:
        return RELEASE_HEADING.fullmatch(text) is not None
    # a channel's release ends with its date in brackets: "edge-24.7.5 (July 26, 2024)"
    return first.islower() and text[-1] == ")" and RELEASE_HEADING.fullmatch(text) is not None


#: a line longer than this is no lone phone number
PHONE_MAX_CHARS: Final = 48
_PHONE: Final = regex.compile(
    r"(?P<label>(?:tel(?:ephone)?|phone|fax|mobile|mob|cell|call|[tpfm])\.?:?\s*)?"
    r"(?P<plus>\+\d{1,3}[\s.-]?)?(?P<area>\(\d{1,4}\)[\s.-]?)?"
    r"\d{2,4}(?:(?P<sep>[\s.-])\d{2,4}){1,4}(?:\s*(?:ext\.?|x)\s*\d{1,5})?",
    regex.IGNORECASE,
)


def _is_phone_number(text: str) -> bool:
    """A line that is one phone number, marked as one: a label ("Tel:", "Fax"), a country
    code ("+44"), an area code in brackets, or groups joined by "-" or "." ("555-010-2334").
    Groups split by spaces alone ("020 7946 0958") could as well be a row of numbers."""
    if not text[-1].isdigit() or not (text[0].isdigit() or text[0] in "+(TtPpFfMmCc"):
        return False  # (a phone number ends in a digit, whatever label it has)
    m = _PHONE.fullmatch(text)
    if m is None:
        return False
    digits = sum(c.isdigit() for c in text)
    if not PHONE_MIN_DIGITS <= digits <= PHONE_MAX_DIGITS:
        return False
    return bool(m["label"] or m["plus"] or m["area"] or (m["sep"] or " ") in ".-")


def _labelled_phone_number(text: str) -> bool:
    """ "Media enquiries: 020 7946 0000", "Press office: +44 20 7946 0000": a label of words,
    then one phone number (its label says what the groups of figures are)."""
    label, _, number = text.partition(": ")
    words = label.split()
    return (
        0 < len(words) <= PHONE_LABEL_MAX_WORDS
        and all(w.isalpha() for w in words)
        and len(number) <= PHONE_MAX_CHARS
        and (number[:1].isdigit() or number.startswith(("+", "(")))
        and _PHONE.fullmatch(number) is not None
        and PHONE_MIN_DIGITS <= sum(c.isdigit() for c in number) <= PHONE_MAX_DIGITS
    )


#: the label before a phone number ("Media enquiries", "Out of hours press office") is short
PHONE_LABEL_MAX_WORDS: Final = 5
PHONE_MIN_DIGITS: Final = 7
PHONE_MAX_DIGITS: Final = 15


# "[1] " then a capitalised word: a numbered note or citation (R prints values there)
_FOOTNOTE: Final = regex.compile(r"\[\d{1,3}\]\s+\p{Lu}\p{Ll}+\b")


def _without_urls(text: str) -> str:
    """A URL's slashes, dots and colons are not code: "Docs (https://x.org/a/b)" is a link
    after a title, and a URL inside code ("get(\"https://…\")") still leaves the call."""
    return URL.sub("url", _PARENTHESISED_URL.sub("", text))


_PARENTHESISED_URL: Final = regex.compile(r" ?\((?:https?://|www\.)[^\s()]*+\)")


# "C++", "C#", "F#": names of languages, whose symbols are no sign of code ("C++ notes")
_LANGUAGE_NAME: Final = regex.compile(r"(?<![\w+#])[CF](?:\+\+|#)(?![\w+#])")


# a "#" heading's marks and the text after them: "## [1.4.0] - 2024-03-02", "### Added"
_ATX_TEXT: Final = regex.compile(r"#{1,6} (?P<text>[\[\w].{0,60})")


def _may_name_changelog_part(line: str) -> bool:
    """Could ``line``, a line of "#" marks, be a changelog's heading (_changelog_heading)?
    When _ATX_TEXT matches, its text is all after the marks and their one space, so a first
    character no release starts with and no kind of change rule the line out without the
    pattern (most "#" lines: a heading of prose, a comment)."""
    text = line.lstrip("#")[1:]
    return text[:1] in _VERSION_FIRSTS or text.casefold() in CHANGE_KINDS


def _changelog_heading(text: str) -> bool:
    """A release ("[1.4.0] - 2024-03-02", "v2.0.0") or a kind of change ("Added", "Fixed")."""
    if text[0] in _VERSION_FIRSTS and RELEASE_HEADING.fullmatch(text):
        return True
    return text.casefold() in CHANGE_KINDS


def _without_language_names(text: str) -> str:
    if "C++" not in text and "C#" not in text and "F#" not in text:
        return text  # (most lines; a "#" comment or "x + 1" names no language)
    return _LANGUAGE_NAME.sub("C", text)


def _enough_numbers(numeric: int, words: int) -> bool:
    """Are ``numeric`` words of a line's ``words`` a row of numbers?"""
    return numeric >= 3 and numeric >= 0.4 * words


# ASCII text as bytes with every digit made "1" and every other byte " "
_DIGIT_OR_SPACE: Final = bytes(ord("1") if chr(i) in "0123456789" else ord(" ") for i in range(256))


def _numeric_words_at_most(text: str) -> int:
    """At least as many as the numeric words ``text`` holds, and 0 unless it holds a digit
    or one of _NUMERIC_HINTS: a line that cannot hold enough of them is not scanned word by
    word. On ASCII text, each numeric word holds a run of digits or one of NUMERIC_WORDS
    (each holding "NA", "NaN", "TRUE", "FALSE" or "NULL"), and those are counted in C."""
    if not text.isascii():
        return len(text) if _may_hold_numbers(text) else 0
    marked = text.encode("ascii").translate(_DIGIT_OR_SPACE)
    digit_runs = marked.count(b" 1") + marked.startswith(b"1")
    hints = text.count("NA") + text.count("TRUE") + text.count("FALSE") + text.count("NULL")
    if not digit_runs and not hints:
        return 0
    return digit_runs + hints + text.count("NaN")


def _may_hold_numbers(text: str) -> bool:
    """Does ``text`` hold a digit or one of _NUMERIC_HINTS? (One class search and a few
    substring tests: an alternation of them all tries five branches at every character.)"""
    return _DIGIT.search(text) is not None or any(w in text for w in _NUMERIC_HINTS)


# the words looked for (as ever: "NaN" is not among them, so a line of "NaN" and no digit
# is not counted as a row of numbers)
_NUMERIC_HINTS: Final = ("NA", "TRUE", "FALSE", "NULL")


def _symbol_count(text: str) -> int:
    """Characters that are neither letters, digits nor white space."""
    if text.isascii():
        return len(text.encode("ascii").translate(None, _ASCII_WORD_OR_SPACE_BYTES))
    rest = text.translate(_ASCII_WORD_OR_SPACE)  # ASCII symbols and non-ASCII characters
    return sum(1 for c in rest if c.isascii() or not (c.isalnum() or c.isspace()))
