"""The `optout` command behaves like the command-line tools people know."""

import argparse
import re
import subprocess
import uuid
from importlib import metadata

from conftest import OPTOUT, PRIMARY_KEY, b64, optout
from optout_core.cli import _parser


def test_version():
    run = subprocess.run([str(OPTOUT), "--version"], capture_output=True, text=True, check=False)
    assert run.returncode == 0 and run.stdout == f"optout {metadata.version('optout')}\n"


def test_options_go_before_or_after_the_command(service, sender):
    connection = f"endpoint={service.base_url}/;accesskey={b64(PRIMARY_KEY)}"
    for arguments in (["--connection-string", connection, "check", sender, "+14255550100"],
                      ["check", sender, "+14255550100", "--connection-string", connection],
                      ["check", "--connection-string", connection, sender, "+14255550100"]):
        run = subprocess.run([str(OPTOUT), *arguments], capture_output=True, text=True, check=False,
                             env={"PATH": "/usr/bin"})
        assert (run.returncode, run.stdout) == (0, "+14255550100\tnot opted out\n"), run.stderr


def test_every_argument_of_every_command_is_described():
    def parsers(parser: argparse.ArgumentParser):
        yield parser
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub in action.choices.values():
                    yield from parsers(sub)

    undescribed = [(parser.prog, action.dest) for parser in parsers(_parser()) for action in parser._actions
                   if not action.option_strings and not action.help]
    assert undescribed == []
    shown = subprocess.run([str(OPTOUT), "history", "--help"], capture_output=True, text=True, check=False).stdout
    assert re.search(r"^  FROM +the sender$", shown, re.MULTILINE)


def test_a_sender_without_a_brief_is_information_not_an_error(service, sender):
    run = optout(service, "program", "get", sender)
    assert (run.returncode, run.stdout, run.stderr) == (0, f"no program brief for {sender}: the defaults apply\n", "")


def test_list_prints_no_trailing_empty_column(service, sender):
    service.signed("POST", "/sms/optouts:add?api-version=2026-01-23",
                   {"from": sender, "recipients": [{"to": "+14255550101"}]})
    lines = optout(service, "list", "--from", sender).stdout.splitlines()
    assert len(lines) == 1 and lines[0].split("\t")[:2] == [sender, "+14255550101"]
    assert lines[0].split("\t")[-1] == "-" and not lines[0].endswith("\t")


def test_import_progress_shows_the_total_and_an_estimate(service, sender, tmp_path):
    source = tmp_path / "some.csv"
    source.write_text("from,to\n" + "".join(f"{sender},+1425555{n:04d}\n" for n in range(6)))
    run = optout(service, "import", str(source), "--batch", "2")
    progress = [line for line in run.stderr.splitlines() if line.startswith("line ")]
    assert [line.split(":")[0].split(" (")[0] for line in progress] == ["line 3 of 7", "line 5 of 7", "line 7 of 7"]
    assert re.fullmatch(r"line 5 of 7 \(71%\), about \d+ (s|min|h) left", progress[1].split(":")[0])
    assert progress[-1] == "line 7 of 7 (100%): 6 imported, 0 already opted out, 0 rejected"


def test_a_page_size_not_granted_is_said(service, tmp_path):
    sender = f"+1800{uuid.uuid4().int % 10**7:07d}"
    rows = [{"line": n + 1, "from": sender, "to": f"+1206555{n:04d}"} for n in range(1001)]
    for batch in (rows[:1000], rows[1000:]):
        assert service.signed("POST", "/sms/optouts:import", {"rows": batch}).json()["imported"] == len(batch)
    target = tmp_path / "all.ndjson"
    run = optout(service, "export", "--from", sender, "--format", "ndjson", "-o", str(target))
    assert run.returncode == 0 and len(target.read_text().splitlines()) == 1001
    assert "pages of 5000 were asked for; the service answered with at most 1000 per page" in run.stderr
    asked = optout(service, "export", "--from", sender, "--page-size", "600", "-o", str(tmp_path / "b.csv"))
    assert asked.returncode == 0 and "were asked for" not in asked.stderr
